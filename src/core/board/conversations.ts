// A mailbox's messages -> conversations (CLI.md `board`). First the headers: Message-ID, In-Reply-To and
// References link replies and forwards. Then what a person would see: a thank-you written as a new message, a
// second round under a new subject, an agency's mail about its client's role, an ATS no-reply naming the
// company only in its text. Two groups join when they share an employer (its company as the thread's facts
// name it, an address, its domain or its tenant on a hiring platform, or one group naming the other's company in
// its text) AND they share the normalised subject or the role (named by both, or by one in the other's text).
import type { Message, Thread } from '../types';
import { draftFacts, employerLabel, stripSubjectPrefixes } from '../drafts';
import { isDigest } from './applications';
import type { MailSummary } from './summary';

export interface GroupOptions {
  /** The mailbox owner's address; else the address found in the most messages. */
  readonly me?: string;
}

/** A bucket (one subject, one role) larger than this is compared with its first members only. */
const MAX_BUCKET = 400;

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root] ?? root;
    // Path compression keeps 50,000 messages linear.
    let at = i;
    while (this.parent[at] !== root) {
      const next = this.parent[at] ?? root;
      this.parent[at] = root;
      at = next;
    }
    return root;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** The address found in the most messages (From, To or Cc): in a person's export, the person. */
export function mailboxOwner(messages: readonly MailSummary[]): string | null {
  const counts = new Map<string, number>();
  for (const m of messages) {
    const seen = new Set([m.from, ...m.to, ...m.cc].map((a) => a?.address ?? '').filter((a) => a !== ''));
    for (const a of seen) counts.set(a, (counts.get(a) ?? 0) + 1);
  }
  let best: string | null = null;
  let most = 0;
  for (const [a, n] of counts) if (n > most) [best, most] = [a, n];
  return best;
}

/** "Contoso Ltd." -> "contoso"; "Lumière Conseil SAS" -> "lumiere conseil". */
export function companyKey(name: string | null): string | null {
  if (name === null) return null;
  const key = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(
      /\b(?:inc|ltd|llc|llp|gmbh|ag|sa|sas|sarl|sl|plc|corp|corporation|co|company|group|bv|nv|ab|oy|as|pty|srl|spa)\b/g,
      ' ',
    )
    .replace(/\s+/g, ' ')
    .trim();
  return key.length >= 2 ? key : null;
}

/** The subject two messages of one conversation share: no Re:/Fwd:, no case, no punctuation. */
export function subjectKey(subject: string): string {
  return stripSubjectPrefixes(stripSubjectPrefixes(subject))
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

interface Group {
  readonly members: number[];
  readonly subjects: ReadonlySet<string>;
  readonly role: string | null;
  readonly company: string | null;
  readonly addresses: ReadonlySet<string>;
  /**
   * The employer's label in each domain but the candidate's: jana.hartmann@spreewald-mode.de and
   * jobs@spreewald-mode.jobs.personio.de are both "spreewald-mode" (board2).
   */
  readonly domains: ReadonlySet<string>;
  /** A digest or list mail: it joins its own thread by headers, never another by what it names. */
  readonly digest: boolean;
  /** The group's text, lower-cased and unaccented, for "our client Contoso". */
  readonly text: string;
}

function asMessage(m: MailSummary, index: number, me: string | null): Message {
  return {
    index,
    from: m.from,
    to: m.to,
    cc: m.cc,
    sentAt: m.sentAt,
    sentAtZoneStated: true,
    subject: m.subject,
    text: m.text,
    signature: null,
    quoted: false,
    role: m.from !== null && m.from.address === me ? 'candidate' : 'employer',
    automatic: false,
    calendar: [],
  };
}

/**
 * A sender that speaks for many employers (no-reply@greenhouse.io, notifications@…): sharing it says nothing
 * about being the same employer.
 */
const SHARED_SENDER =
  /^(?:no-?reply|do-?not-?reply|donotreply|notifications?|alerts?|mailer|bounce|postmaster)\b/i;

function groupOf(members: number[], all: readonly MailSummary[], me: string | null): Group {
  const msgs = members.map((i, k) => asMessage(all[i] as MailSummary, k, me));
  const thread: Thread = { messages: msgs, candidate: me, warnings: [] };
  const facts = draftFacts(thread, { interview: null, tz: 'UTC' });
  const addresses = new Set<string>();
  for (const m of msgs)
    for (const a of [m.from, ...m.to, ...m.cc])
      if (a && a.address !== '' && a.address !== me && !SHARED_SENDER.test(a.address))
        addresses.add(a.address);
  const mine = me?.split('@')[1] ?? null;
  const domains = new Set<string>();
  for (const a of addresses) {
    const domain = a.split('@')[1] ?? '';
    const label = domain === mine ? null : employerLabel(domain);
    if (label !== null) domains.add(label);
  }
  return {
    members,
    domains,
    subjects: new Set(msgs.map((m) => subjectKey(m.subject)).filter((s) => s !== '')),
    role: facts.role === null ? null : facts.role.toLowerCase(),
    company: companyKey(facts.company),
    addresses,
    digest: isDigest(members.map((i) => all[i] as MailSummary)),
    text: ` ${msgs
      .map((m) => `${m.subject} ${m.text}`)
      .join(' ')
      .slice(0, 20_000)
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')} `,
  };
}

const mentions = (text: string, words: string | null): boolean =>
  words !== null && words.length >= 3 && text.includes(` ${words} `);

/** The same application: a subject in common, the same role, or the role of one named in the other's text. */
function sameApplication(a: Group, b: Group): boolean {
  if (a.digest || b.digest) return false;
  for (const x of a.subjects) if (b.subjects.has(x)) return true;
  if (a.role !== null && a.role === b.role) return true;
  return mentions(b.text, a.role) || mentions(a.text, b.role);
}

/**
 * Pairs of groups about one employer: the same company or an address in common (buckets), or one naming the
 * other's company in its text ("our client Litware"), found through the company's first word.
 */
function employerPairs(groups: readonly Group[]): Iterable<readonly [number, number]> {
  const buckets = new Map<string, number[]>();
  const add = (key: string, gi: number): void => {
    const list = buckets.get(key) ?? [];
    if (list.length < MAX_BUCKET) list.push(gi);
    buckets.set(key, list);
  };
  groups.forEach((g, gi) => {
    if (g.company !== null) add(`c:${g.company}`, gi);
    for (const a of g.addresses) add(`a:${a}`, gi);
    for (const d of g.domains) add(`d:${d}`, gi);
  });
  const firstWords = new Map<string, number[]>();
  groups.forEach((g, gi) => {
    const first = g.company?.split(' ')[0];
    if (first !== undefined && first.length >= 3)
      firstWords.set(first, [...(firstWords.get(first) ?? []), gi]);
  });
  const pairs: [number, number][] = [];
  for (const list of buckets.values())
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) pairs.push([list[x] as number, list[y] as number]);
  groups.forEach((g, gi) => {
    const seen = new Set<number>();
    for (const word of g.text.split(' ')) {
      for (const other of firstWords.get(word) ?? []) {
        if (other === gi || seen.has(other) || seen.size >= MAX_BUCKET) continue;
        seen.add(other);
        if (mentions(g.text, groups[other]?.company ?? null)) pairs.push([gi, other]);
      }
    }
  });
  return pairs;
}

/**
 * A group that names no role ("Merci pour l'entretien", "Thank you!") written with a person who is in exactly one
 * application that names one: the thank-you of that application (board4). With that person in two applications
 * it stays apart, as no reader could say which.
 */
function roleOfTheOnlyOther(groups: readonly Group[]): Iterable<readonly [number, number]> {
  const byAddress = new Map<string, number[]>();
  groups.forEach((g, gi) => {
    if (g.digest || g.role === null) return;
    for (const a of g.addresses) {
      const list = byAddress.get(a) ?? [];
      if (list.length < MAX_BUCKET) list.push(gi);
      byAddress.set(a, list);
    }
  });
  const pairs: [number, number][] = [];
  groups.forEach((g, gi) => {
    if (g.digest || g.role !== null) return;
    const others = new Set<number>();
    for (const a of g.addresses) for (const other of byAddress.get(a) ?? []) others.add(other);
    const [only] = others;
    if (others.size === 1 && only !== undefined) pairs.push([gi, only]);
  });
  return pairs;
}

function linkedById(messages: readonly MailSummary[]): UnionFind {
  const uf = new UnionFind(messages.length);
  const byId = new Map<string, number>();
  const claim = (id: string, i: number): void => {
    const seen = byId.get(id);
    if (seen === undefined) byId.set(id, i);
    else uf.union(seen, i);
  };
  messages.forEach((m, i) => {
    if (m.messageId !== null) claim(m.messageId, i);
    // A reference to a message not in the export still joins the messages that cite it.
    for (const ref of m.refs) claim(ref, i);
  });
  return uf;
}

/**
 * Groups a mailbox's messages into conversations: arrays of indices into `messages`, each oldest first, the
 * conversations in the order of their first message. Never throws.
 * @example groupConversations([interview, reply, thankYouAsNewMessage]) // [[0, 1, 2]]
 */
export function groupConversations(messages: readonly MailSummary[], options: GroupOptions = {}): number[][] {
  const me = options.me?.toLowerCase() ?? mailboxOwner(messages);
  const uf = linkedById(messages);
  const components = new Map<number, number[]>();
  messages.forEach((_, i) => {
    const root = uf.find(i);
    const list = components.get(root);
    if (list === undefined) components.set(root, [i]);
    else list.push(i);
  });
  const groups = [...components.values()].map((members) => groupOf(members, messages, me));
  // Second pass over the groups: one employer (pairs), then one application.
  const joined = new UnionFind(groups.length);
  for (const [a, b] of employerPairs(groups))
    if (joined.find(a) !== joined.find(b) && sameApplication(groups[a] as Group, groups[b] as Group))
      joined.union(a, b);
  for (const [a, b] of roleOfTheOnlyOther(groups)) if (joined.find(a) !== joined.find(b)) joined.union(a, b);
  const merged = new Map<number, number[]>();
  groups.forEach((g, gi) => {
    const root = joined.find(gi);
    merged.set(root, [...(merged.get(root) ?? []), ...g.members]);
  });
  const time = (i: number): number => {
    const at = messages[i]?.sentAt;
    const ms = at ? Date.parse(at) : NaN;
    return Number.isNaN(ms) ? Number.POSITIVE_INFINITY : ms;
  };
  return [...merged.values()]
    .map((members) => members.sort((a, b) => time(a) - time(b) || a - b))
    .sort((a, b) => time(a[0] ?? 0) - time(b[0] ?? 0) || (a[0] ?? 0) - (b[0] ?? 0));
}
