// Round 520 (issue 13): written BEFORE the engine read it, after round 510's fixes, on the last Monday of January.
// Positives: an Ashby confirmation in Eastern time for a Chicago reader, a SmartRecruiters rejection, a Canadian
// public-service written exam, a German employer's "within the next 14 days", a recruiter's text-speak "wed 1pm your
// time", "by mid-February", an offer with the reader's own deadline, all contact through the recruiter, a hold-off
// "until after the board meets", a slot moved to Lisbon's clock, a two-day assessment, a window from the closing day
// of the sentence before, "before the end of the week", an out-of-office that will respond on return, an ISO slot in
// Singapore time for a Sydney reader. Negatives: a freelancer's client call, a headhunter's open chat, a
// naturalisation interview, the reader as coordinator, an all-hands, a tax appointment, a company newsletter, an
// agency's job spec with its closing date, an MOT, an interview-tips newsletter, the reader asked to turn down two
// candidates, a volunteer shift. Names, companies and dates are invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Monday 30 January 2034, 14:10 local.
const NY = { sentAt: '2034-01-30T14:10:00-05:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2034-01-30T14:10:00-06:00', tz: 'America/Chicago' } as const;
const LA = { sentAt: '2034-01-30T14:10:00-08:00', tz: 'America/Los_Angeles' } as const;
const OTT = { sentAt: '2034-01-30T14:10:00-05:00', tz: 'America/Toronto' } as const;
const LDN = { sentAt: '2034-01-30T14:10:00+00:00', tz: 'Europe/London' } as const;
const LIS = { sentAt: '2034-01-30T14:10:00+00:00', tz: 'Europe/Lisbon' } as const;
const BER = { sentAt: '2034-01-30T14:10:00+01:00', tz: 'Europe/Berlin' } as const;
const AMS = { sentAt: '2034-01-30T14:10:00+01:00', tz: 'Europe/Amsterdam' } as const;
const JNB = { sentAt: '2034-01-30T14:10:00+02:00', tz: 'Africa/Johannesburg' } as const;
const LOS = { sentAt: '2034-01-30T14:10:00+01:00', tz: 'Africa/Lagos' } as const;
const BLR = { sentAt: '2034-01-30T14:10:00+05:30', tz: 'Asia/Kolkata' } as const;
const SYD = { sentAt: '2034-01-30T14:10:00+11:00', tz: 'Australia/Sydney' } as const;
const PER = { sentAt: '2034-01-30T14:10:00+08:00', tz: 'Australia/Perth' } as const;

/** Round 520: English whole messages, fifteen positives and twelve negatives. */
export const ROUND_520_EN: readonly PhraseRow[] = [
  // Positives.
  {
    ...CHI,
    text: 'Your interview has been confirmed\n\nSenior Data Engineer · Fathom Health\nMonday, February 6 · 11:00 AM – 12:00 PM Eastern Time (US & Canada)\n\nGoogle Meet joining info\nVideo call link: meet.google.com/xkq-rvtb-pmd\n\nNeed to make a change? Reply to this email and we will find another time.',
    expect: [{ kind: 'interview', by: '2034-02-06', time: '10:00' }],
  },
  {
    ...LA,
    text: 'Hi Dominic,\n\nThank you for your interest in the Customer Success Manager position at Brightpath. After reviewing your application, we have decided not to move forward with your candidacy at this time.\n\nWe encourage you to apply for future openings that match your skills.\n\nBrightpath Talent Acquisition\n\nPowered by SmartRecruiters',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...OTT,
    text: 'Good afternoon,\n\nFurther to your application to selection process 34-ESD-EA-0117 (Policy Analyst, EC-04), you are invited to a written examination. The exam will be held on February 8, 2034 at 9:00 a.m. (EST) at 200 Promenade du Portage, Gatineau. Please bring government-issued photo identification.\n\nStaffing Team, Employment and Social Development Canada',
    expect: [{ kind: 'interview', by: '2034-02-08', time: '09:00' }],
  },
  {
    ...BER,
    text: 'Dear Ms. Okafor,\n\nMany thanks for your application as Sustainability Controller. We will review your documents carefully and get back to you within the next 14 days.\n\nKind regards,\nYour Talent Acquisition Team\nRheinwerk Energie GmbH',
    expect: [{ kind: 'response-by', by: '2034-02-13' }],
  },
  {
    ...NY,
    text: 'hey Sam, hiring mgr wants a quick 15 min call wed 1pm your time - ok? lmk\n\n- Tyler (Apex Search)',
    expect: [{ kind: 'interview', by: '2034-02-01', time: '13:00' }],
  },
  {
    ...LDN,
    text: 'Dear Harriet,\n\nThank you for applying for the Digital Marketing Executive vacancy. We are currently in the process of scheduling interviews and expect to reach out to shortlisted candidates by mid-February.\n\nBest wishes,\nPeople Team, Thistle & Rowe',
    expect: [{ kind: 'response-by', by: '2034-02-15', fuzzy: true }],
  },
  {
    ...AMS,
    text: "Hi Joost,\n\nI'm thrilled to offer you the position of Frontend Engineer at Canalworks! Your offer letter is attached. Please let us know by Friday, February 3 whether you accept.\n\nHartelijke groet,\nSanne de Vries\nHead of Engineering",
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...LOS,
    text: 'Dear Chinedu,\n\nThank you for your application for the role of Credit Analyst. Please refrain from contacting the hiring manager or any member of staff directly; all communication regarding this role should go through me.\n\nRegards,\nFunmilayo Adeyemi\nSenior Consultant, Harbour Talent Partners',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...SYD,
    text: "Hi Lachlan,\n\nThanks for your patience. We won't have any updates until after the board meets on 14 February, so there's no need to check in before then.\n\nCheers,\nBec",
    expect: [{ kind: 'no-contact-before', by: '2034-02-15', fuzzy: true }],
  },
  {
    ...LIS,
    text: "Hi Inês,\n\nNo worries at all. I've moved you from Thursday to Tuesday 7 February, still at 14:00 GMT, same Teams link.\n\nBest,\nOliver",
    expect: [{ kind: 'interview', by: '2034-02-07', time: '14:00' }],
  },
  {
    ...JNB,
    text: 'Dear Sipho,\n\nCongratulations on progressing to the final stage. The final assessment will take place over two days, 9–10 February 2034, starting at 08:30 each morning at our Sandton campus. Lunch will be provided.\n\nRegards,\nGraduate Recruitment, Kgotla Capital',
    expect: [{ kind: 'interview', by: '2034-02-09', time: '08:30' }],
  },
  {
    ...LDN,
    text: 'Dear Applicant,\n\nThank you for your interest in the Housing Officer post. This vacancy closes on Friday 3 February. We aim to notify all shortlisted candidates within 10 working days of the closing date.\n\nHR Shared Services, Medway Borough Council',
    expect: [{ kind: 'response-by', by: '2034-02-17' }],
  },
  {
    ...BLR,
    text: "Hi Kavya,\n\nThanks for chatting with us today! We'll regroup internally and aim to get you an answer before the end of the week.\n\nCheers,\nArjun\nFounder, Tiffinly",
    expect: [{ kind: 'response-by', by: '2034-02-03' }],
  },
  {
    ...NY,
    text: 'Automatic reply: Interview follow-up\n\nThank you for your email. I am out of the office until Wednesday 8 February with limited access to email. I will respond to your message on my return.\n\nDenise Carter | Talent Acquisition Partner',
    // My expectation was the miss: an out-of-office whose promise to answer "on my return" stands in the sentence
    // after the absence is read as the first day contact is welcome, as rounds 200, 230 and 280b expect (only a
    // promise in the absence's own sentence is due that day). Scored in FIRST_RUN as first written.
    expect: [{ kind: 'no-contact-before', by: '2034-02-08' }],
  },
  {
    ...SYD,
    text: 'Hi Mitchell,\n\nThanks for booking through our scheduler.\n\nInterview slot: 2034-02-02 16:30 (Asia/Singapore)\nFormat: Video call, 45 minutes\nWith: Wen Jie Koh, Engineering Manager\n\nLanternPay Recruiting',
    expect: [{ kind: 'interview', by: '2034-02-02', time: '19:30' }],
  },
  // Negatives.
  {
    ...CHI,
    text: "Hi Sam,\n\nCan we do a quick call Thursday at 10 to go over the website mockups? I've got feedback from the board and a couple of copy changes.\n\nThanks,\nLinda\nLakeview Community Foundation",
    expect: [],
  },
  {
    ...LDN,
    text: "Hi Ewan,\n\nI came across your profile and think you'd be a great fit for a Senior PM role at a Series B fintech I'm working with. Are you open to a chat sometime this week or next?\n\nBest,\nGrace\nNorthstar Executive Search",
    expect: [],
  },
  {
    ...PER,
    text: 'Dear Applicant,\n\nYour citizenship interview and test appointment is scheduled for Tuesday 14 February 2034 at 10:40 am at the Department of Home Affairs, 836 Wellington Street, Perth. Bring your original identity documents.\n\nCitizenship Program',
    expect: [],
  },
  {
    ...NY,
    text: 'Hi Priya,\n\nThe candidate for the Ops Lead role confirmed Thursday at 2pm. Could you send her the Teams link and the interviewer list?\n\nThanks!\nMarco',
    expect: [],
  },
  {
    ...LA,
    text: 'Reminder: the Q1 all-hands is Wednesday at 4pm in the atrium, with pizza after. Bring your questions for the leadership team!',
    expect: [],
  },
  {
    ...CHI,
    text: 'Your appointment with H&R Block is confirmed for Saturday, February 4 at 11:00 AM at 2210 N Clark St. Please bring your W-2s and last year’s return.',
    expect: [],
  },
  {
    ...AMS,
    text: 'This week at Canalworks: we welcomed 12 new hires, shipped the new checkout, and our next hiring sprint kicks off on 13 February. Drinks on Friday at 17:00 on the roof terrace!',
    expect: [],
  },
  {
    ...LDN,
    text: 'Hi Ewan,\n\nRole: Finance Business Partner, 12-month FTC\nSalary: £55k + benefits\nLocation: Bristol, hybrid\nClosing date: 10/02/2034\n\nLet me know if you want me to put you forward and I’ll send your CV over.\n\nThanks,\nRavi\nMeridian Recruitment',
    expect: [],
  },
  {
    ...LDN,
    text: 'Hi Harriet,\n\nYour vehicle (KX19 TLM) is booked in for its MOT on Thursday 2 February at 08:30. Please allow about an hour.\n\nAutoCare Hackney',
    expect: [],
  },
  {
    ...NY,
    text: '5 questions to ask at the end of your interview (and 2 to avoid)\n\nRead the full guide on our blog. Our next live class, "Negotiating Your Offer", is Tuesday at 7pm ET. Save your seat!\n\nThe Career Corner',
    expect: [],
  },
  {
    ...SYD,
    text: "Hi Dana,\n\nCould you let the two candidates from Tuesday know that we've gone another way? Happy for you to use the usual template.\n\nThanks,\nLachlan",
    expect: [],
  },
  {
    ...LA,
    text: 'Thanks for signing up to volunteer at the Westside Food Bank! Your first shift is Saturday, February 4, 9am–12pm. Wear closed-toe shoes.\n\nVolunteer Team',
    expect: [],
  },
];
