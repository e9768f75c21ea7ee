// The tenth held-out rounds of issue 13 in German, Spanish and French (rounds 121–123): whole messages written fresh
// after the layouts and wording of real templates (Personio and Factorial invitations and acknowledgements, softgarden
// and StepStone job alerts, InfoJobs convocatorias, Welcome to the Jungle, APEC and HelloWork mails, HR-blog
// postponement, rejection and offer templates, Outlook, Gmail and Apple Mail quote headers), rewritten with our own
// names, companies and dates: signatures with phone numbers and addresses, Handelsregister, FN, UID, CIF, CUIT,
// SIRET, TVA and IDE lines, RGPD/DSGVO/LOPDGDD notes, ATS label–value fields, Swiss, Austrian, Belgian, Québec,
// Mexican, Argentine, Colombian, Chilean and Peruvian variants, formal and informal registers. About 40 % are
// negatives of the kind real inboxes hold. Each row's answer was written from TIMELINE-CONVENTIONS.md BEFORE the
// engine read it; the first-run figures are in FIRST_RUN.
import type { PhraseRow } from './phrases.table';

// Monday 6 March 2028, 09:15 in Munich.
const MUC_MON = { sentAt: '2028-03-06T09:15:00+01:00', tz: 'Europe/Berlin' } as const;
// Tuesday 7 March 2028, 10:05 in Frankfurt.
const FRA_TUE = { sentAt: '2028-03-07T10:05:00+01:00', tz: 'Europe/Berlin' } as const;
// Wednesday 8 March 2028, 16:40 in Hamburg.
const HAM_WED = { sentAt: '2028-03-08T16:40:00+01:00', tz: 'Europe/Berlin' } as const;
// Thursday 9 March 2028, 13:20 in Vienna.
const VIE_THU = { sentAt: '2028-03-09T13:20:00+01:00', tz: 'Europe/Vienna' } as const;
// Friday 10 March 2028, 08:50 in Bern.
const BRN_FRI = { sentAt: '2028-03-10T08:50:00+01:00', tz: 'Europe/Zurich' } as const;

// Monday 6 March 2028, 10:20 in Madrid.
const MAD_MON = { sentAt: '2028-03-06T10:20:00+01:00', tz: 'Europe/Madrid' } as const;
// Tuesday 7 March 2028, 09:45 in Mexico City.
const MEX_TUE = { sentAt: '2028-03-07T09:45:00-06:00', tz: 'America/Mexico_City' } as const;
// Tuesday 7 March 2028, 16:00 in Bogotá.
const BOG_TUE = { sentAt: '2028-03-07T16:00:00-05:00', tz: 'America/Bogota' } as const;
// Wednesday 8 March 2028, 15:10 in Buenos Aires.
const BUE_WED = { sentAt: '2028-03-08T15:10:00-03:00', tz: 'America/Argentina/Buenos_Aires' } as const;
// Wednesday 8 March 2028, 10:00 in Santiago de Chile.
const SCL_WED = { sentAt: '2028-03-08T10:00:00-03:00', tz: 'America/Santiago' } as const;
// Thursday 9 March 2028, 11:30 in Lima.
const LIM_THU = { sentAt: '2028-03-09T11:30:00-05:00', tz: 'America/Lima' } as const;
// Friday 10 March 2028, 12:05 in Valencia.
const VLC_FRI = { sentAt: '2028-03-10T12:05:00+01:00', tz: 'Europe/Madrid' } as const;

// Monday 6 March 2028, 09:50 in Paris.
const PAR_MON = { sentAt: '2028-03-06T09:50:00+01:00', tz: 'Europe/Paris' } as const;
// Tuesday 7 March 2028, 14:15 in Brussels.
const BRU_TUE = { sentAt: '2028-03-07T14:15:00+01:00', tz: 'Europe/Brussels' } as const;
// Tuesday 7 March 2028, 11:00 in Bordeaux.
const BOD_TUE = { sentAt: '2028-03-07T11:00:00+01:00', tz: 'Europe/Paris' } as const;
// Wednesday 8 March 2028, 10:30 in Montréal (before the clocks change on the 12th).
const MTL_WED = { sentAt: '2028-03-08T10:30:00-05:00', tz: 'America/Toronto' } as const;
// Thursday 9 March 2028, 17:05 in Lyon.
const LYS_THU = { sentAt: '2028-03-09T17:05:00+01:00', tz: 'Europe/Paris' } as const;
// Friday 10 March 2028, 08:40 in Geneva.
const GVA_FRI = { sentAt: '2028-03-10T08:40:00+01:00', tz: 'Europe/Zurich' } as const;

/** Round 121: German recruiter mail and ATS templates, tenth unseen round. */
export const ROUND_121_DE: readonly PhraseRow[] = [
  {
    ...MUC_MON,
    text: 'Einladung zum Vorstellungsgespräch – Werkstudent Controlling (m/w/d)\n\nSehr geehrter Herr Demir,\n\nvielen Dank für Ihre Bewerbung und Ihr Interesse an der Isarwerk Energie GmbH. Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gerne persönlich kennenlernen.\n\nIhr Termin im Überblick\nDatum: Donnerstag, 16.03.2028\nUhrzeit: 14:00 – 15:00 Uhr\nOrt: Isarwerk Energie GmbH, Rosenheimer Str. 143, 81671 München, 3. OG, Empfang\nGesprächspartner: Dr. Stefanie Brunner (Leitung Controlling), Tobias Maier (HR)\n\nBitte bestätigen Sie den Termin bis Freitag, 10.03.2028, über den Button unten. Sollte der Termin nicht passen, nutzen Sie bitte die Funktion „Termin verschieben“.\n\nTermin bestätigen | Termin verschieben\n\nMit freundlichen Grüßen\nTobias Maier\nHR Business Partner\nT +49 89 4521 880-214\n\nIsarwerk Energie GmbH | Rosenheimer Str. 143 | 81671 München\nSitz der Gesellschaft: München | Registergericht: Amtsgericht München HRB 245678\nGeschäftsführer: Markus Huber, Dr. Eva Lindner\nInformationen zur Verarbeitung Ihrer Daten gemäß Art. 13 DSGVO finden Sie unter isarwerk.de/datenschutz-bewerber\n\nDiese E-Mail wurde über Personio versendet.',
    expect: [{ kind: 'interview', by: '2028-03-16', time: '14:00' }],
  },
  {
    ...HAM_WED,
    text: 'Hi Lea,\n\nsuper, dass es so kurzfristig klappt! Dann sehen wir uns nächsten Dienstag um 10 bei uns im Office – Am Sandtorkai 37, 4. Stock, einfach klingeln. Bring gern deinen Laptop mit, wir wollen dir ein bisschen was von unserem Design-System zeigen.\n\nBis dann & liebe Grüße\nFinn\n\n--\nFinn Albers\nTalent & Culture\nHafenpixel GmbH\nMobil: +49 170 6623 418\nwww.hafenpixel.de',
    expect: [{ kind: 'interview', by: '2028-03-14', time: '10:00' }],
  },
  {
    ...FRA_TUE,
    text: 'AW: Einladung zum Vorstellungsgespräch – Referent Treasury\n\nSehr geehrte Frau Kowalski,\n\nleider hat sich bei unserem Bereichsleiter ein unaufschiebbarer Termin ergeben, sodass wir unser Gespräch am Donnerstag nicht wie geplant durchführen können. Wir würden es gern auf Montag, den 13.03., um 15:30 Uhr verlegen – Ort und Teilnehmende bleiben unverändert. Bitte geben Sie mir kurz Bescheid, ob Ihnen das passt.\n\nEntschuldigen Sie bitte die kurzfristige Änderung.\n\nMit freundlichen Grüßen\nMelanie Schröder\nPersonalreferentin\nMainbrücke Bank AG · Neue Mainzer Straße 52 · 60311 Frankfurt am Main\nTel.: +49 69 2710 5530\nVorstand: Dr. Klaus Wendt (Vors.), Ines Hartung · Vorsitzender des Aufsichtsrats: Prof. Dr. Rainer Ulm\nSitz: Frankfurt am Main · Amtsgericht Frankfurt am Main HRB 98123\n\n-----Ursprüngliche Nachricht-----\nVon: Melanie Schröder <m.schroeder@mainbruecke-bank.de>\nGesendet: Donnerstag, 2. März 2028 11:47\nAn: Agnieszka Kowalski <a.kowalski@web.de>\nBetreff: Einladung zum Vorstellungsgespräch – Referent Treasury\n\nSehr geehrte Frau Kowalski,\n\ngerne laden wir Sie zu einem persönlichen Gespräch am Donnerstag, 09.03.2028, um 11:00 Uhr in unsere Zentrale ein.',
    expect: [{ kind: 'interview', by: '2028-03-13', time: '15:30' }],
  },
  {
    ...VIE_THU,
    text: 'Sehr geehrte Frau Mag. Schwarz,\n\nes freut mich, Ihnen mitteilen zu können, dass Sie in die zweite Runde unseres Auswahlverfahrens aufgenommen wurden. Für das Gespräch mit unserer Bereichsleitung kann ich Ihnen folgende Termine anbieten:\n\n– Mo., 13.3., 9:00 Uhr\n– Di., 14.3., 13:30 Uhr\n– Do., 16.3., 10:00 Uhr\n\nBitte lassen Sie mich wissen, welcher Termin Ihnen am besten passt.\n\nMit freundlichen Grüßen\nMag. Bernhard Pichler\nRecruiting & Employer Branding\nWienerberg Facility Services GmbH\nTwin Tower, Wienerbergstraße 11, 1100 Wien\nFN 345678 a | Handelsgericht Wien | UID ATU12345678',
    expect: [],
  },
  {
    ...BRN_FRI,
    text: 'Eingangsbestätigung Ihrer Bewerbung – Ref.-Nr. 2028-0193\n\nGuten Tag Herr Zürcher\n\nBesten Dank für Ihre Bewerbung als Projektleiter Tiefbau. Wir haben Ihre Unterlagen erhalten und werden diese nach Ablauf der Bewerbungsfrist am 19. März sorgfältig prüfen. Erste Gespräche mit ausgewählten Kandidatinnen und Kandidaten führen wir voraussichtlich Anfang April. Spätestens Mitte April erhalten Sie von uns Bescheid, wie es weitergeht.\n\nFreundliche Grüsse\n\nHR-Team\nAareplan AG\nBollwerk 15 | 3011 Bern\nT +41 31 552 40 00 | jobs@aareplan.ch\nCHE-112.345.678 MWST',
    expect: [{ kind: 'response-by', by: '2028-04-15', fuzzy: true }],
  },
  {
    ...HAM_WED,
    text: 'Hallo Frau Nguyen,\n\nvielen Dank noch einmal für Ihre Teilnahme an unserem Assessment-Center am Montag – Sie haben einen sehr engagierten Eindruck hinterlassen. Ihr ausführliches schriftliches Feedback, inklusive der Auswertung der Fallstudie, erhalten Sie im Laufe der kommenden Woche per E-Mail.\n\nBei Fragen bin ich unter 040 3344 1290 erreichbar.\n\nHerzliche Grüße\nJana Petersen\nPersonalentwicklung\nNordlicht Versicherung AG · Ballindamm 8 · 20095 Hamburg',
    expect: [{ kind: 'response-by', by: '2028-03-17' }],
  },
  {
    ...MUC_MON,
    text: 'Sehr geehrte Bewerberin, sehr geehrter Bewerber,\n\nvielen Dank für Ihr Interesse an einer Ausbildung bei der Stadtwerke Rosenheim GmbH & Co. KG. Die Bewerbungsphase für den Ausbildungsbeginn 2028 endet am 24. März. Innerhalb von zehn Arbeitstagen nach Fristende erhalten Sie eine Nachricht von uns, ob wir Sie zu unserem Auswahltag einladen können.\n\nMit freundlichen Grüßen\nAusbildungsteam\nStadtwerke Rosenheim GmbH & Co. KG\nBayerstraße 5 · 83022 Rosenheim\nAmtsgericht Traunstein HRA 9876 · Komplementärin: Stadtwerke Rosenheim Verwaltungs GmbH, Amtsgericht Traunstein HRB 12345',
    expect: [{ kind: 'response-by', by: '2028-04-07' }],
  },
  {
    ...FRA_TUE,
    text: 'Sehr geehrter Herr Becker,\n\nich möchte mich kurz bei Ihnen melden, damit Sie nicht im Unklaren bleiben: Da sich unser Fachbereichsleiter in dieser Woche noch auf einer Messe in Hannover befindet und wir die endgültige Entscheidung gemeinsam mit ihm treffen wollen, bitte ich Sie noch um ein wenig Geduld, werde Ihnen aber, sobald er zurück ist, spätestens jedoch bis Freitag, den 17. März, eine verbindliche Rückmeldung geben.\n\nMit besten Grüßen\nMelanie Schröder\nMainbrücke Bank AG',
    expect: [{ kind: 'response-by', by: '2028-03-17' }],
  },
  {
    ...VIE_THU,
    text: 'Sehr geehrte Damen und Herren,\n\nwir danken für die zahlreichen Bewerbungen für die Stelle „Sachbearbeitung Buchhaltung (Teilzeit 30 h)“. Bitte haben Sie Verständnis, dass wir Ihnen erst nach dem Ende der Bewerbungsfrist am 20. März Auskunft geben können – bis dahin bitten wir Sie, auf Rückfragen zu verzichten.\n\nMit freundlichen Grüßen\nPersonalabteilung\nWienerberg Facility Services GmbH',
    expect: [{ kind: 'no-contact-before', by: '2028-03-21' }],
  },
  {
    ...BRN_FRI,
    text: 'Guten Tag\n\nHerzlichen Dank für Ihr Interesse an einer Stelle in unserer Pflege. Telefonische Auskünfte zum Stand Ihrer Bewerbung können wir aus organisatorischen Gründen leider nicht erteilen. Für Fragen zum Verfahren wenden Sie sich bitte per E-Mail an personal@spital-emmental.ch.\n\nFreundliche Grüsse\nPersonaldienst\nSpital Emmental AG · Oberburgstrasse 54 · 3400 Burgdorf',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...HAM_WED,
    text: 'Ihre Bewerbung als Senior Data Engineer\n\nHallo Herr Krüger,\n\nvielen Dank für die interessanten Gespräche und die Zeit, die Sie in unseren Prozess investiert haben. Nach reiflicher Überlegung haben wir uns entschieden, den Prozess mit anderen Kandidat:innen fortzusetzen, deren Profil noch näher an unseren aktuellen Anforderungen liegt.\n\nWir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.\n\nBeste Grüße\nFinn Albers\nHafenpixel GmbH\n\nAm 28.02.2028 um 09:12 schrieb Finn Albers <finn.albers@hafenpixel.de>:\n> Hallo Herr Krüger,\n> hiermit bestätige ich Ihr Tech-Interview am Freitag, 03.03.2028, um 13:00 Uhr via Google Meet.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...FRA_TUE,
    text: 'Sehr geehrte Frau Lindqvist,\n\nwir freuen uns, Ihnen mitteilen zu können, dass unsere Wahl auf Sie gefallen ist! Anbei erhalten Sie unser Vertragsangebot für die Position Referentin Treasury mit einem Eintrittstermin zum 01.05.2028.\n\nWir bitten um Ihre Rückmeldung bis zum 15.03.2028. Für Rückfragen stehe ich Ihnen selbstverständlich gern zur Verfügung.\n\nMit freundlichen Grüßen\nMelanie Schröder\nMainbrücke Bank AG',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...VIE_THU,
    text: 'Sehr geehrter Herr Wallner,\n\nwie telefonisch vereinbart, findet Ihr Gespräch mit Mr. James Whitfield (Group CFO) am Dienstag, 14. März 2028, um 16:00 Uhr Londoner Zeit per Zoom statt. Die Zugangsdaten finden Sie unten.\n\nZoom-Meeting beitreten: https://zoom.us/j/93456781234\nMeeting-ID: 934 5678 1234\nKenncode: 582910\n\nMit freundlichen Grüßen\nLisa Hofbauer\nTalent Acquisition\nDonauhafen Trading GmbH · Handelskai 94-96 · 1200 Wien',
    expect: [{ kind: 'interview', by: '2028-03-14', time: '17:00' }],
  },
  {
    ...MUC_MON,
    text: 'Sehr geehrte Frau Yıldız,\n\nleider muss ich Ihnen mitteilen, dass wir das für morgen, 7. März, um 10 Uhr geplante Vorstellungsgespräch absagen müssen: Die Stelle konnte kurzfristig intern besetzt werden. Wir bedauern sehr, Ihnen keine positivere Nachricht geben zu können, und würden Ihre Unterlagen mit Ihrem Einverständnis gern in unseren Talentpool aufnehmen.\n\nMit freundlichen Grüßen\nTobias Maier\nIsarwerk Energie GmbH',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...MUC_MON,
    text: 'Neue Jobs passend zu Ihrem Suchprofil „Controller München“\n\nJunior Controller (m/w/d)\nAlpenblick Logistik GmbH · München-Riem\nOnline seit 06.03.2028 · Bewerbungsschluss 31.03.2028\nVorstellungsgespräche ab KW 15 · Start: 01.06.2028\n\nController Vertrieb (w/m/d)\nBrauerei Giesing AG · München\nHeute veröffentlicht · Vollzeit, hybrid\n\nSie erhalten diese E-Mail, weil Sie einen Jobagenten eingerichtet haben. Abmelden | Einstellungen\nJobportal Süd GmbH, Leopoldstraße 70, 80802 München, HRB 156250',
    expect: [],
  },
  {
    ...HAM_WED,
    text: 'Triff uns auf der Karrieremesse Nord!\n\nHallo Lea,\n\nam Mittwoch, 22. März, sind wir von 10 bis 16 Uhr mit einem eigenen Stand (Halle B, Stand 12) auf der Karrieremesse Nord in den Messehallen Hamburg. Du kannst dir vorab einen Slot für ein 15-minütiges Speed-Interview mit unseren Fachbereichen sichern – die Anmeldung ist bis zum 17.03. geöffnet.\n\nWir freuen uns auf dich!\nDein Hafenpixel Recruiting-Team\n\nDu möchtest keine Event-Einladungen mehr erhalten? Hier abmelden.',
    expect: [],
  },
  {
    ...BRN_FRI,
    text: 'Guten Tag Frau Favre\n\nVielen Dank für Ihre Bewerbung als Kauffrau EFZ. Als nächsten Schritt bitten wir Sie, unseren Online-Eignungstest zu bearbeiten. Der Test dauert ca. 45 Minuten und muss bis spätestens Sonntag, 12.03.2028, 23:59 Uhr abgeschlossen sein. Sobald Ihre Ergebnisse vorliegen, melden wir uns bei Ihnen.\n\nZum Test: https://assessment.example.ch/t/8842-XZ\n\nFreundliche Grüsse\nHR-Team Aareplan AG',
    expect: [],
  },
  {
    ...FRA_TUE,
    text: 'Sehr geehrte Frau Schröder,\n\nam 23. Februar hatte ich das Vergnügen, mich bei Ihnen und Herrn Dr. Wendt für die Position im Risikocontrolling vorzustellen. Sie erwähnten damals, dass Sie sich bis Ende der ersten Märzwoche bei mir melden würden. Da ich noch nichts gehört habe, wollte ich mich freundlich nach dem aktuellen Stand erkundigen.\n\nÜber eine kurze Nachricht würde ich mich sehr freuen.\n\nMit freundlichen Grüßen\nDaniel Becker\nTel. 0171 5566 2041\nLinkedIn: linkedin.com/in/daniel-becker-ffm',
    expect: [],
  },
  {
    ...VIE_THU,
    text: 'Bestätigung: Ihre Bewerbung ist eingegangen\n\nBewerbungs-ID: 58213\nStelle: Lagerlogistiker/in (Lehrabschluss)\nEingegangen am: 09.03.2028, 12:47 Uhr\n\nSehr geehrter Herr Novak, wir prüfen Ihre Unterlagen und melden uns bei Ihnen.\n\nDatenschutz: Ihre Daten werden gemäß Art. 6 Abs. 1 lit. b DSGVO verarbeitet und sieben Monate nach Abschluss des Verfahrens gelöscht. Stand der Datenschutzerklärung: 01.01.2028.\n\nDonauhafen Trading GmbH · FN 198765 x · Handelsgericht Wien',
    expect: [],
  },
  {
    ...BRN_FRI,
    text: 'Hallo Reto\n\nKurz zur Raumplanung: Am Donnerstag, 16.3., finden ab 9 Uhr im Sitzungszimmer «Aare» die Gespräche mit Frau Meier und Herrn Rossi statt, am Nachmittag um 14 Uhr noch die Kandidatin aus Fribourg. Kannst du bitte Kaffee und Wasser organisieren?\n\nDanke dir und Gruss\nSandra',
    expect: [],
  },
  {
    ...HAM_WED,
    text: 'Karriere-Newsletter März 2028\n\nLiebe Talente,\n\nin unserem nächsten Live-Webinar „Bewerben bei Nordlicht – so läuft unser Auswahlprozess“ am Donnerstag, 23.03., um 18 Uhr beantworten unsere Recruiterinnen eure Fragen. Außerdem: Die Bewerbungsphase für unser Traineeprogramm läuft noch bis 15. April.\n\nJetzt anmelden\n\nNordlicht Versicherung AG · Ballindamm 8 · 20095 Hamburg · Vorstand: Dr. Henrik Lund (Vors.) · Amtsgericht Hamburg HRB 76543',
    expect: [],
  },
];

/** Round 122: Spanish recruiter mail and ATS templates, tenth unseen round. */
export const ROUND_122_ES: readonly PhraseRow[] = [
  {
    ...VLC_FRI,
    text: 'Convocatoria de entrevista – Administrativo/a de Exportación\n\nEstimado Sr. Ferrer:\n\nGracias por inscribirse en nuestra oferta publicada en InfoJobs. Tras revisar su currículum, nos gustaría conocerle personalmente. Le indicamos los datos de la entrevista:\n\nFecha: martes, 14 de marzo de 2028\nHora: 9:30 h\nLugar: C/ Colón 42, 3.ª planta, 46004 Valencia\nPersona de contacto: Amparo Soler (Responsable de Selección)\nDuración aproximada: 45 minutos\n\nLe rogamos que confirme su asistencia antes del lunes 13 respondiendo a este correo.\n\nUn cordial saludo,\nAmparo Soler\nDepartamento de RR. HH.\nCítricos del Turia Export, S.L. | CIF B-98765432 | Tel. 963 512 740\n\nDe conformidad con el Reglamento (UE) 2016/679 (RGPD) y la Ley Orgánica 3/2018 (LOPDGDD), le informamos de que sus datos personales serán tratados por Cítricos del Turia Export, S.L. con la finalidad de gestionar el proceso de selección. Puede ejercer sus derechos en protecciondedatos@citricosdelturia.es.',
    expect: [{ kind: 'interview', by: '2028-03-14', time: '09:30' }],
  },
  {
    ...MEX_TUE,
    text: '¡Hola, Diego!\n\n¿Qué tal? Te confirmo tu entrevista con la Lic. Mariana Treviño, gerente de Cuentas Clave, el jueves 16 de marzo a las 17:00 hrs (hora del centro de México) vía Google Meet. Te llegará la invitación con la liga a este mismo correo.\n\nCualquier duda me marcas al 55 4321 8765.\n\nSaludos,\nKarla Estrada\nAtracción de Talento\nGrupo Alimentario Sierra Madre, S.A. de C.V.\nAv. Insurgentes Sur 1602, piso 8, Col. Crédito Constructor, CDMX',
    expect: [{ kind: 'interview', by: '2028-03-16', time: '17:00' }],
  },
  {
    ...BUE_WED,
    text: 'Hola Santi, ¿todo bien?\n\nTe escribo porque a Martín (el líder técnico) le surgió un viaje y vamos a tener que mover la entrevista de mañana. ¿Podés el lunes 13 a las 11? Sería en la misma oficina, Av. Corrientes 1234, piso 7.\n\nPerdón por el cambio de último momento.\n\nSaludos,\nFlor\nFlorencia Gadea | Talent Acquisition\nPampa Data S.R.L. | CUIT 30-71234567-8',
    expect: [{ kind: 'interview', by: '2028-03-13', time: '11:00' }],
  },
  {
    ...BOG_TUE,
    text: 'Buenas tardes, Laura:\n\nQueremos invitarte a la siguiente etapa del proceso (prueba técnica y entrevista con el equipo). Tenemos disponibilidad en estos horarios:\n\n• martes 14 de marzo, 8:00 a. m.\n• miércoles 15 de marzo, 2:00 p. m.\n• viernes 17 de marzo, 10:00 a. m.\n\nPor favor indícanos cuál prefieres respondiendo a este correo.\n\nCordialmente,\nJuan Camilo Rojas\nGestión Humana – Andina Fintech S.A.S.\nCra. 7 # 71-21, Bogotá | PBX 601 745 8800',
    expect: [],
  },
  {
    ...MAD_MON,
    text: 'Hemos recibido tu candidatura\n\nHola, Marta:\n\n¡Gracias por tu interés en unirte a Lavapiés Studio! Hemos recibido correctamente tu candidatura para el puesto de Diseñador/a UX. Nuestro equipo revisará todos los perfiles y las entrevistas se realizarán entre el 20 y el 31 de marzo. Si tu perfil encaja, nos pondremos en contacto contigo para coordinar una fecha.\n\nUn saludo,\nEl equipo de Personas de Lavapiés Studio\n\nEste mensaje se ha enviado automáticamente. Por favor, no respondas a este correo.',
    expect: [],
  },
  {
    ...MAD_MON,
    text: 'Estimada Sra. Gil:\n\nLe agradecemos su participación en la fase de entrevistas de la convocatoria de Técnico/a de Proyectos Europeos. Le informamos de que el proceso de selección se resolverá antes del 31 de marzo y el resultado se comunicará por correo electrónico a todas las personas participantes.\n\nAtentamente,\nÁrea de Personas\nFundación Horizonte Mediterráneo – CIF G-12345678\nC/ Alcalá 265, 28027 Madrid',
    expect: [{ kind: 'response-by', by: '2028-03-30' }],
  },
  {
    ...MAD_MON,
    text: 'Estimado Sr. Domínguez:\n\nNos complace informarle de que ha superado la fase técnica. La entrevista final con la Dirección General tendrá lugar el lunes 20 de marzo a las 12:00 en nuestra sede de Paseo de la Castellana 95, planta 18. En un plazo de cinco días hábiles desde esa entrevista le comunicaremos nuestra decisión.\n\nReciba un cordial saludo,\nBeatriz Navas\nTalent Acquisition Manager\nIbérica de Infraestructuras, S.A.\nTel. +34 91 555 43 21',
    expect: [
      { kind: 'interview', by: '2028-03-20', time: '12:00' },
      { kind: 'response-by', by: '2028-03-27' },
    ],
  },
  {
    ...LIM_THU,
    text: 'Estimado Sr. Huamán:\n\nGracias por su mensaje. Como seguramente sabe, este tipo de procesos requiere la aprobación de varias áreas, por lo que, aunque todavía no podemos darle una fecha exacta para la siguiente etapa, sí podemos asegurarle que a más tardar el miércoles 15 tendrá una respuesta nuestra.\n\nSaludos cordiales,\nRocío Paredes\nGestión del Talento\nMinera Cordillera Blanca S.A.A.\nAv. Javier Prado Este 4200, Santiago de Surco, Lima',
    expect: [{ kind: 'response-by', by: '2028-03-15' }],
  },
  {
    ...VLC_FRI,
    text: 'Estimadas personas candidatas:\n\nGracias por la gran acogida de nuestra convocatoria. Para garantizar un trato igual a todas las candidaturas, les rogamos que no se pongan en contacto con el departamento de selección hasta que finalice el plazo de inscripción, el 17 de marzo.\n\nAtentamente,\nDepartamento de Selección\nCítricos del Turia Export, S.L.',
    expect: [{ kind: 'no-contact-before', by: '2028-03-17', fuzzy: true }],
  },
  {
    ...MEX_TUE,
    text: 'Estimado(a) candidato(a):\n\nDebido al alto volumen de postulaciones recibidas, no nos es posible atender consultas telefónicas sobre el estado de los procesos. Toda comunicación se realizará a través del portal de empleo.\n\nAtentamente,\nCapital Humano\nGrupo Alimentario Sierra Madre, S.A. de C.V.',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...VLC_FRI,
    text: 'Estimado Sr. Ferrándiz:\n\nQueremos agradecerle el tiempo dedicado a nuestro proceso de selección para el puesto de Comercial de Exportación. Tras valorar detenidamente todas las candidaturas, lamentamos comunicarle que en esta ocasión su perfil no ha sido seleccionado para continuar en el proceso.\n\nCon su consentimiento, conservaremos su currículum en nuestra base de datos durante un plazo de 12 meses para futuras vacantes.\n\nLe deseamos mucho éxito en su búsqueda.\n\nUn cordial saludo,\nAmparo Soler\nCítricos del Turia Export, S.L.\n\nEl lun, 27 feb 2028 a las 10:02, Amparo Soler (<a.soler@citricosdelturia.es>) escribió:\n> Le confirmamos su entrevista del jueves 2 de marzo a las 9:30 h.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...SCL_WED,
    text: 'Hola Fernanda:\n\n¡Muy buenas noticias! Nos alegra mucho informarte que has sido seleccionada para el cargo de Analista de Riesgo Financiero. Te adjuntamos la carta oferta con el detalle de la renta, beneficios y fecha de ingreso; te pedimos que nos respondas a más tardar el lunes 13 de marzo.\n\nUn abrazo,\nCatalina Fuentes\nGerencia de Personas\nBanco del Pacífico Sur S.A.\nAv. Andrés Bello 2457, piso 21, Providencia, Santiago',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...LIM_THU,
    text: 'Estimado Sr. Quispe:\n\nLamentamos informarle que la entrevista programada para mañana viernes 10 de marzo a las 10:00 queda cancelada, ya que la empresa ha decidido congelar temporalmente la vacante. Si el proceso se reactiva, nos pondremos en contacto con usted.\n\nDisculpe las molestias.\nGestión del Talento – Minera Cordillera Blanca S.A.A.',
    expect: [],
  },
  {
    ...MAD_MON,
    text: 'Nuevas ofertas que encajan contigo\n\nAdministrativo/a contable – Getafe\nPublicada hace 2 días · Fecha límite de inscripción: 24/03/2028 · Incorporación inmediata\n\nTécnico/a de nóminas – Madrid\nJornada completa · Entrevistas a partir del 15 de marzo\n\nRecibes este correo porque tienes activada una alerta de empleo. Darte de baja | Gestionar alertas',
    expect: [],
  },
  {
    ...VLC_FRI,
    text: 'Feria de Empleo Campus Turia 2028\n\n¡Hola, Pau!\n\nTe invitamos a la Feria de Empleo que celebraremos el jueves 23 de marzo, de 10:00 a 18:00, en el Ágora del campus. Más de 80 empresas realizarán entrevistas rápidas en sus stands. Inscríbete antes del 20 de marzo para reservar tu franja.\n\nServicio Integrado de Empleo\nCamino de Vera, s/n, 46022 Valencia',
    expect: [],
  },
  {
    ...BOG_TUE,
    text: 'Hola, Andrés:\n\nComo parte del proceso para el cargo de Analista de Datos, te invitamos a presentar la prueba de inglés en línea. Tienes 48 horas desde la recepción de este correo para completarla; el enlace vence automáticamente.\n\nEnlace: https://evaluaciones.example.co/en/7781\n\nÉxitos,\nGestión Humana – Andina Fintech S.A.S.',
    expect: [],
  },
  {
    ...MEX_TUE,
    text: 'Estimada Lic. López:\n\nLe escribo para dar seguimiento a la entrevista que tuvimos el pasado miércoles 1 de marzo para la vacante de Coordinador de Logística. En aquella ocasión usted comentó que tendrían una respuesta en un par de semanas, pero quería saber si ya hay alguna novedad.\n\nQuedo atento a sus comentarios.\n\nSaludos cordiales,\nRicardo Salinas\nCel. 81 1234 5678',
    expect: [],
  },
  {
    ...MAD_MON,
    text: 'Justificante de presentación\n\nNúmero de registro: 2028/004512\nFecha y hora de presentación: 06/03/2028 09:58:14\nProcedimiento: Proceso selectivo para la cobertura de 3 plazas de Técnico/a Auxiliar de Biblioteca\n\nEn cumplimiento del RGPD, sus datos se conservarán hasta la finalización del proceso y, en todo caso, hasta el 31/12/2029.\n\nAyuntamiento de Villarrubia del Campo – Sede electrónica',
    expect: [],
  },
  {
    ...SCL_WED,
    text: 'Hola Rocío:\n\nTe paso la agenda de mañana para que prepares la sala: a las 9:00 entrevistamos a Paula Medina y a las 10:30 a Javier Ruiz, los dos para el cargo de ejecutivo comercial. Pasa por mi oficina antes para ver las pautas.\n\nGracias,\nCata',
    expect: [],
  },
];

/** Round 123: French recruiter mail and ATS templates, tenth unseen round. */
export const ROUND_123_FR: readonly PhraseRow[] = [
  {
    ...PAR_MON,
    text: "Invitation à un entretien – Chargé·e de communication\n\nHello Manon,\n\nMerci pour ta candidature chez Cabane Studio, on a adoré ton portfolio ! On aimerait te proposer un premier échange en visio avec Julie, notre Head of Brand, le jeudi 16 mars à 10h30 (45 min environ).\n\nLe lien Google Meet se trouve dans l'invitation agenda jointe à ce mail. Si le créneau ne te convient pas, réponds-moi simplement et on trouvera une autre date.\n\nÀ très vite,\nThéo\nTalent Acquisition – Cabane Studio\n12 rue de Paradis, 75010 Paris\n\nCabane Studio SAS au capital de 10 000 € – RCS Paris 901 234 567 – SIRET 901 234 567 00018",
    expect: [{ kind: 'interview', by: '2028-03-16', time: '10:30' }],
  },
  {
    ...MTL_WED,
    text: 'Bonjour Olivier,\n\nTel que convenu lors de notre appel, je te confirme ton entrevue le mardi 14 mars à 13 h 30 à nos bureaux du 1250, boulevard René-Lévesque Ouest, bureau 2200. Tu peux te présenter à la réception du 22e étage; prévois environ une heure.\n\nAu plaisir de te rencontrer!\n\nGeneviève Tremblay, CRHA\nConseillère principale, acquisition de talents\nGroupe Fleuve Assurances inc.\n514 555-0182, poste 4417',
    expect: [{ kind: 'interview', by: '2028-03-14', time: '13:30' }],
  },
  {
    ...BRU_TUE,
    text: 'Madame Janssens,\n\nSuite à un imprévu au sein de notre direction, nous sommes contraints de reporter votre entretien initialement prévu ce jeudi 9 mars à 14h. Seriez-vous disponible le lundi 13 mars à 9h30, au même endroit ?\n\nNous vous prions de bien vouloir nous excuser pour ce changement.\n\nBien à vous,\nSophie Dubois\nRessources humaines\nBrabant Logistique SA · Chaussée de Louvain 431 · 1030 Schaerbeek\nTVA BE 0456.789.123 · RPM Bruxelles',
    expect: [{ kind: 'interview', by: '2028-03-13', time: '09:30' }],
  },
  {
    ...GVA_FRI,
    text: "Bonjour Monsieur Perret,\n\nSuite à votre premier entretien, nous souhaitons vous rencontrer pour un entretien technique avec notre équipe d'ingénierie. Je vous propose les créneaux suivants :\n\n• mercredi 15 mars, 8h30\n• jeudi 16 mars, 14h00\n• vendredi 17 mars, 11h00\n\nMerci de me faire part de vos disponibilités.\n\nMeilleures salutations\nClaire Rochat\nHR Business Partner\nLéman Précision SA · Route de Meyrin 210 · 1217 Meyrin\nIDE CHE-123.456.789",
    expect: [],
  },
  {
    ...PAR_MON,
    text: "Accusé de réception de votre candidature\n\nMadame, Monsieur,\n\nNous accusons bonne réception de votre candidature au poste de Juriste droit social et vous remercions de l'intérêt porté à notre cabinet. Les entretiens se dérouleront courant avril. Sans réponse de notre part d'ici le 31 mars, vous pourrez considérer que votre candidature n'a pas été retenue.\n\nBien cordialement,\nLe service des ressources humaines\nCabinet Vauban Avocats – SELARL au capital de 120 000 € – 8 avenue Hoche, 75008 Paris",
    expect: [{ kind: 'response-by', by: '2028-03-31' }],
  },
  {
    ...LYS_THU,
    text: "Bonjour Monsieur Garnier,\n\nNous sommes ravis de vous compter bientôt parmi nous. Votre contrat de travail vous sera adressé par courrier recommandé d'ici la fin de la semaine prochaine ; merci de nous le retourner signé dès réception.\n\nCordialement,\nNadia Benali\nGestionnaire RH\nRhône Métallurgie SAS – 45 quai Rambaud, 69002 Lyon\nSIRET 512 345 678 00045 – APE 2562B",
    expect: [{ kind: 'response-by', by: '2028-03-17' }],
  },
  {
    ...GVA_FRI,
    text: "Madame,\n\nNous vous remercions d'avoir participé à notre journée d'évaluation. Le comité de sélection se réunira le mardi 21 mars ; vous serez informée de sa décision dans les huit jours suivant cette séance.\n\nMeilleures salutations\nService du personnel\nCommune de Carouge – Route de Veyrier 7, 1227 Carouge",
    expect: [{ kind: 'response-by', by: '2028-03-29' }],
  },
  {
    ...BOD_TUE,
    text: "Bonjour Monsieur Lefèvre,\n\nComme je vous l'indiquais lors de notre échange, nous devons encore recueillir l'avis de la direction financière avant de pouvoir avancer sur votre dossier, ce qui prend parfois un peu de temps, mais je m'engage à revenir vers vous au plus tard en début de semaine prochaine.\n\nBien cordialement,\nAurélie Martin\nChargée de recrutement\nGironde Vins & Spiritueux – 18 cours du Médoc, 33300 Bordeaux\n05 56 12 34 56",
    expect: [{ kind: 'response-by', by: '2028-03-14', fuzzy: true }],
  },
  {
    ...LYS_THU,
    text: "Bonjour,\n\nVous avez postulé à l'une de nos offres d'alternance et nous vous en remercions. Afin de traiter toutes les candidatures dans les meilleures conditions, nous vous remercions de ne pas relancer le service recrutement avant la clôture des candidatures, le 20 mars.\n\nL'équipe Recrutement\nRhône Métallurgie SAS",
    expect: [{ kind: 'no-contact-before', by: '2028-03-20', fuzzy: true }],
  },
  {
    ...PAR_MON,
    text: "Madame, Monsieur,\n\nMerci de privilégier l'e-mail pour toute question : en raison du nombre important de candidatures, aucune suite ne pourra être donnée aux appels téléphoniques.\n\nLe service RH\nCabinet Vauban Avocats",
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...BRU_TUE,
    text: "Madame Lambert,\n\nNous vous remercions pour l'intérêt que vous portez à Brabant Logistique et pour le temps consacré à nos entretiens. Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne donnerons pas suite à votre candidature.\n\nNous vous souhaitons plein succès dans vos recherches.\n\nBien à vous,\nSophie Dubois\n\nLe lun. 27 févr. 2028 à 16:22, Sophie Dubois <s.dubois@brabant-logistique.be> a écrit :\n> Madame,\n> Nous vous confirmons votre entretien le jeudi 2 mars à 10h.",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...MTL_WED,
    text: "Bonjour Maxime,\n\nJ'ai le plaisir de t'annoncer que nous souhaitons te proposer le poste de conseiller en sécurité financière! Tu trouveras la lettre d'offre en pièce jointe (salaire, avantages et date d'entrée en fonction). Peux-tu nous revenir d'ici le 15 mars avec ta décision?\n\nFélicitations encore!\nGeneviève Tremblay, CRHA\nGroupe Fleuve Assurances inc.",
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...LYS_THU,
    text: 'Vos nouvelles offres « Comptable » – Lyon (69)\n\nComptable fournisseurs H/F – Villeurbanne\nPubliée le 08/03/2028 · CDI · Date limite de candidature : 31/03/2028\nEntretiens prévus la semaine du 10 avril\n\nAssistant(e) comptable – Lyon 3e\nAlternance · Démarrage en septembre\n\nVous recevez cet e-mail car vous avez créé une alerte. Se désinscrire',
    expect: [],
  },
  {
    ...BOD_TUE,
    text: "Forum Emploi Cadres – Bordeaux\n\nBonjour,\n\nRetrouvez-nous au Forum Emploi Cadres le mardi 21 mars de 9h à 17h au Palais des Congrès de Bordeaux-Lac. Inscrivez-vous avant le 17 mars pour réserver un entretien flash de 20 minutes avec l'un de nos recruteurs.\n\nGironde Vins & Spiritueux – Marque employeur\nPour ne plus recevoir nos invitations, cliquez ici.",
    expect: [],
  },
  {
    ...GVA_FRI,
    text: 'Bonjour Madame Chappuis,\n\nVous avez été présélectionnée pour la suite du processus. Nous vous invitons à passer nos tests en ligne (raisonnement et personnalité) ; le lien ci-dessous est valable cinq jours et les tests doivent être terminés avant le mercredi 15 mars à minuit.\n\nhttps://tests.example.ch/leman/77-QP\n\nMeilleures salutations\nLéman Précision SA',
    expect: [],
  },
  {
    ...PAR_MON,
    text: "Bonjour Madame Roux,\n\nJe me permets de revenir vers vous suite à notre entretien du 28 février pour le poste de contrôleur de gestion. Vous m'aviez indiqué une réponse sous dix jours ; je reste très motivé et souhaitais savoir si vous aviez du nouveau.\n\nBien cordialement,\nJulien Marchand\n06 12 34 56 78",
    expect: [],
  },
  {
    ...LYS_THU,
    text: 'Accusé de réception – Réf. 2028-RH-0417\n\nDate de dépôt : 09/03/2028 à 16:02\nPoste : Technicien de maintenance H/F\n\nVotre candidature a bien été enregistrée. Conformément au RGPD, vos données seront conservées deux ans à compter de ce jour, sauf opposition de votre part.\n\nRhône Métallurgie SAS au capital de 500 000 € – SIRET 512 345 678 00045 – RCS Lyon B 512 345 678',
    expect: [],
  },
  {
    ...MTL_WED,
    text: 'Bonjour Karim,\n\nPetit suivi : les deux autres finalistes passent leur entrevue jeudi et vendredi matin, alors je ne pourrai pas te donner de nouvelles avant que le comité se soit réuni. Je te reviens dès que possible.\n\nGeneviève',
    expect: [],
  },
  {
    ...BRU_TUE,
    text: "Monsieur Peeters,\n\nNous sommes contraints d'annuler l'entretien prévu demain à 15h, le recrutement pour ce poste étant suspendu jusqu'à nouvel ordre. Nous reviendrons vers vous si le processus reprend.\n\nBien à vous,\nSophie Dubois\nBrabant Logistique SA",
    expect: [],
  },
];

// Rounds 124–126, written after rounds 121–123's fixes and before the engine read them: other layouts (Outlook
// calendar invitations, slot lists, label–value tables flattened from HTML), written-out clock times, weeks and
// fortnights, windows after tests and trial days, and the negatives real inboxes hold (the candidate's own sent text,
// job datings and open days, consent renewals, receipts).

// Monday 12 June 2028, 09:05 in Berlin.
const BER_JUN_MON = { sentAt: '2028-06-12T09:05:00+02:00', tz: 'Europe/Berlin' } as const;
// Monday 12 June 2028, 14:30 in Zurich.
const ZRH_JUN_MON = { sentAt: '2028-06-12T14:30:00+02:00', tz: 'Europe/Zurich' } as const;
// Tuesday 13 June 2028, 11:40 in Vienna.
const VIE_JUN_TUE = { sentAt: '2028-06-13T11:40:00+02:00', tz: 'Europe/Vienna' } as const;
// Wednesday 14 June 2028, 16:15 in Stuttgart.
const STR_JUN_WED = { sentAt: '2028-06-14T16:15:00+02:00', tz: 'Europe/Berlin' } as const;
// Thursday 15 June 2028, 10:20 in Düsseldorf.
const DUS_JUN_THU = { sentAt: '2028-06-15T10:20:00+02:00', tz: 'Europe/Berlin' } as const;
// Friday 16 June 2028, 13:00 in Leipzig.
const LEJ_JUN_FRI = { sentAt: '2028-06-16T13:00:00+02:00', tz: 'Europe/Berlin' } as const;

// Monday 12 June 2028, 09:30 in Valencia.
const VLC_JUN_MON = { sentAt: '2028-06-12T09:30:00+02:00', tz: 'Europe/Madrid' } as const;
// Monday 12 June 2028, 10:10 in Lima.
const LIM_JUN_MON = { sentAt: '2028-06-12T10:10:00-05:00', tz: 'America/Lima' } as const;
// Tuesday 13 June 2028, 12:00 in Mexico City.
const MEX_JUN_TUE = { sentAt: '2028-06-13T12:00:00-06:00', tz: 'America/Mexico_City' } as const;
// Tuesday 13 June 2028, 08:45 in Bogotá.
const BOG_JUN_TUE = { sentAt: '2028-06-13T08:45:00-05:00', tz: 'America/Bogota' } as const;
// Wednesday 14 June 2028, 17:20 in Madrid.
const MAD_JUN_WED = { sentAt: '2028-06-14T17:20:00+02:00', tz: 'Europe/Madrid' } as const;
// Wednesday 14 June 2028, 11:00 in Buenos Aires.
const BUE_JUN_WED = { sentAt: '2028-06-14T11:00:00-03:00', tz: 'America/Argentina/Buenos_Aires' } as const;
// Thursday 15 June 2028, 15:50 in Montevideo.
const MVD_JUN_THU = { sentAt: '2028-06-15T15:50:00-03:00', tz: 'America/Montevideo' } as const;
// Thursday 15 June 2028, 09:00 in Madrid.
const MAD_JUN_THU = { sentAt: '2028-06-15T09:00:00+02:00', tz: 'Europe/Madrid' } as const;
// Friday 16 June 2028, 13:10 in Mexico City.
const MEX_JUN_FRI = { sentAt: '2028-06-16T13:10:00-06:00', tz: 'America/Mexico_City' } as const;
// Friday 16 June 2028, 10:00 in Santiago de Chile.
const SCL_JUN_FRI = { sentAt: '2028-06-16T10:00:00-04:00', tz: 'America/Santiago' } as const;

// Monday 12 June 2028, 10:25 in Brussels.
const BRU_JUN_MON = { sentAt: '2028-06-12T10:25:00+02:00', tz: 'Europe/Brussels' } as const;
// Monday 12 June 2028, 08:03 in Toulouse.
const TLS_JUN_MON = { sentAt: '2028-06-12T08:03:00+02:00', tz: 'Europe/Paris' } as const;
// Tuesday 13 June 2028, 15:05 in Paris.
const PAR_JUN_TUE = { sentAt: '2028-06-13T15:05:00+02:00', tz: 'Europe/Paris' } as const;
// Wednesday 14 June 2028, 13:35 in Montréal.
const MTL_JUN_WED = { sentAt: '2028-06-14T13:35:00-04:00', tz: 'America/Toronto' } as const;
// Wednesday 14 June 2028, 09:10 in Lausanne.
const LSN_JUN_WED = { sentAt: '2028-06-14T09:10:00+02:00', tz: 'Europe/Zurich' } as const;
// Thursday 15 June 2028, 11:45 in Paris.
const PAR_JUN_THU = { sentAt: '2028-06-15T11:45:00+02:00', tz: 'Europe/Paris' } as const;
// Friday 16 June 2028, 16:30 in Québec City.
const YQB_JUN_FRI = { sentAt: '2028-06-16T16:30:00-04:00', tz: 'America/Toronto' } as const;
// Friday 16 June 2028, 09:20 in Namur.
const NAM_JUN_FRI = { sentAt: '2028-06-16T09:20:00+02:00', tz: 'Europe/Brussels' } as const;

/** Round 124: German recruiter mail, the tenth file's second unseen round. */
export const ROUND_124_DE: readonly PhraseRow[] = [
  {
    ...BER_JUN_MON,
    text: 'Einladung: Zweitgespräch – Teamleitung Kundenservice\nWann: Mittwoch, 21. Juni 2028 10:00-11:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.\nWo: Microsoft Teams-Besprechung\n\nHallo Frau Çelik,\n\nwie eben am Telefon besprochen, sende ich Ihnen hiermit die Einladung zu unserem Zweitgespräch mit Herrn Vogel (Bereichsleitung Service).\n\n________________________________________________________________________________\nMicrosoft Teams-Besprechung\nNehmen Sie auf dem Computer, in der mobilen App oder im Raumgerät teil\nHier klicken, um an der Besprechung teilzunehmen\nBesprechungs-ID: 312 845 776 901\nPasscode: xK7pQ2\n________________________________________________________________________________\n\nViele Grüße\nSandra Roth\nRecruiting | Spreekontor Services GmbH\nFriedrichstraße 88 · 10117 Berlin · HRB 201334 B',
    expect: [{ kind: 'interview', by: '2028-06-21', time: '10:00' }],
  },
  {
    ...VIE_JUN_TUE,
    text: 'Servus Markus,\n\npasst, dann fix am Freitag um halb drei bei uns in der Zentrale (Mariahilfer Straße 123, 3. Stock). Frag beim Empfang einfach nach mir.\n\nLG\nKathi\n\nKatharina Huber | People & Culture\nDonaukanal Digital GmbH | Mariahilfer Straße 123 | 1060 Wien\nT +43 1 234 56 78',
    expect: [{ kind: 'interview', by: '2028-06-16', time: '14:30' }],
  },
  {
    ...ZRH_JUN_MON,
    text: 'Grüezi Frau Baumann\n\nAufgrund einer Terminkollision unseres CTO müssen wir Ihr Interview vom Donnerstag, 15. Juni, leider verschieben. Neu schlagen wir Ihnen Dienstag, 20. Juni, 16.00 Uhr vor – gleicher Ort, gleiche Teilnehmende.\n\nBitte entschuldigen Sie die Umstände.\n\nFreundliche Grüsse\nMarco Keller\nTalent Acquisition\nSihlfeld Analytics AG | Badenerstrasse 120 | 8004 Zürich',
    expect: [{ kind: 'interview', by: '2028-06-20', time: '16:00' }],
  },
  {
    ...STR_JUN_WED,
    text: 'Hallo Jonas,\n\nfür das Fachgespräch mit unserem Engineering-Lead habe ich dir drei Slots geblockt – such dir einfach einen aus:\n\nDi 20.06. | 09:00–10:00\nMi 21.06. | 13:00–14:00\nFr 23.06. | 10:30–11:30\n\nSobald du mir Bescheid gibst, schicke ich dir die Kalendereinladung.\n\nViele Grüße\nSarah\n\nSarah Lindner | Talent Acquisition\nNeckarwerk Mobility GmbH | Heilbronner Str. 86 | 70191 Stuttgart',
    expect: [],
  },
  {
    ...DUS_JUN_THU,
    text: 'Vielen Dank für Ihre Bewerbung!\n\nSehr geehrter Herr Brandt,\n\nwir haben Ihre Unterlagen für die Position „Einkäufer (m/w/d) Elektrotechnik“ erhalten. Bitte haben Sie Verständnis, dass die Prüfung aller Bewerbungen einige Zeit in Anspruch nimmt. Die Auswahlgespräche führen wir voraussichtlich in der zweiten Julihälfte. Wir melden uns, sobald wir Ihre Unterlagen gesichtet haben.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team\nRheinbogen Elektro GmbH · Kaiserswerther Str. 115 · 40474 Düsseldorf',
    expect: [],
  },
  {
    ...DUS_JUN_THU,
    text: 'Sehr geehrter Herr Petrović,\n\nzunächst möchte ich mich für die verzögerte Rückmeldung entschuldigen; da sich unser Vorstand in dieser Woche zu seiner jährlichen Strategieklausur zurückgezogen hat und die finale Freigabe für die Stelle erst nach dessen Rückkehr erteilt werden kann, werden wir Ihnen, wenn alles nach Plan läuft, Anfang nächster Woche Bescheid geben können.\n\nMit freundlichen Grüßen\nDr. Anne Wollny\nLeitung Personal\nRheinbogen Elektro GmbH',
    expect: [{ kind: 'response-by', by: '2028-06-21', fuzzy: true }],
  },
  {
    ...LEJ_JUN_FRI,
    text: 'Sehr geehrte Frau Albrecht,\n\nwir freuen uns, dass Sie die nächste Runde erreicht haben. Ihr Abschlussgespräch mit unserer Geschäftsführung ist für Montag, den 26. Juni, angesetzt; die genaue Uhrzeit stimmt unser Sekretariat noch mit Ihnen ab. Innerhalb einer Woche nach diesem Termin erhalten Sie von uns eine verbindliche Zu- oder Absage.\n\nMit freundlichen Grüßen\nKarsten Fiedler\nPersonalleiter\nMuldental Verpackung GmbH · Amtsgericht Leipzig HRB 33871',
    expect: [
      { kind: 'interview', by: '2028-06-26', time: null },
      { kind: 'response-by', by: '2028-07-03' },
    ],
  },
  {
    ...BER_JUN_MON,
    text: 'Guten Tag Frau Krüger,\n\nvielen Dank für Ihre Nachfrage. Ihre Bewerbung befindet sich derzeit in der Abstimmung mit der Fachabteilung. Bitte sehen Sie in den nächsten drei Wochen von weiteren Nachfragen ab – wir kommen in jedem Fall auf Sie zu.\n\nFreundliche Grüße\nSandra Roth\nSpreekontor Services GmbH',
    expect: [{ kind: 'no-contact-before', by: '2028-07-03' }],
  },
  {
    ...LEJ_JUN_FRI,
    text: 'Liebe Bewerberinnen und Bewerber,\n\nunsere Personalabteilung ist telefonisch nicht erreichbar. Bitte nutzen Sie für alle Anliegen rund um Ihre Bewerbung ausschließlich das Kontaktformular in unserem Bewerberportal.\n\nIhr HR-Team\nMuldental Verpackung GmbH',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...STR_JUN_WED,
    text: 'Hey Mia,\n\nwir haben gute Neuigkeiten: Das Team ist sich einig und wir möchten dir gerne einen Vertrag als Junior Marketing Managerin anbieten! Alle Details (Gehalt, Benefits, Starttermin) findest du im angehängten Offer Letter. Sag uns bitte bis nächsten Mittwoch, ob du dabei bist.\n\nBeste Grüße\nTim\n\nTim Berger | Co-Founder\nKesselwerk Labs GmbH | Stuttgart',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...DUS_JUN_THU,
    text: 'Ihre Bewerbung bei der Rheinbogen Elektro GmbH\n\nSehr geehrte Frau Engel,\n\nnochmals vielen Dank für Ihr Interesse und das offene Gespräch in der vergangenen Woche. Nach sorgfältiger Abwägung müssen wir Ihnen leider mitteilen, dass die Wahl auf eine Mitbewerberin gefallen ist. Diese Entscheidung ist uns nicht leichtgefallen.\n\nIhre Bewerbungsunterlagen werden gemäß DSGVO sechs Monate nach Abschluss des Verfahrens gelöscht.\n\nMit freundlichen Grüßen\nDr. Anne Wollny\nRheinbogen Elektro GmbH',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...BER_JUN_MON,
    text: 'Bewerbung als Lagerleiter (m/w/d) – Kennziffer 2028-117\n\nSehr geehrte Damen und Herren,\n\nmit großem Interesse habe ich Ihre Stellenanzeige gelesen und bewerbe mich hiermit um die Position des Lagerleiters. Ich stehe Ihnen ab dem 01.09.2028 zur Verfügung; meine Kündigungsfrist beträgt drei Monate zum Quartalsende. Für ein persönliches Gespräch bin ich ab Montag, 19. Juni, jederzeit verfügbar.\n\nMit freundlichen Grüßen\nSven Hoffmann\nTel. 0176 2233 9911',
    expect: [],
  },
  {
    ...DUS_JUN_THU,
    text: 'Azubi-Speeddating 2028\n\nLerne am Samstag, 24. Juni, von 10 bis 14 Uhr im Haus der Wirtschaft in nur zehn Minuten pro Gespräch bis zu 20 Ausbildungsbetriebe aus der Region kennen. Bring deinen Lebenslauf mit! Anmeldung bis 20.06. über unser Online-Formular.\n\nIHK-Bildungszentrum Rhein · Ausbildungsberatung',
    expect: [],
  },
  {
    ...VIE_JUN_TUE,
    text: 'Erinnerung: Ihr zeitversetztes Video-Interview\n\nGuten Tag Herr Kaya,\n\nSie haben Ihr Video-Interview für die Stelle „Junior Consultant“ noch nicht abgeschlossen. Bitte nehmen Sie Ihre Antworten bis Sonntag, 18.06.2028, 23:59 Uhr auf – danach verfällt die Einladung automatisch.\n\nDieses E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.',
    expect: [],
  },
  {
    ...LEJ_JUN_FRI,
    text: 'Ihre Daten in unserem Talentpool\n\nGuten Tag Frau Simon,\n\nIhre Einwilligung zur Speicherung Ihrer Bewerberdaten in unserem Talentpool läuft am 30.06.2028 ab. Möchten Sie weiterhin über passende Stellen informiert werden? Dann bestätigen Sie bitte bis zum 30.06. über den folgenden Link.\n\nMuldental Verpackung GmbH · Datenschutzbeauftragte: datenschutz@muldental-verpackung.de',
    expect: [],
  },
  {
    ...ZRH_JUN_MON,
    text: 'Grüezi Frau Steiner\n\nZur Info: Ihre Mitbewerbenden haben ihre Gespräche bereits am Donnerstag und Freitag letzter Woche geführt. Eine Entscheidung treffen wir, sobald die Referenzen aller Finalistinnen und Finalisten vorliegen.\n\nFreundliche Grüsse\nMarco Keller\nSihlfeld Analytics AG',
    expect: [],
  },
];

/** Round 125: Spanish recruiter mail, the tenth file's second unseen round. */
export const ROUND_125_ES: readonly PhraseRow[] = [
  {
    ...MEX_JUN_TUE,
    text: 'Invitación a entrevista | Ejecutivo(a) de Ventas B2B\n\nHola Daniela,\n\nGracias por tu interés en Grupo Cumbres. Nos gustaría platicar contigo sobre la vacante.\n\nFecha: lunes 19 de junio\nHorario: 4:30 p.m. (hora CDMX)\nModalidad: videollamada por Microsoft Teams\nEntrevistador: Ing. Rodrigo Salas, Gerente Comercial\n\nPor favor confírmanos tu asistencia respondiendo este correo.\n\nSaludos,\nAtracción de Talento\nGrupo Cumbres S.A. de C.V. | Av. Constitución 2050, Monterrey, N.L.',
    expect: [{ kind: 'interview', by: '2028-06-19', time: '16:30' }],
  },
  {
    ...VLC_JUN_MON,
    text: '¡Hola Alba!\n\nGenial, entonces te esperamos el miércoles a las diez y media en la oficina de Ruzafa (C/ Sueca 24, bajo). Pregunta por mí al llegar.\n\n¡Hasta el miércoles!\nLaia\n\nLaia Roig · People & Culture\nHorta Digital Agency, S.L.',
    expect: [{ kind: 'interview', by: '2028-06-14', time: '10:30' }],
  },
  {
    ...BOG_JUN_TUE,
    text: 'Buenos días, señor Cárdenas:\n\nLe escribo para informarle que, por un cambio en la agenda de la gerencia, su entrevista del jueves 15 de junio se traslada al viernes 16 de junio a las 9:00 a. m., en la misma dirección (Calle 93 # 11-26, oficina 502).\n\nAgradecemos su comprensión.\n\nCordialmente,\nMaría José Ortiz\nAnalista de Selección\nCafé Sierra Nevada S.A.S. | NIT 900.456.789-1',
    expect: [{ kind: 'interview', by: '2028-06-16', time: '09:00' }],
  },
  {
    ...BUE_JUN_WED,
    text: 'Hola Tomi, ¿cómo va?\n\nPara la entrevista técnica te puedo ofrecer el martes 20 entre las 10 y las 12, o el jueves 22 después de las 15. ¿Qué te queda más cómodo?\n\nSaludos,\nCami\nTalent – Delta Sur Software',
    expect: [],
  },
  {
    ...SCL_JUN_FRI,
    text: 'Hemos recibido tu postulación\n\nHola Ignacio:\n\nGracias por postular al cargo de Analista de Operaciones. Te contamos que el proceso considera entrevistas durante la primera quincena de julio. Si tu perfil avanza, te contactaremos por este medio.\n\nEquipo de Selección – Viña Los Aromos',
    expect: [],
  },
  {
    ...MAD_JUN_THU,
    text: 'Estimada Sra. Prieto:\n\nAdjunto le remito la carta de oferta firmada por nuestra directora general. El contrato definitivo se lo haremos llegar por correo certificado en los próximos diez días.\n\nUn saludo cordial,\nÁlvaro Medina\nDirector de Personas\nMeseta Renovables, S.A. – CIF A-28123456',
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2028-06-25' },
    ],
  },
  {
    ...LIM_JUN_MON,
    text: 'Estimado Sr. Flores:\n\nLe recordamos que la evaluación psicotécnica se realizará el martes 20 de junio en nuestras oficinas de San Isidro. Los resultados del proceso se comunicarán dentro de los siete días calendario posteriores a dicha evaluación.\n\nAtentamente,\nÁrea de Selección\nAgroexportadora Valle Sur S.A.C.',
    expect: [{ kind: 'response-by', by: '2028-06-27' }],
  },
  {
    ...MAD_JUN_WED,
    text: 'Hola Marcos:\n\nGracias por tu paciencia. Todavía estamos terminando de entrevistar a algunos perfiles y, como el director de área quiere ver a todos antes de decidir y esta semana anda de viaje por Sevilla, lo más probable es que no tengamos una decisión hasta el lunes; en cualquier caso, te escribiremos a lo largo de la semana que viene.\n\nUn abrazo,\nNerea\nTalent Acquisition – Castellana Fintech',
    expect: [{ kind: 'response-by', by: '2028-06-23' }],
  },
  {
    ...MEX_JUN_FRI,
    text: 'Hola Andrea:\n\nGracias por tu seguimiento. Tu perfil está en revisión con el cliente. Te pedimos que esperes al menos diez días hábiles antes de escribirnos para preguntar por el estado de tu proceso.\n\nSaludos,\nConsultoría Talento Norte',
    expect: [{ kind: 'no-contact-before', by: '2028-06-30' }],
  },
  {
    ...MAD_JUN_WED,
    text: 'Estimado candidato:\n\nLe informamos de que, por política interna, las consultas sobre el estado de las candidaturas únicamente se atienden por correo electrónico; en ningún caso por teléfono.\n\nDepartamento de Recursos Humanos\nCastellana Fintech, S.L.',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...SCL_JUN_FRI,
    text: 'Hola Sofía:\n\nQueremos agradecerte por el tiempo y la dedicación que pusiste en el proceso. Después de evaluar todas las entrevistas, decidimos avanzar con otros candidatos cuyo perfil se ajusta más a lo que el equipo necesita hoy.\n\nTe deseamos muchos éxitos en lo que viene.\n\nSaludos cordiales,\nEquipo de Personas – Viña Los Aromos',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...MVD_JUN_THU,
    text: 'Estimado Sr. Pereira:\n\nTenemos el agrado de ofrecerle el puesto de Contador Senior en Estudio Rambla & Asociados, con ingreso previsto para el 3 de julio. Le solicitamos que nos haga saber su aceptación antes del miércoles 21 de junio.\n\nAtentamente,\nCr. Martín Suárez\nSocio Director',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...BOG_JUN_TUE,
    text: 'Buenos días:\n\nLes escribo para postularme a la vacante de Auxiliar Contable publicada el 10 de junio. Adjunto mi hoja de vida. Tengo disponibilidad inmediata y puedo asistir a entrevista cualquier día a partir del lunes 19.\n\nQuedo atenta.\n\nLaura Gómez\nCel. 315 222 3344',
    expect: [],
  },
  {
    ...MAD_JUN_WED,
    text: 'Jornada de puertas abiertas\n\nEl próximo sábado 24 de junio, de 10:00 a 13:00, abrimos nuestras instalaciones de Zaragoza para que conozcas a los equipos. Habrá entrevistas exprés para quienes traigan su CV. Plazas limitadas: inscríbete antes del jueves 22.\n\nZaragoza Logística Integral, S.A.',
    expect: [],
  },
  {
    ...MAD_JUN_WED,
    text: 'Confirmación de recepción de documentación\n\nDocumentos recibidos: DNI, certificado de antecedentes penales, título universitario\nFecha de recepción: 14/06/2028 – 16:22 h\n\nResponsable del tratamiento: Zaragoza Logística Integral, S.A. (CIF A-50123456). Finalidad: gestión de su incorporación. Conservación: hasta el 30/06/2030. Puede ejercer sus derechos en privacidad@zli.es.',
    expect: [],
  },
  {
    ...LIM_JUN_MON,
    text: 'Estimado postulante:\n\nLa prueba de Excel estará disponible en la plataforma del 19 al 21 de junio; deberá completarla en una sola sesión de 60 minutos. Ante cualquier inconveniente técnico, escríbanos a soporte@vallesur.pe.\n\nÁrea de Selección\nAgroexportadora Valle Sur S.A.C.',
    expect: [],
  },
];

/** Round 126: French recruiter mail, the tenth file's second unseen round. */
export const ROUND_126_FR: readonly PhraseRow[] = [
  {
    ...BRU_JUN_MON,
    text: "Convocation à un entretien\n\nMadame Dubois,\n\nNous avons le plaisir de vous convier à un entretien de sélection pour la fonction d'assistante administrative (m/f/x).\n\nDate | jeudi 22 juin 2028\nHeure | 10h00\nLieu | Rue de la Loi 42, 1040 Etterbeek – 5e étage\nDurée | 1 heure environ\n\nMerci de vous munir de votre carte d'identité.\n\nService Sélection\nIntercommunale Sud-Brabant · Numéro d'entreprise BE 0212.345.678",
    expect: [{ kind: 'interview', by: '2028-06-22', time: '10:00' }],
  },
  {
    ...MTL_JUN_WED,
    text: 'Salut Jérémie!\n\nParfait pour moi, on se voit donc demain à 9 h 15 au café en bas du bureau (le Saint-Henri, sur Notre-Dame) pour jaser du poste de chargé de projet. Je vais avoir un chandail bleu, tu vas me reconnaître!\n\nÀ demain,\nMarie-Ève\n\nMarie-Ève Gagnon | Recrutement\nStudio Lachine inc. | 514 555-0147',
    expect: [{ kind: 'interview', by: '2028-06-15', time: '09:15' }],
  },
  {
    ...PAR_JUN_TUE,
    text: "Bonjour Monsieur Girard,\n\nNotre directeur technique devant s'absenter la semaine prochaine, serait-il possible d'avancer votre entretien de mardi 20 juin à vendredi 16 juin, même heure (14h30) ?\n\nMerci de me confirmer.\n\nCordialement,\nHélène Marchetti\nChargée de recrutement\nSeine Ingénierie SAS – 18 rue de Londres, 75009 Paris",
    expect: [{ kind: 'interview', by: '2028-06-16', time: '14:30' }],
  },
  {
    ...LSN_JUN_WED,
    text: 'Madame Favre,\n\nNous serions ravis de vous rencontrer pour un second entretien. Seriez-vous disponible lundi 19 juin en fin de matinée, ou alors mercredi 21 juin dès 14h ?\n\nMeilleures salutations\nJulien Rochat\nRessources humaines\nLavaux Horlogerie SA · Avenue de Cour 12 · 1007 Lausanne',
    expect: [],
  },
  {
    ...PAR_JUN_THU,
    text: "Ta candidature a bien été envoyée !\n\nHello Inès,\n\nMerci pour ta candidature au poste de Product Designer chez Orbe. L'équipe reviendra vers toi si ton profil correspond. En général, les premiers entretiens ont lieu dans les 3 semaines suivant la publication de l'offre.\n\nÀ bientôt,\nL'équipe Orbe",
    expect: [],
  },
  {
    ...PAR_JUN_THU,
    text: 'Madame, Monsieur,\n\nNous accusons réception de votre dossier de candidature au poste de rédacteur territorial. Celui-ci sera examiné par le jury de recrutement, qui rendra sa décision sous quinzaine.\n\nVeuillez agréer, Madame, Monsieur, nos salutations distinguées.\n\nLe service des ressources humaines\nCommunauté de communes du Val de Loing',
    expect: [{ kind: 'response-by', by: '2028-06-29' }],
  },
  {
    ...NAM_JUN_FRI,
    text: 'Madame, Monsieur,\n\nLes épreuves écrites se dérouleront le samedi 24 juin à la Haute École de Namur. Les candidats seront informés de leurs résultats au plus tard dix jours ouvrables après les épreuves.\n\nService de sélection\nRégie des Eaux Mosanes',
    expect: [{ kind: 'response-by', by: '2028-07-07' }],
  },
  {
    ...YQB_JUN_FRI,
    text: "Bonjour Nadia,\n\nMerci pour ta patience! Le processus a pris un peu plus de temps que prévu parce qu'on attendait encore les références et que la gestionnaire était en vacances, mais on devrait être en mesure de te revenir avec une réponse finale d'ici la fin de la semaine prochaine.\n\nBonne fin de semaine,\nAudrey\nConseillère RH – Coopérative Saint-Laurent",
    expect: [{ kind: 'response-by', by: '2028-06-23' }],
  },
  {
    ...LSN_JUN_WED,
    text: "Madame,\n\nNous vous prions de bien vouloir patienter jusqu'au 30 juin, date à laquelle le comité aura terminé ses auditions, avant de prendre contact avec nous.\n\nMeilleures salutations\nJulien Rochat\nLavaux Horlogerie SA",
    expect: [{ kind: 'no-contact-before', by: '2028-06-30', fuzzy: true }],
  },
  {
    ...TLS_JUN_MON,
    text: "Bonjour,\n\nAfin de garantir l'égalité de traitement entre les candidats, le service RH ne communique aucune information par téléphone sur l'avancement des recrutements.\n\nCordialement,\nTransports Garonne SAS – Service RH",
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...YQB_JUN_FRI,
    text: "Madame Tremblay,\n\nNous tenons à vous remercier de l'intérêt manifesté envers notre organisation. Après analyse, nous avons retenu des candidatures dont le profil correspond davantage aux exigences du poste. Nous conserverons votre curriculum vitae dans notre banque de candidatures pour une période de six mois.\n\nVeuillez agréer, Madame, nos salutations distinguées.\n\nService des ressources humaines\nCoopérative Saint-Laurent",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...PAR_JUN_TUE,
    text: "Bonjour Camille,\n\nSuite à nos échanges, j'ai le plaisir de vous confirmer notre proposition d'embauche en CDI au poste de responsable logistique, pour une prise de poste au 1er septembre. Vous trouverez ci-joint la promesse d'embauche ; je vous remercie de me la retourner signée avant le 23 juin.\n\nBien cordialement,\nHélène Marchetti\nSeine Ingénierie SAS",
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...PAR_JUN_THU,
    text: "Madame, Monsieur,\n\nActuellement en poste, je suis disponible pour un entretien en dehors de mes horaires de travail, idéalement le mercredi après 17h. Mon préavis est d'un mois, je pourrais donc prendre mes fonctions à partir du 17 juillet.\n\nJe vous prie d'agréer mes salutations distinguées.\n\nThomas Leroy\n06 45 67 89 12",
    expect: [],
  },
  {
    ...TLS_JUN_MON,
    text: "Job dating Transport & Logistique\n\nVous êtes invité(e) au job dating organisé le mardi 27 juin de 9h30 à 12h à l'agence France Travail de Toulouse Nord. Munissez-vous de plusieurs CV. Inscription obligatoire avant le 23 juin.\n\nFrance Travail – Agence Toulouse Nord",
    expect: [],
  },
  {
    ...TLS_JUN_MON,
    text: "Merci pour votre candidature (réf. 2028-0612-LOG).\n\nVos données sont traitées par Transports Garonne SAS (RCS Toulouse 444 555 666) aux seules fins du recrutement et conservées jusqu'au 12/06/2030. Ce message a été envoyé automatiquement le 12/06/2028 à 08:03, merci de ne pas y répondre.",
    expect: [],
  },
  {
    ...NAM_JUN_FRI,
    text: "Madame, Monsieur,\n\nLes entretiens se tiendront les 26 et 27 juin ; l'horaire de passage de chaque candidat sera communiqué individuellement par e-mail.\n\nService de sélection\nRégie des Eaux Mosanes",
    expect: [],
  },
];

// Rounds 127–129, written after rounds 124–126's fixes and before the engine read them.

// Monday 4 September 2028, 09:40 in Berlin.
const BER_SEP_MON = { sentAt: '2028-09-04T09:40:00+02:00', tz: 'Europe/Berlin' } as const;
// Tuesday 5 September 2028, 15:20 in Munich.
const MUC_SEP_TUE = { sentAt: '2028-09-05T15:20:00+02:00', tz: 'Europe/Berlin' } as const;
// Wednesday 6 September 2028, 10:50 in Basel.
const BSL_SEP_WED = { sentAt: '2028-09-06T10:50:00+02:00', tz: 'Europe/Zurich' } as const;
// Thursday 7 September 2028, 14:05 in Graz.
const GRZ_SEP_THU = { sentAt: '2028-09-07T14:05:00+02:00', tz: 'Europe/Vienna' } as const;
// Friday 8 September 2028, 11:15 in Frankfurt.
const FRA_SEP_FRI = { sentAt: '2028-09-08T11:15:00+02:00', tz: 'Europe/Berlin' } as const;

// Monday 4 September 2028, 12:30 in Madrid.
const MAD_SEP_MON = { sentAt: '2028-09-04T12:30:00+02:00', tz: 'Europe/Madrid' } as const;
// Tuesday 5 September 2028, 09:15 in Bogotá.
const BOG_SEP_TUE = { sentAt: '2028-09-05T09:15:00-05:00', tz: 'America/Bogota' } as const;
// Wednesday 6 September 2028, 16:40 in Buenos Aires.
const BUE_SEP_WED = { sentAt: '2028-09-06T16:40:00-03:00', tz: 'America/Argentina/Buenos_Aires' } as const;
// Thursday 7 September 2028, 10:00 in Guadalajara.
const GDL_SEP_THU = { sentAt: '2028-09-07T10:00:00-06:00', tz: 'America/Mexico_City' } as const;
// Friday 8 September 2028, 08:30 in Lima.
const LIM_SEP_FRI = { sentAt: '2028-09-08T08:30:00-05:00', tz: 'America/Lima' } as const;

// Monday 4 September 2028, 10:10 in Paris.
const PAR_SEP_MON = { sentAt: '2028-09-04T10:10:00+02:00', tz: 'Europe/Paris' } as const;
// Tuesday 5 September 2028, 14:45 in Montréal.
const MTL_SEP_TUE = { sentAt: '2028-09-05T14:45:00-04:00', tz: 'America/Toronto' } as const;
// Wednesday 6 September 2028, 09:25 in Brussels.
const BRU_SEP_WED = { sentAt: '2028-09-06T09:25:00+02:00', tz: 'Europe/Brussels' } as const;
// Thursday 7 September 2028, 17:30 in Geneva.
const GVA_SEP_THU = { sentAt: '2028-09-07T17:30:00+02:00', tz: 'Europe/Zurich' } as const;
// Friday 8 September 2028, 11:55 in Lyon.
const LYS_SEP_FRI = { sentAt: '2028-09-08T11:55:00+02:00', tz: 'Europe/Paris' } as const;

/** Round 127: German recruiter mail, the tenth file's third unseen round. */
export const ROUND_127_DE: readonly PhraseRow[] = [
  {
    ...BER_SEP_MON,
    text: 'Ihre Einladung zum Vorstellungsgespräch\n\nSehr geehrte Frau Aydın,\n\nwir freuen uns, Sie persönlich kennenzulernen!\n\nStelle: Sachbearbeiterin Debitorenbuchhaltung (m/w/d)\nTermin: 12.09.2028 um 13.30 Uhr\nAdresse: Müllerstraße 44, 13353 Berlin, Haus B, Raum 2.14\nAnsprechpartnerin: Claudia Wendt, Personalreferentin\n\nBitte bringen Sie Ihre Zeugnisse im Original mit.\n\nFreundliche Grüße\nIhr Team Personal\nWeddinger Wohnungsbau eG · Genossenschaftsregister Amtsgericht Charlottenburg GnR 512 B\n\nVersendet über softgarden',
    expect: [{ kind: 'interview', by: '2028-09-12', time: '13:30' }],
  },
  {
    ...MUC_SEP_TUE,
    text: 'Moin Finn,\n\npasst! Dann quatschen wir morgen um 11 per Zoom über die Werkstudentenstelle im Data-Team. Den Link schick ich dir gleich.\n\nCheers\nLena\n\nLena Brandl | Talent\nIsarbits GmbH | Landsberger Str. 110 | 80339 München',
    expect: [{ kind: 'interview', by: '2028-09-06', time: '11:00' }],
  },
  {
    ...BSL_SEP_WED,
    text: 'Grüezi Herr Rüegg\n\nLeider müssen wir unser Treffen vom Freitag kurzfristig absagen, da unser Bereichsleiter an einer Weiterbildung ist. Als Ersatztermin schlagen wir Ihnen Montag, den 11. September, 8.30 Uhr vor.\n\nFreundliche Grüsse\nNicole Frey\nHR Generalist\nRheinhafen Chemie AG · Westquaistrasse 2 · 4057 Basel',
    expect: [{ kind: 'interview', by: '2028-09-11', time: '08:30' }],
  },
  {
    ...GRZ_SEP_THU,
    text: 'Sehr geehrter Herr Pölzl,\n\nwir freuen uns, dass Sie ab Oktober unser Team verstärken! Ihren Dienstvertrag erhalten Sie bis spätestens Ende nächster Woche per Post.\n\nMit freundlichen Grüßen\nMag. Verena Strobl\nPersonalabteilung\nMurtal Maschinenbau GmbH · FN 123456 h · Landesgericht für ZRS Graz',
    expect: [{ kind: 'response-by', by: '2028-09-15' }],
  },
  {
    ...FRA_SEP_FRI,
    text: 'Sehr geehrte Interessentin, sehr geehrter Interessent,\n\nvielen Dank für Ihre Bewerbung als Referent (m/w/d) Nachhaltigkeitsberichterstattung. Die Bewerbungsfrist endet am 22. September. Rechnen Sie bitte mit einer Rückmeldung etwa drei Wochen nach Fristende.\n\nMit freundlichen Grüßen\nPersonalgewinnung\nMainufer Pensionskasse VVaG',
    expect: [{ kind: 'response-by', by: '2028-10-13', fuzzy: true }],
  },
  {
    ...BER_SEP_MON,
    text: 'Guten Tag Herr Lehmann,\n\nvielen Dank für Ihr Interesse. Von Rückfragen zum Stand Ihrer Bewerbung bitten wir bis zum Ende der Bewerbungsphase am 15. September abzusehen.\n\nFreundliche Grüße\nIhr Team Personal\nWeddinger Wohnungsbau eG',
    expect: [{ kind: 'no-contact-before', by: '2028-09-15', fuzzy: true }],
  },
  {
    ...MUC_SEP_TUE,
    text: 'Bitte beachten Sie, dass wir Anfragen zum Bewerbungsstand, die uns telefonisch erreichen, leider nicht bearbeiten können. Nutzen Sie dafür bitte Ihr Kandidatenprofil.\n\nIhr Recruiting-Team\nIsarbits GmbH',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...MUC_SEP_TUE,
    text: 'Sehr geehrte Frau Huber,\n\nvielen Dank für Ihre Geduld und die Zeit, die Sie sich für unser Auswahlverfahren genommen haben. Heute müssen wir Ihnen leider mitteilen, dass wir die Position anderweitig besetzt haben.\n\nFür Ihre Zukunft wünschen wir Ihnen alles Gute.\n\nMit freundlichen Grüßen\nLena Brandl\nIsarbits GmbH',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...BSL_SEP_WED,
    text: 'Sehr geehrte Frau Frey\n\nVielen Dank für das angenehme Gespräch heute Vormittag. Ich freue mich, von Ihnen zu hören, und stehe für Rückfragen jederzeit zur Verfügung – gerne auch für ein zweites Gespräch in der kommenden Woche.\n\nFreundliche Grüsse\nStefan Rüegg\n+41 79 555 12 34',
    expect: [],
  },
  {
    ...GRZ_SEP_THU,
    text: 'Lehrlingscasting 2028\n\nAm Samstag, 23. September, von 9 bis 13 Uhr öffnen wir unsere Werkstätten: Komm vorbei, lerne unsere Lehrberufe kennen und führe gleich vor Ort ein kurzes Bewerbungsgespräch mit unseren Ausbildnern!\n\nMurtal Maschinenbau GmbH · Lehrlingsausbildung',
    expect: [],
  },
  {
    ...FRA_SEP_FRI,
    text: 'Stellenanzeigen für Sie\n\nReferent Compliance (m/w/d)\nMainufer Pensionskasse VVaG · Frankfurt am Main · vor 2 Tagen · 37 Bewerbungen\nBewerbung bis 30.09.2028\n\nSenior Auditor (w/m/d)\nWestend Audit GmbH · Frankfurt am Main · Hybrid\n\nAbmelden · Hilfe · Nutzervereinbarung',
    expect: [],
  },
  {
    ...BER_SEP_MON,
    text: 'Eingangsbestätigung\n\nIhre Bewerbung vom 03.09.2028 ist bei uns eingegangen. Wir melden uns bei Ihnen, sobald wir Ihre Unterlagen geprüft haben.\n\nDie Löschung Ihrer Daten erfolgt spätestens sechs Monate nach Abschluss des Verfahrens (Art. 17 DSGVO).\n\nWeddinger Wohnungsbau eG · Müllerstraße 44 · 13353 Berlin',
    expect: [],
  },
  {
    ...FRA_SEP_FRI,
    text: 'Hallo Frau Demir,\n\nHerr Lorenz und Frau Aksoy stellen sich am Mittwoch um 10 bzw. 11:30 Uhr bei Ihnen vor; die Unterlagen liegen im gemeinsamen Ordner. Bitte geben Sie mir nach den Gesprächen kurz Feedback.\n\nDanke und viele Grüße\nPersonalgewinnung',
    expect: [],
  },
];

/** Round 128: Spanish recruiter mail, the tenth file's third unseen round. */
export const ROUND_128_ES: readonly PhraseRow[] = [
  {
    ...MAD_SEP_MON,
    text: 'Estimado Sr. Marín:\n\nTras revisar su candidatura, le convocamos a una entrevista presencial el próximo lunes día 11 a las 12:00 horas en nuestra sede (Calle Orense 34, planta 5, 28020 Madrid). Rogamos puntualidad.\n\nAtentamente,\nDepartamento de Selección\nAzca Consulting Partners, S.L. · CIF B-87654321',
    expect: [{ kind: 'interview', by: '2028-09-11', time: '12:00' }],
  },
  {
    ...BOG_SEP_TUE,
    text: 'Listo, Juanita, quedamos para pasado mañana a las 3 de la tarde por Meet con Andrés, el líder del equipo. Ya te mandé la invitación al calendario.\n\nUn abrazo,\nCata\nTalento – Andes Logística S.A.S.',
    expect: [{ kind: 'interview', by: '2028-09-07', time: '15:00' }],
  },
  {
    ...BUE_SEP_WED,
    text: 'Hola Fede:\n\nTuvimos un inconveniente con la sala. ¿Te parece si corremos la entrevista del viernes para el lunes 11, mismo horario (16 hs)?\n\nSaludos,\nVicky\nPeople – Río Data S.A.',
    expect: [{ kind: 'interview', by: '2028-09-11', time: '16:00' }],
  },
  {
    ...GDL_SEP_THU,
    text: 'Hola Ale:\n\nTengo disponibles estos espacios para tu segunda entrevista: lunes 11 a las 10:00, martes 12 a las 13:00 o miércoles 13 a las 17:00. ¿Cuál te acomoda?\n\nSaludos,\nMariana\nReclutamiento – Tapatía Software',
    expect: [],
  },
  {
    ...LIM_SEP_FRI,
    text: 'Estimado Sr. Ramos:\n\nLe estaremos enviando la propuesta económica a más tardar el miércoles 13, una vez que la gerencia general la apruebe.\n\nSaludos cordiales,\nGestión Humana\nPacífico Seguros Andinos S.A.',
    expect: [{ kind: 'response-by', by: '2028-09-13' }],
  },
  {
    ...MAD_SEP_MON,
    text: 'Estimada Sra. Nieto:\n\nLa entrevista con la directora financiera será el jueves 14 de septiembre a las 10:00. Tras la misma, le comunicaremos la decisión en un máximo de cinco días hábiles.\n\nUn saludo,\nAzca Consulting Partners',
    expect: [
      { kind: 'interview', by: '2028-09-14', time: '10:00' },
      { kind: 'response-by', by: '2028-09-21' },
    ],
  },
  {
    ...BOG_SEP_TUE,
    text: 'Hola, Sebastián:\n\nPor favor, no nos escribas para preguntar por el proceso antes del 20 de septiembre; ese día cerramos la convocatoria y empezamos a revisar las hojas de vida.\n\nGracias,\nTalento – Andes Logística S.A.S.',
    expect: [{ kind: 'no-contact-before', by: '2028-09-20' }],
  },
  {
    ...GDL_SEP_THU,
    text: 'Hola Diana:\n\nGracias por tu tiempo en las entrevistas. Lamentamos informarte que en esta ocasión no continuarás en el proceso para la vacante de Diseñadora UX.\n\nTe deseamos éxito,\nReclutamiento – Tapatía Software',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...BUE_SEP_WED,
    text: '¡Felicitaciones, Mati! Queremos que te sumes al equipo como Data Analyst. Te mandé la propuesta por mail; avisame antes del viernes si aceptás.\n\nVicky',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...MAD_SEP_MON,
    text: 'Webinar gratuito: cómo preparar tu entrevista por competencias\n\nMiércoles 13 de septiembre a las 18:30 (hora peninsular). Reserva tu plaza: las inscripciones se cierran el lunes 11.\n\nAzca Consulting Partners – Escuela de Talento',
    expect: [],
  },
  {
    ...LIM_SEP_FRI,
    text: 'Estimada Srta. Rojas:\n\nLe escribo para retirar mi candidatura al puesto de Analista de Riesgos, ya que el lunes 11 comienzo a trabajar en otra empresa. Agradezco mucho la oportunidad.\n\nAtentamente,\nJorge Salazar',
    expect: [],
  },
  {
    ...BOG_SEP_TUE,
    text: 'Su solicitud N.° 45821 fue registrada el 05/09/2028 a las 08:12.\nEstado: En revisión\n\nEste correo es generado automáticamente. Aviso de privacidad: conforme a la Ley 1581 de 2012, sus datos serán tratados por Andes Logística S.A.S. durante el proceso de selección y conservados hasta por dos años.',
    expect: [],
  },
  {
    ...GDL_SEP_THU,
    text: 'Hola Ale:\n\nRecuerda que el examen médico de ingreso debe realizarse antes del viernes 15 en cualquiera de las clínicas afiliadas. Lleva tu identificación oficial.\n\nSaludos,\nMariana',
    expect: [],
  },
];

/** Round 129: French recruiter mail, the tenth file's third unseen round. */
export const ROUND_129_FR: readonly PhraseRow[] = [
  {
    ...PAR_SEP_MON,
    text: 'Madame,\n\nNous vous confirmons votre entretien le mercredi 13 septembre 2028 à 15h00 dans nos locaux du 25 rue du Faubourg Saint-Antoine, 75011 Paris (digicode 4521B).\n\nCordialement,\nService Recrutement\nBastille Conseil SAS – SIREN 812 654 321',
    expect: [{ kind: 'interview', by: '2028-09-13', time: '15:00' }],
  },
  {
    ...MTL_SEP_TUE,
    text: "Super! On se parle jeudi à 10 h par Teams pour ton entrevue avec Mathieu, je t'envoie l'invitation dans la journée.\n\nJulie\nAcquisition de talents – Mont-Royal Techno inc.",
    expect: [{ kind: 'interview', by: '2028-09-07', time: '10:00' }],
  },
  {
    ...BRU_SEP_WED,
    text: 'Monsieur Claes,\n\nNous nous voyons contraints de déplacer votre entretien de vendredi. Pourriez-vous vous présenter le lundi 11 septembre à 11h15 ?\n\nBien à vous,\nCéline Martin\nHR Officer – Sablon Finance SA',
    expect: [{ kind: 'interview', by: '2028-09-11', time: '11:15' }],
  },
  {
    ...GVA_SEP_THU,
    text: 'Bonjour Monsieur Rey,\n\nVoici mes disponibilités pour un échange téléphonique : mardi 12 entre 9h et 11h, mercredi 13 après 14h. Dites-moi ce qui vous arrange.\n\nMeilleures salutations\nSophie Baud\nTalent Acquisition – Rhône Pharma SA',
    expect: [],
  },
  {
    ...LYS_SEP_FRI,
    text: 'Bonjour Madame Morel,\n\nMerci encore pour votre venue. Vous recevrez un retour de notre part au plus tard mardi prochain.\n\nBien cordialement,\nNicolas Faure\nResponsable recrutement – Confluence Data',
    expect: [{ kind: 'response-by', by: '2028-09-12' }],
  },
  {
    ...PAR_SEP_MON,
    text: 'Madame, Monsieur,\n\nLa commission de recrutement se réunira le jeudi 21 septembre et vous tiendra informé(e) de sa décision dans un délai de deux semaines à compter de cette réunion.\n\nLe service des ressources humaines\nMairie du 11e arrondissement',
    expect: [{ kind: 'response-by', by: '2028-10-05' }],
  },
  {
    ...MTL_SEP_TUE,
    text: "Bonjour,\n\nMerci de votre intérêt pour le poste de technicien comptable. Merci de ne pas communiquer avec nous avant la fin de l'affichage, le 15 septembre.\n\nService des ressources humaines\nVille de Mont-Royal",
    expect: [{ kind: 'no-contact-before', by: '2028-09-15', fuzzy: true }],
  },
  {
    ...BRU_SEP_WED,
    text: "Monsieur Peeters,\n\nNous sommes au regret de vous annoncer que votre candidature n'a pas été retenue pour la suite de la procédure.\n\nNous vous souhaitons plein succès.\n\nCéline Martin\nSablon Finance SA",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...LYS_SEP_FRI,
    text: 'Bonjour,\n\nNos équipes ne sont pas en mesure de traiter les demandes de suivi par téléphone ; merci de passer par votre espace candidat.\n\nConfluence Data – Recrutement',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...PAR_SEP_MON,
    text: 'Nouvelles offres correspondant à votre alerte « contrôleur de gestion »\n\nContrôleur de gestion industriel H/F – Ivry-sur-Seine\nDate de publication : 02/09/2028 · Entretiens à partir du 18 septembre\n\nModifier mes alertes',
    expect: [],
  },
  {
    ...GVA_SEP_THU,
    text: "Madame Baud,\n\nJe vous remercie pour notre entretien de ce matin. Comme convenu, je vous transmets mes références d'ici vendredi.\n\nMeilleures salutations\nLucas Rey\n+41 78 555 66 77",
    expect: [],
  },
  {
    ...MTL_SEP_TUE,
    text: "Salon de l'emploi de Laval\n\nMercredi 20 septembre, de 10 h à 16 h, au Centre sportif. Des entrevues éclair seront offertes sur place par plus de 60 employeurs.\n\nCarrefour jeunesse-emploi Laval",
    expect: [],
  },
  {
    ...BRU_SEP_WED,
    text: 'Votre candidature a été enregistrée le 06/09/2028 sous la référence BXL-2028-0904. Conformément au RGPD, vos données seront supprimées au plus tard le 06/09/2030.\n\nSablon Finance SA · BCE 0456.123.789',
    expect: [],
  },
];
