// Round 150 (issue 13): fresh English whole messages, written BEFORE the engine read them, in the layouts of real
// mail (Greenhouse / Workday confirmations, Indian and Pakistani HR invitations, NHS and law-firm letters, out-of-
// office replies, job alerts, payroll and shipping notices, calendar digests, quoted replies, HTML flattened to text).
// Names, companies and dates are invented. Each row's answer follows TIMELINE-CONVENTIONS.md and issue 13's ruling
// on absences (an absence with its end gives no-contact-before its first day back). First run: FIRST_RUN.
import type { PhraseRow } from './phrases.table';

// Tuesday 16 March 2027, 08:45 local (US clocks have moved on 14 March; UK, Ireland and Sydney have not).
const NY = { sentAt: '2027-03-16T08:45:00-04:00', tz: 'America/New_York' } as const;
const TOR = { sentAt: '2027-03-16T08:45:00-04:00', tz: 'America/Toronto' } as const;
const LDN = { sentAt: '2027-03-16T08:45:00+00:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2027-03-16T08:45:00+00:00', tz: 'Europe/Dublin' } as const;
const KOL = { sentAt: '2027-03-16T08:45:00+05:30', tz: 'Asia/Kolkata' } as const;
const KHI = { sentAt: '2027-03-16T08:45:00+05:00', tz: 'Asia/Karachi' } as const;
const NBO = { sentAt: '2027-03-16T08:45:00+03:00', tz: 'Africa/Nairobi' } as const;
const JNB = { sentAt: '2027-03-16T08:45:00+02:00', tz: 'Africa/Johannesburg' } as const;
const SGP = { sentAt: '2027-03-16T08:45:00+08:00', tz: 'Asia/Singapore' } as const;
const HKG = { sentAt: '2027-03-16T08:45:00+08:00', tz: 'Asia/Hong_Kong' } as const;
const SYD = { sentAt: '2027-03-16T08:45:00+11:00', tz: 'Australia/Sydney' } as const;

/** Round 150: English whole messages. */
export const ROUND_150_EN: readonly PhraseRow[] = [
  {
    ...NY,
    text: 'Hi Daniela,\n\nThank you for taking the time to speak with us! This email confirms your interview for the Senior Product Designer position at Quillmark.\n\nDate: Tuesday, March 23, 2027\nTime: 2:00 PM - 3:15 PM EDT\nLocation: Google Meet – meet.google.com/qvx-tkam-rbe\nInterviewers: Rhea Kapoor (Design Director), Tom Bell (Product Manager)\n\nIf you need to reschedule, please let me know at least 24 hours in advance.\n\nBest,\nJordan Ames\nRecruiting Coordinator | Quillmark\n(646) 555-0142 | 120 Hudson St, Fl 4, New York, NY 10013',
    expect: [{ kind: 'interview', by: '2027-03-23', time: '14:00' }],
  },
  {
    ...LDN,
    text: 'Dear Callum,\n\nUnfortunately&nbsp;Helen&nbsp;has been called into a client meeting, so we need to cancel your interview on Thursday 18 March at 11:00.\n\n•\tNew date: Monday 22 March\n•\tNew time: 15:30 (GMT)\n•\tVenue: 3rd floor, 14 Leadenhall St, London EC3V 1LR\n\nSorry for the inconvenience.\n\nKind regards\nSiobhan Reilly\nResourcing Partner',
    expect: [{ kind: 'interview', by: '2027-03-22', time: '15:30' }],
  },
  {
    ...KOL,
    text: 'Dear Ananya,\n\nGreetings from Vistara Infotech!\n\nYour profile has been shortlisted for the Java Developer role. Kindly share your availability for the technical round in any one of below slots:\n\n1) 18-03-2027 11:00 AM IST\n2) 18-03-2027 03:30 PM IST\n3) 19-03-2027 10:00 AM IST\n\nRegards,\nSuresh Menon\nHR - Talent Acquisition\nMob: +91 98450 12345',
    expect: [],
  },
  {
    ...SGP,
    text: 'Dear Wei Ling,\n\nThank you for applying for the position of Operations Executive with Marisol Logistics Pte Ltd. We have received your application.\n\nShortlisted candidates will be invited for interviews between 29 March and 9 April 2027. Only shortlisted candidates will be notified.\n\nYours sincerely,\nHuman Resource Department\nMarisol Logistics Pte Ltd | 8 Tuas Ave 3, Singapore 639405',
    expect: [],
  },
  {
    ...NY,
    text: "Hi Marcus — quick note to say we're still interviewing a couple of other candidates this Thursday and Friday (3/18 and 3/19). Once those wrap up we'll compare notes. Thanks for hanging in there!\n\nSent from my iPhone",
    expect: [],
  },
  {
    ...DUB,
    text: "Hi Aoife,\n\nThanks so much for meeting with Ciarán and me yesterday. Our process is that the panel meets on Friday to review all the finalists, and candidates are told the outcome within three working days of that meeting.\n\nBest regards,\nNiamh O'Sullivan\nTalent Acquisition | Brennock Analytics\nT: +353 1 555 0198\nBrennock Analytics Ltd, registered in Ireland no. 654321",
    expect: [{ kind: 'response-by', by: '2027-03-24' }],
  },
  {
    ...JNB,
    text: 'Hi Thandi\n\nThe closing date for the Graduate Accountant programme is 26 March 2027. Assessment centre invitations will go out within two weeks of the closing date.\n\nKind regards\nLerato Mokoena\nEarly Careers | Umhlanga Mutual\n+27 31 555 0100',
    expect: [{ kind: 'response-by', by: '2027-04-09' }],
  },
  {
    ...NY,
    text: "Hi Priyanka,\n\nThanks for your patience through all of this. As things stand — and assuming the comp committee doesn't push back, which I don't expect — you should have a decision from us no later than Thursday, March 25.\n\nTalk soon,\nBrett",
    expect: [{ kind: 'response-by', by: '2027-03-25' }],
  },
  {
    ...NY,
    text: "Hi Omar, great speaking with you today. I'll write up the feedback from the panel and you'll have it in your inbox by end of day Friday.\n\n— Kelsey Tran | Talent Partner | Lumen Freight | 312-555-0177",
    expect: [{ kind: 'response-by', by: '2027-03-19' }],
  },
  {
    ...LDN,
    text: 'Hello Fatima,\n\nThank you for your interest. As we are receiving a very high volume of applications, we kindly ask that you refrain from contacting the team for an update until after 31 March.\n\nRegards,\nRecruitment Team\nNorthgate Housing Association',
    expect: [{ kind: 'no-contact-before', by: '2027-04-01' }],
  },
  {
    ...KHI,
    text: 'Dear Bilal,\n\nThe panel will be shortlisting over the next fortnight. Please hold off on any follow-up emails until Monday 29th March.\n\nBest wishes,\nSana Qureshi\nHR Officer, Indus Textiles Ltd, Karachi\nPh: +92 21 3555 0123',
    expect: [{ kind: 'no-contact-before', by: '2027-03-29' }],
  },
  {
    ...NY,
    text: 'Automatic reply: Interview availability\n\nThank you for your email. I am out of the office from Monday, March 15 through Friday, March 26 with limited access to email. I will be back in the office on Monday, March 29. For urgent recruiting matters, please contact recruiting@harborlane.com.\n\nWarm regards,\nDevon Marsh',
    expect: [{ kind: 'no-contact-before', by: '2027-03-29' }],
  },
  {
    ...HKG,
    text: "Hi Kenneth, apologies for the slow reply — our hiring manager Ms. Chan is on annual leave until 24/3. I'll chase her for feedback as soon as she's back. Cheers, Iris",
    expect: [{ kind: 'no-contact-before', by: '2027-03-24' }],
  },
  {
    ...NY,
    text: "Hi all,\n\nThanks for applying to the Barista position at Copper Kettle. Because we're a small team, we ask that you not, under any circumstances, call or drop by the café to ask about your application. We'll email everyone we'd like to meet.\n\nCopper Kettle Coffee · 88 Elm St, Portland ME",
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...NBO,
    text: 'Dear Applicant,\n\nYour application for Customer Service Advisor (Ref CSA-2231) has been received. Please note our recruitment team is not able to take telephone enquiries regarding the status of applications.\n\nNairobi Water Services Ltd\nP.O. Box 30000-00100, Nairobi',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...LDN,
    text: "Dear Mr Okonkwo,\n\nRe: Application for the post of Clinical Pharmacist (Ref 2027/114)\n\nThank you for attending interview on 11 March 2027. I regret to inform you that on this occasion you have not been successful.\n\nFeedback is available on request until 30 April 2027.\n\nYours sincerely,\nMrs J. Patel\nRecruitment Manager, St Aldhelm's NHS Trust",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...SYD,
    text: "Hi Jess,\n\nI'm delighted to let you know that we'd like to offer you the role of Marketing Coordinator at Wattle & Finch! Your formal letter of offer is attached — please sign and return it by COB Friday 19 March.\n\nYour proposed start date is Monday 12 April.\n\nCheers,\nBen Halloran\nPeople & Culture | Wattle & Finch Pty Ltd\nLevel 5, 20 Bond St, Sydney NSW 2000 | 02 9555 0123",
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...SGP,
    text: 'Hi Arjun,\n\nConfirming your final-round interview with our VP of Engineering on Wednesday, March 24 at 5:00 PM (PDT). For you in Singapore that is early Thursday morning, so thanks for being flexible!\n\nBest,\nLindsay\nHelio Labs Recruiting',
    expect: [{ kind: 'interview', by: '2027-03-25', time: '08:00' }],
  },
  {
    ...TOR,
    text: 'Interview Scheduled\n\nCandidate:\tMaya Thompson\nRequisition:\tR-004512 Data Engineer II\nInterview Type:\tVideo - Microsoft Teams\nDate:\t2027-03-30\nStart Time:\t13:00 (America/Toronto)\nDuration:\t60 min\n\nThis message was sent by Workday on behalf of Laurentide Bank. Please do not reply to this email.',
    expect: [{ kind: 'interview', by: '2027-03-30', time: '13:00' }],
  },
  {
    ...LDN,
    text: "Hi Rachel,\n\nThank you for the update. I'm available any time on Wednesday 24 March or Thursday 25 March after 2pm, and I'd be grateful to hear back on next steps by the end of the month if possible.\n\nBest regards,\nTomás Ferreira\n+44 7700 900321",
    expect: [],
  },
  {
    ...JNB,
    text: "Jobs you may be interested in\n\nSenior Analyst · Baobab Capital · Johannesburg · Closing date: 02/04/2027\nRisk Manager · Karoo Bank · Cape Town · Interviews held week of 12 April\n\nYou're receiving this because you set up a job alert on CareerHub SA. Manage alerts | Unsubscribe\n© 2027 CareerHub (Pty) Ltd",
    expect: [],
  },
  {
    ...LDN,
    text: "You're invited: Cracking the Case Interview — live on Thursday 25 March, 18:30–19:30 GMT. Seats are limited, so register by 23 March.\n\nHosted by Alumni Careers, University of Edinburgh.\nIf you no longer wish to receive these emails, click here.",
    expect: [],
  },
  {
    ...LDN,
    text: 'Dear Candidate,\n\nAs part of your application to Meridian Grid, please complete the online numerical reasoning assessment by 23:59 UK time on 21 March 2027. The assessment takes about 25 minutes.\n\nThis link will expire after the deadline.\n\nMeridian Grid Graduate Recruitment',
    expect: [],
  },
  {
    ...NY,
    text: 'Reminder: Open enrollment for your 2027–28 benefits closes on Friday, April 2 at 5:00 PM ET. Changes take effect May 1. Questions? Call the HR Service Center at 1-800-555-0199, Mon–Fri 8am–6pm.',
    expect: [],
  },
  {
    ...LDN,
    text: 'Your payslip for March 2027 is now available on the employee portal. Payment date: 26/03/2027. Net pay will be credited to account ending 4471.\n\nThis is an automated message from Payroll Services, Ashworth Group plc. Please do not reply.',
    expect: [],
  },
  {
    ...NY,
    text: "Your order #112-4487-220 has shipped! Estimated delivery: Thu, Mar 18 – Sat, Mar 20. Track your package: ups.com/track\n\nQuestions? We're here 24/7.",
    expect: [],
  },
  {
    ...NY,
    text: 'Your agenda for Tuesday, March 16\n\n9:00 AM – 9:30 AM\tStand-up\n12:00 PM – 1:00 PM\tLunch & learn: interview skills\n3:00 PM – 3:45 PM\t1:1 with Dana\n\nGoogle Calendar · You are receiving this email because you are subscribed to daily agendas.',
    expect: [],
  },
  {
    ...NY,
    text: "Thanks for applying to Kinetic Health! We've received your application for Patient Services Representative and our team will review it. If your experience is a match, a recruiter will reach out.\n\nKinetic Health is an Equal Opportunity Employer. This notice was last updated on January 4, 2027. Under the California Consumer Privacy Act, you may request deletion of your data within 45 days of this notice.",
    expect: [],
  },
  {
    ...LDN,
    text: 'Perfect, see you then!\n\nAmelia\n\nOn Mon, 15 Mar 2027 at 16:02, Rahul Verma <rahul.verma@corvidae.co.uk> wrote:\n> Hi Amelia, could you do Friday 19 March at 10:30 instead of Thursday?\n>\n>> On Fri, 12 Mar 2027, Amelia Clarke wrote:\n>> I can do Thursday 18 March at 14:00.',
    expect: [{ kind: 'interview', by: '2027-03-19', time: '10:30' }],
  },
  {
    ...NY,
    text: 'hey Kofi - thx for chatting earlier!! hiring mgr is out til wed but i shd have feedback for u by thurs latest. cheers, Dani\n\nSent from my Samsung Galaxy smartphone.',
    expect: [{ kind: 'response-by', by: '2027-03-18' }],
  },
  {
    ...JNB,
    text: 'Hi Naledi,\n\nGood news: the references came back positive and the panel has approved your appointment. HR will send the contract within 5 working days.\n\nRegards,\nPieter',
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2027-03-23' },
    ],
  },
  {
    ...LDN,
    text: "Hi Sinead, are you free for a quick chat with our CTO on 25/03 at 4.30pm? It'll be on Teams, 30 mins max.\nThanks\nGareth\n\nGareth Lloyd | Talent Lead | Cwm Digital\n029 2055 0123",
    expect: [{ kind: 'interview', by: '2027-03-25', time: '16:30' }],
  },
  {
    ...LDN,
    text: "Dear Kiran,\n\nThank you for completing the assessment day. Our partners will be reviewing all candidates over the coming weeks; in the meantime we'd ask you to please give us until 9 April before chasing for news.\n\nWarm regards,\nHelena Moss\nGraduate Recruitment, Pryor & Vale LLP",
    expect: [{ kind: 'no-contact-before', by: '2027-04-09' }],
  },
  {
    ...KHI,
    text: 'Dear Mr. Raza,\n\nWe are pleased to invite you for a face-to-face interview for the post of Assistant Manager Finance.\n\nDate: Monday, 22nd March 2027\nTime: 10:00 am (PKT)\nVenue: 4th Floor, Dolmen Tower, Clifton, Karachi\n\nKindly confirm your attendance by 18th March. Please bring your original CNIC and educational documents.\n\nRegards,\nHR Department',
    expect: [{ kind: 'interview', by: '2027-03-22', time: '10:00' }],
  },
  {
    ...NY,
    text: "Hi Chloe,\n\nI'm really sorry to do this, but we've had to cancel tomorrow's 11:30 interview as the role has been put on hold pending a budget review. I'll be in touch if anything changes.\n\nBest,\nMarcus",
    expect: [],
  },
  {
    ...TOR,
    text: 'The Hiring Pulse, March edition\n\nIn this issue: why 72% of candidates expect to hear back within a week; our guide to structured interviews; and save the date for TalentCon on 14 May 2027.\n\n© 2027 Pulse Media, 1 King St W, Toronto. Unsubscribe',
    expect: [],
  },
  {
    ...SYD,
    text: 'Hi Rohan,\n\nJust confirming we have received your documents. As mentioned, your panel interview is on Thursday 18 March at 2:30pm AEDT, and we aim to let all interviewees know the result within five working days of their interview.\n\nKind regards,\nEmily Tran\nTalent Acquisition Advisor\nHarbourline Insurance | 1 Macquarie Pl, Sydney',
    expect: [
      { kind: 'interview', by: '2027-03-18', time: '14:30' },
      { kind: 'response-by', by: '2027-03-25' },
    ],
  },
  {
    ...KOL,
    text: "Hi Deepak,\n\nDue to a clash in the panel's calendar, your HR round scheduled for 17-Mar-2027 at 12:00 PM stands cancelled. The revised slot is 19-Mar-2027, 4:00 PM IST. Teams invite to follow.\n\nThanks & Regards,\nKavya R\nTalent Acquisition | Nimbus Softech Pvt Ltd, Bengaluru",
    expect: [{ kind: 'interview', by: '2027-03-19', time: '16:00' }],
  },
];
