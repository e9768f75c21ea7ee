// What the candidate has sent since the interview (ADVICE.md "Follow-ups sent" and its fine print): the first
// message within 7 days is the thank-you, acknowledgements are not follow-ups, and a follow-up stays unanswered
// while no employer message (automatic replies aside) comes after it.
import type { InterviewFinding, IsoDate, IsoDateTime, Message } from '../types';
import { daysBetween } from '../time';
import { msOf, safeDateInZone } from './_lib/instants';
import { askedSentence } from './employerAsks';
import { isListMessage } from '../extract/phrases/hiring';

/** ADVICE.md: the first candidate message sent within this many days of the interview is the thank-you. */
export const THANK_YOU_WINDOW_DAYS = 7;

/** A contact the candidate made after the interview: a message of the thread or one the user reported. */
export interface Contact {
  /** Index into Thread.messages, or null for a contact made elsewhere (a call, another account). */
  readonly message: number | null;
  readonly at: IsoDateTime;
  readonly date: IsoDate;
}

export interface CandidateActivity {
  /** Any candidate message (or reported contact) since the interview ended: rule 5 no longer applies. */
  readonly wroteSince: boolean;
  readonly thankYou: Contact | null;
  readonly followUps: readonly Contact[];
  /** Follow-ups with no employer message after them, oldest first. */
  readonly unanswered: readonly Contact[];
  /** Automatic messages after the interview, shown but never counted as an answer. */
  readonly automaticAfter: readonly Message[];
}

// "thanks for the update", "Sounds good, see you then", "Noted, thank you!" (fine print: not a follow-up).
const ACK_WORDS =
  /\b(thanks?|thank you|noted|sounds good|great|perfect|ok(?:ay)?|understood|got it|appreciate)\b/i;
// A follow-up asks about status or next steps; a question mark is asking too.
const STATUS_ASK =
  /\?|\b(?:(?:any|an) (?:update|news)|update on|status|next steps?|timeline|decision|hear(?:d)? back|where things stand|follow(?:ing)?[ -]up|check(?:ing)? in|touch base|still (?:interested|considering))\b/i;
/** An acknowledgement is short: a real follow-up or thank-you note runs longer. */
const ACK_MAX_WORDS = 25;

/** A short "thanks for the update" that asks nothing. @example isAcknowledgement('Thanks for the update!') */
export function isAcknowledgement(text: string): boolean {
  const words = text.trim().split(/\s+/).filter(Boolean).length;
  return words <= ACK_MAX_WORDS && ACK_WORDS.test(text) && !STATUS_ASK.test(text);
}

/**
 * A message that gives the employer what it asked for after the interview ("Could you send two referees?" answered
 * with the referees) is an answer, not a follow-up, unless it also asks about the status: it counts toward no second
 * follow-up and no moving on. Only the first candidate message after the request answers it.
 */
function answersRequest(messages: readonly Message[], m: Message, endMs: number): boolean {
  const at = msOf(m.sentAt) ?? 0;
  if (m.text.trim() === '' || STATUS_ASK.test(m.text)) return false;
  let last: Message | undefined;
  let lastAt = -Infinity;
  for (const e of messages) {
    const eAt = msOf(e.sentAt);
    if (e.role !== 'employer' || e.automatic || eAt === null || eAt >= at || eAt < endMs) continue;
    if (eAt > lastAt) [last, lastAt] = [e, eAt];
  }
  if (last === undefined || askedSentence(last) === null) return false;
  // A candidate message between the request and this one was the answer.
  return !messages.some((o) => {
    const oAt = msOf(o.sentAt);
    return o !== m && o.role === 'candidate' && oAt !== null && oAt > lastAt && oAt < at;
  });
}

function employerAnswerAfter(messages: readonly Message[], ms: number): boolean {
  return messages.some((m) => {
    // (nor does a list's newsletter from the recruiter's domain answer it, r87)
    if (m.role !== 'employer' || m.automatic || isListMessage(m)) return false;
    const at = msOf(m.sentAt);
    return at !== null && at > ms;
  });
}

/**
 * @param elsewhere follow-ups the user reported ("I called", another account): they count as follow-ups.
 */
export function candidateActivity(
  messages: readonly Message[],
  interview: InterviewFinding,
  elsewhere: readonly IsoDateTime[],
  tz: string,
): CandidateActivity {
  const endMs = msOf(interview.end) ?? msOf(interview.start) ?? 0;
  const inThread: Contact[] = [];
  const automaticAfter: Message[] = [];
  for (const m of messages) {
    const at = msOf(m.sentAt);
    if (at === null || at < endMs || m.sentAt === null) continue;
    if (m.automatic) {
      automaticAfter.push(m);
      continue;
    }
    if (m.role !== 'candidate') continue;
    inThread.push({ message: m.index, at: m.sentAt, date: safeDateInZone(m.sentAt, tz) ?? interview.date });
  }
  inThread.sort((a, b) => (msOf(a.at) ?? 0) - (msOf(b.at) ?? 0));
  const first = inThread[0];
  const thankYou =
    first !== undefined && daysBetween(interview.date, first.date) <= THANK_YOU_WINDOW_DAYS ? first : null;
  const threadFollowUps = inThread.filter((c) => {
    if (c === thankYou) return false;
    const m = c.message === null ? undefined : messages[c.message];
    const text = m?.text ?? '';
    return !isAcknowledgement(text) && !(m !== undefined && answersRequest(messages, m, endMs));
  });
  const reported: Contact[] = elsewhere
    .map((at) => ({ at, ms: msOf(at) }))
    .filter((r): r is { at: string; ms: number } => r.ms !== null && r.ms >= endMs)
    .map((r) => ({ message: null, at: r.at, date: safeDateInZone(r.at, tz) ?? interview.date }));
  const followUps = [...threadFollowUps, ...reported].sort((a, b) => (msOf(a.at) ?? 0) - (msOf(b.at) ?? 0));
  const unanswered = followUps.filter((c) => !employerAnswerAfter(messages, msOf(c.at) ?? 0));
  return {
    wroteSince: inThread.length > 0 || reported.length > 0,
    thankYou,
    followUps,
    unanswered,
    automaticAfter,
  };
}
