// `npx followup` (CLI.md): a host of the core. As a host it may read the clock and the system zone, once, here.
import type { Analysis, RawMessage } from '../core/types';
import { analyze } from '../core';
import { HELP, parseAnalyzeArgs, parseNow, type AnalyzeArgs } from './args';
import { toCliJson } from './cliJson';
import { readChecked, type CheckedInput } from './inputWarnings';
import { summary } from './summary';
import { runTimeline } from './timelineCommand';
import { runBoard } from './boardCommand';
import { isCliError, UsageError } from './usageError';

export interface Io {
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
}

/** @pure false: the system zone, read once at the host (STYLE.md practice 6). */
function systemZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** @pure false: the clock, read once at the host. */
function clockNow(): string {
  return new Date().toISOString();
}

async function runAnalyze(argv: readonly string[], io: Io): Promise<number> {
  const args: AnalyzeArgs = parseAnalyzeArgs(argv);
  if (args.files.filter((f) => f === '-').length > 1)
    throw new UsageError('standard input (-) can be read only once');
  const tz = args.tz ?? systemZone();
  const now = parseNow(args.now ?? clockNow(), tz);
  const today = now.slice(0, 10);
  const run = (messages: readonly RawMessage[]): Promise<Analysis> =>
    analyze({ messages }, { now, tz, ...(args.me !== null ? { me: args.me } : {}) });

  // Read every file first: an unreadable one stops the run before anything is printed.
  const inputs: CheckedInput[] = [];
  for (const file of args.files) inputs.push(await readChecked(file, io.stdin));
  // A file with no mail (empty, binary) is named on stderr, left out of the thread, and fails the run (exit 1)
  // once the rest is printed; a cut file is named too (CLI.md "warnings").
  for (const w of inputs.flatMap((i) => i.warnings)) io.stderr.write(`followup: warning: ${w.message}\n`);
  const status = inputs.some((i) => i.raw === null) ? 1 : 0;
  const raws = inputs.flatMap((i) => (i.raw === null ? [] : [i.raw]));

  if (args.format === 'jsonl') {
    for (const input of inputs) {
      const analysis = await run(input.raw === null ? [] : [input.raw]);
      io.stdout.write(`${JSON.stringify({ file: input.file, ...toCliJson(analysis, input.warnings) })}\n`);
    }
    return status;
  }
  // No mail at all: stderr has said why; advice on nothing would only mislead (JSON still carries warnings).
  if (raws.length === 0 && args.format !== 'json') return status;
  const analysis = await run(raws);
  const warnings = inputs.flatMap((i) => i.warnings);
  io.stdout.write(
    args.format === 'json'
      ? `${JSON.stringify(toCliJson(analysis, warnings), null, 2)}\n`
      : summary(analysis, today),
  );
  return status;
}

/**
 * Runs one command line; returns the exit code. Errors print one line on stderr: exit 2 for usage (bad flag,
 * unknown subcommand), 1 for input (unreadable file) or an unexpected failure.
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      (command === undefined ? io.stderr : io.stdout).write(HELP);
      return command === undefined ? 2 : 0;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout.write(HELP);
      return 0;
    }
    if (command === 'analyze') return await runAnalyze(rest, io);
    if (command === 'timeline') return await runTimeline(rest, io);
    if (command === 'board') return await runBoard(rest, io, clockNow, systemZone);
    throw new UsageError(
      `unknown command ${JSON.stringify(command)} (try: analyze, board, timeline, --help)`,
    );
  } catch (error) {
    if (isCliError(error)) {
      io.stderr.write(`followup: ${error.message}\n`);
      return error.exitCode;
    }
    const why = error instanceof Error ? error.message : String(error);
    io.stderr.write(`followup: unexpected error: ${why.split('\n')[0]}\n`);
    return 1;
  }
}
