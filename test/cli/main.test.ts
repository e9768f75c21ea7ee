// `followup analyze` and its errors, through main() with fake streams (CLI.md).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main';
import { fakeIo } from './io';

const fixture = (name: string): string =>
  fileURLToPath(new URL(`../fixtures/threads/${name}`, import.meta.url));
const NOW = ['--now', '2026-11-18T09:00:00-05:00', '--tz', 'America/New_York', '--me', 'grace@example.com'];

async function run(argv: readonly string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  const io = fakeIo(stdin);
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe('followup analyze --json', () => {
  it('prints one object in the shape of CLI.md', async () => {
    const { code, out, err } = await run([
      'analyze',
      fixture('outlook-within-two-weeks.eml'),
      ...NOW,
      '--json',
    ]);
    assert.equal(err, '');
    assert.equal(code, 0);
    const j = JSON.parse(out) as Record<string, unknown>;
    assert.deepEqual(Object.keys(j), [
      'candidate',
      'messages',
      'interview',
      'timeline',
      'noCalls',
      'outcome',
      'elapsedDays',
      'recommendation',
      'draft',
      'reminder',
      'warnings',
    ]);
    assert.equal(j['candidate'], 'grace@example.com');
    assert.deepEqual(j['interview'], {
      start: '2026-11-10T14:00:00-05:00',
      end: '2026-11-10T15:00:00-05:00',
      evidence: { message: 0, text: (j['interview'] as { evidence: { text: string } }).evidence.text },
    });
    assert.deepEqual(j['timeline'], { by: '2026-11-25', phrase: 'within two weeks', message: 2 });
    assert.equal(j['noCalls'], false);
    assert.equal(j['outcome'], null);
    assert.equal(j['elapsedDays'], 8);
    const rec = j['recommendation'] as Record<string, unknown>;
    assert.deepEqual(Object.keys(rec), ['action', 'on', 'overdue', 'channel', 'reasons']);
    assert.equal(rec['action'], 'wait');
    assert.equal(rec['on'], '2026-11-26');
    assert.deepEqual(Object.keys(j['draft'] as object), ['kind', 'subject', 'text', 'html']);
    assert.deepEqual(j['reminder'], {
      subject: (j['reminder'] as { subject: string }).subject,
      start: '2026-11-26T09:00:00-05:00',
      end: '2026-11-26T09:15:00-05:00',
      body: (j['reminder'] as { body: string }).body,
    });
  });

  it('lists messages oldest first with from, name, role, sentAt, text, signature, quoted', async () => {
    const { out } = await run(['analyze', fixture('outlook-within-two-weeks.eml'), ...NOW, '--json']);
    const messages = (JSON.parse(out) as { messages: Record<string, unknown>[] }).messages;
    assert.equal(messages.length, 3);
    assert.deepEqual(Object.keys(messages[0] ?? {}), [
      'from',
      'name',
      'role',
      'sentAt',
      'text',
      'signature',
      'quoted',
    ]);
    assert.deepEqual(
      messages.map((m) => [m['from'], m['role'], m['sentAt'], m['quoted']]),
      [
        ['ada@contoso.com', 'employer', '2026-11-03T09:00:00-05:00', true],
        ['grace@example.com', 'candidate', '2026-11-10T19:30:00-05:00', true],
        ['ada@contoso.com', 'employer', '2026-11-11T10:00:00-05:00', false],
      ],
    );
  });

  it('several FILEs are one thread', async () => {
    const { code, out } = await run([
      'analyze',
      fixture('outlook-confirmation-only.eml'),
      fixture('gmail-rejection.eml'),
      ...NOW,
      '--json',
    ]);
    assert.equal(code, 0);
    assert.ok((JSON.parse(out) as { messages: unknown[] }).messages.length >= 4);
  });

  it('reads standard input with -, sniffing an .eml', async () => {
    const eml = readFileSync(fixture('apple-mail-thank-you-sent.eml'), 'utf8');
    const { code, out } = await run(['analyze', '-', ...NOW, '--json'], eml);
    assert.equal(code, 0);
    const j = JSON.parse(out) as { recommendation: { action: string; on: string } };
    assert.deepEqual([j.recommendation.action, j.recommendation.on], ['follow-up', '2026-11-17']);
  });

  it('reads an .mbox as one thread', async () => {
    const { code, out } = await run([
      'analyze',
      fixture('mbox-thank-you-then-timeline.mbox'),
      ...NOW,
      '--json',
    ]);
    assert.equal(code, 0);
    const j = JSON.parse(out) as { messages: unknown[]; timeline: { by: string } };
    assert.deepEqual([j.messages.length, j.timeline.by], [3, '2026-11-23']);
  });

  it('reads standard input with -, sniffing an mbox', async () => {
    const mbox = readFileSync(fixture('mbox-thank-you-then-timeline.mbox'), 'utf8');
    const { code, out } = await run(['analyze', '-', ...NOW, '--json'], mbox);
    assert.equal(code, 0);
    assert.equal((JSON.parse(out) as { messages: unknown[] }).messages.length, 3);
  });

  it('reads a plain-text body', async () => {
    const { code, out } = await run(['analyze', fixture('plain-body-no-dates.txt'), ...NOW, '--json']);
    assert.equal(code, 0);
    const j = JSON.parse(out) as { interview: unknown; draft: unknown; recommendation: { action: string } };
    assert.deepEqual([j.recommendation.action, j.interview, j.draft], ['set-interview-date', null, null]);
  });
});

describe('followup analyze --jsonl', () => {
  it('prints one object per FILE, one a line, in order, each with "file"', async () => {
    const files = [
      fixture('gmail-rejection.eml'),
      fixture('outlook-offer.eml'),
      fixture('outlook-within-two-weeks.eml'),
    ];
    const { code, out } = await run(['analyze', ...files, ...NOW, '--jsonl']);
    assert.equal(code, 0);
    const lines = out.trimEnd().split('\n');
    assert.equal(lines.length, 3);
    const parsed = lines.map((l) => JSON.parse(l) as { file: string; outcome: string | null });
    assert.deepEqual(
      parsed.map((p) => p.file),
      files,
    );
    assert.deepEqual(
      parsed.map((p) => p.outcome),
      ['rejected', 'offer', null],
    );
  });
});

describe('followup analyze: the human summary', () => {
  it('puts the recommendation first, then the facts and the draft', async () => {
    const { code, out } = await run(['analyze', fixture('outlook-within-two-weeks.eml'), ...NOW]);
    assert.equal(code, 0);
    const lines = out.split('\n');
    assert.equal(lines[0], 'Wait until Thursday, November 26.');
    assert.match(out, /within two weeks/);
    assert.match(out, /Draft \(follow-up\): Re: Interview for the Data Analyst position/);
    assert.match(out, /Reminder: .*2026-11-26T09:00:00-05:00/);
  });

  const facts: readonly [string, RegExp][] = [
    [
      'the interview as a day and clock times, and how long ago',
      /^Interview: +Tuesday, November 10, 2:00 PM–3:00 PM, 8 days ago$/m,
    ],
    ["the employer's window as a day", /^Timeline: +by Wednesday, November 25 \("within two weeks"\)$/m],
    [
      'the reminder as a day and time first',
      /^Reminder: +Thursday, November 26 at 9:00 AM: Follow up if no news: /m,
    ],
  ];
  for (const [name, want] of facts)
    it(`reads as a person would write it: ${name}`, async () => {
      const { out } = await run(['analyze', fixture('outlook-within-two-weeks.eml'), ...NOW]);
      assert.match(out, want);
    });

  it("a panel: the other interviewers' thank-you notes follow the main one; no --me needed", async () => {
    const { code, out } = await run([
      'analyze',
      fixture('gmail-panel-interview-today-thank-you-due.eml'),
      '--now',
      '2026-12-07T19:00:00-05:00',
      '--tz',
      'America/New_York',
    ]);
    assert.equal(code, 0);
    assert.match(out, /^Send a thank-you note by Tuesday, December 8\.$/m);
    assert.match(out, /candidate: lena\.kowalski@gmail\.com/);
    assert.match(out, /Thank-you to another interviewer:\n {4}Hi Rachel,/);
    assert.match(out, /Thank-you to another interviewer:\n {4}Hi Tom,/);
    assert.match(out, /Also drafted \(in the add-in\): a LinkedIn message, a handwritten note\./);
  });
});

describe('followup: errors are one line on stderr and a non-zero exit', () => {
  const rows: readonly [string, readonly string[], number, RegExp][] = [
    [
      'an unreadable file',
      ['analyze', '/nonexistent/thread.eml', ...NOW],
      1,
      /^followup: cannot read \/nonexistent\/thread\.eml: no such file\n$/,
    ],
    [
      'a directory',
      ['analyze', fileURLToPath(new URL('../fixtures/threads/', import.meta.url)), ...NOW],
      1,
      /is a directory/,
    ],
    ['an unknown flag', ['analyze', 'x.eml', '--verbose'], 2, /^followup: unknown option "--verbose"/],
    ['a flag missing its value', ['analyze', 'x.eml', '--now'], 2, /^followup: --now needs a value\n$/],
    [
      'a bad --now',
      ['analyze', 'x.eml', '--now', 'yesterday'],
      2,
      /--now "yesterday" is not an ISO 8601 date-time/,
    ],
    [
      'an unknown --tz',
      ['analyze', 'x.eml', '--tz', 'Mars/Olympus'],
      2,
      /--tz "Mars\/Olympus" is not a known time zone/,
    ],
    ['a bad --me', ['analyze', 'x.eml', '--me', 'grace'], 2, /--me "grace" is not an email address/],
    ['--json with --jsonl', ['analyze', 'x.eml', '--json', '--jsonl'], 2, /cannot be used together/],
    ['no FILE', ['analyze', '--json'], 2, /needs at least one FILE/],
    ['an unknown subcommand', ['analyse', 'x.eml'], 2, /^followup: unknown command "analyse"/],
  ];
  for (const [name, argv, code, message] of rows) {
    it(name, async () => {
      const r = await run(argv);
      assert.equal(r.code, code);
      assert.equal(r.out, '');
      assert.match(r.err, message);
      assert.equal(r.err.trimEnd().split('\n').length, 1);
    });
  }

  it('--help prints the usage on stdout and exits 0', async () => {
    const r = await run(['--help']);
    assert.equal(r.code, 0);
    assert.match(r.out, /followup analyze FILE\.\.\./);
  });

  it('no arguments prints the usage on stderr and exits 2', async () => {
    const r = await run([]);
    assert.equal(r.code, 2);
    assert.match(r.err, /Usage:/);
  });

  it('--now without an offset is read in --tz; a date alone is its midnight', async () => {
    const a = await run([
      'analyze',
      fixture('outlook-within-two-weeks.eml'),
      '--now',
      '2026-12-01T09:00',
      '--tz',
      'America/New_York',
      '--json',
    ]);
    const b = await run([
      'analyze',
      fixture('outlook-within-two-weeks.eml'),
      '--now=2026-12-01',
      '--tz=America/New_York',
      '--json',
    ]);
    assert.equal(
      (JSON.parse(a.out) as { recommendation: { action: string } }).recommendation.action,
      'follow-up',
    );
    assert.equal((JSON.parse(b.out) as { elapsedDays: number }).elapsedDays, 21);
  });
});

describe('followup timeline', () => {
  it('is wired to runTimeline: one answer line per input line, bad lines get an error', async () => {
    const input = `${JSON.stringify({ id: 'a', text: "We'll be in touch within two weeks.", sentAt: '2026-11-11T10:00:00-05:00', tz: 'America/New_York' })}\nnot json\n`;
    const r = await run(['timeline', '--tz', 'America/New_York'], input);
    assert.equal(r.code, 0);
    const lines = r.out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.equal(lines.length, 2);
    assert.equal(lines[0]?.['id'], 'a');
    assert.ok('error' in (lines[1] ?? {}));
  });
});
