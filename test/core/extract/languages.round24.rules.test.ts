// fx418's rules (issue 13, German, Spanish, French): what separates mail to a candidate about their application from
// mail that uses an appointment's words about something else, and the rules behind the misses of rounds 316–318c
// (languages.round26.foreign.table.ts, languages.round27.foreign.table.ts). Each checked on lines of its own, written
// for these tests and not taken from the rounds, with twins in the other languages where the rule has one.
import { DE } from '../../../src/core/extract/phrases/de';
import { ES } from '../../../src/core/extract/phrases/es';
import { FR } from '../../../src/core/extract/phrases/fr';
import { checkRows, type RuleRow } from './ruleRows';

// Tuesday 12 February 2030, 09:00 in Berlin, Madrid and Paris.
const BER = { sentAt: '2030-02-12T09:00:00+01:00', tz: 'Europe/Berlin' } as const;
const MAD = { sentAt: '2030-02-12T09:00:00+01:00', tz: 'Europe/Madrid' } as const;
const PAR = { sentAt: '2030-02-12T09:00:00+01:00', tz: 'Europe/Paris' } as const;

const check = (rows: readonly RuleRow[]): void => checkRows(rows, [DE, FR, ES]);

describe('extract: mail about something else than the reader’s application (fx418)', () => {
  describe('an appointment named by what it is for, in a mail with no job’s word: nothing', () => {
    check([
      [
        BER,
        'Guten Tag Frau Ebert,\n\nwir bestätigen Ihren Termin zur Zählerablesung am Freitag, 15. Februar, zwischen 8 und 12 Uhr. Wir melden uns am Vortag mit einem genaueren Zeitfenster.\n\nIhre Stadtwerke',
        [],
      ],
      [
        PAR,
        'Bonjour Madame Lacroix,\n\nvotre rendez-vous pour le diagnostic énergétique est fixé au vendredi 15 février à 10 h. Le technicien vous appellera la veille.\n\nCordialement,\nThermiconseil',
        [],
      ],
      [
        MAD,
        'Buenos días, Sra. Ortega:\n\nLe confirmamos su turno para la instalación del router el viernes 15 de febrero a las 10:00. El técnico le llamará media hora antes.\n\nAtentamente,\nFibraSur',
        [],
      ],
    ]);
  });
  describe('an appointment for a talk in such a mail stays the reader’s', () => {
    check([
      [
        BER,
        'Hallo Herr Kaya,\n\ngerne bestätige ich Ihnen den Termin zum persönlichen Gespräch am Freitag, 15. Februar, um 10 Uhr bei uns in der Filiale.\n\nViele Grüße\nAnke Busch',
        ['interview 2030-02-15 10:00'],
      ],
      [
        PAR,
        'Bonjour Karim,\n\nje vous confirme notre rendez-vous pour un échange le vendredi 15 février à 10 h dans nos bureaux.\n\nBien à vous,\nNadia',
        ['interview 2030-02-15 10:00'],
      ],
      [
        MAD,
        'Hola Iván:\n\nte confirmo la cita para una charla el viernes 15 de febrero a las 10:00 en nuestra oficina.\n\nSaludos,\nMarta',
        ['interview 2030-02-15 10:00'],
      ],
    ]);
  });
  describe('the reader greeted by a role, not by name, in a mail with no job’s word: nothing', () => {
    check([
      [
        BER,
        'Sehr geehrter Versicherungsnehmer,\n\nunser Gutachter besucht Sie am Freitag, 15. Februar, um 10 Uhr. Sie hören innerhalb von zwei Wochen von uns.\n\nIhre Nordlicht Versicherung',
        [],
      ],
      [
        PAR,
        'Chère sociétaire,\n\nnotre conseiller vous recevra le vendredi 15 février à 10 h. Nous vous répondrons sous huit jours.\n\nVotre caisse locale',
        [],
      ],
      [
        MAD,
        'Estimado propietario:\n\nel perito le visitará el viernes 15 de febrero a las 10:00. Le responderemos en un plazo de dos semanas.\n\nAtentamente,\nSeguros Cantábrico',
        [],
      ],
    ]);
  });
  describe('a name, a title or the candidate greeted keeps the reader’s interview', () => {
    check([
      [
        PAR,
        'Chère Camille,\n\nnous vous recevrons le vendredi 15 février à 10 h pour un entretien.\n\nBien à vous,\nLéa',
        ['interview 2030-02-15 10:00'],
      ],
      [
        MAD,
        'Estimado/a candidato/a:\n\nle esperamos el viernes 15 de febrero a las 10:00 para la entrevista.\n\nAtentamente,\nRR. HH.',
        ['interview 2030-02-15 10:00'],
      ],
      [
        BER,
        'Sehr geehrte Frau Yilmaz,\n\nwir erwarten Sie am Freitag, 15. Februar, um 10 Uhr zum Gespräch.\n\nMit freundlichen Grüßen\nK. Brandt',
        ['interview 2030-02-15 10:00'],
      ],
    ]);
  });
});
