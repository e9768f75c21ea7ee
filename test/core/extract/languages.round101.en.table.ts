// Round 1050 (issue 13): written BEFORE the engine read it, by a helper who never saw the rules. Sent on Saturday
// 30 March 2080 at 10:15 local: the eve of Europe's clock change (London and Dublin are still on GMT, BST starts
// Sunday 31 March) and a week before Australia and New Zealand leave daylight time (Sunday 7 April). "Next week"
// is 1–7 April; the first business day after t is Monday 1 April. What it tries: sixteen pairs, each a message
// to the reader as the CANDIDATE and a close twin in wording to the reader on the OTHER side of hiring (the
// interviewer getting a Greenhouse kit, the coordinator getting a GoodTime confirmation, a hiring manager asked
// for a Workday decision, a client receiving Hays CVs, a panelist invited to an Ashby debrief, a recruiter seeing
// a SmartRecruiters status change, an approver of an offer, a founder getting a Calendly host notice, an NHS
// panel member, a recruiter reminded of Teamtailor's promise, a store manager told of iCIMS's no-calls rule, a
// promotions-panel member, a Workable evaluator, a Teams panelist, a university interview board) or to the reader
// as an EMPLOYEE (a manager's leave before an appraisal). Positives: a UK "Date: 02/04/2080" Greenhouse
// confirmation, a Pacific onsite for a Toronto reader, "within 5 business days", a Hays second interview, "by the
// middle of next week", a Johannesburg rejection, a Singapore offer with an answer-by date (the candidate's), a
// Calendly slot in AEDT for a Brisbane reader, an NHS Jobs booking, Teamtailor's "within two weeks", a Nairobi
// "don't chase ... before I'm back on Monday 15 April", an iCIMS no-calls, a Karachi final round with a decision
// "within a week of the final round", a Lagos "the week after next", a UK-time Teams interview after the clock
// change for a Dubai reader, and a Dublin "within three working days of that meeting" counted from Wednesday.
// Names, companies and dates are invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Saturday 30 March 2080, 10:15 local.
const LDN = { sentAt: '2080-03-30T10:15:00+00:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2080-03-30T10:15:00+00:00', tz: 'Europe/Dublin' } as const;
const BER = { sentAt: '2080-03-30T10:15:00+01:00', tz: 'Europe/Berlin' } as const;
const CPH = { sentAt: '2080-03-30T10:15:00+01:00', tz: 'Europe/Copenhagen' } as const;
const NY = { sentAt: '2080-03-30T10:15:00-04:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2080-03-30T10:15:00-05:00', tz: 'America/Chicago' } as const;
const TOR = { sentAt: '2080-03-30T10:15:00-04:00', tz: 'America/Toronto' } as const;
const LA = { sentAt: '2080-03-30T10:15:00-07:00', tz: 'America/Los_Angeles' } as const;
const JNB = { sentAt: '2080-03-30T10:15:00+02:00', tz: 'Africa/Johannesburg' } as const;
const LOS = { sentAt: '2080-03-30T10:15:00+01:00', tz: 'Africa/Lagos' } as const;
const NBO = { sentAt: '2080-03-30T10:15:00+03:00', tz: 'Africa/Nairobi' } as const;
const DXB = { sentAt: '2080-03-30T10:15:00+04:00', tz: 'Asia/Dubai' } as const;
const KHI = { sentAt: '2080-03-30T10:15:00+05:00', tz: 'Asia/Karachi' } as const;
const SIN = { sentAt: '2080-03-30T10:15:00+08:00', tz: 'Asia/Singapore' } as const;
const BNE = { sentAt: '2080-03-30T10:15:00+10:00', tz: 'Australia/Brisbane' } as const;
const SYD = { sentAt: '2080-03-30T10:15:00+11:00', tz: 'Australia/Sydney' } as const;

const mail = (...lines: string[]): string => lines.join('\n');

export const ROUND_1050_EN: readonly PhraseRow[] = [
  // ---- 1. Greenhouse: the candidate's confirmation (UK day-first date, a range in BST) ----
  {
    text: mail(
      'Hi Tomasz,',
      '',
      'Your interview for Senior Data Analyst at Fernhollow Insurance has been scheduled. Please find the details below.',
      '',
      'Date: 02/04/2080',
      'Time: 14:00 – 15:00 (BST)',
      'Location: Microsoft Teams (the joining link is in the calendar invitation)',
      'Interviewers: Harriet Cole (Analytics Lead), Dev Patel (Senior Analyst)',
      '',
      'If you need to reschedule, just reply to this email.',
      '',
      'Best wishes,',
      'Gemma Lowry',
      'Talent Coordinator, Fernhollow Insurance',
    ),
    ...LDN,
    expect: [{ kind: 'interview', by: '2080-04-02', time: '14:00', phrase: 'Date: 02/04/2080' }],
  },
  // ---- 1'. Greenhouse: the same slot, sent to the reader as the interviewer ----
  {
    text: mail(
      'Hi Harriet,',
      '',
      'You have been scheduled to interview Tomasz Nowak for Senior Data Analyst. Please find the details below.',
      '',
      'Date: 02/04/2080',
      'Time: 14:00 – 15:00 (BST)',
      'Location: Microsoft Teams',
      'Your focus area: SQL and stakeholder communication',
      '',
      "Your interview kit is ready in Greenhouse. Please submit your scorecard within 24 hours of the interview so we can keep the candidate's process moving.",
      '',
      'Thanks,',
      'Gemma Lowry',
      'Talent Coordinator, Fernhollow Insurance',
    ),
    ...LDN,
    expect: [],
  },
  // ---- 2. GoodTime: an onsite in Pacific time for a Toronto candidate ----
  {
    text: mail(
      'Hello Amara,',
      '',
      'Your onsite interview with Kestrel Bio is confirmed for Tuesday, April 9, 2080 at 9:30 AM PT at our South San Francisco campus (480 Gateway Blvd). You will meet four members of the Assay Development team over three hours, with lunch included.',
      '',
      'Our travel partner will send your flight and hotel options separately.',
      '',
      'Warm regards,',
      'The Kestrel Bio Recruiting Team',
    ),
    ...TOR,
    expect: [
      { kind: 'interview', by: '2080-04-09', time: '12:30', phrase: 'Tuesday, April 9, 2080 at 9:30 AM PT' },
    ],
  },
  // ---- 2'. GoodTime: the coordinator's notice of the same onsite ----
  {
    text: mail(
      'Hi Rosa,',
      '',
      'Interview scheduled: Amara Okafor – Onsite, Scientist II (Assay Development).',
      'Tuesday, April 9, 2080 at 9:30 AM PT, South San Francisco campus.',
      '',
      'All 4 interviewers have accepted. The candidate flies in from Toronto, so hotel and travel still need booking; lunch for five is reserved at 12:00.',
      '',
      '– GoodTime',
    ),
    ...LA,
    expect: [],
  },
  // ---- 3. Workday: a promise of five business days to the candidate ----
  {
    text: mail(
      'Dear Jordan,',
      '',
      'Thank you for interviewing for the Credit Risk Associate role (Requisition R-20418) at Harborline Financial. The hiring team will complete its review and you can expect to hear from us within 5 business days.',
      '',
      'You can follow the status of your application at any time in your Workday candidate home.',
      '',
      'Sincerely,',
      'Harborline Financial Talent Acquisition',
    ),
    ...NY,
    expect: [{ kind: 'response-by', by: '2080-04-05', phrase: 'within 5 business days' }],
  },
  // ---- 3'. Workday: the hiring manager's task with the same window ----
  {
    text: mail(
      'Dear Marisol,',
      '',
      'Action required: the candidate Jordan Reyes has completed the interview stage for Requisition R-20418 Credit Risk Associate. Please submit your hiring decision in Workday within 5 business days.',
      '',
      'This task will be escalated to your HR Business Partner if it is not completed.',
      '',
      'Sincerely,',
      'Harborline Financial Talent Acquisition',
    ),
    ...NY,
    expect: [],
  },
  // ---- 4. Hays (Dublin): the client wants the candidate back ----
  {
    text: mail(
      'Hi Siobhán,',
      '',
      "Good news! The client has come back to me and they'd like to see you for a second interview on Thursday 4th April at 11am in their Sandyford office. It'll be with the CFO and the Head of FP&A, about an hour.",
      '',
      "I'll give you a ring on Monday to prep.",
      '',
      'Kind regards,',
      'Conor Flood',
      'Senior Consultant, Hays Accountancy & Finance, Dublin',
    ),
    ...DUB,
    expect: [{ kind: 'interview', by: '2080-04-04', time: '11:00', phrase: 'Thursday 4th April at 11am' }],
  },
  // ---- 4'. Hays (Dublin): the consultant sends CVs to the client ----
  {
    text: mail(
      'Hi Aoife,',
      '',
      'Please find attached the CVs of three candidates for your Finance Business Partner role. Siobhán is available to interview on Thursday 4th April at 11am in your Sandyford office, and the other two are free any afternoon next week.',
      '',
      'Let me know which suits and I will line them up.',
      '',
      'Kind regards,',
      'Conor Flood',
      'Senior Consultant, Hays Accountancy & Finance, Dublin',
    ),
    ...DUB,
    expect: [],
  },
  // ---- 5. Ashby (Berlin startup): feedback by the middle of next week ----
  {
    text: mail(
      'Hi Lena,',
      '',
      "Thanks for your time with our team on Thursday – everyone enjoyed walking through your onboarding redesign. We're collecting feedback from the panel and will be back in touch by the middle of next week.",
      '',
      'Have a lovely weekend,',
      'Jonas',
      'Talent Partner, Lindgrün',
    ),
    ...BER,
    expect: [{ kind: 'response-by', by: '2080-04-03', phrase: 'by the middle of next week', fuzzy: true }],
  },
  // ---- 5'. Ashby (Berlin startup): the panelist's debrief invitation ----
  {
    text: mail(
      'Hi Mateo,',
      '',
      "Debrief scheduled: Product Designer – Lena Fischer. Thanks for interviewing on Thursday. We're collecting feedback from the panel: the debrief is on Wednesday 3 April at 16:00 CEST in the Spree room, and please have your feedback submitted in Ashby by Tuesday end of day.",
      '',
      'Thanks,',
      'Jonas',
      'Talent Partner, Lindgrün',
    ),
    ...BER,
    expect: [],
  },
  // ---- 6. SmartRecruiters (Johannesburg): a rejection ----
  {
    text: mail(
      'Dear Thabo,',
      '',
      'Thank you for your interest in the Graduate Actuarial Analyst position at Kopano Life and for the time you gave us at the assessment day.',
      '',
      'After careful review, we have decided not to proceed with your application at this stage. We will keep your details on file for future graduate intakes.',
      '',
      'We wish you every success.',
      '',
      'Kind regards,',
      'Kopano Life Graduate Recruitment',
    ),
    ...JNB,
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  // ---- 6'. SmartRecruiters (Johannesburg): the recruiter's status-change notice ----
  {
    text: mail(
      'Hi Nadia,',
      '',
      'Candidate status change: Thabo Mokoena was moved to Rejected for Graduate Actuarial Analyst by Pieter van Wyk.',
      '',
      'The message "After careful review, we have decided not to proceed with your application at this stage" is scheduled to be sent to the candidate on Monday 1 April at 08:00.',
      '',
      'SmartRecruiters notifications',
    ),
    ...JNB,
    expect: [],
  },
  // ---- 7. An offer to the candidate (Singapore); the answer-by date is the candidate's deadline ----
  {
    text: mail(
      'Dear Wei Ling,',
      '',
      'Following your conversations with our CFO, we are delighted to offer you the position of Regional Treasury Manager at Straits Meridian Holdings, with a base salary of SGD 168,000 per annum and a target bonus of 20%.',
      '',
      'Your offer letter is attached. Please let us know your decision by Friday 5 April.',
      '',
      'Best regards,',
      'Irene Goh',
      'Head of Talent, Straits Meridian Holdings',
    ),
    ...SIN,
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  // ---- 7'. Offer approval: the reader approves the offer ----
  {
    text: mail(
      'Dear Mr Rajaratnam,',
      '',
      'Offer approval needed: Regional Treasury Manager – candidate Tan Wei Ling. Following her conversations with you, we propose to offer a base salary of SGD 168,000 per annum and a target bonus of 20%.',
      '',
      'Please approve in Workday by Tuesday 2 April so that we can extend the offer on Wednesday.',
      '',
      'Best regards,',
      'Irene Goh',
      'Head of Talent, Straits Meridian Holdings',
    ),
    ...SIN,
    expect: [],
  },
  // ---- 8. Calendly: the invitee's confirmation in AEDT for a Brisbane reader ----
  {
    text: mail(
      'Hi Priya,',
      '',
      'Your event has been scheduled.',
      '',
      'Event Type: 30 Minute Intro Chat – Founding Engineer',
      'With: Josh Whitford (Founder, Wattle Labs)',
      'Date/Time: 10:00am - 10:30am, Wednesday, April 3, 2080 (Australian Eastern Daylight Time)',
      'Location: Google Meet (link added to your calendar)',
      '',
      'Need to make changes to this event? Cancel or Reschedule.',
      '',
      'Powered by Calendly',
    ),
    ...BNE,
    expect: [{ kind: 'interview', by: '2080-04-03', time: '09:00', phrase: 'Wednesday, April 3, 2080' }],
  },
  // ---- 8'. Calendly: the founder's host notification for the same chat ----
  {
    text: mail(
      'Hi Josh,',
      '',
      'A new event has been scheduled.',
      '',
      'Event Type: 30 Minute Intro Chat – Founding Engineer',
      'Invitee: Priya Nair',
      'Invitee Email: priya.nair@fastmail.com.au',
      'Event Date/Time: 10:00am - 10:30am, Wednesday, April 3, 2080 (Australian Eastern Daylight Time)',
      '',
      'Invitee answers:',
      'What are you building right now? A rostering app for community sports clubs.',
      '',
      'Powered by Calendly',
    ),
    ...SYD,
    expect: [],
  },
  // ---- 9. NHS Jobs: the candidate's booked slot ----
  {
    text: mail(
      'Dear Olivia Mensah,',
      '',
      'Interview – Band 6 Occupational Therapist, Community Rehabilitation (Ref 318-CR-2207)',
      '',
      'Your interview has been booked for Tuesday 9 April 2080 at 10:45 at Harrowfield Community Hospital, Therapy Department, Level 2. Please bring photo ID and your HCPC registration.',
      '',
      'Yours sincerely,',
      'Recruitment Team, North Harrowfield NHS Trust',
    ),
    ...LDN,
    expect: [{ kind: 'interview', by: '2080-04-09', time: '10:45', phrase: 'Tuesday 9 April 2080 at 10:45' }],
  },
  // ---- 9'. NHS Jobs: a panel member's notice for the same day ----
  {
    text: mail(
      'Dear Ruth,',
      '',
      'Interviews – Band 6 Occupational Therapist, Community Rehabilitation (Ref 318-CR-2207)',
      '',
      'Shortlisting is complete. Interviews will be held on Tuesday 9 April 2080 at Harrowfield Community Hospital, and you are on the panel for the session from 10:45. Please collect the interview packs from the Recruitment office on Monday.',
      '',
      'Yours sincerely,',
      'Recruitment Team, North Harrowfield NHS Trust',
    ),
    ...LDN,
    expect: [],
  },
  // ---- 10. Teamtailor (Copenhagen, in English): a reply within two weeks ----
  {
    text: mail(
      'Hi Kasper,',
      '',
      "Thanks for applying for Customer Success Manager at Nordlys Software! We'll review your application and get back to you within two weeks.",
      '',
      'In the meantime, have a look at our career site to meet the team.',
      '',
      'Best,',
      'Freja Dahl',
      'People & Culture, Nordlys Software',
    ),
    ...CPH,
    expect: [{ kind: 'response-by', by: '2080-04-13', phrase: 'within two weeks' }],
  },
  // ---- 10'. Teamtailor: the recruiter reminded of that promise ----
  {
    text: mail(
      'Hi Freja,',
      '',
      'New application: Kasper Holm applied for Customer Success Manager.',
      '',
      "Reminder: your job's auto-reply tells candidates you'll get back to them within two weeks, so this one should be answered by 13 April. Move the candidate to a stage to stop this reminder.",
      '',
      'Teamtailor',
    ),
    ...CPH,
    expect: [],
  },
  // ---- 11. Nairobi in-house recruiter: a hold until she is back ----
  {
    text: mail(
      'Dear Wanjiru,',
      '',
      'Thank you for coming in for the Programme Officer interview on Thursday. I am on annual leave from Monday until 12 April, so please do not chase for feedback before I am back on Monday 15 April; the panel will not meet until then in any case.',
      '',
      'Warm regards,',
      'Achieng Odhiambo',
      'HR Officer, Tumaini Health Foundation',
    ),
    ...NBO,
    expect: [{ kind: 'no-contact-before', by: '2080-04-15', phrase: 'before I am back on Monday 15 April' }],
  },
  // ---- 11'. The reader as employee: the manager's leave before an appraisal ----
  {
    text: mail(
      'Dear Wanjiru,',
      '',
      'Thank you for sending your self-assessment on Thursday. I am on annual leave from Monday until 12 April, so please hold any questions about your appraisal until I am back on Monday 15 April. Your mid-year review is in the diary for Wednesday 17 April at 10:00.',
      '',
      'Warm regards,',
      'Achieng Odhiambo',
      'Programmes Manager, Tumaini Health Foundation',
    ),
    ...NBO,
    expect: [],
  },
  // ---- 12. iCIMS (Chicago): no status calls ----
  {
    text: mail(
      'Dear Marcus,',
      '',
      'Thank you for applying for Warehouse Associate – 2nd Shift at Lakeshore Freight. Your application has been received and is being reviewed.',
      '',
      'Due to the high volume of applications, we are unable to provide status updates by phone. Please do not call the distribution center.',
      '',
      'Sincerely,',
      'Lakeshore Freight Talent Acquisition',
    ),
    ...CHI,
    expect: [{ kind: 'no-calls', phrase: 'Please do not call the distribution center' }],
  },
  // ---- 12'. iCIMS: the store manager's digest repeating the rule ----
  {
    text: mail(
      'Dear Denise,',
      '',
      'You have 14 new applicants for Warehouse Associate – 2nd Shift at the Joliet distribution center.',
      '',
      'Reminder: applicants have been told we are unable to provide status updates by phone and asked not to call the distribution center. Please direct any phone enquiries you receive to Talent Acquisition.',
      '',
      'Sincerely,',
      'Lakeshore Freight Talent Acquisition',
    ),
    ...CHI,
    expect: [],
  },
  // ---- 13. Karachi: a final round, and a decision counted from it ----
  {
    text: mail(
      'Dear Mr. Hamza Siddiqui,',
      '',
      'Further to your interview for Manager Financial Reporting, we are pleased to inform you that the panel has shortlisted you for the final round with our CFO. It will take place on Monday, 1st April 2080 at 3:00 pm PKT at our head office on Shahrah-e-Faisal.',
      '',
      'We will communicate the final decision within a week of the final round.',
      '',
      'Regards,',
      'Sana Qureshi',
      'Talent Acquisition, Indus Crescent Bank',
    ),
    ...KHI,
    expect: [
      { kind: 'interview', by: '2080-04-01', time: '15:00', phrase: 'Monday, 1st April 2080 at 3:00 pm PKT' },
      { kind: 'response-by', by: '2080-04-08', phrase: 'within a week of the final round' },
    ],
  },
  // ---- 13'. Karachi: the reader sits on a promotions panel ----
  {
    text: mail(
      'Dear Mr. Hamza Siddiqui,',
      '',
      'Further to your nomination by the Head of Finance, we are pleased to inform you that you will sit on the promotions panel for Grade M2. It will take place on Monday, 1st April 2080 at 3:00 pm PKT in Board Room 2 at our head office on Shahrah-e-Faisal; candidate files are on the HR portal.',
      '',
      'HR will communicate the final decisions within a week of the panel.',
      '',
      'Regards,',
      'Sana Qureshi',
      'Human Resources, Indus Crescent Bank',
    ),
    ...KHI,
    expect: [],
  },
  // ---- 14. Workable (Lagos): an outcome the week after next ----
  {
    text: mail(
      'Dear Chinedu,',
      '',
      'Thank you for taking part in the panel interview for Operations Lead at Ebony Grid Logistics. We are wrapping up interviews and will share an outcome with all shortlisted candidates the week after next.',
      '',
      'Best regards,',
      'Funmilayo Adeyemi',
      'People Operations, Ebony Grid Logistics',
    ),
    ...LOS,
    expect: [{ kind: 'response-by', by: '2080-04-12', phrase: 'the week after next' }],
  },
  // ---- 14'. Workable: the hiring-team member's evaluation reminder ----
  {
    text: mail(
      'Dear Tunde,',
      '',
      'Reminder: 3 candidates for Operations Lead are waiting for your evaluation. We are wrapping up interviews and will share an outcome with all shortlisted candidates the week after next, so please add your evaluations in Workable before then.',
      '',
      'Best regards,',
      'Funmilayo Adeyemi',
      'People Operations, Ebony Grid Logistics',
    ),
    ...LOS,
    expect: [],
  },
  // ---- 15. Teams invitation: UK time after the clock change, for a Dubai candidate ----
  {
    text: mail(
      'Dear Fatima,',
      '',
      'Please find below the details of your interview for Cloud Security Architect at Ashgrove Systems.',
      '',
      'Interview: Cloud Security Architect – Fatima Al Mansoori',
      'When: Tuesday, 2 April 2080, 10:00–11:00 UK time',
      'Microsoft Teams meeting – Join on your computer, mobile app or room device',
      'Meeting ID: 381 220 954 117',
      '',
      'Kind regards,',
      'Gareth Pryce',
      'Hiring Manager, Ashgrove Systems',
    ),
    ...DXB,
    expect: [
      {
        kind: 'interview',
        by: '2080-04-02',
        time: '13:00',
        phrase: 'Tuesday, 2 April 2080, 10:00–11:00 UK time',
      },
    ],
  },
  // ---- 15'. Teams invitation: the same interview for a Dubai panelist ----
  {
    text: mail(
      'Dear Omar,',
      '',
      'Please find below the details of the interview panel for Cloud Security Architect.',
      '',
      'Interview panel: Cloud Security Architect – candidate Fatima Al Mansoori',
      'When: Tuesday, 2 April 2080, 10:00–11:00 UK time',
      'Panel: you (technical deep-dive), Gareth Pryce (hiring manager)',
      'Microsoft Teams meeting – Join on your computer, mobile app or room device',
      '',
      'Please review the CV attached before the session.',
      '',
      'Kind regards,',
      'Gareth Pryce',
      'Hiring Manager, Ashgrove Systems',
    ),
    ...DXB,
    expect: [],
  },
  // ---- 16. University (Dublin): a window counted from a day named in another sentence ----
  {
    text: mail(
      'Dear Dr Ní Bhriain,',
      '',
      "Thank you for attending interview for the post of Postdoctoral Research Fellow in Marine Ecology. The board's recommendation goes to the Dean on Wednesday, and we expect to write to you within three working days of that meeting.",
      '',
      'Yours sincerely,',
      'Declan Moran',
      'HR Partner, Faculty of Science, Liffey University',
    ),
    ...DUB,
    expect: [{ kind: 'response-by', by: '2080-04-08', phrase: 'within three working days of that meeting' }],
  },
  // ---- 16'. University (Dublin): the reader as an external member of the board ----
  {
    text: mail(
      'Dear Professor Keane,',
      '',
      "Thank you for agreeing to sit on the interview board for the post of Postdoctoral Research Fellow in Marine Ecology. Interviews take place on Wednesday 3 April from 09:30 in the Council Room, and the board's recommendation must reach the Dean within three working days of that meeting.",
      '',
      'Yours sincerely,',
      'Declan Moran',
      'HR Partner, Faculty of Science, Liffey University',
    ),
    ...DUB,
    expect: [],
  },
];
