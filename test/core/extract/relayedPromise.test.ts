// A promise relayed by an agency or a recruiter: the client's word back to them is word on its way to the candidate
// (held-out thread round r13). The candidate asked to get back to the recruiter is still the candidate's deadline.
import assert from 'node:assert/strict';
import { findInText } from '../../../src/core/extract';
import { dateOf } from './score';

// Monday 23 November 2026, 09:48 in London.
const LDN = { sentAt: '2026-11-23T09:48:00+00:00', tz: 'Europe/London' } as const;

const ROWS: readonly (readonly [string, readonly string[]])[] = [
  ["The client told me they'll get back to me by Thursday.", ['response-by 2026-11-26']],
  ['Their HR manager is going to come back to me within a week.', ['response-by 2026-11-30']],
  ["She'll be back to me by the end of next week with the panel's decision.", ['response-by 2026-12-04']],
  [
    'They should come back to us early next week, and I will forward whatever they say.',
    ['response-by 2026-12-02'],
  ],
  // The candidate's own deadline: no employer timeline.
  ['Please get back to me by Friday with your salary expectations.', []],
  ['Could you get back to us by Wednesday with two references?', []],
];

describe("extract: a promise relayed by the recruiter counts as the employer's", () => {
  for (const [text, want] of ROWS)
    it(text, () => {
      const got = findInText(text, LDN.sentAt, { tz: LDN.tz })
        .filter((f) => f.kind === 'response-by')
        .map((f) => `${f.kind} ${dateOf(f)}`);
      assert.deepEqual(got, want);
    });
});
