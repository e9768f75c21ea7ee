// Round 280b (issue 13): written BEFORE the engine read it, after round 280's fixes. Half negatives of kinds not
// tried before (a tenant's repair, a driving lesson, a mentoring match, a rent notice, a recruiter selling a candidate
// to the reader, a reunion, a friend's lunch, an expenses deadline, a parcel, a parents' evening, counselling, a
// homeowners' meeting, a careers newsletter's workshop, a coworking tour, a vendor's sales call, a colleague's trip),
// half positives in ATS and recruiter layouts from Illinois, England, Australia, Zimbabwe, India, Québec, Kenya,
// Ireland, Austria and California. Names, companies and dates are invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Monday 16 April 2029, 09:40 local.
const NY = { sentAt: '2029-04-16T09:40:00-04:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2029-04-16T09:40:00-05:00', tz: 'America/Chicago' } as const;
const LA = { sentAt: '2029-04-16T09:40:00-07:00', tz: 'America/Los_Angeles' } as const;
const TOR = { sentAt: '2029-04-16T09:40:00-04:00', tz: 'America/Toronto' } as const;
const LDN = { sentAt: '2029-04-16T09:40:00+01:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2029-04-16T09:40:00+01:00', tz: 'Europe/Dublin' } as const;
const VIE = { sentAt: '2029-04-16T09:40:00+02:00', tz: 'Europe/Vienna' } as const;
const JNB = { sentAt: '2029-04-16T09:40:00+02:00', tz: 'Africa/Johannesburg' } as const;
const NBO = { sentAt: '2029-04-16T09:40:00+03:00', tz: 'Africa/Nairobi' } as const;
const MUM = { sentAt: '2029-04-16T09:40:00+05:30', tz: 'Asia/Kolkata' } as const;
const SYD = { sentAt: '2029-04-16T09:40:00+10:00', tz: 'Australia/Sydney' } as const;

/** Round 280b: English whole messages, half of them negatives. */
export const ROUND_280B_EN: readonly PhraseRow[] = [
  // Positives.
  {
    ...CHI,
    text: 'Dear Olumide,\n\nCongratulations! You have been selected to interview for the Supply Chain Planner position (Req ID 55102).\n\nInterview Type: Microsoft Teams\nInterview Date: 04/19/2029\nStart Time: 2:00 PM CDT\nInterviewers: Karen Holt, Luis Ramos\n\nPlease accept the calendar invitation to confirm.\n\nPrairieland Foods Talent Acquisition',
    expect: [{ kind: 'interview', by: '2029-04-19', time: '14:00' }],
  },
  {
    ...LDN,
    text: "Hi Callum,\n\nJust had feedback from the client – they loved you! They'd like you back for a final stage on Thursday at 9.30am with the Operations Director. Can you confirm you're still available?\n\nCheers,\nHolly\nSenior Recruitment Consultant",
    expect: [{ kind: 'interview', by: '2029-04-19', time: '09:30' }],
  },
  {
    ...SYD,
    text: "Hi Jarrah,\n\nThanks for your patience while we worked through a really strong field. Unfortunately you haven't been successful on this occasion, but we'd encourage you to apply for future roles.\n\nKind regards,\nPeople & Culture, Wattle Energy",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...LDN,
    text: "Hi Meera,\n\nThank you for meeting the panel this morning. We still have two interviews on Wednesday, and we'll let all candidates know the outcome by Friday.\n\nBest wishes,\nCharlotte\nRecruitment Officer, Severn Trust Housing",
    expect: [{ kind: 'response-by', by: '2029-04-20' }],
  },
  {
    ...JNB,
    text: 'Hi Tendai,\n\nThanks for completing the assessment. Our hiring team will review your results and you should hear back within a fortnight.\n\nRegards,\nTalent Team, Zambezi Mining',
    expect: [{ kind: 'response-by', by: '2029-04-30' }],
  },
  {
    ...MUM,
    text: "Hi Arnav,\n\nThe interview panel won't finalise the shortlist until the 27th, so please hold off on any follow-up emails until after then.\n\nThanks,\nDivya\nHR, Indus Pharma",
    expect: [{ kind: 'no-contact-before', by: '2029-04-28' }],
  },
  {
    ...TOR,
    text: "Hi Sophie,\n\nI'm delighted to confirm that we would like to offer you the role of Junior Architect with a start date of Monday 14 May. I'll send the formal contract over this week.\n\nBest,\nMarc Tremblay\nPrincipal, Atelier Nord",
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2029-04-20' },
    ],
  },
  {
    ...SYD,
    text: "Hi Kenji,\n\nApologies - Dr Sato has been called into surgery, so we need to move your interview from Wednesday 18 April at 11:00 to Friday 20 April at 15:00. Please let me know if that's OK.\n\nRegards,\nMedical Staffing Office\nHarbourview Hospital",
    expect: [{ kind: 'interview', by: '2029-04-20', time: '15:00' }],
  },
  {
    ...LA,
    text: "Hi Ravi,\n\nThanks for applying to Juniper Analytics! Our team reviews every application, and if your experience is a match we'll reach out within 2 weeks. Please note we're not able to accept phone calls or walk-ins regarding open positions.\n\nThe Juniper Recruiting Team",
    expect: [{ kind: 'response-by', by: '2029-04-30' }, { kind: 'no-calls' }],
  },
  {
    ...NBO,
    text: 'Thank you for your email. I am out of the office until Tuesday 24 April with no access to email. I will respond to your message on my return.\n\nGrace Mwangi\nRecruitment Lead, Savanna Telecom',
    // (my expectation was wrong: an automatic reply's "I will respond … on my return" is the first day contact is
    // welcome, as rounds 200 and 230 ruled; the first run counted it as a miss)
    expect: [{ kind: 'no-contact-before', by: '2029-04-24' }],
  },
  {
    ...LDN,
    text: 'Hi Chloé,\n\nConfirming your video interview with our Singapore team on Wednesday 18 April at 4:00 PM SGT.\n\nBest,\nTalent Acquisition, Straits Capital',
    expect: [{ kind: 'interview', by: '2029-04-18', time: '09:00' }],
  },
  {
    ...DUB,
    text: 'Hi Declan,\n\nReferences are due back from your referees by Friday 20 April, and we aim to confirm a decision within three working days of receiving them.\n\nKind regards,\nNiamh\nHR Business Partner, Shannon Medical',
    expect: [{ kind: 'response-by', by: '2029-04-25' }],
  },
  {
    ...LDN,
    text: 'Dear Candidate,\n\nThank you for attending the assessment centre. If you have not heard from us by 4 May, please assume that your application has not been successful on this occasion.\n\nGraduate Resourcing, Thames Water Services',
    expect: [{ kind: 'response-by', by: '2029-05-04' }],
  },
  {
    ...NY,
    text: "Hey Lucas!\n\nLoved chatting with you Friday. Our founders are travelling this week, so realistically we'll get back to you with next steps sometime next week.\n\nCheers,\nMaya\nHead of Talent, Pebble",
    expect: [{ kind: 'response-by', by: '2029-04-27' }],
  },
  {
    ...VIE,
    text: 'Hi Ana,\n\nWould you be free for a 45-minute technical interview next Tuesday (24 April) at 10:00 CET? It would be with two of our senior engineers.\n\nBest regards,\nTechnical Recruiting, Danube Systems',
    expect: [{ kind: 'interview', by: '2029-04-24', time: '10:00' }],
  },
  // Negatives.
  {
    ...LA,
    text: 'Hi Ravi,\n\nYour repair request for the leaking tap has been logged. Our contractor will attend on Thursday 19 April between 8am and 12pm.\n\nCity Housing Repairs',
    expect: [],
  },
  {
    ...LDN,
    text: "Hi Callum, just confirming your next lesson is Wednesday at 5pm, pick up from home as usual. Bring your provisional licence!\nDave's Driving School",
    expect: [],
  },
  {
    ...TOR,
    text: "Hi Sophie,\n\nThanks for signing up as a mentor! You've been matched with Priya, a second-year student. Your first mentoring call is set for Thursday 19 April at 6pm.\n\nWomen in Architecture Network",
    expect: [],
  },
  {
    ...TOR,
    text: 'Dear Tenant,\n\nPlease note that your rent will increase to $2,150 from 1 June. If you have questions, contact our office within 14 days of this notice.\n\nMaple Property Group',
    expect: [],
  },
  {
    ...NY,
    text: "Hi Marcus,\n\nI'm representing an excellent senior React developer who's available immediately. Would you have 15 minutes on Thursday at 2pm to discuss whether she'd suit your team?\n\nBest,\nTom\nApex Tech Recruitment",
    expect: [],
  },
  {
    ...LDN,
    text: 'Dear alumni,\n\nJoin us for the Class of 2019 ten-year reunion on Saturday 28 April at 6pm at the Student Union. Tickets close on Friday.\n\nAlumni Relations',
    expect: [],
  },
  {
    ...LDN,
    text: "Hey! Are you free for lunch Thursday at 12:30? I'm in town for the day. x Jo",
    expect: [],
  },
  {
    ...LDN,
    text: 'Hi all,\n\nExpense claims for April must be submitted by Wednesday 25 April. Reimbursements will be paid with the May payroll on 31 May.\n\nFinance Team',
    expect: [],
  },
  {
    ...LDN,
    text: 'Your parcel is ready for collection at the Post Office, 14 High St. Collect by Monday 30 April. Bring this card and ID.',
    expect: [],
  },
  {
    ...LDN,
    text: "Dear Mr Okafor,\n\nYour appointment for Year 9 Parents' Evening is confirmed for Thursday 19 April at 17:40 with Ms Hughes (Maths).\n\nRiverside Academy",
    expect: [],
  },
  {
    ...LDN,
    text: "Hi Meera,\n\nJust a reminder of your counselling session on Wednesday 18 April at 11am. If you need to cancel, please give 48 hours' notice.\n\nKind regards,\nSerenity Counselling",
    expect: [],
  },
  {
    ...CHI,
    text: 'Dear Residents,\n\nThe annual HOA meeting will be held on Tuesday, April 24 at 7:00 PM in the clubhouse. Please submit agenda items by Friday.\n\nOakridge Homeowners Association',
    expect: [],
  },
  {
    ...NY,
    text: "This week on The Job Hunt: How to answer 'Tell me about yourself'. Plus: our free live workshop on salary negotiation is Thursday April 19 at 1pm ET – save your spot!\n\nUnsubscribe",
    expect: [],
  },
  {
    ...NY,
    text: 'Hi Lucas,\n\nThanks for your interest in Hive Coworking! Your tour is booked for Wednesday 18 April at 11:30. Ask for Sam at reception.\n\nHive Coworking',
    expect: [],
  },
  {
    ...JNB,
    text: 'Hi Tendai,\n\nFollowing up on my note about our mining fleet telemetry platform. Would Thursday at 10am work for a quick 20-minute call to show you how it works?\n\nBest,\nGreg\nAccount Manager, FleetSense',
    expect: [],
  },
  {
    ...SYD,
    text: "Hi Kenji,\n\nFYI I'm in Melbourne for the conference from Tuesday to Thursday, back in the office Friday 20 April. Aiko is covering my patients.\n\nYuki",
    expect: [],
  },
];
