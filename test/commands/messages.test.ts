// What each command says in the notification bar.
import assert from 'node:assert/strict';
import {
  ANALYSIS_FAILED,
  CORE_LOAD_FAILED,
  draftDone,
  noDraft,
  noReminder,
  problemMessage,
  reminderDone,
  shortDate,
} from '../../src/commands/messages';
import { analysis, draft, recommendation } from '../office/fixtures';

describe('command messages', () => {
  const rows: readonly { name: string; got: () => string; want: string }[] = [
    {
      name: 'a reply opened',
      got: () => draftDone(draft(), 'reply-form'),
      want: 'Draft opened: follow-up to Ada Lee',
    },
    {
      name: 'a new message opened',
      got: () => draftDone(draft({ kind: 'thank-you' }), 'new-message-form'),
      want: 'Draft opened: thank-you note to Ada Lee',
    },
    {
      name: 'inserted at the cursor',
      got: () => draftDone(draft(), 'inserted-at-cursor'),
      want: 'Draft inserted: follow-up to Ada Lee',
    },
    {
      name: 'an addressee with no name',
      got: () => draftDone(draft({ to: { name: null, address: 'hr@x.com' } }), 'reply-form'),
      want: 'Draft opened: follow-up to hr@x.com',
    },
    {
      name: 'no addressee',
      got: () => draftDone(draft({ to: null, kind: 'second-follow-up' }), 'reply-form'),
      want: 'Draft opened: second follow-up to the employer',
    },
    {
      name: 'a draft opened while waiting on the employer says until when to keep it',
      got: () =>
        draftDone(
          draft(),
          'reply-form',
          recommendation({ action: 'wait', waitingFor: 'employer-timeline', on: '2026-11-27' }),
        ),
      want: 'Draft opened: follow-up to Ada Lee; keep it until Fri 27 Nov',
    },
    {
      name: 'a thank-you opened before the interview says to send it after',
      got: () =>
        draftDone(
          draft({ kind: 'thank-you' }),
          'reply-form',
          recommendation({ action: 'wait', waitingFor: 'interview', on: '2026-12-01' }),
        ),
      want: 'Draft opened: thank-you note to Ada Lee; send it after your interview on Tue 1 Dec',
    },
    {
      name: 'a draft opened when the follow-up is due says nothing more',
      got: () => draftDone(draft(), 'reply-form', recommendation({ action: 'follow-up', step: 1 })),
      want: 'Draft opened: follow-up to Ada Lee',
    },
    {
      name: 'the employer asked something: no draft, and what to do',
      got: () => noDraft(analysis({ recommendation: recommendation({ action: 'reply' }) })),
      want: 'The employer asked you something: reply to their message (the coach has the details)',
    },
    {
      name: 'the employer asked something: no reminder, and what to do',
      got: () => noReminder(analysis({ recommendation: recommendation({ action: 'reply' }) })),
      want: 'The employer asked you something: reply to their message (the coach has the details)',
    },
    {
      name: 'no interview date',
      got: () => noDraft(analysis({ recommendation: recommendation({ action: 'set-interview-date' }) })),
      want: 'No interview date found: open the coach to set it',
    },
    {
      name: 'waiting for the employer',
      got: () =>
        noDraft(
          analysis({
            recommendation: recommendation({
              action: 'wait',
              waitingFor: 'employer-timeline',
              on: '2026-12-08',
            }),
          }),
        ),
      want: 'Nothing to send yet: follow up on Tue 8 Dec',
    },
    {
      name: 'the interview is ahead',
      got: () =>
        noDraft(analysis({ recommendation: recommendation({ action: 'wait', waitingFor: 'interview' }) })),
      want: 'The interview is still ahead: send your thank-you after it',
    },
    {
      name: 'an offer',
      got: () =>
        noDraft(analysis({ recommendation: recommendation({ action: 'closed', outcome: 'offer' }) })),
      want: 'An offer is in this thread: no follow-up needed',
    },
    {
      name: 'a rejection',
      got: () =>
        noDraft(analysis({ recommendation: recommendation({ action: 'closed', outcome: 'rejected' }) })),
      want: 'This process is closed: no follow-up needed',
    },
    {
      name: 'move on',
      got: () => noDraft(analysis({ recommendation: recommendation({ action: 'move-on' }) })),
      want: 'No reply after your follow-ups: time to move on',
    },
    {
      name: 'a reminder opened',
      got: () => reminderDone({ start: '2026-11-24T09:00:00-08:00' }),
      want: 'Reminder opened: Tue 24 Nov',
    },
    {
      name: 'no reminder while waiting',
      got: () => noReminder(analysis({ recommendation: recommendation({ action: 'follow-up', step: 1 }) })),
      want: 'Nothing to be reminded of yet: open the coach for details',
    },
    {
      name: 'reminder API missing: the .ics way forward',
      got: () =>
        problemMessage({ kind: 'unsupported', requirement: 'Mailbox 1.1', message: 'x' }, 'reminder'),
      want: 'Outlook cannot open a reminder here: open the coach to download it as an .ics file',
    },
    {
      name: 'reply API missing: the copy way forward',
      got: () =>
        problemMessage(
          {
            kind: 'unsupported',
            requirement: 'Mailbox 1.6',
            message: 'This version of Outlook cannot open a new message (needs Mailbox 1.6).',
          },
          'draft',
        ),
      want: 'This version of Outlook cannot open a new message (needs Mailbox 1.6): open the coach to copy the draft',
    },
    { name: 'shortDate of a bad date is the text', got: () => shortDate('soon'), want: 'soon' },
  ];
  for (const row of rows) it(row.name, () => assert.equal(row.got(), row.want));

  it('a failed call with a long Outlook message is cut, and the way forward kept whole', () => {
    const got = problemMessage(
      {
        kind: 'call-failed',
        call: 'displayReplyFormAsync',
        code: '5001',
        message: `Outlook could not open the reply: ${'An internal error has occurred. '.repeat(6)}(error 5001).`,
      },
      'draft',
    );
    assert.equal(got.length, 150);
    assert.match(
      got,
      /^Outlook could not open the reply: An internal error has occurred\. .*…: open the coach to copy the draft$/,
    );
  });

  it('every message fits a notification (150 characters)', () => {
    for (const row of rows) assert.ok(row.got().length <= 150, row.name);
    for (const fixed of [ANALYSIS_FAILED, CORE_LOAD_FAILED]) assert.ok(fixed.length <= 150, fixed);
  });
});
