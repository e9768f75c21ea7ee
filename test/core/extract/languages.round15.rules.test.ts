// Rules added after held-out rounds 191–193 (German, Spanish, French) of issue 13, each pinned by rows of its own
// that are not round rows: lines written for the rule, with their answers from TIMELINE-CONVENTIONS.md, in every
// language where the rule has a twin.
import { DE } from '../../../src/core/extract/phrases/de';
import { ES } from '../../../src/core/extract/phrases/es';
import { FR } from '../../../src/core/extract/phrases/fr';
import { checkRows, type RuleRow } from './ruleRows';

// Tuesday 17 September 2030, 10:00 in Vienna, Berlin, Paris, Madrid; 10:00 in Bogotá.
const VIE = { sentAt: '2030-09-17T10:00:00+02:00', tz: 'Europe/Vienna' } as const;
const BER = { sentAt: '2030-09-17T10:00:00+02:00', tz: 'Europe/Berlin' } as const;
const PAR = { sentAt: '2030-09-17T10:00:00+02:00', tz: 'Europe/Paris' } as const;
const MAD = { sentAt: '2030-09-17T10:00:00+02:00', tz: 'Europe/Madrid' } as const;
const BOG = { sentAt: '2030-09-17T10:00:00-05:00', tz: 'America/Bogota' } as const;

const check = (rows: readonly RuleRow[]): void => checkRows(rows, [DE, FR, ES]);

describe('calls asked to be abstained from: "Abstand nehmen", "s\'abstenir", "abstenerse" (round 191, twins)', () => {
  check([
    [
      VIE,
      'Sehr geehrte Frau Huber,\n\nwir ersuchen Sie höflich, von Anrufen bei unseren Filialen Abstand zu nehmen.',
      ['no-calls'],
    ],
    [
      BER,
      'Guten Tag,\n\nBitte nehmen Sie von telefonischen Nachfragen zum Bewerbungsstand Abstand.',
      ['no-calls'],
    ],
    [
      PAR,
      'Bonjour,\n\nNous vous prions de vous abstenir de tout appel téléphonique concernant votre candidature.',
      ['no-calls'],
    ],
    [
      PAR,
      'Bonjour,\n\nAbstenez-vous d’appeler nos agences : toutes les réponses sont envoyées par e-mail.',
      ['no-calls'],
    ],
    [
      MAD,
      'Hola:\n\nLe rogamos que se abstenga de realizar llamadas telefónicas para consultar el estado de su candidatura.',
      ['no-calls'],
    ],
    [
      BOG,
      'Buen día:\n\nPor favor, absténgase de hacer consultas telefónicas sobre la convocatoria.',
      ['no-calls'],
    ],
    // (a bound after the calls makes the request a hold-off)
    [
      MAD,
      'Hola:\n\nLe rogamos que se abstenga de realizar llamadas antes del 15 de octubre.',
      ['no-contact-before 2030-10-15'],
    ],
    // (something else abstained from, the phone welcome, refuses no call)
    [
      BER,
      'Guten Tag,\n\nWir bitten Sie, von einer Bewerbung per Post Abstand zu nehmen; telefonisch erreichen Sie uns gerne unter 030 555 120.',
      [],
    ],
    [
      PAR,
      'Bonjour,\n\nMerci de vous abstenir de toute candidature spontanée ; pour toute question, vous pouvez appeler le 01 23 45 67 89.',
      [],
    ],
    [
      MAD,
      'Hola:\n\nAbsténgase de enviar documentación original; para dudas puede llamar al 91 555 12 12.',
      [],
    ],
  ]);
});

describe('a hold-off until after the end of a period named before: the day after its last day (round 191, twins)', () => {
  check([
    [
      BER,
      'Guten Tag,\n\nDie Bewerbungsfrist endet am 4. Oktober. Bitte sehen Sie bis nach Ablauf der Frist von Nachfragen ab.',
      ['no-contact-before 2030-10-05'],
    ],
    [
      VIE,
      'Guten Tag,\n\nDie Ausschreibung läuft bis 11. Oktober. Bitte melden Sie sich erst nach dem Ende der Ausschreibung wieder bei uns.',
      ['no-contact-before 2030-10-12'],
    ],
    [
      PAR,
      'Bonjour,\n\nLes candidatures sont ouvertes jusqu’au 4 octobre. Merci de ne nous relancer qu’après la clôture.',
      ['no-contact-before 2030-10-05'],
    ],
    [
      MAD,
      'Hola:\n\nLa convocatoria cierra el 4 de octubre. Te pedimos que no nos escribas hasta después del cierre.',
      ['no-contact-before 2030-10-05'],
    ],
    // ("until then" is that day itself; the end of a period with no request is no hold-off)
    [
      BER,
      'Guten Tag,\n\nDie Bewerbungsfrist endet am 4. Oktober. Bitte sehen Sie bis dahin von Nachfragen ab.',
      ['no-contact-before 2030-10-04'],
    ],
    [
      BER,
      'Guten Tag,\n\nDie Bewerbungsfrist endet am 4. Oktober. Nach Ablauf der Frist prüfen wir alle Unterlagen sorgfältig.',
      [],
    ],
    [
      MAD,
      'Hola:\n\nLa convocatoria cierra el 4 de octubre. Después del cierre revisaremos todas las candidaturas.',
      [],
    ],
  ]);
});

describe('welcomed into the team from a day: a start date, no promise, beside the answer words (round 191, twins)', () => {
  check([
    [
      BER,
      'Liebe Frau Brandt,\n\nwir freuen uns, Ihnen unsere Zusage zu geben: Wir möchten Sie ab dem 1. Dezember als Referentin in unserem Team begrüßen!',
      ['outcome offer'],
    ],
    [
      BER,
      'Hallo Jan,\n\nwir haben gute Nachrichten für dich und geben dir gern unsere Zusage: Ab dem 4. November würden wir dich sehr gerne an Bord begrüßen.',
      ['outcome offer'],
    ],
    [
      MAD,
      'Hola Marta:\n\nTe damos una respuesta positiva: queremos darte la bienvenida a nuestro equipo a partir del 4 de noviembre.',
      ['outcome offer'],
    ],
    [
      PAR,
      'Bonjour Julie,\n\nC’est avec grand plaisir que nous vous proposons le poste de comptable. Voici donc notre réponse : nous souhaitons vous accueillir au sein de notre équipe à partir du 4 novembre.',
      ['outcome offer'],
    ],
    // (welcomed on our premises on a day is a meeting)
    [
      PAR,
      'Bonjour,\n\nNous serons ravis de vous accueillir dans nos locaux le mardi 24 septembre à 10h pour un entretien.',
      ['interview 2030-09-24 10:00'],
    ],
    [
      MAD,
      'Hola:\n\nNos gustaría recibirte en nuestras oficinas el martes 24 de septiembre a las 10:00 para una entrevista.',
      ['interview 2030-09-24 10:00'],
    ],
  ]);
});

describe('the day back told as work taken up again: "retomo mis labores", "je reprends mes activités" (round 192)', () => {
  check([
    [
      BOG,
      'Buen día,\n\nEstoy de licencia hasta el viernes 27 de septiembre. Retomo mis labores el lunes 30 de septiembre.',
      ['no-contact-before 2030-09-30'],
    ],
    [
      MAD,
      'Hola:\n\nEstoy de vacaciones hasta el 4 de octubre; reanudo mis actividades el lunes 7 de octubre.',
      ['no-contact-before 2030-10-07'],
    ],
    [
      MAD,
      'Hola:\n\nEstoy de licencia hasta el viernes 4 de octubre y me reintegro el lunes 7.',
      ['no-contact-before 2030-10-07'],
    ],
    [
      PAR,
      'Bonjour,\n\nJe suis absente jusqu’au vendredi 27 septembre. Je reprends mes activités le lundi 30 septembre.',
      ['no-contact-before 2030-09-30'],
    ],
    // (a team taking up its interviews again is no one's absence)
    [MAD, 'Hola:\n\nEl equipo retoma las entrevistas el lunes 30 de septiembre; te avisaremos.', []],
  ]);
});

// Monday 4 November 2030, 09:00 in Berlin, Zürich, Paris, Madrid, Mexico City.
const BER_NOV = { sentAt: '2030-11-04T09:00:00+01:00', tz: 'Europe/Berlin' } as const;
const ZRH_NOV = { sentAt: '2030-11-04T09:00:00+01:00', tz: 'Europe/Zurich' } as const;
const PAR_NOV = { sentAt: '2030-11-04T09:00:00+01:00', tz: 'Europe/Paris' } as const;
const MAD_NOV = { sentAt: '2030-11-04T09:00:00+01:00', tz: 'Europe/Madrid' } as const;
const MEX_NOV = { sentAt: '2030-11-04T09:00:00-06:00', tz: 'America/Mexico_City' } as const;

describe('contact asked not to be made "before then", the day named before (round 194, twins)', () => {
  check([
    [
      BER_NOV,
      'Hallo,\n\nBis zum 20. November führen wir noch Gespräche. Wir bitten Sie, sich nicht vorher bei uns zu melden.',
      ['no-contact-before 2030-11-20'],
    ],
    [
      ZRH_NOV,
      'Grüezi\n\nAm 20. November tagt die Kommission. Bitte melden Sie sich nicht vorher.',
      ['no-contact-before 2030-11-20'],
    ],
    [
      PAR_NOV,
      'Bonjour,\n\nLes entretiens ont lieu jusqu’au 20 novembre. Merci de ne pas nous relancer avant.',
      ['no-contact-before 2030-11-20'],
    ],
    // (one's own lateness told with "nicht früher" asks nothing)
    [
      BER_NOV,
      'Hallo,\n\nAm 20. November tagt die Kommission. Wir haben uns nicht früher gemeldet, weil der Termin offen war.',
      [],
    ],
  ]);
});

describe('calls asked to be done without: "verzichten Sie auf", "renoncer à" (round 194, twins)', () => {
  check([
    [
      ZRH_NOV,
      'Grüezi\n\nBitte verzichten Sie auf telefonische Anfragen; wir informieren alle schriftlich.',
      ['no-calls'],
    ],
    [
      BER_NOV,
      'Hallo Tim,\n\nbitte verzichte auf Anrufe bei unseren Teamleitern, wir melden uns bei dir.',
      ['no-calls'],
    ],
    [
      PAR_NOV,
      'Bonjour,\n\nMerci de renoncer à tout appel téléphonique concernant votre candidature.',
      ['no-calls'],
    ],
    // (something else done without; a bound after the calls makes a hold-off)
    [
      BER_NOV,
      'Hallo,\n\nBitte verzichten Sie auf das Einsenden von Originalzeugnissen; telefonisch sind wir gerne für Sie da.',
      [],
    ],
    [
      BER_NOV,
      'Hallo,\n\nBitte verzichten Sie auf Anrufe vor dem 20. November.',
      ['no-contact-before 2030-11-20'],
    ],
  ]);
});

describe('the day back of an out-of-office, apposed or verbless (rounds 194b and 194c, twins)', () => {
  check([
    [
      MEX_NOV,
      'Hola:\n\nEstoy de vacaciones del 4 al 15 de noviembre. A mi regreso, el lunes 18, atenderé tu mensaje.',
      ['no-contact-before 2030-11-18'],
    ],
    [
      MAD_NOV,
      'Hola:\n\nEstoy de vacaciones hasta el 15 de noviembre inclusive. De vuelta el lunes 18 de noviembre.',
      ['no-contact-before 2030-11-18'],
    ],
    [
      PAR_NOV,
      'Bonjour,\n\nJe suis en vacances jusqu’au 15 novembre inclus. De retour le lundi 18 novembre.',
      ['no-contact-before 2030-11-18'],
    ],
    [
      BER_NOV,
      'Hallo,\n\nich bin bis einschließlich 15. November im Urlaub. Zurück am Montag, 18. November.',
      ['no-contact-before 2030-11-18'],
    ],
    // ("de vuelta" that opens a sentence about something else is no day back)
    [
      MAD_NOV,
      'Hola:\n\nDe vuelta al tema de la entrevista: ¿te viene bien el lunes 18 de noviembre a las 10:00?',
      ['interview 2030-11-18 10:00'],
    ],
  ]);
});
