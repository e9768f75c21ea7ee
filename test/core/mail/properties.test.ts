// Properties of parseThread over random and mutated mail (fast-check): it never throws, keeps the thread
// oldest first with consistent indexes, never mutates its input, and keeps the open item unquoted.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { parseThread } from '../../../src/core/mail';
import type { RawMessage, Thread, ThreadInput } from '../../../src/core/types';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/mail');
const FIXTURES: readonly string[] = readdirSync(dir)
  .filter((f) => f.endsWith('.eml'))
  .map((f) => readFileSync(path.join(dir, f), 'latin1'));

/** Pieces real mail is made of, so random text often looks like mail rather than noise. */
const PIECES: readonly string[] = [
  '\n',
  '\r\n',
  '> ',
  '>> ',
  'On Tue, Nov 10, 2026 at 3:04 PM Ada <ada@contoso.com> wrote:',
  'From: Ada <ada@contoso.com>',
  'Sent: Tuesday, November 10, 2026 3:04 PM',
  'To: Sam',
  'Subject: Re: x',
  '-----Original Message-----',
  '-- ',
  '________________________________',
  'Best regards,',
  'Sent from my iPhone',
  '<blockquote>',
  '</blockquote>',
  '<div>',
  '<br>',
  '&nbsp;',
  '&#x0;',
  '\u0000',
  'Gesendet: Dienstag, 10. November 2026 15:04',
  'Le 10 nov. 2026 à 15:04, Ada a écrit :',
  'Content-Type: text/plain; charset=utf-8',
  'Content-Transfer-Encoding: base64',
  '=?UTF-8?B?w6k=?=',
  '=E9',
  'BEGIN:VEVENT',
  'DTSTART;TZID=Nowhere:20261110T140000',
  'Date: Tue, 10 Nov 2026 15:04:00 -0500',
  'Auto-Submitted: auto-replied',
];

const mailText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...PIECES),
      fc.string({ maxLength: 20 }),
      fc.string({ unit: 'binary', maxLength: 10 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

/** A real fixture with a few bytes flipped, cut or repeated. */
const mutatedFixture = fc
  .record({
    file: fc.constantFrom(...FIXTURES),
    edits: fc.array(
      fc.record({ at: fc.nat(), kind: fc.constantFrom('flip', 'cut', 'dup', 'insert'), text: mailText }),
      { maxLength: 5 },
    ),
  })
  .map(({ file, edits }) =>
    edits.reduce((s, e) => {
      const at = s.length === 0 ? 0 : e.at % s.length;
      if (e.kind === 'flip')
        return s.slice(0, at) + String.fromCharCode((s.charCodeAt(at) ^ 0x20) & 0xff) + s.slice(at + 1);
      if (e.kind === 'cut') return s.slice(0, at);
      if (e.kind === 'dup') return s + s.slice(at, at + 200);
      return s.slice(0, at) + e.text + s.slice(at);
    }, file),
  );

const address = fc.record({
  name: fc.option(fc.string({ maxLength: 10 }), { nil: null }),
  address: fc.string({ maxLength: 20 }),
});

const rawMessage: fc.Arbitrary<RawMessage> = fc.oneof(
  mailText.map((body): RawMessage => ({ kind: 'body', body, bodyType: 'text' })),
  mailText.map((body): RawMessage => ({ kind: 'body', body, bodyType: 'html' })),
  mailText.map((data): RawMessage => ({ kind: 'mime', data })),
  mutatedFixture.map((data): RawMessage => ({ kind: 'mime', data })),
  mutatedFixture.map((data): RawMessage => ({
    kind: 'mime',
    data: new Uint8Array(Buffer.from(data, 'latin1')),
  })),
  fc
    .array(mutatedFixture, { maxLength: 3 })
    .map((m): RawMessage => ({ kind: 'mbox', data: m.map((x) => `From x\n${x}\n`).join('') })),
  fc
    .record({
      subject: fc.string({ maxLength: 20 }),
      from: fc.option(address, { nil: null }),
      to: fc.array(address, { maxLength: 3 }),
      cc: fc.array(address, { maxLength: 2 }),
      sentAt: fc.option(
        fc.oneof(
          fc.string({ maxLength: 25 }),
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
        ),
        { nil: null },
      ),
      body: mailText,
      bodyType: fc.constantFrom('text' as const, 'html' as const),
    })
    .map((f): RawMessage => ({ kind: 'fields', ...f })),
);

const threadInput = fc
  .array(rawMessage, { minLength: 0, maxLength: 4 })
  .map((messages): ThreadInput => ({ messages }));

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !ArrayBuffer.isView(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

function epoch(iso: string | null): number | null {
  return iso === null ? null : Date.parse(iso);
}

async function check(input: ThreadInput): Promise<Thread> {
  const thread = await parseThread(input, { tz: 'America/New_York' });
  assert.deepEqual(
    thread.messages.map((m) => m.index),
    thread.messages.map((_m, i) => i),
  );
  return thread;
}

describe('parseThread properties', () => {
  it('never throws, on random and mutated mail', async () => {
    await fc.assert(
      fc.asyncProperty(threadInput, async (input) => void (await check(input))),
      { numRuns: 300 },
    );
  });

  it('keeps dated messages oldest first', async () => {
    await fc.assert(
      fc.asyncProperty(threadInput, async (input) => {
        const times = (await check(input)).messages
          .map((m) => epoch(m.sentAt))
          .filter((t): t is number => t !== null);
        for (let i = 1; i < times.length; i++)
          assert.ok((times[i] ?? 0) >= (times[i - 1] ?? 0), `out of order: ${times.join(', ')}`);
      }),
      { numRuns: 200 },
    );
  });

  it('does not mutate its input (deep-frozen)', async () => {
    await fc.assert(
      fc.asyncProperty(threadInput, async (input) => {
        const before = JSON.stringify(input, (_k, v: unknown) =>
          v instanceof Uint8Array ? Array.from(v) : v,
        );
        await check(deepFreeze(input));
        assert.equal(
          JSON.stringify(input, (_k, v: unknown) => (v instanceof Uint8Array ? Array.from(v) : v)),
          before,
        );
      }),
      { numRuns: 100 },
    );
  });

  it('gives every message an ISO sentAt with an offset, or null', async () => {
    await fc.assert(
      fc.asyncProperty(threadInput, async (input) => {
        for (const m of (await check(input)).messages) {
          if (m.sentAt !== null)
            assert.match(m.sentAt, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('a single body item always yields an unquoted message, and no text keeps a NUL', async () => {
    await fc.assert(
      fc.asyncProperty(mailText, async (body) => {
        const t = await check({ messages: [{ kind: 'body', body, bodyType: 'text' }] });
        assert.equal(t.messages.filter((m) => !m.quoted).length, 1);
        for (const m of t.messages) assert.ok(!m.text.includes('\u0000'));
      }),
      { numRuns: 200 },
    );
  });

  it('a role is candidate exactly when the sender is the thread candidate', async () => {
    await fc.assert(
      fc.asyncProperty(threadInput, async (input) => {
        const t = await check(input);
        for (const m of t.messages) {
          assert.equal(m.role === 'candidate', t.candidate !== null && m.from?.address === t.candidate);
        }
      }),
      { numRuns: 100 },
    );
  });
});
