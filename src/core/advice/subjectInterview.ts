// Which interview the advice is about (ADVICE.md fine print): the latest one started by `now`, unless a later
// round is already scheduled, which then is the subject. A hand-set interview beats anything detected.
import type { InterviewFinding, IsoDateTime, Overrides } from '../types';
import { addMinutesIso, dateInZone, epochMs, timeInZone, toZonedIso } from '../time';

/** ADVICE.md "What is detected": an interview lasts 60 minutes unless its length is known. */
export const DEFAULT_INTERVIEW_MINUTES = 60;

/** The detector name carried by evidence for what the user set by hand. */
export const OVERRIDE_DETECTOR = 'user-override';

function fromOverride(start: IsoDateTime, minutes: number, tz: string): InterviewFinding | null {
  const ms = epochMs(start);
  if (ms === null) return null;
  const zonedStart = toZonedIso(ms, tz);
  return {
    kind: 'interview',
    start: zonedStart,
    end: addMinutesIso(zonedStart, minutes, tz),
    date: dateInZone(ms, tz),
    time: timeInZone(ms, tz),
    certainty: 'stated',
    evidence: { message: -1, text: 'the interview date you set', index: 0, detector: OVERRIDE_DETECTOR },
  };
}

function withLength(interview: InterviewFinding, minutes: number, tz: string): InterviewFinding {
  return { ...interview, end: addMinutesIso(interview.start, minutes, tz) };
}

/**
 * @example subjectInterview([round1, round2], nowBetweenThem, 'UTC', {}) === round2 (scheduled, still ahead)
 */
export function subjectInterview(
  interviews: readonly InterviewFinding[],
  now: IsoDateTime,
  tz: string,
  overrides: Overrides,
  decided = false,
): InterviewFinding | null {
  const minutes =
    overrides.interviewMinutes !== undefined && overrides.interviewMinutes > 0
      ? overrides.interviewMinutes
      : undefined;
  if (overrides.interviewStart !== undefined) {
    const set = fromOverride(overrides.interviewStart, minutes ?? DEFAULT_INTERVIEW_MINUTES, tz);
    if (set !== null) return set;
  }
  const nowMs = epochMs(now) ?? 0;
  const timed = interviews
    .map((interview) => ({ interview, ms: epochMs(interview.start) }))
    .filter((t): t is { interview: InterviewFinding; ms: number } => t.ms !== null);
  const ahead = timed.filter((t) => t.ms > nowMs).sort((a, b) => a.ms - b.ms)[0];
  const started = timed.filter((t) => t.ms <= nowMs).sort((a, b) => b.ms - a.ms)[0];
  // A later round already scheduled is the subject; else the latest that has started. Once the employer has
  // decided (an offer, a rejection), no later round is coming: a date ahead is some other event ("the written
  // offer will follow on Monday").
  const pick = decided ? (started ?? ahead) : (ahead ?? started);
  if (pick === undefined) return null;
  return minutes === undefined ? pick.interview : withLength(pick.interview, minutes, tz);
}
