#!/usr/bin/env node
// `npm start`: build the pages and the playground (production), serve dist-playground/ on http://localhost:3000 (PORT overrides) and
// open the playground in a browser, unless CI is set or --no-open is given. `--no-build` serves the dist-playground/
// that is there; `--https` serves it over HTTPS with the office-addin-dev-certs certificate, which is what
// the manifest's https://localhost:3000/ needs when the add-in is sideloaded into Outlook. A small static server of our own: loopback only, no network, no dependencies.
// The browser tests import startServer() from here and serve on a free port.
import { spawnSync, spawn } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const projectRoot = path.resolve(here, '..');
/** What `npm start` serves: the playground build (webpack --env playground); dist/ is the add-in alone. */
export const distDir = path.join(projectRoot, 'dist-playground');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.eml': 'message/rfc822',
};

/** The file under `root` a URL path names, or null where it names nothing there (traversal included). */
export function resolveRequest(root, urlPath) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(urlPath, 'http://localhost').pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const file = path.resolve(root, '.' + (pathname.endsWith('/') ? `${pathname}index.html` : pathname));
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  try {
    return statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

/**
 * Serves `root` on the loopback interface. Resolves to { url, port, close() } once listening; port 0 picks
 * a free port. With `tls` ({ key, cert }), serves HTTPS, as Outlook requires for a sideloaded add-in.
 */
export function startServer({ root = distDir, port = 3000, host = '127.0.0.1', tls = null } = {}) {
  const absoluteRoot = path.resolve(root);
  const handler = (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let file = resolveRequest(absoluteRoot, request.url ?? '/');
    // Browsers ask for /favicon.ico on their own: answer with the add-in's icon rather than a 404 that
    // would show up as a console error in the browser tests.
    if (file === null && (request.url ?? '').split('?')[0] === '/favicon.ico') {
      file = resolveRequest(absoluteRoot, '/assets/icon-32.png');
      if (file === null) {
        response.writeHead(204).end();
        return;
      }
    }
    if (file === null) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    response.writeHead(200, {
      'Content-Type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      // Always the build on disk: a rebuilt bundle must never be shadowed by a cached one.
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    createReadStream(file).pipe(response);
  };
  const server = tls ? createTlsServer(tls, handler) : createServer(handler);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address !== null ? address.port : port;
      resolve({
        url: `${tls ? 'https' : 'http'}://localhost:${actualPort}/`,
        port: actualPort,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

/** Runs the production webpack build with the playground (dist-playground/); returns whether it succeeded. */
export function build() {
  const webpack = path.join(
    projectRoot,
    'node_modules',
    '.bin',
    process.platform === 'win32' ? 'webpack.cmd' : 'webpack',
  );
  const result = spawnSync(webpack, ['--mode', 'production', '--env', 'playground'], {
    cwd: projectRoot,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  return result.status === 0;
}

/** Opens `url` in the desktop's browser where a launcher exists; never fails when none does. */
function openBrowser(url) {
  const launcher =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '', url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(launcher[0], launcher[1], { stdio: 'ignore', detached: true });
    child.on('error', () => console.log(`(could not open a browser: open ${url} yourself)`));
    child.unref();
  } catch {
    console.log(`(could not open a browser: open ${url} yourself)`);
  }
}

/**
 * The localhost certificate `npx office-addin-dev-certs install` made (HTTPS_KEY / HTTPS_CERT override
 * the files), or null with the reason.
 */
function devCertificate() {
  const dir = path.join(homedir(), '.office-addin-dev-certs');
  const keyFile = process.env.HTTPS_KEY ?? path.join(dir, 'localhost.key');
  const certFile = process.env.HTTPS_CERT ?? path.join(dir, 'localhost.crt');
  if (!existsSync(keyFile) || !existsSync(certFile)) {
    return { error: `no certificate at ${certFile}: run \`npx office-addin-dev-certs install\` first` };
  }
  return { tls: { key: readFileSync(keyFile), cert: readFileSync(certFile) } };
}

async function main(argv) {
  const noBuild = argv.includes('--no-build');
  const noOpen = argv.includes('--no-open') || Boolean(process.env.CI);
  if (!noBuild && !build()) {
    console.error('start: the build failed');
    process.exit(1);
  }
  if (!existsSync(path.join(distDir, 'index.html'))) {
    console.error('start: dist-playground/index.html is missing; run without --no-build');
    process.exit(1);
  }
  const port = process.env.PORT ? Number(process.env.PORT) : 3000;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`start: PORT must be a port number, got ${process.env.PORT}`);
    process.exit(1);
  }
  let tls = null;
  if (argv.includes('--https')) {
    const certificate = devCertificate();
    if (certificate.error) {
      console.error(`start: ${certificate.error}`);
      process.exit(1);
    }
    tls = certificate.tls;
  }
  let server;
  try {
    server = await startServer({ port, tls });
  } catch (error) {
    console.error(
      `start: cannot listen on port ${port}: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  }
  console.log(`\nFollow-up Coach playground: ${server.url}`);
  console.log(`  task pane alone:        ${server.url}playground/taskpane.html`);
  console.log('  press Ctrl+C to stop\n');
  if (!noOpen) openBrowser(server.url);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main(process.argv.slice(2));
}
