/**
 * Which language a message is written in (issue 13): a small heuristic, measured in
 * test/core/extract/detectLanguage.test.ts. Each language has a row of short function words that are frequent in
 * it and rare in the others; a message is counted word by word and the language with most hits wins. English
 * wins ties and texts too short to tell: its pipeline is the most complete, and a date read by it is still a date.
 * About 1 KB in the commands bundle; a library (franc-min) would be ~80 KB and knows no more about recruiter mail.
 */
import type { LanguageCode } from './phrases/language';

/** Function words, one language a row, each with a line it was counted on. */
const FUNCTION_WORDS: readonly { readonly code: LanguageCode; readonly words: string; readonly example: string }[] = [
  {
    code: 'en',
    words: 'the and you we your our will to of for with is be this that please thank from have',
    example: 'We will get back to you within two weeks. Thank you for your interest.',
  },
  {
    code: 'de',
    words: 'und der die das wir sie ihnen ihr ihre uns nicht mit für ist eine einen dem den bitte zu auf vielen dank',
    example: 'Wir melden uns binnen 14 Tagen bei Ihnen. Vielen Dank für Ihre Bewerbung.',
  },
  {
    code: 'fr',
    words: 'le les et vous nous votre vos est une des du au aux pour avec ne pas merci sur dans ce',
    example: 'Nous reviendrons vers vous d’ici vendredi. Merci pour votre candidature.',
  },
  {
    code: 'es',
    words: 'el los las y usted su sus nos para con una del por gracias le es en al lo muy',
    example: 'Le daremos una respuesta dentro de los próximos diez días. Gracias por su interés.',
  },
];

const LOOKUP: ReadonlyMap<string, readonly LanguageCode[]> = (() => {
  const map = new Map<string, LanguageCode[]>();
  for (const row of FUNCTION_WORDS)
    for (const w of row.words.split(' ')) map.set(w, [...(map.get(w) ?? []), row.code]);
  return map;
})();

/** Words read at most: the opening of a message says its language. */
const MAX_WORDS = 400;
/** Hits a language other than English needs, and its lead over English. */
const MIN_HITS = 2;

/**
 * The language of `text`: 'de', 'fr' or 'es' where its function words clearly outnumber the others, else 'en'.
 * @example detectLanguage('Wir melden uns binnen 14 Tagen bei Ihnen.') // 'de'
 */
export function detectLanguage(text: string): LanguageCode {
  const counts: Record<LanguageCode, number> = { en: 0, de: 0, fr: 0, es: 0 };
  const tokens = text.toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? [];
  for (const token of tokens.slice(0, MAX_WORDS)) for (const code of LOOKUP.get(token) ?? []) counts[code] += 1;
  let best: LanguageCode = 'en';
  for (const code of ['de', 'fr', 'es'] as const)
    if (counts[code] >= MIN_HITS && counts[code] > counts[best]) best = code;
  return best;
}
