// The fourteenth held-out rounds of issue 13 in German, Spanish and French (rounds 181–183): whole messages written
// fresh after the layouts and wording of real templates (Personio, softgarden, InfoJobs, Welcome to the Jungle and
// Manatal reschedule templates, HR-blog invitation, refusal and offer letters, out-of-office replies, job alerts and
// fair invitations, Outlook quote headers), rewritten with our own names, companies and dates: signatures with phone
// numbers and addresses, Handelsregister, FN, CHE, CIF, RUC, RUT, RFC, SIRET, BCE and NEQ lines, RGPD/DSGVO notes,
// ATS label–value fields, Swiss, Austrian, Belgian, Québec, Chilean, Peruvian and Mexican variants, formal and
// informal registers. About 40 % are negatives of the kind real inboxes hold, or rows where only some of the dates are
// findings. Each row's answer was written from TIMELINE-CONVENTIONS.md (absences as ruled for issue 13, class 6)
// BEFORE the engine read it; the first-run figures are in FIRST_RUN.
import type { PhraseRow } from './phrases.table';

// Monday 10 June 2030, 09:10 in Munich.
const MUC_MON = { sentAt: '2030-06-10T09:10:00+02:00', tz: 'Europe/Berlin' } as const;
// Tuesday 11 June 2030, 14:25 in Hamburg.
const HAM_TUE = { sentAt: '2030-06-11T14:25:00+02:00', tz: 'Europe/Berlin' } as const;
// Wednesday 12 June 2030, 10:50 in Vienna.
const WIE_WED = { sentAt: '2030-06-12T10:50:00+02:00', tz: 'Europe/Vienna' } as const;
// Thursday 13 June 2030, 16:05 in Basel.
const BSL_THU = { sentAt: '2030-06-13T16:05:00+02:00', tz: 'Europe/Zurich' } as const;
// Friday 14 June 2030, 11:40 in Frankfurt.
const FRA_FRI = { sentAt: '2030-06-14T11:40:00+02:00', tz: 'Europe/Berlin' } as const;

// Monday 10 June 2030, 10:05 in Madrid.
const MAD_MON = { sentAt: '2030-06-10T10:05:00+02:00', tz: 'Europe/Madrid' } as const;
// Tuesday 11 June 2030, 13:30 in Valencia.
const VLC_TUE = { sentAt: '2030-06-11T13:30:00+02:00', tz: 'Europe/Madrid' } as const;
// Wednesday 12 June 2030, 09:15 in Santiago de Chile.
const SCL_WED = { sentAt: '2030-06-12T09:15:00-04:00', tz: 'America/Santiago' } as const;
// Thursday 13 June 2030, 12:00 in Lima.
const LIM_THU = { sentAt: '2030-06-13T12:00:00-05:00', tz: 'America/Lima' } as const;
// Friday 14 June 2030, 17:20 in Mexico City.
const MEX_FRI = { sentAt: '2030-06-14T17:20:00-06:00', tz: 'America/Mexico_City' } as const;

// Monday 10 June 2030, 08:45 in Paris.
const PAR_MON = { sentAt: '2030-06-10T08:45:00+02:00', tz: 'Europe/Paris' } as const;
// Tuesday 11 June 2030, 15:10 in Lyon.
const LYO_TUE = { sentAt: '2030-06-11T15:10:00+02:00', tz: 'Europe/Paris' } as const;
// Wednesday 12 June 2030, 11:35 in Brussels.
const BRU_WED = { sentAt: '2030-06-12T11:35:00+02:00', tz: 'Europe/Brussels' } as const;
// Thursday 13 June 2030, 10:20 in Montréal.
const MTL_THU = { sentAt: '2030-06-13T10:20:00-04:00', tz: 'America/Toronto' } as const;
// Friday 14 June 2030, 14:55 in Lausanne.
const LSN_FRI = { sentAt: '2030-06-14T14:55:00+02:00', tz: 'Europe/Zurich' } as const;

/** Round 181: German recruiter mail and ATS templates, fourteenth unseen round. */
export const ROUND_181_DE: readonly PhraseRow[] = [
  {
    ...MUC_MON,
    text: 'Betreff: Ihre Bewerbung als Junior Controller (m/w/d) – Einladung zum Video-Interview\n\nHallo Frau Lindqvist,\n\nvielen Dank für Ihre Bewerbung. Wir würden Sie gerne in einem ersten Gespräch näher kennenlernen und haben dafür folgenden Termin für Sie reserviert:\n\nTermin: Mittwoch, 19.06.2030\nUhrzeit: 10:30 Uhr (MESZ)\nDauer: ca. 45 Minuten\nOrt: Microsoft Teams (den Link erhalten Sie separat)\nGesprächspartner: Tobias Hellmann, Leiter Controlling\n\nBitte bestätigen Sie den Termin über die Schaltfläche unten.\n\nTermin bestätigen\n\nViele Grüße\nSabrina Oettl\nTalent Acquisition\nIsarblick Immobilien GmbH · Leopoldstraße 144 · 80804 München\nTel.: +49 89 2154 880-12\nAmtsgericht München HRB 245117 · Geschäftsführer: Dr. Jens Aumüller\nHinweis zum Datenschutz: Ihre Bewerberdaten werden gemäß Art. 6 DSGVO verarbeitet und sechs Monate nach Abschluss des Verfahrens gelöscht.\nPowered by Personio',
    expect: [{ kind: 'interview', by: '2030-06-19', time: '10:30' }],
  },
  {
    ...WIE_WED,
    text: 'Sehr geehrter Herr Brunner,\n\nleider muss ich Sie um eine Terminänderung bitten: Aufgrund einer internen Klausur können wir das Gespräch nicht wie geplant am 14.06. führen. Wir verschieben es daher auf Donnerstag, den 20.06., zur gleichen Uhrzeit (11 Uhr). Ort und Gesprächspartner bleiben unverändert.\n\nIch bitte um Ihr Verständnis und um eine kurze Bestätigung.\n\nMit freundlichen Grüßen\nMag. Katharina Wallner\nPersonalentwicklung\nDonaukanal Logistik GmbH\nHandelskai 94–96, 1200 Wien\nT +43 1 332 14 70-215\nFN 401226 x · Handelsgericht Wien',
    expect: [{ kind: 'interview', by: '2030-06-20', time: '11:00' }],
  },
  {
    ...BSL_THU,
    text: 'Grüezi Herr Sutter\n\nBesten Dank für Ihr Interesse an der Stelle als Laborant EFZ. Gerne laden wir Sie zu einem Kennenlerngespräch ein. Bitte wählen Sie über den folgenden Link einen freien Termin in der Woche vom 17. bis 21. Juni:\n\nhttps://termine.rheinknie-pharma.ch/buchen/laborant-efz\n\nDer Link ist bis Sonntag, 16. Juni, gültig.\n\nFreundliche Grüsse\nCorinne Stähelin\nHR Recruiting\nRheinknie Pharma AG · Grenzacherstrasse 210 · 4058 Basel\nT +41 61 690 44 10 · CHE-114.588.219 MWST',
    expect: [],
  },
  {
    ...HAM_TUE,
    text: 'Eingangsbestätigung Ihrer Bewerbung – Kennziffer HH-2030-118\n\nSehr geehrte Frau Petersen,\n\nwir bestätigen den Eingang Ihrer Bewerbung als Disponentin Seefracht. Nach einer ersten Sichtung planen wir, die Auswahlgespräche in der zweiten Julihälfte zu führen. Eine Rückmeldung zum Stand Ihrer Bewerbung erhalten Sie von uns innerhalb von 14 Tagen.\n\nBitte sehen Sie davon ab, uns Originalunterlagen zu senden.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team\nElbkai Shipping Services GmbH · Am Sandtorkai 48 · 20457 Hamburg\nRegistergericht Hamburg HRB 160932 · Geschäftsführung: Henrik Claußen, Maren Voss',
    expect: [{ kind: 'response-by', by: '2030-06-25' }],
  },
  {
    ...FRA_FRI,
    text: 'Hallo Herr Okafor,\n\ndanke für Ihre Geduld! Da sich zwei Kolleginnen aus der Fachabteilung derzeit noch im Urlaub befinden, verzögert sich unsere Entscheidung leider etwas. Wir rechnen aber fest damit, Ihnen bis Ende des Monats eine verbindliche Rückmeldung geben zu können.\n\nBeste Grüße\nLea Marquardt\nHR Business Partner\nMainufer Payments AG\nTaunusanlage 17, 60325 Frankfurt am Main\nTel. 069 870 0316-40\nVorstand: Dr. Felix Rahn (Vors.), Anja Beck · Aufsichtsratsvorsitzender: Ulrich Sommer · AG Frankfurt HRB 118404',
    expect: [{ kind: 'response-by', by: '2030-06-30' }],
  },
  {
    ...MUC_MON,
    text: 'Sehr geehrte Frau Demir,\n\nhiermit bestätigen wir Ihr Zweitgespräch mit unserem Bereichsleiter, Herrn Doll, am Donnerstag, 20.06.2030, um 13:30 Uhr in unserer Zentrale in Garching. Innerhalb von drei Werktagen nach dem Gespräch erhalten Sie unsere Entscheidung.\n\nFür die Anreise empfehlen wir die U6 bis Garching-Forschungszentrum.\n\nMit freundlichen Grüßen\ni. A. Florian Geiger\nPersonalabteilung\nNordallianz Sensorik GmbH · Lichtenbergstraße 8 · 85748 Garching\nSitz: Garching · AG München HRB 209876',
    expect: [
      { kind: 'interview', by: '2030-06-20', time: '13:30' },
      { kind: 'response-by', by: '2030-06-25' },
    ],
  },
  {
    ...HAM_TUE,
    text: 'Automatische Antwort: AW: Bewerbung Werkstudent Marketing\n\nVielen Dank für Ihre Nachricht. Ich bin bis einschließlich 28. Juni nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ab dem 1. Juli bin ich wieder für Sie da.\n\nIn dringenden Fällen wenden Sie sich bitte an bewerbung@alsterfunk-media.de.\n\nViele Grüße\nJana Wichmann\nAlsterfunk Media GmbH',
    expect: [{ kind: 'no-contact-before', by: '2030-07-01' }],
  },
  {
    ...WIE_WED,
    text: 'Sehr geehrte Frau Hofer,\n\nvielen Dank für das angenehme Gespräch. Wir führen derzeit noch weitere Gespräche und bitten Sie daher, von Nachfragen zum Stand des Verfahrens vor dem 8. Juli abzusehen. Wir kommen dann unaufgefordert auf Sie zu.\n\nMit freundlichen Grüßen\nDI Martin Haslinger\nGeschäftsführung\nHaslinger & Partner Ziviltechniker GmbH · Wiedner Hauptstraße 63 · 1040 Wien\nFN 287330 b',
    expect: [{ kind: 'no-contact-before', by: '2030-07-08' }],
  },
  {
    ...FRA_FRI,
    text: 'Ihre Bewerbung ist bei uns eingegangen\n\nGuten Tag Herr Lindner,\n\nherzlichen Dank für Ihre Bewerbung. Wir prüfen Ihre Unterlagen sorgfältig und melden uns bei Ihnen. Von telefonischen Rückfragen bitten wir – auch im Hinblick auf die Vielzahl der eingehenden Bewerbungen und im Interesse einer fairen Bearbeitung – abzusehen.\n\nIhr Personalservice\nStadtwerke Offenbach-Main GmbH\nAndréstraße 71 · 63067 Offenbach am Main',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...BSL_THU,
    text: 'Guten Tag Frau Vogt\n\nWir danken Ihnen für Ihre Bewerbung und das Interesse an unserem Unternehmen. Nach sorgfältiger Prüfung haben wir uns für eine Kandidatin entschieden, deren Profil noch besser zu den Anforderungen passt.\n\nIhr Dossier werden wir gemäss Datenschutzgesetz bis spätestens 31.12.2030 löschen. Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.\n\nFreundliche Grüsse\nHR Team\nBirsfelden Kunststofftechnik AG · Hauptstrasse 12 · 4127 Birsfelden',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...MUC_MON,
    text: 'Liebe Frau Schreiber,\n\nwir freuen uns sehr, Ihnen die Position als Projektleiterin Energieberatung anbieten zu können! Ihren Arbeitsvertrag finden Sie im Anhang. Bitte senden Sie uns diesen bis zum 21.06.2030 unterschrieben zurück. Als Starttermin haben wir den 1. August 2030 vorgesehen.\n\nBei Fragen erreichen Sie mich jederzeit unter 089 4411 903-7.\n\nHerzliche Grüße\nMarkus Ilg\nGeschäftsführer\nVoralpen Energie eG · Tegernseer Landstraße 161 · 81539 München\nGenossenschaftsregister AG München GnR 2841',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...HAM_TUE,
    text: 'Neue Jobs für Ihren Suchauftrag „Buchhaltung Hamburg“\n\nFinanzbuchhalter (m/w/d)\nHafenwerk Catering GmbH – Hamburg-Altona\nVeröffentlicht am 10.06.2030 · Bewerbungsfrist: 30.06.2030\nVorstellungsgespräche voraussichtlich ab KW 28\n\nBilanzbuchhalter (m/w/d)\nKontor 7 Steuerberatung – Hamburg-Harburg\nVeröffentlicht am 09.06.2030\n\nJetzt bewerben\n\nSie erhalten diese E-Mail, weil Sie einen Suchauftrag angelegt haben. Abmelden',
    expect: [],
  },
  {
    ...FRA_FRI,
    text: 'Einladung: Karrieretag Rhein-Main 2030\n\nHallo Herr Okafor,\n\nam Samstag, 22. Juni 2030, von 10 bis 16 Uhr treffen Sie in der Messe Frankfurt, Halle 1, über 80 Arbeitgeber aus der Region. Melden Sie sich bis zum 18. Juni an und sichern Sie sich ein Speed-Interview mit unseren Ausstellern!\n\nJetzt kostenlos anmelden\n\nKarriereportal Rhein-Main GmbH · Mainzer Landstraße 50 · 60325 Frankfurt\nNewsletter abbestellen',
    expect: [],
  },
  {
    ...WIE_WED,
    text: 'Hallo Jakob,\n\ndanke für deine Bewerbung! Als nächsten Schritt bitten wir dich, unseren Online-Test zu absolvieren (ca. 45 Minuten). Der Link ist bis Sonntag, 16.06.2030, 23:59 Uhr aktiv. Nach Auswertung melden wir uns bei dir.\n\nLiebe Grüße\nDein Recruiting-Team von Praterstern Games\nPraterstern Games GmbH · Lassallestraße 7a · 1020 Wien',
    expect: [],
  },
  {
    ...BSL_THU,
    text: 'Sehr geehrte Frau Baumann\n\nIch wollte mich höflich erkundigen, ob es bezüglich meiner Bewerbung schon Neuigkeiten gibt. Sie hatten mir beim Gespräch am 3. Juni gesagt, dass ich bis Ende letzter Woche Bescheid bekomme.\n\nFreundliche Grüsse\nNoemi Keller\nMittlere Strasse 41, 4056 Basel\n+41 79 522 18 06',
    expect: [],
  },
  {
    ...MUC_MON,
    text: 'Hallo Herr Aydın,\n\nnur ein kurzer Zwischenstand: Am Dienstag und Mittwoch finden die Gespräche mit den übrigen Kandidatinnen und Kandidaten statt. Sobald wir alle kennengelernt haben, kommen wir wieder auf Sie zu.\n\nViele Grüße\nSabrina Oettl\nIsarblick Immobilien GmbH',
    expect: [],
  },
];

/** Round 182: Spanish recruiter mail (Spain, Chile, Peru, Mexico), fourteenth unseen round. */
export const ROUND_182_ES: readonly PhraseRow[] = [
  {
    ...MAD_MON,
    text: 'Asunto: Convocatoria a entrevista – Técnico/a de Nóminas\n\nHola, Irene:\n\nGracias por inscribirte en nuestra oferta. Nos gustaría conocerte en persona, así que te convocamos a una entrevista el próximo martes 18 de junio a las 11:30 h en nuestras oficinas de la calle Príncipe de Vergara 112, 4.ª planta (Madrid).\n\nPor favor, confirma tu asistencia respondiendo a este correo antes del viernes.\n\nUn saludo,\nMarta Iglesias\nDpto. de Personas\nCastellana Asesores, S.L. – CIF B87654321\nTel. 910 447 230\nEn cumplimiento del RGPD, le informamos de que sus datos serán tratados por Castellana Asesores, S.L. con la finalidad de gestionar el proceso de selección.',
    expect: [{ kind: 'interview', by: '2030-06-18', time: '11:30' }],
  },
  {
    ...MEX_FRI,
    text: 'Estimado Lic. Ramírez:\n\nLe escribo para informarle que la entrevista programada para el jueves 20 de junio a las 10:00 hrs. se pospone al lunes 24 de junio, a la misma hora, por motivos de agenda de nuestro director general. El lugar no cambia.\n\nAgradeceré me confirme su disponibilidad.\n\nAtentamente,\nLic. Fernanda Osorio\nAtracción de Talento\nGrupo Industrial Tlalnepantla, S.A. de C.V. – RFC GIT950314AB2\nAv. Insurgentes Sur 1602, Col. Crédito Constructor, CDMX\nTel. 55 5322 4100 ext. 218',
    expect: [{ kind: 'interview', by: '2030-06-24', time: '10:00' }],
  },
  {
    ...SCL_WED,
    text: 'Hola Matías:\n\n¡Gracias por tu tiempo en la primera etapa! Para la entrevista con la gerencia te propongo dos alternativas: miércoles 19 a las 9:00 o jueves 20 a las 16:00. ¿Cuál te acomoda más?\n\nSaludos cordiales,\nJaviera Contreras\nSelección y Desarrollo\nAndes Retail SpA – RUT 76.432.118-5\nAv. Apoquindo 4501, Las Condes, Santiago\n+56 2 2940 3310',
    expect: [],
  },
  {
    ...VLC_TUE,
    text: 'Hemos recibido tu candidatura\n\nHola, Pau:\n\nTe confirmamos que hemos recibido correctamente tu candidatura para el puesto de Comercial Zona Levante. Las entrevistas se realizarán durante la segunda quincena de junio. En un plazo máximo de 10 días hábiles te informaremos de si continúas en el proceso.\n\nGracias por tu interés.\nEquipo de Talento\nCítricos del Turia, S.A. · Avda. del Puerto 301, 46024 Valencia\nEste mensaje se ha generado automáticamente; por favor, no respondas a esta dirección.',
    expect: [{ kind: 'response-by', by: '2030-06-25' }],
  },
  {
    ...LIM_THU,
    text: 'Estimada Srta. Quispe:\n\nLe agradecemos su participación en nuestra convocatoria. El proceso de selección cierra el viernes 21 de junio; una vez cerrado, en un plazo de dos semanas comunicaremos el resultado a todos los postulantes.\n\nAtentamente,\nÁrea de Gestión Humana\nMinera Costa Sur S.A.C. – RUC 20512345678\nAv. Javier Prado Este 2465, San Borja, Lima',
    expect: [{ kind: 'response-by', by: '2030-07-05' }],
  },
  {
    ...MAD_MON,
    text: 'Respuesta automática: RE: Candidatura Analista BI\n\nGracias por tu mensaje. Me encuentro fuera de la oficina por vacaciones hasta el 1 de julio inclusive, sin acceso al correo. Estaré de regreso el martes 2 de julio.\n\nPara cualquier asunto urgente puedes escribir a seleccion@meseta-analytics.es.\n\nUn saludo,\nÁlvaro Gil',
    expect: [{ kind: 'no-contact-before', by: '2030-07-02' }],
  },
  {
    ...VLC_TUE,
    text: 'Estimado candidato:\n\nLe informamos de que su solicitud ha quedado registrada. Le rogamos que, debido al elevado volumen de candidaturas recibidas y para garantizar la igualdad de trato entre todos los aspirantes, no realice consultas telefónicas sobre el estado del proceso.\n\nAtentamente,\nServicio de Recursos Humanos\nAutoridad Portuaria de la Malvarrosa\nMuelle de la Aduana s/n, 46024 Valencia',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...SCL_WED,
    text: 'Hola Camila:\n\nQueremos agradecerte el tiempo que dedicaste a nuestro proceso para el cargo de Ingeniera de Datos. Después de evaluar todas las postulaciones, decidimos avanzar con otra candidata cuyo perfil se ajusta más a lo que buscamos en este momento.\n\nConservaremos tus datos en nuestra base hasta el 31/12/2030, conforme a la Ley 19.628.\n\nTe deseamos mucho éxito.\nEquipo de Personas\nAndes Retail SpA',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...MAD_MON,
    text: 'Hola, Sergio:\n\n¡Enhorabuena! Nos complace ofrecerte el puesto de Desarrollador Backend en Meseta Analytics, con incorporación el 1 de julio. Adjuntamos la carta de oferta con las condiciones. Te agradeceríamos que nos confirmes tu aceptación antes del miércoles 19 de junio.\n\nUn abrazo,\nÁlvaro Gil\nHead of People\nMeseta Analytics, S.L. · CIF B12345674 · Calle Alcalá 221, 28028 Madrid',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...VLC_TUE,
    text: 'Nuevas ofertas que encajan contigo\n\nAdministrativo/a contable – Paterna (Valencia)\nJornada completa · Incorporación inmediata\nFecha límite de inscripción: 30/06/2030\n\nRecepcionista bilingüe – Valencia\nPublicada hace 2 días\n\nVer todas las ofertas\n\nHas recibido este correo porque tienes activadas las alertas de empleo. Darte de baja',
    expect: [],
  },
  {
    ...LIM_THU,
    text: 'Te invitamos a nuestra Jornada de Puertas Abiertas\n\nConoce nuestras oficinas y a nuestros equipos el jueves 27 de junio de 17:00 a 19:00 h. Habrá entrevistas express con el área de Tecnología. Inscripción gratuita hasta el 24 de junio.\n\nReserva tu lugar\n\nBanco Pacífico Andino · Av. Larco 1301, Miraflores, Lima\nSi no deseas recibir más comunicaciones, haz clic aquí.',
    expect: [],
  },
  {
    ...MEX_FRI,
    text: 'Gracias, Lucía. Lo reviso con el equipo y te comento.\n\nSaludos,\nFernanda\n\nDe: Lucía Herrera <lucia.herrera@correo.mx>\nEnviado el: viernes, 14 de junio de 2030 09:12\nPara: Fernanda Osorio\nAsunto: Disponibilidad para entrevista\n\nHola Fernanda, te escribo para avisarte que esta semana estoy de viaje hasta el domingo; estaré disponible a partir del lunes 17 de junio para la entrevista, en el horario que les convenga.\n\nUn saludo,\nLucía',
    expect: [],
  },
  {
    ...SCL_WED,
    text: 'Hola Tomás:\n\nAntes de agendar la entrevista técnica, te pedimos completar la prueba en HackerRank. Tienes 72 horas desde la recepción de este correo para enviarla.\n\n¡Éxito!\nJaviera Contreras\nAndes Retail SpA',
    expect: [],
  },
];

/** Round 183: French recruiter mail (France, Belgium, Québec, Switzerland), fourteenth unseen round. */
export const ROUND_183_FR: readonly PhraseRow[] = [
  {
    ...LYO_TUE,
    text: 'Objet : Convocation à un entretien – Chargé(e) de clientèle professionnels\n\nMadame,\n\nSuite à votre candidature, nous avons le plaisir de vous convier à un entretien le jeudi 20 juin 2030 à 14h30 dans nos locaux, 27 quai Perrache, 69002 Lyon. Vous serez reçue par M. Antoine Ferrand, directeur d’agence.\n\nMerci de nous confirmer votre présence par retour de mail.\n\nBien cordialement,\nÉlodie Marchal\nResponsable recrutement\nBanque Rhône-Saône · SA au capital de 12 000 000 € · RCS Lyon 512 345 678 · SIRET 512 345 678 00021',
    expect: [{ kind: 'interview', by: '2030-06-20', time: '14:30' }],
  },
  {
    ...MTL_THU,
    text: 'Salut Maxime,\n\nPetit changement de plan : notre rencontre de mercredi est annulée, le directeur sera en déplacement. On la reporte au vendredi 21 juin à 13 h 30 (heure de l’Est), même lien Teams.\n\nMerci de ta compréhension!\n\nGeneviève Tremblay\nConseillère en acquisition de talents\nLogiciels Boréal inc. · 1250, boul. René-Lévesque Ouest, Montréal (Québec) H3B 4W8\n514 555-0182 · NEQ 1167452210',
    expect: [{ kind: 'interview', by: '2030-06-21', time: '13:30' }],
  },
  {
    ...BRU_WED,
    text: 'Madame Peeters,\n\nNous avons bien examiné votre dossier et souhaitons vous rencontrer. Pourriez-vous nous indiquer vos disponibilités parmi les créneaux suivants : mardi 18/06 à 9h00, mardi 18/06 à 15h00 ou jeudi 20/06 à 10h30 ?\n\nBien à vous,\nSophie Lambert\nHR Officer\nSonian Facility Services SRL · Avenue Louise 331, 1050 Bruxelles\nBCE 0712.345.678 · +32 2 640 18 22',
    expect: [],
  },
  {
    ...PAR_MON,
    text: 'Nous avons bien reçu votre candidature\n\nBonjour Karim,\n\nMerci pour votre candidature au poste de Product Designer chez Canopée. Notre équipe l’étudie avec attention. Les entretiens se dérouleront entre le 1er et le 12 juillet ; si votre profil est retenu, nous vous contacterons d’ici le 28 juin.\n\nÀ bientôt,\nL’équipe Talent de Canopée\nCanopée SAS · 18 rue du Faubourg-du-Temple, 75011 Paris\nEnvoyé via Welcome to the Jungle',
    expect: [{ kind: 'response-by', by: '2030-06-28' }],
  },
  {
    ...LSN_FRI,
    text: 'Madame,\n\nNous vous remercions de votre patience. Plusieurs dossiers sont encore en cours d’évaluation ; nous reviendrons vers vous dès que possible, et en tout état de cause avant la fin de la semaine prochaine.\n\nAvec nos meilleures salutations,\nRessources humaines\nLéman Horlogerie SA · Avenue de Rhodanie 58 · 1007 Lausanne\nCHE-109.876.543 TVA',
    expect: [{ kind: 'response-by', by: '2030-06-21' }],
  },
  {
    ...BRU_WED,
    text: 'Monsieur Dubois,\n\nVotre épreuve orale s’est bien déroulée et votre dossier sera présenté au jury, qui se réunira le mardi 25 juin. Vous serez informé de sa décision dans les huit jours suivant cette réunion.\n\nVeuillez agréer, Monsieur, nos salutations distinguées.\nService du personnel\nCommune d’Ixelles-Sud · Chaussée d’Ixelles 168, 1050 Bruxelles',
    expect: [{ kind: 'response-by', by: '2030-07-03' }],
  },
  {
    ...PAR_MON,
    text: 'Bonjour Madame Nguyen,\n\nMerci encore pour nos échanges de la semaine dernière. Le processus est toujours en cours ; merci de ne pas relancer nos équipes avant le 1er juillet, nous ne serons pas en mesure de vous répondre avant cette date.\n\nCordialement,\nThomas Roux\nTalent Acquisition Manager\nSeine Data Conseil · 41 boulevard Haussmann, 75009 Paris\n01 84 60 22 17',
    expect: [{ kind: 'no-contact-before', by: '2030-07-01' }],
  },
  {
    ...LYO_TUE,
    text: 'Réponse automatique : Candidature – Technicien de maintenance\n\nBonjour,\n\nJe suis actuellement en congés jusqu’au 28 juin inclus, sans accès à ma messagerie. Pour toute urgence, merci de contacter rh@rhone-mecanique.fr.\n\nBien cordialement,\nClaire Vidal',
    expect: [{ kind: 'no-contact-before', by: '2030-06-29' }],
  },
  {
    ...MTL_THU,
    text: 'Bonjour,\n\nNous accusons réception de votre candidature. Veuillez noter que notre réception téléphonique n’est pas en mesure de renseigner les candidats sur l’avancement de leur dossier. Seules les personnes retenues seront contactées.\n\nService des ressources humaines\nCentre intégré de santé de Laval-Nord\n1755, boul. René-Laennec, Laval (Québec)',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...LSN_FRI,
    text: 'Monsieur,\n\nNous vous remercions de l’intérêt que vous portez à notre société. Après examen attentif de votre candidature, nous sommes au regret de vous informer que nous ne pouvons pas y donner une suite favorable.\n\nConformément à la législation sur la protection des données, votre dossier sera détruit au plus tard le 31 décembre 2030.\n\nNous vous prions d’agréer, Monsieur, nos salutations distinguées.\nLéman Horlogerie SA',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...PAR_MON,
    text: 'Bonjour Julie,\n\nC’est avec grand plaisir que nous vous proposons le poste de Responsable communication chez Seine Data Conseil, pour une prise de poste le 2 septembre 2030. Vous trouverez ci-joint la promesse d’embauche. Nous vous remercions de nous faire part de votre décision avant le 21 juin.\n\nTrès belle journée,\nThomas Roux',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...BRU_WED,
    text: 'Nouvelles offres pour votre alerte « Comptable Bruxelles »\n\nComptable fournisseurs H/F/X – Anderlecht\nCDI · Publiée le 11/06/2030\nDate limite de candidature : 05/07/2030\n\nAssistant·e administratif·ve – Etterbeek\nCDD 6 mois\n\nVoir les offres\n\nVous recevez cet e-mail car vous avez créé une alerte. Se désabonner',
    expect: [],
  },
  {
    ...LYO_TUE,
    text: 'Forum Emploi Industrie 2030 – Vous êtes invité·e !\n\nLe mardi 25 juin, de 9h30 à 17h, au Double Mixte de Villeurbanne, rencontrez plus de 60 entreprises qui recrutent. Entretiens sur place avec les recruteurs : pensez à apporter votre CV. Inscription conseillée avant le 21 juin.\n\nJe m’inscris\n\nPôle Industrie Auvergne-Rhône-Alpes · Se désinscrire',
    expect: [],
  },
  {
    ...MTL_THU,
    text: 'Bonjour Madame Gagnon,\n\nSuite à notre entretien du 4 juin, je me permets de revenir vers vous afin de savoir si une décision a été prise. Vous m’aviez indiqué une réponse sous dix jours.\n\nAu plaisir,\nOlivier Bergeron\n438 555-0147',
    expect: [],
  },
];
