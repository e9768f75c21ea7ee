// analyze() time per thread: the realistic fixture threads, and 100-message threads (an .mbox and the fields
// Outlook hands over). Run by `npm run bench` (or `npm run bench analyze`); prints its figures, asserts nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { analyze } from '../src/core';
import type { RawMessage } from '../src/core/types';

const DIR = new URL('../test/fixtures/threads/', import.meta.url);
const OPTIONS = {
  now: '2026-12-01T09:00:00-05:00',
  tz: 'America/New_York',
  me: 'grace@example.com',
} as const;

function fixtures(): RawMessage[][] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .map((f) => [{ kind: 'mime', data: new Uint8Array(readFileSync(new URL(f, DIR))) }]);
}

const BODIES = [
  'Hi Grace,\n\nThanks for your note. We will be in touch within two weeks.\n\nBest,\nAda',
  'Hi Ada,\n\nI wanted to follow up on my interview for the Data Analyst position. Is there any update?\n\nBest regards,\nGrace',
  'Hi Grace,\n\nYour interview is confirmed for Tuesday, November 10 at 2:00 PM.\n\nBest,\nAda',
];

function day(i: number): string {
  const d = new Date(Date.UTC(2026, 8, 1, 14, 0) + i * 86_400_000 * 0.9);
  return d.toISOString().replace('.000Z', 'Z');
}

/** 100 messages in one .mbox, alternating sides. */
function mbox100(): RawMessage[] {
  const parts: string[] = [];
  for (let i = 0; i < 100; i += 1) {
    const employer = i % 2 === 0;
    const from = employer ? 'Ada Lee <ada@contoso.com>' : 'Grace Hopper <grace@example.com>';
    const to = employer ? 'grace@example.com' : 'ada@contoso.com';
    parts.push(
      `From ${employer ? 'ada@contoso.com' : 'grace@example.com'} Tue Sep  1 14:00:00 2026\nFrom: ${from}\nTo: ${to}\nSubject: Re: Interview for the Data Analyst position\nDate: ${new Date(day(i)).toUTCString()}\nMessage-ID: <m${i}@bench>\nContent-Type: text/plain; charset=utf-8\n\n${BODIES[i % 3]}\n`,
    );
  }
  return [{ kind: 'mbox', data: parts.join('\n') }];
}

/** 100 items as Office.js hands them over (the add-in path). */
function fields100(): RawMessage[] {
  return Array.from({ length: 100 }, (_, i) => {
    const employer = i % 2 === 0;
    return {
      kind: 'fields',
      subject: 'Re: Interview for the Data Analyst position',
      from: employer
        ? { name: 'Ada Lee', address: 'ada@contoso.com' }
        : { name: 'Grace Hopper', address: 'grace@example.com' },
      to: [
        employer ? { name: null, address: 'grace@example.com' } : { name: null, address: 'ada@contoso.com' },
      ],
      cc: [],
      sentAt: day(i),
      body: BODIES[i % 3] ?? '',
      bodyType: 'text',
    } as const;
  });
}

async function time(label: string, threads: readonly RawMessage[][], rounds: number): Promise<void> {
  for (const t of threads) await analyze({ messages: t }, OPTIONS); // warm-up
  const samples: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    for (const t of threads) {
      const t0 = performance.now();
      await analyze({ messages: t }, OPTIONS);
      samples.push(performance.now() - t0);
    }
  }
  samples.sort((a, b) => a - b);
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  const p = (q: number): number => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;
  console.log(
    `${label.padEnd(34)} ${String(samples.length).padStart(5)} runs  mean ${mean.toFixed(2).padStart(7)} ms  median ${p(0.5).toFixed(2).padStart(7)} ms  p95 ${p(0.95).toFixed(2).padStart(7)} ms`,
  );
}

/** A body of `mb` megabytes made of one phrase, with no sentence end: worst cases for the advice's own scans. */
function hostile(mb: number, phrase: string): RawMessage[] {
  const body = phrase.repeat(Math.ceil((mb * 1024 * 1024) / phrase.length));
  return [{ kind: 'body', body, bodyType: 'text' }];
}

export async function run(): Promise<void> {
  const typical = fixtures();
  console.log(`analyze() per thread (Node ${process.version}); now ${OPTIONS.now}, tz ${OPTIONS.tz}`);
  await time(`typical .eml threads (${typical.length} files)`, typical, 10);
  await time('100-message .mbox thread', [mbox100()], 10);
  await time('100-message Office fields thread', [fields100()], 10);
  for (const mb of [1, 2, 4]) {
    await time(`${mb} MB body of "are you could you "`, [hostile(mb, 'are you could you ')], 2);
    await time(`${mb} MB body of "meet with Ada Lee, "`, [hostile(mb, 'meet with Ada Lee, ')], 2);
  }
}
