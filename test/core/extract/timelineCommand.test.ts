import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { runTimeline } from '../../../src/cli/timelineCommand';

async function run(
  argv: readonly string[],
  input: string,
): Promise<{ code: number; out: string[]; err: string }> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  stdin.end(input);
  const code = await runTimeline(argv, { stdin, stdout, stderr });
  return { code, out: out.split('\n').filter((l) => l !== ''), err };
}

const line = (o: object): string => JSON.stringify(o);
const NY = { sentAt: '2026-11-10T10:00:00-05:00', tz: 'America/New_York' };

describe('followup timeline (CLI.md)', () => {
  it('answers each line on its own line, in order, and survives a bad line', async () => {
    const input = [
      line({ id: 'a', text: "We'll get back to you within two weeks.", ...NY }),
      '{not json',
      line({ id: 'c', text: 'See you tomorrow at 9:30!', ...NY }),
      line({ id: 'd', text: 'Please do not call the office.', ...NY }),
    ].join('\n');
    const { code, out } = await run([], input);
    assert.equal(code, 0);
    assert.equal(out.length, 4);
    assert.deepEqual(JSON.parse(out[0] ?? ''), {
      id: 'a',
      found: [{ kind: 'response-by', by: '2026-11-24', phrase: 'within two weeks' }],
    });
    assert.ok('error' in JSON.parse(out[1] ?? '{}'));
    assert.deepEqual(JSON.parse(out[2] ?? '').found, [
      { kind: 'interview', by: '2026-11-11', time: '09:30', phrase: 'See you tomorrow at 9:30!' },
    ]);
    assert.deepEqual(JSON.parse(out[3] ?? '').found, [{ kind: 'no-calls', phrase: 'Please do not call' }]);
  });

  it('uses --tz for a line without its own zone', async () => {
    const { out } = await run(
      ['--tz', 'Europe/London'],
      line({ id: 'x', text: 'We will let you know by 12/6.', sentAt: '2026-06-05T09:00:00+01:00' }),
    );
    assert.deepEqual(JSON.parse(out[0] ?? '').found, [
      { kind: 'response-by', by: '2026-06-12', phrase: 'by 12/6' },
    ]);
  });

  it('reports a line without text or with a bad sentAt as an error on its line', async () => {
    const { out } = await run(
      [],
      [line({ id: 1, sentAt: NY.sentAt }), line({ id: 2, text: 'hi', sentAt: 'yesterday' }), '[]'].join('\n'),
    );
    assert.equal(out.length, 3);
    for (const l of out) assert.ok('error' in JSON.parse(l));
  });

  it('an unknown option is an error on stderr with a non-zero exit', async () => {
    const { code, err, out } = await run(['--bogus'], '');
    assert.equal(code, 2);
    assert.match(err, /unknown option/);
    assert.deepEqual(out, []);
  });

  it('answers a line whose zone is unknown in UTC and says so on stderr', async () => {
    const { code, out, err } = await run(
      [],
      line({ id: 'z', text: 'We will decide by Friday.', sentAt: '2026-11-10T10:00:00Z', tz: 'Mars/Base' }),
    );
    assert.equal(code, 0);
    assert.deepEqual(JSON.parse(out[0] ?? '').found, [
      { kind: 'response-by', by: '2026-11-13', phrase: 'by Friday' },
    ]);
    assert.match(err, /id "z": Unknown time zone "Mars\/Base"/);
  });
});
