// The stored record and its stage (issue 15): for every thread fixture, the stage stageOf() gives from the
// record made on one day equals what analyze() says on later days. One set of rules: the record is the
// advice's input, never a second copy of its rules.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../../src/core';
import { boardRows, dueCount, MAX_RECORD_MESSAGES, stageOf, toRecord } from '../../../src/core/board';
import { addDays } from '../../../src/core/time';

const THREADS = fileURLToPath(new URL('../../fixtures/threads/', import.meta.url));
const TZ = 'America/New_York';
const files = readdirSync(THREADS)
  .filter((f) => f.endsWith('.eml'))
  .sort();

/** Days after the first analysis at which the stage is recomputed: the same day, the week, the month. */
const LATER = [0, 3, 9, 16, 40];

describe('board: stageOf(toRecord(analysis)) follows analyze() as days pass', () => {
  for (const file of files) {
    it(file, async () => {
      const data = readFileSync(`${THREADS}${file}`);
      const input = { messages: [{ kind: 'mime' as const, data }] };
      const first = await analyze(input, { now: '2026-11-12T09:00:00-05:00', tz: TZ });
      const record = toRecord(first, { now: '2026-11-12T09:00:00-05:00', conversationId: file });
      assert.ok(
        JSON.stringify(record).length < 1400,
        `record of ${file} is ${JSON.stringify(record).length} chars`,
      );
      if (first.messages.length > MAX_RECORD_MESSAGES) return;
      for (const days of LATER) {
        const now = `${addDays('2026-11-12', days)}T09:00:00-05:00`;
        const expected = (await analyze(input, { now, tz: TZ })).recommendation;
        const got = stageOf(record, { now, tz: TZ }).recommendation;
        assert.deepEqual(
          { action: got.action, on: got.on, overdue: got.overdue, rule: got.rule },
          { action: expected.action, on: expected.on, overdue: expected.overdue, rule: expected.rule },
          `${file} at +${days} days`,
        );
      }
    });
  }
});

describe('board: rows', () => {
  it('moves a waiting row to "follow up today" on its day, without the thread being read again', async () => {
    const data = readFileSync(`${THREADS}outlook-within-two-weeks.eml`);
    const analysis = await analyze(
      { messages: [{ kind: 'mime', data }] },
      { now: '2026-11-12T09:00:00-05:00', tz: TZ },
    );
    const record = toRecord(analysis, { now: '2026-11-12T09:00:00-05:00', conversationId: 'c1' });
    const at = (date: string) => boardRows([record], { now: `${date}T09:00:00-05:00`, tz: TZ })[0]!;
    assert.equal(at('2026-11-20').label, 'Waiting until Thu, Nov 26');
    assert.equal(at('2026-11-20').due, false);
    assert.equal(at('2026-11-26').label, 'Follow up today');
    assert.equal(at('2026-11-26').due, true);
    assert.equal(at('2026-11-30').label, 'Follow up now (since Thu, Nov 26)');
    assert.equal(dueCount([at('2026-11-30'), at('2026-11-20')]), 1);
    assert.equal(
      boardRows([{ ...record, status: 'closed' }], { now: '2026-11-30T09:00:00-05:00', tz: TZ })[0]!.due,
      false,
    );
  });
});
