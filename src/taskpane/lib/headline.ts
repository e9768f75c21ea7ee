// The first screen in words (issue 12): the advice as one headline, one line of why, and the one action the
// advice calls for. Pure: the pane's components only lay these out.
import { dayMonth } from '../../core/time/dateWords';
import type { Analysis, IsoDate } from '../../core/types';
import { formatDay, uiLocale } from './format';

export interface Headline {
  /** "Follow up today", "Wait until Tue, Nov 24". */
  readonly title: string;
  /** One line of why: the core's reason that explains the advice (whyReason), or null where it gave none. */
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

/**
 * Whether the day of the advice comes from the coach's own timing (24 hours for a thank-you, a week for a
 * follow-up) rather than from what someone said (the employer's window, the interview's date, the user's snooze).
 */
function timedByTheCoach(analysis: Analysis): boolean {
  const r = analysis.recommendation;
  if (r.action === 'send-thank-you' || r.action === 'follow-up') return true;
  return r.action === 'wait' && (r.waitingFor === 'follow-up' || r.waitingFor === 'second-follow-up');
}

/** Whether the sentence names the day as written ("4 November" or "November 4"), not inside "24 November". */
function namesDay(sentence: string, day: string): boolean {
  for (let at = sentence.indexOf(day); at >= 0; at = sentence.indexOf(day, at + 1)) {
    const before = sentence.charAt(at - 1);
    const after = sentence.charAt(at + day.length);
    if (!/\d/.test(before) && !/\d/.test(after)) return true;
  }
  return false;
}

/**
 * The one line of why under the headline: the reason that explains the advice. Where the day comes from what
 * someone said, the core's first reason cites it. Where the coach timed it, the first reasons give the
 * background (the interview's date, what was sent so far) and the one that explains the day is the one that
 * names it ("Follow up on Tuesday 24 November: a week after the interview."), in either of the core's date
 * styles; the first reason stands where none does.
 */
function whyReason(analysis: Analysis): string | null {
  const reasons = analysis.recommendation.reasons.map((r) => r.trim()).filter((r) => r !== '');
  if (timedByTheCoach(analysis)) {
    const on = analysis.recommendation.on;
    const named = [false, true].map((us) => dayMonth(on, undefined, us));
    const naming = reasons.find((r) => named.some((day) => namesDay(r, day)));
    if (naming !== undefined) return naming;
  }
  return reasons[0] ?? null;
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
  return { title, why: whyReason(analysis) };
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
