// Round 430 (issue 13): written BEFORE the engine read it, after round 420. Sent the Thursday before North America's
// clock change (a 3pm GMT meeting on 12 March is 11:00 in New York). Positives: another role offered after a
// rejection, a Colombian "11/03/2031", a British "Monday week", "by COB Friday", an Indian "revert in 2-3 working
// days", "give us until the end of the month before chasing", "by EOD tomorrow", "the week of March 17", "a week from
// today". Negatives: an employee's return-to-work, PIP, disciplinary and stay interviews, a panel's moderation meeting,
// an insurance renewal, a wedding RSVP, a mentor's coffee, a candidate who withdrew from the reader's panel, a
// volunteering shift, a power schedule, a mock assessment centre, a journalist, a colleague's final interview. Names,
// companies and dates are invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Thursday 6 March 2031, 09:35 local.
const NY = { sentAt: '2031-03-06T09:35:00-05:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2031-03-06T09:35:00-06:00', tz: 'America/Chicago' } as const;
const LA = { sentAt: '2031-03-06T09:35:00-08:00', tz: 'America/Los_Angeles' } as const;
const TOR = { sentAt: '2031-03-06T09:35:00-05:00', tz: 'America/Toronto' } as const;
const BOG = { sentAt: '2031-03-06T09:35:00-05:00', tz: 'America/Bogota' } as const;
const LDN = { sentAt: '2031-03-06T09:35:00+00:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2031-03-06T09:35:00+00:00', tz: 'Europe/Dublin' } as const;
const BER = { sentAt: '2031-03-06T09:35:00+01:00', tz: 'Europe/Berlin' } as const;
const JNB = { sentAt: '2031-03-06T09:35:00+02:00', tz: 'Africa/Johannesburg' } as const;
const BOM = { sentAt: '2031-03-06T09:35:00+05:30', tz: 'Asia/Kolkata' } as const;
const SIN = { sentAt: '2031-03-06T09:35:00+08:00', tz: 'Asia/Singapore' } as const;
const SYD = { sentAt: '2031-03-06T09:35:00+11:00', tz: 'Australia/Sydney' } as const;
const AKL = { sentAt: '2031-03-06T09:35:00+13:00', tz: 'Pacific/Auckland' } as const;

/** Round 430: English whole messages, fourteen positives and fourteen negatives. */
export const ROUND_430_EN: readonly PhraseRow[] = [
  // Positives.
  {
    ...NY,
    text: "Hi Chris, following the decision on the Analyst role, we'd love to consider you for our Associate opening instead. Could we chat Monday at 4pm?\n\nJenna, Talent",
    expect: [{ kind: 'interview', by: '2031-03-10', time: '16:00' }],
  },
  {
    ...BOG,
    text: 'Dear Valentina,\n\nWe are pleased to invite you to an interview on 11/03/2031 at 9:00 a.m. (Bogotá time) at our Chapinero office.\n\nBest regards,\nTalent Acquisition, Andes Data',
    expect: [{ kind: 'interview', by: '2031-03-11', time: '09:00' }],
  },
  {
    ...LDN,
    text: 'Hi Amelia, are you free for a second interview Monday week at 11?\n\nCheers,\nOllie',
    expect: [{ kind: 'interview', by: '2031-03-17', time: '11:00' }],
  },
  {
    ...SYD,
    text: "Hi Jack, thanks for coming in. We'll have feedback to you by COB Friday.\n\nMeg",
    expect: [{ kind: 'response-by', by: '2031-03-07' }],
  },
  {
    ...BOM,
    text: 'Dear Nikhil, thank you for your time today. We will revert in 2-3 working days.\n\nRegards,\nHR Team',
    expect: [{ kind: 'response-by', by: '2031-03-11' }],
  },
  {
    ...DUB,
    text: 'Hi Cian, please give us until the end of the month before chasing, as we have a lot of applications to get through.\n\nAoife',
    expect: [{ kind: 'no-contact-before', by: '2031-03-31', fuzzy: true }],
  },
  {
    ...CHI,
    text: "Hi Andre, thanks for chatting! Next up is a take-home exercise, then a final panel. I'll send the exercise by EOD tomorrow.\n\nKeisha",
    expect: [{ kind: 'response-by', by: '2031-03-07' }],
  },
  {
    ...BER,
    text: 'Dear Hannah,\n\nWe are pleased to offer you a permanent contract as Data Engineer starting 1 May 2031.\n\nKind regards,\nPeople Team',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...TOR,
    text: "Hi Nadia, we've decided to move ahead with other candidates for the Finance Associate role. We appreciate your time.\n\nDevon",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...AKL,
    text: "Kia ora Hine, we'd like to invite you to an interview on Tuesday 11 March at 2pm at our Wellington office.\n\nNgā mihi,\nTui Energy",
    expect: [{ kind: 'interview', by: '2031-03-11', time: '14:00' }],
  },
  {
    ...NY,
    text: 'Hi Chris, our London office can do Wednesday 12 March at 3pm GMT for the Associate interview.\n\nJenna',
    expect: [{ kind: 'interview', by: '2031-03-12', time: '11:00' }],
  },
  {
    ...JNB,
    text: 'Dear Thabo, kindly refrain from contacting the hiring manager directly. All queries must be directed to recruitment@protea.co.za.\n\nProtea Mining Careers',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...LA,
    text: "Hi Rosa, thanks for your patience. We'll be in touch the week of March 17 with next steps.\n\nLiz",
    expect: [{ kind: 'response-by', by: '2031-03-21' }],
  },
  {
    ...SIN,
    text: 'Hi Darren, the panel would like to see you a week from today at 10.30am for the final round.\n\nMei',
    expect: [{ kind: 'interview', by: '2031-03-13', time: '10:30' }],
  },
  // Negatives.
  {
    ...LDN,
    text: 'Dear Amelia, your return-to-work interview with your line manager is booked for Monday at 10am.\n\nHR',
    expect: [],
  },
  {
    ...NY,
    text: 'Hi Chris, please join the panel moderation meeting on Friday at 2pm to finalise scores for the graduate intake.',
    expect: [],
  },
  {
    ...SYD,
    text: 'Hi Jack, your PIP review meeting is scheduled for Tuesday 11 March at 3pm with HR present.',
    expect: [],
  },
  {
    ...BOM,
    text: 'Dear Nikhil, your car insurance renewal is due on 15/03/2031. Renew online to avoid a break in cover.',
    expect: [],
  },
  {
    ...DUB,
    text: "Hi Cian! Sarah & Tom's wedding: please RSVP by Friday 14 March. The ceremony is at 2pm on 26 April.",
    expect: [],
  },
  {
    ...CHI,
    text: 'Hi Andre, your alumni mentor coffee chat with Dr. Lewis is confirmed for Tuesday at 8:30am at Intelligentsia.',
    expect: [],
  },
  {
    ...BER,
    text: 'Dear Hannah, your disciplinary hearing will take place on 12.03.2031 at 14:00. You may bring a colleague.',
    expect: [],
  },
  {
    ...TOR,
    text: "Hi Nadia, just a heads-up that the candidate for the Finance Associate role withdrew, so Friday's 2pm interview is cancelled. Enjoy the free hour!",
    expect: [],
  },
  {
    ...AKL,
    text: 'Kia ora Hine, reminder that your ANZAC Day volunteering shift is on 25 April at 6am.',
    expect: [],
  },
  {
    ...JNB,
    text: 'Dear Thabo, your load-shedding schedule for next week: Stage 2, Tuesday 16:00–18:30.',
    expect: [],
  },
  {
    ...LA,
    text: 'Hi Rosa, the mock assessment centre for final-year students runs on Saturday 15 March from 9am.',
    expect: [],
  },
  {
    ...SIN,
    text: 'Hi Darren, the journalist from The Straits Times would like to interview you about your startup on Monday at 4pm.',
    expect: [],
  },
  {
    ...BOG,
    text: 'Dear Valentina, your stay interview with HR is scheduled for 13 March at 10:00.',
    expect: [],
  },
  {
    ...NY,
    text: 'Hi Chris, Jenna from Sales has her final interview for the Account Executive role on Monday at 11. Can you take her 10am client call?',
    expect: [],
  },
];
