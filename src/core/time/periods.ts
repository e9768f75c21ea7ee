import type { IsoDate } from '../types';
import { iso, plain } from './_lib/plain';
import { addDays } from './isoDate';
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
  const d = plain(date);
  return iso(d.with({ day: d.daysInMonth }));
}

/** Last day of the quarter holding `date`. @example endOfQuarter('2026-11-02') === '2026-12-31' */
export function endOfQuarter(date: IsoDate): IsoDate {
  const d = plain(date);
  const lastMonth = Math.ceil(d.month / 3) * 3;
  return endOfMonth(iso(d.with({ month: lastMonth, day: 1 })));
}

/** @example endOfYear('2026-03-04') === '2026-12-31' */
export function endOfYear(date: IsoDate): IsoDate {
  return iso(plain(date).with({ month: 12, day: 31 }));
}

/** Last day of the month `n` months after the one holding `date` ("next month" → its end). */
export function endOfMonthAfter(date: IsoDate, n: number): IsoDate {
  return endOfMonth(iso(plain(date).with({ day: 1 }).add({ months: n })));
}

/** Friday of the week `n` weeks after the one holding `date`. */
export function fridayOfWeekAfter(date: IsoDate, n: number): IsoDate {
  return endOfWorkWeek(addDays(date, 7 * n));
}
