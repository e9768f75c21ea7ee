#!/usr/bin/env node
// `npx followup`: runs the CLI's TypeScript source through tsx, so the command works right after `npm install`
// with no build step (CLI.md).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
