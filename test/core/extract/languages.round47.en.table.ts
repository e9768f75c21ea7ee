// Round 510 (issue 13): written BEFORE the engine read it, at the start of the fifteenth pass, a week before US
// Thanksgiving. Positives: a Greenhouse "When: … · 2:00pm – 2:45pm (EST)" field, an agency's "Monday 28th", an NHS
// window "within 10 working days of the interview date" dated earlier in the sentence, a Workday "Date: 24/11/2033"
// block, a hiring manager's "by Wednesday at the latest", an offer whose letter follows "within two business days",
// a Naukri-style "19-Nov-2033 (Saturday)", a leave that holds off chasing with a promise for "the week she's back", a
// kitchen that can't take calls, a Teams invitation "(UTC+02:00) Harare, Pretoria", an ET onsite for a Denver reader,
// a Kenyan panel moved, "by the end of next week", a decision "within 3–5 working days after" a Sunday, a Manila
// "set tomorrow, 11:00 AM". Negatives: a visa interview, the reader as hiring manager, a performance review, a job
// alert, a mock interview with a coach, a dentist, a podcast, an acknowledgement without a date, jury service, a
// webinar on case interviews, the reader as a reference, a flat inspection, a first day, parent–teacher interviews,
// a survey on the interview experience, a job fair. Names, companies and dates are invented; answers follow
// TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Thursday 17 November 2033, 09:05 local.
const NY = { sentAt: '2033-11-17T09:05:00-05:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2033-11-17T09:05:00-06:00', tz: 'America/Chicago' } as const;
const DEN = { sentAt: '2033-11-17T09:05:00-07:00', tz: 'America/Denver' } as const;
const LA = { sentAt: '2033-11-17T09:05:00-08:00', tz: 'America/Los_Angeles' } as const;
const TOR = { sentAt: '2033-11-17T09:05:00-05:00', tz: 'America/Toronto' } as const;
const LDN = { sentAt: '2033-11-17T09:05:00+00:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2033-11-17T09:05:00+00:00', tz: 'Europe/Dublin' } as const;
const BOM = { sentAt: '2033-11-17T09:05:00+05:30', tz: 'Asia/Kolkata' } as const;
const SIN = { sentAt: '2033-11-17T09:05:00+08:00', tz: 'Asia/Singapore' } as const;
const MNL = { sentAt: '2033-11-17T09:05:00+08:00', tz: 'Asia/Manila' } as const;
const SYD = { sentAt: '2033-11-17T09:05:00+11:00', tz: 'Australia/Sydney' } as const;
const AKL = { sentAt: '2033-11-17T09:05:00+13:00', tz: 'Pacific/Auckland' } as const;
const JNB = { sentAt: '2033-11-17T09:05:00+02:00', tz: 'Africa/Johannesburg' } as const;
const NBO = { sentAt: '2033-11-17T09:05:00+03:00', tz: 'Africa/Nairobi' } as const;
const DXB = { sentAt: '2033-11-17T09:05:00+04:00', tz: 'Asia/Dubai' } as const;

/** Round 510: English whole messages, sixteen positives and sixteen negatives. */
export const ROUND_510_EN: readonly PhraseRow[] = [
  // Positives.
  {
    ...NY,
    text: 'Hi Priya,\n\nThanks for your time with the team today. Next up is a 45-minute technical review with our Staff Engineer, Marcus Lee.\n\nWhen: Tuesday, November 22, 2033 · 2:00pm – 2:45pm (EST)\nWhere: Zoom (details in the calendar invite)\n\nReply here if the time no longer works.\n\nCheers,\nNadia | Recruiting at Ferncliff',
    expect: [{ kind: 'interview', by: '2033-11-22', time: '14:00' }],
  },
  {
    ...LDN,
    text: "Morning Callum, quick one – the client came back and they'd like to see you for a second stage. They've offered Monday 28th at 10am at their Holborn office. Can you make that?\n\nCheers,\nJess\nHays Accountancy & Finance",
    expect: [{ kind: 'interview', by: '2033-11-28', time: '10:00' }],
  },
  {
    ...LDN,
    text: 'Dear Applicant,\n\nThank you for attending interview for the post of Band 6 Occupational Therapist on 15/11/2033. The panel is now completing its assessments and you will be notified of the outcome by email within 10 working days of the interview date.\n\nRecruitment Team\nLeeds Teaching Hospitals NHS Trust',
    expect: [{ kind: 'response-by', by: '2033-11-29' }],
  },
  {
    ...SIN,
    text: 'Dear Mei Ling,\n\nYour application for Regional Treasury Analyst (Req R-20417) has moved to the next step. Please find your interview details below.\n\nInterview Type: Video\nDate: 24/11/2033\nStart Time: 15:30 SGT\nDuration: 60 minutes\nInterviewer(s): Tan Wei Ming, Siti Rahman\n\nKind regards,\nTalent Acquisition, Straits Maritime Holdings',
    expect: [{ kind: 'interview', by: '2033-11-24', time: '15:30' }],
  },
  {
    ...CHI,
    text: "Hey Marcus — great chatting yesterday. I'm syncing with the other panelists Monday and you'll hear from me by Wednesday at the latest either way.\n\n— Dana",
    expect: [{ kind: 'response-by', by: '2033-11-23' }],
  },
  {
    ...SYD,
    text: "Hi Chloe,\n\nThank you for your patience. I'm sorry to let you know that we won't be progressing your application for the Graduate Planner role any further. We received over 300 applications and the standard was very high.\n\nAll the best,\nTalent Team, Harbourline Councils",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...TOR,
    text: "Hi Anjali,\n\nCongratulations! We'd love to extend you an offer for the role of Product Marketing Manager. The formal offer letter will follow from our People team within two business days.\n\nWarmly,\nGeoff Tremblay\nVP Marketing, Lakeshore Labs",
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2033-11-21' },
    ],
  },
  {
    ...BOM,
    text: 'Dear Rohan,\n\nGreetings from Zentrix Infotech!\n\nWith reference to your profile, you are shortlisted for the F2F interview round.\n\nDate: 19-Nov-2033 (Saturday)\nTime: 10:00 AM\nVenue: Zentrix Infotech, Tower B, Magarpatta City, Pune\n\nPlease carry a copy of your updated resume and a photo ID.\n\nRegards,\nHR Team',
    expect: [{ kind: 'interview', by: '2033-11-19', time: '10:00' }],
  },
  {
    ...DUB,
    text: "Hi Sinéad,\n\nThanks for applying. Just so you know, the hiring manager is on leave until 1 December, so we won't be shortlisting until she's back. Please hold off on chasing until then, and I'll be in touch the week she's back.\n\nBest,\nRóisín",
    expect: [
      { kind: 'no-contact-before', by: '2033-12-01' },
      { kind: 'response-by', by: '2033-12-02', fuzzy: true },
    ],
  },
  {
    ...LA,
    text: "Hi Jordan,\n\nThanks for applying to the Sous Chef opening at Marigold Kitchen. We review applications on a rolling basis. Our kitchen team can't take calls about applications, so please keep all questions to email.\n\n— Marigold Hiring",
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...JNB,
    text: 'Microsoft Teams meeting\n\nInterview: Financial Accountant – Thandiwe Nkosi\nFriday, 25 November 2033, 09:00–10:00 (UTC+02:00) Harare, Pretoria\n\nJoin on your computer, mobile app or room device\nClick here to join the meeting\nMeeting ID: 318 552 901 447\nPasscode: Xy7hQ2',
    expect: [{ kind: 'interview', by: '2033-11-25', time: '09:00' }],
  },
  {
    ...DEN,
    text: "Hi Aisha,\n\nConfirming your onsite for Wednesday 11/30, starting at 9:30 AM ET at our Hudson Yards office. You'll meet four people over about three hours, with lunch in the middle.\n\nSee you then,\nBrooke, Recruiting Coordinator",
    expect: [{ kind: 'interview', by: '2033-11-30', time: '07:30' }],
  },
  {
    ...NBO,
    text: 'Dear Kevin,\n\nDue to an unforeseen commitment, the panel will not be able to sit on Monday 21st November as planned. Kindly note that your interview has been moved to Wednesday 23rd November 2033 at 2:30 pm at our Upper Hill offices. We apologise for any inconvenience.\n\nYours faithfully,\nHuman Resources, Rift Valley Water Services',
    expect: [{ kind: 'interview', by: '2033-11-23', time: '14:30' }],
  },
  {
    ...AKL,
    text: 'Kia ora Mereana,\n\nThank you for your application for the Policy Advisor role. Shortlisting is under way and we expect to contact all applicants by the end of next week.\n\nNgā mihi,\nRecruitment, Te Awa Regional Council',
    expect: [{ kind: 'response-by', by: '2033-11-25' }],
  },
  {
    ...DXB,
    text: "Dear Omar,\n\nThank you for completing the assessment centre with us yesterday. Our panel's recommendations go to the Director on Sunday, and a final decision is usually communicated within 3–5 working days after that.\n\nBest regards,\nTalent Acquisition, Gulf Crest Logistics",
    expect: [{ kind: 'response-by', by: '2033-11-25' }],
  },
  {
    ...MNL,
    text: 'Hi Carlo,\n\nPlease be informed that your initial interview is set tomorrow, 11:00 AM via Zoom. Kindly be online 10 minutes before your schedule.\n\nThank you,\nJoanna\nRecruitment, Pacific Hub Outsourcing',
    expect: [{ kind: 'interview', by: '2033-11-18', time: '11:00' }],
  },
  // Negatives.
  {
    ...BOM,
    text: 'Dear Applicant,\n\nYour visa interview appointment at the U.S. Consulate General Mumbai is confirmed for Tuesday, 29 November 2033 at 08:15. Please arrive no more than 15 minutes before your appointment with your passport and DS-160 confirmation page.\n\nU.S. Visa Information Service',
    expect: [],
  },
  {
    ...LDN,
    text: "Hi Ellen,\n\nI've put three candidates in your diary for Thursday 24th – 10am, 11:30 and 2pm. Scorecards are in Greenhouse; please submit yours by end of day Friday.\n\nThanks,\nBecca (Talent)",
    expect: [],
  },
  {
    ...CHI,
    text: 'Hi Sam,\n\nYour mid-year performance review with Karen is booked for Monday 11/21 at 3pm in Conference Room B. Please complete your self-assessment in Workday beforehand.\n\nThanks,\nHR',
    expect: [],
  },
  {
    ...SYD,
    text: 'New jobs for you\n\nSenior Analyst – Westpac, Sydney NSW (posted 2 days ago)\nData Engineer – Canva, Surry Hills (closes 30 Nov)\nBusiness Analyst – NSW Health, Parramatta (closes Friday)\n\nApply before they close!\n\nYou are receiving this because you set up a job alert.',
    expect: [],
  },
  {
    ...TOR,
    text: "Hi Priya!\n\nJust a reminder of your mock interview session with your career coach on Monday, November 21 at 4:00 PM via Zoom. Bring the job description you're targeting and we'll practise from it.\n\nCareer Services, Lakeshore College",
    expect: [],
  },
  {
    ...DUB,
    text: 'Reminder: your appointment with Dr. Byrne at Ranelagh Dental is on Tuesday 22 November at 11:40. Reply C to confirm or call us on 01 496 0032 to rearrange.',
    expect: [],
  },
  {
    ...LA,
    text: "Hey Jordan,\n\nThanks so much for agreeing to come on the Build Different podcast! We'll record the interview on Friday, Dec 2 at 1pm PT over Riverside. I'll send a few questions ahead of time.\n\nTalk soon,\nMaya",
    expect: [],
  },
  {
    ...BOM,
    text: 'Dear Candidate,\n\nThank you for applying to Zentrix Infotech. Your application ID is ZX-44819. Our recruitment team will review your profile and contact you if it matches our requirements. Due to the high volume of applications, we are unable to respond to each applicant individually.\n\nRegards,\nTalent Acquisition',
    expect: [],
  },
  {
    ...LDN,
    text: 'Jury Summons\n\nYour jury service starts on Monday 5 December 2033 at 9:30am at Southwark Crown Court. Please bring this letter and photo ID. Expect to attend for up to ten working days.\n\nJury Central Summoning Bureau',
    expect: [],
  },
  {
    ...SIN,
    text: "Join our live webinar 'Cracking the Case Interview' on Thursday, 24 Nov at 7:30 PM SGT. A former consultant walks through two real cases. Register now — seats are limited!\n\nCareerLab Asia",
    expect: [],
  },
  {
    ...NY,
    text: 'Hi Tom,\n\nAlex Chen has listed you as a reference for the Senior Designer position at Loomwork. Would you have 15 minutes for a quick call on Monday at 11am ET to talk about your time working together?\n\nThanks,\nRenee, Talent at Loomwork',
    expect: [],
  },
  {
    ...AKL,
    text: "Hi Mereana,\n\nJust letting you know the property manager will be doing the routine inspection at your flat on Wednesday 23 November between 10am and 12pm. You don't need to be home.\n\nCheers,\nHarbour Property Management",
    expect: [],
  },
  {
    ...CHI,
    text: 'Hi Marcus,\n\nWelcome aboard! Just confirming your first day is Monday, December 5. Please arrive at 8:45 AM at the front desk on the 4th floor, and bring two forms of ID for your I-9.\n\nSee you soon,\nPeople Ops',
    expect: [],
  },
  {
    ...JNB,
    text: 'Dear Parents\n\nParent–teacher interviews for Grade 7 will be held on Tuesday 22 November from 14:00 to 18:00. Please book a slot via the D6 app by Monday.\n\nKind regards,\nMrs P. Naidoo\nGrade 7 Coordinator',
    expect: [],
  },
  {
    ...DXB,
    text: "Dear Omar,\n\nThank you for interviewing with us last week. We'd love your feedback on the process: the survey takes three minutes and closes on 30 November.\n\nBest regards,\nCandidate Experience Team",
    expect: [],
  },
  {
    ...MNL,
    text: "You're invited!\n\nManila Tech Job Fair 2033 is on Saturday, November 26, 9AM–5PM at SMX Convention Center. Meet 80+ employers and get interviewed on the spot. Pre-register now to skip the queue.",
    expect: [],
  },
];
