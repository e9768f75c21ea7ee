// Rules added after held-out rounds 130–132 (German, Spanish, French) of issue 13, each pinned by rows of its own
// that are not round rows: lines written for the rule, with their answers from TIMELINE-CONVENTIONS.md, in every
// language where the rule has a twin.
import { DE } from '../../../src/core/extract/phrases/de';
import { ES } from '../../../src/core/extract/phrases/es';
import { FR } from '../../../src/core/extract/phrases/fr';
import { checkRows, type RuleRow } from './ruleRows';

// Monday 4 December 2028, 10:00 in Berlin, Paris and Madrid.
const BER = { sentAt: '2028-12-04T10:00:00+01:00', tz: 'Europe/Berlin' } as const;
const PAR = { sentAt: '2028-12-04T10:00:00+01:00', tz: 'Europe/Paris' } as const;
const MAD = { sentAt: '2028-12-04T10:00:00+01:00', tz: 'Europe/Madrid' } as const;
// Monday 4 December 2028, 09:00 in Mexico City.
const MEX = { sentAt: '2028-12-04T09:00:00-06:00', tz: 'America/Mexico_City' } as const;

const check = (rows: readonly RuleRow[]): void => checkRows(rows, [DE, FR, ES]);

describe('an absence ends on the day work is taken up again (round 131)', () => {
  check([
    [
      MAD,
      'Me encuentro fuera de la oficina hasta el viernes 8 de diciembre; me reincorporo el lunes 11.',
      ['no-contact-before 2028-12-11'],
    ],
    [
      MEX,
      'La licenciada Ruiz está de permiso y se reincorpora el 12 de diciembre.',
      ['no-contact-before 2028-12-12'],
    ],
    [
      PAR,
      'Je suis en déplacement jusqu’au 8 décembre et je reprends mon poste le lundi 11 décembre.',
      ['no-contact-before 2028-12-11'],
    ],
    // (taking up contact again is a promise, no absence)
    [PAR, 'Je reprendrai contact avec vous le 12 décembre.', ['response-by 2028-12-12']],
  ]);
});

describe('a formal proposal sent, or the contract sent to sign, is an offer (rounds 131 and 132)', () => {
  check([
    [MAD, 'Nos gustaría remitirle una propuesta económica para el puesto de técnico.', ['outcome offer']],
    [MEX, 'Con gusto te haremos llegar una propuesta laboral por escrito.', ['outcome offer']],
    [PAR, 'Je suis ravie de vous adresser notre offre écrite pour le poste d’assistante.', ['outcome offer']],
    [PAR, 'La signature de votre contrat se fera en ligne, via le lien ci-dessous.', ['outcome offer']],
    [MAD, 'Ya puedes firmar tu contrato desde el enlace que te hemos enviado.', ['outcome offer']],
    [BER, 'Wir senden Ihnen Ihren Arbeitsvertrag per Post zur Unterzeichnung.', ['outcome offer']],
    // (the candidate's own contract to sign elsewhere is none of ours)
    [BER, 'Ich muss meinen neuen Vertrag noch unterschreiben.', []],
  ]);
});

describe('phone questions said to be impossible to answer (round 132)', () => {
  check([
    [
      PAR,
      'Il ne nous est pas possible de répondre aux appels concernant le suivi des candidatures.',
      ['no-calls'],
    ],
    [MAD, 'No nos será posible dar respuesta a las llamadas de los candidatos.', ['no-calls']],
  ]);
});

describe('the writer’s own wish for an answer by a day is no promise (rounds 130 and 132)', () => {
  check([
    [BER, 'Ich würde mich über eine kurze Rückmeldung bis Freitag sehr freuen.', []],
    [BER, 'Über eine Antwort noch in dieser Woche würde ich mich freuen.', []],
    [PAR, 'Merci d’avance pour votre réponse avant le 8 décembre.', []],
    [MAD, 'Le agradecería que me diera una respuesta antes del viernes.', []],
    // (the employer's promise beside it stays one)
    [BER, 'Wir melden uns bis Freitag bei Ihnen.', ['response-by 2028-12-08']],
  ]);
});

describe('thanks for having come name a past interview (round 132)', () => {
  check([
    [PAR, 'Merci beaucoup d’être venue jeudi dans nos bureaux.', []],
    [MAD, 'Te agradecemos que hayas acudido el jueves a la entrevista.', []],
    [BER, 'Danke, dass Sie am Donnerstag bei uns vorbeigekommen sind.', []],
  ]);
});

describe('a slot "initialement fixé au" is the old one of a move (round 132)', () => {
  check([
    [
      PAR,
      'L’entretien initialement programmé au jeudi 7 décembre est reporté : nous vous proposons de le déplacer au mardi 12 décembre à 15h.',
      ['interview 2028-12-12 15:00'],
    ],
    [
      PAR,
      'Nous devons décaler notre entretien initialement fixé au mercredi 6 décembre. Nous vous proposons de le décaler au vendredi 8 décembre à 9h30.',
      ['interview 2028-12-08 09:30'],
    ],
  ]);
});

describe('the candidate’s work to hand in by a day is the candidate’s deadline (round 130)', () => {
  check([
    [BER, 'Wir bitten Sie, Ihre Lösung bis Donnerstag, 7.12., 18 Uhr im Portal hochzuladen.', []],
    [PAR, 'Nous vous invitons à déposer votre présentation sur la plateforme avant jeudi 18h.', []],
    [MAD, 'Te pedimos que entregues la prueba antes del jueves a las 18:00.', []],
  ]);
});

describe('papers that "gehen Ihnen … zu" are a promise (round 130)', () => {
  check([
    [
      BER,
      'Die Unterlagen für den zweiten Auswahltag gehen Ihnen bis Mittwoch per E-Mail zu.',
      ['response-by 2028-12-06'],
    ],
    [
      BER,
      'Eine schriftliche Entscheidung wird Ihnen innerhalb von zehn Tagen zugehen.',
      ['response-by 2028-12-14'],
    ],
  ]);
});

describe('the candidate’s own papers, whatever their compound name (round 130)', () => {
  check([
    [BER, 'Meine Arbeitszeugnisse reiche ich Ihnen bis Mittwoch nach.', []],
    [PAR, 'Je vous envoie mes certificats de travail d’ici mercredi.', []],
  ]);
});

describe('a new clock time "instead of" the old one joins its day across the sentence (round 135)', () => {
  check([
    [
      PAR,
      'Votre entretien du jeudi 7 décembre est maintenu, seul l’horaire évolue : rendez-vous à 11h au lieu de 9h.',
      ['interview 2028-12-07 11:00'],
    ],
    [
      BER,
      'Ihr Gespräch am Donnerstag, 7. Dezember, bleibt bestehen, nur die Uhrzeit ändert sich: Wir erwarten Sie um 11 Uhr statt um 9 Uhr.',
      ['interview 2028-12-07 11:00'],
    ],
    [
      MAD,
      'La entrevista del jueves 7 de diciembre se mantiene, aunque cambia la hora: te esperamos a las 11:00 en lugar de a las 9:00.',
      ['interview 2028-12-07 11:00'],
    ],
  ]);
});

describe('a window counted from the candidate’s own session dated right after it (round 135)', () => {
  check([
    [
      PAR,
      'Nous vous répondrons dans les dix jours qui suivent votre visite du mardi 12 décembre.',
      ['response-by 2028-12-22'],
    ],
  ]);
});

describe('the front desk not allowed to tell candidates by phone, and calls "no se atienden" (rounds 133–135)', () => {
  check([
    [PAR, 'Notre standard n’est pas autorisé à répondre aux candidats par téléphone.', ['no-calls']],
    [
      MAD,
      'El personal de tienda no está autorizado para informar sobre las vacantes por teléfono.',
      ['no-calls'],
    ],
    [
      BER,
      'Die Empfangskolleginnen sind nicht berechtigt, telefonisch Auskunft über Bewerbungen zu geben.',
      ['no-calls'],
    ],
    [MEX, 'Las llamadas relacionadas con las vacantes no se atienden en sucursal.', ['no-calls']],
    [
      BER,
      'Von Anrufen – sei es in der Personalabteilung oder im Sekretariat – bitten wir abzusehen.',
      ['no-calls'],
    ],
  ]);
});

describe('the post offered "hiermit", and the candidacy chosen as a cleft (rounds 133 and 135)', () => {
  check([
    [
      BER,
      'Gerne möchten wir Ihnen heute die Stelle als Buchhalterin in Teilzeit anbieten.',
      ['outcome offer'],
    ],
    [PAR, 'C’est ta candidature que nous avons retenue : bienvenue dans l’équipe !', ['outcome offer']],
    [MAD, 'Su candidatura es la que hemos seleccionado para la plaza de administrativo.', ['outcome offer']],
    [BER, 'Nach langem Überlegen haben wir uns für Ihre Bewerbung entschieden.', ['outcome offer']],
    // (a candidacy kept for an interview is no offer)
    [PAR, 'C’est votre candidature que nous avons retenue pour un entretien avec la direction.', []],
  ]);
});
