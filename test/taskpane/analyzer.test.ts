// The pane's analyze (issue 12, speed): in a worker where there is one; here, as in a web view without
// workers, the core loaded into the pane, with the same answers and the same errors. And the made-up thread
// the worker warms up on exercises the core (an interview, a timeline, a draft), or it would warm nothing.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/core';
import { analyzeOffThread, startAnalyzer } from '../../src/taskpane/analyzer/client';
import { WARM_UP_INPUT, WARM_UP_OPTIONS } from '../../src/taskpane/analyzer/warmUp';

const sample = new Uint8Array(
  readFileSync(new URL('../../src/playground/samples/waiting-on-timeline.eml', import.meta.url)),
);
const options = { now: '2026-11-23T09:00:00-05:00', tz: 'America/New_York' };

describe('analyzeOffThread', () => {
  it('without a worker started by the page, gives what the core gives', async () => {
    assert.equal(globalThis.followupAnalyzer, undefined);
    startAnalyzer();
    const input = { messages: [{ kind: 'mime' as const, data: sample }] };
    const [mine, core] = await Promise.all([analyzeOffThread(input, options), analyze(input, options)]);
    assert.deepEqual(mine, core);
    assert.equal(mine.recommendation.action, 'wait');
  });

  it("passes the core's error on, in its words", async () => {
    await assert.rejects(
      analyzeOffThread({ messages: [] }, { ...options, now: 'next Tuesday' }),
      (e: unknown) => e instanceof TypeError && /not an ISO 8601 instant/.test(e.message),
    );
  });
});

describe('the warm-up thread', () => {
  it('goes through the core as an interview thread would: interview, timeline, advice and a draft', async () => {
    const a = await analyze(WARM_UP_INPUT, WARM_UP_OPTIONS);
    assert.equal(a.interview?.date, '2026-11-10');
    assert.equal(a.timeline?.by, '2026-11-26');
    assert.equal(a.recommendation.action, 'wait');
    assert.ok((a.drafts ?? []).length > 0);
    // What the worker hands back crosses a structured clone unchanged.
    assert.deepEqual(structuredClone(a), a);
  });
});

/** A stand-in for the browser's Worker: answers as worker.ts does, or fails as a worker that did not load. */
class FakeWorker {
  static mode: 'answer' | 'fail' = 'answer';
  static created = 0;
  static terminated = 0;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { preventDefault(): void }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  followupFailed?: boolean;
  constructor() {
    FakeWorker.created++;
  }
  postMessage(request: { id: number; input: never; options: never }): void {
    setTimeout(() => {
      if (FakeWorker.mode === 'fail') {
        this.onerror?.({ preventDefault: () => undefined });
        return;
      }
      void analyze(request.input, request.options).then((analysis) =>
        this.onmessage?.({ data: { id: request.id, ok: true, analysis: { ...analysis, fromWorker: true } } }),
      );
    }, 0);
  }
  terminate(): void {
    FakeWorker.terminated++;
  }
}

describe('analyzeOffThread with the worker the page started', () => {
  // What src/pages/supported.js leaves on the page before any bundle runs.
  const g = globalThis as { followupAnalyzer?: FakeWorker };
  beforeEach(() => {
    FakeWorker.created = 0;
    FakeWorker.terminated = 0;
    g.followupAnalyzer = new FakeWorker();
  });
  afterEach(() => {
    delete g.followupAnalyzer;
  });
  // A fresh copy of the client each time: it keeps its one worker for the page's life.
  let copies = 0;
  const freshClient = async (): Promise<typeof import('../../src/taskpane/analyzer/client')> =>
    import(`../../src/taskpane/analyzer/client.ts?copy=${++copies}`);
  const input = { messages: [{ kind: 'mime' as const, data: sample }] };

  it("takes the page's worker over, once, and gives the worker's answer", async () => {
    FakeWorker.mode = 'answer';
    const client = await freshClient();
    client.startAnalyzer();
    client.startAnalyzer();
    const a = await client.analyzeOffThread(input, options);
    assert.equal(FakeWorker.created, 1);
    assert.equal((a as { fromWorker?: boolean }).fromWorker, true);
    assert.equal(a.recommendation.action, 'wait');
  });

  it('a worker that fails: the thread is analysed in the pane, and so is every one after', async () => {
    FakeWorker.mode = 'fail';
    const client = await freshClient();
    const a = await client.analyzeOffThread(input, options);
    assert.equal((a as { fromWorker?: boolean }).fromWorker, undefined);
    assert.equal(a.recommendation.action, 'wait');
    assert.equal(FakeWorker.terminated, 1);
    const b = await client.analyzeOffThread(input, options);
    assert.equal(b.recommendation.action, 'wait');
    assert.equal(FakeWorker.created, 1);
  });

  it('a worker that failed before the pane took it over: the pane analyses, and ends that worker', async () => {
    FakeWorker.mode = 'answer';
    const started = g.followupAnalyzer;
    if (started === undefined) throw new Error('no worker');
    started.followupFailed = true;
    const client = await freshClient();
    const a = await client.analyzeOffThread(input, options);
    assert.equal((a as { fromWorker?: boolean }).fromWorker, undefined);
    assert.equal(a.recommendation.action, 'wait');
    assert.equal(FakeWorker.terminated, 1);
  });
});
