// The human summary of `followup analyze` (CLI.md): the recommendation first, then the facts behind it.
import type { Analysis, Recommendation } from '../core/types';
import { clockWords, weekdayDayMonth } from '../core/advice';
import { monthFirstZone } from '../core/time';

function headline(r: Recommendation, today: string, us: boolean): string {
  const day = (d: string): string => weekdayDayMonth(d, today, us);
  switch (r.action) {
    case 'set-interview-date':
      return 'Set the interview date: none was found in this thread.';
    case 'closed':
      if (r.outcome === 'offer' && r.respondBy !== undefined)
        return `You have an offer: reply to it by ${day(r.respondBy)}.`;
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

/** "14:00–15:00" ("2:00 PM–3:00 PM" where dates are written month first) from two zoned ISO instants. */
function clock(start: string, end: string, us: boolean): string {
  return `${clockWords(start.slice(11, 16), us)}–${clockWords(end.slice(11, 16), us)}`;
}

function ago(days: number): string {
  if (days === 0) return 'today';
  if (days < 0) return days === -1 ? 'tomorrow' : `in ${-days} days`;
  return days === 1 ? 'yesterday' : `${days} days ago`;
}

const ALTERNATIVE_NAMES: Readonly<Record<string, string>> = {
  'phone-script': 'a phone script',
  linkedin: 'a LinkedIn message',
  handwritten: 'a handwritten note',
};

/** The other interviewers' thank-you notes of a panel (the main draft is the first one's). */
function panelNotes(a: Analysis): readonly string[] {
  const main = a.draft?.text;
  return (a.drafts ?? []).filter((d) => d.kind === 'thank-you' && d.text !== main).map((d) => d.text);
}

/** The other channels drafted beside the email: "a phone script, a LinkedIn message". */
function channels(a: Analysis): string | null {
  const names = (a.drafts ?? []).flatMap((d) => ALTERNATIVE_NAMES[d.kind] ?? []);
  return names.length === 0 ? null : `Also drafted (in the add-in): ${names.join(', ')}.`;
}

/** Plain text, one fact a line. `today` is the user's date (for years in dates). */
export function summary(a: Analysis, today: string): string {
  const r = a.recommendation;
  // The reasons' style: US and Canadian readers get "Thursday, November 26" and "2:00 PM".
  const us = monthFirstZone(a.tz);
  const day = (d: string): string => weekdayDayMonth(d, today, us);
  const lines: string[] = [];
  lines.push(headline(r, today, us));
  for (const reason of r.reasons) lines.push(`  - ${reason}`);
  if (r.alternatives.length > 0) lines.push(`  Also possible: ${r.alternatives.join(', ')}.`);
  lines.push('');
  if (a.interview !== null) {
    const iv = a.interview;
    const when =
      iv.time === null
        ? `${day(iv.date)} (no time stated)`
        : `${day(iv.date)}, ${clock(iv.start, iv.end, us)}`;
    lines.push(`Interview:    ${when}${a.elapsedDays === null ? '' : `, ${ago(a.elapsedDays)}`}`);
  }
  if (a.timeline !== null) lines.push(`Timeline:     by ${day(a.timeline.by)} ("${a.timeline.phrase}")`);
  if (a.noContactBefore !== null)
    lines.push(
      `Hold off:     no contact before ${day(a.noContactBefore.by)} ("${a.noContactBefore.phrase}")`,
    );
  if (a.noCalls) lines.push('No calls:     the employer asked not to be phoned');
  if (a.outcome !== null) lines.push(`Outcome:      ${a.outcome === 'offer' ? 'an offer' : 'rejected'}`);
  lines.push(`Messages:     ${a.messages.length} (candidate: ${a.candidate ?? 'unknown: pass --me'})`);
  for (const w of a.warnings) lines.push(`Warning:      ${w.message}`);
  if (a.draft !== null) {
    lines.push('', `Draft (${a.draft.kind}): ${a.draft.subject}`, indent(a.draft.text));
    for (const ask of a.draft.asks) lines.push(`  To add: ${ask}`);
    const more = channels(a);
    if (more !== null) lines.push(`  ${more}`);
    for (const note of panelNotes(a)) lines.push('', 'Thank-you to another interviewer:', indent(note));
  }
  if (a.reminder !== null) {
    const start = a.reminder.start;
    lines.push(
      '',
      `Reminder:     ${day(start.slice(0, 10))} at ${clockWords(start.slice(11, 16), us)}: ${a.reminder.subject} (${start})`,
    );
  }
  return `${lines.join('\n')}\n`;
}
