// Notifications within Outlook's limits: 150-character messages cut with an ellipsis, a 32-character key,
// the icon only on informational messages.
import assert from 'node:assert/strict';
import { cutWithEllipsis } from '../../src/office/limits';
import { clearNotification, showNotification, STATUS_KEY } from '../../src/office/notify';
import { useFakeOffice } from './fakeOffice';

const install = useFakeOffice();

describe('showNotification', () => {
  it('replaces the status notification with an informational message and icon', async () => {
    const f = install();
    assert.deepEqual(await showNotification('Draft opened: follow-up to Ada Lee', 'info'), {
      ok: true,
      value: undefined,
    });
    assert.deepEqual(f.callsOf('notificationMessages.replaceAsync')[0]?.args.slice(0, 2), [
      STATUS_KEY,
      {
        type: 'informationalMessage',
        message: 'Draft opened: follow-up to Ada Lee',
        icon: 'Icon.16',
        persistent: false,
      },
    ]);
  });

  it('sends errors without icon or persistent (Office rejects them)', async () => {
    const f = install();
    await showNotification('Outlook could not open the reply', 'error');
    assert.deepEqual(f.callsOf('notificationMessages.replaceAsync')[0]?.args[1], {
      type: 'errorMessage',
      message: 'Outlook could not open the reply',
    });
  });

  const lengths = [
    { name: 'a 150-character message is kept whole', length: 150, expected: 150, cut: false },
    { name: 'a 151-character message is cut to 150 with an ellipsis', length: 151, expected: 150, cut: true },
    { name: 'a 2,000-character message is cut to 150', length: 2000, expected: 150, cut: true },
  ];
  for (const row of lengths) {
    it(row.name, async () => {
      const f = install();
      await showNotification('a'.repeat(row.length), 'info');
      const details = f.callsOf('notificationMessages.replaceAsync')[0]
        ?.args[1] as Office.NotificationMessageDetails;
      assert.equal(Array.from(details.message).length, row.expected);
      assert.equal(details.message.endsWith('…'), row.cut);
    });
  }

  it('cuts a key over 32 characters', async () => {
    const f = install();
    await showNotification('hi', 'info', 'k'.repeat(40));
    assert.equal(f.callsOf('notificationMessages.replaceAsync')[0]?.args[0], 'k'.repeat(32));
  });

  it('reports a failed replaceAsync', async () => {
    install({
      failures: {
        'notificationMessages.replaceAsync': { code: 9000, name: 'NumberOfNotificationMessagesExceeded' },
      },
    });
    const result = await showNotification('hi', 'info');
    assert.equal(!result.ok && result.error.kind, 'call-failed');
  });

  it('has nowhere to show with no item', async () => {
    install({ mode: 'none' });
    assert.equal((await showNotification('hi', 'info')).ok, false);
  });

  it('is unsupported below Mailbox 1.3', async () => {
    install({ mailbox: '1.2' });
    const result = await showNotification('hi', 'info');
    assert.equal(!result.ok && result.error.kind, 'unsupported');
  });

  it('clears the status notification', async () => {
    const f = install();
    assert.equal((await clearNotification()).ok, true);
    assert.equal(f.callsOf('notificationMessages.removeAsync')[0]?.args[0], STATUS_KEY);
  });
});

describe('cutWithEllipsis', () => {
  it('never splits an emoji', () => assert.equal(cutWithEllipsis('ab😀😀', 3), 'ab…'));
  it('leaves short text alone', () => assert.equal(cutWithEllipsis('abc', 3), 'abc'));
  it('trims a space before the ellipsis', () => assert.equal(cutWithEllipsis('ab cd', 4), 'ab…'));
});
