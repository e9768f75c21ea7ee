// Outlook's documented limits, enforced by the fake so code that passes the playground passes Outlook
// (@types/office-js 1.0.612 doc comments; OUTLOOK-NOTES.md §5).

/** notificationMessages: a longer message throws ArgumentOutOfRange. */
export const NOTIFICATION_MESSAGE_MAX_CHARS = 150;
/** notificationMessages: a longer key throws ArgumentOutOfRange. */
export const NOTIFICATION_KEY_MAX_CHARS = 32;
/** notificationMessages: a sixth one fails with NumberOfNotificationMessagesExceeded (web, Windows, Mac). */
export const NOTIFICATIONS_PER_ITEM = 5;
/** roamingSettings: 32 KB per add-in; saveAsync fails with 9057 past it. */
export const ROAMING_SETTINGS_MAX_BYTES = 32 * 1024;
/** displayReplyForm(Async) and displayNewMessageForm(Async): htmlBody is limited to 32 KB, or the call throws. */
export const FORM_HTML_BODY_MAX_BYTES = 32 * 1024;
/** displayNewAppointmentForm / displayNewMessageForm: subject and location at most 255 characters. */
export const FORM_SUBJECT_MAX_CHARS = 255;
/** displayNewAppointmentForm: body at most 32 KB. */
export const APPOINTMENT_BODY_MAX_BYTES = 32 * 1024;
/** Recipients and attendees: at most 100 per list. */
export const FORM_RECIPIENTS_MAX = 100;

/** UTF-8 byte length, which is what the 32 KB limits count. */
export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}
