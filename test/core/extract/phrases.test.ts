import assert from 'node:assert/strict';
import { daysBetween } from '../../../src/core/time';
import { findInText } from '../../../src/core/extract';
import type { Finding } from '../../../src/core/types';
import { NEGATIVE_ROWS, PHRASE_ROWS, type Expected } from './phrases.table';
import { dateOf, expectedLabel } from './score';

function matches(f: Finding, e: Expected): boolean {
  if (f.kind !== e.kind) return false;
  const date = dateOf(f);
  if (
    e.by !== undefined &&
    date !== null &&
    (e.fuzzy === true ? Math.abs(daysBetween(e.by, date)) > 2 : date !== e.by)
  )
    return false;
  if (f.kind === 'interview' && e.time !== undefined && f.time !== e.time) return false;
  if (f.kind === 'outcome' && e.outcome !== undefined && f.outcome !== e.outcome) return false;
  if (e.phrase !== undefined) {
    const text = f.kind === 'interview' ? f.evidence.text : f.phrase;
    if (f.kind === 'interview' ? !text.includes(e.phrase) : text.toLowerCase() !== e.phrase.toLowerCase())
      return false;
  }
  return true;
}

describe('extract: the phrase table', () => {
  it('holds at least 200 rows, 50 of them negatives', () => {
    assert.ok(PHRASE_ROWS.length >= 200, `${PHRASE_ROWS.length} rows`);
    assert.ok(NEGATIVE_ROWS.length >= 50, `${NEGATIVE_ROWS.length} negatives`);
  });
  for (const row of PHRASE_ROWS) {
    const label = expectedLabel(row);
    it(`${JSON.stringify(row.text)} (${row.tz}, ${row.sentAt.slice(0, 10)}) -> ${label}`, () => {
      const trace: string[] = [];
      const found = findInText(row.text, row.sentAt, { tz: row.tz, debug: (l) => trace.push(l) });
      const shown = JSON.stringify(
        found.map((f) => ({
          kind: f.kind,
          date: dateOf(f),
          time: f.kind === 'interview' ? f.time : undefined,
          phrase: 'phrase' in f ? f.phrase : f.evidence.text,
        })),
      );
      for (const e of row.expect)
        assert.ok(
          found.some((f) => matches(f, e)),
          `expected ${JSON.stringify(e)}, found ${shown}\n${trace.join('\n')}`,
        );
      const extra = found.filter((f) => !row.expect.some((e) => matches(f, e)));
      assert.deepEqual(extra.length, 0, `unexpected ${shown}\n${trace.join('\n')}`);
    });
  }
});
