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
import { nextOccurrence } from './detectors/periods';
import { countWindow } from './detectors/windows';
import type { LanguageTables, PeriodName } from './phrases/language';
import { EDGE_AFTER, EDGE_BEFORE, alternation, anyOf, type PhraseRow } from './phrases/rows';
import { MAX_TEXT_CHARS } from './sentences';
import type { Bound, ReadContext, Sentence, TimeExpr } from './model';

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
  return out;
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
    const span = { amount: n, unit };
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

/** Named days and clock times by chrono-node's parser of the language, with our conventions for the day. */
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
      yearImplied = !s.isCertain('year');
      date = !yearImplied && year !== null ? dateFromParts(year, month, day) : nextOccurrence(t, month, day);
    } else if (s.isCertain('weekday') && weekday !== null) {
      // A weekday alone is the next such day strictly after the sent date (chrono counts Sunday as 0).
      date = nextWeekdayAfter(t, (weekday === 0 ? 7 : weekday) as Weekday);
    }
    if (date === null) continue;
    const hour = s.isCertain('hour') ? s.get('hour') : null;
    const time = hour === null ? null : `${pad(hour)}:${pad(s.get('minute') ?? 0)}`;
    out.push(expr(r.index, r.text, date, { time, form: 'point', detector: `${l.code}-chrono`, yearImplied }));
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

/** The kind of one dated expression by the words of its sentence (the English classify's order). */
function classifyForeign(
  context: ReadContext,
  c: Compiled,
  sentence: Sentence,
  e: TimeExpr,
  messageIndex: number,
): Finding | null {
  const rel = e.index - sentence.index;
  const before = sentence.text.slice(0, rel);
  // The sentence without the expression, joined: the tables' phrases often hold a day inside them ("Sie hören bis
  // Freitag von uns", "wir werden uns Anfang kommender Woche bei Ihnen melden").
  const others = `${before.trimEnd()} ${sentence.text.slice(rel + e.text.length).trimStart()}`;
  const evidence = {
    message: messageIndex,
    text: sentence.text,
    index: sentence.index,
    detector: e.detector,
  };
  const past = c.past.test(others);
  const deadline = c.deadline.test(others);
  const fact = c.fact.test(others);
  // 1. A request to hold off contact, with the first day contact is welcome.
  if (
    c.holdOff.test(sentence.text) &&
    (e.bound === 'before' || e.bound === 'until' || e.form === 'window') &&
    !past
  )
    return { kind: 'no-contact-before', by: e.date, phrase: e.text, evidence };
  // 2. The candidate's interview: a named day, with scheduling words, no schedule for all, fact or deadline.
  const response = c.response.test(others);
  if (
    e.form === 'point' &&
    e.bound === 'none' &&
    c.interview.test(others) &&
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

/** No-calls and outcome phrases of the language, one finding per sentence. */
function phraseFindings(c: Compiled, sentences: readonly Sentence[], messageIndex: number): Finding[] {
  const out: Finding[] = [];
  for (const s of sentences) {
    const evidence = (detector: string) => ({
      message: messageIndex,
      text: s.text,
      index: s.index,
      detector,
    });
    const noCalls = c.callWelcome.test(s.text) ? null : c.noCalls.exec(s.text);
    if (noCalls !== null) out.push({ kind: 'no-calls', phrase: noCalls[0], evidence: evidence('no-calls') });
    // A condition before the outcome words announces none yet.
    const unconditional = (m: RegExpExecArray | null): m is RegExpExecArray =>
      m !== null && !c.condition.test(s.text.slice(0, m.index));
    const rejection = c.rejection.exec(s.text);
    const offer = c.offer.exec(s.text);
    if (unconditional(rejection))
      out.push({
        kind: 'outcome',
        outcome: 'rejected',
        phrase: rejection[0],
        evidence: evidence('outcome-rejection'),
      });
    else if (unconditional(offer))
      out.push({ kind: 'outcome', outcome: 'offer', phrase: offer[0], evidence: evidence('outcome-offer') });
  }
  return out;
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
  const dated: Finding[] = [];
  if (t !== null) {
    const all = keepLongest([
      ...tableExprs(context, language, c, t),
      ...chronoExprs(context, language, c, t),
    ]);
    for (const raw of all) {
      const sentence = sentences.find((s) => raw.index >= s.index && raw.index < s.index + s.text.length);
      if (sentence === undefined) continue;
      const e: TimeExpr = { ...raw, bound: boundOf(c, sentence.text.slice(0, raw.index - sentence.index)) };
      const f = classifyForeign(context, c, sentence, e, messageIndex);
      if (f === null) context.debug(() => `${language.code}: no kind for "${e.text}" in "${sentence.text}"`);
      else if (employer || f.kind === 'interview') dated.push(f);
    }
  }
  // Several slots offered to choose from are no interview yet (the English dropAlternatives).
  const slots = dated.filter((f) => f.kind === 'interview');
  const kept = slots.length > 1 ? dated.filter((f) => f.kind !== 'interview') : dated;
  return employer ? [...kept, ...phraseFindings(c, sentences, messageIndex)] : kept;
}
