// Round 370 (issue 13): written BEFORE the engine read it, after round 360's fixes; two negatives to each positive,
// most of them using a job's words or a scheduling form in another life: a new hire's onboarding, a conference
// session, a careers workshop, a parent's forwarded advert, a plumber, an all-hands, a volunteer shift, the reader as
// an interviewer, a vaccination, an employer's open day, a bank's alert, children's try-outs, a date, a biometrics
// appointment, a team member's dentist, a networking coffee, a webinar, jury service, managers' feedback duty, a
// house viewing with an offer in it. Positives: a phone screen, an assessment day's outcome, a client's proposed
// slot, a Korean rejection, a week's promise, a CEO interview in Paris time, no calls, an ET panel for a Chicago
// reader, "the week after next", a Kenyan offer, a Calendly confirmation, a working session. Names, companies and
// dates are invented; answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Monday 8 September 2031, 08:45 local.
const NY = { sentAt: '2031-09-08T08:45:00-04:00', tz: 'America/New_York' } as const;
const CHI = { sentAt: '2031-09-08T08:45:00-05:00', tz: 'America/Chicago' } as const;
const LA = { sentAt: '2031-09-08T08:45:00-07:00', tz: 'America/Los_Angeles' } as const;
const TOR = { sentAt: '2031-09-08T08:45:00-04:00', tz: 'America/Toronto' } as const;
const MEX = { sentAt: '2031-09-08T08:45:00-06:00', tz: 'America/Mexico_City' } as const;
const LDN = { sentAt: '2031-09-08T08:45:00+01:00', tz: 'Europe/London' } as const;
const EDI = { sentAt: '2031-09-08T08:45:00+01:00', tz: 'Europe/London' } as const;
const DUB = { sentAt: '2031-09-08T08:45:00+01:00', tz: 'Europe/Dublin' } as const;
const PAR = { sentAt: '2031-09-08T08:45:00+02:00', tz: 'Europe/Paris' } as const;
const CPT = { sentAt: '2031-09-08T08:45:00+02:00', tz: 'Africa/Johannesburg' } as const;
const NBO = { sentAt: '2031-09-08T08:45:00+03:00', tz: 'Africa/Nairobi' } as const;
const SEL = { sentAt: '2031-09-08T08:45:00+09:00', tz: 'Asia/Seoul' } as const;
const MEL = { sentAt: '2031-09-08T08:45:00+10:00', tz: 'Australia/Melbourne' } as const;
const SYD = { sentAt: '2031-09-08T08:45:00+10:00', tz: 'Australia/Sydney' } as const;

/** Round 370: English whole messages, twelve positives and twenty negatives. */
export const ROUND_370_EN: readonly PhraseRow[] = [
  // Positives.
  {
    ...CHI,
    text: "Hi Marco,\n\nThanks for applying to the Field Sales Rep role at Lone Star Beverages. I'd love to set up a quick phone screen. Are you free Wednesday at 10:30am CT?\n\nBest,\nRenee",
    expect: [{ kind: 'interview', by: '2031-09-10', time: '10:30' }],
  },
  {
    ...EDI,
    text: 'Dear Ms Fraser,\n\nThank you for attending the assessment day. We aim to let all candidates know the outcome by Friday 19 September.\n\nKind regards,\nGraduate Recruitment, Forth Energy',
    expect: [{ kind: 'response-by', by: '2031-09-19' }],
  },
  {
    ...MEL,
    text: "Hi Zoe,\n\nGood news: the client would like to meet you! They've proposed Thursday 11 September at 9:15am at their Southbank office. Does that work?\n\nCheers,\nAndy, Yarra Recruitment",
    expect: [{ kind: 'interview', by: '2031-09-11', time: '09:15' }],
  },
  {
    ...SEL,
    text: 'Dear Ji-woo,\n\nThank you for your interest in Hangang Robotics. We regret to inform you that we are unable to offer you a position at this time.\n\nBest regards,\nHR Team',
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...MEX,
    text: "Hi Diego, great chatting today! I'll share your profile with the hiring manager and get back to you within a week.\n\nValeria, Talent Partner",
    expect: [{ kind: 'response-by', by: '2031-09-15' }],
  },
  {
    ...PAR,
    text: "Hi Claire,\n\nFollowing our call, I'm pleased to confirm your final interview with our CEO on Tuesday 16 September at 10:00 (Paris time) at our Station F office.\n\nBest,\nThomas, Talent @ Lumen",
    expect: [{ kind: 'interview', by: '2031-09-16', time: '10:00' }],
  },
  {
    ...CPT,
    text: 'Dear Lindiwe,\n\nDue to a high volume of applications, please refrain from calling our offices to enquire about the status of your application.\n\nRecruitment, Cape Fynbos Wines',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...CHI,
    text: "Hi Aisha, the panel can do Friday, September 12 at 3:00 PM ET. I'll send the invite shortly.\n\nMorgan, Recruiting",
    expect: [{ kind: 'interview', by: '2031-09-12', time: '14:00' }],
  },
  {
    ...SYD,
    text: 'Hi Ben, the hiring manager is travelling for the next fortnight, so realistically feedback will come the week after next.\n\nCheers,\nLou',
    expect: [{ kind: 'response-by', by: '2031-09-26' }],
  },
  {
    ...NBO,
    text: 'Dear Otieno,\n\nFurther to your interview, we are pleased to offer you the position of Accounts Assistant at Rift Logistics. Kindly confirm acceptance within 7 days.\n\nHR Manager',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...LA,
    text: 'Confirmed: 30 Minute Interview with Jake Moss\n\nTuesday, September 9, 2031\n2:00pm - 2:30pm (Pacific Time - US & Canada)\n\nDescription: Intro call for the Content Designer role at Pixelhaus.',
    expect: [{ kind: 'interview', by: '2031-09-09', time: '14:00' }],
  },
  {
    ...TOR,
    text: 'Hi Emily,\n\nThe team would love to have you back for a working session with the designers on Thursday at 1pm. It should take about 2 hours.\n\nBest,\nNadia, People Ops',
    expect: [{ kind: 'interview', by: '2031-09-11', time: '13:00' }],
  },
  // Negatives.
  {
    ...NY,
    text: 'Hi Dev,\n\nSarah Lin accepted the offer! Her start date is Monday 29 September. Can you block 30 minutes on Thursday at 2pm for her onboarding plan?\n\nTalent Team',
    expect: [],
  },
  {
    ...LDN,
    text: "Your session 'Hiring in the age of AI' is confirmed for Thursday 11 September at 14:20 in Hall B. Speakers should arrive 15 minutes early.\n\nHR Tech Europe",
    expect: [],
  },
  {
    ...EDI,
    text: 'Reminder: mock interview workshop this Wednesday at 5pm in the Careers Hub. Sign up on Handshake.\n\nUniversity Careers Service',
    expect: [],
  },
  {
    ...MEL,
    text: "Saw this and thought of you! 'Marketing Manager, apply by 30 September, interviews will be held the week of 6 October.'\n\nLove, Mum",
    expect: [],
  },
  {
    ...LDN,
    text: "Hi, the plumber will come on Wednesday between 10 and 12 to fix the boiler. Let me know if that doesn't work.\n\nTom (landlord)",
    expect: [],
  },
  {
    ...TOR,
    text: 'Team, the all-hands is moved to Friday at 4pm. HR will share the new org chart by end of week.',
    expect: [],
  },
  {
    ...CHI,
    text: 'Thanks for signing up to volunteer at the Northside Food Bank! Your first shift is Saturday 13 September from 9am to 1pm.',
    expect: [],
  },
  {
    ...NY,
    text: "Hi Priya,\n\nYou've been added as an interviewer for Tom Becker (Senior Designer) on Tuesday, September 9 at 1:00 PM. Please review his portfolio beforehand.\n\nGreenhouse",
    expect: [],
  },
  {
    ...LDN,
    text: 'Your flu vaccination appointment is confirmed for Thursday 11 September at 3:40pm at our Oxford Street pharmacy.',
    expect: [],
  },
  {
    ...DUB,
    text: 'This month at Acme: we hired 40 new engineers, and our next open interview day is Saturday 20 September. Know someone? Share the link!',
    expect: [],
  },
  {
    ...LA,
    text: "We noticed a sign-in from a new device. If this wasn't you, call us within 24 hours.\n\nPacific Credit Union",
    expect: [],
  },
  {
    ...SYD,
    text: 'Hi parents,\n\nTry-outs for the U12 team are on Saturday at 9am. Coaches will announce the roster within a week.\n\nBondi Juniors FC',
    expect: [],
  },
  {
    ...MEX,
    text: 'It was lovely meeting you on Friday! Would you like to grab dinner Thursday at 7?',
    expect: [],
  },
  {
    ...NY,
    text: 'Your biometrics appointment is scheduled for 17 September 2031 at 08:30 at the Application Support Center. A decision on your application will be made within 90 days.\n\nUSCIS',
    expect: [],
  },
  {
    ...CPT,
    text: 'Hi, can I take Friday off? I have a dentist appointment at 10.\n\nThanks,\nSipho',
    expect: [],
  },
  {
    ...TOR,
    text: "Hey! Heard you're job hunting. Want to grab coffee Tuesday at 8:30? I can tell you about openings at my company.\n\nJess",
    expect: [],
  },
  {
    ...NY,
    text: 'Top 10 interview tips inside. Our webinar is on Wednesday at 1pm ET. Register now!\n\nCareerBoost',
    expect: [],
  },
  {
    ...CHI,
    text: 'You are summoned to report for jury service on Monday 22 September at 8:30 AM at the Daley Center.',
    expect: [],
  },
  {
    ...DUB,
    text: 'Reminder to all managers: interview feedback must be submitted within 48 hours of each interview.\n\nPeople Team',
    expect: [],
  },
  {
    ...LDN,
    text: 'Your viewing of 14 Elm Street is confirmed for Saturday 13 September at 11:00. The agent will send feedback from the vendor within 48 hours of any offer.\n\nHarbour Estates',
    expect: [],
  },
];
