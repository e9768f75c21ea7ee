/**
 * RawMessage (as a host has it) -> Item: the fields of one message, its body as normalized text, its
 * calendar parts and what went wrong reading it. mbox sources become several items.
 */
import type { Address, RawMessage, Warning } from '../types';
import { repairC1 } from './charsets';
import { htmlToText, looksLikeHtml } from './html';
import { MAX_BODY_CHARS } from './limits';

/** One message as a host would hand it over: Office.js-like fields, body as text or HTML. */
export type FieldsMessage = Extract<RawMessage, { kind: 'fields' }>;

export interface Item {
  readonly subject: string;
  readonly from: Address | null;
  readonly to: readonly Address[];
  readonly cc: readonly Address[];
  /** The date as the source wrote it: an RFC 5322 Date header, or the host's ISO instant. */
  readonly dateRaw: string | null;
  /** Whether dateRaw is a host's ISO instant rather than a header. */
  readonly dateIsIso: boolean;
  /** The body as it came (text or HTML), for hosts that show it. */
  readonly rawBody: string;
  readonly rawBodyType: 'text' | 'html';
  readonly headers: Readonly<Record<string, string>>;
  readonly calendars: readonly string[];
  readonly warnings: readonly Warning[];
}

/** The body as text: HTML converted (quotes as `>` lines), line ends `\n`, NUL and control bytes gone, cut to budget. */
export function bodyText(item: Pick<Item, 'rawBody' | 'rawBodyType'>): { text: string; truncated: boolean } {
  const truncated = item.rawBody.length > MAX_BODY_CHARS;
  const raw = truncated ? item.rawBody.slice(0, MAX_BODY_CHARS) : item.rawBody;
  const html = item.rawBodyType === 'html' || looksLikeHtml(raw);
  const text = repairC1(html ? htmlToText(raw) : raw)
    .replace(/\r\n?/g, '\n')
    // NUL and the other C0 controls but tab and newline: a binary part pasted in, or an attack on the UI.
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f\ufeff]/g, '');
  return { text, truncated };
}

function fromFields(m: FieldsMessage): Item {
  return {
    subject: m.subject,
    from: m.from ? { name: m.from.name, address: m.from.address.toLowerCase() } : null,
    to: m.to.map((a) => ({ name: a.name, address: a.address.toLowerCase() })),
    cc: m.cc.map((a) => ({ name: a.name, address: a.address.toLowerCase() })),
    dateRaw: m.sentAt,
    dateIsIso: true,
    rawBody: m.body,
    rawBodyType: m.bodyType,
    headers: m.headers ?? {},
    calendars: [],
    warnings: [],
  };
}

/**
 * Reads one RawMessage into items (one, or several for an mbox). Never throws.
 * @example (await readItems({ kind: 'body', body: 'Hello', bodyType: 'text' }))[0].rawBody // 'Hello'
 */
export async function readItems(raw: RawMessage): Promise<Item[]> {
  switch (raw.kind) {
    // Outlook hands the add-in fields, never MIME: the MIME and mbox readers load only where files are read.
    case 'mime':
      return (await import('./mimeItems')).mimeItems(raw.data);
    case 'mbox':
      return (await import('./mimeItems')).mboxItems(raw.data);
    case 'fields':
      return [fromFields(raw)];
    case 'body':
      return [
        {
          subject: '',
          from: null,
          to: [],
          cc: [],
          dateRaw: null,
          dateIsIso: false,
          rawBody: raw.body,
          rawBodyType: raw.bodyType,
          headers: {},
          calendars: [],
          warnings: [],
        },
      ];
    default:
      return [];
  }
}
