// The rules behind the misses of round 190 (languages.round14.en.table.ts), each checked on lines of its own,
// written for these tests and not taken from the round: a rule, not the one example. Answers from
// TIMELINE-CONVENTIONS.md and issue 13's ruling on absences.
import { checkRows, type RuleRow } from './ruleRows';

// Wednesday 8 March 2028, 10:05 in Johannesburg, Auckland, London and New York.
const JNB = { sentAt: '2028-03-08T10:05:00+02:00', tz: 'Africa/Johannesburg' } as const;
const AKL = { sentAt: '2028-03-08T10:05:00+13:00', tz: 'Pacific/Auckland' } as const;
const LDN = { sentAt: '2028-03-08T10:05:00+00:00', tz: 'Europe/London' } as const;
const NY = { sentAt: '2028-03-08T10:05:00-05:00', tz: 'America/New_York' } as const;
// Tuesday 14 November 2028, 10:05 in Toronto, Denver, Lagos and Auckland (round 190b's rules).
const TOR_B = { sentAt: '2028-11-14T10:05:00-05:00', tz: 'America/Toronto' } as const;
const DEN_B = { sentAt: '2028-11-14T10:05:00-07:00', tz: 'America/Denver' } as const;
const LOS_B = { sentAt: '2028-11-14T10:05:00+01:00', tz: 'Africa/Lagos' } as const;
const AKL_B = { sentAt: '2028-11-14T10:05:00+13:00', tz: 'Pacific/Auckland' } as const;

const check = (rows: readonly RuleRow[]): void => checkRows(rows, []);

describe('extract: round 190 rules (issue 13, English)', () => {
  describe('a step with its window, then an answer "straight after that": the window is the promise', () => {
    check([
      [
        LDN,
        "The committee sends its ranking to the Dean, who usually approves it within ten working days, and we'll contact you straight after that.",
        ['response-by 2028-03-22'],
      ],
      [
        NY,
        'Your references go to our director, who normally makes a call within a week, and I will be in touch right afterwards.',
        ['response-by 2028-03-15'],
      ],
      // A step of the reader's, or of others, with no answer promised after it, names nothing.
      [
        AKL,
        "Please send your signed form within a week, and we'll book your induction straight after that.",
        [],
      ],
      [
        NY,
        "I'm off to a conference next week, and I'll be interviewing other candidates straight after that.",
        [],
      ],
    ]);
  });

  describe('an absence whose return is said with the subject left out: "… and will return on …"', () => {
    check([
      [
        JNB,
        'Our recruiter is at a careers fair in Durban this week and should be returning on Monday 13 March.',
        ['no-contact-before 2028-03-13'],
      ],
      [
        LDN,
        'The hiring manager is travelling and will return to the office on 15 March.',
        ['no-contact-before 2028-03-15'],
      ],
      // The reader's own coming back is a slot, and a thing returned is no one's absence.
      [
        JNB,
        'You will return on Friday 10 March at 9am for the second round.',
        ['interview 2028-03-10 09:00'],
      ],
      [LDN, 'We will return your documents on Monday 13 March.', []],
    ]);
  });

  describe('an absence with its days, then ", returning …": the stated day back, not the day after the range', () => {
    check([
      [
        AKL,
        "I'm on leave Monday 13 March to Wednesday 15 March, returning Thursday 16 March.",
        ['no-contact-before 2028-03-16'],
      ],
      [
        LDN,
        'Off on holiday from Friday 10 March until Sunday 19 March inclusive, back Monday 20 March.',
        ['no-contact-before 2028-03-20'],
      ],
      // "returning" said of a thing is no return of the writer's.
      [
        NY,
        'The store is closed for stocktaking until March 12, returning items will be processed after that.',
        [],
      ],
    ]);
  });

  describe("a dash between a day's year (or a day before its month) and its clock: the clock is the day's", () => {
    check([
      [
        TOR_B,
        'Your assessment centre place is confirmed.\n\nDate & time: Wednesday 29 November 2028 – 11:00\nVenue: 4 Front Street',
        ['interview 2028-11-29 11:00'],
      ],
      [
        TOR_B,
        'Thanks, Fatima. Interview booked: 28th November – 3pm, with Greg.',
        ['interview 2028-11-28 15:00'],
      ],
      [
        TOR_B,
        'Thanks for applying! Your phone screen is booked.\n\nWhen: Friday, November 24, 2028 – 1:15 PM\nWith: Dana Roy',
        ['interview 2028-11-24 13:15'],
      ],
      // A closing date with its clock stays a fact, a range of days no slot.
      [
        TOR_B,
        'Thanks for applying for the Claims Adjuster role. Applications close: Monday, November 20, 2028 – 5:00 PM.',
        [],
      ],
      [
        TOR_B,
        'Thanks for applying for the Claims Adjuster role. Our office is closed 24 December 2028 – 2 January 2029.',
        [],
      ],
    ]);
  });

  describe('no-calls said as having no way or means to take calls', () => {
    check([
      [DEN_B, "The clinic doesn't have a way to answer phone enquiries about vacancies.", ['no-calls']],
      [DEN_B, 'Our store team has no means to handle calls regarding job openings.', ['no-calls']],
      // No way to do something else by phone forbids no call.
      [DEN_B, 'Our team has no way to take payments over the phone.', []],
      [DEN_B, 'We have no way to call you back if your voicemail is full.', []],
    ]);
  });

  describe('the day back said in an idiom: "back on deck", "back in action"', () => {
    check([
      [
        AKL_B,
        "Kia ora, I'm at a hui up north until Friday and will be back on deck Monday 20 November.",
        ['no-contact-before 2028-11-20'],
      ],
      [
        AKL_B,
        'Our recruiter is on a course this week but back in action Tuesday 21 November.',
        ['no-contact-before 2028-11-21'],
      ],
      // "on deck" that is no one's return names nothing.
      [AKL_B, 'Our new payroll tool goes live on Monday 20 November, so all hands on deck that week.', []],
    ]);
  });

  describe('a clause that starts with "back", split from the absence by "and" or "but": the day back', () => {
    check([
      [
        LDN,
        "I'm at a trade show in Birmingham today and back Friday 10 March.",
        ['no-contact-before 2028-03-10'],
      ],
      [NY, 'Out at a client site this week but back Monday, March 13.', ['no-contact-before 2028-03-13']],
      [LDN, 'Please send the signed form back on Friday 10 March.', []],
    ]);
  });

  describe("a message greeting the panel: its interviews are the candidates', no slot of the reader's", () => {
    check([
      [
        LOS_B,
        'Good morning panel,\n\nThe interviews for the Finance Officer post are confirmed for Tuesday 21 November at 9:30am in the Council Chamber.',
        [],
      ],
      [
        LOS_B,
        'Dear Panellists,\n\nThe Graduate Trainee interviews will hold on Friday 24 November 2028 from 10am in the Boardroom.',
        [],
      ],
      // The reader's own interview with a panel stays a slot.
      [
        LOS_B,
        'Dear Ngozi,\n\nYour interview with the selection panel is on Friday 24 November at 9am in Boardroom 2.',
        ['interview 2028-11-24 09:00'],
      ],
    ]);
  });
});
