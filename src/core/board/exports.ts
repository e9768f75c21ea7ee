// The board as files (issue 15, CLI.md `board`): a CSV table for a spreadsheet and one calendar of every
// upcoming date. Pure text out; the hosts save or print it.
import type { IsoDate } from '../types';
import { remindersToIcs } from '../drafts';
import type { BoardRow } from './rows';

/** The columns of `followup board --json`, in order, shared by the CSV. */
export const BOARD_COLUMNS = [
  'company',
  'role',
  'contact',
  'contactAddress',
  'subject',
  'action',
  'on',
  'overdue',
  'interview',
  'lastMessageAt',
  'messages',
  'outcome',
] as const;

/** RFC 4180 quoting; a cell a spreadsheet would run as a formula (=, +, -, @) is kept as text. */
function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text) && typeof value === 'string') text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function cells(row: BoardRow): readonly (string | number | boolean | null)[] {
  return [
    row.company,
    row.role,
    row.contact?.name ?? null,
    row.contact?.address ?? null,
    row.subject,
    row.action,
    row.on,
    row.overdue,
    row.interview,
    row.lastMessageAt,
    row.messages,
    row.outcome,
  ];
}

/** The rows as CSV with a header row, CRLF line ends (RFC 4180). */
export function boardCsv(rows: readonly BoardRow[]): string {
  const lines = [BOARD_COLUMNS.join(','), ...rows.map((r) => cells(r).map(csvCell).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

/** One calendar with an event for each upcoming date (today or later) of an open row. */
export function boardIcs(rows: readonly BoardRow[], today: IsoDate): string {
  return remindersToIcs(
    rows.flatMap((r) =>
      r.status === 'open' && r.reminder !== null && r.reminder.start.slice(0, 10) >= today
        ? [r.reminder]
        : [],
    ),
  );
}
