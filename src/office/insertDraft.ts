// Puts a draft where the user can send it (issue 5): a reply form when the open message came from the
// employer, a new message to the employer when it is the candidate's own, the cursor in compose.
import type { Address, Analysis } from '../core/types';
import { callAsync, callSync, fail, ok } from './asyncResult';
import {
  MAX_FORM_BODY_BYTES,
  MAX_INSERT_CHARS,
  MAX_RECIPIENTS,
  MAX_SUBJECT_CHARS,
  utf8Bytes,
} from './limits';
import {
  currentMessage,
  isComposeItem,
  isMobileHost,
  requireMailbox,
  supportsMailbox,
  type MailItem,
} from './officeGlobal';
import { tooLarge, unsupported } from './problems';
import { toAddress, toAddresses } from './readItem';
import type { InsertOutcome, OutgoingDraft, Result } from './types';

/** Whether the open (read-mode) message was sent by the candidate: then a reply would go to themselves. */
export function isOwnMessage(item: Office.MessageRead, analysis: Pick<Analysis, 'candidate'>): boolean {
  const from = toAddress(item.from)?.address ?? '';
  if (from === '') return false;
  const me = toAddress(Office.context.mailbox.userProfile)?.address || analysis.candidate || '';
  return me !== '' && from === me.toLowerCase();
}

/** Who a new message goes to: the draft's addressee, else whoever the candidate wrote to (not themselves). */
export function newMessageRecipients(
  draft: Pick<OutgoingDraft, 'to'>,
  item: Office.MessageRead,
  me: string | null,
): string[] {
  if (draft.to && draft.to.address !== '') return [draft.to.address];
  return toAddresses(item.to)
    .map((a: Address) => a.address)
    .filter((a) => a !== '' && a !== me);
}

async function replyWithDraft(
  item: Office.MessageRead,
  draft: OutgoingDraft,
): Promise<Result<InsertOutcome>> {
  if (utf8Bytes(draft.html) > MAX_FORM_BODY_BYTES) return fail(tooLarge('32 KB reply body', 'draft'));
  if (supportsMailbox('1.9') && typeof item.displayReplyFormAsync === 'function') {
    const shown = await callAsync<void>('displayReplyFormAsync', (cb) =>
      item.displayReplyFormAsync({ htmlBody: draft.html }, cb),
    );
    return shown.ok ? ok('reply-form') : shown;
  }
  if (typeof item.displayReplyForm !== 'function')
    return fail(unsupported('Mailbox 1.1', 'open a reply form'));
  const shown = callSync('displayReplyForm', () => item.displayReplyForm({ htmlBody: draft.html }));
  return shown.ok ? ok('reply-form') : shown;
}

async function newMessageWithDraft(
  item: Office.MessageRead,
  draft: OutgoingDraft,
  analysis: Analysis,
): Promise<Result<InsertOutcome>> {
  const mailbox = Office.context.mailbox;
  const me = toAddress(mailbox.userProfile)?.address || analysis.candidate;
  const toRecipients = newMessageRecipients(draft, item, me);
  if (Array.from(draft.subject).length > MAX_SUBJECT_CHARS)
    return fail(tooLarge('255-character subject', 'subject'));
  if (utf8Bytes(draft.html) > MAX_FORM_BODY_BYTES) return fail(tooLarge('32 KB message body', 'draft'));
  if (toRecipients.length > MAX_RECIPIENTS) return fail(tooLarge('100 recipients', 'recipient list'));
  const form: Office.MessageForm = { toRecipients, subject: draft.subject, htmlBody: draft.html };
  if (supportsMailbox('1.9') && typeof mailbox.displayNewMessageFormAsync === 'function') {
    const shown = await callAsync<void>('displayNewMessageFormAsync', (cb) =>
      mailbox.displayNewMessageFormAsync(form, cb),
    );
    return shown.ok ? ok('new-message-form') : shown;
  }
  if (!supportsMailbox('1.6') || typeof mailbox.displayNewMessageForm !== 'function') {
    return fail(unsupported('Mailbox 1.6', 'open a new message'));
  }
  const shown = callSync('displayNewMessageForm', () => mailbox.displayNewMessageForm(form));
  return shown.ok ? ok('new-message-form') : shown;
}

async function insertAtCursor(
  item: Office.MessageCompose,
  draft: OutgoingDraft,
): Promise<Result<InsertOutcome>> {
  // Plain-text bodies get the text version: HTML would arrive as literal tags.
  const type = await callAsync<Office.CoercionType>('body.getTypeAsync', (cb) => item.body.getTypeAsync(cb));
  if (!type.ok) return type;
  const html = String(type.value) === String(Office.CoercionType.Html);
  const data = html ? draft.html : draft.text;
  if (data.length > MAX_INSERT_CHARS) return fail(tooLarge('1,000,000 characters', 'draft'));
  const coercionType = html ? Office.CoercionType.Html : Office.CoercionType.Text;
  const inserted = await callAsync<void>('body.setSelectedDataAsync', (cb) =>
    item.body.setSelectedDataAsync(data, { coercionType }, cb),
  );
  return inserted.ok ? ok('inserted-at-cursor') : inserted;
}

/** Reply, new message or insert, by mode and by who sent the open message; every path a Result. */
export async function insertDraft(draft: OutgoingDraft, analysis: Analysis): Promise<Result<InsertOutcome>> {
  const found = currentMessage();
  if (!found.ok) return found;
  const item: MailItem = found.value;
  const base = requireMailbox('1.1', 'insert a draft');
  if (!base.ok) return base;
  if (isComposeItem(item)) return insertAtCursor(item, draft);
  if (isMobileHost())
    return fail(unsupported('Outlook on the desktop or the web', 'open a reply form on mobile'));
  return isOwnMessage(item, analysis)
    ? newMessageWithDraft(item, draft, analysis)
    : replyWithDraft(item, draft);
}
