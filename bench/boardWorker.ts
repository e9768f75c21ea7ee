// One `followup board` run over one generated mbox, in a process of its own so that its peak memory is its own.
// Spawned by board.bench.ts; prints one JSON line.
import { performance } from 'node:perf_hooks';
import { buildBoard } from '../src/cli/boardCommand';

const file = process.argv[2] ?? '';
const start = performance.now();
const cpu = process.cpuUsage();
const result = await buildBoard([file], { now: '2026-11-26T09:00:00-05:00', tz: 'America/New_York' });
const ms = performance.now() - start;
// CPU time as well as wall time: on a shared machine the wall clock measures the neighbours too.
const used = process.cpuUsage(cpu);
const cpuMs = (used.user + used.system) / 1000;
process.stdout.write(
  `${JSON.stringify({ ms, cpuMs, messages: result.messages, rows: result.rows.length, skipped: result.skipped, maxRssKb: process.resourceUsage().maxRSS })}\n`,
);
