// STUB: replaced by the mail area (issue 2). Signatures are the contract other areas code against.
import type { Thread, ThreadInput } from '../types';

export interface ParseThreadOptions {
  /** IANA zone (already resolved) used for quoted dates that carry no zone. */
  readonly tz: string;
  /** The candidate's address, where known. */
  readonly me?: string;
}

/** Raw mail -> the thread, oldest first, with quoted history recovered and who-is-who decided. Never throws. */
export async function parseThread(_input: ThreadInput, _options: ParseThreadOptions): Promise<Thread> {
  return { messages: [], candidate: null, warnings: [] };
}
