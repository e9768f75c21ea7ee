// Which drafts go with a recommendation: the main one (ADVICE.md rule → kind) and the alternatives beside it
// (ADVICE.md "Channel and alternatives": a phone script only beside a follow-up of rules 8 and 9 and never under
// a no-calls policy; LinkedIn; a handwritten note only beside a thank-you; one note per panel interviewer and a
// short thanks for the recruiter who only arranged the panel).
import type { Draft, DraftKind, IsoDate, Recommendation } from '../types';
import { renderDraft, toDraft, type RenderOptions } from './renderDraft';
import type { DraftFacts } from './threadFacts';
import { asksToConfirmSlot } from './slotCheck';

/** The kind of the main draft for each ADVICE.md rule, or null where nothing is to be sent. */
export function mainDraftKind(rec: Recommendation): DraftKind | null {
  if (rec.action === 'closed')
    return rec.outcome === 'rejected' ? 'rejection-reply' : 'offer-acknowledgement';
  if (rec.action === 'reply') return 'request-reply';
  // Before the interview there is nothing to thank for (issue 11): no draft while it is ahead.
  if (rec.action === 'wait' && rec.waitingFor === 'interview') return null;
  switch (rec.rule) {
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

/** The offer's answer-by date, where the advice carries one (ADVICE.md "Outcomes": `respondBy`). */
function respondByOf(rec: Recommendation): IsoDate | null {
  return 'respondBy' in rec && typeof rec.respondBy === 'string' ? rec.respondBy : null;
}

/** The employer's request the advice quotes (rule "reply"). */
function askedOf(rec: Recommendation): string | null {
  return rec.action === 'reply' ? (rec.evidence[0]?.text ?? null) : null;
}

/**
 * @example draftsFor(rec, facts, { noCalls: true }).alternatives.some((d) => d.kind === 'phone-script') === false
 */
export function draftsFor(
  rec: Recommendation,
  facts: DraftFacts,
  options: { readonly noCalls: boolean; readonly today?: IsoDate },
): DraftSet {
  const kind = mainDraftKind(rec);
  if (kind === null) return { draft: null, alternatives: [] };
  // "Today" only in a draft sent on the interview's own day; a draft prepared for a later day (a wait) and any
  // other day name the date.
  const interviewToday =
    rec.action !== 'wait' && options.today !== undefined && facts.interviewDate === options.today;
  const asked = askedOf(rec);
  const shared: RenderOptions = {
    interviewToday,
    // A request only to confirm the interview set ahead: the reply says yes, for the candidate to send or change.
    confirmSlot:
      kind === 'request-reply' &&
      asked !== null &&
      facts.interviewDate !== null &&
      options.today !== undefined &&
      facts.interviewDate >= options.today &&
      asksToConfirmSlot(asked),
    asked,
    respondBy: respondByOf(rec),
    // A thank-you sent once the employer's window has passed also asks about next steps (issue 10).
    askNextSteps: rec.action === 'send-thank-you' && rec.askNextSteps === true,
  };
  const draft = toDraft(renderDraft(kind, facts, shared));
  const thankYou = kind === 'thank-you';
  const followUp = kind === 'follow-up' || kind === 'second-follow-up';
  // The thank-you "isn't a follow-up call" (the article): no phone script beside it, nor beside rule 6's wait.
  const callable = followUp && (rec.rule === 8 || rec.rule === 9) && !options.noCalls;
  // A panel: one note per interviewer, each worded apart (issue 4), and the recruiter who only arranged it
  // thanked for that (issue 11).
  const panel =
    thankYou && facts.interviewers.length > 1
      ? facts.interviewers.map((to, i) =>
          toDraft(renderDraft('thank-you', facts, { ...shared, to, variant: i })),
        )
      : [];
  const arranger =
    thankYou && facts.arranger
      ? [toDraft(renderDraft('thank-you', facts, { ...shared, to: facts.arranger, arranged: true }))]
      : [];
  const channels: DraftKind[] = [];
  if (callable) channels.push('phone-script');
  if (thankYou || followUp) channels.push('linkedin');
  if (thankYou) channels.push('handwritten');
  return {
    draft,
    alternatives: [
      ...panel,
      ...arranger,
      // A handwritten note arrives days later: it never says "today".
      ...channels.map((k) =>
        toDraft(renderDraft(k, facts, { ...shared, interviewToday: interviewToday && k !== 'handwritten' })),
      ),
    ],
  };
}
