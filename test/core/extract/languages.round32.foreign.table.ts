// Rounds 325–326c (issue 13): fresh German, Spanish and French whole messages by hw438, written BEFORE the engine
// read them and without reading the rules. The focus is the smaller corners of each language area: Austria,
// Switzerland (Swiss dates like 24.3.43, "Grüezi", "Grüsse"), Luxembourg, Belgium (including German-speaking
// Ostbelgien), Québec ("courriel", "entrevue"), Senegal, Morocco, Tunisia, Mexico, Argentina (vos), Colombia, Chile,
// Peru and Uruguay; craftspeople and small businesses, hospitals and care homes, schools, universities, cities,
// regions and ministries; and the slips real people make (no accents or umlauts, "9.30 Uhr", "9h", "11:00 hrs", a
// weekday without its date, a date without its weekday). Half of each round are hard negatives from the same corners:
// an annual review, the reader on a hiring panel, a jury or a tribunal, as a referee or as the employer an agency sells
// to, a friend's or a colleague's interview, the Agentur für Arbeit's appointment, a consular visa interview, job
// alerts, fairs and webinars, a landlord's viewing or état des lieux, car inspections (Pickerl, contrôle technique,
// ITV), a thesis defence, a doctor, a school, a daycare's "entrevue d'accueil", a delivery, a pay date, a first day at
// work, a closing date, the reader's own deadline. Names, companies and places are invented; answers follow
// TIMELINE-CONVENTIONS.md (business days Mon–Fri, "bis Ende nächster Woche" = Friday of next week, "Mitte nächster
// Woche" = Wednesday of next week, fuzzy). First runs: recorded in FIRST_RUN by whoever scores them.
import type { PhraseRow } from './phrases.table';

// Round 325: Wednesday 11 March 2043, 10:20 local (Europe still on winter time; Toronto already on EDT).
const R325_BER = { sentAt: '2043-03-11T10:20:00+01:00', tz: 'Europe/Berlin' } as const;
const R325_VIE = { sentAt: '2043-03-11T10:20:00+01:00', tz: 'Europe/Vienna' } as const;
const R325_ZRH = { sentAt: '2043-03-11T10:20:00+01:00', tz: 'Europe/Zurich' } as const;
const R325_LUX = { sentAt: '2043-03-11T10:20:00+01:00', tz: 'Europe/Luxembourg' } as const;
const R325_BRU = { sentAt: '2043-03-11T10:20:00+01:00', tz: 'Europe/Brussels' } as const;
const R325_PAR = { sentAt: '2043-03-11T10:20:00+01:00', tz: 'Europe/Paris' } as const;
const R325_MAD = { sentAt: '2043-03-11T10:20:00+01:00', tz: 'Europe/Madrid' } as const;
const R325_YUL = { sentAt: '2043-03-11T10:20:00-04:00', tz: 'America/Toronto' } as const;
const R325_MEX = { sentAt: '2043-03-11T10:20:00-06:00', tz: 'America/Mexico_City' } as const;
const R325_BUE = { sentAt: '2043-03-11T10:20:00-03:00', tz: 'America/Argentina/Buenos_Aires' } as const;
const R325_BOG = { sentAt: '2043-03-11T10:20:00-05:00', tz: 'America/Bogota' } as const;
const R325_SCL = { sentAt: '2043-03-11T10:20:00-03:00', tz: 'America/Santiago' } as const;
const R325_LIM = { sentAt: '2043-03-11T10:20:00-05:00', tz: 'America/Lima' } as const;
const R325_MVD = { sentAt: '2043-03-11T10:20:00-03:00', tz: 'America/Montevideo' } as const;
const R325_DKR = { sentAt: '2043-03-11T10:20:00+00:00', tz: 'Africa/Dakar' } as const;
const R325_CAS = { sentAt: '2043-03-11T10:20:00+01:00', tz: 'Africa/Casablanca' } as const;
const R325_TUN = { sentAt: '2043-03-11T10:20:00+01:00', tz: 'Africa/Tunis' } as const;

// Round 326: Friday 23 October 2043, 16:40 local; Europe leaves summer time on Sunday 25 October, so the
// next week's clock times are read in CET/MEZ (+01:00).
const R326_BER = { sentAt: '2043-10-23T16:40:00+02:00', tz: 'Europe/Berlin' } as const;
const R326_VIE = { sentAt: '2043-10-23T16:40:00+02:00', tz: 'Europe/Vienna' } as const;
const R326_ZRH = { sentAt: '2043-10-23T16:40:00+02:00', tz: 'Europe/Zurich' } as const;
const R326_LUX = { sentAt: '2043-10-23T16:40:00+02:00', tz: 'Europe/Luxembourg' } as const;
const R326_BRU = { sentAt: '2043-10-23T16:40:00+02:00', tz: 'Europe/Brussels' } as const;
const R326_PAR = { sentAt: '2043-10-23T16:40:00+02:00', tz: 'Europe/Paris' } as const;
const R326_MAD = { sentAt: '2043-10-23T16:40:00+02:00', tz: 'Europe/Madrid' } as const;
const R326_YUL = { sentAt: '2043-10-23T16:40:00-04:00', tz: 'America/Toronto' } as const;
const R326_MEX = { sentAt: '2043-10-23T16:40:00-06:00', tz: 'America/Mexico_City' } as const;
const R326_BUE = { sentAt: '2043-10-23T16:40:00-03:00', tz: 'America/Argentina/Buenos_Aires' } as const;
const R326_BOG = { sentAt: '2043-10-23T16:40:00-05:00', tz: 'America/Bogota' } as const;
const R326_SCL = { sentAt: '2043-10-23T16:40:00-03:00', tz: 'America/Santiago' } as const;
const R326_LIM = { sentAt: '2043-10-23T16:40:00-05:00', tz: 'America/Lima' } as const;
const R326_DKR = { sentAt: '2043-10-23T16:40:00+00:00', tz: 'Africa/Dakar' } as const;
const R326_CAS = { sentAt: '2043-10-23T16:40:00+01:00', tz: 'Africa/Casablanca' } as const;
const R326_TUN = { sentAt: '2043-10-23T16:40:00+01:00', tz: 'Africa/Tunis' } as const;

/** Round 325: German (Austria, Switzerland, Luxembourg, Germany). */
export const ROUND_325_DE: readonly PhraseRow[] = [
  {
    ...R325_VIE,
    text: 'Betreff: Ihre Bewerbung als Elektromonteur\n\nGrüß Gott Herr Hofer,\n\ndanke für Ihre Bewerbung und den Lebenslauf. Mein Vater und ich würden Sie gern kennenlernen, bevor wir uns entscheiden. Passt Ihnen Montag, der 16. März, um 9.30 Uhr bei uns in der Werkstatt (Hauptstraße 41, 2340 Mödling)? Parken können Sie direkt im Hof.\n\nFalls es nicht geht, rufen Sie einfach an: 0664 318 22 90.\n\nMit freundlichen Grüßen\nMarkus Steindl\nElektro Steindl GmbH – Meisterbetrieb seit 1978',
    expect: [
      { kind: 'interview', by: '2043-03-16', time: '09:30', phrase: 'Montag, der 16. März, um 9.30 Uhr' },
    ],
  },
  {
    ...R325_ZRH,
    text: 'Grüezi Frau Keller\n\nBesten Dank für Ihre Bewerbung als Dipl. Pflegefachfrau HF auf unserer Station Innere Medizin. Gerne laden wir Sie zu einem Vorstellungsgespräch mit anschliessendem Schnuppereinsatz ein.\n\nTermin: Di, 24.3.43\nZeit: 14.00 Uhr\nOrt: Regionalspital Glatttal, Haus B, 2. Stock, Büro Pflegedienstleitung\nGesprächspartnerinnen: Frau R. Bachmann (Leiterin Pflege), Frau S. Gerber (HR)\n\nBitte bringen Sie Ihre Diplome und Arbeitszeugnisse mit. Für den Schnuppereinsatz stellen wir Ihnen Berufskleidung zur Verfügung.\n\nFreundliche Grüsse\n\nSandra Gerber\nHR Business Partnerin\nRegionalspital Glatttal AG',
    expect: [
      { kind: 'interview', by: '2043-03-24', time: '14:00', phrase: 'Termin: Di, 24.3.43\nZeit: 14.00 Uhr' },
    ],
  },
  {
    ...R325_BER,
    text: 'Sehr geehrte Frau Yılmaz,\n\nvielen Dank für Ihre Teilnahme am Auswahlgespräch am 9. März für die Stelle Sachbearbeitung Bürgeramt (EG 9a TVöD), Kennziffer 2043-017. Die Auswahlkommission trifft ihre Entscheidung nach Abschluss aller Gespräche; hierbei sind der Personalrat und die Gleichstellungsbeauftragte zu beteiligen.\n\nWir werden Sie innerhalb von 10 Werktagen schriftlich über das Ergebnis informieren. Bitte sehen Sie von telefonischen Nachfragen ab, da wir aufgrund der Vielzahl an Bewerbungen keine Zwischenstände mitteilen können.\n\nMit freundlichen Grüßen\nIm Auftrag\nK. Brandt\nStadt Hallstedt – Fachbereich Personal und Organisation',
    expect: [
      { kind: 'response-by', by: '2043-03-25', phrase: 'innerhalb von 10 Werktagen' },
      { kind: 'no-calls', phrase: 'Bitte sehen Sie von telefonischen Nachfragen ab' },
    ],
  },
  {
    ...R325_LUX,
    text: 'Sehr geehrter Herr Weber,\n\nwir bedanken uns für Ihr Interesse an einer Tätigkeit als Aide-soignant in unserem Haus und für das angenehme Gespräch letzte Woche.\n\nNach sorgfältiger Abwägung haben wir uns entschieden, die Stelle mit einer Kandidatin zu besetzen, deren Profil unseren aktuellen Anforderungen noch etwas besser entspricht. Diese Entscheidung ist uns nicht leicht gefallen.\n\nIhre Unterlagen werden gemäss DSGVO nach sechs Monaten gelöscht. Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.\n\nMat beschte Gréiss / Mit freundlichen Grüßen\n\nAnne Schmit\nRessources Humaines\nMaison de soins Op der Heed, Diekirch',
    expect: [
      {
        kind: 'outcome',
        outcome: 'rejected',
        phrase: 'haben wir uns entschieden, die Stelle mit einer Kandidatin zu besetzen',
      },
    ],
  },
  {
    ...R325_BER,
    text: 'Hey Jonas,\n\ndanke dir fuer das super Gespraech heute Vormittag mit Lea und mir! Wir haben diese Woche noch zwei weitere Interviews und wollen danach im Team zusammen entscheiden.\n\nDu bekommst von uns spaetestens Ende naechster Woche eine Rueckmeldung, egal in welche Richtung.\n\nFalls du in der Zwischenzeit Fragen hast, schreib mir einfach.\n\nViele Gruesse\nMaja\nPeople & Culture @ Krümelbox\n\n---\nDiese Nachricht wurde über Personio gesendet.',
    expect: [{ kind: 'response-by', by: '2043-03-20', phrase: 'spaetestens Ende naechster Woche' }],
  },
  {
    ...R325_BER,
    text: 'Sehr geehrter Herr Papadopoulos,\n\nvielen Dank für das Telefonat am Montag. Ich habe Ihr Profil wie besprochen anonymisiert an unseren Kunden, einen mittelständischen Maschinenbauer im Raum Heilbronn, weitergeleitet.\n\nDer zuständige Bereichsleiter ist bis einschließlich 20. März auf Dienstreise in Asien. Bitte melden Sie sich daher nicht vor dem 23. März bei mir wegen eines Zwischenstands – vorher werde ich leider nichts Neues wissen.\n\nBeste Grüße\nTobias Reinhardt\nSenior Recruitment Consultant\nHays – Engineering, Niederlassung Stuttgart',
    expect: [
      {
        kind: 'no-contact-before',
        by: '2043-03-23',
        phrase: 'melden Sie sich daher nicht vor dem 23. März bei mir',
      },
    ],
  },
  {
    ...R325_BER,
    text: 'Servus Lukas,\n\nwie am Telefon schon angedeutet: Wir wollen dich gern bei uns in der Zimmerei als Geselle einstellen! Die Jungs auf der Baustelle in Aschau waren von deinem Probetag begeistert.\n\nAnfangen könntest du am 1. April. Lohn wie besprochen 21,80 € die Stunde, dazu Werkzeuggeld und die Fahrt mit dem Firmenbus.\n\nGib mir bitte bis Freitag Bescheid, ob du dabei bist, dann mach ich den Vertrag fertig.\n\nPfiat di\nSepp Huber\nZimmerei & Holzbau Huber, Prien am Chiemsee',
    expect: [
      {
        kind: 'outcome',
        outcome: 'offer',
        phrase: 'Wir wollen dich gern bei uns in der Zimmerei als Geselle einstellen',
      },
    ],
  },
  {
    ...R325_VIE,
    text: 'Liebe Petra,\n\nwie jedes Jahr führen wir im Frühjahr die Mitarbeiter:innengespräche (MAG) durch. Für dich habe ich folgenden Termin eingetragen:\n\nDonnerstag, 19.03., 10:00–11:00 Uhr, Besprechungsraum Kahlenberg\n\nBitte füll vorab den Selbsteinschätzungsbogen im Intranet aus und schick ihn mir bis Dienstag. Wenn der Termin nicht passt, sag bitte rechtzeitig Bescheid.\n\nLG\nBirgit\nTeamleitung Kundenservice\nDonauland Versicherung AG',
    expect: [],
  },
  {
    ...R325_ZRH,
    text: 'Grüezi Herr Widmer\n\nFür die Besetzung der Stelle Leiter/in Werkhof haben wir drei Kandidierende eingeladen. Als Vorsteher des Ressorts Tiefbau nehmen Sie bitte an den Gesprächen teil:\n\nDo, 26.3.43\n13.30 Uhr  Herr D. Frei\n14.45 Uhr  Frau M. Caluori\n16.00 Uhr  Herr P. Odermatt\n\nOrt: Gemeindehaus, Sitzungszimmer 1. Die Bewerbungsdossiers finden Sie auf dem Laufwerk unter Personal/Werkhof. Bitte bereiten Sie zwei bis drei Fachfragen vor.\n\nFreundliche Grüsse\nCorinne Ammann\nGemeindeschreiberin\nGemeinde Uetikon-Nord',
    expect: [],
  },
  {
    ...R325_BER,
    text: 'Einladung\n\nSehr geehrter Herr Kowalski,\n\nbitte kommen Sie am\n\nDienstag, 17.03.2043 um 10:15 Uhr\n\nin die Agentur für Arbeit Cottbus, Bahnhofstraße 10, Zimmer 214, zu Ihrer Arbeitsvermittlerin Frau Lindner.\n\nIch möchte mit Ihnen über Ihr Bewerberangebot und Ihre berufliche Situation sprechen.\n\nBitte bringen Sie zu diesem Termin Ihren Personalausweis und Ihre aktuellen Bewerbungsunterlagen mit.\n\nRechtsfolgenbelehrung: Wenn Sie ohne wichtigen Grund dieser Einladung nicht nachkommen, tritt eine Minderung Ihres Bürgergeldes ein.\n\nMit freundlichen Grüßen\nIhre Agentur für Arbeit Cottbus',
    expect: [],
  },
  {
    ...R325_VIE,
    text: 'Sehr geehrte Frau Gruber,\n\nIhr Fahrzeug (W-48213K, Skoda Octavia) ist im März zur wiederkehrenden Begutachtung nach §57a („Pickerl“) fällig. Wir haben für Sie einen Termin reserviert:\n\nMittwoch, 18. März 2043, 7:30 Uhr\n\nDie Überprüfung dauert ca. 45 Minuten, gern können Sie in unserer Kundenlounge warten. Bitte bestätigen Sie den Termin bis Montag telefonisch oder per Mail.\n\nIhr Team vom\nAutohaus Berger – Kfz-Meisterbetrieb, Wien-Floridsdorf',
    expect: [],
  },
  {
    ...R325_VIE,
    text: 'karriere.at Job-Alarm: 4 neue Jobs für „Buchhaltung Linz“\n\nHallo Daniela,\n\nhier sind die neuesten Jobs passend zu deinem Suchprofil:\n\n• Buchhalter:in (Teilzeit 30h) – Stahlbau Aigner GmbH, Linz – Bewerbungsfrist: 27.03.2043 – ab € 2.650 brutto\n• Lohnverrechner:in – Linzer Verkehrsbetriebe – Eintritt: 01.05.2043\n• Finance Assistant (m/w/d) – Mühlviertler Kunststofftechnik – Vorstellungsgespräche ab KW 14\n• Bilanzbuchhalter:in – Steuerberatung Huemer & Partner, Leonding – Bewerbungen bis Ende März\n\nAlle Jobs ansehen\n\nDu erhältst diese E-Mail, weil du den Job-Alarm aktiviert hast. Abmelden',
    expect: [],
  },
  {
    ...R325_VIE,
    text: 'Sehr geehrter Herr Schneeberger,\n\nIhre Bachelorarbeit „Lastmanagement in alpinen Mikronetzen“ wurde von Prof. Dr. Lanz begutachtet. Das Kolloquium (Verteidigung der Arbeit) findet statt am\n\nFreitag, 20. März 2043, 11:00 Uhr, Technik-Campus, Seminarraum 3W04\n\nPrüfungssenat: Prof. Dr. Lanz (Vorsitz), Dr. Mair. Bitte bereiten Sie eine Präsentation von 15 Minuten vor. Die Gesamtnote wird Ihnen im Anschluss mitgeteilt.\n\nMit freundlichen Grüßen\nPrüfungsreferat\nFakultät für Technische Wissenschaften\nUniversität am Inn',
    expect: [],
  },
  {
    ...R325_BER,
    text: 'Hallo Frau Nguyen,\n\nvielen Dank für Ihre Anfrage zur 2-Zimmer-Wohnung in der Lindenstraße 7 (58 m², 3. OG). Wir bieten einen Besichtigungstermin an:\n\nSamstag, 14.03., 11:00 Uhr (Sammeltermin)\n\nBitte bringen Sie eine Selbstauskunft, die letzten drei Gehaltsnachweise und eine SCHUFA-Auskunft mit. Geben Sie mir bitte bis Freitag kurz Bescheid, ob Sie kommen.\n\nMit freundlichen Grüßen\nR. Albrecht\nHausverwaltung Albrecht & Söhne, Leipzig',
    expect: [],
  },
];

/** Round 325b: Spanish (Mexico, Argentina, Colombia, Chile, Peru, Uruguay, Spain). */
export const ROUND_325B_ES: readonly PhraseRow[] = [
  {
    ...R325_MEX,
    text: 'Hola Fernanda,\n\n¡Buenas noticias! La empresa Distribuidora Alimentos del Bajío S.A. de C.V. revisó tu CV y quiere conocerte.\n\nDetalles de la entrevista\nPuesto: Auxiliar de Almacén\nFecha: jueves 19 de marzo de 2043\nHora: 11:00 hrs\nLugar: Av. Industrias 2250, Parque Industrial, León, Gto.\nContacto: Lic. Ramón Ortega\n\nRecuerda llevar identificación oficial (INE) y dos copias de tu solicitud elaborada.\n\nMucho éxito,\nEl equipo de Computrabajo\n\nEste correo fue enviado por Computrabajo en nombre de la empresa.',
    expect: [
      {
        kind: 'interview',
        by: '2043-03-19',
        time: '11:00',
        phrase: 'Fecha: jueves 19 de marzo de 2043\nHora: 11:00 hrs',
      },
    ],
  },
  {
    ...R325_BUE,
    text: 'Hola Matías, ¿cómo va?\n\nTe escribo de Metalúrgica Ferrando. Vimos tu postulación en Bumeran para el puesto de soldador y nos interesa tu experiencia con MIG/TIG.\n\n¿Podés venir el lunes 16 a las 9 al taller? Estamos en Pavón 1840, Avellaneda. Traé el CV impreso y, si tenés, el certificado del curso de soldadura.\n\nCualquier cosa avisame por acá.\n\nSaludos,\nGustavo Ferrando\nMetalúrgica Ferrando SRL',
    expect: [
      {
        kind: 'interview',
        by: '2043-03-16',
        time: '09:00',
        phrase: '¿Podés venir el lunes 16 a las 9 al taller?',
      },
    ],
  },
  {
    ...R325_BOG,
    text: 'Apreciado Andrés Felipe:\n\nReciba un cordial saludo de la Clínica San Rafael del Norte. Agradecemos su participación en las pruebas psicotécnicas y en la entrevista del pasado lunes para el cargo de Auxiliar de Enfermería.\n\nLe informamos que su proceso se encuentra en etapa de verificación de referencias. En un plazo máximo de ocho (8) días hábiles le comunicaremos el resultado por este mismo medio.\n\nLe solicitamos tener en cuenta que no se atenderán llamadas ni visitas relacionadas con el estado del proceso.\n\nAtentamente,\n\nGestión Humana\nClínica San Rafael del Norte – Bucaramanga',
    expect: [
      { kind: 'response-by', by: '2043-03-23', phrase: 'En un plazo máximo de ocho (8) días hábiles' },
      {
        kind: 'no-calls',
        phrase: 'no se atenderán llamadas ni visitas relacionadas con el estado del proceso',
      },
    ],
  },
  {
    ...R325_SCL,
    text: 'Hola Catalina:\n\nMuchas gracias por postular al cargo de Educadora de Párvulos en el Jardín Infantil Los Aromos. Recibimos más de 200 postulaciones y las estamos revisando con calma.\n\nTe pedimos por favor no contactarnos antes del 30 de marzo para preguntar por tu postulación.\n\nCariños,\nPaulina Soto\nDirectora\nJardín Infantil Los Aromos, Ñuñoa',
    expect: [
      { kind: 'no-contact-before', by: '2043-03-30', phrase: 'no contactarnos antes del 30 de marzo' },
    ],
  },
  {
    ...R325_LIM,
    text: 'Estimado Sr. Quispe:\n\nReciba un cordial saludo. Le agradecemos por su interes en formar parte de Ferreteria Industrial Andina S.A.C. y por el tiempo dedicado a las evaluaciones.\n\nLamentamos informarle que en esta ocasion no ha sido seleccionado para continuar en el proceso de Asistente Contable. Su CV quedara en nuestra base de datos para futuras convocatorias.\n\nLe deseamos exitos en su busqueda laboral.\n\nAtte.\nArea de Recursos Humanos\nFerreteria Industrial Andina SAC\nArequipa - Peru',
    expect: [
      {
        kind: 'outcome',
        outcome: 'rejected',
        phrase: 'no ha sido seleccionado para continuar en el proceso',
      },
    ],
  },
  {
    ...R325_MAD,
    text: '¡Hola Marta!\n\nGracias por la charla de ayer con Jordi y conmigo, nos encantó conocerte 🙂\n\nEsta semana terminamos las entrevistas con el resto de candidatas y te diremos algo antes de que acabe la semana que viene, tanto si seguimos adelante como si no.\n\nUn abrazo,\nNúria\nTalent @ Cosmic Paella (Barcelona)\n\nEnviado con Teamtailor',
    expect: [{ kind: 'response-by', by: '2043-03-20', phrase: 'antes de que acabe la semana que viene' }],
  },
  {
    ...R325_MVD,
    text: 'Hola Sofía,\n\n¿Cómo estás? Te escribo para contarte que, después de las entrevistas, decidimos ofrecerte el puesto de Recepcionista Bilingüe en el Hotel Rambla Pocitos. ¡Felicitaciones!\n\nLas condiciones son las que conversamos: 44 horas semanales, turno mañana, sueldo nominal de $ 48.000 más propinas. La fecha de ingreso sería el lunes 6 de abril.\n\nTe pido que me confirmes antes del viernes si aceptás, así coordinamos la firma del contrato y el alta en BPS.\n\nUn saludo grande,\nValeria Píriz\nGerencia\nHotel Rambla Pocitos – Montevideo',
    expect: [
      {
        kind: 'outcome',
        outcome: 'offer',
        phrase: 'decidimos ofrecerte el puesto de Recepcionista Bilingüe',
      },
    ],
  },
  {
    ...R325_SCL,
    text: 'Estimado Felipe:\n\nTe recordamos que el proceso de Evaluación de Desempeño 2042 se encuentra abierto. Tu reunión de retroalimentación con tu jefatura directa, Rodrigo Fuentes, quedó agendada para el martes 17 de marzo a las 15:30 hrs en la sala Cordillera (piso 4).\n\nAntes de la reunión debes completar tu autoevaluación en la plataforma SuccessFactors, a más tardar el viernes 13 de marzo.\n\nSaludos cordiales,\nGerencia de Personas\nAgrícola Valle Central S.A.',
    expect: [],
  },
  {
    ...R325_BUE,
    text: 'Hola Lu!!\n\nTe cuento que al final me llamaron de la consultora por lo del puesto en el banco... la entrevista es el jueves 19 a las 10 en Puerto Madero 😱 ¿Me prestás el saco azul? Y si podés el martes a la noche pasá por casa y me ayudás a practicar las preguntas en inglés, dale?\n\nTe debo una, posta.\nBesos,\nCami',
    expect: [],
  },
  {
    ...R325_BOG,
    text: '¡Hola, Daniela!\n\nTe invitamos a la Feria de Empleo Universitaria 2043 de la Universidad del Caribe Andino, con más de 60 empresas nacionales y multinacionales.\n\n📅 Miércoles 25 y jueves 26 de marzo\n🕘 De 9:00 a.m. a 5:00 p.m.\n📍 Coliseo Cubierto, Barranquilla\n\nHabrá entrevistas en sitio, talleres de hoja de vida y charlas sobre marca personal. Inscríbete antes del 20 de marzo en el enlace.\n\nOficina de Egresados y Empleabilidad',
    expect: [],
  },
  {
    ...R325_MAD,
    text: 'Estimado cliente:\n\nLe recordamos que la Inspección Técnica de su vehículo matrícula 4821 KJT caduca el 31/03/2043.\n\nSu cita ha quedado reservada para el día 18/03/2043 a las 8:40 h en la estación ITV de Alcalá de Henares (Ctra. de Daganzo, km 2).\n\nRecuerde traer el permiso de circulación, la tarjeta ITV y el justificante del seguro. Si no puede acudir, anule la cita con al menos 24 horas de antelación.\n\nUn saludo,\nITV Centro Henares',
    expect: [],
  },
  {
    ...R325_LIM,
    text: 'Estimada Bach. Rosa Mamani:\n\nPor medio del presente se le comunica que, mediante Resolución Decanal N.° 112-2043-FIIS, se ha programado la sustentación de su tesis titulada «Optimización de rutas de reparto en Lima Norte» para el día viernes 27 de marzo de 2043 a las 4:00 p.m., en el Auditorio de la Facultad.\n\nEl jurado calificador estará integrado por los docentes designados en la resolución adjunta. Deberá presentar tres ejemplares empastados hasta el 20 de marzo en mesa de partes.\n\nAtentamente,\nUnidad de Grados y Títulos\nFacultad de Ingeniería Industrial y de Sistemas',
    expect: [],
  },
  {
    ...R325_MEX,
    text: 'Estimado solicitante:\n\nSu cita ha sido confirmada.\n\nTipo de cita: Entrevista consular – Visa de no inmigrante (B1/B2)\nSección consular: Guadalajara\nFecha: 24 de marzo de 2043\nHora: 07:45\n\nPreséntese 15 minutos antes con su pasaporte vigente, la hoja de confirmación DS-160 y el comprobante de pago de derechos. No se permite el ingreso con dispositivos electrónicos.\n\nEste es un mensaje automático, por favor no responda a este correo.',
    expect: [],
  },
  {
    ...R325_MAD,
    text: 'Hola equipo,\n\nOs informamos de que, por el cambio de entidad bancaria, la nómina de marzo se abonará el día 27 de marzo en lugar del día 30. Las pagas extra se mantienen en junio y diciembre.\n\nSi habéis cambiado de cuenta recientemente, enviad el nuevo IBAN a administración antes del viernes 20.\n\nGracias y buen día,\nLorena\nAdministración\nTalleres Mecánicos Ebro, S.L. (Zaragoza)',
    expect: [],
  },
];

/** Round 325c: French (Québec, Belgium, Senegal, Morocco, France, Luxembourg, Tunisia). */
export const ROUND_325C_FR: readonly PhraseRow[] = [
  {
    ...R325_YUL,
    text: "Bonjour Monsieur Tremblay,\n\nNous avons bien reçu votre candidature pour le poste de journalier aux travaux publics (concours TP-2043-04) et nous vous remercions de l'intérêt porté à la Ville de Saint-Aurèle.\n\nNous avons le plaisir de vous convier à une entrevue le mardi 17 mars à 13 h 30, à l'hôtel de ville (salle du conseil, 2e étage, 480, rue Principale).\n\nVeuillez confirmer votre présence par courriel d'ici vendredi. Prévoyez une pièce d'identité avec photo et votre permis de conduire classe 3.\n\nCordialement,\n\nJosée Gagnon\nConseillère en ressources humaines\nVille de Saint-Aurèle",
    expect: [
      {
        kind: 'interview',
        by: '2043-03-17',
        time: '13:30',
        phrase: 'une entrevue le mardi 17 mars à 13 h 30',
      },
    ],
  },
  {
    ...R325_BRU,
    text: "Madame,\n\nSuite à votre réussite de l'épreuve de présélection, nous avons le plaisir de vous inviter à l'entretien de sélection pour la fonction d'attaché (A1) – Service juridique.\n\nDate : 25/03/2043\nHeure : 9h\nLieu : Boulevard du Jardin Botanique 50, 1000 Bruxelles – salle B.12\nDurée : environ 1 heure\n\nMerci de vous présenter 15 minutes à l'avance muni(e) de votre carte d'identité.\n\nNous vous prions d'agréer, Madame, nos salutations distinguées.\n\nCellule Sélection\nService public régional de Bruxelles – Recrutement",
    expect: [{ kind: 'interview', by: '2043-03-25', time: '09:00', phrase: 'Date : 25/03/2043\nHeure : 9h' }],
  },
  {
    ...R325_DKR,
    text: "Bonjour M. Diallo,\n\nMerci encore pour l'entretien d'hier et pour la qualité de votre présentation sur le suivi-évaluation des projets agricoles.\n\nNous rencontrons encore deux candidats cette semaine. Nous vous ferons un retour d'ici la fin de la semaine prochaine, quelle que soit notre décision.\n\nBien cordialement,\n\nAwa Ndiaye\nChargée des ressources humaines\nONG Terres du Sahel – Dakar, Sénégal",
    expect: [{ kind: 'response-by', by: '2043-03-20', phrase: "d'ici la fin de la semaine prochaine" }],
  },
  {
    ...R325_CAS,
    text: "Bonjour Mlle Benali,\n\nSuite a votre candidature via Rekrute pour le poste de conseillere clientele bilingue, nous souhaiterions vous rencontrer vendredi a 10h dans nos locaux (Twin Center, Tour Ouest, 14e etage, Casablanca).\n\nMerci de vous munir de votre CIN et d'une copie de votre dernier diplome. Le test de langue durera environ 30 minutes.\n\nCordialement\nService Recrutement\nAtlas Contact Center",
    expect: [
      {
        kind: 'interview',
        by: '2043-03-13',
        time: '10:00',
        phrase: 'nous souhaiterions vous rencontrer vendredi a 10h',
      },
    ],
  },
  {
    ...R325_PAR,
    text: "Salut Kevin,\n\nComme je te l'ai dit au téléphone, ta semaine d'essai à l'atelier s'est super bien passée et on aimerait te prendre en CDI comme ébéniste à partir du 1er avril. Salaire comme convenu : 2 100 € brut, 35 h, mutuelle prise en charge à 60 %.\n\nJe passe à la Chambre des Métiers jeudi pour les papiers. Dis-moi d'ici lundi si c'est bon pour toi.\n\nÀ plus,\nYann\nAtelier Le Goff – Menuiserie & Ébénisterie, Quimper",
    expect: [{ kind: 'outcome', outcome: 'offer', phrase: 'on aimerait te prendre en CDI comme ébéniste' }],
  },
  {
    ...R325_LUX,
    text: "Madame,\n\nNous vous remercions pour l'intérêt que vous portez à l'Hôpital de la Haute-Sûre et pour votre candidature au poste d'infirmière en soins intensifs (réf. HHS-2043-031).\n\nAprès examen attentif de l'ensemble des candidatures, nous sommes au regret de vous informer que nous ne pouvons pas donner une suite favorable à votre demande.\n\nConformément à notre politique de protection des données, votre dossier sera conservé 12 mois dans notre réserve de recrutement.\n\nNous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.\n\nService des Ressources Humaines\nHôpital de la Haute-Sûre – Wiltz",
    expect: [
      {
        kind: 'outcome',
        outcome: 'rejected',
        phrase: 'nous ne pouvons pas donner une suite favorable à votre demande',
      },
    ],
  },
  {
    ...R325_PAR,
    text: "Madame, Monsieur,\n\nNous accusons réception de votre candidature au poste d'agent d'accueil et d'état civil (catégorie C, cadre d'emplois des adjoints administratifs territoriaux) et vous en remercions.\n\nUne réponse vous sera adressée par courriel sous 10 jours ouvrés.\n\nAfin de permettre au service de traiter l'ensemble des dossiers, merci de ne pas contacter la mairie par téléphone au sujet de votre candidature.\n\nCordialement,\n\nLe service des Ressources humaines\nMairie de Saint-Jean-de-Vaux",
    expect: [
      { kind: 'response-by', by: '2043-03-25', phrase: 'sous 10 jours ouvrés' },
      { kind: 'no-calls', phrase: 'merci de ne pas contacter la mairie par téléphone' },
    ],
  },
  {
    ...R325_BRU,
    text: "Bonjour Thomas,\n\nLa campagne des entretiens annuels d'évaluation 2043 démarre. Ton entretien avec Valérie est planifié le lundi 23 mars de 14 h à 15 h (salle Atomium, 3e étage).\n\nPense à compléter ta grille d'auto-évaluation dans Workday avant le 18 mars. Les objectifs 2043 seront fixés lors de l'entretien.\n\nMerci et bonne journée,\nL'équipe RH\nBrasserie artisanale du Pajottenland",
    expect: [],
  },
  {
    ...R325_DKR,
    text: "Monsieur le Professeur,\n\nPar arrêté n° 2043-0412 du Ministère de la Fonction publique, vous avez été désigné membre du jury du concours direct de recrutement des Inspecteurs du Travail, session 2043.\n\nLes épreuves orales d'admission (entretiens avec le jury) se dérouleront du lundi 30 mars au vendredi 3 avril 2043, à partir de 8 h 30, à l'École nationale d'Administration.\n\nLa réunion préparatoire des membres du jury est fixée au jeudi 26 mars à 10 heures.\n\nVeuillez agréer, Monsieur le Professeur, l'assurance de ma considération distinguée.\n\nLe Directeur des Concours",
    expect: [],
  },
  {
    ...R325_YUL,
    text: "Bonjour Émilie,\n\nLe Salon de l'emploi de la Capitale-Nationale revient ! Plus de 150 employeurs seront sur place pour pourvoir 4 000 postes, dont plusieurs avec entrevues sur place.\n\n📅 Vendredi 27 et samedi 28 mars\n🕙 10 h à 17 h\n📍 Centre de foires, Québec\n\nApportez plusieurs copies de votre CV. Entrée gratuite – inscription avant le 25 mars.\n\nÀ bientôt !\nL'équipe des Salons de l'emploi\n\nVous recevez ce courriel parce que vous êtes abonné(e) à notre infolettre. Se désabonner",
    expect: [],
  },
  {
    ...R325_PAR,
    text: 'Bonjour,\n\nVotre rendez-vous de contrôle technique est confirmé :\n\nVéhicule : Peugeot 208 – FG-318-KL\nDate : jeudi 19 mars 2043 à 8 h 15\nCentre : Contrôle Auto Centre Bretagne, ZA de Kerponner, Pontivy\n\nPensez à vous munir de la carte grise originale. En cas de contre-visite, celle-ci devra être effectuée dans un délai de 2 mois.\n\nÀ bientôt,\nVotre centre de contrôle technique',
    expect: [],
  },
  {
    ...R325_LUX,
    text: "Bonjour Madame Pereira,\n\nSuite à la signature du bail pour l'appartement sis 12, rue de la Gare à Esch-sur-Alzette, je vous propose de réaliser l'état des lieux d'entrée et la remise des clés le samedi 28 mars à 9h30 sur place.\n\nMerci de me confirmer d'ici mercredi prochain et de prévoir la preuve de virement de la garantie locative (3 mois).\n\nBien à vous,\nClaude Wagner\nAgence immobilière Wagner & Fils",
    expect: [],
  },
  {
    ...R325_TUN,
    text: "Chers étudiants,\n\nVeuillez trouver ci-joint le planning des soutenances des projets de fin d'études (PFE) – Licence en Génie Logiciel.\n\nVotre soutenance (binôme Trabelsi / Ben Salah) est programmée le mardi 24 mars 2043 à 11h00, salle B-204, devant le jury composé de M. Gharbi (président) et Mme Jaziri (rapporteur).\n\nLe rapport final doit être déposé en trois exemplaires au service des stages au plus tard le 17 mars.\n\nCordialement,\nDirection des Stages\nInstitut supérieur d'informatique du Sahel",
    expect: [],
  },
  {
    ...R325_PAR,
    text: "Bonjour,\n\nLa Communauté de communes du Val de Sèvre recrute un(e) Animateur(trice) Petite Enfance (H/F) – catégorie C, temps complet.\n\nMissions : accueil des enfants de 0 à 3 ans, animation d'ateliers, lien avec les familles…\nProfil : CAP AEPE exigé, expérience en crèche appréciée.\n\nDate limite de dépôt des candidatures : vendredi 27 mars 2043\nPoste à pourvoir : 4 mai 2043\nJurys de recrutement prévus la semaine du 13 avril\n\nCandidatures (lettre + CV) à adresser à M. le Président par courriel.\n\nService Ressources Humaines\nCommunauté de communes du Val de Sèvre",
    expect: [],
  },
];

/** Round 326: German (Switzerland, Germany, Austria, Ostbelgien, Luxembourg). */
export const ROUND_326_DE: readonly PhraseRow[] = [
  {
    ...R326_ZRH,
    text: 'Grüezi Herr Bühler\n\nVielen Dank für Ihr Interesse an der Position «Underwriter Sachversicherung (80–100 %)». Gerne möchten wir Sie in einem ersten Gespräch näher kennenlernen.\n\nIhr Interview:\nDatum: Dienstag, 3.11.43\nZeit: 10.00 Uhr\nDauer: ca. 60 Min.\nFormat: Microsoft Teams (der Link folgt separat)\nTeilnehmende: Frau Lara Rüegg (Teamleiterin), Herr Marco Frei (Talent Acquisition)\n\nSollte der Termin nicht passen, antworten Sie bitte direkt auf diese E-Mail.\n\nFreundliche Grüsse\nTalent Acquisition\nAlpenland Versicherungen AG\n\nThis message was sent via SAP SuccessFactors.',
    expect: [
      {
        kind: 'interview',
        by: '2043-11-03',
        time: '10:00',
        phrase: 'Datum: Dienstag, 3.11.43\nZeit: 10.00 Uhr',
      },
    ],
  },
  {
    ...R326_BER,
    text: 'Sehr geehrte Frau Lehmann,\n\nwir freuen uns, Sie zu einem persönlichen Vorstellungsgespräch für die Stelle „Kaufmännische Sachbearbeitung Energieabrechnung (m/w/d)“ einzuladen.\n\nDas Gespräch findet am Donnerstag, 29. Oktober 2043 um 14:00 Uhr in unserem Verwaltungsgebäude, Am Gaswerk 3, 04668 Grimma, statt. Bitte melden Sie sich am Empfang.\n\nBitte bestätigen Sie Ihre Teilnahme über das Bewerberportal.\n\nMit freundlichen Grüßen\nPersonalabteilung\nStadtwerke Muldental GmbH\n\nDiese E-Mail wurde automatisch über d.vinci erzeugt.',
    expect: [
      {
        kind: 'interview',
        by: '2043-10-29',
        time: '14:00',
        phrase: 'am Donnerstag, 29. Oktober 2043 um 14:00 Uhr',
      },
    ],
  },
  {
    ...R326_VIE,
    text: 'Sehr geehrter Herr Mag. Pichler,\n\ndas Amt der Landesregierung, Abteilung 1 – Personal, bestätigt den Eingang Ihrer Bewerbung für die Funktion „Referent/in für Förderwesen“ (Ausschreibung 2043/88) und dankt für Ihr Interesse.\n\nDie eingelangten Bewerbungen werden derzeit von der Begutachtungskommission geprüft. Sie erhalten binnen drei Wochen eine schriftliche Verständigung über den weiteren Verlauf des Verfahrens.\n\nWir ersuchen Sie, von telefonischen Anfragen zum Stand des Verfahrens Abstand zu nehmen.\n\nMit freundlichen Grüßen\nFür die Landesamtsdirektorin:\nDr. E. Kainz',
    expect: [
      { kind: 'response-by', by: '2043-11-13', phrase: 'binnen drei Wochen' },
      { kind: 'no-calls', phrase: 'von telefonischen Anfragen zum Stand des Verfahrens Abstand zu nehmen' },
    ],
  },
  {
    ...R326_BER,
    text: "Moin Kevin,\n\ndanke, dass du gestern zum Probearbeiten aufs Dach in Hollern gekommen bist, hat man gleich gesehen dass du Ahnung hast.\n\nIch muss noch mit meinem Kompagnon reden, der ist bis Montag auf Montage. Ich meld mich Mitte nächster Woche bei dir, dann sag ich dir ob's klappt.\n\nGruß\nHeiko Meyer\nDachdeckerei Meyer GmbH, Stade",
    expect: [
      {
        kind: 'response-by',
        by: '2043-10-28',
        phrase: 'Ich meld mich Mitte nächster Woche bei dir',
        fuzzy: true,
      },
    ],
  },
  {
    ...R326_BER,
    text: 'Hi Aylin,\n\nvielen Dank für deine Bewerbung als Werkstudentin Social Media bei Pfandgold! 🎉\n\nWir sichten gerade alle Bewerbungen und melden uns bis Ende des Monats bei dir – versprochen.\n\nLiebe Grüße\nDein Pfandgold-Team\n\n—\nGesendet mit JOIN',
    expect: [{ kind: 'response-by', by: '2043-10-31', phrase: 'melden uns bis Ende des Monats bei dir' }],
  },
  {
    ...R326_BRU,
    text: 'Sehr geehrte Frau Kessel,\n\nim Anschluss an das Auswahlverfahren vom 15. Oktober freuen wir uns, Ihnen mitteilen zu können, dass das Gemeindekollegium beschlossen hat, Ihnen die Stelle als Kinderbetreuerin in der Kinderkrippe „Sonnenblume“ anzubieten (unbefristet, 4/5-Zeit).\n\nDen Arbeitsvertrag erhalten Sie per Post. Vorgesehener Dienstantritt ist der 1. Dezember 2043.\n\nMit freundlichen Grüßen\nFür das Gemeindekollegium\nDer Generaldirektor – Der Bürgermeister\nGemeinde Lontzen-Walhorn',
    expect: [
      {
        kind: 'outcome',
        outcome: 'offer',
        phrase:
          'beschlossen hat, Ihnen die Stelle als Kinderbetreuerin in der Kinderkrippe „Sonnenblume“ anzubieten',
      },
    ],
  },
  {
    ...R326_BER,
    text: 'Hallo Herr Şahin,\n\nvielen Dank für Ihr Interesse an der Stelle als Fachkraft für Lagerlogistik (m/w/d) bei unserem Kunden in Kassel. Ihr Profil haben wir dem Kunden am Mittwoch vorgestellt.\n\nDer Kunde sammelt zunächst alle Profile und hat uns gebeten, bis Ende Oktober keine Rückfragen weiterzugeben. Bitte fragen Sie daher nicht vor dem 2. November bei uns nach dem Stand.\n\nFreundliche Grüße\nJana Köhler\nPersonaldisponentin\nAdecco Personaldienstleistungen, Niederlassung Kassel',
    expect: [
      {
        kind: 'no-contact-before',
        by: '2043-11-02',
        phrase: 'Bitte fragen Sie daher nicht vor dem 2. November bei uns nach dem Stand',
      },
    ],
  },
  {
    ...R326_ZRH,
    text: 'Grüezi Frau Stucki\n\nHerr Nicola Brunner hat sich bei uns als Projektleiter Hochbau beworben und Sie als Referenzperson angegeben. Wären Sie bereit, uns eine kurze Referenzauskunft von ca. 15 Minuten zu geben?\n\nIch würde Sie am Dienstag, 27.10., um 8.30 Uhr anrufen – oder nennen Sie mir gern einen anderen Zeitpunkt.\n\nBesten Dank und freundliche Grüsse\nReto Baumann\nHR\nBaumann & Zgraggen Bau AG, Altdorf',
    expect: [],
  },
  {
    ...R326_BER,
    text: 'Hallo Julia,\n\nwie verhandle ich mein Gehalt richtig? In unserem kostenlosen Live-Webinar „Gehaltsverhandlung 2044 – So holst du mehr raus“ zeigen dir unsere Karriere-Coaches, worauf es ankommt.\n\n📅 Dienstag, 3. November 2043\n🕖 18:30–19:30 Uhr\n📍 Online via Zoom\n\nJetzt Platz sichern – die Teilnehmerzahl ist begrenzt. Anmeldeschluss ist Freitag, der 30. Oktober.\n\nDein StepStone Karriere-Team\n\nAbmelden | Datenschutz',
    expect: [],
  },
  {
    ...R326_VIE,
    text: 'Sehr geehrter Herr Ing. Wallner,\n\nSie suchen laut Ihrer Anzeige auf willhaben einen CNC-Fräser? Wir von Personal Plus Zeitarbeit haben aktuell drei sofort verfügbare, geprüfte Fachkräfte in Ihrer Region.\n\nGerne stelle ich Ihnen die Profile persönlich vor – hätten Sie am Mittwoch, 28. Oktober, um 10 Uhr eine halbe Stunde Zeit für einen kurzen Termin in Ihrem Betrieb?\n\nMit besten Grüßen aus Wels\nStefanie Mayr\nKey Account Managerin\nPersonal Plus Zeitarbeit GmbH',
    expect: [],
  },
  {
    ...R326_BER,
    text: 'Terminerinnerung\n\nGuten Tag Herr Lorenz,\n\nwir möchten Sie an Ihren Termin in unserer Praxis erinnern:\n\nMontag, 26.10.2043, 9:15 Uhr\nDr. med. dent. Anja Roth – Professionelle Zahnreinigung\n\nBitte beachten Sie: Termine, die nicht mindestens 24 Stunden vorher abgesagt werden, können wir Ihnen in Rechnung stellen.\n\nIhr Praxisteam\nZahnarztpraxis am Marktplatz, Göttingen',
    expect: [],
  },
  {
    ...R326_ZRH,
    text: 'Guten Tag\n\nIhre Sendung 99.60.123456.78901234 von Galaxus wird am Montag, 26.10.2043, zwischen 10.00 und 13.00 Uhr zugestellt.\n\nSie sind nicht zu Hause? Ändern Sie jetzt kostenlos den Zustelltag oder lassen Sie die Sendung an eine PickPost-Stelle umleiten – bis spätestens Sonntag, 20 Uhr.\n\nFreundliche Grüsse\nDie Schweizerische Post',
    expect: [],
  },
  {
    ...R326_BER,
    text: 'Liebe Eltern der Klasse 7b,\n\nam Donnerstag, den 5. November 2043, findet von 15:00 bis 19:00 Uhr unser Elternsprechtag statt. Sie können über das Schulportal bis Montag, 2. November, einen Gesprächstermin von 10 Minuten bei den Fachlehrkräften buchen.\n\nBei Herrn Krause (Mathematik) ist für Sie bereits ein Termin um 16:40 Uhr reserviert, da Leonies Versetzung gefährdet ist.\n\nMit freundlichen Grüßen\nS. Wendt, Klassenleitung 7b\nGymnasium am Rosengarten',
    expect: [],
  },
  {
    ...R326_LUX,
    text: 'Hallo Tom,\n\nherzlich willkommen bei uns! Schön, dass du den Vertrag unterschrieben zurückgeschickt hast.\n\nHier die Infos für deinen ersten Arbeitstag: Montag, 2. November, um 8:00 Uhr am Empfang in Contern. Bitte bring deine Sozialversicherungskarte (CNS) und deine Bankverbindung mit. Badge und Laptop liegen bereit; den Nachmittag verbringst du mit deinem Paten Luc.\n\nBis bald!\nCarole\nHR – Lëtzebuerger Logistik S.à r.l.',
    expect: [],
  },
];

/** Round 326b: Spanish (Spain, Mexico, Chile, Argentina, Colombia, Peru). */
export const ROUND_326B_ES: readonly PhraseRow[] = [
  {
    ...R326_MAD,
    text: 'Estimado/a aspirante:\n\nEn relación con el proceso selectivo para la constitución de una bolsa de empleo de Auxiliar de Biblioteca del Ayuntamiento de Torrealba de Campos, una vez valorados los méritos de la fase de concurso, le comunicamos que ha sido convocado/a a la entrevista personal.\n\nLa entrevista tendrá lugar el día 4 de noviembre de 2043 a las 9:30 horas en el Salón de Plenos de la Casa Consistorial (Plaza Mayor, 1).\n\nDeberá acudir provisto/a de DNI. La no comparecencia supondrá la exclusión del proceso.\n\nAtentamente,\nEl Secretario-Interventor\nAyuntamiento de Torrealba de Campos',
    expect: [
      {
        kind: 'interview',
        by: '2043-11-04',
        time: '09:30',
        phrase: 'el día 4 de noviembre de 2043 a las 9:30 horas',
      },
    ],
  },
  {
    ...R326_MEX,
    text: 'Hola Daniel:\n\nGracias por tu interés en la vacante de Técnico Radiólogo en el Hospital San Gabriel del Valle. Nos gustaría invitarte a una entrevista con la Jefatura de Imagenología.\n\nFecha: 28/10/2043\nHora: 16:00 hrs (hora del centro de México)\nModalidad: presencial – Torre de Consultorios, piso 3, Col. Del Valle, CDMX\n\nPor favor confirma tu asistencia desde el portal de candidatos.\n\nSaludos,\nAtracción de Talento\nHospital San Gabriel del Valle\n\nPowered by Workday',
    expect: [
      { kind: 'interview', by: '2043-10-28', time: '16:00', phrase: 'Fecha: 28/10/2043\nHora: 16:00 hrs' },
    ],
  },
  {
    ...R326_SCL,
    text: '¡Hola Ignacio!\n\nGracias por postular a Desarrollador/a Backend en Pillán Labs. Ya cerramos la convocatoria y estamos revisando los perfiles con el equipo técnico.\n\nTe escribiremos dentro de los próximos diez días para contarte si avanzas a la prueba técnica.\n\n¡Saludos desde Valparaíso!\nFran\nPeople Team – Pillán Labs\n\nEnviado con Teamtailor',
    expect: [{ kind: 'response-by', by: '2043-11-02', phrase: 'dentro de los próximos diez días' }],
  },
  {
    ...R326_BUE,
    text: 'Hola Agustina, ¿qué tal?\n\nTe escribo de ManpowerGroup por la búsqueda de Analista de Cuentas a Pagar para una empresa de consumo masivo en zona norte.\n\nTu perfil ya está en manos del cliente. Te pido que no nos llames por teléfono para consultar el estado, porque manejamos muchas búsquedas a la vez; nosotros te contactamos la semana que viene con una respuesta.\n\nAbrazo,\nFlorencia Giménez\nConsultora Sr. de Selección\nManpowerGroup Argentina',
    expect: [
      { kind: 'no-calls', phrase: 'no nos llames por teléfono para consultar el estado' },
      { kind: 'response-by', by: '2043-10-30', phrase: 'nosotros te contactamos la semana que viene' },
    ],
  },
  {
    ...R326_BOG,
    text: 'Hola Juan David,\n\nLa empresa Transportes Cafeteros del Quindío S.A.S. ha revisado tu hoja de vida para la vacante Conductor C2 – Armenia.\n\nEn esta ocasión la empresa ha decidido continuar el proceso con otros candidatos cuyo perfil se ajusta más a los requisitos. ¡No te desanimes! Hay más de 3.000 ofertas esperándote.\n\nSaludos,\nEl equipo de Computrabajo',
    expect: [
      {
        kind: 'outcome',
        outcome: 'rejected',
        phrase: 'ha decidido continuar el proceso con otros candidatos',
      },
    ],
  },
  {
    ...R326_LIM,
    text: 'Señor(a) postulante:\n\nLa Municipalidad Distrital de Santa Rosa de Huallaga comunica que se ha recibido su expediente para la Convocatoria CAS N.° 014-2043 – Asistente Administrativo de la Subgerencia de Rentas.\n\nSe solicita a los postulantes abstenerse de llamar o acudir a la Oficina de Recursos Humanos antes del lunes 9 de noviembre para consultas sobre el proceso.\n\nAtentamente,\nOficina de Recursos Humanos\nMunicipalidad Distrital de Santa Rosa de Huallaga',
    expect: [
      {
        kind: 'no-contact-before',
        by: '2043-11-09',
        phrase:
          'abstenerse de llamar o acudir a la Oficina de Recursos Humanos antes del lunes 9 de noviembre',
      },
    ],
  },
  {
    ...R326_MAD,
    text: 'Hola Sergio:\n\nGracias por pasar ayer por nuestra oficina de Randstad en Paterna para la entrevista de mozo de almacén con carretilla.\n\nEl cliente termina de entrevistar la semana que viene y nos ha confirmado que a finales de mes te daremos una respuesta definitiva.\n\nUn saludo,\nInma Ferrer\nConsultora – Randstad Valencia',
    expect: [
      {
        kind: 'response-by',
        by: '2043-10-31',
        phrase: 'a finales de mes te daremos una respuesta definitiva',
      },
    ],
  },
  {
    ...R326_MEX,
    text: 'Hola Lic. Herrera, buenas tardes:\n\nLe escribo de Grupo Textil Angelópolis. El Ing. Rodrigo Salas participa en nuestro proceso para Gerente de Planta y lo mencionó a usted como referencia laboral de su etapa en Hilados del Golfo.\n\n¿Tendría 10 minutos el martes 27 de octubre a las 12:00 para una breve llamada? Si no le acomoda, con gusto me adapto a su agenda.\n\nMuchas gracias de antemano,\nMariana Cortés\nReclutamiento y Selección\nGrupo Textil Angelópolis',
    expect: [],
  },
  {
    ...R326_MAD,
    text: 'Estimado compañero:\n\nMediante Resolución de 19 de octubre de 2043 de la Consejería de Educación, has sido nombrado vocal titular del Tribunal n.º 7 de las oposiciones al Cuerpo de Profesores de Enseñanza Secundaria, especialidad de Tecnología.\n\nLa sesión de constitución del tribunal se celebrará el lunes 2 de noviembre a las 10:00 en el IES Río Huerva de Zaragoza. La lectura de las programaciones comenzará el 9 de noviembre.\n\nUn cordial saludo,\nServicio de Gestión de Personal Docente',
    expect: [],
  },
  {
    ...R326_BOG,
    text: '¡Hola, Valentina!\n\nLa Agencia de Empleo de la Caja de Compensación Familiar del Tolima te invita al taller virtual gratuito «Cómo presentar una entrevista de trabajo exitosa».\n\nFecha: jueves 29 de octubre\nHora: 3:00 p. m.\nPlataforma: Google Meet (el enlace llegará el día anterior)\n\nCupos limitados. Inscríbete respondiendo este correo antes del martes.\n\nCordialmente,\nÁrea de Orientación Ocupacional',
    expect: [],
  },
  {
    ...R326_MEX,
    text: 'Buen día, Sr. Villanueva:\n\nSoy Karla, de Adecco. Vi que su empresa, Refaccionaria Villanueva, publicó en Indeed vacantes para vendedor de mostrador. Contamos con candidatos preseleccionados y evaluados, listos para entrevistarse con usted la próxima semana.\n\n¿Le parece si agendamos una videollamada el lunes 26 a las 11:00 para presentarle nuestra propuesta de reclutamiento y el esquema de garantía?\n\nSaludos cordiales,\nKarla Domínguez\nEjecutiva Comercial PyMEs\nAdecco',
    expect: [],
  },
  {
    ...R326_MAD,
    text: 'Hola Laura:\n\nTe confirmo la visita al piso de la calle Doctor Cerrada, 14, 3.º izq. (Zaragoza) el martes 27 a las 19:15. El propietario pide las nóminas de los tres últimos meses y contrato de trabajo indefinido o aval bancario.\n\nSi te interesa, la reserva se formaliza con una señal de 300 € antes del viernes 30.\n\nUn saludo,\nPablo\nInmobiliaria Delicias',
    expect: [],
  },
  {
    ...R326_BOG,
    text: 'Señor(a) usuario(a):\n\nLe recordamos su cita médica:\n\nEspecialidad: Ortopedia y Traumatología\nProfesional: Dr. Hernán Rojas\nFecha: miércoles 4 de noviembre de 2043\nHora: 7:20 a. m.\nSede: IPS Centro, Calle 50 # 45-12, Medellín\n\nPor favor llegue 20 minutos antes con su documento de identidad y la orden de autorización. Si no puede asistir, cancele con 24 horas de anticipación.\n\nEPS Salud Andina',
    expect: [],
  },
  {
    ...R326_SCL,
    text: 'Estimados apoderados del 4.º Básico B:\n\nLes recuerdo que la próxima reunión de apoderados será el miércoles 28 de octubre a las 19:00 hrs en la sala del curso. Se entregarán los informes de notas parciales y se organizará el paseo de fin de año.\n\nPor favor confirmen su asistencia por la libreta o respondiendo este correo antes del lunes.\n\nSaludos cordiales,\nProf. Carolina Muñoz\nProfesora jefe 4.º B\nColegio San Alberto de Puente Alto',
    expect: [],
  },
];

/** Round 326c: French (Tunisia, France, Québec, Belgium, Morocco, Switzerland, Senegal). */
export const ROUND_326C_FR: readonly PhraseRow[] = [
  {
    ...R326_TUN,
    text: "Bonjour Monsieur Ben Amor,\n\nSuite à l'étude de votre dossier de candidature pour le poste d'ingénieur qualité – câblage automobile, nous avons le plaisir de vous convoquer à un entretien le mardi 27 octobre 2043 à 9h30 au siège de la société, Zone industrielle de Sidi Abdelhamid, Sousse.\n\nMerci de vous présenter muni de votre CIN, de vos diplômes et de vos attestations de travail.\n\nCordialement,\nDirection des Ressources Humaines\nSahel Câblage SARL",
    expect: [
      {
        kind: 'interview',
        by: '2043-10-27',
        time: '09:30',
        phrase: 'un entretien le mardi 27 octobre 2043 à 9h30',
      },
    ],
  },
  {
    ...R326_PAR,
    text: 'Madame Lefèvre,\n\nNous avons le plaisir de vous inviter à un entretien pour le poste de Manipulatrice en électroradiologie médicale (H/F) – Pôle Imagerie.\n\nDate : jeudi 5 novembre 2043\nHeure : 14 h 00\nLieu : CHU de Rives-de-Loire, bâtiment Laennec, 2e étage, bureau de la cadre de santé\nInterlocuteurs : Mme Girard (cadre supérieure de santé), M. Roche (DRH adjoint)\n\nVeuillez confirmer votre présence en répondant à ce message.\n\nCordialement,\nDirection des Ressources Humaines et des Relations Sociales\nCHU de Rives-de-Loire\n\nCe message a été envoyé depuis Taleo.',
    expect: [
      {
        kind: 'interview',
        by: '2043-11-05',
        time: '14:00',
        phrase: 'Date : jeudi 5 novembre 2043\nHeure : 14 h 00',
      },
    ],
  },
  {
    ...R326_YUL,
    text: "Bonjour Madame Côté,\n\nNous vous remercions d'avoir participé à l'entrevue du 21 octobre pour le poste de préposée aux bénéficiaires (PAB) au CHSLD des Érables.\n\nLes vérifications d'antécédents judiciaires et de références sont en cours. Nous communiquerons avec vous d'ici deux semaines pour vous faire part de notre décision.\n\nSi vous avez des questions, vous pouvez répondre à ce courriel.\n\nCordialement,\nÉquipe acquisition de talents\nCISSS de la Haute-Rivière",
    expect: [
      { kind: 'response-by', by: '2043-11-06', phrase: "Nous communiquerons avec vous d'ici deux semaines" },
    ],
  },
  {
    ...R326_BRU,
    text: "Hello Sarah,\n\nMerci pour ton temps ce matin avec Pieter et moi, c'était un vrai plaisir d'échanger sur le poste de Customer Success Manager !\n\nOn fait le point en équipe lundi et on revient vers toi au plus tard mercredi avec une réponse.\n\nBon weekend 🙂\nCharlotte\nTalent Team – Frituur Digital (Bruxelles)\n\nEnvoyé via Teamtailor",
    expect: [{ kind: 'response-by', by: '2043-10-28', phrase: 'on revient vers toi au plus tard mercredi' }],
  },
  {
    ...R326_CAS,
    text: 'Bonjour Monsieur El Idrissi,\n\nNous accusons bonne réception de votre candidature au poste de Responsable Logistique – Tanger Med, transmise via LinkedIn, et vous en remercions.\n\nLe processus de présélection est en cours. En raison du nombre élevé de candidatures, nous vous prions de ne pas relancer le service recrutement avant le 6 novembre.\n\nBien cordialement,\nService Recrutement\nMaroc Transit & Logistique SA',
    expect: [
      {
        kind: 'no-contact-before',
        by: '2043-11-06',
        phrase: 'ne pas relancer le service recrutement avant le 6 novembre',
      },
    ],
  },
  {
    ...R326_PAR,
    text: "Hello Lucas,\n\nMerci pour l'intérêt que tu portes à Ma Petite Ferme Urbaine et pour le temps que tu as consacré à ta candidature au poste de Chef·fe de projet événementiel.\n\nAprès réflexion, nous avons décidé de ne pas donner suite à ta candidature : nous avons choisi un profil avec davantage d'expérience dans le secteur agricole.\n\nOn te souhaite plein de réussite pour la suite !\n\nL'équipe Ma Petite Ferme Urbaine\n\nEnvoyé via Welcome to the Jungle",
    expect: [
      {
        kind: 'outcome',
        outcome: 'rejected',
        phrase: 'nous avons décidé de ne pas donner suite à ta candidature',
      },
    ],
  },
  {
    ...R326_ZRH,
    text: "Bonjour Madame Jeanneret,\n\nÀ la suite de votre journée d'essai à l'atelier, c'est avec grand plaisir que nous vous proposons le poste d'horlogère rhabilleuse à 80 % au sein de notre maison.\n\nSalaire annuel brut : CHF 68 000.–, versé en 13 mensualités. Entrée en fonction : 1er janvier 2044 ou à convenir.\n\nVous trouverez ci-joint le contrat de travail en deux exemplaires ; nous vous remercions de nous en retourner un exemplaire signé d'ici au 6 novembre.\n\nAvec nos meilleures salutations,\nPhilippe Vuille\nAteliers Vuille & Fils SA, Le Locle",
    expect: [
      { kind: 'outcome', outcome: 'offer', phrase: "nous vous proposons le poste d'horlogère rhabilleuse" },
    ],
  },
  {
    ...R326_PAR,
    text: "Bonjour Nadia,\n\nVoici les rendez-vous emploi de votre agence France Travail de Saint-Brieuc pour les prochaines semaines :\n\n• Mardi 3 novembre, 9 h 30 : Job dating « Métiers de l'aide à domicile » – 40 postes, entretiens sur place\n• Jeudi 12 novembre, 14 h : Atelier « Réussir son entretien d'embauche »\n• Du 16 au 20 novembre : Semaine de l'industrie – visites d'entreprises\n\nInscription obligatoire depuis votre espace personnel.\n\nVotre conseiller France Travail",
    expect: [],
  },
  {
    ...R326_YUL,
    text: "Salut Marc-André,\n\nPetit service : Geneviève, de mon équipe, passe son entrevue pour le poste de coordonnatrice chez Hydro-Lac lundi à 13 h, et elle aimerait te poser quelques questions sur la culture là-bas, vu que tu y as travaillé cinq ans. Serais-tu d'accord qu'elle te texte en fin de semaine?\n\nMerci mille fois!\nStéphanie",
    expect: [],
  },
  {
    ...R326_CAS,
    text: "Cher(e) demandeur(se),\n\nVotre rendez-vous pour le dépôt de votre demande de visa (catégorie : long séjour – Salarié) est confirmé.\n\nCentre : Centre de visas France – Rabat\nDate : 04/11/2043\nHeure : 10:15\n\nMerci de vous présenter avec votre passeport, le contrat de travail visé, deux photos et la preuve de paiement. Tout retard de plus de 15 minutes entraînera l'annulation du rendez-vous.\n\nCeci est un message automatique, merci de ne pas y répondre.",
    expect: [],
  },
  {
    ...R326_BRU,
    text: "Bonjour Madame Dubois,\n\nNous vous rappelons le rendez-vous de votre fille Léa chez le Dr Martin, pédiatre, le mardi 27 octobre à 17 h 45 (vaccination et contrôle des 4 ans).\n\nMerci d'apporter le carnet de l'ONE et la vignette de mutuelle. En cas d'empêchement, merci de prévenir au moins 24 heures à l'avance.\n\nCabinet pédiatrique des Guillemins, Liège",
    expect: [],
  },
  {
    ...R326_PAR,
    text: "Bonjour Amandine,\n\nVotre candidature au poste de Vendeuse en boulangerie (H/F) – Boulangerie Pâtisserie Moreau, Angers a bien été envoyée.\n\nL'employeur examinera votre candidature et vous contactera directement s'il souhaite donner suite.\n\nBonne chance !\nL'équipe Indeed",
    expect: [],
  },
  {
    ...R326_DKR,
    text: "Bonjour Fatou,\n\nPour finaliser votre dossier de bourse de master, merci de nous transmettre avant le vendredi 6 novembre : votre relevé de notes de L3, une attestation d'inscription et un RIB.\n\nTout dossier incomplet à cette date sera rejeté.\n\nCordialement,\nService des bourses\nUniversité du Cap-Vert, Dakar",
    expect: [],
  },
  {
    ...R326_YUL,
    text: "Bonjour Madame Bouchard,\n\nUne place s'est libérée dans le groupe des poupons (18 mois) de notre CPE pour janvier. Nous aimerions vous rencontrer, vous et Félix, pour une entrevue d'accueil et une visite des locaux le mercredi 28 octobre à 16 h 30.\n\nMerci de confirmer votre présence par courriel d'ici lundi; sans réponse de votre part, la place sera offerte à la famille suivante sur la liste d'attente.\n\nAu plaisir,\nNathalie Lavoie\nDirectrice générale\nCPE Les Petits Pouces",
    expect: [],
  },
];
