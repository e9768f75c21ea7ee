// Rules added after held-out rounds 171–173 (German, Spanish, French) of issue 13, each pinned by rows of its own
// that are not round rows: lines written for the rule, with their answers from TIMELINE-CONVENTIONS.md, in every
// language where the rule has a twin.
import { DE } from '../../../src/core/extract/phrases/de';
import { ES } from '../../../src/core/extract/phrases/es';
import { FR } from '../../../src/core/extract/phrases/fr';
import { checkRows, type RuleRow } from './ruleRows';

// Tuesday 5 March 2030, 10:00 in Vienna, Berlin, Zurich, Paris, Brussels, Madrid; 10:00 in Mexico City.
const VIE = { sentAt: '2030-03-05T10:00:00+01:00', tz: 'Europe/Vienna' } as const;
const BER = { sentAt: '2030-03-05T10:00:00+01:00', tz: 'Europe/Berlin' } as const;
const ZRH = { sentAt: '2030-03-05T10:00:00+01:00', tz: 'Europe/Zurich' } as const;
const PAR = { sentAt: '2030-03-05T10:00:00+01:00', tz: 'Europe/Paris' } as const;
const BRU = { sentAt: '2030-03-05T10:00:00+01:00', tz: 'Europe/Brussels' } as const;
const MAD = { sentAt: '2030-03-05T10:00:00+01:00', tz: 'Europe/Madrid' } as const;
const MEX = { sentAt: '2030-03-05T10:00:00-06:00', tz: 'America/Mexico_City' } as const;

const check = (rows: readonly RuleRow[]): void => checkRows(rows, [DE, FR, ES]);

describe('a new day with its clock after "instead" follows a cancelled interview, whatever event caused the move (round 171)', () => {
  check([
    [
      VIE,
      'Servus Paul,\n\nunser Gespräch am Donnerstag muss ich leider absagen, weil unser Chef auf der Bauma-Messe ist. Können wir stattdessen auf Dienstag, 12. März, 10 Uhr gehen?',
      ['interview 2030-03-12 10:00'],
    ],
    [
      PAR,
      'Bonjour Léa,\n\nnous devons annuler notre entretien de jeudi : notre directrice sera au salon VivaTech. Pourrions-nous le faire plutôt le mardi 12 mars à 11h ?',
      ['interview 2030-03-12 11:00'],
    ],
    [
      MAD,
      'Hola, Nuria:\n\ntenemos que cancelar la entrevista del jueves porque el director estará en la feria Fitur. ¿Podríamos hacerla en su lugar el martes 12 de marzo a las 12:00?',
      ['interview 2030-03-12 12:00'],
    ],
    // (no cancellation: the fair's own day and clock stay no slot)
    [
      BER,
      'Hallo Paul, besuchen Sie uns auf der Messe! Wir sind stattdessen am Dienstag, 12. März, um 10 Uhr am Stand 4.',
      [],
    ],
  ]);
});

describe('meeting each other no longer possible cancels that day (round 172, twins in German and French)', () => {
  check([
    [
      MEX,
      'Hola Iván, no vamos a poder vernos el jueves 7 como estaba previsto. ¿Te acomoda el lunes 11 de marzo a las 13:00 hrs?',
      ['interview 2030-03-11 13:00'],
    ],
    [
      BER,
      'Hallo Frau Lenz, leider können wir uns am Donnerstag, 7. März, nicht wie besprochen sehen. Passt Ihnen Montag, 11. März, um 13 Uhr?',
      ['interview 2030-03-11 13:00'],
    ],
    [
      PAR,
      'Bonjour, nous ne pourrons finalement pas nous voir jeudi 7 mars. Seriez-vous disponible le lundi 11 mars à 13h pour l’entretien ?',
      ['interview 2030-03-11 13:00'],
    ],
  ]);
});

describe('a refusal of calls reaches across an aside between commas (round 171 and round 173, in all three)', () => {
  check([
    [
      BER,
      'Guten Tag,\n\nTelefonische Nachfragen zum Verfahren, gleich ob an die Zentrale, an die Fachabteilung oder an mich, können wir aus Kapazitätsgründen nicht beantworten.',
      ['no-calls'],
    ],
    [
      PAR,
      'Bonjour,\n\nLes appels au siège, qu’ils portent sur le poste ou sur le calendrier, ne pourront pas être traités.',
      ['no-calls'],
    ],
    [
      MAD,
      'Hola:\n\nLas llamadas a la centralita, ya sean sobre el puesto o sobre los plazos, no podrán ser atendidas.',
      ['no-calls'],
    ],
    // (a call offered, its "not" in another statement, is no refusal)
    [
      BER,
      'Guten Tag,\n\nAnrufe nehme ich gern entgegen. Bis Freitag bin ich aber nicht im Büro.',
      ['no-contact-before 2030-03-08'],
    ],
  ]);
});

describe('a recruiting team reachable only in writing takes no calls (round 173, twins in German and Spanish)', () => {
  check([
    [
      BRU,
      'Bonjour,\n\nLe service du personnel est joignable uniquement par courriel : rh@exemple.be.',
      ['no-calls'],
    ],
    [
      ZRH,
      'Grüezi,\n\nUnser HR-Team ist nur per E-Mail erreichbar, bitte schreiben Sie an jobs@exemple.ch.',
      ['no-calls'],
    ],
    [
      MEX,
      'Hola:\n\nEl área de Reclutamiento está disponible solamente por correo electrónico: talento@ejemplo.mx.',
      ['no-calls'],
    ],
    // (a way of writing recommended, no "only", is no refusal of calls)
    [PAR, 'Bonjour,\n\nPour toute question, vous pouvez nous écrire par e-mail à rh@exemple.fr.', []],
  ]);
});

describe("the employer's wish for the reader's answer by a day is the candidate's deadline, no promise (round 171)", () => {
  check([
    [
      BER,
      'Hallo Jana,\n\nanbei dein Vertrag. Wir würden uns über deine Zusage bis Freitag, 8. März, sehr freuen.',
      [],
    ],
    [ZRH, 'Grüezi Herr Frei\n\nWir freuen uns auf Ihre Antwort bis spätestens Montag, 11. März.', []],
    // (the employer's own answer by a day stays a promise)
    [
      BER,
      'Hallo Jana,\n\ndanke für deine Rückmeldung. Unsere Antwort bekommst du bis Freitag, 8. März.',
      ['response-by 2030-03-08'],
    ],
    // (and the French and Spanish readings already held)
    [PAR, 'Bonjour,\n\nnous serions ravis de recevoir votre accord d’ici le vendredi 8 mars.', []],
    [MAD, 'Hola:\n\nnos encantaría recibir tu aceptación antes del viernes 8 de marzo.', []],
  ]);
});

describe('a window counts from the event named after "at its close" (round 173, twins in Spanish and German)', () => {
  check([
    [
      PAR,
      'Bonjour,\n\nVotre entretien final aura lieu le lundi 11 mars à 14h. Nous vous ferons part de notre décision sous 48 heures à l’issue de cet entretien.',
      ['interview 2030-03-11 14:00', 'response-by 2030-03-13'],
    ],
    [
      BRU,
      'Bonjour,\n\nLe jury se réunit le jeudi 14 mars. Vous aurez notre réponse dans les cinq jours ouvrables au terme de cette réunion.',
      ['response-by 2030-03-21'],
    ],
    [
      MEX,
      'Hola:\n\nTu entrevista con la directora será el lunes 11 de marzo a las 16:00 h. Te daremos una respuesta en un plazo de 48 horas al término de esa reunión.',
      ['interview 2030-03-11 16:00', 'response-by 2030-03-13'],
    ],
    [
      BER,
      'Guten Tag,\n\nIhr Gespräch findet am Montag, 11. März, um 14 Uhr statt. Die Entscheidung teilen wir Ihnen innerhalb von 48 Stunden im Anschluss an dieses Gespräch mit.',
      ['interview 2030-03-11 14:00', 'response-by 2030-03-13'],
    ],
  ]);
});

describe('an absence notice tells its day back after the day or as being back (round 172, twins in German and French)', () => {
  check([
    [
      MAD,
      'Respuesta automática\n\nEstoy de vacaciones. Estaré de vuelta en la oficina el lunes 11 de marzo.',
      ['no-contact-before 2030-03-11'],
    ],
    [
      MEX,
      'Respuesta automática\n\nAndo de viaje de trabajo; volveré el lunes 11 de marzo.',
      ['no-contact-before 2030-03-11'],
    ],
    [
      BER,
      'Automatische Antwort\n\nIch bin derzeit im Urlaub. Ich bin am Montag, 11. März, wieder im Büro.',
      ['no-contact-before 2030-03-11'],
    ],
    [
      VIE,
      'Abwesenheitsnotiz\n\nIch bin auf Dienstreise und am 11. März zurück.',
      ['no-contact-before 2030-03-11'],
    ],
    [
      PAR,
      'Réponse automatique\n\nJe suis en congés ; le lundi 11 mars, je suis de retour au bureau.',
      ['no-contact-before 2030-03-11'],
    ],
    // (a promise in the same message outranks the day back)
    [
      BER,
      'Hallo Frau Roth,\n\nich bin ab morgen im Urlaub und am 18. März wieder im Büro. Meine Kollegin meldet sich bis Freitag, 15. März, mit der Entscheidung bei Ihnen.',
      ['response-by 2030-03-15'],
    ],
    // (a return pointed at from before its day is no absence starting then)
    [
      MAD,
      'Respuesta automática\n\nEstoy fuera de la oficina; volveré a revisar el correo a partir del lunes 18 de marzo.',
      ['no-contact-before 2030-03-18'],
    ],
    [
      BER,
      'Automatische Antwort\n\nIch bin im Urlaub und wieder ab dem 18. März für Sie erreichbar.',
      ['no-contact-before 2030-03-18'],
    ],
    // (an absence starting more than three days after the message gives nothing)
    [
      MAD,
      'Hola, Sara:\n\nTe cuento que del 18 al 22 de marzo estaré de vacaciones y estaré de vuelta el lunes 25 de marzo.',
      [],
    ],
  ]);
});

describe('a window told as "so long later" counts from the day of the sentence before (round 174, twins)', () => {
  check([
    [
      BER,
      'Guten Tag,\n\nUnser Auswahlgremium trifft sich am 14. März. Mit einer Rückmeldung können Sie etwa zwei Wochen später rechnen.',
      ['response-by 2030-03-28'],
    ],
    [
      PAR,
      'Bonjour,\n\nLa commission se réunit le 14 mars. Vous aurez notre réponse environ dix jours plus tard.',
      ['response-by 2030-03-24'],
    ],
    [
      MAD,
      'Hola:\n\nEl comité se reúne el 14 de marzo. Te daremos una respuesta aproximadamente dos semanas después.',
      ['response-by 2030-03-28'],
    ],
    // ("después de …" names another event, no day of the sentence before)
    [
      MAD,
      'Hola:\n\nTu entrevista es el jueves 7 de marzo a las 10:00. Te diremos algo en dos semanas, después de hablar con el equipo.',
      ['interview 2030-03-07 10:00', 'response-by 2030-03-19'],
    ],
  ]);
});

describe("a month's first half is its 15th (round 174, twin in French)", () => {
  check([
    [
      BER,
      'Hallo,\n\nich gehe davon aus, dass wir Ihnen in der ersten Aprilhälfte Bescheid geben können.',
      ['response-by 2030-04-15'],
    ],
    [
      ZRH,
      'Grüezi,\n\nWir entscheiden in der ersten Hälfte des Aprils und melden uns dann.',
      ['response-by 2030-04-15'],
    ],
    [
      PAR,
      'Bonjour,\n\nNous reviendrons vers vous dans la première quinzaine d’avril.',
      ['response-by 2030-04-15'],
    ],
  ]);
});

describe('Swiss and Austrian words for being away make an absence (round 174)', () => {
  check([
    [
      ZRH,
      'Grüezi\n\nIch bin bis und mit 8. März in den Ferien und danach wieder für Sie da.',
      ['no-contact-before 2030-03-09'],
    ],
    [VIE, 'Guten Tag,\n\nich bin bis zum 8. März auf Urlaub.', ['no-contact-before 2030-03-08']],
    // (holidays starting more than three days after the message give nothing)
    [
      ZRH,
      'Grüezi\n\nIch bin vom 11. bis 22. März in den Ferien. Ab dem 25. März bin ich gerne wieder für Sie da.',
      [],
    ],
  ]);
});

describe('no means to answer calls, and a profile said not to match (round 174, twins)', () => {
  check([
    [
      BER,
      'Guten Tag,\n\nleider hat unser Recruiting keine Kapazitäten, Telefonanrufe zu Bewerbungen zu beantworten.',
      ['no-calls'],
    ],
    [
      BER,
      'Guten Tag,\n\nwir müssen Ihnen leider mitteilen, dass Ihre Erfahrungen nicht ganz dem Profil der Stelle entsprechen.',
      ['outcome rejected'],
    ],
    [ZRH, 'Grüezi\n\nWir bedauern, Ihnen keinen positiveren Bescheid geben zu können.', ['outcome rejected']],
    [
      PAR,
      'Bonjour,\n\nAprès examen, votre parcours ne correspond pas tout à fait aux besoins actuels de l’équipe.',
      ['outcome rejected'],
    ],
    // (a profile checked against the post is no refusal)
    [BER, 'Guten Tag,\n\nwir prüfen nun, ob Ihr Profil den Anforderungen der Stelle entspricht.', []],
  ]);
});

describe('the list of those selected, published in a window, is the answer (round 174b, twins)', () => {
  check([
    [
      MAD,
      'Estimado/a aspirante:\n\nEl plazo de solicitudes termina el 15 de marzo. Durante los diez días naturales siguientes publicaremos en la sede electrónica la lista de personas admitidas.',
      ['response-by 2030-03-25'],
    ],
    [
      PAR,
      'Madame, Monsieur,\n\nL’appel à candidatures se termine le 15 mars. Dans les dix jours qui suivent, nous publierons sur notre site la liste des candidats retenus.',
      ['response-by 2030-03-25'],
    ],
    [
      BER,
      'Guten Tag,\n\ndie Bewerbungsfrist endet am 15. März. Innerhalb von zehn Tagen danach veröffentlichen wir im Portal die Liste der eingeladenen Personen.',
      ['response-by 2030-03-25'],
    ],
  ]);
});

describe('a request not to write for a while to come, and a day back "de nuevo", in Spanish (round 174b)', () => {
  check([
    [
      MEX,
      'Hola, Luis:\n\nTe pedimos que no nos escribas para consultar el estado del proceso durante las próximas tres semanas.',
      ['no-contact-before 2030-03-26'],
    ],
    [
      MAD,
      'Respuesta automática\n\nMe incorporo de nuevo el lunes 11 de marzo; hasta entonces, no revisaré el correo.',
      ['no-contact-before 2030-03-11'],
    ],
    [
      MEX,
      'Estimado postulante:\n\nNuestra central telefónica no atiende consultas sobre vacantes; toda la información se envía por correo.',
      ['no-calls'],
    ],
  ]);
});

describe('a slot moved to its new day, the old day told after "and not", is the new day only (round 174c, twins)', () => {
  check([
    [
      PAR,
      'Bonjour,\n\nNous devons décaler votre entretien : il se tiendra finalement le mardi 12 mars à 15h, et non le lundi 11 comme prévu.',
      ['interview 2030-03-12 15:00'],
    ],
    [
      BER,
      'Guten Tag,\n\nwir müssen das Gespräch leider verschieben; es findet nun am Dienstag, 12. März, um 15 Uhr statt und nicht am Montag, 11. März.',
      ['interview 2030-03-12 15:00'],
    ],
    [
      MAD,
      'Hola:\n\nTenemos que moverla: la entrevista será finalmente el martes 12 de marzo a las 15:00, y no el lunes 11 como te dijimos.',
      ['interview 2030-03-12 15:00'],
    ],
  ]);
});

describe('before All Saints is 31 October, and a dashed aside holds no fact of the promise (round 174c, twins)', () => {
  check([
    [PAR, 'Bonjour,\n\nNous vous donnerons notre réponse avant la Toussaint.', ['response-by 2030-10-31']],
    [VIE, 'Guten Tag,\n\nwir geben Ihnen noch vor Allerheiligen Bescheid.', ['response-by 2030-10-31']],
    [
      MAD,
      'Hola:\n\nTe daremos una respuesta antes del puente de Todos los Santos.',
      ['response-by 2030-10-31'],
    ],
    [
      BRU,
      'Bonjour,\n\nSauf contretemps – la période de clôture des comptes est chargée –, nous reviendrons vers vous d’ici le vendredi 15 mars.',
      ['response-by 2030-03-15'],
    ],
    // (a closing date named outside an aside stays a fact)
    [BRU, 'Bonjour,\n\nLa date de clôture des candidatures est fixée au vendredi 15 mars.', []],
  ]);
});

describe('a return from an absence with its day apposed, and calls refused "ni par téléphone" (round 174c)', () => {
  check([
    [
      PAR,
      'Bonjour,\n\nJe suis en congé jusqu’au vendredi 8 mars. Je traiterai votre demande dès mon retour, le lundi 11.',
      ['no-contact-before 2030-03-11'],
    ],
    // (feedback promised, "mon retour" as feedback, stays a promise)
    [PAR, 'Bonjour,\n\nJe vous ferai mon retour d’ici vendredi.', ['response-by 2030-03-08']],
    [
      BRU,
      'Madame, Monsieur,\n\nMerci de ne contacter nos collaborateurs ni par téléphone ni via LinkedIn pendant le processus.',
      ['no-calls'],
    ],
  ]);
});

describe('September abbreviated "sept." or "set." is read in Spanish, with the clock after it (known miss of round 139b)', () => {
  check([
    [
      MAD,
      'Invitación: Entrevista con el equipo de datos\n\nCuándo\nmar., 10 sept. 2030 · 09:30 – 10:15 (hora de Madrid)\n\nGoogle Meet',
      ['interview 2030-09-10 09:30'],
    ],
    [
      MEX,
      'Hola, Ana:\n\nTe confirmo tu entrevista para el 10 set. 2030 a las 11:00 en nuestras oficinas.',
      ['interview 2030-09-10 11:00'],
    ],
    // (a set of things, no month)
    [
      MAD,
      'Hola:\n\nTe enviamos un set de 3 ejercicios; tienes hasta el viernes 8 de marzo para entregarlos.',
      [],
    ],
  ]);
});
