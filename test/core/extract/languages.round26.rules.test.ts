// fx432's rules (issue 13, German, Spanish, French): the rules behind the misses of rounds 322–323c (hw429's whole
// ATS mails, languages.round30.foreign.table.ts) and of rounds 324–324c (languages.round31.foreign.table.ts). Each
// checked on lines of its own, written for these tests and not taken from the rounds, with twins in the other
// languages where the rule has one.
import { DE } from '../../../src/core/extract/phrases/de';
import { ES } from '../../../src/core/extract/phrases/es';
import { FR } from '../../../src/core/extract/phrases/fr';
import { checkRows, type RuleRow } from './ruleRows';

// Thursday 12 September 2030, 09:00 in Berlin, Madrid and Paris.
const BER = { sentAt: '2030-09-12T09:00:00+02:00', tz: 'Europe/Berlin' } as const;
const MAD = { sentAt: '2030-09-12T09:00:00+02:00', tz: 'Europe/Madrid' } as const;
const PAR = { sentAt: '2030-09-12T09:00:00+02:00', tz: 'Europe/Paris' } as const;

const check = (rows: readonly RuleRow[]): void => checkRows(rows, [DE, FR, ES]);

describe('extract: fx432’s rules (rounds 322–324c)', () => {
  describe('others chosen in the plural, or no better news in the comparative, is a rejection (round 322)', () => {
    check([
      [
        BER,
        'Sehr geehrter Herr Brandt,\n\nnach Prüfung aller Unterlagen haben wir uns für Bewerberinnen und Bewerber entschieden, die mehr Erfahrung im Einkauf mitbringen.\n\nMit freundlichen Grüßen\nPersonalabteilung',
        ['outcome rejected'],
      ],
      [
        BER,
        'Sehr geehrte Frau Lenz,\n\nvielen Dank für Ihr Interesse an der Stelle als Buchhalterin. Wir bedauern, Ihnen heute keine bessere Nachricht übermitteln zu können, und wünschen Ihnen alles Gute.\n\nIhre Personalabteilung',
        ['outcome rejected'],
      ],
      [
        PAR,
        'Madame Perrin,\n\nnous vous remercions pour votre candidature au poste de juriste. Nous sommes désolés de ne pouvoir vous apporter une réponse plus favorable.\n\nLe service RH',
        ['outcome rejected'],
      ],
      [
        MAD,
        'Estimada Sra. Vidal:\n\ngracias por participar en el proceso. Sentimos no poder darle una noticia más positiva en esta ocasión.\n\nRR. HH.',
        ['outcome rejected'],
      ],
      [
        MAD,
        'Hola Diego:\n\ntras valorar todas las candidaturas, nos hemos decidido por candidatos cuyo perfil se ajusta más a la vacante.\n\nUn saludo,\nSelección',
        ['outcome rejected'],
      ],
    ]);
  });
  describe('the writer’s own interview as the subject of its news, told a friend: nothing (round 322)', () => {
    check([
      [
        BER,
        'Hey Lotte,\n\nrate mal: Mein Vorstellungsgespräch bei der Telekom steht – Dienstag, 17.9., um 14 Uhr. Kannst du an dem Nachmittag den Hund nehmen?\n\nLG Mara',
        [],
      ],
      [
        PAR,
        'Salut Inès,\n\nMon entretien chez Michelin est enfin calé : mardi 17 septembre à 14 h. Tu pourras garder Noé ?\n\nBises,\nCamille',
        [],
      ],
      [
        MAD,
        '¡Hola, Lucía!\n\nMi entrevista en Telefónica ya está confirmada: martes 17 de septiembre a las 14:00. ¿Puedes quedarte con Mateo esa tarde?\n\nBesos,\nCarla',
        [],
      ],
    ]);
  });
  describe('…while the reader’s own, told by the recruiter, stays', () => {
    check([
      [
        BER,
        'Hallo Frau Kaya,\n\nIhr Vorstellungsgespräch bei der Telekom ist am Dienstag, 17.9., um 14 Uhr.\n\nViele Grüße\nRecruiting',
        ['interview 2030-09-17 14:00'],
      ],
    ]);
  });
  describe('the company’s future of contact “con” the reader is a promise (round 322b)', () => {
    check([
      [
        MAD,
        'Hola, Marcos:\n\nTu candidatura ha pasado a «En proceso». La empresa contactará contigo en un plazo máximo de 5 días hábiles.\n\nEl equipo de InfoJobs',
        ['response-by 2030-09-19'],
      ],
      [
        MAD,
        'Estimada Sra. Ortega:\n\nla responsable del área hablará con usted antes del viernes 20 de septiembre.\n\nSelección',
        ['response-by 2030-09-19'],
      ],
    ]);
  });
  describe('a job fair named with its article heads its message: its talks and interviews are none (round 322b)', () => {
    check([
      [
        MAD,
        'Asunto: Llega la Feria del Empleo de Ingeniería\n\nHola, Pablo:\n\nEl jueves 19 de septiembre, de 9:00 a 15:00, habrá entrevistas rápidas con 40 empresas en el campus. La charla «Tu primera entrevista» empieza a las 11:00.\n\nBolsa de Empleo',
        [],
      ],
    ]);
  });
  describe('a promise after others’ talks, its own words after “und … dann”, keeps its clause (round 323)', () => {
    check([
      [
        BER,
        'Hallo Jan,\n\ndanke für das nette Gespräch! Wir sprechen heute Nachmittag noch mit einem letzten Bewerber und melden uns dann Ende nächster Woche bei dir.\n\nViele Grüße\nSophie',
        ['response-by 2030-09-20'],
      ],
      [
        BER,
        'Sehr geehrter Herr Adler,\n\nab Montag, 16.9., bin ich wieder im Büro und melde mich dann umgehend bei Ihnen.\n\nMit freundlichen Grüßen\nKatrin Wolf',
        ['response-by 2030-09-16'],
      ],
    ]);
  });
  describe('a list footer under a mail about the reader’s own application, sent by its system (rounds 322c, 323c)', () => {
    check([
      [
        PAR,
        'Objet : Merci pour ton entretien !\n\nSalut Léo,\n\nMerci pour l’échange de ce matin avec Inès. On revient vers toi d’ici le vendredi 20 septembre.\n\nL’équipe Talents\n\nSe désabonner des notifications',
        ['response-by 2030-09-20'],
      ],
      [
        PAR,
        'Salut Jade,\n\nVoici ton rendez-vous :\n\nÉchange visio avec Hugo, CTO\njeudi 19 septembre 2030 à 11 h\n\nTu reçois cet e-mail car tu as postulé sur notre page carrières. Se désabonner',
        ['interview 2030-09-19 11:00'],
      ],
      [
        MAD,
        'Hola, Sara:\n\nTe esperamos el martes 17 de septiembre a las 15:00 para la entrevista con Jorge, jefe de producto.\n\nEnviado a través de Teamtailor · Darse de baja',
        ['interview 2030-09-17 15:00'],
      ],
      [
        BER,
        'Hallo Tim,\n\nwir freuen uns auf das Kennenlerngespräch mit Jana (CTO) am Dienstag, 17.9., um 15 Uhr.\n\nDiese Nachricht wurde über Personio versendet. Benachrichtigungen abbestellen',
        ['interview 2030-09-17 15:00'],
      ],
    ]);
  });
  describe('a dental practice named by its specialty or its name: nothing (round 323b)', () => {
    check([
      [
        MAD,
        'Hola Irene:\n\nTe recordamos tu cita:\n\nTratamiento: Ortodoncia\nFecha: lunes 16 de septiembre de 2030\nHora: 17:40\n\nClínica Dental Arco',
        [],
      ],
      [
        PAR,
        'Bonjour Madame Petit,\n\nRappel de votre rendez-vous :\nPraticien : Dr Lemoine (orthodontie)\nDate : lundi 16 septembre 2030\nHeure : 17 h 40\n\nCabinet dentaire des Lilas',
        [],
      ],
    ]);
  });
  describe('the reader as an employer who would interview an agency’s temps: nothing (round 323c)', () => {
    check([
      [
        PAR,
        'Monsieur le Directeur,\n\nSynergie Lyon a des manutentionnaires disponibles dès le lundi 16 septembre.\n\nJe vous téléphonerai le mardi 17 septembre à 11 h pour vous exposer nos tarifs et, si cela vous convient, planifier des entretiens avec nos intérimaires.\n\nAgence Synergie Lyon',
        [],
      ],
      [
        BER,
        'Sehr geehrter Herr Krämer,\n\nfür Ihr Lager in Kassel stehen ab Montag Staplerfahrer bereit. Ich rufe Sie am Dienstag, 17.9., um 11 Uhr an, um Kennenlerngespräche mit unseren Zeitarbeitskräften zu vereinbaren.\n\nRandstad Kassel',
        [],
      ],
      [
        MAD,
        'Estimada Sra. Rivas:\n\npara su almacén de Getafe tenemos mozos disponibles. La llamaré el martes 17 de septiembre a las 11:00 para organizar entrevistas con nuestros trabajadores temporales.\n\nAdecco Getafe',
        [],
      ],
    ]);
  });
  describe('a reply’s subject line names the message it answers: its day is no alternative slot (round 324b)', () => {
    check([
      [
        MAD,
        'Asunto: RE: Llamada del viernes\n\nHola, Irene:\n\nPerfecto, pasamos la entrevista al martes 17 de septiembre a las 10:30.\n\nSaludos,\nRR. HH.',
        ['interview 2030-09-17 10:30'],
      ],
      [
        PAR,
        'Objet : RE: Entretien lundi\n\nBonjour Paul,\n\nD’accord, nous déplaçons l’entretien au mardi 17 septembre à 10 h 30.\n\nCordialement,\nLes RH',
        ['interview 2030-09-17 10:30'],
      ],
      [
        BER,
        'Betreff: AW: Gespräch am Montag\n\nHallo Herr Roth,\n\ngern verlegen wir das Gespräch auf Dienstag, 17. September, 10:30 Uhr.\n\nViele Grüße\nPersonal',
        ['interview 2030-09-17 10:30'],
      ],
    ]);
  });
  describe('a language certificate’s exam and its results: nothing (round 324)', () => {
    check([
      [
        BER,
        'Sehr geehrter Herr Berg,\n\nIhre mündliche Prüfung zum Goethe-Zertifikat B2 findet am Samstag, 21. September, um 9:30 Uhr statt. Ihr Ergebnis erhalten Sie innerhalb von sechs Wochen.\n\nIhr Prüfungsteam',
        [],
      ],
      [
        MAD,
        'Estimada candidata:\n\nsu prueba oral del DELE C1 será el sábado 21 de septiembre a las 9:30. Recibirá las calificaciones en un plazo de tres meses.\n\nCentro examinador',
        [],
      ],
      [
        PAR,
        'Madame,\n\nvotre épreuve orale du DELF B2 aura lieu le samedi 21 septembre à 9 h 30. Les résultats vous seront communiqués sous six semaines.\n\nLe centre d’examen',
        [],
      ],
    ]);
  });
  describe('a length after the receipt of what the reader sends is undated, whatever deadline stands before (round 324)', () => {
    check([
      [
        BER,
        'Sehr geehrte Frau Roth,\n\nbitte laden Sie Ihre Zeugnisse bis Montag, 16. September, hoch. Die Prüfung dauert etwa eine Woche nach Eingang Ihrer Unterlagen.\n\nScreeningPartner GmbH',
        [],
      ],
    ]);
  });
  describe('an absence through a day, with a request “until then”: contact is welcome the day after (round 324)', () => {
    check([
      [
        BER,
        'Sehr geehrte Frau Brandt,\n\nunser Personalleiter ist bis einschließlich 20. September auf Dienstreise; bitte warten Sie mit Rückfragen bis dahin.\n\nFreundliche Grüße\nPersonalabteilung',
        ['no-contact-before 2030-09-21'],
      ],
    ]);
  });
  describe('a person set apart as the candidate after “con”, “avec”, “mit”: the reader interviews (round 324b)', () => {
    check([
      [
        MAD,
        '¿Puedes cubrirme en la entrevista del martes 17 a las 12:00 con la candidata a cajera? Tengo dentista.\n\nGracias,\nLola',
        [],
      ],
      [
        PAR,
        'Tu peux me remplacer à l’entretien de mardi 17 à 12 h avec le candidat au poste de cariste ? J’ai le dentiste.\n\nMerci,\nLola',
        [],
      ],
      [
        BER,
        'Kannst du mich beim Gespräch am Dienstag, 17.9., um 12 Uhr mit der Bewerberin für die Kasse vertreten? Ich bin beim Zahnarzt.\n\nDanke, Lola',
        [],
      ],
    ]);
  });
  describe('a train ticket, and a sitter’s pick-up of a child: nothing (round 324c)', () => {
    check([
      [
        PAR,
        'Votre e-billet\n\nAller : mardi 17 septembre 2030\nLille Europe 06 h 58 → Paris Nord 08 h 00\nVoiture 3, place 41\n\nBon voyage !',
        [],
      ],
      [
        PAR,
        'Coucou Julie,\n\nOK pour mardi 17 septembre, je récupère Tom à la crèche à 17 h et je le garde jusqu’à ton retour. Bonne chance !\n\nBisous,\nAnne',
        [],
      ],
    ]);
  });
});
