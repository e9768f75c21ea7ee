// A zone's offset read from the wall clock Intl shows for an instant. The fallback for runtimes whose Intl lacks
// the "longOffset" zone name that @date-fns/tz reads (Safari before 15.4, older WebViews): formatToParts with
// numeric fields is the oldest, most widely supported way to see another zone's clock.
import { dayNumber, MS_PER_DAY } from './civil';

// Formatters are slow to build and a thread uses one or two zones: a small cache of pure values.
const formatters = new Map<string, Intl.DateTimeFormat>();
const FORMATTER_LIMIT = 64;

function formatterFor(tz: string): Intl.DateTimeFormat {
  const hit = formatters.get(tz);
  if (hit) return hit;
  const made = new Intl.DateTimeFormat('en-US', {
    timeZone: tz,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    era: 'short',
  });
  if (formatters.size < FORMATTER_LIMIT) formatters.set(tz, made);
  return made;
}

/** Minutes east of UTC of zone `tz` at `ms` (whole seconds), or NaN where Intl cannot show that zone. */
export function partsOffset(tz: string, ms: number): number {
  try {
    const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
    for (const p of formatterFor(tz).formatToParts(new Date(ms))) parts[p.type] = p.value;
    const year = Number(parts.year);
    const wall =
      dayNumber({
        // "BC" years count backwards from 1 BC = year 0.
        year: /^b/i.test(parts.era ?? '') ? 1 - year : year,
        month: Number(parts.month),
        day: Number(parts.day),
      }) *
        MS_PER_DAY +
      // Some engines show midnight as 24:00 even with h23.
      ((Number(parts.hour) % 24) * 3600 + Number(parts.minute) * 60 + Number(parts.second)) * 1000;
    const instant = Math.floor(ms / 1000) * 1000;
    return (wall - instant) / 60_000;
  } catch {
    return NaN;
  }
}
