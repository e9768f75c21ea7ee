// Safe readers of ISO instants for the advice: mail can hold anything, so a value that is not an instant reads as
// null here instead of reaching a time helper that would throw (STYLE.md practice 8).
import type { IsoDate, IsoDateTime } from '../../types';
import { dateInZone, epochMs } from '../../time';

/** Epoch milliseconds, or null where the text is no instant. */
export function msOf(instant: IsoDateTime | null | undefined): number | null {
  if (instant === null || instant === undefined) return null;
  return epochMs(instant);
}

/** The date of an instant in `tz`, or null where it is no instant. */
export function safeDateInZone(instant: IsoDateTime | null | undefined, tz: string): IsoDate | null {
  const ms = msOf(instant);
  return ms === null ? null : dateInZone(ms, tz);
}

export const DAY_MS = 24 * 60 * 60 * 1000;
