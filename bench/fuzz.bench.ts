// `npm run bench -- fuzz`: the reliability fuzz of issue 14 at scale. analyze() over generated raw mail, Office
// fields and bare bodies (test/fuzz/analyzeFuzz.ts), counting throws, calls over 1 s and invariant
// violations: all must be zero. FUZZ_RUNS and FUZZ_SEED change the run; the suite runs the first 300.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { analyzeOptions, FUZZ_SEED, fuzzOnce, threadInput } from '../test/fuzz/analyzeFuzz';

const SLOW_MS = 1_000;

/** An input as JSON, bytes as text, cut to a readable length. */
function shown(value: unknown, max = 700): string {
  const json = JSON.stringify(value, (_k, v: unknown) =>
    v instanceof Uint8Array ? new TextDecoder().decode(v) : v,
  );
  return json.length > max ? `${json.slice(0, max)}…` : json;
}

export async function run(): Promise<void> {
  const runs = Number(process.env['FUZZ_RUNS'] ?? 5_000);
  const seed = Number(process.env['FUZZ_SEED'] ?? FUZZ_SEED);
  let throws = 0;
  let slow = 0;
  let maxMs = 0;
  let total = 0;
  const classes = new Map<string, { count: number; example: string }>();
  const t0 = performance.now();
  await fc.assert(
    fc.asyncProperty(threadInput, analyzeOptions, async (input, options) => {
      const outcome = await fuzzOnce(input, options);
      total++;
      maxMs = Math.max(maxMs, outcome.ms);
      const found = outcome.threw === null ? [...outcome.violations] : [`throws: ${outcome.threw}`];
      // The machine is shared: a slow call is timed again, and counts only if it is slow twice.
      const again = outcome.ms > SLOW_MS ? (await fuzzOnce(input, options)).ms : 0;
      if (again > SLOW_MS) {
        slow++;
        const file = path.join(tmpdir(), `followup-fuzz-slow-${slow}.json`);
        writeFileSync(file, shown({ input, options }, Number.POSITIVE_INFINITY));
        found.push(`over 1 s: ${outcome.ms.toFixed(0)} and ${again.toFixed(0)} ms (input in ${file})`);
      }
      if (outcome.threw !== null) throws++;
      for (const v of found) {
        // The class is the violation's words before its details.
        const key = v.replace(/[:"(].*$/s, '').trim();
        const seen = classes.get(key);
        if (seen) seen.count++;
        else classes.set(key, { count: 1, example: `${v.slice(0, 300)}\n  ${shown({ input, options })}` });
      }
      return true;
    }),
    { seed, numRuns: runs },
  );
  const seconds = (performance.now() - t0) / 1000;
  const violations = [...classes.values()].reduce((n, c) => n + c.count, 0) - throws - slow;
  console.log('| runs | seed | time (s) | throws | calls over 1 s | slowest (ms) | invariant violations |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  console.log(
    `| ${total} | ${seed} | ${seconds.toFixed(0)} | ${throws} | ${slow} | ${maxMs.toFixed(0)} | ${violations} |`,
  );
  for (const [key, c] of classes) console.log(`\n- ${key}: ${c.count}\n  e.g. ${c.example}`);
  if (throws + slow + violations > 0) process.exitCode = 1;
}
