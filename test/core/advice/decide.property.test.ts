// Properties of the decision over generated threads (fast-check): dates of rules 6, 8 and 9 are never on a
// weekend and never inside the employer's window; a later `now` never steps back without a new message.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { decide } from '../../../src/core/advice';
import { addBusinessDays, addDays, isWeekend, toZonedIso } from '../../../src/core/time';
import type { Findings, Recommendation, Thread } from '../../../src/core/types';
import { findings, interview, noContact, thread, timeline, type MessageSpec } from './build';

const ZONES = ['America/New_York', 'Europe/London', 'Asia/Tokyo', 'Australia/Sydney', 'UTC'] as const;
const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 1);

const TEXTS = [
  'Thank you for meeting with me today.',
  'Is there any update on the timeline?',
  'Thanks for the update!',
  'Could you send two references?',
  'Let me know if you have any questions.',
  "We'll be in touch soon.",
  'I wanted to follow up on my application.',
] as const;

interface Case {
  readonly tz: string;
  readonly thread: Thread;
  readonly findings: Findings;
  /** The instant of the newest message: `now` is drawn after it, so no message is "new" between two nows. */
  readonly lastMs: number;
}

const caseArb: fc.Arbitrary<Case> = fc
  .record({
    tz: fc.constantFrom(...ZONES),
    startDay: fc.integer({ min: 0, max: 700 }),
    startHour: fc.integer({ min: 7, max: 19 }),
    minutes: fc.constantFrom(30, 45, 60, 90),
    secondRound: fc.option(fc.integer({ min: 2, max: 20 }), { nil: null }),
    messages: fc.array(
      fc.record({
        role: fc.constantFrom('candidate' as const, 'employer' as const),
        offsetHours: fc.integer({ min: -240, max: 960 }),
        automatic: fc.boolean(),
        text: fc.constantFrom(...TEXTS),
      }),
      { maxLength: 7 },
    ),
    timelineDays: fc.array(fc.integer({ min: -5, max: 40 }), { maxLength: 2 }),
    noContactDays: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
  })
  .map((g) => {
    const startMs = T0 + g.startDay * DAY + g.startHour * 3_600_000;
    const specs: MessageSpec[] = g.messages
      .map((m) => ({ ...m, at: startMs + m.offsetHours * 3_600_000 }))
      .sort((a, b) => a.at - b.at)
      .map((m) => ({ role: m.role, at: toZonedIso(m.at, g.tz), text: m.text, automatic: m.automatic }));
    const t = thread(specs);
    const start = toZonedIso(startMs, g.tz);
    const i1 = {
      ...interview(0, start, toZonedIso(startMs + g.minutes * 60_000, g.tz)),
      date: start.slice(0, 10),
    };
    const rounds = [i1];
    if (g.secondRound !== null) {
      const s2 = startMs + g.secondRound * DAY;
      rounds.push({
        ...interview(0, toZonedIso(s2, g.tz), toZonedIso(s2 + 3_600_000, g.tz)),
        date: toZonedIso(s2, g.tz).slice(0, 10),
      });
    }
    const f = findings({
      interviews: rounds,
      timelines: g.timelineDays.map((d, k) => timeline(k, addDays(i1.date, d), 'within two weeks')),
      noContactBefore:
        g.noContactDays === null
          ? []
          : [noContact(0, addDays(i1.date, g.noContactDays), 'please do not reach out before')],
    });
    const lastMs =
      specs.length === 0 ? T0 : Math.max(...g.messages.map((m) => startMs + m.offsetHours * 3_600_000));
    return { tz: g.tz, thread: t, findings: f, lastMs };
  });

const nowAfter = (c: Case, hours: number): string => toZonedIso(c.lastMs + hours * 3_600_000, c.tz);

/** The steps of the advice in the order a thread moves through them. */
function rank(r: Recommendation): number {
  switch (r.action) {
    case 'set-interview-date':
      return 0;
    case 'closed':
      return 100;
    case 'reply':
      return 2;
    case 'send-thank-you':
      return 3;
    case 'move-on':
      return 9;
    case 'follow-up':
      return r.step === 1 ? 5.5 : 6.5;
    case 'wait':
      return r.waitingFor === 'interview'
        ? 1
        : r.waitingFor === 'employer-timeline'
          ? 4
          : r.waitingFor === 'follow-up'
            ? 5
            : 6;
  }
}

describe('decide: properties', () => {
  it('rules 6, 8 and 9 never land on a weekend, inside the employer window, or before no-contact-before', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 0, max: 24 * 90 }), (c, hours) => {
        const d = decide(c.thread, c.findings, { now: nowAfter(c, hours), tz: c.tz });
        const r = d.recommendation;
        if (![6, 8, 9].includes(r.rule)) return;
        assert.ok(!isWeekend(r.on), `${r.on} is a weekend day (rule ${r.rule})`);
        if (d.timeline !== null)
          assert.ok(
            r.on >= addBusinessDays(d.timeline.by, 1),
            `${r.on} is inside the window ending ${d.timeline.by}`,
          );
        if (d.noContactBefore !== null)
          assert.ok(r.on >= d.noContactBefore.by, `${r.on} is before ${d.noContactBefore.by}`);
      }),
      { numRuns: 600 },
    );
  });

  it('a later `now` never goes back to an earlier step without a new message', () => {
    fc.assert(
      fc.property(
        caseArb,
        fc.integer({ min: 0, max: 24 * 60 }),
        fc.integer({ min: 1, max: 24 * 60 }),
        (c, h1, dh) => {
          const a = decide(c.thread, c.findings, { now: nowAfter(c, h1), tz: c.tz }).recommendation;
          const b = decide(c.thread, c.findings, { now: nowAfter(c, h1 + dh), tz: c.tz }).recommendation;
          assert.ok(
            rank(b) >= rank(a),
            `${a.action}/${a.rule} (${a.on}) then ${b.action}/${b.rule} (${b.on})`,
          );
        },
      ),
      { numRuns: 600 },
    );
  });

  it('never throws on any message text, and never mutates its input', () => {
    fc.assert(
      fc.property(
        caseArb,
        fc.array(fc.string({ maxLength: 300 }), { maxLength: 4 }),
        fc.integer({ min: 0, max: 2000 }),
        (c, texts, hours) => {
          const t: Thread = {
            ...c.thread,
            messages: c.thread.messages.map((m, i) => ({ ...m, text: texts[i] ?? m.text })),
          };
          const before = JSON.stringify([t, c.findings]);
          const d = decide(t, c.findings, { now: nowAfter(c, hours), tz: c.tz });
          assert.ok(d.recommendation.reasons.length > 0);
          assert.equal(JSON.stringify([t, c.findings]), before);
        },
      ),
      { numRuns: 300 },
    );
  });
});
