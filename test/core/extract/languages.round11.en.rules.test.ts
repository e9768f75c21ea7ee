// The rules behind the misses of round 160 (languages.round11.en.table.ts), each checked on lines of its own,
// written for these tests and not taken from the round: a rule, not the one example. Answers from
// TIMELINE-CONVENTIONS.md and issue 13's ruling on absences.
import { checkRows, type RuleRow } from './ruleRows';

// Monday 7 June 2027, 09:00 in New York, London, Mumbai and Johannesburg.
const NY = { sentAt: '2027-06-07T09:00:00-04:00', tz: 'America/New_York' } as const;
const LDN = { sentAt: '2027-06-07T09:00:00+01:00', tz: 'Europe/London' } as const;
const BOM = { sentAt: '2027-06-07T09:00:00+05:30', tz: 'Asia/Kolkata' } as const;
const JNB = { sentAt: '2027-06-07T09:00:00+02:00', tz: 'Africa/Johannesburg' } as const;

const check = (rows: readonly RuleRow[]): void => checkRows(rows, []);

describe('extract: round 160 rules (issue 13, English)', () => {
  describe("'write to every applicant' promises an answer, the group said in the singular", () => {
    check([
      [LDN, 'We will write to every applicant by Friday 18 June.', ['response-by 2027-06-18']],
      [NY, 'Our recruiter will write to every finalist by the end of next week.', ['response-by 2027-06-18']],
    ]);
  });

  describe("a window 'of (the) interview' counts from the interview's day, not from a reply's deadline named after it", () => {
    check([
      [
        LDN,
        'We would like to invite you to interview on Tuesday 15 June at 11am. Please confirm by Thursday. You will hear from us within three working days of interview.',
        ['interview 2027-06-15 11:00', 'response-by 2027-06-18'],
      ],
      [
        NY,
        "Your panel interview is on Thursday, June 10 at 2 PM. Kindly reply by Tuesday to confirm, and we'll share the outcome within five business days of the interview.",
        ['interview 2027-06-10 14:00', 'response-by 2027-06-17'],
      ],
    ]);
  });

  describe('slots to choose from in a list are no slot, and the reply with a choice is the reader’s deadline', () => {
    check([
      [
        BOM,
        'Please choose a suitable slot for your HR round:\n• 14/06/2027 – 11:00 hrs\n• 15/06/2027 – 16:30 hrs\nRevert with your preferred slot by EOD Wednesday.',
        [],
      ],
      [BOM, 'Thanks for sharing your CV. Do revert with your availability by tomorrow.', []],
    ]);
  });

  describe("others' interviews with words between 'remaining' or 'other' and 'candidates'", () => {
    check([
      [
        NY,
        "We're meeting the other three shortlisted applicants on Wednesday and Thursday, so I'll be in touch after that.",
        [],
      ],
      [LDN, 'The panel is speaking with the remaining two internal candidates on Friday 11 June.', []],
    ]);
  });

  describe("an absence 'out (sick) until' a day, and a promise pointing back at it with 'once' or 'as soon as'", () => {
    check([
      [
        NY,
        'Our recruiter is out until Friday, June 11, and will call you when she is back.',
        ['response-by 2027-06-11'],
      ],
      [
        LDN,
        "Priya is off sick until Thursday 10 June and will get back to you as soon as she's back.",
        ['response-by 2027-06-10'],
      ],
      [NY, 'Marcus is out sick until Wednesday, June 9.', ['no-contact-before 2027-06-09']],
    ]);
  });

  describe("the day of return after the absence's word: 'on holiday, returning Monday'", () => {
    check([
      [
        LDN,
        'Thank you for your email. I am on holiday, returning Monday 14 June.',
        ['no-contact-before 2027-06-14'],
      ],
      [
        NY,
        "I'm travelling this week and due back in the office on Wednesday, June 16.",
        ['no-contact-before 2027-06-16'],
      ],
    ]);
  });

  describe("a hold-off asked for the deciders: 'give the hiring team five working days before following up'", () => {
    check([
      [
        LDN,
        'Please give the hiring team at least five working days before following up.',
        ['no-contact-before 2027-06-14'],
      ],
      [
        NY,
        'Kindly give our committee two weeks before checking in on your application.',
        ['no-contact-before 2027-06-21'],
      ],
    ]);
  });

  describe('no-calls with an aside between its words, and said as having no phone for applicants', () => {
    check([
      [NY, 'Our store managers are, regrettably, not able to take calls about open positions.', ['no-calls']],
      [
        LDN,
        'The recruitment team is not in a position – given the volume of applications – to answer telephone enquiries.',
        ['no-calls'],
      ],
      [JNB, 'Our HR office has no telephone line for applicant queries.', ['no-calls']],
      [NY, 'Feel free to call me, Sam, if anything is unclear.', []],
    ]);
  });

  describe('interviews as a topic: a title without its article, interview prep', () => {
    check([
      [LDN, "You're registered: Cracking Case Interviews – Wednesday 16 June, 13:00–14:00 BST.", []],
      [LDN, "You're booked on: Nailing Competency Interviews – Wednesday 16 June, 13:00–14:00 BST.", []],
    ]);
  });

  describe("a calendar digest's entries are slots by their own words only", () => {
    check([
      [NY, "Tomorrow's schedule:\n9:30 AM\tInterview prep with Dana (career services)\n1:00 PM\tLunch", []],
      [
        NY,
        "Today's agenda: Interview with Halvorsen Labs at 10:00 AM on Tuesday, June 8 (Zoom). Gym at 12:30 PM.",
        ['interview 2027-06-08 10:00'],
      ],
    ]);
  });

  describe("a list's mail that says nothing of the reader's application is read as nothing", () => {
    check([
      [
        NY,
        "This week's tips: how to follow up if you haven't heard back within two weeks.\n\nUnsubscribe | Manage preferences",
        [],
      ],
      [
        NY,
        "We'd like to invite you to a phone interview on Thursday, June 10 at 3 PM ET.\n\nSent via Lever. Unsubscribe from these emails.",
        ['interview 2027-06-10 15:00'],
      ],
    ]);
  });
});
