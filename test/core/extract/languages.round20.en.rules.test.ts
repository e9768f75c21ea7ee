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

  describe("round 240b: a service's appointment, a nursery or a court is the reader's life, whatever 'application form' it names", () => {
    check([
      [
        LDN,
        'Your appointment at the Passport Office, Peterborough, is on Friday 16 March at 11:40. Bring your application form and old passport.',
        [],
      ],
      [
        NY,
        'Reminder: Brightside Dental appointment Thu 3/15 at 8:00am with Dr. Patel. Reply C to confirm.',
        [],
      ],
      [
        LDN,
        "Leo's nursery induction visit is on Monday 19 March at 10am. We'll confirm his start date within a week.",
        [],
      ],
      [LDN, 'Your case is listed for hearing at Leeds County Court on Tuesday 20 March at 10:00.', []],
      [
        NY,
        "Your appointment 'Mock Interview – Consulting' with the Careers Service is confirmed for Thu, Mar 15 at 1:00 PM.",
        [],
      ],
      // A job's words beside them keep the slot the reader's.
      [
        NY,
        'Your interview at our clinic is on Friday, March 16 at 9:00 AM; please bring your passport.',
        ['interview 2029-03-16 09:00'],
      ],
      [
        LDN,
        'Dear Applicant, your assessment centre for the Graduate Scheme is on Monday 19 March at 09:00. Please bring your passport.',
        ['interview 2029-03-19 09:00'],
      ],
    ]);
  });

  describe('round 240b: a business that trains for interviews, and interviews in the plural as what one trains for, are a topic', () => {
    check([
      [
        NY,
        "Your session with interview coach Dana Lee is booked for Thursday, March 15 at 6:30 PM. We'll cover case questions for your upcoming interviews.",
        [],
      ],
      [
        CHI,
        'The Interview Academy: your group class is on Saturday, March 17 at 10:00 AM. Your tutor will return your marked answers within 48 hours.',
        [],
      ],
      [
        NY,
        'Your interview with Marlow Bank is on Friday, March 16 at 11:00 AM. Here are some tips for your upcoming interviews with us.',
        ['interview 2029-03-16 11:00'],
      ],
    ]);
  });

  describe("round 240b: a request for a reference on a candidate is someone else's application", () => {
    check([
      [
        LDN,
        'Hello, Priya Shah has named you as a referee for the post of Staff Nurse. Could we call you on Friday at 3pm? We hope to decide by 23 March.',
        [],
      ],
      [
        NY,
        'Reference request for Mr. Daniel Ortiz: could you complete the attached form by Friday, March 16? We aim to make him an offer next week.',
        [],
      ],
      // The reader's own referees are the reader's application.
      [
        LDN,
        "Thank you for sending your referees' details. We will contact them this week and be in touch with you by Friday 23 March.",
        ['response-by 2029-03-23'],
      ],
    ]);
  });
});
