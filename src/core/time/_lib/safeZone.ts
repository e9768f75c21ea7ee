import { resolveZone } from '../zone';

/** The zone to read `tz` in: unknown names fall back to UTC (resolveZone warns elsewhere). */
export function safeZone(tz: string): string {
  // A fixed offset ("-08:00", a message's own Date: header) is a zone we read directly though Intl may not.
  if (/^[+-]\d{2}:\d{2}$/.test(tz)) return tz;
  // resolveZone's Intl check is memoized (intlZone.ts), so this is cheap to repeat per call.
  return resolveZone(tz).zone;
}
