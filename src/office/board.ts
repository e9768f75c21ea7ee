// The board's I/O (issue 15): roamingSettings read, merged and saved within the budget; each analysed thread
// recorded; a stored thread opened again (displayMessageForm wants an EWS id: a REST id read on Outlook mobile is
// converted when it is recorded). Failures come back as Results; nothing throws.
import { toRecord, stageOf, worthRecording, type ApplicationRecord } from '../core/board';
import type { Analysis, AnalyzeOptions, Overrides, ThreadInput } from '../core/types';
import { resolveZone } from '../core/time';
import { callAsync, callSync, fail, ok } from './asyncResult';
import {
  BOARD_BUDGET_BYTES,
  BOARD_SETTING,
  changeRow,
  decodeBoard,
  encodeBoard,
  fitBoard,
  mergeBoards,
  minutesOf,
  putRecord,
  type BoardStore,
  type RowChange,
} from './boardStore';
import { isMobileHost, mailboxApi, officeApi, requireMailbox, supportsMailbox } from './officeGlobal';
import { decodeStore, getOverrides, isEmptyOverrides, OVERRIDES_SETTING } from './overridesStore';
import { unsupported } from './problems';
import type { Result } from './types';

/** What the board shows: the records and the overrides the user set on each conversation. */
export interface BoardSnapshot {
  readonly records: readonly ApplicationRecord[];
  readonly overrides: Readonly<Record<string, Overrides>>;
  /** Stored entries that could not be read (dropped). */
  readonly dropped: number;
}

/** What a save did beyond saving: finished rows evicted for room, or the board full. */
export interface SaveOutcome {
  readonly evicted: number;
  readonly full: boolean;
}

/** The board as the pane uses it (src/taskpane/components/Board); the playground and tests fake nothing else. */
export interface BoardHost {
  load(): Promise<Result<BoardSnapshot>>;
  /** Records (or refreshes) the analysed thread. */
  record(
    analysis: Analysis,
    item: { conversationId: string | null; itemId: string | null },
  ): Promise<Result<SaveOutcome>>;
  /** `tz`: the zone the board is shown in (which rows are finished, for eviction, depends on today's date). */
  change(key: string, change: RowChange, tz: string): Promise<Result<SaveOutcome>>;
  /** Opens the thread's stored item in its own window. */
  openThread(itemId: string): Promise<Result<void>>;
  /** The user's zone as Outlook reports it (often a Windows name), resolved to IANA; UTC where unknown. */
  zone(): string;
}

export function userZone(): string {
  try {
    return resolveZone(String(Office.context.mailbox.userProfile.timeZone ?? '')).zone;
  } catch {
    return 'UTC';
  }
}

function roamingSettings(): Result<Office.RoamingSettings> {
  const office = officeApi();
  if (!office.ok) return office;
  const needed = requireMailbox('1.1', 'keep your applications board');
  if (!needed.ok) return needed;
  const settings = office.value.context.roamingSettings as Office.RoamingSettings | undefined;
  return settings ? ok(settings) : fail(unsupported('Mailbox 1.1', 'keep your applications board'));
}

function read<T>(settings: Office.RoamingSettings, name: string, decode: (raw: unknown) => T): T {
  try {
    return decode(settings.get(name));
  } catch {
    return decode(undefined);
  }
}

/** The stored overrides of these rows (the overrides store keys long conversation ids by a hash: ask it). */
function overridesOf(
  settings: Office.RoamingSettings,
  records: readonly ApplicationRecord[],
): Record<string, Overrides> {
  const store = read(settings, OVERRIDES_SETTING, decodeStore).store;
  return Object.fromEntries(
    records.map((r) => [r.key, getOverrides(store, r.key)] as const).filter(([, o]) => !isEmptyOverrides(o)),
  );
}

/** Whether a row is finished on `now` (closed by the employer, or time to move on): evicted first. */
function finishedOn(now: string, tz: string, overrides: Readonly<Record<string, Overrides>>) {
  return (r: ApplicationRecord): boolean => {
    try {
      const o = overrides[r.key];
      const action = stageOf(r, { now, tz, ...(o ? { overrides: o } : {}) }).recommendation.action;
      return action === 'closed' || action === 'move-on';
    } catch {
      return true;
    }
  };
}

/**
 * Re-reads what is stored now (another client may have saved since this one loaded), merges it with the copy
 * this pane last saw, applies `change`, fits the budget and saves. On 9057 (the 32 KB are full, other settings
 * grew) the board halves its budget once and tries again.
 */
async function saveWith(
  change: (store: BoardStore) => BoardStore,
  now: string,
  tz: string,
  keep?: string,
): Promise<Result<SaveOutcome>> {
  const found = roamingSettings();
  if (!found.ok) return found;
  const settings = found.value;
  const stored = read(settings, BOARD_SETTING, decodeBoard).store;
  const merged = change(lastSeen === null ? stored : mergeBoards(lastSeen, stored));
  const finished = finishedOn(now, tz, overridesOf(settings, Object.values(merged.records)));
  const nowMinutes = minutesOf(now);
  let budget = BOARD_BUDGET_BYTES;
  for (let attempt = 0; attempt < 2; attempt++) {
    const fitted = fitBoard(merged, {
      budget,
      nowMinutes,
      finished,
      ...(keep !== undefined ? { keep } : {}),
    });
    try {
      settings.set(BOARD_SETTING, encodeBoard(fitted.store));
    } catch {
      // Only values that cannot be serialised throw; ours are plain JSON.
    }
    const saved = await callAsync<void>('roamingSettings.saveAsync', (cb) => settings.saveAsync(cb));
    if (saved.ok) {
      lastSeen = fitted.store;
      return ok({ evicted: fitted.evicted.length, full: fitted.full });
    }
    if (saved.error.kind !== 'storage-full') {
      restore(settings, stored);
      return saved;
    }
    budget = Math.floor(budget / 2);
  }
  restore(settings, stored);
  return ok({ evicted: 0, full: true });
}

function restore(settings: Office.RoamingSettings, previous: BoardStore): void {
  try {
    settings.set(BOARD_SETTING, encodeBoard(previous));
  } catch {
    // The copy on the server is unchanged.
  }
}

/** The copy this pane last loaded or saved: the base of the merge with what another client saved. */
let lastSeen: BoardStore | null = null;

export async function loadBoard(): Promise<Result<BoardSnapshot>> {
  const found = roamingSettings();
  if (!found.ok) return found;
  const { store, dropped } = read(found.value, BOARD_SETTING, decodeBoard);
  lastSeen = lastSeen === null ? store : mergeBoards(lastSeen, store);
  const records = Object.values(lastSeen.records);
  return ok({ records, overrides: overridesOf(found.value, records), dropped });
}

/**
 * The item id in the format displayMessageForm wants (EWS). Outlook mobile reads REST ids: converted with
 * convertToEwsId (Mailbox 1.3) where it can be, else kept as read.
 */
export function ewsItemId(itemId: string): string {
  if (!isMobileHost()) return itemId;
  const mailbox = mailboxApi();
  if (!mailbox.ok || !supportsMailbox('1.3') || typeof mailbox.value.convertToEwsId !== 'function')
    return itemId;
  try {
    return mailbox.value.convertToEwsId(itemId, Office.MailboxEnums.RestVersion.v2_0);
  } catch {
    return itemId;
  }
}

export async function recordAnalysis(
  analysis: Analysis,
  item: { conversationId: string | null; itemId: string | null },
  now: string,
): Promise<Result<SaveOutcome>> {
  const record = toRecord(analysis, {
    now,
    conversationId: item.conversationId,
    itemId: item.itemId === null ? null : ewsItemId(item.itemId),
  });
  return saveWith((store) => putRecord(store, record), now, analysis.tz, record.key);
}

export function changeBoardRow(
  key: string,
  change: RowChange,
  now: string,
  tz: string,
): Promise<Result<SaveOutcome>> {
  return saveWith((store) => changeRow(store, key, change, minutesOf(now)), now, tz);
}

export async function openThread(itemId: string): Promise<Result<void>> {
  const found = mailboxApi();
  if (!found.ok) return found;
  const mailbox = found.value;
  const what = 'open another message from the board';
  if (isMobileHost()) return fail(unsupported('Outlook on the desktop or the web', what));
  if (supportsMailbox('1.9') && typeof mailbox.displayMessageFormAsync === 'function')
    return callAsync<void>('displayMessageFormAsync', (cb) => mailbox.displayMessageFormAsync(itemId, cb));
  if (typeof mailbox.displayMessageForm !== 'function') return fail(unsupported('Mailbox 1.1', what));
  return callSync('displayMessageForm', () => mailbox.displayMessageForm(itemId));
}

/** The Office-backed BoardHost; `now` comes from the pane's host (the clock enters there). */
export function createOfficeBoard(now: () => string): BoardHost {
  return {
    load: loadBoard,
    record: (analysis, item) => recordAnalysis(analysis, item, now()),
    change: (key, change, tz) => changeBoardRow(key, change, now(), tz),
    openThread,
    zone: userZone,
  };
}

/**
 * The part of the board a function command uses: recording the thread it analysed. Without the pane's reading,
 * changing and opening of rows, whose code commands.js then leaves out (issue 13).
 */
export function createBoardRecorder(now: () => string): Pick<BoardHost, 'record'> {
  return { record: (analysis, item) => recordAnalysis(analysis, item, now()) };
}

type AnalyzeFn = (input: ThreadInput, options: AnalyzeOptions) => Promise<Analysis>;

/** The item a ThreadInput was read from (the open item is its last message, as Office.js fields). */
function itemOf(input: ThreadInput): { conversationId: string | null; itemId: string | null } | null {
  const last = input.messages[input.messages.length - 1];
  if (last?.kind !== 'fields') return null;
  const conversationId = last.conversationId ?? null;
  const itemId = last.itemId ?? null;
  return conversationId === null && itemId === null ? null : { conversationId, itemId };
}

/**
 * `analyze` that also records each analysed job application on the board: the pane's and the ribbon's one
 * entry point, so every thread the coach reads is on the board. `wait`: the ribbon waits for the save (its
 * runtime may end after the command); the pane does not, and hears of it through `onRecorded`.
 */
export function withBoardRecording(
  analyze: AnalyzeFn,
  board: Pick<BoardHost, 'record'>,
  options: { readonly wait: boolean; readonly onRecorded?: (outcome: Result<SaveOutcome>) => void },
): AnalyzeFn {
  return async (input, analyzeOptions) => {
    const analysis = await analyze(input, analyzeOptions);
    const item = itemOf(input);
    if (item === null || !worthRecording(analysis)) return analysis;
    const saving = board
      .record(analysis, item)
      .catch((): Result<SaveOutcome> => fail(unsupported('roamingSettings', 'keep your applications board')))
      .then((outcome) => {
        options.onRecorded?.(outcome);
        return outcome;
      });
    if (options.wait) await saving;
    return analysis;
  };
}
