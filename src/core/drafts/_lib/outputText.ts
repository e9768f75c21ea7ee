// Text that leaves the core (draft subjects and text, the reminder, the calendar file) carries no control or
// direction characters: a NUL or ESC from a subject, a C1 control from a mis-decoded charset, or a
// right-to-left override (U+202E) in a display name would otherwise reach the user's sent mail and calendar,
// where an override can make "Interview_‮fdp.exe" read as something else. Line breaks of every kind become
// LF where the text has lines, and a space where it has one.

/** C0 controls but TAB and the line breaks, DEL, C1 controls, and the direction marks, embeddings,
 * overrides and isolates (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069). */
const CONTROLS =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Every line break a value can hold: CRLF, CR, LF, NEL, and the Unicode line and paragraph separators. */
export const LINE_BREAKS = /\r\n|[\r\n\u0085\u2028\u2029]/g;

/**
 * Multi-line text with its controls removed and every line break written as LF.
 * @example outputText('Hi\r\nAda\u202e') === 'Hi\nAda'
 */
export function outputText(text: string): string {
  return text.replace(LINE_BREAKS, '\n').replace(CONTROLS, '');
}

/**
 * One line (a subject): controls removed, line breaks and tabs as single spaces.
 * @example outputLine('Re: Interview\u0000\r\nBcc: x') === 'Re: Interview Bcc: x'
 */
export function outputLine(text: string): string {
  return text
    .replace(LINE_BREAKS, ' ')
    .replace(CONTROLS, '')
    .replace(/[\t ]{2,}/g, ' ')
    .trim();
}
