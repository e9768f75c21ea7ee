import type { HeldTodayRows } from '../heldToday';
import type { Chrono } from 'chrono-node';
import type { Finding } from '../../types';
import type { ReadContext } from '../model';
import type { PhraseRow } from './rows';
import type { Weekday } from '../../time';

/**
 * The detector suffix of an interview slot a message moves the interview to, found by another language's reader
 * (foreign.ts): the thread then drops the slots earlier messages named (threadRefiners.ts), as the English cues do.
 * Here, not in foreign.ts, so that the commands bundle need not load the reader to know it.
 */
export const MOVED_SLOT = '-moved';

/** The languages the reader knows; English is phrases/en.ts, the others are tables of this shape. */
export type LanguageCode = 'en' | 'de' | 'fr' | 'es';

/** A named period a phrase means, resolved by TIMELINE-CONVENTIONS.md (foreign.ts `periodEnd`). */
export type PeriodName =
  | 'end-of-month' // "bis Ende des Monats", "avant la fin du mois": the month's last day
  | 'this-week' // "diese Woche": Friday of the current week
  | 'next-week' // "nächste Woche", "la semaine prochaine": Friday of next week
  | 'early-next-week' // "Anfang kommender Woche": Wednesday of next week (fuzzy)
  | 'coming-days' // "in den nächsten Tagen": t + 5 (fuzzy)
  | 'next-month' // "nächsten Monat": the last day of next month
  | 'before-christmas' // "vor Weihnachten", "avant Noël": 24 December
  | 'before-all-saints' // "avant la Toussaint", "vor Allerheiligen", "antes de Todos los Santos": 31 October
  | 'end-of-year' // "avant la fin de l'année", "bis Ende des Jahres": 31 December
  | 'after-holidays' // "après les fêtes", "después de las fiestas" (year end): 8 January (fuzzy)
  | 'next-day' // "al día siguiente", "le lendemain", "am Tag danach": the day after the event named before
  | 'weekday-after'; // "el lunes siguiente", "le lundi suivant", "am darauffolgenden Montag": the row's weekday after

export interface PeriodRow extends PhraseRow {
  readonly period: PeriodName;
  /**
   * Counted from the day named before it in the sentence, not from the sent day: "bis zum 20. November … in der
   * darauffolgenden Woche" is the week after the 20th's.
   */
  readonly fromEvent?: boolean;
  /** For 'weekday-after': the weekday named (1 Monday … 7 Sunday), the first one strictly after the day counted from. */
  readonly weekday?: Weekday;
}

export interface UnitRow extends PhraseRow {
  /** Hours count as whole days ("dans les 48 heures": t + 2); fewer than 24 name a clock, no window. */
  readonly unit: 'hour' | 'day' | 'business-day' | 'week' | 'month';
}

/**
 * Words before a month name that name a part of it (TIMELINE-CONVENTIONS.md): "fin novembre", "courant décembre"
 * (its last day), "début janvier" (early: the 10th, fuzzy), "au début du mois de mars" (the beginning: the 5th,
 * fuzzy).
 */
export interface MonthPartRow extends PhraseRow {
  /** 'first-week': the first week of the month ("in der ersten Dezemberwoche"), the 7th (fuzzy), as in English. */
  /** 'first-half': its first half ("in der ersten Novemberhälfte"), the 15th (fuzzy), as "primera quincena de". */
  readonly part: 'end' | 'early' | 'beginning' | 'first-week' | 'first-half';
  /** Letters written onto the month's name ("woche" in "Dezemberwoche"). */
  readonly after?: string;
}

/** A word that is a window by itself: "sous huitaine" (8 days), "binnen Wochenfrist" (a week). */
export interface SpanRow extends PhraseRow {
  readonly amount: number;
  readonly unit: Exclude<UnitRow['unit'], 'hour'>;
}

/** A zone named after a clock time: "10 Uhr (MEZ)" is Berlin's clock. */
export interface ZoneRow extends PhraseRow {
  readonly zone: string;
}

/**
 * Words before a day that bound it: "bis Freitag" (by), "vor dem 20." (before), "hasta que" (until), "hasta pasada
 * la fecha de cierre del" (until-after: contact is welcome the day after).
 */
export interface BoundRow extends PhraseRow {
  readonly bound: 'by' | 'before' | 'until' | 'until-after';
}

/**
 * Everything the reader needs of one language other than English: chrono-node's parser for its dates and clock
 * times, and the phrase tables, one phrase a row. Loaded on demand (languages/load.ts), passed in, never global.
 */
export interface LanguageTables {
  readonly code: Exclude<LanguageCode, 'en'>;
  /**
   * The reader (foreign.ts), carried by the tables so that it loads with them, on demand, and stays out of the
   * English-only commands bundle.
   */
  readonly read: (
    context: ReadContext,
    language: LanguageTables,
    messageIndex: number,
    employer: boolean,
  ) => readonly Finding[];
  /** Whether a message in the language cancels the interview (foreign.ts), carried with the reader. */
  readonly cancels: (text: string, language: LanguageTables) => boolean;
  /** chrono-node's casual parser of the language (de, fr, es ship with chrono). */
  readonly chrono: Chrono;
  /** Number words ("zwei", "deux", "dos"), digits are read as digits. */
  readonly numbers: Readonly<Record<string, number>>;
  readonly months: Readonly<Record<string, number>>;
  /** Words naming a day relative to the sent one ("morgen", "demain", "mañana"): chrono's other relative readings
   * ("45 minutos", "in zwei Stunden") name no day of an interview or a promise. */
  readonly dayWords: readonly PhraseRow[];
  /** Words that open a window: "binnen", "innerhalb von", "dans les", "dentro de los próximos". */
  readonly windowLeads: readonly PhraseRow[];
  /** Words after a length that make it a window without a lead word, counted from a day named before: "eine Woche
   * später", "une semaine plus tard", "una semana más tarde". Optional. */
  readonly windowAfter?: readonly PhraseRow[];
  /** Words casting the reader as someone other than the candidate, a referee, an interviewer or a panel member ("hat
   * Sie als Referenz angegeben", "siéger dans le jury de recrutement"): the message holds no finding of the reader's
   * application. Optional. */
  readonly notTheCandidate?: readonly PhraseRow[];
  /**
   * Words only mail about a job application uses ("Bewerbung", "votre candidature", "la vacante", "Recruiting"),
   * generous on purpose: a message holding one is read as about the reader's application. Optional; with
   * otherRelations.
   */
  readonly applicationWords?: readonly PhraseRow[];
  /**
   * Words that tie the reader to the sender in another way than as a candidate, a customer, patient, parent, tenant,
   * member, student or employee ("Liebe Eltern", "Cher client", "Estimadas familias", "Ihr Mitarbeitergespräch"), or
   * that name a service's own business (a practice, a garage, a delivery, a viewing): in a message with none of
   * applicationWords, no finding is the reader's application's (its "Termin", "rendez-vous" or "cita" is the service's).
   * Optional.
   */
  readonly otherRelations?: readonly PhraseRow[];
  /**
   * The same, read with case kept, where only the case tells a role from a name: French and Spanish greet a person by
   * name with a capital and a role in lower case ("Chère cliente,", "Estimado usuario:" against "Chère Camille,",
   * "Estimado Ulises:"). Optional.
   */
  readonly casedOtherRelations?: readonly PhraseRow[];
  /**
   * Things the reader applies for other than a job, a flat, a visa, a loan, a place at a school ("Mieterselbstauskunft",
   * "demande de visa", "solicitud de crédito"): a message naming one and none of jobProcess's words is no job
   * application's, though it says "Bewerbungsunterlagen" or "contrat de travail". Optional; with jobProcess.
   */
  readonly otherApplications?: readonly PhraseRow[];
  /**
   * Interviews and hearings of another kind, the press's, a survey's, market research's, a court's, a choir's audition
   * ("Interviewanfrage … für unsere Wochenendausgabe", "l'enquête Emploi de l'Insee", "citación … en calidad de
   * testigo"): as otherApplications, none of the reader's job application's where no word of a job's selection stands
   * beside them. Optional; with jobProcess.
   */
  readonly otherInterviews?: readonly PhraseRow[];
  /** Words of a job's selection itself, narrower than applicationWords: "Vorstellungsgespräch", "le poste", "la vacante". */
  readonly jobProcess?: readonly PhraseRow[];
  /**
   * Words of the job itself, narrower than jobProcess: no selection step or "candidature", which a university's
   * admission also holds ("Auswahlgespräch für den Masterstudiengang", "votre dossier de candidature en Master 2").
   * What keeps a message naming one of otherApplications the reader's job application's. Optional; jobProcess where
   * absent.
   */
  readonly jobItself?: readonly PhraseRow[];
  /**
   * Words singling out the reader's own slot among a schedule for all, right before its day ("für Sie haben wir
   * folgenden Termin reserviert:", "queda convocada", "vous êtes convoquée à l'entretien"): that timed day is the
   * reader's interview, the message's others no alternatives to it. Optional.
   */
  readonly ownSlot?: readonly PhraseRow[];
  /** Words of a day that starts something lasting, a job's start or an office's closing ("à pourvoir à partir du",
   * "Betriebsurlaub"): a window of a later sentence ("une semaine plus tard") does not count from it. Optional. */
  readonly notCountedFrom?: readonly PhraseRow[];
  /** A person set apart as the candidate in the sentence (", la candidata para Finanzas"): the interview is another's,
   * the reader its interviewer. Optional. */
  readonly otherCandidates?: readonly PhraseRow[];
  /**
   * An interview held by "usted" or by a third person, the same verb ("Martín tiene una entrevista de trabajo",
   * "le recordamos que tiene una entrevista"): in a message that addresses the reader familiarly (familiarAddress),
   * it is a third person's, no slot of the reader's. Optional; with familiarAddress.
   */
  readonly formalOrThirdHolder?: readonly PhraseRow[];
  /** Words that address the reader familiarly, which no formal mail holds: "te", "tu", "podés", "avisame". Optional. */
  readonly familiarAddress?: readonly PhraseRow[];
  /**
   * The reader's own interview in familiar words ("ton entretien", "tu as un entretien", "tu entrevista", "tienes una
   * entrevista"): a sentence holding one keeps its slot where the message names a third person's too. Optional.
   */
  readonly readerHolder?: readonly PhraseRow[];
  /**
   * Words naming again the last day named before them ("ese día te doy novedades", "ce jour-là", "an diesem Tag"): that
   * day, without its time, read in their own clause (round 328b). Optional.
   */
  readonly thatDay?: readonly PhraseRow[];
  /** Words that make a window approximate, fuzzy by TIMELINE-CONVENTIONS.md ("in about a week"): "etwa",
   * "environ", "alrededor de". Optional. */
  readonly approximate?: readonly PhraseRow[];
  readonly units: readonly UnitRow[];
  /** Windows written as one word, without a count: "sous huitaine". Optional. */
  readonly spans?: readonly SpanRow[];
  readonly periods: readonly PeriodRow[];
  /** "Mitte" before a month name: the 15th (fuzzy). */
  readonly midMonth: readonly PhraseRow[];
  /** "Ende" before a month name: that month's last day. */
  readonly monthEnd?: readonly PhraseRow[];
  /** "Anfang" before a month name: the 5th (fuzzy). */
  readonly monthStart?: readonly PhraseRow[];
  /**
   * Words right before a day that name its week ("durante la semana del 23 de noviembre", "la semaine du 23
   * novembre"): the Friday of the week holding that day (TIMELINE-CONVENTIONS.md "during the week of …"). Optional.
   */
  readonly weekOf?: readonly PhraseRow[];
  /** A calendar week by its number ("KW 48", "in der 48. Kalenderwoche"): its Friday; the row's first number is the week. */
  readonly weekNumber?: readonly PhraseRow[];
  /** Other parts of a named month ("fin novembre"). Optional. */
  readonly monthParts?: readonly MonthPartRow[];
  readonly bounds: readonly BoundRow[];
  /**
   * An absence of the writer's side with its end ("bis zum 5. Januar im Urlaub", "absente jusqu'au 22 janvier"): a
   * hold-off in other words (issue 13, class 6), giving way to any promise of the message.
   */
  readonly absence: readonly PhraseRow[];
  /** The employer promising word back. */
  readonly response: readonly PhraseRow[];
  /** Scheduling words of the candidate's own interview. */
  readonly interview: readonly PhraseRow[];
  /** Interviews as a schedule for all candidates, no slot of this one. */
  readonly genericInterviews: readonly PhraseRow[];
  /**
   * The same, read with case kept, where only a capital tells the reader from a third person (German's polite "Ihr"
   * against "ihr", her): "Frau Weiß hat ihr Gespräch verschoben" is another's, "Frau Roth hat Ihr
   * Vorstellungsgespräch verschoben" the reader's. Optional.
   */
  readonly casedGenericInterviews?: readonly PhraseRow[];
  /**
   * Events that are no interview of the candidate's, though they hold a day and a time: a career evening, a webinar,
   * a job fair, a course ("Karriere-Abend", "webinaire", "feria de empleo"), a committee's own meeting ("le comité se
   * réunit mardi"). A promise in the same clause still stands. Optional.
   */
  readonly events?: readonly PhraseRow[];
  /** A request to hold off contact (with a day it is no-contact-before). */
  readonly holdOff: readonly PhraseRow[];
  /** Deadlines for the candidate: "bitte bestätigen Sie … bis". */
  readonly candidateDeadline: readonly PhraseRow[];
  /** Dates that are facts: start dates, closing dates, office closures. */
  readonly fact: readonly PhraseRow[];
  /** Past events and yesterday's interview. */
  readonly past: readonly PhraseRow[];
  /**
   * The reader's own earlier words reported back, before a "dass"/"que" clause ("Sie erwähnten damals, dass …",
   * "vous m'avez indiqué, lors de notre échange, que …"): the promise in that clause is past. Optional.
   */
  readonly reported?: readonly PhraseRow[];
  /** An invitation to call, which is no no-calls: "zögern Sie nicht, mich anzurufen". */
  readonly callWelcome: readonly PhraseRow[];
  readonly noCalls: readonly PhraseRow[];
  readonly rejection: readonly PhraseRow[];
  readonly offer: readonly PhraseRow[];
  /**
   * Words of a hire whose offer was taken, its first day confirmed ("te confirmamos que tu fecha de ingreso es …",
   * "Ihr erster Arbeitstag ist …", "votre premier jour sera …"): a message holding one and none of offerNamed's words
   * welcomes a hire, no new offer (en.ts's ALREADY_HIRED). Optional; with offerNamed.
   */
  readonly alreadyHired?: readonly PhraseRow[];
  /** Words naming an offer or its contract ("oferta", "Angebot", "promesse d'embauche"). Optional. */
  readonly offerNamed?: readonly PhraseRow[];
  /**
   * Words asking for the answer to an offer by a day ("Ihre Entscheidung … mitteilen", "nous faire part de votre
   * décision", "nos confirmara su decisión"); with candidateDeadline's, they give the offer's respondBy.
   */
  readonly answer: readonly PhraseRow[];
  /** Words that make the outcome conditional ("falls", "si", "si no"). */
  readonly condition: readonly PhraseRow[];
  /** Words that start a new clause ("und", "et", "y", "mais"): a day's kind is read in its own clause. */
  readonly clauseBreaks: readonly PhraseRow[];
  /**
   * Words after a clause's break that go on with the clause before it ("wir melden uns, sobald wir Neuigkeiten
   * haben – spätestens aber vor Weihnachten", "et au plus tard le 15"): no new clause starts there. Optional.
   */
  readonly continuations?: readonly PhraseRow[];
  /** A cancelled slot ("muss leider entfallen", "est annulé"): no interview, and no promise, on its day. */
  readonly cancelled: readonly PhraseRow[];
  /**
   * Words right before a moved slot's new day ("est déplacé au"): a cancelled-words clause does not cancel that
   * day. Optional: a language without them cancels every day of such a clause.
   */
  readonly movedTo?: readonly PhraseRow[];
  /** Words before a dated event a later window counts from ("nach Abschluss aller Gespräche am 20. November"). */
  readonly anchorBefore: readonly PhraseRow[];
  /**
   * Words right after a window that name the event it counts from: pointing back to a dated event ("dans les trois
   * semaines suivant cette date", "dentro de los dos días hábiles posteriores") or leading to the day named after
   * them ("dans un délai de 15 jours à compter du 4 janvier", "dentro de los 10 días hábiles siguientes al 30 de
   * noviembre", "innerhalb von zwei Wochen nach dem Gespräch am 12. November").
   */
  readonly anchorAfter: readonly PhraseRow[];
  /**
   * Words of a hold-off request pointing back to the day named in the sentence before ("Ich bin ab Montag, 7.
   * Dezember, wieder im Büro. Bitte gedulden Sie sich bis dann"): that day is the first day contact is welcome.
   */
  readonly backReference?: readonly PhraseRow[];
  /**
   * Words of a hold-off request pointing back to the END of a period whose last day was named before ("Die
   * Bewerbungsfrist läuft noch bis 4. Oktober. Bitte warten Sie mit Rückfragen bis nach dem Ende der Frist"): as
   * "until after the application deadline of November 15" (TIMELINE-CONVENTIONS.md), contact is welcome from the
   * day after. Optional.
   */
  readonly backReferenceAfter?: readonly PhraseRow[];
  /**
   * An employer's thanks for a meeting held on the day of writing ("danke dir für das Gespräch heute um 14 Uhr"):
   * that day is the interview where the message names none (heldToday.ts). Optional.
   */
  readonly heldToday?: HeldTodayRows;
  /**
   * Words opening a sentence that point back to the day of the sentence before, which its window counts from
   * ("… abierta hasta el 27 de noviembre. Una vez cerrada, …"). Optional: a language without them has none.
   */
  readonly anchorBack?: readonly PhraseRow[];
  /** Zone words of the language ("MEZ"); the English ones (EST, CET, IANA names) are read too. */
  readonly zones: readonly ZoneRow[];
}

/**
 * Other spellings of a letter the tables write one way, for the reader to fold (issue 13, round 325): mail typed
 * without its accents or umlauts ("spaetestens Ende naechster Woche", "en un plazo de cinco dias habiles"), Swiss
 * German without "ß" ("Grüsse"). Each key is one letter of the rows; its value the alternation that reads it in
 * patterns (`(?:ä|ae)`, `[áa]`), and `key` the letters it may be written with in a record's words ("maerz").
 */
export interface SpellingFold {
  readonly pattern: string;
  readonly key: string;
  /**
   * Folded only after a letter of a word written out ("próxima"): an accent alone after an alternation's bar is a
   * grammatical ending the writer meant ("(?:emos|á|án)", the future, not the subjunctive "le cubra").
   */
  readonly withinWord?: boolean;
}

const LETTER = /\p{L}/u;

/**
 * Whether the letter at `at` stands in a word of four letters or more written out, a letter before it: "próxima",
 * "días", not "sí", "él", "más" (whose accent tells "si", "el", "mas" apart) nor an ending alone ("(?:emos|á)").
 */
function withinWord(pattern: string, at: number): boolean {
  let start = at;
  while (start > 0 && LETTER.test(pattern.charAt(start - 1))) start--;
  let end = at + 1;
  while (end < pattern.length && LETTER.test(pattern.charAt(end))) end++;
  // "\p{L}á": the "p" of an escape is no letter of the word.
  if (start > 0 && pattern.charAt(start - 1) === '\\') start++;
  return start < at && end - start >= 4;
}

/** A row's pattern with each folded letter of a written word read its other ways too; in a character class, as written. */
export function foldPattern(pattern: string, folds: Readonly<Record<string, SpellingFold>>): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern.charAt(i);
    if (ch === '\\') {
      out += pattern.slice(i, i + 2);
      i++;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    const fold = inClass ? undefined : folds[ch];
    if (fold?.withinWord === true && !withinWord(pattern, i)) {
      out += ch;
      continue;
    }
    out += fold === undefined ? ch : fold.pattern;
  }
  return out;
}

/** The tables with every row's pattern, and the words of its month and number records, read in the other spellings. */
export function withSpellingFolds(
  tables: LanguageTables,
  folds: Readonly<Record<string, SpellingFold>>,
): LanguageTables {
  const rows = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map((row: unknown) =>
          typeof row === 'object' && row !== null && 'pattern' in row && typeof row.pattern === 'string'
            ? { ...row, pattern: foldPattern(row.pattern, folds) }
            : row,
        )
      : v;
  const keys = (record: Readonly<Record<string, number>>): Readonly<Record<string, number>> => {
    const out: Record<string, number> = { ...record };
    for (const [word, n] of Object.entries(record)) {
      const plain = [...word].map((ch) => folds[ch]?.key ?? ch).join('');
      if (!(plain in out)) out[plain] = n;
    }
    return out;
  };
  const folded = Object.fromEntries(Object.entries(tables).map(([k, v]) => [k, rows(v)]));
  return {
    ...(folded as unknown as LanguageTables),
    numbers: keys(tables.numbers),
    months: keys(tables.months),
    ...(tables.heldToday !== undefined
      ? {
          heldToday: {
            thanks: rows(tables.heldToday.thanks) as readonly PhraseRow[],
            today: rows(tables.heldToday.today) as readonly PhraseRow[],
          },
        }
      : {}),
  };
}
