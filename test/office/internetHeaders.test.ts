// getAllInternetHeadersAsync's text into lower-case keys.
import assert from 'node:assert/strict';
import { parseInternetHeaders } from '../../src/office/internetHeaders';

describe('parseInternetHeaders', () => {
  const rows: readonly { name: string; text: string; out: Record<string, string> }[] = [
    {
      name: 'an out-of-office reply',
      text: 'Auto-Submitted: auto-replied\r\nX-Auto-Response-Suppress: All\r\n',
      out: { 'auto-submitted': 'auto-replied', 'x-auto-response-suppress': 'All' },
    },
    {
      name: 'folded lines are unfolded',
      text: 'Subject: Your interview\r\n on Tuesday\r\n',
      out: { subject: 'Your interview on Tuesday' },
    },
    { name: 'a repeated header keeps the first', text: 'Received: a\nReceived: b\n', out: { received: 'a' } },
    { name: 'stops at the blank line', text: 'A: 1\n\nB: 2\n', out: { a: '1' } },
    {
      name: 'skips lines that are not headers',
      text: 'garbage line\n: no name\nX-Ok: yes\n',
      out: { 'x-ok': 'yes' },
    },
    { name: 'ignores a prototype name', text: '__proto__: evil\nX-Ok: yes\n', out: { 'x-ok': 'yes' } },
    { name: 'bare CR line endings', text: 'A: 1\rB: 2\r', out: { a: '1', b: '2' } },
    { name: 'empty text', text: '', out: {} },
  ];
  for (const row of rows)
    it(row.name, () => assert.deepEqual({ ...parseInternetHeaders(row.text) }, row.out));

  it('caps the number of headers', () => {
    const text = Array.from({ length: 2000 }, (_, i) => `X-H${i}: v`).join('\r\n');
    assert.equal(Object.keys(parseInternetHeaders(text)).length, 500);
  });
});
