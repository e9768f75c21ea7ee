// A calendar invitation's subject dates the interview where its body does not (held-out thread round r15: a Teams
// invitation whose body is the meeting's boilerplate, "Interview: Product Analyst - Tue Dec 8, 2026 11:00 AM -
// 12:00 PM (EST)"). A reply's subject, a subject with no interview word, and a body that dates one itself do not.
import assert from 'node:assert/strict';
import { extractFindings, findInText } from '../../../src/core/extract';
import { DE } from '../../../src/core/extract/phrases/de';
import { ES } from '../../../src/core/extract/phrases/es';
import { FR } from '../../../src/core/extract/phrases/fr';
import { thread as build } from '../advice/build';

const BOILERPLATE =
  'Microsoft Teams meeting\nJoin on your computer, mobile app or room device\nMeeting ID: 312 774 590 218\nPasscode: Xy7pQ2\nOr call in (audio only)\n+1 646-555-0199,,771204583#';

function thread(subject: string, text: string) {
  return build([{ role: 'employer', at: '2026-12-01T09:00:00-05:00', subject, text }]);
}

// [subject, body, the interview's start or none]
const ROWS: readonly (readonly [string, string, string | null])[] = [
  [
    'Interview: Data Engineer - Thu Dec 10, 2026 2:00 PM - 3:00 PM (EST)',
    BOILERPLATE,
    '2026-12-10T14:00:00-05:00',
  ],
  [
    'Invitation: Interview with Ana Ruiz @ Wed Dec 9, 2026 10am - 11am (EST) (alex@example.com)',
    'Join with Google Meet\nmeet.google.com/abc-defg-hij\nJoin by phone\n(US) +1 347-555-0123 PIN: 441 902 337#',
    '2026-12-09T10:00:00-05:00',
  ],
  ['Entrevista: Analista de Datos – jueves 10 de diciembre, 16:00', BOILERPLATE, '2026-12-10T16:00:00-05:00'],
  // No interview word, a reply's subject, or a body that dates its own interview.
  ['Payslip for 30/11/2026', BOILERPLATE, null],
  ['Re: Interview - Thu Dec 10, 2026 2:00 PM', 'Thanks, noted!', null],
  [
    'Interview: Data Engineer - Thu Dec 10, 2026 2:00 PM',
    'Small change: your interview is now on Friday, December 11 at 9:00 AM.',
    '2026-12-11T09:00:00-05:00',
  ],
  // A cancellation's subject, or its body in the passive, names no slot (r53): the event is gone.
  [
    'Canceled: Interview – Account Executive',
    'Interview – Account Executive\nWhen: Thursday, December 10, 2026 2:00 PM - 3:00 PM (EST)',
    null,
  ],
  [
    'Your booking with Harbor Clinic',
    'The appointment below has been cancelled.\n\nPhone interview – Analyst\nThursday, December 10, 2026 at 2:00 PM',
    null,
  ],
  [
    'Confirmed: Interview – Account Executive',
    'Your interview is booked.\nWhen: Thursday, December 10, 2026 2:00 PM - 3:00 PM (EST)',
    '2026-12-10T14:00:00-05:00',
  ],
];

describe("extract: an invitation's subject dates the interview", () => {
  for (const [subject, text, start] of ROWS)
    it(JSON.stringify(subject), () => {
      const f = extractFindings(thread(subject, text), {
        tz: 'America/New_York',
        languages: [DE, FR, ES],
      });
      assert.deepEqual(
        f.interviews.map((i) => i.start),
        start === null ? [] : [start],
      );
    });
});

// In a sentence that moves the slot, the day it is "now" on is the one that stands (r15's subject test's body).
describe('extract: the slot a reschedule says it is now on', () => {
  const NOW_ROWS: readonly (readonly [string, string])[] = [
    ['Small change: your interview is now on Friday, December 11 at 9:00 AM.', '2026-12-11T09:00:00-05:00'],
    [
      'We had to change the time: the call is now set for Thursday at 3pm instead of Wednesday at 10am.',
      '2026-12-03T15:00:00-05:00',
    ],
  ];
  for (const [text, start] of NOW_ROWS)
    it(text, () => {
      const found = findInText(text, '2026-12-01T09:00:00-05:00', { tz: 'America/New_York' });
      assert.deepEqual(
        found.flatMap((f) => (f.kind === 'interview' ? [f.start] : [])),
        [start],
      );
    });
});

// A booking at a clinic, a salon or a garage in a body without job words is a personal calendar's; the message's
// subject naming an interview says it is the reader's interview (r49's "You're confirmed for … at our Box Hill
// clinic" under "Interview – Practice Manager").
describe('extract: a booking whose subject names an interview is the interview', () => {
  const BOOKING_ROWS: readonly (readonly [string, string, string | null])[] = [
    [
      'Interview – Dental Nurse',
      "You're confirmed for Thursday 10 December at 9:30am at our Fitzroy clinic.",
      '2026-12-10T09:30:00-05:00',
    ],
    [
      'Re: Practice Manager interview',
      'Your appointment is booked for Friday 11 December at 2pm at the Hawthorn clinic.',
      '2026-12-11T14:00:00-05:00',
    ],
    // Without a job word anywhere, the same booking is a personal one.
    [
      'Appointment reminder',
      "You're confirmed for Thursday 10 December at 9:30am at our Fitzroy clinic.",
      null,
    ],
  ];
  for (const [subject, text, start] of BOOKING_ROWS)
    it(`${JSON.stringify(subject)}: ${JSON.stringify(text)}`, () => {
      const f = extractFindings(thread(subject, text), { tz: 'America/New_York', languages: [DE, FR, ES] });
      assert.deepEqual(
        f.interviews.map((i) => i.start),
        start === null ? [] : [start],
      );
    });
});
