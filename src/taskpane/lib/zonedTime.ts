// Dates as the user reads them: instants shown in the analysis's zone, and the interview editor's
// date + time fields turned back into an instant. The core's time area does the zone arithmetic, so
// daylight-saving gaps and overlaps resolve the way the core resolves them.
import type { IsoDate, IsoDateTime } from '../../core/types';
import {
  daysBetween,
  formatLocal,
  isIsoDate,
  localToIso,
  offsetMinutesAt,
  readInstant,
  readLocal,
  wallClock,
} from '../../core/time';

function wall(instant: IsoDateTime, tz: string) {
  // A malformed instant or zone is shown as missing rather than crashing the pane.
  const ms = readInstant(instant)?.ms ?? null;
  const offset = ms === null ? null : offsetMinutesAt(ms, tz);
  return ms === null || offset === null ? null : wallClock(ms, offset);
}

/** The calendar date of `instant` in `tz`, or null where either cannot be read. */
export function dateInZone(instant: IsoDateTime, tz: string): IsoDate | null {
  const w = wall(instant, tz);
  return w ? formatLocal(w).slice(0, 10) : null;
}

/** `HH:MM` of `instant` in `tz`, or null where either cannot be read. */
export function timeInZone(instant: IsoDateTime, tz: string): string | null {
  const w = wall(instant, tz);
  return w ? formatLocal(w).slice(11, 16) : null;
}

/**
 * The instant a user means by a wall-clock `date` and `time` in `tz`, written with its offset
 * (`2026-11-10T14:00:00-05:00`). A time in a spring-forward gap moves later, as Outlook does.
 * Returns null for an empty or invalid field.
 */
export function zonedToIso(date: string, time: string, tz: string): IsoDateTime | null {
  const local = readLocal(`${date}T${time === '' ? '09:00' : time}`);
  return local === null ? null : localToIso(local, tz);
}

/** Whole days from `a` to `b` (negative when `b` is earlier); null where a date cannot be read. */
export function daysFrom(a: IsoDate, b: IsoDate): number | null {
  return isIsoDate(a) && isIsoDate(b) ? daysBetween(a, b) : null;
}
