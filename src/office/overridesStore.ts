// Per-conversation overrides as one versioned value in roamingSettings (issue 5). Pure: fields are checked by
// the core's own validator (one bad field is dropped, not the conversation's record), what another version
// wrote is kept and written back unchanged (settingsMerge.ts), long conversation ids are kept under a hash,
// and the store stays within a size budget by evicting the entries saved longest ago. The I/O is in
// overrides.ts.
import type { Overrides } from '../core/types';
import { OVERRIDE_FIELDS, validateOverrides } from '../core/overrides';
import {
  encodeKeyedStore,
  entryFor,
  evictOldest,
  isRecord,
  readKeyedStore,
  storeChars,
  withEntry,
  type KeyedStore,
} from './settingsMerge';

export const OVERRIDES_SETTING = 'followupCoach.overrides';
export const STORE_VERSION = 1;

/** One conversation's entry as this version writes it (another version may add fields: they are kept). */
export interface StoredOverrides {
  /** When this entry was last saved (ISO instant): eviction drops the oldest first. */
  readonly savedAt: string;
  readonly overrides: Overrides;
}

export type OverridesStore = KeyedStore;

export const emptyStore = (): OverridesStore => ({ root: {}, entries: {} });

/** The valid fields of a value, as the core reads them (src/core/overrides.ts). */
export function sanitizeOverrides(value: unknown): Overrides {
  return validateOverrides(value).overrides;
}

export const isEmptyOverrides = (overrides: Overrides): boolean => Object.keys(overrides).length === 0;

/**
 * Reads whatever roamingSettings held under our name. Every entry is kept, for the version that wrote it;
 * `dropped` counts those that give this version nothing to use (and a value that is no store at all). Never
 * throws.
 */
export function decodeStore(raw: unknown): { readonly store: OverridesStore; readonly dropped: number } {
  const { store, corrupt } = readKeyedStore(raw);
  const unusable = Object.values(store.entries).filter(
    (entry) => !isRecord(entry) || isEmptyOverrides(sanitizeOverrides(entry['overrides'])),
  ).length;
  return { store, dropped: unusable + (corrupt ? 1 : 0) };
}

/** The value to hand roamingSettings.set. */
export const encodeStore = (store: OverridesStore): Record<string, unknown> =>
  encodeKeyedStore(store, STORE_VERSION);

export function getOverrides(store: OverridesStore, conversationId: string): Overrides {
  const entry = entryFor(store, conversationId);
  return isRecord(entry) ? sanitizeOverrides(entry['overrides']) : {};
}

/** The fields of a stored record this version does not read (a newer version's), kept as they were. */
function unknownFields(value: unknown): Record<string, unknown> {
  if (!isRecord(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter(([key]) => !(OVERRIDE_FIELDS as readonly string[]).includes(key)),
  );
}

/**
 * A new store with this conversation's overrides set. Fields another version keeps in the entry stay; an
 * entry left with nothing at all is removed.
 */
export function putOverrides(
  store: OverridesStore,
  conversationId: string,
  overrides: Overrides,
  now: string,
): OverridesStore {
  const clean = sanitizeOverrides(overrides);
  const before = entryFor(store, conversationId);
  const {
    savedAt: _savedAt,
    overrides: oldOverrides,
    ...entryExtra
  } = isRecord(before) ? before : { savedAt: undefined, overrides: undefined };
  const merged = { ...unknownFields(oldOverrides), ...clean };
  if (isEmptyOverrides(merged) && Object.keys(entryExtra).length === 0)
    return withEntry(store, conversationId, undefined);
  return withEntry(store, conversationId, { ...entryExtra, savedAt: now, overrides: merged });
}

export const storeSize = (store: OverridesStore): number => storeChars(store, STORE_VERSION);

const savedMs = (entry: unknown): number =>
  isRecord(entry) && typeof entry['savedAt'] === 'string' ? Date.parse(entry['savedAt']) : Number.NaN;

/**
 * Evicts the entries saved longest ago until the store fits `budget` characters of JSON. The entry of
 * `keep` (the conversation just saved) goes last.
 */
export function fitStore(store: OverridesStore, budget: number, keep?: string): OverridesStore {
  return evictOldest(store, budget, STORE_VERSION, savedMs, keep);
}
