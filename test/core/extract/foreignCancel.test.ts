// A German, French or Spanish message that cancels the interview takes away the slot an earlier message set
// (held-out thread round r15: "tu entrevista del jueves 3 queda cancelada"), as an English one does; a message
// that only confirms the slot keeps it.
import assert from 'node:assert/strict';
import { extractFindings } from '../../../src/core/extract';
import { DE } from '../../../src/core/extract/phrases/de';
import { ES } from '../../../src/core/extract/phrases/es';
import { FR } from '../../../src/core/extract/phrases/fr';
import { thread as build } from '../advice/build';

function thread(first: string, second: string) {
  return build([
    { role: 'employer', at: '2026-11-27T10:00:00+01:00', text: first },
    { role: 'employer', at: '2026-12-02T18:00:00+01:00', text: second },
  ]);
}

// [the invitation, the later message, the interviews left]
const ROWS: readonly (readonly [string, string, readonly string[]])[] = [
  [
    'Te confirmo tu entrevista el jueves 3 de diciembre a las 11:00 en nuestras oficinas.',
    'Lamentablemente la entrevista del jueves se cancela por un viaje del director. Te propondremos otra fecha.',
    [],
  ],
  [
    'Votre entretien est fixé au jeudi 3 décembre à 11h.',
    'Nous sommes contraints d’annuler notre rendez-vous de jeudi. Nous revenons vers vous avec une nouvelle date.',
    [],
  ],
  [
    'Ihr Vorstellungsgespräch findet am Donnerstag, 3. Dezember, um 11 Uhr statt.',
    'Leider muss der Termin am Donnerstag entfallen. Wir melden uns mit einem neuen Vorschlag.',
    [],
  ],
  // A message that only confirms keeps the slot.
  [
    'Te confirmo tu entrevista el jueves 3 de diciembre a las 11:00 en nuestras oficinas.',
    'Perfecto, nos vemos el jueves. Recuerda traer tu identificación.',
    ['2026-12-03T11:00:00+01:00'],
  ],
];

describe('extract: a foreign message that cancels the interview', () => {
  for (const [first, second, starts] of ROWS)
    it(JSON.stringify(second), () => {
      const f = extractFindings(thread(first, second), { tz: 'Europe/Madrid', languages: [DE, FR, ES] });
      assert.deepEqual(
        f.interviews.map((i) => i.start),
        starts,
      );
    });
});
