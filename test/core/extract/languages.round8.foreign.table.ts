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
    // Issue 13, class 6: an absence gives its first day back (an expectation of nothing before the 2026-12-06 ruling).
    text: 'Abwesenheitsnotiz: Ihre Bewerbung – Rückfrage\n\nVielen Dank für Ihre Nachricht. Ich bin bis einschließlich 18.06. nicht im Büro und habe in dieser Zeit keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.\n\nMit freundlichen Grüßen\nCarina Wolf',
    expect: [{ kind: 'no-contact-before', by: '2027-06-19' }],
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
    // Issue 13, class 6: an absence gives its first day back (an expectation of nothing before the 2026-12-06 ruling).
    text: 'Respuesta automática: Consulta sobre proceso de selección\n\nMe encuentro fuera de la oficina hasta el lunes 21 de junio, sin acceso al correo. Para asuntos relacionados con procesos de selección, por favor escriba a seleccion@andinaseguros.pe.\n\nCarlos Huamán',
    expect: [{ kind: 'no-contact-before', by: '2027-06-21' }],
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
    // "dans les quinze jours" is N days (TIMELINE-CONVENTIONS.md "in / within N days": t + N), as thread round r8
    // reads "d'ici quinze jours"; written as a fortnight (07-09) before the run, corrected after it.
    expect: [{ kind: 'response-by', by: '2027-07-10' }],
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
    // Issue 13, class 6: an absence gives its first day back (an expectation of nothing before the 2026-12-06 ruling).
    text: 'Réponse automatique : Candidature Product Designer\n\nBonjour,\n\nJe suis absente du bureau du 7 au 18 juin inclus. Pour toute question urgente concernant un recrutement, merci de contacter talents@lumensante.fr.\n\nBelle journée,\nCamille',
    expect: [{ kind: 'no-contact-before', by: '2027-06-19' }],
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

// Monday 5 July 2027, 08:50 in Leipzig.
const LEJ_MON = { sentAt: '2027-07-05T08:50:00+02:00', tz: 'Europe/Berlin' } as const;
// Wednesday 7 July 2027, 15:30 in Vienna.
const VIE_WED = { sentAt: '2027-07-07T15:30:00+02:00', tz: 'Europe/Vienna' } as const;
// Thursday 8 July 2027, 12:15 in Stuttgart.
const STR_THU = { sentAt: '2027-07-08T12:15:00+02:00', tz: 'Europe/Berlin' } as const;
// Friday 9 July 2027, 09:05 in Basel.
const BSL_FRI = { sentAt: '2027-07-09T09:05:00+02:00', tz: 'Europe/Zurich' } as const;

// Monday 5 July 2027, 11:10 in Madrid.
const MAD_MON7 = { sentAt: '2027-07-05T11:10:00+02:00', tz: 'Europe/Madrid' } as const;
// Tuesday 6 July 2027, 09:00 in Bogotá.
const BOG_TUE = { sentAt: '2027-07-06T09:00:00-05:00', tz: 'America/Bogota' } as const;
// Wednesday 7 July 2027, 16:00 in Santiago de Chile.
const SCL_WED = { sentAt: '2027-07-07T16:00:00-04:00', tz: 'America/Santiago' } as const;
// Thursday 8 July 2027, 10:00 in Guadalajara.
const GDL_THU = { sentAt: '2027-07-08T10:00:00-06:00', tz: 'America/Mexico_City' } as const;
// Friday 9 July 2027, 13:30 in Seville.
const SVQ_FRI = { sentAt: '2027-07-09T13:30:00+02:00', tz: 'Europe/Madrid' } as const;

// Monday 5 July 2027, 10:00 in Paris.
const PAR_MON7 = { sentAt: '2027-07-05T10:00:00+02:00', tz: 'Europe/Paris' } as const;
// Tuesday 6 July 2027, 09:30 in Lille.
const LIL_TUE = { sentAt: '2027-07-06T09:30:00+02:00', tz: 'Europe/Paris' } as const;
// Wednesday 7 July 2027, 14:00 in Montréal.
const YUL_WED7 = { sentAt: '2027-07-07T14:00:00-04:00', tz: 'America/Toronto' } as const;
// Thursday 8 July 2027, 11:30 in Liège.
const LGG_THU = { sentAt: '2027-07-08T11:30:00+02:00', tz: 'Europe/Brussels' } as const;
// Friday 9 July 2027, 08:15 in Lausanne.
const LAU_FRI7 = { sentAt: '2027-07-09T08:15:00+02:00', tz: 'Europe/Zurich' } as const;

/** Round 95: German recruiter mail, written after rounds 92–94's fixes. */
export const ROUND_95_DE: readonly PhraseRow[] = [
  {
    ...LEJ_MON,
    text: 'Ihr Termin bei der Sachsenstrom AG\n\nHallo Frau Neumann,\n\nwir freuen uns auf das Gespräch mit Ihnen!\n\nDatum\n\nDonnerstag, 15. Juli 2027\n\nUhrzeit\n\n09:30 - 10:30 Uhr\n\nOrt\n\nVideo-Interview (den Link erhalten Sie am Vortag)\n\nBei Rückfragen antworten Sie einfach auf diese E-Mail.\n\nSachsenstrom AG · Könneritzstraße 21 · 04229 Leipzig · Amtsgericht Leipzig HRB 33012 · Vorstand: Jens Albers',
    expect: [{ kind: 'interview', by: '2027-07-15', time: '09:30' }],
  },
  {
    ...VIE_WED,
    text: 'Servus Lukas,\n\ndanke dir für die Unterlagen! Passt dir der kommende Dienstag um 14 Uhr für ein kurzes Kennenlernen via Teams? Ca. 30 Minuten, ganz locker.\n\nLG\nTheresa\nPeople Team | Donaukanal Ventures GmbH',
    expect: [{ kind: 'interview', by: '2027-07-13', time: '14:00' }],
  },
  {
    ...LEJ_MON,
    text: 'Sehr geehrter Herr Vogel,\n\nwäre es für Sie möglich, unser Gespräch von Freitag auf Donnerstag, 15. Juli, 16 Uhr vorzuziehen? Unser Bereichsleiter ist am Freitag leider auf einer Messe.\n\nMit freundlichen Grüßen\nAnja Pohl\nPersonalreferentin\nSachsenstrom AG',
    expect: [{ kind: 'interview', by: '2027-07-15', time: '16:00' }],
  },
  {
    ...STR_THU,
    text: 'Hallo Team,\n\nanbei die Termine für die Zweitgespräche nächste Woche: Frau Kaya am Dienstag, 13.07., um 10 Uhr, Herr Brandt am Mittwoch, 14.07., um 11:30 Uhr. Bitte blockt euch die Zeit.\n\nDanke & Gruß\nMelanie',
    expect: [],
  },
  {
    ...LEJ_MON,
    text: 'Guten Tag Herr Şahin,\n\nvielen Dank für Ihre Geduld. Die Fachabteilung prüft Ihre Unterlagen noch; Sie hören spätestens Mitte Juli von uns.\n\nFreundliche Grüße\nAnja Pohl',
    expect: [{ kind: 'response-by', by: '2027-07-15', fuzzy: true }],
  },
  {
    ...LEJ_MON,
    text: 'Liebe Frau Horn,\n\nwir freuen uns, dass Sie zum Probearbeitstag am 8. Juli zu uns in die Backstube kommen. Nach Ihrem Probearbeitstag melden wir uns innerhalb einer Woche mit unserer Entscheidung.\n\nHerzliche Grüße\nBäckerei Krume & Kruste GmbH',
    expect: [
      { kind: 'interview', by: '2027-07-08' },
      { kind: 'response-by', by: '2027-07-15' },
    ],
  },
  {
    ...STR_THU,
    text: 'Sehr geehrte Frau Dr. Weiß,\n\nvielen Dank für das konstruktive Gespräch. Eine Entscheidung erwarten wir – vorbehaltlich der Zustimmung des Betriebsrats – in der 29. KW.\n\nMit freundlichen Grüßen\nHolger Maas\nLeiter Personal\nNeckartal Maschinenbau GmbH',
    expect: [{ kind: 'response-by', by: '2027-07-23' }],
  },
  {
    ...STR_THU,
    text: 'Hallo Herr Ritter,\n\ndanke für Ihre Nachfrage. Ich bin ab dem 19. Juli wieder im Haus; bitte haken Sie erst danach nach.\n\nViele Grüße\nMelanie Kurz\nRecruiting, Neckartal Maschinenbau GmbH',
    expect: [{ kind: 'no-contact-before', by: '2027-07-19' }],
  },
  {
    ...LEJ_MON,
    text: 'Liebe Bewerberinnen und Bewerber,\n\nvielen Dank für euer Interesse an einem Job bei FrischMarkt. Bitte seht von Anrufen in unseren Filialen ab – die Marktleitungen können dort keine Auskunft zu Bewerbungen geben.\n\nEuer FrischMarkt Recruiting',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...BSL_FRI,
    text: 'Sehr geehrter Herr Huber\n\nLeider können wir Ihnen keine positive Nachricht überbringen: Wir haben die Stelle mit einer internen Kandidatin besetzt.\n\nWir danken Ihnen für Ihr Interesse und wünschen Ihnen alles Gute.\n\nFreundliche Grüsse\nRheinhafen Logistik AG, Personaldienst\nHochbergerstrasse 160, 4057 Basel',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...STR_THU,
    text: 'Sehr geehrter Herr Lorenz,\n\nwir möchten Sie sehr gerne als Verstärkung für unser Konstruktionsteam gewinnen und senden Ihnen anbei unser Angebot. Bitte geben Sie uns bis Freitag, 16. Juli, Bescheid.\n\nMit freundlichen Grüßen\nHolger Maas\nNeckartal Maschinenbau GmbH',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...BSL_FRI,
    text: 'Sehr geehrte Frau Keller\n\nWir bestätigen den Eingang Ihrer Bewerbung. Die Bewerbungsfrist endet am 31.07.2027; die Auswahlgespräche finden voraussichtlich Mitte August statt.\n\nFreundliche Grüsse\nKanton Basel-Stadt, Human Resources',
    expect: [],
  },
  {
    ...LEJ_MON,
    text: 'Einladung zu einem Beratungsgespräch\n\nSehr geehrter Herr Vogel,\n\nbitte kommen Sie zu einem Gespräch über Ihre berufliche Situation.\n\nTermin: Montag, 12.07.2027, 08:30 Uhr\nOrt: Agentur für Arbeit Leipzig, Georg-Schumann-Straße 150, Zimmer 2.114\n\nBitte bringen Sie Ihren Lebenslauf mit.\n\nMit freundlichen Grüßen\nIhre Agentur für Arbeit Leipzig',
    expect: [],
  },
  {
    ...STR_THU,
    // Issue 13, class 6: an absence gives its first day back (an expectation of nothing before the 2026-12-06 ruling).
    text: 'Automatische Antwort\n\nVielen Dank für Ihre E-Mail. Ich bin bis 16.07. im Urlaub und ab dem 19.07. wieder erreichbar. Ihre Nachricht wird in dieser Zeit von meiner Kollegin Frau Lenz bearbeitet.\n\nMelanie Kurz',
    expect: [{ kind: 'no-contact-before', by: '2027-07-19' }],
  },
  {
    ...LEJ_MON,
    text: 'Jobs in deiner Nähe\n\nLagerhelfer (m/w/d) – Mitteldeutsche Versand GmbH – Leipzig – Bewerbertag am 14.07. ab 9 Uhr, ohne Anmeldung\nStaplerfahrer (m/w/d) – Leipzig – sofort\n\nDu bekommst diese Mail, weil du Job-Empfehlungen abonniert hast. Abbestellen',
    expect: [],
  },
  {
    ...STR_THU,
    text: 'Sehr geehrter Herr Ritter,\n\nfür die Erstellung des Vertragsangebots benötigen wir noch Ihre Gehaltsvorstellung und Ihren frühestmöglichen Eintrittstermin. Bitte schicken Sie uns beides bis zum 12. Juli.\n\nMit freundlichen Grüßen\nMelanie Kurz',
    expect: [],
  },
];

/** Round 96: Spanish recruiter mail, written after rounds 92–94's fixes. */
export const ROUND_96_ES: readonly PhraseRow[] = [
  {
    ...BOG_TUE,
    text: 'Programación de entrevista\n\nCandidato: Juan Pablo Ortiz\nVacante: Analista de Riesgos (REQ-4471)\nFecha y hora: 13/07/2027 15:00 (GMT-05:00) Bogotá, Lima, Quito\nModalidad: Microsoft Teams\nEntrevistadores: Carolina Mejía, Andrés Rojas\n\nEste mensaje fue generado automáticamente. Por favor no responda a este correo.\nBanco Andino S.A. – NIT 860.123.456-7',
    expect: [{ kind: 'interview', by: '2027-07-13', time: '15:00' }],
  },
  {
    ...SCL_WED,
    text: 'Hola Cata:\n\n¡Gracias por postular! ¿Te tinca que conversemos el viernes a las 12:00 por Zoom? Serían unos 40 minutos con el equipo de producto.\n\nSaludos,\nVicente\nTalento | Cordillera Tech SpA',
    expect: [{ kind: 'interview', by: '2027-07-09', time: '12:00' }],
  },
  {
    ...MAD_MON7,
    text: 'Hola Laura:\n\nTenemos que cambiar la hora de tu entrevista de mañana: en lugar de a las 10:00, será a las 12:30, en la misma sala. Perdona el cambio.\n\nUn saludo,\nSonia Gil\nPersonas – Ibérica de Envases, S.A.',
    expect: [{ kind: 'interview', by: '2027-07-06', time: '12:30' }],
  },
  {
    ...GDL_THU,
    text: 'Estimado Ing. Navarro:\n\n¿Le vendría bien el jueves 15 a las 11:00 o, si no, el viernes 16 a las 9:30? Quedo atenta para agendar con el director.\n\nSaludos cordiales,\nDaniela Ruiz\nCapital Humano – Tequila Altos S.A. de C.V.',
    expect: [],
  },
  {
    ...MAD_MON7,
    text: 'Estimado/a candidato/a:\n\nHemos recibido su solicitud para el puesto de Responsable de Almacén. El proceso de entrevistas se desarrollará durante la última semana de julio; únicamente contactaremos con las personas que pasen a esa fase.\n\nAtentamente,\nIbérica de Envases, S.A. – Departamento de Personas',
    expect: [],
  },
  {
    ...GDL_THU,
    text: 'Hola Mariana:\n\nGracias por tu paciencia. El director sigue revisando los perfiles finalistas; tendrás noticias nuestras antes de que acabe el mes.\n\nSaludos,\nDaniela',
    expect: [{ kind: 'response-by', by: '2027-07-31' }],
  },
  {
    ...MAD_MON7,
    text: 'Estimada Sra. Pardo:\n\nLe informamos de que, una vez finalice el plazo de inscripción, el 16 de julio, dispondremos de diez días hábiles para comunicar los resultados de la primera fase.\n\nAtentamente,\nConsorcio de Aguas del Henares',
    expect: [{ kind: 'response-by', by: '2027-07-30' }],
  },
  {
    ...SVQ_FRI,
    text: 'Hola Pablo:\n\nPerdona, se me coló un error en la cláusula de vacaciones. Te reenvío el contrato corregido mañana a primera hora.\n\nUn abrazo,\nRocío\nRR. HH. – Giralda Solar, S.L.',
    expect: [{ kind: 'response-by', by: '2027-07-10' }],
  },
  {
    ...SCL_WED,
    text: 'Hola Tomás:\n\nPor favor, no nos escribas para pedir novedades hasta que haya pasado el 20 de julio; antes de esa fecha no tendremos ninguna decisión.\n\nSaludos,\nVicente',
    expect: [{ kind: 'no-contact-before', by: '2027-07-21' }],
  },
  {
    ...MAD_MON7,
    text: 'Hola:\n\nGracias por presentar tu candidatura a través de nuestra web. Te recordamos que no se atenderán consultas telefónicas sobre el estado de las candidaturas; toda la información te llegará por correo.\n\nEquipo de Selección – Supermercados Sol y Huerta',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...BOG_TUE,
    text: 'Hola Daniela:\n\nTe agradecemos el tiempo dedicado al proceso, pero en esta ocasión tu candidatura no ha resultado seleccionada.\n\nTe deseamos muchos éxitos.\nGestión del Talento – Banco Andino S.A.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...SVQ_FRI,
    text: '¡Enhorabuena, Marta!\n\nEl comité ha aprobado tu incorporación como Técnica de Marketing. Te adjunto la propuesta económica; necesitamos tu respuesta antes del viernes.\n\nUn abrazo,\nRocío\nGiralda Solar, S.L. – CIF B-90123456',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...BOG_TUE,
    text: 'Empleos similares al que viste\n\nAnalista de datos – Bogotá – Solicitud sencilla – Publicado el 5 jul.\nAnalista de riesgo – Medellín – Entrevistas la semana del 12 de julio\n\nRecibes este correo por tus alertas de empleo. Cancelar suscripción',
    expect: [],
  },
  {
    ...GDL_THU,
    text: 'Recordatorio\n\nEstimado candidato: la evaluación psicométrica en línea debe completarse antes del 12/07/2027 a las 23:59 (hora del centro de México). El enlace caduca después de esa fecha.\n\nCapital Humano – Tequila Altos',
    expect: [],
  },
  {
    ...GDL_THU,
    text: 'Estimada Sra. Díaz:\n\nAdjunto la documentación solicitada (INE, comprobante de domicilio y constancia de situación fiscal). Quedo a la espera de su respuesta, que según me indicó llegaría antes del 15 de julio.\n\nSaludos cordiales,\nRicardo Luna\nCel. 33 1234 5678',
    expect: [],
  },
  {
    ...BOG_TUE,
    text: 'Feria Virtual de Empleo 2027\n\nEl 14 y 15 de julio, de 8:00 a 17:00, más de 80 empresas realizarán entrevistas en línea a estudiantes y egresados. Inscríbete gratis en nuestro portal.\n\nCentro de Empleabilidad – Universidad del Rosario',
    expect: [],
  },
];

/** Round 97: French recruiter mail, written after rounds 92–94's fixes. */
export const ROUND_97_FR: readonly PhraseRow[] = [
  {
    ...PAR_MON7,
    text: "Votre entretien est confirmé ✅\n\nBonjour Amandine,\n\nQuand : mardi 13 juillet 2027, 11:00 – 11:45 (CEST)\nOù : Google Meet – le lien figure dans l'invitation jointe\nAvec : Karim Haddad, CTO\n\nBesoin de déplacer le rendez-vous ? Répondez simplement à ce message.\n\nL'équipe recrutement de Nuage Vert",
    expect: [{ kind: 'interview', by: '2027-07-13', time: '11:00' }],
  },
  {
    ...YUL_WED7,
    text: "Allô Félix,\n\nmerci pour ton CV! On se jase jeudi à 9 h 30? Je t'envoie le lien Teams dans la journée.\n\nBonne fin de journée,\nMaude\nAcquisition de talents | Fleuve Numérique inc.",
    expect: [{ kind: 'interview', by: '2027-07-08', time: '09:30' }],
  },
  {
    ...LIL_TUE,
    text: "Bonjour Monsieur Lemaire,\n\nNotre directeur étant en déplacement, l'entretien prévu ce vendredi est décalé au lundi 12 juillet, toujours à 14h.\n\nMerci de votre compréhension.\n\nCordialement,\nÉmilie Caron\nRH – Flandre Emballages SAS",
    expect: [{ kind: 'interview', by: '2027-07-12', time: '14:00' }],
  },
  {
    ...LIL_TUE,
    text: "Madame,\n\nNous sommes contraints d'annuler l'entretien du jeudi 8 juillet : le recrutement est suspendu jusqu'à nouvel ordre. Nous reviendrons vers vous si le poste est rouvert.\n\nCordialement,\nÉmilie Caron",
    expect: [],
  },
  {
    ...LGG_THU,
    text: 'Bonjour à tous,\n\nvoici le planning des entretiens de mardi prochain : 9h Mme Diallo, 10h M. Martin, 11h Mme Roux. Merci de me confirmer vos présences.\n\nNadia\nHR Business Partner',
    expect: [],
  },
  {
    ...LGG_THU,
    text: 'Monsieur Renard,\n\nMerci pour votre patience. Nous vous ferons part de notre décision au plus tard à la fin du mois.\n\nBien cordialement,\nNadia Lambert\nMeuse Énergies SA',
    expect: [{ kind: 'response-by', by: '2027-07-31' }],
  },
  {
    ...PAR_MON7,
    text: 'Madame Besson,\n\nLe comité de sélection se tiendra le 15 juillet ; les résultats vous seront communiqués dans la semaine qui suit.\n\nCordialement,\nService des ressources humaines\nAgence régionale de santé',
    expect: [{ kind: 'response-by', by: '2027-07-23' }],
  },
  {
    ...LAU_FRI7,
    text: "Bonjour Monsieur Pittet,\n\nSauf imprévu de notre côté, vous aurez un retour d'ici mercredi prochain.\n\nMeilleures salutations\nCorinne Jaccard\nLéman Assurances SA",
    expect: [{ kind: 'response-by', by: '2027-07-14' }],
  },
  {
    ...LIL_TUE,
    text: "Bonjour,\n\nAfin de traiter toutes les candidatures équitablement, nous vous remercions de patienter jusqu'au 19 juillet avant toute relance.\n\nL'équipe RH de Flandre Emballages",
    expect: [{ kind: 'no-contact-before', by: '2027-07-19' }],
  },
  {
    ...PAR_MON7,
    text: "Bonjour,\n\nVotre candidature a bien été reçue. Merci de ne pas contacter directement les managers ni de téléphoner au standard : l'équipe recrutement vous répondra par e-mail.\n\nNuage Vert SAS",
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...LGG_THU,
    text: "Madame Dubois,\n\nVotre profil a retenu toute notre attention ; toutefois, nous avons décidé de privilégier des candidats dont l'expérience est plus proche de nos besoins actuels.\n\nNous vous souhaitons le meilleur pour la suite.\nMeuse Énergies SA",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...PAR_MON7,
    text: "Bonjour Monsieur Girard,\n\nSuite à nos différents échanges, j'ai le plaisir de vous proposer le poste de chef de projet en CDI. Vous trouverez en pièce jointe la proposition d'embauche ; pourriez-vous nous donner votre réponse d'ici le 16 juillet ?\n\nBien à vous,\nSandrine Leroy\nNuage Vert SAS",
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...LIL_TUE,
    text: "Rappel : session d'information « Rejoindre la fonction publique »\n\nElle aura lieu le jeudi 15 juillet à 18h en ligne. Inscription obligatoire sur notre site.\n\nPréfecture du Nord – Bureau du recrutement",
    expect: [],
  },
  {
    ...PAR_MON7,
    text: "Votre candidature a bien été envoyée\n\nVotre candidature au poste de Chargé de clientèle a été transmise à Hexa Conseil le 05/07/2027.\nDate limite de candidature : 31/07/2027\n\nBonne chance ! L'équipe Indeed",
    expect: [],
  },
  {
    ...LAU_FRI7,
    // Issue 13, class 6: an absence gives its first day back (an expectation of nothing before the 2026-12-06 ruling).
    text: 'Réponse automatique : absence\n\nJe suis en congés jusqu’au 23 juillet inclus, sans accès à ma messagerie. Votre e-mail ne sera pas transféré.\n\nCorinne Jaccard',
    expect: [{ kind: 'no-contact-before', by: '2027-07-24' }],
  },
  {
    ...YUL_WED7,
    text: "Bonjour Madame Gagnon,\n\nMerci de votre intérêt pour ma candidature. Je suis disponible pour une entrevue à partir du 19 juillet, à l'exception du mercredi 21.\n\nAu plaisir,\nSamuel Roy",
    expect: [],
  },
];

// Monday 6 September 2027, 09:00 in Düsseldorf.
const DUS_MON = { sentAt: '2027-09-06T09:00:00+02:00', tz: 'Europe/Berlin' } as const;
// Tuesday 7 September 2027, 16:45 in Hamburg.
const HAM_TUE = { sentAt: '2027-09-07T16:45:00+02:00', tz: 'Europe/Berlin' } as const;
// Wednesday 8 September 2027, 10:10 in St. Gallen.
const SGA_WED = { sentAt: '2027-09-08T10:10:00+02:00', tz: 'Europe/Zurich' } as const;
// Thursday 9 September 2027, 13:20 in Linz.
const LNZ_THU = { sentAt: '2027-09-09T13:20:00+02:00', tz: 'Europe/Vienna' } as const;
// Friday 10 September 2027, 11:00 in Dresden.
const DRS_FRI = { sentAt: '2027-09-10T11:00:00+02:00', tz: 'Europe/Berlin' } as const;

// Monday 6 September 2027, 09:45 in Madrid.
const MAD_MON9 = { sentAt: '2027-09-06T09:45:00+02:00', tz: 'Europe/Madrid' } as const;
// Tuesday 7 September 2027, 12:20 in Barcelona.
const BCN_TUE = { sentAt: '2027-09-07T12:20:00+02:00', tz: 'Europe/Madrid' } as const;
// Wednesday 8 September 2027, 10:00 in Montevideo.
const MVD_WED = { sentAt: '2027-09-08T10:00:00-03:00', tz: 'America/Montevideo' } as const;
// Thursday 9 September 2027, 08:30 in Caracas.
const CCS_THU = { sentAt: '2027-09-09T08:30:00-04:00', tz: 'America/Caracas' } as const;
// Friday 10 September 2027, 09:00 in San José (Costa Rica).
const SJO_FRI = { sentAt: '2027-09-10T09:00:00-06:00', tz: 'America/Costa_Rica' } as const;

// Monday 6 September 2027, 11:00 in Paris.
const PAR_MON9 = { sentAt: '2027-09-06T11:00:00+02:00', tz: 'Europe/Paris' } as const;
// Tuesday 7 September 2027, 09:15 in Nice.
const NCE_TUE = { sentAt: '2027-09-07T09:15:00+02:00', tz: 'Europe/Paris' } as const;
// Wednesday 8 September 2027, 15:00 in Québec City.
const YQB_WED = { sentAt: '2027-09-08T15:00:00-04:00', tz: 'America/Toronto' } as const;
// Thursday 9 September 2027, 10:40 in Luxembourg.
const LUX_THU = { sentAt: '2027-09-09T10:40:00+02:00', tz: 'Europe/Luxembourg' } as const;
// Friday 10 September 2027, 14:30 in Brussels.
const BRU_FRI = { sentAt: '2027-09-10T14:30:00+02:00', tz: 'Europe/Brussels' } as const;

/** Round 98: German recruiter mail, written after rounds 95–97's fixes. */
export const ROUND_98_DE: readonly PhraseRow[] = [
  {
    ...DUS_MON,
    text: 'Microsoft Teams-Besprechung\n\nZweitgespräch Vertriebsleitung – Herr Kaiser\nWann: Mittwoch, 15. September 2027 14:00-15:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien\n\nJetzt an der Besprechung teilnehmen\nBesprechungs-ID: 345 678 901 22\nKennung: x7Yq2P\n\nRheinufer Handel GmbH · Sitz Düsseldorf · HRB 91234',
    expect: [{ kind: 'interview', by: '2027-09-15', time: '14:00' }],
  },
  {
    ...HAM_TUE,
    text: 'Hallo Jana,\n\nwie am Telefon besprochen: Wir sehen uns am Donnerstag um 11 bei uns in Altona. Bring gerne dein Portfolio mit!\n\nGrüße\nMalte\nCreative Lead | Fischmarkt Design GmbH',
    expect: [{ kind: 'interview', by: '2027-09-09', time: '11:00' }],
  },
  {
    ...SGA_WED,
    text: 'Sehr geehrte Frau Busch\n\nWie soeben telefonisch besprochen, müssen wir das für morgen geplante Gespräch leider absagen. Einen neuen Termin schlagen wir Ihnen in den nächsten Tagen vor.\n\nFreundliche Grüsse\nPatrick Frei\nHR-Fachmann, Säntis Versicherungen AG',
    expect: [{ kind: 'response-by', by: '2027-09-13', fuzzy: true }],
  },
  {
    ...DUS_MON,
    text: 'Guten Morgen Herr Aksoy,\n\nfür das Fachinterview könnte ich Ihnen Dienstag, 14.09., vormittags oder Mittwoch, 15.09., ab 13 Uhr anbieten. Was passt Ihnen besser?\n\nBeste Grüße\nSandra Wolff\nRheinufer Handel GmbH',
    expect: [],
  },
  {
    ...DUS_MON,
    text: 'Vielen Dank für Ihre Bewerbung!\n\nIhre Unterlagen sind bei uns eingegangen. Wir melden uns in der Regel innerhalb von 2–3 Wochen bei Ihnen.\n\nIhr Recruiting-Team\nRheinufer Handel GmbH',
    expect: [{ kind: 'response-by', by: '2027-09-27' }],
  },
  {
    ...LNZ_THU,
    text: 'Sehr geehrter Herr Mayr,\n\ndie finale Entscheidung fällt übernächste Woche, dann rufe ich Sie an.\n\nMit freundlichen Grüßen\nMag. Eva Pichler\nDonauhafen Logistik GmbH',
    expect: [{ kind: 'response-by', by: '2027-09-24' }],
  },
  {
    ...DRS_FRI,
    text: 'Hallo Frau Schubert,\n\ndanke für Ihre Nachfrage. Die Gespräche laufen noch; mit einer Rückmeldung können Sie Anfang Oktober rechnen.\n\nViele Grüße\nTom Richter\nElbflorenz Software GmbH',
    expect: [{ kind: 'response-by', by: '2027-10-05', fuzzy: true }],
  },
  {
    ...HAM_TUE,
    text: 'Sehr geehrter Herr Olsen,\n\nZwischenstände können wir Ihnen leider erst nach Abschluss aller Interviews am 22.09. mitteilen – bitte warten Sie bis dahin mit Nachfragen.\n\nMit freundlichen Grüßen\nKatrin Weber\nHanseatische Reederei AG',
    expect: [{ kind: 'no-contact-before', by: '2027-09-22', fuzzy: true }],
  },
  {
    ...DUS_MON,
    text: 'Hinweis für Personaldienstleister: Wir bitten Personalvermittler, von Anrufen und unaufgeforderten Profilzusendungen abzusehen. Vielen Dank!\n\nRheinufer Handel GmbH – Personal',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...LNZ_THU,
    text: 'Hallo Herr Gruber,\n\nleider hat es dieses Mal nicht gepasst – wir haben uns für eine Person mit mehr Erfahrung im Außendienst entschieden. Danke für Ihre Zeit und alles Gute!\n\nEva Pichler',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...DRS_FRI,
    text: 'Herzlichen Glückwunsch, Frau Lange!\n\nWir würden Sie sehr gerne ab dem 1. November bei uns an Bord begrüßen. Den Vertragsentwurf erhalten Sie morgen per E-Mail.\n\nViele Grüße\nTom Richter\nElbflorenz Software GmbH',
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2027-09-11' },
    ],
  },
  {
    ...HAM_TUE,
    text: 'Stellenanzeige: Disponent (m/w/d) Seefracht\n\nEintritt: 01.10.2027\nBewerbungsschluss: 20.09.2027\nVorstellungsgespräche: KW 39\n\nHanseatische Reederei AG · Große Elbstraße 42 · 22767 Hamburg',
    expect: [],
  },
  {
    ...DRS_FRI,
    text: 'Erinnerung: Unterlagen fehlen\n\nHallo Frau Schubert, bitte laden Sie Ihre Arbeitszeugnisse bis zum 13.09. in unserem Bewerberportal hoch, damit wir Ihre Bewerbung vollständig prüfen können.\n\nElbflorenz Software GmbH',
    expect: [],
  },
  {
    ...SGA_WED,
    text: 'Liebe Kundinnen und Kunden, liebe Bewerbende\n\nUnser Büro bleibt vom 13. bis 17. September wegen Betriebsferien geschlossen. Ab dem 20. September sind wir wieder für Sie da.\n\nSäntis Versicherungen AG',
    expect: [],
  },
  {
    ...DUS_MON,
    text: 'Live-Q&A mit unserem Recruiting-Team\n\nAm Dienstag, 21.09., um 17 Uhr beantworten wir alle Fragen rund um Bewerbung und Vorstellungsgespräch – jetzt Platz sichern!\n\nRheinufer Handel GmbH · Newsletter abbestellen',
    expect: [],
  },
  {
    ...HAM_TUE,
    text: 'Liebe Kolleginnen und Kollegen,\n\nam Freitag um 10 Uhr stellt sich Herr Berger, unser Kandidat für die Teamleitung Export, im Teammeeting vor – bitte seid alle dabei.\n\nKatrin',
    expect: [],
  },
];

/** Round 99: Spanish recruiter mail, written after rounds 95–97's fixes. */
export const ROUND_99_ES: readonly PhraseRow[] = [
  {
    ...MAD_MON9,
    text: 'Detalles de la entrevista\n\nFecha\n\n14 de septiembre de 2027\n\nHora\n\n11:30 - 12:15 CEST\n\nUbicación\n\nGoogle Meet (recibirás el enlace el mismo día)\n\nOlivar Foods, S.L. · Calle de Serrano 41, 28001 Madrid',
    expect: [{ kind: 'interview', by: '2027-09-14', time: '11:30' }],
  },
  {
    ...MVD_WED,
    text: '¡Buenas, Sofi!\n\n¿Podés venir el jueves 16 a las 15 hs a la oficina de Ciudad Vieja? Es con Martín, el gerente del área.\n\nSaludos,\nValeria\nRR. HH. – Puerto Sur Logística',
    expect: [{ kind: 'interview', by: '2027-09-16', time: '15:00' }],
  },
  {
    ...CCS_THU,
    text: 'Ciudadano\nLuis Alberto Méndez\nPresente.\n\nPor medio de la presente se le convoca a entrevista el día lunes 13 de septiembre de 2027 a las 8:30 a.m. en la sede principal de la empresa, ubicada en la Av. Francisco de Miranda, Chacao.\n\nAtentamente,\nGerencia de Talento Humano\nInversiones Ávila C.A. – RIF J-12345678-9',
    expect: [{ kind: 'interview', by: '2027-09-13', time: '08:30' }],
  },
  {
    ...MAD_MON9,
    text: 'Hola Irene:\n\nLa entrevista del martes no podrá hacerse; queda para el jueves 16 a la misma hora, 10:00.\n\nPerdona las molestias,\nCarlos\nOlivar Foods',
    expect: [{ kind: 'interview', by: '2027-09-16', time: '10:00' }],
  },
  {
    ...BCN_TUE,
    text: 'Hola Jan:\n\nPara la dinámica grupal hay dos turnos: miércoles 15 a las 9:00 y miércoles 15 a las 12:00. Indícanos cuál prefieres.\n\nGràcies,\nMontse\nSelecció – Llevant Retail',
    expect: [],
  },
  {
    ...SJO_FRI,
    text: 'Hola equipo:\n\nLes comparto la agenda de entrevistas del jueves: 9:00 María Gómez, 10:00 Pedro Ruiz, 11:30 Ana Solís.\n\nSaludos,\nKarla',
    expect: [],
  },
  {
    ...MAD_MON9,
    text: 'Hola Daniel:\n\nGracias por tu tiempo hoy. Te daremos una respuesta en un plazo de 5 a 7 días hábiles.\n\nUn saludo,\nCarlos',
    expect: [{ kind: 'response-by', by: '2027-09-15' }],
  },
  {
    ...SJO_FRI,
    text: 'Estimada Srta. Vargas:\n\nLe estaremos contactando la semana entrante para coordinar la segunda entrevista.\n\nSaludos cordiales,\nKarla Jiménez\nTalento Humano – Pura Vida Tech S.A.',
    expect: [{ kind: 'response-by', by: '2027-09-17' }],
  },
  {
    ...MAD_MON9,
    text: 'Estimado Sr. Robles:\n\nSeguimos evaluando perfiles. Prevemos tomar una decisión a mediados de octubre.\n\nAtentamente,\nOlivar Foods, S.L.',
    expect: [{ kind: 'response-by', by: '2027-10-15', fuzzy: true }],
  },
  {
    ...BCN_TUE,
    text: 'Hola Pau:\n\nTienes hasta el 13 de septiembre para enviar la documentación; por favor, no nos consultes por el resultado antes del 20.\n\nSalut,\nMontse',
    expect: [{ kind: 'no-contact-before', by: '2027-09-20' }],
  },
  {
    ...SJO_FRI,
    text: 'Estimado candidato:\n\nPor políticas internas, el personal de nuestras tiendas no brinda información sobre procesos de reclutamiento por teléfono ni en persona.\n\nPura Vida Tech S.A.',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...MVD_WED,
    text: 'Hola Nacho:\n\nLamentablemente, tu perfil no avanzará a la siguiente etapa del proceso. Gracias por tu interés y éxitos.\n\nValeria',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...BCN_TUE,
    text: 'Hola Àlex:\n\n¡Nos alegra mucho contarte que queremos que te unas a nuestro equipo como Diseñador UX! Mañana te mandamos la propuesta por escrito.\n\nUn abrazo,\nMontse',
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2027-09-08' },
    ],
  },
  {
    ...MAD_MON9,
    text: 'Programa de Becarios 2028\n\nInscripción abierta hasta el 30 de septiembre. Las entrevistas grupales se celebrarán en octubre en nuestras oficinas de Madrid.\n\nOlivar Foods – Darse de baja',
    expect: [],
  },
  {
    ...CCS_THU,
    // Issue 13, class 6: an absence gives its first day back (an expectation of nothing before the 2026-12-06 ruling).
    text: 'Respuesta automática\n\nEstaré fuera de la oficina del 6 al 17 de septiembre. Para temas urgentes, contacte a talento@inversionesavila.com.ve.\n\nGerencia de Talento Humano',
    expect: [{ kind: 'no-contact-before', by: '2027-09-17' }],
  },
  {
    ...BCN_TUE,
    text: 'Hemos recibido tu solicitud\n\nRecuerda que las candidaturas se revisan por orden de llegada; el plazo de inscripción cierra el 24 de septiembre.\n\nLlevant Retail, S.A.',
    expect: [],
  },
  {
    ...MVD_WED,
    text: 'Hola Valeria, gracias por escribirme. El lunes 13 no puedo por un tema de facultad; ¿podría ser otro día de esa semana?\n\nSaludos,\nSofía',
    expect: [],
  },
];

/** Round 100: French recruiter mail, written after rounds 95–97's fixes. */
export const ROUND_100_FR: readonly PhraseRow[] = [
  {
    ...NCE_TUE,
    text: 'Convocation à un entretien\n\nPoste : Technicien de maintenance H/F\nDate : 14/09/2027\nHeure : 10h30\nLieu : Site de Carros, 1re Avenue – 5e Rue, 06510 Carros\n\nMerci de vous munir d’une pièce d’identité.\n\nAzur Aéro Services SAS – RCS Nice 812 345 678',
    expect: [{ kind: 'interview', by: '2027-09-14', time: '10:30' }],
  },
  {
    ...YQB_WED,
    text: 'Bonjour Olivier,\n\nSerais-tu disponible jeudi prochain, 16 septembre, à 13 h pour une entrevue téléphonique d’une trentaine de minutes?\n\nMerci!\nCatherine\nConseillère RH | Chaudière Énergie inc.',
    expect: [{ kind: 'interview', by: '2027-09-16', time: '13:00' }],
  },
  {
    ...LUX_THU,
    text: 'Madame Schmit,\n\nNous devons malheureusement reporter votre entretien de lundi. Pourriez-vous vous présenter le mercredi 15 septembre à 9h45 ?\n\nMeilleures salutations\nService RH – Banque du Kirchberg S.A.',
    expect: [{ kind: 'interview', by: '2027-09-15', time: '09:45' }],
  },
  {
    ...PAR_MON9,
    text: 'Bonjour Monsieur Garnier,\n\nJe vous propose mardi 14 à 16h ou jeudi 16 à 10h, selon vos préférences.\n\nBien à vous,\nAurélie Martin\nAtelier Seine Conseil',
    expect: [],
  },
  {
    ...PAR_MON9,
    text: "Bonjour à toutes et à tous,\n\nLes entretiens de la promotion 2027 du programme Graduate se tiendront les 20, 21 et 22 septembre. Chaque candidat recevra sa convocation individuelle.\n\nL'équipe Campus",
    expect: [],
  },
  {
    ...PAR_MON9,
    text: 'Bonjour Madame Roussel,\n\nMerci pour votre patience. Vous aurez notre retour d’ici la fin de la semaine prochaine.\n\nCordialement,\nAurélie Martin',
    expect: [{ kind: 'response-by', by: '2027-09-17' }],
  },
  {
    ...BRU_FRI,
    text: 'Monsieur Claes,\n\nLe processus de validation interne prend entre 5 et 7 jours ouvrés ; vous recevrez ensuite notre réponse.\n\nCordialement,\nSambre Digital SRL',
    expect: [{ kind: 'response-by', by: '2027-09-21' }],
  },
  {
    ...LUX_THU,
    text: 'Madame, Monsieur,\n\nLe jury se réunira le 23 septembre. Les candidats seront informés par courriel au plus tard cinq jours ouvrables après cette réunion.\n\nAdministration communale de Strassen – Service du personnel',
    expect: [{ kind: 'response-by', by: '2027-09-30' }],
  },
  {
    ...PAR_MON9,
    text: 'Madame,\n\nNous avons bien pris note de votre relance. Nous vous saurions gré de ne pas nous relancer avant la fin du mois.\n\nCordialement,\nAtelier Seine Conseil',
    expect: [{ kind: 'no-contact-before', by: '2027-09-30' }],
  },
  {
    ...LUX_THU,
    text: 'Information aux candidats : les appels téléphoniques au secrétariat ne seront pas pris en compte pour le suivi des candidatures.\n\nBanque du Kirchberg S.A.',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...BRU_FRI,
    text: 'Monsieur Peeters,\n\nNous sommes au regret de ne pouvoir donner une suite positive à votre candidature.\n\nNous vous remercions de l’intérêt porté à notre société.\nSambre Digital SRL',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...NCE_TUE,
    text: 'Madame Fabre,\n\nC’est avec grand plaisir que nous vous annonçons que votre candidature a été retenue pour le poste de comptable. Nous reviendrons vers vous pour les modalités de votre arrivée.\n\nAzur Aéro Services SAS',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...NCE_TUE,
    text: 'Job dating Alternance\n\nSamedi 18 septembre de 10h à 13h au CFA de Nice : venez rencontrer nos recruteurs avec votre CV !\n\nAzur Aéro Services – se désinscrire',
    expect: [],
  },
  {
    ...BRU_FRI,
    text: 'Bonjour,\n\nMerci de nous retourner le questionnaire complété avant le 15 septembre afin que nous puissions finaliser votre dossier.\n\nSambre Digital SRL',
    expect: [],
  },
  {
    ...YQB_WED,
    // Issue 13, class 6: an absence gives its first day back (an expectation of nothing before the 2026-12-06 ruling).
    text: 'Réponse automatique\n\nJe suis en vacances jusqu’au 20 septembre. Pour toute urgence, veuillez communiquer avec rh@chaudiere-energie.ca.\n\nCatherine',
    expect: [{ kind: 'no-contact-before', by: '2027-09-20' }],
  },
  {
    ...PAR_MON9,
    text: 'Madame Martin,\n\nJe vous confirme ma disponibilité pour le mardi 14 septembre, sauf entre 12h et 14h.\n\nBien cordialement,\nThomas Garnier',
    expect: [],
  },
];
