// Rounds 316–316c (issue 13): fresh German, Spanish and French whole messages by fx418, written BEFORE the engine
// read them (after the engine's rule on appointments named by their purpose and readers greeted by a role, and
// before any fix from these rows). Half of each round are negatives of kinds the earlier rounds did not hold: a
// sports club's trial training, an internal vacancy mailed to all staff, the reader as the hiring manager in an ATS
// notice, a job centre's application training, an animal shelter's meeting with a dog, a tradesman's quote; a
// language school's placement test, a student's scholarship interview, a company asking a university's careers
// office for a meeting, a volunteer's information evening, a buyer asking to see a car; a gym's trial session, an
// exhibitor's stand at a job fair, a social housing commission, a driving test, a job centre's workshop on
// interviews, a buyer's offer on a marketplace. Positives from an South Tyrol hotel group, a Swiss pharma's Workday,
// an Austrian Land, an agency, Personio, a Uruguayan bank, a Canarian hotel chain, an Ecuadorian retailer, Greenhouse
// in Costa Rica, a Dominican distributor, a Mexican recruiter, umantis in Geneva, an Ivorian bank, Taleo in Québec, a
// Brussels recruiter, a Réunion firm and a Paris start-up. Names, companies and dates are invented; answers follow
// TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Tuesday 7 March 2034 (before the DST changes of Europe, 26 March, and North America, 12 March).
const BER = { sentAt: '2034-03-07T10:14:00+01:00', tz: 'Europe/Berlin' } as const;
const MER = { sentAt: '2034-03-07T08:52:00+01:00', tz: 'Europe/Rome' } as const;
const BSL = { sentAt: '2034-03-07T16:20:00+01:00', tz: 'Europe/Zurich' } as const;
const VIE = { sentAt: '2034-03-07T13:05:00+01:00', tz: 'Europe/Vienna' } as const;
const CGN = { sentAt: '2034-03-07T11:41:00+01:00', tz: 'Europe/Berlin' } as const;
const MVD = { sentAt: '2034-03-07T09:30:00-03:00', tz: 'America/Montevideo' } as const;
const LPA = { sentAt: '2034-03-07T12:10:00+00:00', tz: 'Atlantic/Canary' } as const;
const GYE = { sentAt: '2034-03-07T15:45:00-05:00', tz: 'America/Guayaquil' } as const;
const SJO = { sentAt: '2034-03-07T08:05:00-06:00', tz: 'America/Costa_Rica' } as const;
const SDQ = { sentAt: '2034-03-07T17:22:00-04:00', tz: 'America/Santo_Domingo' } as const;
const MEX = { sentAt: '2034-03-07T11:00:00-06:00', tz: 'America/Mexico_City' } as const;
const MAD = { sentAt: '2034-03-07T10:37:00+01:00', tz: 'Europe/Madrid' } as const;
const GVA = { sentAt: '2034-03-07T09:18:00+01:00', tz: 'Europe/Zurich' } as const;
const ABJ = { sentAt: '2034-03-07T10:02:00+00:00', tz: 'Africa/Abidjan' } as const;
const YUL = { sentAt: '2034-03-07T14:40:00-05:00', tz: 'America/Toronto' } as const;
const BRU = { sentAt: '2034-03-07T11:26:00+01:00', tz: 'Europe/Brussels' } as const;
const RUN = { sentAt: '2034-03-07T13:15:00+04:00', tz: 'Indian/Reunion' } as const;
const PAR = { sentAt: '2034-03-07T15:58:00+01:00', tz: 'Europe/Paris' } as const;
const LYS = { sentAt: '2034-03-07T09:47:00+01:00', tz: 'Europe/Paris' } as const;

/** Round 316: German, sent Tuesday 7 March 2034. */
export const ROUND_316_DE: readonly PhraseRow[] = [
  {
    ...MER,
    text: 'Ihre Bewerbung als Chef de Rang – Einladung zum Gespräch\n\nSehr geehrte Frau Pichler,\n\nherzlichen Dank für Ihre Bewerbung für die Sommersaison 2034 in unserem Hotel Laurinhof in Meran. Ihr Werdegang in der gehobenen Gastronomie hat uns sehr angesprochen.\n\nGerne möchten wir Sie zu einem persönlichen Vorstellungsgespräch am Montag, 13. März 2034, um 15:30 Uhr in unser Hotel einladen. Sie treffen unseren Restaurantleiter Herrn Gamper und mich.\n\nBitte bestätigen Sie uns den Termin bis Freitag.\n\nFreundliche Grüße aus Südtirol\nVerena Kofler\nPersonalbüro Laurin Hotels',
    expect: [
      {
        kind: 'interview',
        by: '2034-03-13',
        time: '15:30',
        phrase: 'Vorstellungsgespräch am Montag, 13. März 2034, um 15:30 Uhr',
      },
    ],
  },
  {
    ...BSL,
    text: 'Bestätigung Ihrer Bewerbung – Laborant/in EFZ Qualitätskontrolle (Req. 48113)\n\nGuten Tag Herr Ammann\n\nBesten Dank für Ihr Interesse an Rheintal Pharma und für Ihre Bewerbung, die wir über unser Karriereportal erhalten haben.\n\nWir prüfen Ihre Unterlagen sorgfältig und informieren Sie in der Regel innerhalb von drei Wochen über den weiteren Verlauf. Von Rückfragen zum Bearbeitungsstand bitten wir Sie abzusehen.\n\nFreundliche Grüsse\nTalent Acquisition Schweiz\nRheintal Pharma AG\n\nDies ist eine automatisch generierte Nachricht von Workday.',
    expect: [
      { kind: 'response-by', by: '2034-03-28', phrase: 'innerhalb von drei Wochen' },
      { kind: 'no-calls', phrase: 'Von Rückfragen zum Bearbeitungsstand bitten wir Sie abzusehen' },
    ],
  },
  {
    ...VIE,
    text: 'Amt der Niederösterreichischen Landesregierung\nAbteilung Personalangelegenheiten\n\nGZ: LAD2-B-1187/034-2034\n\nSehr geehrter Herr Mag. Hofbauer,\n\nwir bedanken uns für Ihre Bewerbung um die Stelle einer Referentin / eines Referenten in der Abteilung Umwelt- und Energiewirtschaft.\n\nWir bedauern, Ihnen mitteilen zu müssen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen konnten. Ihre Unterlagen werden gemäß den datenschutzrechtlichen Bestimmungen nach sechs Monaten gelöscht.\n\nMit freundlichen Grüßen\nFür die Landesregierung\nDr. Sommer',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...CGN,
    text: 'Hallo Herr Nowak,\n\nschön, dass wir gestern telefonieren konnten! Ich habe Ihr Profil heute meinem Kunden, einem Maschinenbauer aus dem Bergischen Land, vorgestellt, und er möchte Sie gern kennenlernen.\n\nPasst Ihnen Donnerstag, 9. März, um 11 Uhr für ein erstes Gespräch per Teams? Dabei sind der Leiter Konstruktion und die Personalreferentin.\n\nFeedback zum Gespräch bekommen Sie von mir dann spätestens Anfang nächster Woche.\n\nBeste Grüße\nSandra Weiland\nSenior Consultant Engineering\nRheinpersonal GmbH, Köln',
    expect: [
      {
        kind: 'interview',
        by: '2034-03-09',
        time: '11:00',
        phrase: 'Passt Ihnen Donnerstag, 9. März, um 11 Uhr',
      },
      { kind: 'response-by', by: '2034-03-14', fuzzy: true, phrase: 'spätestens Anfang nächster Woche' },
    ],
  },
  {
    ...BER,
    text: 'Dein Angebot bei Kieztransit 🎉\n\nHi Mara,\n\nnach den tollen Gesprächen mit dem Team freuen wir uns riesig, dir die Position als Product Designer (Senior) bei Kieztransit anbieten zu können!\n\nAlle Details – Gehalt, Startdatum 2. Mai, Remote-Regelung – findest du im angehängten Vertrag. Gib uns bitte bis zum 14. März Bescheid, ob du das Angebot annimmst. Für Fragen stehe ich dir jederzeit zur Verfügung.\n\nLiebe Grüße\nJonas\nPeople & Culture, Kieztransit GmbH\n\nVersendet über Personio',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...BER,
    text: 'AW: Vorstellungsgespräch Controller (m/w/d) am Donnerstag\n\nSehr geehrte Frau Arslan,\n\nleider muss unser Gespräch am Donnerstag entfallen, da Herr Dr. Vossberg kurzfristig erkrankt ist. Das tut uns sehr leid.\n\nWir würden es gerne auf Mittwoch, 15. März, 14 Uhr verschieben – gleicher Ort, Raum 4.02 in der Zentrale. Bitte geben Sie mir kurz Bescheid, ob Ihnen der neue Termin passt.\n\nMit freundlichen Grüßen\nHeike Brandl\nPersonalabteilung\nSpreewerk Armaturen GmbH',
    expect: [
      {
        kind: 'interview',
        by: '2034-03-15',
        time: '14:00',
        phrase: 'auf Mittwoch, 15. März, 14 Uhr verschieben',
      },
    ],
  },
  {
    ...BER,
    text: 'Hallo Jan,\n\ndanke für deine Nachricht über die Website! Komm gern am Donnerstag, 9. März, um 18:30 Uhr zum Probetraining in die Halle am Südpark, Eingang B. Bring Hallenschuhe und was zu trinken mit.\n\nNach dem Training sprechen wir mit dem Trainerteam und melden uns bis Ende nächster Woche bei dir, ob in der zweiten Herren noch ein Platz frei ist.\n\nSportliche Grüße\nMalte\nHandballabteilung, TSV Lichtenrade',
    expect: [],
  },
  {
    ...CGN,
    text: 'Interne Stellenausschreibung: Teamleitung Kundenservice (Vollzeit)\n\nLiebe Kolleginnen und Kollegen,\n\nfür unseren Standort Köln-Ossendorf suchen wir zum 1. Juni eine Teamleitung im Kundenservice. Die vollständige Ausschreibung findet ihr im Intranet.\n\nInteressierte bewerben sich bitte bis Freitag, 24. März, über das Mitarbeiterportal. Die Auswahlgespräche finden in der KW 14 statt; der Betriebsrat ist beteiligt.\n\nViele Grüße\nEure Personalabteilung',
    expect: [],
  },
  {
    ...BER,
    text: 'Neue Bewerbung für Ihre Stelle „Teamleitung Logistik (m/w/d)“\n\nHallo Frau Berger,\n\nfür Ihre Stelle ist eine neue Bewerbung eingegangen: Herr Tobias Reinholz, aktuell Schichtleiter bei einem Paketdienst.\n\nBitte geben Sie Ihre Bewertung bis Freitag, 10. März, im System ab. Das Interview mit dem Kandidaten ist vorläufig für Mittwoch, 15. März, 10 Uhr eingeplant; die Einladung verschicken wir nach Ihrer Freigabe.\n\nIhr Recruiting-Team\n\nDiese Nachricht wurde automatisch von rexx systems erzeugt.',
    expect: [],
  },
  {
    ...CGN,
    text: 'Einladung zum Bewerbungstraining\n\nSehr geehrter Herr Schulte,\n\nim Rahmen Ihrer Maßnahme „Perspektive 50plus“ laden wir Sie zu unserem Bewerbungstraining ein:\n\nMontag, 13. März 2034, 9:00 bis 12:30 Uhr\nBildungszentrum Deutz, Raum 12\n\nWir üben dort gemeinsam typische Fragen aus Vorstellungsgesprächen und überarbeiten Ihren Lebenslauf. Bitte bringen Sie Ihre aktuellen Bewerbungsunterlagen mit.\n\nMit freundlichen Grüßen\nIhr Team Arbeitsvermittlung\nJobcenter Köln',
    expect: [],
  },
  {
    ...BER,
    text: 'Ihre Anfrage zu Bruno\n\nHallo Frau Petersen,\n\nvielen Dank für Ihre Anfrage zu unserem Bruno (Labrador-Mix, 4 Jahre)! Ihr Fragebogen liest sich gut.\n\nGern vereinbaren wir einen ersten Kennenlerntermin: Samstag, 11. März, um 14 Uhr bei uns im Tierheim. Planen Sie etwa eine Stunde für einen Spaziergang ein. Nach dem Termin entscheiden wir innerhalb einer Woche über die Vermittlung.\n\nTierische Grüße\nAnja Reuter\nTierheim Lankwitz',
    expect: [],
  },
  {
    ...VIE,
    text: 'Guten Tag Herr Lindner,\n\ndanke für Ihre Anfrage über unser Kontaktformular. Gern schauen wir uns Ihr Badezimmer am Mittwoch, 8. März, gegen 16 Uhr vor Ort an und besprechen Ihre Wünsche für die neue Dusche.\n\nUnseren Kostenvoranschlag erhalten Sie dann innerhalb von fünf Werktagen.\n\nMit freundlichen Grüßen\nThomas Gruber\nInstallateur Gruber & Söhne, 1220 Wien',
    expect: [],
  },
];

/** Round 316b: Spanish, sent Tuesday 7 March 2034. */
export const ROUND_316B_ES: readonly PhraseRow[] = [
  {
    ...MVD,
    text: 'Proceso de selección – Analista de Riesgo Crediticio\n\nHola, Sofía:\n\nGracias por tu postulación al cargo de Analista de Riesgo Crediticio en Banco Rioplatense Oriental.\n\nNos comunicamos para coordinar una entrevista con el equipo de Riesgos el jueves 9 de marzo a las 15:00 en nuestras oficinas de Ciudad Vieja (Rincón 467, piso 3). La entrevista dura aproximadamente una hora.\n\nTe pedimos que confirmes tu asistencia respondiendo a este correo.\n\nSaludos cordiales,\nLucía Ferreira\nGestión Humana',
    expect: [
      {
        kind: 'interview',
        by: '2034-03-09',
        time: '15:00',
        phrase: 'una entrevista con el equipo de Riesgos el jueves 9 de marzo a las 15:00',
      },
    ],
  },
  {
    ...LPA,
    text: 'Hemos recibido tu candidatura – Recepcionista (temporada de verano)\n\nHola, Adrián:\n\n¡Gracias por querer formar parte de Hoteles Alisio! Hemos recibido correctamente tu candidatura para el puesto de Recepcionista en nuestros hoteles de Gran Canaria.\n\nNuestro equipo revisará tu perfil y, en cualquier caso, te informaremos del resultado en un plazo máximo de 15 días. Por favor, no llames a los hoteles para preguntar por el estado de tu candidatura.\n\nUn saludo,\nEquipo de Talento\nHoteles Alisio',
    expect: [
      { kind: 'response-by', by: '2034-03-22', phrase: 'en un plazo máximo de 15 días' },
      { kind: 'no-calls', phrase: 'no llames a los hoteles para preguntar por el estado de tu candidatura' },
    ],
  },
  {
    ...GYE,
    text: 'Estimado Andrés:\n\nAgradecemos tu interés en formar parte de Comercial Guayas y el tiempo que dedicaste al proceso de selección para el cargo de Jefe de Tienda.\n\nLuego de analizar cuidadosamente tu perfil, hemos decidido continuar con otros postulantes que se ajustan más a los requisitos del cargo. Guardaremos tu hoja de vida para futuras oportunidades.\n\nTe deseamos éxitos,\nTalento Humano\nComercial Guayas S.A.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...SJO,
    text: 'Cambio de fecha: tu entrevista técnica con Pura Vida Labs\n\nHola Valeria,\n\nTuvimos un imprevisto con el panel y necesitamos mover tu entrevista técnica del miércoles 8 al viernes 10 de marzo, a la misma hora (10:00 a. m., hora de Costa Rica). El enlace de Google Meet sigue siendo el mismo.\n\nDisculpá el cambio y cualquier cosa me escribís.\n\nPura vida,\nEsteban Mora\nRecruiting Coordinator\n\nSent via Greenhouse',
    expect: [
      {
        kind: 'interview',
        by: '2034-03-10',
        time: '10:00',
        phrase: 'al viernes 10 de marzo, a la misma hora (10:00 a. m.',
      },
    ],
  },
  {
    ...SDQ,
    text: 'Oferta laboral – Analista de Compras\n\nEstimada Yokasta:\n\nEn nombre de Distribuidora Caribe Norte, nos complace ofrecerte la posición de Analista de Compras, con un salario mensual de RD$ 85,000 e ingreso previsto para el 3 de abril.\n\nAdjuntamos la carta oferta con los beneficios. Te agradeceríamos confirmar tu aceptación a más tardar el lunes 13 de marzo.\n\n¡Bienvenida al equipo!\nRamón Peña\nGerente de Gestión Humana',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...MEX,
    text: 'Hola Daniel, ¿qué tal?\n\nGracias por tu tiempo ayer en la entrevista con Carla y conmigo para la vacante de Ejecutivo de Cuenta. Nos llevamos muy buena impresión.\n\nEsta semana cerramos las entrevistas con los demás candidatos y te daremos una respuesta a más tardar el martes 14 de marzo.\n\nSaludos,\nGabriela Treviño\nReclutamiento, Grupo Altiplano',
    expect: [{ kind: 'response-by', by: '2034-03-14', phrase: 'a más tardar el martes 14 de marzo' }],
  },
  {
    ...MAD,
    text: 'Hola Camila:\n\n¡Gracias por inscribirte en Lingua Viva! Tu prueba de nivel de inglés será el jueves 9 de marzo a las 18:00 en nuestra sede de Argüelles (calle Princesa 61). Dura unos 40 minutos: una parte escrita y una breve conversación con una profesora.\n\nTe enviaremos el resultado y la propuesta de grupo en un plazo de 48 horas.\n\nUn saludo,\nSecretaría de Lingua Viva',
    expect: [],
  },
  {
    ...SJO,
    text: 'Estimados colaboradores:\n\nSe encuentra abierta la convocatoria interna para el puesto de Supervisor de Turno en la planta de Cartago. Los interesados deben postular hasta el viernes 17 de marzo a través del portal interno.\n\nLas entrevistas se realizarán la semana del 27 de marzo y el resultado se comunicará a más tardar el 7 de abril.\n\nAtentamente,\nDepartamento de Talento Humano\nAlimentos del Valle',
    expect: [],
  },
  {
    ...MEX,
    text: 'Beca Horizonte 2034 – Preselección\n\nEstimada Renata:\n\nNos da gusto informarte que tu solicitud para la Beca Horizonte de movilidad académica ha sido preseleccionada.\n\nTe citamos a la entrevista personal con el comité de becas el jueves 16 de marzo a las 12:30 en la Dirección de Internacionalización (edificio C, planta baja). Los resultados finales se publicarán dentro de las tres semanas siguientes.\n\nAtentamente,\nCoordinación de Becas\nUniversidad del Altiplano',
    expect: [],
  },
  {
    ...MVD,
    text: 'Estimada Lic. Suárez:\n\nMi nombre es Martín Olivera y trabajo en el área de Atracción de Talento de Logística Austral. Estamos organizando nuestro programa de pasantías 2034 y nos encantaría presentarlo a los estudiantes de la Facultad.\n\n¿Podríamos agendar una reunión con usted el jueves 9 de marzo a las 11:00 para coordinar una charla en la facultad? Le envío nuestra propuesta antes del miércoles.\n\nSaludos cordiales,\nMartín Olivera\nLogística Austral',
    expect: [],
  },
  {
    ...GYE,
    text: 'Hola, Paula:\n\n¡Gracias por tu interés en ser voluntaria de Manos del Pacífico! Para conocer cómo trabajamos, te esperamos en la charla informativa para nuevos voluntarios el miércoles 15 de marzo a las 18:00 en nuestra casa de Urdesa.\n\nDespués de la charla te contaremos en qué proyectos puedes sumarte.\n\nUn abrazo,\nEquipo de Voluntariado',
    expect: [],
  },
  {
    ...MAD,
    text: 'Re: Seat León 2029 – anuncio en Wallapop\n\nHola, buenas tardes:\n\n¿Sigue disponible el coche? Me interesa mucho. Si le parece bien, podría pasar a verlo el sábado 11 de marzo a las 10:00 con un mecánico de confianza, y si todo está en orden le hago una oferta en el momento.\n\nQuedo atento a su respuesta.\n\nUn saludo,\nIgnacio',
    expect: [],
  },
];

/** Round 316c: French, sent Tuesday 7 March 2034. */
export const ROUND_316C_FR: readonly PhraseRow[] = [
  {
    ...GVA,
    text: 'Votre candidature – Technicien·ne de maintenance horlogère (réf. 2034-117)\n\nMadame,\n\nNous vous remercions de l’intérêt que vous portez à la Manufacture Salève et à notre poste de technicienne de maintenance.\n\nNous avons le plaisir de vous inviter à un entretien le lundi 13 mars 2034 à 9 h 30 dans nos locaux de Plan-les-Ouates (chemin du Pré-Fleuri 5). Vous rencontrerez M. Berthoud, responsable d’atelier, et moi-même.\n\nMeilleures salutations\nCorinne Dufaux\nRessources humaines\n\nMessage envoyé via umantis',
    expect: [
      {
        kind: 'interview',
        by: '2034-03-13',
        time: '09:30',
        phrase: 'un entretien le lundi 13 mars 2034 à 9 h 30',
      },
    ],
  },
  {
    ...ABJ,
    text: 'Accusé de réception – Chargé(e) de clientèle entreprises\n\nMonsieur Kouassi,\n\nNous accusons réception de votre candidature au poste de Chargé de clientèle entreprises à la Banque Lagunaire d’Abidjan et vous en remercions.\n\nVotre dossier est en cours d’examen. Nous vous communiquerons une réponse, positive ou négative, au plus tard le vendredi 24 mars. Aucun renseignement ne sera donné par téléphone.\n\nVeuillez agréer, Monsieur, nos salutations distinguées.\nDirection des Ressources Humaines',
    expect: [
      { kind: 'response-by', by: '2034-03-24', phrase: 'au plus tard le vendredi 24 mars' },
      { kind: 'no-calls', phrase: 'Aucun renseignement ne sera donné par téléphone' },
    ],
  },
  {
    ...YUL,
    text: 'Bonjour Félix,\n\nNous vous remercions de l’intérêt que vous avez manifesté pour le poste de conseiller en sécurité de l’information chez Coopérative Boréale.\n\nAprès une analyse attentive des candidatures reçues, nous avons retenu des candidatures qui correspondaient davantage aux exigences du poste. Nous conserverons votre dossier dans notre banque de candidatures.\n\nCordialement,\nL’équipe Acquisition de talents\n\nCe courriel a été envoyé par Taleo.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...BRU,
    text: 'Bonjour Monsieur Lambert,\n\nJe me permets de vous contacter suite à votre candidature sur Jobat pour le poste de Responsable administratif et financier chez un de nos clients, une PME familiale du Brabant wallon.\n\nSeriez-vous disponible jeudi 9 mars à 14 h pour un premier échange téléphonique d’une vingtaine de minutes ?\n\nBien à vous,\nAurélie Dewez\nConsultante, Meuse Sélection',
    expect: [
      {
        kind: 'interview',
        by: '2034-03-09',
        time: '14:00',
        phrase: 'Seriez-vous disponible jeudi 9 mars à 14 h',
      },
    ],
  },
  {
    ...RUN,
    text: 'Report de votre entretien – Assistant(e) logistique\n\nBonjour Madame Payet,\n\nNotre directrice d’exploitation étant retenue en métropole, nous devons décaler votre entretien du mercredi 8 mars au vendredi 10 mars à 8 h 30, au même endroit (zone industrielle du Port, bâtiment B).\n\nMerci de nous confirmer votre présence.\n\nCordialement,\nJessica Hoarau\nService RH, Océane Transit',
    expect: [
      {
        kind: 'interview',
        by: '2034-03-10',
        time: '08:30',
        phrase: 'au vendredi 10 mars à 8 h 30',
      },
    ],
  },
  {
    ...PAR,
    text: 'Proposition d’embauche – Développeuse back-end\n\nBonjour Inès,\n\nSuite à vos entretiens avec l’équipe, nous avons le plaisir de vous proposer le poste de Développeuse back-end en CDI chez Quai Numérique, avec une prise de poste le 2 mai.\n\nVous trouverez en pièce jointe notre promesse d’embauche détaillant la rémunération et les avantages. Nous vous remercions de nous faire part de votre décision d’ici le 14 mars.\n\nBelle journée,\nThomas\nHead of People, Quai Numérique\n\nEnvoyé avec Flatchr',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...LYS,
    text: 'Bonjour Mathilde,\n\nVotre séance d’essai de Pilates est bien confirmée le jeudi 9 mars à 12 h 15 au studio de la Croix-Rousse. Prévoyez une tenue confortable ; les tapis sont fournis.\n\nNous vous recontacterons d’ici lundi pour vous proposer la formule d’abonnement qui vous convient.\n\nÀ jeudi !\nL’équipe Studio Équilibre',
    expect: [],
  },
  {
    ...LYS,
    text: 'Forum Emploi Rhône 2034 – confirmation de votre stand\n\nBonjour Madame Berthier,\n\nNous avons le plaisir de vous confirmer la réservation du stand n° 42 pour la société Alpitex au Forum Emploi Rhône, qui se tiendra le jeudi 16 mars à Eurexpo.\n\nLe montage des stands aura lieu le mercredi 15 mars à partir de 7 h 30. Vous recevrez vos badges exposants sous 48 heures.\n\nCordialement,\nL’équipe organisation',
    expect: [],
  },
  {
    ...PAR,
    text: 'Madame,\n\nVotre demande de logement social enregistrée sous le numéro 075-2033-118-442 sera examinée lors de la prochaine réunion de la commission d’attribution, le jeudi 23 mars 2034.\n\nLa décision de la commission vous sera notifiée par courrier dans les dix jours suivant la séance.\n\nNous vous prions d’agréer, Madame, l’expression de nos salutations distinguées.\nParis Habitat Est – Service des attributions',
    expect: [],
  },
  {
    ...BRU,
    text: 'Bonjour Noah,\n\nTon examen pratique du permis de conduire est fixé au lundi 13 mars à 10 h 40 au centre d’examen d’Haren. Rendez-vous à l’auto-école à 9 h 50 pour un dernier tour avec ton moniteur.\n\nN’oublie pas ta carte d’identité et ton permis provisoire.\n\nBonne chance !\nAuto-École du Canal',
    expect: [],
  },
  {
    ...PAR,
    text: 'Bonjour Monsieur Diallo,\n\nVous êtes inscrit à l’atelier « Réussir son entretien d’embauche » proposé par votre agence France Travail de Paris 19e :\n\nmardi 14 mars 2034, de 9 h à 12 h\n\nAu programme : se présenter en deux minutes, répondre aux questions difficiles, simulation d’entretien filmée. Merci de vous munir de votre CV.\n\nVotre conseillère, Mme Ngo',
    expect: [],
  },
  {
    ...RUN,
    text: 'Nouvelle offre sur votre annonce « Vélo cargo électrique »\n\nBonjour,\n\nVous avez reçu une offre de 1 450 € de la part de Kévin R. pour votre annonce « Vélo cargo électrique ».\n\nKévin propose de passer l’essayer samedi 11 mars à 15 h à Saint-Denis. Vous avez 48 heures pour accepter ou refuser son offre.\n\nL’équipe Leboncoin Réunion',
    expect: [],
  },
];
