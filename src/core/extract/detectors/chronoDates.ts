import * as chrono from 'chrono-node';
import {
  dateFromParts,
  nextWeekdayAfter,
  weekdayOf,
  weekdayOfWeek,
  addDays,
  epochMs,
  offsetMinutesAt,
  resolveZone,
} from '../../time';
import { CLOCK_WORDS, STANDARD_ALL_YEAR, ZONE_WORDS } from '../phrases/en';
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

// Which chrono results name a day we can stand on: a month, a weekday, a numeric date or today/tomorrow/yesterday
// (whole words: "month" and "decision" name none). Yesterday is no slot nor promise (PAST_ROWS), but a window may
// count from it: "five working days from submission, and you submitted yours yesterday".
const NAMES_A_DAY =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b|(?<![\d:])\d{1,4}[/.-]\d{1,2}(?![\d:]|\s*[ap]\.?m\b)|\b(?:today|tomorrow|tonight|yesterday|this\s+(?:morning|afternoon|evening))\b/i;
/**
 * What may stand between a clock time and its zone word: the rest of the time, a range's other end, and a
 * comma, bracket or slash, and Outlook's offset before the name. A zone word further on names something else, a place most often: "11:00 AM in the
 * Central Office board room" is no Central Time, nor is "2pm at our Mountain View office" Mountain Time.
 * Matches "1:00 AM EST" (the search below stands on the hour's last digit), "0 - 11:30 a.m. (Pacific Time)",
 * "0am–3pm ET", "noon, Eastern", "0 PM-3:00 PM (UTC-05:00) Eastern Time (US & Canada)".
 */
const TIME_TO_ZONE =
  /^(?:\d(?:[:.h]\d\d(?::\d\d)?)?|noon|midday)\s*(?:[ap]\.?m\b\.?)?(?:\s*(?:[-–—]|to|until|till)\s*\d{1,2}(?:[:.h]\d\d)?\s*(?:[ap]\.?m\b\.?)?)?[\s,(/|]*(?:(?:utc|gmt)[+\-−]\d\d?(?::?\d\d)?\)?[\s,|]*)?/i;

function offsetMinutes(sentAt: string, tz: string): number {
  const ms = epochMs(sentAt);
  if (ms === null) return 0;
  return offsetMinutesAt(ms, tz) ?? 0;
}

/** The minutes from a result's start to its end on one day ("10:00 – 10:30am" → 30), or null. */
function spanMinutes(r: Pick<chrono.ParsedResult, 'start' | 'end'>): number | null {
  if (r.end?.isCertain('hour') !== true) return null;
  const minutes =
    (r.end.get('hour') ?? 0) * 60 +
    (r.end.get('minute') ?? 0) -
    ((r.start.get('hour') ?? 0) * 60 + (r.start.get('minute') ?? 0));
  return minutes > 0 ? minutes : null;
}

function zoneNear(context: ReadContext, start: number, end: number): string | null {
  // (wide enough for a calendar's "(Central European Time - Berlin)")
  const window = context.text.slice(start, Math.min(context.text.length, end + 44));
  const afterTime = window.slice(Math.max(0, window.search(/\d\s*(?:[ap]\.?m\.?|:\d\d)|noon/i)));
  const consumed = TIME_TO_ZONE.exec(afterTime)?.[0] ?? '';
  // "3pm his time (Pacific)", "noon my time (SF)": the zone named after whose clock it is (rounds 780, 790).
  const word = afterTime
    .slice(consumed.length)
    .replace(/^(?:my|his|her|our|their|[a-z]+'s)\s+time\s*[(,]?\s*/i, '');
  // A standard time the reader's own zone keeps all year is the reader's clock ("10am AEST" in Brisbane).
  if (STANDARD_ALL_YEAR.some(([re, zones]) => re.test(word) && zones.includes(context.tz))) return context.tz;
  return (
    namedZone(word) ??
    offsetZone(consumed) ??
    // A range's zone follows its end: "from Monday 29 March at 10:00 to Tuesday 30 March at\n15:00 (Berlin time)"
    // (round 900).
    zoneAfterEnd(context.text.slice(end, Math.min(context.text.length, end + 44))) ??
    zoneOfAllTimes(context.text.slice(0, start))
  );
}

/** The zone named right after a result's end, its clock being the last thing read. */
function zoneAfterEnd(after: string): string | null {
  const m = /^[\s,(/]*/.exec(after)?.[0] ?? '';
  return m.includes('(') || /^\s/.test(after) ? namedZone(after.slice(m.length)) : null;
}

/** "Here's your schedule (all times Pacific):", "All times are in ET": a zone said once for the clocks below it. */
function zoneOfAllTimes(before: string): string | null {
  // (and "All times are listed in Eastern Time", round 1000)
  const m = /\ball\s+times\s+(?:are\s+)?(?:(?:listed|shown|given|quoted|stated)\s+)?(?:in\s+)?(?=\S)/gi;
  let last: RegExpExecArray | null = null;
  for (let hit = m.exec(before); hit !== null; hit = m.exec(before)) last = hit;
  return last === null
    ? null
    : namedZone(before.slice(last.index + last[0].length, last.index + last[0].length + 40));
}

// Offsets that are not whole hours, each as a zone that keeps it all year (a whole hour is an Etc/GMT zone).
const PART_HOUR_ZONES: Readonly<Record<string, string>> = {
  '+05:30': 'Asia/Kolkata',
  '+05:45': 'Asia/Kathmandu',
  '+06:30': 'Asia/Yangon',
  '+09:30': 'Australia/Darwin',
  '+03:30': 'Asia/Tehran',
  '+04:30': 'Asia/Kabul',
};

/**
 * A bare offset after a time, with no zone name: "2:00 PM (GMT+5:30)", "14:00 (UTC+00:00)", "9am UTC-5"
 * (round 28 probes).
 */
function offsetZone(written: string): string | null {
  const m = /(?:utc|gmt)\s*([+\-−])\s*(\d{1,2})(?::?(\d\d))?/i.exec(written);
  if (m === null) return null;
  const hours = Number(m[2]);
  const minutes = Number(m[3] ?? '0');
  const plus = m[1] === '+';
  if (hours > 14 || minutes >= 60) return null;
  if (minutes === 0) return hours === 0 ? 'UTC' : `Etc/GMT${plus ? '-' : '+'}${hours}`;
  return (
    PART_HOUR_ZONES[
      `${plus ? '+' : '-'}${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`
    ] ?? null
  );
}

/** The zone a zone word at the start of `zoneWord` names ("EST", "Central Time", "America/Chicago"), or null. */
export function namedZone(zoneWord: string): string | null {
  // Issue 13, class 8: an IANA name, as calendar systems write it: "9:15 (America/Chicago)". Read first, so
  // "Pacific/Auckland" is New Zealand and not the "Pacific" time its first word would say.
  const iana =
    /^(?:Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific)\/[A-Za-z_]{2,30}(?:\/[A-Za-z_]{2,30})?/.exec(
      zoneWord,
    )?.[0];
  if (iana !== undefined && resolveZone(iana).warning === null) return resolveZone(iana).zone;
  // A calendar invite names the zone and then its city: "(Greenwich Mean Time - London)", "(Eastern European Time -
  // Athens)" (round 650). The city decides, since the first words may read as another zone ("Eastern").
  const city = /^(?:[a-z]+\s+){1,5}?time\s*[-–]\s*(?=[a-z])/i.exec(zoneWord)?.[0];
  if (city !== undefined) {
    const zone = namedZone(zoneWord.slice(city.length));
    if (zone !== null) return zone;
  }
  for (const [re, zone] of ZONE_WORDS) if (re.test(zoneWord)) return zone;
  return null;
}

function weekdayDate(t: string, text: string): string | null {
  const m =
    /\b(this\s+coming|this\s+past|this|next|coming|last|past|previous)?\s*(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?/i.exec(
      text,
    );
  const wd = readWeekday(m?.[2] === undefined ? undefined : normaliseWeekday(m[2]));
  if (m === null || wd === null) return null;
  // "last Thursday", "this past Thursday": the latest such day before the day of writing; "Thursday last week", "the
  // previous week's Thursday": that week's. chrono's forward dating reads them as next Thursday (r58).
  if (/\b(?:last|previous)\s+week\b/i.test(text)) return weekdayOfWeek(addDays(t, -7), wd);
  if (/^(?:last|past|previous|this\s+past)$/i.test(m[1] ?? '')) return nextWeekdayAfter(addDays(t, -8), wd);
  // "Thursday of next week", "Thursday next week", "next week Thursday": the week decides, as "next Thursday" would.
  const week = /\b(this|next|the\s+following|following|the\s+coming|coming)\s+week\b/i.exec(text)?.[1];
  const mod = (week ?? m[1] ?? '')
    .toLowerCase()
    .replace(/^(?:the\s+)?(?:following|coming)$/, 'next')
    .replace(/\s+/g, ' ');
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
  return hhmm(c.isCertain('meridiem') ? h : officeHour(h), c.get('minute'));
}

/** An hour written without am/pm, read in office hours: 1 to 6 o'clock is afternoon. */
export function officeHour(h: number): number {
  return h >= 1 && h <= 6 ? h + 12 : h;
}

/** An hour and minute as `HH:MM`. */
export function hhmm(h: number, m: number | null): string {
  return `${String(h).padStart(2, '0')}:${String(m ?? 0).padStart(2, '0')}`;
}

const WRITTEN_CLOCK = /\d|\b(?:noon|midday|midnight)\b/i;
// (with the hours that follow it, which are the span's own: "Available Mon–Fri, 08:00–16:30 SAST")
const WORKING_WEEK =
  /\b(?:mondays?|mon)\.?\s*(?:-|–|—|to|through|thru|until|till)\s*(?:fridays?|fri|saturdays?|sat|sundays?|sun)\b\.?(?:[\s,:]*(?:between\s+|from\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\b\.?)?\s*(?:-|–|—|to|and|until|till)\s*\d{1,2}(?:[:.]\d\d)?(?:\s*[ap]\.?m\b\.?)?)?/gi;
// "arrive 10 minutes before": chrono counts from the sent time; that is no clock time of a slot.
const DURATION = /\b(?:minutes?|mins?|hours?|hrs?)\b/i;
const NUMERIC_DATE = /(?<![\d:])\d{1,2}[/.-]\d{1,2}(?![\d:]|\s*[ap]\.?m\b)/;
const overlaps = (a: chrono.ParsedResult, b: chrono.ParsedResult): boolean =>
  a.index < b.index + b.text.length && b.index < a.index + a.text.length;

/**
 * chrono's results. Day-first zones take numeric dates (30/11) from chrono's GB parser and everything else from
 * its casual one: the GB parser reads "November 27" as November 2027, the 27 standing for a year.
 */
export function parseDates(
  text: string,
  reference: chrono.ParsingReference,
  monthFirst: boolean,
  // Off for words that look back ("Thank you for the interview on Tuesday", heldToday.ts heldOn).
  forwardDate = true,
): chrono.ParsedResult[] {
  const casual = chrono.en.casual.parse(text, reference, { forwardDate });
  if (monthFirst || !NUMERIC_DATE.test(text)) return casual;
  const numeric = chrono.en.GB.parse(text, reference, { forwardDate }).filter((r) =>
    NUMERIC_DATE.test(r.text),
  );
  return [
    ...casual.filter((r) => !NUMERIC_DATE.test(r.text) && !numeric.some((n) => overlaps(n, r))),
    ...numeric,
  ].sort((a, b) => a.index - b.index);
}

/**
 * A year written with two digits ("28/03/72", "27-Mar-72", round 970) is the one of that ending nearest the day of
 * writing: chrono puts "72" in 1972, however near 2072 the mail was sent.
 */
function yearAsMeant(year: number, text: string, t: string | null): number {
  if (t === null || text.includes(String(year))) return year;
  const sent = Number(t.slice(0, 4));
  const base = sent - (sent % 100) + (year % 100);
  return [base - 100, base, base + 100].reduce((a, b) => (Math.abs(b - sent) < Math.abs(a - sent) ? b : a));
}

/** The day chrono's components name, by our conventions; null where they name none. */
function dayOf(
  c: chrono.ParsedComponents,
  text: string,
  t: string | null,
): { readonly date: string; readonly yearImplied: boolean } | null {
  if (c.isCertain('day') && c.isCertain('month')) {
    const month = c.get('month') ?? 1;
    const day = c.get('day') ?? 1;
    if (c.isCertain('year')) {
      const date = dateFromParts(yearAsMeant(c.get('year') ?? 0, text, t), month, day);
      return date === null ? null : { date, yearImplied: false };
    }
    const date = t === null ? null : nextOccurrence(t, month, day);
    return date === null ? null : { date, yearImplied: true };
  }
  if (t === null) return null;
  if (c.isCertain('weekday')) {
    const date = weekdayDate(t, text);
    return date === null ? null : { date, yearImplied: false };
  }
  // The day of writing, or the next: never moved on by chrono's forward dating, which reads "this afternoon at 4",
  // written at 7 pm, as tomorrow's.
  if (/\btomorrow\b/i.test(text)) return { date: addDays(t, 1), yearImplied: false };
  if (/\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b/i.test(text))
    return { date: t, yearImplied: false };
  return null;
}

/**
 * A weekday's short form that is a name's first word or a plain word: "the Sun Life portal", "Wed Anderson
 * Partners", "enjoy the sun" (round 170: an enrolment notice's "Sun Life" read as Sunday). A month or a number after
 * it makes it a day again ("Sun 14 Nov", "Wed Nov 17").
 */
const NAME_AFTER =
  /^[ \t]+(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)[A-Z][a-z]+\b(?![ \t]*\d)/;
function nameNotDay(text: string, r: Read): boolean {
  if (!/^(?:mon|tue|wed|thu|fri|sat|sun)$/i.test(r.text)) return false;
  const after = text.slice(r.index + r.text.length, r.index + r.text.length + 24);
  return (
    (/^[A-Z]/.test(r.text) && NAME_AFTER.test(after)) ||
    (r.text === 'sun' && /\bthe\s+$/i.test(text.slice(Math.max(0, r.index - 8), r.index)))
  );
}

/** A chrono result placed in the text as written. */
type Read = Pick<chrono.ParsedResult, 'index' | 'text' | 'start' | 'end'>;

/**
 * parseDates on the text with each run of spaces read as one, each result placed back where it stands. An
 * "&nbsp;" is six spaces here (pipeline.ts keeps offsets), and chrono reads "Wed 17 Nov,      9:30am" as two
 * dates, the second "Nov 1" (round 170); with one space it reads the day and its clock.
 */
function parseSpaced(text: string, reference: chrono.ParsingReference, monthFirst: boolean): readonly Read[] {
  if (!/ {2}/.test(text)) return parseDates(text, reference, monthFirst);
  // at[i]: the offset in `text` of the compact text's i-th character.
  const at: number[] = [];
  let compact = '';
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === ' ' && text[i - 1] === ' ') continue;
    at.push(i);
    compact += text[i];
  }
  return parseDates(compact, reference, monthFirst).map((r) => {
    const from = at[r.index] ?? 0;
    const to = (at[r.index + r.text.length - 1] ?? from) + 1;
    return {
      index: from,
      text: text.slice(from, to),
      start: r.start,
      ...(r.end === undefined ? {} : { end: r.end }),
    };
  });
}

/**
 * "push tomorrow's 10am to Monday, same time": chrono reads "10am to Monday" as one range from a clock to a day, and
 * that clock has no day of its own. They are two: the old slot's clock (which joins "tomorrow") and the day it
 * moves to (round 230b).
 */
function clockToDay(r: Read): readonly Read[] {
  const joint = /^(.{1,40}?)\s+(?:to|until|till)\s+/i.exec(r.text);
  const clock = joint?.[1];
  if (joint === null || clock === undefined || r.end === undefined || NAMES_A_DAY.test(clock)) return [r];
  // (a written clock only: "from 9 to 18 December" is a range of days)
  if (
    !r.start.isCertain('hour') ||
    r.start.isCertain('day') ||
    !/\d\s*(?:[ap]\.?m\b|[:.][0-5]\d)|\bnoon\b/i.test(clock)
  )
    return [r];
  const rest = r.text.slice(joint[0].length);
  if (!NAMES_A_DAY.test(rest)) return [r];
  return [
    { index: r.index, text: clock, start: r.start },
    { index: r.index + joint[0].length, text: rest, start: r.end },
  ];
}

/** Every point date chrono finds in the message, resolved by our conventions. */
export function chronoExprs(context: ReadContext): readonly TimeExpr[] {
  const reference = {
    instant: new Date(context.sentAt === null ? 0 : (epochMs(context.sentAt) ?? 0)),
    timezone: context.sentAt === null ? 0 : offsetMinutes(context.sentAt, context.tz),
  };
  let results: readonly Read[];
  try {
    // "the morning of Friday, January 8" confuses chrono; the part of day names no clock time anyway, so it is
    // blanked (same length, offsets kept).
    const text = context.text
      .slice(0, 20_000)
      .replace(/\b(?:morning|afternoon|evening)\s+of\b/gi, (m) => ' '.repeat(m.length))
      // The working week as a span ("held Monday to Friday, 8:00 a.m. – 4:00 p.m.", "Mon–Fri 9–5") is a recurring
      // schedule, office hours, and names no day (round 120).
      .replace(WORKING_WEEK, (m) => ' '.repeat(m.length))
      // British "2.30pm" as "2:30pm" (same length): chrono reads "5 November, 2.30pm" as the 2nd.
      .replace(/\b(\d{1,2})\.([0-5]\d)(?=\s*[ap]\.?m\b)/gi, '$1:$2');
    results = parseSpaced(text, reference, context.monthFirst).flatMap(clockToDay);
  } catch {
    return [];
  }
  const out: TimeExpr[] = [];
  for (const r of results) {
    if (nameNotDay(context.text, r)) continue;
    if (!NAMES_A_DAY.test(r.text)) {
      // A clock time alone ("9:00 AM Pacific Time on Friday"): kept as a time to join the day next to it. It
      // needs a number or noon: chrono also reads "now" and "for a second" as times, and "10 minutes before".
      if (r.start.isCertain('hour') && WRITTEN_CLOCK.test(r.text) && !DURATION.test(r.text)) {
        const time = clockOf(r.start);
        if (time !== null)
          out.push({
            index: r.index,
            text: r.text,
            date: '',
            time,
            zone: zoneNear(context, r.index, r.index + r.text.length),
            // "9:30am - 1:30pm CT" on a line of its own ("Thursday, December 3 · 9:30am - 1:30pm CT"): its length
            // goes with the time to the day it joins.
            minutes: spanMinutes(r),
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
    const day = dayOf(s, r.text, t);
    if (day === null) continue;
    const { date, yearImplied } = day;
    // "from Thursday to next Monday": the range's other end, which a sentence that moves a slot takes instead.
    // (and "from March 11 through March 22", "March 11 - March 22": an absence's range, lead's round 149)
    const joint = /(?<!\s)\s+(?:(?:to|until|till|through|thru)\s+|[-–]\s+)/i.exec(r.text);
    const other = r.end ?? null;
    const endDay =
      joint !== null && other !== null
        ? (dayOf(other, r.text.slice(joint.index + joint[0].length), t) ?? { date, yearImplied })
        : null;
    // On one day, only "from 2pm to 3pm" names an old and a new time; "Thursday, 2pm to 3pm" is the slot's span.
    const fromTo =
      /\bfrom\s*$/i.test(context.text.slice(Math.max(0, r.index - 6), r.index)) || /^from\b/i.test(r.text);
    const endTime = other === null ? null : clockOf(other);
    const to =
      joint !== null &&
      other !== null &&
      endDay !== null &&
      (endDay.date !== date || (fromTo && endTime !== null && endTime !== clockOf(s)))
        ? { offset: joint.index + joint[0].length, date: endDay.date, time: endTime }
        : undefined;
    const time = clockOf(s);
    const endMinutes = time === null ? null : spanMinutes(r);
    out.push({
      index: r.index,
      text: r.text,
      date,
      time,
      zone: time === null ? null : zoneNear(context, r.index, r.index + r.text.length),
      minutes: endMinutes,
      fuzzy: false,
      form: 'point',
      bound: 'none',
      detector: CHRONO_DETECTOR,
      yearImplied,
      ...(to === undefined ? {} : { to }),
    });
  }
  return out;
}

/**
 * "around 3", "@ 10:30", "half past two", "quarter to ten", "at nine in the morning": a clock time chrono does not read, to join the day
 * beside it. Office hours decide am/pm (1 to 6 is afternoon).
 */
export const bareClock: Detector = {
  name: CLOCK_DETECTOR,
  pattern:
    /(?:\b(?:around|about|approximately|how's|how\s+is|how\s+about|what\s+about|does|say)|@)\s*(?<h>\d{1,2})(?::(?<m>[0-5]\d))?\b(?!\s*(?:%|\/|-|am\b|pm\b|a\.m|p\.m|days?|weeks?|hours?|minutes?|mins?|business|working|people|candidates))|\bbetween\s+(?<bh>\d{1,2})(?::(?<bm>[0-5]\d))?\s*(?:and|-|to|–)\s*(?<eh>\d{1,2})(?::[0-5]\d)?\s*(?<mer>[ap])\.?m\b\.?|\b(?<part>half|(?:a\s+)?quarter)\s+(?<rel>past|to)\s+(?<hw>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b|\b(?<=\bat\s+)half\s+(?<hh>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b|\b(?:at|from)\s+(?<ww>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?=(?:\s+o['’]?clock)?(?:\s+(?:to|until|till)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s+o['’]?clock)?)?\s+in\s+the\s+(?<dp>morning|afternoon|evening)\b|\s+o['’]?clock\b)|(?<=\b(?:time|hora|heure|hor[aá]rio|at|[àa]s|from|starts?)\s*[:–-]?\s*)(?<hx>[01]?\d|2[0-3])h\b(?!\s*\d)/gi,
  extract(_context, m) {
    const g = m.groups ?? {};
    // "between 9 and 11am": the first hour, in the meridiem written after the second.
    if (g['bh'] !== undefined) {
      const bh = Number(g['bh']);
      if (!(bh >= 1 && bh <= 12)) return null;
      // "between 2 and 4pm" is 14:00; "between 11 and 1pm" starts before noon.
      const pm = /p/i.test(g['mer'] ?? '') && bh < 12 && bh < Number(g['eh']);
      const time = hhmm(pm ? bh + 12 : bh, Number(g['bm'] ?? 0));
      return { date: '', time, zone: null, minutes: null, fuzzy: false, form: 'point', bound: 'none' };
    }
    // "at half nine" (British): half past nine.
    if (g['hh'] !== undefined) {
      const hh = CLOCK_WORDS[g['hh'].toLowerCase()] ?? 0;
      if (hh < 1) return null;
      return {
        date: '',
        time: hhmm(hh <= 6 ? hh + 12 : hh, 30),
        zone: null,
        minutes: null,
        fuzzy: false,
        form: 'point',
        bound: 'none',
      };
    }
    // "Time: 10h (Brasília time)": a 24-hour clock's hour alone (round 810).
    if (g['hx'] !== undefined)
      return {
        date: '',
        time: hhmm(Number(g['hx']), 0),
        zone: null,
        minutes: null,
        fuzzy: false,
        form: 'point',
        bound: 'none',
      };
    // "from nine to ten in the morning", "at three o'clock" (round 650): the part of the day decides, else office hours.
    if (g['ww'] !== undefined) {
      const h = CLOCK_WORDS[g['ww'].toLowerCase()] ?? 0;
      const part = g['dp']?.toLowerCase();
      const pm = part === undefined ? h <= 6 : part !== 'morning' && h < 12;
      return {
        date: '',
        time: hhmm(pm ? h + 12 : h === 12 && part === 'morning' ? 0 : h, 0),
        zone: null,
        minutes: null,
        fuzzy: false,
        form: 'point',
        bound: 'none',
      };
    }
    const word = g['hw']?.toLowerCase();
    const written = word === undefined ? Number(g['h']) : (CLOCK_WORDS[word] ?? Number(word));
    if (!(written >= 1 && written <= 12)) return null;
    const offset =
      g['part'] === undefined
        ? Number(g['m'] ?? 0)
        : (/half/i.test(g['part']) ? 30 : 15) * (g['rel'] === 'to' ? -1 : 1);
    const h = offset < 0 ? (written === 1 ? 12 : written - 1) : written;
    const time = hhmm(h <= 6 ? h + 12 : h, (offset + 60) % 60);
    return { date: '', time, zone: null, minutes: null, fuzzy: false, form: 'point', bound: 'none' };
  },
};
