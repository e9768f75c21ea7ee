// The rules behind round 50's misses (languages.round5.en.table.ts) and the two probes of issue 13, each checked on
// sentences of its own, written for these tests and not taken from the round: a rule, not the one example.
import assert from 'node:assert/strict';
import { findInText } from '../../../src/core/extract';
import { EVENT_BACK_ROWS } from '../../../src/core/extract/phrases/en';
import { eachRow } from '../../../src/core/extract/phrases/rows';
import { dateOf } from './score';

// Thursday 10 December 2026, 09:00 in New York; in London.
const NY = { sentAt: '2026-12-10T09:00:00-05:00', tz: 'America/New_York' } as const;
const LDN = { sentAt: '2026-12-10T09:00:00+00:00', tz: 'Europe/London' } as const;

function read(text: string, at: { readonly sentAt: string; readonly tz: string } = NY) {
  return findInText(text, at.sentAt, { tz: at.tz }).map((f) => ({
    kind: f.kind,
    date: dateOf(f),
    ...(f.kind === 'interview' ? { time: f.time } : {}),
    ...(f.kind === 'outcome' ? { outcome: f.outcome } : {}),
  }));
}

describe('extract: round 50 rules (issue 13, English)', () => {
  for (const row of EVENT_BACK_ROWS)
    it(`the event row /${row.pattern}/ matches its own example`, () => {
      assert.ok(eachRow(row).test(row.example), row.example);
    });

  describe('class 1: a window counted from an event dated in another sentence', () => {
    it('"within a week of close" counts from the closing day named before it', () => {
      assert.deepEqual(
        read(
          'Applications close on Monday 14 December. Shortlisting will be finished within a week of close, and we will email everyone.',
          LDN,
        ),
        [{ kind: 'response-by', date: '2026-12-21' }],
      );
    });
    it('"after the final round" counts from the final round booked before it', () => {
      assert.deepEqual(
        read(
          'Your final round is on Tuesday, December 15 at 2 PM. We usually share the outcome within two working days after the final round.',
        ),
        [
          { kind: 'interview', date: '2026-12-15', time: '14:00' },
          { kind: 'response-by', date: '2026-12-17' },
        ],
      );
    });
    it('"let every candidate know … of the close" is a promise', () => {
      assert.deepEqual(
        read(
          'The vacancy closes on Friday 18 December. We will let every candidate know the outcome within five working days of the close.',
          LDN,
        ),
        [{ kind: 'response-by', date: '2026-12-25' }],
      );
    });
  });

  describe('class 2: a delivery promise', () => {
    it('"should get to you within four working days"', () => {
      assert.deepEqual(read('Your contract pack should get to you within four working days.'), [
        { kind: 'response-by', date: '2026-12-16' },
      ]);
    });
  });

  describe('class 3: "before the month is out" beside another dated event', () => {
    it('is the end of this month', () => {
      assert.deepEqual(
        read('The panel meets on the 17th, and we hope to have an answer for you before the month is out.'),
        [{ kind: 'response-by', date: '2026-12-31' }],
      );
    });
  });

  describe('class 4: ATS field layouts', () => {
    it('a time line above the date line (probe a)', () => {
      assert.deepEqual(
        read(
          'Your interview has been booked.\nTime: 2:30 PM EST\nDate: Thursday, December 17, 2026\nFormat: Phone',
        ),
        [{ kind: 'interview', date: '2026-12-17', time: '14:30' }],
      );
    });
    it('any label before "Time", with a tab and a colon, and seconds', () => {
      assert.deepEqual(
        read(
          'We invite you for an interview.\nDate of Interview\t: 16/12/2026\nArrival Time\t: 09:45:00\nVenue\t: Head Office',
          LDN,
        ),
        [{ kind: 'interview', date: '2026-12-16', time: '09:45' }],
      );
    });
    it('an itinerary of sessions on one day is one interview at the first', () => {
      assert.deepEqual(
        read(
          'Your onsite interview schedule:\nFriday, December 18, 2026\t1:00 PM EST\tPriya Das\nFriday, December 18, 2026\t2:00 PM EST\tLeo Park',
        ),
        [{ kind: 'interview', date: '2026-12-18', time: '13:00' }],
      );
    });
  });

  describe("class 5: dates that are not this candidate's interview", () => {
    it('the slot it was ("originally scheduled for") is not the new one', () => {
      assert.deepEqual(
        read(
          'Your interview originally scheduled for Monday, Dec 14 at 10:00 AM has been moved. New time: Tuesday, December 15, 3:00 PM.',
        ),
        [{ kind: 'interview', date: '2026-12-15', time: '15:00' }],
      );
    });
    it('a timed day under an invitation to an open evening is no interview', () => {
      assert.deepEqual(
        read(
          'Invitation: Graduate Information Evening\n\nCome and meet our engineers on Thursday 17 December from 5:30pm at our Leeds office.\n\nRegister by Monday.',
          LDN,
        ),
        [],
      );
    });
  });

  describe('class 7: no-calls', () => {
    it('a list of things not to do that ends in a call', () => {
      assert.deepEqual(
        read("Please don't send further documents, message the team on LinkedIn, or call the office."),
        [{ kind: 'no-calls', date: null }],
      );
    });
    it("said as the team's capability", () => {
      assert.deepEqual(read('Our HR office is not staffed to take calls about vacancies.'), [
        { kind: 'no-calls', date: null },
      ]);
    });
  });

  describe('probe b: a lost slot is no rejection', () => {
    it('"the time has been given to another candidate"', () => {
      assert.deepEqual(
        read(
          'Sorry, as we had not heard back, the time has been given to another candidate. Please book a new slot using the link.',
        ),
        [],
      );
    });
    it('"we have offered the time to another applicant, please pick a new time"', () => {
      assert.deepEqual(read('We have offered the time to another applicant, please pick a new time.'), []);
    });
    it('a slot named with a relative clause before it ("the 11am slot you had reserved")', () => {
      assert.deepEqual(
        read(
          'The 11am slot you had reserved has been given to another candidate; please choose another time.',
        ),
        [],
      );
    });
    it('an offer extended to another candidate is still a rejection', () => {
      assert.deepEqual(read('We have decided to make an offer to another candidate.'), [
        { kind: 'outcome', date: null, outcome: 'rejected' },
      ]);
    });
    it('the role given to another candidate is still a rejection', () => {
      assert.deepEqual(read('After much thought, the role has been given to another candidate.'), [
        { kind: 'outcome', date: null, outcome: 'rejected' },
      ]);
    });
  });

  describe('round 50b rules', () => {
    it('an "End Time" line is no start, even between the start and the date', () => {
      assert.deepEqual(
        read('Your interview is booked.\nStart: 2:00 PM\nEnds: 2:45 PM\nDate: Monday, December 14, 2026'),
        [{ kind: 'interview', date: '2026-12-14', time: '14:00' }],
      );
    });
    it("an ATS form's next field is not the day's clause (a fact word on the next line)", () => {
      assert.deepEqual(
        read('Interview Date/Time: 12/15/2026 01:30:00 PM EST\nVenue: Conference Centre, Hall 2'),
        [{ kind: 'interview', date: '2026-12-15', time: '13:30' }],
      );
    });
    it('an HTML line break ends the clause of a thanks for a past meeting', () => {
      assert.deepEqual(
        read(
          'Thanks for attending the panel on Monday 7 December.<br>We will share results with all applicants by Friday 18 December.',
        ),
        [{ kind: 'response-by', date: '2026-12-18' }],
      );
    });
    it('a window after "the recruitment campaign closes" counts from that close', () => {
      assert.deepEqual(
        read(
          'The recruitment campaign closes on Monday 14 December. We will contact you within a week after the recruitment campaign closes.',
          LDN,
        ),
        [{ kind: 'response-by', date: '2026-12-21' }],
      );
    });
    it('"will be in your inbox within" is a delivery promise', () => {
      assert.deepEqual(read('The written offer should be in your inbox within 3 business days.'), [
        { kind: 'response-by', date: '2026-12-15' },
      ]);
    });
    it('a slot "that was booked for" a day is the one moved from', () => {
      assert.deepEqual(
        read(
          'Sorry, we have to move the interview that was booked for Friday at 9am. Would Monday, December 14 at 1pm work instead?',
        ),
        [{ kind: 'interview', date: '2026-12-14', time: '13:00' }],
      );
    });
    it('a hope yields to the promise made after it in the sentence', () => {
      assert.deepEqual(
        read(
          "We're hoping to finish by the end of next week, but you will hear from me no later than Wednesday, December 23.",
        ),
        [{ kind: 'response-by', date: '2026-12-23' }],
      );
    });
    it('"not … until" yields to the promise after it', () => {
      assert.deepEqual(
        read("The board won't sign off until mid-January, but I'll update you by January 8 either way."),
        [{ kind: 'response-by', date: '2027-01-08' }],
      );
    });
    it("the employer's own interviews, done, are no slot", () => {
      assert.deepEqual(
        read('We met with the remaining finalists on Tuesday and are now comparing notes.'),
        [],
      );
    });
    it('a status timestamp is no slot', () => {
      assert.deepEqual(
        read('Your application for Line Cook was moved to Interview on 12/09/2026 at 3:02:17 PM.'),
        [],
      );
    });
    it('no-calls as a lack of capacity', () => {
      assert.deepEqual(read("Our small HR team doesn't have the time to take calls from candidates."), [
        { kind: 'no-calls', date: null },
      ]);
    });
  });

  describe('round 50c rules', () => {
    it('sessions listed under a heading that names the day start at the first', () => {
      assert.deepEqual(
        read(
          'Your onsite agenda for Wednesday, December 16, 2026:\n\n9:30 AM - 10:15 AM  Coding - Ana\n10:30 AM - 11:15 AM  Design - Raj',
        ),
        [{ kind: 'interview', date: '2026-12-16', time: '09:30' }],
      );
    });
    it('a day named twice, once with its time, is one proposed slot', () => {
      assert.deepEqual(read('Does Friday (Dec 18) at 11:15 ET suit you for a quick call with the CTO?'), [
        { kind: 'interview', date: '2026-12-18', time: '11:15' },
      ]);
    });
    it('"Hrs" after a 24-hour clock is no duration', () => {
      assert.deepEqual(
        read('Interview schedule:\nDate : 17-Dec-2026\nTime : 11:30 Hrs\nMode : In person', LDN),
        [{ kind: 'interview', date: '2026-12-17', time: '11:30' }],
      );
    });
    it('a window after the interview booked in the message looks ahead', () => {
      assert.deepEqual(
        read(
          'Your panel interview is on Tuesday at 10 AM. We will let you know the outcome within two working days following your interview.',
        ),
        [
          { kind: 'interview', date: '2026-12-15', time: '10:00' },
          { kind: 'response-by', date: '2026-12-17' },
        ],
      );
    });
    it("a review step's usual length from a stated close is a promise", () => {
      assert.deepEqual(
        read('Screening usually takes up to two weeks from the closing date of 18 December.', LDN),
        [{ kind: 'response-by', date: '2027-01-01' }],
      );
    });
    it('"avoid …, …, or calling" is no-calls', () => {
      assert.deepEqual(read('Kindly avoid chasing by email, messaging on WhatsApp, or calling the branch.'), [
        { kind: 'no-calls', date: null },
      ]);
    });
    it('a job alert names no interview of the reader', () => {
      assert.deepEqual(
        read(
          'Recommended jobs for you this week\n\n• Store Manager — Maple Foods — Interview day: Saturday 19 Dec\n• Barista — Bean Co.',
        ),
        [],
      );
    });
  });

  describe('round 50d rules', () => {
    it('"applicants are kindly asked not to phone" is no-calls', () => {
      assert.deepEqual(read('Applicants are kindly asked not to phone the clinic about their application.'), [
        { kind: 'no-calls', date: null },
      ]);
    });
    it('"not in a position to give updates over the phone" is no-calls', () => {
      assert.deepEqual(read('We are not in a position to give updates on applications over the phone.'), [
        { kind: 'no-calls', date: null },
      ]);
    });
    it("a survey's closing day is a fact, not a promise", () => {
      assert.deepEqual(
        read('Our candidate questionnaire about your interview feedback is open until Friday.'),
        [],
      );
    });
  });

  describe('round 50e rules', () => {
    it('a window "from the closing day" named in the sentence before', () => {
      assert.deepEqual(
        read(
          'The closing day for applications is 18 December. Applicants will be advised within two weeks from the closing day.',
          LDN,
        ),
        [{ kind: 'response-by', date: '2027-01-01' }],
      );
    });
    it('a stage change with the stage in quotes carries a timestamp, not a promise', () => {
      assert.deepEqual(read("Your application was updated to 'Offer Review' on 12/09/2026 4:40 PM ET."), []);
    });
    it("a third party's meeting is no slot", () => {
      assert.deepEqual(
        read("Legal need to approve it at their meeting on the 15th, and I'll update you by the 17th."),
        [{ kind: 'response-by', date: '2026-12-17' }],
      );
    });
  });
});

// The rule behind r9's miss (the lead's thread round): a promise to fix the next slot, by anyone.
describe('extract: a promise to confirm times or next steps (issue 13, class 2, r9)', () => {
  const rows: readonly (readonly [string, readonly { kind: string; date: string | null }[]])[] = [
    [
      'The client is reviewing the shortlist and will confirm interview dates for the final stage by Friday.',
      [{ kind: 'response-by', date: '2026-12-11' }],
    ],
    [
      'Great news: the panel enjoyed meeting you, and they will confirm the next steps with me early next week.',
      [{ kind: 'response-by', date: '2026-12-16' }],
    ],
    // The candidate's deadline and a confirmed slot stay what they are.
    ['Please confirm times that work for you by Friday.', []],
    [
      'I will confirm the details of your interview on Tuesday 15 December at 10am in a separate email.',
      [{ kind: 'interview', date: '2026-12-15' }],
    ],
  ];
  for (const [text, want] of rows)
    it(JSON.stringify(text), () => {
      assert.deepEqual(
        read(text).map((f) => ({ kind: f.kind, date: f.date })),
        want,
      );
    });
});
