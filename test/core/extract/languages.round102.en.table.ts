// Round 1060 (issue 13): written BEFORE the engine read it, by a helper who never saw the rules. Sent on Thursday
// 31 October 2080 at 16:40 local, in the week between Europe's clock change (Sunday 27 October: London is on GMT)
// and North America's (Sunday 3 November: New York is on EDT until then, EST after), so an Eastern-time slot on
// Monday 4 November is five hours behind London, not four. "Next week" is 4–10 November; t is the last day of
// the month. What it tries: sixteen pairs, each a message to the reader as the CANDIDATE and a close twin in
// wording to the reader on the OTHER side of hiring (a Lever interviewer, a Jobvite hiring manager, a founder's
// Dover digest, a recruiter receiving a candidate's reply, a Taleo assessment board, a recruiter's copy of a
// SuccessFactors rejection, a council hiring manager, a Recruitee hiring team, a Michael Page client, a Randstad
// account manager, a police officer rostered on a panel, a Zoom panelist, a USA Staffing selecting official) or to
// the reader as an EMPLOYEE (a BambooHR promotion, a redundancy consultation, a compliance e-learning). Positives:
// a Lever slot in ET for a London reader after the US change, a Jobvite "within 7 to 10 business days", a
// founder's "early next week", a Bengaluru proposed slot with an ISO date, a Taleo ministry interview in Eastern
// time for a Halifax reader, a SuccessFactors rejection, a BambooHR offer (sign-by date is the candidate's), a
// council "within 10 working days of the closing date, 8 November", a Recruitee "don't reach out ... before
// 15 November", a Michael Page pencilled slot in Hong Kong, a Manila "within 48 hours", an NZ Police panel with a
// no-calls line, an Accra "by the end of next week", a Zoom slot in London time that moves the date for a Sydney
// reader, a Kuala Lumpur "within 14 working days", a USAJOBS "do not contact the hiring office". Names,
// companies and dates are invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Thursday 31 October 2080, 16:40 local.
const LDN = { sentAt: '2080-10-31T16:40:00+00:00', tz: 'Europe/London' } as const;
const BER = { sentAt: '2080-10-31T16:40:00+01:00', tz: 'Europe/Berlin' } as const;
const AMS = { sentAt: '2080-10-31T16:40:00+01:00', tz: 'Europe/Amsterdam' } as const;
const NY = { sentAt: '2080-10-31T16:40:00-04:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2080-10-31T16:40:00-05:00', tz: 'America/Chicago' } as const;
const DEN = { sentAt: '2080-10-31T16:40:00-06:00', tz: 'America/Denver' } as const;
const LA = { sentAt: '2080-10-31T16:40:00-07:00', tz: 'America/Los_Angeles' } as const;
const TOR = { sentAt: '2080-10-31T16:40:00-04:00', tz: 'America/Toronto' } as const;
const HFX = { sentAt: '2080-10-31T16:40:00-03:00', tz: 'America/Halifax' } as const;
const ACC = { sentAt: '2080-10-31T16:40:00+00:00', tz: 'Africa/Accra' } as const;
const BLR = { sentAt: '2080-10-31T16:40:00+05:30', tz: 'Asia/Kolkata' } as const;
const KUL = { sentAt: '2080-10-31T16:40:00+08:00', tz: 'Asia/Kuala_Lumpur' } as const;
const HKG = { sentAt: '2080-10-31T16:40:00+08:00', tz: 'Asia/Hong_Kong' } as const;
const MNL = { sentAt: '2080-10-31T16:40:00+08:00', tz: 'Asia/Manila' } as const;
const SYD = { sentAt: '2080-10-31T16:40:00+11:00', tz: 'Australia/Sydney' } as const;
const AKL = { sentAt: '2080-10-31T16:40:00+13:00', tz: 'Pacific/Auckland' } as const;

const mail = (...lines: string[]): string => lines.join('\n');

export const ROUND_1060_EN: readonly PhraseRow[] = [
  // ---- 1. Lever: the candidate's slot in Eastern time, read in London after the US change ----
  {
    text: mail(
      'Hi Marcus,',
      '',
      'Thanks for finding time to speak with us! Your interview with Northwind Robotics is confirmed for Monday, November 4 at 11:00 AM Eastern Time (ET). You will meet Dana Whitaker, VP of Hardware, on Google Meet.',
      '',
      'If anything changes on your end, reply here and we will find another time.',
      '',
      'Cheers,',
      'Kelsey Amaro',
      'Recruiting, Northwind Robotics',
    ),
    ...LDN,
    expect: [
      {
        kind: 'interview',
        by: '2080-11-04',
        time: '16:00',
        phrase: 'Monday, November 4 at 11:00 AM Eastern Time (ET)',
      },
    ],
  },
  // ---- 1'. Lever: the interviewer's notice of the same slot ----
  {
    text: mail(
      'Hi Dana,',
      '',
      'Marcus Bell is scheduled to interview with you on Monday, November 4 at 11:00 AM Eastern Time (ET) for Senior Mechanical Engineer, on Google Meet.',
      '',
      'Please complete your feedback form in Lever within 24 hours of the interview.',
      '',
      'Cheers,',
      'Kelsey Amaro',
      'Recruiting, Northwind Robotics',
    ),
    ...NY,
    expect: [],
  },
  // ---- 2. Jobvite (Denver): a decision in 7 to 10 business days ----
  {
    text: mail(
      'Hello Ryan,',
      '',
      'Thanks for interviewing with us on Tuesday. We expect to have a decision on the Field Service Engineer position within 7 to 10 business days and will contact you by email either way.',
      '',
      'Regards,',
      'Front Range Instruments Talent Team',
    ),
    ...DEN,
    expect: [{ kind: 'response-by', by: '2080-11-14', phrase: 'within 7 to 10 business days' }],
  },
  // ---- 2'. Jobvite: the hiring manager's decision task with the same window ----
  {
    text: mail(
      'Hello Brent,',
      '',
      'Requisition 8841 Field Service Engineer: interviews closed on Tuesday. Per hiring policy, please record your hiring decision within 7 to 10 business days so that candidates can be contacted by email either way.',
      '',
      'Regards,',
      'Front Range Instruments Talent Team',
    ),
    ...DEN,
    expect: [],
  },
  // ---- 3. A founder on Dover, casual: early next week ----
  {
    text: mail(
      'hey Ana,',
      '',
      "loved chatting yesterday, your take on the sync engine was super sharp. going to sync with my cofounder and I'll get back to you early next week either way.",
      '',
      'sam',
      'cofounder, Tidepool Labs',
    ),
    ...LA,
    expect: [{ kind: 'response-by', by: '2080-11-06', phrase: 'early next week', fuzzy: true }],
  },
  // ---- 3'. Dover: the founder's pipeline digest ----
  {
    text: mail(
      'Hi Sam,',
      '',
      "2 new candidates in your Dover pipeline for Founding Engineer. Ana Lima accepted your interview invite for Tuesday Nov 5 at 2pm PT, and Felix Okoro's take-home is in. I'll get back to you early next week with a fresh batch either way.",
      '',
      'Best,',
      'Meredith (your Dover recruiting partner)',
    ),
    ...LA,
    expect: [],
  },
  // ---- 4. Bengaluru recruiter: one proposed slot with an ISO date ----
  {
    text: mail(
      'Hi Rahul,',
      '',
      'Thanks for sharing your profile. The Data Platform team at Saffron Ledger would like to move you to a first-round interview with Priyanka Rao, our Head of Data. Would Wednesday 2080-11-06 at 13:30 IST work for you? It will be a 45-minute video call.',
      '',
      'Regards,',
      'Deepa Krishnan',
      'Talent Acquisition, Saffron Ledger',
    ),
    ...BLR,
    expect: [
      { kind: 'interview', by: '2080-11-06', time: '13:30', phrase: 'Wednesday 2080-11-06 at 13:30 IST' },
    ],
  },
  // ---- 4'. The candidate's reply to the recruiter (the reader) ----
  {
    text: mail(
      'Hi Deepa,',
      '',
      'Thanks for reaching out. Wednesday 2080-11-06 at 13:30 IST works for me for the first-round interview with Priyanka. My updated CV is attached, and my notice period is 60 days.',
      '',
      'Regards,',
      'Rahul Menon',
    ),
    ...BLR,
    expect: [],
  },
  // ---- 5. Taleo (Ontario ministry): Eastern time for a Halifax candidate ----
  {
    text: mail(
      'Dear Émilie Arsenault,',
      '',
      'You have been selected for an interview for Policy Analyst (Competition ID: MGS-2080-118).',
      '',
      'Date: November 7, 2080',
      'Time: 1:30 p.m. (Eastern Time)',
      'Format: Video (Microsoft Teams)',
      '',
      'If you require accommodation, please contact us by November 4.',
      '',
      'Thank you,',
      'Ontario Public Service Talent Acquisition',
    ),
    ...HFX,
    expect: [{ kind: 'interview', by: '2080-11-07', time: '14:30', phrase: 'Date: November 7, 2080' }],
  },
  // ---- 5'. Taleo: the assessment board member's schedule ----
  {
    text: mail(
      'Dear Gordon Leung,',
      '',
      'You have been selected to sit on the assessment board for Policy Analyst (Competition ID: MGS-2080-118).',
      '',
      'Date: November 7, 2080',
      'Interviews: 9:00 a.m., 10:30 a.m. and 1:30 p.m. (Eastern Time)',
      'Format: Video (Microsoft Teams)',
      '',
      'Rating guides are attached. Please return your completed guides by November 8.',
      '',
      'Thank you,',
      'Ontario Public Service Talent Acquisition',
    ),
    ...TOR,
    expect: [],
  },
  // ---- 6. SuccessFactors (German employer, English): a rejection ----
  {
    text: mail(
      'Dear Mr Weber,',
      '',
      'Thank you for your application as Team Lead Procurement and for the interview with us. Unfortunately, we have decided to pursue other candidates whose profiles more closely match the requirements of the position.',
      '',
      'We wish you all the best for your future career.',
      '',
      'Kind regards,',
      'Talent Acquisition, Rheinwerk Components GmbH',
    ),
    ...BER,
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  // ---- 6'. SuccessFactors: the recruiter's copy of that rejection ----
  {
    text: mail(
      'Dear Ms Brandt,',
      '',
      'Notification: the email template "Rejection after interview" was sent to the applicant Jonas Weber (Team Lead Procurement, Req. 40127) on your behalf.',
      '',
      'Text sent: "Unfortunately, we have decided to pursue other candidates whose profiles more closely match the requirements of the position."',
      '',
      'Please close the requisition once the remaining applicants have been dispositioned.',
      '',
      'SAP SuccessFactors Recruiting',
    ),
    ...BER,
    expect: [],
  },
  // ---- 7. BambooHR (Chicago): an offer; the sign-by date is the candidate's deadline ----
  {
    text: mail(
      'Hi Keisha,',
      '',
      "Congratulations! We're excited to offer you the role of Office Manager at Prairie Loom Textiles, starting Monday, November 18 at $62,000 a year.",
      '',
      'Your offer letter is waiting in BambooHR; please sign it by Wednesday, November 6.',
      '',
      'Warmly,',
      'Greg Tomczak',
      'Operations Director, Prairie Loom Textiles',
    ),
    ...CHI,
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  // ---- 7'. BambooHR: the reader as an employee being promoted ----
  {
    text: mail(
      'Hi Keisha,',
      '',
      "Congratulations! We're excited to confirm your promotion to Senior Office Manager at Prairie Loom Textiles, effective Monday, November 18, at $68,000 a year. Your new rate will show on the November 29 payroll.",
      '',
      'The change letter is waiting in BambooHR; please sign it by Wednesday, November 6.',
      '',
      'Warmly,',
      'Greg Tomczak',
      'Operations Director, Prairie Loom Textiles',
    ),
    ...CHI,
    expect: [],
  },
  // ---- 8. Pinpoint (a UK council): ten working days counted from the closing date ----
  {
    text: mail(
      'Dear Aisha,',
      '',
      "Thank you for your application for Housing Officer (Tenancy Sustainment) at Calderbrook Borough Council. We'll be in touch within 10 working days of the closing date, 8 November, to let you know whether you have been shortlisted.",
      '',
      'Kind regards,',
      'Recruitment Team, Calderbrook Borough Council',
    ),
    ...LDN,
    expect: [
      {
        kind: 'response-by',
        by: '2080-11-22',
        phrase: 'within 10 working days of the closing date, 8 November',
      },
    ],
  },
  // ---- 8'. Pinpoint: the council's hiring manager told the same window ----
  {
    text: mail(
      'Dear Paul,',
      '',
      'Your Housing Officer (Tenancy Sustainment) vacancy closes on 8 November. You will receive the applications within 2 working days of the closing date, and we ask hiring managers to invite shortlisted candidates within 10 working days of it.',
      '',
      'Kind regards,',
      'Recruitment Team, Calderbrook Borough Council',
    ),
    ...LDN,
    expect: [],
  },
  // ---- 9. Recruitee (Amsterdam, in English): a hold until the batch review ----
  {
    text: mail(
      'Hi Sanne,',
      '',
      "Thanks for applying for Growth Marketer at Polderpost! We're currently receiving a lot of applications, so please don't reach out for an update before 15 November – we review everything in one batch after the posting closes on 14 November.",
      '',
      'Groetjes,',
      'Bram Visser',
      'Talent, Polderpost',
    ),
    ...AMS,
    expect: [
      {
        kind: 'no-contact-before',
        by: '2080-11-15',
        phrase: "please don't reach out for an update before 15 November",
      },
    ],
  },
  // ---- 9'. Recruitee: the hiring team told to wait for the batch ----
  {
    text: mail(
      'Hi team,',
      '',
      "Heads-up on Growth Marketer: we're currently receiving a lot of applications, so please don't reach out to candidates for interviews before 15 November – we review everything in one batch after the posting closes on 14 November.",
      '',
      'Groetjes,',
      'Bram Visser',
      'Talent, Polderpost',
    ),
    ...AMS,
    expect: [],
  },
  // ---- 10. Michael Page (Hong Kong): a pencilled slot for the candidate ----
  {
    text: mail(
      'Hi Vivian,',
      '',
      "Great news – the client would like to meet you for the Financial Controller role. I've pencilled in Friday 8 November at 10:30am at their Quarry Bay office; can you confirm that works?",
      '',
      'Best regards,',
      'Kenneth Lau',
      'Senior Manager, Michael Page Finance, Hong Kong',
    ),
    ...HKG,
    expect: [{ kind: 'interview', by: '2080-11-08', time: '10:30', phrase: 'Friday 8 November at 10:30am' }],
  },
  // ---- 10'. Michael Page: the consultant pitching to the client ----
  {
    text: mail(
      'Hi Mr Chan,',
      '',
      "Great news – following our call, I have three shortlisted Financial Controllers for you. I've pencilled in Friday 8 November at 10:30am at your Quarry Bay office for you to meet the first, Vivian Ho; can you confirm that works? Our fee terms are attached.",
      '',
      'Best regards,',
      'Kenneth Lau',
      'Senior Manager, Michael Page Finance, Hong Kong',
    ),
    ...HKG,
    expect: [],
  },
  // ---- 11. Randstad (Manila): feedback within 48 hours ----
  {
    text: mail(
      'Hi Joy,',
      '',
      'Thank you for attending the initial screening for the Customer Service Representative (Healthcare account) role. The account manager will review your assessment results, and we will send you feedback within 48 hours.',
      '',
      'Thank you and God bless,',
      'Paolo Dizon',
      'Talent Sourcer, Randstad Philippines',
    ),
    ...MNL,
    expect: [{ kind: 'response-by', by: '2080-11-02', phrase: 'within 48 hours' }],
  },
  // ---- 11'. Randstad: the reader as the account manager ----
  {
    text: mail(
      'Hi Mark,',
      '',
      "12 candidates completed the initial screening for the client's Customer Service Representative (Healthcare account) campaign today. Please review their assessment results and send your feedback to the sourcing team within 48 hours.",
      '',
      'Thanks,',
      'Paolo Dizon',
      'Talent Sourcer, Randstad Philippines',
    ),
    ...MNL,
    expect: [],
  },
  // ---- 12. NZ Police: the candidate's panel interview, and no calls about results ----
  {
    text: mail(
      'Kia ora Tama,',
      '',
      'Your panel interview has been booked for Tuesday 12 November 2080 at 8:30am at the Royal New Zealand Police College, Porirua. Please bring photo ID and your completed referee forms.',
      '',
      'Please do not phone the Recruitment Centre to ask about your result; all outcomes are sent by email.',
      '',
      'Ngā mihi,',
      'Police Recruitment',
    ),
    ...AKL,
    expect: [
      { kind: 'interview', by: '2080-11-12', time: '08:30', phrase: 'Tuesday 12 November 2080 at 8:30am' },
      { kind: 'no-calls', phrase: 'Please do not phone the Recruitment Centre' },
    ],
  },
  // ---- 12'. NZ Police: a serving officer rostered onto the panel ----
  {
    text: mail(
      'Kia ora Sergeant Pōtae,',
      '',
      'You have been rostered as a panel member for recruit panel interviews on Tuesday 12 November 2080 from 8:30am at the Royal New Zealand Police College, Porirua. Please bring your scoring sheets.',
      '',
      'Candidates have been asked not to phone the Recruitment Centre about results; please refer any that contact you to us.',
      '',
      'Ngā mihi,',
      'Police Recruitment',
    ),
    ...AKL,
    expect: [],
  },
  // ---- 13. Accra bank: a decision by the end of next week ----
  {
    text: mail(
      'Dear Kwame,',
      '',
      'Following your interview on Monday, I am pleased to inform you that you have been shortlisted for the Relationship Manager, SME Banking role. Kindly hold on; HR will revert with the final decision by the end of next week.',
      '',
      'Best regards,',
      'Efua Asante',
      'Human Resources, Volta Trust Bank',
    ),
    ...ACC,
    expect: [{ kind: 'response-by', by: '2080-11-08', phrase: 'by the end of next week' }],
  },
  // ---- 13'. Accra bank: the reader as an employee in a redundancy consultation ----
  {
    text: mail(
      'Dear Kwame,',
      '',
      'Following the restructuring announcement on Monday, I am writing to inform you that your role in Retail Operations is among those affected. The consultation period begins today; HR will revert with individual outcomes by the end of next week, and your one-to-one consultation meeting is on Tuesday 5 November at 9:00am.',
      '',
      'Best regards,',
      'Efua Asante',
      'Human Resources, Volta Trust Bank',
    ),
    ...ACC,
    expect: [],
  },
  // ---- 14. Zoom: a London evening slot that is the next morning for a Sydney candidate ----
  {
    text: mail(
      'Hi Olivia,',
      '',
      'Looking forward to your final interview for Head of Partnerships. Details below.',
      '',
      'Topic: Final interview – Head of Partnerships (Olivia Grant)',
      'Time: Nov 1, 2080 09:00 PM London',
      'Join Zoom Meeting',
      'Meeting ID: 842 1170 3395',
      '',
      'Best,',
      'Hannah Reeve',
      'People Team, Larkspur Media',
    ),
    ...SYD,
    expect: [{ kind: 'interview', by: '2080-11-02', time: '08:00', phrase: 'Nov 1, 2080 09:00 PM London' }],
  },
  // ---- 14'. Zoom: the same interview for a Sydney panelist ----
  {
    text: mail(
      'Hi Lachlan,',
      '',
      "Thanks for joining as the APAC panelist for Olivia Grant's final interview. Details below.",
      '',
      'Topic: Final interview – Head of Partnerships (Olivia Grant)',
      'Time: Nov 1, 2080 09:00 PM London',
      'Join Zoom Meeting',
      'Meeting ID: 842 1170 3395',
      '',
      "Olivia's case study is attached.",
      '',
      'Best,',
      'Hannah Reeve',
      'People Team, Larkspur Media',
    ),
    ...SYD,
    expect: [],
  },
  // ---- 15. Kuala Lumpur: an assessment outcome within 14 working days ----
  {
    text: mail(
      'Dear Nurul Izzah,',
      '',
      'Thank you for completing the online assessment for the Management Trainee Programme 2081 at Gemilang Energy Berhad. We will update you on the outcome of your assessment within 14 working days.',
      '',
      'Yours sincerely,',
      'Talent Acquisition, Gemilang Energy Berhad',
    ),
    ...KUL,
    expect: [{ kind: 'response-by', by: '2080-11-20', phrase: 'within 14 working days' }],
  },
  // ---- 15'. Kuala Lumpur: the reader as an employee finishing compliance training ----
  {
    text: mail(
      'Dear Nurul Izzah,',
      '',
      'Thank you for completing the Anti-Bribery and Corruption e-learning assessment at Gemilang Energy Berhad. We will send you your certificate within 14 working days. Kindly note that FY2080 appraisal forms must be submitted by 15 November.',
      '',
      'Yours sincerely,',
      'Group Human Resources, Gemilang Energy Berhad',
    ),
    ...KUL,
    expect: [],
  },
  // ---- 16. USAJOBS: do not contact the hiring office ----
  {
    text: mail(
      'Dear Andre Coleman,',
      '',
      'Your application for Program Analyst, GS-0343-12 (Announcement DOT-FAA-80-1174) has been referred to the hiring manager for further consideration. The hiring manager may contact you to schedule an interview.',
      '',
      'Please do not contact the hiring office directly regarding your status; updates will be posted to your USAJOBS account.',
      '',
      'USA Staffing',
    ),
    ...NY,
    expect: [
      { kind: 'no-calls', phrase: 'Please do not contact the hiring office directly regarding your status' },
    ],
  },
  // ---- 16'. USA Staffing: the selecting official's certificate ----
  {
    text: mail(
      'Dear Ms. Whitfield,',
      '',
      'A certificate of eligibles for Program Analyst, GS-0343-12 (Announcement DOT-FAA-80-1174) has been issued to you for further consideration. You may contact the referred applicants to schedule interviews; please return your selections within 15 calendar days.',
      '',
      'Applicants have been asked not to contact the hiring office directly regarding their status; updates will be posted to USAJOBS.',
      '',
      'USA Staffing',
    ),
    ...NY,
    expect: [],
  },
];
