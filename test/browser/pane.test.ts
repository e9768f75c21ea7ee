// The task pane at Outlook's real size (issue 12): 350 × 620 CSS px. For every sample thread the headline and
// an enabled primary action lie in the first screen, the draft starts within 1.5 screens, the first Tab stop is
// the primary action, and at 200% zoom (175 CSS px wide) nothing scrolls sideways. Also: an Office that never
// becomes ready, office.js that never loaded, Outlook on a phone, mail that is no interview thread, the built
// pages' guard, and axe with no violation at all. Screenshots of each state go to test-results/screenshots/.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'acorn';
import type { Frame, FrameLocator, Page } from 'playwright-core';
import { SAMPLES, sampleId } from '../../src/playground/samples/catalog';
import { distDir } from '../../scripts/start.mjs';
import { gotoPlayground, axeViolations, openSampleInCoach, SCREENSHOTS, taskpane, usePages } from './support';

const WIDTH = 350;
const HEIGHT = 620;
/** 350 px at 200% zoom. */
const ZOOMED = 175;

function paneFrame(page: Page): Frame {
  const frame = page.frames().find((f) => f.url().includes('/playground/taskpane.html'));
  if (frame === undefined) throw new Error('the taskpane frame is not loaded');
  return frame;
}

/** Gives the pane's frame Outlook's size; the pane reflows as it would in Outlook. */
async function sizePane(page: Page, width: number, height: number): Promise<void> {
  await page.getByTestId('taskpane-frame').evaluate(
    (el, size) => {
      const frame = el as HTMLIFrameElement;
      frame.style.width = `${size.width}px`;
      frame.style.height = `${size.height}px`;
      frame.style.flex = 'none';
    },
    { width, height },
  );
  await paneFrame(page).waitForFunction((w) => window.innerWidth === w, width);
}

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.getByTestId('taskpane-frame').screenshot({ path: path.join(SCREENSHOTS, `pane-${name}.png`) });
}

interface Box {
  readonly top: number;
  readonly bottom: number;
}

/** Where an element lies in the pane's document (not its viewport), in CSS px. */
async function place(frame: Frame, selector: string): Promise<Box | null> {
  return frame.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (el === null) return null;
    const r = el.getBoundingClientRect();
    return { top: r.top + window.scrollY, bottom: r.bottom + window.scrollY };
  }, selector);
}

/** Opens every part of Details (each click changes which headers are still closed, so ask again). */
async function openAllDetails(pane: FrameLocator): Promise<void> {
  const closed = pane.locator('[data-testid="details"] button[aria-expanded="false"]');
  for (let i = 0; i < 20 && (await closed.count()) > 0; i++) await closed.first().click();
}

async function sidewaysOverflow(frame: Frame): Promise<number> {
  return frame.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Presses Tab once from the top of the pane and says what got focus. */
/**
 * The first Tab stop of the thread's view. Where the pane shows the views' tabs (issue 15: "This thread" /
 * "Applications"), that one tab stop comes first, as a tab list does at the top of a page; the walk starts after
 * it, so this is the first stop of the answer itself.
 */
async function firstTabStop(page: Page, frame: Frame): Promise<string> {
  await frame.evaluate(() => {
    window.scrollTo(0, 0);
    const start = document.createElement('span');
    start.tabIndex = -1;
    start.id = 'tab-start';
    const views = document.querySelector('[role="tablist"][aria-label="Views"]');
    if (views) views.after(start);
    else document.body.prepend(start);
    start.focus();
  });
  await page.keyboard.press('Tab');
  return frame.evaluate(() => {
    document.getElementById('tab-start')?.remove();
    const el = document.activeElement;
    if (el === null) return '';
    return `${el.getAttribute('data-testid') ?? ''}|${el.getAttribute('type') ?? ''}|${el.textContent ?? ''}`;
  });
}

/** Every axe violation in the pane, as one line each. */
async function allViolations(frame: Frame): Promise<string[]> {
  return (await axeViolations(frame)).map((v) => `${v.impact} ${v.id} at ${v.targets.join(', ')}`);
}

describe('the task pane at 350 × 620 (issue 12)', function () {
  const rec = usePages(gotoPlayground);

  for (const sample of SAMPLES) {
    const id = sampleId(sample);
    it(`${sample.title}: the answer and its action in the first screen, the draft within 1.5 screens, no sideways scroll at 175 px`, async () => {
      await openSampleInCoach(rec().page, sample);
      await sizePane(rec().page, WIDTH, HEIGHT);
      const frame = paneFrame(rec().page);
      const pane = taskpane(rec().page);
      await pane.getByTestId('details').waitFor();
      await shot(rec().page, id);

      const headline = await place(frame, '[data-testid="headline"]');
      assert.ok(
        headline && headline.bottom <= HEIGHT,
        `the headline is in the first screen: ${JSON.stringify(headline)}`,
      );
      const rejected = sample.expect.action === 'closed' && sample.file === 'rejection.eml';
      if (rejected) {
        // A rejection pushes nothing (issue 12): no primary action at all.
        assert.equal(await pane.getByTestId('primary-action').count(), 0, 'nothing is pushed on a rejection');
      } else if (sample.expect.action === 'set-interview-date') {
        // The date field is the action.
        const field = await place(frame, '[data-testid="recommendation"] input[type="date"]');
        assert.ok(
          field && field.bottom <= HEIGHT,
          `the date field is in the first screen: ${JSON.stringify(field)}`,
        );
        assert.match(
          await firstTabStop(rec().page, frame),
          /\|date\|/,
          'the first Tab stop is the date field',
        );
      } else {
        const primary = await place(frame, '[data-testid="primary-action"]');
        assert.ok(
          primary && primary.bottom <= HEIGHT,
          `the primary action is in the first screen: ${JSON.stringify(primary)}`,
        );
        assert.equal(
          await pane.getByTestId('primary-action').isEnabled(),
          true,
          'the primary action is enabled',
        );
        assert.match(
          await firstTabStop(rec().page, frame),
          /^primary-action\|/,
          'the first Tab stop is the primary action',
        );
      }
      if (sample.expect.action !== 'set-interview-date') {
        const draft = await place(frame, '#draft');
        assert.ok(
          draft && draft.top <= 1.5 * HEIGHT,
          `the draft starts within 1.5 screens: ${JSON.stringify(draft)}`,
        );
      }
      assert.equal(await sidewaysOverflow(frame), 0, 'no sideways scroll at 350 px');

      await sizePane(rec().page, ZOOMED, HEIGHT);
      // Open everything, so every part is checked at the narrow width.
      await openAllDetails(pane);
      const edit = pane.getByRole('button', { name: 'Edit and other kinds' });
      if ((await edit.count()) > 0) await edit.click();
      await rec().page.waitForTimeout(200);
      await shot(rec().page, `${id}-175px`);
      assert.equal(await sidewaysOverflow(frame), 0, 'nothing scrolls sideways at 175 px (200% zoom)');
    });
  }

  it('the skip link after the primary action reaches the draft', async () => {
    await openSampleInCoach(
      rec().page,
      SAMPLES.find((s) => s.file === 'waiting-on-timeline.eml')!,
    );
    await sizePane(rec().page, WIDTH, HEIGHT);
    const frame = paneFrame(rec().page);
    const pane = taskpane(rec().page);
    await firstTabStop(rec().page, frame);
    // Primary ("Remind me on …"), then "Prepare the draft now", then the skip link.
    await rec().page.keyboard.press('Tab');
    await rec().page.keyboard.press('Tab');
    const link = pane.getByRole('link', { name: 'Skip to the draft' });
    assert.equal(await link.evaluate((el) => el === document.activeElement), true, 'the skip link is next');
    await shot(rec().page, 'skip-link-focused');
    await rec().page.keyboard.press('Enter');
    await frame.waitForFunction(() => location.hash === '#draft');
    const draft = await frame.evaluate(
      () => document.getElementById('draft')?.getBoundingClientRect().top ?? -1,
    );
    assert.ok(draft >= 0 && draft < HEIGHT, `the draft is in view: ${draft}`);
  });

  for (const theme of ['light', 'dark'] as const)
    for (const file of ['waiting-on-timeline.eml', 'employer-asked.eml', 'no-interview-date.eml'])
      it(`axe finds no violation at all in the pane (${theme}, ${file}, details open)`, async () => {
        await openSampleInCoach(
          rec().page,
          SAMPLES.find((s) => s.file === file)!,
        );
        if (theme === 'dark') await rec().page.getByTestId('theme-select').selectOption('dark');
        const pane = taskpane(rec().page);
        await pane.getByTestId('details').waitFor();
        await openAllDetails(pane);
        await rec().page.waitForTimeout(300);
        assert.deepEqual(await allViolations(paneFrame(rec().page)), []);
      });

  it('when Office never becomes ready, the pane says what happened after 10 s', async function () {
    this.timeout(60_000);
    await gotoPlayground(rec().page, { sample: 'waiting-on-timeline', pane: 'open', failure: 'never-ready' });
    const pane = taskpane(rec().page);
    await pane.getByText('Starting…').waitFor();
    await pane.getByText('Outlook did not answer').waitFor({ timeout: 15_000 });
    await sizePane(rec().page, WIDTH, HEIGHT);
    const text = await pane.locator('body').innerText();
    assert.match(text, /has not answered the add-in for 10 seconds\. Close the pane and open it again/);
    await shot(rec().page, 'office-never-ready');
  });

  it('when office.js did not load, the pane says so, and not that the add-in "runs inside Outlook"', async () => {
    await gotoPlayground(rec().page, {
      sample: 'waiting-on-timeline',
      pane: 'open',
      failure: 'no-office-js',
    });
    const pane = taskpane(rec().page);
    await pane.getByText('Follow-up Coach could not start').waitFor({ timeout: 15_000 });
    await sizePane(rec().page, WIDTH, HEIGHT);
    const text = await pane.locator('body').innerText();
    assert.match(text, /office\.js\) did not load/);
    assert.doesNotMatch(text, /runs inside Outlook/);
    await shot(rec().page, 'office-js-missing');
  });

  it('on Outlook for iOS, no reply or reminder is offered: the draft is copied', async () => {
    await rec().page.getByTestId('host-select').selectOption('ios');
    await openSampleInCoach(
      rec().page,
      SAMPLES.find((s) => s.file === 'first-follow-up-due.eml')!,
    );
    await sizePane(rec().page, WIDTH, HEIGHT);
    const pane = taskpane(rec().page);
    assert.equal(await pane.getByTestId('primary-action').innerText(), 'Copy the draft');
    assert.equal(
      await pane.getByRole('button', { name: /^Insert|^Reply/ }).count(),
      0,
      'no reply form offered',
    );
    await pane.getByRole('button', { name: 'Reminder', exact: true }).click();
    await pane.getByText('This Outlook cannot create calendar items').waitFor();
    assert.equal(await pane.getByRole('button', { name: /Remind me/ }).count(), 0, 'no reminder button');
    await shot(rec().page, 'ios-follow-up');
  });

  it('a newsletter is no interview thread, and the user can say it is one', async () => {
    const eml = [
      'From: Fabrikam Deals <news@fabrikam-deals.example>',
      'To: Alex Morgan <alex.morgan@example.com>',
      'Subject: This week: 20% off garden furniture',
      'Date: Mon, 23 Nov 2026 07:00:00 -0500',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Spring is coming. Save on tables, chairs and parasols until Sunday. Unsubscribe any time.',
      '',
    ].join('\r\n');
    const transfer = await rec().page.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'newsletter.eml', { type: 'message/rfc822' }));
      return data;
    }, eml);
    await rec().page.getByTestId('mailbox').dispatchEvent('drop', { dataTransfer: transfer });
    await rec()
      .page.getByRole('button', { name: /garden furniture/ })
      .click();
    await rec()
      .page.getByRole('toolbar', { name: 'Follow-up Coach (reading)' })
      .getByRole('button', { name: 'Open coach' })
      .click();
    const pane = taskpane(rec().page);
    await pane.getByText("This doesn't look like a job interview thread").waitFor({ timeout: 30_000 });
    await sizePane(rec().page, WIDTH, HEIGHT);
    assert.equal(await pane.getByText('Employer message').count(), 0);
    assert.equal(await pane.getByLabel('Interview date').count(), 0, 'no request for an interview date yet');
    await shot(rec().page, 'not-a-job-thread');
    await pane.getByRole('button', { name: 'It is about a job interview' }).click();
    await pane.getByLabel('Interview date').first().waitFor();
    await shot(rec().page, 'not-a-job-thread-confirmed');
  });

  it('a failed read says what failed in words, with the code only in a details line', async () => {
    await gotoPlayground(rec().page, { sample: 'waiting-on-timeline', pane: 'open', failure: 'read-fails' });
    const pane = taskpane(rec().page);
    await pane.getByText('Outlook could not do that').waitFor({ timeout: 30_000 });
    await sizePane(rec().page, WIDTH, HEIGHT);
    const text = await pane.locator('body').innerText();
    assert.match(text, /Outlook could not read this message\./);
    assert.match(text, /Details: body\.getAsync: error 5001/);
    assert.equal(text.match(/5001/g)?.length, 1, 'the code appears once, in the details line');
    await shot(rec().page, 'read-fails');
  });

  it('the built pages load their bundles through a guard written in ES5', () => {
    for (const page of ['taskpane.html', 'commands.html', 'playground/taskpane.html']) {
      const html = readFileSync(path.join(distDir, page), 'utf8');
      const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
      assert.ok(
        inline.some((s) => s.includes('followupLoad')),
        `${page} has the guard`,
      );
      for (const script of inline) Parser.parse(script, { ecmaVersion: 5 });
      assert.doesNotMatch(
        html,
        /<script[^>]*src="?[^"> ]*(taskpane|commands)\.js/,
        `${page} loads no bundle directly`,
      );
    }
  });
});
