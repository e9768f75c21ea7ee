// Rules added before and after held-out rounds 101–103 (German, Spanish, French) of issue 13, each pinned by rows
// of its own that are not round rows: lines written for the rule, with their answers from TIMELINE-CONVENTIONS.md,
// in every language where the rule has a twin.
import { DE } from '../../../src/core/extract/phrases/de';
import { ES } from '../../../src/core/extract/phrases/es';
import { FR } from '../../../src/core/extract/phrases/fr';
import { checkRows, type RuleRow } from './ruleRows';

// Tuesday 2 February 2027, 10:00 in Berlin, Paris and Madrid.
const BER = { sentAt: '2027-02-02T10:00:00+01:00', tz: 'Europe/Berlin' } as const;
const PAR = { sentAt: '2027-02-02T10:00:00+01:00', tz: 'Europe/Paris' } as const;
const MAD = { sentAt: '2027-02-02T10:00:00+01:00', tz: 'Europe/Madrid' } as const;
// Tuesday 2 February 2027, 09:00 in Bogotá.
const BOG = { sentAt: '2027-02-02T09:00:00-05:00', tz: 'America/Bogota' } as const;

const check = (rows: readonly RuleRow[]): void => checkRows(rows, [DE, FR, ES]);

describe('a promise read in every person, tense and voice of its verb (before round 101)', () => {
  check([
    [BER, 'Wir werden uns bis Freitag bei Ihnen zurückmelden.', ['response-by 2027-02-05']],
    [BER, 'Ich komme spätestens am Montag wieder auf dich zu.', ['response-by 2027-02-08']],
    [BER, 'Sie werden bis zum 12. Februar über unsere Entscheidung informiert.', ['response-by 2027-02-12']],
    [BER, 'Wir antworten Ihnen innerhalb von zehn Tagen.', ['response-by 2027-02-12']],
    [BER, 'Sie erfahren bis Freitag, ob Sie in die nächste Runde kommen.', ['response-by 2027-02-05']],
    [BER, 'Das Team entscheidet bis Mitte nächster Woche.', ['response-by 2027-02-10']],
    [BER, 'Hallo Jan, ich informiere dich am Donnerstag.', ['response-by 2027-02-04']],
    [BER, 'Mehr über unsere Teams erfahren Sie auf unserer Karriereseite.', []],
    [MAD, 'Volveremos a ponernos en contacto con usted antes del 12 de febrero.', ['response-by 2027-02-11']],
    [MAD, 'Recibirás nuestra respuesta la semana que viene.', ['response-by 2027-02-12']],
    [MAD, 'Os contactamos a lo largo de la semana del 15 de febrero.', ['response-by 2027-02-19']],
    [MAD, 'Hola Ana, te volvemos a escribir el jueves.', ['response-by 2027-02-04']],
    [MAD, 'Le escribiremos en el transcurso de la semana que viene.', ['response-by 2027-02-12']],
    [PAR, "Nous ne manquerons pas de vous recontacter d'ici le 12 février.", ['response-by 2027-02-12']],
    [PAR, "Nous vous répondrons dans un délai d'un mois.", ['response-by 2027-03-02']],
    [PAR, "Vous aurez notre retour dans un délai d'une semaine.", ['response-by 2027-02-09']],
  ]);
});

describe('days listed as numeric dates across "und", "o", "ou" are alternatives (round 101)', () => {
  check([
    [BER, 'Für das Gespräch sind Montag, 8.2., und Dienstag, 9.2., jeweils ab 10 Uhr möglich.', []],
    [MAD, 'Para la entrevista te podemos ofrecer el lunes 8/2 o el martes 9/2, a las 10:00.', []],
    [PAR, "Pour l'entretien, je vous propose le lundi 08/02 ou le mardi 09/02 à 10h.", []],
    [BER, 'Ihr Gespräch findet am Montag, 8.2., um 10 Uhr statt.', ['interview 2027-02-08 10:00']],
  ]);
});

describe('a Spanish attribution line ending in "escribió:" starts the quoted message (round 102)', () => {
  check([
    [
      MAD,
      'Lamentablemente hemos decidido seguir adelante con otra candidatura.\n\nEl vie, 29 ene 2027 a las 8:45, Marta Gil escribió:\n> Le confirmo su entrevista el lunes 1 de febrero a las 9:00.',
      ['outcome rejected'],
    ],
    [
      BOG,
      'Gracias, Juan. Lo reviso con el equipo.\n\nEl lun, 1 feb 2027 a las 17:20, Juan Pérez escribió:\n> Quedo atento a su respuesta antes del viernes 5 de febrero.',
      [],
    ],
  ]);
});

describe('a job fair named "Expo" in the first line is an event for many (round 102)', () => {
  check([
    [
      BOG,
      'Expo Talento Bogotá\n\nTe esperamos el sábado 13 de febrero de 8:00 a 13:00 en Corferias, con entrevistas en el momento.',
      [],
    ],
    [
      MAD,
      'Expoempleo Sevilla\n\nEl jueves 11 de febrero a las 10:00 abrimos las puertas del pabellón 3.',
      [],
    ],
  ]);
});

describe('hold-off requests in the whole verb, with their object named (round 101)', () => {
  check([
    [
      BER,
      'Wir ersuchen Sie höflich, von weiteren telefonischen oder schriftlichen Anfragen zum Stand vor dem 15. Februar abzusehen.',
      ['no-contact-before 2027-02-15'],
    ],
    [
      MAD,
      'Le rogamos que se abstenga de realizar consultas sobre el proceso antes del 15 de febrero.',
      ['no-contact-before 2027-02-15'],
    ],
    [
      MAD,
      'Te pedimos que evites escribirnos o llamarnos para preguntar por tu candidatura antes del 15 de febrero.',
      ['no-contact-before 2027-02-15'],
    ],
    [
      PAR,
      'Nous vous prions de vous abstenir de toute relance avant le 15 février.',
      ['no-contact-before 2027-02-15'],
    ],
  ]);
});

describe('no-calls: a follow-up named by its noun, not done by phone (round 103)', () => {
  check([
    [
      BER,
      'Bitte beachten Sie, dass eine Nachverfolgung Ihrer Bewerbung per Telefon leider nicht möglich ist.',
      ['no-calls'],
    ],
    [BER, 'Statusanfragen können wir telefonisch grundsätzlich nicht beantworten.', ['no-calls']],
    [MAD, 'Tenga en cuenta que ningún seguimiento de candidaturas puede hacerse por teléfono.', ['no-calls']],
    [BOG, 'No hacemos seguimiento de las postulaciones por vía telefónica.', ['no-calls']],
    [PAR, "Aucune question sur l'avancement du recrutement ne sera traitée par téléphone.", ['no-calls']],
    [PAR, 'Aucun suivi de dossier ne pourra être assuré par téléphone.', ['no-calls']],
    // A call welcome is no request not to call.
    [PAR, "N'hésitez pas à me joindre par téléphone pour toute question.", []],
  ]);
});

describe('a window counted from an event named after it, or told in the reflexive passive (rounds 102 and 103)', () => {
  check([
    [
      PAR,
      "Vous recevrez notre réponse dans un délai de deux semaines à compter de la clôture de l'annonce, fixée au 19 février.",
      ['response-by 2027-03-05'],
    ],
    [
      MAD,
      'La convocatoria cierra el 19 de febrero; a partir de esa fecha, la resolución se comunicará en un plazo máximo de dos semanas.',
      ['response-by 2027-03-05'],
    ],
    [MAD, 'Se le comunicará el resultado en un plazo de diez días hábiles.', ['response-by 2027-02-16']],
    [MAD, 'Se informará a los candidatos seleccionados antes del 19 de febrero.', ['response-by 2027-02-18']],
  ]);
});

describe('rejections: another application or person chosen, in the singular too (round 102 rules)', () => {
  check([
    [MAD, 'Lamentablemente hemos decidido seguir adelante con otra candidatura.', ['outcome rejected']],
    [
      BOG,
      'Tras evaluar los perfiles, decidimos continuar con otra persona para este cargo.',
      ['outcome rejected'],
    ],
    [BER, 'Leider haben wir uns am Ende für eine andere Bewerbung entschieden.', ['outcome rejected']],
    [
      PAR,
      'Nous avons malheureusement décidé de poursuivre avec une autre candidature.',
      ['outcome rejected'],
    ],
  ]);
});

// Monday 15 November 2027, 09:00 in Berlin, Paris and Madrid (rounds 104–106's rules).
const BER2 = { sentAt: '2027-11-15T09:00:00+01:00', tz: 'Europe/Berlin' } as const;
const PAR2 = { sentAt: '2027-11-15T09:00:00+01:00', tz: 'Europe/Paris' } as const;
const MAD2 = { sentAt: '2027-11-15T09:00:00+01:00', tz: 'Europe/Madrid' } as const;
// Friday 26 November 2027, 09:00 in Madrid.
const MAD_LATE = { sentAt: '2027-11-26T09:00:00+01:00', tz: 'Europe/Madrid' } as const;

describe('a weekday before the day number 24 names that day (round 105)', () => {
  check([
    [MAD2, 'Tu entrevista con el equipo es el miércoles 24 a las 11:00.', ['interview 2027-11-24 11:00']],
    [
      PAR2,
      'Votre entretien est fixé au mercredi 24, à 16h, dans nos locaux.',
      ['interview 2027-11-24 16:00'],
    ],
    // Sent after the 24th: the next 24th that is that weekday.
    [MAD_LATE, 'Tu entrevista es el viernes 24 a las 9:30.', ['interview 2027-12-24 09:30']],
    [MAD2, 'Le respondemos antes del miércoles 24.', ['response-by 2027-11-23']],
  ]);
});

describe('two slots joined by "or", the second with its weekday (round 106)', () => {
  check([
    [PAR2, 'Je vous propose jeudi 18 à 10h ou vendredi 19 à 14h pour le second entretien.', []],
    [MAD2, 'Para la entrevista: ¿el martes 16 a las 9:00 o el jueves 18 a las 17:00?', []],
    [BER2, 'Passt Ihnen das Gespräch am Dienstag, 16.11., um 9 Uhr oder Donnerstag, 18.11., um 15 Uhr?', []],
  ]);
});

describe('a call set with its verb, and notes to a panel (round 104)', () => {
  check([
    [BER2, 'Super, dann telefonieren wir morgen um 11 Uhr kurz.', ['interview 2027-11-16 11:00']],
    [BER2, 'Hallo Interview-Team,\n\nam Mittwoch um 14 Uhr stellt sich Frau Graf vor.', []],
    [MAD2, 'Hola panel:\n\nel miércoles a las 10:00 entrevistamos al último finalista.', []],
    [PAR2, 'Bonjour au jury,\n\nla dernière candidate passera mercredi à 10h.', []],
  ]);
});

describe("the candidate's own other interview elsewhere (round 105)", () => {
  check([
    [MAD2, 'Le comento que el jueves 18 tengo otra entrevista y me gustaría saber cómo va el proceso.', []],
    [BER2, 'Am Donnerstag, 18.11., habe ich noch ein anderes Vorstellungsgespräch.', []],
    [PAR2, "Jeudi 18, j'ai un autre entretien ; pourriez-vous me dire où en est ma candidature ?", []],
  ]);
});

describe("a link valid until a day is the candidate's deadline (round 104)", () => {
  check([
    [BER2, 'Der Zugang zum Online-Assessment bleibt bis Sonntag, 21.11., 23:59 Uhr aktiv.', []],
    [MAD2, 'El enlace de la prueba estará disponible hasta el domingo 21 a las 23:59.', []],
    [PAR2, "Le lien du test reste valable jusqu'au dimanche 21 novembre à minuit.", []],
  ]);
});

describe('hold-off, no-calls and candidate answers in the whole verb (rounds 104 and 105)', () => {
  check([
    [
      BER2,
      'Wir wären froh, wenn Sie sich bis nach der Auswahlrunde am 24. November gedulden könnten.',
      // "bis nach …": contact welcome the day after (TIMELINE-CONVENTIONS.md, "until after … of November 15").
      ['no-contact-before 2027-11-25'],
    ],
    [MAD2, 'Le pedimos no mandar recordatorios antes del 30 de noviembre.', ['no-contact-before 2027-11-30']],
    [
      MAD2,
      'Las llamadas a las tiendas para preguntar por el proceso de selección no serán atendidas.',
      ['no-calls'],
    ],
    [
      PAR2,
      "Les appels à nos agences pour connaître l'état de votre dossier ne seront pas traités.",
      ['no-calls'],
    ],
    [PAR2, "Nous ne disposons pas d'un numéro de téléphone dédié aux candidats.", ['no-calls']],
    [MAD2, 'Te agradecemos que nos confirmes tu decisión antes del viernes 19.', []],
  ]);
});

describe('offers, rejections and promises in more of their forms (rounds 104–106)', () => {
  check([
    [BER2, 'Wir möchten Sie sehr gern in unser Team holen!', ['outcome offer']],
    [PAR2, 'Nous souhaitons vous faire une proposition pour le poste de chef de projet.', ['outcome offer']],
    [MAD2, 'Queremos hacerte una propuesta formal para el puesto.', ['outcome offer']],
    [MAD2, 'Al final nos quedamos con otro perfil más sénior.', ['outcome rejected']],
    // (the offer letter itself names an offer)
    [PAR2, "Tu recevras ta promesse d'embauche d'ici jeudi.", ['outcome offer', 'response-by 2027-11-18']],
    [
      BER2,
      'Ich bin bis Mittwoch im Urlaub. Ab Donnerstag, 18.11., bin ich zurück und melde mich dann sofort bei Ihnen.',
      ['response-by 2027-11-18'],
    ],
  ]);
});
