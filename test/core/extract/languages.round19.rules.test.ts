// The rules behind the misses of rounds 291–293 (languages.round19.foreign.table.ts), each checked on lines of its
// own, written for these tests and not taken from the rounds, with twins in the other languages where the rule has
// one. Answers from TIMELINE-CONVENTIONS.md.
import { DE } from '../../../src/core/extract/phrases/de';
import { ES } from '../../../src/core/extract/phrases/es';
import { FR } from '../../../src/core/extract/phrases/fr';
import { checkRows, type RuleRow } from './ruleRows';

// Tuesday 9 October 2029, 10:00 in Berlin, Madrid and Paris.
const BER = { sentAt: '2029-10-09T10:00:00+02:00', tz: 'Europe/Berlin' } as const;
const MAD = { sentAt: '2029-10-09T10:00:00+02:00', tz: 'Europe/Madrid' } as const;
const PAR = { sentAt: '2029-10-09T10:00:00+02:00', tz: 'Europe/Paris' } as const;

const check = (rows: readonly RuleRow[]): void => checkRows(rows, [DE, FR, ES]);

describe('extract: rounds 291–293 rules (issue 13, German, Spanish, French)', () => {
  describe('a hold-off resting on the promise after its colon: the promise, and contact welcome from its day', () => {
    check([
      [
        MAD,
        'No es necesario que nos escribas: te contestaremos antes del viernes 19.',
        ['response-by 2029-10-18', 'no-contact-before 2029-10-18'],
      ],
      [
        PAR,
        'Inutile de nous appeler : nous vous répondrons au plus tard le vendredi 19 octobre.',
        ['response-by 2029-10-19', 'no-contact-before 2029-10-19'],
      ],
      [
        BER,
        'Sie brauchen nicht nachzufragen: Wir melden uns bis Freitag, 19. Oktober, bei Ihnen.',
        ['response-by 2029-10-19', 'no-contact-before 2029-10-19'],
      ],
      // A request with its own day is the hold-off alone.
      [MAD, 'No hace falta que nos escribas antes del 25 de octubre.', ['no-contact-before 2029-10-25']],
      // A field's label is no request's colon.
      [
        BER,
        'Neuer Termin: Dienstag, 16. Oktober, 10 Uhr. Wir freuen uns auf das Gespräch.',
        ['interview 2029-10-16 10:00'],
      ],
      // Needless contact without a day gives nothing.
      [BER, 'Sie müssen uns nicht anrufen.', []],
    ]);
  });

  describe('a named colleague who calls or writes on a day is a promise to contact ("te llama el jueves")', () => {
    check([
      [
        MAD,
        'Lucía, de Recursos Humanos, le llama el viernes para concretar la entrevista.',
        ['response-by 2029-10-12'],
      ],
      [MAD, 'Nuestro gerente te va a llamar mañana para contarte los detalles.', ['response-by 2029-10-10']],
      [
        BER,
        'Frau Yilmaz ruft Sie am Donnerstag an, um die Details zu besprechen.',
        ['response-by 2029-10-11'],
      ],
      [PAR, 'Mme Diallo vous appellera jeudi pour fixer un rendez-vous.', ['response-by 2029-10-11']],
      // The slot itself, with its clock, stays the interview.
      [
        MAD,
        'La jefa del área te entrevista el jueves 11 a las 10:00 en nuestra oficina.',
        ['interview 2029-10-11 10:00'],
      ],
    ]);
  });

  describe('calls asked to be left undone across asides ("… bitten wir, …, zu unterlassen"; "se abstenga de llamar")', () => {
    check([
      [
        BER,
        'Anrufe in der Personalabteilung bitten wir, auch wenn es dringend erscheint, zu unterlassen.',
        ['no-calls'],
      ],
      [
        BER,
        'Telefonische Statusanfragen sind – im Interesse aller Bewerbenden – bitte zu unterlassen.',
        ['no-calls'],
      ],
      [
        MAD,
        'Les rogamos que se abstengan de llamar a la tienda para preguntar por el proceso.',
        ['no-calls'],
      ],
      [MAD, 'Te pedimos que te abstengas de contactar con los responsables de área.', ['no-calls']],
      // The phone after the verb, welcome: no request.
      [
        BER,
        'Bitte unterlassen Sie doppelte Uploads Ihres Lebenslaufs; Anrufe sind jederzeit willkommen.',
        [],
      ],
    ]);
  });

  describe("the reader's own meetings as an employee (a yearly review, an exit interview) are no job interview", () => {
    check([
      [BER, 'Ihr Jahresgespräch mit Frau Roth findet am Montag, 15. Oktober, um 9 Uhr statt.', []],
      [MAD, 'Te hemos agendado la evaluación de desempeño el martes 16 de octubre a las 11:00.', []],
      [PAR, 'Votre entretien de départ avec les RH aura lieu le lundi 15 octobre à 15h.', []],
      // A job interview stays one.
      [
        BER,
        'Wir laden Sie zum Vorstellungsgespräch am Montag, 15. Oktober, um 9 Uhr ein; das Gespräch führt Frau Roth.',
        ['interview 2029-10-15 09:00'],
      ],
    ]);
  });

  describe("a private service's appointment (a notary, a gestoría, a hairdresser) is no interview", () => {
    check([
      [BER, 'Ihr Notartermin zur Beurkundung ist am Freitag, 12. Oktober, um 11 Uhr.', []],
      [MAD, 'Le confirmamos su cita en la peluquería el sábado 13 de octubre a las 10:30.', []],
      [PAR, 'Votre rendez-vous au salon de coiffure est confirmé le samedi 13 octobre à 10h30.', []],
      // A gestoría or a notary that hires still invites to an interview.
      [
        MAD,
        'Gestoría López: le invitamos a una entrevista para el puesto de administrativo el lunes 15 de octubre a las 10:00.',
        ['interview 2029-10-15 10:00'],
      ],
      [
        PAR,
        'Nous vous invitons à un entretien pour le poste de clerc de notaire le lundi 15 octobre à 15h.',
        ['interview 2029-10-15 15:00'],
      ],
    ]);
  });

  describe('an interview given to the press is no job interview', () => {
    check([
      [
        MAD,
        'Una periodista quiere hacerte una entrevista para el reportaje del domingo, el jueves 11 a las 13:00.',
        [],
      ],
      [PAR, 'Un journaliste de Ouest-France souhaite vous interviewer le jeudi 11 octobre à 13h.', []],
      [BER, 'Die Lokalzeitung bittet um ein Presseinterview am Donnerstag, 11. Oktober, um 13 Uhr.', []],
      // A journalist's job interview stays one.
      [
        PAR,
        'Nous vous proposons un entretien pour le poste de journaliste le jeudi 11 octobre à 13h.',
        ['interview 2029-10-11 13:00'],
      ],
    ]);
  });
});
