// A window said approximately ("alrededor de una semana", "in etwa zwei Wochen", "dans environ dix jours") is fuzzy
// by TIMELINE-CONVENTIONS.md ("in about N days … fuzzy"), as its English twin "in about a week" is; the drafts then
// say "around this time" instead of a day nobody named (r47). A window with an exact count stays exact.
import assert from 'node:assert/strict';
import { findInText } from '../../../src/core/extract';
import { DE } from '../../../src/core/extract/phrases/de';
import { ES } from '../../../src/core/extract/phrases/es';
import { FR } from '../../../src/core/extract/phrases/fr';

// Monday 7 December 2026, 10:00 in Berlin.
const SENT = '2026-12-07T10:00:00+01:00';

// [the sentence, the day, whether fuzzy]
const ROWS: readonly (readonly [string, string, boolean])[] = [
  [
    'El proceso suele tomar alrededor de una semana; te escribiré apenas tenga novedades.',
    '2026-12-14',
    true,
  ],
  ['Le responderemos en unos diez días.', '2026-12-17', true],
  ['Recibirás una respuesta en aproximadamente dos semanas.', '2026-12-21', true],
  ['Le daremos una respuesta dentro de los próximos diez días.', '2026-12-17', false],
  ['Sie erhalten in etwa zwei Wochen eine Antwort von uns.', '2026-12-21', true],
  ['Das Auswahlverfahren dauert ungefähr drei Wochen.', '2026-12-28', true],
  ['Wir melden uns innerhalb von zwei Wochen bei Ihnen.', '2026-12-21', false],
  ['Nous reviendrons vers vous dans environ deux semaines.', '2026-12-21', true],
  ['Nous reviendrons vers vous sous dix jours.', '2026-12-17', false],
];

describe('extract: an approximate window in German, French and Spanish is fuzzy (r47)', () => {
  for (const [text, by, fuzzy] of ROWS)
    it(`${JSON.stringify(text)} → ${by}${fuzzy ? ' (fuzzy)' : ''}`, () => {
      const found = findInText(text, SENT, { tz: 'Europe/Berlin', languages: [DE, FR, ES] }).filter(
        (f) => f.kind === 'response-by',
      );
      assert.deepEqual(
        found.map((f) => [f.by, f.fuzzy]),
        [[by, fuzzy]],
      );
    });
});
