// Reading the open item into ThreadInput: read and compose modes, the user's profile, and every failure.
import assert from 'node:assert/strict';
import { readCurrentItem, toAddress, toIsoInstant } from '../../src/office/readItem';
import type { ItemContext, Result } from '../../src/office/types';
import { useFakeOffice, withoutOffice, type FakeOffice, type FakeOfficeOptions } from './fakeOffice';

const install = useFakeOffice();
let fake: FakeOffice | null = null;
async function read(options: FakeOfficeOptions): Promise<Result<ItemContext>> {
  fake = install(options);
  return readCurrentItem();
}

const field = (ctx: ItemContext) => {
  const message = ctx.input.messages[0];
  assert.ok(message && message.kind === 'fields');
  return message;
};

describe('readCurrentItem in read mode', () => {
  it('reads subject, from, to, cc, time, ids and the HTML body', async () => {
    const result = await read({
      html: '<p>Thanks for coming in</p>',
      cc: [{ displayName: 'HR', emailAddress: 'HR@Example.com' }],
      itemId: 'item-7',
      conversationId: 'conv-7',
    });
    assert.ok(result.ok);
    assert.deepEqual(field(result.value), {
      kind: 'fields',
      subject: 'Interview: Senior Engineer',
      from: { name: 'Ada Lee', address: 'ada.lee@example.com' },
      to: [{ name: 'Sam Candidate', address: 'sam@mail.test' }],
      cc: [{ name: 'HR', address: 'hr@example.com' }],
      sentAt: '2026-11-10T15:00:00.000Z',
      headers: { subject: 'x' },
      body: '<p>Thanks for coming in</p>',
      bodyType: 'html',
      conversationId: 'conv-7',
      itemId: 'item-7',
    });
    assert.equal(result.value.mode, 'read');
    assert.equal(result.value.conversationId, 'conv-7');
    assert.equal(result.value.itemId, 'item-7');
  });

  it("reads the user's address, name and Windows zone", async () => {
    const result = await read({});
    assert.ok(result.ok);
    assert.equal(result.value.me, 'sam@mail.test');
    assert.equal(result.value.myName, 'Sam Candidate');
    assert.equal(result.value.tz, 'Pacific Standard Time');
  });

  it("falls back to this runtime's zone where Outlook gives none", async () => {
    const result = await read({ user: { timeZone: '' } });
    assert.ok(result.ok);
    assert.equal(result.value.tz, Intl.DateTimeFormat().resolvedOptions().timeZone);
  });

  it('parses internet headers into lower-case keys (Mailbox 1.8)', async () => {
    const result = await read({ headers: 'Auto-Submitted: auto-replied\r\nX-Autoreply: yes\r\n\r\n' });
    assert.ok(result.ok);
    assert.deepEqual(field(result.value).headers, { 'auto-submitted': 'auto-replied', 'x-autoreply': 'yes' });
  });

  it('skips internet headers below Mailbox 1.8', async () => {
    const result = await read({ mailbox: '1.7' });
    assert.ok(result.ok);
    assert.equal(field(result.value).headers, undefined);
    assert.equal(fake?.callsOf('getAllInternetHeadersAsync').length, 0);
  });

  it('skips internet headers when reading them fails', async () => {
    const result = await read({ failures: { getAllInternetHeadersAsync: { code: 9020 } } });
    assert.ok(result.ok);
    assert.equal(field(result.value).headers, undefined);
  });

  it('falls back to the text body when HTML fails', async () => {
    let htmlCalls = 0;
    fake = install({ text: 'plain body' });
    const body = (globalThis as unknown as { Office: typeof Office }).Office.context.mailbox.item!
      .body as unknown as {
      getAsync: (...a: unknown[]) => void;
    };
    const original = body.getAsync;
    body.getAsync = (...args: unknown[]) => {
      if (args[0] === 'html') {
        htmlCalls++;
        const cb = args.at(-1) as (r: unknown) => void;
        queueMicrotask(() => cb({ status: 'failed', error: { code: 9000, name: 'x', message: 'no html' } }));
        return;
      }
      original(...args);
    };
    const result = await readCurrentItem();
    assert.ok(result.ok);
    assert.equal(htmlCalls, 1);
    assert.equal(field(result.value).body, 'plain body');
    assert.equal(field(result.value).bodyType, 'text');
  });

  it('reports a body that cannot be read at all', async () => {
    const result = await read({ failures: { 'body.getAsync': { code: 9002, message: 'Internal error' } } });
    assert.equal(result.ok, false);
    assert.equal(!result.ok && result.error.kind, 'call-failed');
  });

  it('keeps sentAt null for an invalid date', async () => {
    const result = await read({ dateTimeCreated: new Date('nope') });
    assert.ok(result.ok);
    assert.equal(field(result.value).sentAt, null);
  });

  it('keeps from null when the item has no sender', async () => {
    const result = await read({ from: null });
    assert.ok(result.ok);
    assert.equal(field(result.value).from, null);
  });
});

describe('readCurrentItem in compose mode', () => {
  it('reads through the async getters and leaves sentAt null', async () => {
    const result = await read({ mode: 'compose', html: '<p>My reply</p><blockquote>quoted</blockquote>' });
    assert.ok(result.ok);
    assert.equal(result.value.mode, 'compose');
    assert.equal(result.value.itemId, null);
    assert.deepEqual(field(result.value), {
      kind: 'fields',
      subject: 'RE: Interview: Senior Engineer',
      from: { name: 'Sam Candidate', address: 'sam@mail.test' },
      to: [{ name: 'Ada Lee', address: 'ada.lee@example.com' }],
      cc: [],
      sentAt: null,
      body: '<p>My reply</p><blockquote>quoted</blockquote>',
      bodyType: 'html',
      conversationId: 'conv-1',
    });
  });

  it('takes the user as sender below Mailbox 1.7', async () => {
    const result = await read({ mode: 'compose', mailbox: '1.6' });
    assert.ok(result.ok);
    assert.deepEqual(field(result.value).from, { name: 'Sam Candidate', address: 'sam@mail.test' });
    assert.equal(fake?.callsOf('from.getAsync').length, 0);
  });

  for (const call of ['subject.getAsync', 'to.getAsync', 'cc.getAsync']) {
    it(`fails with a problem when ${call} fails`, async () => {
      const result = await read({
        mode: 'compose',
        failures: { [call]: { code: 9017, message: 'Network' } },
      });
      assert.equal(result.ok, false);
      assert.equal(!result.ok && result.error.kind === 'call-failed' && result.error.call, call);
    });
  }

  it('has no conversation id for a new message', async () => {
    const result = await read({ mode: 'compose', conversationId: null });
    assert.ok(result.ok);
    assert.equal(result.value.conversationId, null);
  });
});

describe('readCurrentItem failures', () => {
  it('no item selected (item === null)', async () => {
    const result = await read({ mode: 'none' });
    assert.deepEqual(result.ok ? null : result.error.kind, 'no-item');
  });
  it('an appointment is not a message', async () => {
    const result = await read({ mode: 'appointment' });
    assert.deepEqual(result.ok ? null : result.error.kind, 'no-item');
  });
  it('Mailbox 1.3 missing', async () => {
    const result = await read({ mailbox: '1.2' });
    assert.ok(
      !result.ok && result.error.kind === 'unsupported' && result.error.requirement === 'Mailbox 1.3',
    );
  });
  it('no Office at all', async () => {
    const restore = withoutOffice();
    try {
      const result = await readCurrentItem();
      assert.deepEqual(result.ok ? null : result.error.kind, 'not-in-office');
    } finally {
      restore();
    }
  });
});

describe('address and date mapping', () => {
  const rows = [
    {
      in: { displayName: 'Ada Lee', emailAddress: 'ADA@X.COM' },
      out: { name: 'Ada Lee', address: 'ada@x.com' },
    },
    { in: { displayName: '', emailAddress: 'a@x.com' }, out: { name: null, address: 'a@x.com' } },
    { in: { displayName: 'Only Name', emailAddress: '' }, out: { name: 'Only Name', address: '' } },
    { in: { displayName: '', emailAddress: '' }, out: null },
    { in: null, out: null },
  ];
  for (const row of rows) {
    it(`toAddress(${JSON.stringify(row.in)})`, () => assert.deepEqual(toAddress(row.in), row.out));
  }
  it('toIsoInstant keeps a valid Date as UTC', () =>
    assert.equal(toIsoInstant(new Date(Date.UTC(2026, 10, 3, 9))), '2026-11-03T09:00:00.000Z'));
  it('toIsoInstant gives null for garbage', () => assert.equal(toIsoInstant({}), null));
});
