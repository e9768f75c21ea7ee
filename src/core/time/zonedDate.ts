import type { IsoDate, IsoDateTime } from '../types';
import { formatYmd, pad2, readYmd } from './_lib/civil';
import { safeZone } from './_lib/safeZone';
import { isoInZone, localToIso, offsetMinutesAt, readInstant, wallClock } from './instant';

/** Epoch milliseconds of an ISO instant (with offset or Z), or null where the text is not one. Never throws. */
export function parseInstant(text: string): number | null {
  return readInstant(text)?.ms ?? null;
}

function toMs(at: IsoDateTime | number): number {
  if (typeof at === 'number') return at;
  const ms = parseInstant(at);
  if (ms === null) throw new TypeError(`Not an ISO 8601 instant: ${at.slice(0, 60)}`);
  return ms;
}

function wallIn(at: IsoDateTime | number, tz: string) {
  const ms = toMs(at);
  // safeZone always names a zone Intl knows (or a fixed offset), so the offset is never null here.
  return wallClock(ms, offsetMinutesAt(ms, safeZone(tz)) ?? 0);
}

/**
 * The calendar date of an instant in a zone (a message sent 23:30 in New York keeps its New York date).
 * Unknown zones read as UTC. Throws TypeError on a string that is not an instant (a programmer error).
 * @example dateInZone('2026-11-11T04:30:00Z', 'America/New_York') === '2026-11-10'
 */
export function dateInZone(instantIso: IsoDateTime | number, tz: string): IsoDate {
  return formatYmd(wallIn(instantIso, tz));
}

/** `HH:MM` of an instant in a zone. */
export function timeInZone(instantIso: IsoDateTime | number, tz: string): string {
  const w = wallIn(instantIso, tz);
  return `${pad2(w.hour)}:${pad2(w.minute)}`;
}

/**
 * An instant written with the offset that zone has at that instant.
 * @example toZonedIso('2026-11-10T19:00:00Z', 'America/New_York') === '2026-11-10T14:00:00-05:00'
 */
export function toZonedIso(instant: IsoDateTime | number, tz: string): IsoDateTime {
  return isoInZone(toMs(instant), safeZone(tz)) ?? new Date(toMs(instant)).toISOString();
}

/**
 * A wall-clock time on a date in a zone, as an instant with that zone's offset. A time skipped by a DST jump
 * moves forward (02:30 on the spring-forward day → 03:30); a repeated one takes the earlier instant.
 * Throws TypeError on a malformed date or time (a programmer error: both come from our own code).
 * @example zonedDateTimeToIso('2026-03-08', '09:00', 'America/New_York') === '2026-03-08T09:00:00-04:00'
 */
export function zonedDateTimeToIso(date: IsoDate, time: string, tz: string): IsoDateTime {
  const ymd = readYmd(date);
  const clock = /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(time);
  const iso =
    ymd && clock
      ? localToIso(
          { ...ymd, hour: Number(clock[1]), minute: Number(clock[2]), second: Number(clock[3] ?? 0) },
          safeZone(tz),
        )
      : null;
  if (iso === null) throw new TypeError(`Not a date and time: ${date.slice(0, 20)} ${time.slice(0, 20)}`);
  return iso;
}

/** Adds minutes to an instant and writes it in `tz` (an interview's end from its start). */
export function addMinutesIso(instant: IsoDateTime, minutes: number, tz: string): IsoDateTime {
  return toZonedIso(toMs(instant) + minutes * 60_000, tz);
}

/** Epoch milliseconds of an ISO instant, or null where it is not one. */
export function epochMs(instantIso: string): number | null {
  return parseInstant(instantIso);
}
