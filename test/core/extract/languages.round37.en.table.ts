// Round 410 (issue 13): written BEFORE the engine read it, after round 400. Positives in forms not tried before: a
// headhunter's cold outreach proposing one call, an internal application, a Teams invitation with its "(UTC-06:00)"
// line, a Google Calendar "Updated invitation", "by the end of that week" after a committee next Wednesday, a decision
// put off until after Christmas, an offer letter "within 2 working days", a hold-off until after Thanksgiving, a South
// African "27/11/2031". Negatives that use a job's words: a rental application, a 1:1, the reader as interviewer in an
// ATS reminder, interns' decisions told to a team, a residence permit, parent–teacher interviews, a friend's
// congratulations, a flu jab, a passport interview slot, a podcast, a smart ID card, a referral, a ski lesson, a
// hiring panel's block. Names, companies and dates are invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Thursday 20 November 2031, 14:05 local.
const NY = { sentAt: '2031-11-20T14:05:00-05:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2031-11-20T14:05:00-06:00', tz: 'America/Chicago' } as const;
const DEN = { sentAt: '2031-11-20T14:05:00-07:00', tz: 'America/Denver' } as const;
const LA = { sentAt: '2031-11-20T14:05:00-08:00', tz: 'America/Los_Angeles' } as const;
const TOR = { sentAt: '2031-11-20T14:05:00-05:00', tz: 'America/Toronto' } as const;
const LDN = { sentAt: '2031-11-20T14:05:00+00:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2031-11-20T14:05:00+00:00', tz: 'Europe/Dublin' } as const;
const BER = { sentAt: '2031-11-20T14:05:00+01:00', tz: 'Europe/Berlin' } as const;
const MAD = { sentAt: '2031-11-20T14:05:00+01:00', tz: 'Europe/Madrid' } as const;
const JNB = { sentAt: '2031-11-20T14:05:00+02:00', tz: 'Africa/Johannesburg' } as const;
const BOM = { sentAt: '2031-11-20T14:05:00+05:30', tz: 'Asia/Kolkata' } as const;
const SIN = { sentAt: '2031-11-20T14:05:00+08:00', tz: 'Asia/Singapore' } as const;
const SYD = { sentAt: '2031-11-20T14:05:00+11:00', tz: 'Australia/Sydney' } as const;
const AKL = { sentAt: '2031-11-20T14:05:00+13:00', tz: 'Pacific/Auckland' } as const;

/** Round 410: English whole messages, fourteen positives and fourteen negatives. */
export const ROUND_410_EN: readonly PhraseRow[] = [
  // Positives.
  {
    ...NY,
    text: "Hi Maya,\n\nI came across your profile and think you'd be a great fit for a Senior Data Engineer role at one of our fintech clients. Would you be open to a quick call on Monday at 11am ET?\n\nBest,\nTrevor | Apex Search Partners",
    expect: [{ kind: 'interview', by: '2031-11-24', time: '11:00' }],
  },
  {
    ...LDN,
    text: "Hi Tom,\n\nThanks for applying internally for the Team Lead role. I'd like to set up a conversation with Priya and me on Tuesday 25 November at 15:30 in Room 2.14.\n\nThanks,\nHelen (HR Business Partner)",
    expect: [{ kind: 'interview', by: '2031-11-25', time: '15:30' }],
  },
  {
    ...CHI,
    text: 'Interview: Supply Chain Analyst – Round 2\n\nThursday, December 4, 2031 10:00 AM-11:00 AM (UTC-06:00) Central Time (US & Canada)\n\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting\nMeeting ID: 245 118 903 22',
    expect: [{ kind: 'interview', by: '2031-12-04', time: '10:00' }],
  },
  {
    ...SYD,
    text: 'Updated invitation: Interview with Coral Logistics @ Tue 25 Nov 2031 3pm - 4pm (AEDT)\n\nThis event has been changed.\nWhen: Changed: Tue 25 Nov 2031 3pm – 4pm Australian Eastern Daylight Time - Sydney',
    expect: [{ kind: 'interview', by: '2031-11-25', time: '15:00' }],
  },
  {
    ...BER,
    text: 'Dear Mr. Weber,\n\nThank you very much for your interest in Kranich Technik GmbH. Unfortunately, we have decided to pursue other applicants whose profiles match our requirements more closely.\n\nWe wish you all the best for your future career.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...TOR,
    text: "Hi Jaspreet,\n\nThank you for your patience! The hiring committee meets next Wednesday, and I'll be in touch by the end of that week with the outcome.\n\nWarmly,\nChantal",
    expect: [{ kind: 'response-by', by: '2031-11-28' }],
  },
  {
    ...DUB,
    text: "Hi Aoife, just to let you know, we're pushing back all decisions until after the Christmas break. I'll be in touch by 9 January.\n\nNiamh",
    expect: [{ kind: 'response-by', by: '2032-01-09' }],
  },
  {
    ...AKL,
    text: "Kia ora Ana, thanks for applying. Please don't ring the branch about your application; we'll email everyone by Friday 28 November.\n\nKiwi Bank Careers",
    expect: [{ kind: 'no-calls' }, { kind: 'response-by', by: '2031-11-28' }],
  },
  {
    ...BOM,
    text: 'Dear Rahul,\n\nCongratulations! We are pleased to extend an offer to you for the position of Data Scientist. The offer letter will be shared with you within 2 working days.\n\nRegards,\nTalent Acquisition',
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2031-11-24' },
    ],
  },
  {
    ...LA,
    text: "Hi Nico, our team is out next week for Thanksgiving, so you won't hear from us before Monday, December 1. Please hold off on follow-ups until then.\n\nThanks,\nLeah",
    expect: [{ kind: 'no-contact-before', by: '2031-12-01' }],
  },
  {
    ...JNB,
    text: 'Dear Zanele,\n\nWe would like to invite you to a competency-based interview on 27/11/2031 at 09:30 at our Rosebank office.\n\nHuman Capital',
    expect: [{ kind: 'interview', by: '2031-11-27', time: '09:30' }],
  },
  {
    ...SIN,
    text: 'Hi Jun Hao, thank you for speaking with us. We will update you on the outcome in the next 3 to 5 working days.\n\nBest regards,\nTalent Team',
    expect: [{ kind: 'response-by', by: '2031-11-27' }],
  },
  {
    ...DEN,
    text: 'Hi Hailey, the hiring manager asked if you could come back in for a short follow-up chat. Does tomorrow at 4:15pm work?\n\nBrooke',
    expect: [{ kind: 'interview', by: '2031-11-21', time: '16:15' }],
  },
  {
    ...MAD,
    text: 'Dear Pablo, I regret to inform you that the role has been filled. Thank you for your interest in Solmar Hotels.\n\nHR',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  // Negatives.
  {
    ...NY,
    text: 'Hi Maya, your rental application for 22 Oak St has been approved! The landlord will reach out within 48 hours to schedule the lease signing.',
    expect: [],
  },
  {
    ...LDN,
    text: 'Hi Tom, reminder: your 1:1 with Helen is moved to Tuesday at 10:00.',
    expect: [],
  },
  {
    ...CHI,
    text: 'Your interview with Priya Shah for Supply Chain Analyst is tomorrow at 10:00 AM CT. Review the interview kit and submit your scorecard afterwards.\n\nGreenhouse',
    expect: [],
  },
  {
    ...SYD,
    text: 'Hi team, the intern interviews are wrapping up on Friday; decisions will go out by Wednesday 3 December.',
    expect: [],
  },
  {
    ...BER,
    text: 'Dear Mr. Weber, your appointment at the Ausländerbehörde to collect your residence permit is on 26.11.2031 at 10:40.',
    expect: [],
  },
  {
    ...TOR,
    text: 'Hi Jaspreet, reminder that parent–teacher interviews are Thursday evening; your slot is 6:40 PM with Ms. Gagnon.',
    expect: [],
  },
  {
    ...DUB,
    text: 'Hi Aoife! Congrats on the new job!! We should celebrate. Dinner Saturday at 8?',
    expect: [],
  },
  {
    ...AKL,
    text: 'Kia ora Ana, your flu jab is booked at Unichem for Monday 24 November at 11:20am.',
    expect: [],
  },
  {
    ...BOM,
    text: 'Dear Rahul, your interview slot for the passport application is confirmed at PSK Andheri on 25/11/2031 at 10:15.',
    expect: [],
  },
  {
    ...LA,
    text: 'Hi Nico, our podcast team would love to interview you about your career change for episode 42. Does Tuesday at 2pm PT work?',
    expect: [],
  },
  {
    ...JNB,
    text: 'Dear Zanele, your Home Affairs appointment for your smart ID card is on 27 November at 08:00.',
    expect: [],
  },
  {
    ...SIN,
    text: "Hi Jun Hao, the candidate you referred, Marcus Tan, will be interviewed on Monday at 3pm. We'll let you know the outcome within a week.",
    expect: [],
  },
  {
    ...DEN,
    text: 'Hi Hailey, your ski lesson is confirmed for Saturday at 9:00 AM at Winter Park. Meet your instructor at the base.',
    expect: [],
  },
  {
    ...MAD,
    text: 'Dear Pablo, as a member of the hiring panel, please block Wednesday 26 November from 9:00 to 13:00 for the final interviews.',
    expect: [],
  },
];
