// The rules behind the misses of round 230 (languages.round19.en.table.ts), each checked on lines of its own, written
// for these tests and not taken from the round. Answers from TIMELINE-CONVENTIONS.md.
import { checkRows, type RuleRow } from './ruleRows';

// Tuesday 12 September 2028, 09:30 in Chicago and London.
const CHI = { sentAt: '2028-09-12T09:30:00-05:00', tz: 'America/Chicago' } as const;
const LDN = { sentAt: '2028-09-12T09:30:00+01:00', tz: 'Europe/London' } as const;

const check = (rows: readonly RuleRow[]): void => checkRows(rows, []);

describe('extract: round 230 rules (issue 13, English)', () => {
  describe("the reader's own way to change a booking moves and cancels nothing", () => {
    check([
      [
        CHI,
        'Your interview: Friday 15 September at 2pm\nReply Y to confirm or N to cancel',
        ['interview 2028-09-15 14:00'],
      ],
      [
        LDN,
        'Your assessment centre slot is Thursday 14 September at 9:30am – tap here to reschedule or cancel',
        ['interview 2028-09-14 09:30'],
      ],
      // A slot the writer cancels stays cancelled, whatever way back is offered.
      [
        LDN,
        'We have to cancel your interview on Thursday 14 September at 11:30; reply to this email to reschedule.',
        [],
      ],
    ]);
  });

  describe('a process paper someone named will send the reader is a delivery promise', () => {
    check([
      [
        LDN,
        'Thanks for your time today. Priya will send you the case study brief by Thursday.',
        ['response-by 2028-09-14'],
      ],
      [
        LDN,
        'Next up is a written exercise; Tom will email you the task tomorrow morning.',
        ['response-by 2028-09-13'],
      ],
      // Not a recording, and not the reader's own papers.
      [LDN, 'Priya will send you the webinar recording by Friday.', []],
      [CHI, 'Please send us the brief by Friday.', []],
    ]);
  });

  describe("a list's advice about 'your interview' is no application of the reader's", () => {
    check([
      [
        CHI,
        'Career Tips Weekly\n• What to say after your interview on Friday\n• The salary chat, decoded\n\nUnsubscribe',
        [],
      ],
      [
        LDN,
        'Graduate Digest: what to ask at the end of your interview on Thursday, and why a thank-you note within 24 hours matters.\n\nManage your preferences',
        [],
      ],
      // An ATS reminder with a footer still speaks of the reader's own slot.
      [
        CHI,
        'Reminder from Brightline Careers: please arrive 10 minutes before your interview on Thursday at 2pm.\n\nUnsubscribe',
        ['interview 2028-09-14 14:00'],
      ],
    ]);
  });

  describe('an average or a share of many is a statistic, no promise', () => {
    check([
      [CHI, 'On average, candidates hear back from our clients within 10 days.', []],
      [LDN, 'Nine out of ten applicants hear back from us within 5 business days.', []],
      // A promise beside a statistic, and one without, stay promises.
      [
        LDN,
        'The average turnaround is five working days, so expect to hear from us by Friday.',
        ['response-by 2028-09-15'],
      ],
      [CHI, 'We will get back to all candidates within 2 weeks.', ['response-by 2028-09-26']],
    ]);
  });

  describe("an interview rota for the panel is others' interviews", () => {
    check([
      [LDN, 'Panel rota for interviews, Thursday 14 September\n09:30 Tom Reed\n11:00 Sara Lim', []],
      [
        CHI,
        'Interviews next week: Mon 1:00 PM Dana Wu, Tue 3:00 PM Eli Park. Please review the resumes beforehand.',
        [],
      ],
      // The reader's own calendar, blocked for the reader's own slot.
      [
        CHI,
        'Please block your calendar for your interview on Friday at 11am.',
        ['interview 2028-09-15 11:00'],
      ],
    ]);
  });

  describe('a conference the reader registered for is an event for many guests', () => {
    check([
      [
        CHI,
        'Thanks, your registration for the Midwest Talent Summit is confirmed. Doors open Thursday, September 14 at 8:30 AM, with a session on interviewing.',
        [],
      ],
      [
        LDN,
        "See you at the Product Leaders Conference! Day 2: Friday 15 September, 10:00 – 'Interviewing users at scale'.",
        [],
      ],
      // The reader's own slot named after the conference is the reader's.
      [
        LDN,
        "Thanks for chatting with us at the Grace Hopper conference! We'd love to invite you to an interview on Friday at 10am.",
        ['interview 2028-09-15 10:00'],
      ],
    ]);
  });

  describe('a weekday with an indefinite article names no day', () => {
    check([
      [LDN, "Candidates say: 'I had my final interview on a Friday, with the whole panel.'", []],
      [CHI, 'Our recruiter can do the screening call on any Thursday that suits you.', []],
      [CHI, 'Your phone screen is on Thursday at 3pm.', ['interview 2028-09-14 15:00']],
    ]);
  });
});
