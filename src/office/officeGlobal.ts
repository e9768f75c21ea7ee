// Access to the `Office` global (office.js in Outlook, the fake in the playground and tests), and the
// requirement-set checks every call makes first.
import { noItem, notAMessage, notInOffice, unsupported } from './problems';
import type { Result } from './types';

export type MailItem = NonNullable<typeof Office.context.mailbox.item>;

/** Office.js, or a problem where the page runs outside Office (the script did not load). */
export function officeApi(): Result<typeof Office> {
  if (typeof Office === 'undefined' || typeof Office.context !== 'object' || Office.context === null) {
    return { ok: false, error: notInOffice() };
  }
  return { ok: true, value: Office };
}

/** The mailbox, or not-in-office. */
export function mailboxApi(): Result<Office.Mailbox> {
  const office = officeApi();
  if (!office.ok) return office;
  const mailbox = office.value.context.mailbox as Office.Mailbox | undefined;
  return mailbox ? { ok: true, value: mailbox } : { ok: false, error: notInOffice() };
}

/** Whether the host supports Mailbox `version`; false where the check itself is missing. */
export function supportsMailbox(version: string): boolean {
  try {
    return Office.context.requirements.isSetSupported('Mailbox', version) === true;
  } catch {
    return false;
  }
}

/** ok where Mailbox `version` is supported, else an `unsupported` problem naming what could not be done. */
export function requireMailbox(version: string, what: string): Result<void> {
  const office = officeApi();
  if (!office.ok) return office;
  return supportsMailbox(version)
    ? { ok: true, value: undefined }
    : { ok: false, error: unsupported(`Mailbox ${version}`, what) };
}

/** The open message, or no-item (nothing selected: `item === null` in a pinned pane) / not-a-message. */
export function currentMessage(): Result<MailItem> {
  const mailbox = mailboxApi();
  if (!mailbox.ok) return mailbox;
  const item = mailbox.value.item;
  if (item === null || item === undefined) return { ok: false, error: noItem() };
  const messageType = Office.MailboxEnums?.ItemType?.Message ?? 'message';
  if (item.itemType !== undefined && String(item.itemType) !== String(messageType))
    return { ok: false, error: notAMessage() };
  return { ok: true, value: item };
}

/** Read mode has `subject` as a string; compose has an object with getAsync. */
export function isComposeItem(item: MailItem): boolean {
  return typeof (item as { subject?: unknown }).subject !== 'string';
}

/** iOS and Android: no reply or appointment forms (OUTLOOK-NOTES.md §2 "Mobile"). */
export function isMobileHost(): boolean {
  try {
    const host = Office.context.mailbox.diagnostics.hostName;
    return host === 'OutlookIOS' || host === 'OutlookAndroid';
  } catch {
    return false;
  }
}
