import { resolveZone } from '../zone';

// Memo of zone names already checked: resolveZone builds an Intl formatter, too slow to repeat per call.
// A cache of pure results, not shared state a caller can observe.
const zoneMemo = new Map<string, string>();
const ZONE_MEMO_LIMIT = 256;

/** The zone to read `tz` in: unknown names fall back to UTC (resolveZone warns elsewhere). */
export function safeZone(tz: string): string {
  // A fixed offset ("-08:00", a message's own Date: header) is a zone we read directly though Intl may not.
  if (/^[+-]\d{2}:\d{2}$/.test(tz)) return tz;
  const hit = zoneMemo.get(tz);
  if (hit !== undefined) return hit;
  const zone = resolveZone(tz).zone;
  if (zoneMemo.size < ZONE_MEMO_LIMIT) zoneMemo.set(tz, zone);
  return zone;
}
