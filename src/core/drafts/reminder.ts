// The reminder proposed beside every `wait` and `follow-up` (issue 4), and the day before an offer's answer is
// due (issue 10): 15 minutes at 09:00 on the day to act, naming the thread and what to do then; and the same as
// an .ics for hosts without the appointment form.
import type { IsoDate, IsoDateTime, Recommendation, ReminderProposal } from '../types';
import {
  addDays,
  addMinutesIso,
  dateInZone,
  epochMs,
  timeInZone,
  shiftOffWeekend,
  zonedDateTimeToIso,
} from '../time';
import { fnv1a } from './_lib/hash';
import { outputLine, outputText } from './_lib/outputText';

/** A reminder's start on its day, local time. */
export const REMINDER_TIME = '09:00';
/** ADVICE.md rule 3: the thank-you reminder is for the evening of the interview. */
export const THANK_YOU_EVENING_TIME = '18:00';
export const REMINDER_MINUTES = 15;

function whatToDo(rec: Recommendation): { title: string; todo: string } | null {
  if (rec.action === 'closed') {
    return rec.respondBy === undefined
      ? null
      : {
          title: 'Answer the offer',
          todo: 'Your answer to the offer is due tomorrow: reply to it today, or say when you will.',
        };
  }
  if (rec.action === 'follow-up') {
    return rec.step === 1
      ? { title: 'Follow up', todo: 'Send a short, polite follow-up email asking about the status.' }
      : {
          title: 'Second follow-up',
          todo: 'Send a second, shorter follow-up; after this one, move on if there is no answer.',
        };
  }
  if (rec.action !== 'wait') return null;
  switch (rec.waitingFor) {
    case 'interview':
      return {
        title: 'Send your thank-you',
        todo: 'Send a thank-you note to your interviewer this evening.',
      };
    case 'employer-timeline':
      return {
        title: 'Follow up if no news',
        todo: "The employer's window has ended: if you have not heard back, send a polite follow-up.",
      };
    case 'follow-up':
      return {
        title: 'Follow up',
        todo: 'If you have not heard back, send a short, polite follow-up email.',
      };
    case 'second-follow-up':
      return {
        title: 'Second follow-up',
        todo: 'If there is still no answer, send a second, shorter follow-up.',
      };
    case 'snooze':
      return {
        title: 'Look again',
        todo: 'Your snooze ends today: open the thread and see what to do next.',
      };
  }
}

/**
 * The reminder for a `wait` or `follow-up`, or null for any other action.
 * @example proposeReminder(rec, 'Interview – Data Analyst', 'America/New_York')?.start === '2026-11-25T09:00:00-05:00'
 */
export function proposeReminder(
  rec: Recommendation,
  threadSubject: string | null,
  tz: string,
  interviewEnd?: IsoDateTime | null,
): ReminderProposal | null {
  const what = whatToDo(rec);
  if (what === null) return null;
  const thread = threadSubject ?? 'your interview thread';
  const evening = rec.action === 'wait' && rec.waitingFor === 'interview';
  // An offer to answer by a day: the reminder is on the day before it (ADVICE.md "Outcomes…").
  const day = rec.action === 'closed' && rec.respondBy !== undefined ? addDays(rec.respondBy, -1) : rec.on;
  let start = zonedDateTimeToIso(day, evening ? THANK_YOU_EVENING_TIME : REMINDER_TIME, tz);
  // An interview running past 18:00 gets its reminder when it ends.
  const endMs = evening && interviewEnd ? epochMs(interviewEnd) : null;
  const startMs = epochMs(start);
  if (endMs !== null && startMs !== null && endMs > startMs)
    start = addMinutesIso(interviewEnd ?? start, 0, tz);
  const followUp =
    rec.action === 'follow-up' ||
    (rec.action === 'wait' && rec.waitingFor !== 'interview' && rec.waitingFor !== 'snooze');
  return {
    subject: outputLine(`${what.title}: ${thread}`),
    start,
    end: addMinutesIso(start, REMINDER_MINUTES, tz),
    body: outputText(`Thread: "${thread}".\n${what.todo}\n${rec.reasons.join('\n')}`),
    ...(followUp ? { weekdaysOnly: true as const } : {}),
  };
}

/** RFC 5545 text escaping: backslash, semicolon, comma, and every line break (a lone CR too) as `\n`. */
function icsText(text: string): string {
  return outputText(text)
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

/** UTF-8 length of one code point (the core has no TextEncoder: its lib is ES2022 alone). */
function utf8Length(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/** RFC 5545 line folding: lines of at most 75 octets, continued with CRLF and a space. */
function fold(line: string): string {
  if ([...line].reduce((n, ch) => n + utf8Length(ch), 0) <= 75) return line;
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = utf8Length(ch);
    const max = out.length === 0 ? 75 : 74;
    if (size + n > max) {
      out.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  out.push(current);
  return out.join('\r\n ');
}

function utcStamp(instant: IsoDateTime): string {
  const ms = epochMs(instant) ?? 0;
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/**
 * The reminder as an iCalendar file (one VEVENT, times in UTC, a display alarm at its start), for hosts with
 * no appointment form. DTSTAMP is the event's start: the core has no clock, and the stamp only orders revisions.
 * @example reminderToIcs(reminder).startsWith('BEGIN:VCALENDAR')
 */
export function reminderToIcs(reminder: ReminderProposal): string {
  return remindersToIcs([reminder]);
}

/** Several reminders as one calendar (the board's export): one VEVENT each, as reminderToIcs writes it. */
export function remindersToIcs(reminders: readonly ReminderProposal[]): string {
  const events = reminders.flatMap((reminder) => [
    'BEGIN:VEVENT',
    `UID:${fnv1a(`${reminder.subject}|${reminder.start}`).toString(16)}@followup-coach`,
    `DTSTAMP:${utcStamp(reminder.start)}`,
    `DTSTART:${utcStamp(reminder.start)}`,
    `DTEND:${utcStamp(reminder.end)}`,
    `SUMMARY:${icsText(outputLine(reminder.subject))}`,
    `DESCRIPTION:${icsText(reminder.body)}`,
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${icsText(outputLine(reminder.subject))}`,
    'TRIGGER:PT0M',
    'END:VALARM',
    'END:VEVENT',
  ]);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Follow-up Coach//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...events,
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/** The date part of a reminder's start (its day in the zone it was written in). */
export function reminderDay(reminder: ReminderProposal): IsoDate {
  return reminder.start.slice(0, 10);
}

/**
 * A reminder as it can still be kept: the proposal itself while its start is ahead of `now`, else the same
 * proposal moved to the next time it can still ring.
 */
export type ReminderTiming =
  | { readonly kind: 'as-proposed'; readonly reminder: ReminderProposal }
  | {
      readonly kind: 'moved';
      readonly reminder: ReminderProposal;
      /** The start the core proposed, already past at `now`. */
      readonly proposedStart: IsoDateTime;
    };

/**
 * Never a reminder in the past (issue 5). The core proposes 09:00 on the day to act, and that day may be
 * today or already gone (an overdue follow-up); Outlook would then open an appointment that never rings. A
 * start at or before `now` moves to the same wall-clock time on the first day it is still ahead, in `tz`
 * (09:00 tomorrow when it is 10:30 now, 09:00 today when it is 07:00), keeping its length. The taskpane and
 * the ribbon's "Remind me" both go through here, so they always offer the same time. Pure: `now` is an
 * argument. A start or `now` that is not an instant leaves the proposal as it is (never throws).
 * @example
 * reminderAhead(overdue, '2026-11-25T15:30:00Z', 'America/New_York').reminder.start === '2026-11-26T09:00:00-05:00'
 */
export function reminderAhead(reminder: ReminderProposal, now: IsoDateTime, tz: string): ReminderTiming {
  const startMs = epochMs(reminder.start);
  const endMs = epochMs(reminder.end);
  const nowMs = epochMs(now);
  if (startMs === null || nowMs === null || startMs > nowMs) return { kind: 'as-proposed', reminder };
  const time = timeInZone(startMs, tz);
  const today = dateInZone(nowMs, tz);
  const sameTimeToday = zonedDateTimeToIso(today, time, tz);
  const day = (epochMs(sameTimeToday) ?? nowMs) > nowMs ? today : addDays(today, 1);
  // A follow-up's reminder moved onto a Saturday or a Sunday rings on the Monday after (no email to an employer
  // at the weekend; the follow-up day itself never falls there).
  const start = zonedDateTimeToIso(reminder.weekdaysOnly === true ? shiftOffWeekend(day) : day, time, tz);
  // The proposal's own length; a broken or negative end falls back to the usual quarter of an hour.
  const minutes =
    endMs !== null && endMs > startMs ? Math.round((endMs - startMs) / 60_000) : REMINDER_MINUTES;
  return {
    kind: 'moved',
    reminder: { ...reminder, start, end: addMinutesIso(start, minutes, tz) },
    proposedStart: reminder.start,
  };
}
