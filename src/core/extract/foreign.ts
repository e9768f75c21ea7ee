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
import { latestHoldOff } from './findingRefiners';
import { phraseFindings, type PhraseReaders } from './phraseFindings';
import { nextOccurrence } from './detectors/periods';
import { countWindow } from './detectors/windows';
import type { LanguageTables, PeriodName } from './phrases/language';
import { EDGE_AFTER, EDGE_BEFORE, alternation, anyOf, type PhraseRow } from './phrases/rows';
import { MAX_TEXT_CHARS, capSentence } from './sentences';
import type { Bound, ReadContext, Sentence, TimeExpr, WindowSpan } from './model';

interface Compiled {
  readonly window: RegExp;
  readonly units: readonly (readonly [RegExp, LanguageTables['units'][number]['unit']])[];
  readonly periods: readonly (readonly [RegExp, PeriodName])[];
  readonly mid: RegExp;
  readonly bounds: readonly (readonly [RegExp, Bound])[];
  readonly response: RegExp;
  readonly interview: RegExp;
  readonly generic: RegExp;
  readonly holdOff: RegExp;
  readonly deadline: RegExp;
  readonly fact: RegExp;
  readonly past: RegExp;
  readonly callWelcome: RegExp;
  readonly noCalls: RegExp;
  readonly rejection: RegExp;
  readonly offer: RegExp;
  readonly condition: RegExp;
  readonly clauseBreak: RegExp;
  readonly cancelled: RegExp;
  /** Anchor words before a dated event (each searched for in the text before it). */
  readonly anchorBefore: RegExp;
  /** Anchor words right after a window. */
  readonly anchorAfter: RegExp;
  /** Words opening a sentence that point back to the day of the sentence before. */
  readonly anchorBack: RegExp | null;
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

/** The tables joined into patterns once per table object (a cache of pure values, never a registry). */
const compiledCache = new WeakMap<LanguageTables, Compiled>();

function compile(l: LanguageTables): Compiled {
  const cached = compiledCache.get(l);
  if (cached !== undefined) return cached;
  const num = String.raw`(?:\d{1,3}|${alternation(words(l.numbers))})`;
  const g = (rows: readonly PhraseRow[]) =>
    new RegExp(`${EDGE_BEFORE}${alternation(rows)}${EDGE_AFTER}`, 'giu');
  const compiled: Compiled = {
    window: new RegExp(
      `${EDGE_BEFORE}${alternation(l.windowLeads)}\\s+(?<n1>${num})(?:\\s*(?:-|–|bis|à|a|o|ou|oder)\\s*(?<n2>${num}))?\\s+(?<unit>${alternation(l.units)})${EDGE_AFTER}`,
      'giu',
    ),
    units: l.units.map((u) => [new RegExp(`^(?:${u.pattern})$`, 'iu'), u.unit] as const),
    periods: l.periods.map((p) => [g([p]), p.period] as const),
    mid: new RegExp(
      `${EDGE_BEFORE}${alternation(l.midMonth)}\\s*(?<month>${alternation(words(l.months))})${EDGE_AFTER}`,
      'giu',
    ),
    bounds: l.bounds.map((b) => [new RegExp(`${EDGE_BEFORE}(?:${b.pattern})\\s*$`, 'iu'), b.bound] as const),
    response: anyOf(l.response),
    interview: anyOf(l.interview),
    generic: anyOf(l.genericInterviews),
    holdOff: anyOf(l.holdOff),
    deadline: anyOf(l.candidateDeadline),
    fact: anyOf(l.fact),
    past: anyOf(l.past),
    callWelcome: anyOf(l.callWelcome),
    noCalls: anyOf(l.noCalls),
    rejection: anyOf(l.rejection),
    offer: anyOf(l.offer),
    condition: anyOf(l.condition),
    // A clause starts at ";", a dash between spaces, a conjunction of the language, or a capital after a number's
    // period: the sentence split keeps "el jueves 19. La incorporación …" whole for German ordinals ("9. Dezember"
    // is read by chrono as one date, so no break falls inside it).
    clauseBreak: new RegExp(
      String.raw`;|\s[-–—]\s|(?<=\d)\.\s+(?=\p{Lu})|\s${EDGE_BEFORE}${alternation(l.clauseBreaks)}${EDGE_AFTER}`,
      'giu',
    ),
    cancelled: anyOf(l.cancelled),
    anchorBefore: anyOf(l.anchorBefore, 'giu'),
    anchorBack:
      l.anchorBack === undefined ? null : new RegExp(`^${alternation(l.anchorBack)}${EDGE_AFTER}`, 'iu'),
    anchorBackInside: l.anchorBack === undefined ? null : anyOf(l.anchorBack),
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
 * period ("am Mittwoch, 9. Dezember"), and "24.12." is a date.
 */
export function splitForeignSentences(text: string): readonly Sentence[] {
  const out: Sentence[] = [];
  const re = /(?<!(?:^|[^\d])\d{1,2})[.!?]+(?=\s)|\n\s*\n|\n(?=\s*[-•*]\s)/gu;
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

function expr(
  index: number,
  text: string,
  date: string,
  rest: Partial<TimeExpr> & Pick<TimeExpr, 'form' | 'detector'>,
): TimeExpr {
  return { index, text, date, time: null, zone: null, minutes: null, fuzzy: false, bound: 'none', ...rest };
}

function periodEnd(t: string, period: PeriodName): { readonly date: string; readonly fuzzy: boolean } {
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
    case 'before-christmas': {
      const year = Number(t.slice(0, 4));
      const christmasEve = `${year}-12-24`;
      return { date: christmasEve >= t ? christmasEve : `${year + 1}-12-24`, fuzzy: false };
    }
  }
}

function readCount(raw: string | undefined, l: LanguageTables): number | null {
  if (raw === undefined) return null;
  const w = raw.toLowerCase().replace(/\s+/g, ' ');
  return /^\d+$/.test(w) ? Number(w) : (l.numbers[w] ?? null);
}

/** Windows, periods and mid-month phrases of the language's tables. */
function tableExprs(context: ReadContext, l: LanguageTables, c: Compiled, t: string): TimeExpr[] {
  const out: TimeExpr[] = [];
  const text = context.text;
  for (const m of text.matchAll(c.window)) {
    const n = Math.max(readCount(m.groups?.['n1'], l) ?? 0, readCount(m.groups?.['n2'], l) ?? 0);
    const unit = c.units.find(([re]) => re.test(m.groups?.['unit'] ?? ''))?.[1];
    if (n === 0 || unit === undefined) continue;
    const span: WindowSpan =
      unit === 'hour' ? { amount: Math.ceil(n / 24), unit: 'day' } : { amount: n, unit };
    out.push(
      expr(m.index, m[0], countWindow(t, span, context.holidays), {
        form: 'window',
        detector: `${l.code}-window`,
        span,
      }),
    );
  }
  for (const [re, period] of c.periods)
    for (const m of text.matchAll(re)) {
      const { date, fuzzy } = periodEnd(t, period);
      out.push(
        expr(m.index, m[0], date, {
          form: period === 'coming-days' ? 'window' : 'period',
          fuzzy,
          detector: `${l.code}-${period}`,
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

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * The zone named right after a clock time: "10 Uhr (MEZ)", "à 9h (EST)", "a las 9:00 (America/Chicago)". chrono
 * may have read the zone word into its result, so the search starts after the time's last digit.
 */
function zoneAfter(c: Compiled, text: string, start: number, end: number): string | null {
  const lastDigit = text.slice(start, end).search(/\d\D*$/u);
  const from = lastDigit < 0 ? end : start + lastDigit + 1;
  // The clock word or the meridiem ("a. m.", "p.m.") stands between the time and its zone.
  const word = text.slice(from, from + 40).replace(/^\s*(?:Uhr|horas?|hs|h|[ap]\.?\s?m\.?)?[\s,(/]*/iu, '');
  return c.zones.find(([re]) => re.test(word))?.[1] ?? offsetZone(word) ?? namedZone(word);
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
 * A day number right after a weekday ("viernes 20", "vendredi 20", "miércoles 18 a las 5:30"): chrono takes it for
 * an hour or leaves it out; it is the day of the month. Not when a clock word or a minute follows it.
 */
const DAY_AFTER_WEEKDAY =
  /^\p{L}+\.?,?\s+(?<day>\d{1,2})(?![\d:.,]\d|\s*(?:Uhr|h\b|hs\b|heures?|horas?|[ap]\.?\s?m\b))/iu;

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

/** Characters a labelled time may stand after its date ("Date : 19/11/2026 – Heure : 14:00:00"). */
const LABELLED_TIME_GAP = 40;

/**
 * Named days and clock times by chrono-node's parser of the language, with our conventions for the day. A clock
 * time alone right after a day without one, with no other day between, is that day's time: the label–value
 * layout of an applicant tracking system ("Fecha: 19/11/2026 | Hora: 10:00:00").
 */
function chronoExprs(context: ReadContext, l: LanguageTables, c: Compiled, t: string): TimeExpr[] {
  const sent = context.sentAt === null ? null : epochMs(context.sentAt);
  if (sent === null) return [];
  const offset = offsetMinutesAt(sent, context.readZone) ?? 0;
  const out: TimeExpr[] = [];
  for (const r of l.chrono.parse(
    context.text,
    { instant: new Date(sent), timezone: offset },
    { forwardDate: true },
  )) {
    const s = r.start;
    const month = s.get('month');
    const day = s.get('day');
    const weekday = s.get('weekday');
    const end = r.index + r.text.length;
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
    const hour = s.isCertain('hour') && !hourIsDay ? s.get('hour') : trailingHour ? Number(trailing) : null;
    const time =
      hour === null
        ? null
        : `${pad(hour)}:${pad(s.isCertain('hour') && !hourIsDay ? (s.get('minute') ?? 0) : 0)}`;
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
    } else if (s.isCertain('weekday') && weekday !== null && !s.isCertain('day')) {
      // A weekday alone is the next such day strictly after the sent date (chrono counts Sunday as 0); with a day
      // number after it, that day. chrono's relative readings ("de diez días") know a weekday and a day: they are
      // windows, read by the tables.
      const wd = (weekday === 0 ? 7 : weekday) as Weekday;
      date = dayAfter >= 1 && dayAfter <= 31 ? dayOfWeekday(t, dayAfter, wd) : nextWeekdayAfter(t, wd);
    }
    const last = out[out.length - 1];
    if (
      date === null &&
      time !== null &&
      last !== undefined &&
      last.time === null &&
      last.form === 'point' &&
      r.index - (last.index + last.text.length) <= LABELLED_TIME_GAP &&
      !/[.!?]\s|\n\s*\n/u.test(context.text.slice(last.index + last.text.length, r.index))
    ) {
      const joined = context.text.slice(last.index, r.index + r.text.length);
      out[out.length - 1] = { ...last, text: joined, time, zone };
      continue;
    }
    if (date === null) continue;
    out.push(
      expr(r.index, r.text, date, { time, zone, form: 'point', detector: `${l.code}-chrono`, yearImplied }),
    );
  }
  return out;
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

function boundOf(c: Compiled, before: string): Bound {
  return c.bounds.find(([re]) => re.test(before))?.[1] ?? 'none';
}

/** Where the clause holding [start, end) of a sentence begins and ends (";", " – ", a conjunction). */
function clauseAround(c: Compiled, text: string, start: number, end: number): readonly [number, number] {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(c.clauseBreak)) {
    if (m.index + m[0].length <= start) from = m.index + m[0].length;
    else if (m.index >= end) {
      to = m.index;
      break;
    }
  }
  return [from, to];
}

/**
 * The kind of one dated expression by the words of its clause (the English classify's order). `from` is where
 * its clause may start at the earliest: after the event an anchored window counts from.
 */
function classifyForeign(
  context: ReadContext,
  c: Compiled,
  sentence: Sentence,
  e: TimeExpr,
  messageIndex: number,
  from = 0,
  earlier: readonly Sentence[] = [],
): Finding | null {
  const rel = e.index - sentence.index;
  const [clauseStart, clauseEnd] = clauseAround(c, sentence.text, rel, rel + e.text.length);
  const start = Math.max(clauseStart, from);
  const before = sentence.text.slice(start, rel);
  // The clause without the expression, joined: the tables' phrases often hold a day inside them ("Sie hören bis
  // Freitag von uns", "wir werden uns Anfang kommender Woche bei Ihnen melden").
  const own = `${before.trimEnd()} ${sentence.text.slice(rel + e.text.length, clauseEnd).trimStart()}`;
  // A window that is its clause's only words ("Dame 48 horas y te confirmo si …") reads the rest of the sentence.
  const others =
    e.form === 'window' && !/\p{L}/u.test(own)
      ? `${before.trimEnd()} ${sentence.text.slice(rel + e.text.length).trimStart()}`
      : own;
  const evidence = {
    message: messageIndex,
    text: sentence.text,
    index: sentence.index,
    detector: e.detector,
  };
  // A cancelled slot is no interview, and its day no promise.
  if (c.cancelled.test(others)) return null;
  const past = c.past.test(others);
  const deadline = c.deadline.test(others);
  const fact = c.fact.test(others);
  const response = c.response.test(others);
  // 1. A request to hold off contact (in any clause of the sentence), with the first day contact is welcome.
  if (
    c.holdOff.test(sentence.text) &&
    (e.bound === 'before' ||
      e.bound === 'until' ||
      e.bound === 'until-after' ||
      e.form === 'window' ||
      (e.bound === 'by' && !response)) &&
    !past
  )
    return {
      kind: 'no-contact-before',
      by: e.bound === 'until-after' ? addDays(e.date, 1) : e.date,
      phrase: e.text,
      evidence,
    };
  // An applicant tracking system's label–value lines ("Fecha: …\nHora: …") name their event in a sentence
  // before them ("te invitamos a una entrevista", a heading "Invitación a entrevista").
  const line = sentence.text.slice(sentence.text.lastIndexOf('\n', rel) + 1);
  const labelled =
    LABEL.test(line) && earlier.some((s) => c.interview.test(s.text) && !c.generic.test(s.text));
  // 2. The candidate's interview: a named day, with scheduling words, no schedule for all, fact or deadline. "by"
  // before a day with a clock time and no promise is the slot's ("agendada para el martes a las 15:00").
  if (
    e.form === 'point' &&
    (e.bound === 'none' || (e.bound === 'by' && e.time !== null && !response)) &&
    (c.interview.test(others) || labelled) &&
    !c.generic.test(others) &&
    !past &&
    !fact &&
    !deadline &&
    (!response || e.time !== null)
  ) {
    const slot = interviewFinding(context, sentence, e, messageIndex);
    if (!startsBeforeSent(context, slot)) return slot;
    return null;
  }
  // 3. The employer's promise.
  if (!response || past || deadline || fact || c.generic.test(others)) return null;
  const by = e.bound === 'before' && e.form === 'point' ? addDays(e.date, -1) : e.date;
  if (context.t !== null && by < context.t) return null;
  return { kind: 'response-by', by, phrase: e.text, fuzzy: e.fuzzy, evidence };
}

/** A label before its value at the start of a line: "Fecha: ", "Datum: ", "Date : ". */
const LABEL = /^\p{L}[\p{L} ]{0,30}\s?:\s/u;

/**
 * A window counted from a dated event of its sentence instead of the sent day (issue 13, class 1): "Nach Ende der
 * Bewerbungsfrist am 15. November melden wir uns innerhalb von zwei Wochen" (an anchor word before the event),
 * "dans les trois semaines suivant cette date" (an anchor word after the window). The event itself is then no
 * finding; the window's words are read from the event on.
 */
function anchorWindows(
  context: ReadContext,
  c: Compiled,
  sentence: Sentence,
  exprs: readonly TimeExpr[],
  previous: readonly TimeExpr[] = [],
): { readonly exprs: readonly TimeExpr[]; readonly from: ReadonlyMap<TimeExpr, number> } {
  const from = new Map<TimeExpr, number>();
  const dropped = new Set<TimeExpr>();
  const out = exprs.map((w) => {
    if (w.form !== 'window' || w.span === undefined) return w;
    const events = exprs.filter((p) => p.form === 'point' && p.index < w.index && !dropped.has(p));
    const rel = (i: number) => i - sentence.index;
    // A sentence that opens by pointing back ("Una vez cerrada, …") counts from the last day of the one before.
    const back = events.length === 0 && c.anchorBack !== null && c.anchorBack.test(sentence.text);
    const before = previous.filter((p) => p.form === 'point');
    const earlier = back ? before[before.length - 1] : undefined;
    if (earlier !== undefined) {
      const counted: TimeExpr = {
        ...w,
        date: countWindow(earlier.date, w.span, context.holidays),
        event: earlier.date,
        detector: `${w.detector}-from-event`,
      };
      from.set(counted, 0);
      return counted;
    }
    const event = events[events.length - 1];
    if (event === undefined) return w;
    const anchoredBefore = [...sentence.text.slice(0, rel(event.index)).matchAll(c.anchorBefore)].some(
      (m) => !exprs.some((x) => x !== event && x.index > sentence.index + m.index && x.index < event.index),
    );
    const anchoredAfter =
      c.anchorAfter.test(sentence.text.slice(rel(w.index + w.text.length))) ||
      // "termina el 20 de noviembre y, a partir de ese día, tardaremos una semana": pointing back between them.
      (c.anchorBackInside !== null &&
        c.anchorBackInside.test(sentence.text.slice(rel(event.index + event.text.length), rel(w.index))));
    if (!anchoredBefore && !anchoredAfter) return w;
    dropped.add(event);
    const counted: TimeExpr = {
      ...w,
      date: countWindow(event.date, w.span, context.holidays),
      event: event.date,
      detector: `${w.detector}-from-event`,
    };
    from.set(counted, rel(event.index + event.text.length));
    return counted;
  });
  return { exprs: out.filter((e) => !dropped.has(e)), from };
}

/** What joins two days into one choice: "lunes o el martes", "lundi ou mardi", "Montag oder Dienstag". */
const OR_BETWEEN = /^\s*(?:,\s*)?(?:o|u|ou|oder)\s+(?:(?:el|le|la|am)\s+)?$/iu;

/** latestHoldOff reads one sentence's findings together; the foreign reader gives it a message's. */
const SAME_MESSAGE: Sentence = { index: 0, text: '' };

/** The language's no-calls and outcome phrases (phraseFindings.ts). */
function phraseReaders(c: Compiled): PhraseReaders {
  return {
    noCalls: (text) => (c.callWelcome.test(text) ? null : c.noCalls.exec(text)),
    rejections: (text) => [c.rejection.exec(text)],
    offers: (text) => [c.offer.exec(text)],
    condition: c.condition,
  };
}

/**
 * Every finding of one message in `language`: interviews from any message, the rest only from the employer.
 * `context.text` is already cleaned (quoted lines blanked, quotes straightened) by the caller.
 */
export function readForeign(
  context: ReadContext,
  language: LanguageTables,
  messageIndex: number,
  employer: boolean,
): readonly Finding[] {
  const c = compile(language);
  const sentences = splitForeignSentences(context.text);
  const t = context.t;
  const items: { readonly finding: Finding; readonly expr: null; readonly sentence: Sentence }[] = [];
  if (t !== null) {
    const all = keepLongest([
      ...tableExprs(context, language, c, t),
      ...chronoExprs(context, language, c, t),
    ]);
    for (const [i, sentence] of sentences.entries()) {
      const inside = all
        .filter((raw) => raw.index >= sentence.index && raw.index < sentence.index + sentence.text.length)
        .map((raw) => ({ ...raw, bound: boundOf(c, sentence.text.slice(0, raw.index - sentence.index)) }));
      const prior = sentences[i - 1];
      const previous =
        prior === undefined
          ? []
          : all.filter((raw) => raw.index >= prior.index && raw.index < prior.index + prior.text.length);
      const anchored = anchorWindows(context, c, sentence, inside, previous);
      const found: Finding[] = [];
      const seen: { readonly f: Finding; readonly e: TimeExpr }[] = [];
      for (const e of anchored.exprs) {
        const f = classifyForeign(
          context,
          c,
          sentence,
          e,
          messageIndex,
          anchored.from.get(e),
          sentences.slice(0, i),
        );
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
        if (employer || f.kind === 'interview') found.push(f);
        seen.push({ f, e });
      }
      items.push(...found.map((finding) => ({ finding, expr: null, sentence })));
    }
  }
  // One hold-off day per message, the last: "away until the 13th, back on the 16th" gives the 16th, and so does
  // an absence notice that says so in two sentences ("Estaré fuera hasta el 20. Volveré a partir del lunes 23.").
  const dated = latestHoldOff(
    context,
    items.map((item) => ({ ...item, sentence: SAME_MESSAGE })),
  ).map((item) => item.finding);
  // Several slots offered to choose from are no interview yet (the English dropAlternatives).
  const slots = dated.filter((f) => f.kind === 'interview');
  const kept = slots.length > 1 ? dated.filter((f) => f.kind !== 'interview') : dated;
  if (!employer) return kept;
  // One no-calls and one outcome of each kind per message: the offer letter says so in several sentences.
  const phrases = phraseFindings(sentences, messageIndex, phraseReaders(c)).filter(
    (f, i, all) =>
      all.findIndex(
        (o) => o.kind === f.kind && (o.kind !== 'outcome' || f.kind !== 'outcome' || o.outcome === f.outcome),
      ) === i,
  );
  return [...kept, ...phrases];
}
