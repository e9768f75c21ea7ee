// Small Draft / Analysis / ReminderProposal values for the host tests (the core builds real ones).
import type { Analysis, Draft, Recommendation, ReminderProposal } from '../../src/core/types';

export function draft(overrides: Partial<Draft> = {}): Draft {
  return {
    kind: 'follow-up',
    subject: 'Following up: Senior Engineer interview',
    text: 'Hi Ada,\n\nI wanted to follow up.\n\nSam',
    html: '<p>Hi Ada,</p><p>I wanted to follow up.</p><p>Sam</p>',
    to: { name: 'Ada Lee', address: 'ada.lee@example.com' },
    asks: [],
    ...overrides,
  };
}

export function reminder(overrides: Partial<ReminderProposal> = {}): ReminderProposal {
  return {
    subject: 'Follow up with Ada Lee (Senior Engineer)',
    start: '2026-11-24T09:00:00-08:00',
    end: '2026-11-24T09:15:00-08:00',
    body: 'Send the follow-up drafted by Follow-up Coach.',
    ...overrides,
  };
}

const base = {
  on: '2026-11-24',
  overdue: false,
  channel: 'email',
  reasons: [],
  evidence: [],
  rule: 5,
  alternatives: [],
} as const;

export function recommendation(
  extra: Partial<Recommendation> & Pick<Recommendation, 'action'>,
): Recommendation {
  return { ...base, ...extra } as Recommendation;
}

export function analysis(overrides: Partial<Analysis> = {}): Analysis {
  return {
    candidate: 'sam@mail.test',
    messages: [],
    interview: null,
    timeline: null,
    noContactBefore: null,
    noCalls: false,
    outcome: null,
    elapsedDays: 14,
    recommendation: recommendation({ action: 'follow-up', step: 1 }),
    draft: draft(),
    reminder: reminder(),
    tz: 'America/Los_Angeles',
    warnings: [],
    findings: { interviews: [], timelines: [], noContactBefore: [], noCalls: [], outcomes: [] },
    ...overrides,
  };
}
