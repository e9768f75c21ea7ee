// Round 790 (issue 13): written BEFORE the engine read it, by a helper (hw414) who never saw the rules, on
// Wednesday 17 March 2055 (St Patrick's Day) at 08:45 local. The US moved to daylight time on Sunday 14 March
// while the UK, Ireland and Europe change only on Sunday 28 March, so for these weeks New York is 4 hours behind
// London and San Francisco 8 behind Berlin; Sydney and Auckland are still on summer time. "Next week" is 22–26
// March; a bare weekday is the next one after Wednesday ("Monday" = 22 March). What it tries: positives that are
// hard to read. Dates in another sentence than the verb ("decisions are expected within 10 business days of the
// final interview date, March 19"; "the closing date (Sunday 14 March 2055)"); hedged promises ("if all goes to
// plan we should be able to confirm by the 31st", "Assuming it goes well"); a slot picked out of two interview
// days; weekdays without dates and dates without weekdays; "noon", "half past nine", "10.30am", 24 h and "IST";
// zones in words or parentheses for a reader elsewhere (an Eastern slot for London and one for Vancouver, a San
// Francisco noon for Berlin); a reschedule; several findings in one mail (an interview plus a promise, an
// interview plus no-calls, no-calls plus a window counted from a closing date); an offer and a rejection worded
// indirectly or in non-native English. Negatives use the same layouts with the reader not the candidate: an Ashby
// panel notice to an interviewer, a sister's interview, a moved 1:1, an all-hands and offsite, a salary-guide
// webinar, a career fair, a viva, a citizenship interview, a car service, a landlord's engineer visit, a
// freelancer's discovery call, a council interview panel, a graduate scheme's closing date, a new starter's first
// day and pay day, approved leave, an acknowledgement with nothing dated, an agency asking for the candidate's
// documents by Friday. Names, companies and dates are invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Wednesday 17 March 2055, 08:45 local (US on daylight time since 14 March; Europe not until 28 March).
const LDN = { sentAt: '2055-03-17T08:45:00+00:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2055-03-17T08:45:00+00:00', tz: 'Europe/Dublin' } as const;
const NY = { sentAt: '2055-03-17T08:45:00-04:00', tz: 'America/New_York' } as const;
const TOR = { sentAt: '2055-03-17T08:45:00-04:00', tz: 'America/Toronto' } as const;
const CHI = { sentAt: '2055-03-17T08:45:00-05:00', tz: 'America/Chicago' } as const;
const VAN = { sentAt: '2055-03-17T08:45:00-07:00', tz: 'America/Vancouver' } as const;
const BER = { sentAt: '2055-03-17T08:45:00+01:00', tz: 'Europe/Berlin' } as const;
const AMS = { sentAt: '2055-03-17T08:45:00+01:00', tz: 'Europe/Amsterdam' } as const;
const SYD = { sentAt: '2055-03-17T08:45:00+11:00', tz: 'Australia/Sydney' } as const;
const AKL = { sentAt: '2055-03-17T08:45:00+13:00', tz: 'Pacific/Auckland' } as const;
const BLR = { sentAt: '2055-03-17T08:45:00+05:30', tz: 'Asia/Kolkata' } as const;
const SIN = { sentAt: '2055-03-17T08:45:00+08:00', tz: 'Asia/Singapore' } as const;
const KUL = { sentAt: '2055-03-17T08:45:00+08:00', tz: 'Asia/Kuala_Lumpur' } as const;
const MNL = { sentAt: '2055-03-17T08:45:00+08:00', tz: 'Asia/Manila' } as const;
const NBO = { sentAt: '2055-03-17T08:45:00+03:00', tz: 'Africa/Nairobi' } as const;
const JNB = { sentAt: '2055-03-17T08:45:00+02:00', tz: 'Africa/Johannesburg' } as const;
const ACC = { sentAt: '2055-03-17T08:45:00+00:00', tz: 'Africa/Accra' } as const;
const LOS = { sentAt: '2055-03-17T08:45:00+01:00', tz: 'Africa/Lagos' } as const;
const DXB = { sentAt: '2055-03-17T08:45:00+04:00', tz: 'Asia/Dubai' } as const;

const mail = (...lines: string[]): string => lines.join('\n');

export const ROUND_790_EN: readonly PhraseRow[] = [
  // ---- positives ----
  {
    // A New York company, a London reader: 11:00 AM EDT is 15:00 GMT until 28 March; the feedback promise names
    // "that week" (the week of Tuesday 23 March, so Friday 26 March).
    text: mail(
      'Hi Hannah,',
      '',
      "Great news, the team would like to meet you for the final round. I've booked you in with our VP of Engineering, Luis Ortega, on Tuesday, March 23 at 11:00 AM ET (we know that's the afternoon for you in London).",
      '',
      "We'll debrief the day after and aim to share feedback by the end of that week.",
      '',
      'Best,',
      'Carly Nguyen',
      'Technical Recruiter, Fernwood Robotics',
      'Scheduled with Ashby',
    ),
    ...LDN,
    expect: [
      { kind: 'interview', by: '2055-03-23', time: '15:00', phrase: 'Tuesday, March 23 at 11:00 AM ET' },
      { kind: 'response-by', by: '2055-03-26', phrase: 'by the end of that week' },
    ],
  },
  {
    // Dublin: two interview days, one of which is the reader's slot; a hedged promise "by the 31st".
    text: mail(
      'Dear Siobhán,',
      '',
      'Happy St Patrick’s Day! I hope you are enjoying the day off.',
      '',
      'We are holding interviews for the Grants Officer role on 23 and 24 March. Your slot is below:',
      '',
      'Date: 24/03/2055',
      'Time: 14:00',
      'Duration: approx. 45 minutes',
      'Venue: 3rd floor, 12 Fitzwilliam Place, Dublin 2',
      '',
      'The board meets the following week, and if all goes to plan we should be able to confirm the outcome by the 31st.',
      '',
      'Kind regards,',
      'Declan Furlong',
      'Office Manager, Clann Arts Foundation',
    ),
    ...DUB,
    expect: [
      { kind: 'interview', by: '2055-03-24', time: '14:00', phrase: 'Date: 24/03/2055' },
      { kind: 'response-by', by: '2055-03-31', phrase: 'by the 31st' },
    ],
  },
  {
    // Oracle Recruiting, Toronto: a past interview in passing, and a window counted from a date in the same
    // sentence (Fri 19 March + 10 business days = Fri 2 April).
    text: mail(
      'Dear Mateo,',
      '',
      'Thank you for completing your interview on March 15 for the position of Claims Adjuster II.',
      '',
      'Our hiring team is still meeting with candidates this week. Decisions are expected within 10 business days of the final interview date, March 19, and you will be notified by email.',
      '',
      'Sincerely,',
      'Talent Acquisition, Northshore Mutual',
      'Oracle Recruiting Cloud',
    ),
    ...TOR,
    expect: [
      {
        kind: 'response-by',
        by: '2055-04-02',
        phrase: 'within 10 business days of the final interview date, March 19',
      },
    ],
  },
  {
    // A San Francisco founder, a Berlin reader: Thursday noon PDT is 20:00 CET; a conditional promise "by Monday".
    text: mail(
      'Hi Jonas,',
      '',
      'Loved your take-home, honestly one of the best we have seen. Could we do a quick call with me and my co-founder Thursday at noon my time (SF)? I know that is evening for you in Berlin, so say if it is too late.',
      '',
      'Assuming it goes well, you would have a decision from us by Monday. We move fast.',
      '',
      'Thanks,',
      'Priya',
      'CEO, Lumen Ledger',
    ),
    ...BER,
    expect: [
      { kind: 'interview', by: '2055-03-18', time: '20:00', phrase: 'Thursday at noon my time (SF)' },
      { kind: 'response-by', by: '2055-03-22', phrase: 'by Monday' },
    ],
  },
  {
    // Teamtailor, Amsterdam: "early next month" (the 10th, fuzzy).
    text: mail(
      'Hi Noor,',
      '',
      'Thank you for sending in your case assignment for the Growth Marketeer role at Fietsfabriek.',
      '',
      'We are collecting all assignments this week and the team will review them together after that. You will hear from us early next month with the outcome.',
      '',
      'Groetjes,',
      'Sanne Visser',
      'People & Culture',
      'Sent with Teamtailor',
    ),
    ...AMS,
    expect: [{ kind: 'response-by', by: '2055-04-10', phrase: 'early next month', fuzzy: true }],
  },
  {
    // SuccessFactors, Singapore: a date without a weekday, 24 h with a zone word, and no contact with the panel.
    text: mail(
      'Dear Mr Raj Kumar Pillai,',
      '',
      'Interview Invitation – Senior Process Engineer (Req ID 88213)',
      '',
      'We are pleased to inform you that you have been shortlisted. Your interview with the regional panel is scheduled for 25 March 2055, 16:30 Singapore time (SGT), at our Jurong office.',
      '',
      'Please do not reply to this system-generated email, and do not contact the panel members directly. Any queries may be sent to careers@meranti-chem.example.',
      '',
      'Regards,',
      'Talent Acquisition, Meranti Chemicals Asia',
    ),
    ...SIN,
    expect: [
      {
        kind: 'interview',
        by: '2055-03-25',
        time: '16:30',
        phrase: '25 March 2055, 16:30 Singapore time (SGT)',
      },
      { kind: 'no-calls', phrase: 'do not contact the panel members directly' },
    ],
  },
  {
    // Accra: a rejection worded indirectly, in formal non-native English.
    text: mail(
      'Dear Abena,',
      '',
      'We appreciate the time you took to interview with us for the Procurement Officer position.',
      '',
      'We wish to inform you that the position has since been filled by another candidate. We shall keep your details on file for future vacancies that match your profile.',
      '',
      'Yours faithfully,',
      'For: Head, Human Resources',
      'Volta Star Beverages Ltd',
    ),
    ...ACC,
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    // Lagos: an offer worded as management's approval; the one-week window is the candidate's deadline.
    text: mail(
      'Dear Chukwuemeka,',
      '',
      'Following your performance at the final interview, Management has approved your engagement as Senior Accountant with effect from 1st May 2055.',
      '',
      'Kindly find attached your letter of employment for your review and acceptance within one week.',
      '',
      'Congratulations.',
      '',
      'Yours faithfully,',
      'Folake Adebayo',
      'Human Capital Manager, Eko Bridge Holdings',
    ),
    ...LOS,
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    // JazzHR, Nairobi: a weekday without a date and "half past nine in the morning".
    text: mail(
      'Hi Otieno,',
      '',
      'Thank you for your application for the Field Sales Supervisor role at Savanna Solar.',
      '',
      'We would like to invite you for a technical assessment interview on Monday at half past nine in the morning, East Africa Time, at our Westlands office. It should take about an hour.',
      '',
      'Kind regards,',
      'Mercy Wambui',
      'Recruitment Lead',
    ),
    ...NBO,
    expect: [
      {
        kind: 'interview',
        by: '2055-03-22',
        time: '09:30',
        phrase: 'Monday at half past nine in the morning',
      },
    ],
  },
  {
    // NSW government, Sydney: no status by phone, and a window counted from the closing date in parentheses
    // (Sun 14 March + 21 days = Sun 4 April).
    text: mail(
      'Dear Ms Kowalczyk,',
      '',
      'Thank you for your application for the role of Senior Policy Officer, Clerk Grade 9/10 (REQ-551902).',
      '',
      'Applications for this role are now closed. Shortlisted applicants will be contacted within three weeks of the closing date (Sunday 14 March 2055).',
      '',
      'Please note that we are unable to provide updates on the status of applications by phone.',
      '',
      'Regards,',
      'Recruitment Services',
      'Department of Regional Transport',
    ),
    ...SYD,
    expect: [
      {
        kind: 'response-by',
        by: '2055-04-04',
        phrase: 'within three weeks of the closing date (Sunday 14 March 2055)',
      },
      {
        kind: 'no-calls',
        phrase: 'unable to provide updates on the status of applications by phone',
      },
    ],
  },
  {
    // Auckland council: an absence, and a hold until the manager's return.
    text: mail(
      'Kia ora Tama,',
      '',
      'Thanks for coming in to meet the team on Monday.',
      '',
      "Just so you know, the hiring manager, Leilani, is away on leave until Monday 29 March, so please hold off on any follow-up until she's back. She'll want to speak to you herself.",
      '',
      'Ngā mihi,',
      'Ruby Harris',
      'Recruitment Advisor, Waitematā District Council',
    ),
    ...AKL,
    expect: [
      {
        kind: 'no-contact-before',
        by: '2055-03-29',
        phrase: "hold off on any follow-up until she's back",
      },
    ],
  },
  {
    // Recruitee, Kuala Lumpur: the meeting day in one sentence, the promise in the next ("before the week is out").
    text: mail(
      'Dear Nurul,',
      '',
      'Thank you for your patience. The hiring committee sits on Thursday afternoon to decide on the Finance Executive role.',
      '',
      'Whatever they decide, I will personally make sure you hear from us before the week is out.',
      '',
      'Best regards,',
      'Kavitha Subramaniam',
      'HR Business Partner, Selangor Fresh Sdn Bhd',
    ),
    ...KUL,
    expect: [{ kind: 'response-by', by: '2055-03-19', phrase: 'before the week is out' }],
  },
  {
    // Pinpoint, a UK police staff role: "10.30am" on a day after the UK clock change, and an outcome counted
    // from the interview (Wed 31 March + 7 working days = Fri 9 April).
    text: mail(
      'Dear Callum,',
      '',
      'Thank you for your application for the post of Digital Forensics Technician.',
      '',
      'I am pleased to invite you to interview. Your interview has been arranged for 10.30am on Wednesday 31st March at Force Headquarters, Northgate. Please report to the main reception 15 minutes beforehand.',
      '',
      'Candidates will be notified of the outcome within seven working days of the interview.',
      '',
      'Yours sincerely,',
      'Resourcing Team',
      'Pennine Constabulary',
    ),
    ...LDN,
    expect: [
      { kind: 'interview', by: '2055-03-31', time: '10:30', phrase: '10.30am on Wednesday 31st March' },
      {
        kind: 'response-by',
        by: '2055-04-09',
        phrase: 'within seven working days of the interview',
      },
    ],
  },
  {
    // GoodTime, for a Bengaluru reader of a US company: the loop's start in IST.
    text: mail(
      'Hi Ananya,',
      '',
      'Your interview loop for Staff Software Engineer is confirmed. Times shown are in India Standard Time (IST).',
      '',
      'Friday, March 19',
      '7:30 PM – 8:15 PM  System design with Ravi Shah',
      '8:15 PM – 9:00 PM  Coding with Emily Carter',
      '9:00 PM – 9:30 PM  Hiring manager chat with Tom Hale',
      '',
      'Video links are in the calendar invites. Reply to this email if you need to reschedule.',
      '',
      'Cobalt Systems Recruiting Team',
      'Scheduled with GoodTime',
    ),
    ...BLR,
    expect: [{ kind: 'interview', by: '2055-03-19', time: '19:30', phrase: 'Friday, March 19' }],
  },
  {
    // Zoom invitation in Eastern time for a Vancouver reader (1:00 PM EDT = 10:00 PDT).
    text: mail(
      'Hi Ethan,',
      '',
      'Priscilla Huang is inviting you to a scheduled Zoom meeting.',
      '',
      'Topic: Final Interview – Product Designer (Harbour & Pine)',
      'Time: Mar 22, 2055 01:00 PM Eastern Time (US and Canada)',
      '',
      'Join Zoom Meeting',
      'https://zoom.example/j/84120937716',
      'Meeting ID: 841 2093 7716',
      'Passcode: 502281',
    ),
    ...VAN,
    expect: [
      {
        kind: 'interview',
        by: '2055-03-22',
        time: '10:00',
        phrase: 'Mar 22, 2055 01:00 PM Eastern Time (US and Canada)',
      },
    ],
  },
  {
    // Dubai: a promise worded as process, "7 to 10 days from today" (the upper bound).
    text: mail(
      'Dear Mr. Hassan,',
      '',
      'Further to your final interview, your file is now with the Line Manager for final approval. Normally this process takes 7 to 10 days from today, after which HR will revert to you with the result.',
      '',
      'Best Regards,',
      'Reem Al Mansoori',
      'Talent Acquisition Specialist, Desert Rose Hospitality Group',
    ),
    ...DXB,
    expect: [{ kind: 'response-by', by: '2055-03-27', phrase: '7 to 10 days from today' }],
  },
  {
    // Manila: a reschedule to a new day at the same time.
    text: mail(
      'Hi Joanna,',
      '',
      'Good morning! Apologies for the short notice, but our Operations Director has been called to a client visit on Friday.',
      '',
      'We need to move your final interview from Friday to Monday 22 March, same time (3:00 PM), same venue at our Ortigas office. Please let me know if this is okay with you.',
      '',
      'Thank you and God bless!',
      'Mae Santos',
      'Recruitment Specialist, Luzon Shared Services Inc.',
    ),
    ...MNL,
    expect: [
      { kind: 'interview', by: '2055-03-22', time: '15:00', phrase: 'Monday 22 March, same time (3:00 PM)' },
    ],
  },

  // ---- negatives ----
  {
    // Ashby notice to an interviewer on the panel.
    text: mail(
      'Hi Hannah,',
      '',
      "You're on the panel for Daniel Osei (Backend Engineer).",
      '',
      'Tuesday, March 23 · 11:00 AM – 12:00 PM EDT',
      'Focus area: API design',
      '',
      'Please leave your feedback in Ashby within 24 hours of the interview so we can debrief by Friday.',
      '',
      'Thanks!',
      'Fernwood Robotics Recruiting',
    ),
    ...NY,
    expect: [],
  },
  {
    // A sister's interview; the reader is asked to do the school run.
    text: mail(
      'Hey you,',
      '',
      "My interview with the council is Monday at 10 so I can't do the school run — could you take the twins? They said I'd hear back within a fortnight, so fingers crossed.",
      '',
      "Also don't forget Dad's birthday lunch on Sunday at 12:30.",
      '',
      'Love,',
      'Kate',
    ),
    ...LDN,
    expect: [],
  },
  {
    // The reader as an employee: a moved 1:1 and an appraisal form due.
    text: mail(
      'Hi Thandi,',
      '',
      'Could we move our 1:1 from Thursday to Friday 19 March at 14:00? I have a clash with the board prep.',
      '',
      'Also a gentle reminder that your appraisal form is due by the end of the month.',
      '',
      'Thanks,',
      'Pieter',
    ),
    ...JNB,
    expect: [],
  },
  {
    // An all-hands and an offsite.
    text: mail(
      'Hi all,',
      '',
      'Our Q1 all-hands is on Thursday 25 March at 4pm GMT. Please send questions for the leadership panel by Tuesday.',
      '',
      'The summer offsite is confirmed for 21–23 April in Galway; travel details will follow within two weeks.',
      '',
      'Cheers,',
      'Workplace Team',
    ),
    ...DUB,
    expect: [],
  },
  {
    // Robert Half: a salary-guide webinar with a registration deadline.
    text: mail(
      'Hi Grace,',
      '',
      'The 2055 Salary Guide is here. Join our live webinar, "What Australian employers are paying in 2055", on Tuesday 23 March at 12 noon AEDT.',
      '',
      'Register by Monday to receive the full guide and the recording within 48 hours of the session.',
      '',
      'Robert Half Australia',
      'Unsubscribe | Privacy',
    ),
    ...SYD,
    expect: [],
  },
  {
    // A career fair with on-the-spot interviews.
    text: mail(
      'Dear students and alumni,',
      '',
      'The Spring Career Fair takes place on Thursday, March 25, 10am–3pm in the Great Hall. More than 80 employers will attend and several will be conducting on-the-spot interviews.',
      '',
      'Bring printed copies of your resume. Pre-register by March 22 to skip the line.',
      '',
      'Career Education Office',
    ),
    ...TOR,
    expect: [],
  },
  {
    // A PhD viva.
    text: mail(
      'Dear Mr Adeyemi,',
      '',
      'Your viva voce examination has been scheduled for Tuesday 30 March 2055 at 10:00 in Room 2.14, Graduate School Building.',
      '',
      'The examiners will give you their recommendation on the day, and the written report will follow within four weeks.',
      '',
      'Yours sincerely,',
      'Doctoral College Administration',
    ),
    ...LOS,
    expect: [],
  },
  {
    // A US citizenship interview.
    text: mail(
      'Dear Applicant,',
      '',
      'Your naturalization interview is scheduled on 04/06/2055 at 9:30 AM at the Chicago Field Office.',
      '',
      'Please bring this notice, your permanent resident card and your passport. A decision is usually made at the end of the interview.',
      '',
      'U.S. Citizenship and Immigration Services',
    ),
    ...CHI,
    expect: [],
  },
  {
    // A car service booking.
    text: mail(
      'Hi Aoife,',
      '',
      'Your vehicle is booked in for its NCT pre-check and service on Friday 19 March at 8.00am.',
      '',
      "We'll ring you when it's ready for collection, usually by 5pm the same day.",
      '',
      'Thanks,',
      'Kilmainham Motors',
    ),
    ...DUB,
    expect: [],
  },
  {
    // A landlord's engineer visit, with a deadline for the reader.
    text: mail(
      'Hi Kofi,',
      '',
      'The gas engineer will visit on Monday between 8 and 12 for the annual safety check.',
      '',
      "Please let me know by Friday if that doesn't work and I'll rebook.",
      '',
      'Thanks,',
      'Janet (landlord)',
    ),
    ...ACC,
    expect: [],
  },
  {
    // A freelancer's discovery call with a client, and the client's purchase order.
    text: mail(
      'Hi Lena,',
      '',
      "Thanks for your portfolio, we'd like to book you for a discovery call on Thursday at 3pm CET to scope the website rebuild.",
      '',
      "If the scope works for both sides, we'll confirm the purchase order by end of next week.",
      '',
      'Best,',
      'Marco',
      'Studio Lago',
    ),
    ...BER,
    expect: [],
  },
  {
    // The reader on a council interview panel.
    text: mail(
      'Dear Cllr Ahmed,',
      '',
      'Panel interviews for the Planning Officer post will be held on Tuesday 23 March from 09:00 in Committee Room 2. You are on the panel with Cllr Hughes and the Head of Planning.',
      '',
      'Candidate packs are attached; please treat them as confidential.',
      '',
      'Regards,',
      'Democratic Services',
    ),
    ...AKL,
    expect: [],
  },
  {
    // A graduate scheme with only a closing date and assessment month.
    text: mail(
      'Hi Priya,',
      '',
      'The Apex Graduate Trainee Programme 2055 is now open for applications!',
      '',
      'Closing date: 11 April 2055. Assessment centres will run in May, and successful applicants start in September.',
      '',
      'Apply now on our careers site.',
      '',
      'Apex Consumer Goods India – Campus Team',
    ),
    ...BLR,
    expect: [],
  },
  {
    // A new starter's first day and pay day (the offer was accepted long ago).
    text: mail(
      'Hi Farah,',
      '',
      'Just a reminder that your first day is Monday 5 April; please come to Level 12 reception at 8:45am.',
      '',
      'Payroll runs on the 25th of each month, so your first salary will be paid on 25 April.',
      '',
      'Welcome to the team!',
      'Aziz, People Operations',
    ),
    ...KUL,
    expect: [],
  },
  {
    // Approved leave.
    text: mail(
      'Hello,',
      '',
      'Your annual leave request for 29 March – 2 April 2055 (5 days) has been approved by Michael Tan.',
      '',
      'Remaining balance: 9 days.',
      '',
      'This is an automated notification from SAP SuccessFactors.',
    ),
    ...SIN,
    expect: [],
  },
  {
    // Workable acknowledgement: nothing dated.
    text: mail(
      'Hi Ibrahim,',
      '',
      "Thanks for applying for the Customer Success Manager role at Oasis Pay! We've received your application.",
      '',
      'Our team reviews every application carefully and will get back to you as soon as we can.',
      '',
      'The Oasis Pay Hiring Team',
      'Powered by Workable',
    ),
    ...DXB,
    expect: [],
  },
  {
    // Randstad asking the candidate for documents by Friday; no promise with a date.
    text: mail(
      'Hi Tunde,',
      '',
      'The client has asked for your updated CV and two references by Friday. Once I have them I will submit your profile and let you know what they say.',
      '',
      'Thanks,',
      'Claire Mitchell',
      'Randstad, Manchester',
    ),
    ...LDN,
    expect: [],
  },
];
