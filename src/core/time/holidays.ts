import type { IsoDate } from '../types';
import { daysInMonth, formatYmd } from './_lib/civil';
import { addDays, weekdayOf, type Weekday } from './isoDate';

/** Which public holidays count as non-business days: none (the default, TIMELINE-CONVENTIONS.md), US or UK. */
export type HolidayCalendar = 'none' | 'US' | 'UK';

/** The `nth` (1-based) `weekday` of a month; nth = -1 for the last one. */
export function nthWeekdayOfMonth(year: number, month: number, weekday: Weekday, nth: number): IsoDate {
  const first = formatYmd({ year, month, day: 1 });
  if (nth > 0) {
    const gap = (weekday - weekdayOf(first) + 7) % 7;
    return addDays(first, gap + 7 * (nth - 1));
  }
  const last = formatYmd({ year, month, day: daysInMonth(year, month) });
  const back = (weekdayOf(last) - weekday + 7) % 7;
  return addDays(last, -back);
}

/** Easter Sunday (Gregorian), by the anonymous "Meeus/Jones/Butcher" rule. */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return formatYmd({ year, month, day });
}

/** US Thanksgiving: fourth Thursday of November. */
export function usThanksgiving(year: number): IsoDate {
  return nthWeekdayOfMonth(year, 11, 4, 4);
}

/** US Labor Day: first Monday of September. */
export function usLaborDay(year: number): IsoDate {
  return nthWeekdayOfMonth(year, 9, 1, 1);
}

function fixed(year: number, month: number, day: number): IsoDate {
  return formatYmd({ year, month, day });
}

/** Federal rule (5 U.S.C. 6103): a Saturday holiday is observed the Friday before, a Sunday one the Monday after. */
function usObserved(date: IsoDate): IsoDate {
  const wd = weekdayOf(date);
  return wd === 6 ? addDays(date, -1) : wd === 7 ? addDays(date, 1) : date;
}

/** US federal holidays as observed in `year`, sorted. */
export function usFederalHolidays(year: number): readonly IsoDate[] {
  const days = [
    usObserved(fixed(year, 1, 1)),
    nthWeekdayOfMonth(year, 1, 1, 3), // Martin Luther King Jr. Day
    nthWeekdayOfMonth(year, 2, 1, 3), // Washington's Birthday
    nthWeekdayOfMonth(year, 5, 1, -1), // Memorial Day
    ...(year >= 2021 ? [usObserved(fixed(year, 6, 19))] : []), // Juneteenth, federal since 2021
    usObserved(fixed(year, 7, 4)),
    usLaborDay(year),
    nthWeekdayOfMonth(year, 10, 1, 2), // Columbus Day
    usObserved(fixed(year, 11, 11)),
    usThanksgiving(year),
    usObserved(fixed(year, 12, 25)),
  ];
  return [...days].sort();
}

/** England & Wales bank holidays by the standing rules (one-off royal occasions are not predictable by rule). */
export function englandWalesBankHolidays(year: number): readonly IsoDate[] {
  const easter = easterSunday(year);
  const newYear = fixed(year, 1, 1);
  const nyWd = weekdayOf(newYear);
  const christmas = fixed(year, 12, 25);
  const xWd = weekdayOf(christmas);
  // Substitute days: a Christmas or Boxing Day on a weekend moves to the next weekday not already a holiday.
  const christmasPair: readonly IsoDate[] =
    xWd === 5
      ? [christmas, fixed(year, 12, 28)]
      : xWd === 6
        ? [fixed(year, 12, 27), fixed(year, 12, 28)]
        : xWd === 7
          ? [fixed(year, 12, 26), fixed(year, 12, 27)]
          : [christmas, fixed(year, 12, 26)];
  const days = [
    nyWd === 6 ? addDays(newYear, 2) : nyWd === 7 ? addDays(newYear, 1) : newYear,
    addDays(easter, -2), // Good Friday
    addDays(easter, 1), // Easter Monday
    nthWeekdayOfMonth(year, 5, 1, 1), // Early May
    nthWeekdayOfMonth(year, 5, 1, -1), // Spring
    nthWeekdayOfMonth(year, 8, 1, -1), // Summer
    ...christmasPair,
  ];
  return [...days].sort();
}

/** Whether `date` is a public holiday in `calendar` ('none': never). */
export function isPublicHoliday(date: IsoDate, calendar: HolidayCalendar = 'none'): boolean {
  if (calendar === 'none') return false;
  const year = Number(date.slice(0, 4));
  const list = calendar === 'US' ? usFederalHolidays(year) : englandWalesBankHolidays(year);
  return list.includes(date);
}
