// The time area's public surface (STYLE.md practice 2): zoned dates, business days, holidays and periods.
export { resolveZone, type ResolvedZone } from './zone';
export { monthFirstZone } from './dateStyle';
export { clockWords, dayMonth, weekdayDayMonth, weekdayName } from './dateWords';
export {
  addDays,
  addMonthsClamped,
  dateFromParts,
  daysBetween,
  isIsoDate,
  maxDate,
  minDate,
  weekdayOf,
  type Weekday,
} from './isoDate';
export { isWeekend, nextWeekdayAfter, shiftOffWeekend, startOfWeek, weekdayOfWeek } from './weekdays';
export {
  endOfMonth,
  endOfMonthAfter,
  endOfQuarter,
  endOfWeek,
  endOfWorkWeek,
  endOfYear,
  fridayOfWeekAfter,
} from './periods';
export {
  easterSunday,
  englandWalesBankHolidays,
  isPublicHoliday,
  nthWeekdayOfMonth,
  usFederalHolidays,
  usLaborDay,
  usThanksgiving,
  type HolidayCalendar,
} from './holidays';
export { addBusinessDays, isBusinessDay, nextBusinessDay } from './businessDays';
export {
  addMinutesIso,
  dateInZone,
  epochMs,
  parseInstant,
  timeInZone,
  toZonedIso,
  zonedDateTimeToIso,
} from './zonedDate';
export {
  formatLocal,
  formatOffset,
  isRealLocal,
  isoInZone,
  localToEpoch,
  localToIso,
  offsetMinutesAt,
  readInstant,
  readLocal,
  wallClock,
  type LocalDateTime,
} from './instant';
