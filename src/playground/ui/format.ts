// Dates as the playground shows them: in the zone the user picked, with the exact ISO instant beside them so
// a reader can check what the add-in handed over.
import { formatLocal, offsetMinutesAt, readLocal, localToEpoch, wallClock } from '../../core/time';

export function formatInZone(epochMs: number, iana: string): string {
  return new Intl.DateTimeFormat('en-US', {
    timeZone: iana,
    weekday: 'short',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(new Date(epochMs));
}

/** The calendar date (YYYY-MM-DD) of an instant in a zone. */
export function dateInZone(epochMs: number, iana: string): string {
  return toLocalInput(epochMs, iana).slice(0, 10);
}

/** `YYYY-MM-DDTHH:MM` for a datetime-local input showing an instant in a zone. */
export function toLocalInput(epochMs: number, iana: string): string {
  return formatLocal(wallClock(epochMs, offsetMinutesAt(epochMs, iana) ?? 0)).slice(0, 16);
}

/** A datetime-local value read in a zone -> epoch ms; null where the input is incomplete. */
export function fromLocalInput(value: string, iana: string): number | null {
  const local = readLocal(value);
  return local === null ? null : localToEpoch(local, iana);
}
