// An application as the board stores it (issue 15): what the advice stands on, small enough for roamingSettings
// (a few hundred bytes), and one function, stageOf(), that rebuilds a Thread and its Findings from it and asks
// the advice's own decide() what to do on any day. No rule lives here: a stored record moves from "waiting until
// Nov 24" to "follow up today" on Nov 24 because decide() says so, exactly as the pane would.
import type {
  Address,
  Analysis,
  Evidence,
  Findings,
  InterviewFinding,
  IsoDate,
  IsoDateTime,
  Message,
  Outcome,
  Overrides,
  Recommendation,
  Thread,
} from '../types';
import { askedSentence, decide, isAcknowledgement, type Decision } from '../advice';
import { draftFacts } from '../drafts';
import { dateInZone, epochMs, timeInZone } from '../time';

export const RECORD_VERSION = 1;

/** The most messages a record keeps (the newest): older ones no longer change what the advice says. */
export const MAX_RECORD_MESSAGES = 24;
/** Longest text kept for one field (a subject, a company, a phrase, an employer's question). */
export const MAX_FIELD_CHARS = 160;

/**
 * One message as decide() reads it: who wrote (`c` candidate, `e` employer), when (epoch minutes), whether it
 * was an automatic reply, and the only words the rules read: an employer's question (rule 4) or a candidate's
 * short acknowledgement (not a follow-up). `[who, minutes, automatic, words]`.
 */
export type StoredMessage = readonly [
  who: 'c' | 'e',
  at: number | null,
  automatic: 0 | 1,
  words: string,
  /** The sender's first name, as the reasons name them ("Megan wrote on 11 November"). */
  author: string,
];
/** An interview: start and end (epoch minutes), whether a clock time was stated, its message and sentence. */
export type StoredInterview = readonly [
  start: number,
  end: number,
  timed: 0 | 1,
  message: number,
  text: string,
];
/** A dated finding (timeline, no-contact-before): its day, its words, its message. */
export type StoredDated = readonly [by: IsoDate, phrase: string, message: number];

/** What the user did with a row by hand. */
export type RowStatus = 'open' | 'closed';

export interface ApplicationRecord {
  readonly v: typeof RECORD_VERSION;
  /** The conversation id where the host has one, else a key made from the thread. */
  readonly key: string;
  readonly company: string | null;
  readonly role: string | null;
  readonly contact: Address | null;
  readonly subject: string;
  readonly conversationId: string | null;
  /** The newest item of the thread as the host gave it (Outlook: EWS or REST format), to open it again. */
  readonly itemId: string | null;
  readonly messages: readonly StoredMessage[];
  /** How many messages the thread had (the record keeps the newest MAX_RECORD_MESSAGES). */
  readonly total: number;
  readonly interviews: readonly StoredInterview[];
  readonly timelines: readonly StoredDated[];
  readonly noContactBefore: readonly StoredDated[];
  /** The message of the no-calls policy, or null. */
  readonly noCalls: number | null;
  readonly outcome: readonly [outcome: Outcome, phrase: string, message: number] | null;
  /** When the thread was last analysed (epoch minutes): the row's freshness, and eviction's age. */
  readonly seen: number;
  readonly status: RowStatus;
  /** When the user marked it closed (epoch minutes). */
  readonly closedAt?: number;
}

export interface RecordMeta {
  readonly conversationId?: string | null;
  readonly itemId?: string | null;
  /** The instant of the analysis. */
  readonly now: IsoDateTime;
}

const cut = (text: string, max = MAX_FIELD_CHARS): string =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`;

const minutesOf = (iso: IsoDateTime | null): number | null => {
  const ms = iso === null ? null : epochMs(iso);
  return ms === null ? null : Math.floor(ms / 60_000);
};

/** The first word of the sender's display name (what the reasons cite), else nothing. */
function authorName(m: Message): string {
  const name = m.from?.name?.replace(/"/g, '').trim() ?? '';
  const first = (name.includes(',') ? (name.split(',')[1] ?? name) : name).trim().split(/\s+/)[0] ?? '';
  return first.slice(0, 40);
}

const isoOfMinutes = (minutes: number): IsoDateTime => new Date(minutes * 60_000).toISOString();

/** What a stored acknowledgement reads as (isAcknowledgement('Thanks.') is true, as it was for the original). */
const ACK = 'Thanks.';

/** The words of a message the rules read, and nothing else (the record holds no mail text beyond them). */
function wordsOf(m: Message, candidate: string | null): string {
  if (m.role === 'employer') return cut(askedSentence(m, candidate)?.text ?? '', 120);
  // The rules ask of a candidate's message only whether it is an acknowledgement: one word says so.
  return isAcknowledgement(m.text) ? ACK : '';
}

// "Initech Careers", "Globex Talent Team", "Umbrella Labs Recruiting": a hiring platform's sender name.
const TEAM_NAME =
  /^(.{2,60}?)\s+(?:careers|jobs|recruiting|recruitment|talent(?: acquisition)?(?: team)?|hiring(?: team)?|hr|people(?: team)?)$/i;

/**
 * The employer where the thread's facts name none: the display name of a hiring team's sender (a Workday or
 * Lever no-reply that writes "Initech Careers" in From).
 */
export function companyFromTeamName(messages: readonly Message[]): string | null {
  for (const m of [...messages].reverse()) {
    if (m.role !== 'employer') continue;
    const hit = TEAM_NAME.exec(m.from?.name?.replace(/"/g, '').trim() ?? '');
    if (hit?.[1] !== undefined && !/^(?:the|our|your)$/i.test(hit[1])) return hit[1].replace(/^the\s+/i, '');
  }
  return null;
}

/** A stable key for a thread with no conversation id: its normalised subject and employer. */
export function threadKey(subject: string, contact: string | null): string {
  const s = subject.toLowerCase().replace(/\s+/g, ' ').trim();
  return `s:${cut(s, 80)}|${contact ?? ''}`;
}

/**
 * An analysed thread -> the record the board keeps. Messages beyond the newest MAX_RECORD_MESSAGES are dropped,
 * with the findings that point at them renumbered (or kept without their message).
 * @example toRecord(analysis, { now, conversationId: 'AAQk…' }).key === 'AAQk…'
 */
export function toRecord(analysis: Analysis, meta: RecordMeta): ApplicationRecord {
  const thread: Thread = { messages: analysis.messages, candidate: analysis.candidate, warnings: [] };
  const facts = draftFacts(thread, { interview: analysis.interview, tz: analysis.tz });
  const all = analysis.messages;
  const first = Math.max(0, all.length - MAX_RECORD_MESSAGES);
  const at = (e: Evidence): number => (e.message >= first ? e.message - first : -1);
  const f = analysis.findings;
  const lastNoCalls = f.noCalls[f.noCalls.length - 1];
  const lastOutcome = f.outcomes[f.outcomes.length - 1];
  const subject = cut(facts.subject ?? all[all.length - 1]?.subject ?? '');
  const contact = facts.contact?.address ?? null;
  const conversationId = meta.conversationId ?? null;
  return {
    v: RECORD_VERSION,
    key: conversationId ?? threadKey(subject, contact?.address ?? null),
    company: ((c) => (c === null ? null : cut(c)))(facts.company ?? companyFromTeamName(all)),
    role: facts.role === null ? null : cut(facts.role),
    contact:
      contact === null
        ? null
        : { name: contact.name ?? facts.contact?.name ?? null, address: contact.address },
    subject,
    conversationId,
    itemId: meta.itemId ?? null,
    messages: all
      .slice(first)
      .map((m): StoredMessage => [
        m.role === 'candidate' ? 'c' : 'e',
        minutesOf(m.sentAt),
        m.automatic ? 1 : 0,
        wordsOf(m, analysis.candidate),
        authorName(m),
      ]),
    total: all.length,
    interviews: f.interviews.flatMap((i): StoredInterview[] => {
      const start = minutesOf(i.start);
      const end = minutesOf(i.end);
      return start === null
        ? []
        : [[start, end ?? start + 60, i.time === null ? 0 : 1, at(i.evidence), cut(i.evidence.text, 80)]];
    }),
    timelines: f.timelines.map((t): StoredDated => [t.by, cut(t.phrase), at(t.evidence)]),
    noContactBefore: f.noContactBefore.map((n): StoredDated => [n.by, cut(n.phrase), at(n.evidence)]),
    noCalls: lastNoCalls === undefined ? null : at(lastNoCalls.evidence),
    outcome:
      lastOutcome === undefined
        ? null
        : [lastOutcome.outcome, cut(lastOutcome.phrase), at(lastOutcome.evidence)],
    seen: minutesOf(meta.now) ?? 0,
    status: 'open',
  };
}

function evidence(message: number, text: string, detector: string): Evidence {
  return { message, text, index: 0, detector };
}

/** The Thread decide() reads, rebuilt from a record: roles, times, automatic replies and the words rules read. */
export function recordThread(record: ApplicationRecord): Thread {
  const messages = record.messages.map(([who, at, automatic, words, author], index): Message => ({
    index,
    from: author === '' ? null : { name: author, address: '' },
    to: [],
    cc: [],
    sentAt: at === null ? null : isoOfMinutes(at),
    sentAtZoneStated: true,
    subject: record.subject,
    text: words,
    signature: null,
    quoted: false,
    role: who === 'c' ? 'candidate' : 'employer',
    automatic: automatic === 1,
    calendar: [],
  }));
  return { messages, candidate: null, warnings: [] };
}

/** The Findings decide() reads, rebuilt in the zone the board is shown in. */
export function recordFindings(record: ApplicationRecord, tz: string): Findings {
  const interviews = record.interviews.map(([start, end, timed, message, text]): InterviewFinding => {
    const startIso = isoOfMinutes(start);
    return {
      kind: 'interview',
      start: startIso,
      end: isoOfMinutes(end),
      date: dateInZone(start * 60_000, tz),
      time: timed === 1 ? timeInZone(start * 60_000, tz) : null,
      certainty: 'stated',
      evidence: evidence(message, text, 'stored'),
    };
  });
  return {
    interviews,
    timelines: record.timelines.map(([by, phrase, message]) => ({
      kind: 'response-by',
      by,
      phrase,
      fuzzy: false,
      evidence: evidence(message, phrase, 'stored'),
    })),
    noContactBefore: record.noContactBefore.map(([by, phrase, message]) => ({
      kind: 'no-contact-before',
      by,
      phrase,
      evidence: evidence(message, phrase, 'stored'),
    })),
    noCalls:
      record.noCalls === null
        ? []
        : [{ kind: 'no-calls', phrase: '', evidence: evidence(record.noCalls, '', 'stored') }],
    outcomes:
      record.outcome === null
        ? []
        : [
            {
              kind: 'outcome',
              outcome: record.outcome[0],
              phrase: record.outcome[1],
              evidence: evidence(record.outcome[2], record.outcome[1], 'stored'),
            },
          ],
  };
}

export interface StageOptions {
  readonly now: IsoDateTime;
  /** A resolved IANA zone. */
  readonly tz: string;
  readonly overrides?: Overrides;
  readonly holidays?: 'none' | 'US' | 'UK';
}

/**
 * The stage of a stored application on `now`: the advice's decide() over the stored skeleton, so the board and
 * the pane can never disagree. Never throws on a record that decodes (a `now` that is no instant is a
 * programmer error, as for analyze()).
 * @example stageOf(record, { now: '2026-11-24T09:00:00-05:00', tz: 'America/New_York' }).recommendation.action
 */
export function stageOf(record: ApplicationRecord, options: StageOptions): Decision {
  return decide(recordThread(record), recordFindings(record, options.tz), {
    now: options.now,
    tz: options.tz,
    application: true,
    ...(options.overrides !== undefined ? { overrides: options.overrides } : {}),
    ...(options.holidays !== undefined ? { holidays: options.holidays } : {}),
  });
}

/** The offer's answer-by date where the advice gives one (ADVICE.md second edition: `respondBy`). */
export function respondByOf(rec: Recommendation): IsoDate | null {
  const value = (rec as { readonly respondBy?: unknown }).respondBy;
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
}
