// Times offered to choose from: the reply takes the first as written, and asks the user to check it (r41).
import assert from 'node:assert/strict';
import { draftsFor } from '../../../src/core/drafts';
import { firstSlotOffered } from '../../../src/core/drafts/slotChoice';
import { FULL, replyTo } from './facts';

// [the request, the first time offered, or null where it offers no choice of times]
const ROWS: readonly (readonly [string, string | null])[] = [
  ['Would Tuesday 15th at 10am or Wednesday 16th at 2pm suit better?', 'Tuesday 15th at 10am'],
  [
    'Are you free on Wednesday, December 16 at 2:00 PM ET or Thursday, December 17 at 11:00 AM ET?',
    'Wednesday, December 16 at 2:00 PM',
  ],
  ['Could you do Thu 17 Dec, 09:30 or Fri 18 Dec, 14:00?', 'Thu 17 Dec, 09:30'],
  ['Which works better for you, Monday or Tuesday?', 'Monday'],
  ['We could meet on Friday the 11th at noon or on Monday the 14th at 9am.', 'Friday the 11th at noon'],
  // One time, or none: no choice to make.
  ['Could you do Tuesday 15th at 10am?', null],
  ['Please send a few times that work for you next week.', null],
  ['Are you available for a call this week or next?', null],
];

describe('firstSlotOffered: the first of the times a request offers to choose from', () => {
  for (const [asked, first] of ROWS)
    it(`${JSON.stringify(asked)} → ${JSON.stringify(first)}`, () =>
      assert.equal(firstSlotOffered(asked), first));
});

describe('the reply to a choice of times', () => {
  const asked = 'Would Tuesday 15th at 10am or Wednesday 16th at 2pm suit better?';
  const rec = replyTo(asked);
  it('takes the first time offered, and tells the user it did', () => {
    const draft = draftsFor(rec, { ...FULL, personal: {} }, { noCalls: false, today: '2026-11-05' }).draft;
    assert.match(draft?.text ?? '', /Tuesday 15th at 10am (?:suits me well|would suit me best)/u);
    assert.ok(
      (draft?.asks ?? []).some((a) => a.includes('the draft takes the first offered (Tuesday 15th at 10am)')),
    );
  });
  it("keeps the user's own answer where they typed one", () => {
    const facts = { ...FULL, personal: { answer: 'Wednesday at 2pm would be best for me.' } };
    const text = draftsFor(rec, facts, { noCalls: false, today: '2026-11-05' }).draft?.text ?? '';
    assert.match(text, /Wednesday at 2pm would be best for me\./u);
    assert.doesNotMatch(text, /suits me well|suit me best/u);
  });
});
