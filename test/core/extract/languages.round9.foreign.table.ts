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
    text: 'Automatische Antwort: Rückfrage zu meiner Bewerbung\n\nGuten Tag,\n\nich bin vom 4. bis einschließlich 15. Oktober im Urlaub und lese meine E-Mails in dieser Zeit nicht. Ab Montag, 18.10., bin ich wieder für Sie da. In dringenden Fällen wenden Sie sich bitte an jobs@spreeport.de.\n\nBeste Grüße\nOle Brinkmann',
    expect: [],
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
    text: 'Respuesta automática: Fuera de oficina\n\nEstaré fuera de la oficina hasta el lunes 18 de octubre con acceso limitado al correo. Para temas urgentes de reclutamiento, escribe a seleccion@mineralosandes.cl.\n\nFrancisca Muñoz',
    expect: [],
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
    text: "Réponse automatique\n\nBonjour,\n\nJe suis en congé jusqu'au 15 octobre inclus, sans accès à mes e-mails. Pour toute question relative à une candidature, merci d'écrire à recrutement@rhone-tp.fr.\n\nAnaïs Girard",
    expect: [],
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
