// Notifications on the item (the bar above the message), within Outlook's limits: key 32 characters,
// message 150 (cut with an ellipsis). Never the only feedback channel: replaceAsync is unreliable on some hosts.
import { callAsync } from './asyncResult';
import { MAX_NOTIFICATION_CHARS, MAX_NOTIFICATION_KEY_CHARS, cutWithEllipsis } from './limits';
import { currentMessage, requireMailbox } from './officeGlobal';
import type { Result } from './types';

/** One key for the add-in's status line, so each result replaces the last rather than stacking (5 at most). */
export const STATUS_KEY = 'followupCoach.status';
/** The manifest's 16 px image resource: informational messages need an icon. */
export const NOTIFICATION_ICON = 'Icon.16';

export type NotificationKind = 'info' | 'error';

export function notificationDetails(
  message: string,
  kind: NotificationKind,
): Office.NotificationMessageDetails {
  const text = cutWithEllipsis(message.replace(/\s+/g, ' ').trim(), MAX_NOTIFICATION_CHARS);
  // Error messages take neither icon nor persistent (Office rejects them with an ArgumentException).
  return kind === 'error'
    ? { type: Office.MailboxEnums.ItemNotificationMessageType.ErrorMessage, message: text }
    : {
        type: Office.MailboxEnums.ItemNotificationMessageType.InformationalMessage,
        message: text,
        icon: NOTIFICATION_ICON,
        persistent: false,
      };
}

export async function showNotification(
  message: string,
  kind: NotificationKind,
  key = STATUS_KEY,
): Promise<Result<void>> {
  const found = currentMessage();
  if (!found.ok) return found;
  const needed = requireMailbox('1.3', 'show notifications');
  if (!needed.ok) return needed;
  const item = found.value;
  const safeKey = key.slice(0, MAX_NOTIFICATION_KEY_CHARS);
  return callAsync<void>('notificationMessages.replaceAsync', (cb) =>
    item.notificationMessages.replaceAsync(safeKey, notificationDetails(message, kind), cb),
  );
}

export async function clearNotification(key = STATUS_KEY): Promise<Result<void>> {
  const found = currentMessage();
  if (!found.ok) return found;
  const needed = requireMailbox('1.3', 'show notifications');
  if (!needed.ok) return needed;
  const item = found.value;
  return callAsync<void>('notificationMessages.removeAsync', (cb) =>
    item.notificationMessages.removeAsync(key.slice(0, MAX_NOTIFICATION_KEY_CHARS), cb),
  );
}
