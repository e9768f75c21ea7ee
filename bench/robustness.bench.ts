// Hostile input, timed at 1, 2 and 4 MB: each kind must take about twice as long per doubling (linear
// time), never four times. Tests never time (STYLE.md practice 18); this prints the figures.
import { performance } from 'node:perf_hooks';
import { findInText } from '../src/core/extract';
import { parseThread } from '../src/core/mail';
import { readMime } from '../src/core/mail/mime';
import type { RawMessage } from '../src/core/types';

const MB = 1024 * 1024;

/** Repeats a line until the text reaches `bytes`. */
function fill(line: string, bytes: number): string {
  return line.repeat(Math.max(0, Math.ceil(bytes / line.length))).slice(0, Math.max(0, bytes));
}

function eml(body: string, headers = ''): string {
  return `From: Ada Lee <ada@contoso.com>\r\nTo: me@example.com\r\nSubject: Re: Interview\r\nDate: Tue, 10 Nov 2026 15:04:00 -0500\r\n${headers}\r\n${body}`;
}

/** Each kind of attack, as a RawMessage of about `bytes` bytes. */
export const ATTACKS: Readonly<Record<string, (bytes: number) => RawMessage>> = {
  '`>` lines': (b) => ({ kind: 'body', body: fill('>\n', b), bodyType: 'text' }),
  'nested `>` lines': (b) => ({
    kind: 'body',
    body: fill('> > > > > > > > > > > > > > > > > > > > quoted\n', b),
    bodyType: 'text',
  }),
  '"On … wrote:" lines': (b) => ({
    kind: 'body',
    body: fill('On Tue, Nov 10, 2026 at 3:04 PM Ada <ada@contoso.com> wrote:\n', b),
    bodyType: 'text',
  }),
  'From:/Sent: blocks': (b) => ({
    kind: 'body',
    body: fill(
      'From: Ada <ada@contoso.com>\nSent: Tuesday, November 10, 2026 3:04 PM\nSubject: x\n\ntext\n',
      b,
    ),
    bodyType: 'text',
  }),
  '100,000-deep `>` on one line': (b) => ({
    kind: 'body',
    body: '>'.repeat(100_000) + fill(' x', b - 100_000),
    bodyType: 'text',
  }),
  'one line, no newline': (b) => ({
    kind: 'body',
    body: fill('a '.repeat(20) + 'On 10/11/2026 ', b),
    bodyType: 'text',
  }),
  'spaces, then one letter': (b) => ({ kind: 'body', body: `${' '.repeat(b - 1)}x`, bodyType: 'text' }),
  '`<` run before one `>`': (b) => ({ kind: 'body', body: `${'<'.repeat(b - 1)}>`, bodyType: 'html' }),
  'NUL bytes': (b) => ({ kind: 'body', body: fill('\u0000\u0000hello\u0000>\n', b), bodyType: 'text' }),
  'unclosed HTML tags': (b) => ({ kind: 'body', body: fill('<div <blockquote <b ', b), bodyType: 'html' }),
  'nested blockquotes': (b) => ({ kind: 'body', body: fill('<blockquote>', b), bodyType: 'html' }),
  // The Yahoo shared-line attribution (quoteDetect.ts SHARED_LINE) on a colon and no-break spaces with no text
  // after them: exponential in the run of spaces before its fix, so even one such line never finished.
  'a colon, then 500 no-break spaces, on every line': (b) => ({
    kind: 'body',
    body: fill(`On Tue, Nov 10, 2026 at 3:04 PM, Ada wrote:${'\u00a0'.repeat(500)}\n`, b),
    bodyType: 'text',
  }),
  'Yahoo attributions sharing a line with text': (b) => ({
    kind: 'body',
    body: fill('On Tue, Nov 10, 2026 at 3:04 PM, Ada<ada@contoso.com> wrote:   Hi Sam,\n', b),
    bodyType: 'text',
  }),
  'a colon, then spaces, on every line': (b) => ({
    kind: 'body',
    body: fill(`Note:   ${'word '.repeat(150)}:\n`, b),
    bodyType: 'text',
  }),
  'closings, footers and legal lines': (b) => ({
    kind: 'body',
    body: fill(
      'Best regards,\nAda Lee\nContoso Ltd.\n\nThis email is confidential and intended solely for you.\nGet Outlook for Android\n',
      b,
    ),
    bodyType: 'text',
  }),
  'Word MsoNormal paragraphs': (b) => ({
    kind: 'body',
    body: fill('<p class=MsoNormal>Hallo<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>', b),
    bodyType: 'html',
  }),
  'broken base64 part': (b) => ({
    kind: 'mime',
    data: eml(
      fill('@@@!!!===', b),
      'Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n',
    ),
  }),
  'unknown charset, QP': (b) => ({
    kind: 'mime',
    data: eml(
      fill('caf=E9 =\r\n', b),
      'Content-Type: text/plain; charset=x-nonsense\r\nContent-Transfer-Encoding: quoted-printable\r\n',
    ),
  }),
};

/** recheck's attack string for one regex: `prefix + pump.repeat(n) + suffix`, of about `n` characters. */
function pumped(prefix: string, pump: string, suffix: string): (n: number) => string {
  return (n) => prefix + pump.repeat(Math.max(1, Math.round(n / pump.length))) + suffix;
}

interface RegexAttack {
  /** Where the regex is, and what it reads. */
  readonly where: string;
  /** As written before the ReDoS gate (test/core/redos.test.ts) flagged it. */
  readonly before: RegExp;
  /** As it is now; the same regex where the gate allows it (ALLOWED there). */
  readonly after: RegExp;
  readonly attack: (n: number) => string;
  /** Attack lengths: the pump count for FIELD_LINE and SHARED_LINE, whose old forms blow up much sooner. */
  readonly sizes?: readonly [number, number, number];
}

/**
 * Each regex the ReDoS gate flagged, on the attack string recheck produced for it, before and after the fix.
 * The default sizes end at MAX_TEXT_CHARS (20,000), the most text the extractor reads. A linear regex keeps its
 * time flat as the attack doubles; the old forms took four times as long per doubling (2nd degree), or worse.
 */
export const REGEX_ATTACKS: readonly RegexAttack[] = [
  {
    where: 'extract/classify.ts declined: "Previous time:" before a cancelled slot (issue 13)',
    before:
      /\b(?:previous|original|old|former|initial|cancell?ed)\s+(?:time|date|slot|interview\s+(?:time|date))\s*:?\s*$/i,
    after:
      /\b(?:previous|original|old|former|initial|cancell?ed)\s+(?:time|date|slot|interview\s+(?:time|date))\s*(?::\s*)?$/i,
    attack: pumped('OLD\tDATE\t', '\t', ':OLD\tTIME'),
  },
  {
    where: 'advice/_lib/phrasing.ts, drafts/threadFacts.ts: quotes around a display name',
    before: /"|^'+|'+$/g,
    after: /"|^'+|(?<!')'+$/g,
    attack: pumped('\x00', "'", '"'),
  },
  {
    where: 'advice/_lib/phrasing.ts: trailing punctuation of a quote',
    before: /[.,;:]+$/,
    after: /(?<![.,;:])[.,;:]+$/,
    attack: pumped('', ',', '\x00,'),
  },
  {
    where: 'advice/employerAsks.ts: "Are you available Thursday?"',
    before: /\b(?:are|do|did|have|is) you\b[^.?!\n]*\?/i,
    after: /\?(?<=\b(?:are|do|did|have|is) you\b[^.?!\n]*\?)/i,
    attack: pumped('A', ' DO YOU D', '\nDO YOU?'),
  },
  {
    where: 'drafts/threadFacts.ts: subject prefixes "Re: AW: [2]:"',
    before:
      /^\s*(?:(?:re|aw|sv|vs|antw|antwort|ref|rif|r|fw|fwd|wg|tr|rv|enc|doorst)\s*(?:\[\d+\])?\s*:\s*)+/i,
    after:
      /^\s*(?:(?:re|aw|sv|vs|antw|antwort|ref|rif|r|fw|fwd|wg|tr|rv|enc|doorst)\s*(?:\[\d+\]\s*)?:\s*)+/i,
    attack: pumped('R', '\t', 'WG:'),
  },
  {
    where: 'mail/thread.ts: subject prefixes "Re: Fwd:"',
    before: /^(?:\s*(?:re|aw|sv|vs|odp|fw|fwd|wg|tr|rv|enc|r)\s*(?:\[\d+\])?\s*:\s*)+/i,
    after: /^\s*(?:(?:re|aw|sv|vs|odp|fw|fwd|wg|tr|rv|enc|r)\s*(?:\[\d+\]\s*)?:\s*)+/i,
    attack: pumped('R', '\t', ''),
  },
  {
    where: 'drafts/threadFacts.ts: "(Engineering Manager)" after a name',
    before: /\(.*?\)/g,
    after: /\((?<!\([^\n\r\u2028\u2029()]*\()[^\n\r\u2028\u2029)]*\)/g,
    attack: pumped('', '(', '\n()'),
  },
  {
    where: 'drafts/threadFacts.ts: split "Ada Lee, Bo Chen and Cy Diaz"',
    before: /,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|;\s*/g,
    after: /,\s*(?:and\s+)?|(?<!\s)\s+and\s+|(?:(?<!\s)\s+)?&\s*|;\s*/g,
    attack: pumped('', '\t', '\t,'),
  },
  {
    where: 'drafts/threadFacts.ts: split "Ada Lee | Recruiting"',
    before: /\s+[|–—-]\s+|\s*\|\s*/g,
    after: /(?<!\s)\s+[|–—-]\s+|(?:(?<!\s)\s+)?\|\s*/g,
    attack: pumped('', '\t', '\t-|'),
  },
  {
    where: 'drafts/threadFacts.ts: "Lee, Ada" as Outlook writes it',
    before: /^([^,]+),\s*([^,]+)$/,
    after: /^([^,]+),\s*([^,\s][^,]*|\s)$/,
    attack: pumped('\t,', '\t', ','),
  },
  {
    where: 'drafts/threadFacts.ts PANEL_LEAD: "your panel: Ada Lee, Bo Chen"',
    before:
      /\b(?:(?:meet|meeting|speak|speaking|talk|talking|chat|chatting|interview|interviewing)\s+with|(?:panel|interviewers?)(?:\s+(?:will\s+be|is|are|includes?|consists?\s+of))?\s*:?)\s+([^.!?\n]{2,200})/g,
    after:
      /\b(?:(?:meet|meeting|speak|speaking|talk|talking|chat|chatting|interview|interviewing)\s+with|(?:panel|interviewers?)(?:\s+(?:will\s+be|is|are|includes?|consists?\s+of))?(?:\s*:)?)\s+([^.!?\n]{2,200})/g,
    attack: pumped('panel\n', '\t\n', 's'),
  },
  {
    where: 'drafts/threadFacts.ts NOT_COMPANY_DOMAINS: "greenhouse-mail.io"',
    before:
      /(?:^|\.)(?:gmail|googlemail|outlook|hotmail|live|msn|yahoo|ymail|icloud|me|mac|aol|proton|protonmail|pm|gmx|web|mail|yandex|zoho|fastmail|hey|greenhouse|greenhouse-mail|lever|hire|myworkday|workday|myworkdayjobs|smartrecruiters|icims|bamboohr|ashbyhq|jobvite|taleo|successfactors|recruitee|teamtailor|workable|breezy|jazzhr|indeed|linkedin|calendly|goodtime|example)\.[a-z.]+$/i,
    after:
      /$(?<=(?:^|\.)(?:gmail|googlemail|outlook|hotmail|live|msn|yahoo|ymail|icloud|me|mac|aol|proton|protonmail|pm|gmx|web|mail|yandex|zoho|fastmail|hey|greenhouse|greenhouse-mail|lever|hire|myworkday|workday|myworkdayjobs|smartrecruiters|icims|bamboohr|ashbyhq|jobvite|taleo|successfactors|recruitee|teamtailor|workable|breezy|jazzhr|indeed|linkedin|calendly|goodtime|example)\.[a-z.]+)/i,
    attack: pumped('.', 'SUCCESSFACTORS.', '\x00'),
  },
  {
    where: 'drafts/tone.ts: shouting "!!", "?!"',
    before: /[!?]*![!?]+|\?!/g,
    after: /(?<![!?])[!?]*![!?]+|\?!/g,
    attack: pumped('', '?', '?!'),
  },
  {
    where: 'extract/_lib/words.ts: "a couple of"',
    before: /\s+of$/,
    after: /(?<!\s)\s+of$/,
    attack: pumped('', '\t', 'o'),
  },
  {
    where: 'extract/classify.ts: ", at the very earliest"',
    before: /^\s*,?\s*at\s+the\s+(?:very\s+)?earliest\b/i,
    after: /^\s*(?:,\s*)?at\s+the\s+(?:very\s+)?earliest\b/i,
    attack: pumped('', '\t', '\tVERY\tEARLIEST'),
  },
  {
    where: 'extract/classify.ts: ", after which"',
    before: /^\s*,?\s*(?:after\s+which|after\s+that|following\s+which|thereafter)\b/i,
    after: /^\s*(?:,\s*)?(?:after\s+which|after\s+that|following\s+which|thereafter)\b/i,
    attack: pumped('', '\t', '\tTHAT'),
  },
  {
    where: 'extract/detectors/chronoDates.ts: "from Thursday to next Monday"',
    before: /\s+(?:to|until|till)\s+/i,
    after: /(?<!\s)\s+(?:to|until|till)\s+/i,
    attack: pumped('', '\t', '\tL\tTO\t'),
  },
  {
    where: 'extract/exprRefiners.ts: the sentence before a clock time',
    before: /[^.!?\n]*$/,
    after: /(?<![^.!?\n])[^.!?\n]*$/,
    attack: pumped('', '\x00', '\n'),
  },
  {
    where: 'extract/findingRefiners.ts: "ideally by Friday"',
    before: /\b(?:goal|target(?:ing)?|ideally|stretch|possibly|potentially|best\s+case)\b[^,.;]*$/i,
    after: /$(?<=\b(?:goal|target(?:ing)?|ideally|stretch|possibly|potentially|best\s+case)\b[^,.;]*)/i,
    attack: pumped('O', '\tGOAL\tG', ','),
  },
  {
    where: 'extract/findingRefiners.ts: "the time is unchanged ("',
    before: /\b(?:unchanged|the\s+same|still|remains?|stays?)\s*[(:,-]?\s*$/i,
    after: /$(?<=\b(?:unchanged|the\s+same|still|remains?|stays?)\s*(?:[(:,-]\s*)?)/i,
    attack: pumped('STAY\t', '\t', '\x00STAY'),
  },
  {
    where: 'extract/phrases/en.ts ZONE_WORDS, searched by chronoDates.ts: "central European summer time"',
    before:
      /(?:^|[\s(])(?:(?:cet|cest|central\s+european(?:\s+(?:summer\s+))?\s*time|paris\s+time|berlin\s+time)\b)/i,
    after:
      /(?:^|[\s(])(?:(?:cet|cest|central\s+european(?:\s+summer(?=\s))?\s*time|paris\s+time|berlin\s+time)\b)/i,
    attack: pumped('CENTRAL\tEUROPEAN\tSUMMER\t', '\t', '\tEUROPEANTIME'),
  },
  {
    where: 'extract/phrases/en.ts INTERVIEW_CUE: "Thursday at 2 works."',
    before: /works?(?=\s*[.!]?\s*$)/i,
    after: /works?(?=\s*(?:[.!]\s*)?$)/i,
    attack: pumped('WORK\t', '\t', 'N'),
  },
  {
    where: 'extract/phrases/en.ts REJECTION_PATTERNS: "offer the role to another candidate"',
    before: /\b(?:offer(?:ed)?|give|given|gone)\s+(?:the\s+)?(?:role|position|job|offer)?\s*(?:to|with)\s+/i,
    after:
      /\b(?:offer(?:ed)?|give|given|gone)\s+(?:the\s+)?(?:(?:role|position|job|offer)\s*)?(?:to|with)\s+/i,
    attack: pumped('GIVE\t', '\t', 'N'),
  },
  {
    where: 'extract/phrases/en.ts OFFER_PATTERNS: "you\'ve been successful" (V8 skips ahead to "y" already)',
    before: /(?<!\b(?:whether|if)\s+)\byou(?:'ve|\s+have)\s+been\s+successful\b/i,
    after: /\byou(?<!\b(?:whether|if)\s+you)(?:'ve|\s+have)\s+been\s+successful\b/i,
    attack: pumped("YOU'VE\tBEEFUCCESS", '\t', '\t'),
  },
  {
    where: 'extract/detectors/days.ts: "by the 15th" (not "the 15th, 2026")',
    before: /\bthe\s+(?<day>\d{1,2})(?:st|nd|rd|th)\b(?!\s*,?\s*(?:20\d\d))/gi,
    after: /\bthe\s+(?<day>\d{1,2})(?:st|nd|rd|th)\b(?!\s*(?:,\s*)?20\d\d)/gi,
    attack: pumped('THE\t0ST\t', '\t', 'T'),
  },
  {
    where: 'extract/detectors/periods.ts: "in April, 2027"',
    before: /\b(?<month>apr)(?:\s*,?\s*(?<year>20\d\d))?\b/gi,
    after: /\b(?<month>apr)(?:\s*(?:,\s*)?(?<year>20\d\d))?\b/gi,
    attack: pumped('APR\t', '\t', 'T'),
  },
  {
    where: 'extract/pipeline.ts: "Monday," as a phrase',
    before: /[\s,.;:]+$/,
    after: /(?<![\s,.;:])[\s,.;:]+$/,
    attack: pumped('', '\t', '\x00\t'),
  },
  {
    where: 'mail/addresses.ts: quotes and punctuation around a name',
    before: /^[\s"'“”,;:*]+|[\s"'“”,;:*]+$/g,
    after: /^[\s"'“”,;:*]+|(?<![\s"'“”,;:*])[\s"'“”,;:*]+$/g,
    attack: pumped('\x00', '\t', '\t\x00'),
  },
  {
    where: 'mail/addresses.ts: dots around an address',
    before: /^[.'-]+|[.'-]+$/g,
    after: /^[.'-]+|(?<![.'-])[.'-]+$/g,
    attack: pumped('\x00', "'", "'\x00"),
  },
  {
    where: 'mail/quoteDetect.ts FIELD_LINE: "*From:* Ada" (pumps of n tabs in three places)',
    before: /^\s*\*?\s*([^\s:*][^:*：]{0,18}?)\s*\*?\s*[:：]\s*\*?\s?(.*)$/u,
    after: /^\s*(?:\*\s*)?([^\s:*][^:*：]{0,18}?)\s*(?:\*\s*)?[:：]\s*(?!\s)(?:\*\s?)?(.*)$/u,
    attack: (n) => `${'\t'.repeat(n)}\x00\t${'\t'.repeat(n)}:${'\t'.repeat(n)}：\n:`,
    sizes: [10, 20, 40],
  },
  {
    where: 'mail/quoteDetect.ts: "*From:" opening a header block',
    before: /^\s*\*?\s*(?:from|sent|to|subject|date)\b/i,
    after: /^\s*(?:\*\s*)?(?:from|sent|to|subject|date)\b/i,
    attack: pumped('', '\t', ''),
  },
  {
    where: 'mail/quoteDetect.ts: "(ada@contoso.com)" in an attribution',
    before: /<[^<>]*>|\[mailto:[^\]]*\]|\([^()]*@[^()]*\)/g,
    after: /<[^<>]*>|\[mailto:[^\]]*\]|\([^()@]*@[^()]*\)/g,
    attack: pumped('(', '@', ''),
  },
  {
    where: 'mail/quoteDetect.ts: an address in an attribution',
    before: /\S*@\S*/g,
    after: /(?<!\S)\S*@\S*/g,
    attack: pumped('', '\x00', '\t@'),
  },
  {
    where: 'mail/quoteDetect.ts: punctuation after an attribution name',
    before: /[\s,.:;：、，"'<>()–-]+$/u,
    after: /(?<![\s,.:;：、，"'<>()–-])[\s,.:;：、，"'<>()–-]+$/u,
    attack: pumped('', '\t', '\x00\t'),
  },
  {
    where: 'mail/quoteDetect.ts SHARED_LINE: Yahoo "wrote:   Hi Sam," (n no-break spaces; exponential)',
    before: /^(.{1,400}?[:：])(?:\s|\u00a0){2,}(\S.*)$/u,
    after: /^(.{1,400}?[:：])\s{2,}(\S.*)$/u,
    attack: (n) => ` ${':'.repeat(29)}${'\u00a0'.repeat(n)}`,
    sizes: [24, 26, 28],
  },
  {
    where: 'mail/quoteDetect.ts: ">:" alone on a line',
    before: /^>\s*:?\s*$/,
    after: /^>\s*(?::\s*)?$/,
    attack: pumped('>', '\t', '\x00'),
  },
  {
    where: 'mail/quoteDetect.ts: own text before "On … wrote:"',
    before: /[\s-]+$/,
    after: /(?<![\s-])[\s-]+$/,
    attack: pumped('', '\t', '\x00\t'),
  },
  {
    where: 'mail/signature.ts: punctuation after a closing',
    before: /[\s,.!;:–-]+$/u,
    after: /(?<![\s,.!;:–-])[\s,.!;:–-]+$/u,
    attack: pumped('', '\t', '\x00\t'),
  },
];

/**
 * The regexes the gate allows (ALLOWED in test/core/redos.test.ts): polynomial on the checker's attack, but the
 * core never hands them more than their budget, so a mail costs at most the time at `cap` per field or block.
 */
export const CAPPED_REGEXES: readonly (RegexAttack & { readonly cap: string })[] = [
  {
    where: 'mail/addresses.ts cleanName: "[mailto:…]" around a name',
    cap: 'MAX_HEADER_LINE_CHARS × 4 (4,000), what readAddresses reads',
    before: /\[mailto:[^\]]*\]|<mailto:[^>]*>|\(mailto:[^)]*\)|[[<(]?\s*mailto:\s*$/gi,
    after: /\[mailto:[^\]]*\]|<mailto:[^>]*>|\(mailto:[^)]*\)|[[<(]?\s*mailto:\s*$/gi,
    attack: pumped(')', '[MAILTO:', '<MAILTO:'),
    sizes: [1_000, 2_000, 4_000],
  },
  {
    where: 'mail/quoteDetect.ts attributionName: "[mailto:…]" in an attribution',
    cap: '3 lines of MAX_ATTRIBUTION_CHARS (400)',
    before: /<[^<>]*>|\[mailto:[^\]]*\]|\([^()@]*@[^()]*\)/g,
    after: /<[^<>]*>|\[mailto:[^\]]*\]|\([^()@]*@[^()]*\)/g,
    attack: pumped('', '[mailto:', ''),
    sizes: [300, 600, 1_200],
  },
];

/** Best of `runs` timings of `re` on `text`, as String.prototype.replace runs it (every match of a /g regex). */
function timeRegex(re: RegExp, text: string, runs: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let k = 0; k < runs; k++) {
    re.lastIndex = 0;
    const t0 = performance.now();
    text.replace(re, '');
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

function regexTable(rows: readonly RegexAttack[], runsBefore: number): void {
  console.log('| regex | attack size | before (ms) | after (ms) |');
  console.log('| --- | --- | ---: | ---: |');
  for (const r of rows) {
    const sizes = r.sizes ?? [5_000, 10_000, 20_000];
    const before = sizes.map((n) => timeRegex(r.before, r.attack(n), runsBefore).toFixed(1));
    const after = sizes.map((n) => timeRegex(r.after, r.attack(n), 3).toFixed(2));
    console.log(`| ${r.where} | ${sizes.join(' / ')} | ${before.join(' / ')} | ${after.join(' / ')} |`);
  }
}

/**
 * The extractor on repeated date phrases with no sentence end ("by Friday within 2 weeks " × n): each date read
 * the words of its whole sentence, and the one-day-one-time check compared every day with every other, so the
 * time grew with the square of the text. Sentences are now read in pieces of MAX_SENTENCE_CHARS and that check
 * stops at the first other day. Sizes end at MAX_TEXT_CHARS (20,000), the most text the extractor reads.
 */
function extractorTable(): void {
  const line = 'by Friday within 2 weeks ';
  const read = (chars: number) =>
    findInText(line.repeat(Math.ceil(chars / line.length)), '2026-11-02T09:00:00-05:00', {
      tz: 'America/New_York',
    });
  read(2_500);
  console.log('\n| extractor input | 2,500 chars (ms) | 5,000 | 10,000 | 20,000 | ms per 1,000 chars |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  const times = [2_500, 5_000, 10_000, 20_000].map((chars) => {
    let best = Number.POSITIVE_INFINITY;
    for (let k = 0; k < 3; k++) {
      const t0 = performance.now();
      read(chars);
      best = Math.min(best, performance.now() - t0);
    }
    return best;
  });
  const per = times.map((t, i) => (t / (2.5 * 2 ** i)).toFixed(0)).join(' / ');
  console.log(`| "${line.trim()}" repeated | ${times.map((t) => t.toFixed(0)).join(' | ')} | ${per} |`);
}

/** .eml files of many short lines, the MIME parser's worst case (postal-mime keeps a Blob part per line). */
export const MIME_LINES: Readonly<Record<string, (bytes: number) => string>> = {
  'blank lines': (b) => eml(fill('\n', b)),
  'CRLF blank lines': (b) => eml(fill('\r\n', b)),
  'one letter a line': (b) => eml(fill('a\n', b)),
  'one letter a line, in a multipart/alternative': (b) =>
    eml(
      `--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${fill('a\n', b)}\r\n--b1--\r\n`,
      'Content-Type: multipart/alternative; boundary="b1"\r\n',
    ),
};

export async function mimeTable(): Promise<void> {
  const { default: PostalMime } = await import('postal-mime');
  console.log('\nLarge .eml files of many short lines through readMime (best of 2; heap + buffers after):\n');
  console.log(
    '| input | ms per MB at 1 / 2 / 4 / 8 MB | memory at 8 MB (MB) | postal-mime alone, ms at 128 / 256 KB |',
  );
  console.log('| --- | ---: | ---: | ---: |');
  for (const [name, make] of Object.entries(MIME_LINES)) {
    const perMb: string[] = [];
    let memory = 0;
    for (const size of [1, 2, 4, 8]) {
      const source = make(size * MB);
      let best = Number.POSITIVE_INFINITY;
      for (let k = 0; k < 2; k++) {
        const t0 = performance.now();
        await readMime(source);
        best = Math.min(best, performance.now() - t0);
        const m = process.memoryUsage();
        memory = Math.max(memory, (m.heapUsed + m.arrayBuffers) / MB);
      }
      perMb.push((best / size).toFixed(0));
    }
    // The library on the same input with no normalising, at sizes it finishes quickly (it grows with lines).
    const before = [];
    for (const kb of [128, 256]) {
      const t0 = performance.now();
      await PostalMime.parse(make(kb * 1024));
      before.push((performance.now() - t0).toFixed(0));
    }
    console.log(`| ${name} | ${perMb.join(' / ')} | ${memory.toFixed(0)} | ${before.join(' / ')} |`);
  }
}

export async function run(): Promise<void> {
  await mimeTable();
  // Warm the JIT on a small input so the 1 MB column does not pay for compilation.
  for (const make of Object.values(ATTACKS))
    await parseThread({ messages: [make(64 * 1024)] }, { tz: 'UTC' });
  console.log('| input | 1 MB (ms) | 2 MB (ms) | 4 MB (ms) | ms per MB at 1 / 2 / 4 MB |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const [name, make] of Object.entries(ATTACKS)) {
    const times: number[] = [];
    for (const size of [1, 2, 4]) {
      const input = { messages: [make(size * MB)] };
      // Best of three: the machine is shared, and the best run is the one least disturbed.
      let best = Number.POSITIVE_INFINITY;
      for (let k = 0; k < 3; k++) {
        const t0 = performance.now();
        await parseThread(input, { tz: 'UTC' });
        best = Math.min(best, performance.now() - t0);
      }
      times.push(best);
    }
    const [a = 0, b = 0, c = 0] = times;
    const perMb = `${a.toFixed(0)} / ${(b / 2).toFixed(0)} / ${(c / 4).toFixed(0)}`;
    console.log(`| ${name} | ${a.toFixed(0)} | ${b.toFixed(0)} | ${c.toFixed(0)} | ${perMb} |`);
  }
  console.log(
    '\nLinear time keeps the ms per MB flat as the input doubles (quadratic would double it each time).',
  );
  extractorTable();
  console.log(
    "\nThe regexes the ReDoS gate flagged, on recheck's attack strings (best of 3 after, 1 run before):\n",
  );
  regexTable(REGEX_ATTACKS, 1);
  console.log(
    '\nThe regexes the gate allows, up to their budget (the cap bounds the time per field or block):\n',
  );
  for (const r of CAPPED_REGEXES) console.log(`- ${r.where}: at most ${r.cap}`);
  console.log('');
  regexTable(CAPPED_REGEXES, 3);
}
