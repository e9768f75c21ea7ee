// Outlook's documented limits (OUTLOOK-NOTES.md §5). Exceeding one makes Office throw or fail, so each call
// checks first and returns a `too-large` problem instead.

/** displayReplyForm / displayNewMessageForm htmlBody, displayNewAppointmentForm body: 32 KB. */
export const MAX_FORM_BODY_BYTES = 32 * 1024;
/** displayNewMessageForm / displayNewAppointmentForm subject. */
export const MAX_SUBJECT_CHARS = 255;
/** Recipients per list in displayNewMessageForm. */
export const MAX_RECIPIENTS = 100;
/** body.setSelectedDataAsync data. */
export const MAX_INSERT_CHARS = 1_000_000;
/** notificationMessages: key and message lengths (longer fails with ArgumentOutOfRange). */
export const MAX_NOTIFICATION_KEY_CHARS = 32;
export const MAX_NOTIFICATION_CHARS = 150;
/**
 * roamingSettings holds 32 KB per add-in in all, shared by the overrides and the applications board (issue 15:
 * BOARD_BUDGET_BYTES, 20 KB, in boardStore.ts); 2 KB stays free. An overrides entry is some 150 characters.
 */
export const ROAMING_SETTINGS_BYTES = 32 * 1024;
export const OVERRIDES_BUDGET_CHARS = 10 * 1024;

/** UTF-8 size: the conservative reading of "32 KB" for text that may hold non-ASCII names. */
export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Cuts text to `max` characters with an ellipsis, never splitting a surrogate pair. */
export function cutWithEllipsis(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return `${chars
    .slice(0, max - 1)
    .join('')
    .trimEnd()}…`;
}
