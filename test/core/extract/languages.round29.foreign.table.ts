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

// Rounds 321–321c: Friday 23 October 2037, the last working day of summer time in Europe (clocks go back on
// Sunday 25 October); Québec changes a week later (1 November), Morocco is on UTC during Ramadan.
const MUC2 = { sentAt: '2037-10-23T10:14:00+02:00', tz: 'Europe/Berlin' } as const;
const CGN2 = { sentAt: '2037-10-23T08:36:00+02:00', tz: 'Europe/Berlin' } as const;
const POT2 = { sentAt: '2037-10-23T11:02:00+02:00', tz: 'Europe/Berlin' } as const;
const FRA2 = { sentAt: '2037-10-23T16:48:00+02:00', tz: 'Europe/Berlin' } as const;
const GRZ2 = { sentAt: '2037-10-23T09:25:00+02:00', tz: 'Europe/Vienna' } as const;
const BSL2 = { sentAt: '2037-10-23T13:50:00+02:00', tz: 'Europe/Zurich' } as const;
const BER2 = { sentAt: '2037-10-23T07:58:00+02:00', tz: 'Europe/Berlin' } as const;
const HAM2 = { sentAt: '2037-10-23T12:05:00+02:00', tz: 'Europe/Berlin' } as const;
const VIE2 = { sentAt: '2037-10-23T14:30:00+02:00', tz: 'Europe/Vienna' } as const;
const LEJ2 = { sentAt: '2037-10-23T15:15:00+02:00', tz: 'Europe/Berlin' } as const;
const BRE2 = { sentAt: '2037-10-23T09:41:00+02:00', tz: 'Europe/Berlin' } as const;
const KEL2 = { sentAt: '2037-10-23T11:37:00+02:00', tz: 'Europe/Berlin' } as const;

const MAD2 = { sentAt: '2037-10-23T09:05:00+02:00', tz: 'Europe/Madrid' } as const;
const VLC2 = { sentAt: '2037-10-23T12:40:00+02:00', tz: 'Europe/Madrid' } as const;
const SVQ2 = { sentAt: '2037-10-23T10:20:00+02:00', tz: 'Europe/Madrid' } as const;
const GDL2 = { sentAt: '2037-10-23T17:30:00-06:00', tz: 'America/Mexico_City' } as const;
const COR2 = { sentAt: '2037-10-23T15:10:00-03:00', tz: 'America/Argentina/Buenos_Aires' } as const;
const MDE2 = { sentAt: '2037-10-23T18:45:00-05:00', tz: 'America/Bogota' } as const;
const SCL2 = { sentAt: '2037-10-23T11:55:00-03:00', tz: 'America/Santiago' } as const;
const BOG2 = { sentAt: '2037-10-23T06:00:00-05:00', tz: 'America/Bogota' } as const;
const MEX2 = { sentAt: '2037-10-23T20:12:00-06:00', tz: 'America/Mexico_City' } as const;
const LIM2 = { sentAt: '2037-10-23T09:00:00-05:00', tz: 'America/Lima' } as const;
const ALC2 = { sentAt: '2037-10-23T13:00:00+02:00', tz: 'Europe/Madrid' } as const;
const ROS2 = { sentAt: '2037-10-23T07:20:00-03:00', tz: 'America/Argentina/Buenos_Aires' } as const;

const YUL2 = { sentAt: '2037-10-23T10:30:00-04:00', tz: 'America/Toronto' } as const;
const LUX2 = { sentAt: '2037-10-23T09:48:00+02:00', tz: 'Europe/Luxembourg' } as const;
const BOD2 = { sentAt: '2037-10-23T14:05:00+02:00', tz: 'Europe/Paris' } as const;
const LGG2 = { sentAt: '2037-10-23T17:22:00+02:00', tz: 'Europe/Brussels' } as const;
const PAR2 = { sentAt: '2037-10-23T11:40:00+02:00', tz: 'Europe/Paris' } as const;
const TUN2 = { sentAt: '2037-10-23T10:10:00+01:00', tz: 'Africa/Tunis' } as const;
const CMN2 = { sentAt: '2037-10-23T09:15:00+00:00', tz: 'Africa/Casablanca' } as const;
const LIL2 = { sentAt: '2037-10-23T19:02:00+02:00', tz: 'Europe/Paris' } as const;
const BRU2 = { sentAt: '2037-10-23T08:10:00+02:00', tz: 'Europe/Brussels' } as const;
const YQB2 = { sentAt: '2037-10-23T13:45:00-04:00', tz: 'America/Toronto' } as const;
const MRS2 = { sentAt: '2037-10-23T10:00:00+02:00', tz: 'Europe/Paris' } as const;
const DKR2 = { sentAt: '2037-10-23T12:00:00+00:00', tz: 'Africa/Dakar' } as const;

/** Round 321: German, sent Friday 23 October 2037. */
export const ROUND_321_DE: readonly PhraseRow[] = [
  {
    ...MUC2,
    text: 'Einladung zum Interview – Werkstudent (w/m/d) Supply Chain Analytics\n\nGuten Tag Frau Petrović,\n\nvielen Dank für Ihre Bewerbung bei der Alpenmotoren AG. Gerne möchten wir Sie persönlich kennenlernen und laden Sie zu einem Interview mit der Fachabteilung ein.\n\nTermin: Mittwoch, 28. Oktober 2037\nBeginn: 09:00 Uhr (MEZ)\nDauer: ca. 60 Minuten\nOrt: Alpenmotoren Campus, Gebäude 4, Empfang Nord, Frankfurter Ring 210, 80807 München\n\nBitte beachten Sie: Am Wochenende endet die Sommerzeit. Bestätigen Sie den Termin bitte bis Montag über Ihr Kandidatenprofil in Workday.\n\nMit freundlichen Grüßen\nIhr Talent-Acquisition-Team\nAlpenmotoren AG',
    expect: [{ kind: 'interview', by: '2037-10-28', time: '09:00', phrase: 'Mittwoch, 28. Oktober 2037' }],
  },
  {
    ...CGN2,
    text: 'Eingangsbestätigung Ihrer Bewerbung – Kaufmann/-frau für Büromanagement\n\nSehr geehrter Herr Adeyemi,\n\nvielen Dank für Ihre Bewerbung über unser Karriereportal. Ihre Unterlagen sind vollständig bei uns eingegangen und werden nun von der Personalabteilung und der Fachabteilung gesichtet.\n\nSie erhalten innerhalb von drei Wochen eine Rückmeldung von uns. Zwischenzeitlich können Sie den Status Ihrer Bewerbung jederzeit in unserem Bewerberportal einsehen.\n\nMit freundlichen Grüßen\n\nDomblick Versicherungsmakler GmbH\nPersonalabteilung\n\nDiese E-Mail wurde automatisch über rexx systems erstellt.',
    expect: [{ kind: 'response-by', by: '2037-11-13', phrase: 'innerhalb von drei Wochen', fuzzy: false }],
  },
  {
    ...POT2,
    text: 'Ihre Bewerbung beim Landesamt für Umwelt – Kennziffer LfU-37-112\n\nSehr geehrte Frau Dr. Albrecht,\n\nwir bedanken uns für Ihre Bewerbung als Referentin (m/w/d) für Gewässerschutz beim Landesamt für Umwelt Brandenburg.\n\nNach Ende der Ausschreibungsfrist am 30. Oktober 2037 werden alle eingegangenen Bewerbungen unter Beteiligung der Gleichstellungsbeauftragten und des Personalrats geprüft. Die Auswahlgespräche finden voraussichtlich Mitte November statt.\n\nWir bitten um Verständnis, dass wir telefonische Anfragen zum Stand des Verfahrens nicht beantworten können.\n\nMit freundlichen Grüßen\nIm Auftrag\nReferat Z1 – Personal\n\nDiese Nachricht wurde über d.vinci versendet.',
    expect: [
      { kind: 'no-calls', phrase: 'telefonische Anfragen zum Stand des Verfahrens nicht beantworten können' },
    ],
  },
  {
    ...FRA2,
    text: 'AW: Interview bei unserem Kunden – SAP FI/CO Berater\n\nHallo Herr Lindner,\n\nvielen Dank für Ihr Feedback zum gestrigen Interview – schön, dass Sie einen so positiven Eindruck vom Team gewonnen haben!\n\nDer Kunde führt heute noch zwei weitere Gespräche und bespricht die Kandidaten dann intern. Ich melde mich Anfang kommender Woche mit dem Feedback des Kunden bei Ihnen.\n\nIhnen ein schönes Wochenende!\n\nBeste Grüße\nJana Köhler\nSenior Recruitment Consultant\nHays AG, Frankfurt am Main',
    expect: [{ kind: 'response-by', by: '2037-10-28', phrase: 'Anfang kommender Woche', fuzzy: true }],
  },
  {
    ...GRZ2,
    text: 'Deine Bewerbung bei Murblick Games\n\nHallo Dominik,\n\nvielen Dank für deine Bewerbung als Junior Game Designer und die Zeit, die du in die Designaufgabe gesteckt hast – das hat man gesehen!\n\nLeider müssen wir dir mitteilen, dass wir uns für einen anderen Kandidaten entschieden haben, dessen Erfahrung mit Level-Design noch besser zu unseren aktuellen Projekten passt. Die Entscheidung ist uns wirklich nicht leichtgefallen.\n\nWir würden uns freuen, wenn du dich bei zukünftigen Ausschreibungen wieder bei uns bewirbst.\n\nAlles Gute und liebe Grüße aus Graz\nKatrin vom Murblick-Team\n\nGesendet über Personio',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...BSL2,
    text: 'Ihr Vertragsangebot – Laborantin EFZ Biologie\n\nGuten Tag Frau Zürcher\n\nWir freuen uns sehr, Ihnen mitteilen zu dürfen, dass wir uns nach den Gesprächen vom 19. und 21. Oktober für Sie entschieden haben, und möchten Ihnen die Stelle als Laborantin EFZ Biologie in unserem Team Zellkultur anbieten.\n\nIm Anhang finden Sie den Arbeitsvertrag in doppelter Ausführung. Der Stellenantritt ist per 1. Januar 2038 vorgesehen. Wir bitten Sie, uns ein unterzeichnetes Exemplar bis zum 6. November zu retournieren.\n\nFür Fragen steht Ihnen Herr Baumgartner gerne zur Verfügung.\n\nFreundliche Grüsse\n\nRheinknie Biotech AG\nHuman Resources\nBasel',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...BER2,
    text: 'Terminverschiebung: Ihr Vorstellungsgespräch – Pflegefachkraft (m/w/d)\n\nSehr geehrte Frau Osei,\n\nleider müssen wir Ihr für kommenden Dienstag, 27.10., geplantes Vorstellungsgespräch aufgrund einer kurzfristigen Terminüberschneidung unserer Pflegedienstleitung verschieben. Wir bitten dafür um Entschuldigung.\n\nGerne möchten wir Ihnen folgenden neuen Termin anbieten:\n\nDienstag, 03.11.2037, 11:30 Uhr\nSeniorenresidenz Am Wannsee, Königstraße 8, 14109 Berlin, Verwaltung EG\n\nBitte geben Sie uns kurz Bescheid, ob Ihnen der neue Termin passt.\n\nMit freundlichen Grüßen\nMelanie Krüger\nVerwaltung / Personal\nSeniorenresidenz Am Wannsee gGmbH\n\nIhre Bewerbung über Indeed',
    expect: [
      { kind: 'interview', by: '2037-11-03', time: '11:30', phrase: 'Dienstag, 03.11.2037, 11:30 Uhr' },
    ],
  },
  {
    ...HAM2,
    text: 'Terminbestätigung: Ihre Hauptuntersuchung\n\nSehr geehrter Herr Vogt,\n\nvielen Dank für Ihre Online-Terminbuchung. Hiermit bestätigen wir Ihren Termin zur Hauptuntersuchung (HU/AU) für Ihr Fahrzeug mit dem Kennzeichen HH-KV 4821:\n\nDatum: Donnerstag, 29.10.2037\nUhrzeit: 07:45 Uhr\nPrüfstelle: TÜV Station Hamburg-Harburg\n\nBitte bringen Sie die Zulassungsbescheinigung Teil I mit. Die Prüfung dauert ca. 30 Minuten.\n\nIhr TÜV-Team',
    expect: [],
  },
  {
    ...CGN2,
    text: 'Terminbestätigung Praxis Dr. med. Schneider\n\nGuten Tag Frau Aydın,\n\nIhr Termin in unserer Praxis wurde bestätigt:\n\nMontag, 26. Oktober 2037, 08:15 Uhr\nBehandlung: Vorsorgeuntersuchung (Check-up 35)\nPraxis für Allgemeinmedizin Dr. med. Heike Schneider, Lindenallee 3, 50968 Köln\n\nBitte bringen Sie Ihre Versichertenkarte mit und kommen Sie nüchtern. Falls Sie den Termin nicht wahrnehmen können, sagen Sie bitte mindestens 24 Stunden vorher ab.\n\nIhr Praxisteam\n\nGebucht über Doctolib',
    expect: [],
  },
  {
    ...VIE2,
    text: 'Prüfungstermin – Modulprüfung Arbeits- und Organisationspsychologie (mündlich)\n\nLiebe Studierende,\n\nhiermit erhalten Sie Ihren Termin für die mündliche Modulprüfung:\n\nMittwoch, 4. November 2037, 10:15 Uhr, Raum 2.07, Liebiggasse 5\nPrüferin: Univ.-Prof. Dr. Hofbauer, Beisitz: Mag. Steiner\n\nBitte erscheinen Sie 10 Minuten vor Prüfungsbeginn mit Ihrem Studierendenausweis. Eine Abmeldung ist bis spätestens 28. Oktober über u:space möglich.\n\nMit freundlichen Grüßen\nStudienServiceCenter Psychologie\nUniversität Wien',
    expect: [],
  },
  {
    ...LEJ2,
    text: 'Willkommen an Bord! Infos zu deinem ersten Arbeitstag\n\nHallo Ben,\n\nwir freuen uns, dass du ab November unser Team in Leipzig verstärkst! Damit dein Start reibungslos klappt, hier die wichtigsten Infos:\n\nErster Arbeitstag: Montag, 2. November 2037, 9:00 Uhr\nTreffpunkt: Empfang, Spinnereistraße 7, Halle 14\nDein Buddy: Lea aus dem Data-Team\n\nBitte lade bis nächsten Mittwoch noch deine Steuer-ID, Sozialversicherungsnummer und Bankverbindung im Personio-Mitarbeiterportal hoch, damit dein Gehalt pünktlich zum Monatsende überwiesen werden kann.\n\nBis bald!\nMaren\nPeople Operations, Spindelwerk GmbH',
    expect: [],
  },
  {
    ...BRE2,
    text: 'Qualifizierte Staplerfahrer kurzfristig verfügbar – Ihre Vakanz in Bremen\n\nSehr geehrter Herr Janssen,\n\nich habe gesehen, dass Sie für Ihr Logistikzentrum in Bremen-Hemelingen aktuell mehrere Staplerfahrer (m/w/d) suchen. Wir haben derzeit vier geprüfte Kandidaten mit gültigem Staplerschein, die ab dem 2. November bei Ihnen im Einsatz sein könnten.\n\nHätten Sie am Dienstag um 10:00 Uhr 15 Minuten Zeit für ein kurzes Telefonat? Dann stelle ich Ihnen die Profile und unsere Konditionen für die Arbeitnehmerüberlassung vor.\n\nMit freundlichen Grüßen\nDennis Hartmann\nKey Account Manager\nManpower GmbH & Co. KG Personaldienstleistungen, Bremen',
    expect: [],
  },
  {
    ...KEL2,
    text: 'Referenzauskunft zu Frau Julia Engel\n\nSehr geehrte Frau Schulte,\n\nFrau Julia Engel hat sich bei uns als Teamleiterin Kundenservice beworben und Sie als Referenz angegeben. Sie war nach ihren Angaben von 2033 bis 2036 in Ihrem Team tätig.\n\nWären Sie bereit, mir in einem kurzen Telefonat einige Fragen zu ihrer Arbeitsweise zu beantworten? Ich würde Sie gern am Mittwoch, 28. Oktober, um 14:00 Uhr anrufen – falls das nicht passt, nennen Sie mir gern einen anderen Zeitpunkt.\n\nVielen Dank im Voraus!\n\nMit freundlichen Grüßen\nOliver Brandt\nHR Business Partner\nFjordline Reisen GmbH, Kiel',
    expect: [],
  },
  {
    ...MUC2,
    text: 'Live-Webinar: Gehaltsverhandlung – so holen Sie mehr raus\n\nHallo Herr Seidel,\n\nSie haben ein Jobangebot in Aussicht oder das nächste Mitarbeitergespräch steht an? In unserem kostenlosen Live-Webinar zeigt Karrierecoach Dr. Anja Ritter, wie Sie in Vorstellungsgesprächen und Gehaltsverhandlungen überzeugen.\n\nDonnerstag, 29. Oktober 2037, 18:00–19:00 Uhr (online)\n\nJetzt kostenlos anmelden – die Plätze sind begrenzt. Die Aufzeichnung erhalten alle Angemeldeten innerhalb von 48 Stunden nach dem Webinar.\n\nIhr Karriere-Newsletter-Team\nJobportal Karriereweg.de\n\nSie erhalten diesen Newsletter, weil Sie sich dafür angemeldet haben. Abmelden',
    expect: [],
  },
];

/** Round 321b: Spanish (Spain and Latin America), sent Friday 23 October 2037. */
export const ROUND_321B_ES: readonly PhraseRow[] = [
  {
    ...MAD2,
    text: 'Invitación a entrevista – Ingeniero/a de Calidad – Planta de Getafe\n\nEstimado Sr. Benítez:\n\nNos complace comunicarle que su candidatura ha sido preseleccionada para el puesto de Ingeniero/a de Calidad. Le convocamos a una entrevista con el equipo de Calidad y Recursos Humanos:\n\nFecha: jueves, 29 de octubre de 2037\nHora: 16:00 (hora peninsular)\nLugar: Av. de la Industria, 18, 28906 Getafe (Madrid) – Edificio de oficinas, planta 1\n\nLe rogamos que confirme su asistencia a través del portal de candidatos. Recuerde que el domingo 25 se produce el cambio al horario de invierno.\n\nAtentamente,\nDepartamento de Recursos Humanos\nMeseta Aeroestructuras S.A.\n\nMensaje generado automáticamente por SAP SuccessFactors.',
    expect: [{ kind: 'interview', by: '2037-10-29', time: '16:00', phrase: 'jueves, 29 de octubre de 2037' }],
  },
  {
    ...VLC2,
    text: 'Hemos recibido tu candidatura – Dependiente/a de tienda (Valencia)\n\n¡Hola, Pau!\n\nGracias por inscribirte en nuestra oferta a través de InfoJobs. Tu CV ya está en manos de nuestro equipo de selección.\n\nRevisaremos todas las candidaturas y te daremos una respuesta en un plazo máximo de 15 días hábiles, tanto si continúas en el proceso como si no.\n\nMientras tanto, puedes seguir el estado de tu candidatura desde tu área personal de InfoJobs.\n\n¡Mucha suerte!\nEl equipo de Personas de Naranjo Moda',
    expect: [
      {
        kind: 'response-by',
        by: '2037-11-13',
        phrase: 'en un plazo máximo de 15 días hábiles',
        fuzzy: false,
      },
    ],
  },
  {
    ...SVQ2,
    text: 'Bolsa de empleo temporal – Monitor/a deportivo/a – Información sobre el procedimiento\n\nEstimado/a interesado/a:\n\nLe confirmamos que su solicitud de inclusión en la bolsa de empleo temporal de Monitor/a Deportivo/a ha sido registrada con el número 2037/E/18342.\n\nLas listas provisionales de admitidos y excluidos se publicarán en el tablón de edictos electrónico del Ayuntamiento. Le informamos de que no se atenderán consultas telefónicas sobre el estado de las solicitudes; cualquier duda deberá plantearse por escrito a través de la sede electrónica.\n\nAtentamente,\nServicio de Recursos Humanos\nAyuntamiento de Sevilla',
    expect: [{ kind: 'no-calls', phrase: 'no se atenderán consultas telefónicas' }],
  },
  {
    ...GDL2,
    text: 'Seguimiento a su entrevista – Ejecutivo de Ventas B2B\n\nEstimada Lic. Ana Sofía Ramírez:\n\nLe agradecemos su tiempo en la entrevista del día de ayer con el Gerente Comercial. Su perfil fue muy bien valorado.\n\nEn este momento estamos concluyendo las entrevistas con los demás candidatos. Le daremos una respuesta a más tardar el miércoles 28 de octubre.\n\nQuedamos a sus órdenes.\n\nSaludos cordiales,\nLic. Fernando Aguirre\nReclutamiento y Selección\nTequila Logística del Occidente S.A. de C.V.\n\nVacante publicada en OCC Mundial',
    expect: [
      {
        kind: 'response-by',
        by: '2037-10-28',
        phrase: 'a más tardar el miércoles 28 de octubre',
        fuzzy: false,
      },
    ],
  },
  {
    ...COR2,
    text: 'Tu postulación en Zonajobs – Desarrollador/a Backend Ssr.\n\nHola Tomás, ¿cómo va?\n\nQueríamos agradecerte por el tiempo que le dedicaste al proceso y al challenge técnico. Lo revisamos con el equipo y, aunque tenés muy buena base, en esta oportunidad decidimos no avanzar con tu postulación: estamos buscando a alguien con más experiencia en arquitectura de microservicios.\n\nTe vamos a tener en cuenta para futuras búsquedas, así que no dudes en volver a postularte.\n\n¡Un abrazo y mucha suerte!\nSol Martínez\nTalent Acquisition | Sierras Tech S.R.L. (Córdoba)',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...MDE2,
    text: 'Estado de su proceso – Analista de Nómina\n\nCordial saludo, Sr. Cardona:\n\nGracias por presentar las pruebas psicotécnicas el día de hoy. Los resultados serán analizados por nuestro equipo junto con el informe de la entrevista.\n\nDebido al volumen de candidatos, le pedimos amablemente no comunicarse con nosotros antes del lunes 2 de noviembre.\n\nCordialmente,\nÁrea de Talento Humano\nConfecciones Antioquia S.A.S.\nMedellín',
    expect: [
      {
        kind: 'no-contact-before',
        by: '2037-11-02',
        phrase: 'no comunicarse con nosotros antes del lunes 2 de noviembre',
      },
    ],
  },
  {
    ...SCL2,
    text: '¡Tenemos una propuesta para ti! 🎉\n\nHola Catalina:\n\n¡Qué alegría escribirte este correo! Después de las entrevistas con el equipo, nos encantaría que te sumaras a Quillay Foods como Analista de Marketing Digital.\n\nTe adjuntamos la carta oferta con el detalle de la renta bruta, beneficios y modalidad híbrida. Revísala con calma y cuéntanos tu decisión antes del viernes 30 de octubre. Si tienes dudas, agendamos una llamada cuando quieras.\n\n¡Esperamos contar contigo!\nJaviera Soto\nPeople & Culture | Quillay Foods SpA\n\nEnviado con Teamtailor',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...MAD2,
    text: 'Visita al piso de la calle Embajadores, 61 – confirmación\n\nHola, Álvaro:\n\nTe confirmo la visita al piso de la calle Embajadores, 61 (3.º B) para mañana sábado 24 a las 12:00. Te espero en el portal.\n\nSi después de verlo te interesa, necesitaré que me envíes las dos últimas nóminas, el contrato de trabajo y una copia del DNI para estudiar tu solicitud con el propietario.\n\nUn saludo,\nMarta Gil\nInmobiliaria Lavapiés Home\n\nContacto recibido a través de idealista',
    expect: [],
  },
  {
    ...BOG2,
    text: 'Recordatorio de cita médica\n\nSeñor(a) Juan Camilo Pérez:\n\nLe recordamos su cita de Medicina General asignada así:\n\nFecha: martes, 27 de octubre de 2037\nHora: 7:40 a. m.\nSede: IPS Centro Médico Chapinero, Cra. 13 n.º 52-30\nProfesional: Dra. Natalia Rincón\n\nPreséntese 20 minutos antes con su documento de identidad. Si no puede asistir, cancele la cita con mínimo 24 horas de anticipación a través de la app o la línea de atención.\n\nEPS Andina Salud',
    expect: [],
  },
  {
    ...MEX2,
    text: 'Tu paquete está en camino 📦\n\nHola Diego:\n\nTu pedido #MX-8814273 (audífonos inalámbricos y soporte para laptop) ya salió del centro de distribución.\n\nLlega el lunes 26 de octubre, entre las 9:00 y las 18:00 h.\n\nSi no hay nadie en casa, intentaremos la entrega al día siguiente. Puedes seguir tu envío en tiempo real desde la app.\n\nGracias por tu compra,\nTiendaYa México',
    expect: [],
  },
  {
    ...LIM2,
    text: 'Programación de exámenes finales – Semestre 2037-2\n\nEstimados estudiantes:\n\nLes recordamos que el examen final del curso Gestión del Talento Humano (ADM-342) se rendirá el viernes 6 de noviembre a las 8:00 a. m. en el aula E-305. La duración será de 3 horas.\n\nLas notas se publicarán en la intranet a más tardar el 13 de noviembre. No se tomarán exámenes rezagados sin justificación médica.\n\nAtentamente,\nCoordinación Académica\nFacultad de Ciencias Administrativas\nUniversidad del Pacífico Andino',
    expect: [],
  },
  {
    ...SCL2,
    text: 'Agenda entrevistas finalistas – Jefe/a de Proyectos\n\nHola Rodrigo:\n\nTe cuento que ya agendé las entrevistas finales con los tres candidatos para el cargo de Jefe/a de Proyectos: el miércoles 28 de octubre a las 10:00, 11:30 y 15:00, en la sala de reuniones del piso 9. Te envié las invitaciones de calendario con los CV adjuntos.\n\n¿Me puedes mandar tu evaluación de cada uno a más tardar el viernes 30 para presentar la terna a gerencia?\n\nGracias,\nCarolina\nBusiness Partner de Personas',
    expect: [],
  },
  {
    ...ALC2,
    text: 'Nómina de octubre y cierre de variables\n\nHola a todos:\n\nOs recordamos que la nómina de octubre se abonará el viernes 30 de octubre. Las horas extra y las dietas que no estén registradas en el portal del empleado antes del martes 27 a las 14:00 se incluirán en la nómina de noviembre.\n\nPara cualquier consulta, escribid a nominas@costablanca-hoteles.es.\n\nGracias,\nAdministración de Personal\nCosta Blanca Hoteles',
    expect: [],
  },
  {
    ...ROS2,
    text: 'Nuevos empleos para vos: «Analista administrativo» en Rosario\n\nHola Lucía:\n\nEncontramos 9 empleos nuevos que coinciden con tu búsqueda.\n\nAnalista Administrativo/a Jr. – Agroexport Litoral S.A. – Rosario, Santa Fe\nPostulación rápida · Búsqueda activa hasta el 15/11\n\nAsistente de Administración y Finanzas – Clínica del Paraná – Rosario\nIncorporación inmediata · Jornada completa\n\nAdministrativo/a Contable – Estudio Bianchi & Asoc. – Funes\nEntrevistas durante la semana del 2 de noviembre\n\nVer todos los empleos\n\nIndeed\nRecibís este correo porque creaste una alerta de empleo.',
    expect: [],
  },
];

/** Round 321c: French (France, Belgium, Luxembourg, Québec, Senegal, Morocco, Tunisia), sent Friday 23 October 2037. */
export const ROUND_321C_FR: readonly PhraseRow[] = [
  {
    ...YUL2,
    text: "Convocation à une entrevue – Technicien(ne) en administration (affichage 2037-ADM-214)\n\nBonjour M. Gagnon,\n\nÀ la suite de l'analyse de votre candidature, nous avons le plaisir de vous convoquer à une entrevue pour le poste de technicien en administration.\n\nL'entrevue aura lieu le mardi 3 novembre à 13 h 30 (heure de l'Est), au 1500, boulevard Crémazie Est, 4e étage, à Montréal. Elle sera suivie d'un test écrit de 45 minutes.\n\nVeuillez confirmer votre présence en répondant à ce courriel.\n\nSalutations distinguées,\n\nDirection des ressources humaines\nSociété de transport du Grand Montréal\n\nCe courriel a été transmis par Taleo.",
    expect: [{ kind: 'interview', by: '2037-11-03', time: '13:30', phrase: 'le mardi 3 novembre à 13 h 30' }],
  },
  {
    ...LUX2,
    text: "Invitation à un entretien – Analyste KYC (H/F)\n\nChère Madame Da Silva,\n\nNous vous remercions pour votre candidature et avons le plaisir de vous inviter à un entretien avec notre équipe Compliance.\n\nDate : 29/10/2037\nHeure : 10h00\nLieu : 12, rue Érasme, L-1468 Luxembourg-Kirchberg (réception, rez-de-chaussée)\nInterlocuteurs : M. Schmit (Head of Compliance) et Mme Reuter (HR)\n\nMerci de vous munir d'une pièce d'identité pour l'accès au bâtiment.\n\nMeilleures salutations,\nTalent Acquisition\nBanque Moselle & Alzette S.A.\n\nEnvoyé via Workday",
    expect: [{ kind: 'interview', by: '2037-10-29', time: '10:00', phrase: '29/10/2037' }],
  },
  {
    ...BOD2,
    text: "Accusé de réception de votre candidature – Agent(e) d'accueil en médiathèque\n\nMadame, Monsieur,\n\nNous accusons réception de votre candidature au poste d'agent d'accueil en médiathèque (cadre d'emplois des adjoints du patrimoine), déposée sur notre plateforme emploi.\n\nVotre dossier sera étudié par le service recrutement et la direction des bibliothèques. Une réponse vous sera apportée dans un délai de 10 jours ouvrés.\n\nNous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n\nDirection des ressources humaines\nMairie de Bordeaux",
    expect: [
      { kind: 'response-by', by: '2037-11-06', phrase: 'dans un délai de 10 jours ouvrés', fuzzy: false },
    ],
  },
  {
    ...LGG2,
    text: "Retour suite à votre entretien chez notre client\n\nBonjour Madame Lambert,\n\nMerci pour votre appel de ce matin et pour votre retour très positif sur l'entretien de mercredi chez notre client à Herstal.\n\nDe mon côté, je n'ai pas encore eu de feedback : la responsable de production est en congé jusqu'à lundi. Je reviens vers vous d'ici mardi au plus tard, quelle que soit la décision.\n\nBon week-end,\n\nGaëlle Dumont\nConsultante Industrie & Logistique\nAdecco Liège",
    expect: [{ kind: 'response-by', by: '2037-10-27', phrase: "d'ici mardi au plus tard", fuzzy: false }],
  },
  {
    ...PAR2,
    text: "Ta candidature chez Kiosque – Business Developer\n\nHello Yanis,\n\nMerci d'avoir pris le temps d'échanger avec Clara et moi la semaine dernière, c'était un vrai plaisir.\n\nAprès mûre réflexion, on a décidé de ne pas donner suite à ta candidature : on a finalement choisi un profil avec davantage d'expérience sur le marché SaaS B2B. On sait que ce n'est jamais agréable à lire, et on tenait à te remercier pour ton énergie tout au long du process.\n\nOn garde ton profil en tête pour nos prochains recrutements !\n\nBelle continuation,\nAmélie\nHead of People @ Kiosque\n\nEnvoyé avec Teamtailor",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...TUN2,
    text: "Proposition d'embauche – Développeur Full Stack Senior\n\nMonsieur Ben Salah,\n\nSuite aux différents entretiens que vous avez passés avec nos équipes, nous avons le plaisir de vous proposer le poste de Développeur Full Stack Senior au sein de notre centre de développement des Berges du Lac.\n\nVous trouverez ci-joint la promesse d'embauche précisant votre rémunération, vos avantages et la date de prise de fonction envisagée, le 1er décembre 2037. Nous vous remercions de nous la retourner signée avant le 30 octobre.\n\nDans l'attente de vous compter parmi nous, nous vous prions d'agréer, Monsieur, nos sincères salutations.\n\nDirection des Ressources Humaines\nCarthage Digital Solutions",
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...CMN2,
    text: 'Candidature reçue – Responsable Administratif et Financier (réf. RAF-1037)\n\nBonjour,\n\nNous vous confirmons la bonne réception de votre candidature pour le poste de Responsable Administratif et Financier, publiée sur ReKrute.\n\nSeuls les candidats présélectionnés seront contactés pour un entretien. Aucun appel téléphonique concernant cette offre ne sera traité ; nous vous remercions de votre compréhension.\n\nCordialement,\nPôle Ressources Humaines\nGroupe Océan Atlantique Distribution\nCasablanca',
    expect: [{ kind: 'no-calls', phrase: 'Aucun appel téléphonique concernant cette offre ne sera traité' }],
  },
  {
    ...LIL2,
    text: 'Votre colis arrive lundi !\n\nBonjour,\n\nVotre colis n° 6A12345678901 expédié par Librairie des Quais sera livré le lundi 26 octobre entre 9 h et 13 h.\n\nVous ne serez pas là ? Modifiez votre livraison ou choisissez un point retrait avant dimanche 23 h 59.\n\nÀ bientôt,\nVotre service de livraison',
    expect: [],
  },
  {
    ...LIL2,
    text: "Confirmation de votre rendez-vous\n\nBonjour Mme Morel,\n\nVotre rendez-vous est confirmé :\n\nmardi 27 octobre 2037 à 09:15\nDr Antoine Leclerc – Médecin généraliste\n8 place de la République, 59000 Lille\n\nPensez à apporter votre carte Vitale. En cas d'empêchement, merci d'annuler au moins 24 h à l'avance pour libérer le créneau.\n\nL'équipe Doctolib",
    expect: [],
  },
  {
    ...BRU2,
    text: "Réunion parents-professeurs – 1re année secondaire\n\nChers parents,\n\nNous avons le plaisir de vous inviter aux rencontres individuelles avec les professeurs de votre enfant, qui auront lieu le jeudi 5 novembre de 16 h 30 à 19 h 30.\n\nLes rendez-vous de 10 minutes se réservent via la plateforme de l'école jusqu'au lundi 2 novembre. Le bulletin du premier trimestre vous sera remis à cette occasion.\n\nCordialement,\nLa direction\nAthénée royal du Parc, Bruxelles",
    expect: [],
  },
  {
    ...YQB2,
    text: "Demande de référence – Mme Audrey Pelletier\n\nBonjour M. Lavoie,\n\nMme Audrey Pelletier a posé sa candidature pour un poste de coordonnatrice de projets dans notre organisation et vous a indiqué comme référence professionnelle.\n\nSeriez-vous disponible lundi prochain à 11 h pour un appel d'une quinzaine de minutes ? Sinon, n'hésitez pas à me proposer un autre moment qui vous convient.\n\nMerci de votre aide précieuse,\n\nMarie-Ève Bouchard\nConseillère en acquisition de talents\nCoopérative Boréale Énergie",
    expect: [],
  },
  {
    ...PAR2,
    text: "3 profils de contrôleurs de gestion disponibles – votre recrutement\n\nBonjour Monsieur Garnier,\n\nJ'ai vu que vous recrutiez un contrôleur de gestion pour votre site de Saint-Denis. Chez Hays, nous accompagnons plusieurs acteurs de la distribution et j'ai actuellement trois candidats qualifiés, disponibles sous un mois.\n\nSeriez-vous disponible jeudi 29 octobre à 10 h pour un échange de 20 minutes ? Je vous présenterai leurs parcours et nos conditions d'intervention.\n\nBien cordialement,\nNicolas Perrin\nManager Finance & Comptabilité\nHays France – Paris La Défense",
    expect: [],
  },
  {
    ...MRS2,
    text: "Convocation – entretien avec votre conseiller France Travail\n\nMadame Benali,\n\nVous êtes convoquée à un entretien avec votre conseiller afin de faire le point sur votre projet professionnel et vos recherches d'emploi.\n\nDate : mercredi 4 novembre 2037\nHeure : 10 h 00\nLieu : agence France Travail de Marseille Joliette, 12 boulevard de Dunkerque\n\nMunissez-vous de votre pièce d'identité et de votre CV à jour. En cas d'absence non justifiée, votre inscription pourra être suspendue.\n\nVotre conseiller France Travail",
    expect: [],
  },
  {
    ...DKR2,
    text: "Confirmation de votre rendez-vous – dépôt de demande de visa\n\nCher(e) demandeur(se),\n\nVotre rendez-vous au centre de demande de visa de Dakar est confirmé pour le mardi 10 novembre 2037 à 08 h 30 (catégorie : visa long séjour – travail).\n\nMerci de vous présenter 15 minutes avant l'heure prévue avec votre passeport, le contrat de travail signé, la lettre de l'employeur et les originaux de tous les justificatifs. Le délai de traitement est de 15 jours ouvrés en moyenne.\n\nCentre de demande de visa – Dakar",
    expect: [],
  },
];
