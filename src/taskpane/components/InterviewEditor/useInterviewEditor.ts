import { useState } from 'react';
import { formatDateTime } from '../../lib/format';
import { dateInZone, daysFrom, timeInZone, zonedToIso } from '../../lib/zonedTime';
import type { InterviewEditorProps, InterviewEditorState } from './InterviewEditor.types';

function elapsedWords(days: number): string {
  if (days === 0) return 'The interview is today.';
  if (days < 0) return days === -1 ? 'The interview is tomorrow.' : `The interview is in ${-days} days.`;
  return days === 1 ? '1 day since the interview.' : `${days} days since the interview.`;
}

export function useInterviewEditor(props: InterviewEditorProps): InterviewEditorState {
  const { analysis, overrides, today, busy, onSave } = props;
  const tz = analysis.tz;
  // The user's own entry wins over the detected one (ADVICE.md "Inputs").
  const start = overrides.interviewStart ?? analysis.interview?.start ?? null;
  const initialDate = start ? (dateInZone(start, tz) ?? '') : '';
  const initialTime = start ? (timeInZone(start, tz) ?? '') : '';
  // What the user typed, with the interview it was typed over. Derived during render rather than reset by an
  // effect: such an effect ran after the pane painted and could wipe what the user typed in between (issue 5).
  // Typing survives any re-analysis that leaves the interview as it was (a snooze, a timeline ignored); once
  // the interview itself changes (the user saved or cleared it), the fields show the new one.
  const shownStart = `${initialDate}T${initialTime}`;
  const [typed, setTyped] = useState<{ date: string; time: string; over: string } | null>(null);
  const entry = typed !== null && typed.over === shownStart ? typed : null;
  const date = entry?.date ?? initialDate;
  const time = entry?.time ?? initialTime;
  // Functional updates: two fields changed in one batch must both be kept.
  const setDate = (next: string) =>
    setTyped((t) => ({ date: next, time: t?.over === shownStart ? t.time : initialTime, over: shownStart }));
  const setTime = (next: string) =>
    setTyped((t) => ({ date: t?.over === shownStart ? t.date : initialDate, time: next, over: shownStart }));

  const iso = date === '' ? null : zonedToIso(date, time, tz);
  const interviewDate = start ? dateInZone(start, tz) : null;
  const days = analysis.elapsedDays ?? (interviewDate ? daysFrom(interviewDate, today) : null);
  const changed = date !== initialDate || time !== initialTime;

  return {
    date,
    time,
    setDate,
    setTime,
    shown: start ? formatDateTime(start, tz) : null,
    source:
      overrides.interviewStart !== undefined
        ? { kind: 'override' }
        : analysis.interview
          ? { kind: 'thread', sentence: analysis.interview.evidence.text }
          : null,
    elapsed: start && days !== null ? elapsedWords(days) : null,
    invalid: date !== '' && iso === null,
    canSave: !busy && iso !== null && changed,
    save: () => {
      if (iso === null) return;
      void onSave({ ...overrides, interviewStart: iso }, 'Interview date set');
    },
    canClear: !busy && overrides.interviewStart !== undefined,
    clear: () => {
      // Dropping the key (not setting it undefined) keeps exactOptionalPropertyTypes and the stored JSON clean.
      const { interviewStart: _dropped, ...rest } = overrides;
      void onSave(rest, 'Using the date from the thread');
    },
  };
}
