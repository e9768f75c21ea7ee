// Smart Alerts as Outlook runs them (issue 16), for the playground's Send button: what an OnMessageSend
// handler's event.completed(options) means, checked against Office's limits and the host's Mailbox version.
// - allowEvent not false (or no options): the message goes.
// - allowEvent false: the dialog, with errorMessage (500 characters at most; Outlook's default sentence
//   when there is none), "Send anyway" (the manifest's SendMode is PromptUser) and "Don't send"; from
//   Mailbox 1.14 a third button, labelled cancelLabel (20 characters at most), runs commandId (a control of
//   the manifest: here the compose surface's task pane). Older hosts ignore the 1.14 options.
// No DOM here, so it is unit-tested in Node.
import { isSetSupported } from '../fakeOffice/requirements';

export const ADDIN_NAME = 'Follow-up Coach';
/** Outlook's sentence when a handler stops a message without saying why. */
export const DEFAULT_ALERT = `${ADDIN_NAME} is preventing this email from being sent.`;
/** The control a Smart Alerts button may open here: manifest.xml's compose "Open coach". */
export const KNOWN_COMMANDS: ReadonlySet<string> = new Set(['fc.compose.openCoach']);
export const ERROR_MESSAGE_MAX = 500;
export const CANCEL_LABEL_MAX = 20;

export interface TakeAction {
  readonly label: string;
  readonly commandId: string;
}

export type Completion =
  | { readonly kind: 'send' }
  | { readonly kind: 'alert'; readonly message: string; readonly takeAction: TakeAction | null }
  /** The handler broke a rule of the API: Outlook reports the add-in failed, and PromptUser lets the user send. */
  | { readonly kind: 'add-in-error'; readonly message: string };

function field(options: object, name: string): unknown {
  return (options as Record<string, unknown>)[name];
}

/** What Outlook does with a handler's `event.completed(options)` on a host supporting `mailboxVersion`. */
export function readCompletion(options: unknown, mailboxVersion: string): Completion {
  if (options === undefined || options === null || typeof options !== 'object') return { kind: 'send' };
  if (field(options, 'allowEvent') !== false) return { kind: 'send' };
  const message = field(options, 'errorMessage');
  if (message !== undefined && typeof message !== 'string')
    return { kind: 'add-in-error', message: 'errorMessage is not a string.' };
  if (typeof message === 'string' && message.length > ERROR_MESSAGE_MAX)
    return {
      kind: 'add-in-error',
      message: `errorMessage is ${message.length} characters (at most ${ERROR_MESSAGE_MAX}).`,
    };
  const text = typeof message === 'string' && message.trim() !== '' ? message : DEFAULT_ALERT;
  if (!isSetSupported(mailboxVersion, 'Mailbox', '1.14'))
    return { kind: 'alert', message: text, takeAction: null };
  const label = field(options, 'cancelLabel');
  const commandId = field(options, 'commandId');
  if (typeof label === 'string' && label.length > CANCEL_LABEL_MAX)
    return {
      kind: 'add-in-error',
      message: `cancelLabel is ${label.length} characters (at most ${CANCEL_LABEL_MAX}).`,
    };
  if (typeof commandId !== 'string' || commandId === '')
    return { kind: 'alert', message: text, takeAction: null };
  return {
    kind: 'alert',
    message: text,
    takeAction: { label: typeof label === 'string' && label !== '' ? label : 'Take action', commandId },
  };
}

/** Where the playground's Send stands. */
export type SendPhase =
  | { readonly phase: 'idle' }
  | { readonly phase: 'checking' }
  | { readonly phase: 'alert'; readonly message: string; readonly takeAction: TakeAction | null };

/** A message the playground sent, and how it went. */
export interface SentMessage {
  readonly subject: string;
  readonly to: string;
  /** Simulated epoch ms. */
  readonly at: number;
  /** delayDeliveryTime, where the add-in set one (ISO instant). */
  readonly deliverAt: string | null;
  readonly how: 'no-smart-alerts' | 'checked' | 'sent-anyway';
}
