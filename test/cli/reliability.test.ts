// The CLI hides no problem (issue 14, CLI.md "warnings"): a file with no mail is named on stderr and fails the
// run, a file bigger than the core reads says so, `--json` carries `warnings`, and a reader that stops early
// (`| head`) ends the run quietly.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cutNotice } from '../../src/cli/inputWarnings';
import { main } from '../../src/cli/main';
import { fakeIo } from './io';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (name: string): string =>
  fileURLToPath(new URL(`../fixtures/threads/${name}`, import.meta.url));
const NOW = ['--now', '2026-11-18T09:00:00-05:00', '--tz', 'America/New_York'];
const dir = mkdtempSync(path.join(tmpdir(), 'followup-cli-'));
const file = (name: string, data: string | Uint8Array): string => {
  const p = path.join(dir, name);
  writeFileSync(p, data);
  return p;
};

async function run(argv: readonly string[], stdin = '') {
  const io = fakeIo(stdin);
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err() };
}

interface Json {
  readonly warnings: readonly { code: string; message: string }[];
  readonly recommendation: { action: string };
  readonly messages: readonly unknown[];
}

describe('a file with no mail: named on stderr, a warning in --json, exit 1', () => {
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]);
  const rows: readonly { name: string; path: () => string; code: string }[] = [
    { name: 'an empty .eml', path: () => file('empty.eml', ''), code: 'empty-input' },
    { name: '/dev/null', path: () => '/dev/null', code: 'empty-input' },
    { name: 'only blank lines', path: () => file('blank.txt', '\n \r\n\t\n'), code: 'empty-input' },
    { name: 'a PNG named .eml', path: () => file('image.eml', png), code: 'binary-input' },
    {
      name: 'control bytes, no NUL',
      path: () => file('ctl.txt', '\u0001\u0002\u0003\u0004abc'.repeat(50)),
      code: 'binary-input',
    },
    {
      name: 'an unknown extension, binary',
      path: () =>
        file(
          'data.bin',
          Uint8Array.from({ length: 4096 }, (_, i) => i % 256),
        ),
      code: 'binary-input',
    },
  ];
  for (const row of rows)
    it(row.name, async () => {
      const p = row.path();
      const r = await run(['analyze', p, ...NOW, '--json']);
      assert.equal(r.code, 1);
      assert.match(r.err, new RegExp(`^followup: warning: ${p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} is `));
      assert.equal(r.err.split('\n').filter(Boolean).length, 1);
      const j = JSON.parse(r.out) as Json;
      assert.equal(j.warnings[0]?.code, row.code);
      assert.ok(j.warnings[0]?.message.includes(p));
      assert.deepEqual(j.messages, []);
    });

  it('the human summary fails the same way, says it on stderr, and advises nothing', async () => {
    const r = await run(['analyze', '/dev/null', ...NOW]);
    assert.equal(r.code, 1);
    assert.equal(r.out, '');
    assert.equal(r.err, 'followup: warning: /dev/null is empty: there is no mail to read in it.\n');
  });

  it('beside a real thread: the thread is analysed without it, the run still fails', async () => {
    const empty = file('empty2.eml', '');
    const r = await run(['analyze', fixture('outlook-within-two-weeks.eml'), empty, ...NOW, '--json']);
    assert.equal(r.code, 1);
    const j = JSON.parse(r.out) as Json;
    assert.ok(j.messages.length > 0);
    assert.notEqual(j.recommendation.action, 'set-interview-date');
    assert.deepEqual(
      j.warnings.map((w) => w.code),
      ['empty-input'],
    );
  });

  it('--jsonl: each file carries its own warnings', async () => {
    const empty = file('empty3.eml', '');
    const r = await run(['analyze', fixture('outlook-within-two-weeks.eml'), empty, ...NOW, '--jsonl']);
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Json & { file: string });
    assert.deepEqual(
      lines.map((l) => l.warnings.map((w) => w.code)),
      [[], ['empty-input', 'no-messages']],
    );
    assert.equal(r.code, 1);
  });

  it('standard input that is empty is named as such', async () => {
    const r = await run(['analyze', '-', ...NOW, '--json'], '');
    assert.equal(r.code, 1);
    assert.equal(r.err, 'followup: warning: standard input is empty: there is no mail to read in it.\n');
  });

  it('UTF-16 text with its byte-order mark is text, not binary', async () => {
    const text = '\ufeffWe will be in touch within two weeks.';
    const bytes = new Uint8Array(Buffer.from(text, 'utf16le'));
    const r = await run(['analyze', file('utf16.txt', bytes), ...NOW, '--json']);
    assert.doesNotMatch(r.err, /binary/);
  });
});

describe('--json always carries warnings', () => {
  it('empty where there is none', async () => {
    const r = await run(['analyze', fixture('outlook-within-two-weeks.eml'), ...NOW, '--json']);
    assert.equal(r.code, 0);
    assert.deepEqual((JSON.parse(r.out) as Json).warnings, []);
  });
  it("the core's own (an unknown charset) as {code, message}", async () => {
    const eml = file(
      'charset.eml',
      'From: Ada <ada@contoso.com>\r\nTo: me@example.com\r\nSubject: Interview\r\nDate: Tue, 10 Nov 2026 15:04:00 -0500\r\nContent-Type: text/plain; charset=x-nonsense\r\n\r\nHello\r\n',
    );
    const r = await run(['analyze', eml, ...NOW, '--json']);
    assert.equal(r.code, 0);
    const w = (JSON.parse(r.out) as Json).warnings;
    assert.deepEqual(Object.keys(w[0] ?? {}), ['code', 'message']);
    assert.equal(w[0]?.code, 'unknown-charset');
  });
  it('a body bigger than the core reads is cut with notice, naming the file', async () => {
    const big = file('big.txt', `We will be in touch within two weeks.\n${'x'.repeat(8_100_000)}`);
    const r = await run(['analyze', big, ...NOW, '--json']);
    assert.equal(r.code, 0);
    assert.match(r.err, /^followup: warning: .*big\.txt is 8 MB: only its first 8 MB of text were read\.\n$/);
    const codes = (JSON.parse(r.out) as Json).warnings.map((w) => w.code);
    assert.equal(codes[0], 'input-truncated');
  });
});

describe('a file bigger than the core reads is named with what was read', () => {
  const rows = [
    {
      name: 'a 50 MB .eml',
      raw: { kind: 'mime', data: '' },
      bytes: 50e6,
      notice: 'big is 50 MB: only its first 25 MB were read.',
    },
    { name: 'a 25 MB .eml is read whole', raw: { kind: 'mime', data: '' }, bytes: 25e6, notice: null },
    {
      name: 'a 9 MB text body',
      raw: { kind: 'body', body: 'x'.repeat(9e6), bodyType: 'text' },
      bytes: 9e6,
      notice: 'big is 9 MB: only its first 8 MB of text were read.',
    },
  ] as const;
  for (const row of rows)
    it(row.name, () => assert.equal(cutNotice('big', row.raw, row.bytes)?.message ?? null, row.notice));
});

describe('output piped into a reader that stops early', () => {
  it('ends quietly: no EPIPE stack trace', async () => {
    const files = Array.from({ length: 40 }, () => fixture('outlook-within-two-weeks.eml'));
    const child = spawn(process.execPath, ['bin/followup.js', 'analyze', ...files, ...NOW, '--jsonl'], {
      cwd: root,
    });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    // Like `head -1`: read the first chunk, then close the pipe.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(stderr, '');
    assert.equal(code, 0);
  });
});
