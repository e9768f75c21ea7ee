import { MONTHS, NUMBER_WORDS, WEEKDAYS } from '../phrases/en';
import type { Weekday } from '../../time';

/** A number written in digits or words ("two", "a couple of"), or null. */
export function readNumber(raw: string | undefined): number | null {
  if (raw === undefined) return null;
  const word = raw
    .toLowerCase()
    .replace(/(?<!\s)\s+of$/, '')
    .replace(/^a\s+/, '')
    .trim();
  if (/^\d+$/.test(word)) return Number(word);
  return NUMBER_WORDS[word] ?? (word === '' ? 1 : null);
}

export function readWeekday(raw: string | undefined): Weekday | null {
  if (raw === undefined) return null;
  return WEEKDAYS[raw.toLowerCase().replace(/\.$/, '')] ?? null;
}

export function readMonth(raw: string | undefined): number | null {
  if (raw === undefined) return null;
  return MONTHS[raw.toLowerCase().replace(/\.$/, '')] ?? null;
}
