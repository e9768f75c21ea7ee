// Rounds 314–315c (issue 13): fresh German, Spanish and French whole messages by hw409, written BEFORE the engine
// read them and without reading the rules. Half of each round are negatives: an employee's annual review, the reader
// as interviewer, referee or jury member, a friend's interview, job alerts, a job fair and a webinar on interviews, an
// agency selling to an employer, a landlord's viewing and a tenant's move-out inspection, a car inspection (MFK, ITV,
// contrôle technique), a visa appointment, a school, a doctor, a bank, a delivery, a thesis defence and exams, an
// onboarding mail, an acknowledgement that promises nothing dated, a mail whose only date is the candidate's own
// deadline. Positives from Personio, softgarden, Join, SAP SuccessFactors, d.vinci, Workday, rexx, Taleo, InfoJobs,
// Computrabajo, Bumeran, Teamtailor, Welcome to the Jungle, Indeed, LinkedIn, Randstad, Adecco, Hays, Manpower, a
// city, a Land, the Bundesagentur, a mairie, a centre de gestion, an ayuntamiento and a diputación, from Germany,
// Austria, Switzerland, Luxembourg, Belgium, France, Québec, Senegal, Morocco, Tunisia, Spain, Mexico, Argentina,
// Colombia, Chile and Peru. Round 315 is sent after Europe's October DST change and before North America's; one
// Mexican mail is sent in the evening when the UTC date is already the next day. Names, companies and dates are
// invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Round 314: Wednesday 18 May 2033.
const BER1 = { sentAt: '2033-05-18T09:12:00+02:00', tz: 'Europe/Berlin' } as const;
const VIE1 = { sentAt: '2033-05-18T16:47:00+02:00', tz: 'Europe/Vienna' } as const;
const ZRH1 = { sentAt: '2033-05-18T08:05:00+02:00', tz: 'Europe/Zurich' } as const;
const LUX1 = { sentAt: '2033-05-18T14:30:00+02:00', tz: 'Europe/Luxembourg' } as const;
const MUC1 = { sentAt: '2033-05-18T11:58:00+02:00', tz: 'Europe/Berlin' } as const;
const MAD1 = { sentAt: '2033-05-18T10:21:00+02:00', tz: 'Europe/Madrid' } as const;
const MEX1 = { sentAt: '2033-05-18T13:40:00-06:00', tz: 'America/Mexico_City' } as const;
const BUE1 = { sentAt: '2033-05-18T17:03:00-03:00', tz: 'America/Argentina/Buenos_Aires' } as const;
const SCL1 = { sentAt: '2033-05-18T12:15:00-04:00', tz: 'America/Santiago' } as const;
const BOG1 = { sentAt: '2033-05-18T08:30:00-05:00', tz: 'America/Bogota' } as const;
const LIM1 = { sentAt: '2033-05-18T15:52:00-05:00', tz: 'America/Lima' } as const;
const PAR1 = { sentAt: '2033-05-18T10:44:00+02:00', tz: 'Europe/Paris' } as const;
const BRU1 = { sentAt: '2033-05-18T13:09:00+02:00', tz: 'Europe/Brussels' } as const;
const YUL1 = { sentAt: '2033-05-18T09:36:00-04:00', tz: 'America/Toronto' } as const;
const CMN1 = { sentAt: '2033-05-18T11:11:00+01:00', tz: 'Africa/Casablanca' } as const;
const DKR1 = { sentAt: '2033-05-18T09:50:00+00:00', tz: 'Africa/Dakar' } as const;
const TUN1 = { sentAt: '2033-05-18T14:25:00+01:00', tz: 'Africa/Tunis' } as const;

/** Round 314: German, sent Wednesday 18 May 2033. */
export const ROUND_314_DE: readonly PhraseRow[] = [
  {
    ...ZRH1,
    text: 'Interview invitation – Data Engineer (80–100 %)\n\nGrüezi Herr Brunner\n\nBesten Dank für Ihre Bewerbung und das Interesse an der Limmatwerk Analytics AG. Ihr Dossier hat uns überzeugt, und wir möchten Sie gerne persönlich kennenlernen.\n\nWir laden Sie zu einem Interview am Donnerstag, 26. Mai 2033 um 14:00 Uhr in unser Büro an der Hardstrasse 201 in Zürich ein. Am Gespräch nehmen Nadine Kälin (Head of Data) und ich teil; rechnen Sie mit etwa 75 Minuten.\n\nBitte bestätigen Sie den Termin über den untenstehenden Link.\n\nFreundliche Grüsse\nSimone Wyss\nTalent Acquisition\n\nThis message was sent via Personio.',
    expect: [
      {
        kind: 'interview',
        by: '2033-05-26',
        time: '14:00',
        phrase: 'Interview am Donnerstag, 26. Mai 2033 um 14:00 Uhr',
      },
    ],
  },
  {
    ...BER1,
    text: 'Ihre Bewerbung als Sachbearbeiter Kreditorenbuchhaltung (m/w/d) – Eingangsbestätigung\n\nSehr geehrter Herr Okonkwo,\n\nvielen Dank für Ihre Bewerbung, die wir heute erhalten haben. Ihre Unterlagen werden nun von unserer Fachabteilung gesichtet.\n\nWir melden uns innerhalb von zehn Werktagen bei Ihnen. Bitte sehen Sie in der Zwischenzeit von telefonischen Rückfragen zum Stand Ihrer Bewerbung ab – so können wir alle Bewerbungen zügig bearbeiten.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team\nSpreebogen Facility Services GmbH\n\n--\nDiese E-Mail wurde automatisch über softgarden versendet. Bitte antworten Sie nicht direkt auf diese Nachricht.',
    expect: [
      { kind: 'response-by', by: '2033-06-01', phrase: 'innerhalb von zehn Werktagen' },
      {
        kind: 'no-calls',
        phrase: 'sehen Sie in der Zwischenzeit von telefonischen Rückfragen zum Stand Ihrer Bewerbung ab',
      },
    ],
  },
  {
    ...VIE1,
    text: 'Servus Lena!\n\nDanke für deine Bewerbung als Werkstudentin Growth Marketing bei Flinkpost – dein Portfolio mit der TikTok-Kampagne fanden wir richtig stark.\n\nWir würden dich gern in einem ersten Call kennenlernen. Passt dir Montag, der 23.5., um 11:30? Wir treffen uns auf Google Meet, Dauer ca. 30 Minuten, ganz locker.\n\nGib mir einfach kurz Bescheid, sonst schicken wir dir gern einen anderen Vorschlag.\n\nLiebe Grüße aus dem 7. Bezirk\nFlorian\nCo-Founder, Flinkpost\n\nGesendet über JOIN',
    expect: [
      {
        kind: 'interview',
        by: '2033-05-23',
        time: '11:30',
        phrase: 'Passt dir Montag, der 23.5., um 11:30?',
      },
    ],
  },
  {
    ...BER1,
    text: 'Stadt Freiburg im Breisgau – Haupt- und Personalamt\nAuswahlverfahren Sachbearbeitung Bürgerservice (EG 8 TVöD), Kennziffer 2033-114\n\nSehr geehrte Frau Demir,\n\nwir freuen uns, Ihnen mitteilen zu können, dass Sie den schriftlichen Eignungstest am 11. Mai 2033 erfolgreich bestanden haben. Zum weiteren Ablauf des Verfahrens:\n\n– Die strukturierten Auswahlgespräche finden vom 1. bis 3. Juni 2033 statt.\n– Bewerberinnen und Bewerber der Gruppe A werden am 1. Juni, Gruppe C am 3. Juni eingeladen.\n– Sie sind der Gruppe B zugeordnet.\n\nIhr persönlicher Termin für das Auswahlgespräch:\nDatum: Donnerstag, 02.06.2033\nUhrzeit: 10:45 Uhr\nOrt: Rathaus im Stühlinger, Fehrenbachallee 12, Raum 3.214\n\nBitte bringen Sie einen gültigen Lichtbildausweis sowie Ihre Originalzeugnisse mit. Der Personalrat und die Gleichstellungsbeauftragte nehmen an den Gesprächen teil. Die Stelle ist zum 1. August 2033 zu besetzen.\n\nSollten Sie den Termin nicht wahrnehmen können, teilen Sie uns dies bitte bis spätestens 27. Mai 2033 schriftlich mit.\n\nMit freundlichen Grüßen\nIm Auftrag\nM. Schwörer\nSachgebiet Personalgewinnung',
    expect: [
      {
        kind: 'interview',
        by: '2033-06-02',
        time: '10:45',
        phrase: 'Datum: Donnerstag, 02.06.2033\nUhrzeit: 10:45 Uhr',
      },
    ],
  },
  {
    ...LUX1,
    text: 'Ihre Bewerbung – Buchhalter (m/w) für unseren Kunden in Munsbach\n\nSehr geehrter Herr Weber,\n\nnochmals vielen Dank für das angenehme Gespräch letzte Woche und Ihr Interesse an der Position bei unserem Kunden.\n\nLeider müssen wir Ihnen mitteilen, dass sich unser Kunde nach reiflicher Überlegung für einen anderen Kandidaten entschieden hat, dessen Profil etwas besser zu den aktuellen Anforderungen passt.\n\nMit Ihrem Einverständnis behalten wir Ihr Profil für 12 Monate in unserer Datenbank und kommen gerne auf Sie zu, sobald sich eine passende Gelegenheit ergibt.\n\nMit freundlichen Grüßen\nClaire Hoffmann\nSenior Consultant Finance\nRandstad Luxembourg',
    expect: [
      {
        kind: 'outcome',
        outcome: 'rejected',
        phrase: 'sich unser Kunde nach reiflicher Überlegung für einen anderen Kandidaten entschieden hat',
      },
    ],
  },
  {
    ...MUC1,
    text: 'Application status update – Requisition ID 48211\n\nJob Title: Werkstudent (m/w/d) IT Security\nStatus: In Review\n\nHallo Herr Lindqvist,\n\nvielen Dank für Ihr Interesse an der Isarwerk Energie AG. Wir haben Ihre Bewerbung erhalten und an die zuständige Fachabteilung weitergeleitet.\n\nWir prüfen Ihre Unterlagen sorgfältig und melden uns bis Ende nächster Woche bei Ihnen. Den aktuellen Status können Sie jederzeit in Ihrem Kandidatenprofil einsehen.\n\nViele Grüße\nIhr Talent Acquisition Team\nIsarwerk Energie AG\n\nPowered by SAP SuccessFactors',
    expect: [{ kind: 'response-by', by: '2033-05-27', phrase: 'bis Ende nächster Woche' }],
  },
  {
    ...BER1,
    text: 'Ihre Bewerbung als Gesundheits- und Krankenpfleger (m/w/d) – Kennziffer 114/33\n\nSehr geehrter Herr Yıldız,\n\nvielen Dank für Ihre Bewerbung am Klinikum Elbmarsch. Die Ausschreibung läuft noch bis zum 5. Juni 2033; erst danach sichten wir alle Bewerbungen gemeinsam mit der Pflegedirektion.\n\nBitte sehen Sie von Nachfragen zum Stand Ihrer Bewerbung vor dem 6. Juni 2033 ab. Wir kommen anschließend unaufgefordert auf Sie zu.\n\nMit freundlichen Grüßen\nAbteilung Personal\nKlinikum Elbmarsch gGmbH\n\nDiese Nachricht wurde über d.vinci versendet.',
    expect: [
      {
        kind: 'no-contact-before',
        by: '2033-06-06',
        phrase: 'Bitte sehen Sie von Nachfragen zum Stand Ihrer Bewerbung vor dem 6. Juni 2033 ab',
      },
    ],
  },
  {
    ...MUC1,
    text: 'Workday: Aufgabe „Jahresgespräch 2033 vorbereiten“ zugewiesen\n\nHallo Tobias,\n\nim Rahmen des jährlichen Performance-Zyklus ist dein Jahresgespräch mit Katrin Ebner für Dienstag, 24. Mai 2033 um 9:00 Uhr im Raum „Wendelstein“ geplant.\n\nBitte fülle die Selbsteinschätzung bis Montag, 23. Mai in Workday aus. Dort findest du auch deine Ziele aus dem Vorjahr und den Leitfaden für das Gespräch.\n\nViele Grüße\nPeople & Culture\nIsarwerk Energie AG',
    expect: [],
  },
  {
    ...BER1,
    text: 'Du wurdest als Interviewer:in hinzugefügt – Werkstudent:in Customer Success\n\nHallo Jonas,\n\nAnna Schütte hat dich als Interviewer:in für folgendes Gespräch eingetragen:\n\nKandidatin: Mira Haddad\nTermin: Donnerstag, 26.05.2033, 13:00–13:45 Uhr\nOrt: Besprechungsraum „Tempelhof“\n\nDen Lebenslauf und den Interviewleitfaden findest du in Personio. Bitte gib dein Feedback spätestens 24 Stunden nach dem Gespräch ab.\n\nDanke & viele Grüße\nDein Personio-Team',
    expect: [],
  },
  {
    ...VIE1,
    text: 'Besichtigung Wohnung Kettenbrückengasse 9/14\n\nSehr geehrte Frau Novak,\n\nvielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung im 4. Bezirk. Gerne biete ich Ihnen einen Besichtigungstermin am Mittwoch, 25. Mai, um 17:30 Uhr an. Bitte bringen Sie einen Einkommensnachweis der letzten drei Monate sowie einen Lichtbildausweis mit.\n\nIch ersuche Sie, den Termin bis Freitag kurz zu bestätigen, da das Interesse groß ist.\n\nMit freundlichen Grüßen\nMag. Gerhard Pölzl\nPölzl Immobilien GmbH, Wien',
    expect: [],
  },
  {
    ...BER1,
    text: 'Neue Jobs für Ihren Suchauftrag „Projektmanager Bau Berlin“\n\nHallo,\n\nseit gestern gibt es 6 neue Stellen, die zu Ihrem Suchauftrag passen:\n\n• Projektleiter Hochbau (m/w/d) – Baukontor Nord GmbH, Berlin – Online seit: 17.05.2033\n• Bauprojektmanager TGA (m/w/d) – Havelland Immobilien – Bewerbungsschluss: 31.05.2033\n• Junior Projektmanager Infrastruktur – Stadtwerke Potsdam – Start: 01.07.2033\n\nTipp der Woche: So bereiten Sie sich auf ein Vorstellungsgespräch vor – jetzt im StepStone Magazin lesen.\n\nIhr StepStone-Team\n\nSie erhalten diese E-Mail, weil Sie einen Suchauftrag angelegt haben. Abmelden',
    expect: [],
  },
  {
    ...ZRH1,
    text: 'Aufgebot zur Fahrzeugprüfung (MFK)\n\nGuten Tag Frau Meier\n\nIhr Fahrzeug ZH 481 227, VW Golf, ist zur periodischen Prüfung fällig. Wir bieten Sie auf:\n\nDatum: Montag, 30. Mai 2033\nZeit: 08:15 Uhr\nOrt: Prüfstelle Regensdorf, Hofwisenstrasse 50\n\nBitte bringen Sie den Fahrzeugausweis mit. Eine Verschiebung ist bis 48 Stunden vor dem Termin online möglich.\n\nFreundliche Grüsse\nStrassenverkehrsamt des Kantons Zürich',
    expect: [],
  },
  {
    ...VIE1,
    text: 'Elternsprechtag am 2. Juni\n\nLiebe Eltern und Erziehungsberechtigte der 3B,\n\nder diesjährige Elternsprechtag findet am Donnerstag, 2. Juni 2033, von 15:00 bis 19:00 Uhr statt. Ich würde mich freuen, mit Ihnen über Jakobs Fortschritte zu sprechen; mein Vorschlag wäre 16:20 Uhr in der Klasse 3B.\n\nBitte tragen Sie sich bis Freitag, 27. Mai, in die Liste in der Schul-App ein.\n\nHerzliche Grüße\nSabine Reiter, Klassenvorständin\nBG/BRG Wien 9',
    expect: [],
  },
  {
    ...MUC1,
    text: 'Qualifizierte Fachkräfte für Ihre Logistik – kurzer Austausch?\n\nSehr geehrte Frau Keller,\n\nals Personaldienstleister unterstützt Manpower seit über 30 Jahren Unternehmen in Bayern bei der Besetzung von Stellen in Lager und Logistik. Aktuell haben wir mehrere erfahrene Staplerfahrer und Lagerfachkräfte verfügbar, die kurzfristig bei Ihnen starten könnten.\n\nGern stelle ich Ihnen passende Profile in einem kurzen Termin vor – passt Ihnen Dienstag, 24. Mai um 10:00 Uhr?\n\nMit freundlichen Grüßen\nDaniel Brandl\nKey Account Manager\nManpower GmbH & Co. KG, Niederlassung München',
    expect: [],
  },
];

/** Round 314b: Spanish, sent Wednesday 18 May 2033. */
export const ROUND_314B_ES: readonly PhraseRow[] = [
  {
    ...MAD1,
    text: 'Tu candidatura ha cambiado de estado: «En proceso»\n\nHola, Irene:\n\nLogística Tajo Sur S.L. ha revisado tu candidatura a la oferta «Administrativo/a de tráfico – Getafe» y la ha pasado a la fase «En proceso».\n\nLa empresa nos indica que dará respuesta a todas las personas candidatas en un plazo máximo de 15 días hábiles. Mientras tanto, puedes consultar el estado de tu candidatura en «Mis candidaturas».\n\nMucha suerte,\nEl equipo de InfoJobs',
    expect: [{ kind: 'response-by', by: '2033-06-08', phrase: 'en un plazo máximo de 15 días hábiles' }],
  },
  {
    ...BOG1,
    text: 'Citación a entrevista – Auxiliar contable\n\nHola, Andrés:\n\nTe saludamos de Distribuidora Andina del Norte S.A.S. Revisamos tu hoja de vida, que recibimos a través de Computrabajo, y nos gustaría conocerte.\n\nTe invitamos a una entrevista presencial el martes 24 de mayo a las 9:00 a. m. en nuestra sede de la Calle 93 # 14-20, oficina 502, Bogotá. Por favor trae tu documento de identidad y llega 10 minutos antes.\n\nQuedamos atentos a tu confirmación.\n\nCordialmente,\nPaola Jiménez\nAnalista de Talento Humano',
    expect: [
      {
        kind: 'interview',
        by: '2033-05-24',
        time: '09:00',
        phrase: 'entrevista presencial el martes 24 de mayo a las 9:00 a. m.',
      },
    ],
  },
  {
    ...BUE1,
    text: 'Hola Martina, ¿cómo estás?\n\nTe escribo de Yerba Labs por tu postulación a Product Designer que vimos en Bumeran. Nos encantó tu portfolio, sobre todo el rediseño de la app de turnos.\n\nQueremos coordinar una primera charla por videollamada con Nico (nuestro CTO) y conmigo: ¿te queda bien el jueves 26 a las 15 h? Son unos 40 minutos, nada formal.\n\nSi no te viene bien, decime y buscamos otro horario.\n\n¡Abrazo!\nJuli\nPeople & Culture – Yerba Labs',
    expect: [
      {
        kind: 'interview',
        by: '2033-05-26',
        time: '15:00',
        phrase: '¿te queda bien el jueves 26 a las 15 h?',
      },
    ],
  },
  {
    ...MAD1,
    text: 'AYUNTAMIENTO DE ZARAGOZA\nServicio de Relaciones Laborales y Selección\n\nAsunto: Proceso selectivo para la provisión de 6 plazas de Técnico/a de Administración General, turno libre (OEP 2032)\n\nEstimado Sr. Lacasa Giménez:\n\nPor medio de la presente le comunicamos que ha superado el primer ejercicio de la fase de oposición, celebrado el pasado 7 de mayo de 2033, con una puntuación de 7,85 puntos.\n\nLe recordamos el calendario de las siguientes pruebas:\n– Segundo ejercicio (aspirantes por promoción interna): 13 de junio de 2033.\n– Publicación de la valoración de méritos: prevista para la segunda quincena de junio.\n\nEn cuanto a usted, de acuerdo con las bases de la convocatoria (BOPZ n.º 41, de 21 de febrero de 2033), el tribunal calificador le convoca a la entrevista curricular el lunes 6 de junio de 2033 a las 12:30 horas en el Edificio Seminario, Vía Hispanidad 20, Sala 2.\n\nDeberá presentarse provisto/a de DNI en vigor. La no comparecencia supondrá la exclusión del proceso.\n\nAtentamente,\nLa Secretaria del Tribunal',
    expect: [
      {
        kind: 'interview',
        by: '2033-06-06',
        time: '12:30',
        phrase: 'entrevista curricular el lunes 6 de junio de 2033 a las 12:30 horas',
      },
    ],
  },
  {
    ...MEX1,
    text: 'Gracias por tu postulación / Thank you for applying\n\nJob Title: Analista de Nómina Sr.\nRequisition Number: 2200481\nLocation: Monterrey, NL\n\nHola Daniela,\n\nHemos recibido tu postulación para la vacante de Analista de Nómina Sr. en Grupo Cerro Azul. Nuestro equipo de Atracción de Talento revisará tu perfil y, si coincide con lo que buscamos, se comunicará contigo en las próximas dos semanas.\n\nPor favor, no llames a las sucursales ni al conmutador para dar seguimiento a tu solicitud; toda la comunicación será por correo electrónico.\n\nSaludos cordiales,\nAtracción de Talento\nGrupo Cerro Azul\n\nThis message was generated by Oracle Taleo. Please do not reply.',
    expect: [
      { kind: 'response-by', by: '2033-06-01', phrase: 'en las próximas dos semanas' },
      {
        kind: 'no-calls',
        phrase: 'no llames a las sucursales ni al conmutador para dar seguimiento a tu solicitud',
      },
    ],
  },
  {
    ...SCL1,
    text: 'Actualización sobre tu postulación a Ingeniero/a de Datos\n\nHola Tomás,\n\nMuchas gracias por el tiempo que dedicaste a las entrevistas con nuestro equipo y por tu interés en sumarte a Cordillera Fintech.\n\nLamentablemente, hemos decidido continuar el proceso con otros candidatos cuyo perfil se ajusta más a lo que el equipo necesita en este momento. No fue una decisión fácil.\n\nTe deseamos mucho éxito en tu búsqueda y esperamos volver a cruzarnos.\n\nUn saludo,\nFernanda Rojas\nTalent Partner, Cordillera Fintech\n\nEnviado con Teamtailor',
    expect: [
      {
        kind: 'outcome',
        outcome: 'rejected',
        phrase: 'hemos decidido continuar el proceso con otros candidatos',
      },
    ],
  },
  {
    ...LIM1,
    text: 'Convocatoria Asistente de Almacén – Callao\n\nEstimado postulante:\n\nGracias por registrar tu CV en nuestra convocatoria para un importante cliente del sector retail. Estamos recibiendo un gran número de postulaciones y la convocatoria sigue abierta hasta el domingo 29 de mayo.\n\nTe pedimos no comunicarte con nosotros antes del lunes 30 de mayo: a partir de esa fecha revisaremos los perfiles y contactaremos a los seleccionados.\n\nSaludos,\nEquipo de Selección\nAdecco Perú',
    expect: [
      {
        kind: 'no-contact-before',
        by: '2033-05-30',
        phrase: 'Te pedimos no comunicarte con nosotros antes del lunes 30 de mayo',
      },
    ],
  },
  {
    ...MAD1,
    text: 'Workday: Inicio de la evaluación de desempeño 2032-2033\n\nHola, Javier:\n\nHa comenzado el ciclo anual de evaluación de desempeño. Tu reunión de evaluación con tu responsable, Marta Ibáñez, está programada para el miércoles 25 de mayo a las 10:00 en la sala Retiro.\n\nAntes de la reunión, completa tu autoevaluación en Workday (fecha límite: 23 de mayo). Recuerda que la subida salarial derivada de la evaluación se aplicará en la nómina de julio.\n\nUn saludo,\nPersonas y Cultura\nEnergías del Tajo',
    expect: [],
  },
  {
    ...MAD1,
    text: 'Designación como vocal del tribunal – Proceso selectivo de Auxiliar de Biblioteca\n\nEstimada Dra. Ruiz Peñalver:\n\nPor Resolución del Rectorado de 16 de mayo de 2033 se le designa vocal titular del tribunal calificador del proceso selectivo para la cobertura de 4 plazas de Auxiliar de Biblioteca.\n\nLa sesión de constitución del tribunal tendrá lugar el viernes 27 de mayo a las 9:30, y las entrevistas a los aspirantes se celebrarán el 2 de junio a partir de las 9:00 en el Rectorado.\n\nLe rogamos confirme su asistencia respondiendo a este correo.\n\nAtentamente,\nServicio de Personal de Administración y Servicios\nUniversidad de Alcalá del Henares',
    expect: [],
  },
  {
    ...MAD1,
    text: 'Confirmación de cita ITV\n\nEstimado/a cliente:\n\nLe confirmamos su cita para la inspección técnica del vehículo con matrícula 4821 KLM:\n\nFecha: viernes, 27 de mayo de 2033\nHora: 08:40\nEstación: ITV Alcobendas, Av. de la Industria 34\n\nLe recordamos que la inspección de su vehículo caduca el 31 de mayo. Traiga la ficha técnica y el permiso de circulación.\n\nUn saludo,\nITV Comunidad de Madrid',
    expect: [],
  },
  {
    ...SCL1,
    text: '¡Se viene la Feria Laboral UCH 2033!\n\nHola, Camila:\n\nEl 1 y 2 de junio llega una nueva edición de la Feria Laboral de la Universidad de Chile, con más de 80 empresas que buscan practicantes y recién titulados. Habrá charlas como «Cómo enfrentar una entrevista por competencias» (miércoles 1 de junio, 11:00) y simulaciones de entrevistas con reclutadores.\n\nInscríbete antes del viernes 27 de mayo para recibir tu credencial.\n\n¡Te esperamos!\nDirección de Empleabilidad',
    expect: [],
  },
  {
    ...BUE1,
    text: 'Hola! Soy Carmen, la dueña del depto de Gorriti 4100.\n\nVi tu mensaje en Zonaprop. Si te sirve, podemos hacer la visita el sábado 21 a las 12:00; el portero te abre si yo me demoro un poco.\n\nEl alquiler es a 3 años con ajuste semestral y pido garantía propietaria o seguro de caución. Avisame si venís así te espero.\n\nSaludos,\nCarmen',
    expect: [],
  },
  {
    ...LIM1,
    text: 'Comunicado: Reunión de padres de familia – 4.° grado B\n\nEstimados padres de familia:\n\nLes informamos que la primera reunión del bimestre se realizará el jueves 26 de mayo a las 18:30 en el aula de 4.° B. Se tratarán los resultados de la evaluación del primer bimestre y la visita de estudios del 10 de junio.\n\nLa asistencia es obligatoria. En caso de no poder asistir, comuníquense con la tutora hasta el martes 24.\n\nAtentamente,\nLic. Rosa Quispe\nTutora de 4.° B\nColegio San Agustín de Miraflores',
    expect: [],
  },
  {
    ...BOG1,
    text: '¡Sofi! 🙈\n\nTe cuento que me llamaron de Globant para una entrevista técnica el martes 24 a las 11. Estoy nerviosísima porque es en inglés y con live coding.\n\n¿Me ayudas a prepararla? Podríamos vernos el domingo en la tarde en el Juan Valdez del parque 93 y me haces preguntas de práctica.\n\nTe quiero mucho,\nVale',
    expect: [],
  },
];

/** Round 314c: French, sent Wednesday 18 May 2033. */
export const ROUND_314C_FR: readonly PhraseRow[] = [
  {
    ...PAR1,
    text: 'Salut Camille !\n\nMerci pour ta candidature au poste de Customer Success Manager chez Potager.io, on a adoré ta lettre (et ta référence à Kaamelott 😄).\n\nOn aimerait beaucoup te rencontrer pour un premier échange en visio avec Inès, notre Head of CS : est-ce que jeudi 26 mai à 10 h 30 te conviendrait ? Ça dure une demi-heure environ.\n\nDis-moi si ça te va, sinon on trouvera un autre créneau.\n\nÀ très vite,\nThéo – Talent @ Potager.io\n\nEnvoyé via Welcome to the Jungle',
    expect: [
      {
        kind: 'interview',
        by: '2033-05-26',
        time: '10:30',
        phrase: 'est-ce que jeudi 26 mai à 10 h 30 te conviendrait ?',
      },
    ],
  },
  {
    ...YUL1,
    text: 'Mise à jour de votre candidature – Conseillère ressources humaines (Req. R-88213)\n\nCandidate Home | Job Application Status: Under Review\n\nBonjour Madame Tremblay,\n\nNous vous remercions de l’intérêt que vous portez à la Coopérative agricole du Saint-Laurent. Votre candidature est présentement à l’étude par le comité de sélection.\n\nNous communiquerons avec vous d’ici la fin de la semaine prochaine pour vous informer de la suite du processus. Par souci d’équité envers toutes les personnes candidates, nous vous prions de ne pas appeler nos bureaux au sujet de votre dossier.\n\nVeuillez agréer, Madame, nos salutations distinguées.\n\nL’équipe Acquisition de talents\n\nPowered by Workday',
    expect: [
      { kind: 'response-by', by: '2033-05-27', phrase: 'd’ici la fin de la semaine prochaine' },
      {
        kind: 'no-calls',
        phrase: 'nous vous prions de ne pas appeler nos bureaux au sujet de votre dossier',
      },
    ],
  },
  {
    ...DKR1,
    text: 'Convocation à un entretien – Responsable des opérations logistiques, Dakar\n\nMonsieur Diop,\n\nSuite à l’examen de votre candidature, nous avons le plaisir de vous convier à un entretien avec la Directrice des opérations Afrique de l’Ouest et le DRH du groupe.\n\nL’entretien se tiendra par visioconférence (Teams) le mardi 24 mai 2033 à 11 h (heure de Paris). Le lien vous sera transmis la veille.\n\nNous vous prions d’agréer, Monsieur, l’expression de nos salutations distinguées.\n\nAïssatou Ba\nChargée de recrutement\nGroupe Transatlantique Logistique – Filiale Sénégal',
    expect: [
      {
        kind: 'interview',
        by: '2033-05-24',
        time: '09:00',
        phrase: 'le mardi 24 mai 2033 à 11 h (heure de Paris)',
      },
    ],
  },
  {
    ...PAR1,
    text: 'VILLE DE LYON – Direction des ressources humaines\nRecrutement : gestionnaire carrière et paie (H/F) – cadre d’emplois des rédacteurs territoriaux (catégorie B)\n\nMadame,\n\nVotre candidature a retenu l’attention du jury à l’issue de l’épreuve écrite de mise en situation du 10 mai 2033. J’ai le plaisir de vous informer que vous êtes admise à poursuivre le processus de recrutement.\n\nPour information, les entretiens se dérouleront en deux séries : la première le mardi 31 mai, la seconde le mercredi 1er juin. Vous faites partie de la seconde série.\n\nVotre convocation :\nDate : 01/06/2033\nHeure : 14h15\nLieu : Hôtel de Ville, 1 place de la Comédie, salle des Commissions\n\nMerci de vous munir d’une pièce d’identité. Les résultats vous seront communiqués au plus tard le 17 juin 2033. La prise de poste est prévue au 1er septembre 2033.\n\nJe vous prie d’agréer, Madame, l’expression de mes salutations distinguées.\n\nPour le Maire et par délégation,\nLa Responsable du service Recrutement',
    expect: [
      { kind: 'interview', by: '2033-06-01', time: '14:15', phrase: 'Date : 01/06/2033\nHeure : 14h15' },
      { kind: 'response-by', by: '2033-06-17', phrase: 'au plus tard le 17 juin 2033' },
    ],
  },
  {
    ...BRU1,
    text: 'Votre candidature – Gestionnaire de dossiers sinistres\n\nBonjour Monsieur Vandenberghe,\n\nNous vous remercions sincèrement pour votre candidature et pour le temps consacré à notre entretien téléphonique.\n\nAprès mûre réflexion, nous avons le regret de vous informer que votre candidature n’a pas été retenue pour ce poste. Cette décision ne remet pas en cause la qualité de votre parcours.\n\nNous vous souhaitons plein succès dans vos recherches.\n\nBien à vous,\nSophie Lambert\nRecruiter – Assurances Mosane SA, Namur\n\nSent with Teamtailor',
    expect: [
      {
        kind: 'outcome',
        outcome: 'rejected',
        phrase: 'votre candidature n’a pas été retenue pour ce poste',
      },
    ],
  },
  {
    ...CMN1,
    text: 'Réponse de l’employeur concernant votre candidature – Téléconseiller bilingue (H/F)\n\nBonjour Yassine,\n\nMerci d’avoir postulé chez Atlas Contact Center via Indeed. Nous avons bien reçu votre CV.\n\nNotre équipe recrutement étudie actuellement l’ensemble des profils et vous recontactera dans un délai de 10 jours ouvrés pour vous informer de la suite donnée à votre candidature.\n\nCordialement,\nService Recrutement\nAtlas Contact Center – Casablanca',
    expect: [{ kind: 'response-by', by: '2033-06-01', phrase: 'dans un délai de 10 jours ouvrés' }],
  },
  {
    ...TUN1,
    text: 'Appel à candidatures – Ingénieur(e) qualité\n\nMadame, Monsieur,\n\nNous accusons réception de votre candidature au poste d’Ingénieur(e) qualité pour notre site de Sousse. L’appel à candidatures reste ouvert jusqu’au dimanche 5 juin 2033.\n\nMerci de ne pas nous relancer avant le lundi 6 juin : les dossiers ne seront examinés qu’après la clôture de l’appel.\n\nCordialement,\nDirection des Ressources Humaines\nMédiTex Industries SA, Tunis',
    expect: [
      {
        kind: 'no-contact-before',
        by: '2033-06-06',
        phrase: 'Merci de ne pas nous relancer avant le lundi 6 juin',
      },
    ],
  },
  {
    ...PAR1,
    text: 'Campagne des entretiens annuels 2033 – votre rendez-vous\n\nBonjour Julien,\n\nLa campagne des entretiens annuels d’évaluation est ouverte. Votre entretien avec votre manager, Hélène Robin, est planifié le lundi 30 mai à 15 h en salle Rivoli.\n\nMerci de compléter votre auto-évaluation dans SAP SuccessFactors avant le 27 mai. Les entretiens professionnels auront lieu séparément à l’automne.\n\nCordialement,\nL’équipe RH\nGroupe Hexalis',
    expect: [],
  },
  {
    ...PAR1,
    text: 'Convocation – soutenance de mémoire de Master 2\n\nBonjour Mme Lefèvre,\n\nVotre soutenance de mémoire de Master 2 « Marketing digital » aura lieu le jeudi 2 juin 2033 à 9 h 30, salle B204 (bâtiment Condorcet).\n\nLe jury sera composé de Mme Garnier (présidente) et de M. Dubois (directeur de mémoire). Merci de déposer la version définitive de votre mémoire sur Moodle au plus tard le 25 mai.\n\nBien cordialement,\nSecrétariat pédagogique\nUFR Sciences économiques et de gestion',
    expect: [],
  },
  {
    ...BRU1,
    text: 'État des lieux de sortie – Rue des Alexiens 47, 2e étage\n\nChère Madame,\n\nComme convenu, l’état des lieux de sortie de l’appartement aura lieu le vendredi 27 mai à 10 h en présence de l’expert, M. Claes. Merci de remettre les trois jeux de clés et les badges du parking à cette occasion.\n\nLa garantie locative sera libérée dans un délai de 15 jours après l’état des lieux, sous réserve de l’absence de dégâts.\n\nBien à vous,\nAgence Immo Sablon',
    expect: [],
  },
  {
    ...CMN1,
    text: 'Confirmation de votre rendez-vous – Demande de visa long séjour\n\nBonjour,\n\nNous vous confirmons votre rendez-vous au centre TLScontact de Casablanca pour le dépôt de votre demande de visa :\n\nDate : mercredi 25 mai 2033\nHeure : 10 h 20\nAdresse : Centre TLScontact, boulevard d’Anfa\n\nMerci de vous présenter 15 minutes avant l’heure de votre rendez-vous avec votre passeport, votre contrat de travail et l’original de la convocation.\n\nCordialement,\nTLScontact Maroc',
    expect: [],
  },
  {
    ...YUL1,
    text: 'Webinaire gratuit : réussir son entrevue d’embauche\n\nBonjour Marc-André,\n\nVous avez une entrevue bientôt? Notre conseillère en emploi, Geneviève Côté, vous donnera ses meilleurs trucs lors d’un webinaire gratuit le mardi 24 mai à 12 h 30 (heure de l’Est).\n\nAu programme : questions pièges, entrevues par compétences et suivi après l’entrevue.\n\nInscrivez-vous avant le 23 mai pour recevoir le lien Zoom.\n\nL’équipe de Carrefour Jeunesse-Emploi Montréal-Centre',
    expect: [],
  },
  {
    ...DKR1,
    text: 'Demande de référence – Mme Awa Ndiaye\n\nBonjour Madame Sow,\n\nJe suis chargé de recrutement chez Sahel Énergies. Mme Awa Ndiaye, qui a travaillé sous votre responsabilité de 2029 à 2032, est candidate chez nous au poste de contrôleuse de gestion et vous a citée comme référence.\n\nSeriez-vous disponible pour un bref échange téléphonique le jeudi 19 mai à 16 h ? Cela ne devrait pas prendre plus de quinze minutes.\n\nMerci par avance pour votre aide.\n\nCordialement,\nOusmane Faye\nSahel Énergies SA',
    expect: [],
  },
  {
    ...PAR1,
    text: 'Votre contrôle technique : rendez-vous confirmé\n\nBonjour M. Girard,\n\nVotre rendez-vous de contrôle technique pour le véhicule immatriculé FG-284-KL est confirmé :\n\nle samedi 28 mai 2033 à 9 h, Autosur Ivry-sur-Seine, 12 rue Molière.\n\nRappel : votre contrôle technique doit être réalisé avant le 14 juin 2033. Pensez à apporter votre carte grise.\n\nÀ bientôt,\nAutosur',
    expect: [],
  },
];

// Round 315: Friday 4 November 2033 (Europe on winter time since 30 October; Toronto still on EDT until 6 November).
const BER2 = { sentAt: '2033-11-04T10:07:00+01:00', tz: 'Europe/Berlin' } as const;
const VIE2 = { sentAt: '2033-11-04T13:26:00+01:00', tz: 'Europe/Vienna' } as const;
const ZRH2 = { sentAt: '2033-11-04T08:49:00+01:00', tz: 'Europe/Zurich' } as const;
const LUX2 = { sentAt: '2033-11-04T15:18:00+01:00', tz: 'Europe/Luxembourg' } as const;
const NUE2 = { sentAt: '2033-11-04T11:34:00+01:00', tz: 'Europe/Berlin' } as const;
const MAD2 = { sentAt: '2033-11-04T12:02:00+01:00', tz: 'Europe/Madrid' } as const;
const MEX2 = { sentAt: '2033-11-04T21:40:00-06:00', tz: 'America/Mexico_City' } as const;
const BUE2 = { sentAt: '2033-11-04T16:20:00-03:00', tz: 'America/Argentina/Buenos_Aires' } as const;
const SCL2 = { sentAt: '2033-11-04T09:55:00-03:00', tz: 'America/Santiago' } as const;
const BOG2 = { sentAt: '2033-11-04T10:12:00-05:00', tz: 'America/Bogota' } as const;
const LIM2 = { sentAt: '2033-11-04T18:45:00-05:00', tz: 'America/Lima' } as const;
const PAR2 = { sentAt: '2033-11-04T09:31:00+01:00', tz: 'Europe/Paris' } as const;
const BRU2 = { sentAt: '2033-11-04T14:06:00+01:00', tz: 'Europe/Brussels' } as const;
const YUL2 = { sentAt: '2033-11-04T15:42:00-04:00', tz: 'America/Toronto' } as const;
const CMN2 = { sentAt: '2033-11-04T10:58:00+01:00', tz: 'Africa/Casablanca' } as const;
const DKR2 = { sentAt: '2033-11-04T12:14:00+00:00', tz: 'Africa/Dakar' } as const;
const TUN2 = { sentAt: '2033-11-04T08:40:00+01:00', tz: 'Africa/Tunis' } as const;

/** Round 315: German, sent Friday 4 November 2033. */
export const ROUND_315_DE: readonly PhraseRow[] = [
  {
    ...ZRH2,
    text: 'Interview Invitation – Senior Buyer Indirect Procurement (R-20417)\n\nCandidate Home | Job Requisition: R-20417 | Location: Basel\n\nGuten Tag Frau Hadžić\n\nWir danken Ihnen für Ihre Bewerbung bei der Rheinknie Pharma AG und freuen uns, Sie zu einem Vorstellungsgespräch einzuladen.\n\nDatum: Mittwoch, 16. November 2033\nUhrzeit: 13:00 Uhr\nOrt: Rheinknie Campus, Gebäude 7, Empfang (Grenzacherstrasse 88, 4058 Basel)\nTeilnehmende: Urs Gisler (Head of Procurement), Petra Moser (HR Business Partner)\n\nBitte bestätigen Sie Ihre Teilnahme über Ihr Kandidatenprofil.\n\nFreundliche Grüsse\nTalent Acquisition Switzerland\n\nPowered by Workday',
    expect: [
      {
        kind: 'interview',
        by: '2033-11-16',
        time: '13:00',
        phrase: 'Datum: Mittwoch, 16. November 2033\nUhrzeit: 13:00 Uhr',
      },
    ],
  },
  {
    ...BER2,
    text: 'Ihre Bewerbung als Elektroniker für Betriebstechnik (m/w/d)\n\nSehr geehrter Herr Kowalczyk,\n\nvielen Dank für das informative Gespräch am Mittwoch und den Rundgang durch unsere Fertigung. Unsere Werkleitung berät sich derzeit noch mit dem Betriebsrat.\n\nWir werden uns spätestens Anfang kommender Woche mit einer Entscheidung bei Ihnen melden.\n\nMit freundlichen Grüßen\nSandra Vogt\nPersonalreferentin\nLausitzer Kunststofftechnik GmbH\n\nVersendet mit rexx systems',
    expect: [
      { kind: 'response-by', by: '2033-11-09', fuzzy: true, phrase: 'spätestens Anfang kommender Woche' },
    ],
  },
  {
    ...BER2,
    text: 'Vertragsangebot – Teamleitung Kundenservice\n\nLiebe Frau Albrecht,\n\nich freue mich sehr, Ihnen mitteilen zu dürfen, dass sich unser Kunde, die Rheinauen Versicherung AG, nach den Gesprächen für Sie entschieden hat! Im Anhang finden Sie das Vertragsangebot mit einem Jahresgehalt von 68.000 EUR brutto und einem Stellenantritt zum 1. Januar 2034.\n\nBitte geben Sie mir bis Mittwoch, 9. November, Bescheid, ob Sie das Angebot annehmen möchten. Für Fragen zum Vertrag rufen Sie mich gerne jederzeit an.\n\nHerzliche Grüße\nJan-Philipp Merz\nSenior Recruitment Consultant\nAdecco Personaldienstleistungen GmbH, Düsseldorf',
    expect: [
      {
        kind: 'outcome',
        outcome: 'offer',
        phrase:
          'dass sich unser Kunde, die Rheinauen Versicherung AG, nach den Gesprächen für Sie entschieden hat',
      },
    ],
  },
  {
    ...NUE2,
    text: 'Bundesagentur für Arbeit – Regionaldirektion Bayern\nInterner Service Personal\n\nEinladung zum Auswahlgespräch – Fachassistenz Leistungsgewährung (TE V), Referenznummer 2033_BA_RD-BY_0877\n\nSehr geehrter Herr Aydın,\n\nvielen Dank für Ihre Bewerbung. Nach Auswertung des Online-Assessments vom 19. Oktober 2033 laden wir Sie zu einem strukturierten Auswahlgespräch ein. Die Gespräche finden an drei Tagen statt (21., 22. und 23. November 2033); für Sie haben wir folgenden Termin reserviert:\n\nTermin: Dienstag, 22.11.2033, 9:30 Uhr\nOrt: Agentur für Arbeit Nürnberg, Richard-Wagner-Platz 5, Raum E.117\nDauer: ca. 60 Minuten\n\nDas Ergebnis teilen wir Ihnen innerhalb von drei Wochen nach dem Auswahlgespräch schriftlich mit. Reisekosten werden nach dem Bundesreisekostengesetz erstattet; bitte reichen Sie den Antrag bis spätestens 6. Dezember 2033 ein.\n\nMit freundlichen Grüßen\nIm Auftrag\nK. Hofbauer',
    expect: [
      {
        kind: 'interview',
        by: '2033-11-22',
        time: '09:30',
        phrase: 'Termin: Dienstag, 22.11.2033, 9:30 Uhr',
      },
      {
        kind: 'response-by',
        by: '2033-12-13',
        phrase: 'innerhalb von drei Wochen nach dem Auswahlgespräch',
      },
    ],
  },
  {
    ...BER2,
    text: 'Hi Malte,\n\ndanke dir für deine Zeit gestern – das Pairing mit Svenja hat echt Spaß gemacht und wir haben einen richtig guten Eindruck von dir bekommen. 🙌\n\nWir sprechen am Montag noch im Team über alle Kandidat:innen und melden uns bis spätestens Dienstag bei dir, versprochen.\n\nSchönes Wochenende!\nKaro\nHead of People, Kiezkasse\n\nGesendet über JOIN',
    expect: [{ kind: 'response-by', by: '2033-11-08', phrase: 'bis spätestens Dienstag' }],
  },
  {
    ...VIE2,
    text: 'Amt der Tiroler Landesregierung – Abteilung Personal\nGZ: PERS-2033/4412\n\nIhre Bewerbung als Referent/in für Förderwesen (Verwendungsgruppe b)\n\nSehr geehrte Frau Mag. Gruber,\n\nwir bedanken uns für Ihr Interesse an einer Tätigkeit beim Land Tirol und für Ihre Teilnahme am Hearing.\n\nNach eingehender Prüfung aller Bewerbungen bedauern wir, Ihnen mitteilen zu müssen, dass wir Ihre Bewerbung nicht berücksichtigen konnten. Die Entscheidung ist auf eine Bewerberin mit einschlägiger Erfahrung in der EU-Regionalförderung gefallen.\n\nIhre Bewerbungsunterlagen werden nach Ablauf von sechs Monaten gelöscht.\n\nMit freundlichen Grüßen\nFür die Landesregierung\nDr. Thomas Leitner',
    expect: [
      {
        kind: 'outcome',
        outcome: 'rejected',
        phrase: 'dass wir Ihre Bewerbung nicht berücksichtigen konnten',
      },
    ],
  },
  {
    ...LUX2,
    text: 'Re: Ihre Bewerbung über LinkedIn – Compliance Officer (AML/KYC)\n\nSehr geehrter Herr Schmit,\n\nvielen Dank für Ihre Bewerbung über LinkedIn, die ich gerne an unser Compliance-Team weitergeleitet habe. Wir führen derzeit noch Gespräche mit weiteren Kandidatinnen und Kandidaten.\n\nBitte kontaktieren Sie uns nicht vor dem 21. November zum Stand Ihrer Bewerbung; dann liegen uns alle Rückmeldungen der Fachabteilung vor. Telefonische Anfragen können wir leider grundsätzlich nicht beantworten.\n\nMit freundlichen Grüßen\nAnne Reuter\nHR Business Partner\nBanque Moselle Privée S.A., Luxembourg',
    expect: [
      {
        kind: 'no-contact-before',
        by: '2033-11-21',
        phrase: 'Bitte kontaktieren Sie uns nicht vor dem 21. November',
      },
      { kind: 'no-calls', phrase: 'Telefonische Anfragen können wir leider grundsätzlich nicht beantworten' },
    ],
  },
  {
    ...BER2,
    text: 'Eingangsbestätigung Ihrer Bewerbung – Referenz 2033-0931\n\nSehr geehrte Frau Papadopoulos,\n\nherzlichen Dank für Ihre Bewerbung als Assistenz der Geschäftsführung (m/w/d). Ihre Unterlagen sind vollständig bei uns eingegangen.\n\nDie Ausschreibung endet am 30.11.2033. Wir werden Ihre Bewerbung sorgfältig prüfen und uns melden, sobald wir einen Überblick über alle Bewerbungen haben.\n\nMit freundlichen Grüßen\nPersonalabteilung\nHavelkontor Verwaltungs GmbH',
    expect: [],
  },
  {
    ...NUE2,
    text: 'Willkommen an Bord, Felix! 🎉\n\nHallo Felix,\n\nwir freuen uns riesig, dass du ab dem 2. Januar 2034 unser Team verstärkst. Damit dein Start reibungslos klappt, hier das Wichtigste:\n\n• Erster Arbeitstag: Montag, 02.01.2034, 8:30 Uhr, Empfang Gebäude A\n• Dein Laptop wird am 28. Dezember an dich verschickt.\n• Das Gehalt wird jeweils zum 25. eines Monats überwiesen.\n\nBitte lade deinen Sozialversicherungsausweis und deine Steuer-ID bis zum 15. Dezember in Personio hoch.\n\nBis bald!\nDein People-Team von Frankenwerk Robotics',
    expect: [],
  },
  {
    ...BER2,
    text: 'connecticum 2033 – Dein Ticket ist da!\n\nHallo Leonie,\n\nvom 15. bis 17. November 2033 triffst du auf dem Flughafen Tempelhof über 300 Arbeitgeber. Unser Vortragsprogramm:\n\n– Di 15.11., 11:00 Uhr: „Das perfekte Vorstellungsgespräch“\n– Mi 16.11., 14:30 Uhr: „Gehalt verhandeln für Berufseinsteiger:innen“\n– Do 17.11., 10:00 Uhr: CV-Check mit Recruiter:innen von Randstad\n\nBring dein Ticket ausgedruckt oder auf dem Handy mit.\n\nDein connecticum-Team',
    expect: [],
  },
  {
    ...VIE2,
    text: 'Terminbestätigung – Ordination Dr. Elisabeth Huber, Fachärztin für Innere Medizin\n\nSehr geehrter Herr Steiner,\n\nhiermit bestätigen wir Ihren Termin zur Gesundenuntersuchung am Dienstag, 15. November 2033, um 08:20 Uhr. Bitte kommen Sie nüchtern und bringen Sie Ihre e-card sowie aktuelle Befunde mit.\n\nFalls Sie den Termin nicht wahrnehmen können, ersuchen wir um Absage bis spätestens 24 Stunden vorher.\n\nMit freundlichen Grüßen\nIhr Ordinationsteam\nWien-Landstraße',
    expect: [],
  },
  {
    ...BER2,
    text: 'Ihre DHL Sendung kommt am Montag\n\nGuten Tag,\n\nIhre Sendung 00340434 1822 0071 6655 von Otto wird voraussichtlich am Montag, 07.11.2033, zwischen 10:00 und 14:00 Uhr zugestellt.\n\nSie sind nicht zu Hause? Dann ändern Sie jetzt Ihre Zustelloptionen, z. B. Ablageort oder Wunschnachbar, bis Sonntag, 20:00 Uhr.\n\nIhr DHL Paket Team',
    expect: [],
  },
  {
    ...BER2,
    text: 'Ihre Bewerbung – fehlende Unterlagen\n\nSehr geehrter Herr Nguyen,\n\nvielen Dank für Ihre Bewerbung als Laborant (m/w/d). Leider fehlen uns noch Ihr Abschlusszeugnis und das letzte Arbeitszeugnis.\n\nBitte laden Sie die Dokumente bis spätestens Freitag, 18. November 2033, über den Link in Ihrem Bewerberkonto hoch. Erst danach können wir Ihre Bewerbung an die Fachabteilung weitergeben.\n\nMit freundlichen Grüßen\nRecruiting-Team\nSpreelabor Diagnostik GmbH\n\nGesendet über Personio',
    expect: [],
  },
  {
    ...NUE2,
    text: 'Prüfungsankündigung WiSe 2033/34 – Kostenrechnung (Modul BW-204)\n\nLiebe Studierende,\n\ndie Klausur im Modul Kostenrechnung findet am Montag, 21.11.2033, um 8:00 Uhr im Audimax statt (Bearbeitungszeit 90 Minuten). Die Anmeldung in PRIMUSS ist bis zum 11.11.2033 möglich; ein Rücktritt ist bis drei Werktage vor der Prüfung zulässig.\n\nDie Ergebnisse werden voraussichtlich innerhalb von vier Wochen veröffentlicht.\n\nViele Grüße\nProf. Dr. Sabine Ertl\nTechnische Hochschule Nürnberg',
    expect: [],
  },
];

/** Round 315b: Spanish, sent Friday 4 November 2033. */
export const ROUND_315B_ES: readonly PhraseRow[] = [
  {
    ...MEX2,
    text: 'Interview scheduled: Desarrollador/a Backend Sr. (remoto LATAM)\n\nEstimado Sr. Villaseñor:\n\nGracias por su interés en Nubaria Software, S.L. Nos complace invitarle a una entrevista técnica por videollamada con nuestro equipo de plataforma en Valencia.\n\nLa entrevista será el miércoles 9 de noviembre a las 17:00 (hora peninsular española) y tendrá una duración aproximada de una hora. Recibirá la invitación de Google Meet en este mismo correo.\n\nQuedamos a su disposición para cualquier duda.\n\nAtentamente,\nLucía Ferrer\nTalent Acquisition\n\nSent via SAP SuccessFactors',
    expect: [
      {
        kind: 'interview',
        by: '2033-11-09',
        time: '10:00',
        phrase: 'el miércoles 9 de noviembre a las 17:00 (hora peninsular española)',
      },
    ],
  },
  {
    ...BOG2,
    text: '¡Hola, Santiago! 👋\n\nQué chévere hablar contigo ayer. Te contamos que pasaste a la última etapa del proceso para Growth Analyst en Cafetal Pay: ahora tu caso lo revisan nuestros fundadores.\n\nTe daremos respuesta a más tardar el viernes 18 de noviembre. Si tienes alguna pregunta mientras tanto, escríbenos por aquí mismo en LinkedIn.\n\n¡Un abrazo!\nMafe\nTalent Lead, Cafetal Pay',
    expect: [{ kind: 'response-by', by: '2033-11-18', phrase: 'a más tardar el viernes 18 de noviembre' }],
  },
  {
    ...MAD2,
    text: 'DIPUTACIÓN PROVINCIAL DE SEVILLA\nÁrea de Recursos Humanos – Sección de Selección\n\nAsunto: Bolsa de empleo temporal de Auxiliar Administrativo/a. Convocatoria a la fase de entrevista.\n\nEstimada Sra. Morales Caro:\n\nUna vez finalizado el plazo de alegaciones a la lista provisional (publicada el 20 de octubre de 2033) y aprobada la lista definitiva de personas admitidas, se informa del calendario de entrevistas:\n\n– Aspirantes n.º 1 a 40: lunes 14 de noviembre de 2033.\n– Aspirantes n.º 41 a 80: martes 15 de noviembre de 2033.\n– Aspirantes n.º 81 a 117: miércoles 16 de noviembre de 2033.\n\nUsted figura con el número 57 de la lista, por lo que queda convocada el martes 15 de noviembre de 2033 a las 11:20 horas en la sede de la Diputación, Avda. Menéndez y Pelayo 32, Sala de Comisiones.\n\nDeberá acudir con DNI original. Las personas que no comparezcan serán excluidas de la bolsa.\n\nLo que se comunica para su conocimiento y efectos.\n\nEl Jefe de Sección de Selección',
    expect: [
      {
        kind: 'interview',
        by: '2033-11-15',
        time: '11:20',
        phrase: 'queda convocada el martes 15 de noviembre de 2033 a las 11:20 horas',
      },
    ],
  },
  {
    ...BUE2,
    text: '¡Buenas noticias, Lautaro!\n\n¿Cómo andás? Te escribo de Manpower porque el cliente (una distribuidora de alimentos de Pilar) quedó muy conforme con tus entrevistas y decidió ofrecerte el puesto de Supervisor de Depósito.\n\nTe adjunto la propuesta: sueldo bruto de $ 4.850.000, prepaga para vos y tu grupo familiar y fecha de ingreso el lunes 2 de enero. Si estás de acuerdo, necesitamos que nos confirmes antes del jueves 10 para arrancar con el preocupacional.\n\n¡Felicitaciones!\nAgustina Pereyra\nConsultora Sr. – Manpower Argentina',
    expect: [
      {
        kind: 'outcome',
        outcome: 'offer',
        phrase: 'decidió ofrecerte el puesto de Supervisor de Depósito',
      },
    ],
  },
  {
    ...SCL2,
    text: 'Postulación recibida – Ejecutivo/a Comercial Pyme\n\nHola Ignacio:\n\nGracias por postular a Banco del Maule a través de Indeed. Tu postulación fue recibida correctamente y está siendo revisada por nuestro equipo de Personas.\n\nNos pondremos en contacto contigo dentro de los próximos 10 días hábiles para informarte si continúas en el proceso.\n\nPor favor, no llames a las sucursales: no se atenderán llamadas sobre el estado de las postulaciones.\n\nSaludos cordiales,\nGerencia de Personas\nBanco del Maule',
    expect: [
      { kind: 'response-by', by: '2033-11-18', phrase: 'dentro de los próximos 10 días hábiles' },
      { kind: 'no-calls', phrase: 'no se atenderán llamadas sobre el estado de las postulaciones' },
    ],
  },
  {
    ...MAD2,
    text: 'Next steps – Key Account Manager Iberia\n\nHola, Nuria:\n\nMil gracias por la entrevista del miércoles con Pablo y conmigo, nos gustó mucho cómo planteaste el caso de negocio.\n\nEstamos terminando de entrevistar a los últimos candidatos y queremos tomar la decisión con calma. Te escribiremos a finales de mes con una respuesta, sea cual sea.\n\nUn saludo,\nElena Sanz\nHR Business Partner – Volta Iberia\n\nSent from Workday Recruiting',
    expect: [{ kind: 'response-by', by: '2033-11-30', phrase: 'a finales de mes' }],
  },
  {
    ...LIM2,
    text: 'Resultado de tu postulación – Analista de Créditos\n\nHola, Rocío:\n\nTe agradecemos por participar en nuestro proceso de selección para el puesto de Analista de Créditos en Financiera Inca Sur.\n\nLamentamos informarte que en esta ocasión no has sido seleccionada para continuar en el proceso. Tu perfil quedará registrado en nuestra base de datos para futuras convocatorias.\n\nMuchos éxitos,\nÁrea de Gestión del Talento\nFinanciera Inca Sur\n\nEnviado a través de Computrabajo',
    expect: [
      {
        kind: 'outcome',
        outcome: 'rejected',
        phrase: 'en esta ocasión no has sido seleccionada para continuar en el proceso',
      },
    ],
  },
  {
    ...MAD2,
    text: '¡Bienvenido a Hortalia, Adrián!\n\nHola, Adrián:\n\nNos alegra mucho que te incorpores al equipo de Operaciones. Te resumimos los próximos pasos:\n\n– Tu primer día será el lunes 9 de enero de 2034 a las 9:00, en nuestras oficinas de Méndez Álvaro.\n– La nómina se abona el último día hábil de cada mes.\n– Antes del 18 de noviembre, envíanos por favor tu número de la Seguridad Social y una copia del DNI.\n\n¡Nos vemos pronto!\nEquipo de Personas, Hortalia',
    expect: [],
  },
  {
    ...MEX2,
    text: 'Nueva entrevista asignada: Ejecutiva de Cuentas Clave\n\nHola Rodrigo,\n\nTe asignaron como entrevistador en el proceso de Ejecutiva de Cuentas Clave.\n\nCandidata: Laura Gómez Treviño\nEntrevista: jueves 10 de noviembre, 16:00 – 16:45\nModalidad: presencial, sala Chapultepec\n\nRecuerda llenar la tarjeta de evaluación en Teamtailor durante las 24 horas posteriores a la entrevista.\n\nSaludos,\nEquipo de Talento – Grupo Alcázar\n\nEnviado con Teamtailor',
    expect: [],
  },
  {
    ...BOG2,
    text: 'Confirmación de cita médica\n\nSeñor(a) JUAN CAMILO RESTREPO:\n\nSu cita de MEDICINA GENERAL quedó asignada así:\n\nFecha: martes 8 de noviembre de 2033\nHora: 7:20 a. m.\nSede: IPS Chapinero, Carrera 13 # 63-39, consultorio 204\n\nRecuerde llegar 20 minutos antes con su documento de identidad. Si no puede asistir, cancele su cita con mínimo 24 horas de anticipación.\n\nEPS Sanar Salud',
    expect: [],
  },
  {
    ...LIM2,
    text: 'Tenemos 12 nuevas ofertas para ti en Lima\n\nHola, Diego:\n\nEstas ofertas coinciden con tu búsqueda «Asistente contable»:\n\n• Asistente Contable – Textiles Pachacámac S.A.C. – Publicado hace 2 días – Fecha de cierre: 20/11/2033\n• Auxiliar de Contabilidad – Clínica San Borja – Entrevistas desde el 14 de noviembre\n• Practicante Contable – Agroexport del Sur – Incorporación inmediata\n\nPostula hoy y aumenta tus posibilidades.\n\nEl equipo de Computrabajo Perú',
    expect: [],
  },
  {
    ...BUE2,
    text: '¡Tu compra está en camino!\n\nHola, Micaela:\n\nTu paquete con «Auriculares inalámbricos Sonik X2» llega el martes 8 de noviembre entre las 9 y las 18 h.\n\nSi no vas a estar, podés elegir otro día o un punto de retiro hasta el lunes a las 23:59.\n\nMercado Libre',
    expect: [],
  },
  {
    ...SCL2,
    text: 'Calendario de exámenes – Estadística II (EST-202), sección 3\n\nEstimados/as estudiantes:\n\nLes recuerdo que el examen final de Estadística II será el lunes 21 de noviembre a las 8:30 en la sala B-305. El examen de repetición está programado para el 5 de diciembre.\n\nLa inscripción para rendir con calculadora programable vence el 14/11.\n\nSaludos,\nProf. Andrea Muñoz\nFacultad de Economía y Negocios',
    expect: [],
  },
  {
    ...MAD2,
    text: 'Justificante de presentación de solicitud – Registro Electrónico\n\nSe ha registrado correctamente su solicitud de admisión al proceso selectivo para el ingreso en el Cuerpo de Gestión de la Administración Civil del Estado (Orden de 14 de octubre de 2033).\n\nNúmero de registro: REGAGE33e00041872215\nFecha y hora de presentación: 04/11/2033 11:58:31\n\nEl plazo de presentación de solicitudes finaliza el 30 de noviembre de 2033. La relación provisional de personas admitidas y excluidas se publicará en el BOE en la forma prevista en las bases.\n\nEste justificante no requiere respuesta.',
    expect: [],
  },
];

/** Round 315c: French, sent Friday 4 November 2033. */
export const ROUND_315C_FR: readonly PhraseRow[] = [
  {
    ...YUL2,
    text: 'Invitation à une entrevue – Analyste principal(e), risques de crédit\n\nInterview Type: Video | Requisition: 2300719\n\nBonjour Monsieur Bouchard,\n\nÀ la suite de l’analyse de votre candidature, nous avons le plaisir de vous inviter à une entrevue virtuelle avec M. Gagnon, directeur Risques, et Mme Pelletier, conseillère en acquisition de talents.\n\nL’entrevue aura lieu le mardi 8 novembre 2033 à 9 h 30, sur Microsoft Teams. Prévoyez environ une heure.\n\nMerci de confirmer votre présence en répondant à ce courriel.\n\nCordialement,\nCaisse d’épargne Laurentienne\n\nThis email was sent from Oracle Taleo.',
    expect: [
      {
        kind: 'interview',
        by: '2033-11-08',
        time: '09:30',
        phrase: 'L’entrevue aura lieu le mardi 8 novembre 2033 à 9 h 30',
      },
    ],
  },
  {
    ...LUX2,
    text: 'Votre candidature – Comptable fournisseurs (H/F), Kirchberg\n\nBonjour Madame Ferreira,\n\nMerci pour notre échange de ce matin. J’ai transmis votre dossier à mon client, qui doit encore rencontrer deux candidats lundi et mardi.\n\nJe reviendrai vers vous au plus tard mercredi prochain avec son retour.\n\nBien à vous,\nMaxime Kieffer\nSenior Consultant Finance & Accounting\nHays Luxembourg',
    expect: [{ kind: 'response-by', by: '2033-11-09', phrase: 'au plus tard mercredi prochain' }],
  },
  {
    ...PAR2,
    text: 'Centre interdépartemental de gestion de la Grande Couronne\nConcours externe d’attaché territorial – session 2033\n\nCONVOCATION À L’ÉPREUVE ORALE D’ADMISSION\n\nMadame,\n\nÀ l’issue des épreuves écrites d’admissibilité du 6 octobre 2033, le jury vous a déclarée admissible (liste publiée le 25 octobre 2033).\n\nLes épreuves orales d’admission se dérouleront du lundi 21 au mercredi 30 novembre 2033. Vous êtes convoquée à l’entretien avec le jury :\n\nle jeudi 24 novembre 2033 à 8 h 45\nMaison des examens, 15 rue Boileau, Versailles – salle 3\n\nVous devrez vous présenter 30 minutes avant l’heure de convocation, munie de la présente convocation et d’une pièce d’identité en cours de validité. Tout retard pourra entraîner l’exclusion du concours.\n\nPour le Président du Centre de gestion,\nLa Directrice de l’emploi et des concours',
    expect: [
      {
        kind: 'interview',
        by: '2033-11-24',
        time: '08:45',
        phrase: 'le jeudi 24 novembre 2033 à 8 h 45',
      },
    ],
  },
  {
    ...DKR2,
    text: 'Salut Moussa,\n\nMerci pour ton test technique, l’équipe a beaucoup aimé ta solution pour la synchro hors ligne ! 💪\n\nOn te propose un entretien technique avec Fatou (CTO) le lundi 14 novembre à 15 h GMT, sur Google Meet. Ça devrait durer une heure.\n\nTu me confirmes que c’est bon pour toi ?\n\nÀ lundi,\nAminata\nTalent, Wari Mobile – Dakar\n\nEnvoyé via Welcome to the Jungle',
    expect: [
      {
        kind: 'interview',
        by: '2033-11-14',
        time: '15:00',
        phrase: 'le lundi 14 novembre à 15 h GMT',
      },
    ],
  },
  {
    ...BRU2,
    text: 'Proposition d’engagement – Coordinateur·rice de projets énergie\n\nBonjour Monsieur Mertens,\n\nSuite à nos entretiens et à l’assessment chez Randstad, nous avons le plaisir de vous proposer le poste de coordinateur de projets énergie au sein de notre département Infrastructures, sous contrat à durée indéterminée.\n\nVous trouverez en annexe notre proposition détaillée (rémunération, voiture de société, chèques-repas). L’entrée en fonction est envisagée au 1er février 2034.\n\nNous vous saurions gré de nous faire part de votre décision pour le vendredi 18 novembre au plus tard.\n\nBien cordialement,\nNathalie Dumont\nHR Manager – Intercommunale Wallonne d’Énergie',
    expect: [
      {
        kind: 'outcome',
        outcome: 'offer',
        phrase: 'nous avons le plaisir de vous proposer le poste',
      },
    ],
  },
  {
    ...CMN2,
    text: 'Suite donnée à votre candidature – Chef de projet digital\n\nMonsieur El Amrani,\n\nNous vous remercions pour l’intérêt que vous portez à Banque Atlantique du Maroc et pour votre participation à nos entretiens.\n\nNous sommes au regret de vous informer que nous ne donnerons pas une suite favorable à votre candidature pour ce poste. Nous conservons néanmoins votre dossier dans notre vivier de talents.\n\nVeuillez agréer, Monsieur, nos salutations distinguées.\n\nDirection du Capital Humain',
    expect: [
      {
        kind: 'outcome',
        outcome: 'rejected',
        phrase: 'nous ne donnerons pas une suite favorable à votre candidature',
      },
    ],
  },
  {
    ...TUN2,
    text: 'Accusé de réception – Candidature spontanée\n\nMadame Ben Salah,\n\nNous avons bien reçu votre candidature au poste de technicienne de maintenance et vous en remercions. Notre équipe RH l’étudiera avec la plus grande attention.\n\nNous vous répondrons dans un délai de trois semaines. Merci de ne pas appeler nos services au sujet de votre candidature : toutes les réponses sont envoyées par courriel.\n\nCordialement,\nService Ressources Humaines\nCarthage Composants SARL',
    expect: [
      { kind: 'response-by', by: '2033-11-25', phrase: 'dans un délai de trois semaines' },
      { kind: 'no-calls', phrase: 'Merci de ne pas appeler nos services au sujet de votre candidature' },
    ],
  },
  {
    ...BRU2,
    text: 'Rencontres parents-enseignants – 1re secondaire B\n\nChers parents,\n\nLes rencontres individuelles avec les titulaires auront lieu le jeudi 17 novembre de 16 h à 19 h. Pour Lucas, je vous propose 17 h 20 en classe 112.\n\nLes bulletins de Toussaint seront remis aux élèves le 10 novembre. Merci de confirmer votre présence via Smartschool pour mardi.\n\nBien à vous,\nMme Delcourt, titulaire\nAthénée royal d’Uccle',
    expect: [],
  },
  {
    ...YUL2,
    text: 'Allo toi!\n\nDevine quoi : j’ai mon entrevue chez Hydro-Québec lundi à 14 h pour le poste d’ingénieure junior!! 😱 C’est au siège social, boulevard René-Lévesque.\n\nSerais-tu dispo dimanche soir pour me faire pratiquer les questions comportementales? Je t’apporte du sucre à la crème.\n\nBisous,\nMarie-Ève',
    expect: [],
  },
  {
    ...PAR2,
    text: 'Renforts pour votre pic d’activité de fin d’année\n\nMadame la Directrice des ressources humaines,\n\nEn cette période de forte activité, Adecco accompagne les entreprises de la logistique en Île-de-France avec des préparateurs de commandes et caristes qualifiés, disponibles immédiatement.\n\nJe serais ravi de vous présenter une sélection de profils lors d’un rendez-vous le mardi 15 novembre à 10 h dans vos locaux de Gennevilliers. Nos conditions tarifaires sont valables jusqu’au 31 décembre.\n\nRespectueusement,\nKevin Marchand\nResponsable d’agence – Adecco Gennevilliers',
    expect: [],
  },
  {
    ...PAR2,
    text: 'Désignation en qualité de membre de jury – Concours de rédacteur territorial principal\n\nMonsieur,\n\nPar arrêté du 2 novembre 2033, vous avez été désigné en qualité d’examinateur au sein du jury du concours de rédacteur territorial principal de 2e classe.\n\nLes entretiens avec les candidats se dérouleront les mardi 22 et mercredi 23 novembre 2033, de 8 h 30 à 18 h, au Centre de gestion. Une réunion d’harmonisation des examinateurs est prévue le vendredi 18 novembre à 14 h.\n\nJe vous remercie de bien vouloir confirmer votre participation avant le 10 novembre.\n\nLa Directrice de l’emploi et des concours',
    expect: [],
  },
  {
    ...CMN2,
    text: 'Votre rendez-vous avec votre conseiller\n\nChère cliente, cher client,\n\nVotre conseiller, M. Bennani, vous propose un rendez-vous le mercredi 9 novembre à 11 h en agence (Casablanca Maârif) afin de faire le point sur votre épargne et votre projet de crédit immobilier.\n\nSi ce créneau ne vous convient pas, vous pouvez en choisir un autre dans votre espace client.\n\nBien cordialement,\nVotre agence Crédit du Littoral',
    expect: [],
  },
  {
    ...PAR2,
    text: 'Planification de votre entretien professionnel\n\nBonjour Sarah,\n\nConformément à l’article L6315-1 du Code du travail, votre entretien professionnel biennal aura lieu le mardi 15 novembre à 10 h avec votre responsable, Laurent Petit, en salle Seine.\n\nCet entretien porte sur vos perspectives d’évolution et vos besoins de formation ; il est distinct de l’entretien annuel d’évaluation. Le support est disponible dans SAP SuccessFactors.\n\nBonne journée,\nService RH – Groupe Hexalis',
    expect: [],
  },
  {
    ...PAR2,
    text: 'La newsletter du vendredi : elles recrutent en novembre 🚀\n\nHello Clara,\n\nCette semaine, 10 entreprises qui recrutent avant la fin de l’année, nos conseils pour préparer un entretien en anglais, et notre prochain afterwork recrutement le jeudi 17 novembre à 19 h chez Potager.io (inscription avant le 15 novembre).\n\nÀ lire aussi : « Relancer un recruteur après un entretien : quand et comment ? »\n\nBonne lecture !\nL’équipe Welcome to the Jungle',
    expect: [],
  },
];
