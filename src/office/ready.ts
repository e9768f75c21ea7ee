// Office.onReady and function-command registration: the only Office calls the commands bundle makes itself.
import { officeApi } from './officeGlobal';
import { callFailed, notInOffice, officeScriptMissing } from './problems';
import type { CommandEvent, Result } from './types';

export interface ReadyInfo {
  readonly host: string | null;
  readonly platform: string | null;
}

/** How long the pane waits for Office.onReady before it says what happened (issue 12). */
export const READY_TIMEOUT_MS = 10_000;

/**
 * Waits for Office.onReady; not-in-office where office.js is missing (said as such: the user may be inside
 * Outlook) or the host is not Outlook. Never settles where Office never does: the caller shows the
 * explanation after READY_TIMEOUT_MS and keeps waiting, in case Outlook answers late.
 */
export async function whenOfficeReady(): Promise<Result<ReadyInfo>> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function')
    return { ok: false, error: officeScriptMissing() };
  try {
    const info = await Office.onReady();
    const host = info?.host ? String(info.host) : null;
    if (host !== null && host !== String(Office.HostType.Outlook)) return { ok: false, error: notInOffice() };
    return { ok: true, value: { host, platform: info?.platform ? String(info.platform) : null } };
  } catch (thrown) {
    return {
      ok: false,
      error: callFailed('onReady', 'exception', thrown instanceof Error ? thrown.message : ''),
    };
  }
}

export type CommandHandler = (event: CommandEvent) => void | Promise<void>;

/**
 * Registers function commands with Office.actions.associate after Office.onReady; returns the names
 * registered. The manifest's FunctionName values must equal them (test/manifest). Clients older than
 * `Office.actions` call the FunctionName as a global function of the FunctionFile page, so there they are
 * set on the page's global object instead (the template's pattern before it moved to associate).
 */
export async function registerCommands(
  handlers: Readonly<Record<string, CommandHandler>>,
): Promise<Result<readonly string[]>> {
  const ready = await whenOfficeReady();
  if (!ready.ok) return ready;
  const office = officeApi();
  if (!office.ok) return office;
  const actions = office.value.actions as typeof Office.actions | undefined;
  const names = Object.keys(handlers);
  for (const name of names) {
    const handler = handlers[name];
    if (!handler) continue;
    if (typeof actions?.associate === 'function') actions.associate(name, handler);
    else (globalThis as Record<string, unknown>)[name] = handler;
  }
  return { ok: true, value: names };
}
