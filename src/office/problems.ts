// OfficeProblem values with sentences a user can act on (STYLE.md practice 9). One constructor per kind, and
// the mapping from an Office error (AsyncResult.error or a synchronous throw) to a problem.
import type { OfficeProblem } from './types';

/** Office's error code when roamingSettings is over its 32 KB (OUTLOOK-NOTES.md §5). */
export const STORAGE_FULL_CODE = 9057;

/** What each call does, in words, for "Outlook could not …". */
const CALL_PHRASES: Readonly<Record<string, string>> = {
  'body.getAsync': 'read this message',
  'body.getTypeAsync': 'read the format of this message',
  'body.setSelectedDataAsync': 'insert the draft',
  'subject.getAsync': 'read the subject',
  'to.getAsync': 'read the recipients',
  'cc.getAsync': 'read the recipients',
  'from.getAsync': 'read the sender',
  getAllInternetHeadersAsync: 'read the message headers',
  displayReplyFormAsync: 'open the reply',
  displayReplyForm: 'open the reply',
  displayNewMessageFormAsync: 'open a new message',
  displayNewMessageForm: 'open a new message',
  displayNewAppointmentFormAsync: 'open the reminder',
  displayNewAppointmentForm: 'open the reminder',
  'notificationMessages.replaceAsync': 'show a notification',
  'notificationMessages.removeAsync': 'remove a notification',
  'roamingSettings.saveAsync': 'save your settings',
  displayMessageFormAsync: 'open that message',
  displayMessageForm: 'open that message',
  addHandlerAsync: 'follow the selected message',
  onReady: 'start the add-in',
};

const phrase = (call: string): string => CALL_PHRASES[call] ?? `complete ${call}`;

export const notInOffice = (): OfficeProblem => ({
  kind: 'not-in-office',
  message: 'Follow-up Coach runs inside Outlook: open it from a message there.',
});

/**
 * office.js itself did not load (the page has no `Office`): the user may well be inside Outlook, so this
 * must not say the add-in "runs inside Outlook" (issue 12). Usually a proxy, firewall or content blocker.
 */
export const officeScriptMissing = (): OfficeProblem => ({
  kind: 'not-in-office',
  message:
    'Microsoft’s Office script (office.js) did not load, so the add-in cannot talk to Outlook. A proxy, firewall ' +
    'or content blocker may be blocking appsforoffice.microsoft.com: allow it, check your connection, then ' +
    'close the pane and open it again.',
});

/** Office.onReady has not settled after READY_TIMEOUT_MS: the host handshake stalled. */
export const officeStalled = (seconds: number): OfficeProblem => ({
  kind: 'not-in-office',
  message:
    `Outlook has not answered the add-in for ${seconds} seconds. Close the pane and open it again; if this ` +
    'keeps happening, restart Outlook or try Outlook on the web. A proxy or firewall that blocks Microsoft’s ' +
    'add-in scripts can cause it too.',
});

export const noItem = (): OfficeProblem => ({
  kind: 'no-item',
  message: 'No message is open: select an email from the interview thread.',
});

export const notAMessage = (): OfficeProblem => ({
  kind: 'no-item',
  message: 'This is not an email: select a message from the interview thread.',
});

export const unsupported = (requirement: string, what: string): OfficeProblem => ({
  kind: 'unsupported',
  requirement,
  message: `This version of Outlook cannot ${what} (needs ${requirement}).`,
});

export const tooLarge = (limit: string, what: string): OfficeProblem => ({
  kind: 'too-large',
  limit,
  message: `The ${what} is too long for Outlook (${limit}): shorten it and try again.`,
});

export const storageFull = (): OfficeProblem => ({
  kind: 'storage-full',
  message: 'Outlook has no room left for this add-in’s settings: your change was not saved.',
});

export const callFailed = (call: string, code: string, detail: string): OfficeProblem => ({
  kind: 'call-failed',
  call,
  code,
  message: `Outlook could not ${phrase(call)}${detail ? `: ${detail.replace(/[.\s]+$/, '')}` : ''} (error ${code}).`,
  ...(detail ? { detail: detail.replace(/[.\s]+$/, '') } : {}),
});

/**
 * A problem for a person (issue 12: errors in words, a code only in a details line): what failed, in words,
 * and the code and Outlook's own message apart, for a details line or a support request.
 */
export function inWords(problem: OfficeProblem): { readonly words: string; readonly details: string | null } {
  if (problem.kind !== 'call-failed') return { words: problem.message, details: null };
  return {
    words: `Outlook could not ${phrase(problem.call)}.`,
    details: `${problem.call}: error ${problem.code}${problem.detail ? ` (${problem.detail})` : ''}`,
  };
}

/** An AsyncResult.error (which may be missing or malformed) as a problem. */
export function fromOfficeError(call: string, error: unknown): OfficeProblem {
  const { code, message } = describeError(error);
  if (code === String(STORAGE_FULL_CODE)) return storageFull();
  return callFailed(call, code, message);
}

/** A synchronous throw from an Office call (bad argument, missing member) as a problem: never rethrown. */
export function fromThrown(call: string, thrown: unknown): OfficeProblem {
  const { code, message } = describeError(thrown);
  return callFailed(call, code === 'unknown' ? 'exception' : code, message);
}

function describeError(error: unknown): { code: string; message: string } {
  if (typeof error !== 'object' || error === null) {
    return { code: 'unknown', message: typeof error === 'string' ? error.slice(0, 200) : '' };
  }
  const record = error as { code?: unknown; name?: unknown; message?: unknown };
  const code =
    typeof record.code === 'number' || typeof record.code === 'string'
      ? String(record.code)
      : typeof record.name === 'string' && record.name !== 'Error'
        ? record.name
        : 'unknown';
  const message = typeof record.message === 'string' ? record.message.slice(0, 200) : '';
  return { code, message };
}
