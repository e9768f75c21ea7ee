/**
 * Which language a message is written in (issue 13): a small heuristic, measured in
 * test/core/extract/detectLanguage.test.ts. Each language has a row of short function words that are frequent in
 * it and rare in the others; a message is counted word by word and the language with most hits wins. English
 * wins ties and texts too short to tell: its pipeline is the most complete, and a date read by it is still a date.
 * About 1 KB in the commands bundle; a library (franc-min) would be ~80 KB and knows no more about recruiter mail.
 */
import type { LanguageCode } from './phrases/language';

/** Function words, one language a row, each with a line it was counted on. */
const FUNCTION_WORDS: readonly {
  readonly code: LanguageCode;
  readonly words: string;
  readonly example: string;
}[] = [
  {
    code: 'en',
    words:
      'the and you we your our will to of for with is be this that please thank from have in on at it are as by i me my us',
    example: 'We will get back to you within two weeks. Thank you for your interest.',
  },
  {
    code: 'de',
    words:
      'und der die das wir sie ihnen ihr ihre uns nicht mit für ist eine einen dem den bitte zu auf vielen dank sind leider ich mich von sich unser unsere unserem im am um bei werden wird können kein keine auch noch oder wenn ein uhr montag dienstag mittwoch donnerstag freitag datum uhrzeit beginn einladung bis ab neue neuen jetzt sofort du dich dir dein deine deinen dass hast bist zum zur danke gestern heute fuer gruesse',
    example: 'Wir melden uns binnen 14 Tagen bei Ihnen. Vielen Dank für Ihre Bewerbung.',
    // (and the Du-form of a craftsman's mail, whose "du" alone would read French: "danke, dass du gestern zum
    // Probearbeiten gekommen bist", round 326; "fuer" and "Gruesse" typed without umlauts, round 325)
  },
  {
    code: 'fr',
    words:
      'le les et vous nous votre vos est une des du au aux pour avec ne pas merci sur dans ce de la que nos sera aucun cette qui je ma sont été avons être un à ou voici lundi mardi mercredi jeudi vendredi candidature statut poste entretien notre leur tu toi ton ta tes en ici semaine semaines jours jour ouvrés ouvrables réponse retour bonjour madame monsieur cordialement sommes avez janvier février avril mai juin juillet août septembre octobre novembre décembre',
    example: 'Nous reviendrons vers vous d’ici vendredi. Merci pour votre candidature.',
  },
  {
    code: 'es',
    words:
      'el los las y usted su sus nos para con una del por gracias le es en al lo muy de la que se este esta estamos hemos tiene será no un nuestra nuestro nuestras nuestros ya ha sido hora fecha lunes martes miércoles miercoles jueves viernes te tu tus mi mis contigo ustedes vos semana semanas días dias hábiles habiles entrevista proceso hola saludos estimado estimada pero hasta desde cuando enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre',
    example: 'Le daremos una respuesta dentro de los próximos diez días. Gracias por su interés.',
  },
];

const LOOKUP: ReadonlyMap<string, readonly LanguageCode[]> = (() => {
  const map = new Map<string, LanguageCode[]>();
  for (const row of FUNCTION_WORDS)
    for (const w of row.words.split(' ')) map.set(w, [...(map.get(w) ?? []), row.code]);
  return map;
})();

/** Letters and endings only one of the languages writes: "ß", "ñ", "¿", "ç", "-ción". */
const LETTERS: readonly (readonly [RegExp, LanguageCode])[] = [
  [/[äöüß]/u, 'de'],
  // The first person plural's future ("contactaremos", "nous reviendrons") is as sure a sign as a letter.
  [/[ñ¿¡áíóú]|[cs]ión$|[cs]iones$|[aei]remos$/u, 'es'],
  [/[çèêùœâîôû]|^(?:d|l|qu|n|j|m|s)'|[eio]rons$/u, 'fr'],
];

/** Words read at most: the opening of a message says its language. */
const MAX_WORDS = 400;
/** Words of the opening, read first: a greeting, a sentence or two. */
const OPENING_WORDS = 20;
/** Hits a language other than English needs, and its lead over English. */
const MIN_HITS = 2;

/** The hits of each language among `tokens`. */
function countsOf(tokens: readonly string[]): Record<LanguageCode, number> {
  const counts: Record<LanguageCode, number> = { en: 0, de: 0, fr: 0, es: 0 };
  for (const written of tokens) {
    // A short word in capitals is an abbreviation, not a function word ("Mon Nov 16 9:00 AM | …").
    if (written.length <= 3 && written.length > 1 && written === written.toUpperCase()) continue;
    const raw = written.toLowerCase();
    const token = raw.replace(/^[¿¡]+/u, '');
    for (const code of LOOKUP.get(token) ?? []) counts[code] += 1;
    for (const [re, code] of LETTERS) if (re.test(raw)) counts[code] += 1;
  }
  return counts;
}

/** The best language of `tokens`: 'de', 'fr' or 'es' where its words clearly outnumber the others', else 'en'. */
function bestOf(tokens: readonly string[]): LanguageCode {
  const counts = countsOf(tokens);
  let best: LanguageCode = 'en';
  for (const code of ['de', 'fr', 'es'] as const)
    if (counts[code] >= MIN_HITS && counts[code] > counts[best]) best = code;
  return best;
}

/**
 * The language of `text`: 'de', 'fr' or 'es' where its function words clearly outnumber the others, else 'en'.
 * The opening decides first: a short Spanish or French message above a long English legal footer ("This email
 * and any files transmitted with it are confidential…") is Spanish or French.
 * @example detectLanguage('Wir melden uns binnen 14 Tagen bei Ihnen.') // 'de'
 */
export function detectLanguage(text: string): LanguageCode {
  // A bilingual message, its two versions joined by " / ", is read in the first one's language where that one is
  // clear: "Your interview is confirmed for Monday, September 19 at 1:30 p.m. (ET) / Votre entrevue est confirmée
  // pour le lundi 19 septembre à 13 h 30 (HE)" (round 620).
  const slash = text.slice(0, 400).search(/\s\/\s/);
  if (slash > 0) {
    const counts = countsOf(tokensOf(text.slice(0, slash)));
    const [first, second] = (Object.entries(counts) as [LanguageCode, number][]).sort((a, b) => b[1] - a[1]);
    if (first !== undefined && first[1] >= 3 && first[1] >= 2 * (second?.[1] ?? 0)) return first[0];
  }
  const tokens = tokensOf(text);
  const opening = bestOf(tokens.slice(0, OPENING_WORDS));
  return opening !== 'en' ? opening : bestOf(tokens.slice(0, MAX_WORDS));
}

/** The words of `text`, as the function words are counted. */
function tokensOf(text: string): readonly string[] {
  return (
    text
      .replace(/[\u2018\u2019]/g, "'")
      // "10:00 AM": a clock's AM is no German "am" (issue 10, held-out B1).
      .replace(/(\d\s?)am\b/gi, '$1')
      // "Sachbearbeiter/in", "Buchhalter/in": a German gender ending, no English "in" (round 309).
      .replace(/(?<=\p{L})\/in(?:nen)?(?![\p{L}])/gu, 'in')
      .match(/[\p{L}\p{M}¿¡']+/gu) ?? []
  );
}
