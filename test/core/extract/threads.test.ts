// extractFindings on whole threads (issue 3): timelines only from employer messages, each read against its own
// sent time; interview rounds in order; a later move supersedes a slot still ahead; the same slot named twice is
// one round. One `it` per thread.
import assert from 'node:assert/strict';
import { extractFindings } from '../../../src/core/extract';
import type { Findings, Message, Thread } from '../../../src/core/types';
import { message } from './support';

type Turn = readonly [Message['role'], string, string] | readonly [Message['role'], string, string, 'auto'];

function thread(...turns: readonly Turn[]): Thread {
  return {
    candidate: 'me@example.com',
    warnings: [],
    messages: turns.map(([role, sentAt, text, auto], i) =>
      message(i, role, sentAt, text, { automatic: auto === 'auto' }),
    ),
  };
}

/** The findings as short strings: what each row asserts. */
function summary(f: Findings): Readonly<Record<string, readonly string[]>> {
  return {
    interviews: f.interviews.map((i) => `${i.start}/${i.end.slice(11, 16)} #${i.evidence.message}`),
    timelines: f.timelines.map((t) => `${t.by} #${t.evidence.message}`),
    noContactBefore: f.noContactBefore.map((n) => `${n.by} #${n.evidence.message}`),
    noCalls: f.noCalls.map((n) => `#${n.evidence.message}`),
    outcomes: f.outcomes.map((o) => `${o.outcome} #${o.evidence.message}`),
  };
}

const NONE = { interviews: [], timelines: [], noContactBefore: [], noCalls: [], outcomes: [] } as const;

const ROWS: readonly (readonly [
  string,
  Thread,
  string,
  Partial<Record<keyof Findings, readonly string[]>>,
])[] = [
  [
    'a phone screen and an onsite are two rounds, oldest first; each timeline against its own message',
    thread(
      ['employer', '2026-11-02T09:00:00-05:00', 'Can you do a 30-minute phone screen on Wednesday at 11am?'],
      ['candidate', '2026-11-02T10:00:00-05:00', 'Wednesday at 11am works for me. Thank you!'],
      [
        'employer',
        '2026-11-04T13:00:00-05:00',
        "Thanks for your time today! We'd like you to come in for an onsite on Thursday, November 12 at 10:00 AM.",
      ],
      [
        'employer',
        '2026-11-12T16:00:00-05:00',
        'Thanks for coming in. We will get back to you by next Friday.',
      ],
    ),
    'America/New_York',
    {
      interviews: ['2026-11-04T11:00:00-05:00/11:30 #0', '2026-11-12T10:00:00-05:00/11:00 #2'],
      timelines: ['2026-11-20 #3'],
    },
  ],
  [
    "a candidate's own dates and an automatic reply's promise are no employer timeline",
    thread(
      [
        'employer',
        '2026-11-10T16:00:00-05:00',
        "Thanks for coming in today. We'll be in touch within two weeks.",
      ],
      [
        'candidate',
        '2026-11-11T09:00:00-05:00',
        'Thank you! I will follow up by Friday if I have questions.',
      ],
      [
        'employer',
        '2026-11-11T09:01:00-05:00',
        'I am out of the office. You will hear from me within 3 days.',
        'auto',
      ],
    ),
    'America/New_York',
    // The thanks for today's visit dates the interview, since nothing else in the thread does (heldToday.ts).
    { timelines: ['2026-11-24 #0'], interviews: ['2026-11-10T00:00:00-05:00/01:00 #0'] },
  ],
  [
    'every employer promise is kept, oldest first, so the newest can win downstream',
    thread(
      ['employer', '2026-11-10T16:00:00-05:00', "We'll get back to you within two weeks."],
      ['employer', '2026-11-20T10:00:00-05:00', 'Quick update: we now expect to decide by December 4.'],
    ),
    'America/New_York',
    { timelines: ['2026-11-24 #0', '2026-12-04 #1'] },
  ],
  [
    'a later reschedule moves the slot still ahead, and a round already held stays',
    thread(
      [
        'employer',
        '2026-11-02T09:00:00-05:00',
        'Your phone screen is confirmed for Tuesday, November 3 at 2pm.',
      ],
      [
        'employer',
        '2026-11-04T09:00:00-05:00',
        'Great news: your final interview is on Monday, November 16 at 9:30am.',
      ],
      [
        'employer',
        '2026-11-10T09:00:00-05:00',
        'Apologies, we need to reschedule your final interview. Could we move it to Wednesday, November 18 at 1pm?',
      ],
    ),
    'America/New_York',
    { interviews: ['2026-11-03T14:00:00-05:00/15:00 #0', '2026-11-18T13:00:00-05:00/14:00 #2'] },
  ],
  [
    'a cancellation with no new slot leaves no interview ahead',
    thread(
      [
        'employer',
        '2026-11-02T09:00:00-05:00',
        'Your interview is confirmed for Thursday, November 12 at 10am.',
      ],
      [
        'employer',
        '2026-11-09T09:00:00-05:00',
        'Unfortunately we have had to cancel your interview, as the position has been put on hold.',
      ],
    ),
    'America/New_York',
    { interviews: [] },
  ],
  [
    "the same slot in the invitation and in the candidate's confirmation is one round; a stated length wins",
    thread(
      ['employer', '2026-11-02T09:00:00-05:00', 'Does Monday, November 9 at 3pm work for a video interview?'],
      ['candidate', '2026-11-02T10:00:00-05:00', 'Monday, November 9 at 3pm works well for me.'],
      [
        'employer',
        '2026-11-09T08:00:00-05:00',
        'A reminder that your interview is today at 3pm on Zoom and will last 45 minutes.',
      ],
    ),
    'America/New_York',
    { interviews: ['2026-11-09T15:00:00-05:00/15:45 #2'] },
  ],
  [
    'a London recipient of a New York recruiter: the time in the sender offset, shown in London',
    thread([
      'employer',
      '2026-11-02T09:00:00-05:00',
      "Let's do a quick call on Thursday, November 5 at 11am. Looking forward to it!",
    ]),
    'Europe/London',
    { interviews: ['2026-11-05T16:00:00+00:00/17:00 #0'] },
  ],
  [
    'a hold-off, a no-calls policy and a rejection, each with the message it came from',
    thread(
      [
        'employer',
        '2026-11-10T16:00:00-05:00',
        'Thanks for interviewing. Please do not call the office; we will not be able to give updates by phone. Please do not follow up before November 24.',
      ],
      [
        'employer',
        '2026-11-25T10:00:00-05:00',
        'After careful consideration, we have decided to move forward with another candidate.',
      ],
    ),
    'America/New_York',
    { noContactBefore: ['2026-11-24 #0'], noCalls: ['#0'], outcomes: ['rejected #1'] },
  ],
  [
    'a timeline counted from the interview day an earlier message named',
    thread(
      ['employer', '2026-11-02T09:00:00-05:00', 'Your onsite is confirmed for Friday, November 13 at 9am.'],
      [
        'employer',
        '2026-11-05T09:00:00-05:00',
        'We aim to give all finalists feedback within 3 business days of their interview.',
      ],
    ),
    'America/New_York',
    { interviews: ['2026-11-13T09:00:00-05:00/10:00 #0'], timelines: ['2026-11-18 #1'] },
  ],
  [
    'a reply that picks an offered slot by its weekday takes that slot, not the next such weekday',
    thread(
      [
        'employer',
        '2026-12-07T09:00:00-05:00',
        'Would Tuesday, December 15 at 2 PM or Wednesday, December 16 at 10 AM work for a video interview?',
      ],
      ['candidate', '2026-12-07T11:02:00-05:00', 'Wednesday at 10 AM works best for me.'],
    ),
    'America/New_York',
    { interviews: ['2026-12-16T10:00:00-05:00/11:00 #1'] },
  ],
  [
    'a weekday that matches no offered slot keeps its own reading',
    thread(
      [
        'employer',
        '2026-12-07T09:00:00-05:00',
        'Would Tuesday, December 15 at 2 PM or Wednesday, December 16 at 10 AM work for a video interview?',
      ],
      ['employer', '2026-12-07T11:02:00-05:00', 'Actually, could you do Thursday at 3pm instead?'],
    ),
    'America/New_York',
    { interviews: ['2026-12-10T15:00:00-05:00/16:00 #1'] },
  ],
  [
    'a bare day confirmed later ("Friday the 20th works") is the timed slot already named, with its length',
    thread(
      [
        'employer',
        '2026-11-12T14:14:00-08:00',
        "We'd like to invite you to an onsite interview on Friday, November 20 at 10:00 AM. It runs about three hours.",
      ],
      ['candidate', '2026-11-12T15:02:00-08:00', 'Friday the 20th works for me. See you then!'],
    ),
    'America/Los_Angeles',
    { interviews: ['2026-11-20T10:00:00-08:00/13:00 #0'] },
  ],
  [
    'a bare day named first and its time given later: the timed mention replaces it',
    thread(
      ['employer', '2026-11-12T09:00:00-05:00', 'Could you come in for an interview on Friday, November 20?'],
      [
        'employer',
        '2026-11-13T09:00:00-05:00',
        'Confirming your interview on Friday, November 20 at 2:00 PM.',
      ],
    ),
    'America/New_York',
    { interviews: ['2026-11-20T14:00:00-05:00/15:00 #1'] },
  ],
  [
    '"please arrive fifteen minutes early" is no length; "The interview will last forty-five minutes" is',
    thread(
      [
        'employer',
        '2026-11-30T09:00:00-05:00',
        'Your interview is on Thursday, December 3 at 2:00 PM; please arrive fifteen minutes early.',
      ],
      [
        'employer',
        '2026-11-30T09:05:00-05:00',
        'Your second interview is on Friday, December 4 at 9:00 AM. The interview will last forty-five minutes.',
      ],
    ),
    'America/New_York',
    { interviews: ['2026-12-03T14:00:00-05:00/15:00 #0', '2026-12-04T09:00:00-05:00/09:45 #1'] },
  ],
];

describe('extractFindings on whole threads', () => {
  for (const [name, t, tz, want] of ROWS)
    it(name, () => {
      const got = summary(extractFindings(t, { tz }));
      assert.deepEqual(got, { ...NONE, ...want });
    });
});
