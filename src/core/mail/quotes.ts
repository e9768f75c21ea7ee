/**
 * The splitter: one message's text -> its own text, and the message it quotes (header and body).
 * One pass over the lines. Quoted text is either `>`-prefixed (Gmail, Apple, Thunderbird: replies may be
 * interleaved with it) or everything below a header block (Outlook: the rest of the body is history).
 */
import { isBlank, isQuoteLine, quoteHeaderAt, type QuoteHeader } from './quoteDetect';
import { isMobileFooter } from './signature';

export interface Split {
  /** Own text, signature still attached. */
  readonly own: string;
  /** Header of the quoted message; null where the quote had none (bare `>` lines, a bare separator). */
  readonly header: QuoteHeader | null;
  /** Body of the quoted message (one `>` level removed), or null where nothing is quoted. */
  readonly quoted: string | null;
}

function unquote(line: string): string {
  return line.replace(/^ {0,3}> ?/, '');
}

/**
 * End (exclusive) of the run of quoted lines at i; blank lines count when more quoted lines follow, and so
 * does an unquoted line squeezed between two quoted ones: a long quoted line wrapped by the client
 * ("> View ticket (http://example.com/action\n_nonce=3dd518)\n>").
 */
function quotedRunEnd(lines: readonly string[], i: number): number {
  let end = i;
  let j = i;
  while (j < lines.length) {
    const line = lines[j] ?? '';
    if (isQuoteLine(line)) end = ++j;
    else if (isBlank(line)) j++;
    else if (j === end && j > i && isQuoteLine(lines[j + 1] ?? '')) end = ++j;
    else break;
  }
  return end;
}

function hasTextAfter(lines: readonly string[], from: number): boolean {
  for (let j = from; j < lines.length; j++) {
    const line = lines[j] ?? '';
    if (!isBlank(line)) return !isQuoteLine(line);
  }
  return false;
}

/** A split over an array of lines shared with the caller: the quoted body is lines[quotedFrom..] of quotedLines. */
export interface LineSplit {
  readonly own: string;
  readonly header: QuoteHeader | null;
  /** Lines of the quoted message, or null where nothing is quoted. Often the caller's own array, not a copy. */
  readonly quotedLines: readonly string[] | null;
  readonly quotedFrom: number;
}

function firstTextLine(lines: readonly string[], from: number): number {
  let k = from;
  while (k < lines.length && isBlank(lines[k] ?? '')) k++;
  return k;
}

/**
 * Splits lines[from..] at the first quoted history. Where the quote is the rest of the body (Outlook's
 * header block), the quoted lines are the same array from a later index: nested quotes cost no copies,
 * so a thread quoted 40 deep is read in one pass per level, not one copy per level.
 */
export function splitLines(lines: readonly string[], from: number): LineSplit {
  const own: string[] = [];
  const quoted: string[] = [];
  let header: QuoteHeader | null = null;
  let sawHeader = false;
  let ownHasText = false;
  let sawQuote = false;
  let rest = -1;
  let after = '';
  let i = from;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (isQuoteLine(line)) {
      const end = quotedRunEnd(lines, i);
      // A lone `>` line between own lines, with no header anywhere above, is text (">>> http://… <<<").
      const lone = end - i === 1 && !sawHeader && ownHasText && hasTextAfter(lines, end);
      if (lone) {
        own.push(line);
      } else {
        sawQuote = true;
        if (quoted.length > 0) quoted.push('');
        for (let j = i; j < end; j++) quoted.push(unquote(lines[j] ?? ''));
      }
      i = end;
      continue;
    }
    const found = isBlank(line) ? null : quoteHeaderAt(lines, i);
    if (found) {
      // A rule or separator taken in above a block was pushed as own text: take it back.
      for (let k = Math.max(found.start, from); k < i; k++) own.pop();
      // A second attribution below a quoted block, at the same level ("El mar, … escribió:\n> …\n\nEl vie, …
      // escribió:\n> …"): the older message the quoted one answered. It stays with the quoted message, whose own
      // split reads it as that message's history, not as more of its text.
      if (sawHeader && sawQuote && found.kind === 'attribution') {
        rest = Math.max(found.start, from);
        break;
      }
      if (found.before !== '') own.push(found.before);
      if (!sawHeader) header = found.header;
      sawHeader = true;
      const k = firstTextLine(lines, found.end + 1);
      if (found.kind === 'attribution' && k < lines.length && isQuoteLine(lines[k] ?? '')) {
        i = k;
        continue;
      }
      rest = k;
      after = found.after ?? '';
      break;
    }
    // Where a quote was cut out of an inline reply, the blank lines on both sides of it become one.
    if (!(isBlank(line) && own.length > 0 && isBlank(own[own.length - 1] ?? '') && sawQuote)) own.push(line);
    ownHasText ||= !isBlank(line);
    i++;
    // "Sent from my phone" with more text below it: a mobile client quoting without a header.
    if (isMobileFooter(line.trim()) && hasTextAfter(lines, i)) {
      rest = firstTextLine(lines, i);
      break;
    }
  }
  const ownText = own.join('\n').trim();
  // The quoted body began on the header's own line: it leads the quoted lines (one copy, at one level).
  if (after !== '') {
    const lead = quoted.length > 0 ? [...quoted, ''] : [];
    return { own: ownText, header, quotedLines: [...lead, after, ...lines.slice(rest)], quotedFrom: 0 };
  }
  if (rest === -1 || rest >= lines.length) {
    const body = quoted.join('\n').trim();
    if (body === '' && header === null) return { own: ownText, header, quotedLines: null, quotedFrom: 0 };
    return { own: ownText, header, quotedLines: body === '' ? [] : body.split('\n'), quotedFrom: 0 };
  }
  if (quoted.length === 0) return { own: ownText, header, quotedLines: lines, quotedFrom: rest };
  // Interleaved `>` lines and then an unprefixed quote: both are the quoted message, in order.
  return { own: ownText, header, quotedLines: [...quoted, '', ...lines.slice(rest)], quotedFrom: 0 };
}

/**
 * Splits a text body (lines already normalized to `\n`) at its quoted history.
 * @example splitQuotes('Thanks!\n\nOn Tue, Nov 10, 2026 at 3:04 PM Ada <ada@contoso.com> wrote:\n> Hi')
 *   // { own: 'Thanks!', header: { from: { name: 'Ada', address: 'ada@contoso.com' }, … }, quoted: 'Hi' }
 */
export function splitQuotes(text: string): Split {
  const s = splitLines(text.split('\n'), 0);
  const quoted = s.quotedLines === null ? null : s.quotedLines.slice(s.quotedFrom).join('\n').trim();
  return { own: s.own, header: s.header, quoted };
}
