/**
 * Items -> the thread: each item split into its own text and the messages quoted inside it, dates read
 * (quoted ones in the quoting message's zone), duplicates merged, oldest first, roles decided.
 */
import { formatOffset, offsetMinutesAt, parseInstant } from '../time';
import type { Address, CalendarEvent, Message, Thread, ThreadInput, Warning } from '../types';
import { isAutomatic, withoutAutoPrefix } from './automatic';
import { epochOf, normalizeInstant, offsetOf, readDate, type NumericOrder, type ReadDate } from './dates';
import { bodyText, readItems, type Item } from './items';
import { MAX_MESSAGES, MAX_QUOTE_DEPTH } from './limits';
import type { QuoteHeader } from './quoteDetect';
import { splitLines } from './quotes';
import { inferCandidate } from './roles';
import { splitSignature } from './signature';

export interface ParseThreadOptions {
  /** IANA zone (already resolved) used for quoted dates that carry no zone. */
  readonly tz: string;
  /** The candidate's address, where known. */
  readonly me?: string;
}

/** A message before roles and positions are known. */
interface Draft {
  readonly from: Address | null;
  readonly to: readonly Address[];
  readonly cc: readonly Address[];
  readonly sent: ReadDate | null;
  readonly subject: string;
  readonly text: string;
  readonly signature: string | null;
  readonly quoted: boolean;
  readonly automatic: boolean;
  readonly calendar: readonly CalendarEvent[];
}

function numericOrder(lang: string, tz: string): NumericOrder {
  // English headers are month-first (Outlook en-US, Gmail) unless the user lives where dates are day-first.
  if (lang !== 'en') return 'day-first';
  return /^(?:Europe|Australia|Africa)\/|^Pacific\/Auckland$|^Asia\/(?:Kolkata|Calcutta|Singapore|Hong_Kong)$/.test(
    tz,
  )
    ? 'day-first'
    : 'month-first';
}

function stripReplyPrefix(subject: string): string {
  return subject
    .replace(/^\s*(?:(?:re|aw|sv|vs|odp|fw|fwd|wg|tr|rv|enc|r)\s*(?:\[\d+\]\s*)?:\s*)+/i, '')
    .trim();
}

function itemDate(item: Item, tz: string): ReadDate | null {
  if (item.dateRaw === null) return null;
  if (item.dateIsIso) return normalizeInstant(item.dateRaw, tz);
  return readDate(item.dateRaw, 'month-first', { offset: null, tz });
}

/** The `+hh:mm` offset of IANA zone `tz` at instant `iso`, or null where either cannot be read. */
function zoneOffsetAt(iso: string, tz: string): string | null {
  const ms = parseInstant(iso);
  const minutes = ms === null ? null : offsetMinutesAt(ms, tz);
  return minutes === null ? null : formatOffset(minutes);
}

function quotedDate(header: QuoteHeader, quoting: ReadDate | null, tz: string): ReadDate | null {
  if (!header.sentRaw) return null;
  // Zone-less quoted times are in the quoting message's zone where it stated one (ADVICE.md fine print). Where
  // that offset is the user's own zone's at that instant, the quoting message was written on the user's clock:
  // read the quoted time in that IANA zone, so a quote from before a DST change keeps its own offset.
  const stated = quoting?.zoneStated ? offsetOf(quoting.iso) : null;
  const offset = stated !== null && quoting && zoneOffsetAt(quoting.iso, tz) === stated ? null : stated;
  return readDate(header.sentRaw, numericOrder(header.lang, tz), { offset, tz });
}

function finish(
  own: string,
  subject: string,
  headers: Readonly<Record<string, string>>,
): {
  text: string;
  signature: string | null;
  automatic: boolean;
} {
  const { text, signature } = splitSignature(own);
  return { text, signature, automatic: isAutomatic({ subject, text, headers }) };
}

/** One item -> its messages, oldest first: the deepest quote first, the item itself last. */
function itemMessages(item: Item, calendar: CalendarEvent[], tz: string, warnings: Warning[]): Draft[] {
  const { text: body, truncated } = bodyText(item);
  if (truncated)
    warnings.push({
      code: 'body-truncated',
      message: 'A very long message was cut: only its start was read.',
    });
  const sent = itemDate(item, tz);
  if (sent === null && (item.from !== null || item.dateRaw !== null)) {
    warnings.push({
      code: 'missing-date',
      message: item.dateRaw
        ? `The date "${item.dateRaw.slice(0, 80)}" could not be read.`
        : `A message${item.subject ? ` ("${item.subject.slice(0, 80)}")` : ''} has no date.`,
    });
  }
  const chain: Draft[] = [];
  let split = splitLines(body.split('\n'), 0);
  const own = finish(split.own, item.subject, item.headers);
  chain.push({
    from: item.from,
    to: item.to,
    cc: item.cc,
    sent,
    subject: item.subject,
    ...own,
    quoted: false,
    calendar,
  });
  let quoting: { sent: ReadDate | null; from: Address | null } = { sent, from: item.from };
  let depth = 1;
  for (; split.quotedLines !== null && depth <= MAX_QUOTE_DEPTH; depth++) {
    const header = split.header;
    split = splitLines(split.quotedLines, split.quotedFrom);
    // A quote with no header (bare `>` lines, a bare separator) has no sender or date: its text is history only.
    if (header && (header.from || header.sentRaw)) {
      const qSent = quotedDate(header, quoting.sent, tz);
      // A quote with no subject line of its own takes the item's, without the auto-reply's "Automatic reply:".
      const subject = header.subject ?? stripReplyPrefix(withoutAutoPrefix(item.subject));
      // Only the quote's own header subject speaks for it: the item's "Automatic reply:" is not the quote's.
      const q = finish(split.own, header.subject ?? '', {});
      // An attribution names no recipients; a reply's quote was, in practice, written to the replier.
      const to = header.to.length > 0 ? header.to : quoting.from ? [quoting.from] : [];
      chain.push({
        from: header.from,
        to,
        cc: header.cc,
        sent: qSent,
        subject,
        ...q,
        quoted: true,
        calendar: [],
      });
      quoting = { sent: qSent, from: header.from };
    }
  }
  if (split.quotedLines !== null && depth > MAX_QUOTE_DEPTH) {
    warnings.push({
      code: 'body-truncated',
      message: `Quoted history deeper than ${MAX_QUOTE_DEPTH} replies was not read.`,
    });
  }
  return chain.reverse();
}

function textKey(d: Draft): string {
  return d.text.replace(/\s+/g, '').toLowerCase().slice(0, 300);
}

/** Merges a message seen twice (an item and a quote of it, in several files or an mbox); the item wins. */
function dedupe(drafts: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  const byTime = new Map<string, number>();
  const byText = new Map<string, number>();
  // A zone-less quoted time can be off by the sender's whole offset: texts within a day are one message.
  const DAY_AND_ZONES = 26 * 3_600_000;
  for (const d of drafts) {
    const who = d.from?.address ?? '';
    const epoch = epochOf(d.sent?.iso ?? null);
    const timeKey = epoch !== null && who !== '' ? `${who}|${Math.floor(epoch / 60_000)}` : null;
    const text = textKey(d);
    const tKey = text !== '' ? `${who}|${text}` : null;
    const sameTime = timeKey !== null ? byTime.get(timeKey) : undefined;
    const sameText = tKey !== null ? byText.get(tKey) : undefined;
    // Same sender and minute is the same message where one side is a quote (its text may have been cut
    // differently); two items in one minute are two messages unless their texts agree too.
    const timeHit = sameTime !== undefined && (d.quoted || out[sameTime]?.quoted || sameTime === sameText);
    const other = sameText !== undefined ? epochOf(out[sameText]?.sent?.iso ?? null) : null;
    // Same sender and text is the same message unless their dates are days apart ("Thanks!" twice).
    const textHit =
      sameText !== undefined &&
      (epoch === null || other === null || Math.abs(epoch - other) <= DAY_AND_ZONES);
    const at = timeHit ? sameTime : textHit ? sameText : undefined;
    if (at !== undefined) {
      const kept = out[at];
      // Keep the item's own reading over a quote's; among equals, the first.
      if (kept && kept.quoted && !d.quoted) out[at] = d;
      continue;
    }
    if (timeKey !== null) byTime.set(timeKey, out.length);
    if (tKey !== null) byText.set(tKey, out.length);
    out.push(d);
  }
  return out;
}

/** Oldest first by sent time; a message without a date keeps its place after the one before it. */
function order(drafts: readonly Draft[]): Draft[] {
  let last = Number.NEGATIVE_INFINITY;
  const keyed = drafts.map((d, i) => {
    const e = epochOf(d.sent?.iso ?? null);
    if (e !== null) last = e;
    return { d, i, t: e ?? last };
  });
  keyed.sort((a, b) => a.t - b.t || a.i - b.i);
  return keyed.map((k) => k.d);
}

/** The events of a message's text/calendar parts; the reader loads only for MIME, the one source that has them. */
async function calendarEvents(
  parts: readonly string[],
  tz: string,
  warnings: Warning[],
): Promise<CalendarEvent[]> {
  if (parts.length === 0) return [];
  const { readCalendar } = await import('./calendar');
  const events: CalendarEvent[] = [];
  for (const ics of parts) {
    const read = readCalendar(ics, tz);
    events.push(...read.events);
    warnings.push(...read.warnings);
  }
  return events;
}

/**
 * Raw mail -> the thread, oldest first, with quoted history recovered and who-is-who decided. Never throws.
 * @example
 * const thread = await parseThread({ messages: [{ kind: 'mime', data: eml }] }, { tz: 'America/New_York' });
 * thread.messages.at(-1)?.text // the open item's own text
 */
export async function parseThread(input: ThreadInput, options: ParseThreadOptions): Promise<Thread> {
  const warnings: Warning[] = [];
  const drafts: Draft[] = [];
  let items = 0;
  for (const raw of input.messages) {
    for (const item of await readItems(raw)) {
      if (++items > MAX_MESSAGES) break;
      warnings.push(...item.warnings);
      const calendar = await calendarEvents(item.calendars, options.tz, warnings);
      drafts.push(...itemMessages(item, calendar, options.tz, warnings));
    }
  }
  let messages = order(dedupe(fillAddresses(drafts)));
  if (messages.length > MAX_MESSAGES || items > MAX_MESSAGES) {
    messages = messages.slice(-MAX_MESSAGES);
    warnings.push({
      code: 'too-many-messages',
      message: `Only the newest ${MAX_MESSAGES} messages were read.`,
    });
  }
  if (messages.length === 0)
    warnings.push({ code: 'no-messages', message: 'No message was found in the input.' });
  const candidate = inferCandidate(messages, options.me);
  const out: Message[] = messages.map((d, index) => ({
    index,
    from: d.from,
    to: d.to,
    cc: d.cc,
    sentAt: d.sent?.iso ?? null,
    sentAtZoneStated: d.sent?.zoneStated ?? false,
    subject: d.subject,
    text: d.text,
    signature: d.signature,
    quoted: d.quoted,
    role: candidate !== null && d.from?.address === candidate ? 'candidate' : 'employer',
    automatic: d.automatic,
    calendar: d.calendar,
  }));
  return { messages: out, candidate, warnings: uniqueWarnings(warnings) };
}

/**
 * A quoted sender known only by name ("On 12.11.26 16:05, Ada Lee wrote:") gets the address that name
 * has elsewhere in the thread, where exactly one address goes with it.
 */
function fillAddresses(drafts: readonly Draft[]): Draft[] {
  const byName = new Map<string, Set<string>>();
  for (const d of drafts) {
    for (const a of [d.from, ...d.to, ...d.cc]) {
      if (!a?.name || a.address === '') continue;
      const key = a.name.toLowerCase();
      byName.set(key, (byName.get(key) ?? new Set()).add(a.address));
    }
  }
  const fill = (a: Address): Address => {
    if (a.address !== '' || !a.name) return a;
    const found = byName.get(a.name.toLowerCase());
    const only = found && found.size === 1 ? [...found][0] : undefined;
    return only ? { name: a.name, address: only } : a;
  };
  return drafts.map((d) =>
    d.from && d.from.address === '' ? { ...d, from: fill(d.from), to: d.to.map(fill) } : d,
  );
}

function uniqueWarnings(warnings: readonly Warning[]): Warning[] {
  const seen = new Set<string>();
  return warnings.filter((w) => {
    const key = `${w.code}|${w.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
