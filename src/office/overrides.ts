// The I/O half of the overrides store: roamingSettings get/set/saveAsync (Mailbox 1.1, 32 KB per add-in,
// error 9057 when full). Treated as a best-effort cache: failures come back as Results, never throws.
import type { Overrides } from '../core/types';
import { callAsync, ok } from './asyncResult';
import { OVERRIDES_BUDGET_CHARS } from './limits';
import { officeApi, requireMailbox } from './officeGlobal';
import { unsupported } from './problems';
import {
  decodeStore,
  fitStore,
  getOverrides,
  OVERRIDES_SETTING,
  putOverrides,
  type OverridesStore,
} from './overridesStore';
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

async function write(settings: Office.RoamingSettings, store: OverridesStore): Promise<Result<void>> {
  try {
    settings.set(OVERRIDES_SETTING, store);
  } catch {
    // set() only fails on values that cannot be serialised; ours are plain JSON.
  }
  return callAsync<void>('roamingSettings.saveAsync', (cb) => settings.saveAsync(cb));
}

/**
 * Saves this conversation's overrides (empty overrides remove the entry). Oldest entries are evicted to stay
 * within budget; if Outlook still reports 9057 (full, e.g. other settings grew), half the rest goes and it
 * tries once more. On final failure the previous value is put back in memory.
 */
export async function saveOverrides(
  conversationId: string,
  overrides: Overrides,
  now: string,
): Promise<Result<void>> {
  const settings = roamingSettings();
  if (!settings.ok) return settings;
  const previous = readStore(settings.value);
  const next = fitStore(
    putOverrides(previous, conversationId, overrides, now),
    OVERRIDES_BUDGET_CHARS,
    conversationId,
  );
  const saved = await write(settings.value, next);
  if (saved.ok || saved.error.kind !== 'storage-full') {
    if (!saved.ok) restore(settings.value, previous);
    return saved;
  }
  const smaller = fitStore(next, Math.floor(JSON.stringify(next).length / 2), conversationId);
  const retried = await write(settings.value, smaller);
  if (!retried.ok) restore(settings.value, previous);
  return retried;
}

function restore(settings: Office.RoamingSettings, previous: OverridesStore): void {
  try {
    settings.set(OVERRIDES_SETTING, previous);
  } catch {
    // Nothing more to do: the saved copy on the server is unchanged.
  }
}
