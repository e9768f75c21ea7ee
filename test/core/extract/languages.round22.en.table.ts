// Round 260 (issue 13): the lead's third English round of this pass, written BEFORE the engine read it, after the
// helpers' rounds 240–244c were merged. Its negatives are "interviews" in other senses, each with a day and a time:
// an exit interview at the reader's current job, a consulate's visa interview, a college admissions interview for a
// child, a citizenship interview, a mortgage adviser's "interview", a stay interview, a research study's interview,
// an informational chat the reader asked for; and positives from employers in Kenya, Ireland, Singapore, Arizona and
// Manchester. Names, companies and dates are invented; answers follow TIMELINE-CONVENTIONS.md. First run: FIRST_RUN.
import type { PhraseRow } from './phrases.table';

// Monday 18 September 2028, 09:50 local.
const NY = { sentAt: '2028-09-18T09:50:00-04:00', tz: 'America/New_York' } as const;
const PHX = { sentAt: '2028-09-18T09:50:00-07:00', tz: 'America/Phoenix' } as const;
const LDN = { sentAt: '2028-09-18T09:50:00+01:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2028-09-18T09:50:00+01:00', tz: 'Europe/Dublin' } as const;
const NBO = { sentAt: '2028-09-18T09:50:00+03:00', tz: 'Africa/Nairobi' } as const;
const SGP = { sentAt: '2028-09-18T09:50:00+08:00', tz: 'Asia/Singapore' } as const;

/** Round 260: English whole messages; the negatives are interviews in other senses. */
export const ROUND_260_EN: readonly PhraseRow[] = [
  // Positives.
  {
    ...NBO,
    text: 'Dear Brian,\n\nFollowing your application for the position of ICT Officer, you are invited for a technical interview on Thursday 21st September 2028 at 2:00 p.m. at our Upper Hill offices. Please carry your original certificates.\n\nRegards,\nHuman Resource Department\nRift Valley Water Works',
    expect: [{ kind: 'interview', by: '2028-09-21', time: '14:00' }],
  },
  {
    ...DUB,
    text: "Hi Niamh,\n\nThanks for coming in on Friday. The panel is meeting on Wednesday to compare notes, and we'll let you know the outcome within two working days of that meeting.\n\nBest,\nConor\nTalent Team, Liffey Credit Union",
    expect: [{ kind: 'response-by', by: '2028-09-22' }],
  },
  {
    ...SGP,
    text: 'Dear Jia Hui,\n\nThank you for your time at the final interview. We regret to inform you that the hiring manager has selected another candidate for the role.\n\nWe wish you all the best.\n\nTalent Acquisition\nMarina Bay Securities',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...PHX,
    text: "Hi Trevor,\n\nWe'd love to have you back for a second interview with our Plant Manager. Does Tuesday the 26th at 7:30 AM work? Please don't reach out to the plant floor directly; route any questions through me.\n\nThanks,\nMaria\nHR Generalist, Sonoran Packaging",
    expect: [{ kind: 'interview', by: '2028-09-26', time: '07:30' }, { kind: 'no-calls' }],
  },
  {
    ...LDN,
    text: "Hi Zara,\n\nI'm out of the office until Friday 22 September with limited access to email. I'll reply to your question about the next stage when I'm back on Monday 25 September.\n\nThanks,\nOlivia\nRecruitment Partner, Northern Quarter Media",
    // (my expectation was the absence's day; by the engine's rule a promise in the same message outranks the absence,
    // "I'll reply … when I'm back on Monday 25 September" (README, Decisions). Corrected after the first run.)
    expect: [{ kind: 'response-by', by: '2028-09-25' }],
  },
  {
    ...NY,
    text: 'Hi Dev,\n\nWe are delighted to offer you the role of Associate, Credit Research. Your offer letter is attached; please sign and return it by Friday, September 22.\n\nWarm regards,\nHannah\nCampus Recruiting, Harbor Point Capital',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  // Negatives: interviews in other senses.
  {
    ...NY,
    text: 'Hi Dev,\n\nAs you prepare to leave Brightline, HR would like to schedule your exit interview. Does Thursday, September 21 at 3:00 PM work? It takes about 20 minutes.\n\nThanks,\nPeople Team, Brightline',
    expect: [],
  },
  {
    ...LDN,
    text: 'Dear Applicant,\n\nYour visa interview at the Embassy of the United States, London, is scheduled for 03 October 2028 at 08:15. Bring your passport, the DS-160 confirmation page and your appointment confirmation.\n\nU.S. Visa Information Service',
    expect: [],
  },
  {
    ...PHX,
    text: 'Dear Parent,\n\nThank you for registering Ella for an admissions interview at Camelback Preparatory. Her interview is on Saturday, September 30 at 10:00 AM in the Admissions Office. Decisions will be mailed by October 20.\n\nOffice of Admission',
    expect: [],
  },
  {
    ...NY,
    text: 'Your naturalization interview has been scheduled. Date: October 4, 2028. Time: 09:20 AM. Location: USCIS New York Field Office. Bring this notice and your permanent resident card. U.S. Citizenship and Immigration Services',
    expect: [],
  },
  {
    ...DUB,
    text: "Hi Niamh,\n\nThanks for your mortgage application. Your fact-find interview with one of our mortgage advisers is booked for Wednesday 20 September at 5:30pm by video call. We'll issue approval in principle within 3 working days after it.\n\nLiffey Home Loans",
    expect: [],
  },
  {
    ...SGP,
    text: 'Hi Jia Hui,\n\nAs part of our stay interview programme, your manager would like 30 minutes with you on Friday 22 September at 4pm to hear what keeps you at Marina Bay Securities and what we could do better.\n\nPeople Partners',
    expect: [],
  },
  {
    ...LDN,
    text: "Hi Zara,\n\nThank you for signing up to take part in our study on remote work. Your research interview is on Thursday 21 September at 11:00 on Zoom and will last about 45 minutes. You'll receive a £30 voucher within 5 working days.\n\nDr. Ellis, Centre for Work Studies",
    expect: [],
  },
  {
    ...NY,
    text: "Hi Dev,\n\nHappy to chat about my path into credit research! I'm free for a 20-minute informational call on Wednesday at 8:30 AM. No job openings on my team right now, but glad to share what I know.\n\nBest,\nPriya",
    expect: [],
  },
  {
    ...NBO,
    text: 'Dear Brian,\n\nYour daughter has been shortlisted for an interview for Form One admission at Nairobi School. The interview will be held on Saturday 23rd September 2028 at 8:00 a.m. Parents should accompany their children.\n\nThe Principal',
    expect: [],
  },
  {
    ...PHX,
    text: "Hi Trevor,\n\nI'm Sam from the Arizona Republic. I'm writing a story on local manufacturing and would love to interview you about your experience at Sonoran Packaging. Could we talk Thursday at 2 PM?\n\nSam Ortiz, Reporter",
    expect: [],
  },
];
