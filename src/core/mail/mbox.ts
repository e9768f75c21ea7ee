/**
 * mbox -> one source per message. A message starts at a `From ` line at the top of the file or after a
 * line break (mboxrd and mboxo both); `>From ` lines inside bodies are unescaped by one level.
 */

/** Splits mbox text (bytes read as Latin-1, or a string) into message sources, oldest first as stored. */
export function splitMbox(text: string): string[] {
  const starts: number[] = [];
  if (text.startsWith('From ')) starts.push(0);
  const re = /\r?\nFrom /g;
  for (let m = re.exec(text); m; m = re.exec(text)) starts.push(m.index + m[0].length - 'From '.length);
  if (starts.length === 0) return text.trim() === '' ? [] : [text];
  const out: string[] = [];
  for (let k = 0; k < starts.length; k++) {
    const start = starts[k] ?? 0;
    const end = starts[k + 1] ?? text.length;
    const chunk = text.slice(start, end);
    // Drop the `From sender date` envelope line; unescape `>From ` (mboxrd).
    const nl = chunk.indexOf('\n');
    const body = (nl === -1 ? '' : chunk.slice(nl + 1)).replace(/^>(>*From )/gm, '$1');
    if (body.trim() !== '') out.push(body);
  }
  return out;
}
