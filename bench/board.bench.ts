// `followup board` at scale (issue 15): mboxes of 1,000, 10,000 and 50,000 messages generated from the board's
// fixtures (each copy of the mailbox with its own companies and message ids, so copies never merge), each read
// as a stream in a child process. Prints messages per second and peak memory (max RSS); asserts nothing.
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
const SIZES = [1_000, 10_000, 50_000];

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

function generate(file: string, count: number, base: readonly string[]): void {
  writeFileSync(file, '');
  let batch = '';
  for (let i = 0; i < count; i += 1) {
    const copy = Math.floor(i / base.length);
    const t = base[i % base.length] ?? '';
    const msg = t.replace(/<([^<>@\s]+)@/g, `<${copy}.$1@`).replace(COMPANIES, (c) => `${c}${copy}`);
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
  console.log('messages | MB    | seconds | messages/s | peak RSS MB | applications | left out');
  try {
    for (const size of SIZES) {
      const file = path.join(dir, `${size}.mbox`);
      generate(file, size, base);
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
        messages: number;
        rows: number;
        skipped: number;
        maxRssKb: number;
      };
      console.log(
        `${String(r.messages).padStart(8)} | ${mb.toFixed(1).padStart(5)} | ${(r.ms / 1000).toFixed(2).padStart(7)} | ${Math.round(
          (r.messages / r.ms) * 1000,
        )
          .toString()
          .padStart(
            10,
          )} | ${(r.maxRssKb / 1024).toFixed(0).padStart(11)} | ${String(r.rows).padStart(12)} | ${r.skipped}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
