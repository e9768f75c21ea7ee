// The send check (issue 16) by tables: each row a message as the user clicks Send, replying to a real thread
// (quoted in its body as Outlook quotes it, or handed as the board's history), and what the check must say.
// Rows that must pass untouched come first: a check that stops good mail is worse than none.
import assert from 'node:assert/strict';
import { alertText, checkSend, type SendIssue } from '../../../src/core/sendCheck';
import { fixture, GRACE, outgoing, PEOPLE, type Outgoing } from './support';

const { ada: ADA, priya: PRIYA, hiroshi: HIROSHI, olivia: OLIVIA, daniel: DANIEL, lena: LENA } = PEOPLE;

const NY = 'America/New_York';

const FOLLOW_UP =
  'Hi Ada,\n\nI wanted to follow up on my interview for the Data Analyst position. Is there any update on the timeline for a decision?\n\nBest regards,\nGrace';

interface Row {
  readonly why: string;
  readonly now: string;
  readonly message: Outgoing;
  /** Fixtures the host knows as the conversation (the board's), instead of or beside the quoted body. */
  readonly history?: readonly string[];
  readonly me?: string;
  readonly tz?: string;
  readonly issues: readonly SendIssue[];
  readonly jobRelated?: boolean;
  readonly sendOn?: string | null;
  /** Words the findings must say (the employer's words, the day, the article's reason). */
  readonly says?: readonly string[];
}

const ROWS: readonly Row[] = [
  // ---- pass untouched ----
  {
    why: 'a thank-you on the interview day, looking forward to next steps',
    now: '2026-12-07T18:30:00-05:00',
    me: LENA.address,
    message: {
      from: LENA,
      to: [DANIEL],
      replyTo: 'gmail-panel-interview-today-thank-you-due.eml',
      text: 'Hi Daniel,\n\nThank you for the panel interview today. I enjoyed hearing how the team runs design critiques, and I look forward to hearing about next steps.\n\nBest,\nLena',
    },
    issues: [],
    jobRelated: true,
  },
  {
    why: "a reply to the employer's question, which also asks about next steps",
    now: '2026-11-12T15:00:00-05:00',
    message: {
      to: [ADA],
      replyTo: 'outlook-references-request.eml',
      text: 'Hi Ada,\n\nOf course: my references are Mary Jackson (mary@example.org) and Dorothy Vaughan (dorothy@example.org). What are the next steps?\n\nBest regards,\nGrace',
    },
    issues: [],
  },
  {
    why: 'a message to a friend, with no job in it',
    now: '2026-11-12T15:00:00-05:00',
    message: {
      to: [{ name: 'Tom Baker', address: 'tom@example.org' }],
      subject: 'Friday',
      text: 'Hey Tom,\n\nAre we still on for dinner on Friday? Let me know ASAP!!\n\nG',
    },
    issues: [],
    jobRelated: false,
  },
  {
    why: 'a message to a friend about the interview',
    now: '2026-11-12T15:00:00-05:00',
    message: {
      to: [{ name: 'Tom Baker', address: 'tom@example.org' }],
      subject: 'Thanks!',
      text: 'Hi Tom,\n\nThanks for the tips before my interview on Tuesday, it went well.\n\nGrace',
    },
    issues: [],
  },
  {
    why: 'a reply to a newsletter',
    now: '2026-11-12T15:00:00-05:00',
    message: {
      to: [{ name: 'The Weekly Digest', address: 'news@digest.example.com' }],
      subject: 'RE: Your weekly digest: 10 stories',
      text: 'Please take me off this list ASAP, thank you.\n\n-----Original Message-----\nFrom: The Weekly Digest <news@digest.example.com>\nSent: Monday, November 9, 2026 6:00 AM\nTo: Grace Hopper <grace@example.com>\nSubject: Your weekly digest: 10 stories\n\nThis week: ten stories on gardening, travel and food. Unsubscribe at any time.',
    },
    issues: [],
    jobRelated: false,
  },
  {
    why: 'a follow-up on the day the advice gives (the business day after the window)',
    now: '2026-11-26T09:30:00-05:00',
    message: { to: [ADA], replyTo: 'outlook-within-two-weeks.eml', text: FOLLOW_UP },
    issues: [],
  },
  {
    why: 'a short thanks inside a no-contact period',
    now: '2026-12-17T10:00:00-05:00',
    me: OLIVIA.address,
    message: {
      from: OLIVIA,
      to: [HIROSHI],
      replyTo: 'apple-mail-no-follow-up-before-january-4.eml',
      text: 'Thanks Hiroshi, noted. Happy holidays!\n\nOlivia',
    },
    issues: [],
  },
  // ---- timing ----
  {
    why: "a follow-up inside the employer's window",
    now: '2026-11-16T10:00:00-05:00',
    message: { to: [ADA], replyTo: 'outlook-within-two-weeks.eml', text: FOLLOW_UP },
    issues: ['too-early'],
    sendOn: '2026-11-26',
    says: [
      "Ada wrote on November 11: 'We'll be in touch within two weeks'",
      'Thursday, November 26',
      'respect it',
    ],
  },
  {
    why: "the same window known from the board's history, the body quoting nothing",
    now: '2026-11-16T10:00:00-05:00',
    history: ['outlook-within-two-weeks.eml'],
    message: { to: [ADA], subject: 'RE: Interview for the Data Analyst position', text: FOLLOW_UP },
    issues: ['too-early'],
    sendOn: '2026-11-26',
  },
  {
    why: 'a follow-up before the first-follow-up day (thank-you sent, no timeline)',
    now: '2026-11-13T10:00:00-05:00',
    me: GRACE.address,
    message: {
      to: [PRIYA],
      replyTo: 'gmail-no-calls-policy.eml',
      text: 'Hi Priya,\n\nI am writing to check in about the Store Manager position. Is there any update?\n\nBest,\nGrace',
    },
    issues: ['too-early'],
    sendOn: '2026-11-17',
    says: ['Tuesday, November 17', '3 days after your interview', 'pushy'],
  },
  {
    why: 'a follow-up sent as the first message after the interview, two days in',
    now: '2026-12-09T10:00:00-05:00',
    me: LENA.address,
    message: {
      from: LENA,
      to: [DANIEL],
      replyTo: 'gmail-panel-interview-today-thank-you-due.eml',
      text: 'Hi Daniel,\n\nI wanted to check in about the Product Designer role. Have you reached a decision yet?\n\nLena',
    },
    issues: ['too-early'],
    sendOn: '2026-12-14',
  },
  {
    why: 'a second follow-up three days after the first',
    now: '2026-11-21T10:00:00-05:00',
    message: {
      to: [ADA],
      replyTo: 'apple-mail-one-follow-up-unanswered.eml',
      text: 'Hi Ada,\n\nI am following up on my application again. Is there any news?\n\nGrace',
    },
    issues: ['too-early'],
    sendOn: '2026-11-25',
    says: ['second, polite follow-up'],
  },
  {
    why: 'a follow-up inside a no-contact-before period',
    now: '2026-12-28T10:00:00-05:00',
    me: OLIVIA.address,
    message: {
      from: OLIVIA,
      to: [HIROSHI],
      replyTo: 'apple-mail-no-follow-up-before-january-4.eml',
      text: 'Hi Hiroshi,\n\nI wanted to follow up on the Lab Technician role. Is there any update?\n\nOlivia',
    },
    issues: ['no-contact-before'],
    sendOn: '2027-01-04',
    says: ["please don't follow up before January 4", 'December 17'],
  },
  {
    why: 'a third follow-up after two unanswered',
    now: '2026-12-01T10:00:00-05:00',
    message: {
      to: [ADA],
      replyTo: 'outlook-two-unanswered-follow-ups.eml',
      text: 'Hi Ada,\n\nI am following up on the Data Analyst position once more. Is there any update?\n\nGrace',
    },
    issues: ['third-follow-up'],
    sendOn: null,
    says: ['twice (November 18 and November 26)', 'move on'],
  },
  {
    why: 'a follow-up in German inside the window a German employer gave',
    now: '2026-12-10T10:00:00+01:00',
    me: 'jonas.weber@web.de',
    message: {
      from: { name: 'Jonas Weber', address: 'jonas.weber@web.de' },
      to: [{ name: 'Katrin Vogel', address: 'katrin.vogel@alpineski.de' }],
      replyTo: 'outlook-de-german-text-two-weeks.eml',
      text: 'Hallo Frau Vogel,\n\ngibt es schon Neuigkeiten zu meiner Bewerbung?\n\nViele Grüße\nJonas Weber',
    },
    tz: 'Europe/Berlin',
    issues: ['too-early'],
    sendOn: '2026-12-21',
    says: ['Katrin wrote on 4 December', 'innerhalb von zwei Wochen'],
  },
  // ---- calls ----
  {
    why: 'a call proposed where the employer asked for none',
    now: '2026-11-18T10:00:00-05:00',
    message: {
      to: [PRIYA],
      replyTo: 'gmail-no-calls-policy.eml',
      text: 'Hi Priya,\n\nI wanted to follow up on the Store Manager position. I will give you a call tomorrow morning to hear where things stand.\n\nBest,\nGrace',
    },
    issues: ['call-proposed'],
    says: ["Priya wrote on November 4: 'Please do not call the store", 'give you a call'],
  },
  {
    why: 'the same call proposed where no one asked for no calls',
    now: '2026-11-18T10:00:00-05:00',
    message: {
      to: [ADA],
      replyTo: 'apple-mail-thank-you-sent.eml',
      text: 'Hi Ada,\n\nI wanted to follow up on the Data Analyst position. Could we talk by phone this week?\n\nBest,\nGrace',
    },
    issues: [],
  },
  // ---- words ----
  {
    why: 'a placeholder left from a template, a greeting to someone else, and shouting',
    now: '2026-11-26T09:30:00-05:00',
    message: {
      to: [ADA],
      replyTo: 'outlook-within-two-weeks.eml',
      text: 'Hi Sarah,\n\nI wanted to follow up on my interview for the {{role}} position at [Company]. Is there any update?? PLEASE LET ME KNOW.\n\nGrace',
    },
    issues: ['placeholder', 'greeting', 'tone'],
    says: ['‘{{role}}’ and ‘[Company]’', '‘Hi Sarah’ but this goes to Ada Lee', 'shouting'],
  },
  {
    why: 'guilt and length in a follow-up due today',
    now: '2026-11-26T09:30:00-05:00',
    message: {
      to: [ADA],
      replyTo: 'outlook-within-two-weeks.eml',
      text: `Hi Ada,\n\nI wanted to follow up on my interview. You never replied to my thank-you note. ${'I remain very interested in the role and would welcome the chance to contribute to the team. '.repeat(8)}\n\nGrace`,
    },
    issues: ['tone', 'tone'],
    says: ['You never replied', 'words: a follow-up note should stay within 120'],
  },
];

describe('checkSend: a second look before Send (issue 16)', () => {
  for (const row of ROWS) {
    it(row.why, async () => {
      const check = await checkSend(
        { message: outgoing(row.message), ...(row.history ? { history: row.history.map(fixture) } : {}) },
        { now: row.now, tz: row.tz ?? NY, me: row.me ?? GRACE.address },
      );
      const said = check.findings.map((f) => f.message).join('\n');
      assert.deepEqual(
        check.findings.map((f) => f.issue),
        row.issues,
        said,
      );
      if (row.sendOn !== undefined) assert.equal(check.sendOn, row.sendOn);
      if (row.jobRelated !== undefined) assert.equal(check.jobRelated, row.jobRelated);
      for (const words of row.says ?? []) assert.ok(said.includes(words), `expected "${words}" in:\n${said}`);
      for (const f of check.findings) {
        // One sentence each: no full stop inside but the last (abbreviations and quotes aside).
        assert.match(f.message, /[.?!’']$/u, f.message);
        assert.ok(f.message.length <= 400, f.message);
      }
      const alert = alertText(check);
      assert.ok(alert.length <= 500, `${alert.length} characters`);
    });
  }

  it('never throws and lets odd input go: an empty message, a body of control characters, a bad zone', async () => {
    for (const text of ['', '\u0000\u0001', '<html><body></body></html>', 'x'.repeat(200_000)]) {
      const check = await checkSend(
        { message: outgoing({ to: [], text }) },
        { now: '2026-11-16T10:00:00Z', tz: 'Nowhere/Else' },
      );
      assert.deepEqual(check.findings, []);
    }
  });

  it('rejects a `now` that is not an instant (a programmer error)', async () => {
    await assert.rejects(
      checkSend({ message: outgoing({ to: [], text: 'x' }) }, { now: 'yesterday', tz: NY }),
      TypeError,
    );
  });
});
