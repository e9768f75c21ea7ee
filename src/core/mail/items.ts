/**
 * RawMessage (as a host has it) -> Item: the fields of one message, its body as normalized text, its
 * calendar parts and what went wrong reading it. mbox sources become several items.
 */
import type { Address, RawMessage, Warning } from '../types';
import { binaryToBytes, bytesToBinary } from './binary';
import { repairC1 } from './charsets';
import { htmlToText, looksLikeHtml } from './html';
import { MAX_BODY_CHARS, MAX_MESSAGES } from './limits';
import { splitMbox } from './mbox';
import { readMime } from './mime';

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

async function fromMime(data: string | Uint8Array): Promise<Item> {
  const f = await readMime(data);
  const repair = (a: Address): Address => ({
    name: a.name === null ? null : repairC1(a.name),
    address: a.address,
  });
  return {
    subject: repairC1(f.subject),
    from: f.from ? repair(f.from) : null,
    to: f.to.map(repair),
    cc: f.cc.map(repair),
    dateRaw: f.dateRaw,
    dateIsIso: false,
    rawBody: f.body,
    rawBodyType: f.bodyType,
    headers: f.headers,
    calendars: f.calendars,
    warnings: f.warnings,
  };
}

/**
 * Reads one RawMessage into items (one, or several for an mbox). Never throws.
 * @example (await readItems({ kind: 'body', body: 'Hello', bodyType: 'text' }))[0].rawBody // 'Hello'
 */
export async function readItems(raw: RawMessage): Promise<Item[]> {
  switch (raw.kind) {
    case 'mime':
      return [await fromMime(raw.data)];
    case 'mbox': {
      const isBytes = typeof raw.data !== 'string';
      const text = typeof raw.data === 'string' ? raw.data : bytesToBinary(raw.data);
      const sources = splitMbox(text).slice(0, MAX_MESSAGES);
      const items: Item[] = [];
      for (const s of sources) items.push(await fromMime(isBytes ? binaryToBytes(s) : s));
      return items;
    }
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
