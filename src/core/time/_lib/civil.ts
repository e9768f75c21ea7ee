// Proleptic Gregorian calendar arithmetic on whole numbers: a date is a count of days since 1970-01-01.
// Written by hand because it is a few lines of exact integer math (Howard Hinnant's days_from_civil), where a
// date library would add a Date object, the machine's zone and kilobytes to every bundle.
import type { IsoDate } from '../../types';

export interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export const MS_PER_DAY = 86_400_000;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Whether the parts name a real day (31 April and 29 February 2027 do not). */
export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Days since 1970-01-01 of a (real) date. */
export function dayNumber({ year, month, day }: Ymd): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The date `n` days after 1970-01-01. */
export function fromDayNumber(n: number): Ymd {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** 1 = Monday … 7 = Sunday of a day number (1970-01-01 was a Thursday). */
export function isoWeekday(n: number): 1 | 2 | 3 | 4 | 5 | 6 | 7 {
  return (((((n + 3) % 7) + 7) % 7) + 1) as 1 | 2 | 3 | 4 | 5 | 6 | 7;
}

export const pad2 = (n: number): string => String(n).padStart(2, '0');

/** `YYYY-MM-DD` of a date in years 0–9999 (mail's dates are well inside that). */
export function formatYmd({ year, month, day }: Ymd): IsoDate {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** Reads `YYYY-MM-DD` naming a real day, or null. */
export function readYmd(text: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const ymd = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isRealDate(ymd.year, ymd.month, ymd.day) ? ymd : null;
}
