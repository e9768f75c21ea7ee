// Rounds 301–303 (issue 13): fresh German, Spanish and French whole messages, written BEFORE the engine read them,
// from senders and layouts not tried before: Austria (a Personio table flattened from HTML, "Termin | …"), a Swiss
// shop's du-form, SAP SuccessFactors and Workday in Germany, softgarden's "Bewerbungsfrist … dann innerhalb von zwei
// Wochen", a two-day Assessment-Center; Mexico (Computrabajo), Argentina's voseo, Colombia's "Nueva fecha: … Hora: …",
// Chile, InfoJobs, a two-day "pruebas presenciales los días 23 y 24"; Belgium, Québec, Geneva (Welcome to the
// Jungle), Senegal, Morocco, Teamtailor, "une semaine plus tard" after the interview's day, "du 25 au 26 avril".
// Negatives use a job's words on purpose: job alerts, newsletters and fairs, a colleague's interview, a landlord, a
// doctor, a plumber. Names, companies and dates are invented; answers follow TIMELINE-CONVENTIONS.md. First runs:
// FIRST_RUN.
import type { PhraseRow } from './phrases.table';

// Wednesday 10 April 2030, 10:20 local.
const BER = { sentAt: '2030-04-10T10:20:00+02:00', tz: 'Europe/Berlin' } as const;
const VIE = { sentAt: '2030-04-10T10:20:00+02:00', tz: 'Europe/Vienna' } as const;
const ZRH = { sentAt: '2030-04-10T10:20:00+02:00', tz: 'Europe/Zurich' } as const;
const MAD = { sentAt: '2030-04-10T10:20:00+02:00', tz: 'Europe/Madrid' } as const;
const MEX = { sentAt: '2030-04-10T10:20:00-06:00', tz: 'America/Mexico_City' } as const;
const BUE = { sentAt: '2030-04-10T10:20:00-03:00', tz: 'America/Argentina/Buenos_Aires' } as const;
const BOG = { sentAt: '2030-04-10T10:20:00-05:00', tz: 'America/Bogota' } as const;
const SCL = { sentAt: '2030-04-10T10:20:00-04:00', tz: 'America/Santiago' } as const;
const BRU = { sentAt: '2030-04-10T10:20:00+02:00', tz: 'Europe/Brussels' } as const;
const YUL = { sentAt: '2030-04-10T10:20:00-04:00', tz: 'America/Toronto' } as const;
const GVA = { sentAt: '2030-04-10T10:20:00+02:00', tz: 'Europe/Zurich' } as const;
const DKR = { sentAt: '2030-04-10T10:20:00+00:00', tz: 'Africa/Dakar' } as const;
const CMN = { sentAt: '2030-04-10T10:20:00+01:00', tz: 'Africa/Casablanca' } as const;
const PAR = { sentAt: '2030-04-10T10:20:00+02:00', tz: 'Europe/Paris' } as const;

/** Round 301: German. */
export const ROUND_301_DE: readonly PhraseRow[] = [
  {
    ...VIE,
    text: 'Einladung zum Kennenlernen\n\nSehr geehrte Frau Mag. Huber,\n\nvielen Dank für Ihre Bewerbung als Lohnverrechnerin. Gerne möchten wir Sie persönlich kennenlernen.\n\nTermin | Dienstag, 16. April 2030\nUhrzeit | 09:30 Uhr\nOrt | Mariahilfer Straße 88, 1070 Wien, 3. Stock\nAnsprechperson | Mag. Stefan Pichler\n\nFreundliche Grüße\nIhr HR-Team\nAlpenblick Immobilien GmbH\n\nGesendet mit Personio',
    expect: [{ kind: 'interview', by: '2030-04-16', time: '09:30' }],
  },
  {
    ...ZRH,
    text: 'Grüezi Herr Gerber\n\nBesten Dank für Ihre Bewerbung als Informatiker Applikationsentwicklung. Ihr Dossier befindet sich aktuell in Prüfung bei der Fachabteilung. Sie erhalten von uns bis spätestens Ende April einen Bescheid.\n\nFreundliche Grüsse\nTalent Acquisition\nHelvetia Rail Systems AG\n\nDiese Nachricht wurde über SAP SuccessFactors versendet.',
    expect: [{ kind: 'response-by', by: '2030-04-30' }],
  },
  {
    ...BER,
    text: 'Hallo Svenja,\n\nschön, dass du dich bei uns als Mediengestalterin beworben hast! Wir sammeln noch alle Bewerbungen bis zum Ende der Bewerbungsfrist am 19. April und melden uns dann innerhalb von zwei Wochen bei dir.\n\nBis bald\nDein Team von Pixelhafen\n\nÜbermittelt via softgarden',
    expect: [{ kind: 'response-by', by: '2030-05-03' }],
  },
  {
    ...BER,
    text: 'Sehr geehrter Herr Yılmaz,\n\nwir freuen uns, Sie zu unserem Assessment-Center für das Traineeprogramm Einkauf einzuladen. Es findet am 24. und 25. April 2030 in unserer Zentrale in Wolfsburg statt, Beginn ist jeweils um 8:30 Uhr.\n\nBitte bestätigen Sie Ihre Teilnahme bis Freitag.\n\nMit freundlichen Grüßen\nRecruiting Services\nMittelland Motoren AG\n\nPowered by Workday',
    expect: [{ kind: 'interview', by: '2030-04-24', time: '08:30' }],
  },
  {
    ...BER,
    text: 'Sehr geehrte Frau Krüger,\n\nvielen Dank für Ihr Interesse an unserem Unternehmen und die Zeit, die Sie in Ihre Bewerbung investiert haben. Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können.\n\nWir wünschen Ihnen für Ihre Zukunft viel Erfolg.\n\nMit freundlichen Grüßen\nPersonalabteilung\nRheinufer Logistik GmbH\n\nGesendet mit Personio',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...VIE,
    text: 'Sehr geehrter Herr Dipl.-Ing. Auer,\n\nwir bestätigen den Eingang Ihrer Bewerbung. Unsere Personalabteilung ist über die Osterfeiertage geschlossen; bitte sehen Sie bis zu unserer Rückkehr am Montag, 22. April, von Nachfragen ab.\n\nMit freundlichen Grüßen\nPersonalbüro\nStadtwerke Steyrtal',
    expect: [{ kind: 'no-contact-before', by: '2030-04-22' }],
  },
  {
    ...ZRH,
    text: 'Hoi Luca\n\nMega, dass du dich für den Job im Veloladen interessierst! Wir würden dich gern kennenlernen – passt dir Donnerstag, 18. April, um 17 Uhr bei uns im Laden?\n\nEn Gruess\nReto\nVelowerk Wiedikon',
    expect: [{ kind: 'interview', by: '2030-04-18', time: '17:00' }],
  },
  {
    ...BER,
    text: 'Sehr geehrter Herr Nowak,\n\nwir freuen uns, Ihnen mitteilen zu können, dass wir Sie gerne als Elektroniker für Betriebstechnik einstellen möchten. Die Vertragsunterlagen schicken wir Ihnen bis Mittwoch kommender Woche zu.\n\nMit freundlichen Grüßen\nPersonalwesen\nHarzer Kunststofftechnik GmbH',
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2030-04-17' },
    ],
  },
  {
    ...BER,
    text: 'Sehr geehrte Bewerberin, sehr geehrter Bewerber,\n\nvielen Dank für Ihre Bewerbung. Aufgrund der hohen Anzahl an Bewerbungen können wir leider keine telefonischen Auskünfte zum Bewerbungsstand erteilen. Sie erhalten eine Nachricht, sobald die Auswahl abgeschlossen ist.\n\nMit freundlichen Grüßen\nLandratsamt Oberallgäu – Sachgebiet Personal',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...VIE,
    text: 'Indeed Job-Alert: 5 neue Jobs für „Buchhalter“ in Graz\n\nBilanzbuchhalter (m/w/d) – Murtal Treuhand – Graz – Bewerben bis 30.04.2030\nFinanzbuchhalter (m/w/d) – Steirerholz AG – Graz-Puntigam – Neu\n\nAlle Jobs ansehen · Job-Alert abbestellen',
    expect: [],
  },
  {
    ...BER,
    text: 'Hi Tobias,\n\nkannst du am Dienstag, 16. April, um 10 Uhr beim Vorstellungsgespräch mit der Kandidatin für die Buchhaltung dabei sein? Ich schicke dir ihren Lebenslauf vorab.\n\nDanke dir!\nMelanie\nTeamleitung Finanzen',
    expect: [],
  },
  {
    ...BER,
    text: 'Sehr geehrter Herr Ranft,\n\ndie Wohnungsübergabe für die Wohnung in der Lindenstraße 12, 2. OG links, findet am Freitag, 26. April, um 15 Uhr statt. Bitte bringen Sie alle Schlüssel mit.\n\nMit freundlichen Grüßen\nHausverwaltung Beckmann & Söhne',
    expect: [],
  },
  {
    ...BER,
    text: 'Terminbestätigung\n\nIhr Termin bei Dr. med. Sommer (Allgemeinmedizin): Montag, 15.04.2030, 08:15 Uhr.\nBitte bringen Sie Ihre Versichertenkarte mit.\n\nPraxis Dr. Sommer – gebucht über Doctolib',
    expect: [],
  },
];

/** Round 302: Spanish. */
export const ROUND_302_ES: readonly PhraseRow[] = [
  {
    ...MEX,
    text: 'Hola Ximena:\n\nTe invitamos a una entrevista presencial para la vacante de Auxiliar Contable el próximo martes 16 de abril a las 11:00 hrs en nuestras oficinas de Polanco (Homero 1425, piso 4). No olvides traer identificación oficial.\n\nSaludos,\nReclutamiento y Selección\nGrupo Nopal Alimentos S.A. de C.V.\n\nPostulación recibida vía Computrabajo México',
    expect: [{ kind: 'interview', by: '2030-04-16', time: '11:00' }],
  },
  {
    ...BUE,
    text: 'Hola Tomás:\n\n¡Gracias por postularte como Diseñador UX en Yerba Digital! Vamos a revisar los perfiles durante esta semana y la que viene. Quedate tranquilo: te escribimos antes del viernes 26 con una respuesta, sea cual sea.\n\nAbrazo,\nFlor\nPeople, Yerba Digital',
    expect: [{ kind: 'response-by', by: '2030-04-25' }],
  },
  {
    ...BOG,
    text: 'Estimado señor Restrepo:\n\nLe informamos que su entrevista con la Gerente de Operaciones ha sido reprogramada.\n\nNueva fecha: jueves 18 de abril de 2030\nHora: 3:00 p. m.\nLugar: Torre Andina, Calle 72 # 10-34, piso 12, Bogotá\n\nCordialmente,\nGestión Humana\nTransportes Cordillera S.A.S.',
    expect: [{ kind: 'interview', by: '2030-04-18', time: '15:00' }],
  },
  {
    ...SCL,
    text: 'Hola Catalina:\n\nMuchas gracias por participar en nuestro proceso para el cargo de Ingeniera de Procesos. Lamentamos informarte que en esta oportunidad no seguirás avanzando en el proceso de selección. Guardaremos tus antecedentes para futuras búsquedas.\n\nSaludos cordiales,\nGerencia de Personas\nSalmones del Sur S.A.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...MAD,
    text: 'Hola Álvaro:\n\nTu candidatura para Técnico de Mantenimiento ha pasado a la fase de entrevistas. Te llamaremos en los próximos cinco días hábiles para concertar una cita.\n\nUn saludo,\nEquipo de Selección\nIndustrias Guadalquivir S.L.\n\nEste mensaje se ha enviado a través de InfoJobs',
    expect: [{ kind: 'response-by', by: '2030-04-17' }],
  },
  {
    ...MAD,
    text: 'Estimado candidato:\n\nHemos recibido su solicitud para el puesto de dependiente. Le rogamos que no llame a la tienda para preguntar por el estado de su candidatura; el personal de tienda no participa en la selección.\n\nAtentamente,\nDepartamento de Personas\nZapaterías Levante',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...MAD,
    text: 'Hola Nerea:\n\nEnhorabuena, has superado la primera fase del proceso para Controlador/a Aéreo/a en prácticas. Te convocamos a las pruebas presenciales, que tendrán lugar los días 23 y 24 de abril en nuestro centro de formación de Barajas. El primer día deberás presentarte a las 9:30.\n\nUn saludo,\nSelección, Aeronavegación Ibérica',
    expect: [{ kind: 'interview', by: '2030-04-23', time: '09:30' }],
  },
  {
    ...MEX,
    text: '¡Felicidades, Diego!\n\nNos da mucho gusto ofrecerte el puesto de Ingeniero de Calidad en nuestra planta de Querétaro. En el transcurso de la próxima semana te haremos llegar la carta oferta con todos los detalles.\n\nSaludos,\nAtracción de Talento\nAutopartes del Bajío',
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2030-04-19' },
    ],
  },
  {
    ...BOG,
    text: 'Hola Valeria:\n\nGracias por tu interés en la vacante de Analista de Datos. Por favor no nos contactes antes del lunes 22 de abril: ese día cerramos la convocatoria y empezamos a revisar las hojas de vida.\n\nSaludos,\nTalento Humano, Café Quindío S.A.S.',
    expect: [{ kind: 'no-contact-before', by: '2030-04-22' }],
  },
  {
    ...SCL,
    text: 'Estimado Sr. Fuentes:\n\nLa entrevista final será el lunes 15 de abril con el Director de Finanzas. Le comunicaremos la decisión dentro de los tres días hábiles posteriores.\n\nAtentamente,\nSubgerencia de Personas\nMinera Atacama Norte',
    expect: [
      { kind: 'interview', by: '2030-04-15' },
      { kind: 'response-by', by: '2030-04-18' },
    ],
  },
  {
    ...MAD,
    text: 'Boletín Indeed\n\n10 consejos para preparar tu próxima entrevista de trabajo\n\nAdemás: webinar gratuito «Cómo negociar tu salario» el jueves 25 de abril a las 18:00. ¡Apúntate!\n\nDarte de baja de este boletín',
    expect: [],
  },
  {
    ...BOG,
    text: 'Hola equipo:\n\nMañana a las 10:00 entrevisto a dos candidatos para la vacante de contador, así que no estaré disponible en la mañana. Cualquier urgencia, escríbanle a Jorge.\n\nSaludos,\nPaula',
    expect: [],
  },
  {
    ...MAD,
    text: 'Clínica Dental Sonrisa\n\nLe recordamos su cita con la Dra. Fuentes el lunes 15 de abril a las 17:30. Si no puede acudir, llámenos al 961 234 567.\n\nUn saludo',
    expect: [],
  },
  {
    ...BUE,
    text: 'Hola Martín, te aviso que el plomero pasa el jueves 11 a las 9 para revisar la pérdida del baño. Si no vas a estar, dejale la llave al encargado.\n\nSaludos,\nGraciela (la dueña)',
    expect: [],
  },
];

/** Round 303: French. */
export const ROUND_303_FR: readonly PhraseRow[] = [
  {
    ...BRU,
    text: 'Madame,\n\nSuite à votre candidature pour la fonction d’assistante administrative, nous avons le plaisir de vous inviter à un entretien de sélection le mardi 23 avril 2030 à 9h30 dans nos bureaux de Namur (rue de Fer 27).\n\nNous vous prions d’agréer, Madame, nos salutations distinguées.\n\nService du Personnel\nMutualité Mosane',
    expect: [{ kind: 'interview', by: '2030-04-23', time: '09:30' }],
  },
  {
    ...YUL,
    text: 'Salut Gabriel!\n\nMerci pour ta candidature au poste de développeur front-end. On regarde les dossiers cette semaine avec l’équipe et on te revient d’ici la fin de la semaine prochaine.\n\nBonne journée!\nAudrey\nAcquisition de talents, Érable Numérique inc.',
    expect: [{ kind: 'response-by', by: '2030-04-19' }],
  },
  {
    ...GVA,
    text: 'Bonjour Madame Favre,\n\nMerci pour votre candidature au poste de cheffe de projet événementiel, reçue via Welcome to the Jungle. Merci de ne pas nous relancer avant le 24 avril, date de clôture de l’annonce.\n\nMeilleures salutations,\nL’équipe RH\nLac & Cie Événements SA',
    expect: [{ kind: 'no-contact-before', by: '2030-04-24' }],
  },
  {
    ...DKR,
    text: 'Monsieur Faye,\n\nNous vous informons que votre entretien pour le poste de technicien réseau, initialement fixé au lundi 15 avril, est reporté au jeudi 18 avril à 10 heures, au siège de la société, route des Almadies.\n\nCordialement,\nDirection des Ressources Humaines\nSahel Télécom SA',
    expect: [{ kind: 'interview', by: '2030-04-18', time: '10:00' }],
  },
  {
    ...CMN,
    text: 'Monsieur Benjelloun,\n\nNous avons le plaisir de vous annoncer que votre candidature a été retenue pour le poste de chargé de clientèle entreprises. Vous recevrez votre contrat dans un délai de huit jours.\n\nCordialement,\nDirection du Capital Humain\nBanque Atlas Maroc',
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2030-04-18' },
    ],
  },
  {
    ...PAR,
    text: 'Hello Inès,\n\nMerci pour ta candidature chez Capucine ! Le process est simple : un premier échange téléphonique avec Léa, puis un entretien avec l’équipe. Léa t’appellera lundi pour caler ce premier échange.\n\nÀ très vite,\nL’équipe Capucine\n\nEnvoyé avec Teamtailor',
    expect: [{ kind: 'response-by', by: '2030-04-15' }],
  },
  {
    ...PAR,
    text: 'Bonjour Monsieur Lemaire,\n\nVotre entretien pour le poste de responsable logistique aura lieu le lundi 15 avril à 14h, sur notre site de Roissy. Vous recevrez une réponse une semaine plus tard.\n\nCordialement,\nLes Ressources Humaines\nTransports Ardent',
    expect: [
      { kind: 'interview', by: '2030-04-15', time: '14:00' },
      { kind: 'response-by', by: '2030-04-22' },
    ],
  },
  {
    ...BRU,
    text: 'Monsieur,\n\nNous vous remercions de l’intérêt que vous portez à notre entreprise. Nous sommes au regret de vous faire savoir que nous avons choisi un autre profil pour ce poste.\n\nNous vous souhaitons plein succès dans vos recherches.\n\nLe service RH\nBrasserie des Ardennes SRL',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...YUL,
    text: 'Bonjour,\n\nNous avons bien reçu votre candidature. Merci de ne pas communiquer avec nous par téléphone : seules les personnes retenues pour une entrevue seront contactées.\n\nService des ressources humaines\nCoopérative agricole Beauce-Etchemin',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...PAR,
    text: 'Monsieur Traoré,\n\nVous êtes convoqué aux épreuves d’admission du recrutement des contrôleurs des douanes, qui se dérouleront du 25 au 26 avril 2030 à Tourcoing. Début des épreuves le premier jour à 8 h.\n\nLe bureau du recrutement\nDirection générale des douanes',
    expect: [{ kind: 'interview', by: '2030-04-25', time: '08:00' }],
  },
  {
    ...PAR,
    text: 'Welcome to the Jungle – La newsletter\n\nLes entreprises qui recrutent cette semaine, nos conseils pour réussir votre entretien, et notre salon de l’emploi le jeudi 18 avril à Lyon, de 10h à 17h.\n\nSe désinscrire',
    expect: [],
  },
  {
    ...PAR,
    text: 'Salut Marc,\n\nPeux-tu me remplacer pour l’entretien du candidat de 14h demain ? Je suis malade. Son CV est dans le dossier partagé.\n\nMerci !\nJulie',
    expect: [],
  },
  {
    ...PAR,
    text: 'Votre rendez-vous avec le Dr Benali (médecin généraliste) est confirmé le lundi 15 avril à 11h20.\n\nPour annuler ou déplacer votre rendez-vous, rendez-vous sur Doctolib.',
    expect: [],
  },
  {
    ...BRU,
    text: 'Bonjour Monsieur,\n\nL’état des lieux de sortie de votre appartement aura lieu le samedi 27 avril à 10h. Merci de prévoir la remise de toutes les clés.\n\nCordialement,\nAgence Immobilière du Parc',
    expect: [],
  },
];
