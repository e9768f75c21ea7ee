// The drafts: every kind and every wording within its limit, passing its own tone check, with no placeholder,
// escaped once in HTML, chosen deterministically per thread.
import assert from 'node:assert/strict';
import {
  checkTone,
  DRAFT_LIMITS,
  draftFacts,
  renderDraft,
  toDraft,
  toHtml,
  WORDINGS,
  wordCount,
  type DraftFacts,
} from '../../../src/core/drafts';
import type { DraftKind } from '../../../src/core/types';
import { deepFreeze, interview, thread, type MessageSpec } from '../advice/build';
import { FULL } from './facts';

const KINDS = Object.keys(WORDINGS) as DraftKind[];

const EMPTY: DraftFacts = {
  subject: null,
  interviewers: [],
  contact: null,
  role: null,
  company: null,
  interviewDate: null,
  interviewTime: null,
  interviewMoved: false,
  candidateName: null,
  seedText: '|',
  usDates: false,
};
// The longest slots a thread can plausibly hold: each draft must still fit its limit.
const LONG: DraftFacts = {
  ...FULL,
  interviewers: [{ name: 'Maximiliana Worthington-Smythe', first: 'Maximiliana', address: null }],
  role: 'Senior Principal Staff Software Engineering Manager Platform',
  company: 'International Business Consolidated Holdings',
  candidateName: 'Alexandria Montgomery-Fitzgerald',
};
const HOSTILE: DraftFacts = {
  ...FULL,
  interviewers: [{ name: '<script>alert(1)</script>', first: '<script>alert(1)</script>', address: null }],
  role: 'Data & "Analytics" <Lead>',
  company: "O'Brien & Sons",
};

describe('renderDraft: every kind × every wording × facts full, empty and long', () => {
  for (const kind of KINDS) {
    for (let wording = 0; wording < WORDINGS[kind].length; wording += 1) {
      for (const [label, facts] of [
        ['full', FULL],
        ['empty', EMPTY],
        ['long', LONG],
      ] as const) {
        it(`${kind} #${wording} (${label}) fits its limit, passes its tone check and has no placeholder`, () => {
          const draft = toDraft(renderDraft(kind, deepFreeze(facts), { wording }));
          const limit = DRAFT_LIMITS[kind];
          if (limit.words !== undefined) assert.ok(wordCount(draft.text) <= limit.words, draft.text);
          if (limit.chars !== undefined)
            assert.ok(draft.text.length <= limit.chars, `${draft.text.length}: ${draft.text}`);
          assert.deepEqual(checkTone(draft.text, kind), []);
          assert.doesNotMatch(draft.text, /[[\]{}]|undefined|null|\s,|\s\./);
          assert.ok(draft.text.length > 40);
        });
      }
    }
  }
});

const contentRows: readonly {
  name: string;
  kind: DraftKind;
  facts: DraftFacts;
  text: readonly (string | RegExp)[];
  subject: string | RegExp;
}[] = [
  {
    name: 'thank-you greets the interviewer, names role, company, weekday and date, signs with the name',
    kind: 'thank-you',
    facts: FULL,
    text: [/^Hi Ada,/, 'Data Analyst', /Tuesday, November 10/, /Grace Hopper$/],
    subject: 'Re: Interview for the Data Analyst position',
  },
  {
    name: 'follow-up replies in the thread',
    kind: 'follow-up',
    facts: FULL,
    text: [/^Hi Ada,/, 'Data Analyst'],
    subject: 'Re: Interview for the Data Analyst position',
  },
  {
    name: 'second follow-up is shorter than 60 words',
    kind: 'second-follow-up',
    facts: FULL,
    text: [/^Hi Ada,/],
    subject: /^Re: /,
  },
  {
    name: 'without a name it greets "Hello," and signs off without one',
    kind: 'follow-up',
    facts: EMPTY,
    text: [/^Hello,/, /the position/],
    subject: 'Following up',
  },
  {
    name: 'a UK user reads "Tuesday 10 November"',
    kind: 'thank-you',
    facts: { ...FULL, usDates: false },
    text: [/Tuesday 10 November/],
    subject: /^Re: /,
  },
  {
    name: 'handwritten note starts "Dear"',
    kind: 'handwritten',
    facts: FULL,
    text: [/^Dear Ada,/],
    subject: 'Handwritten note – Data Analyst',
  },
  {
    name: 'phone script introduces the candidate',
    kind: 'phone-script',
    facts: FULL,
    text: [/this is Grace Hopper/],
    subject: 'Phone call script – Data Analyst',
  },
];

describe('renderDraft: filled from the thread', () => {
  for (const row of contentRows) {
    it(row.name, () => {
      const draft = toDraft(renderDraft(row.kind, row.facts));
      for (const t of row.text) {
        if (typeof t === 'string') assert.ok(draft.text.includes(t), draft.text);
        else assert.match(draft.text, t);
      }
      if (typeof row.subject === 'string') assert.equal(draft.subject, row.subject);
      else assert.match(draft.subject, row.subject);
      if (row.kind === 'second-follow-up') assert.ok(wordCount(draft.text) < 60);
    });
  }

  it('asks for what only the candidate knows instead of leaving a placeholder', () => {
    const draft = renderDraft('thank-you', EMPTY);
    assert.ok(draft.asks.some((a) => /topic/i.test(a)));
    assert.ok(draft.asks.some((a) => /your name/i.test(a)));
    assert.ok(draft.asks.some((a) => /interviewer's name/i.test(a)));
    assert.ok(draft.asks.some((a) => /role's title/i.test(a)));
  });

  it('asks nothing but the optional topic when the thread gave everything', () => {
    assert.equal(renderDraft('thank-you', FULL).asks.length, 1);
    assert.equal(renderDraft('follow-up', FULL).asks.length, 1);
    assert.deepEqual(renderDraft('second-follow-up', FULL).asks, []);
    // Once the user typed a topic, nothing is asked.
    assert.deepEqual(
      renderDraft('thank-you', { ...FULL, personal: { topic: 'the data platform' } }).asks,
      [],
    );
  });

  it('escapes every piece of mail-derived text in the HTML', () => {
    const draft = toDraft(renderDraft('thank-you', HOSTILE));
    assert.ok(draft.text.includes('<script>'));
    assert.ok(!draft.html.includes('<script>'));
    assert.ok(draft.html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(draft.html.includes('O&#39;Brien &amp; Sons') || !draft.text.includes("O'Brien"));
    assert.ok(draft.html.includes('&quot;Analytics&quot; &lt;Lead&gt;'));
  });

  it('toHtml makes paragraphs and line breaks from escaped text', () => {
    assert.equal(
      toHtml(['Hi <Ada>,', 'Best,\nGrace & Co']),
      '<p>Hi &lt;Ada&gt;,</p><p>Best,<br>Grace &amp; Co</p>',
    );
  });

  it('the same thread always gets the same wording', () => {
    assert.equal(
      toDraft(renderDraft('follow-up', FULL)).text,
      toDraft(renderDraft('follow-up', { ...FULL })).text,
    );
  });

  it('different threads or candidates do not all read alike', () => {
    const texts = new Set(
      ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map(
        (s) => toDraft(renderDraft('thank-you', { ...FULL, seedText: `subject ${s}|me` })).text,
      ),
    );
    assert.ok(texts.size >= 2);
  });

  it('a second follow-up never repeats a first one', () => {
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f']) {
      const facts = { ...FULL, seedText: seed };
      const first = toDraft(renderDraft('follow-up', facts)).text.split('\n\n').slice(1, -1);
      const second = toDraft(renderDraft('second-follow-up', facts)).text.split('\n\n').slice(1, -1);
      for (const p of second) assert.ok(!first.includes(p), p);
    }
  });

  it('panel notes for different interviewers use different wordings', () => {
    const a = renderDraft('thank-you', FULL, { variant: 0 });
    const b = renderDraft('thank-you', FULL, { variant: 1 });
    assert.notEqual(a.wording, b.wording);
  });

  // Draft read-through: "Re: Thank you - Risk Analyst interview" on a follow-up reads as another thank-you.
  it('a follow-up never goes out under a thank-you subject; a thank-you may', () => {
    const thanks = { ...FULL, subject: 'Thank you - Risk Analyst interview', role: 'Risk Analyst' };
    assert.equal(renderDraft('thank-you', thanks).subject, 'Re: Thank you - Risk Analyst interview');
    for (const kind of ['follow-up', 'second-follow-up'] as const)
      assert.equal(renderDraft(kind, thanks).subject, 'Following up – Risk Analyst');
    const noRole = { ...FULL, subject: 'Sous Chef tryout - thank you', role: null };
    assert.equal(renderDraft('follow-up', noRole).subject, 'Following up – Sous Chef tryout');
    // A day is when the interview was, not what it was for.
    const day = { ...FULL, subject: 'Thanks - Friday', role: null };
    assert.equal(renderDraft('follow-up', day).subject, 'Following up');
  });

  it('prepared on the interview day, the thank-you says "today"', () => {
    assert.match(
      toDraft(renderDraft('thank-you', FULL, { interviewToday: true, wording: 0 })).text,
      /with me today/,
    );
  });

  // Draft read-through: the phone script beside an evening thank-you said "we spoke on Tuesday, December 8".
  it('prepared on the interview day, a handwritten note keeps the date: it arrives days later', () => {
    for (let wording = 0; wording < WORDINGS.handwritten.length; wording += 1) {
      const text = toDraft(renderDraft('handwritten', FULL, { interviewToday: true, wording })).text;
      assert.doesNotMatch(text, /\btoday\b/u, `handwritten #${wording}`);
    }
  });

  it('prepared on the interview day, the phone script and LinkedIn note say "today" too', () => {
    for (const kind of ['phone-script', 'linkedin'] as const)
      for (let wording = 0; wording < WORDINGS[kind].length; wording += 1) {
        const dated = toDraft(renderDraft(kind, FULL, { wording })).text.includes('November 10');
        const text = toDraft(renderDraft(kind, FULL, { interviewToday: true, wording })).text;
        assert.equal(/ today\b/.test(text), dated, `${kind} #${wording}`);
        assert.doesNotMatch(text, /November 10/, `${kind} #${wording}`);
      }
  });
});

describe('draftFacts: read from the thread', () => {
  const t = thread([
    {
      role: 'employer',
      at: '2026-11-03T09:00:00-05:00',
      subject: 'Interview for Senior Data Analyst (Remote)',
      text: 'Hi Grace, your interview is confirmed for Tuesday. You will meet with Ada Lee (Engineering Manager), Bo Chen and Cy Diaz.',
      from: { name: 'Lee, Ada', address: 'ada@contoso.com' },
      signature: 'Ada Lee\nTalent Partner, Contoso',
    },
    {
      role: 'candidate',
      at: '2026-11-03T10:00:00-05:00',
      subject: 'RE: Interview for Senior Data Analyst (Remote)',
      text: 'Thank you, I confirm.',
      signature: 'Grace Hopper\n555-0100',
      from: { name: null, address: 'grace@example.com' },
    },
  ]);
  const facts = draftFacts(deepFreeze(t), {
    interview: interview(0, '2026-11-10T14:00:00-05:00', '2026-11-10T15:00:00-05:00'),
    tz: 'America/New_York',
  });
  const rows: readonly [string, unknown, unknown][] = [
    ['the subject without its RE: prefix', facts.subject, 'Interview for Senior Data Analyst (Remote)'],
    ['the role title from the subject', facts.role, 'Senior Data Analyst'],
    ['the company from the sender domain, spelt as the signature does', facts.company, 'Contoso'],
    [
      'every panel interviewer, in order',
      facts.interviewers.map((p) => p.name),
      ['Ada Lee', 'Bo Chen', 'Cy Diaz'],
    ],
    [
      "the interviewer's address where they wrote in the thread",
      facts.interviewers[0]?.address?.address,
      'ada@contoso.com',
    ],
    ['the contact from "Lee, Ada"', facts.contact?.name, 'Ada Lee'],
    ["the candidate's name from the signature", facts.candidateName, 'Grace Hopper'],
    ['US dates in a New York zone', facts.usDates, true],
  ];
  for (const [name, got, want] of rows) it(name, () => assert.deepEqual(got, want));

  it('myName beats the signature', () => {
    assert.equal(
      draftFacts(t, { interview: null, tz: 'UTC', myName: 'G. Hopper' }).candidateName,
      'G. Hopper',
    );
  });

  it('free-mail senders name no company', () => {
    const gmail = thread([
      {
        role: 'employer',
        at: '2026-11-03T09:00:00-05:00',
        text: 'Hello',
        from: { name: 'Ada Lee', address: 'ada.lee@gmail.com' },
      },
    ]);
    assert.equal(draftFacts(gmail, { interview: null, tz: 'UTC' }).company, null);
  });

  it('a role from the text: "for the Product Designer role"', () => {
    const t2 = thread([
      {
        role: 'employer',
        at: '2026-11-03T09:00:00-05:00',
        subject: 'Next steps',
        text: 'Thanks for applying for the Product Designer role.',
      },
    ]);
    assert.equal(draftFacts(t2, { interview: null, tz: 'UTC' }).role, 'Product Designer');
  });

  const subjects: readonly [string, string, string | null, string | null][] = [
    ['Product Designer interview - Northwind Traders', 'Hello', 'Product Designer', 'Northwind Traders'],
    ['Second interview - Financial Analyst', 'Hello', 'Financial Analyst', null],
    ['Video Editor interview', 'Hello', 'Video Editor', null],
    ['Video interview', 'Hello', null, null],
    ['Thank you - Data Engineer interview', 'Hello', 'Data Engineer', null],
    // Draft read-through: what follows the role is no employer when it is lowercase, a status or the role again.
    ['Store Manager role - checking in', 'Hello', 'Store Manager', null],
    ['Claims Analyst interview - new time', 'Hello', 'Claims Analyst', null],
    [
      'Telephonic Interview - Business Analyst',
      'Thanks for applying to the Business Analyst role.',
      'Business Analyst',
      null,
    ],
    // … and a role beside the round or the thanks is the role.
    ['Gameplay Engineer - final round', 'Hello', 'Gameplay Engineer', null],
    ['Sous Chef tryout - thank you', 'Hello', 'Sous Chef', null],
    ['Next steps - final round', 'Hello', null, null],
  ];
  for (const [subject, text, role, company] of subjects) {
    it(`the subject "${subject}" names role ${String(role)} and company ${String(company)}`, () => {
      const facts = draftFacts(
        thread([
          {
            role: 'employer',
            at: '2026-11-03T09:00:00-05:00',
            subject,
            text,
            from: { name: 'Ada', address: 'ada@gmail.com' },
          },
        ]),
        { interview: null, tz: 'UTC' },
      );
      assert.deepEqual([facts.role, facts.company], [role, company]);
    });
  }

  it("the employer's words name the role before the subject does", () => {
    const t2 = thread([
      {
        role: 'employer',
        at: '2026-11-03T09:00:00-05:00',
        subject: 'Interview - Northwind Traders',
        text: 'Thanks for applying to the Product Designer role.',
      },
    ]);
    assert.equal(draftFacts(t2, { interview: null, tz: 'UTC' }).role, 'Product Designer');
  });

  it('a company domain of several words is spelt as the signature writes it', () => {
    const t2 = thread([
      {
        role: 'employer',
        at: '2026-11-03T09:00:00-05:00',
        text: 'See you then.',
        signature: 'Ben Carter\nRecruiter, Wide World Importers',
        from: { name: 'Ben Carter', address: 'bcarter@wideworldimporters.com' },
      },
    ]);
    assert.equal(draftFacts(t2, { interview: null, tz: 'UTC' }).company, 'Wide World Importers');
  });

  const senders: readonly [string, string, string | null][] = [
    ['Careers', 'careers@contosoretail.com', null],
    ['Woodgrove Recruiting', 'no-reply@greenhouse.io', null],
    ['Talent Acquisition Team', 'ta@contoso.com', null],
    ['Ada Lee (Talent Partner)', 'ada@contoso.com', 'Ada'],
    ['Ada Lee | Recruiting', 'ada@contoso.com', 'Ada'],
    ['Whitaker, James', 'james.whitaker@baldwinmuseum.org', 'James'],
  ];
  for (const [name, address, first] of senders)
    it(`the sender "${name}" <${address}> is greeted as ${String(first)}`, () => {
      const t2 = thread([
        { role: 'employer', at: '2026-11-03T09:00:00-05:00', text: 'See you then.', from: { name, address } },
      ]);
      assert.equal(draftFacts(t2, { interview: null, tz: 'UTC' }).contact?.first ?? null, first);
    });

  it('a company name with "&" between its words is spelt as written', () => {
    const t2 = thread([
      {
        role: 'employer',
        at: '2026-11-03T09:00:00-05:00',
        text: 'See you then.',
        signature: "Fiona O'Neill\nManaging Partner, O'Neill & Partners",
        from: { name: "Fiona O'Neill", address: 'fiona@oneillpartners.com' },
      },
    ]);
    assert.equal(draftFacts(t2, { interview: null, tz: 'UTC' }).company, "O'Neill & Partners");
  });

  // Analyze QA round 9: the open item was the careers mailbox's automatic receipt of a follow-up.
  it("an automatic reply's subject is not the thread's", () => {
    const t2 = thread([
      {
        role: 'candidate',
        at: '2026-11-12T10:02:00-05:00',
        text: 'Any news?',
        subject: 'Data Engineer - checking in',
      },
      {
        role: 'employer',
        at: '2026-11-12T10:03:00-05:00',
        text: 'We have received your email.',
        automatic: true,
        subject: 'Automatic reply: Data Engineer - checking in',
      },
    ]);
    assert.equal(draftFacts(t2, { interview: null, tz: 'UTC' }).subject, 'Data Engineer - checking in');
  });

  // Draft read-through: a responder the mail area did not flag, alone in the file, quoting the thread's subject.
  it("an automatic reply's subject prefix is never kept, flagged or not", () => {
    const t2 = thread([
      {
        role: 'employer',
        at: '2026-11-12T10:03:00-05:00',
        text: 'I am out of the office until Monday.',
        subject: 'Automatic reply: Re: Backend Engineer interview',
      },
    ]);
    assert.equal(draftFacts(t2, { interview: null, tz: 'UTC' }).subject, 'Backend Engineer interview');
    const t3 = thread([
      {
        role: 'candidate',
        at: '2026-11-12T10:02:00-05:00',
        text: 'Any news?',
        subject: 'Data Engineer - update',
      },
      {
        role: 'employer',
        at: '2026-11-12T10:03:00-05:00',
        text: 'I am away.',
        subject: 'Out of Office: Data Engineer - update',
      },
    ]);
    assert.equal(draftFacts(t3, { interview: null, tz: 'UTC' }).subject, 'Data Engineer - update');
  });

  // Draft read-through: a domain that joins, shortens or suffixes the name the mail writes out.
  const spellings: readonly [string, string, string][] = [
    ['gemma@oakleyandsons.co.uk', 'Gemma Price\nFinance Manager, Oakley & Sons', 'Oakley & Sons'],
    ['laura@hudsonvalleycu.org', 'Laura Chen\nHudson Valley Credit Union', 'Hudson Valley Credit Union'],
    ['victor@brightlinemfg.com', 'Victor Alvarez\nBrightline Manufacturing', 'Brightline Manufacturing'],
    ['grace@litwareinc.com', 'Grace Liu\nTalent Partner, Litware', 'Litware'],
    ['aaron@reefco.com.au', 'Aaron Blake\nReef Co', 'Reef Co'],
  ];
  for (const [address, signature, company] of spellings)
    it(`the company of ${address} is "${company}" as the mail writes it`, () => {
      const t2 = thread([
        {
          role: 'employer',
          at: '2026-11-03T09:00:00-05:00',
          text: 'See you then.',
          signature,
          from: { name: signature.split('\n')[0] ?? '', address },
        },
      ]);
      assert.equal(draftFacts(t2, { interview: null, tz: 'UTC' }).company, company);
    });

  // Analyze QA round 9: an agency recruiter forwarding the client's note; the candidate joins the client.
  it('an agency domain is no company; the client is, by the first part of its hyphenated domain', () => {
    const agency = (at: string): MessageSpec => ({
      role: 'employer',
      at,
      text: 'See you then.',
      signature: 'Jess Morgan\nSenior Recruiter | TalentBridge Partners',
      from: { name: 'Jess Morgan', address: 'jess.morgan@talentbridgepartners.com' },
    });
    const client: MessageSpec = {
      role: 'employer',
      at: '2026-11-19T16:40:00-05:00',
      text: 'We will have a decision by the end of next week. Mark, Director of Planning at Contoso Manufacturing',
      from: { name: 'Mark Delaney', address: 'mark.delaney@contoso-mfg.com' },
    };
    const both = thread([agency('2026-11-12T11:00:00-05:00'), client, agency('2026-11-20T10:00:00-05:00')]);
    assert.equal(draftFacts(both, { interview: null, tz: 'UTC' }).company, 'Contoso Manufacturing');
    const alone = thread([agency('2026-11-12T11:00:00-05:00')]);
    assert.equal(draftFacts(alone, { interview: null, tz: 'UTC' }).company, null);
    const lab = thread([
      {
        role: 'employer',
        at: '2026-11-12T11:00:00-05:00',
        text: 'See you then.',
        from: { name: 'Ann Lee', address: 'ann@redwoodresearch.org' },
      },
    ]);
    // Issue 11: a domain is never a name by itself; with no spelling in the mail, no company.
    assert.equal(draftFacts(lab, { interview: null, tz: 'UTC' }).company, null);
  });
});

describe('a rejection before any interview thanks for the consideration only (r44)', () => {
  const count = WORDINGS['rejection-reply'].length;
  for (let wording = 0; wording < count; wording++) {
    it(`wording ${wording}: no meeting that never took place`, () => {
      const text = renderDraft(
        'rejection-reply',
        { ...FULL, interviewDate: null, interviewTime: null },
        { wording },
      ).paragraphs.join('\n');
      assert.doesNotMatch(text, /conversations|spent with me|enjoyed learning/u);
      assert.match(text, /application/u);
    });
    it(`wording ${wording}: after an interview, thanks for the time`, () => {
      const text = renderDraft('rejection-reply', FULL, { wording }).paragraphs.join('\n');
      assert.match(text, /conversations|spent with me/u);
    });
  }
});
