// The human summary of `followup analyze` (CLI.md): the recommendation first, then the facts behind it.
import type { Analysis, Recommendation } from '../core/types';
import { weekdayDayMonth } from '../core/advice';

function headline(r: Recommendation, today: string): string {
  const day = (d: string): string => weekdayDayMonth(d, today);
  switch (r.action) {
    case 'set-interview-date':
      return 'Set the interview date: none was found in this thread.';
    case 'closed':
      return r.outcome === 'offer' ? 'Closed: you have an offer.' : 'Closed: the employer has decided.';
    case 'wait':
      return `Wait until ${day(r.on)}.`;
    case 'reply':
      return 'Reply now: the employer is waiting for your answer.';
    case 'send-thank-you':
      return r.overdue
        ? `Send a thank-you note today (it was due ${day(r.on)}).`
        : `Send a thank-you note by ${day(r.on)}.`;
    case 'follow-up':
      return `${r.step === 1 ? 'Follow up' : 'Send a second, polite follow-up'} on ${day(r.on)}${r.overdue ? ' (due already: today is fine)' : ''}.`;
    case 'move-on':
      return 'Move on: focus on other opportunities.';
  }
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => (l === '' ? '' : `    ${l}`))
    .join('\n');
}

/** Plain text, one fact a line. `today` is the user's date (for years in dates). */
export function summary(a: Analysis, today: string): string {
  const r = a.recommendation;
  const lines: string[] = [];
  lines.push(headline(r, today));
  for (const reason of r.reasons) lines.push(`  - ${reason}`);
  if (r.alternatives.length > 0) lines.push(`  Also possible: ${r.alternatives.join(', ')}.`);
  lines.push('');
  if (a.interview !== null) lines.push(`Interview:    ${a.interview.start} to ${a.interview.end}`);
  if (a.timeline !== null) lines.push(`Timeline:     by ${a.timeline.by} ("${a.timeline.phrase}")`);
  if (a.elapsedDays !== null) lines.push(`Elapsed days: ${a.elapsedDays}`);
  if (a.noCalls) lines.push('No calls:     the employer asked not to be phoned');
  if (a.outcome !== null) lines.push(`Outcome:      ${a.outcome}`);
  lines.push(`Messages:     ${a.messages.length} (candidate: ${a.candidate ?? 'unknown'})`);
  for (const w of a.warnings) lines.push(`Warning:      ${w.message}`);
  if (a.draft !== null) {
    lines.push('', `Draft (${a.draft.kind}): ${a.draft.subject}`, indent(a.draft.text));
    for (const ask of a.draft.asks) lines.push(`  To add: ${ask}`);
  }
  if (a.reminder !== null) lines.push('', `Reminder:     ${a.reminder.subject}, ${a.reminder.start}`);
  return `${lines.join('\n')}\n`;
}
