// The twelfth held-out rounds of issue 13 in German, Spanish and French (rounds 136–138): whole messages written
// fresh after the layouts and wording of real templates (softgarden, Personio and Workday invitations, InfoJobs and
// Bumeran convocatorias, Welcome to the Jungle and Apec mails, HR-blog convocation, refusal and offer templates,
// public-sector calls in Peru, Québec and Belgium, Outlook and Gmail quote headers, out-of-office replies), rewritten
// with our own names, companies and dates: signatures with phone numbers and addresses, Handelsregister, FN, UID, CHE,
// CIF, RUC, RUT, RFC, RCS, SIRET, BCE and NEQ lines, RGPD/DSGVO/LOPDGDD notes, ATS label–value fields, Swiss,
// Austrian, Belgian, Québec, Mexican, Peruvian and Chilean variants, formal and informal registers. About 40 % are
// negatives of the kind real inboxes hold, or rows where only some of the dates are findings. Each row's answer was
// written from TIMELINE-CONVENTIONS.md (absences as ruled for issue 13, class 6) BEFORE the engine read it; the
// first-run figures are in FIRST_RUN.
import type { PhraseRow } from './phrases.table';

// Monday 5 March 2029, 09:15 in Munich.
const MUC_MON = { sentAt: '2029-03-05T09:15:00+01:00', tz: 'Europe/Berlin' } as const;
// Tuesday 6 March 2029, 14:20 in Hamburg.
const HAM_TUE = { sentAt: '2029-03-06T14:20:00+01:00', tz: 'Europe/Berlin' } as const;
// Wednesday 7 March 2029, 10:05 in Vienna.
const WIE_WED = { sentAt: '2029-03-07T10:05:00+01:00', tz: 'Europe/Vienna' } as const;
// Thursday 8 March 2029, 16:40 in Basel.
const BSL_THU = { sentAt: '2029-03-08T16:40:00+01:00', tz: 'Europe/Zurich' } as const;
// Friday 9 March 2029, 11:30 in Frankfurt.
const FRA_FRI = { sentAt: '2029-03-09T11:30:00+01:00', tz: 'Europe/Berlin' } as const;

// Monday 5 March 2029, 09:50 in Madrid.
const MAD_MON = { sentAt: '2029-03-05T09:50:00+01:00', tz: 'Europe/Madrid' } as const;
// Tuesday 6 March 2029, 13:10 in Seville.
const SEV_TUE = { sentAt: '2029-03-06T13:10:00+01:00', tz: 'Europe/Madrid' } as const;
// Wednesday 7 March 2029, 08:45 in Lima.
const LIM_WED = { sentAt: '2029-03-07T08:45:00-05:00', tz: 'America/Lima' } as const;
// Thursday 8 March 2029, 15:30 in Santiago de Chile.
const SCL_THU = { sentAt: '2029-03-08T15:30:00-03:00', tz: 'America/Santiago' } as const;
// Friday 9 March 2029, 12:20 in Monterrey.
const MTY_FRI = { sentAt: '2029-03-09T12:20:00-06:00', tz: 'America/Monterrey' } as const;

// Monday 5 March 2029, 10:40 in Paris.
const PAR_MON = { sentAt: '2029-03-05T10:40:00+01:00', tz: 'Europe/Paris' } as const;
// Tuesday 6 March 2029, 17:05 in Lyon.
const LYO_TUE = { sentAt: '2029-03-06T17:05:00+01:00', tz: 'Europe/Paris' } as const;
// Wednesday 7 March 2029, 09:35 in Brussels.
const BRU_WED = { sentAt: '2029-03-07T09:35:00+01:00', tz: 'Europe/Brussels' } as const;
// Thursday 8 March 2029, 11:15 in Montréal.
const MTL_THU = { sentAt: '2029-03-08T11:15:00-05:00', tz: 'America/Toronto' } as const;
// Friday 9 March 2029, 14:50 in Geneva.
const GVA_FRI = { sentAt: '2029-03-09T14:50:00+01:00', tz: 'Europe/Zurich' } as const;

/** Round 136: German recruiter mail and ATS templates, twelfth unseen round. */
export const ROUND_136_DE: readonly PhraseRow[] = [
  {
    ...MUC_MON,
    text: 'Einladung zum persönlichen Gespräch – Werkstudent Controlling (m/w/d)\n\nSehr geehrte Frau Šimić,\n\nIhre Bewerbung hat uns überzeugt und wir möchten Sie gerne persönlich kennenlernen.\n\nTermin:\tDienstag, 13.03.2029\nBeginn:\t9:30 Uhr\nOrt:\tIsarwerk Energiesysteme GmbH, Landsberger Str. 302, 80687 München, Empfang Gebäude C\nGesprächspartner:\tHerr Florian Aigner (Leitung Controlling), Frau Eva Brandl (HR)\n\nBitte bestätigen Sie uns den Termin bis zum 8.3. kurz per Antwort auf diese E-Mail. Bringen Sie gerne Ihren Personalausweis mit, da wir am Empfang einen Besucherausweis für Sie erstellen.\n\nMit freundlichen Grüßen\n\nEva Brandl\nHR Recruiting\nTel.: +49 89 5123 8870\n\nIsarwerk Energiesysteme GmbH | Sitz: München | Registergericht: Amtsgericht München HRB 245117\nGeschäftsführer: Dr. Martin Zöller, Sandra Pichler\nInformationen zur Verarbeitung Ihrer Daten gemäß Art. 13 DSGVO finden Sie unter isarwerk.de/datenschutz-bewerber',
    expect: [{ kind: 'interview', by: '2029-03-13', time: '09:30' }],
  },
  {
    ...HAM_TUE,
    text: 'Hi Lea,\n\nsuper, dass du Lust auf den nächsten Schritt hast! Hättest du am Donnerstag um halb drei Zeit für einen kurzen Call mit unserer CTO Maren? Dauert ca. 30 Min, Link kommt dann per Kalendereinladung.\n\nCheers\nNiklas\n\n--\nNiklas Petersen | Talent Partner\nKranhaus Labs GmbH · Große Elbstraße 145 · 22767 Hamburg\nmobil +49 160 778 21 45',
    expect: [{ kind: 'interview', by: '2029-03-08', time: '14:30' }],
  },
  {
    ...WIE_WED,
    text: 'Betreff: AW: Einladung zum Vorstellungsgespräch am 8. März\n\nSehr geehrter Herr Hofbauer,\n\naufgrund einer kurzfristigen Erkrankung unseres Abteilungsleiters müssen wir Ihr für morgen geplantes Gespräch leider verschieben. Wäre es Ihnen möglich, stattdessen am Freitag, den 16. März, um 11:00 Uhr zu uns zu kommen? Für die Unannehmlichkeiten bitten wir um Entschuldigung.\n\nMit freundlichen Grüßen\nMag. Claudia Stöger\nPersonalentwicklung\n\nDonaukanal Versicherung AG\nObere Donaustraße 19, 1020 Wien\nT +43 1 21 740-512\nFN 187234 x, Handelsgericht Wien, DVR 0012345\n\n-----Ursprüngliche Nachricht-----\nVon: Claudia Stöger\nGesendet: Freitag, 2. März 2029 13:47\nAn: Hofbauer Lukas\nBetreff: Einladung zum Vorstellungsgespräch am 8. März\n\nSehr geehrter Herr Hofbauer,\n\nwir laden Sie herzlich zu einem Vorstellungsgespräch am Donnerstag, dem 8. März 2029, um 10:00 Uhr ein.',
    expect: [{ kind: 'interview', by: '2029-03-16', time: '11:00' }],
  },
  {
    ...MUC_MON,
    text: 'Guten Morgen Herr Albrecht,\n\nvielen Dank für das nette Telefonat am Freitag. Für das Fachgespräch kann ich Ihnen folgende Termine anbieten:\n\n- Mo, 12.03., 10:00 Uhr\n- Di, 13.03., 15:30 Uhr\n- Do, 15.03., 09:00 Uhr\n\nGeben Sie mir bitte bis Freitag Bescheid, welcher Termin Ihnen am besten passt, dann schicke ich Ihnen die Einladung mit allen Details.\n\nViele Grüße\nKathrin Moosmüller\nPeople Team\nAlpenblick Software GmbH · Rosenheimer Str. 145e · 81671 München',
    expect: [],
  },
  {
    ...HAM_TUE,
    text: 'Ihre Bewerbung als Disponent (m/w/d) – Eingangsbestätigung\n\nGuten Tag Herr Sørensen,\n\nvielen Dank für Ihre Bewerbung und das damit verbundene Interesse an der Hanseatic Freight GmbH. Wir haben Ihre Unterlagen erhalten und prüfen diese nun sorgfältig. Die Auswahlgespräche sind für die 12. Kalenderwoche geplant. Sollte Ihr Profil zu unseren Anforderungen passen, melden wir uns schnellstmöglich bei Ihnen.\n\nMit freundlichen Grüßen\nIhr HR-Team\n\nHanseatic Freight GmbH · Am Sandtorkai 50 · 20457 Hamburg\nAmtsgericht Hamburg HRB 160742 · Geschäftsführung: Jens Thorbecke\nDiese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.',
    expect: [],
  },
  {
    ...FRA_FRI,
    text: 'Hallo Frau Oyelaran,\n\nvielen Dank noch einmal für Ihren Besuch gestern und die spannende Fallstudie! Das Feedback aus dem Fachbereich sammle ich gerade noch ein – Sie erhalten es von mir spätestens am Dienstag kommender Woche.\n\nHerzliche Grüße aus dem Westend\nTobias Wendt\nSenior Recruiter\nMainufer Capital Partners AG\nBockenheimer Landstraße 51–53, 60325 Frankfurt am Main\nTel. +49 69 2475 6690\nVorstand: Dr. Ines Kahl · Aufsichtsratsvorsitz: Georg Lenz · Amtsgericht Frankfurt am Main HRB 118342',
    expect: [{ kind: 'response-by', by: '2029-03-13' }],
  },
  {
    ...HAM_TUE,
    text: 'Sehr geehrte Bewerberin, sehr geehrter Bewerber,\n\nwir bedanken uns für Ihre Bewerbung auf die Stelle „Sachbearbeitung Bauordnung (E 9b TV-L)“, Kennziffer 2029/041. Die Sichtung der Unterlagen beginnt nach Ablauf der Ausschreibung am 16. März 2029; bitte rechnen Sie mit unserer Rückmeldung binnen zehn Arbeitstagen danach.\n\nMit freundlichen Grüßen\nIm Auftrag\nPersonalservice\nBezirksamt Hamburg-Nord\nKümmellstraße 7, 20249 Hamburg',
    expect: [{ kind: 'response-by', by: '2029-03-30' }],
  },
  {
    ...BSL_THU,
    text: 'Guten Tag Frau Zürcher\n\nHerzlichen Dank für das zweite Gespräch vom Dienstag. Eine definitive Entscheidung hängt bei uns noch von der Budgetfreigabe durch die Konzernleitung ab, die sich leider verzögert hat. Sie hören aber in jedem Fall bis Ende März von uns.\n\nFreundliche Grüsse\nMarco Gysin\nHR Business Partner\nRheinknie Pharma AG\nGrenzacherstrasse 88, 4058 Basel\nT +41 61 685 44 12\nCHE-109.876.543 MWST',
    expect: [{ kind: 'response-by', by: '2029-03-31' }],
  },
  {
    ...MUC_MON,
    text: 'Sehr geehrter Herr Kaya,\n\nvielen Dank für Ihre Nachfrage. Auf unsere Ausschreibung sind sehr viele Bewerbungen eingegangen, die wir derzeit noch sichten. Rückfragen zum Bearbeitungsstand beantworten wir frühestens ab dem 19. März – wir bitten um Ihr Verständnis.\n\nFreundliche Grüße\nRecruiting Center\nBavaria Klinikverbund gGmbH\nMarchioninistraße 60 · 81377 München',
    expect: [{ kind: 'no-contact-before', by: '2029-03-19' }],
  },
  {
    ...BSL_THU,
    text: 'Automatische Antwort: Bewerbung Logistikleiter\n\nGuten Tag\n\nIch bin bis und mit Freitag, 16. März 2029, abwesend und habe nur eingeschränkten Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an hr@birsfelden-logistik.ch.\n\nFreundliche Grüsse\nSandra Vögtli\nBirsfelden Logistik AG',
    expect: [{ kind: 'no-contact-before', by: '2029-03-17' }],
  },
  {
    ...MUC_MON,
    text: 'Sehr geehrte Frau Lindqvist,\n\nherzlichen Dank für Ihre Bewerbung als Projektingenieurin. Wir werden Ihre Unterlagen zeitnah prüfen und melden uns innerhalb von drei Wochen bei Ihnen.\n\nBitte beachten Sie: Vom 19. bis 30. März bin ich nicht im Haus. In dieser Zeit ist meine Kollegin Anja Wiesinger (anja.wiesinger@lechtal-anlagenbau.de) Ihre Ansprechpartnerin.\n\nMit freundlichen Grüßen\nBernd Huber\nPersonalreferent\nLechtal Anlagenbau GmbH & Co. KG · Industriestraße 12 · 86899 Landsberg am Lech\nKomplementärin: Lechtal Verwaltungs GmbH, AG Augsburg HRB 30211',
    expect: [{ kind: 'response-by', by: '2029-03-26' }],
  },
  {
    ...FRA_FRI,
    text: 'Ihre Bewerbung bei der Taunus Sparkasse\n\nSehr geehrter Herr Ahmadi,\n\nvielen Dank für Ihre Bewerbung. Ihre Unterlagen werden derzeit von der Fachabteilung geprüft. Bitte haben Sie Verständnis dafür, dass wir Auskünfte zum Stand des Verfahrens am Telefon nicht erteilen. Über den weiteren Verlauf informieren wir Sie per E-Mail.\n\nMit freundlichen Grüßen\nPersonalmanagement\nTaunus Sparkasse · Ludwig-Erhard-Anlage 6 · 61352 Bad Homburg',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...WIE_WED,
    text: 'Sehr geehrte Frau Gruber,\n\nwir danken Ihnen für Ihr Interesse an einer Mitarbeit in unserem Unternehmen und für das angenehme Gespräch. Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können.\n\nIhre Bewerbungsunterlagen werden gemäß DSGVO nach Ablauf von sechs Monaten, spätestens am 7.9.2029, gelöscht.\n\nFür Ihren weiteren beruflichen Weg wünschen wir Ihnen viel Erfolg.\n\nMit freundlichen Grüßen\nWienerwald Bau GmbH\nPersonalabteilung\nTriester Straße 40, 1100 Wien · FN 98765 m · UID ATU12398765',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...HAM_TUE,
    text: 'Liebe Frau Dąbrowska,\n\nwir freuen uns sehr, Ihnen mitteilen zu können, dass unsere Wahl auf Sie gefallen ist! Im Anhang finden Sie Ihren Arbeitsvertrag in zweifacher Ausfertigung. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 16.03.2029 zurück; Ihr erster Arbeitstag wäre dann der 2. Mai.\n\nHerzlich willkommen im Team!\n\nJana Holm\nHR Generalist\nNordlicht Pflege gGmbH · Wandsbeker Chaussee 8 · 22089 Hamburg',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...HAM_TUE,
    text: 'Hamburger Karrieretag 2029 – wir sind dabei!\n\nHallo Tarek,\n\ndu suchst einen neuen Job in der Logistik? Besuche uns am Samstag, 17. März 2029, von 10 bis 16 Uhr in der Messehalle A3, Stand 114. Vor Ort führen wir Kurzinterviews – bring einfach deinen Lebenslauf mit!\n\nDein Recruiting-Team von Elbkai Logistics\n\nDu möchtest keine Einladungen mehr erhalten? Hier abmelden.\nElbkai Logistics GmbH · Amtsgericht Hamburg HRB 98231',
    expect: [],
  },
  {
    ...MUC_MON,
    text: 'Ihr Online-Assessment bei der Alpenländische Versicherung\n\nSehr geehrte Frau Petrović,\n\nals nächsten Schritt im Auswahlverfahren laden wir Sie zu unserem Online-Assessment ein. Bitte absolvieren Sie die Tests bis Sonntag, 11.03.2029, 23:59 Uhr. Die Bearbeitung dauert etwa 45 Minuten; der Link ist sieben Tage gültig.\n\nZum Assessment: https://assessment.alpenlaendische.de/start?id=7781\n\nMit freundlichen Grüßen\nIhr Recruiting-Team',
    expect: [],
  },
  {
    ...FRA_FRI,
    text: 'Liebe Frau Ekström,\n\ndanke, das passt so – ich habe es notiert.\n\nViele Grüße\nTobias Wendt\n\nAm 08.03.2029 um 19:12 schrieb Linnea Ekström <l.ekstroem@posteo.de>:\n> Lieber Herr Wendt,\n> die Arbeitszeugnisse kann ich Ihnen bis Mittwoch nachreichen. Über eine Rückmeldung bis Ende nächster Woche würde ich mich sehr freuen.\n> Beste Grüße\n> Linnea Ekström',
    expect: [],
  },
  {
    ...BSL_THU,
    text: 'Grüezi Herr Brunner\n\nVielen Dank für Ihre Geduld. Wir führen in der kommenden Woche noch Gespräche mit weiteren Kandidatinnen und Kandidaten und kommen danach so rasch wie möglich auf Sie zu.\n\nFreundliche Grüsse\nMarco Gysin\nRheinknie Pharma AG',
    expect: [],
  },
  {
    ...MUC_MON,
    text: 'Bestätigung Ihrer Bewerbung\n\nStelle:\tIndustriemechaniker (m/w/d) Instandhaltung\nReferenznummer:\tJR-2029-00817\nEingegangen am:\t05.03.2029, 08:47 Uhr\nStandort:\tIngolstadt\nEintrittstermin:\t01.05.2029\n\nHallo Herr Schuster,\n\nvielen Dank für Ihre Bewerbung! Den Status können Sie jederzeit in Ihrem Kandidatenprofil einsehen. Wir melden uns, sobald wir Ihre Unterlagen gesichtet haben.\n\nIhr Talent Acquisition Team\nDonaumotoren AG · Sitz Ingolstadt · Amtsgericht Ingolstadt HRB 4410',
    expect: [],
  },
];

/** Round 137: Spanish recruiter mail and ATS templates, twelfth unseen round. */
export const ROUND_137_ES: readonly PhraseRow[] = [
  {
    ...MAD_MON,
    text: 'Convocatoria a entrevista – Técnico/a de Nóminas\n\nEstimado Sr. Navarro:\n\nTras revisar su candidatura, nos complace convocarle a una entrevista personal para el puesto de Técnico/a de Nóminas.\n\nFecha: jueves, 15 de marzo de 2029\nHora: 10:30 h\nLugar: Calle de Alcalá 265, 4.ª planta, 28027 Madrid\nEntrevistadoras: Lucía Ferrer (Responsable de Administración de Personal) y Marta Gil (Selección)\n\nLe rogamos que confirme su asistencia respondiendo a este correo antes del viernes.\n\nAtentamente,\n\nMarta Gil\nDepartamento de Selección\nCastellana Servicios Integrales, S.L. · CIF B-87654321\nTel. 91 345 67 80\n\nEn cumplimiento del RGPD y de la LOPDGDD, le informamos de que sus datos serán tratados con la única finalidad de gestionar el proceso de selección.',
    expect: [{ kind: 'interview', by: '2029-03-15', time: '10:30' }],
  },
  {
    ...MTY_FRI,
    text: 'Hola Diego, ¿qué tal?\n\nMuchas gracias por tu tiempo ayer. A Rodrigo, el gerente de planta, le gustó mucho tu perfil y quiere platicar contigo. ¿Te late el martes a las 5 de la tarde por Teams? Si sí, te mando la invitación.\n\nSaludos,\nFernanda Garza\nAtracción de Talento\nAceros del Norte S.A. de C.V. · Av. Constitución 2050 Pte., Monterrey, N.L.\nTel. 81 8345 2210',
    expect: [{ kind: 'interview', by: '2029-03-13', time: '17:00' }],
  },
  {
    ...SCL_THU,
    text: 'Estimada Catalina:\n\nJunto con saludarte, te escribo porque debemos mover la entrevista del miércoles 14 al viernes 16, a la misma hora (11:00 hrs.), ya que la jefa del área estará en terreno ese día. Disculpa las molestias.\n\nQuedo atenta a tu confirmación.\n\nSaludos cordiales,\nJaviera Muñoz\nAnalista de Reclutamiento y Selección\nViña Cordillera S.A. · RUT 76.543.210-K\nAv. Apoquindo 4800, Las Condes, Santiago\n+56 2 2345 6789\n\nDe: Javiera Muñoz\nEnviado: lunes, 5 de marzo de 2029 10:02\nPara: catalina.rojas@gmail.com\nAsunto: Entrevista Analista Comercial\n\nHola Catalina, te confirmamos tu entrevista el miércoles 14 de marzo a las 11:00 hrs.',
    expect: [{ kind: 'interview', by: '2029-03-16', time: '11:00' }],
  },
  {
    ...SEV_TUE,
    text: 'Hola, Irene:\n\nGracias por tu interés en la vacante de Community Manager. Nos gustaría conocerte en una videollamada de unos 30 minutos. Te propongo estas opciones:\n\n• Lunes 12 de marzo, 9:00\n• Martes 13 de marzo, 16:00\n• Miércoles 14 de marzo, 12:30\n\nIndícame cuál te viene mejor y te envío el enlace.\n\nUn saludo,\nPablo Márquez\nTalento · Giralda Digital S.L.\nAvda. de la Buhaira 31, 41018 Sevilla',
    expect: [],
  },
  {
    ...LIM_WED,
    text: 'Hola, Renzo:\n\n¡Gracias por postular a Analista de Créditos en Banco Andino! Hemos recibido tu CV correctamente.\n\nLas entrevistas se realizarán durante la segunda quincena de marzo. Si tu perfil se ajusta a lo que buscamos, nos pondremos en contacto contigo.\n\nÉxitos,\nEquipo de Gestión del Talento\nBanco Andino S.A. · RUC 20100047218 · Av. Javier Prado Este 3090, San Borja, Lima',
    expect: [],
  },
  {
    ...SEV_TUE,
    text: 'Estimada Sra. Domínguez:\n\nLe agradecemos nuevamente su participación en la segunda entrevista. El comité de dirección está valorando las últimas candidaturas y le comunicaremos la decisión final a más tardar el viernes 23 de marzo.\n\nReciba un cordial saludo,\n\nAntonio Reina\nDirector de Personas\nAceitunas del Aljarafe, S.A. · CIF A-41234567\nCtra. de Umbrete km 2, 41110 Bollullos de la Mitación (Sevilla)',
    expect: [{ kind: 'response-by', by: '2029-03-23' }],
  },
  {
    ...LIM_WED,
    text: 'CONVOCATORIA CAS N.° 014-2029-MDSI\n\nSeñor(a) postulante:\n\nSe confirma la recepción de su expediente para el puesto de Asistente Administrativo. La evaluación curricular se efectuará luego del cierre de la convocatoria, previsto para el 16 de marzo. Recibirá los resultados dentro de los diez días hábiles posteriores a dicho cierre.\n\nAtentamente,\nUnidad de Recursos Humanos\nMunicipalidad Distrital de San Isidro\nAv. Augusto Tamayo 180, San Isidro, Lima',
    expect: [{ kind: 'response-by', by: '2029-03-30' }],
  },
  {
    ...MAD_MON,
    text: 'Hola, Sergio:\n\nTe escribo para ponerte al día. La decisión todavía depende de la aprobación del presupuesto por parte de la dirección financiera, y no sabemos con exactitud cuándo llegará; en cualquier caso, te daremos una respuesta antes de que termine el mes.\n\nUn abrazo,\nLaura Vidal\nPeople & Culture · Retiro Ventures S.L.',
    expect: [{ kind: 'response-by', by: '2029-03-31' }],
  },
  {
    ...SCL_THU,
    text: 'Hola Matías:\n\nGracias por tu mensaje. Seguimos revisando postulaciones y te pedimos que no nos escribas para consultar por el estado del proceso antes del lunes 19 de marzo. A partir de esa fecha estaremos felices de responderte.\n\nSaludos,\nEquipo de Selección\nPacífico Sur Seguros S.A.',
    expect: [{ kind: 'no-contact-before', by: '2029-03-19' }],
  },
  {
    ...MAD_MON,
    text: 'Respuesta automática: CV – Responsable de Almacén\n\nGracias por su mensaje. Estaré fuera de la oficina hasta el martes 13 de marzo inclusive, con acceso limitado al correo. Para asuntos urgentes, puede escribir a seleccion@logisticacentro.es.\n\nUn saludo,\nBeatriz Lozano\nLogística Centro Peninsular, S.A.',
    expect: [{ kind: 'no-contact-before', by: '2029-03-14' }],
  },
  {
    ...SEV_TUE,
    text: 'Hola, Álvaro:\n\nTe escribo antes de irme de vacaciones (del 26 de marzo al 6 de abril) para que no te quedes esperando: tendrás noticias nuestras la semana que viene, sea cual sea la decisión.\n\nUn saludo,\nPablo Márquez\nGiralda Digital S.L.',
    expect: [{ kind: 'response-by', by: '2029-03-16' }],
  },
  {
    ...LIM_WED,
    text: 'Estimada Srta. Quispe:\n\nGracias por su interés en formar parte de Minera Huascarán. Su postulación se encuentra en evaluación. Le recordamos que, por política de la empresa, el área de Gestión Humana no brinda información sobre el estado de las postulaciones por vía telefónica; toda comunicación se realizará a través de este correo.\n\nAtentamente,\nGestión Humana\nMinera Huascarán S.A.A. · RUC 20512345678',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...MAD_MON,
    text: 'Estimado Sr. Ortega:\n\nQueremos agradecerle el tiempo dedicado al proceso de selección para el puesto de Jefe de Proyecto. Lamentamos comunicarle que, en esta ocasión, su candidatura no ha sido seleccionada para continuar en el proceso.\n\nConservaremos sus datos durante un plazo de 12 meses por si surgiera una vacante acorde a su perfil, salvo que nos indique lo contrario.\n\nAtentamente,\nRecursos Humanos\nIngeniería Manzanares, S.A. · CIF A-28765432',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...MTY_FRI,
    text: 'Hola Valeria,\n\n¡Felicidades! Nos alegra informarte que fuiste seleccionada para el puesto de Coordinadora de Calidad. Te adjuntamos la carta oferta con el detalle de sueldo y prestaciones; te agradeceremos que nos la devuelvas firmada a más tardar el miércoles 14 de marzo.\n\nBienvenida al equipo,\nFernanda Garza\nAceros del Norte S.A. de C.V. · RFC ANO940312AB1',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...MAD_MON,
    text: 'Nuevas ofertas que encajan con tu búsqueda «Administrativo Madrid»\n\nAuxiliar administrativo/a – Grupo Cibeles Gestión\nMadrid · Contrato indefinido · Publicada hace 2 días\nFecha límite de inscripción: 31/03/2029 · Incorporación: 02/04/2029\n\nAdministrativo/a contable – Asesoría Prado\nAlcobendas · Jornada completa\n\nVer todas las ofertas | Darte de baja de esta alerta\nHas recibido este correo porque creaste una alerta de empleo.',
    expect: [],
  },
  {
    ...SCL_THU,
    text: 'Feria Laboral Universidad del Pacífico 2029\n\nEstimado/a estudiante:\n\nTe invitamos a la Feria Laboral que se realizará el miércoles 21 de marzo, de 9:00 a 14:00 hrs., en el Aula Magna del campus Providencia. Más de 40 empresas estarán realizando entrevistas in situ. ¡No olvides llevar tu CV impreso!\n\nDirección de Empleabilidad\nUniversidad del Pacífico',
    expect: [],
  },
  {
    ...LIM_WED,
    text: 'Hola, Andrea:\n\nComo siguiente paso del proceso, te hemos enviado una prueba técnica en HackerRank. Recuerda completarla antes del domingo 11 de marzo a las 23:59 (hora de Lima). Tendrás 90 minutos una vez que la inicies.\n\n¡Mucho éxito!\nEquipo de Talento · Inca Pagos S.A.C.',
    expect: [],
  },
  {
    ...SEV_TUE,
    text: 'Perfecto, Ana, muchas gracias. Lo comento con el equipo.\n\nCarlos\n\nEl mar, 6 mar 2029 a las 9:02, Ana Ruiz (<ana.ruiz.diseno@gmail.com>) escribió:\n> Hola, Carlos:\n> Te envío el portafolio completo el jueves y quedo pendiente de tu respuesta la próxima semana.\n> Un saludo,\n> Ana',
    expect: [],
  },
  {
    ...MTY_FRI,
    text: 'Hola Jorge,\n\nGracias por tu paciencia. Todavía estamos entrevistando a otros candidatos esta semana y la próxima; en cuanto terminemos, nos comunicaremos contigo.\n\nSaludos,\nFernanda Garza\nAceros del Norte S.A. de C.V.',
    expect: [],
  },
  {
    ...MTY_FRI,
    text: 'Webinar gratuito: Cómo preparar tu entrevista de trabajo\n\nHola,\n\nTe esperamos el miércoles 14 de marzo a las 19:00 (hora del centro de México) en nuestro webinar con consejos de reclutadores. Regístrate aquí: https://empleosnorte.mx/webinar\n\nEmpleos Norte · Si no deseas recibir más correos, cancela tu suscripción.',
    expect: [],
  },
  {
    ...MAD_MON,
    text: 'Hemos recibido tu candidatura\n\nPuesto: Dependiente/a de tienda – Centro Comercial La Vaguada\nFecha de recepción: 05/03/2029\nCódigo de candidatura: 2029-ES-44817\n\nHola, Nerea:\n\nGracias por inscribirte. Revisaremos tu perfil y te mantendremos informada de cualquier novedad.\n\nEquipo de Selección\nModas Aurora, S.A. · CIF A-15098765 · Inscrita en el Registro Mercantil de A Coruña, Tomo 2.345, Folio 12, Hoja C-7654',
    expect: [],
  },
];

/** Round 138: French recruiter mail and ATS templates, twelfth unseen round. */
export const ROUND_138_FR: readonly PhraseRow[] = [
  {
    ...PAR_MON,
    text: "Votre entretien chez Canopée Conseil\n\nBonjour Inès,\n\nMerci pour votre candidature au poste de Consultante junior en stratégie ! Nous serions ravis d'échanger avec vous lors d'un premier entretien.\n\nDate : mardi 13 mars 2029\nHeure : 14h30\nLieu : 18 rue de Châteaudun, 75009 Paris (interphone « Canopée », 3e étage)\nAvec : Julien Morel, Manager\n\nSi ce créneau ne vous convient pas, répondez simplement à ce message.\n\nÀ très vite,\nL'équipe Talent de Canopée Conseil\n\nCanopée Conseil SAS · RCS Paris 812 345 678 · SIRET 812 345 678 00027\nVos données sont traitées conformément au RGPD ; pour exercer vos droits : dpo@canopee-conseil.fr",
    expect: [{ kind: 'interview', by: '2029-03-13', time: '14:30' }],
  },
  {
    ...MTL_THU,
    text: "Bonjour Mme Tremblay,\n\nMerci d'avoir postulé au poste de technicienne comptable. Seriez-vous disponible pour une entrevue téléphonique jeudi prochain à 10 h 15? L'appel durera environ 20 minutes.\n\nAu plaisir de vous parler,\n\nKarine Lavoie, CRHA\nConseillère en acquisition de talents\nGroupe Boréal inc. · 1250, boul. René-Lévesque O., bureau 2200, Montréal (Québec) H3B 4W8\n514 555-0187 · NEQ 1167890123",
    expect: [{ kind: 'interview', by: '2029-03-15', time: '10:15' }],
  },
  {
    ...LYO_TUE,
    text: "Objet : RE: Convocation à un entretien – Poste de Technicien(ne) de maintenance\n\nMonsieur Benali,\n\nEn raison d'un imprévu, nous sommes contraints de reporter votre entretien prévu ce jeudi 8 mars. Nous vous proposons de le reprogrammer au mardi 13 mars, même heure (9h30), toujours sur notre site de Vénissieux. Merci de nous confirmer votre disponibilité.\n\nVeuillez nous excuser pour ce contretemps.\n\nCordialement,\n\nSophie Garnier\nChargée de recrutement\nRhône Mécanique Industrie SAS\n45 avenue Jules Guesde, 69200 Vénissieux\nTél. 04 78 12 34 56\nSAS au capital de 500 000 € · RCS Lyon 398 765 432\n\nDe : Sophie Garnier\nEnvoyé : vendredi 2 mars 2029 11:20\nÀ : karim.benali@orange.fr\nObjet : Convocation à un entretien – Poste de Technicien(ne) de maintenance\n\nMonsieur,\n\nNous avons le plaisir de vous convier à un entretien le jeudi 8 mars 2029 à 9h30.",
    expect: [{ kind: 'interview', by: '2029-03-13', time: '09:30' }],
  },
  {
    ...BRU_WED,
    text: "Bonjour Monsieur Claes,\n\nPetite modification pour l'entretien de vendredi : il est avancé d'une heure. Nous vous attendons donc à 9h au lieu de 10h, à la même adresse (rue de la Loi 42, 1040 Etterbeek).\n\nBien à vous,\nAurélie Mertens\nHR Officer\nBelgica Facility Services SRL · BCE 0712.345.678\n+32 2 511 22 33",
    expect: [{ kind: 'interview', by: '2029-03-09', time: '09:00' }],
  },
  {
    ...PAR_MON,
    text: "Bonjour Thomas,\n\nSuite à notre échange téléphonique, je vous propose les créneaux suivants pour un entretien avec notre directrice commerciale :\n\n- lundi 12 mars à 10h\n- mercredi 14 mars à 15h\n- jeudi 15 mars à 11h30\n\nMerci de m'indiquer celui qui vous convient le mieux d'ici vendredi.\n\nBien cordialement,\nClaire Dubois\nResponsable RH\nMaison Lenoir & Fils · 7 rue du Faubourg-Saint-Honoré, 75008 Paris",
    expect: [],
  },
  {
    ...LYO_TUE,
    text: "Accusé de réception de votre candidature\n\nMadame, Monsieur,\n\nNous vous remercions de l'intérêt que vous portez à notre groupe et accusons bonne réception de votre candidature au poste d'Acheteur(se) projet. Les entretiens se dérouleront dans la seconde quinzaine de mars. Si votre profil est retenu, vous serez contacté(e) par notre équipe.\n\nCordialement,\nLa Direction des Ressources Humaines\nGroupe Confluence Industries\nConformément au RGPD, vos données seront conservées pendant deux ans à compter de ce jour.",
    expect: [],
  },
  {
    ...GVA_FRI,
    text: "Madame Perret,\n\nNous vous remercions pour votre participation aux épreuves de sélection. Le jury se réunira le 20 mars ; vous serez informée de sa décision par courrier électronique dans la semaine qui suit.\n\nNous vous prions d'agréer, Madame, nos salutations distinguées.\n\nService des ressources humaines\nRépublique et canton de Genève – Office du personnel de l'État\nRue du Stand 26, 1204 Genève",
    // Corrected after the first run: "dans la semaine qui suit" is "the following week" of TIMELINE-CONVENTIONS.md
    // (Friday of the week after the jury's 20 March), not seven days on.
    expect: [{ kind: 'response-by', by: '2029-03-30' }],
  },
  {
    ...GVA_FRI,
    text: "Bonjour Monsieur Favre,\n\nEncore merci pour votre venue hier après-midi. Je vous fais parvenir le compte rendu de votre entretien d'ici la fin de la semaine prochaine, dès que j'aurai recueilli l'avis de chacun des participants.\n\nMeilleures salutations,\nNathalie Rey\nTalent Acquisition\nLac Léman Assurances SA · Quai du Mont-Blanc 5, 1201 Genève\n+41 22 718 30 00 · CHE-105.987.321",
    expect: [{ kind: 'response-by', by: '2029-03-16' }],
  },
  {
    ...PAR_MON,
    text: "Bonjour Madame Nguyen,\n\nNous ne sommes pas encore en mesure de vous apporter une réponse définitive, la décision dépendant de l'arbitrage budgétaire de la direction générale. Nous reviendrons toutefois vers vous au plus tard début avril.\n\nBien cordialement,\nClaire Dubois\nMaison Lenoir & Fils",
    expect: [{ kind: 'response-by', by: '2029-04-10', fuzzy: true }],
  },
  {
    ...LYO_TUE,
    text: "Bonjour,\n\nNous avons bien reçu votre message et vous en remercions. Afin de traiter l'ensemble des dossiers dans de bonnes conditions, nous vous remercions de patienter jusqu'au 19 mars avant toute relance.\n\nBien cordialement,\nL'équipe Recrutement\nRhône Mécanique Industrie SAS",
    expect: [{ kind: 'no-contact-before', by: '2029-03-19' }],
  },
  {
    ...BRU_WED,
    text: "Réponse automatique : Candidature spontanée\n\nBonjour,\n\nJe suis absente du bureau jusqu'au lundi 12 mars inclus. Votre message sera traité à mon retour. Pour toute urgence, vous pouvez contacter jobs@belgica-fs.be.\n\nCordialement,\nAurélie Mertens\nBelgica Facility Services SRL",
    expect: [{ kind: 'no-contact-before', by: '2029-03-13' }],
  },
  {
    ...MTL_THU,
    text: 'Réponse automatique\n\nBonjour,\n\nJe suis présentement en congé et serai de retour au bureau le mercredi 14 mars. Je prendrai connaissance de votre courriel à ce moment.\n\nMerci de votre compréhension,\nKarine Lavoie\nGroupe Boréal inc.',
    expect: [{ kind: 'no-contact-before', by: '2029-03-14' }],
  },
  {
    ...LYO_TUE,
    text: "Bonjour Madame Rousseau,\n\nJe serai en congé du 19 au 23 mars ; d'ici là, je vous aurai transmis notre réponse, au plus tard vendredi.\n\nBelle soirée,\nSophie Garnier\nRhône Mécanique Industrie SAS",
    expect: [{ kind: 'response-by', by: '2029-03-09' }],
  },
  {
    ...PAR_MON,
    text: 'Madame,\n\nNous avons bien reçu votre candidature et vous en remercions. Elle sera étudiée avec la plus grande attention par nos équipes. En raison du nombre important de candidatures reçues, nos chargés de recrutement ne sont pas joignables par téléphone pour le suivi des dossiers.\n\nCordialement,\nService Recrutement\nHôpital privé Saint-Vincent · 12 rue de Sèvres, 75006 Paris',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...MTL_THU,
    text: "Bonjour,\n\nNous accusons réception de votre candidature pour le poste d'agente de bureau, classe principale (concours 2029-117). Veuillez noter qu'aucune information sur l'avancement des candidatures ne sera communiquée par téléphone. Seules les personnes retenues pour la suite du processus seront contactées.\n\nDirection des ressources humaines\nVille de Laval",
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...BRU_WED,
    text: "Madame Janssens,\n\nNous vous remercions pour l'intérêt que vous avez manifesté pour le poste de Gestionnaire de dossiers. Après examen attentif de votre candidature, nous sommes au regret de ne pouvoir y réserver une suite favorable.\n\nNous vous souhaitons plein succès dans vos recherches.\n\nLe service du personnel\nMutualité Wallonne · Place du Marché 5, 5000 Namur",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...LYO_TUE,
    text: "Bonjour Hugo,\n\nNous avons le plaisir de vous confirmer votre recrutement au poste de Développeur Full-Stack en CDI. Vous trouverez ci-joint votre promesse d'embauche, à nous retourner signée avant le 16 mars. Votre prise de poste est prévue le lundi 2 avril.\n\nBienvenue dans l'équipe !\nMathilde Faure\nPeople Manager · Traboules Tech SAS · RCS Lyon 901 234 567",
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...PAR_MON,
    text: "3 nouvelles offres correspondent à votre alerte « Contrôleur de gestion – Île-de-France »\n\nContrôleur de gestion industriel H/F – Seine Composites\nGennevilliers (92) · CDI · 45-52 k€\nDate limite de candidature : 30/03/2029 · Entretiens prévus semaine 14\n\nContrôleur de gestion junior H/F – Groupe Valmy\nLa Défense (92) · CDI\n\nGérer mes alertes · Se désabonner\nApec – Association pour l'emploi des cadres",
    expect: [],
  },
  {
    ...LYO_TUE,
    text: "Job Dating Traboules Tech – mardi 20 mars\n\nTu cherches ton prochain challenge tech ? Participe à notre Job Dating le mardi 20 mars à 18h30 dans nos locaux (12 quai Saint-Vincent, Lyon 1er) : 10 minutes d'entretien avec nos lead devs, puis apéro ! Inscription obligatoire avant le 16 mars.\n\nL'équipe Traboules Tech\nPour ne plus recevoir nos actualités, cliquez ici.",
    expect: [],
  },
  {
    ...BRU_WED,
    text: "Bonjour Madame Lambert,\n\nDans le cadre de votre candidature, nous vous invitons à compléter notre questionnaire de personnalité en ligne. Vous avez jusqu'au dimanche 11 mars, 23h59, pour le remplir ; comptez environ 25 minutes.\n\nLien personnel : https://tests.belgica-fs.be/p/88412\n\nCordialement,\nAurélie Mertens",
    expect: [],
  },
  {
    ...GVA_FRI,
    text: "Bien reçu, merci Madame Morand !\n\nNathalie\n\nLe jeu. 8 mars 2029 à 18:42, Élodie Morand <elodie.morand@bluewin.ch> a écrit :\n> Bonjour Madame Rey,\n> Je reviens vers vous d'ici lundi avec les coordonnées de mes deux références, et je reste bien sûr disponible pour un échange la semaine prochaine.\n> Bien à vous,\n> Élodie Morand",
    expect: [],
  },
  {
    ...MTL_THU,
    text: 'Bonjour M. Gagnon,\n\nMerci de votre patience. Nous rencontrons encore deux candidats à la fin de la semaine prochaine et nous reviendrons vers vous dès que possible par la suite.\n\nCordialement,\nKarine Lavoie\nGroupe Boréal inc.',
    expect: [],
  },
  {
    ...PAR_MON,
    text: "Confirmation de dépôt de candidature\n\nRéférence : 2029-0412\nPoste : Assistant(e) administratif(ve) – CDD 6 mois\nReçue le : 05/03/2029 à 08:12\nDébut du contrat : 03/04/2029\n\nBonjour,\n\nVotre candidature a bien été enregistrée. Vous pouvez suivre son avancement depuis votre espace candidat.\n\nConformément au RGPD, vos données sont conservées 2 ans à compter de votre dernier contact avec nos services.\nCité Logement SA d'HLM · SIRET 552 123 456 00018 · 5 rue de Lyon, 75012 Paris",
    expect: [],
  },
];

// Rounds 139a–139c (German, Spanish, French), written after rounds 136–138's fixes and BEFORE the engine read them:
// fresh whole messages (Personio, Bumeran, Computrabajo, Hellowork and Welcome to the Jungle layouts, public calls,
// newsletters, a photo studio's and a medical appointment, the candidate's own mail), not paraphrases of 136–138.

// Monday 10 September 2029, 09:05 in Leipzig.
const LEJ_MON = { sentAt: '2029-09-10T09:05:00+02:00', tz: 'Europe/Berlin' } as const;
// Tuesday 11 September 2029, 10:40 in Innsbruck.
const INN_TUE = { sentAt: '2029-09-11T10:40:00+02:00', tz: 'Europe/Vienna' } as const;
// Wednesday 12 September 2029, 15:20 in Bern.
const BRN_WED = { sentAt: '2029-09-12T15:20:00+02:00', tz: 'Europe/Zurich' } as const;
// Thursday 13 September 2029, 08:50 in Düsseldorf.
const DUS_THU = { sentAt: '2029-09-13T08:50:00+02:00', tz: 'Europe/Berlin' } as const;
// Friday 14 September 2029, 13:15 in Dresden.
const DRS_FRI = { sentAt: '2029-09-14T13:15:00+02:00', tz: 'Europe/Berlin' } as const;

// Monday 10 September 2029, 10:30 in Buenos Aires.
const BUE_MON = { sentAt: '2029-09-10T10:30:00-03:00', tz: 'America/Argentina/Buenos_Aires' } as const;
// Tuesday 11 September 2029, 09:10 in Bogotá.
const BOG_TUE = { sentAt: '2029-09-11T09:10:00-05:00', tz: 'America/Bogota' } as const;
// Wednesday 12 September 2029, 12:45 in Valencia.
const VLC_WED = { sentAt: '2029-09-12T12:45:00+02:00', tz: 'Europe/Madrid' } as const;
// Thursday 13 September 2029, 16:00 in Guadalajara.
const GDL_THU = { sentAt: '2029-09-13T16:00:00-06:00', tz: 'America/Mexico_City' } as const;
// Friday 14 September 2029, 11:20 in Bilbao.
const BIO_FRI = { sentAt: '2029-09-14T11:20:00+02:00', tz: 'Europe/Madrid' } as const;

// Monday 10 September 2029, 09:25 in Toulouse.
const TLS_MON = { sentAt: '2029-09-10T09:25:00+02:00', tz: 'Europe/Paris' } as const;
// Tuesday 11 September 2029, 14:10 in Bordeaux.
const BOD_TUE = { sentAt: '2029-09-11T14:10:00+02:00', tz: 'Europe/Paris' } as const;
// Wednesday 12 September 2029, 11:00 in Luxembourg.
const LUX_WED = { sentAt: '2029-09-12T11:00:00+02:00', tz: 'Europe/Luxembourg' } as const;
// Thursday 13 September 2029, 10:20 in Québec City.
const QC_THU = { sentAt: '2029-09-13T10:20:00-04:00', tz: 'America/Toronto' } as const;
// Friday 14 September 2029, 09:45 in Dakar.
const DKR_FRI = { sentAt: '2029-09-14T09:45:00+00:00', tz: 'Africa/Dakar' } as const;
// Friday 14 September 2029, 16:30 in Lausanne.
const LAU_FRI = { sentAt: '2029-09-14T16:30:00+02:00', tz: 'Europe/Zurich' } as const;

/** Round 139: German recruiter mail, written after rounds 136–138's fixes. */
export const ROUND_139_DE: readonly PhraseRow[] = [
  {
    ...LEJ_MON,
    text: 'Einladung: Kennenlernen – Junior Data Analyst (m/w/d)\n\nHallo Frau Baranowski,\n\nvielen Dank für Ihre Bewerbung! Wir möchten Sie gern in einem ersten Video-Interview kennenlernen.\n\nIhr Termin: Do., 13. Sep. 2029 · 14:00–15:00 (MESZ)\nOrt: Microsoft Teams (der Link folgt per Kalendereinladung)\nTeilnehmende: Jonas Krüger (Team Lead Analytics), Ilka Sommer (Talent Acquisition)\n\nSie können den Termin über den Button unten bestätigen oder verschieben.\n\nBeste Grüße\nIlka Sommer\n\nMessestadt Data Solutions GmbH · Querstraße 18 · 04103 Leipzig\nAmtsgericht Leipzig HRB 39876 · Geschäftsführer: Ralf Oehme\nPowered by Personio',
    expect: [{ kind: 'interview', by: '2029-09-13', time: '14:00' }],
  },
  {
    ...INN_TUE,
    text: 'Servus Lukas,\n\nmerci für das gute Telefonat gestern! Unser Werkstattleiter Hannes würde dich gern persönlich kennenlernen. Würde dir Freitag nächste Woche um 9 Uhr passen? Wir sind in der Grabenweg 62, gleich neben der Tankstelle.\n\nLG\nSabrina\nTiroler Karosseriebau GmbH\n+43 512 34 56 78',
    expect: [{ kind: 'interview', by: '2029-09-21', time: '09:00' }],
  },
  {
    ...DUS_THU,
    text: 'Sehr geehrter Herr Özdemir,\n\nleider muss ich unser für morgen geplantes Gespräch kurzfristig absagen, da unsere Abteilungsleiterin erkrankt ist. Ich melde mich, sobald ich einen neuen Termin mit dem Fachbereich abgestimmt habe.\n\nMit freundlichen Grüßen\nKatja Brenner\nPersonalreferentin\nRheinbogen Logistik GmbH · Kaistraße 7 · 40221 Düsseldorf\nAmtsgericht Düsseldorf HRB 87123',
    expect: [],
  },
  {
    ...BRN_WED,
    text: 'Guten Tag Frau Aebischer\n\nAufgrund einer Terminkollision bei unserem Bereichsleiter möchte ich Sie fragen: Wäre es möglich, unser Gespräch von Donnerstag auf Montag, 17.09., 13:30 Uhr zu verlegen? Ort und Teilnehmende bleiben gleich.\n\nFreundliche Grüsse\nDaniela Wyss\nHR-Fachfrau\nAare Energie AG · Viktoriaplatz 2 · 3013 Bern\n+41 31 330 12 12',
    expect: [{ kind: 'interview', by: '2029-09-17', time: '13:30' }],
  },
  {
    ...DRS_FRI,
    text: 'Liebe Frau Hentschel,\n\nvielen Dank für Ihre Geduld. Die Gespräche mit den übrigen Kandidatinnen und Kandidaten finden am 18. und 19. September statt; im Anschluss treffen wir zügig eine Entscheidung.\n\nHerzliche Grüße\nMaik Richter\nElbtal Halbleiter GmbH · Manfred-von-Ardenne-Ring 20 · 01099 Dresden',
    expect: [],
  },
  {
    ...LEJ_MON,
    text: 'Statusänderung Ihrer Bewerbung\n\nStelle: Sachbearbeiter Kreditoren (m/w/d)\nStatus: In Prüfung\nNächster Schritt: Rückmeldung durch die Fachabteilung bis 28.09.2029\n\nSie können den Stand Ihrer Bewerbung jederzeit in Ihrem Kandidatenportal einsehen.\n\nMitteldeutsche Wohnbau eG · Karl-Liebknecht-Str. 45 · 04275 Leipzig\nGenossenschaftsregister Leipzig GnR 412',
    expect: [{ kind: 'response-by', by: '2029-09-28' }],
  },
  {
    ...INN_TUE,
    text: 'Sehr geehrte Frau Mair,\n\nwir bestätigen den Eingang Ihrer Bewerbung für die Stelle „Pflegeassistenz (m/w/d)“. Nach Ende der Ausschreibungsfrist am 21.09. geben wir Ihnen binnen 14 Tagen Bescheid, ob wir Sie zu einem Gespräch einladen.\n\nMit freundlichen Grüßen\nPersonalabteilung\nTirol Kliniken Verwaltungs GmbH · Anichstraße 35 · 6020 Innsbruck\nFN 123456 a · LG Innsbruck',
    expect: [{ kind: 'response-by', by: '2029-10-05' }],
  },
  {
    ...DUS_THU,
    text: 'Hallo Herr Yilmaz,\n\ndanke für Ihre Nachfrage. Die Abstimmung mit dem Kunden läuft noch. Wir melden uns bei Ihnen, sobald wir mehr wissen – erfahrungsgemäß kann das etwas dauern.\n\nViele Grüße\nKatja Brenner\nRheinbogen Logistik GmbH',
    expect: [],
  },
  {
    ...DRS_FRI,
    text: 'Sehr geehrter Herr Wolf,\n\nherzlichen Dank für Ihren Besuch am Mittwoch. Eine Rückmeldung, ob es für Sie weitergeht, bekommen Sie – vorbehaltlich der Zustimmung des Betriebsrats – voraussichtlich Anfang Oktober.\n\nMit freundlichen Grüßen\nMaik Richter\nElbtal Halbleiter GmbH',
    // Corrected after the first run: "Anfang Oktober" is "at the beginning of" a month in TIMELINE-CONVENTIONS.md (the
    // 5th), as earlier German rows read it, not "early" (the 10th).
    expect: [{ kind: 'response-by', by: '2029-10-05', fuzzy: true }],
  },
  {
    ...BRN_WED,
    text: 'Sehr geehrte Damen und Herren\n\nVielen Dank für Ihre Bewerbung und Ihr Interesse an der Aare Energie AG. Aufgrund der grossen Zahl an Bewerbungen bitten wir Sie, bis zum Abschluss des Auswahlverfahrens Ende September von Nachfragen abzusehen.\n\nFreundliche Grüsse\nHR Services · Aare Energie AG',
    expect: [{ kind: 'no-contact-before', by: '2029-09-30', fuzzy: true }],
  },
  {
    ...INN_TUE,
    text: 'Automatische Antwort\n\nGuten Tag,\n\nich befinde mich derzeit in Elternzeit. Ab dem 1. Oktober bin ich wieder für Sie da. Ihre Nachricht wird nicht weitergeleitet; bei Fragen zu Bewerbungen schreiben Sie bitte an karriere@tirol-kliniken.at.\n\nMit freundlichen Grüßen\nVerena Gasser',
    expect: [{ kind: 'no-contact-before', by: '2029-10-01' }],
  },
  {
    ...DUS_THU,
    text: 'Sehr geehrte Frau Nowicki,\n\nwir haben Ihre Unterlagen erhalten und leiten sie an die zuständige Fachabteilung weiter. Bitte beachten Sie, dass unsere Service-Hotline leider keine Fragen zu laufenden Bewerbungsverfahren beantworten kann.\n\nFreundliche Grüße\nRecruiting\nRheinische Stadtwerke AG · Höherweg 100 · 40233 Düsseldorf',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...DRS_FRI,
    text: 'Ihre Bewerbung als Prozessingenieur\n\nSehr geehrter Herr Lindner,\n\nwir danken Ihnen für Ihr Interesse und die Zeit, die Sie in das Auswahlverfahren investiert haben. Nach reiflicher Überlegung haben wir uns entschieden, die Stelle anderweitig zu besetzen.\n\nFür Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.\n\nMit freundlichen Grüßen\nElbtal Halbleiter GmbH\nPersonalabteilung',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...LEJ_MON,
    text: 'Sehr geehrte Frau Baranowski,\n\nnach den sehr guten Gesprächen freuen wir uns, Ihnen die Position als Junior Data Analyst zu einem Bruttojahresgehalt von 52.000 € anbieten zu dürfen. Den Vertragsentwurf finden Sie im Anhang. Wir bitten um Ihre Rückmeldung bis zum 21.09.\n\nBeste Grüße\nIlka Sommer\nMessestadt Data Solutions GmbH',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...BRN_WED,
    text: 'Newsletter Lehrstellen 2030\n\nLiebe Jugendliche, liebe Eltern\n\nAm Samstag, 22.09., öffnen wir von 10–14 Uhr unsere Werkstätten: Tag der offenen Tür mit Speed-Interviews mit unseren Berufsbildnern. Eine Anmeldung ist nicht nötig.\n\nAare Energie AG · Berufsbildung\nNewsletter abbestellen',
    expect: [],
  },
  {
    ...DUS_THU,
    text: 'Hi Deniz, schau mal, das wäre doch was für dich!\n\n---------- Weitergeleitete Nachricht ----------\nStellenangebot: Teamleitung Kundenservice (m/w/d)\nIhre Bewerbung richten Sie bitte über unser Karriereportal an uns. Bewerbungsschluss ist der 30.09.2029. Die Vorstellungsgespräche finden voraussichtlich in der KW 41 statt.\nRheinische Stadtwerke AG',
    expect: [],
  },
  {
    ...INN_TUE,
    text: 'Bewerbung als Controllerin – Unterlagen\n\nSehr geehrte Frau Gasser,\n\nanbei sende ich Ihnen wie besprochen meine Zeugnisse. Ich stehe ab dem 1. Oktober zur Verfügung und würde mich über eine Einladung zum Gespräch in den nächsten Wochen sehr freuen.\n\nMit freundlichen Grüßen\nTheresa Mair\nTel. +43 660 123 45 67',
    expect: [],
  },
  {
    ...LEJ_MON,
    text: 'Terminbestätigung: Bewerbungsfotos\n\nHallo Frau Baranowski,\n\nhiermit bestätigen wir Ihren Termin am Samstag, 15.09.2029, um 11:00 Uhr in unserem Studio. Bitte planen Sie ca. 45 Minuten ein.\n\nIhr Team vom Fotostudio Lichtblick\nGottschedstraße 9 · 04109 Leipzig · USt-IdNr. DE298765432',
    expect: [],
  },
];

/** Round 139b: Spanish recruiter mail, written after rounds 136–138's fixes. */
export const ROUND_139B_ES: readonly PhraseRow[] = [
  {
    ...BUE_MON,
    text: '¡Felicitaciones! Fuiste preseleccionado/a\n\nHola Martín:\n\nRevisamos tu postulación para Analista de Soporte IT y queremos conocerte.\n\nEntrevista: lunes 17/09/2029 – 15:30 hs\nLugar: Av. Corrientes 1234, piso 5, CABA\nPreguntar por: Lucía Benítez (RR. HH.)\n\nPor favor, confirmá tu asistencia desde la plataforma.\n\nSaludos,\nEquipo de Selección\nPampa Tech S.R.L. · CUIT 30-71234567-8',
    expect: [{ kind: 'interview', by: '2029-09-17', time: '15:30' }],
  },
  {
    ...BOG_TUE,
    text: 'Buenos días, señor Cárdenas:\n\nReciba un cordial saludo. Su hoja de vida fue seleccionada para continuar en el proceso de Coordinador de Bodega. ¿Le queda bien el jueves 13 a las 8 a. m. para una entrevista virtual por Google Meet?\n\nQuedo atenta a su respuesta.\n\nAndrea Villamizar\nAnalista de Talento Humano\nDistribuidora Andina S.A.S. · NIT 900.123.456-7\nCalle 93 # 11-26, Bogotá · PBX 601 744 5500',
    expect: [{ kind: 'interview', by: '2029-09-13', time: '08:00' }],
  },
  {
    ...GDL_THU,
    text: 'Estimado Lic. Pérez:\n\nPor un tema de agenda del gerente de planta, le solicito reprogramar su entrevista para el martes 18 a las 10:00, en las mismas instalaciones. Una disculpa por el cambio.\n\nSaludos cordiales,\nKarla Ibarra\nReclutamiento · Tequila Azul S.A. de C.V.\nAv. Vallarta 6503, Zapopan, Jal.',
    expect: [{ kind: 'interview', by: '2029-09-18', time: '10:00' }],
  },
  {
    ...VLC_WED,
    text: 'Hola, Clara:\n\nTe escribo para avisarte de que la entrevista prevista para el viernes queda suspendida hasta nuevo aviso, ya que la dirección está revisando la estructura del departamento. En cuanto sepamos algo, te lo comunicaremos.\n\nUn saludo,\nVicent Ferrer\nRecursos Humanos · Turia Cerámicas, S.L.',
    expect: [],
  },
  {
    ...BUE_MON,
    text: 'Hola Sofi, ¿cómo andás?\n\nGracias por mandar el portfolio. Para la entrevista con el equipo de diseño tenemos disponibilidad el martes 18 por la mañana o el jueves 20 por la tarde. ¿Qué te queda mejor?\n\nAbrazo,\nNico\nPeople · Pampa Tech',
    expect: [],
  },
  {
    ...BIO_FRI,
    text: 'Egun on, Ane:\n\nGracias por inscribirte en nuestra oferta de Técnica de Calidad. Te informamos de que el proceso de selección tiene una duración aproximada de tres semanas e incluye una entrevista telefónica, una prueba técnica y una entrevista final.\n\nUn saludo,\nDepartamento de Personas\nNervión Industrial, S.A. · CIF A-48123456 · Alameda Urquijo 10, 48008 Bilbao',
    expect: [{ kind: 'response-by', by: '2029-10-05', fuzzy: true }],
  },
  {
    ...GDL_THU,
    text: 'Hola Daniel,\n\n¡Buenas noticias! El comité aprobó tu contratación como Ingeniero de Procesos. Te mando la propuesta económica a más tardar el miércoles para que la revises con calma.\n\nSaludos,\nKarla Ibarra\nTequila Azul S.A. de C.V. · RFC TAZ050101AB2',
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2029-09-19' },
    ],
  },
  {
    ...BOG_TUE,
    text: 'Apreciado(a) aspirante:\n\nLe informamos que su postulación a la convocatoria 045-2029 fue recibida. Una vez concluida la etapa de entrevistas, el 21 de septiembre, comunicaremos los resultados en un plazo máximo de cinco días hábiles.\n\nCordialmente,\nOficina de Talento Humano\nInstituto Distrital de Cultura · Bogotá D.C.',
    expect: [{ kind: 'response-by', by: '2029-09-28' }],
  },
  {
    ...VLC_WED,
    text: 'Hola:\n\nHemos recibido tu consulta. Por favor, evita contactarnos antes del 24 de septiembre: estamos recibiendo un volumen muy alto de candidaturas y las revisamos por orden de llegada.\n\nGracias por tu comprensión,\nEquipo de Talento · Turia Cerámicas, S.L.',
    expect: [{ kind: 'no-contact-before', by: '2029-09-24' }],
  },
  {
    ...BIO_FRI,
    text: 'Respuesta automática\n\nKaixo, gracias por tu correo. Me encuentro de viaje de trabajo y regreso el lunes 17 de septiembre. Si es urgente, escribe a pertsonak@nervion.eus.\n\nMiren Etxeberria',
    expect: [{ kind: 'no-contact-before', by: '2029-09-17' }],
  },
  {
    ...BUE_MON,
    text: 'Respuesta automática: Postulación Analista Contable\n\nHola, estoy de licencia hasta el viernes 14 de septiembre (incluido). Tu mensaje será respondido a mi regreso.\n\nGracias,\nLucía Benítez',
    expect: [{ kind: 'no-contact-before', by: '2029-09-15' }],
  },
  {
    ...GDL_THU,
    text: 'Estimada candidata:\n\nGracias por su interés en Tequila Azul. Su solicitud está siendo evaluada. Le pedimos amablemente no llamar a nuestras oficinas para consultar el resultado del proceso; nosotros la contactaremos por este medio.\n\nAtentamente,\nReclutamiento',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...VLC_WED,
    text: 'Estimado Sr. Llorens:\n\nLe agradecemos sinceramente su participación en el proceso. Tras valorar detenidamente todas las candidaturas, hemos decidido avanzar con otros perfiles que se ajustan más a las necesidades actuales del puesto.\n\nLe deseamos mucho éxito.\n\nAtentamente,\nRecursos Humanos · Turia Cerámicas, S.L. · CIF B-46123456',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...BOG_TUE,
    text: 'Señora Restrepo:\n\nNos complace ofrecerle el cargo de Analista Contable en Distribuidora Andina S.A.S., con un salario mensual de $4.800.000. Le agradecemos confirmar su aceptación antes del 17 de septiembre.\n\nCordialmente,\nAndrea Villamizar\nTalento Humano',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...BUE_MON,
    text: 'Nuevos avisos para vos: «Administrativo CABA»\n\nAdministrativo/a de Cuentas a Pagar – Río de la Plata Seguros\nCABA · Full time · Publicado el 10/09/2029 · Vence: 30/09/2029\n\nAuxiliar Administrativo – Estudio Contable Paz\nVicente López · Part time\n\nVer todos | Dejar de recibir estas alertas',
    expect: [],
  },
  {
    ...GDL_THU,
    text: 'Bolsa de Trabajo Universitaria\n\nTe invitamos al Taller de CV y simulación de entrevistas: jueves 20 de septiembre, 18:00 h, Auditorio del CUCEA. Cupo limitado, regístrate en línea.\n\nCoordinación de Vinculación',
    expect: [],
  },
  {
    ...VLC_WED,
    text: 'Confirmación de pedido n.º 2029-88314\n\nCurso online «Supera tu entrevista de trabajo»\nFecha de compra: 12/09/2029\nImporte: 29,00 € (IVA incluido)\nAcceso disponible hasta el 12/12/2029\n\nFormaPlus Academia, S.L. · CIF B-98765432',
    expect: [],
  },
  {
    ...BIO_FRI,
    text: 'Hola, Iker:\n\nTe adjunto mi CV actualizado como me pediste. Tengo disponibilidad para la entrevista el martes o el miércoles por la mañana; dime qué día os viene mejor.\n\nUn saludo,\nAne Zubiri\n688 123 456',
    expect: [],
  },
];

/** Round 139c: French recruiter mail, written after rounds 136–138's fixes. */
export const ROUND_139C_FR: readonly PhraseRow[] = [
  {
    ...TLS_MON,
    text: 'Rendez-vous confirmé ✅\n\nBonjour Léa,\n\nVotre entretien avec Garonne Aéro Services pour le poste de Technicienne méthodes est confirmé.\n\nQuand : jeudi 13 septembre 2029, 11:00 – 11:45 (heure de Paris)\nOù : Google Meet – le lien vous sera envoyé la veille\nAvec : Romain Castaing, Responsable méthodes\n\nBesoin de changer ? Reprogrammer | Annuler\n\nGaronne Aéro Services SAS · RCS Toulouse 834 567 890\nEnvoyé via Welcome to the Jungle',
    expect: [{ kind: 'interview', by: '2029-09-13', time: '11:00' }],
  },
  {
    ...QC_THU,
    text: "Salut Maxime,\n\nMerci pour ta candidature au poste de conseiller aux ventes! Es-tu disponible mardi prochain à 13 h pour un appel d'une vingtaine de minutes avec Geneviève, notre directrice régionale?\n\nÀ bientôt,\nÉmilie Côté\nRecrutement · Quincaillerie Laurentide inc.\n418 555-0142",
    expect: [{ kind: 'interview', by: '2029-09-18', time: '13:00' }],
  },
  {
    ...BOD_TUE,
    text: 'Madame Lacoste,\n\nNous devons malheureusement déplacer votre entretien du vendredi 14 septembre, notre directeur financier étant retenu à Paris. Pourriez-vous plutôt vous présenter le lundi 17 septembre à 10h30 ?\n\nAvec nos excuses,\n\nCécile Dupuy\nAssistante RH\nChâteaux & Domaines du Médoc SAS\n12 cours du Chapeau-Rouge, 33000 Bordeaux\nSIRET 423 456 789 00031',
    expect: [{ kind: 'interview', by: '2029-09-17', time: '10:30' }],
  },
  {
    ...LUX_WED,
    text: "Monsieur Schmit,\n\nNous vous informons que le poste de gestionnaire de fonds ayant été pourvu en interne, nous annulons l'entretien prévu le 18 septembre. Nous vous remercions de l'intérêt porté à notre établissement.\n\nVeuillez agréer, Monsieur, nos salutations distinguées.\n\nRessources humaines\nBanque Alzette S.A. · RCS Luxembourg B 123456",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...LAU_FRI,
    text: "Salut Noémie,\n\nMerci pour ton dossier ! Pour un premier échange, voici mes disponibilités : mardi 18 de 9h à 12h, ou jeudi 20 après 14h. Dis-moi ce qui t'arrange !\n\nBelle fin de semaine,\nLoïc\nTalent Partner · Vaudoise Digital Sàrl",
    expect: [],
  },
  {
    ...DKR_FRI,
    text: "Bonjour Monsieur Ndiaye,\n\nNous accusons réception de votre candidature au poste de Chef comptable. Nous recevons actuellement les candidats présélectionnés ; les entretiens se poursuivront jusqu'au 21 septembre.\n\nCordialement,\nDirection des Ressources Humaines\nSénégal Agro-Industries SA · NINEA 0012345678 · Route de Rufisque, Dakar",
    expect: [],
  },
  {
    ...TLS_MON,
    text: "Bonjour Monsieur Vidal,\n\nMerci pour votre candidature. Pour votre information, le processus comprend deux entretiens et une étude de cas ; la décision finale intervient en principe sous trois semaines.\n\nBien cordialement,\nL'équipe RH\nGaronne Aéro Services SAS",
    expect: [{ kind: 'response-by', by: '2029-10-01' }],
  },
  {
    ...BOD_TUE,
    text: "Madame, Monsieur,\n\nVotre candidature a bien été enregistrée. Les candidats retenus seront contactés dans les dix jours ouvrés suivant la clôture de l'offre, le samedi 15 septembre.\n\nBordeaux Métropole – Direction de l'emploi\nEsplanade Charles-de-Gaulle, 33045 Bordeaux Cedex",
    expect: [{ kind: 'response-by', by: '2029-09-28' }],
  },
  {
    ...LUX_WED,
    text: "Bonjour Madame Weber,\n\nMerci pour votre patience. Le comité n'a pas encore arrêté son choix. Sans pouvoir m'engager sur une date précise, je pense pouvoir vous faire un retour d'ici la fin du mois.\n\nBien à vous,\nSandrine Muller\nBanque Alzette S.A.",
    expect: [{ kind: 'response-by', by: '2029-09-30' }],
  },
  {
    ...TLS_MON,
    text: "Bonjour,\n\nNous avons bien reçu votre message. Nous vous remercions de ne pas solliciter nos équipes avant l'annonce des résultats, prévue le 28 septembre.\n\nCordialement,\nService recrutement · Occitanie Ingénierie",
    expect: [{ kind: 'no-contact-before', by: '2029-09-28' }],
  },
  {
    ...DKR_FRI,
    text: "Réponse automatique\n\nBonjour,\n\nJe suis en mission jusqu'au mercredi 19 septembre inclus, avec un accès limité à ma messagerie.\n\nCordialement,\nAïssatou Diallo\nSénégal Agro-Industries SA",
    expect: [{ kind: 'no-contact-before', by: '2029-09-20' }],
  },
  {
    ...LAU_FRI,
    text: 'Bonjour Madame Favre,\n\nBien reçu vos documents, merci. Pour information, je serai absente du 24 septembre au 5 octobre ; ma collègue Mme Python assurera le suivi des dossiers pendant cette période.\n\nMeilleures salutations,\nCarole Jaquier\nVaudoise Digital Sàrl',
    expect: [],
  },
  {
    ...BOD_TUE,
    text: 'Madame,\n\nNous accusons réception de votre candidature. Celle-ci sera examinée par le service concerné. Merci de ne pas téléphoner au standard pour connaître la suite donnée à votre candidature : une réponse vous sera adressée par écrit.\n\nChâteaux & Domaines du Médoc SAS',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...QC_THU,
    text: "Bonjour Monsieur Pelletier,\n\nMerci d'avoir pris le temps de nous rencontrer. Votre profil a retenu toute notre attention; toutefois, nous avons privilégié une candidature plus proche de nos besoins actuels.\n\nNous vous souhaitons bon succès dans vos démarches.\n\nÉmilie Côté\nQuincaillerie Laurentide inc.",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...LUX_WED,
    text: "Monsieur Hoffmann,\n\nJ'ai le plaisir de vous annoncer que vous avez été retenu pour le poste de contrôleur financier. Nous vous adresserons la proposition de contrat d'ici lundi.\n\nBien cordialement,\nSandrine Muller\nRessources humaines · Banque Alzette S.A.",
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2029-09-17' },
    ],
  },
  {
    ...TLS_MON,
    text: '12 nouvelles offres pour « Technicien méthodes »\n\nTechnicien méthodes aéronautique H/F – Blagnac (31)\nCDI · Publiée le 09/09/2029 · Date limite de candidature : 05/10/2029 · Entretiens à partir du 15/10\n\nTechnicien industrialisation H/F – Colomiers (31)\n\nVoir les offres · Modifier mon alerte · Se désabonner\nHellowork',
    expect: [],
  },
  {
    ...DKR_FRI,
    text: "Forum virtuel de l'emploi – mercredi 19 septembre, de 10h à 17h (GMT)\n\nPlus de 50 recruteurs vous attendent pour des entretiens flash en visio. Inscrivez-vous gratuitement et déposez votre CV avant le 17 septembre.\n\nEmploi Sénégal · Se désinscrire",
    expect: [],
  },
  {
    ...QC_THU,
    text: "Merci Julien, c'est noté.\n\nÉmilie\n\nLe mer. 12 sept. 2029 à 21 h 14, Julien Roy <julien.roy@videotron.ca> a écrit :\n> Bonjour Madame Côté,\n> Je me permets de vous relancer au sujet de ma candidature. Je reste disponible pour une entrevue jeudi ou vendredi.\n> Julien",
    expect: [],
  },
  {
    ...BOD_TUE,
    text: "Bonjour Madame Lacoste,\n\nSuite à votre acceptation de notre proposition, votre visite médicale d'embauche est fixée au mardi 25 septembre à 8h30, au centre de santé au travail, 5 rue Judaïque.\n\nCordialement,\nCécile Dupuy\nChâteaux & Domaines du Médoc SAS",
    expect: [],
  },
];
