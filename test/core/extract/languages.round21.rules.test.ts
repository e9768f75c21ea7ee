// The rules fx301 left (TIMELINE-CONVENTIONS.md) and those behind the misses of rounds 308–310c
// (languages.round21.foreign.table.ts), each checked on lines of its own, written for these tests and not taken from
// the rounds, with twins in the other languages where the rule has one.
import { DE } from '../../../src/core/extract/phrases/de';
import { ES } from '../../../src/core/extract/phrases/es';
import { FR } from '../../../src/core/extract/phrases/fr';
import { checkRows, type RuleRow } from './ruleRows';

// Tuesday 9 October 2029, 10:00 in Berlin, Madrid and Paris.
const BER = { sentAt: '2029-10-09T10:00:00+02:00', tz: 'Europe/Berlin' } as const;
const MAD = { sentAt: '2029-10-09T10:00:00+02:00', tz: 'Europe/Madrid' } as const;
const PAR = { sentAt: '2029-10-09T10:00:00+02:00', tz: 'Europe/Paris' } as const;

const check = (rows: readonly RuleRow[]): void => checkRows(rows, [DE, FR, ES]);

describe('extract: what fx301 left (issue 13, German, Spanish, French)', () => {
  describe('a window that "later" follows counts from the day of writing unless an event of the process is named before', () => {
    check([
      // No day before it: t + 7.
      [
        PAR,
        'Merci pour votre candidature. Nous reviendrons vers vous une semaine plus tard.',
        ['response-by 2029-10-16'],
      ],
      [BER, 'Danke für Ihre Bewerbung. Sie hören zwei Wochen später von uns.', ['response-by 2029-10-23']],
      [MAD, 'Gracias por tu candidatura. Te respondemos una semana más tarde.', ['response-by 2029-10-16']],
      // A closing day before it: from that day.
      [
        PAR,
        'La date de clôture est le 20 octobre. Nous reviendrons vers vous une semaine plus tard.',
        ['response-by 2029-10-27'],
      ],
      [
        MAD,
        'El plazo cierra el 20 de octubre. Te contestamos una semana más tarde.',
        ['response-by 2029-10-27'],
      ],
      // A job's start or an office's closing is no event of the process: from the day of writing.
      [
        PAR,
        'Le poste est à pourvoir à partir du 1er décembre. Nous reviendrons vers vous une semaine plus tard.',
        ['response-by 2029-10-16'],
      ],
      [
        BER,
        'Die Stelle ist ab 1. Dezember zu besetzen. Wir melden uns eine Woche später bei Ihnen.',
        ['response-by 2029-10-16'],
      ],
      [
        MAD,
        'El puesto empieza el 1 de diciembre. Te respondemos una semana más tarde.',
        ['response-by 2029-10-16'],
      ],
      [
        PAR,
        'Notre bureau sera fermé le 11 octobre. Nous reviendrons vers vous une semaine plus tard.',
        ['response-by 2029-10-16'],
      ],
    ]);
  });

  describe("the candidate's selection tests are a slot; a student's exam is not", () => {
    check([
      [
        PAR,
        'Les épreuves de sélection auront lieu le mardi 16 octobre à 14 h au centre de formation.',
        ['interview 2029-10-16 14:00'],
      ],
      [PAR, 'Votre épreuve orale est fixée au jeudi 18 octobre à 10h30.', ['interview 2029-10-18 10:30']],
      [PAR, 'Vous passerez devant notre jury le jeudi 18 octobre à 9h.', ['interview 2029-10-18 09:00']],
      [
        PAR,
        'Votre épreuve orale de droit des contrats (UE 5) aura lieu le jeudi 18 octobre à 10h30, salle B204.',
        [],
      ],
      [PAR, 'Vos partiels de fin de semestre commencent le lundi 15 octobre à 8h.', []],
      // A part-time job's interview stays one.
      [
        PAR,
        'Pour le poste à temps partiel, votre entretien est fixé au jeudi 18 octobre à 9h.',
        ['interview 2029-10-18 09:00'],
      ],
    ]);
  });

  describe('a request not to call "until then" is the hold-off alone, in German and French as in Spanish', () => {
    check([
      [
        BER,
        'Die Frist endet am 20. November; bitte rufen Sie uns bis dahin nicht an.',
        ['no-contact-before 2029-11-20'],
      ],
      [
        BER,
        'Die Auswahl ist am 20. November abgeschlossen. Bitte melde dich bis dahin nicht bei uns.',
        ['no-contact-before 2029-11-20'],
      ],
      [
        PAR,
        'La date limite est le 20 novembre ; ne nous téléphonez pas avant cette date.',
        ['no-contact-before 2029-11-20'],
      ],
      [
        MAD,
        'El plazo termina el 20 de noviembre; no nos llames hasta entonces.',
        ['no-contact-before 2029-11-20'],
      ],
      // Unbounded, a negative imperative stays a no-calls.
      [PAR, 'Ne nous téléphonez pas, nous contacterons les candidats retenus.', ['no-calls']],
      [BER, 'Bitte rufen Sie uns nicht an.', ['no-calls']],
    ]);
  });
});

describe('extract: rounds 308–308c rules (issue 13, German, Spanish, French)', () => {
  describe('a message casting the reader as a referee, an interviewer or a panel member holds none of their findings', () => {
    check([
      [
        BER,
        'Frau Aydın hat Sie als Referenz angegeben. Passt Ihnen ein Telefonat am Freitag, 12. Oktober, um 9 Uhr?',
        [],
      ],
      [
        PAR,
        'M. Diallo vous a cité comme référence ; seriez-vous disponible jeudi 11 octobre à 10h pour un court échange ?',
        [],
      ],
      [
        MAD,
        'Andrés Pérez la ha indicado como referencia. ¿Podríamos llamarla el jueves 11 de octubre a las 10:00?',
        [],
      ],
      [
        BER,
        'Die Vorstellungsgespräche am Mittwoch, 17. Oktober, ab 9 Uhr führen Sie gemeinsam mit Frau Roth.',
        [],
      ],
      [
        PAR,
        "Merci d'avoir accepté de siéger dans le jury de recrutement. Les entretiens auront lieu le mardi 16 octobre de 9h à 12h ; vous recevrez les dossiers vendredi.",
        [],
      ],
      [
        MAD,
        'Te paso la agenda de entrevistas que tú harás el martes 16 de octubre: 9:00 Lucía Vega, 10:00 Mario Gil.',
        [],
      ],
      // The candidate's own interview stays.
      [
        BER,
        'Ihr Vorstellungsgespräch findet am Mittwoch, 17. Oktober, um 9 Uhr statt.',
        ['interview 2029-10-17 09:00'],
      ],
    ]);
  });

  describe("a student's exam, a flat's viewing and a car's service are no interview", () => {
    check([
      [BER, 'Ihre Klausur im Fach Statistik schreiben Sie am Donnerstag, 18. Oktober, um 8 Uhr.', []],
      [MAD, 'La defensa de tu TFG será el jueves 18 de octubre a las 10:00 en el aula 3.', []],
      [PAR, "Le rendez-vous pour l'entretien de votre véhicule est fixé au lundi 15 octobre à 8h.", []],
      [
        BER,
        'Gerne bestätigen wir die Besichtigung der 2-Zimmer-Wohnung am Samstag, 13. Oktober, um 11 Uhr.',
        [],
      ],
      [BER, 'Ihr Termin zur Inspektion Ihres Opel Astra ist am Montag, 15. Oktober, um 7:45 Uhr.', []],
    ]);
  });

  describe('a profile selected for a vacancy is shortlisted, no offer', () => {
    check([
      [
        MAD,
        'Tu CV ha sido seleccionado para la vacante de Recepcionista. Te esperamos el lunes 15 de octubre a las 10:00 para la entrevista.',
        ['interview 2029-10-15 10:00'],
      ],
      [
        MAD,
        'Nos alegra comunicarte que has sido seleccionada para el puesto de Recepcionista.',
        ['outcome offer'],
      ],
    ]);
  });

  describe('a request not to phone resting on a promise after its colon is the no-calls beside the promise', () => {
    check([
      [
        PAR,
        "Merci de ne pas appeler le cabinet : votre chargée de recrutement reviendra vers vous d'ici le vendredi 19 octobre.",
        ['no-calls', 'response-by 2029-10-19'],
      ],
      // A request not to chase at all still holds off until the promise's day.
      [
        PAR,
        "Merci de ne pas nous relancer : nous reviendrons vers vous d'ici le vendredi 19 octobre.",
        ['no-contact-before 2029-10-19', 'response-by 2029-10-19'],
      ],
    ]);
  });
});

describe('extract: rounds 309–309c rules (issue 13, German, Spanish, French)', () => {
  describe('status questions refused are no-calls; a day held off "through" its date welcomes contact the day after', () => {
    check([
      [
        BER,
        'Von Sachstandsanfragen bitten wir abzusehen; Sie hören von uns, sobald das Verfahren abgeschlossen ist.',
        ['no-calls'],
      ],
      [
        BER,
        'Ich bin bis einschließlich 18. Oktober im Urlaub. Bitte melden Sie sich erst danach wieder.',
        ['no-contact-before 2029-10-19'],
      ],
      [
        BER,
        'Ich bin bis zum 18. Oktober im Urlaub. Bitte melden Sie sich erst danach wieder.',
        ['no-contact-before 2029-10-18'],
      ],
      [
        PAR,
        'Merci de ne pas passer à l’agence ni de nous relancer avant le 22 octobre.',
        ['no-contact-before 2029-10-22'],
      ],
    ]);
  });

  describe("others' meetings with a day and a time are no interview of the reader's", () => {
    check([
      [BER, 'Das Eingewöhnungsgespräch für Ihren Sohn Paul ist am Mittwoch, 17. Oktober, um 8:30 Uhr.', []],
      [
        BER,
        'Wir bestätigen Ihren Telefontermin mit unserem Finanzberater am Freitag, 12. Oktober, um 10 Uhr.',
        [],
      ],
      [
        BER,
        'Sie sind als Interviewerin für das Gespräch mit Frau Lenz am Montag, 15. Oktober, um 14 Uhr eingetragen.',
        [],
      ],
      [MAD, 'Oye, el Nico tiene entrevista en Cencosud el martes a las 11, ¿lo reemplazas?', []],
      [
        MAD,
        'Te cuento que tengo una entrevista en Inditex el lunes 15 a las 9:00, así que llegaré tarde.',
        [],
      ],
      [MAD, 'Su cita para la revisión técnica de su auto es el lunes 15 de octubre a las 9:00.', []],
      [
        MAD,
        'Nuevos avisos para ti\n\nCamarero/a – Entrevistas el martes 16/10 de 10 a 14 h en Gran Vía 12',
        [],
      ],
      [PAR, 'Vous êtes convoqué à un entretien préalable à licenciement le lundi 15 octobre à 10h.', []],
      [PAR, 'Votre rendez-vous avec votre conseillère bancaire est fixé au mardi 16 octobre à 9h.', []],
      [PAR, 'J’ai un entretien chez Decathlon jeudi 11 à 14h, je partirai donc plus tôt.', []],
      // The reader's own interview with the employer stays.
      [
        PAR,
        'Je vous confirme mon entretien chez vous jeudi 11 octobre à 14h.',
        ['interview 2029-10-11 14:00'],
      ],
      [
        PAR,
        'Vous êtes invitée aux tests d’aptitudes le lundi 15 octobre à 9h.',
        ['interview 2029-10-15 09:00'],
      ],
    ]);
  });
});
