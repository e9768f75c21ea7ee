// item.notificationMessages with Outlook's rules: key at most 32 characters and message at most 150 (else a
// thrown ArgumentOutOfRange), icon required on informational messages and refused on error and progress
// ones, at most 5 per item (a sixth fails in the callback). The list lives in the host, keyed by item, so a
// notification added by a function command is seen by the taskpane and shown in the playground's info bar.
import { argumentError, failed, later, OFFICE_ERRORS, splitOptions, succeeded } from './asyncResult';
import type { FakeHost, FakeNotification } from './hostTypes';
import { NOTIFICATION_KEY_MAX_CHARS, NOTIFICATION_MESSAGE_MAX_CHARS, NOTIFICATIONS_PER_ITEM } from './limits';

interface NotificationDetails {
  readonly type?: unknown;
  readonly message?: unknown;
  readonly icon?: unknown;
  readonly persistent?: unknown;
}

const TYPES_WITHOUT_ICON = new Set(['errorMessage', 'progressIndicator']);
const KNOWN_TYPES = new Set(['informationalMessage', 'errorMessage', 'progressIndicator', 'insightMessage']);

/** Validates as Office.js does before anything is sent: a bad argument throws at the call. */
function toNotification(key: unknown, details: unknown): FakeNotification {
  if (typeof key !== 'string' || key.length === 0)
    throw argumentError('key', 'The key must be a non-empty string.');
  if (key.length > NOTIFICATION_KEY_MAX_CHARS) {
    throw argumentError('key', `The key is longer than ${NOTIFICATION_KEY_MAX_CHARS} characters.`);
  }
  const d = (details ?? {}) as NotificationDetails;
  const type = typeof d.type === 'string' ? d.type : '';
  if (!KNOWN_TYPES.has(type)) throw argumentError('type', `Unknown notification type "${type}".`);
  if (typeof d.message !== 'string' || d.message.length === 0) {
    throw argumentError('message', 'The message must be a non-empty string.');
  }
  if (d.message.length > NOTIFICATION_MESSAGE_MAX_CHARS) {
    throw argumentError(
      'message',
      `The message is longer than ${NOTIFICATION_MESSAGE_MAX_CHARS} characters.`,
    );
  }
  const hasIcon = typeof d.icon === 'string' && d.icon.length > 0;
  if (TYPES_WITHOUT_ICON.has(type) && (d.icon !== undefined || d.persistent !== undefined)) {
    throw argumentError('icon', `A ${type} takes neither icon nor persistent.`);
  }
  if (!TYPES_WITHOUT_ICON.has(type) && !hasIcon) throw argumentError('icon', `A ${type} needs an icon.`);
  return {
    key,
    type,
    message: d.message,
    icon: hasIcon ? (d.icon as string) : null,
    persistent: d.persistent === true,
  };
}

export function createNotificationMessages(host: FakeHost, itemKey: string) {
  const list = (): readonly FakeNotification[] => host.notifications(itemKey);
  return {
    addAsync(key: unknown, details: unknown, optionsOrCallback?: unknown, callback?: unknown): void {
      const { callback: cb, asyncContext } = splitOptions<void>(optionsOrCallback, callback);
      const notification = toNotification(key, details);
      const current = list();
      if (current.some((n) => n.key === notification.key)) {
        later(
          cb,
          failed(
            {
              code: 9023,
              name: 'DuplicateNotificationKey',
              message: 'A notification with this key already exists.',
            },
            asyncContext,
          ),
        );
        return;
      }
      if (current.length >= NOTIFICATIONS_PER_ITEM) {
        later(cb, failed(OFFICE_ERRORS.numberOfNotificationsExceeded, asyncContext));
        return;
      }
      host.setNotifications(itemKey, [...current, notification]);
      later(cb, succeeded(undefined, asyncContext));
    },
    replaceAsync(key: unknown, details: unknown, optionsOrCallback?: unknown, callback?: unknown): void {
      const { callback: cb, asyncContext } = splitOptions<void>(optionsOrCallback, callback);
      const notification = toNotification(key, details);
      const current = list();
      const others = current.filter((n) => n.key !== notification.key);
      if (others.length === current.length && current.length >= NOTIFICATIONS_PER_ITEM) {
        later(cb, failed(OFFICE_ERRORS.numberOfNotificationsExceeded, asyncContext));
        return;
      }
      host.setNotifications(itemKey, [...others, notification]);
      later(cb, succeeded(undefined, asyncContext));
    },
    removeAsync(key: unknown, optionsOrCallback?: unknown, callback?: unknown): void {
      const { callback: cb, asyncContext } = splitOptions<void>(optionsOrCallback, callback);
      const current = list();
      const others = current.filter((n) => n.key !== key);
      if (others.length === current.length) {
        later(cb, failed(OFFICE_ERRORS.notificationKeyNotFound, asyncContext));
        return;
      }
      host.setNotifications(itemKey, others);
      later(cb, succeeded(undefined, asyncContext));
    },
    getAllAsync(optionsOrCallback?: unknown, callback?: unknown): void {
      const { callback: cb, asyncContext } = splitOptions<unknown[]>(optionsOrCallback, callback);
      const value = list().map((n) => ({
        key: n.key,
        type: n.type,
        message: n.message,
        ...(n.icon === null ? {} : { icon: n.icon }),
        persistent: n.persistent,
      }));
      later(cb, succeeded(value, asyncContext));
    },
  };
}
