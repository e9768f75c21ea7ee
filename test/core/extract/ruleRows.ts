// The rules tests' rows (languages.round4/5.rules.test.ts): a line, who sent it when, and the findings it must
// give as "kind date [time]" strings, checked in any order.
import assert from 'node:assert/strict';
import { findInText } from '../../../src/core/extract';
import type { LanguageTables } from '../../../src/core/extract/phrases/language';
import { dateOf } from './score';

export type RuleRow = readonly [{ readonly sentAt: string; readonly tz: string }, string, readonly string[]];

function read([sender, text]: RuleRow, languages: readonly LanguageTables[]): readonly string[] {
  return findInText(text, sender.sentAt, { tz: sender.tz, languages }).map((f) =>
    [f.kind, dateOf(f) ?? (f.kind === 'outcome' ? f.outcome : null), f.kind === 'interview' ? f.time : null]
      .filter((x) => x !== null)
      .join(' '),
  );
}

/** One `it` a row, reading with the given language tables. */
export function checkRows(rows: readonly RuleRow[], languages: readonly LanguageTables[]): void {
  for (const row of rows)
    it(`${JSON.stringify(row[1])} -> ${row[2].join(', ') || 'nothing'}`, () => {
      assert.deepEqual([...read(row, languages)].sort(), [...row[2]].sort());
    });
}
