// Grouping a mailbox into conversations (issue 15) on realistic messages: replies, forwards, a thank-you sent
// as a new message, a subject changed between rounds, an agency and its client, an ATS no-reply naming the
// company only in its text; and digests that name the same companies and roles joining nothing.
import assert from 'node:assert/strict';
import { companyKey, groupConversations, mailboxOwner, subjectKey } from '../../../src/core/board';
import { DEV_MAILBOX, loadMailbox, type LoadedMailbox } from './support';

const ME = 'jordan.rivera@gmail.com';

describe('board: groupConversations', () => {
  let box: LoadedMailbox;
  let groups: string[][];
  before(async () => {
    box = await loadMailbox(DEV_MAILBOX);
    groups = groupConversations(box.summaries, { me: ME }).map((g) => g.map((i) => box.names[i] ?? '?'));
  });
  const groupOf = (name: string): string[] => groups.find((g) => g.includes(name)) ?? [];

  const CASES: readonly (readonly [what: string, members: readonly string[]])[] = [
    [
      'a reply by headers, and a thank-you written as a new message (same recruiter, same role)',
      ['01-invite', '02-confirm', '03-thank-you-new-message', '04-window'],
    ],
    [
      'a new subject for the second round (same recruiter, the role named in both)',
      ['10-screen', '11-ok', '12-onsite', '13-thanks', '14-decision'],
    ],
    ['a forward between colleagues (References)', ['20-invite', '21-forward']],
    [
      "an agency and its client: the agency names the client, the client's mail names the role",
      ['30-agency', '31-confirm', '32-client', '33-agency-update'],
    ],
    [
      'an ATS no-reply naming the company only in its text joins the employer’s thread',
      ['40-received', '41-interview', '42-yes'],
    ],
    ['a rejection replying to the invitation', ['50-invite', '51-decision']],
    ['a podcast interview and its answer (a thread, not an application)', ['65-podcast', '66-podcast-yes']],
  ];
  for (const [what, members] of CASES)
    it(what, () => assert.deepEqual(groupOf(members[0] ?? ''), [...members]));

  it('keeps job alerts, newsletters, receipts and personal mail apart, though they name the same companies', () => {
    for (const alone of [
      '60-linkedin-alert',
      '61-indeed-alert',
      '62-newsletter',
      '63-receipt',
      '64-cold',
      '67-user-research',
      '68-friend',
    ])
      assert.deepEqual(groupOf(alone), [alone]);
  });

  it('orders each conversation oldest first, and the conversations by their first message', () => {
    const firsts = groupConversations(box.summaries, { me: ME }).map((g) => box.summaries[g[0] ?? 0]?.sentAt);
    const ms = firsts.map((f) => Date.parse(f ?? ''));
    assert.deepEqual(
      ms,
      [...ms].sort((a, b) => a - b),
    );
  });

  it('finds the mailbox owner as the address in the most messages', () => {
    assert.equal(mailboxOwner(box.summaries), ME);
    assert.deepEqual(
      groupConversations(box.summaries).map((g) => g.length),
      groupConversations(box.summaries, { me: ME }).map((g) => g.length),
    );
  });

  it('never throws on empty or broken summaries', () => {
    assert.deepEqual(groupConversations([]), []);
    const broken = {
      messageId: null,
      refs: [],
      subject: '',
      from: null,
      to: [],
      cc: [],
      sentAt: 'not a date',
      text: '\u0000'.repeat(10),
      bulk: false,
    };
    assert.deepEqual(groupConversations([broken, broken]), [[0], [1]]);
  });
});

describe('board: keys', () => {
  const SUBJECTS: readonly (readonly [string, string])[] = [
    ['Re: Interview – Senior Product Designer', 'interview senior product designer'],
    ['RE: FW: Interview – Senior Product Designer', 'interview senior product designer'],
    ['AW: Ihre Bewerbung', 'ihre bewerbung'],
    ['', ''],
  ];
  for (const [subject, key] of SUBJECTS)
    it(`subjectKey(${JSON.stringify(subject)})`, () => assert.equal(subjectKey(subject), key));
  const COMPANIES: readonly (readonly [string | null, string | null])[] = [
    ['Contoso Ltd.', 'contoso'],
    ['Lumière Conseil SAS', 'lumiere conseil'],
    ['Northwind Traders, Inc.', 'northwind traders'],
    ['X', null],
    [null, null],
  ];
  for (const [name, key] of COMPANIES)
    it(`companyKey(${JSON.stringify(name)})`, () => assert.equal(companyKey(name), key));
});
