// `followup board` (CLI.md): the dev mailbox as a folder of .eml files and as one .mbox read as a stream; the
// table, --json, --csv and --ics; and its errors.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main';
import { fakeIo } from './io';

const MAILBOX = fileURLToPath(new URL('../fixtures/board/mailbox', import.meta.url));
const NOW = ['--now', '2026-11-26T09:00:00-05:00', '--tz', 'America/New_York'];

async function run(argv: readonly string[]): Promise<{ code: number; out: string; err: string }> {
  const io = fakeIo();
  const code = await main(['board', ...argv], io);
  return { code, out: io.out(), err: io.err() };
}

function emlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((n) =>
      statSync(path.join(dir, n)).isDirectory() ? emlFiles(path.join(dir, n)) : [path.join(dir, n)],
    );
}

/** The same mailbox as one mbox (mboxrd: `From ` lines in bodies escaped), in reverse order. */
function asMbox(): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'board-')), 'export.mbox');
  const text = emlFiles(MAILBOX)
    .reverse()
    .map((f) => {
      const body = readFileSync(f, 'utf8')
        .replace(/\r\n/g, '\n')
        .replace(/^From /gm, '>From ');
      return `From MAILER-DAEMON Thu Nov 26 09:00:00 2026\n${body}\n`;
    })
    .join('');
  writeFileSync(file, text);
  return file;
}

interface Json {
  now: string;
  applications: Record<string, unknown>[];
  skipped: number;
  warnings: unknown[];
}

describe('followup board', () => {
  it('prints the JSON of CLI.md, most urgent first', async () => {
    const { code, out, err } = await run([MAILBOX, ...NOW, '--json']);
    assert.equal(err, '');
    assert.equal(code, 0);
    const j = JSON.parse(out) as Json;
    assert.deepEqual(Object.keys(j), ['now', 'applications', 'skipped', 'warnings']);
    assert.equal(j.now, '2026-11-26T09:00:00-05:00');
    assert.deepEqual(Object.keys(j.applications[0] ?? {}), [
      'company',
      'role',
      'contact',
      'subject',
      'action',
      'on',
      'overdue',
      'interview',
      'lastMessageAt',
      'messages',
      'outcome',
    ]);
    assert.deepEqual(
      j.applications.map((a) => [a['company'], a['action'], a['on'], a['overdue']]),
      [
        ['Adatum', 'send-thank-you', '2026-11-21', true],
        ['Northwind Traders', 'follow-up', '2026-11-23', true],
        // The agency's "will come back to me by Friday, November 27" is not read as a window (extract area).
        ['Litware', 'follow-up', '2026-11-25', true],
        ['Contoso', 'follow-up', '2026-11-26', false],
        ['Fabrikam', 'wait', '2026-12-03', false],
        ['Woodgrovebank', 'closed', '2026-11-26', false],
      ],
    );
    const contoso = j.applications.find((a) => a['company'] === 'Contoso');
    assert.deepEqual(contoso?.['contact'], { name: 'Megan Cho', address: 'megan.cho@contoso.com' });
    assert.equal(contoso?.['interview'], '2026-11-10T14:00:00-05:00');
    assert.equal(contoso?.['messages'], 4);
    assert.equal(j.skipped, 8);
  });

  it('reads the same mailbox as an .mbox stream, in any order, to the same board', async () => {
    const folder = JSON.parse((await run([MAILBOX, ...NOW, '--json'])).out) as Json;
    const mbox = JSON.parse((await run([asMbox(), ...NOW, '--json'])).out) as Json;
    assert.deepEqual(mbox, folder);
  });

  it('prints the table: tag, date, what, company — role, contact', async () => {
    const { out } = await run([MAILBOX, ...NOW]);
    const lines = out.trimEnd().split('\n');
    assert.equal(lines.length, 6);
    assert.match(
      lines[3] ?? '',
      /^DUE\s+Thu Nov 26\s+follow up\s+Contoso — Senior Product Designer\s+Megan Cho$/,
    );
    assert.match(lines[4] ?? '', /^WAIT\s+Thu Dec 3\s+interview\s+Fabrikam — Product Analyst/);
  });

  it('prints CSV with a header row and the same columns', async () => {
    const { out } = await run([MAILBOX, ...NOW, '--csv']);
    const lines = out.split('\r\n');
    assert.equal(
      lines[0],
      'company,role,contact,contactAddress,subject,action,on,overdue,interview,lastMessageAt,messages,outcome',
    );
    assert.equal(lines.length, 8);
    assert.match(lines[4] ?? '', /^Contoso,Senior Product Designer,Megan Cho,megan\.cho@contoso\.com,/);
  });

  it('prints one calendar with an event for each upcoming date', async () => {
    const { out } = await run([MAILBOX, ...NOW, '--ics']);
    assert.match(out, /^BEGIN:VCALENDAR\r\n/);
    // Today's follow-up (Contoso) and the thank-you evening of Fabrikam's interview; past dates are not events.
    assert.equal(out.match(/BEGIN:VEVENT/g)?.length, 2);
    assert.match(out, /DTSTART:20261126T140000Z/);
    assert.match(out, /DTSTART:20261203T/);
  });

  const ERRORS: readonly (readonly [argv: readonly string[], code: number, message: RegExp])[] = [
    [[], 2, /board needs at least one PATH/],
    [[MAILBOX, '--json', '--csv'], 2, /--json and --csv cannot be used together/],
    [[MAILBOX, '--jsonl'], 2, /unknown option "--jsonl"/],
    [['-'], 2, /not standard input/],
    [['/no/such/folder'], 1, /cannot read \/no\/such\/folder: no such file or folder/],
    [[MAILBOX, '--tz', 'Mars/Base'], 2, /not a known time zone/],
  ];
  for (const [argv, code, message] of ERRORS)
    it(`fails clearly: board ${argv.join(' ')}`, async () => {
      const r = await run(argv);
      assert.equal(r.code, code);
      assert.equal(r.out, '');
      assert.match(r.err, message);
      assert.equal(r.err.trimEnd().split('\n').length, 1);
    });
});
