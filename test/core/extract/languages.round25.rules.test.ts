// fx426's rules (issue 13, German, Spanish, French): what separates mail to a candidate about their application from
// mail that uses job or booking words about something else, and the rules behind the misses of rounds 319–321c
// (languages.round28.foreign.table.ts, languages.round29.foreign.table.ts). Each checked on lines of its own, written
// for these tests and not taken from the rounds, with twins in the other languages where the rule has one.
import { DE } from '../../../src/core/extract/phrases/de';
import { ES } from '../../../src/core/extract/phrases/es';
import { FR } from '../../../src/core/extract/phrases/fr';
import { checkRows, type RuleRow } from './ruleRows';

// Wednesday 13 March 2030, 09:00 in Berlin, Madrid and Paris.
const BER = { sentAt: '2030-03-13T09:00:00+01:00', tz: 'Europe/Berlin' } as const;
const MAD = { sentAt: '2030-03-13T09:00:00+01:00', tz: 'Europe/Madrid' } as const;
const PAR = { sentAt: '2030-03-13T09:00:00+01:00', tz: 'Europe/Paris' } as const;

const check = (rows: readonly RuleRow[]): void => checkRows(rows, [DE, FR, ES]);

describe('extract: fx426’s rules (rounds 319–321c)', () => {
  describe('a familiar message naming a third person’s interview and the reader’s own keeps the reader’s', () => {
    check([
      [
        PAR,
        'Salut Hugo,\n\nMon cousin a un entretien chez Thales lundi à 9 h, il stresse. Et toi, ton entretien chez Safran, c’est toujours vendredi 15 mars à 11 h ?\n\nÀ plus,\nMaxime',
        ['interview 2030-03-15 11:00'],
      ],
      [
        MAD,
        '¡Hola, Nuria!\n\nMi prima tiene una entrevista en Iberdrola el lunes a las 9. ¿Y tu entrevista con Repsol sigue siendo el viernes 15 de marzo a las 11:00?\n\nUn beso,\nElena',
        ['interview 2030-03-15 11:00'],
      ],
    ]);
  });
  describe('…and the third person’s alone stays none of the reader’s', () => {
    check([
      [
        PAR,
        'Salut Hugo,\n\nMon cousin a un entretien chez Thales vendredi 15 mars à 9 h, tu pourrais le déposer en voiture ?\n\nMerci,\nMaxime',
        [],
      ],
      [
        MAD,
        '¡Hola, Nuria!\n\nMi prima tiene una entrevista en Iberdrola el viernes 15 de marzo a las 9. ¿Le prestas tu chaqueta negra?\n\nUn beso,\nElena',
        [],
      ],
    ]);
  });
  describe('an offer with words between “Ihnen” and the position, and after it (round 319)', () => {
    check([
      [
        BER,
        'Sehr geehrte Frau Wolff,\n\nwir freuen uns, Ihnen nach dem Probetag die Stelle als Erzieherin in unserer Kita am Stadtpark ab 1. Mai anbieten zu dürfen.\n\nMit freundlichen Grüßen\nKita Regenbogen',
        ['outcome offer'],
      ],
    ]);
  });
  describe('the writer’s own interview, told a colleague or a friend: nothing (round 319)', () => {
    check([
      [
        BER,
        'Hi Paul,\n\nich habe am Freitag, 15.3., um 11 Uhr ein Vorstellungsgespräch bei der Bahn. Kannst du meinen Spätdienst am Samstag übernehmen?\n\nLG\nSina',
        [],
      ],
      [
        PAR,
        'Coucou Élise,\n\nJ’ai un entretien chez Danone vendredi 15 mars à 11 h, tu pourrais récupérer Lou à la crèche ?\n\nMerci !\nAnaïs',
        [],
      ],
      [
        MAD,
        '¡Hola, Bea!\n\nTengo entrevista en Mapfre el viernes 15 de marzo a las 11:00. ¿Me cubres el turno de la mañana?\n\nGracias,\nCris',
        [],
      ],
    ]);
  });
  describe('a members’ meeting electing its board, with its candidates: nothing (round 319)', () => {
    check([
      [
        BER,
        'Einladung zur Jahreshauptversammlung\n\nLiebe Mitglieder,\n\nwir treffen uns am Freitag, 22. März, um 19 Uhr im Clubhaus. Kandidaten für den Vorstand schicken ihre Bewerbung bitte bis 15. März an den Vorstand.\n\nDer Vorstand',
        [],
      ],
      [
        PAR,
        'Assemblée générale annuelle\n\nChers adhérents,\n\nl’assemblée se tiendra le vendredi 22 mars à 19 h. Les candidatures au bureau sont à envoyer avant le 15 mars.\n\nLe bureau',
        [],
      ],
      [
        MAD,
        'Junta General de socios\n\nEstimados socios:\n\nla junta se celebrará el viernes 22 de marzo a las 19:00. Las candidaturas a la directiva se presentan antes del 15 de marzo.\n\nLa Junta Directiva',
        [],
      ],
    ]);
  });
  describe('a coaching or a photo shoot around applying, booked by the reader: nothing (round 319)', () => {
    check([
      [
        BER,
        'Ihre Buchung: Bewerbungscoaching\n\nHallo Herr Roth,\n\nIhr Termin ist am Freitag, 15. März, um 16 Uhr online. Die Rechnung erhalten Sie innerhalb von drei Tagen.\n\nKarriereWerk Coaching',
        [],
      ],
      [
        BER,
        'Hallo Frau Yıldız,\n\nvielen Dank für Ihre Buchung! Ihr Shooting für Bewerbungsfotos ist am Samstag, 16. März, um 10 Uhr. Die Bilder bekommen Sie innerhalb einer Woche.\n\nFotostudio Lindenhof',
        [],
      ],
    ]);
  });
  describe('an employee leaving, told of their final papers: nothing (round 319)', () => {
    check([
      [
        BER,
        'Sehr geehrte Frau Klein,\n\nzu Ihrem Austritt zum 31. März: Die Arbeitsbescheinigung senden wir Ihnen bis 10. April zu.\n\nIhre Personalabteilung',
        [],
      ],
      [
        PAR,
        'Madame Petit,\n\nvotre solde de tout compte et votre certificat de travail vous seront remis d’ici le vendredi 29 mars.\n\nLes RH',
        [],
      ],
      [
        MAD,
        'Hola Álvaro:\n\ntu finiquito y el certificado de empresa estarán listos antes del viernes 29 de marzo.\n\nRecursos Humanos',
        [],
      ],
    ]);
  });
  describe('the reader as the manager a new hire joins: nothing (round 319)', () => {
    check([
      [
        BER,
        'Hallo Frau Brandt,\n\nIhr neuer Mitarbeiter Herr Kühn startet am Montag, 18. März; bitte planen Sie um 9 Uhr ein Kennenlernen ein. Den Laptop bekommen Sie bis Freitag.\n\nHR',
        [],
      ],
      [
        PAR,
        'Bonjour Marc,\n\nvotre nouvelle collaboratrice, Léa Roux, arrive le lundi 18 mars à 9 h. Son badge vous sera remis d’ici vendredi.\n\nLes RH',
        [],
      ],
      [
        MAD,
        'Hola Pilar:\n\ntu nuevo compañero, Hugo Sanz, se incorpora el lunes 18 de marzo a las 9:00. Te mandamos su plan de acogida antes del viernes.\n\nRR. HH.',
        [],
      ],
    ]);
  });
  describe('an occupational health visit after a hire, and a career counsellor’s client: nothing (round 319c)', () => {
    check([
      [
        PAR,
        'Bonjour Julie,\n\nsuite à votre embauche, vous êtes convoquée à la visite médicale le vendredi 15 mars à 9 h au service de santé au travail.\n\nLes RH',
        [],
      ],
      [
        PAR,
        'Bonjour Monsieur Roy,\n\nnotre prochaine séance de bilan de compétences aura lieu le vendredi 15 mars à 14 h; la synthèse vous sera envoyée sous huitaine.\n\nCabinet Horizons',
        [],
      ],
    ]);
  });
  describe('the papers of all the candidates, no third person’s: the reader’s promise stands (round 320)', () => {
    check([
      [
        BER,
        'Sehr geehrter Herr Lang,\n\nich habe Ihr Profil an unseren Kunden weitergeleitet; er prüft gerade die Lebensläufe der Kandidaten. Die Bewerbung der Kandidaten sieht er sich bis Freitag an, und ich melde mich bis spätestens Freitag bei Ihnen.\n\nBeste Grüße\nTina Vogt, Hays',
        ['response-by 2030-03-15'],
      ],
    ]);
  });
  describe('an offer naming the talks it followed: their untimed day is no new slot (round 320)', () => {
    check([
      [
        BER,
        'Hallo Jonas,\n\nnach deinem Probetag am Freitag sind wir uns einig: Wir möchten dir die Stelle als Koch anbieten! Gib uns bitte bis Montag Bescheid.\n\nViele Grüße\nLena',
        ['outcome offer'],
      ],
      [
        PAR,
        'Bonjour Chloé,\n\nsuite à nos échanges et à votre journée d’immersion de vendredi, nous avons le plaisir de vous proposer le poste de cheffe de rang.\n\nCordialement,\nLa direction',
        ['outcome offer'],
      ],
      [
        MAD,
        'Hola Pablo:\n\ntras las entrevistas y la jornada de prueba del viernes, nos alegra ofrecerte el puesto de cocinero.\n\nUn saludo,\nRR. HH.',
        ['outcome offer'],
      ],
    ]);
  });
  describe('the reader contacted, in the Spanish passive, within a window (round 320b)', () => {
    check([
      [
        MAD,
        'Hola Ana:\n\nRecursos Humanos revisará tu perfil y serás contactada dentro de los próximos cinco días hábiles.\n\nSaludos,\nSelección',
        ['response-by 2030-03-20'],
      ],
      [
        MAD,
        'Estimado(a) postulante:\n\nhemos recibido su hoja de vida. Usted será contactado(a) en un plazo de diez días si continúa en el proceso.\n\nGestión Humana',
        ['response-by 2030-03-23'],
      ],
    ]);
  });
  describe('a thanks continued by “and for”: its day is past, the promise after it stands (round 321c)', () => {
    check([
      [
        PAR,
        'Bonjour Madame Roux,\n\nMerci pour votre appel de ce matin et pour votre retour sur l’entretien de mercredi chez notre client. Je reviens vers vous d’ici mardi au plus tard.\n\nGaëlle, Adecco',
        ['response-by 2030-03-19'],
      ],
      [
        BER,
        'Hallo Frau Roth,\n\ndanke für Ihren Anruf heute Morgen und für Ihr Feedback zum Gespräch am Mittwoch bei unserem Kunden. Ich melde mich spätestens am Dienstag.\n\nGrüße, Hays',
        ['response-by 2030-03-19'],
      ],
      [
        MAD,
        'Hola Marta:\n\ngracias por tu llamada de esta mañana y por tus comentarios sobre la entrevista del miércoles con nuestro cliente. Te escribo el martes a más tardar.\n\nSaludos, Adecco',
        ['response-by 2030-03-19'],
      ],
    ]);
  });
  describe('…and a clause opening with “pour votre entretien” is no thanks', () => {
    check([
      [
        PAR,
        'Bonjour Léa,\n\nPour votre entretien du mardi 19 mars à 10 h, merci de vous présenter à l’accueil.\n\nRH',
        ['interview 2030-03-19 10:00'],
      ],
    ]);
  });
  describe('the reader’s own feedback (“votre retour”) is no promise (round 321c)', () => {
    check([
      [
        PAR,
        'Bonjour Hugo,\n\nJ’attends votre retour sur la proposition d’ici vendredi. De notre côté, nous vous répondrons sous huit jours.\n\nClaire',
        ['response-by 2030-03-21'],
      ],
    ]);
  });
  describe('an agency offering the reader, who recruits, its candidates: nothing (round 321c)', () => {
    check([
      [
        PAR,
        'Bonjour Madame Faure,\n\nJ’ai vu que vous recrutiez un comptable. Nous avons actuellement deux profils disponibles : seriez-vous libre mardi 19 mars à 10 h pour en parler ?\n\nRandstad',
        [],
      ],
    ]);
  });
});
