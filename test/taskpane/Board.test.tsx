// The board in the pane (issue 15), as a user meets it: by role and accessible name, against a fake host and an
// in-memory BoardHost holding records made by the core from real fixture threads.
import { useDom } from './dom';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { act, cleanup, fireEvent, render, waitFor, within } from '@testing-library/react';
import { analyze } from '../../src/core';
import { toRecord, type ApplicationRecord } from '../../src/core/board';
import type { Analysis } from '../../src/core/types';
import type { BoardHost, BoardSnapshot, SaveOutcome } from '../../src/office/board';
import {
  changeRow,
  emptyBoard,
  putRecord,
  type BoardStore,
  type RowChange,
} from '../../src/office/boardStore';
import type { Result } from '../../src/office/types';
import { Root } from '../../src/taskpane/Root';
import { analysis, fakeAnalyze } from './analyses';
import { FakeHost, item } from './fakeHost';

const TZ = 'America/New_York';
const fixture = (name: string) => readFileSync(new URL(`../fixtures/threads/${name}`, import.meta.url));

async function recordOf(file: string, key: string): Promise<ApplicationRecord> {
  const now = '2026-11-12T09:00:00-05:00';
  const a = await analyze({ messages: [{ kind: 'mime', data: fixture(file) }] }, { now, tz: TZ });
  return toRecord(a, { now, conversationId: key, itemId: `item-${key}` });
}

/** A BoardHost over a store in memory, recording what it was asked. */
class MemoryBoard implements BoardHost {
  store: BoardStore = emptyBoard();
  readonly opened: string[] = [];
  readonly recorded: { conversationId: string | null; itemId: string | null }[] = [];
  openResult: Result<void> = { ok: true, value: undefined };
  async load(): Promise<Result<BoardSnapshot>> {
    return { ok: true, value: { records: Object.values(this.store.records), overrides: {}, dropped: 0 } };
  }
  async record(
    _a: Analysis,
    item: { conversationId: string | null; itemId: string | null },
  ): Promise<Result<SaveOutcome>> {
    this.recorded.push(item);
    return { ok: true, value: { evicted: 0, full: true } };
  }
  async change(key: string, change: RowChange): Promise<Result<SaveOutcome>> {
    this.store = changeRow(this.store, key, change, 29_000_000);
    return { ok: true, value: { evicted: 0, full: false } };
  }
  async openThread(itemId: string): Promise<Result<void>> {
    this.opened.push(itemId);
    return this.openResult;
  }
  zone(): string {
    return TZ;
  }
}

const ui = () => within(document.body);

async function mount(now: string): Promise<{ host: FakeHost; board: MemoryBoard }> {
  const host = new FakeHost();
  host.nowValue = now;
  // As Outlook's item is read (readItem.ts): the open item's fields carry its conversation and item ids.
  const read = item();
  const [first] = read.input.messages;
  if (first?.kind === 'fields')
    host.readResult = {
      ok: true,
      value: { ...read, input: { messages: [{ ...first, conversationId: 'conv-1', itemId: 'item-1' }] } },
    };
  const board = new MemoryBoard();
  // Waiting on its window until Nov 26 (follow up then); a thank-you sent, follow-up due Nov 17; a rejection.
  for (const [file, key] of [
    ['outlook-within-two-weeks.eml', 'window'],
    ['apple-mail-thank-you-sent.eml', 'thanks'],
    ['apple-mail-london-not-successful-on-this-occasion.eml', 'rejected'],
  ] as const)
    board.store = putRecord(board.store, await recordOf(file, key));
  render(<Root host={host} analyze={fakeAnalyze(() => analysis())} board={board} />);
  await act(async () => undefined);
  return { host, board };
}

function rows(): string[] {
  const list = ui().getByRole('list', { name: /applications, most urgent first/i });
  return within(list)
    .getAllByRole('listitem')
    .map((li) => li.getAttribute('aria-label') ?? '');
}

describe('Board (component)', () => {
  useDom();
  afterEach(cleanup);

  it('shows two tabs, the second with the count of what is due, and the rows most urgent first', async () => {
    await mount('2026-11-20T15:00:00Z');
    const tab = await ui().findByRole('tab', { name: /^Applications · 1 due/ });
    assert.ok(ui().getByRole('tab', { name: /^This thread/, selected: true }));
    fireEvent.click(tab);
    await ui().findByRole('list', { name: /applications, most urgent first/i });
    const labels = rows();
    assert.equal(labels.length, 3);
    assert.match(labels[0] ?? '', /Follow up now \(since/);
    assert.match(labels[1] ?? '', /: Waiting until Thu, Nov 26$/);
    assert.match(labels[2] ?? '', /Closed: not selected$/);
  });

  it('moves a waiting row to "follow up today" when the clock reaches its day', async () => {
    await mount('2026-11-26T15:00:00Z');
    fireEvent.click(await ui().findByRole('tab', { name: /^Applications · 2 due/ }));
    await ui().findByRole('list', { name: /applications, most urgent first/i });
    assert.ok(rows().some((r) => r.endsWith(': Follow up today')));
  });

  it('opens the thread by its stored item id, and says so when Outlook cannot', async () => {
    const { board } = await mount('2026-11-20T15:00:00Z');
    fireEvent.click(await ui().findByRole('tab', { name: /^Applications/ }));
    const open = await ui().findAllByRole('button', { name: /^Open the thread:/ });
    fireEvent.click(open[1]!);
    await waitFor(() => assert.deepEqual(board.opened, ['item-window']));
    board.openResult = {
      ok: false,
      error: {
        kind: 'unsupported',
        requirement: 'Outlook on the desktop or the web',
        message: 'Not on a phone.',
      },
    };
    fireEvent.click(open[0]!);
    await ui().findByText('Could not open the thread');
  });

  it('removes a row and marks one closed', async () => {
    await mount('2026-11-20T15:00:00Z');
    fireEvent.click(await ui().findByRole('tab', { name: /^Applications/ }));
    const remove = await ui().findAllByRole('button', { name: /^Remove:/ });
    fireEvent.click(remove[2]!);
    await ui().findByText('Removed from the board');
    await waitFor(() => assert.equal(rows().length, 2));
    fireEvent.click(ui().getAllByRole('button', { name: /^Mark closed:/ })[0]!);
    await ui().findByText('Marked closed');
    await waitFor(() => assert.ok(rows().some((r) => r.endsWith(': Closed by you'))));
    await ui().findByRole('button', { name: /^Reopen:/ });
    assert.ok(await ui().findByRole('tab', { name: /^Applications$|^Applications Applications$/ }));
  });

  it('offers the board as a calendar and as CSV', async () => {
    await mount('2026-11-20T15:00:00Z');
    fireEvent.click(await ui().findByRole('tab', { name: /^Applications/ }));
    const ics = await ui().findByRole('link', { name: 'Upcoming dates (.ics)' });
    const csv = ui().getByRole('link', { name: 'Table (.csv)' });
    assert.equal(ics.getAttribute('download'), 'applications.ics');
    const calendar = decodeURIComponent(
      (ics.getAttribute('href') ?? '').replace(/^data:text\/calendar;charset=utf-8,/, ''),
    );
    assert.match(calendar, /^BEGIN:VCALENDAR/);
    assert.equal(calendar.match(/BEGIN:VEVENT/g)?.length, 1);
    const table = decodeURIComponent(
      (csv.getAttribute('href') ?? '').replace(/^data:text\/csv;charset=utf-8,/, ''),
    );
    assert.equal(table.split('\r\n').filter((l) => l !== '').length, 4);
  });

  it('records the analysed thread, and tells the user when the board is full', async () => {
    const { board } = await mount('2026-11-20T15:00:00Z');
    await waitFor(() => assert.deepEqual(board.recorded, [{ conversationId: 'conv-1', itemId: 'item-1' }]));
    await ui().findByText('Your applications board is full');
  });
});
