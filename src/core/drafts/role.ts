// A role as the mail's words name it (ADVICE.md "Drafts", issue 11): subject tags ("[EXTERNAL]", "CAUTION:"),
// requisition ids ("Req 3318", "REQ-77120", "(5562)", "JR40991"), "Interview invitation:" prefixes and a trailing
// "– Company" never become part of it; its casing is kept as written.
import type { Message } from '../types';

// Role titles: "for the Senior Data Analyst position", "Interview: Product Designer", "Application for X at Y",
// "offer you the Senior Product Designer role" (board3).
// (and an agency's "for their Supply Chain Analyst opening", "for our client's Data Engineer role", heldout6's draft)
const ROLE_IN_TEXT =
  /\b(?:for|about|as|of|to|in|offer(?:ing|ed)? you) (?:the |our |a |an |their |this |that |(?:our |the |my )?client['’]s )?((?:\p{Lu}[\p{L}\p{M}\p{N}&+/.'’-]*|[a-z]{1,2}\p{Lu}[\p{L}\p{N}/-]*)(?:\s+(?:\p{Lu}[\p{L}\p{M}\p{N}&+/.'’-]*|of|and|&|-|–|\d)){0,6})\s+(?:role|position|opening|vacancy|job)\b/u;
const ROLE_IN_SUBJECT =
  /\b(?:interview(?:\s+(?:invitation|invite|confirmation|request|schedule|scheduling))?|application|applying|candidacy|role|position)\s*(?:for|:|-|–|—)\s*(?:the\s+)?([^,()|\n]+?)(?:\s+(?:role|position|opening))?(?:\s+(?:at|with|@)\s+([^,()|\n-]+?))?\s*(?:[(|,]|\s[-–—]\s|$)/i;
// "Product Designer interview - Northwind Traders", "Senior Backend Engineer interview", "Data Engineer phone screen"
const ROLE_BEFORE_INTERVIEW =
  /^(?:[^-–—:|]*[-–—:|]\s*)?([^-–—:|()]+?)\s+(?:interview|phone screen|screening call|position|role)\b(?:[^-–—|]*[-–—|]\s*([^-–—|()]+?))?\s*$/i;
// Words that open a subject or phrase which is not a role title ("Next steps", "Your interview").
// (and the possessives of German, French and Spanish subjects: "Ihr Interview – Regulatory Affairs Managerin", r61)
const NOT_ROLE =
  /^(?:next steps?|update|your|our|the|a|an|with|interview|call|chat|availability|follow|thank you|thanks|invitation|confirmed|confirmation|ihr|ihre|dein|deine|euer|votre|ton|ta|tu|su|sus)\b/i;
// What a subject calls the round, never the role: "Second interview", "Final round", "Video interview".
const ROUND_ONLY =
  /^(?:(?:first|second|third|final|phone|telephone|telephonic|video|onsite|on-site|virtual|panel|technical|hr|round|stage|1st|2nd|3rd)\s*)+$/i;

// A day or a date the subject names, never a role: "Thanks - Friday", "Re: Tomorrow", "Interview - 3 December".
const DAY_ONLY =
  /^(?:(?:this|next|on)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow|yesterday|tonight|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|heute|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|lunes|martes|miércoles|jueves|viernes|sábado|domingo|mañana|hoy)(?:'s)?(?:\s+(?:morning|afternoon|evening|interview|meeting|call))?$|^(?:\d{1,2}(?:st|nd|rd|th)?\.?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?$|^[\d/.:-]+$/iu;

/** Whether `text` only names a day or a date ("Friday", "Tuesday afternoon", "14 December"). */
export function namesADay(text: string): boolean {
  return DAY_ONLY.test(text.trim());
}

function plausibleRole(text: string | undefined): string | null {
  // "Senior Business Analyst. Everyone you met…": the title ends with its sentence ("Sr. Engineer" does not).
  const t = text
    ?.replace(/\s+/g, ' ')
    .replace(/(?<=\p{L}{3})[.!?](?:\s.*)?$/u, '')
    .trim();
  if (t === undefined || t.length < 2 || t.length > 60 || t.split(' ').length > 7) return null;
  if (NOT_ROLE.test(t) || ROUND_ONLY.test(t) || namesADay(t)) return null;
  return t;
}

// What a subject adds after the role that is no employer: "Store Manager role - checking in", "- new time".
const NOT_COMPANY =
  /^(?:checking in|check-in|follow(?:ing)?[- ]up|update|status|question|reminder|reschedul\w*|new (?:time|date)|next steps?|final round|thank you|thanks)\b/i;

/** A company named in a subject: written with a capital ("checking in" is none), and not the role again. */
function plausibleCompany(text: string | undefined, role: string | null): string | null {
  const t = plausibleRole(text);
  if (t === null || !/^[\p{Lu}\d]/u.test(t) || NOT_COMPANY.test(t)) return null;
  return role !== null && t.toLowerCase() === role.toLowerCase() ? null : t;
}

/**
 * What a subject carries besides its words, one a row, each with a subject it cleans: mail-gateway tags,
 * requisition ids and calendar or ATS labels.
 */
const SUBJECT_NOISE: readonly RegExp[] = [
  // "[EXTERNAL] Interview - Data Analyst", "[Ext] …", "[SPAM?] …", "*EXTERNAL* …", "(External) …"
  /\[[^[\]\n]{1,24}\]|\*{1,2}\s?(?:external|ext|caution)\s?\*{1,2}|\((?:external|ext)\)/giu,
  // "CAUTION: Interview invitation …", "EXTERNAL: …", "EXT - …", "WARNING: …"
  /^\s*(?:caution|external|ext|warning|attention)\s*(?::|-|–)\s*/iu,
  // "Req 3318", "REQ-77120", "Requisition #4521", "Job ID: 88231", "Ref. 2231", "Position ID 123", "Vacancy 5562"
  /\b(?:req(?:uisition)?|job\s?(?:id|no|number|#)?|ref(?:erence)?|position\s?id|vacancy(?:\s?(?:id|no))?|posting(?:\s?id)?)\.?\s?(?:#|no\.?|number|id)?\s?[:#-]?\s?[A-Z]{0,3}-?\d[\d-]{2,}\b/giu,
  // "JR40991", "R-01234", "REQ12345", "ENG-2231", "#12345", "(5562)", "[12345]"
  /\b(?:JR|R|REQ|[A-Z]{2,4})-?\d{4,}\b|#\d{3,}\b|\(\s?#?\d{3,}\s?\)/gu,
];

// Labels a calendar or ATS puts before the role: "Interview invitation: …", "Updated invitation: …", "Invitation: …",
// "Action required: …", "Reminder: …", "Phone screen: …", "Interview scheduled: …", "Onsite confirmed - …".
const LABEL =
  /^\s*(?:(?:updated |new )?invitation|action required|reminder|scheduling|(?:(?:phone|video|onsite|on-site|virtual|first|second|final|technical|panel)[ -])?(?:interview|screen|round|onsite|on-site)(?: (?:invitation|invite|confirmation|confirmed|request|scheduled|rescheduled|reminder|details|update))?|screening call)\s*(?::|-|–|—)\s*/iu;

/** "FW: RE: X" → "X". */
export function stripReplyPrefix(subject: string): string {
  return subject.replace(/^\s*(?:(?:re|aw|sv|fw|fwd|wg|tr|rv)\s*:\s*)+/iu, '');
}

/** A subject without a mail gateway's tags ("[EXTERNAL] Re: X" → "Re: X"), for a reply to keep. */
export function withoutTags(subject: string): string {
  return subject
    .replace(SUBJECT_NOISE[0] ?? /$^/u, ' ')
    .replace(SUBJECT_NOISE[1] ?? /$^/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The subject without tags, requisition ids and labels; separators left dangling by them are dropped. */
export function cleanSubject(subject: string): string {
  return tidy(withoutNoise(subject).replace(LABEL, ''));
}

function withoutNoise(subject: string): string {
  let s = subject;
  for (let round = 0; round < 2; round += 1) for (const re of SUBJECT_NOISE) s = tidy(s.replace(re, ' '));
  return s;
}

function tidy(text: string): string {
  return text
    .replace(/\(\s*\)|\[\s*\]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .replace(/(?<![\s\-–—|:])(?:\s[-–—|:]\s?)+$|^\s?(?:[-–—|:,]\s?)+/gu, '')
    .replace(/\s([-–—|])\s(?:[-–—|]\s)+/gu, ' $1 ')
    .replace(/\s,/gu, ',')
    .trim();
}

export function roleAndCompanyFromSubject(raw: string | null): {
  role: string | null;
  company: string | null;
} {
  if (raw === null) return { role: null, company: null };
  // "Interview invitation: Senior Accountant – Procter & Gamble": after a label, the role, then the company.
  const bare = withoutNoise(stripReplyPrefix(raw));
  if (LABEL.test(bare)) {
    const [head0, tail0, ...more] = tidy(bare.replace(LABEL, '')).split(/\s[-–—|]\s|,\s/u);
    // Greenhouse's "Interview Confirmation: Data Analyst at Lumen Analytics": the company after " at " (board2).
    const at = tail0 === undefined ? ROLE_AT_COMPANY.exec(head0 ?? '') : null;
    const head = at?.[1] ?? head0;
    const tail = at?.[2] ?? tail0;
    const labelled = plausibleRole(
      head?.replace(/(?<!\s)\s+(?:interview|phone screen|screening call|call)$/iu, ''),
    );
    if (labelled !== null && more.length === 0 && /^(?:\p{Lu}|\p{Ll}{1,2}\p{Lu})/u.test(labelled))
      return { role: labelled, company: plausibleCompany(tail, labelled) };
  }
  const subject = cleanSubject(raw);
  // "Product Designer interview - Northwind Traders" first: read the other way, its "interview - X" would
  // make the company the role.
  const before = ROLE_BEFORE_INTERVIEW.exec(subject);
  const first = plausibleRole(before?.[1]);
  if (first !== null) return { role: first, company: plausibleCompany(before?.[2], first) };
  const m = ROLE_IN_SUBJECT.exec(subject);
  const role = plausibleRole(m?.[1]);
  // "Interview invitation: Senior Accountant – Procter & Gamble": the company after the role's dash.
  const segments = subject.split(/\s[-–—|]\s/u);
  const last = segments.length > 1 ? segments[segments.length - 1] : undefined;
  const after = last !== undefined && role !== null && !last.includes(role) ? last : undefined;
  if (role !== null) return { role, company: plausibleCompany(m?.[2] ?? after, role) };
  // The keywords are matched in any case; the role itself must start with a capital ("Entrevista con Producto",
  // "Vorstellungsgespräch vom 1. Dezember" name none).
  const foreignHit = ROLE_IN_FOREIGN_SUBJECT.exec(subject)?.[1];
  const foreign = /^\p{Lu}/u.test(foreignHit ?? '') ? plausibleRole(foreignHit) : null;
  if (foreign !== null) return { role: foreign, company: null };
  return { role: roleBesideRound(subject), company: null };
}

// "Data Analyst at Lumen Analytics": a role, then a capitalised name after " at " to the end.
const ROLE_AT_COMPANY = /^(\p{Lu}[^@]{1,80}?)\s+at\s+(\p{Lu}[\p{L}\p{M}\p{N}&.'’ -]{1,60})$/u;

// German, French and Spanish subjects: "Votre candidature - Analyste TI", "Ihre Bewerbung als Data Engineer",
// "Candidature au poste de Chef de Projet", "Entrevista: Analista de Datos", "Vorstellungsgespräch – Leiter
// Einkauf", and an offer's "Offre d'emploi – Conseillère en communication" (r64's draft). The role starts with a capital; what follows a dash, a comma or a bracket is no part of it.
// (No `i` flag: under it \p{Lu} matches any letter, and "Convocation à un entretien – Responsable d’entrepôt" would
// take "à un entretien" for the role and never reach the one after the dash, r52; the keywords' first letters are
// written in both cases instead.)
const ROLE_IN_FOREIGN_SUBJECT =
  /(?<![\p{L}\p{N}])(?:[Cc]andidature|[Cc]andidatura|[Bb]ewerbung|[Ee]ntretien|[Ee]ntrevue|[Ee]ntrevista|[Vv]orstellungsgespräch|[Bb]ewerbungsgespräch|[Gg]espräch|[Vv]ideointerview|[Cc]onvocation|[Cc]itación|[Pp]oste|[Pp]uesto|[Ss]telle|CANDIDATURE|CANDIDATURA|BEWERBUNG|ENTRETIEN|ENTREVISTA|[Oo]ffre d['’]emploi|[Oo]ferta (?:de empleo|de trabajo|laboral)|[Ss]tellenangebot|[Jj]obangebot|[Vv]ertragsangebot)(?:\s+(?:als|au poste d[e'’]|pour le poste d[e'’]|para el puesto de|de|d['’]))?\s*(?:[:–—-]\s*)?(\p{Lu}[^,()|\n–—]*?)\s*(?:[(|,–—]|\s-\s|$)/u;

// A trial the subject names after the role: "Sous Chef tryout".
const TRIAL = /(?<!\s)\s+(?:tryout|try-out|trial(?: shift)?|assessment(?: day)?)$/i;
// A title-case role: "Gameplay Engineer", "Head of Data", "Research & Development Engineer".
const TITLE_CASE = /^\p{Lu}[\p{L}\p{N}'’/.+-]*(?: (?:of|and|&|for|\p{Lu}[\p{L}\p{N}'’/.+-]*))*$/u;

/** "Gameplay Engineer - final round", "Sous Chef tryout - thank you": the role beside what is no role. */
function roleBesideRound(subject: string): string | null {
  // "Senior Business Analyst: final interview" too.
  const parts = subject.split(/\s[-–—|]\s|:\s/u).map((p) => p.trim());
  if (parts.length !== 2) return null;
  for (const [i, part] of parts.entries()) {
    const other = parts[1 - i] ?? '';
    const round = other.replace(/(?<!\s)\s+(?:interview|call|chat|meeting)$/iu, '');
    if (!ROUND_ONLY.test(round) && !NOT_COMPANY.test(other)) continue;
    const role = plausibleRole(part.replace(TRIAL, ''));
    if (role !== null && TITLE_CASE.test(role) && !ROUND_ONLY.test(role)) return role;
  }
  return null;
}

// "offer you the position of Senior Business Analyst", "the role of Head of Data", "the post of Band 6
// Physiotherapist" (a grade inside the title, r44): the title after "of".
const ROLE_OF_TEXT =
  /\b(?:position|role|post) of ((?:\p{Lu}[\p{L}\p{M}\p{N}&+/.'’-]*)(?:\s+(?:\p{Lu}[\p{L}\p{M}\p{N}&+/.'’-]*|of|and|&|I{1,3}|\d{1,2}[a-z]?(?=\s+\p{Lu}))){0,6})/u;

// The role in German, French and Spanish mail (drafts stay English, the title is kept as written): "die Position als
// Data Engineer (m/w/d)", "Ihre Bewerbung als Backend Developer", "le poste de Responsable Achats", "el puesto de
// Analista de Riesgos", "la posición de Consultor SAP"; and an ATS field at a line's start: "Position: Backend
// Developer (m/w/d)", "Poste : Product Designer", "Puesto: Analista de Datos". Capitalised words and the small
// words inside a title ("de", "des", "für"); a lower-case noun just before a preposition or a stop belongs to it
// ("Gestionnaire sinistres au sein de", "Chargée de clientèle."), other lower-case words, "en" or "bei" end it.
// (and "für die Position Teamleiterin Disposition" with no "als", board2)
const ROLE_FOREIGN_TEXT =
  /(?:\b(?:Position|Stelle|Bewerbung|poste|puesto|cargo|posición|vacante)[^\S\n]+(?:(?:als|de|como)[^\S\n]+|d['’][^\S\n]*)|\b(?:für|um)[^\S\n]+die[^\S\n]+(?:Position|Stelle)[^\S\n]+(?=\p{Lu})|^(?:Position|Stelle|Rolle|Poste|Puesto|Cargo|Vacante)[^\S\n]?:[^\S\n]*)((?:\p{Lu}[\p{L}\p{M}\p{N}&+/.'’-]*)(?:[^\S\n]+(?:\p{Lu}[\p{L}\p{M}\p{N}&+/.'’-]*|(?:(?:de|des|du|del)[^\S\n]+)?(?!(?:basée?|située?|localisée?|basad[oa]|ubicad[oa]|situad[oa])\b)\p{Ll}[\p{L}\p{M}-]*(?=[^\S\n]+(?:au|à|en|dans|chez|en|para|con|bei|im|in|für|y|et|und|ou|o)\b|[,.;:()]|$)|de|des|du|del|la|für|und|&)){0,6})/mu;

/** "for the Product Designer role" in the thread's text: the employer's words first, then the candidate's. */
export function roleFromText(messages: readonly Message[], role: Message['role']): string | null {
  for (const re of [ROLE_IN_TEXT, ROLE_OF_TEXT, ROLE_FOREIGN_TEXT])
    for (const m of messages) {
      if (m.role !== role) continue;
      const hit = re.exec(m.text);
      const found = plausibleRole(hit?.[1]?.replace(/(?<!\s)\s+(?:of|and|&|de|des|du|del|la|für|und)$/u, ''));
      if (found !== null) return found;
    }
  return null;
}
