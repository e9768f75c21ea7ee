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
