// `followup board PATH... [--now ISO] [--tz ZONE] [--me ADDRESS] [--json | --csv | --ics]` (CLI.md): every job
// application in a mail export, most urgent first. Messages are read one at a time (an .mbox as a stream) into
// small summaries plus their fields; conversations are grouped, sorted out, and each kept one is analysed as
// `analyze` would, then shown through the same record and stage as the pane's board.
import type { Analysis, RawMessage, Warning } from '../core/types';
import { analyze } from '../core';
import { parseMessages } from '../core/mail';
import {
  boardCsv,
  boardIcs,
  byUrgency,
  groupConversations,
  mailboxOwner,
  mayBeApplication,
  rowOf,
  shortDate,
  summarize,
  toRecord,
  verdict,
  type BoardRow,
  type MailSummary,
} from '../core/board';
import { monthFirstZone } from '../core/time';
import { parseNow, parseZone, tokens } from './args';
import { mailboxSources } from './mailboxReader';
import { UsageError } from './usageError';
import type { Io } from './main';

type FieldsMessage = Extract<RawMessage, { kind: 'fields' }>;

export interface BoardArgs {
  readonly paths: readonly string[];
  readonly now: string | null;
  readonly tz: string | null;
  readonly me: string | null;
  readonly format: 'table' | 'json' | 'csv' | 'ics';
}

const FORMATS = ['--json', '--csv', '--ics'] as const;

export function parseBoardArgs(argv: readonly string[]): BoardArgs {
  const { flags, files } = tokens(argv, new Set(FORMATS));
  if (files.length === 0)
    throw new UsageError('board needs at least one PATH (an .mbox or a folder of .eml files)');
  if (files.includes('-')) throw new UsageError('board reads files and folders, not standard input');
  const chosen = FORMATS.filter((f) => flags.has(f));
  if (chosen.length > 1) throw new UsageError(`${chosen.join(' and ')} cannot be used together`);
  const tzFlag = flags.get('--tz');
  const nowFlag = flags.get('--now');
  const me = flags.get('--me');
  if (typeof me === 'string' && !/^[^\s@]+@[^\s@]+$/.test(me))
    throw new UsageError(`--me ${JSON.stringify(me)} is not an email address`);
  return {
    paths: files,
    now: typeof nowFlag === 'string' ? nowFlag : null,
    tz: typeof tzFlag === 'string' ? parseZone(tzFlag) : null,
    me: typeof me === 'string' ? me.toLowerCase() : null,
    format: chosen[0] === undefined ? 'table' : (chosen[0].slice(2) as BoardArgs['format']),
  };
}

export interface BoardResult {
  readonly now: string;
  readonly rows: readonly BoardRow[];
  /** Conversations left out (not applications). */
  readonly skipped: number;
  readonly messages: number;
  readonly warnings: readonly Warning[];
}

export interface BoardOptions {
  readonly now: string;
  readonly tz: string;
  readonly me?: string;
  readonly warn?: (message: string) => void;
}

/** Reads, groups, sorts out and analyses a whole export. The CLI and the bench call this. */
export async function buildBoard(paths: readonly string[], options: BoardOptions): Promise<BoardResult> {
  const fields: FieldsMessage[] = [];
  const summaries: MailSummary[] = [];
  const warnings: Warning[] = [];
  const warn = options.warn ?? (() => undefined);
  for await (const source of mailboxSources(paths, warn)) {
    // One source at a time: parseMessages never sees the whole mbox, only this message.
    const parsed = await parseMessages({ kind: source.kind, data: source.data });
    for (const f of parsed) {
      fields.push(f);
      summaries.push(summarize(f));
    }
  }
  const me = options.me ?? mailboxOwner(summaries);
  const conversations = groupConversations(summaries, me === null ? {} : { me });
  const rows: BoardRow[] = [];
  let skipped = 0;
  for (const members of conversations) {
    const group = members.map((i) => summaries[i] as MailSummary);
    if (!mayBeApplication(group, me)) {
      skipped++;
      continue;
    }
    const analysis: Analysis = await analyze(
      { messages: members.map((i) => fields[i] as FieldsMessage) },
      { now: options.now, tz: options.tz, ...(me !== null ? { me } : {}) },
    );
    if (!verdict(analysis, group).keep) {
      skipped++;
      continue;
    }
    for (const w of analysis.warnings) if (w.code !== 'missing-date') warnings.push(w);
    rows.push(rowOf(toRecord(analysis, { now: options.now }), { now: options.now, tz: analysis.tz }));
  }
  return { now: options.now, rows: byUrgency(rows), skipped, messages: summaries.length, warnings };
}

const ACTION_WORDS: Record<string, string> = {
  'follow-up': 'follow up',
  'send-thank-you': 'thank-you',
  reply: 'reply',
  'move-on': 'move on',
  'set-interview-date': 'set interview date',
};

function whatWords(row: BoardRow): string {
  if (row.status === 'closed') return 'closed by you';
  if (row.action === 'closed') return row.outcome === 'offer' ? 'offer' : 'not selected';
  if (row.action !== 'wait') return ACTION_WORDS[row.action] ?? row.action;
  // What the row waits for: a wait for the day to follow up is no employer's window (board4).
  switch (row.waitingFor) {
    case 'interview':
      return 'interview';
    case 'follow-up':
    case 'second-follow-up':
      return 'follow up then';
    case 'snooze':
      return 'snoozed';
    default:
      return "employer's window";
  }
}

function tagOf(row: BoardRow): string {
  // CLI.md: DUE for what is due today or overdue (the date says which).
  if (row.due) return 'DUE';
  if (row.status === 'closed' || row.action === 'closed') return row.outcome === 'offer' ? 'OFFER' : 'DONE';
  if (row.action === 'wait') return 'WAIT';
  if (row.action === 'move-on') return 'MOVE';
  return 'SET';
}

/** The table of CLI.md: tag, date, what, company — role, contact. */
export function boardTable(rows: readonly BoardRow[], today: string, tz: string): string {
  if (rows.length === 0) return 'No job applications found.\n';
  const us = monthFirstZone(tz);
  const lines = rows.map((r) => [
    tagOf(r),
    shortDate(r.respondBy ?? r.on, today, us).replace(',', ''),
    whatWords(r),
    [r.company, r.role].filter((x) => x !== null).join(' — ') || r.subject,
    r.contact?.name ?? r.contact?.address ?? '',
  ]);
  const widths = [0, 1, 2, 3].map((c) => Math.max(...lines.map((l) => (l[c] ?? '').length)));
  return `${lines
    .map((l) =>
      l
        .map((cell, c) => (c < 4 ? cell.padEnd((widths[c] ?? 0) + 2) : cell))
        .join('')
        .trimEnd(),
    )
    .join('\n')}\n`;
}

/** The JSON of CLI.md. */
export function boardJson(result: BoardResult): unknown {
  return {
    now: result.now,
    applications: result.rows.map((r) => ({
      company: r.company,
      role: r.role,
      contact: r.contact === null ? null : { name: r.contact.name, address: r.contact.address },
      subject: r.subject,
      action: r.action,
      on: r.on,
      overdue: r.overdue,
      interview: r.interview,
      lastMessageAt: r.lastMessageAt,
      messages: r.messages,
      outcome: r.outcome,
      ...(r.respondBy === null ? {} : { respondBy: r.respondBy }),
    })),
    skipped: result.skipped,
    warnings: result.warnings.map((w) => ({ code: w.code, message: w.message })),
  };
}

/** @pure false: the clock and the system zone, read once here (as runAnalyze does). */
export async function runBoard(
  argv: readonly string[],
  io: Io,
  clock: () => string,
  zone: () => string,
): Promise<number> {
  const args = parseBoardArgs(argv);
  const tz = args.tz ?? zone();
  const now = parseNow(args.now ?? clock(), tz);
  const result = await buildBoard(args.paths, {
    now,
    tz,
    ...(args.me !== null ? { me: args.me } : {}),
    warn: (message) => io.stderr.write(`followup: ${message}\n`),
  });
  const today = now.slice(0, 10);
  const out =
    args.format === 'json'
      ? `${JSON.stringify(boardJson(result), null, 2)}\n`
      : args.format === 'csv'
        ? boardCsv(result.rows)
        : args.format === 'ics'
          ? boardIcs(result.rows, today)
          : boardTable(result.rows, today, tz);
  io.stdout.write(out);
  return 0;
}
