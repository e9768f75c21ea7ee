// Precision, recall and F1 over expected findings, and the share of negative rows left empty: the figures of the
// held-out rounds (languages.table.ts), shared by languages.test.ts and bench/timeline.bench.ts.
import { findInText, type LanguageTables } from '../../../src/core/extract';
import { daysBetween } from '../../../src/core/time';
import type { Finding } from '../../../src/core/types';
import type { Expected, PhraseRow } from './phrases.table';

export function dateOf(f: Finding): string | null {
  return f.kind === 'interview'
    ? f.date
    : f.kind === 'response-by' || f.kind === 'no-contact-before'
      ? f.by
      : null;
}

/** A finding meets an expectation: same kind, the day (within two where fuzzy), the time and the outcome. */
export function meets(f: Finding, e: Expected): boolean {
  if (f.kind !== e.kind) return false;
  const date = dateOf(f);
  if (e.by !== undefined && date !== null) {
    if (e.fuzzy === true ? Math.abs(daysBetween(e.by, date)) > 2 : date !== e.by) return false;
  }
  if (f.kind === 'interview' && e.time !== undefined && f.time !== e.time) return false;
  if (f.kind === 'outcome' && e.outcome !== undefined && f.outcome !== e.outcome) return false;
  return true;
}

export interface Score {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Negative rows (nothing expected) that yielded nothing, over all negative rows. */
  readonly negativesEmpty: number;
  /** Rows whose findings are exactly the expected ones. */
  readonly rowsRight: number;
}

/** How a row is read: by findInText, with the languages other than English that are loaded. */
export function reader(languages: readonly LanguageTables[] = []) {
  return (row: PhraseRow): readonly Finding[] => findInText(row.text, row.sentAt, { tz: row.tz, languages });
}

export const readRow = reader();

export function score(rows: readonly PhraseRow[], read = readRow): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let negatives = 0;
  let empty = 0;
  let right = 0;
  for (const row of rows) {
    const got = read(row);
    const matched = row.expect.filter((e) => got.some((f) => meets(f, e))).length;
    const extra = got.filter((f) => !row.expect.some((e) => meets(f, e))).length;
    tp += matched;
    fn += row.expect.length - matched;
    fp += extra;
    if (row.expect.length === 0) {
      negatives += 1;
      if (got.length === 0) empty += 1;
    }
    if (matched === row.expect.length && extra === 0) right += 1;
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    tp,
    fp,
    fn,
    precision,
    recall,
    f1,
    negativesEmpty: negatives === 0 ? 1 : empty / negatives,
    rowsRight: right,
  };
}

/** A row's expected findings as a test title: "response-by 2026-11-16, no-calls" or "nothing". */
export function expectedLabel(row: PhraseRow): string {
  return row.expect.length === 0
    ? 'nothing'
    : row.expect.map((e) => `${e.kind} ${e.by ?? e.outcome ?? ''}${e.time ? ` ${e.time}` : ''}`).join(', ');
}
