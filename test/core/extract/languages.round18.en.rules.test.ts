// The rules behind the misses of round 220 (languages.round18.en.table.ts), each checked on lines of its own, written
// for these tests and not taken from the round. Answers from TIMELINE-CONVENTIONS.md.
import { checkRows, type RuleRow } from './ruleRows';

// Thursday 13 July 2028, 09:30 in Chicago and London.
const CHI = { sentAt: '2028-07-13T09:30:00-05:00', tz: 'America/Chicago' } as const;
const LDN = { sentAt: '2028-07-13T09:30:00+01:00', tz: 'Europe/London' } as const;

const check = (rows: readonly RuleRow[]): void => checkRows(rows, []);

describe('extract: round 220 rules (issue 13, English)', () => {
  describe('a hold-off "until after that date" is the day after the day named before it', () => {
    check([
      [
        LDN,
        'Applications close on Friday 21 July, so please do not chase us until after that date.',
        ['no-contact-before 2028-07-22'],
      ],
      [
        CHI,
        'The panel meets on July 18; please hold any questions until after then.',
        ['no-contact-before 2028-07-19'],
      ],
      // "until then" is that day itself.
      [
        CHI,
        'The panel meets on July 18; please hold any questions until then.',
        ['no-contact-before 2028-07-18'],
      ],
    ]);
  });

  describe("a period right after others' interviews is theirs, no promise", () => {
    check([
      [LDN, "We're seeing a couple more candidates next week, so do bear with us.", []],
      // A promise of its own beside them stays one.
      [
        CHI,
        "We're interviewing a few other candidates this week and will let you know by Tuesday.",
        ['response-by 2028-07-18'],
      ],
    ]);
  });

  describe("a pay period's end is no slot nor promise", () => {
    check([
      [CHI, 'Your pay stub for the pay period ending July 14 is ready to view.', []],
      [LDN, 'Payslips for the period ended 30 June are now on the portal.', []],
      // A week named for a promise stays one.
      [LDN, 'We will be in touch during the week of 24 July.', ['response-by 2028-07-28']],
    ]);
  });
});
