// Rounds 327–328c (issue 13): fresh German, Spanish and French whole messages by hw440, written BEFORE the engine read
// them, by a writer who did not open the rules. Realism first: what the inboxes of job seekers in Germany, Austria,
// Switzerland, Luxembourg, Spain, Mexico, Argentina, Colombia, Chile, Peru, France, Belgium, Québec, Senegal, Morocco
// and Tunisia held in the fortnight around an interview: ATS templates (Personio, softgarden, rexx, d.vinci, JOIN,
// SuccessFactors, Workday, Teamtailor, InfoJobs, Indeed, LinkedIn, Welcome to the Jungle), agencies, public employers,
// long mails with signatures, legal footers and quoted history, and one-liners. Half of them are negatives from the same
// inboxes (a review with one's own manager, the reader as interviewer, referee or jury member, a friend's interview,
// job alerts, fairs, a landlord, a garage, a doctor, a school, a parcel, an exam, a visa appointment, an onboarding
// mail with a start and a pay date). Names, companies and dates are invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Wednesday 18 May 2044 (local dates; the Mexico City message is sent in the evening, when UTC is already the 19th).
const MUC = { sentAt: '2044-05-18T09:12:00+02:00', tz: 'Europe/Berlin' } as const;
const BER = { sentAt: '2044-05-18T11:47:00+02:00', tz: 'Europe/Berlin' } as const;
const HAM = { sentAt: '2044-05-18T07:58:00+02:00', tz: 'Europe/Berlin' } as const;
const VIE = { sentAt: '2044-05-18T10:03:00+02:00', tz: 'Europe/Vienna' } as const;
const ZRH = { sentAt: '2044-05-18T16:20:00+02:00', tz: 'Europe/Zurich' } as const;
const LUX = { sentAt: '2044-05-18T14:35:00+02:00', tz: 'Europe/Luxembourg' } as const;
const MAD = { sentAt: '2044-05-18T10:05:00+02:00', tz: 'Europe/Madrid' } as const;
const BCN = { sentAt: '2044-05-18T18:22:00+02:00', tz: 'Europe/Madrid' } as const;
const VLC = { sentAt: '2044-05-18T12:40:00+02:00', tz: 'Europe/Madrid' } as const;
const MEX = { sentAt: '2044-05-18T20:30:00-06:00', tz: 'America/Mexico_City' } as const;
const MTY = { sentAt: '2044-05-18T09:15:00-06:00', tz: 'America/Monterrey' } as const;
const BUE = { sentAt: '2044-05-18T17:48:00-03:00', tz: 'America/Argentina/Buenos_Aires' } as const;
const BOG = { sentAt: '2044-05-18T08:30:00-05:00', tz: 'America/Bogota' } as const;
const SCL = { sentAt: '2044-05-18T11:02:00-04:00', tz: 'America/Santiago' } as const;
const LIM = { sentAt: '2044-05-18T15:10:00-05:00', tz: 'America/Lima' } as const;
const PAR = { sentAt: '2044-05-18T09:20:00+02:00', tz: 'Europe/Paris' } as const;
const LYS = { sentAt: '2044-05-18T11:55:00+02:00', tz: 'Europe/Paris' } as const;
const BRU = { sentAt: '2044-05-18T14:10:00+02:00', tz: 'Europe/Brussels' } as const;
const YUL = { sentAt: '2044-05-18T13:25:00-04:00', tz: 'America/Toronto' } as const;
const DKR = { sentAt: '2044-05-18T10:40:00+00:00', tz: 'Africa/Dakar' } as const;
const CAS = { sentAt: '2044-05-18T16:05:00+01:00', tz: 'Africa/Casablanca' } as const;
const TUN = { sentAt: '2044-05-18T09:30:00+01:00', tz: 'Africa/Tunis' } as const;

/** Round 327: German (Wednesday 18 May 2044). */
export const ROUND_327_DE: readonly PhraseRow[] = [
  {
    ...MUC,
    text: 'Einladung zum Vorstellungsgespräch – Werkstudent*in Controlling (m/w/d)\n\nSehr geehrte Frau Aydın,\n\nvielen Dank für Ihre Bewerbung und Ihr Interesse an der Brandl & Söhne Logistik GmbH. Ihr Profil hat uns überzeugt, und wir möchten Sie gerne persönlich kennenlernen.\n\nDatum: Dienstag, 24.05.2044\nUhrzeit: 14:00 Uhr\nDauer: ca. 45 Minuten\nOrt: Microsoft Teams (den Link erhalten Sie in einer separaten Kalendereinladung)\nGesprächspartner: Florian Brandl (Head of Finance), Katrin Moser (People & Culture)\n\nBitte bestätigen Sie den Termin bis Freitag über den Button unten. Sollte Ihnen der Termin nicht passen, schlagen Sie uns gerne einen alternativen Zeitpunkt vor.\n\n[Termin bestätigen]   [Anderen Termin vorschlagen]\n\nWir freuen uns auf das Gespräch!\n\nViele Grüße\nKatrin Moser\nPeople & Culture\n\nBrandl & Söhne Logistik GmbH · Lindwurmstraße 88 · 80337 München\nGeschäftsführer: Josef Brandl, Dr. Eva Brandl-Huber · Amtsgericht München HRB 218344\nDiese E-Mail wurde über Personio versendet. Informationen zur Verarbeitung Ihrer Daten finden Sie in unserer Datenschutzerklärung.',
    expect: [
      {
        kind: 'interview',
        by: '2044-05-24',
        time: '14:00',
        phrase: 'Datum: Dienstag, 24.05.2044\nUhrzeit: 14:00 Uhr',
      },
    ],
  },
  {
    ...BER,
    text: 'Hi Jonas,\n\ndanke für deine Bewerbung als Junior Frontend Developer! Passt dir Freitag um 11 Uhr für ein kurzes Kennenlernen per Google Meet (ca. 30 Min.)?\n\nLG\nMia\nTalent @ Kiezkasse\n\nGesendet über JOIN',
    expect: [{ kind: 'interview', by: '2044-05-20', time: '11:00', phrase: 'Freitag um 11 Uhr' }],
  },
  {
    ...VIE,
    text: 'Betreff: Eingangsbestätigung – Ausschreibung MA 01/2044-117, Systemadministrator*in\n\nSehr geehrter Herr Ing. Pichler,\n\nwir bestätigen den Eingang Ihrer Bewerbung für die oben angeführte Stelle bei der Stadt Wien.\n\nDie Bewerbungsfrist endet am 31. Mai 2044. Wir ersuchen Sie, bis zum Ablauf der Bewerbungsfrist von Anfragen zum Stand Ihrer Bewerbung abzusehen. Nach Ende der Frist werden alle Bewerbungen gesichtet; eine Rückmeldung, ob Sie zu einem Hearing eingeladen werden, erhalten Sie spätestens zwei Wochen danach.\n\nMit freundlichen Grüßen\n\nFür den Abteilungsleiter:\nMag.a Johanna Brunner\nMagistratsabteilung 01 – Wien Digital\nReferat Personalrecruiting\nRathausstraße 1, 1010 Wien\n\nDiese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.',
    expect: [
      {
        kind: 'no-contact-before',
        by: '2044-06-01',
        phrase: 'bis zum Ablauf der Bewerbungsfrist von Anfragen zum Stand Ihrer Bewerbung abzusehen',
      },
      { kind: 'response-by', by: '2044-06-14', phrase: 'spätestens zwei Wochen danach', fuzzy: false },
    ],
  },
  {
    ...ZRH,
    text: 'Guten Tag Herr Baumann\n\nHerzlichen Dank für das angenehme Gespräch vom Montag und Ihr Interesse an der Funktion als Projektleiter Elektroplanung.\n\nWir führen diese Woche noch die letzten Gespräche. Die Geschäftsleitung entscheidet anschliessend, und Sie hören bis spätestens Freitag, 27. Mai 2044, von uns.\n\nBitte haben Sie Verständnis, dass wir telefonisch keine Auskünfte zum Stand des Verfahrens geben können. Bei Fragen erreichen Sie mich gerne per E-Mail.\n\nFreundliche Grüsse\n\nCorinne Steiner\nHR Business Partner\nElektro Limmat AG | Hardturmstrasse 161 | 8005 Zürich',
    expect: [
      { kind: 'response-by', by: '2044-05-27', phrase: 'bis spätestens Freitag, 27. Mai 2044', fuzzy: false },
      { kind: 'no-calls', phrase: 'telefonisch keine Auskünfte zum Stand des Verfahrens geben können' },
    ],
  },
  {
    ...MUC,
    text: 'Ihre Bewerbung als Sachbearbeiter Einkauf (m/w/d)\n\nSehr geehrter Herr Wróbel,\n\nnochmals vielen Dank für Ihre Bewerbung und das Interesse an unserem Unternehmen.\n\nNach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Sie im weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer Qualifikation, sondern das Ergebnis eines Vergleichs mit anderen Profilen.\n\nGerne würden wir Ihre Unterlagen für 12 Monate in unserem Talentpool speichern. Wenn Sie damit nicht einverstanden sind, können Sie Ihre Daten jederzeit über den Link unten löschen.\n\nWir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team\nHuber Haustechnik GmbH & Co. KG\n\nPowered by softgarden',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...BER,
    text: 'Hallo Herr Keller,\n\ndanke für Ihre Nachricht. Ich habe heute Vormittag mit Frau Dr. Albers von der Nordwind Energy gesprochen: Das Feedback aus dem Zweitgespräch war sehr positiv, sie möchte aber noch die Meinung des CTO einholen. Sie hat mir zugesagt, sich innerhalb von fünf Werktagen bei mir zurückzumelden – ich gebe Ihnen dann sofort Bescheid.\n\nBeste Grüße\nLeonie Hartmann\nSenior Recruitment Consultant IT\nHays AG | Kurfürstendamm 22 | 10719 Berlin\nT: +49 30 887 16-240\n\nHays AG, Sitz: Mannheim, Registergericht: Amtsgericht Mannheim\n\nAm 17.05.2044 um 18:41 schrieb Tobias Keller <t.keller@posteo.de>:\n> Hallo Frau Hartmann,\n> gibt es schon Neuigkeiten von der Nordwind Energy nach dem Gespräch am Freitag? Ich habe parallel noch ein anderes Angebot auf dem Tisch und müsste mich bald entscheiden.\n> Viele Grüße\n> Tobias Keller',
    expect: [{ kind: 'response-by', by: '2044-05-25', phrase: 'innerhalb von fünf Werktagen', fuzzy: false }],
  },
  {
    ...LUX,
    text: 'Sehr geehrter Herr Weber,\n\nim Anschluss an Ihre Gespräche mit Herrn Schmit und Frau Kieffer freuen wir uns, Ihnen die Stelle als Compliance Officer (m/w) in unserem Haus in Luxemburg-Kirchberg anbieten zu können.\n\nDie wesentlichen Konditionen finden Sie im beigefügten Angebotsschreiben. Ihr Eintritt wäre zum 1. August 2044 vorgesehen. Bitte lassen Sie uns das unterzeichnete Exemplar bis zum 1. Juni 2044 zukommen.\n\nMit freundlichen Grüßen\n\nBanque Moselle S.A.\nRessources Humaines\n12, avenue John F. Kennedy, L-1855 Luxembourg',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...BER,
    text: 'Hallo Sabine,\n\nes ist wieder so weit: Die Mitarbeiterjahresgespräche 2044 stehen an. Dein Gespräch mit Markus ist für Dienstag, 24. Mai, um 10:00 Uhr im Raum „Spree" angesetzt.\n\nBitte fülle vorab bis Montag den Selbsteinschätzungsbogen in Personio aus (Mein Profil → Performance → Feedback-Zyklus 2044).\n\nDanke dir und viele Grüße\nAnnika aus dem People Team',
    expect: [],
  },
  {
    ...HAM,
    text: 'Sie wurden als Interviewer hinzugefügt\n\nHallo Thomas Brinkmann,\n\nSie wurden als Interviewer für die folgende Stelle eingetragen:\n\nStelle: R-20441 Senior Data Engineer (m/w/d)\nKandidatin: Elif Yilmaz\nTermin: Montag, 23. Mai 2044, 09:30 – 10:30 Uhr\nOrt: Microsoft Teams\n\nBitte geben Sie Ihr Feedback innerhalb von 24 Stunden nach dem Gespräch in Workday ein.\n\nDiese Benachrichtigung wurde automatisch von Workday gesendet.',
    expect: [],
  },
  {
    ...BER,
    text: 'Dein Job-Agent: 3 neue Jobs für „Projektmanager Bau" in Berlin\n\nHallo Daniel,\n\nhier sind die neuesten Jobs, die zu deiner Suche passen:\n\nProjektmanager Hochbau (m/w/d) – Grünbau Berlin GmbH\nBerlin · Vollzeit · Online seit 17.05.2044\n\nBauleiter / Projektleiter TGA (m/w/d) – Landeshauptstadt Potsdam\nPotsdam · Bewerbungsschluss: 05.06.2044\n\nJunior Projektmanager Infrastruktur (m/w/d) – Hagedorn Ingenieure\nBerlin · Vollzeit · Online seit 16.05.2044\n\nAlle Jobs ansehen\n\nDu möchtest diese E-Mails nicht mehr erhalten? Job-Agent bearbeiten oder abbestellen.\nStepStone GmbH, Völklinger Straße 1, 40219 Düsseldorf',
    expect: [],
  },
  {
    ...MUC,
    text: 'Sehr geehrter Herr Lindner,\n\nvielen Dank für Ihre Anfrage zur 3-Zimmer-Wohnung in der Schwanthalerstraße. Gerne lade ich Sie zur Besichtigung am Samstag, 21. Mai 2044, um 14:30 Uhr ein. Bitte bringen Sie eine Selbstauskunft, die letzten drei Gehaltsnachweise und eine SCHUFA-Auskunft mit.\n\nBitte geben Sie mir bis Freitag kurz Bescheid, ob Sie den Termin wahrnehmen.\n\nMit freundlichen Grüßen\nGerda Obermaier\nHausverwaltung Obermaier',
    expect: [],
  },
  {
    ...VIE,
    text: 'Hallo Herr Gruber, Ihr Termin zur §57a-Überprüfung („Pickerl") für W-48213K ist am Mittwoch, 25.05.2044, um 07:45 Uhr bestätigt. Autohaus Leitner, Triester Straße 92, 1100 Wien',
    expect: [],
  },
  {
    ...ZRH,
    text: 'Hoi Nadine! Morgen um 10 hab ich endlich das Vorstellungsgespräch bei der Post 😬 Drück mir die Daumen! Falls es gut läuft, lad ich dich am Samstag auf ein Bier ein. Liebe Grüsse, Reto',
    expect: [],
  },
  {
    ...HAM,
    text: 'Ihre Bewerbung ist bei uns eingegangen\n\nSehr geehrte Frau Petersen,\n\nvielen Dank für Ihre Bewerbung als Kauffrau für Spedition und Logistikdienstleistung (m/w/d). Ihre Unterlagen sind vollständig bei uns eingegangen.\n\nWir prüfen Ihre Bewerbung sorgfältig und melden uns so schnell wie möglich bei Ihnen. Bitte haben Sie Verständnis dafür, dass dies aufgrund der Vielzahl an Bewerbungen etwas Zeit in Anspruch nehmen kann.\n\nMit freundlichen Grüßen\nIhr Personalteam\nHanseatische Hafenlogistik GmbH\n\nLernen Sie uns persönlich kennen: Besuchen Sie uns auf der Jobmesse Hamburg am 11. und 12. Juni 2044 in den Messehallen, Stand B12.\n\nDiese E-Mail wurde automatisch über rexx systems erstellt.',
    expect: [],
  },
];

/** Round 327b: Spanish (Wednesday 18 May 2044). */
export const ROUND_327B_ES: readonly PhraseRow[] = [
  {
    ...MAD,
    text: '¡Hola, Lucía!\n\nLa empresa Grupo Almendra Hostelería ha revisado tu candidatura a la oferta «Jefe/a de sala – Restaurante en Chamberí» y quiere conocerte.\n\nEntrevista presencial\nFecha: jueves, 26 de mayo de 2044\nHora: 09:30\nDirección: Calle de Santa Engracia 64, 28010 Madrid\nPregunta por: Álvaro Redondo\n\nSi no puedes asistir, avísales respondiendo a este mensaje.\n\n¡Mucha suerte!\nEl equipo de InfoJobs',
    expect: [
      {
        kind: 'interview',
        by: '2044-05-26',
        time: '09:30',
        phrase: 'Fecha: jueves, 26 de mayo de 2044\nHora: 09:30',
      },
    ],
  },
  {
    ...MEX,
    text: 'Estimado Sr. Hernández:\n\nPor medio del presente le confirmamos su entrevista presencial para la vacante de Supervisor de Almacén, el próximo lunes 23 de mayo a las 11:00 hrs., en nuestras oficinas ubicadas en Av. Vasco de Quiroga 3800, Santa Fe, Cuajimalpa.\n\nFavor de presentarse con 15 minutos de anticipación, con identificación oficial (INE) y CV impreso. Preguntar en recepción por la Lic. Mariana Ortega.\n\nSin más por el momento, quedo a sus órdenes.\n\nAtentamente,\nLic. Mariana Ortega\nAtracción de Talento\nDistribuidora Nopal del Centro, S.A. de C.V.\nTel. 55 5292 4410 Ext. 214\n\nEl mié, 18 may 2044 a las 13:02, Arturo Hernández Soto <arturo.hdz.soto@hotmail.com> escribió:\n> Buenas tardes, Lic. Ortega:\n> Le agradezco mucho la llamada de esta mañana. Le comparto nuevamente mi CV actualizado y quedo atento a la confirmación de la fecha y hora de la entrevista.\n> Saludos cordiales,\n> Arturo Hernández Soto\n> Cel. 55 3188 0927',
    expect: [
      {
        kind: 'interview',
        by: '2044-05-23',
        time: '11:00',
        phrase: 'el próximo lunes 23 de mayo a las 11:00 hrs.',
      },
    ],
  },
  {
    ...BUE,
    text: 'Hola Facu, ¿cómo andás?\n\nTe cuento que hoy hablé con el cliente. Terminan las entrevistas esta semana y quedaron en darnos una devolución dentro de los próximos diez días hábiles. Apenas tenga novedades te escribo, quedate tranqui.\n\nCualquier cosa me escribís por acá.\n\nAbrazo,\nRomina Giménez\nTalent Acquisition | Sur Talent Consultora\nBuenos Aires, Argentina',
    expect: [
      {
        kind: 'response-by',
        by: '2044-06-01',
        phrase: 'dentro de los próximos diez días hábiles',
        fuzzy: false,
      },
    ],
  },
  {
    ...BOG,
    text: 'Respetado Andrés Felipe:\n\nReciba un cordial saludo de parte de Adecco Colombia.\n\nAgradecemos su interés en participar en el proceso de selección para el cargo de Analista Contable Junior. Lamentamos informarle que, en esta oportunidad, su perfil no fue seleccionado para continuar en el proceso.\n\nSu hoja de vida quedará registrada en nuestra base de datos para futuras oportunidades que se ajusten a su perfil.\n\nCordialmente,\nEquipo de Selección\nAdecco Colombia S.A.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...SCL,
    text: 'Estimada Camila Fuentes Rojas:\n\nJunto con saludar, le informamos que su postulación al cargo de Profesional de Apoyo Jurídico del Servicio Local de Educación Pública Valparaíso ha sido recibida correctamente a través del portal www.empleospublicos.cl.\n\nLos resultados de la etapa de Análisis Curricular serán informados a los postulantes a finales de mes, mediante correo electrónico.\n\nSe informa que no se atenderán consultas telefónicas sobre el estado de las postulaciones. Cualquier consulta deberá realizarse por escrito al correo indicado en las bases.\n\nSaluda atentamente,\nUnidad de Gestión y Desarrollo de Personas\nServicio Local de Educación Pública Valparaíso\nAv. Pedro Montt 1881, Valparaíso\n\nEste correo ha sido generado automáticamente, por favor no responder.',
    expect: [
      { kind: 'response-by', by: '2044-05-31', phrase: 'a finales de mes', fuzzy: false },
      {
        kind: 'no-calls',
        phrase: 'no se atenderán consultas telefónicas sobre el estado de las postulaciones',
      },
    ],
  },
  {
    ...VLC,
    text: 'Asunto: Citación entrevista personal – Bolsa de empleo temporal de Técnico/a de Juventud\n\nSr. Pablo Ibáñez Soler:\n\nConforme a lo establecido en la base octava de la convocatoria, se le cita para la realización de la entrevista personal, que tendrá lugar el día 31 de mayo de 2044, a las 12:15 horas, en la Sala de Juntas de la Casa Consistorial (Plaza del Ayuntamiento, 1, Alzira).\n\nDeberá acudir provisto de su DNI o documento equivalente. La no comparecencia supondrá la exclusión del proceso.\n\nLo que se le comunica para su conocimiento y efectos oportunos.\n\nAlzira, a 18 de mayo de 2044\nLA JEFA DEL SERVICIO DE RECURSOS HUMANOS\n(Firmado electrónicamente)',
    expect: [
      {
        kind: 'interview',
        by: '2044-05-31',
        time: '12:15',
        phrase: 'el día 31 de mayo de 2044, a las 12:15 horas',
      },
    ],
  },
  {
    ...LIM,
    text: 'Hola Valeria, ¿qué tal?\n\nGracias por tu paciencia. Seguimos entrevistando a otros candidatos para la posición de Product Owner y el proceso se cierra el viernes 27 de mayo. Te agradecería no escribirme para pedir novedades antes del lunes 30 de mayo.\n\nSaludos,\nGonzalo Paredes\nTalent Partner | Banco Andino del Perú\n\nEl mar, 17 may 2044 a las 19:05, Valeria Quispe <valeria.quispe.r@gmail.com> escribió:\n> Hola Gonzalo, ¿cómo estás? Quería saber si ya hay alguna novedad sobre el proceso de Product Owner después de la entrevista con el equipo. ¡Muchas gracias!\n> Valeria',
    expect: [
      {
        kind: 'no-contact-before',
        by: '2044-05-30',
        phrase: 'no escribirme para pedir novedades antes del lunes 30 de mayo',
      },
    ],
  },
  {
    ...MAD,
    text: 'Hola Sergio:\n\nTe recordamos que tu evaluación de desempeño anual está programada para el martes 24 de mayo a las 10:00 con tu responsable, Beatriz Lozano. Completa tu autoevaluación en Workday (Inicio > Mi desempeño) antes del viernes.\n\nGracias,\nPersonas y Cultura',
    expect: [],
  },
  {
    ...VLC,
    text: 'Estimada Sra. Martínez:\n\nPor Decreto de Alcaldía n.º 2044/1187 ha sido usted designada vocal titular del Tribunal Calificador del proceso selectivo para la provisión, mediante concurso-oposición, de dos plazas de Agente de Policía Local.\n\nLa sesión de constitución del Tribunal se celebrará el miércoles 25 de mayo de 2044, a las 9:30 horas, en la Sala de Comisiones del Ayuntamiento. Las entrevistas a los aspirantes tendrán lugar el 1 de junio a partir de las 8:30 horas.\n\nLe rogamos confirme su asistencia.\n\nAtentamente,\nServicio de Personal\nAyuntamiento de Gandia',
    expect: [],
  },
  {
    ...BOG,
    text: '¡Llega la Feria Virtual de Empleo Bogotá 2044! 🎉\n\nHola Juliana,\n\nMás de 120 empresas te esperan el jueves 26 y el viernes 27 de mayo, de 8:00 a.m. a 5:00 p.m. Inscríbete antes del 24 de mayo y agenda entrevistas con los reclutadores desde la plataforma.\n\nAdemás, no te pierdas el webinar «Cómo destacar tu hoja de vida» el martes 24 de mayo a las 6:00 p.m.\n\nInscríbete aquí\n\nComputrabajo Colombia | Si no deseas recibir más correos, haz clic aquí.',
    expect: [],
  },
  {
    ...MAD,
    text: 'Hola Irene, te confirmo la visita al piso de la calle Embajadores el sábado 21 a las 12:00. Soy Maite, la propietaria; te espero en el portal. Si al final no puedes venir, avísame por aquí. ¡Un saludo!',
    expect: [],
  },
  {
    ...BCN,
    text: 'Cita previa ITV confirmada\n\nEstación: ITV Zona Franca (Barcelona)\nMatrícula: 4821 LKM\nFecha: 27/05/2044\nHora: 08:40\n\nRecuerde traer el permiso de circulación y la tarjeta ITV del vehículo.',
    expect: [],
  },
  {
    ...BUE,
    text: 'Estimado/a usuario/a:\n\nSu cita ha sido confirmada.\n\nServicio: Visado nacional – Trabajo por cuenta ajena\nOficina: Consulado General de España en Buenos Aires\nFecha: martes 31/05/2044\nHora: 09:15\n\nDeberá presentarse con el pasaporte original y el formulario impreso. Este correo es generado automáticamente; no responda.',
    expect: [],
  },
  {
    ...MTY,
    text: 'Postulación enviada a Grupo Textil Regiomontano\n\nHola Daniela,\n\nTu postulación para Auxiliar de Recursos Humanos fue enviada a Grupo Textil Regiomontano. Si tu perfil coincide con lo que buscan, el empleador se pondrá en contacto contigo a la brevedad.\n\nVacante publicada: 12/05/2044 · Vigente hasta: 15/06/2044\n\nConsulta el estado de tus postulaciones en Mis empleos.\nIndeed',
    expect: [],
  },
];

/** Round 327c: French (Wednesday 18 May 2044). */
export const ROUND_327C_FR: readonly PhraseRow[] = [
  {
    ...PAR,
    text: "Salut Camille,\n\nMerci pour ta candidature au poste de Product Designer chez Octave ! On a adoré ton portfolio, et on aimerait te rencontrer pour un premier échange en visio avec Inès, notre Head of Design.\n\nEst-ce que mardi 24 mai à 14 h 30 te conviendrait ? L'échange dure environ 30 minutes.\n\nÀ très vite,\nLéa\nTalent Acquisition @ Octave\n\nEnvoyé via Welcome to the Jungle",
    expect: [{ kind: 'interview', by: '2044-05-24', time: '14:30', phrase: 'mardi 24 mai à 14 h 30' }],
  },
  {
    ...BRU,
    text: "Madame,\n\nNous vous remercions pour votre participation à l'épreuve orale du 16 mai 2044 dans le cadre de la sélection comparative d'attachés juristes (m/f/x) pour le SPF Finances.\n\nLe jury délibère actuellement. Vous recevrez le résultat de votre épreuve dans votre compte « Mon CV » dans les trois semaines.\n\nNous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.\n\nBOSA – Service Recrutement & Sélection\nBoulevard Simon Bolivar 30, 1000 Bruxelles",
    expect: [{ kind: 'response-by', by: '2044-06-08', phrase: 'dans les trois semaines', fuzzy: false }],
  },
  {
    ...YUL,
    text: "Objet : Convocation à une entrevue – Conseiller(ère) en environnement\n\nBonjour Monsieur Tremblay,\n\nNous vous remercions de l'intérêt que vous portez à la Ville de Longueuil. À la suite de l'analyse de votre candidature, nous avons le plaisir de vous convoquer à une entrevue de sélection.\n\nDate : le mercredi 25 mai 2044\nHeure : 13 h 30\nDurée : environ 60 minutes\nLieu : Hôtel de ville, 4250, chemin de la Savane, Longueuil, salle 2.14\n\nVeuillez confirmer votre présence en répondant à ce courriel d'ici vendredi, 16 h. Veuillez vous présenter 15 minutes avant l'heure prévue, muni d'une pièce d'identité avec photo.\n\nAu plaisir de vous rencontrer,\n\nGeneviève Bouchard\nConseillère en acquisition de talents\nDirection des ressources humaines\nVille de Longueuil\n\nAVIS DE CONFIDENTIALITÉ : Ce courriel est destiné exclusivement au destinataire mentionné ci-dessus et peut contenir des renseignements confidentiels.",
    expect: [
      {
        kind: 'interview',
        by: '2044-05-25',
        time: '13:30',
        phrase: 'Date : le mercredi 25 mai 2044\nHeure : 13 h 30',
      },
    ],
  },
  {
    ...DKR,
    text: "Bonjour Monsieur Diop,\n\nJe reviens vers vous suite à votre entretien de lundi avec la Direction Financière de notre client. Celle-ci a beaucoup apprécié votre profil et doit encore rencontrer deux candidats cette semaine.\n\nLe client nous a indiqué qu'il rendra sa décision d'ici la fin de la semaine prochaine ; je ne manquerai pas de vous informer dès que j'aurai un retour.\n\nBien cordialement,\n\nAïssatou Ndiaye\nConsultante Senior – Finance & Audit\nSahel Talents Conseil\nImmeuble Fahd, Boulevard Djily Mbaye, Dakar – Sénégal\nTél. : +221 33 821 47 90\n\nLe mar. 17 mai 2044 à 09:12, Moussa Diop <moussa.diop.pro@gmail.com> a écrit :\n> Bonjour Madame Ndiaye,\n> Je vous remercie encore pour l'organisation de l'entretien d'hier avec votre client. Je reste très motivé par le poste de Responsable Comptable et me tiens à votre disposition pour tout complément d'information.\n> Bien cordialement,\n> Moussa Diop",
    expect: [
      { kind: 'response-by', by: '2044-05-27', phrase: "d'ici la fin de la semaine prochaine", fuzzy: false },
    ],
  },
  {
    ...CAS,
    text: "Bonjour Monsieur El Amrani,\n\nNous vous remercions pour l'intérêt que vous portez à Atlas Assurances et pour le temps que vous nous avez consacré lors de vos entretiens.\n\nAprès étude attentive de l'ensemble des candidatures, nous sommes au regret de vous informer que votre candidature n'a pas été retenue pour le poste de Responsable Actuariat.\n\nNous conservons votre CV dans notre vivier et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présente.\n\nCordialement,\n\nSalma Benjelloun\nResponsable Recrutement\nAtlas Assurances – 122, boulevard d'Anfa, Casablanca\n\nCe message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires.\n\nLe lun. 9 mai 2044 à 10:14, Yassine El Amrani <y.elamrani@gmail.com> a écrit :\n> Bonjour Madame Benjelloun,\n> Je me permets de revenir vers vous concernant le poste de Responsable Actuariat, suite à mon second entretien du 3 mai. Auriez-vous des nouvelles ?\n> Bien cordialement,\n> Yassine El Amrani",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...LYS,
    text: "Bonjour M. Garnier,\n\nSuite à notre appel de ce matin, je vous confirme votre entretien avec notre client demain à 8 h 45 sur site (ZI de Corbas, 12 rue des Frères Lumière). Demandez M. Perrin à l'accueil, et pensez à vos chaussures de sécurité.\n\nBonne journée,\nSandrine – Agence Randstad Lyon Sud",
    expect: [
      {
        kind: 'interview',
        by: '2044-05-19',
        time: '08:45',
        phrase: 'votre entretien avec notre client demain à 8 h 45',
      },
    ],
  },
  {
    ...TUN,
    text: "Madame,\n\nNous accusons réception de votre candidature au poste d'Ingénieure DevOps et vous en remercions.\n\nLes entretiens techniques se dérouleront jusqu'à la fin du mois de mai. Nous vous prions de ne pas relancer notre service avant le lundi 6 juin 2044 ; les candidats présélectionnés seront contactés par e-mail. Par ailleurs, aucune information ne sera communiquée par téléphone.\n\nVeuillez agréer, Madame, nos salutations distinguées.\n\nDirection des Ressources Humaines\nCarthage Digital Services – Les Berges du Lac II, Tunis",
    expect: [
      {
        kind: 'no-contact-before',
        by: '2044-06-06',
        phrase: 'ne pas relancer notre service avant le lundi 6 juin 2044',
      },
      { kind: 'no-calls', phrase: 'aucune information ne sera communiquée par téléphone' },
    ],
  },
  {
    ...PAR,
    text: "Hello Thomas,\n\nTon entretien annuel avec Julien est planifié le jeudi 26 mai à 15 h (salle Montmartre, 4e étage). Pense à remplir ton auto-évaluation dans Lucca avant mardi pour qu'il puisse la lire en amont.\n\nBonne journée !\nClaire – équipe RH",
    expect: [],
  },
  {
    ...LYS,
    text: "Madame,\n\nJ'ai l'honneur de vous informer que vous avez été désignée en qualité de membre du jury des épreuves d'admission du concours d'attaché territorial, session 2044.\n\nLes entretiens avec les candidats admissibles se dérouleront du 1er au 3 juin 2044, à partir de 8 h 30, au Centre de Gestion du Rhône, 9 allée Alban Vistel, Sainte-Foy-lès-Lyon. Une réunion préparatoire des membres du jury est fixée au mercredi 25 mai à 14 h.\n\nJe vous prie d'agréer, Madame, l'expression de mes salutations distinguées.\n\nLe Président du Centre de Gestion",
    expect: [],
  },
  {
    ...YUL,
    text: 'Salut Max! Je passe mon entrevue chez Desjardins mardi à 10 h 😅 Tu pourrais me remplacer au comptoir de 9 h à midi? Je te revaux ça! — Karine',
    expect: [],
  },
  {
    ...PAR,
    text: 'Salon « Un emploi dans le numérique » – Paris 13e\n\nBonjour,\n\nFrance Travail et ses partenaires vous invitent au salon de recrutement du numérique le jeudi 2 juin 2044 de 9 h 30 à 17 h, à la Halle Freyssinet. Plus de 60 entreprises recrutent : venez avec plusieurs CV, des entretiens flash seront organisés sur place.\n\nInscription gratuite et obligatoire avant le 31 mai sur francetravail.fr.\n\nÀ bientôt,\nFrance Travail – Agence Paris 13 Tolbiac',
    expect: [],
  },
  {
    ...BRU,
    text: "Madame Peeters,\n\nSuite à la signature du bail, je vous confirme l'état des lieux d'entrée pour l'appartement situé avenue Louise 312, boîte 5, le mercredi 1er juin 2044 à 10 h. L'expert, M. Van Damme, sera présent ; comptez environ une heure et demie.\n\nLa garantie locative doit être constituée avant cette date.\n\nBien à vous,\nImmo Sablon SRL",
    expect: [],
  },
  {
    ...CAS,
    text: 'Rappel : la visite technique de votre véhicule 45821-A-6 arrive à échéance le 31/05/2044. Prenez rendez-vous au centre de contrôle technique Aïn Sebaâ au 05 22 66 14 30. — Autocontrôle Maroc',
    expect: [],
  },
  {
    ...PAR,
    text: "Madame Roussel,\n\nJe me permets de vous contacter car Hays accompagne de nombreuses ETI industrielles dans le recrutement de leurs profils finance et supply chain. J'ai vu que vous recherchiez un(e) Contrôleur(se) de gestion industriel(le) pour votre site de Compiègne.\n\nNous avons actuellement plusieurs candidats disponibles rapidement. Seriez-vous disponible mardi 24 mai à 11 h pour un échange téléphonique de 20 minutes ?\n\nBien cordialement,\nHugo Lefèvre\nManager – Hays Finance & Comptabilité\nHays France, 147 boulevard Haussmann, 75008 Paris",
    expect: [],
  },
];

// Friday 4 November 2044: Europe is back on winter time since 30 October; Toronto/Montréal changes on Sunday 6
// November, so a Paris time for the 9th is six hours ahead there, not five as on the day the mail is sent.
const FRB = { sentAt: '2044-11-04T10:30:00+01:00', tz: 'Europe/Berlin' } as const;
const STR = { sentAt: '2044-11-04T07:05:00+01:00', tz: 'Europe/Berlin' } as const;
const LEJ = { sentAt: '2044-11-04T16:48:00+01:00', tz: 'Europe/Berlin' } as const;
const LUD = { sentAt: '2044-11-04T13:12:00+01:00', tz: 'Europe/Berlin' } as const;
const BER2 = { sentAt: '2044-11-04T17:30:00+01:00', tz: 'Europe/Berlin' } as const;
const MUC2 = { sentAt: '2044-11-04T11:20:00+01:00', tz: 'Europe/Berlin' } as const;
const CGN = { sentAt: '2044-11-04T12:00:00+01:00', tz: 'Europe/Berlin' } as const;
const BIE = { sentAt: '2044-11-04T08:45:00+01:00', tz: 'Europe/Berlin' } as const;
const RGB = { sentAt: '2044-11-04T15:02:00+01:00', tz: 'Europe/Berlin' } as const;
const BSL = { sentAt: '2044-11-04T09:40:00+01:00', tz: 'Europe/Zurich' } as const;
const GRZ = { sentAt: '2044-11-04T10:10:00+01:00', tz: 'Europe/Vienna' } as const;
const MAD2 = { sentAt: '2044-11-04T12:25:00+01:00', tz: 'Europe/Madrid' } as const;
const BCN2 = { sentAt: '2044-11-04T19:05:00+01:00', tz: 'Europe/Madrid' } as const;
const VLC2 = { sentAt: '2044-11-04T09:00:00+01:00', tz: 'Europe/Madrid' } as const;
const SVQ = { sentAt: '2044-11-04T13:45:00+01:00', tz: 'Europe/Madrid' } as const;
const ZAZ = { sentAt: '2044-11-04T06:30:00+01:00', tz: 'Europe/Madrid' } as const;
const MEX2 = { sentAt: '2044-11-04T11:35:00-06:00', tz: 'America/Mexico_City' } as const;
const BUE2 = { sentAt: '2044-11-04T10:50:00-03:00', tz: 'America/Argentina/Buenos_Aires' } as const;
const SCL2 = { sentAt: '2044-11-04T12:15:00-03:00', tz: 'America/Santiago' } as const;
const BOG2 = { sentAt: '2044-11-04T15:30:00-05:00', tz: 'America/Bogota' } as const;
const LIM2 = { sentAt: '2044-11-04T09:05:00-05:00', tz: 'America/Lima' } as const;
const PAR2 = { sentAt: '2044-11-04T11:40:00+01:00', tz: 'Europe/Paris' } as const;
const NTE = { sentAt: '2044-11-04T14:20:00+01:00', tz: 'Europe/Paris' } as const;
const LYS2 = { sentAt: '2044-11-04T08:10:00+01:00', tz: 'Europe/Paris' } as const;
const BRU2 = { sentAt: '2044-11-04T16:55:00+01:00', tz: 'Europe/Brussels' } as const;
const YUL2 = { sentAt: '2044-11-04T10:00:00-04:00', tz: 'America/Toronto' } as const;
const DKR2 = { sentAt: '2044-11-04T11:30:00+00:00', tz: 'Africa/Dakar' } as const;
const CAS2 = { sentAt: '2044-11-04T09:50:00+01:00', tz: 'Africa/Casablanca' } as const;

/** Round 328: German (Friday 4 November 2044). */
export const ROUND_328_DE: readonly PhraseRow[] = [
  {
    ...FRB,
    text: 'Ihre Bewerbung – Sachbearbeitung Bauordnung (m/w/d), Kennziffer 2044-0387\n\nSehr geehrte Frau Schneider,\n\nvielen Dank für Ihre Bewerbung auf die oben genannte Stelle beim Baurechtsamt der Stadt Freiburg im Breisgau.\n\nWir freuen uns, Ihnen mitteilen zu können, dass Sie in die engere Auswahl gekommen sind. Wir laden Sie daher zu einem Auswahlgespräch am Donnerstag, 17. November 2044, um 13:30 Uhr ins Technische Rathaus, Fehrenbachallee 12, Raum 2.14, ein. Das Gespräch dauert etwa 45 Minuten.\n\nBitte bestätigen Sie uns Ihre Teilnahme bis Mittwoch, 9. November 2044, per E-Mail. Reisekosten können leider nicht erstattet werden.\n\nVon telefonischen Rückfragen zum Stand des Verfahrens bitten wir abzusehen.\n\nMit freundlichen Grüßen\nIm Auftrag\n\nPetra Wehrle\nHaupt- und Personalamt – Personalgewinnung\nStadt Freiburg im Breisgau\n\nHinweise zur Verarbeitung Ihrer personenbezogenen Daten nach Art. 13 DSGVO finden Sie auf unserer Karriereseite.',
    expect: [
      {
        kind: 'interview',
        by: '2044-11-17',
        time: '13:30',
        phrase: 'am Donnerstag, 17. November 2044, um 13:30 Uhr',
      },
      {
        kind: 'no-calls',
        phrase: 'Von telefonischen Rückfragen zum Stand des Verfahrens bitten wir abzusehen',
      },
    ],
  },
  {
    ...STR,
    text: 'Eingangsbestätigung Ihrer Bewerbung\n\nSehr geehrter Herr Okafor,\n\nvielen Dank für Ihre Bewerbung als Elektroniker für Betriebstechnik (m/w/d) und das damit verbundene Interesse an der Schwäbische Präzisionswerke GmbH.\n\nIhre Unterlagen sind vollständig bei uns eingegangen und werden nun von der Fachabteilung geprüft. Sie erhalten innerhalb von 10 Werktagen eine Rückmeldung von uns.\n\nDen Stand Ihrer Bewerbung können Sie jederzeit in unserem Bewerberportal einsehen.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team\n\nSchwäbische Präzisionswerke GmbH · Sitz: Esslingen am Neckar · Registergericht Stuttgart HRB 733120\nDiese E-Mail wurde automatisch über d.vinci generiert – bitte antworten Sie nicht darauf.',
    expect: [{ kind: 'response-by', by: '2044-11-18', phrase: 'innerhalb von 10 Werktagen', fuzzy: false }],
  },
  {
    ...BSL,
    text: 'Grüezi Frau Meier\n\nVielen Dank für das interessante Erstgespräch. Gerne möchten wir Sie zu einem zweiten Gespräch mit Herrn Dr. Vogt (Leiter Qualitätssicherung) einladen:\n\nTermin: Mo, 14.11.2044, 08:15 Uhr\nOrt: Werk Schweizerhalle, Rheinfelderstrasse 21, 4133 Pratteln – Empfang Gebäude 4\n\nFür die Anreise mit dem ÖV empfehlen wir die Buslinie 80 ab Basel Aeschenplatz.\n\nFreundliche Grüsse\n\nSandra Widmer\nHuman Resources\nRheinchemie AG\n\nDiese Nachricht wurde über Refline versendet.',
    expect: [
      { kind: 'interview', by: '2044-11-14', time: '08:15', phrase: 'Termin: Mo, 14.11.2044, 08:15 Uhr' },
    ],
  },
  {
    ...GRZ,
    text: 'Sehr geehrter Herr DI Kranz,\n\nvielen Dank für das angenehme Hearing am vergangenen Dienstag. Wir freuen uns, Ihnen mitteilen zu dürfen, dass Sie die Kommission überzeugt haben: Wir möchten Ihnen die Stelle als Leiter Netzplanung (m/w/d) anbieten.\n\nIhr Dienstbeginn wäre der 2. Jänner 2045. Das Bruttomonatsgehalt beträgt EUR 5.240,– (14 Mal jährlich); die Details entnehmen Sie bitte dem beiliegenden Dienstvertragsentwurf.\n\nWir ersuchen Sie um Ihre Rückmeldung bis 15. November 2044.\n\nMit freundlichen Grüßen\n\nMag. Birgit Url\nPersonalmanagement\nMurtal Netz GmbH, Leonhardgürtel 10, 8010 Graz',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...LEJ,
    text: 'Hi Lukas,\n\nkurzes Update: Der Kunde hat gestern noch zwei Gespräche geführt und meldet sich Anfang kommender Woche bei mir. Dann rufe ich dich direkt an.\n\nVG Sarah\nManpower Leipzig',
    expect: [{ kind: 'response-by', by: '2044-11-09', phrase: 'Anfang kommender Woche', fuzzy: true }],
  },
  {
    ...LUD,
    text: 'Sehr geehrter Herr Schäfer,\n\nleider muss ich unseren für Montag, 7. November 2044, 10:00 Uhr geplanten Termin verschieben, da Herr Dr. Lang kurzfristig verhindert ist. Wäre es Ihnen stattdessen möglich, am Dienstag, 8. November 2044, um 15:30 Uhr zu uns zu kommen? Ort und Ansprechpartner bleiben unverändert.\n\nBitte entschuldigen Sie die Unannehmlichkeiten.\n\nMit freundlichen Grüßen\nJulia Neumann\nTalent Acquisition\nRheinwerk Chemie AG, Ludwigshafen am Rhein\n\n-----Ursprüngliche Nachricht-----\nVon: Julia Neumann\nGesendet: Freitag, 28. Oktober 2044 09:13\nAn: Jan Schäfer\nBetreff: Einladung zum Vorstellungsgespräch – Laboringenieur (m/w/d)\n\nSehr geehrter Herr Schäfer,\n\nwir laden Sie herzlich zu einem Vorstellungsgespräch am Montag, 7. November 2044, um 10:00 Uhr in unsere Zentrale in Ludwigshafen ein (Gebäude C12, Empfang). Ihr Gesprächspartner ist Herr Dr. Lang, Leiter Analytik.\n\nMit freundlichen Grüßen\nJulia Neumann',
    expect: [
      {
        kind: 'interview',
        by: '2044-11-08',
        time: '15:30',
        phrase: 'stattdessen möglich, am Dienstag, 8. November 2044, um 15:30 Uhr',
      },
    ],
  },
  {
    ...BER2,
    text: 'Hej Amira,\n\ndanke nochmal für das tolle Gespräch am Mittwoch – das ganze Team war begeistert von deinem Case!\n\nWir sprechen bis zum 18. November noch mit zwei weiteren Kandidat*innen und melden uns spätestens Ende des Monats mit einer Entscheidung bei dir. Damit wir uns bis dahin auf die Gespräche konzentrieren können, bitten wir dich, nicht vor dem 21. November nach dem Stand zu fragen.\n\nLiebe Grüße aus Kreuzberg\nJonas\nCo-Founder @ Fahrwerk Mobility\n\nSent with Teamtailor',
    expect: [
      { kind: 'response-by', by: '2044-11-30', phrase: 'spätestens Ende des Monats', fuzzy: false },
      {
        kind: 'no-contact-before',
        by: '2044-11-21',
        phrase: 'nicht vor dem 21. November nach dem Stand zu fragen',
      },
    ],
  },
  {
    ...MUC2,
    text: 'Sehr geehrte Frau Prof. Dr. Hartl,\n\nHerr Maximilian Roth hat sich bei uns als Data Scientist beworben und Sie als Referenz angegeben. Wären Sie bereit, uns in einem kurzen Telefonat (ca. 15 Minuten) etwas über Ihre Zusammenarbeit zu erzählen? Passt Ihnen Mittwoch, 9. November, um 16:00 Uhr?\n\nHerzlichen Dank vorab und viele Grüße\nKatharina Vogel\nTalent Acquisition | Isarsoft GmbH',
    expect: [],
  },
  {
    ...MUC2,
    text: 'Terminbestätigung: Ihr Termin bei Dr. med. Andrea Köhler (Allgemeinmedizin) am Montag, 07.11.2044 um 08:20 Uhr ist bestätigt. Bitte bringen Sie Ihre Versichertenkarte mit. Absagen bitte bis spätestens 24 Stunden vorher. – Doctolib',
    expect: [],
  },
  {
    ...CGN,
    text: 'Liebe Eltern der Klasse 7b,\n\nam Donnerstag, 17. November 2044, findet von 15:00 bis 19:00 Uhr unser Elternsprechtag statt. Ihr Gesprächstermin bei der Klassenleitung, Frau Berger, ist um 16:40 Uhr in Raum A104.\n\nSollten Sie verhindert sein, geben Sie bitte über das Elternportal bis Montag Bescheid.\n\nMit freundlichen Grüßen\nDie Schulleitung\nGesamtschule Köln-Holweide',
    expect: [],
  },
  {
    ...CGN,
    text: 'Gute Nachrichten! Ihre Sendung 00340434161094015902 kommt voraussichtlich am Dienstag, 08.11.2044 zwischen 10:00 und 14:00 Uhr. Nicht zu Hause? Jetzt Ablageort oder Wunschnachbarn festlegen. – DHL',
    expect: [],
  },
  {
    ...BIE,
    text: 'Sehr geehrte Frau Lehmann,\n\nhiermit werden Sie zum Kolloquium über Ihre Bachelorarbeit „Nachfrageprognosen im Lebensmitteleinzelhandel mit Gradient Boosting" eingeladen. Das Kolloquium findet am Dienstag, 22.11.2044, um 10:00 Uhr in Raum W3.112 statt. Erstprüfer: Prof. Dr. Sommer, Zweitprüferin: Dr. Aksoy.\n\nMit freundlichen Grüßen\nPrüfungsamt der Fakultät für Wirtschaftswissenschaften\nUniversität Bielefeld',
    expect: [],
  },
  {
    ...RGB,
    text: 'Willkommen an Bord, Felix! 🎉\n\nWir freuen uns riesig, dass du ab dem 1. Dezember Teil unseres Teams wirst. Hier die wichtigsten Infos für deinen Start:\n\nErster Arbeitstag: Donnerstag, 1. Dezember 2044, 9:00 Uhr\nOrt: Empfang, Alte Mälzerei, Hohenzollernstraße 3, 93047 Regensburg\nDeine Buddy: Hanna aus dem Produktteam\n\nBitte lade bis zum 15. November deine Steuer-ID, Sozialversicherungsnummer und Bankverbindung in Personio hoch, damit wir dich rechtzeitig in der Lohnabrechnung anlegen können. Das Gehalt wird jeweils am letzten Bankarbeitstag des Monats überwiesen.\n\nBis bald!\nDein People Team\nDonauwerk Software GmbH\n\nDiese E-Mail wurde über Personio versendet.',
    expect: [],
  },
  {
    ...STR,
    text: 'StepStone Karriere-Update November\n\nHallo Kübra,\n\nGehaltsverhandlung ohne Bauchschmerzen: In unserem kostenlosen Live-Webinar am Donnerstag, 10.11.2044, um 18:00 Uhr zeigt dir Karrierecoachin Miriam Seitz, wie du dein Wunschgehalt selbstbewusst vertrittst.\n\nAußerdem: Triff über 200 Arbeitgeber auf der Karrieremesse am 19. und 20. November in der Westfalenhalle Dortmund – mit Bewerbungsmappen-Check und Speed-Interviews vor Ort.\n\nJetzt kostenlos anmelden\n\nDu erhältst diesen Newsletter, weil du ihn abonniert hast. Abmelden\nStepStone GmbH, Völklinger Straße 1, 40219 Düsseldorf',
    expect: [],
  },
];

/** Round 328b: Spanish (Friday 4 November 2044). */
export const ROUND_328B_ES: readonly PhraseRow[] = [
  {
    ...MAD2,
    text: 'Hola Marta:\n\n¡Gracias por tu interés en Iberlogix! Nos gustaría invitarte a la siguiente fase del proceso para el puesto de Data Analyst (Híbrido – Madrid).\n\nEntrevista con el equipo\nFecha: jueves 10/11/2044\nHora: 16:00 (hora peninsular)\nDuración: 60 minutos\nFormato: Microsoft Teams (recibirás el enlace en una invitación de calendario aparte)\n\nSi necesitas algún ajuste o adaptación para la entrevista, responde a este correo.\n\nUn saludo,\nEquipo de Talent Acquisition\nIberlogix Soluciones, S.L.\n\nEste mensaje se ha enviado desde Workday.\nAviso legal: La información contenida en este correo electrónico es confidencial y está dirigida exclusivamente a su destinatario. De conformidad con el Reglamento (UE) 2016/679, le informamos de que sus datos serán tratados por Iberlogix Soluciones, S.L. con la finalidad de gestionar el proceso de selección.',
    expect: [
      { kind: 'interview', by: '2044-11-10', time: '16:00', phrase: 'Fecha: jueves 10/11/2044\nHora: 16:00' },
    ],
  },
  {
    ...MEX2,
    text: 'Hola Luis, gracias por postularte a Ejecutivo de Ventas en Grupo Ferretero Anáhuac. ¿Te queda bien una entrevista telefónica de 20 min el martes 8 de noviembre a las 5:00 p.m.? Saludos, Karla (Reclutamiento)\n\nMensaje enviado a través de Indeed',
    expect: [
      {
        kind: 'interview',
        by: '2044-11-08',
        time: '17:00',
        phrase: 'el martes 8 de noviembre a las 5:00 p.m.',
      },
    ],
  },
  {
    ...BUE2,
    text: 'Hola Agus,\n\n¡Gracias por el tiempo que le dedicaste al proceso para Analista de Marketing Digital en Alfajores La Porteña! Valoramos mucho tu compromiso y la charla con el equipo.\n\nLamentablemente, en esta oportunidad decidimos avanzar con otros perfiles que se ajustan más a lo que buscamos hoy. Vamos a guardar tu CV y, si surge algo que encaje con vos, te contactamos.\n\n¡Éxitos en lo que viene!\nEquipo de Talento\nAlfajores La Porteña S.A.\n\nEnviado a través de Bumeran',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...SCL2,
    text: 'Estimado Sr. Sepúlveda:\n\nJunto con saludarle, y en relación con el proceso de selección para el cargo de Jefe de Proyectos de Infraestructura, tenemos el agrado de ofrecerle dicho cargo en Constructora Cordillera S.A.\n\nLas condiciones de la oferta se detallan en el documento adjunto. Fecha de ingreso propuesta: jueves 1 de diciembre de 2044.\n\nLe agradeceremos confirmar su aceptación a más tardar el miércoles 9 de noviembre.\n\nSaludos cordiales,\nFrancisca Undurraga\nSubgerente de Personas\nConstructora Cordillera S.A. | Av. Apoquindo 4501, Las Condes\n\nEl mar, 1 nov 2044 a las 18:40, Matías Sepúlveda Araya <msepulveda.ing@gmail.com> escribió:\n> Estimada Francisca:\n> Muchas gracias por la entrevista con el gerente general. Quedo atento a cualquier novedad sobre el proceso.\n> Saludos,\n> Matías Sepúlveda Araya',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...BOG2,
    text: 'Buenas tardes, Sr. Castaño. El comité se reúne el miércoles y le estaremos informando el resultado la próxima semana. Quedo atenta.\n\nDiana Morales – ManpowerGroup Colombia',
    expect: [{ kind: 'response-by', by: '2044-11-11', phrase: 'la próxima semana', fuzzy: false }],
  },
  {
    ...SVQ,
    text: 'Asunto: Bolsa de trabajo de Auxiliar Administrativo/a – Información sobre el proceso\n\nEstimada aspirante:\n\nLe comunicamos que la prueba práctica celebrada el pasado 29 de octubre ha sido corregida por el Tribunal. La relación provisional de personas aprobadas se publicará en el Tablón de Edictos de la Sede Electrónica en un plazo máximo de un mes, y se le notificará igualmente por correo electrónico.\n\nNo se atenderán llamadas telefónicas relativas al estado del proceso selectivo. Las consultas deberán dirigirse por escrito a seleccion@ecija.es.\n\nAtentamente,\nDelegación de Recursos Humanos\nAyuntamiento de Écija\nPlaza de España, 1 – 41400 Écija (Sevilla)\n\nDocumento firmado electrónicamente. Código Seguro de Verificación (CSV): 7HQ2-K9XM-44PL-ZT3R. Puede verificar su autenticidad en la Sede Electrónica del Ayuntamiento.\nProtección de datos: sus datos serán tratados por el Ayuntamiento de Écija con la única finalidad de gestionar el proceso selectivo, conforme al Reglamento (UE) 2016/679 y a la Ley Orgánica 3/2018.',
    expect: [
      { kind: 'response-by', by: '2044-12-04', phrase: 'en un plazo máximo de un mes', fuzzy: false },
      {
        kind: 'no-calls',
        phrase: 'No se atenderán llamadas telefónicas relativas al estado del proceso selectivo',
      },
    ],
  },
  {
    ...BCN2,
    text: 'Hola Diego,\n\n¡Gracias por escribir! Todavía estamos en plena ronda de entrevistas finales, que termina el 18 de noviembre. Te pido por favor que no me escribas antes del lunes 21 de noviembre; ese día te doy novedades sí o sí.\n\nUn abrazo,\nRocío Valdivia\nSenior Tech Recruiter | Pagora (Barcelona)\n\nEl jue, 3 nov 2044 a las 18:22, Diego Huamán <diego.huaman.dev@gmail.com> escribió:\n> Hola Rocío, ¿qué tal? Quería saber si ya hay alguna noticia sobre la posición de Backend Engineer después de la entrevista técnica de la semana pasada. ¡Gracias!\n> Diego',
    expect: [
      {
        kind: 'no-contact-before',
        by: '2044-11-21',
        phrase: 'no me escribas antes del lunes 21 de noviembre',
      },
      { kind: 'response-by', by: '2044-11-21', phrase: 'ese día te doy novedades', fuzzy: false },
    ],
  },
  {
    ...MEX2,
    text: 'Hola Ricardo,\n\nTienes una entrevista programada con el candidato Jorge Ramírez Villalobos para la vacante Gerente de Planta (REQ-44187):\n\nFecha: lunes 7 de noviembre de 2044\nHora: 12:00 p.m. (hora del centro de México)\nLugar: Sala Chapultepec, piso 8\n\nPor favor registra tu evaluación en SuccessFactors antes del miércoles 9 de noviembre.\n\nGracias,\nAdquisición de Talento – Grupo Industrial Tláloc',
    expect: [],
  },
  {
    ...MAD2,
    text: 'Cita confirmada: Centro de Salud Lavapiés · Medicina de Familia · 09/11/2044 a las 10:40 · Dra. Ruiz Ortega. Si no puede acudir, anule su cita desde la app Cita Sanitaria.',
    expect: [],
  },
  {
    ...SCL2,
    text: 'Estimados apoderados del 4° Básico B:\n\nLes recordamos que la reunión de apoderados de noviembre se realizará el jueves 10 de noviembre a las 19:00 hrs. en la sala de clases. Se tratarán temas de convivencia escolar y la salida pedagógica de fin de año.\n\nSe solicita puntual asistencia.\n\nAtte.,\nProfesora jefe Carolina Muñoz\nColegio San Esteban de Ñuñoa',
    expect: [],
  },
  {
    ...BUE2,
    text: '¡Tu compra llega el martes 8 de noviembre! Seguí tu envío desde la app. Mercado Libre',
    expect: [],
  },
  {
    ...LIM2,
    text: 'Estimado(a) estudiante:\n\nLe recordamos que el Examen Final del curso Econometría II (sección 702) se realizará el martes 22 de noviembre a las 8:00 a.m. en el aula E-305. Deberá presentar su carné universitario. No se permitirá el ingreso pasados 15 minutos del inicio.\n\nAtentamente,\nDirección de Estudios\nFacultad de Economía – Universidad del Pacífico Sur',
    expect: [],
  },
  {
    ...VLC2,
    text: '¡Bienvenida a bordo, Nerea!\n\nYa queda menos para tu primer día en Velarta. Te dejamos aquí lo más importante:\n\n📅 Fecha de incorporación: lunes 14 de noviembre de 2044, a las 9:00\n📍 Oficina: Calle Colón 18, 3.ª planta, Valencia\n💻 Tu portátil te estará esperando en tu puesto\n\nLa nómina se abona el último día hábil de cada mes. Antes del miércoles, súbenos por favor a Factorial tu número de la Seguridad Social y una copia del DNI.\n\n¡Nos vemos pronto!\nEl equipo de People de Velarta',
    expect: [],
  },
  {
    ...ZAZ,
    text: 'Nuevas ofertas que encajan contigo\n\nHola Rubén, estas son las ofertas de «Técnico de mantenimiento» publicadas en las últimas 24 horas en Zaragoza:\n\nTécnico/a de mantenimiento industrial – Aragonesa de Envases, S.A.\nZaragoza · Contrato indefinido · Inscripciones hasta el 15/11/2044\n\nOficial de mantenimiento electromecánico – Randstad\nZaragoza · Jornada completa · Incorporación inmediata\n\nVer todas las ofertas\n\nRecibes este correo porque tienes activada una alerta de empleo en InfoJobs. Gestionar alertas.',
    expect: [],
  },
];

/** Round 328c: French (Friday 4 November 2044). */
export const ROUND_328C_FR: readonly PhraseRow[] = [
  {
    ...YUL2,
    text: 'Bonjour Mme Gagnon,\n\nSuite à votre candidature au poste de Cheffe de projet CRM (télétravail depuis Montréal), je vous propose un entretien en visio avec notre directeur marketing le mercredi 9 novembre à 15 h (heure de Paris). Le lien Teams vous parviendra la veille.\n\nBien à vous,\nÉlodie Marchand\nChargée de recrutement\nMaison Ferrand Cosmétiques – 18 rue de la Paix, 75002 Paris',
    expect: [
      {
        kind: 'interview',
        by: '2044-11-09',
        time: '09:00',
        phrase: 'le mercredi 9 novembre à 15 h (heure de Paris)',
      },
    ],
  },
  {
    ...PAR2,
    text: "Hello Noé,\n\nMerci encore pour le temps que tu as consacré à nos échanges et pour le cas pratique, on a vraiment apprécié ta démarche.\n\nMalheureusement, nous avons décidé de ne pas donner suite à ta candidature pour le poste de Growth Marketer : nous avons retenu un profil avec davantage d'expérience en B2B.\n\nOn garde ton profil sous le coude et on te souhaite plein de succès pour la suite !\n\nBelle journée,\nManon, pour l'équipe Plume\n\nEnvoyé avec Teamtailor\n\nLe mar. 25 oct. 2044 à 17:02, Noé Lefort <noe.lefort@proton.me> a écrit :\n> Hello Manon,\n> Merci pour l'échange de ce matin avec Bastien ! Comme convenu, je vous envoie ci-joint ma restitution du cas pratique. N'hésitez pas si vous avez des questions.\n> Belle soirée,\n> Noé",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...BRU2,
    text: "Bonjour Madame Lambert,\n\nComme convenu par téléphone, le client reviendra vers moi d'ici mercredi prochain au plus tard. Je vous tiens informée dès que j'ai son retour.\n\nBien à vous,\nThibault Claes\nHays Belgium – Finance & Legal, Bruxelles",
    expect: [
      { kind: 'response-by', by: '2044-11-09', phrase: "d'ici mercredi prochain au plus tard", fuzzy: false },
    ],
  },
  {
    ...NTE,
    text: "Objet : Convocation – entretien de recrutement – Gestionnaire paie et carrière (H/F)\n\nMadame,\n\nSuite à l'examen de votre candidature, j'ai le plaisir de vous convier à un entretien de recrutement dont les modalités sont les suivantes :\n\nDate : lundi 14 novembre 2044\nHeure : 10 h 15\nLieu : Hôtel de Ville de Nantes, 29 rue de Strasbourg – Direction des ressources humaines, bureau 312\nJury : Mme Le Goff, DRH adjointe ; M. Bertin, responsable du service paie\n\nMerci de bien vouloir confirmer votre présence par retour de courriel et de vous munir d'une pièce d'identité.\n\nJe vous prie d'agréer, Madame, l'expression de mes salutations distinguées.\n\nPour la Maire et par délégation,\nLa Directrice des ressources humaines\nVille de Nantes",
    expect: [
      {
        kind: 'interview',
        by: '2044-11-14',
        time: '10:15',
        phrase: 'Date : lundi 14 novembre 2044\nHeure : 10 h 15',
      },
    ],
  },
  {
    ...DKR2,
    text: "Monsieur,\n\nSuite aux différents entretiens que vous avez eus avec notre Direction Générale, nous avons le plaisir de vous proposer le poste de Contrôleur de gestion au sein de Teranga Agro-Industries SA.\n\nVous trouverez ci-joint la lettre d'offre précisant votre rémunération et les avantages associés. Votre prise de fonction est prévue le lundi 2 janvier 2045. Nous vous saurions gré de nous retourner un exemplaire signé avant le 15 novembre 2044.\n\nVeuillez agréer, Monsieur, l'expression de nos salutations distinguées.\n\nMame Diarra Sow\nDirectrice des Ressources Humaines\nTeranga Agro-Industries SA – Km 18, Route de Rufisque, Dakar\nSA au capital de 2 500 000 000 FCFA – RCCM SN-DKR-2009-B-11482 – NINEA 004127739\n\nAvertissement : ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. Toute utilisation ou diffusion non autorisée est interdite.",
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...YUL2,
    text: "Bonjour Alexandre,\n\nMerci d'avoir pris le temps de rencontrer notre équipe mardi dernier dans le cadre du processus pour le poste d'Analyste principal, Risque de crédit.\n\nNous complétons présentement les dernières entrevues. Vous recevrez une réponse de notre part au cours de la semaine du 14 novembre.\n\nAfin d'assurer l'équité du processus, nous vous demandons de ne pas communiquer directement avec les gestionnaires de l'équipe. Pour toute question, écrivez-nous à talents@caisses-laurentides.ca.\n\nCordialement,\n\nL'équipe Acquisition de talents\nMouvement Caisses Laurentides\n\nCe courriel a été envoyé à partir de Workday.\nAvis de confidentialité : Ce message est destiné uniquement à la personne à qui il est adressé et peut contenir de l'information confidentielle. Si vous l'avez reçu par erreur, veuillez nous en aviser et le détruire.",
    expect: [
      {
        kind: 'response-by',
        by: '2044-11-18',
        phrase: 'au cours de la semaine du 14 novembre',
        fuzzy: false,
      },
      { kind: 'no-calls', phrase: "ne pas communiquer directement avec les gestionnaires de l'équipe" },
    ],
  },
  {
    ...CAS2,
    text: 'Bonjour Madame Alaoui,\n\nNous avons bien reçu votre dossier de candidature pour le poste de Chargée de clientèle Entreprises (réf. CE-2044-112) et vous en remercions.\n\nNotre comité de sélection étudiera votre dossier et vous recevrez une réponse sous dix jours ouvrés. Merci de ne pas relancer nos équipes avant cette date.\n\nCordialement,\nPôle Recrutement\nBanque Chaabia du Nord – Casablanca',
    expect: [
      { kind: 'response-by', by: '2044-11-18', phrase: 'sous dix jours ouvrés', fuzzy: false },
      { kind: 'no-contact-before', by: '2044-11-18', phrase: 'ne pas relancer nos équipes avant cette date' },
    ],
  },
  {
    ...LYS2,
    text: 'Bonjour,\n\nVotre soutenance de stage (Master 2 Contrôle de gestion) aura lieu le jeudi 17 novembre 2044 à 14 h en salle B204, devant un jury composé de Mme Rivière (tutrice pédagogique) et de M. Castel (maître de stage). Merci de déposer votre rapport sur Moodle au plus tard le lundi 14 novembre à midi.\n\nCordialement,\nScolarité – IAE Lyon',
    expect: [],
  },
  {
    ...PAR2,
    text: "Rappel : votre rendez-vous avec Dr Sophie Aubert (dermatologue) est prévu le lundi 7 novembre 2044 à 9 h 40, 12 rue Oberkampf, 75011 Paris. En cas d'empêchement, pensez à annuler votre rendez-vous. Doctolib",
    expect: [],
  },
  {
    ...BRU2,
    text: "Chers parents,\n\nLa réunion de parents du premier trimestre aura lieu le jeudi 10 novembre de 16 h à 19 h. Vous pouvez réserver un créneau de 10 minutes avec l'institutrice de votre enfant via Smartschool jusqu'au mardi 8 novembre.\n\nBien cordialement,\nLa direction\nÉcole fondamentale Sainte-Marie, Etterbeek",
    expect: [],
  },
  {
    ...LYS2,
    text: 'Votre colis 6A21438870912 sera livré le mardi 8 novembre entre 8 h et 13 h. Absent ? Choisissez un autre jour ou un point de retrait. – Colissimo',
    expect: [],
  },
  {
    ...DKR2,
    text: "Cher demandeur,\n\nVotre rendez-vous pour le dépôt de votre demande de visa long séjour (salarié) auprès du centre VFS Global de Dakar est confirmé :\n\nDate : 15/11/2044\nHeure : 08:30\nAdresse : Immeuble Élysée, rue Carnot, Dakar\n\nVeuillez vous présenter 15 minutes avant l'heure de votre rendez-vous, muni de votre passeport et de l'ensemble des pièces justificatives.\n\nVFS Global – Ceci est un message automatique, merci de ne pas y répondre.",
    expect: [],
  },
  {
    ...YUL2,
    text: "Salut Gabrielle!\n\nBienvenue dans l'équipe! Ta première journée est le lundi 21 novembre : on t'attend à 8 h 30 à la réception du 1250, boulevard René-Lévesque.\n\nLa paie est déposée aux deux semaines, le jeudi; ton premier dépôt sera le 1er décembre. D'ici là, remplis tes formulaires TP-1015.3 et TD1 dans le portail RH.\n\nÀ bientôt!\nMarie-Ève, Ressources humaines\nGroupe Boréal Numérique",
    expect: [],
  },
  {
    ...PAR2,
    text: "Votre candidature a été envoyée à Lumen Énergies\n\nBonjour Yanis,\n\nVotre candidature pour le poste de Technicien de maintenance éolien (H/F) – Amiens a bien été envoyée à Lumen Énergies.\n\nDate limite de candidature : 30 novembre 2044\n\nSuivez l'avancement de vos candidatures depuis la rubrique Mes emplois. Si l'employeur souhaite donner suite, il vous contactera directement.\n\nLinkedIn Ireland Unlimited Company, Wilton Place, Dublin 2. LinkedIn est un nom commercial de LinkedIn Corporation.",
    expect: [],
  },
];
