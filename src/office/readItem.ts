// Reads the open item into the core's ThreadInput (`kind: 'fields'`) plus who the user is (issue 5).
// Read mode gives properties directly; compose mode gives async getters. Every step ends in a Result.
import type { Address, RawMessage } from '../core/types';
import { callAsync, ok } from './asyncResult';
import { parseInternetHeaders } from './internetHeaders';
import {
  currentMessage,
  isComposeItem,
  requireMailbox,
  supportsMailbox,
  type MailItem,
} from './officeGlobal';
import type { ItemContext, Result } from './types';

type Recipient = Pick<Office.EmailAddressDetails, 'displayName' | 'emailAddress'>;

/** Office's address details to the core's Address; null where neither a name nor an address is there. */
export function toAddress(details: Partial<Recipient> | null | undefined): Address | null {
  if (!details) return null;
  const name = typeof details.displayName === 'string' ? details.displayName.trim() : '';
  const address = typeof details.emailAddress === 'string' ? details.emailAddress.trim().toLowerCase() : '';
  if (name === '' && address === '') return null;
  return { name: name === '' ? null : name, address };
}

export function toAddresses(list: readonly Partial<Recipient>[] | null | undefined): Address[] {
  if (!Array.isArray(list)) return [];
  return list.map(toAddress).filter((a): a is Address => a !== null);
}

/** An instant as ISO 8601 (UTC), or null where Outlook gave no valid date. */
export function toIsoInstant(value: unknown): string | null {
  const date =
    value instanceof Date
      ? value
      : typeof value === 'string' || typeof value === 'number'
        ? new Date(value)
        : null;
  return date && !Number.isNaN(date.getTime()) ? date.toISOString() : null;
}

/** The user's zone: Outlook's (a Windows name the core maps to IANA), else this runtime's. @pure false */
function userZone(profile: Office.UserProfile | undefined): string {
  const zone = typeof profile?.timeZone === 'string' ? profile.timeZone.trim() : '';
  if (zone !== '') return zone;
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return 'UTC';
  }
}

/** The body as HTML, falling back to text (HTML is the reliable coercion on web and new Outlook). */
async function readBody(item: MailItem): Promise<Result<{ body: string; bodyType: 'text' | 'html' }>> {
  const html = await callAsync<string>('body.getAsync', (cb) =>
    item.body.getAsync(Office.CoercionType.Html, cb),
  );
  if (html.ok && typeof html.value === 'string') return ok({ body: html.value, bodyType: 'html' });
  const text = await callAsync<string>('body.getAsync', (cb) =>
    item.body.getAsync(Office.CoercionType.Text, cb),
  );
  if (text.ok) return ok({ body: typeof text.value === 'string' ? text.value : '', bodyType: 'text' });
  return html.ok ? text : html;
}

/** Internet headers where Mailbox 1.8 is there (read mode only); none otherwise: they are an extra. */
async function readHeaders(item: Office.MessageRead): Promise<Readonly<Record<string, string>> | undefined> {
  if (!supportsMailbox('1.8') || typeof item.getAllInternetHeadersAsync !== 'function') return undefined;
  const headers = await callAsync<string>('getAllInternetHeadersAsync', (cb) =>
    item.getAllInternetHeadersAsync(cb),
  );
  return headers.ok && typeof headers.value === 'string' ? parseInternetHeaders(headers.value) : undefined;
}

interface ItemFields {
  readonly subject: string;
  readonly from: Address | null;
  readonly to: readonly Address[];
  readonly cc: readonly Address[];
  readonly sentAt: string | null;
  readonly headers?: Readonly<Record<string, string>>;
}

async function readFieldsRead(item: Office.MessageRead): Promise<Result<ItemFields>> {
  const headers = await readHeaders(item);
  return ok({
    subject: typeof item.subject === 'string' ? item.subject : '',
    from: toAddress(item.from),
    to: toAddresses(item.to),
    cc: toAddresses(item.cc),
    sentAt: toIsoInstant(item.dateTimeCreated),
    ...(headers ? { headers } : {}),
  });
}

async function readFieldsCompose(
  item: Office.MessageCompose,
  me: Address | null,
): Promise<Result<ItemFields>> {
  const subject = await callAsync<string>('subject.getAsync', (cb) => item.subject.getAsync(cb));
  if (!subject.ok) return subject;
  const to = await callAsync<Office.EmailAddressDetails[]>('to.getAsync', (cb) => item.to.getAsync(cb));
  if (!to.ok) return to;
  const cc = await callAsync<Office.EmailAddressDetails[]>('cc.getAsync', (cb) => item.cc.getAsync(cb));
  if (!cc.ok) return cc;
  // from.getAsync is Mailbox 1.7; without it the sender of a draft is the user.
  let from = me;
  if (supportsMailbox('1.7') && typeof item.from?.getAsync === 'function') {
    const read = await callAsync<Office.EmailAddressDetails>('from.getAsync', (cb) => item.from.getAsync(cb));
    if (read.ok) from = toAddress(read.value) ?? me;
  }
  // A draft has not been sent: no time of its own.
  return ok({
    subject: subject.value ?? '',
    from,
    to: toAddresses(to.value),
    cc: toAddresses(cc.value),
    sentAt: null,
  });
}

/**
 * Reads the open item (issue 5): subject, from, to, cc, time, ids, body (HTML, else text), internet headers
 * where supported; and the user's address, name and zone.
 */
export async function readCurrentItem(): Promise<Result<ItemContext>> {
  const found = currentMessage();
  if (!found.ok) return found;
  const needed = requireMailbox('1.3', 'read this message');
  if (!needed.ok) return needed;
  const item = found.value;
  const profile = Office.context.mailbox.userProfile as Office.UserProfile | undefined;
  const me = toAddress(profile);
  const compose = isComposeItem(item);

  // Asked together: each is a round trip to the host, and none depends on another (issue 12: speed).
  const [fields, body] = await Promise.all([
    compose ? readFieldsCompose(item, me) : readFieldsRead(item),
    readBody(item),
  ]);
  if (!fields.ok) return fields;
  if (!body.ok) return body;

  const conversationId =
    typeof item.conversationId === 'string' && item.conversationId !== '' ? item.conversationId : null;
  const itemId = !compose && typeof item.itemId === 'string' && item.itemId !== '' ? item.itemId : null;
  const message: RawMessage = {
    kind: 'fields',
    ...fields.value,
    body: body.value.body,
    bodyType: body.value.bodyType,
    ...(conversationId ? { conversationId } : {}),
    ...(itemId ? { itemId } : {}),
  };
  return ok({
    input: { messages: [message] },
    me: me?.address || null,
    myName: me?.name ?? null,
    tz: userZone(profile),
    conversationId,
    itemId,
    mode: compose ? 'compose' : 'read',
    subject: fields.value.subject,
  });
}
