import * as chrono from 'chrono-node';
import { Temporal } from 'temporal-polyfill';
import { dateFromParts, nextWeekdayAfter, weekdayOf, weekdayOfWeek, addDays, epochMs } from '../../time';
import { ZONE_WORDS } from '../phrases/en';
import { readWeekday } from '../_lib/words';
import { nextOccurrence } from './periods';
import type { Detector, ReadContext, TimeExpr } from '../model';

/**
 * Point dates and clock times by chrono-node, always against the message's own sent time (STYLE.md practice 4);
 * our conventions then replace chrono's where they differ (a bare weekday is strictly after t, a date without a
 * year is its next occurrence on or after t), and the zone of a time is ours (US words mean the local clock).
 * chrono's relative phrases ("in two weeks", "next week") are left to our detectors, which know the conventions.
 */
export const CHRONO_DETECTOR = 'chrono-date';
/** A clock time with no day; joinClockTimes gives it to the day beside it, or drops it. */
export const CLOCK_DETECTOR = 'chrono-time';

// Which chrono results name a day we can stand on: a month, a weekday, a numeric date or today/tomorrow.
const NAMES_A_DAY =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\b|\d{1,4}[/.-]\d{1,2}|\b(?:today|tomorrow|tonight|this\s+(?:morning|afternoon|evening))\b/i;
const ZONE_SEARCH: readonly (readonly [RegExp, string])[] = ZONE_WORDS.map(([re, zone]) => [
  new RegExp(String.raw`(?:^|[\s(])(?:${re.source.replace(/^\^/, '')})`, 'i'),
  zone,
]);
const TIME_TAIL = /^\s*\(?/;

function offsetMinutes(sentAt: string, tz: string): number {
  const ms = epochMs(sentAt);
  if (ms === null) return 0;
  try {
    return (
      Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(tz).offsetNanoseconds / 60_000_000_000
    );
  } catch {
    return 0;
  }
}

function zoneNear(context: ReadContext, start: number, end: number): string | null {
  const window = context.text.slice(start, Math.min(context.text.length, end + 28));
  const afterTime = window.slice(Math.max(0, window.search(/\d\s*(?:[ap]\.?m\.?|:\d\d)|noon/i)));
  for (const [re, zone] of ZONE_SEARCH) if (re.test(afterTime.replace(TIME_TAIL, ' '))) return zone;
  return null;
}

function weekdayDate(t: string, text: string): string | null {
  const m = /\b(this\s+coming|this|next|coming)?\s*(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?/i.exec(text);
  const wd = readWeekday(m?.[2] === undefined ? undefined : normaliseWeekday(m[2]));
  if (m === null || wd === null) return null;
  const mod = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
  if (mod === 'next') return weekdayOfWeek(weekdayOf(t) === 7 ? addDays(t, 1) : addDays(t, 7), wd);
  if (mod === 'this') {
    const inWeek = weekdayOfWeek(t, wd);
    return inWeek >= t ? inWeek : nextWeekdayAfter(t, wd);
  }
  return nextWeekdayAfter(t, wd);
}

function normaliseWeekday(abbr: string): string {
  const k = abbr.toLowerCase();
  return (
    (
      {
        mon: 'monday',
        tue: 'tuesday',
        wed: 'wednesday',
        thu: 'thursday',
        fri: 'friday',
        sat: 'saturday',
        sun: 'sunday',
      } as const
    )[k as 'mon'] ?? k
  );
}

/**
 * A clock time as `HH:MM`. Without am/pm, 1 to 6 o'clock is afternoon: interviews are held in office hours
 * ("does Friday at 1:30 work?" is 13:30).
 */
function clockOf(c: chrono.ParsedComponents): string | null {
  if (!c.isCertain('hour')) return null;
  const h = c.get('hour');
  if (h === null) return null;
  const afternoon = !c.isCertain('meridiem') && h >= 1 && h <= 6;
  return hhmm(afternoon ? h + 12 : h, c.get('minute'));
}

function hhmm(h: number | null, m: number | null): string | null {
  if (h === null) return null;
  return `${String(h).padStart(2, '0')}:${String(m ?? 0).padStart(2, '0')}`;
}

/** Every point date chrono finds in the message, resolved by our conventions. */
export function chronoExprs(context: ReadContext): readonly TimeExpr[] {
  const parser = context.monthFirst ? chrono.en.casual : chrono.en.GB;
  const reference = {
    instant: new Date(context.sentAt === null ? 0 : (epochMs(context.sentAt) ?? 0)),
    timezone: context.sentAt === null ? 0 : offsetMinutes(context.sentAt, context.tz),
  };
  let results: chrono.ParsedResult[];
  try {
    // "the morning of Friday, January 8" confuses chrono; the part of day names no clock time anyway, so it is
    // blanked (same length, offsets kept).
    const text = context.text
      .slice(0, 20_000)
      .replace(/\b(?:morning|afternoon|evening)\s+of\b/gi, (m) => ' '.repeat(m.length));
    results = parser.parse(text, reference, { forwardDate: true });
  } catch {
    return [];
  }
  const out: TimeExpr[] = [];
  for (const r of results) {
    if (!NAMES_A_DAY.test(r.text)) {
      // A clock time alone ("9:00 AM Pacific Time on Friday"): kept as a time to join the day next to it.
      if (r.start.isCertain('hour')) {
        const time = clockOf(r.start);
        if (time !== null)
          out.push({
            index: r.index,
            text: r.text,
            date: '',
            time,
            zone: zoneNear(context, r.index, r.index + r.text.length),
            minutes: null,
            fuzzy: false,
            form: 'point',
            bound: 'none',
            detector: CLOCK_DETECTOR,
          });
      }
      continue;
    }
    const s = r.start;
    const t = context.t;
    let date: string | null = null;
    let yearImplied = false;
    if (s.isCertain('day') && s.isCertain('month')) {
      const month = s.get('month') ?? 1;
      const day = s.get('day') ?? 1;
      if (s.isCertain('year')) date = dateFromParts(s.get('year') ?? 0, month, day);
      else if (t !== null) {
        date = nextOccurrence(t, month, day);
        yearImplied = true;
      }
    } else if (s.isCertain('weekday') && t !== null) {
      date = weekdayDate(t, r.text);
    } else if (
      t !== null &&
      /\b(?:today|tomorrow|tonight|this\s+(?:morning|afternoon|evening))\b/i.test(r.text)
    ) {
      date = dateFromParts(s.get('year') ?? 0, s.get('month') ?? 1, s.get('day') ?? 1);
    }
    if (date === null) continue;
    const time = clockOf(s);
    const endMinutes =
      r.end?.isCertain('hour') === true && time !== null
        ? (r.end.get('hour') ?? 0) * 60 +
          (r.end.get('minute') ?? 0) -
          ((s.get('hour') ?? 0) * 60 + (s.get('minute') ?? 0))
        : null;
    out.push({
      index: r.index,
      text: r.text,
      date,
      time,
      zone: time === null ? null : zoneNear(context, r.index, r.index + r.text.length),
      minutes: endMinutes !== null && endMinutes > 0 ? endMinutes : null,
      fuzzy: false,
      form: 'point',
      bound: 'none',
      detector: CHRONO_DETECTOR,
      yearImplied,
    });
  }
  return out;
}

/**
 * "around 3", "@ 10:30": a clock time chrono does not read, to join the day beside it. Office hours decide
 * am/pm (1 to 6 is afternoon).
 */
export const bareClock: Detector = {
  name: CLOCK_DETECTOR,
  pattern:
    /\b(?:around|about|approximately|@)\s*(?<h>\d{1,2})(?::(?<m>[0-5]\d))?\b(?!\s*(?:%|\/|-|am\b|pm\b|a\.m|p\.m|days?|weeks?|hours?|minutes?|mins?|business|working|people|candidates))/gi,
  extract(_context, m) {
    const h = Number(m.groups?.['h']);
    if (!(h >= 1 && h <= 12)) return null;
    const time = hhmm(h <= 6 ? h + 12 : h, Number(m.groups?.['m'] ?? 0));
    return { date: '', time, zone: null, minutes: null, fuzzy: false, form: 'point', bound: 'none' };
  },
};
