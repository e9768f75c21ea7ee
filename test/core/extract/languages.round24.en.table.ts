// Round 280 (issue 13): written BEFORE the engine read it, at the start of the thirteenth pass. Half negatives of
// kinds not tried before (a vet, an insurance claim, an IT ticket, a performance review, a product demo, a career
// coach, a biometrics appointment, a wedding, a blood donation, a gym, a book club, a tax preparer, an all-hands, a
// car hire, a volunteer orientation, and a scheduler's window with no day chosen), half positives in the layouts of
// applicant tracking systems (Greenhouse, Lever, Workday, SmartRecruiters, Ashby, Teamtailor, BambooHR, GoodTime)
// and recruiters in India, South Africa, Ireland, Sweden, Arizona, Singapore, Australia, Wales and California.
// Names, companies and dates are invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Tuesday 6 March 2029, 10:05 local.
const NY = { sentAt: '2029-03-06T10:05:00-05:00', tz: 'America/New_York' } as const;
const LA = { sentAt: '2029-03-06T10:05:00-08:00', tz: 'America/Los_Angeles' } as const;
const PHX = { sentAt: '2029-03-06T10:05:00-07:00', tz: 'America/Phoenix' } as const;
const TOR = { sentAt: '2029-03-06T10:05:00-05:00', tz: 'America/Toronto' } as const;
const LDN = { sentAt: '2029-03-06T10:05:00+00:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2029-03-06T10:05:00+00:00', tz: 'Europe/Dublin' } as const;
const STO = { sentAt: '2029-03-06T10:05:00+01:00', tz: 'Europe/Stockholm' } as const;
const JNB = { sentAt: '2029-03-06T10:05:00+02:00', tz: 'Africa/Johannesburg' } as const;
const MUM = { sentAt: '2029-03-06T10:05:00+05:30', tz: 'Asia/Kolkata' } as const;
const SGP = { sentAt: '2029-03-06T10:05:00+08:00', tz: 'Asia/Singapore' } as const;
const SYD = { sentAt: '2029-03-06T10:05:00+11:00', tz: 'Australia/Sydney' } as const;

/** Round 280: English whole messages, half of them negatives. */
export const ROUND_280_EN: readonly PhraseRow[] = [
  // Positives.
  {
    ...LA,
    text: "Hi Naveen,\n\nThanks for taking the time to speak with us! We'd like to invite you to a virtual onsite for the Staff Data Engineer role at Quillfeather.\n\nInterview details\nDate: Tuesday, March 13, 2029\nTime: 1:00 PM - 4:00 PM PDT\nLocation: Zoom (link below)\n\nYou'll meet four members of the data platform team. Let us know if you need any accommodations.\n\nBest,\nQuillfeather Recruiting",
    expect: [{ kind: 'interview', by: '2029-03-13', time: '13:00' }],
  },
  {
    ...TOR,
    text: "Hi Camille,\n\nThank you for your interest in Fernhill Robotics and for the time you invested in our process. We've reviewed your background against the requirements of the Mechanical Design Engineer position and have decided to pursue other candidates whose experience more closely matches our needs.\n\nWe'll keep your profile on file for future openings.\n\nSincerely,\nFernhill Robotics Talent Team",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...MUM,
    text: 'Dear Siddharth Rao,\n\nThe status of your application for Job Requisition R-20431 Treasury Analyst has changed. We will review your application and contact you within 10 business days if your qualifications match our requirements.\n\nThis is an automated message; please do not reply.\n\nKestrel Finance Careers',
    expect: [{ kind: 'response-by', by: '2029-03-20' }],
  },
  {
    ...DUB,
    text: "Hi Aoife,\n\nUnfortunately our Head of Design can no longer make Thursday's 11:00 interview. Could we move it to Monday 12 March at 14:30 instead? Same Teams link.\n\nKind regards,\nRecruitment Team, Liffey Labs",
    expect: [{ kind: 'interview', by: '2029-03-12', time: '14:30' }],
  },
  {
    ...NY,
    text: "Hi Marcus,\n\nQuick update on the Product Manager process: the team is meeting Friday to review everyone from this week's onsites, and you'll hear from me by Tuesday 13 March at the latest.\n\nBest,\nJordan\nRecruiting @ Tidewater",
    expect: [{ kind: 'response-by', by: '2029-03-13' }],
  },
  {
    ...STO,
    text: 'Hi Lina,\n\nThanks for your application for the Customer Success Lead role at Fjällbacka Software! We are reviewing applications on a rolling basis and aim to get back to all candidates within three weeks.\n\nBest regards,\nThe Fjällbacka team',
    expect: [{ kind: 'response-by', by: '2029-03-27' }],
  },
  {
    ...PHX,
    text: "Hi Diego,\n\nWe're thrilled to offer you the position of Operations Coordinator at Saguaro Health! Your offer letter is attached; please review and sign by Friday, March 9.\n\nWelcome aboard!\nAmanda Ruiz\nPeople Operations",
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...SGP,
    text: "Hi Wei Ling,\n\nGood news - the client would like to meet you for a second interview. They've proposed Thursday 8 March, 10am at their Raffles Place office. Can you confirm by end of day?\n\nRegards,\nDesmond Koh\nSenior Consultant | Merlion Search",
    expect: [{ kind: 'interview', by: '2029-03-08', time: '10:00' }],
  },
  {
    ...SYD,
    text: 'Dear Applicant,\n\nThank you for applying to the Graduate Engineer Programme 2029. Due to the high volume of applications, we are unable to respond to phone or email enquiries about individual applications. Shortlisted applicants will be contacted after applications close on 23 March.\n\nGraduate Recruitment Team\nSouthern Cross Rail',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...LDN,
    text: "Hi Rhys,\n\nThanks again for coming in. The panel is meeting on Monday 12 March, and we'll be in touch within two working days of that meeting.\n\nCheers,\nBethan\nHR Advisor, Cardiff Bay Housing",
    expect: [{ kind: 'response-by', by: '2029-03-14' }],
  },
  {
    ...MUM,
    text: "Hi Priyanka,\n\nI'm on leave from tomorrow and back in the office on Monday 19 March. I'll pick up the next steps on your application with the hiring manager then.\n\nThanks,\nNeha\nTA Partner",
    expect: [{ kind: 'no-contact-before', by: '2029-03-19' }],
  },
  {
    ...DUB,
    text: "Hello Tomás,\n\nThank you for your interest in the Lecturer in Economics position. The selection committee will not be reviewing applications until after the closing date, so please don't contact the school about your application before 2 April.\n\nKind regards,\nSchool Administrator",
    expect: [{ kind: 'no-contact-before', by: '2029-04-02' }],
  },
  {
    ...LA,
    text: "Hey Kai - great chatting this morning! I'm going to share your profile with the hiring manager today and should have feedback for you early next week.\n\nTalk soon,\nBrooke | Recruiter, Northwind Staffing",
    expect: [{ kind: 'response-by', by: '2029-03-14', fuzzy: true }],
  },
  {
    ...NY,
    text: "Hi Ayesha,\n\nYou're all set! Your phone screen with Jamie is confirmed for Thursday, March 8 at 9:30 AM Central Time.\n\nIf you need to reschedule, reply to this email.\n\nGoodTime Scheduling on behalf of Redbud Analytics",
    expect: [{ kind: 'interview', by: '2029-03-08', time: '10:30' }],
  },
  // Negatives.
  {
    ...JNB,
    text: 'Dear Thabo,\n\nThank you for your interest in the Site Reliability Engineer opportunity at Karoo Data. Please use the link below to select a time for your phone screen with our recruiter. Available times are between Wednesday 7 March and Friday 9 March.\n\nSchedule Interview\n\nRegards,\nTalent Acquisition',
    expect: [],
  },
  {
    ...LDN,
    text: 'Hi Sam,\n\nThis is a reminder that Biscuit is due for her annual vaccinations. Her appointment is booked for Thursday 8 March at 4:15pm with Dr Okafor.\n\nPaws & Claws Veterinary Clinic',
    expect: [],
  },
  {
    ...SYD,
    text: 'Dear Ms Nguyen,\n\nThank you for submitting your claim (ref. HC-883201). Our assessors will review the documents and contact you within 10 working days. Please do not call us about your claim before then, as this may delay processing.\n\nClaims Team, Banksia Insurance',
    expect: [],
  },
  {
    ...NY,
    text: 'Hi Daniel,\n\nYour ticket INC0048213 (VPN not connecting) has been assigned to the Network team. We aim to resolve P3 tickets within 2 business days.\n\nIT Service Desk',
    expect: [],
  },
  {
    ...LDN,
    text: "Hi Grace,\n\nAs part of the annual review cycle, I've booked your performance review for Wednesday 14 March at 2pm in Room 4.01. Please complete your self-assessment by Friday.\n\nThanks,\nMark",
    expect: [],
  },
  {
    ...NY,
    text: "Hi Owen,\n\nThanks for requesting a demo of Ledgerly! Your demo with our account executive, Priya, is booked for Thursday, March 8 at 11:00 AM ET. We'll send a Zoom link shortly.\n\nThe Ledgerly Team",
    expect: [],
  },
  {
    ...LDN,
    text: "Hi Ayesha,\n\nYour next career coaching session with Lauren is on Friday 9 March at 12:30. We'll work on your interview stories, so bring two or three examples from your last role.\n\nBrightpath Careers",
    expect: [],
  },
  {
    ...NY,
    text: 'Dear Applicant,\n\nYour biometrics appointment at the Application Support Center is scheduled for Monday, March 12, 2029 at 8:00 AM. Bring this notice and your photo ID.\n\nU.S. Citizenship and Immigration Services',
    expect: [],
  },
  {
    ...LDN,
    text: "Hi everyone!\n\nJust a reminder to RSVP for Tom & Aisha's wedding by Friday 16 March. The ceremony is on Saturday 26 May at 2pm.\n\nLove,\nRachel",
    expect: [],
  },
  {
    ...LDN,
    text: 'Hi Rhys,\n\nThanks for booking to give blood. Your appointment is at Cardiff Donor Centre on Tuesday 13 March at 17:20. Please drink plenty of water beforehand.\n\nWelsh Blood Service',
    expect: [],
  },
  {
    ...NY,
    text: 'Hi Marcus,\n\nYour personal training session with Coach Dre is confirmed for Wednesday at 6:30am. Cancel at least 12 hours in advance to avoid a charge.\n\nIronworks Gym',
    expect: [],
  },
  {
    ...TOR,
    text: "Hi all,\n\nNext month's pick is 'Tomorrow, and Tomorrow, and Tomorrow'. We'll meet at Priya's on Thursday 29 March at 7pm. Let me know by Sunday if you can host in April!\n\nCaro",
    expect: [],
  },
  {
    ...LA,
    text: "Hi Kevin,\n\nWe've received your documents for the 2028 return. Your preparer will review them and get back to you within five business days with any questions.\n\nThanks,\nHarbor Tax Services",
    expect: [],
  },
  {
    ...NY,
    text: 'Hi team,\n\nReminder: Q1 all-hands is Thursday 8 March at 3pm in the Atrium. Leadership will share the hiring plan for the rest of the year.\n\nThanks,\nOffice of the CEO',
    expect: [],
  },
  {
    ...JNB,
    text: 'Hi Thabo,\n\nYour booking is confirmed.\nPick-up: Friday 9 March 2029, 09:00, O.R. Tambo International\nReturn: Monday 12 March 2029, 18:00\n\nKalahari Car Hire',
    expect: [],
  },
  {
    ...STO,
    text: "Hi Lina,\n\nThank you for signing up to volunteer at the food bank! New volunteer orientation is on Saturday 10 March at 10am. We'll confirm your first shift within a week.\n\nStockholm Food Share",
    expect: [],
  },
];
