// Rounds 320–321c (issue 13): fresh German, Spanish and French whole messages by hw425, written BEFORE the engine
// read them, by a writer who never saw the rules. Realism over novelty: what a job seeker's inbox held in the weeks
// around an interview. Positives from Personio, softgarden, JOIN, SAP SuccessFactors, Workday, rexx, d.vinci,
// InfoJobs, Computrabajo, Bumeran, Zonajobs, OCC Mundial, Teamtailor, Welcome to the Jungle, Taleo, ReKrute and
// Indeed; recruiters of Adecco, Hays, Randstad and ManpowerGroup; a city, a Land, an ayuntamiento, a mairie; formal
// (Sie / usted / vous) and informal (du / tú / vos / tu) from Germany, Austria, Switzerland, Luxembourg, Spain,
// Mexico, Argentina, Colombia, Chile, Peru, France, Belgium, Québec, Senegal, Morocco and Tunisia. Half negatives:
// the reader's own Mitarbeitergespräch / evaluación de desempeño / entretien annuel, the reader as interviewer,
// referee, tribunal or jury member, a friend's and a colleague's interview, job alerts, a career fair, a webinar,
// an agency selling to an employer, a landlord, the job centre (Agentur für Arbeit, France Travail), a doctor, a
// school, a car inspection, deliveries, exams, a visa appointment, a pay date and a first working day. Names,
// companies and dates are invented; answers follow TIMELINE-CONVENTIONS.md. First runs: FIRST_RUN.
import type { PhraseRow } from './phrases.table';

// Rounds 320–320c: Wednesday 18 February 2037 (winter time in Europe).
const BER = { sentAt: '2037-02-18T09:20:00+01:00', tz: 'Europe/Berlin' } as const;
const MUC = { sentAt: '2037-02-18T10:05:00+01:00', tz: 'Europe/Berlin' } as const;
const VIE = { sentAt: '2037-02-18T08:47:00+01:00', tz: 'Europe/Vienna' } as const;
const LEJ = { sentAt: '2037-02-18T13:31:00+01:00', tz: 'Europe/Berlin' } as const;
const ZRH = { sentAt: '2037-02-18T14:12:00+01:00', tz: 'Europe/Zurich' } as const;
const LUX = { sentAt: '2037-02-18T11:30:00+01:00', tz: 'Europe/Luxembourg' } as const;
const HAM = { sentAt: '2037-02-18T17:58:00+01:00', tz: 'Europe/Berlin' } as const;
const STR = { sentAt: '2037-02-18T08:02:00+01:00', tz: 'Europe/Berlin' } as const;
const CGN = { sentAt: '2037-02-18T06:30:00+01:00', tz: 'Europe/Berlin' } as const;
const DTM = { sentAt: '2037-02-18T12:44:00+01:00', tz: 'Europe/Berlin' } as const;
const ESS = { sentAt: '2037-02-18T16:00:00+01:00', tz: 'Europe/Berlin' } as const;

const MAD = { sentAt: '2037-02-18T09:40:00+01:00', tz: 'Europe/Madrid' } as const;
const BOG = { sentAt: '2037-02-18T08:15:00-05:00', tz: 'America/Bogota' } as const;
const BUE = { sentAt: '2037-02-18T11:22:00-03:00', tz: 'America/Argentina/Buenos_Aires' } as const;
const ZAZ = { sentAt: '2037-02-18T12:10:00+01:00', tz: 'Europe/Madrid' } as const;
const SCL = { sentAt: '2037-02-18T10:03:00-03:00', tz: 'America/Santiago' } as const;
const MEX = { sentAt: '2037-02-18T09:55:00-06:00', tz: 'America/Mexico_City' } as const;
// Late on Wednesday evening in Lima: the UTC date is already Thursday.
const LIM = { sentAt: '2037-02-18T23:10:00-05:00', tz: 'America/Lima' } as const;
const BCN = { sentAt: '2037-02-18T15:20:00+01:00', tz: 'Europe/Madrid' } as const;
const MJV = { sentAt: '2037-02-18T13:05:00+01:00', tz: 'Europe/Madrid' } as const;

const PAR = { sentAt: '2037-02-18T10:12:00+01:00', tz: 'Europe/Paris' } as const;
const NTE = { sentAt: '2037-02-18T15:40:00+01:00', tz: 'Europe/Paris' } as const;
const BRU = { sentAt: '2037-02-18T12:25:00+01:00', tz: 'Europe/Brussels' } as const;
const YQB = { sentAt: '2037-02-18T09:00:00-05:00', tz: 'America/Toronto' } as const;
const DKR = { sentAt: '2037-02-18T11:48:00+00:00', tz: 'Africa/Dakar' } as const;
const LSN = { sentAt: '2037-02-18T16:35:00+01:00', tz: 'Europe/Zurich' } as const;
const CMN = { sentAt: '2037-02-18T10:20:00+01:00', tz: 'Africa/Casablanca' } as const;
const LYS = { sentAt: '2037-02-18T18:05:00+01:00', tz: 'Europe/Paris' } as const;
const LGG = { sentAt: '2037-02-18T07:55:00+01:00', tz: 'Europe/Brussels' } as const;
const TLS = { sentAt: '2037-02-18T11:11:00+01:00', tz: 'Europe/Paris' } as const;
const TUN = { sentAt: '2037-02-18T09:30:00+01:00', tz: 'Africa/Tunis' } as const;

/** Round 320: German, sent Wednesday 18 February 2037. */
export const ROUND_320_DE: readonly PhraseRow[] = [
  {
    ...BER,
    text: 'Einladung zum Vorstellungsgespräch: Junior Product Manager (m/w/d)\n\nHallo Frau Okonkwo,\n\nvielen Dank für Ihr Interesse an Lumenwerk und für Ihre Bewerbung als Junior Product Manager. Wir haben Ihre Unterlagen mit Freude gelesen und möchten Sie gerne zu einem ersten Gespräch einladen.\n\nDatum: Dienstag, 24.02.2037\nUhrzeit: 14:00 – 14:45 Uhr\nOrt: Microsoft Teams (den Link erhalten Sie mit der Kalendereinladung)\nGesprächspartner: Jonas Pfeiffer (Head of Product), Aylin Kaya (People & Culture)\n\nBitte bestätigen Sie den Termin kurz über den Button unten. Falls der Termin nicht passt, können Sie dort einen anderen Zeitpunkt vorschlagen.\n\nViele Grüße\nAylin Kaya\nPeople & Culture | Lumenwerk GmbH\n\nDiese E-Mail wurde über Personio versendet.',
    expect: [{ kind: 'interview', by: '2037-02-24', time: '14:00', phrase: 'Dienstag, 24.02.2037' }],
  },
  {
    ...MUC,
    text: 'Ihre Bewerbung als Sachbearbeiter Einkauf (m/w/d) – Eingangsbestätigung\n\nSehr geehrter Herr Wiśniewski,\n\nherzlichen Dank für Ihre Bewerbung und das damit verbundene Interesse an der Brandl Haustechnik GmbH & Co. KG. Ihre Unterlagen sind vollständig bei uns eingegangen.\n\nWir prüfen nun sorgfältig, ob Ihr Profil zu den Anforderungen der Position passt, und werden uns innerhalb von 10 Werktagen bei Ihnen melden. Bitte sehen Sie von telefonischen Rückfragen ab – wir kommen in jedem Fall auf Sie zu.\n\nDen aktuellen Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Kandidatenkonto einsehen.\n\nMit freundlichen Grüßen\nIhr Personalteam der Brandl Haustechnik\n\nPowered by softgarden',
    expect: [
      { kind: 'response-by', by: '2037-03-04', phrase: 'innerhalb von 10 Werktagen', fuzzy: false },
      { kind: 'no-calls', phrase: 'sehen Sie von telefonischen Rückfragen ab' },
    ],
  },
  {
    ...VIE,
    text: 'Kurzes Kennenlernen?\n\nHi Lena,\n\ndanke dir für deine Bewerbung als Frontend-Entwicklerin bei uns – dein Portfolio hat dem Team richtig gut gefallen! 🙂\n\nMagst du dich mit Flo (unserem Tech Lead) und mir auf einen Videocall treffen? Hättest du am Montag, 2. März, um 9:30 Uhr Zeit? Wir rechnen mit ca. 45 Minuten.\n\nGib mir einfach kurz Bescheid, ob das für dich passt.\n\nLiebe Grüße aus Wien\nTheresa\n\nTheresa Huber | Talent Acquisition\nKraxl Software GmbH, Neubaugasse 44, 1070 Wien',
    expect: [{ kind: 'interview', by: '2037-03-02', time: '09:30', phrase: 'Montag, 2. März, um 9:30 Uhr' }],
  },
  {
    ...LEJ,
    text: 'Ihre Bewerbung – Kennziffer 2037/051 – Sachbearbeiter/in Bauordnung (EG 9b TVöD)\n\nSehr geehrte Frau Brückner,\n\nwir bestätigen den Eingang Ihrer Bewerbung vom 12.02.2037 auf die oben genannte Stelle. Die Bewerbungsfrist endet am 27.02.2037.\n\nNach Ablauf der Frist werden alle Bewerbungen gesichtet; über das weitere Verfahren erhalten Sie anschließend eine gesonderte Nachricht. Aufgrund der hohen Anzahl an Bewerbungen bitten wir Sie, vor dem 9. März von Nachfragen zum Stand des Verfahrens abzusehen.\n\nMit freundlichen Grüßen\nIm Auftrag\n\nK. Sommerfeld\nStadt Leipzig\nPersonalamt, Abteilung Personalgewinnung',
    expect: [
      {
        kind: 'no-contact-before',
        by: '2037-03-09',
        phrase: 'vor dem 9. März von Nachfragen zum Stand des Verfahrens abzusehen',
      },
    ],
  },
  {
    ...ZRH,
    text: 'Ihre Bewerbung als Business Analyst Treasury (80–100 %)\n\nGuten Tag Herr Gashi\n\nWir danken Ihnen für Ihre Bewerbung und das Interesse, das Sie der Limmat Privatbank entgegenbringen.\n\nNach eingehender Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Sie im weiteren Auswahlverfahren nicht berücksichtigen können. Wir haben uns für Kandidatinnen und Kandidaten entschieden, deren Profil den Anforderungen der Stelle noch besser entspricht.\n\nDieser Entscheid ist uns nicht leichtgefallen. Gerne bewahren wir Ihr Dossier mit Ihrem Einverständnis während zwölf Monaten in unserem Talentpool auf.\n\nWir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.\n\nFreundliche Grüsse\n\nLimmat Privatbank AG\nHR Recruiting\n\nDiese Nachricht wurde automatisch über SAP SuccessFactors generiert. Bitte antworten Sie nicht auf diese E-Mail.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...LUX,
    text: 'Ihre Kandidatur bei unserem Kunden – Buchhalter (m/w)\n\nSehr geehrte Frau Hoffmann,\n\nvielen Dank für das angenehme Telefonat heute Morgen. Wie besprochen habe ich Ihr Profil anonymisiert an unseren Kunden, eine Fondsverwaltung in Luxemburg-Kirchberg, weitergeleitet. Der Kunde sichtet derzeit die Unterlagen der Kandidaten.\n\nIch melde mich bis spätestens Freitag mit einer ersten Rückmeldung bei Ihnen.\n\nMit freundlichen Grüßen\n\nPatrick Weber\nConsultant Finance & Accounting\nAdecco Luxembourg S.A.\n2, boulevard Royal, L-2449 Luxembourg',
    expect: [{ kind: 'response-by', by: '2037-02-20', phrase: 'bis spätestens Freitag', fuzzy: false }],
  },
  {
    ...HAM,
    text: 'Dein Angebot bei Kombüse Labs 🎉\n\nHey Malte,\n\nwir haben uns nach den Gesprächen mit dir und dem Probetag am Montag im Team zusammengesetzt – und wir sind uns einig: Wir möchten dir sehr gerne die Stelle als Customer Success Manager anbieten!\n\nIm Anhang findest du unser Angebot mit allen Eckdaten (Gehalt, Urlaub, Remote-Regelung). Schau es dir in Ruhe an und gib uns bitte bis Montag Bescheid, ob du an Bord kommen möchtest. Bei Fragen ruf mich jederzeit an.\n\nWir freuen uns riesig auf dich!\n\nBeste Grüße\nSvenja\nFounder & CEO, Kombüse Labs GmbH\n\nGesendet über JOIN',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...STR,
    text: 'Einladung: Jahresgespräch 2037 – bitte vorbereiten\n\nHallo Kerstin,\n\nwie jedes Jahr möchte ich mit dir unser Mitarbeitergespräch führen: Rückblick auf 2036, deine Ziele für dieses Jahr und deine Wünsche zur Weiterentwicklung. Ich habe uns dafür Donnerstag, 26. Februar, von 10:00 bis 11:00 Uhr im Raum „Neckar“ geblockt.\n\nBitte füll den Vorbereitungsbogen im HR-Portal bis Dienstag aus und schick ihn mir vorab.\n\nViele Grüße\nAndreas\n\nAndreas Brenner\nTeamleiter Controlling\nSchwabenfracht Logistik AG',
    expect: [],
  },
  {
    ...CGN,
    text: '12 neue Jobs für „Projektleiter Bau“ in Köln\n\nHallo Herr Yılmaz,\n\nhier sind die neuesten Stellenangebote, die zu Ihrem Suchauftrag passen:\n\nProjektleiter Hochbau (m/w/d)\nRheinbau Schäfer GmbH – Köln\nVollzeit, unbefristet · Bewerbungsfrist: 15.03.2037\nSchnellbewerbung möglich\n\nBauleiter / Projektleiter TGA (w/m/d)\nKlimatec West GmbH – Köln-Ossendorf\nEinstieg: ab 01.04.2037 · Gehalt: 58.000 – 70.000 €\n\nOberbauleiter Tiefbau (m/w/d)\nStadtwerke Leverkusen – Leverkusen\nBewerbung bis 06.03.2037 · Vorstellungsgespräche voraussichtlich in KW 12\n\nAlle 12 Jobs ansehen\n\nViel Erfolg bei der Jobsuche!\nIhr StepStone-Team\n\nSie erhalten diese E-Mail, weil Sie einen Job-Agenten angelegt haben. Abmelden',
    expect: [],
  },
  {
    ...BER,
    text: 'Besichtigungstermin – 3-Zimmer-Wohnung, Körnerstraße 17\n\nSehr geehrte Frau Lindqvist,\n\nvielen Dank für Ihre Anfrage zu unserer Wohnung in der Körnerstraße 17 (2. OG, 78 m²). Gerne laden wir Sie zu einer Besichtigung ein:\n\nSamstag, 21. Februar 2037, 11:30 Uhr\nTreffpunkt: vor dem Hauseingang\n\nBitte bringen Sie zur Besichtigung Ihre Mieterselbstauskunft, die letzten drei Gehaltsnachweise und eine Mietschuldenfreiheitsbescheinigung mit. Eine Bewerbung um die Wohnung ist nur mit vollständigen Unterlagen möglich.\n\nMit freundlichen Grüßen\nHausverwaltung Kuhlmann & Partner\nIm Auftrag der Eigentümergemeinschaft',
    expect: [],
  },
  {
    ...DTM,
    text: 'Einladung – Ihr persönlicher Termin bei der Agentur für Arbeit Dortmund\n\nGuten Tag Herr Nowak,\n\nich möchte mit Ihnen über Ihre aktuelle berufliche Situation und Ihre Bewerbungsaktivitäten sprechen. Bitte kommen Sie am\n\nMittwoch, 25.02.2037 um 09:30 Uhr\n\nin die Agentur für Arbeit Dortmund, Steinstraße 39, Zimmer 2.114.\n\nBitte bringen Sie Ihren Personalausweis, Ihren aktuellen Lebenslauf und Nachweise über Ihre Bewerbungen mit. Sollten Sie den Termin nicht wahrnehmen können, teilen Sie mir dies bitte vorher mit.\n\nMit freundlichen Grüßen\nIhre Arbeitsvermittlerin\nS. Albers\n\nBundesagentur für Arbeit\nDiese Nachricht wurde über Ihr Postfach auf arbeitsagentur.de zugestellt.',
    expect: [],
  },
  {
    ...HAM,
    text: 'Re: Samstag?\n\nHey du,\n\nSamstag klingt super, ich bring Kuchen mit! Kurzes Update von mir: Ich hab am Montag um 10 Uhr mein zweites Vorstellungsgespräch bei der Versicherung in Hannover 😬 Die wollen, dass ich eine Präsentation über Schadenprozesse halte. Kannst du mir am Sonntag kurz als Testpublikum zuhören?\n\nUnd danke nochmal für den Tipp mit der Stelle – ohne dich hätte ich mich da nie beworben.\n\nDrück mir die Daumen!\nJule',
    expect: [],
  },
  {
    ...MUC,
    text: 'Interviewplanung: Senior Data Engineer (R-20417)\n\nHallo Markus,\n\ndanke, dass du als Fachinterviewer dabei bist! Ich habe das Gespräch mit der Kandidatin Frau Dr. Sato für Dienstag, 24.02., 15:00–16:00 Uhr eingeplant; die Kalendereinladung mit Teams-Link kommt gleich separat.\n\nIhren Lebenslauf und den Interviewleitfaden findest du in Workday unter „Meine Aufgaben“. Bitte trag deine Bewertung im Scorecard-Formular bis Freitag ein, damit wir zügig eine Entscheidung treffen können.\n\nViele Grüße\nNadine\nTalent Acquisition Partner',
    expect: [],
  },
  {
    ...ESS,
    text: 'Noch 2 Wochen: Karrieretag Ruhr 2037 – jetzt Gesprächstermine mit Unternehmen sichern!\n\nLiebe Besucherinnen und Besucher,\n\nam Mittwoch, 4. März 2037, öffnet der Karrieretag Ruhr in der Messe Essen von 9:00 bis 17:00 Uhr seine Türen. Über 180 Aussteller – vom Konzern bis zum Start-up – freuen sich auf Ihre Bewerbung.\n\nNEU: Vereinbaren Sie schon jetzt feste 15-minütige Gesprächstermine mit Ausstellern Ihrer Wahl. Die Buchung ist bis Freitag, 27. Februar, möglich. Der Bewerbungsmappen-Check und das kostenlose Bewerbungsfoto-Shooting finden ganztägig in Halle 3 statt.\n\nWir freuen uns auf Sie!\nIhr Team vom Karrieretag Ruhr\n\nNewsletter abbestellen',
    expect: [],
  },
];

/** Round 320b: Spanish (Spain and Latin America), sent Wednesday 18 February 2037. */
export const ROUND_320B_ES: readonly PhraseRow[] = [
  {
    ...MAD,
    text: 'Entrevista – Técnico/a de Selección (Ref. 4471)\n\nHola, Irene:\n\nGracias por inscribirte en nuestra oferta de InfoJobs. Hemos revisado tu CV y nos gustaría conocerte en persona.\n\nTe proponemos una entrevista el martes 24 de febrero a las 10:30 en nuestras oficinas de la calle Orense, 34, 3.ª planta (Madrid). Pregunta por Lucía en recepción. Calcula aproximadamente una hora.\n\n¿Te viene bien? Si no, dime qué otro día de esa semana te encaja mejor.\n\nUn saludo,\nLucía Márquez\nDepartamento de Personas\nTalentia Consultores S.L.',
    expect: [
      { kind: 'interview', by: '2037-02-24', time: '10:30', phrase: 'el martes 24 de febrero a las 10:30' },
    ],
  },
  {
    ...BOG,
    text: 'Confirmación de su postulación – Auxiliar Contable\n\nEstimado(a) Andrés Felipe Rojas:\n\nLe confirmamos que su hoja de vida fue recibida para la vacante Auxiliar Contable publicada en Computrabajo por Distribuidora Andina del Café S.A.S.\n\nNuestro equipo de Gestión Humana revisará su perfil y usted será contactado(a) dentro de los próximos cinco días hábiles para informarle si continúa en el proceso.\n\nCordialmente,\nGestión Humana\nDistribuidora Andina del Café S.A.S.\nBogotá D.C., Colombia',
    expect: [
      {
        kind: 'response-by',
        by: '2037-02-25',
        phrase: 'dentro de los próximos cinco días hábiles',
        fuzzy: false,
      },
    ],
  },
  {
    ...BUE,
    text: '¡Avanzaste a la etapa de entrevista! – Analista de Soporte IT\n\nHola Martina, ¿cómo estás?\n\nTe escribo de RRHH de Pampa Cloud. Vimos tu postulación en Bumeran y nos encantaría conocerte.\n\nTe esperamos el jueves 26 de febrero a las 15 hs en nuestras oficinas de Av. Corrientes 1250, piso 7 (CABA). La entrevista dura aprox. 40 minutos y vas a hablar con Nico, líder del equipo de soporte.\n\nPor favor, confirmame tu asistencia respondiendo este mail. Si no podés ese día, avisame y buscamos otro horario.\n\n¡Saludos!\nCami Ferreyra\nRecursos Humanos | Pampa Cloud S.A.',
    expect: [
      { kind: 'interview', by: '2037-02-26', time: '15:00', phrase: 'el jueves 26 de febrero a las 15 hs' },
    ],
  },
  {
    ...ZAZ,
    text: 'Proceso selectivo – Técnico/a de Administración General (turno libre) – Información a aspirantes\n\nEstimado/a aspirante:\n\nLe informamos de que el plazo de presentación de méritos de la fase de concurso finalizó el pasado 13 de febrero. El Tribunal está procediendo a su valoración y le comunicaremos la puntuación provisional a finales de mes mediante publicación en la sede electrónica y aviso por correo electrónico.\n\nLe rogamos que no llame por teléfono al Servicio de Personal: no se atenderán llamadas relativas al estado del proceso. Cualquier reclamación deberá presentarse por escrito a través del Registro Electrónico.\n\nAtentamente,\nServicio de Personal y Relaciones Laborales\nAyuntamiento de Zaragoza',
    expect: [
      { kind: 'response-by', by: '2037-02-28', phrase: 'a finales de mes', fuzzy: false },
      { kind: 'no-calls', phrase: 'no se atenderán llamadas' },
    ],
  },
  {
    ...SCL,
    text: 'Actualización sobre tu postulación a Ejecutivo/a Comercial\n\nHola Joaquín:\n\nMuchas gracias por tu interés en Cordillera Seguros y por el tiempo que dedicaste a tu postulación.\n\nTras revisar cuidadosamente todos los perfiles, lamentamos contarte que en esta oportunidad decidimos avanzar con otros candidatos cuya experiencia se ajusta más a lo que buscamos para el cargo.\n\nTe invitamos a seguir atento a nuestras próximas ofertas en nuestra página de empleos.\n\n¡Mucho éxito!\nEquipo de Personas\nCordillera Seguros\n\nEnviado con Teamtailor',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...MEX,
    text: 'Oferta laboral – Coordinador de Almacén – Querétaro\n\nEstimado Lic. Héctor Salinas:\n\nPor medio del presente, y en seguimiento a las entrevistas que sostuvo con nuestro cliente, nos es grato informarle que ha sido seleccionado para ocupar la posición de Coordinador de Almacén en su planta de Querétaro.\n\nAdjunto encontrará la propuesta económica con el sueldo mensual bruto, prestaciones superiores a las de ley y el esquema de vales de despensa. Le agradeceremos enviarnos su aceptación firmada a más tardar el viernes 20 de febrero para iniciar el proceso de contratación.\n\nQuedo atenta a cualquier duda.\n\nSaludos cordiales,\nMtra. Rocío Villaseñor\nConsultora Sr. de Reclutamiento\nManpowerGroup México',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...LIM,
    text: 'Re: Postulación – Analista de Créditos\n\nEstimada Sra. Quispe:\n\nMuchas gracias por acercarse hoy a nuestras oficinas de Miraflores para la entrevista y la evaluación psicotécnica. Fue un gusto conversar con usted.\n\nEl comité de selección se reunirá esta semana para revisar los resultados de todas las candidatas. Le daremos una respuesta la próxima semana, sea cual sea la decisión.\n\nAtentamente,\nPatricia Huamán\nJefa de Selección y Desarrollo\nCaja Municipal Andina',
    expect: [{ kind: 'response-by', by: '2037-02-27', phrase: 'la próxima semana', fuzzy: false }],
  },
  {
    ...BCN,
    text: 'Convocatoria: evaluación de desempeño anual 2036\n\nHola, Sergi:\n\nComo cada año, ha llegado el momento de la evaluación de desempeño. He reservado una sala para que hablemos de tus objetivos, tu desarrollo y tu plan de formación el jueves 26 de febrero a las 12:00 (sala Montjuïc, 4.ª planta).\n\nAntes de la reunión, completa tu autoevaluación en Workday; el plazo termina el lunes 23.\n\nGracias,\nMontse Puig\nResponsable de Operaciones\nLogística Mediterrània S.A.',
    expect: [],
  },
  {
    ...MJV,
    text: 'Nombramiento como vocal del tribunal – Oposición Auxiliar Administrativo\n\nEstimada Sra. Ortega:\n\nPor Resolución de Alcaldía de 16 de febrero de 2037 ha sido usted designada vocal titular del Tribunal Calificador del proceso selectivo para la provisión de 12 plazas de Auxiliar Administrativo.\n\nLa sesión de constitución del Tribunal tendrá lugar el martes 3 de marzo a las 9:30 en la Sala de Comisiones de la Casa Consistorial. El primer ejercicio de la oposición se celebrará el sábado 14 de marzo a las 10:00 en la Facultad de Derecho.\n\nLe rogamos confirme su asistencia antes del 25 de febrero.\n\nAtentamente,\nSecretaría del Tribunal\nAyuntamiento de Murcia',
    expect: [],
  },
  {
    ...MAD,
    text: 'Confirmación de cita previa ITV – 4821 KLM\n\nEstimado/a cliente:\n\nSu cita previa ha quedado registrada con los siguientes datos:\n\nEstación: ITV Alcobendas\nFecha: 03/03/2037\nHora: 08:40\nTipo de inspección: Periódica – Turismo\n\nLe recomendamos llegar 10 minutos antes con la documentación del vehículo (permiso de circulación y ficha técnica). Si no puede acudir, anule su cita con al menos 24 horas de antelación.\n\nGracias por confiar en nosotros.\nITV Centro',
    expect: [],
  },
  {
    ...MEX,
    text: '«Analista de datos» en Ciudad de México: 8 empleos nuevos\n\nHola Daniela:\n\nEstos empleos coinciden con tu alerta de empleo.\n\nAnalista de Datos Sr. – Grupo Financiero Azteca Norte – Ciudad de México (híbrido)\nSolicitud sencilla · Se aceptan solicitudes hasta el 28 de febrero\n\nData Analyst (Power BI) – Logística Tolteca – Naucalpan\nHace 2 días · 35 solicitantes\n\nAnalista de Inteligencia Comercial – Bebidas del Valle – CDMX\nEntrevistas a partir del 2 de marzo\n\nVer todos los empleos\n\nRecibes este correo porque creaste una alerta de empleo en LinkedIn. Cancelar suscripción',
    expect: [],
  },
  {
    ...BOG,
    text: 'Confirmación de cita – Entrevista consular\n\nEstimado solicitante:\n\nSu cita para la entrevista consular de visa de no inmigrante ha sido programada:\n\nFecha: 10 de marzo de 2037\nHora: 07:30\nLugar: Sección Consular, Calle 24 Bis n.º 48-50, Bogotá\n\nRecuerde asistir con su pasaporte vigente, la hoja de confirmación DS-160 impresa y el comprobante de pago de la tarifa. No se permite el ingreso de dispositivos electrónicos.\n\nServicio de Información de Visas',
    expect: [],
  },
  {
    ...BUE,
    text: 'Re: ¿cómo te fue?\n\nChe, ¡qué bueno que te haya ido bien en la primera! 🙌\n\nYo sigo en la misma: el lunes a las 11 tengo la entrevista técnica en la fintech de Palermo y estoy re nerviosa. Si tenés un rato el domingo, ¿me tomás un simulacro por videollamada? Te paso las preguntas que me mandaron.\n\nDespués te cuento cómo me fue.\n\nBesos,\nFlor',
    expect: [],
  },
  {
    ...SCL,
    text: 'Feria Laboral Virtual 2037 – ¡Inscríbete y agenda entrevistas con más de 60 empresas!\n\nHola Valentina:\n\nEl jueves 5 de marzo, de 10:00 a 18:00 h, se realizará la Feria Laboral Virtual de la Universidad del Pacífico Sur. Podrás postular a prácticas y empleos, asistir a charlas y agendar entrevistas rápidas con reclutadores de más de 60 empresas.\n\nInscríbete antes del lunes 2 de marzo para recibir tu enlace de acceso.\n\n¡Te esperamos!\nDirección de Empleabilidad y Vinculación con Egresados',
    expect: [],
  },
];

/** Round 320c: French (France, Belgium, Switzerland, Québec, Senegal, Morocco, Tunisia), sent Wednesday 18 February 2037. */
export const ROUND_320C_FR: readonly PhraseRow[] = [
  {
    ...PAR,
    text: "Ta candidature chez Pollen – Product Designer\n\nHello Chloé,\n\nMerci pour ta candidature via Welcome to the Jungle ! On a adoré ton portfolio, en particulier le projet de refonte de l'appli de covoiturage.\n\nOn aimerait te rencontrer pour un premier échange d'une trentaine de minutes en visio avec Maxime, notre Head of Design. Est-ce que jeudi 26 février à 14 h 30 te conviendrait ?\n\nSi ce créneau ne te va pas, dis-moi simplement tes disponibilités de la semaine prochaine.\n\nÀ très vite,\nInès\nTalent Acquisition @ Pollen",
    expect: [{ kind: 'interview', by: '2037-02-26', time: '14:30', phrase: 'jeudi 26 février à 14 h 30' }],
  },
  {
    ...NTE,
    text: "Convocation à un entretien de recrutement – Poste de gestionnaire RH (cadre d'emplois des rédacteurs territoriaux)\n\nMadame,\n\nSuite à l'examen de votre candidature, j'ai le plaisir de vous informer que celle-ci a été retenue. Vous êtes convoquée à un entretien de recrutement le mardi 3 mars 2037 à 9 h 45, à l'Hôtel de Ville, 2 rue de l'Hôtel de Ville, 44000 Nantes (salle 204, 2e étage).\n\nLe jury sera composé de la Directrice des ressources humaines, du responsable du service et d'un élu. Merci de vous présenter munie d'une pièce d'identité.\n\nJe vous prie d'agréer, Madame, l'expression de mes salutations distinguées.\n\nPour le Maire et par délégation,\nLa Directrice des Ressources Humaines\nMairie de Nantes",
    expect: [{ kind: 'interview', by: '2037-03-03', time: '09:45', phrase: 'le mardi 3 mars 2037 à 9 h 45' }],
  },
  {
    ...BRU,
    text: 'Votre candidature – Assistant(e) administratif(ve) bilingue FR/NL\n\nBonjour Monsieur Diallo,\n\nMerci pour votre candidature et pour notre entretien téléphonique de ce matin. Votre profil a retenu toute mon attention.\n\nJe présente votre candidature à notre client, une entreprise pharmaceutique située à Wavre, et nous reviendrons vers vous dans les dix jours ouvrables avec leur retour.\n\nBien à vous,\n\nSophie Vandenbroucke\nConsultante Office & Admin\nRandstad Belgium – Bruxelles Louise',
    expect: [{ kind: 'response-by', by: '2037-03-04', phrase: 'dans les dix jours ouvrables', fuzzy: false }],
  },
  {
    ...YQB,
    text: "Accusé de réception – Conseiller(ère) en ressources financières (no 2037-0112)\n\nBonjour Mme Tremblay,\n\nNous vous remercions de l'intérêt que vous portez au Centre de services scolaire des Hautes-Laurentides et accusons réception de votre candidature.\n\nVeuillez noter que seules les personnes retenues pour une entrevue seront contactées. Afin d'assurer un traitement équitable de toutes les candidatures, nous vous demandons de ne pas téléphoner au Service des ressources humaines au sujet de votre dossier.\n\nVous pouvez suivre l'évolution de votre candidature en tout temps dans votre profil en ligne.\n\nCordialement,\nService des ressources humaines\n\nCe message a été généré automatiquement par Taleo. Merci de ne pas y répondre.",
    expect: [{ kind: 'no-calls', phrase: 'ne pas téléphoner au Service des ressources humaines' }],
  },
  {
    ...DKR,
    text: "Réponse à votre candidature – Chargé(e) de clientèle entreprises\n\nMonsieur Ndiaye,\n\nNous accusons bonne réception de votre candidature au poste de Chargé de clientèle entreprises et vous remercions de l'intérêt que vous portez à notre institution.\n\nAprès étude attentive de votre dossier, nous avons le regret de vous informer que votre candidature n'a pas été retenue pour la suite du processus. Nous conservons toutefois votre CV dans notre base de données pour de futures opportunités.\n\nNous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.\n\nDirection du Capital Humain\nBanque Sahélienne de Développement\nDakar, Sénégal",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...LSN,
    text: "Votre entretien du 16 février – Chef(fe) de projet IT (80–100 %)\n\nBonjour Madame Rochat,\n\nNous vous remercions encore pour l'entretien de lundi et pour le temps que vous nous avez consacré.\n\nNous rencontrons encore deux autres candidats cette semaine. Nous vous informerons de notre décision d'ici la fin de la semaine prochaine.\n\nMeilleures salutations\n\nLéman Assurances SA\nRessources humaines\nAvenue de Rumine 12, 1005 Lausanne\n\nCe message a été envoyé via SAP SuccessFactors.",
    expect: [
      { kind: 'response-by', by: '2037-02-27', phrase: "d'ici la fin de la semaine prochaine", fuzzy: false },
    ],
  },
  {
    ...CMN,
    text: "Votre candidature – Ingénieur(e) Méthodes – Site de Tanger\n\nBonjour Mme El Amrani,\n\nNous avons bien reçu votre candidature via ReKrute et nous vous en remercions.\n\nLe recrutement pour ce poste est mené en deux vagues. Les candidatures de la première vague sont en cours d'évaluation ; nous vous remercions de ne pas nous relancer avant le lundi 2 mars, date à laquelle nous aurons finalisé la présélection.\n\nCordialement,\nService Recrutement\nAtlas Composants Automobiles",
    expect: [
      { kind: 'no-contact-before', by: '2037-03-02', phrase: 'ne pas nous relancer avant le lundi 2 mars' },
    ],
  },
  {
    ...PAR,
    text: "Campagne des entretiens annuels 2037 – ton rendez-vous\n\nBonjour Julien,\n\nDans le cadre de la campagne des entretiens annuels d'évaluation et des entretiens professionnels, je te propose qu'on fasse le point ensemble le mardi 24 février à 15 h dans mon bureau.\n\nPense à remplir ta partie du formulaire dans l'outil RH avant vendredi ; on y reviendra sur tes objectifs 2036 et tes souhaits de formation.\n\nBonne journée,\nCaroline\nResponsable du pôle Comptabilité fournisseurs",
    expect: [],
  },
  {
    ...LYS,
    text: "Votre emménagement – rendez-vous état des lieux d'entrée\n\nMadame, Monsieur,\n\nSuite à la signature de votre bail pour l'appartement situé 14 rue Saint-Jean, 69005 Lyon, nous vous confirmons le rendez-vous pour l'état des lieux d'entrée et la remise des clés le samedi 28 février à 10 h sur place.\n\nMerci de vous munir de l'attestation d'assurance habitation, sans laquelle les clés ne pourront pas vous être remises.\n\nCordialement,\nAgence Immobilière des Terreaux\nService Gestion locative",
    expect: [],
  },
  {
    ...LGG,
    text: "Confirmation de votre rendez-vous – Contrôle technique\n\nBonjour,\n\nNous vous confirmons votre rendez-vous pour le contrôle technique périodique de votre véhicule immatriculé 1-ABC-234 :\n\nStation : Liège – Rocourt\nDate : 05/03/2037\nHeure : 13:20\n\nN'oubliez pas votre certificat d'immatriculation, le certificat de conformité et la carte verte. En cas d'empêchement, merci d'annuler votre rendez-vous en ligne.\n\nÀ bientôt,\nVotre centre de contrôle technique",
    expect: [],
  },
  {
    ...TLS,
    text: "Invitation – jury de soutenance de mémoire de Master 2\n\nChère collègue,\n\nJe me permets de vous solliciter pour siéger au jury de soutenance du mémoire de Master 2 « Management des ressources humaines » de Mme Léa Fabre, intitulé « Le recrutement à l'ère des algorithmes ».\n\nLa soutenance aura lieu le jeudi 12 mars 2037 à 14 h, salle B-108, Université Toulouse Capitole. Le mémoire vous sera transmis au plus tard le 2 mars.\n\nPourriez-vous me confirmer votre participation d'ici vendredi ?\n\nBien cordialement,\nPr Bertrand Cazals\nResponsable du Master GRH",
    expect: [],
  },
  {
    ...YQB,
    text: "15 nouveaux emplois : technicien comptable à Québec, QC\n\nBonjour,\n\nVoici les nouveaux emplois correspondant à votre recherche « technicien comptable » près de Québec, QC.\n\nTechnicien(ne) comptable – Coopérative Laurentienne – Québec, QC\nPermanent, temps plein · 52 000 $ – 58 000 $ par an\nPostulez facilement · Date limite : 6 mars\n\nAgent(e) de bureau, comptabilité – Ville de Lévis – Lévis, QC\nAffichage jusqu'au 27 février\n\nCommis comptable – Transport Boréal – Québec, QC\nEntrée en fonction : 16 mars\n\nVoir tous les emplois\n\nIndeed\nVous recevez ce courriel car vous avez créé une alerte emploi.",
    expect: [],
  },
  {
    ...TUN,
    text: "Forum de l'Emploi et des Stages 2037 – inscrivez-vous !\n\nChers étudiants et jeunes diplômés,\n\nL'École Nationale d'Ingénieurs organise la 14e édition de son Forum de l'Emploi et des Stages le mercredi 4 mars 2037, de 9 h à 17 h, au Palais des Congrès de Tunis. Plus de 70 entreprises y recevront vos CV et mèneront des entretiens sur place.\n\nPensez à vous inscrire sur la plateforme avant le 27 février afin d'obtenir votre badge et de réserver vos créneaux d'entretien.\n\nBonne préparation à tous !\nLe Bureau des Relations Entreprises",
    expect: [],
  },
  {
    ...PAR,
    text: "Petit service vendredi ?\n\nSalut Manon,\n\nJe peux te demander un service ? J'ai mon entretien final chez un éditeur de logiciels vendredi à 11 h (croise les doigts pour moi 🤞) et je ne serai pas là pour la réunion d'équipe. Tu pourrais présenter mes slides sur le budget à ma place ? Je te les envoie ce soir.\n\nMerci mille fois, je te revaudrai ça !\nThomas\n\n(Et chut, personne n'est au courant ici 😉)",
    expect: [],
  },
];
