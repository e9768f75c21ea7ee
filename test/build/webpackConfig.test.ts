// What each build holds (issue 12): production dist/ is the add-in alone, pointing at ADDIN_URL, and refuses to
// build without it; the playground build (npm start, the browser tests) adds the playground and its fake Office.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

interface Config {
  readonly entry: Record<string, unknown>;
  readonly output: { readonly path: string };
  readonly plugins: readonly { readonly userOptions?: { readonly filename?: string } }[];
}
type MakeConfig = (env: Record<string, unknown>, argv: Record<string, unknown>) => Config;

const root = path.resolve('.');

async function config(env: Record<string, unknown>, mode: string, addinUrl: string | undefined) {
  const saved = process.env['ADDIN_URL'];
  if (addinUrl === undefined) delete process.env['ADDIN_URL'];
  else process.env['ADDIN_URL'] = addinUrl;
  try {
    const module = (await import(pathToFileURL(path.join(root, 'webpack.config.js')).href)) as {
      default: MakeConfig;
    };
    const make = module.default;
    return make(env, { mode });
  } finally {
    if (saved === undefined) delete process.env['ADDIN_URL'];
    else process.env['ADDIN_URL'] = saved;
  }
}

const pages = (c: Config) =>
  c.plugins.map((p) => p.userOptions?.filename).filter((f): f is string => typeof f === 'string');

describe('webpack.config.js', () => {
  it('production: dist/ with the add-in pages only, no playground and no fake Office', async () => {
    const c = await config({}, 'production', 'https://coach.example.org/app');
    assert.deepEqual(Object.keys(c.entry).sort(), ['analyzer', 'commands', 'launchevent', 'taskpane']);
    assert.equal(c.output.path, path.join(root, 'dist'));
    assert.deepEqual(pages(c).sort(), ['commands.html', 'launchevent.html', 'taskpane.html']);
  });

  it('the playground build adds the playground and its fake Office, in dist-playground/', async () => {
    const c = await config({ playground: true }, 'production', undefined);
    assert.deepEqual(Object.keys(c.entry).sort(), [
      'analyzer',
      'commands',
      'fake-office',
      'launchevent',
      'playground',
      'taskpane',
    ]);
    assert.equal(c.output.path, path.join(root, 'dist-playground'));
    assert.ok(pages(c).includes('playground/taskpane.html') && pages(c).includes('index.html'));
  });

  it('a production build without ADDIN_URL stops and says what to do; a development build does not need it', () => {
    const run = (mode: string) =>
      spawnSync(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          `(await import('./webpack.config.js')).default({}, { mode: '${mode}' })`,
        ],
        { cwd: root, encoding: 'utf8', env: { ...process.env, ADDIN_URL: '' } },
      );
    const production = run('production');
    assert.equal(production.status, 1);
    assert.match(production.stderr, /ADDIN_URL is not set/);
    assert.match(production.stderr, /npm run build:dev/);
    assert.equal(run('development').status, 0);
  });

  it('the manifest points SupportUrl at the help page the build ships', () => {
    const manifest = readFileSync(path.join(root, 'manifest.xml'), 'utf8');
    assert.match(manifest, /<SupportUrl DefaultValue="https:\/\/localhost:3000\/help\.html"\/>/);
    const help = readFileSync(path.join(root, 'src', 'help', 'help.html'), 'utf8');
    for (const words of [/never leaves your device/, /It reads the message you have open/, /Getting help/])
      assert.match(help, words);
    assert.ok(existsSync(path.join(root, 'src', 'pages', 'supported.js')));
  });
});
