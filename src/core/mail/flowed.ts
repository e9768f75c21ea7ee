/**
 * RFC 3676 `format=flowed` decoding that respects quote depth. A soft break (a line ending in a space)
 * joins the next line only when both have the same number of `>`: postal-mime 4 joins across depths,
 * which glues a Thunderbird reply ("Hello") onto the quote above it ("> Hi ").
 */
export function decodeFlowed(text: string, delSp: boolean): string {
  const out: string[] = [];
  let current: { depth: number; text: string } | null = null;
  let soft = false;
  for (const raw of text.split('\n')) {
    const m = /^(>*)/.exec(raw);
    const depth = m?.[1]?.length ?? 0;
    let line = raw.slice(depth);
    // Space-stuffing (RFC 3676 4.4): one leading space was added by the sender.
    if (line.startsWith(' ')) line = line.slice(1);
    const isSignature = line === '-- ';
    if (current && soft && current.depth === depth && !isSignature) {
      current.text += line;
    } else {
      if (current) out.push(render(current));
      current = { depth, text: line };
    }
    soft = line.endsWith(' ') && !isSignature;
    if (soft && delSp) current.text = current.text.slice(0, -1);
  }
  if (current) out.push(render(current));
  return out.join('\n');
}

function render(line: { depth: number; text: string }): string {
  return line.depth > 0 ? `${'>'.repeat(line.depth)} ${line.text}` : line.text;
}
