// `npx followup` (CLI.md): a host of the core. As a host it may read the clock and the system zone, once, here.
import type { Analysis, RawMessage } from '../core/types';
import { analyze } from '../core';
import { HELP, parseAnalyzeArgs, parseNow, type AnalyzeArgs } from './args';
import { toCliJson } from './cliJson';
import { readInput } from './readInputs';
import { summary } from './summary';
import { runTimeline } from './timelineCommand';
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
    analyze(
      { messages },
      {
        now,
        tz,
        ...(args.me !== null ? { me: args.me } : {}),
        ...(args.myName !== null ? { myName: args.myName } : {}),
      },
    );

  // Read every file first: an unreadable one stops the run before anything is printed.
  const raws: RawMessage[] = [];
  for (const file of args.files) raws.push(await readInput(file, io.stdin));

  if (args.format === 'jsonl') {
    for (const [i, raw] of raws.entries()) {
      const analysis = await run([raw]);
      io.stdout.write(`${JSON.stringify({ file: args.files[i], ...toCliJson(analysis) })}\n`);
    }
    return 0;
  }
  const analysis = await run(raws);
  io.stdout.write(
    args.format === 'json' ? `${JSON.stringify(toCliJson(analysis), null, 2)}\n` : summary(analysis, today),
  );
  return 0;
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
    throw new UsageError(`unknown command ${JSON.stringify(command)} (try: analyze, timeline, --help)`);
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
