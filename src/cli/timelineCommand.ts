// `npx followup timeline [--tz ZONE]` (CLI.md): JSON lines in, one JSON line out per input line, in order.
// A bad line gets {"error": ...} on its line and the run goes on.
import { createInterface } from 'node:readline';
import { findInText, loadLanguage, type LanguageTables } from '../core/extract';
import { resolveZone } from '../core/time';
import type { Finding } from '../core/types';

export interface TimelineIo {
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
}

/** Budget per input line: a longer one is answered with an error rather than parsed (a pasted mailbox). */
const MAX_LINE_CHARS = 200_000;

interface OutFinding {
  readonly kind: string;
  readonly by?: string;
  readonly time?: string;
  readonly phrase: string;
}

function toOut(f: Finding): OutFinding | null {
  switch (f.kind) {
    case 'response-by':
    case 'no-contact-before':
      return { kind: f.kind, by: f.by, phrase: f.phrase };
    case 'interview':
      return f.time === null
        ? { kind: f.kind, by: f.date, phrase: f.evidence.text }
        : { kind: f.kind, by: f.date, time: f.time, phrase: f.evidence.text };
    case 'no-calls':
      return { kind: f.kind, phrase: f.phrase };
    case 'outcome':
      return null; // CLI.md lists four kinds; outcomes belong to `analyze`.
  }
}

function readArgs(argv: readonly string[]): { tz: string | null } | { error: string } {
  let tz: string | null = null;
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i] ?? '';
    if (a === '--tz') {
      const v = argv[i + 1];
      if (v === undefined) return { error: '--tz needs a zone' };
      tz = v;
      i += 1;
    } else if (a.startsWith('--tz=')) tz = a.slice(5);
    else if (a !== 'timeline') return { error: `unknown option ${a}` };
  }
  return { tz };
}

/** Answers one input line; never throws. */
export function answerLine(
  line: string,
  defaultTz: string,
  warn: (message: string) => void = () => {},
  languages: readonly LanguageTables[] = [],
): string {
  if (line.length > MAX_LINE_CHARS)
    return JSON.stringify({ error: `line longer than ${MAX_LINE_CHARS} characters` });
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch (e) {
    return JSON.stringify({ error: `invalid JSON: ${e instanceof Error ? e.message : String(e)}` });
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return JSON.stringify({ error: 'expected a JSON object' });
  const o = input as Record<string, unknown>;
  const id = o['id'] ?? null;
  const text = o['text'];
  const sentAt = o['sentAt'];
  if (typeof text !== 'string') return JSON.stringify({ id, error: '"text" must be a string' });
  if (typeof sentAt !== 'string' || Number.isNaN(Date.parse(sentAt)))
    return JSON.stringify({ id, error: '"sentAt" must be an ISO 8601 instant' });
  const tz = typeof o['tz'] === 'string' && o['tz'] !== '' ? o['tz'] : defaultTz;
  // An unknown zone is read as UTC (the core's fallback); say so on stderr, keeping stdout one line per input.
  const zoneWarning = resolveZone(tz).warning;
  if (zoneWarning !== null) warn(`id ${JSON.stringify(id)}: ${zoneWarning.message}`);
  const found = findInText(text, sentAt, { tz, languages })
    .map(toOut)
    .filter((f): f is OutFinding => f !== null);
  return JSON.stringify({ id, found });
}

export async function runTimeline(argv: readonly string[], io: TimelineIo): Promise<number> {
  const args = readArgs(argv);
  if ('error' in args) {
    io.stderr.write(`followup timeline: ${args.error}\n`);
    return 2;
  }
  // The host's zone is read here, at the boundary (STYLE.md practice 6), never in the core.
  const systemTz = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const zone = resolveZone(args.tz ?? systemTz);
  if (zone.warning !== null) io.stderr.write(`followup timeline: ${zone.warning.message}\n`);
  // German, French and Spanish lines are read with their tables (issue 13); on the command line all three load.
  const languages = await Promise.all((['de', 'fr', 'es'] as const).map(loadLanguage));
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  for await (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    const out = answerLine(
      line,
      zone.zone,
      (message) => io.stderr.write(`followup timeline: ${message}\n`),
      languages,
    );
    if (!io.stdout.write(`${out}\n`))
      await new Promise<void>((resolve) => io.stdout.once('drain', () => resolve()));
  }
  return 0;
}
