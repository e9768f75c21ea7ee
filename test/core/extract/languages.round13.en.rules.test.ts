// The rules behind the misses of round 180 (languages.round13.en.table.ts), each checked on lines of its own,
// written for these tests and not taken from the round: a rule, not the one example. Answers from
// TIMELINE-CONVENTIONS.md and issue 13's ruling on absences.
import { checkRows, type RuleRow } from './ruleRows';

// Wednesday 12 January 2028, 09:30 in New York, London, Sydney and Johannesburg.
const NY = { sentAt: '2028-01-12T09:30:00-05:00', tz: 'America/New_York' } as const;
const LDN = { sentAt: '2028-01-12T09:30:00+00:00', tz: 'Europe/London' } as const;
const SYD = { sentAt: '2028-01-12T09:30:00+11:00', tz: 'Australia/Sydney' } as const;
const JNB = { sentAt: '2028-01-12T09:30:00+02:00', tz: 'Africa/Johannesburg' } as const;

const check = (rows: readonly RuleRow[]): void => checkRows(rows, []);

describe('extract: round 180 rules (issue 13, English)', () => {
  describe("'your final round' names the reader's own slot, whatever meeting of others the sentence names", () => {
    check([
      [
        NY,
        'Our CFO has a board meeting that got moved onto Thursday, so your final round needs to shift to Friday, January 14 at 11:00 a.m.',
        ['interview 2028-01-14 11:00'],
      ],
      [
        LDN,
        'The partners have a team meeting at 10, so your second panel will now start on Monday 17 January at 2pm.',
        ['interview 2028-01-17 14:00'],
      ],
      // Others' meeting alone stays no slot of the reader's.
      [NY, 'The directors have a board meeting on Thursday at 4pm to approve the budget.', []],
    ]);
  });

  describe('an absence with its return after a comma: the day back is the first day contact is welcome', () => {
    check([
      [
        SYD,
        "I'm on leave from 13/1, back Tues 18/1. Ping Mia if it's urgent.",
        ['no-contact-before 2028-01-18'],
      ],
      [LDN, 'Away at a conference this week, back Monday 17 January.', ['no-contact-before 2028-01-17']],
      [NY, 'Heads up: I am on PTO starting tomorrow, back on January 19.', ['no-contact-before 2028-01-19']],
      // A "back" that is no one's return names nothing.
      [LDN, 'Please post the signed copy back, ideally by Friday 14 January.', []],
    ]);
  });

  describe('no-calls said with "no capacity", or with its negation after a long subject', () => {
    check([
      [
        LDN,
        'Our recruitment office has no capacity to answer phone enquiries about vacancies.',
        ['no-calls'],
      ],
      [JNB, 'The store has no resources to take calls from job seekers.', ['no-calls']],
      [
        JNB,
        'Kindly note that calls to the branch regarding the progress of any application will not be entertained.',
        ['no-calls'],
      ],
      [
        NY,
        "Calls about openings at our warehouses won't be returned, so please use the candidate portal.",
        ['no-calls'],
      ],
      [JNB, 'No calls about vacancies can be taken at the front desk.', ['no-calls']],
      // Calls that will be returned forbid nothing.
      [NY, 'Calls from candidates will be returned within one business day.', []],
      [LDN, 'Enquiries about the role will be answered by our HR adviser, Jo Hale.', []],
    ]);
  });
});
