import type { Address } from '../types';
import { MAX_HEADER_LINE_CHARS } from './limits';

// An address as it appears inside quoted header text: bounded parts, no nesting, so linear.
const EMAIL = /[\p{L}\p{N}._%+'-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,8}/gu;

function cleanName(raw: string): string | null {
  const name = raw
    .replace(/\[mailto:[^\]]*\]|<mailto:[^>]*>|\(mailto:[^)]*\)|[[<(]?\s*mailto:\s*$/gi, ' ')
    .replace(/[<>[\]()]/g, ' ')
    .replace(/^[\s"'“”,;:*]+|(?<![\s"'“”,;:*])[\s"'“”,;:*]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return name === '' ? null : name;
}

/** The text after the last `;` or `,` that is not inside quotes: `a@b, "Lee, Ada" <` -> `"Lee, Ada" <`. */
function afterLastSeparator(text: string): string {
  let cut = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ';' || ch === ',')) cut = i + 1;
  }
  return text.slice(cut);
}

/**
 * Reads the addresses of a quoted header field as clients print it: `Ada Lee <ada@contoso.com>`,
 * `"Lee, Ada" <ada@contoso.com>; bob@contoso.com`, `Ada Lee [mailto:ada@contoso.com]`,
 * `Valentino Rudy (valentino@rudy.be)`, or only a name (`To: Somebody`, Outlook without the address).
 * @example readAddresses('Ada Lee <ADA@contoso.com>') // [{ name: 'Ada Lee', address: 'ada@contoso.com' }]
 */
export function readAddresses(raw: string): Address[] {
  const text = raw.slice(0, MAX_HEADER_LINE_CHARS * 4);
  const found: Address[] = [];
  let last = 0;
  const matches = [...text.matchAll(EMAIL)];
  for (const m of matches) {
    const start = m.index;
    const end = start + m[0].length;
    // `Name <a@b> [mailto:a@b]` or `a@b<mailto:a@b>` repeats the address: skip the echo.
    const between = text.slice(last, start);
    const address = m[0].toLowerCase().replace(/^[.'-]+|(?<![.'-])[.'-]+$/g, '');
    const prev = found[found.length - 1];
    if (prev && prev.address === address && !/[;,]/.test(between.replace(/"[^"]*"/g, ''))) {
      last = end;
      continue;
    }
    // The name is what stands between the previous separator and this address.
    // One address in the field: every word before it is the name, commas included ("Lee, Ada <ada@…>").
    const lone = matches.length === 1 && !between.includes(';');
    let name = cleanName(lone ? between : afterLastSeparator(between));
    // `valentino@rudy.be (Valentino Rudy)`: a name in parentheses after the address.
    const after = /^\s*\(([^()@]{1,80})\)/.exec(text.slice(end));
    if (!name && after?.[1]) name = cleanName(after[1]);
    found.push({ name: name && name.toLowerCase() !== address ? name : null, address });
    last = end;
  }
  if (found.length > 0) return found;
  // No address at all: names only, separated the way Outlook separates them.
  return text
    .split(';')
    .map((part) => cleanName(part))
    .filter((n): n is string => n !== null)
    .map((name) => ({ name, address: '' }));
}
