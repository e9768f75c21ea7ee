// The fifth held-out rounds of issue 13 in German, Spanish and French (rounds 51–53): whole messages written
// fresh for this round (ATS templates from Personio, softgarden, StepStone, d.vinci, rexx, SuccessFactors, Welcome
// to the Jungle, Indeed, Talentsoft, Flatchr, InfoJobs, Computrabajo, Bumeran and Workday; recruiters, hiring
// managers and agencies from Germany, Austria, Switzerland, France, Belgium, Québec, Morocco, Spain, Mexico,
// Argentina, Colombia and Chile), in the formal and informal registers, with job alerts, receipts, status changes,
// other candidates' interviews and events as negatives. Each row's answer was written from
// TIMELINE-CONVENTIONS.md BEFORE the engine read it; the first-run figures are in FIRST_RUN (languages.table.ts).
import type { PhraseRow } from './phrases.table';

// Monday 30 November 2026, 09:00 in Berlin.
const BER_MON = { sentAt: '2026-11-30T09:00:00+01:00', tz: 'Europe/Berlin' } as const;
// Wednesday 25 November 2026, 14:00 in Cologne.
const CGN_WED = { sentAt: '2026-11-25T14:00:00+01:00', tz: 'Europe/Berlin' } as const;
// Thursday 3 December 2026, 11:00 in Vienna.
const VIE_THU = { sentAt: '2026-12-03T11:00:00+01:00', tz: 'Europe/Vienna' } as const;
// Friday 4 December 2026, 15:00 in Zurich.
const ZRH_FRI = { sentAt: '2026-12-04T15:00:00+01:00', tz: 'Europe/Zurich' } as const;

// Monday 30 November 2026, 10:00 in Paris.
const PAR_MON = { sentAt: '2026-11-30T10:00:00+01:00', tz: 'Europe/Paris' } as const;
// Tuesday 24 November 2026, 16:00 in Lyon.
const LYS_TUE = { sentAt: '2026-11-24T16:00:00+01:00', tz: 'Europe/Paris' } as const;
// Wednesday 2 December 2026, 09:30 in Brussels.
const BRU_WED = { sentAt: '2026-12-02T09:30:00+01:00', tz: 'Europe/Brussels' } as const;
// Thursday 3 December 2026, 13:00 in Montréal.
const YUL_THU = { sentAt: '2026-12-03T13:00:00-05:00', tz: 'America/Toronto' } as const;
// Friday 27 November 2026, 11:00 in Casablanca.
const CAS_FRI = { sentAt: '2026-11-27T11:00:00+01:00', tz: 'Africa/Casablanca' } as const;

// Monday 30 November 2026, 10:00 in Madrid.
const MAD_MON = { sentAt: '2026-11-30T10:00:00+01:00', tz: 'Europe/Madrid' } as const;
// Wednesday 2 December 2026, 11:00 in Mexico City.
const MEX_WED = { sentAt: '2026-12-02T11:00:00-06:00', tz: 'America/Mexico_City' } as const;
// Thursday 3 December 2026, 15:00 in Buenos Aires.
const BUE_THU = { sentAt: '2026-12-03T15:00:00-03:00', tz: 'America/Argentina/Buenos_Aires' } as const;
// Tuesday 1 December 2026, 09:00 in Bogotá.
const BOG_TUE = { sentAt: '2026-12-01T09:00:00-05:00', tz: 'America/Bogota' } as const;
// Friday 4 December 2026, 12:00 in Santiago (summer time).
const SCL_FRI = { sentAt: '2026-12-04T12:00:00-03:00', tz: 'America/Santiago' } as const;

/** Round 51: German recruiter mail and ATS templates, fifth unseen round. */
export const ROUND_51_DE: readonly PhraseRow[] = [
  {
    ...BER_MON,
    text: 'Guten Tag Herr Albrecht,\n\nwir freuen uns, Sie zu einem Vorstellungsgespräch für die Position Backend Developer (m/w/d) einzuladen.\n\nTermin: Dienstag, 08.12.2026\nBeginn: 15 Uhr\nDauer: ca. 45 Minuten\nFormat: Microsoft Teams (der Link folgt separat)\n\nBitte bestätigen Sie den Termin über Ihr Bewerberportal.\n\nBeste Grüße\nMiriam Sommer\nTalent Acquisition\nElbtal Systems GmbH\n\nPowered by Personio',
    expect: [{ kind: 'interview', by: '2026-12-08', time: '15:00' }],
  },
  {
    ...BER_MON,
    text: 'Sehr geehrte Frau Petrović,\n\nherzlichen Dank für Ihre Bewerbung als Sachbearbeiterin Buchhaltung. Wir haben Ihre Unterlagen erhalten und werden sie sorgfältig prüfen. Sie hören binnen 14 Tagen von uns.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team der Weserland Logistik GmbH\n\nDiese Nachricht wurde über softgarden versendet.',
    expect: [{ kind: 'response-by', by: '2026-12-14' }],
  },
  {
    ...BER_MON,
    text: 'Hallo Nina,\n\nhier sind deine neuen Jobvorschläge:\n\nProduktmanagerin (m/w/d) – Lumera GmbH, Leipzig – Bewerbungsfrist 15.12.2026\nUX Writer (w/m/d) – Textwerk AG, Dresden – vor 3 Tagen veröffentlicht\n\nDu bekommst diese E-Mail, weil du den StepStone Job-Agent aktiviert hast. Job-Agent bearbeiten | Abmelden',
    expect: [],
  },
  {
    ...CGN_WED,
    text: 'Sehr geehrter Herr Özdemir,\n\nwir bedanken uns nochmals für Ihr Interesse und die Zeit, die Sie sich für das Gespräch mit uns genommen haben. Nach sorgfältiger Prüfung aller Unterlagen können wir Ihre Bewerbung leider nicht weiter berücksichtigen.\n\nFür Ihren weiteren Berufsweg wünschen wir Ihnen viel Erfolg.\n\nMit freundlichen Grüßen\nRheinufer Stadtwerke AöR – Personalgewinnung\n\nVersendet mit d.vinci',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...BER_MON,
    text: 'Statusänderung zu Ihrer Bewerbung\n\nStellenangebot: Elektroniker für Betriebstechnik (m/w/d), Kennziffer 2026-311\nStatus: Einladung zum Gespräch in Planung\nLetzte Aktualisierung: 27.11.2026, 09:14 Uhr\n\nSie können den Stand Ihrer Bewerbung jederzeit in Ihrem Bewerberkonto einsehen.\n\nDiese Nachricht wurde automatisch von rexx systems erzeugt.',
    expect: [],
  },
  {
    ...VIE_THU,
    text: 'Hey Sophie,\n\ndanke nochmal für deine Bewerbung! Hättest du Lust, am Montag um 10.30 Uhr auf einen Kaffee bei uns im Büro in der Neubaugasse vorbeizukommen? Dann lernst du gleich das Team kennen.\n\nLG\nFlorian\nKarotte & Kiwi Digitalagentur, Wien',
    expect: [{ kind: 'interview', by: '2026-12-07', time: '10:30' }],
  },
  {
    ...CGN_WED,
    text: 'Hallo Herr Nowak,\n\nvielen Dank für das angenehme Gespräch. Wir stimmen uns gerade im Team ab und geben Ihnen Anfang nächster Woche Bescheid, wie es weitergeht.\n\nFreundliche Grüße\nClaudia Beck\nTeamleitung Vertrieb',
    expect: [{ kind: 'response-by', by: '2026-12-02', fuzzy: true }],
  },
  {
    ...BER_MON,
    text: 'Sehr geehrte Frau Lindqvist,\n\nvielen Dank für Ihre Nachfrage. Da die Bewerbungsfrist erst am 11.12. endet, bitten wir Sie, vor dem 14. Dezember von Nachfragen zum Stand Ihrer Bewerbung abzusehen.\n\nMit freundlichen Grüßen\nPersonalservice',
    expect: [{ kind: 'no-contact-before', by: '2026-12-14' }],
  },
  {
    ...ZRH_FRI,
    text: 'Grüezi Frau Meier\n\nBesten Dank für Ihre Bewerbung als Pflegefachfrau HF. Telefonische Auskünfte zum Bewerbungsstand können wir leider nicht erteilen. Sie erhalten innerhalb von drei Wochen einen Bescheid per E-Mail.\n\nFreundliche Grüsse\nHR-Team Spital Limmattal',
    expect: [{ kind: 'no-calls' }, { kind: 'response-by', by: '2026-12-25' }],
  },
  {
    ...BER_MON,
    text: 'Sehr geehrter Herr Kaminski,\n\nwir freuen uns sehr, Ihnen die Position als Teamleiter Logistik anbieten zu können. Den Vertragsentwurf finden Sie im Anhang. Bitte geben Sie uns bis spätestens 11.12.2026 Bescheid, ob Sie das Angebot annehmen.\n\nMit freundlichen Grüßen\nBirgit Hansen\nGeschäftsführung',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...CGN_WED,
    text: 'Hi Max,\n\nkurzes Update: Der Kunde hat sich heute deine Unterlagen angeschaut und ist ziemlich angetan. Ich rufe dich morgen Vormittag an, dann besprechen wir die nächsten Schritte.\n\nCheers\nDeniz\nTalentbrücke Personalberatung',
    expect: [{ kind: 'response-by', by: '2026-11-26' }],
  },
  {
    ...BER_MON,
    text: 'Hallo Frau Lange,\n\nwir führen am Donnerstag und Freitag noch Gespräche mit weiteren Bewerberinnen und Bewerbern. Danach sprechen wir intern über alle Profile.\n\nViele Grüße\nTobias Reuter',
    expect: [],
  },
  {
    ...BER_MON,
    text: 'Einladung: Karriere-Abend bei der Mainwerk Bank\n\nAm 10.12.2026 um 18 Uhr öffnen wir die Türen unserer Zentrale in Frankfurt. Lernen Sie unsere Teams kennen und führen Sie erste Gespräche mit unseren Fachbereichen. Anmeldung bis 07.12.\n\nSie erhalten diesen Newsletter, weil Sie sich im Karriereportal registriert haben. Newsletter abbestellen',
    expect: [],
  },
  {
    ...VIE_THU,
    text: 'Zahlungsbestätigung\n\nVielen Dank für Ihren Kauf bei Karriereprofil Premium.\nRechnungsnummer: KP-2026-88412\nDatum: 01.12.2026\nBetrag: 29,95 €\nLaufzeit: bis 31.12.2026\n\nIhre Rechnung finden Sie im Anhang.',
    expect: [],
  },
  {
    ...BER_MON,
    text: 'Hallo Herr Vogt,\n\nleider muss Frau Dr. Ebert unseren Termin am Mittwoch, 9.12., absagen. Können wir stattdessen auf Freitag, 11.12., 9:30 Uhr ausweichen?\n\nDanke und viele Grüße\nSabine Roth',
    expect: [{ kind: 'interview', by: '2026-12-11', time: '09:30' }],
  },
  {
    ...BER_MON,
    text: 'Einladung zum Interview\n\nPosition: Qualitätsingenieur (m/w/d)\nDatum: 15.12.2026\nUhrzeit: 13:00:00\nOrt: Werk Ingolstadt, Tor 3\nAnsprechpartner: Herr Seidl\n\nBitte bringen Sie einen gültigen Lichtbildausweis mit.\n\nSAP SuccessFactors Recruiting',
    expect: [{ kind: 'interview', by: '2026-12-15', time: '13:00' }],
  },
  {
    ...BER_MON,
    text: 'Sehr geehrte Frau Yilmaz,\n\nIhr Assessment-Center am Donnerstag, 10. Dezember, ab 9 Uhr ist bestätigt. Innerhalb einer Woche danach erhalten Sie unsere Entscheidung.\n\nMit freundlichen Grüßen\nKarin Wolf',
    expect: [
      { kind: 'interview', by: '2026-12-10', time: '09:00' },
      { kind: 'response-by', by: '2026-12-17' },
    ],
  },
  {
    ...VIE_THU,
    text: 'Sehr geehrter Herr Gruber,\n\nwir bitten um Verständnis, dass wir Nachfragen erst nach Ablauf von zwei Wochen beantworten können.\n\nMit freundlichen Grüßen\nPersonalabteilung Alpenmilch eGen',
    expect: [{ kind: 'no-contact-before', by: '2026-12-17' }],
  },
  {
    ...BER_MON,
    text: 'Hallo Herr Brandt,\n\nmit einer finalen Entscheidung rechnen wir Mitte Dezember.\n\nBeste Grüße\nJulia Kern',
    expect: [{ kind: 'response-by', by: '2026-12-15', fuzzy: true }],
  },
  {
    ...ZRH_FRI,
    text: 'Hoi Lea\n\nMerci für deine Geduld! Wir melden uns, sobald die Fachabteilung ihre Rückmeldung gegeben hat.\n\nLiebe Grüsse\nRahel',
    expect: [],
  },
];

/** Round 52: Spanish recruiter mail and ATS templates, fifth unseen round. */
export const ROUND_52_ES: readonly PhraseRow[] = [
  {
    ...MAD_MON,
    text: 'Hola Pablo:\n\nTe convocamos a una entrevista para la oferta «Administrativo/a contable».\n\nFecha: 10/12/2026\nHora: 9:30 h\nLugar: Calle Alcalá 120, 3.º, Madrid\n\nSi no puedes asistir, avísanos respondiendo a este mensaje.\n\nUn saludo,\nEquipo de Selección\nEnviado a través de InfoJobs',
    expect: [{ kind: 'interview', by: '2026-12-10', time: '09:30' }],
  },
  {
    ...BOG_TUE,
    text: 'Tu hoja de vida fue vista por la empresa Grupo Andino S.A.S. el 30/11/2026 a las 16:22.\n\n¡Sigue postulándote! Ofertas similares: Auxiliar contable (Medellín), Analista de cartera (Bogotá).\n\nComputrabajo',
    expect: [],
  },
  {
    ...BUE_THU,
    text: 'Hola Martina,\n\n¡Recibimos tu postulación para Analista de Marketing Digital! Nuestro equipo la está revisando y te responderemos en los próximos diez días hábiles.\n\nSaludos,\nEquipo de Talento\nPublicado en Bumeran',
    expect: [{ kind: 'response-by', by: '2026-12-17' }],
  },
  {
    ...MEX_WED,
    text: 'Estimado Sr. Hernández:\n\nLe agradecemos su interés en la vacante de Ingeniero de Procesos. Tras una cuidadosa revisión, hemos decidido continuar con otros candidatos cuyo perfil se ajusta más a las necesidades actuales del puesto.\n\nLe deseamos mucho éxito.\n\nAtentamente,\nAdquisición de Talento\nEste mensaje fue enviado desde Workday.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...SCL_FRI,
    text: 'Hola Josefa, ¡buenas noticias! Queremos que te sumes al equipo como Analista de Riesgo. Te envío la propuesta formal con la renta y los beneficios; ¿nos confirmas a más tardar el miércoles 9 de diciembre?\n\nSaludos,\nFernanda',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...BOG_TUE,
    text: 'Buenos días, señora Ramírez.\n\nPor medio del presente la citamos a entrevista con el gerente de operaciones el día lunes 14 de diciembre a las 3:00 p. m. en nuestras oficinas de la Calle 93 # 11-26, Bogotá.\n\nCordialmente,\nGestión Humana\nTransportes del Norte S.A.',
    expect: [{ kind: 'interview', by: '2026-12-14', time: '15:00' }],
  },
  {
    ...MAD_MON,
    text: 'Hola Lucía:\n\nGracias por tu interés. Por favor, no llames a la tienda para preguntar por el proceso: toda la comunicación se hará por correo electrónico.\n\nUn saludo,\nRR. HH. Moda Norte',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...BUE_THU,
    text: 'Hola Tomás, ¿cómo va? Te pedimos que no nos escribas antes del 15 de diciembre; hasta esa fecha el cliente sigue entrevistando.\n\nAbrazo,\nFlorencia\nSur Talent Consultora',
    expect: [{ kind: 'no-contact-before', by: '2026-12-15' }],
  },
  {
    ...MEX_WED,
    text: 'Hola Diego:\n\nLa entrevista técnica quedó agendada para el jueves 10 de diciembre a las 11:00. Dentro de los dos días hábiles posteriores te daremos una respuesta.\n\nSaludos,\nMariana',
    expect: [
      { kind: 'interview', by: '2026-12-10', time: '11:00' },
      { kind: 'response-by', by: '2026-12-14' },
    ],
  },
  {
    ...MAD_MON,
    text: 'Nuevas ofertas que encajan contigo:\n\nCamarero/a – Valencia – Jornada completa\nDependiente/a – Sevilla – Inscríbete antes del 20/12/2026\n\nRecibes este correo porque tienes activadas las alertas de InfoJobs. Darse de baja de estas alertas',
    expect: [],
  },
  {
    ...MEX_WED,
    text: '¡Te invitamos a nuestra Feria de Empleo Virtual! El 9 de diciembre de 10:00 a 14:00 h, más de 40 empresas estarán reclutando en vivo. Regístrate gratis y prepara tu CV.\n\nSi no deseas recibir más correos, haz clic aquí.',
    expect: [],
  },
  {
    ...BOG_TUE,
    text: 'Comprobante de pago\n\nConcepto: Plan Destacado (30 días)\nImporte: $49.900 COP\nFecha: 01-12-2026 10:15\nReferencia: 7781203\n\nGracias por tu compra.',
    expect: [],
  },
  {
    ...BUE_THU,
    text: 'Hola Martín, esta semana todavía nos quedan entrevistas con otros dos postulantes el martes y el miércoles; en cuanto cerremos la ronda te contamos.\n\nSaludos,\nCecilia',
    expect: [],
  },
  {
    ...MEX_WED,
    text: 'Estimada Lic. Torres:\n\nGracias por su tiempo el día de ayer. El comité revisará las entrevistas y le daremos una respuesta a finales de la próxima semana.\n\nAtentamente,\nRoberto Salinas\nDirector de Finanzas',
    expect: [{ kind: 'response-by', by: '2026-12-11' }],
  },
  {
    ...MAD_MON,
    text: 'Buenas tardes, Sergio:\n\nTe confirmamos la entrevista con la responsable del área.\n\nDía: 11-12-2026 · Hora: 12.30 h · Modalidad: videollamada (Teams)\n\nUn saludo,\nSelección – Grupo Levante',
    expect: [{ kind: 'interview', by: '2026-12-11', time: '12:30' }],
  },
  {
    ...MAD_MON,
    text: 'Hola Irene, te escribo porque tenemos que cambiar la entrevista del martes 1 de diciembre. ¿Te vendría bien el jueves 3 a las 17:00?\n\nGracias,\nNerea',
    expect: [{ kind: 'interview', by: '2026-12-03', time: '17:00' }],
  },
  {
    ...BOG_TUE,
    text: 'Hola Andrés, gracias por venir hoy. Quedamos muy contentos con la conversación; te confirmamos los siguientes pasos antes del viernes.\n\nUn abrazo,\nCamila',
    expect: [{ kind: 'response-by', by: '2026-12-03' }],
  },
  {
    ...SCL_FRI,
    text: 'Estimado postulante:\n\nLamentablemente no podemos atender consultas telefónicas sobre el estado de las postulaciones. Recibirá un correo con el resultado durante la semana del 14 de diciembre.\n\nAtentamente,\nSelección de Personal – Viña Los Andes',
    expect: [{ kind: 'no-calls' }, { kind: 'response-by', by: '2026-12-18' }],
  },
  {
    ...BUE_THU,
    text: 'Hola Sofi, estamos en proceso de revisión y te escribimos en cuanto tengamos novedades. ¡Gracias por la paciencia!',
    expect: [],
  },
];

/** Round 53: French recruiter mail and ATS templates, fifth unseen round. */
export const ROUND_53_FR: readonly PhraseRow[] = [
  {
    ...PAR_MON,
    text: "Bonjour Camille,\n\nMerci pour ta candidature chez Plume ! On aimerait beaucoup te rencontrer pour un premier échange avec Julie, notre Head of Product.\n\nQuand : jeudi 10 décembre à 14h30\nOù : en visio (Google Meet)\n\nÀ très vite,\nL'équipe Plume\n\nEnvoyé via Welcome to the Jungle",
    expect: [{ kind: 'interview', by: '2026-12-10', time: '14:30' }],
  },
  {
    ...PAR_MON,
    text: "Madame, Monsieur,\n\nNous accusons bonne réception de votre candidature au poste d'assistant(e) juridique et vous en remercions. Elle sera étudiée avec attention et nous reviendrons vers vous dans un délai de trois semaines.\n\nCordialement,\nLa Direction des Ressources Humaines\n\nMessage envoyé depuis Talentsoft",
    expect: [{ kind: 'response-by', by: '2026-12-21' }],
  },
  {
    ...LYS_TUE,
    text: "Bonjour Madame Garnier,\n\nNous avons bien étudié votre candidature pour le poste de chargée de communication. Malheureusement, nous ne sommes pas en mesure d'y donner une suite favorable.\n\nNous vous souhaitons pleine réussite dans vos recherches.\n\nL'équipe recrutement\nPropulsé par Flatchr",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...PAR_MON,
    text: 'Nouveaux emplois pour « comptable » à Lyon\n\nComptable fournisseurs H/F – Rhône Négoce – publiée il y a 2 jours\nAssistant comptable – Cabinet Vidal – postulez avant le 15/12/2026\n\nVous recevez cet e-mail car vous avez créé une alerte emploi sur Indeed. Se désabonner',
    expect: [],
  },
  {
    ...BRU_WED,
    text: 'Bonjour Thomas,\n\nSuite à nos différents entretiens, nous avons le plaisir de vous proposer le poste de responsable logistique au sein de notre site de Wavre. Nous vous remercions de nous faire part de votre décision au plus tard le vendredi 11 décembre.\n\nBien cordialement,\nVéronique Dumont\nDRH – Brabant Distribution SA',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...YUL_THU,
    text: 'Salut Gabriel!\n\nMerci encore pour ta patience. Le comité se rencontre mardi prochain et je te reviens avec une réponse d’ici la fin de la semaine prochaine.\n\nBonne journée,\nMélanie\nConseillère en acquisition de talents',
    expect: [{ kind: 'response-by', by: '2026-12-11' }],
  },
  {
    ...CAS_FRI,
    text: "Monsieur,\n\nSuite à votre candidature au poste de chargé de clientèle, nous avons le plaisir de vous convier à un entretien le lundi 7 décembre 2026 à 9h00 dans nos locaux, 45 boulevard Zerktouni, Casablanca. Merci de vous munir d'une pièce d'identité.\n\nCordialement,\nService Recrutement\nMaghreb Assurances",
    expect: [{ kind: 'interview', by: '2026-12-07', time: '09:00' }],
  },
  {
    ...PAR_MON,
    text: 'Bonjour,\n\nMerci de ne pas relancer nos équipes par téléphone ; seules les candidatures retenues recevront une réponse.\n\nLe service RH',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...LYS_TUE,
    text: "Bonjour Monsieur Perrin,\n\nNous vous remercions de ne pas nous relancer avant le 18 décembre, date à laquelle l'ensemble des entretiens aura eu lieu.\n\nCordialement,\nAnne-Sophie Morel",
    expect: [{ kind: 'no-contact-before', by: '2026-12-18' }],
  },
  {
    ...BRU_WED,
    text: 'Votre candidature a changé de statut.\n\nOffre : Technicien de maintenance H/F (réf. 2026-1184)\nNouveau statut : Entretien planifié\nDate de mise à jour : 01/12/2026 16:05:33\n\nCeci est un message automatique, merci de ne pas y répondre.',
    expect: [],
  },
  {
    ...PAR_MON,
    text: 'Bonjour Inès,\n\nNous terminons les entretiens avec les autres candidats jeudi et vendredi ; nous échangerons ensuite en équipe sur tous les profils.\n\nBelle journée,\nLouis',
    expect: [],
  },
  {
    ...PAR_MON,
    text: "Webinar « Réussir son entretien d'embauche » le mardi 8 décembre à 18h.\n\nInscription gratuite, places limitées. Nos coachs répondront à toutes vos questions en direct.\n\nVous recevez cette newsletter car vous êtes inscrit sur notre site. Se désinscrire",
    expect: [],
  },
  {
    ...PAR_MON,
    text: 'Bonjour Madame Renaud,\n\nVotre entretien final avec la direction est fixé au mercredi 9 décembre à 11h. Nous vous communiquerons notre décision dans les trois jours ouvrés qui suivent.\n\nCordialement,\nÉric Baron',
    expect: [
      { kind: 'interview', by: '2026-12-09', time: '11:00' },
      { kind: 'response-by', by: '2026-12-14' },
    ],
  },
  {
    ...BRU_WED,
    text: "Salut Julien,\n\nLe client a bien reçu ton dossier et voit les autres profils cette semaine. Je t'appelle lundi pour te donner son retour.\n\nÀ plus,\nNathalie\nAxis Interim Bruxelles",
    expect: [{ kind: 'response-by', by: '2026-12-07' }],
  },
  {
    ...BRU_WED,
    text: 'Reçu de paiement\n\nAbonnement : Profil Premium (1 mois)\nMontant : 9,99 €\nDate : 01/12/2026\nProchain prélèvement le 01/01/2027\n\nMerci pour votre confiance.',
    expect: [],
  },
  {
    ...PAR_MON,
    text: 'Bonjour Monsieur Lambert,\n\nUn imprévu nous oblige à décaler votre entretien prévu le jeudi 3 décembre. Seriez-vous disponible le vendredi 4 décembre à 16h à la place ?\n\nBien à vous,\nClaire Fontaine',
    expect: [{ kind: 'interview', by: '2026-12-04', time: '16:00' }],
  },
  {
    ...CAS_FRI,
    text: 'Bonjour Mme Alaoui,\n\nJe vous confirme que votre dossier est entre les mains du directeur technique. Vous aurez notre retour d’ici la fin du mois.\n\nBien cordialement,\nKarim Bennani',
    expect: [{ kind: 'response-by', by: '2026-11-30' }],
  },
  {
    ...YUL_THU,
    text: 'Bonjour,\n\nNous avons bien reçu votre candidature. Un membre de notre équipe communiquera avec vous dans les 10 jours ouvrables.\n\nL’équipe dotation\nCaisse Desjardins du Plateau',
    expect: [{ kind: 'response-by', by: '2026-12-17' }],
  },
  {
    ...LYS_TUE,
    text: 'Bonjour Léa,\n\nMerci pour votre message. Le processus suit son cours et nous reviendrons vers vous dans les meilleurs délais.\n\nCordialement,\nSophie',
    expect: [],
  },
];

// Rounds 54–56 were written after rounds 51–53's fixes, before the engine read them: the fixed engine's first run
// on new text.

// Tuesday 1 December 2026, 10:00 in Leipzig.
const LEJ_TUE = { sentAt: '2026-12-01T10:00:00+01:00', tz: 'Europe/Berlin' } as const;
// Friday 27 November 2026, 09:00 in Graz.
const GRZ_FRI = { sentAt: '2026-11-27T09:00:00+01:00', tz: 'Europe/Vienna' } as const;
// Friday 27 November 2026, 08:00 in London (a German message read by a user in London).
const LON_FRI = { sentAt: '2026-11-27T08:00:00+00:00', tz: 'Europe/London' } as const;
// Wednesday 2 December 2026, 16:00 in Basel.
const BSL_WED = { sentAt: '2026-12-02T16:00:00+01:00', tz: 'Europe/Zurich' } as const;
// Thursday 26 November 2026, 11:00 in Munich.
const MUC_THU = { sentAt: '2026-11-26T11:00:00+01:00', tz: 'Europe/Berlin' } as const;

// Tuesday 1 December 2026, 10:00 in Barcelona.
const BCN_TUE = { sentAt: '2026-12-01T10:00:00+01:00', tz: 'Europe/Madrid' } as const;
// Thursday 3 December 2026, 10:00 in Guadalajara.
const GDL_THU = { sentAt: '2026-12-03T10:00:00-06:00', tz: 'America/Mexico_City' } as const;
// Thursday 3 December 2026, 10:00 in Bogotá (a user there reading a Mexican invitation).
const BOG_THU = { sentAt: '2026-12-03T10:00:00-05:00', tz: 'America/Bogota' } as const;
// Friday 27 November 2026, 11:00 in Medellín.
const MDE_FRI = { sentAt: '2026-11-27T11:00:00-05:00', tz: 'America/Bogota' } as const;
// Monday 30 November 2026, 09:00 in Santiago.
const SCL_MON = { sentAt: '2026-11-30T09:00:00-03:00', tz: 'America/Santiago' } as const;
// Wednesday 2 December 2026, 14:00 in Rosario.
const ROS_WED = { sentAt: '2026-12-02T14:00:00-03:00', tz: 'America/Argentina/Buenos_Aires' } as const;

// Tuesday 1 December 2026, 10:00 in Nantes.
const NTE_TUE = { sentAt: '2026-12-01T10:00:00+01:00', tz: 'Europe/Paris' } as const;
// Thursday 3 December 2026, 09:00 in Geneva.
const GVA_THU = { sentAt: '2026-12-03T09:00:00+01:00', tz: 'Europe/Zurich' } as const;
// Monday 30 November 2026, 14:00 in Liège.
const LGG_MON = { sentAt: '2026-11-30T14:00:00+01:00', tz: 'Europe/Brussels' } as const;
// Wednesday 2 December 2026, 10:00 in Québec City.
const YQB_WED = { sentAt: '2026-12-02T10:00:00-05:00', tz: 'America/Toronto' } as const;
// Thursday 3 December 2026, 09:00 in Montréal.
const YUL_THU9 = { sentAt: '2026-12-03T09:00:00-05:00', tz: 'America/Toronto' } as const;
// Friday 27 November 2026, 10:00 in Rabat.
const RBA_FRI = { sentAt: '2026-11-27T10:00:00+01:00', tz: 'Africa/Casablanca' } as const;

/** Round 54: German, a second fresh round, first read by the engine after rounds 51–53's fixes. */
export const ROUND_54_DE: readonly PhraseRow[] = [
  {
    ...LEJ_TUE,
    text: 'Ihr Interviewtermin\n\nDatum\tUhrzeit\tOrt\n09.12.2026\t11:30\tMessehaus, Raum 2.14\n\nWir freuen uns auf Sie!\n\nsoftgarden e-recruiting',
    expect: [{ kind: 'interview', by: '2026-12-09', time: '11:30' }],
  },
  {
    ...GRZ_FRI,
    text: 'Sehr geehrte Frau Pichler,\n\nvielen Dank für Ihre Bewerbung. Die Bewerbungsfrist endet am 4. Dezember; innerhalb von drei Wochen danach informieren wir alle Bewerberinnen und Bewerber über das Ergebnis.\n\nMit freundlichen Grüßen\nSteirische Energiewerke',
    expect: [{ kind: 'response-by', by: '2026-12-25' }],
  },
  {
    ...BSL_WED,
    text: 'Grüezi Herr Frei\n\nDen schriftlichen Arbeitsvertrag erhalten Sie per Post innerhalb von fünf Arbeitstagen.\n\nFreundliche Grüsse\nHR Rheinhafen AG',
    expect: [{ kind: 'response-by', by: '2026-12-09' }],
  },
  {
    ...MUC_THU,
    text: 'Hallo Herr Wolf,\n\nwir haben am Montag und Dienstag noch einige Kandidaten im Gespräch. Rechnen Sie mit unserer Rückmeldung bis spätestens Freitag, 4. Dezember.\n\nViele Grüße\nAndrea Huber',
    expect: [{ kind: 'response-by', by: '2026-12-04' }],
  },
  {
    ...LEJ_TUE,
    text: 'Ihre Bewerbung wurde erfolgreich übermittelt.\n\nEingangsdatum: 01.12.2026 09:58:12\nReferenznummer: LE-4471\n\nBitte antworten Sie nicht auf diese automatisch generierte E-Mail.',
    expect: [],
  },
  {
    ...MUC_THU,
    text: 'Sehr geehrte Bewerberin,\n\nbitte senden Sie uns keine Unterlagen per Post und rufen Sie auch nicht in der Filiale an; alle Informationen erhalten Sie per E-Mail.\n\nIhr Recruiting-Team',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...LON_FRI,
    text: 'Servus Lukas,\n\ndas Video-Interview mit unserem Team ist fixiert: Donnerstag, 3. Dezember, 8:00 Uhr (MEZ).\n\nLG\nKatharina',
    expect: [{ kind: 'interview', by: '2026-12-03', time: '07:00' }],
  },
  {
    ...BSL_WED,
    text: 'Guten Tag Frau Keller\n\nIch bin bis und mit 11. Dezember abwesend und ab Montag, 14. Dezember, wieder im Büro. Bitte melden Sie sich erst danach wieder bei mir.\n\nFreundliche Grüsse\nMarco Steiner',
    expect: [{ kind: 'no-contact-before', by: '2026-12-14' }],
  },
  {
    ...MUC_THU,
    text: 'Hallo Herr Wolf,\n\neine Entscheidung fällt bis Ende Dezember, nachdem der Betriebsrat am 17. Dezember getagt hat.\n\nViele Grüße\nAndrea Huber',
    expect: [{ kind: 'response-by', by: '2026-12-31' }],
  },
  {
    ...LEJ_TUE,
    text: 'Hi Tim,\n\nsuper Neuigkeiten: Wir möchten dich gerne als Junior Data Engineer an Bord holen! Das Angebot mit allen Details hängt an. Gib mir bitte bis Mittwoch nächster Woche Bescheid, ob du zusagst.\n\nBeste Grüße\nLena',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...GRZ_FRI,
    text: 'Sehr geehrter Herr Koller,\n\nleider müssen wir Ihnen mitteilen, dass die Position bereits besetzt wurde.\n\nMit freundlichen Grüßen\nPersonalabteilung',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...BSL_WED,
    text: '3 neue Stellen passend zu «Projektleiter Bau»\n\nBauleiter Tiefbau – Basel – publiziert am 01.12.2026 – Bewerbung bis 20.12.2026\nProjektleiter Hochbau – Liestal – publiziert am 30.11.2026\n\nJob-Abo verwalten | abbestellen',
    expect: [],
  },
  {
    ...MUC_THU,
    text: 'Save the Date: Azubi-Speed-Dating am 15.01.2027 von 14 bis 17 Uhr in unserer Münchner Zentrale. Lerne unsere Ausbilder kennen und melde dich jetzt an!',
    expect: [],
  },
  {
    ...LEJ_TUE,
    text: 'Sehr geehrter Herr Schulz,\n\nwir bitten Sie, sich bis zum Abschluss des Auswahlverfahrens am 18. Dezember zu gedulden.\n\nMit freundlichen Grüßen\nPersonalentwicklung',
    expect: [{ kind: 'no-contact-before', by: '2026-12-18', fuzzy: true }],
  },
  {
    ...BSL_WED,
    text: 'Hoi Nico\n\nMerci für dein Dossier! Hättest du nächsten Dienstag um 9.15 Uhr Zeit für einen kurzen Call mit unserem Teamlead?\n\nLiebe Grüsse\nSeraina',
    expect: [{ kind: 'interview', by: '2026-12-08', time: '09:15' }],
  },
  {
    ...MUC_THU,
    text: 'Hallo Herr Wolf,\n\ndie Freigabe durch die Geschäftsführung dauert erfahrungsgemäß etwa zehn Tage, danach melden wir uns.\n\nViele Grüße\nAndrea Huber',
    expect: [{ kind: 'response-by', by: '2026-12-06', fuzzy: true }],
  },
  {
    ...LEJ_TUE,
    text: 'Quittung\n\nVielen Dank für Ihre Zahlung an die Akademie Mitteldeutschland.\nKurs: Bewerbungstraining kompakt\nTermin: 12.12.2026, 10:00 Uhr\nBetrag: 89,00 €',
    expect: [],
  },
  {
    ...GRZ_FRI,
    text: 'Karriere-Newsletter Dezember\n\nUnsere Lehrlinge erzählen, wie ihr Vorstellungsgespräch lief. Die nächste Bewerbungsrunde startet am 01.03.2027.\n\nNewsletter abbestellen',
    expect: [],
  },
];

/** Round 55: Spanish, a second fresh round, first read by the engine after rounds 51–53's fixes. */
export const ROUND_55_ES: readonly PhraseRow[] = [
  {
    ...BCN_TUE,
    text: 'Detalles de la entrevista\n\nFecha: martes, 15 de diciembre de 2026\nHora: 11:00 (hora peninsular)\nEntrevistador/a: Marta Vidal\nUbicación: Microsoft Teams\n\nWorkday',
    expect: [{ kind: 'interview', by: '2026-12-15', time: '11:00' }],
  },
  {
    ...GDL_THU,
    text: 'Estimado Ing. Ramírez:\n\nLa vacante cierra el 11 de diciembre. Dentro del mes siguiente a esa fecha le informaremos si su perfil avanza a la siguiente etapa.\n\nAtentamente,\nTalento Humano',
    expect: [{ kind: 'response-by', by: '2027-01-11' }],
  },
  {
    ...MDE_FRI,
    text: 'Hola Juliana, los resultados de la prueba técnica te llegarán al correo a más tardar el miércoles. ¡Gracias por tu paciencia!',
    expect: [{ kind: 'response-by', by: '2026-12-02' }],
  },
  {
    ...SCL_MON,
    text: 'Hola Ignacio, esta semana terminamos las entrevistas con el resto de los postulantes (jueves y viernes) y la próxima semana te contamos cómo seguimos.\n\nSaludos,\nJaviera',
    expect: [{ kind: 'response-by', by: '2026-12-11' }],
  },
  {
    ...BCN_TUE,
    text: 'Tu candidatura ha cambiado de estado\n\nOferta: Dependiente/a de tienda\nEstado: En proceso\nFecha del cambio: 30/11/2026 18:42:07\n\nInfoJobs',
    expect: [],
  },
  {
    ...ROS_WED,
    text: 'Hola Agustina, por favor no reenvíes tu CV ni te comuniques por teléfono con la sucursal; te contactaremos por este medio.\n\nSaludos,\nRRHH',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...BOG_THU,
    text: 'Hola Camilo:\n\nTe compartimos los datos de tu entrevista con el equipo de Guadalajara.\n\nEntrevista: jueves 10 de diciembre, 10:00 (America/Mexico_City)\nEnlace: Google Meet\n\nSaludos,\nAdriana',
    expect: [{ kind: 'interview', by: '2026-12-10', time: '11:00' }],
  },
  {
    ...SCL_MON,
    text: 'Hola Francisca:\n\nEstaré de vacaciones hasta el viernes 11 de diciembre y vuelvo a la oficina el lunes 14. Por favor, no me escribas antes de esa fecha.\n\nSaludos,\nRodrigo',
    expect: [{ kind: 'no-contact-before', by: '2026-12-14' }],
  },
  {
    ...BCN_TUE,
    text: 'Hola Marc:\n\nEsperamos darte una respuesta antes de fin de mes, después de que el comité se reúna el 18.\n\nUn saludo,\nNúria',
    expect: [{ kind: 'response-by', by: '2026-12-31' }],
  },
  {
    ...ROS_WED,
    text: '¡Hola Agus! Te cuento que el cliente eligió tu perfil: nos gustaría hacerte una oferta formal para el puesto de QA Analyst. ¿Podés confirmarnos antes del viernes si seguís interesado?\n\nAbrazo,\nLucía',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...GDL_THU,
    text: 'Estimado Lic. Ortega:\n\nAgradecemos su participación en el proceso. En esta ocasión su perfil no fue seleccionado para continuar.\n\nAtentamente,\nRecursos Humanos',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...BCN_TUE,
    text: 'Hay 12 nuevas ofertas de «Técnico de laboratorio» en Barcelona. La más reciente: Laboratorios Farma Nord, publicada hoy a las 8:15.\n\nGestionar alertas',
    expect: [],
  },
  {
    ...SCL_MON,
    text: 'Te esperamos en nuestro Open Day el miércoles 9 de diciembre a las 17:00 en Av. Apoquindo 3000. ¡Conoce al equipo y postula en el momento! Cupos limitados.',
    expect: [],
  },
  {
    ...MDE_FRI,
    text: 'Hola Sebastián:\n\nTu prueba práctica quedó programada para el martes 1 de diciembre a las 9:00 a. m.\n\nUna vez la presentes, el equipo la revisará y te dará retroalimentación en un máximo de tres días hábiles.\n\nSaludos,\nValeria',
    expect: [
      { kind: 'interview', by: '2026-12-01', time: '09:00' },
      { kind: 'response-by', by: '2026-12-04' },
    ],
  },
  {
    ...GDL_THU,
    text: 'Buen día, Sra. Méndez. ¿Le quedaría bien una entrevista el lunes 7 a las 12:30 en nuestras oficinas de Zapopan?\n\nSaludos cordiales,\nHéctor',
    expect: [{ kind: 'interview', by: '2026-12-07', time: '12:30' }],
  },
  {
    ...ROS_WED,
    text: 'Hola Martín, te pedimos que esperes al menos diez días antes de consultar por el estado de tu postulación.\n\nSaludos,\nEquipo de Selección',
    expect: [{ kind: 'no-contact-before', by: '2026-12-12' }],
  },
  {
    ...BCN_TUE,
    text: 'Recibo de pago\n\nCurso: «Prepara tu entrevista de trabajo»\nFecha de la sesión: 10/12/2026 a las 19:00\nTotal: 25,00 €\n\nGracias por tu compra.',
    expect: [],
  },
  {
    ...GDL_THU,
    text: 'Hola equipo:\n\nles recuerdo que mañana a las 9:00 entrevistamos a Paula Gómez para el puesto de contadora.\n\nSaludos,\nHéctor',
    expect: [],
  },
];

/** Round 56: French, a second fresh round, first read by the engine after rounds 51–53's fixes. */
export const ROUND_56_FR: readonly PhraseRow[] = [
  {
    ...NTE_TUE,
    text: 'Convocation à un entretien\n\nDate : 08/12/2026\nHeure : 14:00\nLieu : 3 quai de la Fosse, Nantes\nInterlocuteur : M. Guérin\n\nMessage envoyé via Talentsoft',
    expect: [{ kind: 'interview', by: '2026-12-08', time: '14:00' }],
  },
  {
    ...GVA_THU,
    text: 'Madame,\n\nLe délai de candidature court jusqu’au 11 décembre. Nous vous donnerons une réponse dans les deux semaines qui suivent la clôture.\n\nMeilleures salutations,\nService RH',
    expect: [{ kind: 'response-by', by: '2026-12-25' }],
  },
  {
    ...LGG_MON,
    text: 'Bonjour Monsieur Lejeune,\n\nVotre contrat vous parviendra par courrier dans les cinq jours ouvrables.\n\nCordialement,\nService du personnel',
    expect: [{ kind: 'response-by', by: '2026-12-07' }],
  },
  {
    ...YQB_WED,
    text: 'Bonjour Olivier, nous rencontrons encore deux candidats demain et vendredi; je te reviens au plus tard mardi prochain.\n\nBonne journée,\nAudrey',
    expect: [{ kind: 'response-by', by: '2026-12-08' }],
  },
  {
    ...NTE_TUE,
    text: "Bonjour,\n\nVotre candidature pour l'offre « Chargé d'affaires » est passée à l'étape « Entretien » le 30/11/2026 à 17:22.\n\nL'équipe recrutement (message automatique)",
    expect: [],
  },
  {
    ...RBA_FRI,
    text: 'Bonjour,\n\nMerci de ne pas envoyer de nouveau votre dossier ni de contacter le standard par téléphone.\n\nLa Direction des Ressources Humaines',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...YUL_THU9,
    text: 'Bonjour Étienne,\n\nVotre entrevue avec notre équipe de Genève est confirmée : jeudi 10 décembre à 15h00 (CET).\n\nCordialement,\nSophie',
    expect: [{ kind: 'interview', by: '2026-12-10', time: '09:00' }],
  },
  {
    ...LGG_MON,
    text: "Bonjour,\n\nJe suis absente jusqu'au 4 décembre inclus et de retour le lundi 7 décembre. Merci de ne pas me relancer d'ici là.\n\nCordialement,\nIsabelle",
    expect: [{ kind: 'no-contact-before', by: '2026-12-07' }],
  },
  {
    ...YQB_WED,
    text: 'Bonjour Maxime,\n\nNous prévoyons rendre une décision avant les Fêtes, après la rencontre du comité le 15 décembre.\n\nAu plaisir,\nAudrey',
    expect: [{ kind: 'response-by', by: '2026-12-24', fuzzy: true }],
  },
  {
    ...NTE_TUE,
    text: "Salut Manon !\n\nBonne nouvelle : on aimerait beaucoup que tu rejoignes l'équipe en CDI. Tu trouveras la proposition en PJ, dis-moi d'ici vendredi si c'est ok pour toi.\n\nBises,\nClaire",
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...RBA_FRI,
    text: 'Madame,\n\nNous avons le regret de vous informer que nous avons retenu une autre candidature pour ce poste.\n\nVeuillez agréer nos salutations distinguées.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...GVA_THU,
    text: 'Alerte emploi : 4 nouvelles offres « Comptable » à Genève. Postulez dès maintenant — offres publiées le 02.12.2026.\n\nGérer mes alertes',
    expect: [],
  },
  {
    ...LGG_MON,
    text: 'Invitation : Job Day Industrie le samedi 12 décembre de 9h à 13h au Palais des Congrès de Liège. Venez rencontrer nos recruteurs !',
    expect: [],
  },
  {
    ...YQB_WED,
    text: 'Merci pour ta patience ! Il nous reste deux entrevues à faire jeudi; on devrait être en mesure de te donner des nouvelles en début de semaine prochaine.\n\nAudrey',
    expect: [{ kind: 'response-by', by: '2026-12-09', fuzzy: true }],
  },
  {
    ...RBA_FRI,
    text: 'Bonjour Monsieur Tazi,\n\nSuite à notre échange téléphonique, je vous confirme votre entretien avec le directeur financier mardi 1er décembre à 15h30 au siège de Rabat.\n\nCordialement,\nNadia',
    expect: [{ kind: 'interview', by: '2026-12-01', time: '15:30' }],
  },
  {
    ...NTE_TUE,
    text: 'Bonjour Madame Leroy,\n\nMerci de patienter au moins dix jours avant de revenir vers nous.\n\nCordialement,\nLe service recrutement',
    expect: [{ kind: 'no-contact-before', by: '2026-12-11' }],
  },
  {
    ...NTE_TUE,
    text: 'Confirmation de commande n° 55102\n\nAtelier CV & entretien — session du mercredi 9 décembre à 18h30\nMontant réglé : 35,00 €',
    expect: [],
  },
  {
    ...GVA_THU,
    text: 'La lettre RH de décembre : 5 conseils pour réussir vos entretiens annuels, et notre prochain afterwork le jeudi 17 décembre à 19h.\n\nSe désabonner',
    expect: [],
  },
];

// Rounds 57–59 were written after rounds 54–56's fixes, before the engine read them.

// Monday 7 December 2026, 09:30 in Frankfurt.
const FRA_MON = { sentAt: '2026-12-07T09:30:00+01:00', tz: 'Europe/Berlin' } as const;
// Tuesday 24 November 2026, 15:00 in Hamburg.
const HAM_TUE = { sentAt: '2026-11-24T15:00:00+01:00', tz: 'Europe/Berlin' } as const;
// Wednesday 25 November 2026, 10:00 in Vienna.
const WIE_WED = { sentAt: '2026-11-25T10:00:00+01:00', tz: 'Europe/Vienna' } as const;
// Thursday 19 November 2026, 13:00 in Zug.
const ZUG_THU = { sentAt: '2026-11-19T13:00:00+01:00', tz: 'Europe/Zurich' } as const;
// Friday 4 December 2026, 17:30 in Stuttgart.
const STR_FRI = { sentAt: '2026-12-04T17:30:00+01:00', tz: 'Europe/Berlin' } as const;

// Monday 23 November 2026, 09:00 in Valencia.
const VLC_MON = { sentAt: '2026-11-23T09:00:00+01:00', tz: 'Europe/Madrid' } as const;
// Tuesday 1 December 2026, 12:00 in Mexico City.
const CDMX_TUE = { sentAt: '2026-12-01T12:00:00-06:00', tz: 'America/Mexico_City' } as const;
// Friday 20 November 2026, 10:00 in Buenos Aires.
const BUE_FRI = { sentAt: '2026-11-20T10:00:00-03:00', tz: 'America/Argentina/Buenos_Aires' } as const;
// Wednesday 25 November 2026, 08:30 in Bogotá.
const BOG_WED = { sentAt: '2026-11-25T08:30:00-05:00', tz: 'America/Bogota' } as const;
// Thursday 26 November 2026, 16:00 in Santiago.
const SCL_THU = { sentAt: '2026-11-26T16:00:00-03:00', tz: 'America/Santiago' } as const;
// Friday 4 December 2026, 13:00 in Madrid.
const MAD_FRI = { sentAt: '2026-12-04T13:00:00+01:00', tz: 'Europe/Madrid' } as const;

// Wednesday 25 November 2026, 11:00 in Paris.
const PAR_WED = { sentAt: '2026-11-25T11:00:00+01:00', tz: 'Europe/Paris' } as const;
// Monday 30 November 2026, 09:00 in Bordeaux.
const BOD_MON = { sentAt: '2026-11-30T09:00:00+01:00', tz: 'Europe/Paris' } as const;
// Thursday 19 November 2026, 14:00 in Brussels.
const BXL_THU = { sentAt: '2026-11-19T14:00:00+01:00', tz: 'Europe/Brussels' } as const;
// Tuesday 1 December 2026, 10:00 in Lausanne.
const LAU_TUE = { sentAt: '2026-12-01T10:00:00+01:00', tz: 'Europe/Zurich' } as const;
// Friday 27 November 2026, 15:00 in Montréal.
const YUL_FRI = { sentAt: '2026-11-27T15:00:00-05:00', tz: 'America/Toronto' } as const;
// Wednesday 2 December 2026, 09:00 in Casablanca.
const CAS_WED = { sentAt: '2026-12-02T09:00:00+01:00', tz: 'Africa/Casablanca' } as const;

/** Round 57: German, a third fresh round, first read by the engine after rounds 54–56's fixes. */
export const ROUND_57_DE: readonly PhraseRow[] = [
  {
    ...HAM_TUE,
    text: 'Sehr geehrte Frau Brandt,\n\nwir möchten Sie gerne näher kennenlernen und laden Sie hiermit zu einem persönlichen Gespräch ein.\n\nWann: Montag, 30. November 2026, 13.30 Uhr\nWo: Am Sandtorkai 41, 20457 Hamburg\nMit: Dr. Jens Ohlsen (Bereichsleitung)\n\nBitte nutzen Sie den Link, um den Termin zu bestätigen.\n\nd.vinci',
    expect: [{ kind: 'interview', by: '2026-11-30', time: '13:30' }],
  },
  {
    ...WIE_WED,
    text: 'Liebe Frau Gruber,\n\nnach Ihrem Hearing am 2. Dezember erhalten Sie binnen zehn Werktagen eine Rückmeldung.\n\nMit besten Grüßen\nMag. Eva Lechner',
    expect: [
      { kind: 'interview', by: '2026-12-02' },
      { kind: 'response-by', by: '2026-12-16' },
    ],
  },
  {
    ...ZUG_THU,
    text: 'Guten Tag Herr Meier\n\nWir haben Ihre Unterlagen erhalten. Die Auswertung nimmt in der Regel rund drei Wochen in Anspruch. Telefonische Anfragen können wir leider nicht beantworten.\n\nFreundliche Grüsse\nHR Zugerland Treuhand',
    expect: [{ kind: 'response-by', by: '2026-12-10', fuzzy: true }, { kind: 'no-calls' }],
  },
  {
    ...STR_FRI,
    text: 'Hi Paul,\n\ndanke dir nochmal für deine Zeit! Wir haben uns nach langem Überlegen für jemanden mit mehr Erfahrung im Embedded-Bereich entschieden. Ich wünsch dir alles Gute!\n\nVG Jana',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...FRA_MON,
    text: 'Ihr Suchauftrag „Controller Frankfurt“: 5 neue Treffer seit dem 30.11.2026. Jetzt ansehen!\n\nSie erhalten diese E-Mail von Indeed. Abmelden',
    expect: [],
  },
  {
    ...HAM_TUE,
    text: 'Sehr geehrter Herr Peters,\n\nbitte haben Sie bis Mitte Dezember Geduld; vorher können wir Ihnen leider keinen Zwischenstand geben.\n\nMit freundlichen Grüßen\nPersonalabteilung',
    expect: [{ kind: 'no-contact-before', by: '2026-12-15', fuzzy: true }],
  },
  {
    ...WIE_WED,
    text: 'Sehr geehrter Herr Novak,\n\nleider muss das für Freitag, 27. November, 10 Uhr geplante Gespräch entfallen. Wir melden uns mit einem neuen Termin.\n\nMit freundlichen Grüßen',
    expect: [],
  },
  {
    ...ZUG_THU,
    text: 'Sehr geehrte Frau Baumann\n\nEs freut uns sehr, Ihnen die Stelle als Leiterin Finanzbuchhaltung anbieten zu dürfen. Die Vertragsunterlagen senden wir Ihnen bis Ende nächster Woche zu. Wir bitten Sie um Ihre Rückmeldung bis 4. Dezember.\n\nFreundliche Grüsse',
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2026-11-27' },
    ],
  },
  {
    ...STR_FRI,
    text: 'Hallo Frau Schmid,\n\ndas Team führt am Dienstag und Mittwoch noch die letzten Interviews. Sie hören Ende kommender Woche von mir.\n\nGrüße\nTobias',
    expect: [{ kind: 'response-by', by: '2026-12-11' }],
  },
  {
    ...FRA_MON,
    text: 'Sehr geehrte Bewerberinnen und Bewerber,\n\nAnrufe in der Personalabteilung sind leider nicht möglich. Wir melden uns per E-Mail.\n\nIhr HR-Team',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...HAM_TUE,
    text: 'Einladung zum Hamburger Azubi-Tag\n\nAm Samstag, 5. Dezember, von 10 bis 15 Uhr zeigen wir Ihnen unsere Ausbildungswerkstatt. Anmeldung unter azubitag@hafenwerft.de',
    expect: [],
  },
  {
    ...WIE_WED,
    text: 'Bestellbestätigung\n\nArtikel: Bewerbungsmappe Premium (3 Stück)\nBestelldatum: 24.11.2026\nVoraussichtliche Zustellung: 27.11.2026\nGesamtbetrag: 14,97 €',
    expect: [],
  },
  {
    ...ZUG_THU,
    text: 'Statusupdate zu Ihrer Bewerbung (Ref. 2026-0917): Ihre Unterlagen wurden am 18.11.2026 an die Fachabteilung weitergeleitet.\n\nDies ist eine automatische Benachrichtigung von SAP SuccessFactors.',
    expect: [],
  },
  {
    ...STR_FRI,
    text: 'Hallo Jonas,\n\nkannst du bitte für Frau Özkan am Montag um 9 Uhr den Raum 3.12 blocken? Sie kommt zum Zweitgespräch.\n\nDanke\nAnke',
    expect: [],
  },
  {
    ...FRA_MON,
    text: 'Sehr geehrter Herr Adler,\n\nIhr Zweitgespräch mit Frau Dr. Hahn findet am Donnerstag, 10. Dezember, um 11 Uhr statt.\n\nIm Anschluss an das Gespräch erhalten Sie innerhalb von zwei Arbeitstagen unsere Entscheidung.\n\nMit freundlichen Grüßen',
    expect: [
      { kind: 'interview', by: '2026-12-10', time: '11:00' },
      { kind: 'response-by', by: '2026-12-14' },
    ],
  },
  {
    ...WIE_WED,
    text: 'Sehr geehrte Frau Wimmer,\n\nbitte fragen Sie nicht vor Ablauf von zehn Tagen nach.\n\nMit freundlichen Grüßen\nRecruiting',
    expect: [{ kind: 'no-contact-before', by: '2026-12-05' }],
  },
  {
    ...HAM_TUE,
    text: 'Hallo Herr Peters,\n\nwir melden uns, sobald wir Neuigkeiten haben – spätestens aber vor Weihnachten.\n\nViele Grüße\nSilke',
    expect: [{ kind: 'response-by', by: '2026-12-24' }],
  },
];

/** Round 58: Spanish, a third fresh round, first read by the engine after rounds 54–56's fixes. */
export const ROUND_58_ES: readonly PhraseRow[] = [
  {
    ...VLC_MON,
    text: '¡Hola Lucía!\n\nLa empresa Cerámicas del Turia te ha invitado a una entrevista.\n\nMiércoles 25/11/2026\n10:30\nPolígono Fuente del Jarro, Paterna\n\nConfirma tu asistencia desde la app de InfoJobs.',
    expect: [{ kind: 'interview', by: '2026-11-25', time: '10:30' }],
  },
  {
    ...CDMX_TUE,
    text: 'Estimada Mtra. Salazar:\n\nLe confirmamos que su entrevista final será el viernes 4 de diciembre a las 17:00 hrs. El comité le dará a conocer su decisión en un plazo de cinco días hábiles contados a partir de esa fecha.\n\nSaludos cordiales',
    expect: [
      { kind: 'interview', by: '2026-12-04', time: '17:00' },
      { kind: 'response-by', by: '2026-12-11' },
    ],
  },
  {
    ...BUE_FRI,
    text: 'Hola Nico, ¿cómo andás? Te cuento que el cliente sigue viendo perfiles. Calculo que para mediados de la semana que viene te tengo novedades.\n\nAbrazo,\nMica',
    expect: [{ kind: 'response-by', by: '2026-11-25', fuzzy: true }],
  },
  {
    ...BOG_WED,
    text: 'Respetado señor Quintero:\n\nAgradecemos el tiempo dedicado a nuestro proceso de selección. Le informamos que en esta oportunidad no continuará en el proceso para el cargo de Coordinador Logístico.\n\nCordialmente,\nGestión Humana',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...SCL_THU,
    text: 'Nuevos empleos para ti en Laborum: Analista Contable (Providencia), Asistente de Gerencia (Las Condes). Postula antes del 10/12/2026.\n\nAdministrar notificaciones',
    expect: [],
  },
  {
    ...MAD_FRI,
    text: 'Hola Pablo:\n\nTe rogamos que no nos contactes hasta que finalice el plazo de inscripción, el 15 de diciembre.\n\nUn saludo,\nSelección',
    expect: [{ kind: 'no-contact-before', by: '2026-12-15', fuzzy: true }],
  },
  {
    ...CDMX_TUE,
    text: 'Estimado candidato:\n\nNuestro equipo no puede atender llamadas sobre el estatus de las vacantes; toda la comunicación será por correo.\n\nAtentamente,\nReclutamiento',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...BUE_FRI,
    text: '¡Felicitaciones, Sofía! Te queremos en el equipo: te mandamos la propuesta con todos los detalles. Contanos antes del miércoles si aceptás.\n\nSaludos,\nMica',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...BOG_WED,
    text: 'Tu postulación a «Auxiliar administrativo» cambió a: En revisión.\nFecha: 24/11/2026 15:03\n\nComputrabajo',
    expect: [],
  },
  {
    ...SCL_THU,
    text: 'Hola Tomás, ¿te acomoda una videollamada el martes 1 de diciembre a las 10:00 con la gerente de producto?\n\nSaludos,\nConstanza',
    expect: [{ kind: 'interview', by: '2026-12-01', time: '10:00' }],
  },
  {
    ...MAD_FRI,
    text: 'Hola Álvaro:\n\nEl contrato te llegará firmado por DocuSign en las próximas 48 horas.\n\nUn saludo,\nBelén',
    expect: [{ kind: 'response-by', by: '2026-12-06' }],
  },
  {
    ...VLC_MON,
    text: 'Jornada de puertas abiertas: el sábado 28 de noviembre de 10:00 a 13:00 conoce nuestras instalaciones y habla con el equipo de selección.',
    expect: [],
  },
  {
    ...CDMX_TUE,
    text: 'Hola Daniel, todavía nos faltan dos entrevistas el jueves; en cuanto terminemos te aviso.\n\nSaludos',
    expect: [],
  },
  {
    ...BUE_FRI,
    text: 'Hola Caro, surgió un imprevisto y tenemos que pasar la entrevista del lunes 23 al miércoles 25 a la misma hora, 15 h. ¿Te queda bien?\n\nGracias,\nMica',
    expect: [{ kind: 'interview', by: '2026-11-25', time: '15:00' }],
  },
  {
    ...SCL_THU,
    text: 'Boleta electrónica N° 88213\nServicio: Revisión de CV profesional\nFecha de emisión: 26-11-2026\nTotal: $19.990',
    expect: [],
  },
  {
    ...BOG_WED,
    text: 'Hola Laura, en el transcurso de la próxima semana te confirmamos si pasas a la siguiente etapa.\n\nSaludos,\nDiana',
    expect: [{ kind: 'response-by', by: '2026-12-04' }],
  },
  {
    ...MAD_FRI,
    text: 'Hola Marta:\n\nEsperamos tener una decisión a mediados de diciembre, una vez que el comité se reúna el día 10.\n\nUn saludo,\nJorge',
    expect: [{ kind: 'response-by', by: '2026-12-15', fuzzy: true }],
  },
];

/** Round 59: French, a third fresh round, first read by the engine after rounds 54–56's fixes. */
export const ROUND_59_FR: readonly PhraseRow[] = [
  {
    ...PAR_WED,
    text: "Hello Jade !\n\nMerci pour ta candidature. On te propose un premier call de 30 min avec Thomas, notre CTO :\n\nMardi 1er décembre – 11h\nLien visio : meet.google.com/abc-defg-hij\n\nÀ très vite !\nL'équipe Talent\nEnvoyé avec Flatchr",
    expect: [{ kind: 'interview', by: '2026-12-01', time: '11:00' }],
  },
  {
    ...BOD_MON,
    text: 'Madame,\n\nSuite à votre entretien du 26 novembre, nous reviendrons vers vous dans un délai de dix jours ouvrés à compter de cette date.\n\nCordialement,\nLe service RH',
    expect: [{ kind: 'response-by', by: '2026-12-10' }],
  },
  {
    ...BXL_THU,
    text: "Bonjour Monsieur Peeters,\n\nLe processus suit son cours : comptez environ une semaine pour l'analyse des tests, après quoi nous vous contacterons.\n\nBien à vous,\nCéline",
    expect: [{ kind: 'response-by', by: '2026-11-26', fuzzy: true }],
  },
  {
    ...LAU_TUE,
    text: "Madame,\n\nNous vous remercions de l'intérêt porté à notre entreprise. Après un examen attentif, nous avons décidé de poursuivre avec d'autres profils.\n\nMeilleures salutations,\nRessources humaines",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...YUL_FRI,
    text: "Nouveaux emplois : Préposé(e) aux bénéficiaires – Laval – il y a 1 jour. Soumettez votre candidature avant le 15 décembre.\n\nGérer vos alertes d'emploi Indeed",
    expect: [],
  },
  {
    ...CAS_WED,
    text: 'Bonjour,\n\nNotre service ne répond pas aux demandes téléphoniques concernant l’état des candidatures.\n\nCordialement,\nService Recrutement',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...PAR_WED,
    text: 'Bonjour Monsieur Girard,\n\nNous vous serions reconnaissants de ne pas nous solliciter avant la fin des entretiens, prévue le 4 décembre.\n\nCordialement,\nMarine',
    expect: [{ kind: 'no-contact-before', by: '2026-12-04' }],
  },
  {
    ...BOD_MON,
    text: "Monsieur,\n\nC'est avec grand plaisir que nous vous confirmons votre embauche au poste de technicien de maintenance. Vous trouverez ci-joint votre contrat, à nous retourner signé sous huit jours.\n\nCordialement,\nDirection",
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...BXL_THU,
    text: "Bonjour Madame Dubois,\n\nNotre rendez-vous de lundi 23 novembre est annulé en raison d'une grève. Je vous propose de le reporter au jeudi 26 novembre, même heure (10h).\n\nBien à vous,\nMarc",
    expect: [{ kind: 'interview', by: '2026-11-26', time: '10:00' }],
  },
  {
    ...LAU_TUE,
    text: 'Forum Horizon Carrières – mardi 8 décembre, de 9h à 17h, EPFL Lausanne. Plus de 80 entreprises vous attendent pour un premier entretien !',
    expect: [],
  },
  {
    ...YUL_FRI,
    text: 'Salut Félix!\n\nLe gestionnaire est en vacances, donc on devrait pouvoir te revenir d’ici deux semaines.\n\nBonne fin de semaine,\nKarine',
    expect: [{ kind: 'response-by', by: '2026-12-11' }],
  },
  {
    ...CAS_WED,
    text: 'Objet : Convocation à un entretien\n\nMadame, Monsieur,\n\nNous avons le plaisir de vous convoquer à un entretien :\nDate : 09-12-2026\nHeure : 10h30\nLieu : Technopark, route de Nouaceur, Casablanca',
    expect: [{ kind: 'interview', by: '2026-12-09', time: '10:30' }],
  },
  {
    ...PAR_WED,
    text: 'Bonjour à tous,\n\npour info, Mme Lemaire passe son entretien vendredi à 14h en salle Seine.\n\nBonne journée',
    expect: [],
  },
  {
    ...BOD_MON,
    text: 'Votre commande est confirmée.\n\nN° de commande : 4410-B\nLivraison prévue le 3 décembre\nTotal TTC : 23,40 €',
    expect: [],
  },
  {
    ...BXL_THU,
    text: 'Le statut de votre candidature a été mis à jour le 18/11/2026 à 09:41 : « Présélectionné ». Ceci est un message automatique.',
    expect: [],
  },
  {
    ...LAU_TUE,
    text: "Bonjour Monsieur Favre,\n\nMerci encore pour l'entretien de vendredi dernier. Vous recevrez notre réponse définitive au plus tard le vendredi 11 décembre.\n\nMeilleures salutations",
    expect: [{ kind: 'response-by', by: '2026-12-11' }],
  },
  {
    ...YUL_FRI,
    text: 'Bonjour Alexandre,\n\nLes résultats de votre test psychométrique vous seront acheminés par courriel d’ici mardi.\n\nCordialement,\nKarine',
    expect: [{ kind: 'response-by', by: '2026-12-01' }],
  },
];

// Rounds 60–62 were written after rounds 57–59's fixes, before the engine read them.

// Monday 16 November 2026, 08:45 in Düsseldorf.
const DUS_MON = { sentAt: '2026-11-16T08:45:00+01:00', tz: 'Europe/Berlin' } as const;
// Thursday 10 December 2026, 14:00 in Linz.
const LNZ_THU = { sentAt: '2026-12-10T14:00:00+01:00', tz: 'Europe/Vienna' } as const;
// Tuesday 17 November 2026, 09:00 in Bern.
const BRN_TUE = { sentAt: '2026-11-17T09:00:00+01:00', tz: 'Europe/Zurich' } as const;
// Wednesday 9 December 2026, 11:00 in Cologne.
const KOE_WED = { sentAt: '2026-12-09T11:00:00+01:00', tz: 'Europe/Berlin' } as const;

// Monday 16 November 2026, 10:00 in Seville.
const SVQ_MON = { sentAt: '2026-11-16T10:00:00+01:00', tz: 'Europe/Madrid' } as const;
// Wednesday 9 December 2026, 09:00 in Monterrey.
const MTY_WED = { sentAt: '2026-12-09T09:00:00-06:00', tz: 'America/Monterrey' } as const;
// Thursday 19 November 2026, 17:00 in Córdoba.
const COR_THU = { sentAt: '2026-11-19T17:00:00-03:00', tz: 'America/Argentina/Cordoba' } as const;
// Tuesday 1 December 2026, 10:00 in Cali.
const CLO_TUE = { sentAt: '2026-12-01T10:00:00-05:00', tz: 'America/Bogota' } as const;
// Friday 27 November 2026, 11:00 in Valparaíso.
const VAP_FRI = { sentAt: '2026-11-27T11:00:00-03:00', tz: 'America/Santiago' } as const;

// Monday 16 November 2026, 09:00 in Lille.
const LIL_MON = { sentAt: '2026-11-16T09:00:00+01:00', tz: 'Europe/Paris' } as const;
// Wednesday 9 December 2026, 10:00 in Namur.
const NAM_WED = { sentAt: '2026-12-09T10:00:00+01:00', tz: 'Europe/Brussels' } as const;
// Thursday 19 November 2026, 15:00 in Fribourg.
const FRI_THU = { sentAt: '2026-11-19T15:00:00+01:00', tz: 'Europe/Zurich' } as const;
// Tuesday 1 December 2026, 11:00 in Sherbrooke.
const YSC_TUE = { sentAt: '2026-12-01T11:00:00-05:00', tz: 'America/Toronto' } as const;
// Friday 27 November 2026, 10:00 in Marrakech.
const RAK_FRI = { sentAt: '2026-11-27T10:00:00+01:00', tz: 'Africa/Casablanca' } as const;
// Wednesday 2 December 2026, 10:00 in Marseille.
const MRS_WED = { sentAt: '2026-12-02T10:00:00+01:00', tz: 'Europe/Paris' } as const;

/** Round 60: German, a fourth fresh round, first read by the engine after rounds 57–59's fixes. */
export const ROUND_60_DE: readonly PhraseRow[] = [
  {
    ...DUS_MON,
    text: 'Interviewbestätigung – Wann: 2026-11-19 09:00:00 (MEZ) Wo: Königsallee 60, Düsseldorf Mit: Frau Brandes, Herr Kuhl\n\nSAP SuccessFactors',
    expect: [{ kind: 'interview', by: '2026-11-19', time: '09:00' }],
  },
  {
    ...LNZ_THU,
    text: 'Sehr geehrter Herr Hofer,\n\nvielen Dank für Ihre Geduld. Aufgrund der Feiertage wird sich unsere Entscheidung leider bis Mitte Jänner verzögern.\n\nMit freundlichen Grüßen\nDonauland Versicherung AG',
    expect: [{ kind: 'response-by', by: '2027-01-15', fuzzy: true }],
  },
  {
    ...BRN_TUE,
    text: 'Guten Tag Frau Zürcher\n\nBitte beachten Sie, dass unser Sekretariat keine telefonischen Auskünfte zum Stand der Bewerbungen erteilen kann.\n\nFreundliche Grüsse\nPersonaldienst',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...KOE_WED,
    text: 'Hey Mara,\n\nkurzes Update vom Kunden: Die wollen noch das Feedback vom Teamlead abwarten, der ist bis Montag im Urlaub. Rechne also mit einer Antwort bis Mitte nächster Woche.\n\nCheers\nBen',
    expect: [{ kind: 'response-by', by: '2026-12-16', fuzzy: true }],
  },
  {
    ...DUS_MON,
    text: 'Neu im Karriereblog: 7 Fragen, die Sie im Vorstellungsgespräch stellen sollten. Außerdem: unser Online-Bewerbertag am 26.11.2026 um 17 Uhr.\n\nZum Abbestellen klicken Sie hier.',
    expect: [],
  },
  {
    ...LNZ_THU,
    text: 'Hallo Stefan,\n\nleider hat es diesmal nicht geklappt – wir haben die Stelle intern besetzt. Danke dir trotzdem für deine Zeit!\n\nLG Petra',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...BRN_TUE,
    text: 'Grüezi Frau Roth\n\nGerne bestätigen wir Ihnen den Termin für das Zweitgespräch am Mo, 23.11.2026, 15.45 Uhr, an der Bundesgasse 20 in Bern.\n\nFreundliche Grüsse',
    expect: [{ kind: 'interview', by: '2026-11-23', time: '15:45' }],
  },
  {
    ...KOE_WED,
    text: 'Sehr geehrte Frau Arslan,\n\nder Probearbeitstag ist für Freitag, 11. Dezember, ab 8 Uhr angesetzt.\n\nSpätestens drei Werktage danach erhalten Sie von uns Bescheid.\n\nMit freundlichen Grüßen',
    expect: [
      { kind: 'interview', by: '2026-12-11', time: '08:00' },
      { kind: 'response-by', by: '2026-12-16' },
    ],
  },
  {
    ...DUS_MON,
    text: 'Hallo Tim,\n\nFrau Weiß hat ihr Gespräch auf Donnerstag, 14 Uhr verschoben. Kannst du den Raum umbuchen?\n\nDanke, Lea',
    expect: [],
  },
  {
    ...LNZ_THU,
    text: 'Sehr geehrte Frau Leitner,\n\nwir freuen uns, Ihnen mitteilen zu dürfen, dass Sie unsere Wunschkandidatin sind! Den Dienstvertrag schicken wir Ihnen in den nächsten Tagen zu.\n\nMit freundlichen Grüßen',
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2026-12-15', fuzzy: true },
    ],
  },
  {
    ...BRN_TUE,
    text: 'Ihre Bewerbung für die Stelle «Sachbearbeiter/in Steuern» hat den Status «Gespräch geplant» erhalten (17.11.2026, 08:12).',
    expect: [],
  },
  {
    ...KOE_WED,
    text: 'Sehr geehrter Herr Berg,\n\nwir möchten Sie bitten, bis zum 8. Januar von weiteren Nachfragen abzusehen, da unser Büro zwischen den Jahren geschlossen ist.\n\nMit freundlichen Grüßen',
    expect: [{ kind: 'no-contact-before', by: '2027-01-08' }],
  },
  {
    ...DUS_MON,
    text: 'Sehr geehrter Herr Yıldız,\n\ndie Rückmeldung der Fachabteilung dauert erfahrungsgemäß rund zehn Werktage.\n\nMit freundlichen Grüßen',
    expect: [{ kind: 'response-by', by: '2026-11-30', fuzzy: true }],
  },
  {
    ...LNZ_THU,
    text: 'Liebe Lehrlinge,\n\nwir laden euch herzlich zu unserer Weihnachtsfeier am 18. Dezember um 16 Uhr in der Kantine ein!\n\nEure Personalabteilung',
    expect: [],
  },
  {
    ...BRN_TUE,
    text: 'Zahlungseingang bestätigt\n\nRechnung Nr. 2026-3391 vom 10.11.2026\nBetrag: CHF 250.00\nLeistung: Coaching-Termin am 24.11.2026, 10:00 Uhr',
    expect: [],
  },
  {
    ...KOE_WED,
    text: 'Sehr geehrte Frau Arslan,\n\nden Termin am Montag, 14. Dezember, müssen wir leider absagen. Einen neuen Vorschlag erhalten Sie bis Freitag.\n\nMit freundlichen Grüßen',
    expect: [{ kind: 'response-by', by: '2026-12-11' }],
  },
];

/** Round 61: Spanish, a fourth fresh round, first read by the engine after rounds 57–59's fixes. */
export const ROUND_61_ES: readonly PhraseRow[] = [
  {
    ...SVQ_MON,
    text: 'Entrevista programada — Cuándo: jueves, 19 de noviembre de 2026 12:00 – 12:45 (CET) Dónde: Microsoft Teams Con: Elena Ruiz',
    expect: [{ kind: 'interview', by: '2026-11-19', time: '12:00' }],
  },
  {
    ...MTY_WED,
    text: 'Estimado Lic. Garza:\n\nPor el cierre de año, nuestra respuesta llegará a más tardar el 15 de enero.\n\nAtentamente,\nCapital Humano',
    expect: [{ kind: 'response-by', by: '2027-01-15' }],
  },
  {
    ...COR_THU,
    text: 'Hola Lautaro, por favor no llames a la oficina ni le escribas al gerente por LinkedIn; cualquier novedad te la damos por mail.\n\nSaludos,\nRocío',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...CLO_TUE,
    text: 'Hola Andrés, te daremos una respuesta dentro de los próximos diez días.\n\nSaludos,\nGestión Humana',
    expect: [{ kind: 'response-by', by: '2026-12-11' }],
  },
  {
    ...VAP_FRI,
    text: 'Tu postulación a Vendedor Retail fue vista por la empresa el 26/11/2026 a las 19:40.\n\nLaborum',
    expect: [],
  },
  {
    ...SVQ_MON,
    text: 'Estimado Sr. Moreno:\n\nTras valorar detenidamente su candidatura, lamentamos comunicarle que no ha sido seleccionado para la siguiente fase del proceso.\n\nAtentamente,\nRR. HH.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...MTY_WED,
    text: 'Buenos días, Ing. Treviño. Le confirmo su entrevista presencial para el viernes 11 de diciembre a las 10:30 hrs en Av. Constitución 2050.\n\nSaludos,\nPaola',
    expect: [{ kind: 'interview', by: '2026-12-11', time: '10:30' }],
  },
  {
    ...COR_THU,
    text: 'Hola Lautaro, te pido que no me consultes por el resultado antes del miércoles 25; ese día cerramos la terna.\n\nSaludos,\nRocío',
    expect: [{ kind: 'no-contact-before', by: '2026-11-25' }],
  },
  {
    ...CLO_TUE,
    text: 'Señora Vargas, es un gusto informarle que ha sido elegida para ocupar el cargo de Analista de Nómina. Le agradecemos confirmar su aceptación a más tardar el 4 de diciembre.\n\nCordialmente,\nTalento Humano',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...VAP_FRI,
    text: 'Hola Fernanda, el lunes y el martes entrevistamos a los últimos dos postulantes; el miércoles 2 te confirmamos el resultado.\n\nSaludos,\nIgnacia',
    expect: [{ kind: 'response-by', by: '2026-12-02' }],
  },
  {
    ...SVQ_MON,
    text: 'Te invitamos al Foro de Empleo de la Universidad el 24 de noviembre de 10:00 a 14:00. ¡Trae tu CV y haz entrevistas en el momento!',
    expect: [],
  },
  {
    ...MTY_WED,
    text: 'Gracias por tu compra en OCC.\n\nProducto: CV destacado 30 días\nFecha: 08/12/2026\nTotal: $349.00 MXN',
    expect: [],
  },
  {
    ...COR_THU,
    text: 'Hola Lautaro:\n\nLa búsqueda cierra el viernes 27 de noviembre. Una vez cerrada, el cliente tarda unas dos semanas en definir la terna.\n\nSaludos,\nRocío',
    expect: [{ kind: 'response-by', by: '2026-12-11', fuzzy: true }],
  },
  {
    ...CLO_TUE,
    text: 'Nuevas vacantes en Cali que coinciden con tu perfil: Auxiliar de bodega, Mensajero motorizado. Aplica antes del 15/12/2026.',
    expect: [],
  },
  {
    ...VAP_FRI,
    text: 'Hola Matías, ¿podemos mover la entrevista del jueves 3 al viernes 4 de diciembre, a las 11:30? Disculpa el cambio.\n\nIgnacia',
    expect: [{ kind: 'interview', by: '2026-12-04', time: '11:30' }],
  },
  {
    ...SVQ_MON,
    text: 'Hola Pilar, te paso la agenda: mañana a las 9:30 entrevistamos a Raúl Ortega y a las 11:00 a Inés Campos. Prepara las salas, por favor.',
    expect: [],
  },
];

/** Round 62: French, a fourth fresh round, first read by the engine after rounds 57–59's fixes. */
export const ROUND_62_FR: readonly PhraseRow[] = [
  {
    ...LIL_MON,
    text: 'Votre entretien est confirmé !\n\nQuand : mercredi 18 novembre 2026, 16:30 – 17:15\nOù : Euratechnologies, 165 avenue de Bretagne, Lille\nAvec : Pauline (Head of Sales)\n\nWelcome to the Jungle',
    expect: [{ kind: 'interview', by: '2026-11-18', time: '16:30' }],
  },
  {
    ...NAM_WED,
    text: 'Monsieur,\n\nNous vous informons que le jury se réunira le 16 décembre. Vous serez informé de la décision dans la semaine qui suit.\n\nCordialement,\nService du personnel',
    expect: [{ kind: 'response-by', by: '2026-12-25', fuzzy: true }],
  },
  {
    ...FRI_THU,
    text: 'Madame,\n\nNous vous prions de ne pas prendre contact par téléphone avec nos collaborateurs.\n\nMeilleures salutations,\nRessources humaines',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...YSC_TUE,
    text: 'Salut Mathieu! On a bien reçu ta candidature. On fait le tri cette semaine et on te donne des nouvelles au plus tard vendredi.\n\nÀ bientôt,\nJulie',
    expect: [{ kind: 'response-by', by: '2026-12-04' }],
  },
  {
    ...RAK_FRI,
    text: 'Votre candidature a été transmise au recruteur le 26/11/2026 à 18h05. Vous serez notifié(e) de toute évolution.',
    expect: [],
  },
  {
    ...MRS_WED,
    text: 'Salut Lina,\n\nmerci encore pour ton temps. Malheureusement on ne va pas pouvoir aller plus loin avec ta candidature.\n\nBonne continuation !\nHugo',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...LIL_MON,
    text: 'Madame,\n\nVotre entretien avec Mme Caron aura lieu le jeudi 19 novembre à 10h.\n\nNous vous ferons part de notre décision dans les 72 heures suivant cet entretien.\n\nCordialement',
    expect: [
      { kind: 'interview', by: '2026-11-19', time: '10:00' },
      { kind: 'response-by', by: '2026-11-22' },
    ],
  },
  {
    ...NAM_WED,
    text: 'Madame,\n\nNous avons le plaisir de vous annoncer que votre candidature a été retenue pour le poste de gestionnaire de dossiers. Nous vous remercions de nous confirmer votre accord pour le 18 décembre au plus tard.\n\nCordialement',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...FRI_THU,
    text: "Bonjour,\n\nJe suis en vacances jusqu'au 27 novembre. Je vous remercie de ne pas me relancer avant mon retour, le lundi 30 novembre.\n\nMeilleures salutations,\nClaude",
    expect: [{ kind: 'no-contact-before', by: '2026-11-30' }],
  },
  {
    ...YSC_TUE,
    text: 'Soirée réseautage TI – jeudi 10 décembre à 17 h au Centre culturel. Venez rencontrer nos gestionnaires et passer des entrevues éclair !',
    expect: [],
  },
  {
    ...RAK_FRI,
    text: 'Monsieur,\n\nNous avons le plaisir de vous convier à un entretien le mercredi 2 décembre à 11 h 30 dans nos locaux de Guéliz.\n\nCordialement,\nService RH',
    expect: [{ kind: 'interview', by: '2026-12-02', time: '11:30' }],
  },
  {
    ...MRS_WED,
    text: "Merci pour votre achat !\n\nCoaching entretien d'embauche (1 h) – vendredi 11 décembre, 14h\nMontant payé : 60,00 €",
    expect: [],
  },
  {
    ...LIL_MON,
    text: 'Bonjour Monsieur Lefebvre,\n\nNous reviendrons vers vous sous dix jours.\n\nCordialement,\nL’équipe RH',
    expect: [{ kind: 'response-by', by: '2026-11-26' }],
  },
  {
    ...NAM_WED,
    text: 'Bonjour Sophie,\n\nNous terminons cette semaine les derniers entretiens, jeudi et vendredi. Je reviendrai ensuite vers toi.\n\nBien à toi,\nAnne',
    expect: [],
  },
  {
    ...FRI_THU,
    text: 'Newsletter RH – Novembre : découvrez nos métiers lors de la Journée découverte du samedi 28 novembre, de 10h à 15h.\n\nSe désinscrire',
    expect: [],
  },
  {
    ...YSC_TUE,
    text: 'Bonjour Émile,\n\nLe résultat de votre vérification d’antécédents vous sera envoyé par courriel d’ici la fin de la semaine.\n\nCordialement,\nJulie',
    expect: [{ kind: 'response-by', by: '2026-12-04' }],
  },
  {
    ...MRS_WED,
    text: 'Bonjour Monsieur Arnaud,\n\nMerci de nous laisser deux semaines avant de nous relancer.\n\nCordialement,\nLe service recrutement',
    expect: [{ kind: 'no-contact-before', by: '2026-12-16' }],
  },
];

// Rounds 63–65 were written after rounds 60–62's and r7b's fixes, before the engine read them (twelve rows each).

/** Round 63: German, a fifth fresh round. */
export const ROUND_63_DE: readonly PhraseRow[] = [
  {
    ...BER_MON,
    text: 'Hallo Frau Sommer,\n\nwie besprochen sende ich Ihnen hiermit die Einladung zum Fachgespräch: Mittwoch, 9. Dezember 2026, 9:30–11:00 Uhr, per Microsoft Teams.\n\nViele Grüße\nJan Peters',
    expect: [{ kind: 'interview', by: '2026-12-09', time: '09:30' }],
  },
  {
    ...VIE_THU,
    text: 'Sehr geehrte Frau Maier,\n\ndie Entscheidung fällt in unserer Vorstandssitzung am 10. Dezember. Sie erhalten spätestens zwei Werktage danach eine Nachricht.\n\nMit freundlichen Grüßen',
    expect: [{ kind: 'response-by', by: '2026-12-14' }],
  },
  {
    ...ZRH_FRI,
    text: 'Hoi Luca\n\nSorry für die Funkstille! Wir sind noch mitten in den Gesprächen. Ich melde mich nächste Woche bei dir, versprochen.\n\nLG Sarah',
    expect: [{ kind: 'response-by', by: '2026-12-11' }],
  },
  {
    ...MUC_THU,
    text: 'Erinnerung: Ihr Profil ist nur noch 3 Tage sichtbar. Verlängern Sie jetzt Ihr Premium-Abo bis 31.12.2026.',
    expect: [],
  },
  {
    ...CGN_WED,
    text: 'Sehr geehrter Herr Jansen,\n\nwir haben Ihre Bewerbung sorgfältig geprüft, müssen Ihnen aber leider eine Absage erteilen.\n\nMit freundlichen Grüßen',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...HAM_TUE,
    text: 'Liebe Bewerberinnen und Bewerber,\n\nbitte sehen Sie von Anrufen ab – wir beantworten alle Fragen per E-Mail.\n\nIhr Recruiting-Team',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...LEJ_TUE,
    text: 'Sehr geehrter Herr Vogel,\n\nbitte melden Sie sich nicht vor Mitte Januar wieder bei uns; die Fachabteilung ist bis dahin voll ausgelastet.\n\nMit freundlichen Grüßen',
    expect: [{ kind: 'no-contact-before', by: '2027-01-15', fuzzy: true }],
  },
  {
    ...STR_FRI,
    text: 'Hallo Frau Klein,\n\nwir sprechen nächste Woche noch mit zwei Kandidatinnen. Danach sehen wir weiter.\n\nGrüße\nTobias',
    expect: [],
  },
  {
    ...DUS_MON,
    text: 'Sehr geehrter Herr Engel,\n\nherzlichen Glückwunsch! Wir möchten Sie gerne als Vertriebsleiter einstellen und bitten Sie, uns Ihre Entscheidung bis zum 23. November mitzuteilen.\n\nMit freundlichen Grüßen',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...KOE_WED,
    text: 'Jobmesse Köln am 12.12.2026, 10–16 Uhr, Halle 3: Besuchen Sie unseren Stand und führen Sie direkt vor Ort Bewerbungsgespräche!',
    expect: [],
  },
  {
    ...BRN_TUE,
    text: 'Hoi Elena\n\nMega, dass es klappt! Dann sehen wir uns am Freitag um 13.30 Uhr bei uns im Büro an der Effingerstrasse.\n\nLiebe Grüsse\nTom',
    expect: [{ kind: 'interview', by: '2026-11-20', time: '13:30' }],
  },
  {
    ...GRZ_FRI,
    text: 'Ihre Bewerbung (ID 77120) wurde am 26.11.2026 um 16:03 Uhr zurückgezogen.',
    expect: [],
  },
];

/** Round 64: Spanish, a fifth fresh round. */
export const ROUND_64_ES: readonly PhraseRow[] = [
  {
    ...MAD_MON,
    text: 'Hola Clara:\n\nTe escribo para proponerte una entrevista con la directora financiera el jueves 3 de diciembre a las 12:00 en nuestra sede de Castellana. ¿Te encaja?\n\nUn saludo,\nÁlvaro',
    expect: [{ kind: 'interview', by: '2026-12-03', time: '12:00' }],
  },
  {
    ...MEX_WED,
    text: 'Estimado Sr. Lozano:\n\nEl proceso de validación de referencias suele tomar entre cinco y siete días hábiles; una vez concluido, le contactaremos.\n\nAtentamente',
    expect: [{ kind: 'response-by', by: '2026-12-11' }],
  },
  {
    ...BUE_THU,
    text: '¡Nuevas búsquedas para vos en Bumeran! Analista de Datos Jr. – CABA – publicada hace 2 horas.',
    expect: [],
  },
  {
    ...BOG_TUE,
    text: 'Hola Felipe, gracias por participar. Te contamos que decidimos avanzar con otro candidato para esta posición. ¡Éxitos!',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...SCL_FRI,
    text: 'Hola Catalina, te pedimos no llamar a la clínica para consultar por el proceso.\n\nSaludos,\nRR. HH.',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...CDMX_TUE,
    text: 'Estimada Lic. Ríos:\n\nLe pedimos que no nos contacte antes del 15 de enero, fecha en que cerramos la convocatoria.\n\nAtentamente',
    expect: [{ kind: 'no-contact-before', by: '2027-01-15' }],
  },
  {
    ...VLC_MON,
    text: 'Hola Sergio:\n\n¡Enhorabuena! Nos complace ofrecerte el puesto de técnico de calidad. Te adjuntamos la propuesta; necesitamos tu respuesta antes del viernes 27.\n\nUn saludo',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...ROS_WED,
    text: 'Hola Juli, mañana a las 10 entrevistamos a Martín y a Sofía para la vacante de diseño. Te paso sus CVs.',
    expect: [],
  },
  {
    ...SVQ_MON,
    text: 'Hola Rocío: te daremos respuesta a principios de la semana que viene.\n\nUn saludo,\nManuel',
    expect: [{ kind: 'response-by', by: '2026-11-24', fuzzy: true }],
  },
  {
    ...CLO_TUE,
    text: 'Participa en nuestro webinar «Cómo negociar tu salario» el jueves 10 de diciembre a las 19:00.',
    expect: [],
  },
  {
    ...COR_THU,
    text: 'Hola Lauti, ¿podés venir el lunes 23 a las 9 a la oficina de Nueva Córdoba para la entrevista con el cliente?',
    expect: [{ kind: 'interview', by: '2026-11-23', time: '09:00' }],
  },
  {
    ...MDE_FRI,
    text: 'Factura electrónica FE-20931\nServicio: Publicación de hoja de vida destacada\nFecha: 27/11/2026\nValor: $35.000',
    expect: [],
  },
];

/** Round 65: French, a fifth fresh round. */
export const ROUND_65_FR: readonly PhraseRow[] = [
  {
    ...LYS_TUE,
    text: "Bonjour Madame Perrin,\n\nJe vous confirme notre rendez-vous du lundi 30 novembre à 14h15 à l'agence de la Part-Dieu.\n\nCordialement,\nHélène",
    expect: [{ kind: 'interview', by: '2026-11-30', time: '14:15' }],
  },
  {
    ...BRU_WED,
    text: "Bonjour Monsieur Claes,\n\nNous finalisons actuellement l'analyse des candidatures et reviendrons vers vous au plus tard dans dix jours ouvrables.\n\nCordialement",
    expect: [{ kind: 'response-by', by: '2026-12-16' }],
  },
  {
    ...YUL_THU,
    text: "Rappel : votre profil Jobboom n'est plus à jour depuis le 1er décembre. Mettez-le à jour dès aujourd'hui !",
    expect: [],
  },
  {
    ...CAS_FRI,
    text: 'Madame,\n\nNous vous remercions pour votre candidature. Nous ne pouvons malheureusement pas y donner une suite favorable.\n\nCordialement',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...GVA_THU,
    text: "Pour des raisons d'organisation, nous ne prenons aucun appel concernant les postes ouverts.",
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...LAU_TUE,
    text: 'Bonjour,\n\nMerci de ne pas nous relancer avant le 15 décembre, date de clôture des entretiens.\n\nMeilleures salutations',
    expect: [{ kind: 'no-contact-before', by: '2026-12-15' }],
  },
  {
    ...PAR_WED,
    text: "Bonjour Karim,\n\nJ'ai le plaisir de vous annoncer que nous souhaitons vous recruter en tant que chef de projet. Pourriez-vous nous donner votre réponse d'ici le 2 décembre ?\n\nCordialement",
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...BOD_MON,
    text: "Bonjour l'équipe, je vous rappelle que Mme Garcia vient pour son entretien demain à 10h.",
    expect: [],
  },
  {
    ...NAM_WED,
    text: 'Bonjour Madame Dupont,\n\nNous reviendrons vers vous dans le courant de la semaine prochaine.\n\nCordialement',
    expect: [{ kind: 'response-by', by: '2026-12-18' }],
  },
  {
    ...YSC_TUE,
    text: "Salon de l'emploi de l'Estrie – samedi 12 décembre, de 10 h à 16 h. Apportez votre CV!",
    expect: [],
  },
  {
    ...RAK_FRI,
    text: 'Madame,\n\nVous êtes conviée à un entretien le jeudi 3 décembre à 10h00 au siège, avenue Mohammed VI.\n\nCordialement',
    expect: [{ kind: 'interview', by: '2026-12-03', time: '10:00' }],
  },
  {
    ...MRS_WED,
    text: 'Facture n° 2026-118\nPrestation : bilan de compétences (séance du 8 décembre à 9h)\nMontant payé : 120,00 €',
    expect: [],
  },
];
