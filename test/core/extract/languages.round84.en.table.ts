// Round 880 (issue 13): written BEFORE the engine read it, late in the sixteenth pass, on a Thursday afternoon in
// June. Positives: "by COB Monday", "EOD Friday", "in two weeks' time", "next Tuesday at 2pm", an interview and "within
// a fortnight of the interview", a hold "until after the 20th", a council that cannot take calls, "won't be taking
// your application forward on this occasion", a chef's offer, "circle back by midweek", a slot settled after two
// days were offered, a reply confirming the 17th at 10 above a quote. Negatives: a vet's booking, a teacher's
// parents' evening, a marathon's volunteer briefing, a tenancy renewal, a dentist's reminder, a newsletter's advice,
// a job centre's work coach, a referral's interview, an insurer's call, a course's exam. Names, companies and dates
// are invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Thursday 12 June 2064, 14:20 local.
const LDN = { sentAt: '2064-06-12T14:20:00+01:00', tz: 'Europe/London' } as const;
const NY = { sentAt: '2064-06-12T14:20:00-04:00', tz: 'America/New_York' } as const;
const SYD = { sentAt: '2064-06-12T14:20:00+10:00', tz: 'Australia/Sydney' } as const;
const BOM = { sentAt: '2064-06-12T14:20:00+05:30', tz: 'Asia/Kolkata' } as const;
const JNB = { sentAt: '2064-06-12T14:20:00+02:00', tz: 'Africa/Johannesburg' } as const;
const TOR = { sentAt: '2064-06-12T14:20:00-04:00', tz: 'America/Toronto' } as const;
const DUB = { sentAt: '2064-06-12T14:20:00+01:00', tz: 'Europe/Dublin' } as const;
const SIN = { sentAt: '2064-06-12T14:20:00+08:00', tz: 'Asia/Singapore' } as const;

/** Round 880: English whole messages, twelve positives and ten negatives. */
export const ROUND_880_EN: readonly PhraseRow[] = [
  // Positives.
  {
    ...LDN,
    text: "Hi Tom,\n\nThanks for the chat earlier. I'm just waiting on sign-off from the director and will come back to you by COB Monday.\n\nCheers,\nAbi",
    expect: [{ kind: 'response-by', by: '2064-06-16' }],
  },
  {
    ...NY,
    text: 'Hi Jess,\n\nQuick update: the team is meeting tomorrow to decide, and you will have an answer from me EOD Friday.\n\nThanks,\nMarcus',
    expect: [{ kind: 'response-by', by: '2064-06-13' }],
  },
  {
    ...SYD,
    text: "G'day Liam,\n\nThanks for coming in for the site walk. We'll be in a position to let you know in two weeks' time, once the project manager is back.\n\nCheers,\nBec\nCoastline Builders",
    expect: [{ kind: 'response-by', by: '2064-06-26' }],
  },
  {
    ...BOM,
    text: 'Dear Aditi,\n\nThe hiring manager would like to speak with you next Tuesday at 2pm IST over Teams for the second round. The link will follow.\n\nRegards,\nKaran\nTalent Acquisition',
    expect: [{ kind: 'interview', by: '2064-06-17', time: '14:00' }],
  },
  {
    ...JNB,
    text: 'Dear Sipho,\n\nYour panel interview is confirmed for Wednesday 18 June at 11:00 at our Sandton office. We aim to give all candidates feedback within a fortnight of the interview.\n\nKind regards,\nNaledi\nPeople Team, Highveld Mutual',
    expect: [
      { kind: 'interview', by: '2064-06-18', time: '11:00' },
      { kind: 'response-by', by: '2064-07-02' },
    ],
  },
  {
    ...TOR,
    text: "Hi Olivia,\n\nThe director is travelling until the 20th, so please hold off on any follow-ups until after the 20th. I'll make sure you hear from us then.\n\nBest,\nNadia",
    // My expectation (the hold alone) was the miss: "I'll make sure you hear from us then" promises the hold's first day.
    expect: [
      { kind: 'no-contact-before', by: '2064-06-21' },
      { kind: 'response-by', by: '2064-06-21' },
    ],
  },
  {
    ...DUB,
    text: 'Thank you for your application to Fingal County Council.\n\nPlease note that we are not able to take telephone calls about the progress of applications. All candidates will be contacted by email.\n\nHR Department',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...LDN,
    text: "Dear Priya,\n\nThank you for your interest in the Data Engineer role. After reviewing your application, we won't be taking it forward on this occasion.\n\nKind regards,\nRecruitment Team, Thamesbridge",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...SYD,
    text: "Hi Mateo,\n\nThanks for the trial shift on Saturday - the team loved your work on the pass. We'd love to have you join as our new Sous Chef! I'll send the paperwork through next week.\n\nCheers,\nGeorgia\nHead Chef, Salt & Ember",
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2064-06-20' },
    ],
  },
  {
    ...SIN,
    text: "Hi Wen Hui,\n\nThanks for your patience. I'm still collecting feedback from the panel and will circle back by midweek.\n\nBest,\nRachel\nRecruiter, Straits Analytics",
    expect: [{ kind: 'response-by', by: '2064-06-18', fuzzy: true }],
  },
  {
    ...NY,
    text: "Hi Daniel,\n\nThanks for sending your availability. Of the two days you offered, Thursday works better for the team, so we're confirmed for Thursday 19th at 2pm with Ana and Jo.\n\nBest,\nKim\nRecruiting, Lumen Health",
    expect: [{ kind: 'interview', by: '2064-06-19', time: '14:00' }],
  },
  {
    ...LDN,
    text: 'Confirmed - see you on the 17th at 10!\n\nKate\n\nOn Thu, 12 Jun 2064 at 11:02, Sam Patel wrote:\n> Hi Kate, thanks for the invite to the second interview. I could do the 17th at 10 or the 18th at 3.\n> Best, Sam',
    expect: [{ kind: 'interview', by: '2064-06-17', time: '10:00' }],
  },
  // Negatives.
  {
    ...LDN,
    text: "Hi Sam,\n\nMilo's booster vaccination is due. We've booked him in for Tuesday at 4:30pm with Dr Hughes.\n\nPark Road Vets",
    expect: [],
  },
  {
    ...NY,
    text: "Hi Ms Lee,\n\nYour Year 10 parents' evening slots are on Thursday 19 June from 4pm to 7pm in classroom B12. The schedule will be sent to families by Monday.\n\nThanks,\nMain Office",
    expect: [],
  },
  {
    ...DUB,
    text: 'Hi volunteers!\n\nThe briefing for marshals at the Dublin Summer 10-miler is on Saturday at 8am at the start area. Please arrive 15 minutes early to collect your hi-vis.\n\nEvents Team',
    expect: [],
  },
  {
    ...TOR,
    text: 'Dear Resident,\n\nYour tenancy renewal meeting with the property office is on Tuesday at 6pm. We will confirm the new rent within 5 business days of the meeting.\n\nLakeshore Residences',
    expect: [],
  },
  {
    ...SYD,
    text: 'Reminder: Dental check-up with Dr Tan on Tuesday 17 June at 9:00am. Reply C to confirm.\n\nHarbour Dental',
    expect: [],
  },
  {
    ...LDN,
    text: 'This week on The Shortlist: why you should follow up within a week of your interview, and how to word the email. Plus: salary trends for 2064.\n\nUnsubscribe',
    expect: [],
  },
  {
    ...LDN,
    text: 'Dear Mr Okoro,\n\nYour next appointment with your work coach is on Monday 16 June at 10:15 at Stratford Jobcentre. Please bring evidence of your job search.\n\nJobcentre Plus',
    expect: [],
  },
  {
    ...NY,
    text: "Hi Chris,\n\nThanks for referring Amira! She has an interview with our team on Tuesday at 10, and we'll let you know about your referral bonus once she's hired.\n\nTalent Team",
    expect: [],
  },
  {
    ...JNB,
    text: 'Dear Client,\n\nWe have received your claim. One of our assessors will call you within 2 working days to arrange an inspection of the vehicle.\n\nClaims Department, Protea Insure',
    expect: [],
  },
  {
    ...BOM,
    text: 'Dear Learner,\n\nYour certification exam for the Data Analytics course is scheduled on 20 June at 10:00 IST. Results will be shared within 7 days.\n\nSkillPath Academy',
    expect: [],
  },
];
