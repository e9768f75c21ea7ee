// The reliability fuzz over analyze() (issue 14): generators for raw mail (.eml, multipart, calendar parts,
// mbox), Office fields and bare bodies, with the options a host passes (now, zone, me, name, stored
// overrides, junk included), and the invariants every result must hold. Used by the property test
// (test/fuzz/analyze.property.test.ts, a fixed seed and a count that runs in seconds) and by
// `npm run bench -- fuzz` (many more runs, counting throws, slow calls and violations).
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { toCliJson } from '../../src/cli/cliJson';
import { analyze } from '../../src/core';
import { reminderAhead, reminderToIcs } from '../../src/core/drafts';
import type { Analysis, AnalyzeOptions, Overrides, RawMessage, ThreadInput } from '../../src/core/types';

/** Words the product reads: so random mail often holds interviews, windows, outcomes and no-calls. */
const WORDS: readonly string[] = [
  'Hi Sam,',
  'Thank you for interviewing with us',
  'Your interview is confirmed for',
  'Tuesday, November 10 at 2:00 PM',
  'on Friday',
  'next Monday at 10:30',
  '9. Dezember, 10:30 Uhr',
  'le mardi 10 novembre à 14h',
  'within two weeks',
  'in the next 5-7 business days',
  'by end of next week',
  "We'll be in touch",
  'please do not call',
  'no phone calls please',
  'Unfortunately we have decided not to move forward',
  'we are delighted to offer you the role',
  'please let us know by December 4',
  'Could you send me a few times that work?',
  'I wanted to follow up on my application',
  'Best regards,',
  'Ada Lee',
  'Recruiter, Contoso',
  'Sent from my iPhone',
  '2026-11-10',
  '11/10/2026',
  '10/11/2026 14:00:00',
  'Renée',
  'Zoë',
  'José',
  'Hui Min',
  '北京',
  'مرحبا',
  '💼',
  'e\u0301',
];

/** Text a real or hostile mailbox holds: controls, direction overrides, markup, quote headers, encodings. */
const HOSTILE: readonly string[] = [
  '\u0000',
  '\u001b[31m',
  '\u0007',
  '\u007f',
  '\u0085',
  '\u009b',
  '\u202a',
  '\u202b',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2069',
  '\u200f',
  '\r',
  '\u2028',
  '\u2029',
  '\ufeff',
  '\ud800',
  '\t',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '<svg onload=alert(1)>',
  '<iframe src=//evil>',
  '&lt;script&gt;',
  '&#0;',
  '"',
  "'",
  '> ',
  '> > > ',
  'On Tue, Nov 10, 2026 at 3:04 PM Ada <ada@contoso.com> wrote:',
  '-----Original Message-----',
  'From: Ada Lee <ada@contoso.com>',
  'Sent: Tuesday, November 10, 2026 3:04 PM',
  'Subject: Re: Interview',
  '=?utf-8?B?SGkg8J+Ruw==?=',
  '=E9',
  'Feb 30, 2026',
  '2026-13-40',
  '25:61',
  '31/02/2026',
  'year 0001',
  '99999999999',
];

/** A free string with none of the tokens the invariants look for, so any that appears is the product's. */
const free = fc
  .string({ maxLength: 12, unit: 'grapheme' })
  .filter((s) => !/NaN|undefined|Invalid Date|object Object|[[\]{}<>$]/i.test(s));

const token = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 2, arbitrary: free },
);
const line = fc.array(token, { maxLength: 10 }).map((t) => t.join(' '));
const text = fc.array(line, { maxLength: 14 }).map((l) => l.join('\n'));
const phrase = fc.array(token, { minLength: 1, maxLength: 4 }).map((t) => t.join(' '));

/** Instants from 1990 to 2090, as Date, with a zone offset that real mail uses. */
const instant = fc.date({
  min: new Date('1990-01-01T00:00:00Z'),
  max: new Date('2090-12-31T00:00:00Z'),
  noInvalidDate: true,
});
const offset = fc.constantFrom(0, -300, -240, -480, 60, 330, 345, 600, 765, -210, 840, -720);

function withOffset(d: Date, minutes: number): string {
  const local = new Date(d.getTime() + minutes * 60_000).toISOString().slice(0, 19);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function rfc2822(d: Date, minutes: number): string {
  const l = new Date(d.getTime() + minutes * 60_000);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const hhmm = `${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
  const time = l.toISOString().slice(11, 19);
  return `${DAYS[l.getUTCDay()]}, ${l.getUTCDate()} ${MONTHS[l.getUTCMonth()]} ${l.getUTCFullYear()} ${time} ${sign}${hhmm}`;
}

const dateHeader = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(instant, offset).map(([d, o]) => rfc2822(d, o)) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '',
      'yesterday',
      'Mon, 31 Feb 2026 25:61:00 +9999',
      '0',
      'Tue, 10 Nov 10000 10:00:00 +0000',
    ),
  },
  { weight: 1, arbitrary: phrase },
);

const address = fc.oneof(
  fc.constantFrom(
    'ada@contoso.com',
    'sam@mail.test',
    'careers@northwind.example',
    'no-reply@greenhouse.io',
    'tyler.brooks@fabrikam.example',
  ),
  // Addresses quoted in the reasons must not carry the tokens the invariants look for.
  fc.emailAddress().filter((a) => !/NaN|undefined|[[\]{}$]/.test(a)),
  fc.constantFrom('', 'not an address', '<>', '@', 'a@b'),
);
const person = fc.record({ name: fc.oneof(fc.constant(null), phrase), address });
const headerName = (p: { name: string | null; address: string }): string =>
  p.name === null ? p.address : `"${p.name.replace(/["\r\n]/g, ' ')}" <${p.address}>`;

/** An iCalendar part: times with or without zone, an end that may precede the start. */
const calendar = fc
  .tuple(instant, fc.integer({ min: -180, max: 600 }), fc.boolean(), fc.boolean())
  .map(([start, minutes, zoned, endZoned]) => {
    const stamp = (d: Date, z: boolean): string =>
      d
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}/, '')
        .replace('Z', z ? 'Z' : '');
    const end = new Date(start.getTime() + minutes * 60_000);
    return [
      'BEGIN:VCALENDAR',
      'METHOD:REQUEST',
      'BEGIN:VEVENT',
      `DTSTART${zoned ? '' : ';TZID=America/New_York'}:${stamp(start, zoned)}`,
      `DTEND:${stamp(end, endZoned)}`,
      'SUMMARY:Interview',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
  });

const encode = (body: string, cte: string): string =>
  cte === 'base64'
    ? (
        Buffer.from(body, 'utf8')
          .toString('base64')
          .match(/.{1,76}/g) ?? []
      ).join('\r\n')
    : cte === 'quoted-printable'
      ? body.replace(/=/g, '=3D')
      : body;

/** One RFC 5322 message: single part or multipart/alternative, perhaps with a calendar part. */
const eml = fc
  .record({
    from: person,
    to: fc.array(person, { maxLength: 3 }),
    subject: phrase,
    date: fc.option(dateHeader),
    body: text,
    html: fc.option(text),
    cal: fc.option(calendar),
    cte: fc.constantFrom('7bit', '8bit', 'quoted-printable', 'base64', ''),
    eol: fc.constantFrom('\r\n', '\n'),
  })
  .map((m) => {
    const head = [
      `From: ${headerName(m.from)}`,
      `To: ${m.to.map(headerName).join(', ')}`,
      `Subject: ${m.subject.replace(/[\r\n]/g, ' ')}`,
      ...(m.date === null ? [] : [`Date: ${m.date}`]),
      'MIME-Version: 1.0',
    ];
    const cte = m.cte === '' ? [] : [`Content-Transfer-Encoding: ${m.cte}`];
    if (m.html === null && m.cal === null)
      return [...head, 'Content-Type: text/plain; charset=utf-8', ...cte, '', encode(m.body, m.cte)].join(
        m.eol,
      );
    const parts = [
      ['Content-Type: text/plain; charset=utf-8', ...cte, '', encode(m.body, m.cte)].join(m.eol),
      ...(m.html === null
        ? []
        : [
            [
              'Content-Type: text/html; charset=utf-8',
              '',
              `<div>${m.html.replace(/\n/g, '<br>')}</div>`,
            ].join(m.eol),
          ]),
      ...(m.cal === null ? [] : [['Content-Type: text/calendar; method=REQUEST', '', m.cal].join(m.eol)]),
    ];
    return [
      ...head,
      'Content-Type: multipart/alternative; boundary="fz"',
      '',
      ...parts.map((p) => `--fz${m.eol}${p}`),
      '--fz--',
      '',
    ].join(m.eol);
  });

const mime: fc.Arbitrary<RawMessage> = fc
  .tuple(eml, fc.boolean())
  .map(([data, bytes]) => ({ kind: 'mime', data: bytes ? new TextEncoder().encode(data) : data }));

const mbox: fc.Arbitrary<RawMessage> = fc.array(eml, { minLength: 1, maxLength: 3 }).map((messages) => ({
  kind: 'mbox',
  data: messages
    .map((m) => `From MAILER-DAEMON Tue Nov 10 15:04:00 2026\n${m.replace(/^From /gm, '>From ')}\n`)
    .join('\n'),
}));

const sentAt = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(instant, offset).map(([d, o]) => withOffset(d, o)) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      null,
      '',
      'not a date',
      '2026-13-40T10:00:00Z',
      '2026-11-10T14:00:00',
      '0001-01-01T00:00:00Z',
    ),
  },
);

const fields: fc.Arbitrary<RawMessage> = fc
  .record({
    subject: phrase,
    from: fc.option(person),
    to: fc.array(person, { maxLength: 3 }),
    cc: fc.array(person, { maxLength: 2 }),
    sentAt,
    body: text,
    bodyType: fc.constantFrom('text' as const, 'html' as const),
    conversationId: fc.option(fc.string({ maxLength: 40 }), { nil: undefined }),
  })
  .map((f) => ({
    kind: 'fields' as const,
    subject: f.subject,
    from: f.from,
    to: f.to,
    cc: f.cc,
    sentAt: f.sentAt,
    body: f.bodyType === 'html' ? `<p>${f.body.replace(/\n/g, '</p><p>')}</p>` : f.body,
    bodyType: f.bodyType,
    ...(f.conversationId === undefined ? {} : { conversationId: f.conversationId }),
  }));

const body: fc.Arbitrary<RawMessage> = fc
  .tuple(text, fc.constantFrom('text' as const, 'html' as const))
  .map(([b, bodyType]) => ({ kind: 'body', body: b, bodyType }));

export const threadInput: fc.Arbitrary<ThreadInput> = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: mime },
      { weight: 3, arbitrary: fields },
      { weight: 2, arbitrary: body },
      { weight: 1, arbitrary: mbox },
    ),
    {
      maxLength: 4,
    },
  )
  .map((messages) => ({ messages }));

/** Overrides as a settings store may hold them: valid, impossible, or anything at all. */
const overrides: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  {
    weight: 3,
    arbitrary: fc.record(
      {
        interviewStart: fc.oneof(
          fc.tuple(instant, offset).map(([d, o]) => withOffset(d, o)),
          fc.constantFrom('2026-13-40', 'March 7, 2026', '1', '0001-01-01T00:00:00Z'),
        ),
        interviewMinutes: fc.oneof(fc.integer({ min: -10, max: 2000 }), fc.constant(Number.NaN)),
        ignoreTimeline: fc.oneof(fc.boolean(), fc.constant('yes')),
        followUpsElsewhere: fc.array(
          fc.oneof(
            fc.tuple(instant, offset).map(([d, o]) => withOffset(d, o)),
            fc.constant('garbage'),
          ),
          { maxLength: 3 },
        ),
        snoozeUntil: fc.oneof(
          instant.map((d) => d.toISOString().slice(0, 10)),
          fc.constantFrom('2026-02-30', '2026-13-40', '9999-12-31', 'next week'),
        ),
      },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: fc.anything() },
);

export const ZONES: readonly string[] = [
  'America/New_York',
  'America/Los_Angeles',
  'America/St_Johns',
  'Europe/London',
  'Europe/Berlin',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Australia/Sydney',
  'Pacific/Chatham',
  'Pacific/Kiritimati',
  'Etc/GMT+12',
  'UTC',
  'Pacific Standard Time',
  'W. Europe Standard Time',
  'Mars/Olympus',
  '',
];

export const analyzeOptions: fc.Arbitrary<AnalyzeOptions> = fc
  .record({
    now: fc.date({
      min: new Date('2000-01-01T00:00:00Z'),
      max: new Date('2080-12-31T00:00:00Z'),
      noInvalidDate: true,
    }),
    tz: fc.constantFrom(...ZONES),
    me: fc.option(address, { nil: undefined }),
    myName: fc.option(phrase, { nil: undefined }),
    overrides,
  })
  .map((o) => ({
    now: o.now.toISOString(),
    tz: o.tz,
    ...(o.me === undefined ? {} : { me: o.me }),
    ...(o.myName === undefined ? {} : { myName: o.myName }),
    ...(o.overrides === undefined ? {} : { overrides: o.overrides as Overrides }),
  }));

/** Control and direction characters (issue 14 list, and the marks beside them). */
export const CONTROL =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const BROKEN =
  /NaN|Invalid Date|undefined|\[object Object\]|\{\{|\}\}|\$\{|\[(?:Company|Name|Role|Your|Date|Interviewer|First)[^\]\n]{0,30}\]/;
/** Draft HTML is paragraphs and line breaks only; any other tag, or an attribute, is markup that could run. */
const MARKUP = /<(?!\/?p>|br>)[^]/i;

const ms = (iso: string): number => Date.parse(iso);

/** Every invariant of issue 14 over one result; the empty list where all hold. */
export function violations(a: Analysis, options: AnalyzeOptions): string[] {
  const out: string[] = [];
  if (a.interview !== null && !(ms(a.interview.end) >= ms(a.interview.start)))
    out.push(`interview ends before it starts: ${a.interview.start} → ${a.interview.end}`);
  const drafts = [a.draft, ...(a.drafts ?? [])].filter((d) => d !== null);
  const texts: [string, string][] = [
    ['recommendation.on', a.recommendation.on],
    ...a.recommendation.reasons.map((r, i): [string, string] => [`reason ${i}`, r]),
    ...drafts.flatMap((d): [string, string][] => [
      [`${d.kind} subject`, d.subject],
      [`${d.kind} text`, d.text],
      [`${d.kind} html`, d.html],
    ]),
    ...(a.reminder === null
      ? []
      : ([
          ['reminder subject', a.reminder.subject],
          ['reminder body', a.reminder.body],
          ['reminder start', a.reminder.start],
          ['calendar file', reminderToIcs(a.reminder)],
        ] as [string, string][])),
    ...(a.interview === null ? [] : ([['interview start', a.interview.start]] as [string, string][])),
  ];
  // And every string and number the CLI prints of the result (messages, dates, evidence, warnings).
  const leaves = (value: unknown, where: string): void => {
    if (typeof value === 'string') texts.push([where, value]);
    else if (typeof value === 'number' && !Number.isFinite(value)) out.push(`${where} is ${value}`);
    else if (value !== null && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) leaves(v, `${where}.${k}`);
  };
  leaves(toCliJson(a), 'json');
  if (a.elapsedDays !== null && !Number.isInteger(a.elapsedDays)) out.push(`elapsedDays is ${a.elapsedDays}`);
  for (const [where, value] of texts) {
    const m = BROKEN.exec(value);
    if (m)
      out.push(
        `${where} holds "${m[0]}": ${JSON.stringify(value.slice(Math.max(0, m.index - 40), m.index + 40))}`,
      );
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(a.recommendation.on) || Number.isNaN(ms(a.recommendation.on)))
    out.push(`recommendation.on is no date: ${a.recommendation.on}`);
  for (const d of drafts) {
    if (CONTROL.test(d.subject) || /[\r\n]/.test(d.subject))
      out.push(`${d.kind} subject has a control character: ${JSON.stringify(d.subject)}`);
    if (CONTROL.test(d.text)) out.push(`${d.kind} text has a control character`);
    const tag = MARKUP.exec(d.html);
    if (tag)
      out.push(`${d.kind} html has markup: ${JSON.stringify(d.html.slice(tag.index, tag.index + 60))}`);
  }
  if (a.reminder !== null) {
    if (CONTROL.test(a.reminder.subject) || /[\r\n]/.test(a.reminder.subject))
      out.push(`reminder subject has a control character: ${JSON.stringify(a.reminder.subject)}`);
    // Issue 10's rule: the reminder a host offers (the core's proposal, moved ahead where it has passed).
    const offered = reminderAhead(a.reminder, options.now, a.tz).reminder;
    if (!(ms(offered.start) > ms(options.now)))
      out.push(`reminder in the past: ${offered.start} at ${options.now}`);
    if (!(ms(offered.end) >= ms(offered.start)))
      out.push(`reminder ends before it starts: ${offered.start} → ${offered.end}`);
  }
  return out;
}

export interface FuzzOutcome {
  readonly ms: number;
  readonly threw: string | null;
  readonly violations: readonly string[];
}

/** One call, timed, with its throw or its violations. */
export async function fuzzOnce(input: ThreadInput, options: AnalyzeOptions): Promise<FuzzOutcome> {
  const t0 = performance.now();
  try {
    const a = await analyze(input, options);
    return { ms: performance.now() - t0, threw: null, violations: violations(a, options) };
  } catch (error) {
    return {
      ms: performance.now() - t0,
      threw: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      violations: [],
    };
  }
}

/** Fixed seed of the suite's run: the same inputs every time, so a failure is reproducible. */
export const FUZZ_SEED = 14_2026;
