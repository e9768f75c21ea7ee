// Which draft to start from and which kinds to offer, from the recommendation (ADVICE.md).
import type { Analysis, DraftKind } from '../../../core/types';

export const draftKindLabels: Readonly<Record<DraftKind, string>> = {
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
export const emailKinds: ReadonlySet<DraftKind> = new Set<DraftKind>([
  'thank-you',
  'follow-up',
  'second-follow-up',
  'close-the-loop',
  'rejection-reply',
]);

/** The kind matching the recommendation, where the core offered no draft of its own. */
export function defaultKind(analysis: Analysis): DraftKind {
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
      return r.outcome === 'rejected' ? 'rejection-reply' : 'thank-you';
    default:
      return 'thank-you';
  }
}

/** Every kind the dropdown offers: no phone script where the employer asked not to be called. */
export function offeredKinds(analysis: Analysis): readonly DraftKind[] {
  return (Object.keys(draftKindLabels) as DraftKind[]).filter(
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
