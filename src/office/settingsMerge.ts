// A keyed record store kept in one roamingSettings value (the overrides per conversation; the board of
// applications), written so that nothing one client or version saved is lost by another:
// - what this version does not understand (root fields, entries, fields inside entries) is kept as read and
//   written back unchanged, and a newer version number is never lowered;
// - keys too long to keep are stored under a stable hash, never dropped;
// - every write starts from a fresh read of the setting and changes only its own keys, and a failed write
//   is undone key by key (merge3), so a concurrent writer's change survives.
// Pure: the roamingSettings calls are the caller's (src/office/overrides.ts).

export type Entries = Readonly<Record<string, unknown>>;

export interface KeyedStore {
  /** The stored object as read, minus its entries: another version's fields ride along unchanged. */
  readonly root: Readonly<Record<string, unknown>>;
  readonly entries: Entries;
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const ENTRIES = 'entries';

/**
 * Reads whatever the setting held: our object, a JSON string of it, or anything else. `corrupt` where it held
 * something that is no store at all (which is then replaced on the next write). Never throws.
 */
export function readKeyedStore(raw: unknown): { readonly store: KeyedStore; readonly corrupt: boolean } {
  const empty = { root: {}, entries: {} };
  let value = raw;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      return { store: empty, corrupt: true };
    }
  }
  if (value === undefined || value === null) return { store: empty, corrupt: false };
  if (!isRecord(value)) return { store: empty, corrupt: true };
  const { [ENTRIES]: entries, ...root } = value;
  if (entries !== undefined && !isRecord(entries)) return { store: { root, entries: {} }, corrupt: true };
  return { store: { root, entries: entries ?? {} }, corrupt: false };
}

/** The object to `set`: the root as read, our version unless the stored one is newer, and the entries. */
export function encodeKeyedStore(store: KeyedStore, version: number): Record<string, unknown> {
  const stored = store.root['v'];
  const v = typeof stored === 'number' && Number.isFinite(stored) && stored > version ? stored : version;
  return { ...store.root, v, [ENTRIES]: store.entries };
}

/** Keys longer than this are stored under a hash: one 30 KB id must not fill the whole 32 KB store. */
export const MAX_KEY_CHARS = 512;

function fnv1a(text: string, seed: number): string {
  let hash = seed;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

/**
 * Where an id is stored: itself, or for an id over MAX_KEY_CHARS a 64-bit hash with its length.
 * @example storageKey('AAQkAD…') === 'AAQkAD…'; storageKey('x'.repeat(600)).startsWith('#600:')
 */
export function storageKey(id: string): string {
  if (id.length <= MAX_KEY_CHARS) return id;
  return `#${id.length}:${fnv1a(id, 0x811c9dc5)}${fnv1a(id, 0x01000193)}`;
}

const own = (entries: Entries, key: string): boolean => Object.prototype.hasOwnProperty.call(entries, key);
/** An own entry only: a key named `__proto__` or `toString` reads nothing it was not given. */
const at = (entries: Entries, key: string): unknown => (own(entries, key) ? entries[key] : undefined);

/** The entry stored for an id (under its hash, or whole as an older version may have kept it). */
export function entryFor(store: KeyedStore, id: string): unknown {
  const key = storageKey(id);
  return own(store.entries, key) ? store.entries[key] : at(store.entries, id);
}

/** A new store with the id's entry set (or removed, for `undefined`); a whole long id moves to its hash. */
export function withEntry(store: KeyedStore, id: string, entry: unknown): KeyedStore {
  const key = storageKey(id);
  const rest = Object.entries(store.entries).filter(([k]) => k !== key && k !== id);
  return {
    root: store.root,
    entries: Object.fromEntries(entry === undefined ? rest : [...rest, [key, entry]]),
  };
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Three-way merge, key by key: where `theirs` left a key as it was in `base`, ours wins; where they changed
 * it, theirs wins. Undoing a failed write is `merge3(written, before, current)`.
 */
export function merge3(base: Entries, ours: Entries, theirs: Entries): Entries {
  const keys = new Set([...Object.keys(base), ...Object.keys(ours), ...Object.keys(theirs)]);
  const out: [string, unknown][] = [];
  for (const key of keys) {
    const value = same(at(theirs, key), at(base, key)) ? at(ours, key) : at(theirs, key);
    if (value !== undefined) out.push([key, value]);
  }
  return Object.fromEntries(out);
}

export const storeChars = (store: KeyedStore, version: number): number =>
  JSON.stringify(encodeKeyedStore(store, version)).length;

/**
 * Evicts entries, those saved longest ago first (`age`: epoch ms, NaN for unknown, which go last), until the
 * store fits `budget` characters of JSON. The entry of `keepId` (the one just saved) goes last.
 */
export function evictOldest(
  store: KeyedStore,
  budget: number,
  version: number,
  age: (entry: unknown) => number,
  keepId?: string,
): KeyedStore {
  let size = storeChars(store, version);
  if (size <= budget) return store;
  const keep = keepId === undefined ? undefined : storageKey(keepId);
  const rank = (key: string, entry: unknown): number => {
    if (key === keep) return Number.POSITIVE_INFINITY;
    const ms = age(entry);
    // An entry this version cannot date is another version's: ours, oldest first, go before it.
    return Number.isFinite(ms) ? ms : Number.MAX_VALUE;
  };
  const byAge = Object.entries(store.entries).sort(([ka, a], [kb, b]) => rank(ka, a) - rank(kb, b));
  let start = 0;
  while (size > budget && start < byAge.length) {
    const [key, entry] = byAge[start] as [string, unknown];
    // An entry costs its key, its JSON and a separator.
    size -= JSON.stringify(key).length + 1 + JSON.stringify(entry).length + 1;
    start++;
  }
  const fitted = { root: store.root, entries: Object.fromEntries(byAge.slice(start)) };
  return storeChars(fitted, version) <= budget ? fitted : { root: store.root, entries: {} };
}
