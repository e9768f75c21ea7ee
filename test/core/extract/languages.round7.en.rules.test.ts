// The rules behind the misses of round 100 and after (languages.round7.en.table.ts), each checked on lines of its
// own, written for these tests and not taken from the rounds: a rule, not the one example. Answers from
// TIMELINE-CONVENTIONS.md.
import { checkRows, type RuleRow } from './ruleRows';

// Tuesday 19 January 2027, 09:00 in New York, London, Nairobi and Melbourne.
const NY = { sentAt: '2027-01-19T09:00:00-05:00', tz: 'America/New_York' } as const;
const LDN = { sentAt: '2027-01-19T09:00:00+00:00', tz: 'Europe/London' } as const;
const NBO = { sentAt: '2027-01-19T09:00:00+03:00', tz: 'Africa/Nairobi' } as const;
const MEL = { sentAt: '2027-01-19T09:00:00+11:00', tz: 'Australia/Melbourne' } as const;

const check = (rows: readonly RuleRow[]): void => checkRows(rows, []);

describe('extract: round 100 rules (issue 13, English)', () => {
  describe('a meeting the writer cannot go ahead with is cancelled, and is no rejection', () => {
    check([
      [
        LDN,
        "We're unable to go ahead with your call on Thursday 21 January at 10am, as the hiring manager is unwell.",
        [],
      ],
      [
        NY,
        'Unfortunately we are not able to proceed with the interview on Wednesday 1/20 at 2pm. Could you do Friday 1/22 at 11am instead?',
        ['interview 2027-01-22 11:00'],
      ],
      // An application the writer cannot proceed with is still a rejection.
      [
        NY,
        'After review, we are unable to proceed with your application at this time.',
        ['outcome rejected'],
      ],
    ]);
  });

  describe('a board that did not recommend the reader for appointment rejects', () => {
    check([
      [
        LDN,
        'The selection board has not recommended you for the post on this occasion.',
        ['outcome rejected'],
      ],
      [NBO, 'Regrettably you were not recommended for appointment by the panel.', ['outcome rejected']],
      // A recommendation still to come is no outcome.
      [LDN, 'The panel will make its recommendation to the board next week.', ['response-by 2027-01-29']],
    ]);
  });

  describe('interviews for a group, or an interview period, are a schedule and no slot of the reader', () => {
    check([
      [
        NBO,
        'Interviews for successful applicants are scheduled for 8th and 9th February at our Westlands office.',
        [],
      ],
      [LDN, 'Assessment centre dates: 3 February\nInterview window: 10 – 12 February 2027', []],
      [
        MEL,
        'The second-round interviews are tentatively planned for the week of 1 February; your panel interview is on Thursday 28 January at 2pm.',
        ['interview 2027-01-28 14:00'],
      ],
    ]);
  });

  describe("someone else booked in (he, she) is another's interview", () => {
    check([
      [
        NY,
        "She's scheduled for a video interview with our CTO on Thursday at 4pm, thanks for the intro!",
        [],
      ],
      [
        NY,
        'You are booked in for a video interview with our CTO on Thursday at 4pm.',
        ['interview 2027-01-21 16:00'],
      ],
    ]);
  });

  describe('a window counted from the closing date takes the day labelled closing, past other dates', () => {
    check([
      [
        LDN,
        'Closing date: 22 January 2027\nAssessment days: 8 – 10 February 2027\nIf you have not heard from us within four weeks of the closing date, please assume you have not been shortlisted.',
        ['response-by 2027-02-19'],
      ],
    ]);
  });

  describe('a window counted "of that date" from an event dated in the same sentence', () => {
    check([
      [
        NBO,
        'The board sits on Monday 25 January and will make its recommendations within three working days of that date.',
        ['response-by 2027-01-28'],
      ],
    ]);
  });

  describe('a moved slot that keeps its clock: "to Monday, same time"', () => {
    check([
      [
        NY,
        "We've had to push your onsite from Wednesday Jan 20 at 10:30 AM to Friday Jan 22, same time.",
        ['interview 2027-01-22 10:30'],
      ],
    ]);
  });

  describe("a delivery of the next step's papers is a promise", () => {
    check([
      [MEL, "I'll send the onsite itinerary to you by Thursday.", ['response-by 2027-01-21']],
      [
        LDN,
        'Your employment contract will follow from our People team within three working days.',
        ['response-by 2027-01-22'],
      ],
      // A webinar's recording is no paper of the process.
      [LDN, "Can't attend? We'll send you the recording within 24 hours.", []],
    ]);
  });

  describe('hold-offs: "in the meantime" after a return, "on or after" a day', () => {
    check([
      [
        MEL,
        "I'm off from tomorrow and back in the office on Monday 1 Feb. No need to follow up in the meantime, we have everything we need.",
        ['no-contact-before 2027-02-01'],
      ],
      [
        NBO,
        'I am at a careers fair until 27th January. Kindly send your questions on or after 28th January.',
        ['no-contact-before 2027-01-28'],
      ],
    ]);
  });

  describe("an offer at the reader's wish, or a call to hear feedback, is no promise nor slot", () => {
    check([
      [NY, "Happy to set up a quick call on Thursday if you'd like feedback.", []],
      [LDN, "Glad to chat it through on Friday if you want; the decision itself won't change.", []],
      // A promise not at the reader's wish stands.
      [LDN, "I'll get back to you by Friday with the panel's decision.", ['response-by 2027-01-22']],
    ]);
  });

  describe('no-calls beside a bounded hold-off joined by ", and"', () => {
    check([
      [
        LDN,
        'We ask that you refrain from contacting the interviewers directly, and that you do not chase for an outcome until the process closes on 5 February.',
        ['no-calls', 'no-contact-before 2027-02-05'],
      ],
    ]);
  });
});

describe('extract: round 100b rules (issue 13, English)', () => {
  describe('the application not carried on, active or passive, and the next stage withheld, are rejections', () => {
    check([
      [
        NBO,
        'Regrettably we will not be able to move your application forward at this stage.',
        ['outcome rejected'],
      ],
      [
        LDN,
        'Your candidacy has not been progressed further following the panel review.',
        ['outcome rejected'],
      ],
      [NY, "Sadly we won't be asking you back for a second interview.", ['outcome rejected']],
      // A candidate's own choice is no rejection.
      [NY, "If you don't want to move forward, just let me know.", []],
    ]);
  });

  describe('an offer said as wanting the reader on board', () => {
    check([
      [MEL, 'Great news: the directors want you on board as our next Site Supervisor!', ['outcome offer']],
    ]);
  });

  describe('a number word with its digits in brackets counts once', () => {
    check([
      [
        LDN,
        'We will respond to all applicants within ten (10) working days of the closing date, 29 January 2027.',
        ['response-by 2027-02-12'],
      ],
    ]);
  });

  describe('hold-offs: "give it until", and "while I\'m away" after an absence range', () => {
    check([
      [
        NY,
        "Honestly I'd give it until the 25th before nudging them again.",
        ['no-contact-before 2027-01-25'],
      ],
      [
        MEL,
        "I'm away from Thursday until Monday 1 February. Please don't send reminders while I'm away – I'll catch up on my return.",
        ['no-contact-before 2027-02-01'],
      ],
    ]);
  });

  describe('no-calls: unable to provide updates by phone, with words between', () => {
    check([
      [
        NY,
        'Our recruiters are not able, given the number of applicants, to give individual feedback over the phone.',
        ['no-calls'],
      ],
    ]);
  });

  describe("a window after the meeting that opens the sentence counts from that meeting's day", () => {
    check([
      [
        NBO,
        'Your panel interview is confirmed for Thursday 21 January at 10:00. After the interview, we will communicate the outcome within five working days.',
        ['interview 2027-01-21 10:00', 'response-by 2027-01-28'],
      ],
      // No meeting dated before: no timeline.
      [NBO, 'After the interview, we will communicate the outcome within five working days.', []],
    ]);
  });

  describe("a sentence that opens on the reader's wish makes no promise", () => {
    check([[LDN, 'If you want a chat about it, I am free on Thursday after 3pm.', []]]);
  });
});

describe('extract: round 100c rules (issue 13, English)', () => {
  describe('a day and its clock joined by a dash on a line are one slot, not a range of hours', () => {
    check([
      [NY, 'Your phone screen is booked: Thu Jan 21 - 2:30 PM ET.', ['interview 2027-01-21 14:30']],
      // A range of days stays a range.
      [NY, 'The office is closed Jan 25 - 26 for the move.', []],
    ]);
  });

  describe('a few openings, or any time that suits, offer a choice', () => {
    check([
      [
        LDN,
        'I have a few openings for a quick call:\nWed 20 Jan, 11:00\nThu 21 Jan, 15:00\nBook whichever is easiest.',
        [],
      ],
    ]);
  });

  describe('"decided to progress with a candidate who…" rejects', () => {
    check([
      [
        MEL,
        "They've decided to progress with an applicant who has more site experience.",
        ['outcome rejected'],
      ],
    ]);
  });

  describe('no-calls said as advice against calling', () => {
    check([
      [NBO, 'Candidates are advised not to call the office regarding their applications.', ['no-calls']],
    ]);
  });

  describe("a deferral of anything not urgent until the writer's return", () => {
    check([
      [
        NY,
        "I'm out through Friday. Anything non-urgent, please save it until I'm back on Monday the 25th.",
        ['no-contact-before 2027-01-25'],
      ],
    ]);
  });

  describe("the interview of a named person is another's", () => {
    check([
      [NBO, 'Please book the boardroom for the interview of Ms. Achieng Oduor on 22/01/2027 at 10:00.', []],
    ]);
  });

  describe('the offer papers the reader will receive are a promise', () => {
    check([
      [
        NY,
        "You'll receive the written offer from our HR system within two business days.",
        ['response-by 2027-01-21'],
      ],
    ]);
  });
});

describe('extract: round 100d rules (issue 13, English)', () => {
  describe('"the following week" after a named day is the week after that day', () => {
    check([
      [
        LDN,
        'The panel meets on Thursday 28 January and we will write to all candidates the following week.',
        ['response-by 2027-02-05'],
      ],
      [
        NY,
        'Please hold off until Friday 1/29 – we expect to reach out to finalists early the following week.',
        ['no-contact-before 2027-01-29', 'response-by 2027-02-03'],
      ],
      // Without a day named before, the week after the sent date.
      [NY, 'We will reach out to finalists the following week.', ['response-by 2027-01-29']],
    ]);
  });

  describe('"then" before a window points at the day named last before it', () => {
    check([
      [
        MEL,
        'Applications close on Friday 29 January. We will then contact shortlisted applicants within two weeks.',
        ['response-by 2027-02-12'],
      ],
    ]);
  });

  describe("a window's event date stays in its own clause", () => {
    check([
      [
        NY,
        'Your final round is on Monday, January 25. Decisions usually come within three days of the final round, so expect word by the 28th.',
        ['interview 2027-01-25', 'response-by 2027-01-28'],
      ],
    ]);
  });

  describe('the writer waits until a day and the next sentence asks the reader to wait until then', () => {
    check([
      [
        NBO,
        'The committee will not review applications until 1 February. Please do not follow up before then.',
        ['no-contact-before 2027-02-01'],
      ],
      // A slot the next sentence points at stays a slot.
      [
        LDN,
        'Your interview is on Monday 25 January at 10:00. Please do not contact the panel before then.',
        ['interview 2027-01-25 10:00'],
      ],
    ]);
  });

  describe('"same time (2pm)" after a moved day gives its clock', () => {
    check([
      [
        MEL,
        'The panel can no longer do Wednesday. Could we move you to Friday 22 January? Same time (11.30am), same room.',
        ['interview 2027-01-22 11:30'],
      ],
    ]);
  });

  describe('rejections: "not taking your application to the next stage", "settled on another candidate"', () => {
    check([
      [
        LDN,
        'We will not be taking your application to the next round on this occasion.',
        ['outcome rejected'],
      ],
      [
        NBO,
        'The board has opted for another candidate whose experience is closer to the brief.',
        ['outcome rejected'],
      ],
    ]);
  });

  describe('a writer sending the papers over is a promise', () => {
    check([[LDN, "I'll send across the contract and handbook by Thursday.", ['response-by 2027-01-21']]]);
  });
});

describe('extract: round 100e rules (issue 13, English)', () => {
  describe('a registration for a guest event names no slot', () => {
    check([
      [
        NY,
        'Thanks for registering! "Acing the Panel Interview" goes live Thursday, January 21 at 1:00 PM ET.',
        [],
      ],
    ]);
  });

  describe('interviews that resume or continue, or a round for the other candidates, are a schedule', () => {
    check([
      [LDN, 'Interviews for the Senior Buyer vacancy will continue on Monday 25 January.', []],
      [NBO, 'The panel for the shortlisted applicants is sitting on 27th January.', []],
    ]);
  });

  describe("reviewers meeting to go through submissions is no slot of the reader's", () => {
    check([
      [
        NY,
        "Our interviewers meet on Monday, January 25 to go over every case study, and we'll get back to everyone within 2 business days after that meeting.",
        ['response-by 2027-01-27'],
      ],
    ]);
  });

  describe("an interviewer's calendar entry marked by candidate number belongs to another's interview", () => {
    check([[NY, 'Thu 1/21 10:00 AM  Interview loop: Backend (candidate 3 of 5)', []]]);
  });

  describe("the reader's own right with a window is no promise; a window of this email counts from today", () => {
    check([
      [LDN, 'You may appeal this decision within 14 days of this letter.', []],
      [LDN, 'We will reply to every applicant within 14 days of this email.', ['response-by 2027-02-02']],
    ]);
  });

  describe('a four-digit 24-hour clock after a time label', () => {
    check([
      [
        NBO,
        'Interview date: 27/01/2027\nTime: 0930 – 1030 hrs EAT\nVenue: Upper Hill',
        ['interview 2027-01-27 09:30'],
      ],
      // Years after a label are no clock.
      [LDN, 'Academic year: 2026 – 2027', []],
    ]);
  });

  describe('a suggestion to check back after a day is a hold-off from the day after', () => {
    check([
      [
        MEL,
        "There's nothing to share yet, so I'd recommend following up after 1 February.",
        ['no-contact-before 2027-02-02'],
      ],
    ]);
  });

  describe('"on that date" in a reason clause is the day named before it', () => {
    check([
      [
        LDN,
        'Please do not contact us about shortlisting before 5 February, as we will notify all applicants on that date.',
        ['no-contact-before 2027-02-05', 'response-by 2027-02-05'],
      ],
    ]);
  });
});

describe('extract: round 100f rules (issue 13, English)', () => {
  describe('"Timing:" labels the clock of the day on the line above', () => {
    check([
      [NBO, 'Interview schedule\nDate: 28-Jan-2027\nTiming: 11.30 a.m.', ['interview 2027-01-28 11:30']],
    ]);
  });

  describe('a number of windows, or a top two, offer a choice', () => {
    check([
      [
        NY,
        'We have two slots for your final interview:\n- Monday, January 25 at 10 AM ET\n- Tuesday, January 26 at 3 PM ET\nLet me know your top pick.',
        [],
      ],
    ]);
  });

  describe('a window from "the date of interview" or "their interview" counts from the interview named before', () => {
    check([
      [
        LDN,
        'Thank you for attending the interview on 18 January. Results will be sent within two weeks from the date of interview.',
        ['response-by 2027-02-01'],
      ],
      [
        MEL,
        'Your interview is booked for Monday 25 January at 10am. We let all candidates know within two working days of their interview.',
        ['interview 2027-01-25 10:00', 'response-by 2027-01-27'],
      ],
    ]);
  });

  describe("an offer said as the panel's recommendation of the reader, and papers 'being sent'", () => {
    check([
      [
        LDN,
        "The board has recommended you for the Finance Lead position! We'll be sending the formal contract by Friday.",
        ['outcome offer', 'response-by 2027-01-22'],
      ],
    ]);
  });

  describe('no-calls: "aren\'t able to take phone calls"', () => {
    check([[NY, "Our small team aren't able to take phone calls about open roles.", ['no-calls']]]);
  });

  describe("finishing the last interview is another candidate's", () => {
    check([
      [
        NY,
        "We're wrapping up our final interview on Thursday and will decide by Monday.",
        ['response-by 2027-01-25'],
      ],
    ]);
  });

  describe('"the Friday after", "the following Monday" count from the day named in the sentence before', () => {
    check([
      [
        LDN,
        "The director is away until Wednesday 27 January. I'll call you the Friday after with news.",
        ['response-by 2027-01-29'],
      ],
    ]);
  });

  describe("a day's other half in the next sentence, pointing back at it", () => {
    check([
      [
        NBO,
        'Shortlisting results will be published on 29-01-2027. Applicants are requested not to call the office before that date.',
        ['response-by 2027-01-29', 'no-contact-before 2027-01-29'],
      ],
      [
        MEL,
        "We're flat out until the 27th, so please hold off on emails until then. You'll hear from me then.",
        ['no-contact-before 2027-01-27', 'response-by 2027-01-27'],
      ],
    ]);
  });
});
