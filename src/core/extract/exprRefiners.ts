import { addDays, dateFromParts, daysBetween, nextWeekdayAfter, weekdayOf } from '../time';
import { readWeekday } from './_lib/words';
import {
  ANCHOR_LEAD,
  AS_DISCUSSED_BEFORE,
  EVENT_BACK_ROWS,
  HOLD_OFF_CUE,
  MEETING_EVENT_ROWS,
  INTERVIEW_CUE,
  WRITER_HAS_INTERVIEW,
  RESCHEDULE_CUE,
  UNDATED_EVENT_LEAD,
  WEEKDAY,
} from './phrases/en';
import { alternation } from './phrases/rows';
import { splitSentences } from './sentences';
import { countWindow } from './detectors/windows';
import { CHRONO_DETECTOR, CLOCK_DETECTOR } from './detectors/chronoDates';
import type { Bound, ExprRefiner, ReadContext, TimeExpr, WindowSpan } from './model';

const end = (e: TimeExpr): number => e.index + e.text.length;

/**
 * Overlapping expressions: the longer one stands; on a tie the earlier-declared detector (ours before chrono). A
 * clock time whose span holds a day of ours ("tmrw at 4", chrono knowing no "tmrw") gives its time to that day.
 */
export const keepLongest: ExprRefiner = (_context, exprs) =>
  longestOnly(
    exprs.map((e) => {
      if (e.date === '' || e.time !== null || e.form !== 'point' || e.detector === CHRONO_DETECTOR) return e;
      const clock = exprs.find(
        (o) => o.detector === CLOCK_DETECTOR && o.time !== null && o.index <= e.index && end(e) <= end(o),
      );
      return clock === undefined
        ? e
        : { ...e, index: clock.index, text: clock.text, time: clock.time, zone: clock.zone };
    }),
  );

const longestOnly = (exprs: readonly TimeExpr[]): readonly TimeExpr[] =>
  exprs.filter(
    (e, i) =>
      !exprs.some(
        (o, j) =>
          j !== i &&
          o.index < end(e) &&
          e.index < end(o) &&
          (o.text.length > e.text.length || (o.text.length === e.text.length && j < i)),
      ),
  );

/**
 * "We need to push your interview from Thursday to next Monday": in a sentence that moves a slot, a range names
 * the old day and then the new one, and only the new one stands. So in a sentence that holds contact off: "Our
 * recruiter is away from Tuesday till 15 December, so kindly wait until then before chasing" holds until the end.
 * Elsewhere a range stands for its first day (a campus visit on February 12 to 13).
 */
/**
 * "Our panels meet every Friday", "each Monday at 9": a day that recurs names no one day, so it is neither a slot
 * nor the event a window counts from (round 28). Nor does a weekday with an indefinite article: "Had a phone screen
 * on a Monday" in an interview review (round 230), "calls on any Tuesday".
 */
export const dropRecurring: ExprRefiner = (context, exprs) =>
  exprs.filter(
    (e) =>
      !/^(?:every|each|(?:on\s+)?(?:a|any)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)/i.test(e.text) &&
      !/\b(?:every|each)\s+(?:other\s+)?$|\bon\s+(?:a|any)\s+$/i.test(
        context.text.slice(Math.max(0, e.index - 12), e.index),
      ),
  );

/** A day named as the day of a conversation already had: "As discussed on Friday, …" (round 670). */
export const dropConversationDay: ExprRefiner = (context, exprs) =>
  exprs.filter((e) => !AS_DISCUSSED_BEFORE.test(context.text.slice(Math.max(0, e.index - 60), e.index)));

/** An absence the sentence names: "on leave", "out of the office", "away", "travelling". */
const ABSENCE_RANGE =
  /\b(?:on\s+(?:annual\s+|parental\s+|sick\s+|study\s+)?leave|out\s+of\s+(?:the\s+)?office|away|travell?ing|on\s+(?:holiday|vacation))\b/i;

export const takeMovedEnd: ExprRefiner = (context, exprs) => {
  if (!exprs.some((e) => e.to !== undefined)) return exprs;
  const sentences = splitSentences(context.text);
  return exprs.map((e) => {
    if (e.to === undefined) return e;
    const sentence = sentences.find((s) => e.index >= s.index && e.index < s.index + s.text.length);
    // An absence "on leave tomorrow until Monday 15 February" is read at its end, the day of return (round 100b).
    const absence = sentence !== undefined && ABSENCE_RANGE.test(sentence.text);
    if (
      sentence === undefined ||
      !(RESCHEDULE_CUE.test(sentence.text) || HOLD_OFF_CUE.test(sentence.text) || absence)
    )
      return e;
    const { to, ...rest } = e;
    // ("on leave from 7 to 18 December", "away 7–18 Dec": the end of an absence's range is its until; not a move's
    // "to" beside someone's travel: "Daniel is now travelling on Thursday, so we need to move your interview from
    // Thursday 4 February at 10:00 to Monday 8 February at 14:00", round 140)
    const joiner = e.text.slice(0, to.offset);
    const moved = RESCHEDULE_CUE.test(sentence.text);
    const until =
      absence &&
      (/\b(?:until|till)\s+$/i.test(joiner) ||
        (!moved && /(?:\b(?:to|through|thru)\s+|[-–]\s*)$/i.test(joiner)));
    // "from Thursday Jan 14 at 2:00 PM MT to Monday Jan 18, same time": the new day keeps the old clock (round 100).
    const sameTime =
      to.time === null &&
      e.time !== null &&
      /^[\s,]*(?:at\s+)?(?:the\s+)?same\s+time\b/i.test(context.text.slice(end(e), end(e) + 24));
    return {
      ...rest,
      index: e.index + to.offset,
      text: e.text.slice(to.offset),
      date: to.date,
      time: sameTime ? e.time : to.time,
      zone: to.time === null && !sameTime ? null : e.zone,
      minutes: null,
      ...(until ? { bound: 'until' as const } : {}),
      ...(absence && !moved ? { absentFrom: e.date } : {}),
    };
  });
};

// (not a visit's "by": "can u come by tmrw around 4pm", round 1180; and texting's "b4": "call me back b4 5pm today",
// round 1220)
const BOUND_BEFORE =
  /(?<![\w])(?<b>no\s+later\s+than|not\s+later\s+than|on\s+or\s+before|(?<!\b(?:come|comes|coming|came|drop|drops|dropping|dropped|stop|stops|stopping|stopped|swing|swinging|pop|popping|popped)\s)by|before|b4|prior\s+to|ahead\s+of|until\s+after|until|till|'til|through|thru|after|from|as\s+of|starting|beginning)\s+(?:the\s+)?(?:(?:(?:end|close)\s+of\s+(?:the\s+)?(?:business\s+)?day|eod|cob|close\s+of\s+business)\s+(?:on\s+)?)?(?:on\s+)?$/i;
const BOUND_OF: Readonly<Record<string, Bound>> = {
  'no later than': 'by',
  'not later than': 'by',
  'on or before': 'by',
  by: 'by',
  through: 'by',
  thru: 'by',
  before: 'before',
  'prior to': 'before',
  b4: 'before',
  'ahead of': 'before',
  'until after': 'until-after',
  until: 'until',
  till: 'until',
  "'til": 'until',
  after: 'after',
  from: 'after',
  'as of': 'after',
  starting: 'after',
  beginning: 'after',
};

/** "by Friday", "no later than March 31", "until after the 15th": the bound word joins the phrase. */
export const readBounds: ExprRefiner = (context, exprs) =>
  exprs.map((e) => {
    if (e.form === 'window') return e;
    const before = context.text.slice(Math.max(0, e.index - 48), e.index);
    const m = BOUND_BEFORE.exec(before);
    const word = m?.groups?.['b']?.toLowerCase().replace(/\s+/g, ' ');
    if (m === null || word === undefined) return e;
    const bound = BOUND_OF[word] ?? 'none';
    // "before the end of the month" is the end of the month.
    const effective: Bound = e.form === 'period' && bound === 'before' ? 'by' : bound;
    return {
      ...e,
      index: e.index - m[0].length,
      text: context.text.slice(e.index - m[0].length, end(e)),
      bound: effective,
    };
  });

/** An event date written without a year may lie behind the sent date ("the closing date, 9 May"). */
function pastAnchor(t: string | null, event: TimeExpr): string {
  if (event.yearImplied !== true || t === null || daysBetween(t, event.date) <= 183) return event.date;
  return (
    dateFromParts(
      Number(event.date.slice(0, 4)) - 1,
      Number(event.date.slice(5, 7)),
      Number(event.date.slice(8, 10)),
    ) ?? addDays(event.date, -365)
  );
}

// Words that hand a window the day named just before it: "closes on 13 November, after which we will reply
// within two weeks".
const AFTER_WHICH =
  /\b(?:after\s+which|after\s+that(?:\s+date)?|following\s+(?:which|that)|from\s+then(?:\s+on)?|thereafter|once\s+(?:it|that|this)\s+(?:has\s+)?(?:closes|closed|passed|ends|ended|is\s+over))\b/i;

// The same event named before its day: "once the role closes on the 13th we'll be in touch within 7-10 days",
// "when the posting ends on 4 May, we will reply within two weeks".
const ONCE_EVENT_ON =
  /\b(?:once|when|after)\s+(?:[\w-]+\s+){0,3}?(?:closes|has\s+closed|is\s+closed|ends|has\s+ended|concludes|finishes|wraps\s+up)\s+(?:on\s+)?$/i;

/** Where the sentence holding `at` starts: after the last ".", "!", "?" or line break before it (a scan, linear). */
function sentenceStartBefore(text: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && !'.!?\n'.includes(text.charAt(i))) i -= 1;
  return i + 1;
}

/** An undated event opening a sentence, its clause ended by a comma: "Once we receive your references, …". */
// (the subject may be left out: "Once submitted, we'll reply within 3 business days", "Upon receipt, …")
const UNDATED_EVENT_OPENING =
  /^\s*(?:once|when|as\s+soon\s+as|upon|after)\s+(?:you|we|they|the|your|our|[a-z]+ed|receipt|completion|submission|approval)\b[^,]*,/i;

/** An event opening a sentence, its clause ended by a comma: "Following the closing date on 30 September, …". */
const DATED_EVENT_OPENING = /^\s*(?:after|following|post|once)\s+(?:the|your|our|their)\b[^,]*,/i;

/** The day or period named before `e` in its sentence when "after which" and the like lead from it to `e`. */
function eventBefore(text: string, exprs: readonly TimeExpr[], e: TimeExpr): TimeExpr | undefined {
  const prior = [...exprs]
    .reverse()
    .find((o) => o !== e && o.form !== 'window' && o.date !== '' && end(o) <= e.index);
  if (prior === undefined) return undefined;
  const gap = text.slice(end(prior), e.index);
  if (/[.!?](?:\s|$)|\n\s*\n/.test(gap)) return undefined;
  return AFTER_WHICH.test(gap) || ONCE_EVENT_ON.test(text.slice(Math.max(0, prior.index - 60), prior.index))
    ? prior
    : undefined;
}

/**
 * A window counted from a stated event ("two weeks after your interview on Sept 17", "within 10 working days of
 * the closing date on 3 July") counts from that event; one whose event has no date here is no timeline at all.
 * Must run after keepLongest (the event's date is a separate expression until here).
 */
/** Marks the day a window counts from as the candidate's interview (classify reads it as a slot). */
export const INTERVIEW_OF_WINDOW = '+interview-of-window';

/** A week named by pointing back at an event: "by the end of that week", "later the same week". */
// (and the week of a return: "the week she's back", round 510)
const THAT_WEEK = /\b(?:(?:that|the\s+same)\s+week|the\s+week\s+(?:she|he|they|i|we)\b)/i;

/**
 * "They've proposed Tuesday 17th November … they'll make a decision by the end of that week": the week of the day
 * named last before it in the message (round 38); with no such day, the phrase names no week here.
 */
function weekOfEvent(exprs: readonly TimeExpr[]): readonly TimeExpr[] {
  return exprs.flatMap((e) => {
    if (e.detector !== 'week-phrase' || !THAT_WEEK.test(e.text)) return [e];
    const event = [...exprs]
      .reverse()
      .find((o) => o.form === 'point' && o.date !== '' && end(o) <= e.index && o.detector !== CLOCK_DETECTOR);
    if (event === undefined) return [];
    const monday = (d: string) => addDays(d, 1 - weekdayOf(d));
    const shift = daysBetween(monday(e.date), monday(event.date));
    return [{ ...e, date: addDays(e.date, shift), event: event.date, detector: `${e.detector}+anchor` }];
  });
}

/** "of that date", "after the final round": a window pointing back at the day named before it (en.ts rows). */
// (or "thereafter": "the final panel is on 12th February. The results will be declared within a week thereafter",
// round 70e)
const BACK_TO_EVENT = new RegExp(
  String.raw`^\s*(?:(?:after|following|of|from)\s+${alternation(EVENT_BACK_ROWS)}|thereafter|afterwards)\b`,
  'i',
);
/** The same, when the event is the candidate's own meeting (then that day is a slot). */
const BACK_TO_MEETING = new RegExp(
  String.raw`^\s*(?:after|following|of)\s+${alternation(MEETING_EVENT_ROWS)}\b`,
  'i',
);

/** "We will then be in touch", "Then we'll reply": the writer's next step after the day named before. */
const THEN_BEFORE = /\b(?:will|shall|'ll|would)\s+then\b|^\s*then\b|^\s*(?:after\s+that|thereafter)\s*,/i;

/** A sentence that opens on the candidate's meeting: "Post the interview, …", "After your final round, …". */
const MEETING_OPENING =
  /^\s*(?:post|after|following)\s+(?:the|your|this)\s+(?:[\w-]+\s+)?(?:interview|meeting|round|visit|onsite|on-site|assessment|panel|discussion)s?\b/i;
const MEETING_WORD = /\b(?:interview|meeting|round|visit|onsite|on-site|assessment|panel|discussion)s?\b/i;

/** A window counted from the close of applications, and the label of the day it closes. */
const CLOSING_BACK =
  /^\s*(?:after|following|of|from)\s+(?:the\s+)?(?:closing|close|deadline|(?:application|completion|submission|response|assessment|test|interview)\s+deadline|last\s+(?:date|day)|(?:announcement|posting|vacancy|advert(?:isement)?|job\s+(?:posting|advert)|role|position|application\s+(?:window|period))\s+(?:closes|has\s+closed|is\s+closed|close[sd]?))\b/i;
/** A window counted from the last day of a period of interviews: "of the final interview date", "after the last day
 * of interviews". */
const PERIOD_END_BACK =
  /^\s*(?:after|following|of|from)\s+(?:the\s+)?(?:(?:final|last)\s+(?:interview|assessment)\s+(?:date|day)|(?:final|last)\s+(?:date|day)\s+of\s+(?:the\s+)?(?:interviews|assessments)|(?:close|end)\s+of\s+(?:the\s+)?interviews)\b/i;
/**
 * A day on a form's field line under a meeting's own fields: "Interview: Technical Deep Dive\nDate: Tuesday, October
 * 30" (Greenhouse, round 1130), the label alone before the day and the meeting named in the lines above.
 */
function meetingForm(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (!/^[ \t]*\p{L}[\p{L} \t/&'-]{0,30}:?[ \t]*$/u.test(text.slice(lineStart, at))) return false;
  const above = text
    .slice(Math.max(0, lineStart - 240), lineStart)
    .split('\n')
    .slice(-5)
    .join('\n');
  return /^[ \t]*(?:interview|meeting|event|round|stage|session)(?:[ \t]+(?:type|title|name))?[ \t]*:/im.test(
    above,
  );
}

/** A window counted from the reader's own deadline, named before it with "by". */
const DEADLINE_BACK = /^\s*(?:after|following|of|from)\s+(?:the|your)\s+(?:[a-z-]+\s+)?deadline\b/i;
const CLOSING_LABEL =
  /\b(?:clos(?:ing|es|e)|deadline|last\s+(?:date|day)\s+(?:to|for)\s+\w+)(?:\s+date)?(?:\s+(?:is|on))?[\s:]*$/i;

/** A window counted from receiving a thing named before it, by a pronoun: "of receiving them", "after we get it". */
const RECEIVING_IT =
  /^\s*(?:of|after|following|from)\s+(?:(?:we|i)\s+(?:receive|get|have)\s+|(?:receiving|getting|having|receipt\s+of)\s+)(?:them|it|those|these|both|all\s+(?:of\s+)?(?:them|those))\b/i;

/** The window `e`, of `span`, counted from the day of `event` instead of the sent date. */
function countedFrom(context: ReadContext, e: TimeExpr, span: WindowSpan, event: TimeExpr): TimeExpr {
  return {
    ...e,
    date: countWindow(pastAnchor(context.t, event), span, context.holidays),
    detector: `${e.detector}+anchor`,
  };
}

/** The window `e` counted from the day named last before it, within 240 characters, or null where none is. */
function fromDayBefore(context: ReadContext, exprs: readonly TimeExpr[], e: TimeExpr): TimeExpr | null {
  const last = [...exprs]
    .reverse()
    .find((o) => o !== e && o.form === 'point' && o.date !== '' && end(o) <= e.index);
  if (last === undefined || e.span === undefined || e.index - end(last) >= 240) return null;
  return countedFrom(context, e, e.span, last);
}

export const anchorWindows: ExprRefiner = (context, all) => {
  const exprs = weekOfEvent(all);
  const used = new Set<TimeExpr>();
  const out: TimeExpr[] = [];
  for (const e of exprs) {
    if (e.form !== 'window' || e.span === undefined) continue;
    const tail = context.text.slice(end(e), end(e) + 90);
    const sentenceEnd = tail.search(/[.!?](?:\s|$)|\n/);
    const limit = end(e) + (sentenceEnd === -1 ? tail.length : sentenceEnd);
    // (in the window's own clause: "within a week of the final round, so you should hear from us by the 16th" names
    // the promise after ", so", not the round's day, round 100d)
    const stated = exprs.find(
      (o) =>
        o !== e &&
        o.form === 'point' &&
        o.index >= end(e) &&
        end(o) <= limit &&
        !/[;]|,\s*(?:so|but|which\s+means)\b/i.test(context.text.slice(end(e), o.index)),
    );
    // "References are due back by Friday 20 April, and we aim to decide within three working days of receiving
    // them": a pronoun points at the thing dated last before the window (round 280b).
    if (RECEIVING_IT.test(tail)) {
      const anchored = fromDayBefore(context, exprs, e);
      if (anchored !== null) {
        used.add(e);
        out.push(anchored);
        continue;
      }
    }
    // "of the final round" has no date here, unless the sentence goes on to give it: "within a fortnight of the
    // final interviews, which take place on Monday" counts from that Monday.
    if (UNDATED_EVENT_LEAD.test(tail) && !(stated !== undefined && /^\s*of\s/i.test(tail))) {
      used.add(e);
      continue;
    }
    // "Once we receive your references, the final decision usually follows within a couple of business days":
    // the event opens the sentence and has no date in its clause (round 28).
    const opening = sentenceStartBefore(context.text, e.index);
    const head = context.text.slice(opening, e.index);
    // "… until after the campaign closes on 14 March. We will then be in touch with all applicants within three
    // weeks": "then" before the window points at the day named last before it (round 100d).
    if (THEN_BEFORE.test(head) && !ANCHOR_LEAD.test(tail)) {
      const anchored = fromDayBefore(context, exprs, e);
      if (anchored !== null) {
        used.add(e);
        out.push(anchored);
        continue;
      }
    }
    // "Post the interview, our team will share the final outcome within 3 working days": the meeting that opens
    // the sentence is the one dated before it in the message (round 100b).
    if (MEETING_OPENING.test(head) && !ANCHOR_LEAD.test(tail)) {
      const meeting = [...exprs]
        .reverse()
        .find(
          (o) =>
            o.form === 'point' &&
            o.date !== '' &&
            end(o) <= opening &&
            MEETING_WORD.test(context.text.slice(sentenceStartBefore(context.text, o.index), o.index)),
        );
      if (meeting !== undefined) {
        used.add(e);
        out.push(countedFrom(context, e, e.span, meeting));
        continue;
      }
    }
    const comma = head.indexOf(',');
    // "Following the closing date on 30 September, we aim to complete shortlisting within 10 working days": an event
    // dated in the clause that opens the sentence is the day the window counts from (round 620).
    // (an event still ahead: a window after one already past counts from the day of writing, as the phrase table's
    // "Following your interview on 5 November, we will be in touch within 10 working days" does; and not where the
    // window points back itself, "within three working days of that date")
    if (comma !== -1 && DATED_EVENT_OPENING.test(head) && !ANCHOR_LEAD.test(tail)) {
      const dated = [...exprs].reverse().find(
        (o) =>
          o !== e &&
          o.form === 'point' &&
          o.date !== '' &&
          o.index >= opening &&
          end(o) <= opening + comma &&
          context.t !== null &&
          // (a day named by its number: "Following our meeting on Friday" names a past Friday as often as a next)
          /\d/.test(o.text) &&
          pastAnchor(context.t, o) > context.t,
      );
      if (dated !== undefined) {
        used.add(e);
        out.push(countedFrom(context, e, e.span, dated));
        continue;
      }
    }
    // (unless the window names what it counts from: "Once the vacancy closes, … within 10 working days of the closing
    // date", the closing day named in the sentence before, round 1000)
    if (
      UNDATED_EVENT_OPENING.test(head) &&
      !ANCHOR_LEAD.test(tail) &&
      comma !== -1 &&
      !exprs.some((o) => o !== e && o.index >= opening && o.index < opening + comma)
    ) {
      used.add(e);
      continue;
    }
    // "after that we will inform you … in the next fortnight": a window of "the next" or "the coming" days counts from
    // the day of writing, whatever was named before it (round 740).
    const fromNow = /\b(?:next|coming)\b/i.test(e.text) && !ANCHOR_LEAD.test(tail);
    const afterWhich = fromNow ? undefined : eventBefore(context.text, exprs, e);
    if (afterWhich !== undefined) {
      used.add(e);
      out.push(countedFrom(context, e, e.span, afterWhich));
      continue;
    }
    if (
      !ANCHOR_LEAD.test(tail) ||
      // ("within 28 days of this email" counts from the sent date too, round 100e)
      /^\s*(?:(?:from\s+)?(?:now|today)\b|(?:from\s+|of\s+)?(?:the\s+date\s+of\s+)?this\s+(?:email|e-mail|message|letter|notice|notification|point)\b)/i.test(
        tail.replace(/^\s*from\s+/i, ' from '),
      )
    )
      continue;
    // "after that", "after the interview": the day named last before the window (the interview slot above).
    const before = [...exprs]
      .reverse()
      .filter((o) => o.form === 'point' && o.date !== '' && end(o) <= e.index);
    // "Interviews run from 3 to 7 November. … within 5 working days of the final interview date": the last day of the
    // interviews' range named before, not the reader's own slot (round 1070).
    const periodEnd = PERIOD_END_BACK.test(tail)
      ? before.find(
          (o) =>
            o.to !== undefined &&
            /\binterviews\b/i.test(context.text.slice(sentenceStartBefore(context.text, o.index), o.index)),
        )
      : undefined;
    const referred =
      periodEnd !== undefined
        ? { ...periodEnd, date: periodEnd.to?.date ?? periodEnd.date }
        : BACK_TO_EVENT.test(tail)
          ? // "within six weeks of the closing date" counts from the day labelled closing, wherever named before,
            // not from an interview period named between (round 100).
            ((CLOSING_BACK.test(tail)
              ? before.find((o) => CLOSING_LABEL.test(context.text.slice(Math.max(0, o.index - 40), o.index)))
              : undefined) ??
            // "… of the completion deadline": the day the reader was asked to act by ("complete your interview by
            // Friday, January 12", round 240), not a later day named between.
            (DEADLINE_BACK.test(tail) ? before.find((o) => o.bound === 'by') : undefined) ??
            // "within one week of interview" counts from the day the interview is named on, not from a reply's
            // deadline named after it ("Please confirm your attendance by close of business Friday", round 160).
            (BACK_TO_MEETING.test(tail)
              ? before.find((o) => {
                  const lead = context.text.slice(sentenceStartBefore(context.text, o.index), o.index);
                  // (not other candidates' days: "two other candidates are onsite on the 13th and 14th. We'll share a
                  // decision within a week of your onsite", round 870)
                  return (
                    o.bound === 'none' &&
                    (MEETING_WORD.test(lead) || meetingForm(context.text, o.index)) &&
                    !/\bother\s+(?:[\w-]+\s+)?(?:candidates|applicants|finalists)\b/i.test(lead)
                  );
                })
              : undefined) ??
            // A clock time alone ("at 10am") has no day of its own yet: the day is the event.
            before[0])
          : undefined;
    const event = stated === undefined ? referred : pastWeekday(context, e, stated);
    used.add(e);
    // "Following your final round on Friday, …, within three business days of the interview": the day the
    // window counts from is this candidate's interview, a slot even beside the promise.
    if (
      referred !== undefined &&
      stated === undefined &&
      periodEnd === undefined &&
      BACK_TO_MEETING.test(tail)
    ) {
      used.add(referred);
      out.push({ ...referred, detector: `${referred.detector}${INTERVIEW_OF_WINDOW}` });
    }
    if (event === undefined) {
      // "after your interview" with the interview known from an earlier message of the thread.
      const lead = /^\s*(?:after|following|of)\s+(?:the|your|their)\s+interview\b/i.exec(tail);
      if (context.knownInterview !== undefined && lead !== null)
        out.push({
          ...e,
          text: context.text.slice(e.index, end(e) + lead[0].length),
          date: countWindow(context.knownInterview, e.span, context.holidays),
          detector: `${e.detector}+interview`,
        });
      continue;
    }
    if (stated !== undefined) used.add(stated);
    // "an answer a week after the final panel on Wednesday 29 March", where the mail says the panel is the reader's
    // ("yours is the Wednesday one", round 860): that day is a slot as well as the window's start.
    if (stated !== undefined && BACK_TO_MEETING.test(tail) && READERS_MEETING.test(context.text))
      out.push({ ...stated, detector: `${stated.detector}${INTERVIEW_OF_WINDOW}` });
    out.push({
      ...countedFrom(context, e, e.span, event),
      text: stated === undefined ? e.text : context.text.slice(e.index, end(stated)),
    });
  }
  return [...exprs.filter((e) => !used.has(e)), ...out].sort((a, b) => a.index - b.index);
};

/** Words that make the meeting a window counts from the reader's own. */
const READERS_MEETING = /\byours\s+is\s+the\b/i;

/** A weekday alone, as the anchor of a window: "on Tuesday", "Tuesday". */
const WEEKDAY_ONLY = /^(?:on\s+)?(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?$/i;
/** The event told in the past between the window and its day: "of the final interview, which for you was on". */
const TOLD_PAST = /\b(?:was|were|took\s+place|happened|had)\b/i;

/**
 * The anchor day of a window, read back where the event is told in the past: "within a fortnight of the final
 * interview, which for you was on Tuesday" counts from the Tuesday just gone, not the coming one (round 114).
 */
function pastWeekday(
  context: { readonly text: string; readonly t: string | null },
  e: TimeExpr,
  day: TimeExpr,
): TimeExpr {
  if (context.t === null || day.date <= context.t || !WEEKDAY_ONLY.test(day.text.trim())) return day;
  if (!TOLD_PAST.test(context.text.slice(end(e), day.index))) return day;
  const back = addDays(day.date, -7);
  return back <= context.t ? { ...day, date: back } : day;
}

/**
 * A clock time written apart from its day ("at 9:00 AM Pacific Time on Friday", "on the 12th at 3pm") joins the
 * nearest day without a time in the same stretch of text (no sentence end between); lone times are dropped.
 */
/**
 * Between a day and a time on the next line, behind a label, an icon or a bullet ("Reporting Time\t: ", Indian
 * "Timing: 10.00 a.m.", round 100f).
 */
// (and a start's label, a word before the time: "Start: 09:00", "Time: commencing 0730 hrs", rounds 1070, 1080; a
// label on a line of its own: "Wednesday, March 27\nTime\n1:00 PM", round 1140)
// (and a table's header row between: "Monday, November 2 (Pacific Time)\nTime | Session | Interviewer\n9:00 AM",
// round 1100)
const TIME_LINE_BELOW =
  /^[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?\r?\n(?:[ \t]*(?:time|start|when)\b[^|\t\n]{0,30}(?:[|\t][^|\t\n]{0,30}){1,6}\r?\n)?[ \t]*(?:[^\p{L}\p{N}\s]{1,4}[ \t]*)?(?:(?:\p{L}+[ \t]+)?(?:time|timings?|start(?:s|ing)?|begins?|commenc(?:es|ing))[ \t]*(?::[ \t]*|\r?\n[ \t]*)?|:[ \t]*)?(?:(?:commencing|starting|from|at|approx(?:imately|\.)?)[ \t]+)?$/iu;
/**
 * Between a time and its day on the next line: "Time: 2:30 PM EST\nDate: Thursday, December 10, 2026"; a zone in
 * brackets may end the first line ("10:00am - 10:30am (Eastern Time - US & Canada)\nWednesday, December 9").
 */
const DATE_LINE_BELOW =
  /^[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?\r?\n[ \t]*(?:[^\p{L}\p{N}\s]{1,4}[ \t]*)?(?:(?:\p{L}+[ \t]+)?(?:date|day)[ \t]*(?::[ \t]*)?|:[ \t]*)?$/iu;

/** A time on a line of its own labelled as the end: "End Time: 11:00 AM", "Ends: 15:00" (round 50b). */
// (and an end said roughly: "Finish: approx. 16:30", round 1070)
const END_TIME_LINE =
  /^[ \t]*(?:end(?:s|ing)?|finish(?:es|ing)?)(?:[ \t]+time)?[ \t]*(?::[ \t]*)?(?:(?:approx(?:imately|\.)?|about|around|c\.|ca\.)[ \t]*)?$/i;

/** The end's line between a start time and its date ("Start Time: 10:15 AM\nEnd Time: 11:00 AM\nDate: …"). */
const END_LINE = /\r?\n[ \t]*(?:end(?:s|ing)?|finish(?:es|ing)?)(?:[ \t]+time)?[ \t]*:[^\n]*/gi;

/** Whether the line holding `at` is long, its break a mail client's wrap rather than the writer's. */
function hardWrapped(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const stop = text.indexOf('\n', at);
  return stop !== -1 && stop - start >= 60 && text[stop + 1] !== '\n';
}

export const joinClockTimes: ExprRefiner = (context, exprs) => {
  const lineBefore = (e: TimeExpr): string =>
    context.text.slice(context.text.lastIndexOf('\n', e.index - 1) + 1, e.index);
  const clocks = exprs.filter((e) => e.detector === CLOCK_DETECTOR && !END_TIME_LINE.test(lineBefore(e)));
  const days = exprs.filter((e) => e.detector !== CLOCK_DETECTOR);
  return days.map((d) => {
    if (d.time !== null || d.form !== 'point') return d;
    const gapTo = (c: TimeExpr): string =>
      c.index >= end(d) ? context.text.slice(end(d), c.index) : context.text.slice(end(c), d.index);
    // The nearest time joins: "arrive by 9:45 for your 10:00 interview on 12/1" is at 10:00.
    // A time belongs to one day, the nearest: "the 18th at 1:30 - I'll confirm tomorrow" leaves tomorrow alone.
    const nearestDay = (c: TimeExpr): TimeExpr | undefined =>
      [...days]
        .filter((o) => o.form === 'point')
        .sort((a, b) => gapBetween(context.text, a, c).length - gapBetween(context.text, b, c).length)[0];
    const near = [...clocks]
      .sort((a, b) => gapTo(a).length - gapTo(b).length)
      .filter((c) => nearestDay(c) === d)
      .find((c) => {
        const gap = gapTo(c);
        // "Date: Thursday, November 19\nTime: 11:00 AM" is one slot written on two lines.
        // So is a time on the next line behind an icon or bullet ("🗓 Monday 23 November\n🕒 10:00 - 10:45"), or
        // behind a label and a tab ("Date\t27-11-2026\nStart Time\t11:00:00", round 38).
        // Any one word may name the time ("Reporting Time\t: 10:30:00"), and the time's line may come first
        // ("Time: 2:30 PM EST\nDate: Thursday, December 10, 2026"), the day behind its own label.
        if (c.index >= end(d) ? TIME_LINE_BELOW.test(gap) : DATE_LINE_BELOW.test(gap.replace(END_LINE, '')))
          return true;
        // (a hard-wrapped line's break is a space: "to Monday 3rd Nov, same time\n3:30 PM", round 1220)
        const unwrapped = hardWrapped(context.text, c.index >= end(d) ? end(d) : end(c))
          ? gap.replace(/\n/, ' ')
          : gap;
        return gap.length <= 30 && !/[.!?;\n]/.test(unwrapped) && !/\b(?:or|and)\b/i.test(gap);
      });
    // "Let's talk Thursday 11/12 between 2 and 4 - I'll call you at 2": one day and one time in a sentence are
    // one slot, however far apart.
    const only =
      near ??
      onlyPairInSentence(context.text, d, clocks, days) ??
      onlyPairNextDoor(context.text, d, clocks, days) ??
      scheduleStart(context.text, d, clocks, days);
    return only === undefined
      ? d
      : { ...d, time: only.time, zone: only.zone, minutes: d.minutes ?? only.minutes };
  });
};

/**
 * "Your Zoom link for Friday's interview is below. See you at 11!": the message's one time and one day, in
 * sentences next to each other.
 */
function onlyPairNextDoor(
  text: string,
  day: TimeExpr,
  clocks: readonly TimeExpr[],
  days: readonly TimeExpr[],
): TimeExpr | undefined {
  // "Please arrive at reception by 8:45 for a 9:00 start": a time bounded by "by" is no start.
  const starts = clocks.filter(
    (c) =>
      c.bound === 'none' &&
      !/\b(?:by|before|until|after)\s*$/i.test(text.slice(Math.max(0, c.index - 8), c.index)),
  );
  const [clock] = starts;
  if (starts.length !== 1 || clock === undefined || days.filter((o) => o.form === 'point').length !== 1)
    return undefined;
  const between =
    clock.index >= end(day) ? text.slice(end(day), clock.index) : text.slice(end(clock), day.index);
  // The time's own sentence must be about the slot ("See you at 11!"), not "Parking opens at 8am".
  const from = text.slice(0, clock.index).search(/(?<![^.!?\n])[^.!?\n]*$/);
  const to = text.slice(end(clock)).search(/[.!?\n]/);
  const own = text.slice(Math.max(from, 0), to === -1 ? text.length : end(clock) + to);
  return between.length <= 120 &&
    (between.match(/[.!?](?:\s|$)|\n/g) ?? []).length <= 1 &&
    (INTERVIEW_CUE.test(own.replace(clock.text, ' ')) ||
      /\b(?:arrive|start|begin|kick\s*off)\b/i.test(own)) &&
    // (not the writer's own: "Can you cover my shift on Friday? I have a job interview at 2pm", round 340)
    !WRITER_HAS_INTERVIEW.test(own)
    ? clock
    : undefined;
}

/**
 * An itinerary: "Schedule:\n10:00 – 10:45 Coding\n11:00 – 11:45 System design\n\nDate: Thursday, December 3". The
 * message's one day, on a line labelled "Date:", starts at the first time that opens a line (round 28).
 */
function scheduleStart(
  text: string,
  day: TimeExpr,
  clocks: readonly TimeExpr[],
  days: readonly TimeExpr[],
): TimeExpr | undefined {
  const lineStart = (e: TimeExpr): string => text.slice(text.lastIndexOf('\n', e.index - 1) + 1, e.index);
  const lineEnd = text.indexOf('\n', end(day));
  const rest = text.slice(end(day), lineEnd === -1 ? text.length : lineEnd);
  // The day labelled "Date:", or a heading that introduces the list: "Here is your interview schedule for
  // Thursday, December 10, 2026 (all times Pacific):" with the sessions below it (round 50c).
  const heading = /:[ \t]*$/.test(rest) && clocks.some((c) => c.index > end(day));
  if (
    !(heading || /^[ \t]*(?:date|day|when)[ \t]*:[ \t]*$/i.test(lineStart(day))) ||
    days.some((o) => o !== day && o.form === 'point' && o.date !== '')
  )
    return undefined;
  return clocks.find((c) => /^[ \t]*(?:[^\p{L}\p{N}\s]{1,2}[ \t]*)?$/u.test(lineStart(c)));
}

function gapBetween(text: string, a: TimeExpr, b: TimeExpr): string {
  return b.index >= end(a) ? text.slice(end(a), b.index) : text.slice(end(b), a.index);
}

function onlyPairInSentence(
  text: string,
  day: TimeExpr,
  clocks: readonly TimeExpr[],
  days: readonly TimeExpr[],
): TimeExpr | undefined {
  const same = (o: TimeExpr): boolean => {
    const between = o.index >= end(day) ? text.slice(end(day), o.index) : text.slice(end(o), day.index);
    return !/[.!?](?:\s|$)|\n/.test(between);
  };
  const sentenceClocks = clocks.filter(same);
  const [clock] = sentenceClocks;
  if (sentenceClocks.length !== 1) return undefined;
  // Stops at the first other day of the sentence, so a text naming many days costs linear time.
  return days.some((o) => o !== day && o.form === 'point' && same(o)) ? undefined : clock;
}

const DAY_AFTER = new RegExp(
  String.raw`\bthe\s+(?:following|next)\s+(?:day\b|(?<wd>${WEEKDAY}))|\bthe\s+day\s+after\b(?!\s+(?:tomorrow|next))|\bthe\s+(?<wd2>${WEEKDAY})\s+after(?:wards)?\b(?!\s+(?:next|that|this))`,
  'gi',
);

const THAT_DAY = /\b(?:on|by)\s+(?:that|the\s+same)\s+(?:date|day)\b/gi;
// (and "the week after" with nothing after it: "… until the advert closes on Friday 23 May. We'll be in touch with
// shortlisted applicants the week after.", round 360; "the week after next" and "the week after your interview" are
// other phrases)
const WEEK_AFTER =
  /\b(?:(?<part>early|late|mid-?|(?:at\s+)?the\s+(?:start|beginning|end|middle)\s+of)\s+)?the\s+(?:following\s+week|(?<bare>week\s+after)(?!\s+(?:next|that|this|the|your|our|their|his|her|its|an?|[\d\p{L}]))(?![\p{L}\p{N}]))\b/giu;

/**
 * "The panel meets on Thursday and we'll contact you the following day": a day after the day named before it in
 * the same sentence; "by December 4 and … the following Monday": the first such weekday after it (in place of
 * chrono's reading, which counts from the sent date). Without such a day the words name nothing.
 */
/** The last dated day named in the sentence before `at` (a ". " or a line break starts the sentence). */
function dayNamedBefore(text: string, exprs: readonly TimeExpr[], at: number): TimeExpr | undefined {
  const lead = text.slice(0, at);
  const sentenceStart = Math.max(lead.lastIndexOf('. '), lead.lastIndexOf('\n'), 0);
  return [...exprs]
    .reverse()
    .find((e) => e.form === 'point' && e.date !== '' && end(e) <= at && e.index >= sentenceStart);
}

/** A dated day named shortly before `at` in the same paragraph (the sentence just before, "… till then. I'll …"). */
function dayNamedJustBefore(text: string, exprs: readonly TimeExpr[], at: number): TimeExpr | undefined {
  return [...exprs]
    .reverse()
    .find(
      (e) =>
        e.form === 'point' &&
        e.date !== '' &&
        end(e) <= at &&
        at - end(e) < 300 &&
        !/\n[ \t]*\n/.test(text.slice(end(e), at)),
    );
}

export const dayAfterNamedDay: ExprRefiner = (context, exprs) => {
  const extra: TimeExpr[] = [];
  const replaced = new Set<TimeExpr>();
  DAY_AFTER.lastIndex = 0;
  for (let m = DAY_AFTER.exec(context.text); m !== null; m = DAY_AFTER.exec(context.text)) {
    const at = m.index;
    const lead = context.text.slice(0, at);
    const sentenceStart = Math.max(lead.lastIndexOf('. '), lead.lastIndexOf('\n'), 0);
    // The day named in the sentence, else in the one just before ("… back from Durban on the 15th, so … till then.
    // I'll phone you on the Friday after", round 100f).
    const named =
      [...exprs].reverse().find((e) => e.form === 'point' && end(e) <= at && e.index >= sentenceStart) ??
      dayNamedJustBefore(context.text, exprs, at);
    const weekday = readWeekday(m.groups?.['wd'] ?? m.groups?.['wd2']);
    const covering = exprs.filter((e) => e.index <= at + m[0].length && end(e) > at);
    if (named === undefined || (weekday === null && covering.length > 0)) continue;
    if (weekday !== null) for (const c of covering) replaced.add(c);
    extra.push({
      ...named,
      index: at,
      text: m[0],
      date: weekday === null ? addDays(named.date, 1) : nextWeekdayAfter(named.date, weekday),
      time: null,
      zone: null,
      bound: 'none',
      detector: 'day-after',
    });
  }
  // "do not contact us before 9 April, as results will be issued by email on that date": the day named before it in
  // the sentence (round 100e).
  THAT_DAY.lastIndex = 0;
  for (let m = THAT_DAY.exec(context.text); m !== null; m = THAT_DAY.exec(context.text)) {
    const at = m.index;
    const named = dayNamedBefore(context.text, exprs, at);
    if (named === undefined || exprs.some((e) => e.index <= at + m[0].length && end(e) > at)) continue;
    extra.push({
      ...named,
      index: at,
      text: m[0],
      time: null,
      zone: null,
      bound: /^by\b/i.test(m[0]) ? 'by' : 'none',
      detector: 'that-day',
    });
  }
  // "Please don't chase us before Friday 12 March – we'll be contacting everyone early the following week": the
  // week after the day named before it, not after the sent date (round 100d).
  WEEK_AFTER.lastIndex = 0;
  for (let m = WEEK_AFTER.exec(context.text); m !== null; m = WEEK_AFTER.exec(context.text)) {
    const at = m.index;
    const bare = m.groups?.['bare'] !== undefined;
    // The bare form names no week of its own (weekPhrase reads none): its day may stand in the sentence before.
    const named = bare
      ? dayNamedJustBefore(context.text, exprs, at)
      : dayNamedBefore(context.text, exprs, at);
    const covering = exprs.filter((e) => e.index <= at + m[0].length && end(e) > at && !replaced.has(e));
    if (named === undefined || (covering.length === 0) !== bare) continue;
    const part = (m.groups?.['part'] ?? '').toLowerCase();
    const monday = addDays(named.date, 8 - weekdayOf(named.date));
    const [offset, fuzzy] = /start|beginning/.test(part)
      ? [1, true]
      : /early|mid/.test(part)
        ? [2, true]
        : /late/.test(part)
          ? [4, true]
          : [4, false];
    if (bare)
      extra.push({
        ...named,
        index: at,
        text: m[0],
        date: addDays(monday, offset),
        time: null,
        zone: null,
        fuzzy,
        form: 'period',
        bound: 'none',
        detector: 'week-after',
      });
    for (const c of covering) {
      replaced.add(c);
      extra.push({ ...c, date: addDays(monday, offset), fuzzy });
    }
  }
  return extra.length === 0
    ? exprs
    : [...exprs.filter((e) => !replaced.has(e)), ...extra].sort((a, b) => a.index - b.index);
};

/**
 * Two day names side by side ("Friday the 20th", "Monday, the 16th", "next Tuesday (Dec 8)") are one day: the numbered one decides,
 * the clock time of either stays. Runs after keepLongest (each is its own span until here).
 */
/**
 * "over two days, 19 and 20 January", "on 19th & 20th December": the pair's first day, where the day number before
 * the dated one shares its month (TIMELINE-CONVENTIONS.md: a multi-day visit is its first day; round 70c).
 */
const PAIR_FIRST = /(?<![\d/.:-])(\d{1,2})(?:st|nd|rd|th)?\s*(?:and|&|\+)\s*$/i;

export const firstOfPair: ExprRefiner = (context, exprs) =>
  exprs.map((e) => {
    if (
      e.form !== 'point' ||
      e.detector === CLOCK_DETECTOR ||
      !/^\d{1,2}(?:st|nd|rd|th)?\s+\p{L}/iu.test(e.text)
    )
      return e;
    const base = Math.max(0, e.index - 12);
    const m = PAIR_FIRST.exec(context.text.slice(base, e.index));
    const day = Number(m?.[1]);
    const own = Number(/^\d{1,2}/.exec(e.text)?.[0]);
    if (m === null || !(day >= 1 && day < own)) return e;
    const start = base + m.index;
    return {
      ...e,
      index: start,
      text: context.text.slice(start, end(e)),
      date: `${e.date.slice(0, 8)}${String(day).padStart(2, '0')}`,
    };
  });

/** A clock time ("1:30 PM", "10am", "14:00"): digits that name no day. */
const CLOCK_DIGITS = /\b\d{1,2}(?:[:.][0-5]\d)?\s?[ap]\.?m\b\.?|\b\d{1,2}:[0-5]\d\b/gi;

/** Whether a phrase names a day by its number ("18", "12/01"), not only by a weekday and a clock time. */
function namesDayNumber(text: string): boolean {
  return /\d/.test(text.replace(CLOCK_DIGITS, ' '));
}

export const mergeAdjacentDays: ExprRefiner = (context, exprs) => {
  const out: TimeExpr[] = [];
  for (const e of [...exprs].sort((a, b) => a.index - b.index)) {
    const prev = out[out.length - 1];
    if (
      prev !== undefined &&
      prev.form === 'point' &&
      e.form === 'point' &&
      e.detector !== CLOCK_DETECTOR &&
      prev.detector !== CLOCK_DETECTOR &&
      // "Friday (Dec 18)": the date in brackets names the same day (round 50c).
      /^[\s,]*(?:\(\s*)?$/.test(context.text.slice(end(prev), e.index)) &&
      // Two numbered days are a list, not one day: "Mon 16 Nov 10:00, Tue 17 Nov 14:00".
      !(prev.date !== e.date && namesDayNumber(prev.text) && namesDayNumber(e.text))
    ) {
      // The one that names a day number is the day: "Friday (Dec 18)" is the 18th, and so is "December 18, 2028
      // (Friday)", whose bracketed weekday only confirms it (SuccessFactors, round 240).
      const numbered =
        namesDayNumber(prev.text) !== namesDayNumber(e.text)
          ? namesDayNumber(e.text)
            ? e
            : prev
          : e.detector === 'day-of-month' || e.yearImplied === true
            ? e
            : prev;
      out[out.length - 1] = {
        ...numbered,
        index: prev.index,
        text: context.text.slice(prev.index, end(e)),
        time: prev.time ?? e.time,
        zone: prev.zone ?? e.zone,
        bound: prev.bound,
      };
      continue;
    }
    out.push(e);
  }
  return out;
};
