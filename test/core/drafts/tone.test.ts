// The tone check: what the article warns against, each flagged with its span and a suggestion.
import assert from 'node:assert/strict';
import { checkTone, type ToneIssue } from '../../../src/core/drafts';

const flagged: readonly { text: string; issue: ToneIssue; span: string }[] = [
  { text: 'Please get back to me ASAP.', issue: 'pushy', span: 'ASAP' },
  { text: 'I would like a reply as soon as possible.', issue: 'pushy', span: 'as soon as possible' },
  { text: 'Please respond immediately.', issue: 'pushy', span: 'immediately' },
  { text: 'I need an answer by Friday.', issue: 'demanding', span: 'I need an answer' },
  { text: 'You must let me know this week.', issue: 'demanding', span: 'You must let me know' },
  { text: 'Let me know by tomorrow whether I got it.', issue: 'demanding', span: 'Let me know by tomorrow' },
  { text: 'I really need this job.', issue: 'desperate', span: 'I really need this job' },
  { text: "I'm desperate to hear back.", issue: 'desperate', span: 'desperate' },
  { text: "I'll do anything to join your team.", issue: 'desperate', span: "I'll do anything" },
  { text: 'You never replied to my last email.', issue: 'guilt-tripping', span: 'You never replied' },
  { text: "I'm still waiting for your answer.", issue: 'guilt-tripping', span: "I'm still waiting" },
  {
    text: 'As I mentioned in my last email, I am available.',
    issue: 'guilt-tripping',
    span: 'As I mentioned in my last email',
  },
  // Draft read-through: the close-the-loop note sulked ("so I will not write again", "I assume the team has chosen").
  {
    text: 'I understand you have moved on, so I will not write again.',
    issue: 'guilt-tripping',
    span: 'I will not write again',
  },
  {
    text: 'I assume the team has chosen another direction.',
    issue: 'guilt-tripping',
    span: 'I assume the team has chosen',
  },
  { text: "I won't bother you again.", issue: 'guilt-tripping', span: "I won't bother you" },
  { text: 'Just checking in on my application.', issue: 'filler', span: 'Just checking in' },
  { text: 'I wanted to touch base about the role.', issue: 'filler', span: 'touch base' },
  { text: 'Just following up on the below.', issue: 'filler', span: 'Just following up' },
  { text: 'Any update?!', issue: 'shouting', span: '?!' },
  { text: 'Thank you so much!!!', issue: 'shouting', span: '!!!' },
  { text: 'PLEASE RESPOND to my email.', issue: 'shouting', span: 'PLEASE RESPOND' },
  { text: 'This is URGENT for me.', issue: 'shouting', span: 'URGENT' },
];

const clean: readonly string[] = [
  'Thank you for taking the time to speak with me on Tuesday.',
  'Could you let me know if there is any update on the timeline?',
  'I remain very interested in the Data Analyst position at IBM.',
  'Please do not hesitate to contact me if you need anything else.',
  'I enjoyed learning about the AWS and SQL work of the team.',
  'Thank you!',
  'I look forward to hearing about the next steps.',
];

describe('checkTone: flags what the article warns against', () => {
  for (const row of flagged) {
    it(`${row.issue}: "${row.text}"`, () => {
      const findings = checkTone(row.text);
      const hit = findings.find((f) => f.issue === row.issue);
      assert.ok(hit, JSON.stringify(findings));
      assert.equal(row.text.slice(hit.span.start, hit.span.end), row.span);
      assert.equal(hit.text, row.span);
      assert.ok(hit.reason.length > 10 && hit.suggestion.length > 10);
    });
  }
});

describe('checkTone: leaves professional text alone', () => {
  for (const text of clean) it(`"${text}"`, () => assert.deepEqual(checkTone(text), []));
});

describe('checkTone: length limits per kind', () => {
  const words = (n: number): string => Array.from({ length: n }, () => 'word').join(' ');
  const rows: readonly [string, string, Parameters<typeof checkTone>[1], boolean][] = [
    ['a 121-word follow-up is too long', words(121), 'follow-up', true],
    ['a 120-word follow-up is fine', words(120), 'follow-up', false],
    ['a 151-word thank-you is too long', words(151), 'thank-you', true],
    ['a 150-word thank-you is fine', words(150), 'thank-you', false],
    ['an 81-word phone script is too long', words(81), 'phone-script', true],
    ['a 301-character LinkedIn message is too long', 'x'.repeat(301), 'linkedin', true],
    ['a 300-character LinkedIn message is fine', 'x'.repeat(300), 'linkedin', false],
    ['without a kind no length is checked', words(500), undefined, false],
  ];
  for (const [name, text, kind, over] of rows) {
    it(name, () =>
      assert.equal(
        checkTone(text, kind).some((f) => f.issue === 'over-length'),
        over,
      ),
    );
  }

  it('the over-length span starts at the first word past the limit', () => {
    const text = `${words(120)} extra words`;
    const hit = checkTone(text, 'follow-up').find((f) => f.issue === 'over-length');
    assert.equal(hit?.text, 'extra words');
    assert.equal(text.slice(hit?.span.start, hit?.span.end), 'extra words');
  });

  it('never throws, whatever the text', () => {
    for (const text of ['', '!'.repeat(10_000), 'A'.repeat(100_000), '\u0000\uffff', 'ASAP '.repeat(1000)]) {
      assert.ok(Array.isArray(checkTone(text, 'linkedin')));
    }
  });
});
