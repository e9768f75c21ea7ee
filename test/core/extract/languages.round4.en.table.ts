// The fourth held-out English round of issue 13 (round 38): whole messages from applicant tracking systems
// (Greenhouse, Lever, Workday, iCIMS, Ashby, SmartRecruiters, Teamtailor, BambooHR, Taleo) and from recruiters
// and agencies in the US, UK, India, Australia, Canada, Singapore and South Africa, with newsletters, job alerts,
// status changes, receipts and other candidates' interviews as negatives. Each row's answer was written from
// TIMELINE-CONVENTIONS.md BEFORE the engine read it; the first-run figure is in FIRST_RUN (languages.table.ts).
import { LDN, NY } from './languages.senders';
import type { PhraseRow } from './phrases.table';

// Wednesday 18 November 2026, 09:15 in Chicago.
const CHI = { sentAt: '2026-11-18T09:15:00-06:00', tz: 'America/Chicago' } as const;
// Thursday 26 November 2026, 11:00 in Manchester (London zone, day-first numeric dates).
const MAN = { sentAt: '2026-11-26T11:00:00+00:00', tz: 'Europe/London' } as const;
// Monday 23 November 2026, 10:00 in Bengaluru (day-first numeric dates).
const BLR = { sentAt: '2026-11-23T10:00:00+05:30', tz: 'Asia/Kolkata' } as const;
// Wednesday 2 December 2026, 09:00 in Sydney (day-first numeric dates).
const SYD = { sentAt: '2026-12-02T09:00:00+11:00', tz: 'Australia/Sydney' } as const;
// Friday 20 November 2026, 13:00 in Vancouver.
const VAN = { sentAt: '2026-11-20T13:00:00-08:00', tz: 'America/Vancouver' } as const;
// Tuesday 17 November 2026, 10:00 in Singapore.
const SGP = { sentAt: '2026-11-17T10:00:00+08:00', tz: 'Asia/Singapore' } as const;
// Thursday 19 November 2026, 08:30 in Cape Town.
const CPT = { sentAt: '2026-11-19T08:30:00+02:00', tz: 'Africa/Johannesburg' } as const;
// Monday 30 November 2026, 08:00 in Denver.
const DEN = { sentAt: '2026-11-30T08:00:00-07:00', tz: 'America/Denver' } as const;
// Friday 20 November 2026, 15:00 in Toronto.
const TOR = { sentAt: '2026-11-20T15:00:00-05:00', tz: 'America/Toronto' } as const;

/** Round 38: English ATS templates and recruiter mail as whole messages, fourth unseen round. */
export const ROUND_38_EN: readonly PhraseRow[] = [
  {
    ...NY,
    text: "Hi Marcus,\n\nThank you for your time so far! We'd like to invite you to an onsite interview with the Payments team.\n\nInterview Details\nDate: Monday, November 16, 2026\nTime: 10:00 AM - 1:30 PM Eastern Time\nLocation: 3 World Trade Center, 41st Floor\n\nPlease bring a photo ID for building security. If you have any questions, reply to this email.\n\nBest regards,\nNadia Petrov\nRecruiting Coordinator, Fernhill\n\nThis email was sent via Greenhouse. To stop receiving emails, unsubscribe.",
    expect: [{ kind: 'interview', by: '2026-11-16', time: '10:00' }],
  },
  {
    ...VAN,
    text: "Hi Tomás,\n\nJust confirming your video interview with Priyanka (Engineering Manager) for Tuesday, November 24 at 11:30am PT. Here's the Zoom link: https://zoom.us/j/9384756\n\nLooking forward to it!\nKai\n\nSent from Lever",
    expect: [{ kind: 'interview', by: '2026-11-24', time: '11:30' }],
  },
  {
    ...NY,
    text: 'Dear Applicant,\n\nThe status of your application for Job Requisition R-104532 Financial Analyst has changed.\n\nNew status: In Review\nDate updated: 11/09/2026 04:37:12 PM\n\nTo view your application, sign in to the Candidate Home.\n\nThis is a system generated message. Please do not reply.',
    expect: [],
  },
  {
    ...NY,
    text: 'Dear Jordan,\n\nThank you for your interest in the Clinical Data Manager position at Brightwater Health. After careful review, we have decided to move forward with other candidates whose experience more closely matches the needs of the role.\n\nWe will keep your resume on file for 12 months.\n\nSincerely,\nTalent Acquisition Team\nBrightwater Health\n\nPowered by iCIMS',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...LDN,
    text: 'Hi Freya,\n\nYour interview has been scheduled!\n\nWhen: Thursday 19 November 2026, 14:00 – 15:00 (GMT)\nWhere: Google Meet\nWith: Oliver Grant, Sam Achebe\n\nNeed to reschedule? Use the link below.\n\nThe Quill Talent Team',
    expect: [{ kind: 'interview', by: '2026-11-19', time: '14:00' }],
  },
  {
    ...SGP,
    text: "Hi Wei Ling,\n\nThanks for applying for the Regional Sales Lead role at Orchid Logistics. Our recruiters review every application personally, and this usually takes around 10 working days. If your profile is a match, we'll contact you to arrange a first conversation.\n\nKind regards,\nOrchid Logistics Talent Acquisition\n\nSmartRecruiters",
    expect: [{ kind: 'response-by', by: '2026-12-01', fuzzy: true }],
  },
  {
    ...LDN,
    text: "Hi there!\n\nNew jobs at Northwind Studio this week:\n- Senior Product Designer (Stockholm / Remote) – apply by 30 November\n- Data Engineer (London) – interviews start 7 December\n\nFollow us on LinkedIn for behind-the-scenes stories.\n\nYou're receiving this because you joined our Talent Community on Teamtailor. Manage your preferences.",
    expect: [],
  },
  {
    ...DEN,
    text: "Hi Rachel,\n\nI'm delighted to share that we'd like to offer you the position of Customer Success Manager at Aspen Ridge Software! Your offer letter is attached in BambooHR for your e-signature.\n\nPlease review and sign by Friday, December 4. Your anticipated start date is Monday, January 4, 2027.\n\nWelcome aboard!\nMegan Cho\nPeople Operations",
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...NY,
    text: 'Thank you for submitting your application for the position of Staff Accountant (Requisition 26000871). This message confirms that we have received your application on Nov 10, 2026 at 9:42 AM.\n\nPlease do not respond to this email as this mailbox is not monitored.\n\nTaleo Recruiting',
    expect: [],
  },
  {
    ...LDN,
    text: "Hi Ravi,\n\nJust spoke with the client - they were really impressed with your first interview and want to get you back in for the final stage. They've proposed Tuesday 17th November at 2.30pm at their Shoreditch office, with the CFO and Head of FP&A. Can you make that work?\n\nOnce that's done they've said they'll make a decision by the end of that week.\n\nSpeak soon,\nHolly\n\nHolly Barker | Principal Consultant | Ashdown Finance Recruitment\nRegistered in England and Wales No. 08812345",
    expect: [
      { kind: 'interview', by: '2026-11-17', time: '14:30' },
      { kind: 'response-by', by: '2026-11-20' },
    ],
  },
  {
    ...BLR,
    text: 'Dear Ananya,\n\nGreetings from Vistara Fintech Pvt. Ltd.!\n\nWe are glad to inform you that you have cleared the technical round. Your HR discussion is scheduled as below:\n\nDate: 26/11/2026 (Thursday)\nTime: 03:00 PM IST\nMode: Telephonic\n\nKindly be available on the given number.\n\nThanks & Regards,\nSneha Kulkarni\nHR – Talent Acquisition',
    expect: [{ kind: 'interview', by: '2026-11-26', time: '15:00' }],
  },
  {
    ...SYD,
    text: "Hi Jack,\n\nThanks for coming in yesterday - the panel enjoyed meeting you. We've got two more candidates to see on Friday, and we'll be in touch with everyone by Wednesday 9 December at the latest.\n\nCheers,\nBec Nguyen\nTalent Partner | Coastline Energy\nLevel 12, 1 Market St, Sydney NSW 2000",
    expect: [{ kind: 'response-by', by: '2026-12-09' }],
  },
  {
    ...VAN,
    text: 'Hello Sarah,\n\nThank you for interviewing with us on Wednesday. The panel will meet on Tuesday, November 24 to compare notes, and you can expect to hear from me within two business days after that.\n\nBest,\nDevon Clarke\nTalent Acquisition | Cedar & Pine Credit Union',
    expect: [{ kind: 'response-by', by: '2026-11-26' }],
  },
  {
    ...CPT,
    text: 'Good day Thabo,\n\nThank you for your application for the position of Financial Accountant. Please note that the closing date for applications is 27 November 2026. Shortlisted candidates will be contacted within 14 days of the closing date. Should you not hear from us within this period, please consider your application unsuccessful.\n\nKind regards,\nHR Department\nUmhlanga Holdings (Pty) Ltd\nReg. No. 2004/012345/07',
    expect: [{ kind: 'response-by', by: '2026-12-11' }],
  },
  {
    ...SGP,
    text: 'Hi Darren,\n\nThank you for attending the interview yesterday. Please be informed that the hiring manager is reviewing feedback from all interviewers and we target to revert by end of next week.\n\nPlease do not call the office for updates; I will email you once there is news.\n\nRegards,\nMichelle Tan\nSenior Talent Acquisition Specialist',
    expect: [{ kind: 'response-by', by: '2026-11-27' }, { kind: 'no-calls' }],
  },
  {
    ...NY,
    text: 'Hi team,\n\nReminder that our panel interviews for the Operations Lead role are on Thursday, November 12: Priya Shah at 10:00 AM, Daniel Obi at 1:00 PM and Lena Fischer at 3:30 PM ET. Please submit scorecards in Greenhouse by end of day Friday.\n\nThanks,\nAlicia',
    expect: [],
  },
  {
    ...TOR,
    text: "Job alert: 12 new jobs match 'product manager' in Toronto, ON\n\nProduct Manager – Maple Analytics – Posted 2 days ago\nSenior PM, Payments – Northbeam – Apply by Nov 30\n\nYou're receiving this email because you created a job alert on Indeed. Unsubscribe",
    expect: [],
  },
  {
    ...LDN,
    text: 'Dear Candidate,\n\nThank you for applying to the 2027 Graduate Programme. Assessment centres will be held between 30 November and 11 December 2026, and shortlisted applicants will be invited by email.\n\nGraduate Recruitment Team',
    expect: [],
  },
  {
    ...LDN,
    text: "Hi Emma,\n\nI'm so sorry - Mark has been pulled into a client emergency, so we need to cancel your interview on Friday 13 November at 11:00. I'll be back in touch with some new times as soon as I can.\n\nApologies again,\nLouise",
    expect: [],
  },
  {
    ...NY,
    text: 'Hi Aaron, the team would love to schedule a 30-minute intro call. Are any of these times good for you? (all times ET)\nMon, Nov 16: 9:30am, 2:00pm\nTue, Nov 17: 11:00am\nWed, Nov 18: 4:00pm\nOr pick a time directly from my calendar: calendly.com/j-rivera',
    expect: [],
  },
  {
    ...DEN,
    text: 'Hi Luis,\n\nQuick update: we need to push your panel from Wednesday 12/2 to Thursday 12/3, same time (1:00 PM MT). Calendar invite to follow.\n\nThanks,\nBrooke',
    expect: [{ kind: 'interview', by: '2026-12-03', time: '13:00' }],
  },
  {
    ...SGP,
    text: "Hi Mei,\n\nConfirming your final round with our VP of Engineering on Monday, November 23 at 5:00 PM (PST). I know that's early for you in Singapore - thank you for accommodating!\n\nBest,\nJosh",
    expect: [{ kind: 'interview', by: '2026-11-24', time: '09:00' }],
  },
  {
    ...NY,
    text: "Hi Ethan,\n\nThanks again for meeting the team last week. Our hiring manager is travelling until November 20, so we won't have feedback before then. Please hold off on checking in until the week of November 23.\n\nBest,\nMaya",
    expect: [{ kind: 'no-contact-before', by: '2026-11-23' }],
  },
  {
    ...CHI,
    text: 'Thank you for applying to Lakeshore Medical Group. Due to the volume of applications we receive, our recruiters are unable to provide status updates by phone. If you are selected for an interview, a member of our team will contact you by email.',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...LDN,
    text: "Hi Sophie,\n\nThanks for your patience. The feedback process has taken a bit longer than planned as two of the panel were on leave, but I've been told to expect a decision on Thursday, so I'll come back to you then.\n\nThanks,\nJames",
    expect: [{ kind: 'response-by', by: '2026-11-12' }],
  },
  {
    ...MAN,
    text: 'Hi Amir,\n\nThanks for sending over your documents. Your contract will be sent to you within five working days, and our People team will be in touch about IT equipment closer to your start date of 4 January.\n\nBest wishes,\nClaire',
    expect: [{ kind: 'response-by', by: '2026-12-03' }],
  },
  {
    ...BLR,
    text: 'Interview Schedule\nCandidate Name\tKaran Mehta\nRound\tTechnical Round 2\nDate\t27-11-2026\nStart Time\t11:00:00\nEnd Time\t12:00:00\nVenue\tMicrosoft Teams',
    expect: [{ kind: 'interview', by: '2026-11-27', time: '11:00' }],
  },
  {
    ...NY,
    text: 'Your payment receipt\nOrder #A-55821 – LinkedIn Premium Career (monthly)\nAmount: $39.99\nDate: November 10, 2026 08:14 AM\nNext billing date: December 10, 2026',
    expect: [],
  },
  {
    ...CHI,
    text: 'Congratulations! You have been invited to complete a HireVue video interview for the Supply Chain Analyst position. Please complete your interview by Monday, November 23, 2026 at 11:59 PM CT.\n\nWorkday Recruiting',
    expect: [],
  },
  {
    ...NY,
    text: "Hi Grace,\n\nThanks for wrapping up your interviews with us today! Next step on our side is a debrief with the hiring committee, which typically happens within a week of the final interview. I'll reach out with an update right after.\n\nWarmly,\nOwen",
    expect: [{ kind: 'response-by', by: '2026-11-17', fuzzy: true }],
  },
  {
    ...NY,
    text: 'Your application for Marketing Coordinator has moved to the next stage: Phone Screen. A recruiter will reach out to schedule a time that works for you.',
    expect: [],
  },
  {
    ...LDN,
    text: 'Webinar: How to ace your technical interview – Thursday 19 November, 6pm GMT. Register now to save your spot!\n\nThe Hired Careers Team',
    expect: [],
  },
  {
    ...SYD,
    text: "Hi Chloe,\n\nYour application has been submitted to the client. They have asked that candidates not contact them directly, and they won't be reviewing CVs until after the ad closes on Monday 7 December, so no need to chase me before then either!\n\nThanks,\nTom\nSenior Consultant | Harbourside Recruitment",
    expect: [{ kind: 'no-calls' }, { kind: 'no-contact-before', by: '2026-12-08', fuzzy: true }],
  },
  {
    ...NY,
    text: "Hi Noah, apologies - I had hoped to have news for you by last Friday, but the hiring manager has been off sick. I'll chase again and let you know as soon as I hear anything.",
    expect: [],
  },
  {
    ...LDN,
    text: 'Reminder: your interview with Helix Robotics is tomorrow.\n\nDate: 11/11/2026\nTime: 15:00 (CET)\nFormat: Video call (Microsoft Teams)\n\nGood luck!',
    expect: [{ kind: 'interview', by: '2026-11-11', time: '14:00' }],
  },
  {
    ...BLR,
    text: 'Dear Rohit,\n\nThank you for attending the final round with our Director today. Your profile is under review with the business team and we will revert with the outcome in 2-3 working days.\n\nRegards,\nPooja\nTalent Acquisition | Nimbus Infotech',
    expect: [{ kind: 'response-by', by: '2026-11-26' }],
  },
  {
    ...CHI,
    text: 'Good news! Your application for Warehouse Associate was viewed by Riverbend Logistics on Nov 17, 2026.\n\nIndeed',
    expect: [],
  },
  {
    ...LDN,
    text: "Hi Leo,\n\nThanks for your application to Kestrel Capital's Summer Analyst programme. We are currently holding first-round interviews with shortlisted candidates throughout the week of 16 November and will contact successful applicants thereafter.\n\nCampus Recruitment",
    expect: [],
  },
  {
    ...VAN,
    text: "Hi Priya,\n\nGreat news - the team would like to extend you an offer for the Data Scientist role! I'll send the formal offer letter through on Monday. Could you let me know by Wednesday, November 25 whether you'd like to proceed?\n\nCheers,\nMarc",
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2026-11-23' },
    ],
  },
  {
    ...CPT,
    text: 'Hi Naledi,\n\nThank you for your patience. The panel is still finalising its recommendation and I will let you know the outcome as soon as it has been approved by the executive committee.\n\nKind regards,\nZanele',
    expect: [],
  },
];

// Senders of round 38b.
// Tuesday 24 November 2026, 14:00 in Melbourne (day-first numeric dates).
const MEL = { sentAt: '2026-11-24T14:00:00+11:00', tz: 'Australia/Melbourne' } as const;
// Wednesday 25 November 2026, 11:00 in Calgary.
const YYC = { sentAt: '2026-11-25T11:00:00-07:00', tz: 'America/Edmonton' } as const;
// Tuesday 1 December 2026, 12:00 in Pune.
const PUN = { sentAt: '2026-12-01T12:00:00+05:30', tz: 'Asia/Kolkata' } as const;
// Monday 30 November 2026, 09:00 in Johannesburg.
const JNB = { sentAt: '2026-11-30T09:00:00+02:00', tz: 'Africa/Johannesburg' } as const;
// Thursday 3 December 2026, 09:00 in Phoenix.
const PHX = { sentAt: '2026-12-03T09:00:00-07:00', tz: 'America/Phoenix' } as const;

/**
 * Round 38b: a second, smaller fresh English round, written after round 38's fixes and before the engine read it
 * (its first run is the fixed engine on unseen mail).
 */
export const ROUND_38B_EN: readonly PhraseRow[] = [
  {
    ...NY,
    text: "Hi Dana,\n\nYou're all set! Here are the details for your upcoming interview with Brightline:\n\nMonday, November 16, 2026\n2:30 PM - 3:15 PM EST\nVideo: meet.google.com/abc-defg-hij\nInterviewers: Sam Ortiz (Product Lead)\n\nIf you need to reschedule, please let us know at least 24 hours in advance.\n\nBrightline Recruiting",
    expect: [{ kind: 'interview', by: '2026-11-16', time: '14:30' }],
  },
  {
    ...MEL,
    text: "Hi Olivia,\n\nThanks for your time on the phone this morning. I've passed your details to the hiring manager, who is reviewing a shortlist this week. You should hear back from me either way by COB Monday.\n\nCheers,\nNick\nSenior Consultant | Peninsula Talent\nABN 12 345 678 901",
    expect: [{ kind: 'response-by', by: '2026-11-30' }],
  },
  {
    ...YYC,
    text: 'Hello Arjun,\n\nThank you for applying to the Field Engineer posting with Prairie Grid Inc. Please note that due to the high volume of applications, we are unable to accept phone calls or in-person visits regarding the status of your application. Only candidates selected for interviews will be contacted.\n\nPrairie Grid Talent Team',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...NY,
    text: "Your Greenhouse interview kit for Senior Analyst candidate Maria Lopez is ready. The interview is scheduled for Thursday, November 12 at 11:00 AM ET. Please review the candidate's resume and submit your scorecard within 24 hours.",
    expect: [],
  },
  {
    ...PUN,
    text: 'Dear Sandeep,\n\nGreetings!\n\nThis is to inform you that your final round of interview with our Delivery Head has been rescheduled due to unavoidable circumstances. Revised schedule:\n\nDate: 04-Dec-2026 (Friday)\nTime: 11:30 AM to 12:15 PM IST\nMode: Webex\n\nRegret the inconvenience caused.\n\nRegards,\nTA Team, Crestline Software Pvt Ltd',
    expect: [{ kind: 'interview', by: '2026-12-04', time: '11:30' }],
  },
  {
    ...LDN,
    text: "Hi Tom,\n\nThank you for your application. Just to set expectations, the closing date for this role is Friday 20 November and we won't begin shortlisting until after then. We'd ask that you don't chase for an update before 30 November; if you haven't heard from us by 4 December, please assume you have been unsuccessful on this occasion.\n\nKind regards,\nPeople Team",
    expect: [
      { kind: 'no-contact-before', by: '2026-11-30' },
      { kind: 'response-by', by: '2026-12-04' },
    ],
  },
  {
    ...SGP,
    text: 'Dear Jobseeker,\n\nMyCareersFuture: 5 new jobs match your profile\n- Data Analyst, GovTech (closing 15 Dec 2026)\n- Business Analyst, DBS (closing 18 Dec 2026)\n\nLog in to view more.\nThis is a system-generated email.',
    expect: [],
  },
  {
    ...JNB,
    text: 'Good morning Lerato,\n\nThank you for attending the panel interview on Friday. Please be advised that the panel will make its recommendation to the CEO this week, and you will receive written feedback by no later than Friday, 11 December 2026.\n\nKind regards,\nHuman Capital Division\nMetsi Water Board',
    expect: [{ kind: 'response-by', by: '2026-12-11' }],
  },
  {
    ...NY,
    // Issue 13, class 6: an absence gives its first day back (an expectation of nothing before the 2026-12-06 ruling).
    text: "Hi Chris, thanks for your note! I'm out of the office until Monday, November 16 with limited access to email. For urgent matters please contact recruiting@northpeak.com.",
    expect: [{ kind: 'no-contact-before', by: '2026-11-16' }],
  },
  {
    ...PHX,
    text: "Hi Jordan,\n\nThanks for chatting with us! We'd love to move you forward to a take-home exercise. Please submit your work by Wednesday, December 9. Once we receive it, our engineers typically review it within 3 business days.\n\nBest,\nRiley",
    expect: [],
  },
  {
    ...NY,
    text: 'Interview Confirmation\n\nCandidate: Alex Kim\nRequisition: R-55321 Product Designer\nInterview Type: Panel\nStart: 11/19/2026 01:00 PM EST\nEnd: 11/19/2026 02:30 PM EST\nLocation: Virtual - Microsoft Teams',
    expect: [{ kind: 'interview', by: '2026-11-19', time: '13:00' }],
  },
  {
    ...MAN,
    text: "Hi Sam,\n\nJust a heads up - Emma's diary has freed up, so we can bring your second interview forward from Thursday 3 December to Tuesday 1 December at 10am, if that suits? Let me know.\n\nThanks,\nRuth",
    expect: [{ kind: 'interview', by: '2026-12-01', time: '10:00' }],
  },
  {
    ...MEL,
    text: "Hi Grace,\n\nThanks for applying. We'll be holding interviews over the next two weeks and will be in touch if you're shortlisted.\n\nRegards,\nHR",
    expect: [],
  },
  {
    ...TOR,
    text: "Hi Ben,\n\nGreat news - you've been selected for the final round! The hiring team would like to meet you in person on Thursday, November 26 from 9:30 to 11:00 a.m. at our King Street office.\n\nWe'll send a calendar invite shortly.\n\nCheers,\nPriya",
    expect: [{ kind: 'interview', by: '2026-11-26', time: '09:30' }],
  },
  {
    ...CHI,
    text: "Hi Kate,\n\nI wanted to give you a quick update: the hiring manager is out for Thanksgiving week, so we won't be able to make a decision until after the holiday. I'd expect to have news for you the week of November 30.\n\nThanks for your patience,\nMark",
    expect: [{ kind: 'response-by', by: '2026-12-04' }],
  },
  {
    ...VAN,
    text: 'Thanks for registering for the Virtual Career Fair on Thursday, November 26 at 12:00 PM PT. Your access link will be emailed 24 hours before the event.',
    expect: [],
  },
  {
    ...BLR,
    text: 'Hi Aditi,\n\nThank you for your time today. As discussed, we will share the offer letter within the next 48 hours, post which you can confirm your joining date.\n\nRegards,\nVikram\nHR Business Partner',
    expect: [{ kind: 'response-by', by: '2026-11-25' }],
  },
  {
    ...NY,
    text: 'Your application status for Job ID 88213 (Customer Support Specialist) has been updated to: Not Selected - Position Filled. Updated on 11/09/2026.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...SYD,
    text: "Hi Sophie,\n\nYour video interview is confirmed for Mon 7/12 at 3pm (AEDT). The panel will be Jess (Head of Ops) and Raj (Finance). It'll run for about 45 mins.\n\nAll the best!\nKara",
    expect: [{ kind: 'interview', by: '2026-12-07', time: '15:00' }],
  },
  {
    ...LDN,
    text: 'Hi Amelia,\n\nReminder: our office will be closed from 24 December to 2 January. Any applications received during this period will be reviewed when we return.\n\nHR Team',
    expect: [],
  },
  {
    ...SGP,
    text: 'Hi Wei,\n\nThanks for your patience. The client is away on annual leave and returns on 14 December, so please do not follow up with them or with me until then. I will update you as soon as I receive feedback.\n\nBest regards,\nJasmine',
    expect: [{ kind: 'no-contact-before', by: '2026-12-14' }],
  },
];

/**
 * Round 38c: a third fresh English round, written after round 38b's fixes and before the engine read it (its first
 * run is the engine with every fix of rounds 38 and 38b, on unseen mail).
 */
export const ROUND_38C_EN: readonly PhraseRow[] = [
  {
    ...NY,
    text: 'Hi Priyanka,\n\nThanks so much for your interest in Lattice Bio! The next step is a 30 minute call with our Head of Talent.\n\nPlease use the link below to choose a time that works for you:\nhttps://app.ashbyhq.com/schedule/abc123\n\nAvailability is shown in your local time zone.\n\nBest,\nLattice Bio Recruiting',
    expect: [],
  },
  {
    ...LDN,
    text: "Hi George,\n\nThank you for coming in today. The panel will meet on Friday to discuss all the candidates, and I'll give you a call on Monday afternoon with their decision.\n\nBest,\nFiona",
    expect: [{ kind: 'response-by', by: '2026-11-16' }],
  },
  {
    ...CHI,
    text: "Hi Rosa,\n\nCongratulations - we'd like to move you to the onsite stage! Our coordinator, Jamie, will reach out within 2 business days to schedule it.\n\nBest,\nTyler",
    expect: [{ kind: 'response-by', by: '2026-11-20' }],
  },
  {
    ...SYD,
    text: "Hi Tahlia,\n\nJust confirming we've received your documents for the police check. These usually take 5-10 business days to come back, and we'll be in touch once they're through.\n\nCheers,\nAnna",
    expect: [],
  },
  {
    ...SGP,
    text: 'Dear Mr Lim,\n\nWe are pleased to invite you for a second interview:\n\nDate: 24 November 2026 (Tuesday)\nTime: 2.30pm – 3.30pm\nVenue: 10 Marina Boulevard, Tower 2, Level 18\n\nPlease report to the reception 10 minutes before the stated time.\n\nYours sincerely,\nHuman Resources\nSeaLink Holdings Pte Ltd',
    expect: [{ kind: 'interview', by: '2026-11-24', time: '14:30' }],
  },
  {
    ...CPT,
    text: 'Dear Applicant,\n\nPlease note that the closing date for the Graduate Internship Programme has been extended to 4 December 2026. Applications received after this date will not be considered.\n\nRegards,\nTalent Acquisition',
    expect: [],
  },
  {
    ...BLR,
    text: "Hi Neha,\n\nGreetings from Zentrix!\n\nYour interview for the role of Data Engineer is scheduled on 25th Nov'26 at 4 PM. The interview will be conducted over Google Meet. Kindly join 5 minutes prior.\n\nRegards,\nTalent Team",
    expect: [{ kind: 'interview', by: '2026-11-25', time: '16:00' }],
  },
  {
    ...TOR,
    text: "Hi Liam,\n\nThanks again for your patience. We've wrapped up interviews and are finalizing our decision. You can expect to hear from me no later than Wednesday.\n\nBest,\nSasha",
    expect: [{ kind: 'response-by', by: '2026-11-25' }],
  },
  {
    ...NY,
    text: 'Reminder: Your Indeed Smart Screening test for Warehouse Associate expires on November 14, 2026 at 11:59 PM. Complete it now to be considered.',
    expect: [],
  },
  {
    ...MAN,
    text: 'Hi Ellie,\n\nApologies, but Mark is now unavailable on Monday. Could we do Wednesday 2nd December at 11:15 instead? Same Teams link.\n\nThanks,\nHannah',
    expect: [{ kind: 'interview', by: '2026-12-02', time: '11:15' }],
  },
  {
    ...VAN,
    text: "Hi Owen,\n\nI wanted to let you know that the hiring manager is interviewing two other candidates next Tuesday and Wednesday. I'll update you as soon as I can after that.\n\nCheers,\nJess",
    expect: [],
  },
  {
    ...DEN,
    text: "Hi Marco,\n\nThank you for your time this morning. Please don't call the office for updates - I'll email you by Friday either way.\n\nBest,\nCarla",
    expect: [{ kind: 'no-calls' }, { kind: 'response-by', by: '2026-12-04' }],
  },
  {
    ...YYC,
    text: "Hi Fatima,\n\nThank you for taking the time to interview with us. After a lot of deliberation, we've decided to offer the position to another candidate. We were impressed with your background and hope you'll apply again in the future.\n\nAll the best,\nNathan",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...PUN,
    text: 'Dear Kiran,\n\nThis is with reference to your application for the Senior Accountant position. We would like to schedule your face-to-face interview at our Baner office on Saturday, 5th December 2026 between 10:00 AM and 1:00 PM. Please carry a copy of your updated resume and a government-issued ID.\n\nRegards,\nHR Team\nSahyadri Industries Ltd.',
    expect: [{ kind: 'interview', by: '2026-12-05', time: '10:00' }],
  },
  {
    ...JNB,
    text: 'Good day,\n\nKindly note that our offices will be closed from 16 December 2026 and will reopen on 4 January 2027. Any correspondence received during this period will be attended to upon our return.\n\nRegards,\nHR',
    expect: [],
  },
  {
    ...PHX,
    text: "Hi Zoe,\n\nOur team is finalizing offers this week and next. We won't have an update before December 14, so please hold off on reaching out until then.\n\nThanks,\nAaron",
    expect: [{ kind: 'no-contact-before', by: '2026-12-14' }],
  },
  {
    ...MEL,
    text: "Hi Isla,\n\nLovely to chat today! I'll put your profile forward to the client this afternoon and will come back to you with their feedback within 48 hours.\n\nThanks,\nMia",
    expect: [{ kind: 'response-by', by: '2026-11-26' }],
  },
  {
    ...NY,
    text: 'Join us at the NYC Tech Hiring Fair on Thursday, November 19 from 5:00 PM to 8:00 PM at Pier 57. On-the-spot interviews with 40+ employers! RSVP today.',
    expect: [],
  },
  {
    ...SGP,
    text: 'Hi Arun,\n\nThe hiring manager would like to speak with you. Are you free tomorrow at 3pm SGT for a 20-minute call?\n\nThanks,\nGrace',
    expect: [{ kind: 'interview', by: '2026-11-18', time: '15:00' }],
  },
  {
    ...CHI,
    text: "Hi Jenna,\n\nThank you for completing your assessment. Our team reviews all submissions within 10 business days of the assessment deadline, which is November 30. You'll receive an email either way.\n\nBest regards,\nCampus Recruiting",
    expect: [{ kind: 'response-by', by: '2026-12-14' }],
  },
];
