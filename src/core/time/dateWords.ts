// Dates and clock times in words, as reasons and drafts write them ("Tuesday 10 November", "Tuesday, November 10").
import type { IsoDate } from '../types';
import { MONTH_NAMES, WEEKDAY_NAMES } from './calendarNames';
import { weekdayOf } from './isoDate';

const MONTHS = MONTH_NAMES;
const WEEKDAYS = WEEKDAY_NAMES;

/**
 * "3 March" ("March 3" where dates are written month first, `us`), with the year where it is not `today`'s
 * ("3 March 2025", "March 3, 2025").
 */
export function dayMonth(date: IsoDate, today?: IsoDate, us = false): string {
  const [y, m, d] = date.split('-');
  const month = MONTHS[Number(m) - 1] ?? m;
  const otherYear = today !== undefined && today.slice(0, 4) !== y;
  if (us) return `${month} ${Number(d)}${otherYear ? `, ${y}` : ''}`;
  return `${Number(d)} ${month}${otherYear ? ` ${y}` : ''}`;
}

/** "Tuesday 10 November"; "Tuesday, November 10" where dates are written month first. */
export function weekdayDayMonth(date: IsoDate, today?: IsoDate, us = false): string {
  const weekday = WEEKDAYS[weekdayOf(date) - 1] ?? '';
  return us ? `${weekday}, ${dayMonth(date, today, true)}` : `${weekday} ${dayMonth(date, today)}`;
}

/** A clock time as the reader writes it: "14:00", or "2:00 PM" where dates are written month first. */
export function clockWords(hhmm: string, us = false): string {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!us || m === null) return hhmm;
  const hour = Number(m[1]);
  return `${hour % 12 === 0 ? 12 : hour % 12}:${m[2]} ${hour < 12 ? 'AM' : 'PM'}`;
}

export function weekdayName(date: IsoDate): string {
  return WEEKDAYS[weekdayOf(date) - 1] ?? '';
}
