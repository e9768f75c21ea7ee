// Rounds 313–313c (issue 13): fresh German, Spanish and French whole messages by fx410, written BEFORE the engine read
// them, after fx410's rule on whose interview a message speaks of. Half of them are negatives of kinds no earlier
// round used: a driving test, a university's or a scholarship's admission interview, the reader as the hiring manager
// a recruiter books a candidate with, a tax adviser's and a notary's appointments, a football club's trial practice
// for a child, an apprentice's final oral exam, a parent's meeting with a teacher, a TV show's and an amateur
// theatre's casting, a pension fund's information call. Positives from softgarden, OCC Mundial, Teamtailor, a Belgian
// public recruiter, a Québec municipality, recruiters and employers' HR, from Germany, Austria, Switzerland, Mexico,
// Uruguay, Spain, Colombia, Peru, Chile, France, Belgium, Québec, Tunisia and Côte d'Ivoire. Names, companies and
// dates are invented; answers follow TIMELINE-CONVENTIONS.md. First runs: FIRST_RUN.
import type { PhraseRow } from './phrases.table';

// Tuesday 3 June 2031, 09:45 local.
const BER = { sentAt: '2031-06-03T09:45:00+02:00', tz: 'Europe/Berlin' } as const;
const HAM = { sentAt: '2031-06-03T09:45:00+02:00', tz: 'Europe/Berlin' } as const;
const VIE = { sentAt: '2031-06-03T09:45:00+02:00', tz: 'Europe/Vienna' } as const;
const ZRH = { sentAt: '2031-06-03T09:45:00+02:00', tz: 'Europe/Zurich' } as const;
const MAD = { sentAt: '2031-06-03T09:45:00+02:00', tz: 'Europe/Madrid' } as const;
const MEX = { sentAt: '2031-06-03T09:45:00-06:00', tz: 'America/Mexico_City' } as const;
const MVD = { sentAt: '2031-06-03T09:45:00-03:00', tz: 'America/Montevideo' } as const;
const BOG = { sentAt: '2031-06-03T09:45:00-05:00', tz: 'America/Bogota' } as const;
const LIM = { sentAt: '2031-06-03T09:45:00-05:00', tz: 'America/Lima' } as const;
const SCL = { sentAt: '2031-06-03T09:45:00-04:00', tz: 'America/Santiago' } as const;
const BUE = { sentAt: '2031-06-03T09:45:00-03:00', tz: 'America/Argentina/Buenos_Aires' } as const;
const PAR = { sentAt: '2031-06-03T09:45:00+02:00', tz: 'Europe/Paris' } as const;
const LYS = { sentAt: '2031-06-03T09:45:00+02:00', tz: 'Europe/Paris' } as const;
const BRU = { sentAt: '2031-06-03T09:45:00+02:00', tz: 'Europe/Brussels' } as const;
const YUL = { sentAt: '2031-06-03T09:45:00-04:00', tz: 'America/Toronto' } as const;
const TUN = { sentAt: '2031-06-03T09:45:00+01:00', tz: 'Africa/Tunis' } as const;
const ABJ = { sentAt: '2031-06-03T09:45:00+00:00', tz: 'Africa/Abidjan' } as const;

/** Round 313: German. */
export const ROUND_313_DE: readonly PhraseRow[] = [
  {
    ...HAM,
    text: 'Einladung zum Vorstellungsgespräch – Fachinformatiker Systemintegration (m/w/d)\n\nHallo Herr Demir,\n\nvielen Dank für Ihre Bewerbung! Wir möchten Sie gerne persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch ein:\n\nDatum: Donnerstag, 12.06.2031\nUhrzeit: 10:00 – 11:00 Uhr\nOrt: Hafenstraße 12, 20457 Hamburg, 3. OG\n\nBitte nehmen Sie den Termin über den folgenden Link an oder schlagen Sie einen alternativen Termin vor.\n\nFreundliche Grüße\nIhr Recruiting-Team der Nordkai IT GmbH\n\nPowered by softgarden',
    expect: [{ kind: 'interview', by: '2031-06-12', time: '10:00' }],
  },
  {
    ...VIE,
    text: 'Sehr geehrte Frau Hofer,\n\nherzlichen Dank für das Gespräch am Montag. Wir führen diese Woche noch zwei weitere Gespräche und werden Ihnen bis Ende nächster Woche eine Rückmeldung geben.\n\nMit besten Grüßen\nMag. Thomas Leitner\nHR Business Partner, Donauwerft Linz AG',
    expect: [{ kind: 'response-by', by: '2031-06-13' }],
  },
  {
    ...ZRH,
    text: 'Guten Tag Herr Baumann\n\nWir haben Ihre Bewerbung für die Stelle als Polymechaniker EFZ erhalten. Das Auswahlverfahren nimmt erfahrungsgemäss einige Zeit in Anspruch; Sie erhalten innert drei Wochen einen Bescheid. Bitte sehen Sie in der Zwischenzeit von telefonischen Nachfragen ab.\n\nFreundliche Grüsse\nPersonaldienst\nSchaffhauser Präzisionstechnik AG',
    expect: [{ kind: 'response-by', by: '2031-06-24' }, { kind: 'no-calls' }],
  },
  {
    ...HAM,
    text: 'Sehr geehrte Frau Petersen,\n\nnoch einmal vielen Dank für Ihr Interesse an unserem Unternehmen. Leider können wir Ihnen heute keine positive Nachricht geben: Wir haben uns für eine Kandidatin entschieden, deren Profil noch etwas besser zu den Anforderungen passt.\n\nIhre Unterlagen löschen wir gemäß DSGVO nach sechs Monaten.\n\nMit freundlichen Grüßen\nPersonalabteilung\nElbkontor Versicherungsmakler GmbH',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...BER,
    text: 'Hi Lea,\n\nkurzes Update: Die Fachabteilung bei meinem Kunden möchte dich gern kennenlernen. Passt dir morgen um 15 Uhr ein Teams-Call mit dem Teamlead? Dauer ca. 45 Minuten.\n\nLG\nMarco\nSenior Recruiter, Michael Page',
    expect: [{ kind: 'interview', by: '2031-06-04', time: '15:00' }],
  },
  {
    ...BER,
    text: 'Sehr geehrter Herr Schubert,\n\nwir freuen uns, Ihnen mitteilen zu können, dass Sie sich im Auswahlverfahren für die Position als Netzplaner durchgesetzt haben. Gerne möchten wir Sie zum 1. September 2031 einstellen. Ihren Arbeitsvertrag senden wir Ihnen bis Freitag per Post zu.\n\nMit freundlichen Grüßen\nAbteilung Personal\nStadtwerke Muldental',
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2031-06-06' },
    ],
  },
  {
    ...BER,
    text: 'Hallo Jana,\n\ndeine praktische Fahrprüfung ist am Mittwoch, 11. Juni, um 7:45 Uhr. Treffpunkt ist die Fahrschule, bitte bring deinen Personalausweis und deine Brille mit. Dein Prüfer kommt von der DEKRA.\n\nViel Erfolg!\nFahrschule Hansen',
    expect: [],
  },
  {
    ...BER,
    text: 'Auswahlgespräch Masterstudiengang Wirtschaftspsychologie\n\nSehr geehrte Frau Ilić,\n\nauf Grundlage Ihrer Bewerbungsunterlagen laden wir Sie zum Auswahlgespräch für den Masterstudiengang Wirtschaftspsychologie ein. Das Gespräch findet am Montag, 16. Juni 2031, um 13:20 Uhr per Zoom statt.\n\nMit freundlichen Grüßen\nZulassungsausschuss\nHochschule Rheinland',
    expect: [],
  },
  {
    ...BER,
    text: 'Hallo Frau Brückner,\n\nwie besprochen habe ich den Termin mit Herrn Okafor, unserem Kandidaten für die Stelle als Schichtleiter, eingetragen: Donnerstag, 5. Juni, 14 Uhr, bei Ihnen im Werk. Seinen Lebenslauf finden Sie im Anhang. Ich melde mich bis Freitag mit seinem Gehaltswunsch.\n\nViele Grüße\nKarin Weiß\nPersonalreferentin',
    expect: [],
  },
  {
    ...BER,
    text: 'Sehr geehrter Herr Wagner,\n\nfür die Besprechung Ihrer Einkommensteuererklärung 2030 haben wir folgenden Termin für Sie reserviert: Dienstag, 10. Juni, 17:30 Uhr in unserer Kanzlei. Bitte bringen Sie Ihre Lohnsteuerbescheinigung mit. Den Bescheid erwarten wir innerhalb von sechs Wochen nach Abgabe.\n\nMit freundlichen Grüßen\nSteuerkanzlei Albers & Partner',
    expect: [],
  },
  {
    ...BER,
    text: 'Hallo Herr Yıldız,\n\ndanke für die Anmeldung Ihres Sohnes Mert. Er ist herzlich zum Probetraining der U12 eingeladen: Freitag, 6. Juni, 16:30 Uhr, Kunstrasenplatz am Sportpark. Bitte Schienbeinschoner nicht vergessen!\n\nSportliche Grüße\nJugendleitung SV Blau-Weiß Lindenau',
    expect: [],
  },
  {
    ...BER,
    text: 'Einladung zur mündlichen Abschlussprüfung\n\nSehr geehrter Herr Lang,\n\nSie sind zur mündlichen Abschlussprüfung im Ausbildungsberuf Kaufmann für Büromanagement geladen: Mittwoch, 18. Juni 2031, 9:40 Uhr, IHK-Bildungszentrum, Raum 204. Das Ergebnis erhalten Sie direkt im Anschluss.\n\nIhre Industrie- und Handelskammer',
    expect: [],
  },
];

/** Round 313b: Spanish. */
export const ROUND_313B_ES: readonly PhraseRow[] = [
  {
    ...MEX,
    text: 'Hola Fernanda,\n\nTu postulación para Ejecutiva de Cuenta avanzó. La empresa Logística del Bajío te invita a una entrevista:\n\n📅 miércoles 11 de junio de 2031\n🕐 4:30 p. m.\n📍 Blvd. Adolfo López Mateos 2300, León, Gto.\n\nConfirma tu asistencia desde tu cuenta.\n\nEquipo OCC Mundial',
    expect: [{ kind: 'interview', by: '2031-06-11', time: '16:30' }],
  },
  {
    ...MVD,
    text: 'Hola Joaquín:\n\nGracias por tu tiempo en la entrevista de ayer. Vamos a definir la terna esta semana y te damos una respuesta a más tardar el viernes 13.\n\nSaludos,\nValentina\nTalento Humano – Frigorífico del Este',
    expect: [{ kind: 'response-by', by: '2031-06-13' }],
  },
  {
    ...MAD,
    text: 'Estimada Lucía:\n\nTe agradecemos el interés mostrado en formar parte de Grupo Alhambra Hoteles. Tras valorar tu candidatura para el puesto de Recepcionista, lamentamos comunicarte que en esta ocasión no vamos a continuar contigo en el proceso.\n\nGuardaremos tu CV durante doce meses para futuras vacantes.\n\nUn cordial saludo,\nDepartamento de Personas',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...BOG,
    text: 'Buen día, señor Rincón:\n\nHemos recibido su hoja de vida para la convocatoria de Analista de Nómina. La convocatoria cierra el 13 de junio; le rogamos no comunicarse con nosotros antes del lunes 16 de junio. Los preseleccionados recibirán una citación en las dos semanas siguientes al cierre.\n\nCordialmente,\nDirección de Talento Humano\nCaja de Compensación del Tolima',
    expect: [
      { kind: 'no-contact-before', by: '2031-06-16' },
      { kind: 'response-by', by: '2031-06-27' },
    ],
  },
  {
    ...LIM,
    text: 'Hola Diego:\n\n¡Buenas noticias! Queremos ofrecerte el puesto de Desarrollador Backend en Andes Pay. Te adjuntamos la carta oferta con el detalle de la remuneración. ¿Nos confirmas tu respuesta hasta el lunes 9 de junio?\n\nUn abrazo,\nCamila Rojas\nTalent Acquisition',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...SCL,
    text: 'Hola Constanza:\n\nTe escribo porque la gerente de área tuvo un imprevisto y no podremos hacer la entrevista de mañana miércoles. ¿Te acomoda el viernes 6 de junio a las 12:00, en el mismo lugar?\n\nSaludos,\nIgnacio Fuentes\nSelección – Viña Cordillera',
    expect: [{ kind: 'interview', by: '2031-06-06', time: '12:00' }],
  },
  {
    ...BOG,
    text: 'Estimado Rodrigo:\n\nNos complace informarle que ha sido preseleccionado para la Beca de Excelencia de Posgrado 2031. Le citamos a una entrevista con el comité académico el jueves 12 de junio a las 10:30 en la Facultad de Economía.\n\nAtentamente,\nOficina de Becas\nUniversidad de los Andes',
    expect: [],
  },
  {
    ...MEX,
    text: 'Hola Mariana:\n\nTe confirmo que el candidato para Jefe de Almacén, Luis Ortega, estará en tu oficina el martes 10 de junio a las 9:00 para la entrevista. Te mando su CV y el informe de la prueba técnica antes del lunes.\n\nSaludos,\nPaula\nConsultora – Adecco',
    expect: [],
  },
  {
    ...MAD,
    text: 'Hola Javier:\n\nLa firma de la escritura de compraventa está prevista para el jueves 12 de junio a las 11:30 en la Notaría Pérez Galdós, calle Serrano 41. Recuerda traer tu DNI; te enviaremos el borrador antes del lunes.\n\nUn saludo,\nInmobiliaria Puerta del Sol',
    expect: [],
  },
  {
    ...MAD,
    text: 'Hola Álvaro:\n\nYa tienes fecha para el examen práctico: martes 17 de junio a las 8:15, salida desde el centro de exámenes de la DGT en Moratalaz. Te recogemos en la autoescuela a las 7:45.\n\n¡Mucha suerte!\nAutoescuela Retiro',
    expect: [],
  },
  {
    ...MAD,
    text: 'Hola Marisa:\n\nTe escribo para agendar la tutoría sobre el rendimiento de Pablo en Matemáticas. ¿Te viene bien el miércoles 11 de junio a las 16:00 en el aula de 3.º B?\n\nUn saludo,\nAna Beltrán, tutora',
    expect: [],
  },
  {
    ...BUE,
    text: 'Hola Nico:\n\n¡Pasaste la primera etapa del casting de «Cocineros de Barrio»! Te esperamos en la prueba de cámara el sábado 7 de junio a las 14:00 en Estudios Palermo (Godoy Cruz 1540). Traé un plato preparado.\n\nProducción – Canal 9',
    expect: [],
  },
];

/** Round 313c: French. */
export const ROUND_313C_FR: readonly PhraseRow[] = [
  {
    ...PAR,
    text: 'Bonjour Léa,\n\nMerci pour votre candidature au poste de chargée de clientèle B2B. Nous aimerions échanger avec vous lors d’un premier entretien téléphonique de 20 minutes. Seriez-vous disponible jeudi 5 juin à 10h30 ?\n\nBelle journée,\nMaxime – Talent Acquisition, Lumio\n\nEnvoyé via Teamtailor',
    expect: [{ kind: 'interview', by: '2031-06-05', time: '10:30' }],
  },
  {
    ...BRU,
    text: 'Madame Janssens,\n\nNous vous remercions pour votre participation aux épreuves de sélection. Les résultats vous seront communiqués par courrier au plus tard le 20 juin.\n\nVeuillez agréer, Madame, nos salutations distinguées.\nService de recrutement\nRégion de Bruxelles-Capitale',
    expect: [{ kind: 'response-by', by: '2031-06-20' }],
  },
  {
    ...YUL,
    text: 'Bonjour M. Tremblay,\n\nNous avons bien reçu votre candidature pour le poste de technicien en génie civil. En raison du volume élevé de candidatures, nous vous prions de ne pas téléphoner à nos bureaux. Seules les personnes retenues pour une entrevue seront contactées d’ici la fin du mois.\n\nCordialement,\nRessources humaines\nMunicipalité de Saint-Jérôme',
    expect: [{ kind: 'no-calls' }, { kind: 'response-by', by: '2031-06-30' }],
  },
  {
    ...TUN,
    text: 'Bonjour Mme Ben Salah,\n\nNous avons bien étudié votre profil pour le poste d’ingénieure qualité. Malgré ses qualités, nous ne pouvons pas y donner une suite favorable, d’autres profils correspondant davantage à nos besoins actuels.\n\nNous conservons votre CV dans notre vivier pendant 2 ans.\n\nCordialement,\nDRH – Sahel Composants',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...LYS,
    text: 'Bonjour Antoine,\n\nJe suis ravie de vous annoncer que nous souhaitons vous accueillir au sein de l’équipe en tant que responsable de boutique ! Vous trouverez ci-joint votre promesse d’embauche. Je vous envoie le contrat de travail d’ici vendredi.\n\nBien à vous,\nSophie Marchand\nRH, Maison Garnier Chocolatier',
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2031-06-06' },
    ],
  },
  {
    ...ABJ,
    text: 'Bonjour Monsieur Kouassi,\n\nVotre dossier de candidature au poste de contrôleur de gestion a bien été enregistré. La phase de présélection se déroule jusqu’au 13 juin : merci de ne pas relancer nos équipes avant le 16 juin. Vous recevrez une réponse dans les trois semaines.\n\nCordialement,\nCabinet Ébène RH',
    expect: [
      { kind: 'no-contact-before', by: '2031-06-16' },
      { kind: 'response-by', by: '2031-06-24' },
    ],
  },
  {
    ...PAR,
    text: 'Bonjour Yanis,\n\nTon examen pratique du permis B est fixé au mercredi 11 juin à 8h20, au centre d’examen de Rungis. Rendez-vous à l’auto-école à 7h40 avec ta pièce d’identité.\n\nBonne chance !\nAuto-école du Marché',
    expect: [],
  },
  {
    ...PAR,
    text: 'Bonjour Nathalie,\n\nJe vous confirme l’entretien avec Mme Girard, notre candidate pour le poste d’assistante de direction, le mardi 10 juin à 14h dans votre bureau. Je vous transmets son CV et ses références d’ici lundi.\n\nCordialement,\nArnaud\nConsultant, Expectra',
    expect: [],
  },
  {
    ...PAR,
    text: 'Madame,\n\nVotre dossier de candidature en Master 2 Droit des affaires a été retenu. Vous êtes convoquée à l’entretien d’admission le lundi 16 juin 2031 à 9h45, salle B12, UFR de droit.\n\nLe secrétariat pédagogique\nUniversité de Bordeaux',
    expect: [],
  },
  {
    ...PAR,
    text: 'Bonjour Monsieur et Madame Lefèvre,\n\nLa signature de l’acte authentique de vente est fixée au jeudi 19 juin à 10h en notre étude. Merci de vous munir de vos pièces d’identité ; nous vous adresserons le projet d’acte d’ici vendredi.\n\nMaître Claire Dupuis, notaire',
    expect: [],
  },
  {
    ...PAR,
    text: 'Bonjour Monsieur Morel,\n\nVotre entretien information retraite est confirmé le mardi 10 juin à 15h, par téléphone. Le conseiller vous appellera au numéro indiqué dans votre espace personnel.\n\nVotre caisse de retraite complémentaire',
    expect: [],
  },
  {
    ...LYS,
    text: 'Bonjour Chloé,\n\nSuite à ta vidéo, nous serions ravis de te voir en audition pour le rôle de Lucile dans « Les Fausses Confidences », notre prochain spectacle de troupe amateur. Rendez-vous samedi 7 juin à 15h à la salle des fêtes, entrée côté parking.\n\nLa compagnie du Fil Rouge',
    expect: [],
  },
];
