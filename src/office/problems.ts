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
});

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
