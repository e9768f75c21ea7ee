// The rules behind the misses of round 190 (languages.round14.en.table.ts), each checked on lines of its own,
// written for these tests and not taken from the round: a rule, not the one example. Answers from
// TIMELINE-CONVENTIONS.md and issue 13's ruling on absences.
import { checkRows, type RuleRow } from './ruleRows';

// Wednesday 8 March 2028, 10:05 in Johannesburg, Auckland, London and New York.
const JNB = { sentAt: '2028-03-08T10:05:00+02:00', tz: 'Africa/Johannesburg' } as const;
const AKL = { sentAt: '2028-03-08T10:05:00+13:00', tz: 'Pacific/Auckland' } as const;
const LDN = { sentAt: '2028-03-08T10:05:00+00:00', tz: 'Europe/London' } as const;
const NY = { sentAt: '2028-03-08T10:05:00-05:00', tz: 'America/New_York' } as const;

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
});
