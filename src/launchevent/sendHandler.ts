// The OnMessageSend handler (issue 16, Smart Alerts): reads the message being sent, runs the core's send
// check, and completes the event exactly once on every path. Nothing found, the check turned off, a client
// without Mailbox 1.12, or any failure inside the check: the mail goes (allowEvent: true). Findings: the
// alert with "Send anyway" (SendMode PromptUser) and, from Mailbox 1.14, a button that opens the coach.
// No DOM and no `window`: classic Outlook on Windows runs this in its JavaScript-only runtime.
import { alertText, type SendCheck, type SendCheckInput, type SendCheckOptions } from '../core/sendCheck';
import type { Overrides } from '../core/types';
import type { ItemContext, Result } from '../office/types';
import { OPEN_PANE_COMMAND, OPEN_PANE_LABEL } from './names';

/** What the handler completes the event with: the real Office type (Mailbox 1.12, 1.14 for the button). */
export type SendCompletion = Office.SmartAlertsEventCompletedOptions;

export interface SendEvent {
  completed(options?: SendCompletion): void;
}

export interface SendDeps {
  /** Office.context.requirements.isSetSupported('Mailbox', version). */
  supports(version: string): boolean;
  /** The pane's setting (roamingSettings); on unless turned off. */
  enabled(): boolean;
  readItem(): Promise<Result<ItemContext>>;
  loadOverrides(key: string): Promise<Result<Overrides>>;
  check(input: SendCheckInput, options: SendCheckOptions): Promise<SendCheck>;
  /** The clock enters here (@pure false). */
  now(): string;
  /** `Office.MailboxEnums.SendModeOverride.PromptUser`, where the host has it. */
  readonly promptUser?: Office.MailboxEnums.SendModeOverride;
}

/**
 * How long the check may take before the mail goes anyway. Outlook gives an OnMessageSend handler minutes,
 * and a user who clicked Send must not wait for a slow check (the bench: milliseconds on a typical reply).
 */
export const SEND_CHECK_DEADLINE_MS = 10_000;

/** The options that stop the send and say why: plain text within Outlook's 500 characters. */
export function stopOptions(
  check: SendCheck,
  deps: Pick<SendDeps, 'supports' | 'promptUser'>,
): SendCompletion {
  const options: SendCompletion = { allowEvent: false, errorMessage: alertText(check) };
  if (!deps.supports('1.14')) return options;
  return {
    ...options,
    cancelLabel: OPEN_PANE_LABEL,
    commandId: OPEN_PANE_COMMAND,
    contextData: JSON.stringify({ source: 'send-check' }),
    ...(deps.promptUser !== undefined ? { sendModeOverride: deps.promptUser } : {}),
  };
}

async function decide(deps: SendDeps): Promise<SendCompletion> {
  const go: SendCompletion = { allowEvent: true };
  if (!deps.supports('1.12') || !deps.enabled()) return go;
  const item = await deps.readItem();
  if (!item.ok || item.value.mode !== 'compose') return go;
  const message = item.value.input.messages.at(-1);
  if (message === undefined || message.kind !== 'fields') return go;
  const key = item.value.conversationId ?? item.value.itemId;
  const overrides = key ? await deps.loadOverrides(key) : null;
  const check = await deps.check(
    { message },
    {
      now: deps.now(),
      tz: item.value.tz,
      ...(item.value.me ? { me: item.value.me } : {}),
      ...(overrides?.ok ? { overrides: overrides.value } : {}),
    },
  );
  return check.findings.length === 0 ? go : stopOptions(check, deps);
}

/** The handler Office.actions.associate registers under SEND_HANDLER_NAME. */
export function createSendHandler(
  deps: SendDeps,
  deadlineMs = SEND_CHECK_DEADLINE_MS,
): (event: SendEvent) => Promise<void> {
  return async (event) => {
    let done = false;
    const complete = (options: SendCompletion): void => {
      if (done) return;
      done = true;
      try {
        event.completed(options);
      } catch {
        // Outlook refused the completion: nothing more can be done from here.
      }
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<SendCompletion>((resolve) => {
      if (typeof setTimeout === 'function')
        timer = setTimeout(() => resolve({ allowEvent: true }), deadlineMs);
    });
    try {
      complete(await Promise.race([decide(deps), deadline]));
    } catch {
      complete({ allowEvent: true }); // a failure inside the check lets the mail go
    } finally {
      if (timer !== undefined) clearTimeout(timer);
    }
  };
}
