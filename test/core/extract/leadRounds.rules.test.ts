// Rules added after the lead's held-out thread rounds (r24 on) of issue 13, each pinned by rows of its own that are
// not the rounds' text: lines written for the rule, in every language where the rule has a twin.
import assert from 'node:assert/strict';
import { findInText } from '../../../src/core/extract';
import { DE } from '../../../src/core/extract/phrases/de';
import { ES } from '../../../src/core/extract/phrases/es';
import { FR } from '../../../src/core/extract/phrases/fr';
import { checkRows, type RuleRow } from './ruleRows';

// Wednesday 4 November 2026, 12:30 in Berlin, Paris, Madrid and Buenos Aires.
const BER = { sentAt: '2026-11-04T12:30:00+01:00', tz: 'Europe/Berlin' } as const;
const PAR = { sentAt: '2026-11-04T12:30:00+01:00', tz: 'Europe/Paris' } as const;
const MAD = { sentAt: '2026-11-04T12:30:00+01:00', tz: 'Europe/Madrid' } as const;
const BUE = { sentAt: '2026-11-04T12:30:00-03:00', tz: 'America/Argentina/Buenos_Aires' } as const;

const check = (rows: readonly RuleRow[]): void => checkRows(rows, [DE, FR, ES]);

describe('no-calls: contact that would go round the recruiter, asked not to be made (r24)', () => {
  check([
    [
      BUE,
      'Hablé con la empresa y pidieron que no los contacten directamente; cualquier duda, por mí.',
      ['no-calls'],
    ],
    [MAD, 'Por favor, no llames directamente a la tienda para preguntar por tu candidatura.', ['no-calls']],
    [
      PAR,
      'Merci de ne pas contacter directement notre client : je reste votre interlocutrice.',
      ['no-calls'],
    ],
    [PAR, 'Le cabinet demande aux candidats de ne pas appeler directement la direction.', ['no-calls']],
    [
      BER,
      'Bitte rufen Sie die Fachabteilung nicht direkt an, sondern melden Sie sich bei mir.',
      ['no-calls'],
    ],
    [BER, 'Wir bitten Sie, sich nicht direkt an unseren Mandanten zu wenden.', ['no-calls']],
    // A bound makes it no-contact-before; "direkt" about something else asks nothing.
    [
      MAD,
      'Te pedimos que no te comuniques con nosotros antes del 30 de noviembre.',
      ['no-contact-before 2026-11-30'],
    ],
    [BER, 'Der Vertrag geht Ihnen nicht direkt zu, sondern über die Personalabteilung.', []],
    [PAR, 'Vous pouvez contacter directement la responsable du service si besoin.', []],
  ]);
});

// Thursday 3 December 2026, 11:45 in Zurich, Berlin and Madrid.
const ZRH3 = { sentAt: '2026-12-03T11:45:00+01:00', tz: 'Europe/Zurich' } as const;
const BER3 = { sentAt: '2026-12-03T11:45:00+01:00', tz: 'Europe/Berlin' } as const;
const MAD3 = { sentAt: '2026-12-03T11:45:00+01:00', tz: 'Europe/Madrid' } as const;

describe("German: the candidate's answer asked by a day is no promise; what the employer will tell is one (r26)", () => {
  check([
    [ZRH3, 'Wir bitten Sie, uns Ihren Entscheid bis am 15. Dezember mitzuteilen.', []],
    [BER3, 'Wir bitten Sie, uns bis zum 14. Dezember mitzuteilen, ob Sie die Stelle antreten.', []],
    [BER3, 'Bitte versuchen Sie, uns den Termin bis Montag zu bestätigen.', []],
    [BER3, 'Wir werden Ihnen bis zum 15. Dezember mitteilen, wie es weitergeht.', ['response-by 2026-12-15']],
    [BER3, 'Wir teilen dir spätestens am Mittwoch mit, ob es geklappt hat.', ['response-by 2026-12-09']],
    [BER3, 'Wir teilen Ihnen mit, dass der Auswahltag am 10. Dezember stattfindet.', []],
    // "mit" as a preposition, and a thank-you for a past talk, promise nothing.
    [BER3, 'Vielen Dank für das Gespräch mit Frau Weber am 1. Dezember.', []],
  ]);
});

describe('Spanish: a promise in the present tense of speech, never a "te comento que" (r26)', () => {
  check([
    [MAD3, 'Te aviso el martes cómo quedó todo.', ['response-by 2026-12-08']],
    [MAD3, 'Le escribo el lunes 14 si seguimos adelante.', ['response-by 2026-12-14']],
    [MAD3, 'Te confirmo la entrevista de mañana viernes a las 12 h.', ['interview 2026-12-04 12:00']],
    [MAD3, 'Te comento que la entrevista será el viernes 11 a las 10:00.', ['interview 2026-12-11 10:00']],
    [
      MAD3,
      'Te escribo para recordarte la entrevista del viernes 11 a las 9:30.',
      ['interview 2026-12-11 09:30'],
    ],
  ]);
});

// A time range on the day's line, apart from the day ("Thursday, December 3 · 9:30am - 1:30pm CT"): the interview
// lasts as long as the range says, so the thank-you's 24 hours count from its real end (lead's round r29).
describe('an interview lasts as long as its written range, the range apart from the day (r29)', () => {
  const CHI = { sentAt: '2026-11-24T12:00:00-06:00', tz: 'America/Chicago' } as const;
  const ROWS: readonly (readonly [string, string, string])[] = [
    ['Your onsite is confirmed: Thursday, December 3 · 9:30am - 1:30pm CT at our office.', '09:30', '13:30'],
    ['Tomorrow, Monday, December 7 · 10:00 – 10:30am CT\nPhone screen with Kayla Brooks', '10:00', '10:30'],
    ['Your interview details:\nDate: Friday, December 4\nTime: 2:00 PM - 2:45 PM CT', '14:00', '14:45'],
    // No range: the default hour.
    ['Your interview is on Friday, December 4 · 2:00 PM CT.', '14:00', '15:00'],
  ];
  for (const [text, start, endAt] of ROWS)
    it(JSON.stringify(text), () => {
      const f = findInText(text, CHI.sentAt, { tz: CHI.tz }).find((x) => x.kind === 'interview');
      assert.ok(f !== undefined && f.kind === 'interview', 'an interview');
      assert.equal(f.start.slice(11, 16), start);
      assert.equal(f.end.slice(11, 16), endAt);
    });
});

// Tuesday 19 January 2027, 10:00 in London.
const LDN19 = { sentAt: '2027-01-19T10:00:00+00:00', tz: 'Europe/London' } as const;

describe('English: a meeting still ahead in a clause of time, deliveries made and promised (round 110)', () => {
  checkRows(
    [
      [LDN19, "We'll confirm by Friday, after the board has met on Thursday.", ['response-by 2027-01-22']],
      [
        LDN19,
        'Expect the outcome by month end, once the directors have spoken on the 28th.',
        ['response-by 2027-01-31'],
      ],
      [LDN19, 'The panel met on Monday and will decide by Friday.', ['response-by 2027-01-22']],
      [
        LDN19,
        'Your welcome pack will be dispatched to you within three working days.',
        ['response-by 2027-01-22'],
      ],
      [LDN19, 'Your contract will be posted to you by Wednesday.', ['response-by 2027-01-20']],
      [LDN19, 'Your interview pack was emailed to you on Monday.', []],
      [LDN19, 'The contract has been couriered to you; please return it by Friday.', []],
    ],
    [],
  );
});

// Tuesday 19 January 2027, 10:00 in Madrid, Paris and Berlin.
const MAD19 = { sentAt: '2027-01-19T10:00:00+01:00', tz: 'Europe/Madrid' } as const;
const PAR19 = { sentAt: '2027-01-19T10:00:00+01:00', tz: 'Europe/Paris' } as const;
const BER19 = { sentAt: '2027-01-19T10:00:00+01:00', tz: 'Europe/Berlin' } as const;

describe("a consequence after a comma opens a clause of its own: others' interviews do not hide the promise (round 112)", () => {
  check([
    [
      MAD19,
      'Aún tenemos tres entrevistas el jueves, por lo que te escribiremos el lunes 25.',
      ['response-by 2027-01-25'],
    ],
    [
      PAR19,
      'Il nous reste deux entretiens jeudi, donc nous reviendrons vers vous lundi 25 janvier.',
      ['response-by 2027-01-25'],
    ],
    [
      PAR19,
      "Nous voyons encore deux candidats vendredi, c'est pourquoi nous vous répondrons le lundi 25 janvier.",
      ['response-by 2027-01-25'],
    ],
    [
      BER19,
      'Wir führen am Donnerstag noch zwei Gespräche, deshalb melden wir uns am Montag, 25. Januar.',
      ['response-by 2027-01-25'],
    ],
  ]);
});

// Thursday 4 February 2027, 14:00 in Dublin.
const DUB4 = { sentAt: '2027-02-04T14:00:00+00:00', tz: 'Europe/Dublin' } as const;

describe('English: an anchor day told in the past is the one just gone; a promise already made is past (round 114)', () => {
  checkRows(
    [
      [
        DUB4,
        'We will reply within ten days of the first interview, which took place on Monday.',
        ['response-by 2027-02-11'],
      ],
      [
        DUB4,
        'We aim to decide within a week of the panel, which takes place on Tuesday.',
        ['response-by 2027-02-16'],
      ],
      [DUB4, 'I promised you an answer by Monday and I am sorry it has taken longer.', []],
      [DUB4, 'As promised, we will make our decision by Friday.', ['response-by 2027-02-05']],
    ],
    [],
  );
});

describe("English: the writer's own answer in the future is a promise, the candidate's reply a deadline (round 114)", () => {
  checkRows(
    [
      [DUB4, 'We will respond to every applicant within ten working days.', ['response-by 2027-02-18']],
      [DUB4, "We'll revert by the end of next week.", ['response-by 2027-02-12']],
      [DUB4, 'I aim to reply by Tuesday at the latest.', ['response-by 2027-02-09']],
      [DUB4, 'Please reply by Friday with your availability.', []],
      [DUB4, 'Kindly respond within 48 hours to confirm your slot.', []],
    ],
    [],
  );
});

describe('English: a window after an event with its subject left out is undated (round 114)', () => {
  checkRows(
    [
      [DUB4, "Once submitted, we'll reply within three business days.", []],
      [DUB4, 'Upon receipt of your references, we will respond within a week.', []],
      [DUB4, 'When completed, the form goes to HR and we will reply within five days.', []],
    ],
    [],
  );
});

// Thursday 4 February 2027, 14:00 in Madrid, Paris and Berlin.
const MAD4 = { sentAt: '2027-02-04T14:00:00+01:00', tz: 'Europe/Madrid' } as const;
const PAR4 = { sentAt: '2027-02-04T14:00:00+01:00', tz: 'Europe/Paris' } as const;
const BER4 = { sentAt: '2027-02-04T14:00:00+01:00', tz: 'Europe/Berlin' } as const;

describe('contact asked for from a day on; an article and a bare number is a day; a length whose verb opens the window (rounds 115–117)', () => {
  check([
    [MAD4, 'Vuelvo el 10 de febrero; contáctame a partir del 16.', ['no-contact-before 2027-02-16']],
    [MAD4, 'Te contestamos antes del 16.', ['response-by 2027-02-15']],
    [MAD4, 'Nos vemos el jueves 11 a las 15 h en la oficina.', ['interview 2027-02-11 15:00']],
    [PAR4, 'Je rentre le 10 février ; écrivez-moi à partir du 16.', ['no-contact-before 2027-02-16']],
    [PAR4, 'Merci de nous recontacter dès le 16 février.', ['no-contact-before 2027-02-16']],
    [
      BER4,
      'Ich bin bis zum 10. Februar unterwegs. Melden Sie sich gerne ab dem 16. Februar.',
      ['no-contact-before 2027-02-16'],
    ],
    [BER4, 'Wir melden uns ab dem 16. Februar bei Ihnen.', ['response-by 2027-02-16']],
    [PAR4, "L'examen des dossiers dure en général deux semaines.", ['response-by 2027-02-18']],
    [PAR4, 'Le trajet prend en général deux heures.', []],
  ]);
});

// Monday 15 February 2027, 09:00 in New York and London.
const NY15 = { sentAt: '2027-02-15T09:00:00-05:00', tz: 'America/New_York' } as const;
const LDN15 = { sentAt: '2027-02-15T09:00:00+00:00', tz: 'Europe/London' } as const;

describe("English: others' interviews by a count; a move's 'to' beside someone's travel is no absence (round 140)", () => {
  check([
    [
      NY15,
      "We're meeting a couple of candidates on Wednesday, and we'll be in touch by Friday.",
      ['response-by 2027-02-19'],
    ],
    [NY15, 'The panel is seeing three more applicants on Thursday.', []],
    [NY15, 'We would love to meet you on Thursday at 11am.', ['interview 2027-02-18 11:00']],
    [
      LDN15,
      'Our director is travelling on Tuesday, so we have moved your interview from Tuesday 16 February at 09:30 to Friday 19 February at 11:00.',
      ['interview 2027-02-19 11:00'],
    ],
    // An absence written as a range stays one.
    [
      LDN15,
      'I am travelling from 16 to 19 February with no access to email.',
      ['no-contact-before 2027-02-19'],
    ],
  ]);
});

describe('English: a booked personal service in a message about no job is no slot (round 144)', () => {
  check([
    [LDN15, 'Your car service is booked for Thursday 18 February at 08:00 at Elm Garage.', []],
    [LDN15, 'Reminder: your dental check-up is confirmed for Wednesday 17 February at 14:20.', []],
    [NY15, 'Your table for two is confirmed for Friday at 7:30pm. Reply STOP to opt out.', []],
    // A booking that names the job or the interview stays the slot.
    [
      NY15,
      "You're booked in for Thursday at 10am with our hiring manager, Dana.",
      ['interview 2027-02-18 10:00'],
    ],
  ]);
});

// Tuesday 2 February 2027, 10:00 in Berlin, Paris and Madrid.
const BER2 = { sentAt: '2027-02-02T10:00:00+01:00', tz: 'Europe/Berlin' } as const;
const PAR2 = { sentAt: '2027-02-02T10:00:00+01:00', tz: 'Europe/Paris' } as const;
const MAD2 = { sentAt: '2027-02-02T10:00:00+01:00', tz: 'Europe/Madrid' } as const;

describe('a long bound inside a hold-off; a move whose old slot ends on its clock; a promise to every candidate (rounds 141–143)', () => {
  check([
    [
      BER2,
      'Wir bitten um Verständnis: Bitte sehen Sie bis zum Abschluss des gesamten Auswahlverfahrens am 19. Februar von Nachfragen ab.',
      ['no-contact-before 2027-02-19'],
    ],
    [
      BER2,
      'Bitte haben Sie bis zum Ende unserer Auswahlgespräche am 12. Februar noch etwas Geduld.',
      ['no-contact-before 2027-02-12'],
    ],
    [
      PAR2,
      'Nous devons décaler votre entretien du mardi 9 février à 14h30 au jeudi 11 février à 9h.',
      ['interview 2027-02-11 09:00'],
    ],
    [
      MAD2,
      'Tenemos que mover tu entrevista del martes 9 de febrero a las 10:00 al jueves 11 de febrero a las 12:00.',
      ['interview 2027-02-11 12:00'],
    ],
    [
      PAR2,
      "Merci de ne pas nous relancer avant le 15 février ; nous reviendrons vers tous les candidats d'ici la fin du mois.",
      ['no-contact-before 2027-02-15', 'response-by 2027-02-28'],
    ],
  ]);
});

// Wednesday 10 March 2027, 09:30 in Madrid, Paris, Berlin and London.
const MAD10 = { sentAt: '2027-03-10T09:30:00+01:00', tz: 'Europe/Madrid' } as const;
const PAR10 = { sentAt: '2027-03-10T09:30:00+01:00', tz: 'Europe/Paris' } as const;
const BER10 = { sentAt: '2027-03-10T09:30:00+01:00', tz: 'Europe/Berlin' } as const;
const LDN10 = { sentAt: '2027-03-10T09:30:00+00:00', tz: 'Europe/London' } as const;

describe('an absence as days of one month, begun or ahead; thanks for confirming a slot still ahead (rounds 146, 148)', () => {
  check([
    [
      MAD10,
      'Gracias por tu correo. Estoy de vacaciones del 8 al 15 de marzo, sin acceso al correo.',
      ['no-contact-before 2027-03-15'],
    ],
    [
      PAR10,
      'Bonjour, je suis en congés du 9 au 16 mars et répondrai à mon retour.',
      ['no-contact-before 2027-03-16'],
    ],
    [
      BER10,
      'Guten Tag, ich bin vom 9. bis 16. März im Urlaub und lese meine E-Mails nicht.',
      ['no-contact-before 2027-03-16'],
    ],
    // A range that names no absence is no hold-off.
    [MAD10, 'La feria de empleo se celebra del 15 al 17 de marzo en IFEMA.', []],
    [
      LDN10,
      'Thanks for confirming your interview on Monday 15 March at 11:00.',
      ['interview 2027-03-15 11:00'],
    ],
    [
      LDN10,
      'Thanks for scheduling a call with me on Friday 12 March at 16:00.',
      ['interview 2027-03-12 16:00'],
    ],
    [
      LDN10,
      'Thanks for attending your interview on Monday; we will be in touch by Friday.',
      ['response-by 2027-03-12'],
    ],
  ]);
});

describe('outcomes: going on with others, in the gender-neutral and Swiss words (r36)', () => {
  check([
    [
      BER,
      'Wir haben entschieden, das Verfahren mit anderen Kandidierenden fortzusetzen.',
      ['outcome rejected'],
    ],
    [
      BER,
      'Leider haben wir uns entschlossen, mit Bewerbenden weiterzumachen, die mehr Erfahrung mitbringen.',
      ['outcome rejected'],
    ],
    [BER, 'Wir setzen den Prozess mit Ihnen fort und melden uns mit einem Termin.', []],
    // Others named so are others: their meetings are no interview of this candidate.
    [BER, 'Am Montag führen wir noch Gespräche mit weiteren Bewerbenden.', []],
  ]);
});

describe('past meetings: appreciated, met you, went well (lead’s probes after r42)', () => {
  // Friday 4 December 2026, 16:30 in London: a weekday alone would otherwise be read as the next one.
  const LDN = { sentAt: '2026-12-04T16:30:00+00:00', tz: 'Europe/London' } as const;
  check([
    [LDN, 'We really appreciated you taking the time to interview with the panel on Monday.', []],
    [LDN, 'All three directors who met you at the assessment centre on Wednesday were impressed.', []],
    [LDN, 'Your presentation on Tuesday went very well, so the team would like to see you again.', []],
    // A slot ahead in the same sentence stands.
    [
      LDN,
      'The first interview on Monday went great and we would like a final round on Thursday at 11am.',
      ['interview 2026-12-10 11:00'],
    ],
    // Not past: a meeting still ahead.
    [LDN, 'Dana will meet you in reception on Tuesday at 9:30.', ['interview 2026-12-08 09:30']],
  ]);
});

describe('a meeting judged in the German perfect tense is over; one planned in it is ahead (r2, t02)', () => {
  check([
    [
      BER,
      'Das Gespräch am Montag hat uns allen sehr gut gefallen. Wir melden uns bis Freitag.',
      ['response-by 2026-11-06'],
    ],
    [
      BER,
      'Wir haben den Austausch am Dienstag als sehr offen erlebt und melden uns nächste Woche.',
      ['response-by 2026-11-13'],
    ],
    [
      BER,
      'Wir haben Ihr Gespräch für Dienstag, den 10. November, um 10 Uhr eingeplant.',
      ['interview 2026-11-10 10:00'],
    ],
  ]);
});

// Monday 10 January 2028, 09:00 in New York.
const NY28 = { sentAt: '2028-01-10T09:00:00-05:00', tz: 'America/New_York' } as const;

describe("the slot under an old-slot label is given up; the new one stands (r48's Indeed update)", () => {
  check([
    [
      NY28,
      'Your interview has been updated.\n\nNew time\nThursday, January 13, 2028\n9:00 AM – 9:30 AM (EST)\n\nPrevious time\nWednesday, January 12, 2028\n3:00 PM – 3:30 PM (EST)',
      ['interview 2028-01-13 09:00'],
    ],
    [
      NY28,
      'Your interview was moved.\nOriginal date: Friday, January 14 at 10:00 AM\nNew date: Tuesday, January 18 at 10:00 AM',
      ['interview 2028-01-18 10:00'],
    ],
    // A label of something else keeps the slot.
    [
      NY28,
      'Previous experience: 3 years\nInterview: Tuesday, January 18 at 2:00 PM',
      ['interview 2028-01-18 14:00'],
    ],
  ]);
});

describe('what employers in general do, told by a job board, is no promise (r48)', () => {
  check([
    [NY28, 'Your application was viewed by Harbor Bank. Employers typically respond within 10 days.', []],
    [NY28, 'Tip: most employers usually get back to applicants within a week.', []],
    // The employer's own habit is its promise.
    [NY28, 'We usually respond within a week.', ['response-by 2028-01-17']],
  ]);
});

describe('no-calls: Mexican "marcar" (to dial) asked not to be done (r49)', () => {
  check([
    [
      BUE,
      'Te pedimos no marcar a la oficina para preguntar por tu proceso; nosotros te buscamos.',
      ['no-calls'],
    ],
    [MAD, 'Por favor, no nos marques al conmutador para dar seguimiento.', ['no-calls']],
    // Ticking a box is no call.
    [MAD, 'Te pedimos no marcar la casilla de publicidad si no quieres recibir ofertas.', []],
  ]);
});

describe("the panel the reader meets is no other candidates' round (r50)", () => {
  check([
    [
      NY28,
      'Your interview with the final panel is on Thursday at 2pm in Room 4.',
      ['interview 2028-01-13 14:00'],
    ],
    [
      NY28,
      'Your session with the last panel will be on Friday, January 14 at 9:30 AM.',
      ['interview 2028-01-14 09:30'],
    ],
    // The employer's own last panel is theirs: no slot of the reader's.
    [NY28, 'Our final panel for this role is on Thursday, after which we decide.', []],
  ]);
});

describe("a hold-off asked as a digest's question is a topic, no request (r50)", () => {
  check([
    [NY28, '• How long should you wait before following up? (Most recruiters say a week.)', []],
    [NY28, 'When should candidates check in after a final round? Our survey says two weeks.', []],
    // The employer's own request stands.
    [NY28, 'Please wait a week before following up with the team.', ['no-contact-before 2028-01-17']],
  ]);
});

describe("a reschedule notice's old-slot label in German, French and Spanish gives that slot up (r52)", () => {
  check([
    [
      BER,
      'Ihr Termin wurde verlegt.\n\nNeuer Termin: Freitag, 13.11.2026, 10:00 Uhr\nBisheriger Termin: Donnerstag, 12.11.2026, 10:00 Uhr',
      ['interview 2026-11-13 10:00'],
    ],
    [
      PAR,
      'Votre entretien a été modifié.\n\nNouveau créneau : jeudi 12 novembre à 14 h\nAncien créneau : mardi 10 novembre à 11 h',
      ['interview 2026-11-12 14:00'],
    ],
    [
      MAD,
      'Tu entrevista ha sido reprogramada.\n\nNueva fecha: viernes 13 de noviembre, 12:00\nFecha original: jueves 12 de noviembre, 10:00',
      ['interview 2026-11-13 12:00'],
    ],
    // "ursprünglich" in running text is no label: the new day stands.
    [
      BER,
      'Ursprünglich war der Dienstag geplant; Ihr Gespräch findet nun am Freitag, 13.11.2026, um 10 Uhr statt.',
      ['interview 2026-11-13 10:00'],
    ],
  ]);
});

describe('another person chosen, in the infinitive, in four languages (board2)', () => {
  check([
    [
      NY28,
      'We have decided to choose another candidate whose experience is closer to the brief.',
      ['outcome rejected'],
    ],
    [NY28, 'We have decided to select another date for your interview.', []],
    [
      PAR,
      'Nous avons finalement décidé de sélectionner un autre profil pour ce poste.',
      ['outcome rejected'],
    ],
    [PAR, 'Nous avons décidé de retenir votre candidature pour un second entretien.', []],
    [
      MAD,
      'Finalmente hemos contratado a otra candidata con más experiencia en retail.',
      ['outcome rejected'],
    ],
    [BER, 'Wir haben entschieden, eine andere Bewerberin auszuwählen.', ['outcome rejected']],
  ]);
});

describe("someone else's application kept, in French, Spanish and German (r54)", () => {
  check([
    [PAR, "Au terme du processus, nous avons choisi le profil d'une autre personne.", ['outcome rejected']],
    [PAR, "Nous avons retenu la candidature d'un candidat interne pour ce poste.", ['outcome rejected']],
    [PAR, 'Nous avons retenu votre candidature pour la suite du processus.', []],
    [MAD, 'Tras las entrevistas, hemos elegido el perfil de otro candidato.', ['outcome rejected']],
    [BER, 'Wir haben uns am Ende für das Profil eines anderen Bewerbers entschieden.', ['outcome rejected']],
  ]);
});

describe('an answer told as what happened is no promise (en230 note)', () => {
  check([
    [
      NY28,
      'Tip from a reader: "I sent a short note a week after my interview and heard back the next week."',
      [],
    ],
    [NY28, 'Last time we hired for this role, candidates heard back within two weeks.', []],
    [NY28, 'When I applied here myself, I got an answer the following week.', []],
    // A condition or a clause that looks ahead keeps its promise.
    [NY28, "If you haven't heard back by Friday, please email me.", ['response-by 2028-01-14']],
    [
      NY28,
      'We got an answer from the client this morning and will let you know by Friday.',
      ['response-by 2028-01-14'],
    ],
  ]);
});

describe('the process carried on with others, in any form of the verb, in Spanish and French (r57)', () => {
  check([
    [
      BUE,
      'Te contamos que vamos a continuar el proceso con otras personas postulantes.',
      ['outcome rejected'],
    ],
    [MAD, 'Seguiremos el proceso con otros perfiles más alineados a la posición.', ['outcome rejected']],
    [BUE, 'El proceso sigue con otras candidatas para esta búsqueda.', ['outcome rejected']],
    [PAR, 'Nous poursuivons le processus de recrutement avec d’autres profils.', ['outcome rejected']],
    [PAR, 'Le processus se poursuivra avec une autre personne, plus expérimentée.', ['outcome rejected']],
    // Other interviews carried on are no one chosen.
    [PAR, "Nous continuons avec d'autres entretiens cette semaine.", []],
    [MAD, 'Continuamos con otras entrevistas esta semana.', []],
  ]);
});

describe('practice for an interview is no interview, in four languages (board4)', () => {
  check([
    [NY28, "I've booked you a practice interview with our careers adviser on Friday 14 January at 11am.", []],
    [
      BER,
      'Ihr Probe-Vorstellungsgespräch mit der Karriereberatung ist am Montag, 9. November, um 10 Uhr.',
      [],
    ],
    [PAR, "Votre simulation d'entretien avec une conseillère est prévue le lundi 9 novembre à 10h.", []],
    [MAD, 'Tu simulacro de entrevista es el lunes 9 de noviembre a las 10:00 en la oficina de empleo.', []],
    // A real interview beside the practice keeps its slot.
    [
      NY28,
      'Your interview with Harbour & Finch is on Friday 14 January at 10am; our careers adviser can help you prepare.',
      ['interview 2028-01-14 10:00'],
    ],
    [
      PAR,
      'Nous vous proposons un entretien le lundi 9 novembre à 10h avec notre conseillère emploi puis le responsable.',
      ['interview 2026-11-09 10:00'],
    ],
  ]);
});

describe('a day named as past is no day ahead: "last Thursday", a talk recalled, in four languages (r58)', () => {
  check([
    [NY28, 'I wanted to follow up on my interview last Thursday. Is there any news on the role?', []],
    [NY28, 'Just checking in after my interview this past Wednesday.', []],
    [
      NY28,
      'Following your interview last Thursday, we would like to see you again on Friday 14 January at 10am.',
      ['interview 2028-01-14 10:00'],
    ],
    [
      BER,
      'Am Montag haben wir telefoniert. Wir laden Sie zum zweiten Gespräch am Dienstag, 10. November, um 10 Uhr ein.',
      ['interview 2026-11-10 10:00'],
    ],
    [
      BER,
      'Wie am Montag besprochen, laden wir Sie zum zweiten Gespräch am Dienstag, 10. November, um 10 Uhr ein.',
      ['interview 2026-11-10 10:00'],
    ],
    [
      PAR,
      'Comme convenu lundi au téléphone, nous vous invitons à un second entretien le mardi 10 novembre à 10h.',
      ['interview 2026-11-10 10:00'],
    ],
    [
      MAD,
      'Como hablamos el lunes, te invitamos a una segunda entrevista el martes 10 de noviembre a las 10:00.',
      ['interview 2026-11-10 10:00'],
    ],
    // An arrangement or a recall before the comma keeps the day ahead.
    [
      BER,
      'Wie besprochen laden wir Sie zum Gespräch am Dienstag, 10. November, um 10 Uhr ein.',
      ['interview 2026-11-10 10:00'],
    ],
    [PAR, "Comme convenu, l'entretien aura lieu lundi à 10h.", ['interview 2026-11-09 10:00']],
    [
      MAD,
      'Como quedamos, el lunes a las 10 te esperamos para la entrevista.',
      ['interview 2026-11-09 10:00'],
    ],
  ]);
});

describe('the job offered in any form, an interview offered is none (r59)', () => {
  check([
    [
      MAD,
      'Mi cliente me ha confirmado que quiere ofrecerte el puesto de Responsable de Almacén.',
      ['outcome offer'],
    ],
    [MAD, 'Te ofrecemos el puesto de Responsable de Compras.', ['outcome offer']],
    [BUE, 'La empresa quiere ofrecerle la posición de Jefe de Ventas.', ['outcome offer']],
    [MAD, 'Queremos ofrecerte una entrevista para el puesto de Analista.', []],
    [MAD, 'Nos complace ofrecerte una entrevista con el gerente.', []],
    [BER, 'Wir freuen uns, Ihnen ein persönliches Gespräch anbieten zu können.', []],
    [BER, 'Wir freuen uns sehr, Ihnen einen Termin zum Kennenlernen anbieten zu können.', []],
  ]);
});

describe("a promise made to someone else, and an advert's interview, are not the reader's (r59)", () => {
  check([
    [NY28, 'Could you join the panel on Wednesday? We owe the candidate an answer by Friday.', []],
    [NY28, 'I promised her a decision by Friday.', []],
    [NY28, "I'll update the client by Friday and come back to you on Monday.", ['response-by 2028-01-17']],
    [NY28, "We'll get back to you by Friday.", ['response-by 2028-01-14']],
    [NY28, 'Interview tips: prepare for your interview on Tuesday with our free guide.', []],
    [NY28, 'Get ready for your interview on Tuesday using our checklist.', []],
    [NY28, 'Prepare for your interview on Tuesday at 10am with Dana Lee.', ['interview 2028-01-11 10:00']],
  ]);
});

describe("a service's or a court's or a club's mail is no employer's, whatever 'application' it names (round 250)", () => {
  check([
    [
      NY28,
      "Your viewing of the flat at 3 Grove Lane is booked for Saturday 15 January at 10:00. We'll pass your application to the landlord afterwards.",
      [],
    ],
    [
      NY28,
      'Dear Applicant, your biometrics appointment for your visa is on Thursday 13 January at 9:40. Bring your passport.',
      [],
    ],
    [NY28, 'Your vehicle is booked for its 30,000 mile service on Friday 14 January at 8am.', []],
    [
      NY28,
      'You are summoned to appear for jury service on Monday 17 January at 8:30 AM. Do not call the court to be excused.',
      [],
    ],
    [NY28, 'Under-14s home to Eastfield on Saturday, kick-off 11:00. Results will be posted by Monday.', []],
    // A job's words keep the slot beside a service's.
    [
      NY28,
      'Dear Applicant, your interview for the Practice Nurse post is on Thursday 13 January at 9:40 at our clinic.',
      ['interview 2028-01-13 09:40'],
    ],
    [
      NY28,
      'Thank you for your application. Your interview is booked for Friday 14 January at 10:00 in our service centre.',
      ['interview 2028-01-14 10:00'],
    ],
  ]);
});

describe("a reporter's interview, a card's application and a call for papers are no job's (round 250b)", () => {
  check([
    [
      NY28,
      "I'm a journalist at the Tribune. Could we do a short interview about your startup on Friday at 2pm?",
      [],
    ],
    [
      NY28,
      'Thank you for your application for a personal loan. We will let you know our decision within 5 business days.',
      [],
    ],
    [
      NY28,
      'Call for proposals: abstracts are due by 31 January; authors will be notified of acceptance by 28 February.',
      [],
    ],
    // A job's words beside them keep the reading.
    [
      NY28,
      'Our podcast team is hiring: your interview for the Producer role is on Friday 14 January at 2pm.',
      ['interview 2028-01-14 14:00'],
    ],
    [
      NY28,
      'Thank you for your application for the Analyst position. We will let you know our decision within 5 business days.',
      ['response-by 2028-01-17'],
    ],
  ]);
});

describe('the year-end holidays passed, in German and Spanish; a review that resumes on a day promises nothing (r61)', () => {
  check([
    [
      BER,
      'Wegen des Jahresabschlusses melden wir uns nach den Feiertagen bei Ihnen.',
      ['response-by 2027-01-08'],
    ],
    [BER, 'Wir melden uns nach dem Jahreswechsel bei Ihnen.', ['response-by 2027-01-08']],
    [BER, 'Nach den Tagen der offenen Tür melden wir uns.', []],
    [MAD, 'Te escribimos a la vuelta de las vacaciones de Navidad.', ['response-by 2027-01-08']],
    [
      NY28,
      "Our office is closed from December 24 through January 1, and we'll resume reviewing applications on January 4.",
      [],
    ],
    [
      NY28,
      "We'll start reviewing applications on Monday; you will hear from us by Friday.",
      ['response-by 2028-01-14'],
    ],
  ]);
});

describe("a nominal German request for the candidate's answer, and a foreign list's mail (r62)", () => {
  check([
    [BER, 'Bitte um kurze Rückmeldung bis Dienstag, ob Sie den Termin wahrnehmen können.', []],
    [BER, 'Wir bitten um Bestätigung bis Montag.', []],
    [BER, 'Rückmeldung von uns erhalten Sie bis Dienstag.', ['response-by 2026-11-10']],
    [
      BER,
      'Karriere-Tipp: So überzeugst du im Vorstellungsgespräch am Montag – unsere 10 Tipps.\n\nJobagent abbestellen',
      [],
    ],
    [PAR, 'Nos conseils pour réussir votre entretien de jeudi à 10h.\n\nSe désinscrire de la newsletter', []],
    [
      MAD,
      'Te invitamos a una entrevista el jueves 12 de noviembre a las 10:00.\n\nSi no deseas recibir más correos, darse de baja.',
      ['interview 2026-11-12 10:00'],
    ],
  ]);
});

describe("an applicant tracking system's invitation keeps its slot beside a list footer (r62)", () => {
  check([
    [
      PAR,
      'Votre entretien avec Maison Cerise est confirmé le jeudi 12 novembre à 10h.\n\nSe désinscrire',
      ['interview 2026-11-12 10:00'],
    ],
    [
      BER,
      'Ihr Vorstellungsgespräch ist am Donnerstag, 12. November, um 10 Uhr.\n\nBenachrichtigungen abbestellen',
      ['interview 2026-11-12 10:00'],
    ],
  ]);
});

describe("interviews in another sense are not the reader's; one offer a message (round 260)", () => {
  check([
    [NY28, 'Your exit interview with HR is booked for Thursday 13 January at 3:00 PM.', []],
    [NY28, 'Your consular visa interview is scheduled for 14 January 2028 at 08:15.', []],
    [NY28, 'Your citizenship interview will take place on Friday 14 January at 9:20 AM.', []],
    [
      NY28,
      'Thank you for registering Leo for an admissions interview. It is on Saturday 15 January at 10:00 AM.',
      [],
    ],
    [NY28, "I'm free for an informational call on Wednesday at 8:30 AM, though we have no openings.", []],
    [
      NY28,
      'We are delighted to offer you the role of Analyst. Your offer letter is attached.',
      ['outcome offer'],
    ],
    // An interview for the job keeps its slot beside such words.
    [
      NY28,
      'Your interview for the Visa Analyst role is on Friday 14 January at 10:00 AM.',
      ['interview 2028-01-14 10:00'],
    ],
    [NY28, 'HR would like to schedule your exit interview. Does Thursday 13 January at 3:00 PM work?', []],
    [
      NY28,
      'Your interview for the Exit Planning Analyst role is on Friday 14 January at 2pm.',
      ['interview 2028-01-14 14:00'],
    ],
  ]);
});

describe("a note to the interviewer, the writer's own interview and a hiring event are not the reader's (round 260b)", () => {
  check([
    [NY28, 'Your scorecard for candidate Ana Ruiz is due by Friday. Submit your scorecard in Lever.', []],
    [NY28, 'New applicant for Store Manager: review within 5 business days.', []],
    [NY28, 'My second interview is on Friday 14 January at 10am, fingers crossed!', []],
    [NY28, 'Join our recruitment day on Saturday 15 January from 10am: bring your CV.', []],
    // The reader's own slot beside them stays.
    [
      NY28,
      'Your interview with our hiring manager is on Friday 14 January at 10am.',
      ['interview 2028-01-14 10:00'],
    ],
    [
      NY28,
      'Thanks for the feedback on your application. Your next interview is on Friday 14 January at 2pm.',
      ['interview 2028-01-14 14:00'],
    ],
  ]);
});

describe('the reader as hiring manager, a speaker slot, a loan, an inspection, a driving test (round 270)', () => {
  check([
    [NY28, "I've opened the Data Engineer req on your team. Can we do an intake call Thursday at 11?", []],
    [
      NY28,
      'Thanks for agreeing to speak! Your speaking slot is Thursday 13 January at 2:15 PM in Hall A.',
      [],
    ],
    [NY28, 'Your mortgage application is in. Your credit interview is on Friday 14 January at 11:00 AM.', []],
    [NY28, 'The routine inspection of your flat is booked for Friday 14 January at 1pm.', []],
    [NY28, 'Your driving test is on Wednesday 12 January at 9:40 AM.', []],
    // A candidate's slot beside such words stays.
    [
      NY28,
      'Your interview for the Credit Analyst role is on Friday 14 January at 11:00 AM at our Osu branch.',
      ['interview 2028-01-14 11:00'],
    ],
  ]);
});

describe('no interview granted is a rejection, in four languages (r63)', () => {
  check([
    [BER, 'Leider können wir Sie nicht zu einem persönlichen Gespräch einladen.', ['outcome rejected']],
    [PAR, 'Nous ne pouvons pas vous convoquer à un entretien pour ce poste.', ['outcome rejected']],
    [MAD, 'Lamentablemente no podemos invitarte a una entrevista para este puesto.', ['outcome rejected']],
    [NY28, 'Unfortunately we are unable to invite you to interview for this role.', ['outcome rejected']],
    // A later date or a condition is no refusal.
    [BER, 'Wir können Sie leider erst im Januar zu einem Gespräch einladen.', []],
    [
      BER,
      'Sollten wir Sie nicht zu einem Gespräch einladen können, erhalten Sie von uns eine kurze Nachricht.',
      [],
    ],
    [NY28, "If we are unable to invite you to interview, we'll let you know.", []],
  ]);
});

describe('no-calls: a list of channels with the phone in it is the phone (round 280)', () => {
  check([
    [NY28, 'We cannot answer phone or email enquiries about the status of applications.', ['no-calls']],
    [
      NY28,
      "Sorry, we're unable to take email, LinkedIn or phone queries about your application.",
      ['no-calls'],
    ],
    [NY28, 'Please do not email or phone our office about the role.', ['no-calls']],
    // Offered, or a promise by phone or email, forbids nothing.
    [NY28, 'Feel free to reach me by phone or email if anything comes up.', []],
    [NY28, "We'll phone or email you by Friday with the outcome.", ['response-by 2028-01-14']],
  ]);
});

describe("the writer's own work on next steps is no promise to the reader (round 280)", () => {
  check([
    [
      NY28,
      "I'm on annual leave until Friday 14 January. I'll work through the next steps with the hiring manager then.",
      ['no-contact-before 2028-01-14'],
    ],
    [
      NY28,
      "I'm out until Friday 14 January and will pick up next steps on your file then.",
      ['no-contact-before 2028-01-14'],
    ],
    // Next steps shared with the reader are a promise.
    [
      NY28,
      "I'm out until Friday 14 January and will share the next steps with you then.",
      ['response-by 2028-01-14'],
    ],
  ]);
});

describe("a customer's own case with a company is no application (round 280)", () => {
  check([
    [NY28, 'We received your claim. Our loss adjuster will contact you within 5 working days.', []],
    [NY28, 'Thanks for sending your documents. Your tax preparer will get back to you by Friday.', []],
    [NY28, 'Your support ticket #10293 is with our engineers; expect a reply within 2 business days.', []],
    [
      NY28,
      'Your order #44120 will be with you by Thursday. A refund for the missing item follows within 3 days.',
      [],
    ],
    [NY28, 'Your car hire is confirmed: Friday 14 January, 08:00 at the airport desk.', []],
    [NY28, 'Please RSVP for the wedding by Friday! The ceremony is Saturday 5 February at 3pm.', []],
    [NY28, 'Thanks for booking to give blood on Thursday 13 January at 5:20 PM at the donor centre.', []],
    // The same words beside a job application stay read.
    [
      NY28,
      'Your interview for the Claims Handler role is on Thursday 13 January at 10:00 AM.',
      ['interview 2028-01-13 10:00'],
    ],
    [
      NY28,
      'Thanks for applying for the Tax Preparer position. We will get back to you by Friday.',
      ['response-by 2028-01-14'],
    ],
  ]);
});

describe('a booking of something other than a meeting, in mail that names no job, is no slot (round 280)', () => {
  check([
    [NY28, 'Your test drive with Mike is booked for Thursday 13 January at 4pm.', []],
    [NY28, "We've scheduled your boiler service for Wednesday 12 January at 8am.", []],
    [
      NY28,
      'Your booking is confirmed.\nCheck-in: Friday 14 January, 15:00\nCheck-out: Sunday 16 January, 11:00',
      [],
    ],
    // A meeting's noun, a date label, or any job word keeps the slot.
    [NY28, 'Your call with Priya is booked for Thursday 13 January at 4pm.', ['interview 2028-01-13 16:00']],
    [
      NY28,
      'Confirmed.\nDate: Thursday 13 January\nTime: 4:00 PM\nWith: Priya Shah',
      ['interview 2028-01-13 16:00'],
    ],
    [
      NY28,
      'Your presentation to the hiring panel is scheduled for Thursday 13 January at 4pm.',
      ['interview 2028-01-13 16:00'],
    ],
  ]);
});

describe("an employee's own review is another event (round 280)", () => {
  check([
    [NY28, "I've put your mid-year review in for Thursday 13 January at 2pm. Please bring your notes.", []],
    [NY28, 'Your probation review is on Friday 14 January at 11am with your line manager.', []],
    [
      NY28,
      'Your final interview is on Friday 14 January at 11am; it will include a review of your portfolio.',
      ['interview 2028-01-14 11:00'],
    ],
  ]);
});

describe("a group's greeting beside no job word is the group's mail (round 280)", () => {
  check([
    [
      NY28,
      "Hi everyone,\n\nWe'll meet at the Crown on Thursday 13 January at 7pm. Let me know by Wednesday!",
      [],
    ],
    [NY28, 'Dear choir members,\n\nExtra rehearsal on Friday 14 January at 6:30pm.', []],
    // A group greeted about interviews is the candidates'.
    [
      NY28,
      'Hi all,\n\nThank you for applying. Your assessment day is Friday 14 January at 9:00 AM at our Leeds office.',
      ['interview 2028-01-14 09:00'],
    ],
  ]);
});

describe("interviews the writer still has, counted, are others' (round 280b)", () => {
  check([
    [
      NY28,
      "We've got three more interviews on Thursday and will be in touch by Monday.",
      ['response-by 2028-01-17'],
    ],
    [
      NY28,
      "I still have a few interviews tomorrow, so I'll let you know on Friday.",
      ['response-by 2028-01-14'],
    ],
    // The reader's own stays.
    [NY28, 'We have your interview on Thursday 13 January at 10am.', ['interview 2028-01-13 10:00']],
  ]);
});

describe('a conversation loved or liked is past (round 280b)', () => {
  check([
    [NY28, 'Loved chatting with you Thursday! I will update you by Wednesday.', ['response-by 2028-01-12']],
    [NY28, 'Really liked meeting you Friday. More soon.', []],
    [NY28, 'Would love to chat with you Thursday at 2pm about the role.', ['interview 2028-01-13 14:00']],
  ]);
});

describe('"until after then" after a day the writer waits for is the day after it (round 280b)', () => {
  check([
    [
      NY28,
      "We won't close the shortlist until the 20th, so please don't chase until after then.",
      ['no-contact-before 2028-01-21'],
    ],
    [
      NY28,
      "The panel won't meet until Friday 14 January, so hold off on follow-ups until after that.",
      ['no-contact-before 2028-01-15'],
    ],
  ]);
});

describe('a window counted from receiving a thing dated before it (round 280b)', () => {
  check([
    [
      NY28,
      'Your references are due back by Friday 14 January; we will confirm within two working days of receiving them.',
      ['response-by 2028-01-18'],
    ],
    [
      NY28,
      'Please send your portfolio by Wednesday 12 January. We will reply within a week of receiving it.',
      ['response-by 2028-01-19'],
    ],
    // Receiving something with no day named before is no timeline.
    [NY28, 'We will reply within a week of receiving your portfolio.', []],
  ]);
});

describe("a mentoring match, a vendor pitch and an agency offering a candidate are not the reader's application (round 280b)", () => {
  check([
    [NY28, 'Welcome to the mentoring programme! Your first session with your mentee is Thursday at 6pm.', []],
    [
      NY28,
      'Checking back on my note about our payroll software. Could we do Thursday at 10am so I can show you how it works?',
      [],
    ],
    [
      NY28,
      "I'm representing two senior nurses who are available from February. Would they suit your team? Free Thursday at 2pm?",
      [],
    ],
    // A recruiter who represents a firm, or a demo of the candidate's own work, stays.
    [
      NY28,
      "I'm representing a specialist engineering firm and would love to talk about a role. Free Thursday at 2pm?",
      ['interview 2028-01-13 14:00'],
    ],
    [
      NY28,
      'For the final interview on Thursday at 2pm, please prepare a short demo of a project you led.',
      ['interview 2028-01-13 14:00'],
    ],
  ]);
});

describe('a length joined to the noun it describes is no window (r64)', () => {
  check([
    [NY28, "We'll call you on the day with a 2-hour arrival window.", []],
    [NY28, 'Your 30-day free trial starts today.', []],
    [
      NY28,
      'The final stage is a 3-hour case study, and we will reply within 5 business days.',
      ['response-by 2028-01-17'],
    ],
    // A window said with its lead word stays one.
    [NY28, 'We will be in touch in 2-3 weeks.', ['response-by 2028-01-31']],
  ]);
});

describe('what happens to candidates in general is no promise (round 290)', () => {
  check([
    [NY28, 'Applicants report they usually hear back within 10 days.', []],
    [NY28, 'Many candidates get back an answer in a week; most hear back within 2 weeks.', []],
    // The employer's own word about its candidates stays a promise.
    [NY28, 'All candidates will hear back from us within 2 weeks.', ['response-by 2028-01-24']],
  ]);
});

describe('the reader asked to sit in on an interview is on the panel (round 290)', () => {
  check([
    [NY28, 'Could you sit in on the second interview for the Finance Manager role on Thursday at 11am?', []],
    [NY28, "I'd love you to sit in for Priya's interview on Friday at 2pm.", []],
    [NY28, 'Your interview is on Friday at 2pm; our CFO will sit in.', ['interview 2028-01-14 14:00']],
  ]);
});

describe("a table's label column flattened from HTML is a label (round 290b)", () => {
  check([
    [
      NY28,
      'Interview details\nDate | Thursday 13 January 2028\nTime | 2:30 PM\nLocation | 5th floor',
      ['interview 2028-01-13 14:30'],
    ],
    [
      NY28,
      'Interview details\nDate\tThursday 13 January 2028\nTime\t2:30 PM',
      ['interview 2028-01-13 14:30'],
    ],
    [
      BER,
      'Ihr Vorstellungsgespräch\nDatum | Donnerstag, 12. November 2026\nUhrzeit | 10:30 Uhr',
      ['interview 2026-11-12 10:30'],
    ],
    // A table of other things names no slot.
    [NY28, 'Order summary\nDelivery | Thursday 13 January 2028\nWindow | 2:30 PM', []],
  ]);
});

describe("Greenwich time where it is the clock all year is the reader's clock (round 290b)", () => {
  const ACC28 = { sentAt: '2028-07-10T09:00:00+00:00', tz: 'Africa/Accra' } as const;
  const DKR28 = { sentAt: '2028-07-10T09:00:00+00:00', tz: 'Africa/Dakar' } as const;
  const LDN28 = { sentAt: '2028-07-10T09:00:00+01:00', tz: 'Europe/London' } as const;
  check([
    [ACC28, 'Your interview is on Wednesday 12 July at 11:00 GMT.', ['interview 2028-07-12 11:00']],
    [DKR28, 'Your interview is on Wednesday 12 July at 3pm GMT.', ['interview 2028-07-12 15:00']],
    // In London, "GMT" in summer is still read as the UK clock (ZONE_WORDS).
    [LDN28, 'Your interview is on Wednesday 12 July at 11:00 GMT.', ['interview 2028-07-12 11:00']],
  ]);
});

describe("the reader as referrer, and a friend asking the reader for a referral, are not the reader's application (round 290b)", () => {
  check([
    [
      NY28,
      "Thanks for referring Ana Lopez! She's been invited to interview on Thursday 13 January at 10am.",
      [],
    ],
    [
      NY28,
      'The candidate you referred has an interview on Friday at 2pm. Your referral bonus follows in 60 days.',
      [],
    ],
    [NY28, 'Could you refer me for the analyst role? Free for a quick call Thursday at 6pm?', []],
    // The reader referred by someone else stays the candidate.
    [
      NY28,
      'Maria referred you for the Analyst role. Could you do an interview on Thursday 13 January at 10am?',
      ['interview 2028-01-13 10:00'],
    ],
  ]);
});

describe("a well-wisher's message beside no other job word is the friends' plans (heldout6)", () => {
  check([
    [NY28, 'Best of luck with your interview tomorrow! Dinner Friday at 7?', []],
    [NY28, "Fingers crossed for the interview on Thursday! Call me after, I'm free at 5.", []],
    // An employer's confirmation that wishes luck stays the slot.
    [
      NY28,
      'Your interview for the Analyst role is on Thursday 13 January at 10am. Good luck with your interview!',
      ['interview 2028-01-13 10:00'],
    ],
  ]);
});

describe('a day said to have been, with the copula right before it, is past (round 300)', () => {
  check([
    [NY28, 'Your last appointment was 12 March.', []],
    [NY28, 'The first round was on Monday and we will decide by Friday.', ['response-by 2028-01-14']],
    // Moved or booked for a day is ahead.
    [NY28, 'Your interview was moved to Thursday 13 January at 3pm.', ['interview 2028-01-13 15:00']],
  ]);
});

describe('the job offered as a place on the team is an offer (round 300)', () => {
  check([
    [NY28, "We'd love to have you on the team! Paperwork to follow.", ['outcome offer']],
    [NY28, 'They really want you on board – the formal offer follows.', ['outcome offer']],
    // A team met for another round is no offer.
    [
      NY28,
      "We'd love you to join the team for a final chat on Thursday at 2pm.",
      ['interview 2028-01-13 14:00'],
    ],
  ]);
});

describe("a named person's interview, and the reader's own interviewer entry, are not the reader's slot (round 300)", () => {
  check([
    [NY28, "Just so you know, Maria's final interview is on Friday at 10am – could you greet her?", []],
    [
      NY28,
      'Interview: Li Wei – Data Engineer\nWhen: Friday, January 14, 2028 10:00 AM\nInterviewers: You, Sam Cole',
      [],
    ],
    // "Thursday's interview" names the day, not a person.
    [NY28, "Thursday's interview will be at 10am with our CFO.", ['interview 2028-01-13 10:00']],
  ]);
});

describe('the offer letter itself, sent to the reader, is an offer (round 310)', () => {
  check([
    [NY28, 'Please find attached your formal offer letter for the Analyst role.', ['outcome offer']],
    [NY28, "I've sent your offer of employment through DocuSign; please sign by Friday.", ['outcome offer']],
    // An offer letter promised after a decision still to come is no offer yet (a delivery promise only).
    [NY28, 'If the panel approves, we will send an offer letter next week.', ['response-by 2028-01-21']],
  ]);
});

describe('a clause that names its own thing booked, in mail that names no job, is no slot (round 310)', () => {
  check([
    [NY28, 'Boiler servicing is booked for Friday 14 January at 8am.', []],
    [NY28, 'System maintenance is scheduled for Saturday 15 January from 6am to 9am.', []],
    [NY28, 'Your call with Dana is booked for Friday 14 January at 8am.', ['interview 2028-01-14 08:00']],
  ]);
});

describe('a trial of the work itself is the interview; "shift" moves a slot only as a verb (round 320)', () => {
  check([
    [NY28, 'Could you come in for a trial shift on Friday from 9am to 1pm?', ['interview 2028-01-14 09:00']],
    [
      NY28,
      "We'd like to invite you to a working interview on Thursday at 8am in the kitchen.",
      ['interview 2028-01-13 08:00'],
    ],
    [NY28, 'We need to shift your interview to Friday at 3pm.', ['interview 2028-01-14 15:00']],
    // A shift of work the reader already does is no interview.
    [NY28, 'Reminder: your night shift this Friday starts at 10pm. Please clock in on time.', []],
  ]);
});

describe('an agency sending the reader candidates for their vacancy writes to a hiring manager (round 320)', () => {
  check([
    [NY28, 'I have three strong CVs for your Warehouse Lead role. Free on Thursday at 2pm to discuss?', []],
    [NY28, "We've lined up two candidates for you – shall we talk them through on Friday at 10am?", []],
    // An agency's candidate is the reader when the role is offered to them.
    [
      NY28,
      "I've put you forward for the Warehouse Lead role. The client can see you on Thursday at 2pm.",
      ['interview 2028-01-13 14:00'],
    ],
  ]);
});

describe('offers, progressions and interviews in other seats, said in new words (round 330)', () => {
  check([
    [NY28, "We'd like to extend you a formal offer for the Analyst role.", ['outcome offer']],
    [
      NY28,
      "We'd like to move you forward to the next stage on Thursday at 2pm.",
      ['interview 2028-01-13 14:00'],
    ],
    // A move of a slot stays one.
    [NY28, "We'd like to move your interview to Thursday at 2pm.", ['interview 2028-01-13 14:00']],
    [NY28, 'The investigation team would like to interview you about the incident on Friday at 10am.', []],
    [
      NY28,
      "I'm a journalist with City Weekly working on a piece about hiring. Could I call you Friday at 2pm?",
      [],
    ],
    [NY28, 'Can you interview two of our finalists for the Analyst role on Friday at 10am?', []],
    [NY28, 'We are hiring two graduates. If you know anyone, send them my way by Friday!', []],
    [NY28, 'Your mid-year performance conversation is on Thursday 13 January at 3pm.', []],
    [NY28, 'Your study visit for the clinical trial is on Thursday 13 January at 9am.', []],
  ]);
});

describe('reviews given time, and the reader as hiring manager, referee, colleague or staff (round 340)', () => {
  check([
    // The time asked for a review promises its end; asked "before checking in", it is a hold-off.
    [
      NY28,
      'Please allow up to three weeks for our talent team to review your portfolio.',
      ['response-by 2028-01-31'],
    ],
    [
      NY28,
      'Please allow ten business days for us to review your application before checking in.',
      ['no-contact-before 2028-01-24'],
    ],
    // One candidate for the reader's opening, a referee's call, another's interview named after the day.
    [
      NY28,
      'Quick update: the finalist for your Product Owner role is free Thursday at 3pm for a final chat.',
      [],
    ],
    [
      NY28,
      'Dana Cole provided your details as a referee for her application. Could we call you Wednesday at 11am?',
      [],
    ],
    [NY28, 'Priya can do Wednesday at 9am for her panel interview, if that suits the team.', []],
    // The writer's own interview told to a colleague; an interview slot offered stays one.
    [NY28, "Can we swap lunches on Thursday? I've got a job interview at 1pm.", []],
    [
      NY28,
      'I have an interview slot on Thursday at 1pm – would that suit you?',
      ['interview 2028-01-13 13:00'],
    ],
    // A memo to all staff.
    [NY28, 'All employees: payroll questions will be answered within two business days.\n\nHR Team', []],
  ]);
});

describe('a third person who can attend an interview, and a thesis viva (round 350)', () => {
  check([
    [
      NY28,
      'Ms. Ruiz has confirmed she can attend the final interview on Thursday at 9am. Could you book a room?',
      [],
    ],
    // The interviewer who can do a time offers the reader's slot.
    [
      NY28,
      'I spoke with Omar, our CTO. He can do Thursday at 9am if that works for you?',
      ['interview 2028-01-13 09:00'],
    ],
    [NY28, 'Dear Amara, your dissertation defence is scheduled for Friday 14 January at 2pm in Hall C.', []],
  ]);
});

describe('the week after a day, others on a call, colleagues comparing notes, an employee interviewing (round 360)', () => {
  check([
    // "the week after" alone: the week after the day named before it; with no day before, nothing.
    [
      NY28,
      "Applications close on Friday 21 January. We'll contact shortlisted people the week after.",
      ['response-by 2028-01-28'],
    ],
    [NY28, "We'll contact shortlisted people the week after.", []],
    [NY28, 'We will contact you the week after next.', ['response-by 2028-01-28']],
    // A call with a third person; a call with the reader stays a slot.
    [NY28, "Your recruiter asked me for a reference. I'm meeting him Thursday at 2pm.", []],
    [
      NY28,
      "Thanks for applying! I'll call you Thursday at 2pm for a quick screen.",
      ['interview 2028-01-13 14:00'],
    ],
    // Interviews that are the writer's with finalists; a colleague asked to compare notes.
    [NY28, 'We interviewed two finalists this morning. Free Thursday at 2pm to go through them?', []],
    [NY28, 'Could we find 20 minutes on Wednesday at 3 to debrief on the candidates?', []],
    // The panel that compares notes before answering the candidate still promises.
    [
      NY28,
      'The panel will compare notes on Thursday and we will let you know by Friday.',
      ['response-by 2028-01-14'],
    ],
    // An employee's own interview elsewhere.
    [NY28, "I'm interviewing with another company on Thursday at 9, so I'll be in late.", []],
  ]);
});

describe('sessions of the work, open days, speakers and house viewings (round 370)', () => {
  check([
    // The candidate asked back for a session of the work.
    [
      NY28,
      "We'd love to bring you back for a whiteboard session with the data team on Thursday at 11am.",
      ['interview 2028-01-13 11:00'],
    ],
    [
      NY28,
      'Can we get you back in to meet the directors on Wednesday at 4pm?',
      ['interview 2028-01-12 16:00'],
    ],
    // An employer's open day for all comers.
    [
      NY28,
      'We are hiring baristas! Walk-in interviews are on Saturday 15 January from 10am. Tell your friends.',
      [],
    ],
    // The reader as a conference speaker.
    [
      NY28,
      'Speakers are kindly asked to upload slides by Wednesday. Your panel on hiring starts Thursday at 3pm.',
      [],
    ],
    // A home's viewing or sale.
    [
      NY28,
      'Your open home viewing is booked for Saturday at 10:30. The realtor will share any offers within 24 hours.',
      [],
    ],
  ]);
});

describe("an event named as its day's subject, the day's own 'on' included (heldout7)", () => {
  check([
    // In mail with no job word, the thing said to be "on" a day is no meeting of the reader's.
    [NY28, 'The Winter Gala is on Thursday 13 January at 7pm at the Plaza. See you soon!', []],
    [
      NY28,
      'Your call with Dana is on Thursday 13 January at 7pm. See you soon!',
      ['interview 2028-01-13 19:00'],
    ],
    // A networking event for many guests; a role's "Networking" stays a job's word.
    [
      NY28,
      'Brooklyn Tech Networking is on Thursday 13 January at 6:30pm. Recruiters from ten firms will attend.',
      [],
    ],
    [
      NY28,
      'Your interview for the Networking Engineer role is on Thursday 13 January at 10am.',
      ['interview 2028-01-13 10:00'],
    ],
  ]);
});

describe("text-speak, papers sent today, the candidate's onsite, a room's booking and an article (round 380)", () => {
  check([
    [NY28, 'hey! the owner wants to meet u thurs at 2, r u free?', ['interview 2028-01-13 14:00']],
    [NY28, "I'll email you the written contract by Wednesday.", ['response-by 2028-01-12']],
    [NY28, "Jo, I've booked the applicant's panel for Thursday at 10. Could you bring coffee?", []],
    [NY28, 'FYI the training room is reserved Tuesday to Thursday for the interviews.', []],
    [NY28, 'The boardroom is booked for your interview on Thursday at 10am.', ['interview 2028-01-13 10:00']],
    [NY28, '7 mistakes to avoid after an interview, and what to do if you hear nothing by Friday.', []],
  ]);
});

describe('a decision not before a span, a car service, a referee asked, an agency selling (round 390)', () => {
  check([
    [
      NY28,
      "We won't have an answer for another two weeks, but I'll write as soon as we do.",
      ['response-by 2028-01-24'],
    ],
    // A span that is no wait for an answer stays nothing.
    [NY28, 'The assessment runs for two weeks, and we have no news on dates yet.', []],
    [NY28, "Your car's repairs are booked for Friday at 8am. We'll ring you within 3 hours of drop-off.", []],
    [NY28, 'Could you be one of my references for a job at the bank? They may phone you on Thursday.', []],
    [
      NY28,
      'Still hiring? We can fill your open roles in 10 days. Grab a call with us on Friday at 11am.',
      [],
    ],
  ]);
});

describe("no news before a day, a team's mail, a jab, a panel member (round 410)", () => {
  check([
    // No news before a day is no promise; a hold-off "until then" after it makes the day the first one welcome.
    [NY28, "You won't hear from us before Friday 21 January, as the panel is away.", []],
    [
      NY28,
      "You won't hear from us before Friday 21 January. Please don't chase before then.",
      ['no-contact-before 2028-01-21'],
    ],
    [
      NY28,
      'Hi team, the graduate interviews finish on Thursday; offers will go out by Friday 21 January.',
      [],
    ],
    // A team greeting in mail to "you" is read as ever.
    [
      NY28,
      'Hi team, thanks for applying for the Analyst role as a group! We will get back to you by Friday 21 January.',
      ['response-by 2028-01-21'],
    ],
    [NY28, 'Your booster shot is booked at the pharmacy for Thursday at 11:20am.', []],
    [NY28, 'As an interviewer on the selection panel, please keep Thursday from 9:00 to 12:00 free.', []],
  ]);
});

describe("weeks from today, an employee's meetings with HR, mock assessments, power cuts (round 430)", () => {
  check([
    [
      NY28,
      'Could you come back for a final interview two weeks from today at 2:15pm?',
      ['interview 2028-01-24 14:15'],
    ],
    [NY28, 'The director can see you a week from Tuesday at 9.', ['interview 2028-01-18 09:00']],
    // Without am/pm, in office hours as chrono's clocks are read: "at 2:30" is the afternoon's.
    [
      NY28,
      'Could you come in for the final interview a week from Tuesday at 2:30?',
      ['interview 2028-01-18 14:30'],
    ],
    [NY28, 'Your back-to-work meeting with your manager is booked for Thursday at 10am.', []],
    [NY28, 'Your performance improvement plan check-in is on Friday 14 January at 3pm.', []],
    // The candidate's own interview with HR stays a slot.
    [NY28, 'Your interview with HR is scheduled for Thursday at 10am.', ['interview 2028-01-13 10:00']],
    [NY28, 'The practice assessment day for graduates runs on Saturday from 9am.', []],
    [NY28, 'Water interruption in your street on Wednesday from 10:00 to 14:00.', []],
  ]);
});

describe("a meal with the hiring manager, a goal said as a noun, sitting in, a child's sport (round 440)", () => {
  check([
    [
      NY28,
      'Would you join our CEO for breakfast with the founders on Thursday at 8am? Think of it as a final interview.',
      ['interview 2028-01-13 08:00'],
    ],
    // A team's lunch stays another event.
    [NY28, "The team lunch is on Friday at noon; you're welcome to join after your interview.", []],
    [NY28, 'Our target is to make a final decision by Friday 21 January.', ['response-by 2028-01-21']],
    [NY28, "I'm seeing two engineers next week. Would you sit in on Wednesday at 3pm?", []],
    [NY28, "Your son's football training is moved to Thursday at 5pm. Shin pads, please!", []],
  ]);
});

describe('a viva for a job, a fronted "following the interview", the reader told to interview, a title (round 450)', () => {
  check([
    [
      NY28,
      'You are called for a viva voce on Thursday 13 January at 11:00 AM at our head office.',
      ['interview 2028-01-13 11:00'],
    ],
    [NY28, 'Dear Amara, the viva for your dissertation is on Thursday 13 January at 11am.', []],
    [NY28, 'After our call, I will send you the written offer by Friday.', ['response-by 2028-01-14']],
    [NY28, "You'll be interviewing three finalists on Friday at 9am; scores are due by Monday.", []],
    [NY28, "Movie night Thursday at 8! We're watching 'The Job Interview'.", []],
  ]);
});

describe("a wait asked for before contact, in German and French, and a review after a close in Spanish (fx301's probes)", () => {
  check([
    [
      BER,
      'Bitte warten Sie bis zum 20. November, bevor Sie sich wieder bei uns melden.',
      ['no-contact-before 2026-11-20'],
    ],
    [BER, 'Warte bitte bis Freitag, ehe du nachfragst.', ['no-contact-before 2026-11-06']],
    // A promise with the same verb stays one.
    [BER, 'Wir melden uns bis zum 20. November bei Ihnen.', ['response-by 2026-11-20']],
    [
      PAR,
      "Merci d'attendre le vendredi 20 novembre avant de nous recontacter.",
      ['no-contact-before 2026-11-20'],
    ],
    [
      MAD,
      'Estudiaremos los perfiles después del cierre de la convocatoria el 20 de noviembre; no nos escribas hasta entonces.',
      ['no-contact-before 2026-11-21'],
    ],
    // A request not to call bounded by "hasta entonces" is the hold-off alone; one with no bound stays no-calls.
    [
      MAD,
      'Cerramos la convocatoria el 20 de noviembre y revisaremos después del cierre del plazo del 20; no nos llames hasta entonces.',
      ['no-contact-before 2026-11-21'],
    ],
    [MAD, 'Por favor, no nos llames para preguntar por tu candidatura.', ['no-calls']],
    // "until then nor after" bounds nothing.
    [
      PAR,
      "Nous vous communiquerons notre décision dans les cinq jours ouvrés. Merci de ne pas appeler l'équipe d'ici là ni après.",
      ['response-by 2026-11-11', 'no-contact-before 2026-11-11', 'no-calls'],
    ],
  ]);
});

describe("the writer's press interview, school careers interviews, candidates the reader referred (round 460)", () => {
  check([
    [NY28, "I'm giving an interview to the local paper on Thursday at 11, so I'll be offline.", []],
    [NY28, 'Careers interviews for Year 11 students run on Friday from 9am in the library.', []],
    [
      NY28,
      "The friends you've referred will be interviewed next week; we'll let you know how they did within 10 days.",
      [],
    ],
    // The reader's own careers adviser's interview offer is no job's, but the reader's interview stays one.
    [NY28, 'Your interview for the Analyst role is on Thursday at 11am.', ['interview 2028-01-13 11:00']],
  ]);
});

describe("a panel's own things, a slot that won't go ahead as planned, the week of a return, a form that closes (round 510)", () => {
  check([
    [
      NY28,
      "The panel's scores go to HR on Thursday, and we'll write to you by Tuesday 18 January.",
      ['response-by 2028-01-18'],
    ],
    [NY28, 'Your panel interview is on Thursday at 2pm.', ['interview 2028-01-13 14:00']],
    [
      NY28,
      "Sadly we can't go ahead on Wednesday as planned; your interview is now on Friday 14 January at 10am.",
      ['interview 2028-01-14 10:00'],
    ],
    [
      NY28,
      'Our director is unable to host on Wednesday as arranged. Could you do Friday 14 January at 3pm instead?',
      ['interview 2028-01-14 15:00'],
    ],
    [NY28, 'Your interview on Wednesday at 10am goes ahead as planned.', ['interview 2028-01-12 10:00']],
    [
      NY28,
      "The recruiter is away until Monday 17 January, and he'll get back to you the week he's back.",
      ['response-by 2028-01-21'],
    ],
    [NY28, 'Our feedback form closes on 14 January, so please fill it in.', []],
    [NY28, 'The poll for the team lunch will close on Friday.', []],
  ]);
});

describe('an ISO day after a slot label, an invitation to a written examination, the reader arranging a candidate (round 520)', () => {
  check([
    [NY28, 'Interview time: 2028-01-13 15:00', ['interview 2028-01-13 15:00']],
    [
      NY28,
      'Your interview details:\nDate: Thursday 13 January\nReporting time: 1430\nVenue: Block C, Room 4',
      ['interview 2028-01-13 14:30'],
    ],
    [
      NY28,
      'Further to your application, you are invited to sit an aptitude test. It will be held on January 14 at 10:00 a.m. at our Albany office.',
      ['interview 2028-01-14 10:00'],
    ],
    // A schedule for all who qualify is no one's slot (round 70f).
    [NY28, 'The written test for shortlisted candidates will be held on Sunday 16 January at 9:00 am.', []],
    [
      NY28,
      'The applicant for the Payroll Officer position has confirmed Friday at 11am, so please book a room.',
      [],
    ],
    [
      NY28,
      'Your interview for the Payroll Officer position is confirmed for Friday at 11am.',
      ['interview 2028-01-14 11:00'],
    ],
  ]);
});

describe('a call to work on something in mail that names no job (round 520)', () => {
  check([
    [
      NY28,
      'Could we jump on a call Friday at 3 to review the draft budget? The trustees want it by Monday.',
      [],
    ],
    [NY28, 'Are you free Wednesday at 11 to look at the floor plans with the architect?', []],
    [NY28, 'Can you do a quick call at 4:15pm tomorrow?', ['interview 2028-01-11 16:15']],
    [NY28, 'Can you do a call Friday at 3 to discuss the next steps?', ['interview 2028-01-14 15:00']],
    [
      NY28,
      'Could we do a call Friday at 3 to go over the role? The hiring manager will join.',
      ['interview 2028-01-14 15:00'],
    ],
  ]);
});

describe('a friend who got an interview, an agency offering the reader candidates (round 470)', () => {
  check([
    [NY28, "Big news: my sister landed an interview at Deloitte! It's Thursday at 10am, wish her luck.", []],
    [
      NY28,
      'Great news, you got the interview! It is on Thursday at 10am with Priya.',
      ['interview 2028-01-13 10:00'],
    ],
    [NY28, 'Your application got an interview: Thursday at 10am with Priya.', ['interview 2028-01-13 10:00']],
    [
      NY28,
      'We have placed 25 nurses in Leeds this year and can send a slate of pre-screened candidates to you by Friday. Free Thursday at 2?',
      [],
    ],
  ]);
});

describe("a notice of results counted from the posting's close, feedback on the reader's assessment, a course's title (round 480)", () => {
  check([
    [
      NY28,
      'The posting closes on 01/14/2028. You will receive a notification of the outcome within 5 business days after the posting closes.',
      ['response-by 2028-01-21'],
    ],
    [NY28, "You'll receive the results of your test by Thursday.", ['response-by 2028-01-13']],
    [NY28, 'We will send you feedback on your references by Wednesday.', ['response-by 2028-01-12']],
    // The reader's own deadline stays one.
    [NY28, 'Please send us your references by Wednesday.', []],
    [NY28, "You're registered for 'Interview Like a Pro' on Thursday at 6pm in Room 2.", []],
  ]);
});

describe("the reader as another's referee, a recruiter's live briefing (round 490)", () => {
  check([
    [
      NY28,
      "Thank you for agreeing to act as a referee for Sam Ortiz. You'll get a short form from us by Wednesday.",
      [],
    ],
    [NY28, "Thanks for being Dana's reference! I'll send the questions by Friday.", []],
    [NY28, 'Please send us two references by Wednesday; we will contact them after your interview.', []],
    [NY28, 'Join our market briefing on Thursday at 1pm to hear the latest salary trends.', []],
    [NY28, 'Your interview starts with a briefing on Thursday at 1pm.', ['interview 2028-01-13 13:00']],
  ]);
});

describe("a window that spans the panel's own talk, the reader booked to interview someone, the reader as speaker (round 500)", () => {
  check([
    [
      NY28,
      "We'll get back to you within two weeks, once the committee has met to discuss all the applicants.",
      ['response-by 2028-01-24'],
    ],
    // A window counted from the reader's own act, or from the decision, still has no day here.
    [NY28, 'We will send the contract within 2 working days once you accept.', []],
    [NY28, "You're booked to interview Aisha Khan for the Analyst role on Thursday at 2pm.", []],
    [
      NY28,
      "You're scheduled to interview with Priya for the Analyst role on Thursday at 2pm.",
      ['interview 2028-01-13 14:00'],
    ],
    [NY28, 'Thanks for agreeing to present at HR Tech Live. Your slot is on Thursday at 2pm in Hall 3.', []],
  ]);
});

describe('a slot that will no longer take place, outcomes confirmed in the passive, a mentoring chat, a medical (round 570)', () => {
  check([
    [
      NY28,
      'The call planned for Wednesday will no longer go ahead. We will now meet on Friday 14 January at 10am.',
      ['interview 2028-01-14 10:00'],
    ],
    [NY28, 'Results are usually released within ten working days.', ['response-by 2028-01-24']],
    [
      NY28,
      'Your test is on Thursday 13 January. Results are then emailed within a week of the test.',
      ['response-by 2028-01-20'],
    ],
    [NY28, 'Looking forward to our mentorship call on Thursday at 6pm! Bring your interview questions.', []],
    [NY28, 'Your occupational health assessment is booked for Thursday at 9am, before your start date.', []],
  ]);
});

describe("a city as a clock's zone, a thanks for applying from a nursery that hires, the reader's own calendar, a student's results (round 580)", () => {
  check([
    [
      NY28,
      'Topic: Interview – Analyst\nTime: Jan 13, 2028 03:00 PM London\nJoin Zoom Meeting',
      ['interview 2028-01-13 10:00'],
    ],
    [
      NY28,
      'Your interview is on Thursday 13 January at 3pm, London office, 2nd floor.',
      ['interview 2028-01-13 15:00'],
    ],
    [
      NY28,
      "Thanks for applying to Little Oaks Daycare. We're closed until Monday 17 January, so please don't chase before then.",
      ['no-contact-before 2028-01-17'],
    ],
    [NY28, "Thanks for applying for a place at Little Oaks Daycare. We'll confirm places by Friday.", []],
    [NY28, 'Interviewing Candidate: Ben Ortiz\nThursday 13 January, 2pm – 3pm\nOrganiser: you', []],
    [
      NY28,
      'Dear Students,\n\nExam results will be released on Thursday at 9am through the candidate portal.',
      [],
    ],
  ]);
});

describe("the reader's routine at work, an agency selling to the reader, a call on a client's comments (round 530)", () => {
  check([
    [NY28, "I've moved our regular catch-up to Thursday at 3pm; we'll go over your promotion case then.", []],
    [
      NY28,
      'Self-assessments for the mid-year review are due by Friday. Managers will meet each direct report on Wednesday 19 January.',
      [],
    ],
    // A candidate's own form before an interview stays the candidate's.
    [
      NY28,
      'Please complete the self-assessment form before your interview on Thursday at 10am.',
      ['interview 2028-01-13 10:00'],
    ],
    [
      NY28,
      'Free on Tuesday at 3 to discuss your hiring needs for Q2? We have pre-vetted nurses available now.',
      [],
    ],
    [NY28, 'Can we do a call Friday at 11 to walk through their feedback on the mockups?', []],
  ]);
});

describe('the reader as employer, mentor or study volunteer, a memo to all staff, a consulate, a labelled date a window counts from (round 540)', () => {
  check([
    [NY28, 'A new offer for your open requisition is awaiting your approval. Please approve by Friday.', []],
    [
      NY28,
      'Your listing "Line Cook" is now live. You should start receiving applicants within 48 hours.',
      [],
    ],
    [
      NY28,
      "Thanks for agreeing to be my mentor! Would Thursday at 6pm work for a first coffee? I've got an interview coming up.",
      [],
    ],
    [
      NY28,
      'The fire safety training for all Leeds staff will be held on Thursday at 2pm in the canteen.',
      [],
    ],
    // Benefits for all staff in an offer leave the offer as it is.
    [
      NY28,
      "We're delighted to offer you the role of Analyst. Private healthcare is provided for all staff from day one.",
      ['outcome offer'],
    ],
    [NY28, 'Embassy visa interview: Thursday 13 January 2028, 09:30. Bring your passport.', []],
    [NY28, 'Thank you for taking part in our study on commuting. Your interview is on Thursday at 1pm.', []],
    [
      NY28,
      'Your application was submitted on January 3. A decision will be made within 30 days of the submission date.',
      ['response-by 2028-02-02'],
    ],
  ]);
});

describe("a university's or a test board's mail, a friend's referee (round 550)", () => {
  check([
    [
      NY28,
      'Dear Candidate, your hall ticket for the Common Entrance Test is ready. The exam is on Sunday 16 January at 9:00 AM.',
      [],
    ],
    [
      NY28,
      'Thank you for your application to the MBA programme. We invite you to an admissions interview on Thursday at 2pm. Offers follow within two weeks.',
      [],
    ],
    // A university hiring staff is a job's mail.
    [
      NY28,
      'Thank you for your application for the post of Lecturer in Economics. Your interview is on Thursday 13 January at 2pm.',
      ['interview 2028-01-13 14:00'],
    ],
    [NY28, 'Thanks for agreeing to be my referee! The recruiter will call you by Friday, I think.', []],
  ]);
});

describe('a window from a dated opening clause, a delivery that follows, picking it up on return, a walk-in to report for, end-Month, the reader as advertiser, a named candidate who confirmed, a closure (round 620)', () => {
  check([
    [
      NY28,
      'Following the closing date on Friday 14 January, we will contact shortlisted applicants within 5 business days.',
      ['response-by 2028-01-21'],
    ],
    // An opening clause without a day still names no day to count from.
    [NY28, 'Once we receive your references, we will reply within 3 business days.', []],
    [NY28, 'Your contract follows on Wednesday.', ['response-by 2028-01-12']],
    [
      NY28,
      "I'm on leave until Monday 17 January and will look into this when I'm back.",
      ['response-by 2028-01-17'],
    ],
    [
      NY28,
      'Kindly report for the walk-in interview on 15.01.2028 (Saturday) at 10:00 AM at our Pune office.',
      ['interview 2028-01-15 10:00'],
    ],
    [NY28, 'Walk-in interviews are held every Saturday at 10:00 AM at our Pune office.', []],
    [NY28, 'We expect to make a decision by end-Feb.', ['response-by 2028-02-29']],
    [
      NY28,
      "Hi, I came across your ad for the sofa. Could I come and see it Thursday at 6? I'm between jobs.",
      [],
    ],
    [NY28, 'Hi Tom, Marcus has confirmed Thursday at 2pm. Could you book the boardroom for him?', []],
    [
      NY28,
      'Marcus confirmed Thursday at 2pm for your interview with the panel.',
      ['interview 2028-01-13 14:00'],
    ],
    [NY28, "Our office is closed on Friday 14 January for a staff day. We'll be back on Monday.", []],
  ]);
});

describe("a colleague asked to approve, a broadcast interview, an admissions office's interview (round 590)", () => {
  check([
    [
      NY28,
      "I'm off from tomorrow and back on Monday 17 January. Could you approve my expenses before then?",
      [],
    ],
    [NY28, 'Our producer will ring you on Thursday at 7:40am for a live interview on the morning show.', []],
    [
      NY28,
      'Dear Sam, we invite you to an interview for the BSc Nursing course on Thursday 13 January at 10:00. The interview lasts 20 minutes.\n\nUndergraduate Admissions',
      [],
    ],
    // An out-of-office on its own is still the first day contact is welcome.
    [
      NY28,
      "I'm out of the office until Monday 17 January with limited access to email.",
      ['no-contact-before 2028-01-17'],
    ],
  ]);
});

describe('"return to you", a prep call, a first-day welcome (round 600)', () => {
  check([
    [NY28, 'I will return to you with feedback by Friday.', ['response-by 2028-01-14']],
    [NY28, 'Could we do a prep session on Tuesday evening before my interview?', []],
    [
      NY28,
      "Welcome aboard! We're thrilled to have you join the team. Your first day will be Monday 7 February.",
      [],
    ],
    [
      NY28,
      "We're delighted to have you join the team and attach your offer letter. Your first day will be Monday 7 February.",
      ['outcome offer'],
    ],
  ]);
});

describe('thanks for making time for a meeting already held (round 610)', () => {
  check([
    [
      NY28,
      'Thank you for taking the time to meet the team on Friday. We will be in touch by Wednesday.',
      ['response-by 2028-01-12'],
    ],
    [NY28, 'Thanks again for making time for the panel on Friday; feedback was great.', []],
    [
      NY28,
      'Thanks for making time for us. Your next interview is on Friday at 2pm.',
      ['interview 2028-01-14 14:00'],
    ],
  ]);
});

describe('a wait until after a meeting ahead, a trade visiting the reader (round 630)', () => {
  check([
    [
      NY28,
      "Please don't follow up until after the committee meeting on 20 January.",
      ['no-contact-before 2028-01-21'],
    ],
    // A meeting already held still names no day ahead.
    [
      NY28,
      'Following our meeting on Friday, we will be in touch within 5 business days.',
      ['response-by 2028-01-17'],
    ],
    [
      NY28,
      'Following the committee meeting on 20 January, we will be in touch within 5 business days.',
      ['response-by 2028-01-27'],
    ],
    [NY28, 'The electrician will come to your flat on Thursday between 8 and 12 to fix the lights.', []],
    [
      NY28,
      'Thank you for applying for the Plumber position. Your interview is on Thursday at 10am at our depot.',
      ['interview 2028-01-13 10:00'],
    ],
  ]);
});

describe("a job's post named after a bank's product, a viva named alone (round 700)", () => {
  check([
    [
      NY28,
      'Further to your application for the position of Mortgage Adviser, your interview is on Thursday at 11am.',
      ['interview 2028-01-13 11:00'],
    ],
    [
      NY28,
      'Regarding your application for the post of Loan Officer, we will contact you within 5 business days.',
      ['response-by 2028-01-17'],
    ],
    [
      NY28,
      'Further to your application for the post of Credit Controller, your interview has been fixed for Friday by 9am prompt.',
      ['interview 2028-01-14 09:00'],
    ],
    [
      NY28,
      'Thank you for your application for the Platinum credit card. We will write to you within 7 business days.',
      [],
    ],
    [NY28, 'Your application for a personal loan is being reviewed; expect a decision by Friday.', []],
    [
      NY28,
      'The viva voce will take place on Thursday 13 January at 10:00; the external examiner joins online.',
      [],
    ],
    [NY28, 'Your oral examination is scheduled for Friday at 2pm in the Senate Room.', []],
    [
      NY28,
      'Human Resources: your interview for the Lab Technician vacancy is on Friday at 2pm.',
      ['interview 2028-01-14 14:00'],
    ],
  ]);
});

describe("a school's parents' interviews (round 710)", () => {
  check([
    [NY28, 'Dear Parents, parent-teacher interviews for Year 4 are on Thursday from 3:30pm to 6pm.', []],
    [NY28, "Your parents' interview with Mr Doyle is on Friday at 5:10pm in the library.", []],
    [NY28, 'Your parent/teacher interview slot: Thursday 13 January, 4:40pm, Room 2.', []],
    [
      NY28,
      'Thank you for applying for the Teaching Assistant role. Your interview is on Thursday at 9am.',
      ['interview 2028-01-13 09:00'],
    ],
  ]);
});

// Monday 10 January 2028, 09:00 in Sydney; Friday 31 December 2027 in New York.
const SYD28 = { sentAt: '2028-01-10T09:00:00+11:00', tz: 'Australia/Sydney' } as const;
const NY31 = { sentAt: '2027-12-31T10:00:00-05:00', tz: 'America/New_York' } as const;

describe("a calendar's zone and city, clocks in words, misspelt weekdays (rounds 640, 650)", () => {
  check([
    [
      SYD28,
      'Your interview is confirmed.\n\nThursday Jan 13, 2028 ⋅ 9:00am – 9:45am (Central European Time - Berlin)',
      ['interview 2028-01-13 19:00'],
    ],
    [
      NY28,
      'Your call with the hiring manager is on Wednesday at 3pm Central European Time.',
      ['interview 2028-01-12 09:00'],
    ],
    [
      NY28,
      'Interview with Ledger & Co\nFriday, January 14, 2028 ⋅ 10:00 – 10:30 (Greenwich Mean Time - London)',
      ['interview 2028-01-14 05:00'],
    ],
    [NY28, 'Your interview is on Thursday at 4pm Eastern European Time.', ['interview 2028-01-13 09:00']],
    [NY28, 'Your interview is on Thursday at 4pm Eastern Time.', ['interview 2028-01-13 16:00']],
    [
      NY28,
      'Your interview is on Wednesday from ten to eleven in the morning.',
      ['interview 2028-01-12 10:00'],
    ],
    [NY28, 'Your interview is on Thursday at two o’clock at our depot.', ['interview 2028-01-13 14:00']],
    [
      NY28,
      'Your interview is on Friday at seven in the evening, after the shop closes.',
      ['interview 2028-01-14 19:00'],
    ],
    [NY28, 'Your interveiw is on wensday at 2pm.', ['interview 2028-01-12 14:00']],
    [NY28, 'Thanks for coming in. We will let you know by thurday.', ['response-by 2028-01-13']],
    [NY28, 'Your second interview is on tusday 11th at 9am.', ['interview 2028-01-11 09:00']],
  ]);
});

describe('an offer of a post, the holidays from their last week, the first two weeks of a month (rounds 650–690)', () => {
  check([
    [
      NY28,
      'I am pleased to inform you that you have been selected for the post of Branch Cashier.',
      ['outcome offer'],
    ],
    [NY28, 'You have been selected for the post-interview survey; it takes five minutes.', []],
    [
      NY31,
      'Thank you for your patience. We will get back to you after the holidays.',
      ['response-by 2028-01-08'],
    ],
    [NY31, 'Thanks for your time. We will decide after Christmas.', ['response-by 2028-01-01']],
    [
      NY28,
      'Thanks for interviewing. The final decision will be communicated within the first two weeks of February.',
      ['response-by 2028-02-14'],
    ],
    [
      NY28,
      'We had your call pencilled in for Tuesday at 11, but Jo is away, so we have moved it to Thursday at 11.',
      ['interview 2028-01-13 11:00'],
    ],
    [
      NY28,
      'As discussed on Friday, your second interview is on Wednesday at 3pm.',
      ['interview 2028-01-12 15:00'],
    ],
    [
      NY28,
      'Hi Sam, thanks for your interest. Your interview is on Monday 17 January at 10am.\n\nSent via Lever · Unsubscribe',
      ['interview 2028-01-17 10:00'],
    ],
    [
      NY28,
      'Big autumn sale ends Friday! You are receiving this email because you subscribed. Unsubscribe',
      [],
    ],
    [
      NY28,
      'Your interview with Fernway is booked for Thursday at 2pm. You are receiving this email because you scheduled an event. Unsubscribe',
      ['interview 2028-01-13 14:00'],
    ],
  ]);
});

describe('the reader on the hiring side, a friend, a tenant, a vendor, a school (rounds 640–690)', () => {
  check([
    [NY28, 'Marta is our pick! Could you let her know we will send the contract by Friday?', []],
    [NY28, 'Please send him the calendar invite for Thursday at 10 and the test link.', []],
    [NY28, "We've decided to offer the job to Kenji. Can you set up a call on Wednesday at 4 with him?", []],
    [
      NY28,
      'You have been added to an interview panel for the Store Manager role on Thursday at 11. Please submit your scorecard in Workday.',
      [],
    ],
    [NY28, 'Reminder: you are interviewing Dana Cole for the Buyer role on Friday at 9am.', []],
    [NY28, 'Would you sit on the selection panel on Thursday? We need to decide by Friday.', []],
    [NY28, 'Kwabena Mensah has put you forward as a referee. Could we call you on Wednesday at 2pm?', []],
    [
      NY28,
      'I noticed Harbour Foods is hiring drivers. We can supply vetted, reliable drivers within a week, with a 60-day replacement guarantee. Free on Tuesday at 11?',
      [],
    ],
    [
      NY28,
      'Your annual appraisal is booked for Wednesday at 3pm; HR will confirm the pay review by Friday.',
      [],
    ],
    [
      NY28,
      'Guess what, I got the job at Fenwick! I start on 24 January. They will send the contract by Friday.',
      [],
    ],
    [NY28, 'Could you run a mock interview with me on Thursday at 6? My real one is on Friday.', []],
    [
      NY28,
      "I'm interested in renting your flat on Elm Road. I have an interview nearby on Thursday, so could I view it at 5? I'll let you know by Friday.",
      [],
    ],
    [
      NY28,
      'Thanks for your quotation for the office cleaning contract. We will make a decision by Friday.',
      [],
    ],
    [
      NY28,
      'Dear Parents, school resumes on Tuesday. Enrolment interviews for next year are on Thursday; families will hear within 5 working days.',
      [],
    ],
    [
      NY28,
      'Thank you for volunteering for our job-seeker survey. Your research session is on Thursday at 10am.',
      [],
    ],
    [
      NY28,
      'Your application to the Executive MSc has progressed. Your admissions interview is on Thursday at 3pm; the committee decides within two weeks.',
      [],
    ],
    [
      NY28,
      'Our newsletter: why telling candidates you will reply within two days builds trust. Plus our workshop on Thursday.',
      [],
    ],
    [
      NY28,
      'Thank you for applying for the Driver position. Your interview is on Thursday at 10am; we will let you know by Friday.',
      ['interview 2028-01-13 10:00', 'response-by 2028-01-14'],
    ],
  ]);
});

describe('a talk already had beside a slot ahead; another candidate offered the role (round 670 review)', () => {
  check([
    [
      NY28,
      'As agreed on Tuesday, your final interview is on Thursday at 11:00.',
      ['interview 2028-01-13 11:00'],
    ],
    [NY28, 'As mentioned on Friday, we will let you know by Wednesday.', ['response-by 2028-01-12']],
    [NY28, "We've decided to offer the role to another candidate this time.", ['outcome rejected']],
  ]);
});

const LDN28 = { sentAt: '2028-01-10T09:00:00+00:00', tz: 'Europe/London' } as const;

describe('rounds 720–750: outcomes, windows, slots and holds', () => {
  check([
    [
      NY28,
      'Application status update\n\nPosition: Park Ranger, GS-0025-07\nStatus: Not Referred',
      ['outcome rejected'],
    ],
    [
      NY28,
      'You were found eligible, but you were not among the best-qualified candidates.',
      ['outcome rejected'],
    ],
    [NY28, 'We regret that we will not retain your candidature for the next stage.', ['outcome rejected']],
    [
      NY28,
      'Applications for this role close on Friday at 11:55pm; we aim to respond within 5 working days of the closing date.',
      ['response-by 2028-01-21'],
    ],
    [
      NY28,
      'Sadly Dr Lee is no longer available for your interview on Tuesday at 2pm. Could you do Wednesday at 2pm instead?',
      ['interview 2028-01-12 14:00'],
    ],
    [
      NY28,
      'Thanks for applying for the Barista role! Book a phone screen via the link: slots are open Tuesday to Thursday between 10am and 3pm.',
      [],
    ],
    [
      NY28,
      "We still have one more candidate to talk to on Tuesday, and I'll get back to you by Thursday.",
      ['response-by 2028-01-13'],
    ],
    [
      NY28,
      'Further to your interview on Tuesday, we are pleased to offer you the position.',
      ['outcome offer'],
    ],
    [
      NY28,
      "I'm back on Thursday 13 January, so please don't chase before then - the directors won't meet until the week after.",
      ['no-contact-before 2028-01-13'],
    ],
    [NY28, 'Thanks for interviewing. We will tell you the outcome by Friday.', ['response-by 2028-01-14']],
    [
      NY28,
      'We hope to decide by Friday, though the board may need longer because of the fiscal year end.',
      ['response-by 2028-01-14'],
    ],
    [
      NY28,
      'We have two more candidates to see this week; after that we will let you know in the next fortnight.',
      ['response-by 2028-01-24'],
    ],
    [
      NY28,
      "We'd like to bring you in for the final loop on Thursday at 9am.",
      ['interview 2028-01-13 09:00'],
    ],
    [
      NY28,
      'Thursday it is - 10am at our office, ask for Priya at reception.',
      ['interview 2028-01-13 10:00'],
    ],
    [NY28, 'Friday it is! Drinks at 7 at the usual place.', []],
  ]);
});

describe('rounds 720–750: mail that is not about the reader as a candidate', () => {
  check([
    [
      NY28,
      'Thank you for agreeing to take part in the Remote Teams and Wellbeing study. Your interview is booked for Thursday at 10am.',
      [],
    ],
    [
      NY28,
      'A new application has been submitted for your property at 12 Elm Road; the applicant would like to view it on Saturday at 10am.',
      [],
    ],
    [
      NY28,
      'Your pre-employment medical assessment is booked for Thursday 13 January at 8:30 at CityHealth Clinic.',
      [],
    ],
    [NY28, "Thanks for the quotation for the website redesign; we'll decide by Friday and raise a PO.", []],
    [
      NY28,
      'Congratulations! You have a pre-approved personal loan offer. Our adviser will call you tomorrow between 10am and 12pm.',
      [],
    ],
    [
      NY28,
      'Thank you for serving on the search committee. The candidate visits are on Thursday and Friday; please send me your rankings by Monday.',
      [],
    ],
    [
      NY28,
      'Timesheets for this week must be approved by 12:00 on Friday; late ones go into the next pay run.',
      [],
    ],
    [
      NY28,
      'Thank you for your enquiry about our riverside venue for your wedding! Could we have a call on Wednesday at 6pm?',
      [],
    ],
    [NY28, 'Could you send her the case study by Wednesday? We aim to decide on the hire by Friday.', []],
    [
      LDN28,
      'Visa Category: B1/B2\nAppointment: 14/01/2028 08:30, U.S. Embassy in London. Please arrive 15 minutes before your interview time.',
      [],
    ],
    [
      NY28,
      'Thanks for visiting! We can offer $5,000 for your car as a part-exchange. Shall I book a test drive on Thursday at 11am?',
      [],
    ],
    [NY28, 'Thanks for your application to adopt Milo! Could we do the home check on Thursday at 6pm?', []],
    [
      NY28,
      'Well done on Round 1 of CodeFest! Round 2 opens on Thursday at 7pm, and the top 50 will be invited to the finals.',
      [],
    ],
    [
      NY28,
      'Your careers appointment is confirmed: CV review and interview practice on Thursday at 2pm in the Student Hub.',
      [],
    ],
    [
      NY28,
      'Thanks for agreeing to sit on the interview panel on Tuesday; we hope to make an offer by Friday.',
      [],
    ],
    [NY28, "I'll send you the interview pack with the case brief by Wednesday.", ['response-by 2028-01-12']],
  ]);
});

// Sunday 9 January 2028, 10:00 in Sydney (for a Pacific slot the day before).
const SYD9 = { sentAt: '2028-01-09T10:00:00+11:00', tz: 'Australia/Sydney' } as const;
const BER28 = { sentAt: '2028-01-10T09:00:00+01:00', tz: 'Europe/Berlin' } as const;

describe('rounds 760–790: promises, holds, clocks and outcomes', () => {
  check([
    [
      NY28,
      'Your application has been reviewed. Selection notices are usually issued by the end of the month.',
      ['response-by 2028-01-31'],
    ],
    [
      NY28,
      'Thanks for applying to the Planner role. Results will be issued by Friday.',
      ['response-by 2028-01-14'],
    ],
    [NY28, 'Your application status was updated on 01/07/2028 at 3:12 PM.', []],
    [
      NY28,
      'Great feedback from the client! They hope to confirm the successful candidate by Friday.',
      ['response-by 2028-01-14'],
    ],
    [
      NY28,
      "I'm away from tomorrow and back on Monday 17 January, so please don't chase for an update before I'm back. I'll send feedback the week after next.",
      ['no-contact-before 2028-01-17', 'response-by 2028-01-28'],
    ],
    [
      SYD9,
      'Would love for you to meet our CTO. Does Tues 3pm his time (Pacific) work?',
      ['interview 2028-01-12 10:00'],
    ],
    [
      BER28,
      'Could we do a call Thursday at noon my time (SF)? I know that is evening for you.',
      ['interview 2028-01-13 21:00'],
    ],
    [NY28, 'Your interview is on Weds at 10am in our Midtown office.', ['interview 2028-01-12 10:00']],
    [
      NY28,
      'The role closed on Friday, January 7. Our team completes its review within 5 business days after the posting closes.',
      ['response-by 2028-01-14'],
    ],
    [
      NY28,
      "I'm on leave and back on Monday 17 January. The panel will reply to all candidates within a week of my return.",
      ['response-by 2028-01-24'],
    ],
    [NY28, 'Thank you for Friday’s interview; I enjoyed meeting the team.', []],
    [NY28, 'We regret to inform you that the position has since been filled.', ['outcome rejected']],
    [
      NY28,
      'Following your interview, Management has approved your engagement as Store Supervisor from 1 February.',
      ['outcome offer'],
    ],
    [
      NY28,
      'Thanks for your patience; you will hear from us before the week is out.',
      ['response-by 2028-01-14'],
    ],
    [
      NY28,
      'Our director has been called to a client visit on Friday, so we need to move your interview to Monday 17 January at 10am.',
      ['interview 2028-01-17 10:00'],
    ],
  ]);
});

describe('rounds 760–790: mail that is not about the reader as a candidate', () => {
  check([
    [NY28, 'Your union rep has your case and will be in touch within five working days.', []],
    [NY28, 'Your place in the City 10K is confirmed: Sunday 16 January, your wave starts at 8:10am.', []],
    [
      NY28,
      'Delivery has failed to these recipients: jobs@example.com\n\n----- Original message -----\nYou said you would decide by Friday.',
      [],
    ],
    [
      NY28,
      "My interview at the bank is Thursday at 10, so can you take the kids? They said I'd hear back within a week.",
      [],
    ],
    [NY28, 'Could we move our 1:1 to Friday at 2pm? Your appraisal form is due by the end of the month.', []],
    [
      NY28,
      'Your citizenship interview is scheduled on 01/20/2028 at 9:30 AM. A decision is usually made at the end of the interview.',
      [],
    ],
  ]);
});

describe('rounds 800–830: clocks and zones of other countries, firm promises, habits of review', () => {
  check([
    [NY28, 'Your interview is on Thursday 13 January at 15:00 German time.', ['interview 2028-01-13 09:00']],
    [
      NY28,
      'Thank you for applying for the Analyst role.\n\nDate: 13/01/2028 – Time: 10h (Brasília time)\nFormat: Google Meet',
      ['interview 2028-01-13 10:00'],
    ],
    [
      NY28,
      'Topic: Interview – Data Analyst\nTime: Jan 13, 2028 09:00 PM Bangkok\nJoin Zoom Meeting',
      ['interview 2028-01-13 09:00'],
    ],
    [
      NY28,
      'Hi Sam, client loved you! Are you free Thursday 13th at 9.30 for the second stage?',
      ['interview 2028-01-13 09:30'],
    ],
    [
      NY28,
      "They're finalising feedback this week and I'll have an answer for you by Wednesday at the latest.",
      ['response-by 2028-01-12'],
    ],
    [
      NY28,
      'Your application has moved to review. Hiring managers review shortlisted profiles within 5 working days.',
      ['response-by 2028-01-17'],
    ],
    [
      NY28,
      'Thanks for the case presentation. We expect to give you a return by Friday.',
      ['response-by 2028-01-14'],
    ],
    [
      NY28,
      'Invitation: Technical interview @ Thu 13 Jan 2028 11:00 - 12:00 (EST)\n\nYou are receiving this email because you are an attendee on the event.',
      ['interview 2028-01-13 11:00'],
    ],
    [
      NY28,
      'Loved the chat on Friday! Could you do the design round on Wednesday at 2pm?',
      ['interview 2028-01-12 14:00'],
    ],
    [
      NY28,
      'Thanks for your patience. Our manager is meeting the last candidate tomorrow, and we will decide by Friday.',
      ['response-by 2028-01-14'],
    ],
  ]);
});

describe('rounds 800–830: mail that is not about the reader as a candidate', () => {
  check([
    [NY28, 'Your oral placement interview for the Spanish course is on Wednesday at 09:00 in room 4.', []],
    [
      NY28,
      'Your next practical lesson with the driving school is on Monday at 8:00; I will book your test by Friday.',
      [],
    ],
    [NY28, 'Thanks for your interest in a hot desk! Your tour is booked for Thursday at 11:00.', []],
    [
      NY28,
      'Congratulations! Your scholarship interview will be held on Tuesday at 13:30; results by the end of January.',
      [],
    ],
    [
      NY28,
      'Thanks for the first logo drafts! Can we do a quick call on Tuesday at 10:00 to go over them?',
      [],
    ],
    [NY28, 'Your IELTS speaking test (an interview with an examiner) is on Friday at 16:20.', []],
    [
      NY28,
      'Meet over 50 employers at the Spring Career Days on Thursday! A talk on interviews starts at 14:00.',
      [],
    ],
    [
      NY28,
      "I've put our mid-year review in the diary for Tuesday at 10am. Please fill in the self-assessment first.",
      [],
    ],
    [
      NY28,
      "Hi Marcus, your car's all done - we replaced the brake pads. Pick it up tomorrow before 5:30.",
      [],
    ],
    [
      NY28,
      'Automatic reply: expense claims. I am out of the office until Monday 17 January; for payroll queries contact payroll@example.com.',
      [],
    ],
    [NY28, 'Confirmed: 45 Minute PT Session with Jess on Tuesday at 7:00am at the Bondi studio.', []],
    [
      NY28,
      'Parent-teacher interviews are on Wednesday from 3:30pm. Please book a 10-minute interview with the teacher.',
      [],
    ],
    [
      NY28,
      'Candidate confirmed for 2pm tomorrow and bringing her portfolio. Can you let reception know?',
      [],
    ],
    [NY28, 'Can you chase the agency about the second reference for Sipho? I want it before Friday.', []],
    [NY28, 'Your ticket HR-22871 has been logged. We aim to respond within 2 working days.', []],
    [
      NY28,
      'Notice to Appear - Citizenship Interview. You are scheduled for an interview with an officer on January 20, 2028 at 9:30 a.m.',
      [],
    ],
  ]);
});

describe('round 880: outcomes in other words, a thanks for a day gone, a school and a course', () => {
  check([
    [
      NY28,
      "Thank you for applying for the Buyer role. Sadly we won't be taking it any further this time.",
      ['outcome rejected'],
    ],
    [
      NY28,
      "Thanks for the trial day! We'd love to have you join the team as our new Barista.",
      ['outcome offer'],
    ],
    [NY28, "We'd love to have you join as a guest speaker at our careers evening on Thursday at 6pm.", []],
    [
      NY28,
      'Thanks for the working session on Friday; your second interview is on Wednesday at 2pm.',
      ['interview 2028-01-12 14:00'],
    ],
    [
      NY28,
      "Your parents' evening appointments are on Thursday from 4pm; the rota will be sent by Monday.",
      [],
    ],
    [
      NY28,
      'Dear Learner, your certification exam is on 20 January at 10:00. Results will be shared within 7 days.',
      [],
    ],
  ]);
});

describe('rounds 840–870: zones said once, clocks ending sentences, holds in other words, anchors', () => {
  check([
    [
      NY28,
      "Your virtual onsite is set for Thursday, January 13. Here's your schedule (all times Pacific):\n\n9:00am – 9:45am  Coding\n10:00am – 10:45am  System design",
      ['interview 2028-01-13 12:00'],
    ],
    [
      NY28,
      'You are invited to attend for interview on Thursday 13th January 2028 at 10.20 a.m. Interviews will be held online.',
      ['interview 2028-01-13 10:20'],
    ],
    [
      NY28,
      'Your interview is on Thursday at 10 a.m. Eastern in our Boston office.',
      ['interview 2028-01-13 10:00'],
    ],
    [
      NY28,
      "We did say we'd have an answer by January 7, and that date has passed. I'll have a decision for you in the next day or two.",
      ['response-by 2028-01-12'],
    ],
    [
      NY28,
      "I'm off until the 20th, so there's no point chasing anyone before I'm back on the 20th.",
      ['no-contact-before 2028-01-20'],
    ],
    [
      NY28,
      'Our director is travelling until 20 January. Kindly hold off on further follow-ups until\nhe returns.',
      ['no-contact-before 2028-01-20'],
    ],
    [
      NY28,
      "Your onsite is Friday, January 14 at 9:30 AM. Two other candidates are onsite on the 11th and 12th. We'll decide within a week of your onsite.",
      ['interview 2028-01-14 09:30', 'response-by 2028-01-21'],
    ],
    [
      NY28,
      "You're one of three in the final panel, and yours is the Wednesday one. We'll give everyone an answer a week after the final panel on Wednesday 12 January.",
      ['interview 2028-01-12', 'response-by 2028-01-19'],
    ],
    [
      NY28,
      "Great news: the hiring manager signed off on your offer! We'd love to have you join as Lead Analyst. I'll walk you through the package on a call on Tuesday.",
      ['outcome offer'],
    ],
  ]);
});

describe('rounds 840–870: mail that is not about the reader as a candidate', () => {
  check([
    [
      NY28,
      'FYI, I sent the regret emails this morning to the candidates we did not progress. Please update the tracker by Friday.',
      [],
    ],
    [
      NY28,
      'Dear Subscriber, Vacancy Bulletin No. 3: Planner (2 posts). Closing date: 20 January. Canvassing will disqualify.',
      [],
    ],
    [NY28, "Guess who's got a second interview at the bank?! It's Wednesday at 2, wish me luck.", []],
    [NY28, 'Thank you for shortlisting me! Would Thursday at 10am work for the interview on your side?', []],
    [
      NY28,
      'Your tenancy renewal inspection is on Tuesday at 10am. We are also recruiting a new property manager for your block. We will confirm the rent within two weeks.',
      [],
    ],
    [
      NY28,
      'Thank you for your mortgage application. We need your employer to confirm your job title and salary; we usually decide within 5 working days.',
      [],
    ],
    [
      NY28,
      'Dear colleagues, January salaries will be paid on Friday 21 January. The HR helpdesk will respond within 2 working days.',
      [],
    ],
    [NY28, 'Ahead of our 1:1 on Thursday at 11: salary review letters go out by the end of the month.', []],
    [
      NY28,
      'Thank you for volunteering for our mock interview day on Thursday at 1:30pm, interviewing four students applying for apprenticeships.',
      [],
    ],
    [
      NY28,
      'Does your Leeds warehouse need extra hands? We can interview on your behalf. Free Thursday at 2pm to go through rates?',
      [],
    ],
    [
      NY28,
      'Your 2027/28 year-end performance review is scheduled.\n\nDate: Thursday 13 January 2028\nTime: 2:00 PM',
      [],
    ],
  ]);
});

describe('a German talk judged by its adjective is one had (r79)', () => {
  check([
    [
      BER28,
      'Vielen Dank für Ihre Zeit und das nette Gespräch am Freitag. Wir melden uns bis Mittwoch.',
      ['response-by 2028-01-12'],
    ],
    [
      BER28,
      'Vielen Dank für Ihre Bewerbung. Das persönliche Gespräch am Donnerstag findet um 10 Uhr in Raum 3 statt.',
      ['interview 2028-01-13 10:00'],
    ],
  ]);
});

describe("rounds 890–900: a range's zone at its end, a closing date waited out, a referral beside the reader", () => {
  check([
    [
      NY28,
      'We have moved your interview from Wednesday 12 January at 10:00 to Thursday 13 January at\n16:00 (London time).',
      ['interview 2028-01-13 11:00'],
    ],
    [
      NY28,
      'The closing date for this vacancy is Friday 14 January. Please do not contact HR about your application until after the closing date.',
      ['no-contact-before 2028-01-15'],
    ],
    [
      NY28,
      'They are seeing one other candidate on Tuesday at 11, and your interview is Wednesday at 2:30pm.',
      ['interview 2028-01-12 14:30'],
    ],
    [
      NY28,
      'Congratulations on the offer! We will confirm your start date in writing by Friday at the latest.',
      ['response-by 2028-01-14', 'outcome offer'],
    ],
    [
      NY28,
      'Your second round is on Thursday at 11am. Also, thank you for referring Priya; her first round is on Wednesday at 3pm.',
      ['interview 2028-01-13 11:00'],
    ],
  ]);
});

describe('rounds 890–900: mail that is not about the reader as a candidate', () => {
  check([
    [
      NY28,
      'Thank you for filling in our survey on AI hiring tools! Could you do a follow-up interview on Thursday at 3pm? This study is approved by our ethics board.',
      [],
    ],
    [
      NY28,
      "Guess who got an interview at the bank?? It's Tuesday at 10am. They said they would let me know within a week.",
      [],
    ],
    [
      NY28,
      'As part of the performance review cycle, your review meeting is booked for Thursday at 11:00.',
      [],
    ],
    [
      NY28,
      'The offer for Sam Lee has been approved. Could you give him a call by Monday to share the news?',
      [],
    ],
    [
      NY28,
      'Loved your portfolio! We need a new website for our bakery. Could we do a discovery call on Thursday at 3pm?',
      [],
    ],
  ]);
});

describe('rounds 910–940: an offer naming the company, others’ CVs, a supplier, the writer as the candidate', () => {
  check([
    [
      NY28,
      "We'd love to have you join Brightline Studio as our Senior Designer. HR will send the formal paperwork separately.",
      ['outcome offer'],
    ],
    [
      NY28,
      'Thank you for agreeing to run mock interviews at our Graduate Skills Fair on Saturday at 10am. We will email the candidates’ CVs by Thursday.',
      [],
    ],
    [
      NY28,
      "Forwarding Aiko's availability: she is free for the final interview on Wednesday at 2pm. I'll send over the remaining three shortlisted CVs by Friday.",
      [],
    ],
    [
      LDN28,
      'Hi Omar, your shipment of 40 pallets is held at Felixstowe. We will confirm a revised delivery date by Wednesday.',
      [],
    ],
    [
      NY28,
      "Thanks very much for extending the offer! I'd like to think it over with my partner and will get back to you with my decision by Thursday.",
      [],
    ],
    [
      NY28,
      "It's confirmed, the interview is Tuesday at 3! Could you look over my presentation tonight? Love you",
      [],
    ],
    [
      NY28,
      'Perfect, Thursday at 2pm it is. Will share the Teams invite on Monday.',
      ['interview 2028-01-13 14:00'],
    ],
  ]);
});

describe('round 930: the gate judges a reply by its own words, not the quoted message under it', () => {
  check([
    [
      NY28,
      "Great, let's lock in Wed 11am PT. Will send the invite shortly.\n\nSent from my iPhone\n\n-----Original Message-----\nFrom: Theo Grant\nSent: Friday, January 7, 2028 4:10 PM\nSubject: RE: Analyst - next steps\n\nHi Sam, I can do Wednesday morning or Thursday after 2pm, whichever suits me best. I can send my portfolio too if that helps. Thanks, Theo",
      ['interview 2028-01-12 14:00'],
    ],
  ]);
});

const IST72 = { sentAt: '2072-03-24T11:15:00+05:30', tz: 'Asia/Kolkata' } as const;

describe('rounds 950–980: two-digit years, the Gulf’s zone, a form’s field lines, guests, agencies and colleagues', () => {
  check([
    [
      IST72,
      'Interview details:\nDate : 29/03/72 (Tuesday)\nTime : 3:00 PM IST\nVenue : Tower C',
      ['interview 2072-03-29 15:00'],
    ],
    [
      IST72,
      'Your interview is on Monday, 28-Mar-72 at 10:00 AM (Saudi time) on Zoom.',
      ['interview 2072-03-28 12:30'],
    ],
    [
      LDN28,
      'Hi Ana,\n\nWe had to move your interview.\n\nOld slot: Tuesday 11 January 2028, 10:00 (cancelled)\nNew slot: Wednesday 12 January 2028, 11:00\nLocation: Room 2',
      ['interview 2028-01-12 11:00'],
    ],
    [
      NY28,
      "Confirmed: podcast recording with Sam Lee on Thursday, January 13, 2028 at 2:00 PM. We'll interview you about hiring engineers at a startup.",
      [],
    ],
    [
      LDN28,
      "We're pleased to confirm your slot as speaker at the Talent Leaders Forum on 20 January at 14:30 in Hall C.",
      [],
    ],
    [
      LDN28,
      'You are invited to sit as panel member for the interviews of the Graduate Trainee candidates on Friday at 9am.',
      [],
    ],
    [
      LDN28,
      'Candidate: Priya Shah\nStatus: Not selected\nThank you for your submission. This candidate will not be progressed to interview.',
      [],
    ],
    [
      NY28,
      "Your interview with Dana Cole has been moved to Thursday at 3pm. You're receiving this because you're an interviewer at Northwind.",
      [],
    ],
    [
      LDN28,
      'Dear all, the appraisal cycle is now open. Your one-on-one meeting with your line manager will be scheduled between 17 and 21 January.',
      [],
    ],
    [
      LDN28,
      'I don pass the interview! Dem say make I resume on 1st February. We go celebrate this weekend.',
      [],
    ],
    [
      LDN28,
      'Due to the volume of applications we are unable to respond to telephone queries about this competition.',
      ['no-calls'],
    ],
    [
      LDN28,
      'Your file has gone for director approval, which is expected by mid of next month; we will revert to you accordingly.',
      ['response-by 2028-02-15'],
    ],
    [
      LDN28,
      'You are invited to an interview on 14/01/2028 at 10am at the Conference Hall, Level 3.',
      ['interview 2028-01-14 10:00'],
    ],
    [
      NY28,
      'Your panel interview is on Wednesday at 2pm. We will communicate results within three working days of the interview.',
      ['interview 2028-01-12 14:00', 'response-by 2028-01-17'],
    ],
  ]);
});

describe('rounds 990–1020: an apology for a delay, suppliers and debriefs, zones said once, windows and labels', () => {
  check([
    [
      LDN28,
      "Thanks for your CV, and sorry it's taken me a few days to get back to you – the shop has been flat out.",
      [],
    ],
    [
      LDN28,
      'Dear Supplier,\n\nITT Ref: CC/2028/007 – Provision of Catering Services. Clarification meeting: Thursday 13 January at 10:00. Please do not call the procurement team.',
      [],
    ],
    [
      NY28,
      'Invitation: Debrief – Data Analyst candidates @ Thu Jan 13, 2028 4pm – 4:30pm (EST)\nPlease bring your scorecards.',
      [],
    ],
    [
      NY28,
      'Thank you for your interest in the Events Coordinator role at Northwind and for taking the time to interview with us on Friday. We have decided to offer the role to another candidate.',
      ['outcome rejected'],
    ],
    [
      BER28,
      'We would like to meet you on Thursday 13 January at 15:00 Irish time on Teams.',
      ['interview 2028-01-13 16:00'],
    ],
    [
      NY28,
      'Your onsite itinerary is below. All times are listed in Pacific Time.\n\nThursday, January 13 | 10:00 AM – 10:45 AM | Hiring manager',
      ['interview 2028-01-13 13:00'],
    ],
    [
      LDN28,
      'Applications close on Friday 14 January 2028. Once the vacancy closes, we will contact all applicants within 5 working days of the closing date.',
      ['response-by 2028-01-21'],
    ],
    [
      LDN28,
      'We are delighted to confirm your reservation.\n\nArrival: Friday 14 January 2028 (check-in from 15:00)\nDeparture: Sunday 16 January 2028',
      [],
    ],
    [
      NY28,
      'Canceled: Interview – Analyst\n\nSo sorry, the panel is unavailable on Tuesday. Could we do Wednesday at 3pm instead? If that works, I will send the new invite tomorrow.',
      ['interview 2028-01-12 15:00'],
    ],
    [
      NY28,
      'Great chatting on Friday! I am meeting with my co-founder tomorrow to talk it through, and I should have an answer for you by Thursday.',
      ['response-by 2028-01-13'],
    ],
    [
      NY28,
      'Your event has been rescheduled.\nEvent Type: Phone screen\nFormer: 1:00pm - Tuesday, January 11, 2028\nUpdated: 10:30am - Thursday, January 13, 2028\nReason: "Sorry, a board call landed on Tuesday."',
      ['interview 2028-01-13 10:30'],
    ],
    [
      LDN28,
      'With reference to your interviews on 3rd and 5th January, we are pleased to offer you the position of Analyst. Kindly confirm your acceptance.',
      ['outcome offer'],
    ],
    [
      NY28,
      'Hi Dana,\n\nA new event has been scheduled.\n\nEvent Type: Phone screen\nInvitee: Marcus Reid\nEvent Date/Time: 2:00pm - Thursday, January 13, 2028',
      [],
    ],
  ]);
});

describe('rounds 1030–1040: a window from a step named before, an answer asked by tomorrow, waiting for a call, agencies', () => {
  check([
    [
      LDN28,
      'The panel will complete shortlisting by Friday 14 January. You will hear from us within 3 working days of the shortlisting date.',
      ['response-by 2028-01-19'],
    ],
    [
      NY28,
      'They can see you Thursday at 11am at their office. Could you confirm today or first thing tomorrow and I will lock it in?',
      ['interview 2028-01-13 11:00'],
    ],
    [
      LDN28,
      'Your assessment results have gone to the operations team. Please wait for our email within 2 working days about the final round.',
      ['response-by 2028-01-12'],
    ],
    [
      NY28,
      "I've got two pre-vetted warehouse associates who can interview with your team leads on Wednesday at 2pm. Our rate card is attached.",
      [],
    ],
  ]);
});

const BNE28 = { sentAt: '2028-01-10T09:00:00+10:00', tz: 'Australia/Brisbane' } as const;

describe('rounds 1050–1100: windows from a period’s end or a closing window, field blocks, other kinds of hiring', () => {
  check([
    [
      IST72,
      'With reference to your application for the post of Junior Engineer, your Personality Test (Interview) will be held on 28.03.2072 at 11:00 AM. Bring your admit card.',
      ['interview 2072-03-28 11:00'],
    ],
    [
      NY28,
      'We will let you know how your references and the budget sign-off look by Friday 14 January.',
      ['response-by 2028-01-14'],
    ],
    [
      LDN28,
      'Your interview is on Tuesday 18 January at 10:00. Interviews run from 17 to 21 January, and everyone will hear from us within 3 working days of the last interview date.',
      ['interview 2028-01-18 10:00', 'response-by 2028-01-26'],
    ],
    [
      SYD28,
      'Your video interview link works until Sunday 16 January. We will be in touch within 5 working days of the window closing.',
      ['response-by 2028-01-21'],
    ],
    [
      NY28,
      'Please finish the online test by Friday 14 January; results follow within 3 working days after the test window closes.',
      ['response-by 2028-01-19'],
    ],
    [
      LDN28,
      'You are invited to our assessment day.\n\nDate: 20/01/2028\nStart: 09:30 (doors open 09:00)\nFinish: approx. 15:00\nVenue: Level 2',
      ['interview 2028-01-20 09:30'],
    ],
    [
      SYD28,
      'Your selection session is booked.\nDate: Wednesday 19/01/2028\nTime: commencing 0800 hrs\nLocation: Level 4, 10 Bridge St',
      ['interview 2028-01-19 08:00'],
    ],
    [
      NY28,
      'Your application was referred on January 7, 2028. Selections are usually made within 14 days of the referral date.',
      ['response-by 2028-01-21'],
    ],
    [
      NY28,
      'The panel is reviewing internal applicants and will inform everyone who applied by Friday.',
      ['response-by 2028-01-14'],
    ],
    [
      NY28,
      'On behalf of the search committee for the Associate Professor of History, I am pleased to invite you for a campus visit on January 24–25, 2028. A detailed itinerary will follow once your travel is booked with our coordinator.',
      ['interview 2028-01-24'],
    ],
    [
      LDN28,
      'Thank you for your time on Friday. The chair would like to meet you as the next step for the Finance Director appointment. He has proposed Thursday 13 January at 9:00 a.m. Eastern, by video, for about an hour.',
      ['interview 2028-01-13 14:00'],
    ],
    [
      BNE28,
      'Your event has been scheduled.\n\nEvent Type: Intro call – Data Engineer\nDate/Time: 11:00am - 11:30am, Thursday, January 13, 2028 (Australian Eastern Daylight Time)',
      ['interview 2028-01-13 10:00'],
    ],
    [
      LDN28,
      'Thank you for completing the aptitude test. We will update you on the outcome of your assessment within 5 working days.',
      ['response-by 2028-01-17'],
    ],
    [
      NY28,
      'The certificate of eligible candidates was issued on January 6, 2028. You will be notified of the final selection within 30 days of the certificate issue date.',
      ['response-by 2028-02-05'],
    ],
    [
      LDN28,
      'Shortlisting takes place on Wednesday 12 January. All applicants will be notified within two working days of shortlisting.',
      ['response-by 2028-01-14'],
    ],
    [
      LDN28,
      'Thank you for attending the first interview. Final interviews run until the end of the month, and we will update every candidate early next month.',
      ['response-by 2028-02-10'],
    ],
    [
      LDN28,
      'We need to move your interview. Instead of Tuesday 11 January, your interview will now take place on Thursday 13 January at 2.15pm.',
      ['interview 2028-01-13 14:15'],
    ],
    [
      NY28,
      'Your onsite is confirmed.\n\nOnsite schedule - Wednesday, January 12, 2028 (Eastern Time)\nTime | Session | Interviewer\n10:00 AM - 10:45 AM | Coding | Ana\n11:00 AM - 11:45 AM | Design | Ben',
      ['interview 2028-01-12 10:00'],
    ],
    [
      NY28,
      'Feedback from the client is positive. They are finishing budget sign-off and will confirm either way by Friday.',
      ['response-by 2028-01-14'],
    ],
    [
      NY28,
      "They'd like to see you on Thursday at 11am with the CFO. I'll give you a call tomorrow to run through the format.",
      ['interview 2028-01-13 11:00'],
    ],
    [
      LDN28,
      'Good news: the client has extended your contract until 31 March. Your new rate applies from 1 February.',
      [],
    ],
    [
      SYD28,
      'Dear Alumni, our Graduate Programme Alumni Evening returns on Thursday 20 January from 6pm at the Rocks. Meet this year’s intake. RSVP by Friday.',
      [],
    ],
    [
      SYD28,
      'UNSW Careers Festival is this Saturday 15 January, 10am-4pm in the Roundhouse. Meet 80 employers and bring your CV!',
      [],
    ],
    [
      NY28,
      'Notice: your citizenship test and interview is scheduled for Tuesday, January 18, 2028 at 9:30 AM at the field office.',
      [],
    ],
  ]);
});

describe('rounds 1050–1060: the reader on the hiring side, in words close to a candidate’s', () => {
  check([
    [
      NY28,
      'Hi Sam, you are on the panel for the Thursday session from 2pm; please pick up the scoring sheets from HR beforehand.',
      [],
    ],
    [
      LDN28,
      'Thanks for volunteering as an observer for the graduate assessment centre. The briefing is at 8:30 on Wednesday 19 January, and candidates arrive at 9:15.',
      [],
    ],
    [
      NY28,
      'Reminder: four candidates for Store Manager are awaiting your evaluation. Interviews wrap up this week and we will tell shortlisted candidates by Friday, so please add your ratings before then.',
      [],
    ],
    [
      NY28,
      'Offer approval needed: Senior Analyst, candidate Jane Roe. Please approve in Workday by Wednesday so we can extend the offer on Thursday.',
      [],
    ],
    [
      NY28,
      'Interview scheduled: Pat Kim – Onsite. Thursday, January 13 at 10:00 AM ET. Both interviewers have accepted, and the candidate arrives from Denver the night before.',
      [],
    ],
    [
      LDN28,
      'Notification: the template "Regret after interview" was emailed to the applicant Sam Lee on your behalf. Please close the requisition once the remaining applicants have been dispositioned by Friday.',
      [],
    ],
    [
      NY28,
      'Three new candidates in your Gem pipeline. Ana accepted your interview invite for Tuesday at 2pm.',
      [],
    ],
    [
      LDN28,
      'Following our call, I have two shortlisted payroll managers for you. I have pencilled in Friday 14 January at 10am for you to meet the first; our terms of business are attached.',
      [],
    ],
    [
      LDN28,
      'Following the restructuring announcement, your role is among those affected. The consultation period starts today and your first consultation meeting is on Wednesday 12 January at 10:00.',
      [],
    ],
  ]);
});

describe('rounds 1110–1120: friends’ own news, a recruiter to the hiring manager, an immigration officer', () => {
  check([
    [
      LDN28,
      'Guess who made it through to the last stage at Brightwater! Interview is Thursday at 2 with the MD, fingers crossed. Drinks after?',
      [],
    ],
    [
      NY28,
      'Mom, I finally got called for an interview at the hospital! It is on Wednesday at 10am, can you watch the kids?',
      [],
    ],
    [
      NY28,
      'Hi Pat, we have shortlisted four applicants for your team’s interviews on Thursday, January 13 from 10am. I will send the calendar holds today and we aim to decide by Friday.',
      [],
    ],
    [
      NY28,
      'You are requested to attend an interview with an immigration officer.\nDate: January 20, 2028\nTime: 10:00 a.m.\nLocation: 26 Federal Plaza',
      [],
    ],
    [
      NY28,
      'Good news, you have been shortlisted! Your interview with the hiring manager is on Thursday, January 13 at 10am.',
      ['interview 2028-01-13 10:00'],
    ],
  ]);
});

describe('rounds 1130–1140: wrapped lines, stacked labels, a form’s meeting, forwards, offers said plainly', () => {
  check([
    [
      NY28,
      'Hi Sam,\n\nThanks for scheduling time with Northwind! Here are the details of your interview:\n\nInterview: Systems Design\nDate: Wednesday, January 12, 2028\nTime: 2:00 PM - 3:00 PM EST\n\nPlease tell us by Tuesday if you need anything. We aim to share feedback within 2 business days of your interview.',
      ['interview 2028-01-12 14:00', 'response-by 2028-01-14'],
    ],
    [
      NY28,
      'Good news - Halcyon Insurance would like to meet you for the final stage. I have booked you in for\nThursday 13 January at 3pm UK time, which is 10am for you in New York, and they said they will\ndecide by the end of next week.',
      ['interview 2028-01-13 10:00', 'response-by 2028-01-21'],
    ],
    [
      NY28,
      'Your interview is confirmed.\n\nDATE\nThursday, January 13, 2028\nTIME\n11:30 AM - 12:15 PM EST\nLOCATION\nZoom',
      ['interview 2028-01-13 11:30'],
    ],
    [
      NY28,
      'hey alex, the whole team met this morning and we want you as our next backend engineer! the formal offer letter is on its way to you from hellosign.',
      ['outcome offer'],
    ],
    [
      LDN28,
      'Canvassing of board members in any form will lead to automatic disqualification. We will write to shortlisted applicants by Friday.',
      ['response-by 2028-01-14'],
    ],
    [
      LDN28,
      'Canvassing in any form, including phone calls to board members, will result in disqualification.',
      ['no-calls'],
    ],
    [
      LDN28,
      "Hi Leila, could you book her for the final round with Amir on Thursday at 2pm? And please let the other three finalists know we'll decide by Friday.",
      [],
    ],
    [
      NY28,
      'REQUEST FOR APPLICANT TO APPEAR FOR NATURALIZATION INITIAL INTERVIEW\nYou are hereby notified to appear for an interview on your Application for Naturalization.\nDate: Thursday, January 20, 2028\nTime: 09:15 AM',
      [],
    ],
  ]);
});

describe('rounds 1050–1060: a candidate told what the task asks is no assessor', () => {
  check([
    [
      NY28,
      'Your case interview is on Thursday, January 13 at 10am. In the exercise you will be assessing a retailer’s accounts, so bring a calculator.',
      ['interview 2028-01-13 10:00'],
    ],
  ]);
});

describe('rounds 1150–1180: a step before the answer, a promise put off, a visit’s "by", relative clauses, cities', () => {
  check([
    [
      LDN28,
      'All applicants will be told whether they have been shortlisted no later than 21/01/2028.',
      ['response-by 2028-01-21'],
    ],
    [
      LDN28,
      'The panel’s review is expected to be completed by the end of January, after which all candidates will be informed of the outcome.',
      ['response-by 2028-01-31'],
    ],
    [LDN28, 'We have one more meeting on the 17th, after which we will reach out.', []],
    [NY28, 'omg I got a final interview at Pfizer!! Wednesday at 2pm. Wish me luck, dinner Friday?', []],
    [
      NY28,
      'Second interviews wrap up this week, but with the holidays we will not meet as a panel until after Labor Day. I will reach out then with a decision.',
      ['response-by 2028-09-11'],
    ],
    [
      NY28,
      'hey its Tony from the deli, saw ur app. can u come by tmrw around 3pm for a quick chat?',
      ['interview 2028-01-11 15:00'],
    ],
    [
      LDN28,
      'Everyone who sat the assessment on Saturday will receive their results within 10 days.',
      ['response-by 2028-01-20'],
    ],
    [
      NY28,
      'We are finalising the summer crew by the end of the month, and everyone we interviewed will hear from us either way.',
      ['response-by 2028-01-31'],
    ],
    [
      NY28,
      'Your interview is on Wednesday, January 12 at 11:00 a.m. Mexico City time, on Zoom.',
      ['interview 2028-01-12 12:00'],
    ],
  ]);
});

describe('round 1060: a sourcer asking the hiring manager to review candidates', () => {
  check([
    [
      NY28,
      'Hi Dana, 9 candidates finished the video screen for the Support Lead role today. Please review their recorded answers and send your shortlist to the recruiting team by Wednesday.',
      [],
    ],
  ]);
});

describe('round 1190: a scheduling bot’s day of interviews for the store manager', () => {
  check([
    [
      NY28,
      "Hi, it's Mia! Here's today's interview schedule for your store (Monday, January 10):\n\n2:00 PM – Ana R. (Cashier)\n2:30 PM – Ben T. (Stocker)\n\nReply 1 to view a candidate's application.",
      [],
    ],
    [
      NY28,
      "Hi, it's Mia! Your interview for Cashier at Store #118 is confirmed for Tuesday, January 11 at 2:30 PM. Reply 1 to reschedule.",
      ['interview 2028-01-11 14:30'],
    ],
  ]);
});

describe('round 1220: a wrapped line between a day and its clock, texting’s "b4"', () => {
  check([
    [
      LDN28,
      'The client has asked to move your second interview from Tuesday 11th to Thursday 13th Jan, same time\n2:15 PM, same office. Please confirm.',
      ['interview 2028-01-13 14:15'],
    ],
    [NY28, 'hi Sam can u ring me b4 4pm today about the Queens role, thx', []],
  ]);
});

describe('rounds 1230–1240: a timeline’s labels, others interviewed, an agreement sent', () => {
  check([
    [
      LDN28,
      'Indicative timeline:\nShortlisting outcome expected: w/c 17 January 2028\nInterviews expected: w/c 31 January 2028',
      ['response-by 2028-01-21'],
    ],
    [
      NY28,
      'The client is seeing three more candidates on Tuesday and has promised me an answer by Thursday.',
      ['response-by 2028-01-13'],
    ],
    [
      LDN28,
      'Welcome aboard! Priya from our people team will send your employment agreement over within 3 working days.',
      ['response-by 2028-01-13'],
    ],
  ]);
});
