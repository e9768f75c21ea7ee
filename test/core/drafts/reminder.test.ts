// The reminder proposal: 09:00 local on the day to act, 15 minutes, naming the thread; and its .ics form.
import assert from 'node:assert/strict';
import { proposeReminder, reminderToIcs } from '../../../src/core/drafts';
import type { Recommendation } from '../../../src/core/types';

const base = {
  overdue: false,
  channel: 'email',
  reasons: ['Because.'],
  evidence: [],
  alternatives: [],
} as const;
const rows: readonly {
  name: string;
  rec: Recommendation;
  tz: string;
  start: string | null;
  end?: string;
  subject?: RegExp;
}[] = [
  {
    name: 'a first follow-up: 09:00 New York on the day',
    rec: { ...base, rule: 9, on: '2026-11-25', action: 'follow-up', step: 1 },
    tz: 'America/New_York',
    start: '2026-11-25T09:00:00-05:00',
    end: '2026-11-25T09:15:00-05:00',
    subject: /^Follow up: Interview/,
  },
  {
    name: 'a wait for the employer window',
    rec: { ...base, rule: 6, on: '2026-11-26', action: 'wait', waitingFor: 'employer-timeline' },
    tz: 'Europe/London',
    start: '2026-11-26T09:00:00+00:00',
  },
  {
    name: 'DST: 09:00 the Monday after the spring change is -04:00',
    rec: { ...base, rule: 9, on: '2026-03-09', action: 'wait', waitingFor: 'follow-up' },
    tz: 'America/New_York',
    start: '2026-03-09T09:00:00-04:00',
    end: '2026-03-09T09:15:00-04:00',
  },
  {
    name: 'the interview still ahead: the thank-you reminder is that evening',
    rec: { ...base, rule: 4, on: '2026-11-10', action: 'wait', waitingFor: 'interview' },
    tz: 'America/New_York',
    start: '2026-11-10T18:00:00-05:00',
    subject: /^Send your thank-you/,
  },
  {
    name: 'a second follow-up',
    rec: { ...base, rule: 8, on: '2026-11-30', action: 'follow-up', step: 2 },
    tz: 'Asia/Tokyo',
    start: '2026-11-30T09:00:00+09:00',
    subject: /^Second follow-up/,
  },
  {
    name: 'no reminder for a reply',
    rec: { ...base, rule: 2, on: '2026-11-12', action: 'reply' },
    tz: 'UTC',
    start: null,
  },
  {
    name: 'no reminder for a closed thread',
    rec: { ...base, rule: 1, on: '2026-11-12', action: 'closed', outcome: 'rejected' },
    tz: 'UTC',
    start: null,
  },
  {
    name: 'no reminder for a thank-you due now',
    rec: { ...base, rule: 5, on: '2026-11-11', action: 'send-thank-you' },
    tz: 'UTC',
    start: null,
  },
];

describe('proposeReminder', () => {
  for (const row of rows) {
    it(row.name, () => {
      const r = proposeReminder(row.rec, 'Interview for the Data Analyst position', row.tz);
      assert.equal(r?.start ?? null, row.start);
      if (row.end !== undefined) assert.equal(r?.end, row.end);
      if (row.subject !== undefined) assert.match(r?.subject ?? '', row.subject);
      if (r !== null) assert.match(r.body, /Interview for the Data Analyst position/);
    });
  }

  it('marks the reminders to write to the employer as weekdays only, and no other', () => {
    const kinds: readonly [Recommendation, boolean][] = [
      [{ ...base, rule: 9, on: '2026-11-25', action: 'follow-up', step: 1 }, true],
      [{ ...base, rule: 8, on: '2026-11-25', action: 'follow-up', step: 2 }, true],
      [{ ...base, rule: 6, on: '2026-11-25', action: 'wait', waitingFor: 'employer-timeline' }, true],
      [{ ...base, rule: 9, on: '2026-11-25', action: 'wait', waitingFor: 'follow-up' }, true],
      [{ ...base, rule: 4, on: '2026-11-25', action: 'wait', waitingFor: 'interview' }, false],
      [
        { ...base, rule: 1, on: '2026-11-25', action: 'closed', outcome: 'offer', respondBy: '2026-11-28' },
        false,
      ],
    ];
    for (const [rec, weekdays] of kinds)
      assert.equal(proposeReminder(rec, null, 'UTC')?.weekdaysOnly === true, weekdays, JSON.stringify(rec));
  });

  it('an interview running past 18:00 gets its thank-you reminder when it ends', () => {
    const rec: Recommendation = {
      ...base,
      rule: 4,
      on: '2026-11-10',
      action: 'wait',
      waitingFor: 'interview',
    };
    assert.equal(
      proposeReminder(rec, null, 'America/New_York', '2026-11-10T19:30:00-05:00')?.start,
      '2026-11-10T19:30:00-05:00',
    );
  });
});

describe('reminderToIcs', () => {
  const ics = reminderToIcs({
    subject: 'Follow up: Interview, Data; Analyst',
    start: '2026-11-25T09:00:00-05:00',
    end: '2026-11-25T09:15:00-05:00',
    body: `Thread: "Interview".\nSend a polite follow-up. ${'Long text '.repeat(20)}`,
  });
  const unfolded = ics.replace(/\r\n /g, '');
  const rows: readonly [string, boolean][] = [
    [
      'starts with BEGIN:VCALENDAR and ends with END:VCALENDAR',
      ics.startsWith('BEGIN:VCALENDAR\r\n') && ics.endsWith('END:VCALENDAR\r\n'),
    ],
    [
      'has a VEVENT with its UTC start and end',
      unfolded.includes('DTSTART:20261125T140000Z') && unfolded.includes('DTEND:20261125T141500Z'),
    ],
    [
      'escapes commas and semicolons in the summary',
      unfolded.includes('SUMMARY:Follow up: Interview\\, Data\\; Analyst'),
    ],
    ['escapes newlines in the description', unfolded.includes('DESCRIPTION:Thread: "Interview".\\nSend')],
    ['folds lines to 75 octets', ics.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)],
    ['uses CRLF line ends only', !/[^\r]\n/.test(ics)],
    ['carries a display alarm', unfolded.includes('BEGIN:VALARM') && unfolded.includes('ACTION:DISPLAY')],
  ];
  for (const [name, ok] of rows) it(name, () => assert.ok(ok, ics));

  it('is the same text for the same reminder (no clock inside)', () => {
    const r = {
      subject: 'S',
      start: '2026-11-25T09:00:00-05:00',
      end: '2026-11-25T09:15:00-05:00',
      body: 'B',
    };
    assert.equal(reminderToIcs(r), reminderToIcs({ ...r }));
  });
});
