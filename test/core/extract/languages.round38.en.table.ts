// Round 420 (issue 13): written BEFORE the engine read it, after round 410's fixes and thread round r69. Sent on the
// Monday between Europe's and North America's clock changes: a 3pm GMT meeting on 5 November for a New York reader
// falls after the US change. Positives: Lever, SEEK, Paradox's "Olivia", a Diwali closure beside a promise, a window
// counted from a panel's recommendation day, "this Thursday", a Spanish "05/11/2030". Negatives: job-board and HR
// system notices (a recruiter viewed the application, "Employers typically respond within 3 days", time off
// approved), a Medicare claim, a laptop delivery, a careers fair, a new hire's welcome lunch, an Aadhaar update, a new
// barista's training shift, a WOF inspection, an interview skills workshop, the reader interviewing, a referral, the
// reader as hiring manager. Names, companies and dates are invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Monday 28 October 2030, 10:45 local.
const NY = { sentAt: '2030-10-28T10:45:00-04:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2030-10-28T10:45:00-05:00', tz: 'America/Chicago' } as const;
const DEN = { sentAt: '2030-10-28T10:45:00-06:00', tz: 'America/Denver' } as const;
const LA = { sentAt: '2030-10-28T10:45:00-07:00', tz: 'America/Los_Angeles' } as const;
const TOR = { sentAt: '2030-10-28T10:45:00-04:00', tz: 'America/Toronto' } as const;
const LDN = { sentAt: '2030-10-28T10:45:00+00:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2030-10-28T10:45:00+00:00', tz: 'Europe/Dublin' } as const;
const BER = { sentAt: '2030-10-28T10:45:00+01:00', tz: 'Europe/Berlin' } as const;
const MAD = { sentAt: '2030-10-28T10:45:00+01:00', tz: 'Europe/Madrid' } as const;
const JNB = { sentAt: '2030-10-28T10:45:00+02:00', tz: 'Africa/Johannesburg' } as const;
const BOM = { sentAt: '2030-10-28T10:45:00+05:30', tz: 'Asia/Kolkata' } as const;
const SIN = { sentAt: '2030-10-28T10:45:00+08:00', tz: 'Asia/Singapore' } as const;
const SYD = { sentAt: '2030-10-28T10:45:00+11:00', tz: 'Australia/Sydney' } as const;
const AKL = { sentAt: '2030-10-28T10:45:00+13:00', tz: 'Pacific/Auckland' } as const;

/** Round 420: English whole messages, fourteen positives and fourteen negatives. */
export const ROUND_420_EN: readonly PhraseRow[] = [
  // Positives.
  {
    ...NY,
    text: 'Hi Alex, our London team would like to meet you on Tuesday 5 November at 3pm GMT. Does that work?\n\nPriya, Talent',
    expect: [{ kind: 'interview', by: '2030-11-05', time: '10:00' }],
  },
  {
    ...LDN,
    text: "Hi Beth,\n\nThanks so much for applying to Quill! Our team is reviewing your application and we'll reach out within the next two weeks if there's a match.\n\nThe Quill Team",
    expect: [{ kind: 'response-by', by: '2030-11-11' }],
  },
  {
    ...CHI,
    text: "Hi Marcus, quick update: the hiring manager is traveling this week, so we'll circle back with next steps on Monday.\n\nTrish",
    expect: [{ kind: 'response-by', by: '2030-11-04' }],
  },
  {
    ...SYD,
    text: "Hi Ava,\n\nCongratulations, you've been shortlisted! We'd like to invite you to a video interview on Thursday 31 October at 1:30pm AEDT via Microsoft Teams.\n\nBondi Health Careers",
    expect: [{ kind: 'interview', by: '2030-10-31', time: '13:30' }],
  },
  {
    ...BER,
    text: 'Dear Felix,\n\nThank you for the interview. We will inform you of our decision by 8 November at the latest.\n\nKind regards,\nHR',
    expect: [{ kind: 'response-by', by: '2030-11-08' }],
  },
  {
    ...DUB,
    text: "Hi Ronan, unfortunately, following the panel's review, you have not been selected to progress to the next stage.\n\nTalent Team",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...TOR,
    text: "Hi Sofia, we're excited to offer you the role of Product Designer at Maple Labs! Please review the attached offer and let us know your decision by Friday, November 1.\n\nDevon",
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...BOM,
    text: 'Dear Arjun,\n\nPlease note that due to the Diwali holidays, our office will be closed until 4th November. We will resume the selection process thereafter and revert by 8th November.\n\nRegards,\nHR',
    expect: [{ kind: 'response-by', by: '2030-11-08' }],
  },
  {
    ...LA,
    text: 'Hi Jordan! This is Olivia, the virtual assistant for Sunset Coffee. Your interview is confirmed for Wed, Oct 30 at 2:15 PM at our Silver Lake store. Reply C to confirm or R to reschedule.',
    expect: [{ kind: 'interview', by: '2030-10-30', time: '14:15' }],
  },
  {
    ...AKL,
    text: 'Kia ora Wiremu, please hold off on contacting us until after the vacancy closes on Friday 8 November.\n\nNgā mihi,\nTe Whare Recruitment',
    expect: [{ kind: 'no-contact-before', by: '2030-11-09' }],
  },
  {
    ...SIN,
    text: 'Hi Mei Ling, thank you for your interest. Please do not call or WhatsApp our HR team regarding your application status.\n\nLion City Retail',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...JNB,
    text: 'Dear Lerato,\n\nFollowing your interview on 24 October, the panel will make a recommendation by 1 November, and HR will contact you within three working days of that date.\n\nHuman Capital',
    expect: [{ kind: 'response-by', by: '2030-11-06' }],
  },
  {
    ...DEN,
    text: 'Hi Kelsey, the team would like to bring you in for a final round. Are you free this Thursday at 10am?\n\nBrooke',
    expect: [{ kind: 'interview', by: '2030-10-31', time: '10:00' }],
  },
  {
    ...MAD,
    text: 'Dear Álvaro, we would like to schedule a call with our CTO on 05/11/2030 at 17:00 CET.\n\nBest regards,\nTalent Team',
    expect: [{ kind: 'interview', by: '2030-11-05', time: '17:00' }],
  },
  // Negatives.
  {
    ...NY,
    text: 'Your application was viewed by the recruiter at Hudson Analytics. See who else applied and how you compare.',
    expect: [],
  },
  {
    ...LDN,
    text: 'Good news, Beth! The employer has reviewed your application for Office Manager. Employers typically respond within 3 days.',
    expect: [],
  },
  {
    ...CHI,
    text: 'Your time off request for Friday, November 1 has been approved by your manager.\n\nWorkday',
    expect: [],
  },
  {
    ...SYD,
    text: 'Hi Ava, your Medicare claim has been processed. Funds will be in your account within 2 business days.',
    expect: [],
  },
  {
    ...BER,
    text: 'Dear Felix, thank you for your order. Your new laptop will be delivered on Thursday between 8:00 and 12:00.',
    expect: [],
  },
  {
    ...DUB,
    text: "Hi Ronan, don't forget: the careers fair at UCD is on Wednesday 30 October from 10am. Over 80 employers attending!",
    expect: [],
  },
  {
    ...TOR,
    text: "Hi Sofia, as our newest hire, you're invited to the welcome lunch on Friday at noon!",
    expect: [],
  },
  {
    ...BOM,
    text: 'Dear Arjun, your Aadhaar update appointment is scheduled on 30/10/2030 at 11:30 AM at the Enrolment Centre.',
    expect: [],
  },
  {
    ...LA,
    text: 'Hi Jordan, your barista training shift is on Saturday from 6am to 10am. Wear black!',
    expect: [],
  },
  {
    ...AKL,
    text: 'Kia ora Wiremu, your WOF inspection is booked for Tuesday 29 October at 8:30am.',
    expect: [],
  },
  {
    ...SIN,
    text: 'Hi Mei Ling, reminder: the interview skills workshop by the NTU Career Office is on Thursday at 7pm.',
    expect: [],
  },
  {
    ...JNB,
    text: 'Dear Lerato, you are invited to interview the shortlisted candidates for the Finance Clerk post on Thursday 31 October at 09:00.',
    expect: [],
  },
  {
    ...DEN,
    text: 'Hi Kelsey, thanks for referring your friend Jake! His phone screen is Wednesday at 3pm.',
    expect: [],
  },
  {
    ...MAD,
    text: 'Dear Álvaro, as the hiring manager for this role, please confirm the interview slots for the three finalists by Wednesday.',
    expect: [],
  },
];
