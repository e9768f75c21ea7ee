// Round 840 (issue 13): written BEFORE the engine read it, by a helper who never saw the rules, on Saturday
// 27 March 2060 at 11:00 local, the eve of Europe's clock change (Sunday 28 March: London moves from GMT to BST,
// Berlin from +01:00 to +02:00; the US changed on 14 March; Sydney and Auckland still on daylight time until
// 4 April). Sent on a Saturday: "next week" is 29 March to 4 April, "by Friday" is 2 April, "Monday" is
// 29 March. The focus is big employers' and public bodies' template styles (a cloud retailer's interview loop,
// a search company's Pacific-time schedule read in London after the clock change, a Big Four graduate
// "unable to progress", an NHS Trust "Interview Date: 08/04/2060" with "do not contact the ward", an Indian IT
// services "31-Mar-2060 at 10:30 AM IST", a Hong Kong bank "within 5 working days", a New South Wales agency
// "in about two weeks" with "do not contact panel members", a UK bank's conditional offer with a deadline for
// the candidate, a Chennai selection mail with "offer letter within 72 hours", a USAJOBS "not referred", an
// Irish public appointments "11.40 a.m.", a Gulf airline's assessment day, a Singapore hotel group moving an
// interview, a Manila "decided to pursue other candidates", a Toronto university's hold until 6 April, a Nairobi
// Teams invitation, a London retailer's "2pm UK time" for a New York reader), and negatives where the same
// templates reach someone who is not the candidate: the interviewer in the loop, the hiring manager told an offer
// was approved, an HR colleague copied on regret letters, a team told of an internal transfer, an employee's
// appraisal, a bank's customer, an airline's passenger, an NHS patient, a job alert with a closing date, a
// careers webinar, a panel member, a referee, a reporter's interview, a son's interview, a visa interview, a
// retailer's acknowledgement that promises nothing dated, a payroll notice.
// Names, companies and dates are invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Saturday 27 March 2060, 11:00 local (Europe still on winter time that day).
const LA = { sentAt: '2060-03-27T11:00:00-07:00', tz: 'America/Los_Angeles' } as const;
const NY = { sentAt: '2060-03-27T11:00:00-04:00', tz: 'America/New_York' } as const;
const TOR = { sentAt: '2060-03-27T11:00:00-04:00', tz: 'America/Toronto' } as const;
const LDN = { sentAt: '2060-03-27T11:00:00+00:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2060-03-27T11:00:00+00:00', tz: 'Europe/Dublin' } as const;
const BER = { sentAt: '2060-03-27T11:00:00+01:00', tz: 'Europe/Berlin' } as const;
const LOS = { sentAt: '2060-03-27T11:00:00+01:00', tz: 'Africa/Lagos' } as const;
const JNB = { sentAt: '2060-03-27T11:00:00+02:00', tz: 'Africa/Johannesburg' } as const;
const NBO = { sentAt: '2060-03-27T11:00:00+03:00', tz: 'Africa/Nairobi' } as const;
const DXB = { sentAt: '2060-03-27T11:00:00+04:00', tz: 'Asia/Dubai' } as const;
const KHI = { sentAt: '2060-03-27T11:00:00+05:00', tz: 'Asia/Karachi' } as const;
const KOL = { sentAt: '2060-03-27T11:00:00+05:30', tz: 'Asia/Kolkata' } as const;
const HKG = { sentAt: '2060-03-27T11:00:00+08:00', tz: 'Asia/Hong_Kong' } as const;
const SIN = { sentAt: '2060-03-27T11:00:00+08:00', tz: 'Asia/Singapore' } as const;
const MNL = { sentAt: '2060-03-27T11:00:00+08:00', tz: 'Asia/Manila' } as const;
const SYD = { sentAt: '2060-03-27T11:00:00+11:00', tz: 'Australia/Sydney' } as const;
const AKL = { sentAt: '2060-03-27T11:00:00+13:00', tz: 'Pacific/Auckland' } as const;

const mail = (...lines: string[]): string => lines.join('\n');

export const ROUND_840_EN: readonly PhraseRow[] = [
  // ---- positives ----
  {
    // A cloud retailer's interview-loop confirmation; the assessment deadline is the candidate's.
    text: mail(
      'Hi Mateo,',
      '',
      'Thank you for confirming your availability. Your virtual interview loop for the Software Development Engineer II role (Job ID: 2871154) is now scheduled.',
      '',
      'Date: Thursday, April 1, 2060',
      'Start time: 9:00 AM PDT',
      'Duration: approximately 4 hours (four 55-minute interviews with short breaks)',
      'Platform: Kestrel Meet – the link will be in a separate calendar invitation',
      '',
      'Please complete the online work style survey by Tuesday so the panel has it in advance. Each interviewer will ask about our Leadership Principles, so come with examples using the STAR format.',
      '',
      'Best of luck!',
      'Recruiting Coordinator | Kestrel Marketplace Talent Acquisition',
    ),
    ...LA,
    expect: [{ kind: 'interview', by: '2060-04-01', time: '09:00', phrase: 'Thursday, April 1, 2060' }],
  },
  {
    // A search company's schedule in Pacific time for a London reader; Tuesday is after the clock change (BST).
    text: mail(
      'Hi Priya,',
      '',
      "Great news — your virtual onsite is all set for Tuesday, March 30. Here's your schedule (all times Pacific):",
      '',
      '8:00am – 8:45am   Coding interview with Arjun S.',
      '9:00am – 9:45am   Coding interview with Lena W.',
      '10:00am – 10:45am System design with Tomás R.',
      '11:00am – 11:45am Googleyness & leadership with Fatima B.',
      '',
      'You will join each session from the same Meet link. Your interviewers will not have seen your CV in detail, so please be ready to introduce yourself briefly.',
      '',
      'Cheers,',
      'Dana Whitcombe',
      'Recruiter, Orrery Search — EMEA hiring',
    ),
    ...LDN,
    expect: [{ kind: 'interview', by: '2060-03-30', time: '16:00', phrase: 'Tuesday, March 30' }],
  },
  {
    // A Big Four graduate programme's "unable to progress".
    text: mail(
      'Dear Hannah,',
      '',
      'Application reference: GRAD-2060-118842 – Audit & Assurance Graduate Programme, Birmingham',
      '',
      'Thank you for completing the Immersive Online Assessment. We have now reviewed your results carefully against the standard required for this programme.',
      '',
      'Unfortunately, on this occasion, we are unable to progress your application to the next stage of the process.',
      '',
      'We know this will be disappointing. You are welcome to apply again for our programmes in the next recruitment cycle, and we wish you every success in your career.',
      '',
      'Yours sincerely,',
      'Student Recruitment Team',
      'Ashcombe Grant LLP',
    ),
    ...LDN,
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    // An NHS Trust's invitation through NHS Jobs, label–value layout, with "do not contact the ward".
    text: mail(
      'Dear Ms Adeyemi',
      '',
      'Job Reference: 283-MED-6610-A   Staff Nurse – Ward 14 (Respiratory), Band 5',
      '',
      'Following the shortlisting of your application we are pleased to invite you for interview. Details are as follows:',
      '',
      'Interview Date: 08/04/2060',
      'Interview Time: 13:45',
      'Venue: Education Centre, Level 2, St Aldhelm’s Hospital',
      'Panel: Ward Manager, Matron for Respiratory Medicine',
      '',
      'Please bring photographic ID and proof of your right to work in the UK. Please do not contact the ward directly regarding your application; all queries should go to the Recruitment Team via NHS Jobs.',
      '',
      'Kind regards',
      'Recruitment Team',
      'Wessex Vale NHS Foundation Trust',
    ),
    ...LDN,
    expect: [
      { kind: 'interview', by: '2060-04-08', time: '13:45', phrase: 'Interview Date: 08/04/2060' },
      { kind: 'no-calls', phrase: 'do not contact the ward directly' },
    ],
  },
  {
    // An Indian IT services firm's schedule, abbreviated month and IST.
    text: mail(
      'Dear Rohit Sharma,',
      '',
      'Greetings from Varuna Infotech!',
      '',
      'With reference to your application for the role of Senior Systems Engineer, your technical interview has been scheduled on 31-Mar-2060 at 10:30 AM IST.',
      '',
      'Mode: Virtual (Microsoft Teams)',
      'Panel: Delivery Manager – Banking & Financial Services',
      '',
      'Kindly keep your updated resume, a valid government ID and your latest payslips handy. Please join 10 minutes before the scheduled time.',
      '',
      'Regards,',
      'Talent Acquisition Group',
      'Varuna Infotech Ltd., Pune',
    ),
    ...KOL,
    expect: [{ kind: 'interview', by: '2060-03-31', time: '10:30', phrase: '31-Mar-2060 at 10:30 AM IST' }],
  },
  {
    // A Hong Kong bank after the interview: a promise in working days.
    text: mail(
      'Dear Mr Chan,',
      '',
      'Thank you for attending the interview for the Relationship Manager, Premier Banking position yesterday at our Central office.',
      '',
      'The panel is now consolidating its assessment. We will revert to you with the outcome within 5 working days.',
      '',
      'In the meantime, please let me know if any of your contact details change.',
      '',
      'Best regards,',
      'Yvonne Leung',
      'Talent Acquisition, Harbourline Bank (Hong Kong) Limited',
    ),
    ...HKG,
    expect: [{ kind: 'response-by', by: '2060-04-02', phrase: 'within 5 working days' }],
  },
  {
    // A New South Wales agency: "in about two weeks" (fuzzy) and no contact with the panel.
    text: mail(
      'Dear Ms Kowalski,',
      '',
      'Thank you for attending your interview for the role of Senior Policy Officer, Clerk Grade 9/10 (Requisition ID: 00093-55), with the Department of Regional Transport.',
      '',
      'The selection panel is now completing referee checks for all recommended applicants. We expect to be in a position to advise you of the outcome in about two weeks.',
      '',
      'To ensure a fair and transparent process, please do not contact panel members directly. Any questions can be directed to the recruitment mailbox.',
      '',
      'Kind regards,',
      'Talent Acquisition Partner',
      'Department of Regional Transport | NSW Government',
    ),
    ...SYD,
    expect: [
      { kind: 'response-by', by: '2060-04-10', phrase: 'in about two weeks', fuzzy: true },
      { kind: 'no-calls', phrase: 'please do not contact panel members directly' },
    ],
  },
  {
    // A UK bank's conditional offer; "by Thursday 1 April" is the candidate's deadline.
    text: mail(
      'Dear Tom,',
      '',
      "I'm delighted to confirm that, following your final interview, we would like to offer you the role of Vice President – Credit Risk, based in Canary Wharf, on the terms set out in the attached letter.",
      '',
      'This offer is conditional on satisfactory completion of our pre-employment screening, including credit and criminal record checks and references covering the last five years.',
      '',
      'Please let us know by Thursday 1 April whether you wish to accept, by signing the letter in the candidate portal.',
      '',
      'Congratulations again, and welcome.',
      '',
      'Kind regards,',
      'Imogen Hartley',
      'Resourcing Partner, Thamesgate Bank plc',
    ),
    ...LDN,
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    // A Chennai selection mail: selected, and the letter promised within 72 hours.
    text: mail(
      'Dear Kavya,',
      '',
      'Congratulations! We are happy to inform you that you have been selected for the position of Assistant System Engineer – Trainee at Meridian Consultancy Services, Chennai.',
      '',
      'Your offer letter will be released on the NextStep portal within 72 hours. Kindly accept it on the portal and upload the documents listed in the joining checklist.',
      '',
      'We look forward to having you on board.',
      '',
      'Warm regards,',
      'HR – Campus Hiring',
      'Meridian Consultancy Services',
    ),
    ...KOL,
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2060-03-30', phrase: 'within 72 hours' },
    ],
  },
  {
    // A USAJOBS-style status notice: qualified, not referred to the selecting official.
    text: mail(
      'Dear Marcus Bell,',
      '',
      'Announcement Number: DOI-BLM-60-1185521-DE',
      'Position: Budget Analyst, GS-0560-11',
      '',
      'We have reviewed your application and determined that you are qualified for this position. However, you were not among the best qualified candidates and your name was not referred to the selecting official for further consideration.',
      '',
      'Thank you for your interest in Federal employment. You may review the status of this and other applications by signing in to your account.',
      '',
      'Sincerely,',
      'Human Resources Office, Bureau of Land Stewardship',
    ),
    ...NY,
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    // An Irish public appointments invitation with "11.40 a.m.".
    text: mail(
      'Dear Ms Ní Bhriain,',
      '',
      'Higher Executive Officer – Department of Housing (Campaign 60/112)',
      '',
      'I am pleased to inform you that you have been successful at the shortlisting stage and are invited to attend for interview on Wednesday 7th April 2060 at 11.40 a.m. Interviews will be held by video conference.',
      '',
      'Please confirm your attendance by return. Candidates should note that canvassing will disqualify.',
      '',
      'Is mise le meas,',
      'Ciarán Moloney',
      'Recruitment Unit, Public Appointments Office',
    ),
    ...DUB,
    expect: [
      {
        kind: 'interview',
        by: '2060-04-07',
        time: '11:40',
        phrase: 'Wednesday 7th April 2060 at 11.40 a.m.',
      },
    ],
  },
  {
    // A Gulf airline after an assessment day.
    text: mail(
      'Dear Aisha,',
      '',
      'Thank you for attending the Cabin Crew Assessment Day in Dubai on Thursday. It was a pleasure to meet you and to see how you worked with the group.',
      '',
      'Our recruitment team is now reviewing every candidate’s assessment. We will let you know the outcome by email within 10 working days.',
      '',
      'Kind regards,',
      'Cabin Crew Recruitment',
      'Falcon Skies Airways',
    ),
    ...DXB,
    expect: [{ kind: 'response-by', by: '2060-04-09', phrase: 'within 10 working days' }],
  },
  {
    // A Singapore hotel group moves an interview: only the new day counts.
    text: mail(
      'Hi Wei Jie,',
      '',
      'Apologies for the change. Our General Manager has been called to a regional meeting, so we need to move your interview for the Front Office Manager role from Monday 29 March to Wednesday 31 March, same time, 3:00 PM (SGT), at the hotel lobby lounge.',
      '',
      'Please ask for me at the concierge desk when you arrive.',
      '',
      'Best regards,',
      'Serene Tay',
      'Talent & Culture Manager, Lumen Bay Hotel Singapore',
    ),
    ...SIN,
    expect: [
      {
        kind: 'interview',
        by: '2060-03-31',
        time: '15:00',
        phrase: 'Wednesday 31 March, same time, 3:00 PM (SGT)',
      },
    ],
  },
  {
    // A Manila consulting firm's "decided to pursue other candidates".
    text: mail(
      'Hi Jerome,',
      '',
      'Thank you for your interest in the Application Development Analyst role and for the time you spent with our team during the interviews.',
      '',
      'After careful review, we have decided to pursue other candidates whose experience more closely matches the current needs of the project.',
      '',
      'We will keep your profile in our talent community and encourage you to apply for future openings that match your skills.',
      '',
      'Best,',
      'Recruiting Team – Philippines Delivery Center',
      'Northvale Consulting',
    ),
    ...MNL,
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    // A Toronto university's hold until the committee reconvenes, and a decision by mid-April.
    text: mail(
      'Dear Dr. Okafor,',
      '',
      'Thank you again for your campus visit and research talk for the Assistant Professor position in Environmental Engineering.',
      '',
      'Several members of the search committee are travelling over the coming week, so please don’t reach out for an update before April 6, when the committee reconvenes. We aim to let all finalists know the outcome by mid-April.',
      '',
      'With best wishes,',
      'Prof. Helen Strand',
      'Chair, Search Committee, Lakeshore University',
    ),
    ...TOR,
    expect: [
      { kind: 'no-contact-before', by: '2060-04-06', phrase: 'before April 6' },
      { kind: 'response-by', by: '2060-04-15', phrase: 'by mid-April', fuzzy: true },
    ],
  },
  {
    // A Nairobi bank's Microsoft Teams invitation text.
    text: mail(
      'Interview – Credit Analyst, Corporate Banking',
      'When: Tuesday, 30 March 2060 14:00–14:45 (UTC+03:00) Nairobi',
      'Where: Microsoft Teams Meeting',
      'Organizer: Wanjiru Kamau',
      '',
      '________________________________________________________________________________',
      'Microsoft Teams meeting',
      'Join on your computer, mobile app or room device',
      'Click here to join the meeting',
      'Meeting ID: 381 552 907 114',
      'Passcode: 7xQ2aL',
      '________________________________________________________________________________',
      '',
      'Hi Brian, this is the first-round interview we discussed on the phone. Speak then. – Wanjiru, Talent Acquisition, Savannah Commercial Bank',
    ),
    ...NBO,
    expect: [{ kind: 'interview', by: '2060-03-30', time: '14:00', phrase: 'Tuesday, 30 March 2060 14:00' }],
  },
  {
    // A London retailer's head office for a reader in New York: "2pm UK time" on Tuesday is 13:00 UTC (BST).
    text: mail(
      'Hi Jasmine,',
      '',
      'Thanks for your patience while we lined up the panel. Could you do Tuesday 30 March at 2pm UK time for the final interview for Head of E-commerce Analytics? It will be with our Chief Digital Officer and the Director of Trading, on Teams, for about an hour.',
      '',
      'I know it is early for you in New York, so do tell me if that is a problem.',
      '',
      'Best wishes,',
      'Oliver Pratt',
      'Senior Talent Partner, Harrow & Lyle Stores',
    ),
    ...NY,
    expect: [
      { kind: 'interview', by: '2060-03-30', time: '09:00', phrase: 'Tuesday 30 March at 2pm UK time' },
    ],
  },

  // ---- negatives ----
  {
    // The reader is an interviewer in the loop; the feedback deadline is the reader's.
    text: mail(
      'Hi Sam,',
      '',
      "You've been added as an interviewer to the loop for Daniel Osei (Software Development Engineer II, Job ID 2871154).",
      '',
      'Thursday, April 1, 2060, 10:00 AM – 10:55 AM PDT – Coding (data structures)',
      'Competency: Dive Deep, Deliver Results',
      '',
      'Please review the candidate’s resume beforehand and submit your written feedback in the hiring tool within 24 hours of the interview. The debrief is on Friday at 3:00 PM.',
      '',
      'Thanks,',
      'Recruiting Coordinator | Kestrel Marketplace Talent Acquisition',
    ),
    ...LA,
    expect: [],
  },
  {
    // The reader is the hiring manager: an offer approval notice.
    text: mail(
      'Hello Rebecca,',
      '',
      'The offer for Rachel Kim (Senior Analyst, Pricing – Req 55120) has been approved by Finance and HR Business Partnering.',
      '',
      'Approved base: £68,000 plus standard bonus eligibility. Your recruiter, Imogen, will extend the verbal offer to the candidate on Monday and the written offer will follow once she accepts.',
      '',
      'No action is needed from you at this stage.',
      '',
      'Workflow notification – Thamesgate Bank plc Recruiting System',
    ),
    ...LDN,
    expect: [],
  },
  {
    // The reader is an HR colleague copied on regret letters.
    text: mail(
      'Hi Gráinne,',
      '',
      'FYI, I sent the regret emails this morning to the three candidates we did not progress for the Communications Officer post, using the standard "unable to progress on this occasion" wording. The panel’s decision is final and I have closed their records.',
      '',
      'Could you update the campaign tracker by Friday so the figures are right for the quarterly report?',
      '',
      'Thanks a million,',
      'Seán',
      'HR Operations, Fingal Water Services',
    ),
    ...DUB,
    expect: [],
  },
  {
    // A team told about a colleague's internal transfer.
    text: mail(
      'Hi team,',
      '',
      'I’m pleased to share that Jamie Lowe has accepted an internal transfer to the Payments Engineering team after a successful interview with their leadership last week. Jamie’s last day with us will be Friday 9 April and he starts with Payments on Monday 12 April.',
      '',
      'Please make sure any open tickets assigned to Jamie are handed over by Wednesday. We will be recruiting a replacement shortly.',
      '',
      'Thanks,',
      'Claire',
      'Engineering Manager, Core Platform',
    ),
    ...LDN,
    expect: [],
  },
  {
    // The reader as employee: an appraisal meeting from the HR system.
    text: mail(
      'Dear Karim,',
      '',
      'Your 2059/60 year-end performance review with your line manager, Ayesha Siddiqui, has been scheduled.',
      '',
      'Date: Tuesday 30 March 2060',
      'Time: 2:00 PM PKT',
      'Location: Meeting Room 4B, Head Office, Karachi',
      '',
      'Please complete your self-assessment in the PeoplePortal before the meeting. Ratings will be communicated within 10 working days of the review.',
      '',
      'Regards,',
      'Human Resources – Performance Management',
      'Indus Crescent Bank Limited',
    ),
    ...KHI,
    expect: [],
  },
  {
    // The reader as a bank's customer: a mortgage appointment.
    text: mail(
      'Dear Mr Chan,',
      '',
      'Your appointment with one of our Mortgage Specialists is confirmed.',
      '',
      'Date: Thursday 1 April 2060',
      'Time: 10:30 a.m.',
      'Branch: Harbourline Bank, Mong Kok Premier Centre',
      '',
      'Please bring your HKID card, your last three months of bank statements and proof of income. If you need to reschedule, please call us at least 24 hours in advance.',
      '',
      'Harbourline Bank (Hong Kong) Limited',
    ),
    ...HKG,
    expect: [],
  },
  {
    // The reader as an airline's passenger.
    text: mail(
      'Dear Ms Rahman,',
      '',
      'Your booking is confirmed. Booking reference: QX7LMP',
      '',
      'Flight FS 207  Dubai (DXB) – Manchester (MAN)',
      'Date: 02 Apr 2060   Departure: 14:25   Arrival: 19:10',
      '',
      'Online check-in opens 48 hours before departure. Please be at the gate no later than 40 minutes before departure.',
      '',
      'Thank you for choosing Falcon Skies Airways.',
    ),
    ...DXB,
    expect: [],
  },
  {
    // The reader as an NHS patient; the same Trust's letter layout.
    text: mail(
      'Dear Mr Patel',
      '',
      'Hospital Number: W4471920',
      '',
      'We have arranged for you to attend the Respiratory Outpatient Clinic.',
      '',
      'Appointment Date: 08/04/2060',
      'Appointment Time: 13:45',
      'Location: Outpatients C, St Aldhelm’s Hospital',
      '',
      'If you are unable to attend, please let us know at least 48 hours in advance so that we can offer the slot to another patient.',
      '',
      'Yours sincerely',
      'Outpatient Booking Centre, Wessex Vale NHS Foundation Trust',
    ),
    ...LDN,
    expect: [],
  },
  {
    // A federal job alert: only closing dates.
    text: mail(
      'Hello Marcus,',
      '',
      '3 new jobs match your saved search "Budget Analyst – Washington, DC".',
      '',
      'Budget Analyst, GS-0560-9/11 – Department of the Interior – Opens 03/26/2060, Closes 04/09/2060',
      'Financial Management Specialist, GS-0501-12 – Bureau of Land Stewardship – Closes 04/02/2060',
      'Program Analyst, GS-0343-11 – National Parks Office – Closes 04/06/2060',
      '',
      'Apply before the closing date. To change how often you receive these alerts, update your saved search settings.',
    ),
    ...NY,
    expect: [],
  },
  {
    // A Big Four careers webinar with a date and a registration deadline.
    text: mail(
      'Hi Hannah,',
      '',
      'Thinking about a career in Technology Consulting? Join our live "Inside Ashcombe Grant" webinar on Wednesday 31 March at 6pm, where our graduates will talk about their first year and how the interview process works.',
      '',
      'Places are limited, so please register by Tuesday. A recording will be sent to everyone who signs up.',
      '',
      'See you there,',
      'Student Recruitment Team, Ashcombe Grant LLP',
    ),
    ...LDN,
    expect: [],
  },
  {
    // The reader sits on a university interview panel.
    text: mail(
      'Dear Dr Brandt,',
      '',
      'Thank you for agreeing to sit on the interview panel for the post of Lecturer in Physical Chemistry (Ref. 060-0311).',
      '',
      'Interviews will take place on Wednesday 7 April, starting at 09:00 in the Senate Room, with candidate presentations in the morning. The shortlisting pack will be circulated by Friday.',
      '',
      'Please let me know of any conflict of interest with the shortlisted candidates.',
      '',
      'Best wishes,',
      'Staff Recruitment Officer, Human Resources, University of Rheinland-Nord (English-language programmes)',
    ),
    ...BER,
    expect: [],
  },
  {
    // The reader as referee for a nurse.
    text: mail(
      'Dear Ms Okonkwo,',
      '',
      'Ngozi Eze has applied for the post of Staff Nurse at Lagoon Specialist Hospital and has given your name as a referee.',
      '',
      'We would be grateful if you could complete the attached reference form and return it within 5 working days. If you would prefer to give the reference by phone, the recruitment officer is available on Tuesday at 11am.',
      '',
      'Thank you for your assistance.',
      '',
      'Yours faithfully,',
      'Human Resources Department, Lagoon Specialist Hospital, Lagos',
    ),
    ...LOS,
    expect: [],
  },
  {
    // A reporter's interview: a single proposed slot, but it is not a job.
    text: mail(
      'Hi Thandi,',
      '',
      "I'm writing a feature for the Business Day weekend edition on how South African retailers are using AI in their supply chains, and your name came up more than once.",
      '',
      'Would you be open to a 30-minute interview? Could you do Tuesday at 11am, either at your office or on Zoom? I can send questions in advance.',
      '',
      'Many thanks,',
      'Pieter van Wyk',
      'Senior Reporter',
    ),
    ...JNB,
    expect: [],
  },
  {
    // A son's interview, told to his parent.
    text: mail(
      'Hi Mum,',
      '',
      "Guess what, I got the interview at the bank in Auckland! It's on Thursday at 10 with two managers. I'm going to wear Dad's blue tie if that's ok.",
      '',
      "Can you help me practise on Wednesday night? They said they'll let me know within a week.",
      '',
      'Love,',
      'Tane',
    ),
    ...AKL,
    expect: [],
  },
  {
    // A visa interview at an embassy.
    text: mail(
      'Dear Applicant,',
      '',
      'Your visa appointment has been successfully scheduled.',
      '',
      'Consular Section, Embassy – Manila',
      'Interview Date: 06/04/2060',
      'Interview Time: 08:30',
      'Visa category: H-1B (Temporary Worker)',
      '',
      'Please arrive no earlier than 15 minutes before your appointment time with your passport, appointment confirmation page and DS-160 confirmation. Processing usually takes 5 business days after approval.',
    ),
    ...MNL,
    expect: [],
  },
  {
    // A retailer's acknowledgement that promises nothing dated; the closing date is a fact.
    text: mail(
      'Hi Chloe,',
      '',
      'Thanks for applying for Customer Assistant – Nights at our Manchester Arndale store. We have received your application.',
      '',
      'This vacancy closes on 4 April 2060. Our store team will review all applications after the closing date and will be in touch if your application is successful.',
      '',
      'Thanks,',
      'Harrow & Lyle Stores Careers',
    ),
    ...LDN,
    expect: [],
  },
  {
    // The reader as an employee: a payroll notice after a transfer.
    text: mail(
      'Dear Olumide,',
      '',
      'Following your move to the Abuja branch, please note that your March salary will be paid on 30 March 2060 through the new cost centre. Your revised payslip will be available on the ESS portal from Monday.',
      '',
      'If anything on your payslip looks incorrect, please raise a ticket with Payroll within 5 working days of payment.',
      '',
      'Regards,',
      'Payroll & Benefits, Crestwave Telecoms Nigeria',
    ),
    ...LOS,
    expect: [],
  },
];
