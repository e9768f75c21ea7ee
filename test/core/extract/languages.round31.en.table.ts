// Round 350 (issue 13): written BEFORE the engine read it, after round 340's fixes. Sent on the Friday before US
// Thanksgiving. Positives: ATS templates (Ashby, SmartRecruiters, Workday) and recruiters in Seattle, Denver,
// Glasgow, Cape Town, Lagos, Karachi, Vancouver, Singapore, Hong Kong, New York, Jamaica, Edinburgh, Bangalore and
// Perth; a window from a closing date in brackets, a zone given as an IANA name for a reader in Hong Kong, a
// decision "until after Thanksgiving", a hold-off said as "no need to chase before then". Negatives: a book's
// delivery, a council's collection, a mock interview, the reader on a panel, a loan, a job alert, another's
// interview, a probation check-in, a vet, a thesis viva, a referral. Names, companies and dates are invented;
// answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Friday 22 November 2030, 15:40 local.
const SEA = { sentAt: '2030-11-22T15:40:00-08:00', tz: 'America/Los_Angeles' } as const;
const DEN = { sentAt: '2030-11-22T15:40:00-07:00', tz: 'America/Denver' } as const;
const NY = { sentAt: '2030-11-22T15:40:00-05:00', tz: 'America/New_York' } as const;
const VAN = { sentAt: '2030-11-22T15:40:00-08:00', tz: 'America/Vancouver' } as const;
const JAM = { sentAt: '2030-11-22T15:40:00-05:00', tz: 'America/Jamaica' } as const;
const GLA = { sentAt: '2030-11-22T15:40:00+00:00', tz: 'Europe/London' } as const;
const CPT = { sentAt: '2030-11-22T15:40:00+02:00', tz: 'Africa/Johannesburg' } as const;
const LOS = { sentAt: '2030-11-22T15:40:00+01:00', tz: 'Africa/Lagos' } as const;
const KHI = { sentAt: '2030-11-22T15:40:00+05:00', tz: 'Asia/Karachi' } as const;
const SIN = { sentAt: '2030-11-22T15:40:00+08:00', tz: 'Asia/Singapore' } as const;
const HKG = { sentAt: '2030-11-22T15:40:00+08:00', tz: 'Asia/Hong_Kong' } as const;
const BLR = { sentAt: '2030-11-22T15:40:00+05:30', tz: 'Asia/Kolkata' } as const;
const PER = { sentAt: '2030-11-22T15:40:00+08:00', tz: 'Australia/Perth' } as const;

/** Round 350: English whole messages, fourteen positives and eleven negatives. */
export const ROUND_350_EN: readonly PhraseRow[] = [
  // Positives.
  {
    ...SEA,
    text: "Hi Kenji,\n\nThanks for your time with the team today! We're gathering feedback now and will be in touch early next week with next steps.\n\nBest,\nLena\nRecruiting @ Northpass",
    expect: [{ kind: 'response-by', by: '2030-11-27', fuzzy: true }],
  },
  {
    ...DEN,
    text: 'Dear Maya,\n\nWe are pleased to invite you to a video interview for the position of Field Service Engineer.\n\nDate: 12/03/2030\nStart time: 08:30 AM (MST)\nDuration: 45 minutes\nPlatform: Microsoft Teams\n\nPlease accept the calendar invitation to confirm.\n\nRidgeline Energy Talent Acquisition',
    expect: [{ kind: 'interview', by: '2030-12-03', time: '08:30' }],
  },
  {
    ...GLA,
    text: "Hi Fraser,\n\nThanks for coming in on Wednesday. We've one more candidate to see on Tuesday, so I'd expect to have an answer for you by the end of next week.\n\nCheers,\nMorag",
    expect: [{ kind: 'response-by', by: '2030-11-29' }],
  },
  {
    ...CPT,
    text: 'Dear Ayanda,\n\nFollowing your assessment centre on 19 November, we are pleased to let you know that you have been successful and we would like to offer you a place on our 2031 Graduate Programme.\n\nYour offer pack will follow by email within five working days.\n\nWarm regards,\nEarly Careers Team, Table Bay Insurance',
    expect: [
      { kind: 'outcome', outcome: 'offer' },
      { kind: 'response-by', by: '2030-11-29' },
    ],
  },
  {
    ...LOS,
    text: 'Dear Oluwaseun,\n\nWe regret to inform you that your application for the position of Procurement Officer was not successful on this occasion.\n\nWe will keep your CV on file for six months.\n\nHR, Niger Delta Agro',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...KHI,
    text: 'Dear Mr. Siddiqui,\n\nYou are invited for a technical interview on Wednesday, 27th November 2030 at 11:30 a.m. PKT at our Clifton office. Kindly confirm your availability by return email.\n\nRegards,\nHuman Resources, Indus Textiles',
    expect: [{ kind: 'interview', by: '2030-11-27', time: '11:30' }],
  },
  {
    ...VAN,
    text: "Hi Priya,\n\nApologies — our hiring manager is out sick, so we'll need to cancel Monday's 10am interview. Would Thursday, November 28 at 1:00 PM PT work as a replacement?\n\nThanks,\nJess, People Team, Coastline Games",
    expect: [{ kind: 'interview', by: '2030-11-28', time: '13:00' }],
  },
  {
    ...SIN,
    text: 'Hi Wei Ling,\n\nThank you for your application to the Associate, Treasury role. Shortlisted candidates will be notified within 4 weeks of the closing date (6 December 2030). We thank you for your patience.\n\nTalent Acquisition, Merlion Bank',
    expect: [{ kind: 'response-by', by: '2031-01-03' }],
  },
  {
    ...HKG,
    text: 'Dear Ho Yin,\n\nOur regional director would like to speak with you on Tuesday 26 November at 9:00 (Europe/London).\n\nBest regards,\nHR, Victoria Harbour Trading',
    expect: [{ kind: 'interview', by: '2030-11-26', time: '17:00' }],
  },
  {
    ...NY,
    text: "Hi Carla,\n\nThe team is out for the holiday next week, so realistically we won't have a decision until after Thanksgiving. I'll reach out as soon as we do.\n\nBest,\nDerek",
    expect: [{ kind: 'response-by', by: '2030-12-05', fuzzy: true }],
  },
  {
    ...JAM,
    text: 'Dear Applicant,\n\nThank you for your interest in the Customer Experience Associate role. Due to the high volume of applications, we are unable to respond to telephone enquiries. Only shortlisted applicants will be contacted.\n\nHuman Resources, Blue Mountain Telecom',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...GLA,
    text: "Hi Isla,\n\nThe panel won't meet until the 3rd of December, so there's no need to chase before then – I'll be in touch the following day.\n\nBest,\nCallum",
    expect: [
      { kind: 'no-contact-before', by: '2030-12-03' },
      { kind: 'response-by', by: '2030-12-04' },
    ],
  },
  {
    ...BLR,
    text: 'Hi Rohan,\n\nGreetings from Zephyr Analytics! Your HR round is scheduled for tomorrow, 23-Nov-2030, 3:00 PM IST. The meeting link will be shared 30 minutes prior.\n\nRegards,\nTalent Team',
    expect: [{ kind: 'interview', by: '2030-11-23', time: '15:00' }],
  },
  {
    ...PER,
    text: 'Your application for Mine Planning Engineer (JR-20431) has been received.\n\nWhat happens next?\nOur recruitment team will review your application and contact you within 10 business days if you have been shortlisted.\n\nPilbara Resources Careers',
    expect: [{ kind: 'response-by', by: '2030-12-06' }],
  },
  // Negatives.
  {
    ...SEA,
    text: "Your order of 'Cracking the Coding Interview' will arrive Tuesday, November 26 by 9pm.\n\nTrack your package",
    expect: [],
  },
  {
    ...GLA,
    text: 'Dear Resident,\n\nYour bulk uplift collection is booked for Thursday 28 November. Please leave items out by 7am.\n\nGlasgow City Council',
    expect: [],
  },
  {
    ...NY,
    text: 'Hey! Happy to do a mock interview with you on Sunday at 4 before your big day. Bring your questions!\n\nAunt Bea',
    expect: [],
  },
  {
    ...CPT,
    text: "Hi Thandi,\n\nYou're on the interview panel for the Graduate Programme on Wednesday 4 December at 9am. The candidate packs will be sent by Monday.\n\nThanks,\nEarly Careers",
    expect: [],
  },
  {
    ...LOS,
    text: 'Dear Customer,\n\nYour loan application has been approved. Funds will be disbursed to your account within 48 hours.\n\nLekki Microfinance Bank',
    expect: [],
  },
  {
    ...SIN,
    text: 'Jobs you may be interested in\n\nTreasury Analyst at Raffles Capital – Apply by 30 Nov\nEasy apply · Recruiters typically respond within 5 days',
    expect: [],
  },
  {
    ...HKG,
    text: 'Hi Karen,\n\nMr. Chan has confirmed he can attend the second interview on Monday 25 November at 2:30pm. Please send him the address.\n\nThanks,\nAlice',
    expect: [],
  },
  {
    ...VAN,
    text: 'Reminder: your 90-day probation check-in with Sam is on Wednesday, November 27 at 11:00.',
    expect: [],
  },
  {
    ...DEN,
    text: "Biscuit's dental cleaning is scheduled for Tuesday, November 26 at 8:00 AM. Please drop off by 7:45.\n\nFoothills Animal Hospital",
    expect: [],
  },
  {
    ...KHI,
    text: 'Dear Student,\n\nThe viva for your thesis defence is scheduled on 28 November at 10:00 am in Room B-12.\n\nGraduate Office',
    expect: [],
  },
  {
    ...BLR,
    text: 'Hi Rohan, thanks for referring Ananya to the SDE-2 opening! She has cleared the online test and her interview is on Monday at 11am.',
    expect: [],
  },
];
