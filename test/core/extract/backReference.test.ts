// A hold-off request whose bound points back at a day named before it, in the same sentence or the one before
// ("Le comité se réunira le 15 décembre : merci de ne pas nous recontacter avant cette date"), in each language
// the foreign reader reads (round r5's Moroccan thread). The day is the first day contact is welcome.
import assert from 'node:assert/strict';
import { findInText } from '../../../src/core/extract';
import { DE } from '../../../src/core/extract/phrases/de';
import { ES } from '../../../src/core/extract/phrases/es';
import { FR } from '../../../src/core/extract/phrases/fr';
import type { LanguageTables } from '../../../src/core/extract/phrases/language';
import { dateOf } from './score';

// Wednesday 2 December 2026, noon in Paris.
const SENT = '2026-12-02T12:00:00+01:00';

function holdOffs(text: string, language: LanguageTables): readonly string[] {
  return findInText(text, SENT, { tz: 'Europe/Paris', languages: [language] })
    .filter((f) => f.kind === 'no-contact-before')
    .map((f) => dateOf(f) ?? '');
}

// [language, text, the first day contact is welcome, or null where nothing is held off]
const ROWS: readonly (readonly [LanguageTables, string, string | null])[] = [
  [
    FR,
    'Le comité de sélection se réunira le 15 décembre : merci de ne pas nous recontacter avant cette date.',
    '2026-12-15',
  ],
  [FR, 'Nous serons fermés jusqu’au 4 janvier. Merci de ne pas nous relancer d’ici là.', '2027-01-04'],
  [
    ES,
    'El comité se reúne el 15 de diciembre; por favor, no nos contactes antes de esa fecha.',
    '2026-12-15',
  ],
  [
    ES,
    'Estaré de vacaciones hasta el lunes 14 de diciembre. Te pido que no me escribas hasta entonces.',
    '2026-12-14',
  ],
  [
    DE,
    'Das Auswahlgremium tagt am 15. Dezember. Bitte melden Sie sich nicht vor diesem Datum bei uns.',
    '2026-12-15',
  ],
  // The same pointer with no request to hold off: a plain statement, nothing held.
  [FR, 'Le comité de sélection se réunira le 15 décembre et nous vous répondrons avant cette date.', null],
];

describe('extract: a hold-off pointing back at the day named before it', () => {
  for (const [language, text, want] of ROWS)
    it(`${JSON.stringify(text)} → ${String(want)}`, () =>
      assert.deepEqual(holdOffs(text, language), want === null ? [] : [want]));
});
