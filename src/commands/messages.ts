// What each ribbon command tells the user in the notification bar, from the analysis (issue 5): one short
// sentence, the result first, then the way forward. Pure; notify() cuts to Outlook's 150 characters.
import type { Analysis, Draft, DraftKind, Recommendation, ReminderProposal } from '../core/types';
import { cutWithEllipsis, MAX_NOTIFICATION_CHARS } from '../office/limits';
import type { InsertOutcome, OfficeProblem } from '../office/types';

const KIND_LABELS: Readonly<Record<DraftKind, string>> = {
  'thank-you': 'thank-you note',
  'follow-up': 'follow-up',
  'second-follow-up': 'second follow-up',
  'close-the-loop': 'closing note',
  'rejection-reply': 'reply',
  'offer-acknowledgement': 'reply to the offer',
  'request-reply': 'reply',
  'phone-script': 'phone script',
  linkedin: 'LinkedIn message',
  handwritten: 'handwritten note',
};

/** `Tue 10 Dec` for an ISO date (or the date part of an instant); the text itself where it is not one. */
export function shortDate(iso: string): string {
  const day = iso.slice(0, 10);
  const date = new Date(`${day}T12:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(date.getTime())) return iso;
  const parts = new Intl.DateTimeFormat('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
  return parts.format(date).replace(',', '');
}

const addressee = (draft: Pick<Draft, 'to'>): string => draft.to?.name || draft.to?.address || 'the employer';

/**
 * While the advice is to wait, when the draft may go: a draft opened from the ribbon must not read as "send it
 * now" (ADVICE.md rules 3, 6, 8 and 9). Null when the advice is to act now.
 */
function holdUntil(rec: Recommendation | undefined): string | null {
  if (rec?.action !== 'wait') return null;
  return rec.waitingFor === 'interview'
    ? `send it after your interview on ${shortDate(rec.on)}`
    : `keep it until ${shortDate(rec.on)}`;
}

/** "Draft opened: follow-up to Ada Lee"; while waiting, "…: keep it until Fri 27 Nov". */
export function draftDone(
  draft: Pick<Draft, 'kind' | 'to'>,
  outcome: InsertOutcome,
  rec?: Recommendation,
): string {
  const verb = outcome === 'inserted-at-cursor' ? 'Draft inserted' : 'Draft opened';
  const done = `${verb}: ${KIND_LABELS[draft.kind]} to ${addressee(draft)}`;
  const hold = holdUntil(rec);
  return hold === null ? done : `${done}; ${hold}`;
}

/** Why there is nothing to draft, by the recommendation ("No interview date found: open the coach to set it"). */
export function noDraft(analysis: Pick<Analysis, 'recommendation'>): string {
  const rec = analysis.recommendation;
  switch (rec.action) {
    case 'set-interview-date':
      return 'No interview date found: open the coach to set it';
    case 'closed':
      return rec.outcome === 'offer'
        ? 'An offer is in this thread: no follow-up needed'
        : 'This process is closed: no follow-up needed';
    case 'wait':
      return rec.waitingFor === 'interview'
        ? 'The interview is still ahead: send your thank-you after it'
        : `Nothing to send yet: follow up on ${shortDate(rec.on)}`;
    case 'move-on':
      return 'No reply after your follow-ups: time to move on';
    case 'reply':
      // Only the candidate can answer the employer's question: say so rather than "no draft".
      return 'The employer asked you something: reply to their message (the coach has the details)';
    default:
      return 'No draft for this thread: open the coach for details';
  }
}

/** "Reminder opened: Tue 10 Dec" */
export function reminderDone(reminder: Pick<ReminderProposal, 'start'>): string {
  return `Reminder opened: ${shortDate(reminder.start)}`;
}

export function noReminder(analysis: Pick<Analysis, 'recommendation'>): string {
  const rec = analysis.recommendation;
  if (rec.action === 'set-interview-date') return noDraft(analysis);
  if (rec.action === 'closed' || rec.action === 'move-on' || rec.action === 'reply') return noDraft(analysis);
  return 'Nothing to be reminded of yet: open the coach for details';
}

/** What the user can do instead when Outlook fails a command's call: what the taskpane offers. */
const WAYS_FORWARD = {
  draft: 'open the coach to copy the draft',
  reminder: 'open the coach to download it as an .ics file',
  read: 'try again, or open the coach',
} as const;

/**
 * "<what failed>: <way forward>", the failure cut (not the way forward) where Outlook's own text would push
 * the whole past a notification's 150 characters.
 */
function withWayForward(failure: string, way: string): string {
  const room = MAX_NOTIFICATION_CHARS - way.length - 2;
  return `${cutWithEllipsis(failure.replace(/[.\s]+$/, ''), room)}: ${way}`;
}

/**
 * A problem from Outlook, with the way forward the taskpane offers: every failed call says what to do next
 * (issue 5). Problems whose own message already does ("select an email…", "shorten it and try again") keep it.
 */
export function problemMessage(problem: OfficeProblem, action: 'draft' | 'reminder' | 'read'): string {
  if (problem.kind === 'unsupported' && action === 'reminder') {
    return 'Outlook cannot open a reminder here: open the coach to download it as an .ics file';
  }
  if (problem.kind === 'unsupported' && action === 'draft')
    return withWayForward(problem.message, WAYS_FORWARD.draft);
  if (problem.kind === 'call-failed') return withWayForward(problem.message, WAYS_FORWARD[action]);
  return problem.message;
}

export const ANALYSIS_FAILED = 'Follow-up Coach could not read this thread: open the coach for details';

/**
 * The reader's chunk (commandCore.ts) could not be fetched on a click: offline, or a deployment replaced while
 * Outlook kept the old page. The next click tries again.
 */
export const CORE_LOAD_FAILED =
  'Follow-up Coach could not load its reader: check your connection and try again, or open the coach';
