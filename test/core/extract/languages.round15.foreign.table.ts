// The fifteenth held-out rounds of issue 13 in German, Spanish and French (rounds 191–193): whole messages written
// fresh after the layouts and wording of real templates (softgarden, rexx, d.vinci and Personio invitations and
// acknowledgements, StepStone Jobagent, Computrabajo, Bumeran, Teamtailor, InfoJobs status mail, Indeed alerts,
// Welcome to the Jungle, Flatchr and TalentSoft notices, out-of-office replies, webinars and job fairs), rewritten
// with our own names, companies and dates. Austrian, Swiss, Mexican, Argentine (voseo), Colombian, Chilean, Peruvian,
// Belgian, Swiss-French and Québec variants, formal and informal registers. About a third are negatives of the kind
// real inboxes hold (alerts, newsletters, webinars, the candidate's own mail, others' interviews, payroll). Each row's
// answer was written from TIMELINE-CONVENTIONS.md BEFORE the engine read it; the first-run figures are in FIRST_RUN.
import type { PhraseRow } from './phrases.table';

// Monday 16 September 2030, 09:20 in Cologne.
const CGN_MON = { sentAt: '2030-09-16T09:20:00+02:00', tz: 'Europe/Berlin' } as const;
// Tuesday 17 September 2030, 13:45 in Graz.
const GRZ_TUE = { sentAt: '2030-09-17T13:45:00+02:00', tz: 'Europe/Vienna' } as const;
// Wednesday 18 September 2030, 10:05 in Zürich.
const ZRH_WED = { sentAt: '2030-09-18T10:05:00+02:00', tz: 'Europe/Zurich' } as const;
// Thursday 19 September 2030, 15:30 in Stuttgart.
const STR_THU = { sentAt: '2030-09-19T15:30:00+02:00', tz: 'Europe/Berlin' } as const;
// Friday 20 September 2030, 11:10 in Leipzig.
const LEJ_FRI = { sentAt: '2030-09-20T11:10:00+02:00', tz: 'Europe/Berlin' } as const;

// Monday 16 September 2030, 09:40 in Barcelona.
const BCN_MON = { sentAt: '2030-09-16T09:40:00+02:00', tz: 'Europe/Madrid' } as const;
// Tuesday 17 September 2030, 10:15 in Bogotá.
const BOG_TUE = { sentAt: '2030-09-17T10:15:00-05:00', tz: 'America/Bogota' } as const;
// Tuesday 17 September 2030, 16:20 in Lima.
const LIM_TUE = { sentAt: '2030-09-17T16:20:00-05:00', tz: 'America/Lima' } as const;
// Wednesday 18 September 2030, 11:30 in Buenos Aires.
const BUE_WED = { sentAt: '2030-09-18T11:30:00-03:00', tz: 'America/Argentina/Buenos_Aires' } as const;
// Wednesday 18 September 2030, 10:00 in Santiago de Chile (summer time from early September).
const SCL_WED = { sentAt: '2030-09-18T10:00:00-03:00', tz: 'America/Santiago' } as const;
// Thursday 19 September 2030, 13:05 in Monterrey.
const MTY_THU = { sentAt: '2030-09-19T13:05:00-06:00', tz: 'America/Monterrey' } as const;
// Friday 20 September 2030, 12:45 in Seville.
const SVQ_FRI = { sentAt: '2030-09-20T12:45:00+02:00', tz: 'Europe/Madrid' } as const;

// Monday 16 September 2030, 09:05 in Paris.
const PAR_MON = { sentAt: '2030-09-16T09:05:00+02:00', tz: 'Europe/Paris' } as const;
// Tuesday 17 September 2030, 14:40 in Liège.
const LGE_TUE = { sentAt: '2030-09-17T14:40:00+02:00', tz: 'Europe/Brussels' } as const;
// Wednesday 18 September 2030, 10:30 in Québec City.
const YQB_WED = { sentAt: '2030-09-18T10:30:00-04:00', tz: 'America/Toronto' } as const;
// Thursday 19 September 2030, 11:15 in Geneva.
const GVA_THU = { sentAt: '2030-09-19T11:15:00+02:00', tz: 'Europe/Zurich' } as const;
// Friday 20 September 2030, 16:00 in Nantes.
const NTE_FRI = { sentAt: '2030-09-20T16:00:00+02:00', tz: 'Europe/Paris' } as const;

/** Round 191: German recruiter mail and ATS templates (Germany, Austria, Switzerland), fifteenth unseen round. */
export const ROUND_191_DE: readonly PhraseRow[] = [
  {
    ...CGN_MON,
    text: 'Einladung zum Vorstellungsgespräch – Sachbearbeiter Lohn und Gehalt (m/w/d)\n\nSehr geehrter Herr Schäfer,\n\nvielen Dank für Ihre Bewerbung und Ihr Interesse an der Rheinstrom Versicherungsservice GmbH. Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gerne persönlich kennenlernen.\n\nDatum: Dienstag, 24.09.2030\nUhrzeit: 14:00 – 15:00 Uhr\nOrt: Konrad-Adenauer-Ufer 37, 50668 Köln, Empfang 3. OG\nIhre Gesprächspartner: Anja Kröger (HR), Dirk Falkenberg (Teamleitung Payroll)\n\nBitte nehmen Sie den Termin über den folgenden Link an oder schlagen Sie einen Alternativtermin vor:\nhttps://rheinstrom.softgarden.io/interview/8f3a21\n\nMit freundlichen Grüßen\nAnja Kröger\nRecruiting\nRheinstrom Versicherungsservice GmbH · Sitz Köln · Amtsgericht Köln HRB 88412\n\nDiese Nachricht wurde über softgarden versendet.',
    expect: [{ kind: 'interview', by: '2030-09-24', time: '14:00' }],
  },
  {
    ...GRZ_TUE,
    text: 'Sehr geehrte Frau Pichler,\n\nherzlichen Dank für Ihre Bewerbung als Bilanzbuchhalterin bei der Murtal Holz GmbH. Wir sichten derzeit alle eingelangten Unterlagen und werden uns binnen einer Woche bei Ihnen melden. Wir ersuchen Sie, von telefonischen Anfragen zum Stand Ihrer Bewerbung Abstand zu nehmen.\n\nMit freundlichen Grüßen\nMag. (FH) Stefan Reinisch\nPersonalabteilung\nMurtal Holz GmbH · Lendplatz 22 · 8020 Graz\nFN 198442 k · Landesgericht für ZRS Graz',
    expect: [{ kind: 'response-by', by: '2030-09-24' }, { kind: 'no-calls' }],
  },
  {
    ...ZRH_WED,
    text: 'Grüezi Frau Gerber\n\nBesten Dank für das offene und spannende Gespräch von gestern. Wir sprechen diese Woche noch mit zwei weiteren Personen und werden Ihnen bis Mitte nächster Woche Bescheid geben, wie es weitergeht.\n\nFreundliche Grüsse\nReto Ammann\nLeiter HR\nLimmat Treuhand AG · Seefeldstrasse 88 · 8008 Zürich\n+41 44 382 16 40',
    expect: [{ kind: 'response-by', by: '2030-09-25', fuzzy: true }],
  },
  {
    ...STR_THU,
    text: 'Ihre Bewerbung als Industriemechaniker (m/w/d) – Eingangsbestätigung\n\nSehr geehrter Herr Yılmaz,\n\nwir haben Ihre Bewerbung über unser Karriereportal erhalten und bedanken uns für Ihr Interesse. Ihre Unterlagen werden nun von der Fachabteilung geprüft. Sie erhalten innerhalb von drei Wochen eine Rückmeldung von uns.\n\nDen Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen.\n\nMit freundlichen Grüßen\nIhr Personalteam\nNeckartal Antriebstechnik GmbH · Heilbronner Str. 312 · 70469 Stuttgart\nAmtsgericht Stuttgart HRB 731205\n\nrexx systems – Bewerbermanagement',
    expect: [{ kind: 'response-by', by: '2030-10-10' }],
  },
  {
    ...LEJ_FRI,
    text: 'Sehr geehrte Frau Krause,\n\nvielen Dank für Ihre Bewerbung als Referentin Öffentlichkeitsarbeit. Die Bewerbungsfrist endet am 4. Oktober 2030. Die Auswahlgespräche finden voraussichtlich in der zweiten Oktoberhälfte statt; über das Ergebnis der Vorauswahl informieren wir Sie bis Mitte Oktober.\n\nMit freundlichen Grüßen\nIm Auftrag\nPersonalamt\nStadtwerke Leipzig-Nordost GmbH · Augustusplatz 9 · 04109 Leipzig\n\nDiese Nachricht wurde mit d.vinci versendet.',
    expect: [{ kind: 'response-by', by: '2030-10-15', fuzzy: true }],
  },
  {
    ...CGN_MON,
    text: 'Hallo Herr Neumann,\n\nleider muss ich unser für Donnerstag, 19.09., 10 Uhr geplantes Gespräch absagen, da unser CTO kurzfristig auf eine Dienstreise muss. Passt Ihnen stattdessen Freitag, 27.09., um 9:30 Uhr? Der Teams-Link bleibt gleich.\n\nViele Grüße\nLisa Brandt\nPeople & Culture\nDomblick Software GmbH · Im Mediapark 5 · 50670 Köln',
    expect: [{ kind: 'interview', by: '2030-09-27', time: '09:30' }],
  },
  {
    ...GRZ_TUE,
    text: 'Sehr geehrter Herr Gruber,\n\nvielen Dank für Ihr Interesse an der ausgeschriebenen Stelle. Die Bewerbungsfrist läuft noch bis 4. Oktober 2030. Bitte warten Sie mit Rückfragen bis nach dem Ende der Frist; erst dann können wir Ihnen etwas zum weiteren Ablauf sagen.\n\nFreundliche Grüße\nSabine Url\nPersonalverwaltung\nSteirische Landesbahnen GmbH · Annenstraße 12 · 8020 Graz',
    expect: [{ kind: 'no-contact-before', by: '2030-10-05' }],
  },
  {
    ...ZRH_WED,
    text: 'Automatische Antwort: Bewerbung Projektleiter Bau\n\nGuten Tag\n\nIch bin bis und mit Freitag, 27. September 2030, abwesend und lese meine E-Mails nicht. Ab Montag, 30. September, bin ich gerne wieder für Sie da. In dringenden Fällen wenden Sie sich an hr@limmatbau.ch.\n\nFreundliche Grüsse\nMirjam Egli',
    expect: [{ kind: 'no-contact-before', by: '2030-09-30' }],
  },
  {
    ...STR_THU,
    text: 'Absage: Ihre Bewerbung als Werkstudent IT (m/w/d)\n\nHallo Herr Berisha,\n\nnochmals vielen Dank für Ihre Zeit und das nette Gespräch. Nach reiflicher Überlegung haben wir uns entschieden, die Stelle anderweitig zu besetzen. Diese Entscheidung ist uns nicht leichtgefallen.\n\nWir wünschen Ihnen für Ihren weiteren Weg alles Gute.\n\nViele Grüße\nCarina Wolf\nTalent Acquisition\nSchwabengrid Energy GmbH\n\nPowered by Personio',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...LEJ_FRI,
    text: 'Liebe Frau Hoang,\n\nich freue mich sehr, Ihnen heute unsere Zusage geben zu können: Wir möchten Sie ab dem 1. November 2030 als Teamleiterin Kundenservice in unserem Team begrüßen! Bitte geben Sie uns bis Freitag, 27.09., Bescheid, ob Sie das Angebot annehmen.\n\nHerzliche Grüße\nPeter Lange\nGeschäftsführer\nSaalebogen Service GmbH · Karl-Liebknecht-Str. 51 · 04275 Leipzig',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...CGN_MON,
    text: 'Ihr Jobagent „Projektmanager Köln“: 8 neue Jobs\n\nHallo Jonas,\n\ndiese Jobs passen zu Ihrer Suche:\n\nProjektmanager Digitalisierung (m/w/d)\nRheinland Kliniken GmbH · Köln · Vollzeit\nvor 2 Tagen veröffentlicht\n\nJunior Projektmanager Events (m/w/d)\nMesse Deutz Service GmbH · Köln · Start: 01.10.2030\nSchnell beworben\n\nAlle Jobs ansehen\n\nSie erhalten diese E-Mail, weil Sie den StepStone Jobagent aktiviert haben. Jobagent bearbeiten | Abmelden\nStepStone Deutschland GmbH · Völklinger Str. 1 · 40219 Düsseldorf',
    expect: [],
  },
  {
    ...STR_THU,
    text: 'Live-Webinar: So überzeugen Sie im Vorstellungsgespräch\n\nAm Donnerstag, 26. September 2030, um 18:00 Uhr zeigt Ihnen unsere Karriereberaterin Dr. Ines Köhler, wie Sie typische Fragen souverän beantworten. Die Teilnahme ist kostenlos; melden Sie sich bis zum 25. September an.\n\nJetzt Platz sichern\n\nKarriereakademie Süd GmbH · Königstraße 28 · 70173 Stuttgart\nNewsletter abbestellen',
    expect: [],
  },
  {
    ...LEJ_FRI,
    text: 'Sehr geehrter Herr Schubert,\n\nam 5. September hatten wir unser Gespräch, und Sie sagten mir, ich würde innerhalb von zwei Wochen von Ihnen hören. Darf ich nachfragen, ob es schon eine Entscheidung gibt?\n\nMit freundlichen Grüßen\nMaria Seidel\nTel. 0176 2234 8801',
    expect: [],
  },
  {
    ...GRZ_TUE,
    text: 'Liebe Kolleginnen und Kollegen,\n\nzur Info: Die Hearings für die Leitung Controlling finden am Montag, 23.09., ab 9 Uhr im Besprechungsraum Schlossberg statt. Bitte den Raum an diesem Tag nicht anderweitig buchen.\n\nDanke und LG\nBirgit\nAssistenz der Geschäftsführung',
    expect: [],
  },
  {
    ...ZRH_WED,
    text: 'Ihre Lohnabrechnung September 2030\n\nGuten Tag\n\nIhre Lohnabrechnung für den Monat September steht ab dem 25. September im Mitarbeiterportal zur Verfügung. Die Auszahlung erfolgt am selben Tag.\n\nFreundliche Grüsse\nPayroll Services\nAlpenblick Gastro AG',
    expect: [],
  },
];

/** Round 192: Spanish recruiter mail (Spain, Mexico, Argentina, Colombia, Chile, Peru), fifteenth unseen round. */
export const ROUND_192_ES: readonly PhraseRow[] = [
  {
    ...MTY_THU,
    text: 'Asunto: Invitación a entrevista – Auxiliar Contable\n\nEstimado Jorge Treviño:\n\nNos comunicamos de parte de Aceros del Norte Regio, S.A. de C.V. Su perfil fue seleccionado en la vacante publicada en Computrabajo y nos gustaría invitarlo a una entrevista presencial:\n\nFecha: martes 24 de septiembre de 2030\nHora: 16:00 hrs.\nLugar: Av. Constitución 2050 Pte., Col. Centro, Monterrey, N.L. (presentarse en recepción con identificación oficial)\n\nFavor de confirmar su asistencia respondiendo a este correo a la brevedad.\n\nAtentamente,\nLic. Daniela Garza\nReclutamiento y Selección\nAceros del Norte Regio, S.A. de C.V.\nTel. 81 8340 2210 ext. 114',
    expect: [{ kind: 'interview', by: '2030-09-24', time: '16:00' }],
  },
  {
    ...BUE_WED,
    text: 'Hola Facundo, ¿cómo andás?\n\nTe escribo de parte de Pampa Logística por tu postulación en Bumeran para el puesto de Analista de Compras. Nos gustaría coordinar una entrevista con vos. ¿Podés el jueves 26 a las 15 hs por Google Meet? Si te queda cómodo, te mando el link.\n\nQuedo atenta, ¡saludos!\nRocío Benítez\nSelección\nPampa Logística S.A. · Av. Corrientes 1234, piso 8, CABA\nCUIT 30-71234567-8',
    expect: [{ kind: 'interview', by: '2030-09-26', time: '15:00' }],
  },
  {
    ...BOG_TUE,
    text: 'Señor\nAndrés Felipe Rojas\nCiudad\n\nCordial saludo.\n\nAgradecemos su interés en la convocatoria para el cargo de Coordinador de Calidad. Le informamos que su hoja de vida se encuentra en revisión y que le daremos respuesta dentro de los próximos 8 días hábiles.\n\nCordialmente,\n\nGestión del Talento Humano\nLaboratorios Andinos de Colombia S.A.S. · NIT 900.456.789-1\nCalle 100 # 19-61, Bogotá D.C.\nPBX (601) 745 2200',
    expect: [{ kind: 'response-by', by: '2030-09-27' }],
  },
  {
    ...SCL_WED,
    text: 'Hola Constanza:\n\n¡Gracias por postular a Cordillera Seguros! Recibimos tus antecedentes para el cargo de Ejecutiva Comercial y los revisaremos a la brevedad. Si tu perfil avanza, te contactaremos por este medio.\n\nSaludos,\nEquipo de Reclutamiento\nCordillera Seguros S.A. · RUT 96.812.440-3\nAv. Providencia 1760, Providencia, Santiago',
    expect: [],
  },
  {
    ...LIM_TUE,
    text: 'Estimada Sra. Huamán:\n\nMuchas gracias por acercarse ayer a nuestras oficinas para la entrevista final. Le comento que el comité ya revisó los resultados y le estaremos comunicando la decisión dentro de esta semana.\n\nSaludos cordiales,\nCarlos Mendoza\nJefe de Recursos Humanos\nAgroexportadora Valle Sur S.A.C. – RUC 20601234567\nAv. El Derby 254, Santiago de Surco, Lima',
    expect: [{ kind: 'response-by', by: '2030-09-20' }],
  },
  {
    ...BCN_MON,
    text: '¡Gracias por tu candidatura, Laia!\n\nHemos recibido tu solicitud para el puesto de Customer Success Manager en Brisa Labs. Nuestro equipo la revisará con atención y te responderemos en un plazo de dos semanas, tanto si avanzas como si no.\n\nMientras tanto, puedes conocer mejor nuestra cultura en brisalabs.teamtailor.com.\n\nUn saludo,\nEl equipo de People de Brisa Labs\nBrisa Labs, S.L. · C/ Pujades 77, 08005 Barcelona',
    expect: [{ kind: 'response-by', by: '2030-09-30' }],
  },
  {
    ...MTY_THU,
    text: 'Estimada candidata:\n\nLe confirmamos que su solicitud para la vacante de Supervisora de Producción fue recibida correctamente. Le pedimos amablemente no llamar a la planta ni a recepción para preguntar por el estatus de su proceso; toda la comunicación se realizará por este medio.\n\nAtentamente,\nDepartamento de Recursos Humanos\nEnvases Sierra Madre, S.A. de C.V.\nCarretera a Laredo km 12.5, Escobedo, N.L.',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...BUE_WED,
    text: 'Hola Martina,\n\nGracias por tu paciencia. Estamos terminando las entrevistas con los otros candidatos, así que te pido que no me escribas hasta el lunes 30, porque antes no voy a tener novedades.\n\nAbrazo,\nNicolás Ferreyra\nHead of Talent\nMate Digital S.R.L. · Palermo, Buenos Aires',
    expect: [{ kind: 'no-contact-before', by: '2030-09-30' }],
  },
  {
    ...BOG_TUE,
    text: 'Respuesta automática: Hoja de vida – Analista de Nómina\n\nBuen día,\n\nEstaré fuera de la oficina hasta el viernes 27 de septiembre, con acceso limitado al correo. Retomo mis labores el lunes 30 de septiembre. Para temas urgentes, por favor comunicarse con seleccion@andinos.com.co.\n\nGracias,\nPaola Cárdenas',
    expect: [{ kind: 'no-contact-before', by: '2030-09-30' }],
  },
  {
    ...SCL_WED,
    text: 'Hola Ignacio:\n\nTe escribo porque necesitamos reagendar la entrevista técnica del miércoles 25 de septiembre. ¿Te parece bien moverla al viernes 27 de septiembre a las 11:30 hrs., por Teams? El resto del proceso se mantiene igual.\n\nSaludos,\nFrancisca Soto\nTalent Acquisition\nCordillera Seguros S.A.',
    expect: [{ kind: 'interview', by: '2030-09-27', time: '11:30' }],
  },
  {
    ...SVQ_FRI,
    text: 'Hola, Rocío:\n\nTe escribo para contarte cómo va el proceso de Jefa de Tienda. Hemos terminado la segunda ronda de entrevistas y ahora la decisión está en manos de la dirección regional. Te daremos una respuesta antes de fin de mes, sea cual sea.\n\nUn saludo,\nManuel Ortega\nRecursos Humanos – Zona Sur\nGuadalquivir Moda, S.L. · Avda. de la Buhaira 31, 41018 Sevilla',
    expect: [{ kind: 'response-by', by: '2030-09-30' }],
  },
  {
    ...LIM_TUE,
    text: 'Estimado Sr. Paredes:\n\nLe agradecemos por el tiempo dedicado a nuestro proceso de selección para el puesto de Analista de Riesgos. Lamentamos informarle que en esta oportunidad no ha sido seleccionado para continuar en el proceso. Su perfil quedará en nuestra base de datos para futuras convocatorias.\n\nAtentamente,\nGerencia de Gestión Humana\nCaja Municipal del Rímac · RUC 20100234567',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...BCN_MON,
    text: 'Hola, Marc:\n\n¡Tenemos buenas noticias! Nos complace comunicarte que has sido seleccionado para el puesto de Técnico de Mantenimiento en Port Vell Serveis. Te adjuntamos la propuesta con las condiciones (salario, jornada y fecha de incorporación, prevista para el 1 de octubre). Te agradeceríamos que nos dijeras algo antes del viernes 20.\n\nUn saludo,\nNúria Puig\nRRHH\nPort Vell Serveis, S.L. · CIF B65432109',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...SVQ_FRI,
    text: 'Nuevos empleos de «administrativo» en Sevilla\n\nAdministrativo/a de compras\nHispalis Distribución – Sevilla\n1.400 € - 1.600 € al mes · Jornada completa\nSolicitud fácil\n\nAuxiliar administrativo/a (sustitución hasta el 31/12)\nClínica Nervión – Sevilla\nHace 3 días\n\nVer todos los empleos\n\nRecibes este correo porque creaste una alerta de empleo en Indeed. Cancelar suscripción',
    expect: [],
  },
  {
    ...BCN_MON,
    text: 'Tu candidatura ha avanzado\n\nHola, Laia:\n\nLa empresa Brisa Labs ha leído tu CV para la oferta «Customer Success Manager». Te avisaremos si hay novedades en el proceso.\n\nConsejo: las empresas suelen responder en un plazo de 7 a 10 días. Mientras tanto, sigue inscribiéndote en ofertas que te interesen.\n\nInfoJobs · Adevinta Spain, S.L.U. · Darse de baja',
    expect: [],
  },
  {
    ...MTY_THU,
    text: 'Webinar gratuito: «Cómo destacar en una entrevista por competencias»\n\nAcompáñanos el jueves 26 de septiembre a las 19:00 hrs. (hora del centro de México). Regístrate antes del miércoles 25.\n\nQuiero registrarme\n\nOCC Mundial · Si ya no deseas recibir estos correos, da clic aquí.',
    expect: [],
  },
  {
    ...BOG_TUE,
    text: 'Buenas tardes, doctora Cárdenas:\n\nQuería consultar por el estado de mi proceso para el cargo de Analista de Nómina. En la entrevista del 9 de septiembre me indicaron que tendría respuesta en cinco días hábiles.\n\nQuedo atento,\nSantiago Mejía\nCel. 310 555 2814',
    expect: [],
  },
];

/** Round 193: French recruiter mail (France, Belgium, Switzerland, Québec), fifteenth unseen round. */
export const ROUND_193_FR: readonly PhraseRow[] = [
  {
    ...PAR_MON,
    text: 'Votre entretien avec Maison Ardoise est confirmé\n\nBonjour Camille,\n\nBonne nouvelle ! Votre entretien pour le poste de Chef·fe de projet CRM est confirmé.\n\nMercredi 25 septembre 2030\n10:00 – 10:45 (heure de Paris)\nVisioconférence – le lien vous sera envoyé la veille\n\nAvec : Hugo Perrin, Head of Marketing\n\nBesoin de modifier le créneau ? Contactez directement le recruteur.\n\nL’équipe Welcome to the Jungle',
    expect: [{ kind: 'interview', by: '2030-09-25', time: '10:00' }],
  },
  {
    ...LGE_TUE,
    // "Sous huitaine": within eight days (Larousse: « dans un délai de huit jours »), t + 8 as "within N days".
    text: 'Madame Lejeune,\n\nNous vous remercions pour votre candidature au poste de gestionnaire de dossiers sinistres. Votre dossier a retenu notre attention et est actuellement examiné par le responsable du service. Nous reviendrons vers vous sous huitaine.\n\nVeuillez agréer, Madame, l’expression de nos salutations distinguées.\n\nNathalie Collignon\nService RH\nMeuse Assurances SA · Boulevard d’Avroy 120, 4000 Liège\nBCE 0456.789.123',
    expect: [{ kind: 'response-by', by: '2030-09-25' }],
  },
  {
    ...YQB_WED,
    text: 'Bonjour Félix,\n\nMerci d’avoir pris le temps de nous rencontrer hier. Ta candidature est maintenant entre les mains du comité de sélection, et nous communiquerons avec toi d’ici vendredi pour te faire part de la suite.\n\nBonne journée!\n\nMarie-Ève Bouchard\nConseillère principale, acquisition de talents\nCoopérative Laurentide · 2200, boul. Laurier, Québec (Québec) G1V 2M2\n418 555-0163',
    expect: [{ kind: 'response-by', by: '2030-09-20' }],
  },
  {
    ...GVA_THU,
    text: 'Monsieur,\n\nNous vous remercions d’avoir participé au second entretien. La direction doit encore valider le budget du poste ; nous serons en mesure de vous donner une réponse dans le courant de la semaine prochaine.\n\nAvec nos meilleures salutations,\nAnne-Laure Favre\nResponsable des ressources humaines\nRhône Précision SA · Route des Acacias 45 · 1227 Genève\nCHE-102.345.678 TVA',
    expect: [{ kind: 'response-by', by: '2030-09-27' }],
  },
  {
    ...NTE_FRI,
    text: 'Accusé de réception de votre candidature\n\nBonjour Thomas,\n\nNous avons bien reçu votre candidature pour le poste de Technicien SAV itinérant (H/F) et vous en remercions. Elle sera étudiée avec attention par notre équipe ; vous recevrez une réponse sous trois semaines. Merci de ne pas relancer nos agences par téléphone.\n\nL’équipe recrutement\nAtlantique Froid Services · 12 rue de la Tour d’Auvergne, 44200 Nantes\n\nCe message vous a été envoyé via Flatchr.',
    expect: [{ kind: 'response-by', by: '2030-10-11' }, { kind: 'no-calls' }],
  },
  {
    ...PAR_MON,
    text: 'Modification de votre rendez-vous\n\nMadame Haddad,\n\nNous vous informons que votre entretien initialement prévu le lundi 23 septembre 2030 à 9h00 est déplacé au mardi 24 septembre 2030 à 11h00, au même lieu : 8 place de la Défense, 92400 Courbevoie, hall B.\n\nNous vous prions de nous excuser pour ce changement.\n\nLa Direction des Ressources Humaines\nGroupe Hexagone Énergie\n\nMessage généré automatiquement par TalentSoft – merci de ne pas y répondre.',
    expect: [{ kind: 'interview', by: '2030-09-24', time: '11:00' }],
  },
  {
    ...LGE_TUE,
    text: 'Bonjour Monsieur Renard,\n\nMerci pour votre intérêt. Nous recevons encore des candidatures jusqu’au 4 octobre ; nous vous remercions de ne pas relancer nos équipes avant la clôture des entretiens, prévue le 11 octobre.\n\nCordialement,\nJulie Masson\nTalent Acquisition\nOurthe Digital SRL · Quai de Rome 25, 4000 Liège',
    expect: [{ kind: 'no-contact-before', by: '2030-10-11', fuzzy: true }],
  },
  {
    ...LGE_TUE,
    text: 'Réponse automatique : Candidature – Analyste financier\n\nBonjour,\n\nJe suis absente du bureau jusqu’au vendredi 27 septembre inclus. Je serai de retour le lundi 30 septembre et je traiterai votre message à ce moment-là. En cas d’urgence, veuillez écrire à rh@meuse-assurances.be.\n\nMerci,\nSophie Lavoie',
    expect: [{ kind: 'no-contact-before', by: '2030-09-30' }],
  },
  {
    ...YQB_WED,
    text: 'Bonjour Monsieur Côté,\n\nNous vous remercions de l’intérêt que vous avez manifesté pour le poste de technicien en informatique. Après analyse, nous avons retenu une autre candidature dont le profil correspond davantage à nos besoins actuels.\n\nNous conservons votre curriculum vitæ dans notre banque de candidatures pour une période de six mois.\n\nCordialement,\nService des ressources humaines\nVille de Lévis-Est',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...GVA_THU,
    text: 'Madame,\n\nSuite à nos entretiens, nous avons le plaisir de vous proposer le poste d’assistante de direction à 80 % au sein de notre étude, avec une entrée en fonction au 1er décembre 2030. Vous trouverez ci-joint notre offre détaillée. Nous vous saurions gré de nous faire part de votre décision d’ici au 30 septembre.\n\nAvec nos meilleures salutations,\nMe Pierre-Alain Rochat\nRochat & Borel Avocats · Rue du Rhône 62 · 1204 Genève',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...NTE_FRI,
    text: 'Alerte emploi : 4 nouvelles offres « comptable Nantes »\n\nComptable général H/F – CDI\nOcéane Expertise · Nantes (44)\nPubliée le 19/09/2030\nPrise de poste : 1er octobre\n\nAssistant comptable H/F – CDD 6 mois\nLoire Négoce · Saint-Herblain (44)\n\nVoir toutes les offres\n\nVous recevez cet e-mail car vous avez créé une alerte sur Indeed. Se désabonner',
    expect: [],
  },
  {
    ...PAR_MON,
    text: 'Job dating Retail – jeudi 3 octobre\n\nVenez rencontrer les recruteurs de 15 enseignes le jeudi 3 octobre 2030 de 14h à 18h à la Cité des Sciences. Entretiens de 10 minutes sur place, sans rendez-vous. Inscription recommandée avant le 1er octobre.\n\nJe m’inscris\n\nFrance Travail Île-de-France · Se désinscrire',
    expect: [],
  },
  {
    ...GVA_THU,
    text: 'Bonjour Madame Favre,\n\nJe me permets de revenir vers vous au sujet de ma candidature au poste de comptable. Lors de notre entretien du 5 septembre, vous m’aviez indiqué une réponse d’ici le 13 septembre ; je reste très intéressé par le poste.\n\nMeilleures salutations,\nLoïc Dumas\n079 555 12 34',
    expect: [],
  },
  {
    ...NTE_FRI,
    text: 'Cette semaine sur Welcome to the Jungle\n\n5 questions à poser à la fin de votre entretien\nComment négocier son salaire en 2030\nOffres à la une : 120 postes à pourvoir d’ici la fin du mois\n\nLire la newsletter\n\nVous recevez cette newsletter car vous êtes inscrit·e sur Welcome to the Jungle. Se désinscrire',
    expect: [],
  },
  {
    ...LGE_TUE,
    text: 'Bonjour Madame Wauters,\n\nMerci pour votre candidature. Nous aimerions vous rencontrer : seriez-vous disponible le lundi 23 septembre à 14h ou le mardi 24 septembre à 10h ?\n\nBien à vous,\nJulie Masson\nOurthe Digital SRL',
    expect: [],
  },
];

// The second rounds (194, 194b, 194c), written after rounds 191–193's fixes and before the engine read them.
// Monday 4 November 2030, 09:30 in Munich.
const MUC_MON = { sentAt: '2030-11-04T09:30:00+01:00', tz: 'Europe/Berlin' } as const;
// Tuesday 5 November 2030, 14:10 in Linz.
const LNZ_TUE = { sentAt: '2030-11-05T14:10:00+01:00', tz: 'Europe/Vienna' } as const;
// Wednesday 6 November 2030, 08:50 in Bern.
const BRN_WED = { sentAt: '2030-11-06T08:50:00+01:00', tz: 'Europe/Zurich' } as const;
// Thursday 7 November 2030, 16:40 in Hamburg.
const HAM_THU = { sentAt: '2030-11-07T16:40:00+01:00', tz: 'Europe/Berlin' } as const;
// Friday 8 November 2030, 10:25 in Düsseldorf.
const DUS_FRI = { sentAt: '2030-11-08T10:25:00+01:00', tz: 'Europe/Berlin' } as const;

// Monday 4 November 2030, 10:20 in Madrid.
const MAD_MON = { sentAt: '2030-11-04T10:20:00+01:00', tz: 'Europe/Madrid' } as const;
// Monday 4 November 2030, 17:00 in Lima.
const LIM_MON = { sentAt: '2030-11-04T17:00:00-05:00', tz: 'America/Lima' } as const;
// Tuesday 5 November 2030, 11:00 in Mexico City.
const MEX_TUE = { sentAt: '2030-11-05T11:00:00-06:00', tz: 'America/Mexico_City' } as const;
// Wednesday 6 November 2030, 15:30 in Buenos Aires.
const BUE_WED2 = { sentAt: '2030-11-06T15:30:00-03:00', tz: 'America/Argentina/Buenos_Aires' } as const;
// Thursday 7 November 2030, 09:45 in Medellín.
const MDE_THU = { sentAt: '2030-11-07T09:45:00-05:00', tz: 'America/Bogota' } as const;
// Thursday 7 November 2030, 12:30 in Valladolid.
const VLL_THU = { sentAt: '2030-11-07T12:30:00+01:00', tz: 'Europe/Madrid' } as const;
// Friday 8 November 2030, 12:10 in Santiago de Chile.
const SCL_FRI = { sentAt: '2030-11-08T12:10:00-03:00', tz: 'America/Santiago' } as const;

// Monday 4 November 2030, 10:00 in Paris.
const PAR_MON2 = { sentAt: '2030-11-04T10:00:00+01:00', tz: 'Europe/Paris' } as const;
// Tuesday 5 November 2030, 15:20 in Brussels.
const BRU_TUE = { sentAt: '2030-11-05T15:20:00+01:00', tz: 'Europe/Brussels' } as const;
// Wednesday 6 November 2030, 09:10 in Montréal.
const MTL_WED = { sentAt: '2030-11-06T09:10:00-05:00', tz: 'America/Toronto' } as const;
// Thursday 7 November 2030, 13:30 in Lausanne.
const LSN_THU = { sentAt: '2030-11-07T13:30:00+01:00', tz: 'Europe/Zurich' } as const;
// Friday 8 November 2030, 11:45 in Bordeaux.
const BDX_FRI = { sentAt: '2030-11-08T11:45:00+01:00', tz: 'Europe/Paris' } as const;

/** Round 194: German recruiter mail (Germany, Austria, Switzerland), written after round 191's fixes. */
export const ROUND_194_DE: readonly PhraseRow[] = [
  {
    ...MUC_MON,
    text: 'Einladung: Video-Interview mit der Isartal Medizintechnik GmbH\n\nHallo Herr Doğan,\n\nwir freuen uns, Sie zu einem ersten Kennenlernen einzuladen.\n\nDatum: Donnerstag, 14. November 2030\nZeit: 11:00–11:45 Uhr\nFormat: Microsoft Teams (Link folgt in einer separaten Kalendereinladung)\nTeilnehmende: Franziska Lehner (Recruiting), Dr. Max Huber (Leitung Qualitätsmanagement)\n\nFalls der Termin nicht passt, antworten Sie gerne direkt auf diese E-Mail.\n\nBeste Grüße\nFranziska Lehner\nIsartal Medizintechnik GmbH · Frankfurter Ring 81 · 80807 München\nPowered by Personio',
    expect: [{ kind: 'interview', by: '2030-11-14', time: '11:00' }],
  },
  {
    ...LNZ_TUE,
    text: 'Sehr geehrte Frau Leitner,\n\nherzlichen Dank für Ihren Besuch bei uns in Linz. Die Geschäftsführung möchte noch mit einer weiteren Kandidatin sprechen; wir werden Ihnen daher Anfang nächster Woche Bescheid geben.\n\nMit freundlichen Grüßen\nMag. Thomas Ebner\nHR Business Partner\nDonauhafen Stahlbau GmbH · Industriezeile 36 · 4020 Linz\nFN 112455 t · Landesgericht Linz',
    expect: [{ kind: 'response-by', by: '2030-11-12', fuzzy: true }],
  },
  {
    ...BRN_WED,
    text: 'Guten Tag Herr Zbinden\n\nVielen Dank für Ihre Bewerbung als Sachbearbeiter Steuern. Wir befinden uns noch in der Auswahlphase. Sie erhalten bis spätestens Ende November einen Bescheid von uns.\n\nFreundliche Grüsse\nKantonale Steuerverwaltung – Personaldienst\nBundesgasse 8 · 3011 Bern',
    expect: [{ kind: 'response-by', by: '2030-11-30' }],
  },
  {
    ...HAM_THU,
    text: 'Vielen Dank für Ihre Bewerbung!\n\nHallo Frau Jansen,\n\nwir haben Ihre Unterlagen für die Position Content Managerin (m/w/d) erhalten. Unser Team sieht sich Ihre Bewerbung nun genau an und meldet sich innerhalb von zehn Arbeitstagen bei Ihnen.\n\nViele Grüße\nIhr People-Team der Hafenblick Media GmbH\nSpeicherstadt, Am Sandtorkai 5 · 20457 Hamburg\n\nDiese E-Mail wurde über softgarden versendet. Bitte antworten Sie nicht auf diese Nachricht.',
    expect: [{ kind: 'response-by', by: '2030-11-21' }],
  },
  {
    ...DUS_FRI,
    text: 'Ihre Bewerbung über StepStone: Junior Key Account Manager (m/w/d)\n\nSehr geehrter Herr Kowalski,\n\nvielen Dank für Ihre Bewerbung, die uns über StepStone erreicht hat. Wir würden gerne in einem kurzen Telefoninterview mehr über Sie erfahren. Passt es Ihnen am Dienstag um 15 Uhr? Ich würde Sie dann unter der angegebenen Mobilnummer anrufen.\n\nMit freundlichen Grüßen\nJulia Becker\nRheinufer Handelsgesellschaft mbH · Kaiserswerther Str. 115 · 40474 Düsseldorf',
    expect: [{ kind: 'interview', by: '2030-11-12', time: '15:00' }],
  },
  {
    ...MUC_MON,
    text: 'Hallo Frau Scholz,\n\nvielen Dank für Ihre Nachfrage. Bis zum 20. November führen wir noch Gespräche mit weiteren Bewerberinnen und Bewerbern. Wir bitten Sie daher, sich nicht vorher bei uns zu melden; wir kommen dann von uns aus auf Sie zu.\n\nViele Grüße\nFranziska Lehner\nIsartal Medizintechnik GmbH',
    expect: [{ kind: 'no-contact-before', by: '2030-11-20' }],
  },
  {
    ...LNZ_TUE,
    text: 'Abwesenheitsnotiz: Ihre Bewerbung\n\nGrüß Gott,\n\nich bin von 4. bis 15. November auf Urlaub. Ihre Nachricht wird nicht weitergeleitet. Ab 18. November bin ich wieder erreichbar.\n\nMit freundlichen Grüßen\nSandra Hofbauer\nDonauhafen Stahlbau GmbH',
    expect: [{ kind: 'no-contact-before', by: '2030-11-18' }],
  },
  {
    ...BRN_WED,
    text: 'Grüessech Frau Aebi\n\nWir bestätigen den Eingang Ihrer Bewerbung. Bitte verzichten Sie auf telefonische Anfragen; wir informieren alle Bewerbenden schriftlich über den Stand des Verfahrens.\n\nFreundliche Grüsse\nPersonaldienst\nAare Energie AG · Monbijoustrasse 16 · 3011 Bern',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...HAM_THU,
    text: 'Sehr geehrter Herr Möller,\n\nnochmals vielen Dank für das Gespräch am vergangenen Montag. Wir müssen Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Verfahren nicht mehr berücksichtigen können.\n\nWir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.\n\nMit freundlichen Grüßen\nHafenblick Media GmbH',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...DUS_FRI,
    text: 'Lieber Herr Kaya,\n\nes freut uns sehr, Ihnen mitteilen zu dürfen, dass Sie uns in allen Gesprächen überzeugt haben. Wir möchten Ihnen die Stelle als Teamleiter Lager anbieten. Bitte bestätigen Sie uns Ihre Zusage bis zum 15. November.\n\nHerzliche Grüße\nJulia Becker\nRheinufer Handelsgesellschaft mbH',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...MUC_MON,
    text: 'Jobempfehlungen für Sie\n\nQualitätsingenieur (m/w/d) – Medizintechnik\nAlpen Diagnostics GmbH · München · Bewerbungsschluss: 30.11.2030\n\nRegulatory Affairs Specialist (m/w/d)\nLoisach Devices · Garmisch-Partenkirchen · Remote möglich\n\nAlle Empfehlungen ansehen\n\nSie erhalten diese E-Mail aufgrund Ihrer Einstellungen bei XING. Benachrichtigungen verwalten',
    expect: [],
  },
  {
    ...LNZ_TUE,
    text: 'Ihr Job-Alarm: 5 neue Jobs für „Technischer Zeichner Linz“\n\nTechnischer Zeichner (m/w/d) – Traun\nVollzeit · ab € 2.900 brutto/Monat · Start: Jänner 2031\n\nCAD-Konstrukteur (m/w/d) – Leonding\nVollzeit\n\nAlle Jobs anzeigen\n\nkarriere.at · Job-Alarm bearbeiten oder abbestellen',
    expect: [],
  },
  {
    ...BRN_WED,
    text: 'Einladung zum Infoabend für Lernende und Quereinsteigende\n\nAm Donnerstag, 14. November 2030, um 18 Uhr stellen wir Ihnen unsere offenen Stellen vor, mit anschliessendem Apéro. Anmeldung bis 12. November unter www.aare-energie.ch/infoabend.\n\nAare Energie AG · Newsletter abbestellen',
    expect: [],
  },
  {
    ...HAM_THU,
    text: 'Sehr geehrte Frau Jansen,\n\nvielen Dank für die Einladung. Den Termin am Dienstag, 12. November, um 10 Uhr kann ich leider nicht wahrnehmen, da ich an diesem Tag eine Prüfung habe. Wäre auch ein Termin am Mittwoch oder Donnerstag möglich?\n\nMit freundlichen Grüßen\nLena Vogt',
    expect: [],
  },
  {
    ...DUS_FRI,
    text: 'Ihre Sendung kommt bald!\n\nHallo Herr Kowalski,\n\nIhr Paket 00340434 wird voraussichtlich am Dienstag, 12.11., zwischen 10:00 und 14:00 Uhr zugestellt. Sie können die Zustellung jederzeit anpassen.\n\nIhr DHL Paket-Team',
    expect: [],
  },
];

/** Round 194b: Spanish recruiter mail (Spain, Mexico, Argentina, Colombia, Chile, Peru), after round 192's fixes. */
export const ROUND_194B_ES: readonly PhraseRow[] = [
  {
    ...MAD_MON,
    text: '¡Te han invitado a una entrevista!\n\nHola, Lucía:\n\nLa empresa Logística Meseta, S.L. quiere conocerte para la oferta «Técnico/a de Planificación».\n\nFecha: jueves, 14 de noviembre de 2030\nHora: 9:30\nLugar: Calle de Alcalá 540, 28027 Madrid\n\nConfirma tu asistencia desde tu área de candidato.\n\nInfoJobs · Adevinta Spain, S.L.U.',
    expect: [{ kind: 'interview', by: '2030-11-14', time: '09:30' }],
  },
  {
    ...MEX_TUE,
    text: 'Estimado Ing. Salazar:\n\nLe agradecemos su participación en las entrevistas de la semana pasada. Actualmente estamos concluyendo la evaluación de los finalistas y le haremos llegar nuestra respuesta a más tardar el viernes 15 de noviembre.\n\nSaludos cordiales,\nLic. Andrea Villaseñor\nCapital Humano\nConstructora Valle de Anáhuac, S.A. de C.V.\nPaseo de la Reforma 350, Juárez, CDMX',
    expect: [{ kind: 'response-by', by: '2030-11-15' }],
  },
  {
    ...BUE_WED2,
    text: 'Hola Juli, ¿todo bien?\n\nTe cuento que la semana que viene tenemos la reunión de cierre con el equipo de producto, y te aviso a más tardar el miércoles 13 cómo seguimos.\n\n¡Gracias por la paciencia!\nSofía Ledesma\nTalent Acquisition\nYerba Labs S.A.S. · Palermo Soho, CABA',
    expect: [{ kind: 'response-by', by: '2030-11-13' }],
  },
  {
    ...MDE_THU,
    text: 'Buenos días, señora Restrepo:\n\nReciba un cordial saludo. Su hoja de vida fue remitida al área solicitante para su revisión. En el transcurso de la próxima semana le estaremos informando si continúa en el proceso de selección.\n\nCordialmente,\nÁrea de Talento Humano\nTextiles de Antioquia S.A.S. · Carrera 43A # 1-50, Medellín',
    expect: [{ kind: 'response-by', by: '2030-11-15' }],
  },
  {
    ...SCL_FRI,
    text: 'Hola Benjamín:\n\nTe confirmo la entrevista con el gerente de operaciones para el martes 12 de noviembre a las 10:00 hrs. en nuestras oficinas de Av. Apoquindo 3000, piso 12. Por favor trae tu cédula de identidad para el registro en recepción.\n\nSaludos,\nValentina Muñoz\nReclutamiento\nPacífico Sur Logística SpA',
    expect: [{ kind: 'interview', by: '2030-11-12', time: '10:00' }],
  },
  {
    ...LIM_MON,
    text: 'Estimado postulante:\n\nGracias por rendir la evaluación psicotécnica el día de hoy. Le comunicaremos los resultados en un plazo no mayor a 72 horas a través de este correo.\n\nAtentamente,\nÁrea de Reclutamiento\nFinanciera Andina del Sur S.A. – RUC 20554433221',
    expect: [{ kind: 'response-by', by: '2030-11-07' }],
  },
  {
    ...VLL_THU,
    text: 'Hola, Diego:\n\nGracias por tu interés en Castilla Foods. Estamos recibiendo muchísimas candidaturas, así que te agradeceríamos que no nos escribieras para preguntar por la tuya antes del lunes 18 de noviembre. A partir de ese día empezaremos a contactar a las personas seleccionadas.\n\nUn saludo,\nEquipo de Personas\nCastilla Foods, S.A. · Polígono de San Cristóbal, 47012 Valladolid\nEnviado con Teamtailor',
    expect: [{ kind: 'no-contact-before', by: '2030-11-18' }],
  },
  {
    ...MEX_TUE,
    text: 'Respuesta automática: Vacante Analista de Compras\n\nHola, gracias por tu correo. Me encuentro de vacaciones del 4 al 15 de noviembre. A mi regreso, el lunes 18, atenderé tu mensaje.\n\nSaludos,\nAndrea Villaseñor',
    expect: [{ kind: 'no-contact-before', by: '2030-11-18' }],
  },
  {
    ...BUE_WED2,
    text: 'Hola, ¿cómo estás?\n\nRecibimos tu CV para la búsqueda de Vendedor/a Salón. Por favor, no nos llames por teléfono ni te acerques a la sucursal para consultar por la búsqueda: si tu perfil avanza, te contactamos por mail.\n\nSaludos,\nRRHH – Casa Tandil Electrodomésticos',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...MDE_THU,
    text: 'Estimado señor Ospina:\n\nLe agradecemos su participación en nuestro proceso de selección para el cargo de Jefe de Mantenimiento. Sin embargo, hemos decidido continuar con otros candidatos cuyos perfiles se ajustan más a los requerimientos del cargo.\n\nLe deseamos éxitos en sus proyectos.\n\nCordialmente,\nTextiles de Antioquia S.A.S.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...MAD_MON,
    text: 'Hola, Irene:\n\nDespués de las entrevistas, lo tenemos claro: queremos hacerte una oferta para incorporarte como Ingeniera de Procesos en nuestra planta de Getafe. Te adjuntamos las condiciones; la incorporación sería el 2 de diciembre.\n\nUn abrazo,\nPablo Cifuentes\nDirector de Operaciones\nMeseta Packaging, S.L.',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...SCL_FRI,
    text: 'Nuevos avisos para "analista contable" en Santiago\n\nAnalista Contable Senior – Inmobiliaria Los Andes\nLas Condes · Jornada completa · Postula hasta el 30/11\n\nAsistente Contable – Comercial Maipo\nMaipú · Publicado hoy\n\nVer todos los avisos\n\nLaborum Chile · Para dejar de recibir estas alertas, haz clic aquí.',
    expect: [],
  },
  {
    ...LIM_MON,
    text: '¡Participa en nuestra Feria Laboral Virtual!\n\nEl sábado 16 de noviembre, de 9:00 a 13:00 hrs., más de 40 empresas tendrán procesos de selección abiertos. Habrá entrevistas en línea con los reclutadores. Inscríbete hasta el jueves 14.\n\nBolsa de Trabajo – Universidad del Pacífico Sur',
    expect: [],
  },
  {
    ...VLL_THU,
    text: 'Hola, Marta:\n\nMuchas gracias por la información. Quedo a la espera de vuestra respuesta, que según me indicasteis en la entrevista llegaría antes del 15 de noviembre.\n\nUn saludo,\nDiego Alonso\n646 555 218',
    expect: [],
  },
  {
    ...BUE_WED2,
    text: 'Recordatorio para todo el equipo\n\nHola a todos: les recordamos que el lunes 11 no es feriado, pero la liquidación de sueldos de octubre se acredita recién el martes 12 por un cambio del banco.\n\nSaludos,\nAdministración de Personal – Yerba Labs',
    expect: [],
  },
];

/** Round 194c: French recruiter mail (France, Belgium, Switzerland, Québec), after round 193. */
export const ROUND_194C_FR: readonly PhraseRow[] = [
  {
    ...PAR_MON2,
    text: 'Votre entretien a été reprogrammé\n\nBonjour Inès,\n\nL’équipe de Studio Garance a modifié votre entretien pour le poste de Développeuse front-end.\n\nNouveau créneau : jeudi 14 novembre 2030, 15:30 – 16:15 (heure de Paris)\nLieu : 9 rue du Sentier, 75002 Paris\n\nÀ très vite,\nL’équipe Welcome to the Jungle',
    expect: [{ kind: 'interview', by: '2030-11-14', time: '15:30' }],
  },
  {
    ...BRU_TUE,
    text: 'Monsieur Janssens,\n\nNous vous remercions pour l’entretien de vendredi dernier. Le comité de direction se réunit cette semaine ; nous vous ferons part de notre décision au plus tard le vendredi 15 novembre.\n\nBien à vous,\nCéline Dupuis\nHR Manager\nBrabant Facility Group SA · Rue de la Loi 155, 1040 Bruxelles',
    expect: [{ kind: 'response-by', by: '2030-11-15' }],
  },
  {
    ...MTL_WED,
    text: 'Salut Jérémie,\n\nMerci encore pour ta patience! On attend le retour de deux références, donc on devrait être en mesure de te revenir d’ici la fin de la semaine prochaine.\n\nBonne journée,\nAudrey Pelletier\nConseillère RH\nBoréalis Jeux inc. · Montréal',
    expect: [{ kind: 'response-by', by: '2030-11-15' }],
  },
  {
    ...LSN_THU,
    text: 'Madame,\n\nNous accusons bonne réception de votre dossier de candidature et vous en remercions. Il sera examiné avec soin et nous vous donnerons des nouvelles dans un délai de dix jours ouvrables.\n\nAvec nos meilleures salutations,\nService du personnel\nCommune de Pully-Est · Avenue du Prieuré 2 · 1009 Pully',
    expect: [{ kind: 'response-by', by: '2030-11-21' }],
  },
  {
    ...BDX_FRI,
    text: 'Accusé de réception de votre candidature\n\nMadame, Monsieur,\n\nNous vous remercions pour l’intérêt que vous portez à Garonne Aéro. Votre candidature sera examinée dans les meilleurs délais. Si votre profil est retenu, vous serez contacté(e) sous 15 jours ; sans nouvelles de notre part passé ce délai, vous pourrez considérer que votre candidature n’a pas été retenue.\n\nLa Direction des Ressources Humaines\nGaronne Aéro SAS\n\nCe message a été envoyé automatiquement par TalentSoft.',
    expect: [{ kind: 'response-by', by: '2030-11-23' }],
  },
  {
    ...PAR_MON2,
    text: 'Bonjour Monsieur Petit,\n\nVotre profil a retenu notre attention. Seriez-vous disponible mardi prochain, le 12 novembre, à 14h, pour un premier échange téléphonique avec notre directrice administrative et financière ?\n\nBien cordialement,\nMarion Leclerc\nChargée de recrutement\nCabinet Haussmann Finance · 62 boulevard Haussmann, 75008 Paris',
    expect: [{ kind: 'interview', by: '2030-11-12', time: '14:00' }],
  },
  {
    ...BRU_TUE,
    text: 'Madame Claes,\n\nMerci pour votre message. Les entretiens se poursuivent jusqu’au 15 novembre ; d’ici là, nous vous saurions gré de ne pas nous relancer.\n\nCordialement,\nCéline Dupuis\nBrabant Facility Group SA',
    expect: [{ kind: 'no-contact-before', by: '2030-11-15' }],
  },
  {
    ...MTL_WED,
    text: 'Réponse automatique : Candidature – Technicienne comptable\n\nBonjour,\n\nJe suis en vacances jusqu’au 15 novembre inclusivement. De retour le lundi 18 novembre.\n\nPour toute urgence : rh@borealisjeux.ca\n\nAudrey Pelletier',
    expect: [{ kind: 'no-contact-before', by: '2030-11-18' }],
  },
  {
    ...LSN_THU,
    text: 'Madame, Monsieur,\n\nNous avons bien reçu votre postulation. Nous vous informons qu’aucun renseignement sur l’état des candidatures ne sera donné par téléphone.\n\nAvec nos meilleures salutations,\nRessources humaines\nLac Léman Hôtellerie SA · Lausanne',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...BDX_FRI,
    text: 'Monsieur Bernard,\n\nNous faisons suite à votre entretien du 29 octobre. Nous sommes au regret de vous annoncer que votre candidature n’a pas été retenue pour le poste de technicien d’essais.\n\nNous vous souhaitons une pleine réussite dans vos recherches.\n\nLa Direction des Ressources Humaines\nGaronne Aéro SAS',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...PAR_MON2,
    text: 'Bonjour Sarah,\n\nNous sommes heureux de vous annoncer que vous avez été retenue pour le poste de Responsable paie. Vous trouverez ci-joint votre promesse d’embauche ; la prise de poste est prévue le 6 janvier 2031.\n\nBien cordialement,\nMarion Leclerc\nCabinet Haussmann Finance',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...BRU_TUE,
    text: '6 nouvelles offres correspondent à votre profil\n\nGestionnaire RH – Ixelles\nCDI · Temps plein · Publiée le 04/11/2030\n\nAssistant·e payroll – Zaventem\nIntérim, 3 mois\n\nVoir toutes les offres\n\nVous recevez cet e-mail car vous êtes abonné·e aux alertes Jobat. Modifier mes alertes',
    expect: [],
  },
  {
    ...MTL_WED,
    text: 'Salon de l’emploi de Montréal – les 15 et 16 novembre\n\nPlus de 120 employeurs vous attendent au Palais des congrès, de 10 h à 17 h. Entrevues sur place : apportez plusieurs copies de votre CV!\n\nInscription gratuite\n\nSalon Emploi Québec · Se désabonner',
    expect: [],
  },
  {
    ...LSN_THU,
    text: 'Madame,\n\nJe me permets de vous relancer au sujet de ma candidature au poste de réceptionniste. Lors de notre entretien du 28 octobre, vous m’aviez annoncé une décision pour le 6 novembre.\n\nAvec mes meilleures salutations,\nÉmilie Rochat\n078 555 44 12',
    expect: [],
  },
  {
    ...BDX_FRI,
    text: 'Webinaire Apec : Réussir son entretien d’embauche\n\nMardi 12 novembre 2030 de 12h30 à 13h30\n\nUn consultant Apec vous donne les clés pour préparer vos entretiens. Inscription gratuite, places limitées.\n\nJe m’inscris\n\nApec · Se désinscrire de la newsletter',
    expect: [],
  },
];
