// Per-conversation overrides as one versioned value in roamingSettings (issue 5). Pure: decoding recovers
// entry by entry from corrupt or foreign data, and the store is kept within a size budget by evicting the
// entries saved longest ago. The I/O is in overrides.ts.
import type { Overrides } from '../core/types';

export const OVERRIDES_SETTING = 'followupCoach.overrides';
export const STORE_VERSION = 1;

export interface StoredOverrides {
  /** When this entry was last saved (ISO instant): eviction drops the oldest first. */
  readonly savedAt: string;
  readonly overrides: Overrides;
}

export interface OverridesStore {
  readonly v: typeof STORE_VERSION;
  readonly entries: Readonly<Record<string, StoredOverrides>>;
}

export const emptyStore = (): OverridesStore => ({ v: STORE_VERSION, entries: {} });

/** A follow-up list longer than this is not something a user typed. */
const MAX_FOLLOW_UPS = 20;
const MAX_ID_CHARS = 512;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isInstant = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= 64 && !Number.isNaN(Date.parse(value));

const isIsoDate = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** Keeps each field that is valid and drops the rest: one bad field does not cost the others. */
export function sanitizeOverrides(value: unknown): Overrides {
  if (!isRecord(value)) return {};
  const minutes = value['interviewMinutes'];
  const followUps = Array.isArray(value['followUpsElsewhere'])
    ? value['followUpsElsewhere'].filter(isInstant).slice(0, MAX_FOLLOW_UPS)
    : null;
  return {
    ...(isInstant(value['interviewStart']) ? { interviewStart: value['interviewStart'] } : {}),
    ...(typeof minutes === 'number' && Number.isInteger(minutes) && minutes > 0 && minutes <= 24 * 60
      ? { interviewMinutes: minutes }
      : {}),
    ...(typeof value['ignoreTimeline'] === 'boolean' ? { ignoreTimeline: value['ignoreTimeline'] } : {}),
    ...(followUps && followUps.length > 0 ? { followUpsElsewhere: followUps } : {}),
    ...(isIsoDate(value['snoozeUntil']) ? { snoozeUntil: value['snoozeUntil'] } : {}),
  };
}

export const isEmptyOverrides = (overrides: Overrides): boolean => Object.keys(overrides).length === 0;

/**
 * Reads whatever roamingSettings held under our name: our object, a JSON string of it, or anything else.
 * Valid entries survive; broken ones are counted in `dropped`. Never throws.
 */
export function decodeStore(raw: unknown): { readonly store: OverridesStore; readonly dropped: number } {
  let value = raw;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      return { store: emptyStore(), dropped: 1 };
    }
  }
  if (value === undefined || value === null) return { store: emptyStore(), dropped: 0 };
  // A foreign shape (another version, someone else's value) still gives up any entries it has in our form.
  const entries = isRecord(value) && isRecord(value['entries']) ? value['entries'] : null;
  if (!entries) return { store: emptyStore(), dropped: 1 };
  const kept: Record<string, StoredOverrides> = {};
  let dropped = 0;
  for (const [id, entry] of Object.entries(entries)) {
    if (id === '' || id.length > MAX_ID_CHARS || !isRecord(entry) || !isInstant(entry['savedAt'])) {
      dropped++;
      continue;
    }
    const overrides = sanitizeOverrides(entry['overrides']);
    if (isEmptyOverrides(overrides)) {
      dropped++;
      continue;
    }
    kept[id] = { savedAt: entry['savedAt'], overrides };
  }
  return { store: { v: STORE_VERSION, entries: kept }, dropped };
}

export function getOverrides(store: OverridesStore, conversationId: string): Overrides {
  return Object.prototype.hasOwnProperty.call(store.entries, conversationId)
    ? (store.entries[conversationId]?.overrides ?? {})
    : {};
}

/** A new store with this conversation's overrides set (or removed, when empty). */
export function putOverrides(
  store: OverridesStore,
  conversationId: string,
  overrides: Overrides,
  now: string,
): OverridesStore {
  const clean = sanitizeOverrides(overrides);
  const entries = Object.fromEntries(Object.entries(store.entries).filter(([id]) => id !== conversationId));
  if (!isEmptyOverrides(clean)) entries[conversationId] = { savedAt: now, overrides: clean };
  return { v: STORE_VERSION, entries };
}

export const storeSize = (store: OverridesStore): number => JSON.stringify(store).length;

/**
 * Evicts the entries saved longest ago until the store fits `budget` characters of JSON. The entry named
 * `keep` (the one just saved) goes last.
 */
export function fitStore(store: OverridesStore, budget: number, keep?: string): OverridesStore {
  if (storeSize(store) <= budget) return store;
  const byAge = Object.entries(store.entries).sort(([idA, a], [idB, b]) => {
    if (idA === keep) return 1;
    if (idB === keep) return -1;
    return Date.parse(a.savedAt) - Date.parse(b.savedAt);
  });
  let size = storeSize(store);
  let start = 0;
  while (size > budget && start < byAge.length) {
    const [id, entry] = byAge[start] as [string, StoredOverrides];
    // An entry costs its key, its JSON and a separator.
    size -= JSON.stringify(id).length + 1 + JSON.stringify(entry).length + 1;
    start++;
  }
  const fitted: OverridesStore = { v: STORE_VERSION, entries: Object.fromEntries(byAge.slice(start)) };
  return storeSize(fitted) <= budget ? fitted : emptyStore();
}
