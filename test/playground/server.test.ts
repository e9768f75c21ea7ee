// The static server of `npm start` serves dist/ and nothing else (issue 6).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { resolveRequest, startServer } from '../../scripts/start.mjs';

const root = mkdtempSync(path.join(tmpdir(), 'followup-serve-'));
mkdirSync(path.join(root, 'playground'));
writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>home</title>');
writeFileSync(path.join(root, 'playground', 'taskpane.html'), '<!doctype html><title>pane</title>');
writeFileSync(path.join(path.dirname(root), 'followup-secret.txt'), 'secret');

describe('npm start: the static server', () => {
  const rows: readonly [string, string | null][] = [
    ['/', 'index.html'],
    ['/index.html?sample=offer', 'index.html'],
    ['/playground/taskpane.html', path.join('playground', 'taskpane.html')],
    ['/playground/', null],
    ['/../followup-secret.txt', null],
    ['/%2e%2e/followup-secret.txt', null],
    ['/playground/..%2f..%2ffollowup-secret.txt', null],
    ['/index.html%00.png', null],
    ['/missing.js', null],
  ];
  for (const [url, expected] of rows) {
    it(`${url} -> ${expected ?? 'not found'}`, () => {
      assert.equal(resolveRequest(root, url), expected === null ? null : path.join(root, expected));
    });
  }

  it('serves over loopback with a content type, and answers /favicon.ico without a 404', async () => {
    const server = await startServer({ root, port: 0 });
    try {
      const page = await fetch(`http://127.0.0.1:${server.port}/`);
      assert.equal(page.status, 200);
      assert.match(page.headers.get('content-type') ?? '', /text\/html/);
      const icon = await fetch(`http://127.0.0.1:${server.port}/favicon.ico`);
      assert.equal(icon.status, 204);
      const missing = await fetch(`http://127.0.0.1:${server.port}/nope.js`);
      assert.equal(missing.status, 404);
      const post = await fetch(`http://127.0.0.1:${server.port}/`, { method: 'POST' });
      assert.equal(post.status, 405);
    } finally {
      await server.close();
    }
  });
});
