// Rules added after held-out rounds 121–123 (German, Spanish, French) of issue 13, each pinned by rows of its own
// that are not round rows: lines written for the rule, with their answers from TIMELINE-CONVENTIONS.md, in every
// language where the rule has a twin.
import { DE } from '../../../src/core/extract/phrases/de';
import { ES } from '../../../src/core/extract/phrases/es';
import { FR } from '../../../src/core/extract/phrases/fr';
import { checkRows, type RuleRow } from './ruleRows';

// Tuesday 11 April 2028, 10:00 in Berlin, Paris and Madrid.
const BER = { sentAt: '2028-04-11T10:00:00+02:00', tz: 'Europe/Berlin' } as const;
const PAR = { sentAt: '2028-04-11T10:00:00+02:00', tz: 'Europe/Paris' } as const;
const MAD = { sentAt: '2028-04-11T10:00:00+02:00', tz: 'Europe/Madrid' } as const;
// Tuesday 11 April 2028, 09:00 in Mexico City.
const MEX = { sentAt: '2028-04-11T09:00:00-06:00', tz: 'America/Mexico_City' } as const;

const check = (rows: readonly RuleRow[]): void => checkRows(rows, [DE, FR, ES]);

describe('a slot moved to one new day replaces the day it moves, told apart or as a pronoun (round 121)', () => {
  check([
    [
      BER,
      'Leider können wir das Interview am Donnerstag um 14 Uhr nicht wie geplant durchführen. Könnten wir es auf Dienstag, 18.04., um 11 Uhr verlegen?',
      ['interview 2028-04-18 11:00'],
    ],
    [
      BER,
      'Unser Termin am Donnerstag, 13.04., 9 Uhr, passt bei uns leider nicht mehr. Wir würden ihn gern auf Freitag, 14.04., 15 Uhr schieben.',
      ['interview 2028-04-14 15:00'],
    ],
    [
      PAR,
      "Nous ne pourrons malheureusement pas maintenir l'entretien de jeudi 13 avril à 10h. Pourrions-nous le décaler au mardi 18 avril à 14h ?",
      ['interview 2028-04-18 14:00'],
    ],
    [
      PAR,
      'Votre rendez-vous du jeudi 13 avril à 16h tombe pendant notre comité ; nous proposons de le reporter au vendredi 14 avril à 11h.',
      ['interview 2028-04-14 11:00'],
    ],
    [
      MAD,
      'No vamos a poder realizar la entrevista del jueves 13 a las 10:00 como estaba previsto. ¿Te parece si la movemos al martes 18 a las 12:00?',
      ['interview 2028-04-18 12:00'],
    ],
    [
      MEX,
      'La entrevista del jueves 13 a las 10:00 se complica por la agenda del director; le propongo reprogramarla para el miércoles 19 a las 13:00 hrs.',
      ['interview 2028-04-19 13:00'],
    ],
    // Two new days are still a choice.
    [
      BER,
      'Das Gespräch am Donnerstag müssen wir leider verlegen: Passt Ihnen Montag, 17.04., um 10 Uhr oder Dienstag, 18.04., um 14 Uhr?',
      [],
    ],
  ]);
});

describe('contact welcome after an event whose day stands apart, "until then" asking to wait (round 121)', () => {
  check([
    [
      BER,
      'Auskunft zum Stand können wir erst nach dem Abschluss aller Vorstellungsrunden am 21. April geben – bis dahin bitten wir Sie, von Nachfragen abzusehen.',
      ['no-contact-before 2028-04-22'],
    ],
    [
      PAR,
      "Nous ne pourrons vous donner de nouvelles qu'après la fin des entretiens, le 21 avril ; d'ici là, merci de ne pas nous relancer.",
      ['no-contact-before 2028-04-22'],
    ],
    [
      MAD,
      'Solo podremos darle información después del cierre de la convocatoria, el 21 de abril; hasta entonces, le rogamos que no nos escriba.',
      ['no-contact-before 2028-04-22'],
    ],
    [
      MAD,
      'Por favor, no nos contacte hasta después de la última entrevista, el 21 de abril.',
      ['no-contact-before 2028-04-22'],
    ],
  ]);
});

describe("the reader's own earlier words reported back make their promise past (round 121)", () => {
  check([
    [
      BER,
      'Sie sagten beim Gespräch, dass ich bis Freitag eine Antwort bekomme. Gibt es schon Neuigkeiten?',
      [],
    ],
    [BER, 'Du meintest letzte Woche, dass ihr euch bis Montag meldet.', []],
    [
      PAR,
      "Vous m'avez dit, à la fin de l'entretien, que j'aurais un retour avant vendredi ; avez-vous du nouveau ?",
      [],
    ],
    [MAD, 'Usted me dijo en la entrevista que me darían una respuesta antes del viernes.', []],
    [MEX, 'Tú mencionaste que tendrían noticias la semana que viene, ¿hay algo nuevo?', []],
    // The writer's own promise after a confirmation stays one.
    [
      PAR,
      'Je vous confirme, comme convenu hier, que vous recevrez une réponse d’ici vendredi.',
      ['response-by 2028-04-14'],
    ],
    [BER, 'Wie besprochen melden wir uns bis Freitag bei Ihnen.', ['response-by 2028-04-14']],
  ]);
});

describe('a selection process decided or closed by a day is the promise; a process of applying is not (round 122)', () => {
  check([
    [MAD, 'El proceso de selección quedará resuelto antes del 28 de abril.', ['response-by 2028-04-27']],
    [MEX, 'Estimamos que la evaluación de finalistas concluirá el viernes 21.', ['response-by 2028-04-21']],
    [MAD, 'El proceso de inscripción finalizará el 28 de abril.', []],
    [PAR, "Le recrutement sera finalisé d'ici la fin du mois.", ['response-by 2028-04-30']],
    [PAR, 'Le processus de candidature sera clôturé le 28 avril.', []],
    [BER, 'Über die Besetzung der Stelle wird bis zum 28. April entschieden.', ['response-by 2028-04-28']],
    [BER, 'Wir haben uns bereits am 3. April für eine andere Kandidatin entschieden.', ['outcome rejected']],
  ]);
});

describe('a window counted from "this interview" named before it (round 122)', () => {
  check([
    [
      MAD,
      'La entrevista con el comité será el jueves 20 de abril a las 10:00. En un plazo de tres días hábiles desde esa entrevista le daremos una respuesta.',
      ['interview 2028-04-20 10:00', 'response-by 2028-04-25'],
    ],
    [
      BER,
      'Das Gespräch mit der Geschäftsführung findet am Donnerstag, 20. April, um 10 Uhr statt. Innerhalb von drei Werktagen ab diesem Gespräch erhalten Sie unsere Rückmeldung.',
      ['interview 2028-04-20 10:00', 'response-by 2028-04-25'],
    ],
    [
      PAR,
      "L'entretien avec le comité aura lieu le jeudi 20 avril à 10h. Vous aurez notre retour dans les trois jours ouvrés à compter de cet entretien.",
      ['interview 2028-04-20 10:00', 'response-by 2028-04-25'],
    ],
  ]);
});

describe('phone questions said to go unanswered, as an inability or in the impersonal voice (rounds 122, 123)', () => {
  check([
    [
      MAD,
      'Por la cantidad de candidaturas, no nos es posible atender llamadas sobre el proceso.',
      ['no-calls'],
    ],
    [MEX, 'No se dará respuesta a consultas telefónicas sobre las vacantes publicadas.', ['no-calls']],
    [PAR, 'Aucune réponse ne sera apportée aux relances téléphoniques concernant ce poste.', ['no-calls']],
    [PAR, "Nous ne sommes plus en mesure de répondre aux appels au sujet de l'offre.", ['no-calls']],
    [BER, 'Bitte beachten Sie: Anrufe zum Bewerbungsstand werden nicht beantwortet.', ['no-calls']],
    [MAD, 'Si lo prefiere, puede llamarnos al 91 555 00 00 para resolver cualquier duda.', []],
  ]);
});

describe('outcomes: a refusal named as one of two is none, a fellow applicant chosen is one, offers in other words (round 124, 125)', () => {
  check([
    [BER, 'Spätestens zwei Wochen nach dem Assessment-Center erhalten Sie eine Zu- oder Absage von uns.', []],
    [BER, 'Leider ist die Wahl am Ende auf einen Mitbewerber gefallen.', ['outcome rejected']],
    [BER, 'Wir möchten Ihnen gern einen Arbeitsvertrag als Lagerleiter anbieten.', ['outcome offer']],
    [MAD, 'Tenemos la satisfacción de ofrecerle la plaza de técnico de laboratorio.', ['outcome offer']],
    [MAD, 'Adjunto te remito firmada la carta de oferta con las condiciones acordadas.', ['outcome offer']],
    // News told now, no promise: "te contamos que …".
    [MAD, 'Te contamos que las entrevistas serán durante la segunda quincena de julio.', []],
  ]);
});

describe('a wait asked for with a window of several words before "antes de", "au minimum" (round 125)', () => {
  check([
    [
      MAD,
      'Le pedimos que espere como mínimo quince días naturales antes de volver a escribirnos.',
      ['no-contact-before 2028-04-26'],
    ],
    [
      PAR,
      "Nous vous demandons d'attendre au minimum dix jours ouvrés avant de nous relancer.",
      ['no-contact-before 2028-04-25'],
    ],
    [
      BER,
      'Bitte warten Sie mindestens zehn Arbeitstage, bevor Sie bei uns nachfragen.',
      ['no-contact-before 2028-04-25'],
    ],
  ]);
});

describe('a delivery promised with its thing as a pronoun (round 125)', () => {
  check([
    [
      MAD,
      'La carta de referencia se la haremos llegar en los próximos cinco días.',
      ['response-by 2028-04-16'],
    ],
    [MEX, 'El contrato te lo haremos llegar a más tardar el viernes.', ['response-by 2028-04-14']],
  ]);
});

describe('the phone refused outright, far from what it is about (round 125)', () => {
  check([
    [
      MAD,
      'Las dudas sobre el proceso se resuelven solo por correo electrónico, nunca por teléfono.',
      ['no-calls'],
    ],
    [
      PAR,
      'Les questions sur le recrutement sont traitées par écrit et en aucun cas par téléphone.',
      ['no-calls'],
    ],
    [
      BER,
      'Sehr geehrte Frau Maier, Fragen zum Verfahren beantworten wir ausschließlich schriftlich und keinesfalls telefonisch.',
      ['no-calls'],
    ],
  ]);
});

describe('the spoken clock in Spanish and French (round 125)', () => {
  check([
    [
      MAD,
      'Te esperamos para la entrevista el jueves a las once y cuarto en la oficina de Chamberí.',
      ['interview 2028-04-13 11:15'],
    ],
    [
      MEX,
      'Tu entrevista queda para el viernes 14 a las cuatro en punto por Zoom.',
      ['interview 2028-04-14 16:00'],
    ],
    [
      PAR,
      'Votre entretien aura lieu le jeudi 13 avril à neuf heures et demie dans nos locaux.',
      ['interview 2028-04-13 09:30'],
    ],
    [
      PAR,
      'Nous vous attendons pour votre entretien vendredi à quatorze heures trente.',
      ['interview 2028-04-14 14:30'],
    ],
  ]);
});

describe('a slot moved from one day "à" another, which chrono read as a range (round 126)', () => {
  check([
    [
      PAR,
      'Serait-il possible de décaler votre entretien de jeudi 13 avril à mardi 18 avril, même heure (11h) ?',
      ['interview 2028-04-18 11:00'],
    ],
    [
      MAD,
      '¿Podemos cambiar tu entrevista del jueves 13 al martes 18 a las 11:00?',
      ['interview 2028-04-18 11:00'],
    ],
    // A range that moves nothing stays one.
    [PAR, 'Je serai en congé du lundi 17 au vendredi 21 avril.', []],
  ]);
});

describe('a window counted from events named in the plural (round 126)', () => {
  check([
    [
      PAR,
      'Les épreuves orales auront lieu le jeudi 20 avril. Les résultats seront communiqués au plus tard cinq jours ouvrés après les épreuves.',
      ['response-by 2028-04-27'],
    ],
    [
      MAD,
      'Las pruebas escritas serán el jueves 20 de abril. Le comunicaremos los resultados en un plazo de cinco días hábiles después de las pruebas.',
      ['response-by 2028-04-27'],
    ],
    [
      BER,
      'Die schriftlichen Prüfungen finden am Donnerstag, 20. April, statt. Die Ergebnisse teilen wir Ihnen spätestens fünf Werktage nach den Prüfungen mit.',
      ['response-by 2028-04-27'],
    ],
  ]);
});

describe('a psychometric test is no interview, even at the offices (round 125)', () => {
  check([
    [MAD, 'La prueba psicotécnica será el martes 18 de abril a las 9:00 en nuestra sede.', []],
    [PAR, 'Les tests psychotechniques auront lieu le mardi 18 avril à 9h dans nos locaux.', []],
    [BER, 'Der psychometrische Test findet am Dienstag, 18. April, um 9 Uhr in unseren Räumen statt.', []],
    [
      MAD,
      'Te citamos a la prueba técnica el martes 18 de abril a las 9:00 en nuestra sede.',
      ['interview 2028-04-18 09:00'],
    ],
  ]);
});

describe('a slot moved with "corremos … para el", a casting for many, phone questions refused after a relative clause (rounds 127–129)', () => {
  check([
    [
      MEX,
      '¿Te parece si movemos la entrevista del jueves para el lunes 17, mismo horario (10:00)?',
      ['interview 2028-04-17 10:00'],
    ],
    [
      BER,
      'Azubi-Casting am Samstag, 22. April, von 10 bis 14 Uhr: Führe vor Ort ein kurzes Vorstellungsgespräch mit unseren Ausbildern!',
      [],
    ],
    [
      MAD,
      'Casting de dependientes el sábado 22 de abril de 10:00 a 14:00, con entrevistas en el momento.',
      [],
    ],
    [
      BER,
      'Bitte haben Sie Verständnis, dass wir Rückfragen, die uns telefonisch erreichen, grundsätzlich nicht beantworten.',
      ['no-calls'],
    ],
    [
      PAR,
      'Notre service ne sera pas en mesure de traiter les questions de suivi par téléphone.',
      ['no-calls'],
    ],
    [MAD, 'Lamentablemente no podemos atender las consultas de seguimiento por teléfono.', ['no-calls']],
  ]);
});

describe("the candidate's own papers promised by the candidate are no promise of the employer's (round 129)", () => {
  check([
    [PAR, "Merci pour notre échange de ce matin. Je vous enverrai mes justificatifs d'ici jeudi.", []],
    [MAD, 'Gracias por la entrevista de hoy. Le enviaré mis certificados a más tardar el jueves.', []],
    [BER, 'Danke für das Gespräch heute! Meine Arbeitsproben schicke ich Ihnen bis Donnerstag.', []],
    // The employer's own sending stays a promise.
    [PAR, 'Je vous enverrai le compte rendu de l’entretien d’ici jeudi.', ['response-by 2028-04-13']],
  ]);
});
