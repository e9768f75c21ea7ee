// Rounds 211–213 (issue 13): the lead's fresh German, Spanish and French whole messages, written BEFORE the engine
// read them, after the helpers' rounds 191–194c and the lead's r44–r49 were fixed: invitations (Sie and du, Austrian,
// Mexican, Québec), promises counted from a meeting, hold-offs, no-calls, outcomes, and mail that must yield nothing
// (a job alert, a holiday closure, a job fair, a payslip, others' interviews). Names, companies and dates are
// invented; answers follow TIMELINE-CONVENTIONS.md. First runs: FIRST_RUN.
import type { PhraseRow } from './phrases.table';

// Tuesday 9 May 2028, 10:20 local.
const DUS = { sentAt: '2028-05-09T10:20:00+02:00', tz: 'Europe/Berlin' } as const;
const LNZ = { sentAt: '2028-05-09T10:20:00+02:00', tz: 'Europe/Vienna' } as const;
const ZRH = { sentAt: '2028-05-09T10:20:00+02:00', tz: 'Europe/Zurich' } as const;
const MEX = { sentAt: '2028-05-09T10:20:00-06:00', tz: 'America/Mexico_City' } as const;
const MAD = { sentAt: '2028-05-09T10:20:00+02:00', tz: 'Europe/Madrid' } as const;
const BUE = { sentAt: '2028-05-09T10:20:00-03:00', tz: 'America/Argentina/Buenos_Aires' } as const;
const BOG = { sentAt: '2028-05-09T10:20:00-05:00', tz: 'America/Bogota' } as const;
const BOD = { sentAt: '2028-05-09T10:20:00+02:00', tz: 'Europe/Paris' } as const;
const MTL = { sentAt: '2028-05-09T10:20:00-04:00', tz: 'America/Toronto' } as const;
const BRU = { sentAt: '2028-05-09T10:20:00+02:00', tz: 'Europe/Brussels' } as const;

/** Round 211: German. */
export const ROUND_211_DE: readonly PhraseRow[] = [
  {
    ...DUS,
    text: 'Sehr geehrte Frau Yilmaz,\n\nvielen Dank für Ihre Bewerbung. Gerne möchten wir Sie zu einem persönlichen Gespräch am Dienstag, den 16. Mai 2028, um 10:30 Uhr in unsere Zentrale in Düsseldorf einladen. Bitte bestätigen Sie uns den Termin kurz per E-Mail.\n\nMit freundlichen Grüßen\nJens Albrecht\nPersonalabteilung\nRheinland Versicherung AG',
    expect: [{ kind: 'interview', by: '2028-05-16', time: '10:30' }],
  },
  {
    ...LNZ,
    text: 'Grüß Gott Herr Pichler,\n\nwie telefonisch besprochen bestätige ich Ihnen das Gespräch am Montag, 22.5., um 14 Uhr bei uns in Linz.\n\nLiebe Grüße\nSandra Reiter\nHR, Donautech GmbH',
    expect: [{ kind: 'interview', by: '2028-05-22', time: '14:00' }],
  },
  {
    ...DUS,
    text: 'Hallo Tim,\n\ndanke nochmal für das nette Gespräch gestern! Wir sprechen diese Woche noch mit zwei weiteren Kandidat:innen und melden uns spätestens Mitte nächster Woche bei dir.\n\nViele Grüße\nAnna\nPeople Team, Spreewerk',
    expect: [{ kind: 'response-by', by: '2028-05-17', fuzzy: true }],
  },
  {
    ...ZRH,
    text: 'Grüezi Frau Keller\n\nBesten Dank für Ihre Geduld. Der Entscheid fällt an der Geschäftsleitungssitzung vom 23. Mai; wir informieren Sie in den darauffolgenden zwei Arbeitstagen.\n\nFreundliche Grüsse\nRoman Frei\nHR-Fachmann, Alpina Treuhand AG',
    expect: [{ kind: 'response-by', by: '2028-05-25' }],
  },
  {
    ...DUS,
    text: 'Vielen Dank für Ihre Nachricht. Ich bin vom 10. bis einschließlich 19. Mai nicht im Büro. Ab dem 22. Mai bin ich wieder für Sie erreichbar.\n\nMit freundlichen Grüßen\nKarin Vogt',
    expect: [{ kind: 'no-contact-before', by: '2028-05-22' }],
  },
  {
    ...DUS,
    text: 'Sehr geehrter Herr Brandt,\n\nIhre Unterlagen sind bei uns eingegangen. Bitte haben Sie Verständnis dafür, dass wir telefonische Anfragen zum Stand Ihrer Bewerbung nicht beantworten können.\n\nIhr Recruiting-Team\nElbe Chemie GmbH',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...LNZ,
    text: 'Sehr geehrte Frau Huber,\n\nleider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen konnten.\n\nWir wünschen Ihnen alles Gute.\n\nMit freundlichen Grüßen\nPersonalabteilung, Alpenmilch eGen',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...DUS,
    text: 'Liebe Frau Schmitt,\n\nwir freuen uns, Ihnen mitteilen zu können, dass wir uns für Sie entschieden haben! Den Vertrag senden wir Ihnen in den nächsten Tagen zu.\n\nHerzliche Grüße\nMarkus Lenz\nGeschäftsführer, Lenz & Partner Steuerberatung',
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2028-05-14', fuzzy: true },
    ],
  },
  {
    ...DUS,
    text: "Ihr StepStone Jobagent: 12 neue Jobs für 'Controller' in München.\n\nController (m/w/d) – Isar Medien GmbH – Bewerbungsfrist: 31.05.2028\nJunior Controller (m/w/d) – Bavaria Bau AG\n\nJobagent verwalten | Abmelden",
    expect: [],
  },
  {
    ...DUS,
    text: 'Zur Info: Am Donnerstag, 25. Mai (Christi Himmelfahrt), ist unser Büro geschlossen. Ab Freitag sind wir wieder wie gewohnt für Sie da.\n\nIhr Team der Kanzlei Wagner',
    expect: [],
  },
  {
    ...ZRH,
    text: 'Grüezi Herr Meier\n\nWir führen die Gespräche mit den übrigen Bewerbenden am 17. und 18. Mai.\n\nFreundliche Grüsse\nHR, Limmat Digital AG',
    expect: [],
  },
];

/** Round 212: Spanish. */
export const ROUND_212_ES: readonly PhraseRow[] = [
  {
    ...MEX,
    text: 'Hola Daniela:\n\nTe confirmamos tu entrevista para el jueves 11 de mayo a las 12:00 hrs. en nuestras oficinas de Polanco. Favor de traer identificación oficial.\n\nSaludos,\nRicardo Ponce\nReclutamiento, Grupo Anáhuac',
    expect: [{ kind: 'interview', by: '2028-05-11', time: '12:00' }],
  },
  {
    ...MAD,
    text: 'Hola Pablo:\n\n¿Te vendría bien una videollamada el lunes 15 a las 16:30 con Laura, nuestra directora de operaciones?\n\nUn saludo,\nInés\nTalento, Brisa Logística',
    expect: [{ kind: 'interview', by: '2028-05-15', time: '16:30' }],
  },
  {
    ...BUE,
    text: 'Hola Juli, ¿cómo va? Te cuento que estamos terminando la ronda de entrevistas; a más tardar el viernes 19 te escribo con novedades.\n\nAbrazo,\nMaru\nRRHH, Pampa Software',
    expect: [{ kind: 'response-by', by: '2028-05-19' }],
  },
  {
    ...BOG,
    text: 'Buenos días, Andrés:\n\nGracias por su tiempo en la entrevista. El comité de selección se reúne el martes 16 de mayo y le daremos respuesta dentro de los tres días hábiles siguientes.\n\nCordialmente,\nGestión Humana\nCafetera del Sur S.A.S.',
    expect: [{ kind: 'response-by', by: '2028-05-19' }],
  },
  {
    ...MAD,
    text: 'Hola Nerea:\n\nGracias por venir ayer. Te diremos algo la semana que viene.\n\nUn abrazo,\nJorge\nSelección, Hostelería Levante',
    expect: [{ kind: 'response-by', by: '2028-05-19' }],
  },
  {
    ...MAD,
    text: 'Hola Carlos:\n\nPor favor, no nos contactes antes del 22 de mayo; hasta esa fecha seguimos entrevistando.\n\nGracias,\nEquipo de Personas, Tajo Energía',
    expect: [{ kind: 'no-contact-before', by: '2028-05-22' }],
  },
  {
    ...MEX,
    text: 'Gracias por postularte a Tiendas del Valle. Te rogamos que no llames a la tienda para preguntar por el proceso; nosotros te contactaremos.\n\nAtracción de Talento',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...BOG,
    text: 'Hola Sofía:\n\nLamentamos informarte que en esta ocasión no has sido seleccionada para continuar en el proceso.\n\nTe deseamos muchos éxitos,\nEquipo de Selección, Andes Fintech',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...MAD,
    text: 'Recuerda que el plazo para inscribirte en la Feria de Empleo de Zaragoza termina el viernes 12 de mayo. ¡Te esperamos!\n\nAragón Empleo · Darse de baja',
    expect: [],
  },
  {
    ...MAD,
    text: 'Tu nómina de abril estará disponible el 30 de mayo en el portal del empleado.\n\nDepartamento de Administración',
    expect: [],
  },
  {
    ...BUE,
    text: 'Hola Tomi, estamos entrevistando a otros candidatos el miércoles y el jueves, así que paciencia.\n\nSaludos,\nCami',
    expect: [],
  },
];

/** Round 213: French. */
export const ROUND_213_FR: readonly PhraseRow[] = [
  {
    ...BOD,
    text: 'Bonjour Camille,\n\nSuite à notre échange téléphonique, je vous confirme votre entretien le mercredi 17 mai à 9h30 dans nos locaux de Bordeaux.\n\nBien à vous,\nSophie Lemaire\nChargée de recrutement, Garonne Énergies',
    expect: [{ kind: 'interview', by: '2028-05-17', time: '09:30' }],
  },
  {
    ...MTL,
    text: "Bonjour Mathieu,\n\nSerais-tu disponible pour une entrevue virtuelle le jeudi 11 mai à 13 h (heure de l'Est)?\n\nMerci!\nJulie\nConseillère RH, Laurentides Tech",
    expect: [{ kind: 'interview', by: '2028-05-11', time: '13:00' }],
  },
  {
    ...BOD,
    text: "Bonjour Léa,\n\nMerci encore pour votre venue. Nous reviendrons vers vous d'ici la fin de la semaine prochaine.\n\nCordialement,\nThomas Girard\nRH, Atelier Mistral",
    expect: [{ kind: 'response-by', by: '2028-05-19' }],
  },
  {
    ...BOD,
    text: 'Bonjour Monsieur Faure,\n\nLe jury se réunira le 22 mai et nous vous donnerons une réponse sous 48 heures après cette réunion.\n\nCordialement,\nService des ressources humaines\nMairie de Talence',
    expect: [{ kind: 'response-by', by: '2028-05-24' }],
  },
  {
    ...BRU,
    text: "Madame Janssens,\n\nNous vous remercions pour l'entretien de ce lundi. Nous vous tiendrons informée au plus tard le vendredi 26 mai.\n\nBien à vous,\nService RH, Meuse Logistique SA",
    expect: [{ kind: 'response-by', by: '2028-05-26' }],
  },
  {
    ...BOD,
    text: "Bonjour Hugo,\n\nMerci de ne pas nous relancer avant le 1er juin : les entretiens se poursuivent jusqu'à fin mai.\n\nBonne journée,\nClara\nTalent Acquisition, Vignobles Duclos",
    expect: [{ kind: 'no-contact-before', by: '2028-06-01' }],
  },
  {
    ...BRU,
    text: 'Madame, Monsieur,\n\nNous avons bien reçu votre candidature. Nous ne sommes malheureusement pas en mesure de répondre aux sollicitations téléphoniques concernant son suivi.\n\nLe service Recrutement',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...BOD,
    text: "Bonjour Madame Roux,\n\nNous sommes au regret de vous informer que votre candidature n'a pas été retenue pour la suite du processus.\n\nCordialement,\nL'équipe RH, Aquitaine Santé",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...BOD,
    text: 'Rappel : le salon Emploi & Alternance se tiendra le jeudi 18 mai de 10h à 17h au Parc des Expositions. Entrée gratuite.\n\nPôle Emploi Nouvelle-Aquitaine · Se désinscrire',
    expect: [],
  },
  {
    ...BRU,
    text: "Nos bureaux seront fermés le jeudi 25 mai à l'occasion de l'Ascension. Réouverture le vendredi 26 mai.\n\nL'accueil",
    expect: [],
  },
  {
    ...MTL,
    text: 'Bonjour Karim,\n\nNous rencontrons encore deux autres candidats mardi prochain, merci de ta patience.\n\nJulie',
    expect: [],
  },
];
