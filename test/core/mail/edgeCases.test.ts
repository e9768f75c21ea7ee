// Edge cases of reading mail, each test named for its edge (STYLE.md practice 17): malformed MIME, hostile
// sizes, odd line endings, budgets, and the thread-level rules (dedupe, zones, who is who).
import assert from 'node:assert/strict';
import { parseMessage, parseThread } from '../../../src/core/mail';
import { MAX_MESSAGES, MAX_QUOTE_DEPTH } from '../../../src/core/mail/limits';
import type { RawMessage, Thread } from '../../../src/core/types';

const TZ = 'America/New_York';

function eml(headers: string, body: string): string {
  return `${headers.trim().replace(/\n/g, '\r\n')}\r\n\r\n${body.replace(/\r?\n/g, '\r\n')}`;
}

const HEAD =
  'From: Ada Lee <ada@contoso.com>\nTo: Sam Doe <sam@gmail.com>\nSubject: Interview\nDate: Tue, 10 Nov 2026 15:04:00 -0500';

async function parse(...messages: RawMessage[]): Promise<Thread> {
  return parseThread({ messages }, { tz: TZ });
}

function codes(t: Thread): string[] {
  return t.warnings.map((w) => w.code);
}

describe('mail edge cases', () => {
  it("a zone-less quote from before a DST change is read on the user's clock, not at the quoting offset", async () => {
    const raw = eml(
      'From: Mia Tran <mia@gmail.com>\nTo: Lachlan Hughes <lachlan@koala.com.au>\nSubject: Re: Interview\nDate: Mon, 12 Oct 2026 09:40:00 +1100',
      'Hi Lachlan, just following up.\n\nOn Fri, 2 Oct 2026 at 15:12, Mia Tran <mia@gmail.com> wrote:\n> Thank you for the interview today.\n',
    );
    const t = await parseThread({ messages: [{ kind: 'mime', data: raw }] }, { tz: 'Australia/Sydney' });
    // Sydney moved from +10:00 to +11:00 on 4 October 2026: the quote keeps the offset of its own day.
    assert.deepEqual(
      t.messages.map((m) => m.sentAt),
      ['2026-10-02T15:12:00+10:00', '2026-10-12T09:40:00+11:00'],
    );
  });

  it("a zone-less quote inside a message from another zone is read at that message's offset", async () => {
    const raw = eml(
      'From: Mia Tran <mia@gmail.com>\nTo: Lachlan Hughes <lachlan@koala.com.au>\nSubject: Re: Interview\nDate: Mon, 12 Oct 2026 09:40:00 +0200',
      'Hi Lachlan, just following up.\n\nOn Fri, 2 Oct 2026 at 15:12, Mia Tran <mia@gmail.com> wrote:\n> Thank you for the interview today.\n',
    );
    const t = await parseThread({ messages: [{ kind: 'mime', data: raw }] }, { tz: 'Australia/Sydney' });
    assert.equal(t.messages[0]?.sentAt, '2026-10-02T15:12:00+02:00');
  });

  it('no input messages: an empty thread and a no-messages warning', async () => {
    const t = await parse();
    assert.deepEqual(t.messages, []);
    assert.equal(t.candidate, null);
    assert.deepEqual(codes(t), ['no-messages']);
  });

  it('a body of only white space is one empty message', async () => {
    const t = await parse({ kind: 'body', body: ' \n\t\n', bodyType: 'text' });
    assert.equal(t.messages.length, 1);
    assert.equal(t.messages[0]?.text, '');
  });

  it('NUL bytes and control characters are dropped, the text around them kept', async () => {
    const t = await parse({ kind: 'body', body: 'Hel\u0000lo\u0007 there', bodyType: 'text' });
    assert.equal(t.messages[0]?.text, 'Hello there');
  });

  it('only CR line endings (classic Mac) still split at the quote', async () => {
    const t = await parse({
      kind: 'body',
      body: 'Thanks!\r\rOn Tue, Nov 10, 2026 at 3:04 PM Ada <ada@contoso.com> wrote:\r> Hi',
      bodyType: 'text',
    });
    assert.deepEqual(
      t.messages.map((m) => m.text),
      ['Hi', 'Thanks!'],
    );
  });

  it('one 5 MB line with no newline comes back whole as the text', async () => {
    const line = 'word '.repeat(1_000_000);
    const t = await parse({ kind: 'body', body: line, bodyType: 'text' });
    assert.equal(t.messages.length, 1);
    assert.equal(t.messages[0]?.text.length, line.trim().length);
  });

  it('100,000 ">" lines: no own text, nothing thrown', async () => {
    const t = await parse({ kind: 'body', body: '>\n'.repeat(100_000), bodyType: 'text' });
    assert.equal(t.messages.at(-1)?.text, '');
  });

  it('100,000 "On … wrote:" lines end as one message with no own text', async () => {
    const t = await parse({
      kind: 'body',
      body: 'On Tue, Nov 10, 2026 at 3:04 PM Ada <ada@contoso.com> wrote:\n'.repeat(100_000),
      bodyType: 'text',
    });
    assert.equal(t.messages.at(-1)?.quoted, false);
    assert.equal(t.messages.at(-1)?.text, '');
  });

  it(`quotes nested deeper than ${MAX_QUOTE_DEPTH} levels stop at the budget`, async () => {
    const body = Array.from(
      { length: 100 },
      (_v, i) =>
        `${'>'.repeat(i)} On Tue, Nov 10, 2026 at 3:04 PM Ada <ada@contoso.com> wrote:\n${'>'.repeat(i + 1)} level ${i}`,
    ).join('\n');
    const t = await parse({ kind: 'body', body, bodyType: 'text' });
    assert.ok(t.messages.length <= MAX_QUOTE_DEPTH + 1);
    assert.ok(codes(t).includes('body-truncated'));
  });

  it('broken base64 is read as far as it goes, with the headers kept', async () => {
    const t = await parse({
      kind: 'mime',
      data: eml(
        `${HEAD}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64`,
        'SGVsbG8g!!!@@@***d29ybGQ',
      ),
    });
    assert.equal(t.messages.length, 1);
    assert.equal(t.messages[0]?.from?.address, 'ada@contoso.com');
    assert.equal(typeof t.messages[0]?.text, 'string');
  });

  it('an unknown charset gives an unknown-charset warning and keeps the ASCII', async () => {
    const t = await parse({
      kind: 'mime',
      data: eml(`${HEAD}\nContent-Type: text/plain; charset=x-klingon`, 'See you on Tuesday.'),
    });
    assert.deepEqual(codes(t), ['unknown-charset']);
    assert.equal(t.messages[0]?.text, 'See you on Tuesday.');
  });

  it('a missing Date header: sentAt null and a missing-date warning', async () => {
    const t = await parse({ kind: 'mime', data: eml('From: Ada <ada@contoso.com>\nSubject: Hi', 'Hello') });
    assert.equal(t.messages[0]?.sentAt, null);
    assert.deepEqual(codes(t), ['missing-date']);
  });

  it('a nonsense Date header: sentAt null, the raw value named in the warning', async () => {
    const t = await parse({
      kind: 'mime',
      data: eml('From: Ada <ada@contoso.com>\nDate: the day after tomorrow', 'Hello'),
    });
    assert.equal(t.messages[0]?.sentAt, null);
    assert.equal(t.warnings[0]?.code, 'missing-date');
    assert.match(t.warnings[0]?.message ?? '', /the day after tomorrow/);
  });

  it('a missing boundary terminator still yields the text part', async () => {
    const t = await parse({
      kind: 'mime',
      data: eml(
        `${HEAD}\nContent-Type: multipart/alternative; boundary="b1"`,
        '--b1\nContent-Type: text/plain\n\nSee you Tuesday.\n',
      ),
    });
    assert.equal(t.messages[0]?.text, 'See you Tuesday.');
  });

  it('a header-less "mime" input is read as a plain body with a malformed-mime warning', async () => {
    const t = await parse({ kind: 'mime', data: '\r\n\r\nJust some text.' });
    assert.ok(codes(t).includes('malformed-mime'));
    assert.equal(t.messages[0]?.text, 'Just some text.');
  });

  it('mbox ">From " lines are unescaped', async () => {
    const mbox = `From ada@contoso.com Tue Nov 10 15:04:00 2026\n${HEAD}\n\nHello\n>From the team\n`;
    const t = await parse({ kind: 'mbox', data: mbox });
    assert.equal(t.messages[0]?.text, 'Hello\nFrom the team');
  });

  it('a message seen as an item and quoted in a later file appears once, as the item', async () => {
    const first = eml(HEAD, 'Your interview is on Tuesday at 2 PM.\n\nAda');
    const reply = eml(
      'From: Sam Doe <sam@gmail.com>\nTo: Ada Lee <ada@contoso.com>\nSubject: Re: Interview\nDate: Tue, 10 Nov 2026 16:00:00 -0500',
      'Thank you!\n\nOn Tue, Nov 10, 2026 at 3:04 PM Ada Lee <ada@contoso.com> wrote:\n> Your interview is on Tuesday at 2 PM.\n>\n> Ada\n',
    );
    const t = await parse({ kind: 'mime', data: first }, { kind: 'mime', data: reply });
    assert.deepEqual(
      t.messages.map((m) => [m.from?.address, m.quoted]),
      [
        ['ada@contoso.com', false],
        ['sam@gmail.com', false],
      ],
    );
  });

  it('the same short text from the same sender on different days is two messages', async () => {
    const item = (day: number): RawMessage => ({
      kind: 'fields',
      subject: 'Re: Interview',
      from: { name: 'Sam', address: 'sam@gmail.com' },
      to: [],
      cc: [],
      sentAt: `2026-11-${day}T10:00:00-05:00`,
      body: 'Thanks!',
      bodyType: 'text',
    });
    const t = await parse(item(10), item(17));
    assert.equal(t.messages.length, 2);
  });

  it(`more than ${MAX_MESSAGES} items: the newest kept, with a too-many-messages warning`, async () => {
    const items: RawMessage[] = Array.from({ length: MAX_MESSAGES + 5 }, (_v, i) => ({
      kind: 'fields',
      subject: 's',
      from: { name: null, address: `a${i}@contoso.com` },
      to: [],
      cc: [],
      sentAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
      body: `message ${i}`,
      bodyType: 'text',
    }));
    const t = await parse(...items);
    assert.equal(t.messages.length, MAX_MESSAGES);
    assert.ok(codes(t).includes('too-many-messages'));
  });

  it("a host instant in Z is shown in the user's zone; an unreadable one is null with a warning", async () => {
    const base = {
      kind: 'fields',
      subject: 's',
      from: { name: null, address: 'a@contoso.com' },
      to: [],
      cc: [],
      body: 'x',
      bodyType: 'text',
    } as const;
    const t = await parse(
      { ...base, sentAt: '2026-11-10T20:04:00Z' },
      { ...base, sentAt: 'not a date', body: 'y' },
    );
    assert.deepEqual(
      t.messages.map((m) => m.sentAt),
      ['2026-11-10T15:04:00-05:00', null],
    );
    assert.ok(codes(t).includes('missing-date'));
  });

  it("a zone-less quoted date takes the quoting message's offset, not the user's zone", async () => {
    const t = await parseThread(
      {
        messages: [
          {
            kind: 'fields',
            subject: 'Re: x',
            from: { name: 'Sam', address: 'sam@gmail.com' },
            to: [],
            cc: [],
            sentAt: '2026-11-10T18:00:00+05:30',
            bodyType: 'text',
            body: 'Thanks\n\nFrom: Ada <ada@contoso.com>\nSent: Tuesday, November 10, 2026 3:04 PM\nTo: Sam\nSubject: x\n\nHi',
          },
        ],
      },
      { tz: 'Europe/Berlin' },
    );
    assert.equal(t.messages[0]?.sentAt, '2026-11-10T15:04:00+05:30');
    assert.equal(t.messages[0]?.sentAtZoneStated, false);
  });

  it("a zone-less quoted date in an undated body is read in the user's zone", async () => {
    const t = await parseThread(
      {
        messages: [
          {
            kind: 'body',
            bodyType: 'text',
            body: 'Thanks\n\nFrom: Ada <ada@contoso.com>\nSent: Tuesday, July 7, 2026 3:04 PM\nSubject: x\n\nHi',
          },
        ],
      },
      { tz: 'Europe/Berlin' },
    );
    assert.equal(t.messages[0]?.sentAt, '2026-07-07T15:04:00+02:00');
  });

  it('an HTML body in a .txt is read as HTML', async () => {
    const t = await parse({
      kind: 'body',
      body: '<div>Thanks!</div><blockquote>Older</blockquote>',
      bodyType: 'text',
    });
    assert.equal(t.messages.at(-1)?.text, 'Thanks!');
  });

  it("an Office.js HTML body splits at Outlook's bordered From:/Sent: block", async () => {
    const html =
      '<html><body><div class="WordSection1"><p class="MsoNormal">Thanks, Tuesday works.<o:p></o:p></p>' +
      '<p class="MsoNormal"><o:p>&nbsp;</o:p></p><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">' +
      '<p class="MsoNormal"><b>From:</b> Lee, Ada &lt;ada@contoso.com&gt;<br><b>Sent:</b> Monday, November 2, 2026 9:15 AM<br>' +
      '<b>To:</b> Sam Doe &lt;sam@gmail.com&gt;<br><b>Subject:</b> Interview</p></div><p class="MsoNormal">Could you do Tuesday?</p></div></body></html>';
    const t = await parse({
      kind: 'fields',
      subject: 'RE: Interview',
      from: { name: 'Sam Doe', address: 'sam@gmail.com' },
      to: [{ name: 'Ada Lee', address: 'ada@contoso.com' }],
      cc: [],
      sentAt: '2026-11-02T20:00:00Z',
      body: html,
      bodyType: 'html',
    });
    assert.deepEqual(
      t.messages.map((m) => [m.from?.name, m.sentAt, m.text, m.role]),
      [
        ['Lee, Ada', '2026-11-02T09:15:00-05:00', 'Could you do Tuesday?', 'employer'],
        ['Sam Doe', '2026-11-02T15:00:00-05:00', 'Thanks, Tuesday works.', 'candidate'],
      ],
    );
  });

  it('a Gmail quote in a language with no attribution rule (Finnish) is cut at its gmail_quote div', async () => {
    const html =
      '<div dir="ltr">Kiitos!</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' +
      'ti 10. marrask. 2026 klo 15.04 Ada Lee &lt;ada@contoso.com&gt; kirjoitti:<br></div>' +
      '<blockquote class="gmail_quote">Tervetuloa haastatteluun.</blockquote></div>';
    const t = await parse({ kind: 'body', body: html, bodyType: 'html' });
    assert.deepEqual(
      t.messages.map((m) => m.text),
      ['Kiitos!'],
    );
  });

  // Greek header words are in no table (quoteHeaders.ts): the container alone cuts the quote off.
  it('an Outlook on the web quote with Greek header words is cut at its divRplyFwdMsg', async () => {
    const html =
      '<div>Ευχαριστώ!</div><hr><div id="divRplyFwdMsg"><b>Από:</b> Ada Lee<br><b>Στάλθηκε:</b> Τρίτη, 10 Νοεμβρίου 2026 15:04</div>' +
      '<div>Καλώς ήρθατε στη συνέντευξη.</div>';
    const t = await parse({ kind: 'body', body: html, bodyType: 'html' });
    assert.deepEqual(
      t.messages.map((m) => m.text),
      ['Ευχαριστώ!'],
    );
  });

  it('`me` decides the candidate even against the domain majority', async () => {
    const t = await parseThread(
      { messages: [{ kind: 'mime', data: eml(HEAD, 'Hello') }] },
      { tz: TZ, me: 'ADA@contoso.com' },
    );
    assert.equal(t.candidate, 'ada@contoso.com');
    assert.equal(t.messages[0]?.role, 'candidate');
  });

  it('a forward with no words of its own has empty own text and the forwarded message before it', async () => {
    const t = await parse({
      kind: 'body',
      bodyType: 'text',
      body: '---------- Forwarded message ---------\nFrom: Ada Lee <ada@contoso.com>\nDate: Tue, Nov 10, 2026 at 3:04 PM\nSubject: Interview\nTo: Grace <grace@contoso.com>\n\nSee you Tuesday.',
    });
    assert.deepEqual(
      t.messages.map((m) => [m.from?.address ?? null, m.text]),
      [
        ['ada@contoso.com', 'See you Tuesday.'],
        [null, ''],
      ],
    );
  });

  it('parseMessage shows an .eml as Outlook fields, the Date offset kept', async () => {
    const m = await parseMessage({
      kind: 'mime',
      data: eml(`${HEAD}\nCc: Grace <grace@contoso.com>`, 'Hello'),
    });
    assert.deepEqual(m, {
      kind: 'fields',
      subject: 'Interview',
      from: { name: 'Ada Lee', address: 'ada@contoso.com' },
      to: [{ name: 'Sam Doe', address: 'sam@gmail.com' }],
      cc: [{ name: 'Grace', address: 'grace@contoso.com' }],
      sentAt: '2026-11-10T15:04:00-05:00',
      body: 'Hello\n',
      bodyType: 'text',
      headers: {
        from: 'Ada Lee <ada@contoso.com>',
        to: 'Sam Doe <sam@gmail.com>',
        subject: 'Interview',
        date: 'Tue, 10 Nov 2026 15:04:00 -0500',
        cc: 'Grace <grace@contoso.com>',
      },
    });
  });
});
