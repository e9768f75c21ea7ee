// The rules behind the misses of round 70 and after (languages.round6.en.table.ts), each checked on lines of its
// own, written for these tests and not taken from the rounds: a rule, not the one example. Answers from
// TIMELINE-CONVENTIONS.md.
import { checkRows, type RuleRow } from './ruleRows';

// Thursday 10 December 2026, 09:00 in New York; in London.
const NY = { sentAt: '2026-12-10T09:00:00-05:00', tz: 'America/New_York' } as const;
const LDN = { sentAt: '2026-12-10T09:00:00+00:00', tz: 'Europe/London' } as const;
// The same day in Johannesburg, Brisbane and Sydney.
const JNB = { sentAt: '2026-12-10T09:00:00+02:00', tz: 'Africa/Johannesburg' } as const;
const BNE = { sentAt: '2026-12-10T09:00:00+10:00', tz: 'Australia/Brisbane' } as const;
const SYD = { sentAt: '2026-12-10T09:00:00+11:00', tz: 'Australia/Sydney' } as const;

const check = (rows: readonly RuleRow[]): void => checkRows(rows, []);

describe('extract: round 70 rules (issue 13, English)', () => {
  describe('a reschedule form: the bare "Original:" label names the old slot', () => {
    check([
      [
        LDN,
        'Your panel interview has been moved.\n\nOriginal: 15/12/2026 09:00\nNew: 17/12/2026 11:30\nVenue: 2 Kings Road',
        ['interview 2026-12-17 11:30'],
      ],
      [
        NY,
        'Heads up, your phone screen changed.\nWas: Monday 12/14 at 3 PM\nNow: Tuesday 12/15 at 4 PM',
        ['interview 2026-12-15 16:00'],
      ],
    ]);
  });

  describe('a record stamp: shipped, dispatched, paid on a day and time is no slot', () => {
    check([
      [LDN, 'Dispatched: 11/12/2026 15:20\nItem: Interview Skills Handbook (paperback)', []],
      [NY, 'Payment received. Paid on 12/11/2026 at 10:15 AM for Mock Interview Coaching (1 session).', []],
    ]);
  });

  describe("the clause naming the reader's own interview wins over another meeting in the sentence", () => {
    check([
      [
        LDN,
        "Our director has a team meeting clash on Monday, so we've moved your interview to Wednesday 16 December at 2pm.",
        ['interview 2026-12-16 14:00'],
      ],
      // The other meeting alone is still no slot.
      [NY, 'The hiring manager has a board meeting on Monday at 10am and will review CVs afterwards.', []],
    ]);
  });

  describe("the employer's own schedule of interviews for the role is no slot of the reader's", () => {
    check([
      [
        NY,
        "Our final interview for this position is on Tuesday, December 15, and we'll let everyone know within 2 business days of the final interview.",
        ['response-by 2026-12-17'],
      ],
      [
        LDN,
        'Your last interview is on Monday 14 December at 10:00; we will decide within three working days of the last interview.',
        ['interview 2026-12-14 10:00', 'response-by 2026-12-17'],
      ],
    ]);
  });

  describe("the writer's own free days are a choice, not a slot; asking for an answer is no promise", () => {
    check([
      [NY, "I'm free any day next week except Wednesday if the panel would like another conversation.", []],
      [LDN, 'I would appreciate a reply by Friday 18 December, as I have a second offer to consider.', []],
      [NY, "We'd be grateful if you could confirm your notice period by Monday.", []],
    ]);
  });

  describe("another candidate's entries: a named candidate or a candidates' table", () => {
    check([
      [NY, 'Reminder: Phone screen – candidate Amara Okoye\nFriday, December 11, 3:00 PM – 3:30 PM ET', []],
      [
        LDN,
        'Interview timetable\n\nCandidate | Date | Time\nJ. Smith | 15/12/2026 | 10:00\nR. Patel | 15/12/2026 | 11:00',
        [],
      ],
    ]);
  });

  describe('text flattened from HTML: no-break spaces, "&nbsp;" and bullets before a label', () => {
    check([
      [
        NY,
        'Interview&nbsp;details\nDate:&nbsp;Monday,&nbsp;December&nbsp;14\nTime:&nbsp;10:30&nbsp;AM&nbsp;ET',
        ['interview 2026-12-14 10:30'],
      ],
      [
        LDN,
        'Your\u00a0interview\u00a0is\u00a0booked.\n•\u00a0Date:\u00a0Tuesday\u00a015\u00a0December\n•\u00a0Time:\u00a014:00',
        ['interview 2026-12-15 14:00'],
      ],
      [
        LDN,
        'Your interview is booked.\n▪ Date: Wednesday 16 December\n▪ Time: 09:45',
        ['interview 2026-12-16 09:45'],
      ],
    ]);
  });

  describe('thanks for a meeting held: "so much" and "appearing" keep it past', () => {
    check([
      [NY, 'Thanks so much for the chat on Monday, it was great to hear about your projects.', []],
      [LDN, 'Thank you for appearing for the written test on Tuesday. Results follow in due course.', []],
      [NY, 'Thank you very much for the call on Wednesday.', []],
    ]);
  });

  describe('facts: an office that reopens', () => {
    check([
      [
        LDN,
        'Thanks again for your interview last week. Please note the office reopens at 8:30 on Monday 4 January after the break.',
        // Issue 13, class 6: a closure's end is the first day contact is welcome (nothing before the 2026-12-06 ruling).
        ['no-contact-before 2027-01-04'],
      ],
    ]);
  });

  describe('hold-offs: "no point chasing before", questions sent on "after that"', () => {
    check([
      [
        LDN,
        "There's no point in chasing us before 8 January, as the whole panel is on leave.",
        ['no-contact-before 2027-01-08'],
      ],
      [
        NY,
        "I'm out until Tuesday the 15th, so please save any questions until then.",
        ['no-contact-before 2026-12-15'],
      ],
    ]);
  });

  describe('a conditional window: "if you have not been contacted within …"', () => {
    check([
      [
        LDN,
        'Applications close on 18 December. If you have not been contacted within three weeks of the closing date, please assume you have not been shortlisted.',
        ['response-by 2027-01-08'],
      ],
    ]);
  });

  describe('registrations for a live session are a guest event', () => {
    check([
      [
        LDN,
        'Registration confirmed: Live Q&A with our graduate recruiters on interviews, Thursday 17 December at 17:00 GMT.',
        [],
      ],
    ]);
  });

  describe('offers and deliveries: a verbal offer confirmed, a letter that "should hit your inbox"', () => {
    check([
      [LDN, "Following our call, I'm confirming the verbal offer for the Analyst role.", ['outcome offer']],
      [LDN, 'Your contract should hit your inbox within 2 working days.', ['response-by 2026-12-14']],
    ]);
  });

  describe('no-calls: "neither … nor … are able to take calls"', () => {
    check([
      [
        NY,
        'Neither the recruiters nor the store managers are able to take phone calls about applications.',
        ['no-calls'],
      ],
      // A time-bounded request is a hold-off instead, never no-calls.
      [NY, 'Neither our team nor the hiring manager can take calls about the role until December 18.', []],
    ]);
  });

  describe('round 70b: a moved slot asked with its clock and zone, "preponed", a clock in hours', () => {
    check([
      [
        NY,
        'Sorry, Dana is out on Thursday, so we need to move your 2 PM screen. Could Monday the 14th at 10:30 AM Eastern time work instead?',
        ['interview 2026-12-14 10:30'],
      ],
      [
        LDN,
        'Your interview has been preponed from 18th Dec to 16th Dec, same time 11 AM.',
        ['interview 2026-12-16 11:00'],
      ],
      [LDN, 'Your interview is at 1400hrs on Monday 14 December.', ['interview 2026-12-14 14:00']],
      [LDN, 'Report at 0800 hours on 15/12/2026 for the interview.', ['interview 2026-12-15 08:00']],
    ]);
  });

  describe('round 70b: outcomes in other words', () => {
    check([
      [
        LDN,
        "Unfortunately your application hasn't progressed further on this occasion.",
        ['outcome rejected'],
      ],
      [LDN, "I'm pleased to confirm your conditional offer for the Staff Nurse post.", ['outcome offer']],
    ]);
  });

  describe('round 70b: no-calls said as no use or no channel', () => {
    check([
      [NY, "Calling the clinic won't speed up your application, so please keep to email.", ['no-calls']],
      [LDN, 'Email is the only way to reach us about vacancies.', ['no-calls']],
    ]);
  });

  describe('round 70b: hold-offs, in one sentence or pointing back at the day of return', () => {
    check([
      [LDN, 'Please hold fire on any emails until Monday 4 January.', ['no-contact-before 2027-01-04']],
      [
        LDN,
        'The HR office reopens on Tuesday 5 January. Enquiries about your application should be sent after we reopen.',
        ['no-contact-before 2027-01-05'],
      ],
      [
        NY,
        "I'm back in the office on Monday, December 21. Please hold any questions until I return.",
        ['no-contact-before 2026-12-21'],
      ],
      // A return with no request after it gives its day too (issue 13, class 6; nothing before the 2026-12-06 ruling).
      [
        NY,
        "I'm back in the office on Monday, December 21. Have a lovely weekend.",
        ['no-contact-before 2026-12-21'],
      ],
    ]);
  });

  describe("round 70b: notice ahead of an undated event, and another candidate's interview", () => {
    check([
      [NY, 'We will send your interview time at least three business days in advance.', []],
      [
        LDN,
        "The panel's last interview is with another applicant on Monday 14 December, and we will reply to you both by Friday 18 December.",
        ['response-by 2026-12-18'],
      ],
    ]);
  });

  describe("round 70b: events that are not the reader's interview", () => {
    check([
      [
        NY,
        'Register for our live panel with engineering leaders on Tuesday, December 15 at 1 PM ET; bring your interview questions.',
        [],
      ],
      [LDN, 'Booking confirmed: Pilates class, Saturday 12 December at 09:00.', []],
      [
        NY,
        'Your mock interview with a career coach is booked for Friday 11 December at 3 PM ET via Zoom.',
        [],
      ],
    ]);
  });

  describe('round 70c: outcomes and promises in other words', () => {
    check([
      [
        NY,
        "We've made the offer to another applicant, so we won't need you for the final round.",
        ['outcome rejected'],
      ],
      [LDN, 'Application update\nStatus: Closed - Not Selected', ['outcome rejected']],
      [
        LDN,
        'Timetable\nShortlisting results: by 18 December 2026\nInterviews: w/c 4 January 2027',
        ['response-by 2026-12-18'],
      ],
      [LDN, 'Selected candidates will be intimated within 5 working days.', ['response-by 2026-12-17']],
      [NY, "I'll email you the contract on Monday.", ['response-by 2026-12-14']],
      [
        LDN,
        'Our CEO is in London on Tuesday 15 December, and we will confirm the outcome within three working days after his visit.',
        ['response-by 2026-12-18'],
      ],
    ]);
  });

  describe('round 70c: no-calls, hold-offs after an absence', () => {
    check([
      [NY, 'Please message me on this thread rather than contacting the hiring team by phone.', ['no-calls']],
      [
        NY,
        "I'm on parental leave until Monday, January 4. Please hold any queries till I'm back.",
        ['no-contact-before 2027-01-04'],
      ],
      [
        LDN,
        "I'm away until Friday 18 December, so please resend anything important after that date.",
        ['no-contact-before 2026-12-18'],
      ],
    ]);
  });

  describe('round 70c: no slot in digests, travel, other appointments, declined or called-off events', () => {
    check([
      [LDN, 'Jobs that match your profile\n\nWarehouse Lead – Interview day Friday 18 December at 10:00', []],
      [LDN, 'Your flight departs Monday 14 December at 06:40; the onsite interview details will follow.', []],
      [LDN, 'Your mortgage appointment is confirmed for Tuesday 15 December at 11:00.', []],
      [NY, "Unfortunately Friday's 2pm interview can't go ahead as planned. I'll send new times soon.", []],
      [
        NY,
        'Declined: Phone screen – Data Analyst\nJordan Lee has declined this event.\nWhen: Monday, December 14, 2026 11:00 AM – 11:30 AM (EST)',
        [],
      ],
    ]);
  });

  describe('round 70c: a pair of days is its first day', () => {
    check([
      [
        LDN,
        'Your assessment centre interview is on 14 and 15 December, starting at 09:00 each day.',
        ['interview 2026-12-14 09:00'],
      ],
      [LDN, 'Interviews will be held on 14 and 15 December.', []],
    ]);
  });

  describe('round 70d: outcomes and promises', () => {
    check([
      [
        LDN,
        'We have filled the position internally, so your application is now closed.',
        ['outcome rejected'],
      ],
      [
        LDN,
        'Applications close on Friday 18 December, and offers will go out within five working days from then.',
        ['response-by 2026-12-25'],
      ],
      [
        LDN,
        'Thank you for attending on 8 December. You will hear from us within ten days from the date of your interview.',
        ['response-by 2026-12-18'],
      ],
      [
        LDN,
        'Following your interview, we are delighted to offer you the post of Store Manager. Please report to the Leeds store on Monday 4 January at 8:30am.',
        ['outcome offer'],
      ],
    ]);
  });

  describe('round 70d: no-calls and hold-offs', () => {
    check([
      [
        LDN,
        'I am travelling till 16th Dec. Kindly revert to me post that.',
        ['no-contact-before 2026-12-16'],
      ],
      [LDN, 'Canvassing or telephone calls to board members will result in disqualification.', ['no-calls']],
      [NY, 'Please wait for us to contact you instead of chasing.', ['no-calls']],
      [LDN, 'Reception cannot transfer calls to the recruitment team.', ['no-calls']],
      [
        LDN,
        "The selection panel sits on Tuesday 15 December; please don't contact us before the panel has met.",
        ['no-contact-before 2026-12-15'],
      ],
    ]);
  });

  describe("round 70d: no slot in demos, deliveries, others' interviews or a postponed slot", () => {
    check([
      [NY, 'Join our product demo on Tuesday, December 15 at 2 PM ET to see how teams run interviews.', []],
      [
        LDN,
        'Your parcel with the interview suit is arriving Friday 11 December between 10:00 and 12:00.',
        [],
      ],
      [NY, "FYI Ms. Gomez's final interview is on Friday at 2 PM, so the room is booked.", []],
      [LDN, 'The interview scheduled for 14 December has been postponed; new dates will follow.', []],
    ]);
  });

  describe('round 70d: clocks written "14h30", and AEST read by a zone that keeps it all year', () => {
    check([
      [JNB, 'Your interview is on Monday 14 December at 14h30 in Sandton.', ['interview 2026-12-14 14:30']],
      [BNE, 'Your interview is on Monday 14 December at 2:00pm AEST.', ['interview 2026-12-14 14:00']],
      [SYD, 'Your interview is on Monday 14 December at 2:00pm AEST.', ['interview 2026-12-14 14:00']],
    ]);
  });

  describe('round 70e: outcomes, promises and the writer waiting on the candidate', () => {
    check([
      [
        NY,
        "After careful thought, we feel you're not the right fit for this position.",
        ['outcome rejected'],
      ],
      [NY, "You'll have our decision by Tuesday.", ['response-by 2026-12-15']],
      [NY, "If we haven't heard from you by Monday, we'll release the slot.", []],
      [NY, "Following your interview, you're cleared to start on Monday, January 4 at 9 AM.", []],
    ]);
  });

  describe('round 70e: windows counted "thereafter" from the day named before', () => {
    check([
      [
        LDN,
        'The board meets on Tuesday 15 December and offers will go out within two working days thereafter.',
        ['response-by 2026-12-17'],
      ],
      [
        NY,
        "The final interview for this role is on Monday, December 14, and we'll decide within two business days thereafter.",
        ['response-by 2026-12-16'],
      ],
    ]);
  });

  describe('round 70e: hold-offs "leave any … until", "till after"', () => {
    check([
      [LDN, 'Could you leave any follow-ups until Wednesday 16 December?', ['no-contact-before 2026-12-16']],
      [
        LDN,
        'Please hold any questions till after the panel on 16 December.',
        ['no-contact-before 2026-12-17'],
      ],
    ]);
  });

  describe('round 70e: a hedged clock, and interviews for all comers', () => {
    check([
      [NY, 'Does Monday 2:30ish work for a quick call with our VP?', ['interview 2026-12-14 14:30']],
      [LDN, 'Walk-in interviews on Saturday 12 December, 10:00 to 15:00, at our Leeds store.', []],
    ]);
  });

  describe('round 70f: outcomes and promises', () => {
    check([
      [NY, "We won't be moving you forward to the onsite stage.", ['outcome rejected']],
      [LDN, "Here's a quick summary of the offer we discussed: £48k, 25 days' leave.", ['outcome offer']],
      [LDN, 'We are pleased to appoint you to the post of Librarian.', ['outcome offer']],
      [LDN, "We'll have feedback for you within the fortnight.", ['response-by 2026-12-24']],
      [LDN, "We hope to decide before St Patrick's Day.", ['response-by 2027-03-16']],
      [SYD, "We'll be in touch after Australia Day.", ['response-by 2027-02-02']],
    ]);
  });

  describe('round 70f: hold-offs and a moved clock on the same day', () => {
    check([
      [
        LDN,
        'There is little point chasing before the board meets on 17 December.',
        ['no-contact-before 2026-12-17'],
      ],
      [NY, 'Your interview moves to 3pm, same day (Tuesday, December 15).', ['interview 2026-12-15 15:00']],
    ]);
  });

  describe('round 70f: no slot in digests, careers-service events or a networking coffee', () => {
    check([
      [NY, 'Top jobs for you\n\nAnalyst – Delta Co – Interviews Friday, December 11 at 10 AM', []],
      [
        LDN,
        'This week: CV clinic Tuesday 15 December 13:00–14:00; employer panel Wednesday 16 December at 18:00.',
        [],
      ],
      [
        NY,
        "Are you free for coffee on Monday at 8am? I'd love to pick your brain about moving into product.",
        [],
      ],
      // A recruiter's coffee chat stays a slot.
      [NY, 'Our coffee chat is Monday at 8am at the Blue Bottle on Main St.', ['interview 2026-12-14 08:00']],
    ]);
  });
});
