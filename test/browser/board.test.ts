// The applications board in the playground (issue 15), in Chromium: open a few sample threads with the coach,
// switch to "Applications", see the rows in order of urgency, move the clock and watch a stage move without the
// thread being opened again; open a thread from the board, remove a row, export the board.
import assert from 'node:assert/strict';
import type { FrameLocator, Page } from 'playwright-core';
import { SAMPLES, sampleId } from '../../src/playground/samples/catalog';
import { gotoPlayground, openSampleInCoach, screenshot, setClock, taskpane, usePages } from './support';

const sample = (file: string) => {
  const found = SAMPLES.find((s) => s.file === file);
  assert.ok(found, file);
  return found;
};

async function showBoard(page: Page): Promise<FrameLocator> {
  const pane = taskpane(page);
  await pane.getByRole('tab', { name: /^Applications/ }).click();
  await pane.getByRole('list', { name: /applications, most urgent first/i }).waitFor({ timeout: 30_000 });
  return pane;
}

async function rowLabels(pane: FrameLocator): Promise<string[]> {
  const items = pane.getByRole('list', { name: /applications, most urgent first/i }).getByRole('listitem');
  const labels: string[] = [];
  for (let i = 0; i < (await items.count()); i++)
    labels.push((await items.nth(i).getAttribute('aria-label')) ?? '');
  return labels;
}

/** Reopens the coach (the pane reloads when the clock moves; unpinned, it closes when another item is chosen). */
async function openCoach(page: Page): Promise<void> {
  const pane = taskpane(page);
  if (
    await pane
      .getByRole('tab', { name: /^This thread/ })
      .isVisible()
      .catch(() => false)
  )
    return;
  await page
    .getByRole('toolbar', { name: 'Follow-up Coach (reading)' })
    .getByRole('button', { name: 'Open coach' })
    .click();
}

describe('playground in Chromium: the applications board', function () {
  const current = usePages();

  it('lists the threads opened with the coach, most urgent first; stages move with the clock; open, remove, export', async () => {
    const rec = current();
    const { page } = rec;
    await gotoPlayground(page);
    // Three threads, each read by the coach on its own day (opening a sample moves the clock there).
    for (const file of ['waiting-on-timeline.eml', 'first-follow-up-due.eml', 'rejection.eml'])
      await openSampleInCoach(page, sample(file));
    // Thursday Nov 26: the follow-up is overdue, the timeline still runs (until Fri Nov 27), the rejection closed.
    await setClock(page, '2026-11-26T09:00:00-05:00', 'America/New_York');
    await openCoach(page);
    let pane = await showBoard(page);
    let labels = await rowLabels(pane);
    assert.equal(labels.length, 3, labels.join('\n'));
    assert.match(labels[0] ?? '', /Follow up now \(since Wed, Nov 11\)$/);
    assert.match(labels[1] ?? '', /: Waiting until Fri, Nov 27$/);
    assert.match(labels[2] ?? '', /Closed: not selected$/);
    assert.ok(await pane.getByRole('tab', { name: /^Applications · 1 due/ }).isVisible());
    await screenshot(page, 'board-nov-26');

    // Monday Nov 30: the waiting thread is due, though nobody opened it again.
    await setClock(page, '2026-11-30T09:00:00-05:00', 'America/New_York');
    await openCoach(page);
    pane = await showBoard(page);
    labels = await rowLabels(pane);
    assert.match(labels[0] ?? '', /Follow up now \(since Wed, Nov 11\)$/);
    assert.match(labels[1] ?? '', /Follow up now \(since Fri, Nov 27\)$/);
    assert.ok(await pane.getByRole('tab', { name: /^Applications · 2 due/ }).isVisible());

    // Export: one calendar of the upcoming dates (none are ahead now but... the rows due today are not past) and
    // the table as CSV.
    const csv = (await pane.getByRole('link', { name: 'Table (.csv)' }).getAttribute('href')) ?? '';
    const table = decodeURIComponent(csv.replace(/^data:text\/csv;charset=utf-8,/, ''));
    assert.match(table, /^\uFEFFcompany,role,contact,contactAddress,subject,action,on,overdue,/);
    assert.equal(table.trim().split('\r\n').length, 4);
    const ics = (await pane.getByRole('link', { name: 'Upcoming dates (.ics)' }).getAttribute('href')) ?? '';
    assert.match(decodeURIComponent(ics), /^data:text\/calendar;charset=utf-8,BEGIN:VCALENDAR/);

    // Open a thread from the board: Outlook (the playground) shows that message.
    const waiting = sample('waiting-on-timeline.eml');
    const title = (labels[1] ?? '').split(':')[0] ?? '';
    await pane.getByRole('button', { name: `Open the thread: ${title}` }).click();
    await page
      .locator(`[data-thread-id="${sampleId(waiting)}"][aria-current="true"]`)
      .waitFor({ timeout: 30_000 });

    // Remove the rejection: two rows left.
    await openCoach(page);
    pane = await showBoard(page);
    const before = await rowLabels(pane);
    const rejected = (before.find((l) => /Closed: not selected$/.test(l)) ?? '').split(':')[0] ?? '';
    await pane.getByRole('button', { name: `Remove: ${rejected}` }).click();
    await pane.getByText('Removed from the board').waitFor();
    assert.equal((await rowLabels(pane)).length, before.length - 1);
    assert.deepEqual(rec.errors, []);
  });
});
