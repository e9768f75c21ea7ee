import { addDays, dateFromParts, nextWeekdayAfter } from '../../time';
import { MONTH, WEEKDAY } from '../phrases/en';
import { readWeekday } from '../_lib/words';
import type { DetectedExpr, Detector } from '../model';
import { hhmm, officeHour } from './chronoDates';

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
 * such day strictly after t (TIMELINE-CONVENTIONS.md bare weekday, plus seven days); "a week from today": t + 7.
 */
export const weekdayWeek: Detector = {
  name: 'weekday-week',
  pattern: new RegExp(
    String.raw`\b(?:(?<wd>${WEEKDAY})\s+week\b|a\s+week\s+(?:(?:on|from|after)\s+)?(?<wd2>${WEEKDAY})|(?<n>a|one|two|2|three|3)\s+weeks?\s+(?:from|on)\s+(?<rel>today|tomorrow))(?:,?\s+at\s+(?<h>\d{1,2})(?:[:.](?<mi>[0-5]\d))?\s*(?<ap>[ap]\.?\s?m\b\.?)?)?`,
    'gi',
  ),
  extract(context, m) {
    if (context.t === null) return null;
    const at = clockOf(m.groups ?? {});
    if (at === undefined) return null;
    // "a week from today", "two weeks from tomorrow": that many weeks after the day (round 430).
    const rel = m.groups?.['rel']?.toLowerCase();
    // (a span asked for, "please allow us two weeks from today before you follow up", is durationWindow's)
    const before = context.text.slice(Math.max(0, m.index - 40), m.index);
    if (rel !== undefined && WINDOW_LEAD.test(before)) return null;
    if (rel !== undefined) {
      const weeks =
        { a: 1, one: 1, two: 2, '2': 2, three: 3, '3': 3 }[(m.groups?.['n'] ?? 'a').toLowerCase()] ?? 1;
      return { ...day(addDays(context.t, 7 * weeks + (rel === 'tomorrow' ? 1 : 0))), time: at };
    }
    const wd = readWeekday(m.groups?.['wd'] ?? m.groups?.['wd2']);
    return wd === null ? null : { ...day(addDays(nextWeekdayAfter(context.t, wd), 7)), time: at };
  },
};

/** The words that make "two weeks from today" a span asked for or promised, not a day named. */
const WINDOW_LEAD =
  /\b(?:allow(?:\s+(?:us|me|them))?|give\s+(?:us|me|them|it)|within|in|wait|takes?|taking|for|over)\s+(?:at\s+least\s+|up\s+to\s+|about\s+|around\s+)?$/i;

/**
 * The clock written right after such a day ("a week from Thursday at 10.30am"), which chrono would have read with
 * the weekday alone: "HH:MM", null where none is written, undefined where the hour is no hour. Without am/pm it is
 * read in office hours, as chrono's clocks are (officeHour: "at 3" is 15:00, "at 9" 09:00).
 */
function clockOf(g: Readonly<Record<string, string | undefined>>): string | null | undefined {
  if (g['h'] === undefined) return null;
  const ap = (g['ap'] ?? '').toLowerCase().replace(/[.\s]/g, '');
  const h = Number(g['h']);
  const minute = g['mi'] === undefined ? null : Number(g['mi']);
  if (ap === '') return h > 23 ? undefined : hhmm(officeHour(h), minute);
  if (h < 1 || h > 12) return undefined;
  return hhmm(ap === 'pm' ? (h % 12) + 12 : h % 12, minute);
}

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
