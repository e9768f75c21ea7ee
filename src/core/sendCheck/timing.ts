// Timing findings: the message being sent set against the advice the thread had before it (decide()).
// A follow-up before the day the advice gives, inside a no-contact-before period, or after two unanswered.
import { candidateActivity, cite, dayMonth, weekdayDayMonth, type Decision } from '../advice';
import { daysBetween } from '../time';
import type { IsoDate, Message, Overrides } from '../types';
import type { SendFinding } from './types';

export interface TimingContext {
  /** The thread before the message being sent (its evidence indexes). */
  readonly messages: readonly Message[];
  readonly tz: string;
  readonly today: IsoDate;
  readonly us: boolean;
  readonly overrides: Overrides;
}

/** The article's reasons, quoted where a finding gives its why. */
export const ARTICLE = {
  timeline:
    'the article says that when the employer has given a timeline, respect it and avoid reaching out before it ends',
  tooSoon:
    'the article warns that too soon you might seem pushy, and puts a polite follow-up a week after the interview',
  second: 'the article puts a second, polite follow-up two weeks after the interview, a week after the first',
  protocol: 'the article warns against overstepping a company’s own rules for contact',
  moveOn:
    'the article says that after several follow-ups without a response it is best to move on and focus on other opportunities',
  calls:
    'the article warns that a follow-up call done wrong can hurt the interviewer’s view of you, and to respect a company’s rules',
} as const;

function day(ctx: TimingContext, date: IsoDate): string {
  return weekdayDayMonth(date, ctx.today, ctx.us);
}

/** Inside a "please don't reach out before …" period: any message but an answer or a short thanks. */
export function noContactFinding(ctx: TimingContext, before: Decision): SendFinding | null {
  const hold = before.noContactBefore;
  if (hold === null || hold.by <= ctx.today) return null;
  const words = cite(hold.evidence, ctx.messages, ctx.tz, ctx.today, ctx.us, hold.phrase);
  return {
    issue: 'no-contact-before',
    message: `This writes before ${day(ctx, hold.by)}, the first day contact is welcome (${words}); ${ARTICLE.protocol}.`,
    text: null,
    evidence: [hold.evidence],
  };
}

/**
 * A follow-up sent before the day the advice gives. `on` is that day: the advice's own date where it waits, or,
 * where this message is the first since the interview, the first follow-up day the advice gives once it is sent.
 */
export function tooEarlyFinding(
  ctx: TimingContext,
  decision: Decision,
  on: IsoDate,
  text: string,
): SendFinding | null {
  if (on <= ctx.today) return null;
  const rec = decision.recommendation;
  const timeline = decision.timeline;
  // The window decides the day while it runs, and when the day is the business day after it ended.
  if (timeline !== null && (timeline.by >= ctx.today || daysBetween(timeline.by, on) <= 3)) {
    const words = cite(timeline.evidence, ctx.messages, ctx.tz, ctx.today, ctx.us, timeline.phrase);
    return {
      issue: 'too-early',
      message: `This follow-up comes before ${day(ctx, on)}: ${words}, and ${ARTICLE.timeline}.`,
      text,
      evidence: [timeline.evidence],
    };
  }
  const interview = decision.interview;
  const second = rec.action === 'wait' && rec.waitingFor === 'second-follow-up';
  const since =
    interview === null
      ? ''
      : `, ${decision.elapsedDays ?? 0} days after your interview of ${dayMonth(interview.date, ctx.today, ctx.us)}`;
  return {
    issue: 'too-early',
    message: `This follow-up comes before ${day(ctx, on)}${since}: ${second ? ARTICLE.second : ARTICLE.tooSoon}.`,
    text,
    evidence: interview === null ? [] : [interview.evidence],
  };
}

/** A third follow-up after two unanswered (ADVICE.md rule 7). */
export function thirdFollowUpFinding(ctx: TimingContext, before: Decision, text: string): SendFinding | null {
  if (before.recommendation.action !== 'move-on' || before.interview === null) return null;
  const activity = candidateActivity(
    ctx.messages,
    before.interview,
    ctx.overrides.followUpsElsewhere ?? [],
    ctx.tz,
  );
  const dates = activity.unanswered.map((c) => dayMonth(c.date, ctx.today, ctx.us));
  const times = dates.length === 2 ? 'twice' : `${dates.length} times`;
  return {
    issue: 'third-follow-up',
    message: `You have followed up ${times} (${dates.join(' and ')}) without an answer: ${ARTICLE.moveOn}.`,
    text,
    evidence: [],
  };
}
