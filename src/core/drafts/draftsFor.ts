// Which drafts go with a recommendation: the main one (ADVICE.md rule → kind) and the alternatives beside it
// (ADVICE.md "Channel and alternatives": a phone script only beside a follow-up of rules 8 and 9 and never under
// a no-calls policy; LinkedIn; a handwritten note only beside a thank-you; one note per panel interviewer).
import type { Draft, DraftKind, Recommendation } from '../types';
import { renderDraft, toDraft } from './renderDraft';
import type { DraftFacts } from './threadFacts';

/** The kind of the main draft for each ADVICE.md rule, or null where nothing is to be sent. */
export function mainDraftKind(rec: Recommendation): DraftKind | null {
  if (rec.action === 'closed') return rec.outcome === 'rejected' ? 'rejection-reply' : null;
  switch (rec.rule) {
    case 4:
    case 5:
      return 'thank-you';
    case 6:
    case 9:
      return 'follow-up';
    case 7:
      return 'close-the-loop';
    case 8:
      return 'second-follow-up';
    default:
      return null;
  }
}

export interface DraftSet {
  readonly draft: Draft | null;
  /** Alternatives: per-interviewer thank-yous, phone script, LinkedIn, handwritten note. */
  readonly alternatives: readonly Draft[];
}

/**
 * @example draftsFor(rec, facts, { noCalls: true }).alternatives.some((d) => d.kind === 'phone-script') === false
 */
export function draftsFor(
  rec: Recommendation,
  facts: DraftFacts,
  options: { readonly noCalls: boolean },
): DraftSet {
  const kind = mainDraftKind(rec);
  if (kind === null) return { draft: null, alternatives: [] };
  const interviewToday = rec.rule === 4;
  // A thank-you sent once the employer's window has passed also asks about next steps (issue 10).
  const askNextSteps = rec.action === 'send-thank-you' && rec.askNextSteps === true;
  const draft = toDraft(renderDraft(kind, facts, { interviewToday, askNextSteps }));
  const thankYou = kind === 'thank-you';
  const followUp = kind === 'follow-up' || kind === 'second-follow-up';
  // The thank-you "isn't a follow-up call" (the article): no phone script beside it, nor beside rule 6's wait.
  const callable = followUp && (rec.rule === 8 || rec.rule === 9) && !options.noCalls;
  // A panel: one note per interviewer, each worded apart (issue 4).
  const panel =
    thankYou && facts.interviewers.length > 1
      ? facts.interviewers.map((to, i) =>
          toDraft(renderDraft('thank-you', facts, { to, variant: i, interviewToday })),
        )
      : [];
  const channels: DraftKind[] = [];
  if (callable) channels.push('phone-script');
  if (thankYou || followUp) channels.push('linkedin');
  if (thankYou) channels.push('handwritten');
  return {
    draft,
    alternatives: [
      ...panel,
      // A handwritten note arrives days later: it never says "today".
      ...channels.map((k) =>
        toDraft(renderDraft(k, facts, { interviewToday: interviewToday && k !== 'handwritten' })),
      ),
    ],
  };
}
