// A jsdom window for the component tests, set up before and torn down after each test file (useDom), so the
// core's tests never run with DOM globals about. react-dom decides once, when it loads, whether it runs in a
// browser (its canUseDOM flag turns on the input events onChange needs): so it is loaded here, inside a
// short-lived window, before any test file that renders.
import globalJsdom from 'global-jsdom';

const html = '<!doctype html><html><body></body></html>';
const options = { pretendToBeVisual: true, url: 'https://localhost:3000/taskpane.html' };

let cleanup: (() => void) | null = globalJsdom(html, options);
await import('react-dom');
// Fluent decides the same way, once (useIsomorphicLayoutEffect): loaded outside a DOM it would run layout
// effects as passive ones, and a Tab would call its registration before it is set ("Cannot call an event
// handler while rendering"), in whichever test file first imported a component without a window.
await import('@fluentui/react-components');
cleanup();
cleanup = null;

// The machine running the suite may be busy: give findBy/waitFor room before they give up (a bound on
// waiting, not an assertion about speed).
const { configure } = await import('@testing-library/react');
configure({ asyncUtilTimeout: 5000 });

/** Call at the top of a describe(): a DOM for its tests, removed after them. */
export function useDom(): void {
  before(() => {
    cleanup ??= globalJsdom(html, options);
  });
  after(() => {
    cleanup?.();
    cleanup = null;
  });
}
