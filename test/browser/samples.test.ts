// For each sample thread (one per situation of ADVICE.md): open it, open the coach and see the
// recommendation and its reason; press "Draft follow-up" on the ribbon and see the reply window hold the
// draft; accept the reminder and see the appointment window with the proposed date; change the clock and
// see the advice move. Run by scripts/test-browser.mjs against the production build (issue 6).
import assert from 'node:assert/strict';
import type { FrameLocator, Page } from 'playwright-core';
import { ianaOf } from '../../src/playground/host/zones';
import { SAMPLES, sampleId } from '../../src/playground/samples/catalog';
import { dateIn, gotoPlayground, openSampleInCoach, screenshot, setClock, usePages } from './support';

async function expectAction(pane: FrameLocator, action: string): Promise<void> {
  const card = pane.getByTestId('recommendation');
  try {
    await pane
      .locator(`[data-testid="recommendation"][data-action="${action}"]`)
      .waitFor({ timeout: 30_000 });
  } catch {
    const actual = await card.getAttribute('data-action', { timeout: 1000 }).catch(() => null);
    const text = await card.innerText({ timeout: 1000 }).catch(() => '');
    assert.fail(`expected the coach to recommend "${action}", it shows "${actual}": ${text}`);
  }
}

async function commandCompleted(page: Page): Promise<void> {
  const status = page.getByTestId('command-status');
  await page
    .locator('[data-testid="command-status"]:not([data-state="working"]):not([data-state="idle"])')
    .waitFor({ timeout: 30_000 });
  assert.equal(await status.getAttribute('data-state'), 'completed', await status.innerText());
}

/** Actions after which ADVICE.md has a message to send, and so a draft. */
const DRAFTED: ReadonlySet<string> = new Set(['send-thank-you', 'follow-up']);
/** Actions with a day to act on later, and so a reminder to propose. */
const REMINDED: ReadonlySet<string> = new Set(['wait', 'follow-up']);

/** "Nov 25": how the pane writes a day of this year (en-US), to find the proposed day in its text. */
function shortDate(iso: string, iana: string): string {
  return new Intl.DateTimeFormat('en-US', {
    timeZone: iana,
    month: 'short',
    day: 'numeric',
  }).format(new Date(iso));
}

/** The first non-empty line, whitespace squeezed: what must show up in the window the draft went to. */
function firstLine(text: string): string {
  return (text.split('\n').find((line) => line.trim() !== '') ?? '').replace(/\s+/g, ' ').trim();
}

describe('playground in Chromium: the sample threads', function () {
  const rec = usePages(gotoPlayground);

  for (const sample of SAMPLES) {
    const id = sampleId(sample);
    const iana = ianaOf(sample.zone);
    describe(`${sample.title} (${sample.file}, rule ${sample.rule})`, () => {
      it(`recommends "${sample.expect.action}"${sample.expect.on ? ` on ${sample.expect.on}` : ''} and says why`, async () => {
        const pane = await openSampleInCoach(rec().page, sample);
        await expectAction(pane, sample.expect.action);
        const headline = await pane.getByTestId('headline').innerText();
        assert.ok(headline.trim().length > 0, 'the recommendation has words');
        const why = await pane.getByTestId('why').innerText();
        assert.ok(why.trim().length > 20, `a reason is given: ${why}`);
        await screenshot(rec().page, `${id}-coach`);
      });

      it('"Draft follow-up" on the ribbon opens a reply holding the draft, or says why there is none', async () => {
        const pane = await openSampleInCoach(rec().page, sample);
        const draftBox = pane.getByTestId('draft-text');
        const draft = (await draftBox.count()) > 0 ? await draftBox.inputValue() : '';
        await rec()
          .page.getByRole('toolbar', { name: 'Follow-up Coach (reading)' })
          .getByRole('button', { name: 'Draft follow-up' })
          .click();
        await commandCompleted(rec().page);
        const window = rec().page.locator('[data-testid="reply-window"], [data-testid="new-message-window"]');
        if (DRAFTED.has(sample.expect.action)) {
          // ADVICE.md: a thank-you or follow-up is due, so there is a draft, and it is the one the coach shows.
          await window.waitFor();
          const body = await rec()
            .page.frameLocator('[data-testid="compose-body"]')
            .locator('body')
            .innerText();
          assert.ok(firstLine(draft) !== '', 'the coach shows the draft');
          assert.ok(
            body.replace(/\s+/g, ' ').includes(firstLine(draft)),
            `the window holds the draft: ${body.slice(0, 200)}`,
          );
        } else if ((await window.count()) === 0) {
          const note = await rec().page.getByTestId('notification-bar').innerText();
          assert.ok(note.trim().length > 0, 'without a reply window, a notification says why');
        } else {
          const body = await rec()
            .page.frameLocator('[data-testid="compose-body"]')
            .locator('body')
            .innerText();
          assert.ok(body.trim().length > 0, 'a reply window holds a draft');
        }
        await screenshot(rec().page, `${id}-draft`);
      });

      it('accepting the reminder opens the appointment window with the proposed date', async () => {
        const pane = await openSampleInCoach(rec().page, sample);
        // The reminder's details are in Details; the same reminder is the first screen's action while waiting.
        await pane.getByRole('button', { name: 'Reminder', exact: true }).click();
        const remind = pane.getByRole('button', { name: 'Remind me', exact: true });
        if (!REMINDED.has(sample.expect.action) && (await remind.count()) === 0) {
          // Nothing to remind of (closed, move on, no date): the ribbon's button says so rather than fail silently.
          await rec()
            .page.getByRole('toolbar', { name: 'Follow-up Coach (reading)' })
            .getByRole('button', { name: 'Remind me' })
            .click();
          await commandCompleted(rec().page);
          assert.equal(
            await rec().page.getByTestId('appointment-window').count(),
            0,
            'no appointment without a reminder',
          );
          await rec().page.getByTestId('notification-bar').waitFor();
          return;
        }
        await remind.click();
        const appointment = rec().page.getByTestId('appointment-window').first();
        // Under a loaded machine the first click has twice been lost (ci-67 and ci-69, 30 s with no window; it
        // passes alone): the user's second press is allowed once, and the window must then open.
        try {
          await appointment.waitFor({ timeout: 10_000 });
        } catch {
          await remind.click();
          await appointment.waitFor();
        }
        const start = (await appointment.getByTestId('appointment-start').getAttribute('data-iso')) ?? '';
        const end = (await appointment.getByTestId('appointment-end').getAttribute('data-iso')) ?? '';
        assert.ok(Date.parse(start) < Date.parse(end), `start ${start} before end ${end}`);
        assert.ok(
          (await appointment.getByTestId('appointment-subject').innerText()).trim().length > 0,
          'the appointment has a subject',
        );
        const proposed = await pane.getByTestId('details').innerText();
        assert.ok(
          proposed.includes(shortDate(start, iana)),
          `the appointment (${start}) is on the date proposed: ${proposed}`,
        );
        if (sample.expect.action === 'wait' && sample.expect.on) {
          assert.equal(
            dateIn(start, iana),
            sample.expect.on,
            'the reminder is on the day the coach waits for',
          );
        }
        await screenshot(rec().page, `${id}-reminder`);
      });

      if (sample.moved) {
        const moved = sample.moved;
        it(`moving the clock to ${moved.now} moves the advice to "${moved.action}"`, async () => {
          const pane = await openSampleInCoach(rec().page, sample);
          await expectAction(pane, sample.expect.action);
          await setClock(rec().page, moved.now, iana);
          await expectAction(pane, moved.action);
          await screenshot(rec().page, `${id}-moved`);
        });
      }
    });
  }
});
