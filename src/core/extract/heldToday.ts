// An employer's thanks for a meeting held on the day of writing (r2's Berlin thread, issue 13): "Thanks for coming
// in today", "danke dir für das Gespräch heute um 14 Uhr", "Merci pour notre entretien de ce matin", "Gracias por
// la entrevista de hoy". Where the message names no interview of its own, that day is the interview, at the clock
// time the sentence gives where it is before the sent time. The words are each language's rows (`heldToday`).
import type * as chrono from 'chrono-node';
import {
  addDays,
  addMinutesIso,
  dateFromParts,
  daysBetween,
  epochMs,
  offsetMinutesAt,
  weekdayOf,
  zonedDateTimeToIso,
} from '../time';
import type { Finding } from '../types';
import { hhmm } from './detectors/chronoDates';
import type { ReadContext, Sentence } from './model';
import { anyOf, type PhraseRow } from './phrases/rows';

/** A language's two tables: the thanks for a meeting, and the words that put it on the day of writing. */
export interface HeldTodayRows {
  readonly thanks: readonly PhraseRow[];
  readonly today: readonly PhraseRow[];
}

// A clock the thanks may give: "um 14 Uhr", "at 2pm", "à 10h30", "à 14h", "a las 10:00", "at 14:00", "at 4".
const CLOCK =
  /(?<![\p{L}\p{N}])(\d{1,2})(?:[:.h](\d{2}))?\s*(uhr|h(?![\p{L}\p{N}])|[ap]\.?\s?m\.?(?![\p{L}]))|(?<![\p{L}\p{N}:])(\d{1,2})[:h](\d{2})(?![\d:])|(?<![\p{L}])(?:at|um|à|a\s+las?)\s+(\d{1,2})(?![\p{L}\p{N}:]|[.,]\d)/iu;

const compiled = new WeakMap<HeldTodayRows, { readonly thanks: RegExp; readonly today: RegExp }>();

function patterns(rows: HeldTodayRows): { readonly thanks: RegExp; readonly today: RegExp } {
  const hit = compiled.get(rows);
  if (hit !== undefined) return hit;
  const made = { thanks: anyOf(rows.thanks), today: anyOf(rows.today) };
  compiled.set(rows, made);
  return made;
}

// The words that put a clock in the afternoon or evening, in the four languages.
const AFTERNOON = /afternoon|evening|nachmittag|abend|après-midi|apres-midi|soir|tarde|noche/iu;

/** "14 Uhr" → "14:00", "2pm" → "14:00", "10h30" → "10:30"; null where it names no clock. */
function clockOf(sentence: string): string | null {
  const m = CLOCK.exec(sentence);
  if (m === null) return null;
  const hour = Number(m[1] ?? m[4] ?? m[6]);
  const minute = Number(m[2] ?? m[5] ?? '0');
  const marker = (m[3] ?? '').toLowerCase().replace(/[.\s]/g, '');
  // No am or pm: a meeting at "2:30" is in the afternoon, as is any hour below 12 said "this afternoon".
  const afternoon = marker === '' && hour < 12 && (hour <= 7 || AFTERNOON.test(sentence));
  const h =
    (marker === 'pm' || afternoon) && hour < 12 ? hour + 12 : marker === 'am' && hour === 12 ? 0 : hour;
  if (h > 23 || minute > 59) return null;
  return `${String(h).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** The interview the thanks dates, or null. */
export function heldToday(
  context: ReadContext,
  sentences: readonly Sentence[],
  rows: HeldTodayRows,
  messageIndex: number,
): Finding | null {
  if (context.t === null || context.sentAt === null) return null;
  const { thanks, today } = patterns(rows);
  const sentence = sentences.find((s) => thanks.test(s.text) && today.test(s.text));
  if (sentence === undefined) return null;
  const written = clockOf(sentence.text);
  const start = written === null ? null : zonedDateTimeToIso(context.t, written, context.readZone);
  const sent = epochMs(context.sentAt);
  const startMs = start === null ? null : epochMs(start);
  // A clock after the sent time is no meeting already held: the day alone.
  const time = startMs !== null && sent !== null && startMs <= sent ? written : null;
  const begins = zonedDateTimeToIso(
    context.t,
    time ?? '00:00',
    time === null ? context.tz : context.readZone,
  );
  return {
    kind: 'interview',
    start: begins,
    end: addMinutesIso(begins, 60, context.tz),
    date: context.t,
    time,
    certainty: 'implied',
    evidence: { message: messageIndex, text: sentence.text, index: sentence.index, detector: 'held-today' },
  };
}

/** How far back a thanks may date the meeting it thanks for: a thank-you is written within weeks of it. */
const HELD_WITHIN_DAYS = 45;

// A past day dates an interview only where the thanks names one: "Thanks for speaking with me on Wednesday" from an
// agency recruiter was a screening call (r13), not the interview the advice counts from.
const INTERVIEW_WORD = /interview|gespräch|entretien|entrevue|entrevista/iu;
// A span counted back ("last week", "vor zwei Wochen", "il y a trois jours", "hace una semana") names no day, though
// chrono gives it one.
const SPAN_BACK =
  /week|woche|semaine|semana|month|monat|mois|(?<![\p{L}])mes(?![\p{L}])|year|jahr|année|año|ago|(?<![\p{L}])vor(?![\p{L}])|il\s+y\s+a|hace/iu;

/** The day a chrono reading names, on or before `t`: a weekday alone is the latest such day before `t`. */
function pastDay(c: chrono.ParsedComponents, t: string): string | null {
  if (c.isCertain('day') && c.isCertain('month')) {
    return dateFromParts(c.get('year') ?? Number(t.slice(0, 4)), c.get('month') ?? 1, c.get('day') ?? 1);
  }
  if (!c.isCertain('weekday')) return null;
  const weekday = c.get('weekday') ?? 0;
  // chrono counts Sunday as 0; weekdayOf counts it as 7.
  const back = (weekdayOf(t) - (weekday === 0 ? 7 : weekday) + 7) % 7;
  return addDays(t, back === 0 ? -7 : -back);
}

/**
 * The interview a thanks dates by a day before the day of writing, or null: "Thank you for interviewing with us on
 * Thursday, November 26", "Nochmals herzlichen Dank für das Gespräch vom 26. November", "Merci pour notre entretien
 * de mardi". A recruiter's rejection or update often names the interview only so (r36's Swiss rejection); without
 * it the advice asked for a date the mail gives. The day must lie in the weeks before the day of writing; a time is
 * kept where the sentence gives one. `parse` is chrono's parser of the message's language, read without forward
 * dating since a thanks looks back.
 */
export function heldOn(
  context: ReadContext,
  sentences: readonly Sentence[],
  rows: HeldTodayRows,
  messageIndex: number,
  parse: (text: string, reference: chrono.ParsingReference) => readonly chrono.ParsedResult[],
): Finding | null {
  const t = context.t;
  if (t === null || context.sentAt === null) return null;
  const sent = epochMs(context.sentAt);
  if (sent === null) return null;
  const { thanks } = patterns(rows);
  const reference = { instant: new Date(sent), timezone: offsetMinutesAt(sent, context.readZone) ?? 0 };
  for (const sentence of sentences) {
    const match = thanks.exec(sentence.text);
    if (match === null || !INTERVIEW_WORD.test(sentence.text)) continue;
    // The day named after the thanks: "Thanks for your time on Tuesday", not a day an earlier clause gave.
    const after = sentence.text.slice(match.index);
    for (const r of parse(after, reference)) {
      if (SPAN_BACK.test(r.text)) continue;
      const date = pastDay(r.start, t);
      if (date === null || date >= t || daysBetween(date, t) > HELD_WITHIN_DAYS) continue;
      const hour = r.start.isCertain('hour') ? r.start.get('hour') : null;
      const time = hour === null ? null : hhmm(hour, r.start.get('minute'));
      const begins = zonedDateTimeToIso(date, time ?? '00:00', time === null ? context.tz : context.readZone);
      return {
        kind: 'interview',
        start: begins,
        end: addMinutesIso(begins, 60, context.tz),
        date,
        time,
        certainty: 'implied',
        evidence: { message: messageIndex, text: sentence.text, index: sentence.index, detector: 'held-on' },
      };
    }
  }
  return null;
}
