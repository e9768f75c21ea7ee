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
    text: 'Estimado Sr. Hernández:\n\nPor medio del presente le confirmamos su entrevista presencial para la vacante de Supervisor de Almacén, el próximo lunes 23 de mayo a las 11:00 hrs., en nuestras oficinas ubicadas en Av. Vasco de Quiroga 3800, Santa Fe, Cuajimalpa.\n\nFavor de presentarse con 15 minutos de anticipación, con identificación oficial (INE) y CV impreso. Preguntar en recepción por la Lic. Mariana Ortega.\n\nSin más por el momento, quedo a sus órdenes.\n\nAtentamente,\nLic. Mariana Ortega\nAtracción de Talento\nDistribuidora Nopal del Centro, S.A. de C.V.\nTel. 55 5292 4410 Ext. 214',
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
    text: "Bonjour Monsieur Diop,\n\nJe reviens vers vous suite à votre entretien de lundi avec la Direction Financière de notre client. Celle-ci a beaucoup apprécié votre profil et doit encore rencontrer deux candidats cette semaine.\n\nLe client nous a indiqué qu'il rendra sa décision d'ici la fin de la semaine prochaine ; je ne manquerai pas de vous informer dès que j'aurai un retour.\n\nBien cordialement,\n\nAïssatou Ndiaye\nConsultante Senior – Finance & Audit\nSahel Talents Conseil\nImmeuble Fahd, Boulevard Djily Mbaye, Dakar – Sénégal\nTél. : +221 33 821 47 90",
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
