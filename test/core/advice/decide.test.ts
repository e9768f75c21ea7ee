// ADVICE.md's decision, one row per case: every rule at least twice, with its date, overdue flag and evidence.
import assert from 'node:assert/strict';
import { decide } from '../../../src/core/advice';
import type { Findings, Overrides, Recommendation } from '../../../src/core/types';
import {
  deepFreeze,
  findings,
  interview,
  noCalls,
  noContact,
  outcome,
  thread,
  timeline,
  TZ,
  type MessageSpec,
  CONFIRM,
  I,
  THANKS,
} from './build';

// The employer's request after the interview that the r51 rows answer.
const ASKS_REFEREES: MessageSpec = {
  role: 'employer',
  at: '2026-11-12T10:00:00-05:00',
  text: 'Could you send me details of two referees?',
};

const WITHIN_TWO_WEEKS: MessageSpec = {
  role: 'employer',
  at: '2026-11-11T10:00:00-05:00',
  text: "Thanks Grace. We'll be in touch within two weeks.",
};
const FOLLOW_UP_18: MessageSpec = {
  role: 'candidate',
  at: '2026-11-18T09:00:00-05:00',
  text: 'I wanted to follow up on my interview for the Data Analyst position. Is there any update on the timeline?',
};
const FOLLOW_UP_26: MessageSpec = {
  role: 'candidate',
  at: '2026-11-26T09:00:00-05:00',
  text: 'I am writing once more about the Data Analyst position. Could you share any news on where things stand?',
};

interface Row {
  readonly name: string;
  readonly messages: readonly MessageSpec[];
  readonly findings: Findings;
  readonly now: string;
  readonly overrides?: Overrides;
  readonly holidays?: 'none' | 'US' | 'UK';
  readonly expect: {
    readonly action: Recommendation['action'];
    readonly on: string;
    readonly rule: number;
    readonly overdue?: boolean;
    readonly waitingFor?: string;
    readonly step?: 1 | 2;
    readonly outcome?: string;
    /** Sub-strings some reason must contain: the evidence it cites. */
    readonly reasons?: readonly string[];
    readonly alternatives?: readonly string[];
    readonly elapsedDays?: number | null;
  };
}

const rows: readonly Row[] = [
  {
    name: 'rule 1: a rejection closes the thread, citing the sentence',
    messages: [
      CONFIRM,
      THANKS,
      {
        role: 'employer',
        at: '2026-11-20T11:00:00-05:00',
        text: 'We have decided to move forward with other candidates.',
      },
    ],
    findings: findings({
      interviews: [I],
      outcomes: [outcome(2, 'rejected', 'we have decided to move forward with other candidates')],
    }),
    now: '2026-11-21T10:00:00-05:00',
    expect: {
      action: 'closed',
      on: '2026-11-21',
      rule: 1,
      outcome: 'rejected',
      reasons: ["Ada wrote on November 20: 'we have decided to move forward with other candidates'"],
    },
  },
  {
    name: 'rule 1: an offer closes the thread even with no interview found',
    messages: [
      {
        role: 'employer',
        at: '2026-11-20T11:00:00-05:00',
        text: 'We are pleased to offer you the position.',
      },
    ],
    findings: findings({ outcomes: [outcome(0, 'offer', 'We are pleased to offer you the position')] }),
    now: '2026-11-20T12:00:00-05:00',
    expect: { action: 'closed', on: '2026-11-20', rule: 1, outcome: 'offer', elapsedDays: null },
  },
  {
    name: 'rule 2 (second edition): slots asked for before any interview is set: reply, not set a date',
    messages: [
      { role: 'employer', at: '2026-11-03T09:00:00-05:00', text: 'Could you do Tuesday or Wednesday?' },
    ],
    findings: findings({}),
    now: '2026-11-04T09:00:00-05:00',
    expect: { action: 'reply', on: '2026-11-04', rule: 2, elapsedDays: null },
  },
  {
    name: 'rule 3: no interview date known',
    messages: [
      {
        role: 'employer',
        at: '2026-11-03T09:00:00-05:00',
        text: 'Thanks for applying. We will be in touch.',
      },
    ],
    findings: findings({}),
    now: '2026-11-04T09:00:00-05:00',
    expect: { action: 'set-interview-date', on: '2026-11-04', rule: 3, elapsedDays: null },
  },
  {
    name: 'rule 3: "today" is the date in the user zone, not in UTC (23:30 New York is already tomorrow in UTC)',
    messages: [],
    findings: findings({}),
    now: '2026-11-05T04:30:00Z',
    expect: { action: 'set-interview-date', on: '2026-11-04', rule: 3 },
  },
  {
    name: 'rule 4: the interview is ahead: wait until its day',
    messages: [CONFIRM],
    findings: findings({ interviews: [I] }),
    now: '2026-11-05T09:00:00-05:00',
    expect: {
      action: 'wait',
      on: '2026-11-10',
      rule: 4,
      waitingFor: 'interview',
      elapsedDays: -5,
      reasons: ["Ada wrote on November 3: 'Your interview is confirmed"],
    },
  },
  {
    name: 'rule 4: a second round already scheduled is the subject, even after the first one',
    messages: [
      CONFIRM,
      THANKS,
      {
        role: 'employer',
        at: '2026-11-12T10:00:00-05:00',
        text: 'We would like to invite you to a final round on Friday, November 20 at 10:00 AM.',
      },
    ],
    findings: findings({
      interviews: [
        I,
        interview(
          2,
          '2026-11-20T10:00:00-05:00',
          '2026-11-20T11:00:00-05:00',
          'a final round on Friday, November 20 at 10:00 AM',
        ),
      ],
    }),
    now: '2026-11-13T09:00:00-05:00',
    expect: { action: 'wait', on: '2026-11-20', rule: 4, waitingFor: 'interview', elapsedDays: -7 },
  },
  {
    name: 'rule 2: the employer wrote last after the interview and asks for references',
    messages: [
      CONFIRM,
      THANKS,
      {
        role: 'employer',
        at: '2026-11-12T10:00:00-05:00',
        text: 'Thanks for coming in. Could you send two references by Friday?',
      },
    ],
    findings: findings({ interviews: [I] }),
    now: '2026-11-12T15:00:00-05:00',
    expect: {
      action: 'reply',
      on: '2026-11-12',
      rule: 2,
      reasons: ["Ada wrote on November 12: 'Could you send two references by Friday?'"],
    },
  },
  {
    name: 'rule 2: a request to confirm the notice period',
    messages: [
      CONFIRM,
      THANKS,
      WITHIN_TWO_WEEKS,
      { role: 'employer', at: '2026-11-16T10:00:00-05:00', text: 'Please confirm your notice period' },
    ],
    findings: findings({ interviews: [I], timelines: [timeline(2, '2026-11-25', 'within two weeks')] }),
    now: '2026-11-17T08:00:00-05:00',
    expect: { action: 'reply', on: '2026-11-17', rule: 2, reasons: ["'Please confirm your notice period'"] },
  },
  {
    name: 'rule 2 does not fire on boilerplate: "let me know if you have any questions" → thank-you',
    messages: [
      CONFIRM,
      {
        role: 'employer',
        at: '2026-11-10T16:00:00-05:00',
        text: 'It was great meeting you. Let me know if you have any questions!',
      },
    ],
    findings: findings({ interviews: [I] }),
    now: '2026-11-10T18:00:00-05:00',
    expect: { action: 'send-thank-you', on: '2026-11-11', rule: 5, overdue: false },
  },
  {
    name: 'rule 5: no clock time known ("the morning of Friday"): the whole next day is still on time',
    messages: [CONFIRM],
    findings: findings({
      interviews: [
        {
          ...interview(0, '2026-11-10T00:00:00-05:00', '2026-11-10T01:00:00-05:00'),
          time: null,
        },
      ],
    }),
    now: '2026-11-11T16:00:00-05:00',
    expect: {
      action: 'send-thank-you',
      on: '2026-11-11',
      rule: 5,
      overdue: false,
      elapsedDays: 1,
      reasons: ['within 24 hours of the interview, by November 11.'],
    },
  },
  {
    name: 'rule 5: no clock time known: overdue only once the next day is over',
    messages: [CONFIRM],
    findings: findings({
      interviews: [
        {
          ...interview(0, '2026-11-10T00:00:00-05:00', '2026-11-10T01:00:00-05:00'),
          time: null,
        },
      ],
    }),
    now: '2026-11-12T08:00:00-05:00',
    expect: { action: 'send-thank-you', on: '2026-11-11', rule: 5, overdue: true, elapsedDays: 2 },
  },
  {
    name: 'rule 1: once the employer has decided, a date ahead is no later round (elapsed days count back)',
    messages: [
      CONFIRM,
      THANKS,
      {
        role: 'employer',
        at: '2026-11-13T10:00:00-05:00',
        text: 'We are pleased to offer you the role. The written offer will follow on Monday.',
      },
    ],
    findings: findings({
      interviews: [I, interview(2, '2026-11-16T00:00:00-05:00', '2026-11-16T01:00:00-05:00', 'on Monday')],
      outcomes: [outcome(2, 'offer', 'pleased to offer you')],
    }),
    now: '2026-11-13T12:00:00-05:00',
    expect: { action: 'closed', on: '2026-11-13', rule: 1, outcome: 'offer', elapsedDays: 3 },
  },
  {
    name: 'rule 5: the evening of the interview: thank-you due by end + 24 h',
    messages: [CONFIRM],
    findings: findings({ interviews: [I] }),
    now: '2026-11-10T18:00:00-05:00',
    expect: {
      action: 'send-thank-you',
      on: '2026-11-11',
      rule: 5,
      overdue: false,
      elapsedDays: 0,
      alternatives: ['linkedin', 'handwritten'],
    },
  },
  {
    name: 'rule 5: past the 24 hours it is overdue, and `on` keeps the due date',
    messages: [CONFIRM],
    findings: findings({ interviews: [I] }),
    now: '2026-11-12T09:00:00-05:00',
    expect: { action: 'send-thank-you', on: '2026-11-11', rule: 5, overdue: true, elapsedDays: 2 },
  },
  {
    name: 'rule 5: a Friday interview: the thank-you is due Saturday (24 hours never move off weekends)',
    messages: [CONFIRM],
    findings: findings({
      interviews: [interview(0, '2026-11-13T16:00:00-05:00', '2026-11-13T17:00:00-05:00')],
    }),
    now: '2026-11-13T18:00:00-05:00',
    expect: { action: 'send-thank-you', on: '2026-11-14', rule: 5, overdue: false },
  },
  {
    name: 'rule 6: within two weeks of 11 November → wait until the next business day after 25 November',
    messages: [CONFIRM, THANKS, WITHIN_TWO_WEEKS],
    findings: findings({
      interviews: [I],
      timelines: [timeline(2, '2026-11-25', "We'll be in touch within two weeks.")],
    }),
    now: '2026-11-18T09:00:00-05:00',
    expect: {
      action: 'wait',
      on: '2026-11-26',
      rule: 6,
      waitingFor: 'employer-timeline',
      reasons: ["Ada wrote on November 11: 'We'll be in touch within two weeks'", 'Wednesday, November 25'],
    },
  },
  {
    name: 'rule 6: a window ending on a Friday → wait until Monday',
    messages: [
      CONFIRM,
      THANKS,
      {
        role: 'employer',
        at: '2026-11-11T10:00:00-05:00',
        text: 'We will get back to you by the end of next week.',
      },
    ],
    findings: findings({
      interviews: [I],
      timelines: [timeline(2, '2026-11-20', 'by the end of next week')],
    }),
    now: '2026-11-20T09:00:00-05:00',
    expect: { action: 'wait', on: '2026-11-23', rule: 6, waitingFor: 'employer-timeline' },
  },
  {
    name: 'rule 6: with US holidays on, the day after a window ending the Wednesday before Thanksgiving is Friday',
    messages: [CONFIRM, THANKS, WITHIN_TWO_WEEKS],
    findings: findings({ interviews: [I], timelines: [timeline(2, '2026-11-25', 'within two weeks')] }),
    now: '2026-11-18T09:00:00-05:00',
    holidays: 'US',
    expect: { action: 'wait', on: '2026-11-27', rule: 6 },
  },
  {
    name: 'rule 6: the newest employer timeline wins, even when an older one promised later',
    messages: [
      CONFIRM,
      THANKS,
      { role: 'employer', at: '2026-11-11T10:00:00-05:00', text: 'We will decide by the end of the month.' },
      { role: 'employer', at: '2026-11-16T10:00:00-05:00', text: 'Update: we expect to decide by Friday.' },
    ],
    findings: findings({
      interviews: [I],
      timelines: [
        timeline(2, '2026-11-30', 'by the end of the month'),
        timeline(3, '2026-11-20', 'by Friday'),
      ],
    }),
    now: '2026-11-17T09:00:00-05:00',
    expect: { action: 'wait', on: '2026-11-23', rule: 6, reasons: ["'by Friday'"] },
  },
  {
    name: 'rule 7: two unanswered follow-ups → move on',
    messages: [CONFIRM, THANKS, FOLLOW_UP_18, FOLLOW_UP_26],
    findings: findings({ interviews: [I] }),
    now: '2026-12-04T09:00:00-05:00',
    expect: { action: 'move-on', on: '2026-12-04', rule: 7, reasons: ['November 18 and November 26'] },
  },
  {
    name: 'rule 7: two follow-ups reported elsewhere ("I called") count too',
    messages: [CONFIRM, THANKS],
    findings: findings({ interviews: [I] }),
    now: '2026-12-04T09:00:00-05:00',
    overrides: { followUpsElsewhere: ['2026-11-18T12:00:00-05:00', '2026-11-26T12:00:00-05:00'] },
    expect: { action: 'move-on', on: '2026-12-04', rule: 7 },
  },
  {
    name: 'rule 8: one unanswered follow-up, now past the second date → second follow-up, overdue',
    messages: [CONFIRM, THANKS, FOLLOW_UP_18],
    findings: findings({ interviews: [I] }),
    now: '2026-11-27T09:00:00-05:00',
    expect: {
      action: 'follow-up',
      step: 2,
      on: '2026-11-25',
      rule: 8,
      overdue: true,
      reasons: ['a week after your follow-up of November 18'],
    },
  },
  {
    name: 'rule 8: before the date it is a wait with the same `on`',
    messages: [CONFIRM, THANKS, FOLLOW_UP_18],
    findings: findings({ interviews: [I] }),
    now: '2026-11-20T09:00:00-05:00',
    expect: { action: 'wait', waitingFor: 'second-follow-up', on: '2026-11-25', rule: 8 },
  },
  {
    name: 'rule 8: an automatic out-of-office after the follow-up is no answer',
    messages: [
      CONFIRM,
      THANKS,
      FOLLOW_UP_18,
      {
        role: 'employer',
        at: '2026-11-18T09:01:00-05:00',
        text: 'I am out of the office until Monday.',
        automatic: true,
      },
    ],
    findings: findings({ interviews: [I] }),
    now: '2026-11-25T09:00:00-05:00',
    expect: {
      action: 'follow-up',
      step: 2,
      on: '2026-11-25',
      rule: 8,
      overdue: false,
      reasons: ['does not count as an answer'],
    },
  },
  {
    name: 'rule 8: interview + 14 days falling on a Saturday moves to Monday',
    messages: [
      CONFIRM,
      THANKS,
      { role: 'candidate', at: '2026-11-13T09:00:00-05:00', text: 'Is there any update on the next steps?' },
    ],
    findings: findings({
      interviews: [interview(0, '2026-11-07T10:00:00-05:00', '2026-11-07T11:00:00-05:00')],
    }),
    now: '2026-11-24T09:00:00-05:00',
    expect: {
      action: 'follow-up',
      step: 2,
      on: '2026-11-23',
      rule: 8,
      overdue: true,
      reasons: ['is a Saturday'],
    },
  },
  {
    name: 'rule 9: thank-you sent, a week on → first follow-up',
    messages: [CONFIRM, THANKS],
    findings: findings({ interviews: [I] }),
    now: '2026-11-17T09:00:00-05:00',
    expect: {
      action: 'follow-up',
      step: 1,
      on: '2026-11-17',
      rule: 9,
      overdue: false,
      elapsedDays: 7,
      alternatives: ['phone', 'linkedin'],
    },
  },
  {
    name: 'rule 9: before a week has passed it is a wait (thank-you sent)',
    messages: [CONFIRM, THANKS],
    findings: findings({ interviews: [I] }),
    now: '2026-11-12T09:00:00-05:00',
    expect: { action: 'wait', waitingFor: 'follow-up', on: '2026-11-17', rule: 9 },
  },
  {
    name: "rule 9: a week after the employer's last message (a Sunday) moves to Monday",
    messages: [
      CONFIRM,
      THANKS,
      { role: 'employer', at: '2026-11-15T10:00:00-05:00', text: 'Thanks for your note, Grace.' },
    ],
    findings: findings({ interviews: [I] }),
    now: '2026-11-24T09:00:00-05:00',
    expect: {
      action: 'follow-up',
      step: 1,
      on: '2026-11-23',
      rule: 9,
      overdue: true,
      reasons: ["a week after Ada's last message of November 15", 'is a Sunday'],
    },
  },
  {
    name: 'rule 9: a passed timeline → the business day after it',
    messages: [CONFIRM, THANKS, WITHIN_TWO_WEEKS],
    findings: findings({ interviews: [I], timelines: [timeline(2, '2026-11-25', 'within two weeks')] }),
    now: '2026-11-30T09:00:00-05:00',
    expect: {
      action: 'follow-up',
      step: 1,
      on: '2026-11-26',
      rule: 9,
      overdue: true,
      reasons: ["the business day after the employer's window"],
    },
  },
  {
    name: 'rule 9: an acknowledgement ("thanks for the update") is not a follow-up',
    messages: [
      CONFIRM,
      THANKS,
      WITHIN_TWO_WEEKS,
      { role: 'candidate', at: '2026-11-11T11:00:00-05:00', text: 'Thanks for the update!' },
    ],
    findings: findings({ interviews: [I], timelines: [timeline(2, '2026-11-25', 'within two weeks')] }),
    now: '2026-11-30T09:00:00-05:00',
    expect: { action: 'follow-up', step: 1, on: '2026-11-26', rule: 9 },
  },
  {
    name: 'rule 9: what the employer asked for, sent, is an answer, not a follow-up (r51)',
    messages: [
      CONFIRM,
      THANKS,
      ASKS_REFEREES,
      {
        role: 'candidate',
        at: '2026-11-13T09:00:00-05:00',
        text: 'Of course. My referees are Dana Cole (dana.cole@example.com) and Raj Patel (raj.patel@example.org).',
      },
    ],
    findings: findings({ interviews: [I] }),
    now: '2026-11-30T09:00:00-05:00',
    expect: { action: 'follow-up', step: 1, on: '2026-11-19', rule: 9 },
  },
  {
    name: 'rule 8: an answer that also asks about the status is a follow-up (r51)',
    messages: [
      CONFIRM,
      THANKS,
      ASKS_REFEREES,
      {
        role: 'candidate',
        at: '2026-11-13T09:00:00-05:00',
        text: 'My referees are Dana Cole and Raj Patel. Is there any update on the timeline?',
      },
    ],
    findings: findings({ interviews: [I] }),
    now: '2026-11-30T09:00:00-05:00',
    expect: { action: 'follow-up', step: 2, on: '2026-11-24', rule: 8 },
  },
  {
    name: 'year end: interview on 28 December, a week later is 4 January',
    messages: [
      CONFIRM,
      { role: 'candidate', at: '2026-12-28T18:00:00-05:00', text: 'Thank you for meeting with me today.' },
    ],
    findings: findings({
      interviews: [interview(0, '2026-12-28T10:00:00-05:00', '2026-12-28T11:00:00-05:00')],
    }),
    now: '2027-01-04T09:00:00-05:00',
    expect: { action: 'follow-up', step: 1, on: '2027-01-04', rule: 9, elapsedDays: 7 },
  },
  {
    name: 'no-contact-before: "please do not reach out before December 1" holds the follow-up',
    messages: [
      CONFIRM,
      THANKS,
      {
        role: 'employer',
        at: '2026-11-11T10:00:00-05:00',
        text: 'Please do not reach out for an update before December 1.',
      },
    ],
    findings: findings({
      interviews: [I],
      noContactBefore: [
        noContact(2, '2026-12-01', 'Please do not reach out for an update before December 1'),
      ],
    }),
    now: '2026-11-20T09:00:00-05:00',
    expect: {
      action: 'wait',
      waitingFor: 'follow-up',
      on: '2026-12-01',
      rule: 9,
      reasons: ['the first day contact is welcome'],
    },
  },
  {
    name: 'no-contact-before holds even the thank-you until that day',
    messages: [
      {
        role: 'employer',
        at: '2026-11-03T09:00:00-05:00',
        text: 'Your interview is confirmed for Tuesday, November 10 at 2:00 PM. The panel is travelling afterwards, so please do not reach out before Friday, November 13.',
      },
    ],
    findings: findings({
      interviews: [I],
      noContactBefore: [noContact(0, '2026-11-13', 'please do not reach out before Friday, November 13')],
    }),
    now: '2026-11-10T18:00:00-05:00',
    expect: {
      action: 'send-thank-you',
      on: '2026-11-13',
      rule: 5,
      overdue: false,
      reasons: ["'please do not reach out before Friday, November 13'"],
    },
  },
  {
    name: 'no-calls: no phone alternative, and the reason says why',
    messages: [
      CONFIRM,
      THANKS,
      { role: 'employer', at: '2026-11-11T10:00:00-05:00', text: 'Please do not call the office.' },
    ],
    findings: findings({ interviews: [I], noCalls: [noCalls(2, 'Please do not call the office.')] }),
    now: '2026-11-19T09:00:00-05:00',
    expect: {
      action: 'follow-up',
      step: 1,
      on: '2026-11-18',
      rule: 9,
      alternatives: ['linkedin'],
      reasons: ["No phone call: Ada wrote on November 11: 'Please do not call the office'"],
    },
  },
  {
    name: 'override: the interview date set by hand beats none found',
    messages: [{ role: 'employer', at: '2026-11-03T09:00:00-05:00', text: 'See you soon.' }],
    findings: findings({}),
    now: '2026-11-10T18:00:00-05:00',
    overrides: { interviewStart: '2026-11-10T14:00:00-05:00', interviewMinutes: 45 },
    expect: { action: 'send-thank-you', on: '2026-11-11', rule: 5, elapsedDays: 0 },
  },
  {
    name: 'override: the interview date set by hand beats the detected one',
    messages: [CONFIRM],
    findings: findings({ interviews: [I] }),
    now: '2026-11-10T18:00:00-05:00',
    overrides: { interviewStart: '2026-11-12T10:00:00-05:00' },
    expect: { action: 'wait', waitingFor: 'interview', on: '2026-11-12', rule: 4 },
  },
  {
    name: 'override: ignoring the timeline turns rule 6 into rule 9',
    messages: [CONFIRM, THANKS, WITHIN_TWO_WEEKS],
    findings: findings({ interviews: [I], timelines: [timeline(2, '2026-11-25', 'within two weeks')] }),
    now: '2026-11-19T09:00:00-05:00',
    overrides: { ignoreTimeline: true },
    expect: { action: 'follow-up', step: 1, on: '2026-11-18', rule: 9 },
  },
  {
    name: 'override: "I sent a follow-up from another account" makes the next one the second',
    messages: [CONFIRM, THANKS],
    findings: findings({ interviews: [I] }),
    now: '2026-11-20T09:00:00-05:00',
    overrides: { followUpsElsewhere: ['2026-11-18T10:00:00-05:00'] },
    expect: { action: 'wait', waitingFor: 'second-follow-up', on: '2026-11-25', rule: 8 },
  },
  {
    name: 'override: snoozed until a date → wait until then',
    messages: [CONFIRM, THANKS],
    findings: findings({ interviews: [I] }),
    now: '2026-11-19T09:00:00-05:00',
    overrides: { snoozeUntil: '2026-11-24' },
    expect: {
      action: 'wait',
      waitingFor: 'snooze',
      on: '2026-11-24',
      rule: 9,
      reasons: ['You snoozed this thread until Tuesday, November 24'],
    },
  },
  {
    name: 'override: a snooze that has ended changes nothing',
    messages: [CONFIRM, THANKS],
    findings: findings({ interviews: [I] }),
    now: '2026-11-25T09:00:00-05:00',
    overrides: { snoozeUntil: '2026-11-24' },
    expect: { action: 'follow-up', step: 1, on: '2026-11-17', rule: 9, overdue: true },
  },
];

describe('decide: the rules of ADVICE.md', () => {
  for (const row of rows) {
    it(row.name, () => {
      const t = deepFreeze(thread(row.messages));
      const f = deepFreeze(row.findings);
      const d = decide(t, f, {
        now: row.now,
        tz: TZ,
        ...(row.overrides ? { overrides: deepFreeze(row.overrides) } : {}),
        ...(row.holidays ? { holidays: row.holidays } : {}),
      });
      const r = d.recommendation;
      const e = row.expect;
      const got = {
        action: r.action,
        on: r.on,
        rule: r.rule,
        ...(e.overdue !== undefined ? { overdue: r.overdue } : {}),
        ...(e.waitingFor !== undefined ? { waitingFor: r.action === 'wait' ? r.waitingFor : null } : {}),
        ...(e.step !== undefined ? { step: r.action === 'follow-up' ? r.step : null } : {}),
        ...(e.outcome !== undefined ? { outcome: r.action === 'closed' ? r.outcome : null } : {}),
        ...(e.alternatives !== undefined ? { alternatives: r.alternatives } : {}),
        ...(e.elapsedDays !== undefined ? { elapsedDays: d.elapsedDays } : {}),
      };
      const want = { ...e };
      delete (want as { reasons?: unknown }).reasons;
      assert.deepEqual(got, want, r.reasons.join('\n'));
      for (const part of e.reasons ?? []) {
        assert.ok(
          r.reasons.some((reason) => reason.includes(part)),
          `no reason cites "${part}":\n${r.reasons.join('\n')}`,
        );
      }
    });
  }
});

describe('decide: contract', () => {
  it('throws a TypeError naming options.now when now is not an instant', () => {
    assert.throws(() => decide(thread([]), findings({}), { now: 'yesterday', tz: TZ }), /options\.now/);
  });

  it('every recommendation has a reason', () => {
    for (const row of rows) {
      const d = decide(thread(row.messages), row.findings, {
        now: row.now,
        tz: TZ,
        ...(row.overrides ? { overrides: row.overrides } : {}),
      });
      assert.ok(d.recommendation.reasons.length > 0, row.name);
    }
  });
});
