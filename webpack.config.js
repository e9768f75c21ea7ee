// Builds the add-in's pages (ARCHITECTURE.md).
// - `npm run build` (production): dist/ holds what Outlook loads and nothing else: taskpane.html, commands.html,
//   help.html (the manifest's SupportUrl), the bundles, the icons and a manifest pointing at ADDIN_URL. No
//   playground and no fake Office (issue 12). Without ADDIN_URL the build fails with a word on what to do,
//   since a manifest pointing at localhost cannot be deployed.
// - `npm run build:dev` (development): the same pages and a manifest left at https://localhost:3000/.
// - `--env playground` (`npm start`, the browser tests, the bench): dist-playground/ with the same pages plus
//   the playground that simulates Outlook and its fake Office. Same bundles in both: only the <script> that
//   provides `Office` differs (the CDN's office.js in Outlook, our fake in the playground), so the playground
//   runs exactly the code Outlook runs.
// Two compilations (an array): the pages', whose bundles load the de/fr/es tables, the calendar reader and the
// pane's parts on demand (chunks/), and launchevent.js's, one file with all of that inside (see its comment).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import webpack from 'webpack';

const here = path.dirname(fileURLToPath(import.meta.url));
const urlDev = 'https://localhost:3000/';
const officeCdn = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** The old-web-view guard both pages inline before loading their bundle (src/pages/supported.js). */
const guard = readFileSync(path.join(here, 'src', 'pages', 'supported.js'), 'utf8');
/**
 * The scheduler React DOM runs on. Fluent's context selector imports `scheduler` too (runWithPriority and
 * NormalPriority, which every version has) and npm installed it a second, newer copy (0.28 beside react-dom 18's
 * 0.23): taskpane.js carried both, 1.5 KB gzip. Both resolve to React DOM's own (within the selector's `>=0.19.0`).
 */
const reactDomScheduler = path.dirname(
  createRequire(createRequire(import.meta.url).resolve('react-dom/package.json')).resolve(
    'scheduler/package.json',
  ),
);
/** The manifest's function commands, for commands.html's old-web-view fallback. */
const commandNames = [
  ...readFileSync(path.join(here, 'manifest.xml'), 'utf8').matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g),
].map((m) => m[1]);

/**
 * The URL the production manifest points at: ADDIN_URL, with a trailing slash. A production build without it
 * would ship a manifest pointing at localhost, which no user can load: fail, and say what to do.
 */
function productionUrl() {
  const url = process.env.ADDIN_URL;
  if (!url) {
    // Said plainly and exit 1, rather than a stack trace that buries the sentence.
    console.error(
      [
        '',
        '!! ADDIN_URL is not set: the production manifest would point at https://localhost:3000/.',
        '!! Set the address the add-in will be served from:  ADDIN_URL=https://coach.example.com npm run build',
        '!! For a build that points at this machine (sideloading in development): npm run build:dev',
        '',
      ].join('\n'),
    );
    process.exit(1);
  }
  if (!/^https:\/\//.test(url)) throw new TypeError(`ADDIN_URL must be an https:// URL, got ${url}`);
  return url.endsWith('/') ? url : `${url}/`;
}

export default (env = {}, argv = {}) => {
  const production = argv.mode !== 'development';
  const playground = Boolean(env.playground);
  // Read once, up front: the build fails before any work when the address is missing.
  const manifestUrl = production && !playground ? productionUrl() : urlDev;
  const page = (filename, template, chunks, officeJs, extra = {}) =>
    new HtmlWebpackPlugin({
      filename,
      template,
      chunks,
      officeJs,
      guard,
      commandNames,
      // The templates load their bundles themselves, after the guard (src/pages/supported.js).
      inject: false,
      ...extra,
    });
  const shared = {
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'eval-source-map',
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.mjs'],
      alias: { scheduler$: reactDomScheduler },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, configFile: 'tsconfig.json' } },
        },
        {
          // The tables' example sentences stay out of the bundles (scripts/strip-row-examples.cjs): the phrase
          // tables and the core's other tables of rows. Named files, not all of src/core: on every core file it
          // strips nothing more, and the bundles came out in another module order, 0.1 KB gzip larger (measured).
          test: /[\\/]src[\\/]core[\\/](?:extract[\\/](?:phrases[\\/][^\\/]+|detectLanguage)|drafts[\\/]slotCheck|sendCheck[\\/]phrases)\.ts$/,
          enforce: 'pre',
          use: path.resolve(here, 'scripts/strip-row-examples.cjs'),
        },
        { test: /\.eml$/, type: 'asset/source' },
        {
          test: /\.(png|jpg|jpeg|gif|ico)$/,
          type: 'asset/resource',
          generator: { filename: 'assets/[name][ext]' },
        },
      ],
    },
    performance: { hints: false },
  };
  const outputPath = path.resolve(here, playground ? 'dist-playground' : 'dist');
  // Two compilations writing into one folder, side by side (webpack runs them in parallel): the pages', and the
  // send check's (below). The pages' cleans the folder and keeps the send check's files, whichever ends first.
  const launcheventFile = /^(?:playground\/)?launchevent\.(?:js|html)(?:\.LICENSE\.txt)?$/;
  return [
    {
      name: 'pages',
      ...shared,
      entry: {
        taskpane: './src/taskpane/index.tsx',
        // The pane's analyzing worker (issue 12, speed): one file with the whole core, started by taskpane.html's
        // head before Office.js loads (src/pages/supported.js), so it downloads in one request and compiles while
        // Office.js and the pane's bundle load. The de/fr/es tables stay on demand (importScripts in the worker).
        analyzer: { import: './src/taskpane/analyzer/worker.ts', chunkLoading: 'import-scripts' },
        commands: './src/commands/commands.ts',
        ...(playground
          ? {
              playground: './src/playground/index.tsx',
              'fake-office': './src/playground/fakeOffice/install.ts',
            }
          : {}),
      },
      output: {
        path: outputPath,
        filename: '[name].js',
        // Chunks loaded on demand (the pane's Details, board and analyzing worker; the de/fr/es tables and the
        // calendar reader; postal-mime: only the CLI and the playground read MIME).
        chunkFilename: 'chunks/[name].[contenthash:8].js',
        clean: { keep: launcheventFile },
      },
      // The ribbon's core (src/commands/commandCore.ts, loaded on the first click) stays one chunk: split to share
      // modules with the pane's fallback core, it came in four files and 2.8 KB gzip more (138.0 KB a first click,
      // 135.2 KB as one); the pane's chunks come out the same either way (webpack's default: async chunks only).
      optimization: {
        splitChunks: { chunks: (chunk) => !chunk.canBeInitial() && chunk.name !== 'commands-core' },
      },
      plugins: [
        // V8's compile hint (Chromium 136+; a comment elsewhere): the worker calls nearly all of its functions
        // while it warms up, so compiling them eagerly, in one pass, beats parsing each lazily a second time.
        new webpack.BannerPlugin({
          banner: '//# allFunctionsCalledOnLoad',
          raw: true,
          include: /^analyzer\.js$/,
          stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT,
        }),
        page('taskpane.html', './src/taskpane/taskpane.html', ['taskpane'], officeCdn, {
          analyzerJs: 'analyzer.js',
        }),
        page('commands.html', './src/commands/commands.html', ['commands'], officeCdn),
        ...(playground
          ? [
              // The playground's copies of the pages load the fake Office in place of the CDN (issue 6).
              page(
                'playground/taskpane.html',
                './src/taskpane/taskpane.html',
                ['taskpane'],
                '../fake-office.js',
                { analyzerJs: '../analyzer.js' },
              ),
              page(
                'playground/commands.html',
                './src/commands/commands.html',
                ['commands'],
                '../fake-office.js',
              ),
              new HtmlWebpackPlugin({
                filename: 'index.html',
                template: './src/playground/index.html',
                chunks: ['playground'],
                officeJs: '',
                inject: 'body',
                scriptLoading: 'defer',
              }),
            ]
          : []),
        new CopyWebpackPlugin({
          patterns: [
            { from: 'assets/*.png', to: 'assets/[name][ext]', noErrorOnMissing: true },
            // The help page (SupportUrl): plain HTML and CSS, no script, readable in any browser.
            { from: 'src/help/help.html', to: 'help.html' },
            {
              from: 'manifest.xml',
              to: 'manifest.xml',
              noErrorOnMissing: true,
              transform: (content) =>
                manifestUrl === urlDev
                  ? content
                  : content.toString().replace(new RegExp(urlDev, 'g'), manifestUrl),
            },
          ],
        }),
      ],
    },
    {
      // The OnMessageSend handler (issue 16): one self-contained file, because classic Outlook on Windows runs
      // it alone in a JavaScript-only runtime (no DOM, no `window`, no script tags) that cannot load a chunk. Its
      // own compilation, so that every `import()` it reaches (the de/fr/es tables and their chrono parsers, the
      // calendar reader) is inlined into it (one chunk at most), while the pages above keep loading them on demand.
      name: 'launchevent',
      ...shared,
      entry: { launchevent: { import: './src/launchevent/launchevent.ts', chunkLoading: false } },
      output: { path: outputPath, filename: '[name].js', clean: false },
      plugins: [
        new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
        // Outlook hands the send check header fields, never MIME: the MIME reader and postal-mime (27 KB gzip)
        // would be dead weight here, so this bundle has a reader of nothing in their place (src/launchevent/noMime.ts).
        new webpack.NormalModuleReplacementPlugin(
          /[\\/]src[\\/]core[\\/]mail[\\/]mimeItems\.ts$/,
          path.resolve(here, 'src/launchevent/noMime.ts'),
        ),
        // The launch-event page has no old-browser guard (Smart Alerts clients are current): the bundle is
        // injected.
        page('launchevent.html', './src/launchevent/launchevent.html', ['launchevent'], officeCdn, {
          inject: 'body',
        }),
        ...(playground
          ? [
              page(
                'playground/launchevent.html',
                './src/launchevent/launchevent.html',
                ['launchevent'],
                '../fake-office.js',
                { inject: 'body' },
              ),
            ]
          : []),
      ],
    },
  ];
};
