import { addMinutesIso, dateInZone, epochMs, timeInZone } from '../time';
import type { Finding, InterviewFinding, Message } from '../types';
import { CANCEL_CUE, RESCHEDULE_CUE } from './phrases/en';
import { MOVED_SLOT } from './phrases/language';
import { DEFAULT_INTERVIEW_MINUTES } from './classify';

/** Interviews from a message's text/calendar parts (DTSTART/DTEND as the mail area read them). */
export function calendarInterviews(message: Message, tz: string): readonly InterviewFinding[] {
  return message.calendar
    .filter((e) => !e.cancelled && epochMs(e.start) !== null)
    .map((e) => {
      // An end not after the start (a DTEND read in another zone, a broken invitation) is no length.
      const end =
        e.end !== null && (epochMs(e.end) ?? Number.NEGATIVE_INFINITY) > (epochMs(e.start) ?? 0)
          ? e.end
          : addMinutesIso(e.start, DEFAULT_INTERVIEW_MINUTES, tz);
      return {
        kind: 'interview',
        start: addMinutesIso(e.start, 0, tz),
        end: addMinutesIso(end, 0, tz),
        date: dateInZone(e.start, tz),
        time: timeInZone(e.start, tz),
        certainty: 'stated',
        evidence: {
          message: message.index,
          text: e.summary ?? 'Calendar invitation',
          index: 0,
          detector: 'calendar',
        },
      } satisfies InterviewFinding;
    });
}

function statesLength(f: InterviewFinding): boolean {
  const start = epochMs(f.start);
  const end = epochMs(f.end);
  return start !== null && end !== null && end - start !== DEFAULT_INTERVIEW_MINUTES * 60_000;
}

/**
 * Across messages: a later message that moves or cancels the interview supersedes the slots earlier messages
 * named that were still ahead when it was sent; the same slot named twice (an invitation and the candidate's
 * confirmation) is one round. Returns new arrays.
 */
export function supersedeMovedInterviews(
  messages: readonly Message[],
  perMessage: readonly (readonly Finding[])[],
  /** Per message index: its own language's words cancel the interview (LanguageTables.cancels). */
  cancelledInOwnWords: readonly boolean[] = [],
): readonly Finding[] {
  const out: Finding[] = [];
  perMessage.forEach((findings, i) => {
    const message = messages[i];
    const moves =
      message !== undefined &&
      (RESCHEDULE_CUE.test(message.text) ||
        CANCEL_CUE.test(message.text) ||
        cancelledInOwnWords[message.index] === true ||
        // A slot another language's reader found moved to (foreign.ts MOVED_SLOT).
        findings.some((f) => f.kind === 'interview' && f.evidence.detector.endsWith(MOVED_SLOT)) ||
        message.calendar.some((e) => e.cancelled));
    const sentMs = message?.sentAt != null ? epochMs(message.sentAt) : null;
    const namesSlot =
      findings.some((f) => f.kind === 'interview') ||
      /\b(?:interview|call|meeting|chat)/i.test(message?.text ?? '') ||
      (message !== undefined && cancelledInOwnWords[message.index] === true);
    if (moves && sentMs !== null && namesSlot) {
      for (let k = out.length - 1; k >= 0; k -= 1) {
        const f = out[k];
        if (f !== undefined && f.kind === 'interview' && (epochMs(f.start) ?? 0) >= sentMs) out.splice(k, 1);
      }
    }
    for (const f of findings) {
      const same = out.findIndex(
        (o) => o.kind === 'interview' && f.kind === 'interview' && o.start === f.start,
      );
      // A day named again without its clock time ("Friday the 20th works for me") is the slot already known on
      // that day, not a second round at midnight; a later mention that adds the time replaces the bare day.
      const sameDay = out.findIndex(
        (o) =>
          o.kind === 'interview' &&
          f.kind === 'interview' &&
          o.date === f.date &&
          (o.time === null) !== (f.time === null),
      );
      const known = out[sameDay];
      if (same === -1 && known !== undefined && f.kind === 'interview') {
        if (f.time !== null) out[sameDay] = f;
        continue;
      }
      if (same === -1) out.push(f);
      // The same slot named again is the same round; a later mention that states its length ("will last 90
      // minutes") tells more than the confirmation before it.
      else if (f.kind === 'interview' && statesLength(f)) out[same] = f;
    }
  });
  return out;
}
