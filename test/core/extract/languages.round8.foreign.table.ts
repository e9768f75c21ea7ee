// The eighth held-out rounds of issue 13 in German, Spanish and French (rounds 92–94 onwards): whole messages
// written fresh after the layouts and wording of real templates (Personio, softgarden, InfoJobs, Computrabajo,
// Welcome to the Jungle and APEC mails, HR-blog invitation, postponement, acknowledgement and rejection templates,
// Outlook, Gmail and Apple Mail quote headers, auto-replies), rewritten with our own names, companies and dates:
// signatures with phone numbers and addresses, Handelsregister, CIF/RFC, SIRET and IDE lines, RGPD/DSGVO notes, ATS
// label–value fields, Swiss, Austrian, Belgian, Québec, Mexican, Argentine and Peruvian variants, formal and
// informal registers. About 40 % are negatives of the kind real inboxes hold. Each row's answer was written from
// TIMELINE-CONVENTIONS.md BEFORE the engine read it; the first-run figures are in FIRST_RUN.
import type { PhraseRow } from './phrases.table';

// Monday 7 June 2027, 09:15 in Munich.
const MUC_MON = { sentAt: '2027-06-07T09:15:00+02:00', tz: 'Europe/Berlin' } as const;
// Monday 7 June 2027, 16:20 in Munich (after an interview that morning).
const MUC_MON_PM = { sentAt: '2027-06-07T16:20:00+02:00', tz: 'Europe/Berlin' } as const;
// Tuesday 8 June 2027, 08:45 in Zurich.
const ZRH_TUE = { sentAt: '2027-06-08T08:45:00+02:00', tz: 'Europe/Zurich' } as const;
// Wednesday 9 June 2027, 13:05 in Hamburg.
const HAM_WED = { sentAt: '2027-06-09T13:05:00+02:00', tz: 'Europe/Berlin' } as const;
// Thursday 10 June 2027, 10:30 in Graz.
const GRZ_THU = { sentAt: '2027-06-10T10:30:00+02:00', tz: 'Europe/Vienna' } as const;
// Friday 11 June 2027, 11:50 in Frankfurt.
const FRA_FRI = { sentAt: '2027-06-11T11:50:00+02:00', tz: 'Europe/Berlin' } as const;

// Monday 7 June 2027, 10:20 in Madrid.
const MAD_MON = { sentAt: '2027-06-07T10:20:00+02:00', tz: 'Europe/Madrid' } as const;
// Tuesday 8 June 2027, 12:00 in Valencia.
const VLC_TUE = { sentAt: '2027-06-08T12:00:00+02:00', tz: 'Europe/Madrid' } as const;
// Wednesday 9 June 2027, 11:00 in Buenos Aires.
const BUE_WED = { sentAt: '2027-06-09T11:00:00-03:00', tz: 'America/Argentina/Buenos_Aires' } as const;
// Thursday 10 June 2027, 08:00 in Lima.
const LIM_THU = { sentAt: '2027-06-10T08:00:00-05:00', tz: 'America/Lima' } as const;
// Friday 11 June 2027, 09:30 in Mexico City.
const MEX_FRI = { sentAt: '2027-06-11T09:30:00-06:00', tz: 'America/Mexico_City' } as const;

// Monday 7 June 2027, 09:00 in Paris.
const PAR_MON = { sentAt: '2027-06-07T09:00:00+02:00', tz: 'Europe/Paris' } as const;
// Tuesday 8 June 2027, 17:40 in Marseille.
const MRS_TUE = { sentAt: '2027-06-08T17:40:00+02:00', tz: 'Europe/Paris' } as const;
// Wednesday 9 June 2027, 10:00 in Montréal.
const YUL_WED = { sentAt: '2027-06-09T10:00:00-04:00', tz: 'America/Toronto' } as const;
// Thursday 10 June 2027, 14:00 in Brussels.
const BRU_THU = { sentAt: '2027-06-10T14:00:00+02:00', tz: 'Europe/Brussels' } as const;
// Friday 11 June 2027, 08:30 in Geneva.
const GVA_FRI = { sentAt: '2027-06-11T08:30:00+02:00', tz: 'Europe/Zurich' } as const;

/** Round 92: German recruiter mail and ATS templates, eighth unseen round. */
export const ROUND_92_DE: readonly PhraseRow[] = [
  {
    ...MUC_MON,
    text: 'Ihre Bewerbung als Werkstudent Data Engineering (m/w/d) – Einladung zum Interview\n\nHallo Herr Lehmann,\n\nvielen Dank für Ihre Bewerbung und Ihr Interesse an der Isarwerk Mobility GmbH. Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gerne persönlich kennenlernen.\n\nDatum/Uhrzeit: 16.06.2027 um 13.30 Uhr\nOrt: Landsberger Straße 110, 80339 München, 4. OG\nGesprächspartner: Tobias Reiter (Teamlead Data), Carina Wolf (HR)\n\nSollte Ihnen der Termin nicht passen, geben Sie uns bitte kurz Bescheid.\n\nViele Grüße\nCarina Wolf\nHR Business Partner\n\nIsarwerk Mobility GmbH | Registergericht München HRB 245117 | USt-IdNr. DE312456789 | Geschäftsführung: Felix Brandl, Dr. Maren Ott\nInformationen zur Verarbeitung Ihrer Daten gemäß Art. 13 DSGVO: isarwerk-mobility.de/datenschutz-bewerber',
    expect: [{ kind: 'interview', by: '2027-06-16', time: '13:30' }],
  },
  {
    ...HAM_WED,
    text: 'Hi Jonas,\n\npasst perfekt – dann also morgen um halb elf bei uns im Office am Großneumarkt. Frag am Empfang einfach nach mir, ich hol dich dann ab.\n\nBis morgen!\nSvenja\n\nSvenja Thiel | Talent Partner\nElbkante Games GmbH · Großneumarkt 38 · 20459 Hamburg\nTel. +49 40 2286 4410',
    expect: [{ kind: 'interview', by: '2027-06-10', time: '10:30' }],
  },
  {
    ...MUC_MON,
    text: 'Terminverschiebung – Ihr Vorstellungsgespräch\n\nSehr geehrte Frau Pichler,\n\naufgrund einer kurzfristigen Dienstreise unseres Bereichsleiters müssen wir den für Freitag, 11. Juni, 9 Uhr vereinbarten Termin leider verlegen.\n\nNeuer Termin: Dienstag, 15. Juni 2027, 11:00 Uhr\nOrt: unverändert (Haus B, Raum 2.14)\n\nWir bitten um Ihr Verständnis und freuen uns auf das Gespräch.\n\nMit freundlichen Grüßen\ni. A. Petra Huber\nPersonalabteilung\nAlpenbräu AG · Sitz München · Vorstand: Georg Lindl (Vors.), Anna Seitz · Aufsichtsratsvorsitzender: Dr. Klaus Meier',
    expect: [{ kind: 'interview', by: '2027-06-15', time: '11:00' }],
  },
  {
    ...FRA_FRI,
    text: 'Guten Tag Frau Albrecht,\n\nwir würden Sie gerne zu einem ersten Telefoninterview (ca. 30 Minuten) einladen. Bitte wählen Sie einen der folgenden Termine aus:\n\n• Mo, 14.06., 09:00 Uhr\n• Di, 15.06., 14:00 Uhr\n• Mi, 16.06., 11:30 Uhr\n\nAntworten Sie einfach auf diese E-Mail mit Ihrem Wunschtermin.\n\nFreundliche Grüße\nMainova Consulting Partners GmbH – Recruiting\nThe Squaire 12, 60549 Frankfurt am Main',
    expect: [],
  },
  {
    ...FRA_FRI,
    text: 'Eingangsbestätigung Ihrer Bewerbung – Kennziffer 2027-114\n\nSehr geehrte Bewerberin, sehr geehrter Bewerber,\n\nhiermit bestätigen wir den Eingang Ihrer Bewerbungsunterlagen. Die Auswahlgespräche sind für die 26. Kalenderwoche geplant. Unabhängig vom Ergebnis erhalten Sie in jedem Fall eine Nachricht von uns.\n\nMit freundlichen Grüßen\nStadtwerke Offenbach – Personalservice\n\nDiese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.',
    expect: [],
  },
  {
    ...HAM_WED,
    text: 'Sehr geehrter Herr Castro,\n\nvielen Dank für Ihre Bewerbung. Wir sichten derzeit alle eingegangenen Unterlagen sorgfältig. Die Rückmeldung an alle Bewerbenden erfolgt voraussichtlich innerhalb der nächsten drei Wochen.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team\nNordlicht Versicherungsmakler GmbH & Co. KG\nAmtsgericht Hamburg HRA 123987',
    expect: [{ kind: 'response-by', by: '2027-06-30' }],
  },
  {
    ...MUC_MON,
    text: 'Liebe Frau Kowalski,\n\nherzlichen Dank für die beiden Gespräche und Ihre Geduld! Die Besetzungsentscheidung trifft unser Vorstand in seiner Sitzung am 22. Juni. Spätestens eine Woche danach erhalten Sie unsere Antwort.\n\nHerzliche Grüße\nDr. Hanna Brückner\nLeitung Personal\nBayerische Stiftung für Kulturerbe',
    expect: [{ kind: 'response-by', by: '2027-06-29' }],
  },
  {
    ...GRZ_THU,
    text: 'Hallo Herr Fuchs,\n\nkurzer Zwischenstand: Sobald mir alle Rückmeldungen aus dem Interviewpanel vorliegen – womit ich bis Ende nächster Woche rechne –, melde ich mich bei Ihnen mit dem Ergebnis.\n\nLiebe Grüße aus Graz\nVerena Schober\nHR Generalist | Murtal Elektronik GmbH\nFN 512345 x, Landesgericht für ZRS Graz',
    expect: [{ kind: 'response-by', by: '2027-06-18' }],
  },
  {
    ...ZRH_TUE,
    text: 'Grüezi Frau Baumgartner\n\nBesten Dank für Ihre Nachfrage. Wir führen derzeit noch Gespräche und bitten Sie, uns erst nach dem 20. Juni wieder bezüglich des Stands Ihrer Bewerbung zu kontaktieren.\n\nFreundliche Grüsse\nReto Keller\nHR Business Partner\nLimmat Treuhand AG | Seefeldstrasse 45 | 8008 Zürich | CHE-112.345.678 MWST',
    expect: [{ kind: 'no-contact-before', by: '2027-06-21' }],
  },
  {
    ...MUC_MON,
    text: 'Abwesenheitsnotiz: Ihre Bewerbung – Rückfrage\n\nVielen Dank für Ihre Nachricht. Ich bin bis einschließlich 18.06. nicht im Büro und habe in dieser Zeit keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.\n\nMit freundlichen Grüßen\nCarina Wolf',
    expect: [],
  },
  {
    ...HAM_WED,
    text: 'Hallo,\n\ndanke für deine Bewerbung bei Elbkante Games! Unser Recruiting-Team ist telefonisch leider nicht erreichbar – für Fragen zu deiner Bewerbung nutze bitte ausschließlich das Kontaktformular in deinem Kandidatenprofil.\n\nCheers\nDein Elbkante-Team',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...MUC_MON,
    text: 'Sehr geehrte Frau Demir,\n\nnochmals vielen Dank für Ihr Interesse und das offene Gespräch. Nach eingehender Prüfung sind wir leider zu dem Ergebnis gekommen, dass Ihr Profil nicht optimal auf die Anforderungen der Stelle passt. Wir haben uns daher entschieden, den Prozess mit Ihnen nicht fortzusetzen.\n\nFür Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.\n\nMit freundlichen Grüßen\nPetra Huber\n\nAm 02.06.2027 um 09:14 schrieb Petra Huber <p.huber@alpenbraeu.de>:\n> Sehr geehrte Frau Demir,\n> wie besprochen bestätige ich Ihnen unser Gespräch am Freitag, 4. Juni, um 11 Uhr.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...FRA_FRI,
    text: 'Zusage – Ihre Bewerbung als Controller (m/w/d)\n\nSehr geehrter Herr Nikolić,\n\nwir freuen uns, Ihnen heute die Zusage für die Position als Controller in unserem Frankfurter Team geben zu können! Den Arbeitsvertrag in zweifacher Ausfertigung senden wir Ihnen per Post zu. Der vorgesehene Starttermin ist der 1. September 2027.\n\nWir bitten um Ihre Rückmeldung bis zum 18.06.2027.\n\nMit freundlichen Grüßen\nMainova Consulting Partners GmbH',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...ZRH_TUE,
    text: 'Neue Jobs für Ihren Suchauftrag «HR Fachfrau Zürich»\n\nHR-Fachfrau / HR-Fachmann 80–100 % – Limmat Treuhand AG – Zürich\nBewerbungsschluss: 30.06.2027 · Stellenantritt: 01.08.2027\n\nPayroll Specialist – Glatt Pharma AG – Opfikon\nVorstellungsgespräche ab 21.06. möglich\n\nSie erhalten diese E-Mail, weil Sie einen Suchauftrag aktiviert haben. Suchauftrag bearbeiten | Abmelden\njobs.ch AG, Zürich',
    expect: [],
  },
  {
    ...GRZ_THU,
    text: 'Sehr geehrter Herr Wallner,\n\nim nächsten Schritt unseres Auswahlverfahrens bitten wir Sie, den Online-Eignungstest zu absolvieren. Bitte schließen Sie diesen bis spätestens Sonntag, 13.06.2027, 23:59 Uhr ab. Die Bearbeitungszeit beträgt ca. 40 Minuten.\n\nZum Test: https://assessment.example-tests.at/murtal/2027\n\nMit freundlichen Grüßen\nMurtal Elektronik GmbH – Human Resources',
    expect: [],
  },
  {
    ...HAM_WED,
    text: 'Save the Date: Azubi-Speeddating 2027\n\nDu suchst einen Ausbildungsplatz? Dann komm am Donnerstag, 24. Juni, zwischen 15 und 18 Uhr in die Handelskammer Hamburg. In zehnminütigen Gesprächen lernst du mehr als 40 Ausbildungsbetriebe kennen – ganz ohne Anmeldung.\n\nHandelskammer Hamburg · Adolphsplatz 1 · 20457 Hamburg',
    expect: [],
  },
  {
    ...FRA_FRI,
    text: 'Sehr geehrte Frau Scholz,\n\nam 25. Mai hatten wir ein sehr angenehmes Gespräch zur Stelle als Teamassistenz. Sie hatten mir eine Rückmeldung bis Ende letzter Woche in Aussicht gestellt; daher wollte ich mich freundlich nach dem aktuellen Stand erkundigen.\n\nÜber eine kurze Nachricht würde ich mich sehr freuen.\n\nMit freundlichen Grüßen\nLisa Brandt\nTel. 0176 44556677',
    expect: [],
  },
  {
    ...MUC_MON_PM,
    text: 'Hallo Frau Yıldız,\n\nvielen Dank für Ihre Zeit heute Vormittag und die spannenden Einblicke! Wir besprechen uns jetzt intern und geben Ihnen bis Freitag Bescheid, wie es weitergeht.\n\nBeste Grüße\nTobias Reiter\n\n-----Ursprüngliche Nachricht-----\nVon: Wolf, Carina <c.wolf@isarwerk-mobility.de>\nGesendet: Donnerstag, 3. Juni 2027 16:02\nAn: Elif Yıldız\nBetreff: Einladung Vorstellungsgespräch\n\nIhr Gespräch findet am Montag, 7. Juni, um 10 Uhr in der Landsberger Straße 110 statt.',
    expect: [{ kind: 'response-by', by: '2027-06-11' }],
  },
  {
    ...GRZ_THU,
    text: 'Sehr geehrter Herr Novak,\n\ndas Gespräch mit unserem Engineering-Team in London findet am Mittwoch, 16. Juni, um 9:00 Uhr Londoner Zeit per Videocall statt. Den Link schicken wir Ihnen einen Tag vorher.\n\nMit freundlichen Grüßen\nVerena Schober\nMurtal Elektronik GmbH',
    expect: [{ kind: 'interview', by: '2027-06-16', time: '10:00' }],
  },
  {
    ...MUC_MON,
    text: 'Hallo Frau Graf,\n\nich bin die neue Ansprechpartnerin für Ihre Bewerbung als Einkäuferin. Bei Fragen erreichen Sie mich gerne jederzeit telefonisch unter 089 2199 3340 (Mo–Do 8–16 Uhr). Die Stelle ist weiterhin bis zum 30.06. ausgeschrieben.\n\nViele Grüße\nMonika Sturm\nAlpenbräu AG',
    expect: [],
  },
];

/** Round 93: Spanish recruiter mail and ATS templates, eighth unseen round. */
export const ROUND_93_ES: readonly PhraseRow[] = [
  {
    ...MAD_MON,
    text: 'Te invitamos a una entrevista presencial – Técnico/a de Nóminas\n\nHola, Lucía:\n\nGracias por inscribirte en nuestra oferta. Tras revisar tu CV, nos gustaría conocerte en persona.\n\nDía: miércoles, 16 de junio de 2027\nHora: 12:00 h\nDirección: Calle de Alcalá 180, 3.º izda., 28028 Madrid\nPreguntar por: Beatriz Llorente\n\nSi no pudieras asistir, avísanos con antelación respondiendo a este correo.\n\nUn saludo,\nEquipo de RR. HH. – Gestoría Retiro Asesores, S.L.\nCIF B-87654321 · Responsable del tratamiento: Gestoría Retiro Asesores, S.L. Más información sobre protección de datos en retiroasesores.es/privacidad',
    expect: [{ kind: 'interview', by: '2027-06-16', time: '12:00' }],
  },
  {
    ...MEX_FRI,
    text: 'Estimado Ing. Treviño:\n\nPor medio del presente le confirmo su entrevista con el Ing. Salazar, Gerente de Planta, el próximo martes 15 de junio a las 10:00 a.m. en nuestras oficinas de Av. Insurgentes Sur 1602, piso 9, Col. Crédito Constructor.\n\nFavor de presentarse con 15 minutos de anticipación y una identificación oficial.\n\nSin más por el momento, quedo a sus órdenes.\n\nLic. Mariana Cisneros\nAtracción de Talento | Aceros del Norte, S.A. de C.V.\nTel. 55 5340 2200 ext. 118',
    expect: [{ kind: 'interview', by: '2027-06-15', time: '10:00' }],
  },
  {
    ...BUE_WED,
    text: '¡Hola Tomi!\n\nGenial, quedamos el lunes a las 16 por Meet con Fede, el líder técnico. Te paso el link más tarde por acá.\n\nAbrazo,\nFlor\nPeople – Pampa Labs',
    expect: [{ kind: 'interview', by: '2027-06-14', time: '16:00' }],
  },
  {
    ...LIM_THU,
    text: 'Estimada Srta. Quispe:\n\nLe escribo porque debemos posponer la entrevista prevista para hoy jueves 10. La nueva fecha sería el viernes 18 de junio a las 9:00 a. m., en la misma dirección (Av. Javier Prado Este 2465, San Borja).\n\nLe ruego disculpe las molestias.\n\nAtentamente,\nCarlos Huamán\nJefe de Selección – Andina Seguros S.A.',
    expect: [{ kind: 'interview', by: '2027-06-18', time: '09:00' }],
  },
  {
    ...VLC_TUE,
    text: 'Hola Jorge:\n\nTe escribo para informarte de que, por una reestructuración interna, la entrevista del martes 15 queda anulada y el proceso se pone en pausa de momento. En cuanto se reactive, nos pondremos en contacto contigo.\n\nDisculpa las molestias,\nAna Ferrer\nSelección – Horta Logística, S.L.',
    expect: [],
  },
  {
    ...VLC_TUE,
    text: 'Hola Irene:\n\nPara la entrevista técnica te propongo tres opciones:\n- lunes 14, a las 10:00\n- martes 15, a las 17:30\n- jueves 17, a las 9:00\n\nDime cuál te va mejor y te envío la convocatoria.\n\nGracias,\nAna\nHorta Logística',
    expect: [],
  },
  {
    ...MAD_MON,
    text: 'Confirmación de recepción de candidatura\n\nEstimado/a candidato/a:\n\nHemos recibido tu candidatura para el puesto de Auxiliar Administrativo/a. Las entrevistas se realizarán entre el 21 y el 25 de junio. Solo nos pondremos en contacto con las personas seleccionadas para la siguiente fase.\n\nGracias por tu interés en trabajar con nosotros.\nDepartamento de Personas – Grupo Meseta Retail',
    expect: [],
  },
  {
    ...MAD_MON,
    text: 'Estimado Sr. Valverde:\n\nLe informamos de que su candidatura se encuentra en fase de evaluación. Este proceso suele tomar entre 10 y 15 días hábiles, tras lo cual recibirá una respuesta por correo electrónico.\n\nAtentamente,\nUnidad de Selección\nEnergías del Tajo, S.A. – Paseo de la Habana 26, 28036 Madrid',
    expect: [{ kind: 'response-by', by: '2027-06-28' }],
  },
  {
    ...VLC_TUE,
    text: 'Hola Marc:\n\nGracias por la charla de ayer, fue un placer. Te mando el feedback por escrito a más tardar el miércoles, así lo tienes todo ordenado.\n\nUn abrazo,\nNeus\nTalent | Mediterránea Apps',
    expect: [{ kind: 'response-by', by: '2027-06-09' }],
  },
  {
    ...MAD_MON,
    text: 'Estimada Sra. Carrasco:\n\nLe agradecemos su participación en el proceso. El comité de selección se reúne el viernes 18 de junio; en un máximo de cinco días hábiles después de esa reunión le comunicaremos la decisión.\n\nReciba un cordial saludo,\nDirección de Personas\nFundación Sierra Norte – CIF G-28123456',
    expect: [{ kind: 'response-by', by: '2027-06-25' }],
  },
  {
    ...BUE_WED,
    text: 'Hola Valen:\n\nTe cuento que todavía estamos esperando la aprobación del presupuesto, pero igual nuestra idea es darte una respuesta, sea positiva o negativa, antes de que termine la semana que viene.\n\nCualquier cosa, escribime.\nSaludos,\nMica\nRecursos Humanos – Río de la Plata Seguros',
    expect: [{ kind: 'response-by', by: '2027-06-18' }],
  },
  {
    ...MEX_FRI,
    text: 'Estimado candidato:\n\nLe agradecemos su interés en formar parte de Aceros del Norte. Le rogamos que se abstenga de llamar o escribir para conocer el estatus de su solicitud antes del 1 de julio, fecha en la que concluye la etapa de entrevistas.\n\nAtentamente,\nAtracción de Talento',
    expect: [{ kind: 'no-contact-before', by: '2027-07-01' }],
  },
  {
    ...LIM_THU,
    text: 'Respuesta automática: Consulta sobre proceso de selección\n\nMe encuentro fuera de la oficina hasta el lunes 21 de junio, sin acceso al correo. Para asuntos relacionados con procesos de selección, por favor escriba a seleccion@andinaseguros.pe.\n\nCarlos Huamán',
    expect: [],
  },
  {
    ...LIM_THU,
    text: 'Estimado(a) postulante:\n\nHemos recibido su CV para la convocatoria de Asistente Comercial. Debido al alto volumen de postulaciones, nuestro equipo no está en condiciones de atender llamadas telefónicas relacionadas con las vacantes. Los resultados de cada etapa se comunicarán por este medio.\n\nÁrea de Gestión del Talento\nAndina Seguros S.A. – RUC 20512345678',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...VLC_TUE,
    text: 'Hola Raquel:\n\nGracias por tu tiempo y por el interés que has mostrado en Mediterránea Apps. Tras valorar detenidamente todas las candidaturas, lamentamos comunicarte que en esta ocasión no vamos a seguir adelante con tu proceso.\n\nConservaremos tu CV en nuestra base de datos durante 12 meses por si surge una vacante que encaje con tu perfil.\n\nTe deseamos mucha suerte,\nNeus Puig\nTalent | Mediterránea Apps, S.L. – Av. de Aragón 30, 46021 València',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...MEX_FRI,
    text: 'Estimado Lic. Ramírez:\n\nNos complace comunicarle que ha sido seleccionado para ocupar el puesto de Analista de Datos Sr. Adjuntamos la carta oferta con las condiciones económicas y prestaciones. Le agradeceremos que nos confirme su aceptación antes del 16 de junio.\n\nBienvenido al equipo.\n\nAtentamente,\nLic. Mariana Cisneros\nAtracción de Talento | Aceros del Norte, S.A. de C.V.',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...LIM_THU,
    text: 'Empleos para ti en Lima – Computrabajo\n\nAsistente administrativo – Distribuidora Rímac SAC – Publicado hace 2 días\nFecha límite de postulación: 30/06/2027\n\nEjecutivo de ventas – Andina Seguros – Entrevistas inmediatas a partir del 14/06\n\nRecibes este correo porque creaste una alerta de empleo. Darse de baja',
    expect: [],
  },
  {
    ...VLC_TUE,
    text: 'Fòrum d’Ocupació UPV 2027 – ¡Te esperamos!\n\nEl martes 22 de junio, de 10:00 a 14:00, más de 60 empresas estarán en el Ágora del campus de Vera. Realizaremos entrevistas in situ a todos los estudiantes y titulados que se acerquen a nuestro stand.\n\nInscripción gratuita en la web del Servicio Integrado de Empleo.',
    expect: [],
  },
  {
    ...MAD_MON,
    text: 'Hola, Sergio:\n\nTe recordamos que el plazo para completar la prueba de inglés online vence el domingo 13 de junio a las 23:59 (hora peninsular). Si tienes algún problema técnico, escríbenos antes de esa fecha.\n\nSuerte,\nEquipo de Selección – Gestoría Retiro Asesores',
    expect: [],
  },
  {
    ...MEX_FRI,
    text: 'Buenos días, Lic. Cisneros:\n\nLe escribo para consultar el estado de mi solicitud para el puesto de Coordinador de Calidad. En la entrevista del 28 de mayo me comentaron que tendría noticias en un par de semanas.\n\nQuedo atento a su respuesta.\n\nSaludos cordiales,\nAndrés Olvera\nCel. 81 1234 5678',
    expect: [],
  },
  {
    ...MAD_MON,
    text: 'Hola Carla:\n\n¡Sí, seguimos adelante contigo! Te confirmamos la fecha de la segunda entrevista a lo largo de esta semana.\n\nUn saludo,\nBeatriz\n\nEl lun, 7 jun 2027 a las 8:12, Carla Méndez <carla.mendez@correo.es> escribió:\n> Hola Beatriz, ¿hay alguna novedad sobre el proceso? Gracias.',
    expect: [{ kind: 'response-by', by: '2027-06-11' }],
  },
];

/** Round 94: French recruiter mail and ATS templates, eighth unseen round. */
export const ROUND_94_FR: readonly PhraseRow[] = [
  {
    ...PAR_MON,
    text: "Bonne nouvelle ! L'équipe de Lumen Santé souhaite vous rencontrer\n\nBonjour Inès,\n\nSuite à votre candidature au poste de Product Designer, nous avons le plaisir de vous convier à un premier entretien.\n\nEntretien : jeudi 17 juin 2027 à 14h30\nFormat : visioconférence (Microsoft Teams, lien ci-dessous)\nDurée : 45 min\nAvec : Hugo Marchand, Head of Design\n\nÀ très vite,\nL'équipe Talent de Lumen Santé\nLumen Santé SAS – 18 rue de Paradis, 75010 Paris – RCS Paris 912 345 678",
    expect: [{ kind: 'interview', by: '2027-06-17', time: '14:30' }],
  },
  {
    ...YUL_WED,
    text: "Salut Mathieu,\n\nc'est confirmé pour ton entrevue vendredi le 18 juin à 13 h 15 avec Geneviève et moi, au 1250, boul. René-Lévesque O., 12e étage. Apporte une pièce d'identité pour la sécurité à l'accueil.\n\nÀ bientôt!\nJulie Tremblay\nConseillère en acquisition de talents | Boréal Assurances inc.\n514 555-0142",
    expect: [{ kind: 'interview', by: '2027-06-18', time: '13:15' }],
  },
  {
    ...PAR_MON,
    text: 'Madame Lefèvre,\n\nSuite à un imprévu, nous sommes contraints de décaler votre entretien du mardi 15 juin. Nous vous proposons de le reporter au lundi 21 juin, même heure (10h30), dans nos locaux de la Défense.\n\nNous vous prions de nous excuser pour ce changement.\n\nBien cordialement,\nSophie Garnier\nChargée de recrutement – Orvalis Conseil SA',
    expect: [{ kind: 'interview', by: '2027-06-21', time: '10:30' }],
  },
  {
    ...MRS_TUE,
    text: "Bonjour Monsieur Ferrand,\n\nPourriez-vous m'indiquer vos disponibilités parmi les créneaux suivants pour un entretien avec notre directeur d'agence : mercredi 16 juin à 9h, jeudi 17 juin à 15h ou vendredi 18 juin à 11h ?\n\nBien à vous,\nLaura Mercier\nRessources Humaines – Calanques Transports",
    expect: [],
  },
  {
    ...BRU_THU,
    text: "Bonjour Madame Janssens,\n\nMerci encore pour votre venue lundi. Nous rencontrons actuellement d'autres candidats jusqu'au 18 juin et reviendrons vers vous au plus tard le 25 juin.\n\nCordialement,\nThomas Dupont\nHR Manager – Sambre & Meuse Logistics SRL\nNuméro d'entreprise BE 0712.345.678",
    expect: [{ kind: 'response-by', by: '2027-06-25' }],
  },
  {
    ...PAR_MON,
    text: 'Accusé de réception – Votre candidature au poste de Chargé(e) de communication\n\nBonjour,\n\nNous accusons bonne réception de votre candidature et vous en remercions. Les entretiens se dérouleront courant juillet. Si votre profil est retenu, vous serez contacté(e) par notre service RH.\n\nCordialement,\nLa Direction des Ressources Humaines\nVille de Montreuil',
    expect: [],
  },
  {
    ...PAR_MON,
    text: "Bonjour,\n\nNous avons bien reçu votre candidature pour l'offre « Comptable fournisseurs H/F » et nous vous en remercions. Nous nous engageons à répondre à chaque candidature sous 10 jours ouvrés.\n\nL'équipe recrutement\nOrvalis Conseil SA – SIRET 812 345 678 00029",
    expect: [{ kind: 'response-by', by: '2027-06-21' }],
  },
  {
    ...GVA_FRI,
    text: 'Madame, Monsieur,\n\nLa date limite de dépôt des candidatures est fixée au 25 juin 2027. Les candidat·e·s présélectionné·e·s seront informé·e·s dans les quinze jours suivant cette date.\n\nService des ressources humaines\nCommune de Carouge – Route de Veyrier 1, 1227 Carouge',
    expect: [{ kind: 'response-by', by: '2027-07-09' }],
  },
  {
    ...MRS_TUE,
    text: "Hello Théo,\n\nJe reviens vers toi dès que j'ai le retour du manager, normalement en fin de semaine prochaine.\n\nBonne soirée,\nLaura",
    expect: [{ kind: 'response-by', by: '2027-06-18' }],
  },
  {
    ...BRU_THU,
    text: "Monsieur,\n\nNous avons bien reçu votre message. Merci de ne pas relancer nos équipes avant le 28 juin, date à laquelle le comité de sélection aura statué sur l'ensemble des dossiers.\n\nBien à vous,\nSambre & Meuse Logistics – Ressources humaines",
    expect: [{ kind: 'no-contact-before', by: '2027-06-28' }],
  },
  {
    ...PAR_MON,
    text: 'Réponse automatique : Candidature Product Designer\n\nBonjour,\n\nJe suis absente du bureau du 7 au 18 juin inclus. Pour toute question urgente concernant un recrutement, merci de contacter talents@lumensante.fr.\n\nBelle journée,\nCamille',
    expect: [],
  },
  {
    ...GVA_FRI,
    text: "Madame, Monsieur,\n\nNous accusons réception de votre dossier. Notre service recrutement n'étant pas joignable par téléphone, nous vous invitons à utiliser exclusivement le formulaire de contact de notre portail carrière pour toute question.\n\nMeilleures salutations\nLéman Horlogerie SA – IDE CHE-109.876.543",
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...GVA_FRI,
    text: "Chère Madame Robert,\n\nNous vous remercions vivement pour le temps consacré à nos échanges. Après mûre réflexion, nous avons finalement fait le choix d'un profil plus en adéquation avec les besoins du poste.\n\nNous vous souhaitons plein succès dans vos recherches.\n\nMeilleures salutations\nNathalie Favre\nLéman Horlogerie SA\n\nLe lun. 31 mai 2027 à 18:02, Camille Robert <camille.robert@bluewin.ch> a écrit :\n> Merci pour l'entretien de ce matin à 9h30, j'ai beaucoup apprécié nos échanges.",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...PAR_MON,
    text: "Monsieur Benali,\n\nJ'ai le plaisir de vous confirmer notre souhait de vous accueillir au sein de l'équipe en tant que Responsable logistique. Vous trouverez ci-joint votre promesse d'embauche ; merci de nous la retourner signée avant le 18 juin.\n\nBien cordialement,\nSophie Garnier\nOrvalis Conseil SA",
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...MRS_TUE,
    text: 'Alerte emploi : 4 nouvelles offres correspondent à votre recherche « contrôleur de gestion »\n\nContrôleur de gestion H/F – Marseille (13) – CDI\nDate limite de candidature : 30/06/2027 · Prise de poste : 01/09/2027\n\nContrôleur financier junior – Aix-en-Provence – entretiens à partir du 21 juin\n\nVous recevez cet e-mail car vous avez créé une alerte. Se désabonner',
    expect: [],
  },
  {
    ...MRS_TUE,
    text: "Forum Emploi & Handicap – Marseille\n\nRendez-vous le mardi 22 juin de 9h à 17h au Palais du Pharo ! Venez rencontrer nos recruteurs lors de job datings de 15 minutes, sans inscription préalable.\n\nCalanques Transports – engagé pour l'inclusion",
    expect: [],
  },
  {
    ...BRU_THU,
    text: "Bonjour Madame Peeters,\n\nNous vous rappelons que vous disposez de 5 jours pour passer le test de personnalité en ligne, soit jusqu'au lundi 14 juin inclus. Le lien reste actif jusqu'à cette date.\n\nBien à vous,\nSambre & Meuse Logistics – Recrutement",
    expect: [],
  },
  {
    ...PAR_MON,
    text: "Madame,\n\nJe me permets de revenir vers vous concernant ma candidature au poste d'assistante juridique. Lors de notre échange du 1er juin, vous m'aviez indiqué un retour sous huit jours.\n\nJe reste à votre disposition et vous prie d'agréer, Madame, mes salutations distinguées.\n\nClaire Morel\n06 12 34 56 78",
    expect: [],
  },
  {
    ...BRU_THU,
    text: "Bonjour,\n\nMerci pour votre candidature spontanée. Nous l'étudierons avec attention dès qu'un poste correspondant à votre profil s'ouvrira. Conformément au RGPD, vos données seront conservées jusqu'au 10 juin 2029, puis supprimées.\n\nSambre & Meuse Logistics SRL – Rue de l'Industrie 12, 5000 Namur",
    expect: [],
  },
  {
    ...YUL_WED,
    text: "Bonjour Madame Gagnon,\n\nVotre entrevue avec notre équipe de Paris aura lieu le mardi 15 juin à 16 h (heure de Paris), par Teams. Vous recevrez l'invitation sous peu.\n\nCordialement,\nJulie Tremblay\nBoréal Assurances inc.",
    expect: [{ kind: 'interview', by: '2027-06-15', time: '10:00' }],
  },
];
