// Whether mail speaks of hiring at all, and whether it is mail to a list: shared by the mailbox board (which
// conversations are applications) and the advice (a newsletter's question or a delivery note's "don't call the
// shop" is no employer's word on the candidate's application). Phrase tables, one pattern a row.

/** Any hiring word at all: conversations without one are never analysed (the mailbox's bulk). */
export const HIRING_ANY =
  /(?<![\p{L}\p{N}])(?:interview\p{L}*|appl(?:y|ied|ication|icant)s?|positions?|roles?|jobs?|candida\p{L}*|recruit\p{L}*|hiring|hire|offers?|vacanc\p{L}*|openings?|r[ée]sum[ée]s?|cv|career\p{L}*|talent|bewerb\p{L}*|vorstellungsgespr\p{L}*|gespräch\p{L}*|stelle\p{L}*|kennenlernen|entretien\p{L}*|entrevue\p{L}*|postes?|recrut\p{L}*|embauche|emploi|entrevista\p{L}*|puestos?|vacantes?|empleo|oferta|plaza|selecci\p{L}*)(?![\p{L}\p{N}])/iu;

/** The wording of a job application, beyond the bare word "interview". */
export const HIRING = [
  // "your application for the Data Analyst position", "thank you for applying", "you applied"
  /\b(?:your|the|my) (?:job )?application\b|\bthank(?:s| you) for (?:applying|your (?:application|interest in (?:the|our|joining)))|\byou applied\b|\bI applied\b|\bapplied (?:for|to)\b/i,
  // "the Senior Designer role", "this position", "the opening", "the vacancy"
  /\b(?:the|this|that|our|a|an) (?:[\w-]+ ){0,4}(?:role|position|opening|vacancy|job)\b/i,
  // "hiring manager", "recruiter", "talent acquisition", "people team"
  /\b(?:hiring (?:manager|team|process|committee)|recruit(?:er|ing (?:team|coordinator|manager))|talent (?:acquisition|partner|team)|people team)\b/i,
  // "next round", "second interview", "final round", "on-site", "phone screen", "technical assessment"
  /\b(?:(?:first|second|third|final|next) (?:round|interview|stage)|phone screen|on-?site|technical (?:interview|assessment|test)|case study|take-home)\b/i,
  // "offer of employment", "job offer", "your candidacy", "move forward with other candidates"
  /\b(?:offer (?:of employment|letter)|job offer|(?:your|the) candidacy|other candidates|shortlist(?:ed)?)\b/i,
  // German, French, Spanish
  /\b(?:Ihre Bewerbung|Vorstellungsgespräch|votre candidature|entretien d'embauche|le poste|su candidatura|el puesto|entrevista de trabajo)\b/i,
];

/**
 * A list's footer in the text itself, where the headers say nothing (a forwarded or exported newsletter):
 * "You are receiving this email because you subscribed", "Unsubscribe", "manage your preferences".
 */
// (and "You're receiving this because you joined the Quarryline Health Talent Community", r86)
export const LIST_FOOTER =
  /\b(?:unsubscribe|you(?:'re| are) receiving this (?:e-?mail|message|newsletter)|you(?:'re| are) receiving this because you(?:'ve| have)? (?:joined|subscribed|signed up|opted in|registered|are (?:a member|a subscriber|part) of)|manage (?:your )?(?:e-?mail |subscription )?preferences|view (?:this|it) in your browser)\b/i;

/** Wording about the candidate's own application, which no newsletter or digest carries (HIRING's first row). */
export const OWN_APPLICATION = HIRING[0]!;

/**
 * Whether a thread's mail speaks of hiring at all (any message, its subject included), in the four languages.
 * @example speaksOfHiring(['December payroll dates\nSalaries will be paid on Friday 18 December']) === false
 */
export function speaksOfHiring(texts: readonly string[]): boolean {
  return texts.some((t) => HIRING_ANY.test(t));
}

/**
 * A thread's message that is a list's mail (its footer, in its text or cut off as its signature, says so): a
 * newsletter from the recruiter's own domain answers no follow-up, restarts no week and is greeted by no draft (r87).
 */
export function isListMessage(m: { readonly text: string; readonly signature: string | null }): boolean {
  return isListMail(m.signature === null ? m.text : `${m.text}\n${m.signature}`);
}

/** Mail to a list (its footer says so) that says nothing of the reader's own application. */
export function isListMail(text: string): boolean {
  return LIST_FOOTER.test(text) && !OWN_APPLICATION.test(text);
}

/**
 * A list's footer in German, French or Spanish ("Jobagent abbestellen", "se désinscrire", "darse de baja"), and the
 * wording of the reader's own application that no list mail carries ("Ihre Bewerbung", "votre candidature", "te
 * invitamos", "votre entretien" but not "réussir votre entretien"): a job alert's "So überzeugst du im Vorstellungsgespräch am Montag" is no slot (r62).
 * A thanks for the interview is the reader's ("Merci pour ton entretien !", round 323c), so is "you applied" ("Tu reçois
 * cet e-mail car tu as postulé via Welcome to the Jungle", round 322c; the English HIRING's "you applied"), and mail sent
 * through an applicant tracking system ("Envoyé avec Teamtailor", "über Personio versendet"; the English ATS_SENDER).
 */
export const FOREIGN_LIST_FOOTER =
  /(?<![\p{L}\p{N}])(?:\p{L}*abbestellen|se\s+désinscrire|se\s+désabonner|désinscription|désabonnement|darse\s+de\s+baja|dejar\s+de\s+recibir|cancelar\s+(?:la\s+|tu\s+|su\s+)?suscripción)(?![\p{L}\p{N}])/iu;
/** Applicant tracking systems, by the name their mail is sent with. */
const FOREIGN_ATS = String.raw`(?:Teamtailor|Personio|softgarden|Workday|(?:SAP\s+)?SuccessFactors|Taleo|Greenhouse|Lever|Recruitee|Workable|SmartRecruiters|rexx|d\.vinci|Talentsoft|Flatchr|Welcome\s+to\s+the\s+Jungle|InfoJobs|Bizneo|Jobvite|iCIMS|BambooHR|JOIN)`;
export const FOREIGN_OWN_APPLICATION = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:Ihre|deine|eure)\s+Bewerbung|(?:laden|lade)\s+(?:Sie|dich|euch)\s+(?:\p{L}+\s+){0,6}?(?:ein|einladen)|(?:votre|ta)\s+candidature|(?<!(?:réussir|préparer|(?<!merci\s{1,3})pour|sur)\s{1,3})(?:votre|ton)\s+(?:\p{L}+\s+)?(?:entretien|entrevue)|(?:Ihr|dein)\s+(?:\p{L}+\s+)?(?:Vorstellungsgespräch|Interview|Gespräch)|(?:tu|su)\s+(?:\p{L}+\s+)?entrevista|(?:vous|te)\s+(?:convier|convions|inviter|invitons|convoquer|convoquons)|(?:tu|su)\s+(?:candidatura|postulación)|(?:te|le|les)\s+(?:invitamos|citamos|convocamos)|(?:tu\s+as|vous\s+avez)\s+postulé|(?:Sie\s+haben\s+sich|du\s+hast\s+dich)\s+(?:\p{L}+\s+){0,4}?beworben|(?:has|ha)\s+postulado|(?:te\s+)?postulaste|(?:envoy[ée]e?|expédié)\s+(?:avec|via|par)\s+${FOREIGN_ATS}|über\s+${FOREIGN_ATS}\s+(?:versendet|gesendet|verschickt)|enviad[oa]\s+(?:con|por|desde|a\s+través\s+de|mediante)\s+${FOREIGN_ATS})(?![\p{L}\p{N}])`,
  'iu',
);
