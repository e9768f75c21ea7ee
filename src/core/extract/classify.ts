import {
  addDays,
  addMinutesIso,
  dateInZone,
  daysBetween,
  epochMs,
  timeInZone,
  weekdayOf,
  zonedDateTimeToIso,
} from '../time';
import type { Finding } from '../types';
import {
  CANDIDATE_DEADLINE_CUE,
  CONDITIONAL_PERMISSION,
  CONTACT_WORD,
  FACT_CUE,
  GENERIC_INTERVIEWS_CUE,
  ABSENT_UNTIL_ROWS,
  BACK_ON_ROWS,
  HOLD_OFF_CUE,
  HOLD_OFF_TOPIC,
  INTERVIEW_CUE,
  INVITE_SENT_ON,
  AVAILABILITY_ASK,
  INTERVIEW_TOPIC,
  CALENDAR_DIGEST,
  INTERVIEWER_NOTE,
  GUEST_EVENT,
  NAMED_CANDIDATE,
  NETWORKING_COFFEE,
  NOT_A_JOB_OFFER,
  OFFER_PATTERNS,
  JOB_DIGEST,
  OTHER_EVENT,
  PAST_CUE,
  RESPONSE_CUE,
  REVIEW_STEP,
  SLOT_NOUN,
  USUAL_LENGTH,
  WEEKDAY,
  WRITER_HAS_INTERVIEW,
} from './phrases/en';
import type { ReadContext, Sentence, TimeExpr } from './model';
import { alternation } from './phrases/rows';
import { INTERVIEW_OF_WINDOW } from './exprRefiners';

/** Default interview length (ADVICE.md "What is detected"). */
export const DEFAULT_INTERVIEW_MINUTES = 60;

// Clauses break at ";", dashes, and conjunctions that do not join two dates ("Wednesday and Thursday") nor lead an
// adverb ("Thank you so much for the call on Tuesday" is one clause, round 70), and
// before "post which" (Indian English "after which": "…within 48 hours, post which you can confirm", round 38b), and
// before a reason ("…before 9 April, as results will be issued on that date", round 100e).
// A bound that points back at the day named before it: "before then", "until that date", "prior to that day"
// ("The committee meets on December 15; please do not contact us before that date").
// So does "in the meantime" after a day of return: "back on deck Monday 1 Feb … no need to chase in the meantime"
// (round 100).
const BACK_POINTER_WORDS = String.raw`\b(?:before|until|till|prior\s+to)\s+(?:after\s+)?(?:then|that\s+(?:date|day|point)|this\s+date)\b`;
/** "before then", "until that date": a request's bound pointing back at a day named before it. */
const BACK_POINTER = new RegExp(BACK_POINTER_WORDS, 'i');
const POINTED_BOUND = new RegExp(
  String.raw`${BACK_POINTER_WORDS}|\b(?:before|until|till|prior\s+to)\s+(?:after\s+)?the\s+(?:panel|committee|board)\s+(?:has\s+)?(?:met|sat|convened)\b|\bin\s+the\s+mean\s?time\b|\bmeanwhile\b`,
  'i',
);

/** The words before a status-change timestamp: "was updated on", "Changed:", "received on" (issue 13, class 4). */
const STAMP_LEAD =
  /\b(?:updated|changed|modified|submitted|received|viewed|created|logged|recorded|processed|moved|shipped|dispatched|delivered|ordered|placed|paid|issued|generated|printed)(?:\s(?:on|at))?$/i;
/** The same after the new status in quotes: "moved to 'Hiring Manager Review' on" (round 50e). */
const STAMP_STATUS_LEAD =
  /\b(?:moved|changed|updated|set)\s+to\s+['"‘“][^'"’”\n]{1,40}['"’”](?:\s(?:on|at))?$/i;
const isStamp = (lead: string): boolean => {
  const tail = lead.trimEnd().replace(/:$/, '').trimEnd().replace(/\s+/g, ' ');
  return STAMP_LEAD.test(tail) || STAMP_STATUS_LEAD.test(tail);
};

// A line of an ATS form ("\nInterview Location: Plant 3, Conference Room B") and an HTML line break end a clause:
// the next field's words are not this one's (round 50b). A spaced dash does too, except between two dates: "on
// leave Wednesday 10 November - Tuesday 16 November" is one range, whose end keeps the absence's words (round 170).
const CLAUSE_BREAK =
  /;|\r?\n(?=[a-z][a-z/&'-]{0,20}(?: [a-z/&'-]{1,20}){0,2}:)|<br\s?\/?>|<\/p>|(?<!\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?|\d(?:st|nd|rd|th)?)\s[-–—]\s|\s[-–—]\s(?!(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s+\d))|,?\s+(?:and|but|so|while|although|whereas|however)\s+(?!(?:on\s+|by\s+|the\s+)?(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d)|(?:much|many|very|far)\b)|,\s+(?=(?:we|i|you|they|we'll|you'll|i'll|please|but|so|and|however|feel|if|post\s+which|as(?!\s+(?:soon|well|early|late|long|much|quickly|of|per|discussed|mentioned|agreed))|because|since)\b)/gi;

/** The clause of `sentence` that holds [from, to) (offsets within the sentence). */
export function clauseOf(sentence: string, from: number, to: number): string {
  let start = 0;
  let stop = sentence.length;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(sentence); m !== null; m = CLAUSE_BREAK.exec(sentence)) {
    if (m.index + m[0].length <= from) start = m.index + m[0].length;
    else if (m.index >= to) {
      stop = m.index;
      break;
    }
    if (m[0].length === 0) CLAUSE_BREAK.lastIndex += 1;
  }
  return sentence.slice(start, stop);
}

/** The clause with the expression itself blanked, so its own words ("closing date" in an anchor) don't count. */
function around(clause: string, sentence: Sentence, e: TimeExpr, clauseStart: number): string {
  const from = e.index - sentence.index - clauseStart;
  return clause.slice(0, Math.max(0, from)) + ' … ' + clause.slice(Math.max(0, from + e.text.length));
}

const LENGTH =
  /\b(?<n>\d{1,3}|an?|one|two|three|four|five|six|fifteen|twenty|thirty|forty|forty[\s-]five|sixty|ninety|half\s+an?)[\s-]*(?<unit>minutes?|mins?|hours?|hrs?|hour)\b(?!\s+(?:early|before|beforehand|prior|ahead|in\s+advance|later|after))/i;
const LENGTH_WORDS: Readonly<Record<string, number>> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  'forty five': 45,
  'forty-five': 45,
  sixty: 60,
  ninety: 90,
};
/**
 * The sentence after a slot that gives its length by pointing back at it: "It runs about three hours.",
 * "The interview will last 45 minutes." (no other event in between).
 */
const LENGTH_FOLLOW_UP =
  /^\s*(?:it|this|the\s+(?:interview|call|meeting|session|visit|onsite|on-site|conversation|chat|panel|screen|assessment)|each\s+(?:interview|session))\s+(?:will\s+|should\s+|is\s+expected\s+to\s+|usually\s+|typically\s+)?(?:run|runs|last|lasts|take|takes)\b[^.!?\n]{0,40}/i;
// The sender's own meeting with someone else is no slot of the candidate's; "you" as the subject or the one met
// is: "I'm meeting with the hiring manager tomorrow" and "I have a call with the hiring manager on Wednesday" are
// not slots, "You are meeting with Dana tomorrow at 2pm" and "Dana is meeting with you on Friday" are.
// (and a meeting of theirs: "sign-off from finance … after their meeting on the 9th", round 50e)
// (and the deciders' own step: "The board will ratify the panel's recommendations on Thursday", round 120c)
const UNRELATED_MEETING =
  /\b(?:their|his|her)\s+(?:own\s+)?(?:meeting|call)s?\b|\b(?:team|staff|board|committee|department|all[-\s]hands|weekly|monthly|quarterly|company|town\s*hall)\s+(?:meeting|call)|\bin\s+(?:a\s+)?meetings?\b|\bout\s+of\s+(?:the\s+)?office\b|\b(?!you\b)[a-z]+(?:'m|'re|'s|\s+(?:am|is|are|will\s+be))\s+(?:meeting|speaking|talking)\b(?!\s+(?:(?:with|to)\s+)?you\b)|\b(?:i|we)(?:\s+have|'ve|\s+will\s+have|'ll\s+have)(?:\s+got)?\s+an?\s+(?:quick\s+)?(?:call|meeting|chat|sync|catch-?up)\s+with\s+(?!you\b)|\b(?:panel|team|committee|hiring\s+manager|managers|board|reviewers|interviewers|assessors|panell?ists|directors|partners|leadership)\s+(?:(?:will|is|are|shall)\s+(?:be\s+)?(?:meet(?:ing)?|(?:re)?conven\w*|deliberat\w*|sit(?:ting)?|ratif\w*|approv\w*|sign(?:ing)?\s+off|review\w*|decid\w*|finali[sz]\w*|shortlist\w*)|meets|(?:re)?convenes|deliberates|sits|ratifies|approves|signs\s+off|reviews|decides|finali[sz]es|shortlists)\b|\bmeet(?:ing)?\s+(?:[\w,…]+\s+){0,4}?(?:internally|to\s+(?:discuss|review|decide|compare|go\s+(?:through|over)|assess|evaluate|consider|shortlist|finali[sz]e))|\bdebrief|\b(?:candidates|applicants|people|others)\s+(?:left\s+|still\s+)?to\s+(?:meet|see|interview|speak\s+(?:to|with))\b|\b(?!you\b)[a-z]+\s+(?:has|have)\s+(?:got\s+)?(?:back-to-back\s+|several\s+|more\s+|other\s+)?(?:interviews|meetings)\b(?!\s+with\s+you\b)|\b(?:call|calls|calling|speak|speaking|talk|talking)\s+(?:to|with)\s+(?:your\s+)?(?:references|referees)\b|\breference\s+checks?\b/i;

function interviewMinutes(sentence: string, e: TimeExpr, after = ''): number {
  if (e.minutes !== null) return e.minutes;
  const m = LENGTH.exec(sentence) ?? LENGTH.exec(LENGTH_FOLLOW_UP.exec(after)?.[0] ?? '');
  if (m === null) return DEFAULT_INTERVIEW_MINUTES;
  const raw = (m.groups?.['n'] ?? '').toLowerCase();
  const n = /^\d+$/.test(raw) ? Number(raw) : /half/.test(raw) ? 0.5 : (LENGTH_WORDS[raw] ?? 1);
  const minutes = /^h/i.test(m.groups?.['unit'] ?? '') ? n * 60 : n;
  return minutes >= 10 && minutes <= 600 ? minutes : DEFAULT_INTERVIEW_MINUTES;
}

/**
 * "We'll regroup as a team after Thanksgiving and get back to you": the employer is the subject of both verbs,
 * so the promise in the clause joined by "and" covers the day in the first. Not for a day with a clock time, nor
 * a clause with scheduling words ("we'll see you on Friday at 2 and let you know…" names a slot).
 */
const SHARED_SUBJECT_TAIL =
  /^[^.;!?]{0,60}?\s(?:and|then)\s+(?!(?:we|i|you|they|he|she|it|we'll|i'll|you'll)\b)([^.;!?]{1,60})/i;
const EMPLOYER_SUBJECT =
  /\b(?:we|i|we'll|i'll|we're|i'm|we've|i've|(?:the|our)\s+(?:team|panel|committee|partners|board|hiring\s+manager))\b/i;

function sharedSubjectPromise(words: string, later: string, e: TimeExpr): boolean {
  if (e.time !== null || INTERVIEW_CUE.test(words) || !EMPLOYER_SUBJECT.test(words)) return false;
  const tail = SHARED_SUBJECT_TAIL.exec(later)?.[1];
  return tail !== undefined && RESPONSE_CUE.test(tail);
}

// A later clause pointing back at the day: "you'll hear from me then", "we'll decide at that point".
// (and at once after the step's end, a process with its window: "… our GM, who normally signs off within a week, and
// I'll let you know the result straight after that", round 190; "shortly afterwards" is no day, "we'll notify
// candidates shortly afterwards" after a panel's day promises none)
// (and "accordingly": "Management approval is expected by mid of next month, we will revert to you accordingly",
// round 980)
const BACK_REFERENCE =
  /\b(?:then|that\s+day|at\s+that\s+(?:point|time)|(?:right|straight|immediately)\s+after(?:wards|\s+that)?|accordingly)\b/i;
/**
 * The next sentence promising an answer right after the step just dated, and naming no day of its own: "…, which
 * typically happens within a week of the final interview. I'll reach out with an update right after." (round 38).
 */
// (and "I'll reach out then with a decision", round 1160)
const NEXT_BACK_REFERENCE =
  /\b(?:then|(?:right|straight|soon|shortly)\s+after(?:wards|\s+that)?|after\s+that|afterwards|at\s+that\s+(?:point|time)|accordingly)(?:\s+with\s+(?:a|an|the|our|my|some|any)\s+(?:final\s+)?(?:decision|update|answer|news|outcome|feedback))?[.!]?$/i;

function promisedNext(text: string, sentence: Sentence): boolean {
  const rest = text.slice(sentence.index + sentence.text.length, sentence.index + sentence.text.length + 200);
  const body = rest.trimStart();
  const stop = body.search(/[.!?\n]/);
  const next = stop < 0 ? body : body.slice(0, stop + (body.charAt(stop) === '\n' ? 0 : 1));
  return RESPONSE_CUE.test(next) && NEXT_BACK_REFERENCE.test(next.trimEnd()) && !NAMES_A_DAY.test(next);
}

// A day inside the event a promise waits for: "after I speak with …", "once we meet on …", "when the panel meets".
const EVENT_LEAD =
  /\b(?:after|once|when|as\s+soon\s+as|following)\s+(?:i|we|you|they|he|she|the|our|your|my)\b/i;

/**
 * Job titles and team names, written capitalised, say nothing of the date beside them: "your interview for the
 * Payroll Specialist position", "the Benefits team" (FACT_CUE would read "payroll", "benefits").
 */
const TITLE =
  /\b(?:[A-Z][\w&/-]*\s+){1,5}(?:position|role|job|vacancy|opening|team|department)\b|\b(?:[A-Z][\w&/-]*\s+){0,4}(?:Specialist|Manager|Analyst|Coordinator|Administrator|Clerk|Officer|Assistant|Associate|Lead|Engineer|Director|Partner|Advisor|Adviser|Consultant|Representative|Executive|Supervisor|Technician|Intern|Designer|Developer)\b/g;

function withoutTitles(text: string): string {
  return text.replace(TITLE, ' ');
}

const WRITERS_OWN_MEETING =
  /\b(?:i\s+am|i'm|we\s+are|we're|i'll\s+be|we'll\s+be)\s+(?:catching\s+up|meeting|speaking|talking|sitting\s+down|syncing)\s+with\s+(?:my|our)\s+(?:co-?founders?|team|manager|boss|partners?|colleagues?|ceo|cto|cfo|coo|director|board|investors?|hiring\s+manager)\b/i;

const IF_IT_SUITS =
  /^\s*if\s+(?:that|this|it|the\s+(?:new\s+)?(?:time|slot|day|date)|either|one\s+of\s+(?:those|these|them))\s+(?:works|suits|is\s+(?:ok|okay|fine|good|convenient))\b/i;

/** The line of a form's field an expression stands on ("Updated: 9:30am - Monday, March 22"), or null. */
export function fieldLineOf(text: string, index: number): string | null {
  const start = text.lastIndexOf('\n', index) + 1;
  const stop = text.indexOf('\n', index);
  const line = text.slice(start, stop < 0 ? undefined : stop);
  return /^[ \t]*\p{L}[\p{L} \t/&'-]{0,30}:/u.test(line) ? line : null;
}

const ANSWER_BY =
  /\b(?:let\s+(?:me|us)\s+know|confirm|reply|revert|get\s+back\s+to\s+(?:me|us))\s+(?:by\s+|before\s+|today\s+or\s+|now\s+or\s+)?(?:first\s+thing\s+|early\s+|latest\s+|end\s+of\s+(?:day\s+)?)?$/i;

const THANKS_AND_FOR =
  /\b(?:thank\s+you|thanks|grateful)\b[^.!?]{0,160}?\band\s+(?:also\s+)?for\s+(?:attending|coming|joining|meeting|interviewing|taking\s+part|taking\s+(?:the\s+)?time|sitting|visiting)\b[^.!?]*$/i;

const LOWER_BOUND = /^\s*(?:,\s*)?at\s+the\s+(?:very\s+)?earliest\b/i;

/**
 * "I can't do Thursday", "Thursday doesn't work for the panel anymore", "can't make our 2pm tomorrow" (round 170):
 * a slot turned down.
 */
function declined(lead: string, tail: string, sentenceLead = lead): boolean {
  return (
    // (and a panel that cannot sit or meet on it: "the panel will not be able to sit on Monday 21st November as
    // planned", round 510)
    /\b(?:can't|cannot|can\s+no\s+longer|unable\s+to|not\s+able\s+to|won't\s+be\s+able\s+to)\s+(?:do|make|attend|sit|meet|go\s+ahead|proceed|host|hold\s+(?:it|the\s+[\w-]+|your\s+[\w-]+))\s+(?:it\s+)?(?:(?:our|the|your|my|this|that)\s+)?(?:on\s+)?$/i.test(
      lead,
    ) ||
    // A day "as planned" in a sentence that says it will not happen: "we can't go ahead on Tuesday as planned".
    (/^\s*(?:,\s*)?as\s+(?:originally\s+|previously\s+)?(?:planned|scheduled|arranged|agreed|booked)\b/i.test(
      tail,
    ) &&
      /\b(?:not|no\s+longer|unable|can't|cannot|won't|isn't|aren't)\b/i.test(sentenceLead)) ||
    // (and "no longer available for your interview on Thursday, May 20 at 10:00 AM", round 730)
    /\b(?:not|isn't|aren't|no\s+longer)\s+(?:available|free)\s+(?:(?:for|at)\s+(?:your|the|our)\s+(?:[\w-]+\s+){0,2}?(?:interview|call|meeting|slot|appointment)\s+)?(?:on\s+)?$/i.test(
      lead,
    ) ||
    // "your interview is on the 19th, not the 18th"
    /(?:^|[,;]\s*|\s-\s)not\s+(?:on\s+)?$/i.test(lead) ||
    // "Previous time: Wednesday, November 11 at 3:00 PM. New time: …" (issue 13, class 5)
    // and "Original date/time: Friday, November 13, 2026 at 9:00 AM ET" (round 28)
    // (the whole sentence before the day: "and" in "date and time" breaks a clause)
    /\b(?:previous|original|old|former|initial|cancell?ed)\s+(?:(?:interview\s+)?(?:time|date)(?:\s*(?:\/|&|and)\s*(?:time|date))?|slot)\s*(?::\s*)?$/i.test(
      sentenceLead,
    ) ||
    // The same label alone on a form's line: "Original: 10/12/2026 (Thu) 14:30\nRevised: 14/12/2026" (round 70)
    /(?:^|\n)[ \t]*(?:previous|original|old|former|initial|cancell?ed|was)(?:\s+(?:schedule|booking|appointment|slot))?[ \t]*:[ \t]*$/i.test(
      sentenceLead,
    ) ||
    /^\s*(?:no\s+longer\s+(?:works|suits)|(?:doesn't|does\s+not|won't|will\s+not)\s+(?:work|suit)|(?:is|isn't|is\s+not)\s+(?:no\s+longer\s+|not\s+)?(?:possible|an\s+option))/i.test(
      tail,
    )
  );
}

/** A sentence's words ending inside an indirect question, at an "and": "on where your clearance and". */
const OPEN_QUESTION_AND = /\b(?:where|how|what|whether)\s+(?:[\w'-]+\s+){0,4}?[\w'-]+,?\s+and\s*$/i;

/** A clause of a few words with no verb of its own: "hopefully before Thanksgiving", "ideally by Friday". */
function fragment(words: string): boolean {
  return (
    words
      .replace('…', ' ')
      .trim()
      .split(/\s+/)
      .filter((w) => /\w/.test(w)).length <= 3
  );
}

/** "If you haven't heard from us by 1 August": the day sits inside the condition, after its "if". */
function conditionHolds(sentence: string, rel: number): boolean {
  const m = CONDITIONAL_PERMISSION.exec(sentence);
  return m !== null && m.index < rel && rel - m.index < 200;
}

/** Where the last match of a global `re` starts in `text`, or -1. */
function lastHit(re: RegExp, text: string): number {
  let at = -1;
  for (const m of text.matchAll(re)) at = m.index;
  return at;
}

/**
 * The day of other candidates' interviews: "wrapping up first-round interviews with the remaining candidates on
 * Thursday and Friday", "we're meeting the other finalists this week" (round 28), "interviewing the shortlist on
 * Monday and Tuesday", "Ben has his interview on Thursday" (not "her interview with you"), "He's booked in for a
 * phone screen with me on Tuesday" (a referred friend's, round 100), "she's pencilled in with the team for Thursday"
 * (round 120), "still meeting a few candidates on Thursday and Friday" (round 140), "interviewing a couple of other
 * candidates this Thursday and Friday" (round 150), "seeing the remaining two shortlisted candidates on Mon 20 Sept"
 * (round 160), "interviewing the last two candidates on Friday and Monday" (round 200). Neither a slot nor a promise.
 * ("Your interview with the final panel is on Monday" is the reader's own: the panel is whom they meet, r50.)
 */
// (and one other candidate, or the panel for one: "Jess is interviewing a candidate at 3pm on Tuesday", "join the
// interview panel for the Data Engineer candidate on Thursday", round 230b)
// (and interviews the writer still has, counted: "We still have two interviews on Wednesday", round 280b)
// (and the candidate's own, said by the recruiter to the reader: "I've scheduled the candidate's onsite for Friday at
// 1pm. Can you host the lunch?", round 380)
// (and a friend's: "Tomás got the interview at Canva — it's on Monday at 2pm. Fingers crossed for him", round 470)
// (and the one candidate's confirmed slot told to the reader who arranges it: "The candidate for the Ops Lead role
// confirmed Thursday at 2pm. Could you send her the Teams link", round 520)
// (and one a third person can attend: "Mr. Chan has confirmed he can attend the second interview on Monday", round
// 350; "one more second-shift lead to talk to tomorrow morning", round 740)
// (and "She's interviewing two more people on Monday", round 1240)
const OTHERS_INTERVIEWS =
  /\b(?:interviewing|meeting|seeing)\s+(?:a\s+few|a\s+couple(?:\s+of)?|several|some|two|three|four|five|six|\d{1,2})\s+(?:more|other)\s+(?:people|candidates|applicants|finalists|shortlisted\s+\w+)\b|\b(?:we|i)(?:\s+still)?(?:\s+have(?:\s+got)?|'ve(?:\s+still)?\s+got)\s+(?:(?:a\s+few|a\s+couple\s+of|several|some|two|three|four|five|six|\d{1,2})\s+)?(?:more\s+|other\s+|further\s+)?interviews\b|\binterview(?:ing|s|ed)?\s+(?:(?:a|another|one\s+more)\s+|the\s+(?:[\w-]+\s+){0,3}?)(?:candidate|applicant|finalist)s?\b|\bpanel\s+for\s+(?:the|a|an|our|another)\s+(?:[\w-]+\s+){0,3}?(?:candidate|applicant|finalist)\b|\b(?:join|sit\s+on|be\s+on)\s+(?:the|an|our|my)\s+(?:interview(?:ing)?\s+|selection\s+)?panel\b(?!\s+(?:interview|discussion|session|round))|\b(?:interview\w*|meet\w*|see(?:ing)?|speak\w*|talk\w*)\s+(?:with\s+|to\s+)?(?:the\s+|our\s+|a\s+few\s+|some\s+|two\s+|three\s+)?(?:remaining|other|last\s+few|few\s+other|(?:last|final)\s+(?:two|three|four|five|couple(?:\s+of)?|\d))\s+(?:[\w-]+\s+){0,2}?(?:candidates|applicants|finalists|interviewees|people)\b|\b(?:interview\w*|meet\w*|see(?:ing)?|speak\w*|talk\w*)\s+(?:with\s+|to\s+)?(?:a\s+(?:few|couple(?:\s+of)?|handful\s+of)|several|some|two|three|four|five|\d+)\s+(?:more\s+|further\s+|other\s+)?(?:candidates|applicants|finalists|interviewees)\b|\binterview(?:ing|s)?\s+(?:the\s+|our\s+)?(?:shortlist(?:ed\s+(?:candidates|applicants))?|candidates|applicants|finalists)\b|\b(?:his|her|their)\s+(?:[\w-]+\s+)?(?:interviews?|rounds?|screens?|assessments?)\b(?!\s+with\s+you\b)|\b(?:mr|ms|mrs|miss|dr)\.?\s+[a-z]+'s\s+(?:[\w-]+\s+)?interviews?\b|\b(?:the|our|this|that|a|each|every)\s+(?:[\w-]+\s+)?(?:candidate|applicant|finalist|interviewee|new\s+hire)(?:'s|s')\s+(?:[\w-]+\s+)?(?:interviews?|onsites?|on-sites?|screens?|calls?|visits?|panels?|assessments?)\b|\binterviews?\s+(?:of|for)\s+(?:mr|ms|mrs|miss|dr|prof)\.?\s|\b(?:finish\w*|wrap\w*|complet\w*)\s+(?:up\s+)?(?:our|the)\s+(?:last|final|remaining)\s+(?:[\w-]+\s+)?interviews?\b|\b(?:round|interviews?|panels?|assessments?|screens?)\s+(?:for|with)\s+(?:the\s+|all\s+)?(?:remaining|other|shortlisted|short-listed|selected)\s+(?:[\w-]+\s+)?(?:candidates|applicants|finalists)\b|\b(?:he|she)\s+(?:can|could|will|would|is\s+able\s+to|is\s+happy\s+to|has\s+confirmed|confirmed)\s+(?:(?:also|now|still)\s+)?(?:attend|make\s+it\s+(?:to|for)|come\s+in\s+for)\s+(?:the|his|her|a|an)\s+(?:[\w-]+\s+){0,2}?interview\b(?!\s+with\s+you\b)|\b(?:he|she)(?:'s|\s+is|\s+has\s+been|\s+was|\s+will\s+be)\s+(?:now\s+|all\s+)?(?:booked|scheduled|set\s+up|lined\s+up|confirmed|down|pencil(?:l)?ed|slotted)\s+(?:in\s+)?(?:with\s+(?:[\w-]+\s+){1,3}?)?(?:for|to)\b|\b(?!(?:you|i|we|u|application|cv|resume|profile)\b)[a-z]+\s+(?:has\s+)?(?:got|gotten|landed|scored|secured|bagged)\s+(?:an?|the|another|a\s+second)\s+(?:[\w-]+\s+)?interview\b|\bthe\s+(?:[\w-]+\s+)?(?:candidate|applicant|finalist|interviewee)\s+(?:for\s+(?:the\s+)?(?:[\w&-]+\s+){0,4}?(?:role|position|job|opening|vacancy|post)\s+)?(?:has\s+)?(?:confirmed|accepted|chose|picked|booked|is\s+(?:available|free|booked|confirmed))\b|\binterview\w*\s+(?:is\s+|are\s+)?with\s+(?:one\s+other|another|the\s+other|a\s+further|one\s+more)\s+(?:[\w-]+\s+)?(?:candidate|applicant|finalist)s?\b|(?<!\byour\s+(?:[\w-]+\s+){0,2}?(?:with|before)\s+)\b(?:our|the)\s+(?:last|final|remaining)\s+(?:onsite|on-site|interview|panel)s?\s+(?:for\s+(?:this|the)\s+(?:role|position|opening|vacancy)\s+)?(?:is|are|will\s+be)\s+(?:on\s+)?$|\b(?:one|two|three|four|a\s+couple\s+of|a\s+few)\s+more\s+(?:[\w-]+\s+){0,3}?(?:to\s+(?:talk|speak)\s+(?:to|with)|to\s+(?:see|meet|interview))\b|\b(?:meet\w*|see\w*|interview\w*|speak\w*\s+(?:to|with)|talk\w*\s+to)\s+(?:the\s+)?(?:last|final|remaining|other)\s+(?:[\w-]+\s+)?(?:candidate|applicant|finalist|interviewee)\b|\b(?:two|three|four|a\s+few|several|some|the)?\s*other\s+(?:[\w-]+\s+)?(?:candidates|applicants|finalists)\s+(?:are|will\s+be|were)\s+(?:also\s+)?(?:onsite|on-site|in|interviewing|coming\s+in|booked|scheduled)\b|\b(?:one|another)\s+other\s+(?:[\w-]+\s+)?(?:candidate|applicant|finalist)\b/i;

/** An office's closure on a day: "our office will be closed on Monday 26 September for the bank holiday". */
const CLOSURE_BEFORE =
  /\b(?:office|offices|branch|branches|we)\s+(?:will\s+be|are|is|'re)\s+(?:closed|shut)\s+(?:on|from|for)\b/i;

/**
 * Whether the words just before `sentence` name an office's closure: "our office will be closed on Monday 26 September
 * for the bank holiday. We'll be back on Tuesday" is a fact, the end of the closure, no hold-off (round 620).
 */
function afterClosure(text: string, sentence: Sentence): boolean {
  return CLOSURE_BEFORE.test(
    text
      .slice(Math.max(0, sentence.index - 240), sentence.index)
      .split(/[.!?]\s/)
      .slice(-2)
      .join(' '),
  );
}

/**
 * A named person's confirmed slot told to someone else: "Aisha confirmed Tuesday 20 September at 11. I've booked Room
 * 5 and sent her the parking details" (round 620). Case matters (a name is capitalised).
 */
const NAMED_CONFIRMED =
  /(?<![\p{L}\p{N}])(?!(?:I|We|You|They|He|She|It|This|That|Please|Just|Also|So|And)\b)\p{Lu}\p{Ll}{1,15}\s+(?:has\s+|have\s+|just\s+)?(?:confirmed|accepted|booked|chose|picked)\s+(?:for\s+)?$/u;

/**
 * A named person's interview: "FYI – Tom's second interview with the CFO is Thursday at 3pm, can you book the
 * boardroom?" (round 300). Case matters (a name is capitalised); a day's "Thursday's interview" is none.
 */
const NAMED_PERSONS_INTERVIEW =
  /(?<![\p{L}\p{N}])(?!(?:Today|Tomorrow|Yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Next|This|Last|Your|Our|The)'s)\p{Lu}\p{Ll}{1,15}'s\s+(?:(?:first|second|third|final|next|last|phone|video|panel|technical|onsite|follow-up)\s+)?interview\b/u;

/** A meeting's purpose that is a piece of work: "to go over the website mockups", "to review the draft budget". */
const WORK_PURPOSE =
  /\bto\s+(?:go\s+(?:over|through)|run\s+through|walk\s+(?:me\s+|you\s+)?through|talk\s+through|review|look\s+(?:at|over)|discuss|finali[sz]e|sign\s+off(?:\s+on)?)\s+(?:the|our|my|your|their|his|her|these|those|a\s+few|some)\s+(?!(?:next\s+steps|process|opportunity|details|availability|timings?)\b)[\w-]+/i;

/** The writer's own interview: "my interview", "my second interview". */
// (and "I have a job interview at 2pm", a colleague's: WRITER_HAS_INTERVIEW, round 340)
const WRITERS_OWN_INTERVIEW = /\bmy\s+(?:[\w-]+\s+){0,2}?interview\b/i;

/** The same, anywhere in a message: interviews that are others' make no timed day a slot (round 360). */
const OTHERS_INTERVIEWS_ALL = new RegExp(OTHERS_INTERVIEWS.source, 'gi');

/**
 * A call or a meeting with a third person: "the recruiter … asked me for a reference for you. I'll call her tomorrow
 * at 10am" (round 360). The day is the writer's with them, no slot of the reader's.
 */
const THIRD_PERSONS_CALL =
  /\b(?:call|ring|phone|meet|meeting|see|seeing|(?:speak|speaking|talk|talking|chat|chatting)\s+(?:with|to))\s+(?:him|her|them)\s+(?:(?:back|again|first|myself)\s+)?$/i;

/** Another's interview named right after the day: "can do Friday at 10am for his second interview" (round 340). */
const THEIR_SLOT_AFTER = /^[^.;!?\n]{0,40}?\bfor\s+(?:his|her)\s+(?:[\w-]+\s+){0,2}?interview\b/i;

/** An answer received, told in the simple past: "heard back", "got an answer", "received a decision". */
// (and what happens to candidates in general, told by a reviews site: "Candidates say the onsite takes about 5
// hours. Most hear back within 2 weeks.", round 290)
const NARRATED_ANSWER =
  /\b(?:most|many|some|few|candidates|applicants|people|interviewees|users)\s+(?:(?:say|said|report(?:ed)?)\s+(?:that\s+)?(?:they\s+)?)?(?:(?:usually|typically|generally|often|normally)\s+)?(?:hear|heard|get|got|receive[ds]?)\s+back\b|(?<!\b(?:have|has|had|haven't|hasn't|hadn't|not|never)\s+)\b(?:heard|got|received)\s+(?:back|an?\s+(?:answer|response|reply|decision|update|offer))\b/i;
/** Words that look ahead in a clause: "will", "we'll", "expect", "should", "going to". */
const LOOKS_AHEAD = /\b(?:will|shall|going\s+to|expect\w*|hope\w*|aim\w*|plan\w*|should|would)\b|'ll\b|'d\b/i;

const DEFERRED_LATER =
  /^[^.!?]{0,80}?\bbut\b[^.!?]{0,120}?\b(?:won't|will\s+not|wouldn't|can't|cannot|not\s+be\s+able\s+to)\b[^.!?]{0,80}?\b(?:until|till)\b/i;

const EITHER_WAY =
  /\b(?:either\s+way|one\s+way\s+or\s+(?:the\s+)?other|whatever\s+the\s+(?:outcome|decision))\b/i;

const WHO_DID =
  /\b(?:who|that)\s+(?:[\w'-]+\s+){1,8}?(?=(?:will|shall|should|can|may|are\s+(?:going|due|expected))\b)/gi;

/**
 * A call to get the reader ready for a meeting, no answer on the application: "I'll give you a ring on Monday to
 * prep" before Thursday's interview (round 1050), "I'll call you tomorrow to brief you on the format".
 */
const PREP_CALL =
  /\b(?:ring|call|phone|buzz|bell|catch\s+up\s+with|chat\s+with|speak\s+(?:to|with))\s+(?:you\s+)?(?:[\w-]+\s+){0,4}?to\s+(?:prep|prepare|brief|get\s+you\s+ready|run\s+through|go\s+(?:through|over)\s+(?:the\s+)?(?:interview|format|logistics|details|day|plan))\b/i;

/**
 * The writer's offer at the reader's wish: "happy to jump on a call Friday if you want feedback", "happy to jump on
 * a call next week to share more detailed feedback if that's useful" (round 120).
 */
// (and a sentence that opens on the reader's wish: "If you would like feedback, I have availability on Friday",
// round 100b)
const READER_OPTION =
  /\b(?:happy|glad|willing)\s+to\b[^.;!?]{0,80}?\bif\s+(?:you(?:'d|\s+would)?\s+(?:want|like|wish|prefer|are\s+keen)|(?:that|it)(?:'s|\s+is|\s+would\s+be|'d\s+be)\s+(?:useful|helpful|of\s+use))\b|^\W*if\s+you(?:'d|\s+would)?\s+(?:like|want|wish|prefer)\s+(?:some\s+|any\s+)?(?:feedback|a\s+call|a\s+chat|to\s+(?:chat|talk|discuss|hear))\b/i;

/**
 * A call to hear feedback is no interview: "Happy to jump on a call Friday if you want feedback", "a feedback call
 * on Tuesday" (round 100).
 */
const FEEDBACK_CALL =
  /\bfeedback\s+(?:call|chat|session|conversation)\b|\b(?:call|chat|session|conversation)\b[^.;!?]{0,40}?\b(?:for|to\s+(?:give|share|discuss|go\s+(?:through|over)))\s+(?:(?:some|my|our|the|your)\s+)?feedback\b|\bif\s+you(?:'d|\s+would)?\s+(?:want|like|wish)\s+(?:some\s+|any\s+)?feedback\b/i;

/** "feel free to follow up from Monday 23rd": contact is welcome from that day. */
const PERMISSION_FROM =
  /\b(?:feel\s+free\s+to|you\s+(?:can|may|are\s+welcome\s+to))\s+(?:\w+\s+)?(?:follow\s+up|get\s+in\s+touch|contact\s+(?:me|us)|reach\s+out|check\s+in|chase)\s+(?:again\s+)?(?:with\s+(?:me|us)\s+)?$/i;

/** "Please get in touch after I return on 23rd": contact is welcome from the day of the return. */
/** The last bound word of `text` ("until after", "before", "by", "until"), or "" where none. */
function lastBoundWord(text: string): string {
  let last = '';
  for (const m of text.matchAll(/\b(?:(?:until|till)\s+after|before|by|until|till|prior\s+to)\b/gi))
    last = m[0];
  return last;
}

const AFTER_RETURN = /\b(?:after|once|when)\s+(?:i|we|she|he|they)\b[^.;!?]{0,16}?\b(?:return|back)\b/i;

/** A job offer in the message (OFFER_PATTERNS, not an offer of an interview). */
// The last message asked about: classify asks once per day it reads, up to three times, of the same text.
let offerMemo: { readonly text: string; readonly offers: boolean } | null = null;

function offersTheJob(text: string): boolean {
  if (offerMemo?.text === text) return offerMemo.offers;
  const offers = !NOT_A_JOB_OFFER.test(text) && OFFER_PATTERNS.some((re) => re.test(text));
  offerMemo = { text, offers };
  return offers;
}

/** A request to wait until the closing date named before it has passed. */
const HOLD_AFTER_CLOSING =
  /\b(?:do\s+not|don't|please\s+don't|kindly\s+do\s+not|refrain\s+from|hold\s+off)\b[^.\n]{0,80}?\b(?:until|till)\s+after\s+the\s+(?:closing\s+date|vacancy\s+(?:has\s+)?closed|posting\s+(?:has\s+)?closed|deadline)\b/i;

/** What an offer's own call is about. */
const OFFER_TALK =
  /\b(?:package|contract|paperwork|salary|compensation|remuneration|benefits|start\s+date|offer\s+(?:letter|details|terms))\b/i;

/** A calendar notice that the event is declined or cancelled: "Declined: …", "has declined this event". */
// (and said in the passive, under a "Canceled:" subject: "The event below has been canceled", Calendly, r53)
const DECLINED_EVENT =
  /^\s*(?:declined|cancell?ed(?:\s+event)?|event\s+cancell?ed|canceled\s+event)\s*:|\b(?:has|have)\s+(?:declined|cancell?ed)\s+(?:this|the)\s+(?:event|invitation|meeting)\b|\b(?:event|invitation|meeting|appointment|booking)(?:\s+below)?\s+(?:has|have)\s+been\s+cancell?ed\b/i;

/** The reader's own slot named in a clause: "moved your interview to", "your call on". */
const YOUR_SLOT =
  /\byour\s+(?:[\w-]+\s+)?(?:interview|call|meeting|screen|onsite|on-site|assessment|round|panel|visit)\b/i;
/** The writer's own free days: "I'm available any time", "I am free on". */
const OWN_AVAILABILITY =
  /\b(?:i'm|i\s+am|i'd\s+be|i\s+would\s+be|i'll\s+be|i\s+will\s+be)\s+(?:\w+\s+)?(?:available|free)\b/i;

/** A window said as notice ahead of an event: "… five working days in advance", "two days beforehand". */
const NOTICE_AHEAD =
  /^\s*(?:in\s+advance|beforehand|ahead(?:\s+of\s+(?:time|it|the|your))?|before\s+(?:the|your|it)|prior\s+to\s+(?:the|your|it))\b/i;

/**
 * The sentence after a day of return that asks to hold contact until then, naming no day of its own: "the team
 * resumes on Monday 4 January. Any follow-up should be made after we resume." (round 70b).
 */
const RETURN_LEAD =
  /\b(?:back|return\w*|resum\w*|re-?open\w*)\s+(?:(?:to|in|at)\s+(?:the\s+)?(?:office|work|my\s+desk)\s+)?(?:on\s+)?$/i;
/** An absence running until the day: "out of office until 18 January", "on leave until Monday". */
const ABSENCE_LEAD =
  /\b(?:out\s+of\s+(?:the\s+)?office|on\s+(?:annual\s+|parental\s+|sick\s+)?leave|away|travell?ing|off|out)\b[^.;!?]{0,30}$/i;
// (or the absence itself: "there's no point chasing her while I'm away", round 100b)
const BACK_TO_RETURN =
  /\b(?:while|whilst)\s+(?:i|we|she|he|they)(?:'m|'re|\s+am|\s+are|\s+is)?\s+(?:away|out|off|on\s+leave)\b|\b(?:after|once|when|until|till)\s+(?:i|we|she|he|they|the\s+team)(?:'m|'re|\s+am|\s+are|\s+is)?\s+(?:back|return\w*|resum\w*|re-?open\w*)\b|\b(?:until|after)\s+then\b|\b(?:post|after)\s+that\b/i;

/** The next sentence asks to hold off until the day just named: "There's no need to follow up before then." */
function pointedNext(text: string, sentence: Sentence): boolean {
  // (its first clause: "Best not to chase her until then – I'll come back to you the following Monday", round 100f)
  const sentenceNext = followingSentence(text, sentence);
  const dash = sentenceNext.search(/\s[-–—]\s|;/);
  const next = dash < 0 ? sentenceNext : sentenceNext.slice(0, dash);
  return (
    HOLD_OFF_CUE.test(next) &&
    CONTACT_WORD.test(next) &&
    /\b(?:before|until|till|prior\s+to)\s+(?:then|that\s+(?:date|day|point|week))\b/i.test(next) &&
    !NAMES_A_DAY.test(next)
  );
}

function holdOffNext(text: string, sentence: Sentence): boolean {
  const next = followingSentence(text, sentence);
  return (
    HOLD_OFF_CUE.test(next) && CONTACT_WORD.test(next) && BACK_TO_RETURN.test(next) && !NAMES_A_DAY.test(next)
  );
}

/**
 * Words after a day of return that point back at it: "… and will send you an update that day / then / on my return",
 * "… will reach out once she's back" (round 160).
 */
const BACK_AGAIN = String.raw`(?:when|once|as\s+soon\s+as)\s+(?:i'm|i\s+am|she's|she\s+is|he's|he\s+is|we're|we\s+are|they're|they\s+are)\s+back`;
const RETURN_POINTER = new RegExp(
  String.raw`\b(?:then|that\s+(?:day|morning|afternoon)|on\s+(?:my|her|his|our|their)\s+return|upon\s+(?:my|her|his|our|their)\s+return|${BACK_AGAIN})\b`,
  'i',
);

/** The same pointer right before the day of return: "… when I'm back on", "… once she is back in the office on". */
const RETURN_BEFORE_DAY = new RegExp(
  String.raw`\b${BACK_AGAIN}(?:\s+(?:in|at)\s+(?:the\s+)?(?:office|work|my\s+desk))?\s+(?:on\s+)?$`,
  'i',
);

/** No news before a day: "please don't expect an update before then", "we won't have any news until". */
// (and "you won't hear from us before Monday, December 1", round 410)
const NO_NEWS_BEFORE =
  /\b(?:don't|do\s+not|won't|will\s+not|wouldn't|would\s+not)\s+(?:\w+\s+)?(?:(?:expect|have|get|hear|receive)\s+(?:an?\s+|any\s+|much\s+)?(?:update|news|answer|decision|feedback|word)s?\b|hear\s+(?:anything\s+|back\s+|more\s+)?from\s+(?:us|me|the\s+team)\b)[^.;!?]{0,40}?\b(?:before|until|till)\b/i;

/** The tag on an absence's day of return: a message's absence days are one (latestHoldOff). */
export const ABSENCE_DETECTOR = '+absence';

/** Whether a finding is an absence's day of return (tagged ABSENCE_DETECTOR), which a promise or a later day outranks. */
export function isAbsenceDay(f: Finding): boolean {
  return f.kind === 'no-contact-before' && f.evidence.detector.endsWith(ABSENCE_DETECTOR);
}

/** The writer's side away until the day ("I'm on leave until", "our offices are closed until"). */
const ABSENT_UNTIL = new RegExp(String.raw`\b${alternation(ABSENT_UNTIL_ROWS)}\b[^.;!?]{0,40}$`, 'i');
/** The day of return itself ("I'll be back in the office on", "upon my return on"). */
// (a weekday the date reader left out of the day stays the lead's: "back Tues 18/1", round 180)
const BACK_ON = new RegExp(
  String.raw`\b${alternation(BACK_ON_ROWS)}\s*(?:from\s+(?:[\w-]+\s+){1,2}?)?(?:on\s+|from\s+|as\s+of\s+)?(?:${WEEKDAY},?\s+)?$`,
  'i',
);
/** An end day the absence includes: "until 18 December inclusive", "through Friday". */
const INCLUSIVE_AFTER = /^\s*\(?(?:inclusive|included)\b/i;
const INCLUSIVE_LEAD = /\b(?:up\s+to\s+and\s+including|to\s+and\s+including)\s+$/i;

/**
 * The first day contact is welcome after an absence the writer's side states, with no request beside it (issue
 * 13, class 6): the day of return itself, or the day after an end the absence includes. Null where the day names
 * no absence's end.
 */
function absenceReturn(e: TimeExpr, lead0: string, after: string, t: string | null): string | null {
  if (e.form !== 'point') return null;
  // An absence that starts after the next few days leaves contact welcome now ("I will be on annual leave from 23
  // December until 4 January", written in October).
  if (e.absentFrom !== undefined && t !== null && daysBetween(t, e.absentFrom) > 3) return null;
  if (BACK_ON.test(lead0)) return e.date;
  // "through March 22", and a range's end after it ("from March 11 through March 22"): the end is a day away too.
  // (and a dashed range's end, "on leave 10 November - 16 November": the last day away, round 170)
  const through =
    /^(?:through|thru)\b/i.test(e.text) ||
    /\b(?:through|thru)\s+$/i.test(lead0) ||
    (e.absentFrom !== undefined && /\w\s*[-–]\s*$/.test(lead0));
  if (!(e.bound === 'until' || through || INCLUSIVE_LEAD.test(lead0)) || !ABSENT_UNTIL.test(lead0))
    return null;
  return through || INCLUSIVE_LEAD.test(lead0) || INCLUSIVE_AFTER.test(after) ? addDays(e.date, 1) : e.date;
}

/**
 * Words of a job process: a timed day in a message about a booked public or personal service (a passport
 * collection, a licence renewal) without any is no slot (round 120e). An appointment alone may be an interview's
 * ("Thank you for booking an appointment. Your appointment: 10 December 2026, 14:00", a Personio invite, r19).
 */
const SERVICE_BOOKING =
  /\b(?:service\s*:|passports?|visas?|biometrics?|licen[cs]es?|vaccinations?|collections?|renewals?|consultations?)(?=\W)/i;
/** A personal service's words: a garage, a clinic, a salon, a delivery (round 144's twin of SERVICE_BOOKING). */
// (and a flat viewing, a car's service, a court's summons: round 250)
const SERVICE_WORDS =
  /\b(?:mot|garage|car\s+service|(?:km|mile|kilometre|kilometer)\s+service|vehicle|tyres?|dentist|dental|doctor|gp|clinic|surgery|pharmacy|salon|haircut|barber|vet|optician|eye\s+test|delivery|engineer\s+visit|installation|repair|reservation|table\s+for|booking\s+reference|order|viewing|landlord|lettings?|tenancy|juror|jury\s+service|summons|courthouse)\b|\bReply\s+STOP\b/i;
// Words only a job process uses. "Application", "applicant", "team", "manager" and "HR" are no such words beside a
// service's own (a landlord's "your application", a visa centre's "Dear Applicant", round 250).
const JOB_WORDS =
  /\b(?:interview\w*|role|roles|position|positions|post|job|jobs|candidat\w*|recruit\w*|hiring|(?<!\b(?:car|van|bike|cycle|boat|equipment|tool|plant|venue|dress|suit|costume|party|skip|coach)\s+)hire(?!\s+(?:car|van|bike|purchase|fee|charges?|agreement|period|company|desk|counter))|vacanc\w*|careers?|talent|opening|panel|screen(?:ing)?|onsite|on-site|offer|shortlist\w*|assessment|cv|resume)\b/i;
const WEAK_JOB_WORDS = /\b(?:applica\w*|hr|team|manager)\b/i;

// The same patterns, global, to count their words (built once).
const SERVICE_ALL: readonly RegExp[] = [SERVICE_BOOKING, SERVICE_WORDS].map(
  (re) => new RegExp(re.source, 'gi'),
);

/** How many distinct service words a text holds (SERVICE_BOOKING and SERVICE_WORDS), up to 3. */
function serviceWords(text: string): number {
  const seen = new Set<string>();
  for (const all of SERVICE_ALL) {
    for (const m of text.matchAll(all)) {
      seen.add(m[0].toLowerCase());
      if (seen.size >= 3) return 3;
    }
  }
  return seen.size;
}

/**
 * The thing a booking names just before its day: "Your demo with our account executive, Priya, is booked for",
 * "I've booked your performance review for", a line's label "Pick-up:" (round 280), a clause's own subject "IT
 * maintenance is scheduled for" (round 310). The preposition may be the day's own ("The Spring Gala is on Thursday 10
 * December at 18:30", chrono's "on Thursday …", heldout7). In a message that names no job
 * at all, only a meeting's noun (SLOT_NOUN) makes such a day a slot; a date or time label ("Date:", "When:") names
 * nothing.
 */
const BOOKED_THING = [
  // (separators of at most a few spaces, and a "with …" part of words: no run of blanks two parts can share)
  /(?:^[ \t]{0,4}|\b(?:your|the|our|this|a|an)[ \t]{1,4})((?:[\w'-]+[ \t]{1,4}){0,3}?[\w'-]+)[ \t]{1,4}(?:with(?:[ \t]{1,4}[^,.;:\s]{1,30}){1,6}?,?[ \t]{1,4})?(?:is|are|has[ \t]{1,4}been|have[ \t]{1,4}been|was|will[ \t]{1,4}be)[ \t]{1,4}(?:(?:now|all)[ \t]{1,4})?(?:(?:booked|scheduled|confirmed|set|arranged|planned|due|reserved)[ \t]{1,4})?(?:(?:for|on|at)[ \t]{1,4})?$/i,
  /\b(?:booked|scheduled|confirmed|arranged|set[ \t]{1,4}up|rebooked|reserved)[ \t]{1,4}(?:in[ \t]{1,4})?(?:your|the|a|an)[ \t]{1,4}((?:[\w'-]+[ \t]{1,4}){0,3}?[\w'-]+)[ \t]{1,4}(?:with(?:[ \t]{1,4}[^,.;:\s]{1,30}){1,6}?[ \t]{1,4})?(?:(?:for|on|at)[ \t]{1,4})?$/i,
  /(?:^|\n)[ \t]*([A-Za-z][\w &/'-]{0,30}?)[ \t]*:[ \t]*$/,
];
const DATE_LABEL =
  /^(?:date|time|when|day|start|starts|start\s+(?:date|time)|date\s*(?:&|and|\/)\s*time|time\s*(?:&|and|\/)\s*date|scheduled(?:\s+for)?|from|on|at|new\s+(?:date|time)|rescheduled\s+(?:to|for))$/i;
function bookedThing(lead: string): string | null {
  for (const re of BOOKED_THING) {
    const m = re.exec(lead.slice(-200));
    if (m?.[1] !== undefined) return DATE_LABEL.test(m[1].trim()) ? null : m[1];
  }
  return null;
}

/**
 * An acknowledgement that lists the process's planned dates for every applicant ("Closing date: 18/07/2027 /
 * Shortlisting date: 22/07/2027 / Interview date: 29/07/2027", NHS Jobs, round 120e): its interview date is a
 * schedule, no slot of the reader's, unless the message invites the reader.
 */
function plannedSchedule(text: string): boolean {
  return (
    /\b(?:closing|shortlisting)\s+date\s*:/i.test(text) &&
    /\binterview\s+dates?\s*:/i.test(text) &&
    !/\b(?:invite[ds]?|invitation|shortlisted\s+for|you\s+have\s+been\s+(?:selected|shortlisted)|confirm(?:ed)?\s+(?:your|the)\s+interview)\b/i.test(
      text,
    )
  );
}

/** A day or a numeric date: what makes the words past a comma another dated event's. */
export const NAMES_A_DAY = /\d|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:today|tomorrow)\b/i;

/**
 * The sentence after `sentence` (within `reach` characters of its end), when it names no day of its own: the words a
 * back-reference there ("until then", "by which time") points from.
 */
export function sentenceAfter(text: string, sentence: Sentence, reach = 240): string {
  const next = followingSentence(text, sentence, reach);
  return NAMES_A_DAY.test(next) ? '' : next;
}

/**
 * The sentence after `sentence`, up to its end mark or a line break; a line that goes on in lower case is the same
 * sentence ("Kindly hold off on further follow-ups until\nhe returns", round 870).
 */
function followingSentence(text: string, sentence: Sentence, reach = 240): string {
  const rest = text
    .slice(sentence.index + sentence.text.length, sentence.index + sentence.text.length + reach)
    .trimStart();
  const stop = rest.search(/[.!?]|\n(?![ \t]*\p{Ll})/u);
  return stop < 0 ? rest : rest.slice(0, stop);
}
/** The label of a calendar entry's end time. */
const END_LABEL =
  /\b(?:ends?|end\s+(?:time|date)(?:\s*(?:\/|&|and)\s*(?:time|date))?|finish(?:es)?)\s*:\s*$/i;

export interface Classified {
  readonly finding: Finding;
  readonly expr: TimeExpr | null;
  readonly sentence: Sentence;
}

/**
 * The kind of each dated phrase, by the words around it: a hold-off request, an employer promise, an interview
 * slot, or nothing (a candidate's deadline, a fact, a past event). Order of the tests matters and is written once.
 */
export function classify(
  context: ReadContext,
  sentence: Sentence,
  e: TimeExpr,
  messageIndex: number,
  employer: boolean,
): Classified | null {
  const rel = e.index - sentence.index;
  const clause = clauseOf(sentence.text, rel, rel + e.text.length);
  const clauseStart = sentence.text.indexOf(clause);
  const words = around(clause, sentence, e, clauseStart);
  const sentenceWords = around(sentence.text, sentence, e, 0);
  const evidence = (detector: string) => ({
    message: messageIndex,
    text: sentence.text,
    index: sentence.index,
    detector,
  });
  // A window counted from the interview named in the message ("within 3 working days after your interview", the
  // interview booked above) looks ahead: its anchor words are no past meeting (round 50c).
  // (a relative clause that names its subject by a past deed is not the sentence's tense: "All candidates who wrote
  // the test will receive their results within 14 days", round 1180)
  const mainWords = words.replace(WHO_DID, ' ');
  const past =
    PAST_CUE.test(
      e.detector.endsWith('+anchor')
        ? // (and the clause that dates it: "of the first interview, which took place on Monday", round 114)
          mainWords.replace(
            /…\s*(?:after|following|of)\s+(?:your|the)\s+[^,.;]*(?:,\s*which\s+[^,.;]*)?/i,
            '…',
          )
        : mainWords,
    ) ||
    // A thanks continued by "and for": "Thank you for your email and for attending the interview on Wednesday" (r84)
    // is as past as the first (the clause starts after its "and").
    THANKS_AND_FOR.test(sentence.text.slice(0, rel));

  const lead0 = clause.slice(0, Math.max(0, rel - clauseStart));
  // A closing date that a later request waits out: "The closing date for this vacancy is Wednesday 7 April 2066. …
  // Please do not contact the HR Service Centre about your application until after the closing date." (round 900)
  if (
    employer &&
    e.form === 'point' &&
    /\bclos(?:ing\s+date|es?)\b[^.\n]{0,40}$/i.test(lead0) &&
    HOLD_AFTER_CLOSING.test(context.text.slice(e.index + e.text.length, e.index + e.text.length + 400)) &&
    (context.t === null || e.date >= context.t)
  )
    return {
      finding: {
        kind: 'no-contact-before',
        by: addDays(e.date, 1),
        phrase: e.text,
        evidence: evidence(e.detector),
      },
      expr: e,
      sentence,
    };
  // A day of return that the next sentence asks to wait for is the first day contact is welcome.
  if (
    employer &&
    e.form === 'point' &&
    !past &&
    (RETURN_LEAD.test(lead0) || (e.bound === 'until' && ABSENCE_LEAD.test(lead0))) &&
    holdOffNext(context.text, sentence) &&
    (context.t === null || e.date > context.t)
  )
    return {
      finding: { kind: 'no-contact-before', by: e.date, phrase: e.text, evidence: evidence(e.detector) },
      expr: e,
      sentence,
    };
  // "won't be looking at applications until the week of 15 March. There's no need to follow up before then": a day
  // the writer's side waits for, which the next sentence asks the reader to wait for too (round 100d).
  if (
    employer &&
    !past &&
    (e.bound === 'until' || e.bound === 'until-after') &&
    pointedNext(context.text, sentence) &&
    (context.t === null || e.date > context.t)
  ) {
    const by =
      e.bound === 'until-after'
        ? addDays(e.event ?? e.date, 1)
        : /\bweek\s+of\b/i.test(e.text)
          ? addDays(e.date, 1 - weekdayOf(e.date))
          : e.date;
    return {
      finding: { kind: 'no-contact-before', by, phrase: e.text, evidence: evidence(e.detector) },
      expr: e,
      sentence,
    };
  }
  // 1. A request to hold off contact ("please don't reach out before Monday"); a conditional permission
  //    ("if you haven't heard from us by 1 August, you may email") is a promise instead.
  // The condition counts in its own part of the sentence: "please don't chase before 30 November; if you haven't
  // heard from us by 4 December, …" asks to hold off before its ";" (round 38b).
  const semi = sentence.text.lastIndexOf(';', rel);
  const semiEnd = sentence.text.indexOf(';', rel + e.text.length);
  const ownPart = sentenceWords.slice(
    semi < 0 ? 0 : semi,
    semiEnd < 0 ? sentenceWords.length : semiEnd + sentenceWords.length - sentence.text.length,
  );
  // A day in a ';' part after the request, with no hold-off words nor a bound of its own there, is another
  // matter's: "No need to check in before the 22nd; the panel meets on the 24th" (round 120). (A day before the
  // request may be the one it points back to: "returns on Monday, November 23; please hold follow-ups until her
  // return".)
  const ownText = sentence.text.slice(semi < 0 ? 0 : semi, semiEnd < 0 ? sentence.text.length : semiEnd);
  const apart =
    semi >= 0 && !HOLD_OFF_CUE.test(ownText) && !CONTACT_WORD.test(ownText) && !POINTED_BOUND.test(ownText);
  // A day after a request that points back ("back … on Thursday 9 November, so please don't follow up before then -
  // the regional managers won't meet until the week I'm back", round 750) is no day of the request's.
  // (only where a day comes before the pointer and no request of its own comes between: "until then – it should all be
  // wrapped up by Wednesday 16 June", "until then, so please don't follow up before the 17th" keep theirs)
  const pointer = BACK_POINTER.exec(sentence.text.slice(0, rel));
  const afterPointer =
    pointer !== null &&
    /\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\d/i.test(sentence.text.slice(0, pointer.index)) &&
    !CONTACT_WORD.test(sentence.text.slice(pointer.index + pointer[0].length, rel));
  if (
    employer &&
    !apart &&
    !afterPointer &&
    !CONDITIONAL_PERMISSION.test(ownPart) &&
    HOLD_OFF_CUE.test(sentence.text) &&
    !HOLD_OFF_TOPIC.test(sentence.text) &&
    CONTACT_WORD.test(sentenceWords) &&
    // "Please do not contact the hiring manager; we will reach out within 10 business days": the date sits in
    // the employer's own promise, a clause apart from the request.
    (HOLD_OFF_CUE.test(clause) ||
      // (a clause that opens on "not" carries the request before it: "ask you to sit tight and not get in touch
      // until after the 20th", round 120f)
      /^\W*(?:(?:and|or)\s+)?not\s/i.test(clause) ||
      !RESPONSE_CUE.test(words) ||
      // "We won't be reviewing applications until … December 4, so there's no need to check in before then"
      POINTED_BOUND.test(sentence.text.slice(rel + e.text.length)))
  ) {
    const held =
      e.bound === 'before' ||
      e.bound === 'until' ||
      e.bound === 'until-after' ||
      e.form === 'window' ||
      /\b(?:before|until|till|prior\s+to)\b/i.test(sentence.text.slice(0, rel)) ||
      POINTED_BOUND.test(sentence.text) ||
      AFTER_RETURN.test(sentence.text.slice(0, rel)) ||
      // "Kindly resend your query on or after 25th Jan": the day itself is the first one welcome (round 100).
      (e.bound === 'after' && HOLD_OFF_CUE.test(clause)) ||
      (e.bound === 'after' && /^(?:from|as\s+of|starting)\b/i.test(e.text) && PERMISSION_FROM.test(lead0));
    if (held && !past) {
      // "until after the deadline of November 15": the day after; "until after Thanksgiving": the day after the
      // holiday itself, not the week a promise "after Thanksgiving" would allow.
      const untilAfter =
        e.bound === 'until-after' ||
        // The day's own bound word, else the nearest before it, decides: "won't decide until after the shutdown,
        // so please don't chase them before 11 January" is the 11th.
        (e.bound === 'none' &&
          /\b(?:until|till)\s+after\b/i.test(lastBoundWord(sentence.text.slice(0, rel)))) ||
        (e.bound === 'until' && /^until\s+after\b/i.test(e.text)) ||
        // "As the role closes on 16 June, please hold off on any follow-ups until after that date" (round 220).
        // (and after a day the writer's side waits for: "won't finalise the shortlist until the 27th, so please hold
        // off … until after then", round 280b)
        ((e.bound === 'none' || e.bound === 'until') &&
          /\b(?:until|till)\s+after\s+(?:then|that|this)\b/i.test(sentence.text.slice(rel + e.text.length)));
      // "until the week of November 23": contact is welcome from that week's Monday.
      const weekStart = /\bweek\s+of\b/i.test(e.text) ? addDays(e.date, 1 - weekdayOf(e.date)) : e.date;
      // "checking back with me after April 5": the day after; "on or after 25th Jan", "from Monday": that day.
      const dayAfter =
        e.bound === 'after' &&
        !/\bon\s+or\s+$/i.test(lead0) &&
        !/^(?:from|as\s+of|starting)\b/i.test(e.text) &&
        /^after\b/i.test(e.text);
      return {
        finding: {
          kind: 'no-contact-before',
          by: untilAfter || dayAfter ? addDays(e.event ?? e.date, 1) : weekStart,
          phrase: e.text,
          evidence: evidence(e.detector),
        },
        expr: e,
        sentence,
      };
    }
  }

  // A clause that refers back to the promise made beside it ("we will only contact those selected, and we aim
  // to do so by 27 November") borrows the sentence's response words when the employer is its subject.
  // So does a day that a later clause points back to ("but back Monday; you'll hear from me then").
  const later = sentence.text.slice(rel + e.text.length);
  const response =
    (RESPONSE_CUE.test(words) ||
      CONDITIONAL_PERMISSION.test(words) ||
      // "If it's been more than two weeks and you haven't heard anything, …": the condition spans clauses.
      conditionHolds(sentence.text, rel) ||
      // "Decision-wise, we're looking at the back end of next week", "as soon as we can - hopefully before
      // Thanksgiving": a clause of our own, or a fragment, carries on the promise made before it.
      (RESPONSE_CUE.test(sentence.text.slice(0, Math.max(0, clauseStart))) &&
        (/^\s*(?:we|i)(?:'re|'ll|'m|\s)/i.test(clause) ||
          fragment(words) ||
          // (and an "and" inside the question the promise answers, joining its nouns, not clauses: "We will update
          // you on where your clearance and our merit list stand no later than Friday 19 December", round 1070)
          OPEN_QUESTION_AND.test(sentence.text.slice(0, Math.max(0, clauseStart))))) ||
      (RESPONSE_CUE.test(sentenceWords) &&
        /\b(?:we|i|we'll|i'll|we're|i'm)\b/i.test(words) &&
        /\b(?:do\s+so|then|at\s+that\s+(?:point|time))\b/i.test(sentence.text)) ||
      // (and "… until Monday and will reach out once she's back": the return pointed at, round 160)
      (RESPONSE_CUE.test(later) && (BACK_REFERENCE.test(later) || RETURN_POINTER.test(later))) ||
      // (and a step's day before the answer it brings: "We're confirming our winter crew by early next month, and
      // everyone we spoke to will hear from us either way", round 1180)
      (RESPONSE_CUE.test(later) &&
        EITHER_WAY.test(later) &&
        !NAMES_A_DAY.test(later) &&
        EMPLOYER_SUBJECT.test(words)) ||
      (USUAL_LENGTH.test(words) && REVIEW_STEP.test(sentence.text.slice(0, rel))) ||
      (e.form !== 'point' && promisedNext(context.text, sentence)) ||
      sharedSubjectPromise(words, later, e)) &&
    // "Happy to jump on a call Friday if you want feedback": an offer the reader may take up, no promise (round 100).
    !READER_OPTION.test(sentence.text) &&
    !PREP_CALL.test(sentence.text) &&
    // "Final interviews … wrap up this week, but … we won't get everyone in a room until after Thanksgiving": a step's
    // day that the same sentence puts the decision off from is no promise (round 1160).
    !DEFERRED_LATER.test(later) &&
    // "…and heard back the next week", "candidates heard back within two weeks": an answer told as what happened
    // is no promise, unless the clause also looks ahead (en230's note).
    !(NARRATED_ANSWER.test(words) && !LOOKS_AHEAD.test(words));
  // A slot with a clock time in a message about an interview is one even where its own sentence has no cue
  // ("We'd love to have you in for a final interview. How does next Tuesday at 9am sound?").
  // A day alone needs the scheduling words in its own clause: "James will call you this afternoon …, and the
  // written offer will follow on Monday" names no slot on Monday.
  // "The team lunch is on Friday at noon": the event named nearest before the day is another one than a slot.
  const lead = clause.slice(0, Math.max(0, rel - clauseStart));
  // (an event's own noun is no slot's: "a networking call on Thursday at 6pm", round 70f)
  const otherEvent =
    lastHit(OTHER_EVENT, lead) >
    lastHit(
      SLOT_NOUN,
      lead.replace(OTHER_EVENT, (m) => ' '.repeat(m.length)),
    );
  // A timed day belongs to the event the message named last before it, where that is an event for many guests
  // rather than a slot ("You're invited: Careers Open Evening … Join our
  // recruiters on Wednesday 9 December from 6:00pm").
  // Interviews as a topic ("a live Q&A on interviews") name no slot of the reader's (round 70).
  const before = context.text.slice(0, e.index).replace(INTERVIEW_TOPIC, (m) => ' '.repeat(m.length));
  // A guest event's own noun is no slot's: "our live panel with hiring managers on Tuesday" (round 70b).
  const messageEvent =
    lastHit(GUEST_EVENT, before) >
    lastHit(
      SLOT_NOUN,
      before.replace(GUEST_EVENT, (m) => ' '.repeat(m.length)),
    );
  // In a job offer, a timed day with no interview words of its own is the start ("you are hereby offered the
  // position … Kindly report on 1st February at 8.00 am", round 70d).
  // (a digest's heading is no word of the entry's: "Tomorrow's schedule: 9:30 AM Interview prep", round 160)
  const digest = CALENDAR_DIGEST.test(context.text);
  const ownWords = INTERVIEW_CUE.test(
    (digest ? words.replace(/\b(?:schedule|agenda|events?)\b/gi, ' ') : words).replace(INTERVIEW_TOPIC, ' '),
  );
  // A booking in a message that names no job at all is a personal calendar's, whatever its own words ("Your MOT
  // is booked for Tuesday 9 March at 08:30 at Kwik Garage", round 144), unless it says "interview".
  // (so is one "at the ICA Building … Service: Passport collection", round 120e)
  // (the message's subject counts: "You're confirmed for Wednesday 2 December at 10am at our Box Hill clinic" under
  // "Interview – Practice Manager" is the interview, r49)
  const subjectHead = (context.subject ?? '').slice(0, 200);
  const jobWord = JOB_WORDS.test(context.text) || JOB_WORDS.test(subjectHead);
  const weakInText = WEAK_JOB_WORDS.test(context.text);
  const service = SERVICE_BOOKING.test(context.text) || SERVICE_WORDS.test(context.text);
  const personalService =
    !jobWord &&
    // Weak words count only where a service says nothing of itself twice ("Your appointment: … HR" stays a slot).
    (!weakInText || (service && serviceWords(context.text) >= 2)) &&
    service;
  // A booking of something other than a meeting, in a message with no job word at all (WEAK_JOB_WORDS included);
  // its thing is looked for only there.
  const thing = jobWord || weakInText || WEAK_JOB_WORDS.test(subjectHead) ? null : bookedThing(lead);
  // (a slot is a meeting's own noun: "The next available slot with the director is Tuesday")
  const bookedOther =
    thing !== null &&
    thing.search(SLOT_NOUN) < 0 &&
    !/\b(?:slot|time\s+slot|appointment\s+slot)s?\b/i.test(thing);
  // A call or meeting to work on something, in a message that names no job, application, team nor manager anywhere
  // (subject included), is a client's or a colleague's: "Can we do a quick call Thursday at 10 to go over the website
  // mockups?" (round 520). A bare "Can you do a quick call at 4:15pm tomorrow?" stays a slot.
  const workCall =
    !jobWord && !weakInText && !WEAK_JOB_WORDS.test(subjectHead) && WORK_PURPOSE.test(sentence.text);
  // (nor is its day a promise: "to walk through their feedback" names a meeting's purpose, not an answer)
  if (workCall && e.time !== null) return null;
  const interviewy =
    !workCall &&
    (ownWords ||
      (e.time !== null &&
        INTERVIEW_CUE.test(context.text.replace(INTERVIEW_TOPIC, ' ').replace(OTHERS_INTERVIEWS_ALL, ' ')) &&
        !digest &&
        !offersTheJob(context.text))) &&
    !personalService &&
    !bookedOther &&
    // In an offer, a call about the package is the offer's talk, no interview ("We'd love to have you join … I would
    // like to walk you through the package on a quick call on Monday", round 850).
    !(OFFER_TALK.test(sentence.text) && offersTheJob(context.text)) &&
    !plannedSchedule(context.text) &&
    !(e.time !== null && messageEvent) &&
    !JOB_DIGEST.test(context.text.slice(0, 200)) &&
    // "Mr Otieno has a board meeting clash on thurs so we have moved your interview to Fri 11th Dec": the clause
    // that names the reader's own interview is theirs, whatever meeting the sentence names beside it (round 70).
    // (a form's field line is its own statement: Calendly's "Updated: 9:30am - Monday, March 22" above "Reason: a board
    // call landed on Friday", round 1020)
    (!UNRELATED_MEETING.test(fieldLineOf(context.text, e.index) ?? sentenceWords) || YOUR_SLOT.test(words)) &&
    !otherEvent;
  // Facts (a closing date, a start date) are no slot; an interview's own length ("will last 45 minutes") is.
  const fact = FACT_CUE.test(
    withoutTitles(words).replace(
      /\b(?:will\s+)?(?:last|lasts|take|takes)\s+(?:about\s+|approximately\s+|around\s+)?(?:\d+|an?\s+hour|one\s+hour)[^,.;]*/gi,
      '',
    ),
  );
  // A slot is a bare day: "by Friday", "until Monday", "after the 15th" bound a window, they name no meeting.
  const pointSlot = e.form === 'point' && e.bound === 'none';

  // A calendar entry's end ("Starts: … 09:00:00 Ends: … 13:00:00") is the slot's end, no slot of its own.
  if (END_LABEL.test(lead)) return null;
  // (and a period right after them: "still interviewing a few other candidates this week and next", round 220)
  // (and the writer's own, in a message not the candidate's: a sibling's "My interview at the bank is tomorrow at 10,
  // wish me luck!", round 260b)
  if (
    (e.bound === 'none' || e.form === 'period') &&
    (OTHERS_INTERVIEWS.test(lead) ||
      NAMED_PERSONS_INTERVIEW.test(lead) ||
      (NAMED_CONFIRMED.test(lead) && !YOUR_SLOT.test(sentence.text)) ||
      THEIR_SLOT_AFTER.test(later) ||
      THIRD_PERSONS_CALL.test(lead) ||
      (employer && (WRITERS_OWN_INTERVIEW.test(lead) || WRITER_HAS_INTERVIEW.test(lead))))
  )
    return null;
  // A record's timestamp is no slot: "Your application status … was updated on 12/03/2026 at 2:14:55 PM" (round 50b).
  // (not a day bounded or ahead: "Results will be issued by Friday", "Referral notices are typically issued by
  // mid-November", rounds 760 and 790's probes)
  // (a day ahead is no record's: Calendly's "Updated: 9:30am - Monday, March 22" in a reschedule, round 1020)
  if (
    isStamp(lead) &&
    e.bound === 'none' &&
    !LOOKS_AHEAD.test(lead) &&
    (context.t === null || e.date <= context.t)
  )
    return null;

  // 2. An interview slot: a named day in scheduling words, not a past meeting nor a schedule of interviews.
  const longAgo = e.yearImplied === true && context.t !== null && daysBetween(context.t, e.date) > 240;
  // "Great speaking with you today": a day-only mention of the sent date is the conversation just had.
  const justHad = e.time === null && e.date === context.t;
  if (
    pointSlot &&
    interviewy &&
    !past &&
    !longAgo &&
    !justHad &&
    // (in the day's own part of the sentence: "second-round interviews are planned for February; your panel
    // interview is on Thursday 28 January at 2pm", round 100)
    !GENERIC_INTERVIEWS_CUE.test(ownPart) &&
    !AVAILABILITY_ASK.test(sentenceWords) &&
    !INTERVIEWER_NOTE.test(context.text) &&
    // A calendar reply that declines or cancels the event names no slot ("Declined: Interview – …", round 70c).
    // (unless it offers a new one: "Canceled: Interview … Could we do Thursday, 5th November at 3:30 PM IST
    // instead?", round 1010)
    !(DECLINED_EVENT.test(context.text) && !/\binstead\b/i.test(sentence.text)) &&
    !DECLINED_EVENT.test((context.subject ?? '').slice(0, 200)) &&
    !NAMED_CANDIDATE.test(context.text) &&
    !NETWORKING_COFFEE.test(context.text) &&
    !FEEDBACK_CALL.test(sentenceWords) &&
    !READER_OPTION.test(sentenceWords) &&
    // The writer's own free days are a choice offered, no slot: "I'm available any time Monday or Tuesday next
    // week" (a candidate's sent text, round 70); a clock time proposes one ("I'm free Thursday at 2").
    !(e.time === null && OWN_AVAILABILITY.test(sentenceWords)) &&
    // The day an invitation goes out is no slot: "Ill send a calendar invite tmrw" (round 930).
    !(e.time === null && INVITE_SENT_ON.test(lead)) &&
    // The writer's own meeting about the reader: "I am catching up with my co-founder tomorrow morning to talk through
    // where we landed" (round 1010).
    !WRITERS_OWN_MEETING.test(sentenceWords) &&
    // The reader's own day to answer: "Can you let me know today or first thing tomorrow if that works" (round 1030).
    !(e.time === null && ANSWER_BY.test(lead)) &&
    // In a message that offers the job, a day with no clock is the talks it followed or a step after it, no slot:
    // "With reference to your interviews on 11th and 15th March, we are pleased to offer you the position" (round
    // 1020; fx426's rule for German, French and Spanish).
    !(e.time === null && offersTheJob(context.text)) &&
    // A minute to midnight is a deadline's end ("expires on November 14 at 11:59 PM"), never a slot's start.
    e.time !== '23:59' &&
    !fact &&
    !declined(
      lead,
      context.text.slice(e.index + e.text.length, e.index + e.text.length + 40),
      sentence.text.slice(0, rel),
    ) &&
    (!response || e.time !== null || e.detector.endsWith(INTERVIEW_OF_WINDOW))
  ) {
    const slot = interviewFinding(context, sentence, e, messageIndex);
    // A slot already behind the sent time is one held or quoted ("Sent: Monday, November 9, 2026 4:12 PM").
    if (!startsBeforeSent(context, slot)) return { finding: slot, expr: e, sentence };
  }

  // An absence with its end: the first day contact is welcome (issue 13, class 6), unless the message promises a
  // day of its own (absenceGivesWay).
  // ("so please don't expect an update before then" beside it promises nothing: no news before a day is no promise,
  // r35)
  // A promise that points back at the day of return is due that day: "I'm on leave until 14 December and will send
  // you an update that day" (one date per situation: the promise's).
  const noNews = NO_NEWS_BEFORE.test(sentence.text);
  const pointsBack =
    response &&
    !noNews &&
    (RETURN_POINTER.test(sentence.text.slice(rel + e.text.length)) ||
      // …or says it before the day: "I'll reply when I'm back on March 23" (lead's round 149).
      RETURN_BEFORE_DAY.test(lead0));

  if (employer && (!response || noNews || pointsBack) && !past && !afterClosure(context.text, sentence)) {
    const back = absenceReturn(
      e,
      lead0,
      context.text.slice(e.index + e.text.length, e.index + e.text.length + 16),
      context.t,
    );
    if (back !== null && (context.t === null || back > context.t))
      return {
        finding: pointsBack
          ? { kind: 'response-by', by: back, phrase: e.text, fuzzy: false, evidence: evidence(e.detector) }
          : {
              kind: 'no-contact-before',
              by: back,
              phrase: e.text,
              // (an absence the sentence asks to wait out is a request of its own, no mere absence that a promise
              // outranks: "back on Tuesday 8 April, so please don't chase the team … before I'm back", round 770)
              evidence: evidence(
                `${e.detector}${HOLD_OFF_CUE.test(sentence.text) && CONTACT_WORD.test(sentence.text) ? '' : ABSENCE_DETECTOR}`,
              ),
            },
        expr: e,
        sentence,
      };
  }

  // 3. An employer's promise: response words in the clause, and no candidate deadline, fact or past event there.
  if (!employer || !response || past || e.bound === 'after') return null;
  // "we will email you your interview date at least five working days in advance": a notice ahead of an event
  // with no date here, no last day counted from today (round 70b).
  if (
    e.form === 'window' &&
    NOTICE_AHEAD.test(context.text.slice(e.index + e.text.length, e.index + e.text.length + 40))
  )
    return null;
  // "until mid-January at the earliest", "no sooner than December 7": a first day, not a last one.
  if (LOWER_BOUND.test(context.text.slice(e.index + e.text.length, e.index + e.text.length + 20)))
    return null;
  if (/\b(?:no\s+sooner\s+than|not\s+before|at\s+the\s+earliest)\s*$/i.test(lead)) return null;
  // "one more meeting on the 17th, after which we'll reach out": the day of an event the promise follows. (A step
  // bounded by a day is another matter: "expected to be finalised by mid-June, after which candidates will be
  // advised of the outcome" promises the answer by then, round 1150.)
  if (
    e.form !== 'window' &&
    !/^(?:by|no\s+later|not\s+later|on\s+or\s+before)\b/i.test(e.text) &&
    /^\s*(?:,\s*)?(?:after\s+which|after\s+that|following\s+which|thereafter)\b/i.test(
      context.text.slice(e.index + e.text.length, e.index + e.text.length + 24),
    )
  )
    return null;
  // "I'll be in touch after I speak with the hiring manager on Friday": the day is the event's, no last day.
  // "once I hear from the team, likely Thursday" states the day after a comma: that one is the promise.
  const event = EVENT_LEAD.exec(lead);
  const bounded = /^(?:by|before|no\s+later|not\s+later|on\s+or\s+before|until|till|within)\b/i.test(e.text);
  if (!bounded && e.form !== 'window' && event !== null && !lead.slice(event.index).includes(','))
    return null;
  if (CANDIDATE_DEADLINE_CUE.test(words) && !CONDITIONAL_PERMISSION.test(words)) return null;
  // A window counted from a stated event has that event's words beside it ("once the role closes on the 13th
  // we'll be in touch within 7-10 days"): they date the window, they do not make it a fact.
  const anchored = e.detector.endsWith('+anchor');
  // "a decision by month end, after the committee meets on the 18th": past a comma, another dated event's words
  // are its own, not this promise's (issue 13, class 3).
  const at = words.indexOf('…');
  const comma = words.indexOf(',', at);
  const factWords = comma > at && NAMES_A_DAY.test(words.slice(comma)) ? words.slice(0, comma) : words;
  if ((!anchored && FACT_CUE.test(withoutTitles(factWords))) || GENERIC_INTERVIEWS_CUE.test(words))
    return null;
  // "you won't hear from us before Monday": no news before a day promises none on it (r35, round 410). A request to
  // hold off "until then" in the sentence after makes the day the first one contact is welcome.
  if (e.bound === 'before' && NO_NEWS_BEFORE.test(sentence.text)) {
    const next = sentenceAfter(context.text, sentence, 200);
    const ask = [later, next].find(
      (t) => HOLD_OFF_CUE.test(t) && /\b(?:until|till|before)\s+then\b/i.test(t),
    );
    return ask !== undefined
      ? {
          finding: {
            kind: 'no-contact-before',
            by: e.date,
            phrase: ask.replace(/^[\s,;:\u2013\u2014-]+/, '').trim(),
            evidence: evidence(e.detector),
          },
          expr: e,
          sentence,
        }
      : null;
  }
  // A promise that waits on the reader's yes is no timeline: "Could we do Thursday instead? If that works, I will send
  // the new Teams invite first thing tomorrow" (round 1010); nor a length something took: "sorry it's taken me a
  // couple of days to get back to you" (round 990).
  if (IF_IT_SUITS.test(sentence.text.slice(0, rel)) || /\b(?:taken|took)\s+(?:me|us|them)\s+$/i.test(lead0))
    return null;
  const by = e.bound === 'before' ? addDays(e.date, -1) : e.date;
  if (context.t !== null && by < context.t) return null;
  return {
    finding: { kind: 'response-by', by, phrase: e.text, fuzzy: e.fuzzy, evidence: evidence(e.detector) },
    expr: e,
    sentence,
  };
}

export function startsBeforeSent(context: ReadContext, slot: Finding): boolean {
  if (slot.kind !== 'interview' || context.sentAt === null) return false;
  const sent = epochMs(context.sentAt);
  const start = epochMs(slot.start);
  return (
    sent !== null && start !== null && (slot.time === null ? slot.date < (context.t ?? '') : start < sent)
  );
}

export function interviewFinding(
  context: ReadContext,
  sentence: Sentence,
  e: TimeExpr,
  messageIndex: number,
): Finding {
  const evidence = {
    message: messageIndex,
    text: sentence.text,
    index: sentence.index,
    detector: e.detector,
  };
  const after = context.text.slice(
    sentence.index + sentence.text.length,
    sentence.index + sentence.text.length + 120,
  );
  const minutes = interviewMinutes(sentence.text, e, after);
  if (e.time === null) {
    // No clock time: the day as written, starting at midnight in the user's zone (time stays null).
    const start = zonedDateTimeToIso(e.date, '00:00', context.tz);
    return {
      kind: 'interview',
      start,
      end: addMinutesIso(start, minutes, context.tz),
      date: e.date,
      time: null,
      certainty: 'implied',
      evidence,
    };
  }
  const written = zonedDateTimeToIso(e.date, e.time, e.zone ?? context.readZone);
  const start = addMinutesIso(written, 0, context.tz);
  return {
    kind: 'interview',
    start,
    end: addMinutesIso(start, minutes, context.tz),
    date: dateInZone(start, context.tz),
    time: timeInZone(start, context.tz),
    certainty: 'stated',
    evidence,
  };
}
