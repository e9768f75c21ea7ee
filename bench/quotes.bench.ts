// Accuracy and speed of quote splitting (issue 2): our splitter beside planer and email-reply-parser on the
// 144-case corpus in ../shared/bench-data/quotes (read where it lives), and throughput on that corpus and on
// a 5 MB synthetic thread. Scoring: the newest message's own text, white space collapsed, either signature
// convention accepted (SOURCES.md there).
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { JSDOM } from 'jsdom';
import EmailReplyParser from 'email-reply-parser';
import PostalMime from 'postal-mime';
import { parseThread } from '../src/core/mail';
import { asRawMessage, loadCorpus, matches, type CorpusCase } from '../test/core/mail/quoteCorpus';

// planer ships no types: its two entry points, as its README documents them.
const planer = createRequire(import.meta.url)('planer') as {
  extractFromPlain(body: string): string;
  extractFromHtml(html: string, document: Document): string;
};

interface Splitter {
  readonly name: string;
  /** The newest message's own text and signature (null where the library does not tell them apart). */
  split(input: PreparedCase): Promise<{ text: string; signature: string | null }>;
}

/** A case with its body decoded the way SOURCES.md says the libraries are fed: text part, else HTML. */
interface PreparedCase {
  readonly c: CorpusCase;
  readonly body: string;
  readonly isHtml: boolean;
}

const dom = new JSDOM('');
const document = dom.window.document;

async function prepare(c: CorpusCase): Promise<PreparedCase> {
  if (c.kind !== 'eml') return { c, body: c.text, isHtml: c.kind === 'html' };
  const email = await PostalMime.parse(c.bytes);
  return email.text !== undefined
    ? { c, body: email.text, isHtml: false }
    : { c, body: email.html ?? '', isHtml: true };
}

function htmlText(html: string): string {
  // planer returns HTML; read its text the way a browser would, one line per block and <br>.
  const d = new JSDOM(`<body>${html.replace(/<br\s*\/?>/gi, '\n')}</body>`).window.document;
  for (const el of d.querySelectorAll('p, div, li, tr, h1, h2, h3, blockquote')) el.append('\n');
  return d.body.textContent ?? '';
}

const SPLITTERS: readonly Splitter[] = [
  {
    name: 'ours (parseThread)',
    async split(p) {
      const thread = await parseThread({ messages: [asRawMessage(p.c)] }, { tz: 'UTC' });
      const newest = thread.messages.filter((m) => !m.quoted).at(-1);
      return { text: newest?.text ?? '', signature: newest?.signature ?? null };
    },
  },
  {
    name: 'planer 1.2',
    async split(p) {
      const text = p.isHtml
        ? htmlText(planer.extractFromHtml(p.body, document))
        : planer.extractFromPlain(p.body);
      return { text, signature: null };
    },
  },
  {
    name: 'email-reply-parser 2.3',
    async split(p) {
      const text = p.isHtml ? htmlText(p.body) : p.body;
      return { text: new EmailReplyParser().read(text).getVisibleText(), signature: null };
    },
  },
];

/** A thread of about `bytes`: Outlook and Gmail replies quoting each other, 40 deep, repeated. */
function syntheticThread(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const reply =
      i % 2 === 0
        ? `Thanks Ada, Tuesday at 2 PM works for me.\n\nBest regards,\nSam\n\nFrom: Ada Lee <ada@contoso.com>\nSent: Tuesday, November ${(i % 28) + 1}, 2026 3:04 PM\nTo: Sam Doe <sam@example.com>\nSubject: RE: Interview\n\n`
        : `Hi Sam,\n\nWe would like to invite you to a second interview.\n\nOn Mon, Nov ${(i % 28) + 1}, 2026 at 9:15 AM Sam Doe <sam@example.com> wrote:\n> Looking forward to hearing from you.\n> Sam\n\n`;
    parts.push(reply);
    size += reply.length;
  }
  return parts.join('');
}

async function throughput(
  splitter: Splitter,
  inputs: readonly PreparedCase[],
  bytes: number,
): Promise<string> {
  // Best of three passes: the machine is shared.
  let best = Number.POSITIVE_INFINITY;
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    for (const p of inputs) await splitter.split(p);
    best = Math.min(best, performance.now() - t0);
  }
  return (bytes / 1024 / 1024 / (best / 1000)).toFixed(2);
}

export async function run(): Promise<void> {
  const cases = loadCorpus();
  const prepared = await Promise.all(cases.map(prepare));
  const corpusBytes = prepared.reduce((n, p) => n + Buffer.byteLength(p.body), 0);
  const big = syntheticThread(5 * 1024 * 1024);
  const bigCase: PreparedCase = {
    c: { name: 'synthetic', kind: 'txt', bytes: Buffer.from(big), text: big, expected: [], tags: [] },
    body: big,
    isHtml: false,
  };
  console.log(
    `Corpus: ${cases.length} cases, ${(corpusBytes / 1024).toFixed(0)} KB; synthetic thread: 5 MB.\n`,
  );
  console.log('| splitter | correct | accuracy | corpus MB/s | 5 MB thread MB/s |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  const misses = new Map<string, string[]>();
  for (const s of SPLITTERS) {
    let correct = 0;
    const missed: string[] = [];
    for (const p of prepared) {
      const r = await s.split(p);
      if (matches(p.c, r.text, r.signature)) correct++;
      else missed.push(p.c.name);
    }
    misses.set(s.name, missed);
    const corpusRate = await throughput(s, prepared, corpusBytes);
    const bigRate = await throughput(s, [bigCase], Buffer.byteLength(big));
    const pct = ((100 * correct) / cases.length).toFixed(1);
    console.log(`| ${s.name} | ${correct}/${cases.length} | ${pct}% | ${corpusRate} | ${bigRate} |`);
  }
  console.log(
    '\nplaner returns a body of more than 1,000 lines untouched (its MAX_LINES_COUNT), so its 5 MB figure' +
      ' measures a no-op, not a split.',
  );
  console.log(`\nMissed by ours: ${(misses.get(SPLITTERS[0]?.name ?? '') ?? []).join(', ') || 'none'}`);
}
