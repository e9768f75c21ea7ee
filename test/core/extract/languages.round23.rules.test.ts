// fx410's rules (issue 13, German, Spanish, French): whose interview a message speaks of, and the rules behind the
// misses of rounds 313–315c (languages.round24.foreign.table.ts, languages.round25.foreign.table.ts). Each checked on
// lines of its own, written for these tests and not taken from the rounds, with twins in the other languages where
// the rule has one.
import { DE } from '../../../src/core/extract/phrases/de';
import { ES } from '../../../src/core/extract/phrases/es';
import { FR } from '../../../src/core/extract/phrases/fr';
import { checkRows, type RuleRow } from './ruleRows';

// Wednesday 14 November 2029, 09:00 in Berlin, Madrid and Paris.
const BER = { sentAt: '2029-11-14T09:00:00+01:00', tz: 'Europe/Berlin' } as const;
const MAD = { sentAt: '2029-11-14T09:00:00+01:00', tz: 'Europe/Madrid' } as const;
const PAR = { sentAt: '2029-11-14T09:00:00+01:00', tz: 'Europe/Paris' } as const;

const check = (rows: readonly RuleRow[]): void => checkRows(rows, [DE, FR, ES]);

describe('extract: whose interview a foreign message speaks of (fx410)', () => {
  describe('German "Ihr" with its capital is the reader’s, "ihr" and "sein" a third person’s', () => {
    check([
      [
        BER,
        'Guten Morgen Herr Aslan,\n\nFrau Lehmann hat Ihr Vorstellungsgespräch auf Freitag, 16. November, 11 Uhr verlegt.\n\nViele Grüße\nTeam Recruiting',
        ['interview 2029-11-16 11:00'],
      ],
      [
        BER,
        'Hallo Tobias,\n\nFrau Lehmann hat ihr Gespräch mit der Bereichsleitung auf Freitag, 16. November, 11 Uhr verlegt.',
        [],
      ],
      [
        BER,
        'Sehr geehrte Frau Vogt,\n\nIhre Tochter Emma hat am Freitag, 16. November, um 11 Uhr ihr Vorstellungsgespräch für den Ausbildungsplatz bei uns.',
        [],
      ],
    ]);
  });
  describe('a family member’s interview is no slot of the reader’s in French and Spanish either', () => {
    check([
      [
        PAR,
        'Bonjour Monsieur Roussel,\n\nvotre fille Inès a son entretien pour l’apprentissage le vendredi 16 novembre à 11h dans notre agence.',
        [],
      ],
      [
        MAD,
        'Hola Pilar:\n\ntu hijo Diego tiene la entrevista para las prácticas el viernes 16 de noviembre a las 11:00 en nuestra oficina.',
        [],
      ],
    ]);
  });
});
