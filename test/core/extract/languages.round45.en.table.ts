// Round 490 (issue 13): written BEFORE the engine read it, by a helper who never saw the rules, on a Friday in
// late May (so "by Friday" and "Monday" both mean next week). Positives: a Greenhouse final round in BST, "by
// Friday" written on a Friday, an Ashby move "from Tuesday the 24th to Thursday the 26th", an HSE window counted
// from the interview date of 13 May, a conditional "If you haven't heard from us by June 3", an Indian slot
// "3–3:45pm (IST)", "4:00 pm Pacific" for a Singapore recipient (the date moves), a Kenyan ban on canvassing and
// calls, "during the week of 6 June", an offer with a call "on Monday", a Personio rejection, Workday "within 2-3
// weeks", "Wednesday, 1st June 2033" in Lagos, a Dubai startup's "don't chase before Monday 30 May", a council's
// ten working days from a closing date, a Johannesburg agency's "early next week". Negatives: an exam timetable,
// the reader as the hiring manager in Workable, a flexible-working meeting, a cousin's interview, school photos,
// an eye test, a graduate programme's closing date, interview coaching for sale, office hours, the reader as a
// referee, a hotel stay, a calendar invitation to interview someone else, a car service, a salary guide, a visa
// appointment, a withdrawal acknowledged. Names, companies and dates are invented; answers follow
// TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Friday 20 May 2033, 11:05 local.
const NY = { sentAt: '2033-05-20T11:05:00-04:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2033-05-20T11:05:00-05:00', tz: 'America/Chicago' } as const;
const LA = { sentAt: '2033-05-20T11:05:00-07:00', tz: 'America/Los_Angeles' } as const;
const TOR = { sentAt: '2033-05-20T11:05:00-04:00', tz: 'America/Toronto' } as const;
const LDN = { sentAt: '2033-05-20T11:05:00+01:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2033-05-20T11:05:00+01:00', tz: 'Europe/Dublin' } as const;
const BER = { sentAt: '2033-05-20T11:05:00+02:00', tz: 'Europe/Berlin' } as const;
const LAG = { sentAt: '2033-05-20T11:05:00+01:00', tz: 'Africa/Lagos' } as const;
const NBO = { sentAt: '2033-05-20T11:05:00+03:00', tz: 'Africa/Nairobi' } as const;
const JNB = { sentAt: '2033-05-20T11:05:00+02:00', tz: 'Africa/Johannesburg' } as const;
const DXB = { sentAt: '2033-05-20T11:05:00+04:00', tz: 'Asia/Dubai' } as const;
const BOM = { sentAt: '2033-05-20T11:05:00+05:30', tz: 'Asia/Kolkata' } as const;
const SIN = { sentAt: '2033-05-20T11:05:00+08:00', tz: 'Asia/Singapore' } as const;
const MNL = { sentAt: '2033-05-20T11:05:00+08:00', tz: 'Asia/Manila' } as const;
const SYD = { sentAt: '2033-05-20T11:05:00+10:00', tz: 'Australia/Sydney' } as const;
const AKL = { sentAt: '2033-05-20T11:05:00+12:00', tz: 'Pacific/Auckland' } as const;

/** Round 490: English whole messages, sixteen positives and sixteen negatives. */
export const ROUND_490_EN: readonly PhraseRow[] = [
  // Positives.
  {
    ...LDN,
    text: 'Hi Freya,\n\nI am pleased to confirm the details of your final interview for the Product Manager, Payments role.\n\nDate: Thursday 26 May 2033\nTime: 10:00–11:30 (BST)\nFormat: On-site, 3rd floor, 20 Farringdon Road\nYou will meet: Oliver Grant (VP Product) and Ama Mensah (Engineering Lead)\n\nBest wishes,\nHolly\nTalent Team, Fernpay\n\nSent from Greenhouse',
    expect: [{ kind: 'interview', by: '2033-05-26', time: '10:00' }],
  },
  {
    ...CHI,
    text: "Hi Luis,\n\nThanks for coming in this morning, the crew really enjoyed meeting you. We have one more candidate to see on Tuesday, and we'll get back to you by Friday with a decision.\n\nTake care,\nDeb Kowalczyk\nOperations Manager, Northside Millwork",
    expect: [{ kind: 'response-by', by: '2033-05-27' }],
  },
  {
    ...LA,
    text: "Hi Nora —\n\nOur hiring manager is out sick, so we've moved your onsite from Tuesday the 24th to Thursday the 26th, same time (10:00am PT). Everything else stays the same. Hope that still works!\n\nThanks,\nMateo\nRecruiting, Lumen Grove\n\nScheduled with Ashby",
    expect: [{ kind: 'interview', by: '2033-05-26', time: '10:00' }],
  },
  {
    ...DUB,
    text: 'Dear Ms. Byrne,\n\nThank you for attending for interview for the post of Clerical Officer (Grade III), Community Healthcare West.\n\nWe expect to issue outcome letters to all candidates within 6 weeks of the interview date of 13 May 2033.\n\nYours sincerely,\nRecruitment Services\nHealth Service Executive',
    expect: [{ kind: 'response-by', by: '2033-06-24' }],
  },
  {
    ...TOR,
    text: "Hi Kyle,\n\nThanks again for your time on Wednesday. The team is still meeting candidates. If you haven't heard from us by June 3, feel free to reach out to me directly.\n\nBest,\nAmanda Roy\nTalent Acquisition, Lakehead Power",
    expect: [{ kind: 'response-by', by: '2033-06-03' }],
  },
  {
    ...BOM,
    text: 'Dear Karthik,\n\nYour interview for Senior Analyst – Credit Risk (JR-33-2210) has been scheduled.\n\nDate: 24/05/2033\nTime: 3–3:45pm (IST)\nInterviewer: Ms. Pooja Deshmukh\nLink: Microsoft Teams (see calendar invite)\n\nPlease keep a valid photo ID ready.\n\nRegards,\nTalent Acquisition, Indus Meridian Bank',
    expect: [{ kind: 'interview', by: '2033-05-24', time: '15:00' }],
  },
  {
    ...SIN,
    text: "Hi Hui Min,\n\nGreat news, the hiring manager in our San Jose office would like to meet you. Your video interview is on Monday 23 May, 4:00 pm Pacific, for 45 minutes. I know that's early for you, sorry!\n\nBest,\nTrent\nRecruiting, Quartzline Semiconductor",
    expect: [{ kind: 'interview', by: '2033-05-24', time: '07:00' }],
  },
  {
    ...NBO,
    text: 'Dear Applicant,\n\nThank you for your application for the position of Accountant II, Ref. KCA/HR/033/2033.\n\nOnly shortlisted candidates will be contacted. Please note that canvassing or phone calls to the office regarding this position will lead to automatic disqualification.\n\nDirector, Human Resource Management\nKerio County Assembly',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...SYD,
    text: "Hi Mia,\n\nThanks for your patience. Our process is running a little behind as two of the panel are interstate, but we'll be in touch with all interviewed candidates during the week of 6 June.\n\nKind regards,\nTalent Team, Coastline Insurance\n\nPowered by SmartRecruiters",
    expect: [{ kind: 'response-by', by: '2033-06-10' }],
  },
  {
    ...MNL,
    text: 'Dear Paolo,\n\nCongratulations! You have passed all stages of our assessment, and we would like to offer you the position of Senior Accounts Payable Specialist. Our HR team will call you on Monday to walk you through the compensation package and onboarding requirements.\n\nBest regards,\nCamille Santos\nRecruitment Lead, Pasig Shared Services Inc.',
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2033-05-23' },
    ],
  },
  {
    ...BER,
    text: 'Dear Jonas,\n\nThank you very much for your interest in Nordlicht Mobility and for the good conversations in recent weeks.\n\nAfter careful consideration, we have decided not to proceed with your application for the Senior Backend Engineer position. This decision was not easy for us.\n\nWe wish you all the best for your future career.\n\nKind regards,\nLea Bauer\nTalent Acquisition\n\nSent via Personio',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...NY,
    text: 'Hello Tanisha,\n\nThank you for applying for the Clinical Research Coordinator position at Hudson Valley Health. We have received your application.\n\nOur recruiters are reviewing applications and will respond within 2-3 weeks.\n\nSincerely,\nTalent Acquisition\nHudson Valley Health\n\nPlease do not reply to this Workday notification.',
    expect: [{ kind: 'response-by', by: '2033-06-10' }],
  },
  {
    ...LAG,
    text: 'Dear Olumide,\n\nFollowing your application for the position of Sales Executive, you are invited for an oral interview as follows:\n\nDate: Wednesday, 1st June 2033\nTime: 9:00am prompt\nVenue: 5th Floor, Ikeja City Mall Annex, Obafemi Awolowo Way\n\nCome along with your original credentials and NYSC certificate.\n\nSigned,\nHR Manager\nHarmattan Beverages Ltd',
    expect: [{ kind: 'interview', by: '2033-06-01', time: '09:00' }],
  },
  {
    ...DXB,
    text: "Hey Omar,\n\nThanks for the take-home, we'll go through it properly. Heads-up: the whole team is at our offsite all next week, so please don't chase before Monday 30 May.\n\nCheers,\nSara\nCo-founder, Falaj Labs",
    expect: [{ kind: 'no-contact-before', by: '2033-05-30' }],
  },
  {
    ...LDN,
    text: 'Dear Applicant,\n\nThank you for applying for the post of Housing Options Officer (Ref: HSG/0412).\n\nAll applicants will be notified of the outcome of shortlisting within ten working days of the closing date, Friday 27 May 2033.\n\nRegards,\nHR and Organisational Development\nAshbourne District Council',
    expect: [{ kind: 'response-by', by: '2033-06-10' }],
  },
  {
    ...JNB,
    text: "Hi Lerato,\n\nThanks for your time with the client yesterday, they were impressed with your presentation. The MD is travelling today, so I'll revert with their feedback early next week.\n\nRegards,\nJacques Pretorius\nSenior Recruitment Consultant, Fynbos Talent",
    expect: [{ kind: 'response-by', by: '2033-05-25', fuzzy: true }],
  },
  // Negatives.
  {
    ...SYD,
    text: 'Dear Student,\n\nYour examination timetable for Semester 1 has been published.\n\nECON2101 Intermediate Microeconomics: Thursday 26 May 2033, 14:00–16:00, Sports Hall 2.\n\nResults will be released within four weeks of the end of the examination period.\n\nExaminations Office',
    expect: [],
  },
  {
    ...AKL,
    text: 'New candidate for Sous Chef\n\nKiri Tane applied 2 hours ago. Review by Monday to keep your time-to-hire on track.\n\nView candidate in Workable',
    expect: [],
  },
  {
    ...LDN,
    text: "Hi Aaron,\n\nI'd like to invite you to a meeting to discuss your flexible working request on Wednesday 25 May at 2pm in the HR meeting room. You may bring a colleague with you. We will confirm our decision in writing within 14 days of the meeting.\n\nKind regards,\nNicola Dean\nHR Advisor",
    expect: [],
  },
  {
    ...LAG,
    text: "Hey bro,\n\nMy cousin Zainab has her interview at Flutterwave on Tuesday by 10am, any tips I can pass on? She's really nervous.\n\nTunde",
    expect: [],
  },
  {
    ...JNB,
    text: 'Dear Parents,\n\nA reminder that school photos are on Wednesday 25 May. Please return the signed order form by Monday. Learners must be in full winter uniform.\n\nThank you,\nThe Office\nRosebank Primary',
    expect: [],
  },
  {
    ...DUB,
    text: 'Hi Emer,\n\nThis is a reminder of your eye test at Specsavers Grafton Street on Tuesday 24 May at 11:20. Please bring your current glasses.\n\nSee you soon,\nSpecsavers',
    expect: [],
  },
  {
    ...SIN,
    text: 'Hi Darren,\n\nReminder: applications for the 2034 Graduate Programme close at 23:59 SGT on 31 May 2033. Complete your application now to be considered for our September intake.\n\nEarly Careers Team\nLion City Bank',
    expect: [],
  },
  {
    ...NY,
    text: 'Nervous about your next interview?\n\nBook a 30-minute interview prep call with one of our coaches this week and get 20% off. Slots still available Tuesday at 10am and Wednesday at 6pm.\n\nCareerSpark',
    expect: [],
  },
  {
    ...SYD,
    text: 'Hi there,\n\nThanks for getting in touch with the Careers Team. Our recruitment team is available Monday to Friday, 9am–5pm AEST. For questions about a specific vacancy, please use the contact details in the job ad.\n\nRegards,\nCareers at Murray Basin Water',
    expect: [],
  },
  {
    ...BOM,
    text: "Hi Meera,\n\nThanks for agreeing to be Rahul's referee for the Operations Manager role. You'll receive an email from our referencing partner within 24 hours with a short online form.\n\nMany thanks,\nAnkit\nTalent Acquisition, Saffron Retail",
    expect: [],
  },
  {
    ...AKL,
    text: 'Kia ora Ruth,\n\nYour stay at The Hamilton Quay is confirmed. Check-in: Friday 27 May from 3pm. Check-out: Sunday 29 May by 11am. Breakfast is served from 6:30am.\n\nWe look forward to welcoming you.',
    expect: [],
  },
  {
    ...BER,
    text: "Invitation: Interview – Camille Roux (Data Scientist) @ Tue 24 May 2033 10:00 – 11:00 (CEST)\n\nYou have been invited by Anna Schmitt.\n\nOrganizer's note: you're covering the ML system design part, scorecard in Greenhouse afterwards.\n\nYes / Maybe / No",
    expect: [],
  },
  {
    ...SYD,
    text: "Hi Grant,\n\nYour Toyota RAV4 is booked in for its 30,000 km service on Monday 23 May at 7:30am. We'll call you when it's ready for pick-up.\n\nParramatta Toyota Service",
    expect: [],
  },
  {
    ...LDN,
    text: 'The Q2 Salary Guide is out!\n\nHiring managers tell us the average time from final interview to offer has dropped to 9 days. Join our live briefing on 2 June at 1pm to hear what it means for your hiring plans.\n\nRedbrick Recruitment Insights',
    expect: [],
  },
  {
    ...MNL,
    text: 'Dear Applicant,\n\nYour biometrics appointment at the Visa Application Centre, Makati, is confirmed for 25 May 2033 at 08:30. Processing takes up to 15 working days from the date of your appointment.\n\nVisa Application Centre',
    expect: [],
  },
  {
    ...CHI,
    text: "Hi Jamal,\n\nThanks for letting us know you're withdrawing from the process for the Project Engineer role. We've updated your application, and we wish you the best with your new position.\n\nTake care,\nMolly\nRecruiting, Great Plains Energy Partners",
    expect: [],
  },
];
