import {
  addDays,
  dateFromParts,
  endOfMonth,
  endOfMonthAfter,
  endOfQuarter,
  endOfWorkWeek,
  usLaborDay,
  usThanksgiving,
  weekdayOf,
  weekdayOfWeek,
  type Weekday,
} from '../../time';
import { MONTH, WEEKDAY } from '../phrases/en';
import { readMonth, readWeekday } from '../_lib/words';
import { nextNumberedDay } from './days';
import type { DetectedExpr, Detector } from '../model';

function period(date: string, fuzzy: boolean): DetectedExpr {
  return { date, time: null, zone: null, minutes: null, fuzzy, form: 'period', bound: 'by' };
}

/** The Monday of "next week": written on a Sunday, the week that starts the next day (TIMELINE-CONVENTIONS.md). */
function nextWeekBase(t: string): string {
  return weekdayOf(t) === 7 ? addDays(t, 1) : addDays(t, 7);
}

/**
 * "this week", "by the end of the week", "later this week", "next week", "early next week", "Wednesday next week",
 * "at the start of next week", "by the middle of next week", "late next week", "the week after next", "nxt week",
 * "first thing next week" (its start, as "at the start of next week").
 */
export const weekPhrase: Detector = {
  name: 'week-phrase',
  pattern: new RegExp(
    String.raw`\b(?:(?<part>(?:the\s+)?(?:end|close|start|beginning|middle|mid|early\s+part|latter\s+part|back\s+end)\s+of\s+(?:the\s+)?|(?:sometime|some\s+time|early|late|later|mid-?|midway\s+through|towards\s+the\s+end\s+of|over|first\s+thing)\s+(?:in\s+)?(?:the\s+)?)|(?<wd>${WEEKDAY})\s+)?(?<which>this|next|nxt|the\s+following|the\s+coming|following|coming|that|the\s+same|the)\s+week(?<after>\s+after(?:\s+next)?)?\b(?!\s+of\b)(?<back>\s+(?:she|he|they|i|we)(?:['’](?:s|re|m)|\s+(?:is|are|am|gets?|comes?))\s+back\b|\s+(?:she|he|they|i|we)\s+returns?\b)?(?<out>\s+is\s+(?:out|over|up|done))?`,
    'gi',
  ),
  extract(context, m) {
    if (context.t === null) return null;
    const g = m.groups ?? {};
    const which = (g['which'] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const part = (g['part'] ?? '').toLowerCase();
    const after = (g['after'] ?? '').toLowerCase().trim();
    if (after === 'after') return null; // "the week after" names no week of its own
    const t = context.t;
    let base: string;
    if (after === 'after next') base = addDays(nextWeekBase(t), 7);
    // "that week", "the same week": this week's day for now, moved to the week of the event named before it by
    // anchorWindows (exprRefiners.ts).
    else if (which === 'this' || which === 'the' || which === 'that' || which === 'the same')
      base = weekdayOf(t) === 7 ? addDays(t, 1) : t;
    else base = nextWeekBase(t);
    // "early in the week" written on a Saturday: this week's early part has passed, so the coming week's.
    const at = (wd: Weekday, fuzzy: boolean): DetectedExpr => {
      const day = weekdayOfWeek(base, wd);
      return period(day < t && (which === 'this' || which === 'the') ? addDays(day, 7) : day, fuzzy);
    };
    // "Wednesday next week", "Friday this week": that day of the week named.
    const wd = readWeekday(g['wd']);
    // A named day is a point, as chrono's own reading of it: a slot can fall on it.
    if (wd !== null) return { ...at(wd, false), form: 'point', bound: 'none' };
    if (/\b(?:start|beginning|first thing)\b/.test(part)) return at(2, true);
    if (/early/.test(part)) return at(3, true);
    if (/\b(?:middle|mid|midway)/.test(part)) return at(3, true);
    if (/\blater?\b|latter|back end|towards/.test(part)) return period(endOfWorkWeek(base), true);
    // "the week" alone needs a part ("the end of the week"); "the week" with nothing is not a promise.
    // (…unless it is the week of someone's return: "I'll be in touch the week she's back", moved to the week of the
    // day named before it by anchorWindows, round 510)
    // ("before the week is out": this week's end, as "before the end of the week", round 790)
    if (which === 'the' && part === '' && after === '' && g['back'] === undefined && g['out'] === undefined)
      return null;
    return period(endOfWorkWeek(base), false);
  },
};

/**
 * "by mid-week", "midweek": Wednesday of this week (next week's once it has passed); "by the weekend", "by EOW":
 * Friday.
 */
export const midweekOrWeekend: Detector = {
  name: 'midweek-or-weekend',
  // "by EOW", "by e.o.w.": the end of this week, Friday (next week's once it has passed), as "by the weekend".
  pattern:
    /\b(?:(?<mid>mid-?\s?week)|(?:the\s+)?(?<weekend>weekend)|(?<eow>eow|e\.o\.w))\b(?!\s+(?:of|after))/gi,
  extract(context, m) {
    if (context.t === null) return null;
    const t = context.t;
    if (m.groups?.['eow'] !== undefined) {
      const fri = weekdayOfWeek(t, 5);
      return period(fri >= t ? fri : weekdayOfWeek(addDays(t, 7), 5), false);
    }
    if (m.groups?.['mid'] !== undefined) {
      const wed = weekdayOfWeek(t, 3);
      return period(wed >= t ? wed : weekdayOfWeek(addDays(t, 7), 3), true);
    }
    const lead = context.text.slice(Math.max(0, m.index - 12), m.index);
    if (!/\b(?:by|before)\s+$/i.test(lead)) return null; // "over the weekend" is no promise of a day
    const fri = weekdayOfWeek(t, 5);
    return period(fri >= t ? fri : weekdayOfWeek(addDays(t, 7), 5), true);
  },
};

/** "during the week of January 5": Friday of that week. */
export const weekOf: Detector = {
  name: 'week-of',
  pattern: new RegExp(
    String.raw`\b(?:during\s+|in\s+)?(?:the\s+)?(?:week\s+(?:of|commencing|beginning|starting)|w/c)\s+(?:the\s+)?(?:(?:mon|monday),?\s+)?(?:(?<month>${MONTH})\s*(?<day>\d{1,2})(?:st|nd|rd|th)?|(?<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<month2>${MONTH})|(?<day3>\d{1,2})(?:st|nd|rd|th)\b|(?<n1>\d{1,2})[/.](?<n2>\d{1,2})\b)(?:,?\s*(?<year>20\d\d))?`,
    'gi',
  ),
  extract(context, m) {
    const g = m.groups ?? {};
    if (context.t === null) return null;
    // "the week of the 23rd": the next day with that number.
    if (g['day3'] !== undefined) {
      const date = nextNumberedDay(context.t, Number(g['day3']));
      return date === null ? null : period(endOfWorkWeek(date), false);
    }
    // "the week of 11/16": month first where numeric dates read so (the reader's locale).
    const [first, second] = [Number(g['n1']), Number(g['n2'])];
    const numeric = g['n1'] !== undefined;
    const month = numeric ? (context.monthFirst ? first : second) : readMonth(g['month'] ?? g['month2']);
    const day = numeric ? (context.monthFirst ? second : first) : Number(g['day'] ?? g['day2']);
    if (month === null || !(month >= 1 && month <= 12)) return null;
    const date =
      g['year'] !== undefined
        ? dateFromParts(Number(g['year']), month, day)
        : nextOccurrence(context.t, month, day);
    return date === null ? null : period(endOfWorkWeek(date), false);
  },
};

/** The next `month`/`day` on or after `t` (a date without a year, TIMELINE-CONVENTIONS.md). */
export function nextOccurrence(t: string, month: number, day: number): string | null {
  const year = Number(t.slice(0, 4));
  for (const y of [year, year + 1, year + 2, year + 3, year + 4]) {
    const d = dateFromParts(y, month, day);
    if (d !== null && d >= t) return d;
  }
  return null;
}

/**
 * "end of the month", "by month end", "next month", "early next month", "mid-month", "end of January", "by
 * end-Sept" (round 620),
 * "at the beginning of March", "early December", "mid-January", "late May", "in January", "the first week or
 * two of January", "in the new year".
 */
export const monthPhrase: Detector = {
  name: 'month-phrase',
  pattern: new RegExp(
    String.raw`\b(?<part>(?:the\s+)?(?:end|close|start|beginning|middle|first\s+week\s+or\s+two|first\s+couple\s+of\s+weeks|first\s+(?:two|2)\s+weeks|first\s+fortnight|first\s+week|second\s+week|first\s+half|second\s+half|last\s+week)\s+of\s+(?:the\s+)?|early\s+|late\s+|mid-?\s*|end-\s*|end\s+|in\s+|during\s+)?(?:(?<which>this|next|the\s+following|the|current)\s+month|(?<month>${MONTH})(?:\s*(?:,\s*)?(?<year>20\d\d))?)(?:-?end)?\b|\b(?<monthEnd>month[\s-]end|end\s+of\s+month|before\s+(?:the|this)\s+month\s+(?:is\s+out|is\s+over|ends|is\s+done)|eom|e\.o\.m|mid-?month|mid(?:-|\s+of)?\s*next\s+month|early\s+next\s+month|late\s+next\s+month)\b|\b(?<newYear>(?:early\s+(?:in\s+)?)?(?:in\s+)?the\s+new\s+year)\b`,
    'gi',
  ),
  extract(context, m) {
    if (context.t === null) return null;
    const t = context.t;
    const g = m.groups ?? {};
    if (g['newYear'] !== undefined) {
      const y = Number(t.slice(0, 4)) + (t.slice(5, 7) === '01' ? 0 : 1);
      return period(`${y}-01-10`, true);
    }
    const monthEnd = g['monthEnd']?.toLowerCase();
    if (monthEnd !== undefined) {
      if (/next/.test(monthEnd)) {
        const first = endOfMonthAfter(t, 1).slice(0, 8);
        if (/mid/.test(monthEnd)) return period(`${first}15`, true);
        if (/early/.test(monthEnd)) return period(`${first}10`, true);
        return period(endOfMonthAfter(t, 1), true);
      }
      if (/mid/.test(monthEnd))
        return period(
          t.slice(8) <= '15' ? `${t.slice(0, 8)}15` : `${endOfMonthAfter(t, 1).slice(0, 8)}15`,
          true,
        );
      return period(endOfMonth(t), false);
    }
    const part = (g['part'] ?? '').toLowerCase().trim();
    let monthStart: string;
    const which = g['which']?.toLowerCase().replace(/\s+/g, ' ');
    const named = readMonth(g['month']);
    if (which !== undefined) {
      // "the month" alone only counts with a part ("end of the month").
      if (which === 'the' && part === '') return null;
      monthStart = `${(which === 'next' || which === 'the following' ? endOfMonthAfter(t, 1) : t).slice(0, 8)}01`;
    } else if (named !== null) {
      // "may" is also a verb: only a month with a part or a preposition counts ("in May", "end of May").
      if (part === '' && /^may$/i.test(g['month'] ?? '')) return null;
      if (part === '') return null;
      const year = g['year'] !== undefined ? Number(g['year']) : null;
      const start = year !== null ? dateFromParts(year, named, 1) : nextMonthStart(t, named);
      if (start === null) return null;
      monthStart = start;
    } else return null;
    const found = partOfMonth(monthStart, part);
    // "by the middle of the month" written on 30 October: this month's middle has passed, so next month's.
    return found.date < t && which !== undefined && which !== 'next' && which !== 'the following'
      ? partOfMonth(`${endOfMonthAfter(monthStart, 1).slice(0, 8)}01`, part)
      : found;
  },
};

/** The day a part of the month starting `monthStart` stands for (TIMELINE-CONVENTIONS.md). */
function partOfMonth(monthStart: string, part: string): DetectedExpr {
  const ym = monthStart.slice(0, 8);
  if (/^(?:early|start|beginning)/.test(part) || /^(?:the\s+)?(?:start|beginning)/.test(part))
    return period(`${ym}${/early/.test(part) ? '10' : '05'}`, true);
  if (/mid|middle|first half/.test(part)) return period(`${ym}15`, true);
  // (and "within the first two weeks of January", round 690)
  if (/first week or two|first couple|first (?:two|2) weeks|first fortnight/.test(part))
    return period(`${ym}14`, true);
  if (/first week/.test(part)) return period(`${ym}07`, true);
  if (/second week/.test(part)) return period(`${ym}14`, true);
  if (/late|last week|second half/.test(part)) return period(endOfMonth(monthStart), true);
  return period(endOfMonth(monthStart), false);
}

/** The first day of the next month named `month` whose end is on or after `t` (the current month counts). */
function nextMonthStart(t: string, month: number): string | null {
  const year = Number(t.slice(0, 4));
  const thisYear = dateFromParts(year, month, 1);
  if (thisYear === null) return null;
  return endOfMonth(thisYear) >= t ? thisYear : dateFromParts(year + 1, month, 1);
}

/** "in Q1", "by the end of Q3", "by the end of the quarter", "next quarter", "by the end of the year", "year-end". */
export const quarterOrYear: Detector = {
  name: 'quarter-or-year',
  pattern:
    /\b(?:(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?|in\s+|during\s+|by\s+)?(?:(?<q>q[1-4])(?:\s+(?<qy>20\d\d))?|(?<which>this|the|next|current)\s+quarter|(?<yw>this|the|current)\s+year|(?<ye>year[\s-]end|end\s+of\s+year|eoy)|(?<y>20\d\d))\b/gi,
  extract(context, m) {
    if (context.t === null) return null;
    const t = context.t;
    const g = m.groups ?? {};
    const whole = m[0].toLowerCase();
    // A fiscal or financial year's end is the company's own, on no day the mail names ("the board may need a little
    // longer because of the fiscal year end", round 740).
    if (
      /\b(?:fiscal|financial|tax|accounting|company's)\s+$/i.test(
        context.text.slice(Math.max(0, m.index - 20), m.index),
      )
    )
      return null;
    if (g['q'] !== undefined) {
      const q = Number(g['q'].slice(1));
      let year = g['qy'] !== undefined ? Number(g['qy']) : Number(t.slice(0, 4));
      let end = endOfQuarter(`${year}-${String(q * 3).padStart(2, '0')}-01`);
      if (g['qy'] === undefined && end < t) {
        year += 1;
        end = endOfQuarter(`${year}-${String(q * 3).padStart(2, '0')}-01`);
      }
      return period(end, false);
    }
    if (g['which'] !== undefined) {
      const w = g['which'].toLowerCase();
      if (w === 'the' && !/end|close/.test(whole)) return null;
      return period(
        w === 'next' ? endOfQuarter(endOfMonthAfter(endOfQuarter(t), 1)) : endOfQuarter(t),
        false,
      );
    }
    if (g['yw'] !== undefined) {
      if (!/end|close|by/.test(whole)) return null;
      return period(`${t.slice(0, 4)}-12-31`, false);
    }
    if (g['ye'] !== undefined) return period(`${t.slice(0, 4)}-12-31`, false);
    // A bare year counts only as "the end of 2026".
    if (g['y'] !== undefined && /end|close/.test(whole)) return period(`${g['y']}-12-31`, false);
    return null;
  },
};

/**
 * Holidays: before Christmas, around Christmas, before the holidays, after Thanksgiving / Labor Day / the 4th of July,
 * after the holidays / New Year.
 */
/** Holidays on the same day every year, as month-day. */
const FIXED_HOLIDAYS: readonly (readonly [RegExp, string])[] = [
  [/july|independence/, '07-04'],
  [/patrick|paddy/, '03-17'],
  [/australia/, '01-26'],
  [/anzac/, '04-25'],
  [/waitangi/, '02-06'],
  [/canada/, '07-01'],
];

export const holidayPhrase: Detector = {
  name: 'holiday-phrase',
  pattern:
    /\b(?<rel>before|by|around|after|over|ahead\s+of|prior\s+to)\s+(?:the\s+)?(?<h>christmas(?:\s+break|\s+holidays?)?|xmas|(?:winter\s+|holiday\s+|festive\s+)?(?:holidays|holiday\s+(?:break|season|period)|break)|thanksgiving(?:\s+break|\s+holiday)?|labou?r\s+day|new\s+year(?:'s)?(?:\s+day)?|(?:4th|fourth)\s+of\s+july|july\s+(?:4th|4|fourth)|independence\s+day|(?:st\.?\s+|saint\s+)?(?:patrick|paddy)'?s\s+day|st\.?\s+paddy's|australia\s+day|anzac\s+day|waitangi\s+day|canada\s+day)\b/gi,
  extract(context, m) {
    if (context.t === null) return null;
    const t = context.t;
    const rel = (m.groups?.['rel'] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const h = (m.groups?.['h'] ?? '').toLowerCase();
    const year = Number(t.slice(0, 4));
    const upcoming = (make: (y: number) => string): string => (make(year) >= t ? make(year) : make(year + 1));
    const before = rel === 'before' || rel === 'ahead of' || rel === 'prior to';
    if (/christmas|xmas/.test(h)) {
      const xmas = upcoming((y) => `${y}-12-25`);
      if (before) return period(addDays(xmas, -1), /break|holiday/.test(h));
      // (written between Christmas and New Year, "after Christmas" is this one's week after)
      const past = t >= `${year}-12-25` ? `${year}-12-25` : xmas;
      if (rel === 'after') return { ...period(addDays(past, 7), true), event: past };
      return period(xmas, rel !== 'by');
    }
    if (/thanksgiving/.test(h)) {
      const tg = upcoming((y) => usThanksgiving(y));
      return rel === 'after'
        ? { ...period(addDays(tg, 7), true), event: tg }
        : before
          ? period(addDays(tg, -1), false)
          : period(tg, true);
    }
    if (/labou?r/.test(h)) {
      const ld = upcoming((y) => usLaborDay(y));
      return rel === 'after'
        ? { ...period(addDays(ld, 7), true), event: ld }
        : before
          ? period(addDays(ld, -1), false)
          : null;
    }
    // "after the 4th of July", as "after Labor Day": the holiday + 7 days; so are the other holidays on a fixed day
    // ("before Paddy's Day", "after Australia Day", round 70f).
    const fixed = FIXED_HOLIDAYS.find(([re]) => re.test(h))?.[1];
    if (fixed !== undefined) {
      const j4 = upcoming((y) => `${y}-${fixed}`);
      return rel === 'after'
        ? { ...period(addDays(j4, 7), true), event: j4 }
        : before
          ? period(addDays(j4, -1), false)
          : period(j4, rel !== 'by');
    }
    if (/new year/.test(h)) {
      const ny = upcoming((y) => `${y}-01-01`);
      return rel === 'after'
        ? { ...period(addDays(ny, 7), true), event: ny }
        : before
          ? period(addDays(ny, -1), true)
          : period(ny, true);
    }
    // "the holidays": the year-end break.
    const xmas = upcoming((y) => `${y}-12-25`);
    if (before) return period(addDays(xmas, -1), true);
    // The next 8 January: written on 31 December, the break under way ends in days (round 660).
    if (rel === 'after')
      return period(
        upcoming((y) => `${y}-01-08`),
        true,
      );
    return null;
  },
};
