// Accuracy gate on the 144-case quote corpus (issue 2): at least 90% of newest-message texts right, read
// from ../shared/bench-data/quotes relative to the repo root. It fails when the splitter regresses; the
// figures beside planer and email-reply-parser are in `npm run bench` (bench/quotes.bench.ts).
import assert from 'node:assert/strict';
import { parseThread } from '../../../src/core/mail';
import { asRawMessage, loadCorpus, matches } from './quoteCorpus';

const REQUIRED = 0.9;

describe('quote corpus accuracy', () => {
  it(`gets at least ${REQUIRED * 100}% of the 144 newest messages right`, async () => {
    const cases = loadCorpus();
    assert.equal(cases.length, 144);
    const missed: string[] = [];
    for (const c of cases) {
      const thread = await parseThread({ messages: [asRawMessage(c)] }, { tz: 'UTC' });
      const newest = thread.messages.filter((m) => !m.quoted).at(-1);
      if (!newest || !matches(c, newest.text, newest.signature)) missed.push(c.name);
    }
    const score = (cases.length - missed.length) / cases.length;
    assert.ok(score >= REQUIRED, `score ${(score * 100).toFixed(1)}%; missed: ${missed.join(', ')}`);
  });

  // The scorer itself: a wrong answer must not pass, or the gate above could never fail.
  it('the scorer rejects a text that keeps the quote', () => {
    const [c] = loadCorpus().filter((x) => x.name === 'github-email_1_4');
    assert.ok(c);
    assert.equal(matches(c, c.text, null), false);
  });
});
