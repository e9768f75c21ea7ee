// How the taskpane and commands frames find the simulated Outlook: the playground page puts its host on
// its own window under this key, and the frames (same origin) read it from window.parent. Outlook code never
// sees it: only the fake Office does.
import type { FakeHost } from '../fakeOffice/hostTypes';

export const HOST_KEY = '__followupPlaygroundHost';

export function publishHost(target: object, host: FakeHost): void {
  (target as Record<string, unknown>)[HOST_KEY] = host;
}

/** The parent playground's host, or null where the page was opened on its own (or cross-origin). */
export function findHost(win: { parent: unknown } & object): FakeHost | null {
  try {
    if (win.parent === win || win.parent === null || typeof win.parent !== 'object') return null;
    const host = (win.parent as Record<string, unknown>)[HOST_KEY];
    return host !== null && typeof host === 'object' ? (host as FakeHost) : null;
  } catch {
    return null;
  }
}
