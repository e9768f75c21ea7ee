/**
 * HTML body -> plain text, in the core, with no DOM (ARCHITECTURE.md): a small tolerant tokenizer.
 * Block elements become line breaks, entities are decoded, and quoted regions (blockquote, Gmail's
 * gmail_quote blockquote, Apple Mail's type=cite) become `> ` lines, so that one text splitter reads
 * both kinds of body. A rule (`<hr>`, Outlook's reply separator) becomes a rule line. Linear time:
 * every search moves forward and a search that fails once is not repeated.
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
    this.lines.push(this.render(this.current.replace(/ +$/, ''), this.currentDepth));
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
  let i = 0;
  let noMoreTagEnds = false;
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
    const gt = html.indexOf('>', lt + 1);
    if (gt === -1) {
      noMoreTagEnds = true;
      i = lt;
      continue;
    }
    const inside = html.slice(lt + 1, gt);
    const m = /^(\/?)\s*([a-zA-Z][a-zA-Z0-9:-]*)/.exec(inside);
    if (!m) {
      // `<!DOCTYPE>`, `<?xml?>` or a stray `<`: a stray one is text ("a < b").
      if (/^[!?]/.test(inside)) i = gt + 1;
      else {
        out.text('<');
        i = lt + 1;
      }
      continue;
    }
    const closing = m[1] === '/';
    const tag = (m[2] ?? '').toLowerCase();
    const attrs = inside.slice(m[0].length);
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
      else if (tag === 'p') out.blank();
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
