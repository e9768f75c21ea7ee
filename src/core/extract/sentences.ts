import type { Sentence } from './model';

/** Budget: a body longer than this is read only up to here (a pasted job ad must not stall the pane). */
export const MAX_TEXT_CHARS = 20_000;

/**
 * Budget: a "sentence" longer than this is no prose but a table or pasted junk. It is read in pieces cut at a
 * space, so the words read around each date stay bounded and reading stays linear in the text (the detectors
 * look at a date's whole sentence, which made 6,000 characters of "by Friday within 2 weeks" take seconds).
 * Real sentences, ATS field lines included, stay well under it.
 */
export const MAX_SENTENCE_CHARS = 600;

/**
 * One sentence in pieces of at most MAX_SENTENCE_CHARS, each cut after the last space in its second half.
 * @example capSentence({ index: 0, text: 'a '.repeat(400) }).length // 2
 */
export function capSentence(sentence: Sentence): readonly Sentence[] {
  if (sentence.text.length <= MAX_SENTENCE_CHARS) return [sentence];
  const out: Sentence[] = [];
  const text = sentence.text;
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + MAX_SENTENCE_CHARS);
    if (end < text.length) {
      const space = text.lastIndexOf(' ', end);
      if (space > start + MAX_SENTENCE_CHARS / 2) end = space + 1;
    }
    const piece = text.slice(start, end);
    const body = piece.trim();
    if (body !== '')
      out.push({ index: sentence.index + start + (piece.length - piece.trimStart().length), text: body });
    start = end;
  }
  return out;
}

// "a.m.", "Dec.", "Mr." and the like end with a period that does not end a sentence.
const ABBREVIATION =
  /(?:\b(?:a\.m|p\.m|e\.g|i\.e|approx|appx|mr|mrs|ms|dr|st|no|vs|etc|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|mon|tues?|wed|thur?s?|fri|sat|sun|[a-z]))\.$/i;

// A zone or a day named after a clock's "a.m." or "p.m.": "10 a.m. EST", "2 p.m. Pacific time", "9 a.m. Tuesday".
const AFTER_CLOCK_ZONE =
  /^\s+(?:[A-Z]{2,5}\b|(?:Eastern|Central|Pacific|Mountain|Atlantic|Greenwich|British|Irish|Indian?|Singapore|Japan|Korea|Australian|London|New|Paris|Berlin|Sydney|Tokyo|Dubai|Lagos|Nairobi|local|your|their|our|on|this|next|tomorrow|today)\b|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)/;

// The month after a German ordinal day: "11. Dezember", "1. Jänner" (Austrian), "3. März".
const ORDINAL_MONTH =
  /^\s+(?:Jan(?:uar)?|Jänner|Feb(?:ruar)?|März|Mär|Apr(?:il)?|Mai|Jun[i]?|Jul[i]?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Okt(?:ober)?|Nov(?:ember)?|Dez(?:ember)?)\b/u;

/**
 * Splits a message into sentences with their offsets: at . ! ? followed by a space and a capital, a digit or ¿ ¡,
 * at blank lines, and at line breaks that start a list item or follow a line without end punctuation that is
 * short (a heading, a signature line).
 */
export function splitSentences(text: string): readonly Sentence[] {
  const out: Sentence[] = [];
  const limit = Math.min(text.length, MAX_TEXT_CHARS);
  let start = 0;
  const push = (end: number): void => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body !== '') out.push({ index: start + lead, text: body });
    start = end;
  };
  for (let i = 0; i < limit; i += 1) {
    const ch = text[i];
    if (ch === '\n') {
      const next = text.slice(i + 1, i + 4);
      const line = text.slice(start, i).trim();
      // (the whole line's length, not the sentence's part of it: a hard-wrapped "… for the second stage. I've booked
      // you in for\nThursday 1 November at 3pm" carries on, round 1130)
      const whole = text.slice(text.lastIndexOf('\n', i - 1) + 1, i).trim();
      if (
        /^\s*\n/.test(text.slice(i + 1, i + 3)) ||
        /^\s*(?:[-*•>]|\d+[.)])\s/.test(next) ||
        // A short line is a heading or a signature line, unless the next one carries on in lower case.
        (whole.length < 40 && !/^[ \t]*[a-z]/.test(next)) ||
        /[.!?:]$/.test(line)
      ) {
        push(i + 1);
      }
      continue;
    }
    if (ch === '.' || ch === '!' || ch === '?') {
      const after = text.slice(i + 1, i + 3);
      // A capital of any alphabet ("Über", "Él") or the opening mark of a Spanish question or exclamation.
      if (!/^\s+["'(“]?[\p{Lu}0-9¿¡]/u.test(after) && !/^\s*$/.test(after)) continue;
      // "at 11.40 a.m. Interviews will be held by video": a clock's "a.m." before a word that is no zone ends the
      // sentence (round 840); "10 a.m. Eastern", "9 a.m. GMT" carry on.
      const clockEnd =
        ch === '.' &&
        /\b[ap]\.m\.$/i.test(text.slice(Math.max(start, i - 4), i + 1)) &&
        !AFTER_CLOCK_ZONE.test(text.slice(i + 1, i + 16));
      if (ch === '.' && !clockEnd && ABBREVIATION.test(text.slice(Math.max(start, i - 8), i + 1))) continue;
      // A German ordinal day before its month ends nothing: "bis zum 11. Dezember", "am Freitag, 4. März".
      if (
        ch === '.' &&
        /(?:^|[^\d.])\d{1,2}$/.test(text.slice(Math.max(start, i - 3), i)) &&
        ORDINAL_MONTH.test(text.slice(i + 1, i + 12))
      )
        continue;
      push(i + 1);
    }
  }
  push(limit);
  return out.flatMap(capSentence);
}
