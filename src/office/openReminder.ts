// Opens a new appointment form for the proposed reminder (read mode). Where that API is missing (compose,
// mobile, an old client) the answer is `unsupported`, so the caller can offer an .ics file instead.
import type { ReminderProposal } from '../core/types';
import { callAsync, callSync, fail, ok } from './asyncResult';
import { MAX_FORM_BODY_BYTES, MAX_SUBJECT_CHARS, utf8Bytes } from './limits';
import { isComposeItem, isMobileHost, mailboxApi, supportsMailbox } from './officeGlobal';
import { callFailed, tooLarge, unsupported } from './problems';
import type { ReminderOutcome, Result } from './types';

/** The appointment form's fields: real Date instants and a plain-text body (HTML shows as tags on Mac). */
export function appointmentForm(reminder: ReminderProposal): Result<Office.AppointmentForm> {
  const start = new Date(reminder.start);
  const end = new Date(reminder.end);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()) || end < start) {
    return fail(
      callFailed(
        'displayNewAppointmentForm',
        'invalid-date',
        `the reminder's time "${reminder.start.slice(0, 40)}" is not valid`,
      ),
    );
  }
  if (Array.from(reminder.subject).length > MAX_SUBJECT_CHARS)
    return fail(tooLarge('255-character subject', 'reminder subject'));
  if (utf8Bytes(reminder.body) > MAX_FORM_BODY_BYTES)
    return fail(tooLarge('32 KB appointment body', 'reminder text'));
  return ok({ start, end, subject: reminder.subject, body: reminder.body });
}

export async function openReminder(reminder: ReminderProposal): Promise<Result<ReminderOutcome>> {
  const found = mailboxApi();
  if (!found.ok) return found;
  const mailbox = found.value;
  const what = 'open a calendar reminder here';
  if (isMobileHost()) return fail(unsupported('Outlook on the desktop or the web', what));
  // displayNewAppointmentForm is a read-mode API.
  if (mailbox.item && isComposeItem(mailbox.item)) return fail(unsupported('a message in read mode', what));
  const form = appointmentForm(reminder);
  if (!form.ok) return form;
  if (supportsMailbox('1.9') && typeof mailbox.displayNewAppointmentFormAsync === 'function') {
    const shown = await callAsync<void>('displayNewAppointmentFormAsync', (cb) =>
      mailbox.displayNewAppointmentFormAsync(form.value, cb),
    );
    return shown.ok ? ok('appointment-form') : shown;
  }
  if (!supportsMailbox('1.1') || typeof mailbox.displayNewAppointmentForm !== 'function') {
    return fail(unsupported('Mailbox 1.1', what));
  }
  const shown = callSync('displayNewAppointmentForm', () => mailbox.displayNewAppointmentForm(form.value));
  return shown.ok ? ok('appointment-form') : shown;
}
