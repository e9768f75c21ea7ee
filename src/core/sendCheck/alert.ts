// The Smart Alerts dialog's text (Office.SmartAlertsEventCompletedOptions.errorMessage: 500 characters at
// most, plain text) from the check's findings, most important first.
import type { SendCheck } from './types';

/** Outlook's limit on errorMessage (Mailbox 1.12). */
export const ALERT_MAX_CHARS = 500;

function moreNote(n: number): string {
  return n > 0 ? ` (${n} more in the coach)` : '';
}

/**
 * The findings that fit, whole (the first cut to fit if it must), then "(n more in the coach)"; never over
 * `max` characters.
 * @example alertText(check) // 'This follow-up comes before Friday, November 27: …'
 */
export function alertText(check: SendCheck, max = ALERT_MAX_CHARS): string {
  const total = check.findings.length;
  // Outlook titles the dialog with the add-in's name: the text starts with the first finding.
  let text = '';
  let shown = 0;
  for (const finding of check.findings) {
    const gap = text === '' ? 0 : 1;
    const room = max - text.length - gap - moreNote(total - shown - 1).length;
    if (finding.message.length <= room) text += `${gap ? ' ' : ''}${finding.message}`;
    else if (shown === 0) text += `${finding.message.slice(0, Math.max(0, room - 1)).trimEnd()}…`;
    else break;
    shown += 1;
  }
  return `${text}${moreNote(total - shown)}`.slice(0, max);
}
