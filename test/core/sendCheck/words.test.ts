// The send check's word-level tables (issue 16): every phrase row matches its own example; greetings against
// recipients; placeholders and what only looks like one; the Smart Alerts text within Outlook's 500 characters.
import assert from 'node:assert/strict';
import {
  alertText,
  asksStatus,
  greetingMismatch,
  placeholders,
  type SendCheck,
} from '../../../src/core/sendCheck';
import { eachRow } from '../../../src/core/extract/phrases/rows';
import {
  CALL_PROPOSALS,
  JOB_CUES,
  PLACEHOLDER_WORDS,
  STATUS_ASKS,
  STATUS_ASKS_OTHER,
} from '../../../src/core/sendCheck/phrases';
import type { Address } from '../../../src/core/types';

describe('send check phrase tables: each row matches the line it came from', () => {
  for (const [name, rows] of [
    ['status asks', STATUS_ASKS],
    ['status asks (de, fr, es)', STATUS_ASKS_OTHER],
    ['call proposals', CALL_PROPOSALS],
    ['job cues', JOB_CUES],
  ] as const) {
    for (const row of rows) {
      it(`${name}: ${row.example}`, () => {
        assert.match(row.example, eachRow(row));
      });
    }
  }
  for (const row of PLACEHOLDER_WORDS) {
    it(`placeholder words: ${row.example}`, () => assert.notDeepEqual(placeholders(row.example), []));
  }
});

describe('asksStatus: a follow-up asks about status or next steps', () => {
  const ASKS = [
    'Is there any update on my application?',
    'I wanted to follow up on my interview last week.',
    'Could you let me know where things stand with the Analyst role?',
    "I haven't heard back since we spoke and wondered about next steps?",
    'Has a decision been made on the position?',
  ];
  const DOES_NOT = [
    'Thank you for your time today. I look forward to hearing about next steps.',
    'Thanks, noted!',
    'Please find my references attached.',
    'I would appreciate any update you can share when the time comes.',
    'Thanks for the update!',
  ];
  for (const text of ASKS) it(`asks: ${text}`, () => assert.equal(asksStatus(text), true));
  for (const text of DOES_NOT) it(`does not ask: ${text}`, () => assert.equal(asksStatus(text), false));
});

describe('greetingMismatch: a greeting whose name matches no recipient', () => {
  const emma: Address = { name: 'Emma Jones', address: 'emma.jones@contoso.com' };
  const rows: readonly [string, readonly Address[], string | null][] = [
    ['Hi Sarah,\nThanks', [emma], 'Sarah'],
    ['Hi Emma,\nThanks', [emma], null],
    ['Dear Ms. Jones,\n', [emma], null],
    ['Dear Dr. Obi,\n', [emma], 'Dr. Obi'],
    ['Dear Dr. Obi,\n', [{ name: 'Amara Obi', address: 'a.obi@x.org' }], null],
    ['Hi Rob,\n', [{ name: 'Robert Smith', address: 'rsmith@x.org' }], null],
    ['Hi Renée,\n', [{ name: 'Renée Dubois', address: 'rd@x.fr' }], null],
    ['Hi Rene,\n', [{ name: 'Zoë Martin', address: 'zm@x.fr' }], 'Rene'],
    ['Hello Hui Min -\n', [{ name: 'Tan Hui Min', address: 'hm@x.sg' }], null],
    ['Hey Jean-Luc!\n', [{ name: 'Jean-Luc Picard', address: 'jl@x.fr' }], null],
    ['Hi James,\n', [{ name: 'Whitaker, James', address: 'jw@x.com' }], null],
    ['Hi emma,\n', [{ name: null, address: 'emma@contoso.com' }], null],
    ['Hi Emma,\n', [{ name: null, address: 'hr@contoso.com' }], 'Emma'],
    ['Hi team,\n', [emma], null],
    ['Dear Hiring Manager,\n', [emma], null],
    ['Hi all,\n', [emma], null],
    ['Hi Sarah,\n', [], null],
    ['Thanks for the call.', [emma], null],
    ['Hi Emma and Sarah,\n', [emma], null],
  ];
  for (const [text, to, name] of rows) {
    it(`${JSON.stringify(text.split('\n')[0])} to ${to.map((a) => a.name ?? a.address).join(', ') || 'nobody'}`, () => {
      assert.equal(greetingMismatch(text, to)?.name ?? null, name);
    });
  }
});

describe('placeholders: template fields left unfilled', () => {
  const rows: readonly [string, readonly string[]][] = [
    ['I would love to join [Company].', ['[Company]']],
    ['Dear {{name}}, thanks for the <role> interview.', ['{{name}}', '<role>']],
    ["Dear [Interviewer's Name], I enjoyed [insert topic].", ["[Interviewer's Name]", '[insert topic]']],
    ['Hi {first_name}, best, %YOUR_NAME%', ['{first_name}', '%YOUR_NAME%']],
    ['See the portfolio [1] and [image: logo].', []],
    ['[EXTERNAL] nothing here', []],
    ['Write to Ada Lee <ada@contoso.com> or see <https://contoso.com/jobs>.', []],
    ['The score was 3 < 4 > 2.', []],
    ['I enjoyed the tour [and the coffee].', []],
  ];
  for (const [text, expected] of rows) it(text, () => assert.deepEqual(placeholders(text), expected));
});

describe('alertText: the Smart Alerts dialog text', () => {
  const finding = (n: number, length: number) => ({
    issue: 'tone' as const,
    message: `${String(n)} ${'x'.repeat(length - 3)}.`,
    text: null,
    evidence: [],
  });
  const check = (...findings: ReturnType<typeof finding>[]): SendCheck => ({
    jobRelated: true,
    kind: 'follow-up',
    findings,
    sendOn: null,
  });
  it('shows every finding that fits, whole', () => {
    const text = alertText(check(finding(1, 100), finding(2, 100)));
    assert.ok(text.startsWith('1 '));
    assert.ok(text.includes(' 2 '));
    assert.ok(!text.includes('more in the coach'));
  });
  it('says how many more are in the coach when they do not fit, within 500 characters', () => {
    const text = alertText(check(finding(1, 300), finding(2, 300), finding(3, 50)));
    assert.ok(text.length <= 500, String(text.length));
    assert.ok(text.endsWith('(2 more in the coach)'), text);
  });
  it('cuts a single long finding to fit', () => {
    const text = alertText(check(finding(1, 900)));
    assert.ok(text.length <= 500);
    assert.ok(text.endsWith('…'));
  });
});
