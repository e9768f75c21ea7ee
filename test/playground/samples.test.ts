// Every sample .eml becomes the item Outlook would show: sender, recipients, sent time from its headers,
// and the whole body, quoted history included (issue 6).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { emlToItem } from '../../src/playground/mailbox/emlItem';
import { SAMPLES } from '../../src/playground/samples/catalog';

const dir = path.resolve('src/playground/samples');
const FALLBACK = '2026-01-01T00:00:00.000Z';

describe('playground samples as Outlook items', () => {
  for (const sample of SAMPLES) {
    it(`${sample.file}: headers and body come through`, async () => {
      const raw = readFileSync(path.join(dir, sample.file), 'utf8');
      const item = await emlToItem(raw, FALLBACK);
      const dateHeader = /^Date: (.+)$/m.exec(raw)?.[1] ?? '';
      assert.equal(item.dateTimeCreated, new Date(dateHeader).toISOString());
      assert.match(item.from?.emailAddress ?? '', /@/);
      assert.ok(
        item.to.some(
          (a) =>
            a.emailAddress === 'alex.morgan@example.com' ||
            item.from?.emailAddress === 'alex.morgan@example.com',
        ),
      );
      assert.ok(item.subject.length > 0);
      assert.ok(item.bodyText.length > 100, 'the body is there');
      assert.ok(
        Date.parse(sample.expect.now) > Date.parse(item.dateTimeCreated),
        'the sample is opened after it was sent',
      );
      assert.match(item.internetHeaders, /^Message-ID: /im);
    });
  }

  it('keeps the quoted history in the body, as Outlook does', async () => {
    const raw = readFileSync(path.join(dir, 'waiting-on-timeline.eml'), 'utf8');
    const item = await emlToItem(raw, FALLBACK);
    assert.match(item.bodyText, /within two weeks/);
    assert.match(item.bodyText, /Tuesday, November 10 at 3:00 PM EST/);
    assert.match(item.bodyHtml ?? '', /divRplyFwdMsg/);
  });

  it('gives one conversation id to messages of one thread', async () => {
    const a = await emlToItem('Message-ID: <a@x>\r\nSubject: s\r\n\r\nbody', FALLBACK);
    const b = await emlToItem(
      'Message-ID: <b@x>\r\nReferences: <a@x>\r\nSubject: Re: s\r\n\r\nbody',
      FALLBACK,
    );
    assert.equal(a.conversationId, b.conversationId);
    assert.notEqual(a.itemId, b.itemId);
  });

  const odd: readonly [string, string][] = [
    ['no Date header', 'From: a@x.example\r\nSubject: s\r\n\r\nhello'],
    ['an unreadable Date header', 'Date: sometime soon\r\nFrom: a@x.example\r\n\r\nhello'],
    ['no headers at all', 'just some text'],
    ['an empty file', ''],
  ];
  for (const [name, raw] of odd) {
    it(`a dropped file with ${name} still becomes an item`, async () => {
      const item = await emlToItem(raw, FALLBACK);
      assert.equal(item.dateTimeCreated, FALLBACK);
      assert.equal(item.mode, 'read');
    });
  }
});
