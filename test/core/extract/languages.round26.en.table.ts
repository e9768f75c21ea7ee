// Round 300 (issue 13): written BEFORE the engine read it, after round 290b, r64, r65 and mailbox 6's fixes.
// Positives: the reader's own calendar reminder, a recruiter's one-line ask, an interview brought forward, an Indian
// "not been shortlisted", "by close of business Friday", "in a fortnight's time", a hold-off and a promise together,
// a passive no-calls, an informal offer, a window counted from the interview named a sentence before, a Pacific time
// for a reader in India. Negatives of kinds not tried before: a one-way video interview's link, a coding test's
// deadline, an office manager asked to book a room for someone's interview, a dental recall, concert tickets, a
// university open day, an employer's careers live session, an MOT reminder, an agency's newsletter, a phishing
// threat, the reader's own interviewer calendar entry, a prescription, a gym membership. Names, companies and dates
// are invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Tuesday 16 October 2029, 11:10 local.
const NY = { sentAt: '2029-10-16T11:10:00-04:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2029-10-16T11:10:00-05:00', tz: 'America/Chicago' } as const;
const DEN = { sentAt: '2029-10-16T11:10:00-06:00', tz: 'America/Denver' } as const;
const LA = { sentAt: '2029-10-16T11:10:00-07:00', tz: 'America/Los_Angeles' } as const;
const LDN = { sentAt: '2029-10-16T11:10:00+01:00', tz: 'Europe/London' } as const;
const OSL = { sentAt: '2029-10-16T11:10:00+02:00', tz: 'Europe/Oslo' } as const;
const ACC = { sentAt: '2029-10-16T11:10:00+00:00', tz: 'Africa/Accra' } as const;
const JNB = { sentAt: '2029-10-16T11:10:00+02:00', tz: 'Africa/Johannesburg' } as const;
const KOL = { sentAt: '2029-10-16T11:10:00+05:30', tz: 'Asia/Kolkata' } as const;
const SYD = { sentAt: '2029-10-16T11:10:00+11:00', tz: 'Australia/Sydney' } as const;

/** Round 300: English whole messages, half of them negatives. */
export const ROUND_300_EN: readonly PhraseRow[] = [
  // Positives.
  {
    ...CHI,
    text: 'Reminder: Interview with Kestrel Aerospace\nThursday Oct 18, 2029 ⋅ 2:30 – 3:30pm (Central Time - Chicago)\nJoining info: meet.google.com/abc-defg-hij',
    expect: [{ kind: 'interview', by: '2029-10-18', time: '14:30' }],
  },
  {
    ...NY,
    text: "Hey Sam, any chance you could jump on a call with Priya tomorrow at 11? She's the hiring manager for the analytics role. Let me know!",
    expect: [{ kind: 'interview', by: '2029-10-17', time: '11:00' }],
  },
  {
    ...LDN,
    text: 'Hi Ruth,\n\nWould it be possible to bring your interview forward to Thursday 18 October at 9:00? The panel has a clash in the afternoon.\n\nKind regards,\nHR, Kelvin Engineering',
    expect: [{ kind: 'interview', by: '2029-10-18', time: '09:00' }],
  },
  {
    ...KOL,
    text: 'Dear Ankit,\n\nThank you for your interest in the position of Senior Consultant. We regret to inform you that your profile has not been shortlisted for the next round.\n\nRegards,\nTalent Acquisition Team',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...DEN,
    text: "Hi Megan,\n\nThe panel is meeting this afternoon; you'll have our decision by close of business Friday.\n\nBest,\nAlan\nHiring Manager",
    expect: [{ kind: 'response-by', by: '2029-10-19' }],
  },
  {
    ...ACC,
    text: 'Dear Mr. Mensah,\n\nThank you for attending the interview. The committee will communicate its decision in a fortnight’s time.\n\nYours faithfully,\nRegistrar',
    expect: [{ kind: 'response-by', by: '2029-10-30' }],
  },
  {
    ...SYD,
    text: "Hi Bella,\n\nWe've got a lot of applicants, so please don't check in before Monday 29 October — we'll be in touch with everyone by 2 November.\n\nCheers,\nThe Koala Coffee team",
    expect: [
      { kind: 'no-contact-before', by: '2029-10-29' },
      { kind: 'response-by', by: '2029-11-02' },
    ],
  },
  {
    ...JNB,
    text: 'Dear Candidate,\n\nThank you for applying. Telephone enquiries regarding the status of applications will not be answered.\n\nHuman Resources, Cape Provincial Government',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...LA,
    text: 'Hey Jonah!! Great news – we want you on the team 🎉 Official offer coming your way tomorrow.\n\nMaddie',
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2029-10-17' },
    ],
  },
  {
    ...LDN,
    text: 'Hi Priya,\n\nYour final interview is on Wednesday 24 October. We aim to make a decision within three working days of it.\n\nBest,\nRecruitment',
    expect: [
      { kind: 'interview', by: '2029-10-24', time: null },
      { kind: 'response-by', by: '2029-10-29' },
    ],
  },
  {
    ...OSL,
    text: "Hi Lars, we'll get back to all finalists by the end of the month. Thanks for your patience!\n\nIngrid, People Ops",
    expect: [{ kind: 'response-by', by: '2029-10-31' }],
  },
  {
    ...KOL,
    text: 'Hi Ravi,\n\nYour call with our CTO is confirmed for Thursday 18 October at 9:00 AM PT.\n\nThanks,\nTalent, Sierra Cloud',
    expect: [{ kind: 'interview', by: '2029-10-18', time: '21:30' }],
  },
  // Negatives.
  {
    ...NY,
    text: "Hi Sam,\n\nYou're invited to complete a one-way video interview for the Analyst role. The link expires on Friday 19 October at 11:59 PM.\n\nSparkHire on behalf of Beacon Partners",
    expect: [],
  },
  {
    ...LDN,
    text: 'Your Codility test for Backend Engineer is ready. Please complete it within 5 days.',
    expect: [],
  },
  {
    ...LDN,
    text: "FYI – Tom's second interview with the CFO is Thursday at 3pm, can you book the boardroom?\n\nJess",
    expect: [],
  },
  {
    ...LDN,
    text: "It's time for your 6-month check-up! Book online or call us. Your last visit was 12 April.\n\nSmile Studio",
    expect: [],
  },
  {
    ...LDN,
    text: 'Your tickets: Arctic Monkeys – Saturday 27 October 2029, doors 7pm, O2 Arena.',
    expect: [],
  },
  {
    ...LDN,
    text: 'Thanks for registering for our Undergraduate Open Day on Saturday 20 October at 10am. Parking is free on campus.',
    expect: [],
  },
  {
    ...CHI,
    text: "Join Kestrel Aerospace's Life at Kestrel live session – Thursday Oct 25 at 1pm CT. Meet our engineers and ask anything about careers here!",
    expect: [],
  },
  {
    ...LDN,
    text: "Your vehicle's MOT is due by 30 October 2029. Book now at any Kwik Fit centre.",
    expect: [],
  },
  {
    ...LDN,
    text: 'This month at Harvey Nash: salary survey results are out, and our next London tech meetup is on Wednesday 24 October at 6:30pm. See you there!',
    expect: [],
  },
  {
    ...NY,
    text: 'URGENT: Your account will be suspended within 24 hours unless you verify your details.',
    expect: [],
  },
  {
    ...NY,
    text: "Interview: Jane Doe – Senior Designer\nWhen: Thursday, October 18, 2029 3:00 PM-4:00 PM\nInterviewers: You, Marco Rossi\nPlease review the candidate's portfolio beforehand.",
    expect: [],
  },
  {
    ...LDN,
    text: 'Your prescription is ready for collection from Boots, High Street. Please collect within 14 days.',
    expect: [],
  },
  {
    ...LDN,
    text: 'Your membership freeze ends on Monday 22 October. Your next payment will be taken on 1 November.\n\nPureGym',
    expect: [],
  },
];
