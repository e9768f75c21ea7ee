// Round 220 (issue 13): the lead's third fresh round of English whole messages, written BEFORE the engine read them,
// after rounds 200–213's fixes, in the northern summer: schedules and a move, promises counted from a panel's
// meeting or a reference check, hold-offs, no-calls, outcomes, and mail that must yield nothing (a holiday closure,
// an open evening, others' interviews, a candidate's deadline, a start date, slots to choose from, a payslip, a
// webinar). Names, companies and dates are invented; answers follow TIMELINE-CONVENTIONS.md. First run: FIRST_RUN.
import type { PhraseRow } from './phrases.table';

// Thursday 8 June 2028, 10:20 local (summer time in the northern zones; Sydney on AEST).
const NY = { sentAt: '2028-06-08T10:20:00-04:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2028-06-08T10:20:00-05:00', tz: 'America/Chicago' } as const;
const TOR = { sentAt: '2028-06-08T10:20:00-04:00', tz: 'America/Toronto' } as const;
const LDN = { sentAt: '2028-06-08T10:20:00+01:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2028-06-08T10:20:00+01:00', tz: 'Europe/Dublin' } as const;
const SYD = { sentAt: '2028-06-08T10:20:00+10:00', tz: 'Australia/Sydney' } as const;
const KOL = { sentAt: '2028-06-08T10:20:00+05:30', tz: 'Asia/Kolkata' } as const;
const SGP = { sentAt: '2028-06-08T10:20:00+08:00', tz: 'Asia/Singapore' } as const;
const JNB = { sentAt: '2028-06-08T10:20:00+02:00', tz: 'Africa/Johannesburg' } as const;

/** Round 220: English whole messages. */
export const ROUND_220_EN: readonly PhraseRow[] = [
  {
    ...NY,
    text: 'Hi Priya,\n\nGreat news — the hiring team would like to meet you onsite! Your final round is confirmed for Tuesday, June 13, 9:30 AM–1:00 PM EDT at 45 Hudson Yards, 12th floor. Please bring a photo ID for security.\n\nBest,\nMaya\nRecruiting Coordinator, Lumen Bank',
    expect: [{ kind: 'interview', by: '2028-06-13', time: '09:30' }],
  },
  {
    ...LDN,
    text: 'Hi Ollie,\n\nJust confirming your interview tomorrow at 2pm with Rachel and Sunil at our Shoreditch office. Any problems, give me a shout.\n\nCheers,\nBeth\nTalent Partner, Fable & Co',
    expect: [{ kind: 'interview', by: '2028-06-09', time: '14:00' }],
  },
  {
    ...SYD,
    text: 'Hi Mei,\n\nThanks for the great chat on Tuesday. Would Monday 19 June at 11am AEST work for a video call with our Head of Data?\n\nKind regards,\nSean\nTalent Acquisition, Wattle Analytics',
    expect: [{ kind: 'interview', by: '2028-06-19', time: '11:00' }],
  },
  {
    ...CHI,
    text: 'Jordan – your interview has been moved from Friday 6/9 at 3pm to Monday 6/12 at 10am CT. Same Zoom link. Apologies for the change!\n\nKelsey\nHR, Great Lakes Freight',
    expect: [{ kind: 'interview', by: '2028-06-12', time: '10:00' }],
  },
  {
    ...KOL,
    text: 'Dear Applicant,\n\nThis is to inform you that your technical interview is scheduled on 12th June 2028 at 4:00 PM via Google Meet. The link will be shared 30 minutes before.\n\nRegards,\nTA Team\nIndus Micro Systems',
    expect: [{ kind: 'interview', by: '2028-06-12', time: '16:00' }],
  },
  {
    ...TOR,
    text: "Hi Aisha,\n\nI'd like to set up a 30-minute call with our Director, Paul Singh. He's free Wednesday June 14 at 3:30pm ET – does that work?\n\nThanks,\nMegan\nPeople Team, Northwind Energy",
    expect: [{ kind: 'interview', by: '2028-06-14', time: '15:30' }],
  },
  // Promises.
  {
    ...NY,
    text: "Hi Luis,\n\nThanks for your time with the panel today. We'll circle back with next steps by Wednesday.\n\nBest,\nHannah\nRecruiting, Cobalt Health",
    expect: [{ kind: 'response-by', by: '2028-06-14' }],
  },
  {
    ...DUB,
    text: "Hi Eoin,\n\nFeedback usually takes around five working days; I'll chase the hiring manager if I haven't heard by then.\n\nThanks,\nAoife\nConsultant, Emerald Recruitment",
    expect: [{ kind: 'response-by', by: '2028-06-15', fuzzy: true }],
  },
  {
    ...SGP,
    text: 'Dear Mr Chua,\n\nThe panel will convene on 20 June, and candidates will be informed of the outcome within one week thereafter.\n\nYours sincerely,\nHuman Resources\nRaffles Engineering Pte Ltd',
    expect: [{ kind: 'response-by', by: '2028-06-27' }],
  },
  {
    ...JNB,
    text: 'Dear Ms Khumalo\n\nThank you for attending the interview. We will communicate the outcome before the end of June.\n\nKind regards\nRecruitment Office\nLimpopo Provincial Treasury',
    expect: [{ kind: 'response-by', by: '2028-06-30' }],
  },
  {
    ...CHI,
    text: 'Hi Drew,\n\nThe team is still comparing notes. I should have an update for you early next week.\n\nThanks,\nCarmen',
    expect: [{ kind: 'response-by', by: '2028-06-14', fuzzy: true }],
  },
  {
    ...NY,
    text: "Hi Nadia,\n\nThanks again for interviewing with us. We're aiming to make a decision within the next 7–10 days.\n\nBest,\nGreg\nTalent, Harbor Point Capital",
    expect: [{ kind: 'response-by', by: '2028-06-18' }],
  },
  // No contact before a day.
  {
    ...LDN,
    text: "Hi Sam,\n\nPlease don't chase before Monday 19 June – half the panel is on annual leave this week.\n\nThanks,\nRuth\nHR Business Partner, Kestrel Homes",
    expect: [{ kind: 'no-contact-before', by: '2028-06-19' }],
  },
  {
    ...TOR,
    text: "Thank you for your email. I'm on annual leave, returning on Monday 19 June. For urgent matters, please contact careers@lakeshorefoods.ca.\n\nNina Patel\nTalent Acquisition, Lakeshore Foods",
    expect: [{ kind: 'no-contact-before', by: '2028-06-19' }],
  },
  {
    ...SYD,
    text: 'Hi Tom,\n\nAs the role closes on 16 June, please hold off on any follow-ups until after that date.\n\nThanks,\nLeah\nRecruitment, Blue Mountains Council',
    expect: [{ kind: 'no-contact-before', by: '2028-06-17' }],
  },
  // No calls.
  {
    ...TOR,
    text: 'Thank you for your interest in the City of Brampton. We kindly ask that candidates not telephone our office regarding this competition; only those selected for interview will be contacted.\n\nHuman Resources',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...SGP,
    text: 'Dear Candidate,\n\nPlease note that our HR team is unable to entertain phone enquiries on application status.\n\nThank you,\nTalent Acquisition, Orchid Airways',
    expect: [{ kind: 'no-calls' }],
  },
  // Outcomes.
  {
    ...NY,
    text: "Hi Kevin,\n\nAfter much deliberation, we've decided not to move forward with your candidacy at this time. Thank you for the time you invested in our process.\n\nBest wishes,\nAllison\nRecruiting, Beacon Robotics",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...LDN,
    text: "Hi Freya,\n\nI'm thrilled to say the panel would like to offer you the post of Senior Planner! I'll send the paperwork through once references are back.\n\nWarm regards,\nIan\nHead of Planning, Avon Vale District Council",
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...DUB,
    text: 'Dear Ciarán,\n\nThank you for your application. Unfortunately the position has now been filled.\n\nKind regards,\nHR Team, Galway Bay Hotels',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  // Nothing to find.
  {
    ...NY,
    text: 'Reminder: Our office will be closed Monday, June 19 in observance of Juneteenth. We will respond to inquiries when we reopen.\n\nHudson Staffing Group',
    expect: [],
  },
  {
    ...LDN,
    text: 'Join us for our Graduate Open Evening on Wednesday 14 June, 6–8pm, at our Manchester office. Book your place now!\n\nYou are receiving this because you registered interest in our graduate programme. Unsubscribe',
    expect: [],
  },
  {
    ...CHI,
    text: "Hi Jess,\n\nThanks for checking in. We're still interviewing a few other candidates this week and next, so please bear with us.\n\nMark",
    expect: [],
  },
  {
    ...KOL,
    text: 'Dear Candidate,\n\nKindly complete the online assessment on or before 12 June 2028, 11:59 PM. The link is valid for one attempt only.\n\nRegards,\nHR Team, Deccan Fintech',
    expect: [],
  },
  {
    ...SYD,
    text: 'Hi Zoe,\n\nWelcome to the team! Your start date is Monday 3 July. Please arrive at 8:30am for induction with the People team.\n\nCheers,\nAmy',
    expect: [],
  },
  {
    ...SGP,
    text: 'Hi Ryan,\n\nWhich of these suits you better for a chat: Tue 13 June at 10am or Wed 14 June at 3pm?\n\nBest,\nShu Fen',
    expect: [],
  },
  {
    ...TOR,
    text: 'Your pay statement for the period ending June 9 is now available in the employee portal.\n\nPayroll Services',
    expect: [],
  },
  {
    ...JNB,
    text: 'Thank you for registering for our careers webinar on Thursday 15 June at 12:00 SAST. The joining link will be sent the day before.\n\nGraduate Recruitment, Protea Bank',
    expect: [],
  },
  {
    ...NY,
    text: "Hi Tara,\n\nHeads up: I'm interviewing candidates for two other roles on Monday, so I'll be slow to reply that day.\n\nJen",
    expect: [],
  },
];
