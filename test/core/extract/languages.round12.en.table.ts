// Round 170 (issue 13): fresh English whole messages, written BEFORE the engine read them, in the layouts of real
// mail found with the search tool (Greenhouse and Workday confirmations, Indian and Pakistani call letters, Kenyan,
// Irish and Hong Kong HR letters, out-of-office replies in Outlook's and Indeed's templates, offers and rejections,
// job alerts, webinar invites, HireVue deadlines, benefits and payslip notices, parcel tracking, calendar agendas,
// the candidate's own follow-up, quoted replies, HTML flattened to text). Names, companies and dates are invented.
// Each row's answer follows TIMELINE-CONVENTIONS.md and issue 13's ruling on absences (an absence with its end gives
// no-contact-before its first day back; a promise of the same message outranks it). First run: FIRST_RUN.
import type { PhraseRow } from './phrases.table';

// Tuesday 9 November 2027, 14:05 local (winter time in New York, Toronto, Vancouver, London and Dublin; Sydney on
// AEDT).
const NY = { sentAt: '2027-11-09T14:05:00-05:00', tz: 'America/New_York' } as const;
const TOR = { sentAt: '2027-11-09T14:05:00-05:00', tz: 'America/Toronto' } as const;
const VAN = { sentAt: '2027-11-09T14:05:00-08:00', tz: 'America/Vancouver' } as const;
const LDN = { sentAt: '2027-11-09T14:05:00+00:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2027-11-09T14:05:00+00:00', tz: 'Europe/Dublin' } as const;
const KOL = { sentAt: '2027-11-09T14:05:00+05:30', tz: 'Asia/Kolkata' } as const;
const KHI = { sentAt: '2027-11-09T14:05:00+05:00', tz: 'Asia/Karachi' } as const;
const NBO = { sentAt: '2027-11-09T14:05:00+03:00', tz: 'Africa/Nairobi' } as const;
const JNB = { sentAt: '2027-11-09T14:05:00+02:00', tz: 'Africa/Johannesburg' } as const;
const SGP = { sentAt: '2027-11-09T14:05:00+08:00', tz: 'Asia/Singapore' } as const;
const HKG = { sentAt: '2027-11-09T14:05:00+08:00', tz: 'Asia/Hong_Kong' } as const;
const SYD = { sentAt: '2027-11-09T14:05:00+11:00', tz: 'Australia/Sydney' } as const;

/** Round 170: English whole messages. */
export const ROUND_170_EN: readonly PhraseRow[] = [
  // Invitations and confirmations.
  {
    ...NY,
    text: "Hi Tomás,\n\nThanks for making time to speak with us! Here are the details for your upcoming virtual onsite for the Senior Product Designer role at Loomwell.\n\nThursday, November 18, 2027\n1:00 PM - 3:15 PM (PT)\n\n1:00 PM – Portfolio review with Erin Calloway\n1:45 PM – Cross-functional partner chat with Dev Anand\n2:30 PM – Hiring manager conversation with Ruth Sato\n\nYou'll receive separate calendar invites with Google Meet links. If you need to reschedule, please let us know at least 24 hours ahead.\n\nBest,\nMaddie Chu\nRecruiting Coordinator | Loomwell\n(415) 555-0162",
    expect: [{ kind: 'interview', by: '2027-11-18', time: '16:00' }],
  },
  {
    ...KOL,
    text: 'Dear Mr. Aravind Kumar,\n\nWith reference to your application for the post of Assistant Manager – Credit, we are pleased to call you for a personal interview as per the details below:\n\nDate : 16.11.2027 (Tuesday)\nReporting Time : 10:00 AM\nVenue : Regional Office, 2nd Floor, Anna Salai, Chennai – 600002\n\nYou are requested to bring this call letter along with original documents. No TA/DA will be paid for attending the interview.\n\nChief Manager (HR)\nSouthern Cooperative Bank Ltd.',
    expect: [{ kind: 'interview', by: '2027-11-16', time: '10:00' }],
  },
  {
    ...SYD,
    text: 'Hi Lachlan,\n\nGreat news &ndash; the team would love to meet you!\n\n&bull;&nbsp;What: Final interview, Senior Data Engineer\n&bull;&nbsp;When: Wed 17 Nov,&nbsp;9:30am&nbsp;AEDT\n&bull;&nbsp;Where: Level 12, 1 Market St, Sydney (ask for Priyanka at reception)\n\nAny dramas, just flick me a message.\n\nCheers,\nBec\n\nRebecca Lowe | Talent Acquisition | Wattle &amp; Finch\nM: 0412 555 019',
    expect: [{ kind: 'interview', by: '2027-11-17', time: '09:30' }],
  },
  {
    ...KHI,
    text: 'Dear Mr. Hamza Qureshi,\n\nSubject: Interview Call – Assistant Manager Finance\n\nYou are requested to appear for an interview on Monday, November 15, 2027 at 11:00 a.m. at our Head Office, 7th Floor, Dolmen Tower, Clifton Block 4, Karachi.\n\nPlease bring your CNIC, original degrees and experience certificates. Candidates arriving late will not be entertained.\n\nRegards,\nHuman Resource Department\nIndus Valley Textiles (Pvt.) Ltd.\nUAN: 111-555-786',
    expect: [{ kind: 'interview', by: '2027-11-15', time: '11:00' }],
  },
  {
    ...NBO,
    text: 'Dear Achieng,\n\nThank you for your interest in the Regional Programme Officer role with Horizon Aid International. We would like to invite you to a panel interview via Microsoft Teams on Friday 12 November 2027 at 14:00 (GMT).\n\nThe panel will consist of our Head of Programmes, the Country Director and a member of the People team.\n\nKind regards,\nHannah Pryce\nHR Officer, London',
    expect: [{ kind: 'interview', by: '2027-11-12', time: '17:00' }],
  },
  {
    ...SGP,
    text: 'Interview Scheduled\n\nCandidate\tTan Wei Ming\nPosition\tR-10442 Operations Analyst\nInterview Date\t2027-11-16\nStart Time\t15:30 (GMT+08:00) Singapore\nDuration\t45 minutes\nLocation\t10 Marina Boulevard, Tower 2, #28-01\n\nThis is a system-generated message from Workday. Please do not reply.',
    expect: [{ kind: 'interview', by: '2027-11-16', time: '15:30' }],
  },
  {
    ...DUB,
    text: 'Perfect, see you then!\n\nSiobhán\n\nSent from my iPhone\n\nOn 9 Nov 2027, at 11:02, Declan Byrne <declan.byrne@liffeyrail.ie> wrote:\n\n> Hi Siobhán,\n> Would Thursday 11th at half two suit for a quick chat with the MD?\n> Declan',
    expect: [{ kind: 'interview', by: '2027-11-11', time: '14:30' }],
  },
  // Reschedules, a cancellation, several slots, others' interviews, the interview period.
  {
    ...NY,
    text: "Hi Kendra,\n\nSo sorry to do this — Marcus just got pulled into a client escalation and can't make our 2pm tomorrow. Would Friday, Nov 12 at 10:30 AM ET work instead? Same Zoom link.\n\nThanks for your flexibility,\nJess",
    expect: [{ kind: 'interview', by: '2027-11-12', time: '10:30' }],
  },
  {
    ...LDN,
    text: "Dear Mr Okafor,\n\nI'm very sorry, but we have to cancel your interview scheduled for Thursday 11 November at 10:00, as the hiring manager is unwell. I will contact you again once we know when she is back, to arrange a new date.\n\nApologies again,\nLucy Hartnell\nRecruitment Coordinator",
    expect: [],
  },
  {
    ...SGP,
    text: 'Hi Arjun,\n\nThe hiring manager would like to speak with you this week or next. Would any of the below work (all times SGT)?\n\n- Thu 11 Nov, 3:00pm\n- Fri 12 Nov, 10:00am\n- Mon 15 Nov, 4:30pm\n\nJust reply with your pick.\n\nThanks!\nCheryl Ong',
    expect: [],
  },
  {
    ...LDN,
    text: 'Dear Priya,\n\nThank you for coming in yesterday. We have two more candidates to see on Monday 15 November, and I expect to be able to give everyone a decision by Wednesday 17th.\n\nBest wishes,\nOwen Marsh\nPractice Manager, Elm Row Veterinary',
    expect: [{ kind: 'response-by', by: '2027-11-17' }],
  },
  {
    ...TOR,
    text: "Hi Marc,\n\nJust a quick note to say we haven't forgotten about you! We're still seeing a handful of other applicants during the week of November 15, and I'll let you know where things stand after that.\n\nThanks for your patience,\nAmélie Roy\nTalent Acquisition, Boréal Insurance",
    expect: [],
  },
  {
    ...JNB,
    text: 'Dear Sipho\n\nThank you for applying for the position of Junior Attorney (Ref: JA-2027-11). This email confirms that we have received your application.\n\nPlease note: interviews for this role will take place between 29 November and 10 December 2027. Only shortlisted candidates will be contacted.\n\nKind regards\nRecruitment | Mokoena Inc. Attorneys\n3rd Floor, 140 West Street, Sandton, 2196',
    expect: [],
  },
  // Promises: process, delivery, from an event dated elsewhere, hidden in a vague clause, informal.
  {
    ...DUB,
    text: 'Dear Applicant,\n\nThank you for your application for the post of Executive Officer (Competition Ref. EO-2711). The competition closes at 12 noon on Friday, 19 November 2027. It is anticipated that shortlisting will be completed and candidates notified of the outcome within two weeks of the closing date.\n\nRecruitment Unit\nOffice of Public Appointments, Abbey Street, Dublin 1',
    expect: [{ kind: 'response-by', by: '2027-12-03' }],
  },
  {
    ...HKG,
    text: 'Dear Ms Chan,\n\nThank you for completing the final round with us. Your written feedback report is being prepared and will reach your inbox no later than Thursday 18 November.\n\nBest regards,\nKelvin Leung\nTalent Acquisition, Harbourline Securities Ltd\n18/F, One Pacific Centre, Central, Hong Kong\nT: +852 2555 0188',
    expect: [{ kind: 'response-by', by: '2027-11-18' }],
  },
  {
    ...NY,
    text: "Hi Devon,\n\nThanks for hanging in there! Things have been a bit hectic on our end with year-end planning, and while I can't make any promises about how the hiring manager's calendar will shake out, I'm hoping we can get you an answer by the end of next week.\n\nBest,\nNicole Ferraro\nRecruiter, Bluestem Health",
    expect: [{ kind: 'response-by', by: '2027-11-19' }],
  },
  {
    ...NY,
    text: "thx for the chat today!! team is meeting tmrw and we'll get back to u by thrusday latest\n\n- Chris\nSent from my phone",
    expect: [{ kind: 'response-by', by: '2027-11-11' }],
  },
  // Outcomes.
  {
    ...JNB,
    text: "Hi Thandeka\n\nGreat news – the panel would like to offer you the position of Finance Business Partner! I'll send the formal offer letter through within 2 working days.\n\nBest\nRiaan van der Merwe\nTalent Acquisition | Karoo Mutual\nTel: +27 21 555 0173",
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2027-11-11' },
    ],
  },
  {
    ...VAN,
    text: 'Dear Harjit,\n\nWe are delighted to offer you the position of Site Supervisor at Coastline Builders Ltd., starting Monday, January 10, 2028. The enclosed letter sets out your salary of $92,000 CAD and benefits (eligible after a 3-month waiting period).\n\nPlease sign and return the offer by Monday, November 15, 2027 at 5:00 p.m. PT.\n\nWarm regards,\nDana Whitehorse\nHR Manager, Coastline Builders Ltd.',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...HKG,
    text: 'Dear Mr Wong,\n\nRe: Application for Assistant Engineer (Ref: AE/27/114)\n\nWe refer to your interview on 2 November 2027. We regret to inform you that your application has not been successful on this occasion. Your personal data will be destroyed within 24 months in accordance with the Personal Data (Privacy) Ordinance.\n\nYours faithfully,\nfor and on behalf of\nVictoria Harbour Engineering Co. Ltd.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  // No-contact-before and absences.
  {
    ...NY,
    text: "Hi Olivia,\n\nThanks so much for your time with the panel. We have a number of internal steps to work through, so please don't chase us for an update before Monday the 22nd — we won't have anything to share until then.\n\nWarmly,\nJordan Pike\nTalent Partner, Sable & Co.",
    expect: [{ kind: 'no-contact-before', by: '2027-11-22' }],
  },
  {
    ...LDN,
    text: 'Dear Applicant,\n\nThank you for your application for the post of Teacher of Mathematics (maternity cover). We kindly request that applicants refrain from contacting the school regarding their application until after the closing date of 26 November.\n\nHR Office\nSt Aldhelm’s Academy Trust',
    expect: [{ kind: 'no-contact-before', by: '2027-11-27' }],
  },
  {
    ...SGP,
    text: 'Hi Nurul,\n\nThank you for your patience. Our regional team is reviewing all shortlisted profiles, so please allow us at least two weeks from today before checking in on your status.\n\nBest regards,\nGrace Lim\nTalent Acquisition, Straits Maritime Pte. Ltd.',
    expect: [{ kind: 'no-contact-before', by: '2027-11-23' }],
  },
  {
    ...LDN,
    text: "Automatic reply: Interview feedback\n\nHello, I'm on annual leave Wednesday 10 November - Tuesday 16 November with limited access to email. For anything urgent please contact resourcing@greyfriars.co.uk.\n\nMany thanks,\nGemma",
    expect: [{ kind: 'no-contact-before', by: '2027-11-17' }],
  },
  {
    ...NY,
    text: "Automatic reply: Following up – Account Executive\n\nThank you for your email. I am on PTO through Friday, November 12 and will respond to your message when I'm back on Monday, November 15. For urgent requests, please contact recruiting@harborpine.com.",
    expect: [{ kind: 'response-by', by: '2027-11-15' }],
  },
  {
    ...KOL,
    text: 'Hi,\n\nI am out of office till 12/11 with limited access to mails. Please reach out to hr.ops@zenvia.in for anything urgent.\n\nRegards,\nSunita',
    expect: [{ kind: 'no-contact-before', by: '2027-11-12' }],
  },
  // No-calls.
  {
    ...SYD,
    text: "Thanks for applying for the Barista role at Little Lane Espresso!\n\nPlease do not, even if you haven't heard from us for a while, phone the café about your application. We're a tiny team and we'll email everyone who makes the shortlist.\n\nLittle Lane Espresso · 4 Crown St, Surry Hills",
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...TOR,
    text: 'Thank you for your interest in careers at Lakeshore Community Health.\n\nPlease note that the hiring team isn’t able to return calls or voicemails about open positions. Candidates selected for an interview will be contacted by email.\n\nLakeshore Community Health · 1200 Queen St E, Toronto',
    expect: [{ kind: 'no-calls' }],
  },
  // Negatives: what real inboxes hold besides.
  {
    ...KOL,
    text: 'Rahul, 12 new jobs match your preferences\n\nData Analyst\nMeridian Insights · Hyderabad (Hybrid)\nActively recruiting · Apply by 20 Nov 2027\n\nBusiness Intelligence Developer\nAxon Retail · Bengaluru\nWalk-in interviews on 13 Nov, 10:00 to 16:00\n\nSee all jobs\n\nYou are receiving Job Alert emails. Manage your alerts · Unsubscribe\nLinkedIn Corporation, 1000 W Maude Ave, Sunnyvale, CA 94085',
    expect: [],
  },
  {
    ...NY,
    text: "You're invited: Nail the Panel Interview\n\nJoin career coach Dr. Maya Lindqvist live on Thursday, November 18 at 12:00 PM ET for a 45-minute session on answering behavioural questions.\n\nSave your seat → bit.ly/panelprep\n\nCan't make it? Register anyway and we'll send you the recording within 48 hours.\n\nHarbor Career Center · 88 Pearl St, New York NY 10004",
    expect: [],
  },
  {
    ...LDN,
    text: 'Dear Amara,\n\nThank you for your application to the 2028 Graduate Programme at Kestrel & Vine. The next stage is a video interview hosted on HireVue. Please complete it by 23:59 GMT on Sunday 14 November 2027.\n\nThe interview should take around 25 minutes. You will receive a reminder 24 hours before the deadline.\n\nGood luck!\nEarly Careers Team',
    expect: [],
  },
  {
    ...TOR,
    text: 'Reminder: Annual benefits enrolment closes Friday, November 19 at 11:59 p.m. ET. Changes take effect January 1, 2028.\n\nVisit the Sun Life portal to review your elections. Questions? Contact the HR Service Centre, Monday to Friday, 8:30 a.m.–4:30 p.m.',
    expect: [],
  },
  {
    ...JNB,
    text: 'Your payslip for November 2027 is now available on the Employee Self Service portal.\n\nPayment date: 25/11/2027\nIRP5 certificates for the 2028 tax year will be issued in April.\n\nPayroll Services | Karoo Mutual',
    expect: [],
  },
  {
    ...SYD,
    text: 'Good news, Lachlan! Your order #AU-558201 is on its way.\n\nEstimated delivery: Thu 11 Nov, between 9am and 1pm\n\nTrack your parcel at auspost.com.au. Need to change your delivery? Reply by 8pm the night before.',
    expect: [],
  },
  {
    ...LDN,
    text: 'Weekly agenda for Gemma Hart\n\nMon 15 Nov\n08:00 – 09:00\tGym\nTue 16 Nov\n12:30 – 13:30\tLunch with Aunt Pam\nThu 18 Nov\n18:30\tBook club\n\nGoogle Calendar · You are receiving this email because you enabled weekly agenda emails.',
    expect: [],
  },
  {
    ...NY,
    text: "Hi Gareth,\n\nI hope you had a good weekend. I wanted to check in on the Operations Manager role — when we spoke on November 2 you mentioned you were hoping to make a decision by the 12th. I'm still very keen and happy to provide anything else you need.\n\nBest,\nSamira Haddad\n(646) 555-0147",
    expect: [],
  },
  {
    ...LDN,
    text: 'Hi Jonah,\n\nThanks – received your certificates, all looks good.\n\nBest,\nFiona\n\n________________________________\nGreyfriars Consulting Ltd is registered in Scotland (SC512233). Registered office: 14 Queen Street, Edinburgh EH2 1JX. This email was scanned for viruses on 09/11/2027 at 14:03. Our privacy notice was last updated on 1 November 2027.',
    expect: [],
  },
  {
    ...TOR,
    text: 'Hiring Event!\n\nJoin Northway Logistics on Saturday, November 20 from 10 a.m. to 3 p.m. at 500 Commissioners St. On-the-spot interviews for warehouse associates — bring your resume and two pieces of ID.\n\nNorthway Logistics is an equal opportunity employer.',
    expect: [],
  },
  {
    ...KHI,
    text: 'Dear Candidate,\n\nThank you for appearing in the interview held on 4th November 2027 at 3:00 p.m. The result will be communicated to you in due course.\n\nRegards,\nHR Department\nSindh Agro Processing (Pvt.) Ltd.',
    expect: [],
  },
];
