// The rules behind the misses of rounds 211–213 (languages.round16.foreign.table.ts), each checked on lines of its
// own, written for these tests and not taken from the rounds, with twins in the other languages where the rule has
// one. Answers from TIMELINE-CONVENTIONS.md.
import { DE } from '../../../src/core/extract/phrases/de';
import { ES } from '../../../src/core/extract/phrases/es';
import { FR } from '../../../src/core/extract/phrases/fr';
import { checkRows, type RuleRow } from './ruleRows';

// Tuesday 9 May 2028, 10:20 in Berlin, Madrid and Paris.
const BER = { sentAt: '2028-05-09T10:20:00+02:00', tz: 'Europe/Berlin' } as const;
const MAD = { sentAt: '2028-05-09T10:20:00+02:00', tz: 'Europe/Madrid' } as const;
const PAR = { sentAt: '2028-05-09T10:20:00+02:00', tz: 'Europe/Paris' } as const;

const check = (rows: readonly RuleRow[]): void => checkRows(rows, [DE, FR, ES]);

describe('extract: rounds 211–213 rules (issue 13, German, Spanish, French)', () => {
  describe('a window "in den darauffolgenden N Tagen" counts from the event named before it', () => {
    check([
      [
        BER,
        'Die Jury tagt am Montag, 15. Mai, und Sie erhalten in den anschließenden fünf Werktagen unsere Antwort.',
        ['response-by 2028-05-22'],
      ],
      [
        BER,
        'Die Auswahlgespräche enden am 12. Mai; in den darauffolgenden zwei Wochen melden wir uns bei Ihnen.',
        ['response-by 2028-05-26'],
      ],
      // Without an event before it, the window counts from the day of writing.
      [BER, 'Wir melden uns in den nachfolgenden zwei Wochen.', ['response-by 2028-05-23']],
    ]);
  });

  describe("others' interviews before a ';' leave the promise after it whole", () => {
    check([
      [
        MAD,
        'Todavía nos quedan entrevistas con otros candidatos; a más tardar el jueves 18 te escribimos.',
        ['response-by 2028-05-18'],
      ],
      [
        PAR,
        'Nous voyons encore deux autres candidats cette semaine ; nous reviendrons vers vous au plus tard le vendredi 19 mai.',
        ['response-by 2028-05-19'],
      ],
      // A schedule of others' interviews alone, after the ";" too, is no promise.
      [MAD, 'Gracias por tu paciencia; entrevistamos a los demás candidatos el jueves 18.', []],
    ]);
  });
});
