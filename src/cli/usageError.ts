// The CLI's errors (STYLE.md practice 10): a usage error (bad flag, unknown subcommand) exits 2, an input
// error (unreadable file) exits 1; each prints one clear line on stderr.

export class CliError extends Error {
  override name = 'CliError';
  readonly isCliError = true;
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message);
  }
}

export class UsageError extends CliError {
  override name = 'UsageError';
  constructor(message: string) {
    super(message, 2);
  }
}

export class InputError extends CliError {
  override name = 'InputError';
  constructor(message: string) {
    super(message, 1);
  }
}

/** Also true across realms, where `instanceof` fails: checks the brand and the name. */
export function isCliError(error: unknown): error is CliError {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { isCliError?: unknown }).isCliError === true &&
    ['CliError', 'UsageError', 'InputError'].includes((error as { name?: unknown }).name as string)
  );
}
