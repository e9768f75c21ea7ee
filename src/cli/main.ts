// STUB: the CLI (CLI.md) is written by the advice/CLI area.
export interface Io {
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
}

export async function main(_argv: readonly string[], io: Io): Promise<number> {
  io.stderr.write('followup: not implemented yet\n');
  return 2;
}
