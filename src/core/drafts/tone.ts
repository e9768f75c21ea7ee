// The tone check (ADVICE.md "Drafts", the article's "Risks of following up"): it flags what reads as pushy,
// demanding, desperate, guilt-tripping or shouting, "just checking in" filler, and length over the kind's limit.
// It runs on any text: the generated drafts and whatever the user edits them into.
import type { DraftKind } from '../types';
import { DRAFT_LIMITS, wordCount } from './renderDraft';

export type ToneIssue =
  'pushy' | 'demanding' | 'desperate' | 'guilt-tripping' | 'shouting' | 'filler' | 'over-length';

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

/**
 * Flags what the article warns against, each with its span in `text` and a suggestion. Pure; never throws.
 * @example checkTone('Please reply ASAP!!').map((f) => f.issue) // ['pushy', 'shouting']
 */
export function checkTone(text: string, kind?: DraftKind): readonly ToneFinding[] {
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
  return [...found, ...shouting(text), ...overLength(text, kind)].sort((a, b) => a.span.start - b.span.start);
}
