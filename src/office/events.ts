// ItemChanged and OfficeThemeChanged, each registered with Office once per host and fanned out to listeners:
// unsubscribing only drops a listener, so the add-in never needs removeHandlerAsync (not in our subset).
import { callAsync } from './asyncResult';
import { mailboxApi, supportsMailbox } from './officeGlobal';
import { themeFromColours } from './theme';
import type { Result, ThemeInfo } from './types';

export interface EventHub<T> {
  subscribe(listener: (value: T) => void): () => void;
  /** Result of the one registration with Office (for diagnostics); undefined before the first subscribe. */
  readonly registration: Promise<Result<void>> | undefined;
}

function createHub<T>(register: (emit: (value: T) => void) => Promise<Result<void>>): EventHub<T> {
  const listeners = new Set<(value: T) => void>();
  let registration: Promise<Result<void>> | undefined;
  const emit = (value: T): void => {
    for (const listener of [...listeners]) {
      try {
        listener(value);
      } catch {
        // One listener's failure must not stop the others, nor surface inside Office's event dispatch.
      }
    }
  };
  return {
    subscribe(listener) {
      listeners.add(listener);
      registration ??= register(emit);
      return () => void listeners.delete(listener);
    },
    get registration() {
      return registration;
    },
  };
}

/** ItemChanged (Mailbox 1.5): the listener re-reads the item, which may now be null (nothing selected). */
export function createItemChangedHub(): EventHub<void> {
  return createHub<void>(async (emit) => {
    const mailbox = mailboxApi();
    if (!mailbox.ok) return mailbox;
    if (!supportsMailbox('1.5')) return { ok: true, value: undefined }; // no pinning: nothing to follow
    return callAsync<void>('addHandlerAsync', (cb) =>
      mailbox.value.addHandlerAsync(Office.EventType.ItemChanged, () => emit(), cb),
    );
  });
}

/** OfficeThemeChanged (Mailbox 1.14, task pane only): the new theme from the event, else from the context. */
export function createThemeChangedHub(): EventHub<ThemeInfo> {
  return createHub<ThemeInfo>(async (emit) => {
    const mailbox = mailboxApi();
    if (!mailbox.ok) return mailbox;
    if (!supportsMailbox('1.14')) return { ok: true, value: undefined };
    return callAsync<void>('addHandlerAsync', (cb) =>
      mailbox.value.addHandlerAsync(
        Office.EventType.OfficeThemeChanged,
        (args: Partial<Office.OfficeThemeChangedEventArgs> | undefined) =>
          emit(themeFromColours(args?.officeTheme ?? Office.context.officeTheme)),
        cb,
      ),
    );
  });
}
