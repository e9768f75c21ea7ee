// Round 320 (issue 13): written BEFORE the engine read it, after round 310's fixes. Positives from kinds of hiring
// not tried before (a LinkedIn message, a café's trial shift, an academic campus visit, an internal promotion, a
// police assessment centre, an apprenticeship, a Zambian appointment letter) and recruiters' short promises; negatives
// from a government application's status, a CV workshop, a flight, a swim gala, a stand-up, a card payment, a
// professional exam, leaving drinks, a recruiter writing to the reader as hiring manager, a spin class, a repair
// survey, a grocery delivery. Names, companies and dates are invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Monday 14 January 2030, 10:30 local.
const NY = { sentAt: '2030-01-14T10:30:00-05:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2030-01-14T10:30:00-06:00', tz: 'America/Chicago' } as const;
const TOR = { sentAt: '2030-01-14T10:30:00-05:00', tz: 'America/Toronto' } as const;
const LDN = { sentAt: '2030-01-14T10:30:00+00:00', tz: 'Europe/London' } as const;
const LUN = { sentAt: '2030-01-14T10:30:00+02:00', tz: 'Africa/Lusaka' } as const;
const DXB = { sentAt: '2030-01-14T10:30:00+04:00', tz: 'Asia/Dubai' } as const;
const KOL = { sentAt: '2030-01-14T10:30:00+05:30', tz: 'Asia/Kolkata' } as const;
const MEL = { sentAt: '2030-01-14T10:30:00+11:00', tz: 'Australia/Melbourne' } as const;

/** Round 320: English whole messages, half of them negatives. */
export const ROUND_320_EN: readonly PhraseRow[] = [
  // Positives.
  {
    ...LDN,
    text: "Hi Noor,\n\nI came across your profile and think you'd be a great fit for a Senior Product Manager role I'm hiring for at a Series B fintech. Are you open to a quick chat? How about Thursday at 2pm GMT?\n\nBest,\nOliver Grant\nTalent Partner, Lumio",
    expect: [{ kind: 'interview', by: '2030-01-17', time: '14:00' }],
  },
  {
    ...MEL,
    text: "Hi Jade, thanks for coming in! We'd like you to do a trial shift this Saturday from 10am to 2pm. Wear black trousers and comfy shoes.\n\nCheers,\nTom (Store Manager, Bean There Café)",
    expect: [{ kind: 'interview', by: '2030-01-19', time: '10:00' }],
  },
  {
    ...CHI,
    text: 'Dear Dr. Alvarez,\n\nOn behalf of the search committee, I am delighted to invite you for a campus visit for the Assistant Professor of Sociology position on February 12–13, 2030. Our department coordinator will be in touch with your itinerary.\n\nSincerely,\nProf. Helen Park\nChair, Search Committee',
    expect: [{ kind: 'interview', by: '2030-02-12', time: null }],
  },
  {
    ...LDN,
    text: 'Hi Sam,\n\nYour interview for the internal Team Lead vacancy is on Wednesday at 11am in Room 3.\n\nThanks,\nHR Business Partner',
    expect: [{ kind: 'interview', by: '2030-01-16', time: '11:00' }],
  },
  {
    ...LDN,
    text: 'Dear Candidate,\n\nCongratulations on passing the online tests. You are invited to the assessment centre on Tuesday 22 January 2030 at 08:30 at Hendon. Results will be sent within 10 working days of your assessment.\n\nPolice Recruitment',
    expect: [
      { kind: 'interview', by: '2030-01-22', time: '08:30' },
      { kind: 'response-by', by: '2030-02-05' },
    ],
  },
  {
    ...LDN,
    text: 'Dear Liam,\n\nThank you for applying for the Electrical Apprenticeship. Unfortunately on this occasion your application has been unsuccessful.\n\nBest wishes,\nNorthern Power Training',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...TOR,
    text: "Hi Farah, if you don't hear from me by Friday, assume the team went another way — but I'm hopeful!\n\nBen",
    expect: [{ kind: 'response-by', by: '2030-01-18' }],
  },
  {
    ...NY,
    text: "Hi Kai, we'll come back to you Monday with the panel's decision.\n\nBest,\nAna (HR)",
    expect: [{ kind: 'response-by', by: '2030-01-21' }],
  },
  {
    ...KOL,
    text: 'Hi Raj,\n\nThe CEO is reviewing all finalists this week, so kindly hold off on any follow-ups until Monday 21 January.\n\nRegards,\nPooja, HR',
    expect: [{ kind: 'no-contact-before', by: '2030-01-21' }],
  },
  {
    ...NY,
    text: 'Hi Lucy, thanks for your patience — we expect to wrap up final interviews this week and share decisions by the end of next week.\n\nWarmly,\nSara',
    expect: [{ kind: 'response-by', by: '2030-01-25' }],
  },
  {
    ...LUN,
    text: 'Dear Mr. Banda,\n\nWe are pleased to inform you that you have been selected for the position of Accountant. Kindly report for orientation on Monday 28 January 2030 at 8:00 am.\n\nHuman Resources Manager, Lusaka Water',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...DXB,
    text: "Hi Omar, no problem — we've moved your interview to Friday 18 January at 9:30. See you then!\n\nRana",
    expect: [{ kind: 'interview', by: '2030-01-18', time: '09:30' }],
  },
  // Negatives.
  {
    ...NY,
    text: 'Your application for Program Analyst (Announcement HHS-2030-0142) has been reviewed. Your status: Referred to the hiring manager. You will be notified when a selection is made.\n\nUSAJOBS',
    expect: [],
  },
  {
    ...LDN,
    text: "Hi Noor, join our free CV workshop on Thursday at 6pm — we'll review your CV live and share interview tips! Register here.\n\nOliver, CareerBoost",
    expect: [],
  },
  {
    ...LDN,
    text: 'Check in now for your flight to Lisbon on Friday 18 January at 07:05.',
    expect: [],
  },
  {
    ...LDN,
    text: 'Dear parents, the swim gala is on Saturday 19 January at 9am. Please confirm attendance by Wednesday.',
    expect: [],
  },
  {
    ...LDN,
    text: 'Daily stand-up\nMon–Fri 9:15–9:30 AM\nMicrosoft Teams meeting',
    expect: [],
  },
  {
    ...LDN,
    text: 'Your payment of £245.10 is due on 25 January 2030.\n\nHarbour Credit Card',
    expect: [],
  },
  {
    ...LDN,
    text: 'Your CFA Level I exam is scheduled for Tuesday 12 February 2030 at 8:30 AM at Pearson VUE London.',
    expect: [],
  },
  {
    ...LDN,
    text: "Hi all, Priya's leaving drinks are on Friday at 5:30pm at The Crown. Hope to see you there!",
    expect: [],
  },
  {
    ...LDN,
    text: "Hi Sam, I've shortlisted three candidates for your Data Engineer vacancy. Can we do a call on Wednesday at 3pm to go through them?\n\nMia, Apex Recruitment",
    expect: [],
  },
  {
    ...NY,
    text: 'Spin class moved to 7:15am tomorrow. See you on the bike!',
    expect: [],
  },
  {
    ...LDN,
    text: "We'd love your feedback on your recent repair. The survey closes in 7 days.\n\nCity Homes",
    expect: [],
  },
  {
    ...LDN,
    text: 'Your Tesco delivery is booked for Thursday 17 January between 6pm and 7pm.',
    expect: [],
  },
];
