// Rounds 311–311c and 312–312c (issue 13): fresh German, Spanish and French whole messages, written BEFORE the
// engine read them by a helper who never opened the rules, their tests or earlier rounds (only the format of round 308).
// Half of each round are negatives that use a job's words on purpose: a Mitarbeitergespräch, an evaluación de
// desempeño, an entretien annuel, the reader as interviewer, referee or jury member (Auswahlkommission, tribunal
// calificador, jury de recrutement), a friend's or colleague's interview, job alerts and newsletters with dates,
// webinars, a Karrieremesse, a feria de empleo and a salon de l'emploi, agencies selling candidates to an employer,
// a landlord's Besichtigung / visita / état des lieux, TÜV, ITV and contrôle technique, a doctor, schools, deliveries,
// university exams and a soutenance, a visa appointment, an acknowledgement without a date, and mail whose only dates
// are a closing date, a start date, a pay date or the reader's own deadline. Positives come from Personio,
// softgarden, SAP SuccessFactors, Join, Hays, d.vinci, Workday, rexx, Adecco, InfoJobs, Computrabajo, Bumeran,
// Teamtailor, Taleo, Welcome to the Jungle, Manpower, Indeed, LinkedIn, Randstad and public employers (Stadt, Land,
// ayuntamiento, mairie, fonction publique luxembourgeoise), formal and informal (du, tú, vos, tu), from Germany,
// Austria, Switzerland, Luxembourg, Belgium, France, Québec, Senegal, Morocco, Tunisia, Spain, Mexico, Argentina,
// Colombia, Chile and Peru. Names, companies and addresses are invented; answers follow TIMELINE-CONVENTIONS.md
// (business days Mon–Fri, no holidays; a bare weekday is the next one strictly after the day of sending; "nächste
// Woche" / "la semaine prochaine" = Friday of next week; "Anfang kommender Woche" = Wednesday of next week, fuzzy;
// "antes del miércoles" = the Tuesday; end of a month = its last day). Phrases whose convention was unsure were left
// out (jours ouvrables, sous huitaine, sous quinzaine, bis zum … for a hold). First-run figures: FIRST_RUN, recorded
// by whoever scores these rounds.
import type { PhraseRow } from './phrases.table';

// Wednesday 12 March 2031, 10:15 local (North America is already on summer time since 9 March; Europe changes on
// 30 March).
const BER = { sentAt: '2031-03-12T10:15:00+01:00', tz: 'Europe/Berlin' } as const;
const VIE = { sentAt: '2031-03-12T10:15:00+01:00', tz: 'Europe/Vienna' } as const;
const ZRH = { sentAt: '2031-03-12T10:15:00+01:00', tz: 'Europe/Zurich' } as const;
const LUX = { sentAt: '2031-03-12T10:15:00+01:00', tz: 'Europe/Luxembourg' } as const;
const MAD = { sentAt: '2031-03-12T10:15:00+01:00', tz: 'Europe/Madrid' } as const;
const MEX = { sentAt: '2031-03-12T10:15:00-06:00', tz: 'America/Mexico_City' } as const;
const BUE = { sentAt: '2031-03-12T10:15:00-03:00', tz: 'America/Argentina/Buenos_Aires' } as const;
const BOG = { sentAt: '2031-03-12T10:15:00-05:00', tz: 'America/Bogota' } as const;
const SCL = { sentAt: '2031-03-12T10:15:00-03:00', tz: 'America/Santiago' } as const;
const LIM = { sentAt: '2031-03-12T10:15:00-05:00', tz: 'America/Lima' } as const;
const PAR = { sentAt: '2031-03-12T10:15:00+01:00', tz: 'Europe/Paris' } as const;
const BRU = { sentAt: '2031-03-12T10:15:00+01:00', tz: 'Europe/Brussels' } as const;
const YUL = { sentAt: '2031-03-12T10:15:00-04:00', tz: 'America/Toronto' } as const;
const DKR = { sentAt: '2031-03-12T10:15:00+00:00', tz: 'Africa/Dakar' } as const;
const CMN = { sentAt: '2031-03-12T10:15:00+01:00', tz: 'Africa/Casablanca' } as const;
const TUN = { sentAt: '2031-03-12T10:15:00+01:00', tz: 'Africa/Tunis' } as const;

// Friday 24 October 2031, 14:20 local; Europe leaves summer time on Sunday 26 October (North America on 2 November),
// so a slot next week is in winter time while the message was sent in summer time.
const BER2 = { sentAt: '2031-10-24T14:20:00+02:00', tz: 'Europe/Berlin' } as const;
const VIE2 = { sentAt: '2031-10-24T14:20:00+02:00', tz: 'Europe/Vienna' } as const;
const ZRH2 = { sentAt: '2031-10-24T14:20:00+02:00', tz: 'Europe/Zurich' } as const;
const LUX2 = { sentAt: '2031-10-24T14:20:00+02:00', tz: 'Europe/Luxembourg' } as const;
const BRU2 = { sentAt: '2031-10-24T14:20:00+02:00', tz: 'Europe/Brussels' } as const;
const PAR2 = { sentAt: '2031-10-24T14:20:00+02:00', tz: 'Europe/Paris' } as const;
const MAD2 = { sentAt: '2031-10-24T14:20:00+02:00', tz: 'Europe/Madrid' } as const;
const MEX2 = { sentAt: '2031-10-24T14:20:00-06:00', tz: 'America/Mexico_City' } as const;
const BUE2 = { sentAt: '2031-10-24T14:20:00-03:00', tz: 'America/Argentina/Buenos_Aires' } as const;
const BOG2 = { sentAt: '2031-10-24T14:20:00-05:00', tz: 'America/Bogota' } as const;
const SCL2 = { sentAt: '2031-10-24T14:20:00-03:00', tz: 'America/Santiago' } as const;
const LIM2 = { sentAt: '2031-10-24T14:20:00-05:00', tz: 'America/Lima' } as const;
const YUL2 = { sentAt: '2031-10-24T14:20:00-04:00', tz: 'America/Toronto' } as const;
const DKR2 = { sentAt: '2031-10-24T14:20:00+00:00', tz: 'Africa/Dakar' } as const;
const CMN2 = { sentAt: '2031-10-24T14:20:00+01:00', tz: 'Africa/Casablanca' } as const;

/** Round 311: German (sent Wednesday 12 March 2031). */
export const ROUND_311_DE: readonly PhraseRow[] = [
  {
    ...BER,
    text: 'Einladung zum Kennenlerngespräch – Werkstudent:in Data Engineering (m/w/d)\n\nHallo Frau Okonkwo-Lehmann,\n\nvielen Dank für Ihre Bewerbung und Ihr Interesse an der Mobilitätswerk Spree GmbH. Ihr Profil hat uns überzeugt, und wir möchten Sie gerne näher kennenlernen.\n\nWir laden Sie herzlich zu einem ersten Videogespräch am Montag, den 17. März 2031, um 14:00 Uhr ein. Das Gespräch dauert etwa 45 Minuten und findet über Microsoft Teams statt; den Link erhalten Sie am Vortag.\n\nGesprächspartner: Jonas Feldhaus (Teamlead Data Platform) und Ilka Sommer (People & Culture)\n\nBitte bestätigen Sie den Termin über den folgenden Link bis spätestens Freitag: [Termin bestätigen]\n\nViele Grüße\nIlka Sommer\nPeople & Culture\nMobilitätswerk Spree GmbH\n\nDiese Nachricht wurde über Personio versendet.',
    expect: [
      {
        kind: 'interview',
        by: '2031-03-17',
        time: '14:00',
        phrase: 'am Montag, den 17. März 2031, um 14:00 Uhr',
      },
    ],
  },
  {
    ...VIE,
    text: 'Ihre Bewerbung als Controller:in (Teilzeit 30 Std.) – Eingangsbestätigung\n\nSehr geehrte Frau Mag. Pichler,\n\nherzlichen Dank für Ihre Bewerbung über unser Karriereportal. Ihre Unterlagen sind vollständig bei uns eingelangt.\n\nDerzeit sichten wir gemeinsam mit der Fachabteilung alle eingegangenen Bewerbungen. Sie erhalten innerhalb von 10 Werktagen eine Rückmeldung von uns, wie es weitergeht.\n\nFür diese Position ist ein Bruttomonatsgehalt ab EUR 3.450,– (Basis Vollzeit) laut Kollektivvertrag vorgesehen; eine Überzahlung ist je nach Qualifikation möglich.\n\nFreundliche Grüße\nKatharina Wallner\nHuman Resources\nAlpenländische Kühltechnik AG\nTriester Straße 112, 1100 Wien\n\npowered by softgarden',
    expect: [{ kind: 'response-by', by: '2031-03-26', phrase: 'innerhalb von 10 Werktagen' }],
  },
  {
    ...ZRH,
    text: 'Einladung zum Interview: Projektleiter/in Gleisbau 80–100 %\n\nGuten Tag Herr Ammann\n\nGerne laden wir Sie zu einem persönlichen Gespräch ein. Untenstehend finden Sie die Details:\n\nDatum: Donnerstag, 20.03.2031\nUhrzeit: 09:15 Uhr\nOrt: Hohlstrasse 400, 8048 Zürich, Sitzungszimmer «Limmat», 3. OG\nGesprächspartner: Beat Zollinger (Bereichsleiter), Selina Frei (HR Business Partner)\n\nBitte bringen Sie einen amtlichen Ausweis mit. Wir bitten Sie, von telefonischen Rückfragen abzusehen; für Terminverschiebungen antworten Sie bitte direkt auf diese E-Mail.\n\nFreundliche Grüsse\nSelina Frei\nHR Business Partner\nLimmatbahn Infrastruktur AG\n\nDiese Nachricht wurde automatisch über SAP SuccessFactors generiert.',
    expect: [
      {
        kind: 'interview',
        by: '2031-03-20',
        time: '09:15',
        phrase: 'Datum: Donnerstag, 20.03.2031\nUhrzeit: 09:15 Uhr',
      },
      { kind: 'no-calls', phrase: 'von telefonischen Rückfragen abzusehen' },
    ],
  },
  {
    ...BER,
    text: 'Stellenausschreibung Nr. 2031/047 – Sachbearbeitung Bauordnung (E 9b TVöD)\n\nSehr geehrter Herr Demir,\n\nvielen Dank für Ihre Bewerbung bei der Stadt Neckarbrunn. Die Bewerbungsfrist für die oben genannte Stelle ist am 9. März 2031 abgelaufen.\n\nZurzeit werden alle eingegangenen Bewerbungen vom Amt für Baurecht unter Beteiligung des Personalrats und der Gleichstellungsbeauftragten ausgewertet. Über das Ergebnis der Vorauswahl werden Sie bis Ende März schriftlich benachrichtigt.\n\nSchwerbehinderte Bewerberinnen und Bewerber werden bei gleicher Eignung bevorzugt berücksichtigt.\n\nMit freundlichen Grüßen\nIm Auftrag\nGabriele Wunderlich\nPersonal- und Organisationsamt\nStadt Neckarbrunn',
    expect: [{ kind: 'response-by', by: '2031-03-31', phrase: 'bis Ende März' }],
  },
  {
    ...BER,
    text: 'Re: Deine Bewerbung als Junior Content Creator\n\nHey Mats,\n\ndanke dir für das nette Telefonat gestern! Wir haben uns im Team kurz abgestimmt und sprechen diese Woche noch mit zwei weiteren Kandidat:innen.\n\nDu hörst spätestens nächste Woche von uns, versprochen. Falls du in der Zwischenzeit noch Arbeitsproben hast (gerne Reels oder TikToks), schick sie uns einfach per Mail.\n\nLiebe Grüße aus der Schanze\nFenja\nCo-Founderin | Kiezkaffee Kollektiv GmbH, Hamburg\n\nGesendet über JOIN',
    expect: [{ kind: 'response-by', by: '2031-03-21', phrase: 'spätestens nächste Woche' }],
  },
  {
    ...LUX,
    text: 'Ihre Bewerbung: Buchhalter/in Fonds (m/w/d) – Referenz 1192044\n\nSehr geehrte Frau Schmitz,\n\nvielen Dank für Ihr Interesse an der Position bei unserem Kunden, einer Fondsverwaltungsgesellschaft in Luxemburg-Kirchberg. Ich habe Ihr Profil heute an den Kunden weitergeleitet.\n\nDa die Fachabteilung derzeit mit der Jahresabschlussprüfung ausgelastet ist, bitte ich Sie, nicht vor dem 24. März bei mir nachzufragen. Sobald mir eine Rückmeldung vorliegt, melde ich mich selbstverständlich unaufgefordert bei Ihnen.\n\nMit freundlichen Grüßen\nTom Weber\nSenior Consultant Finance\nHays S.à r.l. – Luxembourg',
    expect: [
      { kind: 'no-contact-before', by: '2031-03-24', phrase: 'nicht vor dem 24. März bei mir nachzufragen' },
    ],
  },
  {
    ...BER,
    text: 'Ihre Bewerbung als Gesundheits- und Krankenpfleger (m/w/d) Intensivstation\n\nSehr geehrter Herr Kowalczyk,\n\nnochmals vielen Dank für das Gespräch am 5. März und Ihr Interesse am Universitätsklinikum Rheinaue.\n\nNach sorgfältiger Abwägung haben wir uns leider für eine andere Bewerberin entschieden, deren Profil noch besser zu den Anforderungen der Station passt. Diese Entscheidung ist uns nicht leichtgefallen.\n\nIhre Unterlagen werden gemäß DSGVO sechs Monate nach Abschluss des Verfahrens gelöscht. Wir wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team\nUniversitätsklinikum Rheinaue AöR\n\nDiese E-Mail wurde mit d.vinci versendet.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...BER,
    text: 'Terminbestätigung: Jahresgespräch 2031\n\nLiebe Frau Albrecht,\n\nwie besprochen findet Ihr jährliches Mitarbeitergespräch mit Herrn Dr. Reuter am Dienstag, den 18. März 2031, um 09:00 Uhr in Raum 2.14 statt.\n\nBitte füllen Sie den Vorbereitungsbogen im Mitarbeiterportal bis Montag aus. Themen sind u. a. Ihre Zielerreichung 2030, Weiterbildungswünsche und Ihre Entwicklungsperspektive im Team.\n\nViele Grüße\nSandra Kiefer\nPersonalentwicklung\nBrunnquell Getränke GmbH & Co. KG',
    expect: [],
  },
  {
    ...BER,
    text: 'Bitte um Unterstützung: Auswahlgespräche Ausbildung Industriekaufleute\n\nHallo Herr Yılmaz,\n\nfür die Auswahlgespräche unserer Azubis 2031 bräuchten wir noch eine Person aus dem Vertrieb in der Auswahlkommission. Die Gespräche mit den Bewerberinnen und Bewerbern finden am Donnerstag, 27. März, von 8:30 bis 15:00 Uhr im Schulungsraum statt.\n\nHätten Sie Zeit, als Interviewer dabei zu sein? Den Interviewleitfaden und die Bewerbungsunterlagen schicke ich Ihnen nächste Woche.\n\nDanke und viele Grüße\nPetra Oswald\nAusbildungsleitung\nHartmann Pumpen GmbH',
    expect: [],
  },
  {
    ...BER,
    text: 'Ihr Job-Agent: 3 neue Jobs für „Projektmanager Energie" in Hannover\n\nHallo Lena Marquardt,\n\ndiese neuen Stellenangebote passen zu Ihrem Suchauftrag:\n\nProjektmanager Netzausbau (m/w/d) – Leinewerk Energie GmbH – Hannover – Bewerbung bis 31.03.2031\nReferent Energiewirtschaft (w/m/d) – Niedersächsische Netzagentur – Hannover – Start: 01.05.2031\nTeamleitung Photovoltaik-Projekte – SolarNord AG – Garbsen – neu seit heute\n\nJetzt bewerben und in wenigen Minuten mit Ihrem StepStone-Profil dabei sein!\n\nIhr StepStone-Team\n\nSie erhalten diese E-Mail, weil Sie einen Job-Agenten angelegt haben. Abmelden',
    expect: [],
  },
  {
    ...BER,
    text: 'Ihre Anfrage zur 3-Zimmer-Wohnung, Südstadt\n\nSehr geehrte Frau Nguyen,\n\nvielen Dank für Ihr Interesse an der Wohnung in der Glockenstraße 8. Gerne lade ich Sie zu einem Besichtigungstermin ein:\n\nSamstag, 15. März 2031, 11:30 Uhr, Treffpunkt vor dem Hauseingang.\n\nBitte bringen Sie zum Termin Ihre Bewerbungsunterlagen mit (Mieterselbstauskunft, Einkommensnachweise der letzten drei Monate, SCHUFA-Auskunft). Nach der Besichtigung entscheidet die Eigentümerin innerhalb einer Woche, an wen die Wohnung vergeben wird.\n\nMit freundlichen Grüßen\nMichael Brenner\nBrenner Immobilien – Hausverwaltung',
    expect: [],
  },
  {
    ...BER,
    text: 'Erinnerung: Hauptuntersuchung Ihres Fahrzeugs HB-KL 482\n\nGuten Tag Herr Lindqvist,\n\ndie Hauptuntersuchung (HU) und Abgasuntersuchung für Ihr Fahrzeug sind im März 2031 fällig. Wir haben für Sie folgenden Termin reserviert:\n\nDatum: Mittwoch, 19.03.2031\nUhrzeit: 07:45 Uhr\nPrüfstelle: TÜV-Station Bremen-Hemelingen\n\nBitte bringen Sie die Zulassungsbescheinigung Teil I mit. Sollte Ihnen der Termin nicht passen, können Sie ihn online bis 24 Stunden vorher verschieben.\n\nIhr TÜV-Team',
    expect: [],
  },
  {
    ...VIE,
    text: 'Wir haben Ihre Bewerbung erhalten – Referenz R-0048813\n\nSehr geehrter Herr Baumgartner,\n\nvielen Dank für Ihre Bewerbung auf die Position Key Account Manager DACH bei der Salzach Medical GmbH in Salzburg.\n\nUnser Recruiting-Team prüft derzeit Ihre Unterlagen. Wir melden uns bei Ihnen, sobald es Neuigkeiten zum weiteren Verlauf gibt. Den aktuellen Status Ihrer Bewerbung können Sie jederzeit in Ihrem Kandidatenkonto einsehen.\n\nDer gewünschte Eintrittstermin für diese Position ist der 1. Juli 2031.\n\nMit freundlichen Grüßen\nTalent Acquisition\nSalzach Medical GmbH\n\nDiese Nachricht wurde automatisch über Workday erstellt.',
    expect: [],
  },
  {
    ...BER,
    text: "Daumen drücken!\n\nHi Caro,\n\nstell dir vor, ich hab's geschafft: Die Sparkasse hat mich zum Vorstellungsgespräch eingeladen! Am Freitag, 14. März um 10 Uhr muss ich in der Filiale am Marktplatz antanzen. Die wollen sich innerhalb von zwei Wochen danach entscheiden.\n\nHast du Lust, am Donnerstagabend mit mir das Gespräch durchzuspielen? Du hast sowas ja schon öfter gemacht.\n\nLiebe Grüße\nNele",
    expect: [],
  },
];

/** Round 311b: Spanish (sent Wednesday 12 March 2031). */
export const ROUND_311B_ES: readonly PhraseRow[] = [
  {
    ...MAD,
    text: 'Convocatoria a entrevista – Técnico/a de Prevención de Riesgos Laborales\n\nEstimado Sr. Ortega Villalba:\n\nTras revisar su candidatura a través de InfoJobs, nos complace convocarle a una entrevista presencial con nuestro equipo de Recursos Humanos.\n\nLa entrevista tendrá lugar el jueves 20 de marzo a las 16:30 h en nuestras oficinas de la calle Alcalá, 211, 4.º izquierda (Madrid). La duración aproximada es de una hora.\n\nLe rogamos que confirme su asistencia respondiendo a este correo antes del lunes y que traiga una copia de su titulación de Técnico Superior en PRL.\n\nAtentamente,\nNuria Cabrera\nDepartamento de Selección\nConstrucciones Jarama, S.L.',
    expect: [
      { kind: 'interview', by: '2031-03-20', time: '16:30', phrase: 'el jueves 20 de marzo a las 16:30 h' },
    ],
  },
  {
    ...MEX,
    text: 'Tu postulación fue recibida – Auxiliar de Almacén (turno matutino)\n\n¡Hola, Brenda!\n\nGracias por postularte a la vacante de Auxiliar de Almacén en Distribuidora Bajío Norte, S.A. de C.V. a través de Computrabajo.\n\nNuestro equipo de reclutamiento revisará tu CV y te contactaremos en un plazo máximo de 5 días hábiles para informarte si continúas en el proceso.\n\nRecuerda mantener actualizado tu número de celular en tu perfil.\n\nSaludos,\nEquipo de Reclutamiento\nDistribuidora Bajío Norte\nLeón, Guanajuato',
    expect: [{ kind: 'response-by', by: '2031-03-19', phrase: 'en un plazo máximo de 5 días hábiles' }],
  },
  {
    ...BUE,
    text: 'Entrevista – Vendedor/a Salón (Palermo)\n\nHola Facundo, ¿cómo estás?\n\nTe escribo de Indumentaria Río de la Plata. Vimos tu postulación en Bumeran y nos gustaría conocerte.\n\nTe esperamos el lunes 17/03 a las 9 hs en nuestro local de Av. Santa Fe 3420, CABA. Preguntá por Lucía en la entrada. Traé tu DNI y, si tenés, una carta de recomendación de tu último empleo.\n\nAvisame por este medio si podés venir.\n\n¡Saludos!\nLucía Benítez\nSelección de Personal\nIndumentaria Río de la Plata S.R.L.',
    expect: [{ kind: 'interview', by: '2031-03-17', time: '09:00', phrase: 'el lunes 17/03 a las 9 hs' }],
  },
  {
    ...MAD,
    text: 'Registro de su solicitud – Proceso selectivo Auxiliar Administrativo (OEP 2030)\n\nEstimada Sra. Guerrero Lozano:\n\nLe confirmamos que su solicitud de participación en el proceso selectivo para la provisión de plazas de Auxiliar Administrativo del Ayuntamiento de Villanueva del Guadiato ha quedado registrada con el número 2031/E/001873.\n\nLa lista provisional de personas admitidas y excluidas se publicará en el Boletín Oficial de la Provincia y en el tablón de anuncios de la sede electrónica. No se atenderán consultas telefónicas sobre el estado de las solicitudes; cualquier comunicación deberá realizarse por escrito a través de la sede electrónica.\n\nAtentamente,\nServicio de Recursos Humanos\nAyuntamiento de Villanueva del Guadiato',
    expect: [{ kind: 'no-calls', phrase: 'No se atenderán consultas telefónicas' }],
  },
  {
    ...BOG,
    text: 'Actualización de su proceso – Analista de Riesgo Crediticio\n\nApreciado Andrés Felipe:\n\nGracias por participar en la entrevista técnica con nuestro equipo de Riesgos. Actualmente estamos culminando las entrevistas con los demás candidatos finalistas.\n\nLe daremos una respuesta definitiva a más tardar el viernes 28 de marzo.\n\nCordialmente,\nValentina Rojas Mejía\nAdquisición de Talento\nBanco Cordillera S.A. – Bogotá D.C.\n\nEste mensaje fue enviado desde Workday.',
    expect: [{ kind: 'response-by', by: '2031-03-28', phrase: 'a más tardar el viernes 28 de marzo' }],
  },
  {
    ...SCL,
    text: 'Tu postulación – Operador/a de Grúa Horquilla, Pudahuel\n\nHola Camila:\n\n¡Gracias por postular con Adecco Chile! Tu perfil fue enviado a nuestro cliente, un centro de distribución en Pudahuel.\n\nEl cliente está revisando los perfiles preseleccionados, así que te pedimos no llamarnos ni escribirnos antes del lunes 24 de marzo. Si quedas seleccionada para la siguiente etapa, te contactaremos nosotros.\n\nUn saludo cordial,\nIgnacio Fuentes\nConsultor de Selección\nAdecco Chile – Sucursal Santiago Poniente',
    expect: [
      {
        kind: 'no-contact-before',
        by: '2031-03-24',
        phrase: 'no llamarnos ni escribirnos antes del lunes 24 de marzo',
      },
    ],
  },
  {
    ...LIM,
    text: 'Su postulación a Jefe/a de Planta – Arequipa\n\nEstimado Sr. Quispe Huamán:\n\nLe agradecemos sinceramente el tiempo dedicado a nuestro proceso de selección y a las entrevistas con el equipo de Operaciones.\n\nLamentamos comunicarle que en esta ocasión hemos decidido continuar con otro candidato cuyo perfil se ajusta más a las necesidades actuales de la planta. Conservaremos sus datos en nuestra base de talento por un período de 12 meses.\n\nLe deseamos muchos éxitos en sus próximos retos profesionales.\n\nAtentamente,\nEquipo de Talento\nLácteos del Sur S.A.C.\n\nEnviado con Teamtailor',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...MAD,
    text: 'Convocatoria: evaluación de desempeño anual 2030\n\nHola, Marta:\n\nComo cada año, desde Personas iniciamos el ciclo de evaluación de desempeño. Tu reunión de evaluación con tu responsable, Jorge Sanz, está programada para el martes 18 de marzo a las 11:00 en la sala Ebro.\n\nAntes de la reunión, completa tu autoevaluación en la plataforma SuccessFactors (plazo: viernes 14 de marzo).\n\nUn saludo,\nDepartamento de Personas\nGrupo Alimentario Moncayo – Zaragoza',
    expect: [],
  },
  {
    ...MAD,
    text: 'Designación como vocal del tribunal calificador – Técnico/a de Administración General\n\nEstimado Sr. Peñalver:\n\nPor Resolución de Alcaldía n.º 412/2031 ha sido usted designado vocal titular del tribunal calificador del proceso selectivo de Técnico/a de Administración General.\n\nLa sesión de constitución del tribunal se celebrará el miércoles 19 de marzo a las 9:30 en la Sala de Comisiones de la Casa Consistorial, y la realización del primer ejercicio tendrá lugar el sábado 5 de abril.\n\nLe rogamos que comunique cualquier causa de abstención en un plazo de cinco días hábiles.\n\nAtentamente,\nSecretaría General\nAyuntamiento de Torrealta del Besaya',
    expect: [],
  },
  {
    ...MAD,
    text: 'Newsletter Empleo Joven – Marzo 2031\n\n¡Hola, Sergio!\n\nEste mes no te pierdas la Feria de Empleo Universitario de Valencia, el jueves 27 de marzo de 10:00 a 18:00 en el Palacio de Congresos. Más de 80 empresas estarán haciendo entrevistas rápidas en sus stands.\n\nAdemás, el martes 18 de marzo a las 17:00 organizamos un webinar gratuito: «Cómo superar una entrevista por competencias».\n\nInscríbete desde tu área privada.\n\nEquipo de Empleo Joven\nFundación Levante Futuro\n\nSi no deseas recibir más correos, date de baja aquí.',
    expect: [],
  },
  {
    ...MAD,
    text: 'Visita al piso de la calle Ruzafa\n\nHola Álvaro:\n\nGracias por tu interés en el piso de dos habitaciones en la calle Ruzafa 47. Te confirmo la visita para el viernes 14 de marzo a las 19:00 h. Te estaré esperando en el portal.\n\nSi te interesa, para reservarlo necesitaríamos la última nómina, el contrato de trabajo y un mes de fianza. El propietario decidirá entre los interesados en un plazo de tres días.\n\nSaludos,\nRocío Marín\nInmobiliaria Turia Home',
    expect: [],
  },
  {
    ...MAD,
    text: 'Cita confirmada – Inspección Técnica de Vehículos\n\nEstimado/a cliente:\n\nLe confirmamos su cita para la inspección periódica del vehículo con matrícula 4821 LMP:\n\nFecha: 21/03/2031\nHora: 08:20\nEstación: ITV Getafe – Polígono Los Olivos\n\nRecuerde traer el permiso de circulación, la ficha técnica y el justificante del seguro en vigor. Si no puede acudir, anule la cita con al menos 24 horas de antelación.\n\nAtentamente,\nITV Centro Madrid',
    expect: [],
  },
  {
    ...MAD,
    text: 'Examen parcial – Contabilidad Financiera II (Grupo B)\n\nEstimados estudiantes:\n\nLes recuerdo que el examen parcial de la asignatura se realizará el martes 25 de marzo a las 15:00 en el aula 3.07 de la Facultad de Economía y Empresa. La revisión de notas será el 2 de abril.\n\nNo se permitirá el uso de calculadoras programables.\n\nSaludos cordiales,\nDra. Mercedes Ibáñez\nDepartamento de Contabilidad\nUniversidad de Tierra de Campos',
    expect: [],
  },
  {
    ...MEX,
    text: 'Candidatos disponibles para su planta – Randstad\n\nEstimado Ing. Echeverría:\n\nSoy Laura Prieto, consultora de Randstad en Monterrey. Sabemos que su planta está ampliando el turno nocturno y tenemos cinco técnicos de mantenimiento con experiencia en inyección de plástico, disponibles para incorporarse a partir del 1 de abril.\n\n¿Le parece si agendamos una llamada el jueves 13 de marzo a las 10:00 para presentarle los perfiles? Podemos coordinar entrevistas con usted esa misma semana.\n\nSaludos cordiales,\nLaura Prieto\nRandstad México – Monterrey',
    expect: [],
  },
];

/** Round 311c: French (sent Wednesday 12 March 2031). */
export const ROUND_311C_FR: readonly PhraseRow[] = [
  {
    ...PAR,
    text: "Entretien pour le poste de Product Designer 🎨\n\nSalut Inès,\n\nMerci pour ta candidature via Welcome to the Jungle, on a adoré ton portfolio !\n\nOn te propose un premier entretien avec Hugo (Head of Design) le lundi 17 mars à 11 h, en visio sur Google Meet. Ça durera environ 45 minutes : on te présentera l'équipe et tu pourras nous parler de tes projets.\n\nDis-nous si ça te convient, sinon on trouvera un autre créneau.\n\nÀ très vite,\nManon\nTalent Acquisition @ Pousse Urbaine",
    expect: [{ kind: 'interview', by: '2031-03-17', time: '11:00', phrase: 'le lundi 17 mars à 11 h' }],
  },
  {
    ...YUL,
    text: "Votre candidature – Conseiller ou conseillère en sécurité financière (réquisition 31-0217)\n\nBonjour Madame Tremblay,\n\nNous vous remercions de l'intérêt que vous portez à la Caisse populaire des Deux-Rives et d'avoir pris le temps de rencontrer notre comité de sélection.\n\nNous complétons présentement les dernières entrevues. Nous communiquerons avec vous d'ici la fin de la semaine prochaine pour vous faire part de notre décision.\n\nVeuillez agréer, Madame, nos salutations distinguées.\n\nGeneviève Lapointe\nConseillère, acquisition de talents\nCaisse populaire des Deux-Rives, Trois-Rivières\n\nCe message a été généré par Oracle Taleo.",
    expect: [{ kind: 'response-by', by: '2031-03-21', phrase: "d'ici la fin de la semaine prochaine" }],
  },
  {
    ...PAR,
    text: "Convocation à un entretien de recrutement – Gestionnaire ressources humaines (cadre d'emplois des rédacteurs territoriaux)\n\nMadame,\n\nSuite à l'examen de votre candidature, j'ai le plaisir de vous convoquer à un entretien devant le jury de recrutement :\n\nDate : jeudi 20 mars 2031\nHeure : 14 h 00\nLieu : Hôtel de Ville, salle du Conseil, 1er étage\n\nLe jury sera composé de l'adjointe au maire déléguée aux ressources humaines, de la directrice générale adjointe des services et du chef de service. Merci de vous munir d'une pièce d'identité.\n\nJe vous prie d'agréer, Madame, l'expression de mes salutations distinguées.\n\nPour le Maire et par délégation,\nLa Directrice des Ressources Humaines\nMairie de Saint-Aurèle-sur-Rhône",
    expect: [
      {
        kind: 'interview',
        by: '2031-03-20',
        time: '14:00',
        phrase: 'Date : jeudi 20 mars 2031\nHeure : 14 h 00',
      },
    ],
  },
  {
    ...BRU,
    text: "Votre candidature – Opérateur de production (H/F) – Wavre\n\nBonjour Monsieur Lambert,\n\nMerci pour votre candidature et pour l'entretien téléphonique de ce matin. J'ai transmis votre dossier à notre client, une entreprise pharmaceutique du Brabant wallon.\n\nNous reviendrons vers vous dans un délai de dix jours ouvrés, que votre candidature soit retenue ou non.\n\nBien cordialement,\nSophie Vandenbroucke\nConsultante Recrutement\nManpower Belgium – Agence de Wavre",
    expect: [{ kind: 'response-by', by: '2031-03-26', phrase: 'dans un délai de dix jours ouvrés' }],
  },
  {
    ...DKR,
    text: 'Accusé de réception – Candidature au poste de Comptable Senior\n\nBonjour Monsieur Diop,\n\nNous accusons réception de votre candidature au poste de Comptable Senior publié sur LinkedIn. Votre dossier sera étudié avec la plus grande attention.\n\nSeuls les candidats présélectionnés seront contactés. Merci de ne pas appeler nos bureaux ni de vous présenter au siège pour le suivi de votre dossier.\n\nCordialement,\nDirection des Ressources Humaines\nSociété Sénégalaise de Logistique Portuaire (SSLP)\nDakar – Plateau',
    expect: [{ kind: 'no-calls', phrase: 'Merci de ne pas appeler nos bureaux' }],
  },
  {
    ...CMN,
    text: 'Suivi de votre candidature – Chargé(e) de clientèle bilingue\n\nBonjour Madame El Idrissi,\n\nNous vous remercions pour votre candidature au poste de Chargé(e) de clientèle bilingue sur notre site de Casablanca, reçue via Indeed.\n\nLa présélection des dossiers est en cours et se clôturera le 24 mars. Nous vous remercions par conséquent de ne pas relancer notre service recrutement avant le 25 mars.\n\nBien à vous,\nService Recrutement\nAtlas Relation Client SARL\nCasablanca – Sidi Maârouf',
    expect: [
      {
        kind: 'no-contact-before',
        by: '2031-03-25',
        phrase: 'de ne pas relancer notre service recrutement avant le 25 mars',
      },
    ],
  },
  {
    ...TUN,
    text: "Réponse à votre candidature – Ingénieur qualité\n\nMonsieur Ben Salah,\n\nNous vous remercions de l'intérêt que vous avez porté à notre société et du temps que vous nous avez consacré lors de l'entretien du 3 mars.\n\nNous sommes au regret de vous informer que votre candidature n'a pas été retenue pour ce poste. Nous conservons néanmoins votre CV dans notre vivier afin de vous recontacter si une opportunité correspondant à votre profil se présentait.\n\nVeuillez agréer, Monsieur, nos salutations distinguées.\n\nAmel Trabelsi\nResponsable RH\nCâblerie du Cap Bon – Nabeul",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...PAR,
    text: "Campagne des entretiens annuels d'évaluation 2031\n\nBonjour Julien,\n\nLa campagne des entretiens annuels est lancée. Ton entretien avec ta manager, Claire Roussel, est planifié le mardi 18 mars à 14 h 30 (salle Garonne).\n\nPense à compléter ta fiche de préparation dans l'outil RH avant le 14 mars et à lister tes souhaits de formation.\n\nBonne journée,\nL'équipe RH\nAérotechnique du Sud-Ouest – Toulouse",
    expect: [],
  },
  {
    ...PAR,
    text: 'Demande de référence – Mme Chloé Fontaine\n\nBonjour Monsieur Girard,\n\nChloé Fontaine, qui a travaillé sous votre responsabilité de 2027 à 2030, est candidate au poste de cheffe de projet au sein de notre cabinet et vous a indiqué comme référence.\n\nSeriez-vous disponible pour un court échange téléphonique le vendredi 14 mars à 10 h ? Cela ne prendra pas plus de 15 minutes.\n\nJe vous remercie par avance pour votre aide.\n\nCordialement,\nAurélie Masson\nChargée de recrutement\nCabinet Lemaire & Associés – Lyon',
    expect: [],
  },
  {
    ...PAR,
    text: "[Webinaire] Réussir sa reconversion dans la tech – jeudi 20 mars\n\nBonjour,\n\nVous êtes inscrit(e) à notre webinaire « Réussir sa reconversion dans la tech », qui aura lieu le jeudi 20 mars 2031 de 18 h 30 à 19 h 30.\n\nAu programme : témoignages d'anciens apprenants, questions-réponses avec nos recruteurs partenaires et présentation des financements CPF.\n\nLien de connexion : cliquez ici (actif 15 minutes avant le début).\n\nÀ jeudi !\nL'équipe CodeTremplin",
    expect: [],
  },
  {
    ...PAR,
    text: "Rendez-vous pour l'état des lieux d'entrée – Appartement T2, rue des Carmes\n\nBonjour Monsieur Haddad,\n\nSuite à la signature de votre bail, je vous confirme le rendez-vous pour l'état des lieux d'entrée et la remise des clés le samedi 15 mars à 10 h sur place.\n\nMerci de prévoir l'attestation d'assurance habitation ainsi que le premier loyer, qui est payable le 5 de chaque mois.\n\nCordialement,\nFrédérique Aubert\nAgence Immobilière du Vieux-Port – Marseille",
    expect: [],
  },
  {
    ...PAR,
    text: "Confirmation de votre rendez-vous – Dr Nathalie Morel\n\nBonjour,\n\nVotre rendez-vous est confirmé :\n\nDr Nathalie Morel – Médecine du travail\nLe mercredi 19 mars 2031 à 08 h 40\nCentre de santé au travail, 12 avenue Foch, Nancy\n\nMotif : visite d'information et de prévention\n\nEn cas d'empêchement, merci d'annuler votre rendez-vous au moins 24 h à l'avance.\n\nService de prise de rendez-vous en ligne",
    expect: [],
  },
  {
    ...PAR,
    text: "Convocation – Soutenance de mémoire de Master 2\n\nMadame Lefèvre,\n\nNous avons le plaisir de vous informer que votre soutenance de mémoire de Master 2 « Management des organisations » se déroulera le mardi 25 mars 2031 à 9 h 00, salle B204, devant un jury composé de Mme Perrin et M. Gauthier.\n\nVous disposerez de 20 minutes de présentation suivies de 20 minutes d'échange avec le jury.\n\nCordialement,\nScolarité – IAE Aquitaine Atlantique",
    expect: [],
  },
  {
    ...DKR,
    text: "Confirmation de rendez-vous – Demande de visa de travail\n\nMadame Ndiaye,\n\nVotre rendez-vous pour le dépôt de votre demande de visa « Travailleur salarié » est confirmé :\n\nDate : lundi 24 mars 2031\nHeure : 09 h 15\nLieu : Centre de demande de visa, Dakar\n\nMerci de vous présenter 15 minutes avant l'heure indiquée avec votre passeport, votre contrat de travail visé et les pièces justificatives. Tout retard entraînera l'annulation du rendez-vous.\n\nCentre de Demande de Visa – Service Client",
    expect: [],
  },
];

/** Round 312: German (sent Friday 24 October 2031, two days before Europe leaves summer time). */
export const ROUND_312_DE: readonly PhraseRow[] = [
  {
    ...BER2,
    text: 'Einladung zum Vorstellungsgespräch – Referent Einkauf Elektronikkomponenten (w/m/d)\n\nSehr geehrte Frau Hadžić,\n\nvielen Dank für Ihre Bewerbung bei der Isarwerk Antriebstechnik GmbH. Gerne möchten wir Sie persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch am Dienstag, 28. Oktober 2031 um 10:30 Uhr an unserem Standort in Garching ein.\n\nBitte beachten Sie, dass am Sonntag die Umstellung auf die Winterzeit erfolgt – die angegebene Uhrzeit ist bereits MEZ.\n\nIhre Gesprächspartner sind Herr Stadler (Leitung Einkauf) und Frau Lechner (HR). Bitte bestätigen Sie Ihre Teilnahme über Ihr Kandidatenkonto.\n\nMit freundlichen Grüßen\nTalent Acquisition\nIsarwerk Antriebstechnik GmbH\n\nGesendet über Workday',
    expect: [
      {
        kind: 'interview',
        by: '2031-10-28',
        time: '10:30',
        phrase: 'am Dienstag, 28. Oktober 2031 um 10:30 Uhr',
      },
    ],
  },
  {
    ...BER2,
    text: 'Ihre Bewerbung um einen Ausbildungsplatz als Verwaltungswirt/in (Einstellung 2032)\n\nSehr geehrter Herr Schäfer,\n\nvielen Dank für Ihre Teilnahme am schriftlichen Auswahltest am 22. Oktober 2031 beim Landesverwaltungsamt Elbe-Saale.\n\nDie Tests werden derzeit ausgewertet. Sie erhalten innerhalb von drei Wochen eine schriftliche Nachricht darüber, ob Sie zum Vorstellungsgespräch eingeladen werden.\n\nAusbildungsbeginn ist der 1. September 2032.\n\nMit freundlichen Grüßen\nIm Auftrag\nHeike Wendt\nReferat Personal und Ausbildung\nLandesverwaltungsamt Elbe-Saale',
    expect: [{ kind: 'response-by', by: '2031-11-14', phrase: 'innerhalb von drei Wochen' }],
  },
  {
    ...VIE2,
    text: 'Einladung zum Hearing – Teamleitung Pflege (DGKP), Standort Graz-Liebenau\n\nSehr geehrter Herr Gruber,\n\nwir freuen uns, Sie zum Hearing einzuladen.\n\nTermin: Do., 06.11.2031, 13:00 Uhr\nDauer: ca. 90 Minuten (inkl. Fallpräsentation)\nOrt: Verwaltungsgebäude, Liebenauer Hauptstraße 240, 8041 Graz, Seminarraum 1\n\nBitte bereiten Sie eine 10-minütige Präsentation zum Thema „Dienstplanung im Schichtbetrieb" vor. Von telefonischen Anfragen zum Stand des Verfahrens bitten wir abzusehen.\n\nMit freundlichen Grüßen\nPersonalabteilung\nSteirische Pflegeheime Süd gGmbH\n\nVersendet über rexx systems',
    expect: [
      { kind: 'interview', by: '2031-11-06', time: '13:00', phrase: 'Termin: Do., 06.11.2031, 13:00 Uhr' },
      {
        kind: 'no-calls',
        phrase: 'Von telefonischen Anfragen zum Stand des Verfahrens bitten wir abzusehen',
      },
    ],
  },
  {
    ...BER2,
    text: 'Kurzes Update zu deiner Bewerbung 🙂\n\nHi Leonie,\n\ndanke nochmal für das Case-Interview am Mittwoch – das Team war echt begeistert von deiner Präsentation!\n\nWir sprechen heute noch mit der letzten Kandidatin und treffen dann die Entscheidung. Du bekommst Anfang kommender Woche Bescheid von mir, egal wie es ausgeht.\n\nSchönes Wochenende und bis bald\nTobi\nPeople Lead | Rheinrad Mobility GmbH, Köln\n\nDeine Bewerbung über StepStone',
    expect: [{ kind: 'response-by', by: '2031-10-29', phrase: 'Anfang kommender Woche', fuzzy: true }],
  },
  {
    ...ZRH2,
    text: 'Ihr Dossier – Logistiker EFZ, Temporäreinsatz Pratteln\n\nGuten Tag Herr Meier\n\nBesten Dank für Ihr Dossier. Ich habe es unserem Kunden zur Prüfung vorgelegt.\n\nUnser Kunde ist derzeit an einer Fachmesse und entscheidet erst danach über die Besetzung. Ich bitte Sie deshalb, sich nicht vor dem 3. November bei mir zu melden. Danach gebe ich Ihnen gerne Auskunft zum Stand.\n\nFreundliche Grüsse\nNadine Vogt\nPersonalberaterin\nAdecco Human Resources AG, Basel',
    expect: [
      {
        kind: 'no-contact-before',
        by: '2031-11-03',
        phrase: 'sich nicht vor dem 3. November bei mir zu melden',
      },
    ],
  },
  {
    ...BER2,
    text: 'Ihr Vertragsangebot – Softwareentwickler/in Embedded Systems\n\nSehr geehrter Herr Okafor,\n\nwir freuen uns sehr, Ihnen nach den Gesprächen der vergangenen Wochen die Position als Softwareentwickler Embedded Systems in unserem Team in Ulm anbieten zu dürfen.\n\nAnbei erhalten Sie Ihren Arbeitsvertrag in zweifacher Ausfertigung. Ihr Eintrittsdatum ist der 1. Januar 2032, das Jahresbruttogehalt beträgt 68.500 EUR. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 7. November 2031 zurück.\n\nWir freuen uns auf die Zusammenarbeit!\n\nMit freundlichen Grüßen\nCarina Hölzl\nPersonalreferentin\nDonautal Sensorik GmbH\n\nDiese E-Mail wurde über d.vinci versendet.',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...BRU2,
    text: 'Ihre Bewerbung als Mitarbeiter/in Kundenservice (Eupen)\n\nSehr geehrte Frau Kessler,\n\nvielen Dank für Ihr Interesse an der Ostbelgien Energie AG und für die Zeit, die Sie sich für unseren Bewerbungsprozess genommen haben.\n\nLeider können wir Ihre Bewerbung in diesem Fall nicht weiter berücksichtigen. Wir haben uns für Kandidat:innen entschieden, deren Erfahrung noch genauer zu unserem Anforderungsprofil passt.\n\nWir wünschen Ihnen für Ihre Zukunft alles Gute.\n\nBeste Grüße\nIhr People-Team\nOstbelgien Energie AG\n\nGesendet über Personio',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...BER2,
    text: 'Einladung zum Elternsprechtag\n\nLiebe Eltern der Klasse 7b,\n\nder diesjährige Elternsprechtag findet am Donnerstag, 6. November 2031, von 15:00 bis 19:00 Uhr statt. Ihren Gesprächstermin bei Frau Brandt (Klassenleitung) können Sie bis Mittwoch, 29. Oktober, über das Schulportal buchen.\n\nMit freundlichen Grüßen\nSekretariat\nGesamtschule am Stadtpark',
    expect: [],
  },
  {
    ...BER2,
    text: 'Ihre Sendung kommt am Dienstag\n\nHallo Jan Petersen,\n\nIhre Sendung 00340434 5521 8870 12 von Büromöbel Nord wird voraussichtlich am Dienstag, 28.10.2031, zwischen 10:15 und 12:15 Uhr zugestellt.\n\nSie sind nicht da? Ändern Sie jetzt Ihren Liefertag oder wählen Sie eine Packstation.\n\nIhr DHL Team',
    expect: [],
  },
  {
    ...BER2,
    text: 'Nur noch 2 Wochen: Karrieremesse Berlin – jetzt Termin sichern!\n\nHallo Malte,\n\nam 6. und 7. November 2031 treffen sich über 300 Arbeitgeber auf der Karrieremesse im Estrel Congress Center. Nutze die Chance und buche schon jetzt dein Vorab-Interview mit Top-Unternehmen – die Slots sind begrenzt!\n\nAnmeldeschluss für das Matching: Freitag, 31. Oktober.\n\nWir sehen uns auf der Messe!\nDein Messeteam\nHauptstadt Karriereforum',
    expect: [],
  },
  {
    ...BER2,
    text: 'Vorab-Profil: erfahrene Lohnbuchhalterin – sofort verfügbar\n\nSehr geehrter Herr Dr. Kuhn,\n\nim Rahmen unserer Zusammenarbeit möchte ich Ihnen das Profil einer sehr erfahrenen Lohn- und Gehaltsbuchhalterin (DATEV, 12 Jahre Erfahrung) vorstellen, die ab dem 1. Dezember 2031 verfügbar ist.\n\nGerne organisiere ich ein Kennenlerngespräch mit der Kandidatin, z. B. am Mittwoch, 29. Oktober, um 15:00 Uhr bei Ihnen im Haus. Das ausführliche Profil finden Sie im Anhang.\n\nMit freundlichen Grüßen\nDennis Krüger\nManpower GmbH & Co. KG – Niederlassung Bielefeld',
    expect: [],
  },
  {
    ...BER2,
    text: 'Willkommen an Bord – Ihr erster Arbeitstag\n\nLiebe Frau Sommerfeld,\n\nwir freuen uns, dass Sie ab Montag, dem 3. November 2031, unser Team verstärken! Bitte melden Sie sich an Ihrem ersten Arbeitstag um 8:30 Uhr am Empfang in der Hafenstraße 12.\n\nIhr Laptop und Ihr Zugangsausweis liegen dann für Sie bereit. Ihre Einarbeitung übernimmt Herr Claußen.\n\nHerzliche Grüße\nPersonalabteilung\nNordsee Logistik Bremerhaven GmbH',
    expect: [],
  },
  {
    ...BER2,
    text: 'Ihre Entgeltabrechnung Oktober 2031\n\nHallo Herr Tomić,\n\nIhre Entgeltabrechnung für Oktober 2031 steht ab sofort im Mitarbeiterportal zum Abruf bereit. Die Auszahlung erfolgt am 30.10.2031 auf Ihr hinterlegtes Konto.\n\nBitte beachten Sie: Aufgrund der Zeitumstellung am Sonntag werden die Zuschläge für die zusätzliche Nachtstunde gesondert ausgewiesen.\n\nIhr Team Entgeltabrechnung\nKaiserstuhl Fleischwaren GmbH',
    expect: [],
  },
  {
    ...BER2,
    text: 'Klausuranmeldung bestätigt – Makroökonomik I\n\nSehr geehrte Studierende,\n\nIhre Anmeldung zur Klausur „Makroökonomik I" wurde bestätigt. Die Klausur findet am Montag, 10. November 2031, um 10:00 Uhr im Audimax statt. Die Ergebnisse werden innerhalb von vier Wochen im Prüfungsportal veröffentlicht.\n\nEin Rücktritt ist bis drei Tage vor dem Termin ohne Angabe von Gründen möglich.\n\nPrüfungsamt der Wirtschaftswissenschaftlichen Fakultät\nUniversität Rheinhessen',
    expect: [],
  },
];

/** Round 312b: Spanish (sent Friday 24 October 2031). */
export const ROUND_312B_ES: readonly PhraseRow[] = [
  {
    ...MAD2,
    text: 'Re: Posición de Data Analyst en Valencia\n\nHola Pablo,\n\n¡Gracias por tu respuesta tan rápida! He compartido tu perfil con la responsable del equipo de Analítica y le encantaría conocerte.\n\n¿Te viene bien una videollamada el miércoles 29 de octubre a las 12:00? Sería una conversación de unos 30 minutos para conocernos y contarte más sobre el proyecto.\n\nUn saludo,\nElena Cuesta\nTalent Acquisition Partner | Naranjo Digital\n\nEnviado a través de LinkedIn',
    expect: [
      {
        kind: 'interview',
        by: '2031-10-29',
        time: '12:00',
        phrase: 'el miércoles 29 de octubre a las 12:00',
      },
    ],
  },
  {
    ...MEX2,
    text: 'Seguimiento a su entrevista – Coordinador de Compras\n\nEstimado Lic. Ramírez:\n\nLe agradecemos su asistencia a la entrevista del día de ayer en nuestras instalaciones de Querétaro.\n\nEl comité de selección evaluará a los candidatos finalistas y le daremos respuesta en un plazo de dos semanas.\n\nSin más por el momento, quedo a sus órdenes.\n\nAtentamente,\nMtra. Gabriela Soto\nGerencia de Capital Humano\nAutopartes del Centro, S.A. de C.V.\n\nCandidatura recibida a través de Indeed.',
    expect: [{ kind: 'response-by', by: '2031-11-07', phrase: 'en un plazo de dos semanas' }],
  },
  {
    ...SCL2,
    text: 'Citación a entrevista – Ingeniero/a de Proyectos Mineros\n\nEstimada Sra. Carrasco:\n\nJunto con saludar, le informamos que ha sido seleccionada para la etapa de entrevista con la jefatura del área. A continuación, los detalles:\n\nFecha: martes 4 de noviembre de 2031\nHora: 15:30 (hora de Chile continental)\nModalidad: Microsoft Teams (el enlace será enviado el día anterior)\n\nLe solicitamos confirmar su asistencia a más tardar el lunes 3 de noviembre.\n\nSaludos cordiales,\nGerencia de Personas\nMinera Cordillera Austral SpA\n\nEste correo fue generado automáticamente por SAP SuccessFactors.',
    expect: [
      {
        kind: 'interview',
        by: '2031-11-04',
        time: '15:30',
        phrase: 'Fecha: martes 4 de noviembre de 2031\nHora: 15:30',
      },
    ],
  },
  {
    ...BUE2,
    text: 'Búsqueda Administrativo/a Contable – Rosario\n\nHola Micaela, ¿todo bien?\n\nGracias por venir hoy a la entrevista en la oficina. Ya le pasé tu CV y mi informe a la empresa cliente.\n\nEllos quedaron en darme una devolución el lunes o el martes, así que te confirmo si pasás a la siguiente instancia antes del miércoles. Cualquier cosa, escribime por acá.\n\nSaludos,\nRodrigo Paz\nConsultor – Randstad Argentina, Sucursal Rosario',
    expect: [{ kind: 'response-by', by: '2031-10-28', phrase: 'antes del miércoles' }],
  },
  {
    ...BOG2,
    text: 'Proceso de selección – Gerente Financiero (confidencial)\n\nBuenas tardes, Dr. Castaño:\n\nLe agradezco el tiempo que dedicó a la entrevista con nuestro cliente el pasado miércoles. La compañía está terminando de entrevistar a la terna final.\n\nLe estaré informando la decisión a finales de mes.\n\nCordial saludo,\nJuliana Restrepo\nSenior Consultant – Finance\nHays Colombia, Medellín',
    expect: [{ kind: 'response-by', by: '2031-10-31', phrase: 'a finales de mes' }],
  },
  {
    ...LIM2,
    text: 'Postulación recibida – Asistente de Marketing (Lima)\n\nEstimado postulante:\n\nGracias por su interés en formar parte de Cervecería Andina del Rímac. Hemos recibido su CV a través de Computrabajo.\n\nDebido al alto número de postulaciones, le pedimos por favor no comunicarse con nosotros antes del 10 de noviembre. A partir de esa fecha podrá consultar el estado de su postulación escribiendo al área de selección.\n\nAtentamente,\nÁrea de Gestión del Talento\nCervecería Andina del Rímac S.A.',
    expect: [
      {
        kind: 'no-contact-before',
        by: '2031-11-10',
        phrase: 'no comunicarse con nosotros antes del 10 de noviembre',
      },
    ],
  },
  {
    ...MAD2,
    text: '¡Tenemos buenas noticias! 🎉\n\nHola Laia,\n\nDespués de las entrevistas con el equipo, nos complace ofrecerte el puesto de Customer Success Manager en Mediterrània Apps. Adjuntamos la carta de oferta con las condiciones: salario bruto anual de 42.000 €, modalidad híbrida y fecha de incorporación el 1 de diciembre.\n\nSi tienes cualquier duda, podemos hablar cuando quieras. Te pedimos que nos confirmes tu decisión antes del viernes 31 de octubre.\n\n¡Un abrazo!\nMarc Puig\nHead of People | Mediterrània Apps, Barcelona\n\nEnviado con Teamtailor',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...MAD2,
    text: 'Nueva convocatoria: Técnico/a Superior de Medio Ambiente – Diputación Provincial\n\nHola Irene:\n\nSegún tus alertas de empleo público, te informamos de que se ha publicado la convocatoria para la cobertura de dos plazas de Técnico/a Superior de Medio Ambiente (concurso-oposición libre) en la Diputación Provincial de Serranía Alta.\n\nEl plazo de presentación de solicitudes finaliza el 14 de noviembre de 2031. Consulta las bases completas en el boletín oficial.\n\nEquipo de Oposiciones al Día',
    expect: [],
  },
  {
    ...BOG2,
    text: 'Documentación pendiente – Prácticas empresariales\n\nHola Diego:\n\nPara completar tu expediente de prácticas en empresa, necesitamos que nos envíes el convenio firmado y el certificado de matrícula antes del jueves 30 de octubre. Sin esta documentación no podremos tramitar tu incorporación.\n\nUn saludo,\nOficina de Prácticas y Empleo\nUniversidad del Valle de Aburrá',
    expect: [],
  },
  {
    ...BUE2,
    text: 'Cubrir turno el lunes\n\nHola Sofi:\n\n¿Me podés hacer una gauchada? Martín tiene una entrevista de trabajo en Mercado Austral el lunes 27 a las 10 y necesita que alguien le cubra el turno de la mañana en la caja. Si podés, avisame antes del domingo así armo la grilla.\n\nGracias, genia.\nCarla\nEncargada de turno – Supermercados La Pampa',
    expect: [],
  },
  {
    ...MEX2,
    text: 'Nuevas ofertas para ti: Auxiliar contable en Guadalajara\n\nHola Ricardo,\n\nEncontramos 3 nuevas vacantes que coinciden con tu búsqueda:\n\n• Auxiliar Contable – Grupo Tequilana del Valle – Zapopan – Entrevistas el 29 de octubre\n• Capturista de Datos – Logística Occidente – Guadalajara – Publicada hace 2 días\n• Auxiliar de Nóminas – Despacho Fiscal Herrera – Tlaquepaque – Inicio inmediato\n\n¡Postúlate hoy y destaca tu CV!\n\nComputrabajo México\nPara dejar de recibir estas alertas, haz clic aquí.',
    expect: [],
  },
  {
    ...MAD2,
    text: 'Recordatorio de cita – Centro de Salud Las Margaritas\n\nEstimado/a paciente:\n\nLe recordamos que tiene una cita con su médico de familia, Dr. Luis Herrero, el lunes 27 de octubre de 2031 a las 9:40 h en la consulta 12.\n\nSi no puede acudir, anule su cita a través de la app de salud o llamando al centro.\n\nCentro de Salud Las Margaritas',
    expect: [],
  },
  {
    ...SCL2,
    text: 'Tu pedido está en camino\n\nHola Andrea,\n\n¡Buenas noticias! Tu pedido #CL-448120 (silla ergonómica para home office) ya salió de nuestro centro de distribución.\n\nFecha estimada de entrega: jueves 30 de octubre, entre 9:00 y 14:00 h.\n\nPuedes seguir tu envío en tiempo real desde la app.\n\nGracias por comprar con nosotros,\nTienda Andes Hogar',
    expect: [],
  },
  {
    ...LIM2,
    text: 'Webinar: Cómo negociar tu salario – 30 de octubre\n\n¡Hola, Tomás!\n\nGracias por registrarte en nuestro webinar gratuito «Cómo negociar tu salario en una entrevista final». Te esperamos el jueves 30 de octubre a las 19:00 (hora de Lima).\n\nAccede desde este enlace 10 minutos antes. La grabación estará disponible durante 7 días.\n\nEquipo de Bumeran Perú',
    expect: [],
  },
];

/** Round 312c: French (sent Friday 24 October 2031). */
export const ROUND_312C_FR: readonly PhraseRow[] = [
  {
    ...YUL2,
    text: "Invitation à une entrevue – Analyste en cybersécurité\n\nBonjour Monsieur Gagnon,\n\nÀ la suite de l'analyse de votre candidature, nous aimerions vous rencontrer en entrevue pour le poste d'Analyste en cybersécurité.\n\nL'entrevue aura lieu le mardi 4 novembre à 13 h 30, à nos bureaux du boulevard René-Lévesque Ouest, 18e étage, à Montréal. Prévoyez environ 90 minutes, incluant un court exercice pratique.\n\nVeuillez confirmer votre présence en répondant à ce courriel d'ici mercredi.\n\nAu plaisir de vous rencontrer,\nMarie-Ève Côté\nConseillère principale, acquisition de talents\nMutuelle Laurentienne\n\nMessage envoyé par Workday.",
    expect: [{ kind: 'interview', by: '2031-11-04', time: '13:30', phrase: 'le mardi 4 novembre à 13 h 30' }],
  },
  {
    ...PAR2,
    text: "Votre candidature – Contrôleur de gestion industriel (H/F) – Lille\n\nBonjour Madame Dubois,\n\nJe vous remercie pour notre échange de ce matin. Comme convenu, je présente aujourd'hui votre candidature à mon client, un groupe agroalimentaire basé dans la métropole lilloise.\n\nMon client souhaite finaliser sa shortlist rapidement : je reviendrai vers vous dans un délai de deux semaines au plus tard, que votre candidature soit retenue ou non.\n\nBien cordialement,\nThomas Leroy\nManager Finance & Comptabilité\nHays France – Lille",
    expect: [
      { kind: 'response-by', by: '2031-11-07', phrase: 'dans un délai de deux semaines au plus tard' },
    ],
  },
  {
    ...LUX2,
    text: "Votre candidature – Gestionnaire de dossiers (groupe de traitement B1)\n\nMadame,\n\nNous accusons bonne réception de votre candidature et vous remercions de l'intérêt que vous portez à la Fonction publique luxembourgeoise.\n\nLe comité de sélection se réunira la semaine prochaine. Vous serez informée par courriel de la suite réservée à votre candidature d'ici la fin du mois.\n\nVeuillez agréer, Madame, l'expression de nos sentiments distingués.\n\nLe Service Recrutement\nAdministration des Voies navigables et des Ports",
    expect: [{ kind: 'response-by', by: '2031-10-31', phrase: "d'ici la fin du mois" }],
  },
  {
    ...ZRH2,
    text: 'Convocation à un entretien – Assistant(e) de direction 80 %\n\nMadame Rochat,\n\nNous avons le plaisir de vous convier à un entretien pour le poste mentionné en objet.\n\nDate : 30.10.2031\nHeure : 08h45\nLieu : Rue du Rhône 58, 1204 Genève, réception 2e étage\nInterlocuteurs : M. Favre (directeur) et Mme Berset (RH)\n\nMerci de ne pas appeler la réception pour toute question relative à votre dossier ; nous restons à votre disposition par courriel.\n\nMeilleures salutations,\nService des ressources humaines\nBanque Privée Léman SA\n\nMessage généré via SAP SuccessFactors',
    expect: [
      { kind: 'interview', by: '2031-10-30', time: '08:45', phrase: 'Date : 30.10.2031\nHeure : 08h45' },
      {
        kind: 'no-calls',
        phrase: 'Merci de ne pas appeler la réception pour toute question relative à votre dossier',
      },
    ],
  },
  {
    ...PAR2,
    text: "Suite à ton entretien chez Colibri\n\nHello Lucas,\n\nMerci encore pour ton temps hier, toute l'équipe a apprécié ton approche du cas pratique.\n\nOn fait le point lundi avec les fondateurs et on revient vers toi au plus tard mercredi pour te donner notre réponse.\n\nBon week-end !\nJade\nTalent & Culture – Colibri Paiements\n\nEnvoyé avec Teamtailor",
    expect: [{ kind: 'response-by', by: '2031-10-29', phrase: 'au plus tard mercredi' }],
  },
  {
    ...CMN2,
    text: "Candidature – Technicien(ne) de maintenance aéronautique\n\nBonjour Monsieur Bennani,\n\nNous avons bien reçu votre candidature au poste de Technicien de maintenance aéronautique sur notre site de Nouaceur, et nous vous en remercions.\n\nNos équipes étant mobilisées sur un audit client jusqu'à fin octobre, nous vous remercions de ne pas relancer le service RH avant le mercredi 5 novembre.\n\nCordialement,\nRessources Humaines\nAtlas Aéro Maintenance SA – Casablanca",
    expect: [
      {
        kind: 'no-contact-before',
        by: '2031-11-05',
        phrase: 'de ne pas relancer le service RH avant le mercredi 5 novembre',
      },
    ],
  },
  {
    ...BRU2,
    text: "Proposition d'engagement – Infirmier(ère) en soins intensifs\n\nMadame Claes,\n\nSuite à votre entretien avec l'infirmière en chef, nous avons le plaisir de vous proposer un contrat à durée indéterminée à temps plein au sein de notre unité de soins intensifs, à partir du 1er décembre 2031.\n\nVous trouverez en annexe le projet de contrat et les conditions barémiques. Nous vous saurions gré de nous faire part de votre décision d'ici le 5 novembre.\n\nNous nous réjouissons de vous accueillir dans notre équipe.\n\nSincères salutations,\nDirection des Ressources Humaines\nClinique Saint-Hubert, Namur",
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...PAR2,
    text: "Ouverture du concours externe d'adjoint administratif principal de 2e classe – session 2032\n\nBonjour,\n\nLe centre de gestion de la fonction publique territoriale de Haute-Vallée organise un concours externe d'adjoint administratif principal de 2e classe.\n\nLes inscriptions sont ouvertes jusqu'au 28 novembre 2031 inclus (date limite de dépôt des dossiers). Les épreuves écrites d'admissibilité auront lieu le 12 mars 2032.\n\nVous recevez ce message car vous êtes abonné(e) à la lettre d'information concours.\n\nCDG Haute-Vallée",
    expect: [],
  },
  {
    ...PAR2,
    text: "Ton arrivée le 3 novembre – infos pratiques\n\nBonjour Yasmine,\n\nToute l'équipe est ravie de t'accueillir ! Ton premier jour sera le lundi 3 novembre : rendez-vous à 9 h à l'accueil du siège, 14 rue de la République, où Karim t'attendra.\n\nN'oublie pas d'apporter ton RIB, ta carte Vitale et une pièce d'identité pour finaliser ton dossier administratif.\n\nÀ lundi en huit !\nSarah, Office Manager\nBrasserie Numérique – Lyon",
    expect: [],
  },
  {
    ...PAR2,
    text: 'Rappel : votre contrôle technique arrive à échéance\n\nBonjour Monsieur Petit,\n\nLe contrôle technique de votre véhicule immatriculé GH-482-TK arrive à échéance le 15 novembre 2031. Nous vous avons réservé un créneau le mercredi 5 novembre à 14 h 15 dans notre centre de Cesson-Sévigné.\n\nPensez à vous munir de la carte grise et du précédent procès-verbal.\n\nVotre centre Autocontrôle Bretagne',
    expect: [],
  },
  {
    ...PAR2,
    text: "J-13 : Salon de l'emploi et de l'alternance de Montpellier\n\nBonjour Clara,\n\nLe Salon de l'emploi et de l'alternance se tiendra le jeudi 6 novembre 2031 de 9 h à 17 h au Parc des Expositions. Plus de 120 recruteurs y feront passer des entretiens sur place : pensez à imprimer plusieurs exemplaires de votre CV !\n\nInscrivez-vous gratuitement pour recevoir votre badge d'accès.\n\nL'équipe du Salon",
    expect: [],
  },
  {
    ...PAR2,
    text: "Jury de recrutement – poste de chargé(e) de mission culture\n\nBonjour Madame Lemoine,\n\nJe vous confirme votre participation au jury de recrutement pour le poste de chargé(e) de mission culture. Les entretiens des quatre candidats présélectionnés se tiendront le mardi 28 octobre de 9 h à 13 h en salle des commissions.\n\nVous trouverez ci-joint les CV et lettres de motivation ainsi que la grille d'évaluation. Merci de nous transmettre vos éventuelles questions avant lundi.\n\nBien cordialement,\nService des Ressources Humaines\nCommunauté d'agglomération du Val d'Armor",
    expect: [],
  },
  {
    ...PAR2,
    text: "Votre lettre emploi cadres – octobre 2031\n\nBonjour,\n\nCette semaine : 5 conseils pour préparer un entretien d'embauche en visio, les secteurs qui recrutent avant la fin de l'année, et notre atelier en ligne « Valoriser son parcours » le mardi 4 novembre à 12 h 30.\n\nPlus de 2 000 nouvelles offres ont été publiées ces 7 derniers jours. Les candidatures pour le programme « Jeunes diplômés » sont ouvertes jusqu'au 30 novembre.\n\nBonne lecture,\nLa rédaction de Cadres Emploi Hebdo\n\nSe désabonner",
    expect: [],
  },
  {
    ...DKR2,
    text: "Réunion parents-professeurs – classe de 4e B\n\nMadame, Monsieur,\n\nLa réunion parents-professeurs du premier trimestre aura lieu le jeudi 13 novembre 2031 à partir de 17 h 30. Merci de réserver votre créneau avec les enseignants via l'ENT avant le 7 novembre.\n\nLes bulletins du trimestre vous seront remis à cette occasion.\n\nCordialement,\nLe Principal\nCollège privé Les Baobabs, Thiès",
    expect: [],
  },
];
