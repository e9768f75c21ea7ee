// Rules added after held-out rounds 136–138 (German, Spanish, French) of issue 13, each pinned by rows of its own
// that are not round rows: lines written for the rule, with their answers from TIMELINE-CONVENTIONS.md, in every
// language where the rule has a twin.
import { DE } from '../../../src/core/extract/phrases/de';
import { ES } from '../../../src/core/extract/phrases/es';
import { FR } from '../../../src/core/extract/phrases/fr';
import { checkRows, type RuleRow } from './ruleRows';

// Monday 14 January 2030, 10:00 in Zurich, Berlin, Brussels, Paris and Madrid.
const ZRH = { sentAt: '2030-01-14T10:00:00+01:00', tz: 'Europe/Zurich' } as const;
const BER = { sentAt: '2030-01-14T10:00:00+01:00', tz: 'Europe/Berlin' } as const;
const BRU = { sentAt: '2030-01-14T10:00:00+01:00', tz: 'Europe/Brussels' } as const;
const PAR = { sentAt: '2030-01-14T10:00:00+01:00', tz: 'Europe/Paris' } as const;
const MAD = { sentAt: '2030-01-14T10:00:00+01:00', tz: 'Europe/Madrid' } as const;

const check = (rows: readonly RuleRow[]): void => checkRows(rows, [DE, FR, ES]);

describe('an absence whose end is included in the Swiss, Belgian and Spanish words ends the day after (round 136)', () => {
  check([
    [
      ZRH,
      'Guten Tag, ich bin bis und mit Donnerstag, 17. Januar, in den Ferien abwesend und danach gerne wieder für Sie da.',
      ['no-contact-before 2030-01-18'],
    ],
    [
      ZRH,
      'Guten Tag, Frau Meier ist bis einschliesslich 21. Januar abwesend; Ihre Nachricht wird nicht weitergeleitet.',
      ['no-contact-before 2030-01-22'],
    ],
    [
      BRU,
      'Bonjour, je suis en congé jusqu’au vendredi 18 janvier y compris et je traiterai votre message à mon retour.',
      ['no-contact-before 2030-01-19'],
    ],
    [
      MAD,
      'Hola, estoy de vacaciones del 10 al 18 de enero, ambos inclusive, y contestaré su correo a mi vuelta.',
      ['no-contact-before 2030-01-19'],
    ],
    // (without the word, the day named stands)
    [
      BER,
      'Guten Tag, ich bin bis zum 18. Januar im Urlaub und kann Ihre Nachricht erst danach bearbeiten.',
      ['no-contact-before 2030-01-18'],
    ],
  ]);
});

describe('a promise keeps its verb across an adverb before its object (round 138, twins in German and Spanish)', () => {
  check([
    [
      PAR,
      'Bonjour, la direction n’a pas encore tranché ; nous reviendrons néanmoins vers vous avant la fin du mois.',
      ['response-by 2030-01-31'],
    ],
    [
      PAR,
      'Salut Léo, je reviendrai de toute façon vers toi vendredi, même sans nouvelles du client.',
      ['response-by 2030-01-18'],
    ],
    [
      BER,
      'Guten Tag, die Freigabe steht noch aus, Sie hören aber auf jeden Fall bis Freitag von uns.',
      ['response-by 2030-01-18'],
    ],
    [
      MAD,
      'Hola, aún no hay decisión, pero nos pondremos de todos modos en contacto contigo antes del viernes.',
      ['response-by 2030-01-17'],
    ],
    // (the candidate's own "hören" of news is no promise)
    [BER, 'Guten Tag, ich würde mich freuen, bis Freitag von Ihnen zu hören.', []],
  ]);
});

describe('news of the application refused by phone, the three words in one clause in any order (round 136)', () => {
  check([
    [
      BER,
      'Guten Tag, wir bitten um Verständnis, dass Informationen zum Bearbeitungsstand am Telefon nicht gegeben werden.',
      ['no-calls'],
    ],
    [
      BER,
      'Guten Tag, per Telefon erteilen wir grundsätzlich keine Auskünfte zu laufenden Verfahren.',
      ['no-calls'],
    ],
    [
      BER,
      'Guten Tag, Angaben zum Auswahlverfahren machen wir nicht telefonisch, sondern nur schriftlich.',
      ['no-calls'],
    ],
    [
      PAR,
      'Bonjour, nous ne donnons malheureusement pas de nouvelles des candidatures par téléphone.',
      ['no-calls'],
    ],
    [
      PAR,
      'Bonjour, le suivi de votre candidature ne se fait pas par téléphone mais sur votre espace.',
      ['no-calls'],
    ],
    [
      MAD,
      'Hola, la situación de tu candidatura no se puede consultar por teléfono; usa el portal.',
      ['no-calls'],
    ],
    // (the phone offered, or a "not" in another clause, is no refusal)
    [
      BER,
      'Guten Tag, für Informationen erreichen Sie mich telefonisch, falls ich nicht da bin, per E-Mail.',
      [],
    ],
    [PAR, 'Bonjour, pour toute information, vous pouvez me joindre par téléphone au 01 23 45 67 89.', []],
    [MAD, 'Hola, si necesitas información sobre el proceso, llámanos por teléfono al 91 123 45 67.', []],
  ]);
});

describe('a favourable answer refused is a rejection, whatever its verb (round 138, twins in German and Spanish)', () => {
  check([
    [
      PAR,
      'Madame, après étude de votre dossier, nous ne sommes pas en mesure d’y apporter une réponse favorable.',
      ['outcome rejected'],
    ],
    [
      PAR,
      'Monsieur, nous sommes au regret de vous faire savoir que le poste a été attribué.',
      ['outcome rejected'],
    ],
    [PAR, 'Bonjour, votre candidature ne sera pas retenue pour la suite du processus.', ['outcome rejected']],
    [
      MAD,
      'Estimado señor, lamentamos no poder dar curso favorable a su solicitud de empleo.',
      ['outcome rejected'],
    ],
    [
      BER,
      'Sehr geehrter Herr Lang, leider können wir Ihrer Bewerbung nicht entsprechen.',
      ['outcome rejected'],
    ],
    [
      BER,
      'Sehr geehrter Herr Lang, wir bedauern, Ihre Bewerbung nicht positiv bescheiden zu können.',
      ['outcome rejected'],
    ],
    // (a moved slot told with regret stays a slot; a favourable answer hoped for is none)
    [
      PAR,
      'Bonjour, nous sommes au regret de devoir reporter votre entretien au mardi 22 janvier à 10h.',
      ['interview 2030-01-22 10:00'],
    ],
    [MAD, 'Hola, esperamos poder darte una respuesta favorable muy pronto.', []],
  ]);
});

describe('a clock "instead of" the old one moves the slot named in the sentence before (round 138)', () => {
  check([
    [
      BRU,
      'Bonjour Madame, votre entretien de jeudi est décalé. Nous vous recevrons à 15h au lieu de 14h, même salle.',
      ['interview 2030-01-17 15:00'],
    ],
    [
      BER,
      'Guten Tag Herr Maier, beim Gespräch am Mittwoch gibt es eine Änderung. Wir erwarten Sie um 11 Uhr statt um 10 Uhr.',
      ['interview 2030-01-16 11:00'],
    ],
    [
      MAD,
      'Hola Ana, hay un pequeño cambio en la entrevista del viernes. Te esperamos a las 12:00 en lugar de a las 10:00.',
      ['interview 2030-01-18 12:00'],
    ],
    // (a clock in a paragraph of its own is not the day's)
    [
      PAR,
      'Bonjour, merci pour notre échange de vendredi.\n\nPour info, la réunion d’équipe commence à 9h au lieu de 10h.',
      [],
    ],
  ]);
});

describe('a fact beyond a colon in running text is another statement, no fact of the promise (round 137)', () => {
  check([
    [
      MAD,
      'Hola, Pedro: me voy de vacaciones (del 28 de enero al 8 de febrero) y quería decírtelo antes: tendrás noticias nuestras esta semana.',
      ['response-by 2030-01-18'],
    ],
    [
      BER,
      'Guten Tag, ich bin ab dem 28. Januar im Urlaub, daher vorab die gute Nachricht: Sie hören bis Freitag von uns.',
      ['response-by 2030-01-18'],
    ],
    [
      PAR,
      'Bonjour, je pars en congés le 28 janvier, alors je préfère vous prévenir : vous aurez notre réponse d’ici vendredi.',
      ['response-by 2030-01-18'],
    ],
    // (the absence in the promise's own words stays a fact)
    [BER, 'Guten Tag, Herr Schmidt ist bis zum 18. Januar im Urlaub.', ['no-contact-before 2030-01-18']],
  ]);
});

describe('a task the candidate finishes by a day, or a day ending at 23:59, is no slot (round 136)', () => {
  check([
    [
      BER,
      'Guten Tag, wir laden Sie zum Online-Assessment ein. Bitte bearbeiten Sie die Aufgaben bis Freitag, 18.01., 18:00 Uhr.',
      [],
    ],
    [
      BER,
      'Hallo, für das Interview brauchen wir noch deinen Test: Der Zugang gilt bis Sonntag, 20.01.2030, 23:59 Uhr.',
      [],
    ],
    [
      PAR,
      'Bonjour, avant votre entretien, merci de remplir le questionnaire avant le 20 janvier à 23h59.',
      [],
    ],
    [MAD, 'Hola, antes de la entrevista debes completar el test antes del domingo 20 a las 23:59.', []],
    // (the slot itself keeps its clock)
    [
      BER,
      'Guten Tag, wir laden Sie am Freitag, 18.01., um 10 Uhr zum Vorstellungsgespräch ein.',
      ['interview 2030-01-18 10:00'],
    ],
  ]);
});

describe('round 139 twins: the phone line unable to answer, a post filled elsewhere, an offer with its salary', () => {
  check([
    [
      BER,
      'Guten Tag, unsere Telefonzentrale kann Ihnen leider keine Auskunft zum Stand Ihrer Bewerbung geben.',
      ['no-calls'],
    ],
    [
      PAR,
      'Bonjour, notre standard ne peut pas répondre aux questions concernant les candidatures.',
      ['no-calls'],
    ],
    [MAD, 'Hola, nuestra centralita no puede atender consultas sobre procesos de selección.', ['no-calls']],
    [
      BER,
      'Guten Tag, wir haben uns entschieden, die Position anderweitig zu vergeben.',
      ['outcome rejected'],
    ],
    [
      BER,
      'Guten Tag, wir freuen uns, Ihnen die Stelle als Buchhalterin zu einem Monatsgehalt von 4.100 € anzubieten.',
      ['outcome offer'],
    ],
    // (the phone line offered is no refusal)
    [BER, 'Guten Tag, bei Fragen erreichen Sie unsere Hotline montags bis freitags von 8 bis 18 Uhr.', []],
  ]);
});

describe('a process told by its duration is a promise of that length (round 139b, twins in French and German)', () => {
  check([
    [
      MAD,
      'Hola, el proceso completo tiene una duración aproximada de dos semanas.',
      ['response-by 2030-01-28'],
    ],
    [
      PAR,
      'Bonjour, le processus de recrutement a une durée moyenne de deux semaines.',
      ['response-by 2030-01-28'],
    ],
    [
      BER,
      'Guten Tag, das Bewerbungsverfahren hat in der Regel eine Dauer von zwei Wochen.',
      ['response-by 2030-01-28'],
    ],
    // (an interview's length is no process's)
    [PAR, 'Bonjour, l’entretien aura une durée d’environ une heure.', []],
  ]);
});

describe('the hiring approved is an offer (round 139b, twins in French and German)', () => {
  check([
    [
      MAD,
      'Hola Marta, ¡enhorabuena! La dirección aprobó tu contratación como técnica de laboratorio.',
      ['outcome offer'],
    ],
    [
      PAR,
      'Bonjour Marc, bonne nouvelle : la direction a validé votre embauche au poste de comptable.',
      ['outcome offer'],
    ],
    [BER, 'Guten Tag Herr Roth, die Geschäftsführung hat Ihre Einstellung genehmigt.', ['outcome offer']],
  ]);
});

describe('a mission, a licence or a commission is an absence (rounds 139b and 139c)', () => {
  check([
    [
      PAR,
      'Bonjour, je suis en mission jusqu’au jeudi 17 janvier inclus, avec un accès limité à mes courriels.',
      ['no-contact-before 2030-01-18'],
    ],
    [
      MAD,
      'Hola, estoy de licencia hasta el jueves 17 de enero (incluido).',
      ['no-contact-before 2030-01-18'],
    ],
  ]);
});

describe('a hold-off before an event named with promise words, its day apposed (round 139c, twins)', () => {
  check([
    [
      PAR,
      'Bonjour, merci de ne pas relancer notre service recrutement avant la publication des résultats, prévue le 25 janvier.',
      ['no-contact-before 2030-01-25'],
    ],
    [
      MAD,
      'Hola, te pedimos que no nos contactes antes de la publicación de los resultados, prevista para el 25 de enero.',
      ['no-contact-before 2030-01-25'],
    ],
    // (the promise after a hold-off's own day stays a promise)
    [
      PAR,
      'Bonjour, merci de ne pas nous relancer ; nous publierons les résultats le 25 janvier.',
      ['response-by 2030-01-25'],
    ],
  ]);
});

describe('an abbreviated month names a day, its dot no sentence end (round 139, twin in French)', () => {
  check([
    [
      BER,
      'Guten Tag, wir laden Sie zum Vorstellungsgespräch am Di., 22. Jan. 2030 um 10:30 Uhr ein.',
      ['interview 2030-01-22 10:30'],
    ],
    [
      BER,
      'Hallo Herr Roth, Ihr Interview findet am 5. Feb. 2030 um 9 Uhr statt. Wir freuen uns auf Sie!',
      ['interview 2030-02-05 09:00'],
    ],
    [
      PAR,
      'Bonjour, votre entretien est fixé au mar. 22 janv. 2030 à 10h30 dans nos locaux.',
      ['interview 2030-01-22 10:30'],
    ],
    // (a first name "Jan" is no month)
    [BER, 'Guten Tag, Jan aus dem Recruiting meldet sich bis Freitag bei Ihnen.', ['response-by 2030-01-18']],
  ]);
});

describe('the day a window counts from is no slot when it closes a posting or the interview stage (round 139)', () => {
  check([
    [
      BER,
      'Guten Tag, nach Ablauf der Bewerbungsfrist am 25. Januar teilen wir Ihnen binnen zehn Tagen mit, ob wir Sie zum Gespräch einladen.',
      ['response-by 2030-02-04'],
    ],
    [
      MAD,
      'Hola, al terminar la fase de entrevistas, el 25 de enero, te daremos una respuesta en un plazo de cinco días hábiles.',
      ['response-by 2030-02-01'],
    ],
    [
      PAR,
      "Bonjour, à l'issue de la phase d'entretiens, le 25 janvier, nous vous répondrons sous cinq jours ouvrés.",
      ['response-by 2030-02-01'],
    ],
    // (the candidate's own interview a window counts from stays a slot)
    [
      BER,
      'Guten Tag, nach Abschluss Ihres Vorstellungsgesprächs am 25. Januar melden wir uns binnen einer Woche.',
      ['interview 2030-01-25', 'response-by 2030-02-01'],
    ],
  ]);
});

describe('an event for many named earlier in the sentence, over a joiner, is no slot (round 139b, twins)', () => {
  check([
    [
      MAD,
      'Agenda universitaria\n\nTe invitamos al taller de LinkedIn y simulación de entrevistas: martes 22 de enero, 17:00 h, Aula 3.',
      [],
    ],
    [
      PAR,
      'Service carrières\n\nParticipez au webinar CV et préparation aux entretiens : mardi 22 janvier, 18h, en ligne.',
      [],
    ],
    [
      BER,
      'Career Service\n\nUnser Webinar zu Lebenslauf und Vorstellungsgespräch: Dienstag, 22. Januar, 17 Uhr, online.',
      [],
    ],
    // (the candidate's slot stays one)
    [
      MAD,
      'Hola Ana, te confirmamos la entrevista y la prueba técnica: martes 22 de enero a las 10:00.',
      ['interview 2030-01-22 10:00'],
    ],
  ]);
});

describe("a service's appointment around an application is no interview (round 139, twins)", () => {
  check([
    [BER, 'Hallo Frau Roth, Ihr Fotoshooting für die Bewerbungsfotos ist am Samstag, 19.01., um 10 Uhr.', []],
    [PAR, 'Bonjour, suite à votre embauche, votre visite médicale est fixée au jeudi 24 janvier à 9h.', []],
    [MAD, 'Hola Luis, tu examen médico de ingreso será el jueves 24 de enero a las 9:00.', []],
    // (the interview itself stays one)
    [
      BER,
      'Hallo Frau Roth, Ihr Vorstellungsgespräch ist am Donnerstag, 24.01., um 10 Uhr.',
      ['interview 2030-01-24 10:00'],
    ],
  ]);
});
