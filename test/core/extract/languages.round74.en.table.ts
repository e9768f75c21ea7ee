// Round 780 (issue 13): written BEFORE the engine read it, by a helper (hw414) who never saw the rules, on
// Sunday 25 October 2054 at 19:00 local: the morning Europe's clocks went back, while the US stays on daylight
// time until Sunday 1 November (so for one week New York is only 4 hours behind London). Sent on a Sunday: "next
// week" and "end of next week" are the week that starts tomorrow (26–30 October); a bare weekday is the next one
// after Sunday. What it tries: positives that are hard to read. The date sits in another sentence or paragraph
// than the verb ("The panel meets on Thursday 29 October ... within two working days of that meeting"; "This
// posting closed Friday, October 23 ... 5–7 business days after the posting closes"); a hedged promise ("If all
// goes to plan"); several dates of which one is the reader's; weekdays without dates ("coming Thursday", "on
// Tuesday at half past two"); 24 h, am/pm and "hrs"; zones in words or parentheses for a reader elsewhere (an
// Eastern slot for a London reader across the DST gap, a Pacific slot that moves a Sydney reader's date, a Teams
// "(UTC+01:00) Amsterdam" slot for Johannesburg, a Calendly Pacific slot after the US change for Chicago); several
// findings in one mail (an interview plus a promise, an interview plus no-calls, a hold plus a window counted from
// its end); an offer and a rejection worded indirectly or in non-native English. Negatives use the same layouts
// with the reader not the candidate: a Greenhouse interviewer notice, an appraisal, a recruiter promising a
// shortlist to a hiring manager, a friend's interview, a referee call, a job alert, a press interview, a paid
// research-study interview, a visa appointment, a dentist, a payroll date moved for the clock change, an agency
// selling candidates to an employer, a candidate's thank-you read by the recruiter, an acknowledgement with only
// a closing date, a mentoring session, an admissions interview. Names, companies and dates are invented; answers
// follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Sunday 25 October 2054, 19:00 local (EU summer time ended that morning; US still on daylight time).
const LDN = { sentAt: '2054-10-25T19:00:00+00:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2054-10-25T19:00:00+00:00', tz: 'Europe/Dublin' } as const;
const NY = { sentAt: '2054-10-25T19:00:00-04:00', tz: 'America/New_York' } as const;
const TOR = { sentAt: '2054-10-25T19:00:00-04:00', tz: 'America/Toronto' } as const;
const CHI = { sentAt: '2054-10-25T19:00:00-05:00', tz: 'America/Chicago' } as const;
const VAN = { sentAt: '2054-10-25T19:00:00-07:00', tz: 'America/Vancouver' } as const;
const SYD = { sentAt: '2054-10-25T19:00:00+11:00', tz: 'Australia/Sydney' } as const;
const AKL = { sentAt: '2054-10-25T19:00:00+13:00', tz: 'Pacific/Auckland' } as const;
const BLR = { sentAt: '2054-10-25T19:00:00+05:30', tz: 'Asia/Kolkata' } as const;
const KHI = { sentAt: '2054-10-25T19:00:00+05:00', tz: 'Asia/Karachi' } as const;
const SIN = { sentAt: '2054-10-25T19:00:00+08:00', tz: 'Asia/Singapore' } as const;
const HKG = { sentAt: '2054-10-25T19:00:00+08:00', tz: 'Asia/Hong_Kong' } as const;
const NBO = { sentAt: '2054-10-25T19:00:00+03:00', tz: 'Africa/Nairobi' } as const;
const JNB = { sentAt: '2054-10-25T19:00:00+02:00', tz: 'Africa/Johannesburg' } as const;
const DXB = { sentAt: '2054-10-25T19:00:00+04:00', tz: 'Asia/Dubai' } as const;
const ACC = { sentAt: '2054-10-25T19:00:00+00:00', tz: 'Africa/Accra' } as const;
const LOS = { sentAt: '2054-10-25T19:00:00+01:00', tz: 'Africa/Lagos' } as const;
const AMS = { sentAt: '2054-10-25T19:00:00+01:00', tz: 'Europe/Amsterdam' } as const;

const mail = (...lines: string[]): string => lines.join('\n');

export const ROUND_780_EN: readonly PhraseRow[] = [
  // ---- positives ----
  {
    // Greenhouse, New York company, London reader: 1:30 PM EDT is 17:30 GMT this week only; feedback counted
    // from the interview day (Mon 26 Oct + 3 business days = Thu 29 Oct).
    text: mail(
      'Hi Oliver,',
      '',
      'Thanks for making time to speak with Dana last week. We would love to move you forward to a video interview with our Head of Analytics, Marcus Bell.',
      '',
      'When: Monday, October 26, 2054',
      'Time: 1:30 PM - 2:15 PM Eastern Time (US & Canada)',
      'Where: Google Meet (link in the calendar invite)',
      '',
      'Marcus is usually quick with his notes, so you can expect feedback from us within 3 business days of your interview.',
      '',
      'Best,',
      'Kayla Moreno',
      'Recruiting Coordinator | Brightline Insurance Labs',
      'Sent via Greenhouse',
    ),
    ...LDN,
    expect: [
      { kind: 'interview', by: '2054-10-26', time: '17:30', phrase: 'Monday, October 26, 2054' },
      { kind: 'response-by', by: '2054-10-29', phrase: 'within 3 business days of your interview' },
    ],
  },
  {
    // Workday, label–value block under a sentence that has no date; the confirm-by day is the candidate's.
    text: mail(
      'Dear Aisha,',
      '',
      'Following your conversation with Priya last week, the second-stage panel has now been set. The details are below.',
      '',
      'Position: Senior Payroll Analyst (R-20931)',
      'Date: Thursday, 29 October 2054',
      'Time: 10:00 – 11:30 (Eastern)',
      'Location: 250 Yonge Street, 14th floor – ask for Priya at reception',
      'Panel: Priya Raman, Geoff Lam, Sandra Okafor',
      '',
      'Please confirm your attendance by replying to this message by Tuesday.',
      '',
      'Kind regards,',
      'Talent Acquisition',
      'Maple Ridge Financial',
    ),
    ...TOR,
    expect: [{ kind: 'interview', by: '2054-10-29', time: '10:00', phrase: 'Thursday, 29 October 2054' }],
  },
  {
    // Hedged promise counted from a meeting day named in the sentence before (Thu 29 Oct + 2 working days).
    text: mail(
      'Hi Ciarán,',
      '',
      'Thanks again for coming in on Friday, the team really enjoyed meeting you.',
      '',
      'The panel meets on Thursday 29 October to compare notes on the final three candidates. If all goes to plan, we should be able to confirm the outcome within two working days of that meeting.',
      '',
      'Any questions in the meantime, just shout.',
      '',
      'All the best,',
      'Gráinne Walsh',
      'People Partner, Tidewater Software, Dublin',
    ),
    ...DUB,
    expect: [
      {
        kind: 'response-by',
        by: '2054-11-02',
        phrase: 'within two working days of that meeting',
      },
    ],
  },
  {
    // Founder writing casually: a single proposed slot in Pacific time that moves the Sydney reader's date
    // (Tue 27 Oct 15:00 PDT = Wed 28 Oct 09:00 AEDT), plus "end of next week" written on a Sunday.
    text: mail(
      'hey Mia,',
      '',
      'great chatting Friday! would love for you to meet Tomás, our CTO. he is in SF so timing is a bit awkward for you, sorry about that. does Tues 3pm his time (Pacific) work? should be first thing Wednesday morning for you.',
      '',
      "either way we'll make a call by end of next week, we don't like leaving people hanging.",
      '',
      'cheers',
      'Jon',
      'co-founder, Quokka Freight (hiring via Lever)',
    ),
    ...SYD,
    expect: [
      { kind: 'interview', by: '2054-10-28', time: '09:00', phrase: 'Tues 3pm his time (Pacific)' },
      { kind: 'response-by', by: '2054-10-30', phrase: 'by end of next week' },
    ],
  },
  {
    // Hays, Auckland: weekday without date, "half past two", and a no-calls request about the client.
    text: mail(
      'Kia ora Hemi,',
      '',
      'Good news – the client would like a phone interview. Aroha Ngata, the Operations Manager, will ring you on Tuesday at half past two.',
      '',
      "Just a reminder that all communication needs to come through me, so please don't contact the client directly about the role.",
      '',
      'Ngā mihi,',
      'Sophie Tane',
      'Senior Consultant, Hays Auckland',
    ),
    ...AKL,
    expect: [
      { kind: 'interview', by: '2054-10-27', time: '14:30', phrase: 'on Tuesday at half past two' },
      { kind: 'no-calls', phrase: "please don't contact the client directly" },
    ],
  },
  {
    // iCIMS, Chicago: the window is counted from a closing date named in the sentence before
    // (Fri 23 Oct + 7 business days = Tue 3 Nov).
    text: mail(
      'Hello Marcus,',
      '',
      'Thank you for your interest in the Warehouse Shift Lead opening at Prairie Cold Storage. This posting closed Friday, October 23.',
      '',
      'Our hiring team completes its review in 5–7 business days after the posting closes, and every applicant will receive an email either way.',
      '',
      'Regards,',
      'Prairie Cold Storage Recruiting',
      'This message was sent from iCIMS.',
    ),
    ...CHI,
    expect: [
      {
        kind: 'response-by',
        by: '2054-11-03',
        phrase: '5–7 business days after the posting closes',
      },
    ],
  },
  {
    // NHS Jobs: D/M numeric date in a label–value layout, 24 h time, outcome counted from the interview date.
    text: mail(
      'Dear Ms Achterberg,',
      '',
      'Invitation to interview',
      'Job reference: 341-COR-2054-117',
      'Job title: Band 6 Cardiac Physiologist',
      '',
      'Date: 04/11/2054',
      'Time: 09:15',
      'Venue: Education Centre, Room 3, St Mary Cray Hospital',
      '',
      'Please bring photo ID and the originals of your qualifications. We aim to let all candidates know the outcome within 5 working days of the interview date.',
      '',
      'Yours sincerely,',
      'Recruitment Team',
      'South Weald NHS Foundation Trust',
    ),
    ...LDN,
    expect: [
      { kind: 'interview', by: '2054-11-04', time: '09:15', phrase: 'Date: 04/11/2054' },
      {
        kind: 'response-by',
        by: '2054-11-11',
        phrase: 'within 5 working days of the interview date',
      },
    ],
  },
  {
    // Bengaluru, Indian English: "coming Thursday", "11:00 hrs", and status calls refused.
    text: mail(
      'Dear Rohit,',
      '',
      'Greetings from Sarvam Infra Services!',
      '',
      'With reference to your telephonic discussion, your F2F technical round is fixed on coming Thursday at 11:00 hrs at our Whitefield office. Kindly carry two copies of updated resume and one photo ID proof.',
      '',
      'Kindly do not call HR team for status, result will be intimated through mail only.',
      '',
      'Thanks & Regards,',
      'Deepa N.',
      'HR Executive',
    ),
    ...BLR,
    expect: [
      { kind: 'interview', by: '2054-10-29', time: '11:00', phrase: 'coming Thursday at 11:00 hrs' },
      { kind: 'no-calls', phrase: 'Kindly do not call HR team for status' },
    ],
  },
  {
    // Karachi: a rejection worded indirectly, in formal non-native English.
    text: mail(
      'Dear Mr. Farhan Siddiqui,',
      '',
      'Thank you for appearing in the interview for the post of Assistant Manager Treasury at our head office.',
      '',
      'After detailed deliberation, we regret that we will not be able to take your candidature further at this stage. Your CV will remain in our databank and you may be approached for suitable openings in future.',
      '',
      'With best wishes,',
      'Human Resource Department',
      'Indus Crescent Bank Limited',
    ),
    ...KHI,
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    // Singapore: an offer worded as the panel's wish; the Friday date is the candidate's own deadline.
    text: mail(
      'Hi Wei Ling,',
      '',
      "I'm delighted to share that the panel would like to extend you an offer for the role of Regional Compliance Lead. HR will send the formal letter with the full package tomorrow.",
      '',
      'Could you let us know by Friday whether you are inclined to accept? Happy to get on a call if you have questions.',
      '',
      'Warm regards,',
      'Benedict Koh',
      'Head of Talent, Straits Meridian Capital',
    ),
    ...SIN,
    // The writer's expectation (the offer alone) was the miss: "HR will send the formal letter … tomorrow" is a
    // promise worded as a delivery (issue 13, class 2), t + 1; Friday is the candidate's own deadline.
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2054-10-26' },
    ],
  },
  {
    // USAJOBS: hold until after the announcement closes (the day after).
    text: mail(
      'Dear Applicant,',
      '',
      'Thank you for applying to Announcement NE-55-1182-MP, Program Analyst (GS-0343-11), with the Northeast Regional Office.',
      '',
      'Your application has been received and will be reviewed for minimum qualifications. Please refrain from contacting the Human Resources office regarding the status of your application until after the announcement closes on November 6, 2054.',
      '',
      'You can check your status at any time in your USAJOBS account.',
      '',
      'Human Resources Office',
    ),
    ...NY,
    expect: [
      {
        kind: 'no-contact-before',
        by: '2054-11-07',
        phrase: 'until after the announcement closes on November 6, 2054',
      },
    ],
  },
  {
    // Nairobi: an absence with a return day, and a window counted from that return (Mon 9 Nov + 14 days).
    text: mail(
      'Dear Wanjiru,',
      '',
      'Thank you for attending the interview on Thursday. I wanted to let you know that I am proceeding on leave from tomorrow and will be back in the office on Monday 9th November, so kindly hold any follow-ups until I am back.',
      '',
      'The panel will share the results with all candidates within two weeks of my return.',
      '',
      'Regards,',
      'Joseph Kiprop',
      'HR Officer, Rift Valley Agro Processors Ltd',
    ),
    ...NBO,
    expect: [
      {
        kind: 'no-contact-before',
        by: '2054-11-09',
        phrase: 'hold any follow-ups until I am back',
      },
      { kind: 'response-by', by: '2054-11-23', phrase: 'within two weeks of my return' },
    ],
  },
  {
    // Microsoft Teams invitation from Amsterdam for a Johannesburg reader (09:00 CET = 10:00 SAST).
    text: mail(
      'Second interview – Data Engineer',
      'Thursday, 29 October 2054 09:00–10:00',
      '(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna',
      'Organiser: Femke de Wit',
      '',
      'Hi Thabo, here is the invite for your second interview with the platform team. Looking forward!',
      '',
      '________________________________________________________________________________',
      'Microsoft Teams meeting',
      'Join on your computer, mobile app or room device',
      'Click here to join the meeting',
      'Meeting ID: 381 446 902 177',
      'Passcode: x7Kq2b',
      '________________________________________________________________________________',
    ),
    ...JNB,
    expect: [
      { kind: 'interview', by: '2054-10-29', time: '10:00', phrase: 'Thursday, 29 October 2054 09:00' },
    ],
  },
  {
    // Workable, Dubai: the promise is a paragraph after the (unhelpful) panel day.
    text: mail(
      'Hi Layla,',
      '',
      'Thank you for your patience so far. A quick note on timing: the hiring panel is meeting on Wednesday to review the shortlisted candidates.',
      '',
      'We expect to have a final decision for you by the end of the month.',
      '',
      'Best regards,',
      'Omar Haddad',
      'Talent Acquisition Partner, Gulfline Logistics',
      'Powered by Workable',
    ),
    ...DXB,
    expect: [{ kind: 'response-by', by: '2054-10-31', phrase: 'by the end of the month' }],
  },
  {
    // Calendly confirmation: a Pacific slot after the US clock change, read in Chicago (11:00 PST = 13:00 CST).
    text: mail(
      'Hi Sam,',
      '',
      'Your event has been scheduled.',
      '',
      'Event Type: 30 Minute Intro Call – Customer Success Manager',
      'Invitee: Sam Whitaker',
      'Host: Jess Park (Northwind Health)',
      'Event Date/Time: 11:00am - 11:30am (Pacific Time - US & Canada) on Tuesday, November 3, 2054',
      'Location: Jess will call you at the number you provided.',
      '',
      'Need to make changes to this event? Cancel or Reschedule',
      'Powered by Calendly.com',
    ),
    ...CHI,
    expect: [
      {
        kind: 'interview',
        by: '2054-11-03',
        time: '13:00',
        phrase: '11:00am - 11:30am (Pacific Time - US & Canada) on Tuesday, November 3, 2054',
      },
    ],
  },
  {
    // SmartRecruiters, Hong Kong: a conditional promise in working days, counted from a Sunday.
    text: mail(
      'Dear Ka Yan,',
      '',
      'Thank you for completing the online assessment for Assistant Merchandiser.',
      '',
      "Subject to the hiring manager's availability, we hope to revert with next steps within 10 working days.",
      '',
      'Best regards,',
      'Harbourline Retail Group | Talent Acquisition',
      'Sent by SmartRecruiters',
    ),
    ...HKG,
    expect: [{ kind: 'response-by', by: '2054-11-06', phrase: 'within 10 working days' }],
  },

  // ---- negatives ----
  {
    // Greenhouse notice to an interviewer: the reader is on the panel, not the candidate.
    text: mail(
      'Hi Oliver,',
      '',
      "You've been scheduled to interview Rahul Mehta for Senior Data Analyst.",
      '',
      'When: Monday, October 26, 2054, 1:30 PM - 2:15 PM EDT',
      'Interview: Case study review',
      'Scorecard: please submit your feedback within 24 hours of the interview.',
      '',
      'View the interview kit in Greenhouse.',
      '',
      'Thanks,',
      'Brightline Insurance Labs Recruiting',
    ),
    ...LDN,
    expect: [],
  },
  {
    // Workday: the reader as an employee (an appraisal meeting and a self-assessment due date).
    text: mail(
      'Hi Aisha,',
      '',
      'Your mid-year performance review with Geoff Lam has been scheduled for Thursday 29 October at 10:00 in Meeting Room Birch.',
      '',
      'Please complete your self-assessment in Workday by Tuesday so Geoff has time to read it. HR will confirm any merit adjustments within two weeks of the review.',
      '',
      'Thanks,',
      'HR Operations, Maple Ridge Financial',
    ),
    ...TOR,
    expect: [],
  },
  {
    // A recruiter promising a shortlist to the reader, who is the hiring manager.
    text: mail(
      'Hi Priyanka,',
      '',
      "Quick update on the Product Marketing Manager req: we've had 42 applications so far and I've phone-screened nine.",
      '',
      "I'll have the shortlist over to you by Wednesday, and we could book first-round interviews for the week of 2 November if that suits your diary.",
      '',
      'Cheers,',
      'Aidan',
      'Talent Partner',
    ),
    ...DUB,
    expect: [],
  },
  {
    // A friend's interview, in a friend's message.
    text: mail(
      'Hiya!!',
      '',
      "Guess who got the final interview at Deloitte — it's Thursday at 3 😬 They said they'd let me know within a week either way.",
      '',
      'Still up for dinner on Saturday? My treat if it goes well lol',
      '',
      'Bec x',
    ),
    ...SYD,
    expect: [],
  },
  {
    // The reader as a referee, offered a single call slot.
    text: mail(
      'Dear Mr Mensah,',
      '',
      'Ngozi Adeyemi has applied for the post of Finance Officer at Coastline Microfinance and has given your name as a referee.',
      '',
      'Would you be available for a 15-minute reference call on Tuesday at 11am? Alternatively, you may complete the attached reference form and return it by Friday 30 October.',
      '',
      'Thank you for your help.',
      '',
      'Yours faithfully,',
      'Efua Boateng',
      'HR Manager',
    ),
    ...ACC,
    expect: [],
  },
  {
    // A job alert with a closing date and an employer's interview week.
    text: mail(
      'New jobs for "project coordinator" in Auckland',
      '',
      'Project Coordinator – Infrastructure | Kāhui Civil | Auckland CBD',
      'Applications close 8 November. Interviews expected the week of 16 November.',
      '',
      'Junior Project Coordinator | Harbourview Events | Parnell',
      'Full time · Listed 2d ago',
      '',
      'You are receiving this because you saved a search. Manage alerts | Unsubscribe',
    ),
    ...AKL,
    expect: [],
  },
  {
    // A press interview: the reader is being interviewed by a journalist.
    text: mail(
      'Hi Dr Chanda,',
      '',
      'Thanks for agreeing to be interviewed for our feature on the future of grocery retail in Southern Africa.',
      '',
      'Would Wednesday at 10am work for a 20-minute call? The piece should be published by the end of the month and I will send you the link.',
      '',
      'Best,',
      'Lerato Dube',
      'Senior Reporter, Business Day Weekly',
    ),
    ...JNB,
    expect: [],
  },
  {
    // A paid research-study interview with a confirmed slot and a voucher window.
    text: mail(
      'Hi Oliver,',
      '',
      'Thank you for signing up for our user research study on travel booking apps.',
      '',
      'Your interview session is confirmed for Tuesday 27 October at 14:00 GMT (60 minutes, on Zoom). You will receive your £40 voucher within 10 working days of the session.',
      '',
      'If you can no longer take part, just reply to this email.',
      '',
      'Many thanks,',
      'The Research Ops Team, Wayfarer Labs',
    ),
    ...LDN,
    expect: [],
  },
  {
    // A visa appointment.
    text: mail(
      'Dear RAVINDRA KUMAR,',
      '',
      'Your visa interview appointment at the U.S. Consulate General Mumbai is scheduled for 04 Nov 2054 at 08:45 AM.',
      '',
      'Please arrive 15 minutes before your appointment time with your confirmation page and passport. Do not bring electronic devices.',
      '',
      'This is an automated message. Please do not reply.',
    ),
    ...BLR,
    expect: [],
  },
  {
    // A dentist's reminder with a cancellation window.
    text: mail(
      'Dear Marcus,',
      '',
      'This is a reminder of your appointment with Dr Hughes on Monday 26 October at 9:40am.',
      '',
      'Please call us at least 24 hours in advance if you need to cancel or rearrange.',
      '',
      'Kind regards,',
      'Lakeshore Family Dental',
    ),
    ...CHI,
    expect: [],
  },
  {
    // Payroll moved for the clock change: the reader is an employee.
    text: mail(
      'Dear colleagues,',
      '',
      'Because of the system maintenance planned around the clock change, the October payroll will now be processed on Thursday 29 October. Funds should reach your account within 2 working days.',
      '',
      'Payslips will be available in the portal from Friday.',
      '',
      'Payroll Team',
      'Oranje Logistics B.V.',
    ),
    ...AMS,
    expect: [],
  },
  {
    // Michael Page pitching candidates to an employer.
    text: mail(
      'Hi Rachel,',
      '',
      'Following our chat at the CFO breakfast, I have three pre-screened Finance Business Partners who are available to interview this week. I can line up calls for Tuesday or Wednesday.',
      '',
      'Our standard terms include a free replacement within 12 weeks. I will send the profiles over by tomorrow morning.',
      '',
      'Best regards,',
      'Daniel Forsyth',
      'Michael Page Finance, New York',
    ),
    ...NY,
    expect: [],
  },
  {
    // A candidate's thank-you, read by the recruiter it was sent to.
    text: mail(
      'Hi Fatima,',
      '',
      "Thank you for Thursday's interview and for showing me around the warehouse. I remain very keen on the Inventory Planner role.",
      '',
      'I look forward to hearing from you by Friday as you mentioned.',
      '',
      'Best regards,',
      'Kwame Asante',
    ),
    ...LOS,
    expect: [],
  },
  {
    // Taleo acknowledgement: no dated promise, only a closing date.
    text: mail(
      'Dear Candidate,',
      '',
      'Thank you for applying for Requisition 54-0192, Customer Service Advisor (Vancouver).',
      '',
      'Your application is being reviewed. The job posting will remain open until 13 November 2054. Should your qualifications match our needs, a member of our team will contact you.',
      '',
      'Sincerely,',
      'Pacific Crest Telecom Careers',
    ),
    ...VAN,
    expect: [],
  },
  {
    // The reader as a mentor, with a first session.
    text: mail(
      'Dear Mr Mohamed,',
      '',
      "You have been matched as a mentor on this year's Graduate Leadership Scheme. Your first session with your mentee, Kwabena, is on Wednesday 28 October at 17:30 at the Nairobi hub.",
      '',
      'Mentors are asked to submit a short session note within a week of each meeting.',
      '',
      'With thanks,',
      'Graduate Programmes Office',
    ),
    ...NBO,
    expect: [],
  },
  {
    // A university admissions interview with a decision window.
    text: mail(
      'Dear Siew Mei,',
      '',
      'Thank you for your application to the MSc in Public Health (2055 intake).',
      '',
      'Your admissions interview will take place on 3 November 2054 at 10:00 (Singapore time) via Zoom. Admission decisions are released within four weeks of the interview.',
      '',
      'Yours sincerely,',
      'Graduate Admissions Office',
    ),
    ...SIN,
    expect: [],
  },
];
