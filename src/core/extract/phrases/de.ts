/**
 * German phrase knowledge (issue 13): the same meanings as phrases/en.ts, one phrase a row, each with the line it
 * was taken from. Loaded on demand with chrono-node's German parser (languages/load.ts).
 */
import { cancelsInterview, readForeign } from '../foreign';
import { ONE_TO_TWELVE, germanChrono } from './deChrono';
import { type LanguageTables, type SpellingFold, withSpellingFolds } from './language';
import type { PhraseRow } from './rows';

/**
 * Swiss German writes no ß ("anschliessend", "Grüsse"), and mail typed without umlauts writes "ae", "oe", "ue"
 * ("spaetestens Ende naechster Woche", round 325): every row's "ß" also reads "ss", its "ä" "ae", and so on. The
 * examples keep the spelling they were taken with.
 */
const GERMAN_SPELLINGS: Readonly<Record<string, SpellingFold>> = {
  ß: { pattern: '(?:ß|ss)', key: 'ss' },
  ä: { pattern: '(?:ä|ae)', key: 'ae' },
  ö: { pattern: '(?:ö|oe)', key: 'oe' },
  ü: { pattern: '(?:ü|ue)', key: 'ue' },
  Ä: { pattern: '(?:Ä|Ae)', key: 'Ae' },
  Ö: { pattern: '(?:Ö|Oe)', key: 'Oe' },
  Ü: { pattern: '(?:Ü|Ue)', key: 'Ue' },
};

// What the candidate is asked to tell the employer, in the zu-infinitive, whatever the noun: "uns bis zum 9. Dezember
// mitzuteilen", "mir kurz zu bestätigen". Both the answer an offer asks for and a deadline of the candidate's.
const ANSWER_ASKED = String.raw`(?:uns|mir)\s+(?:(?!Ihnen|dir|euch)[\p{L}\p{N}.]+\s+){0,5}?(?:mitzuteilen|zu\s+bestätigen|zuzusagen)`;

/**
 * The departments that select, and also hold an employee's yearly review (fx450, round 327: "Die
 * Mitarbeiterjahresgespräche 2044 stehen an … Annika aus dem People Team"): job words of applicationWords and jobItself,
 * but none that tells a job's selection from a review (jobProcess).
 */
const HR_DEPARTMENT: PhraseRow = {
  pattern: String.raw`HR|Human\s+Resources|Talent\p{L}*|People|Personal(?:abteilung|referent|referentin|wesen|leitung|leiter|leiterin|dienstleister)`,
  example: 'Ihre Unterlagen liegen jetzt bei der Personalabteilung.',
};

/** Words of a job's selection itself (fx403): the narrower part of applicationWords, also jobProcess. */
const JOB_PROCESS: readonly PhraseRow[] = [
  {
    pattern: String.raw`Vorstellungs\p{L}*|Kennenlern\p{L}*|Hearing\p{L}*|Assessment\p{L}*|Auswahl(?:verfahren|gespräch|tag|prozess|runde)\p{L}*|Probearbeit\p{L}*|Probetag\p{L}*|Schnupper\p{L}*|Hospitation\p{L}*`,
    example: 'Wir laden Sie zu einem Kennenlerngespräch am Montag ein.',
  },
  {
    pattern: String.raw`Kandidat\p{L}*|Recruit\p{L}*|Hiring|Headhunter\p{L}*|Personal(?:beratung|berater|beraterin|vermittlung|vermittler|gewinnung|marketing)|Zeitarbeit\p{L}*`,
    example: 'Ihre Unterlagen liegen jetzt bei unserem Recruiting-Team.',
  },
  {
    pattern: String.raw`Job\p{L}*|\p{L}{1,12}job(?:s|börse)?|Karriere\p{L}*|Lebenslauf\p{L}*|Vakanz\p{L}*|Ausschreibung\p{L}*|Stellen\p{L}+|Werkstudent\p{L}*|Praktik\p{L}*|Ausbildung\p{L}*|Azubi\p{L}*|Lehrstelle\p{L}*|Trainee\p{L}*|dual\p{L}*\s+Studi\p{L}*|(?:die|der|diese|dieser|unsere|unserer|eine|einer|ausgeschriebene|ausgeschriebenen|offene|offenen|neue|neuen|freie|freien)\s+Stelle|Position\p{L}*`,
    example: 'Die ausgeschriebene Stelle im Einkauf ist noch offen.',
  },
];

export const DE: LanguageTables = withSpellingFolds(
  {
    code: 'de',
    read: readForeign,
    cancels: cancelsInterview,
    chrono: germanChrono(),
    numbers: {
      ...ONE_TO_TWELVE,
      eine: 1,
      einer: 1,
      einem: 1,
      eines: 1,
      vierzehn: 14,
      zwanzig: 20,
      dreißig: 30,
      paar: 2,
      'ein paar': 2,
    },
    months: {
      januar: 1,
      jänner: 1,
      februar: 2,
      märz: 3,
      april: 4,
      mai: 5,
      juni: 6,
      juli: 7,
      august: 8,
      september: 9,
      oktober: 10,
      november: 11,
      dezember: 12,
      // The abbreviations ATS templates write ("Do., 13. Sep. 2029 · 14:00", round 139); "Jan" alone, a first name,
      // names no day without a number.
      jan: 1,
      feb: 2,
      febr: 2,
      mrz: 3,
      apr: 4,
      jun: 6,
      jul: 7,
      aug: 8,
      sep: 9,
      sept: 9,
      okt: 10,
      nov: 11,
      dez: 12,
    },
    dayWords: [
      {
        pattern: String.raw`(?:heute|morgen|übermorgen)`,
        example: 'Ich freue mich auf unser Gespräch morgen um 9:30 Uhr.',
      },
      {
        pattern: String.raw`übernächste[nr]?\s+Woche`,
        example: 'Sie hören dann Anfang übernächster Woche von uns.',
      },
    ],
    approximate: [
      {
        pattern: String.raw`etwa|ca\.|circa|zirka|rund|ungefähr`,
        example: 'Sie erhalten in etwa zwei Wochen eine Antwort.',
      },
    ],
    windowLeads: [
      {
        // A process's duration (twin of round 139b's "una duración aproximada de tres semanas").
        pattern: String.raw`Dauer\s+von(?:\s+(?:etwa|ca\.|rund|ungefähr|bis\s+zu))?`,
        example: 'Das Auswahlverfahren hat eine Dauer von etwa drei Wochen.',
      },
      {
        // The time the employer gives itself (twin of round 96's "dispondremos de diez días hábiles"): "Danach haben
        // wir zehn Werktage Zeit, um Ihnen das Ergebnis mitzuteilen".
        pattern: String.raw`haben\s+wir(?:\s+(?:dann|anschließend|danach|noch))?`,
        example: 'Danach haben wir zehn Werktage Zeit, um Ihnen das Ergebnis mitzuteilen.',
      },
      {
        pattern: String.raw`(?:etwa|ca\.|rund|ungefähr|mindestens)`,
        example: 'Das Auswahlverfahren dauert erfahrungsgemäß etwa drei Wochen.',
      },
      { pattern: String.raw`binnen`, example: 'Wir melden uns binnen 14 Tagen bei Ihnen.' },
      {
        pattern: String.raw`(?:nach|vor)\s+Ablauf\s+von`,
        example: 'Rückfragen zum Stand beantworten wir erst nach Ablauf von zehn Tagen.',
      },
      {
        pattern: String.raw`innerhalb(?:\s+von|\s+der\s+nächsten)?`,
        example: 'Eine Entscheidung erwarten wir innerhalb von zwei Wochen.',
      },
      {
        pattern: String.raw`in\s+den\s+(?:nächsten|kommenden)`,
        example: 'Sie hören in den nächsten zwei Wochen von uns.',
      },
      { pattern: String.raw`in\s+(?:etwa|ca\.)`, example: 'Sie erhalten in etwa zwei Wochen eine Antwort.' },
      {
        // The window after an event named before it (round 211): "Der Entscheid fällt an der Sitzung vom 23. Mai; wir
        // informieren Sie in den darauffolgenden zwei Arbeitstagen."
        pattern: String.raw`in\s+den\s+(?:darauf\s?folgenden|anschlie(?:ß|ss)enden|nachfolgenden)`,
        example:
          'Der Entscheid fällt am 23. Mai; wir informieren Sie in den darauffolgenden zwei Arbeitstagen.',
      },
      {
        pattern: String.raw`spätestens(?:\s+in)?`,
        example: 'Wir geben Ihnen spätestens zwei Wochen danach Bescheid, wie es weitergeht.',
      },
      {
        // A process's usual length: "nimmt erfahrungsgemäß zwei bis drei Wochen in Anspruch", "dauert in der Regel
        // zehn Tage" (the promise is the response words of its clause or the next).
        pattern: String.raw`(?:erfahrungsgemäß|in\s+der\s+Regel|üblicherweise|normalerweise|gewöhnlich|meistens|meist)(?:\s+(?:etwa|ca\.|rund|ungefähr|bis\s+zu|nach))?`,
        example:
          'Die Sichtung der Bewerbungen nimmt erfahrungsgemäß zwei bis drei Wochen in Anspruch; anschließend melden wir uns unaufgefordert bei Ihnen.',
      },
      {
        pattern: String.raw`(?:dauert|dauern|benötigt|benötigen)(?:\s+(?:etwa|ca\.|rund|ungefähr|bis\s+zu))?(?:\s+zwischen)?`,
        example: 'Die Auswertung der Unterlagen dauert zwei Wochen, danach melden wir uns bei Ihnen.',
      },
      {
        pattern: String.raw`innert`,
        example: 'Die Rückmeldung des Kaders erhalten Sie innert 10 Arbeitstagen.',
      },
      {
        pattern: String.raw`(?:geben\s+Sie|gib|gebt)\s+uns(?:\s+(?:bitte|danach|noch)){0,2}`,
        example:
          'Bitte geben Sie uns danach fünf Arbeitstage Zeit, bevor Sie sich nach dem Ergebnis erkundigen.',
      },
    ],
    notTheCandidate: [
      {
        // The reader as the hiring manager a new hire joins, or a colleague told of the writer's own interview (round
        // 319): "Ihre neue Teamkollegin beginnt am Montag", "Ich habe am Donnerstag um 10 Uhr ein Vorstellungsgespräch".
        // And an employee leaving, told of their final papers (an HR department's, round 319): "im Rahmen Ihres Austritts
        // … Ihre Endabrechnung sowie die Arbeitsbescheinigung erhalten Sie bis spätestens 15. Oktober".
        pattern: String.raw`(?:Ihr|Ihres|Ihrem|dein|deines|deinem)\s+Austritt\p{L}*|Endabrechnung|Arbeitsbescheinigung|(?:Ihr|Ihre|dein|deine)\s+neue[rn]?\s+(?:Team)?(?:kollegin|kollege|mitarbeiterin|mitarbeiter)(?![\p{L}])|(?:ich\s+habe|hab\s+ich|habe\s+ich|ich\s+hab)\s+(?:[\p{L}\p{N}.,]+\s+){0,6}?(?:ein|mein)\s+(?:Vorstellungsgespräch|Bewerbungsgespräch|Jobinterview)(?!\s+(?:mit|für)\s+(?:Ihnen|Sie|dir|dich|euch))`,
        example: 'Ich hab morgen um 9 ein Vorstellungsgespräch, kannst du meine Schicht nehmen?',
      },
      {
        // The reader as the interviewer, sent the schedule of interviews to hold (fx418, round 318b's twin): "anbei der
        // Zeitplan der Vorstellungsgespräche … bitte füllen Sie nach jedem Gespräch den Bewertungsbogen aus".
        pattern: String.raw`(?:Zeitplan|Terminplan|Ablaufplan|Übersicht)\s+(?:der|für\s+die)\s+(?:\p{L}+\s+)?(?:Vorstellungsgespräche|Gespräche|Interviews)|Bewertungsbogen|nach\s+jedem\s+(?:Gespräch|Interview)`,
        example:
          'Anbei der Zeitplan der Vorstellungsgespräche am Dienstag; nach jedem Gespräch bitte den Bewertungsbogen ausfüllen.',
      },
      {
        // The reader as an employer an agency sells to (fx418, round 317c's twin): "zu Ihrem Personalbedarf im
        // Frühjahr". Not a "Bewerberpool", where an employer keeps a candidate too.
        pattern: String.raw`(?:Ihr|Ihren|Ihrem|Ihres|dein|deinen|deines)\s+Personalbedarf\p{L}*`,
        example: 'Gern rufe ich Sie am Donnerstag um 11 Uhr wegen Ihres Personalbedarfs im Frühjahr an.',
      },
      {
        // The reader as the interviewer, sent a third person's papers and the guide for the talk (fx418, round 317):
        // "anbei finden Sie die Bewerbungsunterlagen von Frau Kessler für das Vorstellungsgespräch … Der
        // Gesprächsleitfaden liegt bei". Not the papers of all ("Der Kunde sichtet derzeit die Unterlagen der
        // Kandidaten", round 320): a plural is of many, the reader among them.
        pattern: String.raw`(?:Bewerbungsunterlagen|Unterlagen|Lebenslauf|Bewerbung|Profil)\s+(?:(?:von|des|der)\s+(?:Frau|Herrn|Herr)|des\s+(?:Kandidaten|Bewerbers)|der\s+(?:Kandidatin|Bewerberin)|von\s+(?:Kandidat|Kandidatin))(?![\p{L}])|Gesprächsleitfaden|Interviewleitfaden`,
        example: 'Anbei der Lebenslauf von Herrn Adler für das Gespräch am Montag um 9 Uhr.',
      },
      {
        // The reader as an employer who would interview an agency's temps (round 323c's twin): "… und auf Wunsch
        // Vorstellungsgespräche mit unseren Zeitarbeitskräften vereinbaren".
        pattern: String.raw`(?:Gespräche|Vorstellungsgespräche|Interviews|Kennenlerngespräche)\s+mit\s+(?:unseren|meinen)\s+(?:\p{L}+\s+)?(?:Zeitarbeitskräften|Leiharbeitskräften|Zeitarbeitnehmer(?:innen|n)?|Leiharbeitnehmer(?:innen|n)?|Zeitarbeitern)`,
        example:
          'Gern rufe ich Sie am Dienstag um 10 Uhr an, um Kennenlerngespräche mit unseren Zeitarbeitskräften zu vereinbaren.',
      },
      {
        // The reader as a seller, a buyer at the door (fx418, round 316's twins): "Ist das Lastenrad noch zu haben?",
        // "zu Ihrer Anzeige", "ich würde es mir gern am Samstag anschauen".
        pattern: String.raw`(?:Ihre|Ihrer|deine|deiner)\s+Anzeige|(?:Ihr|Ihrem|dein|deinem)\s+Inserat|noch\s+zu\s+haben|(?:es|ihn|sie)\s+(?:mir\s+)?(?:gern\s+|gerne\s+)?(?:anschauen|ansehen|abholen|probefahren|Probe\s+fahren)\s+(?:kommen|vorbeikommen)`,
        example: 'Ist das Lastenrad noch zu haben? Ich könnte es mir am Samstag um 10 Uhr anschauen kommen.',
      },
      {
        // A company presenting itself to the reader's students or staff (fx418, round 316b's twin): "unser
        // Praktikantenprogramm Ihren Studierenden vorstellen".
        pattern: String.raw`(?:Ihren|Ihre|deinen|deine)\s+(?:Studierenden|Studenten|Studentinnen|Absolventinnen|Absolventen)(?![\p{L}])`,
        example:
          'Gern würden wir unser Traineeprogramm Ihren Studierenden am Donnerstag um 11 Uhr vorstellen.',
      },
      {
        // The writer invited, the reader a friend (round 311): "Die Sparkasse hat mich zum Vorstellungsgespräch
        // eingeladen!", "ich bin zum Probetag eingeladen".
        pattern: String.raw`(?:hat|haben)\s+mich\s+(?:\p{L}+\s+){0,4}?(?:zum|zu\s+(?:einem|einem\s+\p{L}+|ihrem|seinem))\s+(?:Vorstellungsgespräch|Bewerbungsgespräch|Interview|Gespräch|Kennenlerngespräch|Probearbeiten|Probetag|Assessment-Center)\s+eingeladen|(?:ich\s+bin|bin\s+ich)\s+(?:\p{L}+\s+){0,3}?(?:zum|zu\s+einem)\s+(?:Vorstellungsgespräch|Bewerbungsgespräch|Interview|Probetag|Probearbeiten)\s+eingeladen`,
        example: 'Stell dir vor, die Stadtwerke haben mich zum Vorstellungsgespräch eingeladen!',
      },
      {
        // An agency offering the reader, an employer, candidates (round 311b's twin): "wir haben drei erfahrene
        // Elektriker, die ab April verfügbar sind … um Ihnen die Profile vorzustellen".
        pattern: String.raw`Ihnen\s+(?:\p{L}+\s+){0,3}?(?:Profile|Kandidaten|Kandidatinnen|Kandidat|Kandidatin|Fachkräfte|Bewerber|Bewerberinnen)\s+(?:\p{L}+\s+){0,2}?(?:vorstellen|vorzustellen|präsentieren|vorschlagen|vorzuschlagen)`,
        example: 'Hätten Sie Donnerstag um 10 Uhr Zeit, damit ich Ihnen die Profile vorstellen kann?',
      },
      {
        // The reader entered as an interviewer (round 309): "Sie sind als Interviewer für das Gespräch mit Herrn Yüksel
        // … eingetragen".
        pattern: String.raw`(?:sind|bist|wurden|wurdest)\s+(?:\p{L}+\s+){0,2}?als\s+(?:Interviewer(?:in)?|Beisitzer(?:in)?|Jurymitglied|Panel-?Mitglied|Gesprächsleiter(?:in)?)(?![\p{L}])`,
        example: 'Sie sind als Interviewerin für das Gespräch mit Frau Lenz am Montag eingetragen.',
      },
      {
        // The reader asked to sit in on a candidate's talk, or told of the talk it holds with a candidate (round 329; the
        // twins of en.ts's hiring-side rows): "kannst du beim zweiten Gespräch mit Frau Yilmaz als Fachinterviewer dabei
        // sein?", "Ihr Gespräch mit dem Kandidaten Herrn Vogt ist am Montag".
        pattern: String.raw`als\s+(?:\p{L}{1,12}-?)?(?:Interviewer|Interviewerin|Beisitzer|Beisitzerin|Jurymitglied|Kommissionsmitglied|Panel-?Mitglied)\s+(?:\p{L}+\s+){0,2}?(?:dabei|teilnehmen|mitwirken|einspringen|eingeplant|einplanen|eingetragen|vorgesehen)(?![\p{L}])|(?:Gespräch|Interview|Termin|Kennenlernen)\p{L}*\s+(?:\p{L}+\s+){0,2}?mit\s+(?:dem\s+(?:Kandidaten|Bewerber)|der\s+(?:Kandidatin|Bewerberin))(?![\p{L}])`,
        example:
          'Kannst du am Montag um 10 Uhr beim Gespräch mit Herrn Lorenz als Zweitinterviewer dabei sein?',
      },
      {
        // The reader named as a referee (round 308): "Herr Markus Feld hat sich bei uns beworben und Sie als Referenz
        // angegeben. Hätten Sie am Dienstag, 19. November, um 10 Uhr Zeit für ein kurzes Telefonat?"
        pattern: String.raw`(?:Sie|dich)\s+als\s+(?:Referenz(?:person|geber\p{L}*)?|Referee)\s+(?:[\p{L}\p{N}.-]+\s+){0,6}?(?:angegeben|genannt|benannt)|Referenzauskunft\s+(?:über|zu|für)\s+(?:Herrn|Frau|\p{Lu})`,
        example: 'Frau Aydın hat Sie als Referenz angegeben. Passt Ihnen ein Telefonat am Freitag um 9 Uhr?',
      },
      {
        // The reader on the panel or as the interviewer: "Sie wirken in der Auswahlkommission mit", "die Gespräche
        // führen Sie gemeinsam mit Frau Roth".
        pattern: String.raw`(?:in\s+der|als\s+Mitglied\s+der)\s+(?:Auswahlkommission|Auswahljury|Prüfungskommission)|(?:Gespräche|Interviews|Vorstellungsgespräche)\s+(?:[\p{L}\p{N}]+[.,]?\s+){0,8}?(?:führen\s+Sie|führst\s+du)(?![\p{L}])`,
        example: 'Die Vorstellungsgespräche am 3. Dezember führen Sie gemeinsam mit Frau Roth.',
      },
      {
        // A recruiter's own candidate, named to the reader, the hiring manager (round 313): "den Termin mit Herrn Okafor,
        // unserem Kandidaten für die Stelle als Schichtleiter … bei Ihnen im Werk"; an agency presenting profiles
        // (round 314): "Gern stelle ich Ihnen passende Profile in einem kurzen Termin vor".
        // (and a pitch to an employer, its profiles compounded, a deadline between: "Gerne stelle ich Ihnen bis Ende
        // nächster Woche drei vorqualifizierte Kandidatenprofile vor", "Unterstützung bei Ihrer Vakanz", round 330)
        pattern: String.raw`(?:unser|unseren|unserem|unsere|unserer)\s+(?:Kandidat|Kandidaten|Kandidatin|Finalist|Finalisten|Finalistin)(?![\p{L}])|(?:stelle|stellen)\s+(?:ich|wir)\s+Ihnen\s+(?:[\p{L}\p{N}.]+\s+){0,6}?\p{L}{0,12}(?:Profile|Kandidaten|Kandidatinnen|Fachkräfte|Bewerber|Bewerberinnen|Shortlist)(?![\p{L}])|(?:Ihre|Ihrer|Ihren)\s+(?:Vakanz|Vakanzen)(?![\p{L}])`,
        example: 'Am Donnerstag um 10 Uhr kommt unsere Kandidatin Frau Ilse zu Ihnen ins Lager.',
      },
    ],
    applicationWords: [
      ...JOB_PROCESS,
      HR_DEPARTMENT,
      {
        // A job application's own words (fx403): "Ihre Bewerbung", "Bewerber", "beworben", "Initiativbewerbung".
        // (and "Interview", which the press and market research also use, round 310)
        pattern: String.raw`\p{L}{0,12}bewerb\p{L}*|beworben|\p{L}{0,12}interview\p{L}*`,
        example: 'Vielen Dank für Ihre Initiativbewerbung als Mechatroniker.',
      },
      {
        pattern: String.raw`Arbeitsvertrag\p{L}*|Vertragsentwurf\p{L}*|Vertragsangebot\p{L}*|Zusage|(?<!um\s{1,3})Absage|Anstellung|Gehalt\p{L}*|Eintritt\p{L}*`,
        example: 'Den Vertragsentwurf für Ihre Anstellung schicken wir Ihnen morgen.',
      },
      {
        // A process's deciders, no service's: "das Feedback aus dem Fachbereich", "das Gremium tagt".
        pattern: String.raw`Fachbereich\p{L}*|Fachabteilung\p{L}*|Gremium|Führungskreis|Betriebsrat\p{L}*`,
        example: 'Das Feedback aus dem Fachbereich erwarten wir bis Freitag.',
      },
      {
        // Working for the sender, in a mail of a garage's, a practice's or a shop's that names no job's word (fx410):
        // "danke für Ihren Anruf wegen der Aushilfe in unserer Werkstatt", "Ihr Interesse an einer Mitarbeit in unserer
        // Praxis".
        pattern: String.raw`Aushilfe\p{L}*|Mitarbeit|mitarbeiten|bei\s+uns\s+(?:zu\s+)?(?:arbeiten|anfangen|einsteigen|anzufangen|einzusteigen)|(?:unser|unsere|das)\s+Team\s+(?:zu\s+)?(?:verstärken|ergänzen)|Minijob\p{L}*|Nebenjob\p{L}*|Teilzeitkraft|Vollzeitkraft|Einarbeitung`,
        example: 'Danke für Ihr Interesse an einer Mitarbeit in unserer Praxis.',
      },
    ],
    otherRelations: [
      {
        // The reader as a customer who booked (round 319): "vielen Dank für Ihre Buchung! Hier die Details zu Ihrem
        // Shooting".
        pattern: String.raw`Buchung\p{L}*`,
        example: 'Vielen Dank für Ihre Buchung! Die Rechnung erhalten Sie innerhalb von fünf Werktagen.',
      },
      {
        // The reader as a customer who asked for a quote or wrote through a contact form (fx418, round 316): "danke für Ihre
        // Anfrage über unser Kontaktformular … Unseren Kostenvoranschlag erhalten Sie dann innerhalb von fünf Werktagen".
        // Not "Ihre Anfrage" alone, which an out-of-office answers too ("kümmere ich mich dann um Ihre Anfrage").
        pattern: String.raw`Kostenvoranschlag\p{L}*|Kontaktformular\p{L}*`,
        example: 'Danke für Ihre Nachricht; den Kostenvoranschlag schicken wir Ihnen bis Freitag.',
      },
      {
        // An appointment named by what it is for, in a mail that names no job's word (fx418): "Ihr Termin zur
        // Wohnungsübergabe", "Terminerinnerung zum Zahnreinigen". A job's appointment in such a mail is a talk
        // ("Termin zum Gespräch", "zum persönlichen Kennenlernen"), which stays the reader's.
        pattern: String.raw`Termin(?:bestätigung|erinnerung)?\s+(?:zur|zum)\s+(?!(?:\p{L}+\s+){0,2}?(?:\p{L}{0,20}gespräch\p{L}*|Telefonat|Austausch|Kennenlernen|Video\p{L}*|Call|Meeting|Interview\p{L}*)(?![\p{L}]))\p{L}{4,}`,
        example: 'Hiermit bestätigen wir Ihren Termin zur Wohnungsübergabe am Freitag um 9 Uhr.',
      },
      {
        // The reader greeted formally by a role, no name nor title (fx418): "Sehr geehrte Teilnehmerin,", "Sehr geehrter
        // Versicherungsnehmer,". A candidate is greeted by a title and name, or as one ("Sehr geehrte Bewerberin").
        pattern: String.raw`Sehr\s+geehrte[rs]?\s+(?!(?:Frau|Herr|Herrn|Damen|Dr|Prof|Professor|Professorin|Bewerber|Bewerberin|Bewerbende|Kandidat|Kandidatin|Interessent|Interessentin)(?![\p{L}]))\p{L}+[ \t]*[,!]`,
        example:
          'Sehr geehrter Versicherungsnehmer,\n\nIhr Termin mit dem Gutachter ist am Montag um 10 Uhr.',
      },
      {
        // The reader greeted as a parent, a colleague, a tenant, a member, a patient or a customer (fx403): "Liebe Eltern,
        // …", "Sehr geehrte Mieterinnen und Mieter", "Sehr geehrter Kunde".
        pattern: String.raw`(?:Liebe|Lieber|Sehr\s+geehrte|Sehr\s+geehrter|Hallo)\s+(?:Eltern|Kolleginnen|Kollegen|Kollegium|Mitglieder|Mitglied|Mieterinnen|Mieterin|Mieter|Nachbarinnen|Nachbarn|Patientinnen|Patientin|Patienten|Patient|Kundinnen|Kundin|Kunden|Kunde|Studierende|Teilnehmende|Mitarbeitende|Vereinsmitglieder|Nutzerinnen|Nutzer)(?![\p{L}])|Hallo\s+(?:zusammen|Team|alle)`,
        example: 'Liebe Eltern, der Laternenumzug findet am Freitag um 17 Uhr statt.',
      },
      {
        // A customer's, patient's or member's account: "Kundennummer", "Versichertenkarte", "Mitgliedsnummer".
        // (and a journey's ticket, round 324c's twin: "Sitzplatzreservierung: Wagen 7, Platz 55")
        pattern: String.raw`Sitzplatzreservierung|Fahrkarte\p{L}*|Bordkarte\p{L}*|Kunden(?:nummer|konto|karte|service|center|portal)|Versicherten\p{L}*|Mitglieds\p{L}*|Vertragsnummer|Bestell\p{L}*|Lieferung|Rechnung|Sendung\p{L}*|Paket\p{L}*|Zustellung|Blutspende\p{L}*`,
        example: 'Bitte halten Sie Ihre Kundennummer bereit, wenn Sie anrufen.',
      },
      {
        // A practice, a clinic, a garage, a flat, a school, an office of the state (rounds 294–309).
        pattern: String.raw`Sprechstunde\p{L}*|Behandlung\p{L}*|\p{L}{0,14}untersuchung\p{L}*|Ordination|Befund\p{L}*|e-card|Facharzt\p{L}*|Fachärztin\p{L}*|Arztpraxis|Impf\p{L}*|Werkstatttermin\p{L}*|Fahrzeug\p{L}*|Kennzeichen|Reifen\p{L}*|Inspektion\p{L}*|TÜV|Besichtigung\p{L}*|Wohnung\p{L}*|Mietvertrag\p{L}*|(?:Ihr|Ihre|Ihren|Ihrem|dein|deine|deinen|deinem)\s+(?:Sohn|Tochter|Kind|Sohnes)|Elternabend|Elterngespräch\p{L}*|Bürgeramt|Behörde|Finanzamt|Reservierung\p{L}*`,
        example: 'Ihr Impftermin in der Praxis Dr. Ahrens ist am Montag um 9 Uhr.',
      },
      {
        // The reader as an employee or a student: "dein jährliches Mitarbeitergespräch", "Ihre mündliche Prüfung im Modul",
        // an adviser's call ("Beratungstermin", "Energieberater").
        pattern: String.raw`Mitarbeitergespräch\p{L}*|Jahresgespräch\p{L}*|Entwicklungsgespräch\p{L}*|Personalgespräch\p{L}*|Zielvereinbarung\p{L}*|Betriebsversammlung\p{L}*|Schulung\p{L}*|Fortbildung\p{L}*|Weiterbildung\p{L}*|Prüfungsamt|Modulprüfung\p{L}*|Modul|Studierende\p{L}*|Semester\p{L}*|Beratungstermin\p{L}*|Beratungsgespräch\p{L}*|(?:Ihr|Ihre|Ihrem|Ihren|dein|deine)\s+\p{L}{0,20}berater(?:in)?`,
        example: 'Ihr Beratungstermin zur Altersvorsorge ist am Dienstag um 16 Uhr.',
      },
      {
        // A tax adviser's, a notary's client (round 313): "für die Besprechung Ihrer Einkommensteuererklärung 2030 haben
        // wir folgenden Termin für Sie reserviert". Not "Mandant", a headhunter's client too ("sich nicht direkt an
        // unseren Mandanten zu wenden", r24).
        pattern: String.raw`\p{L}{0,12}steuererklärung\p{L}*|Einkommensteuer\p{L}*|Lohnsteuer\p{L}*|Steuerbescheid\p{L}*|Notar\p{L}*|Beurkundung\p{L}*|Kaufvertrag\p{L}*|Grundbuch\p{L}*`,
        example: 'Den Beurkundungstermin beim Notar haben wir für Freitag um 10 Uhr vereinbart.',
      },
    ],
    otherApplications: [
      {
        // A child's place at a daycare (twin of round 326c's "une place … de notre CPE … entrevue d'accueil": "in unserer
        // Kita ist ein Krippenplatz frei geworden"). The child's place, not a Kita alone: an Erzieherin applies to a Kita.
        pattern: String.raw`Krippenplatz\p{L}*|Kitaplatz\p{L}*|Kindergartenplatz\p{L}*|Eingewöhnung\p{L}*`,
        example:
          'In unserer Kita ist ein Krippenplatz frei geworden; wir laden Sie und Mia am Mittwoch, 28. Oktober, um 16:30 Uhr ein.',
      },
      {
        // A language certificate's exam (round 324): "Ihre mündliche Prüfung (ÖSD Zertifikat C1) findet am Samstag … im
        // Prüfungszentrum statt. Die Ergebnisse erhalten Sie innerhalb von vier Wochen."
        pattern: String.raw`Sprachprüfung\p{L}*|Sprachzertifikat\p{L}*|Goethe-Zertifikat|ÖSD|telc|TestDaF|Zertifikat\s+[ABC][12]`,
        example:
          'Ihre mündliche Prüfung zum Goethe-Zertifikat B2 ist am Samstag um 9 Uhr im Prüfungszentrum.',
      },
      {
        // An animal adopted from a shelter (fx418, round 316): "einen ersten Kennenlerntermin: Samstag, 11. März, um 14 Uhr
        // bei uns im Tierheim … über die Vermittlung".
        pattern: String.raw`Tierheim\p{L}*|Tierschutz\p{L}*|Tiervermittlung|Vermittlung|Pflegestelle\p{L}*|Adoption\p{L}*`,
        example: 'Für die Vermittlung von Luna laden wir Sie zu einem Kennenlerntermin im Tierheim ein.',
      },
      {
        // A flat applied for (round 311): "Bitte bringen Sie zum Termin Ihre Bewerbungsunterlagen mit
        // (Mieterselbstauskunft, Einkommensnachweise …, SCHUFA-Auskunft)".
        pattern: String.raw`Mieterselbstauskunft|Mietinteressent\p{L}*|Wohnungsbewerbung\p{L}*|SCHUFA\p{L}*|Besichtigung\p{L}*|Mietvertrag\p{L}*|Kaution`,
        example: 'Für Ihre Wohnungsbewerbung benötigen wir noch eine aktuelle SCHUFA-Auskunft.',
      },
      {
        // A visa, a residence permit, a loan, a place at a university or a nursery, a grant.
        pattern: String.raw`Visum|Visa|Visumantrag\p{L}*|Aufenthaltstitel\p{L}*|Aufenthaltserlaubnis|Ausländerbehörde|Kreditantrag\p{L}*|Darlehen\p{L}*|Baufinanzierung|Studienplatz\p{L}*|Immatrikulation\p{L}*|Stipendi\p{L}*|Kita-Platz|Betreuungsplatz\p{L}*`,
        example: 'Ihr Termin zur Abgabe des Visumantrags ist am Montag, 24. März, um 9:15 Uhr.',
      },
      {
        // A place at a university applied for (round 313): "zum Auswahlgespräch für den Masterstudiengang
        // Wirtschaftspsychologie … Zulassungsausschuss".
        pattern: String.raw`\p{L}{0,20}studiengang\p{L}*|Zulassung\p{L}*|Studienbewerb\p{L}*|Hochschulzulassung|Bachelorstudi\p{L}*|Masterstudi\p{L}*|Promotionsstudi\p{L}*`,
        example: 'Ihr Auswahlgespräch für den Bachelorstudiengang Soziale Arbeit ist am Montag um 9 Uhr.',
      },
    ],
    otherInterviews: [
      {
        // The reader's own review as an employee, named anywhere in the message (twin of round 325c's "La campagne des
        // entretiens annuels … Ton entretien avec Valérie est planifié": "Die Jahresgespräche 2043 starten").
        // (and compounded: "Die Mitarbeiterjahresgespräche 2044 stehen an", round 327)
        pattern: String.raw`\p{L}{0,14}(?:mitarbeiter|jahres|entwicklungs|beurteilungs|feedback)gespräch\p{L}*|Leistungsbeurteilung\p{L}*|Selbsteinschätzung\p{L}*|Performance-?Review\p{L}*`,
        example:
          'Die Jahresgespräche 2043 starten: Dein Gespräch mit Jens ist am Montag, 23. März, um 14 Uhr.',
      },
      {
        // A trial session of a club, a gym or a school, a placement test (fx418, round 316): "Komm gern am Donnerstag …
        // zum Probetraining in die Halle". A job's trial day is "Probearbeiten" or "Probetag" (jobProcess).
        pattern: String.raw`Probetraining\p{L}*|Sichtungstraining\p{L}*|Probestunde\p{L}*|Probe(?:unterricht|lektion|kurs|klasse)\p{L}*|Einstufungstest\p{L}*|Einstufungsgespräch\p{L}*`,
        example: 'Ihr Einstufungstest für den Italienischkurs ist am Montag um 18 Uhr.',
      },
      {
        // The press's interview with the reader as an expert (round 310): "Interviewanfrage … für unsere
        // Wochenendausgabe recherchieren wir … Zeit für ein kurzes Telefoninterview?".
        pattern: String.raw`Interviewanfrage|Presseanfrage|Medienanfrage|recherchieren|recherchiere|Reportage|für\s+(?:unsere|unseren|unser)\s+(?:\p{L}+\s+)?(?:\p{L}{0,12}ausgabe|Sendung|Podcast|Magazin|Beitrag|Artikel)`,
        example: 'Für unseren Podcast würden wir Sie gern am Montag um 10 Uhr interviewen.',
      },
      {
        // A survey's or market research's interview, a choir's audition, a court's hearing (round 310): "an unserem
        // Interview zum Thema Online-Banking teilnehmen … Aufwandsentschädigung", "Vorsingen", "Ladung als Zeuge".
        pattern: String.raw`Marktforschung\p{L}*|Umfrage\p{L}*|Befragung\p{L}*|Studie|Studienteilnahme|Aufwandsentschädigung|Mikrozensus|Statistisches\s+\p{L}*amt|Vorsingen|Vorspielen|Chor|Orchester|Zeuge|Zeugin|Hauptverhandlung|Strafsache|Gütetermin|Verhandlungstermin`,
        example: 'Sie werden als Zeugin zum Verhandlungstermin am 3. Juni um 10 Uhr geladen.',
      },
      {
        // A casting, an actor's reading (round 313's twins): "Casting für unsere neue Kochshow", "Vorsprechen".
        pattern: String.raw`Casting\p{L}*|Vorsprechen|Probeaufnahme\p{L}*|Kameratest\p{L}*`,
        example: 'Sie sind zum Casting für unsere Kochshow am Samstag um 14 Uhr eingeladen.',
      },
    ],
    jobProcess: JOB_PROCESS,
    ownSlot: [
      {
        // The reader's slot among the days for all (round 315): "Die Gespräche finden an drei Tagen statt (21., 22. und
        // 23. November); für Sie haben wir folgenden Termin reserviert:\n\nTermin: Dienstag, 22.11., 9:30 Uhr".
        pattern: String.raw`für\s+(?:Sie|dich)\s+(?:haben|hätten|ist|wurde)\s+(?:wir\s+|ich\s+)?(?:\p{L}+\s+){0,2}?(?:Termin|Zeitfenster|Slot|Gesprächstermin)\s+(?:reserviert|vorgesehen|eingeplant|festgelegt|geblockt)|Ihr\s+(?:persönlicher\s+)?(?:Termin|Gesprächstermin|Zeitfenster)\s*:`,
        example:
          'Die Gespräche finden am 3. und 4. Mai statt; für Sie haben wir folgenden Termin reserviert: 4. Mai, 10 Uhr.',
      },
    ],
    // The job itself, no selection step a university also holds (fx410).
    jobItself: [...JOB_PROCESS.slice(1), HR_DEPARTMENT],
    notCountedFrom: [
      {
        // A job's start or the office's closing named before "eine Woche später" (fx401): the window counts from the day
        // of writing. "Die Stelle ist ab 1. Dezember zu besetzen. Wir melden uns eine Woche später bei Ihnen."
        pattern: String.raw`zu\s+besetzen|Eintritt(?:stermin|sdatum)?|Arbeitsbeginn|Dienstbeginn|Starttermin|erster\s+Arbeitstag|geschlossen|Betriebsurlaub|Betriebsferien|Urlaub`,
        example: 'Die Stelle ist ab 1. Dezember zu besetzen.',
      },
    ],
    windowAfter: [
      {
        // "eine Woche später" after a day named before (round 301's twin of "une semaine plus tard"): "Ihr Gespräch ist
        // am 15. April. Eine Antwort erhalten Sie eine Woche später."
        pattern: String.raw`(?:später|darauf)`,
        example: 'Die Jury tagt am 3. März. Sie hören zwei Wochen später von uns.',
      },
    ],
    units: [
      {
        // Hours count as whole days, as in French and Spanish: "innerhalb von 48 Stunden nach der Sitzung" (round 91's
        // twin).
        pattern: String.raw`Stunden`,
        unit: 'hour',
        example: 'Sie erhalten innerhalb von 48 Stunden eine Antwort.',
      },
      {
        // Calendar days are days: "binnen zehn Kalendertagen".
        pattern: String.raw`Kalendertag(?:e|en)?`,
        unit: 'day',
        example: 'binnen zehn Kalendertagen',
      },
      {
        pattern: String.raw`(?:Werk|Arbeits|Geschäfts)tag(?:e|en)?`,
        unit: 'business-day',
        example: 'innerhalb von 10 Werktagen',
      },
      { pattern: String.raw`Tag(?:e|en)?`, unit: 'day', example: 'binnen 14 Tagen' },
      { pattern: String.raw`Woche(?:n)?`, unit: 'week', example: 'innerhalb von zwei Wochen' },
      { pattern: String.raw`Monat(?:e|en|s)?`, unit: 'month', example: 'innerhalb eines Monats' },
    ],
    spans: [
      {
        pattern: String.raw`(?:binnen|innerhalb)\s+(?:einer\s+)?Wochenfrist`,
        amount: 1,
        unit: 'week',
        example: 'Wir geben Ihnen binnen Wochenfrist Bescheid.',
      },
    ],
    periods: [
      {
        // The weekday after the day named before (twin of round 242's "te avisamos el lunes siguiente"): "Die
        // Kommission tagt am Freitag, 23. März; am darauffolgenden Montag melden wir uns", one row a weekday.
        pattern: String.raw`am\s+(?:darauffolgenden|folgenden|nachfolgenden)\s+Montag|am\s+Montag\s+(?:darauf|danach)`,
        period: 'weekday-after',
        weekday: 1,
        fromEvent: true,
        example: 'Die Kommission tagt am Donnerstag, 9. März; wir melden uns am darauffolgenden Montag.',
      },
      {
        pattern: String.raw`am\s+(?:darauffolgenden|folgenden|nachfolgenden)\s+Dienstag|am\s+Dienstag\s+(?:darauf|danach)`,
        period: 'weekday-after',
        weekday: 2,
        fromEvent: true,
        example: 'Die Kommission tagt am Donnerstag, 9. März; wir melden uns am darauffolgenden Dienstag.',
      },
      {
        pattern: String.raw`am\s+(?:darauffolgenden|folgenden|nachfolgenden)\s+Mittwoch|am\s+Mittwoch\s+(?:darauf|danach)`,
        period: 'weekday-after',
        weekday: 3,
        fromEvent: true,
        example: 'Die Kommission tagt am Donnerstag, 9. März; wir melden uns am darauffolgenden Mittwoch.',
      },
      {
        pattern: String.raw`am\s+(?:darauffolgenden|folgenden|nachfolgenden)\s+Donnerstag|am\s+Donnerstag\s+(?:darauf|danach)`,
        period: 'weekday-after',
        weekday: 4,
        fromEvent: true,
        example: 'Die Kommission tagt am Donnerstag, 9. März; wir melden uns am darauffolgenden Donnerstag.',
      },
      {
        pattern: String.raw`am\s+(?:darauffolgenden|folgenden|nachfolgenden)\s+Freitag|am\s+Freitag\s+(?:darauf|danach)`,
        period: 'weekday-after',
        weekday: 5,
        fromEvent: true,
        example: 'Die Kommission tagt am Donnerstag, 9. März; wir melden uns am darauffolgenden Freitag.',
      },
      {
        // The day after the day named before: "Die Jury tagt am 11. März; am Tag danach erhalten Sie Bescheid" (the
        // Spanish "al día siguiente", round 84).
        pattern: String.raw`am\s+(?:Tag\s+danach|Folgetag|darauffolgenden\s+Tag|nächsten\s+Tag)`,
        period: 'next-day',
        fromEvent: true,
        example: 'Die Jury tagt am Donnerstag, 11. März. Am Tag danach erhalten Sie unsere Entscheidung.',
      },
      {
        pattern: String.raw`Anfang\s+der\s+(?:darauffolgenden|folgenden|Woche\s+danach)(?:\s+Woche)?`,
        period: 'early-next-week',
        fromEvent: true,
        example:
          'Die Entscheidung fällt am Freitag; Sie hören dann spätestens Anfang der darauffolgenden Woche von uns.',
      },
      {
        pattern: String.raw`(?:in\s+der\s+)?(?:darauffolgenden|darauf\s+folgenden)\s+Woche|in\s+der\s+Woche\s+danach|in\s+der\s+Folgewoche`,
        period: 'next-week',
        fromEvent: true,
        example:
          'Wir führen die Gespräche noch bis zum 20. November und melden uns anschließend in der darauffolgenden Woche.',
      },
      {
        pattern: String.raw`(?:noch\s+)?(?:vor|bis)\s+Weihnachten`,
        period: 'before-christmas',
        example: 'Wir hoffen, Ihnen noch vor Weihnachten Bescheid geben zu können.',
      },
      {
        // The year end's holidays passed (twin of "après les fêtes", r61): "nach den Feiertagen",
        // "nach den Weihnachtsfeiertagen", "nach dem Jahreswechsel", "nach Weihnachten und Neujahr".
        pattern: String.raw`nach\s+(?:den\s+(?:Weihnachts)?(?:Feier|Fest)tagen|den\s+Weihnachtstagen|dem\s+Jahreswechsel|Weihnachten\s+und\s+(?:Neujahr|Silvester)|den\s+Weihnachtsferien)`,
        period: 'after-holidays',
        example: 'Wegen des Jahresabschlusses melden wir uns nach den Feiertagen bei Ihnen.',
      },
      {
        // (twin of round 174c's "avant la Toussaint": Austria's and Bavaria's 1 November)
        pattern: String.raw`(?:noch\s+)?vor\s+Allerheiligen`,
        period: 'before-all-saints',
        example: 'Wir geben Ihnen noch vor Allerheiligen Bescheid.',
      },
      {
        pattern: String.raw`(?:Ende\s+(?:des|dieses)\s+Monats|Monatsende|Ende\s+des\s+laufenden\s+Monats|Ende\s+Monat)`,
        period: 'end-of-month',
        example: 'Sie erhalten bis Ende des Monats eine Rückmeldung von uns.',
      },
      {
        pattern: String.raw`Anfang\s+(?:der\s+)?(?:kommender|nächster|kommenden|nächsten)\s+Woche`,
        period: 'early-next-week',
        example: 'Wir werden uns Anfang kommender Woche bei Ihnen melden.',
      },
      {
        pattern: String.raw`Mitte\s+(?:der\s+)?(?:kommender|nächster|kommenden|nächsten)\s+Woche`,
        period: 'early-next-week',
        example: 'Die Rückmeldung aus dem Fachbereich erwarten wir bis Mitte nächster Woche.',
      },
      {
        pattern: String.raw`Ende\s+(?:der\s+)?(?:kommender|nächster|kommenden|nächsten)\s+Woche`,
        period: 'next-week',
        example: 'Wir melden uns Ende nächster Woche.',
      },
      {
        pattern: String.raw`(?:(?:in\s+der\s+)?(?:kommenden|nächsten)|kommende|nächste)\s+Woche`,
        period: 'next-week',
        example: 'Wir werden Ihnen nächste Woche Bescheid geben.',
      },
      {
        pattern: String.raw`(?:(?:im\s+Laufe\s+)?(?:dieser|diese)\s+Woche|Ende\s+der\s+Woche|zum\s+Wochenende)`,
        period: 'this-week',
        example: 'Wir melden uns im Laufe dieser Woche.',
      },
      {
        // "im Laufe der Woche" without "dieser" (twin of round 93's "a lo largo de esta semana").
        pattern: String.raw`im\s+Laufe?\s+der\s+Woche`,
        period: 'this-week',
        example: 'Den Termin für das zweite Gespräch bestätigen wir Ihnen im Laufe der Woche.',
      },
      {
        pattern: String.raw`in\s+den\s+(?:aller)?(?:nächsten|kommenden)\s+Tagen`,
        period: 'coming-days',
        example: 'Wir melden uns in den nächsten Tagen.',
      },
      {
        pattern: String.raw`(?:im\s+)?(?:nächsten|kommenden)\s+Monat`,
        period: 'next-month',
        example: 'Wir entscheiden im nächsten Monat.',
      },
    ],
    monthEnd: [
      { pattern: String.raw`Ende`, example: 'Wir bitten Sie, von Nachfragen bis Ende Dezember abzusehen.' },
    ],
    monthStart: [{ pattern: String.raw`Anfang`, example: 'Eine Entscheidung erwarten wir Anfang Dezember.' }],
    weekNumber: [
      {
        pattern: String.raw`(?:KW|Kalenderwoche)\s*\d{1,2}|\d{1,2}\.\s*(?:KW|Kalenderwoche)`,
        example: 'Wir melden uns spätestens in KW 48 bei Ihnen.',
      },
    ],
    midMonth: [
      { pattern: String.raw`Mitte`, example: 'Bis Mitte Dezember treffen wir unsere Entscheidung.' },
    ],
    monthParts: [
      {
        pattern: String.raw`(?:in\s+der\s+)?ersten`,
        after: 'woche',
        part: 'first-week',
        example: 'Die Zusagen verschicken wir voraussichtlich in der ersten Januarwoche.',
      },
      {
        // The month's first half (round 174): "in der ersten Novemberhälfte", "in der ersten Hälfte des Novembers".
        pattern: String.raw`(?:in\s+der\s+)?ersten`,
        after: 'hälfte',
        part: 'first-half',
        example: 'Ich gehe davon aus, dass wir Ihnen in der ersten Novemberhälfte Bescheid geben können.',
      },
      {
        pattern: String.raw`(?:in\s+der\s+)?ersten\s+(?:Monats)?hälfte\s+(?:des|im)`,
        after: 's?',
        part: 'first-half',
        example: 'Eine Entscheidung fällt voraussichtlich in der ersten Hälfte des Dezembers.',
      },
      {
        pattern: String.raw`(?:in\s+der\s+)?ersten\s+(?:Kalender)?woche\s+(?:im|des)`,
        part: 'first-week',
        example: 'Eine Entscheidung treffen wir in der ersten Woche im Februar.',
      },
    ],
    bounds: [
      {
        pattern: String.raw`(?:nicht\s+)?vor\s+(?:Ende|Ablauf|Abschluss)\s+(?:des|der|unseres|unserer)\s+\p{L}+(?:\s+(?:am|vom))?`,
        bound: 'until-after',
        example: 'Wir bitten Sie, sich nicht vor Ende der Bewerbungsfrist am 30.11. bei uns zu melden.',
      },
      {
        // "bis die Bewerbungsfrist am 15.11. abgelaufen ist": until that event is over, so the day after it.
        // ("am" may be read with the day: "bis die Bewerbungsfrist am 16. April abgelaufen ist", round 86)
        pattern: String.raw`bis\s+(?:die|der|das|alle)\s+\p{L}+(?:\s+am)?`,
        bound: 'until-after',
        example: 'Bitte warten Sie mit Rückfragen, bis die Bewerbungsfrist am 15.11. abgelaufen ist.',
      },
      {
        // (and "erst nach" with a longer event: "erst nach dem Ende der Bewerbungsfrist am 20. März Auskunft geben …
        // bis dahin bitten wir Sie, auf Rückfragen zu verzichten", round 121)
        // (not a return's day, the first day back: "erst nach meiner Rückkehr am 31. März", round 306)
        pattern: String.raw`(?:bis|erst|frühestens)\s+nach(?!\s+(?:meiner|ihrer|seiner|unserer|Ihrer|deiner)\s+(?:Rückkehr|Rückkunft))(?:\s+(?:dem|der|Ihrem|Ihrer|unserem|unserer))?(?:\s+\p{L}+){0,3}(?:\s+(?:am|vom))?`,
        bound: 'until-after',
        example: 'Gib uns bitte Zeit bis nach dem Bewerbungsschluss am 13.11., bevor du nachhakst.',
      },
      {
        pattern: String.raw`(?:frühestens|erst)(?:\s+(?:ab|am)(?:\s+dem)?)?`,
        bound: 'until',
        example: 'Bitte fragen Sie frühestens ab dem 23. November nach dem Stand Ihrer Bewerbung.',
      },
      {
        // "erst nach dem 20. Juni": contact is welcome the day after (round 92; as French "après le").
        pattern: String.raw`(?:frühestens|erst)\s+nach(?:\s+dem)?`,
        bound: 'until-after',
        example: 'Bitte kontaktieren Sie uns erst nach dem 20. Juni wieder.',
      },
      {
        pattern: String.raw`(?:Rückkehr|zurück)(?:\s+(?:am|ab))?`,
        bound: 'until',
        example: 'bitte warten Sie mit Rückfragen bis zu ihrer Rückkehr am 16. November.',
      },
      {
        // (the period's name may take an adjective: "bis zum Abschluss des gesamten Auswahlverfahrens am 19.", round 141)
        pattern: String.raw`bis\s+(?:zum|zur)\s+(?:Abschluss|Ende|Ablauf)(?:\s+(?:des|der|unseres|unserer)(?:\s+\p{L}+){1,3}?)?(?:\s+(?:am|vom))?`,
        bound: 'by',
        example:
          'Wir ersuchen Sie, bis zum Abschluss des Verfahrens Mitte Jänner von weiteren Anfragen Abstand zu nehmen.',
      },
      {
        // (and the end included: "bis einschließlich 18. Dezember"; the Swiss "bis und mit 16. März", "bis
        // einschliesslich", round 136)
        pattern: String.raw`bis(?:\s+zum|\s+zur|\s+spätestens)?(?:\s+(?:einschließlich|einschliesslich|inklusive|inkl\.|und\s+mit)(?:\s+(?:den|zum))?)?`,
        bound: 'by',
        example: 'Sie hören bis Freitag von uns.',
      },
      {
        pattern: String.raw`spätestens(?:\s+(?:am|bis))?`,
        bound: 'by',
        example: 'Wir geben Ihnen spätestens am 13. November Bescheid.',
      },
      {
        pattern: String.raw`(?:noch\s+)?vor(?:\s+dem|\s+der)?`,
        bound: 'before',
        example: 'Bitte sehen Sie von Nachfragen vor dem 20. November ab.',
      },
      {
        pattern: String.raw`nicht\s+vor(?:\s+dem)?`,
        bound: 'before',
        example: 'Bitte melden Sie sich nicht vor dem 16. November bei uns.',
      },
      {
        // "ab dem 18. Januar": the first day of a span (someone's availability, a return), no slot of its own.
        pattern: String.raw`ab(?:\s+dem|\s+der)?`,
        bound: 'until',
        example: 'Gerne stehe ich ab dem 18. Januar für ein Gespräch zur Verfügung.',
      },
    ],
    response: [
      {
        // "jemanden etwas wissen lassen", its infinitive at the clause's end (round 241's probe of round 234's verb-final
        // misses): "Wir lassen Sie bis Freitag wissen, ob es weitergeht", "Ich lasse dich bis Montag wissen", "Wir werden
        // es Sie bis Ende der Woche wissen lassen". The writer is the subject: "Lassen Sie uns bis Freitag wissen" is
        // the candidate's task.
        pattern: String.raw`(?:(?:wir|ich)\s+(?:lassen|lasse|lass)|lassen\s+wir|lasse\s+ich)\s+(?:es\s+)?(?:Sie|dich|euch)\s+(?:[\p{L}\p{N}.]+\s+){0,6}?wissen|(?:werden|werde|würden|möchten|wollen)\s+(?:(?:wir|ich)\s+)?(?:es\s+)?(?:Sie|dich|euch)\s+(?:es\s+)?(?:[\p{L}\p{N}.]+\s+){0,6}?wissen\s+lassen`,
        example: 'Wir lassen Sie bis Freitag wissen, ob es weitergeht.',
      },
      {
        // More to tell, the verb at the end (round 241's probe): "Wir hoffen, Ihnen bis Freitag Näheres sagen zu können";
        // not "nichts Näheres", which promises nothing.
        pattern: String.raw`(?:Ihnen|dir|euch)\s+(?:[\p{L}\p{N}.]+\s+){0,6}?(?<!nichts\s)(?:Näheres|Genaueres|Konkretes|Konkreteres|Neues|mehr)\s+(?:dazu\s+)?(?:sagen|berichten|mitteilen)`,
        example: 'Wir hoffen, Ihnen bis Freitag Näheres sagen zu können.',
      },
      {
        // The list of those selected published is the answer (twin of round 174b's "publicaremos … la lista de personas
        // seleccionadas"): "veröffentlichen wir auf unserer Website die Liste der eingeladenen Personen".
        pattern: String.raw`(?:veröffentlichen|veröffentlicht|bekanntgegeben|bekanntgeben)\s+(?:\p{L}+\s+){0,5}?(?:die\s+Liste|das\s+Ergebnis|die\s+Ergebnisse|die\s+Auswahl)|(?:die\s+Liste|das\s+Ergebnis|die\s+Ergebnisse)\s+(?:\p{L}+\s+){0,5}?(?:veröffentlicht|bekanntgegeben|bekannt\s+gegeben)`,
        example:
          'Innerhalb von zwei Wochen danach veröffentlichen wir auf unserer Website die Liste der zum Gespräch eingeladenen Personen.',
      },
      {
        // A process's length told as its duration (twin of round 139b's "el proceso … tiene una duración aproximada de tres
        // semanas"): "das Auswahlverfahren hat eine Dauer von etwa drei Wochen".
        pattern: String.raw`(?:Verfahren|Auswahlverfahren|Bewerbungsverfahren|Prozess|Auswahlprozess)\s+(?:\p{L}+\s+){0,2}?(?:hat|umfasst)\s+(?:\p{L}+\s+){0,4}?(?:Dauer|Zeitraum)`,
        example: 'Das Auswahlverfahren hat eine Dauer von etwa drei Wochen.',
      },
      {
        // Papers that reach the candidate, "zugehen" split or whole (round 130): "Die Vertragsunterlagen gehen Ihnen in
        // den nächsten zehn Tagen über unser Onboarding-Portal zu", "wird Ihnen bis Freitag zugehen".
        pattern: String.raw`(?:geht|gehen)\s+(?:Ihnen|dir|euch)\s+(?:[\p{L}\p{N}.-]+\s+){0,8}?zu(?![\p{L}])|(?:Ihnen|dir|euch)\s+(?:\p{L}+\s+){0,4}?zugehen`,
        example: 'Die Vertragsunterlagen gehen Ihnen in den nächsten zehn Tagen über unser Portal zu.',
      },
      {
        // A commitment to answer is the promise (twin of round 94's "nous nous engageons à répondre … sous 10 jours
        // ouvrés"): "Wir verpflichten uns, jede Bewerbung innerhalb von 10 Werktagen zu beantworten".
        pattern: String.raw`(?:verpflichten|verpflichte)\s+(?:uns|mich),?\s+(?:\S+\s+){0,8}?zu\s+(?:beantworten|antworten|melden|informieren|bearbeiten)|(?:wir|ich)\s+beantworten\s+(?:\p{L}+\s+){0,2}?(?:Bewerbung|Anfrage|Nachricht|E-Mail)\p{L}*|(?:Bewerbung|Anfrage|Nachricht|E-Mail)\p{L}*\s+beantworten\s+(?:wir|ich)`,
        example: 'Wir verpflichten uns, jede Bewerbung innerhalb von 10 Werktagen zu beantworten.',
      },
      {
        // The day of the next step still to be told, its object first: "Den Termin für das zweite Gespräch bestätigen
        // wir Ihnen im Laufe der Woche" (twin of round 93's "te confirmamos la fecha … a lo largo de esta semana").
        pattern: String.raw`(?:Termin|Datum|Uhrzeit|Details|Zeitpunkt)\s+(?:\p{L}+\s+){0,5}?(?:bestätigen|nennen|schicken|senden|geben|schlagen|teilen)\s+wir\s+(?:Ihnen|dir|euch)`,
        example: 'Den Termin für das zweite Gespräch bestätigen wir Ihnen im Laufe der Woche.',
      },
      {
        pattern: String.raw`(?:Auswahl)?(?:verfahren|prozess)\s+dauert`,
        example: 'Das Auswahlverfahren dauert erfahrungsgemäß etwa drei Wochen.',
      },
      {
        pattern: String.raw`(?:benötigen|benötigt|brauchen|braucht)\s+(?:\p{L}+\s+){0,3}?(?:Prüfung|Sichtung|Bearbeitung|Auswertung|Durchsicht)`,
        example: 'Unsere Fachbereiche benötigen für die Prüfung der Unterlagen üblicherweise rund zehn Tage.',
      },
      {
        // A process said to be done after its usual length: "Dieser Prozess ist bei uns in der Regel nach zehn
        // Arbeitstagen abgeschlossen" (round 83).
        pattern: String.raw`(?:\p{L}*(?:verfahren|prozess)|Prüfung|Sichtung|Abstimmung|Auswertung)\s+(?:\p{L}+\s+){0,7}?(?:abgeschlossen|beendet)`,
        example: 'Der Abstimmungsprozess ist in der Regel nach zehn Arbeitstagen abgeschlossen.',
      },
      {
        // The decision itself, in the passive (twin of round 122's "el proceso de selección se resolverá antes del
        // 31"): "Über die Besetzung der Stelle wird bis Ende März entschieden".
        pattern: String.raw`(?:wird|soll|sollte)\s+(?:\p{L}+\s+){0,3}?entschieden(?!\s+(?:haben|hat|hatten))`,
        example: 'Über die Besetzung der Stelle wird bis Ende März entschieden.',
      },
      {
        pattern: String.raw`(?:Prüfung|Sichtung|Bearbeitung|Auswertung|Durchsicht)\s+(?:\p{L}+\s+){0,4}?(?:dauert|dauern|benötigt|braucht|nimmt)`,
        example: 'Die Prüfung Ihrer Unterlagen dauert etwa zwei Wochen.',
      },
      {
        pattern: String.raw`an\s+(?:Sie|dich)\s+(?:raus|hinaus|heraus)`,
        example:
          'Ihre Vertragsunterlagen gehen in den nächsten zwei bis drei Werktagen per DocuSign an Sie raus.',
      },
      {
        // (the subject may be shared with the verb before: "haben uns für dich entschieden und schicken dir …")
        pattern: String.raw`(?:schicke|schicken|sende|senden|schreibe|schreiben)\s+(?:(?:ich|wir)\s+)?(?:Ihnen|dir|euch)`,
        example: 'Das schriftliche Angebot schicke ich dir bis Mittwoch zu.',
      },
      {
        // Decisions sent out as a delivery: "Die Zusagen verschicken wir in der ersten Januarwoche".
        pattern: String.raw`(?:Zusagen|Absagen|Entscheidungen|Rückmeldungen|Verträge|Vertragsunterlagen|Angebote)\s+(?:\p{L}+\s+){0,2}?(?:verschicken|versenden|verschickt|versendet)`,
        example: 'Die Zusagen verschicken wir voraussichtlich in der ersten Januarwoche.',
      },
      {
        // The same verbs in the plain order, subject first; the spoken first person without its "e" too ("Ich schick
        // dir den Vertrag morgen rüber", the Du-form mail of start-ups, round 241's probe).
        pattern: String.raw`(?:ich|wir)\s+(?:schicke|schicken|schick|sende|senden|send|schreibe|schreiben|schreib)\s+(?:Ihnen|dir|euch)`,
        example: 'Wir schicken Ihnen den Vertrag bis Freitag.',
      },
      {
        pattern: String.raw`(?:Ihnen|dir)\s+(?:\p{L}+\s+){0,4}?(?:zuschicken|zusenden|zukommen\s+lassen)`,
        example: 'Wir werden Ihnen den Vertrag bis Freitag zukommen lassen.',
      },
      {
        // "zukommen lassen" in the present, "lassen" before its object and "zukommen" at the clause's end (round 244:
        // "Ihren Arbeitsvertrag lassen wir Ihnen bis Ende nächster Woche per Post zukommen"; "wir lassen dir … zukommen").
        pattern: String.raw`(?:(?:lassen|lasse)\s+(?:wir|ich)|(?:wir|ich)\s+(?:lassen|lasse))\s+(?:Ihnen|dir|euch)\s+(?:[\p{L}\p{N}.]+\s+){0,8}?zukommen`,
        example: 'Ihren Arbeitsvertrag lassen wir Ihnen bis Ende nächster Woche per Post zukommen.',
      },
      {
        pattern: String.raw`(?:geht|gehen)\s+Ihnen\s+(?:\p{L}+\s+){0,4}?zu`,
        example: 'Der Vertrag geht Ihnen per Post zu.',
      },
      {
        // The papers of a hire that "follow" (round 305: "Ihr Vertragsentwurf folgt bis Ende der Woche"): delivered to the
        // candidate.
        pattern: String.raw`(?:Ihr|Ihre|dein|deine|der|die|das)\s+(?:\p{L}+\s+)?(?:\p{L}*vertrag|\p{L}*vertragsentwurf|Vertragsunterlagen|Unterlagen|Angebot|Vertragsangebot|Zusage|Einladung)\s+(?:folgt|folgen)(?![\p{L}])`,
        example: 'Der Arbeitsvertrag folgt bis Freitag per Post.',
      },
      { pattern: String.raw`Nachricht`, example: 'Sie erhalten innerhalb einer Woche eine Nachricht.' },
      {
        pattern: String.raw`(?:melden|meldet|melde|meldest)`,
        example: 'Wir melden uns binnen 14 Tagen bei Ihnen.',
      },
      {
        // The spoken first person without its "e" (round 326: "Ich meld mich Mitte nächster Woche bei dir"), as "ich
        // schick dir" below; "ich ruf dich an".
        pattern: String.raw`meld\s+(?:mich|ich\s+mich|uns)|(?:ich\s+ruf|ruf\s+ich)\s+(?:dich|Sie|euch)`,
        example: 'Ich meld mich Anfang nächster Woche bei dir, dann wissen wir mehr.',
      },
      {
        // The whole verb "sich zurückmelden" in every person, written as one word: "wir werden uns bis Freitag bei
        // Ihnen zurückmelden", "ich melde mich … zurück" is the row above.
        // (and the zu-infinitive of a promise relayed: "Sie hat mir zugesagt, sich innerhalb von fünf Werktagen bei mir
        // zurückzumelden", round 327)
        pattern: String.raw`zurück(?:melden|meldet|melde|meldest|gemeldet|zumelden)`,
        example: 'Wir werden uns spätestens bis Freitag bei Ihnen zurückmelden.',
      },
      {
        // "auf jemanden zukommen / zurückkommen" in every person and order: "Wir kommen bis Ende Juni auf Sie zu",
        // "ich komme nächste Woche auf dich zurück", "werden … auf Sie zukommen".
        pattern: String.raw`(?:kommen|komme|kommt)\s+(?:[\p{L}\p{N}.]+\s+){0,6}?auf\s+(?:Sie|dich|euch)\s+(?:zu|zurück)|auf\s+(?:Sie|dich|euch)\s+(?:zukommen|zurückkommen|zurückzukommen|zuzukommen)`,
        example: 'Wir kommen bis spätestens Ende Juni wieder auf Sie zu.',
      },
      {
        // The passive of the same promise: "Sie werden bis zum 18. Juni informiert", "wirst du … benachrichtigt".
        pattern: String.raw`(?:(?:werden|wirst)\s+(?:Sie|du)|(?:Sie|du)\s+(?:werden|wirst))\s+(?:[\p{L}\p{N}.]+\s+){0,8}?(?:informiert|benachrichtigt|kontaktiert|angerufen|angeschrieben)`,
        example: 'Sie werden bis Ende nächster Woche über das Ergebnis informiert.',
      },
      {
        // The active future, the verb at the clause's end with the employer as its subject: "Wir werden Sie innerhalb
        // von drei Wochen über den weiteren Verlauf informieren", "werde ich dich … anrufen" (round 231). Asked by the
        // candidate ("Wann werden Sie mich informieren?") it has no "wir/ich" subject and stays out.
        pattern: String.raw`(?:(?:wir|ich)\s+(?:werden|werde)|(?:werden|werde)\s+(?:wir|ich))\s+(?:Sie|dich|euch)\s+(?:[\p{L}\p{N}.]+\s+){0,8}?(?:informieren|benachrichtigen|kontaktieren|anrufen|anschreiben)(?![\p{L}])`,
        example: 'Wir werden Sie innerhalb von drei Wochen über den weiteren Verlauf informieren.',
      },
      {
        // "antworten" with its object, the verb in either place: "Wir antworten Ihnen innerhalb von zehn Tagen".
        pattern: String.raw`(?:antworten|antworte|beantworten|beantworte)\s+(?:(?:wir|ich)\s+)?(?:Ihnen|dir|euch)`,
        example: 'Wir antworten Ihnen innerhalb von zehn Werktagen.',
      },
      {
        // What the candidate will learn: "Ob es weitergeht, erfahren Sie bis zum 18. Juni", "erfährst du Freitag".
        pattern: String.raw`erfahren\s+(?:Sie|du)|(?:Sie|du)\s+(?:erfahren|erfährst)|erfährst\s+du`,
        example: 'Ob es weitergeht, erfahren Sie bis zum 18. Juni.',
      },
      {
        // A promised call is a promise of news: "Ich rufe Sie morgen an" (with a clock time it is a slot instead).
        pattern: String.raw`(?:ich\s+rufe|wir\s+rufen|rufe\s+ich|rufen\s+wir)\s+(?:Sie|dich|euch)|ruft\s+(?:Sie|dich|euch)\s+(?:\p{L}+\s+){0,4}?(?:an|zurück)(?![\p{L}])`,
        example: 'Am Donnerstag rufe ich Sie an und gebe Ihnen das Feedback des Teams.',
      },
      {
        pattern: String.raw`uns\s+(?:bei\s+Ihnen\s+)?melden`,
        example: 'Wir werden uns bei Ihnen melden.',
      },
      {
        pattern: String.raw`Rückmeldung`,
        example: 'Sie erhalten bis Ende des Monats eine Rückmeldung von uns.',
      },
      { pattern: String.raw`Bescheid`, example: 'Wir geben Ihnen spätestens am 13. November Bescheid.' },
      { pattern: String.raw`Entscheid`, example: 'Unseren Entscheid teilen wir Ihnen bis Ende Monat mit.' },
      {
        pattern: String.raw`(?:teilen\s+(?:wir|ich)|(?:wir|ich)\s+teilen)\s+(?:Ihnen|dir|euch)(?!\s+mit\s*,?\s*(?:dass|daß)(?![\p{L}\p{N}]))`,
        example: 'Unseren Entscheid teilen wir Ihnen bis Ende Monat mit.',
      },
      {
        pattern: String.raw`(?:(?:erhalten|bekommen)\s+(?:Sie|du)|(?:Sie|du)\s+(?:erhalten|bekommen|erhältst|bekommst))`,
        example: 'Sie erhalten den Vertragsentwurf spätestens morgen Mittag per E-Mail.',
      },
      {
        // The Du-form with the object first, its verb before "du" (round 241's probe: "Den Vertrag bekommst du bis
        // Freitag von mir", "Eine Rückmeldung kriegst du Anfang nächster Woche").
        pattern: String.raw`(?:erhältst|bekommst|kriegst)\s+du|du\s+kriegst`,
        example: 'Den Vertrag bekommst du bis Freitag von mir.',
      },
      {
        pattern: String.raw`von\s+(?:uns|mir)\s+gehört`,
        example:
          'Sollten Sie bis zum 15. Januar nichts von uns gehört haben, betrachten Sie Ihre Bewerbung als abgelehnt.',
      },
      {
        pattern: String.raw`Entscheidung`,
        example: 'Eine Entscheidung erwarten wir innerhalb von zwei Wochen.',
      },
      { pattern: String.raw`(?:entscheiden|entscheidet)`, example: 'Wir entscheiden im nächsten Monat.' },
      {
        // (the day's lead and an adverb between: "Sie hören aber in jedem Fall bis Ende März von uns", round 136; a
        // whole date between, with its commas: "Sie hören bis spätestens Freitag, 27. Mai 2044, von uns", round 327)
        pattern: String.raw`(?:hören|hört|hörst)\s+(?:[\p{L}\p{N}.,]+\s+){0,8}?von\s+(?:uns|mir)`,
        example: 'Wir sind mit dem Feedback fast durch und du hörst Anfang kommender Woche von uns.',
      },

      { pattern: String.raw`Antwort`, example: 'Sie erhalten innerhalb von 10 Werktagen eine Antwort.' },
      {
        // What the employer will tell the candidate, the verb's particle at the clause's end: "Wir werden Ihnen bis
        // zum 11. Dezember mitteilen, wie wir uns entschieden haben", "Wir teilen dir bis Freitag mit" (lead's r26); not
        // what is told now ("teilen Ihnen mit, dass das Hearing am 2. Dezember stattfindet", "freuen uns, Ihnen mitteilen
        // zu können, dass wir Ihnen einen Ausbildungsplatz zum 1. August anbieten", round 234).
        pattern: String.raw`(?:Ihnen|dir|euch)\s+(?:[\p{L}\p{N}.]+\s+){0,6}?(?:mitteilen|mit(?=\s*[.,;:!?]|\s*$))(?!\s*,?\s*(?:dass|daß)(?![\p{L}\p{N}]))(?!\s+zu\s+(?:können|dürfen)\s*,?\s*(?:dass|daß)(?![\p{L}\p{N}]))`,
        example: 'Wir werden Ihnen bis zum 11. Dezember mitteilen, wie wir uns entschieden haben.',
      },
      {
        // "Wir informieren Sie", and after a first word the verb before its subject: "Bis Freitag informieren wir Sie".
        pattern: String.raw`(?:informieren|benachrichtigen|kontaktieren|informiere|benachrichtige|kontaktiere)\s+(?:(?:wir|ich)\s+)?(?:Sie|dich|euch|alle)`,
        example: 'Wir informieren Sie bis Freitag über das Ergebnis.',
      },
      {
        pattern: String.raw`in\s+Verbindung`,
        example: 'Wir setzen uns nächste Woche mit Ihnen in Verbindung.',
      },
      {
        pattern: String.raw`(?:Feedback|Ergebnis|Zusage|Absage)`,
        example: 'Ein Feedback erhalten Sie bis Mitte Dezember.',
      },
      {
        // A contract on its way is a promise of delivery: "Der Vertrag kommt morgen per Mail".
        pattern: String.raw`(?:Vertrag|Arbeitsvertrag|Angebot|Vertragsentwurf|Unterlagen)\s+(?:kommt|kommen)`,
        example: 'Der Vertrag kommt morgen per Mail.',
      },
    ],
    interview: [
      {
        // A slot kept: "perfekt, dann bleibt es bei Donnerstag, 13.05., 10:00 Uhr" (round 89).
        pattern: String.raw`(?:bleibt\s+es|es\s+bleibt)\s+(?:\p{L}+\s+){0,2}?bei`,
        example: 'Super, dann bleibt es also bei Montag, 14 Uhr.',
      },
      {
        pattern: String.raw`(?:verschoben|verlegt)`,
        example: 'Wir haben Ihr Gespräch auf Freitag, 13. November, 11 Uhr verschoben.',
      },
      {
        pattern: String.raw`\p{L}*gespräch(?:s|es)?`,
        example: 'Ihr Vorstellungsgespräch findet am 12.11.2026 um 14:00 Uhr statt.',
      },
      {
        pattern: String.raw`\p{L}*interview`,
        example: 'Wir bestätigen Ihnen das Videointerview am Freitag um 15 Uhr.',
      },
      {
        pattern: String.raw`Hearing`,
        example: 'Wir laden Sie zu einem Hearing am 12. Jänner 2027 um 9 Uhr ein.',
      },
      {
        pattern: String.raw`(?:laden|lade)\s+(?:(?:wir|ich)\s+)?(?:Sie|dich|euch)\s+(?:\p{L}+\s+){0,3}?(?:zu|zum|zur)`,
        example: 'Wir laden Sie zu einem Hearing am 12. Jänner 2027 um 9 Uhr ein.',
      },
      {
        pattern: String.raw`(?:einladen|einzuladen)`,
        example: 'Wir freuen uns, Sie zur zweiten Runde am 11. November um 10 Uhr einzuladen.',
      },
      {
        pattern: String.raw`(?:schlage|schlagen)\s+(?:\p{L}+\s+){0,3}?vor|\p{L}*vorschlag\p{L}*`,
        example: 'Wir schlagen Ihnen stattdessen Mittwoch vor.',
      },
      {
        pattern: String.raw`kommen\s+Sie\s+(?:\p{L}+\s+){0,4}?(?:vorbei|Empfang|Büro|zu\s+uns)`,
        example: 'Bitte kommen Sie morgen früh an den Empfang.',
      },
      {
        // Where and how the candidate is met makes the slot: "morgen um halb elf bei uns im Office", "frag am Empfang
        // nach mir", "ich hol dich ab" (round 92; twins "en nuestras oficinas", "à l'accueil"). Asked of the
        // candidate only: "Können Sie ihn am Empfang abholen?" is a colleague's errand (round 74).
        pattern: String.raw`bei\s+uns\s+(?:im|in\s+der|in\s+unserem|in\s+unseren)\s+(?:Büro|Office|Studio|Räumen|Räumlichkeiten|Zentrale|Firmensitz|Headquarter)|(?:frag|fragen\s+Sie|frage|melde\s+dich|melden\s+Sie\s+sich)\s+(?:\p{L}+\s+){0,3}?(?:am|beim)\s+Empfang|(?:hole|hol|holen)\s+(?:dich|Sie|euch)\s+(?:dann\s+|gerne?\s+)?(?:am\s+Empfang\s+|unten\s+)?ab`,
        example: 'Dann also morgen um halb elf bei uns im Office, ich hol dich dann ab.',
      },
      {
        pattern: String.raw`sehen\s+uns`,
        example: 'Wir sehen uns morgen um halb elf bei uns im Büro.',
      },
      {
        // The verb before its subject after a first word ("dann sehen wir uns", "am Montag treffen wir uns").
        pattern: String.raw`(?:sehen|treffen|sprechen)\s+wir\s+uns`,
        example: 'Perfekt, dann sehen wir uns am Donnerstag um 10 Uhr bei uns im Büro in der Speicherstadt.',
      },
      {
        pattern: String.raw`(?:passt|passen)\s+(?:es\s+)?(?:Ihnen|dir|euch)|(?:würde|würden|wird|könnte|dürfte)\s+(?:es\s+)?(?:Ihnen|dir|euch)\s+(?:[\p{L}\p{N}.,]+\s+){0,8}?passen`,
        example: 'Passt dir stattdessen Donnerstag, der 19.11., um 16:30?',
      },
      {
        // (and the verb: "Dann telefonieren wir am Donnerstag um halb zehn", round 104)
        pattern: String.raw`Telefonat|telefonieren|telefoniere|telefonierst|telefoniert`,
        example: 'Haben Sie am Donnerstag um 11 Uhr Zeit für ein kurzes Telefonat?',
      },
      {
        pattern: String.raw`(?:Video)?(?:call|anruf)`,
        example: 'Ich rufe Sie am Montag um 10 Uhr an (Videocall).',
      },
      { pattern: String.raw`Termin`, example: 'Wir bestätigen Ihren Termin am Freitag um 9 Uhr.' },
      {
        pattern: String.raw`\p{L}+termin`,
        example: 'Interviewtermin: Donnerstag, 12.11.2026, 09:00 Uhr – Ort: Microsoft Teams',
      },
      {
        pattern: String.raw`(?:kennenlernen|kennenzulernen)`,
        example: 'Wir würden Sie gern am Dienstag um 14 Uhr kennenlernen.',
      },
      {
        // Presenting oneself, the separable verb's particle at the clause's end (round 241's probe): "Sie stellen sich am
        // Dienstag um 9 Uhr bei Herrn Maurer vor", "Stellen Sie sich bitte … an der Pforte vor", "sich … vorzustellen".
        // The reader as subject only: "Herr Kaya stellt sich am Dienstag vor" is someone else's.
        pattern: String.raw`(?:(?:stellen\s+Sie|Sie\s+stellen)\s+sich|(?:stell|stellst)\s+du\s+dich|du\s+stellst\s+dich|stell\s+dich)\s+(?:[\p{L}\p{N}.,]+\s+){0,10}?vor(?![\p{L}])|(?:Sie|dich),?\s+(?:[\p{L}\p{N}.,]+\s+){0,2}?sich\s+(?:[\p{L}\p{N}.,]+\s+){0,10}?vorzustellen`,
        example: 'Sie stellen sich am Dienstag um 9 Uhr bei Herrn Maurer vor.',
      },
      {
        pattern: String.raw`(?:haben|hätten)\s+Sie\s+(?:\S+\s+){0,6}?Zeit`,
        example: 'Haben Sie am Donnerstag um 11 Uhr Zeit?',
      },
      {
        pattern: String.raw`(?:hast|hättest)\s+du\s+(?:\S+\s+){0,6}?Zeit`,
        example: 'Hättest du am Mittwoch um 15 Uhr Zeit für einen kurzen Austausch?',
      },
      {
        // An interview named in a compound heading: "Interviewbestätigung – Wann: …", "Gesprächseinladung".
        pattern: String.raw`(?:Interview|Gesprächs|Termin)(?:bestätigung|einladung|anfrage|details)|Gesprächspartner(?:in)?`,
        example: 'Interviewbestätigung – Wann: 2027-01-14 10:00:00 (MEZ) Wo: Microsoft Teams',
      },
      {
        // Asked as a wish: "Hätten Sie Lust, …", "Hast du Lust, …".
        pattern: String.raw`(?:hast|hättest)\s+du\s+Lust|(?:haben|hätten)\s+Sie\s+Lust`,
        example: 'Hast du Lust, am Freitag um 11 Uhr mit unserer CTO einen Kaffee zu trinken?',
      },
      {
        // Coming by to meet the team: "vorbeizukommen", "vorbeischauen".
        pattern: String.raw`vorbei(?:zu)?(?:kommen|schauen)|(?:kommst|schaust)\s+(?:du\s+)?(?:\p{L}+\s+){0,5}?vorbei`,
        example: 'Magst du am Dienstag um 16 Uhr bei uns in der Agentur vorbeischauen?',
      },
      {
        // A selection day of the candidate's: an assessment centre, a trial day.
        // (and the Swiss "Schnuppertag", a trial day before an apprenticeship, round 307)
        pattern: String.raw`Assessment[- ]?(?:Center|Centre)|Probearbeit(?:stag)?|Schnupper(?:tag|lehre|tage)|Probetag`,
        example: 'Wir laden Sie herzlich zu unserem Assessment-Center am 14. Januar ab 8:30 Uhr ein.',
      },
      {
        pattern: String.raw`begrüßen`,
        example: 'Wir freuen uns, Sie am Montag um 15 Uhr bei uns begrüßen zu dürfen.',
      },
      {
        // The reader expected or looked forward to at a day and hour (round 241's probe): "Wir erwarten Sie am Dienstag,
        // 20. März, um 14 Uhr am Empfang", "Wir freuen uns auf Sie am Dienstag um 14 Uhr". The reader as object only:
        // "Wir freuen uns auf Ihre Bewerbung bis …" is none.
        pattern: String.raw`(?:erwarten|erwarte)\s+(?:(?:wir|ich)\s+)?(?:Sie|dich|euch)|(?:Sie|dich|euch)\s+erwarten|(?:freuen|freue)\s+(?:uns|mich)\s+(?:schon\s+)?auf\s+(?:Sie|dich|euch|Ihren\s+Besuch|deinen\s+Besuch)`,
        example: 'Wir erwarten Sie am Dienstag, 20. März, um 14 Uhr am Empfang.',
      },
      { pattern: String.raw`(?:Teams|Zoom)`, example: 'per Teams am Mittwoch um 9 Uhr' },
    ],
    casedGenericInterviews: [
      {
        // A named person's or the reader's child's own interview, "ihr" and "sein" in lower case (fx410): "Frau Weiß hat
        // ihr Gespräch auf Donnerstag verschoben", "Ihr Sohn hat am Donnerstag um 14 Uhr sein Vorstellungsgespräch";
        // "Frau Roth hat Ihr Vorstellungsgespräch … verschoben" is the reader's.
        pattern: String.raw`(?:(?:Frau|Herr|Herrn)\s+(?:Dr\.\s+)?\p{Lu}\p{L}+|(?:Ihr|Ihre|Dein|Deine|dein|deine|Euer|Eure|euer|eure)\s+(?:Sohn|Tochter|Kind|Mann|Frau|Partner|Partnerin|Bruder|Schwester|Enkel|Enkelin)(?:\s+\p{Lu}\p{L}+)?)\s+(?:hat|hatte|kommt|wird)\s+(?:[\p{L}\p{N}.,]+\s+){0,8}?(?:ihr|sein|ihren|seinen|ihrem|seinem)\s+(?:\p{L}+\s+)?(?:\p{L}*gespräch|Gespräch|Interview|Termin|\p{L}*termin)`,
        example: 'Herr Brandt hat sein Gespräch mit der Geschäftsführung auf Montag, 10 Uhr gelegt.',
      },
    ],
    genericInterviews: [
      {
        // A named person's interview is another's (round 304c's twin of "l'entretien de Mme Dubois"): "das Gespräch von
        // Herrn Kaiser".
        pattern: String.raw`(?:\p{L}*gespräch|Interview)\s+von\s+(?:Frau|Herrn|Herr)\s+\p{L}+`,
        example: 'Kannst du das Gespräch von Herrn Kaiser am Freitag um 9 Uhr übernehmen?',
      },
      {
        // An interview with one candidate named in the third person is the reader's as an interviewer (round 301: "kannst
        // du am Dienstag, 16. April, um 10 Uhr beim Vorstellungsgespräch mit der Kandidatin … dabei sein?").
        pattern: String.raw`(?:\p{L}*gespräch|Interview)\s+mit\s+(?:der|dem|unserer|unserem)\s+(?:\p{L}+\s+)?(?:Kandidatin|Kandidaten|Bewerberin|Bewerber)(?![\p{L}])`,
        example:
          'Kannst du am Mittwoch um 11 Uhr das Interview mit dem neuen Bewerber für den Vertrieb übernehmen?',
      },
      {
        // The interview stage as a whole (twin of round 139b's "la etapa de entrevistas"): "nach Abschluss der
        // Gesprächsphase am 21. September".
        pattern: String.raw`(?:Gesprächsphase|Interviewphase|Gesprächsrunden|Auswahlgesprächsphase)`,
        example: 'Nach Abschluss der Gesprächsphase am 21. September melden wir uns binnen einer Woche.',
      },
      {
        // A psychometric test is no meeting with the employer (twin of round 125's "evaluación psicotécnica"): "der
        // psychometrische Test findet am Dienstag, 20. Juni, in unseren Räumen statt".
        pattern: String.raw`psychometrische[nrs]?\s+(?:Test|Tests|Verfahren)|Persönlichkeitstest\p{L}*`,
        example: 'Der psychometrische Test findet am Dienstag, 20. Juni, in unseren Räumen statt.',
      },
      {
        // The candidate's own other interview, elsewhere (twin of round 105's "el viernes tengo otra entrevista"): "am
        // Freitag habe ich noch ein anderes Vorstellungsgespräch".
        pattern: String.raw`(?:habe|hab|hätte)\s+(?:ich\s+)?(?:\p{L}+\s+){0,3}?(?:ein|einen)\s+(?:anderes|weiteres|anderen|weiteren)\s+(?:\p{L}*gespräch|Interview|Termin)`,
        example: 'Am Freitag habe ich noch ein anderes Vorstellungsgespräch.',
      },
      {
        // A slot booked for another person: "kannst du für Frau Özkan am Montag um 9 Uhr den Raum blocken?".
        pattern: String.raw`für\s+(?:Frau|Herrn)\s+(?:Dr\.\s+)?\p{L}+`,
        example: 'Kannst du bitte für Herrn Lorenz am Dienstag um 14 Uhr einen Besprechungsraum buchen?',
      },
      {
        // Candidates in the plural are others: "wir haben noch einige Kandidaten im Gespräch".
        pattern: String.raw`(?:einige|mehrere|weitere|zwei|drei|vier|fünf|noch)\s+(?:\p{L}+\s+)?(?:Kandidat(?:en|innen|:innen)|Bewerber(?:innen|:innen|n)?|Finalist(?:en|innen)|Kandidierenden?|Bewerbenden?)`,
        example: 'Am Montag und Dienstag haben wir noch einige Kandidaten im Gespräch.',
      },
      {
        pattern: String.raw`(?:die|den|weiteren|anderen|übrigen)\s+(?:Kandidat(?:en|innen)|Bewerber(?:n|innen)|Finalist(?:en|innen)|Kandidierenden|Bewerbenden)`,
        example: 'Wir führen derzeit noch Gespräche mit weiteren Kandidaten.',
      },
      {
        pattern: String.raw`\p{L}*gespräche`,
        example: 'Die Auswahlgespräche führen wir in der Woche vom 16. November.',
      },
      {
        pattern: String.raw`in\s+der\s+Woche\s+vom`,
        example: 'Die Gespräche finden in der Woche vom 16. November statt.',
      },
      { pattern: String.raw`Interviews`, example: 'Die Interviews beginnen am 2. Juni.' },
      {
        // A greeting of colleagues opens a note about others' interviews (read on the message's first line).
        // (a compound team too: "Hallo Panel-Team", round 104)
        pattern: String.raw`(?:Hallo|Hi|Liebe|Liebes|Servus|Moin)\s+(?:zusammen|(?:\p{L}+-)?Team|Panel|Kolleginnen|Kollegen|alle)`,
        example:
          'Hallo zusammen, zur Info: Das Interview mit Herrn Peters findet am Freitag um 14 Uhr statt.',
      },
      {
        // …or by the group's name alone, opening the message (round 305b's twin): "Team,\n\nam Montag um 9 Uhr starten wir
        // mit den Gesprächen für die Azubis."
        pattern: String.raw`^(?:Team|Zusammen|Leute|Kolleginnen\s+und\s+Kollegen)\s*[:,]`,
        example: 'Team, am Montag um 9 Uhr starten wir mit dem ersten Interview für die Azubi-Stelle.',
      },
      {
        // A day set for every candidate is the process's, not this candidate's slot: "das Hearing für alle
        // Kandidatinnen und Kandidaten am 2. Dezember".
        pattern: String.raw`für\s+alle[n]?\s+(?:Kandidat|Bewerber|Teilnehmer)\p{L}*`,
        example: 'Das Hearing für alle Bewerberinnen und Bewerber findet am 2. Dezember statt.',
      },
      {
        // Slots to choose from are no slot yet: "wählen Sie … einen passenden Termin aus. Verfügbar sind Slots am …".
        pattern: String.raw`(?:wählen|buchen)\s+Sie\s+(?:\p{L}+\s+){0,6}?(?:Termin|Slot|Zeitfenster)|Slots|Zeitfenster`,
        example: 'Verfügbar sind Slots am 10., 11. und 12. März, jeweils zwischen 9 und 12 Uhr.',
      },
    ],
    otherCandidates: [
      {
        // A person set apart as "the candidate" anywhere in the sentence (round 304b: "¿Te sumas a la entrevista del
        // jueves a las 11:00 con Laura Gómez, la candidata para Finanzas?").
        // (or without its article, a preposition after: "mit Paul Martin, Bewerber für den Verkauf", round 307c's twin)
        pattern: String.raw`\p{L}+,\s+(?:(?:der|dem|die|den)\s+(?:\p{L}+\s+)?(?:Kandidatin|Kandidaten|Bewerberin|Bewerber)(?![\p{L}])|(?:Kandidat|Kandidatin|Bewerber|Bewerberin)\s+(?:für|auf)(?![\p{L}]))`,
        example:
          'Kannst du beim Gespräch am Donnerstag um 11 Uhr mit Laura Braun, der Bewerberin für die Buchhaltung, dabei sein?',
      },
      {
        // A third person's or the writer's own interview (fx403): "Meike hat am Donnerstag um 10 Uhr ein
        // Vorstellungsgespräch bei Bosch", "ich hab morgen mein Bewerbungsgespräch": "hat" and "mein" never speak to the
        // reader ("Sie haben", "Ihr"), unless it is held with or for the reader ("… ein Interview mit Ihnen", "hat für Sie
        // ein Vorstellungsgespräch"); "ich habe ein" only with "mein" (a recruiter "hat … ein Gespräch vereinbart").
        pattern: String.raw`(?:hat|hatte|habe|hab)\s+(?:(?!Sie\s|Ihnen|dich\s|dir\s)[\p{L}\p{N}.:]+\s+){0,8}?(?:ein|einen|sein|seinen|mein|meinen)\s+(?:\p{L}+\s+)?(?:Vorstellungsgespräch|Bewerbungsgespräch|Interview|Vorstellungstermin)(?!\s+mit\s+(?:Ihnen|dir|euch))`,
        example: 'Unser Sohn hat morgen um 9 Uhr sein Bewerbungsgespräch bei der Sparkasse.',
      },
      {
        // A person set apart as the candidate after "mit" (round 324b's twin): "Kannst du mich beim Gespräch am Donnerstag
        // um 15 Uhr mit dem Bewerber für das Lager vertreten?"
        pattern: String.raw`mit\s+(?:dem|der)\s+(?:Bewerber|Bewerberin|Kandidaten|Kandidatin)\s+(?:für|auf|als)(?![\p{L}])`,
        example:
          'Kannst du mich beim Gespräch am Donnerstag um 15 Uhr mit dem Bewerber für das Lager vertreten?',
      },
      {
        // The writer's own interview as the subject of its news, told a friend (round 322): "Mein
        // Vorstellungsgespräch bei der Sparkasse ist jetzt fix – Freitag, 18.03. um 10 Uhr". "mein" never speaks to the
        // reader; a recruiter names the reader's ("Ihr", "dein").
        pattern: String.raw`mein\s+(?:\p{L}+\s+)?(?:Vorstellungsgespräch|Bewerbungsgespräch|Jobinterview|Vorstellungstermin)\s+(?:[\p{L}\p{N}.]+\s+){0,5}?(?:ist|steht|findet|wird|wurde|war)(?![\p{L}])`,
        example:
          'Mein Bewerbungsgespräch bei der Stadtverwaltung ist am Montag um 9 Uhr, drück mir die Daumen!',
      },
    ],
    events: [
      {
        // A members' meeting electing its board, and a coaching or photo shoot around applying, booked by the reader
        // (round 319): "Einladung zur Mitgliederversammlung … Kandidatinnen und Kandidaten … reichen ihre Bewerbung
        // ein", "Buchungsbestätigung: Interview-Simulation (60 Min.)".
        pattern: String.raw`\p{L}{0,12}versammlung|Vorstandswahl\p{L}*|Interview-?(?:Simulation|Training|Coaching)\p{L}*|Bewerbungs(?:coaching|check|foto)\p{L}*`,
        example:
          'Einladung zur Jahreshauptversammlung am Freitag um 19:30 Uhr: Kandidaten für den Vorstand stellen sich vor.',
      },
      {
        // A careers fair's ticket and its programme of talks (round 315): "connecticum 2033 – Dein Ticket ist da! … Unser
        // Vortragsprogramm: – Do 17.11., 10:00 Uhr: CV-Check mit Recruiter:innen".
        pattern: String.raw`(?:Dein|Ihr|Euer)\s+Ticket|Vortragsprogramm|Messeprogramm|Aussteller\p{L}*|Karrieremesse\p{L}*|Jobmesse\p{L}*|Firmenkontaktmesse\p{L}*`,
        example:
          'Karrieremesse Nord: Dein Ticket ist da! Am Dienstag um 11 Uhr startet das Vortragsprogramm.',
      },
      {
        // A child's settling-in talk at nursery and an adviser's phone call (round 309): "das Eingewöhnungsgespräch für
        // Ihre Tochter Emma", "Ihren Telefontermin mit unserem Energieberater". The adviser met, after an article, not a
        // job's title: "Vertragsangebot – Kundenberaterin Private Banking", round 330.
        pattern: String.raw`Eingewöhnungs\p{L}*|für\s+(?:Ihre|Ihren|Ihr|deine|deinen|dein)\s+(?:Tochter|Sohn|Kind)|(?:unserem|unserer|unseren|Ihrem|Ihrer|Ihren|deinem|deiner|dem|der|den|einem|einer)\s+(?:Energie|Finanz|Versicherungs|Steuer|Vermögens|Bank|Kunden|Bau)berater\p{L}*`,
        example: 'Wir bestätigen Ihren Telefontermin mit unserem Finanzberater am Freitag um 10 Uhr.',
      },
      {
        // A student's exam (round 308): "Ihre mündliche Prüfung im Modul Personalmanagement findet am 22.11.2030 um 9:15
        // Uhr statt", a thesis defence, the exam office.
        pattern: String.raw`mündliche\s+Prüfung\s+(?:im|zum|in\s+dem)\s+(?:Modul|Fach|Studiengang)|Modulprüfung|Prüfungsamt|Studierendenausweis|Klausur|Disputation|Verteidigung\s+(?:Ihrer|deiner|der)\s+(?:Master|Bachelor|Doktor|Diplom)?arbeit|Kolloquium\s+zu(?:r|m)\s+(?:Master|Bachelor|Diplom)`,
        example: 'Ihre Klausur im Fach Statistik schreiben Sie am 18. Oktober um 8 Uhr.',
      },
      {
        // A landlord's viewing and a car's service (round 308): "die Besichtigung der 3,5-Zimmer-Wohnung an der
        // Seestrasse 14: Samstag, 16. November 2030, 11:00 Uhr", "Ihr Termin zur Inspektion Ihres VW Golf".
        pattern: String.raw`Besichtigung(?:stermin)?\s+(?:der|des|Ihrer|deiner|für\s+die)\s+(?:\S+\s+){0,2}?(?:\S*Wohnung|Haus|Objekt|Immobilie|\S*Zimmer\S*)|Wohnungsbesichtigung|Wohnungsübergabe|Betreibungsregisterauszug|Mieterselbstauskunft|Inspektion\s+(?:Ihres|deines|des|Ihrer|deiner)|Fahrzeugannahme|Autohaus`,
        example: 'Gerne bestätigen wir Ihnen die Besichtigung der 3-Zimmer-Wohnung am Samstag um 11 Uhr.',
      },
      {
        // A citizen service's or a vet's booking is no interview (round 307: "Ihr Termin im Bürgeramt Mitte: Dienstag,
        // 10.06.2031, 08:40 Uhr\nAnliegen: Personalausweis beantragen"; twins "chez le vétérinaire", "veterinario").
        pattern: String.raw`Termin\s+(?:im|beim)\s+(?:Bürgeramt|Einwohnermeldeamt|Bürgerservice|Standesamt|Finanzamt|Tierarzt\p{L}*)|Anliegen\s*:|Tierarzt\p{L}*`,
        example: 'Ihr Termin im Bürgeramt: Dienstag, 15. Oktober, 8:40 Uhr. Anliegen: Reisepass beantragen.',
      },
      {
        // Signing the contract after a hire is no interview (round 306b's twin: "Wir erwarten Sie am Montag, 21. Oktober,
        // um 9 Uhr zur Vertragsunterzeichnung").
        pattern: String.raw`Vertragsunterzeichnung|Vertragsunterschrift|(?:den|Ihren|deinen)\s+(?:Arbeitsvertrag|Vertrag)\s+(?:zu\s+)?unterschreiben`,
        example: 'Wir erwarten Sie am Montag, 21. Oktober, um 9 Uhr zur Vertragsunterzeichnung.',
      },
      {
        // A school's or a bank's meeting is no interview (round 305: "wir laden Sie herzlich zum Elternabend am
        // Donnerstag, 16. Januar, um 19:30 Uhr in die Kita Sonnenblume ein"; "Ihr Beratungstermin in der Filiale Altona
        // … Thema: Baufinanzierung").
        pattern: String.raw`Elternabend|Elternsprechtag|Elterngespräch|Beratungstermin|Baufinanzierung|Anlageberatung`,
        example: 'Ihr Beratungstermin zur Anlageberatung ist am Montag, 21. Oktober, um 11 Uhr.',
      },
      {
        // A check-up's treatment words are a patient's, no interview (round 304: "Zahnarztpraxis Dr. Kaya\nDonnerstag,
        // 12.09.2030, 16:20 Uhr – Kontrolluntersuchung"; twins "contrôle dentaire", "centro de salud").
        pattern: String.raw`Kontrolluntersuchung|Vorsorgeuntersuchung|Zahnreinigung|Prophylaxetermin|Impftermin|Blutabnahme|Zahnkontrolle`,
        example: 'Ihr Termin zur Zahnreinigung ist am Mittwoch, 16. Oktober, um 8:40 Uhr.',
      },
      {
        // A therapy's booking is no interview (round 294: "Terminbestätigung\n\nPraxis für Physiotherapie
        // Becker\nMontag, 11.02.2030, 17:40 Uhr – Krankengymnastik"; twins "chez l'orthodontiste", "clase de prueba"). The
        // treatment, not the practice: a practice hires too.
        pattern: String.raw`Krankengymnastik|Lymphdrainage|Massagetermin|Behandlungstermin|Therapietermin|Kieferorthopäd\p{L}*`,
        example:
          'Terminbestätigung: Praxis für Physiotherapie Becker, Montag, 11.02., 17:40 Uhr – Krankengymnastik.',
      },
      {
        // A user-research interview about a product is no job interview (round 294: "Teilnehmende für ein 45-minütiges
        // Nutzerinterview am Mittwoch, 13. Februar, um 16 Uhr … Als Dankeschön gibt es einen Gutschein"; twins "entretien
        // utilisateur", "entrevista de usuario").
        pattern: String.raw`\p{L}*(?:Nutzer|Kunden|User|Anwender)-?(?:interview|befragung|studie|test)\p{L}*|Teilnehmende\s+für`,
        example: 'Wir suchen Teilnehmende für ein Nutzerinterview am Mittwoch, 13. Februar, um 16 Uhr.',
      },
      {
        // The reader's own meetings as an employee are no job interview (round 291: "wie jedes Jahr steht das
        // Mitarbeitergespräch an. Ich habe uns für Donnerstag, 22. November, 14:00 Uhr … eingetragen"): the yearly
        // review, a target or feedback talk, the talk on leaving (twins "entretien annuel", "entrevista de salida").
        pattern: String.raw`(?:Mitarbeiter|Jahres|Entwicklungs|Zielvereinbarungs|Beurteilungs|Feedback|Austritts|Exit)-?gespräch\p{L}*|Exit-?Interview\p{L}*|Leistungsbeurteilung`,
        example: 'Ihr jährliches Mitarbeitergespräch ist für Donnerstag, 22. November, 14 Uhr eingetragen.',
      },
      {
        // A private service's booking is no interview (round 291: a hairdresser's "wir freuen uns auf dich am Samstag,
        // 17. November, um 11:30 Uhr bei Mehmet (Schneiden & Färben) … Gebucht über Treatwell"; a notary's signing,
        // twins "cita en la gestoría para la firma", "rendez-vous … notaire … pour la signature de l'acte").
        pattern: String.raw`Friseur\p{L}*|Frisör\p{L}*|Haarschnitt|Treatwell|Schneiden\s+(?:&|und)\s+(?:Färben|Föhnen)|Kosmetikstudio|Nagelstudio|Notartermin|Beurkundung(?:stermin)?|beim\s+Notar|Steuerberatungstermin`,
        example:
          'Terminerinnerung: Samstag, 17. November, 11:30 Uhr – Schneiden & Färben bei Salon Haarwerk.',
      },
      {
        // An interview given to the press is no job interview (twin of round 292's "una periodista … quiere hacerte una
        // entrevista para un reportaje"): "Presseinterview", "Interview für die Mitarbeiterzeitung".
        pattern: String.raw`Presse-?(?:interview|termin|gespräch)\p{L}*|Interview\s+für\s+(?:die|das|den|unsere|unser|unseren)\s+(?:\p{L}+\s+)?(?:Zeitung|Magazin|Mitarbeiter(?:zeitung|magazin)|Podcast|Blog|Reportage|Artikel)|für\s+(?:eine|unsere|die)\s+(?:\p{L}+\s+)?Reportage`,
        example:
          'Die Lokalzeitung möchte ein Presseinterview mit Ihnen führen, am Mittwoch, 21. November, um 12 Uhr.',
      },
      {
        // A private service's appointment is no interview (round 244: "Ihr Werkstatttermin für den Reifenwechsel am
        // Samstag, 9. Juni, um 8:30 Uhr"; twin "rendez-vous au centre auto … pour la révision de votre véhicule").
        pattern: String.raw`Werkstatttermin|Reifenwechsel|Ölwechsel|Hauptuntersuchung|TÜV-?Termin|Friseurtermin`,
        example: 'Ihr Werkstatttermin für den Reifenwechsel am Samstag, 9. Juni, um 8:30 Uhr steht.',
      },
      {
        // A live show for all comers is an event (round 244: "StepStone Live-Session … am Donnerstag, 14. Juni, um 12:30
        // Uhr live auf YouTube").
        pattern: String.raw`Live-?Session|Live-?Stream|live\s+(?:auf|bei|über)\s+(?:YouTube|LinkedIn|Instagram|Twitch|Facebook|TikTok)`,
        example:
          'Gehaltsverhandlung im Vorstellungsgespräch – am Donnerstag, 14. Juni, um 12:30 Uhr live auf YouTube.',
      },
      {
        // A patient's appointment is no interview (round 241: "Ihr Termin in der Zahnarztpraxis Dr. Weber am Dienstag,
        // 20. März 2029 um 10:15 Uhr ist bestätigt"): the appointment "in/bei" a doctor's practice, or a booking
        // service's name. Not a practice that invites an applicant ("Vorstellungsgespräch in unserer Zahnarztpraxis"):
        // only "Termin"/"Behandlung" right before the practice.
        pattern: String.raw`(?:Termin|Behandlungstermin|Untersuchungstermin|Kontrolltermin|Behandlung|Untersuchung)\s+(?:in|bei)\s+(?:der|dem|Ihrer|Ihrem)\s+\p{L}*(?:arzt|ärztin|praxis)\p{L}*|Doctolib|Patiententermin|Sprechstunde`,
        example:
          'Ihr Termin in der Zahnarztpraxis Dr. Weber am Dienstag, 20. März, um 10:15 Uhr ist bestätigt.',
      },
      {
        // A test announced to all candidates, no slot of the reader's (twin of round 232's "ejercicio de la
        // oposición"): "Der schriftliche Eignungstest für alle Bewerberinnen und Bewerber findet am 24. Juni statt".
        pattern: String.raw`für\s+alle\s+(?:(?:zugelassenen|eingeladenen|ausgewählten|geeigneten|vorausgewählten|verbliebenen)\s+)?(?:Bewerberinnen\s+und\s+Bewerber|Bewerber(?:\*innen|:innen|innen)?|Bewerbenden|Kandidat(?:innen\s+und\s+Kandidaten|en|\*innen|:innen))`,
        example:
          'Der schriftliche Eignungstest für alle Bewerberinnen und Bewerber findet am Samstag, 24. Juni, um 9 Uhr statt.',
      },
      {
        // A service's appointment around an application, no interview (round 139): "Terminbestätigung:
        // Bewerbungsfotos", a photo shoot, the medical check before starting.
        pattern: String.raw`Bewerbungsfotos?|Fotoshooting|Fotostudio|Einstellungsuntersuchung|betriebsärztliche\p{L}*|Arzttermin`,
        example: 'Terminbestätigung: Bewerbungsfotos am Samstag, 15.09., um 11:00 Uhr',
      },
      {
        // Practice for an interview, no interview (board4's mock interview, twin of en.ts OTHER_EVENT): "Ihr
        // Probe-Vorstellungsgespräch mit der Karriereberatung", "Bewerbungstraining", "Interviewtraining".
        pattern: String.raw`Probe-?(?:vorstellungs)?(?:gespräch|interview)\p{L}*|Bewerbungstraining\p{L}*|Interview-?training\p{L}*|Karriereberatung|Berufsberatung`,
        example:
          'Ihr Probe-Vorstellungsgespräch mit der Karriereberatung ist am Montag, 9. November, um 10 Uhr.',
      },
      {
        // Newsletters and celebrations: "Online-Bewerbertag", "Weihnachtsfeier", "Newsletter abbestellen".
        pattern: String.raw`\p{L}*bewerbertag|\p{L}*feier|Newsletter|abbestellen`,
        example: 'Unser Online-Bewerbertag am 21. Januar um 17 Uhr – jetzt anmelden! Newsletter abbestellen',
      },
      {
        // A committee's own meeting: "Das Gremium tagt am Dienstag", "die Kommission trifft sich am 9.".
        pattern: String.raw`\p{L}*(?:gremium|kommission|komitee|ausschuss|Geschäftsführung|Vorstand)\s+(?:tagt|trifft\s+sich|berät|kommt\s+(?:\p{L}+\s+){0,3}?zusammen)|Sitzung\s+(?:des|der)\s+\p{L}+`,
        example: 'Die Berufungskommission tagt am Dienstag, danach melden wir uns bei Ihnen.',
      },
      {
        pattern: String.raw`Karriere-?(?:abend|tag|event|messe)|\p{L}*messe|Recruiting-?(?:Event|Tag|Day)|Webinar|Info(?:abend|veranstaltung)|Tag\s+der\s+offenen\s+Tür|Meetup|Afterwork|Open\s+Day|Job\s?Day`,
        example:
          'Besuchen Sie uns auf dem Karriere-Abend am 3. März um 18 Uhr und sprechen Sie mit unseren Teams.',
      },
      {
        // A casting or speed dating for many, with short talks on the spot (round 127): "Lehrlingscasting am Samstag,
        // 23. September, von 9 bis 13 Uhr … führe gleich vor Ort ein kurzes Bewerbungsgespräch".
        pattern: String.raw`\p{L}*casting|\p{L}*-?Speed-?[Dd]ating`,
        example:
          'Lehrlingscasting 2028: Komm am Samstag, 23. September, vorbei und führe gleich ein Bewerbungsgespräch.',
      },
      {
        // A course or a receipt for one: "Kurs: Bewerbungstraining kompakt, Termin: 12.12., 10 Uhr".
        pattern: String.raw`Kurs|Seminar|Workshop|Schulung|Quittung|Zahlungsbestätigung|Rechnung|Betrag`,
        example:
          'Quittung – Seminar „Souverän im Vorstellungsgespräch“, Termin: 20.01.2027, 9:00 Uhr, Betrag: 120,00 €',
      },
      {
        // A workshop for many is no slot: "Workshop „Souverän im Vorstellungsgespräch“ am 15.04.".
        pattern: String.raw`Workshop|Bewerbungstraining`,
        example: 'Workshop „Souverän im Vorstellungsgespräch“ am Donnerstag, 15.04., 18 Uhr.',
      },
      {
        // A live question session for all comers is an event: "Live-Q&A mit unserem Recruiting-Team am 21.09. um 17
        // Uhr" (round 98; twins "sesión de preguntas y respuestas", "session de questions-réponses").
        pattern: String.raw`(?:Live-?)?Q&A(?:-Session)?|Fragestunde|Ask\s+me\s+anything`,
        example: 'Live-Q&A mit unserem Recruiting-Team am Dienstag, 21.09., um 17 Uhr.',
      },
      {
        // An appointment at the employment agency is no interview with an employer: "Einladung zu einem
        // Beratungsgespräch … Agentur für Arbeit" (round 95; twins "cita en el SEPE", "rendez-vous France Travail"). Not
        // the agency as the employer, its name only the place of a selection's talk ("Einladung zum Auswahlgespräch …
        // Ort: Agentur für Arbeit Dortmund", round 330): a place field names no counselling.
        pattern: String.raw`Beratungsgespräch|(?<!Ort:\s{0,3})(?:Agentur\s+für\s+Arbeit|Arbeitsagentur|Jobcenter|Arbeitsmarktservice)|RAV-Beratung`,
        example: 'Einladung zu einem Beratungsgespräch bei der Agentur für Arbeit am 12.07. um 8:30 Uhr.',
      },
      {
        // Interviews on the spot at a stand, for all comers (twin of round 93's "entrevistas in situ").
        pattern: String.raw`(?:Gespräche|Interviews?)\s+(?:direkt\s+)?(?:vor\s+Ort|am\s+(?:unserem\s+)?Stand)|(?:an|am)\s+unserem\s+(?:Messe)?stand|Messestand|Speed-?(?:Dating|Interviews?)`,
        example: 'Am 24. Juni führen wir Gespräche direkt am Stand mit allen Interessierten.',
      },
    ],
    absence: [
      {
        // An absence with its end is a hold-off in other words (issue 13, class 6): the day it ends, or the day back
        // ("bis zum 5. Januar im Urlaub", "ab dem 6. Januar wieder im Büro").
        // (and the Swiss and Austrian words, round 174: "Ich bin vom 14. bis 25. Oktober in den Ferien", "auf Urlaub",
        // "im Krankenstand", "in Karenz")
        // (and the verbless line of an out-of-office, twin of round 194c's "De retour le lundi 18": "Zurück am Montag,
        // 18. November.")
        // (and "zurück im Büro" without "wieder", round 241's probe: "Am 26. März bin ich zurück im Büro"; someone being
        // back, not "Zurück im Büro haben wir …")
        pattern: String.raw`^\s*(?:zurück|wieder\s+da|wieder\s+im\s+Büro)\s+(?:am|ab)|(?:im\s+Urlaub|auf\s+Urlaub|in\s+(?:den\s+)?Ferien|im\s+Krankenstand|in\s+(?:Eltern)?karenz|in\s+(?:Elternzeit|Mutterschutz|Urlaub)|abwesend|außer\s+Haus|nicht\s+im\s+(?:Büro|Haus)|auf\s+(?:Dienstreise|Geschäftsreise)|nicht\s+erreichbar|geschlossen|wieder\s+(?:für\s+(?:Sie|dich|euch)\s+)?(?:im\s+Büro|im\s+Haus|erreichbar|zurück|da|im\s+Dienst)|(?:bin|ist|sind)\s+(?:ich|sie|er|wir)\s+(?:wieder\s+)?zurück\s+im\s+(?:Büro|Haus|Dienst)|(?:ich|sie|er|wir)\s+(?:bin|ist|sind)\s[^;!?\n]{0,60}?zurück\s+im\s+(?:Büro|Haus|Dienst))`,
        example: 'Ich bin bis zum 5. Januar im Urlaub und ab dem 6. Januar wieder im Büro.',
      },
    ],
    holdOff: [
      {
        // A wait asked for before contact (fx301's probe: "Bitte warten Sie bis zum 21. Oktober, bevor Sie sich bei uns
        // melden"; the French "Merci d'attendre le lundi 21 octobre avant de nous écrire").
        pattern: String.raw`(?:warten|wartet|warte)\s+(?:Sie\s+|du\s+|ihr\s+)?(?:bitte\s+)?(?:noch\s+)?(?:bis|ab)\b.{0,48}?(?:bevor|ehe)\s+(?:Sie|du|ihr)\s+(?:sich\s+|dich\s+|euch\s+|uns\s+|mich\s+)?(?:\p{L}+\s+){0,3}?(?:melden|meldest|meldet|nachfragen|nachfragst|anrufen|anrufst|schreiben|schreibst|kontaktieren|kontaktierst|nachhaken)`,
        example: 'Bitte warten Sie bis zum 21. Oktober, bevor Sie sich bei uns melden.',
      },
      {
        // Contact said to be needless (round 291: "Sie müssen uns nicht anrufen: Wir melden uns vor Freitag, 23. November,
        // schriftlich bei Ihnen"; twins "No hace falta que nos llames", "Inutile de nous relancer"): a hold-off, up to
        // the promise after its colon where there is one (foreign.ts promiseAfterColon).
        pattern: String.raw`(?:Sie\s+müssen|du\s+musst|ihr\s+müsst|Sie\s+brauchen|du\s+brauchst|ihr\s+braucht)\s+(?:uns\s+|mich\s+|sich\s+|dich\s+|euch\s+)?(?:(?:auch|also|daher|deshalb|übrigens|bitte|jetzt|dann)\s+)?nicht\s+(?:\p{L}+\s+){0,3}?(?:anrufen|anzurufen|nachfragen|nachzufragen|nachhaken|nachzuhaken|melden|zu\s+melden|schreiben|zu\s+schreiben|kontaktieren|zu\s+kontaktieren)(?![\p{L}])`,
        example:
          'Sie müssen uns nicht anrufen: Wir melden uns vor Freitag, 23. November, schriftlich bei Ihnen.',
      },
      {
        // The answer put off until the writer is back, told as the out-of-office's work taken up (round 244: "Ab Montag,
        // 18. Juni, kümmere ich mich gern um Ihr Anliegen"; the Spanish "A mi regreso, el lunes 18, responderé tu
        // correo"): the first day to write again, even where "Nachricht" reads as news. The message it answers as the
        // object, so a recruiter's "kümmere ich mich um Ihre Bewerbung" is none.
        pattern: String.raw`(?:kümmere\s+ich\s+mich|kümmern\s+wir\s+uns)\s+(?:gerne?\s+|dann\s+)?um\s+(?:Ihr|Ihre|dein|deine)\s+(?:Anliegen|Anfrage|Nachricht|E-?Mail|Mail)|(?:beantworte|bearbeite|lese)\s+ich\s+(?:gerne?\s+|dann\s+)?(?:Ihr|Ihre|dein|deine)\s+(?:Anliegen|Anfrage|Nachricht|E-?Mail|Mail)`,
        example: 'Ab Montag, 18. Juni, kümmere ich mich gern um Ihr Anliegen.',
      },
      {
        // Contact asked for from a day on: "Bitte melden Sie sich ab dem 15. Februar wieder", "schreib mir gern ab
        // Montag" (lead's round 115; the Spanish "escríbeme a partir del 15").
        pattern: String.raw`(?:melden\s+Sie\s+sich|meld(?:e|et)\s+(?:dich|euch)|schreiben\s+Sie\s+(?:mir|uns)|schreib(?:t)?\s+(?:mir|uns)|kontaktieren\s+Sie\s+(?:mich|uns))\s+(?:(?:bitte|gerne?|einfach|dann|wieder|erneut)\s+){0,3}ab`,
        example:
          'Ich bin bis einschließlich 12. Februar im Urlaub. Bitte melden Sie sich ab dem 15. Februar wieder.',
      },
      {
        // Asked to follow up only after a day named before it: "Ich bin ab dem 19. Juli wieder im Haus; bitte haken Sie
        // erst danach nach" (round 95; twins "escríbeme solo a partir de entonces", "relancez-moi seulement après").
        pattern: String.raw`(?:haken|fragen|melden|wenden)\s+(?:Sie|du|ihr)(?:\s+(?:sich|dich|euch))?\s+(?:bitte\s+)?erst\s+(?:danach|dann|anschließend)|(?:hak|frag|meld|wende)\s+(?:dich\s+)?(?:bitte\s+)?erst\s+(?:danach|dann|anschließend)`,
        example: 'Ich bin ab dem 19. Juli wieder im Haus; bitte haken Sie erst danach nach.',
      },
      {
        // "Bitte haben Sie bis Mitte Dezember Geduld."
        // (a long bound between: "bitte haben Sie bis zum Abschluss des Verfahrens am 20. Februar Geduld", round 141)
        pattern: String.raw`(?:haben\s+Sie|hab|habt)\s+(?:\S+\s+){0,10}?Geduld`,
        example: 'Bitte haben Sie bis zum 20. Januar noch etwas Geduld.',
      },
      {
        // "Bitte melden Sie sich erst danach wieder": contact only later.
        pattern: String.raw`(?:melden|wenden)\s+Sie\s+sich\s+(?:bitte\s+)?erst|(?:melde|wende)\s+dich\s+(?:bitte\s+)?erst`,
        example:
          'Ich bin bis 18. Dezember im Urlaub und ab dem 21. Dezember wieder erreichbar. Bitte melden Sie sich erst danach.',
      },
      {
        // "wir bitten Sie, sich bis zum Abschluss des Verfahrens zu gedulden".
        // (and the wish in any mood: "wenn Sie sich bis zum Ende der Interviewphase am 26. November gedulden", round 104)
        pattern: String.raw`(?:bitten|bitte),?\s+(?:\S+\s+){0,12}?zu\s+gedulden|(?:Sie|du|ihr)\s+(?:sich|dich|euch)\s+(?:\S+\s+){0,12}?gedulden`,
        example: 'Wir bitten Sie, sich bis zum Ende der Bewerbungsfrist am 20. Januar zu gedulden.',
      },
      {
        // Questions answered only after a while: "Nachfragen können wir erst nach Ablauf von zehn Tagen beantworten".
        pattern: String.raw`(?:Nachfragen|Rückfragen|Anfragen)\s+(?:\p{L}+\s+){0,4}?(?:erst|frühestens)`,
        example: 'Rückfragen zum Stand beantworten wir erst nach Ablauf von zehn Tagen.',
      },
      {
        // (the words between may hold the day: "sehen Sie bis zum 16. November von Nachfragen ab")
        // (the bound may be long: "Bitte sehen Sie bis zum Ende der Bewerbungsfrist am 15. Februar von Nachfragen ab",
        // round 141)
        pattern: String.raw`sehen\s+(?:Sie|du)\s+(?:\S+\s+){0,10}?von`,
        example: 'Bitte sehen Sie bis dahin von Rückfragen ab.',
      },
      {
        pattern: String.raw`(?:ersuchen|bitten|bitte),?\s+(?:\S+\s+){0,12}?Abstand\s+zu\s+nehmen`,
        example:
          'Wir ersuchen Sie, bis zum Abschluss des Verfahrens Mitte Jänner von weiteren Anfragen Abstand zu nehmen.',
      },
      {
        // "ersuchen" as well as "bitten" (Austrian), and a longer object between: "ersuchen wir Sie, von telefonischen
        // oder schriftlichen Nachfragen zum Stand vor dem 25. Oktober abzusehen" (round 101).
        pattern: String.raw`(?:ersuchen|ersuche|bitten|bitte),?\s+(?:\S+\s+){0,15}?abzusehen`,
        example: 'Wir bitten Sie, vor dem 20. November von Nachfragen abzusehen.',
      },
      {
        // Calls or questions done without until a day (round 194's "verzichten Sie auf telefonische Anfragen" with a
        // bound): "Bitte verzichten Sie auf Anrufe vor dem 20. November".
        pattern: String.raw`(?:verzichten\s+Sie|verzichte|verzichtet)\s+(?:bitte\s+)?(?:\p{L}+\s+){0,2}?auf\s+(?:\p{L}+\s+){0,2}?(?:Anrufe|Telefonate|Nachfragen|Rückfragen|Anfragen|Kontaktaufnahmen?)`,
        example: 'Bitte verzichten Sie auf Anrufe vor dem 20. November.',
      },
      {
        // Contact asked not to be made "before then" (round 194: "Wir bitten Sie daher, sich nicht vorher bei uns zu
        // melden"; "Bitte melden Sie sich nicht vorher"): the day comes from the sentence before (backReference).
        pattern: String.raw`nicht\s+(?:schon\s+)?(?:vorher|davor|früher)\s+(?:\S+\s+){0,4}?(?:zu\s+)?(?:melden|kontaktieren|nachfragen|nachzufragen|nachhaken|nachzuhaken|anrufen|anzurufen|schreiben|erkundigen)|(?:melden|kontaktieren|fragen)\s+(?:Sie|du)\s+(?:sich\s+|uns\s+|dich\s+)?(?:bitte\s+)?nicht\s+(?:schon\s+)?(?:vorher|davor|früher)`,
        example:
          'Bis zum 20. November führen wir noch Gespräche. Wir bitten Sie, sich nicht vorher bei uns zu melden.',
      },
      {
        pattern: String.raw`nicht\s+vor`,
        example: 'Bitte melden Sie sich nicht vor dem 16. November bei uns.',
      },
      {
        // Contact asked not to be made "until then", the verb's particle at the end (fx401: the twin of "no nos llames
        // hasta entonces"): "Die Frist endet am 20. November; bitte rufen Sie uns bis dahin nicht an." The day comes
        // from before (backReference), and the request not to call is that hold-off alone.
        pattern: String.raw`(?:rufen|ruf|ruft|melden|melde|meldet|wenden|wende|schreiben|schreib|kontaktieren|kontaktiere)\s+(?:(?:Sie|du|ihr|uns|mich|sich|dich|euch|bitte)\s+){0,3}(?:bis\s+(?:dahin|dann|zu\s+(?:diesem|dem)\s+(?:Datum|Tag|Termin))|vorher|davor)\s+(?:noch\s+)?nicht(?![\p{L}])`,
        example: 'Die Auswahl endet am 3. Dezember; bitte ruf uns bis dahin nicht an.',
      },
      {
        pattern: String.raw`(?:erst|frühestens)\s+(?:ab|nach|am)`,
        example: 'Bitte fragen Sie erst ab dem 20. November nach.',
      },
      {
        // (and the du/ihr forms: "bitte warte mit Nachfragen, bis …", "gedulde dich", round 86)
        pattern: String.raw`(?:warten|gedulden)\s+Sie|(?:warte|wartet)\s+(?:bitte\s+)?mit|gedulde\s+dich|geduldet\s+euch`,
        example: 'Bitte warten Sie zwei Wochen, bevor Sie nachfragen.',
      },
      {
        pattern: String.raw`(?:geben\s+Sie|gib|gebt)\s+uns\s+(?:\p{L}+\s+){0,6}?Zeit`,
        example: 'Gib uns bitte Zeit bis nach dem Bewerbungsschluss am 13.11., bevor du nachhakst.',
      },
      {
        pattern: String.raw`bevor\s+(?:Sie|du)\s+(?:\p{L}+\s+){0,5}?(?:nachfragen|nachfragst|nachhaken|nachhakst|erkundigen|erkundigst|nachfassen)`,
        example: 'Bitte geben Sie uns fünf Arbeitstage, bevor Sie sich nach dem Ergebnis erkundigen.',
      },
      {
        pattern: String.raw`(?:Nachfragen|Rückfragen|Anfragen)\s+(?:\p{L}+\s+){0,3}?(?:bitten|bitte)\s+(?:\p{L}+\s+){0,4}?ab(?:zusehen|sehen)`,
        example: 'Von Nachfragen bitten wir daher bis dahin abzusehen.',
      },
      {
        // "bitte nehmen Sie vor dem 26. April keinen Kontakt mit uns auf".
        pattern: String.raw`keinen\s+Kontakt\s+(?:\p{L}+\s+){0,3}?(?:auf|aufzunehmen)|nicht\s+(?:\p{L}+\s+){0,2}?Kontakt\s+aufzunehmen`,
        example: 'Bitte nehmen Sie vor dem 26. April keinen Kontakt mit uns auf.',
      },
    ],
    candidateDeadline: [
      {
        // The candidate told to follow up is the candidate's task, no promise (twin of round 244c's "relancez le recruteur
        // dans une semaine"): "Tipp: Haken Sie nach einer Woche beim Arbeitgeber nach".
        pattern: String.raw`(?:haken\s+Sie|hak|fassen\s+Sie|fass)\s+(?:[\p{L}\p{N}]+\s+){0,6}?(?:beim|bei\s+dem|bei\s+der)\s+(?:Arbeitgeber|Unternehmen|Recruiter|Personalabteilung|Firma)\s+nach`,
        example: 'Tipp: Haken Sie nach einer Woche beim Arbeitgeber nach, wenn Sie nichts gehört haben.',
      },
      {
        // The employer's wish for the reader's answer by a day is the candidate's deadline (round 171): "Wir würden
        // uns über deine Zusage bis Mittwoch, 23.01., sehr freuen", "Wir freuen uns auf Ihre Rückmeldung bis Freitag"
        // (as French "nous serions ravis de recevoir votre accord d'ici mercredi" already reads).
        pattern: String.raw`(?:über|auf)\s+(?:Ihre|deine|eure)\s+(?:\p{L}+\s+)?(?:Zusage|Rückmeldung|Antwort|Entscheidung|Bestätigung|Unterschrift)\s+(?:\S+\s+){0,6}?(?:würden|werden|würde|freuen|freue)|(?:freuen|freue)\s+(?:uns|mich)\s+(?:\p{L}+\s+){0,2}?(?:über|auf)\s+(?:Ihre|deine|eure)\s+(?:\p{L}+\s+)?(?:Zusage|Rückmeldung|Antwort|Entscheidung|Bestätigung|Unterschrift)`,
        example: 'Über Ihre Zusage bis zum 13. März würden wir uns sehr freuen.',
      },
      {
        // The candidate's work to hand in by a day (round 130): "Ihre Ausarbeitung bis Mittwoch, 22.11., 12:00 Uhr im
        // Bewerberportal hochzuladen", "laden Sie die Aufgabe bis Freitag hoch".
        pattern: String.raw`(?:hochzuladen|einzureichen|abzugeben|einzusenden|zurückzusenden|auszufüllen|abzuschließen)(?![\p{L}])|laden\s+Sie\s+(?:\S+\s+){0,6}?hoch(?![\p{L}])|(?:reichen|geben)\s+Sie\s+(?:\S+\s+){0,6}?(?:ein|ab)(?![\p{L}])`,
        example: 'Bitte laden Sie Ihre Ausarbeitung bis Freitag im Portal hoch.',
      },
      {
        // The writer's own wish for an answer by a day is no promise (round 130): "Über eine Rückmeldung bis Ende des
        // Monats würde ich mich sehr freuen", "ich freue mich auf Ihre Antwort bis Freitag".
        pattern: String.raw`[Üü]ber\s+(?:eine|Ihre|deine)\s+(?:\p{L}+\s+)?(?:Rückmeldung|Antwort|Nachricht)\s+(?:\p{L}+\s+){0,2}?(?:würde|werde)\s+ich\s+mich|(?:würde|werde|freue)\s+(?:ich\s+)?mich\s+(?:\p{L}+\s+){0,2}?(?:über|auf)\s+(?:eine|Ihre|deine)\s+(?:\p{L}+\s+)?(?:Rückmeldung|Antwort|Nachricht)`,
        example: 'Über eine Rückmeldung bis Freitag würde ich mich sehr freuen.',
      },
      {
        // The candidate's own papers, promised by the candidate (twin of round 129's "je vous transmets mes références
        // d'ici vendredi"): "Meine Referenzen schicke ich Ihnen bis Freitag".
        pattern: String.raw`(?:meine|mein)\s+\p{L}*(?:Referenzen|Zeugnisse|Unterlagen|Lebenslauf|Portfolio|Arbeitsproben|Gehaltsvorstellung|Nachweise|Zertifikate)\s+(?:\p{L}+\s+){0,2}?(?:schicke|sende|reiche|übermittle|schicken|senden)\s+ich|(?:schicke|sende|reiche|übermittle)\s+(?:ich\s+)?(?:Ihnen|dir|euch)\s+(?:\p{L}+\s+){0,2}?(?:meine|mein)\s+\p{L}*(?:Referenzen|Zeugnisse|Unterlagen|Lebenslauf|Portfolio|Arbeitsproben|Nachweise|Zertifikate)`,
        example: 'Wie besprochen schicke ich Ihnen bis Freitag meine Referenzen.',
      },
      {
        // A link or access valid until a day is the candidate's deadline (round 104): "Ihr Link zum Video-Interview ist
        // bis zum 25.11.2027, 23:59 Uhr gültig".
        pattern: String.raw`(?:Link|Zugang|Zugangsdaten|Testlink|Einladungslink)\p{L}*\s+(?:\S+\s+){0,4}?(?:ist|bleibt|sind|bleiben)\s+(?:noch\s+)?bis|(?:gültig|freigeschaltet|aktiv)\s+bis`,
        example: 'Ihr persönlicher Link zum Online-Test ist bis zum 25.11., 23:59 Uhr gültig.',
      },
      {
        // "bitten Sie, uns Ihre Entscheidung bis zum 23. November mitzuteilen": the candidate's answer.
        pattern: String.raw`uns\s+(?:Ihre|deine|eure)\s+(?:Entscheidung|Antwort|Rückmeldung|Zusage)`,
        example: 'Wir bitten Sie, uns Ihre Entscheidung bis Freitag, 15. Januar, mitzuteilen.',
      },
      {
        // The same with Swiss German's "Entscheid", and whatever the noun, the zu-infinitive asked of the candidate:
        // "uns Ihren Entscheid bis am 18. Dezember mitzuteilen", "uns bis zum 9. Dezember zu bestätigen" (lead's r26).
        pattern: String.raw`uns\s+(?:Ihren|deinen|euren)\s+(?:Entscheid|Bescheid)|${ANSWER_ASKED}`,
        example: 'Wir bitten Sie, uns Ihren Entscheid bis am 18. Dezember mitzuteilen.',
      },
      {
        // "Wir bitten Sie um Ihre Rückmeldung bis 4. Dezember": the candidate's answer. (And without the pronouns, the
        // Austrian "Bitte um kurze Rückmeldung bis Dienstag, ob Sie den Termin wahrnehmen können", "Wir bitten um
        // Bestätigung bis Montag", "Um Rückmeldung bis Freitag wird gebeten", r62. And the Austrian "ersuchen": "Wir
        // ersuchen Sie um Ihre Rückmeldung bis 15. November 2044", round 328.)
        pattern: String.raw`(?:bitten|bitte|ersuchen|ersuche)\s+(?:(?:Sie|dich|euch)\s+)?um\s+(?:(?:Ihre|deine|eure|eine|Ihre\s+kurze|eine\s+kurze|kurze)\s+)?(?:Rückmeldung|Antwort|Entscheidung|Zusage|Bestätigung)|um\s+(?:(?:eine|Ihre)\s+)?(?:kurze\s+)?(?:Rückmeldung|Antwort|Bestätigung)\s+(?:\S+\s+){0,4}?(?:wird\s+)?gebeten`,
        example: 'Wir bitten Sie um Ihre Rückmeldung bis Freitag, 15. Januar.',
      },
      {
        // The candidate's answer asked for: "Gib mir bitte bis Mittwoch Bescheid, ob du zusagst".
        pattern: String.raw`(?:gib|gebt|geben\s+Sie)\s+(?:mir|uns)\s+(?:bitte\s+)?(?:\S+\s+){0,3}?Bescheid`,
        example: 'Gib uns bitte bis Freitag Bescheid, ob du das Angebot annimmst.',
      },
      {
        pattern: String.raw`melden\s+Sie\s+sich\s+(?:bitte\s+)?(?:bis|spätestens)`,
        example: 'Melden Sie sich bitte bis Freitag, ob der Termin passt.',
      },
      {
        pattern: String.raw`(?:bitte|bitten\s+wir\s+Sie)\s+(?:\p{L}+\s+){0,4}?(?:bestätigen|senden|schicken|zurück|unterschreiben|einreichen|mitteilen|antworten)`,
        example: 'Bitte bestätigen Sie den Termin bis Mittwoch.',
      },
      {
        // A task the candidate is asked to finish by a day (round 136): "Bitte absolvieren Sie die Tests bis Sonntag,
        // 11.03., 23:59 Uhr", "bearbeiten Sie die Aufgabe bis Freitag".
        pattern: String.raw`(?:absolvieren|bearbeiten|durchführen|ausfüllen|abschließen|erledigen|vervollständigen|beantworten)\s+Sie|(?:zu\s+absolvieren|zu\s+bearbeiten|durchzuführen|zu\s+erledigen)(?![\p{L}])`,
        example: 'Bitte absolvieren Sie den Online-Test bis Sonntag, 23:59 Uhr.',
      },
      {
        pattern: String.raw`(?:bestätigen|senden|schicken|reichen)\s+Sie`,
        example: 'Bitte senden Sie uns die Unterlagen bis zum 10. November zurück.',
      },
      {
        pattern: String.raw`(?:geben\s+Sie|gib|gebt)\s+uns`,
        example: 'Geben Sie uns bitte bis spätestens Mittwoch, 18. November, 12 Uhr eine kurze Rückmeldung.',
      },
      {
        pattern: String.raw`teilen\s+Sie\s+uns`,
        example: 'Teilen Sie uns bis Freitag mit, ob der Termin passt.',
      },
      {
        // The candidate's time to do something: "Sie haben noch bis Sonntag, 17. Januar, Zeit, den Test abzuschließen".
        pattern: String.raw`(?:haben\s+Sie|hast\s+du|Sie\s+haben|du\s+hast)\s+(?:noch\s+)?bis`,
        example: 'Sie haben noch bis Sonntag, 17. Januar, Zeit, den Online-Test abzuschließen.',
      },
      {
        // The answer asked of the candidate: "Wir bitten um Ihre Rückmeldung bis zum 15.03.2027".
        pattern: String.raw`(?:bitten|bitte)\s+(?:\p{L}+\s+){0,2}?um\s+(?:Ihre|deine|eure)\s+(?:Rückmeldung|Antwort|Entscheidung|Zusage|Bestätigung)`,
        example: 'Wir bitten um Ihre Rückmeldung bis zum 15.03.2027.',
      },
      {
        // The answer asked of the candidate: "sag uns einfach bis Ende nächster Woche Bescheid".
        pattern: String.raw`(?:sag|sagt|sagen\s+Sie|gib|gebt|geben\s+Sie)\s+(?:uns|mir)\s+(?:\p{L}+\s+){0,6}?Bescheid`,
        example: 'Sag uns einfach bis Ende nächster Woche Bescheid.',
      },
    ],
    fact: [
      {
        // A public exam's calendar for all its candidates is no promise to the reader (twin of round 244c's "Résultats
        // d'admissibilité : 12 septembre"): "Bekanntgabe der Ergebnisse des Eignungstests: 12. September". Only the
        // calendar's label: a letter's "die Ergebnisse des Eignungstests erhalten Sie binnen zwei Wochen" stays a promise.
        pattern: String.raw`Ergebnisse\s+(?:des|der)\s+(?:schriftlichen\s+)?(?:Eignungstests?|Auswahltests?|Einstellungstests?|Aufnahmeprüfung|Prüfung)\s*:`,
        example: 'Bekanntgabe der Ergebnisse des Eignungstests: Mittwoch, 12. September 2029.',
      },
      {
        // A schedule of interviews sent on is no promise and no slot of the reader's (twin of round 243's "planning des
        // entretiens de jeudi"): "anbei der Zeitplan der Vorstellungsgespräche am Donnerstag, 15. März".
        pattern: String.raw`(?:Zeitplan|Ablaufplan|Terminplan|Ablauf|Reihenfolge)\s+(?:der|unserer|für\s+die)\s+(?:Vorstellungsgespräche|Bewerbungsgespräche|Gespräche|Interviews)\s+(?:am|vom)`,
        example:
          'Anbei der Zeitplan der Vorstellungsgespräche am Donnerstag, 15. März, für die Stelle Teamleitung.',
      },
      {
        // A day excepted from someone's availability is no slot (twin of round 97's "à l'exception du mercredi 21"):
        // "Ich bin ab dem 19. Juli verfügbar, außer am Mittwoch, 21. Juli".
        pattern: String.raw`mit\s+Ausnahme\s+(?:von|des|vom|der)|ausgenommen(?:\s+(?:am|der|den))?|außer(?!\s+(?:Haus|Hauses|Betrieb|Landes|Acht|Frage|Kraft|Dienst))`,
        example: 'Ich bin ab dem 19. Juli für ein Gespräch verfügbar, außer am Mittwoch, 21. Juli.',
      },
      {
        // Notice ahead of an event is no window of an answer (the Spanish "con 48 horas de antelación", round 84).
        pattern: String.raw`(?:im\s+Voraus|Vorlauf(?:zeit)?)`,
        example: 'Ausgewählte Bewerber erhalten die Einladung mindestens 48 Stunden im Voraus.',
      },
      {
        // Welcomed into the team from a day: the start, no promise, even beside the offer's answer words (round 191: "…
        // unsere Zusage geben zu können: Wir möchten Sie ab dem 1. November 2030 als Teamleiterin Kundenservice in
        // unserem Team begrüßen"). Welcomed "bei uns" on a day stays a talk.
        pattern: String.raw`(?:an\s+Bord|in\s+(?:unserem|unserer|Ihrem|deinem)\s+\p{L}*(?:Team|Abteilung|Mannschaft)|im\s+\p{L}*Team|als\s+(?:neue[nr]?\s+)?(?:Kolleg|Mitarbeiter)\p{L}*)\s+(?:\S+\s+){0,2}?(?:begrüßen|willkommen\s+(?:heißen|zu\s+heißen))`,
        example:
          'Wir freuen uns, Ihnen unsere Zusage zu geben: Wir möchten Sie ab dem 1. März in unserem Team begrüßen.',
      },
      {
        pattern: String.raw`(?:erster|ersten)\s+Arbeitstag`,
        example: 'Ihr erster Arbeitstag wäre der 1. Januar 2027.',
      },
      {
        // Any compound of "Eintritt": "als Eintrittstermin haben wir den 1. Mai vorgesehen" (round 83).
        pattern: String.raw`(?:Eintritt\p{L}*|Arbeitsbeginn|Start\p{L}*)`,
        example: 'Ihr Eintrittsdatum ist der 1. Februar.',
      },
      {
        // Not "nach Ablauf der Frist": the end of a deadline is the event a window counts from (anchorBefore).
        pattern: String.raw`(?<!(?:Ablauf|Ende)\s+(?:der|dieser|unserer)\s+)\p{L}*frist`,
        example: 'Die Bewerbungsfrist endet am 30. November.',
      },
      {
        pattern: String.raw`(?:Bewerbungs|Einsende|Anmelde)schluss`,
        example: 'Bewerbungsschluss ist der 30. November.',
      },
      {
        pattern: String.raw`(?:Tag\s+der\s+offenen\s+Tür|Infoabend|Infotag|Karrieremesse|Karrieretag|Webinar)`,
        example: 'Kommen Sie am Samstag, 14. November, zum Tag der offenen Tür vorbei.',
      },
      { pattern: String.raw`geschlossen`, example: 'Unser Büro ist vom 24.12. bis 1.1. geschlossen.' },
      {
        pattern: String.raw`(?:Urlaub|Betriebsferien|Probezeit)`,
        example: 'Herr Schmidt ist bis zum 6. November im Urlaub.',
      },
      {
        // A pay day is a fact ("Ihr Gehalt wird am 28. überwiesen"); the pay as what a promised letter details is not
        // ("Den Vertrag schicken wir Ihnen bis Dienstag, mit allen Details zum Gehalt", twin of round 232's).
        pattern: String.raw`(?<!(?:Details?|Angaben|Informationen)\s{1,3}(?:zum|zu\s{1,3}(?:Ihrem|deinem))\s{1,3})Gehalt`,
        example: 'Ihr Gehalt wird jeweils am 28. des Monats überwiesen.',
      },
      {
        // An order and its delivery are no slot: "Bestellnummer: …", "Voraussichtliche Lieferung: 14.01.".
        pattern: String.raw`Bestell\p{L}*|Lieferung|Widerruf\p{L}*`,
        example: 'Voraussichtliche Lieferung Ihrer Bestellung: 14.01.2027.',
      },
      {
        // A day things happen before a decision is no promise of one: "Dienstag und Donnerstag, bevor wir entscheiden".
        pattern: String.raw`bevor\s+wir\s+(?:\p{L}+\s+){0,3}?(?:entscheiden|Entscheidung\s+treffen)`,
        example:
          'Wir sprechen am Dienstag und Donnerstag noch mit zwei Kandidatinnen, bevor wir entscheiden.',
      },
    ],
    reported: [
      {
        // A promise told before, reported back by the candidate in the simple past, often before a "dass" clause: "Sie
        // erwähnten damals, dass Sie sich bis Ende der ersten Märzwoche bei mir melden würden" (round 121).
        pattern: String.raw`(?:Sie|du|ihr)\s+(?:erwähnten|erwähntest|sagten|sagtest|meinten|meintest|schrieben|schriebst|versprachen|versprachst|kündigten|kündigtest|teilten|teiltest)(?![\p{L}])|(?:erwähnten|sagten|meinten|schrieben|versprachen|kündigten|teilten)\s+Sie(?![\p{L}])`,
        example: 'Sie erwähnten damals, dass Sie sich bis Ende der Woche bei mir melden würden.',
      },
    ],
    past: [
      {
        // A thanks continued by "and for", whose clause is as past as the first (round 321c's twin): "danke für Ihren
        // Anruf heute Morgen und für Ihr Feedback zum Gespräch am Mittwoch".
        pattern: String.raw`und\s+für\s+(?:Ihr|Ihre|Ihren|dein|deine|deinen)`,
        example: 'Danke für Ihren Anruf und für Ihr Feedback zum Gespräch am Mittwoch.',
      },
      {
        // Thanks for having come (twin of round 132's "merci d'être venu"): "Danke, dass Sie am Dienstag bei uns
        // vorbeigekommen sind".
        pattern: String.raw`(?:Dank|danke),?\s+dass\s+(?:Sie|du|ihr)\s+(?:\S+\s+){0,6}?(?:gekommen|vorbeigekommen|da\s+gewesen|dagewesen)\s+(?:sind|bist|seid|waren|warst)`,
        example: 'Danke, dass Sie am Dienstag zu uns gekommen sind.',
      },
      {
        // A promise told before, reported back by the candidate (twin of round 94's "vous m'aviez indiqué un retour
        // sous huit jours"): "Sie hatten mir eine Rückmeldung innerhalb einer Woche zugesagt".
        pattern: String.raw`(?:(?:Sie|du|ihr)\s+(?:hatten|hattest|hattet)|(?:hatten|hattest|hattet)\s+(?:Sie|du|ihr))\s+(?:mir|uns)\s+(?:\S+\s+){0,8}?(?:zugesagt|gesagt|versprochen|angekündigt|in\s+Aussicht\s+gestellt|mitgeteilt)`,
        example: 'Im Gespräch hatten Sie mir eine Rückmeldung innerhalb einer Woche zugesagt.',
      },
      {
        // (and "vergangenen", "vorigen": "das angenehme Gespräch vom vergangenen Montag", round 317)
        pattern: String.raw`(?:gestern|vorgestern|letzte[nr]?\s+Woche|(?:letzten|vergangenen|vorigen)\s+\p{L}+)`,
        example: 'Vielen Dank für das Gespräch gestern.',
      },
      {
        // (and the verb: "Wir danken Ihnen für das angenehme Gespräch von heute Morgen", round 306)
        // (and the Swiss "Besten Dank für Ihre Bewerbung und das angenehme Gespräch", round 317, and "Merci für das
        // spannende Gespräch heute Nachmittag", round 318)
        // (and "fürs": "Merci nochmals fürs Gespräch heute Morgen", round 330)
        pattern: String.raw`(?:danke|danken|vielen\s+Dank|herzlichen\s+Dank|besten\s+Dank|großen\s+Dank|tausend\s+Dank|merci(?:\s+vielmal|\s+viel\s+mal)?)\s+(?:\p{L}+\s+){0,4}?(?:für|fürs)`,
        example: 'Vielen Dank für das angenehme Gespräch am Montag.',
      },
      {
        // A talk judged by its adjective is one had: "vielen Dank für Ihre Nachricht und das angenehme Gespräch am
        // Dienstag" (r79's t7), its thanks in the clause before "und".
        pattern: String.raw`(?:das|dem|den|unser(?:em|en)?|Ihr(?:em|en)?)\s+(?:sehr\s+)?(?:angenehm|nett|gut|schön|interessant|spannend|aufschlussreich|offen|konstruktiv|freundlich|inspirierend)(?:e|en|es)?\s+(?:Gespräch|Telefonat|Kennenlernen|Treffen|Interview|Austausch)`,
        example: 'Danke für Ihre Zeit und das angenehme Gespräch am Montag.',
      },
      {
        // A meeting judged in the perfect tense is over: "Auch wir haben das Gespräch am Dienstag als sehr angenehm
        // empfunden", "Das Gespräch am Montag hat uns sehr gefallen" (r2's t02). Verbs of judging only: "Wir haben Ihr
        // Gespräch für Dienstag eingeplant" plans one ahead.
        pattern: String.raw`(?:haben|hat|habe|hatten|hatte)\s+(?:\S+\s+){0,8}?(?:empfunden|genossen|geschätzt|erlebt|wahrgenommen|gefallen)`,
        example: 'Auch wir haben das Gespräch am Dienstag als sehr angenehm empfunden.',
      },
      {
        // A conversation told in the perfect tense is over: "Am Montag haben wir telefoniert" (r58: read as next
        // Monday, that day made the message's real slot one of two to choose). Verbs of talking only: "Für Dienstag
        // haben wir das Gespräch vereinbart" arranged one ahead. So is the day of "Wie am Montag besprochen, …", where
        // the participle ends the day's clause ("Wie besprochen laden wir Sie … am Dienstag" keeps its Tuesday).
        // (and the subject first, a long way to the participle: "Ich habe heute Vormittag mit Frau Dr. Albers von der
        // Nordwind Energy gesprochen: Das Feedback …", round 327)
        pattern: String.raw`(?:(?:haben|hatten)\s+(?:wir|ich)|(?:wir|ich)\s+(?:habe|hab|haben|hatte|hatten))\s+(?:\S+\s+){0,10}?(?:telefoniert|gesprochen|unterhalten|ausgetauscht|kennengelernt|getroffen)|wie\s+(?:(?:am|vom)\s+)?(?:vergangenen\s+|letzten\s+)?(?:besprochen|vereinbart|abgestimmt)(?=\s*(?:,|$))`,
        example: 'Am Montag haben wir telefoniert.',
      },
      {
        pattern: String.raw`(?:genommen|geführt|gesprochen|kennengelernt|getroffen|teilgenommen)\s+(?:haben|hast|habt|hatten|hatte)`,
        example: 'Vielen Dank, dass Sie sich am Donnerstag Zeit für das Gespräch genommen haben.',
      },
      {
        pattern: String.raw`(?:wollten|hatten\s+gehofft|hätten)\s+(?:\p{L}+\s+){0,4}?bereits`,
        example: 'Eigentlich wollten wir Ihnen bereits bis letzten Freitag Bescheid geben.',
      },
      {
        // An event told as over: "Ihr Gespräch fand heute statt", "hat bereits stattgefunden".
        pattern: String.raw`fand\s+(?:\p{L}+\s+){0,3}?statt|stattgefunden`,
        example: 'Ihr Gespräch fand heute statt.',
      },
    ],
    callWelcome: [
      { pattern: String.raw`zögern\s+Sie\s+nicht`, example: 'Zögern Sie nicht, mich anzurufen.' },
      {
        pattern: String.raw`(?:gerne|gern)\s+(?:\p{L}+\s+){0,3}?(?:anrufen|erreichbar)`,
        example: 'Sie können mich gerne anrufen.',
      },
    ],
    noCalls: [
      {
        // No means to answer calls (round 174): "dass unsere Personalabteilung keine Kapazitäten hat, Bewerberanrufe zu
        // beantworten" (as French "ne dispose pas des ressources pour répondre aux appels").
        pattern: String.raw`(?:keine\s+(?:Kapazitäten?|Möglichkeit|Ressourcen|Zeit)|nicht\s+(?:möglich|in\s+der\s+Lage))[,\s]+(?:\p{L}+[,\s]+){0,4}?(?:\p{L}*anrufe|Telefonate|telefonische\s+\p{L}+)\s+(?:\p{L}+\s+){0,2}?(?:zu\s+beantworten|entgegenzunehmen|anzunehmen|zu\s+bearbeiten|zu\s+führen)`,
        example: 'Leider hat unser HR-Team keine Kapazitäten, Bewerberanrufe zu beantworten.',
      },
      {
        // (second in the table: first, it left the ReDoS gate's fuzzer undecided; fx403)
        // Status questions refused (round 309): "Von Sachstandsanfragen bitten wir abzusehen".
        pattern: String.raw`(?:Sachstands(?:anfragen|nachfragen)|(?:Rückfragen|Nachfragen|Anfragen)\s+(?:zum|nach\s+dem)\s+(?:aktuellen\s+)?(?:Stand|Sachstand|Bearbeitungsstand|Bewerbungsstand|Zwischenstand|Status))\s+(?:\p{L}+\s+){0,6}?(?:abzusehen|absehen|zu\s+verzichten|verzichten|Abstand)|(?:abzusehen|absehen|verzichten)\s+(?:\p{L}+\s+){0,3}?Sachstands(?:anfragen|nachfragen)`,
        // (and "Von Rückfragen zum Bearbeitungsstand bitten wir Sie abzusehen", round 316, fx418)
        example: 'Von Sachstandsanfragen bitten wir abzusehen.',
      },
      {
        // Reachable only in writing (twin of round 173's "n'est joignable que par e-mail"): "Unser Recruiting-Team ist
        // ausschließlich per E-Mail erreichbar".
        pattern: String.raw`(?:nur|ausschließlich|ausschliesslich|lediglich)\s+(?:per\s+(?:E-?Mail|Mail)|schriftlich|über\s+(?:das|unser)\s+\p{L}+)\s+(?:zu\s+)?erreich(?:bar|en)`,
        example: 'Unser Recruiting-Team ist ausschließlich per E-Mail erreichbar.',
      },
      {
        // The phone's news as the subject, an aside between commas before its "not" (round 171): "Telefonische
        // Auskünfte zum Stand einzelner Bewerbungen, ganz gleich ob über die Personalabteilung oder die Zentrale, sind
        // uns … leider nicht möglich". Only commas inside, so the sentence ends the reach.
        pattern: String.raw`(?:telefonische\s+(?:Auskünfte|Auskunft|Anfragen|Nachfragen|Rückfragen|Statusanfragen)|Anrufe)\s+(?:[\p{L}\p{N}]+,?\s+){0,20}?(?:nicht|keine|keinerlei)\s+(?:\p{L}+\s+)?(?:möglich|erteilen|erteilt|geben|beantworten|beantwortet|bearbeiten|bearbeitet|entgegen\p{L}*|annehmen|angenommen)`,
        example:
          'Telefonische Anfragen zu Ihrer Bewerbung, egal ob an die Zentrale, die Filiale oder die Fachabteilung, können wir leider nicht beantworten.',
      },
      {
        // The same with an aside between dashes before its "not" (round 234): "Telefonische Auskünfte zum Stand des
        // Auswahlverfahrens können wir – auch auf wiederholte Nachfrage – leider nicht erteilen". One aside, its
        // dashes literal, as the "abzusehen" row's.
        pattern: String.raw`(?:telefonische\s+(?:Auskünfte|Auskunft|Anfragen|Nachfragen|Rückfragen|Statusanfragen)|Anrufe)\s+(?:\p{L}+\s+){0,6}?[–—]\s[^–—\n]{1,120}?\s[–—]\s+(?:\p{L}+\s+){0,2}?(?:nicht|keine|keinerlei)\s+(?:\p{L}+\s+)?(?:möglich|erteilen|erteilt|geben|beantworten|beantwortet|bearbeiten|bearbeitet|entgegen\p{L}*|annehmen|angenommen)`,
        example:
          'Telefonische Auskünfte zum Stand des Auswahlverfahrens können wir – auch auf wiederholte Nachfrage – leider nicht erteilen.',
      },
      {
        // The phone line that can take no questions (round 139): "unsere Service-Hotline kann leider keine Fragen zu
        // laufenden Bewerbungsverfahren beantworten". Literal words only, so that the ReDoS gate decides it at once.
        // (the ones it cannot tell between, round 183's twin: "Unsere Telefonzentrale kann Bewerberinnen und Bewerbern
        // leider keine Auskunft geben")
        pattern: String.raw`(?:Hotline|Telefonzentrale|Telefonservice)\s+(?:(?:kann|können|darf|dürfen|wird)\s+)?(?:\p{L}+\s+){0,5}?(?:keine|keinerlei)\s+(?:Fragen|Auskünfte|Auskunft|Informationen)`,
        example:
          'Bitte beachten Sie, dass unsere Service-Hotline leider keine Fragen zu laufenden Bewerbungsverfahren beantworten kann.',
      },
      {
        // News of the application, the phone and a "not" in one clause, in any order (round 136; the class recurs in
        // every round): "dass wir Auskünfte zum Stand des Verfahrens am Telefon nicht erteilen", "telefonisch können wir
        // leider keine Auskünfte geben", "Auskünfte zum Bewerbungsstand erteilen wir nicht telefonisch". The words
        // between carry no punctuation, so a clause after a comma ("erreichen Sie mich telefonisch, falls ich nicht …")
        // is not read.
        pattern: String.raw`(?:Auskünfte|Auskunft|Informationen|Angaben|Sachstand|Bewerbungsstand|Bearbeitungsstand|Zwischenstand|Statusanfragen|Statusabfragen)\s+(?:\p{L}+\s+){0,6}?(?:telefonisch|am\s+Telefon|per\s+Telefon|fernmündlich)\s+(?:\p{L}+\s+){0,3}?(?:nicht|keine|keinerlei)(?!\p{L})|(?:telefonisch|am\s+Telefon|per\s+Telefon|fernmündlich)\s+(?:\p{L}+\s+){0,4}?(?:keine|keinerlei)\s+(?:\p{L}+\s+)?(?:Auskünfte|Auskunft|Informationen|Angaben)|(?:Auskünfte|Auskunft|Informationen|Angaben)\s+(?:\p{L}+\s+){0,5}?(?:nicht|keinesfalls)\s+(?:\p{L}+\s+)?(?:telefonisch|am\s+Telefon|per\s+Telefon|fernmündlich)|(?:keine|keinerlei)\s+(?:\p{L}+\s+)?(?:Auskünfte|Auskunft|Informationen|Angaben)\s+(?:\p{L}+\s+){0,6}?(?:telefonisch|am\s+Telefon|per\s+Telefon|fernmündlich)`,
        example:
          'Bitte haben Sie Verständnis dafür, dass wir Auskünfte zum Stand des Verfahrens am Telefon nicht erteilen.',
      },
      {
        // The front desk not allowed to tell candidates by phone (twin of round 135's "n'est pas habilitée à renseigner
        // les candidats par téléphone"): "Unsere Zentrale ist nicht befugt, telefonisch Auskünfte zu erteilen".
        pattern: String.raw`nicht\s+(?:befugt|berechtigt|autorisiert|ermächtigt),?\s+(?:\p{L}+\s+){0,4}?telefonisch`,
        example: 'Unsere Zentrale ist nicht befugt, telefonisch Auskünfte zum Bewerbungsstand zu erteilen.',
      },
      {
        // Status questions whose ways in are an aside between commas naming the phone, refused after it (round 241:
        // "dass wir Anfragen zum Stand Ihrer Bewerbung, ob per Telefon oder persönlich an der Pforte, grundsätzlich
        // nicht beantworten können"; "sei es telefonisch oder …"). The aside ends at its comma and holds no other
        // punctuation, so a later clause ("…, gern auch per Telefon, beantworten wir …; nicht …") is not read.
        pattern: String.raw`(?:Anfragen|Rückfragen|Nachfragen|Statusanfragen|Auskünfte)\s+(?:\p{L}+\s+){0,5}?(?:\p{L}+\s*)?,\s*(?:ob|sei\s+es|egal\s+ob|gleich\s+ob|ganz\s+gleich\s+ob)\s+(?:\p{L}+\s+){0,2}?(?:per\s+Telefon|telefonisch|am\s+Telefon)[^,.;:!?\n]{0,80},\s*(?:\p{L}+\s+){0,3}?(?:nicht|keine|keinesfalls)\s+(?:\p{L}+\s+){0,2}?(?:beantworten|bearbeiten|entgegennehmen|erteilen|beantwortet|bearbeitet)`,
        example:
          'Bitte haben Sie Verständnis, dass wir Rückfragen zum Verfahren, sei es per Telefon oder per Fax, grundsätzlich nicht beantworten können.',
      },
      {
        // Phone questions named before a relative clause and refused after it (round 127): "dass wir Anfragen zum
        // Bewerbungsstand, die uns telefonisch erreichen, leider nicht bearbeiten können".
        pattern: String.raw`(?:Anfragen|Rückfragen|Nachfragen)[,\s]+(?:\p{L}+[,\s]+){0,5}?telefonisch\s+(?:\p{L}+[,\s]+){0,4}?(?:nicht|keine)\s+(?:\p{L}+\s+){0,2}?(?:bearbeiten|beantworten|entgegennehmen|bearbeitet|beantwortet)`,
        example:
          'Bitte beachten Sie, dass wir Anfragen zum Bewerbungsstand, die uns telefonisch erreichen, leider nicht bearbeiten können.',
      },
      {
        // The phone refused outright (twin of round 125's "en ningún caso por teléfono"): "Anfragen beantworten wir nur
        // schriftlich, keinesfalls telefonisch".
        pattern: String.raw`(?:keinesfalls|auf\s+keinen\s+Fall|in\s+keinem\s+Fall|niemals)\s+(?:telefonisch|per\s+Telefon|am\s+Telefon)`,
        example:
          'Anfragen zum Stand Ihrer Bewerbung beantworten wir nur schriftlich, keinesfalls telefonisch.',
      },
      {
        // Calls left unanswered (twin of round 123's "aucune suite ne pourra être donnée aux appels"): "Telefonische
        // Anfragen bleiben unbeantwortet", "Anrufe werden nicht entgegengenommen".
        pattern: String.raw`(?:telefonische\p{L}*\s+(?:Anfragen|Rückfragen|Nachfragen)|Anrufe)\s+(?:\p{L}+\s+){0,4}?(?:bleiben|werden)\s+(?:\p{L}+\s+)?(?:unbeantwortet|nicht\s+beantwortet|nicht\s+entgegengenommen)`,
        example: 'Telefonische Anfragen zum Stand der Bewerbung bleiben leider unbeantwortet.',
      },
      {
        // A follow-up named by its noun, then "by phone" and a "not" (twin of round 103's "aucun suivi … par
        // téléphone"): "eine Nachverfolgung Ihrer Bewerbung per Telefon ist leider nicht möglich", "Statusabfragen
        // können wir telefonisch grundsätzlich nicht bearbeiten".
        pattern: String.raw`(?:Nachverfolgung|Statusabfrage|Statusanfrage|Sachstandsanfrage|Nachfrage|Rückfrage|Anfrage)n?\s+(?:\p{L}+\s+){0,5}?(?:per\s+Telefon|telefonisch|am\s+Telefon)\s+(?:\p{L}+\s+){0,3}?(?:nicht|keine)(?![\p{L}])`,
        example: 'Statusabfragen können wir telefonisch grundsätzlich nicht bearbeiten.',
      },
      {
        // Contact that would go round the recruiter, asked not to be made: "bitte kontaktieren Sie unseren Kunden
        // nicht direkt", "sich nicht direkt an das Unternehmen zu wenden" (lead's round r24).
        pattern: String.raw`nicht\s+direkt\s+(?:\p{L}+\s+){0,3}?(?:zu\s+)?(?:kontaktieren|anrufen|anzurufen|wenden|melden)|(?:kontaktieren|kontaktiere|rufen|ruf)\s+(?:Sie\s+)?(?:\p{L}+\s+){0,3}?nicht\s+direkt`,
        example: 'Bitte kontaktieren Sie unseren Kunden nicht direkt, sondern nur über mich.',
      },
      {
        // (across an aside between dashes, round 133: "Von telefonischen Nachfragen – auch über unsere Zentrale oder die
        // Filialen – bitten wir abzusehen")
        // (and the Austrian "Abstand nehmen" for "absehen", round 191: "Wir ersuchen Sie, von telefonischen Anfragen zum
        // Stand Ihrer Bewerbung Abstand zu nehmen")
        pattern: String.raw`(?:telefonisch\p{L}*|Anruf\p{L}*)\s+(?:[\p{L}–—-]+\s+){0,12}?(?:abzusehen|absehen|verzichten|zu\s+verzichten|Abstand\s+(?:zu\s+)?nehmen|Abstand\s+nimmt)`,
        example: 'Von telefonischen Nachfragen bitten wir in der Zwischenzeit abzusehen.',
      },
      {
        // (an aside between dashes of any length before the verb, round 181: "Von telefonischen Rückfragen bitten wir –
        // auch im Hinblick auf die Vielzahl der eingehenden Bewerbungen und im Interesse einer fairen Bearbeitung –
        // abzusehen"; twins in French and Spanish)
        pattern: String.raw`(?:telefonisch\p{L}*|Anruf\p{L}*)\s+(?:\p{L}+\s+){0,6}?[–—]\s[^–—\n]{1,240}?\s[–—]\s+(?:abzusehen|absehen|zu\s+verzichten|verzichten|zu\s+unterlassen|unterlassen)`,
        example:
          'Von Anrufen bitten wir – auch wenn wir Ihren Wunsch nach einer raschen Antwort gut nachvollziehen können – abzusehen.',
      },
      {
        // Calls asked to be left undone ("unterlassen"), asides between commas or dashes anywhere before the verb (round
        // 291: "Telefonische Nachfragen zum Stand des Verfahrens – auch bei den Fachabteilungen oder über die Zentrale –
        // bitten wir, im Interesse eines zügigen Ablaufs, zu unterlassen"). Words and their commas or dashes only, so the
        // sentence ends the reach.
        pattern: String.raw`(?:telefonisch\p{L}*|Anruf\p{L}*|Telefonat\p{L}*)\s+(?:[^\s.;!?]+\s+){0,24}?(?:zu\s+)?unterlassen(?![\p{L}])`,
        example:
          'Telefonische Nachfragen – auch über die Zentrale – bitten wir, im Interesse eines zügigen Ablaufs, zu unterlassen.',
      },
      {
        pattern: String.raw`(?:telefonisch|am\s+Telefon)\s+(?:\p{L}+\s+){0,2}?keine\s+(?:Auskünfte|Auskunft|Rückfragen)`,
        example: 'dass wir telefonisch keine Auskünfte zum Stand Ihrer Bewerbung geben können.',
      },
      {
        // Calls asked to be done without (round 194: "Bitte verzichten Sie auf telefonische Anfragen"; "verzichte auf
        // Anrufe"). Not with a bound after them ("… vor dem 20. November"): a time-bounded request is a hold-off.
        pattern: String.raw`(?:verzichten\s+Sie|verzichte|verzichtet)\s+(?:bitte\s+)?(?:\p{L}+\s+){0,2}?auf\s+(?:\p{L}+\s+){0,2}?(?:telefonische\p{L}*|Anrufe|Telefonate)(?![^.;!?\n]{0,80}?(?:vor\s+dem|bis\s+(?:zum|nach)))`,
        example:
          'Bitte verzichten Sie auf telefonische Anfragen; wir informieren alle Bewerbenden schriftlich.',
      },
      {
        // The imperative of "Abstand nehmen" with the phone before its "Abstand" (round 191's twin): "Bitte nehmen Sie
        // von telefonischen Nachfragen zum Bewerbungsstand Abstand".
        pattern: String.raw`(?:nehmen\s+Sie|nimm|nehmt)\s+(?:bitte\s+)?von\s+(?:telefonisch\p{L}*|Anruf\p{L}*)\s+(?:\p{L}+\s+){0,6}?Abstand`,
        example: 'Bitte nehmen Sie von telefonischen Nachfragen zum Bewerbungsstand Abstand.',
      },
      {
        pattern: String.raw`(?:sehen\s+Sie|seht|sieh)\s+(?:bitte\s+)?von\s+(?:\p{L}+\s+){0,2}?Anrufen`,
        example: 'Bitte sehen Sie von Anrufen ab.',
      },
      {
        // The separable "absehen" split round a long middle field, the phone after "von" (round 241's probe): "Sehen Sie
        // bitte während des laufenden Verfahrens von Nachfragen per Telefon ab"; "von telefonischen Rückfragen zum Stand
        // Ihrer Bewerbung ab", round 314).
        pattern: String.raw`(?:sehen\s+Sie|seht|sieh)\s+(?:\p{L}+\s+){0,6}?von\s+(?:\p{L}+\s+){0,6}?(?:telefonisch\p{L}*|Anruf\p{L}*|Telefonat\p{L}*|per\s+Telefon|am\s+Telefon)\s+(?:\p{L}+\s+){0,6}?ab(?![\p{L}\p{N}])`,
        example: 'Sehen Sie bitte während des laufenden Verfahrens von Nachfragen per Telefon ab.',
      },
      {
        pattern: String.raw`telefonische\s+(?:Rückfragen|Anfragen|Nachfragen)\s+(?:sind|können)\s+(?:\p{L}+\s+){0,3}?(?:nicht|keine)`,
        example: 'Telefonische Rückfragen sind leider nicht möglich.',
      },
      {
        pattern: String.raw`(?:von\s+)?telefonischen\s+(?:Rückfragen|Anfragen|Nachfragen)\s+(?:\p{L}+\s+){0,3}?ab(?:zusehen|sehen)?`,
        example: 'Von telefonischen Anfragen bitten wir abzusehen.',
      },
      {
        pattern: String.raw`(?:rufen|telefonieren)\s+Sie\s+(?:\p{L}+\s+){0,3}?nicht`,
        example: 'Bitte rufen Sie uns nicht an, wir melden uns bei Ihnen.',
      },
      {
        // The separable "anrufen" split, its negation and its particle far from the verb (round 241's probe of round
        // 234's separable verbs): "Bitte rufen Sie uns während des Verfahrens auf keinen Fall an", "Rufen Sie bitte in der
        // Personalabteilung nicht wegen des Bewerbungsstands an". Words only between, so the clause ends the reach.
        pattern: String.raw`(?:rufen\s+Sie|ruf|ruft)\s+(?:\p{L}+\s+){0,8}?(?:nicht|keinesfalls|niemals|auf\s+keinen\s+Fall|in\s+keinem\s+Fall)\s+(?:\p{L}+\s+){0,6}?an(?![\p{L}\p{N}])(?!\s*,?\s*(?:wenn|falls|sobald|sollten|sollte))`,
        example: 'Bitte rufen Sie uns während des Verfahrens auf keinen Fall an.',
      },
      {
        // Calls by their noun "Telefonate", said not to be foreseen or wished (round 244: "Telefonate mit den
        // Stationsleitungen zum Stand Ihrer Bewerbung sind während des Verfahrens leider nicht vorgesehen"). Words only
        // between, so the clause ends the reach.
        pattern: String.raw`(?:Telefonate|Anrufe)\s+(?:\p{L}+\s+){0,12}?(?:nicht|keinesfalls)\s+(?:\p{L}+\s+)?(?:vorgesehen|erwünscht|gewünscht|gestattet|zulässig|möglich)`,
        example:
          'Telefonate mit den Stationsleitungen zum Stand Ihrer Bewerbung sind während des Verfahrens leider nicht vorgesehen.',
      },
      {
        // The du and ihr imperatives: "ruf nicht extra bei uns an", "ruft bitte nicht an".
        pattern: String.raw`(?:ruf|ruft|telefonier|telefoniert)\s+(?:\p{L}+\s+){0,2}?nicht`,
        example: 'Bitte ruf nicht extra bei uns an – wir melden uns ganz sicher.',
      },
      {
        pattern: String.raw`keine\s+telefonischen\s+\p{L}+`,
        example: 'Wir wünschen auch keine telefonischen Offerten.',
      },
      {
        pattern: String.raw`(?:keine|nicht)\s+(?:\p{L}+\s+){0,3}?(?:von\s+)?(?:Personalvermittl|Stellenvermittl|Personaldienstleist|Headhunter|Agentur)\p{L}*`,
        example: 'Bitte beachten Sie, dass wir keine Dossiers von Stellenvermittlungsbüros berücksichtigen.',
      },
      {
        // Not questions the writer is asked not to pass on to a third (round 326: "Der Kunde … hat uns gebeten, bis
        // Ende Oktober keine Rückfragen weiterzugeben"): the client's wish of the agency, no request to the reader.
        pattern: String.raw`keine\s+(?:telefonischen\s+)?(?:Anrufe|Rückfragen|Anfragen)(?!\s+(?:\p{L}+\s+){0,3}?(?:weiterzugeben|weiterzuleiten|weitergeben|weiterleiten|durchzustellen|durchstellen)(?![\p{L}]))`,
        example: 'Bitte keine Anrufe oder Agenturen.',
      },
      {
        pattern: String.raw`keine\s+(?:\p{L}+\s+){0,2}?Auskünfte\s+(?:\p{L}+\s+){0,2}?telefonisch|(?:nicht|keine)\s+(?:\p{L}+\s+){0,3}?telefonisch\s+(?:\p{L}+\s+){0,3}?(?:beantworten|Auskunft|Auskünfte)`,
        example: 'Wir können leider keine Auskünfte telefonisch geben.',
      },
      {
        pattern: String.raw`(?:Anrufe|telefonische\s+(?:Anfragen|Nachfragen|Rückfragen|Auskünfte|Auskunft))\s+(?:\p{L}+\s+){0,14}?(?:nicht|keine)`,
        example:
          'Anrufe beim Empfang oder direkt bei den Fachabteilungen bezüglich offener Stellen nehmen wir grundsätzlich keine entgegen.',
      },
      {
        pattern: String.raw`(?:nicht|keine)\s+(?:\p{L}+,?\s+){0,4}?telefonische\s+(?:Anfragen|Rückfragen|Nachfragen|Auskünfte|Auskunft)`,
        example:
          'Aus Kapazitätsgründen ist es uns leider nicht möglich, telefonische Anfragen zu laufenden Bewerbungsverfahren zu beantworten.',
      },
      {
        pattern: String.raw`telefonisch\s+(?:\p{L}+\s+){0,10}?nicht\s+(?:zur\s+Verfügung|möglich|erreichbar)`,
        example:
          'Telefonisch stehen wir Ihnen für Fragen zum Stand Ihrer Bewerbung leider nicht zur Verfügung.',
      },
      {
        pattern: String.raw`von\s+(?:telefonischen\s+)?Anrufen\s+(?:\p{L}+\s+){0,6}?ab(?:zusehen|sehen)?`,
        example:
          'Wir bitten darum, dass Personalvermittler und Headhunter von Anrufen und Direktansprache unserer Führungskräfte absehen.',
      },
      {
        // The negation before the way of contact, the verb far after it: "… ausschließlich über das Bewerberportal und
        // keinesfalls telefonisch an unsere Personalabteilung zu wenden".
        pattern: String.raw`(?:nicht|keinesfalls|keineswegs)\s+(?:\p{L}+\s+){0,2}?telefonisch\s+(?:\p{L}+\s+){0,5}?(?:zu\s+)?(?:wenden|kontaktieren|nachzufragen|nachfragen|erkundigen|melden)`,
        example:
          'Wir bitten Sie, sich bei Fragen nur per E-Mail und nicht telefonisch an unsere Personalabteilung zu wenden.',
      },
      {
        // "uns während des laufenden Verfahrens nicht anzurufen".
        pattern: String.raw`(?:nicht|keinesfalls|nie)\s+(?:\p{L}+\s+){0,2}?(?:anzurufen|zu\s+telefonieren)`,
        example: 'Wir bitten Sie, uns während des Verfahrens nicht anzurufen.',
      },
      {
        // The way of contact denied with "never": "niemals telefonisch".
        pattern: String.raw`(?:nie|niemals)\s+telefonisch`,
        example: 'Auskünfte erteilen wir ausschließlich per E-Mail, niemals telefonisch.',
      },
    ],
    rejection: [
      {
        // The position filled with another person (round 325: "haben wir uns entschieden, die Stelle mit einer
        // Kandidatin zu besetzen, deren Profil …"): the person named as a candidate, never the reader ("mit Ihnen").
        pattern: String.raw`(?:Stelle|Position|Vakanz|Lehrstelle|Ausbildungsstelle)\s+(?:\p{L}+\s+){0,3}?mit\s+(?:einer|einem|einer\s+anderen|einem\s+anderen|der|dem)\s+(?:\p{L}+\s+)?(?:Kandidat|Kandidatin|Kandidaten|Bewerber|Bewerberin|Mitbewerber|Mitbewerberin|Person)\s+(?:\p{L}+\s+){0,3}?(?:zu\s+besetzen|besetzt|besetzen|zu\s+vergeben|nachzubesetzen)(?![\p{L}])`,
        example:
          'Nach sorgfältiger Abwägung haben wir uns entschieden, die Stelle mit einer Kandidatin zu besetzen, deren Profil besser passt.',
      },
      {
        // No interview granted, before any was held (r63): "dass wir Sie nicht zu einem Vorstellungsgespräch einladen
        // können", "Leider können wir Sie nicht zu einem persönlichen Gespräch einladen".
        pattern: String.raw`nicht\s+(?:\p{L}+\s+){0,4}?(?:Vorstellungsgespräch|Gespräch|Interview|Auswahlgespräch)\s+einladen`,
        example:
          'Leider müssen wir Ihnen mitteilen, dass wir Sie nicht zu einem Vorstellungsgespräch einladen können.',
      },
      {
        // The profile said not to match, and no better news (round 174): "dass Ihr Profil nicht ganz dem entspricht, was
        // wir … suchen", "Wir bedauern, Ihnen keinen positiveren Bescheid geben zu können".
        pattern: String.raw`(?:Profil|Qualifikationen?|Erfahrungen?|Unterlagen)\s+(?:\p{L}+\s+){0,3}?nicht\s+(?:ganz\s+|vollständig\s+|ausreichend\s+|in\s+allen\s+Punkten\s+)?(?:dem|den|unseren|unserem|der)\s+(?:\p{L}+\s+){0,3}?(?:entspricht|entsprechen)|keinen\s+(?:positiven|positiveren|besseren|günstigeren|erfreulicheren)\s+Bescheid`,
        example:
          'Nach eingehender Prüfung müssen wir Ihnen mitteilen, dass Ihr Profil nicht ganz den Anforderungen der Stelle entspricht.',
      },
      {
        // A favourable answer refused (twin of round 138's "ne pouvoir y réserver une suite favorable"): "leider können
        // wir Ihrer Bewerbung nicht entsprechen", "Ihre Bewerbung nicht positiv bescheiden", "keine positive Rückmeldung
        // geben", and in the comparative, "keine positivere Nachricht geben zu können" (round 322).
        pattern: String.raw`Bewerbung\s+(?:\p{L}+\s+){0,2}?nicht\s+(?:\p{L}+\s+)?entsprechen|nicht\s+(?:\p{L}+\s+)?positiv\s+(?:bescheiden|beantworten)|keine\s+(?:positive|positivere|erfreuliche|erfreulichere|bessere|günstigere)\s+(?:Rückmeldung|Nachricht|Antwort|Entscheidung|Mitteilung)\s+(?:\p{L}+\s+){0,3}?(?:geben|erteilen|übermitteln|mitteilen|senden)`,
        example: 'Leider können wir Ihrer Bewerbung nicht entsprechen.',
      },
      {
        // Going on with others (the Spanish "hemos decidido continuar con candidatos cuyo perfil …", round 90).
        pattern: String.raw`mit\s+(?:anderen\s+)?(?:Kandidat|Kandidierend|Bewerber|Bewerbend|Person)\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:weiterzumachen|fortzufahren|weiterzugehen|fortzusetzen|weiterzuführen)`,
        example:
          'Wir haben uns entschieden, mit Bewerberinnen weiterzumachen, deren Profil näher an der Stelle liegt.',
        // also the Swiss and gender-neutral "den Prozess mit anderen Kandidierenden fortzusetzen" (r36)
      },
      {
        // The offer words negated: "leider keine Zusage geben", "kein Angebot unterbreiten".
        pattern: String.raw`(?:keine|kein|keinen)\s+(?:Zusage|\p{L}*angebot)\s+(?:\p{L}+\s+){0,4}?(?:geben|machen|erteilen|unterbreiten)`,
        example: 'Nach reiflicher Überlegung können wir Ihnen für diese Position leider keine Zusage geben.',
      },
      {
        pattern: String.raw`(?:Stelle|Position)\s+(?:\p{L}+\s+){0,3}?mit\s+(?:jemand(?:em)?\s+anderem|einer?\s+(?:anderen|internen|externen)\s+\p{L}+|einem\s+(?:anderen|internen|externen)\s+\p{L}+)\s+(?:zu\s+)?(?:besetzen|besetzt)`,
        example: 'Leider haben wir uns entschieden, die Stelle mit jemand anderem zu besetzen.',
      },
      {
        pattern: String.raw`gegen\s+(?:Ihre|eine)\s+(?:Bewerbung|Kandidatur)\s+entschieden`,
        example: 'Leider haben wir uns nach reiflicher Überlegung gegen Ihre Bewerbung entschieden.',
      },
      {
        // "leider hat es diesmal nicht geklappt", "wir haben die Stelle intern besetzt".
        pattern: String.raw`(?:hat\s+es|es\s+hat)\s+(?:\p{L}+\s+){0,2}?nicht\s+geklappt|(?:intern|anderweitig)\s+(?:besetzt|vergeben)`,
        example: 'Leider hat es diesmal nicht geklappt: Wir haben die Stelle intern besetzt.',
      },
      {
        // "Wir haben uns für jemanden mit mehr Erfahrung entschieden."
        pattern: String.raw`für\s+jemand(?:en)?\s+(?:\S+\s+){0,8}?entschieden`,
        example: 'Wir haben uns am Ende für jemanden aus dem eigenen Haus entschieden.',
      },
      {
        pattern: String.raw`(?:bereits|schon|inzwischen)\s+(?:anderweitig\s+)?(?:besetzt|vergeben)`,
        example: 'Leider ist die Stelle bereits besetzt.',
      },
      {
        // Not talks still held "mit anderen Bewerbern" (round 241's probe: "Wir führen am Montag und Dienstag noch Gespräche
        // mit anderen Bewerbern und melden uns danach" is others' interviews, no decision).
        pattern: String.raw`(?:für|(?<!(?:Gespräche?|Gesprächen|Interviews?|sprechen|spreche|treffen)\s+(?:[\p{L}\p{N}.]+\s+){0,3})mit)\s+(?:(?:einen|eine|einer)\s+)?(?:anderen|andere|anderer)\s+(?:Kandidat\p{L}*|Bewerber\p{L}*|Person\p{L}*|Mitbewerber\p{L}*)`,
        example: 'dass wir uns für einen anderen Kandidaten entschieden haben.',
      },
      {
        // Others chosen, in the plural without an article (round 322): "dass wir uns für Kandidatinnen und Kandidaten
        // entschieden haben, deren Profil den Anforderungen noch besser entspricht".
        pattern: String.raw`für\s+(?:andere\s+|weitere\s+)?(?:Kandidat|Bewerber|Mitbewerber)(?:innen|en|e)?(?:\s+(?:und|oder|bzw\.)\s+(?:Kandidat|Bewerber)(?:innen|en|e)?)?\s+entschieden`,
        example:
          'Leider haben wir uns für Bewerberinnen und Bewerber entschieden, die mehr Erfahrung mitbringen.',
      },
      {
        // Another person hired or chosen, in the infinitive: "entschlossen, einen anderen Kandidaten einzustellen"
        // (board2's rule).
        pattern: String.raw`(?:einen|eine)\s+(?:anderen|andere)\s+(?:Kandidat\p{L}*|Bewerber\p{L}*|Person)\s+(?:\p{L}+\s+){0,2}?(?:einzustellen|auszuwählen|zu\s+berücksichtigen|vorzuziehen)`,
        example: 'Wir haben uns dazu entschlossen, einen anderen Kandidaten einzustellen.',
      },
      {
        // The application of someone else chosen (twin of the French "retenu la candidature d'une personne", r54).
        pattern: String.raw`(?:für|mit)\s+(?:die|der|das)\s+(?:Bewerbung|Kandidatur|Profil)\s+(?:einer|eines)\s+(?:anderen|weiteren)\s+(?:Person|Kandidat\p{L}*|Bewerber\p{L}*)`,
        example: 'Wir haben uns für die Bewerbung einer anderen Person entschieden.',
      },
      {
        pattern: String.raw`nicht\s+(?:weiter\s+|mehr\s+)?berücksichtigen`,
        example: 'Leider können wir Ihre Bewerbung nicht weiter berücksichtigen.',
      },
      {
        // The process not continued with the candidate: "entschieden, den Prozess mit Ihnen nicht fortzusetzen"
        // (round 92; twins "no continuar el proceso contigo", "ne pas poursuivre le processus avec vous").
        pattern: String.raw`(?:Prozess|Verfahren|Auswahlverfahren|Bewerbungsprozess|Bewerbungsverfahren)\s+(?:mit\s+(?:Ihnen|dir|euch)\s+)?nicht\s+(?:weiter\s+)?(?:fortzusetzen|fortsetzen|fortführen|fortzuführen|weiterzuführen|weiterführen)`,
        example: 'Wir haben uns daher entschieden, den Prozess mit Ihnen nicht fortzusetzen.',
      },
      {
        // The choice of a profile that fits better: "uns für ein Profil entschieden, das noch besser passt" (twin of
        // round 94's "fait le choix d'un profil plus en adéquation").
        pattern: String.raw`für\s+(?:ein|einen)\s+(?:anderes\s+|anderen\s+)?(?:Profil|Kandidaten|Bewerber)\s+(?:\S+\s+){0,3}?entschieden`,
        example: 'Wir haben uns für ein Profil entschieden, das noch besser zu den Anforderungen passt.',
      },
      {
        // (not the outcome named as one of two still to come: "erhalten Sie eine verbindliche Zu- oder Absage", round
        // 124)
        pattern: String.raw`(?<!(?:oder|und|bzw\.)\s)Absage(?!\s+(?:oder|bzw\.))`,
        example: 'Leider müssen wir Ihnen eine Absage erteilen.',
      },
      {
        pattern: String.raw`(?:Bewerbung|Kandidatur)\s+(?:\p{L}+\s+){0,4}?nicht\s+erfolgreich`,
        example: 'dass Ihre Bewerbung in diesem Auswahlverfahren nicht erfolgreich war.',
      },
      {
        pattern: String.raw`bedauern,?\s+(?:Ihnen|dir)\s+mitteilen\s+zu\s+müssen`,
        example: 'Wir bedauern, Ihnen mitteilen zu müssen, dass die Stelle vergeben ist.',
      },
      {
        // (and a fellow applicant: "dass die Wahl auf eine Mitbewerberin gefallen ist", round 124)
        pattern: String.raw`Wahl\s+(?:\p{L}+\s+){0,2}?auf\s+(?:eine|einen)\s+(?:andere|anderen|Mitbewerber\p{L}*|Mitbewerbende\p{L}*|weitere\p{L}*)`,
        example: 'Leider müssen wir Ihnen mitteilen, dass die Wahl auf eine andere Kandidatin gefallen ist.',
      },
      {
        pattern: String.raw`nicht\s+für\s+(?:Ihre|deine)\s+(?:Bewerbung|Kandidatur)\s+entscheiden`,
        example: 'Leider konnten wir uns nicht für Ihre Bewerbung entscheiden.',
      },
      {
        pattern: String.raw`(?:Ihnen|dir|euch)\s+(?:leider\s+)?absagen`,
        example: 'Leider müssen wir Ihnen absagen.',
      },
      {
        pattern: String.raw`für\s+jemand(?:en)?\s+(?:(?:anderen|anders)\s+)?entschieden`,
        example:
          'Wir haben lange überlegt, uns am Ende aber für jemanden entschieden, dessen Erfahrung näher liegt.',
      },
      {
        pattern: String.raw`leider\s+(?:\p{L}+\s+){0,6}?(?:nicht|keine)\s+(?:\p{L}+\s+){0,4}?(?:berücksichtigen|anbieten|weiterverfolgen|fortsetzen)`,
        example: 'Leider können wir Ihnen die Stelle nicht anbieten.',
      },
      {
        // (and the infinitive of a decision: "haben uns entschieden, die Stelle anderweitig zu besetzen", round 139)
        pattern: String.raw`anderweitig\s+(?:zu\s+)?(?:besetzt|vergeben|entschieden|besetzen|vergeben)`,
        example: 'Die Stelle wurde anderweitig besetzt.',
      },
      {
        // The one chosen, with an indefinite article, is someone else: "uns aber für eine Kandidatin entschieden,
        // deren Profil …", "einem Bewerber den Vorzug gegeben".
        pattern: String.raw`für\s+(?:eine|einen|ein)\s+(?:andere[ns]?\s+)?(?:Kandidat|Bewerber|Mitbewerber|Person|Bewerbung|Kandidatur|Profil)\p{L}*\s+(?:\S+\s+){0,6}?entschieden|(?:einer|einem)\s+(?:anderen\s+)?(?:Kandidat|Bewerber|Mitbewerber)\p{L}*\s+den\s+Vorzug`,
        example:
          'Wir haben uns am Ende für einen Bewerber entschieden, der bereits Führungserfahrung mitbringt.',
      },
      {
        // "Leider reicht es diesmal nicht für die nächste Runde", "es hat leider nicht gereicht".
        pattern: String.raw`(?:reicht|hat)\s+es\s+(?:\p{L}+\s+){0,2}?nicht\s+(?:für\s+(?:die\s+)?nächste\s+(?:Runde|Stufe|Phase)|gereicht)|(?:nicht\s+in\s+der\s+Lage|nicht\s+möglich),?\s+(?:\p{L}+\s+){0,4}?zu\s+berücksichtigen`,
        example: 'Leider reicht es diesmal nicht für die nächste Runde.',
      },
    ],
    thatDay: [
      {
        // (only with what the reader is told that day, and not after words that bound a hold-off or start a count)
        pattern: String.raw`(?<!(?:vor|bis\s+zu|nach|ab)\s+)(?:an\s+diesem|am\s+selben|am\s+gleichen|am\s+selbigen)\s+Tag(?=,?\s+(?:\p{L}+\s+){0,5}?(?:Ihnen|dir|euch|Sie|dich)(?![\p{L}]))`,
        example: 'Die Kommission tagt am Dienstag, 8. März; an diesem Tag melde ich mich auch bei Ihnen.',
      },
    ],
    alreadyHired: [
      {
        // The first day confirmed, or a hire's onboarding (twin of round 329b): "Ihr erster Arbeitstag ist Montag, der 3.
        // März", "Herzlich willkommen an Bord!".
        pattern: String.raw`(?:Ihr|dein|euer)\s+erster\s+(?:Arbeitstag|Tag)\s+(?:bei\s+uns\s+)?(?:ist|wird)|willkommen\s+an\s+Bord|Onboarding-?(?:Tag|Termin|Plan|Programm)\p{L}*`,
        example:
          'Willkommen an Bord! Dein erster Arbeitstag ist Montag, der 3. März; wir erwarten dich um 9 Uhr.',
      },
    ],
    offerNamed: [
      {
        pattern: String.raw`\p{L}{0,12}angebot\p{L}*|anbieten|Zusage`,
        example: 'Anbei unser Vertragsangebot für die Stelle.',
      },
    ],
    offer: [
      {
        // An employer's wish to hire the reader, said with a modal (round 325: "Wir wollen dich gern bei uns in der
        // Zimmerei als Geselle einstellen"; "möchten Sie fest anstellen"); not asked whether ("ob wir dich einstellen").
        pattern: String.raw`(?<!ob\s{1,3}(?:wir|ich)\s{1,3})(?:wollen|will|möchten|möchte|würden|würde)\s+(?:(?:wir|ich)\s+)?(?:dich|Sie|euch)\s+(?:(?!nicht\s)[\p{L}\p{N}.]+\s+){0,8}?(?:einstellen|anstellen|übernehmen)(?![\p{L}])(?!\s+(?:können|dürfen)\s*\?)`,
        example: 'Servus Lukas, wir wollen dich gern bei uns in der Zimmerei als Geselle einstellen!',
      },
      {
        // The role said to be the reader's (twin of round 294b's "el puesto de camarera de pisos es tuyo"): "Die Stelle
        // als Koch gehört Ihnen", "der Job ist deiner".
        pattern: String.raw`(?:die\s+Stelle|der\s+Job|die\s+Position)\s+(?:als\s+(?:[\p{L}-]+\s+){1,4}?)?(?:gehört\s+(?:Ihnen|dir|euch)|ist\s+(?:Ihre|deine|deiner|Ihrer))(?![\p{L}])`,
        example: 'Gute Nachrichten: Die Stelle als Koch gehört Ihnen!',
      },
      {
        // The hiring approved (twin of round 139b's "el comité aprobó tu contratación"): "die Geschäftsführung hat Ihre
        // Einstellung genehmigt", "Ihre Einstellung wurde freigegeben".
        pattern: String.raw`(?:Ihre|deine)\s+Einstellung\s+(?:\p{L}+\s+){0,2}?(?:genehmigt|freigegeben|bestätigt|beschlossen)`,
        example: 'Gute Nachrichten: Die Geschäftsführung hat Ihre Einstellung genehmigt.',
      },
      {
        // The candidacy chosen (twin of round 135's "c'est votre candidature que nous avons choisie"): "wir haben uns
        // für Ihre Bewerbung entschieden".
        pattern: String.raw`(?:uns|mich)\s+für\s+(?:Ihre|deine)\s+(?:Bewerbung|Kandidatur)\s+entschieden`,
        example: 'Wir freuen uns, Ihnen mitzuteilen, dass wir uns für Ihre Bewerbung entschieden haben.',
      },
      {
        // The contract sent to sign is the post given (twin of round 132's "un lien DocuSign pour signer votre
        // contrat"): "Sie erhalten Ihren Arbeitsvertrag zur Unterschrift".
        pattern: String.raw`(?:Ihren|deinen|Ihr|dein)\s+(?:Arbeitsvertrag|Dienstvertrag|Vertrag|Vertragsangebot)\s+(?:\p{L}+\s+){0,3}?zur\s+(?:Unterschrift|Unterzeichnung)`,
        example: 'Sie erhalten in den nächsten Tagen Ihren Arbeitsvertrag zur Unterschrift.',
      },
      {
        // "dass Sie unsere Wunschkandidatin sind".
        pattern: String.raw`(?:unsere?|unseren)\s+Wunsch(?:kandidat\p{L}*|besetzung)`,
        example: 'Wir freuen uns, Ihnen mitzuteilen, dass Sie unser Wunschkandidat für die Teamleitung sind.',
      },
      {
        pattern: String.raw`(?:uns|mich|sich)\s+für\s+(?:Sie|dich)\s+entschieden`,
        example: 'Ich freue mich sehr, Ihnen mitteilen zu dürfen, dass wir uns für Sie entschieden haben!',
      },
      {
        // (with words between: "Ihnen nach den guten Gesprächen die Position als Disponent in unserem Team in
        // Hamburg-Billbrook anbieten zu können", round 319; "Ihnen nach den Gesprächen der letzten Wochen die Position
        // als Kundenberaterin … anbieten zu können", round 330)
        pattern: String.raw`(?:Ihnen|dir|euch)\s+(?:\p{L}+\s+){0,9}?(?:die|diese)\s+(?:Position|Stelle)\s+(?:[\p{L}\p{N}.-]+\s+){0,10}?(?:anbieten|anzubieten)`,
        example: 'Wir sind von Ihnen überzeugt und möchten Ihnen die Position anbieten.',
      },
      {
        // A title with its gender mark or signs between the words: "(m/w/d)", "C++", "SAP/HANA" (r4 g3).
        // (and a contract or a job offered: "wir möchten dir gerne einen Vertrag als Junior Marketing Managerin
        // anbieten", round 124)
        pattern: String.raw`(?:Ihnen|dir|euch)\s+(?:(?:gerne?|hiermit|heute|nun)\s+){0,2}(?:die|diese|eine|einen|den)\s+(?:Position|Stelle|Vertrag|Arbeitsvertrag|Festanstellung|Job)\s+als\s+(?:(?:\d[\d.,]*|[^\s,.;:!?]+)\s+){1,12}?(?:anbieten|anzubieten)`,
        example: 'wir freuen uns sehr, Ihnen die Position als Data Engineer (m/w/d) anbieten zu können.',
      },
      {
        // A place offered, its start and trade between ("dass wir Ihnen einen Ausbildungsplatz zur Bankkauffrau zum 1.
        // August 2029 anbieten", round 234): "keinen" is no "einen", and "ob wir Ihnen … anbieten können" is a question
        // still open.
        pattern: String.raw`(?<!ob\s{1,3}(?:wir|ich)\s{1,3})(?:Ihnen|dir|euch)\s+(?:(?:gerne?|hiermit|heute|nun)\s+){0,2}(?:einen|den|diesen)\s+(?:Ausbildungsplatz|Studienplatz|Praktikumsplatz|Traineeplatz)\s+(?:[^\s,;:!?]+\s+){0,10}?(?:anbieten|anzubieten)`,
        example:
          'Wir freuen uns, dass wir Ihnen einen Ausbildungsplatz zum Industriemechaniker zum 1. September anbieten.',
      },
      {
        // (an interview offered is none: "Ihnen ein persönliches Gespräch anbieten zu können", r59)
        pattern: String.raw`(?:freuen|freue)\s+(?:uns|mich)[,\s]+(?:(?!\p{L}*(?:gespräch|interview|termin|telefonat|kennenlernen|probearbeit|hospitation)\p{L}*\s)\p{L}+\s+){0,6}?(?:anbieten|anzubieten|Angebot)`,
        example: 'Wir freuen uns, Ihnen die Stelle als Projektleiterin anbieten zu können.',
      },
      {
        pattern: String.raw`(?:freuen|freue)\s+(?:uns|mich)\s+(?:sehr|besonders|riesig|außerordentlich)[,\s]+(?:(?!\p{L}*(?:gespräch|interview|termin|telefonat|kennenlernen|probearbeit|hospitation)\p{L}*\s)\p{L}+\s+){0,8}?(?:anbieten|anzubieten|Angebot)`,
        example:
          'Wir freuen uns sehr, Ihnen die Position als Projektleiterin Automatisierung anbieten zu können.',
      },
      {
        // Not a negated one: "leider keine Zusage geben".
        pattern: String.raw`(?<!(?:kein|keine|keinen)\s+)(?:\p{L}*angebot|Zusage)\s+(?:\p{L}+\s+){0,4}?(?:unterbreiten|machen|geben|erteilen)`,
        example: 'Wir freuen uns, Ihnen eine Zusage für die Stelle geben zu können!',
      },
      {
        // The commitment given to the candidate, however far its verb: "Ihnen heute die Zusage für die Position als
        // Controller in unserem Frankfurter Team geben zu können" (round 92).
        pattern: String.raw`(?:Ihnen|dir|euch)\s+(?:heute\s+|hiermit\s+|gerne?\s+|nun\s+|endlich\s+)?(?:die|eine|unsere|eine\s+positive)\s+Zusage`,
        example: 'Wir freuen uns, Ihnen heute die Zusage für die Position geben zu können.',
      },
      {
        pattern: String.raw`(?:Arbeitsvertrag|Vertrag)\s+(?:\p{L}+\s+){0,2}?(?:anbei|im\s+Anhang)`,
        example: 'Ihren Arbeitsvertrag finden Sie anbei.',
      },
      {
        pattern: String.raw`(?:anbei|im\s+Anhang)\s+(?:\p{L}+\s+){0,4}?(?:Arbeitsvertrag|Vertragsangebot|Angebot)`,
        example: 'Im Anhang finden Sie unseren Arbeitsvertrag.',
      },
      {
        pattern: String.raw`Wahl\s+(?:\p{L}+\s+){0,2}?auf\s+(?:Sie|dich)\s+gefallen`,
        example: 'Wir freuen uns, Ihnen mitteilen zu dürfen, dass die Wahl auf Sie gefallen ist!',
      },
      {
        // (the subject between, and a start date: "Gerne möchten wir Sie zum 1. September 2031 einstellen", round 313)
        pattern: String.raw`(?:möchten|würden|werden)\s+(?:wir\s+|ich\s+)?(?:Sie|dich)\s+(?:(?!nicht\s)[\p{L}\p{N}.]+\s+){0,8}?einstellen`,
        example: 'Herzlichen Glückwunsch – wir möchten Sie sehr gerne als Teamlead Data bei uns einstellen!',
      },
      {
        // The same with the verb at the clause's end (round 301: "dass wir Sie gerne als Elektroniker für
        // Betriebstechnik einstellen möchten"); not a question's "ob", nor "nicht".
        pattern: String.raw`(?<!ob\s{1,3})(?:wir|ich)\s+(?:Sie|dich|euch)\s+(?:(?!nicht\s)\p{L}+\s+){0,8}?einstellen\s+(?:möchten|möchte|wollen|will|werden|würden)`,
        example:
          'Wir freuen uns, Ihnen mitzuteilen, dass wir Sie als Disponentin im Innendienst einstellen möchten.',
      },
      {
        // (and "ins Team holen", round 104: "wir würden dich total gern als Werkstudent ins Team holen")
        pattern: String.raw`an\s+Bord\s+(?:holen|nehmen)|(?:ins|in\s+unser)\s+Team\s+(?:holen|aufnehmen)`,
        example: 'Das Team war begeistert und wir würden dich sehr gerne an Bord holen!',
      },
      {
        // Welcomed on board or into the team: "Wir würden Sie sehr gerne ab dem 1. November bei uns an Bord begrüßen"
        // (round 98); welcomed to a talk ("zu einem Gespräch begrüßen") is an interview.
        pattern: String.raw`(?:an\s+Bord|in\s+unserem\s+Team|im\s+Team|als\s+(?:neue[nr]?\s+)?(?:Kolleg|Mitarbeiter|Teamleiter)\p{L}*)\s+(?:\S+\s+){0,2}?(?:begrüßen|willkommen\s+(?:heißen|zu\s+heißen))`,
        example: 'Wir würden Sie sehr gerne ab dem 1. November bei uns an Bord begrüßen.',
      },
      {
        // "Wir freuen uns, Sie ab dem 1. Juli als neue Teamleiterin begrüßen zu dürfen".
        pattern: String.raw`(?:freuen|freue)\s+(?:uns|mich),?\s+(?:Sie|dich)\s+(?:\S+\s+){0,10}?(?:begrüßen|willkommen\s+zu\s+heißen)\s+zu\s+(?:dürfen|können)`,
        example: 'Wir freuen uns, Sie ab dem 1. Juli als neue Teamleiterin Einkauf begrüßen zu dürfen.',
      },
    ],
    answer: [
      {
        pattern: String.raw`(?:Ihre|deine|eure)\s+(?:Entscheidung|Rückmeldung|Antwort|Zusage|Unterschrift)`,
        example: 'Wir würden uns freuen, wenn Sie uns Ihre Entscheidung bis zum 14. Dezember mitteilen.',
      },
      {
        // Swiss German's "Entscheid", masculine (lead's round r24).
        pattern: String.raw`(?:Ihren|deinen|euren)\s+(?:Entscheid|Bescheid)`,
        example: 'Wir bitten Sie, uns Ihren Entscheid bis am 18. Dezember mitzuteilen.',
      },
      {
        // What the candidate tells the employer by a day, whatever the noun: "uns bis Freitag mitzuteilen, ob Sie
        // die Stelle antreten möchten".
        pattern: ANSWER_ASKED,
        example: 'Wir bitten Sie, uns bis 9. Dezember mitzuteilen, ob Sie das Angebot annehmen.',
      },
      {
        pattern: String.raw`(?:unterschrieben|unterzeichnet)\w*\s+(?:\p{L}+\s+){0,3}?(?:zurück|zurücksenden|zukommen)`,
        example: 'Bitte senden Sie uns den Vertrag bis Freitag unterschrieben zurück.',
      },
      {
        pattern: String.raw`(?:Angebot|Vertragsangebot)\s+(?:ist|bleibt)\s+[^!?\n]{0,40}?(?:gültig|offen)`,
        example: 'Das Angebot ist bis zum 18. Dezember gültig.',
      },
      {
        pattern: String.raw`(?:gib|gebt|geben\s+Sie)\s+(?:uns|mir)\s+(?:\p{L}+\s+){0,3}?Bescheid`,
        example: 'Gib uns bitte bis Mittwoch Bescheid, ob du das Angebot annimmst.',
      },
    ],
    condition: [
      {
        pattern: String.raw`(?:falls|wenn|sollten)`,
        example: 'Falls Sie bis Freitag nichts von uns hören, …',
      },
    ],
    continuations: [
      {
        // The same subject going on with its promise, "then" after the verb: "Ab Montag, 22.11., bin ich wieder im Büro
        // und melde mich dann umgehend bei Ihnen" (round 104) is one clause, the promise dated by the day before it.
        pattern: String.raw`(?:melde|melden|schicke|schicken|sende|senden|gebe|geben|rufe|rufen|antworte|antworten|beantworte|beantworten)\s+(?:mich|uns|Ihnen|dir|euch|Sie|dich)\s+(?:\p{L}+\s+)?(?:dann|danach|gleich|umgehend|sofort)(?![\p{L}])`,
        example: 'und melde mich dann umgehend bei Ihnen',
      },
      {
        pattern: String.raw`spätestens(?:\s+(?:aber|jedoch|jedenfalls))?|(?:aber|jedoch)\s+spätestens`,
        example: 'Wir melden uns, sobald wir mehr wissen – spätestens aber Ende nächster Woche.',
      },
    ],
    clauseBreaks: [
      {
        // Not between the two forms of a noun ("alle Bewerberinnen und Bewerber erhalten …"): one subject; nor in a
        // list of days ("Slots am 10., 11. und 12. März"); nor before a second object that leads straight to the day
        // ("ich schicke Ihnen das Protokoll und die nächsten Schritte bis Mittwoch": one promise, round 85).
        pattern: String.raw`(?:(?<!(?:innen|Damen|\d\.?)\s)und(?!\s+(?:die|den|das|Ihre|Ihren|deine|deinen)\s+(?:\p{L}+\s+){1,3}?(?:bis|spätestens)\s)|(?<=,\s)aber|(?<=,\s)sondern|(?<=,\s)(?:daher|deshalb|deswegen|darum|also|sodass|so\s+dass))`,
        example: 'Wir führen noch Gespräche mit weiteren Kandidaten und melden uns Ende nächster Woche.',
      },
    ],
    cancelled: [
      {
        // Postponed with no new day in the same words: the slot is gone until one is named.
        pattern: String.raw`(?:muss|müssen|musste|mussten)\s+(?:\p{L}+\s+){0,2}?verschoben\s+werden`,
        example: 'Ihr Termin am Freitag (4.12.) muss leider verschoben werden – ein neuer Termin folgt.',
      },
      {
        pattern: String.raw`(?:entfallen|entfällt|abgesagt|storniert|fällt\s+aus)`,
        example: 'Ihr Gesprächstermin am 5. November muss leider entfallen.',
      },
      {
        // A slot moved away: the day it leaves is no slot, the one after "auf" or "stattdessen" is (movedTo).
        pattern: String.raw`(?:verschieben|verschoben|verlegen|verlegt)`,
        example:
          'Unser Gespräch am Dienstag, 17.11., müssen wir leider verschieben. Passt dir stattdessen Mittwoch, der 18.11., um 15:30 Uhr?',
      },
      {
        // The everyday verbs for it: "können wir unser Gespräch von Donnerstag auf Freitag schieben?", "umlegen"
        // (round 86).
        pattern: String.raw`(?:schieben|geschoben|umlegen|umgelegt)`,
        example: 'Können wir das Interview von Montag auf Dienstag schieben, gleiche Uhrzeit?',
      },
      {
        // A slot moved earlier: "unser Gespräch von Freitag auf Donnerstag, 15. Juli, 16 Uhr vorzuziehen" (round 95;
        // as French "avancer", Spanish "adelantar").
        pattern: String.raw`(?:vorziehen|vorzuziehen|vorgezogen|vorverlegen|vorzuverlegen|vorverlegt)`,
        example: 'Wäre es möglich, unser Gespräch von Freitag auf Donnerstag, 15. Juli, 16 Uhr vorzuziehen?',
      },
      {
        // (and "as planned" between: "sodass wir unser Gespräch am Donnerstag nicht wie geplant durchführen können",
        // round 121)
        pattern: String.raw`nicht\s+(?:wie\s+(?:geplant|vorgesehen|vereinbart)\s+)?(?:stattfinden|durchführen)`,
        example: 'Das Gespräch mit Frau Dr. Baumann am 3. Februar kann leider nicht stattfinden.',
      },
      {
        pattern: String.raw`nicht\s+wie\s+(?:geplant|vorgesehen|vereinbart)`,
        example: 'Wir können unser Gespräch am Donnerstag, 14 Uhr, nicht wie geplant durchführen.',
      },
      {
        pattern: String.raw`(?:absagen|abzusagen)`,
        example: 'Daher müssen wir unser Gespräch am 17.11. um 15 Uhr absagen.',
      },
      {
        // Meeting each other no longer possible (twin of round 172's "no vamos a poder vernos el lunes 21"): "Leider
        // können wir uns am Montag, 21.01., nicht wie besprochen sehen".
        pattern: String.raw`(?:können|könnten|werden)\s+wir\s+uns\s+(?:\S+\s+){0,6}?nicht\s+(?:\p{L}+\s+){0,2}?(?:sehen|treffen|sprechen)`,
        example: 'Leider können wir uns am Montag, 21.01., nicht wie besprochen sehen.',
      },
      {
        // The interviewer cannot keep the slot: "Herr Krause kann den Termin am Donnerstag leider nicht wahrnehmen".
        pattern: String.raw`(?:kann|können|könnte|konnte)\s+(?:\p{L}+\s+){0,5}?nicht\s+wahrnehmen`,
        example: 'Herr Krause kann den Termin am Donnerstag leider nicht wahrnehmen.',
      },
    ],
    movedTo: [
      {
        // (twin of round 174c's "il se tiendra finalement le lundi 21"): "Wir müssen das Gespräch verschieben; es findet
        // nun am Dienstag, 22. Oktober, um 14 Uhr statt."
        pattern: String.raw`findet\s+(?:nun|jetzt|stattdessen|neu|also)\s+am`,
        example:
          'Wir müssen das Gespräch leider verschieben; es findet nun am Dienstag, 22. Oktober, um 14 Uhr statt.',
      },
      {
        pattern: String.raw`(?:auf|stattdessen)(?:\s+(?:den|die|das|am|kommenden|nächsten))?`,
        example: 'Ihr Gespräch am 5.11. wird auf den 9.11. um 10 Uhr verschoben.',
      },
    ],
    anchorBefore: [
      {
        pattern: String.raw`nach(?:\s+(?:Ende|Abschluss|Ablauf))?`,
        example:
          'Nach Abschluss aller Gespräche am 20. November erhalten Sie innerhalb einer Woche eine Nachricht.',
      },
      {
        // A clause opened by "sobald" / "nachdem" that dates its event, the window after it counted from that day (round
        // 241's probe): "Sobald die Kommission am 20. März getagt hat, teilen wir Ihnen das Ergebnis binnen einer Woche
        // mit" (as "Nach Abschluss … am 20. November"). Only where its clause runs on to the day (a digit, or the end of
        // the words read, which end at that day): "Sobald wir alle Unterlagen gesichtet haben, melden wir uns innerhalb
        // …" names no day, and keeps its reading.
        pattern: String.raw`(?:sobald|nachdem)(?=[^,.;!?\n]{0,80}(?:$|\d))`,
        example:
          'Sobald die Kommission am 20. März getagt hat, teilen wir Ihnen das Ergebnis binnen einer Woche mit.',
      },
    ],
    anchorAfter: [
      {
        // A window told as "so long later" after a day of the sentence before (round 174): "Am 24. Oktober tagt unser
        // Personalausschuss. Mit einer Entscheidung können Sie etwa eine Woche später rechnen."
        pattern: String.raw`(?:später|darauf)`,
        example: 'Die Jury tagt am 3. März. Mit unserer Antwort können Sie etwa eine Woche später rechnen.',
      },
      {
        pattern: String.raw`(?:danach|anschließend|im\s+Anschluss)`,
        example: 'Wir geben Ihnen spätestens zwei Wochen danach Bescheid, wie es weitergeht.',
      },
      {
        // "dann" opening the clause after the event's, joined by "und" (round 301: "bis zum Ende der Bewerbungsfrist am
        // 19. April und melden uns dann innerhalb von zwei Wochen"): the window counts from that event's day.
        pattern: String.raw`(?:und|,)\s+(?:\p{L}+\s+){0,3}?dann`,
        example:
          'Die Bewerbungsfrist endet am 3. Mai, und wir melden uns dann innerhalb von zehn Tagen bei Ihnen.',
      },
      {
        // The same said before the count: "in den darauffolgenden zwei Arbeitstagen" (round 211).
        pattern: String.raw`(?:darauf\s?folgenden|anschlie(?:ß|ss)enden|nachfolgenden)`,
        example:
          'Der Entscheid fällt am 23. Mai; wir informieren Sie in den darauffolgenden zwei Arbeitstagen.',
      },
      {
        // (and the event by its noun, twin of round 122's "desde esa entrevista": "innerhalb von fünf Werktagen ab
        // diesem Gespräch")
        // (and a meeting's session: "Die Berufungskommission tagt am 26. Februar; über das Ergebnis informieren wir Sie
        // innerhalb von drei Wochen nach dieser Sitzung", round 294)
        pattern: String.raw`(?:nach|ab)\s+(?:diesem|dieser|dem|jenem|jener)\s+(?:Datum|Termin|Tag|\p{L}*gespräch|Interview|Treffen|Hearing|Auswahltag|\p{L}*sitzung|Sitzung|Tagung|Besprechung|Beratung|Runde|\p{L}*vortrag)`,
        example: 'Wir melden uns innerhalb von zwei Wochen nach diesem Datum.',
      },
      {
        // An event named after the window, its day after it: "nach dem Gespräch am 12. November", "nach Ende der
        // Bewerbungsfrist (20.11.)".
        // (and plural: "zehn Werktage nach den Prüfungen", twin of round 126's "après les épreuves")
        // (and the receipt of what the reader sends, undated: "drei bis fünf Werktage nach Eingang Ihrer Angaben", round 324)
        pattern: String.raw`nach\s+(?:(?:dem|der|den|Ihrem|Ihrer|Ihren|unserem|unserer|unseren)\s+\p{L}+|(?:Ende|Ablauf|Abschluss|Eingang|Erhalt|Zugang|Einreichung)\s+(?:der|des|Ihrer|Ihres|deiner|deines|aller)\s+\p{L}+)`,
        example: 'Wir melden uns innerhalb von zwei Wochen nach dem Gespräch am 12. November.',
      },
      {
        // The event as one compound word after the window: "zwei Wochen nach Fristende", "nach Bewerbungsschluss".
        pattern: String.raw`nach\s+\p{L}*(?:ende|schluss|ablauf)`,
        example: 'Rechnen Sie mit einer Rückmeldung etwa zwei Wochen nach Fristende.',
      },
    ],
    backReference: [
      {
        // "Bitte melden Sie sich erst danach wieder bei mir": after the day named before.
        pattern: String.raw`erst\s+(?:danach|dann|ab\s+dann|nach\s+(?:meiner|ihrer|seiner|unserer)\s+Rückkehr)`,
        example:
          'Ich bin bis 18. Dezember im Urlaub und ab dem 21. Dezember wieder erreichbar. Bitte melden Sie sich erst danach.',
      },
      {
        pattern: String.raw`bis\s+(?:dahin|dann|zu\s+(?:meiner|ihrer|seiner|unserer)\s+Rückkehr)`,
        example:
          'Ich bin ab Montag, 7. Dezember, wieder im Büro. Bitte gedulden Sie sich mit Ihrer Anfrage bis dann.',
      },
      {
        // "not before then" as one word (round 194: "Bis zum 20. November führen wir noch Gespräche … Wir bitten Sie
        // daher, sich nicht vorher bei uns zu melden").
        pattern: String.raw`nicht\s+(?:schon\s+)?(?:vorher|davor|früher)(?![\p{L}])`,
        example:
          'Bis zum 20. November führen wir noch Gespräche. Bitte melden Sie sich nicht vorher bei uns.',
      },
      {
        pattern: String.raw`(?:vor|bis\s+zu)\s+(?:diesem|dem)\s+(?:Datum|Termin|Tag)`,
        example:
          'Das Auswahlgremium tagt am 15. Dezember. Bitte melden Sie sich nicht vor diesem Datum bei uns.',
      },
    ],
    backReferenceAfter: [
      {
        // "until after" the end of a period named before (round 191: "Die Bewerbungsfrist läuft noch bis 4. Oktober
        // 2030. Bitte warten Sie mit Rückfragen bis nach dem Ende der Frist"): the day after its last day.
        pattern: String.raw`nach\s+(?:dem\s+)?(?:Ende|Ablauf|Abschluss)\s+(?:der|dieser|des|dieses)\s+(?:Frist|Bewerbungsfrist|Ausschreibungsfrist|Einreichfrist|Ausschreibung|Bewerbungsphase|Verfahrens|Bewerbungsverfahrens|Auswahlverfahrens)(?![\p{L}])|nach\s+(?:dem\s+)?(?:Fristende|Bewerbungsschluss|Einsendeschluss|Fristablauf)(?![\p{L}])|bis\s+nach\s+(?:diesem|dem)\s+(?:Datum|Termin|Tag)(?![\p{L}])`,
        example:
          'Die Bewerbungsfrist endet am 4. Oktober. Bitte sehen Sie bis nach Ablauf der Frist von Nachfragen ab.',
      },
      {
        // "until" the end of the application period named before (round 317: "Die Bewerbungsfrist endet am 28. Februar
        // 2035. Wir bitten Sie, bis zum Ablauf der Bewerbungsfrist von Sachstandsanfragen abzusehen"): it ends with that
        // day, so contact is welcome the day after, as "bis nach Ablauf der Frist".
        pattern: String.raw`bis\s+zum\s+(?:Ende|Ablauf|Abschluss)\s+(?:der|dieser|des|dieses)\s+(?:Frist|Bewerbungsfrist|Ausschreibungsfrist|Einreichfrist|Ausschreibung|Bewerbungsphase)(?![\p{L}])|bis\s+zum\s+(?:Fristende|Bewerbungsschluss|Einsendeschluss|Fristablauf)(?![\p{L}])`,
        example:
          'Die Bewerbungsfrist endet am 4. Oktober. Bitte sehen Sie bis zum Ende der Bewerbungsfrist von Nachfragen ab.',
      },
    ],
    heldToday: {
      thanks: [
        {
          // Thanks for coming (r33's Spanish twin): "Danke, dass Sie heute bei uns waren", "danke fürs Vorbeikommen".
          pattern: String.raw`(?:danke|vielen\s+dank|herzlichen\s+dank),?\s+(?:(?:dass|daß)\s+(?:Sie|du|ihr)\s+(?:\p{L}+\s+){0,3}?(?:da\s+waren|da\s+warst|bei\s+uns\s+waren|bei\s+uns\s+warst|gekommen\s+sind|gekommen\s+bist|vorbeigekommen)|(?:fürs|für\s+das|für\s+Ihr|für\s+dein)\s+(?:Vorbeikommen|Kommen))`,
          example: 'Danke, dass Sie heute bei uns waren!',
        },
        {
          // (and the verb: "Wir danken Ihnen für das angenehme Gespräch von heute Morgen", round 306)
          pattern: String.raw`(?:danke|danken|vielen\s+dank|herzlichen\s+dank)\s+(?:\p{L}+\s+){0,3}?für\s+(?:das|dein|deine|Ihr|Ihre|euer|unser|den)\s+(?:\p{L}+\s+){0,2}?(?:\p{L}*(?:Gespräch|Interview)|Kennenlernen|Telefonat|Treffen|Besuch|Teilnahme|Zeit)`,
          // A few words between the thanks and "für": "vielen Dank noch einmal für", "danke Ihnen nochmals für".
          example: 'danke dir für das super Gespräch heute um 14 Uhr!',
        },
        {
          // Thanks with a verb: "Ich bedanke mich für das Gespräch heute", "Wir bedanken uns für Ihren Besuch heute".
          pattern: String.raw`(?:bedanke\s+mich|bedanken\s+uns)\s+(?:nochmals\s+|herzlich\s+|sehr\s+)?(?:bei\s+(?:Ihnen|dir|euch)\s+)?für\s+(?:das|dein|deine|Ihr|Ihre|Ihren|euer|unser|den)\s+(?:\p{L}+\s+){0,2}?(?:\p{L}*(?:Gespräch|Interview)|Kennenlernen|Telefonat|Treffen|Besuch|Teilnahme|Zeit)`,
          example: 'Ich bedanke mich herzlich für das Gespräch heute Vormittag.',
        },
        {
          // A second object of the thanks: "für Ihr Interesse sowie für das Gespräch am 1. Dezember" (r43's twin).
          pattern: String.raw`(?:danke|danken|dank|bedanke\s+mich|bedanken\s+uns)\s[^.!?]{0,80}?(?:sowie|und)\s+für\s+(?:das|dein|Ihr|euer|unser|den)\s+(?:\p{L}+\s+){0,2}?(?:\p{L}*(?:Gespräch|Interview)|Kennenlernen)`,
          example: 'Vielen Dank für Ihr Interesse an unserem Haus sowie für das Gespräch am 1. Dezember.',
        },
      ],
      today: [
        {
          pattern: String.raw`heute(?:\s+(?:Vormittag|Nachmittag|Morgen|früh))?`,
          example: 'Vielen Dank für das angenehme Gespräch heute Vormittag.',
        },
      ],
    },
    zones: [
      {
        pattern: String.raw`(?:MEZ|MESZ|deutscher\s+Zeit)`,
        zone: 'Europe/Berlin',
        example: 'Ihr Interview beginnt am Mittwoch um 10 Uhr (MEZ) per Zoom.',
      },
      // A city's or region's clock, as German writes it ("um 9:00 Uhr (New Yorker Zeit)").
      {
        pattern: String.raw`(?:New\s+Yorker|US-Ostküsten|Ostküsten)[\s-]*Zeit`,
        zone: 'America/New_York',
        example: 'Sie möchte Sie am Donnerstag, 5. November, um 9:00 Uhr (New Yorker Zeit) kennenlernen.',
      },
      {
        pattern: String.raw`(?:kalifornischer|Westküsten|US-Westküsten|pazifischer)[\s-]*Zeit`,
        zone: 'America/Los_Angeles',
        example: 'Das Interview beginnt um 8 Uhr (kalifornischer Zeit).',
      },
      {
        pattern: String.raw`(?:Londoner|britischer|UK)[\s-]*Zeit`,
        zone: 'Europe/London',
        example: 'Wir sprechen am Montag um 10 Uhr Londoner Zeit.',
      },
      {
        pattern: String.raw`(?:Schweizer|Zürcher)[\s-]*Zeit`,
        zone: 'Europe/Zurich',
        example: 'Das Gespräch beginnt um 14 Uhr Schweizer Zeit.',
      },
      {
        pattern: String.raw`(?:österreichischer|Wiener)[\s-]*Zeit`,
        zone: 'Europe/Vienna',
        example: 'Wir rufen Sie um 11 Uhr österreichischer Zeit an.',
      },
    ],
  },
  GERMAN_SPELLINGS,
);
