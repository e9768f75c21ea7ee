// The ReDoS gate of STYLE.md practice 18 on its own: `node scripts/check-redos.mjs`. It runs
// test/core/redos.test.ts (every regex in src/core through recheck, about a minute on 2 cores) without
// .mocharc.json, so the gate can leave the unit run (add the file to its "ignore") and run once in `npm test`.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const mocha = path.join(root, 'node_modules', 'mocha', 'bin', 'mocha.js');
const run = spawnSync(
  process.execPath,
  [
    '--import=tsx',
    mocha,
    '--no-config',
    '--no-package',
    '--extension',
    'ts',
    '--timeout',
    '300000',
    'test/core/redos.test.ts',
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: 'inherit' },
);
process.exit(run.status ?? 1);
