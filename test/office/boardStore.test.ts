// The board's store (issue 15): decoding what roamingSettings hold, the user's changes, two clients' copies
// merged, and the budget kept by evicting finished rows first. Records are the core's, from real threads.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/core';
import { toRecord, type ApplicationRecord } from '../../src/core/board';
import { ewsItemId } from '../../src/office/board';
import {
  boardBytes,
  changeRow,
  decodeBoard,
  emptyBoard,
  encodeBoard,
  fitBoard,
  mergeBoards,
  putRecord,
  type BoardStore,
} from '../../src/office/boardStore';

const TZ = 'America/New_York';
const DAY = 24 * 60;

async function record(
  file: string,
  key: string,
  now = '2026-11-12T09:00:00-05:00',
): Promise<ApplicationRecord> {
  const data = readFileSync(new URL(`../fixtures/threads/${file}`, import.meta.url));
  const a = await analyze({ messages: [{ kind: 'mime', data }] }, { now, tz: TZ });
  return toRecord(a, { now, conversationId: key, itemId: `AAMkAGI2/${key}+AAA=` });
}

const roundTrip = (store: BoardStore): BoardStore =>
  decodeBoard(JSON.parse(JSON.stringify(encodeBoard(store)))).store;

describe('board store', () => {
  let a: ApplicationRecord;
  let b: ApplicationRecord;
  before(async () => {
    a = await record('outlook-within-two-weeks.eml', 'conv-a');
    b = await record('apple-mail-london-not-successful-on-this-occasion.eml', 'conv-b');
  });

  it('reads back what it wrote, records without their key', () => {
    const store = putRecord(putRecord(emptyBoard(), a), b);
    assert.deepEqual(roundTrip(store), store);
    const written = encodeBoard(store) as { records: Record<string, Record<string, unknown>> };
    assert.equal(written.records['conv-a']?.['key'], undefined);
  });

  const BROKEN: readonly (readonly [string, unknown])[] = [
    ['nothing stored', undefined],
    ['not JSON', '{oops'],
    ['a foreign shape', { entries: [] }],
    ['a number', 42],
  ];
  for (const [what, raw] of BROKEN)
    it(`starts empty from ${what}, never throws`, () =>
      assert.deepEqual(decodeBoard(raw).store, emptyBoard()));

  it('drops a broken entry and keeps the others', () => {
    const written = encodeBoard(putRecord(putRecord(emptyBoard(), a), b)) as {
      records: Record<string, unknown>;
    };
    const raw = { ...written, records: { ...written.records, 'conv-a': { v: 1, messages: 'lots' } } };
    const { store, dropped } = decodeBoard(raw);
    assert.equal(dropped, 1);
    assert.deepEqual(Object.keys(store.records), ['conv-b']);
  });

  it('keeps a row closed, and its item id, when the thread is analysed again (from compose, with no id)', () => {
    const closed = changeRow(putRecord(emptyBoard(), a), 'conv-a', 'close', a.seen + 10);
    const again = putRecord(closed, { ...a, itemId: null, seen: a.seen + 20 });
    assert.equal(again.records['conv-a']?.status, 'closed');
    assert.equal(again.records['conv-a']?.itemId, a.itemId);
  });

  it('merges two clients: the newer version of a row wins, a later removal wins over an older row', () => {
    const base = putRecord(putRecord(emptyBoard(), a), b);
    // Client 1 removes A; client 2 closes B later and analyses A again before the removal.
    const one = changeRow(base, 'conv-a', 'remove', a.seen + 60);
    const two = changeRow(putRecord(base, { ...a, seen: a.seen + 30 }), 'conv-b', 'close', b.seen + 90);
    const merged = mergeBoards(one, two);
    assert.deepEqual(Object.keys(merged.records), ['conv-b']);
    assert.equal(merged.records['conv-b']?.status, 'closed');
    assert.deepEqual(mergeBoards(two, one), merged);
    // A later analysis brings a removed row back.
    const back = mergeBoards(merged, putRecord(base, { ...a, seen: a.seen + 120 }));
    assert.ok(back.records['conv-a']);
    assert.equal(back.gone['conv-a'], undefined);
  });

  it('fits the budget by evicting finished rows, oldest first, never an open application', async () => {
    let store = emptyBoard();
    const old = { ...b, key: 'old-rejection', seen: b.seen - 90 * DAY };
    const recent = { ...b, key: 'recent-rejection', seen: b.seen - 5 * DAY };
    for (const r of [a, old, recent]) store = putRecord(store, r);
    const finished = (r: ApplicationRecord) => r.outcome !== null;
    const nowMinutes = a.seen + DAY;
    const withoutOld = boardBytes(changeRow(store, 'old-rejection', 'remove', 0)) - 40;
    const fitted = fitBoard(store, { budget: withoutOld + 40, nowMinutes, finished, keep: 'conv-a' });
    assert.deepEqual(fitted.evicted, ['old-rejection']);
    assert.equal(fitted.full, false);
    const tight = fitBoard(store, {
      budget: boardBytes(putRecord(emptyBoard(), a)) - 1,
      nowMinutes,
      finished,
      keep: 'conv-a',
    });
    assert.deepEqual(tight.evicted, ['old-rejection', 'recent-rejection']);
    assert.equal(tight.full, true);
    assert.deepEqual(Object.keys(tight.store.records), []);
  });

  it('states a budget of about 30 or more applications in 20 KB', () => {
    let store = emptyBoard();
    for (let i = 0; i < 30; i++)
      store = putRecord(store, {
        ...a,
        key: `AAQkAGI2ZjM3ZTg1LWFiNDUtNDA5Yi1iNmE5LTJkMTIzNDU2Nzg5MAAQAJ${i}`,
      });
    assert.ok(boardBytes(store) <= 20 * 1024, `${boardBytes(store)} bytes for 30 applications`);
  });
});

describe('ewsItemId', () => {
  const saved = (globalThis as { Office?: unknown }).Office;
  afterEach(() => {
    (globalThis as { Office?: unknown }).Office = saved;
  });
  function office(hostName: string) {
    (globalThis as { Office?: unknown }).Office = {
      context: {
        requirements: { isSetSupported: () => true },
        mailbox: {
          diagnostics: { hostName },
          convertToEwsId: (id: string, version: string) =>
            version === 'v2.0' ? id.replace(/-/g, '/').replace(/_/g, '+') : 'wrong',
        },
      },
      MailboxEnums: { RestVersion: { v2_0: 'v2.0' } },
    };
  }
  it('converts the REST id Outlook mobile reads into the EWS id displayMessageForm wants', () => {
    office('OutlookIOS');
    assert.equal(ewsItemId('AAMkAGI2-abc_AAA='), 'AAMkAGI2/abc+AAA=');
  });
  it('keeps the EWS id the desktop and the web read', () => {
    office('OutlookWebApp');
    assert.equal(ewsItemId('AAMkAGI2/abc+AAA='), 'AAMkAGI2/abc+AAA=');
  });
});
