// `followup analyze FILE... [--now ISO] [--tz ZONE] [--me ADDRESS] [--json | --jsonl]` (CLI.md).
import { isoInZone, localToIso, readInstant, readLocal, resolveZone } from '../core/time';
import { UsageError } from './usageError';

export interface AnalyzeArgs {
  readonly files: readonly string[];
  /** The instant, normalised to ISO with offset; null = the clock. */
  readonly now: string | null;
  /** A resolved IANA zone; null = the system zone. */
  readonly tz: string | null;
  readonly me: string | null;
  readonly format: 'summary' | 'json' | 'jsonl';
}

const VALUE_FLAGS = new Set(['--now', '--tz', '--me']);
const BOOL_FLAGS = new Set(['--json', '--jsonl']);

/** Splits `--flag=value` and `--flag value`; `-` alone is a file (standard input). */
export function tokens(
  argv: readonly string[],
  boolFlags: ReadonlySet<string> = BOOL_FLAGS,
): { flags: Map<string, string | true>; files: string[] } {
  const flags = new Map<string, string | true>();
  const files: string[] = [];
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) {
      files.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyFiles = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (VALUE_FLAGS.has(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '') throw new UsageError(`${name} needs a value`);
      flags.set(name, value);
    } else if (boolFlags.has(name) && eq < 0) {
      flags.set(name, true);
    } else {
      throw new UsageError(`unknown option ${JSON.stringify(arg)} (see followup --help)`);
    }
  }
  return { flags, files };
}

/** An ISO instant; a date-time or date without offset is read in `tz`. */
export function parseNow(text: string, tz: string): string {
  const t = text.trim();
  const instant = readInstant(t);
  const local = instant === null ? readLocal(t) : null;
  const iso = instant !== null ? isoInZone(instant.ms, tz) : local !== null ? localToIso(local, tz) : null;
  if (iso === null) {
    throw new UsageError(
      `--now ${JSON.stringify(text)} is not an ISO 8601 date-time (e.g. 2026-11-25T09:00:00-05:00)`,
    );
  }
  return iso;
}

export function parseZone(text: string): string {
  const zone = resolveZone(text);
  if (!zone.known)
    throw new UsageError(`--tz ${JSON.stringify(text)} is not a known time zone (e.g. America/New_York)`);
  return zone.zone;
}

export function parseAnalyzeArgs(argv: readonly string[]): AnalyzeArgs {
  const { flags, files } = tokens(argv);
  if (files.length === 0) throw new UsageError('analyze needs at least one FILE (or - for standard input)');
  if (flags.has('--json') && flags.has('--jsonl'))
    throw new UsageError('--json and --jsonl cannot be used together');
  const tzFlag = flags.get('--tz');
  const tz = typeof tzFlag === 'string' ? parseZone(tzFlag) : null;
  const nowFlag = flags.get('--now');
  const me = flags.get('--me');
  if (typeof me === 'string' && !/^[^\s@]+@[^\s@]+$/.test(me))
    throw new UsageError(`--me ${JSON.stringify(me)} is not an email address`);
  return {
    files,
    now: typeof nowFlag === 'string' ? nowFlag : null,
    tz,
    me: typeof me === 'string' ? me.toLowerCase() : null,
    format: flags.has('--jsonl') ? 'jsonl' : flags.has('--json') ? 'json' : 'summary',
  };
}

/** `timeline [--tz ZONE]`: only checked here for unknown flags; runTimeline reads its own. */
export const HELP = `followup: when and how to follow up after a job interview

Usage:
  followup analyze FILE... [--now ISO] [--tz ZONE] [--me ADDRESS] [--json | --jsonl]
  followup board PATH... [--now ISO] [--tz ZONE] [--me ADDRESS] [--json | --csv | --ics]
  followup timeline [--tz ZONE]        < lines of {"id","text","sentAt","tz"}
  followup --help

analyze   FILE is .eml, .mbox, .txt, .html/.htm or - (standard input). Several FILEs, or an .mbox,
          are one thread; with --jsonl each FILE is its own thread, one JSON object a line.
  --now ISO       the current instant (default: the clock)
  --tz ZONE       IANA or Windows zone name (default: the system zone)
  --me ADDRESS    your address (default: inferred from the thread)
  --json          one JSON object (CLI.md)
  --jsonl         one JSON object per FILE, each with "file"
board     every job application in a mailbox: PATH is an .mbox or a folder of .eml files (or several);
          prints the most urgent first, or --json, --csv (a spreadsheet) or --ics (a calendar)
timeline  reads JSON lines on standard input, prints the findings of each line
`;
