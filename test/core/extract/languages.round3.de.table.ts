// The third held-out German round of issue 13 (round 29): whole recruiter messages, ATS templates (Personio,
// Softgarden, Workday, SAP SuccessFactors, Teamtailor), agency mail and out-of-office replies from Germany,
// Austria and Switzerland, in the Sie and du registers, written with their answers from TIMELINE-CONVENTIONS.md
// BEFORE the engine read them. The first-run figure is in FIRST_RUN (languages.table.ts).
import { BER, NY } from './languages.senders';
import type { PhraseRow } from './phrases.table';

// Thursday 12 November 2026, 14:20 in Vienna.
const WIEN = { sentAt: '2026-11-12T14:20:00+01:00', tz: 'Europe/Vienna' } as const;
// Friday 27 November 2026, 08:45 in Zurich.
const ZRH = { sentAt: '2026-11-27T08:45:00+01:00', tz: 'Europe/Zurich' } as const;
// Sunday 15 November 2026, 21:30 in Berlin (next week = the week that starts tomorrow).
const BER_SUN = { sentAt: '2026-11-15T21:30:00+01:00', tz: 'Europe/Berlin' } as const;
// Monday 11 January 2027, 09:10 in Hamburg.
const HAM_JAN = { sentAt: '2027-01-11T09:10:00+01:00', tz: 'Europe/Berlin' } as const;

/** Round 29: German recruiter mail, third unseen round (senders in Vienna, Zurich, Berlin, Hamburg, New York). */
export const ROUND_29_DE: readonly PhraseRow[] = [
  // Vienna, Thursday 12 November 2026.
  {
    ...WIEN,
    text: 'Sehr geehrte Frau Kowalczyk,\n\nvielen Dank für Ihre Bewerbung als Senior Data Engineer (m/w/d) bei der Alpenblick Software GmbH.\n\nWir möchten Sie gerne kennenlernen und laden Sie herzlich zu einem ersten Gespräch ein:\n\nDatum: Mittwoch, 18.11.2026\nUhrzeit: 10:00 - 11:00 Uhr\nOrt: Microsoft Teams (den Link erhalten Sie separat)\nGesprächspartner: Mag. Thomas Huber (Head of Data), Aylin Demir (People & Culture)\n\nBitte bestätigen Sie den Termin bis Montag über den Link in dieser E-Mail.\n\nMit freundlichen Grüßen\nAylin Demir\nPeople & Culture\n\nAlpenblick Software GmbH | Mariahilfer Straße 123, 1060 Wien\nTel.: +43 1 234 56 78 | FN 456789x, Handelsgericht Wien',
    expect: [{ kind: 'interview', by: '2026-11-18', time: '10:00' }],
  },
  {
    ...WIEN,
    text: 'Guten Tag Herr Okafor,\n\nvielen Dank für Ihr Interesse an der Position „Werkstudent Controlling (w/m/d)“. Hiermit bestätigen wir den Eingang Ihrer Bewerbung vom 11.11.2026.\n\nWir prüfen Ihre Unterlagen sorgfältig und melden uns so bald wie möglich bei Ihnen.\n\nDies ist eine automatisch generierte E-Mail – bitte antworten Sie nicht darauf.\n\nPowered by softgarden',
    expect: [],
  },
  {
    ...WIEN,
    text: 'Sehr geehrter Herr Nguyen,\n\nvielen Dank für Ihre Bewerbung. Unsere Fachbereiche benötigen für die Prüfung der Unterlagen üblicherweise rund zehn Tage – danach hören Sie in jedem Fall von uns.\n\nBeste Grüße\nSandra Lechner',
    expect: [{ kind: 'response-by', by: '2026-11-22', fuzzy: true }],
  },
  {
    ...WIEN,
    text: 'Hey Jonas,\nkurze Info: Unser CTO ist am Dienstag leider krank, daher müssen wir unser Gespräch am 17.11. um 15 Uhr absagen. Passt dir stattdessen Donnerstag, der 19.11., um 16:30?\nLG, Mira',
    expect: [{ kind: 'interview', by: '2026-11-19', time: '16:30' }],
  },
  {
    ...WIEN,
    text: 'Für das Zweitgespräch könnten wir Ihnen folgende Zeitfenster anbieten:\n• Mo. 23.11. 09:00–10:00\n• Di. 24.11. 13:30–14:30\n• Do. 26.11. 17:00–18:00\nBitte teilen Sie uns mit, welcher Termin Ihnen am besten passt.',
    expect: [],
  },
  {
    ...WIEN,
    text: 'Wir führen die Gespräche mit den übrigen Kandidatinnen und Kandidaten noch bis zum 20. November und melden uns anschließend in der darauffolgenden Woche bei Ihnen.',
    expect: [{ kind: 'response-by', by: '2026-11-27' }],
  },
  {
    ...WIEN,
    text: 'Vielen Dank für Ihre Bewerbung über karriere.at! Die Vorstellungsgespräche für diese Position finden voraussichtlich ab Mitte Dezember statt.',
    expect: [],
  },
  {
    ...WIEN,
    text: 'Wir laden Sie zu einem Hearing am 12. Jänner 2027 um 9 Uhr in die Magistratsabteilung 2, Ebendorferstraße 4, ein.',
    expect: [{ kind: 'interview', by: '2027-01-12', time: '09:00' }],
  },
  {
    ...WIEN,
    text: 'Sie bekommen bis spätestens 30. November eine Nachricht von uns, egal ob positiv oder negativ.',
    expect: [{ kind: 'response-by', by: '2026-11-30' }],
  },
  {
    ...WIEN,
    text: 'Herr Gruber führt am Montag und Dienstag die Gespräche mit den Kandidatinnen aus der ersten Runde.',
    expect: [],
  },
  {
    ...WIEN,
    text: 'Erinnerung: Ihr Zugang zum Bewerberportal läuft am 30.11.2026 ab. Melden Sie sich bis dahin einmal an, um Ihr Profil zu behalten.',
    expect: [],
  },
  // Zurich, Friday 27 November 2026 (Swiss spelling, no ß).
  {
    ...ZRH,
    text: 'Wir bitten Sie, von Nachfragen zum Stand des Verfahrens bis Ende Dezember abzusehen; vorher können wir Ihnen leider keine Auskunft geben.',
    expect: [{ kind: 'no-contact-before', by: '2026-12-31', fuzzy: true }],
  },
  {
    ...ZRH,
    text: 'Grüezi Herr Rossi\n\nBesten Dank für Ihre Nachricht. Ich bin vom 30. November bis und mit 4. Dezember in den Ferien und ab Montag, 7. Dezember, wieder im Büro. Bitte gedulden Sie sich mit Ihrer Anfrage bis dann – ich melde mich nach meiner Rückkehr.\n\nFreundliche Grüsse\nCorinne Bächli\nHR Business Partner\nSwissTrail AG, Bahnhofstrasse 12, 8001 Zürich\nT +41 44 123 45 67',
    expect: [{ kind: 'no-contact-before', by: '2026-12-07' }],
  },
  {
    ...ZRH,
    text: 'Aus Kapazitätsgründen ist es uns leider nicht möglich, telefonische Anfragen zu laufenden Bewerbungsverfahren zu beantworten.',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...ZRH,
    text: 'Anrufe beim Empfang oder direkt bei den Fachabteilungen bezüglich offener Stellen nehmen wir grundsätzlich keine entgegen.',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...ZRH,
    text: 'Sehr geehrte Frau Haddad\n\nNach sorgfältiger Prüfung Ihres Dossiers müssen wir Ihnen leider eine Absage erteilen. Diese Entscheidung ist keine Wertung Ihrer Qualifikationen.\n\nWir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.\n\nFreundliche Grüsse\nHelvetia Logistik AG',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...ZRH,
    text: 'Liebe Frau Ferreira\n\nWir freuen uns sehr, Ihnen mitteilen zu dürfen, dass die Wahl auf Sie gefallen ist! Im Anhang finden Sie unseren Arbeitsvertrag; bitte senden Sie ihn uns bis am 4. Dezember unterzeichnet zurück. Ihr Stellenantritt wäre am 1. Februar 2027.\n\nHerzliche Grüsse\nDaniel Meier',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...ZRH,
    text: 'Das Interview mit unserem Londoner Team ist auf Dienstag, 1. Dezember, 9:30 Uhr (GMT) angesetzt.',
    expect: [{ kind: 'interview', by: '2026-12-01', time: '10:30' }],
  },
  {
    ...ZRH,
    text: 'Die Rückmeldung des Kaders erhalten Sie innert 10 Arbeitstagen.',
    expect: [{ kind: 'response-by', by: '2026-12-11' }],
  },
  {
    ...ZRH,
    text: 'Gerne bestätigen wir Ihnen das Vorstellungsgespräch vom Mittwoch, 2.12., 14.15 Uhr, bei uns in Winterthur.',
    expect: [{ kind: 'interview', by: '2026-12-02', time: '14:15' }],
  },
  {
    ...ZRH,
    text: 'Der Arbeitsort ist Basel; Arbeitszeit 42 Stunden pro Woche, Eintritt per 1. März 2027 oder nach Vereinbarung.',
    expect: [],
  },
  // Berlin, Sunday 15 November 2026, 21:30.
  {
    ...BER_SUN,
    text: 'Hallo Frau Schubert,\n\nkurzes Update von meiner Seite: Das Feedback der Fachabteilung steht noch aus, ich rechne aber damit, dass ich Ihnen im Laufe der nächsten Woche Bescheid geben kann. Schönen Sonntagabend noch!\n\nViele Grüße, Tobias\n\nVon meinem iPhone gesendet',
    expect: [{ kind: 'response-by', by: '2026-11-20' }],
  },
  {
    ...BER_SUN,
    text: 'Hi Kemal, nur zur Erinnerung: Wir sehen uns morgen um halb elf bei uns im Büro (3. OG, Klingel „Fernweh Reisen“). Bis dann! Grüße, Svenja',
    expect: [{ kind: 'interview', by: '2026-11-16', time: '10:30' }],
  },
  {
    ...BER_SUN,
    text: 'Vielen Dank nochmals, dass Sie sich am Donnerstag Zeit für das Gespräch mit Herrn Achterberg genommen haben. Er war von Ihrem Fallbeispiel sehr angetan.',
    expect: [],
  },
  {
    ...BER_SUN,
    text: 'Bitte haben Sie Verständnis, dass wir vor Ablauf der Bewerbungsfrist am 30.11. keine Zwischenstände mitteilen. Von Nachfragen bitten wir daher bis dahin abzusehen.',
    expect: [{ kind: 'no-contact-before', by: '2026-12-01', fuzzy: true }],
  },
  {
    ...BER_SUN,
    text: 'Status der Bewerbung: Interview\nNächster Schritt: Fachinterview\nTermin: 19.11.2026 14:00 MEZ\nDauer: 60 Minuten\nOrt: Videokonferenz (Webex)',
    expect: [{ kind: 'interview', by: '2026-11-19', time: '14:00' }],
  },
  {
    ...BER_SUN,
    text: 'Damit wir den Termin verbindlich einplanen können, geben Sie uns bitte bis spätestens Mittwoch, 18. November, 12 Uhr eine kurze Rückmeldung, ob Sie am Folgetermin teilnehmen möchten.',
    expect: [],
  },
  {
    ...BER_SUN,
    text: 'Das Gespräch dauert ca. 60–90 Minuten und besteht aus einer kurzen Präsentation (15 Min.) sowie einem Fachteil.',
    expect: [],
  },
  // Hamburg, Monday 11 January 2027.
  {
    ...HAM_JAN,
    text: 'Guten Tag Frau Papadopoulos,\n\nherzlichen Dank für Ihre Bewerbung als Junior Consultant, die am 8. Januar bei uns eingegangen ist. Wir sichten alle Bewerbungen nach Ende der Ausschreibung am 22. Januar und geben Ihnen spätestens zwei Wochen danach Bescheid, wie es weitergeht.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team der Hanse Consult Partners GmbH\n\nHanse Consult Partners GmbH · Große Elbstraße 14 · 22767 Hamburg\nGeschäftsführer: Dr. Jan Feddersen, Ana Ribeiro · Amtsgericht Hamburg HRB 123456',
    expect: [{ kind: 'response-by', by: '2027-02-05' }],
  },
  {
    ...HAM_JAN,
    text: 'Bestätigung Ihres Termins\nVorstellungsgespräch – Teamleitung Kundenservice (m/w/d)\nWann: 2027-01-19, 13:00–14:00 Uhr\nWo: Hanse Consult Partners, Raum „Elbe“, 2. Stock\nAnsprechpartnerin: Ana Ribeiro, +49 40 987 654-32',
    expect: [{ kind: 'interview', by: '2027-01-19', time: '13:00' }],
  },
  {
    ...HAM_JAN,
    text: 'Leider muss ich unseren für morgen, 12.01., 11:00 Uhr vereinbarten Termin kurzfristig absagen, da Frau Ribeiro erkrankt ist. Ich melde mich, sobald ich einen neuen Termin mit ihr abstimmen konnte.',
    expect: [],
  },
  {
    ...HAM_JAN,
    text: 'Hi Lea, wie besprochen hier die Eckdaten: Call mit unserem US-Team am Donnerstag, 14. Jan., um 4:00 PM (CET). Meeting-Link folgt.',
    expect: [{ kind: 'interview', by: '2027-01-14', time: '16:00' }],
  },
  {
    ...HAM_JAN,
    text: 'Die Entscheidung fällt in unserem Führungskreis am Freitag; Sie hören dann spätestens Anfang der darauffolgenden Woche von uns.',
    expect: [{ kind: 'response-by', by: '2027-01-20', fuzzy: true }],
  },
  {
    ...HAM_JAN,
    text: 'Telefonisch stehen wir Ihnen für Fragen zum Stand Ihrer Bewerbung leider nicht zur Verfügung.',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...HAM_JAN,
    text: 'Bei Fragen erreichen Sie mich Mo–Do von 9:00 bis 16:00 Uhr unter +49 40 555 0199 oder per Mail.',
    expect: [],
  },
  {
    ...HAM_JAN,
    text: 'Hallo Herr Ivanov,\n\nvielen Dank für Ihre Nachfrage. Wir sind noch mitten im Auswahlprozess und kommen auf Sie zu, sobald wir mehr wissen.\n\nViele Grüße\nMareike Sørensen\n\n-----Ursprüngliche Nachricht-----\nVon: Dmitri Ivanov <d.ivanov@example.com>\nGesendet: Freitag, 8. Januar 2027 17:42\nAn: Karriere <karriere@nordlicht-energie.de>\nBetreff: Nachfrage Vorstellungsgespräch vom 17.12.\n\nSehr geehrte Damen und Herren, ich wollte mich nach dem Stand meiner Bewerbung erkundigen.',
    expect: [],
  },
  {
    ...HAM_JAN,
    text: 'Eigentlich wollten wir Ihnen bereits bis letzten Freitag Bescheid geben – leider hat sich die Abstimmung im Team verzögert. Wir bitten um Entschuldigung.',
    expect: [],
  },
  // New York recipient, Tuesday 10 November 2026 (times in Central European Time move by six hours).
  {
    ...NY,
    text: 'Sehr geehrter Herr Schwarz,\n\nwie telefonisch besprochen bestätigen wir Ihnen das Videointerview am Freitag, den 13. November 2026, um 15:00 Uhr MEZ. Bitte wählen Sie sich fünf Minuten vorher über den untenstehenden Link ein.',
    expect: [{ kind: 'interview', by: '2026-11-13', time: '09:00' }],
  },
  {
    ...NY,
    text: 'Die Rückmeldung aus dem Fachbereich erwarten wir bis Mitte nächster Woche.',
    expect: [{ kind: 'response-by', by: '2026-11-18', fuzzy: true }],
  },
  // Berlin, Monday 2 November 2026.
  {
    ...BER,
    text: 'Hallo Fatima,\n\ndanke, dass du dir die Zeit genommen hast, dich bei uns zu bewerben. Wir haben lange überlegt, uns am Ende aber für jemanden entschieden, dessen Erfahrung noch etwas näher an dem liegt, was das Team gerade braucht.\n\nWenn du einverstanden bist, behalten wir dein Profil für 12 Monate in unserem Talentpool.\n\nAlles Gute und liebe Grüße\nNele vom Talent-Team',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...BER,
    text: 'Hi Marco, gute Nachrichten: Das Team war begeistert und wir würden dich sehr gerne an Bord holen! Das schriftliche Angebot schicke ich dir bis Mittwoch zu.',
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2026-11-04' },
    ],
  },
  {
    ...BER,
    text: 'Ihre Vertragsunterlagen gehen in den nächsten zwei bis drei Werktagen per DocuSign an Sie raus.',
    expect: [{ kind: 'response-by', by: '2026-11-05' }],
  },
  {
    ...BER,
    text: 'Wann genau die Fachabteilung ihre Auswertung abschließt, lässt sich derzeit leider schwer sagen – eine Rückmeldung bekommen Sie aber in jedem Fall bis Ende nächster Woche.',
    expect: [{ kind: 'response-by', by: '2026-11-13' }],
  },
  {
    ...BER,
    text: 'Wir kommen auf Sie zu, sobald der Hiring Manager aus seinem Urlaub zurück ist und sich Ihre Unterlagen angesehen hat.',
    expect: [],
  },
  {
    ...BER,
    text: 'Ihr Gespräch ist am Mittwoch; bitte geben Sie uns danach fünf Arbeitstage Zeit, bevor Sie sich nach dem Ergebnis erkundigen.',
    expect: [
      { kind: 'interview', by: '2026-11-04' },
      { kind: 'no-contact-before', by: '2026-11-11' },
    ],
  },
  {
    ...BER,
    text: 'Bitte fragen Sie frühestens ab dem 23. November nach dem Stand Ihrer Bewerbung.',
    expect: [{ kind: 'no-contact-before', by: '2026-11-23' }],
  },
  {
    ...BER,
    text: 'Gib uns bitte Zeit bis nach dem Bewerbungsschluss am 13.11., bevor du nachhakst.',
    expect: [{ kind: 'no-contact-before', by: '2026-11-14' }],
  },
  {
    ...BER,
    text: 'Zu den Rahmenbedingungen: Vertragsbeginn ist der 1. März 2027, die Probezeit beträgt sechs Monate und das Gehalt wird jeweils zum 27. des Monats ausgezahlt.',
    expect: [],
  },
  {
    ...BER,
    text: 'Lernen Sie uns kennen: Am Samstag, 14. November, öffnen wir von 10 bis 15 Uhr die Türen unseres Ausbildungszentrums in Bochum zum Tag der offenen Tür.',
    expect: [],
  },
  {
    ...BER,
    text: 'Diese E-Mail enthält vertrauliche Informationen. Datenschutzhinweis: Ihre Bewerberdaten werden sechs Monate nach Abschluss des Verfahrens gelöscht. Sitz der Gesellschaft: Stuttgart, Registergericht: Amtsgericht Stuttgart HRB 98765, USt-IdNr. DE123456789.',
    expect: [],
  },
  {
    ...BER,
    text: 'Bitte laden Sie innerhalb von 48 Stunden Ihre Zeugnisse im Bewerberportal hoch, damit wir Ihre Bewerbung weiter bearbeiten können.',
    expect: [],
  },
  {
    ...BER,
    text: 'Den Link zum Online-Assessment (Dauer ca. 40 Minuten) können Sie bis zum 9. November, 23:59 Uhr nutzen.',
    expect: [],
  },
  {
    ...BER,
    text: 'Einladung zum Interview   Position:   Sachbearbeiter Lohnbuchhaltung (m/w/d)   Standort:   Leipzig   Datum:   Di, 10.11.2026   Beginn:   08:30   Interviewer:   Katarzyna Nowak, Jörg Petersen   Bitte bringen Sie Ihren Personalausweis mit.',
    expect: [{ kind: 'interview', by: '2026-11-10', time: '08:30' }],
  },
  {
    ...BER,
    text: 'Könnten Sie am Donnerstag um 2 Uhr nachmittags zu einem kurzen Kennenlernen vorbeikommen?',
    expect: [{ kind: 'interview', by: '2026-11-05', time: '14:00' }],
  },
  {
    ...BER,
    text: 'Nach Ihrem Erstgespräch letzte Woche freuen wir uns, Sie zur zweiten Runde am 11. November um 10 Uhr in unsere Zentrale nach Frankfurt einzuladen.',
    expect: [{ kind: 'interview', by: '2026-11-11', time: '10:00' }],
  },
  {
    ...BER,
    text: 'Hallo Herr Adeyemi, mein Kunde – ein mittelständischer Maschinenbauer aus dem Raum Stuttgart – möchte Sie gerne kennenlernen. Das Interview wäre am Montag, 9.11., ab 17 Uhr per Teams. Passt Ihnen das?\nBeste Grüße, Kai Müller | Senior Personalberater | TalentBridge Personalberatung GmbH | Mobil: +49 171 2345678',
    expect: [{ kind: 'interview', by: '2026-11-09', time: '17:00' }],
  },
  {
    ...BER,
    text: 'In der kommenden Woche stellen sich noch drei weitere Bewerberinnen und Bewerber vor; danach möchten wir spätestens bis zum 18. November eine Entscheidung treffen.',
    expect: [{ kind: 'response-by', by: '2026-11-18' }],
  },
  {
    ...BER,
    text: 'Vielen dank für das nette gespräch heute. wir melden uns bis spätestens freitag nächste woche bei ihnen, vg Jana',
    expect: [{ kind: 'response-by', by: '2026-11-13' }],
  },
  {
    ...BER,
    text: 'Wir bitten ausdrücklich darum, dass Personalvermittler und Headhunter von Anrufen und Direktansprache unserer Führungskräfte absehen.',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...BER,
    text: 'Wenn Sie Fragen haben, rufen Sie mich gerne jederzeit an: 030 / 123 456 78.',
    expect: [],
  },
];

// Tuesday 1 December 2026, 16:05 in Munich.
const MUC = { sentAt: '2026-12-01T16:05:00+01:00', tz: 'Europe/Berlin' } as const;
// Friday 4 December 2026, 10:00 in Graz.
const GRAZ = { sentAt: '2026-12-04T10:00:00+01:00', tz: 'Europe/Vienna' } as const;
// Wednesday 20 January 2027, 11:30 in Bern.
const BERN = { sentAt: '2027-01-20T11:30:00+01:00', tz: 'Europe/Zurich' } as const;
// Monday 7 December 2026, 09:00 in London (German mail to a candidate in the UK: CET times move back an hour).
const LDN_DE = { sentAt: '2026-12-07T09:00:00+00:00', tz: 'Europe/London' } as const;

/**
 * Round 33: a second, smaller fresh German round, written after round 29's fixes and before the engine read it
 * (senders in Munich, Graz, Bern and London).
 */
export const ROUND_33_DE: readonly PhraseRow[] = [
  {
    ...MUC,
    text: 'Servus Herr Lindqvist,\n\nanbei wie versprochen die Zusammenfassung: Ihr zweites Gespräch bei uns in der Leopoldstraße findet am Donnerstag, den 10. Dezember, von 9 bis 10:30 Uhr statt. Parkplätze gibt es im Hof.\n\nPfiati\nMarkus Huber\nBiergarten Digital GmbH',
    expect: [{ kind: 'interview', by: '2026-12-10', time: '09:00' }],
  },
  {
    ...MUC,
    text: 'Die Auswertung der Testaufgabe nimmt bei uns erfahrungsgemäß rund eine Woche in Anspruch.',
    expect: [{ kind: 'response-by', by: '2026-12-08', fuzzy: true }],
  },
  {
    ...MUC,
    text: 'Wir haben uns Ihr Profil angesehen und würden gerne telefonisch mehr über Sie erfahren. Wann passt es Ihnen diese Woche?',
    expect: [],
  },
  {
    ...MUC,
    text: 'Ihr Termin am Freitag (4.12.) muss leider verschoben werden – ein neuer Termin folgt.',
    expect: [],
  },
  {
    ...MUC,
    text: 'Der Hiring Manager ist bis einschließlich 11. Dezember auf Dienstreise; vor seiner Rückkehr können wir leider nichts entscheiden. Bitte melden Sie sich daher frühestens am 14. Dezember wieder bei uns.',
    expect: [{ kind: 'no-contact-before', by: '2026-12-14' }],
  },
  {
    ...MUC,
    text: 'Aufgrund der Vielzahl an Bewerbungen bitten wir um Verständnis, dass wir Anrufe zum Bewerbungsstand nicht beantworten können.',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...MUC,
    text: 'Wir bedauern, Ihnen mitteilen zu müssen, dass Ihre Bewerbung in diesem Auswahlverfahren nicht erfolgreich war.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...MUC,
    text: 'Unsere Weihnachtsfeier findet am 18.12. ab 18 Uhr im Löwenbräukeller statt.',
    expect: [],
  },
  {
    ...MUC,
    text: 'Eine finale Entscheidung fällt nach der Vorstandssitzung am 9. Dezember; spätestens drei Werktage später hören Sie von uns.',
    expect: [{ kind: 'response-by', by: '2026-12-14' }],
  },
  {
    ...MUC,
    text: 'Danke für Ihre Geduld! Zwischen den Jahren ist das Team nicht da, wir melden uns aber spätestens am 8. Januar.',
    expect: [{ kind: 'response-by', by: '2027-01-08' }],
  },
  {
    ...MUC,
    // Issue 13, class 6: an absence gives its first day back (an expectation of nothing before the 2026-12-06 ruling).
    text: 'Ich bin ab morgen bis einschließlich 4.12. im Urlaub, in dringenden Fällen erreichen Sie meine Kollegin Frau Öztürk unter 089 / 21 09 88-0.',
    expect: [{ kind: 'no-contact-before', by: '2026-12-05' }],
  },
  // Graz, Friday 4 December 2026.
  {
    ...GRAZ,
    text: 'Einladung Bewerbungsgespräch\n\nStelle | Lehrling Bürokauffrau/-mann\nTermin | Mi. 16.12.2026, 13:45\nAdresse | Annenstraße 22, 8020 Graz\nKontakt | Frau Mag. Petra Kollmann, 0316 / 80 80-12',
    expect: [{ kind: 'interview', by: '2026-12-16', time: '13:45' }],
  },
  {
    ...GRAZ,
    text: 'Leider konnten wir uns nicht für Ihre Bewerbung entscheiden, werden Ihre Unterlagen aber gerne in Evidenz halten.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...GRAZ,
    text: 'Wir ersuchen Sie, bis zum Abschluss des Verfahrens Mitte Jänner von weiteren Anfragen Abstand zu nehmen.',
    expect: [{ kind: 'no-contact-before', by: '2027-01-15', fuzzy: true }],
  },
  {
    ...GRAZ,
    text: 'Der Kollektivvertrag sieht für diese Position ein Mindestgehalt von € 2.450,– brutto vor; Dienstbeginn wäre der 1. Februar 2027.',
    expect: [],
  },
  {
    ...GRAZ,
    text: 'Du bekommst das Feedback vom Team spätestens übermorgen, versprochen! Lg Hannah',
    expect: [{ kind: 'response-by', by: '2026-12-06' }],
  },
  {
    ...GRAZ,
    text: 'Bewerbungen für den Lehrgang 2027 sind noch bis 15. Jänner möglich; die Aufnahmegespräche starten ab Februar.',
    expect: [],
  },
  // Bern, Wednesday 20 January 2027.
  {
    ...BERN,
    text: 'Grüessech Frau Keller\n\nGerne bestätigen wir Ihnen Ihr Interview für die Stelle als Pflegefachfrau HF:\n\nMontag, 25. Januar 2027\n14:00 – 15:00 Uhr\nInselspital, Haus 12, Büro 3.14\n\nFreundliche Grüsse\nHR Pflege',
    expect: [{ kind: 'interview', by: '2027-01-25', time: '14:00' }],
  },
  {
    ...BERN,
    text: 'Unseren Entscheid teilen wir Ihnen bis Ende Monat mit.',
    expect: [{ kind: 'response-by', by: '2027-01-31' }],
  },
  {
    ...BERN,
    text: 'Bitte beachten Sie, dass wir keine Dossiers von Stellenvermittlungsbüros berücksichtigen und auch keine telefonischen Offerten wünschen.',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...BERN,
    text: 'Das Gespräch mit Frau Dr. Baumann am 3. Februar kann leider nicht stattfinden, da sie an einem Kongress ist. Wir schlagen stattdessen Mittwoch, 10. Februar, 8:30 Uhr vor.',
    expect: [{ kind: 'interview', by: '2027-02-10', time: '08:30' }],
  },
  {
    ...BERN,
    text: 'Die Zweitgespräche mit den drei Finalistinnen führen wir am 28. und 29. Januar.',
    expect: [],
  },
  {
    ...BERN,
    text: 'Vielen Dank für das offene Gespräch vom Dienstag; wir hatten einen sehr guten Eindruck von Ihnen.',
    expect: [],
  },
  // London recipient, Monday 7 December 2026.
  {
    ...LDN_DE,
    text: 'Liebe Frau Nowak, wie besprochen findet das Abschlussgespräch mit unserer Geschäftsführerin am Mittwoch, 9. Dezember, um 11:00 Uhr (MEZ) per Videocall statt.',
    expect: [{ kind: 'interview', by: '2026-12-09', time: '10:00' }],
  },
  {
    ...LDN_DE,
    text: 'Bitte senden Sie uns bis Freitag Ihre Verfügbarkeit für ein Gespräch in der Woche ab dem 14.12.',
    expect: [],
  },
  {
    ...LDN_DE,
    text: 'Sie erhalten den Vertragsentwurf spätestens morgen Mittag per E-Mail.',
    expect: [{ kind: 'response-by', by: '2026-12-08' }],
  },
  {
    ...LDN_DE,
    text: 'Herzlichen Glückwunsch – wir möchten Sie sehr gerne als Teamlead Data bei uns einstellen!',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...LDN_DE,
    text: 'Wir werden die Vorauswahl bis zum 18. Dezember abschließen. Bitte sehen Sie bis dahin von Rückfragen ab.',
    expect: [{ kind: 'no-contact-before', by: '2026-12-18', fuzzy: true }],
  },
  {
    ...LDN_DE,
    text: 'Sollten Sie bis zum 15. Januar nichts von uns gehört haben, betrachten Sie Ihre Bewerbung bitte als nicht berücksichtigt.',
    expect: [{ kind: 'response-by', by: '2027-01-15' }],
  },
  {
    ...LDN_DE,
    text: 'Sie können mich unter +44 20 7946 0321 von Montag bis Donnerstag zwischen 9 und 17 Uhr britischer Zeit erreichen.',
    expect: [],
  },
];
