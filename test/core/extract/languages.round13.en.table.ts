// Round 180 (issue 13): fresh English whole messages, written BEFORE the engine read them, in the layouts of real
// mail found with the search tool (Greenhouse and Workday confirmations, an Indian shortlist letter, a Kenyan
// SACCO's invitation, Irish council and UK charity process notes, Outlook out-of-office replies, a Codility
// invitation, JobsDB alerts, Zoom webinar reminders, DHL notices, talent-pool rejections with legal footers, the
// candidate's own follow-up, quoted replies, HTML flattened to text). Names, companies and dates are invented.
// Each row's answer follows TIMELINE-CONVENTIONS.md and issue 13's ruling on absences (an absence with its end gives
// no-contact-before its first day back). First run: FIRST_RUN.
import type { PhraseRow } from './phrases.table';

// Tuesday 7 December 2027, 10:20 local (winter time in New York, Chicago, Toronto, Vancouver, London and Dublin;
// Sydney on AEDT).
const NY = { sentAt: '2027-12-07T10:20:00-05:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2027-12-07T10:20:00-06:00', tz: 'America/Chicago' } as const;
const TOR = { sentAt: '2027-12-07T10:20:00-05:00', tz: 'America/Toronto' } as const;
const VAN = { sentAt: '2027-12-07T10:20:00-08:00', tz: 'America/Vancouver' } as const;
const LDN = { sentAt: '2027-12-07T10:20:00+00:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2027-12-07T10:20:00+00:00', tz: 'Europe/Dublin' } as const;
const KOL = { sentAt: '2027-12-07T10:20:00+05:30', tz: 'Asia/Kolkata' } as const;
const KHI = { sentAt: '2027-12-07T10:20:00+05:00', tz: 'Asia/Karachi' } as const;
const NBO = { sentAt: '2027-12-07T10:20:00+03:00', tz: 'Africa/Nairobi' } as const;
const JNB = { sentAt: '2027-12-07T10:20:00+02:00', tz: 'Africa/Johannesburg' } as const;
const SGP = { sentAt: '2027-12-07T10:20:00+08:00', tz: 'Asia/Singapore' } as const;
const HKG = { sentAt: '2027-12-07T10:20:00+08:00', tz: 'Asia/Hong_Kong' } as const;
const SYD = { sentAt: '2027-12-07T10:20:00+11:00', tz: 'Australia/Sydney' } as const;

/** Round 180: English whole messages. */
export const ROUND_180_EN: readonly PhraseRow[] = [
  // Invitations and confirmations.
  {
    ...NY,
    text: 'Hi Marisol,\n\nYour interview with Fernhill Analytics has been confirmed! Please find the details below.\n\nInterview: Technical Screen – Backend Engineer\nDate: Monday, December 13th, 2027\nTime: 11:00am - 12:00pm CST\nInterviewer(s): Oluwaseun Adeyemi, Staff Engineer\nLocation: Zoom (link in calendar invite)\n\nPlease add the attached .ics file to your calendar. If you have any questions, just reply to this email.\n\nThanks,\nGrace Pereira | Recruiting Coordinator\nFernhill Analytics | 312-555-0190',
    expect: [{ kind: 'interview', by: '2027-12-13', time: '12:00' }],
  },
  {
    ...KOL,
    text: 'Dear Ms. Kavya Raghunathan,\n\nSub: Invitation for Technical Interview – Software Engineer (Req ID 55812)\n\nWe are pleased to inform you that you have been shortlisted for the next round. Kindly find the schedule:\n\n• Date: 14/12/2027\n• Time: 14:30 hrs IST\n• Mode: Virtual (MS Teams)\n• Panel: Mr. Venkatesh Iyer, Ms. Farah Siddiqui\n\nPlease join 10 mins prior and keep your Govt. ID handy.\n\nThanks & Regards,\nTalent Acquisition Team\nNavrang Infotech Pvt. Ltd. | Plot 21, HITEC City, Hyderabad – 500081',
    expect: [{ kind: 'interview', by: '2027-12-14', time: '14:30' }],
  },
  {
    ...LDN,
    text: "Brilliant, that's booked in. See you Thursday at 2.15pm at our Manchester office – ask for me at reception on the 4th floor.\n\nCheers,\nTom\n\nTom Ashworth\nSenior Consultant | Pennine Talent Partners\n0161 555 0134 | 07700 900 412\n\nFrom: Aisha Bello <aisha.bello@gmail.com>\nSent: 07 December 2027 09:12\nTo: Tom Ashworth\nSubject: RE: Interview – Finance Analyst\n\nHi Tom, Thursday afternoon works best for me – any time after 1pm.\n\nAisha",
    expect: [{ kind: 'interview', by: '2027-12-09', time: '14:15' }],
  },
  {
    ...NBO,
    text: 'Dear Wanjiru,\n\nFurther to your application for the position of Credit Analyst, we are pleased to invite you for an oral interview scheduled as follows:\n\nDate: Friday, 10th December 2027\nTime: 9.00 a.m. (East Africa Time)\nVenue: Upper Hill Chambers, 5th Floor, Nairobi\n\nKindly confirm your attendance by replying to this email by close of business tomorrow.\n\nYours sincerely,\nJoseph Mwangi\nHuman Resource Manager\nTembo Savings & Credit Co-operative Society Ltd',
    expect: [{ kind: 'interview', by: '2027-12-10', time: '09:00' }],
  },
  {
    ...HKG,
    text: 'Dear Mr Lau,\n\nThank you for your interest in the Compliance Associate role. I would like to arrange a video call with our Head of Compliance, Fiona Gallagher, who sits in our London office. Would Thursday 16 December at 9:00 am (London time) suit you? That would be 5:00 pm in Hong Kong.\n\nKind regards,\nPriscilla Ng\nHR Business Partner\nKowloon Bay Capital Ltd | Tel: +852 3555 0107',
    expect: [{ kind: 'interview', by: '2027-12-16', time: '17:00' }],
  },
  // Reschedules, a cancellation, several slots, others' interviews, the interview period.
  {
    ...TOR,
    text: "Hi Rohan,\n\nUnfortunately our VP has a board meeting that's been moved, so we need to push your final round, originally set for Thursday, December 9 at 1:00 p.m. Could we do Monday, December 13 at 3:30 p.m. ET instead? Same Teams link.\n\nApologies for the shuffle!\n\nNatalie Boucher\nTalent Acquisition Partner | Maple Crest Financial\n416-555-0178",
    expect: [{ kind: 'interview', by: '2027-12-13', time: '15:30' }],
  },
  {
    ...DUB,
    text: "Hi Ciarán,\n\nI'm afraid I have to cancel tomorrow's 11:30 call with Aoife – the role has been put on hold pending a budget review. Really sorry for the late notice, I'll be in touch if anything changes.\n\nAll the best,\nNiamh Duggan\nTalent Team, Shannonside Energy\n+353 1 555 0192",
    expect: [],
  },
  {
    ...JNB,
    text: 'Hi Lerato\n\nThanks for your time on the phone earlier. For the second interview with Pieter and the team, could you let me know which of these suits:\n\nOption 1: Thursday 9 Dec @ 10:00\nOption 2: Friday 10 Dec @ 14:00\nOption 3: Monday 13 Dec @ 09:30\n\nThanks\nMelissa\n\nMelissa Naidoo | Recruitment Specialist\nSunveld Mining | 011 555 0143',
    expect: [],
  },
  {
    ...SGP,
    text: "Hi Darren,\n\nThanks for checking in. We're still completing first-round interviews with the remaining applicants on 9 and 10 December, after which the panel will compare notes. I'll be in touch once there's an update.\n\nBest,\nAlicia Tan\nPeople Team, Kopi Labs Pte Ltd",
    expect: [],
  },
  {
    ...KHI,
    text: 'Dear Applicant,\n\nThis is to acknowledge receipt of your application for the post of Management Trainee Officer (MTO-2028). Shortlisted candidates will be called for interviews to be held from 20th to 24th December 2027 at our Lahore and Karachi offices. Only shortlisted candidates will be contacted.\n\nHuman Resources Division\nCrescent Bank Limited\nThis is a system generated email, please do not reply.',
    expect: [],
  },
  // Promises: process, delivery, from an event dated elsewhere, hidden in a vague clause.
  {
    ...LDN,
    text: 'Dear Harriet,\n\nThank you for attending the assessment centre yesterday. The panel are meeting on Friday to review all candidates, and we will write to everyone with the outcome by Wednesday 15 December at the latest.\n\nKind regards,\nRecruitment Team\nThe Wexford Trust\nRegistered charity no. 1098765',
    expect: [{ kind: 'response-by', by: '2027-12-15' }],
  },
  {
    ...NY,
    text: "Hi Jamal,\n\nGreat chatting earlier! I'm pulling together the panel's written feedback now and you should have it in your inbox within 3 business days. Feel free to text me in the meantime.\n\nBest,\nKaty Brennan\nRecruiter, Halyard Partners\nc: 917-555-0112",
    expect: [{ kind: 'response-by', by: '2027-12-10' }],
  },
  {
    ...DUB,
    text: 'Dear Candidate,\n\nThank you for applying for the role of Clerical Officer (Temporary). Applications close at 5pm on Friday 10 December 2027.\n\nShortlisting will take place after the closing date, and all applicants will be informed of the outcome of shortlisting within ten working days of that date.\n\nHR Department\nKilbarrack County Council\nCivic Offices, Main Street, Dublin 5',
    expect: [{ kind: 'response-by', by: '2027-12-24' }],
  },
  {
    ...CHI,
    text: "Hi Brooke,\n\nConfirming your onsite on Thursday, December 9 at 9:00 AM CT at our Fulton Market office (1010 W Lake St, 5th floor). You'll meet four members of the team over about three hours.\n\nWe aim to share a decision within two business days of your onsite.\n\nSee you then!\nOmar Farouk\nRecruiting | Prairie Row Foods",
    expect: [
      { kind: 'interview', by: '2027-12-09', time: '09:00' },
      { kind: 'response-by', by: '2027-12-13' },
    ],
  },
  {
    ...NY,
    text: "Hey Priyanka — quick update. Between the holiday parties and half the team being out, things are moving slower than I'd like, but assuming nothing weird happens with approvals we should be able to circle back to you by Friday the 17th at the latest. Appreciate your patience!!\n\nDerek\nSent from my iPhone",
    expect: [{ kind: 'response-by', by: '2027-12-17' }],
  },
  // No-contact-before and absences.
  {
    ...SGP,
    text: 'Dear Mei Ling,\n\nThank you for completing the online assessment. Your results are now with the hiring manager. As our office will be closed for the year-end shutdown, we would be grateful if you could hold off on any follow-up enquiries until we reopen on Monday, 3 January 2028.\n\nBest regards,\nJasmine Koh\nSenior Talent Acquisition Specialist\nLion City Logistics Pte. Ltd.\nDID: +65 6555 0231',
    expect: [{ kind: 'no-contact-before', by: '2028-01-03' }],
  },
  {
    ...NBO,
    text: 'Automatic reply: Application – Field Coordinator\n\nThank you for your email. I am currently away on leave from 6th December and will be back in the office on 14th December 2027. During this period, kindly direct urgent recruitment queries to careers@savannafoundation.or.ke.\n\nRegards,\nGrace Otieno',
    expect: [{ kind: 'no-contact-before', by: '2027-12-14' }],
  },
  {
    ...SYD,
    text: "Hi there, I'm OOO from Wed 8/12, back Mon 13/12. Pls email talent@kookaburra.com.au if it can't wait.\n\nTa,\nJess",
    expect: [{ kind: 'no-contact-before', by: '2027-12-13' }],
  },
  // No-calls.
  {
    ...VAN,
    text: 'Thank you for applying to Cedar & Tide Hospitality!\n\nWe receive a very high volume of applications for our seasonal roles. Please understand that our small HR team has no capacity to handle telephone enquiries regarding applications; all updates are sent by email.\n\nCedar & Tide Hospitality Group · 1055 W Hastings St, Vancouver BC',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...JNB,
    text: 'Reference: FIN/0427 – Payroll Administrator\n\nThank you for your application. Should you not hear from us within 30 days of the closing date, please consider your application unsuccessful.\n\nPlease note: calls from candidates enquiring about the status of their applications will not be attended to.\n\nUmhlanga Sugar Holdings (Pty) Ltd · 2 Ridgeside Rd, Umhlanga',
    expect: [{ kind: 'no-calls' }],
  },
  // Outcomes.
  {
    ...LDN,
    text: 'Dear Callum,&nbsp;\n\nThank you for the time you have invested in the recruitment process for the role of Product Owner.&nbsp; After careful consideration, we have decided not to progress your application further on this occasion.\n\nWe will retain your details in our talent pool for 12 months.\n\nKind regards,\nPeople Team\nThistle Bank plc\n\n--\nThistle Bank plc is authorised by the Prudential Regulation Authority. Registered in Scotland No. SC098123. This message was sent on 07/12/2027.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...TOR,
    text: "Hi Mei,\n\nI'm thrilled to let you know the team would like to extend you an offer for the Data Scientist II position! Our People Ops team will send the official offer package through DocuSign by Thursday.\n\nCongratulations!\nSarah Mendelson\nSenior Recruiter, Polaris Health\n647-555-0166",
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2027-12-09' },
    ],
  },
  {
    ...NBO,
    text: 'Dear Brian,\n\nFollowing your successful interview, we are pleased to offer you the position of Accounts Assistant at Rift Valley Dairies Ltd. Please find attached your letter of offer. Kindly sign and return a copy by Wednesday, 15th December 2027 to confirm your acceptance. Your expected reporting date is 3rd January 2028.\n\nYours faithfully,\nHR & Administration',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  // Negatives: what real inboxes hold besides.
  {
    ...HKG,
    text: 'Jobs for you in Hong Kong\n\nMarketing Executive – Lantau Cosmetics Ltd\nQuarry Bay · HK$25,000 – 32,000 per month\nPosted 2 days ago · Interviews start 13 Dec\n\nAssistant Merchandiser – Pearl River Garments\nKwun Tong · Closing date: 17/12/2027\n\nYou are receiving this email because you created a job alert on JobsDB. Unsubscribe | Privacy',
    expect: [],
  },
  {
    ...NY,
    text: 'Reminder: your webinar starts tomorrow!\n\nSalary Negotiation for Women in Tech\nWednesday, December 8, 2027 · 1:00 PM – 2:00 PM EST\n\nJoin from your computer: https://us06web.zoom.us/j/8855501234\n\nHosted by Ladders Up NYC. You registered for this event on November 30, 2027. To cancel your registration, click here.',
    expect: [],
  },
  {
    ...SGP,
    text: "Hi Faris,\n\nYou've been invited by Meridian Pay to complete a coding assessment on Codility.\n\nTime limit: 90 minutes\nInvitation expires: 14 Dec 2027, 23:59 SGT\n\nStart the test: app.codility.com/c/7QF2-KX9\n\nGood luck!\nThe Codility Team",
    expect: [],
  },
  {
    ...KOL,
    text: 'Your DHL Express shipment 4471 205 883 is on its way.\n\nScheduled delivery: Thursday, 09 December 2027, between 09:00 and 13:00\n\nNot at home? Change your delivery before 22:00 the day before. Please do not reply to this email; contact DHL Customer Service on 1800 111 345.',
    expect: [],
  },
  {
    ...LDN,
    text: "Hi Rebecca,\n\nThank you so much for your time yesterday – I really enjoyed meeting the team. Just to confirm, I'm available any day next week for the next round, and I look forward to hearing from you by the end of the week as you mentioned.\n\nBest wishes,\nTunde Adebayo\n07700 900 318",
    expect: [],
  },
  {
    ...VAN,
    text: "Thanks for applying to Hollow Oak Studios!\n\nWe've received your application for Junior Animator and our team will review it. Due to the volume of applications, we're only able to respond to candidates we'd like to move forward with.\n\n© 2027 Hollow Oak Studios Ltd. This email and any attachments are confidential. Our Privacy Policy was last updated on 1 December 2027.",
    expect: [],
  },
  {
    ...TOR,
    text: "The Job Hunt Digest · Issue #112 · December 7, 2027\n\nThis week: how long is too long to wait?\n\nMost employers get back to applicants within two weeks of an interview. If you haven't heard anything by then, a short, polite follow-up is fine — and avoid calling the hiring manager directly.\n\nRead more on our blog →\n\nYou're receiving this because you subscribed at jobhuntdigest.ca. Unsubscribe",
    expect: [],
  },
];
