// Rules added after held-out rounds 92–94 (German, Spanish, French) of issue 13, each pinned by rows of its own
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

describe('where the candidate is met makes the slot (round 92)', () => {
  check([
    [
      BER,
      'Super, dann also Donnerstag um halb drei bei uns im Büro in der Torstraße.',
      ['interview 2027-02-04 14:30'],
    ],
    [BER, 'Passt, dann morgen um 9:30 Uhr, ich hol dich dann am Empfang ab.', ['interview 2027-02-03 09:30']],
    [
      MAD,
      'Perfecto, entonces el jueves a las 16:30 en nuestras oficinas de Chamberí.',
      ['interview 2027-02-04 16:30'],
    ],
    [
      MAD,
      'Listo: mañana a las 9:00, preséntese en recepción con su identificación.',
      ['interview 2027-02-03 09:00'],
    ],
    [PAR, 'Parfait, alors jeudi à 11h dans nos locaux de la rue Oberkampf.', ['interview 2027-02-04 11:00']],
    [
      PAR,
      "C'est bon pour demain 15h : présentez-vous à l'accueil du bâtiment B.",
      ['interview 2027-02-03 15:00'],
    ],
    // A colleague's errand at the front desk is no slot of the candidate's.
    [BER, 'Der neue Kollege kommt morgen um 8 Uhr. Kannst du ihn am Empfang abholen?', []],
  ]);
});

describe('contact welcome only after a day: the day after it (round 92)', () => {
  check([
    [
      BER,
      'Bitte melden Sie sich erst nach dem 15. Februar wieder bei uns.',
      ['no-contact-before 2027-02-16'],
    ],
    [MAD, 'Por favor, escríbanos solo después del 15 de febrero.', ['no-contact-before 2027-02-16']],
    [PAR, "Merci de ne nous relancer qu'après le 15 février.", ['no-contact-before 2027-02-16']],
  ]);
});

describe('rejections: the process not continued with the candidate, a profile chosen (rounds 92 and 94)', () => {
  check([
    [
      BER,
      'Leider haben wir entschieden, das Auswahlverfahren mit dir nicht weiterzuführen.',
      ['outcome rejected'],
    ],
    [BER, 'Wir haben uns für ein anderes Profil entschieden.', ['outcome rejected']],
    [MAD, 'Lamentablemente, hemos decidido no seguir adelante con el proceso contigo.', ['outcome rejected']],
    [
      MAD,
      'Finalmente hemos optado por una candidata con más experiencia en el sector.',
      ['outcome rejected'],
    ],
    [
      PAR,
      "Nous avons fait le choix d'une candidate dont l'expérience correspond davantage au poste.",
      ['outcome rejected'],
    ],
  ]);
});

describe('an offer given today is news delivered, no promise of today (round 92)', () => {
  check([
    [
      BER,
      'Ich freue mich, dir heute die Zusage für die Stelle als Designerin geben zu können!',
      ['outcome offer'],
    ],
    [MAD, 'Nos alegra comunicarte hoy que la plaza es tuya.', ['outcome offer']],
    [PAR, "Nous avons le plaisir de vous annoncer aujourd'hui que le poste est à vous.", ['outcome offer']],
  ]);
});

describe("a list's bullet dash is no range: each line is a day of its own (round 93)", () => {
  check([
    [MAD, 'Para la llamada te propongo:\n- miércoles 3, a las 10:00\n- jueves 4, a las 12:30', []],
    [
      BER,
      'Für das Gespräch schlage ich vor:\n- Mittwoch, 3.2., 10:00 Uhr\n- Donnerstag, 4.2., 12:30 Uhr',
      [],
    ],
    [PAR, "Pour l'entretien, je vous propose :\n- mercredi 3 février à 10h\n- jeudi 4 février à 12h30", []],
    [MAD, 'Tu entrevista:\n- jueves 4 de febrero, a las 12:30', ['interview 2027-02-04 12:30']],
  ]);
});

describe('abstaining from calling or writing before a day, every person of the verb (round 93)', () => {
  check([
    [
      MEX,
      'Le pedimos que se abstenga de llamar o escribir para preguntar por su proceso antes del 15 de febrero.',
      ['no-contact-before 2027-02-15'],
    ],
    [
      MAD,
      'Te pedimos que te abstengas de escribirnos hasta el 15 de febrero.',
      ['no-contact-before 2027-02-15'],
    ],
    [
      PAR,
      'Nous vous prions de vous abstenir de nous relancer avant le 15 février.',
      ['no-contact-before 2027-02-15'],
    ],
  ]);
});

describe('the next step told in the course of this week (round 93)', () => {
  check([
    [MAD, 'Te confirmamos el día de la prueba técnica durante esta semana.', ['response-by 2027-02-05']],
    [
      BER,
      'Den Termin für das Zweitgespräch nennen wir Ihnen im Laufe der Woche.',
      ['response-by 2027-02-05'],
    ],
    [PAR, 'Je vous recontacte dans le courant de la semaine pour fixer la date.', ['response-by 2027-02-05']],
    // "dans le courant de la semaine prochaine" stays next week.
    [PAR, 'Nous reviendrons vers vous dans le courant de la semaine prochaine.', ['response-by 2027-02-12']],
    // Told in the present with its day, the date confirmed is the slot itself.
    [MAD, 'Te confirmamos la fecha de tu entrevista: jueves 4 de febrero.', ['interview 2027-02-04']],
  ]);
});

describe('a commitment to answer is the promise (round 94)', () => {
  check([
    [
      PAR,
      'Nous nous engageons à apporter une réponse à chaque candidat sous 8 jours ouvrés.',
      ['response-by 2027-02-12'],
    ],
    [
      MAD,
      'Nos comprometemos a dar respuesta a todas las personas candidatas en un plazo máximo de 10 días.',
      ['response-by 2027-02-12'],
    ],
    [
      BER,
      'Wir verpflichten uns, jede Bewerbung binnen zwei Wochen zu beantworten.',
      ['response-by 2027-02-16'],
    ],
  ]);
});

describe('French "quinze jours" is a fortnight, counted from the sent day or an event (round 94)', () => {
  check([
    [PAR, 'Vous aurez une réponse sous quinze jours.', ['response-by 2027-02-16']],
    [
      PAR,
      'La clôture des candidatures est fixée au 5 février. Nous reviendrons vers vous dans les quinze jours suivant cette date.',
      ['response-by 2027-02-19'],
    ],
    // Working days stay a count of fifteen.
    [PAR, 'Nous vous répondrons sous quinze jours ouvrés.', ['response-by 2027-02-23']],
  ]);
});

describe('a promise told before, reported back by the candidate, is past (round 94)', () => {
  check([
    [PAR, "Lors de l'entretien, vous m'aviez dit que j'aurais une réponse sous huit jours.", []],
    [MAD, 'En la entrevista me habían dicho que tendría noticias en una semana.', []],
    [BER, 'Im Gespräch hatten Sie mir eine Entscheidung innerhalb von zehn Tagen zugesagt.', []],
  ]);
});

describe('interviews on the spot at a stand, for all comers, are an event (round 93)', () => {
  check([
    [
      MAD,
      'El miércoles 10 de febrero a las 10:00 estaremos en la universidad: entrevistas in situ para todos los interesados.',
      [],
    ],
    [PAR, 'Le mercredi 10 février à 10h, entretiens sur place pour tous les visiteurs de notre stand.', []],
    [
      BER,
      'Am Mittwoch, 10. Februar, ab 10 Uhr führen wir Gespräche direkt am Stand mit allen Interessierten.',
      [],
    ],
  ]);
});
