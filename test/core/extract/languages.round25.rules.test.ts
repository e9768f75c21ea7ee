// fx426's rules (issue 13, German, Spanish, French): what separates mail to a candidate about their application from
// mail that uses job or booking words about something else, and the rules behind the misses of rounds 319–321c
// (languages.round28.foreign.table.ts, languages.round29.foreign.table.ts). Each checked on lines of its own, written
// for these tests and not taken from the rounds, with twins in the other languages where the rule has one.
import { DE } from '../../../src/core/extract/phrases/de';
import { ES } from '../../../src/core/extract/phrases/es';
import { FR } from '../../../src/core/extract/phrases/fr';
import { checkRows, type RuleRow } from './ruleRows';

// Wednesday 13 March 2030, 09:00 in Berlin, Madrid and Paris.
const BER = { sentAt: '2030-03-13T09:00:00+01:00', tz: 'Europe/Berlin' } as const;
const MAD = { sentAt: '2030-03-13T09:00:00+01:00', tz: 'Europe/Madrid' } as const;
const PAR = { sentAt: '2030-03-13T09:00:00+01:00', tz: 'Europe/Paris' } as const;

const check = (rows: readonly RuleRow[]): void => checkRows(rows, [DE, FR, ES]);

describe('extract: fx426’s rules (rounds 319–321c)', () => {
  describe('a familiar message naming a third person’s interview and the reader’s own keeps the reader’s', () => {
    check([
      [
        PAR,
        'Salut Hugo,\n\nMon cousin a un entretien chez Thales lundi à 9 h, il stresse. Et toi, ton entretien chez Safran, c’est toujours vendredi 15 mars à 11 h ?\n\nÀ plus,\nMaxime',
        ['interview 2030-03-15 11:00'],
      ],
      [
        MAD,
        '¡Hola, Nuria!\n\nMi prima tiene una entrevista en Iberdrola el lunes a las 9. ¿Y tu entrevista con Repsol sigue siendo el viernes 15 de marzo a las 11:00?\n\nUn beso,\nElena',
        ['interview 2030-03-15 11:00'],
      ],
    ]);
  });
  describe('…and the third person’s alone stays none of the reader’s', () => {
    check([
      [
        PAR,
        'Salut Hugo,\n\nMon cousin a un entretien chez Thales vendredi 15 mars à 9 h, tu pourrais le déposer en voiture ?\n\nMerci,\nMaxime',
        [],
      ],
      [
        MAD,
        '¡Hola, Nuria!\n\nMi prima tiene una entrevista en Iberdrola el viernes 15 de marzo a las 9. ¿Le prestas tu chaqueta negra?\n\nUn beso,\nElena',
        [],
      ],
    ]);
  });
});
