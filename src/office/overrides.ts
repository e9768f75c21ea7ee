// The I/O half of the overrides store: roamingSettings get/set/saveAsync (Mailbox 1.1, 32 KB per add-in,
// error 9057 when full). Treated as a best-effort cache: failures come back as Results, never throws.
import type { Overrides } from '../core/types';
import { callAsync, ok } from './asyncResult';
import { OVERRIDES_BUDGET_CHARS } from './limits';
import { officeApi, requireMailbox } from './officeGlobal';
import { unsupported } from './problems';
import {
  decodeStore,
  encodeStore,
  fitStore,
  getOverrides,
  OVERRIDES_SETTING,
  putOverrides,
  storeSize,
  type OverridesStore,
} from './overridesStore';
import { merge3 } from './settingsMerge';
import type { Result } from './types';

/** The add-in's roamingSettings, or why they cannot be used (also the send check's switch, sendCheckSetting.ts). */
export function roamingSettings(): Result<Office.RoamingSettings> {
  const office = officeApi();
  if (!office.ok) return office;
  const needed = requireMailbox('1.1', 'remember your changes');
  if (!needed.ok) return needed;
  const settings = office.value.context.roamingSettings as Office.RoamingSettings | undefined;
  if (!settings) return { ok: false, error: unsupported('Mailbox 1.1', 'remember your changes') };
  return ok(settings);
}

/** The value as it is now: read again before every write, never a copy kept from earlier. */
function readStore(settings: Office.RoamingSettings): OverridesStore {
  try {
    return decodeStore(settings.get(OVERRIDES_SETTING)).store;
  } catch {
    return decodeStore(undefined).store;
  }
}

export async function loadOverrides(conversationId: string): Promise<Result<Overrides>> {
  const settings = roamingSettings();
  if (!settings.ok) return settings;
  return ok(getOverrides(readStore(settings.value), conversationId));
}

function put(settings: Office.RoamingSettings, store: OverridesStore): void {
  try {
    settings.set(OVERRIDES_SETTING, encodeStore(store));
  } catch {
    // set() only fails on values that cannot be serialised; ours are plain JSON.
  }
}

/**
 * Sets `next` (computed from a fresh read) and saves. On failure only what this write changed is undone:
 * entries another writer changed meanwhile (the board, a ribbon command, a second save) keep their change.
 */
async function write(
  settings: Office.RoamingSettings,
  before: OverridesStore,
  next: OverridesStore,
): Promise<Result<void>> {
  put(settings, next);
  const saved = await callAsync<void>('roamingSettings.saveAsync', (cb) => settings.saveAsync(cb));
  if (!saved.ok) {
    const now = readStore(settings);
    put(settings, { root: now.root, entries: merge3(next.entries, before.entries, now.entries) });
  }
  return saved;
}

/**
 * Saves this conversation's overrides (empty overrides remove the entry), changing no other conversation's.
 * Oldest entries are evicted to stay within budget; if Outlook still reports 9057 (full, e.g. other settings
 * grew), half the rest goes and it tries once more, from a fresh read again.
 */
export async function saveOverrides(
  conversationId: string,
  overrides: Overrides,
  now: string,
): Promise<Result<void>> {
  const settings = roamingSettings();
  if (!settings.ok) return settings;
  const attempt = (budget: (store: OverridesStore) => number): Promise<Result<void>> => {
    const before = readStore(settings.value);
    const changed = putOverrides(before, conversationId, overrides, now);
    return write(settings.value, before, fitStore(changed, budget(changed), conversationId));
  };
  const saved = await attempt(() => OVERRIDES_BUDGET_CHARS);
  if (saved.ok || saved.error.kind !== 'storage-full') return saved;
  return attempt((store) => Math.floor(Math.min(OVERRIDES_BUDGET_CHARS, storeSize(store)) / 2));
}
