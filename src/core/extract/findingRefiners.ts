import { ALTERNATIVES_CUE, CANCEL_CUE, RESCHEDULE_CUE } from './phrases/en';
import type { Classified } from './classify';
import type { ReadContext } from './model';

/** Maps classified findings of one message to new ones (STYLE.md practice 3). */
export type FindingRefiner = (context: ReadContext, items: readonly Classified[]) => readonly Classified[];

const sameSentence = (a: Classified, b: Classified): boolean => a.sentence.index === b.sentence.index;
const slotKey = (c: Classified): string => (c.finding.kind === 'interview' ? c.finding.start : '');

/**
 * "Wednesday or Thursday", "between Monday and Wednesday", "1–3 weeks": two promises joined by or/and/to in one
 * clause are one window ending on the later day.
 */
export const mergeRanges: FindingRefiner = (context, items) => {
  const out: Classified[] = [];
  for (const c of items) {
    const prev = out[out.length - 1];
    if (
      prev !== undefined &&
      prev.finding.kind === 'response-by' &&
      c.finding.kind === 'response-by' &&
      prev.expr !== null &&
      c.expr !== null
    ) {
      const between = context.text.slice(prev.expr.index + prev.expr.text.length, c.expr.index);
      if (/^\s*(?:or|to|and|through|-|–|or\s+by|or\s+on)\s*$/i.test(between)) {
        const later = prev.finding.by >= c.finding.by ? prev.finding : c.finding;
        const phrase = context.text.slice(prev.expr.index, c.expr.index + c.expr.text.length);
        out[out.length - 1] = {
          ...c,
          finding: { ...later, phrase, fuzzy: prev.finding.fuzzy || c.finding.fuzzy },
        };
        continue;
      }
    }
    out.push(c);
  }
  return out;
};

/** "no later than March 31, with a goal of mid-March": the promise stands, not the hope beside it. */
export const dropGoals: FindingRefiner = (context, items) =>
  items.filter((c) => {
    if (c.finding.kind !== 'response-by' || c.expr === null) return true;
    const lead = context.text.slice(Math.max(c.sentence.index, c.expr.index - 40), c.expr.index);
    const isGoal =
      /\b(?:goal|target(?:ing)?|ideally|stretch|possibly|potentially|best\s+case)\b[^,.;]*$/i.test(lead);
    return !(isGoal && items.some((o) => o !== c && o.finding.kind === 'response-by' && sameSentence(o, c)));
  });

/**
 * Reschedules keep only the new slot ("move our interview from the 9th to the 12th"); a cancellation with no
 * new slot keeps none. Runs before dropAlternatives, which would otherwise see the old and new slots as a choice.
 */
export const resolveReschedules: FindingRefiner = (context, items) =>
  items.filter((c) => {
    if (c.finding.kind !== 'interview' || c.expr === null) return true;
    const s = c.sentence.text;
    if (CANCEL_CUE.test(s) && !RESCHEDULE_CUE.test(s)) return false;
    if (!RESCHEDULE_CUE.test(s) && !/\binstead\b/i.test(s)) return true;
    const lead = context.text.slice(Math.max(c.sentence.index, c.expr.index - 24), c.expr.index);
    const tail = context.text.slice(
      c.expr.index + c.expr.text.length,
      c.expr.index + c.expr.text.length + 16,
    );
    if (/\b(?:from|of|original(?:ly)?)\s+$/i.test(lead)) return false;
    // In a sentence that moves a slot, only the one it moves to stands: "to Thursday", "for Thursday",
    // "Thursday instead", "could we do Thursday", "are you available Thursday"; "your interview on the 17th
    // has been postponed" names the old one.
    return (
      /\b(?:to|for|until|till|instead|do|try|say|about|available|free|works?|suit)\s*$|:\s*$/i.test(lead) ||
      /^\s*(?:instead|work|suit)/i.test(tail)
    );
  });

/**
 * Several proposed slots are no interview yet (TIMELINE-CONVENTIONS.md): two or more distinct slots in one
 * sentence joined by "or", or in a message that offers options ("the following times", "which works").
 */
export const dropAlternatives: FindingRefiner = (context, items) => {
  const slots = items.filter((c) => c.finding.kind === 'interview');
  const distinct = new Set(slots.map(slotKey));
  if (distinct.size < 2) return items;
  const offersChoice = ALTERNATIVES_CUE.test(context.text);
  return items.filter((c) => {
    if (c.finding.kind !== 'interview') return true;
    const peers = slots.filter((o) => sameSentence(o, c) && slotKey(o) !== slotKey(c));
    if (peers.length > 0 && /\bor\b|\?/i.test(c.sentence.text)) return false;
    return !offersChoice;
  });
};

/**
 * One promise per message: where it states several ("we'll shortlist at the end of the month and let you know
 * by 4 December"), the last day of the window is the latest of them.
 */
export const latestPromise: FindingRefiner = (_context, items) => {
  const promises = items.filter((c) => c.finding.kind === 'response-by');
  if (promises.length < 2) return items;
  const latest = promises.reduce((a, b) =>
    (b.finding.kind === 'response-by' ? b.finding.by : '') >
    (a.finding.kind === 'response-by' ? a.finding.by : '')
      ? b
      : a,
  );
  return items.filter((c) => c.finding.kind !== 'response-by' || c === latest);
};

/** One finding per kind and day per sentence (chrono and a detector may both name the same slot). */
export const dedupe: FindingRefiner = (_context, items) =>
  items.filter((c, i) => {
    const key = (x: Classified): string =>
      `${x.sentence.index}|${x.finding.kind}|${'by' in x.finding ? x.finding.by : ''}|${x.finding.kind === 'interview' ? x.finding.start : ''}`;
    return items.findIndex((o) => key(o) === key(c)) === i;
  });
