// `followup board` at scale (issue 15): mboxes of 1,000, 10,000 and 50,000 messages generated from the board's
// fixtures (each copy of a message with its own companies, subject number and message ids, so copies never
// merge), each read as a stream in a child process. Two mixes: "mailbox", where one message in ten belongs to
// an application thread and the rest is the fixtures' alerts, newsletters, receipts and personal mail (a job
// seeker's inbox), and "all", the fixtures as they are (two thirds application mail: the worst case, since
// every application thread is analysed in full). Prints messages per second and peak memory (max RSS).
import { execFileSync } from 'node:child_process';
import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  appendFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const FIXTURES = path.join(here, '..', 'test', 'fixtures', 'board');
const RUNS: readonly (readonly [mix: 'mailbox' | 'all', size: number])[] = [
  ['mailbox', 1_000],
  ['mailbox', 10_000],
  ['mailbox', 50_000],
  ['all', 1_000],
  ['all', 10_000],
];
/** The people and senders of the fixtures' mail that is not an application (in From or To). */
const OTHER_PEOPLE =
  '(?:linkedin|indeed|productweekly|coursera|apexsearchpartners|designdialogues|fabrikam-bank|outlook|glassdoor|ziprecruiter|uber|hbr|talentscout|chicagotribune|northsidedental)\\.[a-z.]+';
const OTHER_SENDERS = new RegExp(`^(?:From|To): .*@${OTHER_PEOPLE}`, 'im');
const OTHER_ADDRESS = new RegExp(`([\\w.-]+)@(${OTHER_PEOPLE})`, 'g');

// The employers of the fixtures: renamed per copy ("contoso" -> "contoso17") in addresses, names and text.
const COMPANIES =
  /contoso|northwind|fabrikam|litware|adatum|woodgrove|brightpath|globex|initech|umbrella|vandelay|stark|wayne|hooli|lumiere|lumière|peoplefirst/gi;

function emls(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((n) => {
      const full = path.join(dir, n);
      return statSync(full).isDirectory()
        ? emls(full)
        : n.endsWith('.eml')
          ? [readFileSync(full, 'utf8')]
          : [];
    });
}

function heldOut(): string[] {
  return readFileSync(path.join(FIXTURES, 'heldout.mbox'), 'utf8')
    .split(/^From MAILER-DAEMON .*\n/m)
    .filter((m) => m.trim() !== '');
}

/** Both fixture mailboxes as one person's: the held-out candidate's address becomes the dev mailbox's. */
function templates(): string[] {
  return [...emls(path.join(FIXTURES, 'mailbox')), ...heldOut()].map((t) =>
    t
      .replace(/\r\n/g, '\n')
      .replace(/^From /gm, '>From ')
      .replace(/aisha\.bello@outlook\.com/g, 'jordan.rivera@gmail.com'),
  );
}

/** The i-th message of a mix: in "mailbox", every tenth from the application templates, the rest other mail. */
function pick(
  i: number,
  mix: 'mailbox' | 'all',
  apps: readonly string[],
  other: readonly string[],
  all: readonly string[],
) {
  if (mix === 'all') return { t: all[i % all.length] ?? '', copy: Math.floor(i / all.length) };
  if (i % 10 === 0) return { t: apps[(i / 10) % apps.length] ?? '', copy: Math.floor(i / 10 / apps.length) };
  const k = i - Math.floor(i / 10) - 1;
  return { t: other[k % other.length] ?? '', copy: Math.floor(k / other.length) };
}

function generate(file: string, count: number, mix: 'mailbox' | 'all', base: readonly string[]): void {
  const other = base.filter((t) => OTHER_SENDERS.test(t));
  const apps = base.filter((t) => !OTHER_SENDERS.test(t));
  writeFileSync(file, '');
  let batch = '';
  for (let i = 0; i < count; i += 1) {
    const { t, copy } = pick(i, mix, apps, other, base);
    const msg = t
      // Other mail: each copy another issue of a newsletter, another sender of a receipt, another person.
      .replace(/^(Subject: .*)$/m, OTHER_SENDERS.test(t) ? `$1 #${copy}` : '$1')
      .replace(OTHER_ADDRESS, OTHER_SENDERS.test(t) ? `$1+${copy}@$2` : '$1@$2')
      // Only the ids: an address in From or To keeps its local part (the owner must stay the owner).
      .replace(/^((?:message-id|in-reply-to|references):.*)$/gim, (line) =>
        line.replace(/<([^<>@\s]+)@/g, `<${copy}.$1@`),
      )
      .replace(COMPANIES, (c) => `${c}${copy}`);
    batch += `From MAILER-DAEMON Thu Nov 26 09:00:00 2026\n${msg}\n`;
    if (batch.length > 1 << 20) {
      appendFileSync(file, batch);
      batch = '';
    }
  }
  appendFileSync(file, batch);
}

export function run(): void {
  const dir = mkdtempSync(path.join(tmpdir(), 'board-bench-'));
  const base = templates();
  console.log(`templates: ${base.length} messages (the dev mailbox and the held-out mailbox)`);
  console.log(
    'mix     | messages | MB    | wall s | CPU s | messages/CPU s | peak RSS MB | applications | left out',
  );
  try {
    for (const [mix, size] of RUNS) {
      const file = path.join(dir, `${mix}-${size}.mbox`);
      generate(file, size, mix, base);
      const mb = statSync(file).size / 1e6;
      const out = execFileSync(
        process.execPath,
        ['--import', 'tsx', path.join(here, 'boardWorker.ts'), file],
        {
          encoding: 'utf8',
          maxBuffer: 1 << 20,
        },
      );
      const r = JSON.parse(out) as {
        ms: number;
        cpuMs: number;
        messages: number;
        rows: number;
        skipped: number;
        maxRssKb: number;
      };
      const cells = [
        mix.padEnd(7),
        String(r.messages).padStart(8),
        mb.toFixed(1).padStart(5),
        (r.ms / 1000).toFixed(1).padStart(6),
        (r.cpuMs / 1000).toFixed(1).padStart(5),
        String(Math.round((r.messages / r.cpuMs) * 1000)).padStart(14),
        (r.maxRssKb / 1024).toFixed(0).padStart(11),
        String(r.rows).padStart(12),
        String(r.skipped),
      ];
      console.log(cells.join(' | '));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
