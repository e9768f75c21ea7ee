import type { IsoDate } from '../types';
import { addDays, weekdayOf, type Weekday } from './isoDate';

/** @example isWeekend('2026-11-28') === true (a Saturday) */
export function isWeekend(date: IsoDate): boolean {
  return weekdayOf(date) >= 6;
}

/**
 * A Saturday or Sunday moves to the Monday after; any other day stays (ADVICE.md: dates of rules 6, 8, 9).
 * @example shiftOffWeekend('2026-11-29') === '2026-11-30'
 */
export function shiftOffWeekend(date: IsoDate): IsoDate {
  const wd = weekdayOf(date);
  return wd === 6 ? addDays(date, 2) : wd === 7 ? addDays(date, 1) : date;
}

/**
 * The next `weekday` strictly after `date` ("by Friday" written on a Friday is a week later).
 * @example nextWeekdayAfter('2026-11-27', 5) === '2026-12-04'
 */
export function nextWeekdayAfter(date: IsoDate, weekday: Weekday): IsoDate {
  const gap = (weekday - weekdayOf(date) + 7) % 7;
  return addDays(date, gap === 0 ? 7 : gap);
}

/** The given weekday of the Monday–Sunday week holding `date`. @example weekdayOfWeek('2026-11-29', 5) === '2026-11-27' */
export function weekdayOfWeek(date: IsoDate, weekday: Weekday): IsoDate {
  return addDays(date, weekday - weekdayOf(date));
}

/** Monday of the week holding `date`. */
export function startOfWeek(date: IsoDate): IsoDate {
  return weekdayOfWeek(date, 1);
}
