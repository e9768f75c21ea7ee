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

/** Round 330: German (Friday 22 September 2045). */
export const ROUND_330_DE: readonly PhraseRow[] = [
  {
    sentAt: '2045-09-22T10:15:00+02:00',
    tz: 'Europe/Berlin',
    text: 'Einladung zum Vorstellungsgespräch – Referent Einkauf Elektronik (m/w/d) – Req-ID 48211\n\nSehr geehrter Herr Petrović,\n\nvielen Dank für Ihr Interesse an einer Tätigkeit bei der Isartal Antriebstechnik AG. Gerne möchten wir Sie persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch am Mittwoch, 4. Oktober 2045, um 13:30 Uhr an unseren Standort in Garching ein.\n\nIhre Gesprächspartner sind:\n– Herr Dr. Stefan Aumüller, Leiter Strategischer Einkauf\n– Frau Julia Obermaier, HR Business Partnerin\n\nBitte bestätigen Sie den Termin über den untenstehenden Link. Reisekosten für die Anreise mit öffentlichen Verkehrsmitteln erstatten wir Ihnen gerne.\n\nMit freundlichen Grüßen\nJulia Obermaier\nHuman Resources\n\nIsartal Antriebstechnik AG | Lichtenbergstraße 8 | 85748 Garching bei München\nVorsitzender des Aufsichtsrats: Prof. Dr. Klaus Wendelin | Sitz: Garching | Registergericht München HRB 199320\n\nDiese Nachricht wurde über SAP SuccessFactors gesendet.',
    expect: [
      {
        kind: 'interview',
        by: '2045-10-04',
        time: '13:30',
        phrase: 'am Mittwoch, 4. Oktober 2045, um 13:30 Uhr',
      },
    ],
  },
  {
    sentAt: '2045-09-22T06:50:00+02:00',
    tz: 'Europe/Berlin',
    text: 'Terminbestätigung Hauptuntersuchung – S-KL 4821\n\nGuten Tag Frau Berger,\n\nhiermit bestätigen wir Ihren Termin zur Hauptuntersuchung (HU/AU):\n\nDatum: 27.09.2045\nUhrzeit: 07:45 Uhr\nPrüfstelle: TÜV SÜD Service-Center Stuttgart-Feuerbach\n\nBitte bringen Sie die Zulassungsbescheinigung Teil I mit. Eine Stornierung ist bis 24 Stunden vor dem Termin kostenlos möglich.\n\nIhr TÜV SÜD Team',
    expect: [],
  },
  {
    sentAt: '2045-09-22T11:55:00+02:00',
    tz: 'Europe/Zurich',
    text: 'Re: Gespräch heute\n\nHoi Marco\n\nMerci nochmals fürs Gespräch heute Morgen, war sehr spannend! Ich bespreche mich noch mit Reto und gebe dir Anfang kommender Woche Bescheid, wie es weitergeht.\n\nEn schöne Wochenende\nCorinne\n\nCorinne Schmid | Teamleiterin Logistik\nRheinhafen Spedition AG | Basel',
    expect: [{ kind: 'response-by', by: '2045-09-27', phrase: 'Anfang kommender Woche', fuzzy: true }],
  },
  {
    sentAt: '2045-09-22T09:20:00+02:00',
    tz: 'Europe/Berlin',
    text: 'Unterstützung bei Ihrer Vakanz „Leitung Instandhaltung“\n\nSehr geehrter Herr Krämer,\n\nich habe gesehen, dass die Wendland Kunststofftechnik GmbH aktuell eine Leitung Instandhaltung (m/w/d) sucht. Als auf Technik spezialisierte Personalberatung haben wir in den letzten Monaten mehrere vergleichbare Positionen in Niedersachsen erfolgreich besetzt.\n\nGerne stelle ich Ihnen bis Ende nächster Woche drei vorqualifizierte Kandidatenprofile vor – erfolgsbasiert und ohne Vorabkosten. Hätten Sie am Dienstag um 10 Uhr Zeit für ein kurzes Telefonat?\n\nBeste Grüße\nMarvin Lohmann\nSenior Consultant Engineering\nLohmann & Peters Personalberatung GmbH, Hannover',
    expect: [],
  },
  {
    sentAt: '2045-09-22T14:05:00+02:00',
    tz: 'Europe/Vienna',
    text: 'Ihre Bewerbung – Referent/in für EU-Förderungen (GZ: A5-24/2045)\n\nSehr geehrte Frau Mag. Haas,\n\ndanke für Ihre Teilnahme am Hearing am 19. September 2045.\n\nDie Bewertung durch die Begutachtungskommission ist abgeschlossen; die Entscheidung muss noch vom zuständigen Mitglied der Landesregierung bestätigt werden. Sie erhalten binnen 14 Tagen eine schriftliche Rückmeldung über das Ergebnis.\n\nMit freundlichen Grüßen\nFür die Steiermärkische Landesregierung\nIng. Thomas Url\nAbteilung 5 – Personal\nAmt der Steiermärkischen Landesregierung, Hofgasse 15, 8010 Graz',
    expect: [{ kind: 'response-by', by: '2045-10-06', phrase: 'binnen 14 Tagen' }],
  },
  {
    sentAt: '2045-09-22T17:30:00+02:00',
    tz: 'Europe/Berlin',
    text: 'Terminbestätigung – Praxis Dr. med. Nowak\n\nSehr geehrte Patientin, sehr geehrter Patient,\n\nIhr Termin in der Hausarztpraxis Dr. med. Elke Nowak wurde bestätigt:\nDienstag, 26.09.2045, 08:30 Uhr – Gesundheits-Check-up\n\nBitte kommen Sie nüchtern und bringen Sie Ihre Versichertenkarte mit. Absagen bitte spätestens 24 Stunden vorher über Doctolib.\n\nIhr Praxisteam\nLeopoldstraße 61, 80802 München',
    expect: [],
  },
  {
    sentAt: '2045-09-22T08:45:00+02:00',
    tz: 'Europe/Berlin',
    text: 'Einladung zum Auswahlgespräch – Arbeitsvermittler/in (Kennziffer 2045-BA-1173)\n\nSehr geehrter Herr Özdemir,\n\nvielen Dank für Ihre Bewerbung bei der Bundesagentur für Arbeit. Wir freuen uns, Sie zu einem strukturierten Auswahlgespräch einzuladen.\n\nDatum: 10.10.2045\nUhrzeit: 09:00 Uhr\nOrt: Agentur für Arbeit Dortmund, Steinstraße 39, 44147 Dortmund, Raum 2.114\nDauer: ca. 60 Minuten\n\nBitte bringen Sie ein gültiges Ausweisdokument mit. Schwerbehinderte Bewerberinnen und Bewerber werden bei gleicher Eignung bevorzugt berücksichtigt; bitte teilen Sie uns mit, falls Sie Unterstützung benötigen.\n\nMit freundlichen Grüßen\nIm Auftrag\nInterner Service Personal\nBundesagentur für Arbeit – Regionaldirektion Nordrhein-Westfalen',
    expect: [{ kind: 'interview', by: '2045-10-10', time: '09:00', phrase: 'Datum: 10.10.2045' }],
  },
  {
    sentAt: '2045-09-22T12:10:00+02:00',
    tz: 'Europe/Berlin',
    text: 'Jobmesse „Karriere Ostwestfalen“ – Ihr Ticket\n\nHallo Frau Aydın,\n\nvielen Dank für Ihre Anmeldung zur Karriere Ostwestfalen am Freitag, 6. Oktober 2045, 10:00–17:00 Uhr in der Stadthalle Bielefeld. Über 120 Aussteller erwarten Sie – viele davon führen direkt vor Ort Speed-Interviews.\n\nTipp: Bringen Sie mehrere Lebensläufe mit und buchen Sie vorab Ihren Slot beim kostenlosen Bewerbungsmappen-Check.\n\nIhr Ticket finden Sie im Anhang.\n\nIhr Messeteam\nKarriere Ostwestfalen | Veranstalter: Messe Nord-Ost GmbH',
    expect: [],
  },
  {
    sentAt: '2045-09-22T15:40:00+02:00',
    tz: 'Europe/Luxembourg',
    text: 'Vertragsangebot – Kundenberaterin Private Banking\n\nSehr geehrte Frau Schmit,\n\nwir freuen uns sehr, Ihnen nach den Gesprächen der letzten Wochen die Position als Kundenberaterin Private Banking bei der Moselbank S.A. anbieten zu können.\n\nAnbei erhalten Sie den Arbeitsvertrag in zweifacher Ausfertigung. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 29. September zurück. Als Arbeitsbeginn haben wir den 1. November 2045 vorgesehen.\n\nWir freuen uns auf die Zusammenarbeit!\n\nMit freundlichen Grüßen\nPaul Wagner\nHead of Human Resources\nMoselbank S.A. | 12, boulevard Royal | L-2449 Luxembourg',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    sentAt: '2045-09-22T13:25:00+02:00',
    tz: 'Europe/Vienna',
    text: 'Einladung zum Elternabend der 2b\n\nLiebe Eltern,\n\nherzlich lade ich Sie zum ersten Elternabend im neuen Schuljahr ein: Donnerstag, 28. September 2045, um 19:30 Uhr im Klassenraum der 2b (Erdgeschoß).\n\nThemen: Schwimmkurs im Winter, Lesepass, Wahl der Klassenelternvertretung.\n\nIch freue mich auf Ihr Kommen!\nMit lieben Grüßen\nKarin Leitner, Klassenlehrerin\nVolksschule Linz-Urfahr',
    expect: [],
  },
  {
    sentAt: '2045-09-22T10:35:00+02:00',
    tz: 'Europe/Berlin',
    text: 'Ihre Bewerbung als Kommissionierer (m/w/d) in Neuss\n\nGuten Tag Herr Kowalczyk,\n\nvielen Dank für Ihre Bewerbung über Indeed auf unsere Stelle als Kommissionierer bei unserem Kunden in Neuss.\n\nWir sammeln derzeit noch Bewerbungen und melden uns bis Ende des Monats bei allen Bewerberinnen und Bewerbern. Bitte sehen Sie von telefonischen Nachfragen in unserer Filiale ab – wir kommen auf Sie zu.\n\nFreundliche Grüße\nIhr ManpowerGroup-Team Düsseldorf\nKönigsallee 92a, 40212 Düsseldorf',
    expect: [
      { kind: 'response-by', by: '2045-09-30', phrase: 'bis Ende des Monats' },
      { kind: 'no-calls', phrase: 'Bitte sehen Sie von telefonischen Nachfragen in unserer Filiale ab' },
    ],
  },
  {
    sentAt: '2045-09-22T16:00:00+02:00',
    tz: 'Europe/Berlin',
    text: 'Deine erste Gehaltsabrechnung\n\nHallo Aylin,\n\nwillkommen nochmal an Bord! Kurz zur Info: Deine erste Gehaltsabrechnung für September findest du ab dem 27.09. in DATEV Arbeitnehmer online, die Auszahlung erfolgt wie bei allen Kolleg:innen zum 29.09.\n\nBei Fragen zur Abrechnung melde dich gerne bei mir.\n\nViele Grüße\nTanja\nPayroll & HR Services\nBrückner Medizintechnik GmbH, Tuttlingen',
    expect: [],
  },
  {
    sentAt: '2045-09-22T18:20:00+02:00',
    tz: 'Europe/Berlin',
    text: 'Deine Bewerbung bei Fjordkind\n\nHi Mats,\n\nvielen Dank, dass du dir die Zeit für unsere Case Study und das Gespräch mit Sophie genommen hast. Wir haben uns die Entscheidung nicht leicht gemacht – am Ende haben wir uns aber für eine Person entschieden, deren Erfahrung im E-Commerce noch etwas besser zu unseren aktuellen Themen passt.\n\nWir würden uns freuen, wenn du unsere Karriereseite weiter im Blick behältst.\n\nAlles Gute für dich und viele Grüße\nLotta vom People-Team\nFjordkind GmbH · Große Elbstraße 145 · 22767 Hamburg\n\nPowered by softgarden',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    sentAt: '2045-09-22T07:30:00+02:00',
    tz: 'Europe/Berlin',
    text: 'Ihre Bewerbung – fehlende Unterlagen\n\nSehr geehrte Frau Lange,\n\nvielen Dank für Ihre Bewerbung als Erzieherin (m/w/d) in unserer Kita Sonnenblume. Leider fehlen uns noch Ihre Anerkennungsurkunde sowie ein aktuelles Arbeitszeugnis.\n\nBitte laden Sie die Unterlagen bis Freitag, 29.09.2045, über den Link in Ihrem Bewerberkonto hoch. Erst danach können wir Ihre Bewerbung weiter bearbeiten.\n\nMit freundlichen Grüßen\nPersonalabteilung\nEvangelischer Kita-Verbund Kassel e. V.\n\nDiese E-Mail wurde automatisch über rexx systems versendet.',
    expect: [],
  },
];

/** Round 330b: Spanish (Friday 22 September 2045). */
export const ROUND_330B_ES: readonly PhraseRow[] = [
  {
    sentAt: '2045-09-22T09:00:00+02:00',
    tz: 'Europe/Madrid',
    text: 'Bolsa de empleo de Técnico/a de Educación Infantil – Citación a entrevista personal\n\nSra. Dña. Alba Lacasa Gimeno:\n\nConforme a lo previsto en las bases de la convocatoria para la constitución de una bolsa de empleo de Técnico/a de Educación Infantil, y una vez valorados los méritos, se le cita para la realización de la entrevista personal el día 3 de octubre de 2045 a las 9:15 horas en el Edificio Seminario (Vía Hispanidad 20, Zaragoza), planta 2.ª, sala 4.\n\nDeberá acudir provista de DNI o documento equivalente. La no comparecencia supondrá la exclusión del proceso.\n\nAtentamente,\nServicio de Personal\nAyuntamiento de Zaragoza',
    expect: [
      {
        kind: 'interview',
        by: '2045-10-03',
        time: '09:15',
        phrase: 'el día 3 de octubre de 2045 a las 9:15 horas',
      },
    ],
  },
  {
    sentAt: '2045-09-22T19:10:00+02:00',
    tz: 'Europe/Madrid',
    text: 'Visita piso calle Sagasta 27 – 3.º izq.\n\nHola, Andrés:\n\nTe confirmo la visita al piso el martes 26 a las 18:30. Me encontrarás en el portal; soy Pilar, de la agencia.\n\nRecuerda que para formalizar el alquiler necesitaremos las tres últimas nóminas y el contrato de trabajo.\n\nUn saludo,\nPilar Serrano\nInmobiliaria Chamberí Centro',
    expect: [],
  },
  {
    sentAt: '2045-09-22T13:15:00-06:00',
    tz: 'America/Mexico_City',
    text: 'Mensaje de Grupo Textil Anáhuac sobre tu postulación\n\nHola Karla,\n\nVimos tu postulación para Diseñadora Gráfica Jr. en Indeed y nos encantó tu portafolio. ¿Te queda bien el lunes 25 de septiembre a las 11:00 am para una entrevista por Zoom de unos 30 minutos?\n\nSi sí, te mando la liga en cuanto me confirmes.\n\nSaludos,\nFernanda Ruiz\nReclutamiento – Grupo Textil Anáhuac, CDMX\n\nResponder en Indeed',
    expect: [
      {
        kind: 'interview',
        by: '2045-09-25',
        time: '11:00',
        phrase: 'el lunes 25 de septiembre a las 11:00 am',
      },
    ],
  },
  {
    sentAt: '2045-09-22T08:10:00+02:00',
    tz: 'Europe/Madrid',
    text: 'Tu envío llega el lunes\n\nHola, Beatriz:\n\nTu pedido n.º 4083-1127 de MueblesYa saldrá a reparto el lunes 25 de septiembre. El repartidor pasará entre las 9:00 y las 14:00. Si no vas a estar en casa, puedes cambiar la fecha o elegir un punto Pickup desde el enlace.\n\nSEUR',
    expect: [],
  },
  {
    sentAt: '2045-09-22T12:30:00-03:00',
    tz: 'America/Santiago',
    text: '¡Gracias por tu entrevista, Ignacio!\n\nHola Ignacio,\n\nMuchas gracias por conversar con nosotros ayer. Nos gustó mucho conocer tu experiencia en operaciones mineras.\n\nTodavía estamos entrevistando al resto de los candidatos. Te contactaremos dentro de los próximos diez días para contarte si avanzas a la etapa final.\n\nSaludos cordiales,\nCatalina Muñoz\nPeople Team – Litio Andino SpA\nAv. Apoquindo 3000, Las Condes, Santiago\n\nSent via Teamtailor',
    expect: [{ kind: 'response-by', by: '2045-10-02', phrase: 'dentro de los próximos diez días' }],
  },
  {
    sentAt: '2045-09-22T11:00:00+02:00',
    tz: 'Europe/Madrid',
    text: 'Panel de entrevista – Backend Senior (candidato: David Herrera)\n\nHola, Marta:\n\nTe he añadido al panel de entrevistas del candidato David Herrera para la posición de Backend Senior. La entrevista técnica será el jueves 28 a las 12:00 en la sala Montjuïc (o por Meet si lo prefieres).\n\n¿Me confirmas si puedes? Te dejo en Teamtailor su CV y la prueba técnica que entregó.\n\nGracias,\nJordi\nTalent Acquisition – Nubaria Tech, Barcelona',
    expect: [],
  },
  {
    sentAt: '2045-09-22T10:40:00-03:00',
    tz: 'America/Argentina/Buenos_Aires',
    text: 'Tu postulación en Randstad – Operario/a de Producción (Pilar)\n\n¡Hola, Tomás!\n\nGracias por postularte a la búsqueda de Operario/a de Producción para una empresa alimenticia del Parque Industrial Pilar.\n\nEstamos recibiendo muchísimos CVs, así que te pedimos que no nos llames ni te acerques a la sucursal para consultar por el estado de tu postulación: si tu perfil avanza, te escribimos por este medio o por WhatsApp.\n\n¡Éxitos!\nEquipo Randstad Pilar\nRandstad Argentina',
    expect: [{ kind: 'no-calls', phrase: 'te pedimos que no nos llames' }],
  },
  {
    sentAt: '2045-09-22T21:40:00-06:00',
    tz: 'America/Mexico_City',
    text: '¡¡Tengo entrevista!!\n\nAmiga!!\n\nAdivina qué: me llamaron de la agencia de publicidad y tengo entrevista el martes 26 a las 10 de la mañana en Polanco 😱 ¿Me prestas tu blazer negro? Te marco en la noche para contarte.\n\nBesos,\nVale',
    expect: [],
  },
  {
    sentAt: '2045-09-22T15:20:00-05:00',
    tz: 'America/Bogota',
    text: 'Convocatoria Auxiliar Contable – Cali\n\nBuenas tardes, señor Valencia:\n\nLe confirmamos que recibimos su hoja de vida para la vacante de Auxiliar Contable publicada en Computrabajo. La convocatoria permanece abierta hasta el domingo 1 de octubre.\n\nLe agradecemos no comunicarse con nosotros antes del lunes 2 de octubre, fecha en la que empezaremos a revisar las hojas de vida recibidas.\n\nCordialmente,\nÁrea de Talento Humano\nIngenio del Valle S.A.S. – Cali, Valle del Cauca',
    expect: [
      {
        kind: 'no-contact-before',
        by: '2045-10-02',
        phrase: 'no comunicarse con nosotros antes del lunes 2 de octubre',
      },
    ],
  },
  {
    sentAt: '2045-09-22T07:05:00-05:00',
    tz: 'America/Lima',
    text: '5 errores que te pueden costar la entrevista + webinar gratuito\n\nHola, Gonzalo:\n\nEn el newsletter de esta semana: cómo responder a «¿cuáles son tus pretensiones salariales?», qué llevar a una entrevista presencial y las empresas que más están contratando en Lima.\n\n🎥 Webinar gratuito: «Cómo destacar en una entrevista por competencias», jueves 28 de septiembre a las 19:00 h. Cupos limitados.\n\n¡Mucho éxito en tu búsqueda!\nEl equipo de Bumeran Perú\n\nPara dejar de recibir estos correos, haz clic aquí.',
    expect: [],
  },
  {
    sentAt: '2045-09-22T16:30:00-05:00',
    tz: 'America/Lima',
    text: 'Proceso de selección – Jefe de Proyectos TI (Req. 10442)\n\nEstimado Sr. Quispe:\n\nLe agradecemos por haber participado en la evaluación técnica y en la entrevista con la Gerencia de Tecnología.\n\nSu candidatura se encuentra ahora en la etapa de evaluación final. Le comunicaremos los resultados en un plazo máximo de 3 semanas.\n\nAtentamente,\nGerencia de Gestión Humana\nCementos del Pacífico S.A.A.\nLima, Perú\n\nEste mensaje fue enviado a través de SAP SuccessFactors. Por favor, no responda a este correo.',
    expect: [{ kind: 'response-by', by: '2045-10-13', phrase: 'en un plazo máximo de 3 semanas' }],
  },
  {
    sentAt: '2045-09-22T06:30:00-05:00',
    tz: 'America/Bogota',
    text: 'Confirmación de cita médica\n\nSeñor(a) usuario(a):\n\nSu cita de Medicina General ha sido asignada:\nFecha: 27/09/2045\nHora: 7:20 a. m.\nSede: IPS Chapinero, Bogotá\nProfesional: Dra. Natalia Rincón\n\nRecuerde llegar 20 minutos antes con su documento de identidad. Si no puede asistir, cancele su cita con mínimo 24 horas de anticipación.\n\nEPS Salud Andina',
    expect: [],
  },
  {
    sentAt: '2045-09-22T14:45:00+02:00',
    tz: 'Europe/Madrid',
    text: '¡Queremos que te unas a Brisa Robotics!\n\nHola, Alejandro:\n\n¡Enhorabuena! Después de las entrevistas con el equipo, nos encantaría ofrecerte el puesto de Ingeniero de Visión Artificial en Brisa Robotics.\n\nTe adjuntamos la propuesta con las condiciones: contrato indefinido, 46.000 € brutos anuales, teletrabajo dos días a la semana. La incorporación sería el lunes 16 de octubre. Si tienes cualquier duda, llámame cuando quieras.\n\n¡Esperamos tu respuesta con muchas ganas!\n\nIrene Gómez\nHead of People – Brisa Robotics, València\n\nEnviado con JOIN',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    sentAt: '2045-09-22T18:00:00-05:00',
    tz: 'America/Lima',
    text: 'Hemos recibido tu postulación\n\nHola, Milagros:\n\nGracias por postular al puesto de Asistente de Marketing en Librerías Pacífico. Recibimos tu CV correctamente.\n\nNuestro equipo revisará tu perfil y, si se ajusta a lo que buscamos, te contactaremos para coordinar los siguientes pasos. La convocatoria cierra el 6 de octubre.\n\n¡Gracias por tu interés!\nEquipo de Talento\nLibrerías Pacífico S.A.C.',
    expect: [],
  },
];

/** Round 330c: French (Friday 22 September 2045). */
export const ROUND_330C_FR: readonly PhraseRow[] = [
  {
    sentAt: '2045-09-22T09:25:00+02:00',
    tz: 'Europe/Paris',
    text: "Convocation à un entretien – Analyste Conformité (Réf. 2045-18834)\n\nMadame,\n\nNous avons le plaisir de vous convier à un entretien pour le poste d'Analyste Conformité au sein de la Direction de la Conformité, le lundi 2 octobre 2045 à 9 h 30, dans nos locaux situés 48 boulevard Haussmann, 75009 Paris.\n\nVous serez reçue par Monsieur Olivier Lambert, Responsable Conformité Sécurité Financière, et par Madame Nathalie Rigaud, Chargée de recrutement. Merci de vous munir d'une pièce d'identité afin d'accéder au bâtiment.\n\nMerci de confirmer votre présence via votre espace candidat.\n\nNous vous prions d'agréer, Madame, nos salutations distinguées.\n\nLa Direction des Ressources Humaines\nBanque Haussmann & Cie\n\nCe message a été envoyé automatiquement depuis Oracle Taleo. Merci de ne pas y répondre.",
    expect: [
      { kind: 'interview', by: '2045-10-02', time: '09:30', phrase: 'le lundi 2 octobre 2045 à 9 h 30' },
    ],
  },
  {
    sentAt: '2045-09-22T08:00:00+02:00',
    tz: 'Europe/Paris',
    text: "Convocation – membre du jury – Concours externe d'attaché territorial, session 2045\n\nMadame,\n\nPar arrêté du Président du Centre de gestion de la fonction publique territoriale de la Gironde, vous avez été désignée en qualité de membre du jury des épreuves orales d'admission du concours externe d'attaché territorial.\n\nLes épreuves orales se dérouleront du 12 au 14 octobre 2045 ; vous êtes attendue le jeudi 12 octobre à 8 h 30 au siège du CDG 33 pour la réunion de cadrage du jury.\n\nVos frais de déplacement vous seront remboursés sur présentation des justificatifs.\n\nLe Service Concours\nCDG 33 – Bordeaux",
    expect: [],
  },
  {
    sentAt: '2045-09-22T05:10:00-04:00',
    tz: 'America/Toronto',
    text: "Entretien en visio – Ingénieure d'études hydrauliques\n\nBonjour Madame Gagnon,\n\nSuite à notre échange téléphonique, je vous confirme votre entretien en visioconférence avec Pierre-Yves Morel, directeur du pôle Eau, le lundi 30 octobre à 15 h (heure de Paris). Le lien Teams vous sera envoyé la veille.\n\nCompte tenu du décalage horaire, n'hésitez pas à me signaler si cet horaire ne vous convient pas.\n\nBien cordialement,\nÉmilie Rousseau\nChargée de recrutement\nHydro-Ingénierie Conseil – Paris La Défense",
    expect: [
      {
        kind: 'interview',
        by: '2045-10-30',
        time: '10:00',
        phrase: 'le lundi 30 octobre à 15 h (heure de Paris)',
      },
    ],
  },
  {
    sentAt: '2045-09-22T22:15:00+02:00',
    tz: 'Europe/Paris',
    text: "besoin d'un coup de main 🙏\n\nCoucou Manon,\n\nJ'ai enfin décroché un entretien chez Lumière Cosmétiques, c'est mardi à 10h à Clichy ! Tu pourrais relire ma lettre et me faire passer un petit entretien blanc ce week-end ? Je te rappelle demain soir.\n\nBisous,\nJade",
    expect: [],
  },
  {
    sentAt: '2045-09-22T10:50:00+02:00',
    tz: 'Europe/Zurich',
    text: "Votre candidature – Responsable logistique (80-100%)\n\nMadame,\n\nNous vous remercions d'avoir pris le temps de nous rencontrer mercredi dernier.\n\nLe processus de recrutement se poursuit avec les derniers entretiens. Nous vous ferons part de notre décision d'ici au vendredi 6 octobre.\n\nNous vous prions d'agréer, Madame, nos meilleures salutations.\n\nService des ressources humaines\nLéman Distribution SA\nRoute des Acacias 43, 1227 Carouge GE",
    expect: [{ kind: 'response-by', by: '2045-10-06', phrase: "d'ici au vendredi 6 octobre" }],
  },
  {
    sentAt: '2045-09-22T11:35:00+01:00',
    tz: 'Africa/Tunis',
    text: "Confirmation de rendez-vous – Demande de visa\n\nCher(e) demandeur(se),\n\nVotre rendez-vous au Centre de demande de visa pour la France à Tunis a bien été enregistré.\n\nRéférence : TUN/2045/118273\nDate : 03/10/2045\nHeure : 10:15\nAdresse : Immeuble Rym, Les Berges du Lac 1, Tunis\n\nMerci de vous présenter 15 minutes avant l'heure du rendez-vous avec votre passeport et l'ensemble des pièces justificatives. Le délai de traitement est généralement de 15 jours ouvrés.",
    expect: [],
  },
  {
    sentAt: '2045-09-22T11:05:00+02:00',
    tz: 'Europe/Brussels',
    text: "Re: Job cariste Herstal\n\nSalut Kevin,\n\nMerci pour ton appel ce matin. Le client doit encore valider les horaires en pause avec son chef d'équipe, je te recontacte au plus tard mercredi pour te dire si c'est bon pour toi.\n\nBon week-end,\nSarah\nRandstad Liège – Logistique\n+32 4 220 11 00",
    expect: [{ kind: 'response-by', by: '2045-09-27', phrase: 'au plus tard mercredi' }],
  },
  {
    sentAt: '2045-09-22T15:15:00+02:00',
    tz: 'Europe/Paris',
    text: "Bienvenue chez Biolab Santé – informations pratiques\n\nBonjour Thibault,\n\nNous sommes ravis de vous accueillir le lundi 2 octobre à 9 h au siège de Biolab Santé, 14 avenue Jean-Jaurès, Lyon 7e. Votre manager, Agnès Morin, vous attendra à l'accueil.\n\nPour information, la paie est versée le dernier jour ouvré du mois ; votre premier salaire sera donc versé le 31 octobre. Pensez à nous transmettre votre RIB et votre attestation de sécurité sociale avant votre arrivée.\n\nÀ très bientôt,\nService RH – Biolab Santé",
    expect: [],
  },
  {
    sentAt: '2045-09-22T14:00:00+02:00',
    tz: 'Europe/Paris',
    text: "Accusé de réception de votre candidature – Agent d'accueil (H/F) – Catégorie C\n\nMadame,\n\nNous accusons bonne réception de votre candidature au poste d'agent d'accueil à la Direction de la Citoyenneté de la Ville de Rennes.\n\nVotre dossier est en cours d'étude. Vous recevrez une réponse, positive ou négative, sous trois semaines. Afin de permettre un traitement équitable de l'ensemble des dossiers, merci de ne pas contacter le service recrutement par téléphone.\n\nVeuillez agréer, Madame, l'expression de nos salutations distinguées.\n\nDirection des Ressources Humaines\nVille de Rennes et Rennes Métropole",
    expect: [
      { kind: 'response-by', by: '2045-10-13', phrase: 'sous trois semaines' },
      { kind: 'no-calls', phrase: 'merci de ne pas contacter le service recrutement par téléphone' },
    ],
  },
  {
    sentAt: '2045-09-22T18:40:00+02:00',
    tz: 'Europe/Paris',
    text: "Votre rendez-vous est confirmé\n\nBonjour Nadia Haddad,\n\nVotre rendez-vous du mardi 26 septembre à 17 h 45 avec le Dr Martin, masseur-kinésithérapeute, est confirmé.\n\nAdresse : 8 rue des Carmes, 31000 Toulouse\n\nPensez à apporter votre ordonnance et votre carte Vitale. En cas d'empêchement, merci d'annuler au moins 24 h à l'avance.\n\nDoctolib",
    expect: [],
  },
  {
    sentAt: '2045-09-22T12:45:00+01:00',
    tz: 'Africa/Casablanca',
    text: "Suite donnée à votre candidature\n\nCher Monsieur Tazi,\n\nNous vous remercions de l'intérêt que vous portez à Maghreb Télé-Services.\n\nAprès étude attentive de votre dossier, nous sommes au regret de vous informer que votre candidature n'a pas été retenue pour le poste de Responsable Support Niveau 2.\n\nNous conservons néanmoins votre CV dans notre vivier et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présentait.\n\nVeuillez agréer, Monsieur, nos salutations distinguées.\n\nService Recrutement\nMaghreb Télé-Services – Technopolis Rabat-Shore",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    sentAt: '2045-09-22T07:20:00-04:00',
    tz: 'America/Toronto',
    text: "« Analyste d'affaires » : 8 nouvelles offres à Montréal\n\nNouvelles offres correspondant à votre alerte\n\nAnalyste d'affaires TI – Caisse Boréale – Montréal (hybride) – Candidature simplifiée\nAnalyste d'affaires principal(e) – Groupe Ferroviaire Laurentien – Montréal – Date limite : 2045-09-30\nAnalyste fonctionnel(le) – Ville de Longueuil – Longueuil – Publiée il y a 2 jours\nVoir toutes les offres\n\nVous recevez ce courriel parce que vous avez créé une alerte emploi. Se désabonner\nLinkedIn Corporation, 1000 W Maude Ave, Sunnyvale, CA 94085",
    expect: [],
  },
  {
    sentAt: '2045-09-22T09:55:00+00:00',
    tz: 'Africa/Dakar',
    text: "RE: Candidature – Chef de chantier BTP\n\nBonjour Monsieur Faye,\n\nJ'ai bien reçu votre dossier complet, merci. Je serai en mission à Saint-Louis jusqu'au 4 octobre avec peu d'accès au réseau ; merci de ne pas me relancer avant le jeudi 5 octobre. À mon retour, je ferai le point avec le directeur des travaux sur les profils retenus.\n\nCordialement,\nAminata Sarr\nConsultante recrutement\nTeranga Intérim & RH – Dakar\n\n-----Message d'origine-----\nDe : Ousmane Faye\nEnvoyé : jeudi 21 septembre 2045 17:48\nObjet : Candidature – Chef de chantier BTP\n\nBonjour Madame Sarr, veuillez trouver ci-joint les pièces manquantes (diplôme et certificats de travail). Cordialement.",
    expect: [
      { kind: 'no-contact-before', by: '2045-10-05', phrase: 'ne pas me relancer avant le jeudi 5 octobre' },
    ],
  },
  {
    sentAt: '2045-09-22T16:25:00+02:00',
    tz: 'Europe/Paris',
    text: "Votre recrutement de commerciaux terrain – proposition\n\nBonjour Monsieur Lemoine,\n\nJ'ai vu que Transports Lemoine & Fils recrute trois commerciaux terrain sur la région Hauts-de-France. Notre cabinet est spécialisé dans les métiers de la vente B2B dans le transport et la logistique.\n\nNous pouvons vous présenter une short-list de candidats qualifiés sous 10 jours ouvrés, avec une garantie de remplacement de six mois. Seriez-vous disponible mardi à 11 h pour en parler 15 minutes ?\n\nBien à vous,\nCamille Bertrand\nAssociée – Talentis Recrutement, Lille",
    expect: [],
  },
];
