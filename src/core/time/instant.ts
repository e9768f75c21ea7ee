// Instants and the zones they are read in. Offsets come from the runtime's own zone data through
// @date-fns/tz's tzOffset (Intl underneath); turning a wall-clock time into an instant, with the daylight-saving
// rules the product promises, is ours: a skipped time moves forward, a repeated one takes the earlier instant
// (what Temporal calls "compatible" and what Outlook does with a typed time).
import { tzOffset } from '@date-fns/tz/tzOffset';
import type { IsoDateTime } from '../types';
import { intlKnowsZone } from './_lib/intlZone';
import { partsOffset } from './_lib/partsOffset';
import { dayNumber, formatYmd, fromDayNumber, isRealDate, MS_PER_DAY, pad2, type Ymd } from './_lib/civil';

/** A wall-clock date and time with no zone. */
export interface LocalDateTime extends Ymd {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

const FIXED_OFFSET = /^([+-])(\d{2}):?(\d{2})$/;

/**
 * Minutes east of UTC that zone `tz` (an IANA name or a fixed `±hh:mm`) has at `ms`; null for an unknown zone.
 * @example offsetMinutesAt(Date.parse('2026-07-01T12:00:00Z'), 'America/New_York') === -240
 */
export function offsetMinutesAt(ms: number, tz: string): number | null {
  const fixed = FIXED_OFFSET.exec(tz);
  if (fixed) {
    const minutes = Number(fixed[2]) * 60 + Number(fixed[3]);
    return fixed[1] === '-' ? -minutes : minutes;
  }
  if (!Number.isFinite(ms) || !intlKnowsZone(tz)) return null;
  const fast = tzOffset(tz, new Date(ms));
  const offset = Number.isFinite(fast) ? fast : partsOffset(tz, ms);
  // Zones before standard time had second offsets (LMT); mail never reaches them, minutes are enough.
  return Number.isFinite(offset) ? Math.round(offset) : null;
}

/** `+05:30`, `-04:00`, `+00:00`. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

/** The wall clock of `ms` at a given offset. */
export function wallClock(ms: number, offsetMinutes: number): LocalDateTime {
  const local = ms + offsetMinutes * 60_000;
  const day = Math.floor(local / MS_PER_DAY);
  const secs = Math.floor((local - day * MS_PER_DAY) / 1000);
  return {
    ...fromDayNumber(day),
    hour: Math.floor(secs / 3600),
    minute: Math.floor(secs / 60) % 60,
    second: secs % 60,
  };
}

/** `YYYY-MM-DDTHH:MM:SS` of a wall clock. */
export function formatLocal(t: LocalDateTime): string {
  return `${formatYmd(t)}T${pad2(t.hour)}:${pad2(t.minute)}:${pad2(t.second)}`;
}

/** `ms` written in zone `tz` with the offset it has there (seconds, no fraction); null for an unknown zone. */
export function isoInZone(ms: number, tz: string): IsoDateTime | null {
  const offset = offsetMinutesAt(ms, tz);
  return offset === null ? null : `${formatLocal(wallClock(ms, offset))}${formatOffset(offset)}`;
}

/** Whether the parts form a real wall-clock time (no 31 November, no 24:00). */
export function isRealLocal(t: LocalDateTime): boolean {
  return (
    isRealDate(t.year, t.month, t.day) &&
    [t.hour, t.minute, t.second].every(Number.isInteger) &&
    t.hour >= 0 &&
    t.hour <= 23 &&
    t.minute >= 0 &&
    t.minute <= 59 &&
    t.second >= 0 &&
    t.second <= 59
  );
}

/** Milliseconds of a wall clock read as if it were UTC. */
function wallMs(t: LocalDateTime): number {
  return dayNumber(t) * MS_PER_DAY + ((t.hour * 60 + t.minute) * 60 + t.second) * 1000;
}

/**
 * The instant a wall-clock time names in zone `tz`, or null for an unreal time or an unknown zone.
 * A time skipped by a DST jump moves forward (02:30 on the spring-forward day → 03:30); a repeated one takes
 * the earlier instant.
 */
export function localToEpoch(t: LocalDateTime, tz: string): number | null {
  if (!isRealLocal(t)) return null;
  const wall = wallMs(t);
  const before = offsetMinutesAt(wall - MS_PER_DAY, tz);
  const after = offsetMinutesAt(wall + MS_PER_DAY, tz);
  if (before === null || after === null) return null;
  const fits = [before, after]
    .map((o) => wall - o * 60_000)
    .filter((ms) => offsetMinutesAt(ms, tz) === (wall - ms) / 60_000);
  // No candidate fits: the time is in a gap, read with the offset before the jump, i.e. moved forward.
  return fits.length > 0 ? Math.min(...fits) : wall - before * 60_000;
}

/** A wall-clock time in `tz` as an ISO instant with that zone's offset; null where it cannot be placed. */
export function localToIso(t: LocalDateTime, tz: string): IsoDateTime | null {
  const ms = localToEpoch(t, tz);
  return ms === null ? null : isoInZone(ms, tz);
}

// RFC 3339 / ISO 8601 instants as hosts and our own code write them: a date, a time to any precision, and
// Z or a numeric offset; an RFC 9557 [zone] annotation after it is allowed and ignored.
const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d{1,9}))?)?)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)(?:\[[^\]]{1,64}\]){0,2}$/;

/** An ISO instant's epoch milliseconds and its written offset in minutes (null for `Z`); null if not one. */
export function readInstant(text: string): { readonly ms: number; readonly offset: number | null } | null {
  const m = INSTANT.exec(text.trim());
  if (!m) return null;
  const t: LocalDateTime = {
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    hour: Number(m[4]),
    minute: Number(m[5] ?? 0),
    // A leap second reads as :59, as Temporal reads it.
    second: Math.min(Number(m[6] ?? 0), 59),
  };
  if (!isRealLocal(t)) return null;
  const fraction = Math.floor(Number(`0.${m[7] ?? '0'}`) * 1000);
  const hours = Number(m[10] ?? 0);
  const minutes = Number(m[11] ?? 0);
  if (hours > 23 || minutes > 59) return null;
  const offset = m[8] ? null : (m[9] === '-' ? -1 : 1) * (hours * 60 + minutes);
  return { ms: wallMs(t) + fraction - (offset ?? 0) * 60_000, offset };
}

/**
 * A zone-less ISO date-time (`2026-11-10T14:00`, seconds and fraction optional) or bare date (midnight) as a
 * wall clock, or null where it is not a real one.
 */
export function readLocal(text: string): LocalDateTime | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?)?$/.exec(
    text.trim(),
  );
  if (!m) return null;
  const t: LocalDateTime = {
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    hour: Number(m[4] ?? 0),
    minute: Number(m[5] ?? 0),
    second: Number(m[6] ?? 0),
  };
  return isRealLocal(t) ? t : null;
}
