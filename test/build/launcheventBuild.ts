// Builds launchevent.js for test/build/launcheventBundle.test.ts, in a process of its own:
//   node --import tsx test/build/launcheventBuild.ts OUT JSON
// writes launchevent.js into OUT with webpack.config.js's own compilation for it (its entries, its plugins but the
// pages and copied files), and into JSON the chunk stats and the source files inside launchevent.js (Built).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import webpack, { type Configuration } from 'webpack';

export interface Built {
  readonly stats: webpack.StatsCompilation;
  /** The source files inside launchevent.js, relative to the project (module concatenation undone). */
  readonly files: readonly string[];
}

type MakeConfig = (
  env: Record<string, unknown>,
  argv: Record<string, unknown>,
) => Configuration | Configuration[];

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The compilation that builds launchevent.js, with all of its entries (an entry built alone gets its dynamic
 * imports inlined where the same entry beside others does not), written to `out`.
 */
async function launcheventConfig(out: string): Promise<Configuration> {
  const module = (await import(pathToFileURL(path.join(root, 'webpack.config.js')).href)) as {
    default: MakeConfig;
  };
  const configs = [module.default({ playground: true }, { mode: 'production' })].flat();
  const found = configs.find(
    (c) => typeof c.entry === 'object' && !Array.isArray(c.entry) && 'launchevent' in c.entry,
  );
  if (found === undefined) throw new Error('webpack.config.js builds no launchevent entry');
  return {
    ...found,
    output: { ...found.output, path: out, clean: true },
    // The pages and the copied files are not what is tested here.
    plugins: (found.plugins ?? []).filter(
      (p) => !['HtmlWebpackPlugin', 'CopyPlugin'].includes(p?.constructor.name ?? ''),
    ),
  };
}

function build(config: Configuration): Promise<Built> {
  return new Promise((resolve, reject) => {
    webpack(config, (error, result) => {
      if (error) return reject(error);
      if (!result || result.hasErrors())
        return reject(new Error(result?.toString('errors-only') ?? 'no stats'));
      const { compilation } = result;
      const files = new Set<string>();
      const add = (m: webpack.Module): void => {
        const inner = (m as { modules?: Iterable<webpack.Module> }).modules;
        if (inner !== undefined) for (const i of inner) add(i);
        else {
          const file = m.nameForCondition();
          if (file) files.add(path.relative(root, file).split(path.sep).join('/'));
        }
      };
      for (const chunk of compilation.chunks)
        if (chunk.name === 'launchevent')
          for (const m of compilation.chunkGraph.getChunkModulesIterable(chunk)) add(m);
      resolve({
        stats: result.toJson({ all: false, chunks: true, chunkRelations: true, entrypoints: true }),
        files: [...files],
      });
    });
  });
}

const [out, json] = process.argv.slice(2);
if (out !== undefined && json !== undefined && process.argv[1] === fileURLToPath(import.meta.url))
  writeFileSync(json, JSON.stringify(await build(await launcheventConfig(path.resolve(out)))));
