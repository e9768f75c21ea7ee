// The pane's part of the send check (issue 16), through the whole pane with a fake host and the real core:
// the switch reads and saves the setting (and says so when it cannot), an Outlook without Mailbox 1.12 is
// told the check does not run there, and a message being written too early shows what the check finds and
// offers delivery on the day the advice gives, at 9:00 in the user's zone.
import { useDom } from './dom';
import assert from 'node:assert/strict';
import { cleanup, fireEvent, render, waitFor, within } from '@testing-library/react';
import type { Result, SendCheckHost } from '../../src/office/types';
import { Root } from '../../src/taskpane/Root';
import { outgoing } from '../core/sendCheck/support';
import { FakeHost, failure, item } from './fakeHost';

class SendCheckFake implements SendCheckHost {
  on = true;
  saves: boolean[] = [];
  delayed: string[] = [];
  saveResult: Result<void> = { ok: true, value: undefined };
  constructor(
    private readonly mailbox = 14,
    private readonly compose = true,
  ) {}
  supported = () => this.mailbox >= 12;
  enabled = () => this.on;
  setEnabled = async (enabled: boolean) => {
    this.saves.push(enabled);
    if (this.saveResult.ok) this.on = enabled;
    return this.saveResult;
  };
  canDelay = () => this.mailbox >= 13 && this.compose;
  delayDelivery = async (at: string) => {
    this.delayed.push(at);
    return { ok: true as const, value: undefined };
  };
}

function host(sendCheck: SendCheckFake, text?: string): FakeHost {
  const h = new FakeHost();
  Object.assign(h, { sendCheck });
  if (text !== undefined) {
    const message = outgoing({
      to: [{ name: 'Ada Lee', address: 'ada@contoso.com' }],
      replyTo: 'outlook-within-two-weeks.eml',
      text,
    });
    h.readResult = {
      ok: true,
      value: item({
        input: { messages: [message] },
        me: 'grace@example.com',
        myName: 'Grace Hopper',
        mode: 'compose',
        itemId: null,
        subject: message.subject,
        tz: 'Eastern Standard Time',
      }),
    };
    h.nowValue = '2026-11-16T15:00:00Z';
  }
  return h;
}

describe('the send check in the pane', () => {
  useDom();
  afterEach(cleanup);

  it('turns the check off and on, saving the setting', async () => {
    const sc = new SendCheckFake();
    const view = render(<Root host={host(sc)} copyText={async () => true} />);
    const toggle = (await view.findByRole('switch', { name: /second look/ })) as HTMLInputElement;
    assert.equal(toggle.checked, true);
    fireEvent.click(toggle);
    await waitFor(() => assert.deepEqual(sc.saves, [false]));
    assert.equal(toggle.checked, false);
    fireEvent.click(toggle);
    await waitFor(() => assert.deepEqual(sc.saves, [false, true]));
  });

  it('puts the switch back and says why when the setting cannot be saved', async () => {
    const sc = new SendCheckFake();
    sc.saveResult = failure('call-failed', 'Settings storage is full.');
    const view = render(<Root host={host(sc)} copyText={async () => true} />);
    const toggle = (await view.findByRole('switch', { name: /second look/ })) as HTMLInputElement;
    fireEvent.click(toggle);
    await view.findByText(/could not be saved: Settings storage is full/);
    assert.equal(toggle.checked, true);
  });

  it('says the check does not run in an Outlook without Mailbox 1.12', async () => {
    const view = render(<Root host={host(new SendCheckFake(11))} copyText={async () => true} />);
    const toggle = (await view.findByRole('switch', { name: /second look/ })) as HTMLInputElement;
    assert.equal(toggle.disabled, true);
    view.getByText(/does not run add-ins when you press Send/);
  });

  it('shows what a too-early follow-up gets, and delivers it on the right day at 9:00 (Mailbox 1.13)', async () => {
    const sc = new SendCheckFake(13);
    const view = render(
      <Root
        host={host(sc, 'Hi Ada,\n\nI wanted to follow up on my interview. Is there any update?\n\nGrace')}
        copyText={async () => true}
      />,
    );
    const findings = await view.findByTestId('send-check-findings', {}, { timeout: 15_000 });
    within(findings).getByText(/We'll be in touch within two weeks/);
    fireEvent.click(view.getByRole('button', { name: 'Deliver it on Thursday, November 26 instead' }));
    await waitFor(() => assert.deepEqual(sc.delayed, ['2026-11-26T09:00:00-05:00']));
    await view.findByText(/delivered on Thursday, November 26 at 9:00/);
  });

  it('offers no delivery later where Outlook cannot (Mailbox 1.12), and nothing for a good message', async () => {
    const early = render(
      <Root
        host={host(new SendCheckFake(12), 'Hi Ada,\n\nIs there any update on my application?\n\nGrace')}
        copyText={async () => true}
      />,
    );
    await early.findByTestId('send-check-findings', {}, { timeout: 15_000 });
    assert.equal(early.queryByRole('button', { name: /Deliver it on/ }), null);
    cleanup();
    const fine = render(
      <Root host={host(new SendCheckFake(14), 'Thanks Ada, noted!\n\nGrace')} copyText={async () => true} />,
    );
    await fine.findByTestId('recommendation', {}, { timeout: 15_000 });
    assert.equal(fine.queryByTestId('send-check-findings'), null);
  });
});
