// Never a reminder in the past (issue 5): the one rule the taskpane and the ribbon's "Remind me" share.
import assert from 'node:assert/strict';
import { reminderAhead } from '../../../src/core/drafts';
import type { ReminderProposal } from '../../../src/core/types';

const at = (start: string, end: string): ReminderProposal => ({
  subject: 'Follow up: Interview for the Data Analyst position',
  start,
  end,
  body: 'Send a short, polite follow-up email asking about the status.',
});
const nineOn25 = at('2026-11-25T09:00:00-05:00', '2026-11-25T09:15:00-05:00');

const rows: readonly {
  name: string;
  reminder: ReminderProposal;
  now: string;
  tz: string;
  kind: 'as-proposed' | 'moved';
  start: string;
  end: string;
}[] = [
  {
    name: 'a reminder days ahead is kept as proposed',
    reminder: nineOn25,
    now: '2026-11-20T15:00:00Z',
    tz: 'America/New_York',
    kind: 'as-proposed',
    start: '2026-11-25T09:00:00-05:00',
    end: '2026-11-25T09:15:00-05:00',
  },
  {
    name: 'today at 09:00 while it is 08:59 is kept',
    reminder: nineOn25,
    now: '2026-11-25T13:59:00Z',
    tz: 'America/New_York',
    kind: 'as-proposed',
    start: '2026-11-25T09:00:00-05:00',
    end: '2026-11-25T09:15:00-05:00',
  },
  {
    name: 'today at 09:00 when it is 10:30 moves to 09:00 tomorrow',
    reminder: nineOn25,
    now: '2026-11-25T15:30:00Z',
    tz: 'America/New_York',
    kind: 'moved',
    start: '2026-11-26T09:00:00-05:00',
    end: '2026-11-26T09:15:00-05:00',
  },
  {
    name: 'exactly 09:00 now is already too late: tomorrow',
    reminder: nineOn25,
    now: '2026-11-25T14:00:00Z',
    tz: 'America/New_York',
    kind: 'moved',
    start: '2026-11-26T09:00:00-05:00',
    end: '2026-11-26T09:15:00-05:00',
  },
  {
    name: 'an overdue day, with 07:00 now, moves to 09:00 today',
    reminder: nineOn25,
    now: '2026-11-28T12:00:00Z',
    tz: 'America/New_York',
    kind: 'moved',
    start: '2026-11-28T09:00:00-05:00',
    end: '2026-11-28T09:15:00-05:00',
  },
  {
    name: 'an overdue day, late in the evening, moves to the next morning',
    reminder: nineOn25,
    now: '2026-11-28T03:30:00Z',
    tz: 'America/New_York',
    kind: 'moved',
    start: '2026-11-28T09:00:00-05:00',
    end: '2026-11-28T09:15:00-05:00',
  },
  {
    name: 'the next morning is read in the zone, not in UTC (Tokyo, 23:30 there)',
    reminder: at('2026-11-25T09:00:00+09:00', '2026-11-25T09:15:00+09:00'),
    now: '2026-11-25T14:30:00Z',
    tz: 'Asia/Tokyo',
    kind: 'moved',
    start: '2026-11-26T09:00:00+09:00',
    end: '2026-11-26T09:15:00+09:00',
  },
  {
    name: 'the thank-you evening reminder keeps its 18:00',
    reminder: at('2026-11-10T18:00:00-05:00', '2026-11-10T18:15:00-05:00'),
    now: '2026-11-10T23:05:00Z',
    tz: 'America/New_York',
    kind: 'moved',
    start: '2026-11-11T18:00:00-05:00',
    end: '2026-11-11T18:15:00-05:00',
  },
  {
    name: 'moved across the spring DST change, 09:00 stays 09:00 local',
    reminder: at('2026-03-07T09:00:00-05:00', '2026-03-07T09:15:00-05:00'),
    now: '2026-03-08T16:00:00Z',
    tz: 'America/New_York',
    kind: 'moved',
    start: '2026-03-09T09:00:00-04:00',
    end: '2026-03-09T09:15:00-04:00',
  },
  {
    name: 'a longer proposal keeps its length when moved',
    reminder: at('2026-11-25T09:00:00+00:00', '2026-11-25T09:30:00+00:00'),
    now: '2026-11-25T12:00:00Z',
    tz: 'Europe/London',
    kind: 'moved',
    start: '2026-11-26T09:00:00+00:00',
    end: '2026-11-26T09:30:00+00:00',
  },
  {
    name: 'a start that is not an instant is left as it is',
    reminder: at('soon', 'later'),
    now: '2026-11-25T12:00:00Z',
    tz: 'UTC',
    kind: 'as-proposed',
    start: 'soon',
    end: 'later',
  },
  {
    // A follow-up due Thursday 26 November, seen on Friday at 10:30: Saturday would be the next 09:00.
    name: "a follow-up's reminder moved onto a weekend rings on Monday",
    reminder: { ...nineOn25, weekdaysOnly: true },
    now: '2026-11-27T15:30:00Z',
    tz: 'America/New_York',
    kind: 'moved',
    start: '2026-11-30T09:00:00-05:00',
    end: '2026-11-30T09:15:00-05:00',
  },
  {
    name: "a follow-up's reminder seen on Saturday at 07:00 rings on Monday, not today",
    reminder: { ...nineOn25, weekdaysOnly: true },
    now: '2026-11-28T12:00:00Z',
    tz: 'America/New_York',
    kind: 'moved',
    start: '2026-11-30T09:00:00-05:00',
    end: '2026-11-30T09:15:00-05:00',
  },
  {
    // A thank-you or an offer's answer cannot wait for Monday.
    name: 'any other reminder moved onto a weekend keeps the weekend day',
    reminder: nineOn25,
    now: '2026-11-27T15:30:00Z',
    tz: 'America/New_York',
    kind: 'moved',
    start: '2026-11-28T09:00:00-05:00',
    end: '2026-11-28T09:15:00-05:00',
  },
  {
    name: 'a now that is not an instant leaves the proposal as it is',
    reminder: nineOn25,
    now: 'yesterday',
    tz: 'America/New_York',
    kind: 'as-proposed',
    start: '2026-11-25T09:00:00-05:00',
    end: '2026-11-25T09:15:00-05:00',
  },
];

describe('reminderAhead', () => {
  for (const row of rows) {
    it(row.name, () => {
      const t = reminderAhead(row.reminder, row.now, row.tz);
      assert.equal(t.kind, row.kind);
      assert.equal(t.reminder.start, row.start);
      assert.equal(t.reminder.end, row.end);
      assert.equal(t.reminder.subject, row.reminder.subject);
      assert.equal(t.reminder.body, row.reminder.body);
      if (t.kind === 'moved') {
        assert.equal(t.proposedStart, row.reminder.start);
        assert.ok(Date.parse(t.reminder.start) > Date.parse(row.now), 'the moved start is ahead of now');
      }
    });
  }

  it('does not mutate its input', () => {
    const frozen = Object.freeze({ ...nineOn25 });
    reminderAhead(frozen, '2026-11-30T12:00:00Z', 'America/New_York');
    assert.deepEqual(frozen, nineOn25);
  });

  it('is the identity on a reminder it has already moved', () => {
    const once = reminderAhead(nineOn25, '2026-11-25T15:30:00Z', 'America/New_York').reminder;
    assert.deepEqual(reminderAhead(once, '2026-11-25T15:30:00Z', 'America/New_York'), {
      kind: 'as-proposed',
      reminder: once,
    });
  });
});
