/**
 * The contracts between the core's areas and its hosts (ARCHITECTURE.md "The way data flows").
 * Hosts build a ThreadInput; analyze() returns an Analysis. Nothing here touches Office, the DOM or the clock.
 */

/** A calendar date, `YYYY-MM-DD`, in the user's zone unless said otherwise. */
export type IsoDate = string;
/** An instant written as ISO 8601 with the offset of the zone it is shown in, e.g. `2026-11-10T14:00:00-05:00`. */
export type IsoDateTime = string;

export interface Address {
  readonly name: string | null;
  /** Lower-cased; empty string where the header had a name but no address. */
  readonly address: string;
}

/**
 * One raw message as a host has it. The last entry of ThreadInput.messages is the open item.
 * - `mime`: RFC 5322 source (.eml), bytes or a string.
 * - `mbox`: several messages in mbox format; each becomes its own item, oldest first.
 * - `fields`: what Office.js hands over (subject, from, to, cc, time, body as text or HTML).
 * - `body`: a bare text or HTML body with no header fields (a `.txt` / `.html` file).
 */
export type RawMessage =
  | { readonly kind: 'mime'; readonly data: string | Uint8Array }
  | { readonly kind: 'mbox'; readonly data: string | Uint8Array }
  | {
      readonly kind: 'fields';
      readonly subject: string;
      readonly from: Address | null;
      readonly to: readonly Address[];
      readonly cc: readonly Address[];
      /** ISO 8601 instant (with offset or Z), or null where unknown. */
      readonly sentAt: IsoDateTime | null;
      readonly body: string;
      readonly bodyType: 'text' | 'html';
      /** Internet headers where the host could read them (Auto-Submitted, X-Autoreply, …), lower-case keys. */
      readonly headers?: Readonly<Record<string, string>>;
      readonly conversationId?: string;
      readonly itemId?: string;
    }
  | { readonly kind: 'body'; readonly body: string; readonly bodyType: 'text' | 'html' };

export interface ThreadInput {
  readonly messages: readonly RawMessage[];
}

/** An event found in a text/calendar part (VEVENT). */
export interface CalendarEvent {
  readonly start: IsoDateTime;
  readonly end: IsoDateTime | null;
  readonly summary: string | null;
  /** METHOD:CANCEL or STATUS:CANCELLED */
  readonly cancelled: boolean;
}

export type Role = 'candidate' | 'employer';

/** One message of the thread, recovered from an item or from quoted history. */
export interface Message {
  /** Position in Thread.messages (oldest first). */
  readonly index: number;
  readonly from: Address | null;
  readonly to: readonly Address[];
  readonly cc: readonly Address[];
  /** Sent time with the offset the header gave (or the zone it was read in); null where no date could be read. */
  readonly sentAt: IsoDateTime | null;
  /** Whether the sent time carried its own zone (a Date: header does; "Sent: Tuesday 3:04 PM" does not). */
  readonly sentAtZoneStated: boolean;
  readonly subject: string;
  /** Own text: quotes and signature removed. */
  readonly text: string;
  readonly signature: string | null;
  readonly quoted: boolean;
  readonly role: Role;
  /** Out-of-office or "we received your message" acknowledgements (ADVICE.md "Automatic replies"). */
  readonly automatic: boolean;
  readonly calendar: readonly CalendarEvent[];
}

/** Something the host should show the user: a date header that could not be read, an unknown zone, a cut body. */
export interface Warning {
  readonly code:
    | 'malformed-mime'
    | 'missing-date'
    | 'unknown-time-zone'
    | 'body-truncated'
    | 'too-many-messages'
    | 'unknown-charset'
    | 'no-messages'
    /** A calendar part whose end precedes its start, or whose end has no zone beside a zoned start. */
    | 'calendar-times'
    /** A stored override that is no real value (analyze() ignores it). */
    | 'invalid-override';
  readonly message: string;
}

export interface Thread {
  readonly messages: readonly Message[];
  /** The candidate's address (given as `me` or inferred), or null where nobody could be told apart. */
  readonly candidate: string | null;
  readonly warnings: readonly Warning[];
}

export type Certainty = 'stated' | 'implied';

/** Where a finding came from: the exact words and the message that holds them (STYLE.md practice 5). */
export interface Evidence {
  /** Index into Thread.messages. */
  readonly message: number;
  /** The sentence (or phrase) it came from, as written. */
  readonly text: string;
  /** Offset of `text` within that message's own text. */
  readonly index: number;
  /** The detector that produced it. */
  readonly detector: string;
}

export interface InterviewFinding {
  readonly kind: 'interview';
  readonly start: IsoDateTime;
  readonly end: IsoDateTime;
  /** Date of the start in the user's zone. */
  readonly date: IsoDate;
  /** `HH:MM` in the user's zone where a clock time was stated. */
  readonly time: string | null;
  readonly certainty: Certainty;
  readonly evidence: Evidence;
}

export interface TimelineFinding {
  readonly kind: 'response-by';
  /** Last day of the promised window (TIMELINE-CONVENTIONS.md). */
  readonly by: IsoDate;
  /** The words that promised it ("within two weeks"). */
  readonly phrase: string;
  readonly fuzzy: boolean;
  readonly evidence: Evidence;
}

export interface NoContactBeforeFinding {
  readonly kind: 'no-contact-before';
  /** First day contact is welcome. */
  readonly by: IsoDate;
  readonly phrase: string;
  readonly evidence: Evidence;
}

export interface NoCallsFinding {
  readonly kind: 'no-calls';
  readonly phrase: string;
  readonly evidence: Evidence;
}

export type Outcome = 'rejected' | 'offer';

export interface OutcomeFinding {
  readonly kind: 'outcome';
  readonly outcome: Outcome;
  readonly phrase: string;
  readonly evidence: Evidence;
  /**
   * An offer that asks for an answer by a date ("please let us know by Wednesday, November 25"): that day
   * (ADVICE.md "Outcomes that still ask something of the candidate") and the words that set it.
   */
  readonly respondBy?: { readonly by: IsoDate; readonly phrase: string };
}

export type Finding =
  InterviewFinding | TimelineFinding | NoContactBeforeFinding | NoCallsFinding | OutcomeFinding;

/** Everything the extract pipeline found in a thread. */
export interface Findings {
  /** Every interview round found, oldest first (reschedules already resolved to the new slot). */
  readonly interviews: readonly InterviewFinding[];
  /** Every employer timeline found, oldest message first. */
  readonly timelines: readonly TimelineFinding[];
  readonly noContactBefore: readonly NoContactBeforeFinding[];
  readonly noCalls: readonly NoCallsFinding[];
  readonly outcomes: readonly OutcomeFinding[];
}

/** What the user told the add-in, which beats anything detected (ADVICE.md "Inputs"). */
export interface Overrides {
  /** The interview's start, set by hand. */
  readonly interviewStart?: IsoDateTime;
  readonly interviewMinutes?: number;
  /** Ignore the detected employer timeline. */
  readonly ignoreTimeline?: boolean;
  /** Follow-ups made outside this thread (a call, another account), as instants. */
  readonly followUpsElsewhere?: readonly IsoDateTime[];
  /** Do not advise anything before this date. */
  readonly snoozeUntil?: IsoDate;
}

/**
 * Details only the candidate knows, typed in the pane under "Make it yours", for the drafts (issues 11, 12).
 * Both optional and untrusted: the drafts quote them as text.
 */
export interface AnalyzeOptions {
  /** The current instant (ISO 8601). Time is an argument: the core never reads the clock. */
  readonly now: IsoDateTime;
  /** IANA zone or a Windows zone name ("Pacific Standard Time"). Unknown zones fall back to UTC with a warning. */
  readonly tz: string;
  /** The candidate's address, where known. */
  readonly me?: string;
  /** The candidate's display name, where known (Outlook's userProfile.displayName). */
  readonly myName?: string;
  /** Locale deciding 12/3 vs 3/12; defaults from the zone. */
  readonly locale?: string;
  /** Public holidays to skip when counting business days (off by default). */
  readonly holidays?: 'none' | 'US' | 'UK';
  readonly overrides?: Overrides;
  /**
   * The user's own words for the drafts, typed in the pane ("Make it yours"; issue 11), never read from mail:
   * `topic` (something from the interview they enjoyed) adds one sentence to the thank-you and follow-ups;
   * `answer` (their answer to what the employer asked) is the body of the `request-reply` draft.
   * @example analyze(input, { now, tz, personal: { topic: 'the roadmap for the mobile app' } })
   */
  readonly personal?: PersonalWords;
}

/** What the user typed for the drafts (AnalyzeOptions.personal). Empty or blank strings are ignored. */
export interface PersonalWords {
  readonly topic?: string;
  readonly answer?: string;
}

export type Action =
  'set-interview-date' | 'closed' | 'wait' | 'reply' | 'send-thank-you' | 'follow-up' | 'move-on';

export type Channel = 'email' | 'phone' | 'linkedin' | 'handwritten';

interface RecommendationBase {
  /** The day to act, in the user's zone. */
  readonly on: IsoDate;
  readonly overdue: boolean;
  readonly channel: 'email';
  /** Human sentences, each citing its evidence where there is some. */
  readonly reasons: readonly string[];
  /** The findings behind the reasons. */
  readonly evidence: readonly Evidence[];
  /** Which ADVICE.md rule matched (1-9). */
  readonly rule: number;
  /**
   * Alternatives to email offered beside it (ADVICE.md "Channel and alternatives"): a phone script only beside a
   * follow-up (rules 8 and 9) and never under a no-calls policy; a handwritten note only beside a thank-you.
   */
  readonly alternatives: readonly Exclude<Channel, 'email'>[];
}

/** What a `wait` waits for. */
export type WaitingFor = 'interview' | 'employer-timeline' | 'follow-up' | 'second-follow-up' | 'snooze';

export type Recommendation =
  | (RecommendationBase & {
      readonly action: 'closed';
      readonly outcome: Outcome;
      /** An offer that asks for an answer by a date: that day (ADVICE.md rule 1). */
      readonly respondBy?: IsoDate;
    })
  | (RecommendationBase & { readonly action: 'set-interview-date' })
  | (RecommendationBase & { readonly action: 'wait'; readonly waitingFor: WaitingFor })
  | (RecommendationBase & { readonly action: 'reply' })
  | (RecommendationBase & {
      readonly action: 'send-thank-you';
      /**
       * A thank-you sent after the employer's own window has passed (issue 10): the note also asks about next
       * steps. The drafts read it.
       */
      readonly askNextSteps?: boolean;
    })
  | (RecommendationBase & { readonly action: 'follow-up'; readonly step: 1 | 2 })
  | (RecommendationBase & { readonly action: 'move-on' });

export type DraftKind =
  | 'thank-you'
  | 'follow-up'
  | 'second-follow-up'
  | 'close-the-loop'
  | 'rejection-reply'
  /** Thanks for an offer, and when the candidate will answer (by the offer's `respondBy` where known). */
  | 'offer-acknowledgement'
  /** A reply to what the employer asked: quotes the request, carries the answer the user types (`personal.answer`). */
  | 'request-reply'
  | 'phone-script'
  | 'linkedin'
  | 'handwritten';

export interface Draft {
  readonly kind: DraftKind;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  /** Addressee (the interviewer), where known. */
  readonly to: Address | null;
  /** Details only the candidate knows, asked for rather than left as a [placeholder]. */
  readonly asks: readonly string[];
}

export interface ReminderProposal {
  readonly subject: string;
  readonly start: IsoDateTime;
  readonly end: IsoDateTime;
  readonly body: string;
  /**
   * A reminder to write to the employer (a follow-up): moved, it lands on a weekday, as the follow-up day itself
   * does (ADVICE.md: the dates of rules 6, 8 and 9 move off weekends). A thank-you or an offer's answer keeps its day.
   */
  readonly weekdaysOnly?: true;
}

export interface Analysis {
  readonly candidate: string | null;
  readonly messages: readonly Message[];
  readonly interview: InterviewFinding | null;
  readonly timeline: TimelineFinding | null;
  readonly noContactBefore: NoContactBeforeFinding | null;
  readonly noCalls: boolean;
  readonly outcome: Outcome | null;
  readonly elapsedDays: number | null;
  readonly recommendation: Recommendation;
  readonly draft: Draft | null;
  /**
   * Alternatives to `draft` (optional, added by issue 4): one thank-you per panel interviewer, the phone script
   * (never under a no-calls policy), the LinkedIn message and, for a thank-you, the handwritten note.
   */
  readonly drafts?: readonly Draft[];
  readonly reminder: ReminderProposal | null;
  /** Resolved IANA zone actually used. */
  readonly tz: string;
  readonly warnings: readonly Warning[];
  readonly findings: Findings;
}
