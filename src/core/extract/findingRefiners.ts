import {
  ALTERNATIVES_CUE,
  CANCEL_CUE,
  CHANGE_OPTION,
  CONTACT_WORD,
  HOLD_OFF_CUE,
  MONTH,
  RESCHEDULE_CUE,
  RESPONSE_CUE,
  WEEKDAY,
} from './phrases/en';
import { addDays, addMinutesIso, epochMs, zonedDateTimeToIso } from '../time';
import type { InterviewFinding } from '../types';
import { fieldLineOf, isAbsenceDay, NAMES_A_DAY, sentenceAfter, type Classified } from './classify';
import { hhmm } from './detectors/chronoDates';
import type { ReadContext } from './model';

/** Maps classified findings of one message to new ones (STYLE.md practice 3). */
export type FindingRefiner = (context: ReadContext, items: readonly Classified[]) => readonly Classified[];

const sameSentence = (a: Classified, b: Classified): boolean => a.sentence.index === b.sentence.index;
const slotKey = (c: Classified): string => (c.finding.kind === 'interview' ? c.finding.start : '');

/**
 * "Wednesday or Thursday", "between Monday and Wednesday", "1–3 weeks": two promises joined by or/and/to in one
 * clause are one window ending on the later day.
 */
export const mergeRanges: FindingRefiner = (context, items) => {
  const out: Classified[] = [];
  for (const c of items) {
    const prev = out[out.length - 1];
    if (
      prev !== undefined &&
      prev.finding.kind === 'response-by' &&
      c.finding.kind === 'response-by' &&
      prev.expr !== null &&
      c.expr !== null
    ) {
      const between = context.text.slice(prev.expr.index + prev.expr.text.length, c.expr.index);
      if (/^\s*(?:or|to|and|through|-|–|or\s+by|or\s+on)\s*$/i.test(between)) {
        const later = prev.finding.by >= c.finding.by ? prev.finding : c.finding;
        const phrase = context.text.slice(prev.expr.index, c.expr.index + c.expr.text.length);
        out[out.length - 1] = {
          ...c,
          finding: { ...later, phrase, fuzzy: prev.finding.fuzzy || c.finding.fuzzy },
        };
        continue;
      }
    }
    // "I'm on leave from Monday until the 14th, so please don't chase before then": an absence with a start and
    // an end holds contact off until its end, not its start.
    if (
      prev !== undefined &&
      prev.finding.kind === 'no-contact-before' &&
      c.finding.kind === 'no-contact-before' &&
      prev.expr !== null &&
      c.expr !== null &&
      /^from\b/i.test(prev.finding.phrase) &&
      /^\s*(?:-|–|to\s+|until\s+|till\s+|through\s+)?$/i.test(
        context.text.slice(prev.expr.index + prev.expr.text.length, c.expr.index),
      ) &&
      c.finding.by > prev.finding.by
    ) {
      out[out.length - 1] = c;
      continue;
    }
    out.push(c);
  }
  return out;
};

/**
 * "no later than March 31, with a goal of mid-March": the promise stands, not the hope beside it. So does "I'll let
 * you know either way by December 18" beside "we're hoping to wrap things up before the holidays", and "you'll hear
 * from me by 8 January" beside "we won't be in a position to decide until the new year", a first day at the
 * earliest (round 50b).
 */
export const dropGoals: FindingRefiner = (context, items) =>
  items.filter((c) => {
    if (c.finding.kind !== 'response-by' || c.expr === null) return true;
    const lead = context.text.slice(Math.max(c.sentence.index, c.expr.index - 40), c.expr.index);
    const isGoal =
      // Read back from the end (`$` first): one scan, not one per cue word.
      /$(?<=\b(?:goal|target(?:ing)?|ideally|stretch|possibly|potentially|best\s+case)\b[^,.;]*)/i.test(lead);
    // A hope or a "not until" yields to a promise made after it in the sentence ("…, but I'll let you know by …").
    const yields =
      /$(?<=\bhop(?:e|es|ing)\s+to\b[^,.;]*)/i.test(lead) ||
      notUntil(context.text.slice(c.sentence.index, c.expr.index + c.expr.text.length));
    const others = items.filter((o) => o !== c && o.finding.kind === 'response-by' && sameSentence(o, c));
    return !(
      (isGoal && others.length > 0) ||
      (yields && others.some((o) => o.expr !== null && c.expr !== null && o.expr.index > c.expr.index))
    );
  });

/** "won't be in a position to decide until the new year": a negated clause bounded by "until" (its own clause). */
function notUntil(upTo: string): boolean {
  const clause = upTo.slice(
    Math.max(upTo.lastIndexOf(','), upTo.lastIndexOf(';'), upTo.lastIndexOf('—')) + 1,
  );
  const until = clause.search(/\buntil\b/i);
  const negation = clause.search(/\b(?:won't|will\s+not|not|cannot|can't|unable)\b/i);
  return until !== -1 && negation !== -1 && negation < until;
}

/**
 * Reschedules keep only the new slot ("move our interview from the 9th to the 12th"); a cancellation with no
 * new slot keeps none. Runs before dropAlternatives, which would otherwise see the old and new slots as a choice.
 */
export const resolveReschedules: FindingRefiner = (context, items) => {
  const kept = movedSlots(context, underOldLabel(context, items));
  return sameTimeAsMoved(context, items, [...kept, ...movedToClock(context, items, kept)]);
};

// A label that names the slot below or after it as the one given up: "Previous time", "Original date:", "Old
// slot", "Previously scheduled" (Indeed's and ATS's "interview updated" mail, r48); and the same labels of German,
// French and Spanish reschedule notices: "Ursprünglicher Termin:", "Ancien créneau :", "Date initiale :", "Fecha
// original:" (r52).
const OLD_SLOT_LABEL =
  /^[ \t]*(?:previous(?:ly)?|old|original(?:ly)?|former)(?:[ \t]+(?:scheduled|booked))?(?:[ \t]+(?:interview[ \t]+)?(?:time|date|slot|schedule|date[ \t]+(?:and|&)[ \t]+time))?[ \t]*(?::[ \t]*)?(?:\n|$)/iu;
const NEW_SLOT_LABEL =
  /(?:^|\n)[ \t]*(?:new|updated|revised|rescheduled(?:[ \t]+to)?)(?:[ \t]+(?:interview[ \t]+)?(?:time|date|slot|date[ \t]+(?:and|&)[ \t]+time))?[ \t]*:[ \t]*$/i;
const OLD_SLOT_INLINE =
  /^[ \t]*(?:previous|old|original|former)[ \t]+(?:interview[ \t]+)?(?:time|date|slot|date[ \t]+(?:and|&)[ \t]+time)[ \t]*:[ \t]*$/iu;
// The foreign labels apart and case-exact (a capital or not on the first letter): folded into one case-blind
// Unicode pattern they are more than the ReDoS gate can decide in its time.
const FOREIGN_OLD_SLOT = String.raw`(?:[Uu]rsprünglich|[Bb]isherig|[Vv]orherig|[Ff]rüher|[Aa]lt)(?:e[rsmn]?)?[ \t]+(?:Termin|Gesprächstermin|Datum|Zeit|Uhrzeit|Zeitpunkt)|(?:[Aa]ncien(?:ne)?|[Pp]récédente?|[Ii]nitiale?)[ \t]+(?:créneau|date|horaire|rendez-vous|heure|entretien)|(?:[Cc]réneau|[Dd]ate|[Hh]oraire|[Rr]endez-vous|[Hh]eure|[Ee]ntretien)[ \t]+(?:initiale?|précédente?|d['’]origine|annulée?)|(?:[Ff]echa|[Hh]ora|[Hh]orario|[Cc]ita|[Ee]ntrevista)[ \t]+(?:original|anterior|previa|inicial|cancelada|anulada)|(?:[Aa]ntigua|[Aa]nterior)[ \t]+(?:fecha|hora|cita)`;
const FOREIGN_OLD_SLOT_LABEL = new RegExp(
  String.raw`^[ \t]*(?:${FOREIGN_OLD_SLOT})[ \t]*(?::[ \t]*)?(?:\n|$)`,
  'u',
);
const FOREIGN_OLD_SLOT_INLINE = new RegExp(String.raw`^[ \t]*(?:${FOREIGN_OLD_SLOT})[ \t]*:[ \t]*$`, 'u');

/** Whether the day at `index` of `text` stands under an old-slot label: in its paragraph's head, or on its line. */
export function underOldSlotLabel(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 240), index);
  const paragraph = before.slice(before.lastIndexOf('\n\n') + 2);
  const line = before.slice(before.lastIndexOf('\n') + 1);
  return (
    OLD_SLOT_LABEL.test(paragraph) ||
    OLD_SLOT_INLINE.test(line) ||
    FOREIGN_OLD_SLOT_LABEL.test(paragraph) ||
    FOREIGN_OLD_SLOT_INLINE.test(line)
  );
}

/** Slots in the paragraph an old-slot label opens, or after one on their own line, are not the interview. */
function underOldLabel(context: ReadContext, items: readonly Classified[]): readonly Classified[] {
  return items.filter(
    (c) =>
      c.finding.kind !== 'interview' || c.expr === null || !underOldSlotLabel(context.text, c.expr.index),
  );
}

/** A new clock the moved slot goes to, on its own day: "push your 2pm tomorrow back by an hour to 3pm". */
const TO_CLOCK = /^[^.?!;\n]{0,60}?\bto\s+(\d{1,2})(?:[:.]([0-5]\d))?(?:\s*([ap])\.?m\b\.?)?/i;

/**
 * A slot moved to another clock of the same day keeps its day and takes the new clock: "could we push your 2pm
 * tomorrow back by an hour to 3pm?" (round 120c), where the sentence names no other day to move to.
 */
function movedToClock(
  context: ReadContext,
  all: readonly Classified[],
  kept: readonly Classified[],
): readonly Classified[] {
  const out: Classified[] = [];
  for (const c of all) {
    const f = c.finding;
    if (kept.includes(c) || f.kind !== 'interview' || f.time === null || c.expr === null) continue;
    if (!RESCHEDULE_CUE.test(c.sentence.text) || CANCEL_CUE.test(c.sentence.text)) continue;
    if (kept.some((k) => k.finding.kind === 'interview' && sameSentence(k, c))) continue;
    // (chrono may have read "at 10am to 11:30" as the slot's span: the clock after "to" is the new one)
    const inner = c.expr.text.search(/\sto\s/i);
    const at = c.expr.index + (inner >= 0 ? inner : c.expr.text.length);
    const m = TO_CLOCK.exec(context.text.slice(at, at + 64));
    if (m === null || (m[2] === undefined && m[3] === undefined)) continue;
    const h = Number(m[1]);
    const hour = m[3] === undefined ? h : (h % 12) + (m[3].toLowerCase() === 'p' ? 12 : 0);
    if (hour > 23) continue;
    out.push(withClock(context, c, f, hhmm(hour, Number(m[2] ?? '0'))));
  }
  return out;
}

/**
 * "we'll need to bump your 2:00 today. Could you do Tuesday at the same time?": the new day without a time takes
 * the time of the one slot it replaces (round 32).
 */
function sameTimeAsMoved(
  context: ReadContext,
  all: readonly Classified[],
  kept: readonly Classified[],
): readonly Classified[] {
  const times = new Set(
    all
      .filter((c) => !kept.includes(c))
      .map((c) => (c.finding.kind === 'interview' ? c.finding.time : null))
      .filter((t): t is string => t !== null),
  );
  const [time] = times;
  if (times.size !== 1 || time === undefined) return kept.map((c) => sameTimeStated(context, c));
  return kept.map((c) => {
    const f = c.finding;
    if (f.kind !== 'interview' || f.time !== null || !/\bsame\s+time\b/i.test(c.sentence.text)) return c;
    return withClock(context, c, f, time);
  });
}

/** The interview given a stated clock time, its length kept (an hour where it had none). */
function withClock(context: ReadContext, c: Classified, f: InterviewFinding, time: string): Classified {
  const start = zonedDateTimeToIso(f.date, time, context.tz);
  const minutes = Math.round(((epochMs(f.end) ?? 0) - (epochMs(f.start) ?? 0)) / 60000);
  return {
    ...c,
    finding: {
      ...f,
      start,
      end: addMinutesIso(start, minutes > 0 ? minutes : 60, context.tz),
      time,
      certainty: 'stated',
    },
  };
}

/**
 * "Could we move you to Monday 8 March instead? Same time (2pm) and same Teams link.": the clock the writer gives
 * for "same time" just after the new day (round 100d).
 */
function sameTimeStated(context: ReadContext, c: Classified): Classified {
  const f = c.finding;
  if (f.kind !== 'interview' || f.time !== null || c.expr === null) return c;
  const after = context.text.slice(c.expr.index + c.expr.text.length, c.expr.index + c.expr.text.length + 80);
  const m = /^[^\n]{0,40}?\bsame\s+time\s*\(\s*(\d{1,2})(?:[:.]([0-5]\d))?\s*(?:([ap])\.?m?\.?\s*)?\)/i.exec(
    after,
  );
  if (m === null) return c;
  const hour =
    (Number(m[1]) % 12) +
    (m[3]?.toLowerCase() === 'p' ? 12 : m[3] === undefined && Number(m[1]) >= 12 ? 12 : 0);
  if (hour > 23) return c;
  return withClock(context, c, f, hhmm(hour, Number(m[2] ?? '0')));
}

const movedSlots: FindingRefiner = (context, items) =>
  items.filter((c) => {
    if (c.finding.kind !== 'interview' || c.expr === null) return true;
    // (the reader's own way to change it, "Reply R to reschedule or C to cancel", moves nothing: round 230)
    const s = c.sentence.text.replace(CHANGE_OPTION, ' ');
    // (a form's field line is its own statement: "Previous time: … (cancelled)\nNew time: Thursday 13 March, 15:00",
    // round 950)
    if (CANCEL_CUE.test(fieldLineOf(context.text, c.expr.index) ?? s) && !RESCHEDULE_CUE.test(s))
      return false;
    if (!RESCHEDULE_CUE.test(s) && !/\binstead\b/i.test(s)) return true;
    const lead = context.text.slice(Math.max(c.sentence.index, c.expr.index - 40), c.expr.index);
    // A slot under a new slot's label stands: Calendly's "Former: … / Updated: 9:30am - Monday, March 22" (round 1020).
    if (NEW_SLOT_LABEL.test(lead)) return true;
    const tail = context.text.slice(
      c.expr.index + c.expr.text.length,
      c.expr.index + c.expr.text.length + 56,
    );
    if (/\b(?:from|of|original(?:ly)?)\s+$/i.test(lead)) return false;
    // "the interviews scheduled for 25th January stand postponed": the slot that was set (round 70d).
    if (
      /\b(?:interview|call|meeting|screen|round|session)s?\s+(?:scheduled|set|booked|planned|arranged|fixed)\s+(?:for|on|at)\s+$/i.test(
        lead,
      )
    )
      return false;
    // "your final interview originally set for Monday, Dec 7 at 2:00 PM has been moved": the slot it was.
    // So is "your call that was set for Thursday at 4pm" (round 50b).
    if (
      /\b(?:original(?:ly)?|previous(?:ly)?|initial(?:ly)?|formerly)\s+(?:[\w-]+\s+){0,2}$/i.test(lead) ||
      /\b(?:was|were|had\s+been)\s+(?:set|scheduled|booked|planned|arranged|due|pencil(?:l)?ed\s+in)\s+(?:for|on|at)\s+$/i.test(
        lead,
      )
    )
      return false;
    // In a sentence that moves a slot, only the one it moves to stands: "to Thursday", "for Thursday",
    // "Thursday instead", "could we do Thursday", "are you available Thursday"; "your interview on the 17th
    // has been postponed" names the old one.
    return (
      /\b(?:to|for|until|till|instead|do|try|say|about|available|free|works?|suit)\s*$|:\s*$/i.test(lead) ||
      // "Small change: your interview is now on Friday": the slot it is now.
      // (and "Instead of Tuesday 3 November, your interview will now take place on Thursday 5 November", round 1100)
      /\bnow\s+(?:(?:on|at|for|set\s+for|scheduled\s+for)\s+|(?:be\s+|been\s+)?(?:take\s+place|takes\s+place|taking\s+place|held|happen|happens|set|scheduled|booked|moved|confirmed|running)\s+(?:(?:on|at|for|to)\s+)?)?$/i.test(
        lead,
      ) ||
      // "the date and time are unchanged (Monday at 11)", "to 9am, same day (Thursday 4th March)": the slot that
      // stands (round 70f).
      /$(?<=\b(?:unchanged|the\s+same|same\s+day|still|remains?|stays?)\s*(?:[(:,-]\s*)?)/i.test(lead) ||
      // (past the slot's own clock and zone: "Friday the 18th at 9:30 AM Arizona time work instead?", round 70b)
      /^[^.?!;]{0,24}?\b(?:instead|works?|suits?)\b/i.test(tail.replace(OWN_CLOCK, ''))
    );
  });

/** The slot's own clock and zone right after its day: " at 9:30 AM Arizona time", " at 14:00 GMT". */
const OWN_CLOCK =
  /^\s*(?:at\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?(?:\s+(?:[A-Z][a-z]+\s+time|[A-Z]{2,4}))?/;

const DAY_OR_CLOCK = String.raw`(?:${WEEKDAY}|\b(?:tomorrow|today)\b|\b${MONTH}\s*\d|\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m|p\.m)\b|\b\d{1,2}:\d\d)`;
const OR_ANOTHER = new RegExp(
  String.raw`\bor\b[^.?!]{0,40}?${DAY_OR_CLOCK}|${DAY_OR_CLOCK}[^.?!]{0,40}?\bor\b`,
  'i',
);

/**
 * "I'm free Thursday after 2pm or any time Friday", "Thursday at 2pm or 3pm": the slot has another day or time
 * beside it, joined by "or", even where that one was not read as a slot of its own.
 */
function offersAnotherSlot(context: ReadContext, c: Classified): boolean {
  if (c.expr === null) return false;
  const from = c.expr.index - c.sentence.index;
  const rest =
    c.sentence.text.slice(0, Math.max(0, from)) + ' … ' + c.sentence.text.slice(from + c.expr.text.length);
  return OR_ANOTHER.test(rest);
}

/**
 * Several proposed slots are no interview yet (TIMELINE-CONVENTIONS.md): two or more distinct slots in one
 * sentence joined by "or", or in a message that offers options ("the following times", "which works").
 */
export const dropAlternatives: FindingRefiner = (context, items) =>
  oneVisitPerDay(context, choicesDropped(context, sameDayNamedTwice(items)));

/**
 * "Would next Tuesday (Dec 8) at 2:30 ET work?": a day named twice, once with its time, is one slot, not a choice
 * between two (round 50c).
 */
function sameDayNamedTwice(items: readonly Classified[]): readonly Classified[] {
  return items.filter((c) => {
    const f = c.finding;
    return !(
      f.kind === 'interview' &&
      f.time === null &&
      items.some(
        (o) =>
          o !== c &&
          sameSentence(o, c) &&
          o.finding.kind === 'interview' &&
          o.finding.date === f.date &&
          o.finding.time !== null,
      )
    );
  });
}

const choicesDropped: FindingRefiner = (context, items) => {
  const slots = items.filter((c) => c.finding.kind === 'interview');
  const distinct = new Set(slots.map(slotKey));
  if (distinct.size < 2)
    return items.filter((c) => c.finding.kind !== 'interview' || !offersAnotherSlot(context, c));
  const offersChoice = ALTERNATIVES_CUE.test(context.text);
  return items.filter((c) => {
    if (c.finding.kind !== 'interview') return true;
    const peers = slots.filter((o) => sameSentence(o, c) && slotKey(o) !== slotKey(c));
    // "Tuesday or Wednesday?", "you're available Tuesday and Wednesday next week": a choice, not a slot.
    if (peers.length > 0 && /\bor\b|\?|\b(?:available|availability|free)\b/i.test(c.sentence.text))
      return false;
    return !offersChoice;
  });
};

/**
 * An itinerary of one visit ("Monday, December 14, 2026\t10:00 AM CST\tKaren Liu\nMonday, December 14, 2026\t11:00
 * AM CST\tDavid Osei"): the slots left on one day, once a choice among them is ruled out, are sessions of one
 * interview, which starts at the first (round 50).
 */
export const oneVisitPerDay: FindingRefiner = (_context, items) => {
  const startOf = (c: Classified): string => (c.finding.kind === 'interview' ? c.finding.start : '');
  return items.filter((c) => {
    const f = c.finding;
    if (f.kind !== 'interview' || f.time === null) return true;
    return !items.some(
      (o) =>
        o !== c &&
        o.finding.kind === 'interview' &&
        o.finding.time !== null &&
        o.finding.date === f.date &&
        startOf(o) < startOf(c),
    );
  });
};

/**
 * One promise per message: where it states several ("we'll shortlist at the end of the month and let you know
 * by 4 December"), the last day of the window is the latest of them, and none before the message's hold-off day.
 */
/** The first sentence after `c`'s, when it names no day of its own. */
function nextSentence(context: ReadContext, c: Classified): string {
  return sentenceAfter(context.text, c.sentence);
}

/**
 * The clause after `c`'s day in its own sentence, past a ';' or a dash, when it names no day of its own: "no need
 * to check in before the 22nd; I'll have an update for everyone by then" (round 120).
 */
function laterClause(c: Classified): string {
  if (c.expr === null) return '';
  const rest = c.sentence.text.slice(c.expr.index - c.sentence.index + c.expr.text.length);
  // (or past ", by which time": "before Friday 16 July, by which time all candidates will have been informed",
  // round 120e)
  const which = /,\s+(?=by\s+which\s+(?:time|point|date)\b)/i.exec(rest);
  const cut = which === null ? rest.search(/;|\s[–—-]\s/) : which.index + which[0].length - 1;
  if (cut < 0) return '';
  let clause = rest.slice(cut + 1);
  // (its closing stop and spaces dropped by hand: a trailing-run regex is no linear one)
  while (clause.length > 0 && '.!? \t\n'.includes(clause.charAt(clause.length - 1)))
    clause = clause.slice(0, -1);
  return NAMES_A_DAY.test(clause) ? '' : clause;
}

/**
 * A day's other half said in the next sentence, pointing back at it: a hold-off day followed by "I'll reach out
 * then" is also the promise; a promised day followed by "Candidates are requested not to contact the HR office
 * regarding results before that date" is also the first day contact is welcome (round 100f). Not a slot's day:
 * "please do not contact the panel before then" after an interview names no hold-off. The same holds of a later
 * clause of the day's own sentence.
 */
export const backPointedPair: FindingRefiner = (context, items) => {
  const extra: Classified[] = [];
  for (const c of items) {
    const f = c.finding;
    if (f.kind !== 'no-contact-before' && f.kind !== 'response-by') continue;
    // A promise's own day that a later clause asks to wait for ("We'll have a decision by 19 March – please don't
    // follow up before then", round 120) was read as the hold-off; it is the promise too.
    const lead = c.expr === null ? '' : c.sentence.text.slice(0, c.expr.index - c.sentence.index);
    if (
      f.kind === 'no-contact-before' &&
      c.expr !== null &&
      /^by\b/i.test(c.expr.text) &&
      RESPONSE_CUE.test(lead) &&
      !HOLD_OFF_CUE.test(lead) &&
      !items.some((o) => o.finding.kind === 'response-by' && o.finding.by === f.by)
    )
      extra.push({
        ...c,
        finding: {
          kind: 'response-by',
          by: f.by,
          phrase: c.expr.text,
          fuzzy: c.expr.fuzzy,
          evidence: f.evidence,
        },
      });
    const next = laterClause(c) || nextSentence(context, c);
    if (next === '') continue;
    if (
      f.kind === 'no-contact-before' &&
      RESPONSE_CUE.test(next) &&
      // (the pointer may sit inside the clause: "I'll call you that day either way", "by which time all
      // candidates will have been informed"; a wait "until then" is none, round 120e)
      (/\b(?:then|at\s+that\s+(?:point|time)|on\s+that\s+(?:date|day))\s*$/i.test(next) ||
        /\b(?:by\s+which\s+(?:time|point|date)|(?:on\s+)?that\s+(?:date|day))\b/i.test(next)) &&
      !/\b(?:until|till)\s+then\b/i.test(next) &&
      !items.some((o) => o.finding.kind === 'response-by' && o.finding.by === f.by)
    )
      extra.push({
        ...c,
        finding: { kind: 'response-by', by: f.by, phrase: next, fuzzy: false, evidence: f.evidence },
      });
    if (
      f.kind === 'response-by' &&
      HOLD_OFF_CUE.test(next) &&
      CONTACT_WORD.test(next) &&
      /\b(?:before|until|till|prior\s+to)\s+(?:then|that\s+(?:date|day))\b/i.test(next) &&
      !items.some((o) => o.finding.kind === 'no-contact-before')
    )
      extra.push({
        ...c,
        finding: { kind: 'no-contact-before', by: f.by, phrase: next, evidence: f.evidence },
      });
  }
  return extra.length === 0 ? items : [...items, ...extra];
};

/** A deadline made firm right after its day: "by Wednesday at the latest", "no later than Friday". */
const FIRM_PROMISE =
  /^(?:(?:by|before|on)\s+)?[^.;,]{0,40}?\s+at\s+the\s+(?:very\s+)?latest\b|^(?:no|not)\s+later\s+than\b/i;

export const latestPromise: FindingRefiner = (_context, all) => {
  const byOf = (c: Classified): string =>
    c.finding.kind === 'response-by' || c.finding.kind === 'no-contact-before' ? c.finding.by : '';
  // A day before the message's own first day contact is welcome is no promise: "finalizing offers this week …
  // We won't have an update before December 14, so please hold off until then" (round 38c).
  // (an absence's day of return is none: a promise beside it outranks it, absenceGivesWay)
  const welcome = all
    .filter((c) => c.finding.kind === 'no-contact-before' && !isAbsenceDay(c.finding))
    .reduce((a, c) => (byOf(c) > a ? byOf(c) : a), '');
  // The day right before it is the promise that hold-off waits for: "te estaremos contactando a finales de mes …
  // no nos escribas antes del lunes 1 de octubre" (round 318b).
  const waitedFor = welcome === '' ? '' : addDays(welcome, -1);
  const items = all.filter(
    (c) => c.finding.kind !== 'response-by' || byOf(c) >= welcome || byOf(c) === waitedFor,
  );
  const promises = items.filter((c) => c.finding.kind === 'response-by');
  if (promises.length < 2) return items;
  // A promise made firm ("I'll have an answer for you by Wednesday at the latest") is the one to cite, over a
  // process's week named beside it ("They're finalising feedback … this week", round 820).
  const firm = promises.filter((c) =>
    FIRM_PROMISE.test(c.sentence.text.slice(c.expr === null ? 0 : c.expr.index - c.sentence.index)),
  );
  if (firm.length === 1) return items.filter((c) => c.finding.kind !== 'response-by' || c === firm[0]);
  // On the same day, a named date is the promise to cite ("meeting next week …, and we expect to make a decision
  // by Friday, December 11").
  const latest = promises.reduce((a, b) =>
    byOf(b) > byOf(a) || (byOf(b) === byOf(a) && b.expr?.form === 'point' && a.expr?.form !== 'point')
      ? b
      : a,
  );
  return items.filter((c) => c.finding.kind !== 'response-by' || c === latest);
};

/**
 * One date per situation: an absence gives the first day contact is welcome only where the message promises no day
 * ("I'm on leave until the 16th; my colleague will update you by the 13th" is the 13th alone).
 */
export const absenceGivesWay: FindingRefiner = (_context, items) =>
  items.some((o) => o.finding.kind === 'response-by') ? items.filter((c) => !isAbsenceDay(c.finding)) : items;

/**
 * One sentence, one first day contact is welcome: the latest it names. "Sarah is away until the 18th and back in
 * the office on the 19th, so please hold any questions until then" (issue 13, class 6).
 */
export const latestHoldOff: FindingRefiner = (_context, items) =>
  items.filter(
    (c) =>
      c.finding.kind !== 'no-contact-before' ||
      !items.some(
        (o) =>
          o !== c &&
          o.finding.kind === 'no-contact-before' &&
          // (an absence's day gives way to any later one of the message: "I'm away until the 5th. Back in the office
          // on the 6th."; "… till 3 Jan. Please do not follow up until I return on 4 January.")
          (o.sentence.index === c.sentence.index || isAbsenceDay(c.finding)) &&
          o.finding.by > (c.finding.kind === 'no-contact-before' ? c.finding.by : ''),
      ),
  );

/**
 * One finding per kind and day per sentence (chrono and a detector may both name the same slot); a slot with no
 * time gives way to one with a time on the same day ("details for Wednesday below: … Time: 1:00 PM").
 */
export const dedupe: FindingRefiner = (_context, items) =>
  items.filter((c, i) => {
    const f = c.finding;
    if (
      f.kind === 'interview' &&
      f.time === null &&
      items.some(
        (o) => o.finding.kind === 'interview' && o.finding.date === f.date && o.finding.time !== null,
      )
    )
      return false;
    const key = (x: Classified): string =>
      `${x.sentence.index}|${x.finding.kind}|${'by' in x.finding ? x.finding.by : ''}|${x.finding.kind === 'interview' ? x.finding.start : ''}`;
    return items.findIndex((o) => key(o) === key(c)) === i;
  });
