/**
 * Phrase tables as rows (STYLE.md practice 19, amended by issue 13): one phrase a row, each with the sentence it
 * was taken from, joined into one pattern by `anyOf`. A row's `pattern` is a small regex fragment (literal words,
 * `\s+` between them, a short optional part); it must stay linear on its own, and an alternation of linear
 * fragments with a fixed lead is linear too. test/core/extract/phraseRows.test.ts checks that every row matches
 * its own example, so a table is reviewed, extended and translated row by row.
 */
export interface PhraseRow {
  /** A regex fragment, case-insensitive, Unicode (`\p{L}`, never `\w`). */
  readonly pattern: string;
  /** A real line the row was taken from. */
  readonly example: string;
}

/** A word edge for any script: no letter, mark or digit on that side ("Renée", "Rückmeldung"). */
export const EDGE_BEFORE = String.raw`(?<![\p{L}\p{M}\p{N}])`;
export const EDGE_AFTER = String.raw`(?![\p{L}\p{M}\p{N}])`;

/** The rows' fragments as one non-capturing alternation, without edges. */
export function alternation(rows: readonly PhraseRow[]): string {
  return `(?:${rows.map((r) => r.pattern).join('|')})`;
}

/**
 * One case-insensitive Unicode pattern matching any row as whole words.
 * @example anyOf([{ pattern: String.raw`binnen`, example: 'Wir melden uns binnen 14 Tagen.' }]).test('binnen') // true
 */
export function anyOf(rows: readonly PhraseRow[], flags = 'iu'): RegExp {
  return new RegExp(`${EDGE_BEFORE}${alternation(rows)}${EDGE_AFTER}`, flags);
}

/** One row as its own pattern (for a table test that names the row that fails). */
export function eachRow(row: PhraseRow, flags = 'iu'): RegExp {
  return anyOf([row], flags);
}
