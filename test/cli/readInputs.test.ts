// What `-` and unknown extensions are read as (CLI.md: standard input is sniffed).
import assert from 'node:assert/strict';
import { rawFor, sniff } from '../../src/cli/readInputs';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

const rows: readonly [string, string, string][] = [
  [
    'an mbox "From " line',
    'From ada@contoso.com Tue Nov  3 14:00:00 2026\nFrom: Ada <ada@contoso.com>\n\nHi',
    'mbox',
  ],
  [
    'an RFC 5322 header block',
    'From: Ada <ada@contoso.com>\nSubject: Interview\nDate: Tue, 3 Nov 2026 09:00:00 -0500\n\nHi',
    'mime',
  ],
  [
    'headers with CRLF and a folded line',
    'Received: from x\r\n by y\r\nFrom: a@b.c\r\nSubject: s\r\n\r\nbody',
    'mime',
  ],
  ['a byte-order mark before the headers', '\uFEFFFrom: a@b.c\nTo: c@d.e\n\nbody', 'mime'],
  ['an HTML body', '<html><body><p>Hi Grace</p></body></html>', 'body:html'],
  ['an HTML fragment', '  <div>Hi Grace,</div>', 'body:html'],
  ['a plain text body', 'Hi Grace,\n\nYour interview is confirmed for Tuesday.', 'body:text'],
  ['a text body whose first line has a colon', 'Note: this is plain text\nand more', 'body:text'],
];

describe('sniff', () => {
  for (const [name, text, want] of rows) {
    it(`${name} → ${want}`, () => {
      const raw = sniff(bytes(text));
      assert.equal(raw.kind === 'body' ? `body:${raw.bodyType}` : raw.kind, want);
    });
  }
});

describe('rawFor: by extension', () => {
  const cases: readonly [string, string][] = [
    ['thread.eml', 'mime'],
    ['THREAD.EML', 'mime'],
    ['box.mbox', 'mbox'],
    ['body.txt', 'body:text'],
    ['body.html', 'body:html'],
    ['body.htm', 'body:html'],
  ];
  for (const [file, want] of cases) {
    it(`${file} → ${want}`, () => {
      const raw = rawFor(file, bytes('Hi'));
      assert.equal(raw.kind === 'body' ? `body:${raw.bodyType}` : raw.kind, want);
    });
  }
});
