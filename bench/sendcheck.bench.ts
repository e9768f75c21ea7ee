// The send check on a typical reply (issue 16): `npm run bench -- sendcheck`. The message being sent replies
// to each fixture thread, quoting it as Outlook does; timed through checkSend() alone and through the whole
// OnMessageSend handler (read, check, alert text, completion) with an item handed over as Office would.
// Outlook waits for the handler before the message leaves: it must be well within a second. Asserts nothing.
import { readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { checkSend } from '../src/core/sendCheck';
import { createSendHandler } from '../src/launchevent/sendHandler';
import { outgoing } from '../test/core/sendCheck/support';

const NOW = '2026-11-20T10:00:00-05:00';
const TEXT =
  'Hi,\n\nI wanted to follow up on my interview for the role. Is there any update on the timeline for a decision?\n\nBest regards,\nGrace';

function replies() {
  const dir = new URL('../test/fixtures/threads/', import.meta.url);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .map((file) =>
      outgoing({ to: [{ name: 'Ada Lee', address: 'ada@contoso.com' }], replyTo: file, text: TEXT }),
    );
}

function report(label: string, samples: number[]): void {
  samples.sort((a, b) => a - b);
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  const p = (q: number): number => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;
  console.log(
    `${label.padEnd(40)} ${String(samples.length).padStart(5)} runs  mean ${mean.toFixed(2).padStart(6)} ms  median ${p(0.5).toFixed(2).padStart(6)} ms  p95 ${p(0.95).toFixed(2).padStart(6)} ms  max ${p(1).toFixed(2).padStart(7)} ms`,
  );
}

export async function run(): Promise<void> {
  const messages = replies();
  const options = { now: NOW, tz: 'America/New_York', me: 'grace@example.com' };
  for (const message of messages) await checkSend({ message }, options); // warm-up
  const direct: number[] = [];
  let stopped = 0;
  for (let round = 0; round < 5; round += 1) {
    for (const message of messages) {
      const t0 = performance.now();
      const check = await checkSend({ message }, options);
      direct.push(performance.now() - t0);
      if (round === 0 && check.findings.length > 0) stopped += 1;
    }
  }
  console.log(
    `the send check on a follow-up replying to each fixture thread (Node ${process.version}), now ${NOW}`,
  );
  report(`checkSend() (${messages.length} replies)`, direct);

  const handler: number[] = [];
  for (const message of messages) {
    const run = createSendHandler({
      supports: () => true,
      enabled: () => true,
      readItem: async () => ({
        ok: true,
        value: {
          input: { messages: [message] },
          me: 'grace@example.com',
          myName: 'Grace Hopper',
          tz: 'Eastern Standard Time',
          conversationId: null,
          itemId: null,
          mode: 'compose',
          subject: message.subject,
        },
      }),
      loadOverrides: async () => ({ ok: true, value: {} }),
      check: checkSend,
      now: () => NOW,
    });
    const t0 = performance.now();
    await run({ completed: () => undefined });
    handler.push(performance.now() - t0);
  }
  report('the whole OnMessageSend handler', handler);
  console.log(`${stopped} of ${messages.length} replies stopped with a finding (the rest sent at once)`);
}
