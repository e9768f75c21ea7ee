import { useEffect, useState } from 'react';
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
  const [date, setDate] = useState(initialDate);
  const [time, setTime] = useState(initialTime);
  // A new analysis (another item, or a saved change) resets the fields to what it says.
  useEffect(() => {
    setDate(initialDate);
    setTime(initialTime);
  }, [initialDate, initialTime]);

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
