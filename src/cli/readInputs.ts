// FILE arguments -> RawMessage (CLI.md): by extension, or sniffed for `-` and unknown extensions.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { RawMessage } from '../core/types';
import { InputError } from './usageError';

/** Reading stops here: a mailbox export bigger than this is not one interview thread. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

// A header block: "From: …", "Received: …", "Subject: …" lines at the very start.
const HEADER_START = /^(?:[A-Za-z][A-Za-z0-9-]*:[^\n]*\r?\n(?:[ \t][^\n]*\r?\n)*){2,}/;
const KNOWN_HEADER =
  /^(?:from|to|date|subject|received|return-path|mime-version|message-id|delivered-to|content-type|x-[\w-]+|reply-to|cc|thread-topic|in-reply-to|references|dkim-signature|arc-[\w-]+|authentication-results):/im;
const HTML_START =
  /^\s*(?:<!doctype html|<html|<head|<body|<div|<p[\s>]|<table|<span|<br|<blockquote|<meta)/i;

/** Guesses what a byte string holds: an mbox, one RFC 5322 message, an HTML body or a text body. */
export function sniff(input: Uint8Array): RawMessage {
  // A UTF-8 byte-order mark (Notepad adds one) is not part of the message.
  const data = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf ? input.subarray(3) : input;
  const head = new TextDecoder('latin1').decode(data.subarray(0, 8192));
  if (/^From \S/.test(head)) return { kind: 'mbox', data };
  if (HEADER_START.test(head) && KNOWN_HEADER.test(head)) return { kind: 'mime', data };
  const text = new TextDecoder('utf-8').decode(data);
  if (HTML_START.test(text)) return { kind: 'body', body: text, bodyType: 'html' };
  return { kind: 'body', body: text, bodyType: 'text' };
}

export function rawFor(file: string, data: Uint8Array): RawMessage {
  switch (path.extname(file).toLowerCase()) {
    case '.eml':
      return { kind: 'mime', data };
    case '.mbox':
      return { kind: 'mbox', data };
    case '.txt':
      return { kind: 'body', body: new TextDecoder('utf-8').decode(data), bodyType: 'text' };
    case '.html':
    case '.htm':
      return { kind: 'body', body: new TextDecoder('utf-8').decode(data), bodyType: 'html' };
    default:
      return sniff(data);
  }
}

export async function readStream(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
    size += buf.length;
    if (size > MAX_INPUT_BYTES)
      throw new InputError(`standard input is larger than ${MAX_INPUT_BYTES} bytes`);
    chunks.push(buf);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** Reads one FILE argument (`-` = standard input, read once) into a RawMessage. */
export async function readInput(file: string, stdin: NodeJS.ReadableStream): Promise<RawMessage> {
  const data = await readBytes(file, stdin);
  return file === '-' ? sniff(data) : rawFor(file, data);
}

/** The bytes of one FILE argument (`-` = standard input, read once). Throws InputError if unreadable. */
export async function readBytes(file: string, stdin: NodeJS.ReadableStream): Promise<Uint8Array> {
  if (file === '-') return readStream(stdin);
  let data: Buffer;
  try {
    data = await readFile(file);
  } catch (error) {
    const code = (error as { code?: string }).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : 'unreadable';
    throw new InputError(`cannot read ${file}: ${why}`);
  }
  if (data.length > MAX_INPUT_BYTES) throw new InputError(`${file} is larger than ${MAX_INPUT_BYTES} bytes`);
  return new Uint8Array(data.buffer, data.byteOffset, data.length);
}
