import type { IsoDate } from '../types';
import { addDays } from './isoDate';
import { isPublicHoliday, type HolidayCalendar } from './holidays';
import { isWeekend } from './weekdays';

/** Monday to Friday, and not a public holiday of `holidays` (none by default). */
export function isBusinessDay(date: IsoDate, holidays: HolidayCalendar = 'none'): boolean {
  return !isWeekend(date) && !isPublicHoliday(date, holidays);
}

/**
 * The `n`-th business day after `date` (`date` itself not counted); n = 0 returns `date`; negative counts back.
 * @example addBusinessDays('2026-11-27', 5) === '2026-12-04'
 */
export function addBusinessDays(date: IsoDate, n: number, holidays: HolidayCalendar = 'none'): IsoDate {
  const step = n < 0 ? -1 : 1;
  let left = Math.abs(Math.trunc(n));
  let day = date;
  while (left > 0) {
    day = addDays(day, step);
    if (isBusinessDay(day, holidays)) left -= 1;
  }
  return day;
}

/** The first business day strictly after `date`. @example nextBusinessDay('2026-11-27') === '2026-11-30' */
export function nextBusinessDay(date: IsoDate, holidays: HolidayCalendar = 'none'): IsoDate {
  return addBusinessDays(date, 1, holidays);
}
