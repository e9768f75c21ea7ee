// Round 710 (issue 13): written BEFORE the engine read it, in the sixteenth pass, on the Friday morning after a US
// Thanksgiving. Positives: a Greenhouse-style itinerary in GMT, a Workday status "Not Selected" with a status
// timestamp, "before the holidays", feedback "on Monday" after a long weekend, a hold "until then" after a closure to
// Monday 2 December, an offer with the candidate's reply-by day, no-calls with the negation far from "call", "by
// mid-December" after an internal step in early December, a Mexico City onsite "from 9:30 to 14:00", a decision
// "within two working days of" a panel on Tuesday 3 December, a call moved "from Tuesday to Thursday, same time (2pm
// CET)", "in the new year, once budgets are confirmed", an Indian "you are requested to report … on 03/12/2047 at
// 09:30 hrs", a Calendly confirmation in Pacific Time. Negatives: a one-way video interview's due date, a hiring
// manager's overdue scorecards, a Black Friday sale, open enrollment, an agency pitching candidates, a referee's
// request, a parent–teacher interview, a careers fair, an acknowledgement, a thanks for a past interview, slots to
// choose from, a delivery, a friend's mock interview, a closing date with an interview week. Names, companies and
// dates are invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Friday 29 November 2047, 08:05 local.
const NY = { sentAt: '2047-11-29T08:05:00-05:00', tz: 'America/New_York' } as const;
const LA = { sentAt: '2047-11-29T08:05:00-08:00', tz: 'America/Los_Angeles' } as const;
const CHI = { sentAt: '2047-11-29T08:05:00-06:00', tz: 'America/Chicago' } as const;
const MEX = { sentAt: '2047-11-29T08:05:00-06:00', tz: 'America/Mexico_City' } as const;
const TOR = { sentAt: '2047-11-29T08:05:00-05:00', tz: 'America/Toronto' } as const;
const LDN = { sentAt: '2047-11-29T08:05:00+00:00', tz: 'Europe/London' } as const;
const BER = { sentAt: '2047-11-29T08:05:00+01:00', tz: 'Europe/Berlin' } as const;
const MAA = { sentAt: '2047-11-29T08:05:00+05:30', tz: 'Asia/Kolkata' } as const;
const SIN = { sentAt: '2047-11-29T08:05:00+08:00', tz: 'Asia/Singapore' } as const;
const MEL = { sentAt: '2047-11-29T08:05:00+11:00', tz: 'Australia/Melbourne' } as const;
const AKL = { sentAt: '2047-11-29T08:05:00+13:00', tz: 'Pacific/Auckland' } as const;
const JNB = { sentAt: '2047-11-29T08:05:00+02:00', tz: 'Africa/Johannesburg' } as const;

/** Round 710: English whole messages, fourteen positives and fourteen negatives. */
export const ROUND_710_EN: readonly PhraseRow[] = [
  // Positives.
  {
    ...LDN,
    text: 'Interview Confirmation\n\nCandidate: Aisha Rahman\nPosition: Product Designer\n\nMonday, December 2nd 2047\n10:00 AM - 11:00 AM GMT\n\nSchedule\n10:00 AM - 10:30 AM\tPortfolio review\t(Ben Cole)\n10:30 AM - 11:00 AM\tCulture add\t(Yara Haddad)\n\nLocation: Zoom https://zoom.us/j/84712209931\n\nSent via Greenhouse',
    expect: [{ kind: 'interview', by: '2047-12-02', time: '10:00' }],
  },
  {
    ...NY,
    text: 'Your application status has changed\n\nJob Requisition: R-20471 Financial Analyst\nStatus: Not Selected\nDate: 11/28/2047 4:12:09 PM\n\nThank you for your interest in Harborview Financial. We encourage you to apply for future openings.\n\nThis is an automated message from Workday.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...CHI,
    text: 'Hi Deshawn,\n\nThank you for completing your interview with Brightline Logistics. Hiring decisions for this requisition are expected before the holidays.\n\nBrightline Talent Acquisition',
    expect: [{ kind: 'response-by', by: '2047-12-24', fuzzy: true }],
  },
  {
    ...LA,
    text: "Hi Noor,\n\nI know the long weekend slowed everything down, sorry! We'll circle back with feedback on Monday.\n\nCheers,\nTrevor",
    expect: [{ kind: 'response-by', by: '2047-12-02' }],
  },
  {
    ...NY,
    text: 'Dear Candidate,\n\nOur offices are closed until Monday, December 2 for the Thanksgiving holiday. Please hold any questions about your application until then.\n\nThank you,\nHuman Resources, Saint Brendan Medical Center',
    expect: [{ kind: 'no-contact-before', by: '2047-12-02' }],
  },
  {
    ...TOR,
    text: "Hi Mateo,\n\nWe are thrilled to extend an offer for the role of Site Reliability Engineer at Northlight. The offer letter is attached; we'd appreciate your decision by December 6.\n\nWelcome (almost) aboard!\nJen",
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...JNB,
    text: 'Dear Applicant,\n\nPlease do not send further emails or call our reception about the vacancy. The panel will contact shortlisted applicants directly.\n\nRegards,\nHR, Highveld Engineering',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...MEL,
    text: "Hi Isla,\n\nThanks for your patience. We'll be finalising the shortlist in early December and will let you know either way by mid-December.\n\nKind regards,\nTom\nPeople & Culture, Yarra Health",
    expect: [{ kind: 'response-by', by: '2047-12-15', fuzzy: true }],
  },
  {
    ...MEX,
    text: 'Hi Valeria,\n\nConfirming your onsite for Wednesday December 4 from 9:30 to 14:00 at our Reforma office. Ask for Ximena at the front desk and bring an ID.\n\nSee you then,\nPablo\nRecruiting, Cobalto Pay',
    expect: [{ kind: 'interview', by: '2047-12-04', time: '09:30' }],
  },
  {
    ...SIN,
    text: 'Dear Mr Tan,\n\nThe final panel is on Tuesday 3 December, and we will make our decision within two working days of it.\n\nYours sincerely,\nRecruitment, Straits Maritime',
    expect: [{ kind: 'response-by', by: '2047-12-05' }],
  },
  {
    ...BER,
    text: 'Hi Katharina,\n\nHannah has a clash, so we need to move your call with her from Tuesday to Thursday, same time (2pm CET). The invite is updated.\n\nThanks!\nLiam\nRecruiting, Brightloop',
    expect: [{ kind: 'interview', by: '2047-12-05', time: '14:00' }],
  },
  {
    ...AKL,
    text: "Kia ora Hemi,\n\nMany thanks for your patience. We're hoping to have news for you in the new year, once budgets are confirmed.\n\nNgā mihi,\nAroha\nTalent, Te Awa Council",
    expect: [{ kind: 'response-by', by: '2048-01-10', fuzzy: true }],
  },
  {
    ...MAA,
    text: 'Dear Candidate,\n\nWith reference to your application for the post of Junior Engineer, you are requested to report for the walk-in interview on 03/12/2047 at 09:30 hrs at our Chennai office along with your original certificates.\n\nRegards,\nHR Department, Coromandel Infra Ltd',
    expect: [{ kind: 'interview', by: '2047-12-03', time: '09:30' }],
  },
  {
    ...LA,
    text: 'Hi Jamie,\n\nYour 30 Minute Intro Call with Northwind Recruiting is scheduled.\n\nDate & time: 1:30pm - 2:00pm, Tuesday, December 3, 2047 (Pacific Time - US & Canada)\nLocation: Google Meet\n\nNeed to make changes? Cancel or reschedule.\n\nPowered by Calendly',
    expect: [{ kind: 'interview', by: '2047-12-03', time: '13:30' }],
  },
  // Negatives.
  {
    ...SIN,
    text: 'Hi Wen,\n\nThe next step is a HireVue video interview. Please complete it by 2 December, 11:59pm. It takes about 20 minutes and you can record it whenever suits you.\n\nCampus Team, Lionsgate Bank',
    expect: [],
  },
  {
    ...NY,
    text: 'Hi Mark,\n\nReminder: you have 3 candidate scorecards overdue in Greenhouse.\n\nSarah Lin (Mon Dec 2, 10:00)\nOmar Haddad (Tue Dec 3, 14:00)\n\nPlease submit feedback within 24 hours of each interview.',
    expect: [],
  },
  {
    ...CHI,
    text: 'BLACK FRIDAY STARTS NOW\n\nInterview-ready suits are 40% off until midnight on Monday, December 2. Free shipping on orders over $75.\n\nShop now | Unsubscribe',
    expect: [],
  },
  {
    ...NY,
    text: 'Reminder: Open enrollment closes on December 6. Please review your benefits choices in Workday before then. HR will host drop-in sessions on Tuesday at 1pm.\n\nTotal Rewards',
    expect: [],
  },
  {
    ...LDN,
    text: "Hi Priya,\n\nI noticed you're hiring for a Senior Accountant. We have three pre-vetted candidates available to interview next week. Shall I send their CVs over?\n\nBest,\nGareth\nApex Finance Recruitment",
    expect: [],
  },
  {
    ...TOR,
    text: 'Dear Dr. Ito,\n\nRavi Shah has listed you as a referee for the Research Fellow position. Could you send your reference by Friday, December 6?\n\nMany thanks,\nHR, Lakeside Institute',
    expect: [],
  },
  {
    ...MEL,
    text: 'Dear Parent,\n\nYour parent–teacher interview with Ms Clarke is booked for Tuesday 3 December at 4:15pm in Room 12.\n\nAlbert Park Primary',
    expect: [],
  },
  {
    ...LDN,
    text: 'Meet 40 employers at the Winter Careers Fair on Wednesday 4 December, 11am–3pm, in the Student Union. On-the-spot interviews available!\n\nCareers Service',
    expect: [],
  },
  {
    ...AKL,
    text: "Kia ora,\n\nWe've received your application for Barista at Kettle & Crumb. If your experience matches what we're looking for, someone from the team will reach out.\n\nCheers,\nKettle & Crumb",
    expect: [],
  },
  {
    ...JNB,
    text: 'Dear Lerato,\n\nThank you for interviewing with us on Tuesday, 26 November. We appreciated the chance to learn more about you and your experience.\n\nKind regards,\nNomvula',
    expect: [],
  },
  {
    ...BER,
    text: 'Hi Jonas,\n\nPlease choose one of the following slots for your second interview: Tue 3 Dec 10:00, Wed 4 Dec 14:00 or Thu 5 Dec 09:00.\n\nBest,\nSelin',
    expect: [],
  },
  {
    ...MAA,
    text: 'Your order #48210 will be delivered on Monday 2 December between 7am and 11am. Track your parcel in the app.\n\nBlueDart',
    expect: [],
  },
  {
    ...LA,
    text: "Hey! Happy to do a mock interview with you before your big day. Does Sunday at 5 work? I'll grill you on system design.\n\n— Raj",
    expect: [],
  },
  {
    ...LDN,
    text: 'The Senior Planner vacancy closes at midnight on 8 December 2047. Interviews are expected to be held in the week commencing 16 December.\n\nPlanning Department, Wexcombe District Council',
    expect: [],
  },
];
