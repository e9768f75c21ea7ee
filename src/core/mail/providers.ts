// Mail providers people write from, one list for the whole core: the candidate is the participant on one of
// these (roles.ts), and a provider's domain never names an employer (drafts/company.ts).

// Mail-only providers: any domain whose root label is one of these ("yahoo.co.uk", "hotmail.fr", "gmx.at").
const PROVIDER_ROOTS: readonly string[] = [
  ...['gmail', 'googlemail', 'outlook', 'hotmail', 'live', 'msn', 'yahoo', 'ymail', 'icloud', 'me', 'mac'],
  ...['aol', 'proton', 'protonmail', 'pm', 'zoho', 'fastmail', 'hey', 'tutanota', 'tuta', 'mail', 'yandex'],
  ...['gmx', 'web', 'posteo', 'mailbox', 'rediffmail', 'hanmail'],
];
const PROVIDERS: ReadonlySet<string> = new Set(PROVIDER_ROOTS);

// Telephone and cable companies' mailboxes, by their whole domain: the same firms hire from other domains
// (orange.fr is a subscriber's mailbox, orange.com an Orange recruiter's).
const ISP_DOMAINS: ReadonlySet<string> = new Set([
  ...['t-online.de', 'freenet.de', 'arcor.de', 'aon.at', 'a1.net', 'chello.at', 'bluewin.ch'],
  ...['sunrise.ch', 'hispeed.ch', 'orange.fr', 'wanadoo.fr', 'free.fr', 'sfr.fr', 'neuf.fr'],
  ...['bbox.fr', 'laposte.net', 'skynet.be', 'telenet.be', 'libero.it', 'virgilio.it'],
  ...['tiscali.it', 'alice.it', 'terra.es', 'movistar.es', 'telefonica.net', 'ziggo.nl'],
  ...['kpnmail.nl', 'telia.com', 'online.no', 'seznam.cz', 'wp.pl', 'onet.pl', 'o2.pl'],
  ...['interia.pl', 'rambler.ru', 'btinternet.com', 'sky.com', 'virginmedia.com', 'talktalk.net'],
  ...['eircom.net', 'comcast.net', 'verizon.net', 'att.net', 'sbcglobal.net', 'cox.net'],
  ...['charter.net', 'earthlink.net', 'bellsouth.net', 'rogers.com', 'shaw.ca', 'sympatico.ca'],
  ...['videotron.ca', 'telus.net', 'bell.net', 'bigpond.com', 'bigpond.net.au', 'optusnet.com.au'],
  ...['iinet.net.au', 'xtra.co.nz', 'uol.com.br', 'bol.com.br', 'prodigy.net.mx', 'naver.com'],
  ...['daum.net', 'qq.com', '163.com', '126.com'],
]);

// Second-level labels of country domains: yahoo.co.uk, bigpond.net.au, hotmail.com.ar, contoso.ac.uk.
const SECOND_LEVEL = /^(?:co|com|org|net|ac|edu|gov|gob|gouv|govt|mil|sch|ltd|plc|or|ne|go)$/iu;

/**
 * The label before a domain's public suffix: "gmail" for gmail.com, "yahoo" for yahoo.co.uk, "contoso" for
 * mail.contoso.co.uk; '' for none. The company's reading of a sender's domain stands on it too.
 */
export function rootLabel(domain: string): string {
  const labels = domain
    .toLowerCase()
    .split('.')
    .filter((l) => l !== '');
  if (labels.length < 2) return '';
  const second = labels.length >= 3 && SECOND_LEVEL.test(labels[labels.length - 2] ?? '');
  return labels[labels.length - (second ? 3 : 2)] ?? '';
}

/** Whether a domain is a mail provider's ("gmail.com", "yahoo.co.uk", "videotron.ca"), subdomains included. */
export function isProviderDomain(domain: string): boolean {
  const d = domain.toLowerCase();
  if (PROVIDERS.has(rootLabel(d))) return true;
  const labels = d.split('.');
  return labels.some((_, i) => ISP_DOMAINS.has(labels.slice(i).join('.')));
}
