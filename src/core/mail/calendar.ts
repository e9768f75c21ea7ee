/**
 * text/calendar (iCalendar, RFC 5545) -> CalendarEvent[]: VEVENT DTSTART/DTEND with TZID, UTC `Z` or
 * VALUE=DATE, SUMMARY, and cancellation (METHOD:CANCEL or STATUS:CANCELLED). Zone arithmetic is the time area's.
 */
import type { CalendarEvent, Warning } from '../types';
import { epochMs, isoInZone, isRealLocal, localToEpoch, localToIso, resolveZone } from '../time';
import { MAX_CALENDAR_CHARS } from './limits';

interface Property {
  readonly name: string;
  readonly params: Readonly<Record<string, string>>;
  readonly value: string;
}

function unfold(text: string): string[] {
  // RFC 5545 3.1: a line starting with a space or tab continues the one above.
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\n[ \t]/g, '')
    .split('\n');
}

function property(line: string): Property | null {
  // The first colon outside a quoted parameter (TZID="(UTC-05:00) Eastern") ends the name part.
  let at = -1;
  let quoted = false;
  for (let i = 0; i < line.length && at === -1; i++) {
    if (line[i] === '"') quoted = !quoted;
    else if (line[i] === ':' && !quoted) at = i;
  }
  if (at <= 0) return null;
  const [name = '', ...rawParams] = line.slice(0, at).split(';');
  const params: Record<string, string> = {};
  for (const p of rawParams) {
    const eq = p.indexOf('=');
    if (eq > 0) params[p.slice(0, eq).toUpperCase()] = p.slice(eq + 1).replace(/^"|"$/g, '');
  }
  return { name: name.toUpperCase(), params, value: line.slice(at + 1) };
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** A zone name as calendars write it: IANA, Windows ("Eastern Standard Time"), or "(UTC-05:00) Eastern …". */
function zoneFor(tzid: string | undefined, userTz: string): { zone: string; known: boolean } {
  if (!tzid) return { zone: userTz, known: true };
  const resolved = resolveZone(tzid);
  if (resolved.known) return { zone: resolved.zone, known: true };
  const offset = /(?:UTC|GMT)\s*([+-])(\d{1,2}):?(\d{2})?/i.exec(tzid);
  if (offset) return { zone: `${offset[1]}${offset[2]?.padStart(2, '0')}:${offset[3] ?? '00'}`, known: true };
  return { zone: userTz, known: false };
}

function readTime(p: Property, userTz: string, warnings: Warning[]): string | null {
  const v = p.value.trim();
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z)?)?$/.exec(v);
  if (!m) return null;
  const fields = {
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    hour: m[4] ? Number(m[4]) : 0,
    minute: m[5] ? Number(m[5]) : 0,
    second: m[6] ? Number(m[6]) : 0,
  };
  if (!isRealLocal(fields)) return null;
  if (m[7] === 'Z') {
    const ms = localToEpoch(fields, 'UTC');
    return ms === null ? null : isoInZone(ms, userTz);
  }
  // A date-only value (VALUE=DATE) is the start of that day where the user is.
  const zone = m[4] ? zoneFor(p.params['TZID'], userTz) : { zone: userTz, known: true };
  if (!zone.known) {
    warnings.push({
      code: 'unknown-time-zone',
      message: `Unknown calendar time zone "${(p.params['TZID'] ?? '').slice(0, 80)}": read in your zone.`,
    });
  }
  return localToIso(fields, zone.zone);
}

/** Whether a date-time value names its zone (TZID or UTC `Z`); a floating one does not. */
function zoned(p: Property): boolean {
  return p.params['TZID'] !== undefined || /Z$/i.test(p.value.trim());
}

/**
 * DTEND as it can be believed (issue 10): one with no zone beside a zoned DTSTART is read in DTSTART's zone; one
 * at or before the start is dropped, so the interview takes the default length. Each repair is a warning.
 */
function readEnd(
  startProp: Property,
  start: string,
  endProp: Property | null,
  userTz: string,
  warnings: Warning[],
): string | null {
  if (endProp === null) return null;
  const floating = !zoned(endProp) && zoned(startProp) && /T\d/i.test(endProp.value);
  const read = floating
    ? readTime(
        /Z$/i.test(startProp.value.trim())
          ? { ...endProp, value: `${endProp.value.trim()}Z` }
          : { ...endProp, params: { ...endProp.params, TZID: startProp.params['TZID'] ?? '' } },
        userTz,
        [],
      )
    : readTime(endProp, userTz, warnings);
  if (floating)
    warnings.push({
      code: 'calendar-times',
      message: `The calendar invitation's end time has no time zone: read in the zone of its start.`,
    });
  const startMs = epochMs(start);
  const endMs = read === null ? null : epochMs(read);
  if (read !== null && startMs !== null && endMs !== null && endMs <= startMs) {
    warnings.push({
      code: 'calendar-times',
      message: `The calendar invitation ends before it starts (${endProp.value.trim().slice(0, 20)}): the interview is taken to last the usual length.`,
    });
    return null;
  }
  return read;
}

/**
 * Reads the events of one text/calendar part. Never throws; an event without a readable start is skipped.
 * @example readCalendar('BEGIN:VEVENT\nDTSTART;TZID=America/New_York:20261110T140000\nEND:VEVENT', 'UTC')
 *   // { events: [{ start: '2026-11-10T14:00:00-05:00', end: null, summary: null, cancelled: false }] }
 */
export function readCalendar(text: string, userTz: string): { events: CalendarEvent[]; warnings: Warning[] } {
  const events: CalendarEvent[] = [];
  const warnings: Warning[] = [];
  let methodCancel = false;
  let inEvent = false;
  let depth = 0;
  let current: {
    start: Property | null;
    end: Property | null;
    summary: string | null;
    cancelled: boolean;
  } | null = null;
  for (const line of unfold(text.slice(0, MAX_CALENDAR_CHARS))) {
    const p = property(line.trim());
    if (!p) continue;
    if (p.name === 'BEGIN') {
      if (p.value.trim().toUpperCase() === 'VEVENT' && !inEvent) {
        inEvent = true;
        depth = 0;
        current = { start: null, end: null, summary: null, cancelled: false };
      } else if (inEvent) depth++;
      continue;
    }
    if (p.name === 'END') {
      if (inEvent && depth > 0) depth--;
      else if (inEvent && p.value.trim().toUpperCase() === 'VEVENT') {
        const start = current?.start ? readTime(current.start, userTz, warnings) : null;
        if (current && current.start && start)
          events.push({
            start,
            end: readEnd(current.start, start, current.end, userTz, warnings),
            summary: current.summary,
            cancelled: current.cancelled,
          });
        inEvent = false;
        current = null;
      }
      continue;
    }
    if (p.name === 'METHOD' && p.value.trim().toUpperCase() === 'CANCEL') methodCancel = true;
    if (!inEvent || depth > 0 || !current) continue;
    if (p.name === 'DTSTART') current.start = p;
    else if (p.name === 'DTEND') current.end = p;
    else if (p.name === 'SUMMARY') current.summary = unescapeText(p.value).trim() || null;
    else if (p.name === 'STATUS' && p.value.trim().toUpperCase() === 'CANCELLED') current.cancelled = true;
  }
  return { events: events.map((e) => (methodCancel ? { ...e, cancelled: true } : e)), warnings };
}
