// The event-based bundle's entry against the fake Office global (test/office/fakeOffice.ts): it registers the
// manifest's LaunchEvent FunctionName at load, and a message being sent runs end to end through the real Office
// adapter and the real core: a follow-up inside the employer's window is stopped with the employer's words,
// a thank-you goes, and the pane's switch turns the check off.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { SEND_HANDLER_NAME } from '../../src/launchevent/names';
import { SEND_CHECK_SETTING } from '../../src/office/sendCheckSetting';
import { installFakeOffice, type FakeOffice } from '../office/fakeOffice';
import { send } from './sendEvent';

const DAY = 86_400_000;
/** "Tuesday, November 10, 2026 at 2:00 PM" pieces, in UTC (the fake user's zone). */
function words(ms: number) {
  const f = (o: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', ...o }).format(ms);
  return {
    day: f({ weekday: 'long', month: 'long', day: 'numeric' }),
    sent: `${f({ weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' })} ${f({ hour: 'numeric', minute: '2-digit' })}`,
  };
}

/** A reply being written now, quoting the thread under Outlook's header blocks, dated from the real clock. */
function thread(ownText: string): string {
  const now = Date.now();
  const interview = Math.floor((now - 3 * DAY) / DAY) * DAY + 14 * 3600_000;
  const invite = interview - 7 * DAY;
  const promise = interview + DAY;
  const block = (from: string, at: number, body: string) =>
    `\n\n-----Original Message-----\nFrom: ${from}\nSent: ${words(at).sent}\nTo: x\nSubject: RE: Interview for the Data Analyst position\n\n${body}`;
  return (
    ownText +
    block(
      'Ada Lee <ada@contoso.com>',
      promise,
      "Hi Grace,\n\nThank you for coming in. We'll be in touch within two weeks.\n\nAda",
    ) +
    block(
      'Grace Hopper <grace@example.com>',
      interview + 5 * 3600_000,
      'Hi Ada,\n\nThank you for taking the time to speak with me today.\n\nGrace',
    ) +
    block(
      'Ada Lee <ada@contoso.com>',
      invite,
      `Hi Grace,\n\nYour interview is confirmed for ${words(interview).day} at 2:00 PM.\n\nAda`,
    )
  );
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function compose(text: string, roaming: Record<string, unknown> = {}): FakeOffice {
  return installFakeOffice({
    mode: 'compose',
    subject: 'RE: Interview for the Data Analyst position',
    to: [{ displayName: 'Ada Lee', emailAddress: 'ada@contoso.com' }],
    from: { displayName: 'Grace Hopper', emailAddress: 'grace@example.com' },
    html: `<div>${escape(thread(text)).replace(/\n/g, '<br>')}</div>`,
    composeFormat: 'html',
    user: { emailAddress: 'grace@example.com', displayName: 'Grace Hopper', timeZone: 'UTC' },
    roaming,
  });
}

describe('launchevent.ts entry', () => {
  let fake: FakeOffice;
  before(async () => {
    fake = compose('');
    await import('../../src/launchevent/launchevent');
  });
  after(() => fake.restore());

  it('registers the LaunchEvent FunctionName of manifest.xml at load', () => {
    const manifest = fs.readFileSync(new URL('../../manifest.xml', import.meta.url), 'utf8');
    const wired = [...manifest.matchAll(/<LaunchEvent [^>]*FunctionName="([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(wired, [SEND_HANDLER_NAME]);
    assert.deepEqual([...fake.associated.keys()], [SEND_HANDLER_NAME]);
  });

  it('stops a follow-up inside the employer’s window, quoting the employer', async () => {
    const handler = fake.associated.get(SEND_HANDLER_NAME);
    fake.restore();
    fake = compose('Hi Ada,\n\nI wanted to follow up on my interview. Is there any update?\n\nGrace');
    fake.associated.set(SEND_HANDLER_NAME, handler as never);
    const [options, ...more] = await send(fake);
    assert.deepEqual(more, []);
    assert.equal(options?.allowEvent, false, JSON.stringify(options));
    assert.match(options?.errorMessage ?? '', /We'll be in touch within two weeks/);
    assert.ok((options?.errorMessage ?? '').length <= 500);
  });

  it('lets the same follow-up go when the check is switched off in the pane', async () => {
    const handler = fake.associated.get(SEND_HANDLER_NAME);
    fake.restore();
    fake = compose('Hi Ada,\n\nI wanted to follow up on my interview. Is there any update?\n\nGrace', {
      [SEND_CHECK_SETTING]: false,
    });
    fake.associated.set(SEND_HANDLER_NAME, handler as never);
    assert.deepEqual(await send(fake), [{ allowEvent: true }]);
  });

  it('lets a short thanks go at once', async () => {
    const handler = fake.associated.get(SEND_HANDLER_NAME);
    fake.restore();
    fake = compose('Thanks Ada, noted!\n\nGrace');
    fake.associated.set(SEND_HANDLER_NAME, handler as never);
    assert.deepEqual(await send(fake), [{ allowEvent: true }]);
  });
});
