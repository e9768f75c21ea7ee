import type { IsoDate } from '../types';
import {
  dayNumber,
  daysInMonth,
  formatYmd,
  fromDayNumber,
  isoWeekday,
  isRealDate,
  readYmd,
  type Ymd,
} from './_lib/civil';

/** ISO weekday: 1 = Monday … 7 = Sunday (weeks run Monday–Sunday, TIMELINE-CONVENTIONS.md). */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Parses `YYYY-MM-DD`; a malformed date is a programmer error (dates here come from our own code). */
export function ymdOf(date: IsoDate): Ymd {
  const ymd = readYmd(date);
  if (ymd === null) throw new RangeError(`Not a calendar date: ${date.slice(0, 20)}`);
  return ymd;
}

/** Whether `text` is a real calendar date written `YYYY-MM-DD` (2027-02-29 is not). */
export function isIsoDate(text: string): boolean {
  return readYmd(text) !== null;
}

/** @example addDays('2028-02-28', 1) === '2028-02-29' */
export function addDays(date: IsoDate, n: number): IsoDate {
  return formatYmd(fromDayNumber(dayNumber(ymdOf(date)) + n));
}

/**
 * Calendar days from `a` to `b` (negative when `b` is earlier).
 * @example daysBetween('2026-12-29', '2027-01-05') === 7
 */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return dayNumber(ymdOf(b)) - dayNumber(ymdOf(a));
}

/** @example weekdayOf('2026-11-27') === 5 (a Friday) */
export function weekdayOf(date: IsoDate): Weekday {
  return isoWeekday(dayNumber(ymdOf(date)));
}

/**
 * Adds months keeping the day of month, clamped to the month's end ("within a month" of Jan 31 → Feb 28).
 * @example addMonthsClamped('2028-01-31', 1) === '2028-02-29'
 */
export function addMonthsClamped(date: IsoDate, n: number): IsoDate {
  const { year, month, day } = ymdOf(date);
  const index = year * 12 + (month - 1) + n;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return formatYmd({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
}

/** Builds a date from parts, or null where they name no real day (31 April, 29 February 2027). */
export function dateFromParts(year: number, month: number, day: number): IsoDate | null {
  return isRealDate(year, month, day) && year >= 0 && year <= 9999 ? formatYmd({ year, month, day }) : null;
}

/** The earlier / later of two dates. */
export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}
export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}
