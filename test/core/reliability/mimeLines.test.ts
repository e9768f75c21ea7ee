// Large .eml files of many short lines (issue 14): postal-mime is handed such parts as quoted-printable, and
// the text read back is exactly what the part held. Time is measured in `npm run bench -- robustness`.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core';
import { readMime } from '../../../src/core/mail/mime';
import { normaliseForParser, REENCODE_MIN_LINES } from '../../../src/core/mail/mimeNormalize';

const HEAD =
  'From: Ada Lee <ada@contoso.com>\r\nTo: me@example.com\r\nSubject: Re: Interview\r\nDate: Tue, 10 Nov 2026 15:04:00 -0500\r\n';
const many = (line: string, n = REENCODE_MIN_LINES + 10): string => line.repeat(n);

describe('many short lines: normalised before postal-mime, nothing lost', () => {
  const rows: readonly { name: string; source: string; body: string }[] = [
    { name: 'blank lines', source: `${HEAD}\r\n${many('\n')}x\n`, body: `${many('\n')}x\n` },
    {
      name: 'equals signs and things that look like QP escapes stay literal',
      source: `${HEAD}\r\n${many('a=3D b= c==\n')}`,
      body: many('a=3D b= c==\n'),
    },
    {
      name: '8bit UTF-8 text with a stated charset',
      source: `${HEAD}Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${many('Grüße, Zoë\n')}`,
      body: many('Grüße, Zoë\n'),
    },
    {
      name: 'a part of a multipart/alternative (the HTML part untouched)',
      source: `${HEAD}Content-Type: multipart/alternative; boundary="b1"\r\n\r\npreamble\r\n--b1\r\nContent-Type: text/plain\r\n\r\n${many('a\n')}\r\n--b1\r\nContent-Type: text/html\r\n\r\n<p>a</p>\r\n--b1--\r\n`,
      body: `${many('a\n')}`,
    },
    {
      name: 'a part with no headers of its own',
      source: `${HEAD}Content-Type: multipart/mixed; boundary=zz\r\n\r\n--zz\r\n\r\n${many('b\n')}\r\n--zz--\r\n`,
      body: `${many('b\n')}`,
    },
  ];
  for (const row of rows)
    it(row.name, async () => {
      const read = await readMime(row.source);
      assert.equal(read.subject, 'Re: Interview');
      assert.equal(read.from?.address, 'ada@contoso.com');
      assert.equal(read.body.replace(/\r\n/g, '\n').trimEnd(), row.body.replace(/\r\n/g, '\n').trimEnd());
    });

  it('leaves an ordinary message, a base64 part and text with no headers exactly as they are', () => {
    const ordinary = `${HEAD}\r\nHello,\r\nthanks.\r\n`;
    assert.equal(normaliseForParser(ordinary), ordinary);
    const base64 = `${HEAD}Content-Transfer-Encoding: base64\r\n\r\n${many('QQ==\n')}`;
    assert.equal(normaliseForParser(base64), base64);
    const headless = `just text\n\n${many('a\n')}`;
    assert.equal(normaliseForParser(headless), headless);
  });

  it('re-encodes a long plain part as quoted-printable, once', () => {
    const out = normaliseForParser(`${HEAD}Content-Transfer-Encoding: 7bit\r\n\r\n${many('x=y\n')}`);
    assert.equal(out.match(/^content-transfer-encoding:/gim)?.length, 1);
    assert.match(out, /^Content-Transfer-Encoding: quoted-printable\r\n\r\nx=3Dy\n/m);
  });

  it('through analyze(): the interview after 20,000 blank lines is still read', async () => {
    const head = HEAD.replace('Tue, 10 Nov', 'Tue, 3 Nov');
    const eml = `${head}\r\n${many('\n', 20_000)}Your interview is confirmed for Tuesday, November 10 at 2:00 PM.\n`;
    const a = await analyze(
      { messages: [{ kind: 'mime', data: eml }] },
      { now: '2026-11-09T12:00:00Z', tz: 'America/New_York', me: 'me@example.com' },
    );
    assert.equal(a.interview?.start, '2026-11-10T14:00:00-05:00');
    assert.deepEqual(a.warnings, []);
  });
});
