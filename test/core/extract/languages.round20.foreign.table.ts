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

// Rounds 304–304c (same file), written after rounds 301–303's fixes. Thursday 5 September 2030, 09:40 local.
const BER2 = { sentAt: '2030-09-05T09:40:00+02:00', tz: 'Europe/Berlin' } as const;
const VIE2 = { sentAt: '2030-09-05T09:40:00+02:00', tz: 'Europe/Vienna' } as const;
const ZRH2 = { sentAt: '2030-09-05T09:40:00+02:00', tz: 'Europe/Zurich' } as const;
const MAD2 = { sentAt: '2030-09-05T09:40:00+02:00', tz: 'Europe/Madrid' } as const;
const LIM2 = { sentAt: '2030-09-05T09:40:00-05:00', tz: 'America/Lima' } as const;
const BUE2 = { sentAt: '2030-09-05T09:40:00-03:00', tz: 'America/Argentina/Buenos_Aires' } as const;
const MEX2 = { sentAt: '2030-09-05T09:40:00-06:00', tz: 'America/Mexico_City' } as const;
const SCL2 = { sentAt: '2030-09-05T09:40:00-04:00', tz: 'America/Santiago' } as const;
const BOG2 = { sentAt: '2030-09-05T09:40:00-05:00', tz: 'America/Bogota' } as const;
const YUL2 = { sentAt: '2030-09-05T09:40:00-04:00', tz: 'America/Toronto' } as const;
const PAR2 = { sentAt: '2030-09-05T09:40:00+02:00', tz: 'Europe/Paris' } as const;
const BRU2 = { sentAt: '2030-09-05T09:40:00+02:00', tz: 'Europe/Brussels' } as const;
const TUN2 = { sentAt: '2030-09-05T09:40:00+01:00', tz: 'Africa/Tunis' } as const;
const ABJ2 = { sentAt: '2030-09-05T09:40:00+00:00', tz: 'Africa/Abidjan' } as const;
const GVA2 = { sentAt: '2030-09-05T09:40:00+02:00', tz: 'Europe/Zurich' } as const;
const CMN2 = { sentAt: '2030-09-05T09:40:00+01:00', tz: 'Africa/Casablanca' } as const;

/** Round 304: German. */
export const ROUND_304_DE: readonly PhraseRow[] = [
  {
    ...BER2,
    text: 'Ihr Vorstellungsgespräch – Junior Data Analyst (m/w/d)\n\nHallo Frau Schulte,\n\nhier die Details zu Ihrem Gespräch:\n\nWann: Mittwoch, 18.09.2030, 13:00–14:00 Uhr\nWo: Microsoft Teams (Link folgt)\nMit: Dr. Jana Voss, Head of Analytics\n\nViele Grüße\nTalent Acquisition\nNordlicht Energie AG\n\nDiese Nachricht wurde über SAP SuccessFactors versendet.',
    expect: [{ kind: 'interview', by: '2030-09-18', time: '13:00' }],
  },
  {
    ...VIE2,
    text: 'Hey Jakob,\n\ndanke für deine Bewerbung als Barista bei Kaffeeküche Wieden! Wir melden uns bis spätestens Mitte nächster Woche bei dir.\n\nLiebe Grüße\nVroni',
    expect: [{ kind: 'response-by', by: '2030-09-11', fuzzy: true }],
  },
  {
    ...ZRH2,
    text: 'Guten Tag Herr Zbinden\n\nGerne laden wir Sie zu einem zweiten Gespräch mit unserer Geschäftsleitung ein. Können Sie am Montag, 16. September, um 14.30 Uhr bei uns in Bern vorbeikommen?\n\nFreundliche Grüsse\nPersonaldienst\nAare Versicherungen Genossenschaft',
    expect: [{ kind: 'interview', by: '2030-09-16', time: '14:30' }],
  },
  {
    ...BER2,
    text: 'Sehr geehrte Frau Dr. Lange,\n\nvielen Dank für Ihren Besuch bei uns. Unsere Auswahlkommission tagt am 12. September. Mit einer Entscheidung dürfen Sie rund zehn Tage danach rechnen.\n\nMit freundlichen Grüßen\nPersonalreferat\nLandesamt für Umwelt und Geologie',
    expect: [{ kind: 'response-by', by: '2030-09-22', fuzzy: true }],
  },
  {
    ...BER2,
    text: 'Sehr geehrter Herr Albrecht,\n\nherzlichen Dank für Ihr Interesse an der Position Key Account Manager. Wir haben uns nach reiflicher Überlegung für eine andere Bewerberin entschieden.\n\nWir wünschen Ihnen alles Gute.\n\nMit freundlichen Grüßen\nHR Team\nFeldmark Agrartechnik GmbH\n\nPowered by Workday',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...BER2,
    text: 'Sehr geehrte Bewerberinnen und Bewerber,\n\nvielen Dank für Ihre Bewerbung. Bitte sehen Sie von Nachfragen ab, bis die Bewerbungsfrist am 20. September abgelaufen ist. Danach sichten wir alle Unterlagen.\n\nMit freundlichen Grüßen\nGemeindeverwaltung Lindental – Hauptamt',
    expect: [{ kind: 'no-contact-before', by: '2030-09-21', fuzzy: true }],
  },
  {
    ...BER2,
    text: 'Hi Leonie,\n\nwir würden dich sehr gern in unserem Team begrüßen! 🎉 Den Vertrag schicken wir dir am Montag per DocuSign.\n\nBeste Grüße\nTim\nPeople Lead, Fahrradkurier Hansa GmbH\n\nGesendet mit Personio',
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2030-09-09' },
    ],
  },
  {
    ...BER2,
    text: 'Sehr geehrter Bewerber,\n\nbitte haben Sie Verständnis, dass wir telefonische Anfragen zum Stand Ihrer Bewerbung nicht beantworten können. Sie erhalten von uns in jedem Fall eine schriftliche Nachricht.\n\nMit freundlichen Grüßen\nKlinikum Weserbergland – Personalabteilung',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...BER2,
    text: 'Sehr geehrte Mieterinnen und Mieter,\n\nder Schornsteinfeger kommt am Dienstag, 10. September, zwischen 8 und 12 Uhr zur jährlichen Messung. Bitte ermöglichen Sie den Zugang zu Ihrer Wohnung.\n\nIhre Hausverwaltung Krämer',
    expect: [],
  },
  {
    ...BER2,
    text: 'XING Insider-Newsletter\n\nDie 5 häufigsten Fehler im Vorstellungsgespräch – und wie Sie sie vermeiden.\n\nLive-Event: „Gehalt verhandeln“ am 19.09. um 18 Uhr. Jetzt kostenlos anmelden!\n\nNewsletter abbestellen',
    expect: [],
  },
  {
    ...BER2,
    text: 'Hallo Jan,\n\ndie Kandidatin für das Controlling kommt morgen um 9 Uhr zu uns. Kannst du sie am Empfang abholen und in Raum 3.12 bringen?\n\nDanke!\nKatrin',
    expect: [],
  },
  {
    ...BER2,
    text: 'Erinnerung an Ihren Termin\n\nZahnarztpraxis Dr. Kaya\nDonnerstag, 12.09.2030, 16:20 Uhr – Kontrolluntersuchung\n\nBitte sagen Sie Termine mindestens 24 Stunden vorher ab.',
    expect: [],
  },
];

/** Round 304b: Spanish. */
export const ROUND_304B_ES: readonly PhraseRow[] = [
  {
    ...LIM2,
    text: 'Hola Rosa:\n\nTe confirmamos tu entrevista virtual por Google Meet para el lunes 9 de septiembre a las 4:00 p. m. Te llegará el enlace un día antes.\n\nSaludos,\nSelección de Personal\nInca Retail S.A.C.\n\nPostulación vía Bumeran Perú',
    expect: [{ kind: 'interview', by: '2030-09-09', time: '16:00' }],
  },
  {
    ...MAD2,
    text: 'Estimada Sra. Pons:\n\nGracias por asistir a la segunda entrevista. Le informaremos de la decisión final antes de que finalice el mes.\n\nAtentamente,\nDirección de Personas\nCerámicas del Mediterráneo S.A.',
    expect: [{ kind: 'response-by', by: '2030-09-30' }],
  },
  {
    ...BUE2,
    text: 'Hola Mica:\n\n¡Nos encantó tu perfil! Mañana a la tarde te llama Lucas, de nuestro equipo de Talento, para coordinar la entrevista con el equipo.\n\nAbrazo,\nJuli\nMate & Code',
    expect: [{ kind: 'response-by', by: '2030-09-06' }],
  },
  {
    ...MEX2,
    text: 'Hola Andrés:\n\nGracias por tu postulación. Te pedimos no llamar ni escribir antes del lunes 16 de septiembre, ya que todo el equipo de Reclutamiento está en la feria de empleo de Monterrey.\n\nSaludos,\nReclutamiento, Cervecería del Norte',
    expect: [{ kind: 'no-contact-before', by: '2030-09-16' }],
  },
  {
    ...SCL2,
    text: 'Hola Benjamín:\n\nTu entrevista con la gerencia será el miércoles 11 de septiembre. Te daremos una respuesta a más tardar cinco días hábiles después de esa entrevista.\n\nSaludos,\nGerencia de Personas\nFrutícola Valle Central',
    expect: [
      { kind: 'interview', by: '2030-09-11' },
      { kind: 'response-by', by: '2030-09-18' },
    ],
  },
  {
    ...BOG2,
    text: 'Estimado Sr. Cárdenas:\n\nPor un imprevisto de agenda, debemos mover su entrevista del martes 10 al jueves 12 de septiembre, a la misma hora (10:00 a. m.).\n\nCordialmente,\nGestión Humana\nLogística del Caribe S.A.S.',
    expect: [{ kind: 'interview', by: '2030-09-12', time: '10:00' }],
  },
  {
    ...MAD2,
    text: '¡Enhorabuena, Marta!\n\nQueremos que formes parte del equipo como Community Manager. Esta semana te enviamos la propuesta por escrito para que la revises con calma.\n\nUn abrazo,\nIrene\nPeople, Sardina Studio',
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2030-09-06' },
    ],
  },
  {
    ...MEX2,
    text: 'Estimado candidato:\n\nLamentamos comunicarle que su perfil no ha sido seleccionado para continuar en el proceso de Ejecutivo de Ventas. Agradecemos su interés.\n\nComputrabajo · Mensaje enviado en nombre de Seguros Anáhuac',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...MAD2,
    text: 'InfoJobs · Nuevas ofertas de Camarero/a en Málaga\n\nCamarero/a de sala – Chiringuito El Palo – Incorporación inmediata – Entrevistas el lunes 9 de septiembre\nAyudante de cocina – Hotel Costa Azul – Jornada completa\n\nVer ofertas · Gestionar alertas',
    expect: [],
  },
  {
    ...BOG2,
    text: 'Hola Camilo:\n\n¿Te sumas a la entrevista del jueves a las 11:00 con Laura Gómez, la candidata para Finanzas? Necesito a alguien del área técnica.\n\nGracias,\nNatalia',
    expect: [],
  },
  {
    ...MAD2,
    text: 'Servicio de Salud\n\nSu cita en el Centro de Salud Las Palmeras: martes 10/09/2030, 9:15 h, consulta 12 (enfermería).\n\nPara anular la cita, utilice la app de Cita Previa.',
    expect: [],
  },
  {
    ...MAD2,
    text: 'Hola Sofía:\n\nEl martes 10 a las 18:00 pasa el técnico del gas para la revisión. ¿Puedes estar en casa?\n\nSaludos,\nAna (propietaria)',
    expect: [],
  },
];

/** Round 304c: French. */
export const ROUND_304C_FR: readonly PhraseRow[] = [
  {
    ...YUL2,
    text: 'Bonjour Madame Tremblay,\n\nNous avons bien reçu votre candidature pour le poste de technicienne comptable. Nous aimerions vous rencontrer en entrevue le mardi 17 septembre à 13 h 30, à nos bureaux de Laval.\n\nMerci de confirmer votre présence.\n\nAcquisition de talents\nGroupe Boréal inc.',
    expect: [{ kind: 'interview', by: '2030-09-17', time: '13:30' }],
  },
  {
    ...PAR2,
    text: 'Hello Manon,\n\nMerci pour ta candidature au poste de cheffe de projet CRM chez Kombucha & Co, reçue via Welcome to the Jungle. On revient vers toi d’ici mercredi prochain au plus tard.\n\nÀ très vite,\nPauline',
    expect: [{ kind: 'response-by', by: '2030-09-11' }],
  },
  {
    ...BRU2,
    text: 'Madame,\n\nLe jury se réunira le lundi 16 septembre ; les résultats vous seront communiqués dans les dix jours ouvrables qui suivent.\n\nVeuillez agréer, Madame, nos salutations distinguées.\n\nSelor – Service des recrutements\nCommune d’Ixelles',
    expect: [{ kind: 'response-by', by: '2030-09-30' }],
  },
  {
    ...ABJ2,
    text: 'Monsieur Yao,\n\nNous avons le plaisir de vous informer que vous avez été retenu pour le poste de comptable. Merci de nous faire parvenir votre accord avant le 13 septembre.\n\nCordialement,\nDirection des Ressources Humaines\nLagune Bâtiment SA',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...GVA2,
    text: 'Madame,\n\nNous accusons réception de votre dossier. Nous vous prions de bien vouloir renoncer à tout appel téléphonique concernant l’avancement de votre candidature.\n\nMeilleures salutations,\nService du personnel\nHôpital de la Riviera',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...PAR2,
    text: 'Bonjour Monsieur Petit,\n\nVotre candidature a retenu notre attention. Notre responsable d’agence, M. Garnier, vous contactera par téléphone demain dans la matinée.\n\nCordialement,\nL’équipe recrutement\nBoulangeries Fournil d’Or',
    expect: [{ kind: 'response-by', by: '2030-09-06' }],
  },
  {
    ...CMN2,
    text: 'Madame Tazi,\n\nMerci pour votre candidature. Nous vous remercions de ne pas nous relancer avant la fin du mois de septembre : les entretiens n’ont pas encore commencé.\n\nCordialement,\nRessources Humaines\nOcéan Textile Maroc',
    expect: [{ kind: 'no-contact-before', by: '2030-09-30', fuzzy: true }],
  },
  {
    ...PAR2,
    text: 'Bonjour Madame Lefort,\n\nNous vous remercions pour le temps consacré à notre processus. Malheureusement, nous ne pouvons pas donner une suite favorable à votre candidature.\n\nBonne continuation,\nL’équipe Talents\nÉditions du Canal',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...TUN2,
    text: 'Monsieur Ben Salah,\n\nSuite à un empêchement, votre entretien du lundi 9 septembre est annulé. Nous reviendrons vers vous pour fixer une nouvelle date.\n\nCordialement,\nRessources Humaines\nMédina Software',
    expect: [],
  },
  {
    ...PAR2,
    text: 'Les Echos Start – La lettre emploi\n\nWebinar « Préparer son entretien d’embauche » le jeudi 12 septembre à 12h30, avec une coach carrière. Inscription gratuite.\n\nSe désabonner',
    expect: [],
  },
  {
    ...PAR2,
    text: 'Salut Nico,\n\nTu peux faire passer l’entretien de Mme Dubois lundi à 9h à ma place ? Je serai en formation toute la journée.\n\nMerci,\nClaire',
    expect: [],
  },
  {
    ...PAR2,
    text: 'Bonjour,\n\nVotre véhicule est attendu au garage le mardi 10 septembre à 8h pour la révision des 60 000 km.\n\nGarage du Centre – Peugeot',
    expect: [],
  },
];

// Rounds 305–305c (same file), written after rounds 304–304c's fixes. Tuesday 14 January 2031, 11:05 local.
const BER3 = { sentAt: '2031-01-14T11:05:00+01:00', tz: 'Europe/Berlin' } as const;
const VIE3 = { sentAt: '2031-01-14T11:05:00+01:00', tz: 'Europe/Vienna' } as const;
const ZRH3 = { sentAt: '2031-01-14T11:05:00+01:00', tz: 'Europe/Zurich' } as const;
const MAD3 = { sentAt: '2031-01-14T11:05:00+01:00', tz: 'Europe/Madrid' } as const;
const MVD3 = { sentAt: '2031-01-14T11:05:00-03:00', tz: 'America/Montevideo' } as const;
const ASU3 = { sentAt: '2031-01-14T11:05:00-03:00', tz: 'America/Asuncion' } as const;
const LPB3 = { sentAt: '2031-01-14T11:05:00-04:00', tz: 'America/La_Paz' } as const;
const PTY3 = { sentAt: '2031-01-14T11:05:00-05:00', tz: 'America/Panama' } as const;
const CCS3 = { sentAt: '2031-01-14T11:05:00-04:00', tz: 'America/Caracas' } as const;
const SCL3 = { sentAt: '2031-01-14T11:05:00-03:00', tz: 'America/Santiago' } as const;
const MEX3 = { sentAt: '2031-01-14T11:05:00-06:00', tz: 'America/Mexico_City' } as const;
const BUE3 = { sentAt: '2031-01-14T11:05:00-03:00', tz: 'America/Argentina/Buenos_Aires' } as const;
const LUX3 = { sentAt: '2031-01-14T11:05:00+01:00', tz: 'Europe/Luxembourg' } as const;
const ALG3 = { sentAt: '2031-01-14T11:05:00+01:00', tz: 'Africa/Algiers' } as const;
const YUL3 = { sentAt: '2031-01-14T11:05:00-05:00', tz: 'America/Toronto' } as const;
const RUN3 = { sentAt: '2031-01-14T11:05:00+04:00', tz: 'Indian/Reunion' } as const;
const PAR3 = { sentAt: '2031-01-14T11:05:00+01:00', tz: 'Europe/Paris' } as const;
const GPE3 = { sentAt: '2031-01-14T11:05:00-04:00', tz: 'America/Guadeloupe' } as const;
const BRU3 = { sentAt: '2031-01-14T11:05:00+01:00', tz: 'Europe/Brussels' } as const;
const GVA3 = { sentAt: '2031-01-14T11:05:00+01:00', tz: 'Europe/Zurich' } as const;

/** Round 305: German. */
export const ROUND_305_DE: readonly PhraseRow[] = [
  {
    ...BER3,
    text: 'Einladung zum Vorstellungsgespräch\n\nSehr geehrter Herr Petersen,\n\nwir möchten Sie gerne persönlich kennenlernen.\n\nDatum: 23.01.2031 | Uhrzeit: 10:00 Uhr | Ort: Hamburg, Am Sandtorkai 44\n\nMit freundlichen Grüßen\nHR Team\nElbkontor Reederei GmbH\n\nÜbermittelt via softgarden',
    expect: [{ kind: 'interview', by: '2031-01-23', time: '10:00' }],
  },
  {
    ...VIE3,
    text: 'Sehr geehrte Frau Mag. Gruber,\n\nvielen Dank für Ihre Bewerbung als Steuerberaterin. Wir werden die Gespräche bis Ende Jänner abschließen und Ihnen Anfang Februar Bescheid geben.\n\nMit freundlichen Grüßen\nKanzlei Steiner & Partner Steuerberatung GmbH',
    expect: [{ kind: 'response-by', by: '2031-02-05', fuzzy: true }],
  },
  {
    ...ZRH3,
    text: 'Guten Tag Frau Meier\n\nIhre Unterlagen liegen nun bei der Linienverantwortlichen. Sie hören innert zwei Wochen von uns.\n\nFreundliche Grüsse\nHR Services\nLimmat Pharma AG',
    expect: [{ kind: 'response-by', by: '2031-01-28' }],
  },
  {
    ...BER3,
    text: 'Hi Paula,\n\nhast du Lust auf ein kurzes Kennenlernen per Video-Call? Wie wäre es mit Freitag, 17. Januar, um 15 Uhr?\n\nCheers\nJonas\nGründer, Lastenrad Leipzig',
    expect: [{ kind: 'interview', by: '2031-01-17', time: '15:00' }],
  },
  {
    ...BER3,
    text: 'Sehr geehrte Frau Ahmadi,\n\nIhr Gesprächstermin am Mittwoch, 22. Januar, muss leider entfallen, da unser Bereichsleiter erkrankt ist. Wir melden uns in den nächsten Tagen mit einem neuen Terminvorschlag.\n\nMit freundlichen Grüßen\nPersonalabteilung\nWestfalen Druck GmbH',
    expect: [{ kind: 'response-by', by: '2031-01-19', fuzzy: true }],
  },
  {
    ...BER3,
    text: 'Sehr geehrter Herr Krause,\n\nSie haben uns überzeugt – wir möchten Ihnen die Stelle als Bauleiter gerne anbieten. Ihr Vertragsentwurf folgt bis Ende der Woche.\n\nMit freundlichen Grüßen\nGeschäftsführung\nHochbau Lausitz GmbH',
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2031-01-17' },
    ],
  },
  {
    ...BER3,
    text: 'Sehr geehrte Bewerberinnen und Bewerber,\n\nvielen Dank für das große Interesse an unserer Ausschreibung. Von Rückfragen vor dem 27. Januar bitten wir abzusehen.\n\nMit freundlichen Grüßen\nStadtverwaltung Rheinfurt – Personal und Organisation',
    expect: [{ kind: 'no-contact-before', by: '2031-01-27' }],
  },
  {
    ...BER3,
    text: 'Sehr geehrte Frau Weber,\n\nnach dem Assessment-Center am 21. Januar erhalten Sie innerhalb von fünf Werktagen unsere Entscheidung.\n\nMit freundlichen Grüßen\nRecruiting\nSüdwest Versorgung AG\n\nPowered by Workday',
    expect: [
      { kind: 'interview', by: '2031-01-21' },
      { kind: 'response-by', by: '2031-01-28' },
    ],
  },
  {
    ...BER3,
    text: 'Liebe Eltern,\n\nwir laden Sie herzlich zum Elternabend am Donnerstag, 16. Januar, um 19:30 Uhr in die Kita Sonnenblume ein. Themen: Eingewöhnung und Sommerfest.\n\nIhr Kita-Team',
    expect: [],
  },
  {
    ...BER3,
    text: 'Hallo Herr Yilmaz,\n\nwie besprochen habe ich die Bewerbungsgespräche für die Ausbildungsplätze am 22. und 23. Januar in Ihrem Kalender eingetragen. Bitte bereiten Sie die Fragebögen vor.\n\nViele Grüße\nSandra Koch\nAusbildungsleitung',
    expect: [],
  },
  {
    ...VIE3,
    text: 'karriere.at Newsletter\n\nJobmesse Linz am 24. Jänner 2031, 10–17 Uhr, Design Center. Über 80 Aussteller – bringen Sie Ihren Lebenslauf mit!\n\nNewsletter abbestellen',
    expect: [],
  },
  {
    ...BER3,
    text: 'Terminbestätigung\n\nIhr Beratungstermin in der Filiale Altona am Montag, 20.01.2031, um 11:00 Uhr ist bestätigt. Thema: Baufinanzierung.\n\nIhre Hamburger Volksbank',
    expect: [],
  },
];

/** Round 305b: Spanish. */
export const ROUND_305B_ES: readonly PhraseRow[] = [
  {
    ...MVD3,
    text: 'Hola Joaquín:\n\nTe esperamos el miércoles 22 de enero a las 9 de la mañana en nuestra planta de Canelones para la entrevista con el jefe de producción.\n\nSaludos,\nRecursos Humanos\nLácteos del Santa Lucía S.A.',
    expect: [{ kind: 'interview', by: '2031-01-22', time: '09:00' }],
  },
  {
    ...ASU3,
    text: 'Estimada Sra. Benítez:\n\nHemos recibido su postulación para el cargo de Asistente Contable. Le responderemos en un plazo no mayor a quince días.\n\nAtentamente,\nTalento Humano\nYerbatera Guaraní S.A.',
    expect: [{ kind: 'response-by', by: '2031-01-29' }],
  },
  {
    ...LPB3,
    text: 'Estimado postulante:\n\nLa evaluación técnica será el lunes 20 de enero; los resultados se publicarán tres días hábiles después.\n\nAtentamente,\nUnidad de Recursos Humanos\nCooperativa Illimani',
    expect: [
      { kind: 'interview', by: '2031-01-20' },
      { kind: 'response-by', by: '2031-01-23' },
    ],
  },
  {
    ...MAD3,
    text: 'Hola Lucía:\n\nNos encantaría que te incorporases al equipo como enfermera de quirófano. Te mando el contrato el viernes para que lo revises.\n\nUn saludo,\nMarisa\nRRHH, Clínica San Rafael',
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2031-01-17' },
    ],
  },
  {
    ...PTY3,
    text: 'Estimado Sr. Arosemena:\n\nTras evaluar su perfil, hemos decidido continuar con otros candidatos cuyo perfil se ajusta más a las necesidades del puesto.\n\nLe deseamos éxito.\n\nRecursos Humanos\nNaviera del Istmo S.A.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...CCS3,
    text: 'Estimados aspirantes:\n\nSe les recuerda que no se atenderán consultas telefónicas sobre el proceso de selección. Toda la información se enviará por correo.\n\nGerencia de Talento\nSeguros La Guaira C.A.',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...SCL3,
    text: 'Hola Ignacia:\n\nPor favor, espera hasta el lunes 27 de enero antes de escribirnos: ese día termina la primera ronda de entrevistas.\n\nSaludos,\nEquipo de Personas, Pingüino Tech SpA',
    expect: [{ kind: 'no-contact-before', by: '2031-01-27' }],
  },
  {
    ...MEX3,
    text: 'Hola Emiliano:\n\nNecesitamos cambiar tu entrevista del jueves 16. ¿Te funciona el viernes 17 a las 12:30?\n\nSaludos,\nReclutamiento, Tortillerías La Güera',
    expect: [{ kind: 'interview', by: '2031-01-17', time: '12:30' }],
  },
  {
    ...BUE3,
    text: 'Consejos Bumeran\n\n¿Cómo responder a "¿cuáles son tus debilidades?" en una entrevista? Además: feria virtual de empleo el jueves 23 de enero a las 10:00.\n\nDejar de recibir estos correos',
    expect: [],
  },
  {
    ...BUE3,
    text: 'Equipo:\n\nLa semana próxima hacemos las entrevistas para practicantes. El lunes 20 a las 9:00 arrancamos con el primer grupo. Porfa bloqueen sus agendas.\n\nGracias,\nMica',
    expect: [],
  },
  {
    ...MAD3,
    text: 'Recordatorio: la vacuna anual de Toby es el sábado 18 de enero a las 10:30 en Clínica Veterinaria San Roque.\n\nSi no puede acudir, avísenos.',
    expect: [],
  },
  {
    ...MAD3,
    text: 'Hola Jorge:\n\nEl lunes 20 a las 17:00 vengo a por la fianza y a revisar el piso antes de la mudanza.\n\nUn saludo,\nCarmen',
    expect: [],
  },
];

/** Round 305c: French. */
export const ROUND_305C_FR: readonly PhraseRow[] = [
  {
    ...LUX3,
    text: 'Madame,\n\nNous avons le plaisir de vous inviter à un entretien le lundi 27 janvier 2031 à 10h30 dans nos locaux de la Cloche d’Or.\n\nVeuillez agréer, Madame, nos salutations distinguées.\n\nHuman Resources\nMoselle Assurances S.A.',
    expect: [{ kind: 'interview', by: '2031-01-27', time: '10:30' }],
  },
  {
    ...ALG3,
    text: 'Monsieur Benali,\n\nNous accusons réception de votre candidature au poste d’ingénieur réseaux. Nous vous ferons part de notre décision au plus tard le 31 janvier.\n\nCordialement,\nDirection des Ressources Humaines\nSahara Télécom SPA',
    expect: [{ kind: 'response-by', by: '2031-01-31' }],
  },
  {
    ...YUL3,
    text: 'Salut Olivier!\n\nOn aimerait jaser avec toi! Serais-tu disponible jeudi prochain, le 23 janvier, à 14 h?\n\nÀ bientôt,\nMarie-Ève\nRecrutement, Pixel Boréal',
    expect: [{ kind: 'interview', by: '2031-01-23', time: '14:00' }],
  },
  {
    ...RUN3,
    text: 'Bonjour Madame Técher,\n\nVotre dossier est en cours d’étude. Nous reviendrons vers vous dans un délai de trois semaines.\n\nCordialement,\nService RH\nCoopérative des Hauts',
    expect: [{ kind: 'response-by', by: '2031-02-04' }],
  },
  {
    ...PAR3,
    text: 'Bonjour Monsieur Roussel,\n\nSuite à votre entretien, j’ai le plaisir de vous confirmer que nous souhaitons vous recruter en CDI au poste de data analyst.\n\nBien cordialement,\nAnne-Sophie Marchal\nDRH, Groupe Ondine',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...GPE3,
    text: 'Bonjour,\n\nLes candidatures seront étudiées après la date limite du 24 janvier ; merci de ne pas nous contacter d’ici là.\n\nLe service du personnel\nDistillerie de Sainte-Rose',
    expect: [{ kind: 'no-contact-before', by: '2031-01-25', fuzzy: true }],
  },
  {
    ...BRU3,
    text: 'Monsieur,\n\nNous devons déplacer votre entretien du mercredi 22 janvier. Seriez-vous disponible le vendredi 24 janvier à 11 h ?\n\nCordialement,\nService RH\nChocolaterie Sablon SRL',
    expect: [{ kind: 'interview', by: '2031-01-24', time: '11:00' }],
  },
  {
    ...GVA3,
    text: 'Madame,\n\nNous avons le regret de vous annoncer que nous avons donné la préférence à une candidature correspondant davantage au profil recherché.\n\nMeilleures salutations,\nRessources humaines\nBanque Léman Privée SA',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...PAR3,
    text: 'France Travail\n\nAtelier « Préparer ses entretiens » le jeudi 16 janvier à 9h30 à l’agence de Bordeaux Bastide. Inscrivez-vous depuis votre espace personnel.',
    expect: [],
  },
  {
    ...PAR3,
    text: 'Bonjour à tous,\n\nLe jury d’entretien pour le poste de responsable RH se tiendra le mardi 21 janvier à 14h, salle Rivoli. Merci de confirmer votre présence.\n\nCamille',
    expect: [],
  },
  {
    ...PAR3,
    text: 'Votre séance de kinésithérapie est confirmée le mercredi 15 janvier à 18h15.\n\nCabinet de kinésithérapie des Tilleuls',
    expect: [],
  },
  {
    ...PAR3,
    text: 'Madame, Monsieur,\n\nL’assemblée générale des copropriétaires aura lieu le jeudi 30 janvier à 18h30 dans la salle polyvalente.\n\nLe syndic, Immo Gestion',
    expect: [],
  },
];

// Rounds 306–306c (same file), written after rounds 305–305c's fixes. Friday 14 March 2031, 16:10 local.
const BER4 = { sentAt: '2031-03-14T16:10:00+01:00', tz: 'Europe/Berlin' } as const;
const VIE4 = { sentAt: '2031-03-14T16:10:00+01:00', tz: 'Europe/Vienna' } as const;
const ZRH4 = { sentAt: '2031-03-14T16:10:00+01:00', tz: 'Europe/Zurich' } as const;
const MAD4 = { sentAt: '2031-03-14T16:10:00+01:00', tz: 'Europe/Madrid' } as const;
const SDQ4 = { sentAt: '2031-03-14T16:10:00-04:00', tz: 'America/Santo_Domingo' } as const;
const SAL4 = { sentAt: '2031-03-14T16:10:00-06:00', tz: 'America/El_Salvador' } as const;
const TGU4 = { sentAt: '2031-03-14T16:10:00-06:00', tz: 'America/Tegucigalpa' } as const;
const LIM4 = { sentAt: '2031-03-14T16:10:00-05:00', tz: 'America/Lima' } as const;
const SCL4 = { sentAt: '2031-03-14T16:10:00-03:00', tz: 'America/Santiago' } as const;
const BOG4 = { sentAt: '2031-03-14T16:10:00-05:00', tz: 'America/Bogota' } as const;
const MCM4 = { sentAt: '2031-03-14T16:10:00+01:00', tz: 'Europe/Monaco' } as const;
const FIH4 = { sentAt: '2031-03-14T16:10:00+01:00', tz: 'Africa/Kinshasa' } as const;
const TNR4 = { sentAt: '2031-03-14T16:10:00+03:00', tz: 'Indian/Antananarivo' } as const;
const YUL4 = { sentAt: '2031-03-14T16:10:00-04:00', tz: 'America/Toronto' } as const;
const PAR4 = { sentAt: '2031-03-14T16:10:00+01:00', tz: 'Europe/Paris' } as const;
const BRU4 = { sentAt: '2031-03-14T16:10:00+01:00', tz: 'Europe/Brussels' } as const;
const GVA4 = { sentAt: '2031-03-14T16:10:00+01:00', tz: 'Europe/Zurich' } as const;
const CMN4 = { sentAt: '2031-03-14T16:10:00+01:00', tz: 'Africa/Casablanca' } as const;

/** Round 306: German. */
export const ROUND_306_DE: readonly PhraseRow[] = [
  {
    ...VIE4,
    text: 'Einladung zum Interview – Produktionsplaner (w/m/d)\n\nSehr geehrter Herr Hofer,\n\nTermin: Dienstag, 25. März 2031\nBeginn: 09:00 Uhr\nDauer: ca. 60 Minuten\nOrt: Linz, Hafenstraße 3, Empfang Gebäude B\n\nMit freundlichen Grüßen\nTalent Acquisition\nDonaustahl Komponenten GmbH\n\nThis message was sent by Workday.',
    expect: [{ kind: 'interview', by: '2031-03-25', time: '09:00' }],
  },
  {
    ...BER4,
    text: 'Hey Ronja,\n\ndanke für deine Bewerbung als Frontend-Entwicklerin! Wir schauen uns gerade alle Profile an und melden uns spätestens übernächste Woche bei dir.\n\nViele Grüße\nBen\nFounder, Kiezcode GmbH\n\nGesendet über JOIN',
    expect: [{ kind: 'response-by', by: '2031-03-28' }],
  },
  {
    ...ZRH4,
    text: 'Guten Tag Frau Brunner\n\nWir danken Ihnen für das angenehme Gespräch von heute Morgen. Unseren Entscheid teilen wir Ihnen bis Mitte April mit.\n\nFreundliche Grüsse\nPersonalabteilung\nBodensee Treuhand AG',
    expect: [{ kind: 'response-by', by: '2031-04-15', fuzzy: true }],
  },
  {
    ...BER4,
    text: 'Sehr geehrte Frau Kaya,\n\ndas Auswahlgespräch für die Stelle als Sachbearbeiterin im Bürgerbüro findet am Donnerstag, 27. März 2031, um 13:30 Uhr im Rathaus, Zimmer 214, statt. Bitte bringen Sie Ihre Zeugnisse im Original mit.\n\nMit freundlichen Grüßen\nStadt Nordhagen – Personalamt',
    expect: [{ kind: 'interview', by: '2031-03-27', time: '13:30' }],
  },
  {
    ...BER4,
    text: 'Hallo Finn,\n\nleider hat es diesmal nicht geklappt – wir haben uns für jemanden mit mehr Erfahrung im Bereich SEO entschieden. Wir wünschen dir alles Gute!\n\nBeste Grüße\nDas Team von Wortwerk Content',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...BER4,
    text: 'Sehr geehrte Bewerberinnen und Bewerber,\n\nwir haben Ihre Unterlagen erhalten. Bitte sehen Sie von telefonischen Nachfragen ab; wir informieren Sie schriftlich über den weiteren Verlauf.\n\nMit freundlichen Grüßen\nKreisverwaltung Hochtaunus – Personalservice',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...BER4,
    text: 'Sehr geehrter Herr Lindner,\n\nich bin ab Montag für zwei Wochen im Urlaub. Bitte melden Sie sich erst nach meiner Rückkehr am 31. März wieder bei mir.\n\nMit freundlichen Grüßen\nAnja Roth\nPersonalreferentin, Mainfranken Logistik GmbH',
    expect: [{ kind: 'no-contact-before', by: '2031-03-31' }],
  },
  {
    ...BER4,
    text: 'Sehr geehrter Herr Demir,\n\nwir freuen uns, Ihnen eine Zusage für die Stelle als Fachkraft für Lagerlogistik geben zu können! Ihren Arbeitsvertrag erhalten Sie in den nächsten Tagen per Post.\n\nMit freundlichen Grüßen\nPersonalabteilung\nRuhrtal Getränke GmbH',
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2031-03-19', fuzzy: true },
    ],
  },
  {
    ...BER4,
    text: 'StepStone Gehaltsreport 2031\n\nWas verdienen Fachkräfte in Ihrer Branche? Alle Zahlen im neuen Report – und live im Webinar am 20. März um 12 Uhr mit unseren Karriereexperten.\n\nJetzt anmelden · Newsletter abbestellen',
    expect: [],
  },
  {
    ...BER4,
    text: 'Hallo zusammen,\n\nzur Info: Herr Brandt hat morgen um 10 Uhr sein Vorstellungsgespräch bei uns – bitte einen Besucherausweis am Empfang bereitlegen.\n\nDanke\nMelanie',
    expect: [],
  },
  {
    ...BER4,
    text: 'Tierarztpraxis am Stadtpark\n\nImpftermin für Bello: Dienstag, 18. März, 17:15 Uhr. Bitte bringen Sie den Impfpass mit.',
    expect: [],
  },
  {
    ...BER4,
    text: 'Sehr geehrter Kunde,\n\nIhr Fahrzeug ist zur Inspektion am Mittwoch, 19. März, um 7:30 Uhr in unserer Werkstatt eingeplant.\n\nAutohaus Wendt GmbH',
    expect: [],
  },
];

/** Round 306b: Spanish. */
export const ROUND_306B_ES: readonly PhraseRow[] = [
  {
    ...SDQ4,
    text: 'Estimada Srta. Peña:\n\nLe invitamos a una entrevista presencial el martes 18 de marzo a las 10:00 a. m. en nuestras oficinas de la avenida Winston Churchill, Santo Domingo.\n\nAtentamente,\nGestión Humana\nBanco Quisqueya',
    expect: [{ kind: 'interview', by: '2031-03-18', time: '10:00' }],
  },
  {
    ...MAD4,
    text: 'Estimado Sr. Gil:\n\nGracias por su interés en el puesto de Técnico de Prevención. Le comunicaremos el resultado del proceso a lo largo de la semana que viene.\n\nAtentamente,\nDepartamento de Selección\nConstrucciones Ebro S.A.\n\nEnviado a través de InfoJobs',
    expect: [{ kind: 'response-by', by: '2031-03-21' }],
  },
  {
    ...SAL4,
    text: 'Estimado Sr. Hernández:\n\nGracias por su postulación. La licenciada Rivas le llamará el lunes para coordinar la prueba psicométrica.\n\nSaludos cordiales,\nRecursos Humanos\nCafé Volcán S.A. de C.V.',
    expect: [{ kind: 'response-by', by: '2031-03-17' }],
  },
  {
    ...TGU4,
    text: '¡Felicidades, Karla!\n\nHas sido seleccionada para el puesto de Asistente Administrativa. Te esperamos el lunes 24 de marzo a las 8:00 para firmar el contrato.\n\nSaludos,\nTalento Humano\nMaquilas del Valle de Sula',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...LIM4,
    text: 'Hola Diego:\n\nGracias por completar la evaluación en línea. Te enviaremos los resultados en un máximo de 72 horas.\n\nSaludos,\nEquipo de Reclutamiento\nAndes Retail Perú S.A.C.',
    expect: [{ kind: 'response-by', by: '2031-03-17' }],
  },
  {
    ...MAD4,
    text: 'Estimados candidatos:\n\nRogamos a todos los candidatos que se abstengan de llamar a la centralita para preguntar por el estado de su candidatura.\n\nUn saludo,\nRecursos Humanos\nHospital Comarcal del Bierzo',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...SCL4,
    text: 'Hola Tomás:\n\nTu entrevista quedó reagendada para el miércoles 26 de marzo a las 15:30 hrs., con la jefa de área.\n\nSaludos,\nEquipo de Personas\nCordillera Energía SpA',
    expect: [{ kind: 'interview', by: '2031-03-26', time: '15:30' }],
  },
  {
    ...BOG4,
    text: 'Hola Valentina:\n\nGracias por tu tiempo en el proceso para Analista de Riesgos. En esta ocasión no continuarás en el proceso; guardaremos tu hoja de vida para futuras vacantes.\n\nSaludos,\nTalento, Banco Montañero',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...BOG4,
    text: 'Computrabajo · Nuevas vacantes para ti\n\nAuxiliar de bodega – Medellín – Entrevistas inmediatas\nConductor categoría C2 – Itagüí – Contrato a término fijo\n\nVer vacantes · Cancelar alertas',
    expect: [],
  },
  {
    ...MAD4,
    text: 'Hola Pilar:\n\n¿Puedes reservar la sala 3 el jueves 20 a las 11:00? Tenemos entrevista con la candidata de Marketing.\n\nGracias,\nÓscar',
    expect: [],
  },
  {
    ...MAD4,
    text: 'Le recordamos su cita en Clínica Dental Sonríe el viernes 21 de marzo a las 12:00. Si no puede acudir, llámenos.',
    expect: [],
  },
  {
    ...MAD4,
    text: 'Tu clase de spinning del lunes 17 a las 19:00 está confirmada. ¡Nos vemos en el gimnasio!\n\nFitPark Chamberí',
    expect: [],
  },
];

/** Round 306c: French. */
export const ROUND_306C_FR: readonly PhraseRow[] = [
  {
    ...MCM4,
    text: 'Madame,\n\nNous vous confirmons votre entretien pour le poste de réceptionniste le jeudi 20 mars à 15 h au siège, boulevard des Moulins.\n\nVeuillez agréer, Madame, nos salutations distinguées.\n\nService des Ressources Humaines\nSociété des Bains de Mer et du Cercle',
    expect: [{ kind: 'interview', by: '2031-03-20', time: '15:00' }],
  },
  {
    ...FIH4,
    text: 'Madame, Monsieur,\n\nNous accusons réception de votre dossier de candidature. Les résultats de la présélection vous seront communiqués dans un délai de dix jours ouvrables.\n\nLa Direction des Ressources Humaines\nCongo Fleuve Énergie SA',
    expect: [{ kind: 'response-by', by: '2031-03-28' }],
  },
  {
    ...TNR4,
    text: 'Bonjour Monsieur Randria,\n\nVotre profil nous intéresse. Mme Rakoto vous appellera en début de semaine prochaine pour organiser un entretien.\n\nCordialement,\nService RH\nVanille Export Madagascar',
    expect: [{ kind: 'response-by', by: '2031-03-18', fuzzy: true }],
  },
  {
    ...YUL4,
    text: 'Bonjour Madame Gagnon,\n\nNous avons le plaisir de vous offrir le poste de conseillère en ressources humaines. Vous trouverez ci-joint la lettre d’offre.\n\nCordialement,\nDirection des ressources humaines\nCaisse Populaire du Fleuve',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...PAR4,
    text: 'Bonjour,\n\nMerci pour votre candidature au poste de vendeur. Merci de ne pas nous appeler : nous vous contacterons uniquement si votre profil est retenu.\n\nL’équipe du magasin\nCave & Comptoir',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...BRU4,
    text: 'Madame,\n\nNotre comité de sélection se réunit le mardi 25 mars. Vous serez informée de sa décision dans les huit jours qui suivent.\n\nCordialement,\nService RH\nPort autonome de Liège',
    expect: [{ kind: 'response-by', by: '2031-04-02' }],
  },
  {
    ...GVA4,
    text: 'Monsieur,\n\nNous vous prions de patienter jusqu’au 28 mars avant de nous relancer : les entretiens ne commenceront qu’à cette date.\n\nMeilleures salutations,\nRessources humaines\nHorlogerie du Jura SA',
    expect: [{ kind: 'no-contact-before', by: '2031-03-28' }],
  },
  {
    ...CMN4,
    text: 'Madame Alami,\n\nNous sommes au regret de ne pouvoir donner une suite favorable à votre candidature.\n\nNous vous souhaitons plein succès.\n\nDirection des Ressources Humaines\nPhosphates et Engrais du Maroc',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...PAR4,
    text: 'Apec – Salon en ligne « Cadres en reconversion » le mardi 18 mars de 10h à 16h. Échangez avec des recruteurs et préparez vos entretiens.\n\nSe désinscrire',
    expect: [],
  },
  {
    ...PAR4,
    text: 'Bonjour Julie,\n\nPeux-tu accueillir M. Lefèvre, le candidat pour le poste de comptable, lundi à 9h30 ? Je serai en réunion.\n\nMerci,\nThomas',
    expect: [],
  },
  {
    ...PAR4,
    text: 'Rappel : séance d’orthophonie de Léa le mercredi 19 mars à 17h au cabinet de Mme Perrin.',
    expect: [],
  },
  {
    ...PAR4,
    text: 'Bonjour,\n\nLa visite de l’appartement par le diagnostiqueur aura lieu le lundi 17 mars à 10h. Merci de laisser les clés à la gardienne.\n\nAgence Immobilière Saint-Michel',
    expect: [],
  },
];

// Rounds 307–307c (same file), written after rounds 306–306c's fixes. Wednesday 4 June 2031, 08:50 local.
const BER5 = { sentAt: '2031-06-04T08:50:00+02:00', tz: 'Europe/Berlin' } as const;
const VIE5 = { sentAt: '2031-06-04T08:50:00+02:00', tz: 'Europe/Vienna' } as const;
const ZRH5 = { sentAt: '2031-06-04T08:50:00+02:00', tz: 'Europe/Zurich' } as const;
const MAD5 = { sentAt: '2031-06-04T08:50:00+02:00', tz: 'Europe/Madrid' } as const;
const GYE5 = { sentAt: '2031-06-04T08:50:00-05:00', tz: 'America/Guayaquil' } as const;
const SJO5 = { sentAt: '2031-06-04T08:50:00-06:00', tz: 'America/Costa_Rica' } as const;
const COR5 = { sentAt: '2031-06-04T08:50:00-03:00', tz: 'America/Argentina/Cordoba' } as const;
const MEX5 = { sentAt: '2031-06-04T08:50:00-06:00', tz: 'America/Mexico_City' } as const;
const MVD5 = { sentAt: '2031-06-04T08:50:00-03:00', tz: 'America/Montevideo' } as const;
const LPA5 = { sentAt: '2031-06-04T08:50:00+01:00', tz: 'Atlantic/Canary' } as const;
const DLA5 = { sentAt: '2031-06-04T08:50:00+01:00', tz: 'Africa/Douala' } as const;
const MRU5 = { sentAt: '2031-06-04T08:50:00+04:00', tz: 'Indian/Mauritius' } as const;
const YUL5 = { sentAt: '2031-06-04T08:50:00-04:00', tz: 'America/Toronto' } as const;
const TUN5 = { sentAt: '2031-06-04T08:50:00+01:00', tz: 'Africa/Tunis' } as const;
const PAR5 = { sentAt: '2031-06-04T08:50:00+02:00', tz: 'Europe/Paris' } as const;
const BRU5 = { sentAt: '2031-06-04T08:50:00+02:00', tz: 'Europe/Brussels' } as const;
const CMN5 = { sentAt: '2031-06-04T08:50:00+01:00', tz: 'Africa/Casablanca' } as const;

/** Round 307: German. */
export const ROUND_307_DE: readonly PhraseRow[] = [
  {
    ...BER5,
    text: 'Einladung zum Gespräch\n\nHallo Herr Schneider,\n\nwir würden Sie gerne kennenlernen:\n\nDatum\n\nDonnerstag, 12. Juni 2031\n\nUhrzeit\n\n11:00 Uhr\n\nOrt\n\nBüro Köln-Ehrenfeld, Vogelsanger Str. 190\n\nViele Grüße\nIhr Recruiting-Team\nRheinwerk Medien GmbH\n\nGesendet mit Personio',
    expect: [{ kind: 'interview', by: '2031-06-12', time: '11:00' }],
  },
  {
    ...VIE5,
    text: 'Sehr geehrte Frau Pichler,\n\ndanke für Ihre Bewerbung als Verwaltungsassistentin. Wir melden uns in ca. zehn Tagen bei Ihnen.\n\nMit freundlichen Grüßen\nPersonalbüro\nWienerwald Holzbau GmbH',
    expect: [{ kind: 'response-by', by: '2031-06-14', fuzzy: true }],
  },
  {
    ...ZRH5,
    text: 'Hoi Noah\n\nSuper, dass du Lust auf eine Lehrstelle als Bäcker-Konditor hast! Am Montag, 16. Juni, hast du von 9 bis 12 Uhr einen Schnuppertag bei uns in der Backstube.\n\nEn Gruess\nBeck Hürlimann',
    expect: [{ kind: 'interview', by: '2031-06-16', time: '09:00' }],
  },
  {
    ...BER5,
    text: 'Sehr geehrter Herr Graf,\n\ndie Entscheidung über die Besetzung der Geschäftsführung fällt in der Gesellschafterversammlung am 18. Juni. Wir informieren Sie spätestens eine Woche danach.\n\nMit freundlichen Grüßen\nBeiratsbüro\nHanse Wohnbau GmbH',
    expect: [{ kind: 'response-by', by: '2031-06-25' }],
  },
  {
    ...BER5,
    text: 'Sehr geehrte Frau Jung,\n\nwir freuen uns, Sie ab 1. August als neue Teamassistenz in unserem Team willkommen zu heißen!\n\nMit freundlichen Grüßen\nPersonalabteilung\nSaale Kliniken gGmbH',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...BER5,
    text: 'Sehr geehrte Bewerberinnen und Bewerber,\n\nvielen Dank für Ihr Interesse. Telefonische Anfragen zum Stand des Verfahrens können leider nicht berücksichtigt werden.\n\nMit freundlichen Grüßen\nAmt für Personal, Landkreis Uelzen',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...BER5,
    text: 'Hallo Frau Winter,\n\nwir müssen unser Gespräch am Dienstag leider verschieben. Ginge stattdessen Mittwoch, 11. Juni, 14 Uhr?\n\nViele Grüße\nJana Reuter\nHR, Ostsee Reisen GmbH',
    expect: [{ kind: 'interview', by: '2031-06-11', time: '14:00' }],
  },
  {
    ...BER5,
    text: 'Hallo Emil,\n\nvielen Dank für deine Bewerbung. Leider können wir dir dieses Mal keine Zusage geben. Wir wünschen dir viel Erfolg bei der weiteren Suche!\n\nDein Team von Stadtrad Bremen\n\nÜbermittelt via softgarden',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...BER5,
    text: 'Hi Lisa,\n\nkannst du bitte die Bewerberin, Frau Öztürk, morgen um 10 Uhr am Empfang abholen?\n\nDanke\nTom',
    expect: [],
  },
  {
    ...BER5,
    text: 'Terminbestätigung\n\nIhr Termin im Bürgeramt Mitte: Dienstag, 10.06.2031, 08:40 Uhr\nAnliegen: Personalausweis beantragen\n\nBitte bringen Sie ein biometrisches Passfoto mit.',
    expect: [],
  },
  {
    ...BER5,
    text: 'Einladung: Online-Infoabend zum dualen Studium\n\nAm Donnerstag, 12. Juni, um 18 Uhr stellen wir alle Studiengänge vor und beantworten eure Fragen zum Bewerbungsgespräch.\n\nDHBW Karriereteam',
    expect: [],
  },
  {
    ...BER5,
    text: 'Sehr geehrte Mieterin,\n\nder Monteur kommt am Freitag, 6. Juni, zwischen 7 und 9 Uhr zum Zählerwechsel.\n\nIhre Stadtwerke',
    expect: [],
  },
];

/** Round 307b: Spanish. */
export const ROUND_307B_ES: readonly PhraseRow[] = [
  {
    ...GYE5,
    text: 'Estimada Ing. Zambrano:\n\nLe confirmamos su entrevista para el jueves 12 de junio a las 15h30 en nuestras oficinas de Guayaquil (Av. 9 de Octubre 1911).\n\nAtentamente,\nTalento Humano\nCamaronera del Pacífico S.A.',
    expect: [{ kind: 'interview', by: '2031-06-12', time: '15:30' }],
  },
  {
    ...SJO5,
    text: 'Estimado Sr. Mora:\n\nGracias por su interés en la posición de Analista Financiero. Le estaremos contactando a más tardar el viernes 13 de junio.\n\nSaludos,\nTalento Humano\nBanco Central Pacífico',
    expect: [{ kind: 'response-by', by: '2031-06-13' }],
  },
  {
    ...COR5,
    text: 'Hola Martina:\n\n¡Gracias por la charla de ayer! Te escribimos la semana que viene para contarte cómo sigue el proceso.\n\nSaludos,\nLeo\nPeople, Fernet Labs',
    expect: [{ kind: 'response-by', by: '2031-06-13' }],
  },
  {
    ...MAD5,
    text: 'Hola Irene:\n\nHemos recibido tu candidatura. Por favor, no nos contactes hasta que finalice el plazo de inscripción, el 16 de junio.\n\nUn saludo,\nSelección, Museo de Arte Contemporáneo de Castilla',
    expect: [{ kind: 'no-contact-before', by: '2031-06-17', fuzzy: true }],
  },
  {
    ...MEX5,
    text: '¡Bienvenida al equipo, Sofía!\n\nNos da mucho gusto confirmarte que el puesto de Coordinadora de Logística es tuyo. En breve te compartimos los detalles de tu ingreso.\n\nSaludos,\nAtracción de Talento, Grupo Maguey',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...MVD5,
    text: 'Hola Agustín:\n\nGracias por participar. Lamentablemente, tu perfil no fue seleccionado para la siguiente etapa del proceso.\n\nSaludos,\nRecursos Humanos\nPuerto Sur Logística',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...LPA5,
    text: 'Hola Acoidan:\n\nLa entrevista grupal será el lunes 9 de junio; en los tres días siguientes te diremos si pasas a la entrevista final.\n\nUn saludo,\nRRHH, Hoteles Atlántico Canarias',
    expect: [
      { kind: 'interview', by: '2031-06-09' },
      { kind: 'response-by', by: '2031-06-12' },
    ],
  },
  {
    ...MAD5,
    text: 'Estimados candidatos:\n\nLes informamos de que no se facilitará información telefónica sobre el proceso de selección.\n\nAtentamente,\nÁrea de Personal\nAyuntamiento de Alcalá de Henares',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...COR5,
    text: 'Bumeran · 5 preguntas que te van a hacer en tu próxima entrevista\n\nAdemás: charla online gratuita el martes 10 de junio a las 19:00. ¡Anotate!\n\nDejar de recibir estos correos',
    expect: [],
  },
  {
    ...MAD5,
    text: 'Hola Andrés:\n\nMañana a las 9:30 entrevistamos a Lucía Ramos para el puesto de cajera. ¿Te puedes sumar?\n\nGracias,\nPaloma',
    expect: [],
  },
  {
    ...MAD5,
    text: 'Recordatorio de su cita con el traumatólogo el lunes 9 de junio a las 11:40 en el Hospital Quirón.',
    expect: [],
  },
  {
    ...MAD5,
    text: 'Estimado cliente:\n\nSu vehículo tiene cita en el taller el martes 10 a las 8:00 para pasar la ITV.\n\nTalleres Hermanos Ruiz',
    expect: [],
  },
];

/** Round 307c: French. */
export const ROUND_307C_FR: readonly PhraseRow[] = [
  {
    ...DLA5,
    text: 'Monsieur Ekotto,\n\nNous vous invitons à vous présenter à un entretien le mardi 10 juin 2031 à 9 heures au siège de la société, à Bonanjo.\n\nVeuillez agréer, Monsieur, nos salutations distinguées.\n\nLa Direction des Ressources Humaines\nBrasseries du Wouri SA',
    expect: [{ kind: 'interview', by: '2031-06-10', time: '09:00' }],
  },
  {
    ...MRU5,
    text: 'Madame Ramdin,\n\nNous vous remercions pour votre candidature. Nous vous ferons part de notre décision d’ici la fin de la semaine prochaine.\n\nCordialement,\nHuman Resources\nLagon Bleu Resorts Ltd',
    expect: [{ kind: 'response-by', by: '2031-06-13' }],
  },
  {
    ...YUL5,
    text: 'Bonjour Monsieur Pelletier,\n\nL’entrevue aura lieu le mercredi 11 juin à 13 h 15 par Teams. Vous recevrez une réponse dans les cinq jours ouvrables suivant l’entrevue.\n\nCordialement,\nRessources humaines\nHydro-Saguenay',
    expect: [
      { kind: 'interview', by: '2031-06-11', time: '13:15' },
      { kind: 'response-by', by: '2031-06-18' },
    ],
  },
  {
    ...TUN5,
    text: 'Monsieur Jaziri,\n\nVotre profil a retenu notre attention. Mme Trabelsi vous contactera jeudi pour convenir d’un rendez-vous.\n\nCordialement,\nService RH\nOlivier de Sfax SARL',
    expect: [{ kind: 'response-by', by: '2031-06-05' }],
  },
  {
    ...PAR5,
    text: 'Bonjour Monsieur Faure,\n\nBonne nouvelle : nous avons le plaisir de vous proposer le poste d’assistant de gestion en CDD de six mois.\n\nBien cordialement,\nService RH\nImprimerie des Vosges',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...BRU5,
    text: 'Madame,\n\nNous avons bien reçu votre candidature. Nous ne donnons aucune information par téléphone ; vous serez informée par e-mail.\n\nCordialement,\nService du personnel\nCPAS de Namur',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...PAR5,
    text: 'Bonjour Madame Giraud,\n\nMerci pour votre candidature. Merci de ne pas nous relancer avant le lundi 16 juin.\n\nL’équipe recrutement\nMaison Colbert',
    expect: [{ kind: 'no-contact-before', by: '2031-06-16' }],
  },
  {
    ...CMN5,
    text: 'Madame Berrada,\n\nAprès étude de votre dossier, nous ne sommes malheureusement pas en mesure de donner suite à votre candidature.\n\nCordialement,\nDirection des Ressources Humaines\nAtlas Agro Industries',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...PAR5,
    text: 'Welcome to the Jungle – La newsletter\n\n10 questions pièges en entretien, et notre live le jeudi 12 juin à 18h avec une recruteuse.\n\nSe désinscrire',
    expect: [],
  },
  {
    ...PAR5,
    text: 'Coucou Sarah,\n\nJe t’ai mise en copie de l’invitation : entretien avec Paul Martin, candidat au poste de vendeur, jeudi à 15h. Tu peux être là ?\n\nBises,\nAmélie',
    expect: [],
  },
  {
    ...PAR5,
    text: 'Rappel : rendez-vous pour Minou chez le vétérinaire le samedi 7 juin à 10h30.\n\nClinique vétérinaire du Parc',
    expect: [],
  },
  {
    ...PAR5,
    text: 'Madame, Monsieur,\n\nIntervention du plombier dans votre logement le mardi 10 juin entre 8h et 12h.\n\nLe syndic, Foncia Montmartre',
    expect: [],
  },
];
