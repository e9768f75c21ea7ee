// Round 290 (issue 13): written BEFORE the engine read it, after round 280b and r64's fixes. Positives in the
// layouts of more applicant tracking and scheduling systems (Paradox's text assistant, Calendly, Workable, Jobvite,
// SuccessFactors, DocuSign offers) and recruiters in Illinois, California, Nigeria, the Gulf, England, Italy,
// Canada, New York and New Zealand; negatives of kinds not tried before (an on-demand video interview's deadline, a
// job board's "application viewed", a meetup ticket, a library, a parking fine, benefits enrolment, telehealth, the
// candidate's own free times, a retimed flight, an interview-reviews site, a bank's fraud hold, a case-interview
// webinar, the reader asked to sit on a panel, a child's swimming lessons). Names, companies and dates are invented;
// answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Wednesday 13 June 2029, 14:20 local.
const NY = { sentAt: '2029-06-13T14:20:00-04:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2029-06-13T14:20:00-05:00', tz: 'America/Chicago' } as const;
const LA = { sentAt: '2029-06-13T14:20:00-07:00', tz: 'America/Los_Angeles' } as const;
const TOR = { sentAt: '2029-06-13T14:20:00-04:00', tz: 'America/Toronto' } as const;
const LDN = { sentAt: '2029-06-13T14:20:00+01:00', tz: 'Europe/London' } as const;
const ROM = { sentAt: '2029-06-13T14:20:00+02:00', tz: 'Europe/Rome' } as const;
const LOS = { sentAt: '2029-06-13T14:20:00+01:00', tz: 'Africa/Lagos' } as const;
const DXB = { sentAt: '2029-06-13T14:20:00+04:00', tz: 'Asia/Dubai' } as const;
const AKL = { sentAt: '2029-06-13T14:20:00+12:00', tz: 'Pacific/Auckland' } as const;
const SYD = { sentAt: '2029-06-13T14:20:00+10:00', tz: 'Australia/Sydney' } as const;

/** Round 290: English whole messages, about half of them negatives. */
export const ROUND_290_EN: readonly PhraseRow[] = [
  // Positives.
  {
    ...CHI,
    text: 'Hi Jordan! This is Olivia, the virtual assistant for Harvest Grocers. Your interview for Store Associate is confirmed for Fri, Jun 15 at 4:30 PM at Store #2214, 88 Elm Ave. Reply C to cancel or R to reschedule.',
    expect: [{ kind: 'interview', by: '2029-06-15', time: '16:30' }],
  },
  {
    ...LA,
    text: 'A new event has been scheduled.\n\nEvent Type: 30 Minute Interview – Backend Engineer\nInvitee: Tomás Herrera\nEvent Date/Time: 10:00am - 10:30am (Pacific Time - US & Canada), Monday, June 18, 2029\nLocation: Google Meet\n\nWaypoint Labs',
    expect: [{ kind: 'interview', by: '2029-06-18', time: '10:00' }],
  },
  {
    ...LDN,
    text: "Dear Hannah,\n\nThank you for taking the time to interview with us for the Customer Support Specialist role. We were impressed with your background, but after careful consideration we've decided to move ahead with a candidate whose experience more closely aligns with the position.\n\nBest regards,\nThe Fjord Apps Hiring Team",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...LOS,
    text: 'Hi Obinna,\n\nThank you for completing your final interview. Our hiring committee meets on Monday 18 June and you can expect to hear from us by the end of that week.\n\nWarm regards,\nTalent Acquisition, Lagos Fintech Hub',
    expect: [{ kind: 'response-by', by: '2029-06-22' }],
  },
  {
    ...DXB,
    text: 'Dear Applicant,\n\nWe acknowledge receipt of your application for the position of Procurement Specialist (Job ID 401877). Applications are reviewed after the posting closes on 22 June 2029, and shortlisted candidates will be contacted within 3 weeks of the closing date.\n\nKind regards,\nHuman Resources\nGulf Petrochem',
    expect: [{ kind: 'response-by', by: '2029-07-13' }],
  },
  {
    ...LDN,
    text: "Hi Ellie,\n\nThe client is interviewing all week, so there's no point chasing me for news before Monday 25 June. I'll call you that day either way.\n\nThanks,\nGemma\nPlatinum Recruitment",
    expect: [
      { kind: 'no-contact-before', by: '2029-06-25' },
      { kind: 'response-by', by: '2029-06-25' },
    ],
  },
  {
    ...ROM,
    text: "Hi Marco,\n\nGreat news — the team would like to extend you an offer for the Senior QA Engineer role! I'll send the written offer through DocuSign today; could you let me know your decision by Monday 18 June?\n\nBest,\nLucia\nRecruiting Lead, Adriatic Games",
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2029-06-13' },
    ],
  },
  {
    ...DXB,
    text: 'Hi Aisha,\n\nDue to a clash, we need to reschedule your panel interview from 19/06 at 10:00 to 21/06 at 14:00. Please confirm this suits.\n\nRegards,\nRecruitment, Gulf Petrochem',
    expect: [{ kind: 'interview', by: '2029-06-21', time: '14:00' }],
  },
  {
    ...TOR,
    text: 'Hello Jean,\n\nThank you for applying to Northern Shield Insurance. Please note that we do not accept phone calls regarding the status of your application; all updates will be sent by email.\n\nTalent Acquisition',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...NY,
    text: "Hi Priya,\n\nWe hope to finalise things once the board signs off on the budget on the 26th, and I'll let you know either way by the 29th.\n\nBest,\nDaniel",
    expect: [{ kind: 'response-by', by: '2029-06-29' }],
  },
  {
    ...AKL,
    text: "Hi Liam,\n\nI'm away on paternity leave from tomorrow until 2 July. Please hold off on any questions about your application until I'm back.\n\nCheers,\nTom\nHR Manager, Kiwi Print",
    expect: [{ kind: 'no-contact-before', by: '2029-07-02' }],
  },
  // Negatives.
  {
    ...NY,
    text: 'Dear Samira,\n\nThank you for your application to the 2029 Analyst Program at Northbridge Bank. The next step is a HireVue on-demand video interview. Please complete it by 11:59 PM on Tuesday 19 June.\n\nNorthbridge Campus Recruiting',
    expect: [],
  },
  {
    ...NY,
    text: 'Your application was viewed by Cobalt Analytics\n\nSenior Data Analyst · Cobalt Analytics · Remote\nApplied 6 days ago\n\nSee more jobs like this',
    expect: [],
  },
  {
    ...TOR,
    text: "You're going to Women in Tech Toronto Meetup!\n\nThursday, June 21, 2029 6:00 PM - 9:00 PM EDT\nMaRS Discovery District\n\nView your ticket",
    expect: [],
  },
  {
    ...AKL,
    text: 'Reminder: 2 items are due back on Monday 18 June 2029. Renew online or visit your branch.\n\nWellington City Libraries',
    expect: [],
  },
  {
    ...LDN,
    text: 'Penalty Charge Notice PCN WK44218803. Pay £35 within 14 days of the date of this notice; after 28 days the charge increases to £105.\n\nCity of Westminster',
    expect: [],
  },
  {
    ...LDN,
    text: 'Hi all,\n\nOpen enrolment for 2030 benefits runs until Friday 29 June. HR will hold drop-in sessions on Tuesday 19 June at 12pm in the canteen.\n\nPeople Team',
    expect: [],
  },
  {
    ...SYD,
    text: 'Hi Samira, your video consultation with Dr. Patel is confirmed for Tuesday 19 June at 9:15am. Join from the link 5 minutes early.\n\nHealthDirect',
    expect: [],
  },
  {
    ...LDN,
    text: "Hi Gemma,\n\nThanks for the update! I'm free Monday or Tuesday afternoon next week if the client wants to talk.\n\nBest,\nEllie",
    expect: [],
  },
  {
    ...LDN,
    text: 'Your flight BA0117 to New York on Fri 15 Jun 2029 has been retimed. New departure: 11:25. We apologise for any inconvenience.',
    expect: [],
  },
  {
    ...LA,
    text: 'Interview tips for Product Manager at Stripe\n\nCandidates say the onsite takes about 5 hours. Most hear back within 2 weeks.\n\nRead 148 interview reviews',
    expect: [],
  },
  {
    ...LDN,
    text: "We've placed a temporary hold on your card. Please call us on 0800 123 456 within 48 hours to confirm recent transactions.\n\nHarbour Bank",
    expect: [],
  },
  {
    ...NY,
    text: "Reminder: 'Ace Your Case Interview' starts tomorrow at 1 PM ET. Add to calendar.",
    expect: [],
  },
  {
    ...LDN,
    text: 'Hi Ellie, could you sit in on the final interview for the Marketing Lead role on Thursday at 3pm? CV attached.\n\nRaj',
    expect: [],
  },
  {
    ...SYD,
    text: 'Swim lessons resume Saturday 16 June at 9:30am for Stage 3. Please arrive 10 minutes early.\n\nAquaKids',
    expect: [],
  },
];
