// What each build holds (issue 12): production dist/ is the add-in alone, pointing at ADDIN_URL, and refuses to
// build without it; the playground build (npm start, the browser tests) adds the playground and its fake Office.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

interface Config {
  readonly name?: string;
  readonly entry: Record<string, unknown>;
  readonly output: { readonly path: string; readonly clean?: unknown };
  readonly plugins: readonly {
    readonly constructor: { readonly name: string };
    readonly userOptions?: { readonly filename?: string };
    readonly options?: { readonly maxChunks?: number };
  }[];
}
type MakeConfig = (env: Record<string, unknown>, argv: Record<string, unknown>) => Config | Config[];

const root = path.resolve('.');

async function configs(env: Record<string, unknown>, mode: string, addinUrl: string | undefined) {
  const saved = process.env['ADDIN_URL'];
  if (addinUrl === undefined) delete process.env['ADDIN_URL'];
  else process.env['ADDIN_URL'] = addinUrl;
  try {
    const module = (await import(pathToFileURL(path.join(root, 'webpack.config.js')).href)) as {
      default: MakeConfig;
    };
    const make = module.default;
    return [make(env, { mode })].flat();
  } finally {
    if (saved === undefined) delete process.env['ADDIN_URL'];
    else process.env['ADDIN_URL'] = saved;
  }
}

const entries = (cs: readonly Config[]) => cs.flatMap((c) => Object.keys(c.entry)).sort();
const pages = (cs: readonly Config[]) =>
  cs
    .flatMap((c) => c.plugins.map((p) => p.userOptions?.filename))
    .filter((f): f is string => typeof f === 'string');

describe('webpack.config.js', () => {
  it('production: dist/ with the add-in pages only, no playground and no fake Office', async () => {
    const cs = await configs({}, 'production', 'https://coach.example.org/app');
    assert.deepEqual(entries(cs), ['analyzer', 'commands', 'launchevent', 'taskpane']);
    for (const c of cs) assert.equal(c.output.path, path.join(root, 'dist'));
    assert.deepEqual(pages(cs).sort(), ['commands.html', 'launchevent.html', 'taskpane.html']);
  });

  it('the playground build adds the playground and its fake Office, in dist-playground/', async () => {
    const cs = await configs({ playground: true }, 'production', undefined);
    assert.deepEqual(entries(cs), [
      'analyzer',
      'commands',
      'fake-office',
      'launchevent',
      'playground',
      'taskpane',
    ]);
    for (const c of cs) assert.equal(c.output.path, path.join(root, 'dist-playground'));
    for (const page of ['playground/taskpane.html', 'playground/launchevent.html', 'index.html'])
      assert.ok(pages(cs).includes(page), page);
  });

  it('launchevent.js is its own compilation of one chunk; the pages keep their chunks and its files', async () => {
    for (const [env, mode, url] of [
      [{}, 'production', 'https://coach.example.org/app'],
      [{}, 'development', undefined],
      [{ playground: true }, 'production', undefined],
    ] as const) {
      const cs = await configs(env, mode, url);
      const own = cs.filter((c) => 'launchevent' in c.entry);
      assert.equal(own.length, 1);
      const [launchevent] = own;
      assert.deepEqual(Object.keys(launchevent?.entry ?? {}), ['launchevent']);
      const limit = launchevent?.plugins.find((p) => p.constructor.name === 'LimitChunkCountPlugin');
      assert.equal(limit?.options?.maxChunks, 1);
      assert.equal(launchevent?.output.clean, false, 'it must not clean away the pages');
      // The other compilation cleans the folder they share, and keeps launchevent.js and its pages.
      const keep = cs.find((c) => c !== launchevent)?.output.clean as { keep?: RegExp } | undefined;
      for (const file of ['launchevent.js', 'launchevent.html', 'playground/launchevent.html'])
        assert.ok(keep?.keep?.test(file), file);
      for (const file of ['taskpane.js', 'chunks/lang-de.12345678.js', 'playground/taskpane.html'])
        assert.ok(!keep?.keep?.test(file), file);
    }
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
