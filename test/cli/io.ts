// Fake standard streams for main(): stdin from a string, stdout and stderr captured.
import { PassThrough, Readable } from 'node:stream';
import type { Io } from '../../src/cli/main';

export interface FakeIo extends Io {
  out(): string;
  err(): string;
}

export function fakeIo(stdin = ''): FakeIo {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks = { out: [] as Buffer[], err: [] as Buffer[] };
  stdout.on('data', (c: Buffer) => chunks.out.push(c));
  stderr.on('data', (c: Buffer) => chunks.err.push(c));
  return {
    stdin: Readable.from([Buffer.from(stdin)]),
    stdout,
    stderr,
    out: () => Buffer.concat(chunks.out).toString('utf8'),
    err: () => Buffer.concat(chunks.err).toString('utf8'),
  };
}
