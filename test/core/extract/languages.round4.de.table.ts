// The fourth held-out German round of issue 13 (round 39): whole messages from Germany, Austria and Switzerland
// in the Sie and du registers, ATS templates (Personio, SAP SuccessFactors, softgarden, d.vinci), signatures with
// Handelsregister footers and quoted history, with job alerts, status changes, out-of-office replies and other
// candidates' interviews as negatives. Each row's answer was written from TIMELINE-CONVENTIONS.md BEFORE the
// engine read it; the first-run figure is in FIRST_RUN (languages.table.ts).
import { BER } from './languages.senders';
import type { PhraseRow } from './phrases.table';

// Wednesday 18 November 2026, 10:00 in Vienna.
const VIE = { sentAt: '2026-11-18T10:00:00+01:00', tz: 'Europe/Vienna' } as const;
// Thursday 26 November 2026, 14:00 in Zurich.
const ZRH = { sentAt: '2026-11-26T14:00:00+01:00', tz: 'Europe/Zurich' } as const;
// Tuesday 8 December 2026, 08:30 in Munich.
const MUC = { sentAt: '2026-12-08T08:30:00+01:00', tz: 'Europe/Berlin' } as const;
// Friday 13 November 2026, 16:00 in Hamburg.
const HAM = { sentAt: '2026-11-13T16:00:00+01:00', tz: 'Europe/Berlin' } as const;

/** Round 39: German recruiter mail and ATS templates as whole messages, fourth unseen round. */
export const ROUND_39_DE: readonly PhraseRow[] = [
  {
    ...BER,
    text: 'Hallo Frau Schneider,\n\nvielen Dank für Ihre Bewerbung als Controllerin (m/w/d). Gerne möchten wir Sie persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch ein:\n\nDatum: Donnerstag, 12.11.2026\nUhrzeit: 10:00 – 11:00 Uhr\nOrt: Lindenstraße 14, 10969 Berlin\n\nBitte bestätigen Sie den Termin bis Freitag über den Link.\n\nMit freundlichen Grüßen\nJana Hoffmann\nPeople & Culture\n\nNordlicht Software GmbH · Amtsgericht Charlottenburg HRB 123456 B · Geschäftsführer: Tim Berger\nGesendet mit Personio',
    expect: [{ kind: 'interview', by: '2026-11-12', time: '10:00' }],
  },
  {
    ...BER,
    text: 'Sehr geehrter Herr Yılmaz,\n\nvielen Dank für Ihr Interesse an unserem Unternehmen und Ihre Bewerbung als Projektingenieur. Ihre Unterlagen sind vollständig bei uns eingegangen. Die Sichtung der Bewerbungen nimmt erfahrungsgemäß zwei bis drei Wochen in Anspruch; anschließend melden wir uns unaufgefordert bei Ihnen.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team\nRheinwerk Anlagenbau GmbH\n\nDiese E-Mail wurde automatisch über softgarden versendet.',
    expect: [{ kind: 'response-by', by: '2026-11-23' }],
  },
  {
    ...HAM,
    text: 'Sehr geehrte Frau Wagner,\n\nnochmals vielen Dank für Ihre Bewerbung und das Interesse an einer Tätigkeit bei uns. Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben.\n\nWir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.\n\nFreundliche Grüße\nPersonalabteilung Hanseatische Versicherung AG\nSitz: Hamburg · Registergericht: Amtsgericht Hamburg HRB 54321\n\nd.vinci Bewerbermanagement',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...BER,
    text: 'Ihr Bewerbungsstatus hat sich geändert.\n\nStelle: Junior Consultant SAP (Req-ID 48812)\nNeuer Status: In Prüfung\nGeändert am: 30.10.2026 14:22:05\n\nDies ist eine automatisch generierte Nachricht von SAP SuccessFactors. Bitte antworten Sie nicht auf diese E-Mail.',
    expect: [],
  },
  {
    ...VIE,
    text: 'Hallo Lukas,\n\ndanke für das nette Gespräch gestern! Wir sprechen diese Woche noch mit zwei weiteren Kandidat:innen und melden uns spätestens Mitte kommender Woche bei dir.\n\nLiebe Grüße\nVerena\n\nDonaublick Digital GmbH | Mariahilfer Straße 88, 1070 Wien | FN 456789x, Handelsgericht Wien',
    expect: [{ kind: 'response-by', by: '2026-11-25', fuzzy: true }],
  },
  {
    ...ZRH,
    text: 'Grüezi Herr Brunner\n\nBesten Dank für Ihre Bewerbung als Leiter Finanzen. Gerne laden wir Sie zu einem ersten Gespräch ein am Mittwoch, 2. Dezember 2026, um 14.00 Uhr an unserem Hauptsitz in Zürich-Oerlikon.\n\nFreundliche Grüsse\nSandra Keller\nHR Business Partnerin\nLimmat Treuhand AG',
    expect: [{ kind: 'interview', by: '2026-12-02', time: '14:00' }],
  },
  {
    ...BER,
    text: 'Liebe Frau Ahmadi,\n\nvielen Dank für Ihre Geduld. Die Fachabteilung wird die Gespräche bis Ende dieser Woche abschließen; eine Entscheidung erwarten wir in KW 47.\n\nViele Grüße\nMarkus Lehmann',
    expect: [{ kind: 'response-by', by: '2026-11-20' }],
  },
  {
    ...BER,
    text: 'Neue Jobs für dich: Frontend-Entwickler (m/w/d) in Köln, Data Analyst in Düsseldorf. Bewirb dich bis zum 30.11.!\n\nDu erhältst diesen Job-Alert, weil du ihn auf StepStone abonniert hast. Abmelden',
    expect: [],
  },
  {
    ...BER,
    text: 'Hallo Herr Krüger,\n\nleider müssen wir Ihr Gespräch am Mittwoch, 4. November, um 11 Uhr kurzfristig absagen, da Frau Dr. Lenz erkrankt ist. Wir melden uns zeitnah mit einem neuen Terminvorschlag.\n\nMit freundlichen Grüßen\nAnja Roth',
    expect: [],
  },
  {
    ...VIE,
    text: 'Hallo Frau Huber,\n\nfür das Zweitgespräch können wir Ihnen folgende Termine anbieten:\n- Montag, 23.11., 9:00 Uhr\n- Dienstag, 24.11., 13:30 Uhr\n- Donnerstag, 26.11., 16:00 Uhr\nBitte geben Sie uns kurz Bescheid, welcher Termin Ihnen passt.\n\nBeste Grüße\nThomas Gruber',
    expect: [],
  },
  {
    ...HAM,
    text: 'Hallo Jonas,\n\nkleine Planänderung: Unser Gespräch am Dienstag, 17.11., müssen wir leider verschieben. Passt dir stattdessen Mittwoch, der 18.11., um 15:30 Uhr?\n\nViele Grüße\nKatrin',
    expect: [{ kind: 'interview', by: '2026-11-18', time: '15:30' }],
  },
  {
    ...BER,
    text: 'Sehr geehrte Bewerberin, sehr geehrter Bewerber,\n\nvielen Dank für Ihre Bewerbung. Aufgrund der hohen Anzahl an Bewerbungen bitten wir Sie, von telefonischen Nachfragen zum Stand des Verfahrens abzusehen. Sie erhalten von uns innerhalb von vier Wochen eine Rückmeldung.\n\nIhr Personalteam',
    expect: [{ kind: 'no-calls' }, { kind: 'response-by', by: '2026-11-30' }],
  },
  {
    ...MUC,
    text: 'Hallo Frau Becker,\n\nvielen Dank für Ihr Interesse. Bitte beachten Sie, dass wir aufgrund der Feiertage erst ab dem 7. Januar 2027 wieder Rückmeldungen geben können – bitte sehen Sie von Nachfragen vor diesem Datum ab.\n\nFreundliche Grüße\nRecruiting Team',
    expect: [{ kind: 'no-contact-before', by: '2027-01-07' }],
  },
  {
    ...BER,
    text: 'Guten Tag Herr Schulz,\n\ndie Bewerbungsfrist für die Stelle endet am 15. November. Nach Ablauf der Frist melden wir uns innerhalb von zehn Werktagen bei allen Bewerberinnen und Bewerbern.\n\nMit freundlichen Grüßen\nStadtwerke Neustadt',
    expect: [{ kind: 'response-by', by: '2026-11-27' }],
  },
  {
    ...BER,
    text: 'Die Vorstellungsgespräche für das Traineeprogramm 2027 finden voraussichtlich vom 23. bis 27. November statt. Eingeladene Bewerber erhalten eine gesonderte Einladung.',
    expect: [],
  },
  {
    ...HAM,
    text: 'Hallo Frau Lange,\n\nperfekt, dann sehen wir uns am Donnerstag um 10 Uhr bei uns im Büro in der Speicherstadt.\n\nBeste Grüße\nNils Hartmann\n\n-----Ursprüngliche Nachricht-----\nVon: Lisa Lange\nGesendet: Freitag, 13. November 2026 11:02\nAn: Nils Hartmann\nBetreff: AW: Einladung zum Vorstellungsgespräch\n\nHallo Herr Hartmann, Donnerstag um 10 Uhr passt mir sehr gut. Alternativ ginge auch Freitag, 20.11., ganztags.',
    expect: [{ kind: 'interview', by: '2026-11-19', time: '10:00' }],
  },
  {
    ...HAM,
    text: 'Hallo Tim,\n\nwir sind mit dem Feedback fast durch und du hörst Anfang kommender Woche von uns.\n\nVG\nSarah',
    expect: [{ kind: 'response-by', by: '2026-11-17', fuzzy: true }],
  },
  {
    ...ZRH,
    text: 'Sehr geehrte Frau Meier\n\nWir danken Ihnen für das angenehme Gespräch. Sie erhalten unseren Entscheid bis spätestens Freitag, 4. Dezember 2026.\n\nFreundliche Grüsse\nPeter Frei\nLeiter Personal',
    expect: [{ kind: 'response-by', by: '2026-12-04' }],
  },
  {
    ...BER,
    text: 'Bestätigung Ihrer Anmeldung: Karrieremesse connecticum, Dienstag, 10.11.2026, 10:00–16:00 Uhr, Messe Berlin, Halle 2. Ihr Ticket finden Sie im Anhang.',
    expect: [],
  },
  {
    ...MUC,
    text: 'Liebe Frau Öztürk,\n\nwir freuen uns sehr, Ihnen die Position als Teamleiterin Logistik anbieten zu können! Den Arbeitsvertrag erhalten Sie in den nächsten Tagen per Post. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 18. Dezember zurück.\n\nHerzliche Grüße\nClaudia Vogt\nPersonalleitung',
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2026-12-13', fuzzy: true },
    ],
  },
  {
    ...VIE,
    text: 'Hallo Herr Wimmer,\n\ndie Abstimmung mit der Geschäftsführung hat leider etwas länger gedauert als geplant, da zwei Entscheider auf Dienstreise waren. Mittlerweile ist aber ein Termin für die finale Runde fixiert, und wir werden Ihnen danach – also voraussichtlich am Montag, 23. November – Bescheid geben.\n\nBeste Grüße\nElisabeth Pichler',
    expect: [{ kind: 'response-by', by: '2026-11-23' }],
  },
  {
    ...BER,
    text: 'Hallo zusammen,\n\nzur Info: Das Interview mit Herrn Peters findet am Freitag, 6.11., um 14 Uhr im Raum 3.12 statt. Bitte tragt euch den Termin ein.\n\nGruß\nSilke',
    expect: [],
  },
  {
    ...ZRH,
    text: 'Guten Tag\n\nBesten Dank für Ihre Bewerbung. Bitte haben Sie Verständnis, dass wir telefonische Auskünfte zum Stand Ihrer Bewerbung leider nicht erteilen können.\n\nFreundliche Grüsse\nHR Services\nHelvetia Logistik AG',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...HAM,
    text: 'Hallo Frau Schmitt,\n\nleider hat sich unsere Entscheidung weiter verzögert. Eigentlich wollten wir uns bereits letzte Woche bei Ihnen melden. Sobald wir Neuigkeiten haben, melden wir uns umgehend.\n\nViele Grüße\nRalf Jung',
    expect: [],
  },
  {
    ...BER,
    text: 'Einladung Vorstellungsgespräch\nKandidat:\tMaximilian Braun\nDatum:\t09.11.2026\nBeginn:\t13:30:00\nEnde:\t14:30:00\nOrt:\tVideokonferenz (Microsoft Teams)',
    expect: [{ kind: 'interview', by: '2026-11-09', time: '13:30' }],
  },
  {
    ...MUC,
    text: 'Hallo Frau Kaya,\n\nunser Kollege aus London würde Sie gerne am Donnerstag, 10. Dezember, um 9:00 Uhr (GMT) per Video kennenlernen. Passt Ihnen das?\n\nBeste Grüße\nFelix Braun',
    expect: [{ kind: 'interview', by: '2026-12-10', time: '10:00' }],
  },
  {
    ...VIE,
    // Issue 13, class 6: an absence gives its first day back (an expectation of nothing before the 2026-12-06 ruling).
    text: 'Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 20.11.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an personal@beispiel.at.',
    expect: [{ kind: 'no-contact-before', by: '2026-11-21' }],
  },
  {
    ...VIE,
    text: 'Hallo Frau Berger,\n\nvielen Dank, dass Sie sich Zeit für das Interview genommen haben. Wir führen bis Freitag noch Gespräche mit weiteren Bewerberinnen und Bewerbern und melden uns Ende kommender Woche bei Ihnen.\n\nMit freundlichen Grüßen\nMartin Hofer',
    expect: [{ kind: 'response-by', by: '2026-11-27' }],
  },
  {
    ...BER,
    text: 'Hallo Herr Neumann,\n\nanbei erhalten Sie den Link zu unserem Online-Assessment. Bitte schließen Sie den Test bis spätestens Sonntag, 8. November, 23:59 Uhr ab.\n\nViele Grüße\nTalent Acquisition',
    expect: [],
  },
  {
    ...ZRH,
    text: 'Hallo Andrea\n\nich bestätige dir gerne das Video-Interview am Mo., 30.11., 08:30 Uhr. Den Teams-Link schicke ich dir separat.\n\nEs Grüessli\nRoman',
    expect: [{ kind: 'interview', by: '2026-11-30', time: '08:30' }],
  },
];

// Senders of round 39b.
// Monday 23 November 2026, 11:00 in Frankfurt.
const FRA = { sentAt: '2026-11-23T11:00:00+01:00', tz: 'Europe/Berlin' } as const;
// Tuesday 1 December 2026, 10:00 in Graz.
const GRZ = { sentAt: '2026-12-01T10:00:00+01:00', tz: 'Europe/Vienna' } as const;
// Wednesday 9 December 2026, 09:00 in Basel.
const BSL = { sentAt: '2026-12-09T09:00:00+01:00', tz: 'Europe/Zurich' } as const;

/**
 * Round 39b: a second, smaller fresh German round, written after round 39's fixes and before the engine read it
 * (its first run is the fixed engine on unseen mail).
 */
export const ROUND_39B_DE: readonly PhraseRow[] = [
  {
    ...FRA,
    text: 'Hallo Herr Richter,\n\nvielen Dank für Ihre Bewerbung! Wir möchten Sie gerne zu einem ersten Kennenlernen per Video einladen.\n\nTermin: Freitag, 27. November 2026, 11:00–11:45 Uhr\nPlattform: Google Meet\n\nViele Grüße\nLena Schäfer\nTalent Acquisition\n\nMainblick GmbH · Sitz Frankfurt am Main · Registergericht Frankfurt HRB 98765',
    expect: [{ kind: 'interview', by: '2026-11-27', time: '11:00' }],
  },
  {
    ...FRA,
    text: 'Guten Tag Frau Klein,\n\nvielen Dank für Ihre Bewerbung. Wir werden Ihre Unterlagen nun sorgfältig prüfen und Ihnen innerhalb der nächsten 14 Tage eine Rückmeldung geben.\n\nFreundliche Grüße\nIhr HR-Team',
    expect: [{ kind: 'response-by', by: '2026-12-07' }],
  },
  {
    ...BER,
    text: 'Liebe Bewerberin, lieber Bewerber,\n\nunsere Karriere-News im November: Am 19.11. findet unser digitaler Karrieretag statt – melden Sie sich jetzt an!\n\nSie erhalten diesen Newsletter, weil Sie sich in unserem Talentpool registriert haben.',
    expect: [],
  },
  {
    ...GRZ,
    text: 'Hi Sebastian,\n\ndanke dir für das Gespräch heute! Ich stimme mich jetzt mit dem Team ab und gebe dir bis Ende der Woche Bescheid, wie es weitergeht.\n\nLG\nJulia',
    expect: [{ kind: 'response-by', by: '2026-12-04' }],
  },
  {
    ...BSL,
    text: 'Sehr geehrter Herr Gerber\n\nBesten Dank für Ihr Dossier. Wir bitten Sie, von Rückfragen bis zum Ablauf der Bewerbungsfrist am 18. Dezember 2026 abzusehen. Wir melden uns anschliessend innerhalb von drei Wochen bei Ihnen.\n\nFreundliche Grüsse\nPersonaldienst\nRheinhafen Basel AG',
    expect: [
      { kind: 'no-contact-before', by: '2026-12-19', fuzzy: true },
      { kind: 'response-by', by: '2027-01-08' },
    ],
  },
  {
    ...HAM,
    text: 'Hallo Frau Engel,\n\nleider muss Herr Vogt den Termin am Dienstag, 17.11., um 10 Uhr absagen. Ich melde mich, sobald wir einen Ersatztermin haben.\n\nBeste Grüße\nTanja',
    expect: [],
  },
  {
    ...MUC,
    text: 'Hallo Herr Wolf,\n\nwie telefonisch besprochen bestätige ich Ihnen hiermit das Zweitgespräch am Montag, den 14.12.2026 um 15:30 Uhr in unserer Zentrale (Leopoldstraße 20, 80802 München). Bitte melden Sie sich am Empfang.\n\nMit freundlichen Grüßen\nDr. Petra Lang\n\nIsarwerk AG · Vorstand: Dr. K. Huber · Amtsgericht München HRB 112233',
    expect: [{ kind: 'interview', by: '2026-12-14', time: '15:30' }],
  },
  {
    ...VIE,
    text: 'Sehr geehrte Frau Novak,\n\nwir danken Ihnen für Ihre Bewerbung und teilen Ihnen mit, dass das Hearing für alle Kandidatinnen und Kandidaten am 2. Dezember stattfindet. Ob Sie eingeladen werden, erfahren Sie gesondert.',
    expect: [],
  },
  {
    ...ZRH,
    text: 'Grüezi Frau Baumann\n\nVielen Dank für das Interview. Die Entscheidung fällt voraussichtlich in der Kalenderwoche 50; wir werden Sie danach umgehend informieren.\n\nFreundliche Grüsse\nMarco Steiner',
    expect: [{ kind: 'response-by', by: '2026-12-11', fuzzy: true }],
  },
  {
    ...BER,
    text: 'Hallo Herr Franke,\n\nanbei finden Sie Ihre Zugangsdaten für das Online-Assessment. Der Test dauert ca. 45 Minuten und muss bis zum 9. November abgeschlossen sein.\n\nViele Grüße\nRecruiting',
    expect: [],
  },
  {
    ...HAM,
    text: 'Hallo Frau Berg,\n\nkein Problem – dann verschieben wir das Gespräch auf Mittwoch, 18.11., 14 Uhr. Die Einladung kommt gleich per Outlook.\n\nGruß\nOle\n\nAm 13.11.2026 um 09:12 schrieb Maria Berg:\n> Hallo Herr Petersen, leider kann ich am Montag, 16.11., doch nicht. Wäre Mittwoch möglich?',
    expect: [{ kind: 'interview', by: '2026-11-18', time: '14:00' }],
  },
  {
    ...FRA,
    text: 'Sehr geehrte Frau Jung,\n\nvielen Dank für Ihr Interesse an unserem Unternehmen. Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können.\n\nMit freundlichen Grüßen\nPersonalabteilung',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...GRZ,
    text: 'Sehr geehrter Herr Pichler,\n\nvielen Dank für Ihre Geduld. Die Gespräche mit den übrigen Kandidat*innen laufen noch bis 4. Dezember; eine Rückmeldung erhalten Sie Mitte der darauffolgenden Woche.\n\nMit freundlichen Grüßen\nKatharina Maier',
    expect: [{ kind: 'response-by', by: '2026-12-09', fuzzy: true }],
  },
  {
    ...BSL,
    // Issue 13, class 6: an absence gives its first day back (an expectation of nothing before the 2026-12-06 ruling).
    text: 'Guten Tag\n\nIch bin vom 7. bis 18. Dezember abwesend. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich an hr@rheinhafen.ch.\n\nFreundliche Grüsse\nLaura Meier',
    expect: [{ kind: 'no-contact-before', by: '2026-12-18' }],
  },
  {
    ...BER,
    text: 'Hey Jana,\n\ndanke für deine Bewerbung bei uns! Wir schauen uns alle Bewerbungen in Ruhe an und melden uns spätestens in zwei Wochen. Bitte ruf nicht extra bei uns an – wir melden uns ganz sicher.\n\nCheers\nDein People-Team',
    expect: [{ kind: 'response-by', by: '2026-11-16' }, { kind: 'no-calls' }],
  },
  {
    ...MUC,
    text: 'Hallo Frau Sommer,\n\nherzlichen Glückwunsch – wir möchten Ihnen die Stelle als Projektleiterin anbieten! Ihren Vertrag schicken wir Ihnen bis Freitag zu.\n\nBeste Grüße\nAndreas Koch',
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2026-12-11' },
    ],
  },
  {
    ...VIE,
    text: 'Sehr geehrte Damen und Herren,\n\nfür die Stelle als Buchhalter/in finden die Hearings am 25. und 26. November statt. Die Reihenfolge der Kandidatinnen und Kandidaten wird noch festgelegt.',
    expect: [],
  },
  {
    ...ZRH,
    text: 'Einladung zum Interview\n\nPosition: Software Engineer (80–100%)\nDatum: 03.12.2026\nZeit: 09:00 – 10:00\nOrt: Europaallee 41, 8004 Zürich\n\nBitte bestätigen Sie den Termin im Kandidatenportal.',
    expect: [{ kind: 'interview', by: '2026-12-03', time: '09:00' }],
  },
  {
    ...HAM,
    text: 'Moin Herr Lorenz,\n\ndanke für Ihre Unterlagen. Unsere Fachabteilung braucht für die Durchsicht in der Regel eine Woche; Sie hören dann Anfang übernächster Woche von uns.\n\nSchöne Grüße\nHendrik',
    expect: [{ kind: 'response-by', by: '2026-11-24', fuzzy: true }],
  },
  {
    ...BER,
    text: 'Hallo Frau Ahmed,\n\nunsere Kollegin aus New York möchte Sie gerne am Donnerstag, 5. November, um 9:00 Uhr (New Yorker Zeit) per Teams kennenlernen. Passt Ihnen das?\n\nViele Grüße\nSimon',
    expect: [{ kind: 'interview', by: '2026-11-05', time: '15:00' }],
  },
  {
    ...BER,
    text: 'Hallo,\n\nIhre Zahlung für das XING Premium-Abo (Monatsbeitrag 9,95 €) ist am 01.11.2026 eingegangen. Nächste Abbuchung: 01.12.2026.',
    expect: [],
  },
];

/**
 * Round 39c: a third fresh German round, written after round 39b's fixes and before the engine read it (its first
 * run is the engine with every fix of rounds 39 and 39b, on unseen mail).
 */
export const ROUND_39C_DE: readonly PhraseRow[] = [
  {
    ...FRA,
    text: 'Hallo Frau Winter,\n\nvielen Dank für Ihre Zeit heute. Wir werden die Eindrücke im Team besprechen und Ihnen spätestens bis Mittwoch nächster Woche eine Rückmeldung geben.\n\nViele Grüße\nSabine Krause',
    expect: [{ kind: 'response-by', by: '2026-12-02' }],
  },
  {
    ...BER,
    text: 'Sehr geehrte Damen und Herren,\n\nhiermit bestätigen wir den Eingang Ihrer Bewerbung. Bitte haben Sie etwas Geduld – wir melden uns, sobald die Auswahl abgeschlossen ist.\n\nMit freundlichen Grüßen\nPersonalabteilung',
    expect: [],
  },
  {
    ...VIE,
    text: 'Liebe Frau Gruber,\n\nwir freuen uns, Sie zum zweiten Gespräch am Dienstag, 24. November, von 14:00 bis 15:30 Uhr in unserem Büro am Schottenring einzuladen.\n\nMit besten Grüßen\nDr. Andreas Leitner',
    expect: [{ kind: 'interview', by: '2026-11-24', time: '14:00' }],
  },
  {
    ...ZRH,
    text: 'Guten Tag Herr Steiner\n\nBesten Dank für Ihre Bewerbung. Wir prüfen alle Dossiers sorgfältig und melden uns innert drei Wochen. Wir bitten Sie, von telefonischen Anfragen abzusehen.\n\nFreundliche Grüsse\nHR-Team',
    expect: [{ kind: 'response-by', by: '2026-12-17' }, { kind: 'no-calls' }],
  },
  {
    ...HAM,
    text: 'Hallo Max,\n\n12 neue Jobs passen zu deinem Suchauftrag „Vertrieb Hamburg“. Jetzt bewerben – viele Stellen sind nur bis Ende November ausgeschrieben!\n\nDein Jobportal-Team',
    expect: [],
  },
  {
    ...MUC,
    text: 'Hallo Herr Schmid,\n\nleider müssen wir unser Telefonat morgen um 10 Uhr verschieben. Wäre Ihnen Freitag, 11.12., um 9:30 Uhr recht?\n\nBeste Grüße\nMonika',
    expect: [{ kind: 'interview', by: '2026-12-11', time: '09:30' }],
  },
  {
    ...GRZ,
    text: 'Sehr geehrte Frau Huber,\n\nwir möchten Sie informieren, dass die Hearings für die ausgeschriebene Stelle in der Woche vom 14. Dezember stattfinden. Sollten Sie in die engere Auswahl kommen, erhalten Sie eine gesonderte Einladung.\n\nMit freundlichen Grüßen\nPersonalabteilung',
    expect: [],
  },
  {
    ...BSL,
    text: 'Sehr geehrter Herr Keller\n\nGerne bestätigen wir Ihnen das Vorstellungsgespräch am Dienstag, 15. Dezember 2026, 10.30 Uhr, bei uns an der Aeschenvorstadt 4 in Basel.\n\nFreundliche Grüsse\nMonika Frei\nPersonalleiterin',
    expect: [{ kind: 'interview', by: '2026-12-15', time: '10:30' }],
  },
  {
    ...BER,
    text: 'Hallo Frau Ernst,\n\nder Status Ihrer Bewerbung hat sich geändert: Ihre Unterlagen werden derzeit von der Fachabteilung geprüft.\n\nIhr Recruiting-Team\n\nDiese Nachricht wurde automatisch erstellt.',
    expect: [],
  },
  {
    ...HAM,
    text: 'Moin Lea,\n\ndas Team war von dir begeistert! Wir würden dich gern zum Probearbeiten einladen – passt dir Donnerstag, der 19.11., ab 9 Uhr?\n\nBeste Grüße\nJan',
    expect: [{ kind: 'interview', by: '2026-11-19', time: '09:00' }],
  },
  {
    ...FRA,
    text: 'Sehr geehrter Herr Bauer,\n\nnach Abschluss aller Vorstellungsgespräche am 27. November werden wir Ihnen innerhalb von zehn Tagen unsere Entscheidung mitteilen.\n\nMit freundlichen Grüßen\nPersonalmanagement',
    expect: [{ kind: 'response-by', by: '2026-12-07' }],
  },
  {
    ...MUC,
    text: 'Vielen Dank für Ihre E-Mail. Ich bin ab dem 21.12. im Urlaub und ab dem 7. Januar wieder erreichbar. Ihre Nachricht wird nicht weitergeleitet.',
    expect: [],
  },
  {
    ...VIE,
    text: 'Liebe Frau Hofer,\n\nich freue mich sehr, Ihnen mitteilen zu dürfen, dass wir uns für Sie entschieden haben! Den Dienstvertrag senden wir Ihnen in den nächsten Tagen zu.\n\nHerzliche Grüße\nThomas Wallner',
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2026-11-23', fuzzy: true },
    ],
  },
  {
    ...ZRH,
    text: 'Sehr geehrte Frau Widmer\n\nLeider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht berücksichtigen können. Wir danken Ihnen für Ihr Interesse und wünschen Ihnen viel Erfolg.\n\nFreundliche Grüsse\nHR',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...BER,
    text: 'Einladung zum Webinar „Erfolgreich im Vorstellungsgespräch“ am Donnerstag, 12.11.2026, um 18:00 Uhr. Jetzt kostenlos anmelden!',
    expect: [],
  },
  {
    ...HAM,
    text: 'Hi Finn,\n\ndanke dir! Bitte hab noch etwas Geduld und frag nicht vor dem 25. November nach – vorher haben wir keine Neuigkeiten.\n\nLG\nAnke',
    expect: [{ kind: 'no-contact-before', by: '2026-11-25' }],
  },
  {
    ...GRZ,
    text: 'Sehr geehrter Herr Novak,\n\nwir danken Ihnen für das Gespräch. Mit einer Entscheidung ist in der KW 51 zu rechnen.\n\nMit freundlichen Grüßen\nSandra Pichler',
    expect: [{ kind: 'response-by', by: '2026-12-18' }],
  },
  {
    ...BSL,
    text: 'Guten Tag\n\nUnser Büro bleibt vom 24. Dezember bis 3. Januar geschlossen. Ab dem 4. Januar sind wir gerne wieder für Sie da.\n\nFreundliche Grüsse\nEmpfang',
    expect: [],
  },
  {
    ...MUC,
    text: 'Hallo Frau Kraus,\n\nvielen Dank für Ihre Bewerbung. Ihre Unterlagen liegen nun der Fachabteilung vor; die Prüfung dauert erfahrungsgemäß bis zu zwei Wochen. Danach melden wir uns bei Ihnen.\n\nViele Grüße\nIhr Recruiting-Team',
    expect: [{ kind: 'response-by', by: '2026-12-22' }],
  },
  {
    ...FRA,
    text: 'Hallo Herr Yıldız,\n\nwir müssen Ihr Interview leider vom 26.11. auf den 30.11. verlegen, gleiche Uhrzeit (11 Uhr).\n\nViele Grüße\nNadine',
    expect: [{ kind: 'interview', by: '2026-11-30', time: '11:00' }],
  },
];
