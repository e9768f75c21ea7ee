// Dates as the user reads them: instants shown in the analysis's zone, and the interview editor's
// date + time fields turned back into an instant. Temporal (already in the bundle through the core) does the
// zone arithmetic so daylight-saving gaps and overlaps resolve the way the core resolves them.
import { Temporal } from 'temporal-polyfill';
import type { IsoDate, IsoDateTime } from '../../core/types';

function zoned(instant: IsoDateTime, tz: string): Temporal.ZonedDateTime | null {
  try {
    return Temporal.Instant.from(instant).toZonedDateTimeISO(tz);
  } catch {
    // A malformed instant or zone is shown as missing rather than crashing the pane.
    return null;
  }
}

/** The calendar date of `instant` in `tz`, or null where either cannot be read. */
export function dateInZone(instant: IsoDateTime, tz: string): IsoDate | null {
  return zoned(instant, tz)?.toPlainDate().toString() ?? null;
}

/** `HH:MM` of `instant` in `tz`, or null where either cannot be read. */
export function timeInZone(instant: IsoDateTime, tz: string): string | null {
  const z = zoned(instant, tz);
  return z ? z.toPlainTime().toString({ smallestUnit: 'minute' }) : null;
}

/**
 * The instant a user means by a wall-clock `date` and `time` in `tz`, written with its offset
 * (`2026-11-10T14:00:00-05:00`). A time in a spring-forward gap moves later, as Outlook does.
 * Returns null for an empty or invalid field.
 */
export function zonedToIso(date: string, time: string, tz: string): IsoDateTime | null {
  try {
    const wall = Temporal.PlainDateTime.from(`${date}T${time === '' ? '09:00' : time}`);
    const z = wall.toZonedDateTime(tz, { disambiguation: 'compatible' });
    return z.toString({ timeZoneName: 'never', smallestUnit: 'second' });
  } catch {
    return null;
  }
}

/** Whole days from `a` to `b` (negative when `b` is earlier); null where a date cannot be read. */
export function daysFrom(a: IsoDate, b: IsoDate): number | null {
  try {
    return Temporal.PlainDate.from(a).until(Temporal.PlainDate.from(b), { largestUnit: 'days' }).days;
  } catch {
    return null;
  }
}
