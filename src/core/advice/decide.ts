// The decision of ADVICE.md: nine rules, first match wins, each reason citing its evidence.
import type {
  Evidence,
  Findings,
  InterviewFinding,
  IsoDate,
  IsoDateTime,
  Message,
  NoContactBeforeFinding,
  Outcome,
  OutcomeFinding,
  Overrides,
  Recommendation,
  Thread,
  TimelineFinding,
  WaitingFor,
} from '../types';
import {
  addBusinessDays,
  addDays,
  dateInZone,
  daysBetween,
  epochMs,
  isWeekend,
  monthFirstZone,
  nextBusinessDay,
  shiftOffWeekend,
  timeInZone,
  zonedDateTimeToIso,
  type HolidayCalendar,
} from '../time';
import { DAY_MS, msOf, safeDateInZone } from './_lib/instants';
import { authorOf, cite, clockWords, dayMonth, quote, weekdayDayMonth, weekdayName } from './_lib/phrasing';
import { askedSentence } from './employerAsks';
import { isListMessage, speaksOfHiring } from '../extract/phrases/hiring';
import { invitesCall } from './callInvite';
import { candidateActivity, type CandidateActivity } from './followUps';
import { OVERRIDE_DETECTOR, subjectInterview } from './subjectInterview';

export interface DecideOptions {
  /** The current instant. */
  readonly now: IsoDateTime;
  /** A resolved IANA zone. */
  readonly tz: string;
  readonly holidays?: HolidayCalendar;
  readonly overrides?: Overrides;
  /**
   * Known to be about an application, whatever its words: the board's records keep only the sentences the rules
   * read, and only conversations the board has already judged applications (board/applications.ts).
   */
  readonly application?: boolean;
}

/** The recommendation and the facts it stood on, so that a host shows the same interview and timeline. */
export interface Decision {
  readonly recommendation: Recommendation;
  readonly interview: InterviewFinding | null;
  readonly timeline: TimelineFinding | null;
  readonly noContactBefore: NoContactBeforeFinding | null;
  readonly noCalls: boolean;
  readonly outcome: Outcome | null;
  readonly elapsedDays: number | null;
}

/** ADVICE.md rule 9: a first follow-up no sooner than a week after the interview or the employer's last word. */
export const FIRST_FOLLOW_UP_DAYS = 7;
/** ADVICE.md rule 8: a second follow-up no sooner than two weeks after the interview… */
export const SECOND_FOLLOW_UP_DAYS = 14;
/** …and a week after the first follow-up. */
export const BETWEEN_FOLLOW_UPS_DAYS = 7;
/** ADVICE.md rule 7. */
export const MOVE_ON_AFTER_UNANSWERED = 2;

interface Ctx {
  readonly thread: Thread;
  readonly messages: readonly Message[];
  readonly tz: string;
  readonly now: IsoDateTime;
  readonly nowMs: number;
  readonly today: IsoDate;
  /** Dates and clock times written month first, 12-hour (US and Canada), as the drafts write them. */
  readonly us: boolean;
  readonly holidays: HolidayCalendar;
  readonly overrides: Overrides;
  readonly noCalls: boolean;
  readonly noCallsReason: string | null;
  readonly noCallsEvidence: readonly Evidence[];
  /** Messages that state a window of their own (a timeline, a first day contact is welcome). */
  readonly windowMessages: ReadonlySet<number>;
  /** Whether the thread is about an application at all (aboutHiring). */
  readonly aboutHiring: boolean;
}

type Base = Omit<Recommendation, 'action' | 'outcome' | 'waitingFor' | 'step'>;

/**
 * The outcome of the newest message that states one; within it, the first sentence that does ("we are pleased
 * to offer you the position" before "everyone was impressed, and we'd love to have you on the team"), which
 * the evidence quotes. A message's deadline to answer may sit on any of its findings.
 */
function decisiveOutcome(items: readonly OutcomeFinding[]): OutcomeFinding | null {
  const newest = latestBy(items);
  if (newest === null) return null;
  const same = items.filter((f) => f.evidence.message === newest.evidence.message);
  const first = same.find((f) => f.outcome === newest.outcome) ?? newest;
  const respondBy = same.find((f) => f.respondBy !== undefined)?.respondBy;
  return respondBy === undefined || first.respondBy !== undefined ? first : { ...first, respondBy };
}

function latestBy<T extends { readonly evidence: Evidence }>(items: readonly T[]): T | null {
  // Findings come oldest first; the newest message wins (ADVICE.md: the newest stated timeline wins).
  let best: T | null = null;
  for (const item of items) if (best === null || item.evidence.message >= best.evidence.message) best = item;
  return best;
}

function base(
  ctx: Ctx,
  rule: number,
  on: IsoDate,
  reasons: readonly string[],
  evidence: readonly Evidence[],
): Base {
  return { on, overdue: false, channel: 'email', reasons, evidence, rule, alternatives: [] };
}

/**
 * ADVICE.md "Channel and alternatives": the thank-you "isn't a follow-up call", so a note (LinkedIn or
 * handwritten) stands beside it and never a phone script; a follow-up (rules 8, 9) may be a call unless the
 * employer asked for none.
 */
function alternativesFor(ctx: Ctx, thankYou: boolean): Recommendation['alternatives'] {
  if (thankYou) return ['linkedin', 'handwritten'];
  return ctx.noCalls ? ['linkedin'] : ['phone', 'linkedin'];
}

/** `keep`: the finding's own words, which the quote keeps in view however long the sentence. */
function citeEvidence(ctx: Ctx, evidence: Evidence, keep?: string): string {
  if (evidence.detector === OVERRIDE_DETECTOR) return `you set it by hand`;
  return cite(evidence, ctx.messages, ctx.tz, ctx.today, ctx.us, keep);
}

function interviewPhrase(ctx: Ctx, interview: InterviewFinding): string {
  const time = interview.time === null ? '' : ` at ${clockWords(interview.time, ctx.us)}`;
  return `${weekdayDayMonth(interview.date, ctx.today, ctx.us)}${time}`;
}

function interviewReason(ctx: Ctx, interview: InterviewFinding, lead: string): string {
  return `${lead} ${interviewPhrase(ctx, interview)} (${citeEvidence(ctx, interview.evidence)}).`;
}

/** Weekend shift of rules 6, 8 and 9, with the sentence that explains it where it moved. */
function offWeekend(date: IsoDate, us: boolean): { date: IsoDate; note: string | null } {
  if (!isWeekend(date)) return { date, note: null };
  const moved = shiftOffWeekend(date);
  return {
    date: moved,
    note: `${dayMonth(date, undefined, us)} is a ${weekdayName(date)}, so the date moves to Monday${us ? ',' : ''} ${dayMonth(moved, undefined, us)}.`,
  };
}

function closed(ctx: Ctx, finding: OutcomeFinding): Recommendation {
  const respondBy = finding.outcome === 'offer' ? finding.respondBy : undefined;
  const lead =
    finding.outcome === 'rejected'
      ? 'The employer has decided: a short, gracious reply keeps the door open for future roles.'
      : respondBy === undefined
        ? 'You have an offer: congratulations. Reply to the offer itself; no follow-up is needed.'
        : `You have an offer: congratulations. Reply to the offer by ${weekdayDayMonth(respondBy.by, ctx.today, ctx.us)}: ${quote(respondBy.phrase)}. A short note now, thanking them and saying when you will answer, is courteous; no follow-up is needed.`;
  return {
    ...base(
      ctx,
      1,
      ctx.today,
      [`${citeEvidence(ctx, finding.evidence, finding.phrase)}.`, lead],
      [finding.evidence],
    ),
    action: 'closed',
    outcome: finding.outcome,
    ...(respondBy === undefined ? {} : { respondBy: respondBy.by }),
  };
}

/**
 * ADVICE.md rule 2: the employer wrote last and asks the candidate something, before or after the interview.
 * A question that an interview held since has overtaken ("could you bring a copy of your ID?") waits for no answer.
 */
function employerAsks(ctx: Ctx, interview: InterviewFinding | null): Recommendation | null {
  const last = lastRealMessage(ctx);
  if (last === null || last.role !== 'employer') return null;
  // A newsletter's "How long should you wait after an interview?", payroll's "Please submit any expense claims by
  // Monday": mail to a list, or a thread with no word of hiring, asks nothing of an applicant.
  if (!ctx.aboutHiring || isListMessage(last)) return null;
  const askedMs = msOf(last.sentAt) ?? 0;
  const interviewMs = interview === null ? null : msOf(interview.start);
  if (interviewMs !== null && interviewMs > askedMs && interviewMs <= ctx.nowMs) return null;
  const asked = askedSentence(last, ctx.thread.candidate);
  if (asked === null) return null;
  const evidence: Evidence = {
    message: last.index,
    text: asked.text,
    index: asked.index,
    detector: 'employer-asks',
  };
  return {
    ...base(
      ctx,
      2,
      ctx.today,
      [
        `${citeEvidence(ctx, evidence)}.`,
        `${authorOf(last)} wrote last and is waiting for your answer: reply now.`,
      ],
      [evidence],
    ),
    action: 'reply',
  };
}

function waitFor(b: Base, waitingFor: WaitingFor): Recommendation {
  return { ...b, action: 'wait', waitingFor };
}

/** Rules 8 and 9: `wait` until `on`, then `follow-up` on that same date even once it is past. */
function followUpOrWait(ctx: Ctx, b: Base, step: 1 | 2, thankYou: boolean): Recommendation {
  if (ctx.today < b.on) return waitFor(b, step === 1 ? 'follow-up' : 'second-follow-up');
  return {
    ...b,
    overdue: ctx.today > b.on,
    alternatives: alternativesFor(ctx, thankYou),
    action: 'follow-up',
    step,
  };
}

interface Bound {
  readonly date: IsoDate;
  readonly why: string;
}

function latestBound(bounds: readonly Bound[]): Bound {
  return bounds.reduce((a, b) => (b.date > a.date ? b : a));
}

function latestEmployerMessage(ctx: Ctx): Message | null {
  let best: Message | null = null;
  for (const m of ctx.messages) {
    // (a list's mail, "You are receiving this email because you are in the talent community. Unsubscribe", is no
    // word to the candidate: it restarts no week, r84)
    if (m.role !== 'employer' || m.automatic || isListMessage(m)) continue;
    const at = msOf(m.sentAt);
    if (at === null || at > ctx.nowMs) continue;
    if (best === null || at >= (msOf(best.sentAt) ?? 0)) best = m;
  }
  return best;
}

/**
 * Whether the thread is about an application: an interview or an outcome was read in it, or any message, its
 * subject included, speaks of hiring at all ("it was great to meet you this afternoon" dates an interview with no
 * hiring word).
 */
function aboutHiring(thread: Thread, findings: Findings): boolean {
  return (
    findings.interviews.length > 0 ||
    findings.outcomes.length > 0 ||
    speaksOfHiring(thread.messages.map((m) => `${m.subject}\n${m.text}`))
  );
}

/** The latest message that counts (automatic replies aside), by sent time, sent by `now`. */
function lastRealMessage(ctx: Ctx): Message | null {
  let best: Message | null = null;
  for (const m of ctx.messages) {
    if (m.automatic) continue;
    const at = msOf(m.sentAt);
    if (at === null || at > ctx.nowMs) continue;
    if (best === null || at >= (msOf(best.sentAt) ?? 0)) best = m;
  }
  return best;
}

function followUpDates(ctx: Ctx, activity: CandidateActivity): string {
  return activity.unanswered.map((c) => dayMonth(c.date, ctx.today, ctx.us)).join(' and ');
}

function automaticNote(ctx: Ctx, activity: CandidateActivity): readonly string[] {
  return activity.automaticAfter.slice(-1).map((m) => {
    const date = safeDateInZone(m.sentAt, ctx.tz);
    const when = date === null ? '' : ` of ${dayMonth(date, ctx.today, ctx.us)}`;
    return `The automatic reply${when} from ${authorOf(m)} does not count as an answer.`;
  });
}

/** The date rules 8 and 9 give (rule 6 shows it too: one date per situation), with what it stands on. */
interface FollowUpPlan {
  readonly rule: 8 | 9;
  readonly step: 1 | 2;
  /** The day, moved off a weekend. */
  readonly on: IsoDate;
  readonly bound: Bound;
  readonly weekendNote: string | null;
  /** The reasons of rule 8 or 9 as they read once the employer's window (if any) has passed. */
  readonly reasons: readonly string[];
  readonly evidence: readonly Evidence[];
}

/**
 * Whether a message states a window of its own (an employer timeline or a first day contact is welcome): it is
 * counted through that window, never also through "+ 7 days" (ADVICE.md "One date per situation").
 */
function statesWindow(ctx: Ctx, message: Message): boolean {
  return ctx.windowMessages.has(message.index);
}

// "Fwd:", "see Mark's note below", "forwarding you…": a message that passes on another's words.
const FORWARD_SUBJECT = /^\s*(?:fwd?|tr|wg|rv|enc)\s*:/i;
const FORWARD_TEXT =
  /\b(?:see|read)\s+(?:[\w'’]+\s+){0,2}?(?:note|message|email|e-mail|mail|reply|update|feedback|words)?\s*below\b|\bforward(?:ing|ed)\b|\bbelow\s+from\b/i;

/**
 * A forward states the windows of the messages it carries (ADVICE.md fine print: a timeline quoted or forwarded
 * counts from its author's date): forwarding "a decision within one week" restarts no week of its own. The
 * messages a forward carries are the quoted ones recovered from it: those after the item before it.
 */
function withForwards(messages: readonly Message[], stating: ReadonlySet<number>): ReadonlySet<number> {
  const out = new Set(stating);
  let carriedFrom = 0;
  for (const m of messages) {
    if (m.quoted) continue;
    const forward = FORWARD_SUBJECT.test(m.subject) || FORWARD_TEXT.test(m.text.slice(0, 2000));
    if (forward && [...stating].some((i) => i >= carriedFrom && i < m.index)) out.add(m.index);
    carriedFrom = m.index + 1;
  }
  return out;
}

/** ADVICE.md rules 8 and 9: the follow-up's date, whether or not the employer's window is still running. */
function followUpPlan(
  ctx: Ctx,
  interview: InterviewFinding,
  timeline: TimelineFinding | null,
  noContact: NoContactBeforeFinding | null,
  activity: CandidateActivity,
): FollowUpPlan {
  const timelineBound: Bound[] =
    timeline === null
      ? []
      : [
          {
            date: addBusinessDays(timeline.by, 1, ctx.holidays),
            why: `the business day after the employer's window (${citeEvidence(ctx, timeline.evidence, timeline.phrase)})`,
          },
        ];
  const noContactBound: Bound[] =
    noContact === null
      ? []
      : [
          {
            date: noContact.by,
            why: `the first day contact is welcome (${citeEvidence(ctx, noContact.evidence, noContact.phrase)})`,
          },
        ];
  // Where a later day wins, the reasons still say that the promised day went by, as a coach would: "you should
  // hear from us over the next few days" (19 November) ended on 24 November, and the follow-up waits for a week
  // after a later message.
  const passedWindow = (why: string): string[] =>
    timeline === null || timelineBound[0]?.why === why
      ? []
      : [
          `The employer's window ended on ${weekdayDayMonth(timeline.by, ctx.today, ctx.us)} (${citeEvidence(ctx, timeline.evidence, timeline.phrase)}).`,
        ];
  const evidence = [
    interview.evidence,
    ...(timeline === null ? [] : [timeline.evidence]),
    ...(noContact === null ? [] : [noContact.evidence]),
  ].filter((e) => e.detector !== OVERRIDE_DETECTOR);
  const autoNote = automaticNote(ctx, activity);

  // Rule 8: one unanswered follow-up (the latest, where rule 7 would take over) calls for a second one.
  const single = activity.unanswered.at(-1);
  if (single !== undefined) {
    const bound = latestBound([
      { date: addDays(interview.date, SECOND_FOLLOW_UP_DAYS), why: 'two weeks after the interview' },
      {
        date: addDays(single.date, BETWEEN_FOLLOW_UPS_DAYS),
        why: `a week after your follow-up of ${dayMonth(single.date, ctx.today, ctx.us)}`,
      },
      ...timelineBound,
      ...noContactBound,
    ]);
    const shifted = offWeekend(bound.date, ctx.us);
    const reasons = [
      interviewReason(ctx, interview, 'Your interview was on'),
      `Your follow-up of ${dayMonth(single.date, ctx.today, ctx.us)} has had no answer.`,
      `A second, polite follow-up is due on ${weekdayDayMonth(shifted.date, ctx.today, ctx.us)}: ${bound.why}.`,
      ...passedWindow(bound.why),
      ...(shifted.note === null ? [] : [shifted.note]),
      ...autoNote,
    ];
    return { rule: 8, step: 2, on: shifted.date, bound, weekendNote: shifted.note, reasons, evidence };
  }

  // Rule 9: the first follow-up. The employer's latest message restarts the week unless it states a window of
  // its own, which is then counted through that window only.
  const lastEmployer = latestEmployerMessage(ctx);
  const lastEmployerDate =
    lastEmployer === null || statesWindow(ctx, lastEmployer)
      ? null
      : safeDateInZone(lastEmployer.sentAt, ctx.tz);
  const bound = latestBound([
    { date: addDays(interview.date, FIRST_FOLLOW_UP_DAYS), why: 'a week after the interview' },
    ...(lastEmployer === null || lastEmployerDate === null
      ? []
      : [
          {
            date: addDays(lastEmployerDate, FIRST_FOLLOW_UP_DAYS),
            why: `a week after ${authorOf(lastEmployer)}'s last message of ${dayMonth(lastEmployerDate, ctx.today, ctx.us)}`,
          },
        ]),
    ...timelineBound,
    ...noContactBound,
  ]);
  const shifted = offWeekend(bound.date, ctx.us);
  const reasons = [
    interviewReason(ctx, interview, 'Your interview was on'),
    sentSoFar(activity, ctx.today, ctx.us),
    `Follow up on ${weekdayDayMonth(shifted.date, ctx.today, ctx.us)}: ${bound.why}.`,
    ...passedWindow(bound.why),
    ...(shifted.note === null ? [] : [shifted.note]),
    ...autoNote,
  ];
  return { rule: 9, step: 1, on: shifted.date, bound, weekendNote: shifted.note, reasons, evidence };
}

/** Rules 5 to 9, once the subject interview has started. */
function afterInterview(
  ctx: Ctx,
  interview: InterviewFinding,
  timeline: TimelineFinding | null,
  noContact: NoContactBeforeFinding | null,
): Recommendation {
  const activity = candidateActivity(ctx.messages, interview, ctx.overrides.followUpsElsewhere ?? [], ctx.tz);
  const startMs = msOf(interview.start) ?? 0;
  const endMs = msOf(interview.end) ?? startMs;
  const elapsed = daysBetween(interview.date, ctx.today);
  const autoNote = automaticNote(ctx, activity);

  // Rule 5: nothing from the candidate since the interview ended, within the first week.
  if (!activity.wroteSince && elapsed < FIRST_FOLLOW_UP_DAYS) {
    // With no clock time known, "24 hours after it ended" is the whole of the next day.
    const untimed = interview.time === null;
    const dueMs = untimed
      ? (epochMs(zonedDateTimeToIso(addDays(interview.date, 2), '00:00', ctx.tz)) ?? endMs + DAY_MS) - 1
      : endMs + DAY_MS;
    const due = dateInZone(dueMs, ctx.tz);
    const dueAt = untimed ? '' : ` at ${clockWords(timeInZone(dueMs, ctx.tz), ctx.us)}`;
    // A thank-you sent once the employer's own window has passed also asks about next steps (issue 10).
    const windowPassed = timeline !== null && timeline.by < ctx.today;
    const nextSteps = windowPassed
      ? [
          `The employer's window ended on ${weekdayDayMonth(timeline.by, ctx.today, ctx.us)} (${citeEvidence(ctx, timeline.evidence, timeline.phrase)}): your note can also ask about next steps.`,
        ]
      : [];
    const late = windowPassed ? { askNextSteps: true } : {};
    const lateEvidence = windowPassed ? [timeline.evidence] : [];
    // "Please do not reach out before …" holds even a thank-you: never advise contact before that day.
    const held = noContact !== null && noContact.by > due && noContact.by > ctx.today;
    if (held) {
      const reasons = [
        interviewReason(ctx, interview, 'Your interview was on'),
        `${citeEvidence(ctx, noContact.evidence, noContact.phrase)}: send your thank-you note on ${weekdayDayMonth(noContact.by, ctx.today, ctx.us)}.`,
        ...nextSteps,
      ];
      return {
        ...base(ctx, 5, noContact.by, reasons, [interview.evidence, noContact.evidence, ...lateEvidence]),
        alternatives: alternativesFor(ctx, true),
        action: 'send-thank-you',
        ...late,
      };
    }
    const overdue = ctx.nowMs > dueMs;
    const reasons = [
      interviewReason(ctx, interview, 'Your interview was on'),
      overdue
        ? `The 24 hours for a thank-you note ended on ${dayMonth(due, ctx.today, ctx.us)}${dueAt}: send it today; late is better than never.`
        : `Send a thank-you note within 24 hours of the interview, by ${dayMonth(due, ctx.today, ctx.us)}${dueAt}.`,
      ...nextSteps,
    ];
    return {
      ...base(ctx, 5, due, reasons, [interview.evidence, ...lateEvidence]),
      overdue,
      alternatives: alternativesFor(ctx, true),
      action: 'send-thank-you',
      ...late,
    };
  }

  const plan = followUpPlan(ctx, interview, timeline, noContact, activity);

  // Rule 6: an employer timeline still running: respect it, and show the day rule 8 or 9 will give once it
  // has passed (ADVICE.md "One date per situation").
  if (timeline !== null && timeline.by >= ctx.today) {
    const afterWindow = plan.on === nextBusinessDay(timeline.by, ctx.holidays);
    const act = plan.step === 2 ? 'send a second, polite follow-up' : 'follow up';
    const reasons = [
      `${citeEvidence(ctx, timeline.evidence, timeline.phrase)}: that window ends on ${weekdayDayMonth(timeline.by, ctx.today, ctx.us)}.`,
      afterWindow
        ? `Respect it: if you have not heard back, ${act} on ${weekdayDayMonth(plan.on, ctx.today, ctx.us)}, the next business day.`
        : `Respect it: if you have not heard back, ${act} on ${weekdayDayMonth(plan.on, ctx.today, ctx.us)}: ${plan.bound.why}.`,
      ...(afterWindow || plan.weekendNote === null ? [] : [plan.weekendNote]),
      ...autoNote,
    ];
    const evidence = afterWindow ? [timeline.evidence] : plan.evidence;
    return waitFor(base(ctx, 6, plan.on, reasons, evidence), 'employer-timeline');
  }

  // Rule 7: two or more unanswered follow-ups.
  if (activity.unanswered.length >= MOVE_ON_AFTER_UNANSWERED) {
    const reasons = [
      `You have followed up ${activity.unanswered.length} times (${followUpDates(ctx, activity)}) without an answer.`,
      'Focus on other opportunities; a short note closing the loop leaves a good last impression.',
      ...autoNote,
    ];
    return { ...base(ctx, 7, ctx.today, reasons, []), action: 'move-on' };
  }

  // Rules 8 and 9.
  return followUpOrWait(ctx, base(ctx, plan.rule, plan.on, plan.reasons, plan.evidence), plan.step, false);
}

/**
 * What the candidate has sent, for rule 9: follow-ups the employer answered are named, so the reason never says
 * "no follow-up since" after one was sent.
 */
function sentSoFar(activity: CandidateActivity, today: IsoDate, us: boolean): string {
  const answered = activity.followUps.map((c) => dayMonth(c.date, today, us));
  const thanks = activity.thankYou === null ? null : dayMonth(activity.thankYou.date, today, us);
  if (answered.length === 0)
    return thanks === null
      ? 'You have not followed up since.'
      : `You sent a thank-you on ${thanks}; no follow-up since.`;
  const which =
    answered.length === 1
      ? `your follow-up of ${answered.join('')} was`
      : `your follow-ups of ${answered.join(' and ')} were`;
  return thanks === null
    ? `Since the interview, ${which} answered.`
    : `You sent a thank-you on ${thanks}; ${which} answered.`;
}

/** A snooze holds every contact until its day (Overrides.snoozeUntil); a closed thread stays closed. */
function applySnooze(ctx: Ctx, rec: Recommendation): Recommendation {
  const until = ctx.overrides.snoozeUntil;
  if (until === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(until) || rec.action === 'closed') return rec;
  if (ctx.today >= until || (rec.action === 'wait' && rec.on >= until)) return rec;
  return {
    ...base(
      ctx,
      rec.rule,
      until,
      [`You snoozed this thread until ${weekdayDayMonth(until, ctx.today, ctx.us)}.`, ...rec.reasons],
      rec.evidence,
    ),
    action: 'wait',
    waitingFor: 'snooze',
  };
}

function noCallsOf(
  findings: Findings,
  hiring: boolean,
  thread: Thread,
  tz: string,
  today: IsoDate,
  us: boolean,
): Pick<Ctx, 'noCalls' | 'noCallsReason' | 'noCallsEvidence'> {
  const finding = latestBy(findings.noCalls);
  // "Por favor, no llames a la tienda" in a delivery note: a thread that never speaks of hiring holds no
  // employer's word on calls about an application.
  if (finding === null || !hiring) return { noCalls: false, noCallsReason: null, noCallsEvidence: [] };
  // It holds for the rest of the thread until the employer invites a call in a later message.
  const saidAt = msOf(thread.messages[finding.evidence.message]?.sentAt);
  const invited = thread.messages.some((m) => {
    if (m.index === finding.evidence.message) return false;
    const at = msOf(m.sentAt);
    const later = saidAt === null || at === null ? m.index > finding.evidence.message : at > saidAt;
    return later && invitesCall(m);
  });
  if (invited) return { noCalls: false, noCallsReason: null, noCallsEvidence: [] };
  return {
    noCalls: true,
    noCallsReason: `No phone call: ${cite(finding.evidence, thread.messages, tz, today, us, finding.phrase)}.`,
    noCallsEvidence: [finding.evidence],
  };
}

function withNoCalls(ctx: Ctx, rec: Recommendation): Recommendation {
  if (ctx.noCallsReason === null) return rec;
  const contacts = rec.action === 'follow-up' || rec.action === 'send-thank-you' || rec.action === 'wait';
  if (!contacts) return rec;
  return {
    ...rec,
    reasons: [...rec.reasons, ctx.noCallsReason],
    evidence: [...rec.evidence, ...ctx.noCallsEvidence],
  };
}

/**
 * ADVICE.md's decision over a parsed thread and its findings. Pure; never throws on mail content.
 * @example decide(thread, findings, { now: '2026-11-25T10:00:00-05:00', tz: 'America/New_York' }).recommendation.action
 */
export function decide(thread: Thread, findings: Findings, options: DecideOptions): Decision {
  const tz = options.tz;
  const nowMs = msOf(options.now);
  if (nowMs === null)
    throw new TypeError(`options.now is not an ISO 8601 instant: ${options.now.slice(0, 60)}`);
  const today = safeDateInZone(options.now, tz) ?? options.now.slice(0, 10);
  const overrides = options.overrides ?? {};
  const us = monthFirstZone(tz);
  const hiring = options.application === true || aboutHiring(thread, findings);
  const calls = noCallsOf(findings, hiring, thread, tz, today, us);
  const ctx: Ctx = {
    thread,
    messages: thread.messages,
    tz,
    now: options.now,
    nowMs,
    today,
    us,
    holidays: options.holidays ?? 'none',
    overrides,
    ...calls,
    aboutHiring: hiring,
    windowMessages: withForwards(
      thread.messages,
      new Set(
        [...(overrides.ignoreTimeline === true ? [] : findings.timelines), ...findings.noContactBefore].map(
          (f) => f.evidence.message,
        ),
      ),
    ),
  };
  const outcomeFinding = decisiveOutcome(findings.outcomes);
  const interview = subjectInterview(
    findings.interviews,
    options.now,
    tz,
    overrides,
    outcomeFinding !== null,
  );
  const timeline = overrides.ignoreTimeline === true ? null : latestBy(findings.timelines);
  const noContact = latestBy(findings.noContactBefore);
  const elapsedDays = interview === null ? null : daysBetween(interview.date, today);
  const facts = {
    interview,
    timeline,
    noContactBefore: noContact,
    noCalls: calls.noCalls,
    outcome: outcomeFinding?.outcome ?? null,
    elapsedDays,
  };

  const decided = ((): Recommendation => {
    // Rule 1: an outcome closes the thread.
    if (outcomeFinding !== null) return closed(ctx, outcomeFinding);
    // Rule 2: the employer wrote last and asks something, whether or not an interview is set.
    const asks = employerAsks(ctx, interview);
    if (asks !== null) return asks;
    // Rule 3: no interview date known.
    if (interview === null) {
      return {
        ...base(
          ctx,
          3,
          today,
          ['No interview date was found in this thread: set it, and the advice follows from it.'],
          [],
        ),
        action: 'set-interview-date',
      };
    }
    // Rule 4: the subject interview is still ahead.
    if ((msOf(interview.start) ?? 0) > nowMs) {
      const reasons = [
        interviewReason(ctx, interview, 'Your interview is on'),
        'Nothing to send before it; that evening, send a short thank-you note.',
      ];
      return waitFor(
        base(
          ctx,
          4,
          interview.date,
          reasons,
          [interview.evidence].filter((e) => e.detector !== OVERRIDE_DETECTOR),
        ),
        'interview',
      );
    }
    return afterInterview(ctx, interview, timeline, noContact);
  })();
  return { recommendation: withNoCalls(ctx, applySnooze(ctx, decided)), ...facts };
}
