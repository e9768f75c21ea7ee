// Round 890 (issue 13): written BEFORE the engine read it, by a helper who never saw the rules, as one job
// seeker's inbox over a week, every message sent on Tuesday 27 October 2065 at 16:40 local. A DST edge: Europe
// left summer time on Sunday 25 October, the US and Canada leave it on Sunday 1 November, so a US clock named in
// words means EDT this week and EST from 2 November. t = Tuesday 27 October; this week ends Friday 30 October;
// "next week" is 2–8 November (its Friday the 6th). Positives: a Greenhouse invitation for a London reader with
// "10:00 AM - 10:45 AM Eastern Time (US & Canada)" on 3 November (EST by then: 15:00 London); a Bengaluru Workday
// label–value invitation "Interview Date: Wednesday, 04/11/2065" (D/M) at "11:30 AM (IST)"; a UK Civil Service
// Jobs "sift results ... by Friday 20 November" with "do not contact the vacancy holder ... before then"; a San
// Francisco founder on Ashby asking a Denver reader "would thursday at 2pm pacific work"; a Hays Sydney "feedback
// by the end of next week"; a SmartRecruiters rejection from Johannesburg; a Dubai offer with a sign-by date and a
// joining date; a Nairobi NGO's "do not call or visit our offices"; a Microsoft Teams invitation flattened to text,
// "(UTC+08:00) Kuala Lumpur, Singapore" for a Karachi reader; an Auckland council's "within 10 working days of the
// closing date" with the closing date in the sentence before; an Amsterdam Recruitee "early next week"; a Lagos
// recruiter away until 9 November asking to "hold off on follow-ups until then"; an iCIMS onsite moved from
// Thursday the 29th to "Friday, October 30 at 1:30 PM CT". Negatives: the reader as interviewer (GoodTime), an
// employee's mid-year review in Workday, a sister's nursing interview in Manila, a JobStreet alert with a closing
// date and an interview webinar, a university research-study interview with a single proposed slot, a US visa
// interview in Accra, a dentist's reminder, the reader as hiring manager, Robert Half selling contractors and a
// salary guide to an employer, an Oracle Recruiting acknowledgement with only a closing date, a freelancer's client
// call and invoice date, a PhD viva with a Registry promise, the reader as referee with a call slot. Names,
// companies and dates are invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Tuesday 27 October 2065, 16:40 local in each reader's zone.
const LDN = { sentAt: '2065-10-27T16:40:00+00:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2065-10-27T16:40:00+00:00', tz: 'Europe/Dublin' } as const;
const AMS = { sentAt: '2065-10-27T16:40:00+01:00', tz: 'Europe/Amsterdam' } as const;
const BER = { sentAt: '2065-10-27T16:40:00+01:00', tz: 'Europe/Berlin' } as const;
const LAG = { sentAt: '2065-10-27T16:40:00+01:00', tz: 'Africa/Lagos' } as const;
const ACC = { sentAt: '2065-10-27T16:40:00+00:00', tz: 'Africa/Accra' } as const;
const JNB = { sentAt: '2065-10-27T16:40:00+02:00', tz: 'Africa/Johannesburg' } as const;
const NBO = { sentAt: '2065-10-27T16:40:00+03:00', tz: 'Africa/Nairobi' } as const;
const RUH = { sentAt: '2065-10-27T16:40:00+03:00', tz: 'Asia/Riyadh' } as const;
const DXB = { sentAt: '2065-10-27T16:40:00+04:00', tz: 'Asia/Dubai' } as const;
const KHI = { sentAt: '2065-10-27T16:40:00+05:00', tz: 'Asia/Karachi' } as const;
const BLR = { sentAt: '2065-10-27T16:40:00+05:30', tz: 'Asia/Kolkata' } as const;
const KUL = { sentAt: '2065-10-27T16:40:00+08:00', tz: 'Asia/Kuala_Lumpur' } as const;
const SIN = { sentAt: '2065-10-27T16:40:00+08:00', tz: 'Asia/Singapore' } as const;
const HKG = { sentAt: '2065-10-27T16:40:00+08:00', tz: 'Asia/Hong_Kong' } as const;
const MNL = { sentAt: '2065-10-27T16:40:00+08:00', tz: 'Asia/Manila' } as const;
const BNE = { sentAt: '2065-10-27T16:40:00+10:00', tz: 'Australia/Brisbane' } as const;
const SYD = { sentAt: '2065-10-27T16:40:00+11:00', tz: 'Australia/Sydney' } as const;
const AKL = { sentAt: '2065-10-27T16:40:00+13:00', tz: 'Pacific/Auckland' } as const;
const NY = { sentAt: '2065-10-27T16:40:00-04:00', tz: 'America/New_York' } as const;
const TOR = { sentAt: '2065-10-27T16:40:00-04:00', tz: 'America/Toronto' } as const;
const CHI = { sentAt: '2065-10-27T16:40:00-05:00', tz: 'America/Chicago' } as const;
const DEN = { sentAt: '2065-10-27T16:40:00-06:00', tz: 'America/Denver' } as const;
const VAN = { sentAt: '2065-10-27T16:40:00-07:00', tz: 'America/Vancouver' } as const;

const mail = (...lines: string[]): string => lines.join('\n');

export const ROUND_890_EN: readonly PhraseRow[] = [
  // ---- positives ----
  {
    // Greenhouse; the interviewer sits in New York, the reader in London; by 3 November New York is on EST (-5).
    text: mail(
      'Hi Eleanor,',
      '',
      "Thanks for your time on the recruiter screen last week. I'm happy to say the team would like to move you forward to a conversation with our Head of Analytics.",
      '',
      'Interview: Analytics Engineer – Hiring Manager Interview',
      'Interviewer: Jordan Castellano (Head of Analytics)',
      'Date: Tuesday, 3 November 2065',
      'Time: 10:00 AM - 10:45 AM Eastern Time (US & Canada)',
      'Location: Google Meet (link in the calendar invitation)',
      '',
      'If the time no longer works, just reply to this email by Thursday and we can look at other options.',
      '',
      'Best wishes,',
      'Tamsin Oduya',
      'Recruiting Coordinator, Brightwater Labs',
      'Sent via Greenhouse',
    ),
    ...LDN,
    expect: [{ kind: 'interview', by: '2065-11-03', time: '15:00', phrase: 'Tuesday, 3 November 2065' }],
  },
  {
    // Workday (India); label–value layout, a numeric date read D/M in an Indian zone.
    text: mail(
      'Dear Karthik Subramanian,',
      '',
      'Greetings from Vistara Components Pvt. Ltd.!',
      '',
      'With reference to your application for the post of Senior Embedded Software Engineer (Req ID R-22817), we are pleased to invite you for the next round of the selection process. Please find the details below.',
      '',
      'Round: Technical Round 2 (Face to Face)',
      'Interview Date: Wednesday, 04/11/2065',
      'Interview Time: 11:30 AM (IST)',
      'Venue: 4th Floor, Prestige Techno Park, Outer Ring Road, Bengaluru 560103',
      'Contact Person: Ms. Deepa Nair, Talent Acquisition',
      '',
      'Kindly carry a printed copy of your updated resume and one government-issued photo ID. Kindly acknowledge this mail at the earliest.',
      '',
      'Thanks & Regards,',
      'Talent Acquisition Team',
      'Vistara Components Pvt. Ltd.',
    ),
    ...BLR,
    expect: [{ kind: 'interview', by: '2065-11-04', time: '11:30', phrase: 'Wednesday, 04/11/2065' }],
  },
  {
    // UK Civil Service Jobs; a promise worded as a process, and a hold that ends on the same day.
    text: mail(
      'Dear Applicant,',
      '',
      'Thank you for applying for the role of Higher Executive Officer – Policy Adviser (Vacancy ref: 318844) with the Department for Coastal Communities.',
      '',
      'The vacancy has now closed and the sift panel is assessing applications against the success profiles set out in the advert. Sift results will be published on your Civil Service Jobs account by Friday 20 November. Please do not contact the vacancy holder about your application before then.',
      '',
      'Interviews are expected to take place in the week commencing 30 November, in person in Plymouth or by video.',
      '',
      'Kind regards,',
      'Government Recruitment Service',
    ),
    ...LDN,
    expect: [
      { kind: 'response-by', by: '2065-11-20', phrase: 'by Friday 20 November' },
      { kind: 'no-contact-before', by: '2065-11-20', phrase: 'before then' },
    ],
  },
  {
    // A founder on Ashby, casual, lower case; Thursday 2pm Pacific (PDT) for a Denver reader (MDT) = 15:00.
    text: mail(
      'hey Marisol,',
      '',
      'loved your writeup on the onboarding flow, super thoughtful. i showed it to Dev (our cto) and he wants to meet you too.',
      '',
      "would thursday at 2pm pacific work for a 30 min chat with both of us? it's informal, no prep needed, we'll just talk about what we're building and what you'd want to own. happy to shift it if that's bad for you.",
      '',
      'cheers,',
      'Noor',
      'co-founder, Pebblepath',
    ),
    ...DEN,
    expect: [{ kind: 'interview', by: '2065-10-29', time: '15:00', phrase: 'thursday at 2pm pacific' }],
  },
  {
    // Hays, Sydney; the client's other interviews are not the reader's.
    text: mail(
      'Hi Liam,',
      '',
      "Good news – I've sent your CV and the cover note across to Rachel, the Operations Manager at Harbourline Logistics, and she was impressed with your warehouse systems background.",
      '',
      "She's interviewing two other candidates this week, so I'd expect to have feedback for you by the end of next week. I'll give you a call as soon as I hear anything.",
      '',
      'Cheers,',
      'Bianca Moretti',
      'Senior Consultant | Hays Logistics & Supply Chain | Sydney',
    ),
    ...SYD,
    expect: [{ kind: 'response-by', by: '2065-11-06', phrase: 'by the end of next week' }],
  },
  {
    // SmartRecruiters, Johannesburg; a rejection with a talent-pool retention period (a fact).
    text: mail(
      'Dear Thandeka,',
      '',
      'Thank you for your interest in the Financial Accountant position at Kestrel Mining Services and for the time you invested in your application.',
      '',
      'After careful review, we regret to inform you that we will not be progressing your application further at this time. The quality of applications was very high and this was a difficult decision.',
      '',
      'With your consent, we will keep your CV on our database for 12 months and may contact you should a suitable role arise.',
      '',
      'We wish you every success in your career.',
      '',
      'Kind regards,',
      'Talent Acquisition',
      'Kestrel Mining Services (Pty) Ltd',
    ),
    ...JNB,
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    // Dubai; an offer with the candidate's own sign-by date and a joining date (both facts for the reader).
    text: mail(
      'Dear Mr. Fernandes,',
      '',
      'Further to your interviews with our project directors, we are delighted to offer you the position of Senior Quantity Surveyor with Al Manara Contracting LLC, based in Dubai.',
      '',
      'Please find the offer letter attached, including your package of AED 32,000 per month (basic plus housing and transport allowances). Kindly sign and return a copy by Tuesday, 3 November 2065. Your anticipated joining date is 1 December 2065, subject to completion of visa formalities.',
      '',
      'We look forward to welcoming you to the team.',
      '',
      'Best regards,',
      'Huda Al Suwaidi',
      'HR Manager, Al Manara Contracting LLC',
    ),
    ...DXB,
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    // Nairobi NGO acknowledgement (Workable); an unbounded no-calls, nothing dated.
    text: mail(
      'Dear Achieng,',
      '',
      'Thank you for applying for the position of Programme Officer – Monitoring & Evaluation with Hope Horizons Kenya. We have received your application.',
      '',
      'Please note that only shortlisted candidates will be contacted. Kindly do not call or visit our offices to enquire about the status of your application. Any form of canvassing will lead to automatic disqualification.',
      '',
      'Regards,',
      'HR & Administration',
      'Hope Horizons Kenya',
    ),
    ...NBO,
    expect: [{ kind: 'no-calls', phrase: 'do not call or visit our offices' }],
  },
  {
    // A Microsoft Teams invitation flattened to text; Singapore time (UTC+8) for a Karachi reader (UTC+5).
    text: mail(
      'Dear Hamza,',
      '',
      'Please find below the invite for your technical interview with our Cloud Platform team in Singapore. The session will include a 20-minute system design discussion.',
      '',
      'Subject: Technical Interview – Hamza Siddiqui – Cloud Engineer',
      'When: Monday, November 2, 2065 1:00 PM-2:00 PM (UTC+08:00) Kuala Lumpur, Singapore',
      'Where: Microsoft Teams Meeting',
      '',
      '________________________________________________________________________________',
      'Microsoft Teams meeting',
      'Join on your computer, mobile app or room device',
      'Click here to join the meeting',
      'Meeting ID: 412 907 335 118',
      'Passcode: Xq7kPd',
      '________________________________________________________________________________',
      '',
      'Regards,',
      'Charmaine Lim',
      'Talent Acquisition, Orchid Cloud Services Pte. Ltd.',
    ),
    ...KHI,
    expect: [
      { kind: 'interview', by: '2065-11-02', time: '10:00', phrase: 'Monday, November 2, 2065 1:00 PM' },
    ],
  },
  {
    // An Auckland council (Pinpoint); the window counts from the closing date named in the sentence before.
    text: mail(
      'Kia ora Aroha,',
      '',
      'Thank you for applying for the Community Facilities Coordinator role with Waitākere Ranges Council. We have received your application and your CV.',
      '',
      "The vacancy closes on Sunday 1 November. We'll let all applicants know whether they have been shortlisted within 10 working days of the closing date.",
      '',
      'Ngā mihi,',
      'People & Capability Team',
      'Waitākere Ranges Council',
    ),
    ...AKL,
    expect: [{ kind: 'response-by', by: '2065-11-13', phrase: 'within 10 working days of the closing date' }],
  },
  {
    // Recruitee, Amsterdam, writing English; "early next week" is Wednesday of next week, fuzzy.
    text: mail(
      'Hi Sebastian,',
      '',
      'Thank you for the case presentation this morning – the team really enjoyed your take on the pricing experiment, and Femke especially liked the dashboard mock-ups.',
      '',
      "We're wrapping up the last conversations with other candidates this week, and I'll get back to you early next week about the final round with our CPO.",
      '',
      'Have a great evening!',
      'Lotte van Dijk',
      'Talent Partner, Tulip Mobility B.V.',
    ),
    ...AMS,
    expect: [{ kind: 'response-by', by: '2065-11-04', phrase: 'early next week', fuzzy: true }],
  },
  {
    // Lagos, in-house recruiter away until a named day; a hold, no promise.
    text: mail(
      'Hello Chukwuemeka,',
      '',
      "Quick update on the Relationship Manager role. I'll be away from tomorrow for our regional leadership retreat and will be back in the office on Monday 9 November. The panel won't sit until I'm back, so please hold off on follow-ups until then.",
      '',
      'Thank you for your patience.',
      '',
      'Warm regards,',
      'Adaeze Okonkwo',
      'Talent Acquisition Lead, Crestfield Bank Plc',
    ),
    ...LAG,
    expect: [{ kind: 'no-contact-before', by: '2065-11-09', phrase: 'hold off on follow-ups until then' }],
  },
  {
    // iCIMS, Chicago; an onsite moved to a single new slot in Central Time.
    text: mail(
      'Hi Dana,',
      '',
      "I'm sorry for the late change. Marcus, our Director of Supply Chain, has a conflict on Thursday the 29th, so we need to move your onsite interview. Are you able to come in on Friday, October 30 at 1:30 PM CT instead? Everything else (location, parking, the panel) stays the same.",
      '',
      'Thank you for your flexibility,',
      'Renee Kowalski',
      'Talent Acquisition Specialist, Lakeshore Foods',
      'This message was sent via iCIMS.',
    ),
    ...CHI,
    expect: [
      { kind: 'interview', by: '2065-10-30', time: '13:30', phrase: 'Friday, October 30 at 1:30 PM CT' },
    ],
  },

  // ---- negatives ----
  {
    // GoodTime: the reader is the interviewer; the 24-hour window is the reader's own deadline.
    text: mail(
      'Hi Ciara,',
      '',
      "You've been scheduled to interview a candidate.",
      '',
      'Candidate: Priya Raman',
      'Role: Senior Product Designer',
      'Interview: Portfolio Review (45 min)',
      'When: Thursday 29 October 2065, 14:00 – 14:45 (GMT)',
      'Where: Zoom (link in your calendar)',
      '',
      'Please submit your scorecard in Greenhouse within 24 hours of the interview.',
      '',
      'Thanks,',
      'GoodTime on behalf of the Talent Team, Fernhill Software',
    ),
    ...DUB,
    expect: [],
  },
  {
    // An employee's mid-year review in Workday; HR's promise is to staff.
    text: mail(
      'Hi everyone,',
      '',
      "It's that time of year again! Mid-year check-ins will run during the week of November 2; your manager will send you a calendar invite for your 1:1 review.",
      '',
      'Please complete your self-assessment in Workday by Friday, October 30. HR will share the calibration outcomes with all employees by the end of November.',
      '',
      'Questions? Reach out to your HR Business Partner.',
      '',
      'Thanks,',
      'People Team, Northway Insurance',
    ),
    ...TOR,
    expect: [],
  },
  {
    // A sister's job interview, told to the reader.
    text: mail(
      'Hi Ate,',
      '',
      "Guess what, I got the interview at St. Luke's for the staff nurse post!!! It's on Thursday at 9am in BGC. The HR lady said they'll let me know within a week after the panel.",
      '',
      'Can I borrow your navy blazer? I promise to return it on Sunday.',
      '',
      'Love,',
      'Mika',
    ),
    ...MNL,
    expect: [],
  },
  {
    // A job board alert with a closing date and an interview-skills webinar.
    text: mail(
      'JobStreet',
      '',
      'Hi Farid, 8 new jobs match your alert "Business Analyst" in Kuala Lumpur.',
      '',
      'Business Analyst – Digital Banking | Permata Digital Berhad | RM 7,000 – RM 9,500 | Apply before 15 Nov 2065',
      'Senior Business Analyst | Tembusu Logistics Sdn Bhd | RM 9,000 – RM 12,000 | Posted 2 days ago',
      'Business Analyst (Contract) | Kenanga Retail Group | Be an early applicant',
      '',
      'Free webinar: Nail your next interview – Thursday, 5 November, 8:00 PM (MYT). Register now, seats are limited.',
      '',
      'You are receiving this email because you created a job alert. Unsubscribe',
    ),
    ...KUL,
    expect: [],
  },
  {
    // A university research-study interview with a single proposed slot; the gift card is not a reply.
    text: mail(
      'Hi Jasper,',
      '',
      "Thank you for filling in our survey on job seekers' experiences with AI hiring tools. You indicated you'd be open to a follow-up interview, and we'd love to talk with you.",
      '',
      "The interview takes about 45 minutes over Zoom. Could you do Wednesday, November 4 at 3:00 pm PT? You'll receive a $30 gift card within 10 business days of the interview.",
      '',
      'This study has been approved by the Behavioural Research Ethics Board (H65-01932).',
      '',
      'Best,',
      'Dr. Mei-Ling Cho',
      'Department of Organizational Behaviour, Coast Mountain University',
    ),
    ...VAN,
    expect: [],
  },
  {
    // A visa interview at an embassy.
    text: mail(
      'Dear KWAME ASANTE BOATENG,',
      '',
      'Your appointment has been confirmed.',
      '',
      'Visa Class: B1/B2',
      'Consular Interview: Thursday, 12 November 2065, 08:15',
      'Location: U.S. Embassy Accra, No. 24 Fourth Circular Rd, Cantonments',
      '',
      'Please arrive no earlier than 15 minutes before your appointment time and bring your printed DS-160 confirmation page and passport. Electronic devices are not permitted in the embassy.',
      '',
      'Visa Appointment Service',
    ),
    ...ACC,
    expect: [],
  },
  {
    // A dentist's reminder.
    text: mail(
      'Hi Hannah,',
      '',
      'This is a reminder of your appointment with Dr Patel at Riverside Dental Studio on Tuesday 3 November at 4:15 pm.',
      '',
      "Reply Y to confirm. If you need to reschedule, please give us at least 24 hours' notice to avoid a cancellation fee.",
      '',
      'See you soon!',
      'Riverside Dental Studio, New Farm',
    ),
    ...BNE,
    expect: [],
  },
  {
    // The reader is the hiring manager; the recruiter's promise and the interview slots are for other people.
    text: mail(
      'Hi Winnie,',
      '',
      'Three candidates for your Assistant Manager, Client Services opening have confirmed interview slots for next week: Monday 2 Nov at 10:00, Tuesday at 14:30 and Thursday at 11:00, all at the Quarry Bay office.',
      '',
      "I'll send over their CVs and the interview scorecards by Friday. Please let me know by tomorrow if you'd like Raymond to sit on the panel as well.",
      '',
      'Thanks,',
      'Karen Leung',
      'Talent Acquisition, Harbour Crest Insurance (Hong Kong)',
    ),
    ...HKG,
    expect: [],
  },
  {
    // Robert Half selling contractors and its salary guide to an employer.
    text: mail(
      'Hi Gregory,',
      '',
      'Year-end close coming up? Robert Half has pre-screened accounting and finance contractors in the New York area who can start within 48 hours.',
      '',
      'Our 2066 Salary Guide launches on November 10 – reply "GUIDE" and we will send you an early copy. Or book a 15-minute consultation with me this week to talk through your hiring plans for Q1.',
      '',
      'Best regards,',
      'Alyssa Romano',
      'Senior Recruitment Manager, Robert Half Finance & Accounting',
    ),
    ...NY,
    expect: [],
  },
  {
    // Oracle Recruiting acknowledgement: only a closing date and an undated promise.
    text: mail(
      'Dear Omar,',
      '',
      'Thank you for applying for the position of Reservoir Engineer (Requisition 2065-1187) at Najd Energy Company.',
      '',
      'Your application has been received successfully. The posting will remain open until 20 November 2065. If your profile matches our requirements, a member of our Talent Acquisition team will contact you regarding the next steps.',
      '',
      'You can track the status of your application at any time in the Candidate Portal.',
      '',
      'Regards,',
      'Talent Acquisition',
      'Najd Energy Company',
    ),
    ...RUH,
    expect: [],
  },
  {
    // A freelancer's client call and invoice date.
    text: mail(
      'Hi Lena,',
      '',
      'Thanks a lot for the revised logo concepts, the board liked option B best!',
      '',
      "Could we jump on a call Friday at 11 to go through their feedback? I'll also make sure your invoice for the first milestone is processed by the end of the month.",
      '',
      'Best,',
      'Jonas',
      'Marketing Lead, Kiezbrot Bäckereien GmbH',
    ),
    ...BER,
    expect: [],
  },
  {
    // A PhD viva, with an outcome promised by Registry.
    text: mail(
      'Dear Callum,',
      '',
      'I am pleased to confirm that your viva voce examination will take place on Wednesday 11 November 2065 at 14:00 in Room 3.12, Ashworth Building. Your examiners are Professor Helen Marsh (external) and Dr Tariq Hussain (internal).',
      '',
      'The examiners will share their recommendation with you on the day, and the formal outcome letter will be sent by Registry within 10 working days.',
      '',
      'Best of luck with your preparation,',
      'Postgraduate Research Office',
    ),
    ...LDN,
    expect: [],
  },
  {
    // The reader as referee, with a reference deadline and a proposed call slot.
    text: mail(
      'Dear Mr Tan,',
      '',
      'Ms Farah Aziz has applied for the role of Operations Lead at Meridian Freight and has named you as one of her referees.',
      '',
      'Could you kindly complete the short reference form linked below by Friday, 30 October? If it is easier to speak, our recruiter can call you on Monday 2 November at 11:00 am.',
      '',
      'Thank you for your help.',
      '',
      'Kind regards,',
      'Siti Rahman',
      'HR Executive, Meridian Freight Pte Ltd',
    ),
    ...SIN,
    expect: [],
  },
];
