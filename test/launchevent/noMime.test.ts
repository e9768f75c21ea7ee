// launchevent.js's reader of nothing in place of the core's MIME reader (webpack.config.js swaps it in for that
// bundle only; test/build/launcheventBundle.test.ts checks the swap). Same exports, same signatures, no items,
// nothing thrown: the send check reads only what Outlook hands it, header fields and a body.
import assert from 'node:assert/strict';
import type * as Real from '../../src/core/mail/mimeItems';
import * as Stub from '../../src/launchevent/noMime';

// The swap compiles only if the stub has every export of the real module, with the same signatures.
const same: typeof Real = Stub;

describe('src/launchevent/noMime.ts (launchevent.js has no MIME reader)', () => {
  it('has the MIME reader’s exports and reads no items from any source', async () => {
    assert.deepEqual(Object.keys(Stub).sort(), ['mboxItems', 'mimeItems']);
    for (const data of ['From: a@b.c\r\n\r\nHello', new Uint8Array([0xff, 0x00]), ''])
      for (const read of [same.mimeItems, same.mboxItems]) assert.deepEqual(await read(data), []);
  });
});
