// What a FILE argument holds before it becomes a thread (CLI.md "warnings"): a file with no mail at all (empty,
// /dev/null, binary) is left out of the thread and named on stderr, and a file bigger than the core reads is
// said to be cut. The core's own warnings (an unreadable part, an unknown zone) join these in `--json`.
import type { RawMessage } from '../core/types';
import { MAX_BODY_CHARS, MAX_MIME_BYTES } from '../core/mail/limits';
import { rawFor, readBytes, sniff } from './readInputs';

export interface CliWarning {
  readonly code: string;
  readonly message: string;
}

/** Bytes looked at to tell text from binary: a mail's first 8 KB are headers and text. */
const SNIFF_BYTES = 8192;

/** Whether the bytes are no text: a NUL, or more than one in ten control bytes, in the first 8 KB. */
export function looksBinary(data: Uint8Array): boolean {
  // UTF-16 text carries a byte-order mark and NULs between ASCII letters: text, not binary.
  if ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff)) return false;
  const head = data.subarray(0, SNIFF_BYTES);
  let controls = 0;
  for (const byte of head) {
    if (byte === 0) return true;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) controls++;
  }
  return controls * 10 > head.length;
}

/** A file that holds no mail at all, as a warning naming it; null where it holds something to read. */
export function noMail(file: string, data: Uint8Array): CliWarning | null {
  const name = file === '-' ? 'standard input' : file;
  if (data.every((b) => b === 0x20 || (b >= 0x09 && b <= 0x0d)))
    return { code: 'empty-input', message: `${name} is empty: there is no mail to read in it.` };
  if (looksBinary(data))
    return {
      code: 'binary-input',
      message: `${name} is not text (a binary file): there is no mail to read in it.`,
    };
  return null;
}

/** A file the core reads only in part (MIME over 25 MB, a bare body over 8 million characters). */
export function cutNotice(file: string, raw: RawMessage, bytes: number): CliWarning | null {
  const name = file === '-' ? 'standard input' : file;
  const mb = (n: number): string => `${Math.round(n / 1e6)} MB`;
  if (raw.kind === 'mime' && bytes > MAX_MIME_BYTES)
    return {
      code: 'input-truncated',
      message: `${name} is ${mb(bytes)}: only its first ${mb(MAX_MIME_BYTES)} were read.`,
    };
  if (raw.kind === 'body' && raw.body.length > MAX_BODY_CHARS)
    return {
      code: 'input-truncated',
      message: `${name} is ${mb(bytes)}: only its first ${mb(MAX_BODY_CHARS)} of text were read.`,
    };
  return null;
}

export interface CheckedInput {
  readonly file: string;
  /** null for a file that holds no mail (it is left out of the thread). */
  readonly raw: RawMessage | null;
  readonly warnings: readonly CliWarning[];
}

/** Reads one FILE argument and says what is wrong with it, if anything. Throws InputError if unreadable. */
export async function readChecked(file: string, stdin: NodeJS.ReadableStream): Promise<CheckedInput> {
  const data = await readBytes(file, stdin);
  const none = noMail(file, data);
  if (none !== null) return { file, raw: null, warnings: [none] };
  const raw = file === '-' ? sniff(data) : rawFor(file, data);
  const cut = cutNotice(file, raw, data.length);
  return { file, raw, warnings: cut === null ? [] : [cut] };
}
