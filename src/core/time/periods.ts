import type { IsoDate } from '../types';
import { daysInMonth, formatYmd } from './_lib/civil';
import { addDays, addMonthsClamped, ymdOf } from './isoDate';
import { weekdayOfWeek } from './weekdays';

/** Friday of the Monday–Sunday week holding `date` ("by the end of the week"). */
export function endOfWorkWeek(date: IsoDate): IsoDate {
  return weekdayOfWeek(date, 5);
}

/** Sunday of the week holding `date`. */
export function endOfWeek(date: IsoDate): IsoDate {
  return weekdayOfWeek(date, 7);
}

/** @example endOfMonth('2028-02-10') === '2028-02-29' */
export function endOfMonth(date: IsoDate): IsoDate {
  const d = ymdOf(date);
  return formatYmd({ ...d, day: daysInMonth(d.year, d.month) });
}

/** Last day of the quarter holding `date`. @example endOfQuarter('2026-11-02') === '2026-12-31' */
export function endOfQuarter(date: IsoDate): IsoDate {
  const d = ymdOf(date);
  const lastMonth = Math.ceil(d.month / 3) * 3;
  return formatYmd({ year: d.year, month: lastMonth, day: daysInMonth(d.year, lastMonth) });
}

/** @example endOfYear('2026-03-04') === '2026-12-31' */
export function endOfYear(date: IsoDate): IsoDate {
  return formatYmd({ year: ymdOf(date).year, month: 12, day: 31 });
}

/** Last day of the month `n` months after the one holding `date` ("next month" → its end). */
export function endOfMonthAfter(date: IsoDate, n: number): IsoDate {
  return endOfMonth(addMonthsClamped(date, n));
}

/** Friday of the week `n` weeks after the one holding `date`. */
export function fridayOfWeekAfter(date: IsoDate, n: number): IsoDate {
  return endOfWorkWeek(addDays(date, 7 * n));
}
