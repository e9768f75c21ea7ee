// The sixth held-out rounds of issue 13 in German, Spanish and French (rounds 71–82): whole messages written fresh
// for this round after the layouts and wording of real templates (Personio, softgarden, InfoJobs, HireVue, Welcome
// to the Jungle, Indeed, Outlook and Gmail auto-replies and quote headers, HR-blog invitation, cancellation and
// rejection templates), rewritten with our own names, companies and dates: signatures with phone numbers and
// addresses, Handelsregister/CIF/SIRET lines and GDPR notes, quoted earlier messages, text flattened from HTML,
// ATS label–value fields, Swiss, Austrian, Belgian, Québec and Latin-American variants, formal and informal
// registers. About 40 % are negatives of the kind real inboxes hold. Each row's answer was written from
// TIMELINE-CONVENTIONS.md BEFORE the engine read it; the first-run figures are in FIRST_RUN (languages.table.ts).
import type { PhraseRow } from './phrases.table';

// Tuesday 12 January 2027, 10:15 in Hamburg.
const HAM_TUE = { sentAt: '2027-01-12T10:15:00+01:00', tz: 'Europe/Berlin' } as const;
// Thursday 14 January 2027, 16:40 in Munich.
const MUC_THU = { sentAt: '2027-01-14T16:40:00+01:00', tz: 'Europe/Berlin' } as const;
// Friday 8 January 2027, 08:50 in Vienna.
const VIE_FRI = { sentAt: '2027-01-08T08:50:00+01:00', tz: 'Europe/Vienna' } as const;
// Monday 11 January 2027, 13:20 in Zurich.
const ZRH_MON = { sentAt: '2027-01-11T13:20:00+01:00', tz: 'Europe/Zurich' } as const;

// Tuesday 12 January 2027, 09:30 in Madrid.
const MAD_TUE = { sentAt: '2027-01-12T09:30:00+01:00', tz: 'Europe/Madrid' } as const;
// Wednesday 13 January 2027, 10:00 in Mexico City.
const MEX_WED = { sentAt: '2027-01-13T10:00:00-06:00', tz: 'America/Mexico_City' } as const;
// Monday 11 January 2027, 11:00 in Lima.
const LIM_MON = { sentAt: '2027-01-11T11:00:00-05:00', tz: 'America/Lima' } as const;
// Thursday 14 January 2027, 16:00 in Buenos Aires.
const BUE_THU = { sentAt: '2027-01-14T16:00:00-03:00', tz: 'America/Argentina/Buenos_Aires' } as const;
// Tuesday 12 January 2027, 08:00 in Bogotá.
const BOG_TUE = { sentAt: '2027-01-12T08:00:00-05:00', tz: 'America/Bogota' } as const;

// Tuesday 12 January 2027, 11:00 in Paris.
const PAR_TUE = { sentAt: '2027-01-12T11:00:00+01:00', tz: 'Europe/Paris' } as const;
// Thursday 14 January 2027, 09:00 in Geneva.
const GVA_THU = { sentAt: '2027-01-14T09:00:00+01:00', tz: 'Europe/Zurich' } as const;
// Wednesday 13 January 2027, 14:00 in Montréal.
const YUL_WED = { sentAt: '2027-01-13T14:00:00-05:00', tz: 'America/Toronto' } as const;
// Monday 11 January 2027, 10:00 in Brussels.
const BRU_MON = { sentAt: '2027-01-11T10:00:00+01:00', tz: 'Europe/Brussels' } as const;

/** Round 71: German recruiter mail and ATS templates, sixth unseen round. */
export const ROUND_71_DE: readonly PhraseRow[] = [
  {
    ...HAM_TUE,
    text: 'Einladung zum Vorstellungsgespräch – Werkstudent Controlling (m/w/d)\n\nSehr geehrte Frau Hoffmann,\n\nvielen Dank für Ihre Bewerbung und Ihr Interesse an der Nordlicht Energie GmbH. Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gerne persönlich kennenlernen.\n\nWann: Donnerstag, 21.01.2027, 14:30 Uhr\nWo: Am Sandtorkai 41, 20457 Hamburg, 3. OG\nGesprächspartner: Jan Petersen (Leitung Controlling), Aylin Demir (People & Culture)\n\nSollte Ihnen der Termin nicht passen, geben Sie uns bitte kurz Bescheid.\n\nMit freundlichen Grüßen\nAylin Demir\nPeople & Culture\nTel.: +49 40 3344 5120\n\nNordlicht Energie GmbH | Am Sandtorkai 41 | 20457 Hamburg\nSitz der Gesellschaft: Hamburg | Amtsgericht Hamburg HRB 158204 | Geschäftsführer: Dr. Henrik Lund, Maren Voss',
    expect: [{ kind: 'interview', by: '2027-01-21', time: '14:30' }],
  },
  {
    ...HAM_TUE,
    text: 'Eingangsbestätigung Ihrer Bewerbung\n\nSehr geehrter Herr Albers,\n\nwir bestätigen den Eingang Ihrer Bewerbung als Fachinformatiker Systemintegration (m/w/d). Bewerbungsschluss ist der 31.01.2027. Die Vorstellungsgespräche planen wir in der 5. und 6. Kalenderwoche; sollten wir Sie einladen wollen, kommen wir gesondert auf Sie zu.\n\nHinweis zum Datenschutz: Ihre Daten werden gemäß Art. 6 DSGVO ausschließlich für das Bewerbungsverfahren verarbeitet und spätestens sechs Monate nach dessen Abschluss gelöscht.\n\nIhr Recruiting-Team\nStadtwerke Elbmarsch GmbH',
    expect: [],
  },
  {
    ...HAM_TUE,
    text: 'Sehr geehrter Herr Yıldırım,\n\nleider müssen wir das für Montag, 18.01., 11 Uhr vereinbarte Gespräch verschieben, da Herr Krause kurzfristig auf Dienstreise muss.\n\nNeuer Termin: Mittwoch, 20.01.2027 um 11:00 Uhr, gleicher Ort.\n\nWir bitten die Umstände zu entschuldigen.\n\nFreundliche Grüße\nKerstin Wolff\nAssistenz der Geschäftsleitung\nHanseatische Kühltechnik KG\nTel. 040 889 12-0',
    expect: [{ kind: 'interview', by: '2027-01-20', time: '11:00' }],
  },
  {
    ...HAM_TUE,
    text: 'Hallo Frau Brückner,\n\nfür das Zweitgespräch können wir Ihnen folgende Termine anbieten:\n\n- Di., 19.01., 9:00 Uhr\n- Mi., 20.01., 15:30 Uhr\n- Fr., 22.01., 10:00 Uhr\n\nBitte teilen Sie uns bis Freitag mit, welcher Termin Ihnen am besten passt.\n\nViele Grüße\nOle Hansen',
    expect: [],
  },
  {
    ...ZRH_MON,
    text: 'Grüezi Herr Baumgartner\n\nBesten Dank für das offene Gespräch vom 7. Januar. Wir haben uns die Entscheidung nicht leicht gemacht, uns aber für eine Kandidatin entschieden, deren Profil noch besser auf die Anforderungen passt.\n\nWir wünschen Ihnen für die Zukunft alles Gute.\n\nFreundliche Grüsse\nAndrea Huber\nHR Business Partner\nAlpina Treuhand AG, Bahnhofstrasse 12, 8001 Zürich\n\n-----Ursprüngliche Nachricht-----\nVon: Lukas Baumgartner\nGesendet: Freitag, 8. Januar 2027 17:02\nAn: Jobs Alpina\nBetreff: AW: Gespräch vom 7. Januar\n\nGuten Tag Frau Huber\nNochmals herzlichen Dank für das Gespräch. Ich freue mich auf Ihre Rückmeldung.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...HAM_TUE,
    text: 'Sehr geehrte Frau Kowalski,\n\nvielen Dank für Ihre Bewerbung. Die Stellenausschreibung läuft noch bis zum 22. Januar. Innerhalb von zwei Wochen nach Ende der Ausschreibungsfrist erhalten alle Bewerberinnen und Bewerber eine Nachricht von uns.\n\nMit freundlichen Grüßen\nPersonalabteilung\nLandkreis Harburg – Kreisverwaltung',
    expect: [{ kind: 'response-by', by: '2027-02-05' }],
  },
  {
    ...HAM_TUE,
    text: 'Hallo Herr Dietrich,\n\ndanke für Ihre Nachfrage. Ganz konkret kann ich Ihnen im Moment leider noch nichts sagen, weil die Budgetfreigabe noch aussteht. Ich gehe aber fest davon aus, dass Sie bis spätestens Ende nächster Woche eine Rückmeldung von uns haben.\n\nBeste Grüße\nSvenja Marx\nRecruiting | Kontorhaus Medien GmbH',
    expect: [{ kind: 'response-by', by: '2027-01-22' }],
  },
  {
    ...VIE_FRI,
    text: 'Sehr geehrter Herr Fuchs,\n\ndanke für Ihre Nachfrage. Unsere Fachabteilung ist wegen der Jahresinventur bis zum 22. Jänner vollständig ausgelastet. Ich darf Sie daher bitten, sich frühestens am 25. Jänner wieder bei mir zu melden – dann kann ich Ihnen sicher mehr sagen.\n\nMit freundlichen Grüßen\nMag. Elisabeth Pölzl\nPersonalentwicklung\nDonauland Versicherung AG\nFN 112233x, Handelsgericht Wien',
    expect: [{ kind: 'no-contact-before', by: '2027-01-25' }],
  },
  {
    ...HAM_TUE,
    // Issue 13, class 6: an absence gives its first day back (an expectation of nothing before the 2026-12-06 ruling).
    text: 'Automatische Antwort: Ihre Bewerbung – Kennziffer 2027-014\n\nVielen Dank für Ihre Nachricht. Ich bin bis einschließlich 15.01.2027 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an bewerbung@elbtor-logistik.de oder telefonisch an 040 5512-300.\n\nMit freundlichen Grüßen\nTanja Reimers',
    expect: [{ kind: 'no-contact-before', by: '2027-01-16' }],
  },
  {
    ...MUC_THU,
    text: 'Sehr geehrte Bewerberin, sehr geehrter Bewerber,\n\nwir haben Ihre Unterlagen erhalten und prüfen diese derzeit. Wir bitten Sie, sich bei Fragen zum Stand Ihrer Bewerbung ausschließlich über das Bewerberportal und keinesfalls telefonisch an unsere Personalabteilung zu wenden.\n\nMit freundlichen Grüßen\nIsarwerk Pharma GmbH\nGeschäftsführung: Dr. Petra Vogl · Registergericht München HRB 20417',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...MUC_THU,
    text: 'Sehr geehrter Herr Lehmann,\n\nnach den sehr guten Gesprächen freuen wir uns, Ihnen die Position als Projektingenieur Elektrotechnik anbieten zu können. Den Arbeitsvertrag mit Eintrittsdatum 01.03.2027 haben wir Ihnen per Post zugeschickt. Wir würden uns freuen, wenn Sie uns Ihre Entscheidung bis zum 22.01.2027 mitteilen.\n\nMit freundlichen Grüßen\nThomas Berger\nBereichsleitung Engineering',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...VIE_FRI,
    text: 'Neue Jobs für dich: „Pflegefachkraft“ in Graz\n\nDiplomierte Gesundheits- und Krankenpflegerin (w/m/d) – LKH Graz Süd – Bewerbungsschluss: 25.01.2027\nPflegeassistenz (m/w/d) – Seniorenresidenz Mariatrost – Online-Vorstellungsgespräch möglich\n\nDu erhältst diese E-Mail, weil du auf karriere.at einen Job-Alarm eingerichtet hast. Job-Alarm verwalten',
    expect: [],
  },
  {
    ...MUC_THU,
    text: 'Einladung zum IT-Karrieretag\n\nAm Mittwoch, 27. Januar 2027, von 16 bis 19 Uhr laden wir Sie in unseren Campus in Garching ein. Führen Sie vor Ort Kurzinterviews mit unseren Teamleads und lernen Sie unsere offenen Stellen kennen. Anmeldung bis 20.01. unter karriere.isarwerk.de/events.\n\nSie erhalten diese Einladung, weil Sie unserem Talent Pool beigetreten sind. Abmelden',
    expect: [],
  },
  {
    ...HAM_TUE,
    text: 'Hallo Frau Nguyen,\n\nals nächsten Schritt bitten wir Sie, unseren Online-Test (ca. 45 Minuten) bis spätestens Sonntag, 17.01.2027, 23:59 Uhr abzuschließen. Den persönlichen Zugangslink finden Sie unten; er ist nur bis zu diesem Zeitpunkt gültig.\n\nViel Erfolg!\nIhr Recruiting-Team\n\nPowered by softgarden',
    expect: [],
  },
  {
    ...MUC_THU,
    text: 'Sehr geehrte Frau Albers,\n\nich möchte mich nach dem Stand meiner Bewerbung vom 4. Januar erkundigen. Sie hatten mir eine Rückmeldung bis Ende letzter Woche in Aussicht gestellt. Gerne stehe ich ab dem 18. Januar für ein persönliches Gespräch zur Verfügung.\n\nMit freundlichen Grüßen\nKatrin Scholz\nTel. 0176 22334455',
    expect: [],
  },
  {
    ...MUC_THU,
    text: 'Hallo zusammen,\n\nanbei die Agenda für die Interviews am Dienstag:\n09:00 Uhr – Frau Kaya (Senior Buyer)\n10:30 Uhr – Herr Lenz (Senior Buyer)\n13:00 Uhr – Frau Marković (Junior Buyer)\n\nBitte tragt euch den Raum Zugspitze ein.\n\nDanke & Gruß\nMelanie',
    expect: [],
  },
  {
    ...HAM_TUE,
    text: 'Ihre Bestellung bei Bewerbungsshop24\n\nBestellnummer: 100-4471902\nRechnungsdatum: 11.01.2027\nArtikel: Bewerbungsmappe „Business“ (5 Stück)\nVoraussichtliche Lieferung: 14.01. – 16.01.2027\n\nWiderrufsbelehrung: Sie haben das Recht, binnen vierzehn Tagen ohne Angabe von Gründen diesen Vertrag zu widerrufen.\n\nBewerbungsshop24 GmbH, Amtsgericht Bremen HRB 31877, USt-IdNr. DE298765432',
    expect: [],
  },
  {
    ...HAM_TUE,
    text: 'Hey Jonas,\n\ngute Nachrichten: Der Kunde würde dich gerne kennenlernen! Passt dir Freitag um halb elf per Zoom? Es wären Lena (CTO) und ich dabei, ungefähr eine Stunde.\n\nLG\nMalte\nNordwind Tech Recruiting\n+49 171 4455667',
    expect: [{ kind: 'interview', by: '2027-01-15', time: '10:30' }],
  },
  {
    ...MUC_THU,
    text: 'Sehr geehrte Frau Bauer,\n\nIhr Gespräch mit unserer Bereichsleiterin findet am Montag, 18.01.2027 um 9:30 Uhr in unserer Zentrale, Leopoldstraße 150, statt. Eine Rückmeldung geben wir Ihnen in der Regel innerhalb von drei Werktagen nach dem Gespräch.\n\nMit freundlichen Grüßen\nPeople Team\nBavaria Mobility SE',
    expect: [
      { kind: 'interview', by: '2027-01-18', time: '09:30' },
      { kind: 'response-by', by: '2027-01-21' },
    ],
  },
  {
    ...VIE_FRI,
    text: 'Ihr Termin\n\nDatum\n\nMittwoch, 20. Jänner 2027\n\nUhrzeit\n\n13:00 – 14:00 Uhr (MEZ)\n\nOrt\n\nMicrosoft Teams-Besprechung\n\nJetzt an der Besprechung teilnehmen\n\nWir freuen uns auf das Gespräch!\nIhr HR-Team der Wiener Lokalbahnen Service GmbH',
    expect: [{ kind: 'interview', by: '2027-01-20', time: '13:00' }],
  },
  {
    ...HAM_TUE,
    text: 'Moin Herr Petersen,\n\nvielen Dank für Ihre Geduld. Wir sind mit den Gesprächen fast durch und werden Ihnen im Laufe der KW 3 eine Rückmeldung geben.\n\nViele Grüße aus Kiel\nFrauke Jessen\nOstsee Werft Service GmbH',
    expect: [{ kind: 'response-by', by: '2027-01-22' }],
  },
];

/** Round 72: Spanish recruiter mail and ATS templates, sixth unseen round. */
export const ROUND_72_ES: readonly PhraseRow[] = [
  {
    ...MAD_TUE,
    text: 'Asunto: Convocatoria a entrevista – Técnico/a de Nóminas\n\nEstimada Sra. Gallego:\n\nEn relación con su candidatura al puesto de Técnico/a de Nóminas, nos complace convocarla a una entrevista personal que tendrá lugar el próximo lunes 18 de enero a las 12:30 h en nuestras oficinas de Calle de Alcalá 214, 3.º izq., 28028 Madrid. Le rogamos que traiga consigo su DNI.\n\nLe agradeceríamos que nos confirmara su asistencia respondiendo a este correo.\n\nAtentamente,\nNuria Carrasco\nDepartamento de Personas\nTel. 91 555 32 10\n\nAsesoría Levante Nóminas, S.L. – CIF B87654321 – Inscrita en el Registro Mercantil de Madrid, Tomo 36.120, Folio 45, Hoja M-649210.\nDe conformidad con el Reglamento (UE) 2016/679 (RGPD), le informamos de que sus datos se conservarán durante un plazo máximo de 12 meses.',
    expect: [{ kind: 'interview', by: '2027-01-18', time: '12:30' }],
  },
  {
    ...MAD_TUE,
    text: '¡Gracias por postularte a Cafés del Sur!\n\nHola Marina, hemos recibido tu candidatura para Encargado/a de tienda. Las entrevistas se realizarán entre el 25 de enero y el 5 de febrero; si tu perfil encaja con lo que buscamos, te contactaremos para agendar una.\n\n¡Mucha suerte!\nEl equipo de Talento de Cafés del Sur',
    expect: [],
  },
  {
    ...MEX_WED,
    text: 'Hola Daniela, buen día.\n\nTe escribo porque el gerente tuvo un viaje imprevisto y no podrá atenderte mañana jueves a las 10:00. ¿Podemos pasar la entrevista al martes 19 de enero a las 16:00 hrs, por Google Meet? Una disculpa por el cambio.\n\nSaludos,\nKarla Méndez\nAtracción de Talento | Grupo Altiplano\nTel. 55 5123 4567',
    expect: [{ kind: 'interview', by: '2027-01-19', time: '16:00' }],
  },
  {
    ...LIM_MON,
    text: 'Estimado Sr. Paredes:\n\nPara la segunda entrevista le proponemos los siguientes horarios:\n• Lunes 18/01 – 9:00 a. m.\n• Martes 19/01 – 3:00 p. m.\n• Jueves 21/01 – 11:30 a. m.\n\nPor favor, indíquenos cuál le acomoda antes del viernes.\n\nCordialmente,\nRocío Salazar\nSelección de Personal – Minera Andina S.A.C.',
    expect: [],
  },
  {
    ...BUE_THU,
    text: 'Hola Nahuel, ¿cómo estás?\n\nTe agradecemos muchísimo el tiempo que le dedicaste al proceso. En esta oportunidad decidimos avanzar con otro perfil, más cercano a lo que hoy necesita el equipo. Vamos a guardar tus datos para futuras búsquedas.\n\n¡Éxitos!\nVicky\nTalent | Pampa Software\n\nEl mar, 5 ene 2027 a las 18:20, Nahuel Ferreyra <nahuel.ferreyra@correo.com.ar> escribió:\n> Hola Vicky, ¿hay alguna novedad? Me habían dicho que tendrían respuesta el lunes 4.\n> Saludos, Nahuel',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...MAD_TUE,
    text: 'Estimado/a aspirante:\n\nLe informamos de que la convocatoria permanece abierta hasta el 29 de enero. Dentro de los diez días hábiles siguientes al cierre publicaremos la lista de candidatos admitidos y nos pondremos en contacto con cada uno de ellos.\n\nFundación Mediterránea de Investigación – Área de RR. HH.',
    expect: [{ kind: 'response-by', by: '2027-02-12' }],
  },
  {
    ...MAD_TUE,
    text: 'Hola Jaime:\n\nGracias por tu paciencia. Aún no tenemos una fecha cerrada para la decisión final porque falta la validación de dirección; lo que sí te puedo asegurar es que, pase lo que pase, tendrás noticias nuestras a más tardar el viernes 22.\n\nUn abrazo,\nLucía\nPeople Partner – Bravo Logística',
    expect: [{ kind: 'response-by', by: '2027-01-22' }],
  },
  {
    ...LIM_MON,
    text: 'Hola Gonzalo:\n\nTe pedimos que no nos escribas para consultar por el estado de tu postulación hasta después del 20 de enero, cuando cierra la etapa de evaluación.\n\nSaludos cordiales,\nÁrea de Gestión del Talento\nCorporación Pacífico S.A.',
    expect: [{ kind: 'no-contact-before', by: '2027-01-21' }],
  },
  {
    ...MEX_WED,
    // Issue 13, class 6: an absence gives its first day back (an expectation of nothing before the 2026-12-06 ruling).
    text: 'Respuesta automática: Fuera de la oficina\n\nGracias por tu mensaje. Estoy fuera de la oficina hasta el 18 de enero con acceso limitado al correo. Para temas urgentes de reclutamiento, escribe a reclutamiento@altiplano.mx o llama al +52 55 5123 4500.\n\nGabriela Ríos',
    expect: [{ kind: 'no-contact-before', by: '2027-01-18' }],
  },
  {
    ...MAD_TUE,
    text: 'Estimado candidato:\n\nLe informamos de que, para garantizar la igualdad de trato entre todos los aspirantes, el Departamento de Recursos Humanos no facilitará, ni por teléfono ni de forma presencial, información sobre el estado del proceso.\n\nAtentamente,\nAyuntamiento de Villanueva del Río – Recursos Humanos',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...MAD_TUE,
    text: 'Hola Irene:\n\n¡Enhorabuena! Nos complace ofrecerte el puesto de Desarrolladora Frontend, con incorporación el 1 de febrero. Te adjuntamos la carta oferta con las condiciones; te agradeceríamos que nos indicaras si la aceptas antes del 19 de enero.\n\nUn saludo,\nPablo Sanz\nCTO – Nube Clara Tecnologías S.L.',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...MAD_TUE,
    text: 'Alerta de empleo: 7 nuevas ofertas de «Recepcionista» en Málaga\n\nRecepcionista de hotel – Hotel Costa Azul – Inscríbete antes del 31/01/2027\nRecepcionista bilingüe – Clínica Dental Sonrisa – Entrevistas inmediatas\n\nRecibes este correo porque tienes activada una alerta en InfoJobs. Gestionar alertas',
    expect: [],
  },
  {
    ...MAD_TUE,
    text: 'Te invitamos al Encuentro de Empleo TIC el jueves 28 de enero de 2027, de 9:30 a 14:00, en el Palacio de Congresos de Valencia. Habrá entrevistas rápidas con más de 30 empresas del sector. Inscripción gratuita hasta el 25 de enero.\n\nSi no deseas recibir más comunicaciones, haz clic aquí.',
    expect: [],
  },
  {
    ...BOG_TUE,
    text: 'Hola Santiago:\n\nComo siguiente paso del proceso, te invitamos a completar la entrevista en video de HireVue. Tienes hasta el domingo 17 de enero a las 11:59 p. m. para finalizarla; el enlace caduca después de esa fecha.\n\nMucho éxito,\nEquipo de Selección – Banco del Valle',
    expect: [],
  },
  {
    ...LIM_MON,
    text: 'Buenos días, Sra. Ibarra:\n\nLe escribo para dar seguimiento a mi postulación al puesto de Analista de Compras, enviada el 4 de enero. Quedo disponible para una entrevista cualquier día a partir del lunes 18 de enero, preferentemente por la mañana.\n\nSaludos cordiales,\nValeria Soto\nCel. 987 654 321',
    expect: [],
  },
  {
    ...MAD_TUE,
    text: 'Hola equipo:\n\nPara mañana tenemos estas entrevistas:\n9:00 h – Carla Núñez (presencial)\n10:30 h – Jorge Benítez (Teams)\n12:00 h – Aitor Lasa (presencial)\n\nPor favor, reservad la sala 2.\n\nGracias,\nMaite',
    expect: [],
  },
  {
    ...MAD_TUE,
    text: 'Confirmación de tu pedido nº 20931\n\nFecha del pedido: 11/01/2027\nProducto: Revisión profesional de CV + simulacro de entrevista\nEntrega estimada del informe: 14/01/2027\nTotal: 39,90 € (IVA incl.)\n\nDispones de 14 días naturales para ejercer tu derecho de desistimiento.\nCarrera Plus S.L. – NIF B12345678',
    expect: [],
  },
  {
    ...BOG_TUE,
    text: 'Detalles de tu entrevista\n\nCargo\nEjecutivo Comercial\nFecha\n20/01/2027\nHora\n15:00 (hora de Colombia)\nModalidad\nVideollamada por Microsoft Teams\n\nAgregar al calendario\n\nEste mensaje fue enviado desde la plataforma de selección de Seguros Andinos.',
    expect: [{ kind: 'interview', by: '2027-01-20', time: '15:00' }],
  },
  {
    ...MAD_TUE,
    text: 'Hola Óscar:\n\nTe confirmamos la entrevista técnica para el miércoles 20 de enero a las 10:30 h. Después de la entrevista recibirás nuestra respuesta en un plazo máximo de 48 horas.\n\nSaludos,\nEquipo de Ingeniería – Rioja Data S.L.',
    expect: [
      { kind: 'interview', by: '2027-01-20', time: '10:30' },
      { kind: 'response-by', by: '2027-01-22' },
    ],
  },
  {
    ...BUE_THU,
    text: '¡Hola Cami! Gracias por la buena onda en la charla de ayer. Esta semana el cliente está con el cierre, así que te estaría dando una respuesta a comienzos de la semana próxima.\n\nAbrazo,\nFlor\nSelectora – Andes Talent',
    expect: [{ kind: 'response-by', by: '2027-01-19', fuzzy: true }],
  },
];

/** Round 73: French recruiter mail and ATS templates, sixth unseen round. */
export const ROUND_73_FR: readonly PhraseRow[] = [
  {
    ...PAR_TUE,
    text: 'Objet : Invitation à un entretien – Chargé(e) de recrutement H/F\n\nBonjour Madame Marchand,\n\nNous avons étudié votre candidature avec attention et souhaiterions vous rencontrer pour un premier entretien.\n\nDate : mardi 19 janvier 2027\nHeure : 10h30\nLieu : 27 rue de la République, 69002 Lyon (interphone « Talentis »)\n\nMerci de nous confirmer votre présence en répondant à ce message.\n\nBien cordialement,\nCamille Fabre\nTalent Acquisition Manager\n06 12 34 56 78\n\nTalentis SAS – capital de 50 000 € – RCS Lyon 852 147 963 – SIRET 852 147 963 00027\nConformément au RGPD, vos données seront conservées 2 ans à compter de leur réception.',
    expect: [{ kind: 'interview', by: '2027-01-19', time: '10:30' }],
  },
  {
    ...PAR_TUE,
    text: 'Madame, Monsieur,\n\nNous accusons bonne réception de votre candidature au poste d’assistant(e) de direction et vous en remercions. Les entretiens se dérouleront dans la semaine du 1er février. Si votre profil est retenu, vous serez contacté(e) par téléphone.\n\nLe service des ressources humaines\nGroupe Hospitalier Val de Loire',
    expect: [],
  },
  {
    ...YUL_WED,
    text: 'Bonjour Jérémie,\n\nJe dois malheureusement annuler notre entrevue de demain 15 h, la gestionnaire étant retenue en formation. Serais-tu disponible lundi le 18 janvier à 13 h 30 à la place? Désolée pour le contretemps!\n\nMerci,\nAudrey Tremblay\nConseillère en acquisition de talents\nCoopérative Boréale | 514 555-0142, poste 218',
    expect: [{ kind: 'interview', by: '2027-01-18', time: '13:30' }],
  },
  {
    ...BRU_MON,
    text: 'Bonjour Monsieur Peeters,\n\nPour le second entretien, je vous propose les créneaux suivants : mercredi 20/01 à 9h, jeudi 21/01 à 14h ou vendredi 22/01 à 11h. Pourriez-vous me dire d’ici jeudi lequel vous convient le mieux ?\n\nBien à vous,\nSophie Lambert\nHR Officer – Brabant Services SRL\nTVA BE 0456.789.123',
    expect: [],
  },
  {
    ...PAR_TUE,
    text: "Madame,\n\nNous vous remercions de l'intérêt que vous portez à notre société. Après un examen attentif de votre dossier, nous sommes au regret de vous informer que votre candidature n'a pas été retenue pour ce poste.\n\nNous vous souhaitons pleine réussite dans vos recherches.\n\nLe service recrutement\n\nLe mer. 6 janv. 2027 à 09:14, Élodie Garnier <elodie.garnier@mail.fr> a écrit :\n> Bonjour, je me permets de revenir vers vous concernant ma candidature du 10 décembre. Je reste à votre disposition pour un entretien.",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...PAR_TUE,
    text: 'Bonjour Monsieur Haddad,\n\nNous vous confirmons votre participation à la session de recrutement collective du jeudi 21 janvier à 9h, dans nos locaux de Villeurbanne. Les candidats retenus seront informés dans les huit jours suivant la session.\n\nCordialement,\nL’équipe RH\nTransports Rhodaniens',
    expect: [
      { kind: 'interview', by: '2027-01-21', time: '09:00' },
      { kind: 'response-by', by: '2027-01-29' },
    ],
  },
  {
    ...PAR_TUE,
    text: 'Madame,\n\nLa date limite de dépôt des candidatures est fixée au 29 janvier 2027. Une réponse vous sera adressée au plus tard trois semaines après cette date.\n\nVeuillez agréer, Madame, l’expression de nos salutations distinguées.\n\nLa Direction des ressources humaines\nCommunauté d’agglomération du Grand Sud',
    expect: [{ kind: 'response-by', by: '2027-02-19' }],
  },
  {
    ...PAR_TUE,
    text: 'Bonjour Clément,\n\nJe n’ai malheureusement pas encore de retour définitif du comité de direction, qui se réunit rarement à cette période ; cela dit, je m’engage à vous donner une réponse, positive ou non, d’ici la fin de la semaine prochaine.\n\nBien à vous,\nMarion Lefort\nResponsable recrutement – Atelier Mercier',
    expect: [{ kind: 'response-by', by: '2027-01-22' }],
  },
  {
    ...BRU_MON,
    text: 'Madame Dumont,\n\nNous vous saurions gré de patienter jusqu’au lundi 25 janvier avant toute relance : le jury de sélection ne se réunit qu’à cette date.\n\nAvec nos salutations distinguées,\nService du personnel\nCPAS de Schaerbeek',
    expect: [{ kind: 'no-contact-before', by: '2027-01-25' }],
  },
  {
    ...GVA_THU,
    // Issue 13, class 6: an absence gives its first day back (an expectation of nothing before the 2026-12-06 ruling).
    text: "Réponse automatique : Absence du bureau\n\nBonjour,\n\nJe suis absente du bureau jusqu'au 22 janvier inclus. Votre message ne sera pas transféré. Pour toute question urgente concernant votre candidature, veuillez contacter rh@leman-horlogerie.ch ou le +41 22 555 12 00.\n\nMeilleures salutations,\nNadia Favre",
    expect: [{ kind: 'no-contact-before', by: '2027-01-23' }],
  },
  {
    ...PAR_TUE,
    text: 'Bonjour,\n\nNous avons bien reçu votre candidature. Pour des raisons d’organisation, aucune information sur l’avancement du recrutement ne pourra vous être communiquée par téléphone.\n\nCordialement,\nLa Direction des ressources humaines',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...YUL_WED,
    text: 'Bonjour Mme Gagnon,\n\nFélicitations! Nous avons le plaisir de vous offrir le poste de technicienne comptable au sein de notre équipe de Laval. Votre entrée en fonction est prévue le 1er février 2027. Veuillez nous faire part de votre décision au plus tard le mardi 19 janvier.\n\nCordialement,\nMartin Côté\nDirecteur des finances\nGroupe Laurentides inc.',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...PAR_TUE,
    text: 'Alerte Indeed : 6 nouveaux emplois « assistant administratif » à Bordeaux\n\nAssistant administratif H/F – Cabinet Dubreuil – Candidature simplifiée – Date limite de candidature : 31/01/2027\nAssistant RH H/F – Aquitaine Intérim – Entretiens dès la semaine prochaine\n\nVous recevez cet e-mail car vous avez créé une alerte emploi. Se désabonner',
    expect: [],
  },
  {
    ...BRU_MON,
    text: 'Salon de l’emploi Wallonie : rendez-vous le jeudi 28 janvier 2027 de 9h30 à 17h au Namur Expo. Préparez vos CV : les entreprises présentes feront passer des entretiens sur place. Inscription gratuite avant le 21 janvier.\n\nPour vous désinscrire de cette lettre d’information, cliquez ici.',
    expect: [],
  },
  {
    ...PAR_TUE,
    text: 'Bonjour Madame Roche,\n\nDans le cadre de votre candidature, nous vous invitons à passer un test de personnalité en ligne (25 minutes environ) avant le dimanche 17 janvier, 23h59. Passé ce délai, le lien ne sera plus actif.\n\nBonne chance !\nL’équipe Talents\nPowered by Flatchr',
    expect: [],
  },
  {
    ...PAR_TUE,
    text: 'Bonjour Monsieur Blanc,\n\nJe vous remercie pour notre échange du 8 janvier. Comme convenu, vous trouverez ci-joint mes références. Je reste disponible pour un second entretien à partir du 18 janvier, de préférence en matinée.\n\nBien cordialement,\nSarah Cohen\n07 98 76 54 32',
    expect: [],
  },
  {
    ...PAR_TUE,
    text: 'Bonjour à toutes et à tous,\n\nVoici le planning des entretiens de jeudi :\n9h15 – Mme Benali\n10h30 – M. Roussel\n14h – Mme Petit\n\nMerci de bloquer vos agendas.\n\nNathalie',
    expect: [],
  },
  {
    ...PAR_TUE,
    text: 'Confirmation de paiement\n\nFormation « Réussir son entretien d’embauche »\nDate de la session : 27/01/2027 à 18h\nMontant : 49,00 € TTC\n\nConformément à l’article L221-18 du Code de la consommation, vous disposez d’un délai de 14 jours pour exercer votre droit de rétractation.\nCarrière & Vous SARL – SIRET 901 234 567 00015',
    expect: [],
  },
  {
    ...GVA_THU,
    text: 'Votre entretien\n\nQuand\nvendredi 15 janvier 2027 · 14:00 - 14:45 (heure normale d’Europe centrale)\nOù\nGoogle Meet\nAvec\nThomas Nguyen, Lead Developer\n\nAjouter à l’agenda\n\nEnvoyé via Welcome to the Jungle',
    expect: [{ kind: 'interview', by: '2027-01-15', time: '14:00' }],
  },
  {
    ...BRU_MON,
    text: 'Bonjour Madame Wouters,\n\nMerci pour cet échange très intéressant de ce matin. Je fais le point avec le directeur des opérations et je reviens vers vous dans les tout prochains jours.\n\nBien à vous,\nKevin Janssens\nTalent Acquisition – Meuse Energy SA',
    expect: [{ kind: 'response-by', by: '2027-01-16', fuzzy: true }],
  },
];

// Rounds 74–76, written after rounds 71–73's fixes and before the engine read them: new messages, not paraphrases.

// Wednesday 3 March 2027, 09:40 in Berlin.
const BER_WED = { sentAt: '2027-03-03T09:40:00+01:00', tz: 'Europe/Berlin' } as const;
// Monday 8 March 2027, 11:10 in Vienna.
const VIE_MON = { sentAt: '2027-03-08T11:10:00+01:00', tz: 'Europe/Vienna' } as const;
// Thursday 4 March 2027, 15:30 in Zurich.
const ZRH_THU = { sentAt: '2027-03-04T15:30:00+01:00', tz: 'Europe/Zurich' } as const;
// Friday 5 March 2027, 08:20 in Leipzig.
const LEJ_FRI = { sentAt: '2027-03-05T08:20:00+01:00', tz: 'Europe/Berlin' } as const;

// Tuesday 2 March 2027, 12:00 in Madrid.
const MAD_TUE2 = { sentAt: '2027-03-02T12:00:00+01:00', tz: 'Europe/Madrid' } as const;
// Wednesday 3 March 2027, 09:00 in Mexico City.
const MEX_WED2 = { sentAt: '2027-03-03T09:00:00-06:00', tz: 'America/Mexico_City' } as const;
// Thursday 4 March 2027, 17:00 in Santiago (summer time).
const SCL_THU = { sentAt: '2027-03-04T17:00:00-03:00', tz: 'America/Santiago' } as const;
// Friday 5 March 2027, 10:00 in Bogotá.
const BOG_FRI = { sentAt: '2027-03-05T10:00:00-05:00', tz: 'America/Bogota' } as const;

// Tuesday 2 March 2027, 10:30 in Paris.
const PAR_TUE2 = { sentAt: '2027-03-02T10:30:00+01:00', tz: 'Europe/Paris' } as const;
// Wednesday 3 March 2027, 13:15 in Montréal.
const YUL_WED2 = { sentAt: '2027-03-03T13:15:00-05:00', tz: 'America/Toronto' } as const;
// Thursday 4 March 2027, 16:00 in Brussels.
const BRU_THU = { sentAt: '2027-03-04T16:00:00+01:00', tz: 'Europe/Brussels' } as const;
// Monday 8 March 2027, 09:00 in Lausanne.
const LSN_MON = { sentAt: '2027-03-08T09:00:00+01:00', tz: 'Europe/Zurich' } as const;
// Friday 5 March 2027, 11:00 in Dakar.
const DKR_FRI = { sentAt: '2027-03-05T11:00:00+00:00', tz: 'Africa/Dakar' } as const;

/** Round 74: German recruiter mail and ATS templates, seventh unseen round. */
export const ROUND_74_DE: readonly PhraseRow[] = [
  {
    ...BER_WED,
    text: 'Einladung zum Online-Interview\n\nLiebe Frau Schuster,\n\nherzlichen Dank für Ihr Interesse an unserem Traineeprogramm. Gerne möchten wir Sie zu einem ersten Online-Interview einladen:\n\nTermin: Di, 09.03.2027 | 10.00 Uhr\nPlattform: Webex (Einwahldaten im Anhang)\nDauer: 30 Minuten\n\nBitte geben Sie uns bis Freitag kurz Bescheid, ob der Termin für Sie passt.\n\nViele Grüße\nJana Krüger\nNachwuchsförderung\nSpreetal Versicherungen AG · Vorstand: Dr. Ralf Oster (Vors.), Ute Brehm · Amtsgericht Charlottenburg HRB 90211 B',
    expect: [{ kind: 'interview', by: '2027-03-09', time: '10:00' }],
  },
  {
    ...BER_WED,
    text: 'Sehr geehrter Herr Lorenz,\n\nwir müssen Ihr Gespräch leider vom 10. auf den 12. März verlegen; die Uhrzeit (11:30 Uhr) bleibt gleich.\n\nVielen Dank für Ihr Verständnis!\nPetra Engel\nPersonal',
    expect: [{ kind: 'interview', by: '2027-03-12', time: '11:30' }],
  },
  {
    ...BER_WED,
    text: 'Sehr geehrte Frau Öztürk,\n\nleider müssen wir das für morgen geplante Interview absagen, da die Stelle intern neu bewertet wird. Wir kommen auf Sie zu, sobald es Neuigkeiten gibt.\n\nMit freundlichen Grüßen\nHR Services',
    expect: [],
  },
  {
    ...LEJ_FRI,
    text: 'Hallo Herr Kunze,\n\nbitte wählen Sie über den folgenden Link einen passenden Termin für das Telefoninterview aus. Verfügbar sind Slots am 10., 11. und 12. März, jeweils zwischen 9 und 12 Uhr.\n\n» Termin auswählen\n\nBeste Grüße\nRecruiting-Team Saxonia Automotive',
    expect: [],
  },
  {
    ...VIE_MON,
    text: 'Sehr geehrter Herr Gasser,\n\nwir haben Ihre Bewerbungsunterlagen erhalten. Die Auswahlgespräche finden voraussichtlich Ende März statt. Wir melden uns spätestens in drei Wochen bei Ihnen.\n\nMit freundlichen Grüßen\nPersonalbüro der Stadtgemeinde Mödling',
    expect: [{ kind: 'response-by', by: '2027-03-29' }],
  },
  {
    ...BER_WED,
    text: 'Liebe Frau Hartmann,\n\ndie Sitzung des Auswahlgremiums ist für den 17. März angesetzt. Eine Entscheidung teilen wir Ihnen in der Woche danach mit.\n\nHerzliche Grüße\nDr. Anke Simon\nStiftung Lesewelt',
    expect: [{ kind: 'response-by', by: '2027-03-26' }],
  },
  {
    ...LEJ_FRI,
    text: 'Hallo Herr Ritter,\n\naktuell liegt Ihre Bewerbung beim Fachbereich zur Prüfung. Einen genauen Zeitpunkt für unsere Rückmeldung können wir Ihnen leider noch nicht nennen.\n\nViele Grüße\nSandra Pohl',
    expect: [],
  },
  {
    ...LEJ_FRI,
    text: 'Sehr geehrte Frau Jankowski,\n\num allen Bewerbungen gerecht zu werden, bitten wir Sie, von Nachfragen bis zum 19. März abzusehen.\n\nMit freundlichen Grüßen\nUniversitätsklinikum Mitteldeutschland – Personalgewinnung',
    expect: [{ kind: 'no-contact-before', by: '2027-03-19' }],
  },
  {
    ...VIE_MON,
    text: 'Sehr geehrter Herr Pichler,\n\nFrau Dr. Strasser ist bis 12. März auf Dienstreise; bitte haben Sie bis zu ihrer Rückkehr Geduld.\n\nFreundliche Grüße\nSekretariat Geschäftsführung',
    expect: [{ kind: 'no-contact-before', by: '2027-03-12', fuzzy: true }],
  },
  {
    ...BER_WED,
    text: 'Sehr geehrter Herr Scholz,\n\nvielen Dank für Ihre E-Mail. Eine telefonische Auskunft zum Bearbeitungsstand ist uns leider nicht möglich.\n\nMit freundlichen Grüßen\nBewerbermanagement',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...BER_WED,
    text: 'Hey Lena,\n\nich mach’s kurz und ehrlich: Leider reicht es diesmal nicht für die nächste Runde. Dein Case war stark, aber beim Thema Datenmodellierung suchen wir mehr Tiefe.\n\nAlles Gute und bleib gern in Kontakt!\nNils\nKolibri Analytics',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...ZRH_THU,
    text: 'Guten Tag Herr Wyss\n\nWir freuen uns, Ihnen mitteilen zu können, dass Sie uns im Gespräch überzeugt haben! Anbei erhalten Sie unser Vertragsangebot. Wir bitten um Ihre Rückmeldung bis zum 15.03.2027.\n\nFreundliche Grüsse\nHelvetia Bau AG\nPersonalabteilung',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...BER_WED,
    text: 'Jobs der Woche für Sie\n\nSachbearbeiter Lohn (m/w/d) – Havelland Service GmbH – Start: 01.04.2027 – Vorstellungsgespräche ab KW 11\nPersonalreferentin (w/m/d) – Brandenburger Tor Immobilien – Bewerbungsschluss 20.03.2027\n\nSie erhalten diese Nachricht, weil Sie den Indeed-Jobletter abonniert haben.',
    expect: [],
  },
  {
    ...LEJ_FRI,
    text: 'Digitaler Bewerbertag am 18.03.2027 von 10:00 bis 15:00 Uhr – jetzt anmelden und direkt mit unseren Recruiterinnen und Recruitern ins Gespräch kommen!\n\nWeitere Infos unter karriere.saxonia-automotive.de\nNewsletter abbestellen',
    expect: [],
  },
  {
    ...BER_WED,
    text: 'Hallo Frau Berger,\n\nzur Info: Der Kandidat für die Teamleitung, Herr Sommer, kommt am Freitag um 9 Uhr zum Probearbeiten. Können Sie ihn am Empfang abholen?\n\nDanke!\nMarco',
    expect: [],
  },
  {
    ...ZRH_THU,
    text: 'Guten Tag Frau Frei\n\nBesten Dank für Ihre Bewerbung. Wir melden uns in Kürze bei Ihnen.\n\nFreundliche Grüsse\nHR Team\n\n--\nMeissner Treuhand AG · Sitz: Winterthur · UID CHE-123.456.789 · Stand der Datenschutzhinweise: 01.03.2027',
    expect: [],
  },
];

/** Round 75: Spanish recruiter mail and ATS templates, seventh unseen round. */
export const ROUND_75_ES: readonly PhraseRow[] = [
  {
    ...MEX_WED2,
    text: 'Estimada Lic. Paola Herrera:\n\nPor medio del presente, le hacemos una cordial invitación para presentarse a entrevista el próximo martes 9 de marzo a las 11:30 a. m., en Av. Insurgentes Sur 1602, piso 8, Col. Crédito Constructor. Favor de presentarse 10 minutos antes con identificación oficial.\n\nSaludos cordiales,\nLic. Arturo Vega\nCapital Humano | Distribuidora del Valle S.A. de C.V.\nTel. (55) 5322 1400 ext. 210',
    expect: [{ kind: 'interview', by: '2027-03-09', time: '11:30' }],
  },
  {
    ...SCL_THU,
    text: 'Hola Benja! Confirmado entonces: mañana a las 15 hrs te llamamos por Teams. Cualquier cosa me avisas 🙌\n\nCata\nPeople | Cordillera Pagos SpA',
    expect: [{ kind: 'interview', by: '2027-03-05', time: '15:00' }],
  },
  {
    ...MAD_TUE2,
    text: 'Estimado Sr. Iglesias:\n\nLe informamos que, por motivos de agenda del comité, su entrevista prevista para el 10 de marzo se traslada al jueves 11 de marzo, a la misma hora (9:30 h).\n\nDisculpe las molestias.\n\nUn cordial saludo,\nSecretaría de Selección\nConsorcio de Aguas del Ebro',
    expect: [{ kind: 'interview', by: '2027-03-11', time: '09:30' }],
  },
  {
    ...MAD_TUE2,
    text: 'Estimada Sra. Molina:\n\nLamentamos comunicarle que la entrevista del viernes queda suspendida hasta nuevo aviso, ya que el proceso se ha congelado temporalmente. Le mantendremos informada.\n\nAtentamente,\nRR. HH.',
    expect: [],
  },
  {
    ...BOG_FRI,
    text: 'Hola Juan Pablo, ¿cuál de estas opciones te queda mejor para la videollamada?\n\na) lunes 8 a las 10:00\nb) martes 9 a las 17:30\nc) miércoles 10 a las 12:00\n\nQuedo atenta,\nMariana\nTalento Humano – Café Origen S.A.S.',
    expect: [],
  },
  {
    ...MAD_TUE2,
    text: 'Hola Elena:\n\nEsta semana cerramos la ronda de entrevistas con los demás finalistas; la tuya fue la primera y nos dejó muy buena impresión.\n\nUn saludo,\nJorge',
    expect: [],
  },
  {
    ...MAD_TUE2,
    text: 'Estimado candidato:\n\nSu assessment center se celebrará el martes 16 de marzo a las 9:00 en nuestra sede de Sevilla. Los resultados se comunicarán en un plazo de diez días naturales a partir de esa fecha.\n\nAtentamente,\nDirección de Personas – Grupo Alhambra',
    expect: [
      { kind: 'interview', by: '2027-03-16', time: '09:00' },
      { kind: 'response-by', by: '2027-03-26' },
    ],
  },
  {
    ...MAD_TUE2,
    text: 'Hola Nerea:\n\nNo queremos tenerte esperando sin noticias: aunque la decisión final depende de dirección, te escribiremos sí o sí antes de que termine el mes.\n\nUn abrazo,\nAna',
    expect: [{ kind: 'response-by', by: '2027-03-31' }],
  },
  {
    ...MAD_TUE2,
    text: 'Estimado Sr. Prieto:\n\nLe rogamos que no realice consultas sobre su candidatura durante las próximas tres semanas.\n\nAtentamente,\nServicio de Selección',
    expect: [{ kind: 'no-contact-before', by: '2027-03-23' }],
  },
  {
    ...BOG_FRI,
    text: 'Apreciado aspirante:\n\nPor el volumen de postulaciones, nuestro equipo no tiene la capacidad de atender llamadas ni mensajes de WhatsApp sobre el proceso.\n\nCordialmente,\nGestión Humana',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...BOG_FRI,
    text: 'Respetada Sra. Cárdenas:\n\nAgradecemos sinceramente su interés en formar parte de nuestra organización. Luego de analizar cuidadosamente su hoja de vida, hemos determinado que en esta ocasión no continuará en el proceso de selección.\n\nCordialmente,\nDirección de Talento',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...MAD_TUE2,
    text: '¡Felicidades, Valentina! Nos encantaría que te unieras a nuestro equipo como Coordinadora de Eventos. Te adjunto la oferta económica; por favor, respóndenos antes del viernes 12 de marzo.\n\nUn abrazo,\nLaura – Fiesta Viva Eventos',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...BOG_FRI,
    text: 'Computrabajo: 5 empleos nuevos para «Auxiliar contable» en Bogotá. Postúlate hoy, estas ofertas cierran el 15/03/2027.\n\nAuxiliar contable – Inversiones Aurora – Entrevista inmediata',
    expect: [],
  },
  {
    ...BOG_FRI,
    text: 'Inscríbete a nuestro Career Day virtual el miércoles 17 de marzo, de 16:00 a 19:00 (hora de Bogotá): charlas, entrevistas exprés y networking con nuestros líderes.',
    expect: [],
  },
  {
    ...MEX_WED2,
    text: 'Estimado Sr. Navarro:\n\nLe agradezco la oportunidad de la entrevista de ayer. Como le comenté, tengo disponibilidad inmediata y podría incorporarme el 1 de abril. Quedo atenta a sus comentarios.\n\nSaludos cordiales,\nRebeca Salinas',
    expect: [],
  },
  {
    ...MEX_WED2,
    text: 'Gracias por postularte. Revisaremos tu perfil y te contactaremos dentro de las próximas dos semanas si encaja con lo que buscamos.\n\n--\nEste mensaje y sus anexos son confidenciales. Aviso de privacidad actualizado el 01/03/2027. Grupo Norte Servicios S.A. de C.V.',
    expect: [{ kind: 'response-by', by: '2027-03-17' }],
  },
];

/** Round 76: French recruiter mail and ATS templates, seventh unseen round. */
export const ROUND_76_FR: readonly PhraseRow[] = [
  {
    ...PAR_TUE2,
    text: 'Madame,\n\nSuite à l’examen de votre candidature, nous avons le plaisir de vous convier à un entretien selon les modalités suivantes :\n\n- Date : le mercredi 10 mars 2027\n- Horaire : 9 h 45\n- Adresse : Hôtel de Ville, 2 place de l’Hôtel de Ville, 44000 Nantes, salle B204\n- Composition du jury : M. Le Goff (DGS), Mme Martin (DRH)\n\nNous vous remercions de bien vouloir confirmer votre présence.\n\nLa Direction des ressources humaines',
    expect: [{ kind: 'interview', by: '2027-03-10', time: '09:45' }],
  },
  {
    ...YUL_WED2,
    text: 'Salut Olivier!\n\nEst-ce que jeudi 11 mars à 10 h 30 te conviendrait pour une entrevue Teams avec Josée?\n\nMerci!\nÉmilie\nRecrutement | Érablière Techno',
    expect: [{ kind: 'interview', by: '2027-03-11', time: '10:30' }],
  },
  {
    ...PAR_TUE2,
    text: 'Bonjour Monsieur Perrin,\n\nNous devons avancer votre entretien, initialement prévu le vendredi 12 mars, au jeudi 11 mars à 16h. Merci de nous indiquer si cela vous convient.\n\nCordialement,\nAssistante RH',
    expect: [{ kind: 'interview', by: '2027-03-11', time: '16:00' }],
  },
  {
    ...PAR_TUE2,
    text: 'Bonjour Madame Giraud,\n\nPour fixer votre entretien, merci de réserver un créneau parmi ceux proposés dans le lien ci-dessous (disponibilités du 8 au 12 mars, entre 9h et 12h).\n\n→ Choisir mon créneau\n\nL’équipe recrutement',
    expect: [],
  },
  {
    ...PAR_TUE2,
    text: 'Madame, Monsieur,\n\nNous accusons réception de votre candidature. Les entretiens auront lieu courant avril ; les candidats présélectionnés seront contactés par téléphone.\n\nLe service RH',
    expect: [],
  },
  {
    ...BRU_THU,
    text: 'Madame,\n\nLa commission de recrutement se réunira le 18 mars ; chaque candidat recevra une réponse écrite dans la quinzaine qui suit.\n\nVeuillez agréer, Madame, nos salutations distinguées.\n\nLe Secrétariat – Commune d’Ixelles',
    expect: [{ kind: 'response-by', by: '2027-04-01' }],
  },
  {
    ...PAR_TUE2,
    text: 'Bonjour Hugo,\n\nJe comprends votre impatience. Sans pouvoir vous donner de date précise pour la décision finale, je peux au moins vous promettre un point d’étape par mail avant la fin de la semaine.\n\nBien à vous,\nClaire',
    expect: [{ kind: 'response-by', by: '2027-03-05' }],
  },
  {
    ...PAR_TUE2,
    text: 'Madame,\n\nAfin de nous permettre d’étudier sereinement l’ensemble des dossiers, nous vous prions de ne pas nous solliciter durant les dix prochains jours.\n\nCordialement,\nLe service recrutement',
    expect: [{ kind: 'no-contact-before', by: '2027-03-12' }],
  },
  {
    ...BRU_THU,
    text: 'Offre d’emploi – Comptable (H/F)\n\nLes agences de recrutement et de travail intérimaire sont priées de s’abstenir de tout démarchage téléphonique.\n\nMerci de postuler via notre site.',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...LSN_MON,
    text: 'Madame,\n\nNous avons examiné votre dossier avec attention. Malheureusement, d’autres profils correspondent davantage aux exigences du poste et nous ne sommes donc pas en mesure de retenir votre candidature.\n\nNous vous adressons, Madame, nos meilleures salutations.\n\nRessources humaines – Vaudoise Énergie SA',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...PAR_TUE2,
    text: 'Monsieur,\n\nC’est avec grand plaisir que nous vous confirmons notre proposition d’embauche en CDI au poste de chef de projet. Nous vous serions reconnaissants de nous retourner la promesse d’embauche signée d’ici le 12 mars.\n\nBien cordialement,\nLa Direction',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...PAR_TUE2,
    text: 'APEC – 3 nouvelles offres correspondent à votre recherche « contrôleur de gestion »\n\nContrôleur de gestion industriel H/F – Lyon – publiée le 01/03/2027 – entretiens prévus semaine 11\n\nModifier mon alerte | Me désabonner',
    expect: [],
  },
  {
    ...DKR_FRI,
    text: 'Job dating Alternance : rendez-vous le mercredi 17 mars de 14h à 18h à la CCI de Dakar. Venez avec votre CV, des entretiens de 10 minutes vous attendent !',
    expect: [],
  },
  {
    ...DKR_FRI,
    text: 'Bonjour Madame Ndiaye,\n\nSuite à notre entretien de ce matin, je vous confirme mon vif intérêt pour le poste. Je serai joignable toute la semaine et disponible pour un second entretien dès lundi prochain.\n\nBien cordialement,\nMoussa Diop',
    expect: [],
  },
  {
    ...PAR_TUE2,
    text: 'Bonjour Paul,\n\nPeux-tu réserver la salle Bleue mardi de 9h à 12h ? On enchaîne trois entretiens pour le poste de comptable.\n\nMerci !\nSarah',
    expect: [],
  },
  {
    ...LSN_MON,
    text: 'Monsieur,\n\nVous recevrez votre contrat de travail par courrier recommandé sous huitaine.\n\nMeilleures salutations,\nService du personnel',
    expect: [{ kind: 'response-by', by: '2027-03-15', fuzzy: true }],
  },
];

// Rounds 77–79, written after rounds 74–76's fixes and before the engine read them: new messages, not paraphrases.

// Tuesday 6 April 2027, 10:00 in Munich.
const MUC_TUE = { sentAt: '2027-04-06T10:00:00+02:00', tz: 'Europe/Berlin' } as const;
// Thursday 8 April 2027, 11:00 in Hamburg.
const HAM_THU = { sentAt: '2027-04-08T11:00:00+02:00', tz: 'Europe/Berlin' } as const;
// Wednesday 7 April 2027, 09:00 in London (a German message to a recipient in the UK).
const LON_WED = { sentAt: '2027-04-07T09:00:00+01:00', tz: 'Europe/London' } as const;
// Friday 9 April 2027, 14:00 in Graz.
const GRZ_FRI = { sentAt: '2027-04-09T14:00:00+02:00', tz: 'Europe/Vienna' } as const;
// Monday 12 April 2027, 08:30 in Basel.
const BSL_MON = { sentAt: '2027-04-12T08:30:00+02:00', tz: 'Europe/Zurich' } as const;

// Tuesday 6 April 2027, 11:00 in Madrid.
const MAD_TUE3 = { sentAt: '2027-04-06T11:00:00+02:00', tz: 'Europe/Madrid' } as const;
// Wednesday 7 April 2027, 09:00 in Lima.
const LIM_WED = { sentAt: '2027-04-07T09:00:00-05:00', tz: 'America/Lima' } as const;
// Wednesday 7 April 2027, 15:00 in Buenos Aires.
const BUE_WED = { sentAt: '2027-04-07T15:00:00-03:00', tz: 'America/Argentina/Buenos_Aires' } as const;
// Thursday 8 April 2027, 10:00 in Bogotá.
const BOG_THU = { sentAt: '2027-04-08T10:00:00-05:00', tz: 'America/Bogota' } as const;
// Monday 12 April 2027, 12:00 in Mexico City.
const MEX_MON = { sentAt: '2027-04-12T12:00:00-06:00', tz: 'America/Mexico_City' } as const;
// Tuesday 13 April 2027, 10:00 in Santiago (winter time).
const SCL_TUE = { sentAt: '2027-04-13T10:00:00-04:00', tz: 'America/Santiago' } as const;

// Tuesday 6 April 2027, 09:30 in Paris.
const PAR_TUE3 = { sentAt: '2027-04-06T09:30:00+02:00', tz: 'Europe/Paris' } as const;
// Thursday 8 April 2027, 11:00 in Montréal.
const YUL_THU = { sentAt: '2027-04-08T11:00:00-04:00', tz: 'America/Toronto' } as const;
// Friday 9 April 2027, 10:00 in Geneva.
const GVA_FRI = { sentAt: '2027-04-09T10:00:00+02:00', tz: 'Europe/Zurich' } as const;
// Monday 12 April 2027, 14:00 in Brussels.
const BRU_MON2 = { sentAt: '2027-04-12T14:00:00+02:00', tz: 'Europe/Brussels' } as const;
// Wednesday 7 April 2027, 10:00 in Tunis.
const TUN_WED = { sentAt: '2027-04-07T10:00:00+01:00', tz: 'Africa/Tunis' } as const;

/** Round 77: German recruiter mail and ATS templates, eighth unseen round. */
export const ROUND_77_DE: readonly PhraseRow[] = [
  {
    ...HAM_THU,
    text: 'Hallo Frau Weber,\n\nwie telefonisch besprochen, bestätige ich Ihnen hiermit unser Kennenlerngespräch am kommenden Montag, den 12. April, um 13:15 Uhr in unserer Niederlassung Hamburg-Altona (Große Bergstraße 160). Bitte melden Sie sich am Empfang bei Frau Kühn.\n\nFreundliche Grüße\nTobias Wendt\nVertriebsleiter Nord\nMobil: 0172 5566778',
    expect: [{ kind: 'interview', by: '2027-04-12', time: '13:15' }],
  },
  {
    ...LON_WED,
    text: 'Hallo Frau Clarke,\n\nunser Video-Call mit dem Team in München ist für Mittwoch, 14. April, 16:00 Uhr MESZ angesetzt. Den Teams-Link schicke ich Ihnen separat.\n\nViele Grüße\nKatharina Vogt\nTalent Acquisition EMEA',
    expect: [{ kind: 'interview', by: '2027-04-14', time: '15:00' }],
  },
  {
    ...MUC_TUE,
    text: 'Hi Jan,\n\nkurze Rückfrage: Passt dir übermorgen um 8:30 ein kurzer Call mit unserer CTO? Dauert max. 20 Minuten.\n\nDanke dir!\nSelin',
    expect: [{ kind: 'interview', by: '2027-04-08', time: '08:30' }],
  },
  {
    ...MUC_TUE,
    text: 'Sehr geehrter Herr Krämer,\n\naufgrund einer Erkrankung im Team können wir den morgigen Termin leider nicht halten. Wäre Ihnen nächste Woche Dienstag um dieselbe Uhrzeit (10 Uhr) recht?\n\nMit freundlichen Grüßen\nBettina Lang',
    expect: [{ kind: 'interview', by: '2027-04-13', time: '10:00' }],
  },
  {
    ...MUC_TUE,
    text: 'Interviewplan KW 15\n\nMo 12.04. 09:00 – Kandidat A (Frau Yilmaz)\nMo 12.04. 11:00 – Kandidat B (Herr Roth)\nDi 13.04. 10:00 – Kandidatin C (Frau Haas)\n\nBitte die Feedbackbögen bis Mittwoch ausfüllen.',
    expect: [],
  },
  {
    ...HAM_THU,
    text: 'Sehr geehrte Frau Lindemann,\n\nvielen Dank für Ihre Bewerbung über unser Karriereportal. Bitte haben Sie Verständnis, dass die Bearbeitung aufgrund der Vielzahl an Bewerbungen einige Zeit in Anspruch nehmen kann.\n\nIhr Recruiting-Team',
    expect: [],
  },
  {
    ...HAM_THU,
    text: 'Hallo Herr Brandt,\n\nich bespreche Ihr Profil morgen mit der Geschäftsführung und melde mich spätestens Mitte nächster Woche.\n\nBeste Grüße\nNadine Fleck',
    expect: [{ kind: 'response-by', by: '2027-04-14', fuzzy: true }],
  },
  {
    ...GRZ_FRI,
    text: 'Sehr geehrter Herr Mag. Lechner,\n\ndie Entscheidung über die Besetzung der Stelle fällt Anfang Mai.\n\nMit freundlichen Grüßen\nSteirische Landesbahnen GmbH',
    expect: [{ kind: 'response-by', by: '2027-05-05', fuzzy: true }],
  },
  {
    ...MUC_TUE,
    text: 'Liebe Frau Aydın,\n\nbitte füllen Sie den Persönlichkeitstest bis Freitag, 16.04., aus. Die Ergebnisse besprechen wir im Zweitgespräch.\n\nViele Grüße\nPeople Team',
    expect: [],
  },
  {
    ...MUC_TUE,
    text: 'Sehr geehrter Herr Özkan,\n\nIhr Gespräch fand heute statt; bitte sehen Sie davon ab, sich vor Ablauf von zehn Werktagen bei uns zu erkundigen.\n\nMit freundlichen Grüßen\nPersonalabteilung',
    expect: [{ kind: 'no-contact-before', by: '2027-04-20' }],
  },
  {
    ...BSL_MON,
    text: 'Guten Tag Frau Studer\n\nWir bitten Sie, uns während des laufenden Verfahrens nicht anzurufen – alle Informationen erhalten Sie schriftlich.\n\nFreundliche Grüsse\nHR Rheinhafen AG',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...GRZ_FRI,
    text: 'Sehr geehrte Frau Mag. Haider,\n\nwir bedanken uns für Ihre Bewerbung und das damit verbundene Interesse an unserem Unternehmen. Nach eingehender Prüfung müssen wir Ihnen leider mitteilen, dass wir Sie im weiteren Auswahlverfahren nicht berücksichtigen können.\n\nMit freundlichen Grüßen\nPersonalabteilung',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...MUC_TUE,
    text: 'Hey Mia,\n\nwir wollen dich! 🎉 Das Team war begeistert und wir würden dir gern die Stelle als Junior UX Designerin anbieten. Der Vertrag kommt morgen per Mail – sag uns einfach bis Ende nächster Woche Bescheid.\n\nLiebe Grüße\nFranzi',
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2027-04-07' },
    ],
  },
  {
    ...HAM_THU,
    text: 'Sehr geehrter Herr Wendt,\n\nvielen Dank für die Einladung. Leider bin ich am 12. April verhindert. Wäre alternativ der 13. oder 14. April möglich?\n\nMit freundlichen Grüßen\nSaskia Weber',
    expect: [],
  },
  {
    ...MUC_TUE,
    text: 'Hinweis zum Datenschutz: Ihre Bewerbungsunterlagen werden gemäß DSGVO sechs Monate nach Abschluss des Verfahrens, spätestens jedoch am 31.10.2027, gelöscht. Bei Fragen erreichen Sie uns unter datenschutz@alpenland-logistik.de.',
    expect: [],
  },
  {
    ...BSL_MON,
    text: 'Live-Webinar «Erfolgreich ins Vorstellungsgespräch» am Donnerstag, 15.04., 18 Uhr – jetzt kostenlos anmelden!',
    expect: [],
  },
];

/** Round 78: Spanish recruiter mail and ATS templates, eighth unseen round. */
export const ROUND_78_ES: readonly PhraseRow[] = [
  {
    ...MAD_TUE3,
    text: 'Convocatoria de entrevista\n\nPuesto: Técnico/a de Mantenimiento Industrial\nFecha: lunes, 19 de abril de 2027\nHora: 10:00 h (hora peninsular)\nLugar: Polígono Industrial El Campillo, nave 14, Valladolid\nPersona de contacto: Raúl Pastor (tel. 983 555 210)\n\nPor favor, confirme su asistencia a través del portal del candidato.',
    expect: [{ kind: 'interview', by: '2027-04-19', time: '10:00' }],
  },
  {
    ...LIM_WED,
    text: 'Hola Camila:\n\nLa entrevista con el equipo de Madrid será el jueves 15 de abril a las 17:00 (hora de España). Te envío el enlace de Teams más tarde.\n\nSaludos,\nDiego',
    expect: [{ kind: 'interview', by: '2027-04-15', time: '10:00' }],
  },
  {
    ...BUE_WED,
    text: 'Che Tomi, ¿te viene bien pasado mañana a las 9 para una llamada rápida con el cliente?\n\nAbrazo,\nMeli',
    expect: [{ kind: 'interview', by: '2027-04-09', time: '09:00' }],
  },
  {
    ...BOG_THU,
    text: 'Hola Sofía, te pido mil disculpas, pero tenemos que reprogramar la entrevista de mañana. ¿Te parece el lunes 12 a la misma hora, 11:30?\n\nQuedo atento,\nSebastián',
    expect: [{ kind: 'interview', by: '2027-04-12', time: '11:30' }],
  },
  {
    ...MAD_TUE3,
    text: 'Estimado Sr. Ruiz:\n\nLe recordamos que el plazo para presentar la documentación requerida vence el 20 de abril. Sin ella no podremos continuar con su proceso.\n\nAtentamente,\nRR. HH.',
    expect: [],
  },
  {
    ...MAD_TUE3,
    text: 'Hola Irene:\n\nNuestro proceso de selección consta de tres fases: revisión curricular (abril), entrevistas (mayo) y decisión final (junio).\n\n¡Gracias por tu interés!',
    expect: [],
  },
  {
    ...MAD_TUE3,
    text: 'Hola Andrés:\n\nGracias por tu tiempo hoy. El equipo va a deliberar y te daremos una respuesta en un máximo de cinco días hábiles.\n\nUn saludo,\nMarta',
    expect: [{ kind: 'response-by', by: '2027-04-13' }],
  },
  {
    ...MAD_TUE3,
    text: 'Hola Pablo:\n\nLa última entrevista del proceso será el 20 de abril. A partir de ahí, calculamos una semana para comunicar la decisión a todos los finalistas.\n\nSaludos,\nEquipo de Talento',
    expect: [{ kind: 'response-by', by: '2027-04-27' }],
  },
  {
    ...BOG_THU,
    text: 'Hola Laura, tu candidatura sigue activa. En cuanto el área nos dé luz verde, te escribimos.\n\nSaludos,\nTalento Humano',
    expect: [],
  },
  {
    ...SCL_TUE,
    text: 'Hola Ignacia:\n\nTe pido que no me escribas hasta que vuelva de mis vacaciones, el lunes 19 de abril.\n\nSaludos,\nPía',
    expect: [{ kind: 'no-contact-before', by: '2027-04-19' }],
  },
  {
    ...MEX_MON,
    text: 'Estimada candidata:\n\nTe recordamos que las consultas sobre el proceso se atienden únicamente por correo electrónico, nunca por teléfono.\n\nAtentamente,\nReclutamiento',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...BUE_WED,
    text: 'Hola Lucas, te agradecemos mucho tu interés y el tiempo invertido. Después de revisar todos los perfiles, esta vez no vamos a seguir adelante con tu postulación.\n\n¡Mucha suerte!\nEquipo de Selección',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...LIM_WED,
    text: 'Estimada Dra. Paredes:\n\nNos complace extenderle una oferta formal para el cargo de Jefa de Laboratorio. Le solicitamos que nos confirme su aceptación a más tardar el 16 de abril.\n\nAtentamente,\nGerencia General',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...BUE_WED,
    text: 'ZonaJobs te recomienda: Analista de Compras Sr – Rosario – Publicado hace 3 días. ¡Postulate antes del 30/04!',
    expect: [],
  },
  {
    ...MAD_TUE3,
    text: 'Reserva confirmada: Taller «Supera tu entrevista por competencias», jueves 15 de abril, 19:00 h, Aula 3. Importe abonado: 25 €.',
    expect: [],
  },
  {
    ...MAD_TUE3,
    text: 'Información básica sobre protección de datos: Responsable: Logística Ibérica S.A. Finalidad: gestión de procesos de selección. Conservación: 12 meses desde la recepción del CV o hasta el 31/12/2027. Derechos: acceso, rectificación y supresión.',
    expect: [],
  },
];

/** Round 79: French recruiter mail and ATS templates, eighth unseen round. */
export const ROUND_79_FR: readonly PhraseRow[] = [
  {
    ...PAR_TUE3,
    text: 'Madame,\n\nNous avons le plaisir de vous informer que votre candidature a retenu toute notre attention. Nous vous proposons un entretien le mardi 13 avril à 14 heures 30 dans nos locaux, 8 avenue Jean-Jaurès, 31000 Toulouse.\n\nNous vous prions d’agréer, Madame, l’expression de nos sentiments distingués.\n\nMarc Fontaine\nResponsable des ressources humaines\nAéro Composants SAS – SIREN 512 345 678 – RCS Toulouse',
    expect: [{ kind: 'interview', by: '2027-04-13', time: '14:30' }],
  },
  {
    ...YUL_THU,
    text: 'Bonjour Mathieu,\n\nJe vous confirme votre entrevue avec notre directrice basée à Paris le jeudi 15 avril à 16 h (heure de Paris).\n\nAu plaisir,\nGeneviève',
    expect: [{ kind: 'interview', by: '2027-04-15', time: '10:00' }],
  },
  {
    ...PAR_TUE3,
    text: 'Coucou Inès, dispo après-demain à 9h pour un call de 15 minutes avec Julien ?\n\nBises,\nLéa',
    expect: [{ kind: 'interview', by: '2027-04-08', time: '09:00' }],
  },
  {
    ...BRU_MON2,
    text: 'Madame Dubois,\n\nSuite à un empêchement de notre directeur, l’entretien de ce jeudi est reporté au lundi 19 avril, toujours à 10 heures.\n\nBien à vous,\nSecrétariat de direction',
    expect: [{ kind: 'interview', by: '2027-04-19', time: '10:00' }],
  },
  {
    ...PAR_TUE3,
    text: 'Bonjour,\n\nNous sommes au regret de devoir annuler l’entretien prévu demain, le poste ayant été gelé. Nous reviendrons vers vous si la situation évolue.\n\nCordialement,\nService RH',
    expect: [],
  },
  {
    ...PAR_TUE3,
    text: 'Bonjour Julie,\n\nNous recevons encore deux candidates cette semaine, mardi et jeudi, avant de prendre notre décision.\n\nBelle journée,\nAntoine',
    expect: [],
  },
  {
    ...PAR_TUE3,
    text: 'Monsieur,\n\nNous vous ferons part de notre décision d’ici la fin du mois.\n\nCordialement,\nLa DRH',
    expect: [{ kind: 'response-by', by: '2027-04-30' }],
  },
  {
    ...PAR_TUE3,
    text: 'Madame,\n\nLe jury se réunit le mardi 20 avril. Vous serez informée du résultat par courriel dans les 72 heures suivant la délibération.\n\nCordialement,\nLe service des concours',
    expect: [{ kind: 'response-by', by: '2027-04-23' }],
  },
  {
    ...GVA_FRI,
    text: 'Madame,\n\nNous vous remercions de ne pas prendre contact avec nous avant le 26 avril, date à laquelle la sélection sera terminée.\n\nMeilleures salutations,\nRessources humaines',
    expect: [{ kind: 'no-contact-before', by: '2027-04-26' }],
  },
  {
    ...PAR_TUE3,
    text: 'Madame, Monsieur,\n\nCompte tenu du nombre important de candidatures reçues, il ne nous est pas possible de répondre aux demandes téléphoniques.\n\nLe service recrutement',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...YUL_THU,
    text: 'Bonjour Mme Bergeron,\n\nNous tenons à vous remercier pour l’intérêt manifesté envers le poste. Après analyse, nous avons décidé de poursuivre avec des candidatures qui correspondent davantage à nos besoins actuels.\n\nCordialement,\nDotation – Caisse Populaire des Laurentides',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...TUN_WED,
    text: 'Bonne nouvelle, Karim ! Le comité a validé votre recrutement. Vous trouverez ci-joint votre lettre d’offre ; merci de nous la retourner signée avant le 16 avril.\n\nCordialement,\nSonia Ben Salah\nDRH – Méditerranée Tech SARL',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...PAR_TUE3,
    text: 'Welcome to the Jungle – Nouvelles offres pour vous : Product Owner (CDI) chez Fintech Azur, Paris – Entretiens en visio dès le 19 avril.',
    expect: [],
  },
  {
    ...GVA_FRI,
    text: 'Atelier « Préparer son entretien d’embauche » – jeudi 15 avril, 18h30, Maison de l’emploi de Genève. Inscription obligatoire.',
    expect: [],
  },
  {
    ...PAR_TUE3,
    text: 'Vos données personnelles seront conservées jusqu’au 6 avril 2029, conformément à notre politique de confidentialité. Vous pouvez exercer vos droits en écrivant à dpo@aero-composants.fr.',
    expect: [],
  },
  {
    ...PAR_TUE3,
    text: 'Bonjour Madame Lefèvre,\n\nJe vous remercie pour votre appel. Je vous confirme ma disponibilité pour un entretien les 13, 14 ou 15 avril, à votre convenance.\n\nBien cordialement,\nAmélie Roux',
    expect: [],
  },
];

// Rounds 80–82, written after rounds 77–79's fixes and before the engine read them: new messages, not paraphrases.

// Tuesday 4 May 2027, 10:00 in Cologne.
const CGN_TUE = { sentAt: '2027-05-04T10:00:00+02:00', tz: 'Europe/Berlin' } as const;
// Wednesday 5 May 2027, 16:00 in Zurich.
const ZRH_WED = { sentAt: '2027-05-05T16:00:00+02:00', tz: 'Europe/Zurich' } as const;
// Thursday 6 May 2027, 09:00 in Stuttgart.
const STR_THU = { sentAt: '2027-05-06T09:00:00+02:00', tz: 'Europe/Berlin' } as const;
// Monday 10 May 2027, 11:00 in Dresden.
const DRS_MON = { sentAt: '2027-05-10T11:00:00+02:00', tz: 'Europe/Berlin' } as const;
// Tuesday 11 May 2027, 08:45 in Frankfurt.
const FRA_TUE = { sentAt: '2027-05-11T08:45:00+02:00', tz: 'Europe/Berlin' } as const;

// Tuesday 11 May 2027, 10:00 in Madrid.
const MAD_TUE4 = { sentAt: '2027-05-11T10:00:00+02:00', tz: 'Europe/Madrid' } as const;
// Tuesday 11 May 2027, 13:00 in Mexico City.
const MEX_TUE = { sentAt: '2027-05-11T13:00:00-06:00', tz: 'America/Mexico_City' } as const;
// Wednesday 12 May 2027, 09:00 in Santiago.
const SCL_WED = { sentAt: '2027-05-12T09:00:00-04:00', tz: 'America/Santiago' } as const;
// Wednesday 12 May 2027, 15:00 in Lima.
const LIM_WED2 = { sentAt: '2027-05-12T15:00:00-05:00', tz: 'America/Lima' } as const;
// Wednesday 12 May 2027, 08:00 in Bogotá.
const BOG_WED = { sentAt: '2027-05-12T08:00:00-05:00', tz: 'America/Bogota' } as const;
// Thursday 13 May 2027, 18:00 in Buenos Aires.
const BUE_THU2 = { sentAt: '2027-05-13T18:00:00-03:00', tz: 'America/Argentina/Buenos_Aires' } as const;

// Monday 10 May 2027, 10:00 in Paris.
const PAR_MON2 = { sentAt: '2027-05-10T10:00:00+02:00', tz: 'Europe/Paris' } as const;
// Tuesday 11 May 2027, 14:00 in Paris.
const PAR_TUE4 = { sentAt: '2027-05-11T14:00:00+02:00', tz: 'Europe/Paris' } as const;
// Tuesday 18 May 2027, 09:00 in Lille.
const LIL_TUE = { sentAt: '2027-05-18T09:00:00+02:00', tz: 'Europe/Paris' } as const;
// Tuesday 11 May 2027, 11:00 in Brussels.
const BRU_TUE = { sentAt: '2027-05-11T11:00:00+02:00', tz: 'Europe/Brussels' } as const;
// Thursday 13 May 2027, 10:00 in Québec City.
const YQB_THU = { sentAt: '2027-05-13T10:00:00-04:00', tz: 'America/Toronto' } as const;

/** Round 80: German recruiter mail and ATS templates, ninth unseen round. */
export const ROUND_80_DE: readonly PhraseRow[] = [
  {
    ...CGN_TUE,
    text: 'Hallo Herr Schäfer,\n\nvielen Dank für Ihre Bewerbung als IT-Administrator (m/w/d). Wir würden Sie gerne näher kennenlernen.\n\nDatum/Uhrzeit: 18.05.2027, 09:00 - 10:00 (Europe/Berlin)\nOrt: Online (Google Meet)\n\nDen Link zur Videokonferenz erhalten Sie am Vortag.\n\nBeste Grüße\nIhr Team von Kranich Software GmbH',
    expect: [{ kind: 'interview', by: '2027-05-18', time: '09:00' }],
  },
  {
    ...ZRH_WED,
    text: 'Hoi Reto\n\nWürde dir der Dienstag, 11. Mai, um 14.30 Uhr für ein erstes Gespräch passen? Wir sitzen an der Hardturmstrasse 101.\n\nEn Gruess\nCorinne',
    expect: [{ kind: 'interview', by: '2027-05-11', time: '14:30' }],
  },
  {
    ...FRA_TUE,
    text: 'Guten Tag Frau Novak,\n\nkönnten wir unser Telefonat von morgen 10 Uhr auf Freitag, 14. Mai, 10 Uhr verschieben? Mir ist leider ein Kundentermin dazwischengekommen.\n\nBeste Grüße\nOliver Hahn',
    expect: [{ kind: 'interview', by: '2027-05-14', time: '10:00' }],
  },
  {
    ...FRA_TUE,
    text: 'Sehr geehrte Frau Kraus,\n\nfür Ihr Zweitgespräch stehen zur Auswahl:\n• Mittwoch, 19.05., 13:00 Uhr\n• Donnerstag, 20.05., 16:00 Uhr\n\nBitte antworten Sie mit Ihrem Wunschtermin.\n\nMit freundlichen Grüßen\nPersonalreferat',
    expect: [],
  },
  {
    ...STR_THU,
    text: 'Sehr geehrter Herr Bauer,\n\nwir gehen davon aus, Ihnen bis Ende des Monats eine verbindliche Rückmeldung geben zu können.\n\nMit freundlichen Grüßen\nNeckar Präzisionstechnik GmbH',
    expect: [{ kind: 'response-by', by: '2027-05-31' }],
  },
  {
    ...STR_THU,
    text: 'Liebe Frau Klein,\n\ndie Bewerbungsphase endet am 21. Mai. Rechnen Sie bitte mit einer Rückmeldung etwa zwei Wochen nach Fristende.\n\nHerzliche Grüße\nStadtbibliothek Esslingen',
    expect: [{ kind: 'response-by', by: '2027-06-04', fuzzy: true }],
  },
  {
    ...STR_THU,
    text: 'Hallo Frau Graf,\n\nwir melden uns, sobald wir die Gespräche mit allen Kandidatinnen und Kandidaten abgeschlossen haben.\n\nViele Grüße\nRecruiting',
    expect: [],
  },
  {
    ...CGN_TUE,
    text: 'Hallo Herr Arslan,\n\nich bin vom 10. bis 21. Mai im Urlaub. Bitte melden Sie sich erst danach wieder bei mir – ab dem 24. Mai bin ich zurück.\n\nViele Grüße\nSabine Kühn',
    expect: [{ kind: 'no-contact-before', by: '2027-05-24' }],
  },
  {
    ...CGN_TUE,
    text: 'Sehr geehrte Bewerberin, sehr geehrter Bewerber,\n\naus Datenschutzgründen dürfen wir am Telefon keine Auskünfte über laufende Bewerbungsverfahren geben.\n\nIhre Personalabteilung',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...DRS_MON,
    text: 'Sehr geehrter Herr Vogel,\n\nleider müssen wir Ihnen mitteilen, dass wir uns für andere Bewerberinnen und Bewerber entschieden haben.\n\nMit freundlichen Grüßen\nElbland Kliniken',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...DRS_MON,
    text: 'Sehr geehrte Frau Roth,\n\nherzlichen Glückwunsch! Wir freuen uns, Sie ab dem 1. Juli als neue Teamleiterin Einkauf begrüßen zu dürfen. Den Arbeitsvertrag senden wir Ihnen in den nächsten Tagen zu; bitte schicken Sie uns ein unterschriebenes Exemplar bis zum 28. Mai zurück.\n\nMit freundlichen Grüßen\nGeschäftsführung',
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2027-05-15', fuzzy: true },
    ],
  },
  {
    ...CGN_TUE,
    text: 'Karriere-Update Mai: Unsere Azubis berichten vom Ausbildungsstart am 1. August. Bewerbungsschluss für 2028: 30.09.2027.\n\nNewsletter abbestellen',
    expect: [],
  },
  {
    ...FRA_TUE,
    text: 'Hallo Kollegen,\n\ndas Zweitgespräch mit Herrn Lindner ist auf Mittwoch 15 Uhr verschoben.\n\nGruß\nAnja',
    expect: [],
  },
  {
    ...CGN_TUE,
    text: 'Ihr Bewerbungsstatus wurde am 04.05.2027 aktualisiert: In Prüfung durch die Fachabteilung.\n\nDies ist eine automatisch generierte E-Mail.',
    expect: [],
  },
];

/** Round 81: Spanish recruiter mail and ATS templates, ninth unseen round. */
export const ROUND_81_ES: readonly PhraseRow[] = [
  {
    ...SCL_WED,
    text: 'Hola Francisca:\n\nTe esperamos el martes 18 de mayo a las 10:30 hrs. en nuestras oficinas de Av. Providencia 1208, piso 5. Pregunta por Javiera en recepción.\n\nSaludos,\nEquipo de Personas',
    expect: [{ kind: 'interview', by: '2027-05-18', time: '10:30' }],
  },
  {
    ...MAD_TUE4,
    text: 'Estimado Sr. Bravo:\n\nSiguiendo con el proceso de selección, le citamos para una segunda entrevista el día 20 de mayo, a las 12:00 horas, en la sede de la calle Serrano 45.\n\nAtentamente,\nSelección',
    expect: [{ kind: 'interview', by: '2027-05-20', time: '12:00' }],
  },
  {
    ...MEX_TUE,
    text: 'Hola Luis, ¿habría chance de recorrer la entrevista de hoy a las 5 pm para mañana a la misma hora? Se nos cruzó una junta.\n\nSaludos,\nKarla',
    expect: [{ kind: 'interview', by: '2027-05-12', time: '17:00' }],
  },
  {
    ...BOG_WED,
    text: 'Hola Andrés, tenemos estos horarios libres para la prueba técnica: jueves 13 a las 9:00, 11:00 o 15:00. Escoge el que mejor te quede.\n\nGracias,\nTalento',
    expect: [],
  },
  {
    ...LIM_WED2,
    text: 'Estimado Ing. Castillo:\n\nAgradecemos su participación. Le informaremos el resultado de la evaluación a más tardar el viernes 21 de mayo.\n\nAtentamente,\nRecursos Humanos',
    expect: [{ kind: 'response-by', by: '2027-05-21' }],
  },
  {
    ...BOG_WED,
    text: 'Hola Camilo:\n\nLa entrevista final con el director será el lunes 17 de mayo a las 9:00. Dentro de los tres días hábiles posteriores te comunicaremos la decisión.\n\nSaludos,\nGestión Humana',
    expect: [
      { kind: 'interview', by: '2027-05-17', time: '09:00' },
      { kind: 'response-by', by: '2027-05-20' },
    ],
  },
  {
    ...MAD_TUE4,
    text: 'Hola Elena, seguimos evaluando perfiles; en cuanto tengamos novedades, te contamos.\n\nUn abrazo',
    expect: [],
  },
  {
    ...BUE_THU2,
    text: 'Hola Martu, como el cliente está de viaje, te pido que no me consultes nada hasta el lunes 24 de mayo.\n\nBeso,\nCeci',
    expect: [{ kind: 'no-contact-before', by: '2027-05-24' }],
  },
  {
    ...MEX_TUE,
    text: 'Importante: no se atenderán consultas por teléfono ni por WhatsApp. Toda la comunicación será por este medio.',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...MAD_TUE4,
    text: 'Querida Marta:\n\nGracias de corazón por el tiempo que dedicaste. Esta vez nos decantamos por una persona con más experiencia en retail.\n\nUn abrazo,\nNuria',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...BUE_THU2,
    text: '¡Hola Dani! Te tengo excelentes noticias: el cliente te eligió para el puesto. En un rato te mando la propuesta por mail para que la revises.\n\nAbrazo,\nSol',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...MEX_TUE,
    text: 'Comprobante de inscripción: Feria Virtual de Empleo UNAM, 20 de mayo de 2027, 10:00 a 18:00 h. Folio: FVE-2027-8841.',
    expect: [],
  },
  {
    ...MAD_TUE4,
    text: 'Hola Carla, te confirmo que el martes 18 no puedo por un examen de la universidad. ¿Podría ser el miércoles 19 o el jueves 20?\n\nGracias,\nPaula',
    expect: [],
  },
  {
    ...MAD_TUE4,
    text: 'Indeed: Nuevos empleos de «Recepcionista» en Sevilla. Publicado el 10/05/2027 · Contratación urgente · Entrevista esta semana',
    expect: [],
  },
];

/** Round 82: French recruiter mail and ATS templates, ninth unseen round. */
export const ROUND_82_FR: readonly PhraseRow[] = [
  {
    ...BRU_TUE,
    text: 'Madame Janssens,\n\nNous avons le plaisir de vous inviter à un entretien de sélection qui se tiendra le mardi 18 mai 2027 à 10h15, rue de la Loi 155, 1040 Etterbeek. Merci de vous munir de votre carte d’identité.\n\nBien à vous,\nSelor – Service recrutement',
    expect: [{ kind: 'interview', by: '2027-05-18', time: '10:15' }],
  },
  {
    ...YQB_THU,
    text: 'Allô Maxime!\n\nOn aimerait te rencontrer mercredi prochain à 13 h. Ça te va?\n\nMarie-Ève\nAcquisition de talents',
    expect: [{ kind: 'interview', by: '2027-05-19', time: '13:00' }],
  },
  {
    ...LIL_TUE,
    text: 'Bonjour Nicolas,\n\nJe suis contrainte de décaler notre échange de jeudi. Pourrions-nous plutôt nous parler vendredi 21 mai à 11h ?\n\nBien à vous,\nCéline',
    expect: [{ kind: 'interview', by: '2027-05-21', time: '11:00' }],
  },
  {
    ...PAR_MON2,
    text: 'Bonjour Madame Colin,\n\nVoici mes disponibilités pour l’entretien RH : lundi 17 mai (matin), mardi 18 mai (après-midi) ou mercredi 19 mai (toute la journée).\n\nCordialement,\nAurélie',
    expect: [],
  },
  {
    ...PAR_MON2,
    text: 'Monsieur,\n\nNous reviendrons vers vous au plus tard mi-juin.\n\nCordialement,\nLe service RH',
    expect: [{ kind: 'response-by', by: '2027-06-15', fuzzy: true }],
  },
  {
    ...PAR_TUE4,
    text: 'Madame,\n\nLes épreuves écrites auront lieu le 27 mai. Les résultats d’admissibilité seront publiés dans un délai de trois semaines à compter de cette date.\n\nLe bureau des concours',
    expect: [{ kind: 'response-by', by: '2027-06-17' }],
  },
  {
    ...PAR_TUE4,
    text: 'Bonjour,\n\nVotre candidature est toujours à l’étude. Nous ne manquerons pas de revenir vers vous dès que possible.\n\nCordialement',
    expect: [],
  },
  {
    ...PAR_TUE4,
    text: 'Madame,\n\nCompte tenu du nombre de candidatures, merci de patienter jusqu’à la fin du mois avant de nous relancer.\n\nCordialement,\nService recrutement',
    expect: [{ kind: 'no-contact-before', by: '2027-05-31', fuzzy: true }],
  },
  {
    ...PAR_TUE4,
    text: 'Bonjour,\n\nNous vous remercions de ne pas contacter directement nos managers, ni par téléphone ni sur LinkedIn.\n\nL’équipe Talent',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...BRU_TUE,
    text: 'Monsieur,\n\nNous sommes au regret de ne pouvoir donner une suite favorable à votre candidature.\n\nVeuillez agréer, Monsieur, nos salutations distinguées.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...PAR_TUE4,
    text: 'Félicitations Sarah !\n\nToute l’équipe est ravie de t’annoncer que tu as été retenue pour le poste de cheffe de projet digital. Je t’envoie ta promesse d’embauche d’ici jeudi.\n\nÀ très vite,\nJulien',
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2027-05-13' },
    ],
  },
  {
    ...PAR_MON2,
    text: 'Portes ouvertes de l’école le samedi 22 mai de 10h à 16h : rencontrez nos recruteurs partenaires et passez des mini-entretiens.',
    expect: [],
  },
  {
    ...PAR_TUE4,
    text: 'Bonjour Marc,\n\nPour info, le candidat M. Fabre passe son entretien technique demain à 14h avec Laura.\n\nMerci,\nSophie',
    expect: [],
  },
  {
    ...PAR_MON2,
    text: 'Votre réservation est confirmée : coaching « Simulation d’entretien » le jeudi 20 mai à 18h (visioconférence). Montant réglé : 60 €.',
    expect: [],
  },
];
