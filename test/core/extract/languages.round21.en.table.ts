// Round 250 (issue 13): the lead's fourth fresh round of English whole messages, written BEFORE the engine read them,
// after the thread rounds r56–r60. Most rows are mail that must yield nothing, of kinds not tried before: the
// reader's own job (a 1:1, a review cycle, a training due date), a flat viewing, a visa appointment, jury service,
// a volunteer rota, a sports fixture, a wedding RSVP, a university's office hours, a car service, a recruiter's
// mass "talent community" mail; and positives from employers in Ghana, Pakistan, Scotland, Texas and Vancouver.
// Names, companies and dates are invented; answers follow TIMELINE-CONVENTIONS.md. First run: FIRST_RUN.
import type { PhraseRow } from './phrases.table';

// Tuesday 14 March 2028, 11:05 local.
const NY = { sentAt: '2028-03-14T11:05:00-04:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2028-03-14T11:05:00-05:00', tz: 'America/Chicago' } as const;
const VAN = { sentAt: '2028-03-14T11:05:00-07:00', tz: 'America/Vancouver' } as const;
const LDN = { sentAt: '2028-03-14T11:05:00+00:00', tz: 'Europe/London' } as const;
const ACC = { sentAt: '2028-03-14T11:05:00+00:00', tz: 'Africa/Accra' } as const;
const KHI = { sentAt: '2028-03-14T11:05:00+05:00', tz: 'Asia/Karachi' } as const;
const SYD = { sentAt: '2028-03-14T11:05:00+11:00', tz: 'Australia/Sydney' } as const;

/** Round 250: English whole messages, most of them negatives. */
export const ROUND_250_EN: readonly PhraseRow[] = [
  // Positives.
  {
    ...ACC,
    text: 'Dear Kwame,\n\nWe are pleased to inform you that you have been shortlisted for the position of Credit Analyst. You are invited for an oral interview on Monday, 20th March 2028 at 9:00 GMT at our Head Office, Ring Road Central, Accra.\n\nKindly come along with your national ID.\n\nYours faithfully,\nHead, Human Resources\nGold Coast Savings & Loans',
    expect: [{ kind: 'interview', by: '2028-03-20', time: '09:00' }],
  },
  {
    ...KHI,
    text: 'Dear Ayesha,\n\nThank you for attending the panel interview today. The committee will finalise its recommendations within ten working days, and HR will inform you of the outcome thereafter.\n\nRegards,\nHR Department\nIndus Textile Mills',
    expect: [{ kind: 'response-by', by: '2028-03-28' }],
  },
  {
    ...LDN,
    text: "Hi Callum,\n\nThanks for coming to see us in Glasgow yesterday. We're meeting the last two candidates on Thursday and I'll be in touch by the middle of next week either way.\n\nAll the best,\nFiona\nHead of Finance, Clyde Tech",
    expect: [{ kind: 'response-by', by: '2028-03-22' }],
  },
  {
    ...CHI,
    text: "Hey Luis,\n\nThanks for your patience. Unfortunately we've decided to go with a candidate who has more experience with SAP. I really enjoyed meeting you and I'd be glad to keep in touch.\n\nCheers,\nBrandon\nOperations Manager, Lone Star Distribution",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...VAN,
    text: 'Hi Mina,\n\nPlease do not call or drop by the studio to ask about your application; we are a small team and will reply to everyone by email by March 31.\n\nThanks,\nCoastline Animation',
    expect: [{ kind: 'no-calls' }, { kind: 'response-by', by: '2028-03-31' }],
  },
  {
    ...NY,
    text: "Hi Dana,\n\nWe'd like to move forward with an offer! I'll send the formal letter tomorrow. Could you let me know your decision by Monday, March 20?\n\nBest,\nRob\nRecruiting, Harborview Health",
    // (the letter's delivery "tomorrow" is a promise by the issue's class 2, as round 200's "Your formal offer letter
    // will follow from HR this afternoon": my expectation left it out; corrected after the first run)
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2028-03-15' },
    ],
  },
  {
    ...SYD,
    text: "Hi Tom,\n\nI'm on annual leave from tomorrow until Friday 24 March, so please hold any questions until I'm back on Monday 27 March.\n\nCheers,\nGemma\nTalent Acquisition, Southern Cross Rail",
    expect: [{ kind: 'no-contact-before', by: '2028-03-27' }],
  },
  {
    ...LDN,
    text: 'Dear Sana,\n\nApologies, but we need to move your interview from Thursday 16 March at 10:00 to Friday 17 March at 14:30. Please let me know that this still works.\n\nKind regards,\nPeter\nRecruitment Officer, Thameside Housing',
    expect: [{ kind: 'interview', by: '2028-03-17', time: '14:30' }],
  },
  // Negatives: nothing of the reader's application.
  {
    ...NY,
    text: 'Hi Sam,\n\nReminder: our 1:1 is moved to Thursday at 3pm this week. Please bring your Q1 goals draft.\n\nThanks,\nKaren',
    expect: [],
  },
  {
    ...CHI,
    text: 'Team,\n\nThe mid-year performance review cycle opens on March 20. Self-assessments are due by April 3 and manager reviews by April 14. Calibration meetings will be held the week of April 17.\n\nPeople Operations',
    expect: [],
  },
  {
    ...LDN,
    text: 'Hi Amira,\n\nYour viewing of the two-bedroom flat at 14 Elm Row is booked for Saturday 18 March at 11:00. The agent, Jack, will meet you outside. We will let you know the landlord’s decision on your application within 48 hours of the viewing.\n\nMarsh & Co Lettings',
    expect: [],
  },
  {
    ...KHI,
    text: 'Dear Applicant,\n\nYour visa appointment at the VFS Global centre in Karachi is confirmed for Wednesday, 22 March 2028 at 10:15. Please arrive 15 minutes early with your passport and appointment letter. Processing usually takes 15 working days.\n\nVFS Global',
    expect: [],
  },
  {
    ...NY,
    text: 'JUROR SUMMONS\n\nYou are summoned to appear for jury service at the New York County Courthouse, 60 Centre Street, on Monday, April 10, 2028 at 8:30 AM. Do not call the jury office to be excused; use the online portal.\n\nCommissioner of Jurors',
    expect: [],
  },
  {
    ...VAN,
    text: "Hi volunteers!\n\nHere's the food bank rota for next week:\nMon 20 Mar 9:00 – Priya, Ken\nWed 22 Mar 13:00 – Mina, Alex\nSat 25 Mar 10:00 – everyone for the spring drive\n\nThanks!\nJo",
    expect: [],
  },
  {
    ...LDN,
    text: 'Fixture update: Under-12s away at Riverside FC on Sunday 19 March, kick-off 10:30. Please have players at the ground by 9:45. Results will be posted on the club site by Monday.\n\nMillbrook Juniors',
    expect: [],
  },
  {
    ...SYD,
    text: "Hi everyone,\n\nJust a reminder to RSVP for our wedding on Saturday 15 April at 3pm at Bondi Pavilion by Friday 24 March. We can't wait to celebrate with you!\n\nLove,\nEmma & Josh",
    expect: [],
  },
  {
    ...CHI,
    text: 'Hi class,\n\nMy office hours this week are moved to Thursday 2–4pm in Room 301 because of the faculty interview panel on Wednesday. Midterm grades will be posted by Friday.\n\nProf. Alvarez',
    expect: [],
  },
  {
    ...VAN,
    text: 'Hi Mina,\n\nYour Honda Civic is booked in for its 60,000 km service on Friday, March 17 at 8:00 AM. We will call you when the car is ready, usually within the same day.\n\nPacific Honda Service',
    expect: [],
  },
  {
    ...NY,
    text: "Hi Jordan,\n\nThanks for joining the Brightwave Talent Community! We'll send you updates about openings that match your interests. Our recruiters typically reach out within 2 weeks when a suitable role opens. Join our virtual hiring event on Thursday, March 23 at 6 PM ET to meet the team.\n\nBrightwave Careers\nUnsubscribe",
    expect: [],
  },
  {
    ...LDN,
    text: "Hi Sana,\n\nThanks for agreeing to interview the two shortlisted candidates with me on Friday 17 March – 10:00 and 11:30 in the boardroom. I'll circulate their CVs tomorrow; we've promised them an answer by the following Wednesday.\n\nPeter",
    expect: [],
  },
  {
    ...ACC,
    text: 'Dear Parent,\n\nMid-term break begins on Friday 24th March. School resumes on Monday 3rd April at 7:30am. Report cards will be issued by 31st March.\n\nThe Headteacher\nAchimota Preparatory School',
    expect: [],
  },
  {
    ...CHI,
    text: "Hi Luis,\n\nYour background check with Sterling is in progress. Most checks are completed within 3–5 business days. You'll get an email from us when it's done.\n\nSterling Talent Solutions",
    expect: [],
  },
];
