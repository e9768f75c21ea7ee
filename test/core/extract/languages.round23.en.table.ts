// Round 270 (issue 13): written BEFORE the engine read it, after round 260b's fixes, in the last hour of the pass.
// Half negatives of kinds not tried before (a recruiter's vacancy for the reader to fill as hiring manager, a
// webinar recording, a payslip query, a conference speaker slot, a bank's "interview" for a loan, a parcel, a
// landlord's inspection, a church choir, a driving test, a museum tour), half positives in layouts from Ghana, Texas,
// Toronto, Glasgow and Auckland. Names, companies and dates are invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Tuesday 7 November 2028, 11:20 local.
const NY = { sentAt: '2028-11-07T11:20:00-05:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2028-11-07T11:20:00-06:00', tz: 'America/Chicago' } as const;
const TOR = { sentAt: '2028-11-07T11:20:00-05:00', tz: 'America/Toronto' } as const;
const LDN = { sentAt: '2028-11-07T11:20:00+00:00', tz: 'Europe/London' } as const;
const AKL = { sentAt: '2028-11-07T11:20:00+13:00', tz: 'Pacific/Auckland' } as const;
const ACC = { sentAt: '2028-11-07T11:20:00+00:00', tz: 'Africa/Accra' } as const;

/** Round 270: English whole messages, half of them negatives. */
export const ROUND_270_EN: readonly PhraseRow[] = [
  // Positives.
  {
    ...ACC,
    text: 'Dear Efua,\n\nWe are pleased to invite you for a panel interview for the post of Procurement Officer.\n\nDate: Monday, 13th November 2028\nTime: 10:30 am\nVenue: Conference Room B, Head Office, Airport City\n\nYours faithfully,\nHuman Resource Manager\nVolta Agro Ltd',
    expect: [{ kind: 'interview', by: '2028-11-13', time: '10:30' }],
  },
  {
    ...CHI,
    text: "Hey Travis,\n\nGreat talking yesterday! We're finishing up with the other finalists this week and I'll have an answer for you by the end of next week.\n\nThanks,\nMelissa\nTalent Acquisition, Lone Star Freightways",
    expect: [{ kind: 'response-by', by: '2028-11-17' }],
  },
  {
    ...TOR,
    text: 'Hi Arjun,\n\nThank you for your patience. After much deliberation, the team has decided not to move forward with your candidacy at this time.\n\nAll the best,\nChloe\nRecruitment, Maple Leaf Insurance',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...LDN,
    text: "Hi Fraser,\n\nApologies for the delay – our MD has been travelling. We'll have a decision for you within 10 working days of today.\n\nKind regards,\nIsla\nHR Officer, Clydeside Engineering",
    expect: [{ kind: 'response-by', by: '2028-11-21' }],
  },
  {
    ...AKL,
    text: "Kia ora Mere,\n\nWe're not able to take phone calls about applications, sorry! The hiring manager will be in touch with shortlisted candidates by 24 November.\n\nNgā mihi,\nPeople Team, Kōwhai Health",
    expect: [{ kind: 'no-calls' }, { kind: 'response-by', by: '2028-11-24' }],
  },
  // Negatives.
  {
    ...NY,
    text: "Hi Sam,\n\nAs discussed, we've opened the Senior Analyst req on your team. I'll start sourcing this week and aim to send you the first shortlist within two weeks. Can we do a 15-minute intake call Thursday at 11?\n\nThanks,\nRita\nTalent Partner",
    expect: [],
  },
  {
    ...CHI,
    text: 'Thanks for registering for "Negotiating Your Job Offer". The recording is now available and will stay online until November 30. Our next live session is Tuesday, November 14 at 12 PM CT.\n\nCareerPath Academy',
    expect: [],
  },
  {
    ...LDN,
    text: 'Hi Fraser,\n\nThanks for your payslip query. Payroll will review the overtime calculation and reply within 3 working days.\n\nHR Shared Services',
    expect: [],
  },
  {
    ...TOR,
    text: 'Hi Arjun,\n\nThanks for agreeing to speak at DataConf Toronto! Your talk slot is Thursday, November 16 at 2:15 PM in Hall B. Please send your slides by November 10.\n\nDataConf Program Committee',
    expect: [],
  },
  {
    ...ACC,
    text: 'Dear Customer,\n\nYour loan application has been received. Kindly visit our Osu branch for a credit interview on Thursday, 9th November 2028 at 11:00 am with your payslips and Ghana Card.\n\nCoastal Savings Bank',
    expect: [],
  },
  {
    ...AKL,
    text: "Kia ora Mere,\n\nJust a heads-up that the routine property inspection at 12 Rata Street is booked for Friday 10 November at 1pm. You don't need to be home.\n\nHarbour Property Management",
    expect: [],
  },
  {
    ...NY,
    text: 'Your DMV road test is scheduled for Wednesday, November 15, 2028 at 9:40 AM at the Red Hook test site. Arrive 15 minutes early with your permit and a licensed driver.\n\nNYS DMV',
    expect: [],
  },
  {
    ...LDN,
    text: 'Dear choir members,\n\nRehearsal this week moves to Thursday 9 November at 7.30pm in the church hall. The Christmas concert programme will be circulated by Friday.\n\nSt Columba’s Music',
    expect: [],
  },
];
