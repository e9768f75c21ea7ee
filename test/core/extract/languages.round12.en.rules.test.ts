// The rules behind the misses of round 170 (languages.round12.en.table.ts), each checked on lines of its own,
// written for these tests and not taken from the round: a rule, not the one example. Answers from
// TIMELINE-CONVENTIONS.md and issue 13's ruling on absences.
import { checkRows, type RuleRow } from './ruleRows';

// Wednesday 12 January 2028, 09:30 in New York, London, Sydney and Mumbai.
const NY = { sentAt: '2028-01-12T09:30:00-05:00', tz: 'America/New_York' } as const;
const LDN = { sentAt: '2028-01-12T09:30:00+00:00', tz: 'Europe/London' } as const;
const SYD = { sentAt: '2028-01-12T09:30:00+11:00', tz: 'Australia/Sydney' } as const;
const BOM = { sentAt: '2028-01-12T09:30:00+05:30', tz: 'Asia/Kolkata' } as const;

const check = (rows: readonly RuleRow[]): void => checkRows(rows, []);

describe('extract: round 170 rules (issue 13, English)', () => {
  describe("an absence's range with a spaced dash between its dates is one range, its end the last day away", () => {
    check([
      [
        LDN,
        'Thanks for your email. I am on holiday Thursday 13 January - Monday 17 January and will not be checking messages.',
        ['no-contact-before 2028-01-18'],
      ],
      [
        NY,
        'Heads-up: Dana is out of the office Jan 13 – Jan 19, travelling for a conference.',
        ['no-contact-before 2028-01-20'],
      ],
      [BOM, 'I am on leave 13th Jan - 20th Jan with no access to mails.', ['no-contact-before 2028-01-21']],
      // A spaced dash that joins no two dates still ends a clause: the promise after it is no absence's.
      [
        LDN,
        "I'm travelling until Friday 14 January - we'll get back to you with the panel's decision by Wednesday 19 January.",
        ['response-by 2028-01-19'],
      ],
      // A slot's clock range on one day stays the slot.
      [
        NY,
        'Your interview is confirmed for Tuesday, January 18, 2:00 PM - 3:00 PM ET.',
        ['interview 2028-01-18 14:00'],
      ],
    ]);
  });

  describe("a slot turned down with 'can't make our …' or 'unable to attend the …' is no slot; the new one is", () => {
    check([
      [
        NY,
        "Apologies, our VP can't make the 11am on Thursday after all. Could you do Friday, January 14 at 3:30 PM instead?",
        ['interview 2028-01-14 15:30'],
      ],
      [
        LDN,
        'Unfortunately the panel is unable to attend our 10:00 tomorrow. Would Monday 17 January at 14:00 suit you?',
        ['interview 2028-01-17 14:00'],
      ],
    ]);
  });

  describe('a run of spaces from flattened HTML ("&nbsp;") keeps a day and its clock together', () => {
    check([
      [
        SYD,
        'Your interview details:\n&bull;&nbsp;Date: Tue 18 Jan,&nbsp;2:15pm&nbsp;AEDT\n&bull;&nbsp;Location: 20 Bond St, Sydney',
        ['interview 2028-01-18 14:15'],
      ],
      [
        LDN,
        'We would like to invite you to interview on Friday 14 January,&nbsp;&nbsp;11:00 at our Leeds office.',
        ['interview 2028-01-14 11:00'],
      ],
    ]);
  });

  describe("a weekday's short form that starts a name is no day ('Sun Life', 'Wed Street'); with a date it is one", () => {
    check([
      [NY, 'Questions about your coverage? Visit the Sun Life member portal or call us.', []],
      [SYD, 'To see your payslip, visit the Sat Pay app on your phone.', []],
      [LDN, 'Our office has moved to 4 Mon Parade; please update your records.', []],
      [NY, 'Could you come in for an interview on Sun Jan 16 at 10am?', ['interview 2028-01-16 10:00']],
    ]);
  });

  describe("a reply promised with the subject shared with an absence before it: '… and will reply on my return'", () => {
    check([
      [
        NY,
        'I am away from my desk through Monday, January 17 and will reply to your note on my return.',
        ['response-by 2028-01-18'],
      ],
      [
        LDN,
        'Our recruiter is out of the office until 20 January and will reply when she is back.',
        ['response-by 2028-01-20'],
      ],
      // The reader asked to reply is no promise of ours.
      [LDN, 'Will you reply by Friday 14 January to confirm your place?', []],
    ]);
  });
});
