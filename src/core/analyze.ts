// The one entry point (ARCHITECTURE.md): raw messages plus now, zone, me and overrides -> Analysis.
import type {
  Analysis,
  AnalyzeOptions,
  Findings,
  ReminderProposal,
  Thread,
  ThreadInput,
  Warning,
} from './types';
import { parseThread } from './mail';
import { extractFindings, languagesFor, type LanguageTables } from './extract';
import { epochMs, resolveZone, toZonedIso } from './time';
import { decide, type Decision } from './advice';
import { draftFacts, draftsFor, proposeReminder, reminderAhead, type DraftSet } from './drafts';
import { validateOverrides } from './overrides';

const NO_FINDINGS: Findings = {
  interviews: [],
  timelines: [],
  noContactBefore: [],
  noCalls: [],
  outcomes: [],
};

function crashWarning(stage: string, error: unknown): Warning {
  const why = error instanceof Error ? error.message : String(error);
  return {
    code: 'malformed-mime',
    message: `Part of this thread could not be read (${stage}): ${why.slice(0, 200)}`,
  };
}

async function safeParse(input: ThreadInput, tz: string, me: string | undefined): Promise<Thread> {
  try {
    return await parseThread(input, { tz, ...(me !== undefined ? { me } : {}) });
  } catch (error) {
    // The mail area promises never to throw; should it, the user still gets advice, with a warning.
    return { messages: [], candidate: me ?? null, warnings: [crashWarning('mail', error)] };
  }
}

function safeFindings(
  thread: Thread,
  options: AnalyzeOptions,
  tz: string,
  languages: readonly LanguageTables[],
): { findings: Findings; warnings: readonly Warning[] } {
  try {
    const findings = extractFindings(thread, {
      tz,
      languages,
      ...(options.locale !== undefined ? { locale: options.locale } : {}),
      ...(options.holidays !== undefined ? { holidays: options.holidays } : {}),
    });
    return { findings, warnings: [] };
  } catch (error) {
    return { findings: NO_FINDINGS, warnings: [crashWarning('dates', error)] };
  }
}

/**
 * Raw mail -> the whole advice: messages, interview, timeline, recommendation, draft and reminder.
 * Never throws on mail content; a `now` that is not an ISO instant is a programmer error (TypeError).
 * @example
 * const a = await analyze({ messages: [{ kind: 'mime', data: eml }] }, { now: '2026-11-25T10:00:00Z', tz: 'America/New_York' });
 * a.recommendation.action; // 'follow-up'
 */
export async function analyze(input: ThreadInput, options: AnalyzeOptions): Promise<Analysis> {
  const nowMs = epochMs(options.now);
  if (nowMs === null)
    throw new TypeError(
      `analyze: options.now is not an ISO 8601 instant: ${String(options.now).slice(0, 60)}`,
    );
  const zone = resolveZone(options.tz);
  const tz = zone.zone;
  const now = toZonedIso(nowMs, tz);
  const thread = await safeParse(input, tz, options.me);
  // Messages in German, French or Spanish need their tables, loaded on demand (issue 13).
  const languages = await languagesFor(thread.messages.map((m) => m.text));
  const extracted = safeFindings(thread, options, tz, languages);
  const findings = extracted.findings;
  // Stored overrides come from a settings store others write too: only real values reach the advice.
  const checked = validateOverrides(options.overrides);
  const decideWith = (f: Findings): Decision =>
    decide(thread, f, {
      now,
      tz,
      ...(options.holidays !== undefined ? { holidays: options.holidays } : {}),
      overrides: checked.overrides,
    });
  const late: Warning[] = [];
  let decision: Decision;
  try {
    decision = decideWith(findings);
  } catch (error) {
    // A finding the advice cannot use (a date that is no date) must not cost the user the whole pane.
    late.push(crashWarning('advice', error));
    decision = decideWith(NO_FINDINGS);
  }
  let drafts: DraftSet = { draft: null, alternatives: [] };
  let reminder: ReminderProposal | null = null;
  try {
    const facts = draftFacts(thread, {
      interview: decision.interview,
      tz,
      ...(options.myName !== undefined ? { myName: options.myName } : {}),
    });
    drafts = draftsFor(decision.recommendation, facts, { noCalls: decision.noCalls });
    const proposed = proposeReminder(
      decision.recommendation,
      facts.subject,
      tz,
      decision.interview?.end ?? null,
    );
    // Never a reminder in the past, in any host (issue 10): the pane, the ribbon and the CLI all read this one.
    reminder = proposed === null ? null : reminderAhead(proposed, now, tz).reminder;
  } catch (error) {
    late.push(crashWarning('drafts', error));
  }
  return {
    candidate: thread.candidate,
    messages: thread.messages,
    interview: decision.interview,
    timeline: decision.timeline,
    noContactBefore: decision.noContactBefore,
    noCalls: decision.noCalls,
    outcome: decision.outcome,
    elapsedDays: decision.elapsedDays,
    recommendation: decision.recommendation,
    draft: drafts.draft,
    drafts: drafts.alternatives,
    reminder,
    tz,
    warnings: [
      ...(zone.warning ? [zone.warning] : []),
      ...checked.warnings,
      ...thread.warnings,
      ...extracted.warnings,
      ...late,
    ],
    findings,
  };
}
