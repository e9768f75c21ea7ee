// A jsdom window for the component tests, set up and torn down per test file. It is installed once at import
// time as well, because react-dom decides at load whether it runs in a browser (canUseDOM); later files that
// find it torn down install a fresh one in their before() hook.
import globalJsdom from 'global-jsdom';

let cleanup: (() => void) | null = null;

function install(): void {
  if (cleanup) return;
  cleanup = globalJsdom('<!doctype html><html><body></body></html>', {
    pretendToBeVisual: true,
    url: 'https://localhost:3000/taskpane.html',
  });
}

install();

/** Call at the top of a describe(): a DOM for its tests, removed after them. */
export function useDom(): void {
  before(install);
  after(() => {
    cleanup?.();
    cleanup = null;
  });
}
