// The ninth held-out rounds of issue 13 in German, Spanish and French (rounds 101–103): whole messages written
// fresh after the layouts and wording of real templates (Personio, softgarden, StepStone, InfoJobs, Computrabajo,
// Bumeran, Workday, Welcome to the Jungle, APEC and HelloWork mails, HR-blog invitation, postponement,
// acknowledgement and rejection templates, Outlook, Gmail and Apple Mail quote headers, auto-replies), rewritten
// with our own names, companies and dates: signatures with phone numbers and addresses, Handelsregister, FN, CIF/NIT,
// SIRET, BCE and IDE lines, RGPD/DSGVO/LOPDGDD notes, ATS label–value fields, Swiss, Austrian, Belgian, Québec,
// Colombian, Chilean, Uruguayan and Mexican variants, formal and informal registers. About 40 % are negatives of the
// kind real inboxes hold. Each row's answer was written from TIMELINE-CONVENTIONS.md BEFORE the engine read it; the
// first-run figures are in FIRST_RUN.
import type { PhraseRow } from './phrases.table';

// Monday 4 October 2027, 09:40 in Berlin.
const BER_MON = { sentAt: '2027-10-04T09:40:00+02:00', tz: 'Europe/Berlin' } as const;
// Tuesday 5 October 2027, 11:10 in Vienna.
const VIE_TUE = { sentAt: '2027-10-05T11:10:00+02:00', tz: 'Europe/Vienna' } as const;
// Wednesday 6 October 2027, 15:25 in Zurich.
const ZRH_WED = { sentAt: '2027-10-06T15:25:00+02:00', tz: 'Europe/Zurich' } as const;
// Thursday 7 October 2027, 08:55 in Cologne.
const CGN_THU = { sentAt: '2027-10-07T08:55:00+02:00', tz: 'Europe/Berlin' } as const;
// Friday 8 October 2027, 14:30 in Leipzig.
const LEJ_FRI = { sentAt: '2027-10-08T14:30:00+02:00', tz: 'Europe/Berlin' } as const;

// Monday 4 October 2027, 10:05 in Madrid.
const MAD_MON = { sentAt: '2027-10-04T10:05:00+02:00', tz: 'Europe/Madrid' } as const;
// Tuesday 5 October 2027, 09:20 in Bogotá.
const BOG_TUE = { sentAt: '2027-10-05T09:20:00-05:00', tz: 'America/Bogota' } as const;
// Wednesday 6 October 2027, 12:45 in Santiago de Chile.
const SCL_WED = { sentAt: '2027-10-06T12:45:00-03:00', tz: 'America/Santiago' } as const;
// Thursday 7 October 2027, 17:15 in Barcelona.
const BCN_THU = { sentAt: '2027-10-07T17:15:00+02:00', tz: 'Europe/Madrid' } as const;
// Friday 8 October 2027, 10:30 in Montevideo.
const MVD_FRI = { sentAt: '2027-10-08T10:30:00-03:00', tz: 'America/Montevideo' } as const;
// Friday 8 October 2027, 11:00 in Monterrey.
const MTY_FRI = { sentAt: '2027-10-08T11:00:00-06:00', tz: 'America/Monterrey' } as const;

// Monday 4 October 2027, 09:30 in Paris.
const PAR_MON = { sentAt: '2027-10-04T09:30:00+02:00', tz: 'Europe/Paris' } as const;
// Tuesday 5 October 2027, 16:50 in Lyon.
const LYS_TUE = { sentAt: '2027-10-05T16:50:00+02:00', tz: 'Europe/Paris' } as const;
// Wednesday 6 October 2027, 11:15 in Montréal.
const YUL_WED = { sentAt: '2027-10-06T11:15:00-04:00', tz: 'America/Toronto' } as const;
// Thursday 7 October 2027, 13:40 in Liège.
const LGG_THU = { sentAt: '2027-10-07T13:40:00+02:00', tz: 'Europe/Brussels' } as const;
// Friday 8 October 2027, 08:10 in Lausanne.
const LSN_FRI = { sentAt: '2027-10-08T08:10:00+02:00', tz: 'Europe/Zurich' } as const;

/** Round 101: German recruiter mail and ATS templates, ninth unseen round. */
export const ROUND_101_DE: readonly PhraseRow[] = [
  {
    ...BER_MON,
    text: 'Einladung zum Kennenlernen: Junior Product Manager (m/w/d)\n\nLiebe Frau Hartmann,\n\nherzlichen Dank für Ihre Bewerbung über unser Karriereportal. Wir haben uns Ihre Unterlagen angesehen und würden Sie gerne in einem ersten Gespräch näher kennenlernen.\n\nTermin: Donnerstag, 14.10.2027\nUhrzeit: 10:30 – 11:30 Uhr\nFormat: Microsoft Teams (den Link erhalten Sie in einer separaten Kalendereinladung)\nIhre Gesprächspartner: Jana Reimers (Head of Product), Ole Brinkmann (People & Culture)\n\nBitte bestätigen Sie uns den Termin kurz per Antwort auf diese E-Mail.\n\nViele Grüße aus Kreuzberg\nOle Brinkmann\nPeople & Culture\n\nSpreeport Software GmbH · Köpenicker Straße 154 · 10997 Berlin\nAmtsgericht Charlottenburg, HRB 198765 B · Geschäftsführer: Jan-Philipp Roth, Dr. Aylin Kaya\nHinweise zum Datenschutz für Bewerbende: spreeport.de/datenschutz',
    expect: [{ kind: 'interview', by: '2027-10-14', time: '10:30' }],
  },
  {
    ...ZRH_WED,
    text: 'Hoi Lara\n\nMerci vielmal für das gute Telefonat vorhin! Wie besprochen sehen wir uns am Dienstag um 14 Uhr bei uns an der Hardstrasse 201 – einfach beim Empfang im Erdgeschoss melden, ich komme dich dann abholen.\n\nEs Grüessli\nNadja\n\nNadja Wyss | Recruiterin\nLimmatbyte AG | Hardstrasse 201 | 8005 Zürich\nT +41 44 512 33 90',
    expect: [{ kind: 'interview', by: '2027-10-12', time: '14:00' }],
  },
  {
    ...CGN_THU,
    text: 'AW: Vorstellungsgespräch Sachbearbeitung Lohn und Gehalt\n\nSehr geehrter Herr Gashi,\n\nleider müssen wir unser für morgen, Freitag, 8. Oktober, angesetztes Gespräch kurzfristig verschieben, da unsere Personalleiterin erkrankt ist. Wäre es Ihnen stattdessen am Mittwoch, dem 13. Oktober, um 9:30 Uhr möglich?\n\nWir bitten die Unannehmlichkeiten zu entschuldigen.\n\nMit freundlichen Grüßen\ni. A. Sabine Kürten\nPersonalwesen\nRheinhafen Logistik GmbH & Co. KG · Deutz-Mülheimer Str. 30 · 50679 Köln\nSitz Köln, Amtsgericht Köln HRA 31245',
    expect: [{ kind: 'interview', by: '2027-10-13', time: '09:30' }],
  },
  {
    ...LEJ_FRI,
    text: 'Guten Tag Frau Seidel,\n\nfür das Zweitgespräch mit unserem Werkleiter buchen Sie sich bitte selbst einen passenden Termin über den folgenden Link. Freie Zeitfenster gibt es am Montag, 11.10., und am Dienstag, 12.10., jeweils zwischen 9 und 12 Uhr.\n\nhttps://termine.example-recruiting.de/sachsenguss/zweitgespraech\n\nFreundliche Grüße\nIhr Recruiting-Team\nSachsenguss Leipzig GmbH',
    expect: [],
  },
  {
    ...BER_MON,
    text: 'Wir haben Ihre Bewerbung erhalten\n\nHallo Herr Yilmaz,\n\nvielen Dank für Ihr Interesse an der Position Fullstack Developer bei Spreeport Software. Ihre Bewerbung ist vollständig bei uns eingegangen und wird nun von unserem Fachbereich geprüft.\n\nDie Vorstellungsgespräche für diese Stelle planen wir in der KW 43. Wir werden uns in den nächsten 14 Tagen bei Ihnen zurückmelden – egal, wie unsere Entscheidung ausfällt.\n\nViele Grüße\nIhr Spreeport Talent Team\n\nDiese Nachricht wurde über softgarden versendet.',
    expect: [{ kind: 'response-by', by: '2027-10-18' }],
  },
  {
    ...LEJ_FRI,
    text: 'Ihr Angebot: Projektassistenz Kommunale Energieberatung\n\nSehr geehrte Frau Brandt,\n\nnochmals vielen Dank für das angenehme Gespräch am Montag. Wir freuen uns sehr, Ihnen die Stelle als Projektassistentin anbieten zu können!\n\nBitte teilen Sie uns bis zum 15.10.2027 mit, ob Sie das Angebot annehmen. Den Arbeitsvertrag erhalten Sie dann umgehend nach Ihrer Zusage.\n\nMit freundlichen Grüßen\nDr. Frank Oelschläger\nGeschäftsführer\nEnergieagentur Mitteldeutschland gGmbH · Amtsgericht Leipzig HRB 40112',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...CGN_THU,
    text: 'Sehr geehrter Herr Gashi,\n\nwir freuen uns, Sie zur zweiten Runde einzuladen. Das Gespräch mit unserer Geschäftsleitung ist für Mittwoch, den 20. Oktober 2027, um 15 Uhr angesetzt und dauert etwa eine Stunde. Innerhalb von fünf Werktagen nach dem Gespräch geben wir Ihnen Bescheid, wie es weitergeht.\n\nMit freundlichen Grüßen\nSabine Kürten\nRheinhafen Logistik GmbH & Co. KG',
    expect: [
      { kind: 'interview', by: '2027-10-20', time: '15:00' },
      { kind: 'response-by', by: '2027-10-27' },
    ],
  },
  {
    ...VIE_TUE,
    text: 'Sehr geehrte Frau Mag. Pichler,\n\ndanke für Ihre Geduld. Derzeit liegen uns noch nicht alle Bewertungen der Kommission vor. Sobald das der Fall ist – wir gehen momentan von Ende Oktober aus –, kommen wir unaufgefordert auf Sie zu.\n\nMit freundlichen Grüßen\nMag. Christoph Eder\nPersonalentwicklung\nDonaustadt Immobilien GmbH · Wagramer Straße 19 · 1220 Wien\nFN 287654 d, Handelsgericht Wien',
    expect: [{ kind: 'response-by', by: '2027-10-31' }],
  },
  {
    ...VIE_TUE,
    text: 'Sehr geehrter Herr Lechner,\n\nvielen Dank für Ihre Nachricht. Das Auswahlverfahren läuft noch; aufgrund der großen Zahl an Bewerbungen ersuchen wir Sie, von telefonischen oder schriftlichen Nachfragen zum Stand vor dem 25. Oktober abzusehen.\n\nMit freundlichen Grüßen\nPersonalabteilung\nDonaustadt Immobilien GmbH',
    expect: [{ kind: 'no-contact-before', by: '2027-10-25' }],
  },
  {
    ...BER_MON,
    // Issue 13, class 6: an absence gives its first day back (an expectation of nothing before the 2026-12-06 ruling).
    text: 'Automatische Antwort: Rückfrage zu meiner Bewerbung\n\nGuten Tag,\n\nich bin vom 4. bis einschließlich 15. Oktober im Urlaub und lese meine E-Mails in dieser Zeit nicht. Ab Montag, 18.10., bin ich wieder für Sie da. In dringenden Fällen wenden Sie sich bitte an jobs@spreeport.de.\n\nBeste Grüße\nOle Brinkmann',
    expect: [{ kind: 'no-contact-before', by: '2027-10-18' }],
  },
  {
    ...CGN_THU,
    text: 'Liebe Bewerberinnen und Bewerber,\n\nbitte haben Sie Verständnis dafür, dass wir Anrufe zum Stand einzelner Bewerbungen grundsätzlich nicht entgegennehmen können. Sie erhalten von uns in jedem Fall eine schriftliche Nachricht.\n\nIhr Team Personalgewinnung\nStadtverwaltung Bergisch Gladbach',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...LEJ_FRI,
    text: 'Hey Max,\n\ndanke dir nochmal für deine Zeit und den coolen Case, den du vorbereitet hast. Wir haben uns die Entscheidung echt nicht leicht gemacht, uns am Ende aber für eine andere Person entschieden, deren Erfahrung noch etwas besser zu dem passt, was wir gerade brauchen.\n\nIch wünsch dir für deine weitere Suche alles Gute!\n\nLiebe Grüße\nPaula\n\nAm Mi., 29. Sept. 2027 um 11:02 Uhr schrieb Paula Weber <paula@plattenbau-studio.de>:\n> Hi Max, dein Interview ist bestätigt: Fr., 1.10., 16 Uhr bei uns im Studio.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...BER_MON,
    text: '5 neue Jobs für Sie: Buchhalter/in Berlin\n\nFinanzbuchhalter (m/w/d) – Havelwerk AG – Berlin-Spandau\nBewerbungsfrist: 31.10.2027 · Eintritt ab 01.01.2028 · Vollzeit\n\nKreditorenbuchhalterin (w/m/d) – Panke Medien GmbH – Berlin\nVorstellungsgespräche laufen bereits – jetzt bewerben!\n\nSie erhalten diese E-Mail aufgrund Ihres Jobagenten bei StepStone. Jobagent verwalten | Abmelden',
    expect: [],
  },
  {
    ...ZRH_WED,
    text: 'Grüezi Herr Meier\n\nIm nächsten Schritt bitten wir Sie, unseren Online-Fähigkeitstest zu absolvieren. Bitte schliessen Sie ihn innerhalb von 72 Stunden nach Erhalt dieser E-Mail ab; die Bearbeitung dauert rund 35 Minuten.\n\nFreundliche Grüsse\nHR Services\nAlpstein Versicherungen AG · CHE-105.987.654',
    expect: [],
  },
  {
    ...VIE_TUE,
    text: 'Einladung: Karriere-Abend in der Seestadt\n\nLiebe Interessierte,\n\nam Donnerstag, 21. Oktober, öffnen wir von 17 bis 20 Uhr unsere Türen: Lernen Sie unsere Teams kennen und führen Sie vor Ort Kurzgespräche mit unseren Führungskräften. Eine Anmeldung ist bis 18.10. erwünscht.\n\nDonaustadt Immobilien GmbH · Employer Branding',
    expect: [],
  },
  {
    ...CGN_THU,
    text: 'Sehr geehrte Frau Kürten,\n\nam 16. September durfte ich mich bei Ihnen für die Stelle im Zollwesen vorstellen. Damals hatten Sie mir eine Rückmeldung innerhalb von zwei Wochen in Aussicht gestellt. Da ich bisher nichts gehört habe, möchte ich höflich nachfragen, ob es bereits Neuigkeiten gibt.\n\nMit freundlichen Grüßen\nDenis Haas\nMobil: 0157 3344 8821',
    expect: [],
  },
  {
    ...VIE_TUE,
    text: 'Sehr geehrter Herr Novak,\n\nwir führen in dieser Woche noch Gespräche mit zwei weiteren Kandidatinnen, die letzten davon am Donnerstag. Anfang kommender Woche melden wir uns dann bei Ihnen.\n\nMit freundlichen Grüßen\nMag. Christoph Eder\nDonaustadt Immobilien GmbH',
    expect: [{ kind: 'response-by', by: '2027-10-13' }],
  },
  {
    ...LEJ_FRI,
    text: 'Eingangsbestätigung – Ausbildung zum Industriemechaniker 2028\n\nSehr geehrter Herr Kraus,\n\nIhre Bewerbung vom 07.10.2027 ist bei uns eingegangen. Die Ausbildung beginnt am 01.08.2028.\n\nHinweis zum Datenschutz: Ihre Bewerberdaten werden sechs Monate nach Abschluss des Verfahrens gelöscht, sofern Sie nicht in eine längere Speicherung eingewilligt haben. Stand der Datenschutzhinweise: 01.05.2027.\n\nSachsenguss Leipzig GmbH · Sitz: Leipzig · Amtsgericht Leipzig HRB 12345 · Geschäftsführung: Uwe Teichert',
    expect: [],
  },
  {
    ...VIE_TUE,
    text: 'Sehr geehrter Herr Hofer,\n\ndas Videointerview mit Dana Price, unserer Head of Engineering in New York, findet am Montag, 11. Oktober, um 10:00 Uhr New Yorker Zeit statt. Die Einwahldaten folgen am Vortag.\n\nMit freundlichen Grüßen\nLisa Gruber\nTalent Acquisition | Donaustadt Immobilien GmbH',
    expect: [{ kind: 'interview', by: '2027-10-11', time: '16:00' }],
  },
  {
    ...CGN_THU,
    text: 'Hallo Frau Öztürk,\n\nleider muss ich unser Gespräch morgen absagen, da Herr Berger krankheitsbedingt ausfällt. Wir melden uns bei Ihnen, sobald wir einen neuen Termin gefunden haben.\n\nViele Grüße\nSabine Kürten\nRheinhafen Logistik',
    expect: [],
  },
  {
    ...LEJ_FRI,
    text: 'Der Status Ihrer Bewerbung hat sich geändert\n\nStelle: Sachbearbeiter/in Fördermittel\nStatus: In Prüfung\nLetzte Aktualisierung: 08.10.2027\n\nLiebe Frau Arnold, wir benötigen für die Auswahl noch etwas Zeit und werden Ihnen spätestens am 22.10.2027 eine Rückmeldung geben.\n\nZum Bewerberportal | Impressum | Datenschutz',
    expect: [{ kind: 'response-by', by: '2027-10-22' }],
  },
];

/** Round 102: Spanish recruiter mail and ATS templates, ninth unseen round. */
export const ROUND_102_ES: readonly PhraseRow[] = [
  {
    ...BCN_THU,
    text: 'Convocatoria a entrevista – Responsable de Almacén\n\nEstimado Sr. Puig:\n\nEn relación con su candidatura a la oferta publicada en InfoJobs, nos complace convocarle a una entrevista presencial el próximo jueves 14 de octubre a las 10:30 h en nuestras oficinas de Passeig de Gràcia 55, 4.ª planta, 08007 Barcelona.\n\nLe rogamos que confirme su asistencia respondiendo a este correo.\n\nAtentamente,\nMontserrat Vila\nDepartamento de Personas\nLogística Diagonal, S.L. – CIF B-65432198\nEn cumplimiento del RGPD y la LOPDGDD, le informamos de que sus datos serán tratados por Logística Diagonal, S.L. con la finalidad de gestionar el proceso de selección.',
    expect: [{ kind: 'interview', by: '2027-10-14', time: '10:30' }],
  },
  {
    ...BOG_TUE,
    text: '¡Hola, Camila!\n\nQué gusto saludarte. Te confirmo la entrevista virtual con Andrés, el gerente de operaciones, para mañana miércoles a las 3:00 p. m. por Teams. Te llega la invitación al correo en un rato.\n\nCualquier cosa me escribes por WhatsApp.\n\nSaludos,\nValentina Ospina\nTalento Humano | Cafetera del Quindío S.A.S. – NIT 901.234.567-8\nCel. 310 555 2211',
    expect: [{ kind: 'interview', by: '2027-10-06', time: '15:00' }],
  },
  {
    ...SCL_WED,
    text: 'Hola Tomás:\n\nTe escribo porque lamentablemente tenemos que reprogramar la entrevista del viernes 8 (el gerente tiene que viajar a Antofagasta). ¿Te acomodaría el lunes 11 a las 12:00 hrs. en vez del viernes?\n\nQuedo atenta,\nFrancisca Muñoz\nAnalista de Reclutamiento – Minera Los Andes SpA\nAv. Apoquindo 3000, piso 14, Las Condes',
    expect: [{ kind: 'interview', by: '2027-10-11', time: '12:00' }],
  },
  {
    ...MVD_FRI,
    text: 'Hola Nico, ¿cómo andás?\n\nTe paso dos opciones para la entrevista con el equipo de desarrollo: el martes 12 a las 10 o el miércoles 13 a las 15 hs. Decime cuál te queda mejor y te mando la invitación.\n\nAbrazo,\nSole\nPeople – Rambla Tech',
    expect: [],
  },
  {
    ...MAD_MON,
    text: 'Hemos recibido tu candidatura\n\nHola, Lucía:\n\nGracias por postular a la vacante de Técnico/a de Marketing Digital. Las entrevistas se harán durante la segunda mitad de octubre; si tu perfil encaja con lo que buscamos, te llamaremos por teléfono para concertar una cita.\n\nMucha suerte,\nEl equipo de Talento de Castellana Media',
    expect: [],
  },
  {
    ...MAD_MON,
    text: 'Estimada Sra. Ortega:\n\nLe agradecemos el interés mostrado en nuestra convocatoria. El plazo de presentación de candidaturas finaliza el 15 de octubre; a partir de esa fecha, la resolución del proceso se comunicará a todas las personas participantes en un plazo máximo de tres semanas.\n\nReciba un cordial saludo,\nÁrea de Recursos Humanos\nFundación Tajo Verde – CIF G-28765432 – C/ Serrano 120, 28006 Madrid',
    expect: [{ kind: 'response-by', by: '2027-11-05' }],
  },
  {
    ...BCN_THU,
    text: 'Hola Jordi,\n\nGràcies! Como te comenté por teléfono, estamos muy contentos de que te incorpores al equipo. Te enviamos la propuesta económica por escrito a más tardar el lunes para que la puedas revisar con calma.\n\nUna abraçada,\nNúria\nPeople Partner | Eixample Apps',
    expect: [{ kind: 'response-by', by: '2027-10-11' }],
  },
  {
    ...MAD_MON,
    text: 'Hola Sergio:\n\nSeguimos pendientes de la aprobación de dirección. En cuanto la tengamos —calculamos que hacia finales de la semana que viene— te escribimos con la respuesta definitiva.\n\nUn saludo,\nIrene Calvo\nSelección – Castellana Media',
    expect: [{ kind: 'response-by', by: '2027-10-15' }],
  },
  {
    ...BOG_TUE,
    text: 'Buenos días, Sr. Restrepo:\n\nPara continuar con su vinculación, le solicitamos cargar los documentos en la plataforma. Recibirá el contrato en un plazo de 48 horas desde que nos envíe la documentación completa.\n\nCordialmente,\nGestión Humana – Cafetera del Quindío S.A.S.',
    expect: [],
  },
  {
    ...MTY_FRI,
    text: 'Estimado Lic. Garza:\n\nAgradecemos su correo. Le pedimos amablemente que no se ponga en contacto con nosotros para consultar el estatus de su postulación antes del 20 de octubre, fecha en la que concluye la etapa de entrevistas.\n\nSaludos cordiales,\nAtracción de Talento\nCementos del Norte, S.A. de C.V.',
    expect: [{ kind: 'no-contact-before', by: '2027-10-20' }],
  },
  {
    ...SCL_WED,
    // Issue 13, class 6: an absence gives its first day back (an expectation of nothing before the 2026-12-06 ruling).
    text: 'Respuesta automática: Fuera de oficina\n\nEstaré fuera de la oficina hasta el lunes 18 de octubre con acceso limitado al correo. Para temas urgentes de reclutamiento, escribe a seleccion@mineralosandes.cl.\n\nFrancisca Muñoz',
    expect: [{ kind: 'no-contact-before', by: '2027-10-18' }],
  },
  {
    ...MAD_MON,
    text: 'Estimado/a candidato/a:\n\nDebido al elevado número de solicitudes, le informamos de que el departamento de selección no dispone de línea telefónica de atención a candidatos; cualquier consulta deberá realizarse a través del formulario de la web.\n\nAtentamente,\nHostelería Gran Vía, S.A.',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...MTY_FRI,
    text: 'Estimado Ing. Salinas:\n\nLe agradecemos sinceramente el tiempo dedicado a las entrevistas. Después de una cuidadosa evaluación, hemos decidido continuar el proceso con otros candidatos cuyo perfil se ajusta más a las necesidades actuales de la posición.\n\nConservaremos su CV en nuestra base de datos para futuras vacantes.\n\nAtentamente,\nLic. Daniela Treviño\nAtracción de Talento – Cementos del Norte, S.A. de C.V.\n\nEl lun, 27 sept 2027 a las 9:12, Daniela Treviño escribió:\n> Ing. Salinas, le confirmo su segunda entrevista el jueves 30 de septiembre a las 11:00.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...BOG_TUE,
    text: '¡Felicitaciones, Mateo!\n\nNos complace ofrecerte el cargo de Analista de Datos en Cafetera del Quindío. En el archivo adjunto encontrarás las condiciones salariales y la fecha de inicio prevista (2 de noviembre).\n\nTe pedimos que nos confirmes tu aceptación antes del 13 de octubre.\n\nUn abrazo,\nValentina Ospina\nTalento Humano',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...MTY_FRI,
    text: 'Nuevas vacantes que coinciden con tu búsqueda\n\nAuxiliar Contable – Grupo Industrial Fundidora – Monterrey, N.L.\nFecha límite de postulación: 20/10/2027 · Incorporación inmediata\n\nEjecutivo de Ventas – Autopartes Cumbres – San Pedro Garza García\nEntrevistas a partir del 18 de octubre\n\nRecibes este correo porque activaste alertas de empleo en Computrabajo. Darte de baja',
    expect: [],
  },
  {
    ...MAD_MON,
    text: 'Hola, Pablo:\n\n¡Enhorabuena, has superado la primera fase! Para continuar, completa la prueba online de razonamiento antes del domingo 10 de octubre a las 23:59 h. Dispones de 40 minutos una vez la inicies.\n\nEquipo de Selección – Banco Meseta',
    expect: [],
  },
  {
    ...SCL_WED,
    text: 'Expo Empleo Santiago 2027\n\nTe esperamos el jueves 21 de octubre de 9:00 a 14:00 hrs. en Espacio Riesco. Más de 60 empresas estarán haciendo entrevistas en el momento: ¡trae tu CV impreso!\n\nInscripción gratuita en expoempleo.example.cl',
    expect: [],
  },
  {
    ...MAD_MON,
    text: 'Buenos días, Sra. Pardo:\n\nLe escribo para preguntarle si hay novedades sobre el puesto de Administrativa Contable. Tras la entrevista del 20 de septiembre me comentó que tendrían una respuesta en unas dos semanas.\n\nQuedo a su disposición.\n\nUn saludo,\nElena Serrano\nTel. 612 345 678',
    expect: [],
  },
  {
    ...SCL_WED,
    text: 'Hola Tomás:\n\nTodavía nos quedan entrevistas con otras dos personas esta semana, así que te damos una respuesta definitiva el martes que viene.\n\nSaludos,\nFrancisca',
    expect: [{ kind: 'response-by', by: '2027-10-12' }],
  },
  {
    ...MAD_MON,
    text: 'Actualización de tu solicitud\n\nPuesto: Analista Financiero/a (R-2027-0917)\nEstado: En revisión\nFecha de solicitud: 02/10/2027\nPróximo paso: te informaremos del resultado en un plazo de 10 días hábiles.\n\nAccede a tu perfil de candidato para ver el detalle. Banco Meseta, S.A. – Workday',
    expect: [{ kind: 'response-by', by: '2027-10-18' }],
  },
];

/** Round 103: French recruiter mail and ATS templates, ninth unseen round. */
export const ROUND_103_FR: readonly PhraseRow[] = [
  {
    ...PAR_MON,
    text: "Entretien – Chargé·e de mission RSE\n\nBonjour Julien,\n\nMerci pour votre candidature via Welcome to the Jungle. Votre parcours nous a beaucoup intéressés et nous avons le plaisir de vous convier à un entretien le mardi 12 octobre 2027 à 14h30 dans nos locaux, 18 rue de la Chaussée-d'Antin, 75009 Paris (interphone « Opéra Conseil », 3e étage).\n\nVous rencontrerez Claire Besson, directrice RSE, et moi-même.\n\nBelle journée,\nMarion Lefort\nTalent Acquisition – Opéra Conseil SAS\nSAS au capital de 80 000 € – RCS Paris 854 321 987 – SIRET 854 321 987 00019\nVos données sont traitées conformément au RGPD ; vous pouvez exercer vos droits à dpo@opera-conseil.fr.",
    expect: [{ kind: 'interview', by: '2027-10-12', time: '14:30' }],
  },
  {
    ...YUL_WED,
    text: "Salut Maxime!\n\nSuper, merci pour ta rapidité. On se voit donc demain à 13 h 30 au bureau (1250, boul. René-Lévesque O., 22e étage). Demande Catherine à l'accueil.\n\nÀ demain!\nCatherine Gagnon\nConseillère principale, acquisition de talents | Boréal Numérique inc.\n514 555-0198",
    expect: [{ kind: 'interview', by: '2027-10-07', time: '13:30' }],
  },
  {
    ...LGG_THU,
    text: "Madame,\n\nPour des raisons indépendantes de notre volonté, nous devons reporter l'entretien qui était prévu ce vendredi 8 octobre. Nous vous proposons de le décaler au lundi 18 octobre à 10h, à la même adresse (Quai de la Batte 12, 4000 Liège).\n\nEn vous priant de nous excuser pour ce changement,\n\nNathalie Dewez\nResponsable RH – Meuse Ingénierie SRL\nBCE 0765.432.109 – Tél. +32 4 222 33 44",
    expect: [{ kind: 'interview', by: '2027-10-18', time: '10:00' }],
  },
  {
    ...LYS_TUE,
    text: "Bonjour Monsieur Roux,\n\nSuite à notre échange téléphonique, pourriez-vous m'indiquer vos disponibilités parmi les créneaux suivants pour un entretien avec le directeur d'agence : mercredi 13/10 à 9h, jeudi 14/10 à 11h ou vendredi 15/10 à 16h ?\n\nBien cordialement,\nAnaïs Girard\nChargée de recrutement – Rhône Travaux Publics",
    expect: [],
  },
  {
    ...PAR_MON,
    text: 'Accusé de réception – Réf. APEC 182734\n\nMadame, Monsieur,\n\nNous accusons réception de votre candidature au poste de responsable administratif et financier. Les entretiens se dérouleront courant novembre. Si votre profil est retenu, notre cabinet prendra contact avec vous par téléphone.\n\nCordialement,\nCabinet Haussmann Recrutement',
    expect: [],
  },
  {
    ...PAR_MON,
    text: "Madame,\n\nNous vous remercions de l'intérêt que vous portez à notre établissement. Quelle que soit l'issue, vous recevrez une réponse dans un délai de trois semaines à compter de la clôture de l'annonce, fixée au 15 octobre.\n\nVeuillez agréer, Madame, l'expression de nos salutations distinguées.\n\nLa Direction des ressources humaines\nCentre hospitalier de Saint-Maur",
    expect: [{ kind: 'response-by', by: '2027-11-05' }],
  },
  {
    ...LSN_FRI,
    text: "Hello Léa,\n\nJe suis ravie de te confirmer que nous souhaitons te recruter comme développeuse front-end ! Je t'envoie la promesse d'embauche signée par la direction au plus tard mercredi.\n\nÀ très vite,\nSophie Rochat\nPeople Partner – Léman Digital SA\nAv. de la Gare 10, 1003 Lausanne – CHE-312.456.789",
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2027-10-13' },
    ],
  },
  {
    ...LYS_TUE,
    text: 'Bonjour Monsieur Roux,\n\nNous attendons encore le retour de deux managers, ce qui devrait nous permettre de revenir vers vous en début de semaine prochaine au plus tard.\n\nCordialement,\nAnaïs Girard\nRhône Travaux Publics – 45 quai Perrache, 69002 Lyon',
    expect: [{ kind: 'response-by', by: '2027-10-13' }],
  },
  {
    ...LGG_THU,
    text: "Bonjour Monsieur Lambert,\n\nUne fois votre dossier administratif complet (copie de la carte d'identité, RIB, diplômes), le contrat vous sera adressé sous 5 jours ouvrables.\n\nCordialement,\nService du personnel – Meuse Ingénierie SRL",
    expect: [],
  },
  {
    ...PAR_MON,
    text: 'Bonjour,\n\nBien reçu votre message. Je vous remercie de ne pas relancer nos équipes avant le 22 octobre, date à laquelle le jury aura terminé ses délibérations.\n\nBien à vous,\nMarion Lefort\nOpéra Conseil',
    expect: [{ kind: 'no-contact-before', by: '2027-10-22' }],
  },
  {
    ...LYS_TUE,
    // Issue 13, class 6: an absence gives its first day back (an expectation of nothing before the 2026-12-06 ruling).
    text: "Réponse automatique\n\nBonjour,\n\nJe suis en congé jusqu'au 15 octobre inclus, sans accès à mes e-mails. Pour toute question relative à une candidature, merci d'écrire à recrutement@rhone-tp.fr.\n\nAnaïs Girard",
    expect: [{ kind: 'no-contact-before', by: '2027-10-16' }],
  },
  {
    ...YUL_WED,
    text: "Bonjour,\n\nMerci de l'intérêt que vous portez à Boréal Numérique. Prenez note qu'aucun suivi de candidature ne peut être fait par téléphone, que ce soit auprès de la réception ou des gestionnaires.\n\nL'équipe Talents",
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...YUL_WED,
    text: "Bonjour Maude,\n\nMerci d'avoir pris le temps de rencontrer notre équipe. Après mûre réflexion, nous avons décidé de poursuivre avec un autre candidat dont l'expérience correspond davantage à nos besoins actuels.\n\nNous te souhaitons le meilleur des succès dans ta recherche.\n\nCatherine Gagnon\nBoréal Numérique inc.\n\nLe 28 sept. 2027 à 09:41, Catherine Gagnon <c.gagnon@boreal-numerique.ca> a écrit :\n> Ton entrevue est confirmée pour le jeudi 30 septembre à 10 h.",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...PAR_MON,
    text: "Madame Benali,\n\nÀ l'issue de nos entretiens, nous avons le plaisir de vous proposer le poste de juriste en droit social au sein de notre cabinet, pour une prise de fonction le 3 janvier 2028.\n\nNous vous remercions de nous faire part de votre décision avant le 15 octobre.\n\nBien cordialement,\nMe Hugo Marchand\nAssocié – Marchand & Vidal Avocats",
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...LYS_TUE,
    text: 'Vos nouvelles offres HelloWork\n\nAssistant(e) de gestion – Saône Énergies – Villeurbanne (69)\nDate limite de candidature : 31/10/2027 · Prise de poste : 03/01/2028\n\nComptable fournisseurs – Groupe Fourvière – Lyon 2e\nEntretiens prévus la semaine du 18 octobre\n\nVous recevez cet e-mail car vous avez créé une alerte. Se désinscrire',
    expect: [],
  },
  {
    ...LGG_THU,
    text: "Bonjour Monsieur Lambert,\n\nDans le cadre de votre candidature, vous avez jusqu'au dimanche 10 octobre minuit pour compléter le questionnaire de personnalité en ligne. Comptez environ 25 minutes.\n\nCordialement,\nMeuse Ingénierie SRL",
    expect: [],
  },
  {
    ...PAR_MON,
    text: "Forum Emploi Paris Est – jeudi 21 octobre\n\nRendez-vous de 14h à 18h à la Halle Pajol pour rencontrer une trentaine d'entreprises qui recrutent. Des entretiens express de 10 minutes vous attendent sur les stands !\n\nEntrée libre, inscription conseillée.",
    expect: [],
  },
  {
    ...PAR_MON,
    text: 'Bonjour Monsieur Caron,\n\nMerci pour votre disponibilité. Nous rencontrons encore deux candidats jeudi et vendredi ; nous reviendrons vers vous juste après, et au plus tard le mardi 12 octobre.\n\nCordialement,\nMarion Lefort\nOpéra Conseil',
    expect: [{ kind: 'response-by', by: '2027-10-12' }],
  },
  {
    ...LSN_FRI,
    text: "Madame,\n\nJe me permets de revenir vers vous au sujet de mon entretien du 28 septembre pour le poste d'assistante de direction. Vous m'aviez indiqué une réponse sous dix jours, et je reste très motivée par cette opportunité.\n\nDans l'attente de votre retour, je vous prie d'agréer mes salutations distinguées.\n\nAudrey Favre\n+41 79 555 21 43",
    expect: [],
  },
  {
    ...LSN_FRI,
    text: 'Confirmation de dépôt de votre dossier\n\nVotre candidature n° LD-2027-0418 a été enregistrée le 07/10/2027 à 18:22.\n\nProtection des données : conformément au RGPD et à la LPD, vos données seront conservées pendant 24 mois à compter de ce jour, puis supprimées.\n\nLéman Digital SA – Avenue de la Gare 10 – 1003 Lausanne',
    expect: [],
  },
];

// The second cycle (rounds 104–106), written after rounds 101–103's fixes and before the engine read them.
// Monday 15 November 2027, 08:50 in Hamburg.
const HAM_MON = { sentAt: '2027-11-15T08:50:00+01:00', tz: 'Europe/Berlin' } as const;
// Tuesday 16 November 2027, 17:05 in Stuttgart.
const STR_TUE = { sentAt: '2027-11-16T17:05:00+01:00', tz: 'Europe/Berlin' } as const;
// Monday 22 November 2027, 12:30 in Linz.
const LNZ_MON = { sentAt: '2027-11-22T12:30:00+01:00', tz: 'Europe/Vienna' } as const;
// Thursday 18 November 2027, 10:00 in Basel.
const BSL_THU = { sentAt: '2027-11-18T10:00:00+01:00', tz: 'Europe/Zurich' } as const;

// Monday 15 November 2027, 09:10 in Lima.
const LIM_MON = { sentAt: '2027-11-15T09:10:00-05:00', tz: 'America/Lima' } as const;
// Tuesday 16 November 2027, 18:40 in Buenos Aires.
const BUE_TUE = { sentAt: '2027-11-16T18:40:00-03:00', tz: 'America/Argentina/Buenos_Aires' } as const;
// Thursday 18 November 2027, 13:00 in Seville.
const SVQ_THU = { sentAt: '2027-11-18T13:00:00+01:00', tz: 'Europe/Madrid' } as const;
// Friday 19 November 2027, 09:45 in Madrid.
const MAD_FRI = { sentAt: '2027-11-19T09:45:00+01:00', tz: 'Europe/Madrid' } as const;
// Monday 22 November 2027, 16:00 in Guadalajara.
const GDL_MON = { sentAt: '2027-11-22T16:00:00-06:00', tz: 'America/Mexico_City' } as const;

// Monday 15 November 2027, 11:20 in Brussels.
const BRU_MON = { sentAt: '2027-11-15T11:20:00+01:00', tz: 'Europe/Brussels' } as const;
// Tuesday 16 November 2027, 14:35 in Québec City.
const YQB_TUE = { sentAt: '2027-11-16T14:35:00-05:00', tz: 'America/Toronto' } as const;
// Wednesday 17 November 2027, 10:15 in Paris.
const PAR_WED = { sentAt: '2027-11-17T10:15:00+01:00', tz: 'Europe/Paris' } as const;
// Friday 19 November 2027, 17:30 in Toulouse.
const TLS_FRI = { sentAt: '2027-11-19T17:30:00+01:00', tz: 'Europe/Paris' } as const;

/** Round 104: German recruiter mail and ATS templates, the second cycle's unseen round. */
export const ROUND_104_DE: readonly PhraseRow[] = [
  {
    ...HAM_MON,
    text: 'Einladung zum Video-Interview\n\nHallo Frau Petersen,\n\nvielen Dank für Ihre Bewerbung als UX Researcherin. Gerne möchten wir Sie zu einem ersten Video-Interview einladen:\n\nDatum\n\nDienstag, 23. November 2027\n\nUhrzeit\n\n09:30 – 10:15 Uhr\n\nOrt\n\nGoogle Meet (Link in der Kalendereinladung)\n\nWir freuen uns auf Sie!\nIhr People-Team der Fleetwerk GmbH\nFleetwerk GmbH · Am Sandtorkai 50 · 20457 Hamburg · HRB 167890 · Geschäftsführung: Malte Jensen',
    expect: [{ kind: 'interview', by: '2027-11-23', time: '09:30' }],
  },
  {
    ...STR_TUE,
    text: 'Hi Tim,\n\npasst super! Dann telefonieren wir am Donnerstag um halb zehn, ich ruf dich auf dem Handy an.\n\nBis dann\nMelli\n\nMelanie Haug | Talent Acquisition\nNeckartal Robotics GmbH | Pragstraße 26 | 70376 Stuttgart',
    expect: [{ kind: 'interview', by: '2027-11-18', time: '09:30' }],
  },
  {
    ...LNZ_MON,
    text: 'Sehr geehrter Herr Aigner,\n\nleider ist bei unserem Abteilungsleiter ein Termin dazwischengekommen. Könnten wir unser Gespräch von Mittwoch auf Freitag, 26.11., 13 Uhr verlegen?\n\nMit freundlichen Grüßen\nKatharina Leitner\nHuman Resources\nDonauwerk Anlagenbau GmbH · Industriezeile 47 · 4020 Linz · FN 98765 k, Landesgericht Linz',
    expect: [{ kind: 'interview', by: '2027-11-26', time: '13:00' }],
  },
  {
    ...STR_TUE,
    text: 'Hallo Panel-Team,\n\nhier die Reihenfolge für Donnerstag, 18.11.:\n09:00 Uhr – Frau Kern\n10:30 Uhr – Herr Lenz\n13:00 Uhr – Frau Adler\n\nDie Lebensläufe liegen im Teams-Ordner.\n\nDanke euch!\nMelli',
    expect: [],
  },
  {
    ...STR_TUE,
    text: 'Guten Tag Herr Brenner,\n\nnochmals danke für Ihre Teilnahme an unserem Assessment-Center. Das Protokoll und Ihr persönliches Feedback schicken wir Ihnen bis Ende dieser Woche zu.\n\nFreundliche Grüße\nMelanie Haug\nNeckartal Robotics GmbH',
    expect: [{ kind: 'response-by', by: '2027-11-19' }],
  },
  {
    ...HAM_MON,
    text: 'Sehr geehrte Bewerberinnen und Bewerber,\n\nnach dem Bewerbungsschluss am 30. November sichten wir alle Unterlagen sorgfältig. Innerhalb von drei Wochen danach melden wir uns bei allen, die sich beworben haben.\n\nMit freundlichen Grüßen\nPersonalabteilung\nHanseatische Wohnungsbaugenossenschaft eG',
    expect: [{ kind: 'response-by', by: '2027-12-21' }],
  },
  {
    ...BSL_THU,
    text: 'Grüezi Frau Suter\n\nDanke für Ihre Nachfrage. Am Mittwoch stimmen wir uns mit dem Fachbereich ab; danach sehen wir klarer. Wir melden uns, sobald wir Neuigkeiten haben.\n\nFreundliche Grüsse\nRoman Vogt\nRheinknie Pharma AG · Klybeckstrasse 141 · 4057 Basel',
    expect: [],
  },
  {
    ...BSL_THU,
    text: 'Guten Tag Herr Frei\n\nWir wären Ihnen dankbar, wenn Sie sich bis zum Ende der Interviewphase am 26. November gedulden und erst danach nachfragen würden.\n\nFreundliche Grüsse\nRoman Vogt\nHR Business Partner',
    expect: [{ kind: 'no-contact-before', by: '2027-11-27', fuzzy: true }],
  },
  {
    ...HAM_MON,
    text: 'Liebe Bewerberin, lieber Bewerber,\n\nBewerbungen und Rückfragen bitte ausschließlich schriftlich über unser Portal – von Anrufen in unseren Filialen bitten wir abzusehen.\n\nIhr Recruiting-Team\nNordsee Frische Märkte GmbH',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...LNZ_MON,
    text: 'Sehr geehrter Herr Aigner,\n\nwir bedanken uns für Ihr Interesse an unserem Unternehmen. Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können.\n\nMit freundlichen Grüßen\nKatharina Leitner\n\nVon: Leitner Katharina\nGesendet: Montag, 8. November 2027 09:12\nAn: Florian Aigner\nBetreff: Gesprächstermin\n\nIhr Gespräch findet am Mittwoch, 24. November, um 10 Uhr statt.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...STR_TUE,
    text: 'Hey Jonas,\n\nwir würden dich total gern als Werkstudent ins Team holen! Die Details zum Vertrag besprechen wir gern noch mal am Telefon. Gib uns doch bis Mittwoch Bescheid, ob du an Bord bist.\n\nViele Grüße\nMelli',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...HAM_MON,
    text: 'Diese Unternehmen suchen jetzt\n\nHR Generalist (m/w/d) · Elbe Cargo GmbH · Hamburg\nBewerbungsfrist endet in 5 Tagen\n\nRecruiter (m/w/d) · Alster Consulting · Hamburg\nEinstieg zum 01.01.2028\n\nDu erhältst diese E-Mail, weil du Job-Empfehlungen aktiviert hast. Einstellungen ändern',
    expect: [],
  },
  {
    ...LNZ_MON,
    text: 'Guten Tag Frau Huber,\n\nIhr persönlicher Link zum zeitversetzten Video-Interview ist bis zum 25.11.2027, 23:59 Uhr gültig. Sie beantworten darin fünf Fragen und haben pro Antwort zwei Minuten Zeit.\n\nViel Erfolg!\nDonauwerk Anlagenbau GmbH',
    expect: [],
  },
  {
    ...HAM_MON,
    text: 'Sehr geehrte Frau Lang,\n\nherzlichen Dank für Ihre Rückmeldung. Ich bin vom 22. bis 26. November im Urlaub, danach jederzeit für ein Gespräch verfügbar.\n\nMit freundlichen Grüßen\nSophie Brandt\nTel. 0151 2233 4455',
    expect: [],
  },
  {
    ...LNZ_MON,
    text: 'Sehr geehrte Frau Mag. Wimmer,\n\nvielen Dank für Ihre Bewerbung für die Stelle als Referentin für Öffentlichkeitsarbeit. Die Bewerbungsfrist endet am 30.11.2027; die Hearings finden voraussichtlich Mitte Dezember statt.\n\nMit freundlichen Grüßen\nMagistrat der Landeshauptstadt Linz – Personal',
    expect: [],
  },
  {
    ...BSL_THU,
    text: 'Automatische Antwort\n\nIch bin bis 19.11. auf Dienstreise. Ab Montag, 22.11., bin ich wieder im Büro und melde mich dann umgehend bei Ihnen.\n\nRoman Vogt',
    expect: [{ kind: 'response-by', by: '2027-11-22' }],
  },
];

/** Round 105: Spanish recruiter mail and ATS templates, the second cycle's unseen round. */
export const ROUND_105_ES: readonly PhraseRow[] = [
  {
    ...LIM_MON,
    text: 'Citación a entrevista – Asistente de Tesorería\n\nEstimado postulante:\n\nLe informamos que ha sido preseleccionado para la etapa de entrevista personal.\n\nFecha: 23/11/2027 | Hora: 10:30 h | Lugar: Av. José Larco 1150, piso 6, Miraflores\n\nSe le agradece puntualidad.\n\nÁrea de Gestión del Talento\nInversiones Pacífico S.A.C. – RUC 20512345678',
    expect: [{ kind: 'interview', by: '2027-11-23', time: '10:30' }],
  },
  {
    ...BUE_TUE,
    text: 'Dale, Juli, perfecto: nos vemos el jueves a las 11 en la oficina de Palermo (Honduras 5663, 2.º piso). Cualquier cosa avisame por acá.\n\nSaludos,\nMica\nTalent Acquisition – Mate Software',
    expect: [{ kind: 'interview', by: '2027-11-18', time: '11:00' }],
  },
  {
    ...MAD_FRI,
    text: 'Estimada Sra. Navarro:\n\nLe escribo para cambiar la hora de su entrevista del miércoles 24: en lugar de a las 9:00, la haríamos a las 12:30, en la misma sala.\n\nDisculpe las molestias.\n\nUn saludo cordial,\nPilar Sanz\nSelección – Grupo Hotelero Alcázar',
    expect: [{ kind: 'interview', by: '2027-11-24', time: '12:30' }],
  },
  {
    ...SVQ_THU,
    text: 'Buenos días, Sr. Moreno:\n\nPor motivos ajenos a nuestra voluntad, suspendemos la entrevista prevista para esta tarde a las 17:00. Le avisaremos en cuanto tengamos nueva fecha.\n\nAtentamente,\nRRHH – Aceitunas del Guadalquivir, S.A.',
    expect: [],
  },
  {
    ...MAD_FRI,
    text: 'Hola Pablo:\n\n¿Te viene mejor el martes 23 a las 16:00 o el jueves 25 a las 10:00 para la segunda entrevista? Con lo que me digas, te mando la invitación.\n\nUn saludo,\nPilar',
    expect: [],
  },
  {
    ...LIM_MON,
    text: 'Estimada Srta. Rojas:\n\nHemos recibido correctamente su documentación. Le daremos una respuesta en un plazo no superior a quince días naturales.\n\nAtentamente,\nÁrea de Gestión del Talento\nInversiones Pacífico S.A.C.',
    expect: [{ kind: 'response-by', by: '2027-11-30' }],
  },
  {
    ...SVQ_THU,
    text: 'Estimado Sr. Moreno:\n\nMañana a primera hora le hago llegar el contrato para que lo revise y firme.\n\nUn saludo,\nRRHH – Aceitunas del Guadalquivir',
    expect: [{ kind: 'response-by', by: '2027-11-19' }],
  },
  {
    ...GDL_MON,
    text: 'Estimado Ing. Villaseñor:\n\nSi el comité aprueba su perfil el martes, le llamaremos ese mismo día; en cualquier caso, tendrá noticias nuestras antes del viernes 26.\n\nSaludos cordiales,\nCapital Humano – Tequilera Los Altos, S.A. de C.V.',
    expect: [{ kind: 'response-by', by: '2027-11-25' }],
  },
  {
    ...GDL_MON,
    text: 'Estimada Lic. Ramírez:\n\nLe solicitamos atentamente no enviar correos de seguimiento hasta después del 3 de diciembre, fecha de cierre de la vacante.\n\nSaludos,\nCapital Humano – Tequilera Los Altos, S.A. de C.V.',
    expect: [{ kind: 'no-contact-before', by: '2027-12-04' }],
  },
  {
    ...MAD_FRI,
    text: 'Estimados candidatos:\n\nLes recordamos que las llamadas a nuestros hoteles para preguntar por el estado de las candidaturas no serán atendidas. Toda la información se comunicará por correo electrónico.\n\nDepartamento de Selección – Grupo Hotelero Alcázar',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...BUE_TUE,
    text: 'Hola Juli, ¿cómo va?\n\nTe cuento que finalmente nos vamos a quedar con otra persona para el puesto. Nos gustó mucho conocerte y ojalá podamos cruzarnos en otra búsqueda.\n\nAbrazo,\nMica',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...LIM_MON,
    text: 'Estimado Sr. Quispe:\n\nTenemos el agrado de comunicarle que ha sido seleccionado para el puesto de Asistente de Tesorería. Le agradeceremos que nos comunique su decisión antes del 24 de noviembre.\n\nAtentamente,\nInversiones Pacífico S.A.C.',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...SVQ_THU,
    text: 'Ofertas recomendadas para ti\n\nTécnico/a de Calidad – Sevilla\nCierre de la convocatoria: 30 de noviembre · Las entrevistas comenzarán el 9 de diciembre\n\nAdministrativo/a de Compras – Dos Hermanas\nJornada completa · Incorporación en enero\n\nGestiona tus alertas o date de baja aquí.',
    expect: [],
  },
  {
    ...MAD_FRI,
    text: 'Justificante de solicitud\n\nSu solicitud ha quedado registrada con fecha 19/11/2027 a las 09:44 h.\n\nSus datos se conservarán durante doce meses, conforme al Reglamento (UE) 2016/679 y a la LOPDGDD.',
    expect: [],
  },
  {
    ...SVQ_THU,
    text: 'Buenas tardes, Sra. Gómez:\n\nLe escribo porque el viernes 26 tengo otra entrevista y quería saber si tienen alguna novedad sobre mi candidatura.\n\nMuchas gracias de antemano,\nRaquel Torres\n654 321 987',
    expect: [],
  },
  {
    ...MAD_FRI,
    text: 'Gracias por escribirnos. Recuerde que puede consultar el estado de su candidatura en el portal.\n\nHorario de atención al candidato: de lunes a jueves de 9:00 a 17:00 h; viernes de 8:00 a 14:00 h.\n\nGrupo Hotelero Alcázar – Departamento de Selección',
    expect: [],
  },
];

/** Round 106: French recruiter mail and ATS templates, the second cycle's unseen round. */
export const ROUND_106_FR: readonly PhraseRow[] = [
  {
    ...BRU_MON,
    text: 'Madame,\n\nSuite à votre candidature au poste de gestionnaire de paie, nous avons le plaisir de vous inviter à un entretien. Nous vous attendons le mardi 23 novembre à 10h30 au siège, avenue Louise 120, 1050 Bruxelles.\n\nVeuillez agréer, Madame, nos salutations distinguées.\n\nIsabelle Claessens\nHR Officer – Sablon Services SA\nBCE 0456.789.123 – RPM Bruxelles',
    expect: [{ kind: 'interview', by: '2027-11-23', time: '10:30' }],
  },
  {
    ...YQB_TUE,
    text: "Bonjour Félix,\n\nMerci pour ton intérêt! Est-ce que jeudi 14 h te conviendrait pour une entrevue téléphonique d'une trentaine de minutes?\n\nAu plaisir,\nÉmilie Bouchard\nAcquisition de talents – Laurentides Assurances\n418 555-0110",
    expect: [{ kind: 'interview', by: '2027-11-18', time: '14:00' }],
  },
  {
    ...PAR_WED,
    text: 'Bonjour Monsieur Moreau,\n\nNous devons malheureusement annuler le rendez-vous de ce jeudi. Pourriez-vous venir lundi 22 novembre à 9h15 à la place ?\n\nToutes nos excuses,\nLaura Petit\nRessources humaines – Batignolles Énergie',
    expect: [{ kind: 'interview', by: '2027-11-22', time: '09:15' }],
  },
  {
    ...PAR_WED,
    text: "Bonjour Madame Haddad,\n\nPour le second entretien, je peux vous proposer mardi 23 à 11h ou mercredi 24 à 15h30. L'une de ces options vous conviendrait-elle ?\n\nCordialement,\nLaura Petit",
    expect: [],
  },
  {
    ...TLS_FRI,
    text: "Bonjour,\n\nNous avons bien reçu votre candidature pour le poste d'ingénieur qualité. Les premiers entretiens auront lieu à partir de la semaine 48 ; seules les personnes présélectionnées seront contactées.\n\nL'équipe RH – Garonne Aéro Systèmes",
    expect: [],
  },
  {
    ...BRU_MON,
    text: 'Madame, Monsieur,\n\nNous accusons réception de votre candidature et nous engageons à apporter une réponse à chaque candidat sous quinze jours.\n\nLe service RH – Sablon Services SA',
    expect: [{ kind: 'response-by', by: '2027-11-30' }],
  },
  {
    ...TLS_FRI,
    text: "Salut Hugo,\n\nTop, bienvenue dans l'équipe ! Tu recevras ton contrat de travail par DocuSign d'ici mercredi prochain.\n\nÀ lundi pour le café,\nCamille\nGaronne Aéro Systèmes",
    expect: [{ kind: 'response-by', by: '2027-11-24' }],
  },
  {
    ...PAR_WED,
    text: 'Madame,\n\nVotre entretien avec le jury aura lieu le jeudi 25 novembre à 14h. Les résultats vous seront communiqués dans les 48 heures qui suivent.\n\nBien cordialement,\nService des concours – Ville de Paris',
    expect: [
      { kind: 'interview', by: '2027-11-25', time: '14:00' },
      { kind: 'response-by', by: '2027-11-27' },
    ],
  },
  {
    ...PAR_WED,
    text: 'Madame,\n\nAfin de permettre au jury de délibérer sereinement, nous vous remercions de ne pas nous solliciter avant le 1er décembre.\n\nService des concours',
    expect: [{ kind: 'no-contact-before', by: '2027-12-01' }],
  },
  {
    ...BRU_MON,
    text: "Message d'absence\n\nJe serai en formation du 22 au 24 novembre. Pour toute urgence, contactez Paul Mertens au +32 2 555 98 76.\n\nIsabelle Claessens",
    expect: [],
  },
  {
    ...TLS_FRI,
    text: "Bonjour,\n\nNotre équipe ne dispose pas d'un standard téléphonique : seules les demandes reçues par e-mail sont traitées.\n\nGaronne Aéro Systèmes – Recrutement",
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...BRU_MON,
    text: "Monsieur,\n\nNous vous remercions pour le temps consacré à nos entretiens. Nous regrettons de devoir vous informer que nous avons retenu un profil plus en adéquation avec les exigences du poste.\n\nNous vous prions d'agréer, Monsieur, nos salutations distinguées.\n\nSablon Services SA",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...YQB_TUE,
    text: "Salut Félix!\n\nBonne nouvelle : l'équipe a adoré ton entrevue et on aimerait te faire une offre! Peux-tu nous dire d'ici vendredi si ça te convient?\n\nÉmilie",
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...TLS_FRI,
    text: 'Vos offres du jour\n\nTechnicien(ne) méthodes – Blagnac (31)\nPubliée le 19/11/2027 · Candidature avant le 10/12/2027\n\nGestionnaire ADV – Colomiers (31)\nCDI · Prise de poste en janvier\n\nModifier mon alerte | Me désabonner',
    expect: [],
  },
  {
    ...PAR_WED,
    text: 'Bonjour Madame Perrin,\n\nSuite à notre échange du 9 novembre, je vous confirme mon intérêt pour le poste et reste disponible pour un second entretien la semaine prochaine.\n\nBien cordialement,\nYasmine Haddad\n06 98 76 54 32',
    expect: [],
  },
  {
    ...PAR_WED,
    text: "Avis de vacance de poste – Chargé(e) d'opérations\n\nDate limite de dépôt des candidatures : 30 novembre 2027 à 12h\nPrise de poste souhaitée : 3 janvier 2028\nLes entretiens se tiendront la semaine du 13 décembre.\n\nEnvoyez votre candidature à recrutement@batignolles-energie.fr",
    expect: [],
  },
];
