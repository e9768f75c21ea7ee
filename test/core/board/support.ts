// Mailboxes for the board's tests: the .eml files of a fixture folder as the CLI reads them (fields, then
// summaries), with the file each message came from.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseMessage } from '../../../src/core/mail';
import { summarize, type MailSummary } from '../../../src/core/board';
import type { RawMessage } from '../../../src/core/types';

export const BOARD_FIXTURES = fileURLToPath(new URL('../../fixtures/board/', import.meta.url));
export const DEV_MAILBOX = path.join(BOARD_FIXTURES, 'mailbox');

function emlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? emlFiles(full) : name.endsWith('.eml') ? [full] : [];
    });
}

export interface LoadedMailbox {
  /** File names without folder or extension, e.g. "03-thank-you-new-message". */
  readonly names: readonly string[];
  readonly fields: readonly Extract<RawMessage, { kind: 'fields' }>[];
  readonly summaries: readonly MailSummary[];
}

export async function loadMailbox(dir: string): Promise<LoadedMailbox> {
  const files = emlFiles(dir);
  const fields = await Promise.all(files.map((f) => parseMessage({ kind: 'mime', data: readFileSync(f) })));
  return {
    names: files.map((f) => path.basename(f, '.eml')),
    fields,
    summaries: fields.map(summarize),
  };
}
