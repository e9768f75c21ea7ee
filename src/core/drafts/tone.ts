// The tone check (ADVICE.md "Drafts", the article's "Risks of following up"): it flags what reads as pushy,
// demanding, desperate, guilt-tripping or shouting, "just checking in" filler, and length over the kind's limit.
// It runs on any text: the generated drafts and whatever the user edits them into.
import type { Address, DraftKind, Thread } from '../types';
import { NAME_RUN } from './company';
import { openingLine } from './names';
import type { DraftFacts } from './threadFacts';
import { DRAFT_LIMITS, wordCount } from './renderDraft';

export type ToneIssue =
  | 'pushy'
  | 'demanding'
  | 'desperate'
  | 'guilt-tripping'
  | 'shouting'
  | 'filler'
  | 'over-length'
  /** The greeting names someone other than the recipient ("Hi Ren," to Renée). */
  | 'wrong-name'
  /** A company or role the draft names appears nowhere in the thread. */
  | 'not-in-thread';

/**
 * What a reader knows and the text alone does not (issue 11): how the recipient may be greeted, and the thread's
 * own words, so the check can flag a greeting or a company that does not belong.
 */
export interface ToneContext {
  /** Names the recipient may be greeted by: "Renée", "Renée Dubois", "Dr. Obi", "Rob". Empty: anyone. */
  readonly names?: readonly string[];
  /** Every word of the thread (texts, signatures, subjects, display names). */
  readonly thread?: string;
}

export interface ToneFinding {
  readonly issue: ToneIssue;
  /** Why it reads badly, for the user. */
  readonly reason: string;
  /** The flagged text: [start, end) offsets into the checked text. */
  readonly span: { readonly start: number; readonly end: number };
  readonly text: string;
  readonly suggestion: string;
}

interface Rule {
  readonly issue: ToneIssue;
  readonly pattern: RegExp;
  readonly reason: string;
  readonly suggestion: string;
}

// Each pattern with a line it flags. Patterns are linear (no nested quantifiers) and global, for matchAll.
const RULES: readonly Rule[] = [
  {
    // "Please reply ASAP", "as soon as possible"
    issue: 'pushy',
    pattern: /\b(?:ASAP|as soon as possible|right away|immediately|urgent(?:ly)?|without delay)\b/gi,
    reason: 'Urgency reads as pushy: the employer sets the pace.',
    suggestion: 'Drop the urgency: "I would appreciate any update you can share."',
  },
  {
    // "I need an answer by Friday", "I expect a decision", "you must let me know"
    issue: 'demanding',
    pattern:
      /\b(?:I need (?:an answer|a decision|to know|a response|an update)|I expect(?: a| an| to)?|you (?:must|need to|have to|should) (?:reply|respond|let me know|get back|tell|decide|answer)|I demand|I insist|let me know by (?:today|tomorrow|end of day|EOD|\w+day)|give me an answer)\b/gi,
    reason: 'This demands an answer instead of asking for one.',
    suggestion: 'Ask instead: "Could you let me know if there is any update?"',
  },
  {
    // "I really need this job", "I'm desperate", "I'll do anything", "please, please"
    issue: 'desperate',
    pattern:
      /\b(?:I (?:really |truly |badly )?need this (?:job|role|position)|desperate(?:ly)?|I(?:'ll| will) do anything|begging|beg you|please,? please|any job|my last hope|I can't afford to (?:lose|miss))\b/gi,
    reason: 'This reads as desperate rather than interested.',
    suggestion: 'Restate your interest and fit: "I remain very interested in the role."',
  },
  {
    // "you never replied", "I haven't heard anything from you", "still waiting", "as I said in my last email"
    issue: 'guilt-tripping',
    pattern:
      /\b(?:you (?:never|still haven't|haven't|have not|did not|didn't) (?:replied|reply|responded|respond|answered|answer|gotten back|got back|called|written|wrote)|(?:I(?:'ve| have) )?(?:still )?(?:been )?waiting (?:for weeks|for days|forever|all this time)|I(?:'m| am) still waiting|no one (?:has )?(?:replied|responded|got back|gotten back)|(?:you )?(?:ignored|ignoring) (?:me|my)|as I (?:said|mentioned|wrote) (?:before|in my (?:last|previous) (?:email|message))|you promised|it has been (?:weeks|ages|forever)|I (?:still )?(?:haven't|have not) heard (?:anything|a thing|back) from you|I (?:will not|won't) (?:bother you|trouble you|write again|contact you again|reach out again)|I (?:assume|take it) (?:that )?(?:you|the team|your team) (?:have|has) (?:moved on|chosen|decided|gone))\b/gi,
    reason: 'Blame makes the reader defensive.',
    suggestion: 'Leave out the wait: "I wanted to follow up on my application."',
  },
  {
    // "just checking in", "just following up", "touching base", "circling back", "bumping this"
    issue: 'filler',
    pattern:
      /\b(?:just (?:checking in|following up|wanted to (?:check in|follow up|touch base|circle back|see)|touching base|a (?:quick )?reminder)|touch(?:ing)? base|circling back|bumping (?:this|my)|any news yet)\b/gi,
    reason: '"Just checking in" filler says nothing: say what you are asking.',
    suggestion: 'Say what you ask: "Is there an update on the timeline for a decision?"',
  },
  {
    // "!!", "?!"
    issue: 'shouting',
    pattern: /(?<![!?])[!?]*![!?]+|\?!/g,
    reason: 'Several exclamation marks read as shouting.',
    suggestion: 'One full stop is enough.',
  },
];

// Acronyms that are not shouting when capitalised.
const ACRONYMS = new Set(
  'ASAP HR CEO CTO CFO COO CIO CMO VP SVP EVP UX UI QA IT AI ML API SQL AWS GCP IBM SAP USA UK EU NYC CV PDF PST EST CET GMT UTC PM AM EOD OK MBA PHD LLC LTD INC NASA KPMG NVIDIA BBC HSBC'.split(
    ' ',
  ),
);

// Two or more all-caps words in a row ("PLEASE RESPOND"), or one long all-caps word ("URGENT").
const CAPS_RUN = /\b[A-Z]{2,}(?:[\s,]+[A-Z]{2,})+\b|\b[A-Z]{5,}\b/g;

function shouting(text: string): readonly ToneFinding[] {
  const out: ToneFinding[] = [];
  for (const m of text.matchAll(CAPS_RUN)) {
    const words = m[0].split(/[\s,]+/);
    if (words.every((w) => ACRONYMS.has(w))) continue;
    const start = m.index;
    out.push({
      issue: 'shouting',
      reason: 'Capitals read as shouting.',
      span: { start, end: start + m[0].length },
      text: m[0],
      suggestion: 'Write it in sentence case.',
    });
  }
  return out;
}

/** Offset where the `n`-th word (0-based) starts, or the text's length. */
function wordOffset(text: string, n: number): number {
  let seen = 0;
  for (const m of text.matchAll(/\S+/g)) {
    if (!/[\p{L}\p{N}]/u.test(m[0])) continue;
    if (seen === n) return m.index;
    seen += 1;
  }
  return text.length;
}

function overLength(text: string, kind: DraftKind | undefined): readonly ToneFinding[] {
  if (kind === undefined) return [];
  const limit = DRAFT_LIMITS[kind];
  // The span covers what runs past the limit, so a host can mark exactly the words to cut.
  if (limit.words !== undefined) {
    const words = wordCount(text);
    if (words > limit.words) {
      const start = wordOffset(text, limit.words);
      return [
        {
          issue: 'over-length',
          reason: `${words} words: a ${kind} note should stay within ${limit.words}.`,
          span: { start, end: text.length },
          text: text.slice(start),
          suggestion: 'Keep to thanks, interest in the role and the question about status.',
        },
      ];
    }
  }
  if (limit.chars !== undefined && text.length > limit.chars) {
    return [
      {
        issue: 'over-length',
        reason: `${text.length} characters: LinkedIn notes stop at ${limit.chars}.`,
        span: { start: limit.chars, end: text.length },
        text: text.slice(limit.chars),
        suggestion: 'Shorten it to one thanks and one question.',
      },
    ];
  }
  return [];
}

// The name a greeting line names: "Hi Renée,", "Dear Dr. Obi,", "Hello Jean-Luc!", "Dear Hui Min,".
const GREETING_NAME =
  /^(?:hi|hello|hey|dear|good (?:morning|afternoon))\s+((?:(?:dr|prof|mr|mrs|ms)\.?\s+)?\p{L}[\p{L}\p{M}'’.-]*(?:\s\p{L}[\p{L}\p{M}'’.-]*){0,3})\s*[,!:]/iu;
// Words a greeting may name that are nobody: "Dear Hiring Team,", "Hello all,", "Hi there,".
const NOBODY = /^(?:hiring team|hiring manager|team|all|everyone|there|sir or madam|sir|madam)$/iu;

function wrongName(text: string, names: readonly string[] | undefined): readonly ToneFinding[] {
  if (names === undefined || names.length === 0) return [];
  const first = openingLine(text);
  const m = GREETING_NAME.exec(first);
  const named = m?.[1];
  if (named === undefined || NOBODY.test(named)) return [];
  // Exact as its owner writes it: "Renee" for "Renée" is a different name to its owner.
  const ok = names.some((n) => n === named || n.split(/\s+/u).includes(named));
  if (ok) return [];
  const start = text.indexOf(named);
  return [
    {
      issue: 'wrong-name',
      reason: `The greeting names "${named}", but the recipient is ${names[0] ?? 'someone else'}.`,
      span: { start, end: start + named.length },
      text: named,
      suggestion: `Greet them as they sign: "${names[0] ?? ''}".`,
    },
  ];
}

/** Letters and digits only, accents dropped, lower case: how a name is looked for in the thread. */
function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[^\p{L}\p{N}]|\p{M}/gu, '')
    .toLowerCase();
}

// Where a draft names a company or a role: "… at Contoso.", "joining Northwind Traders", "the Data Analyst position".
// A name run after "at", "joining", "about": read by the anchored NAME_RUN from where the lead ends.
const NAME_LEAD = /\b(?:at|joining|join|about) /gu;
// "the Data Analyst position", "the iOS Engineer role".
const ROLE_NAMED = /\bthe ((?:\p{Lu}|\p{Ll}{1,2}\p{Lu})[^.,;\n]{1,60}?) (?:position|role)\b/gu;

/** What the draft names after a lead: [offset in `text`, the words]. */
function namedRuns(text: string): readonly (readonly [number, string])[] {
  const out: (readonly [number, string])[] = [];
  for (const lead of text.matchAll(NAME_LEAD)) {
    const at = lead.index + lead[0].length;
    const run = NAME_RUN.exec(text.slice(at, at + 200))?.[0];
    if (run !== undefined) out.push([at, run]);
  }
  for (const m of text.matchAll(ROLE_NAMED)) out.push([m.index + m[0].indexOf(m[1] ?? ''), m[1] ?? '']);
  return out;
}

function notInThread(text: string, thread: string | undefined): readonly ToneFinding[] {
  if (thread === undefined) return [];
  const haystack = fold(thread);
  const out: ToneFinding[] = [];
  // The draft's own greeting and sign-off name people, not companies.
  const body = text.split('\n');
  const from = (body[0]?.length ?? 0) + 1;
  for (const [offset, found] of namedRuns(text.slice(from))) {
    const words = (found.split(/[.!?]\s/u)[0] ?? '').trim().split(' ');
    while (words.length > 1 && /^(?:&|and|of)$/u.test(words[words.length - 1] ?? '')) words.pop();
    const named = words.join(' ').replace(/[.’']$/u, '');
    if (
      named === '' ||
      /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/u.test(
        named,
      )
    )
      continue;
    if (haystack.includes(fold(named))) continue;
    const start = from + offset;
    out.push({
      issue: 'not-in-thread',
      reason: `"${named}" appears nowhere in the thread.`,
      span: { start, end: start + named.length },
      text: named,
      suggestion: 'Check the name against the mail, or leave it out.',
    });
  }
  return out;
}

/**
 * Flags what the article warns against, each with its span in `text` and a suggestion, and, given the context,
 * what a reader would: a greeting not matching the recipient, a company or role the thread never names.
 * Pure; never throws.
 * @example checkTone('Please reply ASAP!!').map((f) => f.issue) // ['pushy', 'shouting']
 * @example checkTone('Hi Ren,\n\nThanks.', 'thank-you', { names: ['Renée'] })[0]?.issue // 'wrong-name'
 */
export function checkTone(text: string, kind?: DraftKind, context: ToneContext = {}): readonly ToneFinding[] {
  const found: ToneFinding[] = [];
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.pattern)) {
      const start = m.index;
      found.push({
        issue: rule.issue,
        reason: rule.reason,
        span: { start, end: start + m[0].length },
        text: m[0],
        suggestion: rule.suggestion,
      });
    }
  }
  return [
    ...found,
    ...shouting(text),
    ...overLength(text, kind),
    ...wrongName(text, context.names),
    ...notInThread(text, context.thread),
  ].sort((a, b) => a.span.start - b.span.start);
}

/**
 * The context a reader has for a draft to `to`: the names that person may be greeted by (as the thread's facts
 * read them) and the thread's own words. Hosts pass it to checkTone with the text the user edits.
 * @example checkTone(draft.text, draft.kind, toneContextFor(thread, facts, draft.to))
 */
export function toneContextFor(thread: Thread, facts: DraftFacts, to: Address | null): ToneContext {
  const people = [...facts.interviewers, facts.contact, facts.arranger ?? null];
  const person = to === null ? undefined : people.find((p) => p?.address?.address === to.address);
  const names =
    person === undefined || person === null
      ? []
      : [
          person.first,
          person.name,
          ...(person.title && person.family ? [`${person.title} ${person.family}`] : []),
        ];
  const words = thread.messages
    .map((m) => [m.subject, m.from?.name ?? '', m.text, m.signature ?? ''].join('\n'))
    .join('\n');
  return { names, thread: words };
}
