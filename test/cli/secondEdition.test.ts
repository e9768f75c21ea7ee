// The CLI's JSON under ADVICE.md's second edition (CLI.md): an offer that asks for an answer by a date carries
// `recommendation.respondBy`; and a reminder is never in the past, in the CLI as in the pane and the ribbon
// (one rule in the core: analyze() returns the reminder already moved ahead of `now`).
import { rawFile } from '../support/rawFile';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { toCliJson } from '../../src/cli/cliJson';
import { analyze } from '../../src/core';
import { addDays, dateInZone, epochMs, zonedDateTimeToIso } from '../../src/core/time';

const FIXTURES = new URL('../fixtures/threads/', import.meta.url);
const SAMPLES = new URL('../../src/playground/samples/', import.meta.url);
const TZ = 'America/New_York';

describe('CLI JSON: an offer with a deadline carries respondBy', () => {
  it('the offer sample: respondBy, the reason to reply by that day, the reminder the day before', async () => {
    const a = await analyze(
      { messages: [rawFile(SAMPLES, 'offer.eml')] },
      { now: '2026-11-23T09:00:00-05:00', tz: TZ },
    );
    const json = toCliJson(a);
    assert.equal(json.recommendation.action, 'closed');
    assert.equal(json.recommendation.respondBy, '2026-11-25');
    assert.ok(
      json.recommendation.reasons.some((r) => r.includes('Reply to the offer by Wednesday, November 25')),
    );
    assert.match(json.recommendation.reasons[0] ?? '', /pleased to offer you the position/);
    assert.equal(json.reminder?.start, '2026-11-24T09:00:00-05:00');
    assert.ok(JSON.stringify(json).includes('"respondBy":"2026-11-25"'));
  });

  it('an offer with no deadline has no respondBy key at all', async () => {
    const a = await analyze(
      { messages: [rawFile(FIXTURES, 'outlook-offer.eml')] },
      { now: '2026-11-23T13:00:00-05:00', tz: TZ },
    );
    assert.equal('respondBy' in toCliJson(a).recommendation, false);
  });
});

describe('CLI JSON: never a reminder in the past, over every fixture thread', () => {
  const files = readdirSync(FIXTURES).filter((f) => /\.(?:eml|mbox|txt)$/.test(f));
  // An afternoon 3, 8 and 15 days after the last message: 09:00 on the day to act has often gone by then.
  for (const after of [3, 8, 15]) {
    it(`${files.length} threads, ${after} days after their last message at 15:00`, async () => {
      let reminders = 0;
      for (const file of files) {
        const input = { messages: [rawFile(FIXTURES, file)] };
        const first = await analyze(input, { now: '2030-01-01T00:00:00Z', tz: TZ });
        const last = Math.max(
          0,
          ...first.messages.map((m) => (m.sentAt === null ? 0 : (epochMs(m.sentAt) ?? 0))),
        );
        if (last === 0) continue;
        const now = zonedDateTimeToIso(addDays(dateInZone(last, TZ), after), '15:00', TZ);
        const json = toCliJson(await analyze(input, { now, tz: TZ }));
        if (json.reminder === null) continue;
        reminders += 1;
        assert.ok(
          (epochMs(json.reminder.start) ?? 0) > (epochMs(now) ?? 0),
          `${file} at ${now}: reminder at ${json.reminder.start}`,
        );
      }
      assert.ok(reminders > 10, `only ${reminders} reminders proposed`);
    });
  }
});
