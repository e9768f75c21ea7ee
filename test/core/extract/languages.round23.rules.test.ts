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
  describe('a recruiter writing to the hiring manager about “our candidate”, or an agency presenting candidates: nothing', () => {
    check([
      [
        BER,
        'Hallo Herr Pohl,\n\nunsere Kandidatin Frau Brandt kommt am Freitag, 16. November, um 10 Uhr zu Ihnen in die Filiale. Ihren Lebenslauf schicke ich Ihnen bis morgen.\n\nGrüße\nNina Krug, Personalberatung',
        [],
      ],
      [
        BER,
        'Sehr geehrter Herr Falk,\n\ngern stellen wir Ihnen drei geprüfte Kandidaten für Ihre Buchhaltung vor. Passt Ihnen Freitag, 16. November, um 11 Uhr?',
        [],
      ],
      [
        PAR,
        'Bonjour Monsieur Guérin,\n\nnotre candidat M. Petit passera vous voir vendredi 16 novembre à 10h au magasin. Je vous envoie son CV d’ici demain.',
        [],
      ],
      [
        MAD,
        'Hola Raúl:\n\nla candidata para Contabilidad, Sara Molina Vega, irá a tu oficina el viernes 16 de noviembre a las 10:00. Te paso su CV mañana.',
        [],
      ],
    ]);
  });
  describe('a place at a university applied for, its selection interview held: no job’s', () => {
    check([
      [
        BER,
        'Sehr geehrter Herr Kraus,\n\nwir laden Sie zum Auswahlgespräch für den Bachelorstudiengang Soziale Arbeit ein: Freitag, 16. November, 9 Uhr, Raum A 112.\n\nIhr Studierendensekretariat',
        [],
      ],
      [
        PAR,
        'Bonjour,\n\nsuite à votre candidature en Licence 3 Gestion, vous êtes convoqué à un entretien le vendredi 16 novembre à 9h.\n\nLa scolarité de l’IAE',
        [],
      ],
      [
        MAD,
        'Hola Irene:\n\nte esperamos en la entrevista de admisión a la maestría en Finanzas el viernes 16 de noviembre a las 9:00.',
        [],
      ],
    ]);
  });
  describe('a notary’s, a tax adviser’s or a landlord’s appointment, a casting: nothing', () => {
    check([
      [
        BER,
        'Sehr geehrte Frau Roth,\n\nder Beurkundungstermin für den Kaufvertrag ist am Freitag, 16. November, um 10 Uhr in unserem Notariat.',
        [],
      ],
      [
        PAR,
        'Bonjour Madame Roy,\n\nla signature chez le notaire est prévue le vendredi 16 novembre à 10h ; nous vous envoyons le projet d’acte d’ici lundi.',
        [],
      ],
      [
        MAD,
        'Hola, soy el dueño del depto de la calle Olmos. Vi tu consulta en Idealista: podemos hacer la visita el viernes 16 a las 18:00.',
        [],
      ],
      [
        MAD,
        'Hola Clara:\n\n¡superaste la preselección del casting! Te esperamos el viernes 16 de noviembre a las 17:00 para la prueba de cámara.',
        [],
      ],
      [
        PAR,
        'Salut Léo,\n\non aimerait te voir en audition pour notre prochain spectacle : vendredi 16 novembre à 19h à la MJC.',
        [],
      ],
    ]);
  });
  describe('a message headed by an event for many holds nothing of the reader’s application', () => {
    check([
      [
        BER,
        'Webinar: Souverän ins Gehaltsgespräch\n\nHallo Frau Kaya,\n\nunsere Karriereberaterin zeigt Ihnen am Dienstag, 20. November, um 18 Uhr, wie Sie Ihr Gehalt verhandeln. Wir schicken Ihnen den Link bis Montag.',
        [],
      ],
      [
        MAD,
        'Webinario gratuito: cómo superar tu entrevista de trabajo\n\nHola Pablo:\n\nnuestra orientadora te dará sus mejores consejos el martes 20 de noviembre a las 18:00.',
        [],
      ],
    ]);
  });
  describe('the rules of rounds 313–314c', () => {
    check([
      [
        BER,
        'Sehr geehrte Frau Engel,\n\ngerne würden wir Sie zum 1. Januar 2030 als Elektronikerin einstellen.',
        ['outcome offer'],
      ],
      [
        BER,
        'Vielen Dank für Ihre Bewerbung. Sehen Sie bitte von telefonischen Nachfragen zum aktuellen Stand Ihrer Bewerbung ab.',
        ['no-calls'],
      ],
      [
        MAD,
        'Estimada Sra. Gil:\n\nle convocamos a la prueba práctica del puesto de auxiliar el viernes 16 de noviembre a las 10:00 en el Aula Seminario del edificio B.',
        ['interview 2029-11-16 10:00'],
      ],
      [
        PAR,
        'Les candidatures au poste de juriste se clôturent le vendredi 16 novembre. Merci de ne pas nous relancer avant le lundi 19 novembre. Nous vous répondrons dans les deux semaines suivant la clôture.',
        ['no-contact-before 2029-11-19', 'response-by 2029-11-30'],
      ],
    ]);
  });
  describe('the reader’s own slot singled out among a schedule for all (round 315)', () => {
    check([
      [
        BER,
        'Vielen Dank für Ihre Bewerbung. Die Gespräche finden am 19., 20. und 21. November statt; für Sie haben wir folgenden Termin reserviert:\n\nTermin: Dienstag, 20.11.2029, 14:00 Uhr',
        ['interview 2029-11-20 14:00'],
      ],
      [
        MAD,
        'Estimado Sr. Ruiz:\n\nLas entrevistas del proceso selectivo serán los días 19, 20 y 21 de noviembre según el número de lista. Usted queda convocado el martes 20 de noviembre a las 9:40 horas.',
        ['interview 2029-11-20 09:40'],
      ],
      [
        PAR,
        'Madame,\n\nles oraux du concours se dérouleront du lundi 19 au vendredi 23 novembre. Vous êtes convoquée à l’oral le mercredi 21 novembre à 14h.',
        ['interview 2029-11-21 14:00'],
      ],
    ]);
  });
  describe('the rules of rounds 315–315c', () => {
    check([
      [
        BER,
        'Vielen Dank für Ihre Bewerbung.\n\nTermin: Freitag, 16.11.2029, 10:00 Uhr\nOrt: Raum 4\n\nDas Ergebnis erhalten Sie innerhalb von zwei Wochen nach dem Vorstellungsgespräch.',
        ['interview 2029-11-16 10:00', 'response-by 2029-11-30'],
      ],
      [
        MAD,
        'Gracias por postularte.\n\nFecha: viernes 16 de noviembre, 10:00 h\nLugar: sala 4\n\nTe daremos una respuesta en las dos semanas posteriores a la entrevista.',
        ['interview 2029-11-16 10:00', 'response-by 2029-11-30'],
      ],
      [
        MAD,
        '¡Felicitaciones, Sol! Decidimos ofrecerte el puesto de Cajera tras tus entrevistas. Tu fecha de ingreso sería el lunes 3 de diciembre a las 8:00.',
        ['outcome offer'],
      ],
      [
        MAD,
        'Hola Rubén:\n\nte asignaron como entrevistador en el proceso de Analista Contable.\n\nCandidato: Pedro Ruiz\nEntrevista: viernes 16 de noviembre, 12:00',
        [],
      ],
      [
        PAR,
        'Bonjour Paul,\n\nj’ai transmis votre CV ; le directeur recevra encore deux autres candidats vendredi 16 novembre à 10h.',
        [],
      ],
      [
        PAR,
        'Madame,\n\nje serais ravie de vous présenter une sélection de profils de caristes le vendredi 16 novembre à 10h.',
        [],
      ],
      [
        BER,
        'Jobmesse Süd – Dein Ticket\n\nHallo Ben,\n\nam Freitag, 16. November, um 10 Uhr startet der Bewerbungsmappen-Check mit Recruitern.',
        [],
      ],
      [
        BER,
        'Sehr geehrte Frau Lenz,\n\nIhr Termin zur Vorsorgeuntersuchung ist am Freitag, 16. November, um 8:10 Uhr. Wir bitten um Absage bis 24 Stunden vorher.',
        [],
      ],
    ]);
  });
  describe('working for the sender counts as a job’s word where a garage, a practice or a clinic writes (fx410)', () => {
    check([
      [
        BER,
        'Hallo Herr Kuhn,\n\ndanke für Ihren Anruf wegen der Aushilfe in unserer Werkstatt. Kommen Sie doch am Freitag, 16. November, um 10 Uhr vorbei, dann zeige ich Ihnen die Fahrzeuge.\n\nGruß\nUwe Brandt',
        ['interview 2029-11-16 10:00'],
      ],
      [
        BER,
        'Sehr geehrte Frau Arslan,\n\nwir freuen uns über Ihr Interesse an einer Mitarbeit in unserer Praxis. Hätten Sie am Freitag, 16. November, um 12 Uhr Zeit für ein persönliches Treffen? Die Behandlungsräume zeigen wir Ihnen gern.',
        ['interview 2029-11-16 12:00'],
      ],
      [
        PAR,
        'Bonjour Inès,\n\nmerci de vouloir rejoindre notre équipe ! Pouvez-vous passer au cabinet vendredi 16 novembre à 10h pour un entretien ? La consultation du matin sera finie.',
        ['interview 2029-11-16 10:00'],
      ],
      [
        MAD,
        'Hola Nuria:\n\ngracias por tus ganas de sumarte al equipo de la clínica. Te esperamos el viernes 16 de noviembre a las 10:00 para una entrevista con la directora médica. Trae tu certificado de vacunas.',
        ['interview 2029-11-16 10:00'],
      ],
      [
        MAD,
        'Hola Nuria:\n\ngracias por tu CV. Te esperamos el viernes 16 de noviembre a las 10:00 para una entrevista con la jefa de enfermería.',
        ['interview 2029-11-16 10:00'],
      ],
      [
        MAD,
        'Estimada paciente:\n\nsu cita de enfermería es el viernes 16 de noviembre a las 10:00 en la consulta 4.',
        [],
      ],
      [
        BER,
        'Hallo Frau Lenz,\n\nIhr Termin zur Reifeneinlagerung ist am Freitag, 16. November, um 10 Uhr. Unser Team zeigt Ihnen gern die Fahrzeuge.',
        [],
      ],
    ]);
  });
});
