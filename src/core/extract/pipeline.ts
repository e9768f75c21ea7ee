import type { Finding, InterviewFinding } from '../types';
import { isBlank, quoteHeaderAt } from '../mail/quoteDetect';
import { bareClock, chronoExprs } from './detectors/chronoDates';
import { dayOfMonth, sameDay, tomorrowAsTyped, weekdayWeek } from './detectors/days';
import {
  holidayPhrase,
  midweekOrWeekend,
  monthPhrase,
  quarterOrYear,
  weekOf,
  weekPhrase,
} from './detectors/periods';
import { comingDays, durationWindow, withinPeriod } from './detectors/windows';
import {
  anchorWindows,
  dayAfterNamedDay,
  dropRecurring,
  dropConversationDay,
  firstOfPair,
  joinClockTimes,
  keepLongest,
  mergeAdjacentDays,
  takeMovedEnd,
  readBounds,
} from './exprRefiners';
import { answerDeadline } from './answerDeadline';
import { classify, type Classified } from './classify';
import {
  dedupe,
  absenceGivesWay,
  latestHoldOff,
  latestPromise,
  backPointedPair,
  dropAlternatives,
  dropGoals,
  mergeRanges,
  resolveReschedules,
  type FindingRefiner,
} from './findingRefiners';
import {
  ACADEMIC_MAIL,
  NOT_A_JOB_MAIL,
  GROUP_GREETING,
  TEAM_GREETING,
  WELL_WISHING,
  ACCEPTS_QUOTED_SLOT,
  APPLICATION_WORDS,
  INTERVIEW_TOPIC,
  LIFE_ADMIN,
  NOT_THE_READERS,
  HOURS_CLOCK,
  H_CLOCK,
  ISH_CLOCK,
  MONTH,
  NUMERAL_ECHO,
  DATE_DASH_CLOCK,
  LABEL_CLOCK,
  LIST_MAIL,
  WRITER_HAS_INTERVIEW,
  ATS_SENDER,
  NOT_A_JOB_OFFER,
  OWN_APPLICATION,
  NO_CALLS_PATTERNS,
  OFFER_PATTERNS,
  ALREADY_HIRED,
  REJECTION_PATTERNS,
  WEEKDAY,
  MISSPELLINGS,
} from './phrases/en';
import { FOREIGN_LIST_FOOTER, FOREIGN_OWN_APPLICATION, HIRING_ANY } from './phrases/hiring';
import { phraseFindings, type PhraseReaders } from './phraseFindings';
import { MAX_TEXT_CHARS, splitSentences } from './sentences';
import { gateJudges, notCandidateMail } from './candidateMail';
import { CANDIDATE_GATE_EN } from './phrases/candidateWeights.en';
import type { Detector, ExprRefiner, ReadContext, Sentence, TimeExpr } from './model';

/**
 * Our detectors, one per phrase family. Their order is the tie-break of keepLongest: on two spans of equal
 * length the earlier one wins, and every one of ours wins over chrono's (added after them).
 */
export const DETECTORS: readonly Detector[] = [
  durationWindow, // "within two weeks", "in 5-7 business days" (before comingDays: "within the next 7-10 days")
  comingDays,
  withinPeriod,
  weekOf, // "during the week of January 5" (before weekPhrase, which would read "the week" alone)
  weekPhrase,
  midweekOrWeekend, // after weekPhrase: "mid next week" is weekPhrase's, longer
  monthPhrase,
  quarterOrYear,
  holidayPhrase,
  sameDay,
  tomorrowAsTyped,
  weekdayWeek, // "by Friday week": longer than chrono's "Friday", so keepLongest keeps it
  dayOfMonth,
  bareClock, // a time only, joined to its day by joinClockTimes
];

/** Expression refiners, in order. */
export const EXPR_REFINERS: readonly ExprRefiner[] = [
  keepLongest, // first: later steps assume one expression per span
  dropRecurring, // before anchorWindows: "every Friday" is no event a window counts from
  dropConversationDay, // "As discussed on Friday": the talk's day, no slot's nor an anchor's
  takeMovedEnd, // before readBounds: "from Thursday to next Monday" is read as "to next Monday" when a slot moves
  mergeAdjacentDays, // before readBounds: "by Friday the 20th" takes its bound once, for the whole day
  firstOfPair, // "19 and 20 January" is the 19th (after the days are merged, before bounds join them)
  readBounds, // "by", "before", "until after" join the phrase; needs the spans settled
  anchorWindows, // after readBounds: an event date is a plain point here, not part of a window
  joinClockTimes, // a time joins the day that survived the steps above
  dayAfterNamedDay, // last: counts from the day named before it, as settled above
];

/** Finding refiners, in order. */
export const FINDING_REFINERS: readonly FindingRefiner[] = [
  resolveReschedules, // before dropAlternatives: old and new slot of a move are not a choice
  dropAlternatives,
  mergeRanges, // before dropGoals: "Wednesday or Thursday" is one promise
  dropGoals,
  backPointedPair, // before latestPromise: the pair's two findings share one day
  latestPromise, // after dropGoals and mergeRanges: a goal or half a range is no promise to compare
  absenceGivesWay, // after latestPromise: a promise left standing outranks an absence
  latestHoldOff, // before dedupe: a sentence's hold-off days are one request
  dedupe,
];

function runDetectors(context: ReadContext): readonly TimeExpr[] {
  const out: TimeExpr[] = [];
  const text = context.text.slice(0, MAX_TEXT_CHARS);
  for (const d of DETECTORS) {
    const re = new RegExp(
      d.pattern.source,
      d.pattern.flags.includes('g') ? d.pattern.flags : `${d.pattern.flags}g`,
    );
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex += 1;
        continue;
      }
      const found = d.extract(context, m);
      if (found !== null)
        out.push({
          ...found,
          index: m.index,
          text: m[0].replace(/(?<![\s,.;:])[\s,.;:]+$/, ''),
          detector: d.name,
        });
      else context.debug(() => `${d.name}: "${m?.[0] ?? ''}" is not mine`);
    }
  }
  // chrono's spans may end in a comma ("Monday,"): the phrase is the words.
  return [
    ...out,
    ...chronoExprs(context).map((e) => ({ ...e, text: e.text.replace(/(?<![\s,.;:])[\s,.;:]+$/, '') })),
  ];
}

function sentenceOf(sentences: readonly Sentence[], index: number): Sentence | undefined {
  return sentences.find((s) => index >= s.index && index < s.index + s.text.length);
}

/**
 * What a school's or a university's mail says of an exam's or a place's candidates, blanked before its job words are
 * looked for (rounds 550, 580): "Dear Student, … through the candidate portal", "Thank you for your application to
 * the MSc … an admissions interview … Offers will be made in the following weeks". Its applications and applicants
 * are a place's, however the programme is named ("your application to the Global Executive MBA", "Dear Applicant",
 * rounds 650, 670); a job there names a role, a post or a vacancy.
 */
const ACADEMIC_NOT_JOB =
  /\b(?:admissions?\s+interviews?|candidat\w*|appl(?:y|ied|ying|ications?|icants?)\b|offers?\s+(?:will\s+be\s+made|of\s+(?:a\s+)?places?))/gi;

/** A school's mail without its candidates' words; in admissions mail, "the interview" is the admissions one (round 590). */
function withoutExamWords(text: string): string {
  const out = text.replace(ACADEMIC_NOT_JOB, ' ');
  // (and a scholarship's: "Your interview will be held on Tuesday 4 April" for a MEXT scholarship, round 800)
  // (and an exam's oral: "Your oral exam (interview with two examiners)", round 810)
  return /\b(?:admissions?|scholarships?|exam(?:ination)?s?|examiners?)\b/i.test(out)
    ? out.replace(/\binterview\w*/gi, ' ')
    : out;
}

/** What one message says, with what a later reply may refer back to. */
export interface MessageReading {
  readonly findings: readonly Finding[];
  /** Interview slots offered as alternatives (so no interview yet), for a reply that picks one by weekday. */
  readonly offered: readonly InterviewFinding[];
  /** Interview findings named by a weekday alone ("Wednesday at 10 AM works best for me"). */
  readonly byWeekday: readonly InterviewFinding[];
}

// A day named by its weekday alone: no month, no day number, no numeric date.
const BARE_WEEKDAY = new RegExp(String.raw`^(?:on\s+)?(?:this\s+|next\s+|coming\s+)?${WEEKDAY}`, 'i');
const NAMES_A_DATE = new RegExp(String.raw`\d{1,2}[/.-]\d|\bthe\s+\d|\d(?:st|nd|rd|th)\b|\b${MONTH}`, 'i');

function isBareWeekday(e: TimeExpr | null): boolean {
  return e !== null && BARE_WEEKDAY.test(e.text) && !NAMES_A_DATE.test(e.text);
}

/** Dated findings (interview, response-by, no-contact-before) of one message's text. */
function datedFindings(
  context: ReadContext,
  sentences: readonly Sentence[],
  messageIndex: number,
  employer: boolean,
): Omit<MessageReading, 'findings'> & {
  readonly dated: readonly Finding[];
  readonly exprs: readonly TimeExpr[];
} {
  let exprs = runDetectors(context);
  for (const refine of EXPR_REFINERS) exprs = refine(context, exprs);
  const classified: Classified[] = [];
  for (const e of [...exprs].sort((a, b) => a.index - b.index)) {
    const sentence = sentenceOf(sentences, e.index);
    if (sentence === undefined) continue;
    const c = classify(context, sentence, e, messageIndex, employer);
    if (c !== null) classified.push(c);
    else context.debug(() => `no kind for "${e.text}" in "${sentence.text}"`);
  }
  let items: readonly Classified[] = classified;
  let offered: readonly InterviewFinding[] = [];
  for (const refine of FINDING_REFINERS) {
    const before = items;
    items = refine(context, items);
    if (refine === dropAlternatives)
      offered = before
        .filter((c) => !items.includes(c))
        .map((c) => c.finding)
        .filter((f): f is InterviewFinding => f.kind === 'interview');
  }
  return {
    dated: items.map((c) => c.finding),
    exprs,
    offered,
    byWeekday: items
      .filter((c) => isBareWeekday(c.expr))
      .map((c) => c.finding)
      .filter((f): f is InterviewFinding => f.kind === 'interview'),
  };
}

/**
 * Asides that cut a request from its verb, set off by dashes ("not in a position — given the number of applicants —
 * to respond to phone calls") or by commas around a word ("is, unfortunately, not"): read without them
 * (round 160).
 */
const ASIDES = /[—–][^—–.;!?\n]+[—–]|,[ \t]*[\w']+[ \t]*,/g;

function noCallsWords(text: string): RegExpExecArray | null {
  return NO_CALLS_PATTERNS.map((re) => re.exec(text)).find((m) => m !== null) ?? null;
}

/**
 * A list of channels with the phone in it is the phone: "unable to respond to phone or email enquiries", "by email or
 * telephone" (round 280). Read with the other channels blanked, keeping offsets.
 */
const CHANNEL_LIST =
  /\b((?:tele)?phone)((?:[ \t]*(?:,|\/|&|\bor\b|\band\b|\bnor\b)[ \t]*(?:e-?mail|in[ \t-]person|text|sms|whats[ \t]?app|linkedin|social[ \t]+media|post|letter)\b){1,3})|\b((?:(?:e-?mail|in[ \t-]person|text|sms|whats[ \t]?app|linkedin|social[ \t]+media)[ \t]*(?:,|\/|&|\bor\b|\band\b|\bnor\b)[ \t]*){1,3})((?:tele)?phone)\b/gi;
function phoneOfChannels(text: string): string {
  return text.replace(CHANNEL_LIST, (_m, phone1?: string, rest1?: string, rest2?: string, phone2?: string) =>
    phone1 !== undefined
      ? phone1 + ' '.repeat(rest1?.length ?? 0)
      : ' '.repeat(rest2?.length ?? 0) + (phone2 ?? ''),
  );
}

/** The English tables' no-calls and outcome phrases (phraseFindings.ts). */
const ENGLISH_PHRASES: PhraseReaders = {
  // "Please don't hesitate to call" invites a call.
  noCalls: (text) =>
    /\bhesitate\b/i.test(text)
      ? null
      : (noCallsWords(text) ??
        // Blanked to the same length, so the match's offset still points into the message's own text.
        (/[,—–]/.test(text) ? noCallsWords(text.replace(ASIDES, (m) => ' '.repeat(m.length))) : null) ??
        (text.search(CHANNEL_LIST) >= 0 ? noCallsWords(phoneOfChannels(text)) : null)),
  rejections: (text) => REJECTION_PATTERNS.map((re) => re.exec(text)),
  offers: (text) => (NOT_A_JOB_OFFER.test(text) ? [] : OFFER_PATTERNS.map((re) => re.exec(text))),
  alreadyHired: (text) => ALREADY_HIRED.test(text),
  condition: /\b(?:if|unless|assume|should\s+you\s+not)\b/i,
};

/** Lines quoted with ">" are someone else's words: blanked, keeping offsets. */
export function blankQuotedLines(text: string): string {
  return text.replace(/^[ \t]*>.*$/gm, (line) => ' '.repeat(line.length));
}

/** Only the lines quoted with ">", their marks blanked, keeping offsets. */
function quotedLinesOnly(text: string): string {
  return text
    .replace(/^(?![ \t]*>).*$/gm, (line) => ' '.repeat(line.length))
    .replace(/^[ \t]*>[> \t]*/gm, (lead) => ' '.repeat(lead.length));
}

/** The dated findings of a message's quoted lines (`lines` keeps the ones wanted, offsets held), read as an employer's. */
function readQuoted(context: ReadContext, lines: (text: string) => string): ReturnType<typeof datedFindings> {
  const text = readable(lines(context.text.slice(0, MAX_TEXT_CHARS)));
  return datedFindings({ ...context, text }, splitSentences(text), 0, true);
}

/**
 * "Sounds great — see you Thursday!" above a quoted "would Thursday 11/12 at 1pm ET work?": a day without a time
 * in the reply is the one slot the quoted message names on that day, offered alone or among others (round 28).
 */
function timeFromQuoted(context: ReadContext, findings: readonly Finding[]): readonly Finding[] {
  if (!findings.some((f) => f.kind === 'interview' && f.time === null) || !/^[ \t]*>/m.test(context.text))
    return findings;
  // The quoted slots, offered as a choice or not: the reply's day picks one.
  const read = readQuoted(context, quotedLinesOnly);
  const quoted = [...read.dated, ...read.offered].filter(
    (f): f is InterviewFinding => f.kind === 'interview' && f.time !== null,
  );
  return findings.map((f) => {
    if (f.kind !== 'interview' || f.time !== null) return f;
    const same = quoted.filter((q) => q.date === f.date);
    const [only] = same;
    return same.length === 1 && only !== undefined ? { ...only, evidence: f.evidence } : f;
  });
}

/** Only the lines quoted once (">", not ">>"), their marks blanked, keeping offsets: the message replied to. */
function lastQuotedLines(text: string): string {
  return text
    .replace(/^(?![ \t]*>(?![ \t]*>)).*$/gm, (line) => ' '.repeat(line.length))
    .replace(/^[ \t]*>[ \t]*/gm, (lead) => ' '.repeat(lead.length));
}

/**
 * "Perfect, see you then!" above a quoted "could you do Friday 19 March at 10:30 instead?": a reply that takes the
 * slot without naming it takes the one timed slot the message it answers proposes (round 150); none where that
 * message offers several or none.
 */
function slotFromQuoted(context: ReadContext, own: string, findings: readonly Finding[]): readonly Finding[] {
  if (findings.some((f) => f.kind === 'interview') || !ACCEPTS_QUOTED_SLOT.test(own)) return findings;
  if (!/^[ \t]*>/m.test(context.text)) return findings;
  const read = readQuoted(context, lastQuotedLines);
  const slots = read.dated.filter((f): f is InterviewFinding => f.kind === 'interview' && f.time !== null);
  const [only] = slots;
  return slots.length === 1 && only !== undefined && read.offered.length === 0
    ? [...findings, only]
    : findings;
}

/**
 * Curly quotes as straight ones, one character for one, so the tables' "we'll" matches "we’ll" and offsets hold;
 * so are the no-break spaces of text flattened from HTML, and an "&nbsp;" left as written becomes six spaces
 * ("Time:&nbsp;1:15&nbsp;PM", round 70).
 */
function straightenQuotes(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/&nbsp;/gi, '      ');
}

/**
 * A table's label column flattened from HTML, "Date | Thursday 13 September 2029" or "Time<TAB>09:00" (round
 * 290b): the label read as "Date:", one character for one.
 */
// (two columns only: a table of several, "Candidate | Date | Time", is read as it stands; a label already followed by
// its colon, "Reporting Time\t: 10:30:00", keeps it)
const LABEL_COLUMN = /^([ \t]*\p{L}[\p{L}\p{N}_ &/'-]{0,30}?)([ \t]*(?:\||\t)[ \t]*)(?=[^\s:|][^|\t\n]*$)/gmu;
function labelColumns(text: string): string {
  return text.replace(
    LABEL_COLUMN,
    (_m, label: string, gap: string) => `${label}:${' '.repeat(gap.length - 1)}`,
  );
}

/** A message's text as the tables read it: straight quotes, table labels, weekdays spelt right; offsets held. */
function readable(text: string): string {
  return correctMisspellings(labelColumns(straightenQuotes(text)));
}

/**
 * Misspelt weekdays corrected, one word for a word of the same length or a shorter one padded, so offsets hold ("by
 * wendesday", "on wensday 16th").
 */
function correctMisspellings(text: string): string {
  let out = text;
  for (const [re, word] of MISSPELLINGS)
    out = out.replace(re, (m) =>
      (/^[A-Z]/.test(m) ? word[0]?.toUpperCase() + word.slice(1) : word).padEnd(m.length),
    );
  return out;
}

/**
 * English clocks without a colon: "at 0930hrs" and "10h00" are "09:30" and "10:00", "2:30ish" is "2:30"; and a
 * number word's bracketed digits, "three (3)" (padded: offsets hold).
 */
function englishClocks(text: string): string {
  return (
    text
      .replace(HOURS_CLOCK, (m, h: string, min: string) => `${h}:${min}`.padEnd(m.length))
      .replace(H_CLOCK, (m, h: string, min: string) => `${h}:${min}`.padEnd(m.length))
      .replace(ISH_CLOCK, (m, clock: string) => clock.padEnd(m.length))
      // "are you free Fri 14th at 9.30?": a clock written with a dot after "at", one character for one (round 830)
      .replace(/(?<=\b(?:at|@)\s)(\d{1,2})\.([0-5]\d)\b(?![.,]\d)/gi, '$1:$2')
      // "within three (3) months": the number once, the bracketed digits blanked (round 100b)
      .replace(NUMERAL_ECHO, (m, word: string) => word.padEnd(m.length))
      // "• Tue Feb 16 – 1:00 PM CT": the day and its clock, not a range of hours (round 100c)
      .replace(DATE_DASH_CLOCK, (m) => ','.padEnd(m.length))
      // "Time : 1430 – 1530": the label's four digits are a clock, "14:30" (the range's end stays unread)
      .replace(LABEL_CLOCK, (_m, h: string, min: string) => `${h}:${min}`)
      // A hyphen bullet opening a line is a bullet, not a range's dash joining the line above ("… 10 AM ET\n-
      // Tuesday, January 26 at 3 PM ET" read by chrono as one range, round 100f)
      .replace(/^([ \t]*)-(?=[ \t]+\S)/gm, '$1•')
  );
}

/**
 * Job words that are not the reader's application (rounds 860, 870): the writer's own hiring of others ("We are also
 * recruiting a new property manager", "The governors are interviewing for the new head teacher", "I am interviewing
 * two new cleaning contractors") and the reader's present job ("your employer", "your HR department", "the HR
 * helpdesk"), blanked before a life-admin mail's job words are looked for.
 */
const INCIDENTAL_JOB_WORDS =
  /\b(?:we|i|they|the\s+(?:governors|board|school|trust|council|company|team))\s+(?:are|am|'re|'m|is|will\s+be)\s+(?:also\s+|currently\s+|now\s+)?(?:recruiting|hiring|interviewing)\b[^.\n]{0,80}|\byour\s+(?:current\s+)?(?:employer|employment|hr(?:\s+department)?|line\s+manager|payslips?|job\s+title|salary)\b|\b(?:the\s+)?hr\s+(?:helpdesk|help\s+desk|portal|services)\b|\b(?:ai\s+)?hiring\s+(?:tools?|software|platforms?|trends|practices)\b/gi;
function incidental(text: string): string {
  return text.replace(INCIDENTAL_JOB_WORDS, blankOut);
}

/** A match replaced by spaces of its length, so offsets hold. */
function blankOut(m: string): string {
  return ' '.repeat(m.length);
}

/** An interview in another sense than a job's, named as such (a visa's, a citizenship's, an admission's, a study's). */
const OTHER_SENSE_INTERVIEW =
  /\b(?:exit|visa|consular|embassy|admissions?|naturali[sz]ation|citizenship|immigration|asylum|mortgage|research|press|media|podcast|enrol(?:l)?ment|placement|scholarship|parents?'?(?:\s*[-–—/&]\s*teachers?'?)?)\s+(?:(?:test|exam)\s+and\s+|initial\s+|in-person\s+|follow-?up\s+|re-?)?interviews?\b|\binterviews?\s+on\s+your\s+application\s+for\s+(?:naturali[sz]ation|citizenship|asylum|permanent\s+residen\w+|a\s+visa)\b|\binterviews?\s+with\s+(?:an?\s+|the\s+)?(?:citizenship|immigration|visa|consular|asylum|border|naturali[sz]ation)\s+(?:officer|official|agent|judge|adjudicator)s?\b/i;

/**
 * Whether a message is about something else than the reader's own application, whatever dates and windows it holds
 * (rounds 240 and 240b): someone else's (a note sent to the reader by mistake, "it was sent to you in error", whose
 * slots and "decision early next week" are the panel's; a request for a reference on a candidate), or a message with
 * no word of a job application at all once interviews as a topic are set aside ("Ace Your Interview – 4-week online
 * course") that is about the reader's life instead (a clinic, a gym class, a jury summons, a fixture, a nursery, a
 * dentist's or a visa centre's appointment) or about interviews as a topic (a course, a coach's feedback "within 48
 * hours"), or about something else that uses a job's words (a reporter's interview, an application for a card or a
 * loan, round 250b). English only: the other languages' readers return before this test.
 */
function notAboutOwnApplication(text: string, subject: string | undefined): boolean {
  if (NOT_THE_READERS.test(text) || inviteeIsAnother(text)) return true;
  const head = (subject ?? '').slice(0, 300);
  const noJobWords = (body: string, title: string): boolean =>
    !APPLICATION_WORDS.test(incidental(body)) && !APPLICATION_WORDS.test(title);
  // A reporter's interview or a card's application (round 250b): the press's own "interview" is no job word.
  const press = (t: string): string => t.replace(/\binterview\w*/gi, ' ');
  // (and a friend's "Good luck with your interview Thursday!", heldout6)
  if ((NOT_A_JOB_MAIL.test(text) || WELL_WISHING.test(text)) && noJobWords(press(text), press(head)))
    return true;
  // A club's or a family's "Hi all" (round 280); a team's "Hi team" that says "you" nowhere (round 410).
  if (GROUP_GREETING.test(text) && noJobWords(text, head)) return true;
  if (TEAM_GREETING.test(text) && !/\byou(?:r|rs|rself|'re|'ll|'ve|'d)?\b/i.test(text)) return true;
  // (search, not test: INTERVIEW_TOPIC is global, and test() would keep its lastIndex)
  if (text.search(INTERVIEW_TOPIC) < 0 && !LIFE_ADMIN.test(text)) return false;
  // (and the writer's own interview, told to a landlord: "I have a job interview in the city on Wensday so could I view
  // it that evening", round 680)
  // (and, where the mail names an interview in another sense, "the interview" later is that one: "Your naturalization
  // interview is scheduled … A decision is usually made at the end of the interview", round 790)
  const topicless = text.replace(INTERVIEW_TOPIC, blankOut).replace(WRITER_HAS_INTERVIEW, blankOut);
  return noJobWords(
    OTHER_SENSE_INTERVIEW.test(text)
      ? topicless.replace(/\b(?:the|your|this|that|an?)\s+(?:[\w-]+\s+){0,2}?interviews?\b/gi, blankOut)
      : topicless,
    head,
  );
}

/**
 * A scheduling tool's notice to the host: "Hi Jess, A new event has been scheduled … Invitee: Daniel Okoro" (round
 * 1020). The invitee's own copy greets the invitee ("Hi Cheuk Yin, … Invitee: Cheuk Yin Wong", round 860).
 */
function inviteeIsAnother(text: string): boolean {
  const invitee = /^[ \t]*[Ii]nvitee(?:[ \t]+[Nn]ame)?[ \t]*:\s*(\p{Lu}[\p{L}'-]+)/mu.exec(text)?.[1];
  const greeted = /^[ \t]*(?:[Hh]i|[Hh]ello|[Dd]ear|[Hh]ey)[ \t]+(\p{Lu}[\p{L}'-]+)/mu.exec(text)?.[1];
  return invitee !== undefined && greeted !== undefined && invitee.toLowerCase() !== greeted.toLowerCase();
}

/**
 * Everything one message says: interviews from any message; timelines, hold-offs, no-calls and outcomes only
 * when `employer` (ADVICE.md "What is detected").
 */
export function readMessage(context: ReadContext, messageIndex: number, employer: boolean): MessageReading {
  const text = readable(blankQuotedLines(context.text.slice(0, MAX_TEXT_CHARS)));
  const ctx: ReadContext = { ...context, text };
  // A list's mail in German, French or Spanish that says nothing of the reader's own application (r62), as the
  // English one below.
  if (FOREIGN_LIST_FOOTER.test(text) && !FOREIGN_OWN_APPLICATION.test(text) && !OWN_APPLICATION.test(text))
    return { findings: [], offered: [], byWeekday: [] };
  if (context.language !== undefined)
    return {
      findings: context.language.read(ctx, context.language, messageIndex, employer),
      offered: [],
      byWeekday: [],
    };
  // A list's mail that says nothing of the reader's own application is no employer's word to the reader (round 160);
  // an applicant tracking system's mail, "Sent via Greenhouse … Unsubscribe", is to one candidate (round 660).
  if (LIST_MAIL.test(text) && !OWN_APPLICATION.test(text) && !ATS_SENDER.test(text))
    return { findings: [], offered: [], byWeekday: [] };
  // So is a school's exam timetable that names no job (round 230b). In a school's or a university's mail a candidate,
  // an application, an interview or an offer are an exam's or a place's: "Dear Student, Your HKDSE examination results
  // will be released … through the candidate portal" (round 580), "Thank you for your application to the MSc … an
  // admissions interview on Friday 6 March … Offers will be made in the following weeks" (round 550): ACADEMIC_NOT_JOB.
  // (A public service commission's exam words around a job's "Personality Test (Interview)" for "the post of
  // Assistant Engineer" do not make it a school's: a post names a job as a role does, round 1070.)
  if (ACADEMIC_MAIL.test(text) && !HIRING_ANY.test(withoutExamWords(text)) && !/\bposts?\s+of\b/i.test(text))
    return { findings: [], offered: [], byWeekday: [] };
  if (notAboutOwnApplication(text, context.subject)) return { findings: [], offered: [], byWeekday: [] };
  const quoted = quoteStart(text);
  const reading = readOwnWords(context, text, quoted, messageIndex, employer);
  // What the phrase rules found in an employer's message, where the message's words as a whole (the thread's, in a
  // thread) say it is about something else (candidateMail.ts): the rules read sentences, the gate the whole message.
  // Not in a thread the reader wrote in: their own replies say it is their conversation.
  if (
    employer &&
    context.readerInThread !== true &&
    reading.findings.length > 0 &&
    (context.threadWords !== undefined
      ? notCandidate(context.threadWords, context.subject)
      : notCandidateMessage(text, quoted, context.subject))
  )
    return { findings: [], offered: [], byWeekday: [] };
  return reading;
}

/**
 * Whether the gate says a message is not to a candidate: a reply by its own words above a quoted one (the quote may
 * be the reader's own, in a candidate's words: round 930); a forward with the message it forwards, which is what the
 * writer sends the reader (round 740), unless the forwarder's own words, enough to judge, are to a candidate ("Dear
 * Kavya, Please find below the schedule shared by the hiring manager. Kindly be available …" above the manager's
 * "share the link with the candidate", round 1140).
 */
function notCandidateMessage(text: string, quoted: number, subject: string | undefined): boolean {
  if (quoted <= 0) return notCandidate(text, subject);
  const own = text.slice(0, quoted);
  if (!/forwarded\s+message|begin\s+forwarded/i.test(text.slice(quoted, quoted + 200)))
    return notCandidate(own, subject);
  return notCandidate(text, subject) && !(gateJudges(own) && !notCandidate(own, subject));
}

/** Whether an English message's words say it is not to a candidate about their application (candidateMail.ts). */
function notCandidate(text: string, subject: string | undefined): boolean {
  const withoutInterview = (t: string): string => t.replace(/\binterview\w*/gi, ' ');
  const jobWords =
    APPLICATION_WORDS.test(incidental(withoutInterview(text))) ||
    APPLICATION_WORDS.test(withoutInterview((subject ?? '').slice(0, 300)));
  return notCandidateMail(text, jobWords, CANDIDATE_GATE_EN);
}

/** An English message's reading: the reply's own words above a quoted message (from `cut`), else the whole. */
function readOwnWords(
  context: ReadContext,
  text: string,
  cut: number,
  messageIndex: number,
  employer: boolean,
): MessageReading {
  // An earlier message quoted under a header ("-----Original Message-----", "From: … Sent: …", "On … wrote:") is
  // older words: what the reply above it says wins, and the quote is read only where the reply says nothing of
  // its own (a bare forward, "see below"). Its subject line "2nd interview Wed 21/04 10:00" is no slot (round 120b).
  // (`cut`: where the quote starts, quoteStart's; -1 for none)
  if (cut > 0) {
    const own = readEnglish(
      context,
      text.slice(0, cut) + text.slice(cut).replace(/[^\n]/g, ' '),
      messageIndex,
      employer,
    );
    // "see you Wednesday!" above the forwarded confirmation: the day is the reply's, its clock the quote's.
    if (own.findings.some((f) => f.kind === 'interview' && f.time === null)) {
      const whole = readEnglish(context, text, messageIndex, employer).findings;
      const timed = (f: Finding): Finding =>
        f.kind === 'interview' && f.time === null
          ? (whole.find((w) => w.kind === 'interview' && w.date === f.date && w.time !== null) ?? f)
          : f;
      return { ...own, findings: own.findings.map(timed) };
    }
    if (own.findings.length > 0) return own;
  }
  return readEnglish(context, text, messageIndex, employer);
}

const HEADER_LEAD = /^[ \t]*(?:[-_=*~─━]|from\b|sent\b|on\b|date\b)|\bwrote\b|\boriginal\s+message\b/i;

/** The offset of the first quote header below some text of the message's own, or -1. */
function quoteStart(text: string): number {
  const lines = text.split('\n');
  const starts: number[] = [];
  let offset = 0;
  let own = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    starts.push(offset);
    offset += line.length + 1;
    if (isBlank(line)) continue;
    // (only a line that may open a header is asked: a rule, a "From:"/"Sent:" label or an "On … wrote:")
    const found = own && HEADER_LEAD.test(line) ? quoteHeaderAt(lines, i) : null;
    if (found !== null) return starts[found.start] ?? -1;
    own = true;
  }
  return -1;
}

/** The English reading of a message's prepared text (`context` keeps the text as sent, its quotes included). */
function readEnglish(
  context: ReadContext,
  text: string,
  messageIndex: number,
  employer: boolean,
): MessageReading {
  const ctx: ReadContext = { ...context, text };
  const english: ReadContext = { ...ctx, text: englishClocks(text) };
  const sentences = splitSentences(english.text);
  const read = datedFindings(english, sentences, messageIndex, employer);
  const { exprs, offered, byWeekday } = read;
  const dated = slotFromQuoted(context, text, timeFromQuoted(context, read.dated));
  // One outcome of each kind per message, as the other languages' readers give: an offer said in two sentences ("We
  // are delighted to offer you the role … Your offer letter is attached") is one offer (round 260).
  const phrases = employer
    ? phraseFindings(sentences, messageIndex, ENGLISH_PHRASES).filter(
        (f, i, all) =>
          f.kind !== 'outcome' || all.findIndex((o) => o.kind === 'outcome' && o.outcome === f.outcome) === i,
      )
    : [];
  // An offer that asks for an answer by a day carries that day (ADVICE.md "Outcomes…").
  const offers = phrases.some((f) => f.kind === 'outcome' && f.outcome === 'offer');
  const deadline = offers ? answerDeadline(ctx, sentences, exprs) : null;
  return {
    findings: [
      ...dated,
      ...phrases.map((f) =>
        deadline !== null && f.kind === 'outcome' && f.outcome === 'offer'
          ? { ...f, respondBy: deadline }
          : f,
      ),
    ],
    offered,
    byWeekday,
  };
}
