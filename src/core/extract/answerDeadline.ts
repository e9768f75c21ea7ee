// The day an offer asks the candidate to answer by ("Please let us know by Wednesday, November 25 whether you
// accept"): ADVICE.md "Outcomes that still ask something of the candidate". Such a day is the candidate's
// deadline, never an employer timeline (TIMELINE-CONVENTIONS.md), so classify() drops it; the offer keeps it here.
import { addDays } from '../time';
import type { ReadContext, Sentence, TimeExpr } from './model';

// Words asking the candidate for an answer, each with a line it matches: "let us know", "get back to us",
// "your decision by", "respond by", "accept by", "sign and return", "sign your offer letter by", "the offer is valid
// until".
const ANSWER_CUE =
  /\b(?:let\s+(?:us|me)\s+know|get\s+back\s+to\s+(?:us|me)|(?:your|an?)\s+(?:answer|response|reply|decision|acceptance)|(?:respond|reply|answer|decide|accept)\b(?!\s+(?:to\s+)?you\b)|sign(?:ed)?\s+and\s+return|(?:sign|countersign|e-?sign)\s+(?:your|the|this|our)\s+(?:\w+\s+)?(?:offer|contract|letter|agreement)|return\s+(?:the\s+|a\s+)?signed|(?:offer|it)\s+(?:is\s+valid|expires|will\s+expire|remains\s+open|stands))/i;

// "we will respond by Friday": the employer's own promise, not the candidate's deadline.
const EMPLOYER_PROMISE =
  /\b(?:we|i)(?:'ll|\s+will|\s+shall|\s+aim\s+to|\s+hope\s+to|\s+expect\s+to)\s+(?:\w+\s+){0,2}$/i;

function sentenceOf(sentences: readonly Sentence[], index: number): Sentence | undefined {
  return sentences.find((s) => index >= s.index && index < s.index + s.text.length);
}

// Clause breaks within a sentence: a semicolon, a dash, a colon before a space (not the one of "5:00 PM").
const CLAUSE_BREAK = /;|:(?=\s)|\s[–—-]\s/g;

/** The clause of `text` that holds the span at `at` (length `length`). */
function clauseAround(text: string, at: number, length: number): string {
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    if (m.index + m[0].length <= at) start = m.index + m[0].length;
    else if (m.index >= at + length) {
      end = m.index;
      break;
    }
  }
  return text.slice(start, end);
}

/** The first day a sentence of the message asks the candidate to answer by, with its words, or null. */
export function answerDeadline(
  context: ReadContext,
  sentences: readonly Sentence[],
  exprs: readonly TimeExpr[],
): { readonly by: string; readonly phrase: string } | null {
  for (const e of [...exprs].sort((a, b) => a.index - b.index)) {
    if (e.bound === 'after' || e.bound === 'until-after') continue;
    const sentence = sentenceOf(sentences, e.index);
    if (sentence === undefined) continue;
    // The asking words must govern this day: they stand in its own clause ("We'll send the paperwork by Friday;
    // please let us know no later than Wednesday, December 2": Friday is the employer's, December 2 the answer's).
    const clause = clauseAround(sentence.text, e.index - sentence.index, e.text.length);
    const cue = ANSWER_CUE.exec(clause);
    if (cue === null) continue;
    if (EMPLOYER_PROMISE.test(clause.slice(0, cue.index))) continue;
    const by = e.bound === 'before' ? addDays(e.date, -1) : e.date;
    if (context.t !== null && by < context.t) continue;
    return { by, phrase: sentence.text.replace(/\s+/g, ' ').trim() };
  }
  return null;
}
