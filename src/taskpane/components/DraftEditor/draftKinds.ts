// Which draft to start from and which kinds to offer, from the recommendation (ADVICE.md).
import type { Analysis, DraftKind } from '../../../core/types';

/**
 * What the editor can hold: one of the core's drafts, or the user's own message, started from an empty box,
 * where no ready-made text fits the advice (answering the employer's question, an offer, an interview not yet
 * set): preloading a thank-you there drafted the wrong message (issue 5).
 */
export type EditorKind = DraftKind | 'own';

export const draftKindLabels: Readonly<Record<EditorKind, string>> = {
  own: 'Your own message',
  'thank-you': 'Thank-you email',
  'follow-up': 'Follow-up email',
  'second-follow-up': 'Second follow-up email',
  'close-the-loop': 'Close-the-loop email',
  'rejection-reply': 'Reply to a rejection',
  'phone-script': 'Phone script',
  linkedin: 'LinkedIn message',
  handwritten: 'Handwritten note',
};

/** Kinds that are email bodies and so can go into a reply. */
export const emailKinds: ReadonlySet<EditorKind> = new Set<EditorKind>([
  'own',
  'thank-you',
  'follow-up',
  'second-follow-up',
  'close-the-loop',
  'rejection-reply',
]);

/** The kind matching the recommendation, where the core offered no draft of its own. */
export function defaultKind(analysis: Analysis): EditorKind {
  if (analysis.draft) return analysis.draft.kind;
  const r = analysis.recommendation;
  switch (r.action) {
    case 'follow-up':
      return r.step === 2 ? 'second-follow-up' : 'follow-up';
    case 'wait':
      return r.waitingFor === 'second-follow-up'
        ? 'second-follow-up'
        : r.waitingFor === 'follow-up'
          ? 'follow-up'
          : 'thank-you';
    case 'move-on':
      return 'close-the-loop';
    case 'closed':
      // An offer is answered in the offer's own thread, in the user's words; no template fits.
      return r.outcome === 'rejected' ? 'rejection-reply' : 'own';
    case 'send-thank-you':
      return 'thank-you';
    case 'reply':
    case 'set-interview-date':
      // The employer asked something only the user can answer; or no interview has been held to thank for.
      return 'own';
  }
}

/** Every kind the dropdown offers: no phone script where the employer asked not to be called. */
export function offeredKinds(analysis: Analysis): readonly EditorKind[] {
  return (Object.keys(draftKindLabels) as EditorKind[]).filter(
    (k) => k !== 'phone-script' || !analysis.noCalls,
  );
}

const channelKinds = { phone: 'phone-script', linkedin: 'linkedin', handwritten: 'handwritten' } as const;

/**
 * The alternatives beside email: the kinds of the core's alternative drafts, else the channels its
 * recommendation names, else the usual three; never a phone script under a no-calls policy.
 */
export function alternativeKinds(analysis: Analysis): readonly DraftKind[] {
  const r = analysis.recommendation;
  if (r.action === 'closed' || r.action === 'set-interview-date') return [];
  const main = analysis.draft?.kind;
  const fromDrafts = [...new Set((analysis.drafts ?? []).map((d) => d.kind))].filter((k) => k !== main);
  const kinds =
    fromDrafts.length > 0
      ? fromDrafts
      : (r.alternatives.length > 0 ? r.alternatives : (['phone', 'linkedin', 'handwritten'] as const)).map(
          (c) => channelKinds[c],
        );
  return kinds.filter((k) => k !== 'phone-script' || !analysis.noCalls);
}

/**
 * The kinds that fit the advice, first the one it calls for, then its alternatives (phone, LinkedIn, note:
 * one list, issue 12); every other kind goes under "More".
 */
export function fittingKinds(analysis: Analysis): readonly EditorKind[] {
  const offered = offeredKinds(analysis);
  const fit = [...new Set<EditorKind>([defaultKind(analysis), ...alternativeKinds(analysis)])];
  return fit.filter((k) => offered.includes(k));
}

export function moreKinds(analysis: Analysis): readonly EditorKind[] {
  const fit = fittingKinds(analysis);
  return offeredKinds(analysis).filter((k) => !fit.includes(k));
}
