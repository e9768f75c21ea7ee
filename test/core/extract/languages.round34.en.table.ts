// Round 380 (issue 13): written BEFORE the engine read it, after round 370's fixes and mailbox 7. Mostly positives in
// the layouts of applicant tracking systems not tried in recent rounds (iCIMS flattened to "Label | value", Taleo,
// JazzHR, Workable, Personio in English with "17.04.2030", a Naukri-style invitation) and recruiters writing casually
// ("client wants to see u tmrw at 11"), postponing without a new date, counting a window from the interview, or
// writing "if you have not heard from us within 30 days of the closing date". Negatives: an annual review, a ride, a
// room booking, the reader hosting a candidate's lunch, a rental inspection, a Bürgeramt appointment, a card's video
// KYC, a swim lesson, an agency CV sent to the reader, a newsletter. Names, companies and dates are invented; answers
// follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Tuesday 9 April 2030, 09:10 local.
const NY = { sentAt: '2030-04-09T09:10:00-04:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2030-04-09T09:10:00-05:00', tz: 'America/Chicago' } as const;
const DEN = { sentAt: '2030-04-09T09:10:00-06:00', tz: 'America/Denver' } as const;
const PHX = { sentAt: '2030-04-09T09:10:00-07:00', tz: 'America/Phoenix' } as const;
const LA = { sentAt: '2030-04-09T09:10:00-07:00', tz: 'America/Los_Angeles' } as const;
const TOR = { sentAt: '2030-04-09T09:10:00-04:00', tz: 'America/Toronto' } as const;
const LDN = { sentAt: '2030-04-09T09:10:00+01:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2030-04-09T09:10:00+01:00', tz: 'Europe/Dublin' } as const;
const BER = { sentAt: '2030-04-09T09:10:00+02:00', tz: 'Europe/Berlin' } as const;
const JNB = { sentAt: '2030-04-09T09:10:00+02:00', tz: 'Africa/Johannesburg' } as const;
const BOM = { sentAt: '2030-04-09T09:10:00+05:30', tz: 'Asia/Kolkata' } as const;
const SIN = { sentAt: '2030-04-09T09:10:00+08:00', tz: 'Asia/Singapore' } as const;
const SYD = { sentAt: '2030-04-09T09:10:00+10:00', tz: 'Australia/Sydney' } as const;
const AKL = { sentAt: '2030-04-09T09:10:00+12:00', tz: 'Pacific/Auckland' } as const;

/** Round 380: English whole messages, sixteen positives and ten negatives. */
export const ROUND_380_EN: readonly PhraseRow[] = [
  // Positives.
  {
    ...NY,
    text: 'Interview Details\n\nPosition | Registered Nurse – Med/Surg\nDate | Thursday, April 11, 2030\nTime | 7:30 AM\nLocation | Mercy General, 3rd Floor Conference Room B\nInterviewer | Linda Park, Nurse Manager\n\nPlease arrive 10 minutes early.',
    expect: [{ kind: 'interview', by: '2030-04-11', time: '07:30' }],
  },
  {
    ...LA,
    text: 'hey alex! this is mike from sunrise staffing. client wants to see u tmrw at 11 for the forklift role, can u make it? 👍',
    expect: [{ kind: 'interview', by: '2030-04-10', time: '11:00' }],
  },
  {
    ...LDN,
    text: 'Dear Olivia,\n\nThank you for submitting your application for Requisition 22001 – Procurement Lead. Your application will now be reviewed by the hiring team. If your skills and experience match our requirements, a member of the recruitment team will be in contact within 15 working days.\n\nRegards,\nTalent Acquisition, Albion Rail',
    expect: [{ kind: 'response-by', by: '2030-04-30' }],
  },
  {
    ...CHI,
    text: 'Hi Terrence,\n\nThanks for taking the time to complete the phone screen. The hiring manager will review your responses and we will follow up by the end of the week regarding next steps.\n\nLakefront Logistics Recruiting',
    expect: [{ kind: 'response-by', by: '2030-04-12' }],
  },
  {
    ...SYD,
    text: 'Hi Chloe,\n\nYou have an upcoming interview with Koala Cloud.\n\nInterview: Video call with Priya (Engineering Manager)\nWhen: Mon, Apr 15, 2030 10:00 AM - 10:45 AM AEST\n\nJoin with Google Meet',
    expect: [{ kind: 'interview', by: '2030-04-15', time: '10:00' }],
  },
  {
    ...AKL,
    text: 'Kia ora Tama,\n\nUnfortunately on this occasion your application has not been successful. We received a high number of applications from strong candidates.\n\nNgā mihi,\nTe Awa Council',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...BER,
    text: 'Dear Jonas,\n\nWe are happy to invite you to the next step: an on-site interview at our Berlin office.\n\nDate: 17.04.2030\nTime: 10:00 - 11:30\nAddress: Torstraße 49, 10119 Berlin\n\nBest regards,\nThe Nordlicht Team',
    expect: [{ kind: 'interview', by: '2030-04-17', time: '10:00' }],
  },
  {
    ...NY,
    text: "Hi Gabriela,\n\nI'm delighted to tell you the team has approved your hire! I'll send the formal paperwork over this afternoon. Please let me know if you have any questions.\n\nBest,\nRyan",
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2030-04-09' },
    ],
  },
  {
    ...BOM,
    text: 'Dear Candidate,\n\nGreetings from Vistaar Finserv!\n\nWe are pleased to inform you that you have been shortlisted for the F2F interview round.\n\nDate: 12th April 2030\nTime: 10:30 AM\nVenue: Vistaar Finserv, Bandra Kurla Complex\nContact Person: Ms. Sneha\n\nPlease carry 2 copies of your updated resume.',
    expect: [{ kind: 'interview', by: '2030-04-12', time: '10:30' }],
  },
  {
    ...TOR,
    text: "Hi Alexis, thanks for your application! We'll be reviewing applications after the posting closes on April 19. Please don't call our store; if you're selected for an interview, we'll reach out by email.\n\nMaple Street Grocers",
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...LDN,
    text: "Hi Sam,\n\nI'm afraid we need to postpone Thursday's interview as the hiring manager is unwell. I'll come back to you with a new date by Monday.\n\nApologies,\nKatie",
    expect: [{ kind: 'response-by', by: '2030-04-15' }],
  },
  {
    ...DUB,
    text: 'Dear Eimear,\n\nThank you for confirming your attendance at interview on Friday 12 April at 2.30pm. Candidates will be informed of the outcome within five working days of the interview.\n\nHR, Liffey Water',
    expect: [
      { kind: 'interview', by: '2030-04-12', time: '14:30' },
      { kind: 'response-by', by: '2030-04-19' },
    ],
  },
  {
    ...SIN,
    text: "Hi Wen Jie, we'd like to proceed with a second-round interview. Are you available this Thursday, 11 April, at 4.30pm SGT?\n\nRegards,\nMei, Talent Acquisition",
    expect: [{ kind: 'interview', by: '2030-04-11', time: '16:30' }],
  },
  {
    ...DEN,
    text: 'Hi Cody,\n\nJust a heads-up: the interview panel meets on Thursday afternoon. Expect to hear from me by Monday at the latest.\n\nJosh',
    expect: [{ kind: 'response-by', by: '2030-04-15' }],
  },
  {
    ...JNB,
    text: 'Dear Naledi,\n\nThank you for your interest in the position. Kindly note that if you have not heard from us within 30 days of the closing date (19 April 2030), please consider your application unsuccessful.\n\nHuman Resources',
    expect: [{ kind: 'response-by', by: '2030-05-19' }],
  },
  {
    ...PHX,
    text: 'Hi Dana, congrats, you made it to the final round! 🎉 Our VP can meet Friday 4/12 at 9am MST.\n\nTara',
    expect: [{ kind: 'interview', by: '2030-04-12', time: '09:00' }],
  },
  // Negatives.
  {
    ...NY,
    text: 'Hi Gabriela, your annual review with Mark is scheduled for Thursday, April 11 at 3pm.',
    expect: [],
  },
  {
    ...LA,
    text: 'Your ride to LAX is scheduled for Wednesday at 5:15 AM. Your driver will text you on arrival.',
    expect: [],
  },
  {
    ...LDN,
    text: 'Hi all, the graduate interviews are next week, so the meeting room on floor 3 is booked Monday to Wednesday. Please use floor 4 for your 1:1s.',
    expect: [],
  },
  {
    ...CHI,
    text: "Hi Terrence, I've scheduled the candidate's onsite for Friday at 1pm. Can you host the lunch? Thanks! Maria",
    expect: [],
  },
  {
    ...SYD,
    text: 'Routine inspection of your rental property will take place on Tuesday 16 April between 9am and 11am.\n\nHarbourside Property Management',
    expect: [],
  },
  {
    ...BER,
    text: 'Jonas, reminder: your Bürgeramt appointment to register your address is on 15.04.2030 at 08:20.',
    expect: [],
  },
  {
    ...BOM,
    text: 'Dear Sir, your video KYC for the credit card application has been scheduled on 11 April at 4 PM.',
    expect: [],
  },
  {
    ...TOR,
    text: "Hi! Reminder that Ethan's swim lesson is moved to Thursday at 5pm this week.\n\nCoach Kim",
    expect: [],
  },
  {
    ...DUB,
    text: "Hi Eimear, attached is the CV of a strong candidate for your Finance role. She's available to interview Friday morning or Monday afternoon.",
    expect: [],
  },
  {
    ...SIN,
    text: "5 signs your interview went well, and what to do if you don't hear back within a week. Read more on our blog.",
    expect: [],
  },
];
