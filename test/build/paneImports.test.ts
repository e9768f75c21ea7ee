// What taskpane.js may carry (issue 12: the reader runs in the pane's worker, analyzer.js; issue 13: bundle sizes).
// One import of RESCHEDULE_CUE from phrases/en.ts by the drafts brought the whole English table into the pane at
// 3032c52 (taskpane.js 174.9 -> 194.4 KB gzip) and nothing said so. This walks the pane's static imports, as
// webpack follows them into taskpane.js (`import type` and `import()` aside: erased, or a chunk of its own), and
// names the chain that reaches the reader.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const root = path.resolve('.');

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

function resolveLocal(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, 'index.ts'),
    path.join(base, 'index.tsx'),
  ])
    if (existsSync(candidate)) return candidate;
  return null;
}

/** The modules a file imports for their values (its `import type`, `export type` and `import()` left out). */
function valueImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const out: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (clause?.isTypeOnly === true) continue;
      const bindings = clause?.namedBindings;
      const onlyTypes =
        clause !== undefined &&
        clause.name === undefined &&
        bindings !== undefined &&
        ts.isNamedImports(bindings) &&
        bindings.elements.length > 0 &&
        bindings.elements.every((e) => e.isTypeOnly);
      if (!onlyTypes && ts.isStringLiteral(statement.moduleSpecifier))
        out.push(statement.moduleSpecifier.text);
    } else if (
      ts.isExportDeclaration(statement) &&
      !statement.isTypeOnly &&
      statement.moduleSpecifier !== undefined &&
      ts.isStringLiteral(statement.moduleSpecifier)
    ) {
      out.push(statement.moduleSpecifier.text);
    }
  }
  return out.flatMap((s) => resolveLocal(file, s) ?? []);
}

/** Every local module the entry reaches, each with the module that first imported it. */
function reach(entry: string): Map<string, string | null> {
  const start = path.join(root, entry);
  const parent = new Map<string, string | null>([[start, null]]);
  const queue = [start];
  for (let file = queue.shift(); file !== undefined; file = queue.shift())
    for (const next of valueImports(file))
      if (!parent.has(next)) {
        parent.set(next, file);
        queue.push(next);
      }
  return parent;
}

function chain(parent: Map<string, string | null>, file: string): string {
  const steps: string[] = [];
  for (let at: string | null | undefined = file; at != null; at = parent.get(at))
    steps.unshift(path.relative(root, at));
  return steps.join(' -> ');
}

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
