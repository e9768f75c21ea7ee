// Round 440 (issue 13): written BEFORE the engine read it, after round 430's fixes. Clocks in other words ("half past
// two", "14h30", "noon", "1400hrs prompt", "2.30 pm", "9:30–11:30 AM PT"), a lunch with the hiring manager, a working
// interview, "no need to check in before 1 July", a long weekend's "expect to hear from me on Tuesday". Negatives: a
// son's admission interview, a prefecture appointment, a friend's lunch, a youth service camp, a subscription, the
// recruiting team's offsite, the reader asked to sit in, a card, a child's try-out, a train ticket, the reader on a
// panel, a friend's new job, a flat viewing, a festival's volunteers. Names, companies and dates are invented; answers
// follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Tuesday 18 June 2030, 08:50 local.
const NY = { sentAt: '2030-06-18T08:50:00-04:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2030-06-18T08:50:00-05:00', tz: 'America/Chicago' } as const;
const DEN = { sentAt: '2030-06-18T08:50:00-06:00', tz: 'America/Denver' } as const;
const SEA = { sentAt: '2030-06-18T08:50:00-07:00', tz: 'America/Los_Angeles' } as const;
const TOR = { sentAt: '2030-06-18T08:50:00-04:00', tz: 'America/Toronto' } as const;
const LDN = { sentAt: '2030-06-18T08:50:00+01:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2030-06-18T08:50:00+01:00', tz: 'Europe/Dublin' } as const;
const PAR = { sentAt: '2030-06-18T08:50:00+02:00', tz: 'Europe/Paris' } as const;
const BER = { sentAt: '2030-06-18T08:50:00+02:00', tz: 'Europe/Berlin' } as const;
const LOS = { sentAt: '2030-06-18T08:50:00+01:00', tz: 'Africa/Lagos' } as const;
const CPT = { sentAt: '2030-06-18T08:50:00+02:00', tz: 'Africa/Johannesburg' } as const;
const MNL = { sentAt: '2030-06-18T08:50:00+08:00', tz: 'Asia/Manila' } as const;
const SIN = { sentAt: '2030-06-18T08:50:00+08:00', tz: 'Asia/Singapore' } as const;
const SYD = { sentAt: '2030-06-18T08:50:00+10:00', tz: 'Australia/Sydney' } as const;

/** Round 440: English whole messages, fourteen positives and fourteen negatives. */
export const ROUND_440_EN: readonly PhraseRow[] = [
  // Positives.
  {
    ...LDN,
    text: "Dear Omar,\n\nWe'd like to invite you to interview on Thursday 27 June at half past two at our Leeds office.\n\nKind regards,\nHR, Aire Valley Water",
    expect: [{ kind: 'interview', by: '2030-06-27', time: '14:30' }],
  },
  {
    ...PAR,
    text: 'Dear Camille, your interview is confirmed for Monday 24 June at 14h30 at our La Défense office.\n\nBest regards,\nTalent Team',
    expect: [{ kind: 'interview', by: '2030-06-24', time: '14:30' }],
  },
  {
    ...NY,
    text: 'Hi Zoe, can you do lunch with the hiring manager Thursday at noon? It would be an informal interview for the Brand Manager role.\n\nMaddie, Recruiting',
    expect: [{ kind: 'interview', by: '2030-06-20', time: '12:00' }],
  },
  {
    ...LOS,
    text: 'Dear Emeka,\n\nYou are invited for an oral interview on Friday, 21st June, 2030 by 1400hrs prompt at our Ikeja office.\n\nHuman Resources, Eko Breweries',
    expect: [{ kind: 'interview', by: '2030-06-21', time: '14:00' }],
  },
  {
    ...SYD,
    text: "Hi Tahlia, thanks for coming in. We'll get back to you by the end of next week. In the meantime, no need to follow up.\n\nJosh",
    expect: [{ kind: 'response-by', by: '2030-06-28' }],
  },
  {
    ...CHI,
    text: 'Hi Brandon, we received a lot of applications for the Warehouse Lead role. Our goal is to respond to everyone by July 3rd.\n\nRecruiting',
    expect: [{ kind: 'response-by', by: '2030-07-03' }],
  },
  {
    ...TOR,
    text: "Hi Priya, we're delighted to offer you the Analyst position! Your start date would be July 15 if you accept.\n\nDevon",
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...MNL,
    text: 'Hi Angelica, we regret to inform you that we will no longer be proceeding with your application. We will keep your resume on file.\n\nHR',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...SEA,
    text: 'Hi Dev, the panel is set: Wednesday 6/26, 9:30–11:30 AM PT, in Building 3.\n\nRecruiting Coordinator',
    expect: [{ kind: 'interview', by: '2030-06-26', time: '09:30' }],
  },
  {
    ...BER,
    text: 'Dear Lena, please refrain from calling our office; we will inform all applicants in writing by 5 July.\n\nHR',
    expect: [{ kind: 'no-calls' }, { kind: 'response-by', by: '2030-07-05' }],
  },
  {
    ...CPT,
    text: 'Dear Thandeka, no need to check in before 1 July: the committee meets on 28 June.\n\nRecruitment',
    expect: [{ kind: 'no-contact-before', by: '2030-07-01' }],
  },
  {
    ...DUB,
    text: 'Hi Seán, the team is away for the long weekend; expect to hear from me on Tuesday 25 June.\n\nNiamh',
    expect: [{ kind: 'response-by', by: '2030-06-25' }],
  },
  {
    ...SIN,
    text: 'Hi Xin Yi, following up on our call: would 2.30 pm on Friday suit you for the case interview?\n\nMarcus',
    expect: [{ kind: 'interview', by: '2030-06-21', time: '14:30' }],
  },
  {
    ...DEN,
    text: 'Hi Cole, just confirming your working interview on Saturday from 8am to noon at the Larimer St kitchen.\n\nChef Ana',
    expect: [{ kind: 'interview', by: '2030-06-22', time: '08:00' }],
  },
  // Negatives.
  {
    ...LDN,
    text: "Dear Omar, your son's Year 7 admission interview is on Thursday 27 June at 2:30pm.\n\nAdmissions Office",
    expect: [],
  },
  {
    ...PAR,
    text: 'Camille, reminder: your passport renewal appointment at the prefecture is on 24/06 at 9h15.',
    expect: [],
  },
  {
    ...NY,
    text: 'Hi Zoe, lunch Thursday at noon? My treat, want to hear all about the new job!',
    expect: [],
  },
  {
    ...LOS,
    text: 'Dear Emeka, your NYSC orientation camp begins on Friday 21 June. Report by 8am with your call-up letter.',
    expect: [],
  },
  {
    ...SYD,
    text: 'Hi Tahlia, your streaming subscription renews on 25 June.',
    expect: [],
  },
  {
    ...CHI,
    text: "Hi Brandon, the recruiting team offsite is Thursday; please don't schedule candidate interviews that day.",
    expect: [],
  },
  {
    ...TOR,
    text: "Hi Priya, I'm interviewing candidates for my team next week. Could you sit in on Tuesday's 2pm?",
    expect: [],
  },
  {
    ...MNL,
    text: 'Hi Angelica, your credit card application is approved. Your card will arrive within 7 to 10 banking days.',
    expect: [],
  },
  {
    ...SEA,
    text: "Hi Dev, your kid's soccer tryout is Saturday at 9am at Magnuson Park. Bring cleats!",
    expect: [],
  },
  {
    ...BER,
    text: 'Dear Lena, your train ticket for 24.06.2030, 08:12 Berlin Hbf to Hamburg Hbf is attached.',
    expect: [],
  },
  {
    ...CPT,
    text: 'Dear Thandeka, the interview panel (you, Sipho and me) will meet at 9am on Monday to shortlist.',
    expect: [],
  },
  {
    ...DUB,
    text: 'Hi Seán, I got the job!!! First day is Monday 1 July. Pints on Friday at 6?',
    expect: [],
  },
  {
    ...SIN,
    text: 'Hi Xin Yi, your HDB flat viewing is on Saturday at 10am.',
    expect: [],
  },
  {
    ...DEN,
    text: 'Hi Cole, thanks for signing up for the Denver Film Festival volunteer program! Orientation is Saturday at 10am.',
    expect: [],
  },
];
