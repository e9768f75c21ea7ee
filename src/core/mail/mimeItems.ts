/**
 * .eml and .mbox sources -> Items. Loaded on demand (items.ts): only the CLI, the playground's file drop and
 * tests read MIME, so the add-in's pages do not carry this code or postal-mime.
 */
import type { Address } from '../types';
import { binaryToBytes, bytesToBinary } from './binary';
import { repairC1 } from './charsets';
import type { Item } from './items';
import { MAX_MESSAGES } from './limits';
import { splitMbox } from './mbox';
import { readMime } from './mime';

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

/** One .eml as one item. */
export async function mimeItems(data: string | Uint8Array): Promise<Item[]> {
  return [await fromMime(data)];
}

/** An mbox as one item per message, as stored (at most MAX_MESSAGES). */
export async function mboxItems(data: string | Uint8Array): Promise<Item[]> {
  const isBytes = typeof data !== 'string';
  const text = typeof data === 'string' ? data : bytesToBinary(data);
  const items: Item[] = [];
  for (const s of splitMbox(text).slice(0, MAX_MESSAGES))
    items.push(await fromMime(isBytes ? binaryToBytes(s) : s));
  return items;
}
