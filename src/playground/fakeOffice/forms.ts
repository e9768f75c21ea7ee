// The form-opening calls (reply, new message, appointment) with Outlook's argument limits. What the add-in
// handed over is recorded in the host exactly, so the playground can show what Outlook would have shown.
import { argumentError, failed, later, OFFICE_ERRORS, splitOptions, succeeded } from './asyncResult';
import type { FakeHost, FakeItemData, OpenedForm } from './hostTypes';
import {
  APPOINTMENT_BODY_MAX_BYTES,
  FORM_HTML_BODY_MAX_BYTES,
  FORM_RECIPIENTS_MAX,
  FORM_SUBJECT_MAX_CHARS,
  utf8Bytes,
} from './limits';

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

function optionalString(record: Record<string, unknown>, name: string): string {
  const value = record[name];
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') throw argumentError(name, `${name} must be a string.`);
  return value;
}

function checkHtmlBody(htmlBody: string): void {
  if (utf8Bytes(htmlBody) > FORM_HTML_BODY_MAX_BYTES) {
    throw argumentError('htmlBody', `htmlBody is over ${FORM_HTML_BODY_MAX_BYTES} bytes.`);
  }
}

function checkSubject(name: string, value: string): void {
  if (value.length > FORM_SUBJECT_MAX_CHARS)
    throw argumentError(name, `${name} is over ${FORM_SUBJECT_MAX_CHARS} characters.`);
}

/** Recipients are strings or EmailAddressDetails; at most 100 in each list. */
function recipients(record: Record<string, unknown>, name: string): string[] {
  const value = record[name];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw argumentError(name, `${name} must be an array.`);
  if (value.length > FORM_RECIPIENTS_MAX)
    throw argumentError(name, `${name} has more than ${FORM_RECIPIENTS_MAX} entries.`);
  return value.map((entry: unknown) => {
    if (typeof entry === 'string') return entry;
    const address = asRecord(entry)['emailAddress'];
    if (typeof address !== 'string') throw argumentError(name, `${name} holds an entry without an address.`);
    return address;
  });
}

/** A Date from any realm (the add-in's frame is not the playground's), or epoch milliseconds. */
function instant(name: string, value: unknown): string | null {
  if (value === undefined || value === null) return null;
  const ms =
    typeof value === 'number'
      ? value
      : Object.prototype.toString.call(value) === '[object Date]'
        ? (value as Date).getTime()
        : Number.NaN;
  if (!Number.isFinite(ms)) throw argumentError(name, `${name} must be a Date or a number.`);
  return new Date(ms).toISOString();
}

export function replyForm(formData: unknown, api: string, item: FakeItemData): OpenedForm {
  const htmlBody = typeof formData === 'string' ? formData : optionalString(asRecord(formData), 'htmlBody');
  checkHtmlBody(htmlBody);
  return { kind: 'reply', api, htmlBody, inReplyTo: item.itemId };
}

export function newMessageForm(parameters: unknown, api: string): OpenedForm {
  const p = asRecord(parameters);
  const subject = optionalString(p, 'subject');
  checkSubject('subject', subject);
  const htmlBody = optionalString(p, 'htmlBody');
  checkHtmlBody(htmlBody);
  return {
    kind: 'new-message',
    api,
    toRecipients: recipients(p, 'toRecipients'),
    ccRecipients: recipients(p, 'ccRecipients'),
    subject,
    htmlBody,
  };
}

export function appointmentForm(parameters: unknown, api: string): OpenedForm {
  const p = asRecord(parameters);
  const subject = optionalString(p, 'subject');
  checkSubject('subject', subject);
  const location = optionalString(p, 'location');
  checkSubject('location', location);
  const body = optionalString(p, 'body');
  if (utf8Bytes(body) > APPOINTMENT_BODY_MAX_BYTES) throw argumentError('body', 'body is over 32 KB.');
  const start = instant('start', p['start']);
  const end = instant('end', p['end']);
  if (start !== null && end !== null && end < start)
    throw argumentError('end', 'The end date occurs before the start date.');
  return {
    kind: 'appointment',
    api,
    subject,
    location,
    body,
    start,
    end,
    requiredAttendees: recipients(p, 'requiredAttendees'),
  };
}

/**
 * The `…Async` variant of a form call: argument errors still throw (Office.js validates before dispatch,
 * and the d.ts says the Async reply form "throws an exception"); the callback then reports success.
 */
export function openAsync(
  host: FakeHost,
  build: () => OpenedForm,
  optionsOrCallback: unknown,
  callback: unknown,
  precondition: boolean = true,
): void {
  const { callback: cb, asyncContext } = splitOptions<void>(optionsOrCallback, callback);
  if (!precondition) {
    later(cb, failed(OFFICE_ERRORS.invalidApiCall, asyncContext));
    return;
  }
  if (host.profile().failure === 'actions-fail') {
    later(cb, failed(OFFICE_ERRORS.internalError, asyncContext));
    return;
  }
  host.openForm(build());
  later(cb, succeeded(undefined, asyncContext));
}
