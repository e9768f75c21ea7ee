// Round 310 (issue 13): written BEFORE the engine read it, after round 300's fixes. Applicant tracking systems'
// mail as it arrives, with its boilerplate (equal-opportunity statements, sent-on stamps, office hours, copyright
// lines, data-retention notices, DocuSign expiry lines) around the finding, and negatives made of such boilerplate or
// of interviews and applications in other senses (a job digest, an unfinished application, a profile's deletion, a
// self-identification survey, a new hire's benefits window, a rental application, a podcast, a visa interview, a
// school's admissions interview, a scholarship, an office closure, a ride receipt). Names, companies and dates are
// invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Thursday 15 November 2029, 08:45 local.
const NY = { sentAt: '2029-11-15T08:45:00-05:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2029-11-15T08:45:00-06:00', tz: 'America/Chicago' } as const;
const DEN = { sentAt: '2029-11-15T08:45:00-07:00', tz: 'America/Denver' } as const;
const LA = { sentAt: '2029-11-15T08:45:00-08:00', tz: 'America/Los_Angeles' } as const;
const LDN = { sentAt: '2029-11-15T08:45:00+00:00', tz: 'Europe/London' } as const;
const STO = { sentAt: '2029-11-15T08:45:00+01:00', tz: 'Europe/Stockholm' } as const;
const CAI = { sentAt: '2029-11-15T08:45:00+02:00', tz: 'Africa/Cairo' } as const;
const JNB = { sentAt: '2029-11-15T08:45:00+02:00', tz: 'Africa/Johannesburg' } as const;
const DXB = { sentAt: '2029-11-15T08:45:00+04:00', tz: 'Asia/Dubai' } as const;
const KOL = { sentAt: '2029-11-15T08:45:00+05:30', tz: 'Asia/Kolkata' } as const;

/** Round 310: English whole messages, half of them negatives. */
export const ROUND_310_EN: readonly PhraseRow[] = [
  // Positives.
  {
    ...NY,
    text: 'Dear Kofi,\n\nThank you for your continued interest in Meridian Health. We are pleased to invite you to a panel interview for the position of Clinical Data Manager (JR-118204).\n\nDate: Tuesday, November 20, 2029\nTime: 10:00 AM – 11:30 AM Eastern Time\nFormat: Microsoft Teams (link to follow)\n\nIf you require a reasonable accommodation, please contact accommodations@meridianhealth.com.\n\nMeridian Health is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, national origin, disability or veteran status.\n\nThis message was sent on 11/15/2029 at 8:45 AM. Please do not reply to this email.',
    expect: [{ kind: 'interview', by: '2029-11-20', time: '10:00' }],
  },
  {
    ...NY,
    text: 'Dear Lauren,\n\nThank you for applying for the Retail Store Manager position at Brookfield Outfitters. After reviewing your qualifications, we have decided to move forward with other candidates at this time. We encourage you to apply again in the future.\n\nSincerely,\nBrookfield Outfitters Talent Acquisition\n\nBrookfield Outfitters | 1200 Market St, Philadelphia, PA 19107 | Customer Service: Mon–Fri 9am–6pm ET\n© 2029 Brookfield Outfitters. All rights reserved.',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...DXB,
    text: 'Hi Ahmed,\n\nThanks for applying to the Mechanical Engineer role at Falcon Dynamics! Our recruiting team is reviewing your application and will get back to you within 10 business days.\n\nBest regards,\nFalcon Dynamics Recruiting\n\nPowered by SmartRecruiters | Privacy Policy | Sent 15 Nov 2029',
    expect: [{ kind: 'response-by', by: '2029-11-29' }],
  },
  {
    ...LDN,
    text: 'Hi Chris,\n\nThe client has confirmed your second interview for Monday 19 November at 2pm at their Canary Wharf office. Please arrive 10 minutes early and ask for Helen Ward.\n\nKind regards,\nPriya Shah\nSenior Consultant | Hays Finance\nOffice hours: Monday to Friday, 8:30am – 5:30pm',
    expect: [{ kind: 'interview', by: '2029-11-19', time: '14:00' }],
  },
  {
    ...STO,
    text: 'Hi Elin,\n\nThank you for interviewing with us last week! We will give you an answer no later than Friday 23 November.\n\nBest wishes,\nNorrsken Energy\n\nWe process your personal data in accordance with GDPR. Your data will be deleted 6 months after the recruitment process ends.',
    expect: [{ kind: 'response-by', by: '2029-11-23' }],
  },
  {
    ...LDN,
    text: 'Dear Applicant,\n\nThank you for your application to the Graduate Scheme 2030. Applications close on 30 November 2029. Please do not contact us regarding the status of your application before 10 December 2029; we will contact all applicants by 21 December 2029.\n\nGraduate Recruitment, Caledonian Water\nRegistered in Scotland No. SC123456',
    expect: [
      { kind: 'no-contact-before', by: '2029-12-10' },
      { kind: 'response-by', by: '2029-12-21' },
    ],
  },
  {
    ...LA,
    text: 'Hi Mateo,\n\nCongratulations! Please find your offer letter for the Sales Development Representative role attached via DocuSign. Kindly sign by Tuesday, November 20.\n\nWelcome to the team!\nJess\nPeople Ops, Pinecone Labs\n\nDocuSign: Please review and sign your document. This envelope expires on 12/15/2029.',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...KOL,
    text: 'Hi Kavya,\n\nApologies – we need to move your final interview from Friday 16 November to Monday 19 November, same time (3:00 PM GMT). Hope that still works.\n\nBest,\nRecruiting, Thames Analytics',
    expect: [{ kind: 'interview', by: '2029-11-19', time: '20:30' }],
  },
  {
    ...DEN,
    text: 'Hello Sam,\n\nWe have received your application for Line Cook at Copper Kettle Bistro. If selected for an interview, we will contact you by email.\n\nNo phone calls or walk-ins, please.\n\nCopper Kettle Bistro\nOpen daily 11am–10pm',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...LA,
    text: 'yo Dev, quick heads up — hiring manager wants to do a 30 min chat tmrw at 4pm PT, cool? lmk\n\nsent from mobile',
    expect: [{ kind: 'interview', by: '2029-11-16', time: '16:00' }],
  },
  {
    ...CAI,
    text: 'Hi Amira,\n\nThank you for your time yesterday. We are collecting feedback from the panel and will be in touch over the next few days.\n\nKind regards,\nHR, Nile Logistics',
    expect: [{ kind: 'response-by', by: '2029-11-20', fuzzy: true }],
  },
  {
    ...CHI,
    text: "Hi Tyler,\n\nWe're pausing decisions for the holiday, so expect to hear from us after Thanksgiving.\n\nThanks,\nRachel\nRecruiter, Prairie Mutual",
    expect: [{ kind: 'response-by', by: '2029-11-29', fuzzy: true }],
  },
  // Negatives.
  {
    ...LDN,
    text: 'Your daily job digest – 15 Nov 2029\n\nWarehouse Associate · Amazon · Posted 2 days ago · Interviews held Tuesdays 9am–12pm\nForklift Driver · DHL · Apply by 30 Nov\n\nManage alerts · Unsubscribe',
    expect: [],
  },
  {
    ...NY,
    text: "Hi Sam,\n\nWe noticed you started an application for Customer Success Manager but didn't finish it. Complete your application by November 30 to be considered!\n\nHubSpot Careers",
    expect: [],
  },
  {
    ...STO,
    text: 'Your candidate profile will be deleted on 15 May 2030 in line with our data retention policy. To keep your profile, log in before then.\n\nNordic Talent Portal',
    expect: [],
  },
  {
    ...NY,
    text: 'Thank you for applying. Please complete our voluntary self-identification survey within 7 days. Your responses will not affect your application.',
    expect: [],
  },
  {
    ...LA,
    text: 'Welcome to Pinecone Labs! Your benefits enrollment window closes on November 30. Your first payday is December 7.',
    expect: [],
  },
  {
    ...NY,
    text: 'Hi Sam,\n\nThanks for your rental application for 22 Maple Ave. The landlord will make a decision within 3 business days. A holding deposit is due upon approval.\n\nRedwood Realty',
    expect: [],
  },
  {
    ...LDN,
    text: "Hi Dr. Okafor,\n\nThanks for agreeing to be interviewed for our podcast. We'll record on Tuesday 20 November at 4pm GMT via Riverside.\n\nThe Data Stories team",
    expect: [],
  },
  {
    ...LDN,
    text: 'Your visa interview at the U.S. Embassy London is scheduled for 21 November 2029 at 08:15. Bring your DS-160 confirmation page.',
    expect: [],
  },
  {
    ...LDN,
    text: 'Dear Parent,\n\nWe are pleased to invite Amara for an admissions interview on Wednesday 21 November at 9:30am. Please bring her latest school report.\n\nSt Anne’s School',
    expect: [],
  },
  {
    ...JNB,
    text: 'Dear Nadia,\n\nCongratulations! You have been shortlisted for the Rhodes Scholarship. Interviews will be held on 28 November 2029 in Johannesburg; your slot will be confirmed by 20 November.\n\nRhodes Trust',
    expect: [],
  },
  {
    ...NY,
    text: 'Reminder: the office is closed on Thursday 22 November for Thanksgiving. IT maintenance is scheduled for Saturday 24 November from 8am to noon.',
    expect: [],
  },
  {
    ...NY,
    text: 'Thanks for riding, Sam. Your trip on Thursday 15 November at 8:12 AM cost $18.40.',
    expect: [],
  },
];
