// How the advice writes dates and cites evidence in its reasons ("Ada wrote on 3 March: '…'", ADVICE.md).
import type { Evidence, IsoDate, Message } from '../../types';
import { weekdayOf } from '../../time';
import { safeDateInZone } from './instants';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../../time/calendarNames';

const MONTHS = MONTH_NAMES;
const WEEKDAYS = WEEKDAY_NAMES;

/** "3 March", with the year where it is not `todayYear` ("3 March 2025"). */
export function dayMonth(date: IsoDate, today?: IsoDate): string {
  const [y, m, d] = date.split('-');
  const month = MONTHS[Number(m) - 1] ?? m;
  const year = today !== undefined && today.slice(0, 4) !== y ? ` ${y}` : '';
  return `${Number(d)} ${month}${year}`;
}

/** "Tuesday 10 November". */
export function weekdayDayMonth(date: IsoDate, today?: IsoDate): string {
  return `${WEEKDAYS[weekdayOf(date) - 1] ?? ''} ${dayMonth(date, today)}`;
}

export function weekdayName(date: IsoDate): string {
  return WEEKDAYS[weekdayOf(date) - 1] ?? '';
}

/** Who wrote a message, as a reason names them: the display name's first word, else the address. */
export function authorOf(message: Message | undefined): string {
  const raw = message?.from?.name?.replace(/"|^'+|(?<!')'+$/g, '').trim();
  // "Whitaker, James" as Outlook writes it: the first name comes after the comma.
  const name = raw?.includes(',') ? raw.split(',')[1]?.trim() || raw : raw;
  if (name) return name.split(/\s+/)[0] ?? name;
  const address = message?.from?.address;
  return address ? address : 'The employer';
}

/** Quotes evidence text on one line, trimmed to a readable length. */
export function quote(text: string): string {
  // A sentence's closing full stop or comma would read twice before the reason's own punctuation.
  const flat = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(?<![.,;:])[.,;:]+$/, '');
  return `'${flat.length > 160 ? `${flat.slice(0, 157)}…` : flat}'`;
}

/**
 * A reason's citation of its evidence: "Ada wrote on 3 March: 'we'll be in touch within two weeks'".
 * Evidence outside the thread (a user override) is quoted alone.
 */
export function cite(evidence: Evidence, messages: readonly Message[], tz: string, today: IsoDate): string {
  const message = messages[evidence.message];
  if (message === undefined) return quote(evidence.text);
  const date = safeDateInZone(message.sentAt, tz);
  const when = date === null ? '' : ` on ${dayMonth(date, today)}`;
  const who = message.role === 'candidate' ? 'You' : authorOf(message);
  return `${who} wrote${when}: ${quote(evidence.text)}`;
}
