// Round 460 (issue 13): written BEFORE the engine read it, after the merges of fx301, lx302 and cx303, on the day
// before the US Independence Day holiday. Positives: "regroup after the holiday … early next week", a move at the
// candidate's request, "within 5–7 business days", an offer with a call tomorrow, "08.07.2031 from 15:00 to 16:00
// CEST", a Saturday final round in Mumbai, a hold-off until school holidays end, a postponement with a new slot, a
// studio closed for the holiday that asks not to be called, a window from the interview dated in the sentence.
// Negatives: a barbecue, annual leave approved, a physio, the reader asked to interview an applicant, a dog's
// grooming, an Anmeldung, a job site's profile views, school careers interviews, the writer's interview with a
// newspaper, a passport collection, a volunteer day, interview feedback due from the reader, a referral, a language
// placement test. Names, companies and dates are invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Wednesday 2 July 2031, 16:20 local.
const NY = { sentAt: '2031-07-02T16:20:00-04:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2031-07-02T16:20:00-05:00', tz: 'America/Chicago' } as const;
const LA = { sentAt: '2031-07-02T16:20:00-07:00', tz: 'America/Los_Angeles' } as const;
const TOR = { sentAt: '2031-07-02T16:20:00-04:00', tz: 'America/Toronto' } as const;
const LDN = { sentAt: '2031-07-02T16:20:00+01:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2031-07-02T16:20:00+01:00', tz: 'Europe/Dublin' } as const;
const BER = { sentAt: '2031-07-02T16:20:00+02:00', tz: 'Europe/Berlin' } as const;
const MAD = { sentAt: '2031-07-02T16:20:00+02:00', tz: 'Europe/Madrid' } as const;
const CPT = { sentAt: '2031-07-02T16:20:00+02:00', tz: 'Africa/Johannesburg' } as const;
const BOM = { sentAt: '2031-07-02T16:20:00+05:30', tz: 'Asia/Kolkata' } as const;
const SIN = { sentAt: '2031-07-02T16:20:00+08:00', tz: 'Asia/Singapore' } as const;
const MNL = { sentAt: '2031-07-02T16:20:00+08:00', tz: 'Asia/Manila' } as const;
const SYD = { sentAt: '2031-07-02T16:20:00+10:00', tz: 'Australia/Sydney' } as const;
const AKL = { sentAt: '2031-07-02T16:20:00+12:00', tz: 'Pacific/Auckland' } as const;

/** Round 460: English whole messages, fourteen positives and fourteen negatives. */
export const ROUND_460_EN: readonly PhraseRow[] = [
  // Positives.
  {
    ...NY,
    text: "Hi Gina, happy almost-4th! We'll regroup after the holiday and I'll have an update for you early next week.\n\nBest,\nRyan",
    expect: [{ kind: 'response-by', by: '2031-07-09', fuzzy: true }],
  },
  {
    ...LDN,
    text: "Hi Tom, no problem at all. I've moved your interview to Friday 11 July at 11:30, same Teams link.\n\nKatie",
    expect: [{ kind: 'interview', by: '2031-07-11', time: '11:30' }],
  },
  {
    ...SYD,
    text: 'Hi Zara, thanks for your application to Bondi Health. We review applications weekly and will be in touch within 5–7 business days.\n\nPeople & Culture',
    expect: [{ kind: 'response-by', by: '2031-07-11' }],
  },
  {
    ...TOR,
    text: 'Hi Liam, unfortunately the hiring manager has decided to pursue candidates with more direct experience in logistics. Thanks again for your time.\n\nDevon',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...CHI,
    text: "Hi Marisa, the team loved meeting you! We'd like to move forward with an offer. I'll call you tomorrow to discuss details.\n\nKeisha",
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2031-07-03' },
    ],
  },
  {
    ...BER,
    text: 'Dear Jan, your interview with our CTO will take place on 08.07.2031 from 15:00 to 16:00 CEST via Google Meet.\n\nBest regards,\nPeople Team',
    expect: [{ kind: 'interview', by: '2031-07-08', time: '15:00' }],
  },
  {
    ...BOM,
    text: 'Dear Sneha, you have been shortlisted for the final round of interviews scheduled on Saturday, 5th July 2031 at 11:00 AM.\n\nRegards,\nHR',
    expect: [{ kind: 'interview', by: '2031-07-05', time: '11:00' }],
  },
  {
    ...AKL,
    text: "Kia ora Jack, we won't be making any decisions until the school holidays are over on 21 July, so please don't chase before then.\n\nNgā mihi,\nAroha",
    expect: [{ kind: 'no-contact-before', by: '2031-07-21' }],
  },
  {
    ...DUB,
    text: "Hi Aoife, apologies, we need to postpone Tuesday's interview. Would Thursday 10 July at 3pm suit instead?\n\nNiamh",
    expect: [{ kind: 'interview', by: '2031-07-10', time: '15:00' }],
  },
  {
    ...SIN,
    text: 'Dear Kelvin, we regret that you have not been successful for the Senior Analyst role. Thank you for your interest.\n\nHR',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...LA,
    text: "Hi Jess, we're closed for the holiday on Friday. Please don't call the studio; I'll email you Monday with next steps.\n\nAva",
    expect: [{ kind: 'no-calls' }, { kind: 'response-by', by: '2031-07-07' }],
  },
  {
    ...CPT,
    text: 'Dear Sibusiso, kindly note that feedback will be provided within two weeks of your interview on 30 June.\n\nHuman Capital',
    expect: [{ kind: 'response-by', by: '2031-07-14' }],
  },
  {
    ...MNL,
    text: 'Hi Carlo, please be at our Makati office on Monday, July 7 at 1:00 PM for your initial interview. Bring a valid ID.\n\nHR',
    expect: [{ kind: 'interview', by: '2031-07-07', time: '13:00' }],
  },
  {
    ...MAD,
    text: "Dear Sara, please note that we are unable to respond to phone calls regarding applications. We'll contact shortlisted candidates by 18 July.\n\nTalent Team",
    expect: [{ kind: 'no-calls' }, { kind: 'response-by', by: '2031-07-18' }],
  },
  // Negatives.
  {
    ...NY,
    text: 'Hi Gina! Our 4th of July BBQ is Friday at 2pm at our place. Bring sparklers!',
    expect: [],
  },
  {
    ...LDN,
    text: 'Hi Tom, your annual leave for Friday 11 July has been approved. Enjoy!',
    expect: [],
  },
  {
    ...SYD,
    text: 'Hi Zara, your physio appointment with Dr Lee is moved to Tuesday at 9:15am.',
    expect: [],
  },
  {
    ...TOR,
    text: "Hi Liam, can you interview the barista applicant at 3pm tomorrow? I'm stuck at the other store.",
    expect: [],
  },
  {
    ...CHI,
    text: "Hi Marisa, your dog's grooming appointment is Saturday at 10am.",
    expect: [],
  },
  {
    ...BER,
    text: 'Dear Jan, your Anmeldung appointment at the Bürgeramt is on 08.07.2031 at 09:40.',
    expect: [],
  },
  {
    ...BOM,
    text: 'Dear Sneha, your profile was viewed by 12 recruiters this week. Recruiters usually respond within 48 hours.',
    expect: [],
  },
  {
    ...AKL,
    text: 'Kia ora Jack, the Year 13 careers interviews with local employers are on Friday at 10am in the hall.',
    expect: [],
  },
  {
    ...DUB,
    text: "Hi Aoife, I'm doing the interview for the Irish Times piece on remote work on Thursday at 11. Can you cover my desk?",
    expect: [],
  },
  {
    ...SIN,
    text: 'Dear Kelvin, your ICA appointment for passport collection is on 10 July at 2pm.',
    expect: [],
  },
  {
    ...LA,
    text: 'Hi Jess, our company volunteer day is Thursday from 9am to 1pm at the food bank.',
    expect: [],
  },
  {
    ...CPT,
    text: 'Dear Sibusiso, your interview feedback for candidate Lerato M. is outstanding. Please submit it by Friday.',
    expect: [],
  },
  {
    ...MNL,
    text: "Hi Carlo, the candidates you referred will be interviewed next week; we'll update you on the outcome within 10 days.",
    expect: [],
  },
  {
    ...MAD,
    text: 'Dear Sara, your Spanish course placement test is on Monday 7 July at 10:00.',
    expect: [],
  },
];
