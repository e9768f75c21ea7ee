// The first screen in words (issue 12): the advice as one headline, one line of why, and the one action the
// advice calls for. Pure: the pane's components only lay these out.
import type { Analysis, IsoDate } from '../../core/types';
import { formatDay, uiLocale } from './format';

export interface Headline {
  /** "Follow up today", "Wait until Tue, Nov 24". */
  readonly title: string;
  /** One line of why: the core's first reason, or null where it gave none. */
  readonly why: string | null;
}

/** What the host can do (src/office/types.ts HostCapabilities): phones open no forms. */
export interface PaneCapabilities {
  /** Reply and new-message forms, or insertion at the cursor in compose. */
  readonly insert: boolean;
  /** The appointment form for "Remind me". */
  readonly remind: boolean;
}

/**
 * The one action the first screen pushes (issue 12 "The first screen"): insert the draft the advice calls
 * for; a reminder while waiting; a reply where the employer asked something or sent an offer; the date field
 * where no interview is known; the optional close-the-loop note on moving on; nothing on a rejection. Where
 * the host cannot open a form (Outlook on a phone), copying the draft takes the insert's place and no
 * reminder is pushed.
 */
export type PrimaryAction =
  | { readonly kind: 'insert'; readonly label: string }
  | { readonly kind: 'copy'; readonly label: string }
  | { readonly kind: 'remind'; readonly label: string }
  | { readonly kind: 'set-date' }
  | { readonly kind: 'none' };

function when(on: IsoDate, today: IsoDate, locale: string | undefined): string {
  return on <= today ? 'today' : `on ${formatDay(on, locale, today)}`;
}

function firstReason(analysis: Analysis): string | null {
  const reason = analysis.recommendation.reasons.find((r) => r.trim() !== '');
  return reason === undefined ? null : reason.trim();
}

/** The offer's answer-by day, where the core gives one (ADVICE.md second edition: offers with `respondBy`). */
function respondBy(analysis: Analysis): IsoDate | null {
  const r: object = analysis.recommendation;
  const by = 'respondBy' in r ? (r as { respondBy?: unknown }).respondBy : undefined;
  return typeof by === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(by) ? by : null;
}

export function headlineFor(
  analysis: Analysis,
  today: IsoDate,
  locale: string | undefined = uiLocale(),
): Headline {
  const r = analysis.recommendation;
  const day = formatDay(r.on, locale, today);
  const title = ((): string => {
    switch (r.action) {
      case 'send-thank-you':
        return r.on <= today ? 'Send your thank-you today' : `Send your thank-you by ${day}`;
      case 'follow-up':
        return r.step === 2
          ? `Send a second, last follow-up ${when(r.on, today, locale)}`
          : `Follow up ${when(r.on, today, locale)}`;
      case 'wait':
        switch (r.waitingFor) {
          case 'interview':
            return `Your interview is on ${day}`;
          case 'snooze':
            return `Snoozed until ${day}`;
          default:
            return `Wait until ${day}`;
        }
      case 'reply':
        return 'Reply: the employer asked you something';
      case 'set-interview-date':
        return 'When was your interview?';
      case 'closed': {
        if (r.outcome === 'rejected') return 'The employer has decided: this process is closed';
        const by = respondBy(analysis);
        return by === null
          ? 'You have an offer: reply to it'
          : `Reply to the offer by ${formatDay(by, locale, today)}`;
      }
      case 'move-on':
        return 'Time to move on';
    }
  })();
  return { title, why: firstReason(analysis) };
}

const insertLabels: Readonly<Record<'thank-you' | 'follow-up' | 'close-the-loop', string>> = {
  'thank-you': 'Reply with your thank-you',
  'follow-up': 'Reply with your follow-up',
  'close-the-loop': 'Send a closing note (optional)',
};

export function primaryFor(
  analysis: Analysis,
  options: {
    readonly today: IsoDate;
    readonly mode: 'read' | 'compose';
    readonly can: PaneCapabilities;
    /** The reminder's day, where there is one to set. */
    readonly reminderOn: IsoDate | null;
    readonly locale?: string | undefined;
  },
): PrimaryAction {
  const { today, mode, can, reminderOn } = options;
  const locale = options.locale ?? uiLocale();
  const r = analysis.recommendation;
  const insert = (label: string): PrimaryAction =>
    !can.insert
      ? { kind: 'copy', label: 'Copy the draft' }
      : { kind: 'insert', label: mode === 'compose' ? 'Insert the draft at the cursor' : label };
  switch (r.action) {
    case 'send-thank-you':
      return insert(insertLabels['thank-you']);
    case 'follow-up':
      return insert(insertLabels['follow-up']);
    case 'move-on':
      return insert(insertLabels['close-the-loop']);
    case 'reply':
      return insert('Reply to the employer');
    case 'closed':
      return r.outcome === 'offer' ? insert('Reply to the offer') : { kind: 'none' };
    case 'set-interview-date':
      return { kind: 'set-date' };
    case 'wait':
      return reminderOn !== null && can.remind && mode === 'read'
        ? { kind: 'remind', label: `Remind me on ${formatDay(reminderOn, locale, today)}` }
        : { kind: 'none' };
  }
}
