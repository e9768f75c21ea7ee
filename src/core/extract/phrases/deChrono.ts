/**
 * chrono-node's German parser with what German mail writes and it does not read (issue 13, round 29): a day and
 * month without a year ("am 17.11.", "Mo. 23.11.", "Mittwoch, 2.12."), which chrono leaves alone or takes for a
 * clock time ("2.12" as 02:12), and the spoken clock ("um halb elf", "Viertel nach zehn").
 */
import * as de from 'chrono-node/de';
import type { Chrono, Parser, Refiner } from 'chrono-node';

const WEEKDAYS: Readonly<Record<string, number>> = {
  sonntag: 0,
  so: 0,
  montag: 1,
  mo: 1,
  dienstag: 2,
  di: 2,
  mittwoch: 3,
  mi: 3,
  donnerstag: 4,
  do: 4,
  freitag: 5,
  fr: 5,
  samstag: 6,
  sa: 6,
};

/**
 * "17.11." with its closing period, or "Mittwoch, 2.12." / "Di, 10.11.2026" after a weekday: a day and month
 * (German writes no month first). A number with a decimal ("2.5 Stunden") has no closing period and no weekday.
 * A year of two digits ("Datum: Dienstag, 3.11.43", Swiss forms, round 326) is the one of its century nearest the
 * reference's; chrono reads "3.11" of it as 03:11.
 */
const DAY_MONTH = new RegExp(
  String.raw`(?<![\p{L}\p{N}.])(?:(?<weekday>${Object.keys(WEEKDAYS).join('|')})\.?,?\s+(?:(?:den|der)\s+)?)?(?<day>[0-3]?\d)\.(?<month>0?[1-9]|1[0-2])\.(?:(?<year>\d{4})|(?<shortYear>\d{2}))?(?!\d|\.\d)`,
  'iu',
);

/** "43" as the year of its century nearest the reference's (2043 written in 2042, 1999 as "99" in 2001). */
function shortYear(
  digits: string | undefined,
  context: { readonly reference: { readonly instant: Date } },
): number | undefined {
  if (digits === undefined) return undefined;
  const now = context.reference.instant.getUTCFullYear();
  const year = now - (now % 100) + Number(digits);
  return year - now > 50 ? year - 100 : now - year > 50 ? year + 100 : year;
}

const dayMonth: Parser = {
  pattern: () => DAY_MONTH,
  extract: (context, match) => {
    const g = match.groups ?? {};
    const day = Number(g['day']);
    const month = Number(g['month']);
    if (day < 1 || day > 31) return null;
    // Without a weekday before it, "17.11" needs its closing period and no year ("12.11.2026" is chrono's).
    if (g['weekday'] === undefined && g['year'] !== undefined) return null;
    const weekday = g['weekday'] === undefined ? undefined : WEEKDAYS[g['weekday'].toLowerCase()];
    const year = g['year'] !== undefined ? Number(g['year']) : shortYear(g['shortYear'], context);
    return {
      day,
      month,
      ...(year !== undefined ? { year } : {}),
      ...(weekday !== undefined ? { weekday } : {}),
    };
  },
};

/** The number words one to twelve: the hours of the spoken clock, and the first window numbers of de.ts. */
export const ONE_TO_TWELVE: Readonly<Record<string, number>> = {
  ein: 1,
  eins: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  elf: 11,
  zwölf: 12,
};

/** "halb elf" (10:30), "Viertel nach zehn" (10:15), "Viertel vor elf" and "dreiviertel elf" (10:45). */
const SPOKEN_CLOCK = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:um\s+)?(?<part>halb|viertel\s+nach|viertel\s+vor|dreiviertel|drei\s+viertel)\s+(?<hour>${Object.keys(ONE_TO_TWELVE).join('|')}|1[0-2]|[1-9])(?:\s+Uhr)?(?![\p{L}\p{N}])`,
  'iu',
);

const spokenClock: Parser = {
  pattern: () => SPOKEN_CLOCK,
  extract: (_context, match) => {
    const g = match.groups ?? {};
    const named = (g['hour'] ?? '').toLowerCase();
    const hour = ONE_TO_TWELVE[named] ?? Number(named);
    const part = (g['part'] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const [h, minute] =
      part === 'viertel nach' ? [hour, 15] : part === 'halb' ? [hour - 1, 30] : [hour - 1, 45];
    // Office hours: "halb drei" is 14:30, not a night-time 02:30.
    const h24 = h < 7 ? h + 12 : h;
    return { hour: h24 % 24, minute, meridiem: h24 >= 12 ? 1 : 0 };
  },
};

/** The reference's calendar day, read in the zone chrono was given. */
function localDay(context: {
  readonly reference: { readonly instant: Date; readonly timezoneOffset?: number | null };
}): Date {
  return new Date(context.reference.instant.getTime() + (context.reference.timezoneOffset ?? 0) * 60_000);
}

/** `days` after the Monday of the reference's week, as chrono's day components. */
function dayOfWeekFrom(local: Date, days: number): { day: number; month: number; year: number } {
  const day = new Date(local.getTime());
  day.setUTCDate(local.getUTCDate() - ((local.getUTCDay() + 6) % 7) + days);
  return { day: day.getUTCDate(), month: day.getUTCMonth() + 1, year: day.getUTCFullYear() };
}

/**
 * "Anfang übernächster Woche", "Ende der übernächsten Woche", "übernächste Woche": a day of the week after next
 * (its Tuesday, Wednesday or Friday, as "at the start of", "by the middle of" and "next week" in English;
 * TIMELINE-CONVENTIONS.md), which chrono does not read.
 */
const WEEK_AFTER_NEXT = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?<part>Anfang|Mitte|Ende)\s+(?:der\s+)?)?übernächste[nr]?\s+Woche(?![\p{L}\p{N}])`,
  'iu',
);
const PART_DAY: Readonly<Record<string, number>> = { anfang: 1, mitte: 2, ende: 4 };

const weekAfterNext: Parser = {
  pattern: () => WEEK_AFTER_NEXT,
  extract: (context, match) =>
    dayOfWeekFrom(localDay(context), 14 + (PART_DAY[(match.groups?.['part'] ?? 'ende').toLowerCase()] ?? 4)),
};

/**
 * "Mittwoch nächster Woche", "Freitag der kommenden Woche": that day of next week (TIMELINE-CONVENTIONS.md "next
 * Friday"), which chrono reads as this week's day and a separate "next week".
 */
const WEEKDAY_NEXT_WEEK = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?<weekday>montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag),?\s+(?:der\s+)?(?:nächste[nr]?|kommende[nr]?)\s+Woche(?![\p{L}\p{N}])`,
  'iu',
);

const weekdayNextWeek: Parser = {
  pattern: () => WEEKDAY_NEXT_WEEK,
  extract: (context, match) => {
    const weekday = WEEKDAYS[(match.groups?.['weekday'] ?? '').toLowerCase()] ?? 1;
    // With its weekday, as the reader takes a named day: the date is next week's.
    return { ...dayOfWeekFrom(localDay(context), 7 + ((weekday + 6) % 7)), weekday };
  },
};

/** A clock hour with "Uhr" and no "um" before it: "gleiche Uhrzeit (11 Uhr)", "ab 9 Uhr". */
const HOUR_UHR = /(?<![\p{L}\p{N}.:])(?<hour>[01]?\d|2[0-3])\s*Uhr(?![\p{L}\p{N}])/iu;

const hourUhr: Parser = {
  pattern: () => HOUR_UHR,
  extract: (_context, match) => {
    const hour = Number(match.groups?.['hour']);
    return { hour, minute: 0, meridiem: hour >= 12 ? 1 : 0 };
  },
};

/** What joins two dates into one range on one line ("10:00 - 11:00 Uhr", "vom 16. bis 20. November"). */
const RANGE_BETWEEN = /^[ \t]*(?:bis(?:[ \t]*(?:am|zum))?|-)[ \t]*$/iu;

interface RangeRefiner {
  patternBetween: () => RegExp;
}

function isRangeRefiner(r: object): r is RangeRefiner {
  const between = (r as Partial<RangeRefiner>).patternBetween;
  return typeof between === 'function' && between.call(r).test('bis');
}

/** Words before "Morgen" that make it the morning ("heute Morgen", "am Morgen", "Guten Morgen"). */
const MORNING_BEFORE = /(?<![\p{L}\p{N}])(?:heute|gestern|am|guten|jeden|diesen|den|der|einen)\s*$/iu;

/**
 * "morgen" alone is tomorrow, however it is capitalised: chrono reads it as this morning's or tomorrow's 06:00 at
 * the start of a sentence ("Morgen melden wir uns", "Morgen ruft dich Frau Klein an"), a clock time nobody wrote.
 */
const tomorrowNotMorning: Refiner = {
  refine: (context, results) =>
    results.map((r) => {
      const word = r.text.trim();
      if (!/^morgen$/iu.test(word) || !r.tags().has('casualReference/morning')) return r;
      const at = r.index + r.text.indexOf(word);
      if (MORNING_BEFORE.test(context.text.slice(Math.max(0, at - 12), at))) return r;
      const next = localDay(context);
      next.setUTCDate(next.getUTCDate() + 1);
      return context.createParsingResult(at, word, {
        day: next.getUTCDate(),
        month: next.getUTCMonth() + 1,
        year: next.getUTCFullYear(),
      });
    }),
};

/** What lies between a weekday and its date in the dative: "am Dienstag, dem 20. Juni" (chrono reads only "den"). */
const DATIVE_BETWEEN = /^[ \t]*(?:,[ \t]*)?dem[ \t]+$/iu;

/**
 * "am Dienstag, dem 20. Juni 2028": chrono reads the weekday alone (as this week's Tuesday) and the date apart, two
 * days where the writer named one (round 231, an authority's invitation); the weekday goes, the date stays.
 */
const weekdayDativeDate: Refiner = {
  refine: (context, results) =>
    results.filter((r, i) => {
      const next = results[i + 1];
      if (next === undefined || r.start.isCertain('day') || !r.start.isCertain('weekday')) return true;
      if (!next.start.isCertain('day')) return true;
      return !DATIVE_BETWEEN.test(context.text.slice(r.index + r.text.length, next.index));
    }),
};

/**
 * chrono-node's casual German parser, with the two readings above first. Its range merge also joins across a
 * line break ("Montag, 23.11., 9:00 Uhr\n- Dienstag, 24.11.": a list of slots read as one range); a range is on
 * one line.
 */
export function germanChrono(): Chrono {
  const chrono = de.casual.clone();
  chrono.parsers.unshift(dayMonth, spokenClock, weekAfterNext, weekdayNextWeek, hourUhr);
  for (const r of chrono.refiners) if (isRangeRefiner(r)) r.patternBetween = () => RANGE_BETWEEN;
  chrono.refiners.push(tomorrowNotMorning, weekdayDativeDate);
  return chrono;
}
