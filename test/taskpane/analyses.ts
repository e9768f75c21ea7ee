// Analyses as the core returns them for real situations, built from one base so each case states its point.
import type { Analysis, AnalyzeOptions, Draft, Recommendation, ThreadInput } from '../../src/core/types';
import { Gate } from './fakeHost';

const interview = {
  kind: 'interview',
  start: '2026-11-10T14:00:00-05:00',
  end: '2026-11-10T15:00:00-05:00',
  date: '2026-11-10',
  time: '14:00',
  certainty: 'stated',
  evidence: {
    message: 0,
    text: 'Your interview is confirmed for Tuesday, Nov 10 at 2:00 PM EST.',
    index: 0,
    detector: 'interview',
  },
} as const;

const timeline = {
  kind: 'response-by',
  by: '2026-11-24',
  phrase: 'within two weeks',
  fuzzy: false,
  evidence: { message: 1, text: 'We will be in touch within two weeks.', index: 22, detector: 'within-n' },
} as const;

export const followUpDraft: Draft = {
  kind: 'follow-up',
  subject: 'Re: Interview: Data Analyst',
  text: 'Dear Ada,\n\nI hope you are well. I wanted to ask whether there is any news on the Data Analyst role.\n\nBest regards,\nSam',
  html: '<p>Dear Ada,</p>',
  to: { name: 'Ada Lee', address: 'ada@acme.example' },
  asks: ['A topic you discussed in the interview'],
};

const waitRec: Recommendation = {
  action: 'wait',
  waitingFor: 'employer-timeline',
  on: '2026-11-25',
  overdue: false,
  channel: 'email',
  reasons: ['The recruiter wrote “within two weeks” on 10 Nov 2026, so that window ends on 24 Nov.'],
  evidence: [timeline.evidence],
  rule: 6,
  alternatives: ['phone', 'linkedin'],
};

export function analysis(over: Partial<Analysis> = {}): Analysis {
  return {
    candidate: 'sam@mail.example',
    messages: [
      {
        index: 0,
        from: { name: 'Ada Lee', address: 'ada@acme.example' },
        to: [{ name: 'Sam Doe', address: 'sam@mail.example' }],
        cc: [],
        sentAt: '2026-11-03T09:00:00-05:00',
        sentAtZoneStated: true,
        subject: 'Interview: Data Analyst',
        text: interview.evidence.text,
        signature: null,
        quoted: true,
        role: 'employer',
        automatic: false,
        calendar: [],
      },
      {
        index: 1,
        from: { name: 'Ada Lee', address: 'ada@acme.example' },
        to: [{ name: 'Sam Doe', address: 'sam@mail.example' }],
        cc: [],
        sentAt: '2026-11-10T16:30:00-05:00',
        sentAtZoneStated: true,
        subject: 'Re: Interview: Data Analyst',
        text: `Thanks for coming in. ${timeline.evidence.text}`,
        signature: null,
        quoted: false,
        role: 'employer',
        automatic: false,
        calendar: [],
      },
    ],
    interview,
    timeline,
    noContactBefore: null,
    noCalls: false,
    outcome: null,
    elapsedDays: 10,
    recommendation: waitRec,
    draft: followUpDraft,
    reminder: {
      subject: 'Follow up: Data Analyst',
      start: '2026-11-25T09:00:00-05:00',
      end: '2026-11-25T09:15:00-05:00',
      body: 'Time to follow up.',
    },
    tz: 'America/New_York',
    warnings: [],
    findings: {
      interviews: [interview],
      timelines: [timeline],
      noContactBefore: [],
      noCalls: [],
      outcomes: [],
    },
    ...over,
  };
}

export function recommendation(r: Partial<Recommendation> & Pick<Recommendation, 'action'>): Recommendation {
  return { ...waitRec, ...r } as Recommendation;
}

/**
 * An analyze that records its calls and answers with `respond(input, options)`, decided when it is called;
 * with a gate, the answer waits until the test releases it (an analysis slowed by a busy machine).
 */
export function fakeAnalyze(
  respond: (options: AnalyzeOptions, input: ThreadInput) => Analysis,
  gate: Gate = new Gate(),
) {
  const calls: AnalyzeOptions[] = [];
  const fn = async (input: ThreadInput, options: AnalyzeOptions) => {
    calls.push(options);
    const answer = (() => {
      try {
        return { ok: true as const, value: respond(options, input) };
      } catch (error) {
        return { ok: false as const, error };
      }
    })();
    await gate.pass();
    if (!answer.ok) throw answer.error;
    return answer.value;
  };
  return Object.assign(fn, { calls, gate });
}
