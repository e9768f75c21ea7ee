// Round 530 (issue 13): written BEFORE the engine read it, by a helper who never saw the rules, on Easter Sunday
// 25 March 2035 at 10:30 local, the morning Europe moved its clocks forward (the US had moved on 11 March;
// Sydney and Auckland are still on summer time). Sent on a Sunday: "next week" and "the end of next week" are the
// week that starts tomorrow, a bare "Tuesday" is the 27th. Positives: a Greenhouse label–value confirmation in
// EDT, a Lever "10:30am PT" for a Toronto reader, a Hays consultant's "by the end of next week" on a bank-holiday
// weekend, NHS Jobs "Date: 17/04/2035 / Time: 09:45" beside the reader's own confirm-by date, Workday "within 7–10
// business days", a Berlin founder's single slot "Tuesday at 16:00", SmartRecruiters "revert … within two weeks"
// from Singapore, iCIMS asking the reader not to call hospital units, "28-Mar-2035 … 11:30 AM IST", an Australian
// Public Service "in mid-April", a Taleo rejection from Dubai, a BambooHR offer from Auckland whose reply date is the
// reader's, an Ashby hold during an offsite with "during the week of 2 April", results "within three weeks of that
// date" where the date is named in the sentence before, a Teams invitation block "(UTC+03:00) Nairobi", a Manila
// move "from Wednesday, 28 March to Friday, 30 March at 3:00 PM", an Irish HR partner on leave "please don't chase
// before then". Negatives: the reader as a GoodTime panelist, a 1:1 moved by the reader's manager who promises
// feedback by Friday, an appraisal cycle, a Seek job alert with closing dates, a dentist, a citizenship interview,
// a podcast interview, a cousin's interview in a mother's note, a PhD viva with a written outcome "within four
// weeks", Robert Half pitching to a hiring manager, a council's acknowledgement with a closing date, a first day and
// payday, a laptop upgrade "within 2 business days", a referee asked for a form by Thursday, a flight, a
// freelancer's client call "Tuesday at 11", a career fair with on-the-spot interviews. Names, companies and dates
// are invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Sunday 25 March 2035, 10:30 local.
const NY = { sentAt: '2035-03-25T10:30:00-04:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2035-03-25T10:30:00-05:00', tz: 'America/Chicago' } as const;
const DEN = { sentAt: '2035-03-25T10:30:00-06:00', tz: 'America/Denver' } as const;
const TOR = { sentAt: '2035-03-25T10:30:00-04:00', tz: 'America/Toronto' } as const;
const VAN = { sentAt: '2035-03-25T10:30:00-07:00', tz: 'America/Vancouver' } as const;
const LDN = { sentAt: '2035-03-25T10:30:00+01:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2035-03-25T10:30:00+01:00', tz: 'Europe/Dublin' } as const;
const BER = { sentAt: '2035-03-25T10:30:00+02:00', tz: 'Europe/Berlin' } as const;
const LAG = { sentAt: '2035-03-25T10:30:00+01:00', tz: 'Africa/Lagos' } as const;
const NBO = { sentAt: '2035-03-25T10:30:00+03:00', tz: 'Africa/Nairobi' } as const;
const JNB = { sentAt: '2035-03-25T10:30:00+02:00', tz: 'Africa/Johannesburg' } as const;
const DXB = { sentAt: '2035-03-25T10:30:00+04:00', tz: 'Asia/Dubai' } as const;
const KHI = { sentAt: '2035-03-25T10:30:00+05:00', tz: 'Asia/Karachi' } as const;
const BOM = { sentAt: '2035-03-25T10:30:00+05:30', tz: 'Asia/Kolkata' } as const;
const SIN = { sentAt: '2035-03-25T10:30:00+08:00', tz: 'Asia/Singapore' } as const;
const KUL = { sentAt: '2035-03-25T10:30:00+08:00', tz: 'Asia/Kuala_Lumpur' } as const;
const MNL = { sentAt: '2035-03-25T10:30:00+08:00', tz: 'Asia/Manila' } as const;
const SYD = { sentAt: '2035-03-25T10:30:00+11:00', tz: 'Australia/Sydney' } as const;
const AKL = { sentAt: '2035-03-25T10:30:00+13:00', tz: 'Pacific/Auckland' } as const;

const mail = (...lines: string[]): string => lines.join('\n');

/** Round 530: English whole messages, seventeen positives and seventeen negatives. */
export const ROUND_530_EN: readonly PhraseRow[] = [
  // Positives.
  {
    text: mail(
      'Hi Marcus,',
      '',
      'Thanks for making time to speak with us! Your interview with Brightwell Analytics is confirmed. Details below.',
      '',
      'Interview: Analytics Engineer – Technical Screen',
      'Date: Wednesday, March 28, 2035',
      'Time: 2:00 PM - 2:45 PM EDT',
      'Location: Google Meet (link in the calendar invite)',
      'Interviewer: Renata Okafor, Staff Engineer',
      '',
      'If you need to reschedule, just reply to this email.',
      '',
      'Best,',
      'Courtney Blake',
      'Recruiting Coordinator, Brightwell Analytics',
      'Sent via Greenhouse',
    ),
    ...NY,
    expect: [{ kind: 'interview', by: '2035-03-28', time: '14:00', phrase: 'Wednesday, March 28, 2035' }],
  },
  {
    text: mail(
      'Hi Priyanka,',
      '',
      'Great news: the team at Fernhill Robotics would like to move you forward to the virtual onsite loop. We have booked you for Thursday, March 29 at 10:30am PT, running until 2:30pm PT with a 30-minute lunch break. The Zoom details are in the calendar invitation.',
      '',
      'Let me know if you need any accommodations.',
      '',
      'Cheers,',
      'Dylan Marsh',
      'Recruiter, Fernhill Robotics',
      'Sent with Lever',
    ),
    ...TOR,
    expect: [
      { kind: 'interview', by: '2035-03-29', time: '13:30', phrase: 'Thursday, March 29 at 10:30am PT' },
    ],
  },
  {
    text: mail(
      'Hi Olivia,',
      '',
      'Hope you are having a restful Easter weekend. Just a quick note to say I caught up with Mark at Kestrel Facilities on Thursday after your second interview. They are seeing one more candidate on Tuesday and have promised me a decision by the end of next week, so I will be straight on the phone to you as soon as I hear.',
      '',
      'Enjoy the rest of the bank holiday,',
      'Tom Haddad',
      'Senior Consultant | Hays Facilities Management | Leeds',
    ),
    ...LDN,
    expect: [{ kind: 'response-by', by: '2035-03-30', phrase: 'by the end of next week', fuzzy: false }],
  },
  {
    text: mail(
      'Dear Chloe Barnes,',
      '',
      'Invitation to interview: Band 6 Occupational Therapist – Community Rehabilitation',
      'Reference: 318-CR-2035-0412',
      '',
      'Thank you for your application. We are pleased to invite you to interview.',
      '',
      'Date: 17/04/2035',
      'Time: 09:45',
      'Venue: Trust Headquarters, Room 2.14, Fairfield Road, Bury',
      '',
      'Please log in to your NHS Jobs account to confirm your attendance by 4 April 2035. Please bring photo ID and proof of your right to work in the UK.',
      '',
      'Yours sincerely,',
      'Recruitment Team',
      'North Manchester Care NHS Foundation Trust',
    ),
    ...LDN,
    expect: [{ kind: 'interview', by: '2035-04-17', time: '09:45', phrase: '17/04/2035' }],
  },
  {
    text: mail(
      'Hello Devon,',
      '',
      'Thank you for completing the online assessment for the Logistics Supervisor position (R-20418) at Prairie Freight Lines. Your results have been shared with the hiring team, and you can expect to hear from us regarding next steps within 7–10 business days.',
      '',
      'Please do not reply to this message; this mailbox is not monitored.',
      '',
      'Prairie Freight Lines Talent Acquisition',
    ),
    ...CHI,
    expect: [{ kind: 'response-by', by: '2035-04-06', phrase: 'within 7–10 business days', fuzzy: false }],
  },
  {
    text: mail(
      'Hey Jonas,',
      '',
      'Loved your take on the onboarding flow in your portfolio. I am one of the co-founders at Kitebase (nine of us, seed-funded, based in Kreuzberg) and we are hiring our first product designer. Would you be up for a relaxed chat with me and our CTO on Tuesday at 16:00? Google Meet, 30–40 minutes, no prep needed.',
      '',
      'Cheers,',
      'Mira',
      '',
      'Mira Lindqvist | Co-founder, Kitebase',
    ),
    ...BER,
    expect: [{ kind: 'interview', by: '2035-03-27', time: '16:00', phrase: 'Tuesday at 16:00' }],
  },
  {
    text: mail(
      'Dear Mr Wong Kah Wai,',
      '',
      'Thank you for presenting your case study to our panel last Thursday. The panel is now consolidating its feedback, and we will revert to you with the outcome within two weeks.',
      '',
      'Best regards,',
      'Talent Acquisition | Straits Harbour Logistics Pte Ltd',
      'This email was sent via SmartRecruiters',
    ),
    ...SIN,
    expect: [{ kind: 'response-by', by: '2035-04-08', phrase: 'within two weeks', fuzzy: false }],
  },
  {
    text: mail(
      'Hi Alexis,',
      '',
      'Thank you for applying for the Paramedic – Full Time (Req #2035-1187) position with Front Range Health. Your application is under review by our recruitment team.',
      '',
      'To keep the process fair for all applicants, we ask that you do not call our departments or hospital units about the status of your application. Updates will be posted to your candidate portal.',
      '',
      'Sincerely,',
      'Front Range Health Talent Acquisition',
      'Powered by iCIMS',
    ),
    ...DEN,
    expect: [{ kind: 'no-calls', phrase: 'do not call our departments or hospital units' }],
  },
  {
    text: mail(
      'Dear Rohan,',
      '',
      'Greetings from Vayu Fintech!',
      '',
      'Further to your application for Backend Developer (Java), we are happy to inform you that you have been shortlisted for the technical round. Please find the details below:',
      '',
      'Round: Technical Interview (L1)',
      'Date: 28-Mar-2035 (Wednesday)',
      'Time: 11:30 AM IST',
      'Mode: Microsoft Teams (link to follow from the panel)',
      '',
      'Kindly keep your camera on and ensure a stable internet connection.',
      '',
      'Regards,',
      'Sneha Iyer',
      'HR Executive – Talent Acquisition',
    ),
    ...BOM,
    expect: [{ kind: 'interview', by: '2035-03-28', time: '11:30', phrase: '28-Mar-2035' }],
  },
  {
    text: mail(
      'Dear Ms Tran,',
      '',
      'APS Level 6 – Policy Officer, Department of Regional Futures (Ref 35/0217)',
      '',
      'Thank you for attending the assessment centre on 20 March. The selection panel is finalising its report and we anticipate advising all candidates of the outcome in mid-April.',
      '',
      'Kind regards,',
      'Recruitment Team',
      'Department of Regional Futures',
    ),
    ...SYD,
    expect: [{ kind: 'response-by', by: '2035-04-15', phrase: 'in mid-April', fuzzy: true }],
  },
  {
    text: mail(
      'Dear Fatima,',
      '',
      'Thank you for your interest in the Relationship Manager – Priority Banking role with Gulf Crescent Bank and for taking the time to interview with us.',
      '',
      'After careful consideration, we regret to inform you that we will not be progressing your application further at this stage. We will retain your profile in our talent pool for 12 months.',
      '',
      'With best wishes,',
      'Talent Acquisition',
      'Gulf Crescent Bank',
    ),
    ...DXB,
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    text: mail(
      'Kia ora Hemi,',
      '',
      'Thanks so much for meeting with Aroha and me last week. We are thrilled to offer you the position of Customer Success Lead at Tūī Software! Your offer letter is attached and also available through the BambooHR link below.',
      '',
      'If you could let us know your decision by Friday 30 March, that would be great.',
      '',
      'Ngā mihi,',
      'Kate Sullivan',
      'People & Culture, Tūī Software',
    ),
    ...AKL,
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    text: mail(
      'Hi Sam,',
      '',
      'Thanks again for walking us through your take-home. A quick heads-up on timing: most of the hiring team is at our company offsite and back on Monday 2 April, so please hold any questions until then. We will come back to you with next steps during the week of 2 April.',
      '',
      'Best,',
      'Lauren',
      'Talent Partner, Northlight',
      'Sent from Ashby',
    ),
    ...LDN,
    expect: [
      { kind: 'no-contact-before', by: '2035-04-02', phrase: 'hold any questions until then' },
      { kind: 'response-by', by: '2035-04-06', phrase: 'during the week of 2 April', fuzzy: false },
    ],
  },
  {
    text: mail(
      'Dear Chinedu,',
      '',
      'RE: GRADUATE TRAINEE PROGRAMME 2035 – ASSESSMENT UPDATE',
      '',
      'Thank you for completing the online aptitude test. The assessment window closes on Friday, 30 March 2035. Results will be communicated to all candidates within three weeks of that date.',
      '',
      'Yours faithfully,',
      'Human Capital Management',
      'Meridian Trust Bank Plc',
    ),
    ...LAG,
    expect: [
      { kind: 'response-by', by: '2035-04-20', phrase: 'within three weeks of that date', fuzzy: false },
    ],
  },
  {
    text: mail(
      'Dear Wanjiru,',
      '',
      'Following your application for the Monitoring & Evaluation Officer position, please find below the invitation to your panel interview.',
      '',
      '________________________________________________________________________________',
      'Microsoft Teams meeting',
      'Panel Interview – M&E Officer – Wanjiru Kamau',
      'Monday, 2 April 2035 10:00 AM – 11:00 AM (UTC+03:00) Nairobi',
      'Join on your computer, mobile app or room device',
      'Click here to join the meeting',
      'Meeting ID: 318 552 904 17   Passcode: Xy7pQ2',
      '________________________________________________________________________________',
      '',
      'Kind regards,',
      'Grace Otieno',
      'HR Officer, Amani Health Initiative',
    ),
    ...NBO,
    expect: [{ kind: 'interview', by: '2035-04-02', time: '10:00', phrase: 'Monday, 2 April 2035 10:00 AM' }],
  },
  {
    text: mail(
      'Hi Carlo,',
      '',
      'Apologies for the late change. Our VP has a board meeting on Wednesday, so we need to move your final interview from Wednesday, 28 March to Friday, 30 March at 3:00 PM (Manila time). The Zoom link stays the same.',
      '',
      'Thanks for your flexibility,',
      'Bea Santos',
      'Talent Acquisition, Islapay',
    ),
    ...MNL,
    expect: [{ kind: 'interview', by: '2035-03-30', time: '15:00', phrase: 'Friday, 30 March at 3:00 PM' }],
  },
  {
    text: mail(
      'Hi Aoife,',
      '',
      'Thanks for your note. Just so you know, I am on annual leave from tomorrow and back in the office on Tuesday 3 April, so please don’t chase before then: nothing will move on the Data Protection Officer role while I am away. The panel has all of the interview notes.',
      '',
      'Best wishes,',
      'Ciarán Ó Briain',
      'HR Business Partner, Dún Laoghaire Harbour Company',
    ),
    ...DUB,
    expect: [{ kind: 'no-contact-before', by: '2035-04-03', phrase: 'please don’t chase before then' }],
  },

  // Negatives.
  {
    text: mail(
      'Hi Derek,',
      '',
      'You have been scheduled to interview a candidate for Senior Data Engineer.',
      '',
      'Candidate: Priya Nair',
      'Interview: Systems Design (60 min)',
      'When: Tuesday, March 27, 2035, 1:00 PM – 2:00 PM EDT',
      'Where: Zoom (link in the invite)',
      '',
      'Please submit your scorecard in Greenhouse within 24 hours of the interview.',
      '',
      'Thanks,',
      'GoodTime on behalf of Brightwell Recruiting',
    ),
    ...NY,
    expect: [],
  },
  {
    text: mail(
      'Hi Jordan,',
      '',
      'I have moved our weekly 1:1 to Tuesday at 11:00 because of the bank holiday. Agenda: Q2 objectives and your training budget request. I will send you my feedback on your promotion case by Friday.',
      '',
      'Cheers,',
      'Priya',
      '',
      'Microsoft Teams meeting',
      'Join on your computer, mobile app or room device',
    ),
    ...LDN,
    expect: [],
  },
  {
    text: mail(
      'Hello team,',
      '',
      'A reminder that self-assessments for the FY35 performance cycle are due in Workday by Friday, April 6. Managers will schedule a review conversation with each direct report during the weeks of April 9 and April 16, and ratings will be released in early May.',
      '',
      'Thank you,',
      'HR Operations, Lakeshore Mutual',
    ),
    ...CHI,
    expect: [],
  },
  {
    text: mail(
      'Hi Linh,',
      '',
      '12 new jobs match your saved search: policy officer, Sydney NSW.',
      '',
      'Senior Policy Officer – Transport Agency – Parramatta – $125k–$138k – Applications close Sunday 8 April',
      'Policy Analyst – Department of Education – Sydney CBD – Applications close 10 April',
      'Project Officer, Grants – Inner West Council – Leichhardt – Interviews expected mid-April',
      '',
      'View all jobs | Manage your alerts | Unsubscribe',
    ),
    ...SYD,
    expect: [],
  },
  {
    text: mail(
      'Hi Aoife,',
      '',
      'This is a reminder of your appointment with Dr Keane at Ranelagh Dental on Tuesday 27 March at 9:40am. Please arrive 10 minutes early.',
      '',
      'To cancel or reschedule, please call us at least 24 hours beforehand on 01 496 0721.',
      '',
      'Ranelagh Dental',
    ),
    ...DUB,
    expect: [],
  },
  {
    text: mail(
      'Dear Applicant,',
      '',
      'Your citizenship interview has been scheduled.',
      '',
      'Date: April 5, 2035',
      'Time: 10:30 AM',
      'Location: Online (Microsoft Teams)',
      '',
      'Please have your original passport, your permanent resident card and two pieces of personal identification with you. If you cannot attend, tell us through the web form at least 7 days before.',
      '',
      'Citizenship Program Delivery',
    ),
    ...TOR,
    expect: [],
  },
  {
    text: mail(
      'Hi Andrea,',
      '',
      'Thanks so much for agreeing to be interviewed on The Shipping Lane podcast! We are recording on Thursday, March 29 at 3pm PT on Riverside; the link is below. The episode should go live in mid-April and I will send you the clips a few days before.',
      '',
      'Talk soon,',
      'Marco',
      'Host, The Shipping Lane',
    ),
    ...VAN,
    expect: [],
  },
  {
    text: mail(
      'Assalam o Alaikum beta,',
      '',
      'Just wanted to tell you that Saad has his final interview at the fertiliser company on Wednesday at 11, so please pray for him. Your khala is coming on Friday, so call me before then and we will plan dinner.',
      '',
      'Love,',
      'Ammi',
    ),
    ...KHI,
    expect: [],
  },
  {
    text: mail(
      'Dear Ms Adeyemi,',
      '',
      'Your viva voce examination has been arranged for Wednesday 18 April 2035 at 14:00 in Room G.07, Arts Building. Your examiners are Professor Hale (external) and Dr Mensah (internal).',
      '',
      'You will receive the examiners’ written outcome within four weeks of the viva.',
      '',
      'Doctoral College',
      'University of Southfield',
    ),
    ...LDN,
    expect: [],
  },
  {
    text: mail(
      'Hi Rachel,',
      '',
      'The Robert Half 2035 Salary Guide is out, and finance salaries in the tri-state area are up 6% year on year. I would love to set up 20 minutes on Thursday at 2pm to talk through your Q2 hiring plans for the accounting team; we have three pre-screened senior accountants available to interview this week.',
      '',
      'Best regards,',
      'Kevin Doyle',
      'Senior Division Director, Robert Half',
    ),
    ...NY,
    expect: [],
  },
  {
    text: mail(
      'Kia ora Hemi,',
      '',
      'Thank you for applying for the Senior Advisor, Community Services role with Wellington City Council. We have received your application and will be in touch once shortlisting is complete.',
      '',
      'Applications close on 6 April 2035.',
      '',
      'Ngā mihi,',
      'Recruitment Team',
    ),
    ...AKL,
    expect: [],
  },
  {
    text: mail(
      'Hi Thabo,',
      '',
      'Welcome aboard! Your first day is Monday 2 April 2035; please report to reception at 08:00 and ask for Lerato. Salaries are paid on the 25th of each month, and your probation review will take place after three months.',
      '',
      'See you soon,',
      'Lerato Dlamini',
      'People Operations, Karoo Solar',
    ),
    ...JNB,
    expect: [],
  },
  {
    text: mail(
      'Dear colleagues,',
      '',
      'As part of the Windows upgrade, IT will collect laptops from the 12th floor on Tuesday 27 March from 6pm. Please save your work to OneDrive beforehand. The upgrade will be completed within 2 business days and devices returned to your desks by Thursday.',
      '',
      'Thank you,',
      'IT Service Desk',
    ),
    ...SIN,
    expect: [],
  },
  {
    text: mail(
      'Dear Omar,',
      '',
      'Hassan Al-Mansoori has named you as a referee for the Operations Manager position at Desert Rose Hospitality. We would be grateful if you could complete the short reference form at the link below by Thursday 29 March. We may also call you briefly next week.',
      '',
      'Many thanks,',
      'Reema Haddad',
      'Talent Acquisition, Desert Rose Hospitality',
    ),
    ...DXB,
    expect: [],
  },
  {
    text: mail(
      'Your booking is confirmed.',
      '',
      'Booking reference: QX7LMP',
      'Sydney (SYD) to Perth (PER)',
      'Thursday 29 March 2035, departs 07:15, arrives 09:40',
      '',
      'Online check-in opens 24 hours before departure. Bag drop closes 30 minutes before.',
    ),
    ...SYD,
    expect: [],
  },
  {
    text: mail(
      'Hi Jonas,',
      '',
      'The client loved the second round of logo concepts. Can we jump on a call Tuesday at 11 to go through their comments? I will send over the signed SOW for phase two by Wednesday.',
      '',
      'Best,',
      'Anna',
      'Studio Kranich',
    ),
    ...BER,
    expect: [],
  },
  {
    text: mail(
      'Dear Student,',
      '',
      'The Campus Career Fair 2035 takes place on Wednesday 4 April, 9am–4pm at the Dewan Tunku Canselor. Over 80 employers will attend and several will conduct on-the-spot interviews, so bring printed copies of your CV.',
      '',
      'Register through the careers portal by 1 April.',
      '',
      'Career Development Centre',
    ),
    ...KUL,
    expect: [],
  },
];
