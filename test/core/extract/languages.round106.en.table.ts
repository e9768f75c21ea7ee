// Round 1100 (issue 13): written BEFORE the engine read it, by a helper who never saw the rules. All rows were
// sent on Thursday 29 October 2082 at 10:15 local, in the week between Europe's return to standard time
// (Sunday 25 October) and North America's (Sunday 1 November): London is +00:00 while New York is still
// -04:00, so 3:00 PM ET on Friday 30 October is 19:00 in London, and a Tuesday 3 November EST time is -05:00.
// "By Friday" is 30 October, "next week" is 2-6 November, "the week after next" ends Friday 13 November,
// "10 business days" end Thursday 12 November, "mid-November" is the 15th.
// What it tries, as one job seeker's inbox over a fortnight would hold it: positives from Workable (an ET time
// for a London reader across the DST gap), a Google Calendar invitation in Toronto, an in-house HR officer in
// Karachi ("in the coming days"), Oracle Recruiting in Riyadh ("within 10 business days"), a SuccessFactors
// rejection in Kuala Lumpur, Teamtailor in English for a Berlin reader ("by mid-November"), a Jobvite hold until
// the hiring manager is back, a council invitation "Date: 05/11/2082" with an outcome window counted from the
// interview, a JazzHR offer by phone, a Dover founder's "early next week", a ModernLoop onsite schedule
// flattened to text, an Australian university's "by the end of November", a New York interview read in Sydney
// (the date moves), a Ghanaian ISO-dated invitation with no phone enquiries, a Robert Half "the week after
// next", a Lagos HR reply "within 72 hours" above the candidate's quoted mail, and an Irish public service
// interview moved to a new day ("11.30am"). Negatives: an IT upgrade, a payroll date, an all-hands and offsite,
// the reader as hiring manager in Lever, the reader as recruiter receiving a withdrawal ("accepted another
// offer"), the reader as mentor at a mock-interview day, a salary-guide webinar, a professional exam with a
// results date, a citizenship interview, parent-teacher interviews, a delivery, a flight, a vet, council tax,
// an agency's new-role alert with a closing date and an interview week, a recruiter's acknowledgement above
// a quote that promises nothing dated, and a careers service's drop-in hours. Names, companies and dates are
// invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Thursday 29 October 2082, 10:15 local.
const NY = { sentAt: '2082-10-29T10:15:00-04:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2082-10-29T10:15:00-05:00', tz: 'America/Chicago' } as const;
const DEN = { sentAt: '2082-10-29T10:15:00-06:00', tz: 'America/Denver' } as const;
const LA = { sentAt: '2082-10-29T10:15:00-07:00', tz: 'America/Los_Angeles' } as const;
const TOR = { sentAt: '2082-10-29T10:15:00-04:00', tz: 'America/Toronto' } as const;
const VAN = { sentAt: '2082-10-29T10:15:00-07:00', tz: 'America/Vancouver' } as const;
const LDN = { sentAt: '2082-10-29T10:15:00+00:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2082-10-29T10:15:00+00:00', tz: 'Europe/Dublin' } as const;
const BER = { sentAt: '2082-10-29T10:15:00+01:00', tz: 'Europe/Berlin' } as const;
const KHI = { sentAt: '2082-10-29T10:15:00+05:00', tz: 'Asia/Karachi' } as const;
const CCU = { sentAt: '2082-10-29T10:15:00+05:30', tz: 'Asia/Kolkata' } as const;
const SIN = { sentAt: '2082-10-29T10:15:00+08:00', tz: 'Asia/Singapore' } as const;
const KUL = { sentAt: '2082-10-29T10:15:00+08:00', tz: 'Asia/Kuala_Lumpur' } as const;
const ACC = { sentAt: '2082-10-29T10:15:00+00:00', tz: 'Africa/Accra' } as const;
const LOS = { sentAt: '2082-10-29T10:15:00+01:00', tz: 'Africa/Lagos' } as const;
const JNB = { sentAt: '2082-10-29T10:15:00+02:00', tz: 'Africa/Johannesburg' } as const;
const RUH = { sentAt: '2082-10-29T10:15:00+03:00', tz: 'Asia/Riyadh' } as const;
const DXB = { sentAt: '2082-10-29T10:15:00+04:00', tz: 'Asia/Dubai' } as const;
const SYD = { sentAt: '2082-10-29T10:15:00+11:00', tz: 'Australia/Sydney' } as const;
const MEL = { sentAt: '2082-10-29T10:15:00+11:00', tz: 'Australia/Melbourne' } as const;
const AKL = { sentAt: '2082-10-29T10:15:00+13:00', tz: 'Pacific/Auckland' } as const;

const mail = (...lines: string[]): string => lines.join('\n');

export const ROUND_1100_EN: readonly PhraseRow[] = [
  // ---- positives ----
  {
    // Workable, a US company writing to a London reader: New York is still on daylight time (-04:00) on
    // 30 October, London is back on GMT, so 3:00 PM ET is 19:00 in London.
    text: mail(
      'Hi Georgia,',
      '',
      'Great news - the team would like to meet you! Your video interview with Sam Whitfield is on Friday 30 October at 3:00 PM ET. Sam will call you on Google Meet.',
      '',
      'Best,',
      'Hollis & Vane Recruiting (via Workable)',
    ),
    ...LDN,
    expect: [
      { kind: 'interview', by: '2082-10-30', time: '19:00', phrase: 'Friday 30 October at 3:00 PM ET' },
    ],
  },
  {
    // Google Calendar invitation text (Toronto); Tuesday 3 November is after the switch to EST.
    text: mail(
      'Invitation: Panel interview - UX Researcher (Marie Lavoie) @ Tue Nov 3, 2082 1pm - 2pm (EST) (marie.lavoie@proton.me)',
      '',
      'Panel interview - UX Researcher (Marie Lavoie)',
      'Tuesday Nov 3, 2082 ⋅ 1pm - 2pm',
      'Eastern Time - Toronto',
      '',
      'Location',
      'Maple Row Digital, 355 King St W, 5th floor',
      '',
      'Guests',
      'Kwame Asante - organizer',
      'Rebecca Liu',
      'marie.lavoie@proton.me',
      '',
      'Reply for marie.lavoie@proton.me: Yes / No / Maybe',
      'Invitation from Google Calendar',
    ),
    ...TOR,
    expect: [
      { kind: 'interview', by: '2082-11-03', time: '13:00', phrase: 'Tuesday Nov 3, 2082 ⋅ 1pm - 2pm' },
    ],
  },
  {
    // In-house HR officer (Karachi): "in the coming days" (t + 5, fuzzy).
    text: mail(
      'Dear Mr. Hamza Qureshi,',
      '',
      'Thank you for appearing for the technical interview for the post of Assistant Manager Supply Chain at Indus Valley Textiles on Tuesday. Your evaluation has been forwarded to the Head of Operations, and the decision of the hiring committee will be communicated to you in the coming days.',
      '',
      'Best Regards,',
      'Saima Rauf',
      'Officer HR, Indus Valley Textiles (Pvt.) Ltd.',
    ),
    ...KHI,
    expect: [{ kind: 'response-by', by: '2082-11-03', phrase: 'in the coming days', fuzzy: true }],
  },
  {
    // Oracle Recruiting Cloud (Riyadh): "within 10 business days" = Thursday 12 November.
    text: mail(
      'Dear Faisal Al-Harbi,',
      '',
      'Thank you for completing your interview for the position of Senior Procurement Specialist (Requisition 82-00871) with Najd Energy Services.',
      '',
      'Your interview feedback has now been submitted by the panel. The hiring team will review all candidates who interviewed for this requisition, and you can expect to hear from us regarding the outcome within 10 business days.',
      '',
      'In the meantime, you can review the status of your application at any time by signing in to the Najd Energy Services Careers portal and selecting "My Job Applications".',
      '',
      'Please ensure that your contact details and documents (passport copy, degree certificates and professional certifications) are up to date in your profile, as these will be needed if you progress to the next step.',
      '',
      'Regards,',
      'Talent Acquisition Team',
      'Najd Energy Services Company',
      '',
      'This is an automated notification from Oracle Recruiting Cloud. Please do not reply to this message.',
      'CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorised review, use, disclosure or distribution is prohibited.',
    ),
    ...RUH,
    expect: [{ kind: 'response-by', by: '2082-11-12', phrase: 'within 10 business days' }],
  },
  {
    // SuccessFactors rejection (Kuala Lumpur).
    text: mail(
      'Dear Nurul Aisyah binti Rahman,',
      '',
      'Thank you for your interest in the Executive, Regulatory Affairs position at Permata Pharma Sdn Bhd and for attending the interview session with us.',
      '',
      'We regret to inform you that your application has been unsuccessful on this occasion. We will retain your details in our talent pool for six months.',
      '',
      'We wish you all the best in your career.',
      '',
      'Yours sincerely,',
      'Human Capital Department',
      'Permata Pharma Sdn Bhd',
      '',
      'This is a system-generated email from SAP SuccessFactors. Please do not reply.',
    ),
    ...KUL,
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    // Teamtailor, a Copenhagen company writing English to a Berlin reader: "by mid-November" (the 15th, fuzzy).
    text: mail(
      'Hi Jonas,',
      '',
      "Thanks for a really good conversation on Tuesday! We're meeting the last two candidates this week and next, and we'll get back to you with the next steps by mid-November.",
      '',
      'Have a great weekend when it comes,',
      'Mette Sørensen',
      'Talent Acquisition, Havnefront ApS',
      'Sent with Teamtailor',
    ),
    ...BER,
    expect: [{ kind: 'response-by', by: '2082-11-15', phrase: 'by mid-November', fuzzy: true }],
  },
  {
    // Jobvite (Denver): a hold until the hiring manager is back.
    text: mail(
      'Hi Tyler,',
      '',
      'Thanks for checking in about the Field Service Technician role. Our hiring manager, Renee, is at a trade show through November 6, so please hold off on any follow-up until she is back on Monday, November 9. She has your interview notes and will reach out after that.',
      '',
      'Thanks,',
      'Cody Marsh',
      'Recruiter, Frontrange Mechanical',
    ),
    ...DEN,
    expect: [
      {
        kind: 'no-contact-before',
        by: '2082-11-09',
        phrase: 'hold off on any follow-up until she is back on Monday, November 9',
      },
    ],
  },
  {
    // A council's invitation (UK), D/M/Y label, and an outcome window counted from the interview:
    // Thursday 5 November + 5 working days = Thursday 12 November.
    text: mail(
      'Dear Mr Osei,',
      '',
      'Post: Housing Officer (Tenancy Sustainment), Grade 6',
      'Reference: HSG/2082/118',
      '',
      'Thank you for your application for the above post. I am pleased to inform you that you have been shortlisted and I would like to invite you to attend an interview as follows:',
      '',
      'Date: 05/11/2082',
      'Time: 14:15',
      'Venue: Committee Room 2, Civic Centre, Market Street, Ashby Vale',
      'Panel: Karen Pritchard (Housing Services Manager), Imran Aziz (Team Leader), Cllr Joan Maddox',
      '',
      'The interview will include a 10-minute presentation on the topic: "How would you support a tenant at risk of eviction to sustain their tenancy?" You may bring notes but no slides.',
      '',
      'We aim to inform all candidates of the outcome within five working days of the interview.',
      '',
      'Please reply to confirm your attendance, and let me know if you need any adjustments.',
      '',
      'Yours sincerely,',
      'Lindsey Hart',
      'HR Advisor, Ashby Vale Borough Council',
      '',
      'Ashby Vale Borough Council may monitor email traffic. The information in this email is confidential and may be subject to the Freedom of Information Act 2000.',
    ),
    ...LDN,
    expect: [
      { kind: 'interview', by: '2082-11-05', time: '14:15', phrase: 'Date: 05/11/2082' },
      { kind: 'response-by', by: '2082-11-12', phrase: 'within five working days of the interview' },
    ],
  },
  {
    // JazzHR offer, short (Chicago).
    text: mail(
      "Hi Keisha, great news - we'd love to have you join us as Shift Lead! Formal offer letter is coming through JazzHR today. - Tony, Lakefront Coffee Co.",
    ),
    ...CHI,
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    // A startup recruiter via Dover, short: "early next week" (Wednesday 4 November, fuzzy).
    text: mail(
      'Thanks Maya! Passing your notes to the founders now - expect to hear from me early next week. Jordan (sent via Dover)',
    ),
    ...NY,
    expect: [{ kind: 'response-by', by: '2082-11-04', phrase: 'early next week', fuzzy: true }],
  },
  {
    // A ModernLoop onsite schedule flattened to text (Seattle office, Pacific time; Monday 2 November is PST).
    text: mail(
      'Hi Arjun,',
      '',
      'Your onsite interview at Cascadia Maps is confirmed. Here is your schedule:',
      '',
      'Onsite Interview Schedule - Monday, November 2, 2082 (Pacific Time)',
      'Time | Session | Interviewer',
      '9:00 AM - 9:45 AM | Coding | Lena Fischer',
      '10:00 AM - 10:45 AM | System Design | Marcus Oyelaran',
      '11:00 AM - 11:45 AM | Lunch with the team | Priya Raman',
      '12:00 PM - 12:45 PM | Hiring Manager | Dan Whitcombe',
      '',
      'Address: 1201 Western Ave, Suite 800, Seattle, WA 98101. Please check in with the front desk on the 8th floor 10 minutes early; parking validation is available.',
      '',
      'Lunch is on us, and there is no need to prepare anything for the coding session: you will work in a shared editor, in the language of your choice. For the system design session, a whiteboard and markers will be in the room.',
      '',
      'If you need to reschedule, use the link in your calendar invite.',
      '',
      'Thanks,',
      'Recruiting Coordination, Cascadia Maps',
      'Scheduled with ModernLoop',
    ),
    ...LA,
    expect: [
      {
        kind: 'interview',
        by: '2082-11-02',
        time: '09:00',
        phrase: 'Onsite Interview Schedule - Monday, November 2, 2082',
      },
    ],
  },
  {
    // An Australian university's professional staff role: "by the end of November".
    text: mail(
      'Dear Ms Papadopoulos,',
      '',
      'Position: Research Grants Officer, HEW Level 6 (Ref. 0827714)',
      '',
      'Thank you for attending the interview on Monday and for providing your referees. The selection committee will meet again in the week of 9 November to finalise its recommendation, and we will advise all interviewed applicants of the outcome by the end of November.',
      '',
      'Thank you also for your patience with the length of our process; the committee includes members from two faculties, and finding a common date has not been easy. If you have any questions in the meantime, please contact me on the details below.',
      '',
      'Kind regards,',
      'Dimitra Kallis',
      'HR Consultant, Talent Acquisition',
      'Southern Cross Institute of Technology',
      'Melbourne VIC 3000',
      '',
      'The Institute acknowledges the Wurundjeri people of the Kulin Nation as the Traditional Owners of the land on which we work. CRICOS Provider Code 09991X.',
      'Important: This email and any attachments may be confidential. If you are not the intended recipient, please delete it and notify the sender.',
    ),
    ...MEL,
    expect: [{ kind: 'response-by', by: '2082-11-30', phrase: 'by the end of November' }],
  },
  {
    // A New York interview read in Sydney: 4:00 PM EST on Tuesday 3 November is 21:00 UTC, 08:00 on Wednesday
    // 4 November in Sydney (+11:00).
    text: mail(
      'Hi Liam,',
      '',
      "Confirming your second-round interview with Beatrix Cole, our Head of APAC, on Tuesday, November 3 at 4:00 PM EST (that's Wednesday morning for you in Sydney). Beatrix will send a Zoom link.",
      '',
      'All the best,',
      'Naomi Klein-Ortiz',
      'Talent Partner, Gridlock Analytics, New York',
    ),
    ...SYD,
    expect: [
      { kind: 'interview', by: '2082-11-04', time: '08:00', phrase: 'Tuesday, November 3 at 4:00 PM EST' },
    ],
  },
  {
    // A Ghanaian invitation with an ISO date and no telephone enquiries.
    text: mail(
      'Dear Ama Mensah,',
      '',
      'INVITATION FOR INTERVIEW - ACCOUNTS OFFICER',
      '',
      'Following the review of applications received for the above vacancy, which was advertised in the Daily Graphic, we are pleased to inform you that you have been shortlisted for an interview. Details are as follows:',
      '',
      'Date: 2082-11-04',
      'Time: 10:00 GMT',
      'Venue: Head Office, 14 Liberation Road, Airport Residential Area, Accra',
      '',
      'You are required to come along with the originals of your certificates, a valid Ghana Card and two passport-size photographs. Candidates will also write a short aptitude test on the day.',
      '',
      'Kindly note that enquiries by telephone will not be entertained. All correspondence should be by email to recruitment@volta-agro.com.gh.',
      '',
      'Reimbursement of transport costs will not be made. Candidates who arrive later than 30 minutes after their scheduled time may not be interviewed.',
      '',
      'Yours faithfully,',
      'Efua Boateng (Mrs.)',
      'Head, Human Resource',
      'Tel: +233 30 255 0199 (reception only)',
      'Volta Agro-Processing Company Limited',
    ),
    ...ACC,
    expect: [
      { kind: 'interview', by: '2082-11-04', time: '10:00', phrase: 'Date: 2082-11-04' },
      { kind: 'no-calls', phrase: 'enquiries by telephone will not be entertained' },
    ],
  },
  {
    // Robert Half (Singapore), short: "the week after next" (Friday 13 November).
    text: mail(
      'Hi Wei Jie, client came back - the CFO is travelling, so they will confirm a decision the week after next. Will keep you posted. Cheers, Rachel (Robert Half)',
    ),
    ...SIN,
    expect: [{ kind: 'response-by', by: '2082-11-13', phrase: 'the week after next' }],
  },
  {
    // A Lagos HR reply above the candidate's quoted mail: "within 72 hours".
    text: mail(
      'Dear Chinedu,',
      '',
      'Thank you for your mail. Kindly note that the management will revert within 72 hours on the final decision.',
      '',
      'Regards,',
      'Blessing Eze',
      'HR Unit, Eko Harbour Logistics Ltd',
      '',
      'On Wed, 28 Oct 2082, 16:20 Chinedu Okeke <chinedu.okeke@yahoo.com> wrote:',
      '> Good afternoon Ma,',
      '> I trust this mail finds you well. I attended the final interview on 20th October and wish to enquire about the status of my application.',
      '> Thank you.',
      '> Chinedu Okeke',
    ),
    ...LOS,
    expect: [{ kind: 'response-by', by: '2082-11-01', phrase: 'within 72 hours' }],
  },
  {
    // An Irish public service interview moved to a new day ("11.30am").
    text: mail(
      'Dear Ms Ní Bhriain,',
      '',
      'Re: Executive Officer (General Service) Competition - Ref. EO-2082-07',
      '',
      'Due to unforeseen circumstances, we need to reschedule your interview. Instead of Tuesday 3 November, your interview will now take place on Thursday 5 November at 11.30am in Chapter House, 26/30 Abbey Street Upper, Dublin 1.',
      '',
      'Please arrive 15 minutes early and bring photographic identification. The format of the interview is unchanged: a competency-based interview of approximately 40 minutes with a board of three. We apologise for any inconvenience this may cause.',
      '',
      'If the new time does not suit you, please contact us by reply email as soon as possible, quoting your candidate ID (EO-07-55821). Candidates who are unable to attend the rescheduled interview may be offered an alternative date where the board schedule allows, but this cannot be guaranteed.',
      '',
      'Is mise le meas,',
      'Recruitment Unit',
      'Public Appointments Service',
      '',
      'Please note that this email address is monitored during office hours only (Monday to Friday, 9.15am to 5.30pm).',
    ),
    ...DUB,
    expect: [
      { kind: 'interview', by: '2082-11-05', time: '11:30', phrase: 'Thursday 5 November at 11.30am' },
    ],
  },

  // ---- negatives ----
  {
    // The reader as an employee: an IT upgrade.
    text: mail(
      'Dear colleague,',
      '',
      'As part of the Workplace Modernisation programme, your laptop will be upgraded to the new standard build on Tuesday 3 November between 18:00 and 20:00. The upgrade runs remotely; please leave your device switched on, plugged in and connected to the office network or VPN.',
      '',
      'Before the upgrade:',
      '- Save your work and close all applications by 17:45',
      '- Make sure your files are synced to OneDrive',
      '- Note down any browser bookmarks that are not synced',
      '',
      'After the upgrade you will be asked to set up multi-factor authentication again. If anything is not working the next morning, raise a ticket with the IT Service Desk and an engineer will respond within 4 business hours.',
      '',
      'Thank you for your patience,',
      'IT Service Desk',
      'Harlow & Finch LLP',
      '',
      'This email is confidential and may be legally privileged. Harlow & Finch LLP is a limited liability partnership registered in England and Wales (OC 401188).',
    ),
    ...LDN,
    expect: [],
  },
  {
    // Payroll, short.
    text: mail(
      'Reminder from Payroll: October salaries will be credited on Friday 30 October. Payslips are available in the ESS portal from Thursday evening.',
    ),
    ...CCU,
    expect: [],
  },
  {
    // An all-hands and offsite.
    text: mail(
      'Hi team,',
      '',
      'Save the date! Our Q4 all-hands and team offsite will take place on Thursday 12 November, starting at 9:30am at The Boathouse, Darling Harbour. Breakfast from 8:45.',
      '',
      'The morning is the all-hands: results for the year, the 2083 plan, and a Q&A with the leadership team. After lunch we split into teams for planning workshops, and we finish with drinks on the terrace from 5pm.',
      '',
      'Please RSVP by Friday so we can confirm catering numbers, and let Priscilla know of any dietary requirements. If you are travelling from Melbourne or Brisbane, book flights through Navan by next Wednesday so that they are covered by the travel policy.',
      '',
      'Dress code is smart casual. We will share the full agenda closer to the day, along with a short pre-read from each department head. If you cannot make it in person, there will be a livestream of the morning session.',
      '',
      'Cheers,',
      'Georgie',
      'Chief of Staff, Wattlebird Software',
    ),
    ...SYD,
    expect: [],
  },
  {
    // The reader as hiring manager in Lever.
    text: mail(
      'Hi Priya,',
      '',
      'You have 3 new applicants to review for Marketing Executive (Johannesburg):',
      '',
      'Sipho Ndlovu - applied 27 October - source: LinkedIn',
      'Chloe van der Merwe - applied 28 October - source: Careers page',
      'Kagiso Molefe - applied 28 October - referred by Thandi Khumalo',
      '',
      'Please review these candidates within 5 business days so that we can keep our response times to applicants short. Candidates you advance will be contacted by the recruiting team to schedule a phone screen, and we will send rejection notices to any you archive.',
      '',
      'Current pipeline for this role: 14 applied, 5 phone screens, 2 onsite interviews scheduled next week. Tip: use the feedback form on each profile so the recruiter knows why you advanced or archived a candidate.',
      '',
      'Review candidates: https://hire.lever.co/candidates?posting=mktg-exec-jnb',
      '',
      'You are receiving this because you are the hiring manager for this posting. Manage notification settings in Lever.',
      '',
      'Lever, an Employ company. 155 5th Street, San Francisco, CA.',
    ),
    ...JNB,
    expect: [],
  },
  {
    // The reader as recruiter, receiving a candidate's withdrawal.
    text: mail(
      'Dear Ms Kaur,',
      '',
      'I am writing to withdraw my application for the Laboratory Technician post, as I have accepted another offer. Thank you for the interview on 21 October and for your kindness throughout.',
      '',
      'Best wishes,',
      'Daniel Mwangi',
    ),
    ...DXB,
    expect: [],
  },
  {
    // The reader as mentor at a mock-interview day.
    text: mail(
      'Hi Tolu,',
      '',
      'Thank you for volunteering as a mentor at the Women in Tech Lagos mock interview day on Saturday 7 November! Please arrive at 9:30am for the briefing; interviews start at 10am. You will run three 20-minute mock interviews with final-year students and give each of them five minutes of feedback.',
      '',
      'Warm regards,',
      'Ngozi Adeyemi',
      'Programme Lead, Women in Tech Lagos',
    ),
    ...LOS,
    expect: [],
  },
  {
    // A recruiter's salary-guide webinar, sent as a newsletter.
    text: mail(
      'The 2083 Salary Guide is here',
      '',
      'Dear Sean,',
      '',
      'How much should a senior accountant earn in Dublin next year? Are employers still paying a premium for hybrid working? Our 2083 Salary Guide, based on responses from more than 4,000 employers and professionals across Ireland, answers these questions and more.',
      '',
      'Join our free webinar on Wednesday 11 November at 12:30 GMT, where our directors will walk through the key findings for accountancy and finance, technology, and office support, and answer your questions live.',
      '',
      'Register now - places are limited and registration closes on Monday 9 November. Everyone who registers will receive the recording within 48 hours of the session.',
      '',
      'Download the guide | Register for the webinar | Browse jobs',
      '',
      'Kind regards,',
      'The Hays Ireland team',
      '',
      'You are receiving this email because you subscribed to Hays insights. Unsubscribe | Update preferences | Privacy notice',
      'Hays Specialist Recruitment (Ireland) Limited, registered in Ireland No. 310 999.',
    ),
    ...DUB,
    expect: [],
  },
  {
    // A professional exam with a results date.
    text: mail(
      'Dear Bilal Ahmed,',
      '',
      'Exam entry confirmation - December 2082 session',
      '',
      'Exam: Strategic Business Reporting (SBR)',
      'Date: Thursday 3 December 2082',
      'Start time: 09:00 (please arrive by 08:15)',
      'Centre: Lahore Expo Centre, Hall 2',
      'Candidate number: 2817 4409',
      '',
      'Your exam docket will be available in your online account 14 days before the exam. You must bring your docket and valid photographic identification to the exam centre; without them you will not be admitted.',
      '',
      'Results for the December session will be released on Monday 18 January 2083 by email and in your online account. Please do not contact the exam centre for results before this date.',
      '',
      'If you need to change your exam centre, you may do so free of charge until 5 November; after that date an administration fee applies. Reasonable adjustments must be requested at least 28 days before the exam.',
      '',
      'We wish you every success in your studies.',
      '',
      'Examinations Department',
      'This is an automated email. Please do not reply.',
    ),
    ...KHI,
    expect: [],
  },
  {
    // A citizenship interview (Vancouver).
    text: mail(
      'Notice to appear: your citizenship test and interview is scheduled for Monday, November 9, 2082 at 1:15 PM at the IRCC office, 1148 Hornby St, Vancouver. Bring this notice and all original documents.',
    ),
    ...VAN,
    expect: [],
  },
  {
    // Parent-teacher interviews (Auckland).
    text: mail(
      'Kia ora whānau,',
      '',
      'Parent-teacher interviews for Term 4 will be held on Thursday 5 November from 3:30pm to 7pm in the school hall. Please book your 10-minute slot with your child’s teacher through the school app by Monday.',
      '',
      'Ngā mihi,',
      'Rangiora Road School office',
    ),
    ...AKL,
    expect: [],
  },
  {
    // A delivery.
    text: mail(
      'Good news! Your order #4471-2208 will arrive Tuesday, Nov 3 between 2pm and 6pm. Track your package in the app.',
    ),
    ...NY,
    expect: [],
  },
  {
    // A flight.
    text: mail(
      'Booking confirmed: EK 0007 Dubai (DXB) to London Heathrow (LHR), Saturday 31 October 2082, departs 14:35. Online check-in opens 48 hours before departure.',
    ),
    ...DXB,
    expect: [],
  },
  {
    // A vet's reminder.
    text: mail(
      "Hi Rosa, Biscuit is due for his booster at Paws & Claws Vet on Wednesday 4 November at 5:15pm. We'll call you if anything changes!",
    ),
    ...DEN,
    expect: [],
  },
  {
    // Council tax.
    text: mail(
      'Your Council Tax Direct Debit of £187.00 will be collected on or just after 1 November 2082. No action is needed.',
    ),
    ...LDN,
    expect: [],
  },
  {
    // An agency's new-role alert to the reader as candidate: a closing date and an interview week, no finding.
    text: mail(
      'Hi Kavya,',
      '',
      'A new role has come in that matches your profile: Senior Business Analyst, 12-month contract, Bengaluru (hybrid). Applications close on Friday 13 November, and shortlisted candidates will be interviewed in the week of 23 November.',
      '',
      'Reply with an updated CV if you would like me to put you forward.',
      '',
      'Regards,',
      'Anand Pillai, Michael Page India',
    ),
    ...CCU,
    expect: [],
  },
  {
    // A recruiter's acknowledgement above the candidate's quoted follow-up; nothing dated is promised.
    text: mail(
      'Hi Hannah,',
      '',
      "Thanks so much for your note, and for being so patient. I've passed your message on to Luis, the hiring manager, and I'll let you know as soon as I hear anything from him. I know the team really enjoyed meeting you.",
      '',
      'Best,',
      'Courtney Alvarez',
      'Senior Recruiter | Bluebonnet Health Systems',
      'Office: 512-555-0147 | bluebonnethealth.org/careers',
      '',
      'Bluebonnet Health Systems is an Equal Opportunity Employer. This e-mail, including attachments, may include confidential and/or proprietary information and may be used only by the person or entity to which it is addressed. If the reader of this e-mail is not the intended recipient, you are hereby notified that any dissemination, distribution or copying is prohibited.',
      '',
      'From: Hannah Brooks <hannah.brooks@gmail.com>',
      'Sent: Wednesday, October 28, 2082 9:03 AM',
      'To: Courtney Alvarez',
      'Subject: Clinical Data Analyst - following up',
      '',
      'Hi Courtney,',
      'I hope your week is going well. I wanted to follow up on the Clinical Data Analyst position - I interviewed with Luis and the team on October 19 and am still very excited about the role. Is there any update on the timeline?',
      'Thank you,',
      'Hannah',
    ),
    ...CHI,
    expect: [],
  },
  {
    // A careers service's drop-in hours.
    text: mail(
      'Careers Centre drop-in hours this term: Monday to Thursday, 10:00-16:00, Level 2 Student Hub. Book a CV review or a mock interview online; appointments are released every Friday at 9am.',
    ),
    ...JNB,
    expect: [],
  },
];
