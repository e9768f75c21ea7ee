// The rules behind the misses of round 230 (languages.round19.en.table.ts), each checked on lines of its own, written
// for these tests and not taken from the round. Answers from TIMELINE-CONVENTIONS.md.
import { checkRows, type RuleRow } from './ruleRows';

// Tuesday 12 September 2028, 09:30 in Chicago, London, Nairobi and New York.
const CHI = { sentAt: '2028-09-12T09:30:00-05:00', tz: 'America/Chicago' } as const;
const LDN = { sentAt: '2028-09-12T09:30:00+01:00', tz: 'Europe/London' } as const;
const NBO = { sentAt: '2028-09-12T09:30:00+03:00', tz: 'Africa/Nairobi' } as const;
const NY = { sentAt: '2028-09-12T09:30:00-04:00', tz: 'America/New_York' } as const;

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

  // Round 230b's rules.
  describe("a day's clock moved to another day is the slot, and the day it moves to keeps its clock", () => {
    check([
      [
        CHI,
        "Something came up for Dana, so can we push Thursday's 2pm to Friday, same time?",
        ['interview 2028-09-15 14:00'],
      ],
      [
        LDN,
        "Apologies, we need to move today's 4:30pm to Wednesday at the same time.",
        ['interview 2028-09-13 16:30'],
      ],
      // A deadline's hour names no meeting (a range of days, "from 9 to 18 December", stays one: round 32's row).
      [LDN, "Please submit the form before today's 5 pm deadline.", []],
    ]);
  });

  describe('a number word with its digits in brackets counts: "fourteen (14) days"', () => {
    check([
      [NBO, 'The outcome will be communicated within fourteen (14) days.', ['response-by 2028-09-26']],
      [CHI, 'You will hear from us within sixty (60) days.', ['response-by 2028-11-11']],
      // A contract's length is no promise.
      [LDN, 'Your contract runs for fourteen (14) months.', []],
    ]);
  });

  describe("a job board's badge for the employer is no promise", () => {
    check([
      [
        CHI,
        'Your application to Line Cook at Maple Diner was sent. Responsive employer: typically responds to applications within 2 days.',
        [],
      ],
      [LDN, 'Application sent! This employer usually responds within 5 days.', []],
      // The employer's own word of its habit stays a promise.
      [
        CHI,
        'Our recruiting team reviews every application and typically responds within 7 business days.',
        ['response-by 2028-09-21'],
      ],
    ]);
  });

  describe('a service level for every CV, and a call to send one, are no promise', () => {
    check([
      [LDN, 'Our consultants reply to every CV within one working day, so send yours today.', []],
      [CHI, 'We answer every email within 48 hours.', []],
      [CHI, 'Please upload your resume by Friday.', []],
      [LDN, 'Thanks for sending your CV; we will get back to you by Friday.', ['response-by 2028-09-15']],
    ]);
  });

  describe("a school's mail without a word of a job is a student's, no employer's", () => {
    check([
      [
        LDN,
        'Semester 2 timetable: final examinations run Monday 18 September to Friday 29 September. Results will be released by 20 October. Student Services',
        [],
      ],
      [CHI, "Registrar's Office: your transcript request will be processed within 5 business days.", []],
      // A careers centre's mail about the reader's interview is a job's.
      [
        CHI,
        'Semester break is nearly here! The Careers Centre is hosting interview practice; your interview with Acme is still on Friday at 10am.',
        ['interview 2028-09-15 10:00'],
      ],
    ]);
  });

  describe("one other candidate's interview, or the panel for one, is theirs", () => {
    check([
      [CHI, "Heads up: Omar is interviewing a candidate on Thursday at 11, so he'll be slow to reply.", []],
      [
        LDN,
        'Could you sit on the selection panel for the Finance Officer candidate on Friday 15 September at 2pm?',
        [],
      ],
      [
        CHI,
        "Our panel interview with you is on Thursday at 11am; you'll join the panel interview room at reception.",
        ['interview 2028-09-14 11:00'],
      ],
    ]);
  });

  describe("a how-to talk's title and a webinar's \"You're in!\" name no slot of the reader's", () => {
    check([
      [
        NY,
        'You\'re in! "How to answer salary questions in your interview" starts Thursday, September 14 at 1:00 PM ET.',
        [],
      ],
      [
        NY,
        'Webinar: How to talk about gaps in your resume at your next interview, Wednesday September 13 at noon.',
        [],
      ],
      [
        NY,
        "You're in! Your interview with Harbor Labs is confirmed for Thursday, September 14 at 1:00 PM ET.",
        ['interview 2028-09-14 13:00'],
      ],
    ]);
  });
});
