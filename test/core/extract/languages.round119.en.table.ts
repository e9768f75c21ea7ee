// Round 1230 (issue 13): written BEFORE the engine read it, by a helper who never saw the rules, as one job
// seeker's inbox over a fortnight, every message read on Tuesday 27 October 2093 at 08:40 local. A DST edge:
// Europe left summer time on Sunday 25 October while the US stays on it until Sunday 1 November, so for a London
// reader "2:00 PM Eastern" on 28 October is 18:00 (four hours, not five); Sydney and Auckland are on summer time.
// Business days after Tue 27 Oct: Wed 28, Thu 29, Fri 30, Mon 2 Nov, Tue 3 ...; "next week" is 2–6 November.
// Positives: a Greenhouse confirmation (label–value, "Time: 10:30 AM - 11:15 AM EST"), a GoodTime reminder in
// Eastern Time for a London reader, a Hays Dublin one-liner "by Thursday at the latest", a warm in-house rejection
// (Toronto) with a "new year" opening that is no promise, an Auckland founder's casual offer with a contract
// "within 2 working days" and a decision wanted "by the end of next week" (the reader's deadline), an NHS Jobs
// "If you have not heard from us by 13/11/2093", a Lever "early next week" (Singapore), a Calendly confirmation in
// India Standard Time, a Teams invitation "(UTC+04:00) Abu Dhabi, Muscat" for a Johannesburg reader, an Ashby
// "within two business days of that meeting" (the panel meets Thursday), a USAJOBS notice counted from the
// closing date 10/16/2093 with no status updates by telephone, a Teamtailor "during the week of 9 November", a
// Workable reschedule in Lagos, a SmartRecruiters hold in Karachi ("away ... until 4 November"), a Robert Half
// text "Are you free Thursday at 1pm", an Oracle Recruiting Cloud rejection (Manila), a Michael Page Hong Kong
// offer with the letter "tomorrow". Negatives: a SEEK job mail with closing dates, a careers newsletter's webinar,
// a SuccessFactors mid-year review for an employee, an Irish payroll date, the reader as Greenhouse interviewer, a
// cousin's interview in family mail, a dentist reminder, a car WOF booking, Randstad pitching to an employer with a
// call slot, the reader as referee with a call slot, a viva, a US visa interview, a BambooHR acknowledgement with a
// closing date, an IT onboarding mail (start date, pay date, reader's deadline), an all-hands on Teams,
// parent-teacher interviews, a podcast recording. Names, companies and dates are invented; answers follow
// TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Tuesday 27 October 2093, 08:40 local (Europe back on standard time since Sunday; the US not until 1 November).
const NY = { sentAt: '2093-10-27T08:40:00-04:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2093-10-27T08:40:00-05:00', tz: 'America/Chicago' } as const;
const TOR = { sentAt: '2093-10-27T08:40:00-04:00', tz: 'America/Toronto' } as const;
const VAN = { sentAt: '2093-10-27T08:40:00-07:00', tz: 'America/Vancouver' } as const;
const LDN = { sentAt: '2093-10-27T08:40:00+00:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2093-10-27T08:40:00+00:00', tz: 'Europe/Dublin' } as const;
const AMS = { sentAt: '2093-10-27T08:40:00+01:00', tz: 'Europe/Amsterdam' } as const;
const ACC = { sentAt: '2093-10-27T08:40:00+00:00', tz: 'Africa/Accra' } as const;
const LAG = { sentAt: '2093-10-27T08:40:00+01:00', tz: 'Africa/Lagos' } as const;
const JNB = { sentAt: '2093-10-27T08:40:00+02:00', tz: 'Africa/Johannesburg' } as const;
const NBO = { sentAt: '2093-10-27T08:40:00+03:00', tz: 'Africa/Nairobi' } as const;
const DXB = { sentAt: '2093-10-27T08:40:00+04:00', tz: 'Asia/Dubai' } as const;
const KHI = { sentAt: '2093-10-27T08:40:00+05:00', tz: 'Asia/Karachi' } as const;
const KOL = { sentAt: '2093-10-27T08:40:00+05:30', tz: 'Asia/Kolkata' } as const;
const SIN = { sentAt: '2093-10-27T08:40:00+08:00', tz: 'Asia/Singapore' } as const;
const KUL = { sentAt: '2093-10-27T08:40:00+08:00', tz: 'Asia/Kuala_Lumpur' } as const;
const HKG = { sentAt: '2093-10-27T08:40:00+08:00', tz: 'Asia/Hong_Kong' } as const;
const MNL = { sentAt: '2093-10-27T08:40:00+08:00', tz: 'Asia/Manila' } as const;
const BNE = { sentAt: '2093-10-27T08:40:00+10:00', tz: 'Australia/Brisbane' } as const;
const SYD = { sentAt: '2093-10-27T08:40:00+11:00', tz: 'Australia/Sydney' } as const;
const AKL = { sentAt: '2093-10-27T08:40:00+13:00', tz: 'Pacific/Auckland' } as const;

const mail = (...lines: string[]): string => lines.join('\n');

export const ROUND_1230_EN: readonly PhraseRow[] = [
  // ---- positives ----
  {
    // Greenhouse confirmation, label–value; EST is New York's clock on 5 November.
    ...NY,
    text: mail(
      'Hi Dana,',
      '',
      'Thank you for confirming your availability. Your interview for Senior Product Designer at Lanternfish Health has been scheduled:',
      '',
      'Date: Thursday, November 5th, 2093',
      'Time: 10:30 AM - 11:15 AM EST',
      'Interviewer(s): Rafael Ortiz (Design Director)',
      'Location: Google Meet — meet.google.com/xqv-tdme-pua',
      '',
      'If you need to reschedule, please reply to this email at least 24 hours in advance.',
      '',
      'Best,',
      'Morgan Avery',
      'Recruiting Coordinator, Lanternfish Health',
    ),
    expect: [{ kind: 'interview', by: '2093-11-05', time: '10:30', phrase: 'Thursday, November 5th, 2093' }],
  },
  {
    // GoodTime reminder; 2:00 PM Eastern on 28 October (EDT, UTC-4) is 18:00 in London (GMT).
    ...LDN,
    text: mail(
      'Hi Harriet,',
      '',
      'This is a reminder of your upcoming interview with Cobblestone Analytics.',
      '',
      'Role: Senior Data Analyst (EMEA)',
      'Interview: Hiring Manager Conversation',
      'When: Wednesday, October 28, 2093 · 2:00 PM – 2:45 PM Eastern Time (US & Canada)',
      'Interviewer: Greg Whitfield, Director of Analytics',
      'Where: Zoom — the link is in your calendar invitation',
      '',
      'Need to make a change? Use the link below to request a new time.',
      '',
      'Good luck!',
      'The Cobblestone Recruiting Team',
      'Scheduled with GoodTime',
    ),
    expect: [{ kind: 'interview', by: '2093-10-28', time: '18:00', phrase: 'Wednesday, October 28, 2093' }],
  },
  {
    // Agency recruiter's one-liner (Dublin): the client's feedback relayed by Thursday.
    ...DUB,
    text: mail(
      'Hi Ciarán,',
      '',
      "Just a quick one — I spoke to Aoife in the client's finance team this morning. They're seeing two more people today and she's promised me feedback on you by Thursday at the latest, so I'll come straight back to you then.",
      '',
      'Thanks,',
      'Niamh',
      '',
      'Niamh Gallagher | Senior Consultant, Accountancy & Finance | Hays Ireland',
    ),
    expect: [{ kind: 'response-by', by: '2093-10-29', phrase: 'by Thursday' }],
  },
  {
    // Warm in-house rejection (Toronto); the opening "in the new year" is no promise to the reader.
    ...TOR,
    text: mail(
      'Hi Gabriel,',
      '',
      'I wanted to reach out personally rather than have you get an automated note. Thank you for all the time you spent with us over the last few weeks — the panel genuinely enjoyed your presentation on Friday.',
      '',
      "It was a really close call, but we've decided to go with another candidate whose background is a little closer to the regulatory side of the role. I know that's not the news you were hoping for.",
      '',
      "I'd be glad to keep in touch, and I'll think of you for the senior analyst opening we expect to post in the new year.",
      '',
      'All the best,',
      'Rachel Kim',
      'Talent Acquisition Partner, Northvale Insurance',
    ),
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    // Founder's casual offer (Auckland): the agreement within 2 working days is a delivery promise; the end of
    // next week is the reader's own deadline.
    ...AKL,
    text: mail(
      'Hey Mere,',
      '',
      "Great news — the team loved meeting you on Friday and we'd love you to join Kōwhai Labs as our first Customer Success Lead! 🎉",
      '',
      "I've attached a summary of the offer ($98k + 0.4% options, 4 weeks' leave). Hamish, our ops guy, will send the formal employment agreement through within 2 working days so you can run it past a lawyer if you like.",
      '',
      "No rush on a decision, but it'd be great to know where you're landing by the end of next week.",
      '',
      'Cheers,',
      'Tom',
      'Founder, Kōwhai Labs',
    ),
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2093-10-29', phrase: 'within 2 working days' },
    ],
  },
  {
    // NHS Jobs: the closing date is a fact; "if you have not heard from us by" is the window (D/M in London).
    ...LDN,
    text: mail(
      'Dear Olivia Bennett,',
      '',
      'Thank you for applying for the post of Band 6 Occupational Therapist (Ref: 412-OT-2093-118) at Riverside and Wandle NHS Foundation Trust. The closing date for this vacancy was 25/10/2093.',
      '',
      'Shortlisting will now take place. If you are shortlisted, you will be contacted via NHS Jobs with an invitation to interview.',
      '',
      'If you have not heard from us by 13/11/2093, please assume that on this occasion your application has not been successful.',
      '',
      'Please do not reply to this email as this mailbox is not monitored.',
      '',
      'Recruitment Team',
      'Riverside and Wandle NHS Foundation Trust',
      'Sent via NHS Jobs',
    ),
    expect: [{ kind: 'response-by', by: '2093-11-13', phrase: 'by 13/11/2093' }],
  },
  {
    // Lever, Singapore: "early next week" is Wednesday of next week, fuzzy.
    ...SIN,
    text: mail(
      'Hi Wei Ling,',
      '',
      'Thanks for your patience! The hiring team is wrapping up final-round conversations this week, and I expect to share an update with you early next week.',
      '',
      'In the meantime, feel free to reach out if you have any questions.',
      '',
      'Best regards,',
      'Farhan Aziz',
      'Talent Acquisition, Tidepool Payments',
      'Sent via Lever',
    ),
    expect: [{ kind: 'response-by', by: '2093-11-04', phrase: 'early next week', fuzzy: true }],
  },
  {
    // Calendly invitee confirmation, Kolkata.
    ...KOL,
    text: mail(
      'Hi Arjun,',
      '',
      'Your 30 Minute Intro Call – Backend Engineer with Neha Kapoor at 11:00am (India Standard Time) on Friday, October 30, 2093 is scheduled.',
      '',
      'Location: This is a Google Meet web conference. You can join this meeting from any device.',
      '',
      'Need to make changes to this event?',
      'Cancel   Reschedule',
      '',
      'Powered by Calendly.com',
    ),
    expect: [
      {
        kind: 'interview',
        by: '2093-10-30',
        time: '11:00',
        phrase: '11:00am (India Standard Time) on Friday, October 30, 2093',
      },
    ],
  },
  {
    // Teams invitation from Dubai for a Johannesburg reader: 10:00 at UTC+04:00 is 08:00 SAST.
    ...JNB,
    text: mail(
      'Dear Thabo,',
      '',
      'Thank you for your interest in the Treasury Analyst position at Gulfstar Trading LLC. We are pleased to invite you to a first-round interview with our Finance Manager over Microsoft Teams. Please accept the invitation below.',
      '',
      'Kind regards,',
      'Reem Al Hashimi',
      'Talent Acquisition, Gulfstar Trading LLC',
      '',
      'Interview: Treasury Analyst – Thabo Nkosi',
      'When: Monday, 2 November 2093 10:00-11:00 (UTC+04:00) Abu Dhabi, Muscat.',
      'Where: Microsoft Teams Meeting',
      '________________________________________________________________________________',
      'Microsoft Teams meeting',
      'Join on your computer, mobile app or room device',
      'Click here to join the meeting',
      'Meeting ID: 334 912 557 081',
      'Passcode: Zq7Rk2',
      '________________________________________________________________________________',
    ),
    expect: [
      { kind: 'interview', by: '2093-11-02', time: '08:00', phrase: 'Monday, 2 November 2093 10:00-11:00' },
    ],
  },
  {
    // Ashby, Sydney: the window counts from Thursday (29 Oct), named in the sentence before: Fri 30, Mon 2.
    ...SYD,
    text: mail(
      'Hi Lachlan,',
      '',
      'Thanks again for coming in yesterday — the team really enjoyed the whiteboard session.',
      '',
      "Our hiring panel meets on Thursday to go through everyone we've seen this round. You'll hear from me within two business days of that meeting, whichever way it goes.",
      '',
      'Cheers,',
      'Jess Nguyen',
      'People Team, Quokka Robotics',
      'Sent with Ashby',
    ),
    expect: [{ kind: 'response-by', by: '2093-11-02', phrase: 'within two business days of that meeting' }],
  },
  {
    // USAJOBS, Chicago: 45 days from the stated closing date (10/16 + 45 = 11/30), and no phone updates.
    ...CHI,
    text: mail(
      'Application Status Update',
      'Vacancy Announcement: DE-12418877-93-KM',
      'Position: Contract Specialist, GS-1102-11',
      'Agency: General Services Administration',
      '',
      'Dear Denise Carter,',
      '',
      'Your application has been reviewed and you have been found qualified for this position. Your name has been referred to the selecting official for further consideration.',
      '',
      'Applicants will be notified of the outcome within 45 days of the closing date of 10/16/2093.',
      '',
      'Due to the high volume of applications, we are unable to provide status updates by telephone. Please check your USAJOBS account for the latest status of your application.',
      '',
      'This is an automated message. Please do not reply.',
    ),
    expect: [
      { kind: 'response-by', by: '2093-11-30', phrase: 'within 45 days of the closing date of 10/16/2093' },
      { kind: 'no-calls', phrase: 'unable to provide status updates by telephone' },
    ],
  },
  {
    // Teamtailor, Amsterdam: "during the week of 9 November" is that week's Friday.
    ...AMS,
    text: mail(
      'Hi Sanne,',
      '',
      "Thanks for sending over the case assignment — it arrived safely! Our product and engineering leads will review all submissions together, and we'll get back to you with their feedback during the week of 9 November.",
      '',
      'Have a great week,',
      'Joost van Leeuwen',
      'Talent team, Fietsfabriek',
      'Sent via Teamtailor',
    ),
    expect: [{ kind: 'response-by', by: '2093-11-13', phrase: 'during the week of 9 November' }],
  },
  {
    // Workable reschedule, Lagos: only the new slot.
    ...LAG,
    text: mail(
      'Hello Chinedu,',
      '',
      'Please note that your interview for the position of Relationship Manager, SME Banking has been rescheduled at the request of the panel.',
      '',
      'New date: Thursday, 5th November 2093',
      'New time: 11:00 AM (WAT)',
      'Previous date: Wednesday, 4th November 2093',
      'Venue: 14 Adeola Odeku Street, Victoria Island, Lagos (3rd floor reception)',
      '',
      'Kindly come with a valid means of identification. We apologise for any inconvenience.',
      '',
      'Regards,',
      'Funmilayo Adebayo',
      'HR Officer, Sterling Crest Bank',
      'Powered by Workable',
    ),
    expect: [{ kind: 'interview', by: '2093-11-05', time: '11:00', phrase: 'Thursday, 5th November 2093' }],
  },
  {
    // SmartRecruiters, Karachi: away until 4 November, no follow-ups before then.
    ...KHI,
    text: mail(
      'Dear Hamza,',
      '',
      'Thank you for completing the online assessment for Assistant Manager – Supply Chain. Your results have been shared with the hiring manager.',
      '',
      'Please note that our HR team is away at the annual leadership retreat until 4 November, so kindly do not send follow-up emails before then. We will review all shortlisted profiles after our return.',
      '',
      'Best regards,',
      'Sana Qureshi',
      'Talent Acquisition | Indus Valley Foods',
      'via SmartRecruiters',
    ),
    expect: [{ kind: 'no-contact-before', by: '2093-11-04', phrase: 'until 4 November' }],
  },
  {
    // Robert Half text from a phone (Toronto): a single proposed slot, Thursday strictly after Tuesday.
    ...TOR,
    text: mail(
      'Hi Anjali — quick one. Hiring manager at Maplecrest loved your profile. Are you free Thursday at 1pm for a 20-min phone call with her? If so I’ll lock it in.',
      '',
      'Thx,',
      'Dev',
      '',
      'Sent from my iPhone',
      'Dev Malhotra | Senior Recruitment Manager | Robert Half | Toronto',
    ),
    expect: [{ kind: 'interview', by: '2093-10-29', time: '13:00', phrase: 'Thursday at 1pm' }],
  },
  {
    // Oracle Recruiting Cloud rejection (Manila); the talent-community retention is a fact.
    ...MNL,
    text: mail(
      'Dear Ma. Cristina,',
      '',
      'Thank you for your interest in the Customer Experience Team Lead role at Archipelago Telco and for the time you invested in our selection process.',
      '',
      'After careful review, we regret to inform you that we will not be moving forward with your application at this time. This was not an easy decision given the strength of the applicant pool.',
      '',
      'We will keep your profile in our talent community for 12 months and encourage you to apply for future openings that match your skills.',
      '',
      'Sincerely,',
      'Talent Acquisition Team',
      'Archipelago Telco',
      '',
      'This email was sent from Oracle Recruiting Cloud. Please do not reply to this message.',
    ),
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    // Michael Page Hong Kong: the offer, with the letter promised tomorrow; the start date and desk hours are facts.
    ...HKG,
    text: mail(
      'Hi Kelly,',
      '',
      "Fantastic news — Harbourline Logistics came back to me late last night and they'd like to offer you the Regional Procurement Manager role! Base of HK$78,000 per month plus a 14th month and discretionary bonus, as discussed.",
      '',
      "Their HR team will email you the formal offer letter tomorrow. The start date they're proposing is 4 January 2094, but there is some flexibility there.",
      '',
      "Give me a call when you're free — I'm at my desk until 7pm today.",
      '',
      'Best,',
      'Jason Leung',
      'Manager, Procurement & Supply Chain | Michael Page Hong Kong',
    ),
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2093-10-28', phrase: 'tomorrow' },
    ],
  },

  // ---- negatives ----
  {
    // SEEK job mail: listings, closing dates and "interviews from mid-November" for other people's roles.
    ...BNE,
    text: mail(
      'SEEK Job Mail',
      '8 new jobs for "business analyst" in Brisbane QLD',
      '',
      'Business Analyst – Digital Channels | Moreton Mutual | Brisbane CBD | $120k–$135k + super | Listed 2d ago',
      'Senior BA (Contract, 6 months) | Hays | Fortitude Valley | $850 per day | Closes Friday 6 November',
      'Junior Business Analyst | Department of Transport and Main Roads | Applications close 11:59pm, 9 November 2093',
      'Graduate Analyst Program 2094 | Bluegum Energy | Interviews from mid-November',
      '',
      'View all 8 jobs',
      '',
      "You're receiving this email because you created a Job Mail on SEEK. Manage your Job Mails or unsubscribe.",
    ),
    expect: [],
  },
  {
    // A careers newsletter's webinar.
    ...LDN,
    text: mail(
      'The Career Edit — Issue 214',
      '',
      'This week: how to answer "tell me about yourself" without rambling, four-day-week trials two years on, and what recruiters actually read in a cover letter.',
      '',
      'LIVE WEBINAR: Nailing the panel interview',
      'Thursday 29 October, 12:30–13:15 GMT',
      'Our guest, former Civil Service recruiter Ama Owusu, walks through a real success-profile interview, question by question. Save your seat →',
      '',
      'Reading time: 6 minutes',
      '',
      "You're receiving The Career Edit because you signed up at thecareeredit.co.uk. Unsubscribe",
    ),
    expect: [],
  },
  {
    // The reader as an employee: a mid-year review in SuccessFactors and a self-assessment deadline.
    ...SIN,
    text: mail(
      'Hi Mei,',
      '',
      'This is a reminder that the FY2093 mid-year review cycle is now open in SuccessFactors.',
      '',
      'Your review conversation with Daniel Tan has been scheduled for Monday, 2 November at 3:00 pm (Meeting Room Orchid, Level 12 / Teams).',
      '',
      'Please complete your self-assessment in SuccessFactors by Friday, 30 October so that Daniel has time to read it beforehand.',
      '',
      'Thanks,',
      'HR Business Partnering',
      'Straits Meridian Bank',
    ),
    expect: [],
  },
  {
    // Payroll to staff (Dublin): a pay date and office hours.
    ...DUB,
    text: mail(
      'Hi all,',
      '',
      "Just a heads-up that, because of yesterday's bank holiday, October payroll will be processed a day later than usual. Salaries will be in your accounts on Thursday 29 October, and payslips will be on the Core portal from Wednesday evening.",
      '',
      'Any questions, give the payroll team a shout on ext. 4410 between 10am and 4pm.',
      '',
      'Thanks,',
      'Siobhán',
      'Payroll & Benefits',
    ),
    expect: [],
  },
  {
    // The reader as interviewer (Greenhouse interviewer notification).
    ...CHI,
    text: mail(
      'Hi Andre,',
      '',
      "You've been scheduled to interview a candidate for Senior Data Engineer (Req #2291).",
      '',
      'Candidate: Marcus Lee',
      'Interview: Technical Deep Dive (45 min)',
      'When: Wednesday, October 28, 2093, 2:00 PM – 2:45 PM CDT',
      'Where: Zoom (link in the calendar invite)',
      '',
      "Your interview kit and the candidate's resume are in Greenhouse. Please submit your scorecard within 24 hours of the interview so the hiring team can debrief on Friday.",
      '',
      'Thanks for helping us hire!',
      'Greenhouse Recruiting on behalf of Lakeshore Analytics',
    ),
    expect: [],
  },
  {
    // Family mail: a cousin's interview.
    ...NBO,
    text: mail(
      'Hi Wanjiru,',
      '',
      "Mum is doing much better, the doctor says she can go home on Friday. We'll bring her back to Nyeri on Saturday morning.",
      '',
      'Also — Kamau has his second interview at the bank on Thursday at 10! He is very nervous, so please call him on Wednesday evening and encourage him.',
      '',
      'Love,',
      'Auntie Njeri',
    ),
    expect: [],
  },
  {
    // Dentist reminder (Toronto).
    ...TOR,
    text: mail(
      'Hi Sofia,',
      '',
      'This is a friendly reminder of your appointment with Dr. Okafor at Bloor West Dental on Monday, November 2 at 9:15 AM (cleaning & check-up, 60 minutes).',
      '',
      "Please reply C to confirm, or call us at 416-555-0182 to reschedule. We kindly ask for 48 hours' notice of any cancellation.",
      '',
      'See you soon!',
      'Bloor West Dental',
    ),
    expect: [],
  },
  {
    // A car's WOF booking (Auckland) on a Saturday.
    ...AKL,
    text: mail(
      'Kia ora James,',
      '',
      'Your WOF inspection for the Toyota Aqua (reg. NKW412) is booked for Saturday 31 October at 8:30am at Mt Eden Auto Centre, 221 Dominion Road.',
      '',
      "Please allow about 45 minutes. If you can't make it, just reply to this email or ring us on 09 555 0143 by Friday.",
      '',
      'Ngā mihi,',
      'Mt Eden Auto Centre',
    ),
    expect: [],
  },
  {
    // An agency pitching to an employer, with a call slot (Kuala Lumpur).
    ...KUL,
    text: mail(
      'Dear Mr Lim,',
      '',
      'As your team plans its Q1 2094 hiring, Randstad Malaysia can help. For most roles we can have a shortlist of pre-screened candidates with you within 48 hours, and our average time-to-hire for warehouse supervisors in the Klang Valley is 12 days.',
      '',
      'Would you have 20 minutes on Thursday at 10am for a quick call with our industrial staffing specialist?',
      '',
      'Kind regards,',
      'Nurul Aisyah',
      'Client Solutions Manager | Randstad Malaysia',
    ),
    expect: [],
  },
  {
    // The reader as referee, with a call slot (Hong Kong).
    ...HKG,
    text: mail(
      'Dear Mr Chan,',
      '',
      'Kelvin Ho has applied for the position of Operations Manager with Jadeport Logistics and has named you as a referee.',
      '',
      'Would you be available for a short reference call on Thursday 29 October at 4:00 pm HKT? Alternatively, you may complete the attached reference form and return it by Monday 2 November.',
      '',
      'Thank you in advance for your help.',
      '',
      'Yours sincerely,',
      'Vivian Lau',
      'Human Resources, Jadeport Logistics',
    ),
    expect: [],
  },
  {
    // A viva (Accra), label–value like an interview invitation.
    ...ACC,
    text: mail(
      'Dear Mr Mensah,',
      '',
      'I am pleased to inform you that your oral examination (viva voce) for the degree of MPhil in Economics has been scheduled as follows:',
      '',
      'Date: Tuesday, 10 November 2093',
      'Time: 10:00 am',
      'Venue: Seminar Room 2, Department of Economics',
      'Examiners: Prof. A. Boateng (internal), Dr. L. Fiagbe (external, via Zoom)',
      '',
      'Please report to the Department 30 minutes before the start.',
      '',
      'Yours faithfully,',
      'School of Graduate Studies',
      'Coastal Plains University',
    ),
    expect: [],
  },
  {
    // A visa interview appointment (Lagos).
    ...LAG,
    text: mail(
      'Dear SEGUN ADEYEMI,',
      '',
      'Your appointment has been successfully scheduled.',
      '',
      'Appointment type: Nonimmigrant visa interview',
      'Location: U.S. Consulate General Lagos',
      'Date and time: 12 November 2093, 08:15 AM',
      '',
      'Please arrive no earlier than 15 minutes before your appointment time and bring your appointment confirmation page, your DS-160 confirmation page and your passport.',
      '',
      'This is an automated message. Please do not reply.',
    ),
    expect: [],
  },
  {
    // BambooHR acknowledgement: vague, with a closing date.
    ...VAN,
    text: mail(
      'Hi Tyler,',
      '',
      "Thanks for applying to be a Shift Lead at Driftwood Coffee Co.! We've received your application, and our team reads every single one.",
      '',
      "If your experience looks like a good fit, we'll reach out to set up a chat. Applications for this role close Sunday, November 8.",
      '',
      'Have a great day (and a great coffee),',
      'The Driftwood Crew',
      'Powered by BambooHR',
    ),
    expect: [],
  },
  {
    // Onboarding after acceptance (Dubai): a start date, the reader's deadline, a pay day, office hours.
    ...DXB,
    text: mail(
      'Dear Layla,',
      '',
      "Welcome to Falcon Crest Properties! To make sure you're ready on day one, your network account and laptop will be set up before your start date of Monday 16 November 2093.",
      '',
      'Please complete the following in Oracle HCM by Thursday 5 November:',
      '• upload a copy of your Emirates ID and passport',
      '• sign the IT acceptable-use policy',
      '',
      'Salaries are paid on the 25th of each month. Office hours are Monday to Friday, 8:00–17:00.',
      '',
      'Regards,',
      'IT Service Desk & HR Onboarding',
      'Falcon Crest Properties',
    ),
    expect: [],
  },
  {
    // An all-hands for staff on Teams (Karachi).
    ...KHI,
    text: mail(
      'Team,',
      '',
      'Please join us for our quarterly all-hands town hall on Thursday 5 November, 4:00–5:00 pm PKT, in the Clifton office atrium and on Microsoft Teams (link in the calendar invite).',
      '',
      'Agenda: Q3 results, the new leave policy, and Q&A with the leadership team. Please submit your questions through the form by Tuesday.',
      '',
      'Regards,',
      'Internal Communications',
    ),
    expect: [],
  },
  {
    // Parent-teacher interviews at a school (Sydney).
    ...SYD,
    text: mail(
      'Dear Parents and Carers,',
      '',
      'Year 4 parent-teacher interviews will be held on Thursday 5 November from 3:30pm to 7:00pm in the school library. Interviews are 10 minutes each.',
      '',
      "Please book an interview time with your child's teacher through SchoolInterviews using the code 7Q2KD by Monday 2 November.",
      '',
      'Kind regards,',
      'Ms Harriet Doyle',
      'Deputy Principal, Wattle Grove Public School',
    ),
    expect: [],
  },
  {
    // A podcast interview recording (New York reader).
    ...NY,
    text: mail(
      'Hi Bea,',
      '',
      "Thanks so much for agreeing to come on The Margin Call! Recording is locked in for Monday, November 9 at 3pm ET — we'll send a Riverside link the day before. The interview usually runs about 40 minutes and the episode goes live the following Thursday.",
      '',
      'Could you send over a short bio and a headshot by Friday?',
      '',
      'Cheers,',
      'Tom & Nikhil',
      'The Margin Call podcast',
    ),
    expect: [],
  },
];
