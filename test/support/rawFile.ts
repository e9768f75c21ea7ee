// A mail file as the core takes it: .eml as MIME, .mbox as a mailbox, .txt as a bare text body.
import { readFileSync } from 'node:fs';
import type { RawMessage } from '../../src/core/types';

export function rawFile(dir: URL, file: string): RawMessage {
  const data = new Uint8Array(readFileSync(new URL(file, dir)));
  if (file.endsWith('.txt')) return { kind: 'body', body: new TextDecoder().decode(data), bodyType: 'text' };
  if (file.endsWith('.mbox')) return { kind: 'mbox', data };
  return { kind: 'mime', data };
}
