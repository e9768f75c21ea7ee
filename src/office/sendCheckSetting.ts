// The send check's on/off switch (issue 16): one roamingSettings key beside the overrides, read by the
// OnMessageSend handler and written by the pane's toggle. On unless the user turned it off.
import { callAsync } from './asyncResult';
import { roamingSettings } from './overrides';
import type { Result } from './types';

/** The roamingSettings key: `false` turns the check off; anything else (nothing saved) leaves it on. */
export const SEND_CHECK_SETTING = 'sendCheck';

/** Whether the check runs on Send; a settings store that cannot be read leaves it on. */
export function sendCheckEnabled(): boolean {
  const roaming = roamingSettings();
  if (!roaming.ok) return true;
  try {
    return roaming.value.get(SEND_CHECK_SETTING) !== false;
  } catch {
    return true;
  }
}

/** Turns the check on or off and saves; on failure the previous value is put back in memory. */
export async function setSendCheckEnabled(enabled: boolean): Promise<Result<void>> {
  const roaming = roamingSettings();
  if (!roaming.ok) return roaming;
  const previous: unknown = roaming.value.get(SEND_CHECK_SETTING);
  try {
    if (enabled) roaming.value.remove(SEND_CHECK_SETTING);
    else roaming.value.set(SEND_CHECK_SETTING, false);
  } catch {
    // Plain booleans always serialise; a host that refuses is reported by saveAsync below.
  }
  const saved = await callAsync<void>('roamingSettings.saveAsync', (cb) => roaming.value.saveAsync(cb));
  if (!saved.ok) {
    try {
      if (previous === undefined) roaming.value.remove(SEND_CHECK_SETTING);
      else roaming.value.set(SEND_CHECK_SETTING, previous);
    } catch {
      // Nothing more to undo.
    }
  }
  return saved;
}
