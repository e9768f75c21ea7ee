// Round 200 (issue 13): the lead's fresh English whole messages, written BEFORE the engine read them, after the
// helpers' rounds 190–194c were merged: ATS confirmations, agency and public-sector mail, Indian and Singaporean
// templates, out-of-office replies, newsletters, job alerts, payroll and onboarding notes, an interviewer's note.
// Names, companies and dates are invented. Each answer follows TIMELINE-CONVENTIONS.md and issue 13's ruling on
// absences. First run: FIRST_RUN.
import type { PhraseRow } from './phrases.table';

// Wednesday 9 February 2028, 10:20 local (winter time in the northern zones; Sydney on AEDT).
const NY = { sentAt: '2028-02-09T10:20:00-05:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2028-02-09T10:20:00-06:00', tz: 'America/Chicago' } as const;
const TOR = { sentAt: '2028-02-09T10:20:00-05:00', tz: 'America/Toronto' } as const;
const LDN = { sentAt: '2028-02-09T10:20:00+00:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2028-02-09T10:20:00+00:00', tz: 'Europe/Dublin' } as const;
const SYD = { sentAt: '2028-02-09T10:20:00+11:00', tz: 'Australia/Sydney' } as const;
const KOL = { sentAt: '2028-02-09T10:20:00+05:30', tz: 'Asia/Kolkata' } as const;
const SGP = { sentAt: '2028-02-09T10:20:00+08:00', tz: 'Asia/Singapore' } as const;
const JNB = { sentAt: '2028-02-09T10:20:00+02:00', tz: 'Africa/Johannesburg' } as const;

/** Round 200: English whole messages. */
export const ROUND_200_EN: readonly PhraseRow[] = [
  // Invitations, confirmations, reschedules.
  {
    ...NY,
    text: "Hi Owen,\n\nYou're all set! Here are the details for your upcoming interview with Calder Robotics:\n\nPosition: Controls Engineer\nDate: Tuesday, February 15, 2028\nTime: 2:30 PM – 3:30 PM EST\nFormat: Video (Google Meet)\nInterviewer: Priyanka Rao, Engineering Manager\n\nIf you need to reschedule, reply to this email at least 24 hours in advance.\n\nBest,\nCalder Robotics Recruiting",
    expect: [{ kind: 'interview', by: '2028-02-15', time: '14:30' }],
  },
  {
    ...LDN,
    text: 'Hi Fatima,\n\nQuick one – the client has come back and would love to see you for a second stage on Monday 21st at 10.30am at their Leeds office. Can I confirm you for that?\n\nThanks,\nJosh\n\nJosh Kettering | Principal Consultant | Aire Valley Recruitment\n0113 555 0147',
    expect: [{ kind: 'interview', by: '2028-02-21', time: '10:30' }],
  },
  {
    ...CHI,
    text: 'Hi Marcus,\n\nThanks for the great conversation yesterday. Would Thursday, Feb. 17 at 11 a.m. ET work for a 45-minute call with our CFO, Deborah Lin?\n\nBest regards,\nKayla Simmons\nTalent Acquisition | Lakeshore Logistics',
    expect: [{ kind: 'interview', by: '2028-02-17', time: '10:00' }],
  },
  {
    ...SYD,
    text: "G'day Mitch,\n\nThanks for your time on the phone today. As discussed, I've locked in your face-to-face with Hamish for Wed 16/2 at 9am at our Parramatta office. Ask for me at reception.\n\nCheers,\nBec\n\nRebecca Doyle | Recruitment Partner | Bluegum Building Group",
    expect: [{ kind: 'interview', by: '2028-02-16', time: '09:00' }],
  },
  {
    ...KOL,
    text: 'Dear Candidate,\n\nDue to unavoidable circumstances, your interview scheduled on 11-Feb-2028 at 3:00 PM stands rescheduled to 14-Feb-2028 at 11:30 AM. The venue remains unchanged. Inconvenience caused is regretted.\n\nRegards,\nHR Team\nVindhya Power Systems Ltd.',
    expect: [{ kind: 'interview', by: '2028-02-14', time: '11:30' }],
  },
  {
    ...DUB,
    text: "Hi Aoife,\n\nUnfortunately the 2pm slot on Friday is no longer available, so I've moved you to 3pm the same day. Same room, same panel.\n\nSorry for the shuffle!\nDeclan\n\nDeclan Ryan | HR Coordinator | Liffey Analytics",
    expect: [{ kind: 'interview', by: '2028-02-11', time: '15:00' }],
  },
  // Promises: from an event dated elsewhere, as a process, before a day, by month end after another event.
  {
    ...NY,
    text: "Hi Grace,\n\nThanks again for coming in yesterday. The team is meeting on Monday to discuss all finalists, and I'd expect to have an answer for you within a couple of days of that meeting.\n\nTalk soon,\nNate Silva\nRecruiting Manager, Brightwater Labs",
    expect: [{ kind: 'response-by', by: '2028-02-16', fuzzy: true }],
  },
  {
    ...LDN,
    text: "Hi Tom,\n\nGreat news on the references front – we've contacted both of your referees. References are usually turned around within five working days, after which HR will issue your contract.\n\nBest,\nPriya\n\nPriya Chaudhry | HR Business Partner | Greyfriars Insurance",
    expect: [{ kind: 'response-by', by: '2028-02-16' }],
  },
  {
    ...TOR,
    text: 'Hello Émilie,\n\nThank you for your patience while we complete the process. Our answer will be with you before Friday.\n\nKind regards,\nJason Park\nHuman Resources, Northbridge Credit Union',
    expect: [{ kind: 'response-by', by: '2028-02-10' }],
  },
  {
    ...LDN,
    text: "Dear Samuel,\n\nThank you for your time on Monday. We're hoping to wrap up by the end of the month, once the board has met on the 22nd.\n\nKind regards,\nHelen Marsh\nPeople Director, Wey Valley Housing Trust",
    expect: [{ kind: 'response-by', by: '2028-02-29' }],
  },
  {
    ...NY,
    text: 'Hi Leo,\n\nThanks for following up! Sophie is still collecting feedback from the panel. You should hear from her by early next week at the latest.\n\nBest,\nAmanda\nRecruiting Coordinator, Fernway Health',
    expect: [{ kind: 'response-by', by: '2028-02-16', fuzzy: true }],
  },
  {
    ...SGP,
    text: 'Dear Mr Koh,\n\nThank you for attending the interview on 7 February. Please allow up to 10 working days from the interview date for our panel to revert.\n\nYours sincerely,\nTalent Acquisition\nLion City Port Services Pte Ltd',
    expect: [{ kind: 'response-by', by: '2028-02-21' }],
  },
  {
    ...DUB,
    text: "Hi Conor,\n\nThanks for making the trip in today. Following today's interview, we'll revert to you with feedback within 48 hours.\n\nBest regards,\nSinéad\n\nSinéad Byrne | Talent Acquisition | Corrib Medical",
    expect: [{ kind: 'response-by', by: '2028-02-11' }],
  },
  {
    ...JNB,
    text: 'Dear Ms Mahlangu\n\nThank you for attending the interview for the position of Internal Auditor. Please note that the outcome will be communicated by no later than 4 March 2028.\n\nKind regards\nHuman Capital\nKaroo Water Board',
    expect: [{ kind: 'response-by', by: '2028-03-04' }],
  },
  // No contact before a day.
  {
    ...LDN,
    text: "Hi Ellie,\n\nThanks for your note. Please don't chase for feedback before Friday 18th – the hiring manager is travelling until then.\n\nThanks,\nRob\n\nRob Fenwick | Talent Partner | Ouseburn Digital",
    expect: [{ kind: 'no-contact-before', by: '2028-02-18' }],
  },
  {
    ...NY,
    text: "Thank you for your email. I'm out of the office from Thursday 10 February, returning Monday 21 February. I'll reply to your message on my return. For urgent matters, please contact talent@harlowgroup.com.\n\nJessica Romano\nSenior Recruiter, Harlow Group",
    expect: [{ kind: 'no-contact-before', by: '2028-02-21' }],
  },
  {
    ...JNB,
    text: 'Dear Applicant\n\nThank you for applying for the Graduate Engineer programme. We ask that candidates refrain from contacting us until the shortlisting is complete on 25 February.\n\nRegards\nGraduate Recruitment\nHighveld Rail',
    expect: [{ kind: 'no-contact-before', by: '2028-02-25', fuzzy: true }],
  },
  // No calls.
  {
    ...SGP,
    text: 'Dear Candidate,\n\nThank you for your application. Kindly note our recruiters cannot take calls regarding application status; all updates will be sent to you by email.\n\nBest regards,\nTalent Acquisition Team\nMerlion Hospitality Group',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...TOR,
    text: "Hi Jordan,\n\nThanks for applying to be a Shift Supervisor at our Queen Street location! We'll be reviewing applications over the next while. Please do not phone the store or drop in to ask about your application.\n\nThe Hiring Team\nMaple & Oak Café",
    expect: [{ kind: 'no-calls' }],
  },
  // Outcomes.
  {
    ...SYD,
    text: "Hi Chloe,\n\nThank you for interviewing with us for the Marketing Coordinator role. After careful consideration, we've decided to progress with applicants whose experience more closely matches the brief.\n\nWe wish you all the best.\n\nKind regards,\nTara Nguyen\nPeople & Culture, Harbourside Media",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...DUB,
    text: "Dear Niamh,\n\nI'm delighted to confirm that the panel would like to offer you the role of Clinical Nurse Educator, subject to satisfactory references and Garda vetting. Our HR team will send the formal contract.\n\nWarm regards,\nDr. Fergal Quinn\nDirector of Nursing, St. Brigid's Hospital",
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  // Nothing to find.
  {
    ...LDN,
    text: 'Dear Applicant,\n\nThank you for your application to the Graduate Analyst programme. Assessment centres will take place during the weeks of 6 and 13 March; successful applicants will be invited by email.\n\nEarly Careers Team\nThamesgate Bank plc',
    expect: [],
  },
  {
    ...NY,
    text: 'Hi Dev,\n\nThanks for applying! Could you do any of these for a first chat: Mon 14th 9am, Tue 15th 1pm or Wed 16th 4pm?\n\nCheers,\nLaura\nRecruiter, Kitestring Software',
    expect: [],
  },
  {
    ...CHI,
    text: "Hi Sara,\n\nI'm sorry to say we have to cancel Friday's interview – the position has been withdrawn following a reorganisation. I'll be sure to reach out if it reopens.\n\nRegards,\nBrian Kowalski\nHR Manager, Prairie State Mutual",
    expect: [],
  },
  {
    ...LDN,
    text: "Hi Yusuf,\n\nGood to speak earlier. Feel free to give me a ring on 0161 555 0190 if anything's unclear about the role.\n\nBest,\nHolly\n\nHolly Brennan | Consultant | Northern Quarter Talent",
    expect: [],
  },
  {
    ...NY,
    text: 'This week on the Talent Blog: 7 questions to ask at the end of your interview, and how long to wait before following up (hint: about a week).\n\nWebinar: Thursday 17 Feb at 12pm ET – "Negotiating your first offer". Register now.\n\nYou are receiving this because you subscribed to CareerPath Weekly. Unsubscribe | Manage preferences',
    expect: [],
  },
  {
    ...TOR,
    text: 'Thanks for your interest in Lakeview Community Health. Our recruitment team is available Monday to Friday, 9am–5pm, on 1-800-555-0101, and we aim to answer emails within 2 business days.\n\nLakeview Community Health – Careers',
    expect: [],
  },
  {
    ...SYD,
    text: 'Hi all,\n\nFriendly reminder: timesheets for the week ending Friday 11 February must be submitted by 12pm Monday. Late timesheets will be paid in the following pay run.\n\nThanks,\nPayroll Team\nSouthern Staffing Solutions',
    expect: [],
  },
  {
    ...CHI,
    text: "New jobs matching 'project coordinator' near Chicago, IL:\n\nProject Coordinator – Halden Group – Apply by 28 February. Posted 2 days ago.\nJunior PMO Analyst – Riverline Bank – Interviews held on Thursdays.\n\nManage your job alerts | Unsubscribe",
    expect: [],
  },
  {
    ...KOL,
    text: "Hi Ananya,\n\nWe're interviewing the last two candidates on Friday and Monday, so please bear with us a little longer.\n\nThanks,\nRohit\nTalent Acquisition, Saffron Retail",
    expect: [],
  },
  {
    ...JNB,
    text: 'Hi Zanele\n\nWelcome aboard! Your induction starts Monday 6 March at 08:00 at our Rosebank office – please bring your ID and banking details.\n\nSee you then,\nThandi\nPeople Operations, Protea Financial',
    expect: [],
  },
  {
    ...LDN,
    text: 'Hi panel,\n\nReminder that we are seeing three candidates on Tuesday 15th from 10am in Room 4. CVs and scoring sheets attached.\n\nThanks,\nGemma\nResourcing Team',
    expect: [],
  },
];
