// Rules added after held-out rounds 83–85 (German, Spanish, French) of issue 13, each pinned by rows of its own
// that are not round rows: lines written for the rule, with their answers from TIMELINE-CONVENTIONS.md, in every
// language where the rule has a twin.
import { DE } from '../../../src/core/extract/phrases/de';
import { ES } from '../../../src/core/extract/phrases/es';
import { FR } from '../../../src/core/extract/phrases/fr';
import { checkRows, type RuleRow } from './ruleRows';

// Tuesday 2 February 2027, 10:00 in Berlin, Paris and Madrid.
const BER = { sentAt: '2027-02-02T10:00:00+01:00', tz: 'Europe/Berlin' } as const;
const PAR = { sentAt: '2027-02-02T10:00:00+01:00', tz: 'Europe/Paris' } as const;
const MAD = { sentAt: '2027-02-02T10:00:00+01:00', tz: 'Europe/Madrid' } as const;
// Tuesday 2 February 2027, 09:00 in Mexico City.
const MEX = { sentAt: '2027-02-02T09:00:00-06:00', tz: 'America/Mexico_City' } as const;

const check = (rows: readonly RuleRow[]): void => checkRows(rows, [DE, FR, ES]);

describe('a window counted from an event named again, dated sentences before, past or not (round 83)', () => {
  check([
    [
      BER,
      'Vielen Dank für Ihre Teilnahme an unserem Kennenlerntag am 28. Januar. Die Auswertung läuft noch. Innerhalb von fünf Werktagen nach dem Kennenlerntag erhalten Sie unsere Rückmeldung.',
      ['response-by 2027-02-04'],
    ],
    [
      MAD,
      'Gracias por participar en nuestra jornada de selección del 28 de enero. Estamos revisando los resultados. Dentro de los cinco días hábiles siguientes a la jornada te daremos una respuesta.',
      ['response-by 2027-02-04'],
    ],
    [
      PAR,
      "Merci d'avoir participé à notre journée de recrutement du 28 janvier. Nous analysons les résultats. Vous recevrez une réponse dans les cinq jours ouvrés suivant cette journée.",
      ['response-by 2027-02-04'],
    ],
  ]);
});

describe('the day after an event named before (round 84)', () => {
  check([
    [
      MAD,
      'El comité de contratación se reúne el jueves 11 de febrero. Al día siguiente le comunicaremos la decisión.',
      ['response-by 2027-02-12'],
    ],
    [
      PAR,
      'Le jury se réunit le jeudi 11 février ; vous aurez notre décision le lendemain.',
      ['response-by 2027-02-12'],
    ],
    [
      BER,
      'Die Auswahlkommission tagt am Donnerstag, 11. Februar. Am Tag danach erhalten Sie unsere Entscheidung.',
      ['response-by 2027-02-12'],
    ],
    // The day after an event with no day: nothing to count from.
    [MAD, 'Al día siguiente de la entrevista te mandamos la respuesta.', []],
  ]);
});

describe('notice given ahead of an event is no window of an answer (round 84)', () => {
  check([
    [MAD, 'Las personas preseleccionadas recibirán la citación con 72 horas de antelación.', []],
    [PAR, "Les candidats retenus seront convoqués au moins 48 heures à l'avance.", []],
    [BER, 'Eingeladene Bewerberinnen erhalten ihren Termin mindestens 48 Stunden im Voraus.', []],
  ]);
});

describe('a start date named by a compound is a fact, no slot (round 83)', () => {
  check([
    [BER, 'Als Eintrittstermin schlagen wir Ihnen den 1. April vor.', []],
    [PAR, "Votre date d'entrée en fonction serait le 1er avril.", []],
    [MAD, 'Su fecha de incorporación sería el 1 de abril.', []],
  ]);
});

describe('the fields under a heading that invites to an event for many are no slot (round 83)', () => {
  check([
    [
      BER,
      'Webinar-Einladung: Karriere bei uns\n\nWann: Mittwoch, 10. Februar 2027, 18:00 Uhr\nWo: online',
      [],
    ],
    [
      PAR,
      'Invitation au webinaire : nos métiers\n\nDate : mercredi 10 février 2027\nHeure : 18h\nLieu : en ligne',
      [],
    ],
    [
      MAD,
      'Invitación al webinar: trabaja con nosotros\n\nFecha: miércoles 10 de febrero de 2027\nHora: 18:00 h\nLugar: online',
      [],
    ],
    // The candidate's own invitation keeps its slot.
    [
      BER,
      'Einladung zum Vorstellungsgespräch\n\nWann: Mittwoch, 10. Februar 2027, 11:00 Uhr\nWo: online',
      ['interview 2027-02-10 11:00'],
    ],
  ]);
});

describe('a process said to be done after its usual length is a promise (round 83)', () => {
  check([
    [
      BER,
      'Die Prüfung Ihrer Unterlagen ist üblicherweise nach zwei Wochen abgeschlossen; danach hören Sie von uns.',
      ['response-by 2027-02-16'],
    ],
    [
      MAD,
      'La revisión de las candidaturas suele quedar terminada en diez días hábiles y después le informaremos.',
      ['response-by 2027-02-16'],
    ],
    [
      PAR,
      "L'étude des dossiers est généralement bouclée en dix jours ouvrés, puis nous vous informerons.",
      ['response-by 2027-02-16'],
    ],
  ]);
});

describe('no-calls as a capability, the modal before the verb and the channel far after it (round 84)', () => {
  check([
    [
      MEX,
      'Por política interna, el área no puede dar información sobre el resultado de cada etapa del proceso por teléfono.',
      ['no-calls'],
    ],
    [
      PAR,
      "Notre équipe ne peut pas donner d'informations sur l'avancement des candidatures par téléphone.",
      ['no-calls'],
    ],
    [
      BER,
      'Unser Team kann über den Stand einzelner Bewerbungen telefonisch keine Auskunft geben.',
      ['no-calls'],
    ],
  ]);
});

describe('"and" before a second object that leads straight to the day ends no clause (round 85)', () => {
  check([
    [PAR, "Je vous envoie le compte rendu et les prochaines étapes d'ici jeudi.", ['response-by 2027-02-04']],
    [
      MAD,
      'Te mando el resumen de la entrevista y los próximos pasos antes del jueves 4 de febrero.',
      ['response-by 2027-02-03'],
    ],
    [
      BER,
      'Ich schicke Ihnen das Protokoll und die nächsten Schritte bis Donnerstag.',
      ['response-by 2027-02-04'],
    ],
    // A clause of its own after "and" still breaks: the candidate's deadline is no promise.
    [
      PAR,
      'Nous vous enverrons notre réponse vendredi et vous devrez confirmer votre choix avant le 12 février.',
      ['response-by 2027-02-05'],
    ],
  ]);
});

describe('a slot moved with the everyday verbs ("schieben", "se traslada") keeps only the new day (round 87)', () => {
  check([
    [
      BER,
      'Können wir das Interview von Donnerstag auf Freitag schieben, gleiche Uhrzeit (9 Uhr)?',
      ['interview 2027-02-05 09:00'],
    ],
    [
      BER,
      'Wir müssten den Termin von Mittwoch auf Donnerstag, 15 Uhr, umlegen.',
      ['interview 2027-02-04 15:00'],
    ],
    [
      MAD,
      'La entrevista del jueves 4 se traslada al lunes 8 de febrero, a las 12:00 h.',
      ['interview 2027-02-08 12:00'],
    ],
  ]);
});

describe('"until the event on a day is over" holds off until the day after it, with "am" read with the day (round 86)', () => {
  check([
    [
      BER,
      'Bitte warte mit Nachfragen, bis die Vorauswahl am 12. Februar abgeschlossen ist.',
      ['no-contact-before 2027-02-13'],
    ],
  ]);
});

describe('the week after an event named before, in Spanish (round 87)', () => {
  check([
    [
      MEX,
      'La vacante cierra el viernes 12 de febrero; durante la semana siguiente le informaremos el resultado.',
      ['response-by 2027-02-19'],
    ],
    // With no day named before, the week after this one.
    [MAD, 'Le daremos una respuesta a lo largo de la semana siguiente.', ['response-by 2027-02-12']],
  ]);
});

describe('no staff to take calls is no-calls (round 87)', () => {
  check([
    [MEX, 'No contamos con personal para atender consultas por teléfono sobre el proceso.', ['no-calls']],
    [
      PAR,
      'Nous ne disposons pas du personnel nécessaire pour répondre aux appels concernant les candidatures.',
      ['no-calls'],
    ],
    [
      BER,
      'Wir haben leider nicht die Kapazitäten, telefonische Anfragen zu Bewerbungen zu beantworten.',
      ['no-calls'],
    ],
  ]);
});

describe('an offer "with pleasure" (round 87)', () => {
  check([
    [MAD, 'Tenemos el gusto de ofrecerle el puesto de Coordinadora de Eventos.', ['outcome offer']],
    [
      PAR,
      'Nous avons le plaisir de vous offrir le poste de coordinatrice événementielle.',
      ['outcome offer'],
    ],
    [BER, 'Wir freuen uns, Ihnen die Stelle als Eventkoordinatorin anbieten zu können.', ['outcome offer']],
  ]);
});

describe('a slot kept ("dann bleibt es bei", "on reste sur", "seguimos con") is the interview (round 89)', () => {
  check([
    [BER, 'Super, dann bleibt es also bei Donnerstag, 4. Februar, 9:30 Uhr.', ['interview 2027-02-04 09:30']],
    [PAR, 'Parfait, on reste donc sur jeudi 4 février à 9h30.', ['interview 2027-02-04 09:30']],
    [
      MAD,
      'Perfecto, entonces seguimos con el jueves 4 de febrero a las 9:30.',
      ['interview 2027-02-04 09:30'],
    ],
  ]);
});

describe('a day under a first line that names an event for many is no slot (round 89)', () => {
  check([
    [
      BER,
      'Einladung: Online-Infoabend\n\nAm Donnerstag, 4. Februar, um 18:00 Uhr stellen sich unsere Fachbereiche vor.',
      [],
    ],
    [
      PAR,
      'Journée portes ouvertes\n\nLe jeudi 4 février à 18h, venez rencontrer nos équipes et passer des mini-entretiens.',
      [],
    ],
  ]);
});

describe('a move with the Chilean "correr" keeps the new day (round 90)', () => {
  check([
    [
      MAD,
      'Tuvimos que correr la entrevista del miércoles al viernes 5 a las 12:00.',
      ['interview 2027-02-05 12:00'],
    ],
  ]);
});

describe('"hasta pasado el 14" holds off until the day after, with the article read with the day (round 90)', () => {
  check([
    [MAD, 'Le rogamos que no nos escriba hasta pasado el 12 de febrero.', ['no-contact-before 2027-02-13']],
  ]);
});

describe('a rejection going on with candidates "whose profile …" (round 90)', () => {
  check([
    [
      MAD,
      'Hemos optado por seguir con candidatos que tienen más experiencia en el sector.',
      ['outcome rejected'],
    ],
    [
      BER,
      'Wir haben uns entschieden, mit Bewerbern weiterzumachen, deren Profil näher an der Stelle liegt.',
      ['outcome rejected'],
    ],
  ]);
});

describe('a call asked not to be made, and no answer by phone (rounds 90–91)', () => {
  check([
    [MAD, 'Por favor, no hagas llamadas a las tiendas para preguntar por tu candidatura.', ['no-calls']],
    [PAR, "Merci de ne pas passer d'appels à nos agences au sujet de votre dossier.", ['no-calls']],
    [PAR, 'Aucune réponse ne sera apportée par téléphone.', ['no-calls']],
    [MAD, 'No se dará ninguna información por teléfono sobre las candidaturas.', ['no-calls']],
  ]);
});

describe('a length to reckon with is the promise (round 91)', () => {
  check([
    [PAR, 'Pour la décision, comptez environ deux semaines.', ['response-by 2027-02-16']],
    [MAD, 'Para la decisión, cuente con unas dos semanas.', ['response-by 2027-02-16']],
    [BER, 'Für die Entscheidung rechnen Sie bitte mit etwa zwei Wochen.', ['response-by 2027-02-16']],
    // Counting on someone is no length.
    [PAR, 'Nous comptons sur votre présence le 10 février.', []],
  ]);
});

describe('a window after the meeting dated in the sentence before, hours as days (round 91)', () => {
  check([
    [
      PAR,
      'Le jury se réunira le 10 février. Vous aurez notre réponse dans les 48 heures après la réunion.',
      ['response-by 2027-02-12'],
    ],
    [
      MAD,
      'El comité se reúne el 10 de febrero. Le daremos una respuesta en un plazo de 48 horas después de la reunión.',
      ['response-by 2027-02-12'],
    ],
    [
      BER,
      'Die Kommission tagt am 10. Februar. Innerhalb von 48 Stunden nach der Sitzung erhalten Sie eine Antwort.',
      ['response-by 2027-02-12'],
    ],
    [BER, 'Sie erhalten innerhalb von 72 Stunden eine Antwort.', ['response-by 2027-02-05']],
  ]);
});
