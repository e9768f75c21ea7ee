// Applications told from list mail by the words alone (issue 15, held-out board round): a newsletter with no
// list headers but a list's footer, and an applicant tracking system's automatic receipt of an application.
import assert from 'node:assert/strict';
import path from 'node:path';
import { analyze } from '../../../src/core';
import { groupConversations, mayBeApplication, verdict, type Verdict } from '../../../src/core/board';
import { BOARD_FIXTURES, loadMailbox, type LoadedMailbox } from './support';

const ME = 'jordan.rivera@gmail.com';
const NOW = '2026-11-26T09:00:00-05:00';

const EXPECTED: readonly (readonly [file: string, verdict: Verdict['keep'] | string])[] = [
  // "your next interview", "follow up with a recruiter" in advice to everyone; footer: "Unsubscribe".
  ['career-tips-newsletter', 'newsletter'],
  // Auto-Submitted, but "We have received your application": the application's first message.
  ['workday-application-received', true],
  // Openings named by company and role, footer and "Easy Apply": a digest.
  ['ats-application-status-digest', 'job-alert'],
];

describe('board: verdicts on list mail and automatic receipts', () => {
  let box: LoadedMailbox;
  before(async () => {
    box = await loadMailbox(path.join(BOARD_FIXTURES, 'verdicts'));
  });
  for (const [file, expected] of EXPECTED)
    it(`${file}: ${expected === true ? 'an application' : expected}`, async () => {
      const groups = groupConversations(box.summaries, { me: ME });
      const members = groups.find((g) => box.names[g[0] ?? -1] === file);
      assert.ok(members, `no conversation starts with ${file}`);
      const summaries = members.map((i) => box.summaries[i]!);
      const analysis = await analyze(
        { messages: members.map((i) => box.fields[i]!) },
        { now: NOW, tz: 'America/New_York', me: ME },
      );
      assert.deepEqual(
        verdict(analysis, summaries),
        expected === true ? { keep: true } : { keep: false, why: expected },
      );
      assert.equal(mayBeApplication(summaries, ME), expected === true);
    });
});
