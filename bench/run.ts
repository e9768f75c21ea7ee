// `npm run bench`: runs every bench/*.bench.ts in name order and prints its figures. Tests never time;
// speed and size live here (STYLE.md practice 18).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

for (const file of files) {
  console.log(`\n## ${file.replace(/\.bench\.ts$/, '')}\n`);
  const mod = (await import(pathToFileURL(path.join(here, file)).href)) as {
    run?: () => Promise<void> | void;
  };
  if (typeof mod.run !== 'function') throw new TypeError(`${file} must export run()`);
  await mod.run();
}
