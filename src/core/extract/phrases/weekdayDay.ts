/**
 * A weekday with the day number 24 after it ("el miércoles 24", "mercredi 24", round 105): chrono's Spanish and
 * French parsers try "24" as the hour of the weekday, find no 24:00 and drop the whole reading, so the day is lost
 * (the days 1–23 read as a clock first and 25–31 as no number at all both survive, and the foreign reader takes the
 * day number after the weekday from the text). This parser reads the weekday with the next 24th on or after the
 * reference day, the way the Spanish "día 25" parser reads a day alone.
 */
import type { Parser } from 'chrono-node';

export function weekdayTwentyFourth(
  weekdays: Readonly<Record<string, number>>,
  /** The month names and abbreviations: "lunes 24 de mayo" is chrono's own reading. */
  months: readonly string[],
): Parser {
  const names = Object.keys(weekdays)
    .sort((a, b) => b.length - a.length)
    .join('|');
  const monthNames = [...months].sort((a, b) => b.length - a.length).join('|');
  return {
    pattern: () =>
      new RegExp(
        `(?<![\\p{L}])(${names})\\.?,?\\s+24(?!\\d|[:.h]\\d|\\.?\\s+(?:de\\s+)?(?:${monthNames})(?![\\p{L}]))`,
        'iu',
      ),
    extract: (context, match) => {
      const weekday = weekdays[(match[1] ?? '').toLowerCase()];
      if (weekday === undefined) return null;
      // The first 24th on or after the reference day that falls on that weekday (the next 24th where none does
      // within a year).
      const ref = context.reference.instant;
      const first = ref.getDate() > 24 ? 1 : 0;
      let [year, month] = [ref.getFullYear(), ref.getMonth() + first];
      for (let k = first; k < first + 12; k += 1) {
        const d = new Date(Date.UTC(ref.getFullYear(), ref.getMonth() + k, 24));
        if (d.getUTCDay() === weekday) {
          [year, month] = [d.getUTCFullYear(), d.getUTCMonth()];
          break;
        }
      }
      const at = new Date(Date.UTC(year, month, 24));
      const c = context.createParsingComponents({ weekday });
      c.imply('day', 24);
      c.imply('month', at.getUTCMonth() + 1);
      c.imply('year', at.getUTCFullYear());
      return c;
    },
  };
}
