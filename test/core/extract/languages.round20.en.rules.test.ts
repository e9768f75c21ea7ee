// The rules behind the misses of round 240 (languages.round20.en.table.ts), each checked on lines of its own, written
// for these tests and not taken from the round. Answers from TIMELINE-CONVENTIONS.md.
import { checkRows, type RuleRow } from './ruleRows';

// Wednesday 14 March 2029, 09:30 in Chicago, London, Manila and New York.
const CHI = { sentAt: '2029-03-14T09:30:00-05:00', tz: 'America/Chicago' } as const;
const LDN = { sentAt: '2029-03-14T09:30:00+00:00', tz: 'Europe/London' } as const;
const MNL = { sentAt: '2029-03-14T09:30:00+08:00', tz: 'Asia/Manila' } as const;
const NY = { sentAt: '2029-03-14T09:30:00-04:00', tz: 'America/New_York' } as const;

const check = (rows: readonly RuleRow[]): void => checkRows(rows, []);

describe('extract: round 240 rules (issue 13, English)', () => {
  describe("a message about something else than the reader's own application names no slot and no promise", () => {
    check([
      // The reader's life: a class, a clinic, a court.
      [
        CHI,
        'Your spin class with Marco is booked for Friday 16 March at 7:15am. Late cancellations are charged.\n\nPeak Fitness',
        [],
      ],
      [
        LDN,
        'Your physiotherapy appointment is on Monday 19 March at 14:20. Please arrive 10 minutes early. We will send the report to your GP within 3 working days.\n\nRiverside Hospital',
        [],
      ],
      [
        NY,
        'Notice: you have been summoned for jury duty on Tuesday, March 20 at 9:00 AM. Report to Room 130.',
        [],
      ],
      // Interviews as a course's topic only.
      [
        NY,
        'Interview Masterclass: session 2 goes live on Thursday, March 15 at 6:00 PM. Your coach will reply to your practice answers within 24 hours.',
        [],
      ],
      // A colleague's note sent to the reader by mistake.
      [
        LDN,
        'Please ignore the note below, it was sent to you in error.\n\nHi all, we are seeing Ana Ruiz on Friday at 10am and will decide by Monday.',
        [],
      ],
      // The reader's own application beside such words stays theirs.
      [
        CHI,
        'Your interview with Harbor Bank is booked for Friday 16 March at 10:00am, in the room next to the gym on the 2nd floor.',
        ['interview 2029-03-16 10:00'],
      ],
      [
        LDN,
        'As part of your relocation to our Dublin office, your final interview is on Monday 19 March at 11:00.',
        ['interview 2029-03-19 11:00'],
      ],
      [
        NY,
        'Sorry for the error in my last email: your interview is on Friday, March 16 at 2pm, not Thursday.',
        ['interview 2029-03-16 14:00'],
      ],
      [
        NY,
        'Before your interview on Friday, March 16 at 3pm, have a look at our interview tips page.',
        ['interview 2029-03-16 15:00'],
      ],
    ]);
  });

  describe("a weekday in brackets after a full date is that date's own", () => {
    check([
      [MNL, 'Interview schedule: March 22, 2029 (Thursday), 9:00 AM', ['interview 2029-03-22 09:00']],
      [
        LDN,
        'Your assessment centre is on 21 March 2029 (Wednesday) at 13:00.',
        ['interview 2029-03-21 13:00'],
      ],
      // A date in brackets after a weekday is still the day; two numbered days are still a choice.
      [NY, 'Your interview is confirmed for Friday (March 16) at 10am.', ['interview 2029-03-16 10:00']],
      [LDN, 'Could you do Mon 19 Mar 10:00 or Tue 20 Mar 14:00 for the interview?', []],
    ]);
  });

  describe("a window counted from the reader's own deadline counts from the day named with 'by'", () => {
    check([
      [
        NY,
        'Please submit your coding test by Friday, March 16. We will review it and get back to you within 3 business days of the submission deadline.',
        ['response-by 2029-03-21'],
      ],
      [
        LDN,
        'Record your video answers by Monday 19 March. Our team will be in touch within a week of the deadline.',
        ['response-by 2029-03-26'],
      ],
      // A deadline with no day here dates nothing.
      [NY, 'We will contact you within 5 business days of the completion deadline.', []],
    ]);
  });
});
