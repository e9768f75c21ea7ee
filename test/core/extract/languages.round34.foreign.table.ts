// Rounds 329–330c (issue 13): fresh German, Spanish and French whole messages by hw449, written BEFORE the engine
// read them, by a writer who did not open the rules, their tests or earlier rounds. Half of each round are negatives
// from the same inboxes: an employee's Mitarbeitergespräch / entretien annuel / evaluación de desempeño, the reader as
// interviewer, referee or jury member, a friend's interview, a landlord's Besichtigung / état des lieux / visita, TÜV,
// contrôle technique and ITV, a doctor, a school, a delivery, university exams and a soutenance, visa appointments,
// job alerts, newsletters, webinars and fairs, an agency selling to an employer, start and pay dates, the reader's own
// deadline, acknowledgements that promise nothing dated. Positives from Personio, rexx, Workday, JOIN, d.vinci,
// softgarden, SAP SuccessFactors, Taleo, InfoJobs, Computrabajo, Bumeran, Indeed, Teamtailor, Welcome to the Jungle,
// Hays, Adecco, Randstad, Manpower and public employers (Stadt, Land, Bundesagentur; mairie, concours, Belgian and
// Québec public recruiters; ayuntamiento, municipalidad), from Germany, Austria, Switzerland, Luxembourg, Spain,
// Mexico, Argentina, Colombia, Chile, Peru, France, Belgium, Québec, Senegal, Morocco and Tunisia. Names, companies
// and dates are invented; answers follow TIMELINE-CONVENTIONS.md. Round 329* was sent on Wednesday 15 February 2045,
// round 330* on Friday 22 September 2045 (one Paris interview on 30 October falls in the week when Paris has left
// summer time and Montréal has not).
import type { PhraseRow } from './phrases.table';

/** Round 329: German (Wednesday 15 February 2045). */
export const ROUND_329_DE: readonly PhraseRow[] = [
  {
    sentAt: '2045-02-15T09:12:00+01:00',
    tz: 'Europe/Berlin',
    text: 'Einladung zum Vorstellungsgespräch – Werkstudent*in Data Analytics (m/w/d)\n\nSehr geehrte Frau Okafor,\n\nherzlichen Dank für Ihre Bewerbung und Ihr Interesse an der Kiezkasse GmbH. Ihr Profil hat uns überzeugt, und wir würden Sie gerne in einem persönlichen Gespräch näher kennenlernen.\n\nWir laden Sie hiermit am Dienstag, 21. Februar 2045 um 10:30 Uhr zu einem Vorstellungsgespräch per Microsoft Teams ein. Gesprächspartner sind Dr. Hannah Weiß (Head of Data) und Tobias Brandt (People & Culture). Planen Sie bitte etwa 45 Minuten ein.\n\nDen Einwahllink erhalten Sie am Vortag in einer separaten E-Mail. Sollte Ihnen der Termin nicht passen, nutzen Sie bitte den Button unten, um einen Alternativtermin vorzuschlagen.\n\nWir freuen uns auf das Gespräch!\n\nMit freundlichen Grüßen\nTobias Brandt\nPeople & Culture\n\nKiezkasse GmbH · Oranienstraße 183 · 10999 Berlin\nGeschäftsführung: Malte Iversen, Sevgi Arslan · HRB 231877 B, Amtsgericht Charlottenburg\n\n[Termin bestätigen]   [Alternativtermin vorschlagen]\nDiese E-Mail wurde über Personio versendet.',
    expect: [
      {
        kind: 'interview',
        by: '2045-02-21',
        time: '10:30',
        phrase: 'am Dienstag, 21. Februar 2045 um 10:30 Uhr',
      },
    ],
  },
  {
    sentAt: '2045-02-15T16:40:00+01:00',
    tz: 'Europe/Berlin',
    text: 'Einladung: Jahresgespräch 2045 mit Sabine Krüger\n\nHallo Deniz,\n\nwie jedes Jahr im Februar stehen die Mitarbeitergespräche an. Dein Jahresgespräch mit Sabine findet am Donnerstag, 23. Februar um 9:00 Uhr im Raum „Rhein“ (3. OG) statt.\n\nBitte fülle vorab den Selbsteinschätzungsbogen in Personio aus – der Link ist unten. Das Gespräch dauert etwa eine Stunde; die Zielvereinbarung für 2045 dokumentieren wir im Anschluss im System.\n\nViele Grüße\nMelanie\nHR Business Partner\nRheinblick Logistik GmbH, Köln',
    expect: [],
  },
  {
    sentAt: '2045-02-15T10:05:00+01:00',
    tz: 'Europe/Vienna',
    text: 'Ihre Bewerbung als Lohnverrechner (m/w/d) – Einladung zum persönlichen Gespräch\n\nSehr geehrter Herr Hofbauer,\n\nvielen Dank für Ihre Bewerbung als Lohnverrechner (m/w/d) bei der Donaupark Immobilien AG. Wir ersuchen Sie, sich zu einem persönlichen Gespräch bei uns einzufinden:\n\nTermin: Montag, 27.02.2045\nBeginn: 14:00 Uhr\nDauer: ca. 60 Minuten\nOrt: Wagramer Straße 17, 1220 Wien, Empfang im Erdgeschoß\nGesprächspartnerin: Mag. Verena Puchner, Leitung Personalverrechnung\n\nBitte bringen Sie einen Lichtbildausweis sowie Ihre Dienstzeugnisse im Original mit. Um eine kurze Bestätigung des Termins über das Bewerberportal wird ersucht.\n\nMit freundlichen Grüßen\n\nMag. (FH) Daniela Koller\nHuman Resources\nDonaupark Immobilien AG\nT +43 1 263 44 80-312\nFirmenbuch FN 482911 k, Handelsgericht Wien\n\n--\nDiese Nachricht wurde mit rexx systems erstellt. Bitte antworten Sie nicht direkt auf diese E-Mail.',
    expect: [{ kind: 'interview', by: '2045-02-27', time: '14:00', phrase: 'Termin: Montag, 27.02.2045' }],
  },
  {
    sentAt: '2045-02-15T11:30:00+01:00',
    tz: 'Europe/Berlin',
    text: 'Interview-Panel: Frau Yilmaz – Backend Developer (Java)\n\nHi Jonas,\n\nkannst du beim zweiten Gespräch mit Frau Yilmaz als Fachinterviewer dabei sein? Geplant ist Dienstag, 21.02. um 14:00 Uhr in Raum Elbe, ca. 90 Minuten inkl. Live-Coding.\n\nDen Lebenslauf und die Notizen aus dem ersten Gespräch findest du in softgarden unter „Bewerbermanagement“. Gib mir bitte bis morgen Bescheid, ob du kannst – sonst frage ich Mirko.\n\nDanke dir!\nAnke\nTalent Acquisition | Fleetwise GmbH, Hamburg',
    expect: [],
  },
  {
    sentAt: '2045-02-15T08:03:00+01:00',
    tz: 'Europe/Zurich',
    text: 'Eingangsbestätigung Ihrer Bewerbung – Senior Underwriter Property (R-20451187)\n\nGuten Tag Frau Gashi\n\nBesten Dank für Ihre Bewerbung als Senior Underwriter Property bei der Limmat Rückversicherung AG. Ihre Unterlagen sind vollständig bei uns eingegangen.\n\nWir werden Ihr Dossier nun sorgfältig prüfen und uns innerhalb von 10 Arbeitstagen mit einer Rückmeldung bei Ihnen melden. Den Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Kandidatenprofil einsehen.\n\nFreundliche Grüsse\n\nTalent Acquisition Team\nLimmat Rückversicherung AG\nMythenquai 40, 8002 Zürich\n\nDiese E-Mail wurde automatisch über Workday generiert.',
    expect: [{ kind: 'response-by', by: '2045-03-01', phrase: 'innerhalb von 10 Arbeitstagen' }],
  },
  {
    sentAt: '2045-02-15T19:22:00+01:00',
    tz: 'Europe/Vienna',
    text: 'Besichtigungstermin Wohnung Top 7, Annenstraße 22\n\nSehr geehrte Frau Steiner,\n\ndanke für Ihr Interesse an der 2-Zimmer-Wohnung in der Annenstraße 22, 8020 Graz. Gerne bestätigen wir Ihnen den Besichtigungstermin am Samstag, 18. Februar 2045 um 11:00 Uhr. Treffpunkt ist vor dem Haupteingang.\n\nBitte bringen Sie zur Besichtigung einen Einkommensnachweis der letzten drei Monate und einen Lichtbildausweis mit. Wir bitten Sie, von telefonischen Anfragen abzusehen und uns ausschließlich per E-Mail zu kontaktieren.\n\nMit freundlichen Grüßen\nMag. Roland Pöltl\nHausverwaltung Pöltl & Partner GmbH\nMurgasse 9, 8010 Graz',
    expect: [],
  },
  {
    sentAt: '2045-02-15T13:48:00+01:00',
    tz: 'Europe/Berlin',
    text: 'Re: Telefonat heute – Junior Product Designer\n\nHey Lena,\n\ndanke dir für das nette Telefonat vorhin! Hat mich echt gefreut, dich kennenzulernen.\nWie besprochen stimme ich mich jetzt mit Jana und Felix ab und melde mich bis Freitag mit Feedback bei dir.\n\nLiebe Grüße aus dem Werksviertel\nKai\n\nKai Reuter | Co-Founder & CEO\nTüftelwerk GmbH · München\n\nGesendet über JOIN',
    expect: [{ kind: 'response-by', by: '2045-02-17', phrase: 'bis Freitag' }],
  },
  {
    sentAt: '2045-02-15T07:00:00+01:00',
    tz: 'Europe/Berlin',
    text: '6 neue Jobs für „Controller“ in Hamburg\n\nHallo Nico,\n\nwir haben neue Jobs gefunden, die zu deinem Suchauftrag passen:\n\nController (m/w/d) – Nordsee Frost GmbH, Hamburg-Altona – Bewerbungsschluss: 28.02.2045\nSenior Controller Konzernreporting – Alster Pharma AG, Hamburg – vor 2 Tagen veröffentlicht\nFinancial Controller (w/m/d), Teilzeit möglich – Elbwerk Energie, Hamburg – Bewerbungsschluss: 05.03.2045\nJunior Controller – HafenCity Consulting, Hamburg – neu\n… und 2 weitere Jobs\n\nJetzt ansehen und mit einem Klick bewerben.\n\nDein StepStone Team\n\nDu erhältst diese E-Mail, weil du einen Job-Agenten angelegt hast. Abmelden | Einstellungen ändern\nStepStone Deutschland GmbH, Völklinger Straße 1, 40219 Düsseldorf',
    expect: [],
  },
  {
    sentAt: '2045-02-15T10:47:00+01:00',
    tz: 'Europe/Berlin',
    text: 'Ihre Bewerbung – Kennziffer 32/2045 – Sachbearbeiter/-in Wohngeld (EG 9a TVöD)\n\nSehr geehrte Frau Marković,\n\nhiermit bestätigen wir den Eingang Ihrer Bewerbung auf die oben genannte Stelle im Amt für Wohnungsbau und Stadterneuerung der Stadt Leipzig.\n\nDie Bewerbungsfrist endet am 3. März 2045. Im Anschluss werden alle Unterlagen durch die Auswahlkommission unter Beteiligung des Personalrats und der Gleichstellungsbeauftragten gesichtet. Aufgrund der Vielzahl an Bewerbungen bitten wir Sie, von telefonischen Rückfragen zum Stand des Verfahrens abzusehen. Sie erhalten zu gegebener Zeit eine schriftliche Nachricht.\n\nMit freundlichen Grüßen\nIm Auftrag\n\nSchneider\nPersonalamt, Abteilung Personalgewinnung\nStadt Leipzig | Martin-Luther-Ring 4–6 | 04109 Leipzig\n\nHinweise zum Datenschutz finden Sie auf unserer Internetseite.',
    expect: [{ kind: 'no-calls', phrase: 'von telefonischen Rückfragen zum Stand des Verfahrens abzusehen' }],
  },
  {
    sentAt: '2045-02-15T21:15:00+01:00',
    tz: 'Europe/Zurich',
    text: 'Montag!!\n\nHoi Chiara\n\nnur kurz: ich hab am Montag um 10 Uhr mein Vorstellungsgespräch bei der Post in Bern 😬 Kannst du am Wochenende nochmals kurz über meine Präsentation schauen? Ich melde mich danach sofort bei dir und erzähl dir alles.\n\nDrück mir die Daumen!\nLg Noemi',
    expect: [],
  },
  {
    sentAt: '2045-02-15T15:02:00+01:00',
    tz: 'Europe/Berlin',
    text: 'Ihre Bewerbung als Projektingenieur Offshore-Netzanbindung (Kennung 2045-0117)\n\nSehr geehrter Herr Lindqvist,\n\nnochmals vielen Dank für Ihr Interesse an der Hanse Netzwerk AG und die Zeit, die Sie in Ihre Bewerbung investiert haben.\n\nNach sorgfältiger Prüfung aller Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer Qualifikation, sondern das Ergebnis des Abgleichs mit den konkreten Anforderungen der Stelle.\n\nIhre Daten werden gemäß unseren Datenschutzbestimmungen sechs Monate nach Abschluss des Verfahrens gelöscht. Gerne können Sie sich in unserem Karriereportal für weitere Stellen registrieren.\n\nWir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team der Hanse Netzwerk AG\n\nHanse Netzwerk AG · Überseering 12 · 22297 Hamburg\nDiese E-Mail wurde mit d.vinci versendet.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    sentAt: '2045-02-15T12:30:00+01:00',
    tz: 'Europe/Berlin',
    text: '[OPAL] Klausur Technische Mechanik II – Raumaufteilung\n\nLiebe Studierende,\n\ndie Klausur Technische Mechanik II findet am Montag, 27.02.2045, von 10:00 bis 12:00 Uhr statt. Die Raumaufteilung nach Nachnamen (A–K: HSZ/0002, L–Z: POT/0081) finden Sie in OPAL. Bitte bringen Sie Ihren Studierendenausweis und einen Lichtbildausweis mit.\n\nDie Ergebnisse werden voraussichtlich innerhalb von vier Wochen in Selma veröffentlicht. Die Klausureinsicht wird gesondert angekündigt.\n\nMit freundlichen Grüßen\nDr.-Ing. Matthias Reinecke\nInstitut für Festkörpermechanik\nTechnische Universität Dresden',
    expect: [],
  },
  {
    sentAt: '2045-02-15T09:58:00+01:00',
    tz: 'Europe/Berlin',
    text: 'AW: Ihr Profil für die Position Treasury Analyst – Update\n\nHallo Herr Baumgartner,\n\ndanke für Ihre Nachricht. Ich habe Ihr Profil am Montag an unseren Kunden, eine Privatbank hier in Frankfurt, weitergegeben. Die zuständige Bereichsleiterin ist allerdings bis einschließlich 24. Februar im Urlaub, sodass vorher keine Entscheidung fallen wird.\n\nBitte melden Sie sich daher nicht vor dem 27. Februar bei mir wegen eines Updates – vorher kann ich Ihnen leider nichts Neues sagen. Sobald ich Feedback habe, rufe ich Sie natürlich direkt an.\n\nBeste Grüße\nSvenja Kaltenbach\nSenior Recruitment Consultant Finance\nHays – Frankfurt am Main\nT: +49 69 95 93 70 00\n\nVon: Florian Baumgartner\nGesendet: Dienstag, 14. Februar 2045 18:02\nAn: Kaltenbach, Svenja\nBetreff: Ihr Profil für die Position Treasury Analyst – Update\n\nHallo Frau Kaltenbach,\ngibt es schon Neuigkeiten zur Position bei Ihrem Kunden?\nViele Grüße\nFlorian Baumgartner',
    expect: [{ kind: 'no-contact-before', by: '2045-02-27', phrase: 'nicht vor dem 27. Februar' }],
  },
  {
    sentAt: '2045-02-15T14:14:00+01:00',
    tz: 'Europe/Vienna',
    text: 'Vielen Dank für Ihre Bewerbung bei der Bergland Apotheken GmbH\n\nLiebe Frau Wimmer,\n\nvielen Dank für Ihre Bewerbung als PTA (m/w/d) in unserer Filiale in Innsbruck. Wir haben Ihre Unterlagen erhalten und werden sie schnellstmöglich prüfen.\n\nSobald wir Ihre Bewerbung gesichtet haben, melden wir uns bei Ihnen. Bei Fragen erreichen Sie uns unter karriere@bergland-apotheken.at.\n\nHerzliche Grüße\nIhr Personalteam\nBergland Apotheken GmbH\nMaria-Theresien-Straße 31, 6020 Innsbruck\nBürozeiten: Mo–Do 8:00–16:00 Uhr, Fr 8:00–12:00 Uhr',
    expect: [],
  },
];

/** Round 329b: Spanish (Wednesday 15 February 2045). */
export const ROUND_329B_ES: readonly PhraseRow[] = [
  {
    sentAt: '2045-02-15T10:20:00+01:00',
    tz: 'Europe/Madrid',
    text: 'Entrevista para Técnico/a de Mantenimiento Industrial – Getafe\n\nHola, Sergio:\n\nGracias por inscribirte en nuestra oferta de Técnico/a de Mantenimiento Industrial publicada en InfoJobs. Hemos revisado tu CV y nos gustaría conocerte en persona.\n\nTe proponemos una entrevista el lunes 20 de febrero a las 12:30 en nuestras instalaciones de Getafe (calle de la Confianza 14). Pregunta por Nuria en recepción. La entrevista durará unos 45 minutos e incluirá una pequeña prueba práctica.\n\n¿Nos confirmas tu asistencia respondiendo a este correo?\n\nUn saludo,\nNuria Esteban Molina\nResponsable de Personas\nTalleres Hermanos Cuesta, S.L.\nTel. 916 83 22 10\n\nMensaje enviado a través de InfoJobs.',
    expect: [
      { kind: 'interview', by: '2045-02-20', time: '12:30', phrase: 'el lunes 20 de febrero a las 12:30' },
    ],
  },
  {
    sentAt: '2045-02-15T09:05:00+01:00',
    tz: 'Europe/Madrid',
    text: 'Evaluación de desempeño 2044 – tu reunión con Rubén\n\nHola, Paula:\n\nComo cada año, ha llegado el momento de la evaluación de desempeño. Tu reunión de evaluación con Rubén Soler será el jueves 23 de febrero a las 12:00 en la sala Albufera.\n\nAntes de la reunión, completa tu autoevaluación en SuccessFactors (Mi rendimiento > Evaluación anual). Los objetivos para 2045 se fijarán en esa misma reunión.\n\nGracias,\nEquipo de Personas\nCítricos Levante, S.A. – Valencia',
    expect: [],
  },
  {
    sentAt: '2045-02-15T11:40:00-06:00',
    tz: 'America/Mexico_City',
    text: 'Cita para entrevista – Ejecutivo(a) de Ventas Sr.\n\nEstimado Luis Fernando Ramírez Ochoa:\n\nPor medio del presente le informamos que su postulación a la vacante de Ejecutivo(a) de Ventas Sr. ha avanzado a la siguiente etapa del proceso. Le agradeceremos presentarse a entrevista con los siguientes datos:\n\nFecha: 23/02/2045\nHora: 16:00 hrs\nLugar: Av. Patria 1891, piso 4, Col. Puerta de Hierro, Zapopan, Jal.\nEntrevistador: Lic. Adriana Villaseñor, Gerente Comercial\nDocumentación: identificación oficial vigente y CV impreso\n\nFavor de confirmar su asistencia respondiendo a este mensaje.\n\nAtentamente,\nReclutamiento y Selección\nDistribuidora Occidente Médica, S.A. de C.V.\n\nEste mensaje fue enviado por una empresa a través de Computrabajo.',
    expect: [{ kind: 'interview', by: '2045-02-23', time: '16:00', phrase: 'Fecha: 23/02/2045' }],
  },
  {
    sentAt: '2045-02-15T13:00:00+01:00',
    tz: 'Europe/Madrid',
    text: 'Nombramiento como vocal del tribunal calificador – Proceso selectivo Auxiliar Administrativo (OEP 2044)\n\nEstimado Sr. Martín Gallego:\n\nPor Decreto de Alcaldía n.º 412/2045 ha sido usted designado vocal titular del Tribunal Calificador del proceso selectivo para la provisión, por oposición libre, de 12 plazas de Auxiliar Administrativo.\n\nLa sesión constitutiva del tribunal se celebrará el jueves 2 de marzo de 2045 a las 9:30 horas en la Sala de Juntas de la Casa Consistorial. El primer ejercicio de la oposición tendrá lugar el sábado 18 de marzo.\n\nRogamos confirme su asistencia a la mayor brevedad.\n\nAtentamente,\nServicio de Recursos Humanos\nAyuntamiento de Alcalá de Henares',
    expect: [],
  },
  {
    sentAt: '2045-02-15T17:25:00-03:00',
    tz: 'America/Argentina/Buenos_Aires',
    text: 'Recibimos tu postulación – Analista de Cuentas a Pagar\n\n¡Hola, Micaela!\n\nGracias por postularte a Analista de Cuentas a Pagar en Frigorífico del Sur S.A. Ya tenemos tu CV y lo estamos revisando junto con el equipo de Administración.\n\nTe vamos a estar contactando dentro de los próximos 5 días hábiles para contarte cómo sigue el proceso, sea cual sea el resultado.\n\n¡Muchas gracias por tu interés!\nEquipo de Talento\nFrigorífico del Sur S.A. – Avellaneda, Buenos Aires\n\nEnviado a través de Bumeran.',
    expect: [{ kind: 'response-by', by: '2045-02-22', phrase: 'dentro de los próximos 5 días hábiles' }],
  },
  {
    sentAt: '2045-02-15T08:15:00+01:00',
    tz: 'Europe/Madrid',
    text: 'Confirmación de cita ITV – 1234 KLM\n\nEstimado cliente:\n\nLe confirmamos su cita para la inspección técnica de su vehículo:\n\nMatrícula: 1234 KLM\nFecha: 20/02/2045\nHora: 08:40\nEstación: ITV Alcobendas – Avda. de la Industria 9\n\nRecuerde traer la ficha técnica y el permiso de circulación. Si no puede acudir, puede modificar o cancelar su cita desde nuestra web hasta 24 horas antes.\n\nAtentamente,\nCentro ITV Alcobendas',
    expect: [],
  },
  {
    sentAt: '2045-02-15T09:30:00-05:00',
    tz: 'America/Bogota',
    text: 'Proceso de selección Analista de Riesgo de Crédito – próximos pasos\n\nBuenos días, señora Cárdenas:\n\nReciba un cordial saludo. Le agradecemos su participación en la entrevista con el comité del área de Riesgos el pasado lunes 13 de febrero.\n\nActualmente estamos finalizando las entrevistas con los demás candidatos y le daremos respuesta a más tardar el viernes 24 de febrero, independientemente del resultado.\n\nCordialmente,\n\nJuliana Osorio Restrepo\nAnalista de Selección | Gestión Humana\nCooperativa Financiera Antioqueña\nCarrera 43A # 1-50, Medellín\nPBX (604) 444 19 00\n\nEste correo fue generado desde Workday. Antes de imprimir, piense en su responsabilidad con el medio ambiente.',
    expect: [{ kind: 'response-by', by: '2045-02-24', phrase: 'a más tardar el viernes 24 de febrero' }],
  },
  {
    sentAt: '2045-02-15T22:10:00-06:00',
    tz: 'America/Mexico_City',
    text: 'Confirmación de cita – Sección Consular\n\nSu cita ha sido programada con éxito.\n\nSolicitante: ORTIZ CERVANTES, DANIELA\nTipo de visa: B1/B2\nCita en el Centro de Atención a Solicitantes (CAS): 27 de febrero de 2045, 07:15\nEntrevista consular: Embajada de los Estados Unidos, Ciudad de México – 28 de febrero de 2045, 08:30\n\nLleve consigo la hoja de confirmación DS-160, su pasaporte vigente y esta confirmación impresa. No se permiten teléfonos celulares ni dispositivos electrónicos dentro de la Embajada.',
    expect: [],
  },
  {
    sentAt: '2045-02-15T12:05:00-03:00',
    tz: 'America/Santiago',
    text: 'Concurso Público Profesional Área Social (Grado 10° EMS) – Municipalidad de Valparaíso\n\nEstimada postulante:\n\nJunto con saludar, le informamos que su postulación al Concurso Público para proveer el cargo de Profesional Área Social, Grado 10° EMS, ha sido recibida correctamente.\n\nLa comisión evaluadora revisará los antecedentes de acuerdo con las bases del concurso. Los resultados de cada etapa serán publicados en el sitio web municipal. Se informa que no se atenderán llamadas telefónicas ni consultas presenciales sobre el estado de las postulaciones.\n\nSaluda atentamente,\nDepartamento de Recursos Humanos\nI. Municipalidad de Valparaíso',
    expect: [{ kind: 'no-calls', phrase: 'no se atenderán llamadas telefónicas' }],
  },
  {
    sentAt: '2045-02-15T10:00:00-05:00',
    tz: 'America/Bogota',
    text: '¡Te esperamos en la Feria Laboral Medellín 2045!\n\nHola, Santiago:\n\nMás de 80 empresas estarán reclutando en la Feria Laboral Medellín 2045, el viernes 24 y sábado 25 de febrero de 9:00 a. m. a 5:00 p. m. en Plaza Mayor. Lleva varias copias de tu hoja de vida: ¡habrá entrevistas en el mismo stand!\n\nInscríbete gratis antes del 22 de febrero en el enlace de abajo y recibe tu código QR de acceso.\n\nNos vemos allá,\nEquipo de Empleabilidad\nRed de Empleo Antioquia',
    expect: [],
  },
  {
    sentAt: '2045-02-15T16:45:00-05:00',
    tz: 'America/Lima',
    text: 'Resultado de su postulación – Supervisor de Almacén\n\nEstimado Jorge:\n\nGracias por su interés en formar parte de Corporación Andina de Alimentos S.A.C. y por el tiempo dedicado al proceso de selección para el puesto de Supervisor de Almacén.\n\nLamentamos informarle que, en esta oportunidad, su perfil no ha sido seleccionado para continuar en el proceso. Valoramos mucho su experiencia y guardaremos sus datos en nuestra base de talento por un período de 12 meses para futuras oportunidades.\n\nLe deseamos muchos éxitos.\n\nAtentamente,\nEquipo de Atracción de Talento\nCorporación Andina de Alimentos S.A.C.\nAv. Javier Prado Este 4200, Surco, Lima',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    sentAt: '2045-02-15T19:30:00-03:00',
    tz: 'America/Argentina/Buenos_Aires',
    text: '[Campus Virtual] Análisis Matemático II – Mesa de examen final de febrero\n\nEstimados/as estudiantes:\n\nLes recuerdo que la mesa de examen final de Análisis Matemático II es el lunes 27 de febrero a las 9:00 en el aula 301 del Pabellón I, Ciudad Universitaria. Tienen que inscribirse por el SIU Guaraní hasta 48 horas antes.\n\nLas notas se publicarán en un plazo de 10 días hábiles en el campus.\n\nSaludos,\nProf. Gabriela Ferrari\nDepartamento de Matemática – FCEN, UBA',
    expect: [],
  },
  {
    sentAt: '2045-02-15T12:50:00+01:00',
    tz: 'Europe/Madrid',
    text: 'RE: Puesto de administrativa en Sabadell\n\nHola Laia,\n\nGracias por la llamada de esta mañana. El cliente todavía está entrevistando a otras dos candidatas, pero quiere cerrarlo ya. A finales de mes te digo algo seguro.\n\nUn abrazo,\nMarc Vidal\nConsultor de Selección · Adecco\nSabadell (Barcelona)\n\n-----Mensaje original-----\nDe: Laia Puig\nEnviado el: martes, 14 de febrero de 2045 18:31\nAsunto: Puesto de administrativa en Sabadell\n\nHola Marc, ¿sabes algo del puesto? Gracias!',
    expect: [{ kind: 'response-by', by: '2045-02-28', phrase: 'A finales de mes te digo algo' }],
  },
  {
    sentAt: '2045-02-15T11:11:00-05:00',
    tz: 'America/Lima',
    text: 'Bienvenida a Minera Cordillera Blanca – tu fecha de ingreso\n\nHola, Renzo:\n\n¡Qué gusto darte la bienvenida al equipo de Mantenimiento Mecánico! Te confirmamos que tu fecha de ingreso es el miércoles 1 de marzo de 2045. Ese día te esperamos a las 8:00 a. m. en nuestras oficinas de San Isidro para la inducción corporativa.\n\nRecuerda traer tu DNI, el certificado de antecedentes policiales y tu constancia de afiliación a la AFP. El pago de haberes se realiza el último día hábil de cada mes.\n\nSaludos cordiales,\nGestión del Talento\nMinera Cordillera Blanca S.A.A.',
    expect: [],
  },
];

/** Round 329c: French (Wednesday 15 February 2045). */
export const ROUND_329C_FR: readonly PhraseRow[] = [
  {
    sentAt: '2045-02-15T09:40:00+01:00',
    tz: 'Europe/Paris',
    text: "Votre candidature chez Lumio – Entretien Product Manager\n\nBonjour Madame Benali,\n\nMerci pour votre candidature au poste de Product Manager Paiements chez Lumio. Votre parcours a retenu toute notre attention et nous souhaiterions échanger avec vous.\n\nNous vous proposons un entretien le lundi 27 février à 9 h 30 dans nos locaux, 12 rue de la Chaussée-d'Antin, 75009 Paris. Vous rencontrerez Élodie Marchand, Head of Product, et Thomas Giraud, Lead Developer.\n\nPourriez-vous nous confirmer votre présence en répondant directement à ce message ?\n\nBelle journée,\nClaire Dupuis\nTalent Acquisition Manager – Lumio\n\nEnvoyé via Welcome to the Jungle",
    expect: [{ kind: 'interview', by: '2045-02-27', time: '09:30', phrase: 'le lundi 27 février à 9 h 30' }],
  },
  {
    sentAt: '2045-02-15T08:30:00+01:00',
    tz: 'Europe/Paris',
    text: "Planification de votre entretien annuel d'évaluation\n\nBonjour Julien,\n\nDans le cadre de la campagne des entretiens annuels 2045, votre entretien annuel d'évaluation avec Sandrine Perrot aura lieu le lundi 20 février à 11 h, en salle Vercors.\n\nMerci de compléter votre auto-évaluation dans Workday avant l'entretien. L'entretien professionnel sera planifié séparément.\n\nCordialement,\nLa Direction des Ressources Humaines\nAlpes Composites – Grenoble",
    expect: [],
  },
  {
    sentAt: '2045-02-15T18:05:00+01:00',
    tz: 'Europe/Paris',
    text: "Re: Candidature – Développeur·se Full Stack\n\nSalut Hugo,\n\nMerci pour ton message et ton portfolio, on a adoré le projet de covoiturage !\nEst-ce que tu serais dispo jeudi 23 février à 14h pour un premier call visio de 30 min avec Camille, notre CTO ? Si ça te va, je t'envoie l'invitation Google Meet dans la foulée.\n\nÀ très vite,\nInès\nTalent & Culture – Kiwi Mobility, Lyon\n\nEnvoyé avec Teamtailor",
    expect: [{ kind: 'interview', by: '2045-02-23', time: '14:00', phrase: 'jeudi 23 février à 14h' }],
  },
  {
    sentAt: '2045-02-15T11:20:00+01:00',
    tz: 'Europe/Paris',
    text: "Prise de références – candidature de Mme Lefèvre\n\nBonjour Monsieur Garnier,\n\nJe me permets de vous contacter car Mme Aurélie Lefèvre, qui a travaillé sous votre responsabilité chez Batifrance de 2040 à 2044, vous a indiqué comme référence dans le cadre de sa candidature au poste de conductrice de travaux.\n\nSeriez-vous disponible jeudi 16 février à 15 h pour un échange téléphonique d'une quinzaine de minutes ?\n\nMerci d'avance,\nRomain Chevalier\nConsultant – Cabinet Chevalier & Associés, Nantes\n06 12 34 56 78",
    expect: [],
  },
  {
    sentAt: '2045-02-15T14:35:00+01:00',
    tz: 'Europe/Brussels',
    text: "Sélection comparative – Attaché juriste (m/f/x) – réf. BXL45017\n\nMadame,\n\nNous vous remercions pour votre participation à l'épreuve écrite de la sélection comparative d'attaché juriste organisée le 9 février dernier.\n\nLes résultats sont en cours de validation par le jury. Vous recevrez un courriel vous communiquant votre résultat dans les 3 jours ouvrés. Vous pourrez également le consulter dans votre compte « Mon dossier ».\n\nNous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.\n\nService Sélection\nRégion de Bruxelles-Capitale – Recrutement\nBoulevard du Jardin Botanique 20, 1035 Bruxelles",
    expect: [{ kind: 'response-by', by: '2045-02-20', phrase: 'dans les 3 jours ouvrés' }],
  },
  {
    sentAt: '2045-02-15T17:50:00+01:00',
    tz: 'Europe/Paris',
    text: "État des lieux de sortie – 14 cours de l'Argonne\n\nBonjour Madame Roussel,\n\nSuite à votre préavis, l'état des lieux de sortie de votre appartement est fixé au samedi 25 février à 10 h. Merci de prévoir la remise de l'ensemble des clés (3 clés + 2 badges).\n\nLe dépôt de garantie vous sera restitué dans un délai d'un mois à compter de la remise des clés, déduction faite des éventuelles réparations.\n\nCordialement,\nService locatif\nGaronne Gestion Immobilière – Bordeaux",
    expect: [],
  },
  {
    sentAt: '2045-02-15T15:10:00-05:00',
    tz: 'America/Toronto',
    text: "Votre candidature – Technicienne ou technicien en génie civil (concours 2045-031)\n\nBonjour Monsieur Tremblay,\n\nMerci d'avoir passé l'entrevue avec nous lundi dernier. Le comité de sélection complète présentement les vérifications de références.\n\nNous communiquerons avec vous d'ici la fin de la semaine prochaine pour vous faire part de la décision.\n\nCordialement,\n\nGeneviève Ouellet, CRHA\nConseillère en acquisition de talents\nService des ressources humaines\nVille de Laval\n450 978-6888, poste 4412\n\nAvis de confidentialité : ce courriel est destiné uniquement au destinataire visé.",
    expect: [{ kind: 'response-by', by: '2045-02-24', phrase: "d'ici la fin de la semaine prochaine" }],
  },
  {
    sentAt: '2045-02-15T07:45:00+01:00',
    tz: 'Europe/Paris',
    text: 'Rappel de votre rendez-vous – Contrôle technique\n\nBonjour,\n\nNous vous rappelons votre rendez-vous pour le contrôle technique de votre véhicule immatriculé FG-482-KT :\nDate : 22/02/2045\nHeure : 9 h 15\nCentre : Contrôle Auto Loire – Nantes Est\n\nEn cas de contre-visite, celle-ci devra être effectuée dans un délai de deux mois.\n\nÀ bientôt,\nVotre centre de contrôle technique',
    expect: [],
  },
  {
    sentAt: '2045-02-15T10:25:00+00:00',
    tz: 'Africa/Dakar',
    text: "Accusé de réception – Appel à candidatures Chargé(e) de clientèle Entreprises\n\nMonsieur,\n\nNous accusons réception de votre dossier de candidature au poste de Chargé(e) de clientèle Entreprises, transmis via notre plateforme de recrutement.\n\nSeuls les candidats présélectionnés seront contactés pour la suite du processus. Merci de ne pas appeler nos services ni de vous présenter dans nos agences pour connaître l'état de votre candidature.\n\nCordialement,\nDirection du Capital Humain\nBanque Sahélienne de Développement\nImmeuble Fayçal, Plateau – Dakar, Sénégal",
    expect: [{ kind: 'no-calls', phrase: 'Merci de ne pas appeler nos services' }],
  },
  {
    sentAt: '2045-02-15T12:00:00+01:00',
    tz: 'Europe/Paris',
    text: "Webinaire : réussir son entretien d'embauche en 2045\n\nBonjour Karim,\n\nVous préparez un entretien d'embauche ? Rejoignez notre webinaire gratuit « Les 10 questions pièges de l'entretien et comment y répondre », le jeudi 23 février à 12 h 30, animé par Laure Fontaine, consultante carrière.\n\nAu programme : préparer son pitch, parler de ses prétentions salariales, poser les bonnes questions au recruteur.\n\n[Je m'inscris]\n\nL'équipe Carrières+\nVous recevez cet e-mail car vous êtes inscrit à la newsletter Carrières+. Se désabonner",
    expect: [],
  },
  {
    sentAt: '2045-02-15T16:20:00+01:00',
    tz: 'Africa/Casablanca',
    text: "RE: Candidature spontanée – Contrôleur de gestion\n\nBonjour Monsieur El Amrani,\n\nMerci pour votre relance. Votre CV a bien été transmis au Directeur Administratif et Financier, qui est actuellement en déplacement à l'étranger.\n\nAfin que votre dossier puisse être examiné dans de bonnes conditions, je vous remercie de ne pas nous relancer avant le 1er mars.\n\nBien cordialement,\nSalma Bennani\nChargée de recrutement\nAtlas Agro Industries – Casablanca\nTél. : +212 5 22 48 30 00\n\nDe : Anas El Amrani\nEnvoyé : lundi 13 février 2045 09:14\nObjet : Candidature spontanée – Contrôleur de gestion\n\nBonjour Madame Bennani, je me permets de revenir vers vous concernant ma candidature envoyée le 30 janvier. Bien à vous.",
    expect: [
      { kind: 'no-contact-before', by: '2045-03-01', phrase: 'ne pas nous relancer avant le 1er mars' },
    ],
  },
  {
    sentAt: '2045-02-15T09:00:00+00:00',
    tz: 'Africa/Dakar',
    text: "Convocation – Soutenance de mémoire de Master 2\n\nChère étudiante, cher étudiant,\n\nVotre soutenance de mémoire de Master 2 Économie du développement est fixée au mardi 28 février à 14 h, salle 3.12 de la FASEG. Le jury sera composé du Pr Ndiaye (président), du Dr Sow (rapporteur) et de votre directeur de mémoire.\n\nLes résultats seront communiqués sous quinze jours par voie d'affichage.\n\nLa Scolarité\nFASEG – Université Cheikh Anta Diop de Dakar",
    expect: [],
  },
  {
    sentAt: '2045-02-15T13:30:00+01:00',
    tz: 'Africa/Tunis',
    text: "Proposition d'embauche – Ingénieur(e) DevOps\n\nBonjour Yassine,\n\nSuite à vos entretiens avec notre équipe technique, nous avons le plaisir de vous proposer le poste d'Ingénieur DevOps au sein de Carthage Soft, en contrat à durée indéterminée, basé à notre siège des Berges du Lac.\n\nVous trouverez ci-joint la promesse d'embauche précisant votre rémunération et vos avantages. Nous vous serions reconnaissants de nous la retourner signée avant le 24 février. La date de prise de poste envisagée est le lundi 3 avril 2045.\n\nToute l'équipe se réjouit de vous accueillir !\n\nCordialement,\nNour Ben Salah\nResponsable RH – Carthage Soft\nLes Berges du Lac 2, Tunis",
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    sentAt: '2045-02-15T20:05:00+01:00',
    tz: 'Europe/Paris',
    text: "Votre candidature a été envoyée à Boulangeries Marceau\n\nBonjour Léa,\n\nVotre candidature pour le poste de Vendeuse en boulangerie (H/F) – CDI – Lille a bien été transmise à Boulangeries Marceau.\n\nDate limite de candidature : 10 mars 2045\n\nEt ensuite ? L'employeur examinera votre candidature. Si votre profil correspond, il vous contactera directement. Vous pouvez suivre l'état de vos candidatures dans « Mes emplois ».\n\nBonne chance !\nL'équipe Indeed",
    expect: [],
  },
];
