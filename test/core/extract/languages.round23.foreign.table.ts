// Rounds 310–310c (issue 13): fresh German, Spanish and French whole messages by fx403, written BEFORE the engine read
// them, after fx403's rule that mail speaking of no application and addressing the reader otherwise holds nothing.
// Half of them are negatives of kinds no earlier round used: an employee's exit interview, a journalist's or a radio
// station's interview with the reader as an expert, market research and a statistics office's labour-force survey, a
// choir's audition, a blood donation, a witness's summons, a labour court's hearing, an employee's first day and an
// occupational doctor's visit after hiring, an association's general meeting. Positives from Personio, d.vinci, SAP
// SuccessFactors, a city's HR office, Computrabajo, InfoJobs, Welcome to the Jungle, Taleo and recruiters, from
// Germany, Austria, Switzerland, Luxembourg, Spain, Mexico, Argentina, Chile, Colombia, Peru, France, Belgium, Québec,
// Geneva, Morocco and Senegal. Names, companies and dates are invented; answers follow TIMELINE-CONVENTIONS.md. First
// runs: FIRST_RUN.
import type { PhraseRow } from './phrases.table';

// Thursday 10 April 2031, 11:20 local.
const BER = { sentAt: '2031-04-10T11:20:00+02:00', tz: 'Europe/Berlin' } as const;
const VIE = { sentAt: '2031-04-10T11:20:00+02:00', tz: 'Europe/Vienna' } as const;
const ZRH = { sentAt: '2031-04-10T11:20:00+02:00', tz: 'Europe/Zurich' } as const;
const LUX = { sentAt: '2031-04-10T11:20:00+02:00', tz: 'Europe/Luxembourg' } as const;
const MAD = { sentAt: '2031-04-10T11:20:00+02:00', tz: 'Europe/Madrid' } as const;
const MEX = { sentAt: '2031-04-10T11:20:00-06:00', tz: 'America/Mexico_City' } as const;
const BUE = { sentAt: '2031-04-10T11:20:00-03:00', tz: 'America/Argentina/Buenos_Aires' } as const;
const SCL = { sentAt: '2031-04-10T11:20:00-04:00', tz: 'America/Santiago' } as const;
const BOG = { sentAt: '2031-04-10T11:20:00-05:00', tz: 'America/Bogota' } as const;
const LIM = { sentAt: '2031-04-10T11:20:00-05:00', tz: 'America/Lima' } as const;
const PAR = { sentAt: '2031-04-10T11:20:00+02:00', tz: 'Europe/Paris' } as const;
const BRU = { sentAt: '2031-04-10T11:20:00+02:00', tz: 'Europe/Brussels' } as const;
const YUL = { sentAt: '2031-04-10T11:20:00-04:00', tz: 'America/Toronto' } as const;
const GVA = { sentAt: '2031-04-10T11:20:00+02:00', tz: 'Europe/Zurich' } as const;
const CMN = { sentAt: '2031-04-10T11:20:00+01:00', tz: 'Africa/Casablanca' } as const;
const DKR = { sentAt: '2031-04-10T11:20:00+00:00', tz: 'Africa/Dakar' } as const;

/** Round 310: German. */
export const ROUND_310_DE: readonly PhraseRow[] = [
  {
    ...VIE,
    text: 'Einladung zum Zweitgespräch – Junior Controller (m/w/d)\n\nHallo Frau Pichler,\n\nvielen Dank für das angenehme Erstgespräch! Gerne möchten wir Sie zu einem zweiten Gespräch mit unserer CFO einladen.\n\nWann: Dienstag, 22. April 2031, 14:30 Uhr\nWo: Online via Microsoft Teams (den Link erhalten Sie in einer separaten Kalendereinladung)\n\nBitte bestätigen Sie den Termin kurz über den Button unten.\n\nBeste Grüße\nTalent Team, Alpenblick Logistik GmbH\n\nGesendet über Personio',
    expect: [{ kind: 'interview', by: '2031-04-22', time: '14:30' }],
  },
  {
    ...ZRH,
    text: 'Grüezi Frau Meier\n\nBesten Dank für Ihre Bewerbung als Sachbearbeiterin Debitoren. Wir prüfen Ihr Dossier und melden uns innert zehn Arbeitstagen bei Ihnen.\n\nFreundliche Grüsse\nHR Services\nZürcher Kantonalwerke AG\n\nDiese Nachricht wurde über d.vinci versendet.',
    expect: [{ kind: 'response-by', by: '2031-04-24' }],
  },
  {
    ...BER,
    text: 'Ihre Bewerbung als Verwaltungsfachangestellte (Kennziffer 31/2031)\n\nSehr geehrte Frau Akgün,\n\nhiermit bestätigen wir den Eingang Ihrer Bewerbung. Die Auswahl erfolgt nach Ablauf der Bewerbungsfrist. Bitte sehen Sie von Nachfragen vor dem 28. April ab. Telefonische Auskünfte zum Stand des Verfahrens können wir leider nicht erteilen.\n\nMit freundlichen Grüßen\nPersonal- und Organisationsamt\nStadt Oldenstein',
    expect: [{ kind: 'no-contact-before', by: '2031-04-28' }, { kind: 'no-calls' }],
  },
  {
    ...LUX,
    text: 'Sehr geehrter Herr Weber,\n\nwir bedanken uns für Ihr Interesse an der Position als IT-Auditor. Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können.\n\nWir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.\n\nHuman Resources\nMoselbank Luxembourg S.A.\n\nGesendet über SAP SuccessFactors',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...BER,
    text: 'Liebe Frau Hartmann,\n\nwir freuen uns sehr, Ihnen die Stelle als Teamleiterin Kundenservice anbieten zu können! Das Angebot mit allen Details finden Sie im Anhang. Bitte teilen Sie uns Ihre Entscheidung bis Dienstag, 15. April, mit.\n\nHerzliche Grüße\nMiriam Krause\nPeople & Culture, Spreewerk Energie GmbH',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...BER,
    text: 'Hallo Herr Nowak,\n\nleider müssen wir Ihr Gespräch am Montag, 14. April, verschieben, da unser Teamleiter krank ist. Würde Ihnen stattdessen Mittwoch, 16. April, um 9:30 Uhr passen?\n\nViele Grüße\nSandra Klein\nRecruiting, Havelland Bau GmbH',
    expect: [{ kind: 'interview', by: '2031-04-16', time: '09:30' }],
  },
  {
    ...BER,
    text: 'Hi Jonas,\n\ndanke fürs Gespräch gestern, das lief echt gut! Der Kunde will sich bis spätestens Mittwoch, 16. April, bei mir melden – ich gebe dir dann sofort Bescheid.\n\nCheers\nTim\nSenior Consultant, Hays',
    expect: [{ kind: 'response-by', by: '2031-04-16' }],
  },
  {
    ...BER,
    text: 'Ihr Austrittsgespräch\n\nLiebe Frau Schulz,\n\nzu Ihrem Ausscheiden zum 30. April möchten wir Sie herzlich zu einem kurzen Austrittsgespräch einladen: Dienstag, 15. April, 11 Uhr, Raum 3.14. Ihre Rückmeldung hilft uns, noch besser zu werden.\n\nIhre Personalabteilung',
    expect: [],
  },
  {
    ...BER,
    text: 'Interviewanfrage: Fachkräftemangel in der Pflege\n\nSehr geehrte Frau Prof. Dr. Lindner,\n\nfür unsere Wochenendausgabe recherchieren wir zum Fachkräftemangel in Pflegeberufen. Hätten Sie am Mittwoch, 16. April, um 10 Uhr Zeit für ein kurzes Telefoninterview von etwa 20 Minuten?\n\nMit freundlichen Grüßen\nJana Roth\nRedaktion Wirtschaft, Westfälische Rundschau',
    expect: [],
  },
  {
    ...VIE,
    text: 'Ihre Teilnahme an unserer Studie\n\nGuten Tag Herr Gruber,\n\nvielen Dank, dass Sie an unserem Interview zum Thema Online-Banking teilnehmen. Ihr Termin: Dienstag, 15.04.2031, 18:00 Uhr, Dauer ca. 60 Minuten, per Zoom. Als Dankeschön erhalten Sie eine Aufwandsentschädigung von 40 Euro.\n\nIhr Team von Donau Marktforschung',
    expect: [],
  },
  {
    ...ZRH,
    text: 'Vorsingen Kammerchor\n\nLiebe Frau Frei\n\nvielen Dank für Ihr Interesse an unserem Chor! Gerne laden wir Sie zum Vorsingen ein: Samstag, 12. April, 15 Uhr, im Probelokal an der Kirchgasse 4. Bitte bereiten Sie ein Lied Ihrer Wahl vor.\n\nMusikalische Grüsse\nKammerchor Limmattal',
    expect: [],
  },
  {
    ...BER,
    text: 'Ihr Blutspendetermin\n\nHallo Herr Schäfer,\n\nvielen Dank für Ihre Reservierung! Ihr Termin: Montag, 14.04.2031, 16:40 Uhr, Gemeindehaus St. Marien. Bitte bringen Sie Ihren Personalausweis mit.\n\nIhr DRK-Blutspendedienst',
    expect: [],
  },
  {
    ...BER,
    text: 'Ladung als Zeuge\n\nIn der Strafsache gegen Herrn M. werden Sie als Zeuge geladen. Termin zur Hauptverhandlung: Mittwoch, 23. April 2031, 9:00 Uhr, Saal 112.\n\nAmtsgericht Charlottenburg',
    expect: [],
  },
];

/** Round 310b: Spanish. */
export const ROUND_310B_ES: readonly PhraseRow[] = [
  {
    ...MEX,
    text: 'Hola Daniela:\n\nGracias por tu interés en la vacante de Auxiliar Contable. Te invitamos a una entrevista presencial:\n\nFecha: lunes 14 de abril de 2031\nHora: 11:00 a. m.\nDirección: Calz. de Tlalpan 1820, Col. Country Club, CDMX\n\nNo olvides traer una identificación oficial.\n\nSaludos,\nReclutamiento – Grupo Azteca Alimentos\n\nEnviado a través de Computrabajo',
    expect: [{ kind: 'interview', by: '2031-04-14', time: '11:00' }],
  },
  {
    ...MAD,
    text: 'Hola Sergio:\n\nHemos recibido tu candidatura para la oferta de Técnico de Mantenimiento. Nuestro equipo está revisando todos los CV y te daremos una respuesta en un plazo máximo de 10 días hábiles.\n\nUn saludo,\nEquipo de Selección\nTransportes Levante S.L.\n\nEnviado desde InfoJobs',
    expect: [{ kind: 'response-by', by: '2031-04-24' }],
  },
  {
    ...BUE,
    text: '¡Hola Cami!\n\nGracias por la charla de hoy, nos encantó conocerte. Ahora lo hablamos con el equipo y te escribimos antes del viernes 18 con la devolución.\n\nAbrazo,\nFlor\nPeople – Yerba Labs',
    expect: [{ kind: 'response-by', by: '2031-04-17' }],
  },
  {
    ...SCL,
    text: 'Hola Matías:\n\nGracias por postular al cargo de Analista de Riesgo. Te pedimos no escribirnos para consultar por el estado de tu postulación hasta el lunes 28 de abril, cuando cerremos la etapa de revisión curricular.\n\nSaludos cordiales,\nGerencia de Personas\nBanco Austral',
    expect: [{ kind: 'no-contact-before', by: '2031-04-28' }],
  },
  {
    ...BOG,
    text: 'Estimado Andrés:\n\nAgradecemos tu participación en el proceso de selección para el cargo de Coordinador de Compras. Después de revisar cuidadosamente todos los perfiles, hemos decidido continuar con otros candidatos cuyo perfil se ajusta más a lo que buscamos.\n\nTe deseamos muchos éxitos.\n\nGestión Humana\nTextiles del Valle S.A.S.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...LIM,
    text: 'Hola Rosa:\n\n¡Felicitaciones! Nos complace comunicarte que has sido seleccionada para el puesto de Supervisora de Tienda. Te enviaremos el contrato a más tardar el martes 15 de abril.\n\nSaludos,\nBienestar y Talento\nSupermercados Inca',
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2031-04-15' },
    ],
  },
  {
    ...MAD,
    text: 'Estimada Sra. Navarro:\n\nGracias por su interés en el puesto de Administrativa. Por favor, no llame a la oficina para preguntar por el proceso. Le contestaremos por correo durante la semana que viene.\n\nAtentamente,\nRecursos Humanos\nAsesoría Gómez & Vidal',
    expect: [{ kind: 'no-calls' }, { kind: 'response-by', by: '2031-04-18' }],
  },
  {
    ...MAD,
    text: 'Solicitud de entrevista – Radio Castilla\n\nEstimado Dr. Herrera:\n\nEn el programa «Hoy por la mañana» queremos hablar sobre el empleo juvenil. ¿Podría atendernos en una entrevista telefónica en directo el martes 15 de abril a las 9:10? Serían unos diez minutos.\n\nUn saludo,\nLucía Prieto\nProducción, Radio Castilla',
    expect: [],
  },
  {
    ...MAD,
    text: 'Encuesta de Población Activa\n\nEstimado/a señor/a:\n\nSu vivienda ha sido seleccionada para la Encuesta de Población Activa, que estudia el empleo en España. Una entrevistadora del INE le visitará el miércoles 16 de abril entre las 10:00 y las 12:00. Su colaboración es muy importante.\n\nInstituto Nacional de Estadística',
    expect: [],
  },
  {
    ...BUE,
    text: '¡Bienvenida a Pampa Cloud, Sofi!\n\nQué alegría tenerte en el equipo. Tu primer día es el lunes 21 de abril a las 9:00; te espera Carla en recepción (Av. Córdoba 1550, piso 3) para tu onboarding y la entrega de la notebook.\n\n¡Nos vemos!\nPeople – Pampa Cloud',
    expect: [],
  },
  {
    ...BOG,
    text: 'Citación\n\nSeñor Julián Cárdenas:\n\nPor medio de la presente se le cita a comparecer en calidad de testigo en la audiencia que se celebrará el miércoles 23 de abril de 2031 a las 9:30 a. m. en la Sala 4 del Juzgado Laboral del Circuito de Bogotá.\n\nSecretaría del Juzgado',
    expect: [],
  },
  {
    ...LIM,
    text: 'Hola Vale:\n\n¡Gracias por tu interés en el Coro Municipal de Miraflores! La audición será el sábado 12 de abril a las 10:00 en el auditorio del centro cultural. Prepara una canción de tu elección.\n\nSaludos,\nDirección del Coro',
    expect: [],
  },
  {
    ...SCL,
    text: 'Tu hora para donar sangre\n\nHola Tomás:\n\nTu reserva quedó confirmada: lunes 14 de abril a las 17:20 en el Centro de Sangre de Providencia. Recuerda venir con carnet de identidad y haber comido algo liviano.\n\nCentro de Sangre Metropolitano',
    expect: [],
  },
];

/** Round 310c: French. */
export const ROUND_310C_FR: readonly PhraseRow[] = [
  {
    ...PAR,
    text: 'Bonjour Thomas,\n\nVotre entretien avec Claire Morel (Head of Product) est confirmé : mardi 15 avril 2031 à 16h00 (heure de Paris), en visio. Le lien Google Meet figure dans l’invitation jointe.\n\nÀ très vite,\nL’équipe recrutement de Batik\n\nEnvoyé via Welcome to the Jungle',
    expect: [{ kind: 'interview', by: '2031-04-15', time: '16:00' }],
  },
  {
    ...YUL,
    text: 'Bonjour Mme Gagnon,\n\nNous accusons réception de votre candidature au poste de conseillère en ressources humaines. Nous communiquerons avec les candidat(e)s retenu(e)s d’ici le 25 avril.\n\nCordialement,\nService de la dotation\nVille de Lévis\n\nCe message a été envoyé par Taleo.',
    expect: [{ kind: 'response-by', by: '2031-04-25' }],
  },
  {
    ...BRU,
    text: 'Madame,\n\nNous avons bien reçu votre candidature pour la fonction d’attachée juridique. Nous vous remercions de ne pas nous contacter avant le 22 avril, date de clôture de l’appel à candidatures.\n\nBien à vous,\nService du personnel\nCommune d’Ixelles',
    expect: [{ kind: 'no-contact-before', by: '2031-04-22' }],
  },
  {
    ...GVA,
    text: 'Monsieur,\n\nNous vous remercions de l’intérêt porté à notre institution. Après examen attentif de votre dossier, nous sommes au regret de vous informer que votre candidature n’a pas été retenue pour le poste de chargé de communication.\n\nAvec nos meilleures salutations,\nRessources humaines\nFondation Lac-Léman',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...CMN,
    text: 'Madame Benjelloun,\n\nSuite à nos différents entretiens, nous avons le plaisir de vous proposer le poste de responsable logistique au sein de notre site de Casablanca. Merci de nous faire part de votre décision avant le mardi 15 avril.\n\nCordialement,\nDirection des ressources humaines\nAtlas Distribution SA',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...DKR,
    text: 'Bonjour M. Diop,\n\nMerci pour votre candidature au poste de comptable junior. Vous recevrez une réponse dans un délai de deux semaines.\n\nCordialement,\nCabinet Teranga Recrutement',
    expect: [{ kind: 'response-by', by: '2031-04-24' }],
  },
  {
    ...PAR,
    text: 'Bonjour Madame Perrin,\n\nNous devons malheureusement décaler notre entretien prévu lundi 14 avril. Seriez-vous disponible le mercredi 16 avril à 11h à la place ?\n\nBien cordialement,\nJulien Masson\nChargé de recrutement, Vinci Facilities',
    expect: [{ kind: 'interview', by: '2031-04-16', time: '11:00' }],
  },
  {
    ...PAR,
    text: 'Demande d’interview – France Bleu Isère\n\nBonjour Monsieur Garnier,\n\nNous préparons une émission sur l’emploi des seniors. Seriez-vous disponible mardi 15 avril à 8h10 pour une interview en direct de cinq minutes, par téléphone ?\n\nBien à vous,\nNadia Ferhat\nJournaliste, France Bleu Isère',
    expect: [],
  },
  {
    ...PAR,
    text: 'Enquête Emploi – Insee\n\nMadame, Monsieur,\n\nVotre logement a été tiré au sort pour participer à l’enquête Emploi. Notre enquêtrice, Mme Roux, passera à votre domicile le mercredi 16 avril à 18h pour réaliser l’entretien, d’une durée de 20 minutes environ.\n\nInstitut national de la statistique et des études économiques',
    expect: [],
  },
  {
    ...PAR,
    text: 'Convocation – visite d’information et de prévention\n\nMadame Lopez,\n\nSuite à votre embauche chez Blanchisserie Durand, vous êtes convoquée à votre visite d’information et de prévention le mardi 22 avril à 9h30 au centre de santé au travail de Villeurbanne.\n\nService de prévention et de santé au travail',
    expect: [],
  },
  {
    ...PAR,
    text: 'Convocation – Conseil de prud’hommes de Nanterre\n\nMonsieur,\n\nVous êtes convoqué à l’audience du bureau de conciliation et d’orientation le jeudi 24 avril 2031 à 14h, dans l’affaire qui vous oppose à votre ancien employeur, la société Transco.\n\nLe greffe',
    expect: [],
  },
  {
    ...BRU,
    text: 'Chers membres,\n\nNous avons le plaisir de vous convier à l’assemblée générale de notre association, le samedi 12 avril à 10h, à la Maison des associations. Ordre du jour : comptes 2030, élection du conseil d’administration.\n\nLe bureau de l’ASBL Les Jardins partagés',
    expect: [],
  },
  {
    ...PAR,
    text: 'Votre don de sang\n\nBonjour Camille,\n\nVotre rendez-vous pour un don de sang est confirmé le lundi 14 avril à 17h20 à la Maison du don de Lyon. Pensez à bien manger et à bien vous hydrater avant de venir.\n\nL’Établissement français du sang',
    expect: [],
  },
];
