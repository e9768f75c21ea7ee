// Round 390 (issue 13): written BEFORE the engine read it, after round 380's fixes. Longer messages with signatures,
// footers, emoji labels and several dated facts beside the one that counts (a programme's start, a closing date, a
// commencement date), sent in a leap February; a window counted from the interview booked in the paragraph before;
// "don't expect to make a decision for another two to three weeks". Negatives: the reader as hiring manager, a
// school's mock interviews, a car service, a relative's citizenship interview, a team offsite, a careers expo, a
// library card, the reader asked to take a technical round, trivia night, a bank's appointment, a friend asking for
// a reference, an agency selling to the reader. Names, companies and dates are invented; answers follow
// TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Wednesday 11 February 2032, 10:30 local.
const NY = { sentAt: '2032-02-11T10:30:00-05:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2032-02-11T10:30:00-06:00', tz: 'America/Chicago' } as const;
const DEN = { sentAt: '2032-02-11T10:30:00-07:00', tz: 'America/Denver' } as const;
const LA = { sentAt: '2032-02-11T10:30:00-08:00', tz: 'America/Los_Angeles' } as const;
const TOR = { sentAt: '2032-02-11T10:30:00-05:00', tz: 'America/Toronto' } as const;
const SAO = { sentAt: '2032-02-11T10:30:00-03:00', tz: 'America/Sao_Paulo' } as const;
const LDN = { sentAt: '2032-02-11T10:30:00+00:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2032-02-11T10:30:00+00:00', tz: 'Europe/Dublin' } as const;
const BER = { sentAt: '2032-02-11T10:30:00+01:00', tz: 'Europe/Berlin' } as const;
const MAD = { sentAt: '2032-02-11T10:30:00+01:00', tz: 'Europe/Madrid' } as const;
const JNB = { sentAt: '2032-02-11T10:30:00+02:00', tz: 'Africa/Johannesburg' } as const;
const NBO = { sentAt: '2032-02-11T10:30:00+03:00', tz: 'Africa/Nairobi' } as const;
const BOM = { sentAt: '2032-02-11T10:30:00+05:30', tz: 'Asia/Kolkata' } as const;
const SIN = { sentAt: '2032-02-11T10:30:00+08:00', tz: 'Asia/Singapore' } as const;
const SYD = { sentAt: '2032-02-11T10:30:00+11:00', tz: 'Australia/Sydney' } as const;
const AKL = { sentAt: '2032-02-11T10:30:00+13:00', tz: 'Pacific/Auckland' } as const;

/** Round 390: English whole messages, sixteen positives and twelve negatives. */
export const ROUND_390_EN: readonly PhraseRow[] = [
  // Positives.
  {
    ...NY,
    text: "Hi Marcus,\n\nThank you for your interest in the Senior Product Manager role at Northwind Health! We were impressed by your background and would like to invite you to a virtual panel interview.\n\nPlease see the details below:\n\n📅 Thursday, February 19, 2032\n🕑 1:00 PM – 2:30 PM EST\n📍 Zoom (link to follow)\n\nYou'll be meeting with:\n• Rachel Stone, VP Product\n• Omar Farouk, Engineering Lead\n• Jenna Ortiz, Design Manager\n\nIf you have any questions or need accommodations, please don't hesitate to reach out.\n\nBest,\nKelly Tran\nRecruiting Coordinator | Northwind Health\n\nNorthwind Health is an equal opportunity employer. This email and any attachments are confidential.",
    expect: [{ kind: 'interview', by: '2032-02-19', time: '13:00' }],
  },
  {
    ...LDN,
    text: 'Dear Harriet,\n\nThank you for attending the assessment centre on 4 February. We know you are keen to hear how you got on. Our graduate programme starts on 7 September 2032, and the application window closes on 20 February. We will confirm outcomes to all assessment centre candidates by the end of the month.\n\nKind regards,\nEarly Talent Team',
    expect: [{ kind: 'response-by', by: '2032-02-29' }],
  },
  {
    ...SYD,
    text: "Hi Liam,\n\nThanks for coming in today. Your final round is booked for Friday 20 February at 10am with our CFO.\n\nWe'll let you know the outcome within two business days of that interview.\n\nCheers,\nMegan",
    expect: [
      { kind: 'interview', by: '2032-02-20', time: '10:00' },
      { kind: 'response-by', by: '2032-02-24' },
    ],
  },
  {
    ...TOR,
    text: "Hi Priya,\n\nThanks for your patience throughout the process. I wanted to let you know that the team has decided to go in a different direction for this role. It was a close decision, and I'd be happy to share feedback if that would be helpful.\n\nAll the best,\nDerek",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...BER,
    text: 'Dear Applicant,\n\nThank you for applying to Spreeline. Our recruiting team is small, so we cannot answer questions about application status by phone. You will receive an update by email within three weeks.\n\nSpreeline Talent',
    expect: [{ kind: 'no-calls' }, { kind: 'response-by', by: '2032-03-03' }],
  },
  {
    ...AKL,
    text: "Kia ora Hemi,\n\nWe'd love to have a chat about the Support Analyst role. Would you be free for a 30-minute video call on Monday 16 February at 10am NZDT?\n\nNgā mihi,\nAroha, Kiwi Connect",
    expect: [{ kind: 'interview', by: '2032-02-16', time: '10:00' }],
  },
  {
    ...CHI,
    text: "Hi Darius,\n\nGreat news: we'd like to make you an offer for the Operations Supervisor position! I'll give you a call this afternoon to walk through the details.\n\nBest,\nNina",
    // (first written as the offer alone; "I'll give you a call this afternoon" is the writer's promise of contact today,
    // as TIMELINE-CONVENTIONS.md reads "this afternoon", and the row now says so; scored as first written here)
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2032-02-11' },
    ],
  },
  {
    ...BOM,
    text: 'Dear Ananya,\n\nThis is with reference to your candidature for the post of Assistant Manager – Credit. We are pleased to inform you that you have been selected for the second round of interviews, to be held on 18-02-2032 (Wednesday) at 11:00 hrs at our Nariman Point office.\n\nRegards,\nHR Department',
    expect: [{ kind: 'interview', by: '2032-02-18', time: '11:00' }],
  },
  {
    ...SAO,
    text: 'Hi Rafael, our CTO would like to meet you in person. How about next Tuesday at 3pm at our Vila Madalena office?\n\nCamila, Talent',
    expect: [{ kind: 'interview', by: '2032-02-17', time: '15:00' }],
  },
  {
    ...DUB,
    text: "Hi Ciara,\n\nApologies for the radio silence. The hiring manager has been off sick, but she's back on Monday and I'm hoping to have feedback for you by the middle of next week.\n\nThanks,\nNiall",
    expect: [{ kind: 'response-by', by: '2032-02-18', fuzzy: true }],
  },
  {
    ...LA,
    text: "Hi Jamal,\n\nThanks for checking in! We're still interviewing and don't expect to make a decision for another two to three weeks. I'll reach out once we do.\n\nBest,\nSarah",
    expect: [{ kind: 'response-by', by: '2032-03-03' }],
  },
  {
    ...SIN,
    text: 'Dear Mr Lim,\n\nWe refer to your interview on 9 February. We are pleased to offer you the position of Senior Executive, Compliance, with a commencement date of 1 April 2032. Please sign and return the enclosed letter by 18 February 2032.\n\nHuman Resources',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...JNB,
    text: 'Auto-reply: Thank you for your email. I am out of the office until Monday 16 February and will have limited access to email.\n\nThandi Mokoena, Talent Acquisition',
    expect: [{ kind: 'no-contact-before', by: '2032-02-16' }],
  },
  {
    ...DEN,
    text: "Hi Tessa, just confirming we're all set for your onsite tomorrow at 9:30am. Parking is in the garage on Blake St.\n\nSee you then,\nMolly",
    expect: [{ kind: 'interview', by: '2032-02-12', time: '09:30' }],
  },
  {
    ...MAD,
    text: 'Dear Elena, thank you for your application. Kindly do not contact the hiring managers directly; the recruitment team will contact shortlisted candidates by 27 February.\n\nIberia Foods Talent',
    expect: [{ kind: 'no-calls' }, { kind: 'response-by', by: '2032-02-27' }],
  },
  {
    ...NBO,
    text: 'Dear Wambui,\n\nYour interview has been rescheduled from Thursday 12th February to Tuesday 17th February 2032 at 2.00 p.m. due to unforeseen circumstances.\n\nHuman Resources',
    expect: [{ kind: 'interview', by: '2032-02-17', time: '14:00' }],
  },
  // Negatives.
  {
    ...NY,
    text: "Hi Rachel, Marcus Bell confirmed for Thursday 2/19 at 1pm. I've attached his resume and the scorecard. Please submit feedback within 24 hours of the interview.\n\nKelly",
    expect: [],
  },
  {
    ...LDN,
    text: 'Dear Parent/Carer,\n\nYear 11 mock interviews with local employers will take place on Thursday 26 February. Please ensure your child wears business dress.',
    expect: [],
  },
  {
    ...SYD,
    text: "Hi Liam, your car service is booked for Friday 13 February at 8am. We'll call you when it's ready, usually within 4 hours.",
    expect: [],
  },
  {
    ...TOR,
    text: "Hi Priya! It's Aunt Meena. Cousin Raj has his citizenship interview on Monday at 10. Can you drive him? Love you!",
    expect: [],
  },
  {
    ...BER,
    text: 'Hi Jonas, our team offsite is on Thursday 19 February from 9:00 to 17:00 in Potsdam. Please confirm by Friday if you need a train ticket.',
    expect: [],
  },
  {
    ...AKL,
    text: 'Kia ora, thank you for registering for the Careers Expo on Saturday 21 February at 10am at the Viaduct Events Centre. Over 50 employers will be interviewing on the day.',
    expect: [],
  },
  {
    ...CHI,
    text: 'Your application for a Chicago Public Library card has been received. Your card will be mailed within 10 business days.',
    expect: [],
  },
  {
    ...BOM,
    text: 'Hi Ananya, please take the technical round for candidate Rohit Verma tomorrow at 3 PM. The JD and resume are attached.',
    expect: [],
  },
  {
    ...LA,
    text: 'Hey Jamal! Team trivia is Thursday at 8 at the Pub. You in?',
    expect: [],
  },
  {
    ...SIN,
    text: 'Your appointment with our Relationship Manager is confirmed for Saturday, 14 February 2032 at 11:00 AM at our Raffles Place branch.',
    expect: [],
  },
  {
    ...DUB,
    text: 'Hi Ciara, would you be a referee for me for a job at the council? They might call you next week.',
    expect: [],
  },
  {
    ...NBO,
    text: 'Dear Wambui, are you hiring? Our recruitment agency can fill your vacancies within 14 days. Book a call with us on Thursday at 11 AM.',
    expect: [],
  },
];
