// The extract area (issue 3): every dated fact of a thread, each with the words and message it came from.
import {
  dateInZone,
  epochMs,
  monthFirstZone,
  parseInstant,
  resolveZone,
  toZonedIso,
  weekdayOf,
  type HolidayCalendar,
} from '../time';
import type {
  Finding,
  Findings,
  InterviewFinding,
  Message,
  NoCallsFinding,
  NoContactBeforeFinding,
  OutcomeFinding,
  Thread,
  TimelineFinding,
} from '../types';
import { calendarInterviews, supersedeMovedInterviews } from './threadRefiners';
import { parseDates } from './detectors/chronoDates';
import { heldOn, heldToday } from './heldToday';
import { HELD_TODAY } from './phrases/en';
import { blankQuotedLines, readMessage } from './pipeline';
import { MAX_TEXT_CHARS, splitSentences } from './sentences';
import type { ReadContext } from './model';
import { detectLanguage } from './detectLanguage';
import { isAbsenceNotice } from '../mail/automatic';
import type { LanguageTables } from './phrases/language';

export interface ExtractOptions {
  /** IANA zone (already resolved); a Windows or unknown name is resolved again (UTC fallback). */
  readonly tz: string;
  /** Decides 12/3 vs 3/12: en-US and en-CA read month first; default from the zone (America/* month first). */
  readonly locale?: string;
  readonly holidays?: 'none' | 'US' | 'UK';
  /** Receives the pipeline's trace lazily (STYLE.md practice 16). */
  readonly debug?: (line: string) => void;
  /**
   * Tables of the languages other than English that messages may be written in, loaded by the host
   * (`languagesFor`); a message in a language not given here is read as English (issue 13).
   */
  readonly languages?: readonly LanguageTables[];
}

/** The tables of the language `text` is written in, where it is not English and they were given. */
function languageOf(text: string, options: ExtractOptions): LanguageTables | undefined {
  const code = detectLanguage(text);
  return code === 'en' ? undefined : options.languages?.find((l) => l.code === code);
}

/** Whether numeric dates read month first: from the locale where given, else from the zone. */
export function monthFirst(locale: string | undefined, tz: string): boolean {
  if (locale !== undefined && locale.trim() !== '')
    return /^en[-_](?:us|ca|ph)\b/i.test(locale.trim()) || /^[a-z]{2}[-_]us\b/i.test(locale.trim());
  return monthFirstZone(tz);
}

function offsetOf(sentAt: string): string | null {
  const m = /([+-]\d{2}):?(\d{2})$/.exec(sentAt.trim());
  if (m !== null) return `${m[1]}:${m[2]}`;
  return /z$/i.test(sentAt.trim()) ? '+00:00' : null;
}

function contextFor(
  text: string,
  sentAt: string | null,
  zoneStated: boolean,
  options: ExtractOptions,
): ReadContext {
  const tz = resolveZone(options.tz).zone;
  const valid = sentAt !== null && parseInstant(sentAt) !== null ? sentAt : null;
  const sink = options.debug;
  // "Times quoted without a zone are read in the zone of the message that quotes them where known, else the
  // user's" (ADVICE.md). The same offset as the user's zone at that instant means the user's zone (keeps DST).
  const own = valid !== null && zoneStated ? offsetOf(valid) : null;
  const userOffset = valid !== null ? offsetOf(toZoned(valid, tz)) : null;
  // A UTC stamp (Z, +00:00) is how many servers write every Date: header, so it says nothing of the sender's zone.
  const readZone = own !== null && own !== userOffset && own !== '+00:00' ? own : tz;
  const holidays: HolidayCalendar = options.holidays ?? 'none';
  const language = languageOf(text, options);
  return {
    ...(language !== undefined ? { language } : {}),
    text,
    t: valid === null ? null : dateInZone(valid, tz),
    sentAt: valid,
    tz,
    readZone,
    monthFirst: monthFirst(options.locale, tz),
    holidays,
    debug: sink === undefined ? () => undefined : (line) => sink(line()),
  };
}

function toZoned(instant: string, tz: string): string {
  return parseInstant(instant) === null ? instant : toZonedIso(instant, tz);
}

function group(all: readonly Finding[]): Findings {
  const interviews = all.filter((f): f is InterviewFinding => f.kind === 'interview');
  return {
    interviews: [...interviews].sort((a, b) => Date.parse(a.start) - Date.parse(b.start)),
    timelines: all.filter((f): f is TimelineFinding => f.kind === 'response-by'),
    noContactBefore: all.filter((f): f is NoContactBeforeFinding => f.kind === 'no-contact-before'),
    noCalls: all.filter((f): f is NoCallsFinding => f.kind === 'no-calls'),
    outcomes: all.filter((f): f is OutcomeFinding => f.kind === 'outcome'),
  };
}

/**
 * "Wednesday at 10 AM works best for me", in reply to "Tuesday, December 15 at 2 PM or Wednesday, December 16 at
 * 10 AM": a weekday alone picks the one offered slot on that weekday (and at that time, where one is given) that
 * is still ahead, not the next Wednesday after the reply.
 */
function pickOffered(
  f: InterviewFinding,
  offered: readonly InterviewFinding[],
  sentAt: string | null,
): InterviewFinding {
  const sent = sentAt === null ? null : epochMs(sentAt);
  const matches = offered.filter(
    (o) =>
      weekdayOf(o.date) === weekdayOf(f.date) &&
      (f.time === null || o.time === f.time) &&
      (sent === null || (epochMs(o.start) ?? 0) >= sent),
  );
  const [only] = matches;
  return matches.length === 1 && only !== undefined ? { ...only, evidence: f.evidence } : f;
}

function isEmployer(m: Message): boolean {
  return m.role === 'employer' && !m.automatic;
}

/**
 * An acknowledgement's window ("we will be in touch within two weeks") is the timeline only while the thread knows
 * no interview: once one is set, the window of the application's review says nothing about the interview's outcome.
 */
function withoutStaleReceipts(thread: Thread, all: readonly Finding[]): readonly Finding[] {
  if (!all.some((f) => f.kind === 'interview')) return all;
  return all.filter(
    (f) => f.kind !== 'response-by' || thread.messages[f.evidence.message]?.automatic !== true,
  );
}

// A calendar invitation's subject: "Interview: Product Analyst - Tue Dec 8, 2026 11:00 AM - 12:00 PM (EST)",
// "Invitation: Interview with Ada @ Tue Dec 8, 2026 11am - 12pm (EST)"; never a reply's or a forward's.
const INVITATION_SUBJECT =
  /^(?!\s*(?:re|aw|wg|fwd?|tr|rv|r)\s*:)(?=[^\n]*(?:interview|invitation|einladung|vorstellungsgespräch|entretien|entrevue|entrevista))[^\n]*\d/iu;

/** The interview an invitation's subject names, where the employer's message names none in its body. */
function subjectInterview(
  m: Thread['messages'][number],
  found: readonly Finding[],
  options: ExtractOptions,
): readonly Finding[] {
  if (!isEmployer(m) || found.some((f) => f.kind === 'interview')) return [];
  const subject = m.subject ?? '';
  if (!INVITATION_SUBJECT.test(subject)) return [];
  const context = contextFor(subject.slice(0, 300), m.sentAt, m.sentAtZoneStated, options);
  return readMessage(context, m.index, true).findings.filter((f) => f.kind === 'interview');
}

/** How much of each message the candidate-mail gate reads of a thread (a long thread's words say enough). */
const THREAD_WORDS_PER_MESSAGE = 20_000;

/**
 * Every dated fact of the thread: interviews (from any message, and from calendar parts), employer timelines,
 * no-contact-before, no-calls and outcomes (from employer messages that are not automatic replies). Each message
 * is read against its own sent time; a message without one yields no date-relative phrase. Never throws.
 * @example extractFindings(thread, { tz: 'America/New_York' }).timelines[0]?.by // '2026-11-24'
 */
export function extractFindings(thread: Thread, options: ExtractOptions): Findings {
  const tz = resolveZone(options.tz).zone;
  const perMessage: (readonly Finding[])[] = [];
  // The latest interview day named so far: a later "within a week after your interview" counts from it.
  let knownInterview: string | undefined;
  // The slots last offered as alternatives: a reply may pick one by its weekday.
  let offered: readonly InterviewFinding[] = [];
  // Messages in another language that cancel the interview: the slots named before them are gone.
  const cancels: boolean[] = [];
  const threadWords = thread.messages
    // (the signature too: "HR - Talent Acquisition" under a short note names the job, r23)
    .map((m) => `${m.subject ?? ''}\n${m.text.slice(0, THREAD_WORDS_PER_MESSAGE)}\n${m.signature ?? ''}`)
    .join('\n');
  const readerInThread = thread.messages.some((m) => m.role === 'candidate' && !m.automatic);
  for (const m of thread.messages) {
    try {
      const base = contextFor(m.text, m.sentAt, m.sentAtZoneStated, options);
      cancels[m.index] =
        !m.automatic && base.language !== undefined && base.language.cancels(base.text, base.language);
      const withSubject = {
        ...(m.subject === null || m.subject === undefined ? base : { ...base, subject: m.subject }),
        threadWords,
        readerInThread,
      };
      const context = knownInterview === undefined ? withSubject : { ...withSubject, knownInterview };
      const reading = readMessage(context, m.index, isEmployer(m));
      const picked = reading.findings.map((f) =>
        f.kind === 'interview' && reading.byWeekday.includes(f) ? pickOffered(f, offered, m.sentAt) : f,
      );
      // "We received your application. Please do not call": a no-calls request holds for the whole thread,
      // even from an automatic acknowledgement (ADVICE.md fine print), and an absence notice's "please do not
      // write before the 8th" gives the first day contact is welcome (issue 13); it counts for nothing else.
      // An application's acknowledgement ("we will be in touch within two weeks") states the window while no
      // interview is known (withoutStaleReceipts); an absence notice's return day is no hiring window. An applicant
      // tracking system's rejection or offer ("This email was generated by SAP SuccessFactors. Please do not reply",
      // r82) is the employer's outcome however it was sent.
      if (m.role === 'employer' && m.automatic) {
        const receipt = !isAbsenceNotice(m.text);
        picked.push(
          ...readMessage(context, m.index, true).findings.filter(
            (f) =>
              f.kind === 'no-calls' ||
              f.kind === 'no-contact-before' ||
              ((f.kind === 'response-by' || f.kind === 'outcome') && receipt),
          ),
        );
      }
      const found = [...picked, ...calendarInterviews(m, tz), ...subjectInterview(m, picked, options)];
      for (const f of found) if (f.kind === 'interview') knownInterview = f.date;
      if (reading.offered.length > 0) offered = reading.offered;
      perMessage.push(found);
    } catch (error) {
      options.debug?.(`message ${m.index} could not be read: ${String(error)}`);
      perMessage.push([]);
    }
  }
  return group(
    withoutStaleReceipts(
      thread,
      supersedeMovedInterviews(thread.messages, withHeldToday(thread, perMessage, options), cancels),
    ),
  );
}

/**
 * A thread that names no interview anywhere, but whose employer thanks the candidate for a meeting held on the day
 * of writing ("Thanks for coming in today", "danke dir für das Gespräch heute um 14 Uhr"), or whose candidate
 * thanks for one: that day is the interview, from the latest such message (heldToday.ts). Only where nothing
 * else dates it.
 */
function withHeldToday(
  thread: Thread,
  perMessage: readonly (readonly Finding[])[],
  options: ExtractOptions,
): readonly (readonly Finding[])[] {
  if (perMessage.some((found) => found.some((f) => f.kind === 'interview'))) return perMessage;
  // The employer's thanks first; else the candidate's own thank-you, which dates the meeting as well ("Thank you for
  // this afternoon's interview at 2:30", "vielen Dank für das Gespräch heute um 16 Uhr").
  const latestFirst = [...thread.messages].reverse();
  const byRole = [
    ...latestFirst.filter(isEmployer),
    ...latestFirst.filter((m) => m.role === 'candidate' && !m.automatic),
  ];
  const readings = byRole.map((m) => {
    // Its own words only: the lines quoted with ">" are someone else's.
    const text = blankQuotedLines(m.text.slice(0, MAX_TEXT_CHARS));
    const context = contextFor(text, m.sentAt, m.sentAtZoneStated, options);
    return { m, context, sentences: splitSentences(text), rows: context.language?.heldToday ?? HELD_TODAY };
  });
  const withHeld = (m: Message, held: Finding): readonly (readonly Finding[])[] =>
    perMessage.map((found, i) => (thread.messages[i] === m ? [...found, held] : found));
  for (const r of readings) {
    const held = heldToday(r.context, r.sentences, r.rows, r.m.index);
    if (held !== null) return withHeld(r.m, held);
  }
  // Else a thanks for a meeting on a day before the day of writing ("Thank you for interviewing with us on
  // Thursday, November 26").
  for (const r of readings) {
    const held = heldOn(r.context, r.sentences, r.rows, r.m.index, (text, reference) =>
      r.context.language !== undefined
        ? r.context.language.chrono.parse(text, reference)
        : parseDates(text, reference, r.context.monthFirst, false),
    );
    if (held !== null) return withHeld(r.m, held);
  }
  return perMessage;
}

/**
 * The findings of one text sent at `sentAt` (the `timeline` command), read as an employer message. Times
 * without a zone are read in `tz`: there the sent time's offset is only how the instant was written (CLI.md).
 * Evidence.message is 0. Never throws.
 * @example findInText('We will get back to you within two weeks.', '2026-11-10T10:00:00-05:00', { tz: 'America/New_York' })
 */
export function findInText(text: string, sentAt: string, options: ExtractOptions): readonly Finding[] {
  try {
    return readMessage(contextFor(text, sentAt, false, options), 0, true).findings;
  } catch (error) {
    options.debug?.(`text could not be read: ${String(error)}`);
    return [];
  }
}

export type { ReadContext } from './model';
export { detectLanguage } from './detectLanguage';
export { languagesFor, loadLanguage } from './languages/load';
export type { LanguageCode, LanguageTables } from './phrases/language';
export { splitSentences } from './sentences';
