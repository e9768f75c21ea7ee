// What commands.js may carry (issue 13: 80 KB gzip). The entry registers the ribbon's commands; the core work
// (the reader, the drafts, the board's recording) is the chunk commandCore.ts, loaded by import() on the first
// click. One static import of the core from the entry or the handlers would bring it all back into commands.js
// (133.4 KB gzip when it did) and nothing else would say so: this walks the entry's static imports as webpack
// follows them into commands.js and names the chain that reaches the core.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chain, reach, root } from './staticImports';

/**
 * The core's heavy modules: in the click's chunk, never in commands.js. Not the drafts: the overrides' store
 * takes one line formatter through drafts/index.ts, which webpack prunes to that module (package.json
 * `sideEffects: false`) while this walk, following the index's re-exports, would count the whole.
 */
const CORE = [
  'src/core/analyze.ts',
  'src/core/extract/index.ts',
  'src/core/mail/index.ts',
  'src/core/board/index.ts',
  'src/core/extract/phrases/en.ts',
  'src/office/board.ts',
];

describe("commands.js's imports", () => {
  it('leave the core (analyze, the mail parser, the phrase tables, the board) to the chunk', () => {
    const parent = reach('src/commands/commands.ts');
    assert.ok(parent.size > 10, `the walk found only ${parent.size} modules`);
    const found = CORE.map((f) => path.join(root, f)).filter((f) => parent.has(f));
    assert.deepEqual(
      found.map((f) => chain(parent, f)),
      [],
    );
  });

  it('the walk does find the core where it is: the chunk commandCore.ts', () => {
    const parent = reach('src/commands/commandCore.ts');
    for (const f of CORE) assert.ok(parent.has(path.join(root, f)), f);
  });

  it('the entry loads that chunk with import(), by the name the bench measures the click by', () => {
    const entry = readFileSync(path.join(root, 'src/commands/commands.ts'), 'utf8');
    assert.match(entry, /import\(\s*\/\* webpackChunkName: "commands-core" \*\/ '\.\/commandCore'\)/);
  });
});
