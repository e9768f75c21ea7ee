/**
 * No-calls and outcome findings of a message's sentences: phrases, no dates. One implementation for English
 * (pipeline.ts) and the other languages (foreign.ts); each hands in how its tables read a sentence.
 */
import type { Finding } from '../types';
import type { Sentence } from './model';

/** How one language's tables read a sentence for no-calls and outcomes. */
export interface PhraseReaders {
  /** The no-calls words of a sentence, or null (none, or a call is invited: "don't hesitate to call"). */
  readonly noCalls: (text: string) => RegExpExecArray | null;
  /** The rejection matches of a sentence, in table order (null where a pattern does not match). */
  readonly rejections: (text: string) => readonly (RegExpExecArray | null)[];
  /** The offer matches of a sentence, in table order; none where the offer is of something else. */
  readonly offers: (text: string) => readonly (RegExpExecArray | null)[];
  /** Words that, before the outcome words, make it conditional ("if", "falls", "si"). */
  readonly condition: RegExp;
  /** Whether the whole message welcomes a hire whose offer was taken (no offer finding then), where known. */
  readonly alreadyHired?: (text: string) => boolean;
}

/**
 * One no-calls and one outcome finding at most per sentence; a rejection wins over an offer. A condition before
 * the outcome words ("if you do not hear from us …, please assume your application has been unsuccessful")
 * announces no outcome yet; one after them ("the job is yours if you want it") does not take it back.
 */
export function phraseFindings(
  sentences: readonly Sentence[],
  messageIndex: number,
  read: PhraseReaders,
): Finding[] {
  const out: Finding[] = [];
  // Read once, and only for a message that has an offer's words.
  let hired: boolean | undefined;
  const alreadyHired = (): boolean =>
    (hired ??= read.alreadyHired?.(sentences.map((s) => s.text).join(' ')) === true);
  for (const s of sentences) {
    const evidence = (detector: string) => ({
      message: messageIndex,
      text: s.text,
      index: s.index,
      detector,
    });
    const noCalls = read.noCalls(s.text);
    if (noCalls !== null) out.push({ kind: 'no-calls', phrase: noCalls[0], evidence: evidence('no-calls') });
    const unconditional = (m: RegExpExecArray | null): m is RegExpExecArray =>
      m !== null && !read.condition.test(s.text.slice(0, m.index));
    const rejection = read.rejections(s.text).find(unconditional);
    const offer = read.offers(s.text).find(unconditional);
    if (rejection)
      out.push({
        kind: 'outcome',
        outcome: 'rejected',
        phrase: rejection[0],
        evidence: evidence('outcome-rejection'),
      });
    else if (offer && !alreadyHired())
      out.push({ kind: 'outcome', outcome: 'offer', phrase: offer[0], evidence: evidence('outcome-offer') });
  }
  return out;
}
