// Webpack loader for the core's phrase tables (src/core/extract/phrases, and the tables of rows elsewhere in
// src/core: detectLanguage.ts, drafts/slotCheck.ts, sendCheck/phrases.ts): each row's `example` (STYLE.md practice
// 19) is for the reviewer and the table tests, never read at run time, so the bundles leave the sentence out, and
// the key with it (issue 13: the commands bundle's budget). Only a quoted example goes; a computed one (`example: w`)
// stays. Tests read the source as written.
module.exports = function stripRowExamples(source) {
  return source.replace(/\bexample:\s*(?:'(?:[^'\\\r\n]|\\.)*'|"(?:[^"\\\r\n]|\\.)*")\s*,?/g, '');
};
