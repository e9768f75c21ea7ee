// The adapter on Microsoft's office-addin-mock (Outlook mode: values readable without load/sync), the way the
// template's unit tests fake Office: only the `Office` global, asserting on the returned Result.
import assert from 'node:assert/strict';
import { OfficeMockObject } from 'office-addin-mock';
import { showNotification } from '../../src/office/notify';
import { readCurrentItem } from '../../src/office/readItem';
import { ENUMS } from './fakeOffice';

type Callback = (result: { status: string; value?: unknown; error?: unknown }) => void;

function mockData(bodyFails: boolean) {
  const notifications: unknown[] = [];
  return {
    notifications,
    data: {
      ...ENUMS,
      context: {
        requirements: {
          isSetSupported: (_name: string, version: string) => Number(version.split('.')[1]) <= 5,
        },
        mailbox: {
          userProfile: { emailAddress: 'sam@mail.test', displayName: 'Sam', timeZone: 'GMT Standard Time' },
          diagnostics: { hostName: 'Outlook' },
          item: {
            itemType: 'message',
            itemId: 'id-1',
            conversationId: 'conv-9',
            subject: 'Your interview on Monday',
            from: { displayName: 'Ada Lee', emailAddress: 'ada@example.com' },
            to: [{ displayName: 'Sam', emailAddress: 'sam@mail.test' }],
            cc: [],
            dateTimeCreated: new Date('2026-11-02T09:30:00Z'),
            body: {
              getAsync: (coercion: string, cb: Callback) =>
                bodyFails
                  ? cb({
                      status: 'failed',
                      error: { code: 9002, name: 'InternalError', message: 'Internal error' },
                    })
                  : cb({
                      status: 'succeeded',
                      value: coercion === 'html' ? '<p>See you Monday</p>' : 'See you Monday',
                    }),
            },
            notificationMessages: {
              replaceAsync: (key: string, details: unknown, cb: Callback) => {
                notifications.push({ key, details });
                cb({ status: 'succeeded' });
              },
            },
          },
        },
      },
    },
  };
}

describe('src/office on office-addin-mock', () => {
  const global = globalThis as { Office?: unknown };
  let previous: unknown;
  beforeEach(() => {
    previous = global.Office;
  });
  afterEach(() => {
    global.Office = previous;
  });

  it('reads the item into ThreadInput', async () => {
    global.Office = new OfficeMockObject({ ...mockData(false).data, host: 'outlook' });
    const result = await readCurrentItem();
    assert.ok(result.ok);
    assert.equal(result.value.subject, 'Your interview on Monday');
    assert.equal(result.value.tz, 'GMT Standard Time');
    const message = result.value.input.messages[0];
    assert.ok(message?.kind === 'fields');
    assert.equal(message.body, '<p>See you Monday</p>');
    assert.equal(message.sentAt, '2026-11-02T09:30:00.000Z');
  });

  it('returns the failed body read as a problem with its code', async () => {
    global.Office = new OfficeMockObject({ ...mockData(true).data, host: 'outlook' });
    const result = await readCurrentItem();
    assert.ok(!result.ok && result.error.kind === 'call-failed' && result.error.code === '9002');
  });

  it('shows a notification', async () => {
    const mock = mockData(false);
    global.Office = new OfficeMockObject({ ...mock.data, host: 'outlook' });
    assert.equal((await showNotification('Draft opened: follow-up to Ada Lee', 'info')).ok, true);
    assert.equal(mock.notifications.length, 1);
  });
});
