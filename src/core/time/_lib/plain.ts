import { Temporal } from 'temporal-polyfill';
import { resolveZone } from '../zone';
import type { IsoDate } from '../../types';

/** Parses `YYYY-MM-DD`; a malformed date is a programmer error (dates here come from our own code). */
export function plain(date: IsoDate): Temporal.PlainDate {
  return Temporal.PlainDate.from(date, { overflow: 'reject' });
}

export function iso(date: Temporal.PlainDate): IsoDate {
  return date.toString();
}

// Memo of zone names already checked: resolveZone builds an Intl formatter, too slow to repeat per call.
// A cache of pure results, not shared state a caller can observe.
const zoneMemo = new Map<string, string>();
const ZONE_MEMO_LIMIT = 256;

/** The IANA zone Temporal should use for `tz`: unknown names fall back to UTC (resolveZone warns elsewhere). */
export function safeZone(tz: string): string {
  // A fixed offset ("-08:00", a message's own Date: header) is a zone Temporal knows though Intl may not.
  if (/^[+-]\d{2}:\d{2}$/.test(tz)) return tz;
  const hit = zoneMemo.get(tz);
  if (hit !== undefined) return hit;
  const zone = resolveZone(tz).zone;
  if (zoneMemo.size < ZONE_MEMO_LIMIT) zoneMemo.set(tz, zone);
  return zone;
}
