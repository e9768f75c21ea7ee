/**
 * Reading a message in German, French or Spanish (issue 13) with the same conventions as the English pipeline
 * (TIMELINE-CONVENTIONS.md): chrono-node's parser of the language finds named days and clock times, the
 * language's tables (phrases/de.ts, fr.ts, es.ts) find windows and periods and say what kind each date is.
 * Smaller than the English pipeline on purpose: its rules are the English ones' general core (hold-off before
 * slot before promise; candidate deadlines, facts and past events are no promise), without the English-only
 * refinements.
 */
import {
  addDays,
  dateFromParts,
  daysBetween,
  endOfMonth,
  endOfMonthAfter,
  endOfWorkWeek,
  epochMs,
  fridayOfWeekAfter,
  nextWeekdayAfter,
  offsetMinutesAt,
  weekdayOf,
  weekdayOfWeek,
  type Weekday,
} from '../time';
import type { Finding } from '../types';
import { interviewFinding, startsBeforeSent } from './classify';
import { namedZone } from './detectors/chronoDates';
import { absenceGivesWay, latestHoldOff, latestPromise, underOldSlotLabel } from './findingRefiners';
import { ABSENCE_DETECTOR, isAbsenceDay } from './classify';
import { phraseFindings, type PhraseReaders } from './phraseFindings';
import { nextOccurrence } from './detectors/periods';
import { nextNumberedDay } from './detectors/days';
import { countWindow } from './detectors/windows';
import {
  MOVED_SLOT,
  type LanguageTables,
  type MonthPartRow,
  type PeriodName,
  type UnitRow,
} from './phrases/language';

type UnitName = Exclude<UnitRow['unit'], 'hour'>;
import { EDGE_AFTER, EDGE_BEFORE, alternation, anyOf, type PhraseRow } from './phrases/rows';
import { MAX_TEXT_CHARS, capSentence } from './sentences';
import type { Bound, ReadContext, Sentence, TimeExpr } from './model';

interface Compiled {
  readonly window: RegExp;
  readonly approximate: RegExp | null;
  readonly units: readonly (readonly [RegExp, LanguageTables['units'][number]['unit']])[];
  readonly periods: readonly (readonly [RegExp, PeriodName, boolean, Weekday])[];
  readonly mid: RegExp;
  readonly monthEnd: RegExp | null;
  readonly monthStart: RegExp | null;
  /** Anchor words anywhere between a dated event and a later window ("am Mittwoch; … danach fünf Arbeitstage"). */
  readonly anchorGap: RegExp;
  readonly backReference: RegExp | null;
  /** Back-references to the end of a period named before: the first welcome day is the one after it. */
  readonly backReferenceAfter: RegExp | null;
  readonly weekNumber: RegExp | null;
  /** Words right before a day that name its week ("la semana del"), or null where the language has none. */
  readonly weekOf: RegExp | null;
  readonly monthParts: readonly (readonly [RegExp, MonthPartRow['part']])[];
  /** A day of the month alone after a bound, ending its clause: "merci d'attendre mon retour, le 25,". */
  readonly dayAlone: RegExp;
  readonly bounds: readonly (readonly [RegExp, Bound])[];
  /** A 'before' or 'until' bound anywhere: "avant la fin des entretiens, le 4 décembre". */
  readonly heldBefore: RegExp;
  readonly response: RegExp;
  readonly interview: RegExp;
  /** Whether a text names others' interviews (genericInterviews, and casedGenericInterviews read with case kept). */
  readonly generic: (text: string) => boolean;
  /** The same text with others' interviews blanked out. */
  readonly withoutGeneric: (text: string) => string;
  readonly otherCandidate: RegExp | null;
  /** An interview held by "usted" or a third person (formalOrThirdHolder), or null. */
  readonly formalOrThirdHolder: RegExp | null;
  /** Words addressing the reader familiarly (familiarAddress), or null. */
  readonly familiar: RegExp | null;
  /** The reader's own interview in familiar words (readerHolder), or null. */
  readonly readerHolder: RegExp | null;
  /** Events for many (a career evening, a webinar), or null where the language has none. */
  readonly events: RegExp | null;
  /** The same, global: blanked out of the words that count for a job's (aboutSomethingElse). */
  readonly eventsAll: RegExp | null;
  readonly spans: readonly (readonly [RegExp, { readonly amount: number; readonly unit: UnitName }])[];
  readonly holdOff: RegExp;
  /** The same, global, to find where a request's words stand (dayInside). */
  readonly holdOffAll: RegExp;
  readonly absence: RegExp;
  readonly deadline: RegExp;
  readonly fact: RegExp;
  readonly past: RegExp;
  /** The reader's own words reported back ("Sie erwähnten, dass …"), or null where the language has none. */
  readonly reported: RegExp | null;
  readonly callWelcome: RegExp;
  readonly noCalls: RegExp;
  readonly rejection: RegExp;
  readonly offer: RegExp;
  /** The words naming again the last day named before (thatDay), or null. */
  readonly thatDay: RegExp | null;
  /** A hire's first day confirmed (alreadyHired), and the words naming an offer (offerNamed), or null. */
  readonly alreadyHired: RegExp | null;
  readonly offerNamed: RegExp | null;
  readonly answer: RegExp;
  readonly condition: RegExp;
  readonly clauseBreak: RegExp;
  /** Words after a break that go on with the clause before it, or null. */
  readonly continues: RegExp | null;
  /**
   * A number's period before a capital, which starts a clause ("el jueves 19. La incorporación…"), unless a month
   * name follows: "von morgen 10 Uhr auf Freitag, 14. Mai, 10 Uhr verschieben" is one clause.
   */
  readonly numberThenCapital: RegExp;
  readonly cancelled: RegExp;
  /** Words right before a moved slot's new day, or null where the language has none. */
  readonly movedTo: RegExp | null;
  /** Anchor words before a dated event (each searched for in the text before it). */
  readonly anchorBefore: RegExp;
  /** Anchor words right after a window: pointing back to a dated event, or forward to the day named after them. */
  readonly anchorAfter: RegExp;
  /** Words opening a sentence that point back to the day of the sentence before. */
  readonly anchorBack: RegExp | null;
  /** Words casting the reader as a referee, an interviewer or a panel member: no finding of theirs in the message. */
  readonly notTheCandidate: RegExp | null;
  /** Words of a job application (applicationWords), or null where the language has none. */
  readonly application: RegExp | null;
  /** Words of another relation of the reader's to the sender (otherRelations), or null. */
  readonly otherRelation: RegExp | null;
  /** The same read with case kept (casedOtherRelations), or null. */
  readonly casedOtherRelation: RegExp | null;
  /** Things applied for other than a job (otherApplications), or null. */
  readonly otherApplication: RegExp | null;
  /** Interviews other than a job's (otherInterviews), or null. */
  readonly otherInterview: RegExp | null;
  /** Words of a job's selection itself (jobProcess), or null. */
  readonly jobProcess: RegExp | null;
  /** Words singling out the reader's own slot (ownSlot), global, or null. */
  readonly ownSlot: RegExp | null;
  /** Words of the job itself (jobItself, else jobProcess), or null. */
  readonly jobItself: RegExp | null;
  /** Words of a day that starts something lasting, no event a window of a later sentence counts from. */
  readonly notCountedFrom: RegExp | null;
  /** Words after a length that only point back ("plus tard", "später"), the whole of anchor words: no day after. */
  readonly laterOnly: RegExp | null;
  /** The same words anywhere between a dated event and its window. */
  readonly anchorBackInside: RegExp | null;
  readonly zones: readonly (readonly [RegExp, string])[];
  /** What makes a chrono reading a day: a month, a numeric date or a day word. */
  readonly namesADay: RegExp;
}

const words = (record: Readonly<Record<string, number>>): PhraseRow[] =>
  Object.keys(record)
    .sort((a, b) => b.length - a.length)
    .map((w) => ({ pattern: w.replace(/\s+/g, String.raw`\s+`), example: w }));

/** A table's pattern, or null where the language has no rows for it. */
function anyOfSome(rows: readonly PhraseRow[] | undefined): RegExp | null {
  return rows === undefined || rows.length === 0 ? null : anyOf(rows);
}

/**
 * Others' interviews: genericInterviews, and casedGenericInterviews read with case kept, where only a capital tells the
 * reader's from a third person's ("Frau Roth hat Ihr Vorstellungsgespräch verschoben" against "Frau Weiß hat ihr
 * Gespräch verschoben").
 */
function othersInterviews(l: LanguageTables): Pick<Compiled, 'generic' | 'withoutGeneric'> {
  const one = anyOf(l.genericInterviews);
  const all = anyOf(l.genericInterviews, 'giu');
  const cased = l.casedGenericInterviews === undefined ? null : anyOf(l.casedGenericInterviews, 'u');
  const casedAll = l.casedGenericInterviews === undefined ? null : anyOf(l.casedGenericInterviews, 'gu');
  return {
    generic: (text) => one.test(text) || (cased?.test(text) ?? false),
    withoutGeneric: (text) => {
      const blanked = text.replace(all, ' ');
      return casedAll === null ? blanked : blanked.replace(casedAll, ' ');
    },
  };
}

/** A word before a month name ("Ende Dezember", "Anfang März"), with the month as the group `month`. */
function monthPart(l: LanguageTables, rows: readonly PhraseRow[] | undefined): RegExp | null {
  return rows === undefined || rows.length === 0
    ? null
    : new RegExp(
        `${EDGE_BEFORE}${alternation(rows)}\\s*(?<month>${alternation(words(l.months))})${EDGE_AFTER}`,
        'giu',
      );
}

/** The tables joined into patterns once per table object (a cache of pure values, never a registry). */
const compiledCache = new WeakMap<LanguageTables, Compiled>();

/**
 * A count written out with its figures after it, as a contract or an authority writes it ("En un plazo máximo de
 * ocho (8) días hábiles", round 325b; "dans un délai de quinze (15) jours", "binnen zehn (10) Werktagen").
 */
const FIGURES = String.raw`(?:\s*\(\d{1,3}\))?`;

function compile(l: LanguageTables): Compiled {
  const cached = compiledCache.get(l);
  if (cached !== undefined) return cached;
  const num = String.raw`(?:\d{1,3}|${alternation(words(l.numbers))})`;
  const g = (rows: readonly PhraseRow[]) =>
    new RegExp(`${EDGE_BEFORE}${alternation(rows)}${EDGE_AFTER}`, 'giu');
  // A length that "later" follows needs no lead word: "Sie hören zwei Wochen später von uns" (round 303's rule).
  const later =
    l.windowAfter === undefined || l.windowAfter.length === 0
      ? ''
      : String.raw`|(?=${num}\s+(?:${alternation(l.units)})(?:\s+\p{L}+)?\s+(?:${alternation(l.windowAfter)})${EDGE_AFTER})`;
  const compiled: Compiled = {
    window: new RegExp(
      `${EDGE_BEFORE}(?:${alternation(l.windowLeads)}\\s+${later})(?<n1>${num})${FIGURES}(?:\\s*(?:-|–|bis|à|a|o|ou|oder|y|et|und)\\s*(?<n2>${num})${FIGURES})?(?:\\s+|(?<=\\d))(?<unit>${alternation(l.units)})${EDGE_AFTER}`,
      'giu',
    ),
    approximate: anyOfSome(l.approximate),
    monthParts: (l.monthParts ?? []).map(
      (r) =>
        [
          new RegExp(
            `${EDGE_BEFORE}(?:${r.pattern})\\s*(?<month>${alternation(words(l.months))})(?:${r.after ?? ''})${EDGE_AFTER}`,
            'giu',
          ),
          r.part,
        ] as const,
    ),
    dayAlone: new RegExp(
      `${EDGE_BEFORE}${alternation(l.bounds)}\\s*(?<day>[12]\\d|3[01]|0?[1-9])(?:er)?(?![\\p{L}\\p{N}])(?![.,]?\\s*${alternation(words(l.months))})(?=\\s*(?:[,;.!?)\\n]|$))`,
      'giu',
    ),
    units: l.units.map((u) => [new RegExp(`^(?:${u.pattern})$`, 'iu'), u.unit] as const),
    periods: l.periods.map((p) => [g([p]), p.period, p.fromEvent === true, p.weekday ?? 1] as const),
    monthEnd: monthPart(l, l.monthEnd),
    monthStart: monthPart(l, l.monthStart),
    anchorGap: anyOf(l.anchorAfter),
    backReference: l.backReference === undefined ? null : anyOf(l.backReference),
    backReferenceAfter: l.backReferenceAfter === undefined ? null : anyOf(l.backReferenceAfter),
    weekNumber: l.weekNumber === undefined ? null : anyOf(l.weekNumber, 'giu'),
    weekOf:
      l.weekOf === undefined || l.weekOf.length === 0
        ? null
        : new RegExp(`${EDGE_BEFORE}${alternation(l.weekOf)}\\s*$`, 'iu'),
    mid: new RegExp(
      `${EDGE_BEFORE}${alternation(l.midMonth)}\\s*(?<month>${alternation(words(l.months))})${EDGE_AFTER}`,
      'giu',
    ),
    bounds: l.bounds.map((b) => [new RegExp(`${EDGE_BEFORE}(?:${b.pattern})\\s*$`, 'iu'), b.bound] as const),
    heldBefore: anyOf(l.bounds.filter((b) => b.bound === 'before' || b.bound === 'until')),
    response: anyOf(l.response),
    interview: anyOf(l.interview),
    ...othersInterviews(l),
    otherCandidate: l.otherCandidates === undefined ? null : anyOf(l.otherCandidates),
    formalOrThirdHolder: l.formalOrThirdHolder === undefined ? null : anyOf(l.formalOrThirdHolder),
    familiar: l.familiarAddress === undefined ? null : anyOf(l.familiarAddress),
    readerHolder: anyOfSome(l.readerHolder),
    events: anyOfSome(l.events),
    eventsAll: l.events === undefined || l.events.length === 0 ? null : anyOf(l.events, 'giu'),
    spans: (l.spans ?? []).map((r) => [g([r]), { amount: r.amount, unit: r.unit }] as const),
    holdOff: anyOf(l.holdOff),
    holdOffAll: anyOf(l.holdOff, 'giu'),
    absence: anyOf(l.absence),
    deadline: anyOf(l.candidateDeadline),
    fact: anyOf(l.fact),
    past: anyOf(l.past),
    reported: anyOfSome(l.reported),
    callWelcome: anyOf(l.callWelcome),
    noCalls: anyOf(l.noCalls),
    rejection: anyOf(l.rejection),
    offer: anyOf(l.offer),
    thatDay: l.thatDay === undefined || l.thatDay.length === 0 ? null : anyOf(l.thatDay, 'giu'),
    alreadyHired: anyOfSome(l.alreadyHired),
    offerNamed: anyOfSome(l.offerNamed),
    answer: anyOf([...l.answer, ...l.candidateDeadline]),
    condition: anyOf(l.condition),
    // A clause starts at ";", a dash between spaces, a conjunction of the language, or a capital after a number's
    // period: the sentence split keeps "el jueves 19. La incorporación …" whole for German ordinals ("9. Dezember"
    // is read by chrono as one date, so no break falls inside it).
    clauseBreak: new RegExp(
      String.raw`;|\s[-–—]\s|\s${EDGE_BEFORE}${alternation(l.clauseBreaks)}${EDGE_AFTER}`,
      'giu',
    ),
    continues:
      l.continuations === undefined || l.continuations.length === 0
        ? null
        : new RegExp(`^\\s*${alternation(l.continuations)}${EDGE_AFTER}`, 'iu'),
    // Case-sensitive, apart from the language's case-insensitive breaks: under the `i` flag \p{Lu} matches any
    // letter, and "am 17.11. um 15 Uhr absagen" is one clause; so the month names are written capitalised.
    numberThenCapital: new RegExp(
      String.raw`(?<=\d)\.\s+(?=\p{Lu})(?!(?:${Object.keys(l.months)
        .sort((a, b) => b.length - a.length)
        .map((m) => `${m.charAt(0).toUpperCase()}${m.slice(1)}`.replace(/\s+/g, String.raw`\s+`))
        .join('|')})(?![\p{L}]))`,
      'gu',
    ),
    cancelled: anyOf(l.cancelled),
    movedTo:
      l.movedTo === undefined || l.movedTo.length === 0
        ? null
        : new RegExp(`${EDGE_BEFORE}${alternation(l.movedTo)}\\s*$`, 'iu'),
    anchorBefore: anyOf(l.anchorBefore, 'giu'),
    anchorBack:
      l.anchorBack === undefined ? null : new RegExp(`^${alternation(l.anchorBack)}${EDGE_AFTER}`, 'iu'),
    anchorBackInside: l.anchorBack === undefined ? null : anyOf(l.anchorBack),
    notTheCandidate: anyOfSome(l.notTheCandidate),
    application: anyOfSome(l.applicationWords),
    otherRelation: anyOfSome(l.otherRelations),
    casedOtherRelation:
      l.casedOtherRelations === undefined || l.casedOtherRelations.length === 0
        ? null
        : anyOf(l.casedOtherRelations, 'u'),
    otherApplication: anyOfSome(l.otherApplications),
    otherInterview: anyOfSome(l.otherInterviews),
    jobProcess: anyOfSome(l.jobProcess),
    jobItself: anyOfSome(l.jobItself ?? l.jobProcess),
    ownSlot: l.ownSlot === undefined || l.ownSlot.length === 0 ? null : anyOf(l.ownSlot, 'giu'),
    notCountedFrom: anyOfSome(l.notCountedFrom),
    laterOnly:
      l.windowAfter === undefined || l.windowAfter.length === 0
        ? null
        : new RegExp(`^\\s*${alternation(l.windowAfter)}\\s*$`, 'iu'),
    anchorAfter: new RegExp(`^[\\s,]*${alternation(l.anchorAfter)}${EDGE_AFTER}`, 'iu'),
    zones: l.zones.map((z) => [new RegExp(`^(?:${z.pattern})${EDGE_AFTER}`, 'iu'), z.zone] as const),
    namesADay: new RegExp(
      String.raw`\d{1,2}[./-]\d|${EDGE_BEFORE}(?:${alternation(words(l.months))}|${alternation(l.dayWords)})${EDGE_AFTER}`,
      'iu',
    ),
  };
  compiledCache.set(l, compiled);
  return compiled;
}

/**
 * Sentences end at . ! ? before a space, except after a one- or two-digit number: German writes ordinals with a
 * period ("am Mittwoch, 9. Dezember"), and "24.12." is a date (a clock's minutes are no such: "a las 10:00. ¿Te
 * vendría bien …" ends there); nor after an initial, a title or a two-letter
 * abbreviation ("M. Konaté", "Dr. Weber", "Sra. López", "RR. HH."), nor inside a clock's half of the day ("a las
 * 2:00 p. m."), nor after an abbreviated month before a number ("am 13. Okt. 2029 um 14 Uhr", "13 sept. 2029",
 * round 139). A blank line after a colon ends no sentence: the block below is what the line introduced ("Gerne
 * bestätigen wir Ihnen Ihr Interview:\n\nMontag, 25. Januar"). Nor the period of a clock or its abbreviated unit
 * before a word in lower case: "a las 10:00 hrs. se pospone al lunes 24" (round 182; the unit may come here blanked
 * by the pipeline's clock rewriting), "à 9 h. est reporté". A day's number before a Spanish opening mark ends one,
 * though: "Necesitamos cambiar tu entrevista del jueves 16. ¿Te funciona el viernes 17 a las 12:30?" (round 305b).
 * So does "CV", no initials, before a capital: "gracias por tu CV. Te esperamos el viernes 16 …" (fx410).
 */
export function splitForeignSentences(text: string): readonly Sentence[] {
  const out: Sentence[] = [];
  const re =
    /(?<!(?:^|[^\d:])\d{1,2})(?<!(?:^|[^\p{L}])(?:\p{Lu}{1,2}|Mme|Mlle|Dr|Sr|Sra|Srta|Hr|Pr|Me))(?<!\d\s?[ap])\.+(?=\s)(?!(?<=(?:\d[:.h]\d\d|\d[ \t]?(?:hrs|hs|h))[ \t]{0,6}\.)\s+\p{Ll})(?!(?<=(?:^|[^\p{L}])(?:[Jj]anv?|[Ff][eé]vr?|[Ff]ebr?|[Mm]är|[Mm]rz|[Aa][pvb]r|[Jj]uil|[Aa]ug|[Aa]go|[Ss]ept?|[Ss]et|[Oo][ck]t|[Nn]ov|[Dd][eé][zcé]|[Dd]ic|[Ee]ne)\.)\s+\d)|(?<=\d)\.(?=[ \t]{1,4}[¿¡])|(?<=(?:^|[^\p{L}])CV)\.(?=[ \t]+\p{Lu})|[!?][.!?]*(?=\s)|(?<!:[ \t]{0,4})\n\s*\n|\n(?=\s*[-•*]\s)/gu;
  let start = 0;
  const push = (end: number): void => {
    const raw = text.slice(start, end);
    const body = raw.trim();
    if (body !== '') out.push({ index: start + (raw.length - raw.trimStart().length), text: body });
  };
  for (const m of text.slice(0, MAX_TEXT_CHARS).matchAll(re)) {
    push(m.index + m[0].length);
    start = m.index + m[0].length;
  }
  push(Math.min(text.length, MAX_TEXT_CHARS));
  return out.flatMap(capSentence);
}

/** A period counted from the day named before it ("in der darauffolgenden Woche"), with the period to count. */
interface ForeignExpr extends TimeExpr {
  readonly following?: PeriodName;
  /** The weekday of a 'weekday-after' period ("el lunes siguiente"). */
  readonly weekday?: Weekday;
}

function expr(
  index: number,
  text: string,
  date: string,
  rest: Partial<TimeExpr> & Pick<TimeExpr, 'form' | 'detector'>,
): TimeExpr {
  return { index, text, date, time: null, zone: null, minutes: null, fuzzy: false, bound: 'none', ...rest };
}

function periodEnd(
  t: string,
  period: PeriodName,
  weekday: Weekday = 1,
): { readonly date: string; readonly fuzzy: boolean } {
  // Sent on a Sunday, "next week" is the week that starts the next day (TIMELINE-CONVENTIONS.md).
  const nextWeek = weekdayOf(t) === 7 ? addDays(t, 1) : addDays(t, 7);
  switch (period) {
    case 'end-of-month':
      return { date: endOfMonth(t), fuzzy: false };
    case 'this-week':
      return { date: endOfWorkWeek(t), fuzzy: false };
    case 'next-week':
      return { date: weekdayOf(t) === 7 ? endOfWorkWeek(nextWeek) : fridayOfWeekAfter(t, 1), fuzzy: false };
    case 'early-next-week':
      return { date: weekdayOfWeek(nextWeek, 3), fuzzy: true };
    case 'coming-days':
      return { date: addDays(t, 5), fuzzy: true };
    case 'next-month':
      return { date: endOfMonthAfter(t, 1), fuzzy: false };
    case 'after-holidays': {
      // The year-end holidays ahead of t, plus a week (TIMELINE-CONVENTIONS.md "after the holidays").
      const year = Number(t.slice(0, 4));
      const eighth = `${year}-01-08`;
      return { date: eighth >= t ? eighth : `${year + 1}-01-08`, fuzzy: true };
    }
    case 'end-of-year':
      return { date: `${t.slice(0, 4)}-12-31`, fuzzy: false };
    case 'next-day':
      return { date: addDays(t, 1), fuzzy: false };
    // "el lunes siguiente" after the day named before: the first such weekday after it (a bare weekday's rule).
    case 'weekday-after':
      return { date: nextWeekdayAfter(t, weekday), fuzzy: false };
    case 'before-christmas': {
      const year = Number(t.slice(0, 4));
      const christmasEve = `${year}-12-24`;
      return { date: christmasEve >= t ? christmasEve : `${year + 1}-12-24`, fuzzy: false };
    }
    case 'before-all-saints': {
      // All Saints' Day is 1 November: "before" it is the day before (TIMELINE-CONVENTIONS.md "before Friday").
      const year = Number(t.slice(0, 4));
      const eve = `${year}-10-31`;
      return { date: eve >= t ? eve : `${year + 1}-10-31`, fuzzy: false };
    }
  }
}

function readCount(raw: string | undefined, l: LanguageTables): number | null {
  if (raw === undefined) return null;
  const w = raw.toLowerCase().replace(/\s+/g, ' ');
  return /^\d+$/.test(w) ? Number(w) : (l.numbers[w] ?? null);
}

/** Windows, periods and mid-month phrases of the language's tables. */
function tableExprs(context: ReadContext, l: LanguageTables, c: Compiled, t: string): ForeignExpr[] {
  const out: ForeignExpr[] = [];
  const text = context.text;
  for (const m of text.matchAll(c.window)) {
    const n = Math.max(readCount(m.groups?.['n1'], l) ?? 0, readCount(m.groups?.['n2'], l) ?? 0);
    const written = c.units.find(([re]) => re.test(m.groups?.['unit'] ?? ''))?.[1];
    // "sous 48h", "in 72 Stunden": whole days; "d'ici 18h" is a clock, no window.
    if (n === 0 || written === undefined || (written === 'hour' && (n < 24 || n % 24 !== 0))) continue;
    const span = written === 'hour' ? { amount: n / 24, unit: 'day' as const } : { amount: n, unit: written };
    out.push(
      expr(m.index, m[0], countWindow(t, span, context.holidays), {
        form: 'window',
        detector: `${l.code}-window`,
        span,
        // "alrededor de una semana", "in etwa zwei Wochen": a day within two of the count is as good (r47).
        fuzzy: c.approximate?.test(m[0]) ?? false,
      }),
    );
  }
  for (const [re, span] of c.spans)
    for (const m of text.matchAll(re))
      out.push(
        expr(m.index, m[0], countWindow(t, span, context.holidays), {
          form: 'window',
          detector: `${l.code}-window`,
          span,
        }),
      );
  for (const [re, period, fromEvent, weekday] of c.periods)
    for (const m of text.matchAll(re)) {
      const { date, fuzzy } = periodEnd(t, period, weekday);
      const e = expr(m.index, m[0], date, {
        form: period === 'coming-days' ? 'window' : 'period',
        fuzzy,
        detector: `${l.code}-${period}${fromEvent ? '-following' : ''}`,
      });
      out.push(fromEvent ? { ...e, following: period, weekday } : e);
    }
  for (const m of c.weekNumber === null ? [] : text.matchAll(c.weekNumber)) {
    const friday = fridayOfIsoWeek(t, Number(/\d{1,2}/u.exec(m[0])?.[0] ?? 0));
    if (friday !== null)
      out.push(expr(m.index, m[0], friday, { form: 'period', detector: `${l.code}-week-number` }));
  }
  const parts = [
    [c.monthEnd, 'end'],
    [c.monthStart, 'start'],
  ] as const;
  for (const [re, part] of parts)
    for (const m of re === null ? [] : text.matchAll(re)) {
      const month = l.months[(m.groups?.['month'] ?? '').toLowerCase()];
      // The month whose end is still ahead: "bis Ende November" sent on 10 November is this November.
      const thisYear = month === undefined ? null : dateFromParts(Number(t.slice(0, 4)), month, 1);
      const first = thisYear === null ? null : endOfMonth(thisYear) >= t ? thisYear : addYears(thisYear, 1);
      if (first !== null)
        out.push(
          expr(m.index, m[0], part === 'end' ? endOfMonth(first) : addDays(first, 4), {
            form: 'period',
            fuzzy: part === 'start',
            detector: `${l.code}-month-${part}`,
          }),
        );
    }
  // The next day with that number on or after t, as "by the 15th" (TIMELINE-CONVENTIONS.md); the expression
  // starts at the number, so that its bound is read before it.
  for (const m of text.matchAll(c.dayAlone)) {
    const date = nextNumberedDay(t, Number(m.groups?.['day']));
    const at = m[0].search(/\d/u);
    if (date !== null && at >= 0)
      out.push(
        expr(m.index + at, m[0].slice(at), date, {
          form: 'point',
          detector: `${l.code}-day-of-month`,
          yearImplied: true,
        }),
      );
  }
  // A part of a named month: of this year's month while it lasts, else of next year's.
  for (const [re, part] of c.monthParts)
    for (const m of text.matchAll(re)) {
      const month = l.months[(m.groups?.['month'] ?? '').toLowerCase()];
      if (month === undefined) continue;
      const year = Number(t.slice(0, 4)) + (month < Number(t.slice(5, 7)) ? 1 : 0);
      const first = dateFromParts(year, month, 1);
      if (first === null) continue;
      const date = part === 'end' ? endOfMonth(first) : addDays(first, MONTH_PART_DAY[part]);
      out.push(
        expr(m.index, m[0], date, {
          form: 'period',
          fuzzy: part !== 'end',
          detector: `${l.code}-month-${part}`,
        }),
      );
    }
  for (const m of text.matchAll(c.mid)) {
    const month = l.months[(m.groups?.['month'] ?? '').toLowerCase()];
    const date = month === undefined ? null : nextOccurrence(t, month, 15);
    if (date !== null)
      out.push(expr(m.index, m[0], date, { form: 'period', fuzzy: true, detector: `${l.code}-mid-month` }));
  }
  return out;
}

/** Days after the 1st that a part of a month names (TIMELINE-CONVENTIONS.md: early = 10th, beginning = 5th). */
const MONTH_PART_DAY = { early: 9, beginning: 4, 'first-week': 6, 'first-half': 14 } as const;

/** The same day `years` later (a first of the month: no leap day). */
function addYears(first: string, years: number): string {
  return `${Number(first.slice(0, 4)) + years}${first.slice(4)}`;
}

/**
 * The Friday of ISO calendar week `week` ("KW 48": weeks start on Monday, week 1 holds 4 January), in the sent
 * year or, where that Friday has passed, the next (TIMELINE-CONVENTIONS.md "during the week of …": its Friday).
 */
function fridayOfIsoWeek(t: string, week: number): string | null {
  if (week < 1 || week > 53) return null;
  const year = Number(t.slice(0, 4));
  for (const y of [year, year + 1]) {
    const jan4 = `${y}-01-04`;
    const friday = addDays(jan4, 1 - weekdayOf(jan4) + 7 * (week - 1) + 4);
    if (friday >= t) return friday;
  }
  return null;
}

/** Days ahead past which a day whose year was implied is taken for a past one (classify.ts `longAgo`). */
const LONG_AGO_DAYS = 240;

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * The zone named right after a clock time: "10 Uhr (MEZ)", "à 9h (EST)", "a las 9:00 (America/Chicago)". chrono
 * may have read the zone word into its result, so the search starts after the time's last digit.
 */
function zoneAfter(c: Compiled, text: string, start: number, end: number): string | null {
  const lastDigit = text.slice(start, end).search(/\d\D*$/u);
  const from = lastDigit < 0 ? end : start + lastDigit + 1;
  // The clock's own word or its half of the day ("3 pm UK time", "10 a.m. (hora de Madrid)", "a. m.") stands
  // before the zone.
  const word = text
    .slice(from, from + 40)
    .replace(/^\s*(?:Uhr|horas?|hs|h|[ap]\.?\s?m\.?(?![\p{L}]))?[\s,(/]*/iu, '');
  return (
    c.zones.find(([re]) => re.test(word))?.[1] ??
    offsetZone(word) ??
    (verbNotZone(word) ? null : namedZone(word))
  );
}

/**
 * A short word in lower case after a clock time is a word of the language, not a zone's abbreviation, which is
 * written in capitals: "ab 9 Uhr ist bestätigt" (not India's IST), "l'entretien de 10h est confirmé" (not EST).
 */
function verbNotZone(word: string): boolean {
  const first = /^\p{L}+/u.exec(word)?.[0];
  return first !== undefined && first.length <= 4 && first === first.toLowerCase();
}

/** A whole-hour offset as the zone: "9:00 (GMT-5)", "15:00 UTC+1" (Etc/GMT names count the other way). */
function offsetZone(word: string): string | null {
  const m = /^(?:GMT|UTC)\s?(?<sign>[+\-−])\s?(?<hours>\d{1,2})(?::?00)?(?![\d:])/iu.exec(word);
  const hours = Number(m?.groups?.['hours'] ?? NaN);
  if (m === null || !(hours >= 0 && hours <= 14)) return null;
  return hours === 0 ? 'Etc/GMT' : `Etc/GMT${m.groups?.['sign'] === '+' ? '-' : '+'}${hours}`;
}

/** An hour chrono left uncertain at the end of a date and written with its clock word after it ("13. November, 11 Uhr"). */
const TRAILING_HOUR = /(?<=[\s,])(?<hour>\d{1,2})$/u;
const CLOCK_WORD_AFTER = /^\s*(?:Uhr|h|heures?|horas?)(?![\p{L}\p{N}])/iu;

/**
 * A weekday abbreviation alone ("so", "Fr", "mar", "dom") is a day only before a date or a time ("Mo. 23.11.",
 * "Fr 10:00"): as a word of its own, or the start of a longer word ("frühestens"), it is no day.
 */
function abbreviationAlone(text: string, read: string, end: number): boolean {
  const words = read.match(/\p{L}+/gu) ?? [];
  return words.every((w) => w.length <= 3) && !/^\.?,?\s*\d/u.test(text.slice(end));
}

/**
 * A day number right after a weekday ("viernes 20", "vendredi 20", "miércoles 18 a las 5:30"): chrono takes it for
 * an hour or leaves it out; it is the day of the month. Not when a clock word or a minute follows it.
 */
const DAY_AFTER_WEEKDAY =
  /^(?:(?:este|esta|el|ce|le|this)\s+)?\p{L}+\.?,?\s+(?<day>\d{1,2})(?!\d|[:.,]\d|\s*(?:Uhr|h\b|hs\b|heures?|horas?|[ap]\.?\s?m\b))/iu;

/** The first day on or after t numbered `day` that falls on `weekday` (within a year), else the next `day`. */
function dayOfWeekday(t: string, day: number, weekday: Weekday): string | null {
  let year = Number(t.slice(0, 4));
  let month = Number(t.slice(5, 7));
  let first: string | null = null;
  for (let i = 0; i < 13; i += 1) {
    const date = dateFromParts(year, month, day);
    if (date !== null && date >= t) {
      if (weekdayOf(date) === weekday) return date;
      first ??= date;
    }
    month = (month % 12) + 1;
    if (month === 1) year += 1;
  }
  return first;
}

/** The clock written last in a reading: "10h", "9h30", "14:00". */
const WRITTEN_CLOCK_AT_END = /(?<![\d])(?<hour>\d{1,2})(?:[:h.]\d{2})?\s?h?$/u;

/** A day number opening chrono's reading, and the article before it: "le 19 à 10h", "el 19 a las 10". */
/** An article and a bare day number: "del 15", "du 15", "dem 15.". */
const BARE_ARTICLE_DAY = /^(?:del|de\s+la|du|dem|vom|el|le)\s+(?<day>\d{1,2})\.?$/iu;
const LEADING_DAY = /^(?<day>\d{1,2})\s/u;
const ARTICLE_BEFORE = /(?<![\p{L}])(?:le|el)\s+$/iu;

/**
 * What stands between a weekday and the date naming it: "jeudi prochain, le 11 février", "martes, 17 de"; the weekday
 * abbreviated with its dot too ("Di., 22. Jan. 2030", "mar. 22 janv.", round 139).
 */
const APPOSITION = /^\.?[\s,]{0,3}(?:(?:le|el|the|den)\s)?\s?$/iu;

/** Characters a labelled time may stand after its date ("Date : 19/11/2026 – Heure : 14:00:00"). */
const LABELLED_TIME_GAP = 40;
/**
 * Characters a new clock time may stand after its day in the same sentence where "instead of" the old one follows it
 * (round 135: "Votre entretien du 12 septembre est maintenu, mais l'horaire change : … à 16h au lieu de 10h").
 */
const NEW_TIME_GAP = 120;
/** "Instead of" right after a clock time: the time is the slot's new one ("à 16h au lieu de 10h", "um 16 statt 10 Uhr"). */
const INSTEAD_AFTER = /^\s*(?:au\s+lieu\s+de|en\s+lugar\s+de|en\s+vez\s+de|statt|anstatt)(?![\p{L}])/iu;

/**
 * The words right before a day a moved slot no longer has: "et non (pas) le", "au lieu du", "plutôt que le", "und
 * nicht (mehr) am", "statt am", "y no el", "en lugar del", "en vez del".
 */
const INSTEAD_DAY =
  /(?:,\s*|\s)(?:et\s+non(?:\s+pas)?|au\s+lieu\s+d[ue]|plutôt\s+que|und\s+nicht(?:\s+mehr)?|(?:an)?statt|y\s+no|en\s+lugar\s+del?|en\s+vez\s+del?)\s+(?:(?:le|du|am|el|del|dem|den)\s+)?$/iu;
/**
 * An aside between spaced dashes on one line, a comma after it: "– et vous savez que les imprévus ne manquent pas –,"
 * (not the dashes between a listing's fields: "Auxiliar contable – Publicada: 04/05/2027 – Vence: 20/05/2027").
 */
const DASHED_ASIDE = /(?<=^|[ \t])[–—][ \t][^–—\n.;!?:]{1,160}?[ \t][–—](?=[ \t]*,)/gu;
/**
 * A dash that closes an aside the text opened before it began, a comma after it ("… budgétaire –, vous devriez …"):
 * not a dash alone ("Bewerbungsschluss – 31. Oktober").
 */
const ASIDE_CLOSE = /^[^–—]*[–—](?=,)/u;

/** A clause's words without its asides between dashes, nor the end of one it starts inside. */
function withoutAsides(text: string): string {
  const whole = text.replace(DASHED_ASIDE, ' ');
  return (whole.match(/[–—]/gu) ?? []).length % 2 === 1 ? whole.replace(ASIDE_CLOSE, ' ') : whole;
}
/** Characters before a day read for INSTEAD_DAY. */
const INSTEAD_REACH = 32;

/**
 * Named days and clock times by chrono-node's parser of the language, with our conventions for the day. A clock
 * time alone right after a day without one, with no other day between, is that day's time: the label–value
 * layout of an applicant tracking system ("Fecha: 19/11/2026 | Hora: 10:00:00").
 */
/** A clock after "instead of" ("en lugar de a las 10:00", "au lieu de 10h", "statt um 10 Uhr"): the old one. */
const INSTEAD_CLOCK =
  /(?<=(?:en\s+lugar\s+de|en\s+vez\s+de|au\s+lieu\s+de|statt|anstatt)\s+(?:(?:a\s+)?las?\s+|à\s+|um\s+)?)\d{1,2}(?:[:h.]\d{2})?(?:\s?(?:h|Uhr|hrs)(?![\p{L}]))?/giu;

/**
 * The word joining a slot's old day to its new one ("avancer votre entretien de mardi 20 juin à vendredi 16 juin",
 * round 126; "del martes 20 al viernes 16"), which chrono reads as a range from the old day: after a day's number and
 * before a weekday, parted like a list's dash where a move's words come before it.
 */
// (the old slot may end on its clock: "du jeudi 4 février à 10h au lundi 8 février à 15h", round 143)
const MOVE_JOIN =
  /(?<=(?:\d(?:\.|er)?(?:\s+\p{L}+\.?)?|\d{1,2}\s?h(?:\s?\d{2})?|\d{1,2}[:.]\d{2}(?:\s?h)?)\s+)(?:à|au|al)(?=\s+(?:(?:le|el)\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)(?![\p{L}]))/giu;
/** How far before the joining word a move's words are looked for. */
const MOVE_REACH = 160;

/**
 * An event named by its noun after an article in anchor words ("nach dem Gespräch", "après les épreuves", "siguientes
 * a la jornada"), not a word pointing back ("danach", "qui suivent", "siguientes").
 */
const NAMED_EVENT =
  /(?<![\p{L}])(?:(?:dem|der|den|des|Ihrem|Ihrer|la|le|les|el|los|las|del|al|cet|cette|ce|ces|esa|ese|esas|esos|dicha|dicho|diesem|dieser|votre|vos|su|sus)\s+|l['’]\s*)\p{L}{3,}/iu;

/** Words pointing back to a day as the end of a wait: "bis dahin", "jusque-là", "hasta entonces". */
const UNTIL_THEN =
  /(?<![\p{L}])(?:bis\s+dahin|jusque-là|jusqu['’]à\s+(?:cette\s+date|ce\s+jour|son\s+retour)|hasta\s+(?:entonces|esa\s+fecha|su\s+regreso))(?![\p{L}])/iu;

/** Words pointing back to a day as the first one welcome: "avant cette date", "vor diesem Tag", "antes de esa fecha". */
const BEFORE_THEN =
  /(?<![\p{L}])(?:avant\s+(?:cette\s+date|ce\s+jour|cela)|vor\s+(?:diesem|dem)\s+(?:Tag|Datum)|antes\s+de\s+(?:esa|dicha)\s+fecha)(?![\p{L}])/iu;

/** The receipt of what the reader sends: "nach Eingang Ihrer Angaben", "après réception de votre dossier". */
const RECEIPT_EVENT =
  /(?<![\p{L}])(?:Eingang|Erhalt|Zugang|Einreichung|réception|recepción|recibir)(?![\p{L}])/iu;

/** A bullet opening a line of a list: "- ", "– ", "• ", "* ". */
const LIST_BULLET = /^[ \t]{0,4}[-–•*][ \t]/gmu;

/** Days of one month as a range: "del 8 al 12 de marzo", "du 8 au 12 mars", "vom 8. bis 12. März". */
const RANGE_OF_DAYS =
  /(?<![\p{L}\p{N}])(?:del|du|vom|von)\s+(?<from>\d{1,2})\.?\s+(?:al|au|bis(?:\s+zum)?)\s+(?<to>\d{1,2})\.?\s+(?:de\s+)?(?<month>\p{L}+)/giu;

/**
 * An absence written as days of one month ("Estaré fuera de la oficina del 8 al 12 de marzo"): its first and last
 * day, read here because chrono-es takes "del 8 al 12" for hours (round 146). The spans keep chrono's own readings
 * of the same words out.
 */
function absenceRanges(
  context: ReadContext,
  l: LanguageTables,
  c: Compiled,
  t: string,
): { readonly exprs: readonly TimeExpr[]; readonly spans: readonly (readonly [number, number])[] } {
  const exprs: TimeExpr[] = [];
  const spans: [number, number][] = [];
  for (const m of context.text.matchAll(RANGE_OF_DAYS)) {
    const month = l.months[(m.groups?.['month'] ?? '').toLowerCase()];
    const from = Number(m.groups?.['from']);
    const to = Number(m.groups?.['to']);
    if (month === undefined || !(from >= 1 && to <= 31 && from < to)) continue;
    if (!c.absence.test(lineAround(context.text, m.index))) continue;
    const end = nextOccurrence(t, month, to);
    const start = end === null ? null : nextOccurrence(t, month, from);
    if (end === null || start === null) continue;
    const first = start > end ? yearEarlier(start) : start;
    const toAt = m[0].lastIndexOf(String(to), m[0].length - (m.groups?.['month'] ?? '').length);
    const detector = `${l.code}-absence-range`;
    exprs.push(
      expr(m.index + m[0].indexOf(String(from)), String(from), first, {
        form: 'point',
        detector,
        yearImplied: true,
      }),
      expr(m.index + toAt, m[0].slice(toAt), end, { form: 'point', detector, yearImplied: true }),
    );
    spans.push([m.index, m.index + m[0].length]);
  }
  return { exprs, spans };
}

/** The word right before a reading, with the space after it (started at a word's start: linear, the ReDoS gate). */
const WORD_BEFORE = /(?<!\p{L})\p{L}+\s+$/u;

/** One word with a capital, a weekday read alone. */
const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;
/** "Santo ", "San ", "Saint-" right before a word: a place or a saint's name. */
const SAINT_BEFORE = /(?:^|[^\p{L}])(?:Santo|San|Santa|Saint|Sainte)[ -]$/u;
/** A capitalised word right after: a surname. */
const NAME_AFTER = /^[ \t]+\p{Lu}\p{Ll}/u;

function chronoExprs(context: ReadContext, l: LanguageTables, c: Compiled, t: string): TimeExpr[] {
  const sent = context.sentAt === null ? null : epochMs(context.sentAt);
  if (sent === null) return [];
  const offset = offsetMinutesAt(sent, context.readZone) ?? 0;
  const ranges = absenceRanges(context, l, c, t);
  const out: TimeExpr[] = [...ranges.exprs];
  // Readings of a weekday alone, which a date right after them may name more precisely.
  const weekdayOnly = new Set<TimeExpr>();
  for (const r of l.chrono.parse(
    // A list's bullet dash is no range: "- lunes 14, a las 10:00\n- martes 15, a las 17:30" are two days (round
    // 93), which chrono read as one range from the first, nor does one line's clock join the next line's day.
    // A semicolon in its place (same offsets) parts them.
    context.text
      .replace(LIST_BULLET, (m) => m.replace(/[-–•*]/u, ';'))
      .replace(MOVE_JOIN, (m: string, at: number, whole: string) =>
        c.cancelled.test(whole.slice(Math.max(0, at - MOVE_REACH), at)) ? ';'.repeat(m.length) : m,
      )
      // The clock a slot no longer has is no reading: "mañana: en lugar de a las 10:00, será a las 12:30" (round
      // 96) keeps the day's new clock.
      .replace(INSTEAD_CLOCK, (m) => ' '.repeat(m.length)),
    { instant: new Date(sent), timezone: offset },
    { forwardDate: true },
  )) {
    if (ranges.spans.some(([a, b]) => r.index < b && r.index + r.text.length > a)) continue;
    // A weekday written as a name is no day: a place after "Santo" ("nuestras oficinas de la avenida Winston
    // Churchill, Santo Domingo", round 306b) or a first name before a surname ("Domingo Pérez"). Not in German, whose
    // weekdays always take a capital.
    if (
      l.code !== 'de' &&
      NAME_WORD.test(r.text) &&
      (SAINT_BEFORE.test(context.text.slice(Math.max(0, r.index - 8), r.index)) ||
        NAME_AFTER.test(context.text.slice(r.index + r.text.length, r.index + r.text.length + 4)))
    )
      continue;
    const s = r.start;
    const month = s.get('month');
    const day = s.get('day');
    const weekday = s.get('weekday');
    const end = r.index + r.text.length;
    // A count of hours or minutes ("dans 2 heures", "en 2 horas") names no clock time and no day.
    if (r.tags().has('result/relativeDateAndTime')) continue;
    // An article and a bare number is a day of the month, never a clock time: "escríbeme a partir del 15", "à
    // partir du 15", "ab dem 15." (chrono-es read "del 15" as 15:00 and it joined the day named before, lead's
    // round 116).
    const bare = BARE_ARTICLE_DAY.exec(r.text)?.groups?.['day'];
    const bareDay = bare === undefined ? null : nextNumberedDay(t, Number(bare));
    if (
      bareDay !== null &&
      !s.isCertain('day') &&
      !CLOCK_WORD_AFTER.test(context.text.slice(end, end + 12))
    ) {
      out.push(
        expr(r.index + r.text.lastIndexOf(bare ?? ''), bare ?? '', bareDay, {
          form: 'point',
          detector: `${l.code}-chrono`,
          yearImplied: true,
        }),
      );
      continue;
    }
    // A day named as past in its own words ("letzten Freitag", "vendredi dernier"): chrono's forward reading of
    // it is no day ahead.
    if (c.past.test(r.text)) continue;
    // So is one whose past word stands right before chrono's reading ("vom vergangenen Montag", round 317).
    const pastLead = WORD_BEFORE.exec(context.text.slice(Math.max(0, r.index - 20), r.index))?.[0] ?? '';
    if (pastLead !== '' && c.past.test(`${pastLead.trim()} ${r.text}`)) continue;
    // chrono may take that hour for a two-digit year ("13. November, 11" as 2011): it is the hour.
    const trailing = TRAILING_HOUR.exec(r.text)?.groups?.['hour'];
    const trailingHour =
      !s.isCertain('hour') &&
      trailing !== undefined &&
      Number(trailing) < 24 &&
      CLOCK_WORD_AFTER.test(context.text.slice(end, end + 12));
    const dayNumber =
      s.isCertain('weekday') && !s.isCertain('day')
        ? DAY_AFTER_WEEKDAY.exec(context.text.slice(r.index))
        : null;
    const dayAfter = Number(dayNumber?.groups?.['day'] ?? NaN);
    // chrono's hour was that day number ("viernes 20" read as Friday 20:00).
    const hourIsDay =
      dayNumber !== null && !/\d/u.test(context.text.slice(r.index + dayNumber[0].length, end));
    // "mardi 17 à 14h", "le 19 à 10h": chrono reads a range from 17:00 to 14:00; its start is the day of the
    // month, its end the clock time.
    const lead = LEADING_DAY.exec(r.text)?.groups?.['day'];
    const articleDay =
      !s.isCertain('day') &&
      !s.isCertain('weekday') &&
      lead !== undefined &&
      ARTICLE_BEFORE.test(context.text.slice(Math.max(0, r.index - 4), r.index))
        ? Number(lead)
        : NaN;
    const ranged =
      r.end !== null &&
      r.end !== undefined &&
      r.end.isCertain('hour') &&
      s.get('hour') === (dayNumber !== null ? dayAfter : articleDay)
        ? r.end
        : null;
    const clock = ranged ?? (s.isCertain('hour') && !hourIsDay ? s : null);
    // chrono puts the range's end after its start: "jeudi 12 à 10h" ends at 22:00 after a start of 12:00; the
    // clock is the one written.
    const writtenEnd = ranged === null ? undefined : WRITTEN_CLOCK_AT_END.exec(r.text)?.groups?.['hour'];
    const endHour = ranged?.get('hour') ?? null;
    const hour =
      ranged !== null &&
      endHour !== null &&
      writtenEnd !== undefined &&
      endHour % 12 === Number(writtenEnd) % 12
        ? Number(writtenEnd)
        : clock !== null
          ? clock.get('hour')
          : trailingHour
            ? Number(trailing)
            : null;
    const time =
      hour === null ? null : `${pad(hour)}:${pad(clock !== null ? (clock.get('minute') ?? 0) : 0)}`;
    const zone = time === null ? null : zoneAfter(c, context.text, r.index, end);
    let date: string | null = null;
    let yearImplied = false;
    if (
      s.isCertain('day') &&
      c.namesADay.test(r.text) &&
      s.isCertain('month') &&
      month !== null &&
      day !== null
    ) {
      const year = s.get('year');
      yearImplied = !s.isCertain('year') || trailingHour;
      date = !yearImplied && year !== null ? dateFromParts(year, month, day) : nextOccurrence(t, month, day);
    } else if (ranged !== null && articleDay >= 1 && articleDay <= 31) {
      date = nextNumberedDay(t, articleDay);
      yearImplied = true;
    } else if (
      s.isCertain('weekday') &&
      weekday !== null &&
      !relativeReading(s) &&
      !abbreviationAlone(context.text, r.text, end)
    ) {
      // A weekday alone is the next such day strictly after the sent date (chrono counts Sunday as 0); with a day
      // number after it ("viernes 20"), that day. Where chrono read a "last" or "next week" with it ("letzten
      // Freitag", "freitag nächste woche"), its day is before that (a past day: no finding) or after it (the next
      // week's day). A relative reading ("les 10 jours suivant", "de diez días") makes every part certain, its
      // weekday too, and names no weekday (relativeReading): a window, read by the tables.
      const wd = (weekday === 0 ? 7 : weekday) as Weekday;
      const coming = nextWeekdayAfter(t, wd);
      const year = s.get('year');
      const read =
        dayAfter >= 1 && dayAfter <= 31
          ? (dayOfWeekday(t, dayAfter, wd) ?? coming)
          : ((year === null || month === null || day === null ? null : dateFromParts(year, month, day)) ??
            coming);
      if (read < t) continue;
      date = read > coming ? read : coming;
    }
    const last = out[out.length - 1];
    const instead = INSTEAD_AFTER.test(context.text.slice(r.index + r.text.length));
    if (
      date === null &&
      time !== null &&
      last !== undefined &&
      last.time === null &&
      last.form === 'point' &&
      r.index - (last.index + last.text.length) <= (instead ? NEW_TIME_GAP : LABELLED_TIME_GAP) &&
      // A clock "instead of" the old one changes the slot named before it, over a sentence of the same paragraph
      // (round 138: "l'entretien de vendredi : il est avancé d'une heure. Nous vous attendons à 9h au lieu de 10h").
      (instead
        ? !/\n\s*\n/u.test(context.text.slice(last.index + last.text.length, r.index))
        : timeOfDay(context.text.slice(last.index + last.text.length, r.index)))
    ) {
      const joined = context.text.slice(last.index, r.index + r.text.length);
      out[out.length - 1] = { ...last, text: joined, time, zone };
      continue;
    }
    if (date === null) continue;
    // The day number read after a weekday is part of the expression ("jueves 3"): the clause without it is the
    // clause's other words ("pasar la entrevista del al viernes 4").
    const written =
      dayNumber !== null && dayNumber[0].length > r.text.length
        ? context.text.slice(r.index, r.index + dayNumber[0].trimEnd().length)
        : r.text;
    // A weekday followed by the date it names ("jeudi prochain, le 11 février, à 9 h"): the date says the day.
    if (last !== undefined && weekdayOnly.has(last) && s.isCertain('day') && s.isCertain('month')) {
      const gap = context.text.slice(last.index + last.text.length, r.index);
      if (APPOSITION.test(gap)) out.pop();
    }
    const read = expr(r.index, written, date, {
      time,
      zone,
      form: 'point',
      detector: `${l.code}-chrono`,
      yearImplied,
    });
    if (!s.isCertain('day') && !(dayAfter >= 1)) weekdayOnly.add(read);
    out.push(read);
    // An absence written as a range ("absente du 7 au 18 décembre", "vom 7. bis 18. Dezember im Urlaub"): its end is
    // a day of its own, the absence's last (classifyForeign reads it as the absence's end).
    const endDay = r.end?.isCertain('day') === true ? r.end.get('day') : null;
    const endAt = endDay === null ? -1 : r.text.lastIndexOf(String(endDay));
    if (endDay !== null && endAt > 0 && c.absence.test(lineAround(context.text, r.index))) {
      const endMonth = r.end?.get('month') ?? month;
      if (endMonth !== null) {
        // (the end is the next such day from the sent date; a start read past it began before: "Estaré fuera de la
        // oficina del 8 al 12 de marzo", written on the 10th, round 146)
        const endDate = nextOccurrence(t, endMonth, endDay);
        const startDate = endDate !== null && date > endDate ? yearEarlier(date) : date;
        if (endDate !== null && endDate > startDate) {
          // (the start keeps only its own words, so that both days stand: keepLongest keeps one of two overlapping)
          out[out.length - 1] = { ...read, date: startDate, text: r.text.slice(0, endAt).trimEnd() };
          out.push(
            expr(r.index + endAt, r.text.slice(endAt), endDate, {
              form: 'point',
              detector: `${l.code}-chrono-range-end`,
              yearImplied: true,
            }),
          );
        }
      }
    }
  }
  return withWrittenClocks(context.text, out);
}

/** The line around an offset (a day's own "7." ends no sentence): what an absence's range is read against. */
function lineAround(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const stop = text.indexOf('\n', at);
  return text.slice(start, stop < 0 ? text.length : stop).slice(0, 400);
}

/**
 * Whether the words between a day and a clock time after it let the time be that day's: no sentence between
 * them, or only a label ("Fecha: 19-11-2026. Hora: 10.00 h.", "Datum: 15.12.2026 | Uhrzeit: 13:00:00").
 */
function timeOfDay(gap: string): boolean {
  return !/[.!?]\s|\n\s*\n/u.test(gap) || LABEL_GAP.test(gap);
}

/** Only punctuation and a field's label between a day and its clock time. */
const LABEL_GAP = /^[\s.,;|·/–-]{0,6}\p{L}[\p{L} ]{0,20}\s?:\s*$/u;

/**
 * A clock time with the hour's word after it, which chrono may not read alone: "12.30 h", "10.00 horas"; or the
 * minutes after the "h" ("a las 15h00", Ecuador and the Andes, round 294b; chrono reads it in French only).
 */
const WRITTEN_CLOCK =
  /(?<![\p{L}\p{N}.:/-])(?<hour>[01]?\d|2[0-3])(?:(?:[.:](?<minute>[0-5]\d))?\s?(?:h|hs|hrs|horas|heures|Uhr)|h(?<after>[0-5]\d))(?![\p{L}\p{N}])/gu;

/** A count of hours, no clock: "dans 2 h", "en 3 horas", "in 4 Uhr" never; "sous 12 h". */
const HOURS_COUNT_BEFORE =
  /(?<![\p{L}])(?:dans|en|sous|in|binnen|durante|pendant|de|por|für|ca\.|unas|environ)\s*$/iu;

/**
 * Clock times chrono left unread given to the day before them where nothing else stands between ("Día:
 * 11-12-2026 · Hora: 12.30 h"), the label–value layout chronoExprs joins for the times chrono reads.
 */
function withWrittenClocks(text: string, exprs: readonly TimeExpr[]): TimeExpr[] {
  const out = [...exprs];
  for (const m of text.matchAll(WRITTEN_CLOCK)) {
    if (out.some((e) => m.index < e.index + e.text.length && e.index < m.index + m[0].length)) continue;
    // An hour without its minutes is a clock only in office hours and not after a count's word ("a la misma hora,
    // 15 h"; not "dans 2 h").
    const minute = m.groups?.['minute'] ?? m.groups?.['after'];
    const hourOnly = minute === undefined;
    const hour = Number(m.groups?.['hour']);
    // (nor is "1h30" after a length's verb: "la prueba dura 1h30" is a length written as the clock is)
    if (
      (hourOnly || m.groups?.['after'] !== undefined) &&
      (hour < 7 || hour > 21 || HOURS_COUNT_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)))
    )
      continue;
    let at = -1;
    for (const [i, e] of out.entries()) if (e.index + e.text.length <= m.index) at = i;
    const day = out[at];
    if (day === undefined || day.time !== null || day.form !== 'point') continue;
    const gap = text.slice(day.index + day.text.length, m.index);
    if (gap.length > LABELLED_TIME_GAP || !timeOfDay(gap)) continue;
    const time = `${pad(hour)}:${minute ?? '00'}`;
    out[at] = { ...day, text: text.slice(day.index, m.index + m[0].length), time };
  }
  return out;
}

/**
 * Whether chrono computed this reading from a count ("les 10 jours suivant"): every part is then certain, the
 * weekday too, though no weekday was named. A named weekday with its day ("Donnerstag, 14. Jan.") is no such.
 */
function relativeReading(s: {
  readonly isCertain: (c: 'day') => boolean;
  readonly tags: () => Iterable<string>;
}): boolean {
  if (!s.isCertain('day')) return false;
  for (const tag of s.tags()) if (tag.startsWith('result/relative')) return true;
  return false;
}

/** Of overlapping expressions the longest stays (a period's words over chrono's reading of part of them). */
function keepLongest(exprs: readonly TimeExpr[]): readonly TimeExpr[] {
  const sorted = [...exprs].sort((a, b) => b.text.length - a.text.length || a.index - b.index);
  const kept: TimeExpr[] = [];
  for (const e of sorted)
    if (!kept.some((k) => e.index < k.index + k.text.length && k.index < e.index + e.text.length))
      kept.push(e);
  return kept.sort((a, b) => a.index - b.index);
}

/** A day after words naming its week ("la semana del 23 de noviembre") is that week, ending on its Friday. */
function weekOf(c: Compiled, before: string, e: TimeExpr): TimeExpr {
  if (c.weekOf === null || e.form !== 'point' || !c.weekOf.test(before)) return e;
  return { ...e, date: endOfWorkWeek(e.date), time: null, form: 'period', detector: `${e.detector}-week-of` };
}

function boundOf(c: Compiled, before: string): Bound {
  return c.bounds.find(([re]) => re.test(before))?.[1] ?? 'none';
}

/** Every candidate, addressed by a promise: "tous les candidats", "todos los postulantes", "alle Bewerber". */
const ALL_CANDIDATES =
  /(?<![\p{L}\p{N}])(?:tou(?:s|tes)\s+les\s+candidat(?:e?s)|tod[oa]s\s+l[oa]s\s+(?:candidat[oa]s|postulantes|aspirantes)|alle[n]?\s+(?:Bewerber\p{L}*|Kandidat\p{L}*))(?![\p{L}\p{N}])/giu;

/** "and" right before a clause's start, the word it starts after: "et ", "und ", "y ". */
const JOINER_BEFORE = /(?<![\p{L}])(?:et|und|y)\s*$/iu;

/** Where the clause holding [start, end) of a sentence begins and ends (";", " – ", a conjunction). */
function clauseAround(c: Compiled, text: string, start: number, end: number): readonly [number, number] {
  let from = 0;
  let to = text.length;
  const all = [...text.matchAll(c.clauseBreak), ...text.matchAll(c.numberThenCapital)].sort(
    (a, b) => a.index - b.index,
  );
  // An aside between two dashes, the sentence going on in lower case after it, breaks no clause ("Eine
  // Entscheidung erwarten wir – vorbehaltlich der Zustimmung des Betriebsrats – in der 29. KW", round 95; "Te
  // daremos una respuesta – salvo imprevistos – a más tardar el viernes"). A capital after the closing dash
  // starts an item of its own ("Fintech Azur, Paris – Entretiens en visio dès le 19 avril").
  const aside = new Set<RegExpMatchArray>();
  for (const [i, m] of all.entries()) {
    const next = all[i + 1];
    if (
      next !== undefined &&
      !aside.has(m) &&
      DASH.test(m[0]) &&
      DASH.test(next[0]) &&
      GOES_ON.test(text.slice((next.index ?? 0) + next[0].length))
    ) {
      aside.add(m);
      aside.add(next);
    }
  }
  // A continuation joins its clause to the one before for a day before it ("bin ich wieder im Büro und melde mich dann
  // umgehend"), or for a day after it whose promise words stand before ("– spätestens aber Ende nächster Woche"); a day
  // after a continuation that holds its own promise words keeps its clause ("Wir sprechen heute Nachmittag noch mit
  // einer letzten Person und melden uns dann Anfang kommender Woche bei dir", round 323: the talks before are others').
  const breaks = all
    .filter((m) => !aside.has(m))
    .filter(
      (m) =>
        c.continues === null ||
        !c.continues.test(text.slice(m.index + m[0].length)) ||
        (m.index + m[0].length <= start && c.response.test(text.slice(m.index + m[0].length, start))),
    );
  let opening = '';
  for (const m of breaks) {
    if (m.index + m[0].length <= start) [from, opening] = [m.index + m[0].length, m[0]];
    else if (m.index >= end) {
      // An aside between two dashes reads with the clause around it ("und wir werden Ihnen danach – also
      // voraussichtlich am Montag, 23. November – Bescheid geben"; issue 13, round 39).
      if (DASH.test(opening) && DASH.test(m[0]))
        return clauseAround(
          c,
          `${text.slice(0, from - 3)}   ${text.slice(from, m.index)}   ${text.slice(m.index + 3)}`,
          start,
          end,
        );
      to = m.index;
      break;
    }
  }
  return [from, to];
}

/** Lower case (or a digit) right after a closing dash: the sentence goes on. */
const GOES_ON = /^\s*[\p{Ll}\d]/u;

const DASH = /^\s[-–—]\s$/u;

/** A message's first line where it is short, as a greeting is ("Hallo zusammen,"). */
function greetingOf(text: string): string {
  const body = text.trimStart();
  const end = body.indexOf('\n');
  return end > 0 && end <= 40 ? body.slice(0, end) : '';
}

/** A message's first line, its subject or heading as flattened mail shows it. */
function firstLineOf(text: string): string {
  const body = text.trimStart();
  const end = body.indexOf('\n');
  return end < 0 ? body : body.slice(0, end);
}

/** A label at the start of a line ("Wann:", "Datum :", "Fecha:"), as applicant tracking systems lay out fields. */
const LABEL = /^[ \t]{0,8}\p{L}[\p{L} .-]{0,25}:/u;

/** Whether the expression at `rel` is the value of a label on its line ("Wann: 2027-01-19, 13:00 Uhr"). */
function labelled(text: string, rel: number): boolean {
  const line = text.slice(text.lastIndexOf('\n', rel - 1) + 1, rel);
  const m = LABEL.exec(line);
  return m !== null && line.slice(m[0].length).trim() === '';
}

/**
 * The heading above a template's fields, which says what they are about: "Bestätigung Ihres Termins\n
 * Vorstellungsgespräch – Teamleitung Kundenservice" above "Wann: 2027-01-19, 13:00 Uhr".
 */
function headingOf(text: string): string {
  for (let at = 0; at < text.length;) {
    const next = text.indexOf('\n', at);
    const end = next < 0 ? text.length : next;
    if (LABEL.test(text.slice(at, end))) return text.slice(0, at);
    at = end + 1;
  }
  return '';
}

/** A subject line written into the text, of a reply or a forward: "Asunto: RE: …", "Objet : TR: …", "Betreff: AW: …". */
// (its label may be left out, the subject standing on the first line: "Re: Telefonat heute – Junior Product
// Designer", round 329)
const REPLY_SUBJECT_LINE =
  /^[ \t]*(?:(?:Asunto|Objet|Betreff|Subject)[ \t]*:[ \t]*)?(?:(?:RE|AW|TR|RV|WG|Fwd?|Antw)[ \t]*:[ \t]*)+/iu;

/** Whether the text at `index` stands on a reply's or a forward's subject line. */
function onReplySubject(text: string, index: number): boolean {
  const start = text.lastIndexOf('\n', index - 1) + 1;
  return REPLY_SUBJECT_LINE.test(text.slice(start, index));
}

function cancelledIn(c: Compiled, before: string, others: string): boolean {
  return c.cancelled.test(others) && !(c.movedTo?.test(before) ?? false);
}

// A meeting's name in German, French and Spanish, beside a cancelled-words row: the message cancels the interview.
const FOREIGN_MEETING =
  /entrevista|entretien|entrevue|rendez-vous|reunión|cita\b|Gespräch|Termin|Interview/iu;

/**
 * Whether a message in `language` cancels an interview ("tu entrevista del jueves queda cancelada"): the slots
 * named before it are gone (threadRefiners.ts supersedeMovedInterviews). Carried by the tables, as `read` is.
 */
export function cancelsInterview(text: string, language: LanguageTables): boolean {
  return cancelsMeeting(compile(language), text);
}

function cancelsMeeting(c: Compiled, text: string): boolean {
  return c.cancelled.test(text) && FOREIGN_MEETING.test(text);
}

/** Whether the clause around `e` cancels its day ("nous devons annuler notre rendez-vous de demain"). */
function cancelsDay(c: Compiled, sentence: Sentence, e: TimeExpr): boolean {
  const rel = e.index - sentence.index;
  const [clauseStart, clauseEnd] = clauseAround(c, sentence.text, rel, rel + e.text.length);
  const before = sentence.text.slice(clauseStart, rel);
  return cancelledIn(c, before, `${before} ${sentence.text.slice(rel + e.text.length, clauseEnd)}`);
}

/**
 * The kind of one dated expression by the words of its clause (the English classify's order). `from` is where
 * its clause may start at the earliest: after the event an anchored window counts from.
 */
/** What may stand before a day that opens a block of date lines: an icon, a bullet, a label ("Datum:", "📅"). */
const BLOCK_LEAD = /^[^\p{L}\p{N}]*(?:\p{L}[\p{L} .-]{0,25}:[^\p{L}\p{N}]*)?$/u;

/** A sentence naming an event for many and, the event's words aside, no interview. */
function eventLead(c: Compiled, text: string): boolean {
  if (c.eventsAll === null || !(c.events?.test(text) ?? false)) return false;
  return !c.interview.test(text.replace(c.eventsAll, ' '));
}

function classifyForeign(
  context: ReadContext,
  c: Compiled,
  sentence: Sentence,
  e: TimeExpr,
  messageIndex: number,
  from = 0,
  earlier: readonly Sentence[] = [],
  anchor = false,
): Finding | null {
  const rel = e.index - sentence.index;
  const [clauseStart, clauseEnd] = clauseAround(c, sentence.text, rel, rel + e.text.length);
  const start = Math.max(clauseStart, from);
  const before = sentence.text.slice(start, rel);
  // The clause without the expression, joined: the tables' phrases often hold a day inside them ("Sie hören bis
  // Freitag von uns", "wir werden uns Anfang kommender Woche bei Ihnen melden").
  const own = `${before.trimEnd()} ${sentence.text.slice(rel + e.text.length, clauseEnd).trimStart()}`;
  const others = labelled(sentence.text, rel)
    ? `${headingOf(sentence.text)} ${own}`
    : // A window that is its clause's only words ("Dame 48 horas y te confirmo si …") reads the rest of the sentence.
      e.form === 'window' && !/\p{L}/u.test(own)
      ? `${before.trimEnd()} ${sentence.text.slice(rel + e.text.length).trimStart()}`
      : own;
  const evidence = {
    message: messageIndex,
    text: sentence.text,
    index: sentence.index,
    detector: e.detector,
  };
  // A cancelled slot is no interview, and its day no promise; a moved slot's new day ("est déplacé au …") stays.
  if (cancelledIn(c, before, others)) return null;
  // So is the slot under a reschedule notice's old-slot label ("Ursprünglicher Termin: Dienstag, 08.12.2026").
  if (underOldSlotLabel(context.text, e.index)) return null;
  // A reply's subject line names the message it answers, its day that message's ("Asunto: RE: Entrevista miércoles"
  // over "movemos la entrevista al lunes 18 de junio a las 16:00", round 324b): no finding, nor an alternative slot.
  if (onReplySubject(context.text, e.index)) return null;
  // Nor is the day a moved slot no longer has, told after "and not" / "instead of" ("il se tiendra finalement le
  // lundi 21 octobre à 10h30, et non le vendredi 18 comme annoncé", round 174c).
  if (INSTEAD_DAY.test(sentence.text.slice(Math.max(0, rel - INSTEAD_REACH), rel))) return null;
  // Past words count in the expression's own part of the clause, from the last comma before it: "Nach Ihrem
  // Erstgespräch letzte Woche freuen wir uns, Sie … am 11. November um 10 Uhr einzuladen" is a new slot.
  const comma = sentence.text.lastIndexOf(',', rel - 1);
  const pastFrom = comma >= start ? comma + 1 : start;
  // What the reader said before, reported back, counts from the clause's start, over the commas of reported speech
  // ("Sie erwähnten damals, dass Sie sich bis Ende der Woche melden würden", round 121).
  // (with the "and" the clause starts after: a thanks continued by "and for" is as past as the first, "Merci pour
  // votre appel de ce matin et pour votre retour sur l'entretien de mercredi", round 321c)
  const joiner =
    pastFrom === start
      ? (JOINER_BEFORE.exec(sentence.text.slice(Math.max(0, start - 6), start))?.[0] ?? '')
      : '';
  const past =
    c.past.test(
      `${joiner}${sentence.text.slice(pastFrom, rel).trimEnd()} ${sentence.text.slice(rel + e.text.length, clauseEnd).trimStart()}`,
    ) ||
    (c.reported?.test(sentence.text.slice(start, rel)) ?? false);
  const deadline = c.deadline.test(others);
  // A window counted from an event: the words after it name that event ("dans les deux semaines qui suivent la
  // clôture"), no fact of the window's.
  // A fact beyond a colon in running text is another statement's ("antes de irme de vacaciones (del 26 de marzo al 6
  // de abril) para que no te quedes esperando: tendrás noticias nuestras la semana que viene", round 137).
  // An aside between dashes is another statement's too ("Sauf imprévu – … en cette période de clôture budgétaire –,
  // vous devriez avoir notre réponse avant la Toussaint", round 174c).
  const fact = c.fact.test(
    withoutAsides(
      e.event !== undefined && e.detector.endsWith('-from-event')
        ? before
        : `${before.slice(lastProseColon(before))} ${sentence.text.slice(rel + e.text.length, clauseEnd).split(PROSE_COLON)[0] ?? ''}`,
    ),
  );
  // The event a window counts from: the promise words of its clause are the window's ("nach Ihrem Hearing am 2.
  // Dezember erhalten Sie binnen zehn Werktagen eine Rückmeldung": the hearing is the candidate's interview).
  // A length with its promise in the clause after it, told as what follows ("Le processus … prend entre 5 et 7
  // jours ouvrés ; vous recevrez ensuite notre réponse", round 100): the window is the promise's.
  const next = sentence.text.slice(clauseEnd, clauseEnd + THEN_REACH);
  // A length whose verb opens the window's own words ("Le processus prend en général une quinzaine de jours": the
  // window reads "prend en général …") has its promise in the words before and that verb (lead's round 117).
  const response =
    !anchor &&
    (c.response.test(others) ||
      (e.form === 'window' && THEN_WORD.test(next) && c.response.test(next)) ||
      (e.form === 'window' && c.response.test(`${before.trimEnd()} ${e.text}`)) ||
      // The present for the future with its day right after the verb ("Te escribimos la semana que viene para
      // contarte cómo sigue el proceso", round 307b): the words after the day no longer make it a letter's opening.
      c.response.test(`${before.trimEnd()} ${e.text}`));
  // The request's own words lead to the day ("no nos escribas para preguntar por el resultado … hasta el lunes"):
  // the promise words inside it are what is asked about.
  const request = c.holdOff.exec(before);
  // (or leads to its "before" an event named with promise words, the event's day apposed: "de ne pas solliciter nos
  // équipes avant l'annonce des résultats, prévue le 28 septembre", round 139c)
  const requested = request === null ? null : before.slice(request.index + request[0].length);
  // 1. A request to hold off contact (in any clause of the sentence), with the first day contact is welcome. The
  // day may stand apart from its "before": "ne pas nous écrire avant la fin des entretiens, le 4 décembre".
  // An absence with its end is a hold-off in other words (issue 13, class 6), marked so that a promise of the
  // message outranks it (absenceGivesWay).
  const asked = c.holdOff.test(sentence.text);
  // (the day inside the request's own words, across a comma: "Bitte warten Sie bis zum 21. Oktober, bevor Sie sich bei
  // uns melden", whose "melden" is the reader's)
  const dayInRequest = asked && dayInside(c.holdOffAll, sentence.text, rel, e.text.length);
  const requestLeads =
    (requested !== null &&
      (requested.length <= REQUEST_TO_DAY ||
        (requested.length <= REQUEST_TO_EVENT_DAY &&
          request !== null &&
          c.heldBefore.test(before.slice(request.index)) &&
          !/[;.!?]/u.test(requested)))) ||
    dayInRequest;
  const absent = !asked && c.absence.test(sentence.text);
  const holds = asked ? c.holdOff : c.absence;
  if (
    (asked || absent) &&
    // A request whose reason is the promise after its colon ("No hace falta que nos llames: te enviaremos la respuesta
    // antes del viernes 23", round 292): the day is the promise's, and readForeign adds the hold-off up to it.
    !promiseAfterColon(c, before, sentence.text.slice(rel + e.text.length, clauseEnd)) &&
    // A day promised in its own clause stays a promise beside someone's absence or a request elsewhere in the
    // sentence ("Le gestionnaire est en vacances, donc on devrait pouvoir te revenir d'ici deux semaines";
    // "merci de ne pas relancer par téléphone ; nous vous tiendrons informée avant la fin du mois").
    // (and an absence beside a promise is no request: "bin ich wieder im Büro und melde mich dann umgehend")
    // A news given only after a day ("solo podremos informarle después del cierre del plazo, el 20 de marzo; hasta
    // entonces, le rogamos que no nos contacte", round 121's twin) is the hold-off's day, no promise beside it.
    !(
      response &&
      (absent ||
        (e.bound !== 'until-after' && !holds.test(sentence.text.slice(start, clauseEnd)) && !dayInRequest))
    ) &&
    (e.bound === 'before' ||
      e.bound === 'until' ||
      e.bound === 'until-after' ||
      (absent && e.bound === 'none' && RANGE_END_BEFORE.test(before)) ||
      (absent && e.bound === 'none' && BACK_AFTER.test(sentence.text.slice(rel + e.text.length))) ||
      e.form === 'window' ||
      ((!response || requestLeads) && (e.bound === 'by' || c.heldBefore.test(before)))) &&
    !past
  )
    return {
      kind: 'no-contact-before',
      // "bis nach dem Bewerbungsschluss am 13.11.": the day after it; so is the end an absence includes ("bis
      // einschließlich 18. Dezember", "jusqu'au 22 janvier inclus", "hasta el 7 inclusive").
      // (a request's own day stands: "jusqu'au 20 novembre inclus ; toute relance avant cette date …" is the 20th)
      // (and a request pointing back to such an end with "until then", not "before that date": "ist bis einschließlich
      // 22. Juni im Urlaub; bitte sehen Sie bis dahin von Nachfragen ab", round 324)
      by:
        e.bound === 'until-after' ||
        ((absent ||
          (c.absence.test(sentence.text) &&
            UNTIL_THEN.test(sentence.text.slice(rel + e.text.length)) &&
            !BEFORE_THEN.test(sentence.text.slice(rel + e.text.length)))) &&
          (INCLUSIVE_END.test(sentence.text.slice(rel + e.text.length, rel + e.text.length + 24)) ||
            // (read over the clause's start: the Swiss "bis und mit" holds a joiner, round 136)
            INCLUSIVE_LEAD.test(sentence.text.slice(Math.max(0, rel - 24), rel)) ||
            INCLUSIVE_WORD.test(e.text)))
          ? addDays(e.date, 1)
          : e.date,
      phrase: e.text,
      evidence: absent ? { ...evidence, detector: `${evidence.detector}${ABSENCE_DETECTOR}` } : evidence,
    };
  // An applicant tracking system's label–value lines ("Fecha: …\nHora: …") name their event in a sentence
  // before them ("te invitamos a una entrevista", a heading "Invitación a entrevista").
  const line = sentence.text.slice(sentence.text.lastIndexOf('\n', rel) + 1);
  // A heading that invites to an event for many ("Webinar-Einladung: …", round 83) names no interview of the fields.
  const labelledSlot =
    FIELD_LABEL.test(line) &&
    earlier.some((s) => c.interview.test(s.text) && !c.generic(s.text) && !(c.events?.test(s.text) ?? false));
  // 2a. A timed slot singled out as the reader's own among a schedule for all (singledOut).
  if (
    e.form === 'point' &&
    e.time !== null &&
    e.bound === 'none' &&
    !past &&
    !fact &&
    !deadline &&
    !response &&
    singledOut(c, sentence.text, rel)
  ) {
    const slot = interviewFinding(
      context,
      sentence,
      { ...e, detector: `${e.detector}${OWN_SLOT}` },
      messageIndex,
    );
    if (!startsBeforeSent(context, slot)) return slot;
  }
  // 2. The candidate's interview: a named day, with scheduling words, no schedule for all, fact or deadline. A
  // day with a clock time in a message about an interview is a slot even where its own clause has no such word:
  // an applicant tracking system's "Date : lundi 16 novembre 2026 / Heure : 11:30" under its invitation (the
  // English classify's rule). "by" before a day with a clock time and no promise is the slot's ("agendada para el
  // martes a las 15:00").
  // A span of days named as one event ("zum zweitägigen Auswahlverfahren … am 25. und 26. Februar", round 294) is
  // no choice: its first day, as a multi-day visit's (TIMELINE-CONVENTIONS.md), at the first day's stated start,
  // which makes it a timed day of the message's interview ("Es findet am 24. und 25. April statt, Beginn ist jeweils
  // um 8:30 Uhr", round 301).
  const first = e.form === 'point' ? firstDayOfSpan(context.text, sentence, rel, e) : null;
  if (
    e.form === 'point' &&
    // A moved slot's new day after "para el" ("recorrer la cita de hoy … para el jueves") is that slot too.
    (e.bound === 'none' ||
      (e.bound === 'by' && (e.time !== null || (c.movedTo?.test(before) ?? false)) && !response)) &&
    (c.interview.test(others) ||
      labelledSlot ||
      // (the message's interview words, not those of others' interviews: "¿Puedes reservar la sala 3 el jueves 20 a
      // las 11:00? Tenemos entrevista con la candidata de Marketing.", round 306b)
      ((first ?? e).time !== null &&
        c.interview.test(c.withoutGeneric(context.text)) &&
        !(c.events?.test(context.text) ?? false)) ||
      // A new day with its clock right after "instead"/"auf" once an earlier sentence called the interview off is
      // the moved slot, even where the message names an event that caused the move ("… absagen – unser
      // Geschäftsführer ist an dem Tag auf einer Messe. Können wir stattdessen auf Montag, 28. Jänner, 9 Uhr
      // ausweichen?", round 171).
      (e.time !== null &&
        (c.movedTo?.test(before) ?? false) &&
        earlier.some((s) => cancelsMeeting(c, s.text)))) &&
    !c.generic(others) &&
    // A person set apart as the candidate anywhere in the sentence makes the interview another's ("¿Te sumas a la
    // entrevista del jueves a las 11:00 con Laura Gómez, la candidata para Finanzas?", round 304b).
    !(c.otherCandidate?.test(sentence.text) ?? false) &&
    // An interview "tiene" holds, in a message that calls the reader "tú" or "vos", is a third person's ("¿Me podés
    // hacer una gauchada? Martín tiene una entrevista de trabajo … el lunes 27 a las 10", round 312b).
    // (anywhere in the message: its other days, "Je passe la chercher dimanche si ça te va", are no slot of the reader's
    // either, round 317c), unless the sentence names the reader's own ("Et toi, ton entretien chez Decathlon, c'est
    // bien jeudi à 14 h ?", fx426)
    !(
      (c.formalOrThirdHolder?.test(context.text) ?? false) &&
      (c.familiar?.test(context.text) ?? false) &&
      !(c.readerHolder?.test(sentence.text) ?? false)
    ) &&
    // An event for many ("Webinar « Réussir son entretien » le mardi 8 décembre à 18h") is no slot of the candidate's,
    // named in the clause or before it in the sentence, over a joiner ("Te invitamos al Taller de CV y simulación de
    // entrevistas: jueves 20 de septiembre, 18:00 h", round 139b).
    !(c.events?.test(others) ?? false) &&
    !(c.events?.test(sentence.text.slice(0, rel)) ?? false) &&
    // Nor is a day under a first line that names one ("Webinar-Einladung: …\n\nWann: Dienstag, 9. März, 17:00 Uhr",
    // round 83; "Einladung: Online-Karriereabend\n\nAm Dienstag, 11. Mai, um 18:00 Uhr stellen sich unsere Teams
    // vor", round 89).
    !(c.events?.test(firstLineOf(context.text)) ?? false) &&
    // Nor a block of date lines right under a sentence that names one and no interview ("In unserem kostenlosen
    // Live-Webinar … zeigen dir unsere Karriere-Coaches, worauf es ankommt.\n\n📅 Dienstag, 3. November\n🕖 18:30 Uhr",
    // round 326).
    !(
      BLOCK_LEAD.test(sentence.text.slice(0, rel)) && eventLead(c, earlier[earlier.length - 1]?.text ?? '')
    ) &&
    // A message greeting a group of colleagues ("Hallo zusammen,") is about others' interviews (round 39).
    !c.generic(greetingOf(context.text)) &&
    !past &&
    !fact &&
    !deadline &&
    // The day a window counts from, named as a posting's closing, is no slot ("Nach Ende der Ausschreibungsfrist am
    // 21.09. geben wir Ihnen binnen 14 Tagen Bescheid, ob wir Sie zu einem Gespräch einladen", round 139).
    !(anchor && CLOSING_EVENT.test(before)) &&
    // A minute before midnight ends a day given for a task, never a meeting ("bis Sonntag, 11.03.2029, 23:59 Uhr",
    // round 136).
    e.time !== LAST_MINUTE &&
    (!response || e.time !== null) &&
    // A day without a year read as next year's, months away, is a past one ("Entretien RH : terminé le 5
    // novembre" sent on the 10th): no slot (the English classify's rule).
    !(e.yearImplied === true && context.t !== null && daysBetween(context.t, e.date) > LONG_AGO_DAYS)
  ) {
    // A slot moved to ("mover su entrevista del martes 8 al miércoles 9"): marked, so that the thread drops the
    // earlier messages' slots it replaces (threadRefiners.ts supersedeMovedInterviews), as the English cues do.
    const moved = c.cancelled.test(sentence.text) ? MOVED_SLOT : '';
    // The new day itself, right after its move's words ("auf", "au", "para el"): it replaces the message's others.
    const to = moved !== '' && (c.movedTo?.test(before) ?? false) ? MOVED_TO : '';
    // The last of a list of day numbers is one choice of several ("les 13, 14 ou 15 avril", "am 13. oder 14."):
    // marked, so that the message's slots are read as alternatives.
    // The list may cross a clause's "und"/"y"/"et" ("am Montag, 11.10., und am Dienstag, 12.10.", round 101): the
    // sentence before the day is read, not its clause.
    const listed =
      first === null &&
      (DAY_LIST_BEFORE.test(sentence.text.slice(0, rel)) ||
        TIME_LIST_AFTER.test(sentence.text.slice(rel + e.text.length)))
        ? LISTED_SLOT
        : '';
    const slot = interviewFinding(
      context,
      sentence,
      { ...(first ?? e), detector: `${e.detector}${listed}${to}${moved}` },
      messageIndex,
    );
    if (!startsBeforeSent(context, slot)) return slot;
    return null;
  }
  // 3. The employer's promise. One made to every candidate is made to this one too ("nous communiquerons avec tous
  // les candidats d'ici le 11 décembre"): "all the candidates" is no schedule for all.
  // A promise to a group of candidates ("nos pondremos en contacto con los candidatos seleccionados antes del 25")
  // is one to this candidate; a schedule of the others' interviews is none.
  // Others' interviews told before a ";" leave the promise after it whole, where that side holds its own promise
  // words ("Estamos terminando la ronda de entrevistas; a más tardar el viernes 19 te escribo", round 212), even where
  // the bound after ";" continues the clause before.
  const semi = sentence.text.lastIndexOf(';', rel);
  const promiseSide = semi >= 0 ? sentence.text.slice(semi + 1) : '';
  const schedule = semi >= 0 && c.response.test(promiseSide) ? promiseSide : others;
  if (
    !response ||
    past ||
    deadline ||
    fact ||
    (c.generic(schedule.replace(ALL_CANDIDATES, ' ')) && c.interview.test(schedule)) ||
    // The outcome given today in this very sentence is news delivered, no promise ("Ihnen heute die Zusage für die
    // Position … geben zu können", round 92; "hoy tenemos el gusto de ofrecerle", "nous vous annonçons aujourd'hui").
    (e.date === context.t && (c.offer.test(sentence.text) || c.rejection.test(sentence.text)))
  )
    return null;
  // A day without a year read as next year's, months away, is a past one ("mi postulación, enviada el 4 de enero"
  // sent on 11 January): no promise, as it is no slot.
  if (e.yearImplied === true && context.t !== null && daysBetween(context.t, e.date) > LONG_AGO_DAYS)
    return null;
  const by = e.bound === 'before' && e.form === 'point' ? addDays(e.date, -1) : e.date;
  if (context.t !== null && by < context.t) return null;
  return { kind: 'response-by', by, phrase: e.text, fuzzy: e.fuzzy, evidence };
}

/** Words naming an event of several days: "zweitägig", "mehrtägig", "sur deux jours", "de dos días", "two-day". */
const MULTI_DAY =
  /(?<![\p{L}])(?:(?:zwei|drei|mehr|2|3)-?tägig\p{L}*|(?:sur|de|pendant)\s+(?:deux|trois|2|3)\s+(?:jours|journées)|(?:de|durante)\s+(?:dos|tres|2|3)\s+(?:días|jornadas)|(?:two|three|2|3)-day)(?![\p{L}])/iu;

/** Days joined by "and" right before a day: "am 25. und ", "les 25 et ", "los días 25 y " (the first is group `day`). */
const AND_LIST_BEFORE =
  /(?<![\p{L}\p{N}])(?<day>\d{1,2})(?:er|\.)?(?:\s*,\s*\d{1,2}(?:er|\.)?){0,3},?\s+(?:et|und|y)\s+(?:(?:le|el|am|den)\s+)?$/iu;

/**
 * Words telling that the days listed are those of one event: it takes place on them ("findet am 24. und 25. April
 * statt", "tendrán lugar los días 23 y 24", "auront lieu les 3 et 4 juin"), or starts each day ("Beginn ist jeweils").
 */
const SPAN_EVENT =
  /(?<![\p{L}])(?:(?:findet|finden)\s[^.!?\n]{0,80}?statt|stattfinden|tendr[áa]n?\s+lugar|se\s+(?:celebrar|realizar|desarrollar)[áa]n?|(?:aura|auront)\s+lieu|se\s+déroulera(?:nt)?|jeweils|am\s+ersten\s+Tag|le\s+premier\s+jour|el\s+primer\s+día)(?![\p{L}])/iu;

/** The first day's start told after it: "Beginn ist am ersten Tag um 7:30 Uhr", "le premier jour à 8 h 30". */
const FIRST_DAY_START =
  /(?<![\p{L}])(?:am\s+ersten\s+Tag|jeweils|le\s+premier\s+jour|chaque\s+jour|el\s+primer\s+día|cada\s+día)[^.!?\n]{0,40}?(?:um|ab|à|dès|a\s+las|desde\s+las)\s+(?<hour>[01]?\d|2[0-3])(?:\s?[:.h]\s?(?<minute>[0-5]\d))?/iu;

/** A date read as a range of days, from its first: "25 au 26 avril 2030", "24. bis 25. April". */
const RANGE_START = /^\d{1,2}\.?\s+(?:au|bis|al)\s+\d{1,2}/iu;

/**
 * A multi-day event's first day, where the sentence lists its days joined by "and" before `e`'s ("am 25. und 26.
 * Februar") and names the event as several days long, or, for two days in a row, as taking place on them ("Es findet
 * am 24. und 25. April statt"): `e` moved to the first day of its month, with the first day's start where the words
 * after tell it ("Beginn ist am ersten Tag um 7:30 Uhr", "Beginn ist jeweils um 8:30 Uhr"). A range read as one date
 * ("du 25 au 26 avril") is at its first day already and takes that start too. Null for anything else.
 */
function firstDayOfSpan(text: string, sentence: Sentence, rel: number, e: TimeExpr): TimeExpr | null {
  const before = sentence.text.slice(0, rel);
  const after = text.slice(sentence.index + rel, sentence.index + sentence.text.length + 200);
  const list = AND_LIST_BEFORE.exec(before);
  const last = Number(e.date.slice(8, 10));
  const day = list === null ? (RANGE_START.test(e.text) ? last : 0) : Number(list.groups?.['day']);
  if (
    list !== null &&
    !(MULTI_DAY.test(before) || (day + 1 === last && SPAN_EVENT.test(`${sentence.text} ${after}`)))
  )
    return null;
  if (!(day >= 1 && day <= last) || (list !== null && day === last)) return null;
  const start = FIRST_DAY_START.exec(after);
  const hour = start?.groups?.['hour'];
  return {
    ...e,
    date: `${e.date.slice(0, 8)}${pad(day)}`,
    time: e.time ?? (hour === undefined ? null : `${pad(Number(hour))}:${start?.groups?.['minute'] ?? '00'}`),
  };
}

/**
 * A colon in running text between two statements, the second in upper or lower case ("Sie müssen uns nicht anrufen:
 * Wir melden uns …", "Inutile de nous relancer : nous vous écrirons …"); a field's label ("Datum: …") is none.
 */
const STATEMENT_COLONS = /(?<=[\p{L})]\s?):\s+(?=\p{L})/gu;

/** A field's label of one or two words opening its line: "Neuer Termin: …", "Nouvelle date : …". */
const SHORT_LABEL = /^\s*\p{L}[\p{L}.-]{0,24}(?:\s\p{L}[\p{L}.-]{0,24})?\s?:\s/u;

/** Where the words after the last such colon start (0 where none). */
function lastStatementColon(text: string): number {
  let at = 0;
  for (const m of text.matchAll(STATEMENT_COLONS)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    if (!SHORT_LABEL.test(text.slice(lineStart))) at = m.index + m[0].length;
  }
  return at;
}

/**
 * A hold-off request before a colon and a promise after it, the day in the promise ("Sie müssen uns nicht anrufen:
 * Wir melden uns vor Freitag, 23. November", "Inutile de nous relancer : nous vous écrirons avant le vendredi 23"):
 * the request rests on the promise. `before` is the clause up to the day, `after` the clause after it.
 */
function promiseAfterColon(c: Compiled, before: string, after: string): boolean {
  const colon = lastStatementColon(before);
  if (colon === 0) return false;
  const promise = `${before.slice(colon)} ${after}`;
  return c.holdOff.test(before.slice(0, colon)) && c.response.test(promise) && !c.holdOff.test(promise);
}

/**
 * The hold-off of a request resting on a promise (promiseAfterColon): contact is welcome from the promise's last day,
 * the day the request stops holding (TIMELINE-CONVENTIONS.md; "no need to check in before the 22nd; I'll have an
 * update by then" gives the 22nd for both).
 */
function holdOffUntilPromise(
  c: Compiled,
  sentence: Sentence,
  seen: readonly { readonly f: Finding; readonly e: TimeExpr }[],
): Finding | null {
  if (seen.some((s) => s.f.kind === 'no-contact-before')) return null;
  const promised = seen.find(
    (s) =>
      s.f.kind === 'response-by' &&
      promiseAfterColon(
        c,
        sentence.text.slice(0, s.e.index - sentence.index),
        sentence.text.slice(s.e.index - sentence.index + s.e.text.length),
      ),
  );
  if (promised === undefined || promised.f.kind !== 'response-by') return null;
  // A request not to phone resting on the promise ("Merci de ne pas relancer l'agence par téléphone : votre
  // consultante reviendra vers vous d'ici le vendredi 22 novembre", round 308c) asks no wait of other contact: it is
  // the no-calls beside the promise, as in English.
  const colon = lastStatementColon(sentence.text.slice(0, promised.e.index - sentence.index));
  if (c.noCalls.test(sentence.text.slice(0, colon))) return null;
  return {
    kind: 'no-contact-before',
    by: promised.f.by,
    phrase: promised.f.phrase,
    evidence: { ...promised.f.evidence, detector: `${promised.f.evidence.detector}-promise-hold-off` },
  };
}

/** Day numbers listed before a day, joined by "or" or "and": "13, 14 ou ", "13. oder ", "8, 9 y ". */
/** Words telling what follows a length: "ensuite", "puis", "danach", "anschließend", "luego", "después". */
const THEN_WORD =
  /(?<![\p{L}])(?:ensuite|puis|après\s+quoi|à\s+l['’]issue|danach|anschließend|im\s+Anschluss|luego|después|posteriormente|a\s+continuación)(?![\p{L}])/iu;
/**
 * The end an absence or a wait includes, after its day: "jusqu'au 22 janvier inclus", "hasta el 7 inclusive"; and the
 * Belgian and Spanish forms (round 136's twins): "jusqu'au 16 mars y compris", "del 5 al 16, ambos inclusive".
 */
const INCLUSIVE_END =
  /^\s*,?\s*\(?(?:ambos\s+|ambas\s+)?(?:inclus|incluse|inclusivement|inclusive|incluido|incluida|incluidos|eingeschlossen|y\s+compris)(?![\p{L}])/iu;
/**
 * …or before it: "bis einschließlich 18. Dezember", "bis inkl. 3.1.", and the Swiss "bis und mit Freitag, 16. März",
 * "bis einschliesslich 16. März" (round 136).
 */
const INCLUSIVE_LEAD =
  /(?:einschließlich|einschliesslich|inklusive|inkl\.|bis\s+und\s+mit)\s*(?:(?:den|dem|zum)\s+)?$/iu;
/** The joiner of a range right before its end: "du 7 au", "vom 7. bis", "del 7 al", "7.–". */
const RANGE_END_BEFORE =
  /(?:^|[^\p{L}])(?:du|vom|von|del|de|desde\s+el)\s+[^.;!?]{1,30}?(?:\s(?:au|bis|al|a|hasta\s+el)|\s?[-–])\s*$/iu;
/**
 * Being back told right after the day (round 171's out-of-office): "Ich bin am Montag, 28. Januar, wieder im Büro",
 * "am 28. bin ich zurück", "el lunes 28 vuelvo a la oficina", "le lundi 28, je suis de retour".
 */
const BACK_AFTER =
  /^\s*,?\s*(?:(?:bin|ist|sind)\s+(?:ich|sie|er|wir)\s+)?(?:(?:wieder|zurück)(?![\p{L}])|(?:vuelvo|regreso|volveré|regresaré|me\s+reincorporo)(?![\p{L}])|je\s+(?:suis|serai)\s+de\s+retour|je\s+(?:reviens|rentre|reprends)(?![\p{L}]))/iu;
const INCLUSIVE_WORD = /(?:einschließlich|einschliesslich|inklusive|inkl\.|bis\s+und\s+mit)/iu;

/** A colon in running text, a lower-case word after it (no label's: those stand at a line's start). */
const PROSE_COLON = /(?<=[\p{Ll})]\s?):\s+(?=\p{Ll})/u;
const PROSE_COLONS = /(?<=[\p{Ll})]\s?):\s+(?=\p{Ll})/gu;

/** Where the words after the last colon in running text start (0 where none). */
function lastProseColon(text: string): number {
  let at = 0;
  for (const m of text.matchAll(PROSE_COLONS)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    if (!FIELD_LABEL.test(text.slice(lineStart))) at = m.index + m[0].length;
  }
  return at;
}

/** A posting's closing, named before the day a window counts from, in the three languages. */
const CLOSING_EVENT =
  /(?:frist|(?:Bewerbungs|Einsende|Anmelde|Annahme)schluss|Ausschreibung|Stellenanzeige|cierre|plazo|convocatoria|postulaciones|clôture|date\s+limite|affichage|candidatures)(?![\p{L}])/iu;

/** The clock of a deadline at the end of its day. */
const LAST_MINUTE = '23:59';

/** How far after a window's clause its "then" promise is read (one clause). */
const THEN_REACH = 90;

/** "a la misma hora", "à la même heure", "zur gleichen Uhrzeit": the time of the slot moved. */
const SAME_HOUR = /(?:misma\s+hora|même\s+heure|(?:gleiche[nr]?|selben?|dieselbe)\s+Uhrzeit)/iu;

const LISTED_SLOT = '-listed';
/** The detector's mark of a slot singled out as the reader's own among a schedule for all (ownSlot). */
const OWN_SLOT = '-own';
/** At most this many characters, and no digit, between the words singling out the reader's slot and its day. */
const OWN_SLOT_REACH = 60;

/**
 * Whether words single out the reader's own slot right before a day of the sentence ("für Sie haben wir folgenden
 * Termin reserviert:\n\nTermin: Dienstag, 22.11.2033, 9:30 Uhr", "por lo que queda convocada el martes 15", "Vous
 * êtes convoquée à l'entretien avec le jury :\n\nle jeudi 24 novembre", round 315): the slot is the reader's though
 * a schedule of the days for all stands before it.
 */
function singledOut(c: Compiled, text: string, rel: number): boolean {
  if (c.ownSlot === null) return false;
  const gaps = [...text.slice(0, rel).matchAll(c.ownSlot)].map((m) => text.slice(m.index + m[0].length, rel));
  return gaps.some((gap) => gap.length <= OWN_SLOT_REACH && !/\d/u.test(gap));
}
const MOVED_TO = '-to';
/**
 * Other clock times or days offered after a day's, joined by "or": "jueves 13 a las 9:00, 11:00 o 15:00", "mardi 23
 * à 11h ou mercredi 24 à 15h30" (round 106: a weekday word may come before the next number).
 */
const TIME_LIST_AFTER =
  /^(?:\s*,\s*\d{1,2}(?:[:.h]\d{2})?){0,4}\s*(?:h\s+|Uhr\s+)?(?:o|u|ou|oder)\s+(?:(?:le|el|am|den)\s+)?(?:\p{L}{3,10}\.?,?\s+)?(?:a\s+las\s+|à\s+|um\s+)?\d/iu;
/**
 * Days listed before a day, numeric dates too, with German's comma after them: "13, 14 ou ", "11.10., und am "; and
 * each with its month ("14. November, 21. November und ", round 234: a schedule of test days, none chosen).
 */
const DAY_LIST_BEFORE =
  /(?<![\p{L}\p{N}])\d{1,2}(?:[./]\d{1,2})?(?:er|\.)?(?:\s+(?:de\s+)?\p{L}{3,10}\.?)?(?:\s*,\s*\d{1,2}(?:[./]\d{1,2})?(?:er|\.)?(?:\s+(?:de\s+)?\p{L}{3,10}\.?)?){0,5},?\s+(?:ou|oder|o|u|et|und|y)\s+(?:(?:le|el|am|den)\s+)?$/iu;

/** Characters at most between a hold-off request's last word and its day ("… hasta el "). */
const REQUEST_TO_DAY = 6;
/** …and where a "before" an event leads from the request to the event's day ("avant l'annonce …, prévue le "). */
const REQUEST_TO_EVENT_DAY = 80;

/** A label before its value at the start of a line: "Fecha: ", "Datum: ", "Date : ". */
const FIELD_LABEL = /^\p{L}[\p{L} ]{0,30}\s?:\s/u;

/**
 * The day of an event a window counts from: a day without a year read as next year's, months away, is this
 * year's, already past ("suite à votre entretien du 9 novembre", sent on the 10th).
 */
function eventDay(context: ReadContext, e: TimeExpr): string {
  if (e.yearImplied !== true || context.t === null || daysBetween(context.t, e.date) <= LONG_AGO_DAYS)
    return e.date;
  return yearEarlier(e.date);
}

/** The same day a year earlier (itself where that year has no such day, a 29 February). */
function yearEarlier(date: string): string {
  return (
    dateFromParts(Number(date.slice(0, 4)) - 1, Number(date.slice(5, 7)), Number(date.slice(8, 10))) ?? date
  );
}

/**
 * A window counted from a dated event of its sentence instead of the sent day (issue 13, class 1): "Nach Ende der
 * Bewerbungsfrist am 15. November melden wir uns innerhalb von zwei Wochen" (an anchor word before the event),
 * "dans les trois semaines suivant cette date" (an anchor word after the window). The event itself is then no
 * finding; the window's words are read from the event on. A sentence with no dated event before its window may
 * point back to the previous sentence's (`carried`, a day not yet past): "… aura lieu le vendredi 20 novembre à
 * 16h. Nous vous communiquerons notre décision dans les 48 heures qui suivent.", "… jusqu'au 27 novembre. Une fois
 * la clôture passée, …" (the anchor word opening the sentence); that event keeps its own finding.
 */
function anchorWindows(
  context: ReadContext,
  c: Compiled,
  sentence: Sentence,
  exprs: readonly ForeignExpr[],
  carried?: TimeExpr,
  previous: readonly TimeExpr[] = [],
  /** The days of every sentence before, which an event named again may point to. */
  earlierDays: readonly TimeExpr[] = previous,
): {
  readonly exprs: readonly TimeExpr[];
  readonly from: ReadonlyMap<TimeExpr, number>;
  readonly anchors: ReadonlySet<TimeExpr>;
  /** Windows counted from an event without a day: no finding. */
  readonly undated: ReadonlySet<TimeExpr>;
} {
  const undated = new Set<TimeExpr>();
  const from = new Map<TimeExpr, number>();
  const anchors = new Set<TimeExpr>();
  const rel = (i: number) => i - sentence.index;
  const out = exprs.map((w): TimeExpr => {
    const following = w.following;
    if (following === undefined && (w.form !== 'window' || w.span === undefined)) return w;
    // The window read from an event's day: its last day, and the day it counts from.
    const countedFrom = (date: string, event: string): TimeExpr => ({
      ...w,
      date,
      event,
      detector: `${w.detector}-from-event`,
    });
    // The day named after the window's anchor words, which lead to it: "dans un délai de 15 jours à compter du 4
    // janvier", "innerhalb von zwei Wochen nach dem Gespräch am 12. November", "dentro de los diez días
    // siguientes a la entrevista del 10 de diciembre". Only a short gap without a clause's end lies between the
    // anchor words and the day ("siguientes; la incorporación sería el 4 de enero" counts from nothing after).
    const pointed = w.span === undefined ? undefined : dayNamedAfter(c, sentence, w, exprs, anchors);
    if (pointed !== undefined && w.span !== undefined) {
      anchors.add(pointed);
      const day = eventDay(context, pointed);
      const counted = countedFrom(countWindow(day, w.span, context.holidays), day);
      from.set(counted, 0);
      return counted;
    }
    const events = exprs.filter((p) => p.form === 'point' && p.index < w.index && !anchors.has(p));
    // A sentence that opens by pointing back ("Una vez cerrada, …") counts from the last day of the one before.
    const back = events.length === 0 && c.anchorBack !== null && c.anchorBack.test(sentence.text);
    const points = previous.filter((p) => p.form === 'point');
    const earlier = back ? points[points.length - 1] : undefined;
    if (earlier !== undefined && w.span !== undefined) {
      const counted = countedFrom(countWindow(earlier.date, w.span, context.holidays), earlier.date);
      from.set(counted, 0);
      return counted;
    }
    const event = events[events.length - 1];
    // The event named again after the window, dated in the sentence before, past or not: "… an unserem Auswahltag
    // am 26. Februar. Innerhalb von zehn Werktagen nach dem Auswahltag erhalten Sie …" (round 83).
    const renamed =
      event === undefined && w.span !== undefined
        ? eventNamedBefore(context, c, sentence, w, earlierDays)
        : undefined;
    if (renamed !== undefined && w.span !== undefined) {
      const day = eventDay(context, renamed);
      const counted = countedFrom(countWindow(day, w.span, context.holidays), day);
      from.set(counted, 0);
      return counted;
    }
    if (event === undefined) {
      // A period that names its own event ("dans la semaine qui suit") counts from the day of the sentence before
      // ("Le jury se réunira le 16 décembre. Vous serez informé … dans la semaine qui suit.").
      if (following !== undefined && carried !== undefined) {
        const counted = countedFrom(periodEnd(carried.date, following, w.weekday).date, carried.date);
        from.set(counted, 0);
        return counted;
      }
      // "The day after" with no day named before it counts from nothing the message dates.
      if (following === 'next-day') {
        undated.add(w);
        return w;
      }
      const opening = c.anchorBefore.exec(sentence.text.slice(0, rel(w.index)));
      c.anchorBefore.lastIndex = 0;
      // A window counted from an event the message does not date ("Una vez revisadas las referencias, … en un
      // plazo de 3 a 4 días laborables") is no promise (TIMELINE-CONVENTIONS.md).
      if (carried === undefined && w.span !== undefined && opening !== null && opening.index <= 2) {
        undated.add(w);
        return w;
      }
      // So is one whose event is named right after it and dated nowhere ("Spätestens zwei Wochen nach dem
      // Assessment-Center erhalten Sie eine Zu- oder Absage", found beside round 124).
      // (an event by its noun, "nach dem Gespräch", not a word pointing back to the window itself: "danach",
      // "siguientes")
      const namedAfter = c.anchorAfter.exec(sentence.text.slice(rel(w.index + w.text.length)));
      // (nor the receipt of what the reader sends, whatever day the sentence before names as its deadline: "Bitte füllen
      // Sie das Formular bis Freitag, 15. Juni, aus. Die Prüfung dauert … drei bis fünf Werktage nach Eingang Ihrer
      // Angaben", round 324)
      if (
        (carried === undefined || (namedAfter !== null && RECEIPT_EVENT.test(namedAfter[0]))) &&
        w.span !== undefined &&
        namedAfter !== null &&
        NAMED_EVENT.test(namedAfter[0])
      ) {
        undated.add(w);
        return w;
      }
      if (carried === undefined || w.span === undefined) return w;
      if (
        !(opening !== null && opening.index <= 2) &&
        !c.anchorAfter.test(sentence.text.slice(rel(w.index + w.text.length))) &&
        // "Wir melden uns anschließend innerhalb von drei Wochen": the pointing word before the window (round 39b),
        // or inside its own words ("Die Jury tagt am 15. Mai. Sie erhalten in den anschließenden fünf Werktagen
        // Bescheid": the window read is "in den anschließenden fünf Werktagen").
        !c.anchorGap.test(sentence.text.slice(0, rel(w.index + w.text.length)))
      )
        return w;
      // A day that starts something lasting is no event a later window counts from ("Le poste est à pourvoir à
      // partir du 1er décembre. Nous reviendrons vers vous une semaine plus tard."): from the day of writing (fx401).
      if (
        !(opening !== null && opening.index <= 2) &&
        c.notCountedFrom !== null &&
        c.notCountedFrom.test(sentenceAround(context.text, carried.index))
      )
        return w;
      const counted = countedFrom(countWindow(carried.date, w.span, context.holidays), carried.date);
      // The opening phrase names the event ("Une fois la clôture passée,"): its words are no fact of the window's.
      if (opening !== null && opening.index <= 2) {
        const comma = sentence.text.indexOf(',', opening.index);
        if (comma >= 0 && comma < rel(w.index)) from.set(counted, comma + 1);
      }
      return counted;
    }
    if (following === undefined) {
      const anchoredBefore = [...sentence.text.slice(0, rel(event.index)).matchAll(c.anchorBefore)].some(
        (m) => !exprs.some((x) => x !== event && x.index > sentence.index + m.index && x.index < event.index),
      );
      const anchoredAfter = c.anchorAfter.test(sentence.text.slice(rel(w.index + w.text.length)));
      const between = sentence.text.slice(rel(event.index + event.text.length), rel(w.index + w.text.length));
      // "Ihr Gespräch ist am Mittwoch; bitte geben Sie uns danach fünf Arbeitstage Zeit", "termina el 20 de
      // noviembre y, a partir de ese día, tardaremos una semana": pointing back between the two.
      const anchoredBetween =
        c.anchorGap.test(between) || (c.anchorBackInside !== null && c.anchorBackInside.test(between));
      if (!anchoredBefore && !anchoredAfter && !anchoredBetween) return w;
    }
    anchors.add(event);
    const day = eventDay(context, event);
    const counted = countedFrom(
      following !== undefined
        ? periodEnd(day, following, w.weekday).date
        : w.span === undefined
          ? w.date
          : countWindow(day, w.span, context.holidays),
      day,
    );
    from.set(counted, rel(event.index + event.text.length));
    return counted;
  });
  return { exprs: out, from, anchors, undated };
}

/** The sentence of the text around an offset, as splitForeignSentences reads the text. */
function sentenceAround(text: string, at: number): string {
  return splitForeignSentences(text).find((s) => at >= s.index && at < s.index + s.text.length)?.text ?? '';
}

/** What separates words: the last word of anchor words names the event again ("Auswahltag", "réunion"). */
const NOT_LETTERS = /[^\p{L}]+/u;

/** Letters at least of a noun that names an event again (shorter words are articles and pronouns). */
const EVENT_NOUN_LENGTH = 5;

/**
 * The day of a sentence before that the anchor words after a window name again by their last noun: "… unserem
 * Auswahltag am 26. Februar. Innerhalb von zehn Werktagen nach dem Auswahltag …" (the noun, or its stem, within a
 * short gap before that day).
 */
function eventNamedBefore(
  context: ReadContext,
  c: Compiled,
  sentence: Sentence,
  w: TimeExpr,
  previous: readonly TimeExpr[],
): TimeExpr | undefined {
  const words = c.anchorAfter.exec(sentence.text.slice(w.index + w.text.length - sentence.index));
  const noun = words === null ? '' : (words[0].split(NOT_LETTERS).pop() ?? '').toLowerCase();
  if (noun.length < EVENT_NOUN_LENGTH) return undefined;
  // Its stem, as a verb may name the event: "La convocatoria cierra el 13 de junio … en las dos semanas siguientes al
  // cierre" (round 313b).
  const stem = noun.slice(0, Math.max(EVENT_NOUN_LENGTH, noun.length - 2));
  const points = previous.filter((p) => p.form === 'point').reverse();
  const namedBy = (part: string) =>
    points.find((p) => {
      const gap = context.text.slice(Math.max(0, p.index - ANCHOR_TO_DAY), p.index).toLowerCase();
      const at = gap.lastIndexOf(part);
      return at >= 0 && !CLAUSE_END.test(gap.slice(at));
    });
  // Or by a compound's first part, as German joins the event to its end: "sechs Wochen nach Fristende" after "Die
  // Bewerbungsfrist endet am 28. Februar" (round 317).
  const named =
    namedBy(stem) ?? (noun.length > stem.length + 1 ? namedBy(noun.slice(0, EVENT_NOUN_LENGTH)) : undefined);
  // An interview named again is the message's timed slot still to come, however its day was labelled ("Termin:
  // Dienstag, 22.11.2033, 9:30 Uhr … innerhalb von drei Wochen nach dem Auswahlgespräch", round 315).
  return (
    named ??
    (c.interview.test(noun)
      ? points.find((p) => p.time !== null && context.t !== null && p.date >= context.t)
      : undefined)
  );
}

/** Characters at most between a window's anchor words and the day they lead to ("nach dem Gespräch am"). */
const ANCHOR_TO_DAY = 40;

/** A clause's end between anchor words and a day: the day then belongs to another clause. */
const CLAUSE_END = /[;:!?]|\.\s|\n/u;

/**
 * The day a window counts from where the anchor words right after the window lead to it: the first day after
 * them, within a short gap that ends no clause (one rule for "à compter du 4 janvier" and "nach dem Gespräch am
 * 12. November").
 */
function dayNamedAfter(
  c: Compiled,
  sentence: Sentence,
  w: TimeExpr,
  exprs: readonly TimeExpr[],
  anchors: ReadonlySet<TimeExpr>,
): TimeExpr | undefined {
  const end = w.index + w.text.length;
  const words = c.anchorAfter.exec(sentence.text.slice(end - sentence.index));
  // "une semaine plus tard, soit avant le départ en congés du 20 décembre": "later" points back, to no day after it.
  if (words === null || (c.laterOnly !== null && c.laterOnly.test(words[0]))) return undefined;
  const from = end + words[0].length;
  const day = exprs.find((p) => p.form === 'point' && p.index >= from && !anchors.has(p));
  if (day === undefined) return undefined;
  const gap = sentence.text.slice(from - sentence.index, day.index - sentence.index);
  return gap.length <= ANCHOR_TO_DAY && !CLAUSE_END.test(gap) ? day : undefined;
}

/**
 * The day an offer asks the candidate to answer by, where `e`'s clause asks for the answer ("Wir würden uns
 * freuen, wenn Sie uns Ihre Entscheidung bis zum 14. Dezember mitteilen", "merci de nous faire part de votre
 * décision avant le 11 décembre"): the English answerDeadline's rule, ADVICE.md "Outcomes that still ask…".
 */
function answerDay(context: ReadContext, c: Compiled, sentence: Sentence, e: TimeExpr): string | null {
  if (e.form !== 'point') return null;
  const rel = e.index - sentence.index;
  const [from, to] = clauseAround(c, sentence.text, rel, rel + e.text.length);
  const clause = `${sentence.text.slice(from, rel)} ${sentence.text.slice(rel + e.text.length, to)}`;
  if (!c.answer.test(clause)) return null;
  const by = e.bound === 'before' ? addDays(e.date, -1) : e.date;
  return context.t !== null && by < context.t ? null : by;
}

/** A start word before a day ("ab dem", "vom", "du", "à partir du", "desde el"). */
const START_BEFORE =
  /(?:^|[^\p{L}])(?:ab(?:\s+(?:dem|der|den))?|vom|seit|du|dès\s+le|à\s+partir\s+du|desde\s+el|del|a\s+partir\s+del)\s*$/iu;
/**
 * A return said after a day ("ab dem 7. Januar wieder erreichbar", "de retour"): that day ends the absence. Not
 * across "and" to a return of its own ("del 18 al 22 de marzo estaré de vacaciones y estaré de vuelta el lunes 25":
 * the absence still starts on the 18th, round 172's rules).
 */
const RETURN_AFTER =
  /^(?:(?!\s(?:y|e|und|et)\s)[^.;!?]){0,40}?(?:wieder|zurück|retour|vuelta|regreso|disponible)/iu;

/**
 * …or before it, the day its start ("Volveré a atender mensajes a partir del lunes 23", "Ich bin wieder ab dem 7.
 * Januar erreichbar"): the day back, no absence starting then. Read in the words after the last sentence mark before
 * the day (lastClauseOf).
 */
const RETURN_BEFORE =
  /(?:wieder|zurück|retour|vuelta|regreso|volveré|volveremos|vuelvo|regresaré|reincorpor\p{L}*|reviendrai|rentrerai)/iu;
/** The words after the last sentence mark of `text` (a linear cut, no "[^.;!?]*$" scan). */
function lastClauseOf(text: string): string {
  let at = -1;
  for (const mark of ['.', ';', '!', '?']) at = Math.max(at, text.lastIndexOf(mark));
  return text.slice(at + 1);
}
/** Characters before a day read for a return pointed at it. */
const RETURN_REACH = 60;

/**
 * Whether an absence the message states starts more than three days after the sent date ("Ich bin ab dem 21.12. im
 * Urlaub", written on the 8th): contact is welcome until then, so its end is no first day.
 */
function futureAbsence(
  c: Compiled,
  sentences: readonly Sentence[],
  all: readonly TimeExpr[],
  t: string | null,
): boolean {
  if (t === null) return false;
  return all.some((e) => {
    const sentence = sentences.find((s) => e.index >= s.index && e.index < s.index + s.text.length);
    if (sentence === undefined || !c.absence.test(sentence.text)) return false;
    const rel = e.index - sentence.index;
    return (
      START_BEFORE.test(sentence.text.slice(Math.max(0, rel - 16), rel)) &&
      !RETURN_AFTER.test(sentence.text.slice(rel + e.text.length)) &&
      !RETURN_BEFORE.test(lastClauseOf(sentence.text.slice(Math.max(0, rel - RETURN_REACH), rel))) &&
      daysBetween(t, e.date) > 3
    );
  });
}

/** What joins two days into one choice: "lunes o el martes", "lundi ou mardi", "Montag oder Dienstag". */
const OR_BETWEEN = /^\s*(?:,\s*)?(?:o|u|ou|oder)\s+(?:(?:el|le|la|am)\s+)?$/iu;

/**
 * The days "ese día", "ce jour-là", "an diesem Tag" name again: the last day not yet past named before them in the
 * message ("Te pido que no me escribas antes del lunes 21 de noviembre; ese día te doy novedades", round 328b).
 */
function thatDays(
  c: Compiled,
  sentence: Sentence,
  own: readonly TimeExpr[],
  earlier: readonly TimeExpr[],
  t: string,
  code: string,
): TimeExpr[] {
  if (c.thatDay === null) return [];
  const out: TimeExpr[] = [];
  for (const m of sentence.text.matchAll(c.thatDay)) {
    const at = sentence.index + m.index;
    const named = [...earlier, ...own.filter((e) => e.index < at)].filter(
      (e) => e.form === 'point' && e.date >= t,
    );
    const last = named[named.length - 1];
    if (last !== undefined)
      out.push(expr(at, m[0], last.date, { form: 'point', detector: `${code}-that-day` }));
  }
  return out;
}

/** latestHoldOff reads one sentence's findings together; the foreign reader gives it a message's. */
const SAME_MESSAGE: Sentence = { index: 0, text: '' };

/** The language's no-calls and outcome phrases (phraseFindings.ts). */
function phraseReaders(c: Compiled): PhraseReaders {
  return {
    noCalls: (text) => (c.callWelcome.test(text) ? null : c.noCalls.exec(text)),
    rejections: (text) => [c.rejection.exec(text)],
    offers: (text) => [c.offer.exec(text)],
    condition: c.condition,
    // A welcome whose first day is confirmed, in a message naming no offer, is a hire's (round 329b).
    alreadyHired: (text) =>
      c.alreadyHired !== null && c.alreadyHired.test(text) && !(c.offerNamed?.test(text) ?? false),
  };
}

/**
 * A hold-off request pointing back to a day named before it ("Ich bin … ab Montag, 7. Dezember, wieder im Büro.
 * Bitte gedulden Sie sich bis dann"): the latest such day is the first day contact is welcome.
 */
function backReferred(
  c: Compiled,
  sentence: Sentence,
  previous: readonly TimeExpr[],
  found: readonly Finding[],
  messageIndex: number,
  here: readonly TimeExpr[] = [],
  /** The message's text, where the days' indexes point. */
  text?: string,
): Finding | null {
  if (found.some((f) => f.kind === 'no-contact-before')) return null;
  // "bis nach dem Ende der Frist" names the day after the period's last one, whatever other back-reference words
  // the sentence holds ("…; erst dann können wir …", round 191).
  // Not where they name a day of their own sentence that comes after them ("Les candidatures seront étudiées après la
  // date limite du 24 janvier ; merci de ne pas nous contacter d'ici là", round 305c): those words point back to nothing.
  const afterWords = c.backReferenceAfter?.exec(sentence.text) ?? null;
  const after =
    afterWords !== null && here.length > 0 && here.every((e) => e.index > sentence.index + afterWords.index)
      ? null
      : afterWords;
  const words = after ?? c.backReference?.exec(sentence.text) ?? null;
  if (words === null || !c.holdOff.test(sentence.text) || c.past.test(sentence.text)) return null;
  // The day named earlier in the same sentence, else in the one before ("Le comité se réunira le 15 décembre :
  // merci de ne pas nous recontacter avant cette date").
  const before = here.filter((e) => e.index < sentence.index + words.index);
  const last = (before.length > 0 ? before : previous).reduce<TimeExpr | null>(
    (a, e) => (a === null || e.date > a.date ? e : a),
    null,
  );
  if (last === null) return null;
  const latest = last.date;
  // An absence named through its last day ("bis einschließlich 21. März im Betriebsurlaub. Bitte melden Sie sich erst
  // danach wieder", round 309) welcomes contact from the day after, as the absence's own reading does.
  const through =
    text !== undefined &&
    (INCLUSIVE_LEAD.test(text.slice(Math.max(0, last.index - 24), last.index)) ||
      INCLUSIVE_END.test(text.slice(last.index + last.text.length, last.index + last.text.length + 24)));
  return {
    kind: 'no-contact-before',
    by: after === null && !through ? latest : addDays(latest, 1),
    phrase: words[0],
    evidence: {
      message: messageIndex,
      text: sentence.text,
      index: sentence.index,
      detector: 'back-reference',
    },
  };
}

/** Whether a match of the global `all` in `text` holds the day at `rel` (of `length` characters) inside it. */
function dayInside(all: RegExp, text: string, rel: number, length: number): boolean {
  for (const m of text.matchAll(all))
    if (m.index <= rel && m.index + m[0].length >= rel + length) return true;
  return false;
}

/**
 * Where an earlier message quoted below starts: a dashed separator ("-----Ursprüngliche Nachricht-----",
 * "----- Mensaje original -----"), an attribution line ("Am Fr., 8. Jan. 2027 um 17:42 schrieb Dmitri Ivanov:"), or
 * a header block ("Von: …" then "Gesendet: …"; Spanish Outlook writes "Enviado el: …", round 182, and French "Envoyé
 * le : …"). Its dates and words are someone else's. A letter edge after the
 * word, not \b, which is ASCII-only in JavaScript and never falls after the "ó" of "escribió:" (round 102).
 */
const QUOTE_START =
  /^[ \t]*-{2,}[ \t]*\p{L}[\p{L}' \t]{2,40}-{2,}[ \t]*$|^[^\n]{0,200}\b(?:schrieb|wrote|a écrit|escribió)(?![\p{L}])[^\n]{0,200}:[ \t]*$|^[ \t]*(?:Von|From|De|Da)[ \t]*:[^\n]*\n[ \t]*(?:Gesendet|Sent|Envoyé|Enviado|Date|Datum|Fecha)(?:[ \t]+(?:el|le|am))?[ \t]*:/mu;

/** The message's own words: the text before an earlier message quoted below it. */
function ownWords(text: string): string {
  const at = text.search(QUOTE_START);
  return at < 0 ? text : text.slice(0, at);
}

/**
 * A field's label alone on its line with its value after a blank line, as an HTML table flattens to text
 * ("Datum\n\nMittwoch, 20. Jänner 2027\n\nUhrzeit\n\n13:00 – 14:00 Uhr"): one or two words after a blank line or
 * the start, and a value holding a digit.
 */
const FLAT_LABEL =
  /(?<=^|\n[ \t]*\n)(?<label>\p{L}[\p{L}.]{0,19}(?: \p{L}[\p{L}.]{0,19})?)(?<gap>[ \t]*\n[ \t]*\n)(?=[^\n]{0,60}\d)/gu;

/** A line that is a sentence, no field's value: five words or more, ending with its stop. */
const SENTENCE_LINE = /^(?:\S+\s+){4,}\S*[.!?]\s*$/u;

/**
 * The same text with such labels written as "Datum: " (the same length, so indexes stay). A line under a heading
 * that is a sentence is no value: "Réponse automatique\n\nJe suis en vacances jusqu'au 20 septembre." (round
 * 100) is a heading over a sentence, not the field "Réponse".
 */
function labelledFields(text: string): string {
  return text.replace(FLAT_LABEL, (m: string, label: string, gap: string, offset: number) => {
    const from = offset + m.length;
    const end = text.indexOf('\n', from);
    const value = text.slice(from, end < 0 ? text.length : end);
    return SENTENCE_LINE.test(value) ? m : `${label}:${' '.repeat(gap.length - 1)}`;
  });
}

/**
 * Why a message is about something other than the reader's job application, or null: a signal of another business
 * with no counter-signal of a job's in the message or its subject (`headed`).
 *
 * A message that speaks of no job application at all and ties the reader to the sender otherwise, as a customer,
 * patient, parent, tenant, student or employee, or names a service's business ("Liebe Eltern, … das
 * Eingewöhnungsgespräch", "Cher client, votre rendez-vous avec votre conseiller", "Estimado usuario: su cita para la
 * revisión técnica", rounds 305–309c): its appointment, its "we'll be in touch" and its "don't call" are the
 * service's, not the reader's application's. Nor does one about something else the reader applies for, a flat, a
 * visa, a loan, where no word of a job's selection stands beside it ("Besichtigungstermin … Ihre
 * Bewerbungsunterlagen (Mieterselbstauskunft …)", "votre demande de visa « Travailleur salarié » … votre contrat de
 * travail visé", round 311; "Auswahlgespräch für den Masterstudiengang", "entretien d'admission … en Master 2", round
 * 313: a selection step a university holds too, so only the job's own words count against it), or about an
 * interview of another kind, the press's, a survey's, a court's
 * ("Interviewanfrage … für unsere Wochenendausgabe", "l'enquête Emploi … réaliser l'entretien", "citación … en
 * calidad de testigo", round 310).
 */
function aboutSomethingElse(
  c: Compiled,
  text: string,
  headed: string,
  subject: string | undefined,
): string | null {
  // A message headed by an event for many ("Webinaire gratuit : réussir son entrevue d'embauche", round 314c), in its
  // subject or a first line over more, is an invitation to it: its "vous donnera ses meilleurs trucs … le mardi 24
  // mai" and its dates are the event's.
  // (Not a first line of two sentences and more, which is the message's own first paragraph: "Buenas tardes, Sr.
  // Castaño. El comité se reúne el miércoles y le estaremos informando el resultado la próxima semana.", round 328b.)
  const first = text.trim().includes('\n') ? firstLineOf(text) : '';
  const heading = `${subject ?? ''}\n${/[.!?]\s+\p{Lu}[^.!?]*[.!?]/u.test(first) ? '' : first}`;
  const event = c.events?.exec(heading) ?? null;
  if (event !== null) return `a message headed by an event for many ("${event[0]}")`;
  const gates = [
    [c.otherRelation, c.application, 'no application, the reader is addressed otherwise'],
    [c.casedOtherRelation, c.application, 'no application, the reader is greeted by a role'],
    [c.otherApplication, c.jobItself, 'an application for something else'],
    [c.otherInterview, c.jobProcess, 'an interview of another kind'],
  ] as const;
  // A job's word inside the name of such an event or service is none ("Ihr Shooting für Bewerbungsfotos", round 319).
  const jobText = c.eventsAll === null ? headed : headed.replace(c.eventsAll, ' ');
  for (const [signal, counter, why] of gates) {
    if (signal === null || counter === null) continue;
    const other = signal.exec(text);
    if (other !== null && !counter.test(jobText)) return `${why} ("${other[0]}")`;
  }
  return null;
}

/**
 * Every finding of one message in `language`: interviews from any message, the rest only from the employer.
 * `context.text` is already cleaned (quoted lines blanked, quotes straightened) by the caller.
 */
export function readForeign(
  whole: ReadContext,
  language: LanguageTables,
  messageIndex: number,
  employer: boolean,
): readonly Finding[] {
  const context = { ...whole, text: labelledFields(ownWords(whole.text)) };
  const c = compile(language);
  // A message that casts the reader as a referee, an interviewer or a panel member ("Herr Feld hat … Sie als Referenz
  // angegeben", "siéger dans le jury de recrutement", "la agenda de entrevistas que usted realizará", round 308) is
  // about someone else's application: its slots and promises are not the reader's.
  const cast = c.notTheCandidate?.exec(context.text) ?? null;
  if (cast !== null) {
    context.debug(() => `${language.code}: the reader is not the candidate ("${cast[0]}")`);
    return [];
  }
  const elsewhere = aboutSomethingElse(
    c,
    context.text,
    `${context.subject ?? ''}\n${context.text}`,
    context.subject,
  );
  if (elsewhere !== null) {
    context.debug(() => `${language.code}: ${elsewhere}`);
    return [];
  }
  const sentences = splitForeignSentences(context.text);
  const t = context.t;
  // The first day a sentence asks the candidate to answer by, for an offer of this message (respondBy).
  let answer: { readonly by: string; readonly phrase: string } | null = null;
  // The last day not yet past named by the previous sentence: a window may count from it.
  let carried: TimeExpr | undefined;
  // Days a sentence cancels, with that sentence's start: a slot on such a day elsewhere in the message (the
  // quoted confirmation under "nous devons annuler notre rendez-vous de demain") is no interview.
  const cancelledDays = new Map<string, number>();
  // The clock time of the last slot cancelled, which a moved slot "at the same time" keeps.
  let cancelledTime: string | null = null;
  const items: { readonly finding: Finding; readonly expr: null; readonly sentence: Sentence }[] = [];
  // Where the days of requests to hold off stand, which a request not to call in the same clause is bounded by.
  const heldDays: (readonly [number, number])[] = [];
  let all: readonly TimeExpr[] = [];
  if (t !== null) {
    all = keepLongest([...tableExprs(context, language, c, t), ...chronoExprs(context, language, c, t)]);
    let previous: readonly TimeExpr[] = [];
    const earlierDays: TimeExpr[] = [];
    for (const [i, sentence] of sentences.entries()) {
      const own = all.filter(
        (raw) => raw.index >= sentence.index && raw.index < sentence.index + sentence.text.length,
      );
      const inside = [...own, ...thatDays(c, sentence, own, earlierDays, t, language.code)]
        .sort((a, b) => a.index - b.index)
        .map((raw) => weekOf(c, sentence.text.slice(0, raw.index - sentence.index), raw))
        .map((raw) => ({ ...raw, bound: boundOf(c, sentence.text.slice(0, raw.index - sentence.index)) }));
      const anchored = anchorWindows(context, c, sentence, inside, carried, previous, earlierDays);
      earlierDays.push(...inside.filter((e) => e.form === 'point'));
      // A sentence naming no day at all passes the day before on ("Die Bewerbungsfrist endet am 31. Mai. Wir ersuchen
      // Sie, bis zum Ablauf der Frist von Anfragen abzusehen. … erhalten Sie spätestens zwei Wochen danach", round 327).
      if (inside.length > 0)
        carried = inside.filter((e) => e.form === 'point' && eventDay(context, e) >= t).pop();
      const found: Finding[] = [];
      const seen: { readonly f: Finding; readonly e: TimeExpr }[] = [];
      for (const e of anchored.exprs) {
        const by: string | null = answer === null && employer ? answerDay(context, c, sentence, e) : null;
        if (by !== null) answer = { by, phrase: sentence.text.replace(/\s+/g, ' ').trim() };
        if (e.form === 'point' && cancelsDay(c, sentence, e)) {
          cancelledDays.set(e.date, sentence.index);
          if (e.time !== null) cancelledTime = e.time;
        }
        const f = classifyForeign(
          context,
          c,
          sentence,
          e,
          messageIndex,
          anchored.from.get(e),
          sentences.slice(0, i),
          anchored.anchors.has(e),
        );
        // The event a window counts from is no promise of its own, but the candidate's interview stays one, and so does
        // a hold-off until it ("No nos escribas hasta que cierre la convocatoria el viernes 15; después tenés noticias
        // nuestras en una semana", round 294b).
        if (anchored.anchors.has(e) && f?.kind !== 'interview' && f?.kind !== 'no-contact-before') continue;
        if (anchored.undated.has(e) && f?.kind === 'response-by') continue;
        // A day named again is a promise's or a hold-off's, no new interview ("Te confirmamos que tu fecha de ingreso es
        // el miércoles 1 de marzo. Ese día te esperamos a las 8:00", round 329b).
        if (e.detector.endsWith('-that-day') && f?.kind === 'interview') continue;
        const prev = seen[seen.length - 1];
        if (f === null) {
          context.debug(() => `${language.code}: no kind for "${e.text}" in "${sentence.text}"`);
          continue;
        }
        // "el lunes o el martes", "lundi ou mardi": two promises joined by "or" are one, ending on the later day.
        if (
          prev !== undefined &&
          prev.f.kind === 'response-by' &&
          f.kind === 'response-by' &&
          OR_BETWEEN.test(context.text.slice(prev.e.index + prev.e.text.length, e.index))
        ) {
          const later: Finding = f.by > prev.f.by ? f : prev.f;
          found[found.indexOf(prev.f)] = later;
          seen.push({ f: later, e });
          continue;
        }
        // "para mañana a la misma hora": the moved slot keeps the cancelled one's clock time.
        const same =
          f.kind === 'interview' && f.time === null && cancelledTime !== null && SAME_HOUR.test(sentence.text)
            ? { ...f, time: cancelledTime }
            : f;
        if (employer || same.kind === 'interview') found.push(same);
        if (same.kind === 'no-contact-before' && !same.evidence.detector.endsWith(ABSENCE_DETECTOR))
          heldDays.push([e.index, e.index + e.text.length]);
        seen.push({ f: same, e });
      }
      // A request resting on the promise after its colon holds off contact until the promise's day.
      const resting = employer ? holdOffUntilPromise(c, sentence, seen) : null;
      if (resting !== null) found.push(resting);
      const back = backReferred(c, sentence, previous, found, messageIndex, inside, context.text);
      // One hold-off per day: the absence already read from the sentence before needs no second finding.
      const known = (f: Finding) =>
        back !== null &&
        f.kind === 'no-contact-before' &&
        back.kind === 'no-contact-before' &&
        f.by === back.by;
      if (back !== null && employer && !items.some((i) => known(i.finding))) found.push(back);
      // Its words bound a request not to call in their clause as a day would ("bis zum Ablauf der Bewerbungsfrist von
      // Sachstandsanfragen abzusehen", round 317): the hold-off alone.
      if (
        back !== null &&
        back.kind === 'no-contact-before' &&
        back.phrase !== undefined &&
        !UNBOUNDED_AFTER.test(sentence.text)
      ) {
        const at = sentence.text.indexOf(back.phrase);
        if (at >= 0) heldDays.push([sentence.index + at, sentence.index + at + back.phrase.length]);
      }
      previous = inside;
      items.push(...found.map((finding) => ({ finding, expr: null, sentence })));
    }
  }
  // One hold-off day per message, the last: "away until the 13th, back on the 16th" gives the 16th, and so does
  // an absence notice that says so in two sentences ("Estaré fuera hasta el 20. Volveré a partir del lunes 23.").
  // And one promise per message, the latest (the English latestPromise): "die Durchsicht dauert in der Regel eine
  // Woche; Sie hören dann Anfang übernächster Woche von uns" (round 39b).
  // An absence that starts days from now leaves contact welcome until then: its end is no first day (the English
  // absentFrom).
  const later = futureAbsence(c, sentences, all, t);
  const dated = latestPromise(
    context,
    absenceGivesWay(
      context,
      latestHoldOff(
        context,
        items
          .filter((item) => !(later && isAbsenceDay(item.finding)))
          .map((item) => ({ ...item, sentence: SAME_MESSAGE })),
      ),
    ),
  ).map((item) => item.finding);
  // Several slots offered to choose from are no interview yet (the English dropAlternatives).
  const standing = dated.filter(
    (f) => f.kind !== 'interview' || (cancelledDays.get(f.date) ?? f.evidence.index) === f.evidence.index,
  );
  // Two readings of one day ("mañana jueves 10 de diciembre a las 3:00 p. m.": "mañana" and the date) are one
  // slot, the one with its clock time; only slots on different days are alternatives.
  // A slot moved to one new day ("Wir würden es gern auf Montag, den 13.03., um 15:30 Uhr verlegen", round 121)
  // replaces the message's other days, which are the slot it moves ("unser Gespräch am Donnerstag nicht wie geplant
  // durchführen"), not alternatives to choose from.
  const interviews = standing.filter((f) => f.kind === 'interview');
  const movedTo = interviews.filter((f) => f.evidence.detector.includes(MOVED_TO));
  // So does the slot singled out as the reader's own among a schedule for all (singledOut).
  const own = interviews.filter((f) => f.evidence.detector.includes(OWN_SLOT));
  const slots =
    new Set(own.map((f) => f.date)).size === 1
      ? own
      : new Set(movedTo.map((f) => f.date)).size === 1
        ? movedTo
        : interviews;
  const days = new Set(slots.map((f) => f.date));
  const timed = slots.find((f) => f.time !== null) ?? slots[0];
  const kept =
    days.size > 1 || slots.some((f) => f.evidence.detector.includes(LISTED_SLOT))
      ? standing.filter((f) => f.kind !== 'interview')
      : standing.filter((f) => f.kind !== 'interview' || f === timed);
  if (!employer) return kept;
  // One no-calls and one outcome of each kind per message: the offer letter says so in several sentences.
  const phrases = phraseFindings(sentences, messageIndex, phraseReaders(c))
    .filter(
      (f) =>
        f.kind !== 'no-calls' ||
        !(
          boundedCall(context.text, f, heldDays) ||
          (kept.some((k) => k.kind === 'no-contact-before') && pointsBack(c, f))
        ),
    )
    .filter(
      (f, i, all) =>
        all.findIndex(
          (o) =>
            o.kind === f.kind && (o.kind !== 'outcome' || f.kind !== 'outcome' || o.outcome === f.outcome),
        ) === i,
    );
  // A message offering the job names the talks it followed: a day of theirs without a clock time is no new slot ("nach
  // den Gesprächen mit dir und dem Probetag am Montag … Wir möchten dir sehr gerne die Stelle … anbieten", round 320).
  const offered = phrases.some((f) => f.kind === 'outcome' && f.outcome === 'offer');
  return [
    ...kept.filter((f) => !offered || f.kind !== 'interview' || f.time !== null),
    ...phrases.map((f) =>
      answer !== null && f.kind === 'outcome' && f.outcome === 'offer' ? { ...f, respondBy: answer } : f,
    ),
  ];
}

/**
 * A request not to call bounded by a pointer to a day held off elsewhere in the message, in its own clause: "…
 * después del cierre de la convocatoria el 20 de noviembre; no nos llames hasta entonces" (fx301's probe), where
 * the message holds off contact until a day.
 */
/** Words that carry a request past its pointer: "d'ici là ni après", r7b. */
const UNBOUNDED_AFTER =
  /(?<![\p{L}])(?:ni\s+(?:après|ensuite|plus\s+tard|después|luego|más\s+tarde)|noch\s+danach|auch\s+danach)(?![\p{L}])/iu;

function pointsBack(c: Compiled, f: Finding): boolean {
  if (f.kind !== 'no-calls' || c.backReference === null) return false;
  const at = f.evidence.text.indexOf(f.phrase);
  if (at < 0) return false;
  const after = f.evidence.text.slice(at + f.phrase.length, at + f.phrase.length + 40);
  // (the pointer may stand inside the request's words: "rufen Sie uns bis dahin nicht an"; "d'ici là ni après", r7b,
  // bounds nothing)
  const words = `${f.phrase} ${after.split(/[,;:.!?]/u)[0] ?? ''}`;
  return c.backReference.test(words) && !UNBOUNDED_AFTER.test(words);
}

/** Characters at most between a request not to call and the day that bounds it, in one clause. */
const CALL_TO_DAY = 80;

/** A comma right before the word that bounds a request by a day after it: ", bis", ", hasta", ", jusqu'à". */
const BOUND_AFTER_COMMA = /^\s*,\s*(?=(?:bis|solange|hasta|jusqu|avant|vor|antes)(?![\p{L}]))/iu;

/**
 * A request not to call bounded by a day in its own clause is the hold-off alone (TIMELINE-CONVENTIONS.md: "A
 * time-bounded request is no-contact-before instead"): "Te pedimos no llamar ni escribir antes del lunes 16 de
 * septiembre" (round 304b). One in a clause of its own stays ("…, und ruf bitte auch nicht direkt beim Kunden an").
 */
function boundedCall(text: string, f: Finding, heldDays: readonly (readonly [number, number])[]): boolean {
  const phrase = f.kind === 'no-calls' ? f.phrase : '';
  const at = f.evidence.index + Math.max(0, f.evidence.text.indexOf(phrase));
  const end = at + phrase.length;
  return heldDays.some(([d, dEnd]) => {
    if (d < f.evidence.index || d >= f.evidence.index + f.evidence.text.length) return false;
    // From the day's end, so that a German ordinal's period ("vor dem 14. Dezember von Nachfragen … abzusehen") is
    // no break; a comma before the word that bounds it is none either ("… abzusehen, bis die Bewerbungsfrist am 16.
    // April abgelaufen ist", fx418).
    const gap = (d >= end ? text.slice(end, d) : d >= at ? '' : text.slice(Math.min(dEnd, at), at)).replace(
      BOUND_AFTER_COMMA,
      ' ',
    );
    return gap.length <= CALL_TO_DAY && !/[,;:.!?]/u.test(gap);
  });
}
