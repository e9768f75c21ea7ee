// Rounds 319–319c (issue 13): fresh German, Spanish and French whole messages by fx426, written BEFORE the engine
// read them (after the rule on a familiar message naming the reader's own interview beside a third person's, and
// before any fix from these rows). Half of each round are negatives of kinds the earlier rounds did not hold: a
// colleague asking to swap a shift for her own interview, a club's board election with its candidates, a paid
// interview coaching, a departing employee's final papers, a hiring manager's onboarding to-do, a photo studio's
// application portraits; a friend's own interview, a thesis defence before its tribunal, an exit interview, a nanny
// candidate writing to the family, a job centre's renewal appointment, a flat owners' meeting electing its
// president; a pre-dismissal meeting, a skills assessment session, an apprentice's tutor visited by the school, an
// occupational health visit after hiring, a recruiter asking the reader to pass a vacancy on, a co-ownership board's
// call for candidates. Positives from softgarden, a Swiss railway, an Austrian insurer, a Stadt, a Berlin start-up's
// recruiter, a Hamburg logistics firm, InfoJobs, Computrabajo in Colombia, a Chilean retailer, an ayuntamiento, a
// Mexican recruiter, an Argentine agency, Welcome to the Jungle, Taleo in Québec, a mairie, a Brussels bank, a Dakar
// firm and a Casablanca group. Names, companies and dates are invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Tuesday 26 September 2034 (European and North American summer time still on).
const BER = { sentAt: '2034-09-26T10:12:00+02:00', tz: 'Europe/Berlin' } as const;
const HAM = { sentAt: '2034-09-26T14:48:00+02:00', tz: 'Europe/Berlin' } as const;
const ZRH = { sentAt: '2034-09-26T08:31:00+02:00', tz: 'Europe/Zurich' } as const;
const VIE = { sentAt: '2034-09-26T16:05:00+02:00', tz: 'Europe/Vienna' } as const;
const MUC = { sentAt: '2034-09-26T11:27:00+02:00', tz: 'Europe/Berlin' } as const;
const MAD = { sentAt: '2034-09-26T09:44:00+02:00', tz: 'Europe/Madrid' } as const;
const BOG = { sentAt: '2034-09-26T08:15:00-05:00', tz: 'America/Bogota' } as const;
const SCL = { sentAt: '2034-09-26T12:40:00-03:00', tz: 'America/Santiago' } as const;
const MEX = { sentAt: '2034-09-26T10:02:00-06:00', tz: 'America/Mexico_City' } as const;
const BUE = { sentAt: '2034-09-26T17:20:00-03:00', tz: 'America/Argentina/Buenos_Aires' } as const;
const PAR = { sentAt: '2034-09-26T10:55:00+02:00', tz: 'Europe/Paris' } as const;
const YUL = { sentAt: '2034-09-26T13:30:00-04:00', tz: 'America/Toronto' } as const;
const BRU = { sentAt: '2034-09-26T09:08:00+02:00', tz: 'Europe/Brussels' } as const;
const DKR = { sentAt: '2034-09-26T11:00:00+00:00', tz: 'Africa/Dakar' } as const;
const CAS = { sentAt: '2034-09-26T15:16:00+01:00', tz: 'Africa/Casablanca' } as const;

/** Round 319: German, sent Tuesday 26 September 2034. */
export const ROUND_319_DE: readonly PhraseRow[] = [
  {
    ...BER,
    text: 'Eingangsbestätigung Ihrer Bewerbung – Werkstudent (m/w/d) Data Analytics\n\nHallo Herr Demir,\n\nvielen Dank für Ihre Bewerbung bei der Spreeflug Reisen GmbH! Ihre Unterlagen sind vollständig bei uns eingegangen.\n\nUnser Fachbereich schaut sich Ihr Profil nun genau an. Sie erhalten innerhalb von 10 Werktagen eine Rückmeldung von uns.\n\nViele Grüße\nIhr Recruiting-Team der Spreeflug Reisen GmbH\n\nDiese E-Mail wurde über softgarden versendet.',
    expect: [{ kind: 'response-by', by: '2034-10-10', phrase: 'innerhalb von 10 Werktagen' }],
  },
  {
    ...ZRH,
    text: 'Einladung zum Interview – Fachspezialist/in Fahrplanung\n\nGrüezi Frau Baumgartner\n\nGerne laden wir Sie zu einem ersten Gespräch ein:\n\nDatum: Dienstag, 3. Oktober 2034\nZeit: 14:15 Uhr\nOrt: Hilfikerstrasse 1, Bern, Raum C 204\n\nSie treffen Herrn Wyss (Leiter Fahrplanung) und Frau Rüegg (HR). Bitte bestätigen Sie den Termin über den Link in Ihrem Bewerberkonto.\n\nFreundliche Grüsse\nRecruiting Center\nAlpenbahn AG',
    expect: [
      {
        kind: 'interview',
        by: '2034-10-03',
        time: '14:15',
        phrase: 'Datum: Dienstag, 3. Oktober 2034\nZeit: 14:15 Uhr',
      },
    ],
  },
  {
    ...VIE,
    text: 'Ihre Bewerbung als Schadenreferent/in\n\nSehr geehrte Frau Mag. Huber,\n\nherzlichen Dank für Ihr Interesse an der Donauland Versicherung AG und das Vertrauen, das Sie uns mit Ihrer Bewerbung entgegengebracht haben.\n\nNach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir uns für eine andere Kandidatin entschieden haben. Wir wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute.\n\nMit freundlichen Grüßen\nHR Business Partnering\nDonauland Versicherung AG',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...MUC,
    text: 'Stadt Freising – Personalamt\n\nIhre Bewerbung: Sachbearbeitung Bauordnung (EG 9b), Kennziffer 2034/41\n\nSehr geehrter Herr Obermaier,\n\nwir bestätigen den Eingang Ihrer Bewerbung. Aufgrund der hohen Zahl an Bewerbungen bitten wir Sie, von telefonischen Nachfragen zum Stand des Verfahrens abzusehen.\n\nÜber das Ergebnis der Vorauswahl informieren wir Sie bis Ende Oktober schriftlich.\n\nMit freundlichen Grüßen\nIm Auftrag\nK. Lechner',
    expect: [
      { kind: 'no-calls', phrase: 'von telefonischen Nachfragen zum Stand des Verfahrens abzusehen' },
      { kind: 'response-by', by: '2034-10-31', phrase: 'bis Ende Oktober' },
    ],
  },
  {
    ...BER,
    text: 'Hey Lina,\n\ndanke dir für das nette Telefonat heute Morgen! Ich habe mit Tarek, unserem CTO, gesprochen – er würde dich sehr gern kennenlernen.\n\nHast du am Freitag, 29.9., um 9:30 Uhr Zeit für einen Video-Call (45 Min.)? Den Link schicke ich dir, sobald du zusagst.\n\nCheers\nJana\nTalent Acquisition, Pflanzwerk GmbH',
    expect: [
      { kind: 'interview', by: '2034-09-29', time: '09:30', phrase: 'am Freitag, 29.9., um 9:30 Uhr' },
    ],
  },
  {
    ...HAM,
    text: 'Ihr Vertragsangebot – Disponent (m/w/d) Kontraktlogistik\n\nSehr geehrter Herr Petersen,\n\nwir freuen uns sehr, Ihnen nach den guten Gesprächen die Position als Disponent in unserem Team in Hamburg-Billbrook anbieten zu können. Den Vertragsentwurf finden Sie im Anhang.\n\nBitte lassen Sie uns bis zum 6. Oktober wissen, ob Sie das Angebot annehmen.\n\nMit freundlichen Grüßen\nSvenja Möller\nPersonalabteilung\nElbkai Logistik GmbH & Co. KG',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...MUC,
    text: 'Sehr geehrter Herr Aydın,\n\nvielen Dank für Ihre Bewerbung als Elektroniker für Betriebstechnik. Bevor wir entscheiden, sprechen wir noch mit weiteren Bewerbern.\n\nBitte melden Sie sich nicht vor dem 9. Oktober bei uns; ab dann können wir Ihnen Auskunft geben.\n\nMit freundlichen Grüßen\nAndrea Huber\nPersonalreferentin\nIsartal Anlagenbau GmbH',
    expect: [{ kind: 'no-contact-before', by: '2034-10-09', phrase: 'nicht vor dem 9. Oktober' }],
  },
  {
    ...BER,
    text: 'Schichttausch am Donnerstag?\n\nHi Mehmet,\n\nkurze Frage: Ich habe am Donnerstag, 28.9., um 10 Uhr ein Vorstellungsgespräch bei den Stadtwerken (drück mir die Daumen!). Könntest du meine Frühschicht übernehmen? Ich würde dafür deine Samstagsschicht am 7.10. machen.\n\nSag mir bis morgen Bescheid, dann trage ich es im Dienstplan ein.\n\nDanke dir!\nSelin',
    expect: [],
  },
  {
    ...MUC,
    text: 'Einladung zur Mitgliederversammlung 2034\n\nLiebe Vereinsmitglieder,\n\nunsere ordentliche Mitgliederversammlung findet am Freitag, 13. Oktober 2034, um 19:30 Uhr im Vereinsheim statt. Auf der Tagesordnung steht die Neuwahl des Vorstands.\n\nKandidatinnen und Kandidaten für das Amt der Kassenwartin bzw. des Kassenwarts reichen ihre Bewerbung bitte bis zum 6. Oktober beim Vorstand ein; sie stellen sich an dem Abend kurz vor.\n\nMit sportlichem Gruß\nDer Vorstand des SV Isarauen e. V.',
    expect: [],
  },
  {
    ...HAM,
    text: 'Buchungsbestätigung: Interview-Simulation (60 Min.)\n\nHallo Frau Kowalski,\n\nvielen Dank für Ihre Buchung! Ihr Coaching „Interview-Simulation für Führungskräfte“ mit Petra Lindqvist findet am Donnerstag, 28. September 2034, um 17:00 Uhr per Zoom statt.\n\nDie Rechnung über 149,00 € erhalten Sie in den nächsten Tagen per E-Mail. Eine kostenfreie Stornierung ist bis 24 Stunden vorher möglich.\n\nHerzliche Grüße\nKarriereKompass Coaching',
    expect: [],
  },
  {
    ...VIE,
    text: 'Ihr Austritt per 30. September 2034\n\nSehr geehrter Herr Gruber,\n\nim Rahmen Ihres Austritts aus der Alpenmilch Handels GmbH übermitteln wir Ihnen folgende Informationen: Ihre Endabrechnung sowie die Arbeitsbescheinigung erhalten Sie bis spätestens 15. Oktober. Ihr Dienstzeugnis senden wir Ihnen innerhalb von zwei Wochen per Post zu.\n\nBitte geben Sie Laptop und Zutrittskarte an Ihrem letzten Arbeitstag bei der IT ab.\n\nMit freundlichen Grüßen\nPersonalverrechnung',
    expect: [],
  },
  {
    ...BER,
    text: 'Onboarding: Ihre neue Teamkollegin ab 2. Oktober\n\nHallo Herr Schuster,\n\nwie besprochen beginnt Frau Neumann am Montag, 2. Oktober, als Sachbearbeiterin in Ihrem Team. Bitte bestellen Sie bis Donnerstag die Hardware über das IT-Portal und planen Sie am ersten Tag um 9 Uhr ein Begrüßungsgespräch ein.\n\nDen Einarbeitungsplan schicken wir Ihnen bis Freitag.\n\nViele Grüße\nHR Services',
    expect: [],
  },
  {
    ...HAM,
    text: 'Ihr Fototermin bei Lichtblick Studios\n\nHallo Herr Brandt,\n\nvielen Dank für Ihre Buchung! Hier die Details zu Ihrem Shooting für Bewerbungsfotos:\n\nSamstag, 30. September 2034, 11:00 Uhr\nLichtblick Studios, Schanzenstraße 12\n\nDie bearbeiteten Bilder erhalten Sie innerhalb von 5 Werktagen als Download-Link.\n\nBis bald!\nMia vom Studio-Team',
    expect: [],
  },
];

/** Round 319b: Spanish, sent Tuesday 26 September 2034. */
export const ROUND_319B_ES: readonly PhraseRow[] = [
  {
    ...MAD,
    text: 'Tu candidatura avanza – Técnico/a de Mantenimiento Industrial\n\nHola, Javier:\n\n¡Buenas noticias! Tu candidatura para Técnico/a de Mantenimiento Industrial en Cerámicas del Tajo ha pasado a la fase de entrevista.\n\nTe esperamos el lunes 2 de octubre a las 16:30 en nuestra planta de Talavera (Polígono Torrehierro, nave 14). Pregunta por Marta Gil en recepción.\n\nUn saludo,\nEquipo de Selección\n\nEnviado a través de InfoJobs',
    expect: [
      { kind: 'interview', by: '2034-10-02', time: '16:30', phrase: 'el lunes 2 de octubre a las 16:30' },
    ],
  },
  {
    ...BOG,
    text: 'Confirmación de postulación – Auxiliar Contable\n\nHola Daniela,\n\nGracias por postularte a la vacante de Auxiliar Contable en Distribuidora Andina S.A.S. a través de Computrabajo.\n\nNuestro equipo de Talento Humano revisará tu hoja de vida y te daremos respuesta en un plazo máximo de 8 días hábiles.\n\nCordialmente,\nTalento Humano\nDistribuidora Andina S.A.S.',
    expect: [{ kind: 'response-by', by: '2034-10-06', phrase: 'en un plazo máximo de 8 días hábiles' }],
  },
  {
    ...SCL,
    text: 'Proceso de selección Jefe/a de Tienda – Mall Plaza Oeste\n\nHola Constanza,\n\nMuchas gracias por tu tiempo y por participar en nuestro proceso de selección para Jefe/a de Tienda.\n\nLamentamos informarte que en esta oportunidad no continuarás en el proceso, ya que buscamos un perfil con más experiencia en retail de gran formato. Guardaremos tus datos para futuras vacantes.\n\nSaludos cordiales,\nGerencia de Personas\nTiendas Cordillera',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...MAD,
    text: 'Ayuntamiento de Alcalá de Henares\nConcejalía de Recursos Humanos\n\nAsunto: Proceso selectivo para la constitución de una bolsa de empleo de Auxiliar Administrativo\n\nEstimada Sra. Molina:\n\nLe confirmamos la recepción de su solicitud. Le informamos de que no se atenderán consultas telefónicas sobre el estado del proceso; toda la información se publicará en la sede electrónica.\n\nLe comunicaremos la puntuación provisional de la fase de méritos a más tardar el 31 de octubre.\n\nAtentamente,\nServicio de Personal',
    expect: [
      { kind: 'no-calls', phrase: 'no se atenderán consultas telefónicas sobre el estado del proceso' },
      { kind: 'response-by', by: '2034-10-31', phrase: 'a más tardar el 31 de octubre' },
    ],
  },
  {
    ...MEX,
    text: 'Cambio de horario – entrevista Coordinador de Compras\n\nHola Ricardo, buen día:\n\nTe escribo porque el Director de Operaciones tuvo un viaje de última hora y no podrá estar el jueves. Necesitamos reprogramar tu entrevista: la nueva fecha es el martes 3 de octubre a las 9:00 hrs, en las mismas oficinas de Santa Fe.\n\n¿Me confirmas si te queda bien?\n\nSaludos,\nMariana Treviño\nHunter Consultores',
    expect: [
      { kind: 'interview', by: '2034-10-03', time: '09:00', phrase: 'el martes 3 de octubre a las 9:00 hrs' },
    ],
  },
  {
    ...BUE,
    text: '¡Propuesta laboral! – Analista de Soporte IT\n\nHola Tomás, ¿cómo estás?\n\nNos alegra muchísimo contarte que, después de las entrevistas con el equipo, el cliente decidió ofrecerte el puesto de Analista de Soporte IT. Te adjuntamos la propuesta con la remuneración y los beneficios.\n\nContanos antes del viernes 6 de octubre si aceptás así avanzamos con el alta.\n\nUn abrazo,\nVictoria\nConsultora Río de la Plata RR. HH.',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...MEX,
    text: '¡Hola, Caro!\n\nOye, ¿me haces un favor enorme? Tengo entrevista en Grupo Bimbo el jueves 28 a las 10:00 y no tengo con quién dejar a Canelo. ¿Lo puedes cuidar en la mañana? Te lo llevo a las 8:30.\n\nMil gracias, te debo una.\nFer',
    expect: [],
  },
  {
    ...MAD,
    text: 'Convocatoria de defensa del Trabajo Fin de Grado\n\nEstimado estudiante:\n\nLe comunicamos que la defensa de su Trabajo Fin de Grado ante el tribunal evaluador tendrá lugar el jueves 5 de octubre de 2034 a las 11:00 en el aula 2.14 de la Facultad de Ciencias Económicas.\n\nDispondrá de 15 minutos para la exposición. Las calificaciones se publicarán en el plazo de una semana.\n\nSecretaría de la Facultad',
    expect: [],
  },
  {
    ...BOG,
    text: 'Tu entrevista de salida\n\nHola Andrés,\n\nComo parte de tu proceso de retiro de la compañía, te citamos a la entrevista de salida con Gestión Humana el viernes 29 de septiembre a las 3:00 p. m. en la sala Chicamocha. Allí también te entregaremos el paz y salvo.\n\nTu liquidación será consignada dentro de los 10 días hábiles siguientes a tu último día.\n\nGracias por todo,\nGestión Humana\nTextiles del Valle',
    expect: [],
  },
  {
    ...MAD,
    text: 'Re: Anuncio canguro para dos niños\n\nHola, buenas tardes:\n\nHe visto su anuncio para cuidar a sus hijos por las tardes y me interesa mucho. Tengo experiencia con niños pequeños y titulación de Educación Infantil.\n\n¿Le parece bien que pase el sábado 30 de septiembre a las 11:00 para conocerles? Si prefiere otro día, dígamelo.\n\nUn saludo,\nLucía Serrano',
    expect: [],
  },
  {
    ...MAD,
    text: 'Cita previa – Oficina de Empleo Madrid-Usera\n\nEstimado/a demandante:\n\nLe recordamos su cita para la renovación de la demanda de empleo:\n\nFecha: jueves 28 de septiembre de 2034\nHora: 9:40\nLugar: Oficina de Empleo de Usera, C/ Marcelo Usera 62\n\nSi no puede acudir, solicite una nueva cita antes de la fecha indicada.\n\nServicio Público de Empleo',
    expect: [],
  },
  {
    ...MAD,
    text: 'Convocatoria Junta General Ordinaria\n\nEstimados vecinos:\n\nSe convoca Junta General Ordinaria de la Comunidad de Propietarios Calle Almansa 23 para el miércoles 11 de octubre a las 19:00 en primera convocatoria, en el portal.\n\nOrden del día: elección de presidente/a. Los propietarios que deseen presentar su candidatura deberán comunicarlo al administrador antes del 6 de octubre.\n\nAtentamente,\nAdministración de Fincas Retiro',
    expect: [],
  },
];

/** Round 319c: French, sent Tuesday 26 September 2034. */
export const ROUND_319C_FR: readonly PhraseRow[] = [
  {
    ...PAR,
    text: 'Entretien – Product Owner Paiements\n\nBonjour Inès,\n\nMerci pour votre candidature chez Monnaie Verte ! Suite à votre échange avec notre Talent Acquisition Manager, nous aimerions vous proposer un entretien en visio avec Julien, notre Head of Product, le jeudi 28 septembre à 15 h 30.\n\nVous recevrez le lien Google Meet dans l’invitation.\n\nÀ très vite,\nL’équipe Monnaie Verte\n\nEnvoyé via Welcome to the Jungle',
    expect: [
      { kind: 'interview', by: '2034-09-28', time: '15:30', phrase: 'le jeudi 28 septembre à 15 h 30' },
    ],
  },
  {
    ...YUL,
    text: 'Accusé de réception – Conseiller(ère) en sécurité financière\n\nBonjour Mme Tremblay,\n\nNous avons bien reçu votre candidature pour le poste de Conseiller(ère) en sécurité financière, affichage 34-0912.\n\nNotre équipe d’acquisition de talents analyse présentement les candidatures. Nous communiquerons avec vous d’ici la fin de la semaine prochaine.\n\nCordialement,\nCaisse Laurentienne\n\nCeci est un message automatique (Taleo). Merci de ne pas y répondre.',
    expect: [{ kind: 'response-by', by: '2034-10-06', phrase: 'd’ici la fin de la semaine prochaine' }],
  },
  {
    ...PAR,
    text: 'Mairie de Montreuil – Direction des ressources humaines\n\nObjet : votre candidature au poste d’agent(e) d’accueil (cadre d’emplois des adjoints administratifs)\n\nMadame,\n\nNous accusons réception de votre candidature. Une réponse vous sera apportée dans un délai de trois semaines.\n\nAfin de traiter les dossiers dans les meilleurs délais, merci de ne pas appeler le service recrutement.\n\nVeuillez agréer, Madame, nos salutations distinguées.\nLe service recrutement',
    expect: [
      { kind: 'response-by', by: '2034-10-17', phrase: 'dans un délai de trois semaines' },
      { kind: 'no-calls', phrase: 'merci de ne pas appeler le service recrutement' },
    ],
  },
  {
    ...BRU,
    text: 'Votre candidature – Analyste Conformité (F/H/X)\n\nChère Madame Janssens,\n\nNous vous remercions de l’intérêt porté à la Banque de l’Escaut et du temps consacré à nos entretiens.\n\nNous avons le regret de vous informer que votre candidature n’a pas été retenue pour la suite du processus. Nous conservons votre dossier pour de futures opportunités.\n\nBien cordialement,\nTalent Acquisition\nBanque de l’Escaut',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...DKR,
    text: 'Convocation à un entretien\n\nMonsieur Diop,\n\nSuite à l’examen de votre dossier pour le poste de Responsable Logistique, nous avons le plaisir de vous convier à un entretien avec la Direction des Opérations.\n\nDate : 03/10/2034\nHeure : 10h00\nLieu : Immeuble Teranga, Plateau, 4e étage\n\nMerci de vous munir d’une pièce d’identité.\n\nCordialement,\nService RH\nSénégal Transit Logistique',
    expect: [
      { kind: 'interview', by: '2034-10-03', time: '10:00', phrase: 'Date : 03/10/2034\nHeure : 10h00' },
    ],
  },
  {
    ...CAS,
    text: 'Proposition d’embauche – Contrôleur de gestion\n\nMonsieur Bennani,\n\nÀ l’issue de nos entretiens, nous avons le plaisir de vous proposer le poste de Contrôleur de gestion au sein du Groupe Atlas Distribution, à Casablanca. Vous trouverez ci-joint notre proposition détaillée.\n\nMerci de nous faire part de votre décision avant le 4 octobre.\n\nBien cordialement,\nNadia El Amrani\nDirectrice des Ressources Humaines',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...PAR,
    text: 'Bonjour Monsieur Leroy,\n\nMerci pour votre candidature au poste de technicien de maintenance. Les entretiens sont en cours jusqu’à la mi-octobre.\n\nMerci de ne pas nous relancer avant le 16 octobre : nous reviendrons vers chacun à partir de cette date.\n\nCordialement,\nSophie Marchal\nRH, Ateliers Marchal',
    expect: [
      { kind: 'no-contact-before', by: '2034-10-16', phrase: 'ne pas nous relancer avant le 16 octobre' },
    ],
  },
  {
    ...PAR,
    text: 'Convocation à un entretien préalable\n\nLettre remise en main propre\n\nMonsieur Garnier,\n\nNous envisageons à votre égard une mesure de licenciement. Conformément aux articles L.1232-2 et suivants du Code du travail, nous vous convoquons à un entretien préalable le jeudi 5 octobre 2034 à 10 h, dans le bureau de la direction.\n\nVous pouvez vous faire assister lors de cet entretien par une personne de votre choix appartenant au personnel de l’entreprise.\n\nLa Direction\nMenuiserie Garnier & Fils',
    expect: [],
  },
  {
    ...BRU,
    text: 'Votre bilan de compétences – séance 3\n\nBonjour Mme Dubois,\n\nJe vous confirme notre prochaine séance de bilan de compétences le lundi 2 octobre à 14 h au cabinet. Nous travaillerons sur vos pistes de reconversion et préparerons vos enquêtes métier.\n\nLa synthèse écrite vous sera remise sous quinzaine après la dernière séance.\n\nBien à vous,\nCatherine Moreau\nConsultante, Cabinet Trajectoires',
    expect: [],
  },
  {
    ...PAR,
    text: 'Visite en entreprise – apprentie BTS MCO\n\nMadame Lefort,\n\nEn tant que maître d’apprentissage de Clara Morel, vous êtes concernée par la visite semestrielle du CFA. Sa formatrice référente passera au magasin le mardi 3 octobre à 10 h pour faire le point avec vous deux.\n\nMerci de prévoir une trentaine de minutes.\n\nCordialement,\nCFA du Commerce Île-de-France',
    expect: [],
  },
  {
    ...YUL,
    text: 'Bonjour Maxime,\n\nTon embauche est confirmée, bienvenue parmi nous ! Dans le cadre de ton intégration, tu es convoqué à la visite de santé au travail le jeudi 5 octobre à 8 h 45 à la clinique du boulevard Saint-Laurent.\n\nTon premier jour reste le lundi 2 octobre; ta gestionnaire t’accueillera à 9 h.\n\nÀ bientôt,\nL’équipe Personnes et Culture\nBoréal Studios',
    expect: [],
  },
  {
    ...PAR,
    text: 'On recrute – tu connais quelqu’un ?\n\nSalut Antoine,\n\nOn cherche un(e) développeur(se) back-end pour l’équipe Paiements. Si tu connais quelqu’un de bien, il peut postuler avant le 15 octobre sur notre page carrières; les entretiens auront lieu la semaine du 23 octobre. Prime de cooptation à la clé !\n\nMerci d’avance,\nSarah\nResponsable recrutement, Caravelle Tech',
    expect: [],
  },
  {
    ...BRU,
    text: 'Assemblée générale – appel à candidatures pour le conseil de copropriété\n\nChers copropriétaires,\n\nL’assemblée générale ordinaire de la résidence Les Tilleuls se tiendra le mercredi 18 octobre à 19 h dans la salle communale.\n\nLes candidatures pour le conseil de copropriété doivent parvenir au syndic avant le 6 octobre. Les candidats seront invités à se présenter en début de séance.\n\nSyndic Immobilier Meuse',
    expect: [],
  },
];
