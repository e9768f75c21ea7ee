// Rules of the foreign-language reader found by the lead's held-out thread rounds (r2, r3) after the helpers'
// merges, one row a wording: what each finds in German, French and Spanish, and what it leaves alone.
import assert from 'node:assert/strict';
import { findInText } from '../../../src/core/extract';
import { DE } from '../../../src/core/extract/phrases/de';
import { ES } from '../../../src/core/extract/phrases/es';
import { FR } from '../../../src/core/extract/phrases/fr';
import { dateOf } from './score';

function found(text: string, sentAt: string, tz: string): readonly string[] {
  return findInText(text, sentAt, { tz, languages: [DE, FR, ES] }).map((f) =>
    [
      f.kind,
      dateOf(f) ?? (f.kind === 'outcome' ? f.outcome : ''),
      f.kind === 'interview' ? (f.time ?? '') : '',
    ]
      .join(' ')
      .trim(),
  );
}

const BOG = ['2026-12-09T08:30:00-05:00', 'America/Bogota'] as const;
const BER = ['2026-12-03T09:30:00+01:00', 'Europe/Berlin'] as const;
const SCL = ['2026-12-02T12:40:00-03:00', 'America/Santiago'] as const;

const ROWS: readonly (readonly [string, readonly [string, string], readonly string[]])[] = [
  // Two readings of one day are one slot, with its clock time; two days are alternatives (none).
  [
    'Te recordamos tu entrevista mañana jueves 10 de diciembre a las 3:00 p. m. en nuestras oficinas.',
    BOG,
    ['interview 2026-12-10 15:00'],
  ],
  [
    'Te proponemos la entrevista el jueves 10 de diciembre a las 15:00 o el viernes 11 de diciembre a las 10:00.',
    BOG,
    [],
  ],
  // A slot postponed with no new day is no slot.
  ['Ihr Termin am Freitag (4.12.) muss leider verschoben werden, ein neuer Termin folgt.', BER, []],
  // No-calls asked as "please refrain from", a rejection as the post given to someone else.
  ['Von telefonischen Nachfragen bitten wir in der Zwischenzeit abzusehen.', BER, ['no-calls']],
  ['Leider haben wir uns entschieden, die Stelle mit jemand anderem zu besetzen.', BER, ['outcome rejected']],
  // A promise to every candidate is a promise to this one; interviews with every candidate are no promise.
  [
    "Nous communiquerons avec tous les candidats d'ici le 11 décembre.",
    ['2026-12-02T13:15:00-05:00', 'America/Toronto'],
    ['response-by 2026-12-11'],
  ],
  [
    "Les entretiens avec tous les candidats se dérouleront jusqu'au 11 décembre.",
    ['2026-12-02T13:15:00-05:00', 'America/Toronto'],
    [],
  ],
  // A hoped-for decision is a promise.
  ['Esperamos tener una definición durante la próxima semana.', SCL, ['response-by 2026-12-11']],
];

describe('extract: foreign-language rules from the held-out thread rounds', () => {
  for (const [text, [sentAt, tz], expected] of ROWS)
    it(`${JSON.stringify(text)} -> ${JSON.stringify(expected)}`, () =>
      assert.deepEqual(found(text, sentAt, tz), expected));
});
