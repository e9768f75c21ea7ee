/**
 * FNV-1a, 32 bits: a stable, fast hash to choose a wording per thread (same thread, same words; another
 * candidate or thread, likely other words). Not for security.
 * @example fnv1a('Interview|ada@example.com') === fnv1a('Interview|ada@example.com')
 */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}
