// Round 620 (issue 13): written BEFORE the engine read it, on a Thursday in mid-September, on mail that carries other
// mail: a reply above its quoted history, a recruiter's forward of the hiring manager's note, Outlook's Teams block
// with a zone label written at its standard offset ("(UTC+00:00) Dublin, Edinburgh, Lisbon, London" while London is
// on summer time), a bilingual Canadian confirmation. Also "week commencing 26 September", a shortlisting counted from
// a closing date, a school that asks not to be contacted, "you have not been successful", an offer recapped after a
// call, an absence with a promise "as soon as I'm back", "by Monday at the latest", a walk-in interview the reader is
// asked to report for, "by end-Sept", "say 2ish". Negatives: interviews postponed to a date to be communicated, an
// availability request with no day, a delivery, a book club on a book called 'Hired', a viewing of the reader's flat,
// approved leave, open enrolment, parent–teacher conferences, a job alert, the reader's candidate who confirmed, a
// hackathon's judge, a vet, an agency's bank-holiday closure. Names, companies and dates are invented; answers follow
// TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Thursday 15 September 2039, 17:55 local.
const NY = { sentAt: '2039-09-15T17:55:00-04:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2039-09-15T17:55:00-05:00', tz: 'America/Chicago' } as const;
const TOR = { sentAt: '2039-09-15T17:55:00-04:00', tz: 'America/Toronto' } as const;
const LDN = { sentAt: '2039-09-15T17:55:00+01:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2039-09-15T17:55:00+01:00', tz: 'Europe/Dublin' } as const;
const ACC = { sentAt: '2039-09-15T17:55:00+00:00', tz: 'Africa/Accra' } as const;
const NBO = { sentAt: '2039-09-15T17:55:00+03:00', tz: 'Africa/Nairobi' } as const;
const JNB = { sentAt: '2039-09-15T17:55:00+02:00', tz: 'Africa/Johannesburg' } as const;
const MAA = { sentAt: '2039-09-15T17:55:00+05:30', tz: 'Asia/Kolkata' } as const;
const SIN = { sentAt: '2039-09-15T17:55:00+08:00', tz: 'Asia/Singapore' } as const;
const SYD = { sentAt: '2039-09-15T17:55:00+10:00', tz: 'Australia/Sydney' } as const;
const AKL = { sentAt: '2039-09-15T17:55:00+12:00', tz: 'Pacific/Auckland' } as const;

/** Round 620: English whole messages, fifteen positives and fifteen negatives. */
export const ROUND_620_EN: readonly PhraseRow[] = [
  // Positives.
  {
    ...LDN,
    text: "Perfect, Friday 23rd at 10am it is. I've sent the calendar invite with the address.\n\nBest,\nCarla\n\nOn Wed, 14 Sep 2039 at 18:40, Tom Baker <tom.baker@fastmail.com> wrote:\n> Hi Carla, Friday at 10 would be best for me, thanks.\n> Tom",
    expect: [{ kind: 'interview', by: '2039-09-23', time: '10:00' }],
  },
  {
    ...NY,
    text: "Hi Aisha, forwarding the details from the hiring manager below. Good luck!\n\nPriya\n\n---------- Forwarded message ---------\nFrom: Greg Lin <greg.lin@orbitalcare.com>\nDate: Wed, Sep 14, 2039 at 4:12 PM\nSubject: Interview – Aisha Rahman\nTo: Priya Shah <priya.shah@orbitalcare.com>\n\nHi Priya, please invite Aisha for Tuesday 20 September, 11:00–12:00, Room 5. I'll have Dana join.\n\nGreg",
    expect: [{ kind: 'interview', by: '2039-09-20', time: '11:00' }],
  },
  {
    ...LDN,
    text: "Dear Applicant,\n\nThank you for applying for the Marketing Coordinator role. We've had an overwhelming response and will be contacting shortlisted candidates in the week commencing 26 September.\n\nKind regards,\nPeople Team, Fenwick & Hale",
    expect: [{ kind: 'response-by', by: '2039-09-30' }],
  },
  {
    ...DUB,
    text: 'Dear Eoin,\n\nThank you for your application for the post of Clerical Officer. Following the closing date on 30 September, we aim to complete shortlisting within 10 working days.\n\nYours sincerely,\nHR Unit, Dún Laoghaire Harbour Company',
    expect: [{ kind: 'response-by', by: '2039-10-14' }],
  },
  {
    ...SYD,
    text: 'Dear applicant,\n\nThank you for applying for the Teaching Assistant position. Please do not contact the school directly regarding your application. Shortlisted applicants will be contacted by the Business Manager.\n\nSt Brigid’s Catholic College',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...LDN,
    text: 'Dear Mr Okonjo,\n\nThank you for your recent application for the post of Finance Assistant. I regret to inform you that on this occasion you have not been successful in being shortlisted for interview.\n\nYours sincerely,\nRecruitment Team, Northfield Borough Council',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...JNB,
    text: "Hi Sizwe,\n\nAs discussed on the phone, I'm delighted to confirm our offer of the Site Engineer position at a salary of R620,000 per annum. The written offer follows tomorrow.\n\nRegards,\nMarike van Wyk\nHR Manager, Highveld Civils",
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2039-09-16' },
    ],
  },
  {
    ...AKL,
    text: "Kia ora Mere,\n\nI'm out until Monday 26 September and will pick this up as soon as I'm back.\n\nNgā mihi,\nLiam\nTalent Partner, Southern Cross Energy",
    expect: [{ kind: 'response-by', by: '2039-09-26' }],
  },
  {
    ...ACC,
    text: 'Microsoft Teams meeting\n\nInterview: Graduate Engineer – Ama Boateng\nWednesday, 21 September 2039 14:00-14:45 (UTC+00:00) Dublin, Edinburgh, Lisbon, London\n\nJoin on your computer or mobile app\nClick here to join the meeting',
    expect: [{ kind: 'interview', by: '2039-09-21', time: '13:00' }],
  },
  {
    ...CHI,
    text: "Hi Marcus,\n\nThanks for your patience. The panel is meeting tomorrow, and I'll update you by Monday at the latest.\n\nBest,\nRenee",
    expect: [{ kind: 'response-by', by: '2039-09-19' }],
  },
  {
    ...MAA,
    text: 'Dear Candidate,\n\nWith reference to your application for the post of Accounts Executive, you are requested to report for the walk-in interview on 17.09.2039 (Saturday) between 10:00 AM and 1:00 PM at our Chennai office, Anna Salai. Kindly bring your original certificates.\n\nRegards,\nHR Department',
    expect: [{ kind: 'interview', by: '2039-09-17', time: '10:00' }],
  },
  {
    ...SIN,
    text: 'Hi Jun Wei,\n\nThank you for your time on Tuesday. The team is still finalising the shortlist and we will update you on the outcome by end-Sept.\n\nBest regards,\nMichelle',
    expect: [{ kind: 'response-by', by: '2039-09-30' }],
  },
  {
    ...TOR,
    text: 'Your interview is confirmed for Monday, September 19 at 1:30 p.m. (ET) / Votre entrevue est confirmée pour le lundi 19 septembre à 13 h 30 (HE).\n\nPublic Service Commission / Commission de la fonction publique',
    expect: [{ kind: 'interview', by: '2039-09-19', time: '13:30' }],
  },
  {
    ...LDN,
    text: 'Hi Josh,\n\nLoved your portfolio! Can you come in for a chat with the team on Wed 21st, say 2ish? Nothing formal.\n\nCheers,\nBen\nFounder, Grain Studio',
    expect: [{ kind: 'interview', by: '2039-09-21', time: '14:00' }],
  },
  {
    ...NBO,
    text: 'Dear Achieng,\n\nThank you for attending the interview on Tuesday. Feedback will be communicated to all candidates within two weeks.\n\nRegards,\nHuman Resources, Lake Basin Development Authority',
    expect: [{ kind: 'response-by', by: '2039-09-29' }],
  },
  // Negatives.
  {
    ...NBO,
    text: 'Dear Candidate,\n\nKindly note that the interviews scheduled for Monday 19th September 2039 have been postponed to a date to be communicated. We regret any inconvenience.\n\nHuman Resources',
    expect: [],
  },
  {
    ...LDN,
    text: "Hi Josh,\n\nCould you send me your availability for next week? I'll set up a call with the hiring manager once I have it.\n\nThanks,\nRuth",
    expect: [],
  },
  {
    ...CHI,
    text: 'Your package is on its way! Expected delivery: Friday, September 16 between 2pm and 6pm. Track your order in the app.',
    expect: [],
  },
  {
    ...DUB,
    text: "Hi all,\n\nBook club meets next Thursday at 7pm at Siobhán's to discuss 'Hired' by James Bloodworth. Bring snacks!\n\nAoife",
    expect: [],
  },
  {
    ...SYD,
    text: "Hi, I saw your listing for the two-bedroom flat in Glebe. I'd like to view it on Saturday at 11 if it's still available. I'm relocating for a new job.\n\nThanks,\nPriya",
    expect: [],
  },
  {
    ...LDN,
    text: 'Your leave request for 26–30 September has been approved by your manager, Karen Ellis.\n\nThis is an automated message from Workday.',
    expect: [],
  },
  {
    ...NY,
    text: 'Open enrolment for your 2040 benefits runs from October 1 to October 15. Make your elections in the benefits portal before the window closes.\n\nHR Benefits Team',
    expect: [],
  },
  {
    ...TOR,
    text: 'Dear Families,\n\nParent–teacher conferences are on Thursday, September 22 from 4:00 to 7:30 p.m. Please book a slot through the school app.\n\nMaple Grove Public School',
    expect: [],
  },
  {
    ...JNB,
    text: '3 new jobs match your search\n\nSite Engineer – Highveld Civils, Midrand (closes 30 Sep)\nProject Engineer – Aurecon, Pretoria (closes 7 Oct)\n\nView all jobs on Careers24.',
    expect: [],
  },
  {
    ...NY,
    text: "Hi Greg,\n\nAisha confirmed Tuesday 20 September at 11. I've booked Room 5 and sent her the parking details.\n\nPriya",
    expect: [],
  },
  {
    ...AKL,
    text: 'Kia ora Liam,\n\nThanks so much for agreeing to judge our student hackathon on Saturday 24 September! Judging starts at 1pm in the Owen G Glenn Building.\n\nNgā mihi,\nTech Club',
    expect: [],
  },
  {
    ...SYD,
    text: "Bella's annual vaccination is due on 28 September. Book online or call us on 02 9555 0182.\n\nGlebe Vet Clinic",
    expect: [],
  },
  {
    ...LDN,
    text: "Hi Josh,\n\nJust a heads-up that our office will be closed on Monday 26 September for the bank holiday. We'll be back on Tuesday.\n\nBest,\nRuth\nBrightwater Recruitment",
    expect: [],
  },
  {
    ...SIN,
    text: "Hi Jun Wei,\n\nThanks for applying to Lumen Analytics! We'll review your profile and reach out if there's a match.\n\nLumen Talent Team",
    expect: [],
  },
  {
    ...MAA,
    text: 'Dear Sir/Madam,\n\nYour passport application appointment at the Passport Seva Kendra, Chennai is confirmed for 20/09/2039 at 09:45 AM. Please carry original documents.\n\nPassport Seva',
    expect: [],
  },
];
