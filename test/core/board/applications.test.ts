// Which conversations are job applications (issue 15): the dev mailbox's threads, each analysed as the CLI
// does, with the verdict a person would give.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core';
import { groupConversations, mayBeApplication, verdict, type Verdict } from '../../../src/core/board';
import { DEV_MAILBOX, loadMailbox, type LoadedMailbox } from './support';

const ME = 'jordan.rivera@gmail.com';
const NOW = '2026-11-26T09:00:00-05:00';

const EXPECTED: readonly (readonly [first: string, verdict: Verdict['keep'] | string])[] = [
  ['01-invite', true],
  ['10-screen', true],
  ['20-invite', true],
  ['30-agency', true],
  ['40-received', true],
  ['50-invite', true],
  ['60-linkedin-alert', 'job-alert'],
  ['61-indeed-alert', 'job-alert'],
  ['62-newsletter', 'newsletter'],
  ['63-receipt', 'receipt'],
  ['64-cold', 'cold-outreach'],
  ['65-podcast', 'other-interview'],
  ['67-user-research', 'other-interview'],
  ['68-friend', 'not-hiring'],
];

describe('board: verdict (applications kept, the rest left out)', () => {
  let box: LoadedMailbox;
  let groups: number[][];
  before(async () => {
    box = await loadMailbox(DEV_MAILBOX);
    groups = groupConversations(box.summaries, { me: ME });
  });

  for (const [first, expected] of EXPECTED) {
    it(`${first}: ${expected === true ? 'an application' : expected}`, async () => {
      const members = groups.find((g) => box.names[g[0] ?? -1] === first);
      assert.ok(members, `no conversation starts with ${first}`);
      const summaries = members.map((i) => box.summaries[i]!);
      const analysis = await analyze(
        { messages: members.map((i) => box.fields[i]!) },
        { now: NOW, tz: 'America/New_York', me: ME },
      );
      const v = verdict(analysis, summaries);
      assert.deepEqual(v, expected === true ? { keep: true } : { keep: false, why: expected });
      // The first look, before analysis, never leaves out an application; it leaves out what its words show.
      if (expected === true) assert.equal(mayBeApplication(summaries, ME), true);
      // Cold outreach and mail with no hiring wording need the analysis: a date found may make either count.
      if (expected !== true && expected !== 'cold-outreach' && expected !== 'not-hiring')
        assert.equal(mayBeApplication(summaries, ME), false);
    });
  }
});
