// The rules behind the misses of rounds 291–294c (languages.round19.foreign.table.ts), each checked on lines of its
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
  describe('round 294: a therapy, a trial class or a user-research interview is no job interview', () => {
    check([
      [BER, 'Ihr Termin zur Krankengymnastik ist am Montag, 15. Oktober, um 17:40 Uhr.', []],
      [PAR, 'Rappel : rendez-vous chez l’orthodontiste le mardi 16 octobre à 16h45.', []],
      [MAD, 'Tu clase de prueba de inglés es el martes 16 a las 19:00 en la academia.', []],
      [BER, 'Wir suchen Teilnehmende für ein Nutzerinterview am Mittwoch, 17. Oktober, um 16 Uhr.', []],
      [MAD, 'Buscamos participantes para una entrevista de usuario el miércoles 17 a las 16:00.', []],
      // An interview at a practice, or for a research role, stays one.
      [
        BER,
        'Wir laden Sie zum Vorstellungsgespräch in unserer Praxis für Physiotherapie am Montag, 15. Oktober, um 9 Uhr ein.',
        ['interview 2029-10-15 09:00'],
      ],
      [
        MAD,
        'Te invitamos a una entrevista para el puesto de investigador de usuarios el miércoles 17 a las 10:00.',
        ['interview 2029-10-17 10:00'],
      ],
    ]);
  });

  describe("round 294: a test or assessment for all admitted candidates is no slot of the reader's", () => {
    check([
      [
        BER,
        'Das Assessment-Center für alle zugelassenen Bewerberinnen und Bewerber findet am 22. Oktober statt.',
        [],
      ],
      [BER, 'Der Sporttest für alle eingeladenen Bewerber beginnt am Montag, 22. Oktober, um 8 Uhr.', []],
      // The reader's own slot stays.
      [
        BER,
        'Ihr Assessment-Center findet am Montag, 22. Oktober, um 8 Uhr statt.',
        ['interview 2029-10-22 08:00'],
      ],
    ]);
  });

  describe('round 294c: the statutory review ("ton entretien professionnel") is the employee\'s; "te recevra" is no promise', () => {
    check([
      [PAR, 'Votre entretien professionnel aura lieu le jeudi 18 octobre à 14h avec votre manager.', []],
      [
        PAR,
        'Dans le cadre de ton entretien professionnel, ta responsable te recevra le jeudi 18 octobre.',
        [],
      ],
      // A job interview stays one, and "vous recevrez" a promise.
      [PAR, 'Nous vous recevrons en entretien le jeudi 18 octobre à 14h.', ['interview 2029-10-18 14:00']],
      [PAR, 'Vous recevrez notre réponse au plus tard le vendredi 19 octobre.', ['response-by 2029-10-19']],
    ]);
  });

  describe("a call to set the interview's date is a promise to contact, not the slot", () => {
    check([
      [
        MAD,
        'Mañana te marca Sofía, de Reclutamiento, para agendar tu entrevista.',
        ['response-by 2029-10-10'],
      ],
      [
        PAR,
        'M. Diallo vous appelle jeudi pour convenir avec vous d’une date d’entretien.',
        ['response-by 2029-10-11'],
      ],
      // A call at a set time stays the call's slot.
      [PAR, 'Je vous appelle jeudi à 10h pour l’entretien téléphonique.', ['interview 2029-10-11 10:00']],
    ]);
  });

  describe('"no realizar, <aside>, llamadas" is a no-calls; "inutile de X ni de nous appeler" a hold-off', () => {
    check([
      [MAD, 'Les pedimos no realizar, en ningún caso, llamadas a las tiendas.', ['no-calls']],
      [MAD, 'Por favor, no hacer, ni siquiera por urgencia, llamadas a recepción.', ['no-calls']],
      [
        PAR,
        'Inutile de venir à l’accueil ni de nous téléphoner : nous vous répondrons au plus tard le vendredi 19 octobre.',
        ['response-by 2029-10-19', 'no-contact-before 2029-10-19'],
      ],
      // Calls welcome: no request.
      [MAD, 'No dudes en hacer, si lo necesitas, llamadas a recepción.', []],
    ]);
  });

  describe('the role said to be the reader\'s, named between ("el puesto de X es tuyo") is an offer', () => {
    check([
      [MAD, 'Te confirmamos que el puesto de jefe de cocina es tuyo.', ['outcome offer']],
      [PAR, 'Bonne nouvelle : le poste de cheffe de rang est à vous !', ['outcome offer']],
      [BER, 'Gute Nachrichten: Die Stelle als Koch gehört Ihnen!', ['outcome offer']],
      // The choice is the reader's, no offer.
      [MAD, 'La decisión sobre el puesto de cajero es tuya.', []],
    ]);
  });

  describe('"a las 15h00": the minutes after the "h" are the clock', () => {
    check([
      [
        MAD,
        'Le esperamos para la entrevista el lunes 15 de octubre a las 15h00.',
        ['interview 2029-10-15 15:00'],
      ],
      [MAD, 'Tu entrevista es el martes 16 de octubre a las 9h30 en Quito.', ['interview 2029-10-16 09:30']],
      // A length written so is no clock.
      [MAD, 'La entrevista del lunes 15 de octubre dura 1h30.', ['interview 2029-10-15']],
    ]);
  });

  describe('a window counted from a session or a date named before ("nach dieser Sitzung", "suivant cette date")', () => {
    check([
      [
        BER,
        'Die Kommission tagt am 17. Oktober; über das Ergebnis informieren wir Sie innerhalb von zwei Wochen nach dieser Sitzung.',
        ['response-by 2029-10-31'],
      ],
      [
        PAR,
        'Les entretiens se termineront le vendredi 12 octobre ; nous vous répondrons dans la semaine suivant cette date.',
        ['response-by 2029-10-19'],
      ],
      [
        PAR,
        'Mme Payet est absente. Dès son retour, le lundi 15 octobre, elle vous répondra sous une semaine.',
        ['response-by 2029-10-22'],
      ],
      [
        MAD,
        'La responsable está de viaje. A su regreso, el lunes 15 de octubre, le responderá en un plazo de una semana.',
        ['response-by 2029-10-22'],
      ],
      // No day named for the session: no window.
      [BER, 'Wir informieren Sie innerhalb von zwei Wochen nach dieser Sitzung.', []],
    ]);
  });

  describe('a hold-off until the day a window counts from stays beside the window', () => {
    check([
      [
        MAD,
        'No nos escribas hasta que cierre la convocatoria el viernes 19; después tendrás noticias nuestras en una semana.',
        ['no-contact-before 2029-10-19', 'response-by 2029-10-26'],
      ],
      [
        BER,
        'Bitte melden Sie sich nicht vor dem 19. Oktober; in der darauffolgenden Woche hören Sie von uns.',
        ['no-contact-before 2029-10-19', 'response-by 2029-10-26'],
      ],
      // A committee's day a window counts from is no hold-off.
      [
        MAD,
        'El comité se reúne el viernes 19; después tendrás noticias nuestras en una semana.',
        ['response-by 2029-10-26'],
      ],
    ]);
  });

  describe('an event of several days listed with "and" is one slot, its first day at the first day\'s start', () => {
    check([
      [
        BER,
        'Wir laden Sie zum zweitägigen Assessment-Center am 22. und 23. Oktober ein. Beginn ist am ersten Tag um 8:30 Uhr.',
        ['interview 2029-10-22 08:30'],
      ],
      [
        PAR,
        'Nous vous convions à notre journée de sélection sur deux jours, les 22 et 23 octobre. Le premier jour, accueil à 9 h.',
        ['interview 2029-10-22 09:00'],
      ],
      // Days offered as a choice are no slot yet.
      [BER, 'Wir könnten Ihnen ein Gespräch am 22. oder 23. Oktober anbieten.', []],
    ]);
  });
});
