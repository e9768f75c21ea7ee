/**
 * The mail area (ARCHITECTURE.md): raw message(s) -> Message[], with MIME, quoted-history splitting and
 * who is who. Explicit exports: everything else in this folder is private to it.
 */
import type { RawMessage } from '../types';
import { normalizeInstant, readDate } from './dates';
import { readItems, type FieldsMessage } from './items';

export { parseThread, type ParseThreadOptions } from './thread';
export { splitQuotes, type Split } from './quotes';
export { splitSignature, type SignatureSplit } from './signature';
export { htmlToText } from './html';
export type { FieldsMessage } from './items';

/**
 * One raw message (an .eml, the newest of an mbox, fields or a body) -> the fields Office.js would give
 * for it, which the playground uses to show a .eml as an Outlook item. The sent time keeps the Date
 * header's offset. Never throws.
 * @example (await parseMessage({ kind: 'mime', data: eml })).subject // 'Re: Interview'
 */
export async function parseMessage(raw: RawMessage): Promise<FieldsMessage> {
  const all = await parseMessages(raw);
  return (
    all[all.length - 1] ?? {
      kind: 'fields',
      subject: '',
      from: null,
      to: [],
      cc: [],
      sentAt: null,
      body: '',
      bodyType: 'text',
    }
  );
}

/** Like parseMessage, one entry per message of an mbox (oldest first as stored). */
export async function parseMessages(raw: RawMessage): Promise<FieldsMessage[]> {
  const items = await readItems(raw);
  return items.map((item) => {
    const sent = item.dateIsIso
      ? normalizeInstant(item.dateRaw, 'UTC')
      : item.dateRaw
        ? readDate(item.dateRaw, 'month-first', { offset: null, tz: 'UTC' })
        : null;
    return {
      kind: 'fields',
      subject: item.subject,
      from: item.from,
      to: item.to,
      cc: item.cc,
      sentAt: sent?.iso ?? null,
      body: item.rawBody,
      bodyType: item.rawBodyType,
      headers: item.headers,
    };
  });
}
