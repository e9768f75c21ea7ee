// The board in roamingSettings (issue 15), pure: decode what was stored (entry by entry, dropping what is broken),
// put and change records, merge two clients' copies, and fit the budget. The I/O is in board.ts.
//
// Budget: roamingSettings hold 32 KB in all for the add-in (OUTLOOK-NOTES.md). The board takes BOARD_BUDGET_BYTES
// (20 KB, UTF-8), the overrides OVERRIDES_BUDGET_CHARS (10 KB), 2 KB stays free. A record is 300-700 bytes
// (Outlook's item and conversation ids are most of it): some 30-60 applications.
//
// Merging (two clients save, issue 14's concern): each record carries when it last changed (`seen`, `closedAt`),
// removals leave a tombstone with their time; the newer of two versions of a row wins, and a removal wins over
// any version older than it. Tombstones older than EVICT_AFTER_DAYS are dropped. mergeStores() has the same shape
// as a merge of any keyed, timestamped store, so it can be unified with the overrides' merge.
import type { Address, Outcome } from '../core/types';
import {
  RECORD_VERSION,
  type ApplicationRecord,
  type StoredDated,
  type StoredInterview,
  type StoredMessage,
} from '../core/board';

export const BOARD_SETTING = 'followupCoach.board';
export const BOARD_STORE_VERSION = 1;
/** The board's share of roamingSettings' 32 KB, in UTF-8 bytes of its JSON. */
export const BOARD_BUDGET_BYTES = 20 * 1024;
/** Closed and moved-on rows (and removals) older than this go first when the board needs room. */
export const EVICT_AFTER_DAYS = 60;

export interface BoardStore {
  readonly v: typeof BOARD_STORE_VERSION;
  readonly records: Readonly<Record<string, ApplicationRecord>>;
  /** Removed keys and when (epoch minutes): a removal on one client is not undone by another's save. */
  readonly gone: Readonly<Record<string, number>>;
}

export const emptyBoard = (): BoardStore => ({ v: BOARD_STORE_VERSION, records: {}, gone: {} });

const MAX_KEY_CHARS = 512;
const MAX_TEXT = 400;

const isRecordLike = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, max = MAX_TEXT): v is string => typeof v === 'string' && v.length <= max;
const strOrNull = (v: unknown, max = MAX_TEXT): v is string | null => v === null || str(v, max);
const int = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);

function tuples<T>(v: unknown, ok: (t: readonly unknown[]) => boolean): T[] | null {
  if (!Array.isArray(v) || v.length > 100) return null;
  return v.every((t) => Array.isArray(t) && ok(t)) ? (v as T[]) : null;
}

function address(v: unknown): Address | null | undefined {
  if (v === null) return null;
  if (!isRecordLike(v) || !strOrNull(v['name']) || !str(v['address'])) return undefined;
  return { name: v['name'], address: v['address'] };
}

/** A stored value -> a record, or null where any part is not what we wrote. Never throws. */
export function decodeRecord(key: string, v: unknown): ApplicationRecord | null {
  if (!isRecordLike(v) || v['v'] !== RECORD_VERSION) return null;
  const messages = tuples<StoredMessage>(
    v['messages'],
    (t) =>
      (t[0] === 'c' || t[0] === 'e') &&
      (t[1] === null || int(t[1])) &&
      (t[2] === 0 || t[2] === 1) &&
      str(t[3]) &&
      str(t[4], 60),
  );
  const interviews = tuples<StoredInterview>(
    v['interviews'],
    (t) => int(t[0]) && int(t[1]) && (t[2] === 0 || t[2] === 1) && int(t[3]) && str(t[4]),
  );
  const dated = (x: unknown) => tuples<StoredDated>(x, (t) => isDate(t[0]) && str(t[1]) && int(t[2]));
  const timelines = dated(v['timelines']);
  const noContactBefore = dated(v['noContactBefore']);
  const outcome = v['outcome'];
  const outcomeOk =
    outcome === null ||
    (Array.isArray(outcome) &&
      (outcome[0] === 'offer' || outcome[0] === 'rejected') &&
      str(outcome[1]) &&
      int(outcome[2]));
  const contact = address(v['contact']);
  if (
    messages === null ||
    interviews === null ||
    timelines === null ||
    noContactBefore === null ||
    !outcomeOk ||
    contact === undefined ||
    !strOrNull(v['company']) ||
    !strOrNull(v['role']) ||
    !str(v['subject']) ||
    !(v['conversationId'] === undefined || strOrNull(v['conversationId'], MAX_KEY_CHARS)) ||
    !strOrNull(v['itemId'], MAX_KEY_CHARS) ||
    !(v['noCalls'] === null || int(v['noCalls'])) ||
    !int(v['seen']) ||
    !int(v['total']) ||
    (v['status'] !== 'open' && v['status'] !== 'closed') ||
    !(v['closedAt'] === undefined || int(v['closedAt']))
  )
    return null;
  return {
    v: RECORD_VERSION,
    key,
    company: v['company'],
    role: v['role'],
    contact,
    subject: v['subject'],
    conversationId: v['conversationId'] === undefined ? key : (v['conversationId'] as string | null),
    itemId: v['itemId'],
    messages,
    total: v['total'],
    interviews,
    timelines,
    noContactBefore,
    noCalls: v['noCalls'],
    outcome: outcome as readonly [Outcome, string, number] | null,
    seen: v['seen'],
    status: v['status'],
    ...(int(v['closedAt']) ? { closedAt: v['closedAt'] } : {}),
  };
}

/** What roamingSettings held under our name -> the board, with how many entries were dropped. Never throws. */
export function decodeBoard(raw: unknown): { readonly store: BoardStore; readonly dropped: number } {
  let value = raw;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      return { store: emptyBoard(), dropped: 1 };
    }
  }
  if (value === undefined || value === null) return { store: emptyBoard(), dropped: 0 };
  if (!isRecordLike(value) || !isRecordLike(value['records'])) return { store: emptyBoard(), dropped: 1 };
  const records: Record<string, ApplicationRecord> = {};
  let dropped = 0;
  for (const [key, entry] of Object.entries(value['records'])) {
    // Stored without its key (the map's key is it), to save the bytes.
    const record = key !== '' && key.length <= MAX_KEY_CHARS ? decodeRecord(key, entry) : null;
    if (record === null) dropped++;
    else records[key] = record;
  }
  const gone: Record<string, number> = {};
  if (isRecordLike(value['gone']))
    for (const [key, at] of Object.entries(value['gone']))
      if (int(at) && key.length <= MAX_KEY_CHARS) gone[key] = at;
  return { store: { v: BOARD_STORE_VERSION, records, gone }, dropped };
}

/** The JSON value written to roamingSettings: records without their key (the map's key is it). */
export function encodeBoard(store: BoardStore): unknown {
  const records: Record<string, unknown> = {};
  for (const [key, r] of Object.entries(store.records)) {
    // The key is the map's key, and (most often) the conversation id too: neither is written twice.
    const { key: _key, conversationId, ...rest } = r;
    records[key] = conversationId === key ? rest : { ...rest, conversationId };
  }
  return { v: BOARD_STORE_VERSION, records, gone: store.gone };
}

export const boardBytes = (store: BoardStore): number =>
  new TextEncoder().encode(JSON.stringify(encodeBoard(store))).length;

/** When a record last changed: analysed again, or closed by the user. */
export const changedAt = (r: ApplicationRecord): number => Math.max(r.seen, r.closedAt ?? 0);

/**
 * Puts a freshly analysed record, keeping what the user decided about the row (closed stays closed) and
 * clearing a removal older than this analysis (opening a removed thread again brings it back).
 */
export function putRecord(store: BoardStore, record: ApplicationRecord): BoardStore {
  const old = store.records[record.key];
  // A thread read in compose (a reply being written) has no item id: the one read before still opens it.
  const withId = record.itemId === null && old?.itemId ? { ...record, itemId: old.itemId } : record;
  const kept: ApplicationRecord =
    old?.status === 'closed'
      ? { ...withId, status: 'closed', ...(old.closedAt !== undefined ? { closedAt: old.closedAt } : {}) }
      : withId;
  const { [record.key]: _removed, ...gone } = store.gone;
  return { v: BOARD_STORE_VERSION, records: { ...store.records, [record.key]: kept }, gone };
}

export type RowChange = 'close' | 'reopen' | 'remove';

/** The user's change to a row, at `nowMinutes`. An unknown key changes nothing. */
export function changeRow(store: BoardStore, key: string, change: RowChange, nowMinutes: number): BoardStore {
  const record = store.records[key];
  if (record === undefined) return store;
  if (change === 'remove') {
    const { [key]: _dropped, ...records } = store.records;
    return { v: BOARD_STORE_VERSION, records, gone: { ...store.gone, [key]: nowMinutes } };
  }
  const next: ApplicationRecord =
    change === 'close'
      ? { ...record, status: 'closed', closedAt: nowMinutes }
      : { ...record, status: 'open', closedAt: nowMinutes };
  return { v: BOARD_STORE_VERSION, records: { ...store.records, [key]: next }, gone: store.gone };
}

/**
 * Two copies of the board (this client's and the one saved by another) -> one: per key the newer version, and
 * a removal wins over versions older than it.
 */
export function mergeBoards(a: BoardStore, b: BoardStore): BoardStore {
  const gone: Record<string, number> = { ...a.gone };
  for (const [key, at] of Object.entries(b.gone)) gone[key] = Math.max(gone[key] ?? 0, at);
  const records: Record<string, ApplicationRecord> = {};
  for (const source of [a.records, b.records])
    for (const [key, r] of Object.entries(source)) {
      const have = records[key];
      if (have === undefined || changedAt(r) > changedAt(have)) records[key] = r;
    }
  for (const [key, r] of Object.entries(records)) {
    const removed = gone[key];
    if (removed === undefined) continue;
    if (removed >= changedAt(r)) delete records[key];
    else delete gone[key];
  }
  return { v: BOARD_STORE_VERSION, records, gone };
}

export interface Fitted {
  readonly store: BoardStore;
  /** Rows evicted to make room (closed or moved on, oldest first). */
  readonly evicted: readonly string[];
  /** Still over budget with only open applications left: the newest record could not be kept. */
  readonly full: boolean;
}

/**
 * Fits the budget: old removals go first, then finished rows (closed by the user or by the employer's decision,
 * or moved on) that changed more than EVICT_AFTER_DAYS ago, then finished rows of any age, oldest first. Open
 * applications are never evicted: if they alone are over budget, `keep` (the record just saved) is left out
 * and `full` says so, so the user can be told.
 * @param finished whether a record's stage is finished (closed or move-on) on today's date
 */
export function fitBoard(
  store: BoardStore,
  options: {
    readonly budget: number;
    readonly nowMinutes: number;
    readonly finished: (r: ApplicationRecord) => boolean;
    readonly keep?: string;
  },
): Fitted {
  const horizon = options.nowMinutes - EVICT_AFTER_DAYS * 24 * 60;
  let current: BoardStore = {
    ...store,
    gone: Object.fromEntries(Object.entries(store.gone).filter(([, at]) => at >= horizon)),
  };
  const evicted: string[] = [];
  const finished = Object.values(current.records)
    .filter((r) => r.key !== options.keep && (r.status === 'closed' || options.finished(r)))
    .sort((x, y) => changedAt(x) - changedAt(y));
  // Old finished rows first, then younger ones: one ordered list does both (oldest first).
  for (const r of finished) {
    if (boardBytes(current) <= options.budget) break;
    const { [r.key]: _gone, ...records } = current.records;
    current = { ...current, records };
    evicted.push(r.key);
  }
  // Tombstones of any age are cheaper to lose than an application.
  if (boardBytes(current) > options.budget) current = { ...current, gone: {} };
  if (boardBytes(current) <= options.budget) return { store: current, evicted, full: false };
  if (options.keep !== undefined && current.records[options.keep] !== undefined) {
    const { [options.keep]: _new, ...records } = current.records;
    current = { ...current, records };
  }
  return { store: current, evicted, full: true };
}

export const minutesOf = (iso: string): number => Math.floor(Date.parse(iso) / 60_000);
