// Round 700 (issue 13): written BEFORE the engine read it, at the start of the sixteenth pass, on a Wednesday
// afternoon in May. Positives: an Ashby-style field block in EDT, a Lagos "fixed for Monday 20th May … 10am prompt",
// a window counted from a panel meeting on Friday, a hold until 3 June, a panel that will "not progress" the
// application, a nurse's offer, a council that cannot answer telephone enquiries, a reschedule "Would Monday at 3pm
// work instead?", a London-time slot for a Singapore reader, "by the end of the month" after a vague clause, "within
// the next week or so", a founder's coffee at 8:30 tomorrow, a Sydney "28/05/2047 at 9.15am" assessment centre, ten
// working days from a closing date. Negatives: the reader on an interview panel, a mid-year check-in, a job alert, a
// visa interview, an online test's deadline, a friend's moved interview, a letting inspection, a webinar on
// interviews, an acknowledgement, a request for the reader's times, a recruiter told a candidate booked, a first
// day, a viva, a payroll notice. Names, companies and dates are invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Wednesday 15 May 2047, 16:40 local.
const NY = { sentAt: '2047-05-15T16:40:00-04:00', tz: 'America/New_York' } as const;
const SF = { sentAt: '2047-05-15T16:40:00-07:00', tz: 'America/Los_Angeles' } as const;
const LOS = { sentAt: '2047-05-15T16:40:00+01:00', tz: 'Africa/Lagos' } as const;
const LDN = { sentAt: '2047-05-15T16:40:00+01:00', tz: 'Europe/London' } as const;
const BER = { sentAt: '2047-05-15T16:40:00+02:00', tz: 'Europe/Berlin' } as const;
const SIN = { sentAt: '2047-05-15T16:40:00+08:00', tz: 'Asia/Singapore' } as const;
const SYD = { sentAt: '2047-05-15T16:40:00+10:00', tz: 'Australia/Sydney' } as const;
const TOR = { sentAt: '2047-05-15T16:40:00-04:00', tz: 'America/Toronto' } as const;
const DUB = { sentAt: '2047-05-15T16:40:00+01:00', tz: 'Europe/Dublin' } as const;
const BOM = { sentAt: '2047-05-15T16:40:00+05:30', tz: 'Asia/Kolkata' } as const;
const NBO = { sentAt: '2047-05-15T16:40:00+03:00', tz: 'Africa/Nairobi' } as const;
const MNL = { sentAt: '2047-05-15T16:40:00+08:00', tz: 'Asia/Manila' } as const;

/** Round 700: English whole messages, fourteen positives and fourteen negatives. */
export const ROUND_700_EN: readonly PhraseRow[] = [
  // Positives.
  {
    ...NY,
    text: 'Hi Jordan,\n\nYour interview with Kestrel Bio is confirmed.\n\nDate: Tuesday, May 21, 2047\nTime: 1:00 PM - 1:45 PM EDT\nLocation: Google Meet (link below)\nInterviewers: Priya Natarajan (Hiring Manager)\n\nIf you need to reschedule, reply to this email.\n\nKestrel Bio Talent Team\nPowered by Ashby',
    expect: [{ kind: 'interview', by: '2047-05-21', time: '13:00' }],
  },
  {
    ...LOS,
    text: 'Dear Chukwuemeka,\n\nFurther to your application for the post of Credit Analyst, kindly note that your interview has been fixed for Monday 20th May 2047 by 10am prompt at our Victoria Island office. Come along with your original credentials.\n\nRegards,\nFunmilayo Adeyemi\nHuman Resources, Lekki Trust Bank',
    expect: [{ kind: 'interview', by: '2047-05-20', time: '10:00' }],
  },
  {
    ...LDN,
    text: 'Hi Harriet,\n\nThanks again for coming in on Monday. The panel meets on Friday to compare notes, and we will let everyone know the outcome within three working days of that meeting.\n\nKind regards,\nOwen\nPeople Team, Brightwater Housing',
    expect: [{ kind: 'response-by', by: '2047-05-22' }],
  },
  {
    ...DUB,
    text: "Hi Ciara,\n\nQuick one: the hiring manager is on annual leave until the end of the month, so please don't chase us for an update before 3 June. We haven't forgotten you!\n\nSiobhán",
    expect: [{ kind: 'no-contact-before', by: '2047-06-03' }],
  },
  {
    ...NBO,
    text: 'Dear Wanjiru,\n\nThank you for the time you invested in the interview process for the Programme Officer role. After careful consideration, the panel has decided not to progress your application further at this time.\n\nWe wish you every success,\nRecruitment, Savannah Health Trust',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...LDN,
    text: "Dear Grace,\n\nFollowing your interview last Thursday, I'm delighted to confirm that we would like to offer you the position of Staff Nurse on Ward 7. Your formal contract will follow once your references and DBS check are complete.\n\nBest wishes,\nAnita Kaur\nWard Manager",
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...TOR,
    text: 'Thank you for your application to the City of Mapleford.\n\nDue to the high volume of applications received, we are unable to respond to telephone enquiries about the status of individual applications. Only those selected for an interview will be contacted.\n\nHuman Resources Division',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...BER,
    text: 'Hi Leon,\n\nUnfortunately Jonas is out sick tomorrow, so we need to move your interview. Would Monday at 3pm work for you instead? Same video link.\n\nSorry for the short notice!\nMirela\nTalent, Quellwerk GmbH',
    expect: [{ kind: 'interview', by: '2047-05-20', time: '15:00' }],
  },
  {
    ...SIN,
    text: 'Hi Wei Ling,\n\nGreat to speak earlier. I have booked your second-round interview with our London team for Thursday 23 May at 9:00 am London time (BST). A Teams invite will follow.\n\nBest,\nTom Archer\nRecruiter, Halden Capital',
    expect: [{ kind: 'interview', by: '2047-05-23', time: '16:00' }],
  },
  {
    ...SF,
    text: "Hi Marisol,\n\nWe're still interviewing this week and next, and we expect to make a decision by the end of the month. I'll update you either way.\n\nThanks,\nKyle",
    expect: [{ kind: 'response-by', by: '2047-05-31' }],
  },
  {
    ...BOM,
    text: 'Dear Rohan,\n\nThank you for attending the technical round today. The feedback is with the delivery head and you should hear from Marta within the next week or so.\n\nRegards,\nSneha\nTalent Acquisition',
    expect: [{ kind: 'response-by', by: '2047-05-22', fuzzy: true }],
  },
  {
    ...SF,
    text: "Hey Sam — just confirming we're on for coffee with Dev at 8:30 tomorrow at Blue Bottle on Market St. He's excited to chat about the founding engineer role.\n\n— Ines (Chief of Staff, Loomwork)",
    expect: [{ kind: 'interview', by: '2047-05-16', time: '08:30' }],
  },
  {
    ...SYD,
    text: 'Hi Lachlan,\n\nCongratulations on progressing to the next stage of our Graduate Program. Your assessment centre is booked for 28/05/2047 at 9.15am at our Barangaroo office. Please allow four hours.\n\nGraduate Recruitment\nSouthern Cross Energy',
    expect: [{ kind: 'interview', by: '2047-05-28', time: '09:15' }],
  },
  {
    ...MNL,
    text: 'Dear Ms. Dela Cruz,\n\nThank you for your interest in the Customer Experience Lead role. The posting closes on Friday, 24 May, and we aim to get back to all applicants within 10 working days of the closing date.\n\nSincerely,\nTalent Acquisition, Archipelago Telecom',
    expect: [{ kind: 'response-by', by: '2047-06-07' }],
  },
  // Negatives.
  {
    ...LDN,
    text: "Hi Tom,\n\nYou're on the panel for the Data Analyst interviews on Tuesday 21 May, 10:00–13:00. Candidate packs are attached; please submit your scorecards in the system by Wednesday.\n\nThanks,\nRecruiting Ops",
    expect: [],
  },
  {
    ...NY,
    text: 'Hi Dana,\n\nYour mid-year check-in with Farah is booked for Thursday 23 May at 2pm. Please complete the self-assessment in Workday beforehand.\n\nPeople Partners',
    expect: [],
  },
  {
    ...DUB,
    text: 'New jobs for you\n\nSenior Analyst at Northwind, Dublin 2 — apply by 31 May. Interviews are expected to take place in June.\nData Engineer at Corrib Labs, Galway — posted today.\n\nManage alerts | Unsubscribe',
    expect: [],
  },
  {
    ...BOM,
    text: 'Dear Applicant,\n\nYour visa interview at the U.S. Consulate General, Mumbai is scheduled for 28 May 2047 at 08:15. Please bring your DS-160 confirmation page and passport.\n\nVisa Information Service',
    expect: [],
  },
  {
    ...TOR,
    text: 'Hi Priya,\n\nAs a next step, please complete the online assessment by Sunday 19 May at 11:59 pm. The link expires after that and cannot be reset.\n\nGood luck!\nCampus Recruiting, Lakeshore Insurance',
    expect: [],
  },
  {
    ...SF,
    text: 'Hey!\n\nMy interview at Deloitte got moved to Tuesday at 11, so can we push our lunch to Wednesday? Same place?\n\nx Jess',
    expect: [],
  },
  {
    ...LDN,
    text: 'Dear Tenant,\n\nThe letting agent will carry out the routine inspection on Monday 20 May between 10am and 12pm. There is no need for you to be in.\n\nHarbour Lettings',
    expect: [],
  },
  {
    ...NBO,
    text: "Join our free webinar 'Acing the Behavioural Interview' on Thursday 23 May at 6pm EAT. Our career coaches will share the STAR method and answer your questions live.\n\nRegister now — CareerPath Kenya",
    expect: [],
  },
  {
    ...MNL,
    text: 'Dear Applicant,\n\nThank you for applying for the Logistics Coordinator role. Our team will review your application and contact you if you are shortlisted.\n\nBest regards,\nRecruitment Team',
    expect: [],
  },
  {
    ...NY,
    text: 'Hi Alex,\n\nThe hiring manager would love to meet you. Could you send me a few times that work for you next week for a 30-minute call?\n\nThanks!\nBrooke',
    expect: [],
  },
  {
    ...LDN,
    text: 'Hi Olivia,\n\nCandidate Marco Rossi has accepted the interview slot on Friday 17 May at 11:00 for Backend Engineer. Interviewers: you, Sam Patel.\n\nGoodTime',
    expect: [],
  },
  {
    ...SYD,
    text: 'Welcome aboard, Mia!\n\nYour first day is Monday 3 June. Please arrive at 8:45 at reception on level 4 and ask for Ade, who will take you through induction.\n\nSee you soon,\nPeople & Culture',
    expect: [],
  },
  {
    ...BER,
    text: 'Dear Mr Okafor,\n\nYour viva (oral examination) is scheduled for Wednesday 22 May at 14:00 in Room 3.12. The examiners are Prof. Weiß and Dr. Lund.\n\nGraduate School Office',
    expect: [],
  },
  {
    ...LDN,
    text: 'Hi all,\n\nPayslips for May will be available on 28 May. The office is closed on Monday 27 May for the bank holiday.\n\nPayroll',
    expect: [],
  },
];
