// Control and direction characters never leave the core (issue 14), and the calendar file escapes every
// line break a value can hold. Checked through analyze() and reminderToIcs, the surfaces hosts use.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core';
import { reminderToIcs } from '../../../src/core/drafts';
import type { Analysis, ReminderProposal } from '../../../src/core/types';
import { CONTROL } from '../../fuzz/analyzeFuzz';

const FORBIDDEN = CONTROL;

const CHARACTERS: readonly { name: string; ch: string }[] = [
  { name: 'NUL', ch: '\u0000' },
  { name: 'ESC (a terminal escape)', ch: '\u001b[31m' },
  { name: 'BEL', ch: '\u0007' },
  { name: 'DEL', ch: '\u007f' },
  { name: 'C1 CSI', ch: '\u009b' },
  { name: 'C1 NEL', ch: '\u0085' },
  { name: 'LRE', ch: '\u202a' },
  { name: 'RLE', ch: '\u202b' },
  { name: 'PDF', ch: '\u202c' },
  { name: 'LRO', ch: '\u202d' },
  { name: 'RLO', ch: '\u202e' },
  { name: 'LRI', ch: '\u2066' },
  { name: 'RLI', ch: '\u2067' },
  { name: 'FSI', ch: '\u2068' },
  { name: 'PDI', ch: '\u2069' },
  { name: 'RLM', ch: '\u200f' },
];

function fields(subject: string, name: string) {
  return {
    kind: 'fields' as const,
    subject,
    from: { name, address: 'ada@contoso.com' },
    to: [{ name: 'Sam Candidate', address: 'sam@mail.test' }],
    cc: [],
    sentAt: '2026-11-03T10:00:00-05:00',
    body: `Hi Sam,\n\nYour interview is confirmed for Tuesday, November 10 at 2:00 PM.\n\nBest,\n${name}`,
    bodyType: 'text' as const,
  };
}

function outputs(a: Analysis): string[] {
  const drafts = [a.draft, ...(a.drafts ?? [])].filter((d) => d !== null);
  return [
    ...drafts.flatMap((d) => [d.subject, d.text, d.html]),
    ...(a.reminder ? [a.reminder.subject, a.reminder.body, reminderToIcs(a.reminder)] : []),
  ];
}

describe('control and direction characters are stripped where text leaves the core', () => {
  for (const { name, ch } of CHARACTERS)
    for (const now of ['2026-11-10T20:00:00-05:00', '2026-11-19T10:00:00-05:00'])
      it(`${name} in the subject and the sender's name (${now.slice(0, 10)})`, async () => {
        const a = await analyze(
          { messages: [fields(`Interview${ch}: Data${ch} Analyst`, `Ada${ch} Lee`)] },
          { now, tz: 'America/New_York', me: 'sam@mail.test' },
        );
        const out = outputs(a);
        assert.ok(out.length > 0, 'something to check');
        for (const text of out)
          assert.doesNotMatch(text.replace(/\r\n/g, ''), FORBIDDEN, JSON.stringify(text));
        for (const d of [a.draft, ...(a.drafts ?? [])]) if (d) assert.doesNotMatch(d.subject, /[\r\n\t]/);
      });
});

describe('the calendar file escapes every line break', () => {
  const reminder = (text: string): ReminderProposal => ({
    subject: `Follow up:${text}Interview`,
    start: '2026-11-25T09:00:00-05:00',
    end: '2026-11-25T09:15:00-05:00',
    body: `First${text}Second`,
  });
  const breaks: readonly { name: string; text: string }[] = [
    { name: 'LF', text: '\n' },
    { name: 'CRLF', text: '\r\n' },
    { name: 'a lone CR', text: '\r' },
    { name: 'two CRs', text: '\r\r' },
    { name: 'LF CR', text: '\n\r' },
    { name: 'U+2028 line separator', text: '\u2028' },
    { name: 'U+2029 paragraph separator', text: '\u2029' },
    { name: 'NEL', text: '\u0085' },
    { name: 'vertical tab and form feed', text: '\u000b\u000c' },
  ];
  for (const row of breaks)
    it(row.name, () => {
      const ics = reminderToIcs(reminder(row.text));
      assert.ok(ics.endsWith('\r\n'));
      // Every physical line ends in CRLF: no CR or LF, nor a Unicode break, inside a line.
      const lines = ics.slice(0, -2).split('\r\n');
      for (const line of lines)
        assert.doesNotMatch(line, /[\r\n\u0085\u2028\u2029\u000b\u000c]/, JSON.stringify(line));
      // Unfolded, the description keeps the break as the escape `\n` and a property never starts mid-value.
      const unfolded = ics.replace(/\r\n /g, '');
      assert.match(unfolded, /\r\nDESCRIPTION:First(?:\\n)+Second\r\n|\r\nDESCRIPTION:FirstSecond\r\n/);
      assert.match(unfolded, /\r\nSUMMARY:Follow up: ?Interview\r\n/);
      assert.deepEqual(
        unfolded.split('\r\n').filter((l) => l !== '' && !/^[A-Z-]+[:;]/.test(l)),
        [],
      );
    });
});
