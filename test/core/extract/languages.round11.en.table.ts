// Round 160 (issue 13): fresh English whole messages, written BEFORE the engine read them, in the layouts of real
// mail (Greenhouse-style confirmations, Workday fields, Indian, Kenyan and Irish HR letters, out-of-office replies,
// offers and rejections, job alerts, webinar and benefits notices, dentist reminders, calendar digests, the
// candidate's own follow-up, quoted replies, HTML flattened to text). Names, companies and dates are invented. Each
// row's answer follows TIMELINE-CONVENTIONS.md and issue 13's ruling on absences (an absence with its end gives
// no-contact-before its first day back; a promise of the same message outranks it). First run: FIRST_RUN.
import type { PhraseRow } from './phrases.table';

// Wednesday 15 September 2027, 10:20 local (summer time in New York, Toronto, London and Dublin; Sydney on AEST).
const NY = { sentAt: '2027-09-15T10:20:00-04:00', tz: 'America/New_York' } as const;
const TOR = { sentAt: '2027-09-15T10:20:00-04:00', tz: 'America/Toronto' } as const;
const LDN = { sentAt: '2027-09-15T10:20:00+01:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2027-09-15T10:20:00+01:00', tz: 'Europe/Dublin' } as const;
const KOL = { sentAt: '2027-09-15T10:20:00+05:30', tz: 'Asia/Kolkata' } as const;
const KHI = { sentAt: '2027-09-15T10:20:00+05:00', tz: 'Asia/Karachi' } as const;
const NBO = { sentAt: '2027-09-15T10:20:00+03:00', tz: 'Africa/Nairobi' } as const;
const JNB = { sentAt: '2027-09-15T10:20:00+02:00', tz: 'Africa/Johannesburg' } as const;
const SGP = { sentAt: '2027-09-15T10:20:00+08:00', tz: 'Asia/Singapore' } as const;
const HKG = { sentAt: '2027-09-15T10:20:00+08:00', tz: 'Asia/Hong_Kong' } as const;
const SYD = { sentAt: '2027-09-15T10:20:00+10:00', tz: 'Australia/Sydney' } as const;

/** Round 160: English whole messages. */
export const ROUND_160_EN: readonly PhraseRow[] = [
  // Invitations and confirmations.
  {
    ...NY,
    text: "Hi Marisol,\n\nThank you for confirming your availability! This email confirms your interview for the Staff Accountant position at Brightwater Foods.\n\nDate: Monday, September 20, 2027\nTime: 11:00 AM – 11:45 AM Eastern Time\nFormat: Zoom (link below)\nInterviewer: Greg Olsen, Controller\n\nIf anything changes before the interview, just reply here and I'll update the plan.\n\nBest regards,\nKayla Brooks\nTalent Acquisition Coordinator\nBrightwater Foods | 400 Atlantic Ave, Boston MA 02210 | (617) 555-0133",
    expect: [{ kind: 'interview', by: '2027-09-20', time: '11:00' }],
  },
  {
    ...NBO,
    text: 'Dear Wanjiru,\n\nRE: INVITATION FOR INTERVIEW – PROCUREMENT OFFICER\n\nFollowing your application for the above position, you have been shortlisted for an oral interview scheduled as follows:\n\nDate: Tuesday, 21st September 2027\nTime: 9.00 a.m.\nVenue: Boardroom, 3rd Floor, Upper Hill Chambers, Nairobi\n\nKindly carry originals of your academic certificates, national ID and a copy of your KRA PIN certificate.\n\nYours faithfully,\nJoseph Mutua\nFor: Human Resource Manager\nTel: +254 20 555 0142',
    expect: [{ kind: 'interview', by: '2027-09-21', time: '09:00' }],
  },
  {
    ...KOL,
    text: 'Dear Candidate,\n\nThis is to inform you that your F2F interview for the profile of Sr. Business Analyst has been scheduled on 22-09-2027 (Wednesday) at 11:30 AM.\n\nVenue: Kestrel Digital Services Pvt. Ltd., 6th Floor, Tower B, Salt Lake Sector V, Kolkata - 700091\nContact Person: Ms. Debolina Sen (HR)\n\nPlease carry 2 copies of your updated resume and a valid photo ID proof.\n\nThanks & Regards,\nTeam HR\nPh: 033 4055 0199',
    expect: [{ kind: 'interview', by: '2027-09-22', time: '11:30' }],
  },
  {
    ...TOR,
    text: 'Interview Confirmation\n\nCandidate Name:\tPriya Natarajan\nJob Requisition:\tJR-2027-0815 Financial Analyst II\nInterview Date:\t09/28/2027\nInterview Time:\t2:30 PM EDT\nInterview Format:\tIn person – 200 Bay St, Toronto\nHost:\tMichel Tremblay\n\nPlease arrive 10 minutes early and check in at the 12th floor reception.\n\nThis is an automated notification from Workday on behalf of Northbay Financial Group. Do not reply to this message.',
    expect: [{ kind: 'interview', by: '2027-09-28', time: '14:30' }],
  },
  {
    ...LDN,
    text: 'Hi&nbsp;Ama,\n\nWe&rsquo;d love to invite you to a 45-minute video interview\nwith our Head of Operations on\nTuesday,\n28 September at 10:00&nbsp;am\n(London time).\n\nA Teams link will follow from our scheduling tool.\n\nKind regards,\nHarriet Cole\nPeople Team&nbsp;|&nbsp;Fenwick &amp; Stroud Ltd',
    expect: [{ kind: 'interview', by: '2027-09-28', time: '10:00' }],
  },
  {
    ...NBO,
    text: "Hi Brian,\n\nThanks for your time on the phone earlier. As discussed, your second-stage interview with our London-based Finance Director is on Monday 20 September, 2:00pm (UK time). She'll call you on WhatsApp video.\n\nBest,\nCharlotte\nTalent Partner, Larkspur Capital",
    expect: [{ kind: 'interview', by: '2027-09-20', time: '16:00' }],
  },
  {
    ...DUB,
    text: 'Dear Seán,\n\nFurther to your recent application, we would like to invite you to interview for the position of Graduate Engineer on Thursday 23rd September at 2.15pm in our Galway office (Unit 4, Ballybrit Business Park).\n\nPlease confirm your attendance by close of business Friday. All candidates will be informed of the outcome within one week of interview.\n\nIs mise le meas,\nÁine Ní Bhriain\nHR Administrator, Corrib Structural Ltd',
    expect: [
      { kind: 'interview', by: '2027-09-23', time: '14:15' },
      { kind: 'response-by', by: '2027-09-30' },
    ],
  },
  {
    ...LDN,
    text: 'Works for me — thank you!\n\nNadia\n\n-----Original Message-----\nFrom: Callum Reid <c.reid@ashbymoor.co.uk>\nSent: 14 September 2027 17:42\nTo: Nadia Rahman\nSubject: RE: Next steps\n\nHi Nadia, could you do a call with our MD on Friday 17th at 15:00? Callum',
    expect: [{ kind: 'interview', by: '2027-09-17', time: '15:00' }],
  },
  // Reschedules, several slots, others' interviews, the interview period.
  {
    ...LDN,
    text: "Dear Oluwaseun,\n\nI'm afraid our Head of Risk is now required at a board meeting, so we'll need to move your second interview.\n\nOriginal:\tFriday 17 September, 10:00\nRevised:\tTuesday 21 September, 14:30 (BST)\n\nThe location is unchanged. Apologies for any inconvenience this may cause.\n\nKind regards,\nEleanor Price\nResourcing Advisor | Thamesview Insurance plc",
    expect: [{ kind: 'interview', by: '2027-09-21', time: '14:30' }],
  },
  {
    ...KOL,
    text: 'Dear Rohit,\n\nCongratulations! You have cleared the online test for Associate Consultant. Please select a convenient slot for the Technical Interview:\n\n• 20/09/2027 – 10:30 hrs\n• 20/09/2027 – 15:00 hrs\n• 21/09/2027 – 11:00 hrs\n\nRevert with your preferred slot by EOD tomorrow.\n\nWarm Regards,\nTA Team, Kestrel Digital Services Pvt. Ltd.\nPlot 42, Sector 18, Gurugram',
    expect: [],
  },
  {
    ...SGP,
    text: "Hi Jun Hao,\n\nJust a heads-up that the hiring manager is seeing the remaining two shortlisted candidates on Mon 20 Sept and Tue 21 Sept. I'll be in touch after that with where things stand.\n\nRgds,\nMichelle Tan\nSenior Recruiter | Orchid Maritime Pte Ltd",
    expect: [],
  },
  {
    ...DUB,
    text: "Dear Applicant,\n\nThank you for your application for the role of Clinical Nurse Manager 2 (Ref: CNM2-0927). Applications will be shortlisted following the closing date of 24 September 2027 and it is anticipated that interviews will take place during the week commencing 11 October 2027.\n\nYours faithfully,\nHR Department\nSt Brigid's Hospital Group, Naas, Co. Kildare",
    expect: [],
  },
  {
    ...NY,
    text: "Hi Grace,\n\nI'm so sorry to do this on short notice, but we have to cancel your interview scheduled for Friday, September 17 at 1:00 PM — the hiring manager has a family emergency. We'll reach out to rebook as soon as she's back.\n\nApologies again,\nDevon",
    expect: [],
  },
  // Promises: process, delivery, windows counted from an event, vague clauses.
  {
    ...JNB,
    text: 'Hi Sipho\n\nThanks for coming in on Monday. Just to set expectations on our side: the hiring committee sits every second Thursday, the next one being 23 September, and all candidates are emailed the decision within two working days of the committee.\n\nKind regards\nAnneke van Wyk\nTalent Acquisition | Protea Mutual\n+27 21 555 0177',
    expect: [{ kind: 'response-by', by: '2027-09-27' }],
  },
  {
    ...LDN,
    text: 'Dear Ms Achterberg,\n\nThank you for attending the assessment centre. As explained on the day, the final panel will meet on Thursday 30 September.\n\nWe will write to every candidate within five working days of that meeting.\n\nYours sincerely,\nGraduate Recruitment Team\nCarrow & Penn LLP, 1 Fleet Place, London EC4M 7WS',
    expect: [{ kind: 'response-by', by: '2027-10-07' }],
  },
  {
    ...SYD,
    text: "Hi Mia,\n\nI'm so pleased to let you know we'd love to offer you the Customer Success Lead role! I'm just waiting on final sign-off from finance, and you'll have the formal contract via DocuSign by Friday arvo.\n\nCheers,\nJosh Whitfield\nPeople & Culture | Gumtree Analytics Pty Ltd\nLevel 3, 88 George St, Sydney NSW 2000",
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2027-09-17' },
    ],
  },
  {
    ...NY,
    text: "Hi Trevor,\n\nThanks for your patience. We're still waiting on one last reference, but — barring anything unexpected on that front — I'd expect to have an answer for you early next week.\n\nBest,\nAlana Ruiz\nSr. Recruiter, Copperline Health",
    expect: [{ kind: 'response-by', by: '2027-09-22', fuzzy: true }],
  },
  {
    ...NY,
    text: 'hey Jordan!! thx again for comin in today. team is meeting thurs to debrief, ill let u know by fri either way :)\n\nSent from my iPhone',
    expect: [{ kind: 'response-by', by: '2027-09-17' }],
  },
  {
    ...NY,
    text: "Hi Andre,\n\nQuick update: Shauna (our recruiter on this search) is out sick until Monday, September 20 and will reach out to you with next steps once she's back.\n\nThanks,\nPat Doyle\nHR Generalist, Ironwood Tools",
    expect: [{ kind: 'response-by', by: '2027-09-20' }],
  },
  {
    ...JNB,
    text: "Hi Lwazi\n\nI'm on leave from tomorrow, back in the office Thursday 23rd, and I'll come back to you with the panel's feedback by the end of that week.\n\nRegards\nThabo",
    expect: [{ kind: 'response-by', by: '2027-09-24' }],
  },
  // No-contact-before and absences.
  {
    ...KHI,
    text: 'Dear Ayesha,\n\nThank you for appearing in the written test. Please refrain from calling or emailing HR regarding the status of your application before 1st October, as results are still being compiled.\n\nRegards,\nHR Section\nMehran Cement Industries Ltd., Hyderabad',
    expect: [{ kind: 'no-contact-before', by: '2027-10-01' }],
  },
  {
    ...NBO,
    text: 'Dear Otieno,\n\nThank you for attending the interview. Kindly give the panel at least ten working days from today before following up on the outcome.\n\nRegards,\nGrace Achieng\nHuman Resources, Rift Valley Agro Ltd',
    expect: [{ kind: 'no-contact-before', by: '2027-09-29' }],
  },
  {
    ...TOR,
    text: 'Hi Kevin,\n\nThanks again for meeting with the team. Our hiring manager is away for the long weekend, so please hold any follow-ups until Tuesday, October 12.\n\nAll the best,\nSophie Gagnon\nTalent Acquisition, Maplegate Software',
    expect: [{ kind: 'no-contact-before', by: '2027-10-12' }],
  },
  {
    ...LDN,
    text: 'Automatic reply: RE: Interview – Data Analyst\n\nThank you for your message. I am currently on annual leave, returning Monday 27th September. I will have no access to email during this time. If your query is urgent, please contact talent@harrowgate.co.uk.\n\nKind regards,\nRebecca Stone',
    expect: [{ kind: 'no-contact-before', by: '2027-09-27' }],
  },
  // No-calls.
  {
    ...NY,
    text: 'Thank you for applying to Hearthstone Grocers!\n\nOur hiring team is, unfortunately, not in a position — given the number of applicants — to respond to phone calls about individual applications. If your background fits, we will contact you by email.\n\nHearthstone Grocers · 51 Main St, Hartford CT',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...JNB,
    text: 'Dear Applicant\n\nPlease note that our recruiters have no phone line for candidate queries; all enquiries must come through the careers portal.\n\nIf you have not heard from us within 30 days of the closing date, please consider your application unsuccessful.\n\nUbuntu Freight Solutions (Pty) Ltd',
    expect: [{ kind: 'no-calls' }],
  },
  // Outcomes.
  {
    ...LDN,
    text: 'Dear Mr Adeyemi,\n\nRe: Senior Quantity Surveyor – Ref QS/0913\n\nThank you for your interest in the above position and for the time you took to meet us. After careful consideration we regret that we will not be progressing your application further on this occasion.\n\nWe will retain your details on file for six months in line with our privacy notice (updated 1 March 2027).\n\nYours sincerely,\nMark Ellison\nHR Manager, Brantham Construction Ltd',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...NY,
    text: "Hi Leila,\n\nOn behalf of everyone at Pinecrest Labs, I'm thrilled to extend you an offer for the Backend Engineer role! Your offer letter with compensation details is attached. Please review and let us know your decision by Wednesday, September 22. Your start date would be Monday, October 4.\n\nCongrats!\nRaj Malhotra\nHead of Talent, Pinecrest Labs",
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  // Negatives: what real inboxes hold besides.
  {
    ...KOL,
    text: 'Jobs based on your profile\n\nSoftware Engineer – Backend | Cobalt Fintech | Bengaluru | 3-6 Yrs\nWalk-in interview: 18 Sep 2027, 10 AM – 1 PM\n\nQA Analyst | Trident Systems | Pune | 2-4 Yrs\nApply by 25 Sep 2027\n\nYou are receiving this mail because you are a registered member of JobNest. Unsubscribe',
    expect: [],
  },
  {
    ...NY,
    text: "Career Compass — September digest\n\n• 5 phrases that make recruiters call you back within 48 hours\n• What to do when you haven't heard back in a week\n• Join our live Q&A on Thursday, September 23 at 1pm ET\n\nYou're receiving this because you subscribed at careercompass.io. Unsubscribe · 230 Park Ave S, New York",
    expect: [],
  },
  {
    ...JNB,
    text: "You're registered!\n\nMastering Behavioural Interviews\nTuesday, 21 September 2027 · 12:30 – 13:30 SAST\n\nAdd to calendar. The recording will be emailed to all registrants within 24 hours of the session.\n\nHosted by the Careers Office, University of the Witwatersrand.",
    expect: [],
  },
  {
    ...SGP,
    text: 'Hi Wei Jie,\n\nThank you for your interest in the Cloud Engineer role at Tessellate. As the next step, please complete the coding challenge at the link below. The test must be completed within 72 hours of receiving this email (by 18 Sep 2027, 23:59 SGT).\n\nGood luck!\nTessellate Talent Team',
    expect: [],
  },
  {
    ...NY,
    text: 'Action required: Your benefits enrollment window is open from September 15 through September 29. Coverage for new elections begins October 1. Log in to Benefitfocus to make your choices.\n\nQuestions? Call the Benefits Center at 1-866-555-0108, Monday–Friday, 8 a.m. to 8 p.m. ET.',
    expect: [],
  },
  {
    ...SYD,
    text: 'Reminder: your appointment with Dr. Naidoo at Bondi Junction Dental is on Monday 20 September at 8:15am. Please arrive 10 minutes early. To reschedule, call (02) 9555 0180 at least 24 hours in advance.',
    expect: [],
  },
  {
    ...HKG,
    text: 'Your day ahead — Thursday, 16 September\n\n10:00 – 10:30\tInterview prep with career coach\n14:00 – 15:00\tDentist\n19:30 – 21:00\tBadminton\n\nOutlook Calendar · Daily summary',
    expect: [],
  },
  {
    ...LDN,
    text: "Dear Ms Fernando,\n\nI hope you're well. I wanted to follow up on my interview on 8 September for the Marketing Manager role. I remain very interested and would be grateful for any update you can share. I'm available for a call any day this week after 3pm.\n\nKind regards,\nNadia Rahman\n+44 7700 900412",
    expect: [],
  },
  {
    ...LDN,
    text: "Hi Ravi, thanks for sending over your portfolio — I've passed it to our design lead.\n\nCheers,\nTom\n\n--\nThis email and any attachments are confidential and intended solely for the addressee. Halden & Rook LLP is a limited liability partnership registered in England and Wales (OC412345). Our privacy notice was updated on 1 September 2027. Office hours: Mon–Fri 9:00–17:30.",
    expect: [],
  },
  {
    ...TOR,
    text: "Thank you for applying to Ferncliff Retail! We've received your application for Store Associate on 15/09/2027. Our team reviews applications on a rolling basis. The posting closes on September 30, 2027.\n\nFerncliff Retail Inc. is committed to accessibility; accommodations are available on request throughout the hiring process.",
    expect: [],
  },
  {
    ...SGP,
    text: "Dear Mr Lim,\n\nThank you for interviewing with us on Monday 13 September. It was a pleasure to meet you and learn more about your experience. We'll be in touch in due course regarding next steps.\n\nBest regards,\nRachel Koh\nHR Business Partner, Lantern Bay Hotels",
    expect: [],
  },
];
