/**
 * Who is who (ADVICE.md "Inputs"): the candidate is `me` where given, else the participant whose
 * domain differs from the majority of the others; everyone else is the employer side.
 */
import type { Address } from '../types';

/** Mail providers people apply from: on a tie, the participant on one of these is the candidate. */
// Someone writing from gmail.com to two people at contoso.com is the candidate; so is a lone gmail.com
// sender facing a lone contoso.com recruiter.
const PERSONAL_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'hotmail.co.uk',
  'hotmail.fr',
  'live.com',
  'msn.com',
  'yahoo.com',
  'yahoo.co.uk',
  'yahoo.fr',
  'ymail.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'gmx.de',
  'gmx.net',
  'web.de',
  't-online.de',
  'orange.fr',
  'free.fr',
  'laposte.net',
  'libero.it',
  'mail.ru',
  'yandex.ru',
  'wp.pl',
  'onet.pl',
  'o2.pl',
  'interia.pl',
  'seznam.cz',
  'fastmail.com',
  'hey.com',
  'zoho.com',
  'posteo.de',
  'mailbox.org',
  'tutanota.com',
  'tuta.io',
  'gmx.at',
  'gmx.ch',
  'bluewin.ch',
  'wanadoo.fr',
  'sfr.fr',
  'hotmail.es',
  'hotmail.it',
  'outlook.fr',
  'outlook.de',
  'live.nl',
  'ziggo.nl',
  'telia.com',
  'online.no',
  'yandex.com',
]);

export interface Participants {
  readonly from: Address | null;
  readonly to: readonly Address[];
  readonly cc: readonly Address[];
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
  if (domains.size < 2) return null;
  const ranked = [...domains.entries()].sort((a, b) => b[1] - a[1]);
  const top = ranked[0];
  const second = ranked[1];
  let outsiders: string[];
  if (top && second && top[1] > second[1]) {
    outsiders = [...seen.keys()].filter((a) => domainOf(a) !== top[0]);
  } else {
    // A tie: the personal mailbox is the candidate's.
    outsiders = [...seen.keys()].filter((a) => PERSONAL_DOMAINS.has(domainOf(a)));
    const personalDomains = new Set(outsiders.map(domainOf));
    if (personalDomains.size !== 1) return null;
  }
  // Several outsiders (a scheduling tool, an agency): a personal mailbox first, then the one most involved.
  const personal = outsiders.filter((a) => PERSONAL_DOMAINS.has(domainOf(a)));
  if (personal.length > 0) outsiders = personal;
  const best = outsiders.sort((a, b) => (seen.get(b) ?? 0) - (seen.get(a) ?? 0))[0];
  return best ?? null;
}
