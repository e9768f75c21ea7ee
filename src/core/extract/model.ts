import type { IsoDate } from '../types';
import type { HolidayCalendar } from '../time';
import type { LanguageTables } from './phrases/language';

/** How a day was bounded in the text: "by Friday", "before Friday", "until after the 15th", a bare "Friday". */
export type Bound = 'by' | 'before' | 'until' | 'until-after' | 'after' | 'none';

/**
 * A time expression found in a sentence, resolved by TIMELINE-CONVENTIONS.md but not yet given a kind.
 * `index` and `text` are within the whole message text.
 */
export interface TimeExpr {
  readonly index: number;
  readonly text: string;
  /** The day named (a window's last day, a period's end). */
  readonly date: IsoDate;
  /** `HH:MM` wall-clock as written, or null. */
  readonly time: string | null;
  /** The named zone of `time` ("PT" → America/Los_Angeles), or null where none was written. */
  readonly zone: string | null;
  /** Minutes the text gives the event ("a 45-minute interview"), or null. */
  readonly minutes: number | null;
  readonly fuzzy: boolean;
  /** window: counted from the sent date; point: a named day; period: the end of a week, month, quarter. */
  readonly form: 'window' | 'point' | 'period';
  readonly bound: Bound;
  readonly detector: string;
  /** For a window, what to count again from a stated event ("two weeks after your interview on Sept 17"). */
  readonly span?: WindowSpan;
  /** The day an "after X" phrase names ("after Thanksgiving": Thanksgiving itself), for "until after X". */
  readonly event?: IsoDate;
  /** A day written without its year (an event anchor may then lie in the past). */
  readonly yearImplied?: boolean;
  /** The other end of a range ("from Thursday to next Monday"): where it starts within `text`, its day and time. */
  readonly to?: { readonly offset: number; readonly date: IsoDate; readonly time: string | null };
  /** An absence read at its end ("on leave from 23 December until 4 January"): the day it starts. */
  readonly absentFrom?: IsoDate;
}

export interface WindowSpan {
  readonly amount: number;
  readonly unit: 'day' | 'business-day' | 'week' | 'month';
}

/** What the detectors read a message against. */
export interface ReadContext {
  /** The whole message text. */
  readonly text: string;
  /** t: the sent date in the user's zone, or null where the sent time is unknown. */
  readonly t: IsoDate | null;
  /** The sent instant (ISO) or null. */
  readonly sentAt: string | null;
  /** The user's IANA zone. */
  readonly tz: string;
  /** Zone quoted times without a zone are read in (the message's own where known). */
  readonly readZone: string;
  /** Whether 12/3 reads month first. */
  readonly monthFirst: boolean;
  readonly holidays: HolidayCalendar;
  /** The interview day already known from earlier messages, for "within a week after your interview". */
  readonly knownInterview?: IsoDate;
  /** The message's language where it is not English and its tables are loaded (issue 13). */
  readonly language?: LanguageTables;
  /** The message's subject, where the text comes from a message: "Interview – Practice Manager" says what a booking
   * in a body without job words is for (r49). */
  readonly subject?: string;
  /** The words of the whole thread the message is in: the candidate-mail gate judges the thread, whose earlier
   * messages say what a short reply is about (candidateMail.ts). */
  readonly threadWords?: string;
  /** The reader wrote in the thread: it is their own conversation, which the gate does not judge. */
  readonly readerInThread?: boolean;
  readonly debug: (message: () => string) => void;
}

/** A sentence of a message with its offset in the message text. */
export interface Sentence {
  readonly index: number;
  readonly text: string;
}

/** A detector of one phrase family (STYLE.md practice 3): a pattern and what a match means, or null. */
export interface Detector {
  readonly name: string;
  readonly pattern: RegExp;
  extract(context: ReadContext, match: RegExpExecArray): DetectedExpr | null;
}

/** Maps expressions to expressions, returning new arrays (STYLE.md practice 3). */
export type ExprRefiner = (context: ReadContext, exprs: readonly TimeExpr[]) => readonly TimeExpr[];

/** What a detector returns: the expression without where it was (the pipeline adds index, text, detector). */
export type DetectedExpr = Omit<TimeExpr, 'index' | 'text' | 'detector'>;
