// The sixth held-out English round of issue 13 (round 70 and after): whole messages modelled on the layouts of
// public ATS and HR templates (Greenhouse and Workday confirmations, Ashby, reschedule notices, rejection letters,
// out-of-office replies), rewritten with names, companies and dates of our own, from Singapore, Hong Kong,
// Pakistan, Kenya, South Africa, India, Australia, Ireland, the UK, the US and Canada. Negatives are the hard kind
// an inbox holds: job alerts, webinars, assessment deadlines, benefits enrolment, payslips, shipping notices,
// calendar digests, the candidate's own sent text, legal footers, application receipts. Each row's answer was
// written from TIMELINE-CONVENTIONS.md BEFORE the engine read it; first-run figures are in FIRST_RUN
// (languages.table.ts).
import type { PhraseRow } from './phrases.table';

// Monday 7 December 2026, 09:00 in Singapore (day-first dates).
const SGP = { sentAt: '2026-12-07T09:00:00+08:00', tz: 'Asia/Singapore' } as const;
// Tuesday 8 December 2026, 10:00 in Hong Kong (day-first dates).
const HKG = { sentAt: '2026-12-08T10:00:00+08:00', tz: 'Asia/Hong_Kong' } as const;
// Wednesday 9 December 2026, 11:00 in Karachi (day-first dates).
const KHI = { sentAt: '2026-12-09T11:00:00+05:00', tz: 'Asia/Karachi' } as const;
// Monday 7 December 2026, 09:00 in Nairobi.
const NBO = { sentAt: '2026-12-07T09:00:00+03:00', tz: 'Africa/Nairobi' } as const;
// Tuesday 8 December 2026, 08:30 in Johannesburg.
const JNB = { sentAt: '2026-12-08T08:30:00+02:00', tz: 'Africa/Johannesburg' } as const;
// Wednesday 9 December 2026, 09:00 in Sydney.
const SYD = { sentAt: '2026-12-09T09:00:00+11:00', tz: 'Australia/Sydney' } as const;
// Tuesday 8 December 2026, 09:00 in Vancouver.
const VAN = { sentAt: '2026-12-08T09:00:00-08:00', tz: 'America/Vancouver' } as const;
// Thursday 10 December 2026, 10:00 in Dublin.
const DUB = { sentAt: '2026-12-10T10:00:00+00:00', tz: 'Europe/Dublin' } as const;
// Monday 7 December 2026, 10:00 in Manchester.
const MAN = { sentAt: '2026-12-07T10:00:00+00:00', tz: 'Europe/London' } as const;
// Wednesday 9 December 2026, 09:00 in New York.
const NYC = { sentAt: '2026-12-09T09:00:00-05:00', tz: 'America/New_York' } as const;
// Thursday 10 December 2026, 08:00 in Austin.
const ATX = { sentAt: '2026-12-10T08:00:00-06:00', tz: 'America/Chicago' } as const;
// Tuesday 8 December 2026, 10:00 in Bengaluru (day-first dates).
const BLR = { sentAt: '2026-12-08T10:00:00+05:30', tz: 'Asia/Kolkata' } as const;
// Tuesday 8 December 2026, 09:00 in Ottawa.
const OTT = { sentAt: '2026-12-08T09:00:00-05:00', tz: 'America/Toronto' } as const;

/** Round 70: English recruiter mail and ATS templates as whole messages, sixth unseen round. */
export const ROUND_70_EN: readonly PhraseRow[] = [
  {
    ...SGP,
    text: 'Hi Wei Ling,\n\nThank you for taking the time to schedule your interview for the Regional Treasury Analyst position at Merlion Freight. Please find the details below:\n\nDate: Thursday, 17 December 2026\nTime: 3:00 PM – 3:45 PM (GMT+08:00) Singapore\nFormat: Video call (Microsoft Teams)\nInterviewers: Hannah Goh, Treasury Manager; Rajesh Pillai, Head of FP&A\n\nA reminder will be sent 24 hours before your interview. If you have any questions, simply reply to this email.\n\nBest regards,\nNur Aisyah\nTalent Acquisition | Merlion Freight Pte. Ltd.\n1 Harbourfront Avenue, #12-01, Singapore 098632\nT: +65 6123 4567',
    expect: [{ kind: 'interview', by: '2026-12-17', time: '15:00' }],
  },
  {
    ...HKG,
    text: 'Dear Mr. Chan,\n\nFurther to our phone conversation this morning, please note that your second interview has been rescheduled as follows:\n\nOriginal: 10/12/2026 (Thu) 14:30\nRevised: 14/12/2026 (Mon) 10:00\nVenue: 28/F, Two Pacific Place, 88 Queensway, Admiralty\n\nPlease present this email at the reception counter on arrival. We apologise for any inconvenience caused.\n\nYours sincerely,\nVivian Lau\nHuman Resources Department\nKowloon Pacific Insurance Co., Ltd.\nTel: (852) 2812 3456  Fax: (852) 2812 3400\n\nThis e-mail is intended only for the addressee and may contain privileged information.',
    expect: [{ kind: 'interview', by: '2026-12-14', time: '10:00' }],
  },
  {
    ...KHI,
    text: 'Assalam o Alaikum Hamza,\n\nHope you are well. The panel for the Assistant Manager – Supply Chain role would like to meet you next week. Kindly let me know which of the following suits you:\n\n1) Monday 14-Dec, 11:00 AM PKT\n2) Tuesday 15-Dec, 3:30 PM PKT\n3) Thursday 17-Dec, 10:00 AM PKT\n\nThe interview will be held at our Head Office, Shahrah-e-Faisal, Karachi.\n\nRegards,\nSana Qureshi\nHR Executive | Indus Textiles Ltd.\n+92 21 3456 7890\n\nSent from my Huawei phone',
    expect: [],
  },
  {
    ...NBO,
    text: 'Dear Wanjiru,\n\nRE: APPLICATION FOR THE POSITION OF FINANCE OFFICER\n\nThank you for your interest in joining Savannah Mutual Sacco and for the time you took to attend the interview on 1st December 2026.\n\nWe regret to inform you that your application was not successful on this occasion. We will retain your details in our database for a period of six (6) months and may contact you should a suitable vacancy arise.\n\nWe wish you every success in your future endeavours.\n\nYours faithfully,\n\nFor: SAVANNAH MUTUAL SACCO SOCIETY LTD\nHuman Resource Manager\nP.O. Box 45210-00100, Nairobi',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...JNB,
    text: "Hi Thabo,\n\nI'm very happy to let you know that Protea Logistics would like to offer you the position of Fleet Analyst, starting 1 February 2027. Your formal offer letter is attached.\n\nPlease review it and let us know whether you accept by Friday 11 December, as we'd like to close the role before our December shutdown (we're closed 18 December to 4 January).\n\nKind regards,\nMegan van der Merwe\nTalent Acquisition Partner\nProtea Logistics (Pty) Ltd | Reg. No. 2009/012345/07\nM: +27 82 555 0134",
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...SYD,
    text: "Hi Mitch,\n\nThanks for the quick reply. Heads up that I'm away from tomorrow and won't be back in the office until the 21st, so if you have any questions about the next stage, please send them through after that and I'll pick them up.\n\nCheers,\nBec Hollis\nSenior Recruiter | Southerly Health\nLevel 9, 60 Martin Place, Sydney NSW 2000",
    expect: [{ kind: 'no-contact-before', by: '2026-12-21' }],
  },
  {
    ...VAN,
    text: "Hi Jordan,\n\nJust a quick update: we're meeting the last two candidates on Thursday and Friday this week, and the hiring team will debrief on Monday. Expect to hear from me by Wednesday the 16th either way.\n\nThanks for your patience,\nPriya Sandhu\nPeople & Talent, Cedar Peak Software\n604-555-0199 | Vancouver, BC",
    expect: [{ kind: 'response-by', by: '2026-12-16' }],
  },
  {
    ...NYC,
    text: 'Your agenda for Thursday, December 10\n\n9:00 AM – 9:30 AM\tTeam standup\n11:00 AM – 12:00 PM\tInterview: Senior Backend Engineer – candidate Luis Ortega (Room 4B)\n2:00 PM – 3:00 PM\t1:1 with Dana\n\nView your calendar\n\nYou are receiving this email because you turned on daily agenda emails in Google Calendar.',
    expect: [],
  },
  {
    ...ATX,
    text: "Hi Megan,\n\nThank you so much for the conversation on Tuesday. I really enjoyed learning about the analytics roadmap. I'm available any time Monday or Tuesday next week if the team would like to speak again, and I'd be grateful for an update by Friday the 18th if possible, as I have another offer pending.\n\nBest regards,\nCarlos Mendoza\n(512) 555-0147",
    expect: [],
  },
  {
    ...BLR,
    text: 'Jobs based on your profile\n\nSr. Java Developer | Vyoma Infotech | Bengaluru | 5-8 Yrs | Walk-in on 12th Dec, 10 AM - 1 PM\nFull Stack Engineer | Kaveri Digital | Hyderabad | 3-6 Yrs | Apply by 15-Dec-2026\nTech Lead - Payments | Nandi Fintech | Bengaluru | 8-12 Yrs | Interview within 7 days of applying\n\nView all 48 jobs\n\nYou are receiving this mail as a registered member of the portal. Unsubscribe',
    expect: [],
  },
  {
    ...MAN,
    text: "Hi there,\n\nYou're registered! 🎉\n\nAce Your Assessment Centre: Live Q&A with Graduate Recruiters\nWednesday 16 December 2026, 18:30–19:30 GMT\nJoin link: https://events.gradhub.example/live/4471\n\nAdd to calendar: Google | Outlook | iCal\n\nCan't make it? A recording will be emailed to all registrants within 48 hours of the event.\n\nGradHub Ltd, 22 Deansgate, Manchester M3 1RH. Registered in England No. 11223344.\nUnsubscribe | Privacy",
    expect: [],
  },
  {
    ...SGP,
    text: 'Dear Candidate,\n\nThank you for your application for the Management Associate Programme 2027 at Straits Commercial Bank.\n\nAs the next step, you are invited to complete an online assessment on the HireVue platform. Please complete it within 5 calendar days of receiving this email, i.e. by 12/12/2026, 23:59 (SGT).\n\nWe will review your responses and contact shortlisted candidates in due course.\n\nBest regards,\nGraduate Talent Acquisition\nStraits Commercial Bank\n\nThis is a system-generated email. Please do not reply.',
    expect: [],
  },
  {
    ...NBO,
    text: "Dear Colleague,\n\nOpen enrolment for the 2027 medical scheme runs from Monday 7 December to Friday 18 December. Please submit your dependants' details through the HR portal before the window closes. New cover starts on 1 January 2027.\n\nFor questions, call the HR helpdesk on ext. 2201 between 8.00am and 5.00pm.\n\nPeople Operations\nMara Telecom Kenya",
    expect: [],
  },
  {
    ...JNB,
    text: 'Your payslip for December 2026 is ready.\n\nPay date: 23/12/2026\nPeriod: 01/12/2026 – 31/12/2026\nNet pay: R 28,412.56\n\nLog in to view it. Please do not reply to this email.',
    expect: [],
  },
  {
    ...HKG,
    text: 'Your order is on its way!\n\nOrder no.: HK-7782-1190\nShipped: 08/12/2026 16:05\nEstimated delivery: Thu, 10 Dec – Fri, 11 Dec\nCourier: SF Express (tracking 2934 8871 0012)\n\nItems: Interview Blazer (Navy) x1\n\nThank you for shopping with us.',
    expect: [],
  },
  {
    ...DUB,
    text: 'Dear Aoife,\n\nThank you for your application for the position of Clinical Nurse Manager 2 (Ref: CNM2-1187).\n\nPlease note the following indicative timeline:\n• Closing date: Friday 18 December 2026 at 12 noon\n• Shortlisting: w/c 4 January 2027\n• Interviews: expected to take place week commencing 18 January 2027\n\nCandidates will be notified of the shortlisting outcome in due course.\n\nRecruitment Office\nSláinte West Hospital Group\n\nThis email and any files transmitted with it are confidential and intended solely for the use of the addressee.',
    expect: [],
  },
  {
    ...NYC,
    text: "Hi Olivia,\n\nGreat speaking with you earlier! As discussed, I'm putting the verbal offer in writing: the formal offer letter for the Senior UX Writer position should hit your inbox by end of day tomorrow, once legal signs off.\n\nWarmly,\nDerek Lin\nRecruiting Lead, Brightline Media\n345 Hudson St, New York, NY 10014",
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2026-12-10' },
    ],
  },
  {
    ...ATX,
    text: 'Hi Ben,\n\nThanks for coming in yesterday, the team enjoyed the whiteboard session. Our last onsite for this role is on Monday, December 14. We make final decisions within 3 business days of the last onsite, so you should hear from me by then.\n\nBest,\nKatie Moreno\nTechnical Recruiter | Lonestar Grid\nAustin, TX',
    expect: [{ kind: 'response-by', by: '2026-12-17' }],
  },
  {
    ...KHI,
    text: 'Dear Ayesha,\n\nThank you for appearing for the panel interview on Monday. The committee is completing its evaluation and, God willing, the result should be communicated to you not later than 18th December.\n\nRegards,\nFaisal Ahmed\nManager HR\nCrescent Cement Ltd., Karachi',
    expect: [{ kind: 'response-by', by: '2026-12-18' }],
  },
  {
    ...SYD,
    text: "Hi all,\n\nThanks to everyone who applied for the Graduate Analyst intake. We're working through applications now, and we'd kindly ask that you hold off on emailing or calling us for status updates until Monday 4 January.\n\nRegards,\nThe Grad Recruitment Team\nBlue Wren Capital",
    expect: [{ kind: 'no-contact-before', by: '2027-01-04' }],
  },
  {
    ...DUB,
    text: 'Dear Applicant,\n\nThank you for applying to Shannonside Foods. Due to the very high number of applications we receive, neither our HR team nor the site managers are in a position to take telephone enquiries about individual applications. Successful candidates will be contacted by email.\n\nHR Department\nShannonside Foods Ltd, Limerick',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...BLR,
    text: "Hi Sneha,\n\nFYI our hiring managers can't be reached by phone for candidate queries, so it's best to keep everything on this thread.\n\nThanks,\nKavya\nTalent Team, Tarang Softech",
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...MAN,
    text: 'Hi Rhys,\n\nThanks for sending your right-to-work documents, all received.\n\nSpeak soon,\nLaura\n\n--\nLaura Pennington | Resourcing Advisor\nCalder Valley Housing Association\n\nOur offices will be closed from 4pm on 23 December and will reopen at 9am on 4 January.\nCalder Valley Housing Association is a charitable Community Benefit Society, registered number 30012R. Registered office: Mill House, Halifax HX1 1AA. Regulated by the Regulator of Social Housing since 1 April 2012.',
    expect: [],
  },
  {
    ...SGP,
    text: "Hi Arjun,\n\nConfirming your final round with our CFO, who is based in London: Tuesday 15 December at 9:30 AM (GMT). That's 5:30 PM your time. Zoom details to follow.\n\nBest,\nClaire Tan\nRecruitment, Lionsgate Asset Management",
    expect: [{ kind: 'interview', by: '2026-12-15', time: '17:30' }],
  },
  {
    ...VAN,
    text: 'Interview\u00a0Invitation\n\nHi\u00a0Emma,\n\nWe\u2019d\u00a0like\u00a0to\u00a0invite\u00a0you\u00a0to\u00a0a\u00a0phone\u00a0screen\u00a0for\u00a0Warehouse\u00a0Systems\u00a0Coordinator.\n\n•\u00a0\u00a0Date:\u00a0Friday,\u00a0December\u00a011,\u00a02026\n•\u00a0\u00a0Time:\u00a01:15\u00a0PM\u00a0PT\n•\u00a0\u00a0Call\u00a0from:\u00a0(604)\u00a0555-0123\n\nPowered\u00a0by\u00a0Workday',
    expect: [{ kind: 'interview', by: '2026-12-11', time: '13:15' }],
  },
  {
    ...NBO,
    text: 'Hi Kevin, sorry for the late notice, Mr Otieno has a board meeting clash on thurs so we have moved your interview to Fri 11th Dec same time 10am. pls confirm recieved. Thanks, Grace (HR)\n\nSent from my Samsung Galaxy',
    expect: [{ kind: 'interview', by: '2026-12-11', time: '10:00' }],
  },
  {
    ...ATX,
    text: "Hi Dana,\n\nI'm sorry to share that the Product Marketing Manager role has been put on hold due to a reorg, so we'll need to cancel Friday's interview. I'll let you know if it reopens.\n\nBest,\nTyler\n\nOn Mon, Dec 7, 2026 at 10:12 AM Tyler Brooks <tbrooks@mesquite.example> wrote:\n> Hi Dana, you're confirmed for Friday, December 11 at 2:00 PM CT with Jenna Wu.",
    expect: [],
  },
  {
    ...HKG,
    text: 'Hi Karen,\n\nThanks for your time on the phone. Please book a 45-minute slot with our Regional Director using the link below. She has openings on 15, 16 and 17 December between 9am and 12pm HKT.\n\nhttps://calendly.example/amy-leung/45min\n\nBest,\nJoyce',
    expect: [],
  },
  {
    ...JNB,
    text: 'Good day Lerato,\n\nThank you for your application for the Internal Auditor vacancy (Ref IA/2026/14). The advert closes on 18 December 2026. Please note that if you have not been contacted within 30 days of the closing date, kindly consider your application unsuccessful.\n\nRegards,\nRecruitment\nKaroo Water Board',
    expect: [{ kind: 'response-by', by: '2027-01-17' }],
  },
  {
    ...NYC,
    text: "Hey Sam, wanted to reach out personally. The team went back and forth, but they've decided to go with someone whose background is closer to the healthcare side. Really appreciate the time you put in, and I'd love to keep in touch for future roles.\n\nJess",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...SYD,
    text: 'Automatic reply: Application – Senior Data Engineer\n\nThanks for your message. I am on annual leave and will return on Monday 11 January 2027. During this time the recruitment inbox is monitored by Tom Reilly.\n\nKind regards,\nAnika Shah',
    // Issue 13, class 6: an absence gives its first day back (an expectation of nothing before the 2026-12-06
    // ruling, left as written until round 190's rules read this wording of the return).
    expect: [{ kind: 'no-contact-before', by: '2027-01-11' }],
  },
  {
    ...DUB,
    text: "Hi Cian, great to chat earlier. As discussed, you're booked in with Orla and Mark on Tues 15/12 at 11.00 in our Eastpoint office (2nd floor, Block B). Bring photo ID for the security desk.\n\nTalk soon,\nGráinne\n\nGráinne Walsh | Talent Partner | Tolka Pay\nM: +353 87 123 4567",
    expect: [{ kind: 'interview', by: '2026-12-15', time: '11:00' }],
  },
  {
    ...MAN,
    text: "Hi Priya,\n\nThanks for completing your video interview. Here's what happens next: the hiring manager watches every recording, and you'll get an email about next steps within 10 working days.\n\nBest wishes,\nEarly Careers Team\nPennine Rail Ltd",
    expect: [{ kind: 'response-by', by: '2026-12-21' }],
  },
  {
    ...KHI,
    text: 'Dear Candidates,\n\nPlease find below the interview schedule for the post of Lecturer (Computer Science):\n\nS.No\tCandidate\tDate\tTime\n1\tMr. Bilal Hussain\t16-12-2026\t10:00 AM\n2\tMs. Mahnoor Siddiqui\t16-12-2026\t11:00 AM\n3\tMr. Usman Tariq\t16-12-2026\t12:00 PM\n\nCandidates must bring original documents.\n\nRegistrar Office',
    expect: [],
  },
  {
    ...BLR,
    text: "Hi Rohan,\n\nYour interview is confirmed.\n\nRole: Data Platform Engineer\nWhen: 2026-12-14 16:00–17:00 IST\nWhere: Google Meet (link in invite)\nPanel: Deepak S., Farah K.\n\nIf this time doesn't work, reply with alternatives before 2026-12-11.\n\nSent via Ashby",
    expect: [{ kind: 'interview', by: '2026-12-14', time: '16:00' }],
  },
  {
    ...VAN,
    text: 'Hi Noah,\n\nPlease complete the reference check form by Friday. Once we have both references back, we typically turn around a decision in 2–3 business days.\n\nThanks,\nMaddie',
    expect: [],
  },
  {
    ...JNB,
    text: "Hi Sipho,\n\nThe panel only reconvenes after the festive break, so there's no point checking in before 11 January. I'll have nothing to share until then.\n\nKind regards,\nNadia",
    expect: [{ kind: 'no-contact-before', by: '2027-01-11' }],
  },
  {
    ...NYC,
    text: "The Monday Memo: Hiring Trends\n\nIn this issue: Why December is the best month to interview | Salary data for 2027 | Webinar: Negotiating your offer, Tuesday, Dec 15 at 1 PM ET\n\nYou're receiving this because you subscribed at careerbrief.example. Unsubscribe.",
    expect: [],
  },
  {
    ...OTT,
    text: 'Bonjour / Hello Marie,\n\nThe assessment board will finalize results during the week of January 11, and all candidates will be notified by email that week.\n\nRegards,\nStaffing Advisor\nPublic Service Staffing Office | Ottawa ON',
    expect: [{ kind: 'response-by', by: '2027-01-15' }],
  },
  {
    ...HKG,
    text: "Hi Michelle, would Thursday 17 Dec at 4.30pm HK time suit for a quick call with our MD? Let me know and I'll send an invite.\n\nCheers,\nAlvin",
    expect: [{ kind: 'interview', by: '2026-12-17', time: '16:30' }],
  },
];

// Monday 14 December 2026, 09:00 in Denver.
const DEN = { sentAt: '2026-12-14T09:00:00-07:00', tz: 'America/Denver' } as const;
// Tuesday 15 December 2026, 08:00 in Phoenix (no summer time).
const PHX = { sentAt: '2026-12-15T08:00:00-07:00', tz: 'America/Phoenix' } as const;
// Tuesday 15 December 2026, 10:00 in Lahore (day-first dates).
const LHE = { sentAt: '2026-12-15T10:00:00+05:00', tz: 'Asia/Karachi' } as const;
// Wednesday 16 December 2026, 09:00 in Brisbane.
const BNE = { sentAt: '2026-12-16T09:00:00+10:00', tz: 'Australia/Brisbane' } as const;
// Monday 14 December 2026, 09:00 in Cork.
const ORK = { sentAt: '2026-12-14T09:00:00+00:00', tz: 'Europe/Dublin' } as const;
// Tuesday 15 December 2026, 10:00 in Glasgow.
const GLA = { sentAt: '2026-12-15T10:00:00+00:00', tz: 'Europe/London' } as const;
// Wednesday 16 December 2026, 10:00 in Atlanta.
const ATL = { sentAt: '2026-12-16T10:00:00-05:00', tz: 'America/New_York' } as const;
// Monday 14 December 2026, 09:00 in Cape Town.
const CPT = { sentAt: '2026-12-14T09:00:00+02:00', tz: 'Africa/Johannesburg' } as const;
// Wednesday 16 December 2026, 11:00 in Chennai (day-first dates).
const MAA = { sentAt: '2026-12-16T11:00:00+05:30', tz: 'Asia/Kolkata' } as const;
// Thursday 17 December 2026, 09:00 in Singapore (day-first dates).
const SIN = { sentAt: '2026-12-17T09:00:00+08:00', tz: 'Asia/Singapore' } as const;
// Thursday 17 December 2026, 09:00 in Nakuru.
const NAK = { sentAt: '2026-12-17T09:00:00+03:00', tz: 'Africa/Nairobi' } as const;
// Monday 14 December 2026, 10:00 in Halifax.
const HFX = { sentAt: '2026-12-14T10:00:00-04:00', tz: 'America/Halifax' } as const;
// Tuesday 15 December 2026, 09:00 in Perth.
const PER = { sentAt: '2026-12-15T09:00:00+08:00', tz: 'Australia/Perth' } as const;

/** Round 70b: the second unseen round of the sixth English set, written after round 70's fixes. */
export const ROUND_70B_EN: readonly PhraseRow[] = [
  {
    ...DEN,
    text: 'Hello Kayla,\n\nThank you for your interest in Summit Ridge Health. Your interview has been scheduled.\n\nInterview Type\tVideo (Webex)\nStart\tDec 17, 2026 1:30 PM\nEnd\tDec 17, 2026 2:15 PM\nTime Zone\t(GMT-07:00) Mountain Time (US & Canada)\nInterviewer(s)\tDr. Alan Reyes; Beth Kowalski\n\nPlease do not reply to this message. This inbox is not monitored.',
    expect: [{ kind: 'interview', by: '2026-12-17', time: '13:30' }],
  },
  {
    ...PHX,
    text: 'Hi Marcus,\n\nOur hiring manager got pulled into a client visit on Thursday, so I need to move your 11:00 with her. Would Friday the 18th at 9:30 AM Arizona time work instead?\n\nApologies for the shuffle,\nRenata Ortiz\nTalent Acquisition | Saguaro Solar\n(480) 555-0172',
    expect: [{ kind: 'interview', by: '2026-12-18', time: '09:30' }],
  },
  {
    ...LHE,
    text: 'Dear Mr. Ahmed Raza,\n\nWith reference to your application for the post of Assistant Manager Finance, you are hereby called for interview as per the following schedule:\n\nDate: Monday, 21st December 2026\nTime: 11:30 AM sharp\nVenue: HR Department, 3rd Floor, Ravi Tower, Gulberg III, Lahore\n\nPlease bring your original CNIC, educational documents and experience certificates. No TA/DA will be paid.\n\nManager Human Resources\nRavi Foods (Pvt.) Ltd.',
    expect: [{ kind: 'interview', by: '2026-12-21', time: '11:30' }],
  },
  {
    ...BNE,
    text: "Hi Liam,\n\nThank you for your interest in the Project Engineer role with Moreton Civil. We received a large number of high-quality applications and, after careful review, your application has not progressed to interview on this occasion.\n\nWe'd encourage you to keep an eye on our careers page.\n\nCheers,\nTalent Team\nMoreton Civil Pty Ltd | ABN 12 345 678 901",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...ORK,
    text: 'Dear Ciarán,\n\nThank you for your application for Executive Officer (Campaign 2612). Shortlisting has now concluded and we are pleased to tell you that you have been placed on the shortlist. Interviews are expected to take place in Cork during the week commencing 11 January 2027, and we will email you with your individual interview date and time at least five working days in advance.\n\nRegards,\nRecruitment Unit\nMunster Regional Council',
    expect: [],
  },
  {
    ...GLA,
    text: "Hi Ewan,\n\nJust to manage expectations: the hiring panel won't reconvene until Wednesday 6 January, so I'd hold fire on any chasers until then. I'll be in touch with everyone by Friday 15 January.\n\nCheers,\nMhairi\nResourcing Partner, Clyde Marine",
    expect: [
      { kind: 'no-contact-before', by: '2027-01-06' },
      { kind: 'response-by', by: '2027-01-15' },
    ],
  },
  {
    ...ATL,
    text: "Hi Destiny,\n\nThanks for applying to the Store Manager opening at Peachtree Grocers! Our store associates have no access to applicant records, so phoning a location won't get you an update. Please use the candidate portal instead.\n\nPeachtree Grocers Talent Team",
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...CPT,
    text: 'Dear Zanele,\n\nFurther to your interview on 9 December, we are delighted to confirm our offer of employment for the position of Junior Actuarial Analyst at Table Bay Assurance Ltd, as set out in the attached letter.\n\nKindly sign and return the letter by no later than 18 December 2026.\n\nYours sincerely,\nHuman Capital\nTable Bay Assurance Ltd | An authorised financial services provider (FSP 12345)',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...MAA,
    text: 'Dear Candidate,\n\nGreetings from Kaveri Global Services!\n\nWe are conducting a Walk-in Drive for Voice Process (International) on 19th & 20th December 2026, between 10:00 AM and 3:00 PM.\n\nVenue: Olympia Tech Park, Guindy, Chennai\nContact: HR Team – 044 4567 8900\n\nPlease carry 2 copies of your updated resume.\n\nNote: Please ignore if already applied.',
    expect: [],
  },
  {
    ...SIN,
    text: 'Dear Ms Lim,\n\nThank you for the invitation. I confirm my attendance for the interview on Tuesday, 22 December at 2:30 PM at your Raffles Place office.\n\nRegards,\nJonathan Koh\n+65 9123 4567',
    expect: [{ kind: 'interview', by: '2026-12-22', time: '14:30' }],
  },
  {
    ...NAK,
    text: 'Dear Achieng,\n\nKindly note that our offices will be closed for the festive season from 23rd December, and the recruitment team resumes on Monday 4th January 2027. Any follow-up on your application should be made after we resume.\n\nRegards,\nHR Office\nRift Valley Seeds Ltd',
    expect: [{ kind: 'no-contact-before', by: '2027-01-04' }],
  },
  {
    ...HFX,
    text: "Hi Olivia,\n\nGood news, the references came back glowing. I'm now just waiting on final sign-off from our VP, and barring any surprises you'll have our decision in writing by Thursday.\n\nTalk soon,\nSam\nSenior Recruiter, Bluenose Software",
    expect: [{ kind: 'response-by', by: '2026-12-17' }],
  },
  {
    ...PER,
    text: "Hi Jess,\n\nThanks for your time today. Our panel's final interview is with one other candidate on Friday 18 December, and we've committed to letting both of you know the outcome within two working days of that interview.\n\nKind regards,\nNatalie\nHR Advisor | Swan River Mining",
    expect: [{ kind: 'response-by', by: '2026-12-22' }],
  },
  {
    ...GLA,
    text: 'Thanks Fiona, see you then!\n\nSent from my iPhone\n\nFrom: Fiona Reid <f.reid@clydemarine.example>\nSent: 14 December 2026 16:02\nTo: Ewan Baird\nSubject: Interview confirmation\n\nHi Ewan, confirming your interview on Monday 21 December at 10:30 at our Finnieston office.',
    expect: [{ kind: 'interview', by: '2026-12-21', time: '10:30' }],
  },
  {
    ...ATL,
    text: "Senior Data Analyst at Magnolia Health\nAtlanta, GA · Hybrid · Posted Dec 15, 2026\nActively recruiting · Interviews this week\n\nBI Developer at Piedmont Logistics\nRemote · Apply by Dec 31\n\nSee all jobs →\n\nYou're receiving job recommendations. Unsubscribe · Help",
    expect: [],
  },
  {
    ...DEN,
    text: 'Your open enrollment elections are due by 11:59 PM MT on Friday, December 18. Coverage begins January 1, 2027. Questions? Call the Benefits Center at 1-800-555-0142, Monday–Friday, 7 AM–7 PM MT.',
    expect: [],
  },
  {
    ...BNE,
    text: 'This week on the Careers Hub blog: 5 questions to ask at the end of your interview, plus our live panel with hiring managers on Tuesday 22 December at 12:30pm AEST. Reply STOP to unsubscribe.',
    expect: [],
  },
  {
    ...HFX,
    text: "Hi Noor,\n\nAs the next step for the Junior Developer role, please complete our take-home exercise. You'll have 72 hours from the time you open the link, and we ask that you submit it no later than Sunday, December 20 at 11:00 PM AT. Once we receive it, our engineers usually review submissions within a week.\n\nBest,\nPaige",
    expect: [],
  },
  {
    ...CPT,
    text: 'Delivered: Mon 14 Dec, 12:41\nOrder #TK-55812: Leather portfolio folder (A4)\n\nRate your delivery experience',
    expect: [],
  },
  {
    ...MAA,
    text: 'Dear Priya,\n\nYour profile has been shortlisted by the hiring manager. Our team will call you within 2 working days to schedule the technical round.\n\nRegards,\nTA Team, Nilgiri Analytics',
    expect: [{ kind: 'response-by', by: '2026-12-18' }],
  },
  {
    ...LHE,
    text: 'Auto Reply: I am out of office for the Christmas holidays from 24 Dec till 3 Jan with no access to email. Please do not follow up on pending applications until I return on 4 January. For urgent matters contact hr@ravifoods.example.',
    expect: [{ kind: 'no-contact-before', by: '2027-01-04' }],
  },
  {
    ...PHX,
    text: 'Hi Renata,\n\nThanks for reaching out! I can do Monday 12/21 after 1 PM or any time Tuesday 12/22. Looking forward to it.\n\nBest,\nMarcus Webb\n(602) 555-0110',
    expect: [],
  },
  {
    ...SIN,
    text: 'Hi Daniel,\n\nPlease use the link below to pick a time for your 30-minute chat with our Head of Risk. Available slots are shown in Singapore time (SGT) and run from Monday 21 to Wednesday 23 December.\n\nPick a time → https://schedule.example/risk-sg\n\nThanks,\nGreenhouse Scheduling on behalf of Lion City Bank',
    expect: [],
  },
  {
    ...ORK,
    text: "Hi Aoife,\n\nThanks a million for coming in on Friday. We're hoping to have everything wrapped up and be able to give you a definite answer one way or the other before the Christmas break kicks in on the 23rd.\n\nBest,\nDónal",
    expect: [{ kind: 'response-by', by: '2026-12-22', fuzzy: true }],
  },
  {
    ...ATL,
    text: 'Hi Destiny, confirming your video interview with our Seattle team on Tuesday, December 22 at 10:00 AM Pacific (1:00 PM your time).',
    expect: [{ kind: 'interview', by: '2026-12-22', time: '13:00' }],
  },
  {
    ...GLA,
    text: "Dear Ross,\n\nThank you for attending the assessment centre last week. I'm sorry to let you know that on this occasion you have not been selected for the Graduate Surveyor scheme. If you would like feedback, please reply by Friday 8 January and we will arrange a short call.\n\nKind regards,\nEarly Careers Team",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...DEN,
    text: "Thanks for applying to the 2027 Summer Engineering Internship! We'll be reviewing applications through January and holding interviews in February. We'll contact you if there's a match.",
    expect: [],
  },
  {
    ...NAK,
    text: 'Dear Brian,\n\nYou have been shortlisted for an oral interview for the position of ICT Officer. The interview will be held on 22/12/2026 at 0930hrs at the County Headquarters, Nakuru. Carry your original certificates and national ID.\n\nCounty Public Service Board',
    expect: [{ kind: 'interview', by: '2026-12-22', time: '09:30' }],
  },
  {
    ...HFX,
    text: "Hi Jamie,\n\nOur recruiters work remotely and don't have phones, so email is the only way to reach us about your application.\n\nThanks,\nBluenose Software Recruiting",
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...PER,
    text: "Hi Tom, the panel is still deliberating and we'll let you know in 7 to 10 days.\n\nCheers,\nNatalie",
    expect: [{ kind: 'response-by', by: '2026-12-25' }],
  },
  {
    ...MAA,
    text: "Dear Karthik,\n\nDue to the panel's travel, your HR round has been preponed from 23rd Dec to 21st Dec (Monday), same time 4 PM. Kindly acknowledge.\n\nRegards,\nTA Team",
    expect: [{ kind: 'interview', by: '2026-12-21', time: '16:00' }],
  },
  {
    ...SIN,
    text: 'Updated invitation: Interview with Lion City Bank @ Tue 22 Dec 2026 3pm - 4pm (SGT) (jonathan.koh@example.com)\n\nThis event has been changed.\nWhen\tChanged: Tue 22 Dec 2026 3pm – 4pm Singapore Standard Time\nJoining info\tmeet.google.com/abc-defg-hij\nOrganiser\tcarol.lim@lioncitybank.example\n\nInvitation from Google Calendar',
    expect: [{ kind: 'interview', by: '2026-12-22', time: '15:00' }],
  },
  {
    ...GLA,
    text: 'Booking confirmed: Spin class, Thursday 17 December at 18:15, Studio 2. You can cancel up to 2 hours before the class starts.',
    expect: [],
  },
  {
    ...ATL,
    text: "Hi Jordan,\n\nThank you again for taking the time to interview me on Monday. I'm very excited about the role, and I'm around all week if you'd like to chat again before Friday.\n\nBest,\nDestiny",
    expect: [],
  },
  {
    ...DEN,
    text: 'Reminder: Mock interview practice with your career coach, Thursday December 17 at 4:00 PM MT (Zoom). Reply C to confirm.',
    expect: [],
  },
];

// Monday 4 January 2027, 09:00 in Toronto.
const YYZ = { sentAt: '2027-01-04T09:00:00-05:00', tz: 'America/Toronto' } as const;
// Tuesday 5 January 2027, 09:00 in San Francisco.
const SFO = { sentAt: '2027-01-05T09:00:00-08:00', tz: 'America/Los_Angeles' } as const;
// Wednesday 6 January 2027, 10:00 in Boston.
const BOS = { sentAt: '2027-01-06T10:00:00-05:00', tz: 'America/New_York' } as const;
// Thursday 7 January 2027, 09:00 in London.
const LHR = { sentAt: '2027-01-07T09:00:00+00:00', tz: 'Europe/London' } as const;
// Monday 4 January 2027, 09:00 in Belfast.
const BFS = { sentAt: '2027-01-04T09:00:00+00:00', tz: 'Europe/London' } as const;
// Tuesday 5 January 2027, 09:30 in Dublin.
const DUB3 = { sentAt: '2027-01-05T09:30:00+00:00', tz: 'Europe/Dublin' } as const;
// Wednesday 6 January 2027, 10:00 in New Delhi (day-first dates).
const DEL = { sentAt: '2027-01-06T10:00:00+05:30', tz: 'Asia/Kolkata' } as const;
// Thursday 7 January 2027, 10:00 in Islamabad (day-first dates).
const ISB = { sentAt: '2027-01-07T10:00:00+05:00', tz: 'Asia/Karachi' } as const;
// Monday 4 January 2027, 09:00 in Mombasa.
const MBA = { sentAt: '2027-01-04T09:00:00+03:00', tz: 'Africa/Nairobi' } as const;
// Tuesday 5 January 2027, 09:00 in Durban.
const DUR = { sentAt: '2027-01-05T09:00:00+02:00', tz: 'Africa/Johannesburg' } as const;
// Wednesday 6 January 2027, 09:00 in Melbourne.
const MEL = { sentAt: '2027-01-06T09:00:00+11:00', tz: 'Australia/Melbourne' } as const;
// Thursday 7 January 2027, 09:00 in Adelaide.
const ADL = { sentAt: '2027-01-07T09:00:00+10:30', tz: 'Australia/Adelaide' } as const;
// Friday 8 January 2027, 10:00 in Hong Kong (day-first dates).
const HKG3 = { sentAt: '2027-01-08T10:00:00+08:00', tz: 'Asia/Hong_Kong' } as const;
// Monday 4 January 2027, 09:00 in Singapore (day-first dates).
const SGP3 = { sentAt: '2027-01-04T09:00:00+08:00', tz: 'Asia/Singapore' } as const;
// Tuesday 5 January 2027, 08:00 in Calgary.
const YYC = { sentAt: '2027-01-05T08:00:00-07:00', tz: 'America/Edmonton' } as const;

/** Round 70c: the third unseen round of the sixth English set, written after round 70b's fixes. */
export const ROUND_70C_EN: readonly PhraseRow[] = [
  {
    ...YYZ,
    text: 'Meeting request\n\nSubject: Final interview – Finance Manager\nWhen: Monday, January 11, 2027 2:00 PM-3:00 PM (UTC-05:00) Eastern Time (US & Canada).\nWhere: Microsoft Teams Meeting\n\nAccept    Tentative    Decline\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\nMeeting ID: 245 118 903 771\nPasscode: x7Qk2P',
    expect: [{ kind: 'interview', by: '2027-01-11', time: '14:00' }],
  },
  {
    ...SFO,
    text: "Hi Priyanka,\n\nI wanted to thank you for all the time you've invested with the Riverbend team over the past few weeks. This was a really tough call, and ultimately the team has decided to extend the offer to another finalist. I know that's disappointing to hear.\n\nI'd be happy to share feedback on a quick call if that's useful.\n\nWarmly,\nChris",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...BOS,
    text: "Hi Evan,\n\nHappy new year! Quick update: the team is back from break and we're consolidating feedback this week. I'll circle back with next steps by EOD Monday.\n\nBest,\nMaggie",
    expect: [{ kind: 'response-by', by: '2027-01-11' }],
  },
  {
    ...LHR,
    text: 'Dear Applicant,\n\nThank you for applying for the role of Policy Adviser (Ref 301245).\n\nIndicative timetable:\nSift: w/c 18 January 2027\nSift results: by 29 January 2027\nInterviews: w/c 8 February 2027\n\nPlease note these dates may change.\n\nCivil Service Resourcing',
    expect: [{ kind: 'response-by', by: '2027-01-29' }],
  },
  {
    ...BFS,
    text: "Hi Niall,\n\nWe're still working through the holiday backlog, so we'd ask candidates to give us until the end of next week before checking in on applications.\n\nThanks,\nOrla\nTalent Team, Lagan Fintech",
    expect: [{ kind: 'no-contact-before', by: '2027-01-15', fuzzy: true }],
  },
  {
    ...DUB3,
    text: "Automatic reply: Thanks for your email. I'm on leave until Monday 11 January and won't be monitoring my inbox, so please resend anything urgent after that date.\n\nSinéad Kelly | Talent Acquisition",
    expect: [{ kind: 'no-contact-before', by: '2027-01-11' }],
  },
  {
    ...DEL,
    text: 'Dear Rahul,\n\nWe are pleased to extend to you an offer of appointment as Senior Associate – Risk at Yamuna Capital Pvt. Ltd. Your date of joining will be 01-Feb-2027.\n\nKindly send us the signed copy of the offer letter within 3 working days as a token of your acceptance.\n\nRegards,\nHR – Talent Acquisition\nYamuna Capital Pvt. Ltd., Connaught Place, New Delhi',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...ISB,
    text: 'Dear Ms. Fatima,\n\nThe panel can meet you either on Tuesday 12 January at 11:00 or Wednesday 13 January at 15:00. Kindly confirm your preferred slot by return email.\n\nRegards,\nHR Officer\nMargalla Telecom',
    expect: [],
  },
  {
    ...MBA,
    text: 'Habari Juma,\n\nYou are invited for a practical interview on Thursday 7th January 2027 at 10.00 a.m. EAT at our Mombasa depot, Shimanzi.\n\nCome with your driving licence and PPE.\n\nRegards,\nHR, Pwani Logistics',
    expect: [{ kind: 'interview', by: '2027-01-07', time: '10:00' }],
  },
  {
    ...DUR,
    text: 'Leave approved: 11/01/2027 – 15/01/2027 (5 days annual leave). Approved by: T. Naidoo on 05/01/2027 08:12.',
    expect: [],
  },
  {
    ...MEL,
    text: 'Hi Chloe,\n\nThanks for applying, your application is with the hiring manager.\n\nRegards,\nJosh\n\nPlease note: our recruitment team works across multiple sites and is unable to take incoming calls regarding applications.',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...ADL,
    text: 'Hi Sam, your interview is locked in for Tuesday 12 January at 2:30pm ACDT at our Grenfell St office. Bring a copy of your licences.\n\nCheers,\nKate',
    expect: [{ kind: 'interview', by: '2027-01-12', time: '14:30' }],
  },
  {
    ...HKG3,
    text: 'Dear Ms Wong,\n\nThank you for attending the second interview. The final decision rests with our Regional Director, who will be in Hong Kong on 14 January. We expect to inform you of the result within one week after her visit.\n\nBest regards,\nHR',
    expect: [{ kind: 'response-by', by: '2027-01-21' }],
  },
  {
    ...SGP3,
    text: 'Hi Wei, 6 new roles match your profile\n\nOperations Executive · Jurong Port Services · Interview arranged within 3 days of applying\nData Analyst · Changi Analytics · Closing 15 Jan\n\nView more roles',
    expect: [],
  },
  {
    ...YYC,
    text: 'Declined: Interview – Backend Developer (Kai Nakamura)\n\nKai Nakamura has declined this event.\nWhen: Thursday, January 7, 2027 1:00 PM – 2:00 PM (MST)\n\nInvitation from Google Calendar',
    expect: [],
  },
  {
    ...YYZ,
    text: "You're invited! Women in Finance breakfast, Wednesday January 13, 7:30–9:00 AM, Fairmont Royal York. Hear from hiring leaders on how to stand out in interviews. RSVP by January 8.",
    expect: [],
  },
  {
    ...SFO,
    text: 'Your trip is booked!\n\nFlight UA 1547 SFO → SEA\nDeparts: Wed, Jan 13, 2027 7:05 AM\nArrives: Wed, Jan 13, 2027 9:12 AM\nConfirmation: K7XQ2M\n\nBooked by Cascadia Robotics Recruiting for your onsite interview.',
    expect: [],
  },
  {
    ...BOS,
    text: 'Hi Maggie, Tuesday at 3 works great. See you then!\n\nEvan',
    expect: [{ kind: 'interview', by: '2027-01-12', time: '15:00' }],
  },
  {
    ...LHR,
    text: "Hi Tom,\n\nThanks for your patience. I've chased the hiring manager and she's promised to get her feedback over to me by the close of Tuesday, so I'll be back to you with it straight after.\n\nBest,\nRuth",
    expect: [{ kind: 'response-by', by: '2027-01-12', fuzzy: true }],
  },
  {
    ...BFS,
    text: 'Your application status has changed\n\nPosition: Software Tester (Belfast)\nStatus: Closed – Not Progressing\nUpdated: 04/01/2027 08:40',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...DUB3,
    text: "Hi Ciara, just confirming our phone call tomorrow (Wed) at half ten. I'll ring you on 087 123 4567.\n\nTalk then,\nMark",
    expect: [{ kind: 'interview', by: '2027-01-06', time: '10:30' }],
  },
  {
    ...DEL,
    text: 'The last date for receipt of applications is 20 January 2027. Shortlisted candidates will be intimated by email within a fortnight of the last date.',
    expect: [{ kind: 'response-by', by: '2027-02-03' }],
  },
  {
    ...ISB,
    text: 'Dear Bilal,\n\nI will be travelling for Umrah and out of office until 18 January. Kindly hold your queries till I am back.\n\nRegards,\nSadia',
    expect: [{ kind: 'no-contact-before', by: '2027-01-18' }],
  },
  {
    ...MBA,
    text: 'PUBLIC SERVICE VACANCIES – Issue 01/2027\n\nClerical Officer (10 posts) – Closing date: 25th January 2027\nDriver III – Closing date: 25th January 2027\nShortlisted candidates will be invited for interviews in February 2027.\n\nVisit www.psc.example to apply.',
    expect: [],
  },
  {
    ...DUR,
    text: 'Dear Lindiwe,\n\nCongratulations on progressing to the assessment centre for the Graduate Programme. The assessment centre runs over two days, 19 and 20 January 2027, starting at 08:00 each day at our Umhlanga office.',
    expect: [{ kind: 'interview', by: '2027-01-19', time: '08:00' }],
  },
  {
    ...MEL,
    text: "Please don't feel you need to chase us: we'll be in touch once the panel has met on the 20th, and no later than Friday 22 January.\n\nKind regards,\nBec",
    expect: [{ kind: 'response-by', by: '2027-01-22' }],
  },
  {
    ...HKG3,
    text: 'Your appointment with our Mortgage Specialist is confirmed for Tuesday, 12 January 2027 at 3:00pm at our Central branch. Please bring your income proof.',
    expect: [],
  },
  {
    ...SGP3,
    text: "Hi Marcus, apologies, our CTO has to travel unexpectedly, so tomorrow's 4pm interview can't go ahead. We'll send fresh timings once her schedule settles.",
    expect: [],
  },
  {
    ...YYC,
    text: "Hi Raj, we're aiming to make offers during the week of January 18 and will let all finalists know either way by then.",
    expect: [{ kind: 'response-by', by: '2027-01-22' }],
  },
  {
    ...YYZ,
    text: "Hi Leo, a note on process: our interviewers aren't able to discuss applications, so please keep all correspondence with me rather than contacting them by phone or LinkedIn.",
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...BOS,
    text: "Hi Evan, great news: the team would like to move forward with an offer! I'll send the formal letter tomorrow; the proposed start date is Monday, February 1.",
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2027-01-07' },
    ],
  },
  {
    ...SFO,
    text: 'Thanks for your interest in volunteering at the Bayview Food Bank! Orientation is on Saturday, January 9 at 10 AM.',
    expect: [],
  },
  {
    ...LHR,
    text: 'Appointment reminder: Dr Shah, Tuesday 12 January 2027 at 09:10, Brixton Hill Surgery. Reply CANCEL to cancel.',
    expect: [],
  },
  {
    ...DEL,
    text: 'Please find the holiday calendar for 2027 attached. Republic Day (26 January) and Holi (22 March) are company holidays.',
    expect: [],
  },
];

// Monday 18 January 2027, 09:00 in Chicago.
const ORD = { sentAt: '2027-01-18T09:00:00-06:00', tz: 'America/Chicago' } as const;
// Tuesday 19 January 2027, 09:00 in New York.
const JFK = { sentAt: '2027-01-19T09:00:00-05:00', tz: 'America/New_York' } as const;
// Wednesday 20 January 2027, 09:00 in Vancouver.
const YVR = { sentAt: '2027-01-20T09:00:00-08:00', tz: 'America/Vancouver' } as const;
// Thursday 21 January 2027, 09:00 in Montreal.
const YUL = { sentAt: '2027-01-21T09:00:00-05:00', tz: 'America/Toronto' } as const;
// Monday 18 January 2027, 09:00 in Edinburgh.
const EDI = { sentAt: '2027-01-18T09:00:00+00:00', tz: 'Europe/London' } as const;
// Tuesday 19 January 2027, 09:00 in Galway.
const GWY = { sentAt: '2027-01-19T09:00:00+00:00', tz: 'Europe/Dublin' } as const;
// Wednesday 20 January 2027, 10:00 in Mumbai (day-first dates).
const BOM = { sentAt: '2027-01-20T10:00:00+05:30', tz: 'Asia/Kolkata' } as const;
// Thursday 21 January 2027, 10:00 in Lahore (day-first dates).
const LHE2 = { sentAt: '2027-01-21T10:00:00+05:00', tz: 'Asia/Karachi' } as const;
// Monday 18 January 2027, 09:00 in Kisumu.
const KIS = { sentAt: '2027-01-18T09:00:00+03:00', tz: 'Africa/Nairobi' } as const;
// Tuesday 19 January 2027, 09:00 in Pretoria.
const PTA = { sentAt: '2027-01-19T09:00:00+02:00', tz: 'Africa/Johannesburg' } as const;
// Wednesday 20 January 2027, 09:00 in Brisbane (no summer time).
const BNE2 = { sentAt: '2027-01-20T09:00:00+10:00', tz: 'Australia/Brisbane' } as const;
// Thursday 21 January 2027, 09:00 in Canberra.
const CBR = { sentAt: '2027-01-21T09:00:00+11:00', tz: 'Australia/Sydney' } as const;
// Friday 22 January 2027, 10:00 in Hong Kong (day-first dates).
const HKG4 = { sentAt: '2027-01-22T10:00:00+08:00', tz: 'Asia/Hong_Kong' } as const;
// Monday 18 January 2027, 09:00 in Singapore (day-first dates).
const SGP4 = { sentAt: '2027-01-18T09:00:00+08:00', tz: 'Asia/Singapore' } as const;

/** Round 70d: the fourth unseen round of the sixth English set, written after round 70c's fixes. */
export const ROUND_70D_EN: readonly PhraseRow[] = [
  {
    ...ORD,
    text: "Hi Tyrone — you're confirmed!\n\nOnsite Interview with Lakeshore Freight\nThursday, January 21 · 9:30am – 1:00pm CT\n📍 333 W Wacker Dr, Floor 12\n\nAdd to Google Calendar · Add to Outlook\n\nNeed to reschedule? Just reply to this email.",
    expect: [{ kind: 'interview', by: '2027-01-21', time: '09:30' }],
  },
  {
    ...JFK,
    text: "Hi Ana,\n\nNo problem at all, we can push it. Let's move your conversation with Dev to next Thursday, same time (11:30 ET). I'll send an updated invite.\n\nBest,\nRachel",
    expect: [{ kind: 'interview', by: '2027-01-28', time: '11:30' }],
  },
  {
    ...YVR,
    text: "Hi Kelsey,\n\nThanks for your patience through the process. I wanted to let you know that we've decided to fill the Operations Lead role internally, so we'll be closing out your application.\n\nAll the best,\nMarco",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...YUL,
    text: 'Hi Élise,\n\nThank you for your time yesterday. The committee meets next Tuesday and we will get back to you by Friday, January 29 at the latest.\n\nCordialement / Best regards,\nJulie Tremblay\nTalent Acquisition Advisor\nBanque Laurentienne du Nord\n\nThis email is confidential.',
    expect: [{ kind: 'response-by', by: '2027-01-29' }],
  },
  {
    ...EDI,
    text: 'Dear Morag,\n\nInterview invitation: Band 6 Physiotherapist (Ref 123-AHP-4567)\n\nDate: Thursday 28 January 2027\nTime: 14:15\nVenue: Royal Infirmary, Little France, Seminar Room 3\n\nPlease log in to your account to confirm your attendance by 12 noon on Monday 25 January.\n\nNHS Lothian Recruitment\nThis is an automated message.',
    expect: [{ kind: 'interview', by: '2027-01-28', time: '14:15' }],
  },
  {
    ...GWY,
    text: 'Hi Seán,\n\nThanks for applying. The competition closes at 5pm on Friday 29 January, and shortlisting outcomes will issue within seven working days from then.\n\nRecruitment, Corrib Medtech',
    expect: [{ kind: 'response-by', by: '2027-02-09' }],
  },
  {
    ...BOM,
    text: 'Hi Aditya,\n\nI am on leave till 27th Jan. Please connect with me post that for any updates on your profile.\n\nRegards,\nNeha\nTA Partner | Konkan Digital',
    expect: [{ kind: 'no-contact-before', by: '2027-01-28', fuzzy: true }],
  },
  {
    ...LHE2,
    text: 'Only shortlisted candidates will be called for interview. Canvassing in any form, including telephone calls to the office, will lead to disqualification.',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...KIS,
    text: 'Dear Otieno,\n\nThank you for attending the interview on 15th January 2027 for the post of Accountant. Successful candidates will be contacted within 14 days from the date of the interview.\n\nHR, Lake Basin Water Company',
    expect: [{ kind: 'response-by', by: '2027-01-29' }],
  },
  {
    ...PTA,
    text: 'Your tax return has been assessed. Date of assessment: 19/01/2027. Refund due within 72 hours.',
    expect: [],
  },
  {
    ...BNE2,
    text: 'Hi Mia, confirming your Teams interview on Monday 25 January at 10:00am AEST. The link is in the calendar invite.\n\nCheers,\nJoel',
    expect: [{ kind: 'interview', by: '2027-01-25', time: '10:00' }],
  },
  {
    ...CBR,
    text: "Hi Hamish, as Tuesday is the Australia Day public holiday, we've shifted your panel interview to Wednesday 27 January, still at 1:30pm.\n\nRegards,\nPriya",
    expect: [{ kind: 'interview', by: '2027-01-27', time: '13:30' }],
  },
  {
    ...HKG4,
    text: "Hi team, please note Mr. Lam's second interview is fixed for 28/1 (Thu) 3pm in Room 1201. Kindly block your calendars.\n\nThanks,\nCarmen",
    expect: [],
  },
  {
    ...SGP4,
    text: 'Workday Tips: schedule interviews faster! Join our live demo on Wednesday, 27 January, 10:00 SGT.',
    expect: [],
  },
  {
    ...ORD,
    text: 'Accepted: Onsite Interview – Lakeshore Freight\n\nTyrone Jackson has accepted this invitation.\nWhen: Thu Jan 21, 2027 9:30am – 1pm (CST)',
    expect: [{ kind: 'interview', by: '2027-01-21', time: '09:30' }],
  },
  {
    ...JFK,
    text: 'Your free trial of InterviewPro ends Friday, January 22. Upgrade by 11:59 PM ET to keep your mock interview recordings.',
    expect: [],
  },
  {
    ...YVR,
    text: 'Your T4 slips are available in your online account. Employers must issue T4s by February 28, 2027.',
    expect: [],
  },
  {
    ...YUL,
    text: 'Thank you for completing the written exam today. You will receive your results by email within 10 business days.',
    expect: [{ kind: 'response-by', by: '2027-02-04' }],
  },
  {
    ...EDI,
    text: "Hi Callum, the interview panel sits on 3 February, so please don't chase before the panel has met. We'll write to everyone by 10 February.",
    expect: [
      { kind: 'no-contact-before', by: '2027-02-04', fuzzy: true },
      { kind: 'response-by', by: '2027-02-10' },
    ],
  },
  {
    ...GWY,
    text: 'Our switchboard is unable to put calls through to HR about job applications.',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...BOM,
    text: 'Dear Aditya, your technical interview is scheduled on 25.01.2027 at 11.30 AM IST via Zoom.',
    expect: [{ kind: 'interview', by: '2027-01-25', time: '11:30' }],
  },
  {
    ...LHE2,
    text: 'Dear Candidate, due to unavoidable circumstances the interviews scheduled for 25th January stand postponed. Fresh dates will be communicated shortly.',
    expect: [],
  },
  {
    ...KIS,
    text: 'Dear Atieno,\n\nFollowing the interview held on 12th January 2027, we are pleased to inform you that you have been successful and are hereby offered the position of Field Officer. Kindly report on 1st February 2027 at 8.00 am.\n\nHuman Resources',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...PTA,
    text: 'Good day Pieter, your interview has been confirmed for Tue 26 Jan at 10h00 at our Menlyn office.',
    expect: [{ kind: 'interview', by: '2027-01-26', time: '10:00' }],
  },
  {
    ...CBR,
    text: 'Reminder: Canberra Careers Expo, Friday 29 January, 10am–3pm, Exhibition Park. Meet 60+ employers and get on-the-spot interviews!',
    expect: [],
  },
  {
    ...SGP4,
    text: 'Thank you for your application. We aim to respond within 3 weeks. If unsuccessful, your details will be kept in our talent pool for 12 months.',
    expect: [{ kind: 'response-by', by: '2027-02-08' }],
  },
  {
    ...HKG4,
    text: 'Hi Kelvin, as discussed on the phone, see you tomorrow (Saturday) at 10am at our Kwun Tong office for the assessment. Please bring your HKID.',
    expect: [{ kind: 'interview', by: '2027-01-23', time: '10:00' }],
  },
  {
    ...ORD,
    text: "Please wait to hear from us rather than following up; we'll reach out by February 5.",
    expect: [{ kind: 'no-calls' }, { kind: 'response-by', by: '2027-02-05' }],
  },
  {
    ...JFK,
    text: 'Cancelled interview: Product Designer – Tue, Jan 26 2:00 PM EST\n\nThe interview above has been cancelled by the organizer.',
    expect: [],
  },
  {
    ...YVR,
    text: "We're hiring! Join us at our Hiring Day on Saturday, January 30, 10 AM–2 PM — on-the-spot interviews for barista and shift lead roles.",
    expect: [],
  },
  {
    ...YUL,
    text: 'Thanks again for meeting with us. We expect to make a decision within the month.',
    expect: [{ kind: 'response-by', by: '2027-01-31' }],
  },
  {
    ...BOM,
    text: 'Your order #4471 (interview blazer) is out for delivery. Arriving today by 12:45 PM.',
    expect: [],
  },
  {
    ...GWY,
    text: "We'll keep your CV on file for 12 months and contact you if a suitable role comes up before then.",
    expect: [],
  },
  {
    ...PTA,
    text: 'Dear Ms Botha,\n\nI hope you are well. I am writing to follow up on my interview on 12 January for the Data Analyst post. I would appreciate any update you can share by the end of this week.\n\nKind regards,\nPieter',
    expect: [],
  },
];

// Monday 1 February 2027, 09:00 in Atlanta.
const ATL2 = { sentAt: '2027-02-01T09:00:00-05:00', tz: 'America/New_York' } as const;
// Tuesday 2 February 2027, 09:00 in Dallas.
const DFW = { sentAt: '2027-02-02T09:00:00-06:00', tz: 'America/Chicago' } as const;
// Wednesday 3 February 2027, 09:00 in Seattle.
const SEA2 = { sentAt: '2027-02-03T09:00:00-08:00', tz: 'America/Los_Angeles' } as const;
// Thursday 4 February 2027, 09:00 in Ottawa.
const OTT2 = { sentAt: '2027-02-04T09:00:00-05:00', tz: 'America/Toronto' } as const;
// Monday 1 February 2027, 09:00 in Birmingham.
const BHX = { sentAt: '2027-02-01T09:00:00+00:00', tz: 'Europe/London' } as const;
// Tuesday 2 February 2027, 09:00 in Limerick.
const LIM = { sentAt: '2027-02-02T09:00:00+00:00', tz: 'Europe/Dublin' } as const;
// Wednesday 3 February 2027, 10:00 in Hyderabad (day-first dates).
const HYD = { sentAt: '2027-02-03T10:00:00+05:30', tz: 'Asia/Kolkata' } as const;
// Thursday 4 February 2027, 10:00 in Karachi (day-first dates).
const KHI2 = { sentAt: '2027-02-04T10:00:00+05:00', tz: 'Asia/Karachi' } as const;
// Monday 1 February 2027, 09:00 in Nairobi.
const NBO3 = { sentAt: '2027-02-01T09:00:00+03:00', tz: 'Africa/Nairobi' } as const;
// Tuesday 2 February 2027, 09:00 in Cape Town.
const CPT2 = { sentAt: '2027-02-02T09:00:00+02:00', tz: 'Africa/Johannesburg' } as const;
// Wednesday 3 February 2027, 09:00 in Perth.
const PER2 = { sentAt: '2027-02-03T09:00:00+08:00', tz: 'Australia/Perth' } as const;
// Thursday 4 February 2027, 09:00 in Sydney.
const SYD2 = { sentAt: '2027-02-04T09:00:00+11:00', tz: 'Australia/Sydney' } as const;
// Friday 5 February 2027, 10:00 in Hong Kong (day-first dates).
const HKG5 = { sentAt: '2027-02-05T10:00:00+08:00', tz: 'Asia/Hong_Kong' } as const;
// Monday 1 February 2027, 09:00 in Singapore (day-first dates).
const SGP5 = { sentAt: '2027-02-01T09:00:00+08:00', tz: 'Asia/Singapore' } as const;

/** Round 70e: the fifth unseen round of the sixth English set, written after round 70d's fixes. */
export const ROUND_70E_EN: readonly PhraseRow[] = [
  {
    ...ATL2,
    text: 'Interview Confirmation – Tuesday, February 9, 2027 at 3:00 PM (Eastern Standard Time)\n\nHi Jalen,\n\nThank you for confirming. Your phone interview with Magnolia Mutual is set. A recruiter will call you at (404) 555-0193.\n\nMagnolia Mutual Talent Team',
    expect: [{ kind: 'interview', by: '2027-02-09', time: '15:00' }],
  },
  {
    ...DFW,
    text: "hey Marisol! any chance you're free tmrw around 4:30 for a quick call w/ our VP? if not no worries",
    expect: [{ kind: 'interview', by: '2027-02-03', time: '16:30' }],
  },
  {
    ...SEA2,
    text: "Hi Dylan,\n\nThanks for taking the time to chat with us last week. After reviewing all candidates, we've determined that your experience isn't the right match for this role at this time.\n\nBest of luck,\nCascadia Bio Recruiting",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...OTT2,
    text: 'Dear Applicant,\n\nSelection process number: 26-DND-EA-OTT-123456\n\nYou are invited to a virtual interview on February 16, 2027 at 13:30 Eastern Time. The interview will last approximately 75 minutes. Please confirm your attendance by replying to this email no later than February 9, 2027.',
    expect: [{ kind: 'interview', by: '2027-02-16', time: '13:30' }],
  },
  {
    ...BHX,
    text: "Hi Jas, we're short-staffed this week, so it'd be great if you could leave any chasing until Monday 8th.\n\nThanks,\nPete",
    expect: [{ kind: 'no-contact-before', by: '2027-02-08' }],
  },
  {
    ...LIM,
    text: "Hi Ruairí, the hiring manager has signed off and it's now with HR for approval. All going well, you'll have our final answer before the end of the month.\n\nGráinne",
    expect: [{ kind: 'response-by', by: '2027-02-28', fuzzy: true }],
  },
  {
    ...HYD,
    text: 'Dear Job Seeker,\n\nGreetings from TalentBridge Consultants! We have an urgent opening for Java Developer with a leading MNC in Hyderabad. Face-to-face interviews on Saturday 6th Feb, 10 AM to 4 PM. If interested, reply with your updated CV.\n\nRegards,\nSwathi',
    expect: [],
  },
  {
    ...KHI2,
    text: 'Dear Usman, your file has been forwarded to the Head of Department. InshaAllah you will hear from us within 10 working days.\n\nRegards,\nHR',
    expect: [{ kind: 'response-by', by: '2027-02-18' }],
  },
  {
    ...NBO3,
    text: 'NB: Our offices do not handle recruitment enquiries by phone or in person.',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...CPT2,
    text: 'Hi Kyle, please allow us two weeks from today before you follow up; the panel is spread across three offices.',
    expect: [{ kind: 'no-contact-before', by: '2027-02-16' }],
  },
  {
    ...PER2,
    text: "G'day Tash, can you come in Thursday arvo, 2:30ish, for a chat with the ops manager? Reply and I'll lock it in.",
    expect: [{ kind: 'interview', by: '2027-02-04', time: '14:30' }],
  },
  {
    ...SYD2,
    text: "Hi Lachlan, thanks for interviewing with us on Tuesday. We'll have feedback to you early next week.",
    expect: [{ kind: 'response-by', by: '2027-02-10', fuzzy: true }],
  },
  {
    ...HKG5,
    text: 'Dear Mr Ho, owing to the Lunar New Year holidays, your interview originally fixed on 11 Feb has been postponed to 18 Feb (Thu) at the same time, 10:30 a.m.',
    expect: [{ kind: 'interview', by: '2027-02-18', time: '10:30' }],
  },
  {
    ...SGP5,
    text: 'Your CPF contribution for January 2027 has been received on 01/02/2027. The next contribution is due by 14/02/2027.',
    expect: [],
  },
  {
    ...ATL2,
    text: "Hi Renee, I'm so sorry, something came up. Would it be possible to move our call to Thursday at 11 instead?",
    expect: [{ kind: 'interview', by: '2027-02-04', time: '11:00' }],
  },
  {
    ...DFW,
    text: "Hi Marisol, just circling back on my note from last week. Are you still interested in the role? If I don't hear back by Friday I'll assume you've moved on.",
    expect: [],
  },
  {
    ...SEA2,
    text: "Your coding challenge is due by Monday, Feb 8 at 9:00 AM PT. Once submitted, we'll reply within 3 business days.",
    expect: [],
  },
  {
    ...OTT2,
    text: 'The competition poster closes February 12. Due to volume, we will only contact candidates selected for further assessment.',
    expect: [],
  },
  {
    ...BHX,
    text: 'Payday is Friday 26 February. Payslips will be available on the portal from Wednesday 24 February.',
    expect: [],
  },
  {
    ...LIM,
    text: 'Hi Aoife, lovely to chat. Are you free Thurs 11th @ 2 for a second chat with Brian? Let me know.\n\nNiamh',
    expect: [{ kind: 'interview', by: '2027-02-11', time: '14:00' }],
  },
  {
    ...HYD,
    text: 'Dear Sai, the final panel for this position is on 12th February. The results will be declared within a week thereafter.',
    expect: [{ kind: 'response-by', by: '2027-02-19' }],
  },
  {
    ...KHI2,
    text: 'Eid holidays: the office will remain closed from 9th to 11th March.',
    expect: [],
  },
  {
    ...NBO3,
    text: 'Dear Wambui, we are happy to inform you that you have been selected for the position of Customer Experience Lead. Kindly confirm acceptance by Friday 5th February.',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...CPT2,
    text: 'Please hold off on any enquiries till after the interviews on 11 February.',
    expect: [{ kind: 'no-contact-before', by: '2027-02-12' }],
  },
  {
    ...PER2,
    text: "SEEK: 8 new jobs for 'mine planning engineer'\n\nSenior Mine Planner · Pilbara Iron · Perth WA · Listed 2d ago\nShort-term planner · Goldfields Ops · Kalgoorlie · Interviews from 15 Feb",
    expect: [],
  },
  {
    ...SYD2,
    text: 'Interview: 2027-02-09T10:00 AEDT (Microsoft Teams)',
    expect: [{ kind: 'interview', by: '2027-02-09', time: '10:00' }],
  },
  {
    ...HKG5,
    text: 'Please do not call our office hotline regarding the status of your application; we will notify shortlisted applicants by email.',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...SGP5,
    text: "Hi Daniel, thanks for your patience. We're seeing the last two candidates this Thursday and Friday and expect to come back to you early the following week.",
    expect: [{ kind: 'response-by', by: '2027-02-10', fuzzy: true }],
  },
  {
    ...ATL2,
    text: 'Save the date: Atlanta Tech Career Fair, Thursday, February 18, 2027, 11 AM – 4 PM, Georgia World Congress Center. On-site interviews available!',
    expect: [],
  },
  {
    ...DFW,
    text: "Congratulations! Your background check is complete and you're all set to start on Monday, February 15 at 8 AM. Please arrive at the front desk.",
    expect: [],
  },
  {
    ...LIM,
    text: "I'll ring you Thursday with the verdict.\n\nNiamh",
    expect: [{ kind: 'response-by', by: '2027-02-04' }],
  },
  {
    ...SEA2,
    text: 'Reminder: jury duty on Tuesday, February 9, 8:00 AM, King County Courthouse.',
    expect: [],
  },
];

// Monday 1 March 2027, 09:00 in Philadelphia.
const PHL = { sentAt: '2027-03-01T09:00:00-05:00', tz: 'America/New_York' } as const;
// Tuesday 2 March 2027, 09:00 in Denver.
const DEN2 = { sentAt: '2027-03-02T09:00:00-07:00', tz: 'America/Denver' } as const;
// Wednesday 3 March 2027, 09:00 in Los Angeles.
const LAX = { sentAt: '2027-03-03T09:00:00-08:00', tz: 'America/Los_Angeles' } as const;
// Thursday 4 March 2027, 09:00 in Halifax.
const YHZ = { sentAt: '2027-03-04T09:00:00-04:00', tz: 'America/Halifax' } as const;
// Monday 1 March 2027, 09:00 in Manchester.
const MAN2 = { sentAt: '2027-03-01T09:00:00+00:00', tz: 'Europe/London' } as const;
// Tuesday 2 March 2027, 09:00 in Cork.
const CRK = { sentAt: '2027-03-02T09:00:00+00:00', tz: 'Europe/Dublin' } as const;
// Wednesday 3 March 2027, 10:00 in Bengaluru (day-first dates).
const BLR2 = { sentAt: '2027-03-03T10:00:00+05:30', tz: 'Asia/Kolkata' } as const;
// Thursday 4 March 2027, 10:00 in Islamabad (day-first dates).
const ISB2 = { sentAt: '2027-03-04T10:00:00+05:00', tz: 'Asia/Karachi' } as const;
// Monday 1 March 2027, 09:00 in Mombasa (day-first dates).
const MBA2 = { sentAt: '2027-03-01T09:00:00+03:00', tz: 'Africa/Nairobi' } as const;
// Tuesday 2 March 2027, 09:00 in Johannesburg.
const JNB3 = { sentAt: '2027-03-02T09:00:00+02:00', tz: 'Africa/Johannesburg' } as const;
// Wednesday 3 March 2027, 09:00 in Melbourne.
const MEL3 = { sentAt: '2027-03-03T09:00:00+11:00', tz: 'Australia/Melbourne' } as const;
// Thursday 4 March 2027, 09:00 in Brisbane.
const BNE3 = { sentAt: '2027-03-04T09:00:00+10:00', tz: 'Australia/Brisbane' } as const;
// Friday 5 March 2027, 10:00 in Hong Kong (day-first dates).
const HKG6 = { sentAt: '2027-03-05T10:00:00+08:00', tz: 'Asia/Hong_Kong' } as const;
// Monday 1 March 2027, 09:00 in Singapore (day-first dates).
const SIN3 = { sentAt: '2027-03-01T09:00:00+08:00', tz: 'Asia/Singapore' } as const;

/** Round 70f: the sixth unseen round of the sixth English set, written after round 70e's fixes. */
export const ROUND_70F_EN: readonly PhraseRow[] = [
  {
    ...PHL,
    text: 'Hi Brianna,\n\nGood news! Liberty Health would like to invite you to an interview for the Clinical Data Coordinator position.\n\nWhen: Tuesday, March 16, 2027, 10:00 AM ET\nWhere: Video call (link below)\nDuration: 45 min\n\nJoin: https://meet.example/abc\n\nPowered by Workable',
    expect: [{ kind: 'interview', by: '2027-03-16', time: '10:00' }],
  },
  {
    ...DEN2,
    text: 'Quick q: does 9 tomorrow still work or should we bump to 11?',
    expect: [],
  },
  {
    ...LAX,
    text: 'Hi Kenji, thank you for interviewing with Sunset Studios. Unfortunately, we will not be moving you forward in the process. We appreciate your interest and wish you luck.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...YHZ,
    text: "Hi Cole, our hiring committee only meets monthly, so there's not much point reaching out before our next meeting on March 18.",
    expect: [{ kind: 'no-contact-before', by: '2027-03-18' }],
  },
  {
    ...MAN2,
    text: 'Dear Hassan,\n\nFollowing your recent interview, I am delighted to offer you the post of Staff Nurse, subject to satisfactory pre-employment checks. Please accept or decline this conditional offer via your account within 5 working days.',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...CRK,
    text: "Hi Eimear, we're hoping to have a decision for everyone before Paddy's Day.\n\nBest,\nConor",
    expect: [{ kind: 'response-by', by: '2027-03-16', fuzzy: true }],
  },
  {
    ...BLR2,
    text: 'Hi Ravi, your managerial round is scheduled for Friday, 5th March at 3 PM IST (post lunch). Location: 4th floor, Embassy Tech Village.',
    expect: [{ kind: 'interview', by: '2027-03-05', time: '15:00' }],
  },
  {
    ...ISB2,
    text: 'Written test for the shortlisted candidates will be held on Sunday 14th March 2027 at 9:00 am at the Islamabad campus. Roll number slips will be emailed.',
    expect: [],
  },
  {
    ...MBA2,
    text: 'Kindly note the interview has been moved one hour earlier, to 9am, same day (Thursday 4th March).',
    expect: [{ kind: 'interview', by: '2027-03-04', time: '09:00' }],
  },
  {
    ...JNB3,
    text: 'Load-shedding notice: Stage 4 from 16:00 to 18:30 on Wednesday 3 March.',
    expect: [],
  },
  {
    ...MEL3,
    text: "Thanks for your time yesterday. We'll have an outcome to you within the fortnight.",
    expect: [{ kind: 'response-by', by: '2027-03-17' }],
  },
  {
    ...BNE3,
    text: 'Hi Harper, can you do Monday 8 March at 11am QLD time for the panel?',
    expect: [{ kind: 'interview', by: '2027-03-08', time: '11:00' }],
  },
  {
    ...HKG6,
    text: "Today's interviews (5 Mar): 10:00 Chan Tai Man; 11:30 Wong Siu Ming; 14:00 Lee Ka Yan.",
    expect: [],
  },
  {
    ...SIN3,
    text: "Wei Jie sent you a message: 'Hi! Are you free for a coffee chat on Thursday at 6pm? Would love to hear about your work at Grab.'",
    expect: [],
  },
  {
    ...PHL,
    text: "Your interview with Liberty Health has been canceled. If you'd like to reschedule, use the link below.",
    expect: [],
  },
  {
    ...DEN2,
    text: "Hi Chloe, it was great talking earlier. As promised, here's a recap of the offer: $92k base, 10% bonus, start date April 5. Please let me know by Monday if you'd like to accept.",
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...LAX,
    text: 'hey Kenji, still waiting on the team, will def have an update for u sometime next week',
    expect: [{ kind: 'response-by', by: '2027-03-12' }],
  },
  {
    ...YHZ,
    text: 'We kindly request that candidates refrain from phoning our branches; all recruitment is handled centrally online.',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...MAN2,
    text: 'Careers Service, this week: CV clinic Tue 2 Mar 12:00–14:00; Mock interview day Thu 4 Mar; Employer panel: Life in consulting, Wed 3 Mar 17:00.',
    expect: [],
  },
  {
    ...CRK,
    text: 'Thanks for coming in on Friday. As mentioned, we aim to revert to all interviewees within 10 working days of the final interview, which is this Thursday.',
    expect: [{ kind: 'response-by', by: '2027-03-18' }],
  },
  {
    ...BLR2,
    text: 'Form 16 for FY 2026-27 will be issued by 15 June 2027.',
    expect: [],
  },
  {
    ...ISB2,
    text: "You don't need to follow up: we'll contact you by 19 March either way.",
    expect: [{ kind: 'response-by', by: '2027-03-19' }],
  },
  {
    ...MBA2,
    text: 'Dear Applicant, you are shortlisted for interview on 09/03/2027 at 0800hrs, KPA HQ. Carry original docs. -KPA HR',
    expect: [{ kind: 'interview', by: '2027-03-09', time: '08:00' }],
  },
  {
    ...JNB3,
    text: "Hi Thandi, no problem, we've moved you to Thursday 4 March at 14:00 instead of tomorrow.",
    expect: [{ kind: 'interview', by: '2027-03-04', time: '14:00' }],
  },
  {
    ...MEL3,
    text: 'Your myGov inbox has a new message from the ATO. Lodgement due: 31 March 2027.',
    expect: [],
  },
  {
    ...BNE3,
    text: "Thanks Harper. We'll let you know by the 12th.",
    expect: [{ kind: 'response-by', by: '2027-03-12' }],
  },
  {
    ...HKG6,
    text: 'We are pleased to appoint you as Assistant Manager (Compliance) with effect from 1 April 2027.',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...SIN3,
    text: 'Top jobs picked for you this week\n\nProduct Analyst, Shopeex · Interviewing now\nData Engineer, Lazada · Closing 15 Mar',
    expect: [],
  },
  {
    ...PHL,
    text: 'Reminder: your interview with Liberty Health is tomorrow, Tuesday March 2, at 1:30 PM ET.',
    expect: [{ kind: 'interview', by: '2027-03-02', time: '13:30' }],
  },
  {
    ...DEN2,
    text: 'Thank you for meeting with me on Friday, and for walking me through the Q2 roadmap. I look forward to next steps.',
    expect: [],
  },
];
