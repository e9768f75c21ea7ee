// Field layouts of applicant tracking systems and schedulers (issue 13, class 4), from the misses of held-out
// thread rounds r18 and r19, each checked on text of its own: a time line that ends in a bracketed zone above its
// date line (Calendly), and a calendar entry's "Start Date/Time:" and "End Date/Time:" fields (SuccessFactors).
import assert from 'node:assert/strict';
import { findInText } from '../../../src/core/extract';

const NY = { sentAt: '2026-12-03T08:30:00-05:00', tz: 'America/New_York' } as const;

// [the message, the interview's start, or none]
const ROWS: readonly (readonly [string, string | null])[] = [
  [
    'Your interview is booked.\n\nDate/Time:\n2:00pm - 2:45pm (Pacific Time - US & Canada)\nFriday, December 11, 2026',
    '2026-12-11T17:00:00-05:00',
  ],
  [
    'Interview scheduled.\nWhen:\n9:30am (Eastern Time)\nTuesday, December 8, 2026\nWhere: Zoom',
    '2026-12-08T09:30:00-05:00',
  ],
  [
    'An interview has been scheduled for you.\nStart Date/Time: 12/15/2026 01:30 PM Eastern Standard Time\nEnd Date/Time: 12/15/2026 02:30 PM Eastern Standard Time',
    '2026-12-15T13:30:00-05:00',
  ],
  [
    'Your interview has been booked.\nStart Date & Time: 12/16/2026 11:00 AM\nEnd Date & Time: 12/16/2026 11:45 AM',
    '2026-12-16T11:00:00-05:00',
  ],
  // An employment start date is still no slot.
  [
    'Congratulations again! Your start date is 01/04/2027, and your first interview feedback is attached.',
    null,
  ],
];

describe('extract: ATS and scheduler field layouts (r18, r19)', () => {
  for (const [text, start] of ROWS)
    it(JSON.stringify(text.split('\n').slice(0, 3).join(' | ')), () => {
      const found = findInText(text, NY.sentAt, { tz: NY.tz }).flatMap((f) =>
        f.kind === 'interview' ? [f.start] : [],
      );
      assert.deepEqual(found, start === null ? [] : [start]);
    });
});
