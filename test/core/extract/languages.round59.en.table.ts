// Round 630 (issue 13): written BEFORE the engine read it, at the end of the fifteenth pass, on a Tuesday in a leap
// February. Positives: "by the end of the week", a Lever slot in GMT for an Accra reader, "early next week", "hopefully
// by Thursday", an internal candidate chosen, an offer with a start date, a kitchen that takes no calls, a hiring
// pause "until after our board meeting on 20 February", a Singapore "14/02/2040, 2.30pm", a decision "within five
// working days of the final interviews, which end on Friday", "a video call tomorrow at 9:30", an absence "until the
// 13th — back in the office on the 14th". Negatives: an ATS notice to a recruiter, an annual review, a parent's
// hospital appointment, a plumber, a tips newsletter, a job post that expires, a referee's form, an interviewer's kit,
// a lecture moved, a job alert, an acknowledgement, a gym class. Names, companies and dates are invented; answers
// follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Tuesday 7 February 2040, 10:15 local.
const NY = { sentAt: '2040-02-07T10:15:00-05:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2040-02-07T10:15:00-06:00', tz: 'America/Chicago' } as const;
const LA = { sentAt: '2040-02-07T10:15:00-08:00', tz: 'America/Los_Angeles' } as const;
const LDN = { sentAt: '2040-02-07T10:15:00+00:00', tz: 'Europe/London' } as const;
const ACC = { sentAt: '2040-02-07T10:15:00+00:00', tz: 'Africa/Accra' } as const;
const SIN = { sentAt: '2040-02-07T10:15:00+08:00', tz: 'Asia/Singapore' } as const;
const SYD = { sentAt: '2040-02-07T10:15:00+11:00', tz: 'Australia/Sydney' } as const;
const TOR = { sentAt: '2040-02-07T10:15:00-05:00', tz: 'America/Toronto' } as const;
const DUB = { sentAt: '2040-02-07T10:15:00+00:00', tz: 'Europe/Dublin' } as const;
const BOM = { sentAt: '2040-02-07T10:15:00+05:30', tz: 'Asia/Kolkata' } as const;

/** Round 630: English whole messages, twelve positives and twelve negatives. */
export const ROUND_630_EN: readonly PhraseRow[] = [
  // Positives.
  {
    ...CHI,
    text: "Hi Dana,\n\nThanks for sending over the writing sample. We'll have an answer for you by the end of the week.\n\nBest,\nMike",
    expect: [{ kind: 'response-by', by: '2040-02-10' }],
  },
  {
    ...ACC,
    text: "Hi Kofi,\n\nI've scheduled your technical interview with Ana for Thursday, Feb 9 at 4:30pm GMT. You'll get a calendar invite shortly.\n\nCheers,\nLucy\nRecruiting, Fernhill",
    expect: [{ kind: 'interview', by: '2040-02-09', time: '16:30' }],
  },
  {
    ...TOR,
    text: 'Hi Amira,\n\nOur hiring manager is travelling this week, so expect to hear from us early next week.\n\nThanks for your patience,\nJosh',
    expect: [{ kind: 'response-by', by: '2040-02-15', fuzzy: true }],
  },
  {
    ...LDN,
    text: "Hi Gemma,\n\nI'll be in touch once I've spoken to the team, hopefully by Thursday.\n\nBest,\nRaj",
    expect: [{ kind: 'response-by', by: '2040-02-09' }],
  },
  {
    ...SYD,
    text: "Hi Nate,\n\nThanks for your time last week. Unfortunately, we've decided to go with an internal candidate for this one.\n\nAll the best,\nKirsty",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...NY,
    text: "Hi Luis,\n\nGreat news! We'd like to offer you the role of Warehouse Supervisor, starting 1 March. Details to follow from HR.\n\nCongrats,\nDenise",
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...LA,
    text: "Thanks for applying to Ember & Oak! Please don't call the restaurant about your application; Chef will email the cooks she'd like to meet.",
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...DUB,
    text: "Hi Ciarán,\n\nWe're pausing all hiring until after our board meeting on 20 February, so please don't follow up before then.\n\nThanks,\nSorcha",
    expect: [{ kind: 'no-contact-before', by: '2040-02-21' }],
  },
  {
    ...SIN,
    text: 'Dear Hui Min,\n\nPlease find the details of your second interview below.\n\nDate: 14/02/2040\nTime: 2.30pm\nVenue: Raffles Place office, Level 18\n\nRegards,\nHR, Keppel Marine Partners',
    expect: [{ kind: 'interview', by: '2040-02-14', time: '14:30' }],
  },
  {
    ...BOM,
    text: 'Dear Ishaan,\n\nThank you for your patience. The panel will decide within five working days of the final interviews, which end on Friday.\n\nRegards,\nTalent Team',
    expect: [{ kind: 'response-by', by: '2040-02-17' }],
  },
  {
    ...LA,
    text: 'Hi Maya, can you do a video call tomorrow at 9:30 with our COO? Should take 30 min.\n\n- Trent, Recruiting',
    expect: [{ kind: 'interview', by: '2040-02-08', time: '09:30' }],
  },
  {
    ...LDN,
    text: "Hi Gemma,\n\nQuick one about your application: I'm away until the 13th, back in the office on the 14th.\n\nRaj",
    expect: [{ kind: 'no-contact-before', by: '2040-02-14' }],
  },
  // Negatives.
  {
    ...NY,
    text: 'New application: Kofi Mensah applied for Data Analyst (Req 2291).\n\nReview by Friday to stay within your hiring SLA.\n\nGreenhouse',
    expect: [],
  },
  {
    ...CHI,
    text: 'Reminder: your annual review with Sam Patel is on Thursday 9 February at 11:00 in Room 4B. Please bring your goals document.',
    expect: [],
  },
  {
    ...LDN,
    text: "Hiya, Mum's hospital appointment got moved to Monday 13th at 10. Can you drive her? I'm at work.\n\nJess x",
    expect: [],
  },
  {
    ...SYD,
    text: 'Hi Nate, just confirming the plumber will come to the unit on Friday between 8 and 12 to fix the hot water.\n\nStrata Management',
    expect: [],
  },
  {
    ...NY,
    text: 'Interview Week at CareerCraft: five days of tips, templates and mock questions, starting Monday 13 February. Sign up free!',
    expect: [],
  },
  {
    ...LA,
    text: "Your job post 'Line Cook' expires on 20 February. Renew now to keep receiving applicants.\n\nIndeed for Employers",
    expect: [],
  },
  {
    ...DUB,
    text: "Dear Ms Byrne,\n\nWe're contacting you as a referee for Ama Owusu, who has applied to us. Could you complete the attached form by 14 February?\n\nThank you,\nHR, Liffey Bank",
    expect: [],
  },
  {
    ...TOR,
    text: "Interview kit ready: Priya Nair – Onsite\nThursday, Feb 9, 1:00 PM\n\nYou're interviewing for Culture Add. Please submit your scorecard within 24 hours.\n\nGreenhouse",
    expect: [],
  },
  {
    ...BOM,
    text: "Dear Students,\n\nTomorrow's lecture on labour economics moves to Room 2.14 at 10am.\n\nDepartment of Economics",
    expect: [],
  },
  {
    ...SIN,
    text: 'Jobs you may like\n\nWarehouse Supervisor – Jurong (closing 20/02/2040)\nLogistics Coordinator – Changi (closing 28/02/2040)\n\nJobStreet',
    expect: [],
  },
  {
    ...ACC,
    text: "Hi Kofi,\n\nThanks for applying! We'll be in touch if your experience matches what we're looking for.\n\nThe Fernhill Team",
    expect: [],
  },
  {
    ...SYD,
    text: "You're booked! Reformer Pilates with Jade, Thursday 9 February at 6:30am. Cancel up to 12 hours before.",
    expect: [],
  },
];
