// The real command: `node bin/followup.js` as a separate process, on real .eml files.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (name: string): string =>
  fileURLToPath(new URL(`../fixtures/threads/${name}`, import.meta.url));

function followup(
  args: readonly string[],
  input?: string,
): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['bin/followup.js', ...args], {
    cwd: root,
    encoding: 'utf8',
    input,
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('node bin/followup.js (a real process)', () => {
  it('analyze --json on a real .eml exits 0 and prints the advice', () => {
    const r = followup([
      'analyze',
      fixture('apple-mail-one-follow-up-unanswered.eml'),
      '--now',
      '2026-11-27T09:00:00-05:00',
      '--tz',
      'America/New_York',
      '--me',
      'grace@example.com',
      '--json',
    ]);
    assert.equal(r.stderr, '');
    assert.equal(r.status, 0);
    const j = JSON.parse(r.stdout) as {
      recommendation: { action: string; on: string };
      draft: { kind: string };
    };
    assert.deepEqual(
      [j.recommendation.action, j.recommendation.on, j.draft.kind],
      ['follow-up', '2026-11-25', 'second-follow-up'],
    );
  });

  it('an unreadable file: one line on stderr, exit 1, nothing on stdout', () => {
    const r = followup(['analyze', 'no/such/file.eml', '--now', '2026-11-27T09:00:00Z', '--tz', 'UTC']);
    assert.equal(r.status, 1);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, 'followup: cannot read no/such/file.eml: no such file\n');
  });
});
