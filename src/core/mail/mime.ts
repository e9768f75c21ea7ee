/**
 * RFC 5322 source -> the fields of one message, through postal-mime (ARCHITECTURE.md: a well-kept library
 * for MIME). What postal-mime leaves to us: the Date header's own offset (it converts to UTC), flowed text
 * that respects quote depth, text/calendar parts, and saying when a charset was unknown.
 */
import type { Address, Warning } from '../types';
import { binaryToBytes, bytesToBinary } from './binary';
import { decodeFlowed } from './flowed';
import { MAX_MIME_BYTES } from './limits';
import { normaliseForParser } from './mimeNormalize';

/** One message's fields as read from its source, before quotes are split. */
export interface MimeFields {
  readonly subject: string;
  readonly from: Address | null;
  readonly to: readonly Address[];
  readonly cc: readonly Address[];
  /** The Date header as written, or null. */
  readonly dateRaw: string | null;
  readonly body: string;
  readonly bodyType: 'text' | 'html';
  /** Header values by lower-case name (the first of each). */
  readonly headers: Readonly<Record<string, string>>;
  /** The text of each text/calendar part. */
  readonly calendars: readonly string[];
  readonly warnings: readonly Warning[];
}

interface PostalAddress {
  readonly name?: string;
  readonly address?: string;
  readonly group?: readonly PostalAddress[];
}

function toAddresses(list: readonly PostalAddress[] | undefined): Address[] {
  const out: Address[] = [];
  for (const a of list ?? []) {
    if (a.group) out.push(...toAddresses(a.group));
    else
      out.push({
        name: a.name?.trim() ? a.name.trim() : null,
        address: (a.address ?? '').trim().toLowerCase(),
      });
  }
  return out;
}

type DecoderCtor = new (label: string) => unknown;

/** Whether the runtime can decode a charset label (postal-mime falls back to windows-1252 silently). */
function knownCharset(label: string): boolean {
  const ctor = (globalThis as unknown as { TextDecoder?: DecoderCtor }).TextDecoder;
  if (!ctor) return true;
  const candidates = [label, label.replace(/^x-/, ''), label.replace(/^cp-?(\d+)$/, 'windows-$1')];
  return candidates.some((c) => {
    try {
      new ctor(c);
      return true;
    } catch {
      return false;
    }
  });
}

function charsetWarnings(head: string): Warning[] {
  const seen = new Set<string>();
  // `charset=3D"utf-8"`: a <meta> inside a quoted-printable HTML part, its `=` written as `=3D`.
  for (const m of head.matchAll(/charset\s*=\s*(?:3D)?"?([A-Za-z0-9._:-]{1,40})/gi)) {
    const label = (m[1] ?? '').toLowerCase();
    if (!seen.has(label) && !knownCharset(label)) seen.add(label);
  }
  return [...seen].map((label) => ({
    code: 'unknown-charset' as const,
    message: `Unknown character set "${label}": some letters may show wrongly.`,
  }));
}

function calendarText(content: unknown): string | null {
  if (typeof content === 'string') return content;
  if (content instanceof Uint8Array) return bytesToBinary(content);
  if (content instanceof ArrayBuffer) return bytesToBinary(new Uint8Array(content));
  return null;
}

/**
 * Parses one RFC 5322 message. Never throws: a source postal-mime cannot read comes back as its own text
 * with a `malformed-mime` warning, so nothing the user gave is lost.
 * @example await readMime('From: Ada <ada@contoso.com>\r\nSubject: Hi\r\n\r\nHello') // { subject: 'Hi', … }
 */
export async function readMime(data: string | Uint8Array): Promise<MimeFields> {
  const warnings: Warning[] = [];
  let binary = typeof data === 'string' ? data : bytesToBinary(data);
  if (binary.length > MAX_MIME_BYTES) {
    binary = binary.slice(0, MAX_MIME_BYTES);
    warnings.push({
      code: 'body-truncated',
      message: 'The message is very large: only its first 25 MB were read.',
    });
  }
  // Turn postal-mime's own flowed decoding off (it joins across quote depth) and do it ourselves.
  const flowed = /format\s*=\s*"?flowed/i.test(binary);
  const delSp = /delsp\s*=\s*"?yes/i.test(binary);
  const source = flowed ? binary.replace(/(format\s*=\s*"?)flowed/gi, '$1fixedx') : binary;
  const headEnd = source.search(/\r?\n\r?\n/);
  warnings.push(...charsetWarnings(source.slice(0, 200_000)));
  try {
    // Loaded on first use: Outlook hands the add-in header fields, never MIME, so its bundles need not carry
    // postal-mime (a separate chunk there); the CLI and the playground load it when they read an .eml.
    const { default: PostalMime } = await import('postal-mime');
    // Many short lines are re-encoded first: postal-mime's plain-part decoder costs a Blob part per line.
    const parsed = normaliseForParser(source);
    const email = await PostalMime.parse(typeof data === 'string' ? parsed : binaryToBytes(parsed), {
      attachmentEncoding: 'utf8',
    });
    const headers: Record<string, string> = {};
    for (const h of email.headers) if (!(h.key in headers)) headers[h.key] = h.value;
    const hasHeaders = email.headers.length > 0 && headEnd !== 0;
    if (!hasHeaders)
      warnings.push({ code: 'malformed-mime', message: 'No mail headers were found: read as a plain body.' });
    const text = email.text ?? null;
    const html = email.html ?? null;
    const calendars = email.attachments
      .filter((a) => /^(?:text\/calendar|application\/ics)$/i.test(a.mimeType))
      .map((a) => calendarText(a.content))
      .filter((t): t is string => t !== null);
    const body =
      text !== null ? (flowed ? decodeFlowed(text.replace(/\r\n?/g, '\n'), delSp) : text) : (html ?? '');
    const fromList = toAddresses(email.from ? [email.from as unknown as PostalAddress] : []);
    return {
      subject: email.subject ?? '',
      from: fromList[0] ?? null,
      to: toAddresses(email.to as unknown as readonly PostalAddress[] | undefined),
      cc: toAddresses(email.cc as unknown as readonly PostalAddress[] | undefined),
      dateRaw: headers['date'] ?? null,
      body: hasHeaders ? body : typeof data === 'string' ? data : binary,
      bodyType: text === null && html !== null ? 'html' : 'text',
      headers,
      calendars,
      warnings,
    };
  } catch {
    return {
      subject: '',
      from: null,
      to: [],
      cc: [],
      dateRaw: null,
      body: typeof data === 'string' ? data : binary,
      bodyType: 'text',
      headers: {},
      calendars: [],
      warnings: [
        ...warnings,
        { code: 'malformed-mime', message: 'The message could not be read as MIME: shown as text.' },
      ],
    };
  }
}
