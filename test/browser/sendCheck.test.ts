// The send check in the playground (issue 16), in Chromium with the production bundles: the compose window's
// Send runs the real OnMessageSend handler (launchevent.js, built into dist-playground/) through the fake Office. A follow-up inside
// the employer's window is stopped with its reason and can be sent anyway; a follow-up on its day and a
// message that is no job mail go at once; an Outlook without Mailbox 1.12 sends at once. Also: the handler's
// bundle runs with no DOM and no `window`, as classic Outlook on Windows runs it.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import type { Page } from 'playwright-core';
import { SEND_HANDLER_NAME } from '../../src/launchevent/names';
import { SAMPLES, sampleId } from '../../src/playground/samples/catalog';
import { gotoPlayground, screenshot, usePages, type RecordedPage } from './support';

const sample = (file: string) => {
  const found = SAMPLES.find((s) => s.file === file);
  assert.ok(found, file);
  return found;
};

async function replyAndSend(page: Page, threadId: string, text: string): Promise<void> {
  await page.locator(`[data-thread-id="${threadId}"]`).click();
  await page.getByRole('button', { name: 'Reply', exact: true }).click();
  const window = page.getByTestId('compose-window');
  await window.getByTestId('compose-text').fill(text);
  await window.getByRole('button', { name: 'Send', exact: true }).click();
}

/** Waits until the message is sent or the alert shows; returns which. */
async function outcome(page: Page): Promise<'sent' | 'alert'> {
  await page
    .locator('[data-testid="sent-items"] li, [data-testid="smart-alert"]')
    .first()
    .waitFor({ timeout: 30_000 });
  return (await page.getByTestId('smart-alert').count()) > 0 ? 'alert' : 'sent';
}

const NEWSLETTER = [
  'From: The Weekly Digest <news@digest.example.com>',
  'To: Alex Morgan <alex.morgan@example.com>',
  'Subject: Your weekly digest: ten stories',
  'Date: Mon, 16 Nov 2026 06:00:00 -0500',
  'Message-ID: <digest-1@digest.example.com>',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'This week: ten stories on gardening, travel and food. Reply to tell us what you think.',
  '',
].join('\r\n');

describe('playground in Chromium: a second look before Send', function () {
  const page = usePages();
  let rec: RecordedPage;
  beforeEach(() => {
    rec = page();
  });

  it('stops a follow-up inside the employer’s window with its reason, and it can be sent anyway', async () => {
    const waiting = sample('waiting-on-timeline.eml');
    await gotoPlayground(rec.page);
    await replyAndSend(
      rec.page,
      sampleId(waiting),
      'Hi Sam,\n\nI wanted to follow up on my interview for the Marketing Coordinator role. Is there any update?\n\nBest,\nAlex',
    );
    assert.equal(await outcome(rec.page), 'alert');
    const alert = rec.page.getByTestId('smart-alert');
    const text = await alert.getByTestId('smart-alert-text').innerText();
    assert.match(text, /before Friday, November 27/, text);
    assert.match(text, /Sam wrote on November 12/, text);
    assert.match(text, /within two weeks/i, text);
    assert.ok(text.length <= 500);
    await alert.getByRole('button', { name: 'Open the coach' }).waitFor();
    await screenshot(rec.page, 'send-check-alert');
    await alert.getByRole('button', { name: 'Send anyway' }).click();
    const sent = rec.page.getByTestId('sent-items').locator('li');
    await sent.first().waitFor();
    assert.equal(await sent.first().getAttribute('data-how'), 'sent-anyway');
  });

  it('"Don\'t send" keeps the message; the alert\'s button opens the coach at the finding', async () => {
    const waiting = sample('waiting-on-timeline.eml');
    await gotoPlayground(rec.page);
    await replyAndSend(
      rec.page,
      sampleId(waiting),
      'Hi Sam,\n\nIs there any update on my application?\n\nAlex',
    );
    assert.equal(await outcome(rec.page), 'alert');
    await rec.page.getByTestId('smart-alert').getByRole('button', { name: "Don't send" }).click();
    await rec.page.getByTestId('compose-window').getByRole('button', { name: 'Send', exact: true }).click();
    assert.equal(await outcome(rec.page), 'alert');
    await rec.page.getByTestId('smart-alert').getByRole('button', { name: 'Open the coach' }).click();
    const pane = rec.page.frameLocator('[data-testid="taskpane-frame"]');
    const findings = pane.getByTestId('send-check-findings');
    await findings.waitFor({ timeout: 30_000 });
    assert.match(await findings.innerText(), /within two weeks/i);
    await pane.getByRole('button', { name: /Deliver it on Friday, November 27 instead/ }).waitFor();
    assert.equal(await rec.page.getByTestId('sent-items').count(), 0);
  });

  it('sends a good follow-up on its day at once', async () => {
    const due = sample('first-follow-up-due.eml');
    await gotoPlayground(rec.page);
    await replyAndSend(
      rec.page,
      sampleId(due),
      'Hi Emma,\n\nThank you again for the interview for the UX Researcher role. I wanted to follow up on my application: is there any update on the timeline for a decision?\n\nBest regards,\nAlex',
    );
    assert.equal(await outcome(rec.page), 'sent');
    assert.equal(
      await rec.page.getByTestId('sent-items').locator('li').first().getAttribute('data-how'),
      'checked',
    );
  });

  it('sends a message that is no job mail at once', async () => {
    await gotoPlayground(rec.page, { now: '2026-11-16T10:00:00-05:00' });
    await rec.page
      .getByTestId('mailbox')
      .locator('input[type="file"]')
      .setInputFiles({ name: 'digest.eml', mimeType: 'message/rfc822', buffer: Buffer.from(NEWSLETTER) });
    await rec.page.locator('[data-thread-id="dropped-1"]').waitFor();
    await replyAndSend(rec.page, 'dropped-1', 'Please take me off this list ASAP!!');
    assert.equal(await outcome(rec.page), 'sent');
    assert.equal(
      await rec.page.getByTestId('sent-items').locator('li').first().getAttribute('data-how'),
      'checked',
    );
  });

  it('an Outlook without Mailbox 1.12 runs no check: the same early follow-up goes at once', async () => {
    const waiting = sample('waiting-on-timeline.eml');
    await gotoPlayground(rec.page, { host: 'no-alerts' });
    await replyAndSend(
      rec.page,
      sampleId(waiting),
      'Hi Sam,\n\nIs there any update on my application?\n\nAlex',
    );
    assert.equal(await outcome(rec.page), 'sent');
    assert.equal(
      await rec.page.getByTestId('sent-items').locator('li').first().getAttribute('data-how'),
      'no-smart-alerts',
    );
  });
});

describe('the built launchevent.js in a JavaScript-only runtime (no DOM, no window)', () => {
  it('loads and registers its handler with only Office defined', () => {
    // The browser tests build dist-playground/; its launchevent.js is the same bundle production ships.
    const dist = path.resolve('dist-playground', 'launchevent.js');
    const code = fs.readFileSync(dist, 'utf8');
    const associated: string[] = [];
    const context = vm.createContext({
      Office: { actions: { associate: (name: string) => associated.push(name) }, MailboxEnums: {} },
      setTimeout,
      clearTimeout,
      console,
    });
    vm.runInContext(code, context, { filename: dist });
    assert.deepEqual(associated, [SEND_HANDLER_NAME]);
    for (const name of ['window', 'document', 'self', 'navigator'])
      assert.equal(vm.runInContext(`typeof ${name}`, context), 'undefined', `${name} is not defined there`);
  });
});
