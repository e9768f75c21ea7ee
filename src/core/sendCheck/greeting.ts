// A greeting whose name matches no recipient ("Hi Sarah," to Emma Jones): the first thing a reader notices.
import type { Address } from '../types';
import { GENERIC_ADDRESSEES, GREETING_WORDS, TITLES } from './phrases';

// The first line's greeting: "Hi Emma,", "Dear Dr. Amara Obi,", "Hello Hui Min -", "Hey Jean-Luc!".
const GREETING = new RegExp(
  String.raw`^\s*${GREETING_WORDS}[ \t]+([\p{L}\p{M}][\p{L}\p{M}.'’ -]{0,60}?)[ \t]*(?:[,!:–—-]|\r?\n|$)`,
  'iu',
);

export interface GreetingMismatch {
  /** The greeting as written ("Hi Sarah"). */
  readonly greeting: string;
  /** The name greeted ("Sarah"). */
  readonly name: string;
}

/** `text` without the trailing characters of `chars` (a loop: `[…]+$` is quadratic on a long run). */
function trimEnd(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text.charAt(end - 1))) end -= 1;
  return text.slice(0, end);
}

/** Lower-case name parts ("Whitaker, James" -> whitaker, james; "jean-luc" -> jean-luc, jean, luc). */
function nameParts(text: string): string[] {
  const words = text
    .toLowerCase()
    .split(/[\s,."'’()<>@_+]+/u)
    .filter((w) => /\p{L}/u.test(w));
  return words.flatMap((w) => (w.includes('-') ? [w, ...w.split('-')] : [w]));
}

function recipientParts(recipients: readonly Address[]): string[] {
  return recipients.flatMap((r) => [...nameParts(r.name ?? ''), ...nameParts(r.address.split('@')[0] ?? '')]);
}

/** "Rob" greets Robert, "Kate" greets Katherine: a short form that begins the recipient's name matches it. */
function matches(word: string, parts: readonly string[]): boolean {
  return parts.some(
    (p) => p === word || (word.length >= 3 && p.startsWith(word)) || (p.length >= 3 && word.startsWith(p)),
  );
}

/**
 * The greeting of `text` when none of its names is a recipient's; null when it matches, names nobody in
 * particular ("Hi all", "Dear Hiring Manager"), or nothing is known of the recipients.
 * @example greetingMismatch('Hi Sarah,\nThanks…', [{ name: 'Emma Jones', address: 'emma@x.com' }])?.name // 'Sarah'
 */
export function greetingMismatch(text: string, recipients: readonly Address[]): GreetingMismatch | null {
  const m = GREETING.exec(text.slice(0, 200));
  if (m === null || m[1] === undefined) return null;
  const name = trimEnd(m[1], ".'’ -").trim();
  if (name === '' || GENERIC_ADDRESSEES.test(name)) return null;
  const words = nameParts(name).filter((w) => !TITLES.test(w));
  const parts = recipientParts(recipients);
  if (words.length === 0 || parts.length === 0) return null;
  if (words.some((w) => matches(w, parts))) return null;
  return { greeting: trimEnd(m[0].trim(), ',!:–—-'), name };
}
