// Round 1220 (issue 13): written BEFORE the engine read it, by a helper who never saw the rules. Sent on
// Wednesday 29 October 2092 at 16:45 local, in the week between the two DST changes: Europe went back to
// standard time on Sunday 26 October, North America goes back on Sunday 2 November (so New York is UTC-4 on
// the sent day but UTC-5 from Monday 3 November; Sydney is already on summer time). "Next week" is 3–7
// November; the 3rd business day is Monday 3 November. The writers are people, not systems: founders, hiring
// managers, agency recruiters, headhunters and HR generalists at small firms, in replies with quoted history,
// phone one-liners and long careful letters. Positives: a New York founder's "tmrw at 11", a London agency's
// "Date: 05/11/2092 Time: 14:30" above a quoted chaser, a Dublin letter "within 7 working days", a Bengaluru
// "31-10-2092 (Friday) from 11:00 AM to 12:00 PM IST", a Lagos "end of next week" with "do not call the office",
// a Nairobi "within two working days of that meeting" (board on Tuesday 4 November), a Johannesburg offer with
// the contract "within 3 working days", a Dubai rejection, a US "9:00 AM Eastern" for a Singapore reader (the
// date moves), a London "3pm London time" for a New York reader after the clocks change, a Sydney founder's
// "early next week", a Toronto absence "back on Monday, November 10 ... hold off", a Chicago reply above a quoted
// thank-you "by Wednesday, November 12", a London charity "during the week of 17 November", a Kolkata agency's
// reschedule "from Friday 31st to Monday 3rd Nov", a Vancouver headhunter's "in about a week", a Perth "can't
// take phone calls ... within 10 business days", a Riyadh "by the end of November". Negatives: an agency
// pitching candidates to the reader as hiring manager, a founder asking the reader to sit on a panel (with the
// candidate's forwarded slot), an appraisal, a reference call for the reader as referee, a festival bonus and
// office closure, the reader as a speaker at an induction, a friend's interview, a salary-guide webinar, an MBA
// admissions interview, a freelancer's client call, a landlord's plumber, an acknowledgement with only a closing
// date, onboarding with a contract deadline and a first day, a podcast interview, a research-study interview, a
// campus career fair, a phone one-liner asking the reader to call back by 5pm. Names, companies and dates are
// invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Wednesday 29 October 2092, 16:45 local (Europe on winter time since the 26th; North America not until 2 Nov).
const NY = { sentAt: '2092-10-29T16:45:00-04:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2092-10-29T16:45:00-05:00', tz: 'America/Chicago' } as const;
const TOR = { sentAt: '2092-10-29T16:45:00-04:00', tz: 'America/Toronto' } as const;
const VAN = { sentAt: '2092-10-29T16:45:00-07:00', tz: 'America/Vancouver' } as const;
const LDN = { sentAt: '2092-10-29T16:45:00+00:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2092-10-29T16:45:00+00:00', tz: 'Europe/Dublin' } as const;
const KOL = { sentAt: '2092-10-29T16:45:00+05:30', tz: 'Asia/Kolkata' } as const;
const LAG = { sentAt: '2092-10-29T16:45:00+01:00', tz: 'Africa/Lagos' } as const;
const NBO = { sentAt: '2092-10-29T16:45:00+03:00', tz: 'Africa/Nairobi' } as const;
const JNB = { sentAt: '2092-10-29T16:45:00+02:00', tz: 'Africa/Johannesburg' } as const;
const DXB = { sentAt: '2092-10-29T16:45:00+04:00', tz: 'Asia/Dubai' } as const;
const RUH = { sentAt: '2092-10-29T16:45:00+03:00', tz: 'Asia/Riyadh' } as const;
const SIN = { sentAt: '2092-10-29T16:45:00+08:00', tz: 'Asia/Singapore' } as const;
const SYD = { sentAt: '2092-10-29T16:45:00+11:00', tz: 'Australia/Sydney' } as const;
const PER = { sentAt: '2092-10-29T16:45:00+08:00', tz: 'Australia/Perth' } as const;

const mail = (...lines: string[]): string => lines.join('\n');

export const ROUND_1220_EN: readonly PhraseRow[] = [
  // ---- positives ----
  {
    // A New York founder, from a phone: one proposed slot, tomorrow at 11.
    text: mail(
      'hey Priya - really enjoyed our chat today.',
      'can you do a quick call w/ my cofounder Dev tmrw at 11? 30 min, same zoom link.',
      'lmk',
      'Jonah',
      '',
      'Sent from my iPhone',
    ),
    ...NY,
    expect: [{ kind: 'interview', by: '2092-10-30', time: '11:00', phrase: 'tmrw at 11' }],
  },
  {
    // A London agency recruiter answering the candidate's chaser; the quote holds only the chaser.
    text: mail(
      'Hi Sam,',
      '',
      "Good news - Halden & Moss would like to meet you for the Management Accountant role. I've pencilled you in:",
      '',
      'Date: 05/11/2092',
      'Time: 14:30',
      'Location: 3rd floor, 20 Farringdon Road, EC1 (ask for Nadia Collins at reception)',
      'Format: 45 minutes with Nadia (Finance Director) and Tom Reyes (Head of FP&A)',
      '',
      "Shout if that doesn't work and I'll move it.",
      '',
      'Best,',
      'Rebecca',
      'Rebecca Hartley | Senior Consultant, Accountancy & Finance | Harcourt Talent',
      '',
      'On Fri, 24 Oct 2092 at 09:12, Sam Okafor wrote:',
      '> Hi Rebecca,',
      "> Just checking whether there's any news from Halden & Moss?",
      '> Thanks,',
      '> Sam',
    ),
    ...LDN,
    expect: [{ kind: 'interview', by: '2092-11-05', time: '14:30', phrase: 'Date: 05/11/2092' }],
  },
  {
    // A Dublin HR generalist's long careful letter after the interview.
    text: mail(
      'Dear Ms Fitzgerald,',
      '',
      'Thank you for taking the time to meet Ciarán and me on Monday, and for the thoughtful answers you gave on',
      'the payroll migration. We genuinely enjoyed the conversation.',
      '',
      'I want to be open with you about where things stand. We are meeting two further candidates this week,',
      'after which Ciarán and I will compare notes with our managing director. We expect to make a decision',
      'within 7 working days and I will write to you either way as soon as it is made.',
      '',
      'In the meantime, if anything occurs to you that you would like us to consider, please do send it on.',
      '',
      'Kind regards,',
      'Orla Dempsey',
      'HR & Office Manager, Brennock Engineering Ltd, Naas Road, Dublin 12',
    ),
    ...DUB,
    expect: [{ kind: 'response-by', by: '2092-11-07', phrase: 'within 7 working days' }],
  },
  {
    // A Bengaluru hiring manager writing directly, time range in IST.
    text: mail(
      'Hi Karthik,',
      '',
      'Thanks for clearing the online test. Your technical round with me is scheduled on 31-10-2092 (Friday) from',
      '11:00 AM to 12:00 PM IST on Google Meet. Please keep your laptop ready with an IDE, we will do some live',
      'coding on a small Spring Boot service.',
      '',
      'Regards,',
      'Meenakshi Raghavan',
      'Engineering Manager, Payments Platform, Trellis Fintech Pvt Ltd',
    ),
    ...KOL,
    expect: [
      { kind: 'interview', by: '2092-10-31', time: '11:00', phrase: '31-10-2092 (Friday) from 11:00 AM' },
    ],
  },
  {
    // A Lagos HR generalist at a small logistics firm: end of next week, and no calls.
    text: mail(
      'Dear Adaeze,',
      '',
      'Thank you for attending the panel interview at our Apapa office yesterday.',
      '',
      'Kindly note that the panel is still reviewing all candidates and we will revert with feedback by end of',
      'next week. Kindly do not call the office for updates on your application; all communication will be by',
      'email.',
      '',
      'Best regards,',
      'Tolulope Bankole',
      'Human Resources, Ferrowave Logistics Ltd',
    ),
    ...LAG,
    expect: [
      { kind: 'response-by', by: '2092-11-07', phrase: 'by end of next week' },
      { kind: 'no-calls', phrase: 'Kindly do not call the office for updates on your application' },
    ],
  },
  {
    // A Nairobi NGO hiring manager: the window counts from a meeting named in another sentence.
    text: mail(
      'Dear Brian,',
      '',
      'Thank you for your patience. The interview panel has made its recommendation for the Monitoring & Evaluation',
      'Officer post, and our board sits on Tuesday, 4 November to approve the appointment.',
      'You will hear from me within two working days of that meeting.',
      '',
      'Warm regards,',
      'Grace Wambui',
      'Programmes Director, Tujenge Water Trust',
    ),
    ...NBO,
    expect: [{ kind: 'response-by', by: '2092-11-06', phrase: 'within two working days of that meeting' }],
  },
  {
    // A Johannesburg headhunter with an offer; the contract's delivery is promised, the answer is the reader's.
    text: mail(
      'Hi Lerato,',
      '',
      "I'm delighted to tell you that Kestrel Platinum would like to offer you the Senior Plant Engineer role at",
      'Rustenburg, at the package we discussed (R1.42m CTC plus the site allowance).',
      '',
      "You'll have the written contract from their HR within 3 working days. They would like your answer by Friday",
      '7 November, so have a read and call me with any questions - happy to go back to them on the notice period.',
      '',
      'Congratulations, well deserved!',
      'Pieter',
      'Pieter van Wyk | Director | Karoo Executive Search',
    ),
    ...JNB,
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2092-11-03', phrase: 'within 3 working days' },
    ],
  },
  {
    // A Dubai in-house recruiter at a contractor: a rejection after the interview.
    text: mail(
      'Dear Mr. Siddiqui,',
      '',
      'Thank you for meeting with our commercial team last week regarding the Senior Quantity Surveyor position.',
      '',
      'After careful consideration, the hiring committee has decided not to proceed with your application on',
      'this occasion. This was a difficult decision given the strength of the shortlist.',
      '',
      'We will keep your CV on file and wish you every success.',
      '',
      'Best regards,',
      'Hessa Al Marri',
      'Talent Acquisition, Sandline Contracting LLC, Dubai',
    ),
    ...DXB,
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    // A US hiring manager proposing one slot in Eastern time to a Singapore reader: the date moves.
    text: mail(
      'Hi Wei Ling,',
      '',
      'Thanks for the great conversation with Marcus. Next step is 45 minutes with our VP of Data, Elena Park.',
      "Would Thursday, October 30 at 9:00 AM Eastern work for you? I know that's evening your time - if it's too",
      'late, tell me and I will find something else.',
      '',
      'Thanks,',
      'Rachel Kim',
      'Director of Analytics, Northbeam Health (Boston)',
    ),
    ...SIN,
    expect: [
      {
        kind: 'interview',
        by: '2092-10-30',
        time: '21:00',
        phrase: 'Thursday, October 30 at 9:00 AM Eastern',
      },
    ],
  },
  {
    // A London headhunter to a New York reader; on 3 November New York is back on EST (UTC-5).
    text: mail(
      'Hi Marcus,',
      '',
      'Confirmed: the partners at Aldgate Row Capital will see you on Monday 3 November, 3pm London time, by video.',
      'I believe your clocks change this weekend, so do double-check the time on your side.',
      '',
      'It will be Hugh Marchant and Priti Shah. Expect a deep dive on the two restructurings on your CV.',
      '',
      'Best,',
      'Charles Denton',
      'Partner, Denton Whitlock Search, London',
    ),
    ...NY,
    expect: [
      { kind: 'interview', by: '2092-11-03', time: '10:00', phrase: 'Monday 3 November, 3pm London time' },
    ],
  },
  {
    // A Sydney founder, casually: early next week (fuzzy).
    text: mail(
      'Hey Tom,',
      '',
      'Thanks heaps for coming in yesterday arvo - the team really liked you.',
      "I'm catching up with the other two partners over the weekend and will give you a yes or no early next week.",
      '',
      'Cheers,',
      'Bec',
      'Co-founder, Saltbush Studio',
    ),
    ...SYD,
    expect: [{ kind: 'response-by', by: '2092-11-05', phrase: 'early next week', fuzzy: true }],
  },
  {
    // A Toronto HR generalist's absence: hold off until she is back.
    text: mail(
      'Hi Amrit,',
      '',
      'Thanks so much for your note. Quick heads-up: I am away from tomorrow and back in the office on Monday,',
      "November 10. Please hold off on following up until I'm back - I'll have the panel's notes by then and can",
      'give you a proper update.',
      '',
      'Best,',
      'Janelle Thompson',
      'People & Culture Generalist, Maplecroft Credit Union',
    ),
    ...TOR,
    expect: [
      { kind: 'no-contact-before', by: '2092-11-10', phrase: 'back in the office on Monday, November 10' },
    ],
  },
  {
    // A Chicago in-house recruiter answering a quoted thank-you note.
    text: mail(
      'Hi Jordan,',
      '',
      'Sorry for the slow reply! The team is finishing the last interviews this week and we plan to have decisions',
      'out by Wednesday, November 12. You are very much still in the mix.',
      '',
      'Thanks,',
      'Dana',
      '',
      'On Tue, Oct 28, 2092 at 8:02 AM Jordan Lee <jordan.lee@example.com> wrote:',
      '> Hi Dana,',
      '> Thanks again for the conversation on Monday. I enjoyed meeting Luis and the team and am very excited',
      '> about the Supply Planning Analyst role.',
      '> Best,',
      '> Jordan',
    ),
    ...CHI,
    expect: [{ kind: 'response-by', by: '2092-11-12', phrase: 'by Wednesday, November 12' }],
  },
  {
    // A London charity's HR: shortlisting week is a fact, the answer comes during a named week.
    text: mail(
      'Dear Applicant,',
      '',
      'Thank you for applying for the Volunteer Coordinator post at Hollins Lane Community Trust. We received over',
      '140 applications and are grateful for the time you took.',
      '',
      'Shortlisting takes place during the week of 10 November, and we will let every applicant know the outcome',
      'during the week of 17 November.',
      '',
      'With best wishes,',
      'Maya Okonjo',
      'HR Officer',
    ),
    ...LDN,
    expect: [{ kind: 'response-by', by: '2092-11-21', phrase: 'during the week of 17 November' }],
  },
  {
    // A Kolkata agency recruiter moving the second round: only the new slot.
    text: mail(
      'Dear Sayani,',
      '',
      'Client (Eastline Paints) has requested to move your 2nd round from Friday 31st to Monday 3rd Nov, same time',
      '3:30 PM, same venue (Salt Lake Sector V office). Kindly confirm.',
      '',
      'Thanks & regards,',
      'Arindam Ghosh',
      'Talent Partner, Horizon Staffing Solutions',
    ),
    ...KOL,
    expect: [
      { kind: 'interview', by: '2092-11-03', time: '15:30', phrase: 'Monday 3rd Nov, same time 3:30 PM' },
    ],
  },
  {
    // A Vancouver headhunter: in about a week (fuzzy).
    text: mail(
      'Hi Sofia,',
      '',
      'Just got off the phone with the client. They liked you a lot; the CFO is travelling so I should have',
      'their feedback in about a week. I will call you the moment I hear.',
      '',
      'Chris',
      'Chris Laidlaw, Principal, Coastline Partners Executive Search',
    ),
    ...VAN,
    expect: [{ kind: 'response-by', by: '2092-11-05', phrase: 'in about a week', fuzzy: true }],
  },
  {
    // A Perth mining contractor's HR: no calls, and shortlisting contact within 10 business days.
    text: mail(
      'Hi Jack,',
      '',
      'Thanks for applying for the Heavy Diesel Fitter (FIFO 2:1) role with Redgum Earthmoving.',
      "Due to the number of applications we can't take phone calls about the role. Shortlisted applicants will be",
      'contacted within 10 business days.',
      '',
      'Cheers,',
      'Kylie Brandt',
      'HR Advisor',
    ),
    ...PER,
    expect: [
      { kind: 'no-calls', phrase: "we can't take phone calls about the role" },
      { kind: 'response-by', by: '2092-11-12', phrase: 'within 10 business days' },
    ],
  },
  {
    // A Riyadh hiring manager: by the end of November.
    text: mail(
      'Dear Eng. Haddad,',
      '',
      'Thank you for your interest in the Facilities Operations Lead position at Najd Towers.',
      'We are in the final stage of the review and will contact shortlisted candidates by the end of November.',
      '',
      'Best regards,',
      'Faisal Al-Otaibi',
      'Operations Director',
    ),
    ...RUH,
    expect: [{ kind: 'response-by', by: '2092-11-30', phrase: 'by the end of November' }],
  },

  // ---- negatives ----
  {
    // A UK agency pitching candidates to the reader as a hiring manager.
    text: mail(
      'Hi Fiona,',
      '',
      'Following our call, I have three strong candidates for your Finance Business Partner vacancy, all available',
      'to interview Tuesday or Wednesday next week. CVs attached. Could you let me know by Friday which you would',
      'like to meet and I will book them in?',
      '',
      'Kind regards,',
      'Oliver Pryce',
      'Associate Director, Calder & Finch Recruitment',
    ),
    ...LDN,
    expect: [],
  },
  {
    // A founder asking the reader to sit on a panel, with the candidate's forwarded slot.
    text: mail(
      'Can you take the system design round with Marco tomorrow at 2pm? Put it on your cal. Scorecard by Friday pls.',
      '',
      '- Jonah',
      '',
      '---------- Forwarded message ---------',
      'From: Marco Ruiz <marco.ruiz@example.com>',
      'Date: Tue, Oct 28, 2092 at 6:40 PM',
      'Subject: Re: Next steps',
      '',
      'Hi Jonah, Thursday at 2pm works great for me. Looking forward to it!',
      'Marco',
    ),
    ...NY,
    expect: [],
  },
  {
    // A Dublin HR generalist booking the reader's annual review.
    text: mail(
      'Hi Niamh,',
      '',
      'Your annual review with Declan is booked for Thursday 6 November at 10:00 in the small meeting room.',
      'Please complete the self-assessment form on the HR drive by Monday so he has time to read it.',
      '',
      'Thanks,',
      'Orla',
    ),
    ...DUB,
    expect: [],
  },
  {
    // A Johannesburg headhunter asking the reader, as referee, for a reference call.
    text: mail(
      'Dear Mr Dlamini,',
      '',
      'Thabo Nkosi has given your name as a referee for a finance role we are recruiting for. Would you have',
      '15 minutes for a reference call on Friday at 11:00? The questions are short and confidential.',
      '',
      'Many thanks,',
      'Anneke Botha',
      'Consultant, Karoo Executive Search',
    ),
    ...JNB,
    expect: [],
  },
  {
    // An Indian HR generalist's notice to staff: a bonus pay date and an office closure.
    text: mail(
      'Dear Team,',
      '',
      'The festival bonus will be credited along with the October salary on 31 October. The office will remain',
      'closed on Monday, 3 November; the support desk will be staffed by the weekend rota.',
      '',
      'Regards,',
      'HR & Admin, Trellis Fintech Pvt Ltd',
    ),
    ...KOL,
    expect: [],
  },
  {
    // A Lagos hiring manager thanking the reader for agreeing to speak at a graduate induction.
    text: mail(
      'Dear Chidi,',
      '',
      'Thank you for agreeing to speak to our new graduate trainees at their induction on Thursday 13 November at',
      '10am. Thirty minutes on your career path and fifteen for questions would be perfect. A driver will pick you',
      'up from Victoria Island at 9am.',
      '',
      'Best regards,',
      'Funmilayo Adeyemi',
      'Head of Talent, Ferrowave Logistics Ltd',
    ),
    ...LAG,
    expect: [],
  },
  {
    // A Nairobi friend's interview.
    text: mail(
      'Hey Wanjiru!! Wish me luck, my interview at Safaricom is tomorrow at 9am. Will call you after and tell you',
      'everything. Lunch on Saturday still on?',
      'Achieng',
    ),
    ...NBO,
    expect: [],
  },
  {
    // A Dubai agency's market update with a salary-guide webinar.
    text: mail(
      'Hi Omar,',
      '',
      'Q4 is shaping up to be busy across UAE construction and engineering hiring. Our 2093 Salary Guide launches',
      'with a live webinar on Tuesday 11 November at 2pm GST, covering pay trends, housing allowances and notice',
      'periods. Register here: https://example.com/salary-guide-2093',
      '',
      'Best regards,',
      'The Gulfbridge Recruitment team',
    ),
    ...DXB,
    expect: [],
  },
  {
    // A Singapore MBA admissions interview.
    text: mail(
      'Dear Ms Tan,',
      '',
      'Your admissions interview for the Full-time MBA (August 2093 intake) is scheduled for Tuesday 4 November at',
      '7:00 pm SGT via Zoom. The interviewer will be an alumna of the programme.',
      '',
      'Yours sincerely,',
      'Admissions Office, Straits Graduate School of Business',
    ),
    ...SIN,
    expect: [],
  },
  {
    // A Perth founder writing to the reader as a freelance designer.
    text: mail(
      'Hey Sarah,',
      '',
      'Can we jump on a call Monday at 9 to go over the logo revisions? Invoice looks fine, we will pay it by the',
      '15th.',
      '',
      'Cheers,',
      'Mick',
      'Founder, Swan Valley Cider Co.',
    ),
    ...PER,
    expect: [],
  },
  {
    // A Toronto landlord.
    text: mail(
      'Hi Amrit,',
      '',
      'The plumber will come by Friday between 10 and 2 to look at the radiator in the back bedroom. Someone needs',
      'to be home to let him in. Reminder that November rent is due on the 1st.',
      '',
      'Thanks,',
      'George Papadakis',
    ),
    ...TOR,
    expect: [],
  },
  {
    // A Chicago small firm's acknowledgement: vague, with only a closing date.
    text: mail(
      'Hi Jordan,',
      '',
      'Thanks for applying for the Office Manager role at Bright Ledger Accounting. We are reviewing applications',
      'as they come in and will get back to you if your background is a match. The posting closes on November 14.',
      '',
      'Best,',
      'Dana Wozniak, Operations',
    ),
    ...CHI,
    expect: [],
  },
  {
    // London onboarding: a contract deadline and a first day.
    text: mail(
      'Dear Sam,',
      '',
      'Welcome aboard! Please return the signed contract and your right-to-work documents by Friday 31 October.',
      'Your first day will be Monday 1 December; please arrive at 9am and ask for me at reception.',
      '',
      'Best wishes,',
      'Priya Lal',
      'HR Generalist, Halden & Moss',
    ),
    ...LDN,
    expect: [],
  },
  {
    // A Dublin podcast wants to interview the reader about their startup.
    text: mail(
      'Hi Eoin,',
      '',
      "I produce the Founders' Table podcast and we would love to interview you about scaling Tillwise. Recording",
      'is on Wednesday 5 November at 2pm in our studio on Pearse Street, about 40 minutes.',
      '',
      'All the best,',
      'Sinéad Kavanagh',
    ),
    ...DUB,
    expect: [],
  },
  {
    // A Chicago university research-study interview about job searching.
    text: mail(
      'Hello,',
      '',
      'Thank you for signing up for our study on how job seekers use AI tools. Your 45-minute research interview',
      'is on Thursday, October 30 at 3:00 PM CT. You will receive a $50 gift card after the session.',
      '',
      'Lakeshore University Human-Computer Interaction Lab',
    ),
    ...CHI,
    expect: [],
  },
  {
    // A Toronto in-house recruiter inviting students to a campus career fair.
    text: mail(
      'Hi Amrit,',
      '',
      'We will be at the Waterloo Fall Career Fair on Thursday, November 6 from 10am to 3pm (booth 14). Come say',
      'hi and bring a few copies of your resume - our new-grad postings go live the same day.',
      '',
      'Cheers,',
      'Kayla, Campus Recruiting, Maplecroft Credit Union',
    ),
    ...TOR,
    expect: [],
  },
  {
    // A Lagos recruiter's phone one-liner asking the reader to call back by 5pm.
    text: mail('Hi Emeka pls call me back b4 5pm today re the Lekki role. Thx', '', 'Sent from my Android'),
    ...LAG,
    expect: [],
  },
];
