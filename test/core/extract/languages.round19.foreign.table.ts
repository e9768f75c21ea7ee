// Rounds 291–293 (issue 13): fresh German, Spanish and French whole messages, written BEFORE the engine read them,
// from senders and layouts not tried before: SAP SuccessFactors, Workday, softgarden, d.vinci, rexx, Abacus Umantis,
// BITE and Personio (Sie- and Du-form); Stadtwerke, a Sparkasse, a university's W2 Berufungsverfahren, the Bundespolizei;
// Uruguay, Ecuador, Venezuela, Costa Rica, Guatemala, the Canaries, Galicia, Valencia, Chile (Laborum), Argentina
// (Bumeran), Colombia (Magneto), Computrabajo, Tecnoempleo and an oposición's tribunal; Luxembourg, Monaco, Senegal,
// Côte d'Ivoire, Tunisia, Morocco, New Caledonia, La Réunion, Welcome to the Jungle, APEC, France Travail,
// Talentsoft/Cegid and jobup.ch. Windows counted from a second event, a return from absence plus a window, "no need to
// call us: we'll write before Friday 23", a named person who will call on a day, reschedules naming the old slot.
// Names, companies and dates are invented; answers follow TIMELINE-CONVENTIONS.md. First runs: FIRST_RUN.
import type { PhraseRow } from './phrases.table';

// Tuesday 13 November 2029, 10:20 local.
const BER = { sentAt: '2029-11-13T10:20:00+01:00', tz: 'Europe/Berlin' } as const;
const ZRH = { sentAt: '2029-11-13T10:20:00+01:00', tz: 'Europe/Zurich' } as const;
const MAD = { sentAt: '2029-11-13T10:20:00+01:00', tz: 'Europe/Madrid' } as const;
const LPA = { sentAt: '2029-11-13T10:20:00+00:00', tz: 'Atlantic/Canary' } as const;
const MVD = { sentAt: '2029-11-13T10:20:00-03:00', tz: 'America/Montevideo' } as const;
const GYE = { sentAt: '2029-11-13T10:20:00-05:00', tz: 'America/Guayaquil' } as const;
const CCS = { sentAt: '2029-11-13T10:20:00-04:00', tz: 'America/Caracas' } as const;
const SJO = { sentAt: '2029-11-13T10:20:00-06:00', tz: 'America/Costa_Rica' } as const;
const GUA = { sentAt: '2029-11-13T10:20:00-06:00', tz: 'America/Guatemala' } as const;
const SCL = { sentAt: '2029-11-13T10:20:00-03:00', tz: 'America/Santiago' } as const;
const BUE = { sentAt: '2029-11-13T10:20:00-03:00', tz: 'America/Argentina/Buenos_Aires' } as const;
const BOG = { sentAt: '2029-11-13T10:20:00-05:00', tz: 'America/Bogota' } as const;
const LUX = { sentAt: '2029-11-13T10:20:00+01:00', tz: 'Europe/Luxembourg' } as const;
const MCM = { sentAt: '2029-11-13T10:20:00+01:00', tz: 'Europe/Monaco' } as const;
const DKR = { sentAt: '2029-11-13T10:20:00+00:00', tz: 'Africa/Dakar' } as const;
const ABJ = { sentAt: '2029-11-13T10:20:00+00:00', tz: 'Africa/Abidjan' } as const;
const TUN = { sentAt: '2029-11-13T10:20:00+01:00', tz: 'Africa/Tunis' } as const;
const CMN = { sentAt: '2029-11-13T10:20:00+01:00', tz: 'Africa/Casablanca' } as const;
const NOU = { sentAt: '2029-11-13T10:20:00+11:00', tz: 'Pacific/Noumea' } as const;
const RUN = { sentAt: '2029-11-13T10:20:00+04:00', tz: 'Indian/Reunion' } as const;
const PAR = { sentAt: '2029-11-13T10:20:00+01:00', tz: 'Europe/Paris' } as const;
const GVA = { sentAt: '2029-11-13T10:20:00+01:00', tz: 'Europe/Zurich' } as const;

/** Round 291: German. */
export const ROUND_291_DE: readonly PhraseRow[] = [
  {
    ...BER,
    text: 'Einladung zum Vorstellungsgespräch – Requisition 48213 – Controller (m/w/d)\n\nSehr geehrte Frau Özdemir,\n\nwir freuen uns, Sie zu einem persönlichen Gespräch einzuladen.\n\nDatum: Donnerstag, 22.11.2029\nUhrzeit: 10:30 – 11:45 Uhr\nOrt: Werk Ingolstadt, Gebäude C2, Raum 0.14\nGesprächspartner: Dr. Matthias Feld (Bereichsleitung Finanzen), Nadine Kranz (HR Business Partner)\n\nBitte bestätigen Sie den Termin über den Link in Ihrem Kandidatenprofil.\n\nMit freundlichen Grüßen\nIhr Recruiting Center\nDonautal Automotive SE\n\nDiese E-Mail wurde über SAP SuccessFactors generiert. Bitte antworten Sie nicht auf diese E-Mail.',
    expect: [{ kind: 'interview', by: '2029-11-22', time: '10:30' }],
  },
  {
    ...BER,
    text: 'Sehr geehrter Herr Lindqvist,\n\nherzlichen Dank, dass Sie sich am vergangenen Freitag die Zeit für das Gespräch mit unserem Fachbereich genommen haben. Das Auswahlgremium tagt am Mittwoch, 21. November. Eine Rückmeldung erhalten Sie spätestens zwei Tage später per E-Mail.\n\nMit freundlichen Grüßen\nTalent Acquisition DACH\nNordstern Versicherungen AG\n\nPowered by Workday',
    expect: [{ kind: 'response-by', by: '2029-11-23' }],
  },
  {
    ...BER,
    text: 'Hi Jonas,\n\ndanke für deine Bewerbung als Werkstudent Marketing! Miriam, unsere Teamleiterin, ist gerade im Urlaub. Nach ihrer Rückkehr am Montag, 26. November, meldet sie sich innerhalb von drei Tagen bei dir.\n\nLiebe Grüße\nAnni aus dem People Team\nKiezkaffee GmbH\n\nGesendet mit Personio',
    expect: [{ kind: 'response-by', by: '2029-11-29' }],
  },
  {
    ...BER,
    text: 'Sehr geehrte Frau Hagedorn,\n\nvielen Dank für Ihre Bewerbung als Sachbearbeiterin Debitorenbuchhaltung. Wir haben Ihre Unterlagen erhalten und werden sie sorgfältig prüfen.\n\nTelefonische Nachfragen zum Stand des Verfahrens – auch bei den Fachabteilungen oder über die Zentrale – bitten wir, im Interesse eines zügigen Ablaufs, zu unterlassen.\n\nMit freundlichen Grüßen\nPersonalabteilung\nStadtwerke Lüneburg GmbH\n\nÜbermittelt via softgarden',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...BER,
    text: 'Sehr geehrter Herr Dr. Hauser,\n\nim Namen der Berufungskommission für die W2-Professur „Computational Linguistics“ lade ich Sie herzlich zu einem Probevortrag mit anschließendem Kommissionsgespräch ein.\n\nTermin: Montag, 3. Dezember 2029, 13:15 Uhr\nOrt: Senatssaal, Hauptgebäude, Innstraße 41, Passau\n\nReisekosten werden nach dem Bayerischen Reisekostengesetz erstattet.\n\nMit freundlichen Grüßen\nProf. Dr. Ulrike Brandt\nVorsitzende der Berufungskommission\nUniversität an der Ilz\n\nBewerbermanagement: d.vinci',
    expect: [{ kind: 'interview', by: '2029-12-03', time: '13:15' }],
  },
  {
    ...BER,
    text: 'Sehr geehrte Frau Wagner,\n\naus terminlichen Gründen müssen wir unser Gespräch am Donnerstag, 15. November, 9:00 Uhr leider absagen. Als Ersatztermin schlagen wir Ihnen Dienstag, 20. November, 11:00 Uhr vor. Bitte geben Sie uns kurz Bescheid, ob Ihnen das passt.\n\nMit freundlichen Grüßen\nPersonalabteilung\nSparkasse Mittelholstein\n\n--\nVersendet über rexx systems',
    expect: [{ kind: 'interview', by: '2029-11-20', time: '11:00' }],
  },
  {
    ...ZRH,
    text: 'Grüezi Frau Kälin\n\nBesten Dank für Ihre Bewerbung als Fachfrau Betreuung Kind. Sie müssen uns nicht anrufen: Wir melden uns vor Freitag, 23. November, schriftlich bei Ihnen.\n\nFreundliche Grüsse\nHR-Team\nSozialwerk Pfannenstiel\n\nAbacus Umantis Bewerbermanagement',
    expect: [
      { kind: 'response-by', by: '2029-11-22' },
      { kind: 'no-contact-before', by: '2029-11-23', fuzzy: true },
    ],
  },
  {
    ...BER,
    text: 'Sehr geehrter Herr Kowalski,\n\nvielen Dank für Ihre Bewerbung als Industriemechaniker. Ihr Profil hat uns gefallen! Herr Albers, unser Produktionsleiter, ruft Sie am Freitag an, um einen Termin für ein Kennenlernen im Werk zu vereinbaren.\n\nMit freundlichen Grüßen\nPersonalwesen\nHeinrich Brökelmann GmbH & Co. KG\nFamilienunternehmen in dritter Generation\n\nBITE Bewerbermanagement',
    expect: [{ kind: 'response-by', by: '2029-11-16' }],
  },
  {
    ...BER,
    text: 'Bundespolizeiakademie – Einstellungsberatung\n\nSehr geehrter Herr Baumann,\n\nnach Ihrem bestandenen Sporttest am 6. November laden wir Sie zum Vorstellungsgespräch vor der Auswahlkommission ein. Es findet am Mittwoch, 28. November 2029, um 13:00 Uhr im Bundespolizeiaus- und -fortbildungszentrum Walsrode statt. Bitte bringen Sie Ihren Personalausweis mit.\n\nIm Auftrag\nSchröder\nPolizeihauptkommissar',
    expect: [{ kind: 'interview', by: '2029-11-28', time: '13:00' }],
  },
  {
    ...BER,
    text: 'Liebe Frau Petersen,\n\nwir freuen uns sehr, Ihnen die Position als Projektassistenz in unserem Team anbieten zu können! Ihren Arbeitsvertrag senden wir Ihnen innerhalb der nächsten fünf Werktage zu.\n\nHerzliche Grüße\nKatrin Vogel\nPeople & Culture, Fjordwerk Solutions GmbH\n\nGesendet mit Personio',
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2029-11-20' },
    ],
  },
  {
    ...BER,
    text: 'Sparkassen-Jobletter\n\nNeue Stellenangebote in Ihrer Region:\n\nPrivatkundenberater (m/w/d) – Sparkasse Holstein – Bad Oldesloe – Bewerbungsschluss 30.11.2029\nSachbearbeiter Kreditservice (m/w/d) – Förde Sparkasse – Kiel\n\nJetzt bewerben\n\nSie erhalten diesen Newsletter, weil Sie sich im Karriereportal der Sparkassen-Finanzgruppe angemeldet haben. Abmelden',
    expect: [],
  },
  {
    ...BER,
    text: 'Hallo Herr Brandt,\n\nwie jedes Jahr steht das Mitarbeitergespräch an. Ich habe uns für Donnerstag, 22. November, 14:00 Uhr im Raum 2.07 eingetragen. Bitte füllen Sie vorab den Gesprächsleitfaden im Portal aus.\n\nViele Grüße\nSabine Hoffmann\nAbteilungsleitung Vertrieb\nStadtwerke Emsland GmbH',
    expect: [],
  },
  {
    ...BER,
    text: 'Terminerinnerung\n\nHallo Jana, wir freuen uns auf dich am Samstag, 17. November, um 11:30 Uhr bei Mehmet (Schneiden & Färben). Bitte sag Termine mindestens 24 Stunden vorher ab.\n\nDein Team von Salon Haarwerk\nGebucht über Treatwell',
    expect: [],
  },
  {
    ...BER,
    text: 'Sehr geehrte Frau Dr. Engel,\n\nich erlaube mir, mich nach dem Stand meiner Bewerbung auf die Stelle als wissenschaftlicher Mitarbeiter (E13, 65 %) zu erkundigen. Sie hatten mir eine Rückmeldung bis Ende letzter Woche in Aussicht gestellt. Ab Montag, 19. November, bin ich für zwei Wochen auf einer Tagung, aber per E-Mail erreichbar.\n\nMit freundlichen Grüßen\nFelix Hartung',
    expect: [],
  },
  {
    ...BER,
    text: 'Hallo zusammen,\n\nanbei der Interviewplan für die Stelle Teamleitung Vertrieb:\n\nMittwoch, 21.11.\n9:00 Uhr – Frau Demir\n10:30 Uhr – Herr Polat\n13:00 Uhr – Frau Schäfer\n\nBitte tragt euch die Slots ein und lest die Unterlagen vorher im rexx-Portal.\n\nDanke und Gruß\nLena\nHR Business Partner',
    expect: [],
  },
  {
    ...BER,
    text: 'Career Service der Universität an der Ilz\n\nWebinar: „Fit für die Berufung – W2/W3-Verfahren verstehen“\nDonnerstag, 29. November 2029, 16:00 Uhr, via Zoom\n\nIn diesem Webinar erfahren Nachwuchswissenschaftlerinnen und -wissenschaftler, wie ein Berufungsverfahren abläuft und wie man sich auf Probevortrag und Kommissionsgespräch vorbereitet. Jetzt anmelden!\n\nNewsletter abbestellen',
    expect: [],
  },
];

/** Round 292: Spanish. */
export const ROUND_292_ES: readonly PhraseRow[] = [
  {
    ...MVD,
    text: 'Hola Florencia:\n\n¡Gracias por postularte a Charrúa Logística! Te confirmamos la entrevista presencial para el jueves 22 de noviembre a las 10:30 en nuestras oficinas de Ciudad Vieja (Rincón 487, piso 3). Preguntá por Matías en recepción.\n\nSaludos,\nEquipo de Selección\nCharrúa Logística S.A.\n\nPostulación recibida vía Computrabajo Uruguay',
    expect: [{ kind: 'interview', by: '2029-11-22', time: '10:30' }],
  },
  {
    ...GYE,
    text: 'Estimado Sr. Vera:\n\nGracias por avanzar a la etapa final del proceso para Jefe de Bodega. Le daremos una respuesta dentro de los ocho días siguientes a la entrevista final, prevista para el martes 20 de noviembre con la gerencia general.\n\nAtentamente,\nTalento Humano\nExportadora Bananera del Guayas S.A.',
    expect: [{ kind: 'response-by', by: '2029-11-28' }],
  },
  {
    ...CCS,
    text: 'Hola Gabriel, ¿qué tal?\n\nNos gustó mucho tu perfil para el cargo de Desarrollador Backend. Daniela, de nuestro equipo de Talento, te llama el jueves para cuadrar la prueba técnica.\n\nSaludos,\nAndreína Pérez\nCoordinadora de Talento\nAraguaney Software C.A.',
    expect: [{ kind: 'response-by', by: '2029-11-15' }],
  },
  {
    ...SJO,
    text: 'Hola Mariana:\n\nMuchas gracias por tu interés en la posición de Analista de Soporte Bilingüe. Tu currículum ya está con la jefatura del área. No hace falta que nos llames ni que nos escribas: te enviaremos la respuesta antes del viernes 23.\n\nPura vida,\nKarla Solano\nReclutamiento, Tucán Services S.R.L.',
    expect: [
      { kind: 'response-by', by: '2029-11-22' },
      { kind: 'no-contact-before', by: '2029-11-23', fuzzy: true },
    ],
  },
  {
    ...GUA,
    text: 'Estimada Licda. Morales:\n\nDebido a un cambio en la agenda del gerente financiero, la entrevista programada para el miércoles 14 de noviembre a las 9:00 a. m. se traslada al lunes 19 de noviembre a las 2:30 p. m., en el mismo lugar (zona 10, Edificio Quetzal, nivel 8).\n\nAgradecemos su comprensión.\n\nAtentamente,\nRecursos Humanos\nCorporación Cafetalera de Antigua S.A.',
    expect: [{ kind: 'interview', by: '2029-11-19', time: '14:30' }],
  },
  {
    ...MAD,
    text: 'Hola Iago:\n\nGracias por inscribirte en la oferta de Desarrollador/a Java publicada en Tecnoempleo. Estamos revisando todas las candidaturas y te daremos una respuesta en un plazo máximo de diez días naturales, tanto si sigues en el proceso como si no.\n\nUnha aperta,\nUxía Castro\nSelección, Rías Baixas Software S.L. (Vigo)',
    expect: [{ kind: 'response-by', by: '2029-11-23' }],
  },
  {
    ...MAD,
    text: 'Ajuntament de València · Servicio de Personal\n\nBolsa de trabajo de Técnico/a de Juventud\n\nEstimada Sra. Ferrer:\n\nLa comisión de valoración le cita para la entrevista personal el martes 27 de noviembre de 2029 a las 12:15 horas en la sala de juntas de la calle Amadeo de Saboya, 11. Deberá acudir provista de DNI.\n\nAtentamente,\nLa secretaria de la comisión',
    expect: [{ kind: 'interview', by: '2029-11-27', time: '12:15' }],
  },
  {
    ...SCL,
    text: 'Estimado postulante:\n\nHemos recibido su postulación a través de Laborum para el cargo de Ejecutivo Comercial. Le agradeceremos que, durante todo el proceso y aunque haya pasado tiempo desde su postulación, se abstenga de llamar por teléfono a nuestras sucursales: toda comunicación se hará por correo electrónico.\n\nSaludos cordiales,\nGerencia de Personas\nCooperativa Austral de Ahorro',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...BUE,
    text: 'Hola Nahuel:\n\nTe escribimos por tu postulación a Analista de Compras en Pampa Insumos S.A. Te agradecemos el tiempo que le dedicaste, pero la empresa decidió avanzar con otros postulantes cuyo perfil se ajusta más a lo que buscan.\n\n¡Éxitos en tu búsqueda!\n\nBumeran · Este mensaje fue enviado en nombre de Pampa Insumos S.A.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...BOG,
    text: '¡Hola Camila!\n\n¡Felicitaciones! Queremos que te unas a nuestro equipo como Coordinadora de Experiencia al Cliente. Te enviaremos la carta oferta con el detalle salarial a más tardar el jueves 15.\n\nUn abrazo,\nSantiago Díaz\nTalento, Guadua Seguros S.A.\n\nProceso gestionado con Magneto',
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2029-11-15' },
    ],
  },
  {
    ...LPA,
    text: 'Hola Yeray:\n\nGracias por tu interés en el puesto de Recepcionista en Hotel Dunas de Maspalomas. Para la entrevista tenemos estos huecos libres: jueves 15 a las 11:00, viernes 16 a las 9:30 o lunes 19 a las 12:00. Dinos cuál te viene mejor y te mandamos la confirmación.\n\nUn saludo,\nRRHH, Dunas Hoteles Canarias',
    expect: [],
  },
  {
    ...MAD,
    text: 'Computrabajo · Nuevas ofertas para ti\n\nAdministrativo/a contable – Gestoría Pérez Ruiz – A Coruña – Publicada hace 2 días\nAuxiliar de almacén – Frigoríficos del Atlántico – Vigo – Inscríbete antes del 30 de noviembre\n\nVer todas las ofertas · Darte de baja de estas alertas',
    expect: [],
  },
  {
    ...MAD,
    text: 'Generalitat Valenciana · Conselleria de Justicia\n\nCuerpo de Gestión Procesal – Turno libre\n\nEl tribunal calificador hace público el calendario de lectura del primer ejercicio:\n\nmartes 27 de noviembre, 16:00 h: aspirantes de la A a la F\nmiércoles 28 de noviembre, 16:00 h: aspirantes de la G a la M\n\nLas personas aspirantes deberán presentarse con DNI en la Ciudad de la Justicia de València.',
    expect: [],
  },
  {
    ...SCL,
    text: 'Hola Ignacio:\n\nComo parte de tu proceso de desvinculación, te agendamos una entrevista de salida con Personas el jueves 22 de noviembre a las 16:00. Es una conversación breve para conocer tu experiencia en la empresa.\n\nSaludos,\nFernanda Rojas\nGerencia de Personas, Viña Santa Elena',
    expect: [],
  },
  {
    ...MAD,
    text: 'Estimado cliente:\n\nLe recordamos su cita en Gestoría Albarracín para la firma de la declaración trimestral el lunes 19 de noviembre a las 10:00 h. Si no pudiera acudir, avísenos con antelación.\n\nUn saludo,\nGestoría Albarracín, Zaragoza',
    expect: [],
  },
  {
    ...MAD,
    text: 'Hola Brais:\n\nDesde Comunicación te cuento: una periodista de La Voz de Galicia quiere hacerte una entrevista para un reportaje sobre jóvenes ingenieros de la planta. Sería el miércoles 21 a las 12:00 en la sala de prensa. ¿Te animas?\n\nUn abrazo,\nSara Otero\nComunicación Corporativa, Astilleros do Berbés',
    expect: [],
  },
];

/** Round 293: French. */
export const ROUND_293_FR: readonly PhraseRow[] = [
  {
    ...LUX,
    text: 'Madame,\n\nNous avons bien reçu votre candidature au poste de Fund Accountant et avons le plaisir de vous inviter à un entretien le jeudi 22 novembre 2029 à 14h00 dans nos locaux du Kirchberg (12, avenue John F. Kennedy, L-1855 Luxembourg).\n\nNous vous prions de vous munir d’une pièce d’identité.\n\nVeuillez agréer, Madame, nos salutations distinguées.\n\nService des Ressources Humaines\nBanque Moselle Privée S.A.',
    expect: [{ kind: 'interview', by: '2029-11-22', time: '14:00' }],
  },
  {
    ...MCM,
    text: 'Monsieur,\n\nNous vous remercions pour l’intérêt que vous portez à notre établissement. Votre entretien avec le Directeur de l’hébergement est prévu le lundi 19 novembre ; nous reviendrons vers vous dans les huit jours suivant cet entretien.\n\nNous vous prions d’agréer, Monsieur, l’expression de nos sentiments distingués.\n\nDirection des Ressources Humaines\nHôtel du Rocher – Monte-Carlo',
    expect: [
      { kind: 'interview', by: '2029-11-19' },
      { kind: 'response-by', by: '2029-11-27' },
    ],
  },
  {
    ...DKR,
    text: 'Bonjour Madame Diop,\n\nNous avons bien reçu votre dossier pour le poste de comptable. M. Ndiaye, notre responsable du recrutement, vous appellera mercredi pour convenir d’une date d’entretien.\n\nCordialement,\nLe service RH\nTéranga Distribution SA, Dakar',
    expect: [{ kind: 'response-by', by: '2029-11-14' }],
  },
  {
    ...ABJ,
    text: 'Monsieur Kouassi,\n\nPour des raisons d’agenda de la Direction, l’entretien initialement prévu le vendredi 16 novembre à 10 h est reporté au mardi 20 novembre à 15 h, au siège du Plateau, 7e étage.\n\nNous vous prions de nous excuser pour ce contretemps.\n\nCordialement,\nDirection des Ressources Humaines\nCacao Lagunes Industries SA',
    expect: [{ kind: 'interview', by: '2029-11-20', time: '15:00' }],
  },
  {
    ...TUN,
    text: 'Madame, Monsieur,\n\nNous accusons réception de votre candidature. Nous vous prions, par égard pour l’ensemble des candidats et afin de garantir l’équité de la procédure, de ne pas contacter nos services par téléphone. Seuls les candidats présélectionnés seront convoqués.\n\nLa Direction des Ressources Humaines\nSociété Tunisienne des Huiles du Sahel',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...CMN,
    text: 'Bonjour Monsieur Alaoui,\n\nMerci pour votre candidature au poste de chef de projet digital. Inutile de nous relancer : nous vous écrirons avant le vendredi 23 novembre pour vous faire part de notre décision.\n\nBien cordialement,\nSalma Bennani\nTalent Acquisition, Atlas Média Groupe',
    expect: [
      { kind: 'response-by', by: '2029-11-22' },
      { kind: 'no-contact-before', by: '2029-11-23', fuzzy: true },
    ],
  },
  {
    ...NOU,
    text: 'Madame Wamytan,\n\nSuite à votre candidature au poste d’agent administratif, nous vous confirmons votre entretien le mardi 27 novembre à 8 h 30 à l’hôtel de la province Sud, bureau 214. Merci de vous présenter 15 minutes avant.\n\nCordialement,\nDirection des ressources humaines et des systèmes d’information\nProvince Sud, Nouméa',
    expect: [{ kind: 'interview', by: '2029-11-27', time: '08:30' }],
  },
  {
    ...RUN,
    text: 'Bonjour Monsieur Hoarau,\n\nJe vous réponds à la place de Mme Payet, actuellement en congés. Elle reprendra votre dossier à son retour, le lundi 26 novembre, et vous donnera une réponse dans les trois jours ouvrés qui suivent.\n\nBien à vous,\nNathalie Grondin\nAssistante RH, Sucrerie du Gol',
    expect: [{ kind: 'response-by', by: '2029-11-29' }],
  },
  {
    ...PAR,
    text: 'Hello Camille !\n\nMerci pour ta candidature au poste de Product Designer chez Pastèque, reçue via Welcome to the Jungle. Notre équipe regarde chaque profil avec attention et revient vers toi sous 10 jours, quelle que soit la réponse.\n\nÀ très vite,\nLa team Pastèque 🍉',
    expect: [{ kind: 'response-by', by: '2029-11-23' }],
  },
  {
    ...PAR,
    text: 'Madame,\n\nNous avons le plaisir de vous confirmer votre embauche en qualité de contrôleuse de gestion. Votre contrat de travail vous parviendra par courrier dans les cinq jours ouvrés.\n\nNous nous réjouissons de vous accueillir.\n\nLa Direction des Ressources Humaines\nGroupe Verdaline\n\nMessage envoyé depuis Cegid Talentsoft',
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2029-11-20' },
    ],
  },
  {
    ...GVA,
    text: 'Madame Rochat,\n\nNous vous remercions de votre postulation pour le poste d’assistante de direction publiée sur jobup.ch. Après un examen attentif, nous sommes au regret de vous informer que votre dossier n’a pas été retenu.\n\nNous vous adressons nos meilleures salutations.\n\nRessources humaines\nLéman Horlogerie SA',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...PAR,
    text: 'France Travail\n\nBonjour Monsieur Girard,\n\nVous avez rendez-vous avec votre conseiller, M. Lambert, le lundi 19 novembre 2029 à 14h00 à l’agence de Lyon Part-Dieu pour faire le point sur votre projet professionnel. En cas d’empêchement, prévenez-nous depuis votre espace personnel.\n\nVotre conseiller France Travail',
    expect: [],
  },
  {
    ...PAR,
    text: 'Bonjour Aurélie,\n\nVotre entretien annuel d’évaluation avec votre manager, Julien Morel, est planifié le mercredi 28 novembre à 10h. Pensez à compléter votre auto-évaluation dans Talentsoft avant cette date.\n\nL’équipe RH\nMaisons Bréhat',
    expect: [],
  },
  {
    ...PAR,
    text: 'Madame, Monsieur,\n\nNous vous confirmons votre rendez-vous à l’étude de Maître Lefèvre, notaire, le vendredi 16 novembre à 11h, pour la signature de l’acte de vente.\n\nL’étude de Maître Lefèvre\nNotaires associés, Rennes',
    expect: [],
  },
  {
    ...PAR,
    text: 'Webinaire Apec\n\n« Négocier son salaire à l’embauche »\nMardi 20 novembre 2029, de 12h30 à 13h30\n\nUne consultante Apec vous donne les clés pour préparer la discussion salariale en entretien. Inscription gratuite.\n\nSe désinscrire',
    expect: [],
  },
  {
    ...PAR,
    text: 'Ministère de l’Intérieur – Concours externe de secrétaire administratif\n\nLes épreuves orales d’admission se dérouleront du 26 au 30 novembre 2029. Le calendrier de passage des candidats déclarés admissibles est consultable sur le site du ministère ; chaque candidat recevra sa convocation individuelle.',
    expect: [],
  },
  {
    ...PAR,
    text: 'Bonjour Madame Perrin,\n\nJe me permets de vous relancer concernant ma candidature au poste de technicien de maintenance. Lors de notre entretien du 5 novembre, vous m’aviez indiqué une réponse sous huit jours.\n\nDans l’attente de votre retour, je vous prie d’agréer mes salutations distinguées.\n\nThomas Leclerc',
    expect: [],
  },
];
