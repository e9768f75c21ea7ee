// STUB: completed by the advice area (issue 4).
import type { Analysis, AnalyzeOptions, ThreadInput } from './types';
import { parseThread } from './mail';
import { extractFindings } from './extract';
import { resolveZone } from './time';

/**
 * The one entry point (ARCHITECTURE.md): raw messages plus now, zone, me and overrides -> Analysis.
 * Never throws on mail content.
 */
export async function analyze(input: ThreadInput, options: AnalyzeOptions): Promise<Analysis> {
  const zone = resolveZone(options.tz);
  const thread = await parseThread(input, { tz: zone.zone, ...(options.me ? { me: options.me } : {}) });
  const findings = extractFindings(thread, { tz: zone.zone });
  return {
    candidate: thread.candidate,
    messages: thread.messages,
    interview: null,
    timeline: null,
    noContactBefore: null,
    noCalls: false,
    outcome: null,
    elapsedDays: null,
    recommendation: {
      action: 'set-interview-date',
      on: options.now.slice(0, 10),
      overdue: false,
      channel: 'email',
      reasons: ['No interview date found.'],
      evidence: [],
      rule: 2,
      alternatives: [],
    },
    draft: null,
    reminder: null,
    tz: zone.zone,
    warnings: zone.warning ? [zone.warning, ...thread.warnings] : thread.warnings,
    findings,
  };
}
