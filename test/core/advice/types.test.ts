// Type-level checks of the Recommendation union (STYLE.md practice 20): each action carries its own fields.
import assert from 'node:assert/strict';
import type { Recommendation } from '../../../src/core/types';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;
type Of<A extends Recommendation['action']> = Extract<Recommendation, { action: A }>;

// Compile-time: a wait says what it waits for, a closed thread its outcome, a follow-up its step.
export type Checks = [
  Expect<
    Equal<
      Of<'wait'>['waitingFor'],
      'interview' | 'employer-timeline' | 'follow-up' | 'second-follow-up' | 'snooze'
    >
  >,
  Expect<Equal<Of<'closed'>['outcome'], 'rejected' | 'offer'>>,
  Expect<Equal<Of<'follow-up'>['step'], 1 | 2>>,
  Expect<
    Equal<
      Recommendation['action'],
      'set-interview-date' | 'closed' | 'wait' | 'reply' | 'send-thank-you' | 'follow-up' | 'move-on'
    >
  >,
];

describe('Recommendation: a discriminated union', () => {
  it('narrows on action', () => {
    const r = {
      action: 'follow-up',
      step: 2,
      on: '2026-11-25',
      overdue: false,
      channel: 'email',
      reasons: [],
      evidence: [],
      rule: 8,
      alternatives: [],
    } as Recommendation;
    // @ts-expect-error: only a wait has waitingFor
    const bad: unknown = r.waitingFor;
    assert.equal(bad, undefined);
    assert.equal(r.action === 'follow-up' ? r.step : null, 2);
  });
});
