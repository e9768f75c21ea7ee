// The Copy button's clipboard path: the async API where the webview grants it, else a truthful failure.
import { useDom } from './dom';
import assert from 'node:assert/strict';
import { copyToClipboard } from '../../src/taskpane/lib/clipboard';

describe('copyToClipboard', () => {
  useDom();
  let saved: PropertyDescriptor | undefined;
  beforeEach(() => (saved = Object.getOwnPropertyDescriptor(navigator, 'clipboard')));
  afterEach(() => {
    if (saved) Object.defineProperty(navigator, 'clipboard', saved);
    else delete (navigator as { clipboard?: unknown }).clipboard;
  });
  const withClipboard = (writeText: (t: string) => Promise<void>) =>
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });

  it('writes through the async Clipboard API', async () => {
    const written: string[] = [];
    withClipboard(async (t) => void written.push(t));
    assert.equal(await copyToClipboard('Dear Ada'), true);
    assert.deepEqual(written, ['Dear Ada']);
  });
  it('reports failure where permission is refused and no legacy copy exists', async () => {
    withClipboard(async () => {
      throw new DOMException('denied', 'NotAllowedError');
    });
    assert.equal(await copyToClipboard('Dear Ada'), false);
  });
  it('falls back to the selection copy command', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    const copied: string[] = [];
    const doc = document as Document & { execCommand: (c: string) => boolean };
    doc.execCommand = (command) => {
      copied.push(`${command}:${document.querySelector('textarea')?.value ?? ''}`);
      return true;
    };
    assert.equal(await copyToClipboard('Dear Ada'), true);
    assert.deepEqual(copied, ['copy:Dear Ada']);
    assert.equal(document.querySelectorAll('textarea').length, 0, 'the helper textarea is removed');
  });
});
