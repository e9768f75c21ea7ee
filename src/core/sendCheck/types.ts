// The send check's contracts (issue 16): the message being sent in, findings out. No Office, no DOM, no clock.
import type { AnalyzeOptions, Evidence, IsoDate, RawMessage } from '../types';

/** What the host hands the check: the message being sent, and the earlier thread where the host knows it. */
export interface SendCheckInput {
  /** The message being sent, as compose mode reads it (its body usually quotes the history). */
  readonly message: Extract<RawMessage, { kind: 'fields' }>;
  /** Earlier messages of the conversation the host knows (the board's), oldest first; optional. */
  readonly history?: readonly RawMessage[];
}

export type SendCheckOptions = Pick<AnalyzeOptions, 'now' | 'tz' | 'me' | 'holidays' | 'overrides'>;

export type SendIssue =
  | 'too-early'
  | 'no-contact-before'
  | 'third-follow-up'
  | 'call-proposed'
  | 'placeholder'
  | 'greeting'
  | 'tone';

export interface SendFinding {
  readonly issue: SendIssue;
  /** One sentence: what, and why (the article's reason, the employer's words and date). */
  readonly message: string;
  /** The words of the message being sent that it is about, where there are some. */
  readonly text: string | null;
  /** The employer's words it stands on (indexes into SendCheck.messages' thread). */
  readonly evidence: readonly Evidence[];
  /** What to write instead, where the drafts' tone check has a suggestion. */
  readonly suggestion?: string;
}

/** How the check read the message being sent. */
export type SentKind = 'thank-you' | 'follow-up' | 'reply' | 'other';

export interface SendCheck {
  /** Whether the mail is about a job application at all; when false there are no findings. */
  readonly jobRelated: boolean;
  readonly kind: SentKind;
  /** Most important first. Empty: send at once, silently. */
  readonly findings: readonly SendFinding[];
  /** The day the advice gives for this message, where sending it now is too early (for delayed delivery). */
  readonly sendOn: IsoDate | null;
}
