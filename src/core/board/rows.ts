// The board's rows (issue 15): each stored application with its stage for `now`, in one order of urgency,
// and the words a row shows ("Follow up today", "Waiting until Tue, Nov 24", "Offer: reply by Fri").
import type {
  Action,
  Address,
  IsoDate,
  IsoDateTime,
  Outcome,
  Overrides,
  ReminderProposal,
  WaitingFor,
} from '../types';
import { proposeReminder } from '../drafts';
import { dateInZone, epochMs, monthFirstZone, weekdayName, dayMonth, daysBetween, toZonedIso } from '../time';
import { respondByOf, stageOf, type ApplicationRecord, type RowStatus } from './record';

export interface BoardRow {
  readonly key: string;
  readonly company: string | null;
  readonly role: string | null;
  readonly contact: Address | null;
  readonly subject: string;
  readonly conversationId: string | null;
  readonly itemId: string | null;
  readonly action: Action;
  readonly on: IsoDate;
  readonly overdue: boolean;
  /** Something to do today or earlier: a follow-up, a thank-you, a reply. */
  readonly due: boolean;
  /** The words of the row: what to do and when. */
  readonly label: string;
  /** While waiting, for what: the interview, the employer's window, the day to follow up, a snooze. */
  readonly waitingFor: WaitingFor | null;
  readonly interview: IsoDateTime | null;
  readonly lastMessageAt: IsoDateTime | null;
  readonly messages: number;
  readonly outcome: Outcome | null;
  readonly respondBy: IsoDate | null;
  readonly status: RowStatus;
  /** The reminder the pane would propose for this stage, or null (closed, move on, set the date). */
  readonly reminder: ReminderProposal | null;
}

export interface RowOptions {
  readonly now: IsoDateTime;
  /** A resolved IANA zone. */
  readonly tz: string;
  /** The overrides the user set on each conversation (by record key), which the pane also applies. */
  readonly overridesFor?: (key: string) => Overrides | undefined;
}

const ACTING: ReadonlySet<Action> = new Set<Action>(['follow-up', 'send-thank-you', 'reply']);

/** "Tue, Nov 24" (month first) or "Tue 24 Nov". */
export function shortDate(date: IsoDate, today: IsoDate, us: boolean): string {
  const weekday = weekdayName(date).slice(0, 3);
  const [first, second, year] = dayMonth(date, today, us).replace(',', '').split(' ');
  const day = us
    ? `${(first ?? '').slice(0, 3)} ${second ?? ''}`
    : `${first ?? ''} ${(second ?? '').slice(0, 3)}`;
  return `${weekday}${us ? ',' : ''} ${day}${year ? ` ${year}` : ''}`;
}

/** A day as near days are said: "today", "tomorrow", "Fri" within the week, else "Tue, Nov 24". */
function when(date: IsoDate, today: IsoDate, us: boolean): string {
  const days = daysBetween(today, date);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days > 1 && days < 7) return weekdayName(date).slice(0, 3);
  return shortDate(date, today, us);
}

function labelOf(
  action: Action,
  on: IsoDate,
  extra: { waitingFor: string | null; outcome: Outcome | null; respondBy: IsoDate | null; status: RowStatus },
  today: IsoDate,
  us: boolean,
): string {
  if (extra.status === 'closed') return 'Closed by you';
  const at = when(on, today, us);
  const late = on < today ? ` (since ${shortDate(on, today, us)})` : '';
  switch (action) {
    case 'follow-up':
      return on < today ? `Follow up now${late}` : `Follow up ${at}`;
    case 'send-thank-you':
      return on < today ? `Send your thank-you now${late}` : `Send your thank-you ${at}`;
    case 'reply':
      return 'Reply today: they asked you something';
    case 'wait':
      return extra.waitingFor === 'interview'
        ? `Interview ${at}`
        : `Waiting until ${shortDate(on, today, us)}`;
    case 'move-on':
      return 'Move on: close the loop';
    case 'set-interview-date':
      return 'Set the interview date';
    case 'closed':
      if (extra.outcome === 'offer')
        return extra.respondBy === null
          ? 'Offer: reply to it'
          : `Offer: reply by ${when(extra.respondBy, today, us)}`;
      return 'Closed: not selected';
  }
}

/**
 * One row: the record's stage for `now` (decide() through stageOf), its label and reminder.
 * @example rowOf(record, { now, tz }).label === 'Follow up today'
 */
export function rowOf(record: ApplicationRecord, options: RowOptions): BoardRow {
  const overrides = options.overridesFor?.(record.key);
  const decision = stageOf(record, { now: options.now, tz: options.tz, ...(overrides ? { overrides } : {}) });
  const rec = decision.recommendation;
  const today = dateInZone(epochMs(options.now) ?? 0, options.tz);
  const us = monthFirstZone(options.tz);
  const respondBy = respondByOf(rec);
  const status = record.status;
  const last = record.messages.reduce<number | null>(
    (a, m) => (m[1] !== null && (a === null || m[1] > a) ? m[1] : a),
    null,
  );
  return {
    key: record.key,
    company: record.company,
    role: record.role,
    contact: record.contact,
    subject: record.subject,
    conversationId: record.conversationId,
    itemId: record.itemId,
    action: rec.action,
    on: rec.on,
    overdue: rec.overdue || (ACTING.has(rec.action) && rec.on < today),
    due: status === 'open' && ACTING.has(rec.action) && rec.on <= today,
    label: labelOf(
      rec.action,
      rec.on,
      {
        waitingFor: rec.action === 'wait' ? rec.waitingFor : null,
        outcome: decision.outcome,
        respondBy,
        status,
      },
      today,
      us,
    ),
    waitingFor: rec.action === 'wait' ? rec.waitingFor : null,
    interview: decision.interview === null ? null : zoned(decision.interview.start, options.tz),
    lastMessageAt: last === null ? null : toZonedIso(last * 60_000, options.tz),
    messages: record.total,
    outcome: decision.outcome,
    respondBy,
    status,
    reminder:
      status === 'closed'
        ? null
        : proposeReminder(rec, record.subject || null, options.tz, decision.interview?.end ?? null),
  };
}

function zoned(iso: IsoDateTime, tz: string): IsoDateTime | null {
  const ms = epochMs(iso);
  return ms === null ? null : toZonedIso(ms, tz);
}

/** Urgency classes: due (overdue first), then dated waits, then what needs the user, then the finished. */
function rank(row: BoardRow): number {
  if (row.status === 'closed') return 5;
  if (row.due) return row.overdue ? 0 : 1;
  if (row.action === 'wait') return 2;
  if (row.action === 'set-interview-date') return 3;
  if (row.action === 'move-on') return 4;
  return row.outcome === 'offer' ? 2 : 5;
}

/** Most urgent first: overdue, due today, then by date; closed rows last. Stable for equal rows. */
export function byUrgency(rows: readonly BoardRow[]): BoardRow[] {
  const dateOf = (r: BoardRow): string =>
    r.action === 'closed' && r.respondBy !== null ? r.respondBy : r.on;
  return [...rows].sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    if (ra !== rb) return ra - rb;
    const da = dateOf(a);
    const db = dateOf(b);
    if (da !== db) return da < db ? -1 : 1;
    return (a.company ?? a.subject).localeCompare(b.company ?? b.subject);
  });
}

/** Every row for `now`, most urgent first. */
export function boardRows(records: readonly ApplicationRecord[], options: RowOptions): BoardRow[] {
  return byUrgency(records.map((r) => rowOf(r, options)));
}

/** How many rows have something to do today or earlier ("Applications · 2 due"). */
export const dueCount = (rows: readonly BoardRow[]): number => rows.filter((r) => r.due).length;
