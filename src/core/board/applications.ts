// Which conversations are job applications (CLI.md `board`): those with an interview, an employer timeline or
// an outcome, or hiring wording between the candidate and an employer. Job-alert digests, newsletters, receipts,
// cold outreach with no application and "interview" in another sense (a podcast, a press piece, user research)
// are left out. Phrase tables, one pattern a row, each with what it matches.
import type { Analysis } from '../types';
import type { MailSummary } from './summary';
import { HIRING, HIRING_ANY, LIST_FOOTER, OWN_APPLICATION } from '../extract/phrases/hiring';

export type Exclusion =
  'job-alert' | 'newsletter' | 'receipt' | 'cold-outreach' | 'other-interview' | 'not-hiring';

export type Verdict = { readonly keep: true } | { readonly keep: false; readonly why: Exclusion };

/** Digests of openings: "5 new jobs for you", "Job alert: Data Analyst", "jobs matching your search". */
const JOB_ALERT =
  /\b(?:job alerts?|new jobs?(?: (?:for you|matching|in|near))?|jobs? (?:for you|matching|you may be interested in|recommended)|recommended (?:jobs|for you)|(?:\d+|new) (?:jobs|positions|openings|roles) (?:match|for|near|in)|apply now|easy apply|based on your (?:profile|search))\b/i;

/** Receipts and account mail: orders, invoices, payments, subscriptions, deliveries. */
const RECEIPT =
  /\b(?:receipt|invoice|order (?:#|no\.?|number|confirmation|confirmed)|your order|payment (?:received|confirmation)|subscription|renewal|shipped|delivery|tracking number|booking (?:confirmation|reference)|amount (?:paid|due))\b/i;

/** "Interview" that is not a hiring interview: press, podcasts, research studies, user interviews. */
const OTHER_INTERVIEW =
  /\b(?:podcast|episode|journalist|reporter|article|magazine|newspaper|press|our readers|blog post|feature (?:story|piece)|research (?:study|participants?|session)|user (?:interview|research|study)|customer interview|usability|study participants?|gift card|survey|exit interview|interview(?:ed)? (?:you )?for (?:our|the|a) (?:podcast|show|story|article|magazine|newsletter|blog|series))\b/i;

/**
 * Practice for interviews, with a careers service or a coach: "Your mock interview with a careers consultant is
 * booked", "Probe-Vorstellungsgespräch", "simulation d'entretien", "simulacro de entrevista" (board4). Such mail
 * speaks of roles applied for, so only what it found decides: with no slot, promise or outcome it is no application.
 */
const PRACTICE =
  /(?<![\p{L}\p{N}])(?:(?:mock|practi[cs]e) interviews?|interview (?:practi[cs]e|coaching|prep(?:aration)? session)|careers? (?:service|adviser|advisor|consultant|coach)|probe-?(?:vorstellungs)?(?:gespräch|interview)\p{L}*|bewerbungstraining|simulations? d['’]entretiens?|entretiens? blancs?|simulacros? de entrevistas?|entrevistas? simuladas?)(?![\p{L}\p{N}])/iu;

/** An unsolicited approach: "came across your profile", "would you be open to", "exciting opportunity". */
const COLD =
  /\b(?:came across your (?:profile|background|cv|resume)|(?:are|would) you be (?:open|interested)|open to (?:new|a) (?:opportunit\w+|role|conversation|chat)|exciting (?:new )?opportunit\w+|I(?:'m| am) reaching out|quick (?:call|chat) to discuss|your (?:impressive )?(?:background|profile) (?:caught|stood)|on behalf of (?:a|my|our) client)\b/i;

/** A digest of openings, or mail sent to a list: it names companies and roles without being about one. */
export function isDigest(messages: readonly MailSummary[]): boolean {
  return messages.every((m) => m.bulk) || messages.every((m) => JOB_ALERT.test(`${m.subject}\n${m.text}`));
}

const textOf = (messages: readonly MailSummary[]): string =>
  messages.map((m) => `${m.subject}\n${m.text}`).join('\n');

/**
 * Cheap first look, before any analysis: an employer's mail to or from the owner that speaks of hiring at all,
 * and is not plainly a digest, a newsletter, a receipt or another kind of interview. Most of a mailbox is
 * left out here, so only what may be an application is analysed.
 */
export function mayBeApplication(messages: readonly MailSummary[], me: string | null): boolean {
  const involvesMe = messages.some(
    (m) => m.from?.address === me || [...m.to, ...m.cc].some((a) => a.address === me),
  );
  if (me !== null && !involvesMe) return false;
  // A note the candidate sent to themself ("Job search tracker") has no employer in it (board3).
  const someoneElse = messages.some((m) =>
    [m.from, ...m.to, ...m.cc].some((a) => a !== null && a.address !== '' && a.address !== me),
  );
  if (me !== null && !someoneElse) return false;
  const text = textOf(messages);
  if (!HIRING_ANY.test(text)) return false;
  const candidateWrote = me !== null && messages.some((m) => m.from?.address === me);
  return (
    plainExclusion(
      text,
      candidateWrote,
      messages.every((m) => m.bulk),
    ) === null
  );
}

/** What a conversation is, where its words and headers alone say it is no application. */
function plainExclusion(text: string, candidateWrote: boolean, allBulk: boolean): Exclusion | null {
  const hiring = HIRING.some((re) => re.test(text));
  // Mail to a list is a digest or a newsletter, whatever dates it names, unless the candidate answered it; a
  // list's footer says so where the headers do not, unless the mail speaks of the candidate's own application.
  const listMail = allBulk || (LIST_FOOTER.test(text) && !OWN_APPLICATION.test(text));
  if (listMail && !candidateWrote) return JOB_ALERT.test(text) ? 'job-alert' : 'newsletter';
  if (!candidateWrote && JOB_ALERT.test(text) && !hiring) return 'job-alert';
  if (OTHER_INTERVIEW.test(text) && !hiring) return 'other-interview';
  if (RECEIPT.test(text) && !hiring) return 'receipt';
  return null;
}

/**
 * Whether an analysed conversation is a job application, and if not, what it is.
 * @example verdict(analysis, summaries) // { keep: false, why: 'job-alert' }
 */
export function verdict(analysis: Analysis, messages: readonly MailSummary[]): Verdict {
  const text = textOf(messages);
  const candidateWrote = analysis.messages.some((m) => m.role === 'candidate');
  // An automatic reply counts where it acknowledges the candidate's own application ("we have received your
  // application"): the applicant tracking system's receipt is the application's first message.
  const employerWrote = analysis.messages.some(
    (m) => m.role === 'employer' && (!m.automatic || OWN_APPLICATION.test(`${m.subject}\n${m.text}`)),
  );
  const plain = plainExclusion(
    text,
    candidateWrote,
    messages.every((m) => m.bulk),
  );
  if (plain !== null) return { keep: false, why: plain };
  const f = analysis.findings;
  const found = f.interviews.length > 0 || f.timelines.length > 0 || f.outcomes.length > 0;
  // An approach the candidate never answered, with nothing scheduled: no application yet.
  if (!candidateWrote && COLD.test(text) && f.interviews.length === 0 && f.outcomes.length === 0)
    return { keep: false, why: 'cold-outreach' };
  if (!found && PRACTICE.test(text)) return { keep: false, why: 'other-interview' };
  if (found && HIRING_ANY.test(text)) return { keep: true };
  if (HIRING.some((re) => re.test(text)) && employerWrote) return { keep: true };
  return { keep: false, why: 'not-hiring' };
}

/**
 * Whether a thread the user opened the coach on belongs on the board: an interview, a timeline or an outcome was
 * found, or the employer's mail uses hiring wording. A newsletter opened by mistake does not.
 */
export function worthRecording(analysis: Analysis): boolean {
  const f = analysis.findings;
  if (f.interviews.length > 0 || f.timelines.length > 0 || f.outcomes.length > 0) return true;
  const text = analysis.messages.map((m) => `${m.subject}\n${m.text}`).join('\n');
  return HIRING.some((re) => re.test(text)) && !OTHER_INTERVIEW.test(text);
}
