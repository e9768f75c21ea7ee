// Rounds 324–324c (issue 13): fresh German, Spanish and French whole messages by fx432, written BEFORE the engine
// read them. Focus: what a real inbox holds around an interview besides the employer's word — the train ticket and
// the hotel for the trip to it, a background check's form, a language exam, the tailor, the current employer's
// notice of resignation, a coworking room booked for a video call, a babysitter, a consulate's visa slot, a store's
// order pickup, a job centre's adviser — beside the employer's own mails (invitations, moves in reply chains,
// windows, hold-offs, no-calls, offers and rejections). Half of them are negatives. Names, companies and dates are
// invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Round 324: Tuesday 12 June 2040 (Europe on summer time). This week's Friday is 15 June; next week runs Monday 18 –
// Friday 22 June. Business days after t: Wed 13 (1), Thu 14, Fri 15, Mon 18, Tue 19 (5), Wed 20, Thu 21, Fri 22, Mon
// 25, Tue 26 (10), Wed 27, Thu 28, Fri 29, Mon 2 July, Tue 3 July (15).
const BER = { sentAt: '2040-06-12T09:20:00+02:00', tz: 'Europe/Berlin' } as const;
const HAM = { sentAt: '2040-06-12T14:05:00+02:00', tz: 'Europe/Berlin' } as const;
const CGN = { sentAt: '2040-06-12T11:48:00+02:00', tz: 'Europe/Berlin' } as const;
const MUC = { sentAt: '2040-06-12T16:30:00+02:00', tz: 'Europe/Berlin' } as const;
const VIE = { sentAt: '2040-06-12T10:40:00+02:00', tz: 'Europe/Vienna' } as const;
const ZRH = { sentAt: '2040-06-12T08:15:00+02:00', tz: 'Europe/Zurich' } as const;
const MAD = { sentAt: '2040-06-12T12:10:00+02:00', tz: 'Europe/Madrid' } as const;
const BCN = { sentAt: '2040-06-12T17:45:00+02:00', tz: 'Europe/Madrid' } as const;
const MEX = { sentAt: '2040-06-12T09:05:00-06:00', tz: 'America/Mexico_City' } as const;
const BOG = { sentAt: '2040-06-12T10:25:00-05:00', tz: 'America/Bogota' } as const;
const SCL = { sentAt: '2040-06-12T11:50:00-04:00', tz: 'America/Santiago' } as const;
const LIM = { sentAt: '2040-06-12T15:35:00-05:00', tz: 'America/Lima' } as const;
const MVD = { sentAt: '2040-06-12T13:00:00-03:00', tz: 'America/Montevideo' } as const;
const PAR = { sentAt: '2040-06-12T10:05:00+02:00', tz: 'Europe/Paris' } as const;
const LYS = { sentAt: '2040-06-12T18:20:00+02:00', tz: 'Europe/Paris' } as const;
const BRU = { sentAt: '2040-06-12T09:55:00+02:00', tz: 'Europe/Brussels' } as const;
const GVA = { sentAt: '2040-06-12T14:40:00+02:00', tz: 'Europe/Zurich' } as const;
const YUL = { sentAt: '2040-06-12T08:30:00-04:00', tz: 'America/Toronto' } as const;
const DKR = { sentAt: '2040-06-12T11:00:00+00:00', tz: 'Africa/Dakar' } as const;

/** Round 324: German, sent Tuesday 12 June 2040. */
export const ROUND_324_DE: readonly PhraseRow[] = [
  // A reserved video slot, with the zone named.
  {
    ...BER,
    text: 'Betreff: Ihr Interview bei Spreeleicht Energy – Product Owner (m/w/d)\n\nGuten Tag Herr Nowak,\n\nvielen Dank für Ihr Interesse! Für das erste Kennenlernen haben wir folgenden Termin für Sie reserviert:\n\nDonnerstag, 21. Juni 2040, 11:00–12:00 Uhr (MESZ)\nMicrosoft Teams – den Link erhalten Sie am Vortag.\nIhre Gesprächspartnerinnen: Dana Pohl (Head of Product) und Eva Lindner (Talent Acquisition)\n\nSollte der Termin nicht passen, antworten Sie einfach auf diese E-Mail.\n\nBeste Grüße\nEva Lindner',
    expect: [
      { kind: 'interview', by: '2040-06-21', time: '11:00', phrase: 'Donnerstag, 21. Juni 2040, 11:00' },
    ],
  },
  // An Austrian public employer: a three-week window and no calls.
  {
    ...VIE,
    text: 'Betreff: Ihre Bewerbung – Referent/in für Förderabwicklung, GZ 2040-0417\n\nSehr geehrte Frau Gruber,\n\nwir danken Ihnen für die Teilnahme am Hearing. Die Kommission trifft ihre Entscheidung in den kommenden Tagen; Sie erhalten innerhalb von drei Wochen eine schriftliche Verständigung über das Ergebnis.\n\nVon telefonischen Anfragen bitten wir Abstand zu nehmen.\n\nMit freundlichen Grüßen\nAbteilung Personal\nWirtschaftsagentur Donauland',
    expect: [
      { kind: 'response-by', by: '2040-07-03', phrase: 'innerhalb von drei Wochen', fuzzy: false },
      { kind: 'no-calls', phrase: 'Von telefonischen Anfragen bitten wir Abstand zu nehmen' },
    ],
  },
  // A Swiss recruiter after the talk: Wednesday of next week.
  {
    ...ZRH,
    text: 'Betreff: Ihr Gespräch bei der Rheintal Treuhand AG\n\nGrüezi Herr Meier\n\nHerzlichen Dank für das angenehme Gespräch von gestern. Ich bespreche Ihr Dossier nun mit der Mandantin und melde mich bis spätestens Mittwoch nächster Woche bei Ihnen.\n\nFreundliche Grüsse\nSimone Brunner\nPersonalberatung Brunner & Partner',
    expect: [
      {
        kind: 'response-by',
        by: '2040-06-20',
        phrase: 'bis spätestens Mittwoch nächster Woche',
        fuzzy: false,
      },
    ],
  },
  // An offer with the candidate's answer asked by a day.
  {
    ...HAM,
    text: 'Betreff: Ihr Angebot – Projektingenieurin Offshore-Netzanbindung\n\nLiebe Frau Petersen,\n\nnach den sehr guten Gesprächen freuen wir uns, Ihnen die Position als Projektingenieurin in unserem Team in Hamburg-Harburg anzubieten. Die Eckdaten finden Sie im angehängten Angebotsschreiben.\n\nBitte geben Sie uns bis zum 22. Juni Bescheid, ob Sie das Angebot annehmen.\n\nHerzliche Grüße\nJan Ohlsen\nNordwind Netze GmbH',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  // A reply chain: the recruiter moves the talk to the new slot; the quoted message holds the old one.
  {
    ...CGN,
    text: 'Betreff: AW: Terminanfrage Vorstellungsgespräch\n\nHallo Frau Yıldız,\n\nnatürlich, das ist kein Problem. Dann verschieben wir unser Gespräch auf Montag, den 18. Juni, um 15:30 Uhr – gleicher Ort, Domstraße 12, 3. Etage.\n\nViele Grüße\nMarkus Hahn\nRheinkontor Medien\n\nAm 11.06.2040 um 19:02 schrieb Aylin Yıldız:\n> Sehr geehrter Herr Hahn,\n> leider bin ich am Freitag, 15. Juni, um 10 Uhr verhindert. Wäre ein anderer Termin möglich?\n> Viele Grüße\n> Aylin Yıldız',
    expect: [
      {
        kind: 'interview',
        by: '2040-06-18',
        time: '15:30',
        phrase: 'Dann verschieben wir unser Gespräch auf Montag, den 18. Juni, um 15:30 Uhr',
      },
    ],
  },
  // A rejection after the assessment centre.
  {
    ...MUC,
    text: 'Betreff: Ihr Assessment-Center am 7. Juni\n\nSehr geehrter Herr Albrecht,\n\nvielen Dank für Ihre Teilnahme an unserem Assessment-Center. Leider müssen wir Ihnen mitteilen, dass wir Ihnen für das Traineeprogramm keine Zusage geben können. Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team\nAlpenbahn Logistik AG',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  // The recruiter is away: no follow-up before the day after her return.
  {
    ...BER,
    text: 'Betreff: Ihre Bewerbung als Buchhalter (m/w/d)\n\nSehr geehrter Herr Schulz,\n\nvielen Dank für Ihre Bewerbung. Unsere zuständige Recruiterin ist bis einschließlich 22. Juni im Urlaub; bitte sehen Sie bis dahin von Nachfragen ab.\n\nFreundliche Grüße\nKanzlei Weber & Söhne',
    expect: [{ kind: 'no-contact-before', by: '2040-06-23', phrase: 'bis einschließlich 22. Juni' }],
  },
  // Negative: the train ticket for the trip to the interview.
  {
    ...BER,
    text: 'Betreff: Ihre Buchungsbestätigung (Auftrag 7XK4PQ)\n\nGuten Tag Herr Nowak,\n\nvielen Dank für Ihre Buchung.\n\nHinfahrt: Mittwoch, 20.06.2040\nab Berlin Hbf 06:52 – an Hamburg Hbf 08:41, ICE 1001\nRückfahrt: Mittwoch, 20.06.2040\nab Hamburg Hbf 17:16 – an Berlin Hbf 19:04, ICE 1010\nSitzplatzreservierung: Wagen 7, Platz 55\n\nIhr Ticket finden Sie im Anhang und in der App.\n\nGute Reise wünscht Ihnen\nIhre Bahn',
    expect: [],
  },
  // Negative: the hotel for the night before.
  {
    ...HAM,
    text: 'Betreff: Reservierungsbestätigung – Hotel Alsterblick\n\nSehr geehrte Frau Petersen,\n\nwir freuen uns, Ihre Reservierung zu bestätigen:\n\nAnreise: Mittwoch, 20.06.2040, ab 15:00 Uhr\nAbreise: Donnerstag, 21.06.2040, bis 11:00 Uhr\nZimmer: Einzelzimmer Komfort, inkl. Frühstück\n\nEine kostenfreie Stornierung ist bis 48 Stunden vor Anreise möglich.\n\nHerzliche Grüße\nIhr Team vom Hotel Alsterblick',
    expect: [],
  },
  // Negative: a background check's form, the candidate's deadline, and a length counted from an undated step.
  {
    ...MUC,
    text: 'Betreff: Beschäftigungsprüfung im Auftrag der Isarwerk SE\n\nSehr geehrter Herr Albrecht,\n\nim Auftrag der Isarwerk SE führen wir eine Überprüfung Ihrer bisherigen Beschäftigungsverhältnisse durch. Bitte füllen Sie das Online-Formular bis spätestens Freitag, 15. Juni, aus. Die Prüfung dauert in der Regel drei bis fünf Werktage nach Eingang Ihrer Angaben.\n\nMit freundlichen Grüßen\nVerifyPro Screening GmbH',
    expect: [],
  },
  // Negative: a language exam.
  {
    ...VIE,
    text: 'Betreff: Einladung zur mündlichen Prüfung – ÖSD Zertifikat C1\n\nSehr geehrte Frau Gruber,\n\nIhre mündliche Prüfung findet am Samstag, 16. Juni 2040, um 10:45 Uhr im Prüfungszentrum Wien-Mitte statt. Bitte seien Sie 20 Minuten vorher da und bringen Sie einen amtlichen Lichtbildausweis mit. Die Ergebnisse erhalten Sie innerhalb von vier Wochen.\n\nIhr Prüfungsteam',
    expect: [],
  },
  // Negative: the tailor.
  {
    ...ZRH,
    text: 'Betreff: Ihr Anzug ist fertig\n\nGuten Tag Herr Meier\n\nDie Änderungen an Ihrem Anzug sind erledigt. Sie können ihn ab Donnerstag, 14.06., ab 10 Uhr bei uns abholen. Unsere Öffnungszeiten: Mo–Fr 9–18.30 Uhr, Sa 9–16 Uhr.\n\nFreundliche Grüsse\nSchneiderei Aeschbacher',
    expect: [],
  },
  // Negative: the current employer confirms the reader's resignation.
  {
    ...CGN,
    text: 'Betreff: Bestätigung Ihrer Kündigung\n\nSehr geehrte Frau Yıldız,\n\nhiermit bestätigen wir den Eingang Ihrer Kündigung vom 8. Juni 2040 zum 31. Juli 2040. Ihren Resturlaub stimmen Sie bitte bis zum 22. Juni mit Ihrer Führungskraft ab. Ihr Arbeitszeugnis erhalten Sie bis zu Ihrem letzten Arbeitstag.\n\nMit freundlichen Grüßen\nPersonalabteilung\nDomblick Versicherung AG',
    expect: [],
  },
];

/** Round 324b: Spanish, sent Tuesday 12 June 2040. */
export const ROUND_324B_ES: readonly PhraseRow[] = [
  // A single proposed video slot.
  {
    ...MAD,
    text: 'Asunto: Siguiente paso – Técnico/a de Marketing Digital\n\nHola, Lucía:\n\n¡Gracias por tu candidatura! Nos ha gustado mucho tu perfil y te proponemos una videoentrevista con Álvaro, nuestro responsable de marketing, el jueves 14 de junio a las 12:30 (hora peninsular). ¿Te viene bien?\n\nUn saludo,\nMarta Ruiz\nPeople Team – Olivar Foods',
    expect: [
      { kind: 'interview', by: '2040-06-14', time: '12:30', phrase: 'el jueves 14 de junio a las 12:30' },
    ],
  },
  // A job board's status mail: ten working days.
  {
    ...MEX,
    text: 'Asunto: Actualización de tu postulación\n\nHola, Daniel:\n\nTu postulación a la vacante «Ejecutivo de Cuenta Sr.» de Grupo Textil del Bajío fue vista por el reclutador. La empresa revisará tu perfil y te dará respuesta en un plazo de 10 días hábiles.\n\n[ Ver mi postulación ]\n\nEquipo OCC\n\nEste es un correo automático, por favor no lo respondas.',
    expect: [
      { kind: 'response-by', by: '2040-06-26', phrase: 'en un plazo de 10 días hábiles', fuzzy: false },
    ],
  },
  // After a technical test: a promise by a day.
  {
    ...BOG,
    text: 'Asunto: Prueba técnica recibida\n\nHola, Camilo:\n\nGracias por enviar la prueba técnica a tiempo. El equipo de ingeniería va a revisar tu solución y te escribiremos a más tardar el viernes 22 de junio con los resultados.\n\nSaludos,\nValentina Ortiz\nTalento Humano – Nubecafé',
    expect: [
      { kind: 'response-by', by: '2040-06-22', phrase: 'a más tardar el viernes 22 de junio', fuzzy: false },
    ],
  },
  // A rejection.
  {
    ...SCL,
    text: 'Asunto: Resultado de tu proceso – Analista de Riesgo\n\nHola, Francisca:\n\nTe agradecemos el tiempo que dedicaste a las entrevistas. Lamentamos comunicarte que en esta oportunidad no continuarás en el proceso, ya que avanzamos con otra persona cuyo perfil se ajusta más a lo que buscamos.\n\nTe deseamos mucho éxito.\nEquipo de Personas\nFinanciera Andes',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  // A reply chain: the interview moved; the old slot is in the quote.
  {
    ...BCN,
    text: 'Asunto: RE: Entrevista miércoles\n\nHola, Pau:\n\nSin problema, movemos la entrevista al lunes 18 de junio a las 16:00, en la misma dirección (carrer de Pallars 190, 4.ª planta).\n\nHasta el lunes,\nNúria Soler\nRRHH – Costa Brava Robotics\n\nEl 12 jun 2040, a las 9:14, Pau Ferrer escribió:\n> Hola, Núria: me ha surgido un imprevisto el miércoles 13 a las 10:00. ¿Podríamos cambiar el día?\n> Gracias,\n> Pau',
    expect: [
      {
        kind: 'interview',
        by: '2040-06-18',
        time: '16:00',
        phrase: 'movemos la entrevista al lunes 18 de junio a las 16:00',
      },
    ],
  },
  // A shop's application: no calls.
  {
    ...LIM,
    text: 'Asunto: Recibimos tu postulación – Vendedora tienda Jockey Plaza\n\nHola, Milagros:\n\nGracias por postular a Moda Inti. Por favor, no llames a la tienda para consultar por tu postulación; si tu perfil avanza, nosotros te contactaremos por este medio.\n\nEquipo de Selección\nModa Inti',
    expect: [{ kind: 'no-calls', phrase: 'no llames a la tienda' }],
  },
  // An offer.
  {
    ...MVD,
    text: 'Asunto: ¡Buenas noticias!\n\nHola, Sofía:\n\n¡Felicitaciones! Después de las entrevistas queremos ofrecerte el puesto de Analista Contable en nuestro equipo de Montevideo. Te adjuntamos la propuesta con el salario y los beneficios.\n\nAbrazo,\nGonzalo Pérez\nCapital Humano – Lana del Sur',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  // Negative: the train ticket to the interview city.
  {
    ...MAD,
    text: 'Asunto: Tu billete – Localizador QX7T2M\n\nHola, Lucía:\n\nGracias por viajar con nosotros.\n\nIda: miércoles 20/06/2040\nMadrid Puerta de Atocha 07:30 → València Joaquín Sorolla 09:12\nCoche 5, plaza 8A\n\nPuedes cambiar o anular tu billete hasta 15 minutos antes de la salida.\n\nBuen viaje',
    expect: [],
  },
  // Negative: a coworking room booked for the video call.
  {
    ...MEX,
    text: 'Asunto: Confirmación de tu reserva – Sala Roble\n\nHola, Daniel:\n\nTu reserva está confirmada:\n\nEspacio: Sala Roble (4 personas)\nFecha: jueves 14 de junio de 2040\nHorario: 11:00 a 12:00\nSede: Coworking Reforma 222\n\nPuedes cancelar sin costo hasta 2 horas antes.\n\nEquipo Colmena Coworking',
    expect: [],
  },
  // Negative: a bank's security study before hiring: the candidate's own deadline.
  {
    ...BOG,
    text: 'Asunto: Estudio de seguridad – proceso de vinculación\n\nHola, Camilo:\n\nPara continuar con tu proceso de vinculación con Banco Cordillera, te pedimos diligenciar el formulario del estudio de seguridad antes del viernes 15 de junio. La visita domiciliaria se agenda después de recibirlo.\n\nCordialmente,\nSeguridad Integral Andina',
    expect: [],
  },
  // Negative: a colleague asks the reader to take over an interview.
  {
    ...SCL,
    text: 'Asunto: ¿Me reemplazas?\n\nHola, Fran:\n\n¿Me podrías reemplazar en la entrevista del jueves 14 a las 15:00 con el postulante a bodeguero? Me salió hora al médico justo a esa hora. Te dejo su CV en la carpeta compartida.\n\n¡Mil gracias!\nJavi',
    expect: [],
  },
  // Negative: a language exam.
  {
    ...BCN,
    text: 'Asunto: Convocatoria examen oral – C1 Advanced\n\nEstimado candidato:\n\nLe informamos de que su prueba oral del examen C1 Advanced tendrá lugar el sábado 16 de junio de 2040 a las 9:40 en nuestro centro de Gràcia. Los resultados se publicarán en un plazo de cuatro semanas.\n\nCentro Examinador Barcelona Nord',
    expect: [],
  },
  // Negative: the former employer's work certificate.
  {
    ...LIM,
    text: 'Asunto: Tu certificado de trabajo\n\nHola, Milagros:\n\nTu certificado de trabajo y tu liquidación estarán listos el viernes 15 de junio. Puedes recogerlos en recepción de 9:00 a 13:00.\n\nSaludos,\nRecursos Humanos\nFarmacias del Rímac',
    expect: [],
  },
];

/** Round 324c: French, sent Tuesday 12 June 2040. */
export const ROUND_324C_FR: readonly PhraseRow[] = [
  // A summons to an interview from an applicant tracking system.
  {
    ...PAR,
    text: 'Objet : Convocation à un entretien – Assistant(e) juridique\n\nBonjour Madame Laurent,\n\nNous avons le plaisir de vous convier à un entretien le lundi 18 juin 2040 à 9 h 30 dans nos locaux, 14 rue de la Pépinière, 75008 Paris. Merci de vous présenter à l’accueil du 3e étage.\n\nBien cordialement,\nLe service Ressources humaines\nCabinet Vautrin Avocats\n\nCe message a été envoyé via Flatchr.',
    expect: [
      { kind: 'interview', by: '2040-06-18', time: '09:30', phrase: 'le lundi 18 juin 2040 à 9 h 30' },
    ],
  },
  // Quebec: by the end of next week.
  {
    ...YUL,
    text: 'Objet : Votre candidature – Conseiller(ère) en communication\n\nBonjour Monsieur Tremblay,\n\nMerci d’avoir pris le temps de nous rencontrer hier. Nous terminons les entrevues cette semaine et nous communiquerons avec vous d’ici la fin de la semaine prochaine pour vous informer de la suite.\n\nCordialement,\nGeneviève Roy\nConseillère principale, acquisition de talents\nCaisse Laurentide',
    expect: [
      { kind: 'response-by', by: '2040-06-22', phrase: 'd’ici la fin de la semaine prochaine', fuzzy: false },
    ],
  },
  // Brussels: fifteen working days.
  {
    ...BRU,
    text: 'Objet : Accusé de réception de votre candidature\n\nMadame, Monsieur,\n\nNous accusons bonne réception de votre candidature pour le poste de gestionnaire de dossiers (réf. 2040/118). Vous recevrez une réponse dans les 15 jours ouvrables.\n\nVeuillez agréer nos salutations distinguées.\n\nLe service du personnel\nMutualité des Ardennes',
    expect: [{ kind: 'response-by', by: '2040-07-03', phrase: 'dans les 15 jours ouvrables', fuzzy: false }],
  },
  // Geneva: a rejection.
  {
    ...GVA,
    text: 'Objet : Votre candidature – Responsable administratif(ve)\n\nMadame,\n\nNous vous remercions de l’intérêt porté à notre fondation. Après examen attentif, nous avons le regret de vous informer que votre candidature n’a pas été retenue.\n\nNous vous prions d’agréer, Madame, nos meilleures salutations.\n\nFondation du Léman',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  // A reply chain: the interview moved to Thursday.
  {
    ...LYS,
    text: 'Objet : RE: Entretien mercredi\n\nBonjour Thomas,\n\nPas de souci, décalons à jeudi 14 juin, 17 h, même lien Teams.\n\nBonne soirée,\nAurélie Martin\nTalent Acquisition – Soierie Numérique\n\nLe 12/06/2040 à 16:48, Thomas Girard a écrit :\n> Bonjour Aurélie,\n> Je suis retenu demain à 11 h par un rendez-vous client. Serait-il possible de décaler notre entretien ?\n> Merci,\n> Thomas',
    expect: [
      { kind: 'interview', by: '2040-06-14', time: '17:00', phrase: 'décalons à jeudi 14 juin, 17 h' },
    ],
  },
  // Dakar: no follow-up before a named day.
  {
    ...DKR,
    text: 'Objet : Votre candidature – Chargé(e) de clientèle\n\nBonjour Monsieur Diop,\n\nNous avons bien reçu votre dossier. Les entretiens se déroulent jusqu’au 22 juin ; merci de ne pas relancer avant le 25 juin, date à laquelle tous les candidats auront été informés.\n\nCordialement,\nDirection des ressources humaines\nBanque Atlantique du Sénégal',
    expect: [{ kind: 'no-contact-before', by: '2040-06-25', phrase: 'avant le 25 juin' }],
  },
  // An offer.
  {
    ...PAR,
    text: 'Objet : Proposition – Chargée de recrutement\n\nBonjour Camille,\n\nSuite à nos échanges, j’ai le plaisir de vous confirmer que nous souhaitons vous proposer le poste de chargée de recrutement en CDI. Vous trouverez notre proposition détaillée en pièce jointe.\n\nBien à vous,\nÉlodie Marchand\nDRH – Maison Orsel',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  // Negative: the train ticket to the interview city.
  {
    ...PAR,
    text: 'Objet : Votre e-billet – Paris → Lyon\n\nBonjour Camille,\n\nVotre voyage est confirmé.\n\nAller : lundi 18 juin 2040\nParis Gare de Lyon 07 h 04 → Lyon Part-Dieu 09 h 00\nVoiture 14, place 83\n\nVotre e-billet est disponible dans l’application. Échangeable et remboursable jusqu’à 3 jours avant le départ.\n\nBon voyage !',
    expect: [],
  },
  // Negative: the babysitter.
  {
    ...LYS,
    text: 'Objet : Re: Jeudi\n\nCoucou Thomas,\n\nPas de souci pour jeudi 14 juin, je récupère Lina à l’école à 16 h 30 et je reste jusqu’à ton retour. Bon courage pour ton rendez-vous !\n\nBises,\nManon',
    expect: [],
  },
  // Negative: the job centre's adviser.
  {
    ...BRU,
    text: 'Objet : Votre rendez-vous Actiris\n\nMadame,\n\nVotre rendez-vous avec votre conseillère emploi est fixé au mercredi 20 juin 2040 à 10 h, avenue de l’Astronomie 14, 1210 Bruxelles. Merci de vous munir de votre carte d’identité et de votre CV à jour.\n\nActiris',
    expect: [],
  },
  // Negative: a coworking room booked for the video interview.
  {
    ...GVA,
    text: 'Objet : Confirmation de réservation – Salle « Léman »\n\nBonjour,\n\nVotre salle de réunion « Léman » est réservée le jeudi 14 juin 2040 de 10 h à 11 h. Annulation gratuite jusqu’à 24 heures avant.\n\nÀ bientôt,\nL’équipe Workhub Genève',
    expect: [],
  },
  // Negative: a store's order pickup.
  {
    ...YUL,
    text: 'Objet : Votre commande est prête\n\nBonjour Marc,\n\nBonne nouvelle : votre commande n° 58213 (complet marine, chemise blanche) est prête à être ramassée dès le jeudi 14 juin à 10 h, à notre boutique de la rue Sainte-Catherine.\n\nMerci de votre achat !\nBoutique Laurier Homme',
    expect: [],
  },
  // Negative: a consulate's visa appointment.
  {
    ...DKR,
    text: 'Objet : Confirmation de votre rendez-vous\n\nBonjour,\n\nVotre rendez-vous pour le dépôt de votre demande de visa est fixé au mercredi 20 juin 2040 à 8 h 30 au centre de Dakar. Présentez-vous 15 minutes avant avec votre passeport et les pièces justificatives.\n\nTLScontact',
    expect: [],
  },
];
