#!/usr/bin/env node
// `npx followup`: runs the CLI's TypeScript source through tsx, so the command works right after `npm install`
// with no build step (CLI.md).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
const { endQuietlyOnEpipe } = await import('../src/cli/pipes.ts');
for (const stream of [process.stdout, process.stderr])
  endQuietlyOnEpipe(stream, () => process.exit(process.exitCode ?? 0));
process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
