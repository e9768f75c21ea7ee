// The playground's Send (issue 16): Outlook's Smart Alerts semantics for event.completed(options), the
// compose window's Send through a registered OnMessageSend handler, and delayDeliveryTime in the fake Office.
import assert from 'node:assert/strict';
import { DEFAULT_ALERT, readCompletion, type Completion } from '../../src/playground/host/smartAlerts';
import { SEND_HANDLER_NAME } from '../../src/launchevent/names';
import { call, setup } from './support';

describe('Smart Alerts: what event.completed(options) means', () => {
  const rows: readonly [string, unknown, string, Completion][] = [
    ['no options: the message goes', undefined, '1.14', { kind: 'send' }],
    ['allowEvent true', { allowEvent: true }, '1.12', { kind: 'send' }],
    [
      'stopped, with a message',
      { allowEvent: false, errorMessage: 'Too early.' },
      '1.12',
      { kind: 'alert', message: 'Too early.', takeAction: null },
    ],
    [
      'stopped, without one: Outlook’s own sentence',
      { allowEvent: false },
      '1.12',
      { kind: 'alert', message: DEFAULT_ALERT, takeAction: null },
    ],
    [
      'a message over 500 characters is an add-in error',
      { allowEvent: false, errorMessage: 'x'.repeat(501) },
      '1.14',
      { kind: 'add-in-error', message: 'errorMessage is 501 characters (at most 500).' },
    ],
    [
      'the action button from Mailbox 1.14',
      {
        allowEvent: false,
        errorMessage: 'Early.',
        cancelLabel: 'Open the coach',
        commandId: 'fc.compose.openCoach',
      },
      '1.14',
      {
        kind: 'alert',
        message: 'Early.',
        takeAction: { label: 'Open the coach', commandId: 'fc.compose.openCoach' },
      },
    ],
    [
      'the 1.14 options are ignored by a 1.13 host',
      {
        allowEvent: false,
        errorMessage: 'Early.',
        cancelLabel: 'Open the coach',
        commandId: 'fc.compose.openCoach',
      },
      '1.13',
      { kind: 'alert', message: 'Early.', takeAction: null },
    ],
    [
      'a cancelLabel over 20 characters is an add-in error',
      { allowEvent: false, errorMessage: 'Early.', cancelLabel: 'Open Follow-up Coach now', commandId: 'x' },
      '1.14',
      { kind: 'add-in-error', message: 'cancelLabel is 24 characters (at most 20).' },
    ],
  ];
  for (const [why, options, version, expected] of rows)
    it(why, () => assert.deepEqual(readCompletion(options, version), expected));
});

describe('the compose window’s Send', () => {
  function reply(version: string) {
    const s = setup({ mailboxVersion: version });
    s.host.startReply();
    s.host.setComposeText('Hi Priya, is there any update?');
    return s;
  }

  it('sends at once where Outlook has no Smart Alerts (Mailbox 1.11)', () => {
    const { host } = reply('1.11');
    assert.equal(host.startSend(), 'sent');
    assert.equal(host.getState().compose, null);
    assert.deepEqual(
      host.getState().sent.map((m) => m.how),
      ['no-smart-alerts'],
    );
  });

  it('runs the handler; a stop shows the alert; "Send anyway" sends, "Don\'t send" keeps the draft', () => {
    const { host } = reply('1.14');
    const seen: unknown[] = [];
    host.associate(SEND_HANDLER_NAME, (event) => {
      seen.push(event);
      event.completed({ allowEvent: false, errorMessage: 'Too early: wait until Friday.' });
      event.completed({ allowEvent: true }); // a second completion is ignored, as in Outlook
    });
    assert.equal(host.startSend(), 'checking');
    assert.equal(host.item()?.mode, 'compose', 'the handler reads the message being sent');
    host.dispatchSend();
    assert.equal(seen.length, 1);
    assert.deepEqual(host.getState().send, {
      phase: 'alert',
      message: 'Too early: wait until Friday.',
      takeAction: null,
    });
    host.resolveAlert('dont-send');
    assert.equal(host.getState().send.phase, 'idle');
    assert.notEqual(host.getState().compose, null);
    host.startSend();
    host.dispatchSend();
    host.resolveAlert('send-anyway');
    assert.deepEqual(
      host.getState().sent.map((m) => m.how),
      ['sent-anyway'],
    );
  });

  it('a handler that lets the message go sends it; one that throws still lets the user choose', () => {
    const ok = reply('1.12');
    ok.host.associate(SEND_HANDLER_NAME, (event) => event.completed({ allowEvent: true }));
    ok.host.startSend();
    ok.host.dispatchSend();
    assert.deepEqual(
      ok.host.getState().sent.map((m) => m.how),
      ['checked'],
    );
    const bad = reply('1.12');
    bad.host.associate(SEND_HANDLER_NAME, () => {
      throw new Error('boom');
    });
    bad.host.startSend();
    bad.host.dispatchSend();
    const send = bad.host.getState().send;
    assert.equal(send.phase, 'alert');
    assert.match(send.phase === 'alert' ? send.message : '', /couldn't check this message \(Error: boom\)/);
  });

  it('the alert’s action button opens the coach on the message being written', () => {
    const { host } = reply('1.14');
    host.associate(SEND_HANDLER_NAME, (event) =>
      event.completed({
        allowEvent: false,
        errorMessage: 'Early.',
        cancelLabel: 'Open the coach',
        commandId: 'fc.compose.openCoach',
      }),
    );
    host.startSend();
    host.dispatchSend();
    host.resolveAlert('take-action');
    assert.equal(host.getState().paneOpen, true);
    assert.equal(host.getState().surface, 'compose');
    assert.notEqual(host.getState().compose, null);
  });

  it('delayDeliveryTime (Mailbox 1.13) is kept with the message and shown once sent', async () => {
    const { host } = reply('1.13');
    host.useSurface('compose');
    const { createFakeOffice } = await import('../../src/playground/fakeOffice/createFakeOffice');
    const office = createFakeOffice(host) as unknown as typeof Office;
    const item = office.context.mailbox.item as Office.MessageCompose;
    const result = await call<void>((cb) =>
      item.delayDeliveryTime.setAsync(new Date('2026-11-27T14:00:00Z'), cb),
    );
    assert.equal(result.status, 'succeeded');
    assert.equal(host.getState().compose?.deliverAt, '2026-11-27T14:00:00.000Z');
    host.associate(SEND_HANDLER_NAME, (event) => event.completed({ allowEvent: true }));
    host.startSend();
    host.dispatchSend();
    assert.equal(host.getState().sent[0]?.deliverAt, '2026-11-27T14:00:00.000Z');
  });

  it('has no delayDeliveryTime below Mailbox 1.13', async () => {
    const { host } = reply('1.12');
    host.useSurface('compose');
    const { createFakeOffice } = await import('../../src/playground/fakeOffice/createFakeOffice');
    const item = createFakeOffice(host).context.mailbox.item as Record<string, unknown>;
    assert.equal('delayDeliveryTime' in item, false);
  });
});
