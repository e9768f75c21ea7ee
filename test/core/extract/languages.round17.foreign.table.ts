// Rounds 231–233 (issue 13): fresh German, Spanish and French whole messages, written BEFORE the engine read them,
// from senders not tried before: Liechtenstein, South Tyrol, Luxembourg, a corporate ATS, a Sparkasse, a public
// authority's "Auswahlverfahren", a university's "Berufungsverfahren", JOIN, Personio, Softgarden, kununu; Uruguay,
// Venezuela, Ecuador, Costa Rica, Guatemala, a US employer writing in Spanish, Equatorial Guinea, public
// "oposiciones", Workday, Computrabajo, Bumeran; Luxembourg, Morocco, Tunisia, Senegal, Côte d'Ivoire, Belgium,
// Switzerland, Québec (Jobillico), APEC, France Travail, Welcome to the Jungle. Names, companies and dates are
// invented; answers follow TIMELINE-CONVENTIONS.md. First runs: FIRST_RUN.
import type { PhraseRow } from './phrases.table';

// Thursday 8 June 2028, 09:15 local.
const VDZ = { sentAt: '2028-06-08T09:15:00+02:00', tz: 'Europe/Vaduz' } as const;
const BZO = { sentAt: '2028-06-08T09:15:00+02:00', tz: 'Europe/Rome' } as const;
const LUX = { sentAt: '2028-06-08T09:15:00+02:00', tz: 'Europe/Luxembourg' } as const;
const BER = { sentAt: '2028-06-08T09:15:00+02:00', tz: 'Europe/Berlin' } as const;
const MVD = { sentAt: '2028-06-08T09:15:00-03:00', tz: 'America/Montevideo' } as const;
const CCS = { sentAt: '2028-06-08T09:15:00-04:00', tz: 'America/Caracas' } as const;
const GYE = { sentAt: '2028-06-08T09:15:00-05:00', tz: 'America/Guayaquil' } as const;
const SJO = { sentAt: '2028-06-08T09:15:00-06:00', tz: 'America/Costa_Rica' } as const;
const GUA = { sentAt: '2028-06-08T09:15:00-06:00', tz: 'America/Guatemala' } as const;
const LAX = { sentAt: '2028-06-08T09:15:00-07:00', tz: 'America/Los_Angeles' } as const;
const SSG = { sentAt: '2028-06-08T09:15:00+01:00', tz: 'Africa/Malabo' } as const;
const BUE = { sentAt: '2028-06-08T09:15:00-03:00', tz: 'America/Argentina/Buenos_Aires' } as const;
const MAD = { sentAt: '2028-06-08T09:15:00+02:00', tz: 'Europe/Madrid' } as const;
const BOG = { sentAt: '2028-06-08T09:15:00-05:00', tz: 'America/Bogota' } as const;
const CAS = { sentAt: '2028-06-08T09:15:00+01:00', tz: 'Africa/Casablanca' } as const;
const TUN = { sentAt: '2028-06-08T09:15:00+01:00', tz: 'Africa/Tunis' } as const;
const DKR = { sentAt: '2028-06-08T09:15:00+00:00', tz: 'Africa/Dakar' } as const;
const ABJ = { sentAt: '2028-06-08T09:15:00+00:00', tz: 'Africa/Abidjan' } as const;
const BRU = { sentAt: '2028-06-08T09:15:00+02:00', tz: 'Europe/Brussels' } as const;
const GVA = { sentAt: '2028-06-08T09:15:00+02:00', tz: 'Europe/Zurich' } as const;
const QUE = { sentAt: '2028-06-08T09:15:00-04:00', tz: 'America/Toronto' } as const;
const PAR = { sentAt: '2028-06-08T09:15:00+02:00', tz: 'Europe/Paris' } as const;

/** Round 231: German. */
export const ROUND_231_DE: readonly PhraseRow[] = [
  {
    ...VDZ,
    text: 'Sehr geehrter Herr Büchel\n\nBesten Dank für Ihre Bewerbung als Compliance Officer. Gerne laden wir Sie zu einem Vorstellungsgespräch am Mittwoch, 14. Juni 2028 um 13.30 Uhr an unserem Hauptsitz in Vaduz ein. Das Gespräch führen Herr Frick (Leiter Compliance) und Frau Marxer (HR).\n\nBitte bestätigen Sie uns den Termin bis Freitag.\n\nFreundliche Grüsse\nCorinne Marxer\nHuman Resources\nRheintal Privatbank AG\nStädtle 12, 9490 Vaduz',
    expect: [{ kind: 'interview', by: '2028-06-14', time: '13:30' }],
  },
  {
    ...BZO,
    text: 'Sehr geehrte Frau Pfeifer,\n\nleider müssen wir das für Montag, 12. Juni, um 9 Uhr geplante Gespräch verschieben, da unser Produktionsleiter kurzfristig verhindert ist. Wäre Ihnen stattdessen Dienstag, der 13. Juni, um 15 Uhr recht? Der Ort bleibt unverändert (Bozen, Industriezone Süd).\n\nWir entschuldigen uns für die Umstände.\n\nMit freundlichen Grüßen\nMartin Gasser\nPersonalbüro\nEtschtaler Holzbau GmbH',
    expect: [{ kind: 'interview', by: '2028-06-13', time: '15:00' }],
  },
  {
    ...LUX,
    text: 'Betreff: Ihre Bewerbung – Referenz 48213 – Analyst Fund Administration (m/w/d)\n\nSehr geehrte Frau Thill,\n\nvielen Dank für Ihr Interesse an der Moselle Fund Services S.A. Wir haben Ihre Bewerbung erhalten und prüfen derzeit alle eingegangenen Unterlagen. Wir werden Sie innerhalb von drei Wochen über den weiteren Verlauf informieren.\n\nMit freundlichen Grüßen\nIhr Talent Acquisition Team\n\nDies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht auf diese Nachricht.',
    expect: [{ kind: 'response-by', by: '2028-06-29' }],
  },
  {
    ...BER,
    text: 'Sehr geehrte Frau Dr. Öztürk,\n\nwir möchten Sie über den aktuellen Stand Ihrer Bewerbung (Job-ID 318842) informieren. Ihre Unterlagen liegen derzeit der Fachabteilung zur Prüfung vor. Die Fachabteilung trifft ihre Auswahl bis zum 23. Juni. Sie erhalten danach innerhalb von fünf Arbeitstagen eine Rückmeldung von uns.\n\nMit freundlichen Grüßen\nTalent Acquisition Germany\nNordstern Technologies AG\n\nDiese Nachricht wurde über SuccessFactors versendet.',
    expect: [{ kind: 'response-by', by: '2028-06-30' }],
  },
  {
    ...BER,
    text: 'Sehr geehrter Herr Özdemir,\n\nherzlichen Dank für Ihre Bewerbung um einen Ausbildungsplatz zum Bankkaufmann (m/w/d) bei der Sparkasse Mittelweser. Ihre Unterlagen werden derzeit sorgfältig geprüft. Wir bitten Sie, von telefonischen Rückfragen zum Bearbeitungsstand – auch in unseren Filialen – abzusehen.\n\nMit freundlichen Grüßen\nSparkasse Mittelweser\nPersonalentwicklung',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...BER,
    text: 'Sehr geehrter Herr Krämer,\n\nwir freuen uns, Sie zum Auswahlverfahren für die Stelle einer Sachbearbeiterin / eines Sachbearbeiters im Bauordnungsamt (Kennziffer 2028-117) einzuladen. Das strukturierte Auswahlgespräch findet am Dienstag, dem 20. Juni 2028, ab 10:00 Uhr im Dienstgebäude Am Wall 4, Raum 2.17, statt.\n\nBitte bringen Sie Ihren Personalausweis mit. Eine Erstattung von Reisekosten ist leider nicht möglich.\n\nMit freundlichen Grüßen\nIm Auftrag\nS. Wendt\nFreie Hansestadt Bremen, Senator für Finanzen',
    expect: [{ kind: 'interview', by: '2028-06-20', time: '10:00' }],
  },
  {
    ...BER,
    text: 'Sehr geehrte Frau Prof. Dr. Lindqvist,\n\ndie Berufungskommission für die W2-Professur „Angewandte Informatik“ hat in ihrer Sitzung am 5. Juni beschlossen, Sie zu einem hochschulöffentlichen Probevortrag mit anschließendem Kommissionsgespräch einzuladen.\n\nTermin: Donnerstag, 29. Juni 2028, 14:15 Uhr\nOrt: Hörsaal B, Campus Lingen\nDauer: Vortrag 30 Minuten, Diskussion 15 Minuten, Kommissionsgespräch 45 Minuten\n\nDie Vorträge der übrigen Bewerberinnen und Bewerber finden am 28. Juni statt.\n\nMit freundlichen Grüßen\nProf. Dr. H. Wessels\nVorsitzender der Berufungskommission\nHochschule Emsland',
    expect: [{ kind: 'interview', by: '2028-06-29', time: '14:15' }],
  },
  {
    ...BER,
    text: 'Automatische Antwort: Ihre Bewerbung als UX Designer\n\nHallo,\n\nvielen Dank für Ihre Nachricht. Ich bin bis einschließlich 16. Juni im Urlaub und ab Montag, 19. Juni, wieder im Büro. Ihre E-Mail wird nicht weitergeleitet.\n\nViele Grüße\nLena Hoffmann\nPeople & Culture | Kiezkraft GmbH\n\nGesendet mit Personio',
    expect: [{ kind: 'no-contact-before', by: '2028-06-19' }],
  },
  {
    ...BER,
    text: 'Hallo Jonas,\n\ndanke für deine Bewerbung über JOIN als Werkstudent Marketing bei Fahrradwerk Leipzig! Wir sichten gerade alle Bewerbungen und melden uns spätestens Ende nächster Woche bei dir.\n\nSportliche Grüße\nMiriam & das Fahrradwerk-Team\n\n— Diese E-Mail wurde über JOIN versendet —',
    expect: [{ kind: 'response-by', by: '2028-06-16' }],
  },
  {
    ...BER,
    text: 'Sehr geehrter Herr Nowak,\n\nnochmals vielen Dank für das angenehme Gespräch am vergangenen Dienstag. Nach sorgfältiger Abwägung haben wir uns leider für eine andere Kandidatin entschieden, deren Profil noch etwas besser zu den Anforderungen passt.\n\nGerne würden wir Ihre Unterlagen für sechs Monate in unserem Talentpool speichern. Sie können dieser Speicherung jederzeit widersprechen.\n\nMit freundlichen Grüßen\nJulia Brenner\nRecruiting, Alpenland Logistik GmbH\n\nPowered by softgarden',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...VDZ,
    text: 'Sehr geehrte Frau Kaiser\n\nEs freut uns sehr, Ihnen die Stelle als Projektleiterin Hochbau anbieten zu können! Den Arbeitsvertrag erhalten Sie bis Mittwoch, 14. Juni, per Post. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 23. Juni zurück.\n\nWir freuen uns auf die Zusammenarbeit.\n\nFreundliche Grüsse\nThomas Ospelt\nGeschäftsführer, Ospelt Bau Anstalt',
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2028-06-14' },
    ],
  },
  {
    ...BER,
    text: 'kununu Update für dich\n\nNeue Bewertungen für Arbeitgeber, denen du folgst: Nordstern Technologies AG (3,9 ★), Elbe Chemie GmbH (4,1 ★).\n\nLive-Webinar „Gehalt verhandeln wie ein Profi“ am Dienstag, 13. Juni, um 18 Uhr – jetzt kostenlos anmelden!\n\nDu erhältst diese E-Mail, weil du den kununu Newsletter abonniert hast. Abmelden',
    expect: [],
  },
  {
    ...BER,
    text: 'Liebe Kolleginnen und Kollegen,\n\nIhre Gehaltsabrechnung für Juni steht ab dem 28. Juni im Mitarbeiterportal zum Abruf bereit. Die Auszahlung erfolgt zum 30. Juni.\n\nIhre Personalabteilung\nSparkasse Mittelweser',
    expect: [],
  },
  {
    ...BER,
    text: 'Sehr geehrte Damen und Herren,\n\nhiermit bewerbe ich mich um die ausgeschriebene Stelle als Elektroniker für Betriebstechnik (Kennziffer 77/28). Über eine Einladung zu einem persönlichen Gespräch freue ich mich sehr. Ich stehe ab dem 1. September zur Verfügung; meine Kündigungsfrist beträgt drei Monate.\n\nMit freundlichen Grüßen\nDennis Wolf',
    expect: [],
  },
  {
    ...BER,
    text: 'Bekanntmachung: Termine des Auswahlverfahrens 2028 für den Vorbereitungsdienst im gehobenen nichttechnischen Verwaltungsdienst\n\nDer schriftliche Eignungstest für alle Bewerberinnen und Bewerber findet am Samstag, 24. Juni 2028, um 9:00 Uhr statt. Die mündlichen Prüfungen folgen vom 10. bis 14. Juli. Die Zuteilung zu den Prüfungsorten erfolgt durch gesonderte Einladung.\n\nLandesamt für Ausbildung und Personal',
    expect: [],
  },
  {
    ...BER,
    text: 'Neue Jobs passend zu deinem Profil\n\nJunior Data Analyst (m/w/d) – Kiezkraft GmbH – Berlin – Bewerbungsschluss 30.06.\nBI Developer (m/w/d) – Havelwerk AG – Potsdam – ab sofort\n\nJetzt mit einem Klick bewerben.\n\nJob-Benachrichtigungen verwalten',
    expect: [],
  },
  {
    ...BZO,
    text: 'Sehr geehrter Herr Oberhofer,\n\ndanke für Ihre Geduld. Die Gespräche mit den übrigen Bewerberinnen und Bewerbern finden am 15. und 16. Juni statt; danach melden wir uns.\n\nFreundliche Grüße\nAnna Kofler\nPersonal, Dolomiten Energie AG',
    expect: [],
  },
];

/** Round 232: Spanish. */
export const ROUND_232_ES: readonly PhraseRow[] = [
  {
    ...MVD,
    text: 'Hola Martina, ¿cómo estás?\n\nTe escribo de parte de Celeste Software para coordinar la entrevista con el equipo técnico. Quedamos agendados para el martes 13 de junio a las 15:30 por Google Meet; el enlace te llega en la invitación del calendario.\n\nCualquier cosa, avisame.\n\nSaludos,\nFlorencia Techera\nTalento Humano, Celeste Software',
    expect: [{ kind: 'interview', by: '2028-06-13', time: '15:30' }],
  },
  {
    ...CCS,
    text: 'Estimado Sr. Guzmán:\n\nReciba un cordial saludo. Le proponemos las siguientes opciones para la entrevista con la Gerencia de Operaciones:\n\n• lunes 12 de junio, 9:00 a. m.\n• miércoles 14 de junio, 2:00 p. m.\n• jueves 15 de junio, 10:30 a. m.\n\nPor favor, indíquenos cuál le conviene.\n\nAtentamente,\nCoordinación de Talento\nPetroandina Servicios C.A.',
    expect: [],
  },
  {
    ...GYE,
    text: 'Estimada Srta. Mendoza:\n\nDebido a un imprevisto en la agenda de la gerencia, debemos mover su entrevista del viernes 9 de junio a las 10:00 al lunes 12 de junio, a las 10:00. El lugar se mantiene: Av. 9 de Octubre 1520, piso 4.\n\nDisculpe las molestias.\n\nSaludos cordiales,\nTalento Humano\nExportadora del Guayas S.A.',
    expect: [{ kind: 'interview', by: '2028-06-12', time: '10:00' }],
  },
  {
    ...SJO,
    text: 'Hola Valeria:\n\n¡Gracias por aplicar a la posición de Analista de Soporte en Pura Vida Cloud! El proceso de selección consta de tres etapas y estimamos comunicarte el resultado de la primera en un plazo máximo de 10 días hábiles.\n\nPura vida,\nEquipo de Reclutamiento',
    expect: [{ kind: 'response-by', by: '2028-06-22' }],
  },
  {
    ...GUA,
    text: 'Buen día, Luis Fernando:\n\nGracias por participar en la evaluación técnica. El comité evaluador sesionará el miércoles 21 de junio. Te daremos una respuesta dentro de los cinco días hábiles posteriores.\n\nAtentamente,\nRecursos Humanos\nCooperativa Quetzal R.L.',
    expect: [{ kind: 'response-by', by: '2028-06-28' }],
  },
  {
    ...LAX,
    text: 'Hola Miguel:\n\nGracias por tu interés en trabajar con Sunland Foods. Tu entrevista está programada para el lunes 12 de junio a las 11:00 a.m. (hora del Pacífico) en nuestra planta de Fontana, 14500 Valley Blvd.\n\nPor favor, no llames a la planta; si necesitas cambiar la cita, responde a este correo.\n\nSunland Foods es un empleador que ofrece igualdad de oportunidades.\n\nRecursos Humanos',
    expect: [{ kind: 'interview', by: '2028-06-12', time: '11:00' }, { kind: 'no-calls' }],
  },
  {
    ...SSG,
    text: 'Estimado Sr. Nsue Ondo:\n\nNos complace informarle que su candidatura para el puesto de Técnico de Mantenimiento ha sido preseleccionada. Le comunicaremos la fecha de la entrevista antes del 30 de junio.\n\nAtentamente,\nDepartamento de Recursos Humanos\nBioko Offshore Services S.A.\nMalabo, Guinea Ecuatorial',
    expect: [{ kind: 'response-by', by: '2028-06-29' }],
  },
  {
    ...MAD,
    text: 'Resolución de 5 de junio de 2028, de la Dirección General de Función Pública, por la que se aprueba la lista provisional de admitidos y excluidos en el proceso selectivo para ingreso en el Cuerpo de Gestión, y se anuncia la fecha del primer ejercicio.\n\nEl primer ejercicio de la oposición se celebrará el sábado 24 de junio de 2028 a las 10:00 horas en la Facultad de Derecho. Los aspirantes deberán presentarse con DNI y bolígrafo azul.',
    expect: [],
  },
  {
    ...MAD,
    text: 'Hola Lucía:\n\nGracias por tu solicitud para el puesto de Consultora SAP FI (R-20417). Hemos recibido tu candidatura y el equipo de selección la revisará. Si tu perfil encaja, nos pondremos en contacto contigo.\n\nPuedes consultar el estado de tu solicitud en cualquier momento en tu perfil de candidato.\n\nUn saludo,\nEquipo de Adquisición de Talento\nIbérica Consulting\n\nEste correo se ha enviado desde Workday.',
    expect: [],
  },
  {
    ...BOG,
    text: 'Computrabajo · Nuevas ofertas para ti\n\nAuxiliar contable — Contables del Norte S.A.S. — Bogotá, D.C. — Publicado hace 2 días\nAnalista de nómina — Grupo Sabana — Chía — Postúlate antes del 15 de junio\n\nVer todas las ofertas | Dejar de recibir estas alertas',
    expect: [],
  },
  {
    ...BUE,
    text: 'Novedades de tu postulación en Bumeran\n\nHola Agustín,\n\nLamentablemente, la empresa Tandil Alimentos decidió avanzar con otros candidatos para el aviso «Analista de Compras». ¡No te desanimes! Tenemos más de 3.000 avisos que pueden interesarte.\n\nEl equipo de Bumeran',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...CCS,
    text: 'Respuesta automática: Postulación Analista de Riesgo\n\nGracias por su mensaje. Estaré fuera de la oficina del 5 al 16 de junio. Regreso el lunes 19 de junio.\n\nSaludos,\nMariela Rondón\nGestión de Talento, Banco del Orinoco',
    expect: [{ kind: 'no-contact-before', by: '2028-06-19' }],
  },
  {
    ...GUA,
    text: 'Hola Andrea:\n\n¡Felicidades! Nos complace ofrecerte el puesto de Analista de Datos. Te enviaremos la carta oferta formal a más tardar el martes 13 de junio, con el detalle del salario y las prestaciones.\n\nSaludos cordiales,\nDiego Alvarado\nGerente de Talento, Maya Digital',
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2028-06-13' },
    ],
  },
  {
    ...LAX,
    text: 'Hola Rosa:\n\nGracias por tu paciencia. Las entrevistas con los demás finalistas serán el lunes 12 y el martes 13 de junio; después de eso el gerente tomará la decisión.\n\nSaludos,\nKaren\nRecruiting, Golden State Dental',
    expect: [],
  },
  {
    ...GYE,
    text: 'Estimado postulante:\n\nHemos recibido su hoja de vida para la vacante de Asistente Administrativo. Le pedimos que, por respeto al proceso y a los demás postulantes, ni llame ni se presente en nuestras oficinas para consultar el estado de su postulación.\n\nAtentamente,\nTalento Humano\nAgrícola Los Ríos S.A.',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...CCS,
    text: 'Webinar gratuito: Cómo preparar tu entrevista por competencias\n\nMiércoles 14 de junio, 7:00 p. m. (hora de Caracas), por Zoom. Cupos limitados, ¡regístrate aquí!\n\nEmpleate.com.ve · Darse de baja',
    expect: [],
  },
];

/** Round 233: French. */
export const ROUND_233_FR: readonly PhraseRow[] = [
  {
    ...LUX,
    text: "Madame Weber,\n\nNous vous remercions pour votre candidature au poste de Juriste Corporate. Nous avons le plaisir de vous inviter à un entretien le lundi 19 juin 2028 à 14h00 dans nos bureaux de Luxembourg-Kirchberg, 15 avenue J.F. Kennedy.\n\nNous vous prions de bien vouloir confirmer votre présence par retour de mail.\n\nVeuillez agréer, Madame, l'expression de nos salutations distinguées.\n\nService des Ressources Humaines\nGrand-Duché Fiduciaire S.à r.l.",
    expect: [{ kind: 'interview', by: '2028-06-19', time: '14:00' }],
  },
  {
    ...CAS,
    text: 'Bonjour Monsieur Benjelloun,\n\nSuite à l’étude de votre dossier, nous souhaitons vous rencontrer. Merci de nous indiquer vos disponibilités parmi les créneaux suivants :\n- mardi 13 juin à 10h\n- mercredi 14 juin à 15h\n- vendredi 16 juin à 11h30\n\nCordialement,\nNadia El Amrani\nChargée de recrutement, Atlas Télécom',
    expect: [],
  },
  {
    ...TUN,
    text: 'Monsieur,\n\nNous accusons réception de votre candidature au poste d’ingénieur qualité. Votre dossier a été transmis au responsable du département concerné. Vous recevrez une réponse dans un délai de quinze jours.\n\nVeuillez agréer, Monsieur, nos salutations distinguées.\n\nLa Direction des Ressources Humaines\nCarthage Composants SA',
    expect: [{ kind: 'response-by', by: '2028-06-23' }],
  },
  {
    ...DKR,
    text: 'Bonjour Madame Diop,\n\nNous vous remercions pour votre participation aux tests écrits. Le jury de sélection se réunira le jeudi 15 juin. Nous vous communiquerons sa décision dans les trois jours ouvrables qui suivent.\n\nCordialement,\nDirection du Capital Humain\nTéranga Assurances',
    expect: [{ kind: 'response-by', by: '2028-06-20' }],
  },
  {
    ...ABJ,
    text: 'Monsieur Kouassi,\n\nNous vous prions de bien vouloir vous présenter le mardi 13 juin 2028 à 8 h 30 précises à notre siège du Plateau, pour un entretien avec le Directeur des Ressources Humaines.\n\nMunissez-vous de votre CNI et d’une copie de vos diplômes.\n\nLa Direction des Ressources Humaines\nLagune Cacao SA',
    expect: [{ kind: 'interview', by: '2028-06-13', time: '08:30' }],
  },
  {
    ...BRU,
    text: 'Madame, Monsieur,\n\nNous accusons bonne réception de votre candidature. Afin de garantir l’égalité de traitement entre les candidats, nous ne donnerons, sous aucune forme et à aucun stade de la procédure, suite aux demandes d’information par téléphone.\n\nLe service Sélection\nCommune de Schaerbeek',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...GVA,
    text: 'Bonjour Madame Rochat,\n\nNotre responsable étant absente le vendredi 9 juin, nous devons déplacer votre entretien prévu ce jour-là à 10h. Pourriez-vous venir le mardi 13 juin à 16h à la place ?\n\nAvec nos excuses et nos meilleures salutations,\nSandrine Perret\nRH, Léman Horlogerie SA',
    expect: [{ kind: 'interview', by: '2028-06-13', time: '16:00' }],
  },
  {
    ...QUE,
    text: 'Jobillico · Mise à jour de votre candidature\n\nBonjour Félix,\n\nNous avons reçu un grand nombre de candidatures pour le poste de technicien en logistique. Malheureusement, nous ne pouvons donner suite à votre candidature.\n\nNous vous souhaitons bonne chance dans vos recherches.\n\nTransports Boréal inc.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...PAR,
    text: 'Apec — Votre sélection d’offres de la semaine\n\nResponsable contrôle de gestion – Lyon – 55-65 k€\nChef de projet ERP – Nantes – 50-58 k€\n\nAtelier en ligne « Réussir son entretien d’embauche » le mardi 13 juin à 12h30. Inscrivez-vous !\n\nSe désabonner',
    expect: [],
  },
  {
    ...PAR,
    text: 'France Travail vous informe\n\nUne réunion d’information collective sur les métiers de la logistique aura lieu le lundi 12 juin à 9h30 dans votre agence de Paris 19e. Cette information est adressée à l’ensemble des demandeurs d’emploi inscrits dans la catégorie A.\n\nVotre conseiller France Travail',
    expect: [],
  },
  {
    ...PAR,
    text: 'Welcome to the Jungle\n\n3 nouvelles offres qui pourraient vous plaire\n\nProduct Designer – Mistral Studio – Paris – CDI\nUX Researcher – Ondine – Bordeaux – Télétravail partiel\n\nCandidature simplifiée en 2 clics. Gérer mes alertes',
    expect: [],
  },
  {
    ...PAR,
    text: 'Bonjour Antoine,\n\nJe reviens vers vous avec une excellente nouvelle : nous sommes ravis de vous proposer le poste de chef de projet digital ! Vous recevrez votre promesse d’embauche par courriel d’ici mardi prochain.\n\nBien cordialement,\nÉmilie Garnier\nResponsable RH, Maison Verlaine',
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2028-06-13' },
    ],
  },
  {
    ...LUX,
    text: 'Réponse automatique : Candidature – Contrôleur financier\n\nBonjour,\n\nJe suis actuellement en congé et serai de retour le lundi 19 juin. En cas d’urgence, merci de contacter rh@ardennes-invest.lu.\n\nCordialement,\nPaul Schmit',
    expect: [{ kind: 'no-contact-before', by: '2028-06-19' }],
  },
  {
    ...BRU,
    text: 'Bonjour Monsieur Lambert,\n\nMerci pour votre patience. Nous recevons les autres candidats le 14 et le 15 juin.\n\nBien à vous,\nSophie Dubois\nRH, Brabant Pharma',
    expect: [],
  },
  {
    ...PAR,
    text: 'Madame, Monsieur,\n\nJe me permets de vous adresser ma candidature pour le poste d’assistante de direction. Disponible à partir du 1er juillet, je reste à votre disposition pour un entretien à votre convenance.\n\nVeuillez agréer mes salutations distinguées.\n\nClaire Moreau',
    expect: [],
  },
  {
    ...TUN,
    text: 'Bonjour,\n\nMerci de ne pas contacter le service RH avant le 26 juin, date de clôture des candidatures.\n\nCordialement,\nRH, Médina Textile',
    expect: [{ kind: 'no-contact-before', by: '2028-06-26' }],
  },
];

// Rounds 234–234c: written after rounds 231–233's fixes (b3e87af), before the engine read them. Friday 3 November
// 2028, 14:40 local.
const LUX2 = { sentAt: '2028-11-03T14:40:00+01:00', tz: 'Europe/Luxembourg' } as const;
const BER2 = { sentAt: '2028-11-03T14:40:00+01:00', tz: 'Europe/Berlin' } as const;
const BZO2 = { sentAt: '2028-11-03T14:40:00+01:00', tz: 'Europe/Rome' } as const;
const VDZ2 = { sentAt: '2028-11-03T14:40:00+01:00', tz: 'Europe/Vaduz' } as const;
const MVD2 = { sentAt: '2028-11-03T14:40:00-03:00', tz: 'America/Montevideo' } as const;
const CCS2 = { sentAt: '2028-11-03T14:40:00-04:00', tz: 'America/Caracas' } as const;
const GYE2 = { sentAt: '2028-11-03T14:40:00-05:00', tz: 'America/Guayaquil' } as const;
const SJO2 = { sentAt: '2028-11-03T14:40:00-06:00', tz: 'America/Costa_Rica' } as const;
const GUA2 = { sentAt: '2028-11-03T14:40:00-06:00', tz: 'America/Guatemala' } as const;
const HOU2 = { sentAt: '2028-11-03T14:40:00-05:00', tz: 'America/Chicago' } as const;
const SSG2 = { sentAt: '2028-11-03T14:40:00+01:00', tz: 'Africa/Malabo' } as const;
const BUE2 = { sentAt: '2028-11-03T14:40:00-03:00', tz: 'America/Argentina/Buenos_Aires' } as const;
const BOG2 = { sentAt: '2028-11-03T14:40:00-05:00', tz: 'America/Bogota' } as const;
const CAS2 = { sentAt: '2028-11-03T14:40:00+01:00', tz: 'Africa/Casablanca' } as const;
const TUN2 = { sentAt: '2028-11-03T14:40:00+01:00', tz: 'Africa/Tunis' } as const;
const DKR2 = { sentAt: '2028-11-03T14:40:00+00:00', tz: 'Africa/Dakar' } as const;
const ABJ2 = { sentAt: '2028-11-03T14:40:00+00:00', tz: 'Africa/Abidjan' } as const;
const BRU2 = { sentAt: '2028-11-03T14:40:00+01:00', tz: 'Europe/Brussels' } as const;
const GVA2 = { sentAt: '2028-11-03T14:40:00+01:00', tz: 'Europe/Zurich' } as const;
const QUE2 = { sentAt: '2028-11-03T14:40:00-04:00', tz: 'America/Toronto' } as const;
const PAR2 = { sentAt: '2028-11-03T14:40:00+01:00', tz: 'Europe/Paris' } as const;

/** Round 234: German, second. */
export const ROUND_234_DE: readonly PhraseRow[] = [
  {
    ...LUX2,
    text: 'Sehr geehrter Herr Schmit,\n\nvielen Dank für Ihre Bewerbung als IT-Systemadministrator. Wir würden gerne ein erstes Gespräch per Microsoft Teams mit Ihnen führen:\n\nDonnerstag, 9. November 2028, 16:00 Uhr (MEZ)\n\nDen Link erhalten Sie mit der Kalendereinladung.\n\nMit freundlichen Grüßen\nNathalie Wagner\nHR Business Partner, Kirchberg Data S.A.',
    expect: [{ kind: 'interview', by: '2028-11-09', time: '16:00' }],
  },
  {
    ...BER2,
    text: 'Ihr Bewerbungsstatus hat sich geändert\n\nHallo Frau Reinhardt,\n\nvielen Dank für Ihre Bewerbung auf die Position Senior Consultant SAP S/4HANA (Req. 58821). Ihre Unterlagen wurden an die Fachabteilung weitergeleitet. Sie erhalten in den nächsten zwei Wochen eine Rückmeldung zum weiteren Vorgehen.\n\nIhr Recruiting-Team\nWalldorf Software Solutions SE\n\nBitte antworten Sie nicht auf diese automatisch erstellte E-Mail.',
    expect: [{ kind: 'response-by', by: '2028-11-17' }],
  },
  {
    ...BER2,
    text: 'Sehr geehrter Herr Dr. Aydın,\n\nvielen Dank für Ihren Vortrag und das Gespräch mit der Kommission. Die Berufungskommission tagt erneut am 22. November. Über das Ergebnis informieren wir Sie innerhalb von zehn Tagen nach der Sitzung.\n\nMit freundlichen Grüßen\nDr. K. Brandes\nReferat Berufungsangelegenheiten\nTechnische Hochschule Mittelhessen',
    expect: [{ kind: 'response-by', by: '2028-12-02' }],
  },
  {
    ...BER2,
    text: 'Sehr geehrte Bewerberin, sehr geehrter Bewerber,\n\nIhre Bewerbung für das Auswahlverfahren „Inspektoranwärter/in 2029“ ist bei uns eingegangen. Telefonische Auskünfte zum Stand des Auswahlverfahrens können wir – auch auf wiederholte Nachfrage – leider nicht erteilen.\n\nMit freundlichen Grüßen\nLandesamt für Steuern\nReferat Personalgewinnung',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...BZO2,
    text: 'Sehr geehrte Frau Mair,\n\nleider bin ich am Dienstag, 7. November, krankheitsbedingt verhindert. Können wir unser Gespräch von 10 Uhr auf Donnerstag, 9. November, ebenfalls 10 Uhr verschieben?\n\nVielen Dank für Ihr Verständnis.\n\nMit freundlichen Grüßen\nPeter Thaler\nLeiter Verwaltung, Vinschger Obstgenossenschaft',
    expect: [{ kind: 'interview', by: '2028-11-09', time: '10:00' }],
  },
  {
    ...BER2,
    text: 'Hallo Herr Petersen,\n\nfür das Zweitgespräch kann ich Ihnen folgende Termine anbieten:\n\n- Mo, 13.11., 9:00 Uhr\n- Di, 14.11., 14:00 Uhr\n- Mi, 15.11., 11:30 Uhr\n\nWelcher Termin passt Ihnen am besten?\n\nBeste Grüße\nSvenja Ahrens\nTalent Acquisition, Nordlicht Energie GmbH',
    expect: [],
  },
  {
    ...BER2,
    text: 'Hi Mira,\n\ndanke für das tolle Gespräch heute! Wir stimmen uns im Team ab und melden uns bis Mitte nächster Woche bei dir.\n\nLiebe Grüße\nFelix\nTalent & Culture, Brotzeit Apps GmbH\n\nGesendet über Personio',
    expect: [{ kind: 'response-by', by: '2028-11-08', fuzzy: true }],
  },
  {
    ...BER2,
    text: 'Sehr geehrte Frau Yıldız,\n\nwir freuen uns, Ihnen mitteilen zu können, dass wir Ihnen einen Ausbildungsplatz zur Bankkauffrau zum 1. August 2029 anbieten. Ihren Ausbildungsvertrag erhalten Sie in den kommenden Tagen per Post.\n\nHerzliche Grüße\nSparkasse Oberland\nAusbildungsleitung',
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2028-11-08', fuzzy: true },
    ],
  },
  {
    ...VDZ2,
    text: 'Sehr geehrter Herr Hasler\n\nDie übrigen Gespräche führen wir bis zum 10. November; im Anschluss melden wir uns – spätestens am 15. November – bei Ihnen.\n\nFreundliche Grüsse\nSabine Wohlwend\nPersonal, Alpenrhein Versicherung AG',
    expect: [{ kind: 'response-by', by: '2028-11-15' }],
  },
  {
    ...BZO2,
    text: 'Sehr geehrte Frau Egger,\n\nnochmals danke für Ihr Interesse an unserem Hotel. Leider müssen wir Ihnen mitteilen, dass die Wahl auf eine andere Bewerberin gefallen ist.\n\nWir wünschen Ihnen für Ihre Zukunft alles Gute.\n\nMit freundlichen Grüßen\nFamilie Gruber\nHotel Rosengarten, Seis am Schlern',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...BER2,
    text: 'Liebe Bewerberinnen und Bewerber,\n\nvielen Dank für die zahlreichen Bewerbungen. Bitte sehen Sie vor dem 20. November von Nachfragen ab; bis dahin sichten wir alle Unterlagen.\n\nIhr Team der Stadtwerke Weserbergland',
    expect: [{ kind: 'no-contact-before', by: '2028-11-20' }],
  },
  {
    ...BER2,
    text: 'JOIN Job-Alarm\n\n5 neue Jobs für „Office Manager“ in Hamburg:\nOffice Manager (m/w/d) – Hafenblick GmbH – Teilzeit\nAssistenz der Geschäftsführung – Elbwerk AG – Start: 01.12.\n\nAlarm bearbeiten · Abmelden',
    expect: [],
  },
  {
    ...BER2,
    text: 'Gehaltscheck 2028: Was verdienen Controller wirklich?\n\nIn unserem Live-Webinar am Mittwoch, 8. November, um 18:30 Uhr verraten Expert:innen, wie Sie Ihr Gehalt verhandeln.\n\nJetzt Platz sichern!\nDein kununu-Team · Newsletter abbestellen',
    expect: [],
  },
  {
    ...BER2,
    text: 'Hallo zusammen,\n\nanbei die Termine für die Interviews mit den drei Kandidat:innen am Mittwoch, 8.11., ab 9 Uhr im Raum Elbe. Bitte blockt euch die Zeit und lest vorher die Unterlagen.\n\nDanke!\nMaren',
    expect: [],
  },
  {
    ...BER2,
    text: 'Sehr geehrte Frau Lange,\n\nich wollte mich nach dem Stand meiner Bewerbung als Buchhalter erkundigen. Sie hatten mir eine Rückmeldung bis Ende Oktober in Aussicht gestellt.\n\nMit freundlichen Grüßen\nTobias Krüger',
    expect: [],
  },
  {
    ...BER2,
    text: 'Ihre Bestellung Nr. 302-4418877 wurde versandt und wird voraussichtlich am Dienstag, 7. November, zugestellt.\n\nSendungsverfolgung: DHL\n\nVielen Dank für Ihren Einkauf.',
    expect: [],
  },
  {
    ...BER2,
    text: 'Termine der Auswahltests für das Einstellungsjahr 2029\n\n14. November, 21. November und 28. November, jeweils 8:30 Uhr, Polizeiakademie Nienburg. Die Zuteilung zu einem Termin erfolgt mit gesonderter Einladung.\n\nPolizei Niedersachsen – Nachwuchsgewinnung',
    expect: [],
  },
];

/** Round 234b: Spanish, second. */
export const ROUND_234B_ES: readonly PhraseRow[] = [
  {
    ...MVD2,
    text: 'Hola Joaquín:\n\n¡Gracias por tu interés en Charrúa Analytics! Te invitamos a una entrevista por Zoom el miércoles 8 de noviembre a las 10 horas (hora de Uruguay) con nuestra líder técnica.\n\nSaludos,\nLucía Pereyra\nPeople, Charrúa Analytics',
    expect: [{ kind: 'interview', by: '2028-11-08', time: '10:00' }],
  },
  {
    ...CCS2,
    text: 'Estimada Sra. Rivas:\n\nHemos recibido su síntesis curricular para el cargo de Analista Contable. En un lapso de 15 días hábiles le estaremos informando sobre el resultado de la evaluación.\n\nAtentamente,\nGerencia de Capital Humano\nSeguros La Guaira C.A.',
    expect: [{ kind: 'response-by', by: '2028-11-24' }],
  },
  {
    ...GYE2,
    text: 'Estimado Sr. Cevallos:\n\nUsted ha avanzado a la siguiente etapa del proceso. La evaluación psicométrica se realizará en línea el lunes 13 de noviembre. Los resultados se comunicarán dentro de las 72 horas siguientes.\n\nSaludos cordiales,\nTalento Humano\nBanco del Pacífico Sur',
    expect: [{ kind: 'response-by', by: '2028-11-16' }],
  },
  {
    ...SJO2,
    text: 'Buenas tardes, Mariana:\n\nLe escribo para reprogramar la entrevista que teníamos el lunes 6 de noviembre a la 1:00 p. m. La nueva fecha sería el martes 7 de noviembre a las 3:00 p. m., en el mismo lugar.\n\nMuchas gracias por su comprensión.\n\nKarla Solís\nReclutamiento, Tico Dev S.A.',
    expect: [{ kind: 'interview', by: '2028-11-07', time: '15:00' }],
  },
  {
    ...GUA2,
    text: 'Estimado candidato:\n\nPor la cantidad de solicitudes recibidas, no nos es posible, por ningún motivo, atender llamadas telefónicas sobre el estado del proceso. Le contactaremos por correo si su perfil avanza.\n\nRecursos Humanos\nIngenio El Volcán S.A.',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...HOU2,
    text: 'Hola Jorge:\n\nGracias por aplicar a Lone Star Logistics. Nos gustaría hacerte una entrevista por teléfono el lunes 6 de noviembre a las 2:00 p.m. (hora del Centro). Te llamará Brenda, de nuestro equipo de Recursos Humanos.\n\nSaludos,\nLone Star Logistics\nEmpleador con igualdad de oportunidades',
    expect: [{ kind: 'interview', by: '2028-11-06', time: '14:00' }],
  },
  {
    ...SSG2,
    text: 'Estimada Sra. Obiang:\n\nLamentamos comunicarle que su candidatura no ha sido retenida para la siguiente fase del proceso de selección.\n\nLe agradecemos el interés mostrado.\n\nDepartamento de Recursos Humanos\nGEPetrol Servicios',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...BOG2,
    text: 'Convocatoria de concurso público de méritos 2028-04\n\nEl plazo de inscripción vence el 30 de noviembre de 2028. Las pruebas de conocimiento se aplicarán a todos los participantes admitidos el sábado 9 de diciembre a las 8:00 a. m. en las sedes que se publicarán oportunamente.\n\nComisión Nacional del Servicio Civil',
    expect: [],
  },
  {
    ...BOG2,
    text: '¡Buenas noticias! La empresa Distribuidora Andina vio tu hoja de vida para la oferta «Vendedor externo».\n\nSigue postulándote a más ofertas en Computrabajo.\n\nNo responder a este correo.',
    expect: [],
  },
  {
    ...MVD2,
    text: 'Hola Santiago:\n\nGracias por postularte. Por favor, no te comuniques con el equipo de selección antes del 20 de noviembre; revisaremos todas las candidaturas una vez cerrado el plazo.\n\nSaludos,\nAdquisición de Talento, Banco Oriental\n\nEnviado a través de Workday',
    expect: [{ kind: 'no-contact-before', by: '2028-11-20' }],
  },
  {
    ...BUE2,
    text: '¡Felicitaciones, Camila!\n\nFuiste seleccionada para el puesto de Analista de Marketing en Yerba Buena S.A. El lunes te llega por mail la propuesta formal con todos los detalles.\n\nUn abrazo,\nFlor\nRRHH',
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2028-11-06' },
    ],
  },
  {
    ...BUE2,
    text: 'Hola Nico, ¿todo bien? Te propongo dos horarios para la charla con el equipo: el jueves 9 a las 11:00 o el viernes 10 a las 16:00. ¿Cuál te queda mejor?\n\nAbrazo,\nMeli',
    expect: [],
  },
  {
    ...GUA2,
    text: 'Estimados colaboradores:\n\nLes informamos que el aguinaldo se pagará el viernes 15 de diciembre junto con su salario de la primera quincena.\n\nAdministración de Personal',
    expect: [],
  },
  {
    ...BUE2,
    text: 'Nuevos avisos para vos en Bumeran\n\nAnalista de Cuentas a Pagar — Grupo Litoral — CABA — Postulate hasta el 20/11\nAsistente Contable — Estudio Paz — Rosario\n\nDejá de recibir estas alertas',
    expect: [],
  },
  {
    ...HOU2,
    text: 'Hola Ana:\n\nEsta semana y la próxima el gerente entrevista a los otros candidatos, el jueves 9 y el viernes 10. Gracias por tu paciencia.\n\nSaludos,\nRecursos Humanos, Gulf Coast Clinics',
    expect: [],
  },
  {
    ...SJO2,
    text: 'Hola Esteban:\n\nGracias por completar la prueba técnica. El proceso completo toma aproximadamente tres semanas; te mantendremos al tanto de cada etapa.\n\nSaludos,\nTalento, Volcán Arenal Software',
    expect: [{ kind: 'response-by', by: '2028-11-24', fuzzy: true }],
  },
];

/** Round 234c: French, second. */
export const ROUND_234C_FR: readonly PhraseRow[] = [
  {
    ...LUX2,
    text: 'Bonjour Monsieur Hoffmann,\n\nSuite à votre candidature au poste de gestionnaire de fonds, nous vous proposons un entretien en visioconférence le mercredi 15 novembre à 10h30.\n\nLe lien Webex vous sera transmis la veille.\n\nMeilleures salutations,\nAnne Reuter\nTalent Acquisition, Pétrusse Asset Management',
    expect: [{ kind: 'interview', by: '2028-11-15', time: '10:30' }],
  },
  {
    ...CAS2,
    text: 'Bonjour Madame Tazi,\n\nMerci pour l’intérêt porté à notre groupe. Notre processus comprend un entretien RH puis un entretien technique ; nous reviendrons vers vous dans un délai de 10 jours ouvrables pour la suite.\n\nCordialement,\nYoussef Alaoui\nTalent Acquisition, Maghreb Industries',
    expect: [{ kind: 'response-by', by: '2028-11-17' }],
  },
  {
    ...TUN2,
    text: 'Avis aux candidats\n\nLes candidats sont priés de ne pas, sauf convocation écrite, se présenter ni téléphoner à nos bureaux. Les résultats seront communiqués par courrier électronique.\n\nLa Direction des Ressources Humaines\nSahel Pharma',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...DKR2,
    text: 'Madame Ndiaye,\n\nLa commission de recrutement se réunira le mardi 14 novembre. La liste des candidats retenus pour l’entretien vous sera notifiée au plus tard une semaine après.\n\nVeuillez agréer, Madame, nos salutations distinguées.\n\nLe Directeur des Ressources Humaines\nPort Autonome de Dakar',
    expect: [{ kind: 'response-by', by: '2028-11-21' }],
  },
  {
    ...ABJ2,
    text: 'Monsieur Traoré,\n\nVotre entretien initialement prévu le lundi 6 novembre à 9h est reporté au jeudi 9 novembre à 14h30, au même endroit.\n\nNous vous prions de nous excuser pour ce changement.\n\nService Recrutement\nÉburnie Télécom',
    expect: [{ kind: 'interview', by: '2028-11-09', time: '14:30' }],
  },
  {
    ...BRU2,
    text: 'Réponse automatique : votre candidature\n\nBonjour,\n\nJe suis en congé jusqu’au 10 novembre inclus. Je traiterai votre e-mail à mon retour.\n\nBien à vous,\nMarie Peeters\nHR Officer, Escaut Logistics',
    expect: [{ kind: 'no-contact-before', by: '2028-11-11' }],
  },
  {
    ...GVA2,
    text: 'Madame,\n\nAprès examen attentif de votre dossier, nous sommes au regret de ne pas pouvoir retenir votre candidature.\n\nNous vous souhaitons plein succès dans vos recherches.\n\nMeilleures salutations,\nService du personnel\nClinique des Eaux-Vives',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...QUE2,
    text: 'Bonjour Olivier,\n\nMerci d’avoir postulé via Jobillico. Tu recevras une réponse dans les deux semaines suivant la fermeture de l’affichage, le 10 novembre.\n\nBonne journée!\nÉquipe RH, Érablière Numérique',
    expect: [{ kind: 'response-by', by: '2028-11-24' }],
  },
  {
    ...PAR2,
    text: 'Apec — Participez à notre webinaire « Négocier son salaire » le jeudi 9 novembre à 12h30. Inscription gratuite sur apec.fr.\n\nSe désabonner',
    expect: [],
  },
  {
    ...PAR2,
    text: 'France Travail — Votre conseiller vous informe\n\nPensez à effectuer votre actualisation mensuelle entre le 28 novembre et le 15 décembre sur francetravail.fr.\n\nCeci est un message automatique.',
    expect: [],
  },
  {
    ...PAR2,
    text: 'Welcome to the Jungle\n\nL’entreprise Lumen a consulté votre profil ! Découvrez ses 4 offres en cours et postulez en un clic.\n\nGérer mes notifications',
    expect: [],
  },
  {
    ...PAR2,
    text: 'Bonjour Madame Petit,\n\nNous avons le plaisir de vous confirmer votre recrutement au poste de comptable. Votre contrat vous parviendra au plus tard le vendredi 10 novembre.\n\nBien cordialement,\nLa Direction, Cabinet Marceau',
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2028-11-10' },
    ],
  },
  {
    ...CAS2,
    text: 'Bonjour Karim,\n\nSeriez-vous disponible mardi 7 novembre à 11h ou jeudi 9 novembre à 15h pour un second entretien ?\n\nCordialement,\nSalma\nRH, Atlas Digital',
    expect: [],
  },
  {
    ...BRU2,
    text: 'Bonjour Madame Claes,\n\nNous terminons les entretiens avec les autres candidats la semaine prochaine. Merci pour votre patience.\n\nCordialement,\nService RH, Namur Habitat',
    expect: [],
  },
  {
    ...PAR2,
    text: 'Madame, Monsieur,\n\nSuite à mon entretien du 25 octobre, je me permets de vous relancer concernant ma candidature au poste de technicien de maintenance. Vous m’aviez indiqué une réponse avant la fin du mois.\n\nCordialement,\nJulien Marchand',
    expect: [],
  },
  {
    ...QUE2,
    text: 'Salut Gabrielle,\n\nNous t’attendons lundi le 6 novembre à 13 h 30 à nos bureaux de Laval pour ton entrevue avec Marc-André.\n\nÀ lundi!\nSophie\nConseillère RH, Boréal Construction',
    expect: [{ kind: 'interview', by: '2028-11-06', time: '13:30' }],
  },
];
