// Internet headers as Outlook hands them over (getAllInternetHeadersAsync: one RFC 5322 header block as text)
// into the lower-case record the core reads (Auto-Submitted, X-Autoreply, …). Pure and total.

/** A header block is a few KB; a hostile one is capped before it is split. */
const MAX_HEADER_TEXT = 256 * 1024;
const MAX_HEADERS = 500;
const MAX_VALUE_CHARS = 4000;

/**
 * Parses a header block: folded lines are unfolded; a repeated header keeps its first value (the newest
 * Received-style hop is first, and the core reads only single-valued headers).
 * @example parseInternetHeaders('Auto-Submitted: auto-replied\r\n') // { 'auto-submitted': 'auto-replied' }
 */
export function parseInternetHeaders(text: string): Readonly<Record<string, string>> {
  const headers: Record<string, string> = {};
  const lines = text.slice(0, MAX_HEADER_TEXT).split(/\r\n|\r|\n/);
  let count = 0;
  let current: { name: string; value: string } | null = null;
  const flush = (): void => {
    if (current && !Object.prototype.hasOwnProperty.call(headers, current.name)) {
      headers[current.name] = current.value.trim().slice(0, MAX_VALUE_CHARS);
      count++;
    }
    current = null;
  };
  for (const line of lines) {
    if (line === '') break; // the end of the header block
    if ((line.startsWith(' ') || line.startsWith('\t')) && current) {
      current.value += ` ${line.trim()}`;
      continue;
    }
    flush();
    if (count >= MAX_HEADERS) break;
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    // Field names are printable ASCII without spaces (RFC 5322 §2.2); anything else is not a header.
    if (!/^[!-9;-~]+$/.test(name) || name === '__proto__') continue;
    current = { name, value: line.slice(colon + 1) };
  }
  flush();
  return headers;
}
