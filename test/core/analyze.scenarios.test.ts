// Realistic threads end to end through analyze(): mail parsing, date extraction, the decision, the draft and
// the reminder. Quoting styles of Outlook, Gmail and Apple Mail; German and French client headers; weekends,
// a Friday interview, year end, a DST week, two rounds, no-calls, automatic replies, offers and rejections.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkTone } from '../../src/core/drafts';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/core';
import type { Action, DraftKind, RawMessage } from '../../src/core/types';

const DIR = new URL('../fixtures/threads/', import.meta.url);

function raw(file: string): RawMessage {
  const data = new Uint8Array(readFileSync(new URL(file, DIR)));
  if (file.endsWith('.txt')) return { kind: 'body', body: new TextDecoder().decode(data), bodyType: 'text' };
  if (file.endsWith('.mbox')) return { kind: 'mbox', data };
  return { kind: 'mime', data };
}

interface Scenario {
  readonly file: string;
  readonly now: string;
  readonly tz?: string;
  readonly action: Action;
  readonly on: string;
  readonly rule: number;
  readonly overdue?: boolean;
  readonly draft: DraftKind | null;
  /** Words of the evidence some reason must quote. */
  readonly evidence?: readonly string[];
  readonly reminder?: string | null;
  readonly noCalls?: boolean;
  readonly why: string;
}

const NY = 'America/New_York';
const scenarios: readonly Scenario[] = [
  // Rule 1
  {
    why: 'a rejection closes the thread with a gracious reply',
    file: 'gmail-rejection.eml',
    now: '2026-11-20T16:00:00-05:00',
    action: 'closed',
    on: '2026-11-20',
    rule: 1,
    draft: 'rejection-reply',
    evidence: ['decided to move forward with other candidates'],
    reminder: null,
  },
  {
    why: 'an offer closes the thread, nothing to chase',
    file: 'outlook-offer.eml',
    now: '2026-11-23T13:00:00-05:00',
    action: 'closed',
    on: '2026-11-23',
    rule: 1,
    draft: null,
    evidence: ['pleased to offer you'],
  },
  // Rule 3
  {
    why: 'only slots proposed, and the recruiter asks which: reply (rule 2, second edition), not set a date',
    file: 'gmail-slots-proposed-no-date.eml',
    now: '2026-11-16T12:00:00-05:00',
    action: 'reply',
    on: '2026-11-16',
    rule: 2,
    draft: null,
    reminder: null,
  },
  {
    why: 'a bare text body with no date',
    file: 'plain-body-no-dates.txt',
    now: '2026-11-16T12:00:00-05:00',
    action: 'set-interview-date',
    on: '2026-11-16',
    rule: 3,
    draft: null,
  },
  // Rule 4
  {
    why: 'a Friday interview still ahead (Gmail quote)',
    file: 'gmail-confirmed-friday-interview-ahead.eml',
    now: '2026-12-01T09:00:00-05:00',
    action: 'wait',
    on: '2026-12-04',
    rule: 4,
    draft: 'thank-you',
    reminder: '2026-12-04T18:00:00-05:00',
  },
  {
    why: 'a final round already scheduled is the subject',
    file: 'outlook-final-round-scheduled.eml',
    now: '2026-11-16T09:00:00-05:00',
    action: 'wait',
    on: '2026-11-19',
    rule: 4,
    draft: 'thank-you',
    evidence: ['Thursday, November 19 at 11:00 AM'],
  },
  // Rule 2
  {
    why: 'the recruiter asks for references (Outlook quote)',
    file: 'outlook-references-request.eml',
    now: '2026-11-12T15:00:00-05:00',
    action: 'reply',
    on: '2026-11-12',
    rule: 2,
    draft: null,
    evidence: ['Could you send me two professional references'],
  },
  {
    why: 'the recruiter asks for the notice period (nested Gmail quotes)',
    file: 'gmail-notice-period-request.eml',
    now: '2026-11-16T15:00:00-05:00',
    action: 'reply',
    on: '2026-11-16',
    rule: 2,
    draft: null,
    evidence: ['Please confirm your notice period'],
  },
  // Rule 5
  {
    why: 'the morning after: thank-you due by end + 24 h',
    file: 'outlook-confirmation-only.eml',
    now: '2026-11-11T09:00:00-05:00',
    action: 'send-thank-you',
    on: '2026-11-11',
    rule: 5,
    overdue: false,
    draft: 'thank-you',
    reminder: null,
  },
  {
    why: 'two days after: the thank-you is overdue',
    file: 'outlook-confirmation-only.eml',
    now: '2026-11-13T09:00:00-05:00',
    action: 'send-thank-you',
    on: '2026-11-11',
    rule: 5,
    overdue: true,
    draft: 'thank-you',
  },
  {
    why: 'a Friday interview: the thank-you is due Saturday, not moved',
    file: 'gmail-confirmed-friday-interview-ahead.eml',
    now: '2026-12-04T18:00:00-05:00',
    action: 'send-thank-you',
    on: '2026-12-05',
    rule: 5,
    overdue: false,
    draft: 'thank-you',
  },
  // Rule 6
  {
    why: '"within two weeks" of 11 November: wait until the 26th',
    file: 'outlook-within-two-weeks.eml',
    now: '2026-11-18T09:00:00-05:00',
    action: 'wait',
    on: '2026-11-26',
    rule: 6,
    draft: 'follow-up',
    evidence: ['within two weeks'],
    reminder: '2026-11-26T09:00:00-05:00',
  },
  {
    why: '"by the end of next week" ends on a Friday: wait until Monday',
    file: 'gmail-decision-end-of-next-week.eml',
    now: '2026-11-12T09:00:00-05:00',
    action: 'wait',
    on: '2026-11-23',
    rule: 6,
    draft: 'follow-up',
    evidence: ['by the end of next week'],
  },
  {
    why: 'year end: two weeks from 22 December ends 5 January',
    file: 'outlook-year-end-within-two-weeks.eml',
    now: '2026-12-23T09:00:00-05:00',
    action: 'wait',
    on: '2027-01-06',
    rule: 6,
    draft: 'follow-up',
    evidence: ['within two weeks'],
  },
  {
    why: 'Outlook on the web HTML quotes: "within ten days" ends on a Saturday, wait until Monday',
    file: 'outlook-web-html-within-ten-days.eml',
    now: '2026-11-16T09:00:00-05:00',
    action: 'wait',
    on: '2026-11-23',
    rule: 6,
    draft: 'follow-up',
    evidence: ['within ten days'],
  },
  {
    why: 'an .mbox thread: "in 5-7 business days" from Thursday 12 November ends Monday 23',
    file: 'mbox-thank-you-then-timeline.mbox',
    now: '2026-11-16T09:00:00-05:00',
    action: 'wait',
    on: '2026-11-24',
    rule: 6,
    draft: 'follow-up',
    evidence: ['in 5-7 business days'],
  },
  // Rule 7
  {
    why: 'two unanswered follow-ups: move on',
    file: 'outlook-two-unanswered-follow-ups.eml',
    now: '2026-12-04T09:00:00-05:00',
    action: 'move-on',
    on: '2026-12-04',
    rule: 7,
    draft: 'close-the-loop',
    reminder: null,
  },
  {
    why: 'an out-of-office after the second follow-up is no answer: move on',
    file: 'gmail-out-of-office-after-second-follow-up.eml',
    now: '2026-12-01T09:00:00-05:00',
    action: 'move-on',
    on: '2026-12-01',
    rule: 7,
    draft: 'close-the-loop',
  },
  // Rule 8
  {
    why: 'one unanswered follow-up: a second one a week later (Apple Mail quote)',
    file: 'apple-mail-one-follow-up-unanswered.eml',
    now: '2026-11-27T09:00:00-05:00',
    action: 'follow-up',
    on: '2026-11-25',
    rule: 8,
    overdue: true,
    draft: 'second-follow-up',
  },
  {
    why: 'the out-of-office after a follow-up does not answer it',
    file: 'outlook-out-of-office-after-follow-up.eml',
    now: '2026-11-25T09:00:00-05:00',
    action: 'follow-up',
    on: '2026-11-25',
    rule: 8,
    overdue: false,
    draft: 'second-follow-up',
    evidence: ['does not count as an answer'],
  },
  {
    why: 'before the second follow-up is due: wait',
    file: 'apple-mail-one-follow-up-unanswered.eml',
    now: '2026-11-20T09:00:00-05:00',
    action: 'wait',
    on: '2026-11-25',
    rule: 8,
    draft: 'second-follow-up',
    reminder: '2026-11-25T09:00:00-05:00',
  },
  // Rule 9
  {
    why: 'thank-you sent, a week on: follow up (Apple Mail quote)',
    file: 'apple-mail-thank-you-sent.eml',
    now: '2026-11-19T09:00:00-05:00',
    action: 'follow-up',
    on: '2026-11-17',
    rule: 9,
    overdue: true,
    draft: 'follow-up',
  },
  {
    why: 'the window of "within two weeks" has passed: follow up the next business day',
    file: 'outlook-within-two-weeks.eml',
    now: '2026-12-01T09:00:00-05:00',
    action: 'follow-up',
    on: '2026-11-26',
    rule: 9,
    overdue: true,
    draft: 'follow-up',
    evidence: ['within two weeks'],
  },
  {
    why: 'no-calls: follow up by email, no phone alternative',
    file: 'gmail-no-calls-policy.eml',
    now: '2026-11-19T09:00:00-05:00',
    action: 'follow-up',
    on: '2026-11-17',
    rule: 9,
    draft: 'follow-up',
    noCalls: true,
    evidence: ['Please do not call the store'],
  },
  {
    why: 'DST week: interview on Friday 30 October (EDT), reminder on 6 November in EST',
    file: 'apple-mail-dst-week-friday-interview.eml',
    now: '2026-11-04T09:00:00-05:00',
    action: 'wait',
    on: '2026-11-06',
    rule: 9,
    draft: 'follow-up',
    reminder: '2026-11-06T09:00:00-05:00',
  },
  {
    why: 'no contact before 7 December (German Outlook headers, Berlin)',
    file: 'outlook-de-no-contact-before.eml',
    now: '2026-11-20T09:00:00+01:00',
    tz: 'Europe/Berlin',
    action: 'wait',
    on: '2026-12-07',
    rule: 9,
    draft: 'follow-up',
    evidence: ['please do not reach out for an update before December 7'],
    reminder: '2026-12-07T09:00:00+01:00',
  },
  {
    why: 'French Gmail quote header, Paris: follow up a week on',
    file: 'gmail-fr-thank-you-sent.eml',
    now: '2026-11-18T09:00:00+01:00',
    tz: 'Europe/Paris',
    action: 'follow-up',
    on: '2026-11-17',
    rule: 9,
    overdue: true,
    draft: 'follow-up',
  },
];

describe('analyze: realistic threads end to end', () => {
  for (const s of scenarios) {
    it(`${s.why} [${s.file} @ ${s.now}]`, async () => {
      const a = await analyze(
        { messages: [raw(s.file)] },
        { now: s.now, tz: s.tz ?? NY, me: 'grace@example.com' },
      );
      const r = a.recommendation;
      const explain = `${r.reasons.join('\n')}\nmessages: ${a.messages.map((m) => `${m.role}${m.automatic ? '(auto)' : ''}@${m.sentAt}`).join(', ')}`;
      assert.equal(r.action, s.action, explain);
      assert.equal(r.on, s.on, explain);
      assert.equal(r.rule, s.rule, explain);
      if (s.overdue !== undefined) assert.equal(r.overdue, s.overdue, explain);
      assert.equal(a.draft?.kind ?? null, s.draft, explain);
      for (const words of s.evidence ?? [])
        assert.ok(
          r.reasons.some((x) => x.includes(words)),
          `no reason quotes "${words}":\n${explain}`,
        );
      if (s.reminder !== undefined) assert.equal(a.reminder?.start ?? null, s.reminder);
      for (const d of [...(a.draft ? [a.draft] : []), ...(a.drafts ?? [])]) {
        assert.deepEqual(checkTone(d.text, d.kind), [], `${d.kind} fails its own tone check:\n${d.text}`);
        assert.doesNotMatch(d.text, /\[|\]/);
      }
      if (s.noCalls !== undefined) {
        assert.equal(a.noCalls, s.noCalls);
        assert.ok(!(a.drafts ?? []).some((d) => d.kind === 'phone-script'));
        assert.ok(!r.alternatives.includes('phone'));
      }
    });
  }
});

describe('analyze: every field filled, never a throw', () => {
  it('a panel (Ada Lee and Tom Ford) gets one thank-you per interviewer', async () => {
    const a = await analyze(
      { messages: [raw('outlook-confirmation-only.eml')] },
      { now: '2026-11-10T18:00:00-05:00', tz: NY, me: 'grace@example.com' },
    );
    const notes = (a.drafts ?? []).filter((d) => d.kind === 'thank-you');
    assert.deepEqual(
      notes.map((d) => d.text.split('\n')[0]),
      ['Hi Ada,', 'Hi Tom,'],
    );
    assert.notEqual(notes[0]?.text.split('\n\n')[1], notes[1]?.text.split('\n\n')[1]);
  });

  it('the draft is filled from the thread: first name, role, company, weekday and date, signature name', async () => {
    const a = await analyze(
      { messages: [raw('apple-mail-thank-you-sent.eml')] },
      { now: '2026-11-19T09:00:00-05:00', tz: NY, me: 'grace@example.com' },
    );
    assert.equal(a.draft?.subject, 'Re: Interview for the Data Analyst position');
    assert.match(a.draft?.text ?? '', /^Hi Ada,/);
    assert.match(a.draft?.text ?? '', /Data Analyst/);
    assert.match(a.draft?.text ?? '', /Grace Hopper$/);
    assert.doesNotMatch(a.draft?.text ?? '', /\[|\]/);
  });

  it('myName signs the draft', async () => {
    const a = await analyze(
      { messages: [raw('apple-mail-thank-you-sent.eml')] },
      { now: '2026-11-19T09:00:00-05:00', tz: NY, myName: 'Grace B. Hopper' },
    );
    assert.match(a.draft?.text ?? '', /Grace B\. Hopper$/);
  });

  it('an unknown zone falls back to UTC with a warning', async () => {
    const a = await analyze(
      { messages: [raw('outlook-within-two-weeks.eml')] },
      { now: '2026-11-18T09:00:00-05:00', tz: 'Mars/Olympus' },
    );
    assert.equal(a.tz, 'UTC');
    assert.ok(a.warnings.some((w) => w.code === 'unknown-time-zone'));
  });

  it('a Windows zone name works like its IANA zone', async () => {
    const a = await analyze(
      { messages: [raw('outlook-within-two-weeks.eml')] },
      { now: '2026-11-18T09:00:00-05:00', tz: 'Eastern Standard Time', me: 'grace@example.com' },
    );
    assert.equal(a.tz, 'America/New_York');
    assert.equal(a.recommendation.on, '2026-11-26');
  });

  const junk: readonly [string, RawMessage[]][] = [
    ['no messages', []],
    ['an empty body', [{ kind: 'body', body: '', bodyType: 'text' }]],
    ['binary noise', [{ kind: 'mime', data: new Uint8Array(4096).map((_, i) => (i * 7919) % 256) }]],
    [
      'broken MIME',
      [
        {
          kind: 'mime',
          data: 'Content-Type: multipart/mixed; boundary="x"\n\n--x\nContent-Transfer-Encoding: base64\n\n@@@@',
        },
      ],
    ],
    [
      'HTML with script',
      [
        {
          kind: 'body',
          body: '<script>alert(1)</script><p>Interview on Tuesday at 2pm?</p>',
          bodyType: 'html',
        },
      ],
    ],
    [
      'fields with a nonsense date',
      [
        {
          kind: 'fields',
          subject: 'x',
          from: null,
          to: [],
          cc: [],
          sentAt: 'not a date',
          body: 'hi',
          bodyType: 'text',
        },
      ],
    ],
  ];
  for (const [name, messages] of junk) {
    it(`never throws on ${name}`, async () => {
      const a = await analyze({ messages }, { now: '2026-11-18T09:00:00-05:00', tz: NY });
      assert.ok(a.recommendation.reasons.length > 0);
      assert.equal(typeof a.recommendation.on, 'string');
    });
  }

  it('does not mutate its input or options', async () => {
    const data = new Uint8Array(readFileSync(new URL('outlook-within-two-weeks.eml', DIR)));
    const input = Object.freeze({
      messages: Object.freeze([Object.freeze({ kind: 'mime' as const, data })]),
    });
    const before = Buffer.from(data).toString('base64');
    const options = Object.freeze({
      now: '2026-11-18T09:00:00-05:00',
      tz: NY,
      overrides: Object.freeze({ ignoreTimeline: true }),
    });
    const a = await analyze(input, options);
    assert.equal(a.recommendation.rule, 9);
    assert.equal(Buffer.from(data).toString('base64'), before);
  });

  it('never throws on random or mutated mail (fast-check)', async () => {
    const base = readFileSync(new URL('outlook-within-two-weeks.eml', DIR), 'utf8');
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 2000 }),
          fc
            .tuple(fc.nat(base.length), fc.nat(400), fc.string({ maxLength: 200 }))
            .map(([at, cut, insert]) => base.slice(0, at) + insert + base.slice(at + cut)),
        ),
        fc.constantFrom('mime' as const, 'mbox' as const, 'text' as const, 'html' as const),
        fc.integer({ min: 0, max: 400 }),
        async (text, kind, days) => {
          const raw: RawMessage =
            kind === 'mime' || kind === 'mbox'
              ? { kind, data: text }
              : { kind: 'body', body: text, bodyType: kind };
          const now = new Date(Date.UTC(2026, 9, 1) + days * 86_400_000).toISOString();
          const a = await analyze({ messages: [raw] }, { now, tz: NY, me: 'grace@example.com' });
          assert.ok(a.recommendation.reasons.length > 0);
          if (a.draft !== null) assert.ok(!a.draft.html.includes('<script'));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('rejects a `now` that is not an instant (a programmer error) with a TypeError', async () => {
    await assert.rejects(analyze({ messages: [] }, { now: 'soon', tz: NY }), TypeError);
  });
});
