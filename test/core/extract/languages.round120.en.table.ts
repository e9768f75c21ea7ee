// Round 1240 (issue 13): written BEFORE the engine read it, by a helper who never saw the rules, on Thursday
// 18 March 2094 at 10:15 local, between the two spring clock changes: the US went to daylight time on Sunday
// 14 March (New York is UTC-4, so 'Eastern' is four hours behind London this week), Europe changes on Sunday
// 28 March (London is UTC+1 from then on), and Sydney and Auckland leave daylight time on Sunday 4 April.
// Weeks: this week is 15–21 March (Friday 19), next week 22–28 March (Friday 26), the week after 29 March – 4 April
// (Friday 2 April). The 10th business day after t is Thursday 1 April.
// Hard cases tried: messages with several dates of which one or none is the finding (a candidate's confirm-by, a
// start date, a sign-by, a past interview, a panel meeting from which a window is counted, a posting's closing
// date named in one sentence and counted from in the next, 'w/c' weeks, interviews 'expected w/c' with no slot for
// this candidate); zones in words, abbreviations, UTC offsets and 'your time', across the DST gap (an ET interview
// for a London reader after Europe's change; an 'AEDT' slot for Auckland; a 'Sydney time' slot after Sydney's
// change for a Singapore reader; IST for a Dubai reader; a Teams 'UTC+00:00' slot for Singapore); promises worded
// as a process, a delivery or a third party's ('the client will come back to me by', 'has promised me a decision
// by', 'feedback will reach you'); holds and absences ('back on Monday 29 March, please hold off'); no-calls in a
// public-sector and a Gulf template; an offer and a rejection. Negatives: the reader as interviewer, hiring
// manager, recruiter (a Calendly host notification), referee, employee (appraisal, onboarding, IT upgrade) and
// careers-fair volunteer; a friend's and a brother's (visa) interviews; a viva; an MBA admissions interview; a
// podcast interview; a job alert with a webinar; an agency pitching candidates to an employer; a dentist; a
// freelancer's client call; an acknowledgement promising nothing dated with only a closing date.
// Names, companies and dates are invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Thursday 18 March 2094, 10:15 local.
const NY = { sentAt: '2094-03-18T10:15:00-04:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2094-03-18T10:15:00-05:00', tz: 'America/Chicago' } as const;
const TOR = { sentAt: '2094-03-18T10:15:00-04:00', tz: 'America/Toronto' } as const;
const LDN = { sentAt: '2094-03-18T10:15:00+00:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2094-03-18T10:15:00+00:00', tz: 'Europe/Dublin' } as const;
const STO = { sentAt: '2094-03-18T10:15:00+01:00', tz: 'Europe/Stockholm' } as const;
const LAG = { sentAt: '2094-03-18T10:15:00+01:00', tz: 'Africa/Lagos' } as const;
const JNB = { sentAt: '2094-03-18T10:15:00+02:00', tz: 'Africa/Johannesburg' } as const;
const NBO = { sentAt: '2094-03-18T10:15:00+03:00', tz: 'Africa/Nairobi' } as const;
const RUH = { sentAt: '2094-03-18T10:15:00+03:00', tz: 'Asia/Riyadh' } as const;
const DXB = { sentAt: '2094-03-18T10:15:00+04:00', tz: 'Asia/Dubai' } as const;
const KHI = { sentAt: '2094-03-18T10:15:00+05:00', tz: 'Asia/Karachi' } as const;
const SIN = { sentAt: '2094-03-18T10:15:00+08:00', tz: 'Asia/Singapore' } as const;
const KUL = { sentAt: '2094-03-18T10:15:00+08:00', tz: 'Asia/Kuala_Lumpur' } as const;
const MNL = { sentAt: '2094-03-18T10:15:00+08:00', tz: 'Asia/Manila' } as const;
const HKG = { sentAt: '2094-03-18T10:15:00+08:00', tz: 'Asia/Hong_Kong' } as const;
const SYD = { sentAt: '2094-03-18T10:15:00+11:00', tz: 'Australia/Sydney' } as const;
const AKL = { sentAt: '2094-03-18T10:15:00+13:00', tz: 'Pacific/Auckland' } as const;

const mail = (...lines: string[]): string => lines.join('\n');

export const ROUND_1240_EN: readonly PhraseRow[] = [
  // ---- positives ----
  // Greenhouse-style invitation from New York to a London reader; 11:00 ET on 29 March is 16:00 BST (Europe has
  // changed by then); the confirm-by Monday is the candidate's deadline.
  {
    text: mail(
      'Hi Amelia,',
      '',
      "Thank you again for your time with Jordan and Priscilla last week. We're excited to move you forward to the final round for the Senior Product Designer role at Harbourline Analytics.",
      '',
      'Final round details',
      'Date: Monday, March 29, 2094',
      'Time: 11:00 AM – 12:30 PM Eastern Time (US & Canada)',
      'Format: Google Meet (a link will follow in a separate calendar invitation)',
      'Interviewers: Dana Kowalczyk (Head of Design), Omar Reyes (Staff PM)',
      '',
      'Since you are in London, please double-check the conversion: the US clocks have already changed and the UK ones change on the 28th.',
      '',
      'Could you please confirm your availability by replying to this email by Monday, March 22?',
      '',
      'Best regards,',
      'Tessa Lindqvist',
      'Recruiting Coordinator | Harbourline Analytics',
      'Sent via Greenhouse',
    ),
    ...LDN,
    expect: [{ kind: 'interview', by: '2094-03-29', time: '16:00', phrase: 'Monday, March 29, 2094' }],
  },
  // Hays, Manchester: the client's promise relayed by the agency; a contract start date is only a fact.
  {
    text: mail(
      'Morning Callum,',
      '',
      "Quick update: I've sent your CV and the cover note across to the hiring manager at Brightwater Utilities this morning. They were keen on the SCADA experience.",
      '',
      "They've told me they'll come back to me by the end of next week with a view on interviews, and I'll ring you as soon as I hear anything. For info, the contract would start on Monday 3 May and runs for six months.",
      '',
      'Speak soon,',
      'Rhiannon Platt',
      'Senior Consultant, Hays Engineering – Manchester',
    ),
    ...LDN,
    expect: [{ kind: 'response-by', by: '2094-03-26', phrase: 'by the end of next week' }],
  },
  // Workday, Chicago: the closing date is named in one sentence, the window counted from it in the next.
  {
    text: mail(
      'Dear Marisol Ortega,',
      '',
      'Thank you for your interest in the Financial Planning Analyst II position (Req R-0048812) at Lakeshore Mutual.',
      '',
      'The posting for this position closed on Friday, March 12, 2094. Our talent acquisition team aims to contact every applicant within 10 business days of that closing date, whether or not you are selected to move forward.',
      '',
      'You can view the status of your application at any time by signing in to your candidate home page.',
      '',
      'Sincerely,',
      'Lakeshore Mutual Talent Acquisition',
      'This message was sent from Workday. Please do not reply to this email.',
    ),
    ...CHI,
    expect: [
      {
        kind: 'response-by',
        by: '2094-03-26',
        phrase: 'within 10 business days of that closing date',
      },
    ],
  },
  // Microsoft Teams invitation from Dublin, read in Singapore: 09:30 UTC+00:00 is 17:30 SGT.
  {
    text: mail(
      'Panel interview – Data Analyst (Customer Insights) – Wei Ling Tan',
      '',
      'When: Monday, 22 March 2094 09:30–10:30 (UTC+00:00) Dublin, Edinburgh, Lisbon, London',
      'Where: Microsoft Teams Meeting',
      'Organiser: Siobhán Gallagher',
      '',
      'Hi Wei Ling, as discussed, here is the invitation for your panel interview with Aoife, Declan and me. The calendar should show it in your local time.',
      '',
      '________________________________________________________________________________',
      'Microsoft Teams meeting',
      'Join on your computer, mobile app or room device',
      'Click here to join the meeting',
      'Meeting ID: 381 225 904 117',
      'Passcode: q7Xk2b',
      '________________________________________________________________________________',
    ),
    ...SIN,
    expect: [{ kind: 'interview', by: '2094-03-22', time: '17:30', phrase: '22 March 2094 09:30' }],
  },
  // In-house recruiter in Dublin going on leave: a hold until the day she is back, and an answer that week.
  {
    text: mail(
      'Hi Cormac,',
      '',
      'Thanks for the quick turnaround on the case study, the team is reading through it now.',
      '',
      "Just a heads-up that I'm on annual leave from tomorrow and back in the office on Monday 29 March, so please hold off on chasing until then; nobody else on the team has the full picture of your application. You'll have an answer from me during the week I'm back.",
      '',
      "Have a lovely Paddy's weekend!",
      '',
      'Niamh',
      'Talent Partner, Corrib Payments',
    ),
    ...DUB,
    expect: [
      { kind: 'no-contact-before', by: '2094-03-29', phrase: 'back in the office on Monday 29 March' },
      { kind: 'response-by', by: '2094-04-02', phrase: "during the week I'm back" },
    ],
  },
  // A founder in Bengaluru, casually, to a reader in Dubai: 4pm IST is 14:30 in Dubai.
  {
    text: mail(
      'hey Farah!',
      '',
      "loved chatting yesterday, you're exactly the kind of person we need for ops. can you do a quick call w/ my cofounder Arjun fri 4pm IST? 30 mins, super informal, he just wants to hear how you set up the Riyadh warehouse.",
      '',
      "if that doesn't work lmk and we'll figure something out",
      '',
      'cheers',
      'Kabir',
      'founder, Tiffinly',
      'sent from my phone',
    ),
    ...DXB,
    expect: [{ kind: 'interview', by: '2094-03-19', time: '14:30', phrase: 'fri 4pm IST' }],
  },
  // NHS Jobs: label–value layout, D/M dates, a confirm-by deadline and a no-calls request.
  {
    text: mail(
      'Dear Olumide Bankole,',
      '',
      'Invitation to interview',
      '',
      'Job reference: 411-PHY-6623-B',
      'Job title: Band 6 Rotational Physiotherapist',
      'Interview date: 30/03/2094',
      'Interview time: 14:15',
      "Venue: Education Centre, Level 2, St Aldhelm's Hospital",
      'Panel: Ms G. Hargreaves, Mr T. Okafor',
      '',
      'Please confirm your attendance through your NHS Jobs account by 23/03/2094. Please bring photo ID and the originals of your HCPC registration.',
      '',
      'Please do not contact the ward or the therapy office directly about your application; all queries should go through the recruitment team via NHS Jobs.',
      '',
      'Kind regards,',
      'Recruitment Team',
      'Wessex Vale NHS Foundation Trust',
    ),
    ...LDN,
    expect: [
      { kind: 'interview', by: '2094-03-30', time: '14:15', phrase: 'Interview date: 30/03/2094' },
      {
        kind: 'no-calls',
        phrase: 'Please do not contact the ward or the therapy office directly about your application',
      },
    ],
  },
  // SmartRecruiters, Johannesburg: a rejection; the talent-pool period is only a fact.
  {
    text: mail(
      'Dear Thandeka,',
      '',
      'Thank you for applying for the Credit Risk Modeller position at Mabena Capital and for the time you invested in the assessment centre on 9 March.',
      '',
      'After careful consideration, we regret to inform you that we will not be progressing your application further. This was a highly competitive process.',
      '',
      'With your permission we will keep your profile in our talent community for 12 months and may contact you about future roles.',
      '',
      'Kind regards,',
      'People & Culture, Mabena Capital',
      'Powered by SmartRecruiters',
    ),
    ...JNB,
    expect: [
      {
        kind: 'outcome',
        outcome: 'rejected',
        phrase: 'we will not be progressing your application further',
      },
    ],
  },
  // BambooHR, Nairobi: an offer; the sign-by and the start date are not findings.
  {
    text: mail(
      'Dear Brian,',
      '',
      'Following your interviews with our team, we are delighted to offer you the position of Mobile Engineer (Android) at Savanna Ledger Ltd, based in our Westlands office.',
      '',
      'Your offer letter is attached in BambooHR for e-signature. The proposed start date is Monday, 3rd May 2094, and the gross monthly salary is KES 410,000 as discussed.',
      '',
      'Kindly review, sign and return the letter by 25th March 2094. Do reach out if you have any questions.',
      '',
      'Warm regards,',
      'Wanjiru Kamau',
      'HR Business Partner, Savanna Ledger',
    ),
    ...NBO,
    expect: [{ kind: 'outcome', outcome: 'offer', phrase: 'we are delighted to offer you the position' }],
  },
  // Ashby confirmation from Sydney, read in Auckland: 2:00 PM AEDT is 16:00 NZDT.
  {
    text: mail(
      "You're confirmed! Interview with Koala Freight",
      '',
      'Hi Mere,',
      '',
      'Your interview for Backend Engineer (Platform) has been scheduled.',
      '',
      'Wednesday, 24 March 2094',
      '2:00 – 2:45 PM AEDT (Sydney)',
      'Technical conversation with Lachlan Byrne',
      'Video call: https://meet.example/kfr-tech-7731',
      '',
      'Need to reschedule? Use the link in this email rather than replying.',
      '',
      'Koala Freight Talent',
      'Scheduled with Ashby',
    ),
    ...AKL,
    expect: [{ kind: 'interview', by: '2094-03-24', time: '16:00', phrase: '2:00 – 2:45 PM AEDT' }],
  },
  // ModernLoop reschedule from San Francisco to a Chicago reader: only the new slot, 10am PT is 12:00 CDT.
  {
    text: mail(
      'Hi Devontae,',
      '',
      'Apologies for the shuffle: one of your onsite interviewers has been pulled onto a customer escalation, so we need to move your onsite from Tuesday the 23rd to Thursday the 25th, same time (10am PT). Everything else, including the lunch with the team, stays as planned.',
      '',
      'An updated invitation will arrive from ModernLoop shortly. Let me know if the new day is a problem.',
      '',
      'Thanks for your flexibility,',
      'Harper Nguyen',
      'Recruiting, Fogline Systems (San Francisco)',
    ),
    ...CHI,
    expect: [
      {
        kind: 'interview',
        by: '2094-03-25',
        time: '12:00',
        phrase: 'Thursday the 25th, same time (10am PT)',
      },
    ],
  },
  // Randstad Singapore: feedback worded as a delivery, 'early next week'.
  {
    text: mail(
      'Hi Jun Hao,',
      '',
      'Thanks for going in to see the client yesterday, I hear it went well!',
      '',
      'The hiring manager flies to Jakarta today and is back on Sunday, so feedback from the interview will reach you early next week. In the meantime, do let me know if anything else comes up on your side.',
      '',
      'Best,',
      'Charmaine Goh',
      'Randstad Singapore | Technology Recruitment',
    ),
    ...SIN,
    expect: [{ kind: 'response-by', by: '2094-03-24', phrase: 'early next week', fuzzy: true }],
  },
  // Workable, Kuala Lumpur: a past interview, a panel meeting on 22 March, and a window counted from it.
  {
    text: mail(
      'Dear Nurul Aisyah,',
      '',
      'Thank you for attending the interview for the Regulatory Affairs Executive role on 15 March. It was a pleasure to meet you.',
      '',
      'Our selection panel will meet on Monday, 22 March to compare all shortlisted candidates, and you will receive our decision within 5 working days of that meeting.',
      '',
      'Best regards,',
      'Lim Mei Fong',
      'Human Resources, Serimas Pharma Sdn Bhd',
      'Sent with Workable',
    ),
    ...KUL,
    expect: [{ kind: 'response-by', by: '2094-03-29', phrase: 'within 5 working days of that meeting' }],
  },
  // Oracle Recruiting, Riyadh: a shortlisting window and no phone enquiries.
  {
    text: mail(
      'Dear Applicant,',
      '',
      'Thank you for submitting your application for the position of Senior Procurement Specialist (Job ID 24-00917).',
      '',
      'Your application is now being reviewed by our recruitment team. Shortlisted candidates will be contacted within three weeks for a first interview. Due to the large number of applications received, we are unable to respond to telephone enquiries regarding the status of applications.',
      '',
      'Best regards,',
      'Talent Acquisition Department',
      'Al Waha Infrastructure Company',
    ),
    ...RUH,
    expect: [
      { kind: 'response-by', by: '2094-04-08', phrase: 'within three weeks' },
      {
        kind: 'no-calls',
        phrase: 'we are unable to respond to telephone enquiries regarding the status of applications',
      },
    ],
  },
  // UK civil service: sift results 'w/c 29 March'; interviews 'expected w/c 19 April' give no slot of this candidate.
  {
    text: mail(
      'Dear Hannah Whitfield,',
      '',
      'Application for: Policy Adviser – Net Zero Buildings (HEO), reference 3381204',
      '',
      'Thank you for applying. The vacancy closed on 11 March 2094 and the sift is now under way.',
      '',
      'Indicative timeline:',
      'Sift results expected: w/c 29 March 2094',
      'Interviews expected: w/c 19 April 2094',
      '',
      'Please note these dates may change. You can track your application in your Civil Service Jobs account.',
      '',
      'Yours sincerely,',
      'Government Recruitment Service',
    ),
    ...LDN,
    expect: [{ kind: 'response-by', by: '2094-04-02', phrase: 'w/c 29 March 2094' }],
  },
  // Teamtailor, Stockholm company writing English: 'early next month'.
  {
    text: mail(
      'Hi Elias,',
      '',
      'Thank you for meeting Karin and Johan on Tuesday. We really enjoyed the conversation about the dispatch tooling.',
      '',
      "We are seeing two more candidates next week, and we'll be making final decisions early next month. Everyone who interviewed will hear from us either way.",
      '',
      'All the best,',
      'Sara Holm',
      'People Team, Nordvind Logistics',
      'Sent via Teamtailor',
    ),
    ...STO,
    expect: [{ kind: 'response-by', by: '2094-04-10', phrase: 'early next month', fuzzy: true }],
  },
  // Robert Half, Toronto: a third party's promise relayed ('has promised me a decision by Wednesday').
  {
    text: mail(
      'Hi Priya,',
      '',
      "Great news: the controller at Maplecroft Foods really liked you. She's interviewing two more people on Monday and has promised me a decision by Wednesday. I'll call you the minute I have it.",
      '',
      'If you get any other offers before then, please give me a shout so I can push them along.',
      '',
      'Talk soon,',
      'Graham Fitzsimmons',
      'Robert Half | Finance & Accounting, Toronto',
    ),
    ...TOR,
    expect: [{ kind: 'response-by', by: '2094-03-24', phrase: 'a decision by Wednesday' }],
  },
  // Pinpoint, a Sydney employer writing to a Singapore reader for a slot after Sydney leaves daylight time:
  // 10am Sydney time on 6 April (AEST, UTC+10) is 08:00 in Singapore.
  {
    text: mail(
      'Hi Darren,',
      '',
      "Thanks for your patience! We'd love you to meet our CTO for the second interview on Tuesday 6 April at 10am Sydney time. Heads-up that Sydney comes off daylight saving on Sunday 4 April, so the gap with Singapore will be two hours that week, not three.",
      '',
      "I'll send the calendar invitation once you've confirmed.",
      '',
      'Cheers,',
      'Bronwyn Ellis',
      'Talent Lead, Gumleaf Health',
      'Sent with Pinpoint',
    ),
    ...SIN,
    expect: [
      { kind: 'interview', by: '2094-04-06', time: '08:00', phrase: 'Tuesday 6 April at 10am Sydney time' },
    ],
  },

  // ---- negatives ----
  // The reader as interviewer: a panel slot and a scorecard deadline.
  {
    text: mail(
      'Hi Tom,',
      '',
      "Thanks for joining the interview panel for the Senior Designer search. You're scheduled with the candidate, Lucía Ferreira, on Tuesday, March 23 at 2:00 PM ET for the portfolio review.",
      '',
      'Please submit your scorecard in Greenhouse within 24 hours of the interview, and avoid discussing your impressions with the other interviewers until the debrief on Friday.',
      '',
      'Thanks!',
      'Tessa',
      'Recruiting Coordinator',
    ),
    ...NY,
    expect: [],
  },
  // The reader as hiring manager: a start date and the recruiter's own to-do.
  {
    text: mail(
      'Hi Gareth,',
      '',
      "Good news: Eleanor has signed, so your new Team Lead starts on Monday 12 April. I've asked IT to have her laptop ready by the Friday before.",
      '',
      "For the second Team Lead role, I'm screening four more applicants this week and will send you a shortlist by Tuesday. Could you block out some time on Thursday 25 March for first interviews?",
      '',
      'Thanks,',
      'Yasmin Achterberg',
      'Internal Recruiter',
    ),
    ...LDN,
    expect: [],
  },
  // A friend's interview, in candidate-like words.
  {
    text: mail(
      'Hey Zara!!',
      '',
      'Guess what, I got the interview at Engro!! Monday 22nd at 11am at their Clifton office. The HR lady said they would let me know within a week after that.',
      '',
      "Can I borrow your navy blazer? And please pray for me lol. Let's do chai after to celebrate or cry.",
      '',
      'Love,',
      'Mahnoor',
    ),
    ...KHI,
    expect: [],
  },
  // A brother's visa interview at an embassy.
  {
    text: mail(
      'Anak,',
      '',
      "Your Kuya Paolo's visa interview at the embassy is on March 25 at 7:30 in the morning. They said the passport will be delivered within 5 to 7 working days if approved.",
      '',
      "Can you drive him to Roxas Boulevard? He has to be there before 7. I'll cook adobo on Sunday.",
      '',
      'Love,',
      'Mama',
    ),
    ...MNL,
    expect: [],
  },
  // A PhD viva, with an outcome window.
  {
    text: mail(
      'Dear Aroha,',
      '',
      'I am pleased to confirm that your oral examination (viva voce) for the degree of Doctor of Philosophy has been scheduled as follows:',
      '',
      'Date: Friday 26 March 2094',
      'Time: 10:00 am NZDT',
      'Location: Room 412, Owen G Glenn Building, and via Zoom for the external examiner',
      '',
      'The examiners will meet after the oral and the Graduate School will inform you of the outcome within 10 working days.',
      '',
      'Ngā mihi,',
      'Doctoral Examinations Office',
    ),
    ...AKL,
    expect: [],
  },
  // The reader as referee.
  {
    text: mail(
      'Dear Mr. Chen,',
      '',
      'Ananya Mehta has applied for the role of Senior Business Analyst at Northlake Insurance and has named you as a referee.',
      '',
      'Could you please complete the short reference questionnaire at the link below by Thursday, March 25? Our recruiter may also call you on Monday afternoon to ask a few follow-up questions.',
      '',
      'Thank you for your help,',
      'Northlake Insurance Talent Acquisition',
    ),
    ...TOR,
    expect: [],
  },
  // The reader as employee: a mid-year review and a pay-review outcome.
  {
    text: mail(
      'Hi Kai Wen,',
      '',
      'Your mid-year performance review with Hannah is booked for Wednesday, 24 March at 3pm in Meeting Room Orchid. Please complete your self-assessment in SuccessFactors beforehand.',
      '',
      "HR will confirm the outcome of this cycle's pay review by the end of the month, and adjustments will be reflected in the April payroll on the 25th.",
      '',
      'Thanks,',
      'HR Operations',
    ),
    ...SIN,
    expect: [],
  },
  // A job alert with a webinar and closing dates.
  {
    text: mail(
      '6 new jobs match your alert "Graduate civil engineer – Sydney"',
      '',
      'Graduate Civil Engineer – Harbourline Infrastructure – Parramatta – Applications close 28 March',
      'Site Engineer (Graduate) – Redgum Construct – North Sydney – Applications close 2 April',
      'Graduate Engineer – Transport – Coastal Shire Council – Applications close 6 April',
      '',
      'Free webinar: How to ace your graduate interview, Thursday 25 March, 7pm AEDT. Register now.',
      '',
      'You are receiving this email because you created a job alert. Manage your alerts.',
    ),
    ...SYD,
    expect: [],
  },
  // Michael Page pitching candidates to the reader as an employer.
  {
    text: mail(
      'Dear Mr Leung,',
      '',
      'I noticed Kowloon Bay Logistics is hiring a Financial Controller. We currently have three pre-screened candidates with Big Four and shipping backgrounds who are available to interview next week.',
      '',
      'I can send their anonymised profiles over by Monday, and our standard terms include a 90-day replacement guarantee. Would you have 15 minutes on Tuesday for a quick call?',
      '',
      'Best regards,',
      'Vanessa Chow',
      'Manager, Michael Page Finance Hong Kong',
    ),
    ...HKG,
    expect: [],
  },
  // A podcast interview with the reader as guest.
  {
    text: mail(
      'Hi Imogen,',
      '',
      "Thank you so much for agreeing to be interviewed for Careers Unfiltered! We're recording on Tuesday 30 March at 16:00 BST over Riverside, and it should take about 45 minutes.",
      '',
      "We'll send you the edited episode for approval within two weeks of recording, and it goes live in May.",
      '',
      'Speak soon,',
      'Dev Chaudhary',
      'Producer, Careers Unfiltered',
    ),
    ...LDN,
    expect: [],
  },
  // A dentist's appointment, with a do-not-call.
  {
    text: mail(
      'Kia ora Hemi,',
      '',
      'This is a reminder of your appointment with Dr Sarah Tupou at Ponsonby Dental on Monday 22 March at 8:45am.',
      '',
      'Please do not call the practice to reschedule; use the link in this email at least 24 hours beforehand, or a late-cancellation fee may apply.',
      '',
      'Ponsonby Dental',
    ),
    ...AKL,
    expect: [],
  },
  // A freelancer's client call, in meeting words.
  {
    text: mail(
      'Hi Chidi,',
      '',
      "Thanks for the mock-ups, the team loved the colour palette. Could we do a quick call on Friday at 11am to go over the checkout flow? I'll also get back to you on the revised quote by Monday once finance has looked at it.",
      '',
      'Regards,',
      'Funmilayo Adeyemi',
      'Marketing Lead, Okra Market',
    ),
    ...LAG,
    expect: [],
  },
  // SuccessFactors acknowledgement: nothing dated promised, only a closing date.
  {
    text: mail(
      'Dear Sipho Dlamini,',
      '',
      'Thank you for applying for the position of Maintenance Planner (Requisition 77120) at Highveld Minerals.',
      '',
      'This vacancy closes on 2 April 2094. Our recruitment team will review all applications after the closing date, and if your profile matches the requirements, a member of the team will be in touch.',
      '',
      'Kind regards,',
      'Highveld Minerals Recruitment',
      'This is an automated message from SAP SuccessFactors.',
    ),
    ...JNB,
    expect: [],
  },
  // Calendly host notification: the reader is the recruiter.
  {
    text: mail(
      'New Event: Jordan Reyes – Phone screen (30 min)',
      '',
      'Hi Megan,',
      '',
      'A new event has been scheduled.',
      '',
      'Event Type: Phone screen (30 min)',
      'Invitee: Jordan Reyes',
      'Invitee Email: jordan.reyes@example.com',
      'Event Date/Time: 1:00pm - 1:30pm (Central Time - US & Canada), Tuesday, March 23, 2094',
      'Questions: Which role are you applying for? Warehouse Operations Supervisor',
      '',
      'View event in Calendly',
    ),
    ...CHI,
    expect: [],
  },
  // The reader as careers-fair volunteer running mock interviews.
  {
    text: mail(
      'Dear Wambui,',
      '',
      'Thank you for volunteering at the Spring Careers Fair at the University of Nairobi on Saturday 27 March. Please arrive by 8:30am for the briefing; mock interviews with final-year students run from 9:30am to 1pm in the Great Court.',
      '',
      'Students will email their CVs to you by Wednesday so you can read them in advance.',
      '',
      'With gratitude,',
      'Careers & Employability Office',
    ),
    ...NBO,
    expect: [],
  },
  // An MBA admissions interview, in candidate-like words.
  {
    text: mail(
      'Dear Rashid,',
      '',
      'Congratulations! Following a review of your application to the Full-Time MBA (Round 3), the Admissions Committee invites you to an interview.',
      '',
      'Your interview is confirmed for Friday, 26 March 2094 at 3:00 PM (Singapore time) with an alumnus of the programme, via Zoom.',
      '',
      'Round 3 admissions decisions will be released on 14 May 2094.',
      '',
      'Best regards,',
      'MBA Admissions Office',
    ),
    ...DXB,
    expect: [],
  },
  // The reader as new hire: onboarding with a first day, pay date and a deadline for the reader.
  {
    text: mail(
      'Hi Olivia,',
      '',
      "We're so glad you're joining Maplecroft Foods! Your first day is Monday, April 5, 2094; please come to reception at 8:45 AM and ask for Denise.",
      '',
      'Payroll runs semi-monthly on the 15th and the last day of the month. Please return your TD1 forms and direct deposit details by Friday so you are paid on April 15.',
      '',
      'Welcome aboard,',
      'People Operations',
    ),
    ...TOR,
    expect: [],
  },
  // The reader as employee: an IT upgrade with a do-not-call.
  {
    text: mail(
      'Dear colleague,',
      '',
      'Your laptop is scheduled for the Windows upgrade on Sunday 21 March between 09:00 and 13:00. Please leave it docked and switched on at your desk.',
      '',
      'Please do not call the IT service desk about this upgrade; all questions should go to the #it-upgrade channel on Teams. Engineers will be available on site until 25 March.',
      '',
      'IT Services',
    ),
    ...RUH,
    expect: [],
  },
];
