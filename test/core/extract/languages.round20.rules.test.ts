// The rules behind the misses of rounds 301–307c (languages.round20.foreign.table.ts), each checked on lines of its
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

describe('extract: rounds 301–303 rules (issue 13, German, Spanish, French)', () => {
  describe('two days in a row joined by "and" on which an event takes place are one slot, at its first day', () => {
    check([
      [
        BER,
        'Wir laden Sie zum Auswahlverfahren ein. Es findet am 22. und 23. Oktober in Köln statt, Beginn jeweils um 9 Uhr.',
        ['interview 2029-10-22 09:00'],
      ],
      [
        BER,
        'Das Assessment-Center findet am 22. und 23. Oktober statt, Beginn ist jeweils um 9 Uhr.',
        ['interview 2029-10-22 09:00'],
      ],
      [
        MAD,
        'Te invitamos a la jornada de selección, que se celebrará los días 22 y 23 de octubre. El primer día, la acogida es a las 8:45.',
        ['interview 2029-10-22 08:45'],
      ],
      [
        PAR,
        'Vous êtes convoqué à l’assessment center, qui aura lieu les 22 et 23 octobre. Le premier jour, accueil à 9 h.',
        ['interview 2029-10-22 09:00'],
      ],
      // A range read as one date takes the first day's start too.
      [
        PAR,
        'Vous êtes convoquée à l’entretien collectif qui se déroulera du 22 au 23 octobre à Lille. Le premier jour, accueil à 8 h 30.',
        ['interview 2029-10-22 08:30'],
      ],
      // Days on offer are still a choice.
      [BER, 'Für das Gespräch haben wir am 22. und 23. Oktober noch Termine frei.', []],
      [MAD, 'Para la entrevista tenemos huecos los días 22 y 23 de octubre.', []],
    ]);
  });

  describe('"und … dann" after a dated event: the window counts from that day', () => {
    check([
      [
        BER,
        'Die Bewerbungsfrist endet am 19. Oktober, und wir melden uns dann innerhalb von zehn Tagen bei Ihnen.',
        ['response-by 2029-10-29'],
      ],
      // With no day before it, "dann" counts from the day of writing.
      [
        BER,
        'Wir prüfen Ihre Unterlagen und melden uns dann innerhalb von zwei Wochen.',
        ['response-by 2029-10-23'],
      ],
    ]);
  });

  describe('a length that "later" follows is a window without a lead word, counted from the day before', () => {
    check([
      [
        BER,
        'Ihr Gespräch ist am Montag, 15. Oktober. Sie hören eine Woche später von uns.',
        ['interview 2029-10-15', 'response-by 2029-10-22'],
      ],
      [
        MAD,
        'La entrevista final es el lunes 15 de octubre. Te damos una respuesta dos semanas más tarde.',
        ['interview 2029-10-15', 'response-by 2029-10-29'],
      ],
      [
        PAR,
        'Votre entretien est fixé au lundi 15 octobre. Nous vous répondrons dix jours plus tard.',
        ['interview 2029-10-15', 'response-by 2029-10-25'],
      ],
      // A past length is no window of anyone's.
      [PAR, 'Je suis arrivé en France trois ans plus tard.', []],
    ]);
  });

  describe('a hire with its verb at the clause\'s end is an offer ("dass wir Sie … einstellen möchten")', () => {
    check([
      [
        BER,
        'Wir freuen uns, Ihnen mitzuteilen, dass wir Sie als Disponentin im Innendienst einstellen möchten.',
        ['outcome offer'],
      ],
      [BER, 'Wir prüfen noch, ob wir Sie als Elektroniker einstellen möchten.', []],
      [BER, 'Leider müssen wir Ihnen mitteilen, dass wir Sie nicht einstellen werden.', []],
    ]);
  });

  describe("an interview of one candidate named in the third person is the reader's as interviewer", () => {
    check([
      [
        BER,
        'Kannst du am Mittwoch um 11 Uhr das Interview mit dem neuen Bewerber für den Vertrieb übernehmen?',
        [],
      ],
      [PAR, 'Pourrais-tu assister à l’entretien avec la candidate jeudi à 10h ?', []],
      [MAD, '¿Puedes cubrirme en la entrevista del candidato de mañana a las 14:00?', []],
      // The candidate's own interview with a named interviewer stays a slot.
      [
        BER,
        'Ihr Vorstellungsgespräch mit unserer Geschäftsführerin findet am Dienstag, 16. Oktober, um 10 Uhr statt.',
        ['interview 2029-10-16 10:00'],
      ],
    ]);
  });
});

describe('extract: rounds 304–304c rules (issue 13, German, Spanish, French)', () => {
  describe('a request not to call bounded by a day is the hold-off alone', () => {
    check([
      [BER, 'Bitte rufen Sie uns nicht vor dem 16. Oktober an.', ['no-contact-before 2029-10-16']],
      [PAR, 'Merci de ne pas nous appeler avant le 16 octobre.', ['no-contact-before 2029-10-16']],
      [MAD, 'Le rogamos no llamar hasta el 15 de octubre.', ['no-contact-before 2029-10-15']],
      // Unbounded, in a sentence of its own, it stays a no-calls beside the promise.
      [
        BER,
        'Bitte rufen Sie uns nicht an. Wir melden uns bis Freitag.',
        ['no-calls', 'response-by 2029-10-12'],
      ],
    ]);
  });

  describe("a check-up's words are a patient's appointment, no interview", () => {
    check([
      [BER, 'Ihr Termin zur Zahnreinigung ist am Mittwoch, 16. Oktober, um 8:40 Uhr.', []],
      [MAD, 'Su cita para la limpieza dental es el miércoles 16 de octubre a las 8:40.', []],
      [PAR, 'Votre rendez-vous pour un détartrage est fixé au mercredi 16 octobre à 8h40.', []],
    ]);
  });

  describe("a person set apart as the candidate, or a named person's interview, is another's interview", () => {
    check([
      [
        BER,
        'Kannst du beim Gespräch am Donnerstag um 11 Uhr mit Laura Braun, der Bewerberin für die Buchhaltung, dabei sein?',
        [],
      ],
      [MAD, '¿Te unes a la entrevista del viernes a las 10:00 con Pablo Ruiz, el candidato de Ventas?', []],
      [PAR, 'Tu viens à l’entretien de jeudi à 10h avec Paul Girard, le candidat pour la compta ?', []],
      [MAD, '¿Puedes hacer tú la entrevista del señor Ibáñez el jueves a las 9:00?', []],
      [BER, 'Kannst du das Gespräch von Herrn Kaiser am Freitag um 9 Uhr übernehmen?', []],
      [PAR, "Peux-tu faire passer l'entretien de M. Lambert jeudi à 14h ? Je suis en déplacement.", []],
      // The candidate's own interview with a named interviewer stays a slot.
      [
        PAR,
        'Votre entretien avec Mme Koné aura lieu le jeudi 17 octobre à 10h.',
        ['interview 2029-10-17 10:00'],
      ],
      [
        MAD,
        'Su entrevista con la señora Ruiz será el jueves 17 de octubre a las 10:00.',
        ['interview 2029-10-17 10:00'],
      ],
    ]);
  });
});

describe('extract: rounds 305–305c rules (issue 13, German, Spanish, French)', () => {
  describe("a day's number before a Spanish opening mark ends its sentence", () => {
    check([
      [
        MAD,
        'Necesito mover la entrevista del lunes 15. ¿Puedes el martes 16 a las 10:00?',
        ['interview 2029-10-16 10:00'],
      ],
    ]);
  });

  describe("a group named alone at the message's opening is colleagues: their interviews are no slot", () => {
    check([
      [
        MAD,
        'Equipo:\n\nLa semana próxima hacemos las entrevistas para practicantes. El lunes 15 a las 9:00 arrancamos con el primer grupo.',
        [],
      ],
      [
        MAD,
        'Hola Ana:\n\nTe esperamos el lunes 15 a las 9:00 para la entrevista.',
        ['interview 2029-10-15 09:00'],
      ],
    ]);
  });

  describe('"wait until … before writing" in the imperative of tú and vos is a hold-off', () => {
    check([
      [
        MAD,
        'Por favor, espera hasta el lunes 21 de octubre antes de escribirnos.',
        ['no-contact-before 2029-10-21'],
      ],
      [MAD, 'Esperá hasta el 21 de octubre antes de llamarnos, porfa.', ['no-contact-before 2029-10-21']],
      [PAR, 'Attendez jusqu’au 21 octobre avant de nous relancer.', ['no-contact-before 2029-10-21']],
      [BER, 'Warte bitte bis Montag, 21. Oktober, bevor du nachfragst.', ['no-contact-before 2029-10-21']],
    ]);
  });

  describe('"until then" after a day its sentence names behind "after the deadline" points back to that day', () => {
    check([
      [
        PAR,
        'Nous étudierons les dossiers après la clôture du 25 octobre ; merci de ne pas nous relancer d’ici là.',
        ['no-contact-before 2029-10-25'],
      ],
      // "until after the end" pointing back to the sentence before stays the day after.
      [
        BER,
        'Die Bewerbungsfrist läuft noch bis 25. Oktober. Bitte warten Sie mit Rückfragen bis nach dem Ende der Frist.',
        ['no-contact-before 2029-10-26'],
      ],
    ]);
  });

  describe('an offer and its papers in other words', () => {
    check([
      [MAD, 'Nos gustaría que te unieses al equipo de soporte.', ['outcome offer']],
      [BER, 'Der Arbeitsvertrag folgt bis Freitag per Post.', ['response-by 2029-10-12']],
    ]);
  });

  describe("a school's or a bank's meeting is no interview", () => {
    check([
      [BER, 'Ihr Beratungstermin zur Anlageberatung ist am Montag, 21. Oktober, um 11 Uhr.', []],
      [BER, 'Wir laden Sie herzlich zum Elternabend am Donnerstag, 17. Oktober, um 19:30 Uhr ein.', []],
      [
        BER,
        'Wir laden Sie herzlich zum Vorstellungsgespräch am Donnerstag, 17. Oktober, um 10 Uhr ein.',
        ['interview 2029-10-17 10:00'],
      ],
    ]);
  });
});

describe('extract: rounds 306–306c rules (issue 13, German, Spanish, French)', () => {
  describe('a weekday written as a name is no day ("Santo Domingo", "Domingo Pérez")', () => {
    check([
      [
        MAD,
        'Le esperamos el martes 15 de octubre a las 10:00 en nuestra sede de Santo Domingo para la entrevista.',
        ['interview 2029-10-15 10:00'],
      ],
      [MAD, 'Domingo Pérez, nuestro gerente, le llamará el viernes.', ['response-by 2029-10-12']],
    ]);
  });

  describe('signing the contract after a hire is no interview', () => {
    check([
      [MAD, 'Te esperamos el lunes 21 de octubre a las 9:00 para firmar el contrato.', []],
      [BER, 'Wir erwarten Sie am Montag, 21. Oktober, um 9 Uhr zur Vertragsunterzeichnung.', []],
      [
        PAR,
        'Nous vous attendons le lundi 21 octobre à 9h pour la signature de votre contrat.',
        ['outcome offer'],
      ],
    ]);
  });

  describe("a patient's or a gym's booking is no interview", () => {
    check([
      [MAD, 'Su cita en Consultorio Médico San José es el jueves 17 a las 9:30.', []],
      [MAD, 'Tu clase de zumba del jueves 17 a las 19:00 está confirmada.', []],
    ]);
  });

  describe("a timed day in a message whose only interview is another's is no slot", () => {
    check([
      [
        MAD,
        '¿Puedes reservar la sala 2 el jueves 17 a las 11:00? Tenemos entrevista con la candidata de Finanzas.',
        [],
      ],
      [
        PAR,
        'Peux-tu réserver la salle B jeudi à 11h ? Nous avons l’entretien du candidat pour la compta.',
        [],
      ],
      [
        BER,
        'Kannst du den Raum 2 für Donnerstag, 17. Oktober, um 11 Uhr buchen? Wir haben das Interview mit dem Bewerber für den Vertrieb.',
        [],
      ],
    ]);
  });

  describe('"Wir danken Ihnen für das Gespräch …" thanks for a past interview', () => {
    check([
      [BER, 'Wir danken Ihnen für das angenehme Gespräch am Montag.', []],
      [BER, 'Wir danken Ihnen für das angenehme Gespräch heute Morgen.', []],
    ]);
  });

  describe('a return\'s day is the first day contact is welcome, "erst nach dem …" the day after', () => {
    check([
      [
        BER,
        'Ich bin ab Montag im Urlaub. Bitte melden Sie sich erst nach meiner Rückkehr am 28. Oktober wieder.',
        ['no-contact-before 2029-10-28'],
      ],
      [BER, 'Bitte kontaktieren Sie uns erst nach dem 20. Oktober wieder.', ['no-contact-before 2029-10-21']],
    ]);
  });
});

describe('extract: rounds 307–307c rules (issue 13, German, Spanish, French)', () => {
  describe('the present for the future with its day right after the verb is a promise, whatever follows the day', () => {
    check([
      [
        MAD,
        'Hola Sol: ¡Gracias por venir ayer! Te llamamos el viernes para contarte cómo sigue todo.',
        ['response-by 2029-10-12'],
      ],
      // A letter's opening "we write to tell you" is none.
      [MAD, 'Le escribimos para informarle de que el lunes 14 cierra la convocatoria.', []],
    ]);
  });

  describe("a trial day is the candidate's slot; a citizen service, a specialist or a vet is no interview", () => {
    check([
      [
        BER,
        'Am Dienstag, 15. Oktober, hast du von 8 bis 12 Uhr einen Schnuppertag bei uns in der Werkstatt.',
        ['interview 2029-10-15 08:00'],
      ],
      [BER, 'Ihr Termin im Bürgeramt: Dienstag, 15. Oktober, 8:40 Uhr. Anliegen: Reisepass beantragen.', []],
      [BER, 'Termin beim Tierarzt für Luna: Mittwoch, 16. Oktober, 17 Uhr.', []],
      [MAD, 'Le recordamos su cita con la dermatóloga el martes 15 de octubre a las 10:20.', []],
      [PAR, 'Rendez-vous chez le dentiste le mardi 15 octobre à 16h20.', []],
    ]);
  });

  describe('"información telefónica" refused is no-calls', () => {
    check([
      [MAD, 'Le informamos de que no se facilitará información telefónica sobre las plazas.', ['no-calls']],
    ]);
  });

  describe('a window "suivant l\'entrevue" (Québec) counts from the interview', () => {
    check([
      [
        PAR,
        'Votre entrevue est prévue le lundi 14 octobre à 10 h. Nous vous répondrons dans les trois jours ouvrables suivant l’entrevue.',
        ['interview 2029-10-14 10:00', 'response-by 2029-10-17'],
      ],
    ]);
  });

  describe("a person set apart as candidate without an article, a preposition after, is another's interview", () => {
    check([
      [PAR, 'Peux-tu venir à l’entretien avec Léa Roux, candidate au poste de comptable, jeudi à 11h ?', []],
      [
        MAD,
        '¿Te sumas a la entrevista del jueves a las 11:00 con Pablo Ruiz, candidato al puesto de cajero?',
        [],
      ],
      [
        BER,
        'Kannst du beim Interview am Donnerstag um 11 Uhr mit Paul Martin, Bewerber für den Verkauf, dabei sein?',
        [],
      ],
      // A greeting of the reader as candidate is no other's.
      [
        PAR,
        'Bonjour, cher candidat, nous vous invitons à un entretien le jeudi 17 octobre à 10h.',
        ['interview 2029-10-17 10:00'],
      ],
    ]);
  });
});
