/**
 * Who is who (ADVICE.md "Inputs"): the candidate is `me` where given, else the participant whose
 * domain differs from the majority of the others; everyone else is the employer side.
 */
import type { Address } from '../types';
import { isProviderDomain } from './providers';

export interface Participants {
  readonly from: Address | null;
  readonly to: readonly Address[];
  readonly cc: readonly Address[];
  /** The message's own text, where known: its wording tells the applicant from the employer on a tie. */
  readonly text?: string;
}

/** Wording only an applicant writes; each with a line it matches. */
const CANDIDATE_VOICE: readonly RegExp[] = [
  // "Thank you for taking the time to meet with me", "thank you for speaking with me today"
  /\bthank(?:s| you) for (?:taking the time to |the time to )?(?:meet|meeting|speak|speaking|talk|talking|chat|chatting|interview|interviewing) (?:with )?me\b/i,
  // "Thank you for the conversation today", "thanks for the interview this morning"
  /\bthank(?:s| you) for (?:the|our) (?:conversation|chat|interview|meeting|call|discussion) (?:today|yesterday|this (?:morning|afternoon|evening)|earlier)\b/i,
  // "thank you for the opportunity to interview", "thanks for the chance to meet the team"
  /\b(?:opportunity|chance) to (?:interview|meet (?:with )?(?:you|the team))\b/i,
  // "my interview on Tuesday", "the status of my application", "my candidacy"
  /\bmy (?:interview|application|candidacy|résumé|resume|cv|phone screen)\b/i,
  // "I interviewed for", "I applied for"
  /\bI (?:interviewed|applied|recently applied)\b/i,
  // "I remain very interested in the role", "I am still very enthusiastic"
  /\bI (?:remain|am still|continue to be|'m still) (?:very |really |highly )?(?:interested|enthusiastic|excited|keen)\b/i,
  // "Monday, December 7 at 3 PM works well for me"
  /\bworks? (?:well |perfectly |great )?for me\b/i,
  // The same in German, French and Spanish: "meine Bewerbung", "ma candidature", "mi candidatura", "mi
  // postulación"; "ich bin weiterhin sehr interessiert", "je reste très intéressée", "sigo muy interesada".
  /\b(?:meine[rn]?|ma|mi) (?:Bewerbung|candidature|candidatura|postulaci[oó]n)\b/iu,
  /\b(?:ich bin (?:nach wie vor |weiterhin |immer noch )?(?:sehr )?(?:an der Stelle )?interessiert|je reste (?:très |vivement )?intéressée?|sigo (?:muy )?interesad[oa])\b/iu,
  // "je vous confirme ma présence", "Merci pour l'entretien de ce matin", "gracias por la entrevista de hoy"
  /\bje vous confirme ma (?:présence|disponibilité|venue)\b|\b(?:merci|gracias) (?:encore |de nuevo )?(?:pour|por) (?:l['’]|la |notre |nuestra )?(?:entretien|entrevue|entrevista)\b/iu,
];

/** Wording only the employer side writes to an applicant; each with a line it matches. */
const EMPLOYER_VOICE: readonly RegExp[] = [
  // "Your interview is confirmed", "your application for", "your availability"
  /\byour (?:interview|application|candidacy|phone screen|panel|availability|résumé|resume|cv|profile|start date|offer|notice period|salary expectations|references)\b/i,
  // "We'd like to invite you to a final round", "I would love to have you meet the team"
  /\b(?:we|I)(?:'d| would) (?:like|love) to (?:invite|have you|schedule|move you|offer|set up)\b/i,
  // "Thanks for applying", "thank you for your application", "thank you for coming in"
  /\bthank(?:s| you) for (?:applying|your (?:application|interest|time)|coming in)\b/i,
  // "We'll be in touch", "we will get back to you", "other candidates"
  /\b(?:(?:we|I)(?:'ll| will) be in touch|get back to you|other candidates|all candidates|the hiring (?:manager|team))\b/i,
  // "This confirms your interview", "is confirmed for Tuesday", "you will meet with"
  /\b(?:this confirms|(?:is|has been) confirmed for|you(?:'re| are) confirmed|you(?:'ll| will) (?:meet|be meeting|speak) with)\b/i,
  // "We are pleased to offer you", "we regret to inform you"
  /\b(?:pleased to offer|regret to inform|decided to (?:move forward|proceed) with)\b/i,
  // The same in German, French and Spanish: "Ihre Bewerbung", "deine Bewerbung", "votre candidature", "tu
  // candidatura", "su postulación"; "wir möchten Sie gerne kennenlernen", "nous aimerions vous rencontrer",
  // "te confirmamos la entrevista", "le invitamos a una entrevista".
  /\b(?:Ihre[rn]?|deine[rn]?|votre|ta|tu|su) (?:Bewerbung|candidature|candidatura|postulaci[oó]n)\b/iu,
  /\bwir (?:möchten|würden) (?:Sie|dich) (?:gerne? )?(?:kennenlernen|einladen)\b|\bnous (?:aimerions|souhaitons|souhaiterions) vous (?:rencontrer|inviter|convier)\b|\b(?:te|le|les) (?:confirmamos|invitamos|convocamos)\b/iu,
];

function voiceScore(text: string): number {
  const head = text.slice(0, 4000);
  const count = (res: readonly RegExp[]): number => res.filter((re) => re.test(head)).length;
  return count(CANDIDATE_VOICE) - count(EMPLOYER_VOICE);
}

/**
 * The participant whose messages read as an applicant's and to whom the employer's read as written, or null
 * where no one stands out. Each message scores its sender; the opposite score goes to its recipients.
 */
function byWording(messages: readonly Participants[], among: ReadonlySet<string>): string | null {
  const score = new Map<string, number>();
  for (const m of messages) {
    if (m.text === undefined || m.text === '') continue;
    const v = voiceScore(m.text);
    if (v === 0) continue;
    const from = m.from?.address;
    if (from !== undefined && among.has(from)) score.set(from, (score.get(from) ?? 0) + v);
    for (const r of m.to) if (among.has(r.address)) score.set(r.address, (score.get(r.address) ?? 0) - v);
  }
  const ranked = [...score.entries()].filter(([, v]) => v > 0).sort((a, b) => b[1] - a[1]);
  const best = ranked[0];
  // A tie between two applicants' voices tells nothing.
  if (best === undefined || (ranked[1] !== undefined && ranked[1][1] === best[1])) return null;
  return best[0];
}

function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at === -1 ? '' : address.slice(at + 1);
}

/**
 * The candidate's address: `me` lower-cased where given, else inferred from the participants' domains;
 * null where nobody can be told apart (one domain only, or a tie with no personal mailbox in it).
 * @example inferCandidate([{ from: { name: null, address: 'me@gmail.com' }, to: [{ name: null, address: 'hr@contoso.com' }], cc: [] }])
 *   // 'me@gmail.com'
 */
export function inferCandidate(messages: readonly Participants[], me?: string): string | null {
  if (me && me.trim() !== '') return me.trim().toLowerCase();
  // How often each address appears, and as a sender: the candidate writes and is written to.
  const seen = new Map<string, number>();
  for (const m of messages) {
    for (const a of [m.from, ...m.to, ...m.cc]) {
      if (a && a.address.includes('@'))
        seen.set(a.address, (seen.get(a.address) ?? 0) + (a === m.from ? 2 : 1));
    }
  }
  const domains = new Map<string, number>();
  for (const address of seen.keys())
    domains.set(domainOf(address), (domains.get(domainOf(address)) ?? 0) + 1);
  // Everyone on one free-mail domain (a small business run from gmail.com): only the wording can tell.
  const only = [...domains.keys()][0];
  if (domains.size === 1 && only !== undefined && isProviderDomain(only))
    return byWording(messages, new Set(seen.keys()));
  if (domains.size < 2) return null;
  const ranked = [...domains.entries()].sort((a, b) => b[1] - a[1]);
  const top = ranked[0];
  const second = ranked[1];
  let outsiders: string[];
  if (top && second && top[1] > second[1]) {
    outsiders = [...seen.keys()].filter((a) => domainOf(a) !== top[0]);
  } else {
    // A tie: the mailbox at a mail provider (providers.ts) is the candidate's; failing that (two company domains, or two free-mail
    // ones), the one who writes as an applicant and is written to as one ("your interview is confirmed").
    outsiders = [...seen.keys()].filter((a) => isProviderDomain(domainOf(a)));
    const personalDomains = new Set(outsiders.map(domainOf));
    if (personalDomains.size !== 1)
      return byWording(messages, new Set(personalDomains.size > 1 ? outsiders : seen.keys()));
  }
  // Several outsiders (a scheduling tool, an agency): a personal mailbox first, then the one most involved.
  const personal = outsiders.filter((a) => isProviderDomain(domainOf(a)));
  if (personal.length > 0) outsiders = personal;
  const voiced = outsiders.length > 1 ? byWording(messages, new Set(outsiders)) : null;
  if (voiced !== null) return voiced;
  const best = outsiders.sort((a, b) => (seen.get(b) ?? 0) - (seen.get(a) ?? 0))[0];
  return best ?? null;
}
