import { Temporal } from 'temporal-polyfill';
import type { IsoDate, IsoDateTime } from '../types';
import { plain, safeZone } from './_lib/plain';

/** Reads an ISO instant (with offset or Z), or null where the text is not one. Never throws. */
export function parseInstant(text: string): Temporal.Instant | null {
  try {
    return Temporal.Instant.from(text.trim());
  } catch {
    return null;
  }
}

function toInstant(at: IsoDateTime | number): Temporal.Instant {
  if (typeof at === 'number') return Temporal.Instant.fromEpochMilliseconds(at);
  const instant = parseInstant(at);
  if (instant === null) throw new TypeError(`Not an ISO 8601 instant: ${at.slice(0, 60)}`);
  return instant;
}

function format(zoned: Temporal.ZonedDateTime): IsoDateTime {
  return zoned.toString({ timeZoneName: 'never', smallestUnit: 'second' });
}

/**
 * The calendar date of an instant in a zone (a message sent 23:30 in New York keeps its New York date).
 * Unknown zones read as UTC. Throws TypeError on a string that is not an instant (a programmer error).
 * @example dateInZone('2026-11-11T04:30:00Z', 'America/New_York') === '2026-11-10'
 */
export function dateInZone(instantIso: IsoDateTime | number, tz: string): IsoDate {
  return toInstant(instantIso).toZonedDateTimeISO(safeZone(tz)).toPlainDate().toString();
}

/** `HH:MM` of an instant in a zone. */
export function timeInZone(instantIso: IsoDateTime | number, tz: string): string {
  return toInstant(instantIso)
    .toZonedDateTimeISO(safeZone(tz))
    .toPlainTime()
    .toString({ smallestUnit: 'minute' });
}

/**
 * An instant written with the offset that zone has at that instant.
 * @example toZonedIso('2026-11-10T19:00:00Z', 'America/New_York') === '2026-11-10T14:00:00-05:00'
 */
export function toZonedIso(instant: IsoDateTime | number, tz: string): IsoDateTime {
  return format(toInstant(instant).toZonedDateTimeISO(safeZone(tz)));
}

/**
 * A wall-clock time on a date in a zone, as an instant with that zone's offset. A time skipped by a DST jump
 * moves forward (02:30 on the spring-forward day → 03:30); a repeated one takes the earlier instant.
 * @example zonedDateTimeToIso('2026-03-08', '09:00', 'America/New_York') === '2026-03-08T09:00:00-04:00'
 */
export function zonedDateTimeToIso(date: IsoDate, time: string, tz: string): IsoDateTime {
  const t = Temporal.PlainTime.from(time);
  return format(plain(date).toZonedDateTime({ timeZone: safeZone(tz), plainTime: t }));
}

/** Adds minutes to an instant and writes it in `tz` (an interview's end from its start). */
export function addMinutesIso(instant: IsoDateTime, minutes: number, tz: string): IsoDateTime {
  return format(toInstant(instant).add({ minutes }).toZonedDateTimeISO(safeZone(tz)));
}

/** Epoch milliseconds of an ISO instant, or null where it is not one. */
export function epochMs(instantIso: string): number | null {
  return parseInstant(instantIso)?.epochMilliseconds ?? null;
}
