// The rules behind the misses of round 120 and after (languages.round9.en.table.ts), each checked on lines of its
// own, written for these tests and not taken from the rounds: a rule, not the one example. Answers from
// TIMELINE-CONVENTIONS.md.
import { checkRows, type RuleRow } from './ruleRows';

// Tuesday 9 March 2027, 09:00 in New York, London, Mumbai, Johannesburg and Nairobi.
const NY = { sentAt: '2027-03-09T09:00:00-05:00', tz: 'America/New_York' } as const;
const LDN = { sentAt: '2027-03-09T09:00:00+00:00', tz: 'Europe/London' } as const;
const BOM = { sentAt: '2027-03-09T09:00:00+05:30', tz: 'Asia/Kolkata' } as const;
const JNB = { sentAt: '2027-03-09T09:00:00+02:00', tz: 'Africa/Johannesburg' } as const;
const NBO = { sentAt: '2027-03-09T09:00:00+03:00', tz: 'Africa/Nairobi' } as const;

const check = (rows: readonly RuleRow[]): void => checkRows(rows, []);

describe('extract: round 120 rules (issue 13, English)', () => {
  describe("the reader asked to answer, in any register ('kindly revert', 'please write back'), sets the reader's deadline", () => {
    check([
      [BOM, 'Please revert by Thursday with your current CTC and notice period.', []],
      [BOM, 'Kindly revert with your preferred slot by 11 March.', []],
      [LDN, 'Please write back by Friday if you would like to keep your place on the list.', []],
      // The writer's own answer stays a promise.
      [BOM, "We will revert by Thursday with the panel's decision.", ['response-by 2027-03-11']],
    ]);
  });

  describe("a condition said by inversion ('should you not hear') keeps the window a promise, whatever it asks after", () => {
    check([
      [
        JNB,
        'Should you not be contacted within three weeks of the closing date of 26 March, please accept that your application was unsuccessful.',
        ['response-by 2027-04-16'],
      ],
      [
        LDN,
        'In the event that you do not hear from us within 14 days, kindly assume that you have not been shortlisted on this occasion.',
        ['response-by 2027-03-23'],
      ],
    ]);
  });

  describe('a refusal to handle calls or phone enquiries is no-calls, whatever the verb of handling', () => {
    check([
      [
        LDN,
        'Owing to the volume of applications, the unit is not in a position to deal with telephone enquiries about individual applications.',
        ['no-calls'],
      ],
      [NY, 'Our recruiters are unable to entertain phone calls regarding shortlisting.', ['no-calls']],
      // A bounded refusal is no unbounded no-calls.
      [LDN, 'We are not able to deal with enquiries about the new office until the move on 1 April.', []],
    ]);
  });

  describe('the working week as a span, and interviews as a habit, are a schedule and name no day', () => {
    check([
      [NY, 'Interviews are held Monday to Friday between 9am and 4pm at the depot.', []],
      [LDN, 'Interviews are usually conducted at our Leeds office on Thursday mornings.', []],
      [
        NY,
        'Our recruitment line is open Mon–Fri, 8:30am–5pm; we will reply to every application by Friday.',
        ['response-by 2027-03-12'],
      ],
      // A signature's office hours, and the closure written straight before its days, name no slot.
      [
        JNB,
        'Kind regards,\nLindokuhle\nRecruitment | Karoo Freight\nReachable Mon-Fri 07:30-16:00 (closed 2 Apr - 5 Apr)',
        [],
      ],
      // The reader's own interview stays a slot.
      [NY, 'Your interview is on Monday at 11am.', ['interview 2027-03-15 11:00']],
    ]);
  });

  describe('a hold-off and a promise on the same day, said in two clauses of one sentence, are both read', () => {
    check([
      [
        LDN,
        "Please don't chase before Thursday 18 March; we'll be in touch with every candidate then.",
        ['no-contact-before 2027-03-18', 'response-by 2027-03-18'],
      ],
      [
        LDN,
        "We'll have a decision by 19 March – please don't follow up before then.",
        ['no-contact-before 2027-03-19', 'response-by 2027-03-19'],
      ],
      // A day in a later part of its own is no hold-off's day.
      [
        LDN,
        'No need to check in before the 22nd; the panel meets on the 24th.',
        ['no-contact-before 2027-03-22'],
      ],
    ]);
  });

  describe("an ATS's notice of the offer itself is an offer; an offer of a slot is not", () => {
    check([
      [
        NY,
        'Good news! You have received an offer from Lakeview Dental. Log in to review the details.',
        ['outcome offer'],
      ],
      [NY, 'Please review and sign your job offer in the portal by Friday.', ['outcome offer']],
      [
        NY,
        'You have an offer for an interview slot on Friday at 2pm - pick it in the portal.',
        ['interview 2027-03-12 14:00'],
      ],
    ]);
  });

  describe('the role given to a third person, or what another candidate brings found a closer match, rejects', () => {
    check([
      [LDN, 'The committee has offered him the position, so the search is now closed.', ['outcome rejected']],
      [
        LDN,
        "It was close, but another applicant's grasp of the local market was a better fit for the team.",
        ['outcome rejected'],
      ],
    ]);
  });

  describe("the next step's brief, task or exercise sent to the reader is a delivery promise", () => {
    check([
      [NY, "I'll send you the take-home exercise on Thursday.", ['response-by 2027-03-11']],
      [
        LDN,
        'We will email you the case study by Friday so you have the weekend to prepare.',
        ['response-by 2027-03-12'],
      ],
    ]);
  });

  describe("another person's interview, 'pencilled' or 'slotted in with' the team, is no slot of the reader's", () => {
    check([
      [JNB, "He's slotted in with Priya and Tom for Monday at 9am; I'll tell you how it goes.", []],
      [NY, "She's pencilled in for Thursday at 2pm with the hiring manager.", []],
    ]);
  });

  describe("a call the writer offers 'if that's useful' is the reader's option, no promise", () => {
    check([
      [LDN, "Glad to talk you through the panel's notes on Thursday if it would be helpful.", []],
      [NY, "Happy to jump on a quick call next week to go over the feedback if that's useful.", []],
    ]);
  });

  describe('an earlier message quoted under a header is read only for what the reply above it leaves unsaid', () => {
    check([
      [
        NY,
        'Thanks Sam – we will have feedback for you by Friday.\n\n-----Original Message-----\nFrom: Sam Lee\nSent: Monday, March 8, 2027 4:10 PM\nTo: Recruiting\nSubject: RE: Interview Thursday 3/11 at 2pm\n\nLooking forward to Thursday at 2pm!',
        ['response-by 2027-03-12'],
      ],
      // A bare forward: the quote is all there is.
      [
        LDN,
        'FYI – see below.\n\nFrom: Talent Team <talent@example.com>\nSent: Monday, 8 March 2027 10:02\nTo: Ama Mensah\nSubject: Interview confirmation\n\nYour interview is confirmed for Thursday 11 March at 10:30.',
        ['interview 2027-03-11 10:30'],
      ],
      // The reply names the day, the quote its clock.
      [
        LDN,
        'Great, see you Thursday!\n\nOn Mon, 8 Mar 2027 at 16:40, Ravi Shah <ravi@example.com> wrote:\nHi Ama, your interview is confirmed for Thursday 11 March at 10:30 in our Leeds office.',
        ['interview 2027-03-11 10:30'],
      ],
    ]);
  });

  describe("a numeric date's dash before its clock joins them, and listed openings are a choice", () => {
    check([
      [LDN, 'Second-round slots:\n• Thu 11/3 – 2pm\n• Fri 12/3 – 9:30am\nReply with the one you prefer.', []],
      [
        LDN,
        'Your assessment centre:\n• Wed 17/03/2027 – 09:15\nPlease arrive ten minutes early.',
        ['interview 2027-03-17 09:15'],
      ],
      [
        LDN,
        'Here are the following windows for a call with the team: Thursday 11 March at 10am, Friday 12 March at 3pm.',
        [],
      ],
      // One slot proposed stays a slot, whatever follows it.
      [
        NY,
        'We can do Thursday 3/11 at 2pm. If none of those work, suggest another time.',
        ['interview 2027-03-11 14:00'],
      ],
    ]);
  });

  describe("the process's papers sent by a team are a promise; a guest event's recording is none", () => {
    check([
      [
        NY,
        'Our People Ops team will send the employment agreement over by Thursday.',
        ['response-by 2027-03-11'],
      ],
      [LDN, 'The HR team will share your offer letter with you tomorrow.', ['response-by 2027-03-10']],
      [NY, "Thanks for registering! We'll email everyone the recording of the panel within 48 hours.", []],
      [LDN, "Can't join live? The replay will be sent to you by Friday.", []],
    ]);
  });

  describe('a slot moved to another clock of its own day keeps the day and takes the new clock', () => {
    check([
      [
        LDN,
        'Could we move your interview on Thursday 11 March at 10am to 11:30?',
        ['interview 2027-03-11 11:30'],
      ],
      [
        NY,
        "Any chance we could push your 3pm tomorrow back to 4:30pm? The hiring manager's flight lands late.",
        ['interview 2027-03-10 16:30'],
      ],
      // Moved to another day: that day stands; cancelled: none.
      [
        LDN,
        'We need to move your interview from Thursday 11 March at 10am to Friday 12 March.',
        ['interview 2027-03-12'],
      ],
      [NY, 'We need to cancel your 2pm tomorrow, sorry – I will send new times.', []],
    ]);
  });

  describe("the deciders' own step on a day is no slot of the reader's", () => {
    check([
      [
        NBO,
        "The board will ratify the panel's recommendations on Thursday, and we will communicate the final decision to you by Friday.",
        ['response-by 2027-03-12'],
      ],
      [LDN, 'The committee reviews all shortlisted files on Wednesday 17 March.', []],
      [NY, 'Your panel interview is on Thursday at 2pm.', ['interview 2027-03-11 14:00']],
    ]);
  });

  describe('the selection step said to take place, or to be completed by the writer, is a promise', () => {
    check([
      [
        JNB,
        'The post closes on 19 March. Shortlisting will take place within ten working days of the closing date.',
        ['response-by 2027-04-02'],
      ],
      [LDN, 'We expect to complete shortlisting by 26 March.', ['response-by 2027-03-26']],
      [NY, 'Selection will be carried out by the end of the month.', ['response-by 2027-03-31']],
      // Interviews taking place are a schedule, no promise.
      [LDN, 'Interviews will take place within two weeks of the closing date.', []],
    ]);
  });

  describe('the offer handed over is an offer; the offer extended to another candidate rejects', () => {
    check([
      [NY, 'Here is your formal offer – please read it carefully.', ['outcome offer']],
      [
        NY,
        "Here's the written offer we talked about – give me a shout with any questions.",
        ['outcome offer'],
      ],
      [
        NY,
        "After a lot of deliberation we've decided to extend an offer to a candidate with more SAP experience.",
        ['outcome rejected'],
      ],
      [
        NY,
        "Here's the offer of an interview slot we discussed: Thursday at 2pm.",
        ['interview 2027-03-11 14:00'],
      ],
    ]);
  });

  describe("one's own agenda, a walk-in drive, a careers fair and a members' meeting are no slot", () => {
    check([
      [NY, 'My schedule for Thursday, March 11\n\n9:00 AM – Gym\n1:00 PM – Team lunch', []],
      [BOM, 'Walk-in drive for Sales Associates on 15th March, 10 AM – 2 PM at our Andheri office.', []],
      [LDN, 'Graduate Recruitment Fair\nWednesday 17 March, 11am – 3pm, Student Union Hall', []],
      [NBO, 'Notice of Annual General Meeting: Saturday 20 March 2027 at 10:00 am, Community Hall.', []],
      // The reader's own interview stays one, whatever the word for its timing.
      [NY, "Let's schedule your interview for Thursday at 3pm.", ['interview 2027-03-11 15:00']],
      [LDN, 'Your interview schedule: Thursday 11 March, 9:30am with Priya.', ['interview 2027-03-11 09:30']],
    ]);
  });

  describe("'IST' to a reader in Ireland is Irish time", () => {
    const DUB = { sentAt: '2027-03-09T09:00:00+00:00', tz: 'Europe/Dublin' } as const;
    check([
      [DUB, 'Your interview is on Thursday 11 March at 14:30 IST.', ['interview 2027-03-11 14:30']],
      // To a reader elsewhere it stays India's.
      [LDN, 'Your interview is on Thursday 11 March at 14:30 IST.', ['interview 2027-03-11 09:00']],
    ]);
  });

  describe('the reader congratulated on the offer or appointment is offered; a talk is a guest event', () => {
    check([
      [
        NY,
        'Congratulations on your appointment as Clinical Lead! HR will send the contract by Friday.',
        ['outcome offer', 'response-by 2027-03-12'],
      ],
      [
        NY,
        'Congratulations on your interview invitation for Thursday at 2pm!',
        ['interview 2027-03-11 14:00'],
      ],
      [LDN, 'Lunchtime talk: Building a portfolio – Thursday 11 March, 12:30pm, Room 2.', []],
    ]);
  });

  describe("a hold-off day that a later clause promises by ('by which time', 'that day') is the promise too", () => {
    check([
      [
        LDN,
        "Please don't contact the team before Friday 19 March, by which time every applicant will have been informed.",
        ['no-contact-before 2027-03-19', 'response-by 2027-03-19'],
      ],
      [
        LDN,
        "Please don't chase before Monday 22 March – I'll ring you that day with the outcome.",
        ['no-contact-before 2027-03-22', 'response-by 2027-03-22'],
      ],
      // A wait "until then" promises nothing.
      [
        LDN,
        'Please hold off on chasing until Monday 22 March – the panel is interviewing until then.',
        ['no-contact-before 2027-03-22'],
      ],
    ]);
  });

  describe('more wordings of the same classes: a hedged promise, a pack sent, no phone, an appointment, a panel member', () => {
    check([
      [NY, 'We hope to have something definite for you by Friday.', ['response-by 2027-03-12']],
      [LDN, "I'll forward the interview pack by Thursday.", ['response-by 2027-03-11']],
      [LDN, 'Our HR advisers are not contactable by phone.', ['no-calls']],
      [LDN, 'The board would like to appoint you as Finance Director.', ['outcome offer']],
      [LDN, 'Thank you for agreeing to sit on the selection panel on Thursday 11 March at 10:00.', []],
    ]);
  });

  describe("a booked service, and an acknowledgement's planned dates for all applicants, are no slot", () => {
    check([
      [
        LDN,
        'Your booking is confirmed.\nDate: Thursday 11 March 2027\nTime: 10:40\nService: Driving licence renewal',
        [],
      ],
      [
        LDN,
        'Your application for Staff Nurse has been received.\n\nClosing date: 21/03/2027\nShortlisting date: 24/03/2027\nInterview date: 31/03/2027',
        [],
      ],
      // The reader invited, or an interview booked, stays a slot.
      [
        LDN,
        'You have been shortlisted for interview.\n\nClosing date: 01/03/2027\nInterview date: 16/03/2027\nTime: 10:00',
        ['interview 2027-03-16 10:00'],
      ],
      [
        LDN,
        'Your interview booking is confirmed for Thursday 11 March at 10:40.',
        ['interview 2027-03-11 10:40'],
      ],
      // A booking that names the interview is the interview's, whatever service label it carries.
      [
        LDN,
        'Thank you for booking your interview.\n\nYour appointment: 11 March 2027, 14:00 – 15:00 (GMT)\nLocation: Online\nService: Video call',
        ['interview 2027-03-11 14:00'],
      ],
    ]);
  });

  describe("a hedged let-down ('your background falls slightly outside …') rejects", () => {
    check([
      [
        LDN,
        'Sadly the panel felt your background falls slightly outside the requirements of the post.',
        ['outcome rejected'],
      ],
      [
        LDN,
        "Your experience is outside what we usually see, which is exactly why we'd like you to come in on Thursday at 10am.",
        ['interview 2027-03-11 10:00'],
      ],
    ]);
  });

  describe("windows counted from the deciders' sitting or the interviews' end, dated in the message", () => {
    check([
      [
        JNB,
        'Our selection committee sits on Friday 12 March; we normally write to candidates within two working days of the committee.',
        ['response-by 2027-03-16'],
      ],
      [
        BOM,
        'We will announce the final result within 7 days after the interviews conclude on 15th March.',
        ['response-by 2027-03-22'],
      ],
    ]);
  });

  describe("more wordings: everything confirmed, a request opening on 'not', phone applications, the candidate's papers", () => {
    check([
      [
        NY,
        "Once the last checks are back we'll be able to confirm everything, hopefully by Friday.",
        ['response-by 2027-03-12'],
      ],
      [NY, 'Please confirm everything by Friday.', []],
      [
        NY,
        "I'm going to ask you to hang on and not chase until after the 19th.",
        ['no-contact-before 2027-03-20'],
      ],
      [LDN, 'Please note we do not accept phone calls or enquiries about vacancies.', ['no-calls']],
      [LDN, "I'm happy to provide references by Friday if helpful.", []],
    ]);
  });
});
