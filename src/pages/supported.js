// Inlined by webpack.config.js into taskpane.html and commands.html, before their bundles (issue 12).
// ES5 on purpose: it must run in the oldest web view Outlook may use, to say so there instead of failing.
// The bundles need what the core's regular expressions and the compiled TypeScript use: regex lookbehind
// (WebKit 16.4+, Chromium 62+; not Internet Explorer, legacy Edge or Safari 16.3 and older) and ES2020
// syntax (optional chaining, ??). The requirement is declared here, in the page, because a manifest cannot
// name a browser engine: where the test fails, the bundles are not loaded at all and `unsupported` runs.
/**
 * @param {string[]} files the page's bundles, in order
 * @param {() => void} unsupported what the page does instead in an old web view
 * @returns {boolean} whether the bundles were loaded
 */
function followupLoad(files, unsupported) {
  var ok = true;
  try {
    new RegExp('(?<=a)b');
    new Function('var o = {}; return o?.a ?? 1;');
  } catch (e) {
    ok = false;
  }
  if (!ok) {
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
