// The fake Office behaves as Office.js does for the subset the add-in uses (issue 6): async callbacks with
// AsyncResult, documented limits, requirement sets, events.
import assert from 'node:assert/strict';
import { createFakeOffice } from '../../src/playground/fakeOffice/createFakeOffice';
import { isSetSupported } from '../../src/playground/fakeOffice/requirements';
import { call, OTHER_ITEM, READ_ITEM, setup } from './support';

describe('fake Office: requirement sets', () => {
  const rows: readonly [string, string, string | undefined, boolean][] = [
    ['1.14', 'Mailbox', '1.9', true],
    ['1.14', 'Mailbox', '1.14', true],
    ['1.9', 'Mailbox', '1.10', false],
    ['1.10', 'Mailbox', '1.9', true],
    ['1.5', 'mailbox', '1.5', true],
    ['1.5', 'Mailbox', '1.6', false],
    ['1.14', 'Mailbox', undefined, true],
    ['1.14', 'WordApi', '1.1', false],
    ['1.14', 'Mailbox', 'latest', false],
  ];
  for (const [host, name, version, expected] of rows) {
    it(`a Mailbox ${host} host answers ${expected} for ${name} ${version ?? '(any)'}`, () => {
      assert.equal(isSetSupported(host, name, version), expected);
    });
  }

  const presence: readonly [string, string, (office: typeof Office) => unknown, boolean][] = [
    [
      '1.8',
      'getAllInternetHeadersAsync',
      (o) => (o.context.mailbox.item as Office.MessageRead).getAllInternetHeadersAsync,
      true,
    ],
    [
      '1.7',
      'getAllInternetHeadersAsync',
      (o) => (o.context.mailbox.item as Office.MessageRead).getAllInternetHeadersAsync,
      false,
    ],
    ['1.6', 'displayNewMessageForm', (o) => o.context.mailbox.displayNewMessageForm, true],
    ['1.5', 'displayNewMessageForm', (o) => o.context.mailbox.displayNewMessageForm, false],
    ['1.9', 'displayNewAppointmentFormAsync', (o) => o.context.mailbox.displayNewAppointmentFormAsync, true],
    ['1.8', 'displayNewAppointmentFormAsync', (o) => o.context.mailbox.displayNewAppointmentFormAsync, false],
    ['1.1', 'displayNewAppointmentForm', (o) => o.context.mailbox.displayNewAppointmentForm, true],
    ['1.5', 'addHandlerAsync', (o) => o.context.mailbox.addHandlerAsync, true],
    ['1.4', 'addHandlerAsync', (o) => o.context.mailbox.addHandlerAsync, false],
    ['1.3', 'notificationMessages', (o) => o.context.mailbox.item?.notificationMessages, true],
    ['1.2', 'notificationMessages', (o) => o.context.mailbox.item?.notificationMessages, false],
    ['1.14', 'officeTheme', (o) => o.context.officeTheme, true],
  ];
  for (const [version, name, read, present] of presence) {
    it(`${present ? 'has' : 'lacks'} ${name} on a Mailbox ${version} host`, () => {
      const { typed } = setup({ mailboxVersion: version });
      assert.equal(read(typed) !== undefined, present);
    });
  }

  it('leaves out members of sets newer than the host', () => {
    const { typed } = setup({ mailboxVersion: '1.8' });
    const item = typed.context.mailbox.item as Office.MessageRead;
    assert.equal(typeof item.displayReplyForm, 'function');
    assert.equal((item as Partial<Office.MessageRead>).displayReplyFormAsync, undefined);
    assert.equal(typeof item.getAllInternetHeadersAsync, 'function');
    assert.equal(typed.context.officeTheme, undefined);
  });

  it('gives mobile hosts no reply or appointment forms', () => {
    const { typed } = setup({ hostName: 'OutlookIOS', mailboxVersion: '1.5' });
    const item = typed.context.mailbox.item as Partial<Office.MessageRead>;
    assert.equal(item.displayReplyForm, undefined);
    assert.equal((typed.context.mailbox as Partial<Office.Mailbox>).displayNewAppointmentForm, undefined);
  });
});

describe('fake Office: reading the item', () => {
  it('hands over the read item as Outlook does, with a Date of this realm', () => {
    const { typed } = setup();
    const item = typed.context.mailbox.item as Office.MessageRead;
    assert.equal(item.itemType, 'message');
    assert.equal(item.subject, READ_ITEM.subject);
    assert.equal(item.from.emailAddress, 'priya.shah@northwind.example');
    assert.ok(item.dateTimeCreated instanceof Date);
    assert.equal(item.dateTimeCreated.toISOString(), READ_ITEM.dateTimeCreated);
  });

  const bodies: readonly [string, Office.CoercionType, string][] = [
    ['text', 'text' as Office.CoercionType, READ_ITEM.bodyText],
    ['html', 'html' as Office.CoercionType, READ_ITEM.bodyHtml ?? ''],
  ];
  for (const [name, coercion, expected] of bodies) {
    it(`body.getAsync(${name}) calls back later with the ${name} body and the asyncContext`, async () => {
      const { typed } = setup();
      let calledBack = false;
      const pending = call<string>((cb) =>
        typed.context.mailbox.item!.body.getAsync(coercion, { asyncContext: 'ctx' }, (r) => {
          calledBack = true;
          cb(r);
        }),
      );
      assert.equal(calledBack, false, 'Office never calls back before the call returns');
      const result = await pending;
      assert.equal(result.status, 'succeeded');
      assert.equal(result.value, expected);
      assert.equal(result.asyncContext, 'ctx');
    });
  }

  it('getAllInternetHeadersAsync returns the raw headers', async () => {
    const { typed } = setup();
    const item = typed.context.mailbox.item as Office.MessageRead;
    const result = await call<string>((cb) => item.getAllInternetHeadersAsync(cb));
    assert.match(result.value, /Auto-Submitted: no/);
  });

  it('has no item where nothing is selected', () => {
    const { typed } = setup({ item: null });
    assert.equal(typed.context.mailbox.item, null);
  });

  it('reports the user profile with a Windows zone name', () => {
    const { typed, host } = setup();
    host.setZone('Pacific Standard Time');
    assert.equal(typed.context.mailbox.userProfile.timeZone, 'Pacific Standard Time');
    assert.equal(typed.context.mailbox.userProfile.emailAddress, 'alex.morgan@example.com');
  });

  it('onReady resolves with the Outlook host and calls Office.initialize', async () => {
    const { office } = setup();
    let initialized = false;
    office.initialize = () => (initialized = true);
    const info = await office.onReady();
    assert.deepEqual(info, { host: 'Outlook', platform: 'OfficeOnline' });
    assert.equal(initialized, true);
  });
});

describe('fake Office: notifications', () => {
  const details = (message: string) => ({
    type: 'informationalMessage',
    message,
    icon: 'Icon.16x16',
    persistent: false,
  });

  it('accepts a message of exactly 150 characters', async () => {
    const { typed, host } = setup();
    const result = await call<void>((cb) =>
      typed.context.mailbox.item!.notificationMessages.replaceAsync(
        'status',
        details('x'.repeat(150)) as never,
        cb,
      ),
    );
    assert.equal(result.status, 'succeeded');
    assert.equal(host.notifications(READ_ITEM.itemId!).length, 1);
  });

  const thrown: readonly [string, string, Record<string, unknown>][] = [
    ['a 151-character message', 'status', details('x'.repeat(151))],
    ['a 33-character key', 'k'.repeat(33), details('ok')],
    ['an error message with an icon', 'status', { type: 'errorMessage', message: 'bad', icon: 'Icon.16x16' }],
    ['an informational message without an icon', 'status', { type: 'informationalMessage', message: 'hi' }],
  ];
  for (const [name, key, d] of thrown) {
    it(`throws ArgumentOutOfRange for ${name}`, () => {
      const { typed } = setup();
      assert.throws(
        () => typed.context.mailbox.item!.notificationMessages.replaceAsync(key, d as never, () => undefined),
        /ArgumentOutOfRange/,
      );
    });
  }

  it('fails the sixth notification on an item with NumberOfNotificationMessagesExceeded', async () => {
    const { typed } = setup();
    const messages = typed.context.mailbox.item!.notificationMessages;
    for (let i = 0; i < 5; i++) {
      const ok = await call<void>((cb) => messages.addAsync(`k${i}`, details(`n${i}`) as never, cb));
      assert.equal(ok.status, 'succeeded');
    }
    const sixth = await call<void>((cb) => messages.addAsync('k5', details('six') as never, cb));
    assert.equal(sixth.status, 'failed');
    assert.equal(sixth.error.name, 'NumberOfNotificationMessagesExceeded');
    const replaced = await call<void>((cb) => messages.replaceAsync('k0', details('again') as never, cb));
    assert.equal(replaced.status, 'succeeded', 'replacing an existing key does not add one');
  });

  it('fails removeAsync for a key that is not there', async () => {
    const { typed } = setup();
    const result = await call<void>((cb) =>
      typed.context.mailbox.item!.notificationMessages.removeAsync('nope', cb),
    );
    assert.equal(result.status, 'failed');
  });
});

describe('fake Office: roaming settings', () => {
  it('persists on saveAsync, not before', async () => {
    const { typed, host } = setup();
    typed.context.roamingSettings.set('overrides', { 'conv-1': { ignoreTimeline: true } });
    assert.equal(host.roamingSettings(), '{}');
    const result = await call<void>((cb) => typed.context.roamingSettings.saveAsync(cb));
    assert.equal(result.status, 'succeeded');
    assert.deepEqual(JSON.parse(host.roamingSettings()), {
      overrides: { 'conv-1': { ignoreTimeline: true } },
    });
  });

  it('fails with 9057 past 32 KB and keeps the saved copy', async () => {
    const { typed, host } = setup();
    typed.context.roamingSettings.set('big', 'x'.repeat(33 * 1024));
    const result = await call<void>((cb) => typed.context.roamingSettings.saveAsync(cb));
    assert.equal(result.status, 'failed');
    assert.equal(result.error.code, 9057);
    assert.equal(host.roamingSettings(), '{}');
  });

  it('gives back a copy, not the object that was set', () => {
    const { typed } = setup();
    const value = { a: 1 };
    typed.context.roamingSettings.set('v', value);
    assert.notEqual(typed.context.roamingSettings.get('v'), value);
    assert.deepEqual(typed.context.roamingSettings.get('v'), value);
  });
});

describe('fake Office: forms', () => {
  it('records the reply form exactly as handed over and opens a compose window', async () => {
    const { typed, host } = setup();
    const item = typed.context.mailbox.item as Office.MessageRead;
    const result = await call<void>((cb) => item.displayReplyFormAsync({ htmlBody: '<p>Thank you</p>' }, cb));
    assert.equal(result.status, 'succeeded');
    assert.deepEqual(host.getState().forms, [
      {
        kind: 'reply',
        api: 'displayReplyFormAsync',
        htmlBody: '<p>Thank you</p>',
        inReplyTo: READ_ITEM.itemId,
      },
    ]);
    const reply = host.getState().compose?.item;
    assert.ok(
      reply?.bodyHtml?.startsWith('<p>Thank you</p>'),
      'the add-in body is on top, where the cursor is',
    );
    assert.match(reply?.bodyHtml ?? '', /<b>From:<\/b> Priya Shah &#60;priya.shah@northwind.example&#62;/);
    assert.match(
      reply?.bodyText ?? '',
      /Your interview is confirmed for Tuesday, December 1/,
      'the original is quoted below',
    );
  });

  it('throws for a reply htmlBody over 32 KB (bytes, not characters)', () => {
    const { typed } = setup();
    const item = typed.context.mailbox.item as Office.MessageRead;
    const body = 'é'.repeat(16 * 1024 + 1); // 2 bytes each in UTF-8
    assert.throws(() => item.displayReplyFormAsync({ htmlBody: body }, () => undefined), /htmlBody/);
    assert.throws(() => item.displayReplyForm(body), /htmlBody/);
  });

  it('records the appointment with real instants', async () => {
    const { typed, host } = setup();
    const start = new Date('2026-12-08T14:00:00Z');
    const end = new Date('2026-12-08T14:15:00Z');
    const result = await call<void>((cb) =>
      typed.context.mailbox.displayNewAppointmentFormAsync(
        { subject: 'Follow up', start, end, body: 'Send it' } as never,
        cb,
      ),
    );
    assert.equal(result.status, 'succeeded');
    const form = host.getState().forms[0];
    assert.equal(form?.kind, 'appointment');
    assert.equal(form?.kind === 'appointment' ? form.start : null, '2026-12-08T14:00:00.000Z');
  });

  const badAppointments: readonly [string, Record<string, unknown>][] = [
    ['a 256-character subject', { subject: 's'.repeat(256), start: 0, end: 1 }],
    ['a 256-character location', { subject: 'ok', location: 'l'.repeat(256), start: 0, end: 1 }],
    ['an end before the start', { subject: 'ok', start: new Date(1000), end: new Date(0) }],
    [
      '101 attendees',
      { subject: 'ok', requiredAttendees: Array.from({ length: 101 }, (_, i) => `a${i}@x.example`) },
    ],
  ];
  for (const [name, params] of badAppointments) {
    it(`throws for an appointment with ${name}`, () => {
      const { typed } = setup();
      assert.throws(
        () => typed.context.mailbox.displayNewAppointmentForm(params as never),
        /ArgumentOutOfRange/,
      );
    });
  }

  it('refuses the appointment form in compose mode', async () => {
    const { typed, host } = setup();
    host.startReply();
    host.useSurface('compose');
    const result = await call<void>((cb) =>
      typed.context.mailbox.displayNewAppointmentFormAsync({ subject: 'x', start: 0, end: 1 } as never, cb),
    );
    assert.equal(result.status, 'failed');
  });

  it('records a new message with its recipients', () => {
    const { typed, host } = setup();
    typed.context.mailbox.displayNewMessageForm({
      toRecipients: [{ displayName: 'Priya', emailAddress: 'priya.shah@northwind.example' }],
      subject: 'Following up',
      htmlBody: '<p>Hi</p>',
    } as never);
    const form = host.getState().forms[0];
    assert.deepEqual(form?.kind === 'new-message' ? form.toRecipients : null, [
      'priya.shah@northwind.example',
    ]);
  });
});

describe('fake Office: compose', () => {
  it('inserts at the cursor with the coercion type the body has', async () => {
    const { host } = setup();
    host.startReply();
    host.useSurface('compose');
    // The compose window is another add-in instance: the fake is created in it, as the reloaded pane would.
    const typed = createFakeOffice(host) as unknown as typeof Office;
    const item = typed.context.mailbox.item as Office.MessageCompose;
    const type = await call<Office.CoercionType>((cb) => item.body.getTypeAsync(cb));
    assert.equal(type.value, 'html');
    const result = await call<void>((cb) =>
      item.body.setSelectedDataAsync(
        '<p>Thanks &amp; regards</p>',
        { coercionType: 'html' as Office.CoercionType },
        cb,
      ),
    );
    assert.equal(result.status, 'succeeded');
    assert.match(host.getState().compose?.item.bodyHtml ?? '', /Thanks &amp; regards/);
  });

  it('escapes text inserted into an HTML body', async () => {
    const { host } = setup();
    host.startReply();
    host.useSurface('compose');
    const typed = createFakeOffice(host) as unknown as typeof Office;
    const item = typed.context.mailbox.item as Office.MessageCompose;
    await call<void>((cb) =>
      item.body.setSelectedDataAsync('<b>not bold</b>', { coercionType: 'text' as Office.CoercionType }, cb),
    );
    assert.match(host.getState().compose?.item.bodyHtml ?? '', /&#60;b&#62;not bold/);
  });
});

describe('fake Office: events', () => {
  it('ItemChanged reaches a pinned pane with the new item already in place', async () => {
    const { typed, host } = setup();
    host.openPane('read');
    host.setPinned(true);
    const seen: string[] = [];
    await call<void>((cb) =>
      typed.context.mailbox.addHandlerAsync(
        'olkItemSelectedChanged' as unknown as Office.EventType,
        () => seen.push((typed.context.mailbox.item as Office.MessageRead).subject),
        cb,
      ),
    );
    host.selectThread('t2');
    assert.deepEqual(seen, [OTHER_ITEM.subject]);
  });

  it('an unpinned pane closes when another item is selected', () => {
    const { host } = setup();
    host.openPane('read');
    host.selectThread('t2');
    assert.equal(host.getState().paneOpen, false);
  });

  it('OfficeThemeChanged updates officeTheme before the handler runs', async () => {
    const { typed, host } = setup();
    const seen: string[] = [];
    await call<void>((cb) =>
      typed.context.mailbox.addHandlerAsync(
        'officeThemeChanged' as unknown as Office.EventType,
        () => seen.push(typed.context.officeTheme.bodyBackgroundColor),
        cb,
      ),
    );
    host.setTheme('dark');
    assert.deepEqual(seen, ['#292929']);
  });

  it('refuses OfficeThemeChanged below Mailbox 1.14', async () => {
    const { typed } = setup({ mailboxVersion: '1.13' });
    const result = await call<void>((cb) =>
      typed.context.mailbox.addHandlerAsync(
        'officeThemeChanged' as unknown as Office.EventType,
        () => undefined,
        cb,
      ),
    );
    assert.equal(result.status, 'failed');
  });
});

describe('fake Office: failures the user switches on', () => {
  it('"reading the message fails": body.getAsync calls back failed with InternalError', async () => {
    const { typed, host } = setup();
    host.setFailure('read-fails');
    const item = typed.context.mailbox.item as Office.MessageRead;
    const result = await call<string>((cb) => item.body.getAsync('html' as Office.CoercionType, cb));
    assert.equal(result.status, 'failed');
    assert.equal(result.error.name, 'InternalError');
  });

  it('"opening forms fails": the reply and appointment forms call back failed and nothing opens', async () => {
    const { typed, host } = setup();
    host.setFailure('actions-fail');
    const item = typed.context.mailbox.item as Office.MessageRead;
    const reply = await call<void>((cb) => item.displayReplyFormAsync({ htmlBody: '<p>Hi</p>' }, cb));
    const start = new Date('2026-11-27T14:00:00Z');
    const appointment = await call<void>((cb) =>
      typed.context.mailbox.displayNewAppointmentFormAsync(
        { subject: 'Follow up', start, end: new Date(start.getTime() + 15 * 60_000) },
        cb,
      ),
    );
    assert.deepEqual([reply.status, appointment.status], ['failed', 'failed']);
    assert.equal(reply.error.code, 5001);
    assert.deepEqual(host.getState().forms, []);
  });

  it('"opening forms fails": inserting at the cursor calls back failed and leaves the body', async () => {
    const { host } = setup();
    host.startReply();
    host.useSurface('compose');
    host.setFailure('actions-fail');
    const typed = createFakeOffice(host) as unknown as typeof Office;
    const item = typed.context.mailbox.item as Office.MessageCompose;
    const before = host.getState().compose?.item.bodyHtml;
    const result = await call<void>((cb) =>
      item.body.setSelectedDataAsync('<p>Hi</p>', { coercionType: 'html' as Office.CoercionType }, cb),
    );
    assert.equal(result.status, 'failed');
    assert.equal(host.getState().compose?.item.bodyHtml, before);
  });

  it('"settings storage full": a small save fails with 9057 and keeps the saved copy', async () => {
    const { typed, host } = setup();
    host.setFailure('settings-full');
    typed.context.roamingSettings.set('small', 'x');
    const result = await call<void>((cb) => typed.context.roamingSettings.saveAsync(cb));
    assert.equal(result.status, 'failed');
    assert.equal(result.error.code, 9057);
    assert.equal(host.roamingSettings(), '{}');
  });

  it('switching a failure on reloads the pane, as reopening it would', () => {
    const { host } = setup();
    const before = host.getState().paneGeneration;
    host.setFailure('read-fails');
    assert.equal(host.getState().paneGeneration, before + 1);
  });
});
