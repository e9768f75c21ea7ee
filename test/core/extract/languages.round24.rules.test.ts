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

describe('extract: the misses of round 316–316c, their rules (fx418)', () => {
  describe('a trial session of a course, a club or a gym, a placement test: nothing', () => {
    check([
      [
        BER,
        'Hallo Frau Roth,\n\nIhr Einstufungstest für den Spanischkurs B1 ist am Freitag, 15. Februar, um 17:30 Uhr in Raum 3. Das Ergebnis bekommen Sie innerhalb von zwei Tagen.\n\nIhre Volkshochschule',
        [],
      ],
      [
        MAD,
        'Hola Julia:\n\ntu clase de prueba de escalada es el viernes 15 de febrero a las 19:00 en el rocódromo de Vallecas. Te confirmamos el grupo en 48 horas.\n\nUn saludo,\nBloque Sur',
        [],
      ],
      [
        PAR,
        'Bonjour Louise,\n\nvotre cours d’essai de piano est fixé au vendredi 15 février à 17 h. Nous vous recontacterons d’ici lundi pour l’inscription.\n\nL’école de musique',
        [],
      ],
    ]);
  });
  describe('the reader as a seller whom a buyer would visit: nothing', () => {
    check([
      [
        BER,
        'Hallo,\n\nist der Kinderwagen noch zu haben? Ich könnte ihn mir am Freitag, 15. Februar, um 17 Uhr anschauen kommen.\n\nGrüße\nMiriam',
        [],
      ],
      [
        MAD,
        'Buenas tardes:\n\n¿Sigue disponible la mesa de comedor? Podría pasar a verla el viernes 15 de febrero a las 18:00.\n\nGracias,\nRaúl',
        [],
      ],
      [
        PAR,
        'Bonjour,\n\nje suis intéressé par votre annonce pour la commode. Je peux passer la voir vendredi 15 février à 18 h.\n\nCordialement,\nLucas',
        [],
      ],
    ]);
  });
  describe('a company presenting itself to the reader’s students: nothing', () => {
    check([
      [
        BER,
        'Sehr geehrte Frau Dr. Kern,\n\nwir würden unser Traineeprogramm gern Ihren Studierenden vorstellen. Hätten Sie am Freitag, 15. Februar, um 10 Uhr Zeit für ein kurzes Gespräch?\n\nBeste Grüße\nTalent Acquisition, Nordwerk AG',
        [],
      ],
      [
        PAR,
        'Bonjour Madame Perrin,\n\nnous aimerions présenter nos offres de stage à vos étudiants. Seriez-vous disponible vendredi 15 février à 10 h pour en parler ?\n\nBien cordialement,\nService recrutement, Alpitex',
        [],
      ],
      [
        MAD,
        'Estimado Dr. Ibáñez:\n\nnos gustaría presentar nuestro programa de becarios a sus alumnos. ¿Tendría un hueco el viernes 15 de febrero a las 10:00?\n\nUn saludo,\nReclutamiento, Grupo Íbero',
        [],
      ],
    ]);
  });
  describe('an animal adopted from a shelter: nothing, though one meets it first', () => {
    check([
      [
        BER,
        'Hallo Herr Wolf,\n\ngern laden wir Sie zum Kennenlernen von Mia ins Tierheim ein: Freitag, 15. Februar, 16 Uhr. Über die Vermittlung entscheiden wir danach innerhalb einer Woche.\n\nIhr Tierheim-Team',
        [],
      ],
      [
        MAD,
        'Hola Lucía:\n\nte esperamos en el refugio el viernes 15 de febrero a las 16:00 para conocer a Canela. Sobre la adopción te respondemos en una semana.\n\nProtectora Huellas',
        [],
      ],
      [
        PAR,
        'Bonjour Hugo,\n\nnous vous attendons au refuge vendredi 15 février à 16 h pour rencontrer Pirate. Nous vous répondrons sur l’adoption sous huit jours.\n\nL’équipe du refuge',
        [],
      ],
    ]);
  });
  describe('a tradesman’s quote asked for: nothing', () => {
    check([
      [
        BER,
        'Guten Tag Frau Sommer,\n\nwir kommen am Freitag, 15. Februar, um 8 Uhr zum Aufmaß. Den Kostenvoranschlag erhalten Sie innerhalb einer Woche.\n\nMalerbetrieb Kunz',
        [],
      ],
      [
        PAR,
        'Bonjour Monsieur Vidal,\n\nnotre technicien passera vendredi 15 février à 8 h pour prendre les mesures. Vous recevrez le devis sous huit jours.\n\nMenuiserie Roux',
        [],
      ],
      [
        MAD,
        'Buenos días, Sr. Prieto:\n\nel viernes 15 de febrero a las 8:00 pasaremos a tomar medidas. Le enviaremos su presupuesto en una semana.\n\nReformas Duero',
        [],
      ],
    ]);
  });
  describe('an interview moved from one day to another, its adjectives between', () => {
    check([
      [
        MAD,
        'Hola Marcos:\n\nnecesitamos mover tu entrevista final con dirección del jueves 14 al viernes 15 de febrero, a la misma hora (11:00).\n\nSaludos,\nRR. HH.',
        ['interview 2030-02-15 11:00'],
      ],
    ]);
  });
  describe('a request not to ask for the state of the application: no-calls, unless a day bounds it', () => {
    check([
      [
        BER,
        'Sehr geehrter Herr Graf,\n\nvielen Dank für Ihre Bewerbung. Von Nachfragen zum aktuellen Stand Ihrer Bewerbung bitten wir abzusehen.\n\nIhr Personalteam',
        ['no-calls'],
      ],
      [
        BER,
        'Sehr geehrter Herr Graf,\n\nvielen Dank für Ihre Bewerbung. Wir bitten Sie, vor dem 4. März von Rückfragen zum Stand Ihrer Bewerbung abzusehen.\n\nIhr Personalteam',
        ['no-contact-before 2030-03-04'],
      ],
    ]);
  });
});

describe('extract: the misses of rounds 317–317c, their rules (fx418)', () => {
  describe('a talk "vom vergangenen Montag" is past', () => {
    check([
      [
        BER,
        'Guten Tag Frau Huber,\n\nherzlichen Dank für das offene Gespräch vom vergangenen Freitag. Wir melden uns bis Ende nächster Woche bei Ihnen.\n\nFreundliche Grüße\nHR',
        ['response-by 2030-02-22'],
      ],
    ]);
  });
  describe('a hold-off "bis zum Ablauf der Bewerbungsfrist" named before, and a window "nach Fristende"', () => {
    check([
      [
        BER,
        'Sehr geehrter Herr Lenz,\n\nvielen Dank für Ihre Bewerbung. Die Bewerbungsfrist läuft bis zum 8. März. Bitte sehen Sie bis zum Ende der Bewerbungsfrist von Sachstandsanfragen ab. Eine Rückmeldung erhalten Sie spätestens drei Wochen nach Fristende.\n\nIhr Personalservice',
        ['no-contact-before 2030-03-09', 'response-by 2030-03-29'],
      ],
    ]);
  });
  describe('the reader as the interviewer, sent a third person’s papers: nothing', () => {
    check([
      [
        BER,
        'Hallo Herr Sommer,\n\nanbei der Lebenslauf von Herrn Adler für das Vorstellungsgespräch am Freitag, 15. Februar, um 9 Uhr. Den Interviewleitfaden finden Sie im Anhang.\n\nViele Grüße\nRecruiting',
        [],
      ],
      [
        PAR,
        'Bonjour Claire,\n\nvous trouverez ci-joint le CV de Mme Roche pour l’entretien du vendredi 15 février à 9 h, ainsi que la grille d’entretien.\n\nBonne journée,\nService RH',
        [],
      ],
      [
        MAD,
        'Hola Álvaro:\n\nte adjunto el CV del Sr. Rivas para la entrevista del viernes 15 de febrero a las 9:00, junto con la guía de entrevista.\n\nSaludos,\nSelección',
        [],
      ],
    ]);
  });
  describe('the reader’s own slot among the turns of all', () => {
    check([
      [
        MAD,
        'Proceso selectivo de Técnico de Archivo\n\nEstimada aspirante:\n\nLas entrevistas se celebrarán el jueves 14 y el viernes 15 de febrero. Usted tiene asignada su entrevista el viernes 15 de febrero a las 12:40 en la sede central.\n\nLa Secretaría del Tribunal',
        ['interview 2030-02-15 12:40'],
      ],
    ]);
  });
  describe('an agency selling to the reader as an employer: nothing', () => {
    check([
      [
        PAR,
        'Madame,\n\nNotre cabinet accompagne les PME dans leurs recrutements. Je vous propose un appel le vendredi 15 février à 11 h pour parler de vos besoins en personnel.\n\nBien à vous,\nConsultant',
        [],
      ],
      [
        BER,
        'Sehr geehrte Frau Kaiser,\n\ngern würde ich mit Ihnen über Ihren Personalbedarf für das Frühjahr sprechen. Passt Ihnen Freitag, 15. Februar, um 11 Uhr?\n\nMit freundlichen Grüßen\nPersonalservice Nord',
        [],
      ],
      [
        MAD,
        'Estimada Sra. Gil:\n\nme gustaría conversar sobre sus necesidades de personal para la campaña de verano. ¿Le viene bien el viernes 15 de febrero a las 11:00?\n\nUn saludo,\nTrabajo Temporal Sur',
        [],
      ],
    ]);
  });
  describe('a third person’s interview in a familiar French message: none of its days is the reader’s', () => {
    check([
      [
        PAR,
        'Salut Manon !\n\nmon frère a un entretien chez Safran lundi à 10 h. Tu peux lui prêter ta voiture ? Je passe la prendre vendredi si ça te va.\n\nBisous',
        [],
      ],
      [
        PAR,
        'Bonjour Madame Petit,\n\nvous avez un entretien avec notre directrice le vendredi 15 février à 10 h.\n\nCordialement,\nService RH',
        ['interview 2030-02-15 10:00'],
      ],
    ]);
  });
});

describe('extract: the misses of rounds 318–318c, their rules (fx418)', () => {
  describe('a Swiss "Merci für das Gespräch heute" is past', () => {
    check([
      [
        BER,
        'Hoi Lara\n\nMerci für das gute Gespräch heute Morgen! Wir melden uns bis Freitag bei dir.\n\nLiebi Grüess\nTeam Recruiting',
        ['response-by 2030-02-15'],
      ],
    ]);
  });
  describe('the end of the month promised, and a hold-off until the day after: both', () => {
    check([
      [
        MAD,
        'Hola Nerea:\n\nte daremos una respuesta a finales de mes. Por favor, no nos escribas antes del viernes 1 de marzo para preguntar por tu candidatura.\n\nSelección',
        ['response-by 2030-02-28', 'no-contact-before 2030-03-01'],
      ],
      [
        PAR,
        'Bonjour Yanis,\n\nnous vous répondrons d’ici la fin du mois. Merci de ne pas nous relancer avant le vendredi 1er mars.\n\nService recrutement',
        ['response-by 2030-02-28', 'no-contact-before 2030-03-01'],
      ],
    ]);
  });
  describe('the reader as the interviewer, sent the schedule of interviews to hold: nothing', () => {
    check([
      [
        MAD,
        'Hola Sergio:\n\nte paso el cronograma de entrevistas del viernes 15 de febrero:\n\n– 9:00 – Ana Ruiz\n– 10:30 – Pablo Gil\n\nRecuerda completar la ficha al terminar cada entrevista.\n\nSelección',
        [],
      ],
      [
        BER,
        'Hallo Frau Brand,\n\nanbei der Zeitplan der Vorstellungsgespräche am Freitag, 15. Februar:\n\n– 9:00 Uhr: Herr Kühn\n– 10:30 Uhr: Frau Aydin\n\nBitte füllen Sie nach jedem Gespräch den Bewertungsbogen aus.\n\nRecruiting',
        [],
      ],
      [
        PAR,
        'Bonjour Julien,\n\nvoici le planning des entretiens de vendredi 15 février :\n\n– 9 h : M. Caron\n– 10 h 30 : Mme Lemoine\n\nMerci de compléter la grille d’évaluation après chaque entretien.\n\nRH',
        [],
      ],
    ]);
  });
  describe('"les dix prochains jours ouvrables" are business days', () => {
    check([
      [
        PAR,
        'Bonjour Inès,\n\nmerci pour votre candidature. Nous vous répondrons dans les cinq prochains jours ouvrables.\n\nL’équipe RH',
        ['response-by 2030-02-19'],
      ],
    ]);
  });
});

describe('extract: the reader’s own slot and an event for many in the heading, more rows (fx418)', () => {
  describe('the reader’s own slot among the days of all', () => {
    check([
      [
        BER,
        'Sehr geehrte Frau Scholz,\n\nvielen Dank für Ihre Bewerbung. Die Auswahlgespräche finden am 14. und 15. Februar statt; für Sie haben wir folgenden Termin reserviert: Freitag, 15. Februar, 11:30 Uhr.\n\nIhr Personalamt',
        ['interview 2030-02-15 11:30'],
      ],
      [
        PAR,
        'Madame,\n\nLes entretiens de sélection se dérouleront du jeudi 14 au vendredi 15 février. Vous êtes convoquée à l’entretien le vendredi 15 février à 11 h 30.\n\nLe service du recrutement',
        ['interview 2030-02-15 11:30'],
      ],
    ]);
  });
  describe('a message headed by an event for many: nothing', () => {
    check([
      [
        BER,
        'Einladung zum Karriereabend\n\nHallo Herr Weiß,\n\nam Freitag, 15. Februar, um 18 Uhr stellen sich unsere Teams vor. Bringen Sie gern Ihren Lebenslauf mit.\n\nIhr Recruiting-Team',
        [],
      ],
      [
        PAR,
        'Webinaire : préparer son entretien d’embauche\n\nBonjour Léo,\n\nrendez-vous le vendredi 15 février à 12 h 30 pour une heure de conseils de nos recruteurs.\n\nL’équipe carrières',
        [],
      ],
      [
        MAD,
        'Feria de empleo de Ingeniería 2030\n\nHola Marta:\n\nte esperamos el viernes 15 de febrero a las 10:00 en el pabellón 3. Trae varias copias de tu CV.\n\nOrganización',
        [],
      ],
    ]);
  });
});
