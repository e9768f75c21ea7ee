// Rules added after held-out rounds 51–53 (German, Spanish, French) and thread round r7 of issue 13, and after
// probes, each pinned by rows of its own that are not round rows: real lines with their answers from
// TIMELINE-CONVENTIONS.md.
import { DE } from '../../../src/core/extract/phrases/de';
import { ES } from '../../../src/core/extract/phrases/es';
import { FR } from '../../../src/core/extract/phrases/fr';
import { checkRows, type RuleRow } from './ruleRows';

// Monday 2 November 2026, 09:00 in Berlin.
const BER = { sentAt: '2026-11-02T09:00:00+01:00', tz: 'Europe/Berlin' } as const;
// Tuesday 10 November 2026, 10:00 in Paris.
const PAR = { sentAt: '2026-11-10T10:00:00+01:00', tz: 'Europe/Paris' } as const;
// Wednesday 11 November 2026, 10:00 in Madrid.
const MAD = { sentAt: '2026-11-11T10:00:00+01:00', tz: 'Europe/Madrid' } as const;

const check = (rows: readonly RuleRow[]): void => checkRows(rows, [DE, FR, ES]);

describe('a window counted from the day its anchor words lead to, or from the event before it (issue 13, class 1)', () => {
  check([
    // The day after the window's anchor words, a short way on.
    [
      BER,
      'Sehr geehrte Frau Roth,\n\nwir melden uns innerhalb von zwei Wochen nach Ende der Bewerbungsfrist am 13. November bei Ihnen.',
      ['response-by 2026-11-27'],
    ],
    [
      PAR,
      'Bonjour Madame Roux, nous vous communiquerons les résultats dans un délai de 15 jours à compter du 4 décembre.',
      ['response-by 2026-12-19'],
    ],
    // Anchor words alone after the window: the event named before it.
    [
      MAD,
      'Hola Diego: el comité se reúne el lunes 16 y te damos una respuesta dentro de los tres días hábiles siguientes.',
      ['response-by 2026-11-19'],
    ],
    // A day in another clause after the anchor words is no event of the window's.
    [
      MAD,
      'Hola Diego: te responderemos en los cinco días hábiles siguientes; la incorporación sería el 4 de enero.',
      ['response-by 2026-11-18'],
    ],
  ]);
});

describe('clock times of label–value fields (issue 13, class 4)', () => {
  check([
    [
      MAD,
      'Hola Ana: te confirmamos la entrevista.\n\nFecha: 19-11-2026. Hora: 10.00 h. Lugar: Calle Mayor 3, Madrid.',
      ['interview 2026-11-19 10:00'],
    ],
    [
      MAD,
      'Hola Ana: te esperamos para la entrevista con el equipo.\n\nDía: 3-12-2026 | Hora: 16.30 h',
      ['interview 2026-12-03 16:30'],
    ],
    // A lower-case word after a clock time is the language's, not a zone's abbreviation (IST, EST).
    [
      BER,
      'Sehr geehrte Frau Yilmaz,\n\nIhr Assessment-Center am Mittwoch, 11. November, ab 8 Uhr ist bestätigt.',
      ['interview 2026-11-11 08:00'],
    ],
  ]);
});

describe('events for many and committees meeting are no interview of the candidate (issue 13, class 5)', () => {
  check([
    [
      BER,
      'Einladung zum Infoabend\n\nAm 12.11.2026 um 18 Uhr stellen sich unsere Fachbereiche vor und führen erste Gespräche mit Interessierten.',
      [],
    ],
    [
      PAR,
      "Rejoignez-nous au salon de l'emploi de Lille le jeudi 19 novembre à 10h pour rencontrer nos recruteurs.",
      [],
    ],
    [
      MAD,
      'Visítanos en la Feria de Empleo de Valencia el jueves 19 de noviembre a las 10:00 y conoce a nuestro equipo de selección.',
      [],
    ],
    [BER, 'Hallo Herr Lang,\n\ndie Auswahlkommission trifft sich am Donnerstag um 14 Uhr.', []],
    [PAR, 'Bonjour, le jury se réunit jeudi et nous vous écrirons vendredi.', ['response-by 2026-11-13']],
  ]);
});

describe('windows in one word and the first week of a month', () => {
  check([
    [PAR, 'Bonjour Madame Roux, nous reviendrons vers vous sous huitaine.', ['response-by 2026-11-18']],
    [
      BER,
      'Guten Tag Frau Roth, wir geben Ihnen binnen Wochenfrist Bescheid über das Ergebnis Ihrer Bewerbung.',
      ['response-by 2026-11-09'],
    ],
    [MAD, 'Hola Diego: te daremos una respuesta en una quincena.', ['response-by 2026-11-26']],
    [
      BER,
      'Sehr geehrter Herr Lang, eine Entscheidung fällt in der ersten Dezemberwoche.',
      ['response-by 2026-12-07'],
    ],
    [
      PAR,
      'Bonjour Madame Roux, nous vous communiquerons notre choix dans la première semaine de décembre.',
      ['response-by 2026-12-07'],
    ],
    [
      MAD,
      'Hola Diego: esperamos comunicarte la decisión durante la primera semana de diciembre.',
      ['response-by 2026-12-07'],
    ],
  ]);
});

describe('a promised call is a promise of news; an invitation to call is none (issue 13, class 2)', () => {
  check([
    [
      PAR,
      'Bonjour Madame Roux, merci pour votre patience. Nous vous appellerons demain pour vous faire part de notre décision.',
      ['response-by 2026-11-11'],
    ],
    [
      PAR,
      'Bonjour Paul, merci pour votre message. Je vous rappelle jeudi avec le retour du client.',
      ['response-by 2026-11-12'],
    ],
    [
      PAR,
      'Bonjour Paul, je vous rappelle que votre entretien a lieu le jeudi 12 novembre à 10h.',
      ['interview 2026-11-12 10:00'],
    ],
    [
      BER,
      'Sehr geehrte Frau Roth, vielen Dank für Ihre Geduld. Morgen melden wir uns mit einer Entscheidung bei Ihnen.',
      ['response-by 2026-11-03'],
    ],
    [
      BER,
      'Hallo Paul, danke für deine Geduld. Morgen ruft dich Frau Klein an und bespricht mit dir die nächsten Schritte.',
      ['response-by 2026-11-03'],
    ],
    [BER, 'Sehr geehrte Frau Roth, rufen Sie uns gerne morgen an, wenn Sie Fragen zur Stelle haben.', []],
  ]);
});

describe('offer words negated are a rejection', () => {
  check([
    [
      PAR,
      'Bonjour Monsieur Diallo, après étude attentive de votre dossier, nous ne sommes pas en mesure de vous proposer le poste.',
      ['outcome rejected'],
    ],
    [
      MAD,
      'Hola Diego, gracias por tu tiempo. Lamentablemente no podemos ofrecerte el puesto en esta ocasión.',
      ['outcome rejected'],
    ],
    [BER, 'Sehr geehrter Herr Lang, wir können Ihnen leider keine Zusage geben.', ['outcome rejected']],
  ]);
});

describe('German invitations, hold-offs and offers in other words', () => {
  check([
    [
      BER,
      'Hallo Jana, hast du Lust, am Donnerstag um 16 Uhr bei uns in der Agentur vorbeizuschauen?',
      ['interview 2026-11-05 16:00'],
    ],
    [
      BER,
      'Hallo Herr Lang, vielen Dank für Ihre Bewerbung. Rückfragen zum Stand beantworten wir erst nach Ablauf von zehn Tagen.',
      ['no-contact-before 2026-11-12'],
    ],
    [
      PAR,
      "Salut Émilie, on est vraiment contents de t'offrir le poste de technicienne en laboratoire!",
      ['outcome offer'],
    ],
    [
      MAD,
      '¡Buenas noticias, Tomás! Queremos que te incorpores como desarrollador backend a partir del 11 de enero.',
      ['outcome offer'],
    ],
  ]);
});

describe('rules after rounds 54–56 (issue 13)', () => {
  check([
    // A window counted from the event before it: the words naming that event are no fact of the window's.
    [
      BER,
      'Sehr geehrte Frau Roth,\n\ndie Bewerbungsfrist endet am 13. November; innerhalb von zwei Wochen danach informieren wir alle Bewerberinnen und Bewerber.',
      ['response-by 2026-11-27'],
    ],
    [
      PAR,
      'Madame,\n\nLe dépôt des candidatures est possible jusqu’au 20 novembre. Nous vous répondrons dans les trois semaines qui suivent la clôture.',
      ['response-by 2026-12-11'],
    ],
    // A month counted from the day named before: "dentro del mes siguiente", "dans le mois qui suit".
    [
      MAD,
      'Hola Diego: el proceso cierra el 20 de noviembre y dentro del mes siguiente te daremos una respuesta.',
      ['response-by 2026-12-20'],
    ],
    [
      PAR,
      'Madame, les candidatures sont ouvertes jusqu’au 20 novembre ; nous vous répondrons dans le mois qui suit.',
      ['response-by 2026-12-20'],
    ],
    // An absence, then "contact me only after that".
    [
      BER,
      'Guten Tag,\n\nich bin bis 6. November im Urlaub und ab Montag, 9. November, wieder erreichbar. Bitte melden Sie sich erst danach.',
      ['no-contact-before 2026-11-09'],
    ],
    [
      BER,
      'Sehr geehrter Herr Lang,\n\nwir bitten Sie, sich bis zum Abschluss der Gespräche am 20. November zu gedulden.',
      ['no-contact-before 2026-11-20'],
    ],
    // The candidate's answer asked for by a day is no promise.
    [
      BER,
      'Hallo Tim,\n\ndanke für das Gespräch! Gib uns bitte bis Freitag Bescheid, ob der Termin für das Zweitgespräch passt.',
      [],
    ],
    // Courses, receipts and open days are no interview.
    [
      BER,
      'Quittung\n\nSeminar „Souverän im Vorstellungsgespräch“\nTermin: 20.11.2026, 9:00 Uhr\nBetrag: 120,00 €',
      [],
    ],
    [MAD, 'Comprobante de pago\n\nCurso: Entrevistas por competencias\nFecha: 19/11/2026 a las 18:00', []],
    [
      PAR,
      'Invitation : Open Day de la Fabrique le samedi 14 novembre de 10h à 16h. Venez rencontrer nos équipes !',
      [],
    ],
    // Promises and no-calls in other words.
    [
      MAD,
      'Hola Ignacio, gracias por tu paciencia. La próxima semana te contamos cómo seguimos.',
      ['response-by 2026-11-20'],
    ],
    [MAD, 'Por favor, no envíes tu hoja de vida en papel ni llames a la recepción del hotel.', ['no-calls']],
    [
      PAR,
      "Merci de ne pas vous présenter à l'accueil ni d'appeler le magasin au sujet de votre candidature.",
      ['no-calls'],
    ],
    // A test at a set time is the candidate's interview.
    [
      MAD,
      'Hola Ana: te citamos a la prueba técnica el jueves 19 de noviembre a las 10:00 en nuestra sede.',
      ['interview 2026-11-19 10:00'],
    ],
    [
      PAR,
      'Bonjour Madame Roux, votre mise en situation aura lieu le mardi 17 novembre à 9h dans nos locaux.',
      ['interview 2026-11-17 09:00'],
    ],
    // Offers as a wish, in the informal French the detector now reads as French, and "before the holidays".
    [
      PAR,
      'Bonne nouvelle : nous souhaitons vivement que vous rejoigniez notre équipe comptable dès janvier.',
      ['outcome offer'],
    ],
    [
      PAR,
      "Salut Manon ! On aimerait beaucoup que tu rejoignes l'équipe en CDI, dis-moi d'ici vendredi si c'est ok pour toi.",
      ['outcome offer'],
    ],
    [PAR, 'Bonjour Maxime, nous prévoyons rendre une décision avant les Fêtes.', ['response-by 2026-12-24']],
  ]);
});

describe('rules after rounds 57–59 (issue 13)', () => {
  check([
    // The event a window counts from, named as the candidate's interview, is that interview.
    [
      BER,
      'Sehr geehrte Frau Roth,\n\nnach Ihrem Vorstellungsgespräch am 12. November erhalten Sie innerhalb einer Woche eine Rückmeldung.',
      ['interview 2026-11-12', 'response-by 2026-11-19'],
    ],
    [
      MAD,
      'Estimada Sra. Pérez:\n\nSu entrevista será el lunes 16 de noviembre a las 12:00. Le daremos una respuesta en un plazo de tres días hábiles contados desde esa fecha.',
      ['interview 2026-11-16 12:00', 'response-by 2026-11-19'],
    ],
    // A clause that goes on after a dash or "et": the promise before it holds its bound.
    [
      BER,
      'Hallo Herr Lang,\n\nwir melden uns, sobald wir mehr wissen – spätestens aber Ende nächster Woche.',
      ['response-by 2026-11-13'],
    ],
    [
      PAR,
      'Bonjour Madame Roux, nous reviendrons vers vous dès que possible, et au plus tard le 20 novembre.',
      ['response-by 2026-11-20'],
    ],
    // Someone's absence beside a promise in its own clause: the promise.
    [
      PAR,
      'Salut Félix ! La directrice est en congés, donc on devrait pouvoir te revenir d’ici deux semaines.',
      ['response-by 2026-11-24'],
    ],
    // Hold-offs and the candidate's deadlines in other words.
    [
      BER,
      'Sehr geehrter Herr Lang,\n\nbitte haben Sie bis zum 20. November noch etwas Geduld.',
      ['no-contact-before 2026-11-20'],
    ],
    [
      BER,
      'Sehr geehrte Frau Roth,\n\nbitte fragen Sie nicht vor Ablauf von zwei Wochen nach.',
      ['no-contact-before 2026-11-16'],
    ],
    [
      BER,
      'Sehr geehrte Frau Roth,\n\nwir freuen uns, Ihnen die Stelle anbieten zu dürfen. Wir bitten Sie um Ihre Rückmeldung bis Freitag, 6. November.',
      ['outcome offer'],
    ],
    // Outcomes and no-calls in other words.
    [
      BER,
      'Hallo Paul,\n\nwir haben uns am Ende für jemanden aus dem eigenen Haus entschieden. Alles Gute dir!',
      ['outcome rejected'],
    ],
    [
      MAD,
      '¡Buenas noticias, Lucas! Te queremos en nuestro equipo de soporte a partir de enero.',
      ['outcome offer'],
    ],
    [
      PAR,
      "Madame, nous avons le plaisir de vous confirmer votre engagement en qualité d'éducatrice à partir du 4 janvier.",
      ['outcome offer'],
    ],
    [
      MAD,
      'La oficina de personal no puede atender llamadas sobre el estado de las solicitudes.',
      ['no-calls'],
    ],
    [PAR, 'Le cabinet ne répond pas aux appels concernant le suivi des candidatures.', ['no-calls']],
    // Other people's interviews and events for many.
    [
      BER,
      'Hallo Jonas,\n\nkannst du bitte für Herrn Lorenz am Dienstag um 14 Uhr einen Besprechungsraum buchen? Er kommt zum Vorstellungsgespräch.',
      [],
    ],
    [MAD, 'Hola Daniel, esta semana hacemos tres entrevistas más, el jueves y el viernes.', []],
    [PAR, 'Bonjour à tous, M. Renard passe son entretien technique mardi à 10h en salle Loire.', []],
    [
      PAR,
      'Forum Emploi Santé – jeudi 19 novembre, de 9h à 17h, Lyon. Venez passer un premier entretien avec nos recruteurs !',
      [],
    ],
    // An hour written without minutes is a clock time in office hours, not a count of hours.
    [
      MAD,
      'Hola Irene, tenemos que mover la entrevista del jueves 12 al viernes 13, misma hora, 16 h.',
      ['interview 2026-11-13 16:00'],
    ],
    [
      MAD,
      'Hola Irene: tu entrevista es el viernes 13 de noviembre y dura unas 2 h.',
      ['interview 2026-11-13'],
    ],
  ]);
});

describe('rules after rounds 60–62 (issue 13)', () => {
  check([
    // A compound heading names the interview of the fields after it.
    [
      BER,
      'Interviewbestätigung – Wann: 2026-11-12 10:00:00 (MEZ) Wo: Microsoft Teams Mit: Frau Albers',
      ['interview 2026-11-12 10:00'],
    ],
    // A period that names its own event counts from the day of the sentence before.
    [
      PAR,
      'Monsieur,\n\nLe comité se réunit le 18 novembre. Vous aurez notre réponse dans la semaine qui suit.',
      ['response-by 2026-11-27'],
    ],
    // A window after a demonstrative pointing back to the event.
    [
      PAR,
      'Madame,\n\nVotre entretien final aura lieu le vendredi 13 novembre à 15h.\n\nNous vous répondrons dans les 48 heures suivant cette rencontre.',
      ['interview 2026-11-13 15:00', 'response-by 2026-11-15'],
    ],
    // A process's length is a promise.
    [
      MAD,
      'Hola Diego: normalmente el comité tarda unos diez días en revisar todas las candidaturas.',
      ['response-by 2026-11-21'],
    ],
    // Hold-offs in other words, with a comma after "bitten" and a window before "relancer".
    [
      BER,
      'Sehr geehrter Herr Berg,\n\nwir möchten Sie bitten, bis zum 16. November von weiteren Nachfragen abzusehen.',
      ['no-contact-before 2026-11-16'],
    ],
    [
      PAR,
      'Bonjour, merci de nous laisser dix jours avant de nous recontacter.',
      ['no-contact-before 2026-11-20'],
    ],
    // Outcomes in other words.
    [
      BER,
      'Hallo Stefan,\n\nleider hat es diesmal nicht geklappt, wir haben die Stelle intern besetzt.',
      ['outcome rejected'],
    ],
    [
      BER,
      'Sehr geehrter Herr Kraus,\n\nwir freuen uns, Ihnen mitzuteilen, dass Sie unser Wunschkandidat für die Teamleitung sind.',
      ['outcome offer'],
    ],
    [
      PAR,
      "Bonjour Lina, après réflexion, nous n'allons pas pouvoir aller plus loin avec votre candidature.",
      ['outcome rejected'],
    ],
    // Newsletters, celebrations, networking evenings and other people's interviews are no slot.
    [
      BER,
      'Neu im Karriereblog: So gelingt Ihr Vorstellungsgespräch. Außerdem: unser Online-Bewerbertag am 19.11.2026 um 17 Uhr.\n\nNewsletter abbestellen',
      [],
    ],
    [
      BER,
      'Liebe Azubis,\n\nwir laden euch herzlich zu unserer Weihnachtsfeier am 11. Dezember um 16 Uhr ein!',
      [],
    ],
    [
      PAR,
      'Soirée réseautage – jeudi 19 novembre à 18 h. Venez rencontrer nos gestionnaires et passer des entrevues éclair !',
      [],
    ],
    [
      MAD,
      'Te invitamos al Foro de Empleo de la Facultad el 19 de noviembre de 10:00 a 14:00. ¡Haz entrevistas en el momento!',
      [],
    ],
    [
      BER,
      'Hallo Tim,\n\nHerr Brandt hat sein Gespräch mit der Geschäftsführung auf Donnerstag, 10 Uhr gelegt. Kannst du den Raum umbuchen?',
      [],
    ],
  ]);
});

describe('rules after thread round r7b (issue 13)', () => {
  check([
    // An ATS confirmation whose only interview words are its heading and its contact person's title.
    [
      BER,
      'Terminbestätigung\n\nStelle: Projektleiter Netze\nDatum: Donnerstag, 12.11.2026\nUhrzeit: 10:30 Uhr\nGesprächspartnerin: Frau Lenz',
      ['interview 2026-11-12 10:30'],
    ],
    [PAR, 'Merci de ne pas contacter nos conseillers en agence par téléphone.', ['no-calls']],
  ]);
});

describe('rules after rounds 63–65 (issue 13)', () => {
  check([
    // The candidate asked for a decision by a day: no promise beside the offer.
    [
      BER,
      'Sehr geehrte Frau Lang,\n\nwir möchten Ihnen die Stelle anbieten und bitten Sie, uns Ihre Entscheidung bis zum 9. November mitzuteilen.',
      ['outcome offer'],
    ],
    [
      MAD,
      'Hola Diego: la revisión de documentos suele tomar unos cinco días hábiles.',
      ['response-by 2026-11-18'],
    ],
    [MAD, 'Les rogamos no llamar a la recepción para consultar por las vacantes.', ['no-calls']],
  ]);
});

// Rules behind the lead's thread rounds r8, r9 and r11 (issue 13): each class with rows of its own.
describe('a slot moved in one sentence keeps only its new day (r9, r11)', () => {
  check([
    [
      MAD,
      'Hola Luis: necesitamos mover tu segunda entrevista del martes 17 de noviembre a las 10:00 al miércoles 18 de noviembre a las 17:00.',
      ['interview 2026-11-18 17:00'],
    ],
    [
      MAD,
      'Estimada Ana: tu entrevista del jueves 12 de noviembre a las 12:00 queda reprogramada para el lunes 16 de noviembre a las 9:30.',
      ['interview 2026-11-16 09:30'],
    ],
    [
      MAD,
      'Hola Pedro, la llamada del viernes 13 ha sido trasladada al martes 17 de noviembre a las 11:00.',
      ['interview 2026-11-17 11:00'],
    ],
  ]);
});

describe('Spanish: the present for the future before a bound, and no-calls with any verb of contact (r8, r11)', () => {
  check([
    [MAD, 'Estamos cerrando el proceso y te escribimos antes del viernes 20.', ['response-by 2026-11-19']],
    [MAD, 'Le llamamos a más tardar el lunes 16 para comentarle el resultado.', ['response-by 2026-11-16']],
    // "te escribimos para …" introduces the message itself: no promise.
    [MAD, 'Hola Marta, te escribimos para contarte que el proceso sigue abierto.', []],
    [MAD, 'Por favor, no nos contactes por teléfono; te avisamos por correo.', ['no-calls']],
    [MAD, 'Les rogamos que no nos contacten telefónicamente durante el proceso.', ['no-calls']],
  ]);
});

describe('a promise in its own clause beside a request elsewhere in the sentence (r9)', () => {
  check([
    [
      PAR,
      'Nous vous remercions de ne pas relancer par téléphone ; nous vous tiendrons informée par courriel avant la fin du mois.',
      ['no-calls', 'response-by 2026-11-30'],
    ],
    // The request's own day stays a hold-off.
    [PAR, 'Merci de ne pas nous relancer avant le 20 novembre.', ['no-contact-before 2026-11-20']],
  ]);
});
