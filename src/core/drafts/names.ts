// People's names as their owners write them (ADVICE.md "Drafts", issue 11): Unicode throughout (STYLE.md
// practice 19: "Renée" is never "Ren"), degrees and suffixes never a first name, "Last, First" read in that order,
// a person greeted as they sign ("Cheers, Rob" → "Rob"; "Dr. Amara Obi" → "Dear Dr. Obi,").
import { LEGAL_FORMS } from './company';

/** A person's name as read: the given name(s) to greet, the family name, a title they sign with. */
export interface PersonName {
  /** The whole name in reading order, without titles, degrees or suffixes: "Amara Obi", "Hui Min Tan". */
  readonly full: string;
  /** The given name to greet: "Amara", "Hui Min", "Jean-Luc". */
  readonly given: string;
  /** The family name, where one stands apart: "Obi"; null for a single word. */
  readonly family: string | null;
  /** "Dr." or "Prof." where the name carries one; other honorifics (Mr, Ms, Herr) are dropped. */
  readonly title: string | null;
  /**
   * The employer writes by title ("Sehr geehrter Herr Weber") but no title is known for this person: greeted by
   * the whole name ("Dear Birgit Schulte,"), never by the given name alone, and never with a guessed Mr or Ms.
   */
  readonly formal?: boolean;
}

// Titles kept in a formal greeting, each as a line writes it: "Dr. Amara Obi", "Prof Lena Koch", "Professor Ito".
const KEPT_TITLES: readonly (readonly [RegExp, string])[] = [
  [/^(?:dr|doctor|dott|dra)\.?$/iu, 'Dr.'],
  [/^(?:prof|professor|profa?)\.?$/iu, 'Prof.'],
];
// Honorifics dropped before a name: "Mr. Tom Ford", "Ms Ada Lee", "Herr Jonas Weber", "Mme Camille Roux".
// Austrian, German and Swiss degrees written before a name are dropped too: "Mag. Verena Huber",
// "Dkfm. Eva Roth", "MMag.a Lena Wolf", "lic. oec. Urs Keller" ("DI" is also a given name: "Di Wang").
const HONORIFIC =
  /^(?:mr|mrs|ms|mx|miss|sir|dame|herrn?|frau|madame|monsieur|mme|mlle|m|sr|sra|srta|don|doña|dña|sig|sig\.ra|dipl\.-ing|ing|m?mag\.?a?|dkfm|lic|oec|bakk|dipl\.-kfm|dipl\.-kffr)\.?$/iu;
// Degrees, suffixes and credentials after a name, never a first name: "Amara Obi, PhD", "John Smith Jr.",
// "Jane Doe CPA", "Sam Lee, SHRM-CP", "Tom Ford III", "Ana Ruiz, RN, BSN".
const SUFFIX =
  /^(?:ph\.?\s?d|d\.?phil|mba|cpa|cfa|cma|rn|bsn|msn|np|pa-c|md|m\.d|do|dds|dmd|esq|jr|sr|ii|iii|iv|v|pe|pmp|phr|sphr|shrm-cp|shrm-scp|gphr|cipd|fcca|aca|acca|ma|ms|msc|m\.sc|ba|bs|bsc|b\.sc|meng|beng|llb|llm|jd|lcsw|mph|mfa|med|edd|psyd|faia|aia|csm|cissp|cpp|crha|cria|chrp|chrl|cphr|fcipd|mcipd|chrm|p\.?eng|ceng|ing|fca|mcim|chartered)\.?$/iu;
// Words between a name's parts in lower case: "Ludwig van Beethoven", "Ana de la Cruz", "Omar bin Said".
const PARTICLE = /^(?:van|von|der|den|de|del|della|di|da|das|dos|du|la|le|bin|binti|al|el|ter|ten|y|zu|af)$/u;
// A name word: a capital (or a caseless script such as Han or Arabic) then letters, marks, apostrophes, hyphens
// and a dot of an initial: "Renée", "Zoë", "O'Neill", "Jean-Luc", "J.", "Nguyễn", "王伟", "Ólafur".
const NAME_WORD = /^(?:\p{Lu}|\p{Lo})[\p{L}\p{M}'’.-]*$/u;
// All capitals: "OBI", "NGUYEN-TRAN" (a family name some write in capitals); at least two letters.
const ALL_CAPS = /^\p{Lu}[\p{Lu}\p{M}'’-]+$/u;

/** "NGUYEN-TRAN" → "Nguyen-Tran", "O'NEILL" → "O'Neill", "ÓLAFSSON" → "Ólafsson". */
function titleCase(word: string): string {
  return word
    .toLowerCase()
    .replace(/(^|[-'’])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

function keptTitle(word: string): string | null {
  for (const [re, title] of KEPT_TITLES) if (re.test(word)) return title;
  return null;
}

/** Removes "(Talent Partner)", "| Contoso", " - Recruiter", " via Greenhouse", quotes. */
function bareDisplay(raw: string): string {
  const noParens = raw.replace(/\([^()]{0,80}\)|\[[^[\]]{0,80}\]/gu, ' ').replace(/["“”]/gu, ' ');
  const cut = noParens.split(/\s[|–—-]\s|(?<!\s)\s*\|\s*|(?<!\s)\s+(?:via|from|at|@)\s+/u)[0] ?? '';
  return cut.replace(/\s+/gu, ' ').trim();
}

// A shared mailbox is no one to greet: "Careers", "Woodgrove Recruiting", "Talent Acquisition", "no-reply".
export const MAILBOX_NAME =
  /(?<![\p{L}\p{N}])(?:careers?|jobs|recruit(?:ing|ment|ers)|talent|hr|human resources|hiring|team|people|notifications?|no-?reply|do not reply|info|admin|support|staffing|acquisition|scheduling|calendar|applications?|noreply|reclutamiento|selecci[oó]n|talento|empleos?|recursos humanos|personalabteilung|bewerbermanagement|karriere|recrutement|ressources humaines|carri[eè]res?|emplois?|services?|personnel|personal|personalwesen|department|office|équipe|equipo|\p{L}*abteilung|rrhh|rh|secrétariat|sekretariat|secretaría|admissions?)(?![\p{L}\p{N}])/iu;

// A legal form makes a display name or a signed line a company's (company.ts LEGAL_FORMS).
const LEGAL_FORM = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${LEGAL_FORMS})\.?(?![\p{L}\p{N}])`, 'u');

function isName(word: string): boolean {
  return NAME_WORD.test(word) || PARTICLE.test(word);
}

/**
 * Reads a display name or a signed line as a person's name; null where it is no person's name.
 * @example readPersonName('OBI, Amara (PhD)') // { full: 'Amara Obi', given: 'Amara', family: 'Obi', title: null }
 * @example readPersonName('Dr. Amara Obi, PhD') // { full: 'Amara Obi', given: 'Amara', family: 'Obi', title: 'Dr.' }
 */
export function readPersonName(raw: string): PersonName | null {
  const text = bareDisplay(raw.slice(0, 200));
  if (text === '' || MAILBOX_NAME.test(text) || LEGAL_FORM.test(text)) return null;
  // "Lee, Ada" / "LEE, Ada" / "Tan, Hui Min": family name first; "Amara Obi, PhD, MBA": degrees after commas.
  const parts = text.split(/(?<!\s)\s*,\s*/u).filter((p) => p !== '');
  const named = parts.filter((p) => !p.split(/\s+/u).every((w) => SUFFIX.test(w)));
  let order: string[];
  let familyFirst = false;
  if (named.length === 2 && (named[0] ?? '').split(/\s+/u).length <= 3) {
    order = [...(named[1] ?? '').split(/\s+/u), ...(named[0] ?? '').split(/\s+/u)];
    familyFirst = true;
  } else if (named.length === 1) {
    order = (named[0] ?? '').split(/\s+/u);
  } else {
    return null;
  }
  let title: string | null = null;
  const words: string[] = [];
  for (const [i, w] of order.entries()) {
    const t = keptTitle(w);
    if (t !== null && words.length === 0) {
      title = t;
      continue;
    }
    if (t !== null && familyFirst && i > 0) {
      title = t;
      continue;
    }
    if (HONORIFIC.test(w) && (words.length === 0 || (familyFirst && i === 0))) continue;
    if (SUFFIX.test(w) && words.length > 0 && !(familyFirst && i === 0)) continue;
    words.push(w.replace(/\.$/u, (dot) => (w.length <= 2 ? dot : '')));
  }
  if (words.length === 0 || words.length > 5 || !words.every(isName)) return null;
  if (!words.some((w) => /\p{L}{2}/u.test(w) && !PARTICLE.test(w))) return null;
  // "TAN Hui Min", "DUPONT Jean-Luc": a family name in capitals written first.
  const capsFirst =
    !familyFirst &&
    words.length >= 2 &&
    ALL_CAPS.test(words[0] ?? '') &&
    words.slice(1).every((w) => !ALL_CAPS.test(w));
  const cased = words.map((w) =>
    ALL_CAPS.test(w) && words.some((o) => !ALL_CAPS.test(o)) ? titleCase(w) : w,
  );
  if (familyFirst || capsFirst) {
    // The given names are what stood after the comma (or after the capitals); the family name the rest.
    const nGiven = familyFirst
      ? (named[1] ?? '').split(/\s+/u).filter((w) => isName(w) && !SUFFIX.test(w)).length
      : words.length - 1;
    const given = cased.slice(familyFirst ? 0 : 1, familyFirst ? nGiven : undefined);
    const family = familyFirst ? cased.slice(nGiven) : cased.slice(0, 1);
    if (given.length === 0) return null;
    return {
      full: [...given, ...family].join(' '),
      given: given.join(' '),
      family: family.length === 0 ? null : family.join(' '),
      title,
    };
  }
  const allCaps = cased.every((w) => ALL_CAPS.test(w));
  const final = allCaps ? cased.map(titleCase) : cased;
  const vietnamese = vietnameseGiven(final);
  if (vietnamese !== null) return { ...vietnamese, title };
  const syllabic = syllabicGiven(final) ?? compoundGiven(final);
  if (syllabic !== null) return { ...syllabic, title };
  const familyStart = final.length === 1 ? 1 : familyIndex(final);
  return {
    full: final.join(' '),
    given: final[0] ?? '',
    family: familyStart >= final.length ? null : final.slice(familyStart).join(' '),
    title,
  };
}

// Chinese and Korean given names of two syllables written as two words ("Mei Ling Tan", "Tan Mei Ling", "Kim Min
// Jun"): greeted by both ("Hi Mei Ling,"), as ADVICE.md's "Hui Min". The family name is told by a table of
// common romanised family names; each word must have a syllable's shape, so "Mary Ann Lee" or "Daniel Wei Chen"
// keep their Western reading.
const EAST_ASIAN_FAMILY = new Set(
  (
    'tan lim lee ng wong chan chen chin chong chua chew chia chow chu goh ho hong huang koh kok kwok lai lau law ' +
    'leong leung li liew lin liu lo loh low lu ma mak ong poh quek seah sim soh tay teo toh tsang wang wee woo wu ' +
    'xu yang yap yeo yeoh yong zhang zhao zhou zhu sun guo gao lam cheung yip fung tang tse kwan choi kim park ' +
    'jung kang cho yoon jang han shin seo kwon hwang ahn song hsu tsai cheng chang kuo hsieh yeh pan deng feng xie ' +
    'tian hu luo zheng liang cai yuan jiang'
  ).split(' '),
);
const SYLLABLE = /^(?:[bcdfghjklmnpqrstwxyz]{0,3})[aeiouü]{1,3}(?:ng|n|m|h|k|p|t|w|r)?$/u;
// Western short names of a syllable's shape, never read as half of a two-word given name.
const WESTERN_SHORT = new Set(
  'tom tim jim ben sam dan ken jon don ron rob bob ted ned jen meg pat kat sue joe jo kay lou bea liz max ian'.split(
    ' ',
  ),
);

// Vietnamese names stand family first: "Nguyễn Văn An" is greeted "An", "Trần Minh Anh" "Minh Anh". The family
// name is told by its Vietnamese spelling ("Nguyễn", "Trần"), or by a plain spelling before the middle names
// "Văn"/"Thị" ("Nguyen Thi Lan"); "Chloe Nguyen" keeps the Western order.
const VIETNAMESE_FAMILY =
  /^(?:Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Đoàn|Trịnh|Lương|Mai|Tạ|Cao|Lâm|Phùng|Quách|Phan)$/u;
const VIETNAMESE_PLAIN =
  /^(?:Nguyen|Tran|Le|Pham|Hoang|Huynh|Phan|Vu|Vo|Dang|Bui|Do|Ho|Ngo|Duong|Ly|Dinh|Doan)$/u;
const VIETNAMESE_MIDDLE = /^(?:Văn|Thị|Van|Thi)$/u;

function vietnameseGiven(words: readonly string[]): Omit<PersonName, 'title'> | null {
  if (words.length < 2 || words.length > 4) return null;
  const [family = '', ...rest] = words;
  const middle = VIETNAMESE_MIDDLE.test(rest[0] ?? '');
  const diacritic = VIETNAMESE_FAMILY.test(family) && /[^\p{ASCII}]/u.test(words.join(''));
  if (!diacritic && !(VIETNAMESE_PLAIN.test(family) && middle && rest.length >= 2)) return null;
  const given = middle && rest.length >= 2 ? rest.slice(1) : rest;
  return { full: words.join(' '), given: given.join(' '), family };
}

function syllabicGiven(words: readonly string[]): Omit<PersonName, 'title'> | null {
  if (words.length !== 3) return null;
  const low = words.map((w) => w.toLowerCase());
  if (low.some((w) => WESTERN_SHORT.has(w))) return null;
  const [a = '', b = '', c = ''] = words;
  const given = (x: number, y: number): boolean => SYLLABLE.test(low[x] ?? '') && SYLLABLE.test(low[y] ?? '');
  const firstIsFamily = EAST_ASIAN_FAMILY.has(low[0] ?? '');
  const lastIsFamily = EAST_ASIAN_FAMILY.has(low[2] ?? '');
  if (lastIsFamily && !firstIsFamily && given(0, 1))
    return { full: words.join(' '), given: `${a} ${b}`, family: c };
  if (firstIsFamily && !lastIsFamily && given(1, 2))
    return { full: words.join(' '), given: `${b} ${c}`, family: a };
  return null;
}

// Compound given names of Spanish, Portuguese and French, written without a hyphen and used whole: "María José
// García López" is greeted "María José", "Juan Carlos Rodríguez" "Juan Carlos", "João Pedro Albuquerque" "João
// Pedro". Both words from a table of given names, and a family name after them ("Ana Torres Ruiz" stays "Ana").
const COMPOUND_FIRST = new Set(
  'maría maria josé jose juan ana luis luiz miguel jean marie anne joão carlos francisco pedro'.split(' '),
);
const COMPOUND_SECOND = new Set(
  (
    'josé jose luis luiz carlos pablo manuel antonio ignacio fernanda isabel elena teresa carmen eugenia laura ' +
    'paula belén pilar dolores jesús ángel miguel pedro francisco javier andrés martín claire pierre paul louise ' +
    'hélène sophie christine eduarda clara luísa luisa felipe gabriel vitória alice cecilia mercedes victoria ' +
    'inés lucía camila josefa ramón alberto david daniel gustavo marcos'
  ).split(' '),
);

function compoundGiven(words: readonly string[]): Omit<PersonName, 'title'> | null {
  if (words.length < 3 || words.length > 4) return null;
  const [a = '', b = ''] = words;
  if (!COMPOUND_FIRST.has(a.toLowerCase()) || !COMPOUND_SECOND.has(b.toLowerCase())) return null;
  return { full: words.join(' '), given: `${a} ${b}`, family: words.slice(2).join(' ') };
}

/** Where the family name starts: at the particle ("Ana de la Cruz" → "de la Cruz"), else the last word. */
function familyIndex(words: readonly string[]): number {
  const particle = words.findIndex((w, i) => i > 0 && PARTICLE.test(w));
  return particle > 0 ? particle : words.length - 1;
}

/**
 * The display name reconciled with the name its owner signs with: "Robert Smith" signing "Cheers, Rob" is Rob;
 * "Hui Min Tan" signing "Hui Min" keeps the two words; "Dr. Amara Obi" in the signature gives the title.
 * @example reconcile(readPersonName('Robert Smith'), readPersonName('Rob')).given === 'Rob'
 */
export function reconcile(display: PersonName | null, signed: PersonName | null): PersonName | null {
  if (signed === null) return display;
  if (display === null) return signed;
  const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const dWords = display.full.split(' ').map(fold);
  const sWords = signed.full.split(' ').map(fold);
  const shared = sWords.filter((w) => dWords.includes(w)).length;
  // A one-word signature: a nickname or the given name as they use it ("Rob", "Jen", "Hui Min" read as one).
  if (signed.family === null && signed.title === null) return { ...display, given: signed.given };
  // The same words in another order ("Kim Min-jun" signing "Min-jun Kim", "SATO Haruka" signing "Haruka Sato"):
  // the order its owner signs in says which is the given name.
  if (
    sWords.length === dWords.length &&
    sWords.every((w) => dWords.includes(w)) &&
    sWords.some((w, i) => dWords[i] !== w)
  )
    return { ...display, given: signed.given, family: signed.family, title: signed.title ?? display.title };
  if (shared === 0) {
    // "Cheers,\nRob Smith" under "R. Smith": the signed name names someone else only when nothing is shared.
    return signed.family !== null && display.family !== null && fold(signed.family) === fold(display.family)
      ? { ...display, given: signed.given }
      : display;
  }
  // "Hui Min" signed under "Tan Hui Min": the signed words stand after the family name, which comes first.
  const at = dWords.findIndex((_, i) => sWords.every((w, k) => dWords[i + k] === w));
  if (at > 0 && at + sWords.length === dWords.length && signed.title === null) {
    const words = display.full.split(' ');
    const family = words.slice(0, at).join(' ');
    const given = words.slice(at).join(' ');
    // Written as its owner writes it: "Trần Minh Anh" stays in that order; only the greeting takes "Minh Anh".
    return { full: display.full, given, family, title: display.title };
  }
  // "Hui Min" signed under "Hui Min Tan": the signed given names, as many words as they sign before the family name.
  const prefix = sWords.every((w, i) => dWords[i] === w) && sWords.length < dWords.length;
  const given = prefix
    ? signed.full
    : signed.family !== null && display.family !== null && fold(signed.family) === fold(display.family)
      ? signed.given
      : display.given;
  return {
    ...display,
    given,
    title: signed.title ?? display.title,
    ...(signed.title !== null && signed.family !== null ? { family: signed.family } : {}),
  };
}

// Closings a name may follow on the same line: "Cheers, Rob", "Best, Ada", "Thanks! Jen", "Regards – Tomás".
const SIGN_OFF_LINE =
  /^(?:cheers|best|thanks|thank you|many thanks|regards|best regards|kind regards|warm regards|warmly|all the best|best wishes|talk soon|speak soon|ta|thx)[,!.]?\s*[–—-]?\s*(\p{L}[\p{L}\p{M}'’ .-]{0,40})$/iu;
// A bare closing line: "Best regards," / "Cheers" / "Viele Grüße" is followed by the name on its own line.
const CLOSING_LINE =
  /^(?:cheers|best|thanks|thank you|many thanks|regards|best regards|kind regards|warm regards|warmly|all the best|best wishes|warm wishes|talk soon|speak soon|sincerely|yours sincerely|sincerely yours|yours faithfully|respectfully|with thanks|mit freundlichen grü(?:ß|ss)en|freundliche grü(?:ß|ss)e|viele grü(?:ß|ss)e|beste grü(?:ß|ss)e|liebe grü(?:ß|ss)e|herzliche grü(?:ß|ss)e|gru(?:ß|ss)|grü(?:ß|ss)e|cordialement|bien cordialement|bien à vous|sincères salutations|avec (?:mes|nos) meilleures salutations|saludos|un saludo|saludos cordiales|un cordial saludo|cordiales saludos|atentamente|abrazo|groeten|met vriendelijke groet|un abrazo|un fuerte abrazo|abrazos|hasta pronto|muchas gracias|gracias|belle journée|bonne journée|bonne soirée|à bientôt|à très vite|au plaisir|bises|amitiés|merci|merci beaucoup|danke|vielen dank|lg|vg|mfg|schöne grü(?:ß|ss)e|take care|yours truly|warmest regards|with best wishes)[,!.]?$/iu;

/**
 * The name a message is signed with: "Cheers, Rob" on the last line, "Best regards,\nAda Lee", a signature whose
 * first line is a name, "-Rob".
 * @example signedName('See you then.\n\nCheers, Rob', null)?.given === 'Rob'
 */
// A mail app's line under the text, never a name: "Sent from my iPhone", "Get Outlook for Android", "Von meinem
// iPhone gesendet", "Envoyé de mon iPhone", "Enviado desde mi iPhone".
const DEVICE_LINE =
  /^(?:sent from (?:my|mail|yahoo|outlook)|sent via|get outlook for|von meinem\b.*\bgesendet|envoyé de mon|enviado desde mi)\b/iu;

export function signedName(text: string, signature: string | null): PersonName | null {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !DEVICE_LINE.test(l));
  const last = lines[lines.length - 1] ?? '';
  // "Cheers, Paddy" on its own line, maybe above a company or title line, or opening the signature.
  const sigLines = (signature ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !DEVICE_LINE.test(l));
  // Only a closing that ends the text: below it at most short lines that are no sentence (a title, a company),
  // and never the opening line ("Thanks Priya." thanks the candidate).
  const closing = (i: number): boolean =>
    i > 0 && lines.slice(i + 1).every((l) => l.length <= 40 && !/[.?!]$/u.test(l));
  const candidates = [
    ...[lines.length - 1, lines.length - 2, lines.length - 3]
      .filter((i) => i >= 0 && closing(i))
      .map((i) => lines[i] ?? ''),
    ...sigLines.slice(0, 1),
  ];
  for (const line of candidates) {
    const oneLine = SIGN_OFF_LINE.exec(line)?.[1];
    if (oneLine === undefined) continue;
    const p = readPersonName(oneLine.replace(/(?<![.,])[.,]+$/u, ''));
    if (p !== null) return p;
  }
  const dash = /^[-–—]\s?(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s\p{Lu}[\p{L}\p{M}'’.-]*){0,2})$/u.exec(last)?.[1];
  if (dash !== undefined) return readPersonName(dash);
  const sigFirst = signature
    ?.split('\n')
    .map((l) => l.trim())
    .find((l) => l !== '' && !/^[-–—_=*]+$/u.test(l) && !CLOSING_LINE.test(l) && !DEVICE_LINE.test(l));
  // "Best regards,\nAda Lee" left in the text when the signature split did not see it, maybe above a title, a
  // company and a platform's footer: the line under the last closing among the last lines.
  let closingAt = -1;
  for (let i = lines.length - 2; i >= Math.max(0, lines.length - 7) && closingAt < 0; i--)
    if (CLOSING_LINE.test(lines[i] ?? '')) closingAt = i;
  const underClosing = closingAt >= 0 ? lines[closingAt + 1] : undefined;
  for (const line of [sigFirst, underClosing]) {
    if (line === undefined || line.length > 60) continue;
    const p = readPersonName(line);
    if (p !== null) return p;
  }
  return null;
}

// The titles a candidate's own greeting gives a person, in the four languages, as English writes them:
// "Dear Ms. Quispe", "Sehr geehrte Frau Vogt", "Estimada Sra. Quispe:", "Madame Marchand,", "Monsieur Benali".
const ADDRESS_TITLES: readonly (readonly [RegExp, string])[] = [
  [/^(?:ms|mrs|miss|frau|fr|sra|señora|srta|señorita|mme|madame|mlle|mademoiselle)\.?$/iu, 'Ms.'],
  [/^(?:mr|herr|hr|sr|señor|m|monsieur)\.?$/iu, 'Mr.'],
];

// Austrian and Swiss degrees written between the title and the name ("Frau Mag. Huber", "Herrn Dipl.-Ing. Lang",
// "Herr DI Berger", "Frau lic. iur. Meier"), which an English greeting leaves out.
const UNWRITTEN_DEGREE =
  /^(?:mag|mag\.?a|mmag|di|dipl\.?-?(?:ing|kfm|kff|psych)|ing|dkfm|lic|iur|phil|oec|mba|msc|bsc)\.?$/iu;

function addressTitle(word: string): string | null {
  for (const [re, title] of ADDRESS_TITLES) if (re.test(word)) return title;
  return null;
}

/** A greeting line's words, without its commas and colons: "Estimada Sra. Quispe:" → Estimada, Sra., Quispe. */
function greetingWords(opening: string): readonly string[] {
  return opening
    .slice(0, 120)
    .split(/[\s,:;!]+/u)
    .filter((w) => w !== '');
}

const fold = (word: string): string => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The title the candidate already greets a person with, in the opening line of one of their own messages, or
 * null: a reply keeps the register the candidate chose ("Estimada Sra. Quispe:" then "Dear Ms. Quispe,"; "Sehr
 * geehrte Frau Dr. Vogt" then "Dear Dr. Vogt,"). Only a title followed by that person's family name counts, or
 * a French "Madame," or "Monsieur," alone in a message written to that person.
 * @example usedTitle(['Estimada Sra. Quispe:'], 'Quispe') === 'Ms.'
 */
export function usedTitle(openings: readonly string[], family: string): string | null {
  const want = fold(family.split(/\s+/u)[0] ?? '');
  if (want === '') return null;
  for (const opening of openings) {
    const words = greetingWords(opening);
    // "Madame," on its own line: the French letter's formal address, without the name.
    const lone = words.length === 1 ? addressTitle(words[0] ?? '') : null;
    if (lone !== null && /^(?:madame|monsieur)$/iu.test(words[0] ?? '')) return lone;
    for (let i = 0; i + 1 < words.length; i++) {
      const gender = addressTitle(words[i] ?? '');
      const own = keptTitle(words[i] ?? '');
      if (gender === null && own === null) continue;
      // "Frau Dr. Vogt": the academic title is the one to keep. "Frau Mag. Huber", "Herr DI Berger": a degree
      // English letters do not write is passed over.
      const academic = gender !== null ? keptTitle(words[i + 1] ?? '') : null;
      let at = i + (academic === null ? 1 : 2);
      while (at < i + 4 && UNWRITTEN_DEGREE.test(words[at] ?? '')) at++;
      if (fold(words[at] ?? '') === want) return academic ?? own ?? gender;
    }
  }
  return null;
}

/**
 * Whether an opening line addresses its reader by title and family name ("Hallo Herr Yilmaz,", "Estimado Sr.
 * Salazar:", "Bonjour Madame Girard,", "Dear Mr. Lee,") or by a title alone ("Madame,"), not by first name
 * ("Bonjour Thomas,").
 */
export function addressesByTitle(opening: string): boolean {
  const words = greetingWords(opening);
  return (
    words.some(
      (w, i) =>
        (addressTitle(w) !== null || keptTitle(w) !== null) &&
        NAME_WORD.test(words[i + 1] ?? '') &&
        addressTitle(words[i + 1] ?? '') === null,
    ) || aloneByTitle(words)
  );
}

// The words of a greeting around a title: "Bonjour Madame,", "Estimada señora:", "Sehr geehrter Herr,".
const SALUTATION_WORD =
  /^(?:dear|bonjour|bonsoir|chère|cher|estimad[ao]|apreciad[ao]|hola|buen[oa]s|días|tardes|sehr|geehrte[r]?|guten|tag)$/iu;

/**
 * A title alone, written out, is the most formal address of one reader ("Madame,", "Estimada señora:"); two
 * titles side by side ("Madame, Monsieur,") are a form letter's "Dear Sir or Madam", to nobody in particular.
 */
function aloneByTitle(words: readonly string[]): boolean {
  const rest = words.filter((w) => !SALUTATION_WORD.test(w));
  const only = rest.length === 1 ? (rest[0] ?? '') : '';
  return only.length >= 4 && addressTitle(only) !== null;
}

/** How the employer writes to the candidate: "Hi Grace," or "Dear Grace,". */
export type Register = 'hi' | 'dear';

// The greeting an employer opens with, each with a line it matches: "Hi Grace,", "Hello Grace", "Hey!",
// "Good morning Grace", "Dear Grace,", "Dear Ms. Hopper,".
const INFORMAL_OPENING =
  /^(?:hi|hey|hello|hiya|good (?:morning|afternoon|evening)|morning|hallo|salut|hola|ciao|hej)\b/iu;
const FORMAL_OPENING = /^(?:dear|sehr geehrte[rn]?|liebe|lieber|chère|cher|madame|monsieur|estimad[oa])\b/iu;

/** A message's first line: where a letter greets its reader. */
export function openingLine(text: string): string {
  return text.trimStart().split('\n', 1)[0] ?? '';
}

/** The register of an employer message's opening line, or null where it opens with neither. */
export function registerOf(text: string): Register | null {
  const first = openingLine(text);
  if (FORMAL_OPENING.test(first)) return 'dear';
  if (INFORMAL_OPENING.test(first)) return 'hi';
  return null;
}

/**
 * The greeting line for a person in a register: "Hi Rob,", "Dear Hui Min,", "Dear Dr. Obi,"; a titled person
 * is greeted formally, by title and family name.
 * @example greeting({ full: 'Amara Obi', given: 'Amara', family: 'Obi', title: 'Dr.' }, 'hi') === 'Dear Dr. Obi,'
 */
export function greeting(name: PersonName | null, register: Register): string {
  if (name === null) return register === 'dear' ? 'Dear Hiring Team,' : 'Hello,';
  const dear = register === 'dear' || name.title !== null || name.formal === true;
  return `${dear ? 'Dear' : 'Hi'} ${addressAs(name)},`;
}

/** "Dr. Obi" for a titled person with a family name; the whole name in a formal thread; else the given name. */
export function addressAs(name: PersonName): string {
  if (name.family === null) return name.given;
  if (name.title !== null) return `${name.title} ${name.family}`;
  return name.formal === true ? name.full : name.given;
}
