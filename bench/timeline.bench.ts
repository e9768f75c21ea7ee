// Precision, recall and F1 of the extract pipeline against chrono-node alone (adapted naively: the latest date
// chrono finds in a phrase is its response-by), on the phrase table of test/core/extract, and phrases per
// second for both, in one run (issue 3 "Measured").
import * as chrono from 'chrono-node';
import { performance } from 'node:perf_hooks';
import { findInText } from '../src/core/extract';
import { dateInZone, daysBetween, offsetMinutesAt } from '../src/core/time';
import type { Finding } from '../src/core/types';
import { PHRASE_ROWS, type Expected, type Kind, type PhraseRow } from '../test/core/extract/phrases.table';
import { ROUNDS } from '../test/core/extract/unseen.table';
import { FIRST_RUN, LANGUAGE_ROUNDS } from '../test/core/extract/languages.table';
import { reader, score as scoreRound } from '../test/core/extract/score';
import { loadLanguage } from '../src/core/extract';

interface Predicted {
  readonly kind: Kind;
  readonly by: string | null;
}

function ours(row: PhraseRow): readonly Predicted[] {
  return findInText(row.text, row.sentAt, { tz: row.tz }).map((f: Finding) => ({
    kind: f.kind,
    by:
      f.kind === 'interview'
        ? f.date
        : f.kind === 'response-by' || f.kind === 'no-contact-before'
          ? f.by
          : null,
  }));
}

function chronoAlone(row: PhraseRow): readonly Predicted[] {
  const instant = new Date(row.sentAt);
  const offset = offsetMinutesAt(Date.parse(row.sentAt), row.tz) ?? 0;
  const results = chrono.parse(row.text, { instant, timezone: offset }, { forwardDate: true });
  if (results.length === 0) return [];
  const latest = Math.max(...results.map((r) => (r.end ?? r.start).date().getTime()));
  return [{ kind: 'response-by', by: dateInZone(latest, row.tz) }];
}

function hit(p: Predicted, e: Expected): boolean {
  if (p.kind !== e.kind) return false;
  if (e.by === undefined || p.by === null) return true;
  return e.fuzzy === true ? Math.abs(daysBetween(e.by, p.by)) <= 2 : p.by === e.by;
}

function score(predict: (row: PhraseRow) => readonly Predicted[], kinds: readonly Kind[]) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const row of PHRASE_ROWS) {
    const want = row.expect.filter((e) => kinds.includes(e.kind));
    const got = predict(row).filter((p) => kinds.includes(p.kind));
    const matched = want.filter((e) => got.some((p) => hit(p, e))).length;
    tp += matched;
    fn += want.length - matched;
    fp += got.filter((p) => !want.some((e) => hit(p, e))).length;
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

function speed(predict: (row: PhraseRow) => readonly Predicted[]): number {
  const rounds = 5;
  for (const row of PHRASE_ROWS) predict(row); // warm-up
  const start = performance.now();
  for (let i = 0; i < rounds; i += 1) for (const row of PHRASE_ROWS) predict(row);
  return (rounds * PHRASE_ROWS.length) / ((performance.now() - start) / 1000);
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

/** A row is right when every expected finding is found and nothing else is. */
function rowRight(row: PhraseRow): boolean {
  const got = ours(row);
  return (
    row.expect.every((e) => got.some((p) => hit(p, e))) && got.every((p) => row.expect.some((e) => hit(p, e)))
  );
}

/** The held-out rounds: first-run score (before the fixes they led to, recorded) and today's. */
function heldOut(): void {
  console.log('\n| held-out round | rows | right at first run | right now |');
  console.log('|---|---|---|---|');
  let first = 0;
  let now = 0;
  let total = 0;
  for (const r of ROUNDS) {
    const right = r.rows.filter(rowRight).length;
    first += r.firstRun;
    now += right;
    total += r.rows.length;
    console.log(
      `| ${r.name} | ${r.rows.length} | ${r.firstRun} (${pct(r.firstRun / r.rows.length)}) | ${right} (${pct(right / r.rows.length)}) |`,
    );
  }
  console.log(`| all | ${total} | ${first} (${pct(first / total)}) | ${now} (${pct(now / total)}) |`);
}

/** Issue 13's rounds, per language: first-run figures (recorded) and today's. */
async function perLanguage(): Promise<void> {
  const read = reader(await Promise.all((['de', 'fr', 'es'] as const).map(loadLanguage)));
  console.log('\n| round | language | rows | first run F1 | P now | R now | F1 now | negatives empty now |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const r of LANGUAGE_ROUNDS) {
    const s = scoreRound(r.rows, read);
    const first = FIRST_RUN[r.name];
    console.log(
      `| ${r.name} | ${r.language} | ${r.rows.length} | ${first === undefined ? '-' : pct(first.f1)} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.f1)} | ${pct(s.negativesEmpty)} |`,
    );
  }
}

export async function run(): Promise<void> {
  const all: readonly Kind[] = ['response-by', 'interview', 'no-contact-before', 'no-calls', 'outcome'];
  const rows = [
    ['pipeline, response-by only', score(ours, ['response-by'])],
    ['chrono alone, response-by only', score(chronoAlone, ['response-by'])],
    ['pipeline, all kinds', score(ours, all)],
    ['chrono alone, all kinds', score(chronoAlone, all)],
  ] as const;
  console.log(
    `${PHRASE_ROWS.length} phrases (${PHRASE_ROWS.filter((r) => r.expect.length === 0).length} negatives)\n`,
  );
  console.log('| detector | TP | FP | FN | precision | recall | F1 |');
  console.log('|---|---|---|---|---|---|---|');
  for (const [name, s] of rows)
    console.log(
      `| ${name} | ${s.tp} | ${s.fp} | ${s.fn} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.f1)} |`,
    );
  heldOut();
  await perLanguage();
  console.log(
    `\nphrases per second: pipeline ${speed(ours).toFixed(0)}, chrono alone ${speed(chronoAlone).toFixed(0)}`,
  );
}
