// Round 570 (issue 13): written BEFORE the engine read it, on the Friday before America's clocks change (and two weeks
// before Britain's). Positives: an ET slot after the US change for a London reader, a day-first "12-03-2035" in India,
// a Manila "final interview on March 14, 2035 (Wednesday)", a Gulf "revert with feedback within 7 working days", "by
// the end of the month", no update "before Monday 19 March" with a hold-off until then, a panel's recommendation with
// a letter "within 5 working days", a Kenyan panel that "will now sit" on another day, no phone or email enquiries,
// an agency's rejection, "early next week to arrange interviews", a window from the assessment centre's day, a
// hold-off "until after 23 March", a Monday call proposed on a Friday, an out-of-office that will reply "then".
// Negatives: an insurer's interview about a claim, a witness statement, a usability session, a blood donation, the
// reader as recruiter told a candidate scheduled, sprint planning moved, a school tour, a self-review deadline, a
// mentor's chat, a hiring-outlook newsletter, a house viewing, an intro call to book by link, a tax return's due
// date. Names, companies and dates are invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Friday 9 March 2035, 15:40 local.
const NY = { sentAt: '2035-03-09T15:40:00-05:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2035-03-09T15:40:00-06:00', tz: 'America/Chicago' } as const;
const LA = { sentAt: '2035-03-09T15:40:00-08:00', tz: 'America/Los_Angeles' } as const;
const TOR = { sentAt: '2035-03-09T15:40:00-05:00', tz: 'America/Toronto' } as const;
const LDN = { sentAt: '2035-03-09T15:40:00+00:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2035-03-09T15:40:00+00:00', tz: 'Europe/Dublin' } as const;
const BOM = { sentAt: '2035-03-09T15:40:00+05:30', tz: 'Asia/Kolkata' } as const;
const MNL = { sentAt: '2035-03-09T15:40:00+08:00', tz: 'Asia/Manila' } as const;
const SIN = { sentAt: '2035-03-09T15:40:00+08:00', tz: 'Asia/Singapore' } as const;
const DXB = { sentAt: '2035-03-09T15:40:00+04:00', tz: 'Asia/Dubai' } as const;
const NBO = { sentAt: '2035-03-09T15:40:00+03:00', tz: 'Africa/Nairobi' } as const;
const SYD = { sentAt: '2035-03-09T15:40:00+11:00', tz: 'Australia/Sydney' } as const;
const CBR = { sentAt: '2035-03-09T15:40:00+11:00', tz: 'Australia/Sydney' } as const;
const AKL = { sentAt: '2035-03-09T15:40:00+13:00', tz: 'Pacific/Auckland' } as const;

/** Round 570: English whole messages, sixteen positives and fourteen negatives. */
export const ROUND_570_EN: readonly PhraseRow[] = [
  // Positives.
  {
    ...LDN,
    text: 'Hi Imogen,\n\nGreat news, the team would like to meet you!\n\nInterview: Tuesday, March 13, 10:00 AM ET\nFormat: Zoom, 60 minutes\nInterviewers: Carla Reyes (Head of Product), Sam Oduya\n\nBest,\nJulia | Recruiting, Northwind Labs (New York)',
    expect: [{ kind: 'interview', by: '2035-03-13', time: '14:00' }],
  },
  {
    ...BOM,
    text: 'Dear Harshit,\n\nWe are pleased to inform you that you have been shortlisted for the technical round.\n\nYour interview is scheduled on 12-03-2035 at 11:30 AM IST.\nMode: Virtual (MS Teams)\nPanel: Delivery Manager, Cloud Practice\n\nRegards,\nTalent Acquisition | Infiniq Systems',
    expect: [{ kind: 'interview', by: '2035-03-12', time: '11:30' }],
  },
  {
    ...MNL,
    text: 'Good day, Ms. Villanueva!\n\nKindly report for your final interview on March 14, 2035 (Wednesday) at 2:00 PM at our Ortigas office, 18th floor. Please bring two valid IDs.\n\nThank you,\nHR Department, Luzon Shared Services',
    expect: [{ kind: 'interview', by: '2035-03-14', time: '14:00' }],
  },
  {
    ...DXB,
    text: 'Dear Faisal,\n\nFurther to your interview yesterday, we will revert with feedback within 7 working days.\n\nKind regards,\nTalent Acquisition, Al Noor Facilities',
    expect: [{ kind: 'response-by', by: '2035-03-20' }],
  },
  {
    ...LDN,
    text: "Hi Callum,\n\nThanks for coming in on Wednesday. We're aiming to make a decision by the end of the month and will let all candidates know either way.\n\nBest wishes,\nPriti",
    expect: [{ kind: 'response-by', by: '2035-03-31' }],
  },
  {
    ...TOR,
    text: "Hi Mathieu,\n\nThanks for your patience. The hiring manager is away next week, so we won't have an update before Monday 19 March. Please don't follow up until then.\n\nCheers,\nRachel",
    expect: [{ kind: 'no-contact-before', by: '2035-03-19' }],
  },
  {
    ...CBR,
    text: "Dear Ngaio,\n\nI'm delighted to let you know that the panel has recommended you for appointment to the position of Senior Policy Officer, APS 6. You will receive a formal letter of offer within 5 working days.\n\nKind regards,\nPeople Branch, Department of Regional Development",
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2035-03-16' },
    ],
  },
  {
    ...NBO,
    text: 'Dear Wambui,\n\nWe regret that the interview scheduled for Monday 12th March will no longer take place on that date. The panel will now sit on Thursday 15th March 2035 at 10.00 a.m. at the same venue.\n\nYours faithfully,\nSecretary, County Public Service Board',
    expect: [{ kind: 'interview', by: '2035-03-15', time: '10:00' }],
  },
  {
    ...SYD,
    text: "Hi Jess,\n\nThanks for applying for the Store Manager role at Coastline Outdoors. Due to the high volume of applications, we're unable to respond to phone or email enquiries about application status. Shortlisted applicants will be contacted.\n\nCoastline Careers",
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...DUB,
    text: "Hi Ciara,\n\nI've heard back from the client and unfortunately they've decided not to take your application further for the Payroll Specialist role. I'll keep an eye out for anything else that suits.\n\nThanks,\nDeclan\nMorgan McKinley",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...AKL,
    text: "Kia ora Tama,\n\nThanks for applying to Te Ara Digital. We'll be in touch early next week to arrange interviews with our shortlisted candidates.\n\nNgā mihi,\nAroha",
    expect: [{ kind: 'response-by', by: '2035-03-14', fuzzy: true }],
  },
  {
    ...LDN,
    text: 'Dear Samir,\n\nYour assessment centre is on Tuesday 20 March at our Canary Wharf office. Outcomes are normally confirmed within two weeks of the assessment centre.\n\nGraduate Recruitment Team, Thamesbridge Bank',
    expect: [
      { kind: 'interview', by: '2035-03-20' },
      { kind: 'response-by', by: '2035-04-03' },
    ],
  },
  {
    ...SIN,
    text: 'Hi Wei Ling,\n\nThanks for checking in. Please hold off on any follow-ups until after 23 March, when our headcount review concludes.\n\nBest,\nDarren',
    expect: [{ kind: 'no-contact-before', by: '2035-03-24' }],
  },
  {
    ...LA,
    text: "Hey Ana,\n\nCould you do a 45-min video call with our VP of Engineering on Monday at 4pm PT? If that doesn't work, send me a couple of times that do.\n\nThanks!\nKyle, Recruiting @ Tidewater",
    expect: [{ kind: 'interview', by: '2035-03-12', time: '16:00' }],
  },
  {
    ...AKL,
    text: "Kia ora,\n\nI'm on leave until Monday 19 March and will reply to your email then. For anything urgent, please contact careers@tearadigital.nz.\n\nAroha Walker | Talent Partner",
    expect: [{ kind: 'response-by', by: '2035-03-19' }],
  },
  {
    ...CHI,
    text: "Hi Darnell,\n\nThanks so much for your time this week. We're wrapping up the last two interviews on Monday and expect to have a decision for you by Wednesday.\n\nBest,\nLaura",
    expect: [{ kind: 'response-by', by: '2035-03-14' }],
  },
  // Negatives.
  {
    ...NY,
    text: 'Dear Ms. Alvarez,\n\nRegarding claim #HX-4471-22, our adjuster would like to interview you about the incident by phone on Tuesday, March 13 at 10:00 AM. Please call us if you need another time.\n\nGranite Mutual Insurance',
    expect: [],
  },
  {
    ...LDN,
    text: 'Dear Mr Hughes,\n\nFurther to your report on 2 March, an officer would like to take your witness statement on Wednesday 14 March at 2pm at Islington police station.\n\nMetropolitan Police Service',
    expect: [],
  },
  {
    ...LA,
    text: "Hi Ana! Thanks for signing up to help us improve Tidewater's app. Your usability session is on Tuesday at 11am PT over Zoom, and you'll get a $50 gift card afterwards.",
    expect: [],
  },
  {
    ...SYD,
    text: 'Your blood donation appointment is confirmed: Monday 12 March at 5:15pm, Town Hall Donor Centre. Drink plenty of water beforehand!',
    expect: [],
  },
  {
    ...NY,
    text: 'Candidate Jamie Fox has scheduled their interview for Tuesday, March 13 at 11:00 AM EDT with Morgan Lee (Onsite – Product Designer).\n\nView in Greenhouse',
    expect: [],
  },
  {
    ...DUB,
    text: 'Hi all,\n\nSprint planning has moved to Monday at 10am in the Liffey room, as Orla is out on Friday. Please update the board beforehand.\n\nThanks,\nNiall',
    expect: [],
  },
  {
    ...TOR,
    text: 'Dear Parents,\n\nYour tour of Willow Park Public School is booked for Thursday 15 March at 9:15am. Please sign in at the main office.\n\nKindergarten Registration',
    expect: [],
  },
  {
    ...CHI,
    text: 'Hi team,\n\nOur spring review cycle opens Monday. Self-reviews are due by March 23, and managers will hold review conversations the week of April 2.\n\nThanks,\nPeople Team',
    expect: [],
  },
  {
    ...SIN,
    text: "Hi Wei Ling! Looking forward to our mentoring chat on Wednesday at 5:30pm. I'll bring a few tips on interviewing and salary negotiation.\n\nCheers,\nPriya",
    expect: [],
  },
  {
    ...LDN,
    text: 'Hiring Outlook 2035\n\nOur survey of 400 employers found most respond to applicants within two weeks, and one in three now runs a one-day assessment. Download the full report.\n\nHarbourline Recruitment',
    expect: [],
  },
  {
    ...DUB,
    text: "Hi Ciara,\n\nI've booked your viewing of 12 Rose Lane, Rathmines for Saturday at 11am. The agent, Paul, will meet you at the door.\n\nKind regards,\nDublin Lettings",
    expect: [],
  },
  {
    ...NY,
    text: "Hi Owen,\n\nThanks for applying to Pylon! We'd love to set up a 30-minute intro call with our recruiting team. Please pick a time that works for you using the link below.\n\nTalk soon,\nPylon Recruiting",
    expect: [],
  },
  {
    ...BOM,
    text: 'Dear Taxpayer,\n\nThis is a reminder that your advance tax instalment is due on 15 March 2035. Please pay online to avoid interest under section 234C.\n\nIncome Tax Department',
    expect: [],
  },
  {
    ...MNL,
    text: 'Hi Carlo! Your pre-employment medical exam is booked for Monday, March 12 at 8:00 AM at Healthway Clinic, Makati. Please fast for 8 hours before.\n\nOnboarding Team, Pacific Hub Outsourcing',
    expect: [],
  },
];
