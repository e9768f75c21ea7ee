// The seventh held-out rounds of issue 13 in German, Spanish and French (rounds 83–85 onwards): whole messages
// written fresh after the layouts and wording of real templates (Personio and softgarden invitations, StepStone and
// InfoJobs alerts, Welcome to the Jungle and Calendly links, HR-blog invitation, postponement and rejection
// templates, Outlook and Gmail quote headers and auto-replies), rewritten with our own names, companies and dates:
// signatures with phone numbers and addresses, Handelsregister/Firmenbuch, CIF, SIRET, IDE and TVA lines, GDPR
// notes, ATS label–value fields, Swiss, Austrian, Belgian, Québec, Mexican, Chilean and Colombian variants, formal
// and informal registers. About 40 % are negatives of the kind real inboxes hold. Each row's answer was written
// from TIMELINE-CONVENTIONS.md BEFORE the engine read it; the first-run figures are in FIRST_RUN.
import type { PhraseRow } from './phrases.table';

// Monday 1 March 2027, 09:40 in Berlin.
const BER_MON = { sentAt: '2027-03-01T09:40:00+01:00', tz: 'Europe/Berlin' } as const;
// Tuesday 2 March 2027, 08:30 in Bern.
const BRN_TUE = { sentAt: '2027-03-02T08:30:00+01:00', tz: 'Europe/Zurich' } as const;
// Wednesday 3 March 2027, 15:10 in Cologne.
const CGN_WED = { sentAt: '2027-03-03T15:10:00+01:00', tz: 'Europe/Berlin' } as const;
// Thursday 4 March 2027, 11:00 in Vienna.
const VIE_THU = { sentAt: '2027-03-04T11:00:00+01:00', tz: 'Europe/Vienna' } as const;

// Monday 1 March 2027, 10:00 in Madrid.
const MAD_MON = { sentAt: '2027-03-01T10:00:00+01:00', tz: 'Europe/Madrid' } as const;
// Wednesday 3 March 2027, 12:30 in Barcelona.
const BCN_WED = { sentAt: '2027-03-03T12:30:00+01:00', tz: 'Europe/Madrid' } as const;
// Tuesday 2 March 2027, 09:00 in Mexico City.
const MEX_TUE = { sentAt: '2027-03-02T09:00:00-06:00', tz: 'America/Mexico_City' } as const;
// Thursday 4 March 2027, 15:00 in Santiago de Chile.
const SCL_THU = { sentAt: '2027-03-04T15:00:00-03:00', tz: 'America/Santiago' } as const;
// Friday 5 March 2027, 08:00 in Bogotá.
const BOG_FRI = { sentAt: '2027-03-05T08:00:00-05:00', tz: 'America/Bogota' } as const;

// Monday 1 March 2027, 09:00 in Paris.
const PAR_MON = { sentAt: '2027-03-01T09:00:00+01:00', tz: 'Europe/Paris' } as const;
// Wednesday 3 March 2027, 14:20 in Lyon.
const LYS_WED = { sentAt: '2027-03-03T14:20:00+01:00', tz: 'Europe/Paris' } as const;
// Tuesday 2 March 2027, 10:00 in Montréal.
const YUL_TUE = { sentAt: '2027-03-02T10:00:00-05:00', tz: 'America/Toronto' } as const;
// Thursday 4 March 2027, 11:00 in Brussels.
const BRU_THU = { sentAt: '2027-03-04T11:00:00+01:00', tz: 'Europe/Brussels' } as const;
// Friday 5 March 2027, 10:00 in Geneva.
const GVA_FRI = { sentAt: '2027-03-05T10:00:00+01:00', tz: 'Europe/Zurich' } as const;

/** Round 83: German recruiter mail and ATS templates, seventh unseen round. */
export const ROUND_83_DE: readonly PhraseRow[] = [
  {
    ...BER_MON,
    text: 'Einladung zum Vorstellungsgespräch: Sachbearbeiter Kreditorenbuchhaltung (m/w/d)\n\nGuten Tag Herr Schäfer,\n\nvielen Dank für Ihre Bewerbung über unser Karriereportal. Wir möchten Sie gerne näher kennenlernen und laden Sie zu einem persönlichen Gespräch ein.\n\nDatum: Dienstag, 09.03.2027\nUhrzeit: 10 Uhr\nDauer: ca. 60 Minuten\nAdresse: Spreeufer 7, 10178 Berlin (Empfang im EG)\nAnsprechpartnerin: Dana Krüger, Teamleitung Finance\n\nBitte bringen Sie einen gültigen Lichtbildausweis mit. Fahrtkosten können wir leider nicht erstatten.\n\nBeste Grüße\nIhr Recruiting-Team der Spreeufer Facility Services GmbH\n\nSpreeufer Facility Services GmbH · Sitz: Berlin · Amtsgericht Charlottenburg HRB 204551 B · Geschäftsführer: Arne Dietz, Dr. Simone Wolf\nDatenschutzhinweise für Bewerberinnen und Bewerber finden Sie unter spreeufer-fs.de/datenschutz',
    expect: [{ kind: 'interview', by: '2027-03-09', time: '10:00' }],
  },
  {
    ...CGN_WED,
    text: 'Hi Lea,\n\nsuper, danke für die schnelle Rückmeldung! Dann sehen wir uns wie besprochen morgen um 14 Uhr bei uns im Büro in Ehrenfeld, Venloer Str. 240, 2. Stock. Klingel einfach bei „Kranich Studios“.\n\nBis dann und viele Grüße\nTimo\n\n--\nTimo Brandt | Head of Talent\nKranich Studios GmbH | +49 221 9876 5410',
    expect: [{ kind: 'interview', by: '2027-03-04', time: '14:00' }],
  },
  {
    ...BER_MON,
    text: 'Sehr geehrte Frau Aydın,\n\nleider muss ich unser für morgen, 10:00 Uhr, angesetztes Gespräch kurzfristig absagen, da Frau Dr. Lange krankheitsbedingt ausfällt. Könnten wir stattdessen auf Montag, den 8. März, 13:30 Uhr ausweichen? Der Ort bleibt unverändert.\n\nIch bitte vielmals um Entschuldigung.\n\nMit freundlichen Grüßen\nJana Roth\nPersonalreferentin\nMärkische Kliniken gGmbH | Tel. 030 44 55 66-210',
    expect: [{ kind: 'interview', by: '2027-03-08', time: '13:30' }],
  },
  {
    ...CGN_WED,
    text: 'Hallo Herr Nowak,\n\ngerne möchten wir mit Ihnen ein erstes Kennenlernen per Video führen. Zur Auswahl stehen Dienstag, 9. März, zwischen 9 und 12 Uhr, oder Donnerstag, 11. März, ab 14 Uhr. Buchen Sie sich über den folgenden Link einfach einen passenden Slot:\n\nhttps://app.example-scheduler.de/rheinfracht/kennenlernen\n\nFreundliche Grüße\nRheinfracht Logistik AG – Talent Acquisition',
    expect: [],
  },
  {
    ...BER_MON,
    text: 'Sehr geehrter Herr Winkler,\n\nvielen Dank für das angenehme Gespräch am vergangenen Donnerstag. Sie sind weiterhin in der engeren Auswahl. Die Gespräche mit den übrigen Kandidatinnen und Kandidaten führen wir noch bis zum 12. März; danach melden wir uns spätestens am 19. März bei Ihnen.\n\nMit freundlichen Grüßen\nBirte Sommer\nHR Business Partner\nHavelwerk Energie GmbH',
    expect: [{ kind: 'response-by', by: '2027-03-19' }],
  },
  {
    ...BRN_TUE,
    text: 'Sehr geehrte Frau Gerber\n\nWir bestätigen Ihnen gerne den Eingang Ihrer Bewerbung für die Stelle als Sachbearbeiterin Steuern (80–100 %). Die Ausschreibung läuft bis zum 14. März 2027. Die Vorstellungsgespräche finden voraussichtlich in der Zeit vom 22. bis 26. März 2027 statt; bitte halten Sie sich diesen Zeitraum nach Möglichkeit frei.\n\nFreundliche Grüsse\nKanton Bern – Steuerverwaltung, Personaldienst\nBrünnenstrasse 66, 3018 Bern',
    expect: [],
  },
  {
    ...BER_MON,
    text: 'Guten Tag Frau Lindner,\n\nkurzes Update zu Ihrer Bewerbung: Ihre Unterlagen liegen aktuell der Fachabteilung zur Abstimmung vor. Dieser Prozess ist bei uns in der Regel nach zehn Arbeitstagen abgeschlossen, und im Anschluss informieren wir Sie umgehend über das Ergebnis.\n\nViele Grüße\nSebastian Kühn\nRecruiting | Brandenburger Tor Versicherung AG',
    expect: [{ kind: 'response-by', by: '2027-03-15' }],
  },
  {
    ...CGN_WED,
    text: 'Sehr geehrte Frau Meier,\n\nvielen Dank für Ihre Teilnahme an unserem Auswahltag am 26. Februar. Wir werten die Ergebnisse derzeit aus. Innerhalb von zehn Werktagen nach dem Auswahltag erhalten alle Teilnehmenden von uns Bescheid.\n\nMit freundlichen Grüßen\nAusbildungsteam\nDomstadt Sparkasse – Anstalt des öffentlichen Rechts',
    expect: [{ kind: 'response-by', by: '2027-03-12' }],
  },
  {
    ...BRN_TUE,
    text: 'Grüezi Herr Zürcher\n\nHerzlichen Dank für Ihre Nachricht. Da wir bis Mitte März noch mit mehreren Personen im Gespräch sind, bitten wir Sie, von Rückfragen zum Stand Ihrer Bewerbung vor dem 15. März abzusehen.\n\nFreundliche Grüsse\nNadia Bühler\nHR-Fachfrau\nAareblick Immobilien AG | Marktgasse 14 | 3011 Bern | +41 31 555 12 12',
    expect: [{ kind: 'no-contact-before', by: '2027-03-15' }],
  },
  {
    ...BER_MON,
    // Issue 13, class 6: an absence gives its first day back (an expectation of nothing before the 2026-12-06 ruling).
    text: 'Automatische Antwort: AW: Rückfrage Bewerbung Projektassistenz\n\nGuten Tag,\n\nich bin vom 1. bis einschließlich 12. März im Urlaub. Ab dem 15. März bin ich wieder für Sie erreichbar. In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Seidel (seidel@havelwerk.de, Tel. 030 8899-114).\n\nFreundliche Grüße\nBirte Sommer',
    expect: [{ kind: 'no-contact-before', by: '2027-03-15' }],
  },
  {
    ...VIE_THU,
    text: 'Sehr geehrte Bewerberin, sehr geehrter Bewerber,\n\nwir bedanken uns für Ihr Interesse an einer Tätigkeit bei den Alpenländischen Seilbahnen. Ihre Bewerbung ist vollständig bei uns eingelangt. Telefonische Anfragen zum Stand des Auswahlverfahrens können wir aus organisatorischen Gründen leider nicht beantworten; den aktuellen Status sehen Sie jederzeit in Ihrem Bewerberkonto.\n\nFreundliche Grüße\nAlpenländische Seilbahnen GmbH\nFirmenbuchnummer FN 398812 k, Landesgericht Innsbruck',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...CGN_WED,
    text: 'Sehr geehrter Herr Öztürk,\n\nnochmals vielen Dank für das Gespräch und die Zeit, die Sie sich für uns genommen haben. Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können.\n\nWir wünschen Ihnen für Ihren weiteren beruflichen Weg viel Erfolg.\n\nMit freundlichen Grüßen\nKatharina Engel\nRheinland Bau GmbH & Co. KG\n\nVon: Murat Öztürk <m.oeztuerk@mailbox.de>\nGesendet: Mittwoch, 24. Februar 2027 18:12\nAn: Engel, Katharina <k.engel@rheinland-bau.de>\nBetreff: Danke für das Gespräch\n\nSehr geehrte Frau Engel, vielen Dank für das Gespräch heute um 10:30 Uhr. Ich würde mich freuen, bald von Ihnen zu hören.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...BER_MON,
    text: 'Sehr geehrte Frau Roth,\n\nwir freuen uns sehr, Ihnen nach den Gesprächen mitteilen zu können, dass wir Ihnen die Position als Product Owner (m/w/d) anbieten möchten. Das Vertragsangebot mit allen Konditionen finden Sie im Anhang; als Eintrittstermin haben wir den 1. Mai 2027 vorgesehen.\n\nBitte lassen Sie uns bis zum 12. März wissen, ob Sie das Angebot annehmen möchten.\n\nHerzliche Grüße\nMarco Vogt\nGeschäftsführer, Pixelhafen GmbH',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...BER_MON,
    text: 'StepStone Job-Agent: 3 neue Jobs für „Buchhalter“ in Berlin\n\nFinanzbuchhalter (m/w/d) – Kiezbank eG – Berlin – veröffentlicht am 28.02.2027\nBewerbungsfrist: 15.03.2027\nBilanzbuchhalter (m/w/d) – Urban Retail SE – Berlin – Vorstellungsgespräche ab KW 12\nLohnbuchhalter (m/w/d) – Spreeklinik GmbH – Homeoffice möglich\n\nDu erhältst diese E-Mail, weil du einen Job-Agenten angelegt hast. Abbestellen | Impressum: StepStone Deutschland GmbH, Völklinger Straße 1, 40219 Düsseldorf',
    expect: [],
  },
  {
    ...CGN_WED,
    text: 'Triff uns auf der Karrieremesse „Jobs am Rhein“!\n\nAm Donnerstag, 18. März 2027, sind wir von 10 bis 16 Uhr mit eigenem Stand (Halle 2, Stand B12) in der Messe Köln vertreten. Vor Ort führen wir Speed-Interviews mit allen Interessierten – bring gerne deinen Lebenslauf mit.\n\nDer Eintritt ist frei. Du erhältst diesen Newsletter, weil du dich in unseren Talentpool eingetragen hast.',
    expect: [],
  },
  {
    ...CGN_WED,
    text: 'Sehr geehrte Frau Hartmann,\n\nich beziehe mich auf meine Bewerbung vom 12. Februar als Marketing Managerin. Gerne möchte ich Ihnen mitteilen, dass ich ab dem 1. April verfügbar bin; meine Kündigungsfrist beträgt vier Wochen zum Monatsende. Ich würde mich freuen, bis Ende der Woche von Ihnen zu hören.\n\nMit freundlichen Grüßen\nSophie Brenner\nTel. 0157 33445566',
    expect: [],
  },
  {
    ...VIE_THU,
    text: 'Ihr Online-Interview\n\nSehr geehrter Herr Gruber,\n\nwie telefonisch vereinbart, erhalten Sie hier die Details zu Ihrem Online-Interview:\n\nFreitag, 12. März 2027, 9:00–9:45 (MEZ)\nMicrosoft Teams – den Link erhalten Sie am Vortag per E-Mail.\n\nMit freundlichen Grüßen\nMag. Christina Leitner\nHuman Resources, Donaupark Consulting GmbH\nTel. +43 1 555 2200',
    expect: [{ kind: 'interview', by: '2027-03-12', time: '09:00' }],
  },
  {
    ...BER_MON,
    text: 'Hallo Herr Baumann,\n\ndanke für Ihre Geduld. Leider habe ich noch kein Feedback vom Fachbereich. Wir melden uns zeitnah, sobald die Entscheidung gefallen ist. Zur Info: Ein Eintritt wäre frühestens zum 1. Mai möglich.\n\nViele Grüße\nLaura Fink',
    expect: [],
  },
  {
    ...BER_MON,
    text: 'Guten Morgen Herr Jansen,\n\nvielen Dank für Ihre Geduld. Das Team hat sich am Freitag noch einmal abgestimmt, und Sie hören bis Mitte nächster Woche von uns.\n\nSchöne Grüße\nAnke Böhm\nPeople & Organisation | Lichtwerk Software GmbH',
    expect: [{ kind: 'response-by', by: '2027-03-10', fuzzy: true }],
  },
  {
    ...BER_MON,
    text: 'Hallo Herr Kern,\n\ndanke für das nette Telefonat eben. Das ausführliche Feedback der Fachabteilung schicke ich Ihnen bis Donnerstag per E-Mail.\n\nViele Grüße\nInes Wagner\nTalent Acquisition, Kiezbank eG',
    expect: [{ kind: 'response-by', by: '2027-03-04' }],
  },
  {
    ...CGN_WED,
    text: 'Webinar-Einladung: „Bewerben bei Rheinland Bau – so läuft unser Prozess“\n\nWann: Dienstag, 9. März 2027, 17:00–18:00 Uhr\nWo: online (Zoom)\n\nUnsere Recruiterinnen zeigen dir Schritt für Schritt, wie unsere Interviews ablaufen, und beantworten deine Fragen live. Jetzt kostenlos anmelden!\n\nRheinland Bau GmbH & Co. KG · Abmelden',
    expect: [],
  },
];

/** Round 84: Spanish recruiter mail and ATS templates, seventh unseen round. */
export const ROUND_84_ES: readonly PhraseRow[] = [
  {
    ...MAD_MON,
    text: 'Convocatoria de entrevista – Referencia 2027-ADM-031\n\nHola, Alberto:\n\nHemos revisado tu candidatura para la oferta "Administrativo/a de compras" publicada en InfoJobs y nos gustaría conocerte.\n\nFecha: 09/03/2027\nHora: 10:30 h\nLugar: Paseo de la Castellana 95, planta 12, 28046 Madrid\nPersona de contacto: Irene Soler (Responsable de Compras)\n\nPor favor, confirma tu asistencia respondiendo a este mensaje.\n\nUn saludo,\nEquipo de Selección\nSuministros Meseta, S.L. – CIF B-86543210\nTus datos serán tratados conforme al RGPD y a la LOPDGDD. Puedes ejercer tus derechos escribiendo a privacidad@suministrosmeseta.es.',
    expect: [{ kind: 'interview', by: '2027-03-09', time: '10:30' }],
  },
  {
    ...BCN_WED,
    text: '¡Perfecto, Andrea!\n\nTe confirmo la entrevista de mañana jueves a las 17 h por Teams con Javier, nuestro Head of Product. Te llegará la invitación al calendario en unos minutos.\n\n¡Mucha suerte!\nMarta\nTalent Acquisition | Ona Digital\nC/ de Pallars 108, 08018 Barcelona',
    expect: [{ kind: 'interview', by: '2027-03-04', time: '17:00' }],
  },
  {
    ...MEX_TUE,
    text: 'Estimado Lic. Herrera:\n\nPor motivos de agenda del director de Finanzas, la entrevista programada para mañana miércoles 3 de marzo a las 11:00 queda cancelada. Le propongo reprogramarla para el lunes 8 de marzo a las 12:00 hrs en la misma sala de juntas. Le pido de favor que me confirme si le queda bien.\n\nQuedo atenta a sus comentarios.\n\nSaludos cordiales,\nPaola Villanueva\nReclutamiento y Selección | Grupo Bajío Industrial, S.A. de C.V.\nTel. (55) 5280 1100 ext. 214',
    expect: [{ kind: 'interview', by: '2027-03-08', time: '12:00' }],
  },
  {
    ...BCN_WED,
    text: 'Hola Pau,\n\n¡gracias por tu interés! Para la videollamada con el equipo, ¿qué día te viene mejor: el martes 9 por la mañana o el miércoles 10 a partir de las 16:00? Dime y te mando el enlace.\n\nSaludos,\nNúria\nPeople Team | Ona Digital',
    expect: [],
  },
  {
    ...MAD_MON,
    text: 'Hola Clara:\n\nGracias de nuevo por la entrevista del jueves. Estamos terminando las entrevistas con el resto de candidatos esta semana y la próxima, y te daremos una respuesta definitiva antes del 19 de marzo.\n\nUn abrazo,\nRaúl Ortega\nHR Business Partner – Hoteles Brisa Atlántica',
    expect: [{ kind: 'response-by', by: '2027-03-18' }],
  },
  {
    ...MAD_MON,
    text: 'Acuse de recibo de su candidatura\n\nEstimado/a candidato/a:\n\nLe confirmamos que hemos recibido correctamente su solicitud para el puesto de Técnico/a de Prevención de Riesgos Laborales. Las entrevistas tendrán lugar durante la segunda quincena de marzo. Si su candidatura resulta preseleccionada, recibirá una convocatoria con al menos 48 horas de antelación.\n\nAtentamente,\nDepartamento de Recursos Humanos\nConstrucciones Guadarrama, S.A.',
    expect: [],
  },
  {
    ...MAD_MON,
    text: 'Hola Sergio:\n\nTe cuento cómo va la cosa: la decisión final depende del comité de dirección, que se reúne el jueves 11 de marzo. Al día siguiente te comunicaremos el resultado, sea cual sea.\n\nGracias por tu paciencia,\nElena\nSelección | Fintech Iberia',
    expect: [{ kind: 'response-by', by: '2027-03-12' }],
  },
  {
    ...MAD_MON,
    text: 'Estimado/a aspirante:\n\nEl plazo de presentación de solicitudes para la convocatoria de Técnico/a de Laboratorio finaliza el 15 de marzo de 2027. Todas las candidaturas recibirán respuesta en un plazo máximo de dos semanas desde esa fecha.\n\nInstituto de Biotecnología del Ebro – Unidad de Recursos Humanos',
    expect: [{ kind: 'response-by', by: '2027-03-29' }],
  },
  {
    ...SCL_THU,
    text: 'Hola Francisca:\n\nMuchas gracias por tu interés en la posición. Estamos recibiendo un gran número de postulaciones, por lo que te pedimos que esperes al menos diez días antes de escribirnos para preguntar por el estado de tu proceso.\n\nSaludos cordiales,\nEquipo de Personas\nViña Cordillera S.A. | Av. Apoquindo 4501, Las Condes, Santiago',
    expect: [{ kind: 'no-contact-before', by: '2027-03-14' }],
  },
  {
    ...BCN_WED,
    // Issue 13, class 6: an absence gives its first day back (an expectation of nothing before the 2026-12-06 ruling).
    text: 'Respuesta automática: Re: Candidatura Community Manager\n\nHola,\n\nestaré de vacaciones del 1 al 10 de marzo, con acceso limitado al correo. A mi regreso responderé a tu mensaje. Si es urgente, puedes escribir a talento@onadigital.es.\n\nMarta',
    expect: [{ kind: 'no-contact-before', by: '2027-03-10' }],
  },
  {
    ...MEX_TUE,
    text: 'Estimado candidato:\n\nAgradecemos su interés en formar parte de Grupo Bajío Industrial. Le informamos que, por política de la empresa, el equipo de reclutamiento no puede proporcionar información sobre el avance de los procesos de selección por vía telefónica. Cualquier actualización se le hará llegar por este medio.\n\nAtentamente,\nReclutamiento y Selección',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...MAD_MON,
    text: 'Estimado Sr. Domínguez:\n\nLe agradecemos el interés mostrado y el tiempo dedicado al proceso de selección para el puesto de Jefe/a de Almacén. Lamentamos comunicarle que, en esta ocasión, no ha sido seleccionado para continuar en el proceso.\n\nConservaremos su currículum para futuras vacantes, salvo que nos indique lo contrario.\n\nAtentamente,\nRecursos Humanos – Logística Tajo, S.A.\n\nEl lun, 22 feb 2027 a las 9:14, Víctor Domínguez <vdominguez@correo.es> escribió:\n> Buenos días, quería saber si hay novedades sobre la entrevista del día 15. Muchas gracias.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...BCN_WED,
    text: '¡Hola Iker!\n\nNos alegra muchísimo decirte que queremos que te unas a Ona Digital como Frontend Developer. Te adjuntamos la carta de oferta con las condiciones; la incorporación sería el 1 de abril. Te agradeceríamos que nos respondieras antes del 10 de marzo.\n\n¡Un abrazo de todo el equipo!\nMarta',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...MAD_MON,
    text: 'Nuevas ofertas que encajan contigo\n\nAdministrativo/a contable – Gestoría Retiro – Madrid – Publicada hace 2 días\nFecha límite de inscripción: 20/03/2027\nAuxiliar administrativo/a – Clínica Dental Sonrisa – Alcobendas – Entrevistas a partir del 15/03\n\nRecibes este correo porque tienes activadas las alertas de empleo de InfoJobs. Darte de baja',
    expect: [],
  },
  {
    ...BCN_WED,
    text: 'Open Day Ona Digital – ¡Te esperamos!\n\nTe invitamos a conocer nuestras oficinas el jueves 18 de marzo de 17:00 a 19:30 h en C/ de Pallars 108, Barcelona. Charlas con el equipo, networking y mini entrevistas con nuestras responsables de selección.\n\nPlazas limitadas: inscríbete antes del 12 de marzo.\n\nSi no quieres recibir más comunicaciones, haz clic aquí.',
    expect: [],
  },
  {
    ...MAD_MON,
    text: 'Estimada Sra. López:\n\nLe escribo para consultar el estado de mi candidatura al puesto de Analista de Datos, que envié el pasado 10 de febrero. Quedo a la espera de su respuesta y disponible para una entrevista cualquier día a partir del 8 de marzo.\n\nUn cordial saludo,\nBeatriz Molina\nTel. 612 345 678',
    expect: [],
  },
  {
    ...BCN_WED,
    text: 'Hola Jordi,\n\ngracias por escribir. Todavía no tenemos novedades: te avisaremos en cuanto el equipo tome una decisión. Recuerda que el contrato empezaría el 1 de abril.\n\nSaludos,\nNúria',
    expect: [],
  },
  {
    ...MEX_TUE,
    text: 'Buenas tardes, Ing. Castañeda:\n\nMuchas gracias por su tiempo en la entrevista de ayer. Seguimos evaluando perfiles y le estaremos dando respuesta durante la próxima semana.\n\nSaludos cordiales,\nPaola Villanueva\nGrupo Bajío Industrial',
    expect: [{ kind: 'response-by', by: '2027-03-12' }],
  },
  {
    ...BOG_FRI,
    text: 'Señor Rodríguez, buenos días:\n\nNos complace invitarlo a la etapa de entrevista para el cargo de Analista de Cartera. Lo esperamos el martes 9 de marzo a las 8:30 a. m. en nuestra sede de la Calle 93 # 11-26, Bogotá. Por favor traiga su cédula.\n\nCordialmente,\nLaura Camacho\nGestión Humana – Cooperativa Andina de Ahorro\nPBX (601) 555 0101',
    expect: [{ kind: 'interview', by: '2027-03-09', time: '08:30' }],
  },
  {
    ...MAD_MON,
    text: 'Justificante de registro\n\nSu solicitud n.º 2027/00412 ha sido registrada el 01/03/2027 a las 10:02 h en el proceso de selección de Auxiliar Administrativo/a.\n\nInformación básica sobre protección de datos: Responsable: Ayuntamiento de Villanueva del Pardillo. Finalidad: gestión de procesos selectivos. Legitimación: Ley Orgánica 3/2018, de 5 de diciembre. Conservación: hasta el 31/12/2028.',
    expect: [],
  },
];

/** Round 85: French recruiter mail and ATS templates, seventh unseen round. */
export const ROUND_85_FR: readonly PhraseRow[] = [
  {
    ...PAR_MON,
    text: "Invitation à un entretien – Chargé·e de communication interne\n\nBonjour Camille,\n\nMerci pour votre candidature sur Welcome to the Jungle ! Votre profil a retenu toute notre attention et nous serions ravis d'échanger avec vous.\n\nDate : mardi 9 mars 2027\nHeure : 10h30\nLieu : 18 rue du Faubourg-Poissonnière, 75010 Paris (4e étage, code 4521B)\nAvec : Hélène Marchal, directrice de la communication\n\nMerci de nous confirmer votre présence en répondant à ce message.\n\nÀ très vite,\nL'équipe Talents\nMaison Ourcq SAS – capital de 150 000 € – RCS Paris 812 345 678 – SIRET 812 345 678 00027\nConformément au RGPD, vous pouvez exercer vos droits d'accès et de rectification à l'adresse dpo@maison-ourcq.fr.",
    expect: [{ kind: 'interview', by: '2027-03-09', time: '10:30' }],
  },
  {
    ...LYS_WED,
    text: "Hello Mathis,\n\nTop, c'est calé pour demain 14h en visio avec Juliette et moi ! Je t'envoie l'invitation Google Meet dans la foulée.\n\nBonne soirée,\nRomain\nTalent Acquisition – Canut Labs\n06 12 34 56 78",
    expect: [{ kind: 'interview', by: '2027-03-04', time: '14:00' }],
  },
  {
    ...PAR_MON,
    text: "Madame,\n\nNous sommes contraints de reporter l'entretien initialement prévu le lundi 8 mars à 9h, M. Perrin étant retenu en déplacement. Seriez-vous disponible le mercredi 10 mars à 16h à la place ?\n\nAvec toutes nos excuses pour ce contretemps,\n\nSylvie Garnier\nAssistante RH – Groupe Seine Habitat\nTél. : 01 44 55 66 77",
    expect: [{ kind: 'interview', by: '2027-03-10', time: '16:00' }],
  },
  {
    ...LYS_WED,
    text: "Salut Inès,\n\nMerci pour ton intérêt pour le poste ! Voici mes dispos pour un premier échange téléphonique : lundi 8 mars entre 10h et 12h, mardi 9 mars à 14h ou jeudi 11 mars à 17h30. Dis-moi ce qui t'arrange le mieux.\n\nÀ bientôt,\nRomain",
    expect: [],
  },
  {
    ...PAR_MON,
    text: 'Bonjour Monsieur Lefèvre,\n\nSuite à votre candidature, nous vous invitons à réserver un créneau de 45 minutes pour un entretien vidéo entre le 8 et le 12 mars via le lien ci-dessous :\n\nhttps://calendly.com/exemple-rh/entretien\n\nBien cordialement,\nService Recrutement – Banque Rive Gauche',
    expect: [],
  },
  {
    ...BRU_THU,
    text: "Bonjour Madame Dupont,\n\nMerci encore pour l'entretien de mardi. Nous rencontrons encore deux candidats la semaine prochaine ; nous reviendrons vers vous au plus tard le vendredi 19 mars.\n\nBien à vous,\nNathalie Claes\nHR Manager – Brasserie des Marolles SRL\nRue Haute 210, 1000 Bruxelles – TVA BE 0712.345.678",
    expect: [{ kind: 'response-by', by: '2027-03-19' }],
  },
  {
    ...PAR_MON,
    text: 'Accusé de réception de votre candidature\n\nMadame, Monsieur,\n\nNous accusons bonne réception de votre candidature au poste de contrôleur de gestion. Les entretiens se dérouleront du 15 au 26 mars. Seuls les candidats présélectionnés seront contactés.\n\nCordialement,\nDirection des Ressources Humaines\nMutuelle Loire-Atlantique',
    expect: [],
  },
  {
    ...YUL_TUE,
    text: "Bonjour Olivier,\n\nJe ne peux pas encore te donner de date précise, mais la décision devrait tomber au plus tard à la fin de la semaine prochaine, et je t'appelle dans la foulée.\n\nBonne journée!\nGeneviève Tremblay\nConseillère en acquisition de talents | Érablière Tech inc.\n514 555-0142",
    expect: [{ kind: 'response-by', by: '2027-03-12' }],
  },
  {
    ...PAR_MON,
    text: "Madame,\n\nLe jury de sélection se réunira le mardi 16 mars. Vous recevrez notre réponse dans les cinq jours ouvrés suivant cette réunion.\n\nVeuillez agréer, Madame, l'expression de nos salutations distinguées.\n\nService du personnel – Communauté d'agglomération du Val de Marne",
    expect: [{ kind: 'response-by', by: '2027-03-23' }],
  },
  {
    ...PAR_MON,
    text: "Bonjour,\n\nNous avons bien reçu votre message. Merci de ne pas relancer l'équipe avant le 15 mars, date à laquelle la présélection sera terminée.\n\nCordialement,\nL'équipe Recrutement – Atelier Batignolles",
    expect: [{ kind: 'no-contact-before', by: '2027-03-15' }],
  },
  {
    ...BRU_THU,
    // Issue 13, class 6: an absence gives its first day back (an expectation of nothing before the 2026-12-06 ruling).
    text: "Réponse automatique : Absence du bureau\n\nBonjour,\n\nJe suis absente du 4 au 12 mars inclus et n'aurai qu'un accès limité à ma messagerie. Pour toute question urgente concernant votre candidature, contactez ma collègue Sarah Peeters au +32 2 555 12 34.\n\nNathalie Claes",
    expect: [{ kind: 'no-contact-before', by: '2027-03-13' }],
  },
  {
    ...PAR_MON,
    text: "Madame, Monsieur,\n\nNous vous remercions pour l'intérêt porté à notre enseigne. En raison du nombre important de candidatures, nous ne sommes malheureusement pas en mesure de répondre aux appels concernant le suivi des dossiers. Vous serez informé(e) par e-mail de la suite donnée à votre candidature.\n\nLe service RH – Boulangeries Vermeil SAS",
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...LYS_WED,
    text: "Monsieur,\n\nNous faisons suite à votre entretien pour le poste de technicien de maintenance. Nous sommes au regret de vous informer que votre candidature n'a pas été retenue.\n\nNous vous souhaitons pleine réussite dans vos recherches.\n\nCordialement,\nClaire Fontaine\nRH – Rhône Mécanique SA – SIRET 398 765 432 00015\n\nLe lun. 22 févr. 2027 à 18:03, Thomas Giraud <t.giraud@exemple.fr> a écrit :\n> Bonjour Madame Fontaine, merci pour l'entretien de ce matin à 10h. Je reste à votre disposition.",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...YUL_TUE,
    text: "Bonjour Madame Gagnon,\n\nÀ la suite de nos rencontres, nous avons le plaisir de vous offrir le poste de coordonnatrice des ressources humaines au sein de notre équipe de Laval, avec une entrée en fonction le 5 avril 2027. Vous trouverez ci-joint la lettre d'offre détaillant les conditions.\n\nNous vous saurions gré de nous faire part de votre décision d'ici le 10 mars.\n\nCordialement,\nMarc-André Bouchard\nVice-président, Ressources humaines\nTransports Laurentides inc.",
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...PAR_MON,
    text: 'Nouvelles offres pour votre alerte « Comptable »\n\nComptable fournisseurs H/F – Cabinet Delorme – Nantes – Date limite de candidature : 31/03/2027\nAssistant comptable H/F – Océane Distribution – Saint-Nazaire – entretiens prévus début avril\n\nVous recevez cet e-mail car vous avez créé une alerte emploi. Se désabonner',
    expect: [],
  },
  {
    ...GVA_FRI,
    text: 'Forum Emploi Léman 2027\n\nRejoignez-nous le jeudi 18 mars de 9h30 à 17h à Palexpo (halle 4). Au programme : job dating, 10 minutes pour convaincre nos recruteurs, ateliers CV et conférences.\n\nEntrée libre sur inscription. Pour ne plus recevoir nos communications, cliquez ici.',
    expect: [],
  },
  {
    ...PAR_MON,
    text: "Madame Bernard,\n\nJe me permets de vous relancer concernant ma candidature au poste d'assistante de direction, envoyée le 15 février. Je reste disponible pour un entretien à partir du 8 mars, à votre convenance.\n\nBien cordialement,\nLéa Moreau\n07 98 76 54 32",
    expect: [],
  },
  {
    ...LYS_WED,
    text: 'Bonjour Yanis,\n\nMerci pour votre patience. Nous revenons vers vous très prochainement avec une réponse. Pour rappel, la prise de poste est souhaitée le 1er avril.\n\nBien à vous,\nClaire Fontaine',
    expect: [],
  },
  {
    ...PAR_MON,
    text: "Bonjour Maxime,\n\nMerci pour notre échange de ce matin. Je vous transmets le compte rendu de l'entretien et les prochaines étapes d'ici mercredi.\n\nBelle journée,\nAurélie Dubois\nChargée de recrutement – Atelier Batignolles",
    expect: [{ kind: 'response-by', by: '2027-03-03' }],
  },
  {
    ...GVA_FRI,
    text: 'Madame,\n\nNous avons le plaisir de vous convier à un entretien le lundi 15 mars 2027 à 8 h 45 dans nos locaux, route de Meyrin 49, 1211 Genève. Merci de vous présenter à la réception.\n\nMeilleures salutations,\nService des ressources humaines\nLéman Précision SA – IDE CHE-123.456.789',
    expect: [{ kind: 'interview', by: '2027-03-15', time: '08:45' }],
  },
];

// Rounds 86–88, written after rounds 83–85's fixes and before the engine read them.
// Tuesday 6 April 2027, 09:15 in Hamburg.
const HAM_TUE2 = { sentAt: '2027-04-06T09:15:00+02:00', tz: 'Europe/Berlin' } as const;
// Wednesday 7 April 2027, 11:30 in Basel.
const BSL_WED = { sentAt: '2027-04-07T11:30:00+02:00', tz: 'Europe/Zurich' } as const;
// Thursday 8 April 2027, 16:00 in Stuttgart.
const STR_THU = { sentAt: '2027-04-08T16:00:00+02:00', tz: 'Europe/Berlin' } as const;
// Monday 12 April 2027, 10:00 in Graz.
const GRZ_MON = { sentAt: '2027-04-12T10:00:00+02:00', tz: 'Europe/Vienna' } as const;

// Tuesday 6 April 2027, 10:00 in Madrid.
const MAD_TUE2 = { sentAt: '2027-04-06T10:00:00+02:00', tz: 'Europe/Madrid' } as const;
// Wednesday 7 April 2027, 09:00 in Lima.
const LIM_WED = { sentAt: '2027-04-07T09:00:00-05:00', tz: 'America/Lima' } as const;
// Thursday 8 April 2027, 12:00 in Seville.
const SEV_THU = { sentAt: '2027-04-08T12:00:00+02:00', tz: 'Europe/Madrid' } as const;
// Friday 9 April 2027, 10:00 in Mexico City.
const MEX_FRI = { sentAt: '2027-04-09T10:00:00-06:00', tz: 'America/Mexico_City' } as const;
// Monday 12 April 2027, 11:00 in Buenos Aires.
const BUE_MON = { sentAt: '2027-04-12T11:00:00-03:00', tz: 'America/Argentina/Buenos_Aires' } as const;

// Tuesday 6 April 2027, 10:00 in Paris.
const PAR_TUE2 = { sentAt: '2027-04-06T10:00:00+02:00', tz: 'Europe/Paris' } as const;
// Wednesday 7 April 2027, 11:00 in Luxembourg.
const LUX_WED = { sentAt: '2027-04-07T11:00:00+02:00', tz: 'Europe/Luxembourg' } as const;
// Thursday 8 April 2027, 15:00 in Nantes.
const NTE_THU = { sentAt: '2027-04-08T15:00:00+02:00', tz: 'Europe/Paris' } as const;
// Friday 9 April 2027, 09:00 in Lausanne.
const LAU_FRI = { sentAt: '2027-04-09T09:00:00+02:00', tz: 'Europe/Zurich' } as const;
// Monday 12 April 2027, 09:00 in Montréal.
const YUL_MON = { sentAt: '2027-04-12T09:00:00-04:00', tz: 'America/Toronto' } as const;

/** Round 86: German recruiter mail, written after rounds 83–85's fixes. */
export const ROUND_86_DE: readonly PhraseRow[] = [
  {
    ...HAM_TUE2,
    text: 'Hey Mia,\n\ndanke dir für deine Bewerbung als Junior Art Director – dein Portfolio hat uns echt abgeholt! Wir würden dich gern am Montag, den 19. April, um 14.30 Uhr bei uns im Studio (Schanzenstraße 58, Hinterhaus) kennenlernen. Mit dabei sind Kai (Creative Director) und ich.\n\nSag gern kurz Bescheid, ob das klappt.\n\nLiebe Grüße\nFrieda\nPeople & Culture | Hafenkante Kreativagentur GmbH\nAmtsgericht Hamburg HRB 171166 · Geschäftsführerin: Lotte Ahrens',
    expect: [{ kind: 'interview', by: '2027-04-19', time: '14:30' }],
  },
  {
    ...HAM_TUE2,
    text: 'Bestätigung: Telefoninterview am 13.04. um 8:45 Uhr\n\nHallo Herr Sauer,\n\nhiermit bestätige ich Ihnen unser Telefoninterview. Ich rufe Sie zur vereinbarten Zeit unter der Nummer an, die Sie im Bewerbungsformular angegeben haben. Planen Sie bitte etwa 30 Minuten ein.\n\nViele Grüße\nNele Brandt\nRecruiterin, Elbe Medizintechnik GmbH',
    expect: [{ kind: 'interview', by: '2027-04-13', time: '08:45' }],
  },
  {
    ...HAM_TUE2,
    text: 'Hi Paul,\n\nbei uns ist leider etwas dazwischengekommen – können wir unser Gespräch von Donnerstag auf Freitag schieben, gleiche Uhrzeit (11 Uhr)? Sorry für die Kurzfristigkeit!\n\nBeste Grüße\nJan',
    expect: [{ kind: 'interview', by: '2027-04-09', time: '11:00' }],
  },
  {
    ...STR_THU,
    text: 'Sehr geehrte Frau Ilić,\n\ngerne möchten wir Sie zu einem Zweitgespräch einladen. Bitte wählen Sie über den folgenden Link einen passenden Termin in der Woche vom 19. April aus:\n\nhttps://jobs.example-personio.de/scheduling/8842\n\nMit freundlichen Grüßen\nNeckarwerk Präzisionsteile GmbH – Personal',
    expect: [],
  },
  {
    ...GRZ_MON,
    text: 'Sehr geehrter Herr Pichler,\n\nwir bestätigen den Eingang Ihrer Bewerbung um die Stelle als Verwaltungsassistent. Die Hearings sind für die zweite Aprilhälfte geplant; über eine allfällige Einladung werden Sie gesondert informiert.\n\nMit freundlichen Grüßen\nMagistrat der Stadt Graz – Personalamt',
    expect: [],
  },
  {
    ...HAM_TUE2,
    text: 'Hallo Herr Yilmaz,\n\nich kann Ihnen leider noch nichts Konkretes sagen, da die Abteilungsleitung diese Woche im Urlaub ist. Spätestens in der KW 16 bekommen Sie aber eine Antwort von mir.\n\nViele Grüße\nTobias Kern\nHR Generalist | Alsterdach Immobilien GmbH',
    expect: [{ kind: 'response-by', by: '2027-04-23' }],
  },
  {
    ...STR_THU,
    text: 'Sehr geehrte Frau Weiß,\n\ndie Auswahlkommission tagt am Mittwoch, 14. April. Spätestens drei Werktage danach teilen wir Ihnen das Ergebnis mit.\n\nMit freundlichen Grüßen\nPersonalabteilung\nLandesbank Neckar-Alb',
    expect: [{ kind: 'response-by', by: '2027-04-19' }],
  },
  {
    ...HAM_TUE2,
    text: 'Hi Lukas,\n\ndanke für deine Nachricht! Wir bitten dich, von Nachfragen zum Stand abzusehen, bis die Bewerbungsfrist am 16. April abgelaufen ist – vorher können wir leider noch nichts sagen.\n\nViele Grüße\nTeam Recruiting\nAlsterdach Immobilien GmbH',
    expect: [{ kind: 'no-contact-before', by: '2027-04-17' }],
  },
  {
    ...BSL_WED,
    text: 'Abwesenheitsnotiz\n\nGuten Tag\n\nIch bin bis und mit 9. April auf Geschäftsreise und lese meine E-Mails nur unregelmässig. Bei Fragen zu Bewerbungen wenden Sie sich bitte an jobs@rheinknie-pharma.ch.\n\nFreundliche Grüsse\nCorinne Vogt',
    // Issue 13, class 6: an absence gives its first day back (an expectation of nothing before the 2026-12-06 ruling;
    // the Swiss "bis und mit" includes its day, read since round 136).
    expect: [{ kind: 'no-contact-before', by: '2027-04-10' }],
  },
  {
    ...STR_THU,
    text: 'Sehr geehrter Bewerber,\n\nvielen Dank für Ihr Interesse. Bitte haben Sie Verständnis dafür, dass wir Anrufe zum Bearbeitungsstand Ihrer Bewerbung grundsätzlich nicht entgegennehmen können.\n\nMit freundlichen Grüßen\nNeckarwerk Präzisionsteile GmbH',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...BSL_WED,
    text: 'Guten Tag Herr Frei\n\nWir danken Ihnen für Ihre Bewerbung und das Gespräch vom 1. April. Leider können wir Ihnen keine Zusage geben, da wir uns für eine Person mit mehr Erfahrung im regulatorischen Bereich entschieden haben.\n\nFreundliche Grüsse\nRheinknie Pharma AG, Personaldienst\nAeschenvorstadt 21, 4051 Basel | UID CHE-109.876.543',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...STR_THU,
    text: 'Hallo Emma,\n\nwir möchten dich unbedingt im Team haben! Anbei findest du unser Angebot für die Stelle als Backend-Entwicklerin. Gib uns bitte bis Mittwoch nächster Woche Bescheid, ob du an Bord kommst.\n\nViele Grüße\nBen & das Team von Schwabencode',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...HAM_TUE2,
    text: 'Deine Woche auf LinkedIn\n\n12 Personen haben dein Profil angesehen.\nLive-Event: „Vorstellungsgespräch-Tipps von Recruitern“ – Donnerstag, 15. April, 18 Uhr\n3 neue Jobs passen zu deinem Profil – Bewerbungsfrist endet bald\n\nDu erhältst diese E-Mail, weil du Mitglied bei LinkedIn bist. Abbestellen',
    expect: [],
  },
  {
    ...HAM_TUE2,
    text: 'Hallo Frau Kaiser,\n\nvielen Dank für die Einladung! Leider bin ich am 20.04. verhindert. Ginge alternativ auch der 21.04. oder der 22.04. vormittags?\n\nViele Grüße\nHannah Roth',
    expect: [],
  },
  {
    ...GRZ_MON,
    text: 'Sehr geehrter Herr Steiner,\n\ndas Video-Interview findet am Donnerstag, 15. April 2027, von 10:00 bis 10:45 Uhr (MESZ) statt. Den Zugangslink erhalten Sie am Vortag.\n\nMit freundlichen Grüßen\nMag. Petra Lechner\nSteirische Energienetze GmbH',
    expect: [{ kind: 'interview', by: '2027-04-15', time: '10:00' }],
  },
  {
    ...HAM_TUE2,
    text: 'Sehr geehrte Frau Dr. Henning,\n\nnochmals danke für Ihre Zeit. Wir geben Ihnen bis spätestens Freitag übernächster Woche Bescheid.\n\nMit freundlichen Grüßen\nOlaf Reimers',
    expect: [{ kind: 'response-by', by: '2027-04-23' }],
  },
];

/** Round 87: Spanish recruiter mail, written after rounds 83–85's fixes. */
export const ROUND_87_ES: readonly PhraseRow[] = [
  {
    ...LIM_WED,
    text: 'Estimado Sr. Quispe:\n\nPor medio del presente, lo invitamos a la entrevista final con la Gerencia General, programada para el lunes 12 de abril a las 3:00 p. m. en nuestras oficinas de Av. Javier Prado Este 4200, Santiago de Surco.\n\nAtentamente,\nJimena Torres\nJefa de Selección – Agroexport del Sur S.A.C.\nRUC 20512345678',
    expect: [{ kind: 'interview', by: '2027-04-12', time: '15:00' }],
  },
  {
    ...BUE_MON,
    text: '¡Buenísimo, Tomás!\n\nQuedamos entonces el jueves 15 a las 10 por Meet. Cualquier cosa avisame.\n\nAbrazo,\nFlor\nTalent Acquisition | Mate Labs',
    expect: [{ kind: 'interview', by: '2027-04-15', time: '10:00' }],
  },
  {
    ...MAD_TUE2,
    text: 'Estimada Sra. Rubio:\n\nLe escribo para avisarle de que la entrevista del viernes 9 se traslada al martes 13 de abril, a las 9:30 h, en el mismo lugar. Disculpe las molestias.\n\nUn saludo,\nPilar Navarro\nRR. HH. – Grupo Hostelero Castellano',
    expect: [{ kind: 'interview', by: '2027-04-13', time: '09:30' }],
  },
  {
    ...MEX_FRI,
    text: 'Hola Ricardo:\n\nTenemos disponibilidad el miércoles 14 a las 10:00 o a las 17:00 hrs, y el jueves 15 a las 12:00. ¿Cuál te acomoda más?\n\nSaludos,\nMariana\nReclutamiento | Textiles del Valle',
    expect: [],
  },
  {
    ...SEV_THU,
    text: 'Hola equipo:\n\nOs comparto la agenda de entrevistas del martes 13:\n9:00 – Laura P. (Administración)\n10:00 – Andrés G. (Administración)\n11:30 – Sofía R. (Almacén)\n\nPor favor, reservad la sala 2.\n\nGracias,\nCarmen',
    expect: [],
  },
  {
    ...SEV_THU,
    text: 'Feria de Empleo US 2027\n\nLos días 21 y 22 de abril, de 10:00 a 18:00 h, más de 60 empresas te esperan en el Pabellón de la Universidad de Sevilla. Habrá entrevistas in situ y talleres de CV.\n\nInscripción gratuita. Si no deseas recibir más correos, pulsa aquí.',
    expect: [],
  },
  {
    ...MAD_TUE2,
    text: 'Tu candidatura ha cambiado de estado\n\nOferta: Dependiente/a de tienda – Moda Retiro\nNuevo estado: CV leído\nFecha: 06/04/2027 09:42\n\nLa empresa ha visto tu CV. Te avisaremos si hay novedades.\nInfoJobs – Ver mis candidaturas',
    expect: [],
  },
  {
    ...MAD_TUE2,
    text: 'Hola Irene:\n\nPara continuar en el proceso, completa la prueba técnica antes del domingo 11 de abril a las 23:59 h (hora peninsular). El enlace caduca en esa fecha.\n\n¡Mucha suerte!\nEquipo de Talento – Datasur',
    expect: [],
  },
  {
    ...SEV_THU,
    text: 'Hola Pablo:\n\nGracias por tu interés. Te diremos algo en breve.\n\nUn saludo,\nCarmen López\nAceitunas del Guadalquivir, S.L.\n\nEste mensaje y sus anexos son confidenciales. Inscrita en el Registro Mercantil de Sevilla, Tomo 5.412, Folio 33, Hoja SE-88121, inscripción 1.ª de fecha 12/03/2019.',
    expect: [],
  },
  {
    ...SEV_THU,
    text: 'Hola Andrea:\n\nComo muy tarde, el lunes 19 de abril tendrás una respuesta por nuestra parte, sea positiva o negativa.\n\nUn saludo,\nCarmen',
    expect: [{ kind: 'response-by', by: '2027-04-19' }],
  },
  {
    ...MEX_FRI,
    text: 'Estimada Lic. Fuentes:\n\nEl cierre de la vacante está previsto para el viernes 16 de abril; dentro de la semana siguiente nos comunicaremos con usted para informarle el resultado.\n\nSaludos cordiales,\nReclutamiento – Textiles del Valle, S.A. de C.V.',
    expect: [{ kind: 'response-by', by: '2027-04-23' }],
  },
  {
    ...BUE_MON,
    text: 'Hola Julieta:\n\nTe pedimos por favor que no nos contactes para consultar por tu postulación hasta el lunes 19 de abril, que es cuando terminamos la primera etapa.\n\nSaludos,\nEquipo de Selección – Mate Labs',
    expect: [{ kind: 'no-contact-before', by: '2027-04-19' }],
  },
  {
    ...LIM_WED,
    text: 'Estimado postulante:\n\nAgradecemos su interés. Le informamos que no contamos con personal para atender consultas por teléfono sobre las vacantes publicadas; toda comunicación se realizará por correo electrónico.\n\nÁrea de Selección – Agroexport del Sur S.A.C.',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...MEX_FRI,
    text: 'Estimado Ing. Salinas:\n\nLe agradecemos su participación en el proceso para Supervisor de Producción. Lamentablemente, en esta ocasión su perfil no fue seleccionado para continuar.\n\nLe deseamos éxito en su búsqueda.\nReclutamiento – Textiles del Valle',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...MAD_TUE2,
    text: 'Estimado Sr. Gil:\n\nTenemos el gusto de ofrecerle la posición de Jefe de Turno en nuestro hotel de Toledo. Le pedimos que nos haga llegar su aceptación firmada a más tardar el 14 de abril.\n\nAtentamente,\nPilar Navarro\nRR. HH. – Grupo Hostelero Castellano',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
];

/** Round 88: French recruiter mail, written after rounds 83–85's fixes. */
export const ROUND_88_FR: readonly PhraseRow[] = [
  {
    ...PAR_TUE2,
    text: 'Bonjour Monsieur Roux,\n\nSuite à notre échange téléphonique, seriez-vous disponible jeudi 15 avril à 11h pour un entretien avec notre directeur commercial, dans nos locaux de La Défense ?\n\nBien cordialement,\nAgathe Morel\nChargée de recrutement – Vendôme Assurances',
    expect: [{ kind: 'interview', by: '2027-04-15', time: '11:00' }],
  },
  {
    ...PAR_TUE2,
    text: 'Bonjour Chloé,\n\nJe vous propose deux créneaux pour le second entretien : le mardi 13 avril à 9h30 ou le mercredi 14 à 15h. Lequel vous convient le mieux ?\n\nBelle journée,\nAgathe',
    expect: [],
  },
  {
    ...NTE_THU,
    text: 'Bonjour,\n\nVoici les créneaux disponibles pour votre entretien vidéo :\n- lundi 12/04 – 10h00\n- lundi 12/04 – 14h00\n- mardi 13/04 – 11h00\n\nMerci de me répondre avec votre choix.\n\nCordialement,\nService RH – Atlantique Agro',
    expect: [],
  },
  {
    ...NTE_THU,
    text: "Bonjour Hugo,\n\nLe jeudi 15 avril, nous avons encore de la place à 10h, 11h30 ou 16h pour l'entretien collectif. Dis-moi ce qui t'arrange !\n\nÀ bientôt,\nManon",
    expect: [],
  },
  {
    ...NTE_THU,
    text: "Bonjour Madame Leroy,\n\nParfait, je vous confirme donc le créneau du mercredi 14 avril à 15h. L'entretien se tiendra au 3 quai de la Fosse, 44000 Nantes.\n\nCordialement,\nManon Guérin\nRH – Atlantique Agro SAS",
    expect: [{ kind: 'interview', by: '2027-04-14', time: '15:00' }],
  },
  {
    ...YUL_MON,
    text: 'Bonjour Félix,\n\nNous devons malheureusement déplacer votre entrevue de mardi. Seriez-vous disponible le jeudi 15 avril à 13 h 30 à la place?\n\nMerci de votre compréhension,\nJosée Pelletier\nRessources humaines – Coopérative Boréale',
    expect: [{ kind: 'interview', by: '2027-04-15', time: '13:30' }],
  },
  {
    ...NTE_THU,
    text: 'Salut Théo,\n\nPour info, les entretiens avec les autres candidats se tiennent les 13 et 14 avril ; je reviens vers toi ensuite.\n\nManon',
    expect: [],
  },
  {
    ...LUX_WED,
    text: 'Madame,\n\nNous accusons réception de votre candidature. Les entretiens de sélection auront lieu dans nos locaux de Luxembourg-Kirchberg au cours de la semaine du 26 avril.\n\nVeuillez agréer, Madame, nos salutations distinguées.\nBanque du Kirchberg S.A. – R.C.S. Luxembourg B 123456',
    expect: [],
  },
  {
    ...PAR_TUE2,
    text: 'Bonjour Monsieur Faure,\n\nMerci pour votre venue hier. Nous vous ferons un retour au plus tard mardi prochain.\n\nBien à vous,\nAgathe Morel',
    expect: [{ kind: 'response-by', by: '2027-04-13' }],
  },
  {
    ...LAU_FRI,
    text: 'Monsieur,\n\nNous avons bien reçu votre dossier de candidature. Vous recevrez une réponse écrite dans un délai de dix jours ouvrables.\n\nMeilleures salutations,\nService du personnel – Commune de Lausanne',
    expect: [{ kind: 'response-by', by: '2027-04-23' }],
  },
  {
    ...NTE_THU,
    text: 'Bonjour Sarah,\n\nJe te remercie de ne pas me relancer avant la fin des entretiens, prévue le 16 avril.\n\nBonne journée,\nManon',
    expect: [{ kind: 'no-contact-before', by: '2027-04-16' }],
  },
  {
    ...LUX_WED,
    text: "Madame, Monsieur,\n\nMerci de privilégier l'e-mail : nos recruteurs ne prennent aucun appel concernant les candidatures en cours.\n\nBanque du Kirchberg S.A.",
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...LUX_WED,
    text: "Madame Weber,\n\nAprès mûre réflexion, nous avons décidé de poursuivre le processus avec d'autres candidats dont le profil correspond davantage à nos besoins actuels.\n\nNous vous remercions de l'intérêt porté à notre établissement.\nBanque du Kirchberg S.A.",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...PAR_TUE2,
    text: "La lettre de l'APEC – avril 2027\n\nWebinaire « Réussir son entretien vidéo » le mardi 13 avril à 12h30.\nSalon des cadres : le 22 avril à Paris Expo.\n\nVous recevez cette lettre car vous êtes inscrit sur apec.fr. Se désinscrire",
    expect: [],
  },
  {
    ...PAR_TUE2,
    text: 'Bonjour Madame Morel,\n\nJe vous confirme ma disponibilité pour un entretien le 14 ou le 15 avril, à votre convenance.\n\nBien cordialement,\nJulien Faure\n06 55 44 33 22',
    expect: [],
  },
];

// Rounds 89–91, written after rounds 86–88's fixes and before the engine read them.
// Monday 3 May 2027, 09:00 in Frankfurt.
const FRA_MON = { sentAt: '2027-05-03T09:00:00+02:00', tz: 'Europe/Berlin' } as const;
// Tuesday 4 May 2027, 08:00 in Zug.
const ZUG_TUE = { sentAt: '2027-05-04T08:00:00+02:00', tz: 'Europe/Zurich' } as const;
// Wednesday 5 May 2027, 14:00 in Leipzig.
const LEJ_WED = { sentAt: '2027-05-05T14:00:00+02:00', tz: 'Europe/Berlin' } as const;
// Thursday 6 May 2027, 10:00 in London (a German employer writing to a candidate there).
const LON_THU = { sentAt: '2027-05-06T10:00:00+01:00', tz: 'Europe/London' } as const;
// Friday 7 May 2027, 10:30 in Linz.
const LNZ_FRI = { sentAt: '2027-05-07T10:30:00+02:00', tz: 'Europe/Vienna' } as const;

// Monday 3 May 2027, 09:30 in Valencia.
const VLC_MON = { sentAt: '2027-05-03T09:30:00+02:00', tz: 'Europe/Madrid' } as const;
// Tuesday 4 May 2027, 11:00 in Montevideo.
const MVD_TUE = { sentAt: '2027-05-04T11:00:00-03:00', tz: 'America/Montevideo' } as const;
// Wednesday 5 May 2027, 10:00 in Bogotá.
const BOG_WED = { sentAt: '2027-05-05T10:00:00-05:00', tz: 'America/Bogota' } as const;
// Thursday 6 May 2027, 16:00 in Mexico City.
const MEX_THU = { sentAt: '2027-05-06T16:00:00-06:00', tz: 'America/Mexico_City' } as const;
// Friday 7 May 2027, 12:00 in Santiago de Chile.
const SCL_FRI2 = { sentAt: '2027-05-07T12:00:00-04:00', tz: 'America/Santiago' } as const;

// Monday 3 May 2027, 09:00 in Bordeaux.
const BDX_MON = { sentAt: '2027-05-03T09:00:00+02:00', tz: 'Europe/Paris' } as const;
// Wednesday 5 May 2027, 13:00 in Québec City.
const QUE_WED = { sentAt: '2027-05-05T13:00:00-04:00', tz: 'America/Toronto' } as const;
// Thursday 6 May 2027, 10:00 in Lille.
const LIL_THU = { sentAt: '2027-05-06T10:00:00+02:00', tz: 'Europe/Paris' } as const;
// Friday 7 May 2027, 09:30 in Namur.
const NAM_FRI = { sentAt: '2027-05-07T09:30:00+02:00', tz: 'Europe/Brussels' } as const;

/** Round 89: German recruiter mail, written after rounds 86–88's fixes. */
export const ROUND_89_DE: readonly PhraseRow[] = [
  {
    ...LON_THU,
    text: "Sehr geehrte Frau O'Neill,\n\nwir freuen uns, Sie kennenzulernen. Ihr Interview mit unserem Team in Frankfurt findet am Dienstag, 11. Mai, um 15:00 Uhr MESZ per Microsoft Teams statt. Die Einladung mit dem Link folgt separat.\n\nMit freundlichen Grüßen\nJulia Hahn\nTalent Acquisition | Mainhattan Capital AG\nNeue Mainzer Straße 52, 60311 Frankfurt am Main",
    expect: [{ kind: 'interview', by: '2027-05-11', time: '14:00' }],
  },
  {
    ...LEJ_WED,
    text: 'Hallo Frau Krause,\n\nperfekt, dann bleibt es bei Donnerstag, 13.05., 10:00 Uhr. Ich freue mich!\n\nViele Grüße\nRobert Zimmer\nSaxonia Logistik GmbH\n\nAm 04.05.2027 um 17:12 schrieb Lisa Krause <lisa.krause@posteo.de>:\n> Hallo Herr Zimmer,\n> am 12.05. kann ich leider nicht – ginge auch der 13.05. vormittags?\n> Viele Grüße, Lisa Krause',
    expect: [{ kind: 'interview', by: '2027-05-13', time: '10:00' }],
  },
  {
    ...LNZ_FRI,
    text: 'Einladung zum Vorstellungsgespräch\n\nSehr geehrter Herr Hofer,\n\nwir laden Sie herzlich zu einem persönlichen Gespräch ein.\n\nTermin | Mittwoch, 12. Mai 2027\nUhrzeit | 9:30 – 10:30 Uhr\nOrt | Hauptplatz 5, 4020 Linz\n\nMit freundlichen Grüßen\nDonautal Maschinenbau GmbH\nFN 204455 t, Landesgericht Linz',
    expect: [{ kind: 'interview', by: '2027-05-12', time: '09:30' }],
  },
  {
    ...FRA_MON,
    text: 'Sehr geehrter Herr Lange,\n\nleider müssen wir das für morgen um 11 Uhr geplante Gespräch absagen, da der Fachbereichsleiter erkrankt ist. Wir melden uns mit einem neuen Terminvorschlag bei Ihnen.\n\nMit freundlichen Grüßen\nMainhattan Capital AG – Human Resources',
    expect: [],
  },
  {
    ...LEJ_WED,
    text: 'Hi Felix,\n\nkurzer Zwischenstand: Der Kunde führt diese Woche noch Gespräche mit zwei weiteren Kandidaten (Mittwoch und Donnerstag). Ich halte dich auf dem Laufenden!\n\nGrüße\nSven\nElbflorenz Personalberatung',
    expect: [],
  },
  {
    ...FRA_MON,
    text: 'Sehr geehrte Frau Vogel,\n\ndanke für Ihre Nachfrage. Mit einer Entscheidung ist Mitte Mai zu rechnen; ich melde mich dann umgehend bei Ihnen.\n\nFreundliche Grüße\nJulia Hahn',
    expect: [{ kind: 'response-by', by: '2027-05-15', fuzzy: true }],
  },
  {
    ...LEJ_WED,
    text: 'Hallo Herr Nguyen,\n\nich kläre das noch intern und gebe Ihnen spätestens übermorgen Bescheid.\n\nBeste Grüße\nRobert Zimmer',
    expect: [{ kind: 'response-by', by: '2027-05-07' }],
  },
  {
    ...FRA_MON,
    text: 'Sehr geehrte Bewerberin, sehr geehrter Bewerber,\n\nnach Abschluss der Gesprächsrunde am 12.05. erhalten Sie binnen einer Woche unser Feedback.\n\nMit freundlichen Grüßen\nStadtverwaltung Offenbach – Personalamt',
    expect: [{ kind: 'response-by', by: '2027-05-19' }],
  },
  {
    ...ZUG_TUE,
    text: 'Grüezi Frau Keller\n\nIch bin bis am 14. Mai in den Ferien. Ab dem 17. Mai bin ich zurück – bitte melden Sie sich erst dann wieder bei mir, vorher kann ich Ihnen leider nichts Neues sagen.\n\nFreundliche Grüsse\nReto Amrein\nHR Business Partner, Zugerland Rohstoffe AG',
    expect: [{ kind: 'no-contact-before', by: '2027-05-17' }],
  },
  {
    ...LNZ_FRI,
    text: 'Sehr geehrte Bewerberinnen und Bewerber,\n\naus Datenschutzgründen dürfen wir am Telefon keine Auskunft über laufende Bewerbungsverfahren erteilen. Den aktuellen Stand finden Sie in Ihrem Bewerberkonto.\n\nDonautal Maschinenbau GmbH – Personalabteilung',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...LEJ_WED,
    text: 'Hey Clara,\n\ndanke nochmal für das coole Gespräch letzte Woche! Leider hat es dieses Mal nicht geklappt – wir haben uns für jemanden mit mehr Erfahrung in Kotlin entschieden. Wir würden uns aber freuen, wenn du dich bei künftigen Stellen wieder meldest.\n\nLiebe Grüße\nAnni von Pleißecode',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...FRA_MON,
    text: 'Hallo Herr Roth,\n\nanbei wie besprochen die Stellenausschreibung „Sachbearbeitung Lohn und Gehalt“. Bewerbungsschluss ist der 21.05.2027; die Gespräche sind für die KW 22 geplant.\n\nViele Grüße\nJulia Hahn',
    expect: [],
  },
  {
    ...FRA_MON,
    text: 'Reisekostenerstattung\n\nSehr geehrter Herr Schulz,\n\nIhre Reisekostenabrechnung für das Vorstellungsgespräch vom 28.04. wurde geprüft. Die Erstattung von 86,40 € erfolgt innerhalb von 14 Tagen auf Ihr Konto.\n\nMainhattan Capital AG – Buchhaltung',
    expect: [],
  },
  {
    ...LEJ_WED,
    text: 'Einladung: Online-Karriereabend\n\nAm Dienstag, 11. Mai, um 18:00 Uhr stellen sich unsere Teams live vor. Stell deine Fragen direkt an unsere Recruiter – die Teilnahme ist kostenlos.\n\nJetzt anmelden | Du erhältst diese E-Mail, weil du unseren Newsletter abonniert hast.',
    expect: [],
  },
];

/** Round 90: Spanish recruiter mail, written after rounds 86–88's fixes. */
export const ROUND_90_ES: readonly PhraseRow[] = [
  {
    ...BOG_WED,
    text: 'Citación a entrevista\n\nApreciada Sra. Gómez:\n\nNos permitimos citarla a entrevista para el cargo de Coordinadora de Compras.\n\nFecha: martes 11 de mayo de 2027\nHora: 2:00 p.m.\nModalidad: virtual (Microsoft Teams)\n\nCordialmente,\nGestión Humana – Industrias Tequendama S.A.S.\nNIT 900.123.456-7',
    expect: [{ kind: 'interview', by: '2027-05-11', time: '14:00' }],
  },
  {
    ...MVD_TUE,
    text: '¡Hola Martina!\n\nConfirmado: te esperamos el jueves 6 a las 15 h en Bulevar Artigas 1234, piso 3. Preguntá por Gonzalo en recepción.\n\nSaludos,\nEquipo de Talento – Charrúa Fintech',
    expect: [{ kind: 'interview', by: '2027-05-06', time: '15:00' }],
  },
  {
    ...SCL_FRI2,
    text: 'Hola Benjamín:\n\nPor un tema de agenda del gerente, tuvimos que correr la entrevista del lunes al miércoles 12 a las 11:00. ¿Te acomoda?\n\nSaludos,\nJaviera\nSelección – Retail Austral SpA',
    expect: [{ kind: 'interview', by: '2027-05-12', time: '11:00' }],
  },
  {
    ...VLC_MON,
    text: 'Estimado Sr. Ferrer:\n\n¿Le acomodaría el martes 11 o el miércoles 12, en horario de mañana, para la segunda entrevista?\n\nUn saludo,\nAmparo Soler\nNaranjos Logística, S.L.',
    expect: [],
  },
  {
    ...MEX_THU,
    text: 'Estimado candidato:\n\nHemos recibido su solicitud. El proceso de selección puede extenderse durante varias semanas; solo contactaremos a las personas preseleccionadas.\n\nAtentamente,\nRecursos Humanos – Grupo Azteca Foods',
    expect: [],
  },
  {
    ...MEX_THU,
    text: 'Hola Daniel:\n\nRecuerda que tienes 72 horas para completar la evaluación psicométrica a partir de la recepción de este correo. El enlace es personal e intransferible.\n\nSaludos,\nReclutamiento – Grupo Azteca Foods',
    expect: [],
  },
  {
    ...BOG_WED,
    text: 'Nuevas ofertas de empleo en Bogotá\n\nAuxiliar contable – Publicada: 04/05/2027 – Vence: 20/05/2027\nAnalista de nómina – Entrevistas desde el 10/05/2027\n\nRecibes este correo por tu alerta de empleo. Cancelar suscripción',
    expect: [],
  },
  {
    ...VLC_MON,
    text: 'Buenos días, Sra. Soler:\n\nLes comento que estaré de viaje del 10 al 14 de mayo, pero puedo conectarme por videollamada cualquier tarde de esa semana.\n\nUn saludo,\nVicente Ferrer',
    expect: [],
  },
  {
    ...VLC_MON,
    text: 'Hola Lucía:\n\nGracias por la paciencia. Te escribimos el lunes sin falta con la decisión final.\n\nUn abrazo,\nAmparo',
    expect: [{ kind: 'response-by', by: '2027-05-10' }],
  },
  {
    ...VLC_MON,
    text: 'Estimado/a candidato/a:\n\nHemos recibido su documentación. Recibirá una respuesta en un plazo no superior a quince días hábiles.\n\nAtentamente,\nAyuntamiento de Paterna – Recursos Humanos',
    expect: [{ kind: 'response-by', by: '2027-05-24' }],
  },
  {
    ...BOG_WED,
    text: 'Apreciado Sr. Rincón:\n\nLe agradeceríamos que no nos contactara para preguntar por el proceso hasta pasado el 14 de mayo.\n\nCordialmente,\nGestión Humana – Industrias Tequendama',
    expect: [{ kind: 'no-contact-before', by: '2027-05-15' }],
  },
  {
    ...MEX_THU,
    text: 'Hola Sofía:\n\nTe pedimos que, por favor, y para poder atender a todos los candidatos por igual, no realices llamadas a nuestras tiendas para preguntar por tu proceso.\n\nSaludos,\nReclutamiento – Grupo Azteca Foods',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...SCL_FRI2,
    text: 'Hola Ignacio:\n\nQueremos agradecerte tu participación. Sin embargo, hemos decidido continuar con candidatos cuyo perfil se ajusta más a la posición.\n\nTe deseamos mucho éxito.\nSelección – Retail Austral SpA',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...MEX_THU,
    text: '¡Felicidades, Fernanda!\n\nHas sido seleccionada para el puesto de Analista Contable. Tu fecha de ingreso sería el lunes 17 de mayo; en breve te enviamos la documentación.\n\nSaludos,\nReclutamiento – Grupo Azteca Foods',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
];

/** Round 91: French recruiter mail, written after rounds 86–88's fixes. */
export const ROUND_91_FR: readonly PhraseRow[] = [
  {
    ...BDX_MON,
    text: "Salut Louise,\n\nMerci pour ta candidature ! Je te propose qu'on se voie lundi 10 mai à 14h30 dans nos locaux, quai des Chartrons. Ça te va ?\n\nÀ bientôt,\nBaptiste\nTalent Manager – Garonne Studio",
    expect: [{ kind: 'interview', by: '2027-05-10', time: '14:30' }],
  },
  {
    ...LIL_THU,
    text: 'Entretien avec Claire Dubois\n\nmercredi 12 mai 2027 · 10:00 – 10:45 (heure de Paris)\nGoogle Meet : meet.google.com/abc-defg-hij\n\nInvitation de : recrutement@flandres-energie.fr',
    expect: [{ kind: 'interview', by: '2027-05-12', time: '10:00' }],
  },
  {
    ...NAM_FRI,
    text: "Bonjour Monsieur Lambert,\n\nSuite à un empêchement, l'entretien de ce lundi est annulé. Je vous recontacte dès que possible pour fixer une nouvelle date.\n\nBien à vous,\nSophie Mertens\nRH – Meuse Industries SA",
    expect: [],
  },
  {
    ...BDX_MON,
    text: 'Bonjour Élodie,\n\nJe suis disponible pour un appel mardi ou mercredi entre 9h et 11h. Dites-moi ce qui vous arrange.\n\nBaptiste',
    expect: [],
  },
  {
    ...QUE_WED,
    text: "Bonjour Madame Côté,\n\nPourriez-vous m'indiquer vos disponibilités pour une entrevue le 12, le 13 ou le 14 mai?\n\nMerci,\nIsabelle Gagné\nRessources humaines – Laurentienne Assurances",
    expect: [],
  },
  {
    ...QUE_WED,
    text: 'Bonjour Monsieur Roy,\n\nEst-ce que le mardi 11 mai à 10 h vous conviendrait pour la deuxième entrevue?\n\nCordialement,\nIsabelle Gagné',
    expect: [{ kind: 'interview', by: '2027-05-11', time: '10:00' }],
  },
  {
    ...BDX_MON,
    text: "Bonjour Madame Petit,\n\nDifficile de vous donner une date exacte, le comité ne s'est pas encore réuni ; comptez environ trois semaines.\n\nBien cordialement,\nBaptiste Laurent",
    expect: [{ kind: 'response-by', by: '2027-05-24', fuzzy: true }],
  },
  {
    ...LIL_THU,
    text: "Bonjour Kevin,\n\nNous finalisons nos entretiens et vous donnerons une réponse d'ici la fin du mois.\n\nCordialement,\nFlandres Énergie – Recrutement",
    expect: [{ kind: 'response-by', by: '2027-05-31' }],
  },
  {
    ...BDX_MON,
    text: 'Madame,\n\nLe comité se réunira le 18 mai. Nous vous communiquerons sa décision dans un délai de 48 heures après la réunion.\n\nCordialement,\nService RH – Garonne Studio',
    expect: [{ kind: 'response-by', by: '2027-05-20' }],
  },
  {
    ...LIL_THU,
    text: "Bonjour Madame Lefort,\n\nMerci de patienter jusqu'au 17 mai avant de nous recontacter : les entretiens se poursuivent jusque-là.\n\nCordialement,\nFlandres Énergie – Recrutement",
    expect: [{ kind: 'no-contact-before', by: '2027-05-17' }],
  },
  {
    ...NAM_FRI,
    text: 'Madame, Monsieur,\n\nLes candidatures sont traitées exclusivement en ligne : aucune réponse ne sera donnée par téléphone.\n\nMeuse Industries SA – TVA BE 0456.789.123',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...LIL_THU,
    text: 'Monsieur,\n\nMalheureusement, nous ne pourrons pas donner une suite favorable à votre candidature.\n\nNous vous souhaitons une bonne continuation.\nFlandres Énergie – Recrutement',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...BDX_MON,
    text: "Rappel : votre test en ligne\n\nVotre test de logique doit être complété avant le dimanche 9 mai, 23h59. Passé ce délai, le lien ne sera plus actif.\n\nL'équipe Garonne Studio",
    expect: [],
  },
  {
    ...NAM_FRI,
    text: "Journée portes ouvertes\n\nSamedi 15 mai de 10h à 16h : rencontrez nos équipes, visitez l'usine et passez des mini-entretiens avec nos recruteurs !\n\nMeuse Industries SA – pour vous désinscrire, cliquez ici",
    expect: [],
  },
  {
    ...BDX_MON,
    text: 'Bonjour,\n\nNous avons bien reçu votre candidature et reviendrons vers vous dans les meilleurs délais.\n\nGaronne Studio SAS – SIRET 901 234 567 00012\nConformément au RGPD, vos données seront conservées 2 ans à compter du 03/05/2027.',
    expect: [],
  },
];
