// The send check's phrase tables (STYLE.md practice 19): one row a phrase, each with a line it must match, so
// the table test reads every row; joined by the extract area's `anyOf`. Patterns stay linear (the ReDoS gate).
import type { PhraseRow } from '../extract/phrases/rows';

/** A follow-up asks about status or next steps (issue 16); a thank-you that looks forward to them does not. */
export const STATUS_ASKS: readonly PhraseRow[] = [
  { pattern: '(?:any|an) (?:update|news)(?! you can)', example: 'Is there any update on my application?' },
  {
    pattern: 'status of (?:my|the) (?:application|candidacy|interview)',
    example: 'Could you share the status of my application?',
  },
  {
    pattern: 'where (?:things|the process|my application|my candidacy|we) stands?',
    example: 'I would love to know where things stand.',
  },
  { pattern: '(?:reached|made) a decision', example: 'Have you reached a decision yet?' },
  {
    pattern: '(?:has|have) (?:a|the|your) decision been (?:made|reached)',
    example: 'Has a decision been made on the position?',
  },
  {
    pattern: 'a decision (?:has|had) been (?:made|reached)',
    example: 'I wondered whether a decision has been made.',
  },
  {
    pattern: 'follow(?:ing)?[ -]up on (?:my|the|our)',
    example: 'I am following up on my interview last Tuesday.',
  },
  {
    pattern: '(?:wanted|want|writing) to (?:check in|follow up|touch base)',
    example: 'I wanted to check in about the Analyst role.',
  },
  { pattern: 'check(?:ing)? in (?:on|about|regarding)', example: 'Checking in on the Designer position.' },
  {
    pattern: "(?:haven't|have not|not yet) heard back",
    example: "I haven't heard back since our interview.",
  },
  { pattern: 'next steps\\s*\\?', example: 'What are the next steps?' },
  {
    pattern: 'timeline for (?:a|the|your) (?:decision|next round|hiring decision)',
    example: 'Is there a timeline for a decision?',
  },
  { pattern: '(?:still )?(?:under|in) consideration\\s*\\?', example: 'Am I still under consideration?' },
  {
    pattern: 'still considering (?:me|my application)',
    example: 'Are you still considering my application?',
  },
  { pattern: 'any (?:progress|movement) on', example: 'Has there been any progress on the role?' },
  {
    pattern:
      'how (?:the|your) (?:search|process|hiring process|recruitment|selection|decision) (?:is|was) (?:going|progressing|coming along)',
    example: 'Could you let me know how the search is going?',
  },
  {
    pattern:
      'when (?:you|the team|your team|you all) (?:expect|plan|hope|intend|are likely) to (?:make a decision|decide|reach a decision|be in touch|have (?:news|an update))',
    example: 'Do you know when you expect to make a decision?',
  },
  {
    pattern:
      'when (?:I|we) (?:might|may|can|could|should|will) (?:hear back|hear from you|expect to hear|expect an answer)',
    example: 'Could you tell me when I might hear back?',
  },
];

/**
 * The same asks in German, French and Spanish (the employers issue 13 reads): a candidate often writes in the
 * employer's language.
 */
export const STATUS_ASKS_OTHER: readonly PhraseRow[] = [
  {
    pattern: '(?:schon |bereits )?(?:Neuigkeiten|Neues) (?:zu|bezüglich|zum|zur)',
    example: 'Gibt es schon Neuigkeiten zu meiner Bewerbung?',
  },
  {
    pattern: '(?:Stand|Status) (?:meiner|der) Bewerbung',
    example: 'Darf ich nach dem Stand meiner Bewerbung fragen?',
  },
  {
    pattern: '(?:des )?nouvelles (?:de|concernant|au sujet de) (?:ma|votre|la) (?:candidature|décision)',
    example: 'Auriez-vous des nouvelles de ma candidature ?',
  },
  {
    pattern: 'où en est (?:ma candidature|le processus|votre décision)',
    example: 'Pourriez-vous me dire où en est ma candidature ?',
  },
  { pattern: '(?:alguna|alguna otra) novedad', example: '¿Hay alguna novedad sobre el proceso?' },
  {
    pattern: 'estado de mi (?:candidatura|solicitud|postulación)',
    example: 'Quisiera saber el estado de mi candidatura.',
  },
];

/** A call proposed by the candidate ("I'll give you a call", "could we talk by phone"). */
export const CALL_PROPOSALS: readonly PhraseRow[] = [
  {
    pattern:
      "(?:I'll|I will|I'd like to|I would like to|let me|I can|may I|can I|could I|I could|I might) (?:give you a |)(?:call|ring|phone)(?: you)?",
    example: "I'll give you a call tomorrow morning.",
  },
  {
    pattern: 'give you a (?:quick |short |brief )?(?:call|ring|buzz)',
    example: 'Would it be possible to give you a ring on Thursday?',
  },
  {
    pattern: 'call you (?:tomorrow|today|on|next|this|later|at|in)',
    example: 'Happy to call you tomorrow to discuss.',
  },
  {
    pattern: '(?:talk|speak|chat|connect) (?:by|over the|on the) (?:phone|telephone)',
    example: 'Could we talk by phone this week?',
  },
  {
    pattern: '(?:a|quick|short|brief) (?:phone|telephone) (?:call|conversation|chat)',
    example: 'Would a quick phone call work for you?',
  },
  {
    pattern: '(?:hop|jump|get) on a (?:quick |short |brief )?call',
    example: 'Could we hop on a call on Friday?',
  },
  { pattern: '(?:give me a|feel free to) (?:call|ring)', example: 'Feel free to call me at 555 0100.' },
  {
    pattern: '(?:schedule|set up|arrange) a (?:quick |short |brief )?call',
    example: 'Can we schedule a call to discuss next steps?',
  },
];

/** Mail about a job application (the outgoing text or the thread's subject names it). */
export const JOB_CUES: readonly PhraseRow[] = [
  { pattern: 'interview(?:s|ed|ing|er|ers)?', example: 'Thank you for the interview today.' },
  { pattern: '(?:my|the|your) application', example: 'I am writing about my application.' },
  { pattern: 'applied (?:for|to)', example: 'I applied for the Data Analyst opening.' },
  {
    pattern: '(?:the|this|that) (?:role|position|opening|vacancy|job)',
    example: 'I remain very interested in the role.',
  },
  { pattern: '(?:my )?candidacy', example: 'I wanted to ask about my candidacy.' },
  { pattern: 'hiring (?:process|manager|team|decision)', example: 'Please thank the hiring team for me.' },
  { pattern: '(?:job )?offer letter', example: 'Thank you for the offer letter.' },
];

/** Greeting words before a name ("Hi Emma,", "Dear Dr. Obi,"). */
export const GREETING_WORDS = String.raw`(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings)`;

/** Addressees that name nobody: these never mismatch a recipient. */
export const GENERIC_ADDRESSEES =
  /^(?:all|everyone|everybody|team|there|folks|hiring (?:manager|team)|recruit(?:er|ing team)|sir|madam|sir or madam|sir\/madam|to whom it may concern|colleagues|friends|both|you|you both|you all|again)$/iu;

/** Titles before a surname: "Dear Dr. Obi" greets Obi. */
export const TITLES = /^(?:dr|prof|professor|mr|mrs|ms|miss|mx|sir|dame)\.?$/iu;

/** Words a template leaves in brackets: "[Company]", "[Interviewer's Name]", "[Your Name]". */
export const PLACEHOLDER_WORDS: readonly PhraseRow[] = [
  {
    pattern:
      "(?:your |their |the |interviewer'?s? |hiring manager'?s? |recruiter'?s? |first |last |contact )?name",
    example: "Dear [Interviewer's Name],",
  },
  {
    pattern: '(?:the |company )?(?:company|employer|organi[sz]ation)(?: name)?',
    example: 'I would love to join [Company Name].',
  },
  { pattern: '(?:job |the )?(?:role|position|job title|title|job)', example: 'the [Position] role' },
  { pattern: '(?:interview |the )?(?:date|day|time)', example: 'our interview on [date]' },
  {
    pattern: '(?:interviewer|hiring manager|recruiter|manager|team|department)',
    example: 'Please thank [interviewer] for me.',
  },
  {
    pattern: '(?:specific )?(?:project|topic|skill|detail|aspect)[^\\]\\n]{0,40}',
    example: 'contribute to [specific project or aspect discussed]',
  },
  { pattern: '(?:insert|add|fill in)[^\\]\\n]{0,40}', example: 'I enjoyed [insert topic] most.' },
  { pattern: 'x{2,}|t\\.?b\\.?d\\.?|\\.{3}|…', example: 'Best regards, [XXX]' },
];
