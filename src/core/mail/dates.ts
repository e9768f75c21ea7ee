import { formatLocal, isoInZone, isRealLocal, localToIso, readInstant, type LocalDateTime } from '../time';
import { AM_WORDS, MONTHS, PM_WORDS } from './dateWords';
import { MAX_DATE_CHARS } from './limits';

/** A sent time read from a header: ISO with offset, and whether the header stated its zone. */
export interface ReadDate {
  readonly iso: string;
  readonly zoneStated: boolean;
}

/** Where to place a time that carries no zone: a fixed offset (`-05:00`) or an IANA zone. */
export interface ZoneFallback {
  /** The quoting message's own offset, where it had one (ADVICE.md fine print). */
  readonly offset: string | null;
  /** The user's zone, already resolved to IANA. */
  readonly tz: string;
}

/** Order of a numeric date without a month name: 11/10/2026 is November in en-US, 11 October elsewhere. */
export type NumericOrder = 'month-first' | 'day-first';

// Obsolete RFC 822 zone names and the few abbreviations clients still print after a time.
const ZONE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  gmt: '+00:00',
  ut: '+00:00',
  utc: '+00:00',
  z: '+00:00',
  est: '-05:00',
  edt: '-04:00',
  cst: '-06:00',
  cdt: '-05:00',
  mst: '-07:00',
  mdt: '-06:00',
  pst: '-08:00',
  pdt: '-07:00',
  cet: '+01:00',
  cest: '+02:00',
  bst: '+01:00',
};

interface YMD {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** Where the date ends in the text, to look for the time after it. */
  readonly end: number;
}

interface Clock {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly start: number;
  readonly end: number;
}

function fullYear(y: number): number {
  return y < 100 ? 2000 + y : y;
}

function numericDate(text: string, order: NumericOrder): YMD | null {
  // 2014-03-20 8:48 / 2016/11/08 14:26 / 2013.02.08. 7:31 / 2016. 11. 8. 오후 12:39 / 2017年8月2日 15:37
  const ymd = /(\d{4})\s?[-/.年]\s?(\d{1,2})\s?[-/.月]\s?(\d{1,2})(?!\d)/.exec(text);
  if (ymd)
    return {
      year: Number(ymd[1]),
      month: Number(ymd[2]),
      day: Number(ymd[3]),
      end: ymd.index + ymd[0].length,
    };
  // 11/10/2026, 25.06.2015, 13-02-2014, 04/19/2011
  const dmy = /(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?![\d:])/.exec(text);
  if (!dmy) return null;
  const a = Number(dmy[1]);
  const b = Number(dmy[2]);
  const year = fullYear(Number(dmy[3]));
  // A first number above 12 can only be a day; the dot is the European separator.
  const dayFirst = a > 12 || (b <= 12 && (order === 'day-first' || dmy[0].includes('.')));
  return { year, month: dayFirst ? b : a, day: dayFirst ? a : b, end: dmy.index + dmy[0].length };
}

function namedMonthDate(text: string): YMD | null {
  // Tokens: words (with accents and dots) and numbers, with their positions.
  const tokens: { word: string; num: number | null; start: number; end: number }[] = [];
  const re = /\p{L}+|\d+/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const isNum = /^\d/.test(m[0]);
    tokens.push({
      word: m[0].toLowerCase(),
      num: isNum ? Number(m[0]) : null,
      start: m.index,
      end: m.index + m[0].length,
    });
    if (tokens.length > 60) break;
  }
  // The last month word that sits next to a number: "mar 10 nov 2026" (Italian Tuesday) is November.
  let monthAt = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.num !== null || !MONTHS.has(t.word)) continue;
    const near = [tokens[i - 1], tokens[i + 1], tokens[i + 2], tokens[i - 2]].some(
      (n) => n && n.num !== null,
    );
    if (near) monthAt = i;
  }
  const monthToken = tokens[monthAt];
  const month = monthToken ? MONTHS.get(monthToken.word) : undefined;
  if (!monthToken || month === undefined) return null;
  let year: number | null = null;
  let day: number | null = null;
  let end = monthToken.end;
  // Look at the numbers around the month, nearest first; skip clock parts (followed by ':').
  const order = [monthAt - 1, monthAt + 1, monthAt + 2, monthAt - 2, monthAt + 3, monthAt + 4];
  for (const i of order) {
    const t = tokens[i];
    if (!t || t.num === null) continue;
    if (text[t.end] === ':' || text[t.start - 1] === ':') continue;
    if (t.word.length === 4 && year === null) {
      year = t.num;
      end = Math.max(end, t.end);
    } else if (t.word.length <= 2 && day === null && t.num >= 1 && t.num <= 31) {
      day = t.num;
      end = Math.max(end, t.end);
    }
  }
  if (year === null || day === null) return null;
  return { year, month, day, end };
}

function clock(text: string, from: number): Clock | null {
  const rest = text.slice(from);
  // 15:04, 3:04:22 PM, 10h30 (fr); then kl. 21.21 (da/no) and klo 15.04 (fi), whose dot would otherwise read as a date.
  const m =
    /(?<![\d.])(\d{1,2})(?::|h(?=\d{2}))(\d{2})(?::(\d{2}))?(?!\d)/.exec(rest) ??
    /\b(?:kl|klo)\.?\s?(\d{1,2})\.(\d{2})()(?!\d)/.exec(rest) ??
    // fi / da Outlook: "10. marraskuuta 2026 15.04": a dotted time right after the year.
    /^,?\s(\d{1,2})\.(\d{2})()(?![\d.])/.exec(rest);
  if (!m) return null;
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  if (hour > 23 || minute > 59) return null;
  return {
    hour,
    minute,
    second: m[3] ? Number(m[3]) : 0,
    start: from + m.index,
    end: from + m.index + m[0].length,
  };
}

function meridiem(text: string, c: Clock): 'am' | 'pm' | null {
  const after = text
    .slice(c.end, c.end + 8)
    .trim()
    .toLowerCase();
  const before = text
    .slice(Math.max(0, c.start - 4), c.start)
    .trim()
    .toLowerCase();
  const isWord = (w: string, s: string, atStart: boolean): boolean =>
    atStart ? s.startsWith(w) && !/^\p{L}/u.test(s.slice(w.length).replace(/^\./, '')) : s.endsWith(w);
  if (PM_WORDS.some((w) => isWord(w, after, true) || isWord(w, before, false))) return 'pm';
  if (AM_WORDS.some((w) => isWord(w, after, true) || isWord(w, before, false))) return 'am';
  return null;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function offsetAfter(text: string, from: number): string | null {
  const rest = text.slice(from, from + 40);
  // GMT+01:00, UTC+2, GMT-0500
  const named = /(?:GMT|UTC|UT)\s?([+-])(\d{1,2})(?::?(\d{2}))?(?!\d)/i.exec(rest);
  // +0400, -05:00 (a sign and four digits; a lone hyphen is punctuation)
  const bare = /(?<!\w)([+-])(\d{2}):?(\d{2})(?!\d)/.exec(rest);
  const m = named && (!bare || named.index <= bare.index) ? named : bare;
  if (m) {
    const hours = Number(m[2]);
    const minutes = m[3] ? Number(m[3]) : 0;
    // RFC 5322's `-0000` is UTC with the sender's zone unknown: the instant is still exact.
    if (hours === 0 && minutes === 0) return '+00:00';
    if (hours <= 14 && minutes < 60) return `${m[1] ?? '+'}${pad(hours)}:${pad(minutes)}`;
  }
  const word = /\b(GMT|UTC|UT|Z|[ECMP][SD]T|CEST|CET|BST)\b/.exec(rest);
  return word?.[1] ? (ZONE_ABBREVIATIONS[word[1].toLowerCase()] ?? null) : null;
}

function buildIso(ymd: YMD, c: Clock | null, offset: string | null, fallback: ZoneFallback): ReadDate | null {
  const local: LocalDateTime = {
    year: ymd.year,
    month: ymd.month,
    day: ymd.day,
    hour: c?.hour ?? 0,
    minute: c?.minute ?? 0,
    second: c?.second ?? 0,
  };
  // 31 November, 25:00 and years outside mail's range are no date; neither is a time in an unknown zone.
  if (!isRealLocal(local) || local.year < 1970 || local.year > 2200) return null;
  if (offset) return { iso: `${formatLocal(local)}${offset}`, zoneStated: true };
  if (fallback.offset) return { iso: `${formatLocal(local)}${fallback.offset}`, zoneStated: false };
  const iso = localToIso(local, fallback.tz);
  return iso === null ? null : { iso, zoneStated: false };
}

/**
 * Reads a date as mail headers write it, in any of the supported languages: an RFC 5322 `Date:`
 * ("Mon, 02 Apr 2012 18:27:08 +0400"), an Outlook `Sent:` ("Dienstag, 10. November 2026 15:04"), or the
 * date inside an attribution ("On Tue, Nov 10, 2026 at 3:04 PM"). A time without a zone is placed in the
 * fallback zone. Returns null where no whole date can be read. Never throws.
 * @example readDate('Tue, 10 Nov 2026 15:04:00 -0500', 'month-first', { offset: null, tz: 'UTC' })
 *   // { iso: '2026-11-10T15:04:00-05:00', zoneStated: true }
 */
export function readDate(raw: string, order: NumericOrder, fallback: ZoneFallback): ReadDate | null {
  const text = raw.slice(0, MAX_DATE_CHARS);
  const ymd = numericDate(text, order) ?? namedMonthDate(text);
  if (!ymd) return null;
  // The time is normally after the date; Polish and Vietnamese attributions may put it first ("Vào 14:24 8 tháng 6").
  const c = clock(text, ymd.end) ?? clock(text, 0);
  let hour = c?.hour ?? 0;
  if (c) {
    const half = meridiem(text, c);
    if (half === 'pm' && hour < 12) hour += 12;
    if (half === 'am' && hour === 12) hour = 0;
  }
  const fixed = c ? { ...c, hour } : null;
  const offset = offsetAfter(text, c ? c.end : ymd.end);
  return buildIso(ymd, fixed, offset, fallback);
}

/** The `+hh:mm` offset at the end of an ISO instant, or null (`Z` reads as `+00:00`). */
export function offsetOf(iso: string | null): string | null {
  if (!iso) return null;
  if (iso.endsWith('Z')) return '+00:00';
  const m = /([+-]\d{2}:\d{2})$/.exec(iso);
  return m?.[1] ?? null;
}

/** Milliseconds since the epoch of an ISO instant with offset, or null where it is not one. */
export function epochOf(iso: string | null): number | null {
  if (!iso) return null;
  return readInstant(iso)?.ms ?? null;
}

/**
 * Normalizes an ISO instant a host gave (Office.js `dateTimeCreated`). A real offset is kept; a `Z` is how
 * hosts serialize a Date (toISOString), not the sender's zone, so it is shown in the user's zone instead,
 * and zone-less quoted times below it are read there too.
 * @example normalizeInstant('2026-11-10T20:04:00Z', 'America/New_York') // { iso: '2026-11-10T15:04:00-05:00', … }
 */
export function normalizeInstant(iso: string | null, tz: string): ReadDate | null {
  if (!iso) return null;
  const instant = readInstant(iso);
  if (instant === null) return null;
  const offset = /z$/i.test(iso.trim()) ? null : offsetOf(iso.trim());
  const zoned = isoInZone(instant.ms, offset ?? tz);
  // Years outside mail's range (a host's 0001-01-01) are no date the thread can use.
  const year = zoned === null ? NaN : Number(zoned.slice(0, 4));
  if (zoned === null || year < 1970 || year > 2200) return null;
  return { iso: zoned, zoneStated: true };
}
