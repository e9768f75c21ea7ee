// Times offered to choose from ("Would Tuesday 15th at 10am or Wednesday 16th at 2pm suit better?"): the reply
// takes the first, as written, and the pane says so, where quoting the question back answered nothing.

const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?`;
const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues?|Wed|Thur?s?|Fri)\.?`;
const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
const CLOCK = String.raw`\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|AM|PM|a\.m\.|p\.m\.)|\d{1,2}[:.]\d{2}|noon`;
// "Tuesday 15th at 10am", "Wednesday, December 16 at 2:00 PM", "Thu 17 Dec, 09:30".
const SLOT = String.raw`${WEEKDAY}(?:,?\s(?:the\s)?${DAY}(?:\s(?:of\s)?${MONTH})?|,?\s${MONTH}\s${DAY})?(?:,?\s(?:at\s|from\s)?(?:${CLOCK}))?`;
const CHOICE = new RegExp(
  String.raw`(?<![\p{L}])(${SLOT})(?:\s(?:[A-Z]{2,4}|ET|PT|CT))?,?\s(?:or|or\son)\s(?:${SLOT})(?![\p{L}])`,
  'u',
);

/** The first of the times a request offers to choose from, as written ("Tuesday 15th at 10am"), or null. */
export function firstSlotOffered(asked: string): string | null {
  const m = CHOICE.exec(asked.replace(/\s+/gu, ' ').slice(0, 600));
  return m === null ? null : (m[1] ?? null);
}
