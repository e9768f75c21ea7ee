// What a draft is filled from (ADVICE.md "Drafts"): the interviewer's name, the role, the company, the
// interview's day and the candidate's name, read from the thread once. Mail text is untrusted and may be
// anything: every reader here returns null rather than a guess that would read oddly in a letter.
import type { Address, InterviewFinding, IsoDate, Message, Thread } from '../types';
import { monthFirstZone } from '../time';

export interface Person {
  readonly name: string;
  readonly first: string;
  readonly address: Address | null;
}

export interface DraftFacts {
  /** The thread's subject without Re:/Fwd: prefixes, or null where it has none. */
  readonly subject: string | null;
  /** Who the thank-you thanks: every interviewer the thread names (a panel has several). */
  readonly interviewers: readonly Person[];
  /** Who a follow-up goes to: the employer side's latest human sender. */
  readonly contact: Person | null;
  readonly role: string | null;
  readonly company: string | null;
  readonly interviewDate: IsoDate | null;
  readonly candidateName: string | null;
  /** Chooses among wordings: a hash of the thread subject and the candidate. */
  readonly seedText: string;
  /** Dates as US readers write them ("Tuesday, November 10") rather than "Tuesday 10 November". */
  readonly usDates: boolean;
}

/** Reply and forward prefixes in the languages the mail area reads: "Re:", "RE:", "AW:", "SV:", "Fwd:", "TR:". */
const PREFIX =
  /^\s*(?:(?:re|aw|sv|vs|antw|antwort|ref|rif|r|fw|fwd|wg|tr|rv|enc|doorst)\s*(?:\[\d+\]\s*)?:\s*)+/i;

export function stripSubjectPrefixes(subject: string): string {
  return subject.replace(PREFIX, '').replace(/\s+/g, ' ').trim();
}

function threadSubject(messages: readonly Message[]): string | null {
  // An automatic reply's subject is the responder's ("Automatic reply: …", "Out of Office: …"), not the
  // thread's: a draft answering it would read "Re: Automatic reply: Data Engineer interview - checking in".
  // Some responders are not flagged automatic by the mail area: their subject gives them away.
  const people = messages.filter((m) => !m.automatic && !AUTO_SUBJECT.test(stripSubjectPrefixes(m.subject)));
  for (const list of [people, messages])
    for (let i = list.length - 1; i >= 0; i -= 1) {
      // Only a responder's subject left: the thread's is the one it quotes ("Automatic reply: Re: X" → "X").
      const s = stripSubjectPrefixes(stripSubjectPrefixes(list[i]?.subject ?? '').replace(AUTO_PREFIX, ''));
      if (s !== '') return s.slice(0, 200);
    }
  return null;
}

// The subject an automatic responder writes: "Automatic reply: …", "Out of Office: …", "Auto-Reply: …".
const AUTO_SUBJECT =
  /^(?:automatic reply|auto-?reply|autoreply|auto response|out of (?:the )?office|abwesenheitsnotiz|r[ée]ponse automatique|respuesta autom[áa]tica|undeliverable|delivery status notification)\b/i;
const AUTO_PREFIX =
  /^(?:automatic reply|auto-?reply|autoreply|auto response|out of (?:the )?office|abwesenheitsnotiz|r[ée]ponse automatique|respuesta autom[áa]tica)\s*:\s*/i;

// Words that look like names in "meet with X" but are not people.
const NOT_NAMES = new Set(
  (
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August ' +
    'September October November December Zoom Teams Microsoft Google Meet Webex Skype The Our Your You We Us Me ' +
    'Team Hiring Manager Recruiter Panel Interview Interviews Engineering Product Design Sales Marketing HR People ' +
    'Talent Acquisition Director Head Lead Senior Junior CEO CTO CFO COO VP Office Tomorrow Today Mr Mrs Ms Dr'
  ).split(' '),
);

// A name word: "Ada", "O'Neill", "McDonald", "Jean-Luc"; never all capitals ("HR", "CEO").
const NAME = /^[A-Z][A-Za-z'’-]*[a-z](?:\s+[A-Z][A-Za-z'’-]*[a-z]){0,2}$/;

function asName(raw: string): string | null {
  // "Ada Lee (Engineering Manager)", "Dr. Tom Ford in our Boston office": the leading capitalised words.
  const lead = /^[A-Z][A-Za-z'’-]*[a-z](?:\s+[A-Z][A-Za-z'’-]*[a-z]){0,2}/.exec(
    raw
      .replace(/\((?<!\([^\n\r\u2028\u2029()]*\()[^\n\r\u2028\u2029)]*\)/g, ' ')
      .replace(/^(?:Mr|Mrs|Ms|Dr)\.?\s+/, '')
      .trim(),
  )?.[0];
  if (lead === undefined) return null;
  const words = lead.split(/\s+/);
  // "Tom Ford Monday" → "Tom Ford": stop at the first word that is not a name.
  const cut = words.findIndex((w) => NOT_NAMES.has(w));
  const kept = cut < 0 ? words : words.slice(0, cut);
  return kept.length === 0 ? null : kept.join(' ');
}

// "You will meet with Ada Lee, Bo Chen and Cy Diaz", "your panel: Ada Lee (EM), Bo Chen", "interviewers are Ada and Bo"
const PANEL_LEAD =
  /\b(?:(?:meet|meeting|speak|speaking|talk|talking|chat|chatting|interview|interviewing)\s+with|(?:panel|interviewers?)(?:\s+(?:will\s+be|is|are|includes?|consists?\s+of))?(?:\s*:)?)\s+([^.!?\n]{2,200})/g;

/** The people an employer text names as interviewers, in the order written. */
export function namedInterviewers(text: string): readonly string[] {
  const found: string[] = [];
  for (const m of text.matchAll(PANEL_LEAD)) {
    const list = m[1] ?? '';
    // Split "Ada Lee (EM), Bo Chen, and Cy Diaz" into its names; drop what is not one.
    for (const piece of list.split(/,\s*(?:and\s+)?|(?<!\s)\s+and\s+|(?:(?<!\s)\s+)?&\s*|;\s*/)) {
      const name = asName(piece.trim());
      if (name !== null && !found.includes(name)) found.push(name);
    }
    if (found.length > 0) break;
  }
  return found.slice(0, 8);
}

function person(name: string, messages: readonly Message[]): Person {
  const first = name.split(/\s+/)[0] ?? name;
  const sender = messages.find((m) => m.role === 'employer' && senderPerson(m)?.first === first);
  return { name, first, address: sender?.from ?? null };
}

// A shared mailbox is no one to greet: "Careers", "Woodgrove Recruiting", "Talent Acquisition", "no-reply@…".
const MAILBOX_NAME =
  /\b(?:careers?|recruit(?:ing|ment|ers)|talent|hr|human resources|hiring|team|people|notifications?|no-?reply|do not reply|info|admin|support|staffing|acquisition|scheduling|calendar|applications?)\b/i;
const MAILBOX_LOCAL =
  /^(?:careers?|jobs?|hr|recruit(?:ing|ment)?|talent|hiring|people|no-?reply|do-?not-?reply|notifications?|info|admin|support|apply|applications?)(?:[._+-]|$)/i;

function senderPerson(m: Message | undefined): Person | null {
  if (m?.from && MAILBOX_LOCAL.test(m.from.address)) return null;
  const raw = m?.from?.name?.replace(/"|^'+|(?<!')'+$/g, '').trim() ?? '';
  // "Ada Lee (Talent Partner)" and "Ada Lee | Recruiting" are people: only the name itself is tested.
  const bare =
    raw
      .replace(/\((?<!\([^\n\r\u2028\u2029()]*\()[^\n\r\u2028\u2029)]*\)/g, ' ')
      .split(/(?<!\s)\s+[|–—-]\s+|(?:(?<!\s)\s+)?\|\s*/)[0] ?? raw;
  if (MAILBOX_NAME.test(bare)) return null;
  // "Lee, Ada" as Outlook writes it → "Ada Lee".
  const flipped = /^([^,]+),\s*([^,\s][^,]*|\s)$/.exec(raw);
  const name = flipped ? `${flipped[2]} ${flipped[1]}` : raw;
  const clean = asName(name) ?? (NAME.test(name) ? name : null);
  if (clean === null || m?.from === null || m?.from === undefined) return null;
  return { name: clean, first: clean.split(/\s+/)[0] ?? clean, address: m.from };
}

function latestHumanEmployer(messages: readonly Message[]): Message | undefined {
  return [...messages]
    .reverse()
    .find((m) => m.role === 'employer' && !m.automatic && senderPerson(m) !== null);
}

// Role titles: "for the Senior Data Analyst position", "Interview: Product Designer", "Application for X at Y".
const ROLE_IN_TEXT =
  /\b(?:for|about|as|of|to|in) (?:the |our |a |an )?((?:[A-Z][\w&+/.'-]*)(?:\s+(?:[A-Z][\w&+/.'-]*|of|and|&|-|–|I{1,3}|\d)){0,6})\s+(?:role|position|opening|vacancy|job)\b/;
const ROLE_IN_SUBJECT =
  /\b(?:interview(?:\s+(?:invitation|invite|confirmation|request|schedule|scheduling))?|application|applying|candidacy|role|position)\s*(?:for|:|-|–|—)\s*(?:the\s+)?([^,()|\n]+?)(?:\s+(?:role|position|opening))?(?:\s+(?:at|with|@)\s+([^,()|\n-]+?))?\s*(?:[(|,]|\s[-–—]\s|$)/i;
// "Product Designer interview - Northwind Traders", "Senior Backend Engineer interview", "Data Engineer phone screen"
const ROLE_BEFORE_INTERVIEW =
  /^(?:[^-–—:|]*[-–—:|]\s*)?([^-–—:|()]+?)\s+(?:interview|phone screen|screening call|position|role)\b(?:[^-–—|]*[-–—|]\s*([^-–—|()]+?))?\s*$/i;
// Words that open a subject or phrase which is not a role title ("Next steps", "Your interview").
const NOT_ROLE =
  /^(?:next steps?|update|your|our|the|a|an|with|interview|call|chat|availability|follow|thank you|thanks|invitation|confirmed|confirmation)\b/i;
// What a subject calls the round, never the role: "Second interview", "Final round", "Video interview".
const ROUND_ONLY =
  /^(?:(?:first|second|third|final|phone|telephone|telephonic|video|onsite|on-site|virtual|panel|technical|hr|round|stage|1st|2nd|3rd)\s*)+$/i;

function plausibleRole(text: string | undefined): string | null {
  const t = text?.replace(/\s+/g, ' ').trim();
  if (t === undefined || t.length < 2 || t.length > 60 || t.split(' ').length > 7) return null;
  if (NOT_ROLE.test(t) || ROUND_ONLY.test(t)) return null;
  return t;
}

// What a subject adds after the role that is no employer: "Store Manager role - checking in", "- new time".
const NOT_COMPANY =
  /^(?:checking in|check-in|follow(?:ing)?[- ]up|update|status|question|reminder|reschedul\w*|new (?:time|date)|next steps?|final round|thank you|thanks)\b/i;

/** A company named in a subject: written with a capital ("checking in" is none), and not the role again. */
function plausibleCompany(text: string | undefined, role: string | null): string | null {
  const t = plausibleRole(text);
  if (t === null || !/^[\p{Lu}\d]/u.test(t) || NOT_COMPANY.test(t)) return null;
  return role !== null && t.toLowerCase() === role.toLowerCase() ? null : t;
}

function roleAndCompanyFromSubject(subject: string | null): { role: string | null; company: string | null } {
  if (subject === null) return { role: null, company: null };
  // "Product Designer interview - Northwind Traders" first: read the other way, its "interview - X" would
  // make the company the role.
  const before = ROLE_BEFORE_INTERVIEW.exec(subject);
  const first = plausibleRole(before?.[1]);
  if (first !== null) return { role: first, company: plausibleCompany(before?.[2], first) };
  const m = ROLE_IN_SUBJECT.exec(subject);
  const role = plausibleRole(m?.[1]);
  if (role !== null) return { role, company: plausibleCompany(m?.[2], role) };
  return { role: roleBesideRound(subject), company: null };
}

// A trial the subject names after the role: "Sous Chef tryout".
const TRIAL = /(?<!\s)\s+(?:tryout|try-out|trial(?: shift)?|assessment(?: day)?)$/i;
// A title-case role: "Gameplay Engineer", "Head of Data", "Research & Development Engineer".
const TITLE_CASE = /^\p{Lu}[\p{L}\p{N}'’/.+-]*(?: (?:of|and|&|for|\p{Lu}[\p{L}\p{N}'’/.+-]*))*$/u;

/** "Gameplay Engineer - final round", "Sous Chef tryout - thank you": the role beside what is no role. */
function roleBesideRound(subject: string): string | null {
  const parts = subject.split(/\s[-–—|]\s/).map((p) => p.trim());
  if (parts.length !== 2) return null;
  for (const [i, part] of parts.entries()) {
    const other = parts[1 - i] ?? '';
    if (!ROUND_ONLY.test(other) && !NOT_COMPANY.test(other)) continue;
    const role = plausibleRole(part.replace(TRIAL, ''));
    if (role !== null && TITLE_CASE.test(role) && !ROUND_ONLY.test(role)) return role;
  }
  return null;
}

/** "for the Product Designer role" in the thread's text: the employer's words first, then the candidate's. */
function roleFromText(messages: readonly Message[], role: Message['role']): string | null {
  for (const m of messages) {
    if (m.role !== role) continue;
    const hit = ROLE_IN_TEXT.exec(m.text);
    const found = plausibleRole(hit?.[1]);
    if (found !== null) return found;
  }
  return null;
}

// Free mail and hiring platforms name no employer.
// Read from the end (`$`, then looking back) so a long domain is scanned once, not once per dot.
const NOT_COMPANY_DOMAINS =
  /$(?<=(?:^|\.)(?:gmail|googlemail|outlook|hotmail|live|msn|yahoo|ymail|icloud|me|mac|aol|proton|protonmail|pm|gmx|web|mail|yandex|zoho|fastmail|hey|greenhouse|greenhouse-mail|lever|hire|myworkday|workday|myworkdayjobs|smartrecruiters|icims|bamboohr|ashbyhq|jobvite|taleo|successfactors|recruitee|teamtailor|workable|breezy|jazzhr|indeed|linkedin|calendly|goodtime|example)\.[a-z.]+)/i;
const SECOND_LEVEL = /^(?:co|com|org|net|ac|gov|ltd|plc)$/i;
// A recruitment agency between the candidate and its client is not the company the candidate would join
// ("am still very enthusiastic about joining TalentBridge Partners" for a Contoso role): its domain names none.
// Matches the roots of talentbridgepartners.com, apexstaffing.com, hays-recruitment.co.uk, northsearch.com,
// kellypersonnel.com, bluehorizonresourcing.co.uk, the-headhunters.com; not a research lab's domain
// (redwoodresearch.org).
const AGENCY_DOMAIN = /staffing|recruit|talent|(?<!re)search|personnel|resourcing|headhunt/i;

function companyFromDomain(messages: readonly Message[]): string | null {
  const counts = new Map<string, number>();
  for (const m of messages) {
    const domain = m.role === 'employer' ? m.from?.address.split('@')[1] : undefined;
    if (domain === undefined || domain === '' || NOT_COMPANY_DOMAINS.test(domain)) continue;
    if (AGENCY_DOMAIN.test(domain.split('.').slice(0, -1).join('.'))) continue;
    const labels = domain.toLowerCase().split('.');
    const root =
      labels.length >= 3 && SECOND_LEVEL.test(labels[labels.length - 2] ?? '')
        ? labels[labels.length - 3]
        : labels[labels.length - 2];
    if (root === undefined || root.length < 2) continue;
    counts.set(root, (counts.get(root) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (best === undefined) return null;
  // Prefer the spelling the employer uses ("NorthWind", "Contoso", "Wide World Importers" for
  // wideworldimporters.com, "Lumière Conseil" for lumiere-conseil.fr), else capitalise the domain.
  const texts = messages
    .filter((m) => m.role === 'employer')
    .map((m) => `${m.text}\n${m.signature ?? ''}\n${m.subject}`);
  // A hyphenated domain neither written whole nor shortened from words the mail writes names the firm by its first
  // part: contoso-mfg.com is "Contoso", never "Contoso-mfg" (and "Contoso Manufacturing" where the mail says so).
  const head = best.includes('-') ? best.split('-')[0] : undefined;
  const headWritten = head !== undefined && head.length >= 3 ? writtenAs(texts, head) : null;
  return writtenAs(texts, best) ?? headWritten ?? best.charAt(0).toUpperCase() + best.slice(1);
}

/** Letters and digits only, accents dropped: "Lumière Conseil" → "lumiereconseil"; `and` spells "&" out. */
function squash(text: string, and = false): string {
  return text
    .normalize('NFD')
    .replace(/&/g, and ? 'and' : '')
    .replace(/[^A-Za-z0-9]/g, '')
    .toLowerCase();
}

/** The run of up to four capitalised words in `texts` that spells the domain `root`, as written. */
function writtenAs(texts: readonly string[], root: string): string | null {
  const target = squash(root);
  // "O'Neill & Partners" is oneillpartners.com, "Wattle & Daub" wattleanddaub.com; whole names before shortened.
  for (const whole of [true, false])
    for (const text of texts) {
      const found = spelling(text, target, whole);
      if (found !== null) return found;
    }
  return null;
}

/** The run of capitalised words in `text` that spells `target`: whole, or shortened at its end. */
function spelling(text: string, target: string, whole: boolean): string | null {
  // "O'Neill & Partners", "Bank of Contoso": connectors may sit between the capitalised words.
  const runs = text.match(/\p{Lu}[\p{L}\p{N}&'’-]*(?:[ \t]+(?:&|and|of|\p{Lu}[\p{L}\p{N}&'’-]*))*/gu) ?? [];
  for (const run of runs) {
    const words = run.split(/[ \t]+/);
    for (let i = 0; i < words.length; i += 1) {
      for (let j = i + 1; j <= Math.min(words.length, i + 4); j += 1) {
        const candidate = words.slice(i, j).join(' ');
        const spelt = squash(candidate);
        if (whole) {
          if (spelt === target || squash(candidate, true) === target) return candidate;
          continue;
        }
        if (spelt.length < 4 || !target.startsWith(spelt)) continue;
        // litwareinc.com is "Litware"; hudsonvalleycu.org "Hudson Valley Credit Union"; brightlinemfg.com
        // "Brightline Manufacturing": the domain ends in a legal form or shortens the words that follow.
        const tail = target.slice(spelt.length);
        if (LEGAL_FORM.test(tail)) return candidate;
        const next = words.slice(j, j + 4);
        for (let k = 1; k <= next.length; k += 1)
          if (abbreviates(tail, next.slice(0, k))) return [candidate, ...next.slice(0, k)].join(' ');
      }
    }
  }
  return null;
}

const LEGAL_FORM = /^(?:inc|llc|llp|ltd|corp|co|plc|gmbh|ag|sa|bv|pty|hq)$/;

/** "cu" for Credit Union (initials), "mfg" for Manufacturing (letters in order from the first). */
function abbreviates(tail: string, words: readonly string[]): boolean {
  const squashed = words.map((w) => squash(w));
  if (squashed.some((w) => w === '')) return false;
  if (squashed.length > 1) return tail === squashed.map((w) => w.charAt(0)).join('');
  const word = squashed[0] ?? '';
  if (tail.length < 2 || word.length <= tail.length || tail.charAt(0) !== word.charAt(0)) return false;
  let at = 0;
  for (const c of tail) {
    at = word.indexOf(c, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

function candidateName(
  messages: readonly Message[],
  candidate: string | null,
  myName: string | undefined,
): string | null {
  if (myName !== undefined && myName.trim() !== '') return myName.trim().slice(0, 80);
  const mine = messages.filter(
    (m) => m.role === 'candidate' && (candidate === null || m.from?.address === candidate),
  );
  for (const m of [...mine].reverse()) {
    const firstLine = m.signature
      ?.split('\n')
      .map((l) => l.trim())
      .find((l) => l !== '' && !/^[-–—_]+$/.test(l) && !/^(?:best|thanks|regards|cheers|sincerely)/i.test(l));
    if (firstLine !== undefined && NAME.test(firstLine)) return firstLine;
  }
  for (const m of [...mine].reverse()) {
    const p = senderPerson({ ...m, role: 'employer' });
    if (p !== null) return p.name;
  }
  // Nothing sent yet: the name the employer's mail is addressed to ("To: Diego Santos <diego.santos@…>").
  if (candidate === null) return null;
  for (const m of [...messages].reverse()) {
    const to = [...m.to, ...m.cc].find((a) => a.address === candidate && a.name);
    const p = to === undefined ? null : senderPerson({ ...m, from: to, role: 'employer' });
    if (p !== null) return p.name;
  }
  return null;
}

export interface FactsOptions {
  readonly interview: InterviewFinding | null;
  readonly myName?: string;
  readonly tz: string;
}

/** Reads what a draft needs from the thread. Never throws. */
export function draftFacts(thread: Thread, options: FactsOptions): DraftFacts {
  const messages = thread.messages;
  const subject = threadSubject(messages);
  const fromSubject = roleAndCompanyFromSubject(subject);
  const interviewMessage =
    options.interview === null ? undefined : messages[options.interview.evidence.message];
  const texts = [
    ...(interviewMessage === undefined ? [] : [interviewMessage]),
    ...messages.filter((m) => m.role === 'employer' && m !== interviewMessage),
  ];
  let named: readonly string[] = [];
  for (const m of texts) {
    named = namedInterviewers(m.text);
    if (named.length > 0) break;
  }
  const contactMessage = latestHumanEmployer(messages);
  const fallback =
    (interviewMessage?.role === 'employer' ? senderPerson(interviewMessage) : null) ??
    senderPerson(contactMessage);
  // The employer's own words name the role most reliably; a subject may be anything the candidate typed.
  const role = roleFromText(messages, 'employer') ?? fromSubject.role ?? roleFromText(messages, 'candidate');
  const interviewers =
    named.length > 0 ? named.map((n) => person(n, messages)) : fallback === null ? [] : [fallback];
  return {
    subject,
    interviewers,
    contact: senderPerson(contactMessage),
    role,
    company:
      (fromSubject.company !== null && fromSubject.company.toLowerCase() !== role?.toLowerCase()
        ? fromSubject.company
        : null) ?? companyFromDomain(messages),
    interviewDate: options.interview?.date ?? null,
    candidateName: candidateName(messages, thread.candidate, options.myName),
    seedText: `${subject ?? ''}|${thread.candidate ?? ''}`,
    usDates: monthFirstZone(options.tz),
  };
}
