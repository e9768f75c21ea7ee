// The employer's request to send something, answered with the candidate's promise to send it (r40's references).
import assert from 'node:assert/strict';
import { promiseOf } from '../../../src/core/drafts/promise';

// [the request as the employer wrote it, the promise the reply makes, or null where it keeps quoting the request]
const ROWS: readonly (readonly [string, string | null])[] = [
  [
    'Could you send over contact details for two professional references by Thursday?',
    'I will send over contact details for two professional references by Thursday.',
  ],
  ['Can you please share your portfolio link?', 'I will share my portfolio link.'],
  [
    'Could you send me a few times that work for you next week?',
    'I will send you a few times that work for me next week.',
  ],
  [
    'Please complete the online assessment by Friday 11 December.',
    'I will complete the online assessment by Friday 11 December.',
  ],
  ['Kindly return the signed consent form to us.', 'I will return the signed consent form to you.'],
  ['Please fill in our equal opportunities form.', 'I will fill in your equal opportunities form.'],
  [
    'Would you provide proof of your right to work in the UK?',
    'I will provide proof of my right to work in the UK.',
  ],
  // A time to pick through the employer's scheduler or portal (r60's draft).
  [
    'Please log in to the candidate portal and select an interview time that works for you.',
    'I will choose a time as you asked today, and I look forward to the conversation.',
  ],
  [
    'Please use the link below to choose a time for a 45-minute video interview.',
    'I will choose a time as you asked today, and I look forward to the conversation.',
  ],
  ['Please log in to your candidate home to view details.', null],
  // Not a request to send something, or one whose words need the sentence to turn: quoted as before.
  ['Could you confirm your notice period?', null],
  ['Please send it to whoever you think would be interested.', null],
  ['Could you send the form back if you are still interested?', null],
  ['Can you let me know your salary expectations?', null],
  ['What are your salary expectations?', null],
  ['Please send the documents we discussed.', null],
];

describe('promiseOf: a request to send something becomes the promise to send it', () => {
  for (const [asked, promise] of ROWS)
    it(`${JSON.stringify(asked)} → ${JSON.stringify(promise)}`, () => {
      assert.equal(promiseOf(asked), promise);
    });
  it('never throws and never promises on hostile or empty text', () => {
    for (const text of ['', '?', 'please send '.repeat(5000), 'Could you send\u0000\u202e?'])
      assert.doesNotThrow(() => promiseOf(text));
    assert.equal(promiseOf(''), null);
  });
});
