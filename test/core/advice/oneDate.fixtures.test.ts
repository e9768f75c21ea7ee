// ADVICE.md second edition, "One date per situation" and "Channel and alternatives", over every real thread we
// have: each fixture of test/fixtures/threads and each playground sample, watched a day at a time for 45 days
// from its last message. While the advice waits for or calls for a follow-up, `on` never moves later; no phone
// script ever stands beside a thank-you (nor under a no-calls request); and the reminder is never in the past.
import { rawFile } from '../../support/rawFile';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { decide } from '../../../src/core/advice';
import { draftFacts, draftsFor, proposeReminder, reminderAhead } from '../../../src/core/drafts';
import { extractFindings } from '../../../src/core/extract';
import { parseThread } from '../../../src/core/mail';
import { addDays, dateInZone, epochMs, resolveZone, zonedDateTimeToIso } from '../../../src/core/time';
import type { RawMessage, Recommendation } from '../../../src/core/types';
import { SAMPLES } from '../../../src/playground/samples/catalog';

const FIXTURES = new URL('../../fixtures/threads/', import.meta.url);
const SAMPLE_DIR = new URL('../../../src/playground/samples/', import.meta.url);
const DAYS = 45;

interface Subject {
  readonly name: string;
  readonly input: RawMessage;
  readonly tz: string;
}

const SUBJECTS: readonly Subject[] = [
  ...readdirSync(FIXTURES)
    .filter((f) => /\.(?:eml|mbox|txt)$/.test(f))
    .sort()
    .map((f) => ({ name: `fixture ${f}`, input: rawFile(FIXTURES, f), tz: 'America/New_York' })),
  ...SAMPLES.map((s) => ({
    name: `sample ${s.file}`,
    input: rawFile(SAMPLE_DIR, s.file),
    tz: resolveZone(s.zone).zone,
  })),
];

/** Waiting for, or calling for, a follow-up (rules 6, 8, 9). */
function aboutFollowUp(r: Recommendation): boolean {
  if (r.action === 'follow-up') return true;
  return r.action === 'wait' && ['employer-timeline', 'follow-up', 'second-follow-up'].includes(r.waitingFor);
}

interface Day {
  readonly today: string;
  readonly rec: Recommendation;
}

describe('one date per situation, over every fixture thread and sample (45 days each)', () => {
  for (const subject of SUBJECTS) {
    it(subject.name, async () => {
      const thread = await parseThread({ messages: [subject.input] }, { tz: subject.tz });
      const findings = extractFindings(thread, { tz: subject.tz });
      const sent = thread.messages.map((m) => (m.sentAt === null ? null : epochMs(m.sentAt)));
      const lastMs = Math.max(0, ...sent.filter((n): n is number => n !== null));
      if (lastMs === 0) return; // no dated message: nothing moves with time
      const first = dateInZone(lastMs, subject.tz);
      let previous: Day | null = null;
      const facts = draftFacts(thread, { interview: null, tz: subject.tz });
      for (let d = 0; d <= DAYS; d += 1) {
        const today = addDays(first, d);
        // 18:00: after the last message on its own day, and late enough for that day's interview to be over.
        const now = zonedDateTimeToIso(today, '18:00', subject.tz);
        if ((epochMs(now) ?? 0) < lastMs) continue;
        const decision = decide(thread, findings, { now, tz: subject.tz });
        const rec = decision.recommendation;
        const where = `${subject.name} on ${today}: ${rec.action} ${rec.on} (rule ${rec.rule})\n${rec.reasons.join('\n')}`;
        if (previous !== null && aboutFollowUp(previous.rec) && aboutFollowUp(rec))
          assert.ok(
            rec.on <= previous.rec.on,
            `${where}\nmoved later than ${previous.rec.on}, shown on ${previous.today}:\n${previous.rec.reasons.join('\n')}`,
          );
        const set = draftsFor(rec, { ...facts }, { noCalls: decision.noCalls });
        const kinds = [set.draft?.kind, ...set.alternatives.map((a) => a.kind)];
        if (rec.action === 'send-thank-you' || set.draft?.kind === 'thank-you') {
          assert.ok(!kinds.includes('phone-script'), `${where}\na phone script beside a thank-you`);
          assert.ok(!rec.alternatives.includes('phone'), `${where}\na call offered beside a thank-you`);
        }
        if (decision.noCalls)
          assert.ok(!kinds.includes('phone-script'), `${where}\na phone script under no-calls`);
        if (kinds.includes('phone-script'))
          assert.ok(rec.rule === 8 || rec.rule === 9, `${where}\nphone script`);
        for (const alt of set.alternatives)
          if (alt.kind === 'handwritten')
            assert.doesNotMatch(alt.text, /\btoday\b/i, `${where}\n${alt.text}`);
        const proposed = proposeReminder(rec, facts.subject, subject.tz, decision.interview?.end ?? null);
        if (proposed !== null) {
          const kept = reminderAhead(proposed, now, subject.tz).reminder;
          assert.ok((epochMs(kept.start) ?? 0) > (epochMs(now) ?? 0), `${where}\nreminder in the past`);
        }
        previous = { today, rec };
      }
    });
  }
});
