// Which drafts go with a recommendation: the main one (ADVICE.md rule → kind) and the alternatives beside it
// (phone script unless no-calls, LinkedIn, a handwritten note for a thank-you, one note per panel interviewer).
import type { Draft, DraftKind, Recommendation } from '../types';
import { renderDraft, toDraft } from './renderDraft';
import type { DraftFacts } from './threadFacts';

/** The kind of the main draft for each ADVICE.md rule, or null where nothing is to be sent. */
export function mainDraftKind(rec: Recommendation): DraftKind | null {
  if (rec.action === 'closed') return rec.outcome === 'rejected' ? 'rejection-reply' : null;
  switch (rec.rule) {
    case 3:
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
  const interviewToday = rec.rule === 3;
  const draft = toDraft(renderDraft(kind, facts, { interviewToday }));
  const thankYou = kind === 'thank-you';
  const followUp = kind === 'follow-up' || kind === 'second-follow-up';
  // A panel: one note per interviewer, each worded apart (issue 4).
  const panel =
    thankYou && facts.interviewers.length > 1
      ? facts.interviewers.map((to, i) =>
          toDraft(renderDraft('thank-you', facts, { to, variant: i, interviewToday })),
        )
      : [];
  const channels: DraftKind[] = [];
  if ((thankYou || followUp) && !options.noCalls) channels.push('phone-script');
  if (thankYou || followUp) channels.push('linkedin');
  if (thankYou) channels.push('handwritten');
  return {
    draft,
    alternatives: [...panel, ...channels.map((k) => toDraft(renderDraft(k, facts, { interviewToday })))],
  };
}
