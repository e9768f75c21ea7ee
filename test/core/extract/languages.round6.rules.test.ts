// Rules added after held-out rounds 71–79 (German, Spanish, French) of issue 13, each pinned by rows of its own
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
// Tuesday 2 February 2027, 09:00 in Lima.
const LIM = { sentAt: '2027-02-02T09:00:00-05:00', tz: 'America/Lima' } as const;

const check = (rows: readonly RuleRow[]): void => checkRows(rows, [DE, FR, ES]);

describe('the two forms of a noun joined by "and" are one subject, no clause break (round 71)', () => {
  check([
    [
      BER,
      'Die Frist endet am 12. Februar. Innerhalb von zehn Tagen nach Ende der Frist bekommen alle Teilnehmerinnen und Teilnehmer eine Rückmeldung.',
      ['response-by 2027-02-22'],
    ],
    [
      MAD,
      'En los próximos diez días todos los candidatos y candidatas recibirán una respuesta.',
      ['response-by 2027-02-12'],
    ],
    [
      PAR,
      'Dans les dix jours, les candidats et candidates recevront une réponse par courriel.',
      ['response-by 2027-02-12'],
    ],
    // A day set for every candidate is no slot of this one's.
    [BER, 'Der Auswahltag für alle Bewerberinnen und Bewerber findet am 11. Februar statt.', []],
  ]);
});

describe('a rejection naming the one chosen with an indefinite article (round 71)', () => {
  check([
    [
      BER,
      'Wir haben uns nach vielen Gesprächen für eine Bewerberin entschieden, die bereits im Vertrieb gearbeitet hat.',
      ['outcome rejected'],
    ],
    [
      MAD,
      'Tras valorar todos los perfiles, nos decidimos por un candidato que ya conoce el sector.',
      ['outcome rejected'],
    ],
    [PAR, 'Nous avons finalement choisi une personne qui connaît déjà nos outils.', ['outcome rejected']],
  ]);
});

describe('no-calls with the negation far from its verb (rounds 71–73)', () => {
  check([
    [BER, 'Wir bitten Sie, sich keinesfalls telefonisch an einzelne Führungskräfte zu wenden.', ['no-calls']],
    [
      MAD,
      'La información del proceso se comunica solo por correo, ni por teléfono ni en persona.',
      ['no-calls'],
    ],
    [
      PAR,
      'Aucun renseignement concernant les candidatures en cours ne sera fourni par téléphone.',
      ['no-calls'],
    ],
  ]);
});

describe("someone's availability from a day is no slot (rounds 71–73)", () => {
  check([
    [BER, 'Für ein persönliches Gespräch bin ich ab dem 15. Februar jederzeit verfügbar.', []],
    [PAR, 'Je suis disponible pour un entretien à partir du 15 février.', []],
    [MAD, 'Estoy disponible para una entrevista a partir del lunes 15 de febrero.', []],
  ]);
});

describe('a day without a year read as months away is a past one: no promise (round 72)', () => {
  check([
    [MAD, 'Te escribo por mi postulación enviada el 25 de enero; quedo atenta a su respuesta.', []],
    [BER, 'Ich beziehe mich auf meine Bewerbung vom 25. Januar und freue mich auf Ihre Rückmeldung.', []],
    [
      PAR,
      "Je me permets de vous relancer concernant ma candidature envoyée le 25 janvier, dans l'attente de votre réponse.",
      [],
    ],
  ]);
});

describe('the coming days with an intensifier (round 73)', () => {
  check([
    [PAR, 'Je reviens vers vous dans les tout prochains jours.', ['response-by 2027-02-07']],
    [BER, 'Wir melden uns in den allernächsten Tagen bei Ihnen.', ['response-by 2027-02-07']],
    [MAD, 'Te daremos una respuesta en los siguientes días.', ['response-by 2027-02-07']],
  ]);
});

describe('a window whose latest day stands before its count, counted from a dated event (round 73)', () => {
  check([
    [
      PAR,
      'La date limite de candidature est le 10 février. Vous recevrez une réponse au plus tard deux semaines après cette date.',
      ['response-by 2027-02-24'],
    ],
    [
      BER,
      'Die Bewerbungsfrist endet am 10. Februar. Sie erhalten spätestens zwei Wochen nach diesem Datum eine Antwort.',
      ['response-by 2027-02-24'],
    ],
    [
      MAD,
      'El plazo de inscripción cierra el 10 de febrero. Le responderemos a más tardar dos semanas después de esa fecha.',
      ['response-by 2027-02-24'],
    ],
  ]);
});

describe("a group selection session is the candidate's slot, and a window may count from it (round 73)", () => {
  check([
    [
      PAR,
      'Votre session de recrutement aura lieu le jeudi 11 février à 14h. Les résultats vous seront communiqués dans les cinq jours suivant la session.',
      ['interview 2027-02-11 14:00', 'response-by 2027-02-16'],
    ],
    [
      MAD,
      'Te confirmamos tu lugar en la sesión de selección del jueves 11 de febrero a las 14:00.',
      ['interview 2027-02-11 14:00'],
    ],
  ]);
});

describe("an HTML table's label alone on its line, its value after a blank line (round 71)", () => {
  check([
    [
      BER,
      'Ihr Vorstellungsgespräch\n\nDatum\n\nDonnerstag, 11. Februar 2027\n\nUhrzeit\n\n14:00 Uhr\n\nOrt\n\nHauptstraße 5, Kassel',
      ['interview 2027-02-11 14:00'],
    ],
    [
      MAD,
      'Tu entrevista\n\nFecha\n\njueves, 11 de febrero de 2027\n\nHora\n\n14:00\n\nLugar\n\nCalle Mayor 10, Zaragoza',
      ['interview 2027-02-11 14:00'],
    ],
    [
      PAR,
      'Votre entretien\n\nDate\n\njeudi 11 février 2027\n\nHeure\n\n14:00\n\nLieu\n\n12 rue Nationale, Tours',
      ['interview 2027-02-11 14:00'],
    ],
  ]);
});

describe("the candidate's time to do something is their deadline (round 72)", () => {
  check([
    [MAD, 'Tienes hasta el domingo 7 de febrero a las 23:59 para completar la evaluación en línea.', []],
    [PAR, "Vous avez jusqu'au dimanche 7 février, 23h59, pour passer le test en ligne.", []],
    [BER, 'Sie haben noch bis Sonntag, 7. Februar, Zeit, das Video-Interview aufzuzeichnen.', []],
  ]);
});

describe("a group greeting, an event for many and an order are no candidate's slot (round 72)", () => {
  check([
    [MAD, 'Buenos días a todos: mañana a las 10:00 entrevistamos a la candidata de Valencia.', []],
    [MAD, 'Te esperamos en el Encuentro de Empleo Joven el jueves 11 de febrero a las 10:00.', []],
    [BER, 'Bestellbestätigung\n\nArtikel: Interviewtraining (Online-Kurs)\nLieferung: 05.02.2027', []],
    [MAD, 'Resumen del pedido\nProducto: Simulacro de entrevista online\nEntrega estimada: 05/02/2027', []],
    [PAR, "Récapitulatif de commande\nProduit : coaching entretien d'embauche\nLivraison : 05/02/2027", []],
  ]);
});

describe('a slot the interviewer cannot keep, another offered (round 72)', () => {
  check([
    [
      MAD,
      'La directora no podrá atenderte el jueves 4 a las 10:00. ¿Te vendría bien el viernes 5 a las 12:00?',
      ['interview 2027-02-05 12:00'],
    ],
    [
      PAR,
      'Notre directrice ne pourra pas vous recevoir jeudi à 10h. Seriez-vous disponible vendredi à 12h ?',
      ['interview 2027-02-05 12:00'],
    ],
    [
      BER,
      'Frau Lenz kann den Termin am Donnerstag um 10 Uhr leider nicht wahrnehmen. Passt Ihnen stattdessen Freitag um 12 Uhr?',
      ['interview 2027-02-05 12:00'],
    ],
  ]);
});

describe('results published are news delivered (round 72)', () => {
  check([
    [MAD, 'Publicaremos los resultados en un plazo de cinco días hábiles.', ['response-by 2027-02-09']],
    [PAR, 'Nous publierons la liste des admis sous cinq jours ouvrés.', ['response-by 2027-02-09']],
  ]);
});

// Issue 13, class 6 (the 2026-12-06 ruling): an absence alone gives its first day back too; the day after an end it
// includes. Before, an absence alone asked for nothing here.
describe('an absence, the day back or a request is the first day contact is welcome (rounds 72–73, issue 13 class 6)', () => {
  check([
    [
      MAD,
      'Estoy fuera de la oficina hasta el viernes 5 de febrero con acceso limitado al correo.',
      ['no-contact-before 2027-02-05'],
    ],
    [MAD, 'Estoy de viaje y vuelvo a la oficina el lunes 8 de febrero.', ['no-contact-before 2027-02-08']],
    [PAR, 'Je suis en congés jusqu’au 5 février inclus.', ['no-contact-before 2027-02-06']],
    [PAR, 'Je suis en congés et serai de retour le lundi 8 février.', ['no-contact-before 2027-02-08']],
    [
      PAR,
      'Je suis en déplacement jusqu’au 5 février ; toute relance avant cette date restera sans réponse.',
      ['no-contact-before 2027-02-05'],
    ],
    [BER, 'Ich bin bis einschließlich 5. Februar nicht im Büro.', ['no-contact-before 2027-02-06']],
  ]);
});

describe('Spanish: the start of next week in Latin-American words, and a request far from its bound (round 72)', () => {
  check([
    [MAD, 'Te damos una respuesta a comienzos de la semana entrante.', ['response-by 2027-02-10']],
    [MAD, 'Te respondemos la semana entrante.', ['response-by 2027-02-12']],
    [
      MAD,
      'Te pedimos que no nos escribas para preguntar por el resultado de tu entrevista técnica hasta el lunes 15 de febrero.',
      ['no-contact-before 2027-02-15'],
    ],
  ]);
});

describe('French "sous quinzaine" is a fortnight; a slot moved earlier ("avancer … au"); a hold-off "durant les N prochains jours" (round 76)', () => {
  check([
    [PAR, 'Vous recevrez une réponse sous quinzaine.', ['response-by 2027-02-16']],
    [
      PAR,
      'Nous devons avancer votre rendez-vous, prévu initialement le vendredi 5 février, au jeudi 4 février à 15h.',
      ['interview 2027-02-04 15:00'],
    ],
    [
      PAR,
      'Merci de ne pas nous relancer durant les quinze prochains jours.',
      ['no-contact-before 2027-02-17'],
    ],
  ]);
});

describe('slots to choose from, and days listed with "and", are no slot yet (rounds 74 and 76)', () => {
  check([
    [
      BER,
      'Bitte buchen Sie über den Link einen Termin; freie Zeitfenster gibt es am 9. und 10. Februar ab 14 Uhr.',
      [],
    ],
    [PAR, 'Merci de choisir votre créneau dans le lien (du 8 au 10 février, entre 14h et 17h).', []],
    [MAD, 'Elige tu horario en el enlace: hay espacios el 8, 9 y 10 de febrero por la tarde.', []],
  ]);
});

describe('rejections: not through to the next round, unable to keep the application (rounds 74–76)', () => {
  check([
    [BER, 'Für die nächste Runde hat es leider nicht gereicht.', ['outcome rejected']],
    [BER, 'Leider ist es uns nicht möglich, Ihre Bewerbung weiter zu berücksichtigen.', ['outcome rejected']],
    [MAD, 'Lamentablemente no pasas a la siguiente fase del proceso.', ['outcome rejected']],
    [PAR, 'Malheureusement, vous ne passez pas à l’étape suivante.', ['outcome rejected']],
    [PAR, 'Nous ne sommes malheureusement pas en mesure de retenir votre dossier.', ['outcome rejected']],
  ]);
});

describe("an offer's answer asked of the candidate is no promise (round 74)", () => {
  check([
    [
      BER,
      'Wir freuen uns, Ihnen die Stelle anbieten zu können, und bitten um Ihre Antwort bis zum 12. Februar.',
      ['outcome offer'],
    ],
    [
      PAR,
      'Nous avons le plaisir de vous proposer le poste et attendons votre réponse avant le 12 février.',
      ['outcome offer'],
    ],
  ]);
});

describe('a call set by the recruiter, or on a video platform, is the slot (rounds 75–76)', () => {
  check([
    [MAD, 'Perfecto, el jueves a las 11:00 te llamamos.', ['interview 2027-02-04 11:00']],
    [PAR, 'Parfait, rendez-vous jeudi à 11h via Zoom.', ['interview 2027-02-04 11:00']],
  ]);
});

describe('calendar days are days (round 75)', () => {
  check([
    [MAD, 'Recibirás una respuesta en un plazo de diez días naturales.', ['response-by 2027-02-12']],
    [PAR, 'Vous aurez une réponse sous dix jours calendaires.', ['response-by 2027-02-12']],
    [BER, 'Sie erhalten binnen zehn Kalendertagen eine Antwort.', ['response-by 2027-02-12']],
  ]);
});

describe('Spanish: no inquiries for a while, no calls far from "no", a job day (round 75)', () => {
  check([
    [
      MAD,
      'Le rogamos que no haga consultas durante los próximos diez días.',
      ['no-contact-before 2027-02-12'],
    ],
    [
      MAD,
      'Nuestro equipo no está en condiciones de atender llamadas sobre el estado de las vacantes.',
      ['no-calls'],
    ],
    [MAD, 'Te esperamos en nuestro Open Day el sábado 6 de febrero a las 10:00.', []],
  ]);
});

describe("someone's availability from a day (dès, desde el) is no slot (rounds 75–76)", () => {
  check([
    [PAR, 'Je suis disponible pour un entretien dès lundi prochain.', []],
    [MAD, 'Estoy disponible para una entrevista desde el lunes 8 de febrero.', []],
  ]);
});

describe('French clocks: "à 9 heures 15", and "après-demain" (round 79)', () => {
  check([
    [PAR, 'Nous vous recevrons le jeudi 4 février à 9 heures 15 au siège.', ['interview 2027-02-04 09:15']],
    [PAR, 'Votre entretien est fixé au vendredi 5 février à 11 heures.', ['interview 2027-02-05 11:00']],
    [PAR, 'Tu serais dispo après-demain à 16h pour un appel ?', ['interview 2027-02-04 16:00']],
  ]);
});

describe('an event told as over is no slot (round 77)', () => {
  check([
    [BER, 'Ihr Gespräch fand heute um 10 Uhr statt.', []],
    [MAD, 'La entrevista tuvo lugar hoy a las 10:00.', []],
    [PAR, "L'entretien a eu lieu aujourd'hui à 10h.", []],
  ]);
});

describe('no-calls: never by phone, not to call, unable to answer calls (rounds 77–79)', () => {
  check([
    [BER, 'Auskünfte erteilen wir ausschließlich per E-Mail, niemals telefonisch.', ['no-calls']],
    [BER, 'Wir bitten Sie, uns nicht anzurufen.', ['no-calls']],
    [MAD, 'Respondemos solo por correo, nunca por teléfono.', ['no-calls']],
    [
      PAR,
      'Merci pour votre candidature : nous répondons à vos questions uniquement par courriel, jamais par téléphone.',
      ['no-calls'],
    ],
    [PAR, 'Il ne nous est malheureusement pas possible de répondre aux appels.', ['no-calls']],
  ]);
});

describe('offers in other words, the answer asked of the candidate, a contract on its way (rounds 77–79)', () => {
  check([
    [BER, 'Wir würden dir gerne die Stelle als Werkstudentin anbieten.', ['outcome offer']],
    [BER, 'Wir möchten dich an Bord holen – sag uns bis Freitag Bescheid.', ['outcome offer']],
    [BER, 'Der Arbeitsvertrag kommt bis Donnerstag per Post.', ['response-by 2027-02-04']],
    [
      MAD,
      'Nos complace extenderte una oferta formal; confírmanos antes del 10 de febrero.',
      ['outcome offer'],
    ],
    [PAR, 'Le comité a validé votre embauche.', ['outcome offer']],
  ]);
});

describe('a French rejection: going on with other applications (round 79)', () => {
  check([[PAR, 'Nous avons décidé de continuer avec d’autres profils.', ['outcome rejected']]]);
});

describe('hold-off: no contact taken before a day (round 79)', () => {
  check([
    [
      PAR,
      'Merci de ne pas reprendre contact avec nous avant le 15 février.',
      ['no-contact-before 2027-02-15'],
    ],
    [
      BER,
      'Bitte nehmen Sie vor dem 15. Februar keinen Kontakt mit uns auf.',
      ['no-contact-before 2027-02-15'],
    ],
    [
      MAD,
      'No me escribas hasta que termine la feria de Madrid, el viernes 12 de febrero.',
      ['no-contact-before 2027-02-12'],
    ],
  ]);
});

describe("days things happen before a decision, workshops and the process's own interviews are no promise and no slot (rounds 78–79)", () => {
  check([
    [PAR, 'Nous voyons encore deux candidats lundi et mercredi, avant de prendre notre décision.', []],
    [BER, 'Wir sprechen am Montag und Mittwoch noch mit zwei Kandidaten, bevor wir entscheiden.', []],
    [MAD, 'Entrevistamos a dos personas más el lunes y el miércoles, antes de tomar una decisión.', []],
    [MAD, 'Reserva confirmada: Taller de CV, jueves 11 de febrero, 18:00 h.', []],
    [PAR, 'Atelier CV et entretien – jeudi 11 février, 18h. Inscription obligatoire.', []],
    [BER, 'Workshop „Gehaltsverhandlung“ am 11.02., 18 Uhr.', []],
    [
      MAD,
      'La primera entrevista del proceso será el 10 de febrero para todos los perfiles preseleccionados.',
      [],
    ],
  ]);
});

describe('Spanish: a span reckoned from "ahí", the day before; Spain\'s time named (round 78)', () => {
  check([
    [
      MAD,
      'El comité se reúne el 10 de febrero. A partir de ahí, calculamos dos semanas para dar una respuesta.',
      ['response-by 2027-02-24'],
    ],
    [
      LIM,
      'La entrevista será el jueves 4 de febrero a las 16:00 (hora de España).',
      ['interview 2027-02-04 10:00'],
    ],
  ]);
});

describe('the last of a list of day numbers is one choice of several (round 79)', () => {
  check([
    [PAR, 'Je suis disponible pour un entretien les 8, 9 ou 10 février.', []],
    [BER, 'Ich könnte am 8., 9. oder 10. Februar zu einem Gespräch kommen.', []],
    [MAD, 'Puedo ir a la entrevista el 8, 9 o 10 de febrero.', []],
  ]);
});

describe('German: a day number before a month ends no clause; an event as a compound word after the window (round 80)', () => {
  check([
    [
      BER,
      'Können wir das Gespräch von Mittwoch, 3. Februar, 9 Uhr auf Freitag, 5. Februar, 9 Uhr verschieben?',
      ['interview 2027-02-05 09:00'],
    ],
    [
      BER,
      'Bewerbungsschluss ist der 12. Februar. Sie erhalten etwa zehn Tage nach Fristende eine Antwort.',
      ['response-by 2027-02-22'],
    ],
    [
      MAD,
      'La convocatoria cierra el 12 de febrero. Le responderemos en un plazo de dos semanas tras el cierre.',
      ['response-by 2027-02-26'],
    ],
    [BER, 'Wir geben am Telefon keine Auskünfte zum Stand der Bewerbung.', ['no-calls']],
  ]);
});

describe('offers: a welcome aboard, the client chose you (rounds 80–81)', () => {
  check([
    [
      BER,
      'Wir freuen uns, dich ab dem 1. März als neuen Werkstudenten begrüßen zu dürfen.',
      ['outcome offer'],
    ],
    [MAD, 'Nos complace darle la bienvenida al equipo a partir del 1 de marzo.', ['outcome offer']],
    [MAD, 'Buenas noticias: la empresa te eligió para el puesto de analista.', ['outcome offer']],
    [PAR, 'Bonne nouvelle : le client vous a choisi pour le poste.', ['outcome offer']],
    [BER, 'Gute Nachrichten: Der Kunde hat sich für dich entschieden!', ['outcome offer']],
  ]);
});

describe('a slot moved "at the same time" keeps the cancelled one\'s clock (round 81)', () => {
  check([
    [
      MAD,
      '¿Podemos recorrer la cita de hoy a las 4 pm para el jueves a la misma hora?',
      ['interview 2027-02-04 16:00'],
    ],
    [
      PAR,
      'Notre rendez-vous de demain 10h est reporté au jeudi 4 février, à la même heure.',
      ['interview 2027-02-04 10:00'],
    ],
    [
      BER,
      'Wir müssen das Gespräch morgen um 10 Uhr leider auf Donnerstag verschieben, zur gleichen Uhrzeit.',
      ['interview 2027-02-04 10:00'],
    ],
  ]);
});

describe('clock times offered after one day, joined by "or", are several slots (round 81)', () => {
  check([
    [MAD, 'Para la prueba tenemos libre el jueves 4 a las 9:00, 11:00 o 15:00.', []],
    [PAR, 'Pour le test, je peux vous proposer jeudi 4 février à 9h, 11h ou 15h.', []],
  ]);
});

describe('French: "nous parler" sets a slot; deliveries promised in French and Spanish; a paid coaching session (round 82)', () => {
  check([
    [PAR, 'Pourrions-nous nous parler jeudi 4 février à 11h ?', ['interview 2027-02-04 11:00']],
    [PAR, "Je vous envoie le contrat d'ici vendredi.", ['response-by 2027-02-05']],
    [MAD, 'Te mando la propuesta el viernes.', ['response-by 2027-02-05']],
    [PAR, 'Coaching « Réussir son entretien » le jeudi 4 février à 18h. Montant réglé : 40 €.', []],
  ]);
});
