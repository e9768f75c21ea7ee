// STUB: replaced by the extract area (issue 3).
import type { Finding, Findings, Thread } from '../types';

export interface ExtractOptions {
  /** IANA zone (already resolved). */
  readonly tz: string;
  readonly locale?: string;
  readonly holidays?: 'none' | 'US' | 'UK';
}

/** Every dated fact of the thread: interviews, employer timelines, no-contact-before, no-calls, outcomes. */
export function extractFindings(_thread: Thread, _options: ExtractOptions): Findings {
  return { interviews: [], timelines: [], noContactBefore: [], noCalls: [], outcomes: [] };
}

/** The findings of one text sent at `sentAt` (the `timeline` command). Evidence.message is 0. */
export function findInText(_text: string, _sentAt: string, _options: ExtractOptions): readonly Finding[] {
  return [];
}
