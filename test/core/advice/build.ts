// Builders of Thread and Findings for the advice tables: the advice is tested on its own, over threads written
// by hand, so that its tables do not depend on the mail and extract areas.
import type {
  Evidence,
  Findings,
  InterviewFinding,
  Message,
  NoCallsFinding,
  NoContactBeforeFinding,
  OutcomeFinding,
  Thread,
  TimelineFinding,
} from '../../../src/core/types';

export const TZ = 'America/New_York';
export const ME = 'grace@example.com';
export const ADA = { name: 'Ada Lee', address: 'ada@contoso.com' };

export interface MessageSpec {
  readonly role: 'candidate' | 'employer';
  readonly at: string;
  readonly text: string;
  readonly automatic?: boolean;
  readonly from?: { name: string | null; address: string };
  readonly subject?: string;
  readonly signature?: string | null;
  readonly to?: readonly { name: string | null; address: string }[];
}

export function thread(specs: readonly MessageSpec[]): Thread {
  const messages: Message[] = specs.map((s, index) => ({
    index,
    from: s.from ?? (s.role === 'employer' ? ADA : { name: 'Grace Hopper', address: ME }),
    to: s.to ?? [],
    cc: [],
    sentAt: s.at,
    sentAtZoneStated: true,
    subject: s.subject ?? 'Re: Interview for the Data Analyst position',
    text: s.text,
    signature: s.signature ?? null,
    quoted: index < specs.length - 1,
    role: s.role,
    automatic: s.automatic ?? false,
    calendar: [],
  }));
  return { messages, candidate: ME, warnings: [] };
}

export function evidence(message: number, text: string, detector = 'test'): Evidence {
  return { message, text, index: 0, detector };
}

export function interview(
  message: number,
  start: string,
  end: string,
  text = 'Your interview is confirmed',
): InterviewFinding {
  return {
    kind: 'interview',
    start,
    end,
    date: start.slice(0, 10),
    time: start.slice(11, 16),
    certainty: 'stated',
    evidence: evidence(message, text, 'interview'),
  };
}

export function timeline(message: number, by: string, phrase: string): TimelineFinding {
  return { kind: 'response-by', by, phrase, fuzzy: false, evidence: evidence(message, phrase, 'timeline') };
}

export function noContact(message: number, by: string, phrase: string): NoContactBeforeFinding {
  return { kind: 'no-contact-before', by, phrase, evidence: evidence(message, phrase, 'no-contact') };
}

export function noCalls(message: number, phrase: string): NoCallsFinding {
  return { kind: 'no-calls', phrase, evidence: evidence(message, phrase, 'no-calls') };
}

export function outcome(message: number, o: 'rejected' | 'offer', phrase: string): OutcomeFinding {
  return { kind: 'outcome', outcome: o, phrase, evidence: evidence(message, phrase, 'outcome') };
}

export function findings(f: Partial<Findings>): Findings {
  return { interviews: [], timelines: [], noContactBefore: [], noCalls: [], outcomes: [], ...f };
}

/** Deep-freezes a value, so that a test fails if the code under test mutates its input (STYLE.md practice 7). */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Tuesday 10 November 2026, 14:00–15:00 New York time: the confirmation (message 0), its finding, the thank-you. */
export const CONFIRM: MessageSpec = {
  role: 'employer',
  at: '2026-11-03T09:00:00-05:00',
  text: 'Your interview is confirmed for Tuesday, November 10 at 2:00 PM.',
};
export const I = interview(0, '2026-11-10T14:00:00-05:00', '2026-11-10T15:00:00-05:00', CONFIRM.text);
export const THANKS: MessageSpec = {
  role: 'candidate',
  at: '2026-11-10T19:30:00-05:00',
  text: 'Thank you for taking the time to speak with me today about the Data Analyst position. I enjoyed our conversation.',
};
