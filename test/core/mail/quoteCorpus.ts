/**
 * The quote-detection corpus (../shared/bench-data/quotes, 144 cases from other projects' public test
 * suites; SOURCES.md there) and its scorer, shared by the accuracy test and bench/quotes.bench.ts.
 * The corpus is read where it lives, never copied into the project.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RawMessage } from '../../../src/core/types';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const corpusDir = path.resolve(repoRoot, '../shared/bench-data/quotes');

export interface CorpusCase {
  readonly name: string;
  readonly kind: 'txt' | 'html' | 'eml';
  /** The input as bytes (an .eml) or text (a .txt or .html body). */
  readonly bytes: Uint8Array;
  readonly text: string;
  /** Accepted answers: the fixture's own convention, and the other signature convention where it differs. */
  readonly expected: readonly string[];
  readonly tags: readonly string[];
}

interface CaseRecord {
  readonly case: string;
  readonly input: string;
  readonly expected: string;
  readonly expected_alt?: string;
  readonly tags?: readonly string[];
}

export function loadCorpus(): CorpusCase[] {
  const lines = readFileSync(path.join(corpusDir, 'cases.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  return lines.map((line) => {
    const r = JSON.parse(line) as CaseRecord;
    const bytes = new Uint8Array(readFileSync(path.join(corpusDir, r.input)));
    const ext = path.extname(r.input).slice(1);
    const expected = [readFileSync(path.join(corpusDir, r.expected), 'utf8')];
    if (r.expected_alt !== undefined) expected.push(r.expected_alt);
    return {
      name: r.case,
      kind: ext === 'eml' ? 'eml' : ext === 'html' ? 'html' : 'txt',
      bytes,
      text: Buffer.from(bytes).toString('utf8'),
      expected,
      tags: r.tags ?? [],
    };
  });
}

/** The corpus case as the host would hand it to the core. */
export function asRawMessage(c: CorpusCase): RawMessage {
  if (c.kind === 'eml') return { kind: 'mime', data: c.bytes };
  return { kind: 'body', body: c.text, bodyType: c.kind === 'html' ? 'html' : 'text' };
}

/** White space collapsed, as the corpus is scored (SOURCES.md). */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Whether an answer matches: either signature convention is accepted, so own text alone or own text
 * followed by the signature may equal either expected reading.
 */
export function matches(c: CorpusCase, text: string, signature: string | null): boolean {
  const answers = [text, signature ? `${text}\n${signature}` : text].map(collapse);
  return c.expected.map(collapse).some((e) => answers.includes(e));
}
