// Round 340 (issue 13): written BEFORE the engine read it, at the start of the fourteenth pass. Positives: ATS
// templates (Greenhouse, Lever, Workday, iCIMS) and recruiters in India, Kenya, South Africa, Ireland, the
// Philippines, Canada, New Zealand, the UAE and Australia; windows counted from a meeting dated in the same
// sentence, promises worded as a delivery ("Feedback … should be with you by"), a zone named for a reader across
// the Tasman. Negatives use a job's words in other senses (a podcast interview, a panel the reader sits on, a
// reference call, a hiring manager's candidate, a job alert, a colleague's interview) or are life admin. Names,
// companies and dates are invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Wednesday 10 October 2029, 10:20 local.
const NY = { sentAt: '2029-10-10T10:20:00-04:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2029-10-10T10:20:00-05:00', tz: 'America/Chicago' } as const;
const LA = { sentAt: '2029-10-10T10:20:00-07:00', tz: 'America/Los_Angeles' } as const;
const TOR = { sentAt: '2029-10-10T10:20:00-04:00', tz: 'America/Toronto' } as const;
const LDN = { sentAt: '2029-10-10T10:20:00+01:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2029-10-10T10:20:00+01:00', tz: 'Europe/Dublin' } as const;
const BOM = { sentAt: '2029-10-10T10:20:00+05:30', tz: 'Asia/Kolkata' } as const;
const NBO = { sentAt: '2029-10-10T10:20:00+03:00', tz: 'Africa/Nairobi' } as const;
const JNB = { sentAt: '2029-10-10T10:20:00+02:00', tz: 'Africa/Johannesburg' } as const;
const MNL = { sentAt: '2029-10-10T10:20:00+08:00', tz: 'Asia/Manila' } as const;
const AKL = { sentAt: '2029-10-10T10:20:00+13:00', tz: 'Pacific/Auckland' } as const;
const DXB = { sentAt: '2029-10-10T10:20:00+04:00', tz: 'Asia/Dubai' } as const;
const SYD = { sentAt: '2029-10-10T10:20:00+11:00', tz: 'Australia/Sydney' } as const;

/** Round 340: English whole messages, fifteen positives and eleven negatives. */
export const ROUND_340_EN: readonly PhraseRow[] = [
  // Positives.
  {
    ...CHI,
    text: 'Hi Marisol,\n\nYour interview for Senior Product Designer at Brightwave has been scheduled.\n\nDate: Tuesday, October 16, 2029\nTime: 1:30 PM - 2:15 PM CDT\nLocation: Google Meet (link below)\nInterviewers: Dana Whitfield, Omar Haddad\n\nIf you need to reschedule, please reply to this email.\n\nBrightwave Recruiting',
    expect: [{ kind: 'interview', by: '2029-10-16', time: '13:30' }],
  },
  {
    ...BOM,
    text: 'Hi Aarav, thanks for applying to Kestrel Pay! Our team is reviewing applications now and we aim to get back to every candidate within 10 business days.\n\nBest,\nKestrel Pay Talent Team',
    expect: [{ kind: 'response-by', by: '2029-10-24' }],
  },
  {
    ...NBO,
    text: 'Dear Wanjiru,\n\nThank you for coming in yesterday. The hiring committee meets on Monday 15 October, and we will communicate the outcome within three working days of that meeting.\n\nRegards,\nHR Department, Savannah Microfinance',
    expect: [{ kind: 'response-by', by: '2029-10-18' }],
  },
  {
    ...JNB,
    text: 'Hi Thabo,\n\nCongratulations! We are delighted to offer you the position of Junior Quantity Surveyor at Mbeki & Partners. Please review the attached letter and let us know your decision by Friday 19 October.\n\nKind regards,\nLerato Dlamini\nHR Manager',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...DUB,
    text: 'Dear Ciarán,\n\nThank you for taking the time to interview with us for the Data Analyst role. After careful consideration, we have decided to proceed with another candidate whose experience more closely matches our current needs.\n\nWe wish you every success.\n\nTalent Acquisition, Liffey Analytics',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...MNL,
    text: 'Hi Joy, are you free for a quick video call on Friday at 3pm Manila time with our Ops Director? It should take 30 minutes. Thanks! – Paolo, Recruitment, Archipelago BPO',
    expect: [{ kind: 'interview', by: '2029-10-12', time: '15:00' }],
  },
  {
    ...TOR,
    text: 'Hi Devon,\n\nUnfortunately our VP has a conflict on Thursday. Could we push your final interview to Monday, October 15 at 11:00 AM ET instead? Apologies for the shuffle.\n\nBest,\nMegan',
    expect: [{ kind: 'interview', by: '2029-10-15', time: '11:00' }],
  },
  {
    ...AKL,
    text: 'Kia ora Aroha,\n\nThe panel would like to meet you over Zoom on Thursday 18 October at 10:00am AEDT.\n\nNgā mihi,\nTasman Health Recruitment',
    expect: [{ kind: 'interview', by: '2029-10-18', time: '12:00' }],
  },
  {
    ...LA,
    text: 'Application Update\n\nThank you for your interest in the Program Manager II role (Job ID R-118204). Your application is now under review. Due to the volume of applications, please allow 2-3 weeks for the hiring team to review your background. You will be notified by email of any change in status.\n\nPacific Crest Technologies Talent Acquisition',
    expect: [{ kind: 'response-by', by: '2029-10-31' }],
  },
  {
    ...LDN,
    text: 'Hi Harriet,\n\nThanks again for your time on Monday. Feedback from the panel should be with you by the end of next week at the latest.\n\nBest wishes,\nTom Ashworth\nSenior Recruiter, Fenwick Search',
    expect: [{ kind: 'response-by', by: '2029-10-19' }],
  },
  {
    ...DXB,
    text: 'Dear Applicant,\n\nThank you for applying to Gulf Horizon Airways. Shortlisting will take place after the vacancy closes on 25 October 2029. Kindly refrain from contacting our offices by telephone regarding the status of your application; shortlisted candidates will be contacted by email.\n\nTalent Acquisition',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...SYD,
    text: 'Automatic reply: Interview availability\n\nThank you for your email. I am on annual leave and will be back in the office on Monday 22 October. For urgent matters please contact recruitment@coralbay.com.au.\n\nSimone Hart | Talent Partner | Coral Bay Group',
    expect: [{ kind: 'no-contact-before', by: '2029-10-22' }],
  },
  {
    ...CHI,
    text: 'Interview Invitation – Warehouse Supervisor\n\nHello Luis,\n\nWe would like to invite you to an in-person interview.\nWhen: Wed 10/17/2029 9:00 AM CT\nWhere: 4400 W. Ogden Ave, Cicero, IL\nWith: Karen Polk, Site Manager\n\nPlease bring a photo ID.',
    expect: [{ kind: 'interview', by: '2029-10-17', time: '09:00' }],
  },
  {
    ...NY,
    text: "Hi Sam,\n\nWe're still finalizing a few things internally, so it may be a little while. That said, I'll have an answer for you one way or another by October 26.\n\nThanks for your patience,\nJordan",
    expect: [{ kind: 'response-by', by: '2029-10-26' }],
  },
  {
    ...LDN,
    text: 'Dear Ms Okafor,\n\nFurther to your application for the Trainee Solicitor position, we would like to invite you to a telephone interview on 17/10/2029 at 14:30.\n\nYours sincerely,\nGraduate Recruitment, Harcourt Lane LLP',
    expect: [{ kind: 'interview', by: '2029-10-17', time: '14:30' }],
  },
  // Negatives.
  {
    ...NY,
    text: 'This week in Hiring Trends: 5 questions to ask at the end of your interview, and why most recruiters respond within 48 hours. Read more on our blog.\n\nUnsubscribe | Manage preferences',
    expect: [],
  },
  {
    ...LDN,
    text: 'Hi team,\n\nReminder that the interview panel for the Graduate Scheme sits on Thursday 18 October from 9am. Please review the CVs on the shared drive beforehand.\n\nThanks,\nPriya (HR)',
    expect: [],
  },
  {
    ...TOR,
    text: "Hi Alex,\n\nThanks so much for agreeing to come on the Career Pivot podcast! We'll record the interview on Tuesday, October 16 at 2pm ET over Riverside. Looking forward to it!\n\nNina, producer",
    expect: [],
  },
  {
    ...BOM,
    text: 'Dear Customer,\n\nYour KYC verification appointment is scheduled for 12-Oct-2029 at 11:00 AM at our Andheri branch. Please carry original documents.\n\nSahyadri Bank',
    expect: [],
  },
  {
    ...SYD,
    text: "New jobs for you\n\nRegistered Nurse – Westmead (apply by 20 Oct)\nClinical Nurse Specialist – Parramatta\n\nWe'll send you more matching roles within 24 hours of them being posted.",
    expect: [],
  },
  {
    ...CHI,
    text: 'Hi Rachel,\n\nThe candidate for your Staff Accountant opening, Ben Alvarez, can do Friday at 10am for his second interview. Shall I send him the invite?\n\nKeisha, Talent Acquisition',
    expect: [],
  },
  {
    ...NBO,
    text: 'Dear Parents,\n\nParent-teacher conferences will be held on Friday 19 October from 8am. Please book your slot with the class teacher by Wednesday.\n\nThe Principal',
    expect: [],
  },
  {
    ...JNB,
    text: 'Hi Sipho,\n\nNomvula Khumalo has given your name as a referee for a Project Coordinator role with us. Would you be available for a 10-minute reference call on Monday at 2pm?\n\nRegards,\nCraig, Talent, Ubuntu Energy',
    expect: [],
  },
  {
    ...DUB,
    text: 'Your induction session with trainer Aoife is booked for Saturday 13 October at 10:00. Reply STOP to opt out.',
    expect: [],
  },
  {
    ...LA,
    text: 'All staff: open enrollment for 2030 benefits closes on October 31. HR will respond to questions within two business days.',
    expect: [],
  },
  {
    ...MNL,
    text: 'Hi Joy, can you cover my shift on Friday? I have a job interview at 2pm lol. Thanks! Bea',
    expect: [],
  },
];
