// Hostile input, timed at 1, 2 and 4 MB: each kind must take about twice as long per doubling (linear
// time), never four times. Tests never time (STYLE.md practice 18); this prints the figures.
import { performance } from 'node:perf_hooks';
import { parseThread } from '../src/core/mail';
import type { RawMessage } from '../src/core/types';

const MB = 1024 * 1024;

/** Repeats a line until the text reaches `bytes`. */
function fill(line: string, bytes: number): string {
  return line.repeat(Math.max(0, Math.ceil(bytes / line.length))).slice(0, Math.max(0, bytes));
}

function eml(body: string, headers = ''): string {
  return `From: Ada Lee <ada@contoso.com>\r\nTo: me@example.com\r\nSubject: Re: Interview\r\nDate: Tue, 10 Nov 2026 15:04:00 -0500\r\n${headers}\r\n${body}`;
}

/** Each kind of attack, as a RawMessage of about `bytes` bytes. */
export const ATTACKS: Readonly<Record<string, (bytes: number) => RawMessage>> = {
  '`>` lines': (b) => ({ kind: 'body', body: fill('>\n', b), bodyType: 'text' }),
  'nested `>` lines': (b) => ({
    kind: 'body',
    body: fill('> > > > > > > > > > > > > > > > > > > > quoted\n', b),
    bodyType: 'text',
  }),
  '"On … wrote:" lines': (b) => ({
    kind: 'body',
    body: fill('On Tue, Nov 10, 2026 at 3:04 PM Ada <ada@contoso.com> wrote:\n', b),
    bodyType: 'text',
  }),
  'From:/Sent: blocks': (b) => ({
    kind: 'body',
    body: fill(
      'From: Ada <ada@contoso.com>\nSent: Tuesday, November 10, 2026 3:04 PM\nSubject: x\n\ntext\n',
      b,
    ),
    bodyType: 'text',
  }),
  '100,000-deep `>` on one line': (b) => ({
    kind: 'body',
    body: '>'.repeat(100_000) + fill(' x', b - 100_000),
    bodyType: 'text',
  }),
  'one line, no newline': (b) => ({
    kind: 'body',
    body: fill('a '.repeat(20) + 'On 10/11/2026 ', b),
    bodyType: 'text',
  }),
  'spaces, then one letter': (b) => ({ kind: 'body', body: `${' '.repeat(b - 1)}x`, bodyType: 'text' }),
  '`<` run before one `>`': (b) => ({ kind: 'body', body: `${'<'.repeat(b - 1)}>`, bodyType: 'html' }),
  'NUL bytes': (b) => ({ kind: 'body', body: fill('\u0000\u0000hello\u0000>\n', b), bodyType: 'text' }),
  'unclosed HTML tags': (b) => ({ kind: 'body', body: fill('<div <blockquote <b ', b), bodyType: 'html' }),
  'nested blockquotes': (b) => ({ kind: 'body', body: fill('<blockquote>', b), bodyType: 'html' }),
  'Yahoo attributions sharing a line with text': (b) => ({
    kind: 'body',
    body: fill('On Tue, Nov 10, 2026 at 3:04 PM, Ada<ada@contoso.com> wrote:   Hi Sam,\n', b),
    bodyType: 'text',
  }),
  'a colon, then spaces, on every line': (b) => ({
    kind: 'body',
    body: fill(`Note:   ${'word '.repeat(150)}:\n`, b),
    bodyType: 'text',
  }),
  'closings, footers and legal lines': (b) => ({
    kind: 'body',
    body: fill(
      'Best regards,\nAda Lee\nContoso Ltd.\n\nThis email is confidential and intended solely for you.\nGet Outlook for Android\n',
      b,
    ),
    bodyType: 'text',
  }),
  'Word MsoNormal paragraphs': (b) => ({
    kind: 'body',
    body: fill('<p class=MsoNormal>Hallo<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>', b),
    bodyType: 'html',
  }),
  'broken base64 part': (b) => ({
    kind: 'mime',
    data: eml(
      fill('@@@!!!===', b),
      'Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n',
    ),
  }),
  'unknown charset, QP': (b) => ({
    kind: 'mime',
    data: eml(
      fill('caf=E9 =\r\n', b),
      'Content-Type: text/plain; charset=x-nonsense\r\nContent-Transfer-Encoding: quoted-printable\r\n',
    ),
  }),
};

export async function run(): Promise<void> {
  // Warm the JIT on a small input so the 1 MB column does not pay for compilation.
  for (const make of Object.values(ATTACKS))
    await parseThread({ messages: [make(64 * 1024)] }, { tz: 'UTC' });
  console.log('| input | 1 MB (ms) | 2 MB (ms) | 4 MB (ms) | ms per MB at 1 / 2 / 4 MB |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const [name, make] of Object.entries(ATTACKS)) {
    const times: number[] = [];
    for (const size of [1, 2, 4]) {
      const input = { messages: [make(size * MB)] };
      // Best of three: the machine is shared, and the best run is the one least disturbed.
      let best = Number.POSITIVE_INFINITY;
      for (let k = 0; k < 3; k++) {
        const t0 = performance.now();
        await parseThread(input, { tz: 'UTC' });
        best = Math.min(best, performance.now() - t0);
      }
      times.push(best);
    }
    const [a = 0, b = 0, c = 0] = times;
    const perMb = `${a.toFixed(0)} / ${(b / 2).toFixed(0)} / ${(c / 4).toFixed(0)}`;
    console.log(`| ${name} | ${a.toFixed(0)} | ${b.toFixed(0)} | ${c.toFixed(0)} | ${perMb} |`);
  }
  console.log(
    '\nLinear time keeps the ms per MB flat as the input doubles (quadratic would double it each time).',
  );
}
