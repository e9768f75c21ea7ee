// Round 450 (issue 13): written BEFORE the engine read it, after round 440's fixes. English mail from places the
// rounds have seldom used: Doha (an interview on a Sunday, a working day there), Warsaw, Prague, Bucharest, Lima,
// Santiago, Seoul, Taipei, Jakarta, Dhaka (a written test "followed by a viva", South Asia's word for a job
// interview), Accra, Addis Ababa, Kigali and Istanbul. Negatives: an ID renewal, a book club reading "The Interview",
// a bike service, the reader interviewing two candidates, an English class, a gym membership, exam results, another's
// video interview, a visa interview, an ID correction hearing, a tailor, interview scores due from the reader, a
// meetup with recruiters, a dentist. Names, companies and dates are invented; answers follow
// TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Tuesday 14 January 2031, 10:10 local.
const DOH = { sentAt: '2031-01-14T10:10:00+03:00', tz: 'Asia/Qatar' } as const;
const WAW = { sentAt: '2031-01-14T10:10:00+01:00', tz: 'Europe/Warsaw' } as const;
const PRG = { sentAt: '2031-01-14T10:10:00+01:00', tz: 'Europe/Prague' } as const;
const BUH = { sentAt: '2031-01-14T10:10:00+02:00', tz: 'Europe/Bucharest' } as const;
const LIM = { sentAt: '2031-01-14T10:10:00-05:00', tz: 'America/Lima' } as const;
const SCL = { sentAt: '2031-01-14T10:10:00-03:00', tz: 'America/Santiago' } as const;
const SEL = { sentAt: '2031-01-14T10:10:00+09:00', tz: 'Asia/Seoul' } as const;
const TPE = { sentAt: '2031-01-14T10:10:00+08:00', tz: 'Asia/Taipei' } as const;
const JKT = { sentAt: '2031-01-14T10:10:00+07:00', tz: 'Asia/Jakarta' } as const;
const DAC = { sentAt: '2031-01-14T10:10:00+06:00', tz: 'Asia/Dhaka' } as const;
const ACC = { sentAt: '2031-01-14T10:10:00+00:00', tz: 'Africa/Accra' } as const;
const ADD = { sentAt: '2031-01-14T10:10:00+03:00', tz: 'Africa/Addis_Ababa' } as const;
const KGL = { sentAt: '2031-01-14T10:10:00+02:00', tz: 'Africa/Kigali' } as const;
const IST = { sentAt: '2031-01-14T10:10:00+03:00', tz: 'Europe/Istanbul' } as const;

/** Round 450: English whole messages, fourteen positives and fourteen negatives. */
export const ROUND_450_EN: readonly PhraseRow[] = [
  // Positives.
  {
    ...DOH,
    text: 'Dear Mr. Haddad,\n\nWith reference to your application for the post of Senior Accountant, you are requested to attend an interview on Sunday, 19 January 2031 at 10:00 AM at our West Bay office.\n\nHuman Resources Department',
    expect: [{ kind: 'interview', by: '2031-01-19', time: '10:00' }],
  },
  {
    ...WAW,
    text: "Hi Kasia, thanks for the great conversation! I'll share feedback with you by Friday at the latest.\n\nBest,\nMarta",
    expect: [{ kind: 'response-by', by: '2031-01-17' }],
  },
  {
    ...PRG,
    text: 'Dear Tomáš, the next step is a technical interview with our lead developer. Would Thursday 16 January at 13:00 CET work for you?\n\nBest regards,\nJana',
    expect: [{ kind: 'interview', by: '2031-01-16', time: '13:00' }],
  },
  {
    ...BUH,
    text: 'Dear Andrei, we regret to inform you that your application was not selected for the next phase.\n\nHR Team',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...LIM,
    text: "Hi Lucía, we'd like to make you an offer for the Regional Sales Manager role. Our HR team will send the contract within 48 hours.\n\nCarlos",
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2031-01-16' },
    ],
  },
  {
    ...SCL,
    text: "Hi Matías, please don't call our office about the selection process; all updates are sent by email.\n\nRecruiting",
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...SEL,
    text: 'Dear Min-jun, the results of the final interview will be announced on 24 January 2031 via email.\n\nHR Team',
    expect: [{ kind: 'response-by', by: '2031-01-24' }],
  },
  {
    ...TPE,
    text: "Hi Wei, let's do the video interview Friday 17 Jan at 10 am Taipei time. I'll send the link.\n\nAmy",
    expect: [{ kind: 'interview', by: '2031-01-17', time: '10:00' }],
  },
  {
    ...JKT,
    text: 'Dear Putri, kindly wait until 27 January before following up, as the user department is reviewing all CVs.\n\nRecruitment',
    expect: [{ kind: 'no-contact-before', by: '2031-01-27' }],
  },
  {
    ...DAC,
    text: 'Dear Rafiq,\n\nYou are requested to appear for a written test followed by a viva on 20/01/2031 at 9:30 AM at our Gulshan office.\n\nHR Division',
    expect: [{ kind: 'interview', by: '2031-01-20', time: '09:30' }],
  },
  {
    ...ACC,
    text: "Dear Ama, we'll revert with the outcome of your interview by the end of January.\n\nHR",
    expect: [{ kind: 'response-by', by: '2031-01-31' }],
  },
  {
    ...ADD,
    text: 'Dear Dawit, following the interview, the committee will make its decision within 10 working days.\n\nHuman Resources',
    expect: [{ kind: 'response-by', by: '2031-01-28' }],
  },
  {
    ...KGL,
    text: "Hi Eric, great news, you've been shortlisted! Your panel interview is on Wednesday 22 January from 14:00 to 15:00.\n\nTalent Team",
    expect: [{ kind: 'interview', by: '2031-01-22', time: '14:00' }],
  },
  {
    ...IST,
    text: 'Dear Elif, our offices are closed until 20 January for the holidays, so please hold any questions about your application until then.\n\nHR',
    expect: [{ kind: 'no-contact-before', by: '2031-01-20' }],
  },
  // Negatives.
  {
    ...DOH,
    text: 'Dear Mr. Haddad, your Qatar ID renewal appointment at the Metrash office is on 19 January at 8:00 AM.',
    expect: [],
  },
  {
    ...WAW,
    text: "Hi Kasia! Our book club meets on Thursday at 7pm. We're reading 'The Interview' by S. Novak.",
    expect: [],
  },
  {
    ...PRG,
    text: 'Dear Tomáš, your bike service is ready for pick-up from Friday after 2pm.',
    expect: [],
  },
  {
    ...BUH,
    text: "Dear Andrei, as discussed, you'll interview the two QA candidates on Thursday at 11:00 and 15:00. Feedback is due by Friday.",
    expect: [],
  },
  {
    ...LIM,
    text: 'Hi Lucía, your English class moves to Wednesday at 6pm this week.',
    expect: [],
  },
  {
    ...SCL,
    text: 'Hi Matías, your gym membership renews automatically on 1 February.',
    expect: [],
  },
  {
    ...SEL,
    text: 'Dear Min-jun, your TOPIK exam results will be announced on 24 January.',
    expect: [],
  },
  {
    ...TPE,
    text: 'Hi Wei, the candidate Lin Mei has confirmed the video interview on Friday at 10 am; please send her the link.',
    expect: [],
  },
  {
    ...JKT,
    text: 'Dear Putri, your visa interview at the US Embassy is scheduled for 21 January at 8:15.',
    expect: [],
  },
  {
    ...DAC,
    text: 'Dear Rafiq, your NID correction hearing is on 20/01/2031 at 9:30 AM.',
    expect: [],
  },
  {
    ...ACC,
    text: 'Dear Ama, your tailor appointment for the kente fitting is on Saturday at 11.',
    expect: [],
  },
  {
    ...ADD,
    text: 'Dear Dawit, please submit your interview scores for all candidates within 10 working days.',
    expect: [],
  },
  {
    ...KGL,
    text: 'Hi Eric, the Kigali Tech Meetup is on Wednesday 22 January at 18:00. Recruiters from five startups will be there!',
    expect: [],
  },
  {
    ...IST,
    text: 'Dear Elif, your dentist appointment is confirmed for Monday 20 January at 10:30.',
    expect: [],
  },
];
