// What taskpane.js may carry (issue 12: the reader runs in the pane's worker, analyzer.js; issue 13: bundle sizes).
// One import of RESCHEDULE_CUE from phrases/en.ts by the drafts brought the whole English table into the pane at
// 3032c52 (taskpane.js 174.9 -> 194.4 KB gzip) and nothing said so. This walks the pane's static imports, as
// webpack follows them into taskpane.js (`import type` and `import()` aside: erased, or a chunk of its own), and
// names the chain that reaches the reader.
import assert from 'node:assert/strict';
import path from 'node:path';
import { chain, reach, root } from './staticImports';

/** The reader's modules, which belong in analyzer.js and the language chunks, never in the pane's own bundle. */
const READER = [
  'src/core/analyze.ts',
  'src/core/extract/index.ts',
  'src/core/mail/index.ts',
  'src/core/extract/phrases/en.ts',
  'src/core/extract/phrases/de.ts',
  'src/core/extract/phrases/fr.ts',
  'src/core/extract/phrases/es.ts',
];

describe("taskpane.js's imports", () => {
  it('leave the reader (analyze, the mail parser, the phrase tables) to the worker', () => {
    const parent = reach('src/taskpane/index.tsx');
    assert.ok(parent.size > 50, `the walk found only ${parent.size} modules`);
    const found = READER.map((f) => path.join(root, f)).filter((f) => parent.has(f));
    assert.deepEqual(
      found.map((f) => chain(parent, f)),
      [],
    );
  });

  it('the walk does find the reader where it is: the analyzing worker', () => {
    const parent = reach('src/taskpane/analyzer/worker.ts');
    for (const f of READER.filter((r) => !/phrases\/(?:de|fr|es)\.ts$/.test(r)))
      assert.ok(parent.has(path.join(root, f)), f);
  });
});
