// Round 400 (issue 13): written BEFORE the engine read it, after round 390's fixes and the send check's languages. Its
// negatives are job mail that states dates but no finding (TIMELINE-CONVENTIONS.md "Not a response timeline"): an
// acknowledgement with no window, a closing date and an interview week for everyone, a cancelled interview with no new
// date, three slots to choose from, a first day, "as soon as possible", an assessment's deadline, a past interview
// beside an office closure, a talent pool, office hours, an interview's length, a pay day, a past promise, a check
// counted from an event with no date, "being scheduled", a deadline of the candidate's. Positives: the same
// senders' promises, slots, outcomes, hold-offs and no-calls. Names, companies and dates are invented; answers
// follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Wednesday 24 July 2030, 13:20 local.
const NY = { sentAt: '2030-07-24T13:20:00-04:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2030-07-24T13:20:00-05:00', tz: 'America/Chicago' } as const;
const LA = { sentAt: '2030-07-24T13:20:00-07:00', tz: 'America/Los_Angeles' } as const;
const TOR = { sentAt: '2030-07-24T13:20:00-04:00', tz: 'America/Toronto' } as const;
const LDN = { sentAt: '2030-07-24T13:20:00+01:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2030-07-24T13:20:00+01:00', tz: 'Europe/Dublin' } as const;
const BER = { sentAt: '2030-07-24T13:20:00+02:00', tz: 'Europe/Berlin' } as const;
const MAD = { sentAt: '2030-07-24T13:20:00+02:00', tz: 'Europe/Madrid' } as const;
const JNB = { sentAt: '2030-07-24T13:20:00+02:00', tz: 'Africa/Johannesburg' } as const;
const BOM = { sentAt: '2030-07-24T13:20:00+05:30', tz: 'Asia/Kolkata' } as const;
const SIN = { sentAt: '2030-07-24T13:20:00+08:00', tz: 'Asia/Singapore' } as const;
const SYD = { sentAt: '2030-07-24T13:20:00+10:00', tz: 'Australia/Sydney' } as const;
const AKL = { sentAt: '2030-07-24T13:20:00+12:00', tz: 'Pacific/Auckland' } as const;

/** Round 400: English whole messages, twelve positives and sixteen negatives, all of them job mail. */
export const ROUND_400_EN: readonly PhraseRow[] = [
  // Positives.
  {
    ...NY,
    text: "Hi Jordan, thanks again for chatting with the team. We're aiming to wrap up our decision by Tuesday next week.\n\nBest,\nJess",
    expect: [{ kind: 'response-by', by: '2030-07-30' }],
  },
  {
    ...LDN,
    text: 'Dear Fatima,\n\nWe are pleased to invite you to interview for the role of Policy Officer on Tuesday 6 August 2030 at 11:15 at 10 Victoria Street.\n\nHR Team',
    expect: [{ kind: 'interview', by: '2030-08-06', time: '11:15' }],
  },
  {
    ...TOR,
    text: 'Hi Kyle,\n\nGood news: the position is back on! Could you do Monday, July 29 at 1:30 PM instead?\n\nBest,\nAmanda',
    expect: [{ kind: 'interview', by: '2030-07-29', time: '13:30' }],
  },
  {
    ...SYD,
    text: 'Hi Chloe, great, Wednesday 31 July at 2pm it is. See you then!\n\nMark',
    expect: [{ kind: 'interview', by: '2030-07-31', time: '14:00' }],
  },
  {
    ...CHI,
    text: "Hi Devon,\n\nThank you for interviewing with us. After careful consideration, we've decided not to move forward with your candidacy at this time.\n\nPeople Ops",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...BER,
    text: 'Dear Lukas,\n\nThank you for your time on Monday. You can expect our decision within the next 10 working days.\n\nKind regards,\nAnna',
    expect: [{ kind: 'response-by', by: '2030-08-07' }],
  },
  {
    ...DUB,
    text: "Hi Siobhan, please don't follow up before 5 August: the panel is on annual leave until then.\n\nTalent Team",
    expect: [{ kind: 'no-contact-before', by: '2030-08-05' }],
  },
  {
    ...LA,
    text: 'Hi Marco, please note we do not accept phone calls regarding the status of applications. Thank you for understanding.\n\nRecruiting',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...SIN,
    text: 'Dear Wei Ming,\n\nThank you for attending the interview. You will hear from us no later than Friday, 2 August 2030.\n\nHR',
    expect: [{ kind: 'response-by', by: '2030-08-02' }],
  },
  {
    ...BOM,
    text: 'Dear Priya,\n\nWe are happy to offer you the role of Business Analyst with an annual CTC of INR 14,00,000. Kindly revert with your acceptance by 29th July.\n\nRegards,\nHR',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...JNB,
    text: 'Dear Sipho,\n\nYou are invited to a panel interview on Thursday, 1 August 2030 at 10h00 at our Sandton office.\n\nRecruitment',
    expect: [{ kind: 'interview', by: '2030-08-01', time: '10:00' }],
  },
  {
    ...AKL,
    text: "Kia ora Mere, just a heads-up that we'll have an update for you in a fortnight.\n\nNgā mihi,\nTama",
    expect: [{ kind: 'response-by', by: '2030-08-07' }],
  },
  // Negatives.
  {
    ...NY,
    text: 'Dear Jordan,\n\nThank you for applying for the Marketing Coordinator position at Bluepoint Media. We have received your application and our team will review it carefully. If your qualifications match our needs, we will contact you to discuss next steps.\n\nBluepoint Media Talent Team',
    expect: [],
  },
  {
    ...LDN,
    text: 'Dear Fatima,\n\nThank you for your application. Please note the closing date for this vacancy is 9 August 2030, and interviews are expected to take place in the week commencing 26 August.\n\nHR Team',
    expect: [],
  },
  {
    ...TOR,
    text: "Hi Kyle,\n\nThanks for your interest! Unfortunately we've had to cancel Friday's interview as the position is on hold. We'll reach out if it reopens.\n\nBest,\nAmanda",
    expect: [],
  },
  {
    ...SYD,
    text: 'Hi Chloe,\n\nCould you let me know which of these suits you for the final interview: Tuesday 30 July at 10am, Wednesday 31 July at 2pm, or Thursday 1 August at 9am?\n\nThanks,\nMark',
    expect: [],
  },
  {
    ...CHI,
    text: 'Hi Devon,\n\nHere are the details for your first day. It will be Monday, August 12. Please arrive at 8:30 AM at our Wacker Drive office, and bring two forms of ID.\n\nPeople Ops',
    expect: [],
  },
  {
    ...BER,
    text: 'Dear Lukas,\n\nThank you for your time on Monday. We are still reviewing all candidates and will get back to you as soon as possible.\n\nKind regards,\nAnna',
    expect: [],
  },
  {
    ...DUB,
    text: 'Hi Siobhan,\n\nPlease complete the online assessment by Sunday 28 July at 11:59pm. It takes around 45 minutes.\n\nTalent Team',
    expect: [],
  },
  {
    ...LA,
    text: 'Hi Marco, thanks again for interviewing with us on July 18! Our office will be closed from August 5 to August 9 for our summer break.\n\nRecruiting',
    expect: [],
  },
  {
    ...SIN,
    text: 'Dear Wei Ming,\n\nThank you for your interest. We will retain your CV in our talent pool for 12 months and contact you should a suitable role arise.\n\nHR',
    expect: [],
  },
  {
    ...BOM,
    text: 'Dear Priya,\n\nThank you for your application. Our recruitment team is available Monday to Friday, 9:30 AM to 6:00 PM IST for any queries.\n\nRegards,\nHR',
    expect: [],
  },
  {
    ...JNB,
    text: 'Dear Sipho,\n\nThe interview will last approximately 90 minutes and will include a 20-minute presentation. Further details will follow in due course.\n\nRecruitment',
    expect: [],
  },
  {
    ...AKL,
    text: 'Kia ora Mere, just confirming we received your signed contract. Your first pay day will be 15 August.\n\nPeople Team',
    expect: [],
  },
  {
    ...NY,
    text: 'Hi Sam,\n\nWe had hoped to make a decision by last Friday, but the process has taken longer than expected. Thanks for bearing with us.\n\nJess',
    expect: [],
  },
  {
    ...LDN,
    text: 'Dear Ollie,\n\nBackground checks usually take 3–5 business days once you submit the form. Please complete it via the link below.\n\nOnboarding Team',
    expect: [],
  },
  {
    ...CHI,
    text: 'Hi Tanya, your interview is being scheduled. Our coordinator will send you available times shortly.\n\nRecruiting',
    expect: [],
  },
  {
    ...MAD,
    text: 'Dear Lucía, please let us know by Friday whether you would like to proceed to the next stage.\n\nTalent Team',
    expect: [],
  },
];
