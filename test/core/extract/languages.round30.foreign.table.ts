// Rounds 322–323c (issue 13): fresh German, Spanish and French whole messages by hw429, written BEFORE the engine
// read them, by a writer who never saw the rules. Focus: whole ATS mails after HTML-to-text conversion (headers,
// field labels, buttons as text, privacy and unsubscribe footers, "Bitte antworten Sie nicht auf diese E-Mail",
// "Ne pas répondre", "No responder") from Personio, softgarden, SuccessFactors, Workday, Taleo, InfoJobs, Welcome to
// the Jungle, Teamtailor, Indeed, rexx, d.vinci, Computrabajo, Bumeran; reply chains with quoted history ("Am …
// schrieb …:", "Le … a écrit :", "El … escribió:"). Half of them are negatives: the same systems reaching people who
// are not the candidate (the reader as interviewer, jury member, referee or employer), and the rest of a real inbox
// (alerts, newsletters, webinars, fairs, employer, family, bank, landlord, doctor, school, car, delivery, visa,
// university). Names, companies and dates are invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Round 322: Wednesday 16 March 2039 (US/Canada already on summer time since 13 March; Europe changes on 27 March).
// Business days after t: Thu 17, Fri 18, Mon 21, Tue 22, Wed 23, Thu 24, Fri 25 (7th), Mon 28, Tue 29, Wed 30 (10th).
const BER = { sentAt: '2039-03-16T09:14:00+01:00', tz: 'Europe/Berlin' } as const;
const MUC = { sentAt: '2039-03-16T16:02:00+01:00', tz: 'Europe/Berlin' } as const;
const VIE = { sentAt: '2039-03-16T11:37:00+01:00', tz: 'Europe/Vienna' } as const;
const ZRH = { sentAt: '2039-03-16T08:05:00+01:00', tz: 'Europe/Zurich' } as const;
const LUX = { sentAt: '2039-03-16T13:48:00+01:00', tz: 'Europe/Luxembourg' } as const;
const HAJ = { sentAt: '2039-03-16T10:20:00+01:00', tz: 'Europe/Berlin' } as const;
const MAD = { sentAt: '2039-03-16T12:31:00+01:00', tz: 'Europe/Madrid' } as const;
const MEX = { sentAt: '2039-03-16T09:55:00-06:00', tz: 'America/Mexico_City' } as const;
const BUE = { sentAt: '2039-03-16T15:10:00-03:00', tz: 'America/Argentina/Buenos_Aires' } as const;
const BOG = { sentAt: '2039-03-16T08:40:00-05:00', tz: 'America/Bogota' } as const;
const SCL = { sentAt: '2039-03-16T10:03:00-03:00', tz: 'America/Santiago' } as const;
const LIM = { sentAt: '2039-03-16T17:26:00-05:00', tz: 'America/Lima' } as const;
const PAR = { sentAt: '2039-03-16T10:45:00+01:00', tz: 'Europe/Paris' } as const;
const LYS = { sentAt: '2039-03-16T14:12:00+01:00', tz: 'Europe/Paris' } as const;
const BRU = { sentAt: '2039-03-16T09:30:00+01:00', tz: 'Europe/Brussels' } as const;
const YUL = { sentAt: '2039-03-16T11:08:00-04:00', tz: 'America/Toronto' } as const;
const DKR = { sentAt: '2039-03-16T10:15:00+00:00', tz: 'Africa/Dakar' } as const;
const CAS = { sentAt: '2039-03-16T15:40:00+01:00', tz: 'Africa/Casablanca' } as const;
const TUN = { sentAt: '2039-03-16T12:00:00+01:00', tz: 'Africa/Tunis' } as const;

/** Round 322: German, sent Wednesday 16 March 2039. */
export const ROUND_322_DE: readonly PhraseRow[] = [
  // Personio invitation after HTML-to-text: label–value block, buttons as text, no-reply footer.
  {
    ...BER,
    text: 'Von: Kranich Logistik GmbH <jobs@kranich-logistik.jobs.personio.de>\nBetreff: Einladung zum Vorstellungsgespräch – Teamleitung Disposition (m/w/d)\n\nKRANICH LOGISTIK\n\nSehr geehrte Frau Yilmaz,\n\nvielen Dank für Ihr Interesse an der Position „Teamleitung Disposition (m/w/d)“. Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gerne persönlich kennenlernen.\n\nIhr Termin\nDatum: Dienstag, 22. März 2039\nUhrzeit: 10:30 Uhr\nDauer: ca. 60 Minuten\nOrt: Kranich Logistik GmbH, Am Westhafen 7, 13353 Berlin (Empfang Haus B)\nGesprächspartner: Frank Oehler (Leitung Operations), Sina Matthes (HR)\n\n[ Termin bestätigen ]   [ Anderen Termin vorschlagen ]\n\nBitte bringen Sie einen gültigen Lichtbildausweis mit.\n\nMit freundlichen Grüßen\nSina Matthes\nHR Business Partnerin\n\nBitte antworten Sie nicht auf diese E-Mail. Diese Nachricht wurde automatisch über Personio versendet.\nInformationen zum Datenschutz finden Sie unter: https://kranich-logistik.jobs.personio.de/privacy-policy',
    expect: [
      { kind: 'interview', by: '2039-03-22', time: '10:30', phrase: 'Datum: Dienstag, 22. März 2039' },
    ],
  },
  // softgarden acknowledgement from Vienna: a working-day window and a no-calls line.
  {
    ...VIE,
    text: 'Betreff: Eingangsbestätigung Ihrer Bewerbung – Sachbearbeitung Lohnverrechnung (w/m/d), Ref.-Nr. 2039-117\n\nSehr geehrter Herr Hofbauer,\n\nwir bestätigen den Eingang Ihrer Bewerbung über unser Karriereportal und bedanken uns für Ihr Vertrauen.\n\nDerzeit sichten wir alle eingegangenen Unterlagen sorgfältig. Eine Rückmeldung zum weiteren Ablauf erhalten Sie innerhalb von 10 Werktagen.\n\nBitte sehen Sie in der Zwischenzeit von telefonischen Nachfragen zum Stand Ihrer Bewerbung ab – wir melden uns in jedem Fall bei Ihnen.\n\nMit freundlichen Grüßen\n\nIhr Recruiting-Team\nDonaublick Versicherungsservice GmbH\nPraterstraße 31, 1020 Wien\n\n----\nDiese E-Mail wurde über softgarden versendet. Antworten auf diese Adresse können nicht bearbeitet werden.\nDatenschutzhinweise | Bewerbung zurückziehen',
    expect: [
      { kind: 'response-by', by: '2039-03-30', phrase: 'innerhalb von 10 Werktagen', fuzzy: false },
      { kind: 'no-calls', phrase: 'Bitte sehen Sie in der Zwischenzeit von telefonischen Nachfragen' },
    ],
  },
  // Reply chain from Zurich: the recruiter moves the interview; the quoted history holds the old slot.
  {
    ...ZRH,
    text: 'Betreff: AW: AW: Interview Junior Data Analyst – Terminverschiebung\n\nGrüezi Frau Keller\n\nKein Problem, das lässt sich einrichten. Wir verschieben das Gespräch auf Donnerstag, 24. März, 14:00 Uhr. Treffpunkt bleibt unser Empfang an der Hardturmstrasse 161 in Zürich; Herr Baumann holt Sie dort ab.\n\nFreundliche Grüsse\nRahel Gerber\nTalent Acquisition\nLimmat Analytics AG\n\nAm 15.03.2039 um 18:12 schrieb Anna Keller <anna.keller@bluewin.ch>:\n> Guten Abend Frau Gerber\n>\n> Herzlichen Dank für die Einladung. Leider habe ich am Montag, 21. März, um 9 Uhr eine Prüfung an der ZHAW und kann den Termin deshalb nicht wahrnehmen. Wäre ein anderer Tag in der nächsten Woche möglich?\n>\n> Freundliche Grüsse\n> Anna Keller\n>\n> Am 14.03.2039 um 10:47 schrieb Rahel Gerber <rahel.gerber@limmat-analytics.ch>:\n>> Grüezi Frau Keller\n>> Gerne laden wir Sie zu einem Interview am Montag, 21. März 2039, um 9:00 Uhr ein.',
    expect: [
      {
        kind: 'interview',
        by: '2039-03-24',
        time: '14:00',
        phrase: 'Wir verschieben das Gespräch auf Donnerstag, 24. März, 14:00 Uhr',
      },
    ],
  },
  // SuccessFactors status mail: "bis Ende nächster Woche" = Friday of next week.
  {
    ...MUC,
    text: 'Betreff: Statusänderung Ihrer Bewerbung – Requisition 48213: Entwicklungsingenieur Leistungselektronik\n\nSehr geehrter Herr Albrecht,\n\nder Status Ihrer Bewerbung hat sich geändert.\n\nStelle: Entwicklungsingenieur Leistungselektronik (m/w/d)\nStandort: München-Freimann\nNeuer Status: In Prüfung durch die Fachabteilung\n\nDie Fachabteilung sichtet derzeit die Unterlagen aller Bewerberinnen und Bewerber. Eine Rückmeldung von uns erhalten Sie bis Ende nächster Woche.\n\nDen aktuellen Stand können Sie jederzeit in Ihrem Kandidatenprofil einsehen.\n[ Zum Kandidatenprofil ]\n\nMit freundlichen Grüßen\nIhr Talent Acquisition Team\nIsarwerk Antriebstechnik SE\n\nDies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht auf diese Nachricht.\nPowered by SAP SuccessFactors | Datenschutz | Impressum',
    expect: [{ kind: 'response-by', by: '2039-03-25', phrase: 'bis Ende nächster Woche', fuzzy: false }],
  },
  // Workday rejection from Luxembourg, in German; the talent-pool period is a fact.
  {
    ...LUX,
    text: 'Betreff: Ihre Bewerbung als Compliance Officer (m/w) – JR-20391\n\nSehr geehrte Frau Schmit,\n\nvielen Dank für Ihre Bewerbung und das Interesse an der Banque Moselle S.A.\n\nNach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir uns für Kandidatinnen und Kandidaten entschieden haben, deren Profil den Anforderungen der Stelle noch besser entspricht. Wir bedauern, Ihnen keine positivere Nachricht geben zu können.\n\nMit Ihrem Einverständnis bewahren wir Ihre Unterlagen für 12 Monate in unserem Talentpool auf.\n\nWir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.\n\nMit freundlichen Grüßen\nHuman Resources\nBanque Moselle S.A., 12, boulevard Royal, L-2449 Luxembourg\n\nDiese Nachricht wurde von Workday gesendet. Bitte antworten Sie nicht direkt auf diese E-Mail.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  // A city's selection interview; the confirm-by date is the candidate's deadline.
  {
    ...HAJ,
    text: 'Betreff: Einladung zum Auswahlgespräch – Kennziffer 14/2039 Sachbearbeitung Bauordnung\n\nStadt Lindenau\nFachbereich Personal und Organisation\n\nSehr geehrte Frau Petersen,\n\nnach Auswertung der eingegangenen Bewerbungen freue ich mich, Sie zu einem Auswahlgespräch einzuladen. Das Gespräch findet am Montag, den 28.03.2039, um 13:15 Uhr im Rathaus, Markt 1, Sitzungszimmer 2.14 statt. Der Auswahlkommission gehören neben mir die Fachbereichsleitung sowie ein Mitglied des Personalrates und die Gleichstellungsbeauftragte an.\n\nBitte teilen Sie mir bis zum 23.03.2039 mit, ob Sie den Termin wahrnehmen können. Fahrtkosten können leider nicht erstattet werden.\n\nMit freundlichen Grüßen\nIm Auftrag\n\nKerstin Wolff\nStadt Lindenau – Personalgewinnung\nTel. 05101 2007-214',
    expect: [
      {
        kind: 'interview',
        by: '2039-03-28',
        time: '13:15',
        phrase: 'am Montag, den 28.03.2039, um 13:15 Uhr im Rathaus',
      },
    ],
  },
  // Join, informal: the team is at an offsite; no follow-up before a named day.
  {
    ...BER,
    text: 'Betreff: Deine Bewerbung bei Flinkpost 📬\n\nHey Jonas,\n\nmega, dass du dich als Werkstudent Customer Success bei uns beworben hast! Deine Bewerbung ist angekommen und liegt bei Mira aus dem Team.\n\nKleiner Hinweis: Unser ganzes Team ist bis einschließlich 27. März auf Offsite in Portugal. Frag deshalb bitte nicht vor dem 28. März nach dem Stand deiner Bewerbung – vorher liest das leider niemand.\n\nLiebe Grüße\nMira & das Flinkpost-Team\n\n—\nGesendet über JOIN · Du erhältst diese E-Mail, weil du dich über JOIN beworben hast. Datenschutz · Hilfe',
    expect: [
      { kind: 'no-contact-before', by: '2039-03-28', phrase: 'Frag deshalb bitte nicht vor dem 28. März' },
    ],
  },
  // Negative: Personio tells the reader they interview a candidate.
  {
    ...BER,
    text: 'Betreff: Du wurdest als Interviewer:in eingeplant – Laura Becker (Senior Backend Engineer)\n\nHallo Stefan,\n\ndu wurdest für ein Interview mit der Kandidatin Laura Becker eingeplant.\n\nPosition: Senior Backend Engineer (m/w/d)\nTermin: Mittwoch, 23.03.2039, 11:00 – 12:00 Uhr\nOrt: Google Meet (Link im Kalendereintrag)\nWeitere Teilnehmende: Jana Roth (Recruiting)\n\nBitte sieh dir vorab den Lebenslauf an und trage dein Feedback bis spätestens 24 Stunden nach dem Gespräch ein.\n\n[ Profil ansehen ]   [ Feedback abgeben ]\n\nViele Grüße\nDein Personio-Team\n\nDu erhältst diese Benachrichtigung, weil du in Personio als Interviewer:in hinterlegt bist. Benachrichtigungseinstellungen ändern',
    expect: [],
  },
  // Negative: the reader's own annual appraisal with their manager.
  {
    ...MUC,
    text: 'Betreff: Einladung: Jährliches Mitarbeitergespräch 2039\n\nHallo Tobias,\n\nwie angekündigt starten wir in die Runde der Jahresgespräche. Dein Mitarbeitergespräch mit Bettina findet am Dienstag, 22. März um 9:30 Uhr im Raum „Zugspitze“ (3. OG) statt.\n\nBitte fülle vorher den Selbsteinschätzungsbogen in Workday aus (Aufgabe „Jahresgespräch 2039 – Selbsteinschätzung“), spätestens bis Freitag.\n\nDanke und viele Grüße\nPeople & Culture\nIsarwerk Antriebstechnik SE\n\nDies ist eine automatisch generierte E-Mail aus Workday.',
    expect: [],
  },
  // Negative: a StepStone job alert; its only dates are closing dates and posting dates.
  {
    ...HAJ,
    text: 'Betreff: 6 neue Jobs für „Controller“ in Hannover und Umgebung\n\nHallo Frau Petersen,\n\nhier sind die neuesten Jobs, die zu Ihrem Job-Agenten passen:\n\nControlling-Spezialist (m/w/d) – Weserland Energie AG – Hannover\nVeröffentlicht: 15.03.2039 · Bewerbungsfrist: 31.03.2039\n[ Jetzt bewerben ]\n\nJunior Controller (m/w/d) – Nordheide Möbel GmbH – Celle\nVeröffentlicht: 14.03.2039 · Schnelle Bewerbung\n[ Jetzt bewerben ]\n\nReferent Beteiligungscontrolling (m/w/d) – Region Hannover – Hannover\nBewerbungsschluss: 08.04.2039\n[ Jetzt bewerben ]\n\nAlle 6 Jobs ansehen\n\nIhr StepStone-Team\n\nSie erhalten diese E-Mail, weil Sie einen Job-Agenten angelegt haben. Job-Agent bearbeiten | Abmelden | Datenschutz',
    expect: [],
  },
  // Negative: the landlord's handover appointment.
  {
    ...VIE,
    text: 'Betreff: Wohnungsübergabe Top 14 – Termin\n\nSehr geehrter Herr Hofbauer,\n\nwie telefonisch besprochen bestätige ich Ihnen die Übergabe der Wohnung in der Schüttelstraße 52/14 am Donnerstag, 24.03., um 17 Uhr. Bitte bringen Sie alle Schlüssel (3 Wohnungsschlüssel, 1 Briefkastenschlüssel) mit; die Zählerstände lesen wir gemeinsam ab.\n\nDie Kaution wird nach Prüfung innerhalb von 14 Tagen auf Ihr Konto überwiesen.\n\nMit freundlichen Grüßen\nMag. Helga Pichler\nHausverwaltung Pichler & Söhne\nTel. +43 1 726 44 10',
    expect: [],
  },
  // Negative: a doctor's appointment booked online.
  {
    ...ZRH,
    text: 'Betreff: Terminbestätigung – Praxis Dr. med. Lukas Frei\n\nGuten Tag Frau Keller\n\nIhr Termin wurde erfolgreich gebucht:\n\nPraxis: Dr. med. Lukas Frei, Facharzt für Dermatologie\nDatum: Montag, 21.03.2039\nUhrzeit: 08:40 Uhr\nAdresse: Seefeldstrasse 88, 8008 Zürich\n\nBitte bringen Sie Ihre Versichertenkarte mit. Falls Sie den Termin nicht wahrnehmen können, sagen Sie ihn bitte mindestens 24 Stunden vorher ab.\n\n[ Termin verwalten ]\n\nFreundliche Grüsse\nIhr Praxisteam\n\nDiese E-Mail wurde automatisch versendet. Bitte antworten Sie nicht darauf.',
    expect: [],
  },
  // Negative: a friend's interview, in a reply chain; the reader is asked to pick up a child.
  {
    ...LUX,
    text: 'Betreff: Re: Freitag?\n\nHi Maxi,\n\nkurzes Update: Mein Vorstellungsgespräch bei der Sparkasse ist jetzt fix – Freitag, 18.03. um 10 Uhr in der Zentrale. Könntest du an dem Tag Emil von der Kita abholen? Ich weiß nicht, wie lange das dauert.\n\nDrück mir die Daumen!\nJule\n\nAm 15.03.2039 um 21:04 schrieb Maximilian Weber <maxi.weber@pt.lu>:\n> Klar, sag einfach Bescheid, wann genau. Ich hab Freitag frei.\n>\n> Am 15.03.2039 um 19:40 schrieb Jule Hansen <jule.hansen@gmail.com>:\n>> Du, hast du Freitag zufällig Zeit? Ich hab vielleicht ein Vorstellungsgespräch.',
    expect: [],
  },
  // Negative: the car's periodic inspection.
  {
    ...MUC,
    text: 'Betreff: Erinnerung: Hauptuntersuchung für M-TA 4821 fällig\n\nSehr geehrter Herr Albrecht,\n\nfür Ihr Fahrzeug mit dem Kennzeichen M-TA 4821 ist die Hauptuntersuchung (HU) im März 2039 fällig.\n\nIhr gebuchter Termin:\nFreitag, 25.03.2039, 07:30 Uhr\nTÜV-Servicecenter München-Moosach, Dachauer Straße 432\n\nBitte bringen Sie die Zulassungsbescheinigung Teil I mit.\n\n[ Termin verschieben ]  [ Termin stornieren ]\n\nIhr Prüfdienst-Team\nSie erhalten diese E-Mail, weil Sie der Terminerinnerung zugestimmt haben. Abmelden',
    expect: [],
  },
];

/** Round 322b: Spanish, sent Wednesday 16 March 2039. */
export const ROUND_322B_ES: readonly PhraseRow[] = [
  // InfoJobs status change: a window in días hábiles.
  {
    ...MAD,
    text: 'Asunto: Tu candidatura ha cambiado de estado\n\ninfojobs\n\nHola, Raquel:\n\nTu candidatura a la oferta «Administrativo/a contable – jornada completa» de GRUPO TAJO SERVICIOS INTEGRALES, S.L. ha cambiado de estado.\n\nEstado actual: En proceso\n\nLa empresa está revisando los currículums recibidos y ha indicado que contactará contigo en un plazo máximo de 7 días hábiles.\n\n[ Ver mi candidatura ]\n\nMucha suerte,\nEl equipo de InfoJobs\n\nNo respondas a este correo, ha sido enviado de forma automática. Si no quieres recibir más notificaciones, modifica tus preferencias. Política de privacidad',
    expect: [
      { kind: 'response-by', by: '2039-03-25', phrase: 'en un plazo máximo de 7 días hábiles', fuzzy: false },
    ],
  },
  // Computrabajo invitation from Bogotá, usted, with a.m.
  {
    ...BOG,
    text: 'Asunto: Invitación a entrevista – Auxiliar de Bodega\n\nComputrabajo\n\nEstimado Andrés Felipe Rojas:\n\nLa empresa DISTRIBUIDORA ANDINA DEL NORTE S.A.S. ha revisado su hoja de vida y desea invitarlo a una entrevista presencial.\n\nFecha: jueves 24 de marzo de 2039\nHora: 9:00 a. m.\nDirección: Calle 13 # 68-45, Zona Industrial Montevideo, Bogotá\nPreguntar por: Liliana Cárdenas, Gestión Humana\n\nPor favor presentarse con 15 minutos de anticipación, con documento de identidad y hoja de vida impresa.\n\n[ Confirmar asistencia ]\n\nAtentamente,\nComputrabajo Colombia\n\nEste mensaje se generó automáticamente. Por favor, no responda a este correo.',
    expect: [
      { kind: 'interview', by: '2039-03-24', time: '09:00', phrase: 'Fecha: jueves 24 de marzo de 2039' },
    ],
  },
  // Bumeran, voseo from Buenos Aires: a no-later-than day and a no-calls line.
  {
    ...BUE,
    text: 'Asunto: Recibimos tu postulación – Vendedor/a salón (Palermo)\n\nBumeran\n\n¡Hola Martina!\n\nGracias por postularte para Vendedor/a salón en Casa Ombú Deco. Tu CV ya está en manos de la selectora a cargo de la búsqueda.\n\nEstamos armando la primera ronda de entrevistas y te vamos a escribir a más tardar el viernes 25 de marzo para contarte cómo seguimos.\n\nPor favor, no llames al local ni a la oficina: no atendemos consultas telefónicas sobre búsquedas abiertas.\n\n¡Saludos!\nEquipo de Selección – Casa Ombú Deco\n\nEste correo fue enviado a través de Bumeran. No respondas este mensaje. Términos y condiciones · Privacidad',
    expect: [
      { kind: 'response-by', by: '2039-03-25', phrase: 'a más tardar el viernes 25 de marzo', fuzzy: false },
      { kind: 'no-calls', phrase: 'no atendemos consultas telefónicas sobre búsquedas abiertas' },
    ],
  },
  // Reply chain from Santiago: the interview is moved; quoted mails hold the old day.
  {
    ...SCL,
    text: 'Asunto: RE: RE: Entrevista Ingeniero/a de Procesos – reagendamiento\n\nHola Ignacio,\n\nSin problema, reagendamos la entrevista para el martes 29 de marzo a las 15:30 hrs. por Teams. Te llegará una nueva invitación de calendario en unos minutos.\n\nSaludos cordiales,\nFrancisca Muñoz\nAnalista de Atracción de Talento\nMinera Cordillera Alta SpA\n\nEl mar, 15 mar 2039 a las 19:40, Ignacio Fuentes <ifuentes@gmail.com> escribió:\n> Hola Francisca, muchas gracias por la invitación. Lamentablemente el lunes 21 a las 10:00 estoy en faena en Antofagasta. ¿Existe la posibilidad de otro día?\n> Saludos,\n> Ignacio\n>\n> El lun, 14 mar 2039 a las 12:05, Francisca Muñoz <fmunoz@cordilleraalta.cl> escribió:\n>> Estimado Ignacio: te invitamos a una entrevista el lunes 21 de marzo a las 10:00 hrs.',
    expect: [
      {
        kind: 'interview',
        by: '2039-03-29',
        time: '15:30',
        phrase: 'reagendamos la entrevista para el martes 29 de marzo a las 15:30 hrs.',
      },
    ],
  },
  // A town hall's concurso-oposición: the personal interview of the candidate.
  {
    ...MAD,
    text: 'Asunto: Convocatoria a entrevista personal – Proceso selectivo Técnico/a de Juventud (Expte. 118/2038)\n\nAYUNTAMIENTO DE VALDELOMAR\nDepartamento de Recursos Humanos\n\nEstimada Sra. Navarro Gil:\n\nSuperada la fase de concurso, se le convoca a la entrevista personal prevista en la base séptima de la convocatoria, que se celebrará el día 30 de marzo de 2039, a las 10:00 horas, en el Salón de Plenos de la Casa Consistorial (Plaza Mayor, 1).\n\nDeberá acudir provista de DNI o documento equivalente. La no comparecencia supondrá la exclusión del proceso.\n\nAtentamente,\nLa Secretaria del Tribunal Calificador\n\nAviso legal: este mensaje y sus anexos son confidenciales. Por favor, no responda a esta dirección de correo.',
    expect: [
      {
        kind: 'interview',
        by: '2039-03-30',
        time: '10:00',
        phrase: 'se celebrará el día 30 de marzo de 2039, a las 10:00 horas',
      },
    ],
  },
  // Workday: a Madrid company interviews a candidate in Mexico City; the time is Madrid's.
  {
    ...MEX,
    text: 'Asunto: Entrevista con el equipo de Producto – Product Designer (Remoto LATAM)\n\nHola Daniela:\n\nGracias por tu interés en Velarde Fintech. Nos gustaría conocerte en una videollamada con Jorge Salas, Head of Product.\n\nLa entrevista será el martes 22 de marzo a las 17:00 (hora de Madrid) por Google Meet. El enlace aparece en la invitación adjunta.\n\n[ Aceptar ] [ Proponer otro horario ]\n\nUn saludo,\nLucía Beltrán\nTalent Acquisition – Velarde Fintech\n\nEnviado mediante Workday. No respondas a este correo electrónico; si necesitas cambiar el horario, usa el botón de arriba.',
    expect: [
      {
        kind: 'interview',
        by: '2039-03-22',
        time: '10:00',
        phrase: 'La entrevista será el martes 22 de marzo a las 17:00 (hora de Madrid)',
      },
    ],
  },
  // Teamtailor rejection from Lima.
  {
    ...LIM,
    text: 'Asunto: Actualización sobre tu postulación – Coordinador/a de Marketing Digital\n\nHola Renzo,\n\nMuchas gracias por el tiempo que dedicaste a nuestro proceso y por las conversaciones con el equipo.\n\nLamentablemente, hemos decidido continuar con otros perfiles cuya experiencia se ajusta más a lo que buscamos en este momento. Sabemos que no es la noticia que esperabas.\n\nTe invitamos a seguir atento a nuestras futuras vacantes en nuestra página de empleo.\n\nUn abrazo,\nEl equipo de Personas de Pachacamac Foods\n\nEnviado con Teamtailor · Gestionar mis datos · Darme de baja de Connect',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  // Negative: Indeed tells an employer (the reader) about an interview it scheduled with an applicant.
  {
    ...MEX,
    text: 'Asunto: Entrevista programada con Luis Pérez – Mesero/a turno noche\n\nIndeed para empresas\n\nHola Restaurante La Terraza de Coyoacán:\n\nLuis Pérez aceptó tu invitación a entrevista.\n\nPuesto: Mesero/a turno noche\nFecha: jueves 24 de marzo de 2039\nHora: 12:00 p. m.\nTipo: En persona\n\nRecuerda revisar su CV antes de la entrevista. Después de la reunión podrás marcar al candidato como «Contratado» o «No seleccionado».\n\n[ Ver candidato ] [ Reprogramar ]\n\n© 2039 Indeed. Recibiste este correo porque publicaste un empleo en Indeed. Cancelar suscripción',
    expect: [],
  },
  // Negative: the reader's own performance review at work.
  {
    ...BOG,
    text: 'Asunto: Recordatorio: evaluación de desempeño 2038\n\nHola Andrés,\n\nTe recordamos que tu reunión de evaluación de desempeño con tu líder, Camilo Vargas, está programada para el lunes 21 de marzo a las 11:00 a. m. en la sala Guadalupe.\n\nAntes de la reunión debes completar tu autoevaluación en SuccessFactors a más tardar el viernes 18 de marzo.\n\n[ Ir a mi autoevaluación ]\n\nGestión Humana\nDistribuidora Andina del Norte S.A.S.\n\nEste es un mensaje automático. Por favor no responder.',
    expect: [],
  },
  // Negative: a university job fair newsletter.
  {
    ...MEX,
    text: 'Asunto: ¡Ya viene la Feria del Empleo Universitaria 2039!\n\nBolsa de Trabajo – Universidad del Valle de Anáhuac\n\nHola, Daniela:\n\nLos días 23 y 24 de marzo, de 10:00 a 17:00 h, más de 120 empresas estarán en la Explanada de Rectoría buscando talento. Habrá entrevistas exprés, revisión de CV y la charla «Cómo destacar en tu primera entrevista» el jueves 24 a las 12:00.\n\nRegístrate antes del 22 de marzo para recibir tu gafete digital.\n\n[ Registrarme ]\n\nNos vemos ahí,\nCoordinación de Vinculación Laboral\n\nRecibes este boletín por estar inscrita en la Bolsa de Trabajo. Darse de baja',
    expect: [],
  },
  // Negative: the owner will visit the flat (Buenos Aires).
  {
    ...BUE,
    text: 'Asunto: Visita al departamento\n\nHola Martina, ¿cómo andás?\n\nTe escribo porque el jueves 24 a las 18 h paso con el gasista para revisar el calefón, y de paso te aviso que a partir de abril el alquiler se actualiza según el índice (te mando el detalle la semana que viene).\n\nSi no vas a estar, dejale la llave al encargado.\n\nAbrazo,\nHoracio (propietario)',
    expect: [],
  },
  // Negative: a consular visa interview.
  {
    ...BOG,
    text: 'Asunto: Confirmación de cita – Entrevista consular (Visa B1/B2)\n\nEstimado solicitante:\n\nSu cita ha sido programada correctamente.\n\nTipo de cita: Entrevista consular\nFecha: miércoles 30 de marzo de 2039\nHora: 07:45\nLugar: Sección Consular, Calle 24 Bis # 48-50, Bogotá\n\nPresente este correo impreso, su pasaporte vigente y el formulario DS-160. No se permite el ingreso con dispositivos electrónicos.\n\nServicio de Información de Visas\nEste buzón no recibe respuestas.',
    expect: [],
  },
  // Negative: the bank's adviser appointment about a mortgage.
  {
    ...MAD,
    text: 'Asunto: Confirmación de tu cita en oficina\n\nHola, Raquel:\n\nTe confirmamos la cita con tu gestora, Marta Ibáñez, para revisar la oferta de hipoteca que solicitaste:\n\nDía: martes 22 de marzo de 2039\nHora: 16:30\nOficina: Calle de Alcalá 214, Madrid\n\nRecuerda traer tus dos últimas nóminas y la declaración de la renta. Si no puedes acudir, puedes cambiar la cita desde la app.\n\nUn saludo,\nTu banco\n\nEste correo se ha enviado desde una dirección que no admite respuestas. Por tu seguridad, nunca te pediremos claves por correo electrónico.',
    expect: [],
  },
  // Negative: a university final exam.
  {
    ...SCL,
    text: 'Asunto: Examen final Estadística II – sala y horario\n\nEstimados/as estudiantes:\n\nLes recuerdo que el examen final de Estadística II se rendirá el jueves 31 de marzo a las 9:00 hrs. en la sala B-204 del edificio de Ingeniería. Duración: 2 horas. Pueden traer calculadora científica y una hoja de fórmulas escrita a mano.\n\nLas notas se publicarán en U-Campus dentro de 10 días hábiles.\n\nSaludos,\nProf. Rodrigo Espinoza\nFacultad de Ciencias Físicas y Matemáticas',
    expect: [],
  },
];

/** Round 322c: French, sent Wednesday 16 March 2039. */
export const ROUND_322C_FR: readonly PhraseRow[] = [
  // Welcome to the Jungle, tutoiement: a video interview with buttons and an unsubscribe footer.
  {
    ...PAR,
    text: "Objet : Bonne nouvelle, l'équipe de Kiosque Nomade veut te rencontrer !\n\nWELCOME TO THE JUNGLE\n\nSalut Inès,\n\nL'équipe de Kiosque Nomade a bien aimé ton profil pour le poste de Chargée de communication (CDI). Voici ton premier rendez-vous :\n\nEntretien visio avec Bastien, Head of Brand\nmardi 22 mars 2039 à 14 h 30\nDurée : 45 min\n\n[ Ajouter à mon agenda ]   [ Voir l'offre ]\n\nBonne préparation !\nL'équipe Welcome to the Jungle\n\nTu reçois cet e-mail car tu as postulé via Welcome to the Jungle. Ne pas répondre à cet e-mail. Se désabonner des notifications",
    expect: [{ kind: 'interview', by: '2039-03-22', time: '14:30', phrase: 'mardi 22 mars 2039 à 14 h 30' }],
  },
  // Taleo from Montréal, vouvoiement: end of next week and a no-calls line.
  {
    ...YUL,
    text: "Objet : Accusé de réception – Conseiller(ère) en sécurité financière, réquisition 39-0412\n\nBonjour Monsieur Tremblay,\n\nNous vous remercions de l'intérêt que vous portez à la Caisse Populaire des Deux-Rives. Votre candidature a bien été reçue et sera étudiée attentivement.\n\nVous recevrez une réponse de notre part d'ici la fin de la semaine prochaine.\n\nAfin de traiter toutes les candidatures équitablement, nous vous prions de ne pas téléphoner à nos succursales au sujet de votre candidature.\n\nCordialement,\nL'équipe Acquisition de talents\n\nCeci est un message automatique envoyé par Taleo. Merci de ne pas répondre à ce courriel.",
    expect: [
      { kind: 'response-by', by: '2039-03-25', phrase: "d'ici la fin de la semaine prochaine", fuzzy: false },
      { kind: 'no-calls', phrase: 'nous vous prions de ne pas téléphoner à nos succursales' },
    ],
  },
  // Reply chain from Brussels: the interview is moved to a new slot.
  {
    ...BRU,
    text: "Objet : RE: RE: Entretien – Gestionnaire de dossiers sinistres\n\nBonjour Monsieur Lambert,\n\nC'est noté : nous déplaçons l'entretien au jeudi 31 mars à 9 h 15, dans nos bureaux de l'avenue Louise 231 (4e étage). Madame Peeters vous recevra avec moi.\n\nBien à vous,\nNathalie Dubois\nRecrutement – Assurances Sablon SA\n\nLe mar. 15 mars 2039 à 17:02, Julien Lambert <julien.lambert@skynet.be> a écrit :\n> Bonjour Madame Dubois,\n> Je vous remercie pour l'invitation. Je suis malheureusement retenu le mercredi 23 mars à 11 h par un engagement pris de longue date. Serait-il possible de convenir d'une autre date ?\n> Bien à vous,\n> Julien Lambert\n>\n> Le lun. 14 mars 2039 à 09:20, Nathalie Dubois <n.dubois@assurances-sablon.be> a écrit :\n>> Nous vous proposons un entretien le mercredi 23 mars à 11 h.",
    expect: [
      {
        kind: 'interview',
        by: '2039-03-31',
        time: '09:15',
        phrase: "nous déplaçons l'entretien au jeudi 31 mars à 9 h 15",
      },
    ],
  },
  // A town hall convenes the candidate before a selection board; confirm-by is the candidate's deadline.
  {
    ...LYS,
    text: "Objet : Convocation – Recrutement d'un(e) responsable du service Espaces verts (catégorie B)\n\nVILLE DE SAINT-AUBIN-SUR-SAÔNE\nDirection des Ressources humaines\n\nMadame,\n\nSuite à l'examen de votre dossier, j'ai le plaisir de vous informer que vous êtes convoquée à un entretien de recrutement devant un jury le lundi 28 mars 2039 à 10 h 00, à l'Hôtel de Ville, salle du Conseil (2e étage).\n\nMerci de confirmer votre présence avant le 21 mars auprès du service RH.\n\nJe vous prie d'agréer, Madame, l'expression de mes salutations distinguées.\n\nPour le Maire et par délégation,\nLa Directrice des Ressources humaines\nClaire Fontaine",
    expect: [
      {
        kind: 'interview',
        by: '2039-03-28',
        time: '10:00',
        phrase: 'entretien de recrutement devant un jury le lundi 28 mars 2039 à 10 h 00',
      },
    ],
  },
  // A Dakar recruitment firm: a window in jours ouvrables.
  {
    ...DKR,
    text: "Objet : Votre candidature – Comptable confirmé(e), réf. TER-0339\n\nBonjour Monsieur Ndiaye,\n\nNous accusons réception de votre dossier de candidature pour le poste de Comptable confirmé(e) au sein de l'un de nos clients, une société agroalimentaire basée à Dakar.\n\nLes résultats de la présélection vous seront communiqués sous dix jours ouvrables par courriel.\n\nNous vous remercions de votre confiance.\n\nCordialement,\nFatou Sarr\nChargée de recrutement\nTéranga RH Conseil – Dakar Plateau\n\nCe message est confidentiel. Ne pas répondre à cette adresse automatique.",
    expect: [{ kind: 'response-by', by: '2039-03-30', phrase: 'sous dix jours ouvrables', fuzzy: false }],
  },
  // Teamtailor from Tunis: no follow-up before a date.
  {
    ...TUN,
    text: "Objet : Ta candidature chez Carthage Studio\n\nBonjour Yassine,\n\nMerci pour ta candidature au poste de Développeur Flutter ! Nous l'avons bien reçue et l'équipe technique va l'étudier.\n\nNous menons actuellement les entretiens de la première vague. Merci de ne pas nous relancer avant le 4 avril : nous aurons alors terminé cette étape et reviendrons vers toutes les personnes qui ont postulé.\n\nÀ bientôt,\nSalma, Talent @ Carthage Studio\n\nEnvoyé avec Teamtailor · Gérer mes données · Se désinscrire",
    expect: [
      {
        kind: 'no-contact-before',
        by: '2039-04-04',
        phrase: 'Merci de ne pas nous relancer avant le 4 avril',
      },
    ],
  },
  // Rejection from Casablanca.
  {
    ...CAS,
    text: "Objet : Suite donnée à votre candidature – Ingénieur(e) méthodes\n\nMadame Benali,\n\nNous vous remercions pour l'intérêt que vous avez manifesté pour notre groupe ainsi que pour le temps consacré à nos échanges.\n\nAprès étude attentive de votre profil, nous sommes au regret de vous informer que votre candidature n'a pas été retenue pour ce poste.\n\nVotre CV restera dans notre vivier pendant 24 mois, et nous ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présentait.\n\nVeuillez agréer, Madame, nos salutations distinguées.\n\nDirection des Ressources Humaines\nAtlas Composites Industries – Zone industrielle de Bouskoura\n\nMessage généré automatiquement, merci de ne pas y répondre.",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  // Negative: a Welcome to the Jungle newsletter with a webinar.
  {
    ...PAR,
    text: "Objet : Cette semaine : 5 erreurs à éviter en entretien (+ notre webinar gratuit)\n\nWELCOME TO THE JUNGLE – La newsletter\n\nHello Inès,\n\nAu programme cette semaine : les questions pièges de l'entretien, le témoignage d'une recruteuse chez un grand groupe de luxe et 48 nouvelles offres à Paris.\n\nWEBINAR · Réussir son entretien en visio\nJeudi 24 mars à 12 h 30 – 45 minutes, questions en direct\n[ Je m'inscris ]\n\nOFFRES DE LA SEMAINE\nChargé·e de projet événementiel – Maison Pluriel – Paris 11e – Candidatures jusqu'au 31 mars\n[ Voir toutes les offres ]\n\nÀ très vite,\nLa rédac'\n\nTu reçois cette newsletter car tu y es abonnée. Se désabonner · Politique de confidentialité",
    expect: [],
  },
  // Negative: the reader's own annual review.
  {
    ...LYS,
    text: "Objet : Planification de ton entretien annuel\n\nHello Camille,\n\nLa campagne des entretiens annuels est lancée ! Ton entretien annuel avec Sophie est planifié le vendredi 25 mars à 15 h (salle Fourvière, 3e étage).\n\nPense à remplir ta préparation dans Lucca avant le rendez-vous : bilan de l'année, objectifs, souhaits de formation.\n\n[ Préparer mon entretien ]\n\nL'équipe RH\nMaison Berthier Lyon\n\nCet e-mail a été envoyé automatiquement, merci de ne pas y répondre.",
    expect: [],
  },
  // Negative: the reader sits on a selection board.
  {
    ...BRU,
    text: "Objet : Désignation en qualité de membre du jury – Sélection d'attaché(e)s A1 (réf. 2039-A1-07)\n\nMadame,\n\nNous avons le plaisir de vous confirmer votre désignation en qualité de membre du jury pour la sélection comparative d'attaché(e)s A1 – juristes.\n\nLes épreuves orales se tiendront le mardi 29 mars 2039 de 8 h 30 à 17 h 00 au siège du service, rue de la Loi 51, local 3.12. Les dossiers des candidat(e)s vous seront transmis au plus tard le 24 mars via la plateforme sécurisée.\n\nNous vous remercions pour votre précieuse collaboration.\n\nLe Service de Sélection du Personnel fédéral\nCe message est envoyé depuis une adresse qui n'accepte pas de réponse.",
    expect: [],
  },
  // Negative: the flat's check-out inspection.
  {
    ...PAR,
    text: "Objet : État des lieux de sortie – 14 rue des Pyrénées, apt 32\n\nBonjour Madame Haddad,\n\nSuite à la réception de votre préavis, je vous confirme le rendez-vous pour l'état des lieux de sortie le samedi 26 mars à 10 h, sur place. Merci de prévoir la remise de l'ensemble des clés et badges.\n\nLe dépôt de garantie vous sera restitué dans un délai d'un mois à compter de la remise des clés, déduction faite des éventuelles réparations.\n\nCordialement,\nPatrice Morel\nCabinet Morel Gestion Immobilière",
    expect: [],
  },
  // Negative: the car's technical inspection.
  {
    ...LYS,
    text: 'Objet : Rappel : contrôle technique de votre véhicule GH-482-TR\n\nBonjour,\n\nLe contrôle technique de votre Peugeot 208 (immatriculation GH-482-TR) arrive à échéance le 2 avril 2039.\n\nVotre rendez-vous : mercredi 23 mars à 8 h 00\nCentre Autosur Villeurbanne – 14 avenue Roger-Salengro\n\n[ Modifier mon rendez-vous ]\n\nÀ bientôt,\nVotre centre de contrôle technique\n\nVous recevez ce message car vous avez pris rendez-vous en ligne. Se désinscrire',
    expect: [],
  },
  // Negative: the student's thesis defence.
  {
    ...YUL,
    text: "Objet : Soutenance de votre mémoire de maîtrise\n\nBonjour Monsieur Tremblay,\n\nJ'ai le plaisir de vous informer que la soutenance de votre mémoire intitulé « Modélisation des crues printanières du bassin de la rivière Chaudière » aura lieu le mercredi 30 mars 2039 à 13 h 30, au local PK-2265, en présence de votre directrice et des deux évaluateurs.\n\nVeuillez prévoir une présentation de 20 minutes.\n\nCordialement,\nMarie-Ève Gagnon\nTechnicienne en gestion des dossiers étudiants\nFaculté des sciences",
    expect: [],
  },
  // Negative: an acknowledgement that promises nothing dated.
  {
    ...DKR,
    text: "Objet : Confirmation de candidature – Assistant(e) administratif(ve)\n\nBonjour Aminata,\n\nVotre candidature a bien été transmise à l'entreprise Sahel Télécom Services via Indeed.\n\nSi votre profil correspond à leurs besoins, le recruteur reviendra vers vous. Vous pouvez suivre l'état de vos candidatures dans votre espace « Mes emplois ».\n\n[ Voir mes candidatures ]\n\nL'équipe Indeed\n\nNe pas répondre à cet e-mail. © 2039 Indeed · Paramètres de communication · Confidentialité",
    expect: [],
  },
];

// Round 323: Friday 4 November 2039 (Europe back on winter time since 30 October; Toronto changes on Sunday 6
// November). Business days after t: Mon 7, Tue 8, Wed 9, Thu 10, Fri 11 (5th), Mon 14, Tue 15 (7th), …, Fri 18 (10th).
const BER2 = { sentAt: '2039-11-04T10:26:00+01:00', tz: 'Europe/Berlin' } as const;
const HAM2 = { sentAt: '2039-11-04T08:51:00+01:00', tz: 'Europe/Berlin' } as const;
const MUC2 = { sentAt: '2039-11-04T15:33:00+01:00', tz: 'Europe/Berlin' } as const;
const POT2 = { sentAt: '2039-11-04T11:02:00+01:00', tz: 'Europe/Berlin' } as const;
const VIE2 = { sentAt: '2039-11-04T09:18:00+01:00', tz: 'Europe/Vienna' } as const;
const BSL2 = { sentAt: '2039-11-04T14:07:00+01:00', tz: 'Europe/Zurich' } as const;
const BCN2 = { sentAt: '2039-11-04T12:44:00+01:00', tz: 'Europe/Madrid' } as const;
const SVQ2 = { sentAt: '2039-11-04T09:58:00+01:00', tz: 'Europe/Madrid' } as const;
const MEX2 = { sentAt: '2039-11-04T11:15:00-06:00', tz: 'America/Mexico_City' } as const;
const BUE2 = { sentAt: '2039-11-04T16:40:00-03:00', tz: 'America/Argentina/Buenos_Aires' } as const;
const BOG2 = { sentAt: '2039-11-04T07:50:00-05:00', tz: 'America/Bogota' } as const;
const SCL2 = { sentAt: '2039-11-04T12:20:00-03:00', tz: 'America/Santiago' } as const;
const LIM2 = { sentAt: '2039-11-04T10:05:00-05:00', tz: 'America/Lima' } as const;
const YUL2 = { sentAt: '2039-11-04T13:30:00-04:00', tz: 'America/Toronto' } as const;
const LIL2 = { sentAt: '2039-11-04T10:11:00+01:00', tz: 'Europe/Paris' } as const;
const BOD2 = { sentAt: '2039-11-04T17:05:00+01:00', tz: 'Europe/Paris' } as const;
const LUX2 = { sentAt: '2039-11-04T09:40:00+01:00', tz: 'Europe/Luxembourg' } as const;
const LGG2 = { sentAt: '2039-11-04T11:25:00+01:00', tz: 'Europe/Brussels' } as const;
const DKR2 = { sentAt: '2039-11-04T12:35:00+00:00', tz: 'Africa/Dakar' } as const;
const TUN2 = { sentAt: '2039-11-04T14:50:00+01:00', tz: 'Africa/Tunis' } as const;

/** Round 323: German, sent Friday 4 November 2039. */
export const ROUND_323_DE: readonly PhraseRow[] = [
  // Workday invitation from Basel: label–value block with a time span and zone label.
  {
    ...BSL2,
    text: 'Betreff: Einladung zum Interview – Specialist Regulatory Affairs (80–100 %)\n\nRheinpharm AG\n\nGuten Tag Herr Meier\n\nBesten Dank für Ihre Bewerbung. Gerne laden wir Sie zu einem ersten Gespräch mit dem Fachbereich ein.\n\nInterviewdetails\nDatum: 10.11.2039\nUhrzeit: 09:00 – 10:00 Uhr (MEZ)\nFormat: vor Ort\nAdresse: Rheinpharm AG, Grenzacherstrasse 210, 4058 Basel, Bau 3, Empfang\nInterviewpartner: Dr. Corinne Vogt, Head Regulatory Affairs\n\n[ Teilnahme bestätigen ]\n\nFreundliche Grüsse\nTalent Acquisition Rheinpharm\n\nDiese Nachricht wurde automatisch über Workday generiert. Bitte antworten Sie nicht auf diese E-Mail. Datenschutzerklärung für Bewerbende',
    expect: [{ kind: 'interview', by: '2039-11-10', time: '09:00', phrase: 'Datum: 10.11.2039' }],
  },
  // rexx acknowledgement from Hamburg: a window in weeks and a no-calls line.
  {
    ...HAM2,
    text: 'Betreff: Ihre Bewerbung als Kaufmann/-frau für Spedition und Logistikdienstleistung (m/w/d) – Eingangsbestätigung\n\nSehr geehrte Frau Johannsen,\n\nherzlichen Dank für Ihre Bewerbung, die wir über unser Bewerbermanagementsystem erhalten haben.\n\nWir prüfen nun Ihre Unterlagen und werden Ihnen innerhalb von drei Wochen eine Rückmeldung geben. Bitte sehen Sie von telefonischen Rückfragen ab; Sie können den Status Ihrer Bewerbung jederzeit im Bewerberportal einsehen.\n\n[ Zum Bewerberportal ]\n\nMit freundlichen Grüßen\nPersonalabteilung\nElbkai Spedition GmbH & Co. KG\n\nDiese E-Mail wurde automatisch durch rexx systems erzeugt. Bitte antworten Sie nicht auf diese E-Mail.\nHinweise zum Datenschutz: www.elbkai-spedition.de/datenschutz',
    expect: [
      { kind: 'response-by', by: '2039-11-25', phrase: 'innerhalb von drei Wochen', fuzzy: false },
      { kind: 'no-calls', phrase: 'Bitte sehen Sie von telefonischen Rückfragen ab' },
    ],
  },
  // d.vinci: a state authority's selection interview with its board.
  {
    ...POT2,
    text: 'Betreff: Einladung zum Auswahlgespräch – Stellenausschreibung Nr. 71/2039\n\nLandesamt für Geobasisdaten und Vermessung\nReferat Z 2 – Personal\n\nSehr geehrter Herr Lindner,\n\nwir freuen uns, Ihnen mitteilen zu können, dass Sie in die engere Auswahl für die Stelle als Sachbearbeiter/in Liegenschaftskataster (E 9b TV-L) gekommen sind. Wir laden Sie daher zu einem Auswahlgespräch am Dienstag, 15. November 2039, um 10:30 Uhr ein.\n\nOrt: Heinrich-Mann-Allee 104, 14473 Potsdam, Haus 2, Raum 3.07\nDauer: ca. 45 Minuten; bitte planen Sie zusätzlich 30 Minuten für eine schriftliche Arbeitsprobe ein.\n\nSchwerbehinderte Bewerberinnen und Bewerber werden gebeten, etwaigen Unterstützungsbedarf vorab mitzuteilen.\n\nMit freundlichen Grüßen\nIm Auftrag\nSabine Kroll\n\nDiese Nachricht wurde über das Bewerbermanagement d.vinci versendet. Antworten an diese Adresse werden nicht gelesen.',
    expect: [
      {
        kind: 'interview',
        by: '2039-11-15',
        time: '10:30',
        phrase: 'Auswahlgespräch am Dienstag, 15. November 2039, um 10:30 Uhr',
      },
    ],
  },
  // Reply chain with a Hays consultant in Vienna: one proposed slot; quoted history holds a past promise.
  {
    ...VIE2,
    text: 'Betreff: AW: Rückmeldung? – Projektleiter Haustechnik\n\nHallo Herr Novak,\n\ngute Nachrichten: Der Kunde hat sich gestern gemeldet und möchte Sie gerne kennenlernen. Passt Ihnen Mittwoch, 9. November, um 16 Uhr per Teams? Dann schicke ich Ihnen gleich die Einladung.\n\nBeste Grüße\nLisa Huber\nSenior Consultant Engineering\nHays Österreich GmbH\n\nAm 02.11.2039 um 08:15 schrieb Novak, Peter <p.novak@a1.net>:\n> Guten Morgen Frau Huber,\n> gibt es schon Neuigkeiten vom Kunden? Sie wollten sich ja bis Ende Oktober melden.\n> Viele Grüße\n> Peter Novak\n>\n> Am 21.10.2039 um 14:32 schrieb Huber, Lisa <lisa.huber@hays.at>:\n>> Hallo Herr Novak, Ihr Profil liegt dem Kunden vor. Ich melde mich bis Ende Oktober bei Ihnen.',
    expect: [
      {
        kind: 'interview',
        by: '2039-11-09',
        time: '16:00',
        phrase: 'Passt Ihnen Mittwoch, 9. November, um 16 Uhr per Teams?',
      },
    ],
  },
  // Personio, informal: early next week (fuzzy).
  {
    ...BER2,
    text: 'Betreff: Danke für das Gespräch!\n\nHi Sarah,\n\ndanke dir für das Gespräch heute und die spannenden Einblicke in deine bisherigen Projekte! Wir sprechen heute Nachmittag noch mit einer letzten Person und melden uns dann Anfang kommender Woche bei dir.\n\nSchönes Wochenende!\nTim\nTalent Team @ Pfandgut\n\n—\nDiese E-Mail wurde über Personio versendet. Informationen zum Umgang mit deinen Daten findest du in unserer Datenschutzerklärung.',
    expect: [{ kind: 'response-by', by: '2039-11-09', phrase: 'Anfang kommender Woche', fuzzy: true }],
  },
  // An offer from Munich; the signing deadline and the start date are not timelines.
  {
    ...MUC2,
    text: 'Betreff: Ihr Vertragsangebot – Senior UX Researcher (m/w/d)\n\nSehr geehrte Frau Dr. Engel,\n\nnach den sehr angenehmen Gesprächen der letzten Wochen freuen wir uns, Ihnen die Position als Senior UX Researcher anbieten zu können.\n\nAnbei erhalten Sie unser Vertragsangebot mit einem Jahresbruttogehalt von 82.000 € sowie 30 Urlaubstagen. Als Eintrittsdatum schlagen wir den 1. Januar 2040 vor.\n\nBitte senden Sie uns den Vertrag bis zum 11.11.2039 unterschrieben zurück. Für Fragen stehe ich Ihnen jederzeit gerne zur Verfügung.\n\nWir freuen uns sehr auf die Zusammenarbeit!\n\nMit herzlichen Grüßen\nAndrea Lang\nHead of People\nAlpenblick Software GmbH',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  // The Bundesagentur für Arbeit as employer: hold questions until after the closing date; result by month end.
  {
    ...BER2,
    text: 'Betreff: Eingangsbestätigung – Stellenausschreibung Fachassistenz Leistungsgewährung (Kennziffer BA-RD-2039-0815)\n\nBundesagentur für Arbeit\nRegionaldirektion Berlin-Brandenburg – Internes Personalservice\n\nSehr geehrte Frau Schuster,\n\nvielen Dank für Ihre Bewerbung, die am 02.11.2039 bei uns eingegangen ist.\n\nBitte sehen Sie bis nach Ablauf der Bewerbungsfrist am 14. November von Sachstandsanfragen ab. Über das Ergebnis der Vorauswahl informieren wir Sie bis Ende des Monats.\n\nMit freundlichen Grüßen\nIhr Internes Personalservice\n\nDiese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.',
    expect: [
      {
        kind: 'no-contact-before',
        by: '2039-11-15',
        phrase: 'bis nach Ablauf der Bewerbungsfrist am 14. November von Sachstandsanfragen ab',
      },
      { kind: 'response-by', by: '2039-11-30', phrase: 'bis Ende des Monats', fuzzy: false },
    ],
  },
  // Negative: a Hays consultant sells candidates to the reader, a hiring manager.
  {
    ...MUC2,
    text: 'Betreff: Passende Profile für Ihre Vakanz „SPS-Programmierer (m/w/d)“\n\nSehr geehrter Herr Schulz,\n\nvielen Dank für das angenehme Telefonat am Mittwoch. Wie besprochen stelle ich Ihnen anbei drei anonymisierte Profile vor, die kurzfristig verfügbar sind (frühester Eintritt: 1. Dezember).\n\nBesonders Kandidat 2 (12 Jahre Siemens S7, Inbetriebnahme-Erfahrung in Asien) könnte gut passen. Ein Kennenlerngespräch mit ihm wäre am Donnerstag, 10. November, um 14 Uhr bei Ihnen vor Ort möglich.\n\nUnsere Konditionen entnehmen Sie bitte der beigefügten Rahmenvereinbarung.\n\nMit freundlichen Grüßen\nMarkus Eder\nSenior Account Manager\nHays AG, Niederlassung München',
    expect: [],
  },
  // Negative: the reader is asked for a reference.
  {
    ...HAM2,
    text: 'Betreff: Referenzanfrage zu Frau Lea Braun\n\nSehr geehrte Frau Johannsen,\n\nFrau Lea Braun hat sich bei uns als Teamleiterin Kundenservice beworben und Sie als Referenz angegeben. Sie war nach eigenen Angaben von 2034 bis 2038 in Ihrem Team tätig.\n\nDürften wir Sie am Dienstag, 8. November, gegen 11 Uhr für etwa 15 Minuten anrufen? Falls Ihnen ein anderer Zeitpunkt besser passt, teilen Sie ihn uns gerne mit.\n\nVielen Dank vorab und freundliche Grüße\nOle Petersen\nPersonalreferent\nNordstern Energie GmbH',
    expect: [],
  },
  // Negative: a career fair newsletter.
  {
    ...BER2,
    text: 'Betreff: Nur noch 8 Tage: karriere:forum Berlin am 12. und 13. November\n\nHallo Sarah,\n\nüber 150 Arbeitgeber, kostenloses Bewerbungsfoto-Shooting, CV-Check und Vorträge rund um den Berufseinstieg: Das karriere:forum öffnet am Samstag, 12. November, von 10 bis 17 Uhr seine Türen in der STATION Berlin.\n\nHighlight: „Das perfekte Vorstellungsgespräch“ – Vortrag am Sonntag, 13. November, um 11:30 Uhr, Bühne 2.\n\n[ Jetzt kostenloses Ticket sichern ]\n\nBis bald!\nDein karriere:forum-Team\n\nDu erhältst diesen Newsletter, weil du dich dafür angemeldet hast. Abmelden | Impressum | Datenschutz',
    expect: [],
  },
  // Negative: a parents' evening slot at school.
  {
    ...VIE2,
    text: 'Betreff: Elternsprechtag – Ihr Termin\n\nSehr geehrte Eltern von Jakob Novak,\n\nIhr Termin beim Elternsprechtag wurde gebucht:\n\nLehrkraft: Mag. Eva Weber (Klassenvorstand 2B, Deutsch)\nDatum: Donnerstag, 17.11.2039\nUhrzeit: 16:40 – 16:50 Uhr\nRaum: 1.12\n\nBitte seien Sie pünktlich, da die Gespräche eng getaktet sind.\n\nMit freundlichen Grüßen\nDie Direktion\nBundesrealgymnasium Wien 22\n\nDiese Nachricht wurde über das Schulportal versendet.',
    expect: [],
  },
  // Negative: a parcel delivery window.
  {
    ...POT2,
    text: 'Betreff: Ihre Sendung kommt am Montag\n\nGuten Tag,\n\nIhre Sendung 00340434161094042557 von Möbelhaus Havelland wird voraussichtlich am Montag, 07.11.2039, zwischen 10:00 und 13:00 Uhr zugestellt.\n\nSie sind nicht zu Hause? Ändern Sie jetzt die Zustellung:\n[ Ablageort festlegen ]  [ Nachbar wählen ]  [ Neuen Liefertag wählen ]\n\nIhr Paketdienst\n\nBitte antworten Sie nicht auf diese E-Mail. Diese Adresse ist nicht für den Empfang von Nachrichten eingerichtet.',
    expect: [],
  },
  // Negative: the reader's employer – pay date and the reader's own deadline.
  {
    ...BSL2,
    text: 'Betreff: Lohnlauf November und Spesenabrechnung\n\nLiebe Mitarbeitende\n\nDer Lohn für November wird am 25.11.2039 ausbezahlt. Bitte reicht eure Spesenbelege für Oktober bis spätestens Donnerstag, 10. November, über das Spesentool ein; später eingereichte Belege werden erst mit dem Dezemberlohn vergütet.\n\nBei Fragen erreicht ihr uns wie immer unter lohn@rheinpharm.ch.\n\nHerzliche Grüsse\nEuer Payroll-Team',
    expect: [],
  },
  // Negative: the candidate's own sent-application confirmation; its only date is the closing date.
  {
    ...HAM2,
    text: 'Betreff: Ihre Bewerbung wurde erfolgreich versendet\n\nStepStone\n\nHallo Frau Johannsen,\n\nIhre Bewerbung für „Disponentin Seefracht (m/w/d)“ bei Hanseatic Freight Services GmbH wurde erfolgreich versendet.\n\nBewerbungsschluss laut Anzeige: 20.11.2039\nIhre Unterlagen: Lebenslauf_Johannsen.pdf, Zeugnisse.pdf\n\nAuf Ihrer Bewerbungsübersicht sehen Sie, ob der Arbeitgeber Ihre Bewerbung geöffnet hat.\n\n[ Zur Bewerbungsübersicht ]\n\nViel Erfolg!\nIhr StepStone-Team\n\nBitte antworten Sie nicht auf diese E-Mail. Datenschutz | Hilfe | Benachrichtigungen verwalten',
    expect: [],
  },
];

/** Round 323b: Spanish, sent Friday 4 November 2039. */
export const ROUND_323B_ES: readonly PhraseRow[] = [
  // SuccessFactors invitation from Barcelona: numeric date in a label–value block, buttons as text.
  {
    ...BCN2,
    text: 'Asunto: Invitación a entrevista: Técnico/a de Mantenimiento Industrial (Req. 77104)\n\nEstimado Sr. Puig:\n\nGracias por su interés en Laboratorios Montseny. Nos complace invitarle a una entrevista para el puesto indicado.\n\nDetalles de la entrevista\nFecha: 14/11/2039\nHora: 11:30 (CET)\nLugar: Microsoft Teams (el enlace se enviará por separado)\nEntrevistadores: Jordi Ferrer (Jefe de Mantenimiento), Nuria Solé (RR. HH.)\n\n[ Aceptar ]   [ Rechazar ]   [ Solicitar otro horario ]\n\nAtentamente,\nEquipo de Selección\nLaboratorios Montseny, S.A.\n\nEste correo electrónico se ha generado automáticamente desde SAP SuccessFactors. No responda a este mensaje. Información sobre protección de datos: https://careers.labmontseny.com/privacidad',
    expect: [{ kind: 'interview', by: '2039-11-14', time: '11:30', phrase: 'Fecha: 14/11/2039' }],
  },
  // Indeed message from an employer in Mexico: one slot with p. m.
  {
    ...MEX2,
    text: 'Asunto: Nuevo mensaje de Grupo Hotelero Costa Dorada sobre Recepcionista bilingüe\n\nIndeed\n\nGrupo Hotelero Costa Dorada te envió un mensaje:\n\n"Hola Daniela, gracias por postularte. Nos gustaría agendar una entrevista contigo el miércoles 9 de noviembre a las 4:00 p. m. en nuestras oficinas de Polanco (Av. Presidente Masaryk 111, piso 3). ¿Nos confirmas tu asistencia? Saludos, Karla Medina – Recursos Humanos"\n\n[ Responder ]\n\nPor tu seguridad, nunca compartas datos bancarios con un empleador.\n\n© 2039 Indeed · No respondas a este correo electrónico · Configuración de notificaciones',
    expect: [
      {
        kind: 'interview',
        by: '2039-11-09',
        time: '16:00',
        phrase: 'el miércoles 9 de noviembre a las 4:00 p. m.',
      },
    ],
  },
  // Adecco, tuteo, from Seville: a business-day window and a no-calls line.
  {
    ...SVQ2,
    text: 'Asunto: Hemos recibido tu candidatura – Mozo/a de almacén con carretilla (Dos Hermanas)\n\nHola, Rocío:\n\nGracias por inscribirte en nuestra oferta. Tu candidatura ya está en manos de nuestra consultora de la oficina de Sevilla.\n\nTe informaremos del resultado de la preselección en un plazo de diez días hábiles. Por favor, no llames a la oficina para preguntar por el estado de tu candidatura: te escribiremos en cualquier caso.\n\nUn saludo,\nEquipo Adecco Sevilla\n\nEste es un correo automático; por favor, no respondas. Puedes consultar nuestra política de privacidad en adecco.es.',
    expect: [
      { kind: 'response-by', by: '2039-11-18', phrase: 'en un plazo de diez días hábiles', fuzzy: false },
      { kind: 'no-calls', phrase: 'no llames a la oficina para preguntar por el estado de tu candidatura' },
    ],
  },
  // Reply chain with Randstad Argentina (voseo): the interview is moved.
  {
    ...BUE2,
    text: 'Asunto: RE: Entrevista Analista de Cuentas a Pagar\n\nHola Tomás, ¡gracias por avisar!\n\nEntonces pasamos la entrevista para el jueves 10 de noviembre a las 11 hs., misma dirección (Av. Corrientes 880, piso 6). Preguntá por mí en recepción.\n\nSaludos,\nValeria Sosa\nConsultora Sr. – Randstad Argentina\n\nEl jue, 3 nov 2039 a las 17:22, Tomás Ríos <tomas.rios@hotmail.com> escribió:\n> Hola Valeria, te pido disculpas pero el lunes 7 a las 9 no llego porque rindo un final en la facu. ¿Podría ser otro día de la semana que viene?\n> Gracias,\n> Tomás\n>\n> El mié, 2 nov 2039 a las 10:14, Valeria Sosa <valeria.sosa@randstad.com.ar> escribió:\n>> Hola Tomás, te espero el lunes 7 de noviembre a las 9 hs. para la entrevista.',
    expect: [
      {
        kind: 'interview',
        by: '2039-11-10',
        time: '11:00',
        phrase: 'pasamos la entrevista para el jueves 10 de noviembre a las 11 hs.',
      },
    ],
  },
  // A Chilean municipality: results during a named week (Friday of that week).
  {
    ...SCL2,
    text: 'Asunto: Concurso público Profesional de Apoyo DIDECO – estado de su postulación\n\nIlustre Municipalidad de Quebrada Verde\nDepartamento de Personal\n\nEstimada Sra. Catalina Reyes Pino:\n\nJunto con saludarla, informamos que su postulación al concurso público para el cargo de Profesional de Apoyo DIDECO (grado 10° EMS) fue admitida a la etapa de evaluación curricular.\n\nLos resultados de esta etapa serán comunicados por correo electrónico durante la semana del 14 de noviembre.\n\nSaluda atentamente,\nComisión del Concurso\n\nNota: esta casilla no es monitoreada. Por favor, no responda este correo.',
    expect: [
      {
        kind: 'response-by',
        by: '2039-11-18',
        phrase: 'durante la semana del 14 de noviembre',
        fuzzy: false,
      },
    ],
  },
  // An offer from Medellín; the confirm-by day and the start date are not timelines.
  {
    ...BOG2,
    text: 'Asunto: ¡Bienvenida! Oferta laboral – Analista de Riesgo Crediticio\n\nHola Valentina,\n\nCon mucha alegría te contamos que, después del proceso de selección, queremos ofrecerte el cargo de Analista de Riesgo Crediticio en Cooperativa Antioqueña de Ahorro.\n\nEn el documento adjunto encontrarás las condiciones: salario, contrato a término indefinido y beneficios. La fecha de ingreso sería el jueves 1 de diciembre de 2039.\n\nPor favor confírmanos tu aceptación respondiendo este correo antes del miércoles 9 de noviembre.\n\n¡Esperamos contar contigo!\nJuliana Restrepo\nGestión del Talento Humano\nCooperativa Antioqueña de Ahorro – Medellín',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  // From Lima: no follow-up before a day, and an answer at the end of the month.
  {
    ...LIM2,
    text: 'Asunto: Tu postulación – Asistente de Comercio Exterior\n\nHola Diego:\n\nGracias por postular a Andes Export Consultores. Recibimos más de 300 postulaciones y estamos entrevistando a los perfiles preseleccionados hasta el 18 de noviembre.\n\nTe pedimos no escribirnos para consultar el estado de tu postulación antes del lunes 21 de noviembre. Daremos una respuesta a todos los postulantes a finales de mes.\n\nSaludos cordiales,\nÁrea de Gestión de Personas\nAndes Export Consultores S.A.C.\n\nEnviado a través de Computrabajo Perú. No respondas a este mensaje.',
    expect: [
      {
        kind: 'no-contact-before',
        by: '2039-11-21',
        phrase:
          'Te pedimos no escribirnos para consultar el estado de tu postulación antes del lunes 21 de noviembre',
      },
      { kind: 'response-by', by: '2039-11-30', phrase: 'a finales de mes', fuzzy: false },
    ],
  },
  // Negative: a Computrabajo job alert with posting and expiry dates.
  {
    ...BOG2,
    text: 'Asunto: 7 nuevas ofertas para "Auxiliar contable" en Bogotá\n\nComputrabajo\n\nHola Valentina, estas ofertas coinciden con tu alerta:\n\nAuxiliar Contable – Ferretería El Tornillo Feliz S.A.S. – Bogotá, Kennedy\nPublicada el 3 de noviembre · Vence el 20/11/2039\n[ Postularme ]\n\nAsistente Contable y Tributario – Constructora Los Cerezos – Bogotá, Chapinero\nPublicada hace 2 días · Entrevistas a partir del 14 de noviembre\n[ Postularme ]\n\nVer todas las ofertas\n\nRecibes este correo porque creaste una alerta de empleo. Eliminar alerta · Política de privacidad',
    expect: [],
  },
  // Negative: SuccessFactors assigns the reader as interviewer.
  {
    ...BCN2,
    text: 'Asunto: Se le ha asignado como entrevistador/a – Elena Ruiz Campos (Req. 77098)\n\nHola Jordi,\n\nSe le ha asignado como entrevistador/a en el siguiente proceso:\n\nPuesto: Ingeniero/a de Validación\nCandidata: Elena Ruiz Campos\nFecha: martes 8 de noviembre de 2039\nHora: 10:00 – 11:00\nSala: Montseny 2 (edificio B)\n\nPor favor, complete el formulario de evaluación en un plazo de 24 horas tras la entrevista.\n\n[ Ver perfil de la candidata ]   [ Formulario de evaluación ]\n\nEquipo de Selección\nLaboratorios Montseny, S.A.\n\nEste mensaje se ha generado automáticamente desde SAP SuccessFactors. No responda.',
    expect: [],
  },
  // Negative: a doctor's appointment reminder.
  {
    ...MEX2,
    text: 'Asunto: Recordatorio de cita – Clínica Dental Sonrisa Polanco\n\nHola Daniela:\n\nTe recordamos tu cita:\n\nEspecialista: Dra. Mariana Quiroz (Ortodoncia)\nFecha: miércoles 16 de noviembre de 2039\nHora: 8:20 a. m.\n\nSi necesitas cancelar o cambiar tu cita, hazlo con al menos 24 horas de anticipación respondiendo CANCELAR o llamando al 55 5280 1144.\n\nClínica Dental Sonrisa Polanco',
    expect: [],
  },
  // Negative: the landlord brings a prospective tenant to view the flat.
  {
    ...SVQ2,
    text: 'Asunto: Visita al piso el martes\n\nHola Rocío:\n\nComo ya sabes que dejas el piso a final de mes, te aviso de que el martes 8 de noviembre a las 19:00 iré con una pareja interesada en alquilarlo para que lo vean. Serán 15 minutos como mucho.\n\nTe devolveré la fianza cuando revisemos el piso juntos el día de la entrega de llaves.\n\nGracias y un saludo,\nManuel (el casero)',
    expect: [],
  },
  // Negative: a mother writes about a cousin's interview.
  {
    ...BUE2,
    text: 'Asunto: Re: Domingo\n\nHola mi amor,\n\nTe cuento que tu prima Lucía tiene la entrevista en la aerolínea el lunes a las 10, así que el domingo comemos temprano para que se acueste a tiempo. Traé el postre si podés.\n\nBesos,\nMamá\n\nEl jue, 3 nov 2039 a las 20:11, Tomás Ríos escribió:\n> Ma, ¿a qué hora es el almuerzo del domingo?',
    expect: [],
  },
  // Negative: onboarding after the contract is signed; the first day is a start date.
  {
    ...SCL2,
    text: 'Asunto: ¡Todo listo para tu primer día!\n\nHola Catalina:\n\n¡Ya falta poco! Tu contrato está firmado y todo está preparado para tu incorporación a Viña Los Boldos.\n\nTu primer día será el lunes 14 de noviembre. Te esperamos a las 9:00 hrs. en la recepción de nuestra oficina de Las Condes (Av. Apoquindo 4500, piso 12), donde te recibirá Pablo, tu buddy.\n\nLa primera semana incluye la inducción corporativa y la entrega de tu notebook.\n\n¡Bienvenida al equipo!\nEquipo de Personas – Viña Los Boldos',
    expect: [],
  },
  // Negative: a job board's webinar for candidates.
  {
    ...BUE2,
    text: 'Asunto: Webinar gratuito: cómo preparar tu entrevista por competencias\n\nBumeran\n\n¡Hola Tomás!\n\nTe invitamos a nuestro webinar en vivo «Entrevistas por competencias: el método STAR explicado fácil», con la especialista en selección Carolina Ferreyra.\n\nCuándo: jueves 10 de noviembre, 19:00 hs (hora de Argentina)\nDónde: online, por YouTube Live\n\n[ Quiero anotarme ]\n\n¡Te esperamos!\nEquipo Bumeran\n\nRecibís este correo porque estás suscripto a las novedades de Bumeran. Desuscribirme',
    expect: [],
  },
];

/** Round 323c: French, sent Friday 4 November 2039. */
export const ROUND_323C_FR: readonly PhraseRow[] = [
  // Workday invitation to a Montréal candidate in Paris time; Toronto leaves summer time on 6 November.
  {
    ...YUL2,
    text: "Objet : Invitation à un entretien – Consultant(e) principal(e) en transformation numérique\n\nBonjour Madame Gagnon,\n\nMerci de l'intérêt que vous portez à Lumière Conseil. L'associée responsable de notre bureau de Montréal, Mme Hélène Roussel, se trouve actuellement à notre siège parisien et souhaiterait s'entretenir avec vous en visioconférence.\n\nL'entretien aura lieu le mardi 8 novembre à 16 h (heure de Paris) sur Microsoft Teams.\n\n[ Accepter ]   [ Proposer un autre créneau ]\n\nCordialement,\nL'équipe Talents – Lumière Conseil\n\nCe message a été envoyé automatiquement par Workday. Merci de ne pas répondre à ce courriel.",
    expect: [
      {
        kind: 'interview',
        by: '2039-11-08',
        time: '10:00',
        phrase: "L'entretien aura lieu le mardi 8 novembre à 16 h (heure de Paris)",
      },
    ],
  },
  // Teamtailor, tutoiement, from Lille: sometime next week = Friday of next week.
  {
    ...LIL2,
    text: "Objet : Merci pour ton entretien !\n\nHello Lucas,\n\nMerci d'avoir pris le temps d'échanger avec Chloé et Mehdi ce matin, on a passé un super moment !\n\nOn termine les derniers entretiens en début de semaine et on revient vers toi dans le courant de la semaine prochaine avec une réponse.\n\nBon week-end,\nAnaïs – People @ Houblon & Co\n\nEnvoyé avec Teamtailor · Gérer mes données · Se désinscrire de Connect",
    expect: [
      {
        kind: 'response-by',
        by: '2039-11-11',
        phrase: 'dans le courant de la semaine prochaine',
        fuzzy: false,
      },
    ],
  },
  // Taleo from Luxembourg: a window in jours ouvrés.
  {
    ...LUX2,
    text: "Objet : Votre candidature – Analyste Fonds d'investissement (H/F/X) – Réf. 39-LUX-221\n\nMadame, Monsieur,\n\nNous accusons bonne réception de votre candidature et vous remercions de l'intérêt porté à Kirchberg Fund Services S.A.\n\nVotre dossier est actuellement examiné par nos équipes. Vous serez informé(e) de la suite donnée à votre candidature dans un délai de sept jours ouvrés.\n\nNous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.\n\nDépartement Ressources Humaines\nKirchberg Fund Services S.A. – 15, avenue John F. Kennedy, L-1855 Luxembourg\n\nCeci est un message automatique généré par Taleo. Merci de ne pas y répondre.",
    expect: [
      { kind: 'response-by', by: '2039-11-15', phrase: 'dans un délai de sept jours ouvrés', fuzzy: false },
    ],
  },
  // Reply chain from Dakar: the recruiter confirms the slot the candidate accepted.
  {
    ...DKR2,
    text: "Objet : RE: Entretien – Responsable logistique\n\nBonjour Madame Diop,\n\nSuite à votre message, nous avons le plaisir de vous confirmer votre entretien le jeudi 10 novembre 2039 à 10 h 00 dans nos locaux, immeuble Kébé, avenue Léopold Sédar Senghor, Dakar Plateau. Merci de vous munir d'une pièce d'identité.\n\nCordialement,\nMoussa Faye\nRessources humaines – Baobab Distribution SA\n\nLe jeu. 3 nov. 2039 à 12:30, Awa Diop <awa.diop@orange.sn> a écrit :\n> Bonjour Monsieur Faye,\n> Je vous remercie pour votre retour. Je reste disponible toute la semaine prochaine, de préférence le matin.\n> Bien cordialement,\n> Awa Diop\n>\n> Le mer. 2 nov. 2039 à 16:05, Moussa Faye <m.faye@baobab-distribution.sn> a écrit :\n>> Madame, votre profil a retenu notre attention ; quelles sont vos disponibilités pour un entretien ?",
    expect: [
      {
        kind: 'interview',
        by: '2039-11-10',
        time: '10:00',
        phrase: 'vous confirmer votre entretien le jeudi 10 novembre 2039 à 10 h 00',
      },
    ],
  },
  // A Belgian federal selection: results within three weeks, and no phone calls.
  {
    ...LGG2,
    text: "Objet : Sélection comparative – Gestionnaire de dossiers (m/f/x) – résultats du test informatisé\n\nMadame,\n\nNous vous remercions pour votre participation au test informatisé de ce jour dans notre centre d'examen de Liège.\n\nLes résultats de l'épreuve vous seront communiqués dans les trois semaines via votre compte « Mon profil ». Nous vous remercions de ne pas contacter le service par téléphone au sujet de vos résultats.\n\nBien à vous,\nLe service de sélection\nSPF Mobilité – Direction du personnel\n\nCe courriel est envoyé depuis une adresse qui ne peut pas recevoir de réponse.",
    expect: [
      { kind: 'response-by', by: '2039-11-25', phrase: 'dans les trois semaines', fuzzy: false },
      { kind: 'no-calls', phrase: 'Nous vous remercions de ne pas contacter le service par téléphone' },
    ],
  },
  // A rejection from Tunis after an interview.
  {
    ...TUN2,
    text: "Objet : Réponse à votre candidature – Chef de projet ERP\n\nMonsieur Trabelsi,\n\nNous tenons à vous remercier pour le temps que vous nous avez accordé lors de l'entretien du 27 octobre.\n\nAprès mûre réflexion, nous avons le regret de vous informer que nous avons retenu un autre candidat dont l'expérience correspond davantage à nos besoins actuels.\n\nNous conservons votre dossier dans notre base de données et ne manquerons pas de vous recontacter si un poste correspondant à votre profil venait à se libérer.\n\nNous vous souhaitons plein succès dans vos recherches.\n\nCordialement,\nDirection des Ressources Humaines\nMédina Systems – Les Berges du Lac, Tunis",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  // Welcome to the Jungle from Bordeaux: no follow-up before a named Monday.
  {
    ...BOD2,
    text: "Objet : Ta candidature chez Garonne Mobilités\n\nWELCOME TO THE JUNGLE\n\nBonjour Julie,\n\nMerci pour ta candidature au poste de Product Owner ! Ton dossier a bien été transmis à l'équipe.\n\nPetite précision : toute l'équipe recrutement est en séminaire jusqu'au vendredi 11 novembre inclus. Merci donc de ne pas nous relancer avant le lundi 14 novembre ; nous étudierons toutes les candidatures à notre retour.\n\nÀ bientôt,\nL'équipe Garonne Mobilités\n\nTu reçois cet e-mail suite à ta candidature sur Welcome to the Jungle. Ne pas répondre. Politique de confidentialité",
    expect: [
      {
        kind: 'no-contact-before',
        by: '2039-11-14',
        phrase: 'Merci donc de ne pas nous relancer avant le lundi 14 novembre',
      },
    ],
  },
  // Negative: a temp agency sells its workers to the reader, an employer.
  {
    ...LIL2,
    text: "Objet : Renfort pour votre pic d'activité de fin d'année\n\nMadame la Directrice,\n\nÀ l'approche des fêtes, votre entrepôt de Lesquin va connaître un fort pic d'activité. Manpower Lille Métropole dispose de préparateurs de commandes et caristes CACES 1-3-5 disponibles dès le lundi 7 novembre.\n\nJe me permettrai de vous appeler le mardi 8 novembre à 10 h pour vous présenter nos conditions et, si vous le souhaitez, organiser des entretiens avec nos intérimaires.\n\nBien cordialement,\nSébastien Carpentier\nResponsable d'agence – Manpower Lille Métropole",
    expect: [],
  },
  // Negative: a public employment service workshop about interviews.
  {
    ...BOD2,
    text: "Objet : Convocation à un atelier\n\nFrance Travail\n\nMadame Julie Mercier,\n\nVous êtes invitée à participer à l'atelier « Préparer ses entretiens d'embauche » le mercredi 9 novembre 2039 de 9 h 00 à 12 h 00, à l'agence de Bordeaux Bastide, 12 quai de Queyries.\n\nCet atelier collectif vous permettra de vous entraîner grâce à des simulations d'entretien filmées.\n\nEn cas d'empêchement, merci de prévenir votre conseiller via votre espace personnel.\n\nVotre conseiller France Travail\n\nCe message est envoyé automatiquement, merci de ne pas y répondre.",
    expect: [],
  },
  // Negative: the bank's adviser proposes a meeting.
  {
    ...LUX2,
    text: "Objet : Votre rendez-vous avec votre conseiller\n\nBonjour Monsieur Weber,\n\nVotre conseiller, M. Thomas Kieffer, vous propose un rendez-vous le mardi 15 novembre à 17 h 30 en agence (Esch-sur-Alzette, rue de l'Alzette 58) afin de faire le point sur votre projet de prêt immobilier.\n\n[ Confirmer ]   [ Choisir un autre créneau ]\n\nVotre banque\n\nPour votre sécurité, nous ne vous demanderons jamais vos codes d'accès par e-mail. Merci de ne pas répondre à ce message.",
    expect: [],
  },
  // Negative: a job fair in Montréal.
  {
    ...YUL2,
    text: "Objet : Le Salon national de l'emploi, c'est dans deux semaines !\n\nBonjour Geneviève,\n\nPlus de 200 employeurs vous attendent les 16 et 17 novembre au Palais des congrès de Montréal, de 10 h à 17 h. Apportez plusieurs copies de votre CV : plusieurs exposants feront passer des entrevues sur place !\n\nConférence vedette : « Réussir son entrevue d'embauche en 2040 », jeudi 17 novembre à 13 h, salle 517.\n\n[ Je m'inscris gratuitement ]\n\nL'équipe du Salon\n\nVous recevez ce courriel parce que vous êtes inscrite à notre infolettre. Se désabonner",
    expect: [],
  },
  // Negative: a parcel delivery window.
  {
    ...LGG2,
    text: "Objet : Votre colis arrive lundi\n\nBonjour,\n\nBonne nouvelle ! Votre colis n° 3SABC0912345 de la boutique Ardennes Outdoor sera livré le lundi 7 novembre entre 9 h et 13 h.\n\nVous ne serez pas là ? [ Modifier la livraison ]\n\nÀ bientôt,\nVotre service de livraison\n\nNe pas répondre à ce message, cette adresse n'est pas consultée.",
    expect: [],
  },
  // Negative: a university mid-term exam in Montréal.
  {
    ...YUL2,
    text: "Objet : DRT-2210 – Examen intra : local et consignes\n\nBonjour à toutes et à tous,\n\nL'examen intra du cours Droit des obligations aura lieu le jeudi 17 novembre de 8 h 30 à 11 h 30, au local A-1502 du pavillon Hubert-Aquin. Le Code civil du Québec non annoté est permis.\n\nLes résultats seront publiés sur Moodle dans les deux semaines suivant l'examen.\n\nBonne étude,\nProf. Louis-Philippe Bélanger\nDépartement des sciences juridiques",
    expect: [],
  },
  // Negative: a visa appointment.
  {
    ...TUN2,
    text: "Objet : Confirmation de votre rendez-vous – Dépôt de demande de visa\n\nCher(e) demandeur(se),\n\nVotre rendez-vous au centre de demande de visa a bien été enregistré :\n\nDate : mercredi 16 novembre 2039\nHeure : 08 h 45\nAdresse : Centre de demande de visas, Immeuble Les Jasmins, Les Berges du Lac 2, Tunis\nType de visa : Court séjour – Affaires\n\nMerci de vous présenter 15 minutes avant l'heure indiquée avec votre passeport et les documents justificatifs.\n\nCeci est un message automatique. Ne pas répondre.",
    expect: [],
  },
];
