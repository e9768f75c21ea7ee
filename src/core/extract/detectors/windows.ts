import { addBusinessDays, addDays, addMonthsClamped, endOfMonth, endOfWorkWeek } from '../../time';
import { HOLD_OFF_CUE, NUMBER } from '../phrases/en';
import { readNumber } from '../_lib/words';
import type { HolidayCalendar } from '../../time';
import type { Detector, WindowSpan } from '../model';

/** The last day of a window counted from `from` (the sent date, or a stated event). */
export function countWindow(from: string, span: WindowSpan, holidays: HolidayCalendar): string {
  switch (span.unit) {
    case 'business-day':
      return addBusinessDays(from, span.amount, holidays);
    case 'month':
      return addMonthsClamped(from, span.amount);
    case 'week':
      return addDays(from, 7 * span.amount);
    case 'day':
      return addDays(from, span.amount);
  }
}

/** Up to 100 characters of the sentence before `index` (the words a window's own lead word belongs to). */
function sameSentenceBefore(text: string, index: number): string {
  const before = text.slice(Math.max(0, index - 100), index);
  const stop = Math.max(...['.', '!', '?', ';'].map((c) => before.lastIndexOf(c)));
  return before.slice(stop + 1);
}

const APPROX = String.raw`(?<approx>about\s+|approximately\s+|around\s+|roughly\s+|up\s+to\s+|another\s+|a\s+further\s+|an\s+additional\s+|at\s+least\s+|at\s+most\s+|no\s+more\s+than\s+)?`;

/** An answer, a decision or news said not to come for a span: the span is the wait ("won't know for another"). */
const NOT_BEFORE_SPAN =
  /(?:\bnot|n't|\bno|\bnever)\s+(?:[\w'-]+\s+){0,6}?(?:decision|decide|answer|update|news|feedback|outcome|know|hear|word)\s*(?:[\w'-]+\s*){0,3}$/i;

/** A length hyphenated to its unit ("1-hour", "two-week"), as a noun's modifier is written. */
const ADJECTIVE_LENGTH = /^[\p{L}\p{N}]+-(?:business-|working-)?(?:hours?|days?|weeks?|months?)$/iu;
/** The noun such a length describes comes next: not a preposition that makes it a span ("a 2-week wait from"). */
const NOUN_AFTER =
  /^[ \t]+(?!(?:of|from|after|before|following|since|time|turnaround|window|wait|period)\b)\p{L}/iu;

/**
 * "within two weeks", "in 5-7 business days", "in the next 48 hours", "over the next week or two",
 * "in about a week", "a fortnight", "within a month", "2-3 weeks after your interview on Sept 17", "in about a
 * week and a half" (ten days, fuzzy: the half needs a convention to pick a day).
 * The last day of the window; ranges take the upper bound.
 */
export const durationWindow: Detector = {
  name: 'duration-window',
  pattern: new RegExp(
    String.raw`\b(?:(?<lead>within|in|over|during|inside(?:\s+of)?|takes?|taking|allow|give\s+us|wait|for|after|expect)\s+(?:the\s+)?(?:next\s+|coming\s+|following\s+)?)?` +
      APPROX +
      String.raw`(?<n1>${NUMBER})(?:\s*(?:-|–|—|to|or)\s*(?<n2>${NUMBER}))?[\s-]+(?<biz>business\s+|working\s+|work\s+)?(?<unit>hours?|days?|weeks?|months?|fortnight)\b(?<half>\s+and\s+a\s+half)?(?<more>\s+or\s+(?:two|so|three|more))?(?:'s\s+time|\s+time)?`,
    'gi',
  ),
  extract(context, m) {
    const g = m.groups ?? {};
    if (context.t === null) return null;
    const lead = g['lead']?.toLowerCase().trim();
    // "for 45 minutes", "after 3 days" describe durations of something else; only windows count here. A hold-off
    // request's own length is one: "Please hold off on checking in for at least 10 days", "refrain from calling
    // for two weeks".
    if (lead === 'after') return null;
    // "a 1-hour slot", "a 30-day trial": a length joined to the noun it describes is no window (r64).
    if (
      lead === undefined &&
      ADJECTIVE_LENGTH.test(m[0]) &&
      NOUN_AFTER.test(context.text.slice(m.index + m[0].length))
    )
      return null;
    // (and an answer said not to come before the span ends: "don't expect to make a decision for another two to three
    // weeks", "we won't know for another 10 days", round 390)
    if (
      lead === 'for' &&
      !HOLD_OFF_CUE.test(sameSentenceBefore(context.text, m.index)) &&
      !NOT_BEFORE_SPAN.test(sameSentenceBefore(context.text, m.index))
    )
      return null;
    const n1 = readNumber(g['n1']?.trim());
    const n2raw = g['more']?.trim().replace(/^or\s+/i, '');
    const n2 = readNumber(g['n2']?.trim()) ?? (n2raw === 'two' ? 2 : n2raw === 'three' ? 3 : null);
    if (n1 === null) return null;
    const unit = (g['unit'] ?? '').toLowerCase();
    const few = /few/i.test(g['n1'] ?? '');
    let n = Math.max(n1, n2 ?? 0);
    // "a few weeks" reads as three; "a few days" as five (TIMELINE-CONVENTIONS.md "over the next few days").
    if (few && unit.startsWith('week')) n = 3;
    const fuzzy =
      /couple|few/i.test(g['n1'] ?? '') ||
      (g['approx'] !== undefined && !/up\s+to|at\s+most|no\s+more/i.test(g['approx'])) ||
      /so|more/.test(n2raw ?? '');
    const biz = g['biz'] !== undefined;
    // "a week and a half": the whole days of the span and a half, counted as days.
    const unitDays = unit.startsWith('week')
      ? 7
      : unit === 'fortnight'
        ? 14
        : unit.startsWith('month')
          ? 30
          : 1;
    if (g['half'] !== undefined && !biz && !unit.startsWith('hour')) {
      const halfSpan: WindowSpan = { amount: Math.floor(unitDays * (n + 0.5)), unit: 'day' };
      const halfDate = countWindow(context.t, halfSpan, context.holidays);
      return {
        date: halfDate,
        time: null,
        zone: null,
        minutes: null,
        fuzzy: true,
        form: 'window',
        bound: 'by',
        span: halfSpan,
      };
    }
    const span: WindowSpan = unit.startsWith('hour')
      ? { amount: Math.ceil(n / 24), unit: 'day' }
      : unit === 'fortnight'
        ? { amount: 14 * n, unit: 'day' }
        : unit.startsWith('week')
          ? biz
            ? { amount: 5 * n, unit: 'business-day' }
            : { amount: 7 * n, unit: 'day' }
          : unit.startsWith('month')
            ? { amount: n, unit: 'month' }
            : { amount: n, unit: biz ? 'business-day' : 'day' };
    const date = countWindow(context.t, span, context.holidays);
    return { date, time: null, zone: null, minutes: null, fuzzy, form: 'window', bound: 'by', span };
  },
};

/**
 * "in the coming days", "over the next few days": five days, fuzzy. "within the next week": seven; "within the
 * fortnight": fourteen.
 */
export const comingDays: Detector = {
  name: 'coming-days',
  pattern:
    /\b(?:in|over|during|within)\s+the\s+(?:(?:next|coming|following)\s+(?<unit>fortnight|few\s+days|days|week\s+or\s+two|day\s+or\s+two|week\s+or\s+so|week|month|couple\s+(?:of\s+)?(?:days|weeks)|few\s+weeks|weeks)|(?<alone>fortnight))\b/gi,
  extract(context, m) {
    if (context.t === null) return null;
    // "within the fortnight" says the next one without "next" (round 70f).
    const unit = (m.groups?.['unit'] ?? m.groups?.['alone'] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const table: Readonly<Record<string, readonly [number, boolean]>> = {
      'few days': [5, true],
      days: [5, true],
      week: [7, false],
      'couple days': [2, true],
      'couple of days': [2, true],
      'couple weeks': [14, true],
      'week or two': [14, false],
      fortnight: [14, false],
      'week or so': [7, true],
      'day or two': [2, false],
      'couple of weeks': [14, true],
      'few weeks': [21, true],
      weeks: [21, true],
    };
    if (unit === 'month')
      return {
        date: addMonthsClamped(context.t, 1),
        time: null,
        zone: null,
        minutes: null,
        fuzzy: false,
        form: 'window',
        bound: 'by',
      };
    const row = table[unit];
    if (row === undefined) return null;
    return {
      date: addDays(context.t, row[0]),
      time: null,
      zone: null,
      minutes: null,
      fuzzy: row[1],
      form: 'window',
      bound: 'by',
      span: { amount: row[0], unit: 'day' },
    };
  },
};

/** "within the month", "within the week": the end of the current one. */
export const withinPeriod: Detector = {
  name: 'within-period',
  pattern: /\bwithin\s+the\s+(?<unit>week|month)\b/gi,
  extract(context, m) {
    if (context.t === null) return null;
    const week = (m.groups?.['unit'] ?? '').toLowerCase() === 'week';
    return {
      date: week ? endOfWorkWeek(context.t) : endOfMonth(context.t),
      time: null,
      zone: null,
      minutes: null,
      fuzzy: false,
      form: 'period',
      bound: 'by',
    };
  },
};
