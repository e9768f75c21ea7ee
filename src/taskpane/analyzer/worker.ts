// The core's analyze() in a worker of its own (issue 12, speed): its code loads, compiles and runs beside the
// pane's, which meanwhile starts React, paints and reads the item from Outlook. Data in, data out: the thread
// and the options arrive as a message, the Analysis (plain data) goes back, or the error's words.
import { analyze } from '../../core/analyze';
import type { AnalyzeRequest, AnalyzeResponse } from './protocol';
import { WARM_UP_INPUT, WARM_UP_OPTIONS } from './warmUp';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<AnalyzeRequest>) => void) | null;
  postMessage: (message: AnalyzeResponse) => void;
};

scope.onmessage = (event) => {
  const { id, input, options } = event.data;
  analyze(input, options).then(
    (analysis) => scope.postMessage({ id, ok: true, analysis }),
    (e: unknown) =>
      scope.postMessage({
        id,
        ok: false,
        name: e instanceof Error ? e.name : 'Error',
        message: e instanceof Error ? e.message : String(e),
      }),
  );
};

// While the pane starts, one made-up thread compiles the core's code (warmUp.ts); a thread that arrives
// meanwhile is analysed as it comes. Nothing of it is kept, and a failure here changes nothing.
void analyze(WARM_UP_INPUT, WARM_UP_OPTIONS)
  .catch(() => undefined)
  .then(() => scope.postMessage({ id: 0, ok: true, ready: true }));
