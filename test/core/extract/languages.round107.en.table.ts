// Round 1110 (issue 13): written BEFORE the engine read it, by a helper who never saw the rules, as one job
// seeker's inbox over a fortnight, every row sent on Thursday 18 March 2083 at 10:15 local. The calendar: this
// week is 15–21 March (this Friday 19 March), next week is 22–28 March (Friday 26 March), the week after next ends
// Friday 2 April; Europe moves to summer time on Sunday 28 March (London is UTC+1 from then), Sydney and Auckland
// leave summer time on Sunday 4 April; Easter is 4 April 2083 (Holy Thursday 1 April, Good Friday 2 April).
// Positives (16; half ATS templates after HTML-to-text, half people writing): a Greenhouse label–value interview
// in Eastern Time for a Chicago reader, a Workday rejection with talent-pool retention, an NHS Jobs acknowledgement
// "within 10 working days of the closing date" (closing date named in another sentence, D/M) with a no-calls line,
// an Outlook/Teams "When:" line "(UTC+00:00) Dublin, Edinburgh, Lisbon, London" on 29 March (after the clocks go
// forward: 10:00 BST = 17:00 Singapore), a Calendly booking for a Sydney reader after the DST change, an Ashby
// "within 5–7 business days", a SmartRecruiters Indian "Date: 24/03/2083 / Time: 15:00 IST" with a confirm-by
// deadline, a USAJOBS "within 30 days of the closing date" counted from 03/12/2083, a Hays Dublin "by the end of
// next week" next to "this week", a Lagos founder's single slot "Monday at 4pm your time", a Nairobi reschedule
// to "Tuesday 23rd March ... 10:00 am EAT", a Johannesburg hold "until I'm back" plus "by Friday 2 April", an
// Auckland university offer with a sign-by deadline and a start date, a Michael Page Dubai "within 48 hours", a
// Karachi "Wednesday or Thursday next week", a Kuala Lumpur "early next week".
// Negatives (16, the rest of the same inbox): a 1:1 moved and an appraisal deadline at the reader's current job,
// a Manila payroll notice, a SEEK job alert naming interview weeks, a friend's final interview, a Greenhouse
// interviewer notification (the reader interviews), a Hong Kong reference request with a call window, a dental
// reminder, a US visa interview appointment, a freelancer's client kick-off call, a Robert Half salary-guide
// webinar pitched to an employer ("a shortlist ... within 48 hours"), a Workable acknowledgement with only a
// closing date, a Randstad first-day brief, a PhD viva, a podcast recording, a landlord's inspection, and the
// reader as hiring manager with a panel timetable. Names, companies and dates are invented; answers follow
// TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Thursday 18 March 2083, 10:15 local (US already on daylight time; Europe not yet; Australia/NZ still on summer
// time).
const NY = { sentAt: '2083-03-18T10:15:00-04:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2083-03-18T10:15:00-05:00', tz: 'America/Chicago' } as const;
const DEN = { sentAt: '2083-03-18T10:15:00-06:00', tz: 'America/Denver' } as const;
const LA = { sentAt: '2083-03-18T10:15:00-07:00', tz: 'America/Los_Angeles' } as const;
const TOR = { sentAt: '2083-03-18T10:15:00-04:00', tz: 'America/Toronto' } as const;
const LDN = { sentAt: '2083-03-18T10:15:00+00:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2083-03-18T10:15:00+00:00', tz: 'Europe/Dublin' } as const;
const BER = { sentAt: '2083-03-18T10:15:00+01:00', tz: 'Europe/Berlin' } as const;
const LAG = { sentAt: '2083-03-18T10:15:00+01:00', tz: 'Africa/Lagos' } as const;
const ACC = { sentAt: '2083-03-18T10:15:00+00:00', tz: 'Africa/Accra' } as const;
const NBO = { sentAt: '2083-03-18T10:15:00+03:00', tz: 'Africa/Nairobi' } as const;
const JNB = { sentAt: '2083-03-18T10:15:00+02:00', tz: 'Africa/Johannesburg' } as const;
const DXB = { sentAt: '2083-03-18T10:15:00+04:00', tz: 'Asia/Dubai' } as const;
const KHI = { sentAt: '2083-03-18T10:15:00+05:00', tz: 'Asia/Karachi' } as const;
const KOL = { sentAt: '2083-03-18T10:15:00+05:30', tz: 'Asia/Kolkata' } as const;
const SIN = { sentAt: '2083-03-18T10:15:00+08:00', tz: 'Asia/Singapore' } as const;
const KUL = { sentAt: '2083-03-18T10:15:00+08:00', tz: 'Asia/Kuala_Lumpur' } as const;
const HKG = { sentAt: '2083-03-18T10:15:00+08:00', tz: 'Asia/Hong_Kong' } as const;
const MNL = { sentAt: '2083-03-18T10:15:00+08:00', tz: 'Asia/Manila' } as const;
const SYD = { sentAt: '2083-03-18T10:15:00+11:00', tz: 'Australia/Sydney' } as const;
const MEL = { sentAt: '2083-03-18T10:15:00+11:00', tz: 'Australia/Melbourne' } as const;
const AKL = { sentAt: '2083-03-18T10:15:00+13:00', tz: 'Pacific/Auckland' } as const;

const mail = (...lines: string[]): string => lines.join('\n');

export const ROUND_1110_EN: readonly PhraseRow[] = [
  // ---- positives ----
  // Greenhouse candidate confirmation, label–value; 11:00 AM Eastern for a Chicago reader → 10:00 Central.
  {
    text: mail(
      'Hi Alex,',
      '',
      'Thank you for scheduling your interview with Northfield Analytics! Please find the details below.',
      '',
      'Interview: Technical Screen - Senior Backend Engineer',
      'Date: Tuesday, March 23, 2083',
      'Time: 11:00 AM - 12:00 PM Eastern Time (US & Canada)',
      'Location: Zoom (link below)',
      'Interviewer(s): Dana Whitcombe, Staff Engineer',
      '',
      'Join Zoom Meeting',
      'https://northfield.zoom.us/j/84412093377?pwd=Qm9sVGx1',
      'Meeting ID: 844 1209 3377',
      '',
      'If you need to reschedule, please reply to this email at least 24 hours in advance.',
      '',
      'Best,',
      'Recruiting Team, Northfield Analytics',
      'Powered by Greenhouse',
    ),
    ...CHI,
    expect: [{ kind: 'interview', by: '2083-03-23', time: '10:00', phrase: 'Date: Tuesday, March 23, 2083' }],
  },
  // Workday rejection; the 12-month talent-pool retention is a fact, not a timeline.
  {
    text: mail(
      'Dear Priya,',
      '',
      'Thank you for your interest in the Senior Financial Analyst position (R-20831147) at Lakeshore Mutual and for the time you invested in the application process.',
      '',
      'After careful review, we have decided to pursue other candidates whose qualifications more closely match the current needs of the role.',
      '',
      'With your permission, we will keep your profile in our talent community for 12 months and may contact you about future openings. You can view the status of your application at any time by signing in to your Candidate Home account:',
      'https://lakeshoremutual.wd3.myworkdayjobs.com/en-US/Careers/userHome',
      '',
      'We wish you every success in your search.',
      '',
      'Sincerely,',
      'Talent Acquisition',
      'Lakeshore Mutual Financial Group',
    ),
    ...TOR,
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  // NHS Jobs: the window counts from the closing date named two sentences earlier (Fri 26/03/2083 → 10th working
  // day after = Fri 9 April); "unable to give updates over the phone" is no-calls.
  {
    text: mail(
      'Dear Olumide Adeyemi,',
      '',
      'Application for Clinical Pharmacist - Band 6 (Job reference 180-RX-2083-4471)',
      '',
      'Thank you for submitting your application through NHS Jobs. The closing date for this vacancy is 26/03/2083.',
      '',
      'Shortlisting will take place after the closing date. You will be notified of the outcome of shortlisting within 10 working days of the closing date. Please check your NHS Jobs account and your email, including your junk folder, regularly.',
      '',
      'Please do not contact the recruiting manager to chase the progress of your application; we are unable to give updates over the phone.',
      '',
      'Kind regards,',
      'Recruitment Team',
      'Eastbridge University Hospitals NHS Foundation Trust',
    ),
    ...LDN,
    expect: [
      { kind: 'response-by', by: '2083-04-09', phrase: 'within 10 working days of the closing date' },
      { kind: 'no-calls', phrase: 'we are unable to give updates over the phone' },
    ],
  },
  // Outlook/Teams invitation text: London is on BST on 29 March, so 10:00 London = 09:00 UTC = 17:00 Singapore.
  {
    text: mail(
      'Hi Wei Ling,',
      '',
      'As discussed, please find below the invitation for your second-round interview for the Treasury Operations Analyst role with Marlowe & Pike. You will meet Harriet Osei (Head of Treasury Operations) and James Tindall (Senior Dealer).',
      '',
      'When: Monday, 29 March 2083 10:00-11:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.',
      'Where: Microsoft Teams Meeting',
      '',
      '________________________________________________________________________________',
      'Microsoft Teams meeting',
      'Join on your computer, mobile app or room device',
      'Click here to join the meeting',
      'Meeting ID: 348 112 907 551',
      'Passcode: xK7pQm',
      'Learn More | Meeting options',
      '________________________________________________________________________________',
      '',
      'Best regards,',
      'Sophie Harland',
      'HR Coordinator, Marlowe & Pike',
    ),
    ...SIN,
    expect: [
      {
        kind: 'interview',
        by: '2083-03-29',
        time: '17:00',
        phrase: 'When: Monday, 29 March 2083 10:00-11:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London',
      },
    ],
  },
  // Calendly invitee confirmation, shown in the reader's zone (Sydney, after summer time ends on 4 April).
  {
    text: mail(
      'Hi Mei,',
      '',
      'Your Founding Engineer - Intro Interview with Rohan Mehta at 10:30am - 11:00am (Australian Eastern Time) on Tuesday, April 6, 2083 is scheduled.',
      '',
      'Event Type:',
      'Founding Engineer - Intro Interview (30 min)',
      '',
      'Location:',
      'This is a Google Meet web conference. Join now',
      '',
      'Need to make changes to this event?',
      'Cancel Reschedule',
      '',
      'Powered by Calendly.com',
    ),
    ...SYD,
    expect: [
      {
        kind: 'interview',
        by: '2083-04-06',
        time: '10:30',
        phrase: '10:30am - 11:00am (Australian Eastern Time) on Tuesday, April 6, 2083',
      },
    ],
  },
  // Ashby acknowledgement: 5–7 business days → the 7th after Thu 18 March = Mon 29 March.
  {
    text: mail(
      'Hi Carlos,',
      '',
      "Thanks for applying to the Solutions Engineer role at Quillfeather! We've received your application and our team is reviewing it now.",
      '',
      'We aim to get back to every candidate within 5-7 business days, whatever the outcome.',
      '',
      "In the meantime, feel free to check out our engineering blog to see what we've been building.",
      '',
      'Cheers,',
      'The Quillfeather Talent Team',
      '',
      'Powered by Ashby',
    ),
    ...DEN,
    expect: [{ kind: 'response-by', by: '2083-03-29', phrase: 'within 5-7 business days' }],
  },
  // SmartRecruiters, Indian layout; the confirm-by date is the candidate's deadline.
  {
    text: mail(
      'Dear Ananya Iyer,',
      '',
      'Greetings from Vardhan Fintech!',
      '',
      'We are pleased to inform you that you have been shortlisted for the next round for the position of Senior Data Engineer (Job ID: 2083-DE-114). Please find the interview details below:',
      '',
      'Round: Technical Interview - Round 2',
      'Date: 24/03/2083 (Wednesday)',
      'Time: 15:00 - 16:00 IST',
      'Mode: Microsoft Teams (link will be shared one day prior)',
      'Panel: Mr. Suresh Nair, Ms. Kavya Rao',
      '',
      'Kindly confirm your availability by replying to this email by 20/03/2083.',
      '',
      'Regards,',
      'Talent Acquisition Team',
      'Vardhan Fintech Pvt. Ltd.',
      'This email was sent via SmartRecruiters',
    ),
    ...KOL,
    expect: [{ kind: 'interview', by: '2083-03-24', time: '15:00', phrase: 'Date: 24/03/2083 (Wednesday)' }],
  },
  // USAJOBS status update: 30 days from the closing date 03/12/2083 (12 March) → 11 April.
  {
    text: mail(
      'USAJOBS',
      'Application Status Update',
      '',
      'Hello Jordan,',
      '',
      'The status of your application for the position of Management and Program Analyst, GS-0343-12, Department of Veterans Affairs, Announcement Number VA-83-1147722-MP, has been updated.',
      '',
      'Status: Received',
      'Your application has been received by the hiring agency. The announcement closed on 03/12/2083. Applicants will be notified of the results of their qualification review within 30 days of the closing date.',
      '',
      'To check the status of your application, sign in to USAJOBS and go to the Applications section of your profile.',
      '',
      'This is an automated message; please do not reply.',
    ),
    ...NY,
    expect: [{ kind: 'response-by', by: '2083-04-11', phrase: 'within 30 days of the closing date' }],
  },
  // Hays Dublin agency recruiter: "this week" is the client's shortlist, the promise is the end of next week.
  {
    text: mail(
      'Hi Ciara,',
      '',
      "Great to catch up this morning. As promised, I've sent your CV over to the Head of Finance at Brennan Logistics with a strong note of support. They're finalising their shortlist this week and have promised me feedback by the end of next week at the latest, so I'll be straight back to you as soon as I hear anything.",
      '',
      'In the meantime, if anything else comes up on your side, give me a shout.',
      '',
      'Kind regards,',
      'Declan Moriarty',
      'Senior Consultant | Accountancy & Finance',
      'Hays Ireland',
    ),
    ...DUB,
    expect: [{ kind: 'response-by', by: '2083-03-26', phrase: 'by the end of next week' }],
  },
  // A founder's single proposed slot, "your time" = Lagos; Monday after Thu 18 March = 22 March.
  {
    text: mail(
      'Hey Tobi,',
      '',
      "Thanks for sending over your portfolio - the logistics dashboard you built for Kara Foods is exactly the kind of thing we need at Ledgerline. I'm one of the co-founders.",
      '',
      "Would you be up for a quick call Monday at 4pm your time? It'd be me and Ife, our CTO - 30 minutes, nothing formal, just to get to know you and talk through the role.",
      '',
      "If that doesn't work, just suggest another time.",
      '',
      'Cheers,',
      'Kunle',
      'Co-founder, Ledgerline',
    ),
    ...LAG,
    expect: [
      { kind: 'interview', by: '2083-03-22', time: '16:00', phrase: 'a quick call Monday at 4pm your time' },
    ],
  },
  // Nairobi in-house HR moving the interview: only the new slot.
  {
    text: mail(
      'Dear Wanjiru,',
      '',
      'I hope you are well. Unfortunately the chair of the interview panel has been called away to our Mombasa office on Friday, so we need to move your interview for the Grants Finance Officer position.',
      '',
      'Could we reschedule from Friday 19th March to Tuesday 23rd March at the same time, 10:00 am EAT? The venue remains our office on Ngong Road, 4th floor boardroom.',
      '',
      'Kindly let me know if this works for you.',
      '',
      'Best regards,',
      'Akinyi Otieno',
      'HR & Administration Officer',
      'Ukweli Health Trust',
    ),
    ...NBO,
    expect: [
      {
        kind: 'interview',
        by: '2083-03-23',
        time: '10:00',
        phrase: 'reschedule from Friday 19th March to Tuesday 23rd March at the same time, 10:00 am EAT',
      },
    ],
  },
  // Johannesburg talent partner on leave: a hold until Monday 29 March and a dated promise; Tuesday's interview
  // is past.
  {
    text: mail(
      'Hi Sipho,',
      '',
      'Thanks for coming in on Tuesday - the team really enjoyed meeting you.',
      '',
      "Just a heads-up that I'm on leave from tomorrow and back in the office on Monday 29 March. Please hold off on any follow-ups until I'm back, as the hiring manager is also travelling and won't sign off on the final decision before then.",
      '',
      "Once we're both back, I'll have an answer for you by Friday 2 April.",
      '',
      'Warm regards,',
      'Lerato Dlamini',
      'Talent Partner, Kgotso Mining Services',
    ),
    ...JNB,
    expect: [
      {
        kind: 'no-contact-before',
        by: '2083-03-29',
        phrase: "Please hold off on any follow-ups until I'm back",
      },
      { kind: 'response-by', by: '2083-04-02', phrase: 'by Friday 2 April' },
    ],
  },
  // Auckland university staff offer; the sign-by date and the start date are not timelines.
  {
    text: mail(
      'Kia ora Hemi,',
      '',
      'On behalf of Tāmaki Institute of Technology, I am delighted to offer you the position of Lecturer in Environmental Engineering (fixed-term, three years) in the Faculty of Engineering, as discussed with you by Professor Anna Leigh.',
      '',
      'Your formal letter of offer and individual employment agreement are attached. Your proposed start date is Monday 5 July 2083. Please review the agreement and sign and return it by Thursday 1 April 2083.',
      '',
      'If you have any questions about the terms, I am happy to talk them through.',
      '',
      'Ngā mihi,',
      'Rachel Tane',
      'HR Advisor, Staff Recruitment',
      'Tāmaki Institute of Technology',
    ),
    ...AKL,
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  // Michael Page Dubai: the client's 48-hour window.
  {
    text: mail(
      'Hi Fatima,',
      '',
      "Thanks for your time on the phone just now. I've just come off a call with the Financial Controller at Al Noor Hospitality Group - they were really impressed with your first interview and want to keep things moving. They'll revert with a decision on the second round within 48 hours.",
      '',
      'Speak soon,',
      'Omar Haddad',
      'Manager - Finance & Accounting',
      'Michael Page Middle East',
    ),
    ...DXB,
    expect: [{ kind: 'response-by', by: '2083-03-20', phrase: 'within 48 hours' }],
  },
  // Karachi bank: "Wednesday or Thursday next week" → the later day; the committee meeting is not a promise.
  {
    text: mail(
      'Dear Hamza,',
      '',
      'Thank you for appearing in the final interview at our Shahrah-e-Faisal office yesterday. The panel was impressed with your presentation on branch digitisation.',
      '',
      'The selection committee is meeting early next week to finalise the selection and, InshaAllah, we will share the final result with all shortlisted candidates on Wednesday or Thursday next week.',
      '',
      'Regards,',
      'Sana Qureshi',
      'Manager Talent Acquisition',
      'Indus Crescent Bank Ltd.',
    ),
    ...KHI,
    expect: [{ kind: 'response-by', by: '2083-03-25', phrase: 'on Wednesday or Thursday next week' }],
  },
  // Kuala Lumpur: "early next week" → Wednesday 24 March, fuzzy.
  {
    text: mail(
      'Hi Jia Hui,',
      '',
      'Thank you again for your time at the assessment centre. Just to update you - we have completed all the interviews and the hiring managers are now consolidating their feedback. HR will reach out to all candidates with the outcome early next week.',
      '',
      'If you have any questions in the meantime, feel free to drop me a WhatsApp.',
      '',
      'Thanks and regards,',
      'Nurul Aina',
      'Talent Acquisition Executive',
      'Petaling Digital Bank Berhad',
    ),
    ...KUL,
    expect: [{ kind: 'response-by', by: '2083-03-24', phrase: 'early next week', fuzzy: true }],
  },

  // ---- negatives ----
  // The reader as employee: a 1:1 moved and an appraisal deadline on Workday.
  {
    text: mail(
      'Hi Tom,',
      '',
      "Hope the week's going OK. Something's come up with the quarterly board prep, so I need to move our 1:1 from Thursday to Tuesday 23 March at 3pm - same room. I'll send a new invite.",
      '',
      "Also a reminder that the self-assessment part of your annual appraisal is due by Friday 26 March in Workday. Don't overthink it - a few bullets per objective is fine, and we'll go through it together at your review on 8 April.",
      '',
      'Cheers,',
      'Gemma',
      'Head of Customer Operations',
    ),
    ...LDN,
    expect: [],
  },
  // Payroll notice to staff: a pay date and a cut-off for the reader.
  {
    text: mail(
      'Dear Team,',
      '',
      'Please be advised that due to the Holy Week holidays (April 1-2), payroll for the period March 16-31 will be credited on Wednesday, March 31, 2083 instead of the usual April 1.',
      '',
      'All timesheet adjustments and overtime approvals must be submitted in the HRIS no later than 5:00 PM on Monday, March 22. Late submissions will be processed in the next cut-off.',
      '',
      'For concerns, you may reach the Payroll Team at local 2231.',
      '',
      'Thank you,',
      'HR Shared Services - Payroll',
      'Bayanihan Contact Solutions Inc.',
    ),
    ...MNL,
    expect: [],
  },
  // A job alert: closing dates and interview weeks of jobs the reader has not applied for.
  {
    text: mail(
      'SEEK',
      "New jobs for you: 'Business Analyst' in Melbourne VIC",
      '',
      'Senior Business Analyst - Digital Transformation',
      'Hartwell Insurance · Melbourne CBD',
      '$140k - $155k + super',
      'Applications close Sunday 28 March. Interviews will be held in the week of 5 April.',
      'Listed 2d ago',
      '',
      'Business Analyst (12-month contract)',
      'Department of Transport and Planning · Docklands',
      'Interviews are expected to take place on 7 and 8 April 2083.',
      'Listed 5d ago',
      '',
      'View all 38 new jobs',
      '',
      "You're receiving this email because you created a job alert. Manage your alerts | Unsubscribe",
    ),
    ...MEL,
    expect: [],
  },
  // A friend's final interview and a mock run.
  {
    text: mail(
      'Hey!!',
      '',
      "So guess who got through to the final round at Fenwick & Co 😅 Final interview is Monday at 10 at their Grand Canal office - a case study and then a chat with two partners. I'm bricking it.",
      '',
      "Any chance you'd do a mock run with me on Saturday afternoon? I'll bring coffee and pastries. Then pints on Monday evening whatever happens!",
      '',
      'Aoife x',
    ),
    ...DUB,
    expect: [],
  },
  // Greenhouse interviewer notification: the reader is on the panel.
  {
    text: mail(
      'Hi Marcus,',
      '',
      "You've been scheduled to interview a candidate for Senior Product Designer.",
      '',
      'Candidate: Jordan Blake',
      'Interview: Portfolio Review',
      'Date: Wednesday, March 24, 2083',
      'Time: 1:00 PM - 2:00 PM PDT',
      'Location: Google Meet - meet.google.com/xkp-rtqa-vmd',
      '',
      "Your interview kit, including the candidate's resume and focus attributes, is available here: View Interview Kit",
      '',
      'Please submit your scorecard within 24 hours of the interview.',
      '',
      'Thanks!',
      'Greenhouse on behalf of Tidewater Labs Recruiting',
    ),
    ...LA,
    expect: [],
  },
  // The reader as referee: a form deadline and a call window.
  {
    text: mail(
      'Dear Mr Chan,',
      '',
      'Ms Vivian Leung has applied for the position of Assistant Manager, Compliance at Harbourline Securities Limited and has given your name as a referee.',
      '',
      'We would be grateful if you could complete the attached reference form and return it to us on or before Tuesday, 23 March 2083. If you prefer, our HR Manager would be happy to take your reference by telephone on Monday, 22 March between 2:00 pm and 5:00 pm.',
      '',
      'All information provided will be treated in strict confidence.',
      '',
      'Yours sincerely,',
      'Grace Ho',
      'Human Resources Department',
      'Harbourline Securities Limited',
    ),
    ...HKG,
    expect: [],
  },
  // Dental reminder.
  {
    text: mail(
      'Hi Emily,',
      '',
      'This is a friendly reminder of your upcoming appointment at Bloor West Family Dental.',
      '',
      'Date: Friday, March 26, 2083',
      'Time: 8:15 AM',
      'Provider: Dr. Anjali Mehra (Hygiene & Exam)',
      '',
      "Please arrive 10 minutes early to update your medical history. If you need to reschedule, kindly give us 24 hours' notice to avoid a cancellation fee.",
      '',
      'Reply C to confirm or call us at 416-555-0142.',
      '',
      'Bloor West Family Dental',
    ),
    ...TOR,
    expect: [],
  },
  // A US student-visa interview appointment.
  {
    text: mail(
      'Dear Applicant,',
      '',
      'Your appointment has been scheduled successfully.',
      '',
      'Applicant: ADEBAYO, OLUWASEUN',
      'Visa class: F-1',
      'Consular interview: U.S. Embassy Abuja',
      'Appointment date: 30 March 2083',
      'Appointment time: 07:45 (local time)',
      '',
      'Please bring your appointment confirmation page, your valid passport, your DS-160 confirmation page and your Form I-20. Applicants who arrive more than 15 minutes after their appointment time may be asked to reschedule.',
      '',
      'This is a system-generated email; please do not reply.',
    ),
    ...LAG,
    expect: [],
  },
  // A freelancer's client: a kick-off call slot and a deliverable deadline for the reader.
  {
    text: mail(
      'Hi Lena,',
      '',
      "Thanks for the revised proposal - the board signed off on it this morning, so we're good to go with the website relaunch!",
      '',
      "Could we do a kick-off call on Wednesday at 14:00 CET? I'll bring our marketing lead and the developer from our agency. We'd like to see the first wireframes by the end of next week if that's realistic for you, and the invoice for the 30% deposit can go to accounts@fahrradwerk-brandt.de.",
      '',
      'Looking forward to working together,',
      'Jonas Brandt',
      'Head of Marketing, Fahrradwerk Brandt GmbH',
    ),
    ...BER,
    expect: [],
  },
  // An agency pitching to an employer: a webinar date and "a shortlist ... within 48 hours".
  {
    text: mail(
      'Hi Thandi,',
      '',
      'Planning your finance hiring for the new financial year? The Robert Half 2083 Salary Guide for South Africa is out now, with starting salaries for more than 200 finance, technology and administrative roles.',
      '',
      'Join our live webinar on Wednesday 31 March at 12:00 SAST, where our directors will walk through the numbers and share what candidates expect this year.',
      '',
      'And when you are ready to hire, our consultants can have a shortlist of pre-screened candidates on your desk within 48 hours.',
      '',
      'Book a call with your local team',
      '',
      'Kind regards,',
      'Robert Half South Africa',
      '',
      'You are receiving this email because you are a Robert Half client. Unsubscribe',
    ),
    ...JNB,
    expect: [],
  },
  // Workable acknowledgement: only a closing date, nothing promised by a date.
  {
    text: mail(
      'Hi Kwame,',
      '',
      'Thank you for applying for the Programme Officer - Monitoring & Evaluation role at Sankofa Development Partners. We have received your application.',
      '',
      'The application window closes on 2 April 2083. After the closing date, our team will carefully review all applications and reach out to shortlisted candidates.',
      '',
      'Due to the large number of applications we receive, we regret that we may not be able to respond to every applicant individually.',
      '',
      'Best regards,',
      'Sankofa Development Partners Hiring Team',
      'Sent via Workable',
    ),
    ...ACC,
    expect: [],
  },
  // A temp agency's first-day brief after the assignment was accepted: a start date, shift hours, pay days.
  {
    text: mail(
      'Hi Aroha,',
      '',
      'Thanks for signing your assignment agreement yesterday. Here are the details for your first day at Tasman Freight, Mt Wellington:',
      '',
      'Start date: Monday 22 March 2083',
      'Shift: 6:00am - 2:30pm (Mon-Fri)',
      'Report to: Gate 3, ask for Darren (Shift Supervisor)',
      'Pay rate: $29.50/hr, paid weekly on Wednesdays',
      '',
      'Please bring steel-capped boots and photo ID. Timesheets need to be approved in the Randstad app by 10am each Monday.',
      '',
      'Any issues, call me on 021 555 0198.',
      '',
      'Cheers,',
      'Ben Hollis',
      'Consultant, Randstad Auckland',
    ),
    ...AKL,
    expect: [],
  },
  // A PhD viva: examiners, a date and a time, not a job.
  {
    text: mail(
      'Dear Ms Okafor,',
      '',
      'I am writing to confirm the arrangements for your oral examination (viva voce) for the degree of PhD.',
      '',
      'Date: Thursday 1 April 2083',
      'Time: 14:00',
      'Venue: Room 3.12, Appleton Tower (or via Teams if agreed with the Convener)',
      'Internal examiner: Dr Fiona Marr',
      'External examiner: Professor Kenji Watanabe',
      'Independent Convener: Dr Paul Henders',
      '',
      'Please ensure any corrections to your abstract are sent to the Graduate School by Monday 29 March.',
      '',
      'Kind regards,',
      'Postgraduate Research Office',
      'School of Informatics',
    ),
    ...LDN,
    expect: [],
  },
  // A podcast recording (a press-style interview of the reader as guest).
  {
    text: mail(
      'Hi Jordan,',
      '',
      "Thanks so much for agreeing to come on Data After Dark! We're really looking forward to the conversation about your work on municipal open data.",
      '',
      'Recording details:',
      'Date: Tuesday, March 23',
      'Time: 6:00 PM ET (please join 10 minutes early for a sound check)',
      'Platform: Riverside (link to follow)',
      'Length: about 45 minutes',
      '',
      'Could you send a short bio and a headshot by Friday? The episode should go live in mid-April.',
      '',
      'Best,',
      'Nadia Rivers',
      'Producer, Data After Dark',
    ),
    ...NY,
    expect: [],
  },
  // The landlord's agent: an inspection window, a rent change, a reply-by for the reader.
  {
    text: mail(
      'Hi Mei,',
      '',
      'Just letting you know the annual smoke alarm and gas compliance check for 14/22 Wattle St is booked for Wednesday 24 March between 8am and 12pm. The technician from SafeHome Compliance will use the office key if you are not home.',
      '',
      'Also a reminder that the rent increase we discussed takes effect from 1 April, so the new amount of $715/wk will apply from your next payment.',
      '',
      'Please reply by Monday to confirm access is OK.',
      '',
      'Thanks,',
      'Jess Park',
      'Property Manager, Harbour & Co Real Estate',
    ),
    ...SYD,
    expect: [],
  },
  // The reader as hiring manager: a panel timetable, a deadline for the reader, the employer's own offer goal.
  {
    text: mail(
      'Hi Darren,',
      '',
      "Quick update on the Operations Lead hiring. We've shortlisted three candidates for your panel interviews next Thursday (25 March):",
      '',
      '10:00 - Lim Wei Jie',
      '11:30 - Priyanka Menon',
      '14:00 - Farid Hassan',
      '',
      "I'll send calendar holds shortly. Could you review the CVs (attached) and send me your interview questions by Monday? We're aiming to make an offer by the end of the month.",
      '',
      'Thanks,',
      'Joanne Tay',
      'Talent Acquisition, Meridian Port Services',
    ),
    ...SIN,
    expect: [],
  },
];
