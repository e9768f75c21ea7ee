// How the advice writes dates and cites evidence in its reasons ("Ada wrote on 3 March: '…'", ADVICE.md).
import type { Evidence, IsoDate, Message } from '../../types';
import { readPersonName } from '../../drafts/names';
import { dayMonth } from '../../time';
import { safeDateInZone } from './instants';

// The date words are the time area's, shared with the drafts.
export { clockWords, dayMonth, weekdayDayMonth, weekdayName } from '../../time';

/**
 * Who wrote a message, as a reason names them: a person by their first name as a draft reads it ("Dr. Katharina
 * Vogel" and "Vogel, Katharina" are Katharina); a team or platform mailbox by its whole display name ("Recruiting
 * Team Feldmann", "Welcome to the Jungle"), never by its first word; else the address.
 */
export function authorOf(message: Message | undefined): string {
  const raw = message?.from?.name?.replace(/"|^'+|(?<!')'+$/g, '').trim();
  if (raw) {
    const person = readPersonName(raw);
    if (person !== null) return person.given;
    return raw.length <= 60 ? raw : `${raw.slice(0, 59)}…`;
  }
  const address = message?.from?.address;
  return address ? address : 'The employer';
}

/**
 * Quotes evidence text on one line, trimmed to a readable length. Where the words that decided the date
 * (`keep`, the finding's phrase) lie past the cut, the quote starts a little before them instead: a long
 * sentence ending "…so please don't reach out for an update before January 11" must not lose its date.
 */
export function quote(text: string, keep?: string): string {
  // A sentence's closing full stop or comma would read twice before the reason's own punctuation.
  const flat = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(?<![.,;:])[.,;:]+$/, '');
  if (flat.length <= 160) return `'${flat}'`;
  const phrase = keep?.replace(/\s+/g, ' ').trim().toLowerCase() ?? '';
  const at = phrase === '' ? -1 : flat.toLowerCase().indexOf(phrase);
  if (at < 0 || at + phrase.length <= 157) return `'${flat.slice(0, 157)}…'`;
  // Some forty characters of lead-in, from a word's start.
  const from = flat.lastIndexOf(' ', Math.max(0, at - 40)) + 1;
  const rest = flat.slice(from);
  return `'…${rest.length > 157 ? `${rest.slice(0, 156)}…` : rest}'`;
}

/**
 * A reason's citation of its evidence: "Ada wrote on 3 March: 'we'll be in touch within two weeks'".
 * Evidence outside the thread (a user override) is quoted alone; `keep` is the phrase the quote must show.
 */
export function cite(
  evidence: Evidence,
  messages: readonly Message[],
  tz: string,
  today: IsoDate,
  us = false,
  keep?: string,
): string {
  const message = messages[evidence.message];
  if (message === undefined) return quote(evidence.text, keep);
  const date = safeDateInZone(message.sentAt, tz);
  const when = date === null ? '' : ` on ${dayMonth(date, today, us)}`;
  const who = message.role === 'candidate' ? 'You' : authorOf(message);
  return `${who} wrote${when}: ${quote(evidence.text, keep)}`;
}
