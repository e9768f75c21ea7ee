// Round 760 (issue 13): written BEFORE the engine read it, by a helper who never saw the rules. Sent on Sunday
// 27 October 2052 at 19:00 local: Europe's clocks went back that morning (London is GMT again, Berlin CET) while
// North America stays on daylight time until 3 November, so New York is only four hours behind London this week.
// Sent on a Sunday: "next week" is the week that starts tomorrow (28 October to 1 November), "Monday" is 28 October.
// The inbox of a month of job hunting: many employers at once mixed with the life around it. Positives: a
// Greenhouse schedule for New York, a Zoom invitation in Eastern Time read in London across the DST gap, a Workday
// "Monday, 04-11-2052" read day-first in Pune, a Teams invitation "(UTC+08:00) Kuala Lumpur, Singapore", a founder's
// Calendly booking in Los Angeles, NHS Jobs "Interview date: 05/11/2052", an Ashby slot in CET for a Dublin reader
// with feedback "within two working days of the interview", a SmartRecruiters slot in Dubai time for a Karachi
// reader, a Lever "by the end of next week" (Toronto), a Robert Half "early next week" (Sydney), an iCIMS "7-10
// business days" (Denver), USAJOBS "by mid-November", a Teamtailor "no later than Wednesday, 6 November" (Berlin),
// a Pinpoint absence hold plus "the week of 4 November" (Johannesburg), a police force's no-calls with "15 working
// days of the assessment centre on 14 October", a Taleo rejection (Chicago) and a BambooHR offer (Manila).
// Negatives: a gig platform's invitation with a reply deadline, a freelance client's call, a professional body's
// exam booking, a Jobcentre work-coach appointment, a background-check vendor's turnaround after undated forms, a
// relocation survey and movers, a former employer's P45 and final pay, a union caseworker's promise, a food-bank
// volunteer shift, a careers-service mock interview, a bounce quoting the reader's own follow-up, the reader on an
// interview loop, an agency pitching candidates to a hiring manager, a Recruitee acknowledgement with only a
// closing date, a new starter's first-day note, a council tax instalment and a Thanksgiving flight.
// Names, companies and dates are invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Sunday 27 October 2052, 19:00 local (Europe back on winter time that morning; North America not yet).
const NY = { sentAt: '2052-10-27T19:00:00-04:00', tz: 'America/New_York' } as const;
const TOR = { sentAt: '2052-10-27T19:00:00-04:00', tz: 'America/Toronto' } as const;
const CHI = { sentAt: '2052-10-27T19:00:00-05:00', tz: 'America/Chicago' } as const;
const DEN = { sentAt: '2052-10-27T19:00:00-06:00', tz: 'America/Denver' } as const;
const LA = { sentAt: '2052-10-27T19:00:00-07:00', tz: 'America/Los_Angeles' } as const;
const LDN = { sentAt: '2052-10-27T19:00:00+00:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2052-10-27T19:00:00+00:00', tz: 'Europe/Dublin' } as const;
const BER = { sentAt: '2052-10-27T19:00:00+01:00', tz: 'Europe/Berlin' } as const;
const JNB = { sentAt: '2052-10-27T19:00:00+02:00', tz: 'Africa/Johannesburg' } as const;
const ACC = { sentAt: '2052-10-27T19:00:00+00:00', tz: 'Africa/Accra' } as const;
const KHI = { sentAt: '2052-10-27T19:00:00+05:00', tz: 'Asia/Karachi' } as const;
const KOL = { sentAt: '2052-10-27T19:00:00+05:30', tz: 'Asia/Kolkata' } as const;
const SIN = { sentAt: '2052-10-27T19:00:00+08:00', tz: 'Asia/Singapore' } as const;
const MNL = { sentAt: '2052-10-27T19:00:00+08:00', tz: 'Asia/Manila' } as const;
const HKG = { sentAt: '2052-10-27T19:00:00+08:00', tz: 'Asia/Hong_Kong' } as const;
const SYD = { sentAt: '2052-10-27T19:00:00+11:00', tz: 'Australia/Sydney' } as const;
const AKL = { sentAt: '2052-10-27T19:00:00+13:00', tz: 'Pacific/Auckland' } as const;

const mail = (...lines: string[]): string => lines.join('\n');

export const ROUND_760_EN: readonly PhraseRow[] = [
  // ---- positives ----
  {
    // Greenhouse schedule, New York reader.
    text: mail(
      'Hi Marisol,',
      '',
      'Your interview with Halvorsen Robotics has been scheduled. Please find the details below.',
      '',
      'Position: Product Operations Analyst',
      'Date: Tuesday, October 29, 2052',
      'Time: 1:30 PM - 2:15 PM EDT',
      'Interviewers: Dana Whitcombe (Head of Operations), Felix Arango',
      'Location: Google Meet (link in the calendar invite)',
      '',
      "If you need to reschedule, just reply to this email and we'll sort it out.",
      '',
      'Best,',
      'Kendra Liu',
      'Recruiting Coordinator, Halvorsen Robotics',
      'Sent via Greenhouse',
    ),
    ...NY,
    expect: [{ kind: 'interview', by: '2052-10-29', time: '13:30', phrase: 'Tuesday, October 29, 2052' }],
  },
  {
    // Zoom invitation from Toronto, read in London the week the two clocks are four hours apart.
    text: mail(
      'Hello Oliver,',
      '',
      'Thanks for making time to chat with us about the Senior Data Engineer role. Here is the Zoom invitation for',
      'your technical conversation with our platform team.',
      '',
      'Maplecrest Analytics is inviting you to a scheduled Zoom meeting.',
      '',
      'Topic: Oliver Bancroft / Maplecrest - Technical Interview',
      'Time: Oct 30, 2052 09:00 AM Eastern Time (US and Canada)',
      '',
      'Join Zoom Meeting',
      'https://zoom.example.invalid/j/84120937712',
      'Meeting ID: 841 2093 7712',
      '',
      'Speak soon,',
      'Genevieve Tremblay',
      'Talent Partner | Maplecrest Analytics | Toronto',
    ),
    ...LDN,
    expect: [
      { kind: 'interview', by: '2052-10-30', time: '13:00', phrase: 'Oct 30, 2052 09:00 AM Eastern Time' },
    ],
  },
  {
    // Workday invitation, Pune reader, numeric date day-first.
    text: mail(
      'Dear Ananya Deshpande,',
      '',
      'Greetings from Vistaran Software Services!',
      '',
      'We are pleased to inform you that you have been shortlisted for the next round for the role of Associate',
      'QA Engineer (Req ID JR-20931). Your interview details are as follows:',
      '',
      'Round: Technical Round 2',
      'Interview Date: Monday, 04-11-2052 | Time: 11:30 IST',
      'Mode: Virtual (Microsoft Teams link will be shared by the panel coordinator)',
      '',
      'Kindly keep your government ID and updated resume handy.',
      '',
      'Thanks & Regards,',
      'Talent Acquisition Team',
      'Vistaran Software Services Pvt. Ltd.',
    ),
    ...KOL,
    expect: [
      { kind: 'interview', by: '2052-11-04', time: '11:30', phrase: 'Monday, 04-11-2052 | Time: 11:30 IST' },
    ],
  },
  {
    // Microsoft Teams invitation text, Singapore reader.
    text: mail(
      'Hi Wei Jie,',
      '',
      "As discussed on the phone, I've sent you a calendar invitation for the interview with our Head of Treasury.",
      '',
      '________________________________________________________________________________',
      'Interview: Treasury Analyst - Lim Wei Jie',
      'When: Wednesday, 30 October 2052 3:00 PM-4:00 PM (UTC+08:00) Kuala Lumpur, Singapore',
      'Where: Microsoft Teams Meeting',
      'Join on your computer, mobile app or room device',
      'Meeting ID: 482 115 903 27',
      '________________________________________________________________________________',
      '',
      'Regards,',
      'Nurul Hidayah',
      'HR Executive, Straits Meridian Bank',
    ),
    ...SIN,
    expect: [
      { kind: 'interview', by: '2052-10-30', time: '15:00', phrase: 'Wednesday, 30 October 2052 3:00 PM' },
    ],
  },
  {
    // A founder writing casually with a Calendly confirmation pasted in, Los Angeles reader.
    text: mail(
      'hey Theo - booked! saw it come through on my calendar.',
      '',
      'Your meeting with Priya Raman is confirmed.',
      'Event Type: 30 Minute Intro Chat',
      'Date & Time: 10:00am - 10:30am, Monday, October 28, 2052',
      'Time Zone: Pacific Time - US & Canada',
      'Location: Phone call, Priya will call you',
      '',
      "no prep needed, I just want to hear what you built at your last gig and tell you what we're up to.",
      '',
      'priya',
      'founder, Loamwork',
    ),
    ...LA,
    expect: [{ kind: 'interview', by: '2052-10-28', time: '10:00', phrase: 'Monday, October 28, 2052' }],
  },
  {
    // NHS Jobs invitation, London reader.
    text: mail(
      'Dear Grace Okafor,',
      '',
      'Invitation to interview: Band 5 Staff Nurse - Acute Medical Unit (Ref 241-AMU-3318)',
      '',
      'Following shortlisting, we are pleased to invite you to interview.',
      '',
      'Interview date: 05/11/2052',
      'Interview time: 14:20',
      'Venue: Education Centre, Room 3, St Aldhelm Hospital',
      '',
      'Please log in to your NHS Jobs account to confirm your attendance and upload your identity documents.',
      '',
      'Yours sincerely,',
      'Recruitment Team',
      'North Thames Community NHS Trust',
    ),
    ...LDN,
    expect: [{ kind: 'interview', by: '2052-11-05', time: '14:20', phrase: 'Interview date: 05/11/2052' }],
  },
  {
    // Ashby confirmation in CET for a Dublin reader, plus a feedback window counted from the interview.
    text: mail(
      'Hi Ciara,',
      '',
      'Your final interview for the Customer Success Lead position at Brugwerk is confirmed for Thursday 31 October',
      'at 16:00 CET. You will meet Joost and Ilse from the leadership team for 45 minutes.',
      '',
      'We aim to give you feedback within two working days of the interview, whatever the outcome.',
      '',
      'Kind regards,',
      'Femke de Wit',
      'People Team, Brugwerk B.V.',
      'Powered by Ashby',
    ),
    ...DUB,
    expect: [
      { kind: 'interview', by: '2052-10-31', time: '15:00', phrase: 'Thursday 31 October at 16:00 CET' },
      { kind: 'response-by', by: '2052-11-04', phrase: 'within two working days of the interview' },
    ],
  },
  {
    // SmartRecruiters slot in Dubai time, Karachi reader.
    text: mail(
      'Dear Mr. Hamza Siddiqui,',
      '',
      'Thank you for your interest in the Regional Supply Planner position with Qasr Al Noor Trading LLC.',
      '',
      'We would like to invite you to a video interview with our Supply Chain Manager on Tuesday 29th October at',
      '11:00 AM (Dubai time). The interview link will follow from SmartRecruiters separately.',
      '',
      'Please accept the invitation in the candidate portal.',
      '',
      'Best regards,',
      'Reem Al Mansoori',
      'Talent Acquisition Specialist',
    ),
    ...KHI,
    expect: [
      {
        kind: 'interview',
        by: '2052-10-29',
        time: '12:00',
        phrase: 'Tuesday 29th October at 11:00 AM (Dubai time)',
      },
    ],
  },
  {
    // Lever, Toronto reader, Sunday send: "next week" starts tomorrow.
    text: mail(
      'Hi Jasmine,',
      '',
      "Thanks so much for your time on Friday - the team really enjoyed the portfolio walkthrough. We're wrapping",
      "up conversations with the last two candidates this week and we'll be in touch by the end of next week with",
      'a decision either way.',
      '',
      'Have a great rest of your weekend,',
      'Marco Benedetti',
      'Design Recruiting, Fernhollow',
    ),
    ...TOR,
    expect: [{ kind: 'response-by', by: '2052-11-01', phrase: 'by the end of next week' }],
  },
  {
    // Robert Half agency recruiter, Sydney reader.
    text: mail(
      'Hi Lachlan,',
      '',
      'Quick one - I spoke to Bronwyn at the client on Friday arvo. She was really positive about your interview',
      'and is seeing one more person on Monday. I expect to have feedback from the client early next week and will',
      'call you as soon as I do.',
      '',
      'Cheers,',
      'Tegan Moss',
      'Senior Recruitment Consultant | Finance & Accounting',
      'Robert Half, Sydney CBD',
    ),
    ...SYD,
    expect: [{ kind: 'response-by', by: '2052-10-30', phrase: 'early next week', fuzzy: true }],
  },
  {
    // iCIMS acknowledgement with a process promise, Denver reader.
    text: mail(
      'Dear Cody,',
      '',
      'Thank you for applying for the Field Service Technician II position at Summit Ridge Energy.',
      '',
      'Our recruiting team reviews every application individually. You can expect to hear from us regarding next',
      'steps within 7-10 business days.',
      '',
      'Sincerely,',
      'Summit Ridge Energy Talent Acquisition',
      'This message was sent from an unmonitored mailbox (iCIMS).',
    ),
    ...DEN,
    expect: [{ kind: 'response-by', by: '2052-11-08', phrase: 'within 7-10 business days' }],
  },
  {
    // USAJOBS status notice, New York reader.
    text: mail(
      'Dear Applicant,',
      '',
      'Your application for Management and Program Analyst, GS-0343-11, Announcement NE-52-TMB-11843 has been',
      'reviewed. You have been found qualified and your application will be referred to the selecting official.',
      '',
      'Referral notices are typically issued by mid-November. You can track the status of your application on',
      'USAJOBS under "Application Status".',
      '',
      'Department of the Interior, Northeast Regional Human Resources',
    ),
    ...NY,
    expect: [{ kind: 'response-by', by: '2052-11-15', phrase: 'by mid-November', fuzzy: true }],
  },
  {
    // Teamtailor, a Berlin company writing English to a Berlin reader.
    text: mail(
      'Hi Aylin,',
      '',
      'thank you for the great conversation on Thursday and for the case study you sent afterwards. We are now',
      'collecting feedback from everyone who met you. You will hear from us no later than Wednesday, 6 November.',
      '',
      'Best wishes from Kreuzberg,',
      'Jonas Ebert',
      'Talent Acquisition, Lindgrün Mobility GmbH',
    ),
    ...BER,
    expect: [{ kind: 'response-by', by: '2052-11-06', phrase: 'no later than Wednesday, 6 November' }],
  },
  {
    // Pinpoint, Johannesburg reader: an absence hold and an update week.
    text: mail(
      'Dear Sipho,',
      '',
      'Thank you for interviewing with Karoo Freight on Thursday. The hiring manager, Mrs Pretorius, is on leave',
      'and is back on 4 November, so please hold off on any follow-ups until then. We will update all shortlisted',
      'candidates in the week of 4 November.',
      '',
      'Kind regards,',
      'Lerato Dube',
      'Recruitment Officer, Karoo Freight (Pty) Ltd',
    ),
    ...JNB,
    expect: [
      { kind: 'no-contact-before', by: '2052-11-04', phrase: 'hold off on any follow-ups until then' },
      { kind: 'response-by', by: '2052-11-08', phrase: 'in the week of 4 November' },
    ],
  },
  {
    // A UK police force: no calls, and a window counted from a past assessment centre.
    text: mail(
      'Dear Mr Hartley,',
      '',
      'Police Staff Vacancy: Digital Forensics Examiner (ref PS/52/0917)',
      '',
      'Thank you for attending the assessment centre on 14 October. Outcome letters will be emailed to all',
      'candidates within 15 working days of the assessment centre. Due to the volume of applications, please',
      'do not telephone the Recruitment Team regarding the progress of your application.',
      '',
      'Yours sincerely,',
      'Resourcing Team',
      'Mercia Constabulary',
    ),
    ...LDN,
    expect: [
      { kind: 'response-by', by: '2052-11-04', phrase: 'within 15 working days of the assessment centre' },
      { kind: 'no-calls', phrase: 'please do not telephone the Recruitment Team' },
    ],
  },
  {
    // Taleo rejection, Chicago reader.
    text: mail(
      'Dear Brianna Coleman,',
      '',
      'Thank you for your interest in the Credit Risk Associate position (Requisition 52-0448) and for the time',
      'you spent interviewing with our team.',
      '',
      'After careful consideration, we have decided not to move forward with your candidacy at this time. We',
      'encourage you to continue to visit our careers site for future opportunities.',
      '',
      'Regards,',
      'Lakeshore Mutual Talent Acquisition',
    ),
    ...CHI,
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    // BambooHR offer, Manila reader; the reply deadline is the candidate's own.
    text: mail(
      'Hi Carlo,',
      '',
      'Good news! We are delighted to offer you the position of Senior Customer Support Specialist at Bayside',
      'Harbor Outsourcing Inc. Your offer letter, with the salary and benefits we discussed, is attached and is',
      'also waiting for your e-signature in BambooHR.',
      '',
      'Please let us know your decision by Friday.',
      '',
      'Congratulations and welcome (we hope)!',
      'Jessa Villanueva',
      'HR Manager',
    ),
    ...MNL,
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },

  // ---- negatives ----
  {
    // A gig platform's invitation: the deadline is the reader's.
    text: mail(
      'Hi Kwame,',
      '',
      'A client has invited you to interview for the job "Shopify theme fixes and speed audit" (fixed price).',
      '',
      'Respond to the invitation by Tuesday 29 October to keep your response rate above 90%. Clients usually',
      'hire within 48 hours of sending invites.',
      '',
      'Good luck!',
      'The GigLoft Team',
    ),
    ...ACC,
    expect: [],
  },
  {
    // A freelance client proposing a call about an invoice.
    text: mail(
      'Hi Oliver,',
      '',
      'Thanks for the revised wireframes. Can we hop on a call Tuesday at 3pm to go over the invoice and scope the',
      "next sprint? I'd also like to get the contract extension signed before the end of the month.",
      '',
      'Thanks,',
      'Rhiannon',
      'Operations Director, Pebblebrook Tea Co.',
    ),
    ...LDN,
    expect: [],
  },
  {
    // A professional body's exam booking.
    text: mail(
      'Dear Member,',
      '',
      'Booking confirmation: Level 4 Diploma in Procurement and Supply, Module L4M3',
      '',
      'Your exam is booked for Thursday 7 November 2052 at 09:30 at the Pearsonvue test centre, Leicester.',
      'Please arrive 30 minutes early with photo ID. Results are published within 10 working days of your exam.',
      '',
      'Your membership renews on 1 December; you can update your direct debit in MyInstitute.',
      '',
      'Institute of Purchasing and Supply Professionals',
    ),
    ...LDN,
    expect: [],
  },
  {
    // A Jobcentre work-coach appointment: the reader as claimant.
    text: mail(
      'Universal Credit: you have a new message in your journal',
      '',
      'Your next appointment with your work coach, Dawn, is on Tuesday 29 October at 10:40 at Walthamstow',
      'Jobcentre. Please bring evidence of the jobs you have applied for since your last appointment.',
      '',
      'If you cannot attend, tell us before the appointment or your payment may be affected.',
      '',
      'Department for Work and Pensions',
    ),
    ...LDN,
    expect: [],
  },
  {
    // A background-check vendor: the turnaround hangs on undated forms.
    text: mail(
      'Hi Marisol,',
      '',
      'Halvorsen Robotics has asked Verity Screening to complete your pre-employment check. Please complete the',
      'consent form and upload your documents through the secure link below.',
      '',
      'Most checks complete within 3-5 business days of receiving all your documents and references. You will',
      'receive a copy of your report once it is finished.',
      '',
      'Verity Screening Candidate Care',
    ),
    ...NY,
    expect: [],
  },
  {
    // A relocation company's survey call and moving day.
    text: mail(
      'Dear Aylin,',
      '',
      'Your employer has arranged your relocation with Transcontinental Moves. Your virtual pre-move survey is',
      'booked for Wednesday 30 October at 14:00, and the packing crew will arrive on Monday 4 November between',
      '08:00 and 10:00.',
      '',
      'Your move coordinator will send your inventory within 48 hours of the survey.',
      '',
      'Best regards,',
      'Sven Aalto',
      'Move Coordinator',
    ),
    ...BER,
    expect: [],
  },
  {
    // A former employer's HR: P45, final pay and references.
    text: mail(
      'Hi Grace,',
      '',
      'Sorry to see you go, and thanks for everything on Ward 7. Your final pay, including your accrued holiday,',
      'will go through the November payroll and be paid on 28 November. Your P45 will be posted to your home',
      'address the following week.',
      '',
      'If a new employer asks for a reference, they can email hr.references@example.invalid and we will reply',
      'within five working days of their request.',
      '',
      'All the best,',
      'Sandra Pike',
      'HR Advisor, Brookfield Care Homes',
    ),
    ...LDN,
    expect: [],
  },
  {
    // A union caseworker's promise about a grievance.
    text: mail(
      'Dear Brother Mahlangu,',
      '',
      'Thank you for contacting the union about the changes to your shift pattern. Your case has been assigned',
      'to Comrade Naidoo, who will be in touch within two weeks to arrange a meeting.',
      '',
      'The branch general meeting is on Thursday 31 October at 18:00 at the regional office.',
      '',
      'In solidarity,',
      'Gauteng Branch Office',
      'National Union of Logistics Workers',
    ),
    ...JNB,
    expect: [],
  },
  {
    // A charity volunteer shift.
    text: mail(
      'Hi Jasmine!',
      '',
      "Thanks for signing up to volunteer with Parkdale Community Pantry. You're on the sorting shift on",
      "Saturday, November 2 from 10:00 a.m. to 1:00 p.m. We'll send a reminder the day before.",
      '',
      "Can't make it? Just reply and we'll find a swap.",
      '',
      'Warmly,',
      'Deb, Volunteer Coordinator',
    ),
    ...TOR,
    expect: [],
  },
  {
    // A course provider's careers service: a practice session, not an employer.
    text: mail(
      'Hi Theo,',
      '',
      'Your mock interview with career coach Alana Reyes is booked for Wednesday, October 30 at 6:00 PM PT as part',
      "of the Full-Stack Bootcamp career track. Bring a job description you're targeting and she will run a",
      '45-minute behavioral round with you.',
      '',
      'Your capstone demo day is Friday, November 15.',
      '',
      'Codeharbor Academy Careers Team',
    ),
    ...LA,
    expect: [],
  },
  {
    // A bounce quoting the reader's own follow-up.
    text: mail(
      'Delivery has failed to these recipients or groups:',
      '',
      'a.mensah@tallowbrook.example.invalid',
      "The recipient's mailbox is full and can't accept messages now.",
      '',
      '----- Original message -----',
      'From: Kwame Asante',
      'Subject: Following up - Operations Coordinator interview',
      '',
      'Dear Ama,',
      'I hope you are well. I wanted to follow up on my interview of 22 October for the Operations Coordinator',
      'role. You mentioned you hoped to decide by Friday, and I remain very interested.',
      'Kind regards,',
      'Kwame',
    ),
    ...ACC,
    expect: [],
  },
  {
    // The reader as an interviewer on a loop.
    text: mail(
      'Hi Wei Jie,',
      '',
      "Thanks for joining the interview panel now that you've settled in. You're on the loop for the Junior",
      'Treasury Analyst candidate on Friday 1 November at 10:00 (30 minutes, technical questions). Please submit',
      'your scorecard within 24 hours of the interview.',
      '',
      'Thanks,',
      'Nurul',
    ),
    ...SIN,
    expect: [],
  },
  {
    // An agency pitching candidates to a hiring manager.
    text: mail(
      'Hi Mr Chan,',
      '',
      'Following our chat at the logistics expo, I have three pre-screened warehouse supervisors who are available',
      'for interview next week, two of them on immediate notice. Shall I send over their profiles? Our standard',
      'terms give you a 12-week replacement guarantee.',
      '',
      'Best regards,',
      'Vivian Tse',
      'Associate Director, Michael Page Hong Kong',
    ),
    ...HKG,
    expect: [],
  },
  {
    // A Recruitee acknowledgement with only a closing date.
    text: mail(
      'Hi Ciara,',
      '',
      'Thanks for applying for the Partner Marketing Manager role at Nordlicht Studios! We have received your',
      "application and will review it carefully. We'll get back to you as soon as we can.",
      '',
      'This vacancy closes on 15 November 2052.',
      '',
      'Cheers,',
      'The Nordlicht hiring team',
    ),
    ...DUB,
    expect: [],
  },
  {
    // A new starter's first-day note (the offer came earlier).
    text: mail(
      'Kia ora Aroha,',
      '',
      "We're so pleased you're joining us. Your first day is Monday 4 November, starting at 8:30am at the front",
      'desk on Level 2. Please bring your IRD number and bank details so we can set up your first pay on',
      '20 November.',
      '',
      'Ngā mihi,',
      'Hemi Walker',
      'People & Culture, Tūī Digital',
    ),
    ...AKL,
    expect: [],
  },
  {
    // A council tax instalment.
    text: mail(
      'Dear Resident,',
      '',
      'Council Tax account 4401982: your instalment of £142.00 will be collected by Direct Debit on or just',
      'after 1 November 2052. If you have recently moved or started a new job, you may be able to change your',
      'instalment dates online.',
      '',
      'Revenues and Benefits',
      'London Borough of Lowfield',
    ),
    ...LDN,
    expect: [],
  },
  {
    // A flight booking for a family visit, with a check-in window.
    text: mail(
      'Dear Ms Coleman,',
      '',
      'Your trip is confirmed. Booking reference: QZ7R4M',
      '',
      'Chicago (ORD) to Atlanta (ATL), Thursday, November 28, 2052, departs 7:05 AM, arrives 9:58 AM.',
      'Online check-in opens 24 hours before departure. Changes can be made up to 2 hours before your flight.',
      '',
      'Thank you for flying with Lakeline Air.',
    ),
    ...CHI,
    expect: [],
  },
];
