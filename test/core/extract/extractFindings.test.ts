import assert from 'node:assert/strict';
import { extractFindings } from '../../../src/core/extract';
import type { Thread } from '../../../src/core/types';
import { message } from './support';

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

const thread: Thread = {
  candidate: 'me@example.com',
  warnings: [],
  messages: [
    message(
      0,
      'employer',
      '2026-11-02T09:00:00-05:00',
      'Your interview is confirmed for Tuesday, November 10 at 2:00 PM. Please do not call the office.',
    ),
    message(
      1,
      'candidate',
      '2026-11-02T10:00:00-05:00',
      'Thank you, see you then. I will be in touch by Friday.',
    ),
    message(
      2,
      'employer',
      '2026-11-10T16:00:00-05:00',
      'Thanks for coming in today. We will get back to you within two weeks.',
    ),
    message(
      3,
      'employer',
      '2026-11-11T08:00:00-05:00',
      'I am out of the office. You will hear from us within 3 days.',
      { automatic: true },
    ),
    message(4, 'employer', null, 'We will get back to you within two weeks.'),
  ],
};

describe('extractFindings', () => {
  it('does not mutate its input', () => {
    const frozen = deepFreeze(structuredClone(thread));
    assert.doesNotThrow(() => extractFindings(frozen, { tz: 'America/New_York' }));
    assert.deepEqual(frozen, thread);
  });

  const found = extractFindings(thread, { tz: 'America/New_York' });
  const rows: readonly [string, () => unknown, unknown][] = [
    [
      'reads the interview from the employer invitation',
      () => found.interviews.map((i) => i.start),
      ['2026-11-10T14:00:00-05:00'],
    ],
    [
      'the interview lasts 60 minutes by default',
      () => found.interviews[0]?.end,
      '2026-11-10T15:00:00-05:00',
    ],
    [
      "takes the timeline from the employer, against that message's own sent date",
      () => found.timelines.map((t) => [t.by, t.evidence.message]),
      [['2026-11-24', 2]],
    ],
    ['ignores a candidate\'s own "by Friday" and automatic replies', () => found.timelines.length, 1],
    ['reads a no-calls policy with its evidence', () => found.noCalls.map((n) => n.evidence.message), [0]],
    [
      'a message without a sent time yields no relative date',
      () => found.timelines.some((t) => t.evidence.message === 4),
      false,
    ],
  ];
  for (const [name, f, want] of rows) it(name, () => assert.deepEqual(f(), want));

  it('a later reschedule supersedes the earlier slot', () => {
    const moved: Thread = {
      ...thread,
      messages: [
        message(
          0,
          'employer',
          '2026-11-02T09:00:00-05:00',
          'Your interview is confirmed for Tuesday, November 10 at 2:00 PM.',
        ),
        message(
          1,
          'employer',
          '2026-11-05T09:00:00-05:00',
          'We need to reschedule. Could we move it to Thursday, November 12 at 11am?',
        ),
      ],
    };
    assert.deepEqual(
      extractFindings(moved, { tz: 'America/New_York' }).interviews.map((i) => i.start),
      ['2026-11-12T11:00:00-05:00'],
    );
  });

  it('counts "a week after your interview" from the interview an earlier message named', () => {
    const t: Thread = {
      ...thread,
      messages: [
        message(
          0,
          'employer',
          '2026-11-02T09:00:00-05:00',
          'Your interview is confirmed for Tuesday, November 10 at 2:00 PM.',
        ),
        message(
          1,
          'employer',
          '2026-11-03T09:00:00-05:00',
          'We will get back to you within a week after your interview.',
        ),
      ],
    };
    assert.deepEqual(
      extractFindings(t, { tz: 'America/New_York' }).timelines.map((x) => x.by),
      ['2026-11-17'],
    );
  });

  it('business days skip public holidays only when switched on', () => {
    const t: Thread = {
      ...thread,
      messages: [
        message(
          0,
          'employer',
          '2026-11-25T09:00:00-05:00',
          'We will get back to you within 2 business days.',
        ),
      ],
    };
    assert.deepEqual(
      [
        extractFindings(t, { tz: 'America/New_York' }).timelines[0]?.by,
        extractFindings(t, { tz: 'America/New_York', holidays: 'US' }).timelines[0]?.by,
      ],
      ['2026-11-27', '2026-11-30'],
    );
  });

  it('reads a calendar invitation', () => {
    const cal: Thread = {
      ...thread,
      messages: [
        message(0, 'employer', '2026-11-02T09:00:00-05:00', 'Invitation attached.', {
          calendar: [
            {
              start: '2026-11-10T19:00:00Z',
              end: '2026-11-10T19:45:00Z',
              summary: 'Interview',
              cancelled: false,
            },
          ],
        }),
      ],
    };
    const i = extractFindings(cal, { tz: 'America/New_York' }).interviews[0];
    assert.deepEqual(
      [i?.start, i?.end, i?.time],
      ['2026-11-10T14:00:00-05:00', '2026-11-10T14:45:00-05:00', '14:00'],
    );
  });

  it("reads an unzoned time in the sending message's own offset", () => {
    const la: Thread = {
      ...thread,
      messages: [
        message(
          0,
          'employer',
          '2026-11-02T09:00:00-08:00',
          'Can you do Thursday, November 5 at 2pm for the interview?',
        ),
      ],
    };
    assert.equal(
      extractFindings(la, { tz: 'America/New_York' }).interviews[0]?.start,
      '2026-11-05T17:00:00-05:00',
    );
  });

  it('never throws on hostile text', function () {
    // 50 KB of time phrases: a few seconds alone, far more on a loaded machine. What this checks is that it ends
    // without throwing, not how fast (speed is the bench's: npm run bench -- robustness).
    this.timeout(120_000);
    const junk = `${'by Friday within 2 weeks '.repeat(2000)}\u0000\uFFFF ${'9'.repeat(5000)}/`;
    assert.doesNotThrow(() =>
      extractFindings(
        { ...thread, messages: [message(0, 'employer', '2026-11-02T09:00:00-05:00', junk)] },
        { tz: 'Nowhere/Zone' },
      ),
    );
  });
});
