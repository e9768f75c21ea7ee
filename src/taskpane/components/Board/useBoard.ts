// The board's state and actions (issue 15): the stored applications, their rows for the host's `now` (the core's
// boardRows, so the stages are the advice's), and what each row's buttons do. Effects come from the BoardHost
// and the pane's services (the reminder form); nothing here reads the clock but through the host.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { boardCsv, boardIcs, boardRows, dueCount, type BoardRow } from '../../../core/board';
import { reminderAhead, reminderToIcs } from '../../../core/drafts';
import { dateInZone, epochMs } from '../../../core/time';
import type { BoardHost, BoardSnapshot, SaveOutcome } from '../../../office/board';
import type { RowChange } from '../../../office/boardStore';
import type { Result } from '../../../office/types';
import { useServices } from '../../services';
import type { Notice } from '../App/App.types';
import type { RecordFeed } from './recordFeed';

export type BoardState =
  | { readonly status: 'loading' }
  | { readonly status: 'problem'; readonly message: string }
  | { readonly status: 'ready'; readonly snapshot: BoardSnapshot };

export interface BoardViewModel {
  readonly state: BoardState;
  readonly rows: readonly BoardRow[];
  readonly due: number;
  readonly notice: Notice | null;
  /** Set when a save found the board full (or made room): shown until dismissed. */
  readonly capacity: Notice | null;
  readonly busy: boolean;
  readonly exports: { readonly ics: string; readonly csv: string } | null;
  readonly actions: {
    readonly open: (row: BoardRow) => Promise<void>;
    readonly remind: (row: BoardRow) => Promise<void>;
    readonly change: (row: BoardRow, change: RowChange) => Promise<void>;
    readonly dismissNotice: () => void;
    readonly dismissCapacity: () => void;
    readonly reload: () => void;
  };
}

const dataUrl = (type: string, text: string): string =>
  `data:${type};charset=utf-8,${encodeURIComponent(text)}`;

/** What a save's outcome means to the user, or null where there is nothing to say. */
export function capacityNotice(outcome: Result<SaveOutcome>): Notice | null {
  if (!outcome.ok)
    return outcome.error.kind === 'storage-full'
      ? {
          intent: 'warning',
          title: 'Your applications board is full',
          message: 'Outlook has no room left for add-in settings: remove applications you no longer follow.',
        }
      : { intent: 'warning', title: 'The board could not be saved', message: outcome.error.message };
  if (outcome.value.full)
    return {
      intent: 'warning',
      title: 'Your applications board is full',
      message:
        'This thread could not be added: mark finished applications closed or remove them, then open it again.',
    };
  if (outcome.value.evicted > 0)
    return {
      intent: 'info',
      title: 'Made room on the board',
      message: `${outcome.value.evicted} finished application${outcome.value.evicted === 1 ? '' : 's'} (closed or moved on) ${outcome.value.evicted === 1 ? 'was' : 'were'} removed to fit Outlook's 32 KB of settings.`,
    };
  return null;
}

export function useBoard(board: BoardHost, feed: RecordFeed): BoardViewModel {
  const { host } = useServices();
  const [state, setState] = useState<BoardState>({ status: 'loading' });
  const [notice, setNotice] = useState<Notice | null>(null);
  const [capacity, setCapacity] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  useEffect(() => {
    let live = true;
    void board.load().then((loaded) => {
      if (!live) return;
      setState(
        loaded.ok
          ? { status: 'ready', snapshot: loaded.value }
          : { status: 'problem', message: loaded.error.message },
      );
    });
    return () => {
      live = false;
    };
  }, [board, generation]);

  // Each thread the pane or a command analyses is recorded: the board reloads to show it.
  useEffect(
    () =>
      feed.subscribe((outcome) => {
        const said = capacityNotice(outcome);
        if (said !== null) setCapacity(said);
        reload();
      }),
    [feed, reload],
  );

  const now = host.now();
  const tz = board.zone();
  const rows = useMemo(
    () =>
      state.status === 'ready'
        ? boardRows(state.snapshot.records, {
            now,
            tz,
            overridesFor: (key) => state.snapshot.overrides[key],
          })
        : [],
    // `now` is read each render: a pane left open shows today's stages on its next render.
    [state, now, tz],
  );
  const today = dateInZone(epochMs(now) ?? 0, tz);
  const exports = useMemo(
    () =>
      rows.length === 0
        ? null
        : {
            ics: dataUrl('text/calendar', boardIcs(rows, today)),
            // A byte-order mark so that Excel reads the CSV as UTF-8 (names such as "Müller").
            csv: dataUrl('text/csv', `\uFEFF${boardCsv(rows)}`),
          },
    [rows, today],
  );

  const open = useCallback(
    async (row: BoardRow) => {
      if (row.itemId === null) {
        setNotice({
          intent: 'info',
          title: 'No message to open',
          message: 'Open this thread from your inbox once; the board then remembers it.',
        });
        return;
      }
      setBusy(true);
      const opened = await board.openThread(row.itemId);
      setBusy(false);
      setNotice(
        opened.ok
          ? null
          : { intent: 'error', title: 'Could not open the thread', message: opened.error.message },
      );
    },
    [board],
  );

  const remind = useCallback(
    async (row: BoardRow) => {
      if (row.reminder === null) return;
      setBusy(true);
      const reminder = reminderAhead(row.reminder, host.now(), tz).reminder;
      const opened = await host.openReminder(reminder);
      setBusy(false);
      setNotice(
        opened.ok
          ? {
              intent: 'success',
              title: 'Reminder opened',
              message: `Check the details and save it: ${reminder.subject}.`,
            }
          : {
              intent: 'warning',
              title: 'Could not open the calendar here',
              message: `${opened.error.message} Download the reminder instead.`,
              offer: {
                kind: 'ics',
                href: dataUrl('text/calendar', reminderToIcs(reminder)),
                filename: 'follow-up-reminder.ics',
              },
            },
      );
    },
    [host, tz],
  );

  const change = useCallback(
    async (row: BoardRow, what: RowChange) => {
      setBusy(true);
      const saved = await board.change(row.key, what, tz);
      setBusy(false);
      const said = capacityNotice(saved);
      if (!saved.ok) setNotice(said);
      else {
        const name = row.company ?? row.subject;
        setNotice({
          intent: 'success',
          title:
            what === 'remove'
              ? 'Removed from the board'
              : what === 'close'
                ? 'Marked closed'
                : 'Opened again',
          message:
            what === 'remove'
              ? `${name} is no longer on the board; opening the thread again puts it back.`
              : `${name}: ${what === 'close' ? 'no more reminders for it.' : 'back among your applications.'}`,
        });
      }
      reload();
    },
    [board, tz, reload],
  );

  return {
    state,
    rows,
    due: dueCount(rows),
    notice,
    capacity,
    busy,
    exports,
    actions: {
      open,
      remind,
      change,
      dismissNotice: () => setNotice(null),
      dismissCapacity: () => setCapacity(null),
      reload,
    },
  };
}
