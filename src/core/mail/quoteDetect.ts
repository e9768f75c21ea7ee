/**
 * Recognizers for the lines that start quoted history: attributions ("On … wrote:"), header blocks
 * (Outlook's From:/Sent:/To:/Subject:), and separators ("-----Original Message-----"). Each looks at a
 * bounded number of lines from where it is asked, so a scan over all lines stays linear.
 */
import type { Address } from '../types';
import { readAddresses } from './addresses';
import { HEADER_BLOCK_LINES, MAX_ATTRIBUTION_CHARS, MAX_HEADER_LINE_CHARS } from './limits';
import {
  ATTRIBUTIONS,
  DASHED_ATTRIBUTION,
  DATE_ADDRESS_ATTRIBUTION,
  DATE_TIME_ADDRESS_ATTRIBUTION,
  EXTRA_HEADER_NAMES,
  HEADER_NAMES,
  type HeaderField,
  RULE_LINE,
  SEPARATORS,
} from './quoteHeaders';

/** What a quote header says about the message below it. */
export interface QuoteHeader {
  readonly from: Address | null;
  readonly to: readonly Address[];
  readonly cc: readonly Address[];
  /** The date as written, read later against the quoting message's zone. */
  readonly sentRaw: string | null;
  readonly subject: string | null;
  /** Language of the attribution, deciding 11/10 vs 10/11 for numeric dates. */
  readonly lang: string;
}

export interface Found {
  /** First line of the header (a rule or separator above a header block included). */
  readonly start: number;
  /** Last line of the header. */
  readonly end: number;
  /** Own text written on the header's first line before it ("reply On Wed, … wrote:"). */
  readonly before: string;
  readonly header: QuoteHeader | null;
  /** An attribution is followed by `>` lines, or by the unprefixed quote; a block by the unprefixed quote. */
  readonly kind: 'attribution' | 'block' | 'separator';
  /** The quoted body's first line where it shares the header's line (Yahoo mobile: "… wrote:   Hi Sam,"). */
  readonly after?: string;
}

/** A line of quoted text (`> `, `>> `, up to three spaces in front). */
export function isQuoteLine(line: string): boolean {
  return /^ {0,3}>/.test(line);
}

export function isBlank(line: string): boolean {
  return /^\s*$/.test(line);
}

const FIELD_BY_NAME: ReadonlyMap<string, HeaderField> = new Map(
  (Object.keys(HEADER_NAMES) as HeaderField[]).flatMap((field) =>
    HEADER_NAMES[field].map((n) => [n, field] as const),
  ),
);

// `From: x`, `De : x`, `*From:* x` (Gmail's text of a bold label), `Envoyé le :x`, `发件人: x`
const FIELD_LINE = /^\s*(?:\*\s*)?([^\s:*][^:*：]{0,18}?)\s*(?:\*\s*)?[:：]\s*(?!\s)(?:\*\s?)?(.*)$/u;

function fieldOf(line: string): { field: HeaderField; value: string } | null {
  // Cheap test first: a field name is short, so its colon comes early ("Envoyé le :" is the longest).
  if (line.length > MAX_HEADER_LINE_CHARS || !/^[^:：]{1,28}[:：]/.test(line)) return null;
  const m = FIELD_LINE.exec(line);
  if (!m) return null;
  const field = FIELD_BY_NAME.get((m[1] ?? '').trim().toLowerCase());
  return field ? { field, value: (m[2] ?? '').replace(/^\*\s*/, '').trim() } : null;
}

/** Whether a line is a field a header block may carry but is not read for ("When:", "Where:", "Importance:"). */
function isExtraField(line: string): boolean {
  if (line.length > MAX_HEADER_LINE_CHARS || !/^[^:：]{1,28}[:：]/.test(line)) return false;
  const m = FIELD_LINE.exec(line);
  return m !== null && EXTRA_HEADER_NAMES.has((m[1] ?? '').trim().toLowerCase());
}

function blockHeader(fields: ReadonlyMap<HeaderField, string>, lang: string): QuoteHeader {
  const from = readAddresses(fields.get('from') ?? '')[0] ?? null;
  return {
    from,
    to: readAddresses(fields.get('to') ?? ''),
    cc: readAddresses(fields.get('cc') ?? ''),
    sentRaw: fields.get('sent') ?? null,
    subject: fields.get('subject') ?? null,
    lang,
  };
}

/**
 * Whether a line that is no field continues the field above: it is indented, the value above is cut
 * mid-address ("[mailto:"), or another field follows it. Otherwise it is the quoted body's first line
 * ("Subject: Interview\nHi Ada,").
 */
function continues(value: string, line: string, next: string): boolean {
  return /^\s/.test(line) || /[[<(:,;]$/.test(value.trim()) || fieldOf(next) !== null;
}

/**
 * A header block starting at line i: field lines (any order) with a `from` and at least one other field.
 * Continuation lines (a subject wrapped onto a second line) belong to the field above.
 */
function headerBlockAt(lines: readonly string[], i: number): { end: number; header: QuoteHeader } | null {
  const first = fieldOf(lines[i] ?? '');
  if (!first) return null;
  const fields = new Map<HeaderField, string>();
  let last: HeaderField = first.field;
  let end = i;
  let count = 0;
  for (let j = i; j < lines.length && j < i + HEADER_BLOCK_LINES; j++) {
    const line = lines[j] ?? '';
    if (isBlank(line) || isQuoteLine(line)) break;
    const f = fieldOf(line);
    if (!f && count > 0 && isExtraField(line)) {
      // A meeting's When:/Where: and the like belong to the block, not to the quoted text.
      end = j;
      continue;
    }
    if (f) {
      if (fields.has(f.field)) break;
      fields.set(f.field, f.value);
      last = f.field;
      count++;
      end = j;
    } else if (
      count > 0 &&
      j === end + 1 &&
      line.length < 200 &&
      continues(fields.get(last) ?? '', line, lines[j + 1] ?? '')
    ) {
      // A field wrapped onto the next line: "Subject: Two\nline subject", "*From:* bob@example.com [mailto:\nbob@example.com]"
      fields.set(last, `${fields.get(last) ?? ''} ${line.trim()}`.trim());
      end = j;
    } else {
      break;
    }
  }
  if (count < 2) return null;
  if (!fields.has('from')) {
    // Without a sender, a dated block addressed to someone: "Date: Wed, 16 May 2012 00:15:02 -0600\nTo: a@b.com".
    const sent = fields.get('sent') ?? '';
    const addressed = /@/.test(`${fields.get('to') ?? ''}${fields.get('cc') ?? ''}`);
    if (first.field !== 'sent' || !/\d{1,2}:\d{2}/.test(sent) || !addressed) return null;
  }
  const enLike = /^\s*(?:\*\s*)?(?:from|sent|to|subject|date)\b/i.test(lines[i] ?? '');
  return { end, header: blockHeader(fields, enLike ? 'en' : 'other') };
}

function separatorAt(line: string): boolean {
  if (line.length > 200) return false;
  const t = line.trim();
  if (!t.startsWith('-') && !/^(?:Begin|Anfang|Début)\b/.test(t)) return false;
  return SEPARATORS.some((re) => re.test(t));
}

/** Joins attribution lines, gluing an address wrapped after `<` back together. */
function joinLines(parts: readonly string[]): string {
  let out = '';
  for (const p of parts) {
    const t = p.trim();
    out = out === '' ? t : out.endsWith('<') || t.startsWith('>') ? out + t : `${out} ${t}`;
  }
  return out;
}

interface AttributionMatch {
  readonly lang: string;
  readonly intro: readonly string[];
}

const ENDS_LIKE_ATTRIBUTION = /[:：>-]\s*$/;

function matchAttribution(block: string): AttributionMatch | null {
  // Every attribution ends in a colon, an address's `>` (2011/4/7 Nathan <…>) or a dash (---- … wrote ----).
  if (block.length > MAX_ATTRIBUTION_CHARS || !/[:：>-]$/.test(block)) return null;
  // Dashes around it mark it as a header even with no date: the words inside are read as "… wrote:".
  const dashed = DASHED_ATTRIBUTION.exec(block);
  if (dashed?.[1]) {
    const inner = `${dashed[1]}:`;
    const rule = ATTRIBUTIONS.find((r) => r.pattern.test(inner));
    return { lang: rule?.lang ?? 'en', intro: rule?.intro ?? [] };
  }
  if (!/[\d@]/.test(block)) return null;
  for (const rule of ATTRIBUTIONS) {
    if (rule.pattern.test(block)) return { lang: rule.lang, intro: rule.intro };
  }
  if (DATE_ADDRESS_ATTRIBUTION.test(block)) return { lang: 'iso', intro: [] };
  if (DATE_TIME_ADDRESS_ATTRIBUTION.test(block)) return { lang: 'other', intro: [] };
  return null;
}

function startsLikeDate(line: string, intro: readonly string[]): boolean {
  const t = line.trim();
  return /^\p{L}{0,4}[.,]?\s?\d/u.test(t) || intro.some((w) => t.startsWith(`${w} `));
}

// A clock time with what may follow it: 3:04 PM, 8:48 GMT+01:00, 12:39, 10h30
// (Yahoo: "03:04:05 PM EST, Ada Lee <…> wrote:"); German Gmail's "um 18:10 Uhr schrieb Lukas Wagner" and Dutch
// "om 18:10 uur" put the clock word after the time, where it would otherwise open the name ("Uhr Lukas Wagner").
const CLOCK =
  /\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\s?[AaPp]\.?\s?[Mm]\.?)?(?:\s?(?:\(?(?:GMT|UTC)\)?)?\s?[+-]\d{1,2}(?::?\d{2})?\)?)?(?:\s?\(?(?:[ECMP][SD]T|GMT|UTC|CES?T|BST)\b\)?)?(?:\s(?:Uhr|uur)\b)?/g;
const VERBS =
  /\b(?:wrote|writes|said|schrieb|a\s+[ée]crit|escribió|ha\s+escrit|escreveu|ha\s+scritto|schreef|heeft|het\s+volgende\s+geschreven|skrev|napisał(?:\(a\))?|napisała|pisze|użytkownik|keltezéssel|írta|đã\s+viết)|написал(?:\(а\))?|написала|написав|写道|寫道|のメッセージ|작성/giu;

/** The sender's name in an attribution: what stands after the date and time, without the verb. */
function attributionName(block: string, intro: readonly string[]): string | null {
  let s = block.replace(/<[^<>]*>|\[mailto:[^\]]*\]|\([^()@]*@[^()]*\)/g, ' ');
  let cut = 0;
  for (const m of s.matchAll(CLOCK)) cut = Math.max(cut, m.index + m[0].length);
  for (const m of s.matchAll(/\b\d{4}\b/g)) cut = Math.max(cut, m.index + m[0].length);
  s = s.slice(cut).replace(VERBS, ' ');
  for (const w of intro) if (s.trim().startsWith(`${w} `)) s = s.trim().slice(w.length);
  const name = s
    .replace(/(?<!\S)\S*@\S*/g, ' ')
    .replace(/^[\s,.:;、，"'–-]*(?:(?:at|um|à|om|kl\.?|o|в|um)\s)?/iu, '')
    .replace(/(?<![\s,.:;：、，"'<>()–-])[\s,.:;：、，"'<>()–-]+$/u, '')
    .replace(/^[\s,.:;、，"'<>()]+/u, '')
    .replace(/\s+/g, ' ')
    .trim();
  return name === '' || name.length > 80 || /\d{3}/.test(name) ? null : name;
}

function attributionHeader(block: string, match: AttributionMatch): QuoteHeader {
  const address = readAddresses(block)[0];
  const name = attributionName(block, match.intro);
  const from: Address | null = address
    ? { name: name ?? address.name, address: address.address }
    : name
      ? { name, address: '' }
      : null;
  return { from, to: [], cc: [], sentRaw: block, subject: null, lang: match.lang };
}

/** Where own text shares the attribution's first line: "reply On Wed, … wrote:", "reply--- On Wed, …". */
function introCut(line: string, intro: readonly string[]): number {
  let best = -1;
  for (const w of intro) {
    const re = new RegExp(`(?:^|[\\s-])${w}\\s+[\\p{Lu}\\d]`, 'u');
    const m = re.exec(line);
    if (m && (best === -1 || m.index < best)) best = m.index;
  }
  return best;
}

// Yahoo Mail for Android and iOS run the quoted body on after the attribution, past a few spaces:
// "  On Tue, Nov 10, 2026 at 3:04 PM, Ada Lee<ada@contoso.com> wrote:   Hi Sam,"
// `\s` takes the no-break spaces too; spelling them out beside it, `(?:\s|\u00a0)`, made it exponential.
const SHARED_LINE = /^(.{1,400}?[:：])\s{2,}(\S.*)$/u;

/** An attribution sharing its line with the quoted body's first line, or null. */
function sharedLineAttribution(line: string, i: number): Found | null {
  const m = SHARED_LINE.exec(line.length > MAX_ATTRIBUTION_CHARS * 2 ? '' : line);
  const head = m?.[1]?.trim() ?? '';
  const match = head === '' ? null : matchAttribution(head);
  // Only a verb-led attribution ("… wrote:"), never a bare "Subject:  Interview" field.
  if (!m || !match || !startsLikeDate(head, match.intro)) return null;
  return {
    start: i,
    end: i,
    before: '',
    header: attributionHeader(head, match),
    kind: 'attribution',
    after: m[2] ?? '',
  };
}

/** An attribution of 1 to 3 lines starting at line i. */
function attributionAt(lines: readonly string[], i: number): Found | null {
  const first = lines[i] ?? '';
  if (isBlank(first) || isQuoteLine(first)) return null;
  if (first.length > MAX_ATTRIBUTION_CHARS || !ENDS_LIKE_ATTRIBUTION.test(first)) {
    const shared = sharedLineAttribution(first, i);
    if (shared) return shared;
    if (first.length > MAX_ATTRIBUTION_CHARS) return null;
  }
  const parts: string[] = [];
  for (let k = 0; k < 3 && i + k < lines.length; k++) {
    const line = lines[i + k] ?? '';
    // The Norwegian Gmail wrap leaves `>:` alone on the last line; any other quoted or blank line ends the block.
    if (
      isBlank(line) ||
      line.length > MAX_ATTRIBUTION_CHARS ||
      (k > 0 && isQuoteLine(line) && !/^>\s*(?::\s*)?$/.test(line))
    )
      break;
    parts.push(line);
    // Join and test only where this line could end an attribution (see matchAttribution): most lines cannot.
    if (!ENDS_LIKE_ATTRIBUTION.test(line)) continue;
    const block = joinLines(parts);
    const match = matchAttribution(block);
    if (!match) continue;
    if (k > 0 && !startsLikeDate(first, match.intro)) {
      // A multi-line block must begin like a date or with its intro word; otherwise the line above is own text.
      if (introCut(first, match.intro) < 0) return null;
    }
    const cut = introCut(first, match.intro);
    const before = cut > 0 ? first.slice(0, cut).replace(/(?<![\s-])[\s-]+$/, '') : '';
    const headerText = cut > 0 ? block.slice(cut).trim() : block;
    return {
      start: i,
      end: i + k,
      before,
      header: attributionHeader(headerText, match),
      kind: 'attribution',
    };
  }
  return null;
}

/**
 * A header block at line i, with the rule or separator above it (Outlook on the web's `____` line,
 * willdurand's `====` line) and the few blank lines between taken in.
 */
function blockAt(lines: readonly string[], i: number): Found | null {
  const block = headerBlockAt(lines, i);
  if (!block) return null;
  return { start: ruleAbove(lines, i), end: block.end, before: '', header: block.header, kind: 'block' };
}

/** Line i, or the rule or separator a few blank lines above it that belongs with it. */
function ruleAbove(lines: readonly string[], i: number): number {
  let k = i - 1;
  while (k >= 0 && k > i - 4 && isBlank(lines[k] ?? '')) k--;
  const above = (lines[k] ?? '').trim();
  return k >= 0 && above.length <= 200 && (RULE_LINE.test(above) || separatorAt(above)) ? k : i;
}

/**
 * The quote header that starts at line i, if any: a separator (with the header block under it), an
 * attribution, or a header block. `start` may lie above i where a rule line belongs to the block.
 */
export function quoteHeaderAt(lines: readonly string[], i: number): Found | null {
  const line = lines[i] ?? '';
  if (separatorAt(line)) {
    // A separator, then (maybe after blank lines) the header block it introduces.
    let k = i + 1;
    while (k < lines.length && k < i + 4 && isBlank(lines[k] ?? '')) k++;
    const block = headerBlockAt(lines, k);
    const start = ruleAbove(lines, i);
    if (block) return { start, end: block.end, before: '', header: block.header, kind: 'block' };
    return { start, end: i, before: '', header: null, kind: 'separator' };
  }
  return attributionAt(lines, i) ?? blockAt(lines, i);
}
