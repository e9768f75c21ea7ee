// Unfilled template placeholders: "[Company]", "{{name}}", "<role>", "{first_name}".
import { anyOf } from '../extract/phrases/rows';
import { PLACEHOLDER_WORDS } from './phrases';

const BRACKET_WORDS = anyOf(PLACEHOLDER_WORDS);
// Square brackets around a few words; the words decide (footnotes "[1]", "[image: logo]", "[EXTERNAL]" don't).
const SQUARE = /\[([^\][\n]{1,60})\]/gu;
// Mustache and single-brace fields, and angle brackets around a bare word or two (no address, tag or URL).
const FIELD =
  /\{\{[^{}\n]{1,40}\}\}|\{[\p{L}_][\p{L}\p{N}_ ]{0,30}\}|<[\p{L}_][\p{L}_ ]{0,30}>|%[A-Z_]{2,30}%/gu;

/** Every unfilled placeholder in `text`, in order, each once. */
export function placeholders(text: string): readonly string[] {
  const found: { at: number; text: string }[] = [];
  for (const m of text.matchAll(SQUARE)) {
    const inner = (m[1] ?? '').trim();
    if (/^[^:/]*$/u.test(inner) && BRACKET_WORDS.test(inner) && inner.length <= 60)
      found.push({ at: m.index, text: m[0] });
  }
  for (const m of text.matchAll(FIELD)) found.push({ at: m.index, text: m[0] });
  found.sort((a, b) => a.at - b.at);
  return [...new Set(found.map((f) => f.text))];
}
