// The lead's own German, Spanish and French rounds of issue 13 (rounds 111–113): one or two sentences each, in the
// wording of real recruiter mail, one row for each class the issue names, and the negatives an inbox holds. Each
// row's answer was written from TIMELINE-CONVENTIONS.md BEFORE the engine read it; first runs are in FIRST_RUN.
import type { PhraseRow } from './phrases.table';

// Tuesday 19 January 2027, 10:00 in Berlin, Madrid and Paris.
const BER = { sentAt: '2027-01-19T10:00:00+01:00', tz: 'Europe/Berlin' } as const;
const MAD = { sentAt: '2027-01-19T10:00:00+01:00', tz: 'Europe/Madrid' } as const;
const PAR = { sentAt: '2027-01-19T10:00:00+01:00', tz: 'Europe/Paris' } as const;

/** Round 111: German. */
export const ROUND_111_DE: readonly PhraseRow[] = [
  {
    ...BER,
    text: 'Wir melden uns bis Ende nächster Woche bei Ihnen.',
    expect: [{ kind: 'response-by', by: '2027-01-29' }],
  },
  {
    ...BER,
    text: 'Sie erhalten unsere Entscheidung spätestens am Montag, den 1. Februar.',
    expect: [{ kind: 'response-by', by: '2027-02-01' }],
  },
  {
    ...BER,
    text: 'Der Vertrag geht Ihnen innerhalb von drei Werktagen per Post zu.',
    expect: [{ kind: 'response-by', by: '2027-01-22' }],
  },
  {
    ...BER,
    text: 'Das Gremium tagt am 27. Januar; innerhalb von zwei Werktagen danach erhalten Sie Bescheid.',
    expect: [{ kind: 'response-by', by: '2027-01-29' }],
  },
  {
    ...BER,
    text: 'Unser Büro bleibt am 25. Januar wegen einer Betriebsversammlung geschlossen.',
    expect: [],
  },
  {
    ...BER,
    text: 'Passt Ihnen Donnerstag, der 21. Januar, um 14:30 Uhr für ein kurzes Videogespräch?',
    expect: [{ kind: 'interview', by: '2027-01-21', time: '14:30' }],
  },
  {
    ...BER,
    text: 'Wir können Ihnen Mittwoch, 20.01., 10 Uhr oder Freitag, 22.01., 9 Uhr anbieten.',
    expect: [],
  },
  {
    ...BER,
    text: 'Wir müssen Ihr Gespräch von Donnerstag auf Montag, 25. Januar, verschieben – gleiche Uhrzeit, 11 Uhr.',
    expect: [{ kind: 'interview', by: '2027-01-25', time: '11:00' }],
  },
  {
    ...BER,
    text: 'Bitte haben Sie Verständnis, dass wir Nachfragen erst ab dem 1. Februar beantworten können.',
    expect: [{ kind: 'no-contact-before', by: '2027-02-01' }],
  },
  {
    ...BER,
    text: 'Telefonische Auskünfte zum Stand Ihrer Bewerbung können wir leider nicht geben.',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...BER,
    text: 'Leider haben wir uns für eine andere Kandidatin entschieden.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  { ...BER, text: 'Die Bewerbungsfrist endet am 31. Januar 2027.', expect: [] },
  {
    ...BER,
    text: 'Eine Rückmeldung bekommen Sie Anfang kommender Woche.',
    expect: [{ kind: 'response-by', by: '2027-01-27', fuzzy: true }],
  },
];

/** Round 112: Spanish. */
export const ROUND_112_ES: readonly PhraseRow[] = [
  {
    ...MAD,
    text: 'Te daremos una respuesta antes de que acabe la semana que viene.',
    expect: [{ kind: 'response-by', by: '2027-01-29' }],
  },
  {
    ...MAD,
    text: 'Recibirás nuestra decisión a más tardar el lunes 1 de febrero.',
    expect: [{ kind: 'response-by', by: '2027-02-01' }],
  },
  {
    ...MAD,
    text: 'El contrato te llegará en un plazo de tres días hábiles.',
    expect: [{ kind: 'response-by', by: '2027-01-22' }],
  },
  {
    ...MAD,
    text: 'El comité se reúne el 27 de enero y te contestaremos en los dos días hábiles siguientes.',
    expect: [{ kind: 'response-by', by: '2027-01-29' }],
  },
  {
    ...MAD,
    text: '¿Te vendría bien el jueves 21 de enero a las 14:30 para una videollamada?',
    expect: [{ kind: 'interview', by: '2027-01-21', time: '14:30' }],
  },
  {
    ...MAD,
    text: 'Te puedo ofrecer el miércoles 20 a las 10:00 o el viernes 22 a las 9:00, como prefieras.',
    expect: [],
  },
  {
    ...MAD,
    text: 'Tenemos que mover tu entrevista del jueves al lunes 25 de enero, a la misma hora (11:00).',
    expect: [{ kind: 'interview', by: '2027-01-25', time: '11:00' }],
  },
  {
    ...MAD,
    text: 'Por favor, no nos escribas antes del 1 de febrero.',
    expect: [{ kind: 'no-contact-before', by: '2027-02-01' }],
  },
  {
    ...MAD,
    text: 'No atendemos consultas telefónicas sobre el estado de las candidaturas.',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...MAD,
    text: 'Lamentamos informarte de que hemos decidido seguir adelante con otros candidatos.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  { ...MAD, text: 'La oferta estará publicada hasta el 31 de enero.', expect: [] },
  {
    ...MAD,
    text: 'Todavía nos quedan dos entrevistas el viernes, así que te diremos algo a principios de la semana que viene.',
    expect: [{ kind: 'response-by', by: '2027-01-27', fuzzy: true }],
  },
  { ...MAD, text: 'Te contactaremos en cuanto tengamos novedades.', expect: [] },
];

/** Round 113: French. */
export const ROUND_113_FR: readonly PhraseRow[] = [
  {
    ...PAR,
    text: "Nous reviendrons vers vous d'ici la fin de la semaine prochaine.",
    expect: [{ kind: 'response-by', by: '2027-01-29' }],
  },
  {
    ...PAR,
    text: 'Vous recevrez notre réponse au plus tard le lundi 1er février.',
    expect: [{ kind: 'response-by', by: '2027-02-01' }],
  },
  {
    ...PAR,
    text: 'La décision vous sera communiquée sous dix jours ouvrés.',
    expect: [{ kind: 'response-by', by: '2027-02-02' }],
  },
  {
    ...PAR,
    text: 'Le comité se réunit le 27 janvier ; vous aurez une réponse dans les deux jours ouvrés qui suivent.',
    expect: [{ kind: 'response-by', by: '2027-01-29' }],
  },
  {
    ...PAR,
    text: 'Seriez-vous disponible jeudi 21 janvier à 14h30 pour un échange en visio ?',
    expect: [{ kind: 'interview', by: '2027-01-21', time: '14:30' }],
  },
  {
    ...PAR,
    text: 'Je vous propose mercredi 20 à 10h ou vendredi 22 à 9h, selon vos disponibilités.',
    expect: [],
  },
  {
    ...PAR,
    text: 'Nous sommes contraints d’annuler votre entretien du jeudi 21 janvier ; nous reviendrons vers vous avec une nouvelle date.',
    expect: [],
  },
  {
    ...PAR,
    text: 'Merci de ne pas nous relancer avant le 1er février.',
    expect: [{ kind: 'no-contact-before', by: '2027-02-01' }],
  },
  { ...PAR, text: 'Aucune information ne sera donnée par téléphone.', expect: [{ kind: 'no-calls' }] },
  {
    ...PAR,
    text: 'Nous avons le plaisir de vous proposer le poste de chargée de communication.',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  { ...PAR, text: 'Vos congés payés sont à poser avant le 31 mai.', expect: [] },
  {
    ...PAR,
    text: 'Nous vous tiendrons informé en début de semaine prochaine.',
    expect: [{ kind: 'response-by', by: '2027-01-27', fuzzy: true }],
  },
  {
    ...PAR,
    text: 'Je suis absente jusqu’au 29 janvier ; merci de ne pas me recontacter avant mon retour le 1er février.',
    expect: [{ kind: 'no-contact-before', by: '2027-02-01' }],
  },
];

// Thursday 4 February 2027, 14:00 in Vienna, Madrid and Paris.
const VIE4 = { sentAt: '2027-02-04T14:00:00+01:00', tz: 'Europe/Vienna' } as const;
const MAD4 = { sentAt: '2027-02-04T14:00:00+01:00', tz: 'Europe/Madrid' } as const;
const PAR4 = { sentAt: '2027-02-04T14:00:00+01:00', tz: 'Europe/Paris' } as const;

/** Round 115: German, the lead's second round, written after rounds 111–113's fixes. */
export const ROUND_115_DE: readonly PhraseRow[] = [
  {
    ...VIE4,
    text: 'Wir geben Ihnen bis spätestens 12. Februar Bescheid.',
    expect: [{ kind: 'response-by', by: '2027-02-12' }],
  },
  {
    ...VIE4,
    text: 'Die Auswertung dauert erfahrungsgemäß etwa zwei Wochen.',
    expect: [{ kind: 'response-by', by: '2027-02-18', fuzzy: true }],
  },
  { ...VIE4, text: 'Sie hören von uns, sobald die Fachabteilung entschieden hat.', expect: [] },
  {
    ...VIE4,
    text: 'Hätten Sie morgen um 15 Uhr Zeit für ein kurzes Telefonat?',
    expect: [{ kind: 'interview', by: '2027-02-05', time: '15:00' }],
  },
  {
    ...VIE4,
    text: 'Ihr Termin am Montag, 8. Februar, muss leider entfallen; wir melden uns mit einem neuen Vorschlag.',
    expect: [],
  },
  { ...VIE4, text: 'Bitte sehen Sie von telefonischen Rückfragen ab.', expect: [{ kind: 'no-calls' }] },
  {
    ...VIE4,
    text: 'Wir freuen uns, Ihnen die Stelle als Teamleiterin anbieten zu können.',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...VIE4,
    text: 'Ich bin bis einschließlich 12. Februar im Urlaub. Bitte melden Sie sich ab dem 15. Februar wieder.',
    expect: [{ kind: 'no-contact-before', by: '2027-02-15' }],
  },
  { ...VIE4, text: 'Unsere Sommerfeier findet am 18. Juni statt.', expect: [] },
  {
    ...VIE4,
    text: 'Nach Ende der Bewerbungsfrist am 15. Februar melden wir uns innerhalb von zehn Tagen.',
    expect: [{ kind: 'response-by', by: '2027-02-25' }],
  },
];

/** Round 116: Spanish, the lead's second round. */
export const ROUND_116_ES: readonly PhraseRow[] = [
  {
    ...MAD4,
    text: 'Te daremos respuesta como máximo el viernes 12 de febrero.',
    expect: [{ kind: 'response-by', by: '2027-02-12' }],
  },
  {
    ...MAD4,
    text: 'El proceso suele durar unas dos semanas.',
    expect: [{ kind: 'response-by', by: '2027-02-18', fuzzy: true }],
  },
  { ...MAD4, text: 'Te aviso en cuanto sepa algo.', expect: [] },
  {
    ...MAD4,
    text: '¿Podrías mañana a las 15:00 para una llamada rápida?',
    expect: [{ kind: 'interview', by: '2027-02-05', time: '15:00' }],
  },
  {
    ...MAD4,
    text: 'Lamentablemente tenemos que cancelar la entrevista del lunes 8; te propondremos una nueva fecha.',
    expect: [],
  },
  {
    ...MAD4,
    text: 'Por favor, no llames a la tienda para preguntar por el proceso.',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...MAD4,
    text: '¡Enhorabuena! Queremos ofrecerte el puesto de jefa de proyecto.',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...MAD4,
    text: 'Estoy de vacaciones hasta el 12 de febrero; por favor, escríbeme a partir del 15.',
    expect: [{ kind: 'no-contact-before', by: '2027-02-15' }],
  },
  { ...MAD4, text: 'La cena de empresa será el 18 de junio.', expect: [] },
  {
    ...MAD4,
    text: 'Tras el cierre de la convocatoria el 15 de febrero, contestaremos en un plazo de diez días.',
    expect: [{ kind: 'response-by', by: '2027-02-25' }],
  },
];

/** Round 117: French, the lead's second round. */
export const ROUND_117_FR: readonly PhraseRow[] = [
  {
    ...PAR4,
    text: 'Nous vous donnerons une réponse au plus tard vendredi 12 février.',
    expect: [{ kind: 'response-by', by: '2027-02-12' }],
  },
  {
    ...PAR4,
    text: 'Le processus prend en général une quinzaine de jours.',
    expect: [{ kind: 'response-by', by: '2027-02-18', fuzzy: true }],
  },
  { ...PAR4, text: "Je reviens vers vous dès que j'ai un retour.", expect: [] },
  {
    ...PAR4,
    text: 'Seriez-vous disponible demain à 15h pour un court échange téléphonique ?',
    expect: [{ kind: 'interview', by: '2027-02-05', time: '15:00' }],
  },
  {
    ...PAR4,
    text: "Nous devons malheureusement annuler l'entretien du lundi 8 février ; nous vous proposerons une autre date.",
    expect: [],
  },
  {
    ...PAR4,
    text: "Merci de ne pas appeler l'agence pour connaître l'état de votre candidature.",
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...PAR4,
    text: 'Félicitations ! Nous souhaitons vous proposer le poste de cheffe de projet.',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...PAR4,
    text: "Je suis en congés jusqu'au 12 février ; merci de me recontacter à partir du 15.",
    expect: [{ kind: 'no-contact-before', by: '2027-02-15' }],
  },
  { ...PAR4, text: 'Notre séminaire annuel aura lieu le 18 juin.', expect: [] },
  {
    ...PAR4,
    text: 'Après la clôture des candidatures le 15 février, nous répondrons sous dix jours.',
    expect: [{ kind: 'response-by', by: '2027-02-25' }],
  },
];
