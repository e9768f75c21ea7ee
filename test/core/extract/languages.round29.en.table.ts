// Round 330 (issue 13): written BEFORE the engine read it, in the pass's last hour, after round 320's and fx291's
// fixes. Positives: offers and slots in words not tried before (a "verbal offer", "the job is yours", "we'd like to
// move you to the final stage on Friday", a Teams invitation's "When:" line, a recruiter's "pencil you in"); negatives
// where the reader sits elsewhere or an interview is of another kind (a mock interview with a career service, a
// journalist's interview, a clinical trial's screening visit, an internal audit interview, a tenancy reference, a
// recruiter asking the reader to interview a candidate, a promotion board the reader sits on). Names, companies and
// dates are invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Tuesday 5 March 2030, 09:50 local.
const NY = { sentAt: '2030-03-05T09:50:00-05:00', tz: 'America/New_York' } as const;
const LDN = { sentAt: '2030-03-05T09:50:00+00:00', tz: 'Europe/London' } as const;
const SYD = { sentAt: '2030-03-05T09:50:00+11:00', tz: 'Australia/Sydney' } as const;
const SGP = { sentAt: '2030-03-05T09:50:00+08:00', tz: 'Asia/Singapore' } as const;
const LAG = { sentAt: '2030-03-05T09:50:00+01:00', tz: 'Africa/Lagos' } as const;

/** Round 330: English whole messages, half of them negatives. */
export const ROUND_330_EN: readonly PhraseRow[] = [
  // Positives.
  {
    ...NY,
    text: "Hi Tasha,\n\nI'm happy to share that the team would like to extend you a verbal offer for the Account Manager role! Written details will follow by Thursday.\n\nBest,\nGreg\nRecruiter, Hudson Logistics",
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2030-03-07' },
    ],
  },
  {
    ...LDN,
    text: 'Hi Owen,\n\nGreat news – the job is yours if you want it! Let me know by Friday and I will send the paperwork.\n\nCheers,\nRuth\nOffice Manager, Pike & Co',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...SYD,
    text: "Hi Mia,\n\nThe panel enjoyed meeting you. We'd like to move you to the final stage on Friday 8 March at 11am with our GM.\n\nKind regards,\nPeople & Culture, Harbour Health",
    expect: [{ kind: 'interview', by: '2030-03-08', time: '11:00' }],
  },
  {
    ...NY,
    text: 'Microsoft Teams meeting\n\nInterview – Data Governance Lead\nWhen: Wednesday, March 13, 2030 2:00 PM-3:00 PM (UTC-05:00) Eastern Time (US & Canada)\nOrganizer: Rachel Kim\n\nJoin on your computer or mobile app',
    expect: [{ kind: 'interview', by: '2030-03-13', time: '14:00' }],
  },
  {
    ...SGP,
    text: 'Hi Darren, can I pencil you in for a chat with our Head of Risk on Thursday at 4pm SGT? Let me know!\n\nJasmine, Talent Acquisition',
    expect: [{ kind: 'interview', by: '2030-03-07', time: '16:00' }],
  },
  {
    ...LAG,
    text: 'Dear Chidi,\n\nThank you for attending the interview. The panel will conclude its deliberations this week and successful candidates will be contacted on or before 15 March 2030.\n\nHuman Resources, Delta Refining',
    expect: [{ kind: 'response-by', by: '2030-03-15' }],
  },
  {
    ...LDN,
    text: "Hi Priya,\n\nJust a quick note to say we haven't forgotten you! We'll have an update on the Marketing Executive role by the end of the month.\n\nBest,\nEmma",
    expect: [{ kind: 'response-by', by: '2030-03-31' }],
  },
  {
    ...NY,
    text: 'Dear Mr. Ortiz,\n\nWe appreciate your interest in the Senior Auditor position. Unfortunately, we will not be moving forward with your application.\n\nRespectfully,\nTalent Acquisition, Granite Bank',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...SYD,
    text: 'Hi Liam,\n\nPlease refrain from contacting the hiring manager directly; all communication should come through me.\n\nThanks,\nJess\nRecruitment Consultant',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...LDN,
    text: "Hi Kofi,\n\nThanks for your patience. I'm away until Monday 11 March, so please don't chase before then – I'll send you the panel's feedback that day.\n\nBest,\nClaire, HR",
    expect: [
      { kind: 'no-contact-before', by: '2030-03-11' },
      { kind: 'response-by', by: '2030-03-11' },
    ],
  },
  // Negatives.
  {
    ...LDN,
    text: 'Hi Sam,\n\nYour mock interview with a careers adviser is booked for Thursday 7 March at 2pm in the Careers Hub.\n\nUniversity Careers Service',
    expect: [],
  },
  {
    ...NY,
    text: "Hi Dr. Lee,\n\nI'm a reporter with The Daily Ledger working on a story about remote hiring. Could I interview you for 15 minutes on Thursday at 11am?\n\nMaya Brooks",
    expect: [],
  },
  {
    ...NY,
    text: 'Thank you for your interest in our asthma study. Your screening visit is scheduled for Friday, March 8 at 9:00 AM at the Clinical Research Unit.',
    expect: [],
  },
  {
    ...LDN,
    text: 'Hi Ben,\n\nAs part of this year’s internal audit, the audit team would like to interview you about the payments process on Wednesday 13 March at 10am.\n\nInternal Audit',
    expect: [],
  },
  {
    ...LDN,
    text: 'Dear Sir/Madam,\n\nYour former tenant, Mr. Sam Carter, has applied to rent a property with us and named you as his landlord reference. Could you reply by Friday 8 March?\n\nLettings, Oak Estates',
    expect: [],
  },
  {
    ...SGP,
    text: 'Hi Darren, could you interview one of our shortlisted candidates for the Risk Analyst role on Thursday at 4pm? CV attached.\n\nJasmine, Talent Acquisition',
    expect: [],
  },
  {
    ...LAG,
    text: 'Dear Mrs. Adeyemi,\n\nYou have been nominated to sit on the promotion board for the Senior Officer grade on Monday 11 March 2030 at 10:00 am.\n\nHuman Resources',
    expect: [],
  },
  {
    ...NY,
    text: 'Your Interview Prep Pro subscription renews on March 15, 2030. Manage your plan in Settings.',
    expect: [],
  },
  {
    ...LDN,
    text: "Hi team,\n\nWe're interviewing for two graduate roles next week. If you know anyone, send them my way before Friday!\n\nRuth",
    expect: [],
  },
  {
    ...SYD,
    text: 'Reminder: your annual performance conversation with Tom is on Thursday 7 March at 3pm.\n\nWorkday',
    expect: [],
  },
];
