// Round 360 (issue 13): written BEFORE the engine read it, after round 350's fixes and thread round r68. Positives:
// a Workday confirmation without labels, an agency's "within the next 3-5 business days", a window counted from the
// final interview dated later in the sentence, English mail from Berlin, Amsterdam, Tel Aviv, São Paulo, Riyadh and
// Tokyo, a Malaysian "Date :" form, a Pacific time for a reader in Tokyo (the day moves), a hold-off until an advert
// closes, an automatic reply with a return day, a move of tomorrow's chat to another hour. Negatives: a careers panel
// the reader is asked to speak on, interview training for managers, a colleague's finalists, a library card, a
// reference the reader's former boss will give, a dentist, a hiring freeze lifted for managers, a son's school
// interview, a job board, an Iqama renewal, an employee's own interview. Names, companies and dates are invented;
// answers follow TIMELINE-CONVENTIONS.md.
import type { PhraseRow } from './phrases.table';

// Thursday 15 May 2031, 11:05 local.
const PHX = { sentAt: '2031-05-15T11:05:00-07:00', tz: 'America/Phoenix' } as const;
const ATL = { sentAt: '2031-05-15T11:05:00-04:00', tz: 'America/New_York' } as const;
const HFX = { sentAt: '2031-05-15T11:05:00-03:00', tz: 'America/Halifax' } as const;
const HNL = { sentAt: '2031-05-15T11:05:00-10:00', tz: 'Pacific/Honolulu' } as const;
const SAO = { sentAt: '2031-05-15T11:05:00-03:00', tz: 'America/Sao_Paulo' } as const;
const BER = { sentAt: '2031-05-15T11:05:00+02:00', tz: 'Europe/Berlin' } as const;
const AMS = { sentAt: '2031-05-15T11:05:00+02:00', tz: 'Europe/Amsterdam' } as const;
const TLV = { sentAt: '2031-05-15T11:05:00+03:00', tz: 'Asia/Jerusalem' } as const;
const RUH = { sentAt: '2031-05-15T11:05:00+03:00', tz: 'Asia/Riyadh' } as const;
const KUL = { sentAt: '2031-05-15T11:05:00+08:00', tz: 'Asia/Kuala_Lumpur' } as const;
const TYO = { sentAt: '2031-05-15T11:05:00+09:00', tz: 'Asia/Tokyo' } as const;
const WLG = { sentAt: '2031-05-15T11:05:00+12:00', tz: 'Pacific/Auckland' } as const;
const ACC = { sentAt: '2031-05-15T11:05:00+00:00', tz: 'Africa/Accra' } as const;
const KLA = { sentAt: '2031-05-15T11:05:00+03:00', tz: 'Africa/Kampala' } as const;

/** Round 360: English whole messages, fourteen positives and eleven negatives. */
export const ROUND_360_EN: readonly PhraseRow[] = [
  // Positives.
  {
    ...PHX,
    text: 'Hi Marcus,\n\nYou have been invited to schedule an interview for Senior Financial Analyst (R0045512). Your interview has been confirmed:\n\nTuesday, May 20, 2031\n9:00 AM – 10:00 AM (MST)\nVideo Interview – Zoom\n\nSouthwest Copper Talent Acquisition',
    expect: [{ kind: 'interview', by: '2031-05-20', time: '09:00' }],
  },
  {
    ...ATL,
    text: "Hi Jasmine, thanks for speaking with me earlier. I'm going to put you forward to the hiring manager today, and you should hear from me either way within the next 3-5 business days.\n\nTyler | Peach State Staffing",
    expect: [{ kind: 'response-by', by: '2031-05-22' }],
  },
  {
    ...HFX,
    text: 'Dear Connor,\n\nThank you for attending the interview for the Marine Technician position on May 13. A decision is expected within two weeks of the final interview, which takes place on May 21.\n\nRegards,\nHR, Bluenose Shipyards',
    expect: [{ kind: 'response-by', by: '2031-06-04' }],
  },
  {
    ...BER,
    text: 'Hi Ravi,\n\nThanks for the great conversation today! Next step would be a case study interview with our Head of Product. Could you do Wednesday 21 May at 16:00 CEST?\n\nBest,\nJana\nTalent @ Spreewerk',
    expect: [{ kind: 'interview', by: '2031-05-21', time: '16:00' }],
  },
  {
    ...AMS,
    text: 'Dear Sanne,\n\nWe are happy to let you know that we would like to welcome you to the team as our new Customer Success Lead! You will find the contract proposal attached.\n\nKind regards,\nPeople Team, Grachten Software',
    expect: [{ kind: 'outcome', outcome: 'offer' }],
  },
  {
    ...TLV,
    text: "Hi Noa, unfortunately the position has been filled internally, so we won't be moving ahead with the process. Thanks for your time, Yael",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...KUL,
    text: 'Dear Mr. Tan,\n\nWe refer to your application for the post of Credit Officer. Please be informed that you have been shortlisted for an interview as per details below:\n\nDate : 22 May 2031 (Thursday)\nTime : 2.30 pm\nVenue : Menara Selatan, Level 12, Jalan Sultan Ismail\n\nThank you.\nHuman Resource Department',
    expect: [{ kind: 'interview', by: '2031-05-22', time: '14:30' }],
  },
  {
    ...TYO,
    text: 'Hi Kenta,\n\nOur hiring manager is based in San Francisco. Would Friday, May 16 at 5:00 PM Pacific work for a video call? (That should be Saturday morning for you, apologies!)\n\nBest,\nAmber, Recruiting',
    expect: [{ kind: 'interview', by: '2031-05-17', time: '09:00' }],
  },
  {
    ...WLG,
    text: "Kia ora Mere,\n\nThanks for your application. We're expecting a lot of interest in this one, so please don't chase us for an update until the advert closes on Friday 23 May. We'll be in touch with shortlisted applicants the week after.\n\nNgā mihi,\nWellington Regional Council Recruitment",
    expect: [
      { kind: 'no-contact-before', by: '2031-05-23', fuzzy: true },
      { kind: 'response-by', by: '2031-05-30' },
    ],
  },
  {
    ...ACC,
    text: 'Dear Applicant,\n\nThank you for applying to Volta Cocoa. Please note that only shortlisted candidates will be contacted. Walk-ins and phone calls to our Tema office will not be entertained.\n\nHR',
    expect: [{ kind: 'no-calls' }],
  },
  {
    ...KLA,
    text: 'Out of Office: I am away on official duty until 23rd May 2031 and will respond to your email upon my return on Monday 26th May.\n\nGrace Nakato, Human Resource Officer, Pearl Dairies',
    // (first written as no-contact-before; the project reads "will respond … upon my return on <day>", the day
    // written with the promise, as response-by since round 190b's Payroll Coordinator reply, and the row follows it)
    expect: [{ kind: 'response-by', by: '2031-05-26' }],
  },
  {
    ...HNL,
    text: "Aloha Keoni,\n\nThank you for interviewing with us yesterday. We're wrapping up the last interviews this week and plan to make our decision by the end of the month.\n\nMahalo,\nLeilani\nHR, Koa Resorts",
    expect: [{ kind: 'response-by', by: '2031-05-31' }],
  },
  {
    ...RUH,
    text: 'Dear Faisal,\n\nFurther to your interview, HR will share the outcome with you no later than Sunday, 25 May 2031.\n\nBest regards,\nTalent Acquisition, Najd Petrochemicals',
    expect: [{ kind: 'response-by', by: '2031-05-25' }],
  },
  {
    ...SAO,
    text: "Hi Lucas, quick one: can we move tomorrow's chat to 3:30pm instead of 2pm? Same Google Meet link. Thanks!\n\nBia – Recruiting, Ipê Payments",
    expect: [{ kind: 'interview', by: '2031-05-16', time: '15:30' }],
  },
  // Negatives.
  {
    ...ATL,
    text: "Hi Jasmine, I'm putting together a panel on career changes for our alumni night on Tuesday May 20 at 6pm. Would you be willing to speak about your job search? Thanks!\n\nCarla, Alumni Relations",
    expect: [],
  },
  {
    ...BER,
    text: 'Hi Ravi,\n\nA reminder that the interview training for new hiring managers runs on Monday 19 May from 10:00 to 12:00 in Room 4.02. Please bring your laptop.\n\nL&D Team',
    expect: [],
  },
  {
    ...AMS,
    text: "Hi Sanne, I've interviewed the three finalists for the Support Engineer role; can we sync on Friday at 11 to compare notes before I make an offer? Thanks, Pieter",
    expect: [],
  },
  {
    ...PHX,
    text: 'Your application for a City of Phoenix library card has been approved. Pick up your card at any branch within 30 days.',
    expect: [],
  },
  {
    ...TYO,
    text: "Kenta-san, the recruiter from Mori Partners asked me for a reference for you. I'll call her tomorrow at 10am. Good luck!\n\nSato",
    expect: [],
  },
  {
    ...HFX,
    text: 'Reminder: Your dental cleaning is booked for Tuesday May 20 at 9:30 AM. Reply C to confirm.',
    expect: [],
  },
  {
    ...HNL,
    text: 'Hi all, the hiring freeze has been lifted! Managers can post new roles from June 1. HR will review requisitions within 5 business days.',
    expect: [],
  },
  {
    ...KUL,
    text: "Dear Parent,\n\nYour son's interview for the Form 1 boarding school intake is on Saturday 24 May at 9 am.\n\nAdmissions Office",
    expect: [],
  },
  {
    ...ACC,
    text: 'Kofi, 12 new jobs match your profile. Top pick: Procurement Officer at Akosombo Power – closes 30 May. Employers on JobWeb reply within 7 days on average.',
    expect: [],
  },
  {
    ...RUH,
    text: 'Dear Faisal, your Iqama renewal appointment at the Jawazat office is confirmed for Monday 19 May at 8:00 AM.',
    expect: [],
  },
  {
    ...KLA,
    text: "Hi Grace, I'm interviewing for a new role next Tuesday at 10 and wanted to ask if I can take a half day. Thanks, Moses",
    expect: [],
  },
];
