// Stored overrides the core cannot use (issues 10 and 14): analyze() ignores each bad field with a warning,
// keeps the good ones, and never throws. The settings reader uses the same validator (src/core/overrides.ts).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../../../src/core';
import type { Overrides } from '../../../src/core/types';

const eml = readFileSync(new URL('../../fixtures/threads/outlook-within-two-weeks.eml', import.meta.url));
const options = { now: '2026-11-26T12:00:00Z', tz: 'America/New_York' } as const;
const run = (overrides: unknown) =>
  analyze({ messages: [{ kind: 'mime', data: eml }] }, { ...options, overrides: overrides as Overrides });

describe('stored overrides the core cannot use', () => {
  const bad: readonly { name: string; overrides: Record<string, unknown> }[] = [
    { name: 'an impossible snooze date', overrides: { snoozeUntil: '2026-13-40' } },
    { name: '30 February', overrides: { snoozeUntil: '2026-02-30' } },
    { name: 'a snooze in year 9999', overrides: { snoozeUntil: '9999-12-31' } },
    { name: 'a snooze in 1899', overrides: { snoozeUntil: '1899-12-31' } },
    { name: 'a snooze that is no ISO date', overrides: { snoozeUntil: 'March 7, 2026' } },
    { name: 'an interview in year 0001', overrides: { interviewStart: '0001-01-01T00:00:00Z' } },
    { name: 'an interview in 2101', overrides: { interviewStart: '2101-03-01T10:00:00Z' } },
    { name: 'an interview on 13/40', overrides: { interviewStart: '2026-13-40T10:00:00Z' } },
    { name: 'an interview written in words', overrides: { interviewStart: 'March 7, 2026' } },
    { name: 'an interview as "1"', overrides: { interviewStart: '1' } },
    { name: 'an interview as a number', overrides: { interviewStart: 1_763_000_000_000 } },
    { name: 'negative minutes', overrides: { interviewMinutes: -5 } },
    { name: 'NaN minutes', overrides: { interviewMinutes: Number.NaN } },
    { name: 'a string for a boolean', overrides: { ignoreTimeline: 'yes' } },
    {
      name: 'follow-ups that are no instants',
      overrides: { followUpsElsewhere: ['garbage', '2026-02-30T09:00:00Z'] },
    },
    { name: 'follow-ups that are no list', overrides: { followUpsElsewhere: '2026-11-20T09:00:00Z' } },
  ];

  for (const row of bad)
    it(`${row.name}: ignored with a warning, advice as without it`, async () => {
      const plain = await run(undefined);
      const a = await run(row.overrides);
      assert.deepEqual(
        a.warnings.filter((w) => w.code === 'invalid-override').length,
        1,
        JSON.stringify(a.warnings),
      );
      assert.deepEqual(a.recommendation, plain.recommendation);
      assert.deepEqual(a.interview, plain.interview);
    });

  it('a bad field beside good ones: the good ones still count', async () => {
    const a = await run({ snoozeUntil: '2026-13-40', interviewStart: '2026-11-12T15:00:00-05:00' });
    assert.equal(a.interview?.start, '2026-11-12T15:00:00-05:00');
    assert.equal(a.warnings.filter((w) => w.code === 'invalid-override').length, 1);
  });

  it('a value that is no object at all is one warning', async () => {
    for (const value of ['{"snoozeUntil":"2026-12-01"}', 42, [1, 2]]) {
      const a = await run(value);
      assert.equal(a.warnings.filter((w) => w.code === 'invalid-override').length, 1);
    }
  });

  it('valid overrides give no warning', async () => {
    const a = await run({ snoozeUntil: '2026-12-01', interviewMinutes: 45, ignoreTimeline: false });
    assert.deepEqual(a.warnings, []);
    assert.equal(a.recommendation.action, 'wait');
  });
});
