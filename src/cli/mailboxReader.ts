// A whole mail export, message by message (CLI.md `board`): an .mbox read as a stream (never whole in memory),
// a folder of .eml files searched recursively, or one .eml. Each message is handed on as it is read.
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from './usageError';

/** One message's source, with where it came from (for warnings). */
export interface MailSource {
  readonly data: Uint8Array;
  readonly origin: string;
  /** `mbox`: one mbox message with its `From ` line; `mime`: one .eml. */
  readonly kind: 'mbox' | 'mime';
}

/** One .eml bigger than this is no mail a person wrote (attachments aside): it is skipped with a warning. */
export const MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

const FROM_LINE = Buffer.from('\nFrom ');

/**
 * Splits an mbox stream at `From ` lines that start a line, yielding each message's bytes (its `From ` line
 * included, which the mail area drops and unescapes as it does for a whole mbox).
 */
export async function* mboxMessages(file: string): AsyncGenerator<Uint8Array> {
  let pending: Buffer = Buffer.alloc(0);
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    pending = pending.length === 0 ? (chunk as Buffer) : Buffer.concat([pending, chunk as Buffer]);
    let start = 0;
    // Search from 1: a `From ` at offset 0 starts the first message, not a new one.
    for (let at = pending.indexOf(FROM_LINE, 1); at !== -1; at = pending.indexOf(FROM_LINE, start + 1)) {
      const piece = pending.subarray(start, at + 1);
      if (piece.length > 0) yield piece;
      start = at + 1;
    }
    pending = pending.subarray(start);
    if (pending.length > MAX_MESSAGE_BYTES * 4) {
      // One runaway message (no `From ` line for 64 MB): hand it on as it is rather than grow without end.
      yield pending;
      pending = Buffer.alloc(0);
    }
  }
  if (pending.length > 0) yield pending;
}

async function* emlFiles(dir: string): AsyncGenerator<string> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) yield* emlFiles(full);
    else if (e.isFile() && /\.eml$/i.test(e.name)) yield full;
  }
}

function unreadable(file: string, error: unknown): InputError {
  const code = (error as { code?: string }).code;
  const why =
    code === 'ENOENT' ? 'no such file or folder' : code === 'EACCES' ? 'permission denied' : 'unreadable';
  return new InputError(`cannot read ${file}: ${why}`);
}

/** Whether a file starts like an mbox (`From ` line) rather than one message. */
async function startsLikeMbox(file: string): Promise<boolean> {
  for await (const chunk of createReadStream(file, { start: 0, end: 4 })) return String(chunk) === 'From ';
  return false;
}

/**
 * Every message under the PATHs, in the order given (folders in name order). An unreadable PATH is an
 * InputError before anything is read; a file too large to be one message is reported through `warn`.
 */
export async function* mailboxSources(
  paths: readonly string[],
  warn: (message: string) => void,
): AsyncGenerator<MailSource> {
  const kinds: { file: string; dir: boolean }[] = [];
  for (const file of paths) {
    try {
      kinds.push({ file, dir: (await stat(file)).isDirectory() });
    } catch (error) {
      throw unreadable(file, error);
    }
  }
  for (const { file, dir } of kinds) {
    if (!dir && (/\.mbox$/i.test(file) || (await startsLikeMbox(file)))) {
      for await (const data of mboxMessages(file)) yield { data, origin: file, kind: 'mbox' };
      continue;
    }
    for await (const eml of dir ? emlFiles(file) : [file]) {
      const size = (await stat(eml)).size;
      if (size > MAX_MESSAGE_BYTES) {
        warn(`${eml} is larger than ${MAX_MESSAGE_BYTES} bytes: skipped`);
        continue;
      }
      yield { data: await readFile(eml), origin: eml, kind: 'mime' };
    }
  }
}
