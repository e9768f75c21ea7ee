import { addDays, dateFromParts, nextWeekdayAfter } from '../../time';
import { MONTH, WEEKDAY } from '../phrases/en';
import { readWeekday } from '../_lib/words';
import type { DetectedExpr, Detector } from '../model';

function day(date: string, fuzzy = false): DetectedExpr {
  return { date, time: null, zone: null, minutes: null, fuzzy, form: 'point', bound: 'none' };
}

/** "today", "this afternoon", "by EOD", "end of day", "close of business", "end of day tomorrow". */
export const sameDay: Detector = {
  name: 'same-day',
  pattern:
    /\b(?:today|this\s+(?:afternoon|evening|morning)|tonight|(?:the\s+)?end\s+of\s+(?:the\s+)?(?:business\s+|working\s+)?day|eod|cob|close\s+of\s+(?:business|play)|later\s+today)\b(?<tomorrow>\s+tomorrow)?(?!\s+(?:on\s+)?(?:mon|tue|wed|thu|fri|sat|sun))/gi,
  extract(context, m) {
    if (context.t === null) return null;
    return day(m.groups?.['tomorrow'] !== undefined ? addDays(context.t, 1) : context.t);
  },
};

/** "tmrw", "tmr", "tomoz", and "tommorow", "tomorow", "tommorrow" as typed in a hurry: t + 1. */
export const tomorrowAsTyped: Detector = {
  name: 'tomorrow-as-typed',
  pattern: /\b(?:tmrw|tmr|tmw|tomoz|2moro|2morrow|tomorow|tommorow|tommorrow)\b/gi,
  extract(context) {
    return context.t === null ? null : day(addDays(context.t, 1));
  },
};

/**
 * "by Friday week", "a week on Friday", "a week from Monday" (UK, Australian): the weekday a week after the next
 * such day strictly after t (TIMELINE-CONVENTIONS.md bare weekday, plus seven days).
 */
export const weekdayWeek: Detector = {
  name: 'weekday-week',
  pattern: new RegExp(
    String.raw`\b(?:(?<wd>${WEEKDAY})\s+week\b|a\s+week\s+(?:(?:on|from|after)\s+)?(?<wd2>${WEEKDAY}))`,
    'gi',
  ),
  extract(context, m) {
    if (context.t === null) return null;
    const wd = readWeekday(m.groups?.['wd'] ?? m.groups?.['wd2']);
    return wd === null ? null : day(addDays(nextWeekdayAfter(context.t, wd), 7));
  },
};

// An ordinal that counts something other than days: "on the 3rd floor", "the 2nd round", "the 4th stage".
const COUNTED_NOUN = String.raw`(?:floor|fl\b|level|storey|story|round|stage|step|interview|panel|place|time|attempt|candidate|person|position|year|quarter|edition|door|room|building|block|wing|gate|street|avenue|ave\b)`;

/**
 * "by the 15th", "from the 9th to the 12th", and without "the" after a preposition or a weekday (Indian and
 * British mail: "after I return on 23rd", "from Monday 23rd"): the next day with that number on or after t.
 */
export const dayOfMonth: Detector = {
  name: 'day-of-month',
  pattern: new RegExp(
    String.raw`(?:\bthe\s+|(?<=\b(?:on|by|until|till|before|from|after|${WEEKDAY})\s+))(?<day>\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?${MONTH})(?!\s*(?:,\s*)?20\d\d)(?!\s+${COUNTED_NOUN})`,
    'gi',
  ),
  extract(context, m) {
    if (context.t === null) return null;
    const n = Number(m.groups?.['day']);
    if (!(n >= 1 && n <= 31)) return null;
    const date = nextNumberedDay(context.t, n);
    return date === null ? null : { ...day(date), yearImplied: true };
  },
};

/** The first date numbered `n` on or after `t`, looking at most a year ahead (the 31st skips short months). */
export function nextNumberedDay(t: string, n: number): string | null {
  const year = Number(t.slice(0, 4));
  const month = Number(t.slice(5, 7));
  for (let k = 0; k <= 12; k += 1) {
    const m = ((month - 1 + k) % 12) + 1;
    const y = year + Math.floor((month - 1 + k) / 12);
    const d = dateFromParts(y, m, n);
    if (d !== null && d >= t) return d;
  }
  return null;
}
