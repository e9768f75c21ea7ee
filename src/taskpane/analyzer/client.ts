// The pane's analyze() (issue 12, speed): the core runs in a worker (worker.ts, built as analyzer.js), which
// taskpane.html's head starts before Office.js and the pane's own code load (src/pages/supported.js), so its
// code loads, compiles and warms up beside them and never on the pane's thread; the pane takes it over here.
// Where the web view has no workers, the page started none, or the worker fails or dies, the core is loaded
// into the pane on demand and every thread is still analysed, the same way (`analyze` is one function of data;
// only where it runs differs).
import type { Analysis, AnalyzeOptions, ThreadInput } from '../../core/types';
import type { AnalyzeRequest, AnalyzeResponse } from './protocol';

interface Pending {
  readonly input: ThreadInput;
  readonly options: AnalyzeOptions;
  readonly resolve: (analysis: Analysis) => void;
  readonly reject: (error: unknown) => void;
}

/** undefined: not started yet; null: no worker here, the core runs in the pane. */
let worker: Worker | null | undefined;
const pending = new Map<number, Pending>();
let nextId = 1;

function inPane(input: ThreadInput, options: AnalyzeOptions): Promise<Analysis> {
  return import(/* webpackChunkName: "core" */ '../../core/analyze').then((core) =>
    core.analyze(input, options),
  );
}

/** The worker is gone: what it was asked is analysed in the pane, and so is everything after. */
function fallBack(): void {
  worker?.terminate();
  worker = null;
  for (const [id, p] of pending) {
    pending.delete(id);
    inPane(p.input, p.options).then(p.resolve, p.reject);
  }
}

function answer(response: AnalyzeResponse): void {
  if ('ready' in response) return;
  const p = pending.get(response.id);
  if (p === undefined) return;
  pending.delete(response.id);
  if (response.ok) p.resolve(response.analysis);
  // The core's errors are TypeErrors (a malformed `now`): the pane shows the message either way.
  else
    p.reject(response.name === 'TypeError' ? new TypeError(response.message) : new Error(response.message));
}

/** The worker as the page's head left it (src/pages/supported.js `followupStartAnalyzer`). */
export interface StartedWorker extends Worker {
  /** Set when it failed before the pane took it over: nobody was listening then. */
  followupFailed?: boolean;
}

declare global {
  var followupAnalyzer: StartedWorker | undefined;
}

/** Takes over the worker the page started, once. Without one (tests, old web views) the core runs in the pane. */
export function startAnalyzer(): void {
  if (worker !== undefined) return;
  const started = globalThis.followupAnalyzer;
  if (started === undefined || started.followupFailed === true) {
    started?.terminate();
    worker = null;
    return;
  }
  started.onmessage = (event: MessageEvent<AnalyzeResponse>) => answer(event.data);
  // A script that failed to load, or an error the worker did not catch: its answers will never come.
  started.onerror = (event) => {
    event.preventDefault();
    fallBack();
  };
  started.onmessageerror = fallBack;
  worker = started;
}

/** The core's analyze, off the pane's thread where it can be. */
export function analyzeOffThread(input: ThreadInput, options: AnalyzeOptions): Promise<Analysis> {
  startAnalyzer();
  const running = worker;
  if (running === null || running === undefined) return inPane(input, options);
  return new Promise<Analysis>((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { input, options, resolve, reject });
    try {
      running.postMessage({ id, input, options } satisfies AnalyzeRequest);
    } catch {
      // Something in the thread the structured clone cannot copy: analysed here instead.
      pending.delete(id);
      inPane(input, options).then(resolve, reject);
    }
  });
}
