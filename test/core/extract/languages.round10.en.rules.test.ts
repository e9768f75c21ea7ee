// The rules behind the misses of round 150 (languages.round10.en.table.ts), each checked on lines of its own,
// written for these tests and not taken from the round: a rule, not the one example. Answers from
// TIMELINE-CONVENTIONS.md.
import { checkRows, type RuleRow } from './ruleRows';

// Tuesday 9 March 2027, 09:00 in New York, London and Johannesburg.
const NY = { sentAt: '2027-03-09T09:00:00-05:00', tz: 'America/New_York' } as const;
const LDN = { sentAt: '2027-03-09T09:00:00+00:00', tz: 'Europe/London' } as const;
const JNB = { sentAt: '2027-03-09T09:00:00+02:00', tz: 'Africa/Johannesburg' } as const;

const check = (rows: readonly RuleRow[]): void => checkRows(rows, []);

describe('extract: round 150 rules (issue 13, English)', () => {
  describe("invitations that 'will go out' within a window are a promise, counted from the day named", () => {
    check([
      [
        JNB,
        'Applications close on Friday 19 March. Interview invitations will go out within ten working days of the closing date.',
        ['response-by 2027-04-02'],
      ],
      [LDN, 'Invites to the assessment day will be sent out by Friday.', ['response-by 2027-03-12']],
    ]);
  });

  describe("'you'll have it in your inbox' is a delivery promise", () => {
    check([
      [
        NY,
        "I'll put the summary together and you'll have it in your inbox by Monday.",
        ['response-by 2027-03-15'],
      ],
      [
        LDN,
        "Once I've typed up the panel's notes you'll have them in your inbox by Thursday.",
        ['response-by 2027-03-11'],
      ],
    ]);
  });

  describe("'a couple of other candidates' are others' interviews, neither slot nor promise", () => {
    check([
      [NY, "We're interviewing a couple of other candidates this Thursday, then we'll regroup.", []],
      [LDN, 'We are meeting two other applicants on Friday.', []],
      // The reader's own slot stays one.
      [NY, "We'd like to interview you this Thursday at 2pm.", ['interview 2027-03-11 14:00']],
    ]);
  });

  describe('interviews for a group between two days are a period, no slot', () => {
    check([
      [LDN, 'Successful applicants will be invited to interview between 5 and 16 April.', []],
      [JNB, 'Shortlisted candidates will be called for interviews during the week of 19 April.', []],
      [
        LDN,
        "We'd like to invite you to an interview on Friday 12 March at 10:00.",
        ['interview 2027-03-12 10:00'],
      ],
    ]);
  });

  describe('a no-calls request whose negation is cut from its verb by an aside', () => {
    check([
      [NY, 'Please do not, whatever the delay, phone the clinic about your application.', ['no-calls']],
      [LDN, 'We ask that you not, at any stage, contact the hiring manager directly.', ['no-calls']],
    ]);
  });

  describe('a thing kept available until a day is a fact, no promise', () => {
    check([
      [LDN, 'Written feedback is available on request until 31 May 2027.', []],
      [NY, 'The webinar recording stays available until Friday.', []],
      [NY, "You'll have our feedback by Friday.", ['response-by 2027-03-12']],
    ]);
  });

  describe("the writer's wish to hear back is no promise", () => {
    check([
      [LDN, 'I would appreciate hearing back by Friday, as I have another offer.', []],
      [NY, "I'd be grateful to know by the end of the month where things stand.", []],
    ]);
  });

  describe("a survey's figure about people in general is a fact", () => {
    check([[NY, 'Our survey found that 64% of job seekers expect to hear back within two weeks.', []]]);
  });

  describe('a reply that takes a slot without naming it takes the one slot it quotes', () => {
    check([
      [
        LDN,
        'That works for me, thanks!\n\n> Would Monday 15 March at 3pm suit you for the second interview?',
        ['interview 2027-03-15 15:00'],
      ],
      [
        NY,
        'Great, see you then.\n\nOn Mon, Mar 8, 2027 at 4:10 PM Dana Ruiz wrote:\n> Could you do Thursday, March 11 at 11:00 AM instead?',
        ['interview 2027-03-11 11:00'],
      ],
      // Several slots quoted: none is taken.
      [
        LDN,
        'That works for me, thanks!\n\n> Would Monday 15 March at 3pm or Tuesday 16 March at 11am suit you?',
        [],
      ],
    ]);
  });
});
