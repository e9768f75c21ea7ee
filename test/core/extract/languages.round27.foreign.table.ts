// Rounds 317–318c (issue 13): fresh German, Spanish and French whole messages by hw417, written BEFORE the engine
// read them and without reading the rules. Half of each round are negatives: an employee's annual review and
// performance evaluation, the reader as the interviewer, a referee, a jury member or a tribunal member, a colleague's
// and a friend's interview, job alerts, a webinar and job fairs, an agency selling to an employer, a tenant's flat
// handover and viewing, a doctor, a school's parents' evening, a car inspection (TÜV, contrôle technique, ITV), a
// delivery, a university exam and a thesis defence, a work-visa appointment, a pay date, a first working day, and
// acknowledgements whose only date is a closing date or the reader's own deadline. Positives from Personio,
// SAP SuccessFactors, Workday, softgarden, rexx, d.vinci, JOIN, StepStone, Welcome to the Jungle, Teamtailor, Taleo,
// InfoJobs, Computrabajo, Bumeran, Indeed, LinkedIn, Randstad, Adecco, Hays, Manpower, a city, a Land, the
// Bundesagentur, a concours, a mairie, an ayuntamiento and Chile's public service, from Germany, Austria,
// Switzerland, Luxembourg, Belgium, France, Québec, Senegal, Morocco, Tunisia, Côte d'Ivoire, Spain, Mexico,
// Argentina, Colombia, Chile and Peru; formal and informal (du, tu, tú, vos); some with English subjects or field
// labels. Names, companies and addresses are invented; answers follow TIMELINE-CONVENTIONS.md. First runs:
// FIRST_RUN.
import type { PhraseRow } from './phrases.table';

// Rounds 317–317c: Wednesday 14 February 2035 (t), local morning; Mexico City late in the evening (UTC already the 15th).
const BER_317 = { sentAt: '2035-02-14T09:20:00+01:00', tz: 'Europe/Berlin' } as const;
const VIE_317 = { sentAt: '2035-02-14T10:05:00+01:00', tz: 'Europe/Vienna' } as const;
const ZRH_317 = { sentAt: '2035-02-14T08:50:00+01:00', tz: 'Europe/Zurich' } as const;
const MAD_317 = { sentAt: '2035-02-14T11:10:00+01:00', tz: 'Europe/Madrid' } as const;
const MEX_317 = { sentAt: '2035-02-14T23:40:00-06:00', tz: 'America/Mexico_City' } as const;
const BUE_317 = { sentAt: '2035-02-14T15:25:00-03:00', tz: 'America/Argentina/Buenos_Aires' } as const;
const BOG_317 = { sentAt: '2035-02-14T08:15:00-05:00', tz: 'America/Bogota' } as const;
const SCL_317 = { sentAt: '2035-02-14T12:40:00-03:00', tz: 'America/Santiago' } as const;
const LIM_317 = { sentAt: '2035-02-14T09:55:00-05:00', tz: 'America/Lima' } as const;
const PAR_317 = { sentAt: '2035-02-14T10:30:00+01:00', tz: 'Europe/Paris' } as const;
const BRU_317 = { sentAt: '2035-02-14T14:00:00+01:00', tz: 'Europe/Brussels' } as const;
const YUL_317 = { sentAt: '2035-02-14T13:45:00-05:00', tz: 'America/Toronto' } as const;
const DKR_317 = { sentAt: '2035-02-14T09:00:00+00:00', tz: 'Africa/Dakar' } as const;
const CAS_317 = { sentAt: '2035-02-14T16:20:00+01:00', tz: 'Africa/Casablanca' } as const;
const TUN_317 = { sentAt: '2035-02-14T11:35:00+01:00', tz: 'Africa/Tunis' } as const;

/** Round 317: German (Wednesday 14 February 2035). */
export const ROUND_317_DE: readonly PhraseRow[] = [
  {
    ...BER_317,
    text: 'Interview invitation – Junior Product Designer (m/w/d)\n\nHey Lena,\n\nschön, dass du dich bei Flinkwerk beworben hast! Dein Portfolio hat uns richtig gut gefallen, deshalb würden wir dich gerne in einem ersten Video-Call kennenlernen.\n\nDate: Dienstag, 20.02.2035\nTime: 11:30 Uhr (CET)\nWhere: Google Meet – den Link bekommst du mit der Kalendereinladung\nWith: Moritz (Head of Design) und ich\n\nPasst dir der Termin? Gib uns bitte bis Freitag kurz Bescheid, dann blocken wir ihn fest.\n\nCheers\nAnnika\nPeople & Culture | Flinkwerk GmbH\n\nSent via Personio',
    expect: [{ kind: 'interview', by: '2035-02-20', time: '11:30', phrase: 'Dienstag, 20.02.2035' }],
  },
  {
    ...VIE_317,
    text: 'Betreff: Auswahlverfahren Verwaltungsassistenz (Kennzahl MA 01-2035/114)\n\nSehr geehrte Frau Mag. Hofbauer,\n\nwir bedanken uns für Ihre Bewerbung vom 22. Jänner 2035. Das Auswahlverfahren gliedert sich in drei Stufen: Der schriftliche Test fand für die erste Gruppe bereits am 7. Februar statt, die zweite Gruppe wird am 28. Februar getestet. Auf Grund Ihrer Unterlagen werden Sie direkt zum Hearing eingeladen.\n\nIhr Hearing-Termin: Montag, 5. März 2035, 13:15 Uhr\nOrt: Magistratsabteilung 01, Rathausstraße 8, 1010 Wien, Zimmer 214\nDauer: ca. 45 Minuten\n\nBitte bringen Sie einen amtlichen Lichtbildausweis sowie die Originale Ihrer Zeugnisse mit. Das Ergebnis wird Ihnen bis Ende März schriftlich mitgeteilt. Die Dienstaufnahme erfolgt frühestens mit 1. Mai 2035.\n\nMit freundlichen Grüßen\nFür den Magistratsdirektor:\nIng. Petra Schwarzl\nMagistrat der Stadt Wien',
    expect: [
      { kind: 'interview', by: '2035-03-05', time: '13:15', phrase: 'Montag, 5. März 2035, 13:15 Uhr' },
      { kind: 'response-by', by: '2035-03-31', phrase: 'bis Ende März', fuzzy: false },
    ],
  },
  {
    ...ZRH_317,
    text: 'Ihre Bewerbung als Projektleiter/in Bahntechnik (80–100 %)\n\nGuten Tag Herr Gerber\n\nBesten Dank für Ihre Bewerbung und das angenehme Gespräch vom vergangenen Montag. Wir führen derzeit noch Gespräche mit weiteren Kandidierenden und werden Ihnen innert 10 Arbeitstagen einen definitiven Bescheid geben.\n\nFür Fragen stehe ich Ihnen gerne zur Verfügung.\n\nFreundliche Grüsse\n\nCorinne Baumann\nHR Business Partner\nAlpentrasse Infra AG, Zürich\n\nDiese Nachricht wurde über SAP SuccessFactors versendet.',
    expect: [{ kind: 'response-by', by: '2035-02-28', phrase: 'innert 10 Arbeitstagen', fuzzy: false }],
  },
  {
    ...BER_317,
    text: 'Ihr Profil beim Kunden – SAP FI/CO Berater (m/w/d), München\n\nHallo Herr Yılmaz,\n\nvielen Dank für das nette Telefonat gestern. Wie besprochen habe ich Ihr Profil heute Vormittag unserem Kunden, einem Maschinenbauer im Münchner Norden, vorgestellt. Sobald die Fachabteilung die Unterlagen gesichtet hat, bespricht sie sich mit mir; ich melde mich spätestens Mittwoch nächster Woche mit dem Feedback des Kunden bei Ihnen.\n\nBeste Grüße\nJana Richter\nSenior Recruitment Consultant | Hays AG',
    expect: [
      { kind: 'response-by', by: '2035-02-21', phrase: 'spätestens Mittwoch nächster Woche', fuzzy: false },
    ],
  },
  {
    ...BER_317,
    text: 'Eingangsbestätigung Ihrer Bewerbung – Ausschreibungsnummer 2035_BA_0471\n\nSehr geehrte Frau Okafor,\n\nvielen Dank für Ihre Bewerbung auf die Stelle „Fachassistentin / Fachassistent Leistungsgewährung“ in der Agentur für Arbeit Nürnberg. Die Bewerbungsfrist endet am 28. Februar 2035. Wir bitten Sie, bis zum Ablauf der Bewerbungsfrist von Sachstandsanfragen abzusehen. Anschließend wird die Vorauswahl getroffen, und Sie erhalten spätestens sechs Wochen nach Fristende Nachricht von uns.\n\nMit freundlichen Grüßen\nIhr Interner Service Personal\nBundesagentur für Arbeit, Regionaldirektion Bayern',
    expect: [
      {
        kind: 'no-contact-before',
        by: '2035-03-01',
        phrase: 'bis zum Ablauf der Bewerbungsfrist von Sachstandsanfragen abzusehen',
      },
      {
        kind: 'response-by',
        by: '2035-04-11',
        phrase: 'spätestens sechs Wochen nach Fristende',
        fuzzy: false,
      },
    ],
  },
  {
    ...VIE_317,
    text: 'Ihre Bewerbung als Lagerlogistiker (m/w/d) – Standort Graz\n\nSehr geehrter Herr Novak,\n\nherzlichen Dank für Ihr Interesse an der Steirischen Logistik GmbH und die Zeit, die Sie in Ihre Bewerbung investiert haben. Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlprozess nicht berücksichtigen können.\n\nMit Ihrem Einverständnis speichern wir Ihre Unterlagen für 6 Monate in unserem Talentpool.\n\nWir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.\n\nFreundliche Grüße\nIhr HR-Team\n\n-- \nDiese E-Mail wurde über rexx systems Bewerbermanagement versendet.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...BER_317,
    text: 'Einladung zum Vorstellungsgespräch\n\nSehr geehrte Frau Petrović,\n\nwir freuen uns, Sie zu einem Vorstellungsgespräch für die Stelle Pflegefachkraft Intensivstation (w/m/d) einladen zu dürfen. Das Gespräch findet am Donnerstag, den 22.02.35 um 9 Uhr in Haus B, Ebene 2, Besprechungsraum der Pflegedirektion statt. Im Anschluss ist eine Hospitation auf Station bis ca. 13 Uhr geplant.\n\nBitte sehen Sie von telefonischen Rückfragen ab – für Terminänderungen nutzen Sie bitte ausschließlich das Bewerberportal.\n\nMit freundlichen Grüßen\nKlinikum Am Stadtwald gGmbH\nPersonalmanagement\n\nd.vinci Bewerbermanagement',
    expect: [
      { kind: 'interview', by: '2035-02-22', time: '09:00', phrase: 'Donnerstag, den 22.02.35 um 9 Uhr' },
      { kind: 'no-calls', phrase: 'Bitte sehen Sie von telefonischen Rückfragen ab' },
    ],
  },
  {
    ...BER_317,
    text: 'Jahresgespräch 2035\n\nHallo Tobias,\n\nwie jedes Jahr im Februar möchte ich mit dir unser Mitarbeiterjahresgespräch führen. Ich habe uns den Mittwoch, 21. Februar, von 14:00 bis 15:30 Uhr im Raum „Elbe“ geblockt. Bitte füll vorher den Selbsteinschätzungsbogen in Workday aus, spätestens bis Montag.\n\nViele Grüße\nSandra\nTeamleitung Controlling',
    expect: [],
  },
  {
    ...BER_317,
    text: 'Unterlagen für das Vorstellungsgespräch am Freitag\n\nSehr geehrter Herr Dr. Brandt,\n\nanbei finden Sie die Bewerbungsunterlagen von Frau Kessler für das Vorstellungsgespräch am Freitag, 16.02., um 10:00 Uhr in Ihrem Büro. Der Gesprächsleitfaden liegt bei. Bitte tragen Sie Ihre Bewertung bis Montag im Bewerbermanagement ein, damit wir Frau Kessler zeitnah eine Rückmeldung geben können.\n\nViele Grüße\nMelanie Vogt\nRecruiting',
    expect: [],
  },
  {
    ...ZRH_317,
    text: 'Wohnungsabgabe Seefeldstrasse 41, 3. OG links\n\nSehr geehrte Frau Brunner\n\nWir bestätigen Ihnen die Kündigung per 31. März 2035. Die Wohnungsabgabe findet am Dienstag, 27. Februar 2035, um 10.00 Uhr statt; unser Bewirtschafter Herr Imhof wird vor Ort sein. Bitte geben Sie alle Schlüssel ab und lassen Sie die Wohnung vorgängig fachgerecht reinigen.\n\nFreundliche Grüsse\nLimmat Immobilien-Verwaltung AG',
    expect: [],
  },
  {
    ...BER_317,
    text: 'Terminbestätigung Hauptuntersuchung\n\nGuten Tag Herr Schmitt,\n\nvielen Dank für Ihre Online-Buchung. Ihr Termin zur Hauptuntersuchung (HU/AU) für das Fahrzeug M-KS 4821:\n\nDatum: Montag, 19.02.2035\nUhrzeit: 07:45 Uhr\nOrt: TÜV SÜD Service-Center München-Freimann\n\nBitte bringen Sie die Zulassungsbescheinigung Teil I mit.\n\nIhr TÜV SÜD Team',
    expect: [],
  },
  {
    ...BER_317,
    text: 'Dein Jobagent: 12 neue Jobs für „Data Analyst“ in Köln\n\nHallo Sebastian,\n\nhier sind die neuesten Jobs, die zu deiner Suche passen:\n\n• Data Analyst (m/w/d) – Rheinland Versicherung AG – Bewerbungsschluss: 28.02.2035\n• Junior BI Analyst (w/m/d) – Domblick Media GmbH – Homeoffice möglich\n• Analyst Pricing (m/w/d) – Kölner Verkehrsbetriebe – Start: 01.04.2035\n\nTipp: Beim Online-Karrieretag am Mittwoch, 21. Februar, um 17 Uhr stellen sich 20 Arbeitgeber live vor.\n\nViel Erfolg bei deiner Jobsuche!\nDein StepStone Team',
    expect: [],
  },
  {
    ...VIE_317,
    text: 'Elternsprechtag im 2. Semester\n\nLiebe Eltern und Erziehungsberechtigte,\n\nder Elternsprechtag findet am Donnerstag, 22. Februar 2035, von 15 bis 19 Uhr statt. Bitte tragen Sie sich bis Freitag über Schoolfox für ein Gesprächsfenster bei den Lehrkräften Ihres Kindes ein.\n\nMit freundlichen Grüßen\nDir. Maria Leitgeb\nMittelschule Graz-Andritz',
    expect: [],
  },
  {
    ...BER_317,
    text: 'Vielen Dank für Ihre Bewerbung – Referenz R-20351187\n\nSehr geehrter Herr Lindqvist,\n\nvielen Dank für Ihr Interesse an der Position Senior Procurement Manager (m/w/d). Wir haben Ihre Unterlagen erhalten und werden sie sorgfältig prüfen. Die Ausschreibung läuft noch bis 15. März 2035; sobald wir Ihre Bewerbung bewertet haben, melden wir uns bei Ihnen.\n\nMit freundlichen Grüßen\nTalent Acquisition Team\nBrückner Industrietechnik SE\n\nDiese E-Mail wurde automatisch von Workday generiert.',
    expect: [],
  },
];

/** Round 317b: Spanish (Wednesday 14 February 2035). */
export const ROUND_317B_ES: readonly PhraseRow[] = [
  {
    ...MAD_317,
    text: 'Convocatoria a entrevista – Técnico/a de Nóminas\n\nEstimada Sra. Gutiérrez:\n\nNos ponemos en contacto con usted en relación con su candidatura a la oferta «Técnico/a de Nóminas» publicada en InfoJobs. Nos gustaría conocerla en persona, por lo que la convocamos a una entrevista el martes 20 de febrero a las 10:30 en nuestras oficinas de la calle Orense 34, 5.ª planta, Madrid.\n\nLe rogamos que confirme su asistencia respondiendo a este correo antes del viernes.\n\nUn cordial saludo,\nDepartamento de Recursos Humanos\nGestoría Tramontana, S.L.',
    expect: [
      { kind: 'interview', by: '2035-02-20', time: '10:30', phrase: 'el martes 20 de febrero a las 10:30' },
    ],
  },
  {
    ...MEX_317,
    text: 'Seguimiento a tu entrevista – Ejecutivo de Ventas Zona Norte\n\nHola Alejandro:\n\nGracias por presentarte hoy a la entrevista para el puesto de Ejecutivo de Ventas que publicamos en Computrabajo. Estamos terminando las entrevistas con otros candidatos y te daremos una respuesta en un plazo máximo de 5 días hábiles.\n\nSaludos cordiales,\nLic. Verónica Salinas\nReclutamiento y Selección\nDistribuidora Altiplano, S.A. de C.V.',
    expect: [
      { kind: 'response-by', by: '2035-02-21', phrase: 'en un plazo máximo de 5 días hábiles', fuzzy: false },
    ],
  },
  {
    ...BUE_317,
    text: 'Next step: Technical interview 🚀\n\n¡Hola Martina!\n\n¿Cómo andás? Te escribo de Yerba Labs porque nos encantó tu perfil para la posición de Frontend Developer que viste en Bumeran. Queremos coordinar una entrevista técnica con vos:\n\nDate: jueves 22/02/2035\nTime: 16:00 hs (hora de Argentina)\nInterviewer: Nico Ferraro, Tech Lead\nLink: meet.google.com/ybl-tech-int\n\nSi no te queda cómodo el horario, avisame y lo movemos.\n\n¡Abrazo!\nJuli\nTalent Acquisition – Yerba Labs',
    expect: [{ kind: 'interview', by: '2035-02-22', time: '16:00', phrase: 'jueves 22/02/2035' }],
  },
  {
    ...MAD_317,
    text: 'Proceso selectivo Auxiliar Administrativo (OEP 2034) – Convocatoria a la fase de entrevista\n\nEstimada aspirante:\n\nUna vez publicada la lista definitiva de aprobados del ejercicio teórico (celebrado el 27 de enero de 2035), el Tribunal Calificador ha acordado convocar la fase de entrevista personal en los siguientes turnos:\n\n– Aspirantes con apellidos de la A a la L: lunes 5 de marzo de 2035, a partir de las 9:00.\n– Aspirantes con apellidos de la M a la Z: martes 6 de marzo de 2035, a partir de las 9:00.\n\nSegún el listado, usted (RUIZ MARTÍNEZ, CLARA) figura en el turno M–Z y tiene asignada su entrevista el martes 6 de marzo de 2035 a las 11:20 en la Sala de Comisiones de la Casa Consistorial, Plaza Mayor 1. Deberá presentarse provista de DNI.\n\nEl plazo de alegaciones a la plantilla de respuestas finaliza el 21 de febrero.\n\nAtentamente,\nLa Secretaría del Tribunal\nAyuntamiento de Villanueva del Tajo',
    expect: [
      {
        kind: 'interview',
        by: '2035-03-06',
        time: '11:20',
        phrase: 'el martes 6 de marzo de 2035 a las 11:20',
      },
    ],
  },
  {
    ...BOG_317,
    text: 'Proceso de selección – Auxiliar de Bodega (Funza)\n\nHola Andrés, ¿cómo estás?\n\nTe contamos que tu hoja de vida fue preseleccionada para la vacante de Auxiliar de Bodega en Funza. El cliente hará la revisión final de los perfiles y te informaremos el resultado a más tardar el viernes 23 de febrero.\n\nPor favor no llames a la sede para preguntar por el estado del proceso; toda la información te llegará por este medio.\n\nUn saludo,\nEquipo de Selección\nAdecco Colombia',
    expect: [
      {
        kind: 'response-by',
        by: '2035-02-23',
        phrase: 'a más tardar el viernes 23 de febrero',
        fuzzy: false,
      },
      { kind: 'no-calls', phrase: 'no llames a la sede' },
    ],
  },
  {
    ...SCL_317,
    text: 'Actualización sobre tu postulación – Analista de Control de Gestión\n\nHola Catalina:\n\nMuchas gracias por tu interés en Viña Cordillera y por el tiempo que dedicaste a las entrevistas. Lamentamos informarte que en esta oportunidad hemos decidido continuar con otros postulantes cuyo perfil se ajusta más a lo que buscamos para el cargo.\n\nGuardaremos tus antecedentes para futuras vacantes.\n\nSaludos,\nEquipo de Personas\nViña Cordillera\n\nEnviado con Teamtailor',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...LIM_317,
    text: 'Convocatoria CAS N.° 014-2035 – Especialista en Presupuesto\n\nEstimado postulante:\n\nHemos recibido su expediente para la Convocatoria CAS N.° 014-2035. El comité evaluador se encuentra en plena revisión curricular, por lo que le agradeceremos no comunicarse con la Subgerencia de Recursos Humanos para consultar el estado de su postulación antes del lunes 26 de febrero.\n\nAtentamente,\nSubgerencia de Recursos Humanos\nMunicipalidad Distrital de San Isidro del Rímac',
    expect: [{ kind: 'no-contact-before', by: '2035-02-26', phrase: 'antes del lunes 26 de febrero' }],
  },
  {
    ...MEX_317,
    text: 'Evaluación de desempeño 2034 – recordatorio\n\nHola equipo:\n\nLes recordamos que la autoevaluación de desempeño anual cierra el viernes 23 de febrero en SuccessFactors. Tu reunión de retroalimentación con tu líder quedó agendada para el martes 27 de febrero a las 11:00 en la sala Tulum.\n\n¡Gracias!\nCapital Humano\nGrupo Maderas del Bajío',
    expect: [],
  },
  {
    ...MAD_317,
    text: 'Cita previa ITV confirmada\n\nEstimado cliente:\n\nSu cita para la inspección técnica del vehículo 4821 LKM ha quedado registrada:\n\nFecha: jueves 22/02/2035\nHora: 08:40\nEstación: ITV Alcobendas, línea 3\n\nRecuerde traer el permiso de circulación y la tarjeta ITV.\n\nITV Centro',
    expect: [],
  },
  {
    ...BOG_317,
    text: 'Confirmación de cita – Visa de trabajo\n\nSeñor Camilo Restrepo:\n\nSu cita para la entrega de documentos de la visa nacional de trabajo ha sido programada para el lunes 5 de marzo de 2035 a las 8:15 en el centro de solicitud de visados de Bogotá. Recuerde traer el contrato de trabajo firmado con su empleador en España y la autorización de residencia.\n\nAtentamente,\nCentro de Solicitud de Visados',
    expect: [],
  },
  {
    ...BUE_317,
    text: 'Concurso docente – Cátedra de Microeconomía\n\nEstimado Dr. Salas:\n\nLe recordamos que usted integra el jurado del concurso para el cargo de Profesor Adjunto de Microeconomía. Las entrevistas a los postulantes se realizarán el jueves 1 de marzo a partir de las 9:00 en el Consejo Directivo. Le pedimos que envíe su dictamen preliminar antes del viernes 23 de febrero.\n\nSaludos cordiales,\nSecretaría Académica\nFacultad de Ciencias Económicas',
    expect: [],
  },
  {
    ...SCL_317,
    text: '¡Te esperamos en la Feria Laboral 2035!\n\nHola Tomás:\n\nMás de 80 empresas estarán reclutando en la Feria Laboral de la Universidad del Pacífico Sur el jueves 22 de febrero, de 10:00 a 17:00 hrs, en el Gimnasio Central. Lleva tu CV impreso y participa en los talleres de entrevista. Inscríbete antes del martes para recibir tu credencial.\n\nDirección de Empleabilidad',
    expect: [],
  },
  {
    ...BOG_317,
    text: 'Examen final – Estadística II\n\nEstimados estudiantes:\n\nEl examen final de Estadística II se realizará el lunes 26 de febrero a las 8:00 en el aula 305 del Bloque C. La revisión de notas será el viernes 2 de marzo. No se permitirá el ingreso después de las 8:15.\n\nProf. Diana Marcela Ortiz\nDepartamento de Matemáticas',
    expect: [],
  },
  {
    ...LIM_317,
    text: 'Hemos recibido tu postulación\n\nHola Renata:\n\nGracias por postular a Asistente de Marketing en Andes Café. La convocatoria permanece abierta hasta el 15 de marzo. Si tu perfil avanza en el proceso, nos pondremos en contacto contigo.\n\nEquipo de Talento\nAndes Café\n\nPublicado vía Indeed',
    expect: [],
  },
];

/** Round 317c: French (Wednesday 14 February 2035). */
export const ROUND_317C_FR: readonly PhraseRow[] = [
  {
    ...PAR_317,
    text: 'Entretien – Développeuse Backend (Go)\n\nSalut Inès,\n\nMerci pour ta candidature via Welcome to the Jungle ! Ton profil nous plaît beaucoup et on aimerait te rencontrer pour un entretien avec Camille, notre CTO, le mardi 20 février à 14 h 30 dans nos locaux (12 rue Oberkampf, Paris 11e). Dis-moi si ça te va !\n\nÀ très vite,\nHugo\nTalent Acquisition @ Pistache',
    expect: [{ kind: 'interview', by: '2035-02-20', time: '14:30', phrase: 'le mardi 20 février à 14 h 30' }],
  },
  {
    ...PAR_317,
    text: "Concours externe de rédacteur territorial – session 2035 – Convocation à l'épreuve orale\n\nMadame,\n\nLes épreuves écrites d'admissibilité se sont déroulées le 24 janvier 2035 et les résultats ont été publiés le 9 février. Vous avez été déclarée admissible.\n\nVous êtes convoquée à l'épreuve orale d'admission (entretien avec le jury) le jeudi 8 mars 2035 à 10 h 40, Centre de gestion de la fonction publique territoriale, 6 rue du Parc, salle B12. Merci de vous présenter trente minutes avant l'heure de convocation, munie d'une pièce d'identité. Les candidats de la session B passeront l'oral les 12 et 13 mars.\n\nLes résultats d'admission seront communiqués aux candidats au plus tard le 30 mars 2035.\n\nVeuillez agréer, Madame, l'expression de nos salutations distinguées.\n\nLe Service Concours",
    expect: [
      { kind: 'interview', by: '2035-03-08', time: '10:40', phrase: 'le jeudi 8 mars 2035 à 10 h 40' },
      { kind: 'response-by', by: '2035-03-30', phrase: 'au plus tard le 30 mars 2035', fuzzy: false },
    ],
  },
  {
    ...YUL_317,
    text: "Votre candidature – Conseillère ou conseiller en gestion de patrimoine\n\nBonjour Monsieur Tremblay,\n\nMerci d'avoir pris le temps de nous rencontrer mardi. Nous complétons présentement les dernières entrevues pour ce poste et nous communiquerons avec vous d'ici la fin de la semaine prochaine pour vous faire part de notre décision.\n\nAu plaisir,\nÉmilie Gagnon\nAcquisition de talents – Caisse Boréale\n\nCe courriel a été envoyé par Taleo. Merci de ne pas y répondre.",
    expect: [
      { kind: 'response-by', by: '2035-02-23', phrase: "d'ici la fin de la semaine prochaine", fuzzy: false },
    ],
  },
  {
    ...DKR_317,
    text: "Objet : Convocation à un entretien – Poste de Comptable Senior\n\nMadame Ndiaye,\n\nSuite à l'examen de votre dossier de candidature, nous avons le plaisir de vous convier à un entretien avec notre Direction Administrative et Financière.\n\nDate : lundi 19 février 2035\nHeure : 9 h 00 (heure de Dakar)\nLieu : Immeuble Kébé, 3e étage, avenue Lamine Guèye, Dakar-Plateau\n\nMerci de vous munir de votre pièce d'identité et des originaux de vos diplômes.\n\nCordialement,\nService des Ressources Humaines\nSahel Distribution SA",
    expect: [{ kind: 'interview', by: '2035-02-19', time: '09:00', phrase: 'lundi 19 février 2035' }],
  },
  {
    ...BRU_317,
    text: "Votre candidature – Attaché juriste (niveau A1) – référence SEL-2035-0318\n\nMadame, Monsieur,\n\nNous accusons bonne réception de votre candidature. La commission de sélection examine actuellement l'ensemble des dossiers : merci de ne pas nous relancer avant le lundi 5 mars 2035.\n\nNous vous prions d'agréer nos salutations distinguées.\n\nService Sélection\nService public régional de Bruxelles – Direction des Ressources humaines",
    expect: [
      {
        kind: 'no-contact-before',
        by: '2035-03-05',
        phrase: 'merci de ne pas nous relancer avant le lundi 5 mars 2035',
      },
    ],
  },
  {
    ...CAS_317,
    text: "Proposition d'embauche – Chef de projet digital\n\nBonjour Monsieur Benjelloun,\n\nSuite à nos différents échanges, nous avons le plaisir de vous proposer le poste de Chef de projet digital au sein de notre agence de Casablanca. Votre prise de fonction est fixée au 2 avril 2035. Vous trouverez en pièce jointe la lettre d'engagement ; nous vous remercions de nous la retourner signée avant le 23 février.\n\nBien cordialement,\nNadia El Amrani\nDRH – Atlas Média Groupe",
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...TUN_317,
    text: "Suite de votre entretien – Ingénieur qualité\n\nBonjour Monsieur Trabelsi,\n\nNous vous remercions pour votre entretien de ce matin. Nous reviendrons vers vous dans un délai de 7 jours ouvrés. Merci de ne pas appeler le standard pour connaître l'état d'avancement de votre candidature : toutes les réponses sont envoyées par e-mail.\n\nCordialement,\nDirection des Ressources Humaines\nMédina Composants SARL",
    expect: [
      { kind: 'response-by', by: '2035-02-23', phrase: 'dans un délai de 7 jours ouvrés', fuzzy: false },
      { kind: 'no-calls', phrase: 'Merci de ne pas appeler le standard' },
    ],
  },
  {
    ...PAR_317,
    text: "Campagne des entretiens annuels 2035\n\nBonjour Julien,\n\nDans le cadre de la campagne des entretiens annuels, ton entretien avec Claire est planifié le jeudi 22 février à 10 h en salle Fourvière. Pense à remplir ton auto-évaluation dans l'outil RH avant lundi.\n\nBonne journée,\nL'équipe RH – Lyon",
    expect: [],
  },
  {
    ...PAR_317,
    text: "État des lieux de sortie – 14 rue des Tanneurs, apt 3B\n\nBonjour Madame Lefèvre,\n\nJe vous confirme l'état des lieux de sortie de votre appartement le lundi 26 février 2035 à 18 h. Merci de prévoir l'ensemble des clés et de relever les compteurs avant mon passage.\n\nCordialement,\nMarc Delorme\nAgence Immobilière du Vieux-Port",
    expect: [],
  },
  {
    ...BRU_317,
    text: "Confirmation de votre rendez-vous au contrôle technique\n\nMadame, Monsieur,\n\nVotre rendez-vous pour le contrôle périodique du véhicule 1-KLM-482 est confirmé :\n\nDate : 19/02/2035\nHeure : 07:30\nStation : Bruxelles-Haren, ligne 2\n\nVeuillez vous munir du certificat d'immatriculation et du certificat de conformité.\n\nAutosécurité",
    expect: [],
  },
  {
    ...YUL_317,
    text: "Soutenance de mémoire – avis de convocation\n\nBonjour Sarah,\n\nVotre soutenance de mémoire de maîtrise aura lieu le mercredi 7 mars 2035 à 13 h 30, local A-2340, pavillon Roger-Gaudry. Le jury sera composé des professeures Côté et Morin et du professeur Lavoie. Merci de nous transmettre la version finale de votre présentation d'ici vendredi.\n\nSecrétariat des études supérieures",
    expect: [],
  },
  {
    ...PAR_317,
    text: "Ta veste bleue ?\n\nCoucou Léa !\n\nPetite question : ma sœur a son entretien chez Maison Dorval mardi à 9 h et elle n'a rien de correct à se mettre… Tu pourrais lui prêter ta veste bleue ? Je passe la chercher dimanche si ça te va.\n\nBisous,\nChloé",
    expect: [],
  },
  {
    ...DKR_317,
    text: "Salon de l'Emploi et de l'Entrepreneuriat – Dakar 2035\n\nChers chercheurs d'emploi,\n\nLe Salon de l'Emploi se tiendra les 21 et 22 février 2035 au CICAD de Diamniadio, de 9 h à 18 h. Plus de 150 entreprises y présenteront leurs offres et mèneront des entretiens sur place. Inscription gratuite avant le 18 février.\n\nLe Comité d'organisation",
    expect: [],
  },
  {
    ...BRU_317,
    text: "Vos besoins en personnel pour le printemps\n\nMadame la Directrice,\n\nManpower accompagne les entreprises de la région dans leurs recrutements saisonniers. Je me permets de vous proposer un rendez-vous téléphonique le jeudi 22 février à 11 h afin de vous présenter nos solutions d'intérim et notre vivier de candidats en logistique.\n\nBien à vous,\nThomas Vandenberghe\nAccount Manager – Manpower Belgique",
    expect: [],
  },
];

// Rounds 318–318c: Friday 21 September 2035 (t). Europe changes to winter time on Sunday 28 October 2035, between t
// and row 318/2's interview; the Canary Islands are an hour behind peninsular Spain.
const BER_318 = { sentAt: '2035-09-21T10:10:00+02:00', tz: 'Europe/Berlin' } as const;
const VIE_318 = { sentAt: '2035-09-21T08:30:00+02:00', tz: 'Europe/Vienna' } as const;
const ZRH_318 = { sentAt: '2035-09-21T17:45:00+02:00', tz: 'Europe/Zurich' } as const;
const LUX_318 = { sentAt: '2035-09-21T09:40:00+02:00', tz: 'Europe/Luxembourg' } as const;
const MAD_318 = { sentAt: '2035-09-21T12:00:00+02:00', tz: 'Europe/Madrid' } as const;
const LPA_318 = { sentAt: '2035-09-21T09:15:00+01:00', tz: 'Atlantic/Canary' } as const;
const MEX_318 = { sentAt: '2035-09-21T13:20:00-06:00', tz: 'America/Mexico_City' } as const;
const BUE_318 = { sentAt: '2035-09-21T18:05:00-03:00', tz: 'America/Argentina/Buenos_Aires' } as const;
const BOG_318 = { sentAt: '2035-09-21T07:50:00-05:00', tz: 'America/Bogota' } as const;
const SCL_318 = { sentAt: '2035-09-21T11:30:00-03:00', tz: 'America/Santiago' } as const;
const LIM_318 = { sentAt: '2035-09-21T16:00:00-05:00', tz: 'America/Lima' } as const;
const PAR_318 = { sentAt: '2035-09-21T11:00:00+02:00', tz: 'Europe/Paris' } as const;
const BRU_318 = { sentAt: '2035-09-21T15:10:00+02:00', tz: 'Europe/Brussels' } as const;
const GVA_318 = { sentAt: '2035-09-21T09:05:00+02:00', tz: 'Europe/Zurich' } as const;
const YUL_318 = { sentAt: '2035-09-21T14:25:00-04:00', tz: 'America/Toronto' } as const;
const ABJ_318 = { sentAt: '2035-09-21T10:00:00+00:00', tz: 'Africa/Abidjan' } as const;
const CAS_318 = { sentAt: '2035-09-21T12:15:00+01:00', tz: 'Africa/Casablanca' } as const;
const TUN_318 = { sentAt: '2035-09-21T10:45:00+01:00', tz: 'Africa/Tunis' } as const;

/** Round 318: German (Friday 21 September 2035). */
export const ROUND_318_DE: readonly PhraseRow[] = [
  {
    ...ZRH_318,
    text: 'Kurzes Update zu deiner Bewerbung als Backend Engineer\n\nHoi Jonas\n\nMerci für das spannende Gespräch heute Nachmittag mit Reto und mir! Wir sprechen intern noch mit zwei weiteren Leuten und melden uns bis Ende nächster Woche bei dir.\n\nEn schöne Abig und liebi Grüess\nSelina\nTalent & Culture, Gletscherbyte AG\n\nPowered by JOIN',
    expect: [{ kind: 'response-by', by: '2035-09-28', phrase: 'bis Ende nächster Woche', fuzzy: false }],
  },
  {
    ...BER_318,
    text: 'Interview Confirmation – Risk Analyst (w/m/d)\n\nSehr geehrte Frau Schneider,\n\nhiermit bestätigen wir Ihren Interviewtermin für die Position Risk Analyst (w/m/d):\n\nInterview Date: 30.10.2035\nStart Time: 09:00 CET\nFormat: Vor Ort, Taunusanlage 5, 60329 Frankfurt am Main\nInterviewer: Dr. Klaus Wendt, Head of Credit Risk\n\nBitte melden Sie sich 15 Minuten vor Beginn am Empfang im Erdgeschoss.\n\nMit freundlichen Grüßen\nTalent Acquisition\nMainufer Bank AG\n\nThis message was sent from Workday. Please do not reply.',
    expect: [{ kind: 'interview', by: '2035-10-30', time: '09:00', phrase: '30.10.2035' }],
  },
  {
    ...VIE_318,
    text: 'Objektivierungsverfahren Sachbearbeiter/in Baurecht – Einladung zum Aufnahmegespräch\n\nSehr geehrter Herr Mayrhofer,\n\nwir freuen uns, Ihnen mitteilen zu können, dass Sie den Eignungstest am 12. September 2035 erfolgreich absolviert haben. Die Aufnahmegespräche finden am 3., 4. und 5. Oktober 2035 im Landhaus Linz statt.\n\nIhr persönlicher Termin: Mittwoch, 3. Oktober 2035, 8:30 Uhr, Landhaus, Klosterstraße 7, Zimmer 1.18\n\nDie Termine am 4. und 5. Oktober sind bereits an andere Bewerberinnen und Bewerber vergeben. Der frühestmögliche Dienstantritt ist der 1. Jänner 2036.\n\nMit freundlichen Grüßen\nFür die Oö. Landesregierung\nDirektion Personal, Personalmanagement',
    expect: [
      { kind: 'interview', by: '2035-10-03', time: '08:30', phrase: 'Mittwoch, 3. Oktober 2035, 8:30 Uhr' },
    ],
  },
  {
    ...BER_318,
    text: 'Ihre Bewerbung als Produktionshelfer (m/w/d) – Hamburg-Harburg\n\nGuten Tag Herr Ahmadi,\n\nvielen Dank für Ihre Bewerbung über Randstad. Unser Kunde besetzt in diesem Herbst mehrere Stellen in der Produktion. Wir stellen Ihr Profil dem Kunden vor und geben Ihnen innerhalb der nächsten drei Wochen Bescheid, ob es zu einem Kennenlernen im Werk kommt.\n\nFreundliche Grüße\nIhr Randstad Team Hamburg-Harburg',
    expect: [
      { kind: 'response-by', by: '2035-10-12', phrase: 'innerhalb der nächsten drei Wochen', fuzzy: false },
    ],
  },
  {
    ...BER_318,
    text: 'Zusage – Junior Controller (m/w/d)\n\nLiebe Frau Wagner,\n\nwir freuen uns sehr, Ihnen nach den guten Gesprächen die Position als Junior Controller (m/w/d) anbieten zu können! Den Arbeitsvertrag finden Sie im Anhang als PDF. Bitte senden Sie uns den unterschriebenen Vertrag bis zum 5. Oktober zurück. Ihr erster Arbeitstag wäre der 1. November 2035.\n\nHerzliche Grüße\nStefanie Krämer\nPersonalabteilung, Rheinhafen Logistik GmbH, Köln',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...LUX_318,
    text: 'Ihre Bewerbung – Compliance Officer (m/w) – Ref. LU-2035-221\n\nSehr geehrter Herr Weber,\n\nvielen Dank für Ihre Bewerbung. Aufgrund der hohen Anzahl an Bewerbungen bitten wir Sie, vor dem 15. Oktober 2035 von Anfragen zum Stand Ihrer Bewerbung abzusehen.\n\nMit freundlichen Grüßen\nHuman Resources\nBanque Moselle Luxembourg S.A.',
    expect: [
      {
        kind: 'no-contact-before',
        by: '2035-10-15',
        phrase: 'vor dem 15. Oktober 2035 von Anfragen zum Stand Ihrer Bewerbung abzusehen',
      },
    ],
  },
  {
    ...BER_318,
    text: 'Ihre Bewerbung bei der Neckarwerk Elektronik GmbH\n\nSehr geehrte Frau Ivanova,\n\nnochmals vielen Dank für das offene Gespräch am vergangenen Dienstag. Wir haben uns die Entscheidung nicht leicht gemacht, uns letztlich aber für eine Kandidatin entschieden, deren Erfahrung noch besser zu den Anforderungen der Stelle passt. Wir bedauern, Ihnen keine positivere Nachricht geben zu können.\n\nMit freundlichen Grüßen\nPersonalmarketing & Recruiting\nNeckarwerk Elektronik GmbH\n\nGesendet über SAP SuccessFactors',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...BER_318,
    text: 'Dienstag nachmittag nicht erreichbar\n\nHi zusammen,\n\nkleine Info: Ich bin am Dienstag ab 13 Uhr nicht erreichbar, weil ich mit Jan die Bewerbungsgespräche für unsere neue Werkstudentenstelle führe. Dringendes bitte an Lisa.\n\nLG\nMarkus',
    expect: [],
  },
  {
    ...ZRH_318,
    text: 'Referenzauskunft Frau Aydın\n\nSehr geehrter Herr Prof. Lang\n\nFrau Elif Aydın hat sich bei uns als wissenschaftliche Mitarbeiterin beworben und Sie als Referenz angegeben. Hätten Sie am Donnerstag, 27. September, um 15 Uhr Zeit für ein kurzes Telefonat von etwa 15 Minuten?\n\nFreundliche Grüsse\nDr. Nadja Keller\nForschungsinstitut für Umweltchemie, Dübendorf',
    expect: [],
  },
  {
    ...VIE_318,
    text: 'Terminbestätigung\n\nSehr geehrte Frau Pichler,\n\nIhr Termin bei Dr. med. Florian Huber, Facharzt für Orthopädie, ist am Mittwoch, 26.09.2035 um 08:15 Uhr. Bitte bringen Sie Ihre e-card und aktuelle Befunde mit. Sollten Sie den Termin nicht wahrnehmen können, sagen Sie bitte mindestens 24 Stunden vorher ab.\n\nIhr Ordinationsteam',
    expect: [],
  },
  {
    ...BER_318,
    text: 'Ihre Sendung kommt bald\n\nHallo Herr Schulte,\n\nIhre Sendung 00340434161094042557 wird voraussichtlich am Dienstag, 25.09., zwischen 10:00 und 14:00 Uhr zugestellt. Sie sind nicht zu Hause? Wählen Sie bis Montag, 22 Uhr, einen Ablageort oder eine Packstation.\n\nIhr Paketdienst',
    expect: [],
  },
  {
    ...ZRH_318,
    text: 'Einladung: Webinar «Erfolgreich bewerben in der Schweiz»\n\nHallo Sophie\n\nAm Donnerstag, 4. Oktober 2035, 18:00–19:00 Uhr, zeigen dir zwei HR-Profis, wie du dich im Vorstellungsgespräch überzeugend präsentierst. Jetzt kostenlos anmelden bis 1. Oktober!\n\nDein Team von jobwelt.ch',
    expect: [],
  },
  {
    ...BER_318,
    text: 'Gehaltsabrechnung September 2035\n\nLiebe Kolleginnen und Kollegen,\n\ndie Gehaltsabrechnungen für September stehen ab sofort im Mitarbeiterportal bereit; die Auszahlung erfolgt am 28.09. Reisekostenabrechnungen für das 3. Quartal reicht bitte bis Montag, 1. Oktober, ein.\n\nViele Grüße\nEure Personalabteilung',
    expect: [],
  },
  {
    ...BER_318,
    text: 'Willkommen an Bord! 🎉\n\nHallo Kai,\n\nwir freuen uns riesig, dass du bald Teil unseres Teams wirst. Dein erster Arbeitstag ist Montag, der 1. Oktober – bitte sei um 9 Uhr am Empfang in der Schönhauser Allee 180. Laptop und Zugangskarte liegen für dich bereit.\n\nBis bald!\nDein People-Team von Kiezkasse\n\nSent via Personio',
    expect: [],
  },
];

/** Round 318b: Spanish (Friday 21 September 2035). */
export const ROUND_318B_ES: readonly PhraseRow[] = [
  {
    ...LPA_318,
    text: 'Interview – Data Engineer (Remote, Spain)\n\nHola Pablo:\n\nTe escribo tras ver tu perfil en LinkedIn y tu solicitud para la posición de Data Engineer en Nubaria. Al equipo le ha encantado tu experiencia con Spark. ¿Te vendría bien una videollamada el jueves 27 de septiembre a las 17:00 (hora peninsular)?\n\nUn saludo,\nLaura Peña\nTalent Partner – Nubaria',
    expect: [
      {
        kind: 'interview',
        by: '2035-09-27',
        time: '16:00',
        phrase: 'el jueves 27 de septiembre a las 17:00',
      },
    ],
  },
  {
    ...MEX_318,
    text: 'Gracias por tu entrevista – Coordinador de Logística\n\nHola Rodrigo:\n\nMuchas gracias por el tiempo que nos dedicaste ayer en la entrevista. El comité revisará todas las candidaturas y te daremos una respuesta dentro de los próximos diez días.\n\nSaludos,\nMariana Treviño\nAtracción de Talento, Transportes del Golfo\n\nVacante publicada en Indeed',
    expect: [
      { kind: 'response-by', by: '2035-10-01', phrase: 'dentro de los próximos diez días', fuzzy: false },
    ],
  },
  {
    ...SCL_318,
    text: 'Proceso de selección N.° 4521 – Citación a entrevista de apreciación global\n\nEstimada Sra. Fuentes:\n\nJunto con saludar, le informamos que usted ha sido seleccionada para la etapa de entrevista de apreciación global del cargo Profesional de Gestión de Proyectos. Las entrevistas se realizarán entre el 1 y el 5 de octubre de 2035.\n\nSu entrevista quedó agendada para el miércoles 3 de octubre a las 15:30 horas, en modalidad remota (el enlace se enviará el día anterior).\n\nLos resultados del proceso se informarán a los postulantes a más tardar el 19 de octubre.\n\nAtentamente,\nUnidad de Reclutamiento y Selección\nServicio Regional de Vivienda – postulación vía Empleos Públicos',
    expect: [
      {
        kind: 'interview',
        by: '2035-10-03',
        time: '15:30',
        phrase: 'el miércoles 3 de octubre a las 15:30 horas',
      },
      { kind: 'response-by', by: '2035-10-19', phrase: 'a más tardar el 19 de octubre', fuzzy: false },
    ],
  },
  {
    ...LIM_318,
    text: 'Tu proceso – Operario de Almacén (Callao)\n\nHola Kevin:\n\nGracias por asistir a la evaluación grupal. El cliente está revisando los resultados y te estaremos contactando a finales de mes con su respuesta. Por favor, no nos escribas antes del lunes 1 de octubre para consultar el estado de tu proceso.\n\n¡Éxitos!\nEquipo de Reclutamiento\nManpowerGroup Perú',
    expect: [
      { kind: 'response-by', by: '2035-09-30', phrase: 'a finales de mes', fuzzy: false },
      { kind: 'no-contact-before', by: '2035-10-01', phrase: 'no nos escribas antes del lunes 1 de octubre' },
    ],
  },
  {
    ...BOG_318,
    text: 'Postulación recibida – Técnico de Mantenimiento Industrial\n\nHola Yeison:\n\nRecibimos tu postulación a la vacante de Técnico de Mantenimiento Industrial en nuestra planta de Itagüí. Si tu perfil es seleccionado, te contactaremos por WhatsApp para agendar la entrevista. Te recordamos que no se atenderán llamadas ni visitas a la planta relacionadas con el proceso de selección.\n\nCordialmente,\nGestión Humana\nCerámicas del Valle de Aburrá S.A.S.',
    expect: [{ kind: 'no-calls', phrase: 'no se atenderán llamadas ni visitas a la planta' }],
  },
  {
    ...MAD_318,
    text: 'Oferta de empleo – Product Owner\n\nHola Núria:\n\n¡Enhorabuena! Nos complace ofrecerte el puesto de Product Owner en nuestro equipo de Barcelona. Encontrarás la carta de oferta con las condiciones en el portal de candidatos; te agradeceríamos que nos la devolvieras firmada antes del 28 de septiembre. La fecha de incorporación prevista es el 15 de octubre.\n\nUn abrazo,\nMarc Puig\nPeople Team – Mediterránea Tech\n\nEnviado desde Workday',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...BUE_318,
    text: 'Sobre tu postulación a UX Researcher\n\nHola Facu:\n\nTe agradecemos muchísimo el tiempo y la onda que le pusiste a todo el proceso. Lamentablemente, decidimos avanzar con otra persona para esta búsqueda. Nos encantaría que te sigas postulando en el futuro.\n\n¡Un abrazo grande!\nEl equipo de Mate Studio\n\nEnviado con Teamtailor',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...MEX_318,
    text: 'Agenda de entrevistas – Supervisor de Producción\n\nHola Ing. Vargas:\n\nTe comparto la agenda de entrevistas para la vacante de Supervisor de Producción:\n\n– martes 25 de septiembre, 10:00 – Karla Ríos\n– martes 25 de septiembre, 12:00 – Omar Delgado\n\nPor favor llena el formato de evaluación al terminar cada entrevista.\n\nSaludos,\nRocío\nReclutamiento',
    expect: [],
  },
  {
    ...BUE_318,
    text: 'Visita al departamento – Av. Corrientes 2450, 7.° B\n\nBuenas tardes, Sra. Domínguez:\n\nLe escribo de la inmobiliaria para coordinar la visita de unos interesados al departamento que usted alquila. ¿Le queda bien el martes 25 a las 18:30? Serán unos veinte minutos.\n\nMuchas gracias,\nGabriel\nInmobiliaria Palermo Propiedades',
    expect: [],
  },
  {
    ...BOG_318,
    text: 'Confirmación de cita médica\n\nSeñora Luz Marina Rojas:\n\nSu cita de medicina general ha sido asignada para el jueves 27 de septiembre de 2035 a las 7:20 a. m. en la sede Chapinero, consultorio 204. Recuerde llegar 20 minutos antes con su documento de identidad.\n\nEPS Salud Andina',
    expect: [],
  },
  {
    ...SCL_318,
    text: 'Citación a reunión de apoderados – 4.° Básico B\n\nEstimados apoderados:\n\nLes recordamos que la reunión de apoderados del segundo semestre será el miércoles 3 de octubre a las 19:00 horas en la sala del curso. Se entregarán los informes de notas parciales.\n\nSaludos cordiales,\nProfesora jefe Claudia Muñoz\nColegio San Alberto de Ñuñoa',
    expect: [],
  },
  {
    ...MAD_318,
    text: 'Nuevas ofertas para ti esta semana\n\nHola Sergio:\n\nTenemos 9 ofertas nuevas que encajan con tu perfil de Administrativo/a Contable:\n\n• Administrativo/a Contable – Grupo Levante – Valencia – Fecha límite de inscripción: 30/09/2035\n• Técnico/a de Facturación – Cerámicas Mediterráneo – Castellón\n\nY no te pierdas nuestro webinar gratuito «Cómo superar una entrevista de trabajo» el martes 2 de octubre a las 18:00.\n\nEl equipo de InfoJobs',
    expect: [],
  },
  {
    ...MAD_318,
    text: '¿Al final qué tal?\n\nOye, ¿al final Lucía tiene la entrevista en el hospital el lunes a las 9? Dile que mucha suerte de mi parte y que me cuente. Por cierto, ¿quedamos el sábado para el cumple de Javi?\n\nBesos,\nMarta',
    expect: [],
  },
  {
    ...MAD_318,
    text: 'Cita previa confirmada – Empadronamiento\n\nEstimado/a ciudadano/a:\n\nLe confirmamos su cita previa para el trámite de alta en el Padrón Municipal el martes 2 de octubre de 2035 a las 9:40 en la Oficina de Atención a la Ciudadanía de Chamberí. Traiga su documento de identidad y el contrato de alquiler.\n\nAyuntamiento de Madrid – Línea Madrid',
    expect: [],
  },
];

/** Round 318c: French (Friday 21 September 2035). */
export const ROUND_318C_FR: readonly PhraseRow[] = [
  {
    ...YUL_318,
    text: "Suivi de ta candidature – Analyste BI\n\nSalut Maxime,\n\nMerci encore pour ta rencontre avec l'équipe cette semaine! On termine nos entrevues et on va te revenir avec une réponse dans les dix prochains jours ouvrables.\n\nBonne fin de semaine,\nAudrey\nAcquisition de talents – Érablière Numérique inc.\n\nEnvoyé via Workday",
    expect: [
      {
        kind: 'response-by',
        by: '2035-10-05',
        phrase: 'dans les dix prochains jours ouvrables',
        fuzzy: false,
      },
    ],
  },
  {
    ...LUX_318,
    text: 'Votre candidature – Gestionnaire de fonds junior\n\nMadame Schmit,\n\nNous avons bien étudié votre candidature et souhaiterions vous rencontrer. Nous vous proposons un entretien le 02/10/2035 à 14h00 dans nos bureaux au Kirchberg, 15 avenue John F. Kennedy. Merci de nous confirmer votre disponibilité.\n\nMeilleures salutations,\nRessources Humaines\nAlzette Asset Management S.A.',
    expect: [{ kind: 'interview', by: '2035-10-02', time: '14:00', phrase: 'le 02/10/2035 à 14h00' }],
  },
  {
    ...PAR_318,
    text: "Recrutement – Responsable du service Enfance-Jeunesse (H/F) – Convocation\n\nMadame,\n\nLa date limite de dépôt des candidatures était fixée au 14 septembre 2035 et nous avons reçu 46 dossiers. Votre candidature a retenu l'attention du jury, qui auditionnera les candidats présélectionnés les 8 et 9 octobre.\n\nVotre entretien avec le jury de recrutement aura lieu le lundi 8 octobre 2035 à 9 h 15, salle du conseil municipal, Hôtel de Ville. La prise de poste est souhaitée au 1er décembre 2035.\n\nMerci de ne pas appeler le service des ressources humaines : toute demande doit être adressée par écrit.\n\nVeuillez agréer, Madame, nos salutations distinguées.\n\nPour le Maire et par délégation,\nLa Directrice générale des services\nMairie de Saint-Julien-les-Vignes",
    expect: [
      { kind: 'interview', by: '2035-10-08', time: '09:15', phrase: 'le lundi 8 octobre 2035 à 9 h 15' },
      { kind: 'no-calls', phrase: 'Merci de ne pas appeler le service des ressources humaines' },
    ],
  },
  {
    ...GVA_318,
    text: "Accusé de réception – Assistant-e de direction (80 %)\n\nMadame, Monsieur,\n\nNous accusons réception de votre dossier et vous remercions de l'intérêt porté à notre fondation. Nous vous remercions de ne pas nous contacter avant le 8 octobre, date à laquelle la procédure de présélection sera terminée.\n\nAvec nos meilleures salutations,\nService des ressources humaines\nFondation Léman Solidarité, Genève",
    expect: [
      { kind: 'no-contact-before', by: '2035-10-08', phrase: 'de ne pas nous contacter avant le 8 octobre' },
    ],
  },
  {
    ...ABJ_318,
    text: "Réponse à votre candidature – Responsable logistique\n\nMonsieur Kouassi,\n\nNous vous remercions de l'intérêt que vous portez à notre groupe. Après étude attentive de votre dossier, nous sommes au regret de vous informer que votre candidature n'a pas été retenue pour ce poste.\n\nNous vous souhaitons plein succès dans vos recherches.\n\nCordialement,\nDirection des Ressources Humaines\nLagune Agro-Industries SA, Abidjan",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...BRU_318,
    text: "Votre profil – Comptable (H/F) – Namur\n\nBonjour Monsieur Lambert,\n\nMerci pour notre échange de ce matin. J'ai transmis votre CV à mon client, une PME namuroise du secteur alimentaire. Je reviens vers vous dans le courant de la semaine prochaine avec son retour.\n\nBien à vous,\nSophie Dumont\nConsultante – Hays Belgium",
    expect: [
      {
        kind: 'response-by',
        by: '2035-09-28',
        phrase: 'dans le courant de la semaine prochaine',
        fuzzy: false,
      },
    ],
  },
  {
    ...PAR_318,
    text: "On a une super nouvelle pour toi 🎉\n\nHello Yanis,\n\nAprès nos échanges avec toute l'équipe, on est ravis de te proposer le poste de Growth Marketer chez Olivette ! Tu trouveras ta promesse d'embauche en pièce jointe – peux-tu nous la renvoyer signée d'ici le 28 septembre ?\n\nOn a hâte de bosser avec toi,\nClara, CEO @ Olivette\n\nEnvoyé avec Teamtailor",
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...PAR_318,
    text: "Jury du concours d'attaché territorial – session 2035\n\nMadame,\n\nVous avez accepté de siéger au jury du concours externe d'attaché territorial et nous vous en remercions. Les épreuves orales se dérouleront du 15 au 17 octobre 2035 ; votre présence est requise le mardi 16 octobre à 8 h 30 pour l'audition des candidats. Merci de nous retourner votre déclaration d'absence de conflit d'intérêts avant le 1er octobre.\n\nLe Service Concours",
    expect: [],
  },
  {
    ...BRU_318,
    text: "Réunion de rentrée – classe de 6e primaire B\n\nChers parents,\n\nNous vous invitons à la réunion de rentrée le jeudi 27 septembre à 18 h dans la classe de votre enfant. Nous y présenterons le programme de l'année et le voyage scolaire.\n\nBien cordialement,\nMme Janssens, titulaire\nÉcole communale des Tilleuls",
    expect: [],
  },
  {
    ...TUN_318,
    text: 'Votre bulletin de paie de septembre est disponible\n\nBonjour Amine,\n\nTon bulletin de paie de septembre 2035 est disponible dans ton espace salarié. Le virement sera effectué le 28 septembre. Pour toute question, le service paie est joignable du lundi au jeudi de 9 h à 12 h.\n\nLe service Paie – Carthage Textiles',
    expect: [],
  },
  {
    ...PAR_318,
    text: "Votre alerte emploi : 8 nouvelles offres « chargé de communication »\n\nBonjour Manon,\n\nVoici les nouvelles offres correspondant à votre alerte :\n• Chargé(e) de communication – Métropole de Lyon – candidature avant le 5 octobre\n• Chargé(e) de communication digitale – Agence Tilleul – CDI\n\nWebinaire « Réussir son entretien d'embauche » le mardi 25 septembre à 12 h 30 – inscription gratuite.\n\nÀ bientôt sur Indeed",
    expect: [],
  },
  {
    ...CAS_318,
    text: 'Rappel de rendez-vous\n\nMadame Alaoui,\n\nNous vous rappelons votre rendez-vous au Centre de radiologie Anfa le lundi 24/09/2035 à 10h30 pour une échographie. Merci de vous présenter à jeun et muni(e) de votre ordonnance.\n\nCentre de radiologie Anfa, Casablanca',
    expect: [],
  },
  {
    ...TUN_318,
    text: 'Confirmation de rendez-vous – Demande de visa long séjour (salarié)\n\nMadame Ben Salah,\n\nVotre rendez-vous pour le dépôt de votre demande de visa long séjour (type D – salarié) est fixé au mardi 2 octobre 2035 à 9 h 45 au centre de dépôt de Tunis. Munissez-vous de votre contrat de travail visé et de votre passeport.\n\nCentre de dépôt des demandes de visa',
    expect: [],
  },
  {
    ...YUL_318,
    text: "Accusé de réception de votre candidature\n\nBonjour Madame Côté,\n\nNous avons bien reçu votre candidature au poste de technicienne en administration. L'affichage se termine le 30 septembre. Merci de compléter votre dossier en téléversant vos relevés de notes avant le 28 septembre. Seules les personnes retenues pour une entrevue seront contactées.\n\nDirection des ressources humaines\nVille de Trois-Rivières-Ouest",
    expect: [],
  },
];
