// The OnMessageSend handler (issue 16) against typed fakes: it completes the event exactly once on every path,
// lets the mail go whenever it cannot or should not judge (no Mailbox 1.12, switched off, a read or check
// failure, a check that never answers), and stops it with Outlook's own options (SmartAlertsEventCompletedOptions)
// only when the check found something: errorMessage within 500 characters, and from Mailbox 1.14 a button
// that opens the coach (a control id of manifest.xml).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { ALERT_MAX_CHARS, type SendCheck } from '../../src/core/sendCheck';
import type { ItemContext, Result } from '../../src/office/types';
import { OPEN_PANE_COMMAND, OPEN_PANE_LABEL } from '../../src/launchevent/names';
import { createSendHandler, type SendCompletion, type SendDeps } from '../../src/launchevent/sendHandler';

const FOUND: SendCheck = {
  jobRelated: true,
  kind: 'follow-up',
  sendOn: '2026-11-26',
  findings: [
    {
      issue: 'too-early',
      message: `This follow-up comes before Thursday, November 26: ${'x'.repeat(600)}.`,
      text: null,
      evidence: [],
    },
  ],
};
const NOTHING: SendCheck = { jobRelated: false, kind: 'other', findings: [], sendOn: null };

const ITEM: ItemContext = {
  input: {
    messages: [
      {
        kind: 'fields',
        subject: 'RE: Interview',
        from: { name: 'Grace Hopper', address: 'grace@example.com' },
        to: [{ name: 'Ada Lee', address: 'ada@contoso.com' }],
        cc: [],
        sentAt: null,
        body: 'Any update?',
        bodyType: 'text',
      },
    ],
  },
  me: 'grace@example.com',
  myName: 'Grace Hopper',
  tz: 'Eastern Standard Time',
  conversationId: 'conv-1',
  itemId: null,
  mode: 'compose',
  subject: 'RE: Interview',
};

function deps(over: Partial<SendDeps> & { readonly mailbox?: string } = {}): SendDeps {
  const mailbox = Number((over.mailbox ?? '1.14').split('.')[1]);
  return {
    supports: (v) => Number(v.split('.')[1]) <= mailbox,
    enabled: () => true,
    readItem: async () => ({ ok: true, value: ITEM }),
    loadOverrides: async () => ({ ok: true, value: {} }),
    check: async () => FOUND,
    now: () => '2026-11-16T15:00:00Z',
    promptUser: 'promptUser' as Office.MailboxEnums.SendModeOverride,
    ...over,
  };
}

async function run(d: SendDeps, deadlineMs?: number): Promise<SendCompletion[]> {
  const completions: SendCompletion[] = [];
  await createSendHandler(d, deadlineMs)({ completed: (o) => void completions.push(o ?? {}) });
  return completions;
}

const failed: Result<ItemContext> = {
  ok: false,
  error: { kind: 'call-failed', call: 'body.getAsync', code: '9002', message: 'It failed.' },
};

describe('the OnMessageSend handler', () => {
  const letsGo: readonly { why: string; deps: SendDeps }[] = [
    { why: 'nothing found', deps: deps({ check: async () => NOTHING }) },
    { why: 'a client without Mailbox 1.12', deps: deps({ mailbox: '1.11' }) },
    { why: 'the check switched off in the pane', deps: deps({ enabled: () => false }) },
    { why: 'reading the message fails', deps: deps({ readItem: async () => failed }) },
    {
      why: 'a read-mode item (no message being sent)',
      deps: deps({ readItem: async () => ({ ok: true, value: { ...ITEM, mode: 'read' } }) }),
    },
    { why: 'the check throws', deps: deps({ check: async () => Promise.reject(new Error('boom')) }) },
    {
      why: 'the settings throw',
      deps: deps({
        enabled: () => {
          throw new Error('settings');
        },
      }),
    },
    {
      why: 'the saved overrides cannot be read',
      deps: deps({
        check: async () => NOTHING,
        loadOverrides: async () => ({ ok: false, error: { kind: 'storage-full', message: 'full' } }),
      }),
    },
  ];
  for (const c of letsGo) {
    it(`lets the mail go, completing once: ${c.why}`, async () => {
      assert.deepEqual(await run(c.deps), [{ allowEvent: true }]);
    });
  }

  it('lets the mail go when the check never answers, at the deadline', async () => {
    assert.deepEqual(
      await run(deps({ check: () => new Promise<SendCheck>(() => undefined) }), 20).then((c) => c),
      [{ allowEvent: true }],
    );
  });

  it('stops the mail with the findings, within Outlook’s limits, and from 1.14 a button to the coach', async () => {
    const [options, ...more] = await run(deps());
    assert.deepEqual(more, []);
    assert.equal(options?.allowEvent, false);
    assert.ok((options?.errorMessage ?? '').startsWith('This follow-up comes before Thursday'));
    assert.ok((options?.errorMessage ?? '').length <= ALERT_MAX_CHARS);
    assert.equal(options?.commandId, OPEN_PANE_COMMAND);
    assert.equal(options?.cancelLabel, OPEN_PANE_LABEL);
    assert.ok(OPEN_PANE_LABEL.length <= 20, 'cancelLabel: 20 characters at most');
    assert.equal(options?.sendModeOverride, 'promptUser');
    const manifest = fs.readFileSync(new URL('../../manifest.xml', import.meta.url), 'utf8');
    assert.match(
      manifest,
      new RegExp(
        `<Control xsi:type="Button" id="${OPEN_PANE_COMMAND.replace(/\./g, '\\.')}">[\\s\\S]*?ShowTaskpane`,
      ),
    );
  });

  it('on Mailbox 1.12 and 1.13 stops with the message alone (no button options before 1.14)', async () => {
    for (const mailbox of ['1.12', '1.13']) {
      const [options] = await run(deps({ mailbox }));
      assert.deepEqual(Object.keys(options ?? {}).sort(), ['allowEvent', 'errorMessage']);
    }
  });

  it('hands the check the message, the clock, the zone, the user and the saved overrides', async () => {
    let seen: Parameters<SendDeps['check']> | null = null;
    await run(
      deps({
        loadOverrides: async (key) => ({ ok: true, value: key === 'conv-1' ? { ignoreTimeline: true } : {} }),
        check: async (...args) => {
          seen = args;
          return NOTHING;
        },
      }),
    );
    assert.ok(seen !== null);
    const [input, options] = seen as Parameters<SendDeps['check']>;
    assert.equal(input.message.body, 'Any update?');
    assert.deepEqual(options, {
      now: '2026-11-16T15:00:00Z',
      tz: 'Eastern Standard Time',
      me: 'grace@example.com',
      overrides: { ignoreTimeline: true },
    });
  });

  it('survives Outlook refusing the completion', async () => {
    await createSendHandler(deps())({
      completed: () => {
        throw new Error('refused');
      },
    });
  });
});
