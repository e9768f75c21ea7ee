import { Temporal } from 'temporal-polyfill';
import type { IsoDate } from '../types';
import { iso, plain } from './_lib/plain';

/** ISO weekday: 1 = Monday … 7 = Sunday (weeks run Monday–Sunday, TIMELINE-CONVENTIONS.md). */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Whether `text` is a real calendar date written `YYYY-MM-DD` (2027-02-29 is not). */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  try {
    plain(text);
    return true;
  } catch {
    return false;
  }
}

/** @example addDays('2028-02-28', 1) === '2028-02-29' */
export function addDays(date: IsoDate, n: number): IsoDate {
  return iso(plain(date).add({ days: n }));
}

/**
 * Calendar days from `a` to `b` (negative when `b` is earlier).
 * @example daysBetween('2026-12-29', '2027-01-05') === 7
 */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return plain(a).until(plain(b), { largestUnit: 'days' }).days;
}

/** @example weekdayOf('2026-11-27') === 5 (a Friday) */
export function weekdayOf(date: IsoDate): Weekday {
  return plain(date).dayOfWeek as Weekday;
}

/**
 * Adds months keeping the day of month, clamped to the month's end ("within a month" of Jan 31 → Feb 28).
 * @example addMonthsClamped('2028-01-31', 1) === '2028-02-29'
 */
export function addMonthsClamped(date: IsoDate, n: number): IsoDate {
  return iso(plain(date).add({ months: n }, { overflow: 'constrain' }));
}

/** Builds a date from parts, or null where they name no real day (31 April, 29 February 2027). */
export function dateFromParts(year: number, month: number, day: number): IsoDate | null {
  try {
    return iso(Temporal.PlainDate.from({ year, month, day }, { overflow: 'reject' }));
  } catch {
    return null;
  }
}

/** The earlier / later of two dates. */
export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}
export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}
