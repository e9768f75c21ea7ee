// Round 290b (issue 13): written BEFORE the engine read it, after round 290's fixes. Negatives that use a job's
// words but are not the reader's application (the reader as referrer, as hiring manager, as exhibitor, as referee, as
// guest, as contractor; a friend asking for a referral; a job board's marketing; an interview masterclass; a "now
// hiring" card; internal vacancies; a jobcentre appointment), positives in layouts not tried before (a recruiter's
// forward of the hiring manager's slot, a phone's lower-case note, a flattened HTML table, an assistant booking for
// her manager, a window counted from a return). Names, companies and dates are invented; answers follow
// TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Friday 7 September 2029, 16:45 local.
const NY = { sentAt: '2029-09-07T16:45:00-04:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2029-09-07T16:45:00-05:00', tz: 'America/Chicago' } as const;
const LA = { sentAt: '2029-09-07T16:45:00-07:00', tz: 'America/Los_Angeles' } as const;
const PHX = { sentAt: '2029-09-07T16:45:00-07:00', tz: 'America/Phoenix' } as const;
const LDN = { sentAt: '2029-09-07T16:45:00+01:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2029-09-07T16:45:00+01:00', tz: 'Europe/Dublin' } as const;
const OSL = { sentAt: '2029-09-07T16:45:00+02:00', tz: 'Europe/Oslo' } as const;
const ACC = { sentAt: '2029-09-07T16:45:00+00:00', tz: 'Africa/Accra' } as const;
const MEL = { sentAt: '2029-09-07T16:45:00+10:00', tz: 'Australia/Melbourne' } as const;
const SYD = { sentAt: '2029-09-07T16:45:00+10:00', tz: 'Australia/Sydney' } as const;
const KOL = { sentAt: '2029-09-07T16:45:00+05:30', tz: 'Asia/Kolkata' } as const;

/** Round 290b: English whole messages, half of them negatives. */
export const ROUND_290B_EN: readonly PhraseRow[] = [
  // Positives.
  {
    ...CHI,
    text: 'Hi Anil, see below from the hiring manager – can you do Tuesday?\n\n---------- Forwarded message ---------\nFrom: Greg Olsen <greg@tundra.io>\nDate: Fri, Sep 7, 2029 at 2:10 PM\nSubject: Anil\n\nHappy to meet Anil on Tuesday 11 September at 3:30 PM CT for 45 minutes.\n\nGreg',
    expect: [{ kind: 'interview', by: '2029-09-11', time: '15:30' }],
  },
  {
    ...LDN,
    text: "Hi Beth - thx for today! team's huddling monday, will def have an answer for u by wed latest. Rach\n\nSent from my iPhone",
    expect: [{ kind: 'response-by', by: '2029-09-12' }],
  },
  {
    ...SYD,
    text: 'Interview Invitation\n\nPosition | Graduate Civil Engineer\nDate | Thursday 13 September 2029\nTime | 09:00 – 12:00 (AEST)\nVenue | Level 4, 200 George St, Sydney\n\nPlease reply to confirm your attendance.\n\nHarbour Infrastructure Graduate Program',
    expect: [{ kind: 'interview', by: '2029-09-13', time: '09:00' }],
  },
  {
    ...LA,
    text: 'Dear Ms. Kimura,\n\nWe are pleased to offer you the position of Research Associate. Please confirm your acceptance by 30 September 2029.\n\nSincerely,\nDr. Alan Brooks\nDirector, Helix Institute',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...NY,
    text: "Hi Nadia,\n\nOur VP is back from leave on Monday and will review the shortlist that week; we'll update all finalists within five business days of her return.\n\nBest,\nSam\nRecruiting, Halcyon Media",
    expect: [{ kind: 'response-by', by: '2029-09-17' }],
  },
  {
    ...LDN,
    text: "Dear Oliver,\n\nThank you for attending the assessment day. I'm sorry to say that on this occasion you have not been successful in progressing to the final stage.\n\nKind regards,\nEarly Careers Team, Pennine Water",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...DUB,
    text: "Hi Jo, we're still waiting on sign-off from finance, which could take a while, but I'll definitely let you know where things stand by the end of the month either way. Thanks for your patience!\n\nKate\nTalent Partner",
    expect: [{ kind: 'response-by', by: '2029-09-30' }],
  },
  {
    ...PHX,
    text: 'Dear Candidates,\n\nThank you for interviewing with the City of Mesa. Please allow 10 business days from today before checking in on the status of the selection.\n\nHuman Resources',
    expect: [{ kind: 'no-contact-before', by: '2029-09-21' }],
  },
  {
    ...NY,
    text: 'Hi Sam,\n\nConfirming your call with our founder on Monday 10 September at 9:00 AM Pacific.\n\nThanks,\nLena\nOperations, Brightwave',
    expect: [{ kind: 'interview', by: '2029-09-10', time: '12:00' }],
  },
  {
    ...OSL,
    text: "Hi Ola,\n\nThanks for applying! Just so you know, our recruiters aren't able to take calls about open roles – email is best.\n\nThe Nordlys Talent Team",
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...ACC,
    text: "Hi Kwame,\n\nI'm reaching out on behalf of Ama Boateng. She'd like to meet you for the Finance Manager role on Wednesday 12 September at 11:00 GMT at our Airport City office. Could you let me know if that works?\n\nBest,\nEsi (Executive Assistant)",
    expect: [{ kind: 'interview', by: '2029-09-12', time: '11:00' }],
  },
  {
    ...KOL,
    text: "Hi Dev,\n\nWe close applications on 14 September and won't review any until then, so please don't follow up before the 17th.\n\nThanks,\nHR",
    expect: [{ kind: 'no-contact-before', by: '2029-09-17' }],
  },
  // Negatives.
  {
    ...NY,
    text: "Hi Sam,\n\nThanks for referring Priya Nair for the Data Scientist role! She's been invited to interview on Thursday 13 September at 10am. If she's hired, your referral bonus will be paid within 30 days of her start date.\n\nTalent Team",
    expect: [],
  },
  {
    ...LDN,
    text: "Hey! I saw Acme is hiring a product designer – would you be able to refer me? My portfolio's attached. Could we grab a coffee Tuesday at 5 to chat about the team?\n\nLeah",
    expect: [],
  },
  {
    ...LDN,
    text: 'Recruiters are hiring now! 23 new Marketing jobs in Manchester. Apply by Sunday 9 September to be seen first.\n\nTotaljobs',
    expect: [],
  },
  {
    ...LDN,
    text: 'Your Interview Masterclass starts Monday 10 September at 7pm BST. Log in 10 minutes early. See you there!\n\nCareerLab Academy',
    expect: [],
  },
  {
    ...NY,
    text: 'Reminder: 3 candidates are awaiting your review for Requisition 5521 – Senior Accountant. Please complete your feedback by Tuesday 11 September.\n\nWorkday',
    expect: [],
  },
  {
    ...MEL,
    text: 'Northwind Traders is hiring: Operations Lead\nMelbourne · Hybrid · Posted 2 days ago\nApplications close 21 September.',
    expect: [],
  },
  {
    ...CHI,
    text: "Hi Marta,\n\nYour company's booth at the Fall Career Fair is confirmed for Wednesday 12 September, 10am-3pm, Booth 14. Setup begins at 8:30am.\n\nUniversity Career Services",
    expect: [],
  },
  {
    ...ACC,
    text: 'Dear Mr Osei,\n\nKofi Mensah has applied for the role of Logistics Coordinator with us and named you as a referee. Could you complete the attached form by Wednesday 12 September?\n\nHR, Tema Ports',
    expect: [],
  },
  {
    ...LDN,
    text: "Hi James,\n\nWe're hosting a CFO roundtable dinner on Thursday 20 September at 7pm at The Ivy. Would love you to join us as our guest.\n\nBest,\nSophie\nPartner, Berkeley Search",
    expect: [],
  },
  {
    ...LDN,
    text: 'Internal vacancies this week: Team Lead (Payments), closing 14 September; Scrum Master, closing 21 September. Speak to your manager before applying.\n\nHR Connect',
    expect: [],
  },
  {
    ...LDN,
    text: 'Hi Tom,\n\nReminder to submit your timesheet for the week by 12pm Monday so payroll can process it. Payments land within 3 working days.\n\nApex Contracting',
    expect: [],
  },
  {
    ...LDN,
    text: 'Your appointment with your work coach is on Tuesday 11 September at 10:20 at Leeds Jobcentre. Bring your claimant commitment.',
    expect: [],
  },
];
