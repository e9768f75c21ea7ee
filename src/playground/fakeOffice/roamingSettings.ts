// Office.context.roamingSettings: a snapshot taken when the add-in loads (a pane reload is needed to see
// another frame's saves, as in Outlook), changed in memory by set/remove, persisted by saveAsync, which
// fails with 9057 past 32 KB (or while the playground's "settings full" failure is on) and leaves the saved
// copy as it was.
import { failed, later, OFFICE_ERRORS, splitOptions, succeeded } from './asyncResult';
import type { FakeHost } from './hostTypes';
import { ROAMING_SETTINGS_MAX_BYTES, utf8Bytes } from './limits';

function parseSaved(json: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(json);
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? { ...(value as object) }
      : {};
  } catch {
    return {};
  }
}

export function createRoamingSettings(host: FakeHost) {
  const values: Record<string, unknown> = parseSaved(host.roamingSettings());
  return {
    get(name: string): unknown {
      // Values round-trip through JSON in Outlook: a caller never gets back the object it set.
      const value = values[name];
      return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as unknown);
    },
    set(name: string, value: unknown): void {
      values[name] = value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as unknown);
    },
    remove(name: string): void {
      delete values[name];
    },
    saveAsync(optionsOrCallback?: unknown, callback?: unknown): void {
      const { callback: cb, asyncContext } = splitOptions<void>(optionsOrCallback, callback);
      const json = JSON.stringify(values);
      if (host.profile().failure === 'settings-full' || utf8Bytes(json) > ROAMING_SETTINGS_MAX_BYTES) {
        later(cb, failed(OFFICE_ERRORS.settingsSizeExceeded, asyncContext));
        return;
      }
      host.saveRoamingSettings(json);
      later(cb, succeeded(undefined, asyncContext));
    },
  };
}
