// The check on a message being sent (issue 16): it is read as the candidate's newest message in its thread,
// and set against the advice the thread had before it, with the same rules (parseThread, extractFindings,
// decide) that analyze() runs. Pure: `now` is an argument; never throws on mail content.
import { decide, isAcknowledgement, cite, type Decision } from '../advice';
import { checkTone, type ToneFinding } from '../drafts';
import { extractFindings, languagesFor, type LanguageTables } from '../extract';
import { anyOf } from '../extract/phrases/rows';
import { parseThread } from '../mail';
import { epochMs, monthFirstZone, resolveZone, toZonedIso } from '../time';
import type { DraftKind, Findings, Message, Thread } from '../types';
import { greetingMismatch } from './greeting';
import { CALL_PROPOSALS, JOB_CUES, STATUS_ASKS, STATUS_ASKS_OTHER } from './phrases';
import { placeholders } from './placeholders';
import {
  ARTICLE,
  noContactFinding,
  thirdFollowUpFinding,
  tooEarlyFinding,
  type TimingContext,
} from './timing';
import type { SendCheck, SendCheckInput, SendCheckOptions, SendFinding, SentKind } from './types';

const STATUS_ASK = anyOf([...STATUS_ASKS, ...STATUS_ASKS_OTHER]);
const CALL_PROPOSAL = anyOf(CALL_PROPOSALS);
const JOB_CUE = anyOf(JOB_CUES);

/** Tone issues that stop a Send: "just checking in" filler is a matter of style, not etiquette. */
const STOPPING_TONE: ReadonlySet<ToneFinding['issue']> = new Set([
  'pushy',
  'demanding',
  'desperate',
  'guilt-tripping',
  'shouting',
  'over-length',
]);

const NOTHING: SendCheck = { jobRelated: false, kind: 'other', findings: [], sendOn: null };

/** A follow-up asks about status or next steps; an acknowledgement ("Thanks, noted!") never does. */
export function asksStatus(text: string): boolean {
  return STATUS_ASK.test(text) && !isAcknowledgement(text);
}

function hasFindings(f: Findings): boolean {
  return (
    f.interviews.length +
      f.timelines.length +
      f.noContactBefore.length +
      f.noCalls.length +
      f.outcomes.length >
    0
  );
}

/** The message being sent: the one dated `nowMs` (it is sent now), else the newest. */
function outgoingIndex(messages: readonly Message[], nowMs: number): number {
  for (let i = messages.length - 1; i >= 0; i -= 1)
    if (epochMs(messages[i]?.sentAt ?? '') === nowMs) return i;
  return messages.length - 1;
}

function withoutMessage(thread: Thread, index: number): Thread {
  const messages = thread.messages.filter((m) => m.index !== index).map((m, i) => ({ ...m, index: i }));
  return { ...thread, messages };
}

function findingsOf(
  thread: Thread,
  tz: string,
  options: SendCheckOptions,
  languages: readonly LanguageTables[],
): Findings {
  return extractFindings(thread, {
    tz,
    languages,
    ...(options.holidays !== undefined ? { holidays: options.holidays } : {}),
  });
}

function decideAt(
  thread: Thread,
  findings: Findings,
  now: string,
  tz: string,
  options: SendCheckOptions,
): Decision {
  return decide(thread, findings, {
    now,
    tz,
    ...(options.holidays !== undefined ? { holidays: options.holidays } : {}),
    ...(options.overrides !== undefined ? { overrides: options.overrides } : {}),
  });
}

function kindOf(before: Decision, followUp: boolean): SentKind {
  const action = before.recommendation.action;
  if (action === 'reply') return 'reply';
  if (followUp) return 'follow-up';
  return action === 'send-thank-you' ? 'thank-you' : 'other';
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function toneFindings(text: string, kind: SentKind, before: Decision): SendFinding[] {
  const rec = before.recommendation;
  const second =
    rec.action === 'follow-up'
      ? rec.step === 2
      : rec.action === 'wait' && rec.waitingFor === 'second-follow-up';
  const draftKind: DraftKind | undefined =
    kind === 'thank-you'
      ? 'thank-you'
      : kind === 'follow-up'
        ? second
          ? 'second-follow-up'
          : 'follow-up'
        : undefined;
  const seen = new Set<string>();
  const out: SendFinding[] = [];
  for (const t of checkTone(text, draftKind)) {
    if (!STOPPING_TONE.has(t.issue) || seen.has(t.issue)) continue;
    seen.add(t.issue);
    const why = t.reason.endsWith('.') ? t.reason.slice(0, -1) : t.reason;
    const message =
      t.issue === 'over-length'
        ? `${why}: ${lowerFirst(t.suggestion)}`
        : `‘${t.text.replace(/\s+/gu, ' ').slice(0, 60)}’: ${lowerFirst(why)}.`;
    out.push({ issue: 'tone', message, text: t.text, evidence: [], suggestion: t.suggestion });
  }
  return out;
}

function callFinding(ctx: TimingContext, findings: Findings, text: string): SendFinding | null {
  const asked = findings.noCalls.at(-1);
  const proposed = CALL_PROPOSAL.exec(text);
  if (asked === undefined || proposed === null) return null;
  const words = cite(asked.evidence, ctx.messages, ctx.tz, ctx.today, ctx.us, asked.phrase);
  return {
    issue: 'call-proposed',
    message: `This proposes a call (‘${proposed[0]}’) where the employer asked for none (${words}); ${ARTICLE.calls}.`,
    text: proposed[0],
    evidence: [asked.evidence],
  };
}

/**
 * Checks a message as the user clicks Send. Mail that is not about a job application gets no findings.
 * @example
 * const check = await checkSend({ message: { kind: 'fields', subject: 'Re: Interview', … } }, { now, tz: 'America/New_York', me });
 * check.findings.map((f) => f.issue); // ['too-early']
 */
export async function checkSend(input: SendCheckInput, options: SendCheckOptions): Promise<SendCheck> {
  const nowMs = epochMs(options.now);
  if (nowMs === null)
    throw new TypeError(
      `checkSend: options.now is not an ISO 8601 instant: ${String(options.now).slice(0, 60)}`,
    );
  const tz = resolveZone(options.tz).zone;
  const now = toZonedIso(nowMs, tz);
  const sent = { ...input.message, sentAt: now };
  let thread: Thread;
  try {
    thread = await parseThread(
      { messages: [...(input.history ?? []), sent] },
      { tz, ...(options.me !== undefined ? { me: options.me } : {}) },
    );
  } catch {
    return NOTHING;
  }
  const index = outgoingIndex(thread.messages, nowMs);
  const own = thread.messages[index];
  if (own === undefined || own.text.trim() === '') return NOTHING;
  const earlier = withoutMessage(thread, index);
  let findings: Findings;
  let before: Decision;
  let languages: readonly LanguageTables[] = [];
  try {
    // Messages in German, French or Spanish need their tables, loaded on demand as analyze() loads them.
    languages = await languagesFor(thread.messages.map((m) => m.text));
    findings = findingsOf(earlier, tz, options, languages);
    before = decideAt(earlier, findings, now, tz, options);
  } catch {
    return NOTHING; // a check that cannot read the thread lets the mail go
  }
  const subjects = [input.message.subject, ...earlier.messages.map((m) => m.subject)].join('\n');
  const jobRelated = hasFindings(findings) || JOB_CUE.test(own.text) || JOB_CUE.test(subjects);
  if (!jobRelated) return NOTHING;

  const text = own.text;
  const followUp = asksStatus(text);
  const kind = kindOf(before, followUp);
  const us = monthFirstZone(tz);
  const ctx: TimingContext = {
    messages: earlier.messages,
    tz,
    today: now.slice(0, 10),
    us,
    overrides: options.overrides ?? {},
  };
  const out: SendFinding[] = [];
  let sendOn: string | null = null;
  const action = before.recommendation.action;
  const quiet = action === 'reply' || action === 'closed' || isAcknowledgement(text);

  const hold = quiet ? null : noContactFinding(ctx, before);
  if (hold !== null) {
    out.push(hold);
    sendOn = before.noContactBefore?.by ?? null;
  } else if (followUp && action === 'move-on') {
    const third = thirdFollowUpFinding(ctx, before, text);
    if (third !== null) out.push(third);
  } else if (followUp && !quiet) {
    const waits =
      action === 'wait' &&
      before.recommendation.waitingFor !== 'interview' &&
      before.recommendation.waitingFor !== 'snooze';
    // The first message since the interview is the thank-you to the advice; one that asks for news is a
    // follow-up, due on the day the advice gives once a thank-you has gone: decide() on the thread with it.
    const firstDay =
      action === 'send-thank-you'
        ? decideAt(thread, findingsOf(thread, tz, options, languages), now, tz, options)
        : null;
    const on = waits
      ? before.recommendation.on
      : firstDay?.recommendation.action === 'wait'
        ? firstDay.recommendation.on
        : null;
    const decision = firstDay ?? before;
    const early =
      on === null
        ? null
        : tooEarlyFinding(
            { ...ctx, messages: firstDay ? thread.messages : ctx.messages },
            decision,
            on,
            text,
          );
    if (early !== null) {
      out.push(early);
      sendOn = on;
    }
  }
  const call = callFinding(ctx, findings, text);
  if (call !== null) out.push(call);
  const unfilled = [...new Set([...placeholders(input.message.subject), ...placeholders(text)])];
  if (unfilled.length > 0) {
    const list = unfilled.slice(0, 3).map((p) => `‘${p}’`);
    const what =
      list.length === 1
        ? `${list[0]} is a template placeholder`
        : `${list.slice(0, -1).join(', ')} and ${list.at(-1)} are template placeholders`;
    out.push({
      issue: 'placeholder',
      message: `${what} still in the message: fill ${list.length === 1 ? 'it' : 'them'} in or take ${list.length === 1 ? 'it' : 'them'} out, or the employer reads a form letter.`,
      text: unfilled[0] ?? null,
      evidence: [],
    });
  }
  const greeting = greetingMismatch(text, [...own.to, ...own.cc]);
  if (greeting !== null) {
    const to = [...own.to, ...own.cc].map((a) => a.name ?? a.address).join(', ');
    out.push({
      issue: 'greeting',
      message: `The greeting says ‘${greeting.greeting}’ but this goes to ${to}: a wrong name is the first thing the reader notices.`,
      text: greeting.greeting,
      evidence: [],
    });
  }
  out.push(...toneFindings(text, kind, before));
  return { jobRelated, kind, findings: out, sendOn };
}
