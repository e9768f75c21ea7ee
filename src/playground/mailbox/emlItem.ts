// An .eml file (a sample, or one dropped on the mailbox) -> the item Outlook would show for it: the
// message's own headers and its whole body, quoted history included, as Outlook hands it to an add-in.
// postal-mime does the MIME work; the core reads the thread later, from what the fake Office hands over.
import PostalMime, { type Address as MimeAddress } from 'postal-mime';
import type { FakeAddress, FakeItemData } from '../fakeOffice/hostTypes';

function mailboxes(list: readonly MimeAddress[] | undefined): FakeAddress[] {
  const out: FakeAddress[] = [];
  for (const entry of list ?? []) {
    if ('group' in entry && Array.isArray(entry.group)) {
      out.push(...mailboxes(entry.group));
    } else if ('address' in entry && typeof entry.address === 'string') {
      out.push({ displayName: entry.name || entry.address, emailAddress: entry.address });
    }
  }
  return out;
}

function firstId(references: string | undefined): string | null {
  const match = /<[^<>\s]+>/.exec(references ?? '');
  return match === null ? null : match[0];
}

/** Outlook's ids are opaque strings; these are stable per message so state keyed by them survives reloads. */
function opaqueId(prefix: string, source: string): string {
  let hash = 2166136261;
  for (let i = 0; i < source.length; i++) hash = Math.imul(hash ^ source.charCodeAt(i), 16777619) >>> 0;
  return `${prefix}${hash.toString(16).padStart(8, '0')}`;
}

function validIso(date: string | undefined, fallback: string): string {
  const ms = date === undefined ? Number.NaN : Date.parse(date);
  return Number.isNaN(ms) ? fallback : new Date(ms).toISOString();
}

/**
 * Parses an .eml into the read item. `fallbackDate` stands in where the Date header is missing or
 * unreadable (Outlook always has a received time).
 */
export async function emlToItem(raw: string, fallbackDate: string): Promise<FakeItemData> {
  const email = await PostalMime.parse(raw);
  const messageId = email.messageId ?? opaqueId('<generated-', raw) + '>';
  const root = firstId(email.references) ?? firstId(email.inReplyTo) ?? messageId;
  const from = mailboxes(email.from === undefined ? [] : [email.from])[0] ?? null;
  return {
    mode: 'read',
    // EWS ids are base64 with '/' and '+' (their REST form swaps them for '-' and '_', convertToRestId).
    itemId: `${opaqueId('AAMkAGI2/', messageId)}+AAA=`,
    conversationId: opaqueId('AAQkAGI2-', root),
    subject: email.subject ?? '',
    from,
    to: mailboxes(email.to),
    cc: mailboxes(email.cc),
    dateTimeCreated: validIso(email.date, fallbackDate),
    bodyHtml: email.html ?? null,
    bodyText: email.text ?? (email.html ?? '').replace(/<[^>]*>/g, ''),
    internetHeaders: email.headerLines.map((h) => h.line).join('\r\n') + '\r\n',
  };
}
