// Round 580 (issue 13): written BEFORE the engine read it, in midsummer, on mail as it arrives: signatures with office
// hours and working days, confidentiality footers, "Sent from my iPhone", Zoom and Calendly text, a Workday status
// block. Positives: a slot confirmed in a reply with a long signature, a delayed shortlisting "by Friday 4 July",
// "I'll come back to you on Thursday", a Zoom "Time: Jun 24, 2036 03:00 PM London" for an Accra reader, a Calendly
// confirmation, an offer subject to references, a rejection that keeps the CV on file, a closure with "don't chase
// before we reopen", a window "within a week of that meeting", a branch that asks not to be called, a Malaysian
// reschedule, "by EOD tomorrow", a Hong Kong second interview. Negatives: internal vacancies, payslips, the reader's
// own interviewing slot, parent interviews on request, a headhunter's open chat, a gym induction, a webinar on
// interviews, a branch closure for training, the reader asked for availability to interview, a dentist moved, a
// flight, exam results for a student, a colleague's leaving drinks, bin collection, a rent increase. Names, companies
// and dates are invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Wednesday 18 June 2036, 11:25 local.
const NY = { sentAt: '2036-06-18T11:25:00-04:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2036-06-18T11:25:00-05:00', tz: 'America/Chicago' } as const;
const DEN = { sentAt: '2036-06-18T11:25:00-06:00', tz: 'America/Denver' } as const;
const TOR = { sentAt: '2036-06-18T11:25:00-04:00', tz: 'America/Toronto' } as const;
const LDN = { sentAt: '2036-06-18T11:25:00+01:00', tz: 'Europe/London' } as const;
const ACC = { sentAt: '2036-06-18T11:25:00+00:00', tz: 'Africa/Accra' } as const;
const KUL = { sentAt: '2036-06-18T11:25:00+08:00', tz: 'Asia/Kuala_Lumpur' } as const;
const HKG = { sentAt: '2036-06-18T11:25:00+08:00', tz: 'Asia/Hong_Kong' } as const;
const SYD = { sentAt: '2036-06-18T11:25:00+10:00', tz: 'Australia/Sydney' } as const;
const JNB = { sentAt: '2036-06-18T11:25:00+02:00', tz: 'Africa/Johannesburg' } as const;
const WLG = { sentAt: '2036-06-18T11:25:00+12:00', tz: 'Pacific/Auckland' } as const;

/** Round 580: English whole messages, fifteen positives and fifteen negatives. */
export const ROUND_580_EN: readonly PhraseRow[] = [
  // Positives.
  {
    ...LDN,
    text: "Thanks Ravi, confirmed for Monday 23 June at 09:30 at our Reading office. Ask for me at reception and they'll sign you in.\n\nKind regards,\n\nHelen Marsh\nOperations Manager | Kennet Logistics Ltd\nT: 0118 496 0321 | Office hours: Mon–Fri 08:30–17:00\nUnit 4, Thames Valley Park, Reading RG6 1PT\n\nThis email and any attachments are confidential. If you received it in error, please delete it. Kennet Logistics Ltd, registered in England No. 04417723.",
    expect: [{ kind: 'interview', by: '2036-06-23', time: '09:30' }],
  },
  {
    ...SYD,
    text: 'Update on your application\n\nDear Applicant,\n\nOur shortlisting for the Senior Planner position has been delayed. We now expect to contact shortlisted applicants by Friday 4 July.\n\nWe apologise for the wait.\n\nRecruitment Services, Hawkesbury Shire Council',
    expect: [{ kind: 'response-by', by: '2036-07-04' }],
  },
  {
    ...JNB,
    text: "Hi Lindiwe,\n\nThank you for your time yesterday. I'll come back to you on Thursday with the panel's decision.\n\nRegards,\nZanele Khumalo\nTalent Partner, Ubuntu Insure\nWorking days: Tue–Thu",
    expect: [{ kind: 'response-by', by: '2036-06-19' }],
  },
  {
    ...ACC,
    text: 'Grace Owusu is inviting you to a scheduled Zoom meeting.\n\nTopic: Interview – Data Analyst (Kwame Mensah)\nTime: Jun 24, 2036 03:00 PM London\n\nJoin Zoom Meeting\nhttps://zoom.us/j/93310284417\nMeeting ID: 933 1028 4417\nPasscode: 5521',
    expect: [{ kind: 'interview', by: '2036-06-24', time: '14:00' }],
  },
  {
    ...NY,
    text: 'Hi Ruth,\n\nA 30 Minute Screening Call with Marcus Bell is confirmed.\n\n10:00am - 10:30am, Thursday, June 26, 2036 (Eastern Time - US & Canada)\n\nLocation: This is a Google Meet web conference.\n\nCancel or reschedule: calendly.com/cancellations/6f1c\n\nPowered by Calendly',
    expect: [{ kind: 'interview', by: '2036-06-26', time: '10:00' }],
  },
  {
    ...LDN,
    text: "Dear Ravi,\n\nFollowing your interview, we're pleased to offer you the role of Transport Planner at Kennet Logistics, subject to satisfactory references. Your contract will follow separately.\n\nKind regards,\nHelen Marsh",
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...TOR,
    text: 'Dear Priyanka,\n\nThank you for your interest in the Financial Analyst position. After careful review, we will not be moving forward with your application. With your permission, we will keep your CV on file for six months and contact you should a suitable role open.\n\nSincerely,\nTalent Acquisition, Maple Ridge Credit Union',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...WLG,
    text: "Kia ora Hemi,\n\nThanks for applying. Please note our office is closed for the school holidays from 30 June to 14 July, so please don't chase before we reopen on 15 July.\n\nNgā mihi,\nKarearea Early Learning",
    expect: [{ kind: 'no-contact-before', by: '2036-07-15' }],
  },
  {
    ...CHI,
    text: "Hi Marcus,\n\nThe hiring committee meets on 25 June, and we'll write to you within a week of that meeting.\n\nBest,\nDenise Walker\nSenior Recruiter, Lakeshore Health",
    expect: [{ kind: 'response-by', by: '2036-07-02' }],
  },
  {
    ...LDN,
    text: 'Thank you for applying for the Customer Adviser role.\n\nThis mailbox is not monitored. Please do not call the branch regarding your application; we will contact you if you are shortlisted.\n\nHalford Building Society',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...KUL,
    text: 'Dear Ms. Nurul,\n\nPlease be informed that your interview has been rescheduled to 26/06/2036 (Thursday), 10.30am, at Menara Sentral, Level 23.\n\nThank you.\n\nHuman Capital Department\nSentral Petroleum Berhad',
    expect: [{ kind: 'interview', by: '2036-06-26', time: '10:30' }],
  },
  {
    ...DEN,
    text: "Thanks for your time today, Alexis! We'll share feedback by EOD tomorrow.\n\n- Jordan\n\nSent from my iPhone",
    expect: [{ kind: 'response-by', by: '2036-06-19' }],
  },
  {
    ...HKG,
    text: 'Dear Mr. Chan,\n\nWe are pleased to invite you to a second interview for the position of Assistant Manager, Treasury. The interview will be held on 2 July 2036 (Wed) at 3:00 p.m. at our Quarry Bay office.\n\nYours sincerely,\nHuman Resources Department\nHarbour Pacific Holdings Limited',
    expect: [{ kind: 'interview', by: '2036-07-02', time: '15:00' }],
  },
  {
    ...SYD,
    text: "Hi Matt,\n\nThanks for the great chat this morning. I'll be back to you by Monday at the latest with next steps.\n\nCheers,\nTash",
    expect: [{ kind: 'response-by', by: '2036-06-23' }],
  },
  {
    ...NY,
    text: 'Hi Ruth,\n\nApologies, our hiring manager is out sick. Could we move your interview to Friday, June 27 at 1:30 PM ET instead?\n\nThanks,\nMarcus',
    expect: [{ kind: 'interview', by: '2036-06-27', time: '13:30' }],
  },
  // Negatives.
  {
    ...LDN,
    text: 'Internal vacancies this week\n\nProcurement Officer (Band 5), closing 27/06/2036\nHR Business Partner (Band 7), closing 02/07/2036\n\nApply through the staff portal. Speak to your line manager before applying.',
    expect: [],
  },
  {
    ...LDN,
    text: 'Hi all, June payslips will be available on the portal from 25 June, and pay lands on the 27th. Any queries to payroll@kennetlogistics.co.uk.',
    expect: [],
  },
  {
    ...TOR,
    text: 'Reminder: Interview Candidate – Ava Li\nThu Jun 26, 2036 10:00 – 11:00 (EDT)\nRoom 3B\nOrganizer: you\n\nAttendees: Ava Li, Priyanka Desai',
    expect: [],
  },
  {
    ...JNB,
    text: "Dear Parent\n\nYour child's end-of-year report will be sent home on Friday 27 June. Parent interviews are available on request; please contact the class teacher.\n\nRoodepoort Primary School",
    expect: [],
  },
  {
    ...LDN,
    text: "Hi Ravi,\n\nI'm hiring for a Head of Data at a scale-up in London. Would you be open to a confidential chat? No rush, whenever suits.\n\nBest,\nOllie\nSlate & Co Search",
    expect: [],
  },
  {
    ...SYD,
    text: 'Your PT induction is booked for Saturday 21 June at 8am with Coach Ben. Please arrive 10 minutes early and bring a towel.\n\nFitlab Surry Hills',
    expect: [],
  },
  {
    ...LDN,
    text: "You're registered!\n\n'Ace the Behavioural Interview'\nTuesday, June 24, 2036 at 6:00 PM BST\n\nAdd to calendar. We'll email you the link an hour before.\n\nCareerBridge Events",
    expect: [],
  },
  {
    ...ACC,
    text: 'Dear Valued Customer,\n\nPlease note that all our branches will be closed on Monday 30 June for staff training. Normal service resumes on Tuesday 1 July.\n\nCoastal Savings & Loans',
    expect: [],
  },
  {
    ...CHI,
    text: 'Hi Tom,\n\nCan you give me your availability next week to interview the two shortlisted candidates for the Analyst role? Wednesday or Thursday afternoon would be ideal.\n\nThanks,\nDenise',
    expect: [],
  },
  {
    ...DEN,
    text: 'Hi Alexis, this is Summit Dental. We need to move your check-up from Tuesday to Thursday, June 26 at 3:40pm. Reply Y to confirm.',
    expect: [],
  },
  {
    ...NY,
    text: 'Your trip is coming up!\n\nFlight BA 117 to London departs Sunday, June 29 at 6:25 PM from JFK Terminal 8. Online check-in opens 24 hours before departure.',
    expect: [],
  },
  {
    ...HKG,
    text: 'Dear Student,\n\nYour HKDSE examination results will be released on Wednesday 16 July at 8:30 a.m. through the candidate portal.\n\nExaminations and Assessment Authority',
    expect: [],
  },
  {
    ...LDN,
    text: "Hi everyone, it's Sanjay's last day on Friday! Leaving drinks at The Crown from 5:30pm on 27 June – all welcome.\n\nPriti",
    expect: [],
  },
  {
    ...WLG,
    text: 'Kia ora, your rubbish and recycling collection day is changing to Thursday from 3 July. Please have your bins out by 7am.\n\nWellington City Council',
    expect: [],
  },
  {
    ...SYD,
    text: 'Dear Tenant,\n\nFollowing the annual review, your rent will increase to $720 per week from 1 August 2036. Please update your payment accordingly.\n\nHarbour Property Management',
    expect: [],
  },
];
