// Rounds 308–308c (issue 13): fresh German, Spanish and French whole messages, written BEFORE the engine read them,
// half of them negatives that use a job's words on purpose: an employee's Mitarbeitergespräch and evaluación de
// desempeño, the reader as referee, interviewer or jury member, a colleague's interview, job alerts with dates, a
// webinar, a career day, a landlord's Besichtigung / visita / visite, a car's Inspektion / ITV / révision, a
// university exam and a thesis defence. Positives from rexx, d.vinci, Workday, softgarden, SAP SuccessFactors,
// Personio, Randstad, Bumeran, Computrabajo, Indeed, Teamtailor, Adecco, InfoJobs, Taleo, Welcome to the Jungle, from
// Austria, Switzerland, Luxembourg, Mexico, Argentina, Colombia, Chile, Peru, Uruguay, Spain, Belgium, Québec, Geneva,
// Senegal and Morocco. Names, companies and dates are invented; answers follow TIMELINE-CONVENTIONS.md. First runs:
// FIRST_RUN.
import type { PhraseRow } from './phrases.table';

// Thursday 14 November 2030, 09:40 local.
const BER = { sentAt: '2030-11-14T09:40:00+01:00', tz: 'Europe/Berlin' } as const;
const VIE = { sentAt: '2030-11-14T09:40:00+01:00', tz: 'Europe/Vienna' } as const;
const ZRH = { sentAt: '2030-11-14T09:40:00+01:00', tz: 'Europe/Zurich' } as const;
const LUX = { sentAt: '2030-11-14T09:40:00+01:00', tz: 'Europe/Luxembourg' } as const;
const MAD = { sentAt: '2030-11-14T09:40:00+01:00', tz: 'Europe/Madrid' } as const;
const MEX = { sentAt: '2030-11-14T09:40:00-06:00', tz: 'America/Mexico_City' } as const;
const BUE = { sentAt: '2030-11-14T09:40:00-03:00', tz: 'America/Argentina/Buenos_Aires' } as const;
const BOG = { sentAt: '2030-11-14T09:40:00-05:00', tz: 'America/Bogota' } as const;
const SCL = { sentAt: '2030-11-14T09:40:00-03:00', tz: 'America/Santiago' } as const;
const LIM = { sentAt: '2030-11-14T09:40:00-05:00', tz: 'America/Lima' } as const;
const MVD = { sentAt: '2030-11-14T09:40:00-03:00', tz: 'America/Montevideo' } as const;
const PAR = { sentAt: '2030-11-14T09:40:00+01:00', tz: 'Europe/Paris' } as const;
const BRU = { sentAt: '2030-11-14T09:40:00+01:00', tz: 'Europe/Brussels' } as const;
const YUL = { sentAt: '2030-11-14T09:40:00-05:00', tz: 'America/Toronto' } as const;
const GVA = { sentAt: '2030-11-14T09:40:00+01:00', tz: 'Europe/Zurich' } as const;
const DKR = { sentAt: '2030-11-14T09:40:00+00:00', tz: 'Africa/Dakar' } as const;
const CMN = { sentAt: '2030-11-14T09:40:00+01:00', tz: 'Africa/Casablanca' } as const;

/** Round 308: German. */
export const ROUND_308_DE: readonly PhraseRow[] = [
  {
    ...VIE,
    text: 'Einladung zum Vorstellungsgespräch – Sachbearbeiter/in Fuhrparkmanagement\n\nSehr geehrter Herr Brandstätter,\n\nwir freuen uns, Sie zu einem persönlichen Gespräch einladen zu dürfen.\n\nDatum\n\nMittwoch, 20.11.2030\n\nUhrzeit\n\n10:00 – 11:00 Uhr\n\nOrt\n\nWagramer Straße 19, 1220 Wien, Empfang Bauteil C\n\nMit freundlichen Grüßen\nPersonalabteilung\nDonaustadt Verkehrsbetriebe GmbH\n\nDiese E-Mail wurde über rexx systems versendet.',
    expect: [{ kind: 'interview', by: '2030-11-20', time: '10:00' }],
  },
  {
    ...ZRH,
    text: 'Sehr geehrte Frau Baumgartner\n\nBesten Dank für Ihre Bewerbung als Pflegefachfrau HF und das Interesse an unserem Spital. Wir prüfen Ihr Dossier sorgfältig und werden uns innert 10 Arbeitstagen bei Ihnen melden.\n\nFreundliche Grüsse\nHR-Services\nSpital Limmattal-Nord\n\nVersendet über d.vinci',
    expect: [{ kind: 'response-by', by: '2030-11-28' }],
  },
  {
    ...BER,
    text: 'Sehr geehrter Herr Okafor,\n\nherzlichen Glückwunsch – Sie sind eine Runde weiter! Ihr Interview mit dem Hiring Manager aus unserem Büro in Dublin findet am Montag, 25. November 2030, um 10:30 Uhr GMT per Microsoft Teams statt. Den Link erhalten Sie separat.\n\nMit freundlichen Grüßen\nTalent Acquisition Team\nNordlicht Payments GmbH\n\nPowered by Workday',
    expect: [{ kind: 'interview', by: '2030-11-25', time: '11:30' }],
  },
  {
    ...BER,
    text: 'Hallo Frau Demir,\n\nvielen Dank für Ihre Bewerbung als Industriekauffrau. Aktuell sichten wir noch alle Unterlagen. Bitte sehen Sie von telefonischen Nachfragen ab. Wir melden uns spätestens bis zum 6. Dezember bei Ihnen.\n\nViele Grüße\nIhr Recruiting-Team\nWeserland Kunststoffwerke GmbH\n\nÜbermittelt via softgarden',
    expect: [{ kind: 'no-calls' }, { kind: 'response-by', by: '2030-12-06' }],
  },
  {
    ...LUX,
    text: 'Sehr geehrter Herr Schmit,\n\nwir danken Ihnen für Ihre Bewerbung als Fondsbuchhalter und das Interesse an unserer Bank. Nach eingehender Prüfung müssen wir Ihnen leider mitteilen, dass wir uns für andere Kandidatinnen und Kandidaten entschieden haben, deren Profil unseren Anforderungen noch besser entspricht.\n\nMit freundlichen Grüßen\nHuman Resources\nBanque Moselle-Kirchberg S.A.\n\nDiese Nachricht wurde über SAP SuccessFactors gesendet.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...BER,
    text: 'Hallo Jonas,\n\nwir haben uns im Team beraten und freuen uns riesig: Wir möchten dir die Stelle als Werkstudent im Controlling anbieten! Den Vertragsentwurf schicken wir dir bis Ende nächster Woche zu.\n\nLiebe Grüße\nAnne\nPeople & Culture, Kieselgrün GmbH\n\nGesendet mit Personio',
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2030-11-22' },
    ],
  },
  {
    ...VIE,
    text: 'Sehr geehrte Frau Leitner,\n\nvielen Dank für Ihr Interesse an der Position als Lagerlogistikerin bei unserem Kunden in Linz. Die Vorauswahl läuft noch bis Ende November. Wir ersuchen Sie, von Anfragen vor dem 2. Dezember abzusehen.\n\nFreundliche Grüße\nRandstad Austria GmbH – Filiale Linz',
    expect: [{ kind: 'no-contact-before', by: '2030-12-02' }],
  },
  {
    ...BER,
    text: 'Hallo Jana,\n\nwie besprochen findet dein jährliches Mitarbeitergespräch am Mittwoch, 20. November, um 15 Uhr in meinem Büro statt. Bitte füll vorher den Selbsteinschätzungsbogen im Personalportal aus.\n\nViele Grüße\nThomas\nTeamleitung Kundenservice',
    expect: [],
  },
  {
    ...BER,
    text: 'Sehr geehrte Frau Dr. Lang,\n\nHerr Markus Feld hat sich bei uns als Projektleiter Bau beworben und Sie als Referenz angegeben. Hätten Sie am Dienstag, 19. November, um 10 Uhr Zeit für ein kurzes Telefonat über seine Arbeit in Ihrem Team?\n\nMit freundlichen Grüßen\nSabine Roth\nPersonalreferentin, Hansebau AG',
    expect: [],
  },
  {
    ...ZRH,
    text: 'Besichtigungstermin\n\nGuten Tag Herr Keller\n\nGerne bestätigen wir Ihnen die Besichtigung der 3,5-Zimmer-Wohnung an der Seestrasse 14, 8002 Zürich:\nSamstag, 16. November 2030, 11:00 Uhr\nBitte bringen Sie einen aktuellen Betreibungsregisterauszug mit.\n\nFreundliche Grüsse\nLimmat Immobilien AG',
    expect: [],
  },
  {
    ...BER,
    text: 'Terminbestätigung Werkstatt\n\nSehr geehrter Herr Vogt,\n\nIhr Termin zur Inspektion Ihres VW Golf (HH-KV 2231) ist am Montag, 18.11.2030, um 7:30 Uhr. Die Fahrzeugannahme erfolgt durch Herrn Peters.\n\nIhr Autohaus Krämer',
    expect: [],
  },
  {
    ...BER,
    text: 'Prüfungstermin\n\nSehr geehrte Studierende,\n\nIhre mündliche Prüfung im Modul Personalmanagement findet am 22.11.2030 um 9:15 Uhr in Raum H 1.12 statt. Bitte erscheinen Sie 15 Minuten vorher mit Ihrem Studierendenausweis.\n\nPrüfungsamt\nHochschule Rhein-Neckar',
    expect: [],
  },
  {
    ...VIE,
    text: 'karriere.at Job-Alert: 3 neue Jobs für „Projektassistenz“\n\nProjektassistenz (m/w/d) – Stahlwerk Donau AG – Linz – Bewerbungsschluss 30.11.2030, Vorstellungsgespräche ab 09.12.2030\nOffice Managerin (m/w/d) – Alpaka Software GmbH – Wien – Neu\n\nAlle Jobs ansehen · Job-Alert bearbeiten',
    expect: [],
  },
  {
    ...BER,
    text: 'Einladung: Online-Karrieretag Logistik\n\nAm Donnerstag, 28. November, von 17:00 bis 19:00 Uhr stellen sich zwölf Arbeitgeber live vor. Führen Sie Kurzinterviews mit Recruitern und laden Sie Ihren Lebenslauf hoch.\n\nJetzt kostenlos anmelden!\nIhr XING Events-Team',
    expect: [],
  },
  {
    ...BER,
    text: 'Hallo zusammen,\n\nkleine Info: Lisa hat morgen um 14 Uhr ihr Vorstellungsgespräch bei Siemens Energy, drückt ihr die Daumen! Die Übergabe ihrer Projekte besprechen wir dann am Montag.\n\nLG\nKatrin',
    expect: [],
  },
];

/** Round 308b: Spanish. */
export const ROUND_308B_ES: readonly PhraseRow[] = [
  {
    ...MEX,
    text: 'Hola Fernanda:\n\nTu perfil fue seleccionado para la vacante de Ejecutiva de Cuenta. Te compartimos los datos de tu entrevista:\n\nFecha: martes 19 de noviembre de 2030\nHora: 10:30 hrs (hora del centro de México)\nLugar: Av. Insurgentes Sur 1602, piso 9, Ciudad de México\n\nSaludos,\nReclutamiento\nSeguros Tepeyac\n\nMensaje enviado a través de Computrabajo',
    expect: [{ kind: 'interview', by: '2030-11-19', time: '10:30' }],
  },
  {
    ...BUE,
    text: 'Hola Lucas:\n\n¡Gracias por postularte a Analista de Soporte en Pampa Cloud! Recibimos muchísimos CVs, así que tené paciencia: te vamos a contactar dentro de los próximos 7 días hábiles para contarte cómo sigue el proceso.\n\nSaludos,\nEquipo de Talento\n\nEnviado desde Bumeran',
    expect: [{ kind: 'response-by', by: '2030-11-25' }],
  },
  {
    ...BOG,
    text: 'Hola Santiago:\n\nPor un cambio en la agenda de la Gerente Comercial debemos reprogramar tu entrevista del lunes 18. ¿Te queda bien el miércoles 20 de noviembre a las 4:00 p. m., en la misma dirección?\n\nQuedo atenta,\nLaura Cifuentes\nAnalista de Selección, Distribuidora Andina S.A.S.',
    expect: [{ kind: 'interview', by: '2030-11-20', time: '16:00' }],
  },
  {
    ...SCL,
    text: 'Hola Ignacia:\n\nGracias por postular al cargo de Kinesióloga en Clínica Los Andes. Por favor, no nos llames ni escribas antes del 2 de diciembre: ese día cerramos la postulación y comenzamos la revisión.\n\nSaludos cordiales,\nEquipo de Personas\n\nEnviado con Teamtailor',
    expect: [{ kind: 'no-contact-before', by: '2030-12-02' }],
  },
  {
    ...LIM,
    text: 'Estimado Renzo:\n\nNos complace ofrecerte el puesto de Analista de Créditos en nuestra agencia de San Isidro. Te enviaremos la carta oferta a más tardar el viernes 22 de noviembre.\n\nAtentamente,\nGestión del Talento\nCaja Municipal del Rímac',
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2030-11-22' },
    ],
  },
  {
    ...MVD,
    text: 'Hola Micaela:\n\nQueremos agradecerte por el tiempo dedicado a nuestro proceso para Diseñadora Gráfica. Lamentamos comunicarte que decidimos continuar con otros candidatos cuyo perfil se ajusta más a lo que buscamos en este momento.\n\nTe deseamos muchos éxitos,\nRecursos Humanos\nTextil Rambla S.A.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...MAD,
    text: 'Estimado Sr. Ortega:\n\nLe confirmamos la entrevista con nuestro cliente, una empresa del sector farmacéutico, el lunes 25 de noviembre a las 9:00 h en nuestra oficina de Adecco en la calle Orense 34. Recibirá una respuesta en un plazo máximo de 48 horas tras la entrevista.\n\nUn saludo,\nAdecco Office Madrid',
    expect: [
      { kind: 'interview', by: '2030-11-25', time: '09:00' },
      { kind: 'response-by', by: '2030-11-27' },
    ],
  },
  {
    ...MAD,
    text: 'Hola Irene:\n\nHemos recibido tu candidatura para Dependienta en Sevilla. Te informamos de que no se atenderán consultas telefónicas sobre el estado de las candidaturas; si tu perfil encaja, te escribiremos por esta vía.\n\nUn saludo,\nEquipo de Selección\n\nEste mensaje se ha enviado a través de InfoJobs',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...MAD,
    text: 'Hola Marta:\n\nTe recuerdo que tu evaluación de desempeño anual con RR. HH. es el martes 19 de noviembre a las 12:00 en la sala Goya. Trae tus objetivos del año revisados.\n\nUn abrazo,\nJavier\nResponsable de Operaciones',
    expect: [],
  },
  {
    ...MEX,
    text: 'Lic. Herrera:\n\nLe comparto la agenda de entrevistas que usted realizará el jueves 21 de noviembre en la sala de juntas:\n\n10:00 h – Andrea Ruiz (Contadora General)\n11:00 h – Pablo Méndez (Auxiliar Contable)\n\nSaludos,\nKarla Domínguez\nCapital Humano',
    expect: [],
  },
  {
    ...BUE,
    text: 'Hola Sofi, el jueves 21 a las 18 h paso con una pareja interesada a ver el departamento. ¿Podés dejar todo un poco ordenado? Si no vas a estar, uso mi llave.\n\nGracias,\nNorma (inmobiliaria Belgrano)',
    expect: [],
  },
  {
    ...MAD,
    text: 'Cita previa ITV confirmada\n\nEstación: ITV Alcobendas\nFecha: viernes 22/11/2030\nHora: 8:20\nMatrícula: 4821 LKM\n\nRecuerde traer la ficha técnica y el permiso de circulación.',
    expect: [],
  },
  {
    ...BOG,
    text: 'Feria Laboral Distrital 2030\n\nEl sábado 23 de noviembre, de 8:00 a. m. a 4:00 p. m., en Corferias: más de 60 empresas con entrevistas en el sitio y asesoría de hoja de vida. ¡Inscríbete gratis y lleva varias copias de tu CV!\n\nAgencia Pública de Empleo',
    expect: [],
  },
  {
    ...SCL,
    text: 'Estimada Camila:\n\nTu defensa de tesis del Magíster en Gestión de Personas quedó agendada para el lunes 25 de noviembre a las 15:00 en la sala 204 de la Facultad. La comisión estará integrada por los profesores Soto y Vidal.\n\nSaludos,\nSecretaría de Postgrado',
    expect: [],
  },
  {
    ...MAD,
    text: 'Webinar gratuito: «Cómo superar una entrevista por competencias»\n\nMiércoles 20 de noviembre, 19:00 h (CET). Aprende a estructurar tus respuestas con el método STAR. ¡Reserva tu plaza!\n\nDarte de baja',
    expect: [],
  },
  {
    ...BUE,
    text: 'Chicos, mañana a las 10 Andrés tiene su entrevista final en Mercado Libre, ¡mándenle buena onda! El viernes lo festejamos, salga como salga.\n\nAbrazo,\nCele',
    expect: [],
  },
];

/** Round 308c: French. */
export const ROUND_308C_FR: readonly PhraseRow[] = [
  {
    ...BRU,
    text: 'Madame Peeters,\n\nNous avons le plaisir de vous inviter à un entretien pour le poste de gestionnaire de paie.\n\nDate : mardi 19 novembre 2030\nHeure : 14h00\nLieu : Avenue Louise 54, 1050 Ixelles\n\nMerci de vous présenter à l’accueil muni·e de votre carte d’identité.\n\nCordialement,\nL’équipe RH\nSecrétariat Social Sablon',
    expect: [{ kind: 'interview', by: '2030-11-19', time: '14:00' }],
  },
  {
    ...YUL,
    text: 'Bonjour,\n\nNous accusons réception de votre candidature au poste de technicienne en administration. Nous communiquerons avec vous dans les dix jours ouvrables suivant la date de clôture du concours, le 22 novembre.\n\nDirection des ressources humaines\nVille de Saint-Hyacinthe\n\nCe message a été envoyé par Taleo.',
    expect: [{ kind: 'response-by', by: '2030-12-06' }],
  },
  {
    ...GVA,
    text: 'Bonjour Monsieur Rochat,\n\nVotre profil a retenu toute notre attention. Pourriez-vous passer le mercredi 20 novembre à 16h30 dans nos bureaux de Carouge pour rencontrer la responsable de l’atelier ?\n\nMeilleures salutations,\nNathalie Dufour\nHorlogerie Salève SA',
    expect: [{ kind: 'interview', by: '2030-11-20', time: '16:30' }],
  },
  {
    ...DKR,
    text: 'Monsieur Ndiaye,\n\nSuite à l’examen de votre dossier, nous vous informons que votre entretien pour le poste de comptable senior se tiendra le lundi 25 novembre 2030 à 10h GMT dans nos locaux du Plateau. Les résultats vous seront communiqués une semaine plus tard.\n\nCordialement,\nDirection des Ressources Humaines\nTéranga Assurances SA',
    expect: [
      { kind: 'interview', by: '2030-11-25', time: '10:00' },
      { kind: 'response-by', by: '2030-12-02' },
    ],
  },
  {
    ...CMN,
    text: 'Madame Alaoui,\n\nNous vous remercions pour l’intérêt porté à notre groupe. Après étude attentive, nous sommes au regret de vous informer que votre profil n’a pas été retenu pour la suite du processus.\n\nNous conserverons votre CV dans notre vivier.\n\nBien cordialement,\nCapital Humain\nAtlas Agro Industries',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...PAR,
    text: 'Bonjour Kevin,\n\nMerci pour votre candidature au poste de préparateur de commandes. Merci de ne pas relancer l’agence par téléphone : votre consultante reviendra vers vous d’ici le vendredi 22 novembre.\n\nBonne journée,\nAgence Adecco de Roissy',
    expect: [{ kind: 'no-calls' }, { kind: 'response-by', by: '2030-11-22' }],
  },
  {
    ...LUX,
    text: 'Monsieur Weber,\n\nNous avons le plaisir de vous proposer le poste de contrôleur de gestion au sein de notre équipe Finance. Vous trouverez ci-joint notre proposition de contrat. Merci de nous faire part de votre décision avant le 29 novembre.\n\nBien à vous,\nRessources Humaines\nCargolux Services Sàrl',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...PAR,
    text: 'Hello Inès !\n\nOn a adoré ton cas pratique 🙌 On te propose un dernier call avec Julien, notre CEO, jeudi 21/11 à 18h (heure de Paris). Ça te va ?\n\nÀ très vite,\nMaud\nTalent @ Papyrus\n\nEnvoyé via Welcome to the Jungle',
    expect: [{ kind: 'interview', by: '2030-11-21', time: '18:00' }],
  },
  {
    ...PAR,
    text: 'Salut Claire,\n\nTa revue de performance avec Marc est calée le mardi 19 novembre à 11h (salle Lumière). Pense à remplir ton auto-bilan dans l’outil RH avant.\n\nBises,\nSonia\nHR Business Partner',
    expect: [],
  },
  {
    ...BRU,
    text: 'Cher collègue,\n\nMerci d’avoir accepté de siéger dans le jury de recrutement pour le poste de gestionnaire RH. Les entretiens auront lieu le jeudi 21 novembre de 9h à 13h, salle 3.14 ; vous recevrez les CV des candidats lundi.\n\nBien à vous,\nIsabelle\nService du personnel',
    expect: [],
  },
  {
    ...YUL,
    text: 'Bonjour M. Tremblay,\n\nJe passerai avec un acheteur potentiel pour une visite du logement le samedi 16 novembre à 10 h. Merci de laisser l’accès au sous-sol déverrouillé.\n\nCordialement,\nSylvie Gagnon, courtière immobilière',
    expect: [],
  },
  {
    ...PAR,
    text: 'Garage du Parc – Confirmation\n\nVotre rendez-vous pour la révision des 30 000 km de votre Peugeot 208 est confirmé le lundi 18 novembre à 8h30. Prévoyez de laisser le véhicule la journée.\n\nÀ bientôt !',
    expect: [],
  },
  {
    ...GVA,
    text: 'Alerte emploi jobup.ch : 3 nouvelles offres « Comptable »\n\nComptable H/F – Fiduciaire Léman – Lausanne – entretiens prévus la semaine du 25 novembre – postulez avant le 20 novembre\nAide-comptable – Groupe Rhône – Genève – Nouveau\n\nGérer mes alertes',
    expect: [],
  },
  {
    ...DKR,
    text: 'Salut l’équipe,\n\nAwa passe son entretien final chez Orange demain à 9h, croisez les doigts pour elle ! On fête ça vendredi si tout va bien.\n\nMoussa',
    expect: [],
  },
  {
    ...PAR,
    text: 'Webinaire APEC : « Réussir son entretien d’embauche »\n\nMardi 26 novembre, de 12h30 à 13h30. Nos consultants répondent en direct à vos questions. Inscription gratuite.\n\nSe désabonner',
    expect: [],
  },
  {
    ...PAR,
    text: 'Madame, Monsieur,\n\nLa réunion parents-professeurs de la classe de 4e B aura lieu le jeudi 21 novembre à 18h au collège. Merci de confirmer votre présence auprès du professeur principal.\n\nLa direction\nCollège Jean-Moulin',
    expect: [],
  },
];

// Rounds 309–309c, written after rounds 308–308c's fixes: Tuesday 11 March 2031, 08:15 local (North America on summer
// time since the 9th, Europe not yet).
const BER9 = { sentAt: '2031-03-11T08:15:00+01:00', tz: 'Europe/Berlin' } as const;
const VIE9 = { sentAt: '2031-03-11T08:15:00+01:00', tz: 'Europe/Vienna' } as const;
const ZRH9 = { sentAt: '2031-03-11T08:15:00+01:00', tz: 'Europe/Zurich' } as const;
const LUX9 = { sentAt: '2031-03-11T08:15:00+01:00', tz: 'Europe/Luxembourg' } as const;
const MAD9 = { sentAt: '2031-03-11T08:15:00+01:00', tz: 'Europe/Madrid' } as const;
const MEX9 = { sentAt: '2031-03-11T08:15:00-06:00', tz: 'America/Mexico_City' } as const;
const BUE9 = { sentAt: '2031-03-11T08:15:00-03:00', tz: 'America/Argentina/Buenos_Aires' } as const;
const BOG9 = { sentAt: '2031-03-11T08:15:00-05:00', tz: 'America/Bogota' } as const;
const SCL9 = { sentAt: '2031-03-11T08:15:00-03:00', tz: 'America/Santiago' } as const;
const LIM9 = { sentAt: '2031-03-11T08:15:00-05:00', tz: 'America/Lima' } as const;
const MVD9 = { sentAt: '2031-03-11T08:15:00-03:00', tz: 'America/Montevideo' } as const;
const PAR9 = { sentAt: '2031-03-11T08:15:00+01:00', tz: 'Europe/Paris' } as const;
const BRU9 = { sentAt: '2031-03-11T08:15:00+01:00', tz: 'Europe/Brussels' } as const;
const YUL9 = { sentAt: '2031-03-11T08:15:00-04:00', tz: 'America/Toronto' } as const;
const GVA9 = { sentAt: '2031-03-11T08:15:00+01:00', tz: 'Europe/Zurich' } as const;
const DKR9 = { sentAt: '2031-03-11T08:15:00+00:00', tz: 'Africa/Dakar' } as const;
const CMN9 = { sentAt: '2031-03-11T08:15:00+01:00', tz: 'Africa/Casablanca' } as const;
const ABJ9 = { sentAt: '2031-03-11T08:15:00+00:00', tz: 'Africa/Abidjan' } as const;

/** Round 309: German. */
export const ROUND_309_DE: readonly PhraseRow[] = [
  {
    ...BER9,
    text: 'Einladung zum Kennenlernen\n\nHallo Herr Sommerfeld,\n\nvielen Dank für Ihre Bewerbung als Backend-Entwickler (Java). Wir möchten Sie gern näher kennenlernen:\n\nDatum: Montag, 17. März 2031 | Uhrzeit: 13:30 Uhr | Format: Videocall (Google Meet)\n\nDen Link schicken wir Ihnen am Vortag.\n\nBeste Grüße\nRecruiting, Spreewerk Digital GmbH\n\nGesendet mit Personio',
    expect: [{ kind: 'interview', by: '2031-03-17', time: '13:30' }],
  },
  {
    ...VIE9,
    text: 'Sehr geehrte Frau Mag. Gruber,\n\nwir bestätigen den Eingang Ihrer Bewerbung für die Stelle als Referentin für Förderwesen. Das Auswahlverfahren ist derzeit im Gange. Sie erhalten bis spätestens Mitte April eine schriftliche Verständigung über das Ergebnis.\n\nMit freundlichen Grüßen\nPersonalabteilung\nAmt der Niederösterreichischen Landesregierung',
    expect: [{ kind: 'response-by', by: '2031-04-15', fuzzy: true }],
  },
  {
    ...ZRH9,
    text: 'Hoi Noemi\n\nDanke fürs gute Gespräch gestern, es hat uns sehr gefreut! Wir besprechen uns jetzt im Team und geben dir bis Freitag Bescheid.\n\nLiebe Grüsse\nSandro\nBärgli Coffee Roasters',
    expect: [{ kind: 'response-by', by: '2031-03-14' }],
  },
  {
    ...BER9,
    text: 'Sehr geehrter Herr Wolff,\n\nunser Kunde, ein Maschinenbauunternehmen aus dem Raum Stuttgart, möchte Sie gerne persönlich kennenlernen. Würde Ihnen Donnerstag, der 13.03., um 16 Uhr passen?\n\nViele Grüße\nMiriam Kaya\nSenior Consultant, Hays AG',
    expect: [{ kind: 'interview', by: '2031-03-13', time: '16:00' }],
  },
  {
    ...BER9,
    text: 'Sehr geehrte Bewerberin, sehr geehrter Bewerber,\n\nIhre Bewerbung ist bei uns eingegangen. Von Sachstandsanfragen bitten wir abzusehen, da diese den Abschluss des Verfahrens verzögern. Sie werden unaufgefordert über den Ausgang informiert.\n\nMit freundlichen Grüßen\nBezirksamt Lichtenberg – Serviceeinheit Personal',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...LUX9,
    text: 'Sehr geehrte Frau Hoffmann,\n\nvielen Dank für die Zeit, die Sie sich für das Gespräch mit uns genommen haben. Leider können wir Ihnen keine positive Rückmeldung geben; wir haben uns für eine Bewerberin mit mehr Erfahrung im Zollwesen entschieden.\n\nMit freundlichen Grüßen\nPersonalabteilung\nMoselfracht Logistics S.à r.l.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...BER9,
    text: 'Guten Tag Herr Ahmadi,\n\ndanke für Ihre Nachfrage. Unser Recruiting-Team ist bis einschließlich 21. März im Betriebsurlaub. Bitte melden Sie sich erst danach wieder bei uns.\n\nFreundliche Grüße\nEmpfang, Lausitzer Solartechnik GmbH',
    expect: [{ kind: 'no-contact-before', by: '2031-03-22' }],
  },
  {
    ...BER9,
    text: 'Hi Ben,\n\nam Montag, 17. März, um 9 Uhr startet Laura Schmidt bei uns im Vertrieb. Kannst du sie als Patin in Empfang nehmen und ihr das Büro zeigen?\n\nDanke dir!\nCarina\nHR',
    expect: [],
  },
  {
    ...VIE9,
    text: 'Liebe Eltern,\n\ndas Eingewöhnungsgespräch für Ihre Tochter Emma findet am Mittwoch, 12.03., um 8 Uhr in der Gruppe „Sonnenblumen“ statt. Bitte planen Sie etwa 30 Minuten ein.\n\nHerzliche Grüße\nKindergarten Sonnenhof',
    expect: [],
  },
  {
    ...BER9,
    text: 'Ihr Telefontermin\n\nSehr geehrter Herr Brandt,\n\nhiermit bestätigen wir Ihren Telefontermin mit unserem Energieberater am Freitag, 14. März, um 10:30 Uhr. Thema: Wärmepumpe und Förderung.\n\nIhre Stadtwerke Hameln',
    expect: [],
  },
  {
    ...ZRH9,
    text: 'jobs.ch – Ihr Jobabo „Sachbearbeiter Treuhand“\n\nSachbearbeiter/in Treuhand 80–100 % – Fiduria AG – Zug – Vorstellungsgespräche in KW 13\nBuchhalter/in – Kanton Luzern – Luzern – Bewerbungsfrist 28.03.2031\n\nJobabo verwalten',
    expect: [],
  },
  {
    ...BER9,
    text: 'Ihre Sendung ist unterwegs\n\nIhre Sendung 00340434 1772 wird voraussichtlich am Donnerstag, 13.03.2031, zwischen 10:00 und 14:00 Uhr zugestellt.\n\nIhr DHL-Team',
    expect: [],
  },
  {
    ...BER9,
    text: 'Erinnerung\n\nSie sind als Interviewer für das Gespräch mit Herrn Yüksel (Bewerber Vertrieb Innendienst) am 14.03. um 11:00 Uhr eingetragen. Bitte tragen Sie Ihre Bewertung bis Montag im System ein.\n\nIhr Recruiting-System',
    expect: [],
  },
];

/** Round 309b: Spanish. */
export const ROUND_309B_ES: readonly PhraseRow[] = [
  {
    ...BOG9,
    text: 'Hola Daniela:\n\nGracias por postularte a la vacante de Diseñadora Instruccional en Aprende+ (Ciudad de México). Te invitamos a una entrevista virtual por Zoom el jueves 13 de marzo a las 10:00 (hora de Ciudad de México). El enlace te llegará un día antes.\n\nSaludos,\nTalento Humano\n\nEnviado a través de Indeed',
    expect: [{ kind: 'interview', by: '2031-03-13', time: '11:00' }],
  },
  {
    ...MAD9,
    text: 'Hola Rubén:\n\nGracias por inscribirte en la oferta de Técnico de Prevención de Riesgos Laborales. Estamos revisando todas las candidaturas y en un plazo de 15 días te comunicaremos si pasas a la siguiente fase.\n\nUn saludo,\nDepartamento de RR. HH.\nConstrucciones Ebro S.A.\n\nEste mensaje se ha enviado a través de InfoJobs',
    expect: [{ kind: 'response-by', by: '2031-03-26' }],
  },
  {
    ...BUE9,
    text: 'Hola Agustina:\n\nRecibimos tu postulación para Community Manager. No nos escribas antes del lunes 24 de marzo, porque hasta ese día estamos con la preselección. ¡Gracias por la paciencia!\n\nEquipo de Selección, Mate & Code\n\nEnviado desde Bumeran',
    expect: [{ kind: 'no-contact-before', by: '2031-03-24' }],
  },
  {
    ...SCL9,
    text: 'Hola Benjamín:\n\nTe esperamos el miércoles 19 de marzo a las 9:30 en Av. Apoquindo 3000, piso 7, para tu entrevista con la jefatura del área de Finanzas. Trae tu cédula de identidad.\n\nSaludos,\nReclutamiento\nInversiones Cordillera SpA\n\nPostulación vía Laborum',
    expect: [{ kind: 'interview', by: '2031-03-19', time: '09:30' }],
  },
  {
    ...LIM9,
    text: 'Hola Valeria:\n\nAgradecemos tu participación en el proceso de selección para Asistente de Marketing. Sin embargo, en esta ocasión no continuarás en el proceso. Te invitamos a postular a futuras convocatorias.\n\nSaludos cordiales,\nGestión Humana\nCervecería Andina del Sur',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...MVD9,
    text: '¡Felicitaciones, Joaquín!\n\nQueremos que formes parte de nuestro equipo como Analista Contable. La semana próxima te enviamos la propuesta formal con todas las condiciones.\n\nUn abrazo,\nSilvia\nRecursos Humanos, Frigorífico Costa Oriental',
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2031-03-21' },
    ],
  },
  {
    ...MAD9,
    text: 'Estimada Sra. Castillo:\n\nLe agradecemos su asistencia a la entrevista del pasado viernes. Le comunicaremos nuestra decisión antes del viernes 21 de marzo.\n\nAtentamente,\nRandstad – Delegación de Zaragoza',
    expect: [{ kind: 'response-by', by: '2031-03-20' }],
  },
  {
    ...MAD9,
    text: 'Hola Pablo:\n\nTu reunión de cierre del periodo de prueba con tu responsable será el viernes 14 de marzo a las 13:00 en la sala Retiro. Lleva preparada tu autoevaluación.\n\nUn saludo,\nPersonas y Cultura',
    expect: [],
  },
  {
    ...BOG9,
    text: 'Buenas tardes, Sr. Rojas:\n\nMaría López se postuló a nuestra vacante de Coordinadora de Compras y lo incluyó como referencia laboral. ¿Podemos llamarlo mañana a las 3:00 p. m. para hacerle unas preguntas breves?\n\nCordialmente,\nAnalista de Selección, Textiles del Valle S.A.S.',
    expect: [],
  },
  {
    ...MEX9,
    text: 'Buen día, Sr. Aguilar:\n\nLe confirmo la visita al departamento de la calle Durango el sábado 15 a las 12:00 con los posibles inquilinos. Le pido que los perros estén en el patio.\n\nSaludos,\nInmobiliaria Roma Norte',
    expect: [],
  },
  {
    ...MAD9,
    text: 'Estimadas familias:\n\nOs recordamos que la tutoría con la profesora de Lucía será el jueves 13 de marzo a las 17:00 en el aula de 3.º B.\n\nUn saludo,\nCEIP Miguel Hernández',
    expect: [],
  },
  {
    ...BUE9,
    text: 'Nuevos avisos para vos\n\nVendedor/a de salón – Tienda Palermo – Entrevistas el martes 18/03 de 9 a 13 h en Florida 537\nRepositor/a – Supermercados Río – Zona Norte\n\nVer todos los avisos',
    expect: [],
  },
  {
    ...SCL9,
    text: 'Oye, la Fran tiene entrevista en Falabella el jueves a las 10, ¿la cubres en caja ese rato? Yo te devuelvo el turno el sábado.\n\nGracias!\nTomás',
    expect: [],
  },
  {
    ...LIM9,
    text: 'Estimado usuario:\n\nSu cita para la revisión técnica del vehículo de placa ABC-123 es el lunes 17 de marzo a las 8:00 en el Centro de Inspección Técnica Vehicular de Surquillo.\n\nAtentamente,\nRevisiones Técnicas del Perú',
    expect: [],
  },
];

/** Round 309c: French. */
export const ROUND_309C_FR: readonly PhraseRow[] = [
  {
    ...PAR9,
    text: 'Bonjour Léa,\n\nMerci pour ta candidature au poste de Product Designer ! Voici les infos pour ton premier entretien :\n\nDate : jeudi 13 mars 2031 · Heure : 15h00 · Format : visio (lien Google Meet)\n\nÀ jeudi !\nL’équipe Talent, Hublot Studio\n\nEnvoyé via Teamtailor',
    expect: [{ kind: 'interview', by: '2031-03-13', time: '15:00' }],
  },
  {
    ...YUL9,
    text: 'Bonjour Mme Bouchard,\n\nMerci d’avoir postulé au poste d’adjointe administrative. Nous analysons présentement les candidatures et nous vous reviendrons d’ici deux semaines.\n\nBonne journée,\nService des ressources humaines\nCaisse Desjardins de Lévis',
    expect: [{ kind: 'response-by', by: '2031-03-25' }],
  },
  {
    ...BRU9,
    text: 'Madame, Monsieur,\n\nVous êtes invité(e) au test informatisé de la sélection « Attaché juriste » le lundi 17 mars 2031 à 13h30 au centre d’examen de Bruxelles (rue de la Loi 51). Munissez-vous de votre carte d’identité.\n\nBOSA – Recrutement fédéral',
    expect: [{ kind: 'interview', by: '2031-03-17', time: '13:30' }],
  },
  {
    ...DKR9,
    text: 'Monsieur Sarr,\n\nNous accusons réception de votre dossier. Merci de ne pas vous présenter à nos bureaux ni de nous relancer avant la fin de la présélection, le 28 mars.\n\nLa Direction des Ressources Humaines\nPort Autonome de la Petite-Côte',
    expect: [{ kind: 'no-contact-before', by: '2031-03-28' }],
  },
  {
    ...CMN9,
    text: 'Madame Berrada,\n\nNous avons le plaisir de vous confirmer votre recrutement en tant que responsable qualité sur notre site de Tanger. Votre contrat vous sera adressé sous huitaine.\n\nBien cordialement,\nDirection des Ressources Humaines\nAtlantic Câblage Maroc',
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2031-03-19' },
    ],
  },
  {
    ...GVA9,
    text: 'Salut Yanis,\n\nMerci encore pour ton temps et ton intérêt pour Vélos Léman. Malheureusement, nous avons décidé de ne pas donner suite à ta candidature pour le poste de mécanicien.\n\nBelle continuation,\nJulie',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...ABJ9,
    text: 'Monsieur Kouassi,\n\nPour des raisons d’agenda, votre entretien prévu le mercredi 12 mars est reporté au vendredi 14 mars à 11h, au siège de Plateau.\n\nCordialement,\nService Recrutement\nBanque Lagune Côte d’Ivoire',
    expect: [{ kind: 'interview', by: '2031-03-14', time: '11:00' }],
  },
  {
    ...PAR9,
    text: 'Lettre remise en main propre\n\nMadame Girard,\n\nNous vous informons que vous êtes convoquée à un entretien préalable à une éventuelle sanction disciplinaire le lundi 17 mars 2031 à 10h, dans le bureau du directeur d’agence. Vous pouvez vous faire assister par un membre du personnel.\n\nLa Direction',
    expect: [],
  },
  {
    ...BRU9,
    text: 'Bonjour Monsieur Dubois,\n\nMme Janssens, qui postule chez nous comme cheffe de projet, vous a désigné comme personne de référence. Pourrions-nous vous appeler mercredi à 14h ?\n\nMerci d’avance,\nCharlotte Maes\nRH, Mobilis Wallonie',
    expect: [],
  },
  {
    ...YUL9,
    text: 'Bonjour,\n\nL’inspecteur en bâtiment passera le jeudi 13 mars à 9 h pour l’inspection préachat du condo. Merci de prévoir l’accès au stationnement.\n\nMarc-Antoine, courtier',
    expect: [],
  },
  {
    ...PAR9,
    text: 'Votre colis arrive !\n\nVotre commande n° 448-2931 sera livrée le mardi 18 mars entre 8h et 13h. Vous pouvez modifier le créneau dans votre espace client.\n\nColissimo',
    expect: [],
  },
  {
    ...GVA9,
    text: 'Forum des métiers de la santé\n\nJeudi 20 mars, de 14h à 18h, à Palexpo : entretiens express avec les recruteurs des HUG et des cliniques genevoises. Entrée libre.\n\nCité des métiers de Genève',
    expect: [],
  },
  {
    ...DKR9,
    text: 'Cher client,\n\nVotre rendez-vous avec votre conseiller bancaire est fixé au jeudi 13 mars à 10h à l’agence du Plateau. Pensez à apporter vos trois derniers bulletins de salaire.\n\nBanque de l’Océan Sénégal',
    expect: [],
  },
  {
    ...PAR9,
    text: 'Coucou Sophie,\n\nPour info, j’ai un entretien chez L’Oréal vendredi 14 à 9h, je serai donc absente le matin. Tu peux prendre mes appels ?\n\nMerci !\nNadia',
    expect: [],
  },
];
