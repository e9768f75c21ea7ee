/**
 * Loading a language's tables and chrono-node parser on demand (issue 13): each is its own chunk in the browser
 * bundles (webpack splits at `import()`), fetched from the add-in's own origin the first time a message in that
 * language is read, so the English-only commands bundle stays within its budget. analyze() is async (it parses
 * mail), so it awaits the languages a thread needs and hands them to the synchronous reader as data.
 */
import { detectLanguage } from '../detectLanguage';
import type { LanguageCode, LanguageTables } from '../phrases/language';

/** The tables of one language other than English, loaded once per page (the module system keeps them). */
export function loadLanguage(code: Exclude<LanguageCode, 'en'>): Promise<LanguageTables> {
  switch (code) {
    case 'de':
      return import(/* webpackChunkName: "lang-de" */ '../phrases/de').then((m) => m.DE);
    case 'fr':
      return import(/* webpackChunkName: "lang-fr" */ '../phrases/fr').then((m) => m.FR);
    case 'es':
      return import(/* webpackChunkName: "lang-es" */ '../phrases/es').then((m) => m.ES);
  }
}

/**
 * The tables every text needs that is not English. A language that fails to load is left out: those messages
 * are then read as English, and nothing throws.
 * @example await languagesFor(['Wir melden uns binnen 14 Tagen.']) // [DE]
 */
export async function languagesFor(texts: readonly string[]): Promise<readonly LanguageTables[]> {
  const codes = [...new Set(texts.map(detectLanguage))].filter(
    (c): c is Exclude<LanguageCode, 'en'> => c !== 'en',
  );
  const loaded = await Promise.all(codes.map((c) => loadLanguage(c).catch(() => null)));
  return loaded.filter((l): l is LanguageTables => l !== null);
}
