#!/usr/bin/env node
// `npm run test:browser` (part of `npm test`): the playground and the real taskpane and commands bundles in
// a real Chromium, driven by playwright-core (issue 6).
// - The browser: CHROME_PATH, else a system Chromium or Chrome in the usual places. Where none is found and
//   this is root on a machine with apt (a fresh Debian or Ubuntu), Debian's chromium is installed first.
//   Elsewhere a loud notice names the tests that could not run and how to enable them, and the run passes;
//   under CI=true a missing browser fails the run: CI never skips them.
// - Builds dist-playground/ (production, with the playground) when it is missing or older than the sources, serves it on a free loopback
//   port, and runs mocha on test/browser/*.test.ts (the default .mocharc.json leaves them out).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { build, distDir, projectRoot, startServer } from './start.mjs';

const CANDIDATES = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
    '/snap/bin/chromium',
  ],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ],
  win32: [
    `${process.env.PROGRAMFILES ?? 'C:\\Program Files'}\\Google\\Chrome\\Application\\chrome.exe`,
    `${process.env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)'}\\Google\\Chrome\\Application\\chrome.exe`,
    `${process.env.LOCALAPPDATA ?? ''}\\Google\\Chrome\\Application\\chrome.exe`,
  ],
};

function findBrowser() {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : null;
  return (CANDIDATES[process.platform] ?? CANDIDATES.linux).find((p) => existsSync(p)) ?? null;
}

function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/** Root on a Debian or Ubuntu machine with no browser: install Debian's chromium, saying so. */
function installChromium() {
  if (process.platform !== 'linux' || process.getuid?.() !== 0 || !hasCommand('apt-get')) return false;
  console.log(
    "\ntest:browser: no Chromium or Chrome found; installing Debian's chromium with apt-get (root, apt present)…\n",
  );
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  if (update.status !== 0) return false;
  return spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env }).status === 0;
}

const testDir = path.join(projectRoot, 'test', 'browser');
const testFiles = readdirSync(testDir)
  .filter((f) => f.endsWith('.test.ts'))
  .sort()
  .map((f) => path.join(testDir, f));

/** The `describe`/`it` titles of the browser tests, for the notice that says what did not run. */
function testTitles() {
  return testFiles.map((file) => {
    const titles = [...readFileSync(file, 'utf8').matchAll(/\bdescribe\('([^']+)'/g)].map((m) => m[1]);
    return `  - ${path.relative(projectRoot, file)}: ${titles.join('; ')}`;
  });
}

function notice(lines) {
  const bar = '!'.repeat(78);
  console.log(`\n${bar}\n${lines.map((l) => `!! ${l}`).join('\n')}\n${bar}\n`);
}

/** Newest modification time under a folder (or of a file), in ms. */
function newest(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(target).reduce(
    (max, name) => Math.max(max, newest(path.join(target, name))),
    stat.mtimeMs,
  );
}

function needsBuild() {
  const built = path.join(distDir, 'playground', 'taskpane.html');
  if (!existsSync(built) || !existsSync(path.join(distDir, 'index.html'))) return true;
  const sources = Math.max(
    newest(path.join(projectRoot, 'src')),
    newest(path.join(projectRoot, 'webpack.config.js')),
    newest(path.join(projectRoot, 'manifest.xml')),
  );
  return sources > statSync(built).mtimeMs;
}

async function main() {
  let browser = findBrowser();
  // A CHROME_PATH that names nothing is the user's choice gone wrong: say so rather than install another.
  if (process.env.CHROME_PATH && browser === null)
    console.log(`test:browser: CHROME_PATH=${process.env.CHROME_PATH} does not exist`);
  else if (browser === null && installChromium()) browser = findBrowser();
  if (browser === null) {
    const ci = process.env.CI === 'true' || process.env.CI === '1';
    notice([
      ci
        ? 'CI: NO BROWSER, SO THE BROWSER TESTS CANNOT RUN: FAILING THE RUN.'
        : 'BROWSER TESTS NOT RUN: no Chromium or Chrome was found.',
      'These tests were skipped:',
      ...testTitles(),
      'To run them: install Chromium (Debian/Ubuntu: sudo apt-get install chromium) or Chrome,',
      'or point CHROME_PATH at a Chromium-based browser, then run `npm run test:browser`.',
    ]);
    process.exit(ci ? 1 : 0);
  }
  console.log(`test:browser: using ${browser}`);

  if (needsBuild()) {
    console.log('test:browser: building dist-playground/ (production, with the playground)…');
    if (!build()) {
      console.error('test:browser: the build failed');
      process.exit(1);
    }
  }

  const server = await startServer({ port: 0 });
  console.log(`test:browser: serving dist-playground/ on ${server.url}`);
  const mocha = path.join(projectRoot, 'node_modules', 'mocha', 'bin', 'mocha.js');
  // Asynchronous on purpose: the server runs in this process and must keep answering while mocha runs.
  const child = spawn(
    process.execPath,
    [mocha, '--no-config', '--import=tsx', '--extension', 'ts', '--timeout', '60000', ...testFiles],
    {
      cwd: projectRoot,
      stdio: 'inherit',
      env: { ...process.env, CHROME_PATH: browser, PLAYGROUND_URL: server.url },
    },
  );
  const status = await new Promise((resolve) => {
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on('error', () => resolve(1));
  });
  await server.close();
  process.exit(status);
}

await main();
