// Inlined by webpack.config.js into taskpane.html and commands.html, before their bundles (issue 12).
// ES5 on purpose: it must run in the oldest web view Outlook may use, to say so there instead of failing.
// The bundles need what the core's regular expressions and the compiled TypeScript use: regex lookbehind
// (WebKit 16.4+, Chromium 62+; not Internet Explorer, legacy Edge or Safari 16.3 and older) and ES2020
// syntax (optional chaining, ??). The requirement is declared here, in the page, because a manifest cannot
// name a browser engine: where the test fails, the bundles are not loaded at all and `unsupported` runs.
/** @returns {boolean} whether this web view can run the bundles */
function followupSupported() {
  try {
    new RegExp('(?<=a)b');
    new Function('var o = {}; return o?.a ?? 1;');
    return true;
  } catch (e) {
    return false;
  }
}

/**
 * @param {string[]} files the page's bundles, in order
 * @param {() => void} unsupported what the page does instead in an old web view
 * @returns {boolean} whether the bundles were loaded
 */
function followupLoad(files, unsupported) {
  if (!followupSupported()) {
    unsupported();
    return false;
  }
  for (var i = 0; i < files.length; i++) {
    var script = document.createElement('script');
    script.src = files[i];
    // Inserted scripts run as they arrive unless async is false: the bundles keep their order.
    script.async = false;
    document.body.appendChild(script);
  }
  return true;
}

/**
 * The task pane's analyzing worker (issue 12, speed), started from the page's head before Office.js loads, so
 * that the core's code downloads, compiles and warms up while Office.js and the pane's own bundle load. The
 * pane's code takes it over from `window.followupAnalyzer` (src/taskpane/analyzer/client.ts). A failure before
 * then is remembered on the worker, since nobody listens yet: the pane then analyses in its own thread.
 * @param {string} url the worker's script (analyzer.js)
 */
function followupStartAnalyzer(url) {
  if (typeof Worker === 'undefined' || !followupSupported()) return;
  try {
    var worker = new Worker(url, { name: 'followup-analyze' });
    worker.onerror = function (event) {
      event.preventDefault();
      worker.followupFailed = true;
    };
    window.followupAnalyzer = worker;
  } catch (e) {
    // A content security policy that forbids workers here: the pane does the work.
  }
}
