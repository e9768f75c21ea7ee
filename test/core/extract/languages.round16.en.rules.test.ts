// The rules behind the misses of round 200 (languages.round16.en.table.ts), each checked on lines of its own, written
// for these tests and not taken from the round: a rule, not the one example. Answers from TIMELINE-CONVENTIONS.md.
import { checkRows, type RuleRow } from './ruleRows';

// Wednesday 12 January 2028, 09:30 in New York and London.
const NY = { sentAt: '2028-01-12T09:30:00-05:00', tz: 'America/New_York' } as const;
const LDN = { sentAt: '2028-01-12T09:30:00+00:00', tz: 'Europe/London' } as const;

const check = (rows: readonly RuleRow[]): void => checkRows(rows, []);

describe('extract: round 200 rules (issue 13, English)', () => {
  describe("the last few candidates' interviews are others', neither a slot nor a promise", () => {
    check([
      [LDN, "We're seeing the final three candidates on Thursday, so hang tight.", []],
      [
        NY,
        "I'm interviewing the last couple of applicants on Monday and will update everyone by Wednesday.",
        ['response-by 2028-01-19'],
      ],
      // The reader's own round with the final panel stays a slot.
      [NY, 'Your final interview is on Monday at 10am.', ['interview 2028-01-17 10:00']],
    ]);
  });

  describe('a hold-off named as a topic asks nothing of the reader', () => {
    check([
      [
        NY,
        'Our guide covers when to follow up after an interview and how long to wait (usually a week).',
        [],
      ],
      [LDN, 'New on the blog: how soon to chase a recruiter, and why two weeks is the magic number.', []],
      // A request stays one.
      [NY, 'Please wait at least two weeks before following up.', ['no-contact-before 2028-01-26']],
    ]);
  });

  describe('a slot moved to another clock of its day, the new clock some words after the old slot', () => {
    check([
      [
        NY,
        'The 9am interview slot on Monday has had to go, so we have pushed you back to 1pm the same day.',
        ['interview 2028-01-17 13:00'],
      ],
      // A clock "to" in the next sentence is no new slot.
      [
        NY,
        'Your interview is on Thursday at 10am. Reception is staffed from 8am to 6pm.',
        ['interview 2028-01-13 10:00'],
      ],
    ]);
  });
  describe("an inbox's service level is no promise about the application", () => {
    check([
      [
        LDN,
        'The careers inbox is monitored daily and we respond to all enquiries within 3 working days.',
        [],
      ],
      [NY, 'Our HR line is open 9–5 and we try to return calls within 24 hours.', []],
      // The reader's own message answered by a day is a promise.
      [NY, "I'll respond to your email within 2 business days.", ['response-by 2028-01-14']],
      [NY, "We're closed today; we'll respond to messages on Friday.", ['response-by 2028-01-14']],
    ]);
  });
});
