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
});
