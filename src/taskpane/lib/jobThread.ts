// Whether the open mail is about a job at all (issue 12): a newsletter or a receipt gets "This doesn't look
// like a job interview thread" and one way to say it is, instead of a request for an interview date.
import type { Analysis } from '../../core/types';

/**
 * Words of hiring mail in the four languages the product reads (EN, DE, FR, ES). Broad on purpose: erring
 * towards "it is a job thread" only shows the usual pane, where erring the other way would hide the advice.
 */
const JOB_WORDS =
  /\b(?:interview\w*|job|jobs|position|role|vacanc\w+|opening|applica\w+|applied|apply|candida\w+|recruit\w*|hiring|hire|talent|r[eé]sum[eé]|cv|career\w*|onsite|on-site|phone\s+screen|offer\s+letter|hiring\s+manager|vorstellungsgespr\w+|bewerbung\w*|bewerber\w*|stelle|gespr[aä]ch\w*|entretien\w*|poste|recrutement|embauche|entrevista\w*|puesto|vacante\w*|proceso\s+de\s+selecci[oó]n|selecci[oó]n)\b/i;

/** True where the thread shows any sign of a job application: a finding, or hiring words in it. */
export function looksLikeJobThread(analysis: Analysis): boolean {
  if (analysis.recommendation.action !== 'set-interview-date') return true;
  if (analysis.interview || analysis.timeline || analysis.outcome || analysis.noContactBefore) return true;
  if (analysis.noCalls) return true;
  return analysis.messages.some((m) => JOB_WORDS.test(m.subject) || JOB_WORDS.test(m.text));
}
