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
