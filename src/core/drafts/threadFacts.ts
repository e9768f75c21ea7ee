// What a draft is filled from (ADVICE.md "Drafts"): the interviewer's name, the role, the company, the
// interview's day and the candidate's name, read from the thread once. Mail text is untrusted and may be
// anything: every reader here returns null rather than a guess that would read oddly in a letter.
import type {
  Address,
  InterviewFinding,
  IsoDate,
  Message,
  PersonalWords,
  Thread,
  TimelineFinding,
} from '../types';
import { monthFirstZone } from '../time';
import { RESCHEDULE_CUE } from '../extract/phrases/enReschedule';
import { MOVED_SLOT } from '../extract/phrases/language';
import { isListMessage } from '../extract/phrases/hiring';
import { companyOf, isAgency, namesAFirm, withoutLegalForm } from './company';
import {
  readPersonName,
  reconcile,
  registerOf,
  signedName,
  usedTitle,
  addressesByTitle,
  openingLine,
  type PersonName,
  type Register,
} from './names';
import { roleAndCompanyFromSubject, roleFromText, withoutTags } from './role';

export interface Person {
  /** The whole name, in reading order: "Amara Obi", "Hui Min Tan". */
  readonly name: string;
  /** The given name as they sign it: "Rob", "Hui Min", "Jean-Luc". */
  readonly first: string;
  readonly address: Address | null;
  /** "Dr." or "Prof." where they sign with it: greeted "Dear Dr. Obi,". */
  readonly title?: string | null;
  readonly family?: string | null;
  /** What the mail says they do or cover on a panel: "design lead", "system design". */
  readonly about?: string | null;
  /** The employer writes by title and none is known for them: greeted by the whole name (names.ts). */
  readonly formal?: boolean;
}

export interface DraftFacts {
  /** The thread's subject without Re:/Fwd: prefixes, or null where it has none. */
  readonly subject: string | null;
  /** Who the thank-you thanks: every interviewer the thread names (a panel has several). */
  readonly interviewers: readonly Person[];
  /** Who a follow-up goes to: the employer side's latest human sender. */
  readonly contact: Person | null;
  readonly role: string | null;
  readonly company: string | null;
  readonly interviewDate: IsoDate | null;
  /** `HH:MM` in the user's zone where the mail states the interview's clock: a confirmation names it. */
  readonly interviewTime: string | null;
  /** The interview's day is a new one the employer moved it to: a confirmation says the new time works. */
  readonly interviewMoved: boolean;
  readonly candidateName: string | null;
  /** Chooses among wordings: a hash of the thread subject and the candidate. */
  readonly seedText: string;
  /** Dates as US readers write them ("Tuesday, November 10") rather than "Tuesday 10 November". */
  readonly usDates: boolean;
  /** How the employer greets the candidate: "Hi Alex," mail is answered "Hi …", formal mail "Dear …". */
  readonly register?: Register;
  /** The recruiter who only scheduled a panel: thanked for arranging it, never for an interview. */
  readonly arranger?: Person | null;
  /** The contact is a staffing agency's recruiter, who was not in the interview. */
  readonly agency?: boolean;
  /** The employer's stated timeline, for a follow-up to acknowledge. */
  readonly timeline?: TimelineFinding | null;
  /** What the candidate's own thank-you said they enjoyed, for a follow-up to refer to. */
  readonly topic?: string | null;
  readonly personal?: PersonalWords;
}

/** Reply and forward prefixes in the languages the mail area reads: "Re:", "RE:", "AW:", "SV:", "Fwd:", "TR:". */
const PREFIX =
  /^\s*(?:(?:re|aw|sv|vs|antw|antwort|ref|rif|r|fw|fwd|wg|tr|rv|enc|doorst)\s*(?:\[\d+\]\s*)?:\s*)+/i;

export function stripSubjectPrefixes(subject: string): string {
  // "[EXTERNAL] RE: Interview", "RE: [Ext] Interview": gateway tags go with the prefixes.
  return withoutTags(withoutTags(subject).replace(PREFIX, ''))
    .replace(PREFIX, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The messages people wrote: an automatic reply's subject is the responder's ("Automatic reply: …", "Out of
 * Office: …"), not the thread's, and some responders not flagged automatic by the mail area give themselves away by
 * their subject.
 */
function byPeople(messages: readonly Message[]): readonly Message[] {
  return messages.filter((m) => !m.automatic && !AUTO_SUBJECT.test(stripSubjectPrefixes(m.subject)));
}

function threadSubject(messages: readonly Message[]): string | null {
  // A draft answering a responder's subject would read "Re: Automatic reply: Data Engineer interview - checking in".
  const people = byPeople(messages);
  for (const list of [people, messages])
    for (let i = list.length - 1; i >= 0; i -= 1) {
      // Only a responder's subject left: the thread's is the one it quotes ("Automatic reply: Re: X" → "X").
      const s = stripSubjectPrefixes(stripSubjectPrefixes(list[i]?.subject ?? '').replace(AUTO_PREFIX, ''));
      if (s !== '') return s.slice(0, 200);
    }
  return null;
}

/** The other subjects of the thread's people, newest first, without prefixes; automatic replies' left out. */
function olderSubjects(messages: readonly Message[], current: string | null): readonly string[] {
  const seen = new Set(current === null ? [] : [current]);
  const out: string[] = [];
  for (const m of [...byPeople(messages)].reverse()) {
    const s = stripSubjectPrefixes(m.subject).slice(0, 200);
    if (s !== '' && !seen.has(s)) {
      seen.add(s);
      out.push(s);
    }
  }
  return out;
}

// The subject an automatic responder writes: "Automatic reply: …", "Out of Office: …", "Auto-Reply: …".
const AUTO_SUBJECT =
  /^(?:automatic reply|auto-?reply|autoreply|auto response|out of (?:the )?office|abwesenheitsnotiz|r[ée]ponse automatique|respuesta autom[áa]tica|undeliverable|delivery status notification)\b/i;
const AUTO_PREFIX =
  /^(?:automatic reply|auto-?reply|autoreply|auto response|out of (?:the )?office|abwesenheitsnotiz|r[ée]ponse automatique|respuesta autom[áa]tica)\s*:\s*/i;

// Words that look like names in "meet with X" but are not people.
const NOT_NAMES = new Set(
  (
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August ' +
    'September October November December Zoom Teams Microsoft Google Meet Webex Skype The Our Your You We Us Me ' +
    'Team Hiring Manager Recruiter Panel Interview Interviews Engineering Product Design Sales Marketing HR People ' +
    'Talent Acquisition Director Head Lead Senior Junior CEO CTO CFO COO VP Office Tomorrow Today Please Thanks ' +
    'Thank Looking Best Regards Kind Room Floor Building Reception Lobby With Who Where When What Location Date ' +
    'Time ' +
    // German capitalises its pronouns of address and every noun; French and Spanish their weekdays only in a heading.
    'Sie Ihnen Ihr Ihre Ihrem Ihrer Uns Unser Unsere Unserem Unserer Wir Ich Montag Dienstag Mittwoch Donnerstag ' +
    'Freitag Lundi Mardi Mercredi Jeudi Vendredi Lunes Martes Miércoles Jueves Viernes Usted Ustedes Nosotros ' +
    'Responsable Directeur Directrice Chef Cheffe Chargé Chargée Gérant Gérante Jefe Jefa Gerente Directora ' +
    'Coordinador Coordinadora Coordinatrice Coordinateur Técnico Técnica Analista Analyste Consultor Consultora'
  ).split(' '),
);
// German job titles are compounds: "Leiterin", "Bereichsleitung", "Personalreferent", "Geschäftsführerin".
const GERMAN_ROLE_WORD =
  /(?:leiter|leitung|führer|referent|berater|direktor|manager|vorstand|partner|assistenz|sachbearbeiter)(?:in)?$/iu;

// A name word in running text: "Ravi", "Nguyễn", "O'Neill", "Jean-Luc", "Dr."; a particle between ("van", "de").
// A pronoun or verb with its English contraction is no name, though it is capitalised and has an apostrophe like
// "O'Connor": "…and I'll be in touch" after "The team is meeting on Friday" had greeted "Hi I'll" (lead's round r37).
const TEXT_NAME_WORD =
  /^(?!(?:I|We|You|They|He|She|It|That|There|Here|What|Who|Let|Don|Can|Won|Isn|Didn|Doesn)['’]\p{Ll}+$)(?:\p{Lu}[\p{Ll}\p{M}'’-][\p{L}\p{M}'’-]*|\p{Lo}+|van|von|de|del|da|di|du|la|bin|al)$/u;

// A title before a name in running text, in the four languages: "Dr. Obi", "Frau Vogt", "Herrn Lang", "Mme Roux",
// "Sra. Quispe", "Doña Inés".
const TEXT_TITLE =
  /^(?:Dr|Dra|Prof|Mr|Mrs|Ms|Frau|Herrn?|Madame|Monsieur|Mme|Mlle|M|Sr|Sra|Srta|Don|Doña|Dña)\.?$/u;

// A family name in capitals written first, as Chinese, Singaporean and French mail does ("ZHANG Wei", "TAN Hui
// Min", "DUPONT Jean-Luc"): kept only before a name word, and never a job's acronym ("CTO Wei Chen").
const CAPS_FAMILY = /^\p{Lu}{2,}(?:-\p{Lu}{2,})?$/u;
const ACRONYMS: ReadonlySet<string> = new Set(
  'CEO CTO CFO COO CIO CMO CPO CHRO HR VP SVP EVP GM MD HRBP PM QA UX UI IT RH DRH RRHH TA'.split(' '),
);

/** The name that opens `piece` ("Ravi Menon, our design lead" → "Ravi Menon"), read as a person's name. */
function leadingName(piece: string): { name: PersonName; rest: string } | null {
  const words = piece.trim().split(/\s+/u);
  const kept: string[] = [];
  for (const [i, w] of words.entries()) {
    const bare = w.replace(/(?<![,;:.!?)])[,;:.!?)]+$/u, '');
    if (
      kept.every((k) => TEXT_TITLE.test(k)) &&
      bare === w &&
      CAPS_FAMILY.test(bare) &&
      !ACRONYMS.has(bare) &&
      TEXT_NAME_WORD.test((words[i + 1] ?? '').replace(/(?<![,;:.!?)])[,;:.!?)]+$/u, ''))
    ) {
      kept.push(bare);
      continue;
    }
    if (kept.length === 0 && TEXT_TITLE.test(bare)) {
      kept.push(bare);
      continue;
    }
    if (kept.every((k) => TEXT_TITLE.test(k)) && kept.length > 0 && TEXT_TITLE.test(bare)) {
      kept.push(bare); // "Frau Dr. Vogt"
      continue;
    }
    // A role word opens a title ("Leiterin Einkauf"); after a given name it is a family name ("Thomas Leiter").
    const opensTitle = kept.every((k) => TEXT_TITLE.test(k)) && GERMAN_ROLE_WORD.test(bare);
    if (!TEXT_NAME_WORD.test(bare) || NOT_NAMES.has(bare) || opensTitle || kept.length >= 5) break;
    kept.push(bare);
    if (bare !== w) break;
  }
  while (kept.length > 0 && /^(?:van|von|de|del|da|di|du|la|bin|al)$/u.test(kept[kept.length - 1] ?? ''))
    kept.pop();
  if (kept.length === 0) return null;
  const name = readPersonName(kept.join(' '));
  if (name === null) return null;
  const rest = piece.trim().split(/\s+/u).slice(kept.length).join(' ');
  return { name, rest };
}

// What the mail says a person does, after their name: "(Engineering Manager)", ", our design lead",
// "— Head of Data", ", who will cover system design", ", who leads the platform team".
function aboutOf(rest: string): string | null {
  const t = rest.replace(/^[\s,–—-]+/u, '').trim();
  const paren = /^\(([^()]{2,60})\)/u.exec(t)?.[1];
  const raw =
    paren ??
    /^(?:our|the|my|a|an|your|notre|votre|nuestr[oa]|unser(?:e|er|em)?)\s+([^,;()]{2,60})/iu.exec(t)?.[1] ??
    // French and Spanish write a title in lower case: "responsable du service client", "jefa de producto".
    /^((?:responsable|directeur|directrice|chef|cheffe|chargée?|gérante?|jefe|jefa|gerente|directora?|coordinador|coordinadora|coordinat(?:eur|rice)|técnic[oa]|analista|analyste)\s[^,;()]{2,60})/iu.exec(
      t,
    )?.[1] ??
    /^who\s+(?:will\s+)?(?:cover|covers|leads?|runs?|manages?|heads?)\s+([^,;()]{2,60})/iu.exec(t)?.[0] ??
    /^(\p{Lu}[^,;()]{1,60})/u.exec(t)?.[1];
  if (raw === undefined) return null;
  const about = raw.replace(/(?<!\s)\s+(?:and|&)\s*$|(?<![.!?])[.!?]+$/u, '').trim();
  // "(November 11)", "(2 PM)", "(on Zoom)": a date, a time or a place, not what the person does.
  if (
    /\d|\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Zoom|Teams|Meet|video|phone|remote|onsite|on-site)\b/iu.test(
      about,
    )
  )
    return null;
  return about.length < 2 || about.split(/\s+/u).length > 8 ? null : about;
}

// "You'll meet Ravi Menon, our design lead", "you will meet with Ada Lee, Bo Chen and Cy Diaz", "with me and Tomas
// Novak", "your panel: Ada Lee (EM), Bo Chen", "interviewers are Ada and Bo", "you'll be speaking with Dr. Obi", and
// an ATS's field: "Who: Alicia Brown (Analytics Manager)", "With: Ana Ruiz (Design Lead)". The names run on past
// a line break where plain text was wrapped, never into a table's row ("Date\tTime\tInterviewer\n…"). "You will be
// interviewed by Ada Lee", and a bare "with" before a title: "scheduled on 3 Dec at 3 PM with Mr. Venkatesh
// Subramanian" (lead's round r30).
const PANEL_LEAD =
  /\b(?:(?<!google\s)(?:meet|meeting)(?:\s+with)?|(?:speak|speaking|talk|talking|chat|chatting|interview|interviewing)\s+with|(?:will\s+be|is|are)\s+with(?=\s+(?:me|myself)\s+(?:and|&))|(?:panel|interviewers?)(?:\s+(?:will\s+be|is|are|includes?|will\s+include|(?:will\s+)?consists?\s+of|consisting\s+of|(?:will\s+)?comprises?|today))?(?:\s*:)?|(?:who|with)[ \t]*:|(?:interviewed|assessed|met|seen)\s+by|with(?=\s+(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s))(?:(?<=:)\s*|[ \t]+|[ \t]*\n(?![^\n]*[\t|]))((?:[^.!?\n]|(?<=\b(?:Dr|Prof|Mr|Mrs|Ms))\.){2,240})/giu;
// The same in German, French and Spanish: "Gesprächspartner: Frank Lehmann (Leiter Disposition)", "Sie sprechen mit
// Frau Dr. Vogt", "vous rencontrerez Julie Marchand", "entretien avec Madame Roux", "Te entrevistará Lucía
// Fernández", "Entrevistadora: Ana Ruiz", "con la Sra. Quispe". A bare "mit", "avec" or "con" only before a title:
// German writes every noun with a capital ("mit Freude").
const FOREIGN_PANEL_LEAD =
  /(?<![\p{L}\p{N}])(?:Gesprächspartner(?:in|innen)?(?:\s+(?:sind|ist|werden\s+sein))?(?:\s*:)?|(?:sprechen|treffen|Gespräch|Termin)\s+(?:Sie\s+)?mit|(?:mit|avec|con)(?:\s+(?:el|la))?(?=\s+(?:Frau|Herrn?|Madame|Monsieur|Mme|Mlle|M\.|Sra?\.?|Srta\.?|Don|Doña|Dña\.?|Dra?\.)\s)|interlocut(?:eur|rice)s?(?:\s+(?:sera|seront))?(?:\s*:)?|rencontrerez|(?:reçue?s?|accueillie?s?)\s+par|en\s+présence\s+de|(?:entretien|échange|rendez-vous|rencontre)\s+avec|(?:te|le|les|os)\s+entrevistar(?:á|án)|entrevistador(?:a|es|as)?(?:\s*:)?|(?:te\s+reunirás|se\s+reunirá|hablarás|conocerás\s+a|entrevista\s+con|reunión\s+con))(?:(?<=:)\s*|[ \t]+|[ \t]*\n(?![^\n]*[\t|]))((?:[^.!?\n]|(?<=(?<![\p{L}\p{N}])(?:Dr|Dra|Sr|Sra|Srta|Dña|M))\.){2,240})/giu;

export interface NamedInterviewer {
  readonly name: PersonName;
  /** What the mail says they do or cover: "our design lead" → "design lead", "Engineering Manager". */
  readonly about: string | null;
  /** "with me and Tomas Novak": the writer of the mail is one of them. */
  readonly writer: boolean;
}

// Placeholders for a list's separators inside brackets, which are no separators: "Sam Ortiz (Director, Nursing)".
const HIDDEN: Readonly<Record<string, string>> = { ',': '\u0001', ';': '\u0002', '&': '\u0003' };
const SHOWN: Readonly<Record<string, string>> = {
  '\u0001': ',',
  '\u0002': ';',
  '\u0003': '&',
  '\u0004': ' ',
};

/** "Ada Lee, Bo Chen (Director, Nursing) and Cy Diaz" → its three people, the bracket kept whole. */
function splitOutsideBrackets(list: string): readonly string[] {
  const masked = list.replace(/\([^()]{0,120}\)/gu, (inside) =>
    // Spaces hidden too, so that no "and", "und", "et" or "y" inside splits it.
    inside.replace(/[,;&]/gu, (c) => HIDDEN[c] ?? c).replace(/\s/gu, '\u0004'),
  );
  return masked
    .split(/,\s*(?:(?:and|und|et|y)\s+)?|(?<!\s)\s+(?:and|und|et|y)\s+|(?<!\s)\s*&\s*|;\s*/u)
    .map((piece) => piece.replace(/[\u0001-\u0004]/gu, (c) => SHOWN[c] ?? c));
}

// A schedule laid out as a table, flattened to text by the ATS or the mail client: a header row whose cells are
// split by tabs, " | " or runs of spaces, one of them naming the interviewer column ("Date\tTime\tInterviewer").
const CELL_SPLIT = /\t+|[ \t]*\|[ \t]*| {2,}/u;
const INTERVIEWER_HEADER =
  /^(?:interviewers?|interviewed\s+by|panel(?:ists?)?|with|who|gesprächspartner(?:in|innen)?|interviewer(?:in)?|interlocut(?:eur|rice)s?|intervenant(?:e|s)?|entrevistador(?:a|es|as)?)$/iu;

/** The people in a schedule table's interviewer column, in the order written. */
function tableInterviewers(text: string, notAPerson: (name: string) => boolean): NamedInterviewer[] {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length - 1; i += 1) {
    const header = (lines[i] ?? '').trim().split(CELL_SPLIT);
    if (header.length < 2) continue;
    const col = header.findIndex((h) => INTERVIEWER_HEADER.test(h.trim()));
    if (col < 0) continue;
    const found: NamedInterviewer[] = [];
    for (const line of lines.slice(i + 1, i + 9)) {
      const cells = line.trim().split(CELL_SPLIT);
      if (cells.length !== header.length) break;
      const lead = leadingName((cells[col] ?? '').trim());
      if (lead !== null && !notAPerson(lead.name.full))
        found.push({ name: lead.name, about: aboutOf(lead.rest), writer: false });
    }
    if (found.length > 0) return found;
  }
  return [];
}

// A label on a line of its own with the people below it as a bulleted list, as Greenhouse, Lever and many
// recruiters lay it out (r36): "Interviewers:\n • Siobhan O'Connor – Engineering Manager\n • Kwame Mensah – …";
// "You'll meet:\n- Sarah Khan, Head of Finance" (r45).
const LIST_LABEL =
  /^[ \t]*(?:(?:your\s+)?interviewers?|interviewed\s+by|(?:your\s+)?(?:interview\s+)?panel(?:ists?)?|(?:you(?:'ll|’ll|\s+will)\s+)?(?:meet|be\s+meeting|speak|be\s+speaking)(?:\s+with)?|who|with|gesprächspartner(?:in|innen)?|interlocut(?:eur|rice)s?|entrevistador(?:a|es|as)?)[ \t]*:?[ \t]*$/imu;
const BULLET_LINE = /^[ \t]*(?:[•◦▪‣·*–-]|\d{1,2}[.)])[ \t]+(\S.*)$/u;

/** The people of a bulleted list under an interviewers' label, in the order written. */
function listInterviewers(text: string, notAPerson: (name: string) => boolean): NamedInterviewer[] {
  const label = LIST_LABEL.exec(text);
  if (label === null) return [];
  const found: NamedInterviewer[] = [];
  const below = text
    .slice(label.index + label[0].length)
    .replace(/^\r?\n/u, '')
    .split('\n');
  for (const line of below.slice(0, 8)) {
    const item = BULLET_LINE.exec(line)?.[1];
    if (item === undefined) break;
    const lead = leadingName(item.trim());
    if (lead !== null && !notAPerson(lead.name.full))
      found.push({ name: lead.name, about: aboutOf(lead.rest), writer: false });
  }
  return found;
}

/** The people an employer text names as the ones the candidate meets, in the order written. */
export function interviewersIn(
  text: string,
  /** Names that are no one to meet (the company: "your interview with Redwood Analytics"); the search goes on. */
  notAPerson: (name: string) => boolean = () => false,
): readonly NamedInterviewer[] {
  const listed = listInterviewers(text, notAPerson);
  if (listed.length > 0) return listed;
  for (const m of [...text.matchAll(PANEL_LEAD), ...text.matchAll(FOREIGN_PANEL_LEAD)]) {
    const found: NamedInterviewer[] = [];
    const list = (m[1] ?? '').replace(
      /\s+(?:on|at|this|next|tomorrow|today|from|in|for|via|over|am|um|im|le|à|au|el|a\s+las|en|por|par|per|vom)\s+(?![\p{Lu}]\p{Ll}+\s+\p{Lu})[^,]*$/u,
      '',
    );
    const pieces = splitOutsideBrackets(list);
    for (const piece of pieces) {
      const p = piece.trim();
      if (/^(?:me|myself|I)$/iu.test(p)) {
        found.push({ name: { full: '', given: '', family: null, title: null }, about: null, writer: true });
        continue;
      }
      const lead = leadingName(p);
      if (lead !== null && notAPerson(lead.name.full)) continue;
      if (lead !== null) {
        found.push({ name: lead.name, about: aboutOf(lead.rest), writer: false });
        continue;
      }
      // ", our design lead": what the previous person does.
      const prev = found[found.length - 1];
      if (prev !== undefined && prev.about === null && !prev.writer) {
        const about = aboutOf(p);
        if (about !== null) found[found.length - 1] = { ...prev, about };
      }
    }
    if (found.some((f) => !f.writer)) return found.slice(0, 8);
  }
  return tableInterviewers(text, notAPerson);
}

/** The names an employer text gives as interviewers, in the order written (kept for callers of issue 4). */
export function namedInterviewers(text: string): readonly string[] {
  return interviewersIn(text)
    .filter((f) => !f.writer)
    .map((f) => f.name.full);
}

const MAILBOX_LOCAL =
  /^(?:careers?|jobs?|hr|recruit(?:ing|ment)?|talent|hiring|people|no-?reply|do-?not-?reply|notifications?|info|admin|support|apply|applications?|notificaciones|empleos?|selecci[oó]n|rrhh|reclutamiento|talento|karriere|bewerbung(?:en)?|personal|recrutement|emplois?|rh|candidatures?)(?:[._+-]|@|$)/iu;

/** A person as a draft greets them: the display name reconciled with how they sign. */
function asPerson(name: PersonName, address: Address | null, about: string | null = null): Person {
  return { name: name.full, first: name.given, address, title: name.title, family: name.family, about };
}

/** How the sender of `m` is greeted: their display name, as they sign it in their latest message. */
function senderName(m: Message | undefined, messages: readonly Message[]): PersonName | null {
  if (m?.from === null || m?.from === undefined) return null;
  const from = m.from;
  const own = messages.filter((o) => o.from?.address === from.address && from.address !== '');
  // Every signature of theirs, oldest first, the message itself last; read once.
  // A firm signing with its own name ("Nordljus" under "Nordljus AB <no-reply@teamtailor-mail.com>", r60) is no
  // person to greet.
  const bare = from.name === null ? null : withoutLegalForm(from.name);
  const firm = bare === null || bare === from.name ? null : bare.toLowerCase();
  const signatures = [...own, m]
    .map((o) => signedName(o.text, o.signature))
    .map((n) => (n !== null && firm !== null && n.full.toLowerCase() === firm ? null : n));
  const signed = [...signatures].reverse().find((n) => n !== null);
  // A shared or platform mailbox ("Tan Hui Min <hiring@lever.co>", "Contoso <careers@…>"): its display name is a
  // person only where they sign with part of it.
  const shared = MAILBOX_LOCAL.test(from.address);
  const read = from.name === null ? null : readPersonName(from.name);
  const fold = (n: string): string[] => n.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().split(' ');
  const display =
    shared &&
    (read === null ||
      signed === undefined ||
      signed === null ||
      !fold(signed.full).some((w) => fold(read.full).includes(w)))
      ? null
      : read;
  // A shared mailbox is greeted only by the person who signs from it.
  if (display === null && (signed === undefined || signed === null)) return null;
  // Where they sign once in full and once with their given names only ("María José García-López", then "María
  // José"), the shorter signature says how many words the given name has.
  const givenOnly =
    display === null
      ? undefined
      : signatures.find(
          (n) =>
            n !== null &&
            n.full.includes(' ') &&
            fold(display.full)
              .join(' ')
              .startsWith(`${fold(n.full).join(' ')} `),
        );
  return reconcile(display, givenOnly ?? signed ?? null);
}

function senderPerson(m: Message | undefined, messages: readonly Message[]): Person | null {
  const name = senderName(m, messages);
  return name === null || m?.from === null || m?.from === undefined ? null : asPerson(name, m.from);
}

function latestHumanEmployer(messages: readonly Message[]): Message | undefined {
  return [...messages]
    .reverse()
    .find(
      (m) => m.role === 'employer' && !m.automatic && !isListMessage(m) && senderName(m, messages) !== null,
    );
}

/**
 * Whom the candidate last wrote to by name, where no one of the employer wrote in person (follow-ups met only by an
 * out-of-office, r44): the reply greets them as the candidate's own mail did, not "Hello".
 */
function addresseeOfCandidate(messages: readonly Message[]): Person | null {
  for (const m of [...messages].reverse()) {
    if (m.role !== 'candidate') continue;
    const to = m.to.find((a) => a.name !== null && a.name !== '' && !MAILBOX_LOCAL.test(a.address));
    const name = to?.name ? readPersonName(to.name) : null;
    if (to !== undefined && name !== null) return asPerson(name, to);
  }
  return null;
}

/** A named interviewer, with their address and signed name where they wrote in the thread. */
function interviewerPerson(n: NamedInterviewer, messages: readonly Message[]): Person {
  const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const sender = messages.find((m) => {
    if (m.role !== 'employer' || m.from === null) return false;
    const display = m.from.name === null ? null : readPersonName(m.from.name);
    return display !== null && fold(display.full) === fold(n.name.full);
  });
  const signed = sender === undefined ? null : senderName(sender, messages);
  const name = signed === null ? n.name : { ...signed, title: signed.title ?? n.name.title };
  return asPerson(name, sender?.from ?? null, n.about);
}

function candidateName(
  messages: readonly Message[],
  candidate: string | null,
  myName: string | undefined,
): string | null {
  // The name given (Outlook's profile, --my-name), as a reader writes it: "Hopper, Grace" is Grace Hopper.
  if (myName !== undefined && myName.trim() !== '') {
    const given = myName.trim().slice(0, 80);
    const read = /,/u.test(given) ? readPersonName(given) : null;
    return read?.full ?? given;
  }
  const mine = messages.filter(
    (m) => m.role === 'candidate' && (candidate === null || m.from?.address === candidate),
  );
  // Their own signature, written as they write it ("José Álvarez", "Hui Min Tan").
  for (const m of [...mine].reverse()) {
    const signed = signedName(m.text, m.signature);
    if (signed !== null) {
      const display = m.from?.name ? readPersonName(m.from.name) : null;
      // A one-word sign-off ("Best, José") under a fuller display name: the display name, as written.
      return signed.family === null && display !== null && display.given === signed.given
        ? display.full
        : signed.full;
    }
  }
  for (const m of [...mine].reverse()) {
    const n = m.from?.name ? readPersonName(m.from.name) : null;
    if (n !== null) return n.full;
  }
  // Nothing sent yet: the name the employer's mail is addressed to ("To: Diego Santos <diego.santos@…>").
  if (candidate === null) return null;
  for (const m of [...messages].reverse()) {
    const to = [...m.to, ...m.cc].find((a) => a.address === candidate && a.name);
    const n = to?.name ? readPersonName(to.name) : null;
    if (n !== null) return n.full;
  }
  return null;
}

// What the candidate's own thank-you said they enjoyed: "I especially enjoyed learning about the new data platform."
const OWN_TOPIC =
  /\b(?:enjoyed|appreciated|loved) (?:learning about|hearing about|discussing|talking about|our (?:conversation|discussion|chat) (?:about|on)) ([^.!?\n]{3,80})/iu;

/**
 * A shared mailbox that signs with the company's own name ("Ribera Alimentación <notificaciones@…>", "Un
 * saludo,\nRibera Alimentación") is the company, nobody to greet.
 */
function notTheCompany(p: Person | null, company: string | null): Person | null {
  if (p === null || company === null) return p;
  const name = squashName(p.name);
  const whole = squashName(company);
  return name === whole || name === squashName(withoutLegalForm(company)) ? null : p;
}

/** Letters only, accents dropped: "Lotus Fintech" and lotusfintech.vn compare equal. */
function squashName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[^\p{L}\p{N}]|\p{M}/gu, '')
    .toLowerCase();
}

function topicOf(messages: readonly Message[], afterMs: number): string | null {
  for (const m of messages) {
    if (m.role !== 'candidate' || Date.parse(m.sentAt ?? '') < afterMs) continue;
    // A line wrapped at 72 columns is one sentence ("I enjoyed hearing about the spring catalogue and would be
    // delighted to\nsupport the team"), and the topic ends where the writer goes on about themself ("… and would be
    // delighted to"): the draft never quotes half a clause.
    const t = OWN_TOPIC.exec(m.text.replace(/[ \t]*\n(?![ \t]*\n)[ \t]*/gu, ' '))?.[1]
      ?.replace(/(?<!\s)\s+(?:and|with) (?:the|your|you).*$/u, '')
      .replace(
        /(?<!\s)\s+(?:and|but|so)\s+(?:would|will|I|I'm|I'd|I've|am|look|hope|can|could|it|that)\b.*$/u,
        '',
      )
      .trim();
    if (t !== undefined && t.split(/\s+/u).length <= 10) return t;
  }
  return null;
}

export interface FactsOptions {
  readonly interview: InterviewFinding | null;
  readonly myName?: string;
  readonly tz: string;
  /** The employer's stated timeline, acknowledged by a follow-up ("You mentioned you hoped to decide by the 20th"). */
  readonly timeline?: TimelineFinding | null;
  /** What the user typed in the pane ("Make it yours"): a topic they enjoyed, the answer to the employer's request. */
  readonly personal?: PersonalWords;
}

/** Reads what a draft needs from the thread. Never throws. */
export function draftFacts(thread: Thread, options: FactsOptions): DraftFacts {
  const messages = thread.messages;
  const subject = threadSubject(messages);
  const fromSubject = roleAndCompanyFromSubject(subject);
  const interviewMessage =
    options.interview === null ? undefined : messages[options.interview.evidence.message];
  const texts = [
    ...(interviewMessage === undefined ? [] : [interviewMessage]),
    ...messages.filter((m) => m.role === 'employer' && m !== interviewMessage),
  ];
  // The employer's own words name the role most reliably; a subject may be anything the candidate typed, and a
  // labelled subject may name the company instead ("Interview confirmation: Redwood Analytics").
  const companyInMail = companyOf(messages);
  const roots = new Set(
    messages.flatMap((m) =>
      m.from === null ? [] : [squashName(m.from.address.split('@')[1]?.split('.')[0] ?? '')],
    ),
  );
  // A subject's "role" that is the firm ("Technical Interview - Tridentsoft" from Tridentsoft Technologies at
  // tridentsoft.in, lead's round r30) is no role.
  const namesTheFirm = (r: string): boolean => {
    const a = squashName(r);
    const firm = squashName(companyInMail ?? '');
    return roots.has(a) || a === firm || (a.length >= 4 && firm.startsWith(a));
  };
  // The thread's subject first; where it names no role ("RE: Remerciements – entretien du 23 novembre"), the
  // earlier subjects, newest first ("Convocation à un entretien – Responsable d’entrepôt", r52).
  const subjectRole =
    [
      fromSubject.role,
      ...olderSubjects(messages, subject).map((s) => roleAndCompanyFromSubject(s).role),
    ].find((r): r is string => r !== null && !namesTheFirm(r)) ?? null;
  const role = roleFromText(messages, 'employer') ?? subjectRole ?? roleFromText(messages, 'candidate');
  // "Your interview with Lotus Fintech": a company the mail names is nobody to greet.
  const company =
    (fromSubject.company !== null && fromSubject.company.toLowerCase() !== role?.toLowerCase()
      ? fromSubject.company
      : null) ?? companyInMail;
  const notAPerson = (name: string): boolean =>
    squashName(name) === squashName(company ?? '') || roots.has(squashName(name)) || namesAFirm(name);
  let named: readonly NamedInterviewer[] = [];
  let namedBy: Message | undefined;
  for (const m of texts) {
    if (m.role !== 'employer') continue;
    named = interviewersIn(m.text, notAPerson);
    namedBy = m;
    if (named.length > 0) break;
  }
  const contactMessage = latestHumanEmployer(messages);
  const writer = senderPerson(namedBy, messages);
  // No one named: the employer who set the interview up, else the latest; never an agency recruiter, who was not in
  // the interview ("we spoke on Tuesday" would be false).
  const inInterview = (m: Message | undefined): Message | undefined =>
    m !== undefined && m.role === 'employer' && !isAgency(m) ? m : undefined;
  const humanClient = [...messages]
    .reverse()
    .find((m) => inInterview(m) !== undefined && !m.automatic && senderName(m, messages) !== null);
  const fallback =
    senderPerson(inInterview(interviewMessage), messages) ?? senderPerson(humanClient, messages);
  const interviewers =
    named.length > 0
      ? named.flatMap((n) =>
          n.writer ? (writer === null ? [] : [writer]) : [interviewerPerson(n, messages)],
        )
      : fallback === null
        ? []
        : [fallback].filter((p) => notTheCompany(p, company) !== null);
  // The recruiter who only scheduled: the writer of the mail that named the interviewers, not among them.
  const arranger =
    named.length > 0 &&
    !named.some((n) => n.writer) &&
    writer !== null &&
    !interviewers.some((p) => p.name === writer.name)
      ? writer
      : null;
  const contact = notTheCompany(
    senderPerson(contactMessage, messages) ?? addresseeOfCandidate(messages),
    company,
  );
  // The candidate's own greetings: whom they already address by title ("Estimada Sra. Quispe:").
  const openingsTo = (address: Address | null) =>
    messages
      .filter(
        (m) =>
          m.role === 'candidate' &&
          (address === null || m.to.some((a) => a.address.toLowerCase() === address.address.toLowerCase())),
      )
      .map((m) => openingLine(m.text));
  // Kept only where the employer, too, writes by title ("Estimado Sr. Salazar:"); one who writes "Bonjour Thomas"
  // has moved to first names, and the reply may follow.
  const lastEmployer = [...messages]
    .reverse()
    .find((m) => m.role === 'employer' && !m.automatic && !isListMessage(m));
  const formal = addressesByTitle(openingLine(lastEmployer?.text ?? ''));
  const titled = <P extends Person | null>(p: P): P => {
    if (!formal || p === null || (p.title ?? null) !== null || (p.family ?? null) === null) return p;
    const title = usedTitle(openingsTo(p.address), p.family ?? '');
    return title === null ? { ...p, formal: true } : { ...p, title };
  };
  const registerSource = [...messages]
    .reverse()
    .find((m) => m.role === 'employer' && !m.automatic && registerOf(m.text) !== null);
  const startMs = Date.parse(options.interview?.start ?? '');
  return {
    subject,
    interviewers: interviewers.map(titled),
    contact: titled(contact),
    role,
    company,
    interviewDate: options.interview?.date ?? null,
    interviewTime: options.interview?.time ?? null,
    interviewMoved:
      options.interview !== null &&
      (options.interview.evidence.detector.includes(MOVED_SLOT) ||
        RESCHEDULE_CUE.test(options.interview.evidence.text)),
    candidateName: candidateName(messages, thread.candidate, options.myName),
    seedText: `${subject ?? ''}|${thread.candidate ?? ''}`,
    usDates: monthFirstZone(options.tz),
    register: registerSource === undefined ? 'hi' : (registerOf(registerSource.text) ?? 'hi'),
    arranger: titled(arranger),
    agency: contactMessage !== undefined && isAgency(contactMessage),
    timeline: options.timeline ?? null,
    topic: Number.isNaN(startMs) ? null : topicOf(messages, startMs),
    personal: options.personal ?? {},
  };
}
