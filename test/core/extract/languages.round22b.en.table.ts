// Round 260b (issue 13): written BEFORE the engine read it, after round 260's fixes. Negatives of kinds not tried
// before: an applicant tracking system's notice to a recruiter ("feedback due"), a new-applicant alert, benefits
// enrolment, a laptop return, a calendar invitation for a haircut, a sibling's "my interview is tomorrow", a church
// rota, a hiring event for all, a Glassdoor reply; positives with layouts not yet tried (a dot-separated line, a
// "When:" label with an en dash range, a promise after "Update:", a rejection in one line).
// Names, companies and dates are invented; answers follow TIMELINE-CONVENTIONS.md. First run: FIRST_RUN.
import type { PhraseRow } from './phrases.table';

// Thursday 12 October 2028, 16:10 local.
const NY = { sentAt: '2028-10-12T16:10:00-04:00', tz: 'America/New_York' } as const;
const DEN = { sentAt: '2028-10-12T16:10:00-06:00', tz: 'America/Denver' } as const;
const LDN = { sentAt: '2028-10-12T16:10:00+01:00', tz: 'Europe/London' } as const;
const MEL = { sentAt: '2028-10-12T16:10:00+11:00', tz: 'Australia/Melbourne' } as const;
const BLR = { sentAt: '2028-10-12T16:10:00+05:30', tz: 'Asia/Kolkata' } as const;

/** Round 260b: English whole messages, most of them negatives. */
export const ROUND_260B_EN: readonly PhraseRow[] = [
  // Positives.
  {
    ...LDN,
    text: 'Hi Tom,\n\nYour interview is booked:\nTue 17 Oct · 14:00–14:45 (BST) · Video call with Anna Price, Head of Product\n\nSee you then,\nEmily\nPeople Team, Kestrel Apps',
    expect: [{ kind: 'interview', by: '2028-10-17', time: '14:00' }],
  },
  {
    ...DEN,
    text: 'Hi Marco,\n\nWhen: Monday, October 16 · 1:00 – 2:00pm MT\nWhere: Zoom\nWho: Janet Ruiz (Engineering Manager)\n\nLooking forward to it!\nRocky Mountain Robotics Recruiting',
    expect: [{ kind: 'interview', by: '2028-10-16', time: '13:00' }],
  },
  {
    ...MEL,
    text: "Hi Sienna,\n\nUpdate: we've finished the last interviews today. You'll have our decision by Wednesday next week at the latest.\n\nCheers,\nLiam\nTalent, Yarra Analytics",
    expect: [{ kind: 'response-by', by: '2028-10-18' }],
  },
  {
    ...NY,
    text: "Hi Dana, thanks for interviewing with us — we won't be moving forward, but we appreciated your time. Best, Kyle (Recruiting, Northfield Media)",
    expect: [{ kind: 'outcome', outcome: 'rejected' }],
  },
  {
    ...BLR,
    text: 'Dear Rahul,\n\nYour HR round is scheduled on 16-Oct-2028 (Monday) at 03:30 PM IST over Microsoft Teams. Kindly acknowledge this mail.\n\nRegards,\nTalent Acquisition\nNimbus Infotech',
    expect: [{ kind: 'interview', by: '2028-10-16', time: '15:30' }],
  },
  // Negatives.
  {
    ...NY,
    text: 'Reminder: Your interview feedback for candidate Maria Gomez (Senior Analyst, REQ-4471) is due by Friday, October 13. Submit your scorecard in Greenhouse.\n\nGreenhouse',
    expect: [],
  },
  {
    ...DEN,
    text: 'New applicant for Warehouse Lead: Jordan Smith applied on October 12, 2028. Review the application and schedule a phone screen within 5 business days to meet your SLA.\n\nWorkable',
    expect: [],
  },
  {
    ...LDN,
    text: "Hi all,\n\nBenefits open enrolment runs until Friday 27 October. If you don't make a choice by then, your current cover rolls over.\n\nReward Team",
    expect: [],
  },
  {
    ...MEL,
    text: "Hi Sienna,\n\nAs you're finishing up on the 20th, please return your laptop and pass to IT by Thursday 19 October.\n\nThanks,\nIT Service Desk",
    expect: [],
  },
  {
    ...NY,
    text: 'Invitation: Haircut @ Sat Oct 14, 2028 11am - 12pm (EDT) (dana.w@gmail.com)\n\nJoin with Google Meet: no\nWhere: Studio 54 Salon\n\nGoogle Calendar',
    expect: [],
  },
  {
    ...LDN,
    text: "Hey sis,\n\nMy interview at the bank is tomorrow at 10, wish me luck!! I'll ring you after.\n\nJake",
    expect: [],
  },
  {
    ...DEN,
    text: 'Greeters rota for October: Sun 15 Oct 9:45am – Marco & Lucy; Sun 22 Oct 9:45am – Ben & Ana. Please swap among yourselves if needed.\n\nSt Mark’s Parish Office',
    expect: [],
  },
  {
    ...BLR,
    text: 'Mega Hiring Event! Walk in with your resume on Saturday, 21 October 2028, 10 AM – 4 PM at Nimbus Tech Park, Whitefield. On-the-spot interviews for 200+ roles.\n\nNimbus Careers',
    expect: [],
  },
  {
    ...NY,
    text: 'Northfield Media responded to your review: "Thanks for sharing your interview experience. We review all feedback and aim to improve our hiring process within the next quarter."\n\nGlassdoor',
    expect: [],
  },
];
