// Builds the add-in's pages into dist/ (ARCHITECTURE.md): the taskpane and commands pages that Outlook loads,
// and the playground that simulates Outlook for `npm start` and the browser tests.
// Same bundles in both: only the <script> that provides `Office` differs (the CDN's office.js in Outlook,
// our fake in the playground), so the playground runs exactly the code Outlook runs.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import CopyWebpackPlugin from 'copy-webpack-plugin';

const here = path.dirname(fileURLToPath(import.meta.url));
const urlDev = 'https://localhost:3000/';
const officeCdn = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** The URL the production manifest points at: ADDIN_URL, with a trailing slash. */
function productionUrl() {
  const url = process.env.ADDIN_URL;
  if (!url) return urlDev;
  if (!/^https:\/\//.test(url)) throw new TypeError(`ADDIN_URL must be an https:// URL, got ${url}`);
  return url.endsWith('/') ? url : `${url}/`;
}

export default (_env, argv) => {
  const production = argv.mode !== 'development';
  const page = (filename, template, chunks, officeJs, extra = {}) =>
    new HtmlWebpackPlugin({
      filename,
      template,
      chunks,
      officeJs,
      inject: 'body',
      scriptLoading: 'defer',
      ...extra,
    });
  return {
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'eval-source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      playground: './src/playground/index.tsx',
      'fake-office': './src/playground/fakeOffice/install.ts',
    },
    output: {
      path: path.resolve(here, 'dist'),
      filename: '[name].js',
      // Chunks loaded on demand (postal-mime: only the CLI and the playground read MIME).
      chunkFilename: 'chunks/[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, configFile: 'tsconfig.json' } },
        },
        {
          // The phrase tables' example sentences stay out of the bundles (scripts/strip-row-examples.cjs).
          test: /[\\/]src[\\/]core[\\/]extract[\\/](?:phrases[\\/][^\\/]+|detectLanguage)\.ts$/,
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
    plugins: [
      page('taskpane.html', './src/taskpane/taskpane.html', ['taskpane'], officeCdn),
      page('commands.html', './src/commands/commands.html', ['commands'], officeCdn),
      // The playground's copies of the two pages load the fake Office in place of the CDN (issue 6).
      page('playground/taskpane.html', './src/taskpane/taskpane.html', ['taskpane'], '../fake-office.js'),
      page('playground/commands.html', './src/commands/commands.html', ['commands'], '../fake-office.js'),
      page('index.html', './src/playground/index.html', ['playground'], ''),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]', noErrorOnMissing: true },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            noErrorOnMissing: true,
            transform: (content) =>
              production ? content.toString().replace(new RegExp(urlDev, 'g'), productionUrl()) : content,
          },
        ],
      }),
    ],
  };
};
