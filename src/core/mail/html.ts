/**
 * HTML body -> plain text, in the core, with no DOM (ARCHITECTURE.md): a small tolerant tokenizer.
 * Block elements become line breaks, entities are decoded, and quoted regions become text the splitter
 * (quotes.ts) reads like any plain body: blockquotes (Gmail's gmail_quote, Apple Mail's type=cite,
 * Thunderbird's cite) become `> ` lines, and the containers that open the history (divRplyFwdMsg,
 * gmail_quote, yahoo_quoted, Outlook's bordered header box) become a `-----Original Message-----` line,
 * so that everything after them is history whatever language their header is in. `<hr>` becomes a rule
 * line. Linear time: every search moves forward, and a search that fails once is not repeated.
 */
import { MAX_QUOTE_DEPTH } from './limits';

const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'center',
  'o:p',
]);

// `/div`, `blockquote`, `o:p`: the name right after `<`, read with lastIndex (sticky).
const TAG_NAME = /(\/?)\s*([a-zA-Z][a-zA-Z0-9:-]*)/y;

/** Elements whose content is never text. */
const SKIPPED = new Set(['style', 'script', 'head', 'title', 'xml', 'template', 'noscript']);

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  bull: '•',
  middot: '·',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  sect: '§',
  deg: '°',
  times: '×',
  divide: '÷',
  shy: '',
  zwnj: '',
  zwj: '',
  eacute: 'é',
  egrave: 'è',
  ecirc: 'ê',
  euml: 'ë',
  aacute: 'á',
  agrave: 'à',
  acirc: 'â',
  auml: 'ä',
  aring: 'å',
  atilde: 'ã',
  ccedil: 'ç',
  iacute: 'í',
  igrave: 'ì',
  icirc: 'î',
  iuml: 'ï',
  oacute: 'ó',
  ograve: 'ò',
  ocirc: 'ô',
  ouml: 'ö',
  otilde: 'õ',
  oslash: 'ø',
  uacute: 'ú',
  ugrave: 'ù',
  ucirc: 'û',
  uuml: 'ü',
  ntilde: 'ñ',
  szlig: 'ß',
  aelig: 'æ',
  Eacute: 'É',
  Egrave: 'È',
  Aacute: 'Á',
  Agrave: 'À',
  Auml: 'Ä',
  Ouml: 'Ö',
  Uuml: 'Ü',
  Ccedil: 'Ç',
  Ntilde: 'Ñ',
  Oslash: 'Ø',
  Aring: 'Å',
  AElig: 'Æ',
};

/** Decodes `&amp;`, `&#233;`, `&#xE9;` and the common named entities; unknown ones stay as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z][a-z0-9]{1,10});?/gi, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code =
        body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code)
        : '';
    }
    return NAMED_ENTITIES[body] ?? NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

function attr(attrs: string, name: string): string {
  const m = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attrs);
  return (m?.[1] ?? m?.[2] ?? m?.[3] ?? '').toLowerCase();
}

/** Whether an element opens a quoted region. */
function opensQuote(tag: string, attrs: string): boolean {
  // Every client that quotes in HTML uses blockquote (Gmail class gmail_quote, Apple type=cite, Thunderbird cite).
  return (
    tag === 'blockquote' && !/margin\s*:\s*0(?:px)?\s+0(?:px)?\s+0(?:px)?\s+40px/i.test(attr(attrs, 'style'))
  );
}

/**
 * Containers that clients put around the quoted history itself, whatever language its header is in:
 * everything from them on is earlier mail.
 * <div id="divRplyFwdMsg"> (Outlook on the web, new Outlook), <div class="gmail_quote"> (Gmail),
 * <div class="yahoo_quoted"> (Yahoo), <span id="OLK_SRC_BODY_SECTION"> (Outlook for Mac),
 * <div style="border:none;border-top:solid #E1E1E1 1.0pt"> (Outlook desktop's header box).
 */
function startsHistory(tag: string, attrs: string): boolean {
  if (tag !== 'div' && tag !== 'span') return false;
  // Exchange prefixes ids and classes with `x_` once per hop it delivers them through: x_x_divRplyFwdMsg.
  if (/^(?:x_)*(?:divRplyFwdMsg|OLK_SRC_BODY_SECTION)$/i.test(attr(attrs, 'id'))) return true;
  if (/(?:^|\s)(?:x_)*(?:gmail_quote|yahoo_quoted)(?:\s|$)/.test(attr(attrs, 'class'))) return true;
  return /border-top\s*:\s*solid\s+#(?:e1e1e1|b5c4df)/.test(attr(attrs, 'style'));
}

/**
 * Whether a <p> (or its </p>) is one of Word's margin-less MsoNormal lines. The open tag's class is kept on a
 * stack for its close tag; a stray </p> reads as an ordinary paragraph.
 */
function msoParagraph(closing: boolean, attrs: string, stack: boolean[]): boolean {
  if (closing) return stack.pop() ?? false;
  // Exchange prefixes the classes of mail it delivers with `x_` (once per hop): x_MsoNormal.
  const mso = /(?:^|\s)(?:x_)*mso/.test(attr(attrs, 'class'));
  if (stack.length < 1000) stack.push(mso);
  return mso;
}

/** The line a history container becomes: a separator the text splitter knows (quoteHeaders.ts SEPARATORS). */
export const HISTORY_MARK = '-----Original Message-----';

class TextBuilder {
  private readonly lines: string[] = [];
  private current = '';
  private currentDepth = 0;
  depth = 0;
  pre = 0;

  text(chunk: string): void {
    // An element holding only a no-break space is how Outlook writes an empty line (<p>&nbsp;</p>).
    if (this.pre === 0 && this.current === '' && /^[ \t\r\n]*\u00a0[\s\u00a0]*$/.test(chunk)) {
      this.blank();
      return;
    }
    const t = (this.pre > 0 ? chunk : chunk.replace(/[\s\u00a0]+/g, ' ')).replace(/\u00a0/g, ' ');
    if (t === '') return;
    if (this.pre > 0 && t.includes('\n')) {
      const parts = t.split(/\r?\n/);
      parts.forEach((p, i) => {
        if (i > 0) this.newline();
        this.append(p);
      });
      return;
    }
    this.append(t);
  }

  private append(t: string): void {
    if (this.current === '') {
      const trimmed = this.pre > 0 ? t : t.replace(/^ +/, '');
      if (trimmed === '') return;
      this.currentDepth = this.depth;
      this.current = trimmed;
    } else {
      this.current += t;
    }
  }

  newline(): void {
    this.lines.push(this.render(this.current.trimEnd(), this.currentDepth));
    this.current = '';
    this.currentDepth = this.depth;
  }

  /** Ends the current line, if any: a block starts on a line of its own. */
  block(): void {
    if (this.current !== '') this.newline();
  }

  /** A blank line, as a paragraph's margin shows one (runs of them collapse in result()). */
  blank(): void {
    this.block();
    this.lines.push(this.render('', this.depth));
  }

  rule(): void {
    this.block();
    this.currentDepth = this.depth;
    this.current = '________________________________';
    this.newline();
  }

  private render(line: string, depth: number): string {
    return depth > 0 ? `${'>'.repeat(depth)} ${line}`.trimEnd() : line;
  }

  result(): string {
    if (this.current !== '') this.newline();
    // Collapse runs of blank lines to one; blank lines inside a quote keep their marker.
    const out: string[] = [];
    for (const line of this.lines) {
      const blank = /^[> ]*$/.test(line);
      const prev = out[out.length - 1];
      if (blank && (prev === undefined || /^[> ]*$/.test(prev))) continue;
      out.push(line);
    }
    while (out.length > 0 && /^[> ]*$/.test(out[out.length - 1] ?? '')) out.pop();
    return out.join('\n');
  }
}

/**
 * Converts an HTML body to text with quoted regions as `> ` lines.
 * @example htmlToText('<p>Thanks!</p><blockquote>Hi</blockquote>') // 'Thanks!\n> Hi'
 */
export function htmlToText(html: string): string {
  const out = new TextBuilder();
  const quoteStack: boolean[] = [];
  const msoStack: boolean[] = [];
  let i = 0;
  let noMoreTagEnds = false;
  let nextGt = -1;
  const marked = new Set<number>();
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt === -1 || noMoreTagEnds) {
      out.text(decodeEntities(html.slice(i)));
      break;
    }
    if (lt > i) out.text(decodeEntities(html.slice(i, lt)));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      if (end === -1) break;
      i = end + 3;
      continue;
    }
    // One search serves every `<` before the same `>`: "<<<<…>" must not rescan the run for each `<`.
    if (nextGt <= lt) nextGt = html.indexOf('>', lt + 1);
    const gt = nextGt;
    if (gt === -1) {
      noMoreTagEnds = true;
      i = lt;
      continue;
    }
    // Read the tag name in place (sticky), never copying what lies between `<` and `>`.
    TAG_NAME.lastIndex = lt + 1;
    const m = TAG_NAME.exec(html);
    if (!m || TAG_NAME.lastIndex > gt) {
      // `<!DOCTYPE>`, `<?xml?>` or a stray `<`: a stray one is text ("a < b").
      const next = html[lt + 1];
      if (next === '!' || next === '?') i = gt + 1;
      else {
        // A run of stray `<` is one piece of text; only its last `<` may still open a tag.
        let j = lt + 1;
        while (j < n && html[j] === '<') j++;
        out.text(html.slice(lt, j - 1 > lt ? j - 1 : lt + 1));
        i = j - 1 > lt ? j - 1 : lt + 1;
      }
      continue;
    }
    const closing = m[1] === '/';
    const tag = (m[2] ?? '').toLowerCase();
    const attrs = html.slice(TAG_NAME.lastIndex, gt);
    i = gt + 1;
    if (!closing && SKIPPED.has(tag) && !attrs.trim().endsWith('/')) {
      const close = new RegExp(`</${tag}\\s*>`, 'gi');
      close.lastIndex = i;
      const found = close.exec(html);
      i = found ? found.index + found[0].length : n;
      continue;
    }
    if (tag === 'blockquote') {
      out.block();
      if (!closing) {
        const quoting = opensQuote(tag, attrs) && out.depth < MAX_QUOTE_DEPTH;
        quoteStack.push(quoting);
        if (quoting) out.depth++;
      } else if (quoteStack.length > 0 && quoteStack.pop()) {
        out.depth--;
      }
      out.block();
      continue;
    }
    if (tag === 'hr') {
      out.rule();
      continue;
    }
    if (!closing && startsHistory(tag, attrs) && !marked.has(out.depth)) {
      // Once per quote depth: Gmail nests a gmail_quote in every level, one mark per level is enough.
      marked.add(out.depth);
      out.block();
      out.text(HISTORY_MARK);
      out.block();
      continue;
    }
    if (tag === 'pre') {
      out.block();
      out.pre = Math.max(0, out.pre + (closing ? -1 : 1));
      continue;
    }
    if (tag === 'br') {
      out.newline();
      continue;
    }
    if (BLOCKS.has(tag)) {
      if (tag === 'td' || tag === 'th') out.text(' ');
      // Word and Outlook desktop write every line as <p class=MsoNormal> with no margin, and an empty
      // line as a paragraph of its own (<p class=MsoNormal>&nbsp;</p>): such a paragraph is one line.
      else if (tag === 'p' && !msoParagraph(closing, attrs, msoStack)) out.blank();
      else out.block();
    }
  }
  return out.result();
}

/**
 * Whether a body that claims to be text is in fact HTML (a `.txt` saved from a browser, a sniffed stdin):
 * it opens with a tag, or has a document element. A plain mail that mentions "<div>" stays text.
 */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 5000);
  return (
    /^\s*<(?:!doctype|html|head|body|div|p|table|span|blockquote|meta)\b/i.test(head) ||
    /<(?:html|body)\b[^>]{0,500}>/i.test(head)
  );
}
