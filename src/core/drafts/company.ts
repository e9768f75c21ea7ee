// The employer's name, only as the mail spells it (ADVICE.md "Drafts", issue 11): a mail domain is evidence for
// which spelling in the signature, body, display name or subject belongs to the employer ("Procter & Gamble" for
// pg.com), never a name by itself. Hiring platforms and mail providers give no company; with a staffing agency
// the client named in the mail is the company. Names are kept whole ("Northwind Traders").
import { isProviderDomain, rootLabel } from '../mail/providers';
import type { Message } from '../types';
import { stripReplyPrefix } from './role';

/**
 * Hiring platforms (ATS, schedulers) that send on an employer's behalf, one a row; with the mail providers
 * (mail/providers.ts), their domains name no employer. Each is the label before the public suffix.
 */
const PLATFORM_DOMAINS: readonly string[] = [
  // A tenant's default domain: contoso.onmicrosoft.com; and documentation's example.com.
  ...['onmicrosoft', 'example'],
  // no-reply@greenhouse.io, jobs@lever.co, contoso@myworkday.com, n@applytojob.com, ashbyhq.com
  ...['greenhouse', 'greenhouse-mail', 'lever', 'hire', 'myworkday', 'workday', 'myworkdayjobs', 'icims'],
  ...['smartrecruiters', 'bamboohr', 'ashby', 'ashbyhq', 'jobvite', 'taleo', 'successfactors', 'recruitee'],
  ...['teamtailor', 'workable', 'workablemail', 'breezy', 'breezyhr', 'jazzhr', 'applytojob', 'indeed'],
  ...['linkedin', 'calendly', 'goodtime', 'personio', 'pinpointhq', 'rippling', 'paylocity', 'ultipro'],
  ...['dayforce', 'adp', 'brassring', 'avature', 'phenom', 'bullhorn', 'zohorecruit', 'freshteam'],
  ...['hirevue', 'paradox', 'gem', 'beamery', 'jobylon', 'homerun', 'recruitcrm', 'manatal', 'glassdoor'],
  // Platforms of German, French and Spanish mail: softgarden, StepStone, d.vinci, rexx, Welcome to the Jungle,
  // Talentsoft, Flatchr, JobTeaser, InfoJobs, Computrabajo, Bumeran.
  ...['softgarden', 'stepstone', 'dvinci', 'rexx-systems', 'welcometothejungle', 'wttj', 'talentsoft'],
  ...['flatchr', 'jobteaser', 'infojobs', 'computrabajo', 'bumeran', 'xing', 'talent-soft'],
  // British public-sector and UK platforms: Trac (noreply@trac.jobs), Tribepad, Oleeo, Jobtrain, Eploy.
  ...['trac', 'tribepad', 'oleeo', 'jobtrain', 'eploy'],
];
const PLATFORMS: ReadonlySet<string> = new Set(PLATFORM_DOMAINS);

// A recruitment agency between the candidate and its client is not the company the candidate would join.
// Matches the roots of talentbridgepartners.com, apexstaffing.com, hays-recruitment.co.uk, northsearch.com,
// kellypersonnel.com, bluehorizonresourcing.co.uk, the-headhunters.com; not redwoodresearch.org.
const AGENCY_DOMAIN = /staffing|recruit|talent|(?<!re)search|personnel|resourcing|headhunt/iu;
// An agency's own words: "Senior Recruiter | Apex Staffing", "on behalf of my client".
const AGENCY_TEXT =
  /\b(?:my|our) client\b|\bon behalf of (?:my|our) client\b|\b(?:staffing|recruitment) (?:agency|firm|consultant)\b/iu;

/** The employer-side labels of a domain: ada@mail.contoso.co.uk → ['contoso']; null for a platform or provider. */
function rootOf(domain: string): string | null {
  const root = rootLabel(domain);
  if (root.length < 2) return null;
  // "contoso.onmicrosoft.com", "us.greenhouse-mail.io": the platform is the root, and names no employer.
  return PLATFORMS.has(root) || isProviderDomain(domain) ? null : root;
}

// The labels a platform puts before an employer's own name, or before nothing: us.greenhouse-mail.io,
// jobs.personio.de, em.workablemail.com.
const PLATFORM_LABEL =
  /^(?:jobs?|careers?|mail|email|e|em|mg|no-?reply|notifications?|notify|us|eu|uk|app|apply|talent|recruiting|hire|hiring|send|bounces?|reply|www|messages?|ats|candidates?)$/iu;

/**
 * The employer's own label on a hiring platform's domain, where the platform gives each employer one:
 * meridian-logistik.jobs.personio.de → 'meridian-logistik', harbourline.workable.com → 'harbourline'; null for
 * the platform's own mail (us.greenhouse-mail.io) and for any other domain.
 */
function tenantOf(domain: string): string | null {
  const labels = domain
    .toLowerCase()
    .split('.')
    .filter((l) => l !== '');
  const at = labels.findIndex((l, i) => i > 0 && PLATFORMS.has(l));
  if (at < 0 || rootOf(labels.slice(at).join('.')) !== null) return null;
  const tenant = labels.slice(0, at).find((l) => !PLATFORM_LABEL.test(l));
  return tenant !== undefined && tenant.length >= 3 ? tenant : null;
}

/** The label that stands for the employer in a sender's domain: its root, or its tenant on a platform. */
export function employerLabel(domain: string): string | null {
  return rootOf(domain) ?? tenantOf(domain);
}

/** Whether a sender is a staffing agency, by its domain or its own words. */
export function isAgency(m: Message): boolean {
  const root = m.from === null ? null : rootOf(m.from.address.split('@')[1] ?? '');
  return (root !== null && AGENCY_DOMAIN.test(root)) || AGENCY_TEXT.test(`${m.text}\n${m.signature ?? ''}`);
}

/**
 * Legal forms, as companies write them (case counts: "Sa" may be a name, "SA" is a company): "Meridian Logistik
 * GmbH", "Contoso Ltd", "Brabant Énergie SA", "Vedanta Softworks Pvt. Ltd.", "Grupo Altavista S.A. de C.V.". An
 * alternation for a regex; each may be followed by its own period.
 */
// (and the Nordic, Malaysian, Latin American and Central European forms: "Nordljus AB", "Fjord ASA", "Lindqvist ApS",
// "Suomi Oyj", "Kedai Sdn Bhd", "Andina Ltda", "Dunaj s.r.o.", r60's greeting "Hi Nordljus,")
export const LEGAL_FORMS = String.raw`GmbH|AG|KG|SE|e\.V|Inc|LLC|Ltd|LTD|Limited|PLC|plc|Corp|S\.A|SA|SAS|SARL|S\.L|SL|SLU|SpA|S\.p\.A|Srl|SRL|S\.r\.l|Pvt|Pty|BV|B\.V|NV|N\.V|Oy|Oyj|AB|ASA|ApS|Bhd|Ltda|s\.r\.o|Kft|LLP|SAPI`;

// One word of a company name's end that is its legal form: "GmbH", "Ltd.", "S.A.".
const LEGAL_WORD = new RegExp(String.raw`^(?:${LEGAL_FORMS})\.?,?$`, 'u');

/** "Veritas Infotech Pvt. Ltd." → "Veritas Infotech": a company's name without the legal forms it ends with. */
export function withoutLegalForm(company: string): string {
  const words = company.split(/\s+/u);
  while (words.length > 1 && LEGAL_WORD.test(words[words.length - 1] ?? '')) words.pop();
  return words.join(' ').replace(/,$/u, '');
}

// German domains spell umlauts out: Brückner → brueckner-partner.de, Größe → groesse.de.
const UMLAUT: Readonly<Record<string, string>> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  ß: 'ss',
  Ä: 'Ae',
  Ö: 'Oe',
  Ü: 'Ue',
};
const spelledOut = (text: string): string => text.replace(/[äöüßÄÖÜ]/gu, (c) => UMLAUT[c] ?? c);

/** Letters and digits only, accents dropped: "Lumière Conseil" → "lumiereconseil"; `and` spells "&" out. */
function squash(text: string, and = false): string {
  return text
    .normalize('NFD')
    .replace(/&/gu, and ? 'and' : '')
    .replace(/[^\p{L}\p{N}]|\p{M}/gu, '')
    .toLowerCase();
}

// Words that join a company's capitalised words: "O'Neill & Partners", "Bank of Contoso", "Marks and Spencer".
const CONNECTOR = /^(?:&|\+|and|of|und|et|y|de|del|des|du|der|la|the)$/iu;
// Words that end a company name after its distinctive word, one a row, so "Northwind" on its own is read whole
// where the mail writes "Northwind Traders": Traders, Group, Labs, Health, Bank, Partners, Studios, Foods …
const NAME_TAILS: readonly string[] = [
  ...['Traders', 'Trading', 'Group', 'Labs', 'Lab', 'Health', 'Healthcare', 'Bank', 'Partners', 'Studios'],
  ...['Studio', 'Foods', 'Games', 'Media', 'Insurance', 'Energy', 'Pharma', 'Pharmaceuticals', 'Capital'],
  ...[
    'Logistics',
    'Motors',
    'Airlines',
    'Hotels',
    'Foundation',
    'University',
    'Hospital',
    'College',
    'Museum',
  ],
  ...[
    'Systems',
    'Technologies',
    'Technology',
    'Solutions',
    'Consulting',
    'Industries',
    'Holdings',
    'Company',
  ],
  ...[
    'Corporation',
    'Corp',
    'Inc',
    'Inc.',
    'Ltd',
    'Ltd.',
    'LLC',
    'GmbH',
    'AG',
    'SA',
    'S.A.',
    'plc',
    'Co',
    'Co.',
  ],
  ...['Importers', 'Manufacturing', 'Retail', 'Bakery', 'Software', 'Analytics', 'Robotics', 'Ventures'],
  ...['Conseil', 'Credit Union', 'Council', 'Library', 'Clinic', 'Restaurant', 'Café', 'Hotel', 'School'],
];
const TAILS: ReadonlySet<string> = new Set(NAME_TAILS.map((t) => t.toLowerCase()));
// Runs of capitalised words, as a signature or sentence writes a firm: "Hudson Valley Credit Union".
const CAPITAL_RUN =
  /[\p{Lu}\p{N}][\p{L}\p{M}\p{N}&'’.-]*(?:[ \t]+(?:(?:&|\+|and|of|und|et|y|de|del|des|du|la)(?![\p{L}\p{N}])|[\p{Lu}\p{N}][\p{L}\p{M}\p{N}&'’.-]*))*/gu;

// Words after a firm's name that name a department, never part of the firm: "Contoso Talent Acquisition".
// ("Nordkap Design" is a firm: words such as Design or Sales end names as often as they name departments.)
const DEPARTMENT =
  /^(?:recruiting|recruitment|talent|acquisition|careers?|hr|people|team|hiring|jobs|human|resources)$/iu;

/**
 * `candidate` extended by the name tails that follow it in `words` ("Northwind" + "Traders"), or, where the run
 * ends its line as a signature's company line does ("Personalabteilung, Alpine Ski House"), by every word left.
 */
function whole(words: readonly string[], j: number, candidate: string, lineEnd = false): string {
  const all = words.slice(j).map((w) => w.replace(/[,;:]$/u, ''));
  // (up to a department that ends the line: "Northern Rail Transit Careers" is Northern Rail Transit, heldout6)
  const dept = all.findIndex((w) => DEPARTMENT.test(w));
  const rest = dept < 0 || !all.slice(dept).every((w) => DEPARTMENT.test(w)) ? all : all.slice(0, dept);
  if (lineEnd && rest.length > 0 && rest.length <= 3 && !rest.some((w) => DEPARTMENT.test(w)))
    return withoutSentenceDot([candidate, ...rest].join(' '));
  const out = [candidate];
  for (let k = j; k < words.length && k < j + 3; k += 1) {
    const w = (words[k] ?? '').replace(/[,;:]$/u, '');
    if (!TAILS.has(w.toLowerCase())) break;
    out.push(w);
  }
  return withoutSentenceDot(out.join(' '));
}

// Legal forms that end with their own period: "Contoso Inc.", "Fabrikam Ltd.", "Aldebarán Consultores S.L.",
// "Lumbre Energía S.A.", "Vinci S.A.S.", "Tessile S.p.A.", "Förderverein e.V.", "Philips N.V.", "Adyen B.V.".
const LEGAL_DOT =
  /(?:\b(?:Inc|Ltd|Co|Corp|Pvt)|(?:^|\s)(?:S\.[AL]|S\.A\.[SU]|S\.R\.L|S\.p\.A|S\.C|e\.V|[BN]\.V))\.$/u;

/** A name's last period, unless it belongs to a legal form. */
function withoutSentenceDot(name: string): string {
  return LEGAL_DOT.test(name) ? name : name.replace(/\.$/u, '');
}

// Words French, Spanish, Italian and German put before a firm's own name: "Grupo Alcántara" at alcantara.es,
// "Banco Sabadell", "Groupe Lefèvre", "Laboratoires Servan", "Bodegas Torres", "Stiftung Warentest".
const NAME_HEADS: ReadonlySet<string> = new Set(
  (
    'grupo groupe gruppo banco banque banca caja clínica clinique hospital hôpital fundación fondation fondazione ' +
    'editorial éditions laboratorios laboratoires bodegas maison compañía compagnie société sociedad industrias ' +
    'transportes seguros constructora inmobiliaria farmacia pharmacie stiftung hotel hôtel hoteles ' +
    // (wineries, farms, workshops, agencies and schools: "Viña Los Robles", lead's round r30)
    'viña viñedos bodega hacienda finca cervecería taller agencia despacho colegio instituto atelier cabinet'
  ).split(' '),
);

/**
 * Whether a name read as a person's is a firm's: it opens with a head word ("Bodegas del Valle", "Grupo Andes") or
 * ends with a firm's tail or legal form ("Northwind Traders", "Lindqvist AB GmbH").
 */
export function namesAFirm(name: string): boolean {
  const words = name.trim().split(/\s+/u);
  const first = words[0]?.toLowerCase() ?? '';
  const last = words[words.length - 1] ?? '';
  return (
    words.length > 1 && (NAME_HEADS.has(first) || TAILS.has(last.toLowerCase()) || LEGAL_WORD.test(last))
  );
}

/** `name` with the head word written before it in its run ("Grupo" + "Alcántara"), where there is one. */
function withHead(words: readonly string[], i: number, name: string): string {
  const before = words[i - 1] ?? '';
  return i > 0 && NAME_HEADS.has(before.toLowerCase()) ? `${before} ${name}` : name;
}

/** Mail domains shared by many employers, each naming itself by words before the domain's (NHS trusts on nhs.net). */
const SHARED_DOMAIN: ReadonlySet<string> = new Set(['nhs']);

/** Whether only blanks stand between the line's start and `index`. */
function startsLine(text: string, index: number): boolean {
  return /^[ \t]*$/u.test(text.slice(text.lastIndexOf('\n', index) + 1, index));
}

/** The run of capitalised words in `text` that spells the domain `root`, as written; null where none does. */
function spelling(text: string, target: string, exact: boolean): string | null {
  for (const found of text.matchAll(CAPITAL_RUN)) {
    const run = found[0];
    const lineEnd = /^[ \t]*(?:\n|$)/u.test(text.slice(found.index + run.length));
    const words = run.split(/[ \t]+/u);
    for (let i = 0; i < words.length; i += 1) {
      if (CONNECTOR.test(words[i] ?? '')) continue;
      for (let j = i + 1; j <= Math.min(words.length, i + 5); j += 1) {
        const parts = words.slice(i, j);
        if (CONNECTOR.test(parts[parts.length - 1] ?? '')) continue;
        const candidate = parts.join(' ').replace(/[.,]$/u, '');
        const plain = squash(candidate);
        // "Brückner + Partner" is brueckner-partner.de: the spelling that the domain's own letters start with.
        const german = squash(spelledOut(candidate));
        const spelt = german !== plain && target.startsWith(german) ? german : plain;
        if (exact) {
          // "Procter & Gamble" for pg.com, "P&G": the initials of two or more words.
          const initials = parts
            .filter((w) => !CONNECTOR.test(w))
            .map((w) => squash(w).charAt(0))
            .join('');
          const byInitials = parts.filter((w) => !CONNECTOR.test(w)).length >= 2 && initials === target;
          // "Ateliers de Loire" for ateliers-loire.fr, "Olivar del Sur" for olivar-sur.es: the domain drops the
          // joining words (r57–r58's drafts said "Ateliers", "Olivar").
          const joined = squash(parts.filter((w) => !CONNECTOR.test(w)).join(' ')) === target;
          if (spelt === target || squash(candidate, true) === target || byInitials || joined) {
            // A domain that many employers share (nhs.net): the employer is the whole line that names it,
            // "Northdale NHS Trust", not "NHS Trust" (r44).
            if (SHARED_DOMAIN.has(target) && i > 0 && startsLine(text, found.index))
              return whole(words, j, words.slice(0, j).join(' '), lineEnd);
            return withHead(words, i, whole(words, j, candidate, lineEnd));
          }
          continue;
        }
        if (spelt.length < 4 || !target.startsWith(spelt)) continue;
        // litwareinc.com is "Litware"; hudsonvalleycu.org "Hudson Valley Credit Union"; brightlinemfg.com
        // "Brightline Manufacturing": the domain ends in a legal form or shortens the words that follow.
        const tail = target.slice(spelt.length);
        if (LEGAL_FORM.test(tail)) return withHead(words, i, whole(words, j, candidate));
        const next = words.slice(j, j + 4);
        for (let k = 1; k <= next.length; k += 1)
          if (abbreviates(tail, next.slice(0, k))) return [candidate, ...next.slice(0, k)].join(' ');
      }
    }
  }
  return null;
}

const LEGAL_FORM = /^(?:inc|llc|llp|ltd|corp|co|plc|gmbh|ag|sa|bv|pty|hq|group|uk|us|usa|hr|jobs|careers)$/u;

/** "cu" for Credit Union (initials), "mfg" for Manufacturing (letters in order from the first). */
function abbreviates(tail: string, words: readonly string[]): boolean {
  const squashed = words.map((w) => squash(w));
  if (squashed.some((w) => w === '')) return false;
  if (squashed.length > 1) return tail === squashed.map((w) => w.charAt(0)).join('');
  const word = squashed[0] ?? '';
  if (tail.length < 2 || word.length <= tail.length || tail.charAt(0) !== word.charAt(0)) return false;
  let at = 0;
  for (const c of tail) {
    at = word.indexOf(c, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** The spelling of `root` in the texts: whole names before shortened ones, in the texts' order. */
function writtenAs(texts: readonly string[], root: string): string | null {
  const target = squash(root);
  for (const exact of [true, false])
    for (const text of texts) {
      const found = spelling(text, target, exact);
      if (found !== null) return found;
    }
  // A hyphenated domain names the firm by its first part where the mail writes it: contoso-mfg.com → "Contoso".
  const head = root.includes('-') ? root.split('-')[0] : undefined;
  return head !== undefined && head.length >= 3 ? writtenAs(texts, head) : null;
}

// Where a text names the employer outright, each with a line it matches; the name is the capitalised run after.
// "on behalf of my client, Fabrikam", "our client Fabrikam Inc.", "your interview with Fabrikam",
// "the Data Analyst role at Fabrikam", "thank you for your interest in Fabrikam", "careers at Fabrikam".
const NAMED_EMPLOYER: readonly RegExp[] = [
  /\b(?:[Mm]y|[Oo]ur) client,?\s+(?:is\s+)?/gu,
  /\b(?:role|position|opening|opportunity|vacancy|job|interview|career|careers|team|internship)\s+(?:at|with)\s+/gu,
  /\b(?:interest in (?:joining )?|applying to |applied to |application to |[Jj]oin |[Jj]oining |here at |[Oo]n behalf of )/gu,
  // The same in German, French and Spanish mail: "Gracias por tu interés en Grupo Tlaloc", "votre intérêt pour
  // Boréal Technologies", "Ihr Interesse an der Lindenhaus Software GmbH", "rejoindre Maison Cerise", "unirte a Nubia".
  /\b(?:interés en (?:unirte a |formar parte de )?|intérêt pour |Interesse an (?:der |dem )?|[Rr]ejoindre |[Uu]nirte a |formar parte de )/gu,
];

// Capitalised words that open a run and are no employer: "our Design team", "Tuesday", "the Data Analyst role".
const NOT_EMPLOYER_WORD =
  /^(?:the|our|your|a|an|this|that|us|me|you|we|position|stelle|rolle|poste|puesto|vacante|posición|role|job|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|zoom|teams|google|microsoft teams|hr|it)$/iu;

// The capitalised run a lead is followed by: "Fabrikam Inc.", "Procter & Gamble", "Bank of Contoso".
export const NAME_RUN =
  /^[\p{Lu}\p{N}][\p{L}\p{M}\p{N}&'’.-]*(?:[ \t]+(?:&|and|of|[\p{Lu}\p{N}][\p{L}\p{M}\p{N}&'’.-]*)){0,4}/u;

// One to four capitalised words (with "&", "+", "und", "de" between them) ending in a legal form, on one line:
// "Stadtwerke Rheinau GmbH", "Al Noor Hospitality LLC", "Rijnmond Logistics B.V.", "Brabant Compta SRL".
const LEGAL_NAME =
  /(?<![\p{L}\p{N}])((?:\p{Lu}[\p{L}\p{M}\p{N}'’-]*[ \t]+(?:(?:&|\+|und|and|de|del|et)[ \t]+)?){1,4}(?:GmbH|AG|SE|KG|Inc\.|LLC|Ltd\.?|Limited|PLC|S\.A\.|SA|SAS|SARL|S\.L\.|SL|SRL|Srl|SpA|B\.V\.|BV|N\.V\.|NV|Oy|LLP|Pvt\. Ltd\.|Pty Ltd))(?![\p{L}\p{N}])/u;

// A subject's segment that names the stage, not a firm: "interview confirmed", "next steps", "second interview".
// (and in German, French and Spanish: "Farmacéutica Lerma – entrevista confirmada", board5)
const STAGE_SEGMENT =
  /^(?:(?:first|second|third|final|phone|video|next)\s+)?(?:interview|stage|round|screen|call|steps?|update|feedback|offer|meeting|chat)(?:\s+(?:confirmed|confirmation|request|invitation|invite|details|booked|scheduled|update|feedback))?$|^(?:(?:primera|segunda|tercera|nueva)\s+)?(?:entrevista|cita|oferta|propuesta|siguientes?\s+pasos?)(?:\s+(?:confirmada|agendada|programada|final|presencial))?$|^(?:(?:premier|second|nouvel)\s+)?(?:entretien|rendez-vous|offre|proposition)(?:\s+(?:confirmé|planifié|final))?$|^(?:(?:erstes|zweites)\s+)?(?:Vorstellungsgespräch|Gespräch|Interview|Termin|Angebot)(?:\s+(?:bestätigt|vereinbart))?$/iu;

/**
 * The client an agency's subject names beside the stage ("Aldgate Capital – interview confirmed"), where its text
 * names it again and never as the role ("the Aldgate Capital role" would make it the title).
 */
function clientInSubject(m: Message, agencies: ReadonlySet<string>): string | null {
  const segments = stripReplyPrefix(m.subject)
    .split(/\s[-–—|:]\s|:\s/u)
    .map((x) => x.trim());
  if (segments.length !== 2 || !segments.some((x) => STAGE_SEGMENT.test(x))) return null;
  const name = segments.find((x) => !STAGE_SEGMENT.test(x)) ?? '';
  const words = name.split(/\s+/u);
  if (words.length > 5 || !words.every((w) => /^[\p{Lu}\p{N}&]/u.test(w) || CONNECTOR.test(w))) return null;
  if (NOT_EMPLOYER_WORD.test(words[0] ?? '') || agencies.has(squash(name))) return null;
  const at = m.text.indexOf(name);
  if (at < 0) return null;
  const after = m.text.slice(at + name.length, at + name.length + 20);
  return /^\s+(?:role|position|opening|vacancy|job)\b/iu.test(after) ? null : name;
}

/** The employer a text names ("our client Fabrikam"), kept whole, or null. */
function namedIn(text: string, exclude: ReadonlySet<string>): string | null {
  for (const lead of NAMED_EMPLOYER) {
    for (const lead_ of text.matchAll(lead)) {
      const after = text.slice(lead_.index + lead_[0].length, lead_.index + lead_[0].length + 200);
      const m = NAME_RUN.exec(after);
      if (m === null) continue;
      const words = (m[0] ?? '').replace(/(?<=\p{L}{3})[.!?](?:\s.*)?$|[.,]$/u, '').split(/[ \t]+/u);
      while (words.length > 0 && CONNECTOR.test(words[words.length - 1] ?? '')) words.pop();
      const name = words.join(' ');
      if (name === '' || NOT_EMPLOYER_WORD.test(words[0] ?? '') || exclude.has(squash(name))) continue;
      // A capitalised role ("the role at Senior Level") is rare; a name of one to five words is kept.
      if (/^\p{Lu}/u.test(name) || /^\p{N}/u.test(name)) return name;
    }
  }
  return null;
}

/**
 * The company as the mail spells it, or null. Employer domains pick the spelling; an agency's client is named by
 * the mail; platforms and mail providers never name one.
 * @example companyOf(messages) // 'Procter & Gamble' for a sender at pg.com whose signature writes it
 */
export function companyOf(messages: readonly Message[]): string | null {
  const employer = messages.filter((m) => m.role === 'employer');
  const texts = employer.map((m) => `${m.signature ?? ''}\n${m.from?.name ?? ''}\n${m.text}\n${m.subject}`);
  const counts = new Map<string, number>();
  const agencies = new Set<string>();
  for (const m of employer) {
    const root = m.from === null ? null : employerLabel(m.from.address.split('@')[1] ?? '');
    if (root === null) continue;
    if (isAgency(m)) {
      agencies.add(squash(root));
      continue;
    }
    counts.set(root, (counts.get(root) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([root]) => root);
  for (const root of ranked) {
    const found = writtenAs(texts, root);
    if (found !== null) return found;
  }
  // No employer domain spelt out (an agency, a platform, free mail): the employer the text names, never the
  // agency itself ("Apex Staffing") nor a domain read as a word.
  const agencyNames = new Set<string>(agencies);
  for (const m of employer) {
    const root = m.from === null ? null : rootOf(m.from.address.split('@')[1] ?? '');
    if (root !== null && agencies.has(squash(root))) {
      const own = writtenAs(texts, root);
      if (own !== null) agencyNames.add(squash(own));
    }
  }
  for (const m of employer) {
    const found = namedIn(m.text, agencyNames);
    if (
      found !== null &&
      ![...agencyNames].some((a) => squash(found).startsWith(a) || a.startsWith(squash(found)))
    )
      return found;
  }
  // An agency's subject that names its client beside the stage, repeated in its text: "Aldgate Capital – interview
  // confirmed" over "Aldgate Capital would like to meet you" (board4).
  for (const m of employer) {
    if (!isAgency(m)) continue;
    const found = clientInSubject(m, agencyNames);
    if (found !== null) return found;
  }
  // Last, a name with its legal form in an employer's signature or text ("Ihr Recruiting-Team der Stadtwerke
  // Rheinau GmbH"): a firm's name as the firm writes it, never an agency's own.
  for (const m of employer)
    for (const text of [m.signature ?? '', m.text]) {
      const found = LEGAL_NAME.exec(text)?.[1];
      if (found !== undefined && !agencyNames.has(squash(found.split(/\s+/u).slice(0, -1).join(' '))))
        return found;
    }
  for (const m of employer) {
    const found = platformSenderName(m);
    if (found !== null) return found;
  }
  return null;
}

// A mailbox's own name, no firm's: "HR", "Careers", "Talent Acquisition", "Recruiting Team".
const GENERIC_SENDER =
  /^(?:(?:the\s+)?(?:hr|careers?|jobs|recruit(?:ing|ment|er)|talent(?:\s+acquisition)?|hiring|people|notifications?|no-?reply)(?:\s+team)?)$/iu;

// A hiring team's words after a firm's name, and the words that lead to it: "The Ravenna AI team", "Ravenna AI
// Recruiting", "your interview with Ravenna AI". Matched against the text around each place the name occurs, so
// no pattern is built from mail text.
// On the name's own line: a person's name over "Recruitment Officer" is no "Priya Shah Recruitment" (board4).
const TEAM_AFTER =
  /^(?:['’]s)?[ \t]+(?:team|recruiting|recruitment|talent|careers|hiring|people)(?![\p{L}\p{N}])/iu;
const LEAD_BEFORE = /(?:^|[^\p{L}\p{N}])(?:at|with|to|join|joining|from)\s$/iu;

/** Whether the text names `name` as a firm: after "at"/"with"/"join", or before "team"/"recruiting". */
function namedAsFirm(text: string, name: string): boolean {
  const hay = text.toLowerCase();
  const needle = name.toLowerCase();
  for (let at = hay.indexOf(needle); at >= 0 && at < hay.length; at = hay.indexOf(needle, at + 1)) {
    const before = hay.slice(Math.max(0, at - 12), at);
    const after = hay.slice(at + needle.length, at + needle.length + 24);
    if (/^[\p{L}\p{N}]/u.test(after) || /[\p{L}\p{N}]$/u.test(before)) continue;
    if (LEAD_BEFORE.test(before) || TEAM_AFTER.test(after)) return true;
  }
  return false;
}

/** A text's last line that is not empty, lower-cased and trimmed. */
function lastLine(text: string): string {
  const tail = text.slice(-400).trimEnd();
  return tail
    .slice(tail.lastIndexOf('\n') + 1)
    .trim()
    .toLowerCase();
}

/**
 * The display name of a hiring platform's sender, where it is the employer's (board3): Workday's
 * "Cascade Health <cascadehealth@myworkday.com>" (the address's tenant spells it), Ashby's "Ravenna AI
 * <no-reply@ashbyhq.com>" under "Schedule your interview with Ravenna AI" (the mail names it as a firm). A
 * recruiter writing through the platform is a person whom the mail never names as a team.
 */
function platformSenderName(m: Message): string | null {
  const [local = '', domain = ''] = (m.from?.address ?? '').toLowerCase().split('@');
  const platform = rootLabel(domain);
  if (!PLATFORMS.has(platform) || platform === 'onmicrosoft' || platform === 'example') return null;
  const name = (m.from?.name ?? '').replace(/["“”]/gu, '').trim();
  // "Ravenna AI via Ashby": the name before "via", "from" or "at" (cut by index: no pattern runs to the end).
  const cut = name.search(/\s(?:via|from|at)\s/iu);
  const firm = (cut < 0 ? name : name.slice(0, cut)).trim();
  if (
    firm.length < 2 ||
    firm.length > 60 ||
    !/^[\p{Lu}\p{N}]/u.test(firm) ||
    PLATFORMS.has(squash(firm)) ||
    GENERIC_SENDER.test(firm)
  )
    return null;
  if (squash(local) === squash(firm)) return firm;
  // The mail signs with it: "Recruitment Team\nRosewood Community Health NHS Trust" (board4).
  if (lastLine(m.text) === firm.toLowerCase()) return firm;
  return namedAsFirm(`${m.subject}\n${m.text.slice(0, 4000)}`, firm) ? firm : null;
}
