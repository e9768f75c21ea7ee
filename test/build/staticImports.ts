// The modules an entry reaches by static imports, as webpack follows them into the entry's own bundle
// (`import type` and `import()` aside: erased, or a chunk of their own), each with the module that first
// imported it, so a test can name the chain that brought a module in.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export const root = path.resolve('.');

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

/** Every local module the entry (a path from the project's root) reaches, each with its first importer. */
export function reach(entry: string): Map<string, string | null> {
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

/** `a.ts -> b.ts -> file.ts`: how the walk reached `file`. */
export function chain(parent: Map<string, string | null>, file: string): string {
  const steps: string[] = [];
  for (let at: string | null | undefined = file; at != null; at = parent.get(at))
    steps.unshift(path.relative(root, at));
  return steps.join(' -> ');
}
