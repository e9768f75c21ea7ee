// Round 250b (issue 13): the lead's second English round of this pass, written BEFORE the engine read it, after round
// 250's fixes. Two thirds are mail that must yield nothing, of kinds not tried before: a credit card application, an
// airline check-in, a hotel booking, an Eventbrite ticket, a Coursera deadline, a conference's call for papers, a
// Meetup, a colleague's leaving drinks, a tax deadline, a recruiter's market update, a student paper's interview, a
// LinkedIn "viewed your profile"; positives from employers in Wales, Florida, Lagos, Auckland and Dubai.
// Names, companies and dates are invented; answers follow TIMELINE-CONVENTIONS.md. First run: FIRST_RUN.
import type { PhraseRow } from './phrases.table';

// Wednesday 10 May 2028, 14:40 local.
const NY = { sentAt: '2028-05-10T14:40:00-04:00', tz: 'America/New_York' } as const;
const MIA = { sentAt: '2028-05-10T14:40:00-04:00', tz: 'America/New_York' } as const;
const LDN = { sentAt: '2028-05-10T14:40:00+01:00', tz: 'Europe/London' } as const;
const LOS = { sentAt: '2028-05-10T14:40:00+01:00', tz: 'Africa/Lagos' } as const;
const AKL = { sentAt: '2028-05-10T14:40:00+12:00', tz: 'Pacific/Auckland' } as const;
const DXB = { sentAt: '2028-05-10T14:40:00+04:00', tz: 'Asia/Dubai' } as const;
const SF = { sentAt: '2028-05-10T14:40:00-07:00', tz: 'America/Los_Angeles' } as const;

/** Round 250b: English whole messages, most of them negatives. */
export const ROUND_250B_EN: readonly PhraseRow[] = [
  // Positives.
  {
    ...LDN,
    text: 'Dear Rhys,\n\nThank you for your application for the post of Estates Officer. I am pleased to invite you to interview on Tuesday 16 May 2028 at 2.15pm at County Hall, Cardiff. The interview will last approximately 45 minutes.\n\nYours sincerely,\nGwen Davies\nHuman Resources, Vale Council',
    expect: [{ kind: 'interview', by: '2028-05-16', time: '14:15' }],
  },
  {
    ...MIA,
    text: "Hi Carlos,\n\nIt was great meeting you this morning! The team is wrapping up interviews this week, and we plan to make a decision early next week. I'll reach out either way.\n\nBest,\nNicole\nTalent Acquisition, Sunbelt Marine",
    expect: [{ kind: 'response-by', by: '2028-05-17' }],
  },
  {
    ...LOS,
    text: 'Dear Adaeze,\n\nWe regret to inform you that your application for the role of Brand Manager was not successful on this occasion. We will retain your CV for future openings.\n\nRegards,\nTalent Team\nEko Consumer Goods',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...AKL,
    text: "Kia ora Tane,\n\nThanks for your time on Monday. We're checking references this week and should be able to give you an answer by Friday 19 May.\n\nNgā mihi,\nAroha\nPeople & Culture, Harbourside Energy",
    expect: [{ kind: 'response-by', by: '2028-05-19' }],
  },
  {
    ...DXB,
    text: 'Dear Mr. Khan,\n\nFurther to your interview, we are pleased to offer you the position of Senior Quantity Surveyor. Kindly sign and return the attached offer letter by Thursday, 18 May 2028.\n\nBest regards,\nHR Department\nAl Waha Contracting LLC',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...SF,
    text: "Hi Jess,\n\nQuick heads-up: our recruiting team can't take calls about application status, but I'll email you once the hiring manager has reviewed everyone, likely within two weeks.\n\nThanks,\nOmar\nRecruiter, Fogline Software",
    expect: [{ kind: 'no-calls' }, { kind: 'response-by', by: '2028-05-24' }],
  },
  {
    ...NY,
    text: "Hi Dev,\n\nCould we push tomorrow's 11am call to Friday at the same time? Apologies for the shuffle.\n\nThanks,\nRachel\nRecruiting Coordinator, Parkline Capital",
    expect: [{ kind: 'interview', by: '2028-05-12', time: '11:00' }],
  },
  // Negatives.
  {
    ...NY,
    text: 'Dear Dev Patel,\n\nThank you for your application for the Horizon Rewards Visa card. We are reviewing your application and will notify you of our decision within 7–10 business days.\n\nHorizon Bank Card Services',
    expect: [],
  },
  {
    ...LDN,
    text: 'Check-in is now open for your flight BA 2491 to Faro on Friday 12 May, departing London Gatwick at 07:15. Bag drop closes 45 minutes before departure.\n\nBritish Airways',
    expect: [],
  },
  {
    ...AKL,
    text: 'Kia ora Tane,\n\nYour booking at the Harbour View Hotel is confirmed: check-in Saturday 20 May from 2pm, check-out Monday 22 May by 10am. Booking reference HV-88213.\n\nSee you soon!',
    expect: [],
  },
  {
    ...SF,
    text: "You're going to Product Leaders Meetup SF!\n\nThursday, May 18, 2028, 6:00 PM – 8:30 PM PDT\nSalesforce Tower, Floor 61\n\nYour ticket is attached. Questions? Contact the organizer.\n\nEventbrite",
    expect: [],
  },
  {
    ...NY,
    text: 'Hi Dev,\n\nReminder: Week 4 quiz for "Financial Modeling Fundamentals" is due Sunday, May 14 at 11:59 PM EDT. Keep going, you are 60% through the course!\n\nCoursera',
    expect: [],
  },
  {
    ...LDN,
    text: 'Call for papers: the UK Operations Research Conference 2028 invites submissions. Abstracts are due by 31 May; authors will be notified of acceptance by 30 June. The conference runs 12–14 September in Bath.\n\nOR Society',
    expect: [],
  },
  {
    ...SF,
    text: "Hi all,\n\nIt's Mateo's last day on Friday! Leaving drinks at The Ramp from 5:30pm on Friday 12 May. Please sign his card at the front desk by Thursday.\n\nCheers,\nLinh",
    expect: [],
  },
  {
    ...NY,
    text: 'Reminder from your accountant: the second quarter estimated tax payment is due June 15, 2028. Please send us your year-to-date figures by May 26 so we can prepare the voucher.\n\nMiller & Ortiz CPAs',
    expect: [],
  },
  {
    ...LDN,
    text: "Hi Rhys,\n\nOur Q2 market update: hiring for finance roles in Wales is up 8%, and most candidates we place hear back within a week of interview. Fancy a chat about what's out there? I'm free next Tuesday at 10am.\n\nBen\nCymru Finance Recruitment\nUnsubscribe",
    expect: [],
  },
  {
    ...MIA,
    text: "Hi Carlos,\n\nI'm a reporter for The Hurricane, the UM student paper. Would you be available for a short interview about the alumni mentoring program on Monday at 3pm? It should take 20 minutes.\n\nThanks!\nSophie",
    expect: [],
  },
  {
    ...SF,
    text: 'Jess, 3 people viewed your profile this week, including a recruiter at Fogline Software. Recruiters are 4x more likely to message members with an Open to Work badge.\n\nLinkedIn',
    expect: [],
  },
];
