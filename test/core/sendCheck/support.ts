// Builders for the send check's tables: the message being sent, as compose mode reads it, replying to a real
// thread (a fixture .eml, quoted under Outlook's header block as Outlook quotes it, or handed as history).
import { readFileSync } from 'node:fs';
import type { Address, RawMessage } from '../../../src/core/types';

const DIR = new URL('../../fixtures/threads/', import.meta.url);

export const GRACE: Address = { name: 'Grace Hopper', address: 'grace@example.com' };
/** The people of the fixture threads the tables reply to. */
export const PEOPLE = {
  ada: { name: 'Ada Lee', address: 'ada@contoso.com' },
  priya: { name: 'Priya Nair', address: 'priya@tailspin.com' },
  hiroshi: { name: 'Hiroshi Tanaka', address: 'hiroshi.tanaka@fabrikam-labs.com' },
  olivia: { name: 'Olivia Wright', address: 'olivia.wright@icloud.com' },
  daniel: { name: 'Daniel Okafor', address: 'dokafor@northwindtraders.com' },
  rachel: { name: 'Rachel Kim', address: 'rkim@northwindtraders.com' },
  lena: { name: 'Lena Kowalski', address: 'lena.kowalski@gmail.com' },
  hannah: { name: 'Hannah Cole', address: 'hannah.cole@apexstaffing.com' },
  kwame: { name: 'Kwame Mensah', address: 'kwame.mensah.it@gmail.com' },
} as const satisfies Record<string, Address>;

export function fixture(file: string): RawMessage {
  return { kind: 'mime', data: new Uint8Array(readFileSync(new URL(file, DIR))) };
}

/** A fixture's body (headers cut), for quoting under a reply. */
function fixtureBody(file: string): {
  from: string;
  sent: string;
  to: string;
  subject: string;
  body: string;
} {
  const text = readFileSync(new URL(file, DIR), 'utf8').replace(/\r\n/g, '\n');
  const split = text.indexOf('\n\n');
  const head = text.slice(0, split);
  const field = (name: string) => new RegExp(`^${name}: (.*)$`, 'mi').exec(head)?.[1] ?? '';
  return {
    from: field('From'),
    sent: field('Date'),
    to: field('To'),
    subject: field('Subject'),
    body: text.slice(split + 2),
  };
}

export interface Outgoing {
  readonly text: string;
  readonly to: readonly Address[];
  readonly subject?: string;
  readonly cc?: readonly Address[];
  /** The sender (the candidate): Grace Hopper unless said. */
  readonly from?: Address;
  /** A fixture the message replies to, quoted in its body as Outlook quotes it. */
  readonly replyTo?: string;
}

/** The message being sent: the user's text, then (for a reply) the quoted thread, as compose mode reads it. */
export function outgoing(o: Outgoing): Extract<RawMessage, { kind: 'fields' }> {
  let body = o.text;
  let subject = o.subject ?? '';
  if (o.replyTo !== undefined) {
    const q = fixtureBody(o.replyTo);
    subject = o.subject ?? (/^re:/i.test(q.subject) ? q.subject : `RE: ${q.subject}`);
    body += `\n\n-----Original Message-----\nFrom: ${q.from}\nSent: ${q.sent}\nTo: ${q.to}\nSubject: ${q.subject}\n\n${q.body}`;
  }
  return {
    kind: 'fields',
    subject,
    from: o.from ?? GRACE,
    to: o.to,
    cc: o.cc ?? [],
    sentAt: null,
    body,
    bodyType: 'text',
  };
}
