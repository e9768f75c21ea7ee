// ADVICE.md second edition, one table per rule change: rules 2 and 3 swapped, one date per situation, offers
// that await an answer, no call beside a thank-you, no-calls for the whole thread, late thank-yous, forwards.
// ADVICE.md's own examples are rows ("could you send me a few times that work?", "still working on it",
// "please let us know by Wednesday, November 25", "isn't a follow-up call").
import assert from 'node:assert/strict';
import { decide } from '../../../src/core/advice';
import { draftFacts, draftsFor, proposeReminder } from '../../../src/core/drafts';
import type { Findings, OutcomeFinding, Recommendation } from '../../../src/core/types';
import {
  deepFreeze,
  findings,
  noCalls,
  noContact,
  outcome,
  thread,
  timeline,
  TZ,
  type MessageSpec,
  CONFIRM,
  I,
  THANKS,
} from './build';

const emp = (at: string, text: string): MessageSpec => ({ role: 'employer', at, text });
const cand = (at: string, text: string): MessageSpec => ({ role: 'candidate', at, text });
const FOLLOW_UP = 'I wanted to follow up on my interview. Is there any update on the timeline?';

interface Row {
  readonly name: string;
  readonly messages: readonly MessageSpec[];
  readonly findings: Findings;
  /** Each `now` with the action and day the advice must give then (the same thread watched over days). */
  readonly at: readonly (readonly [
    now: string,
    action: Recommendation['action'],
    on: string,
    rule: number,
  ])[];
  /** Sub-strings some reason must contain (at the first `now`). */
  readonly reasons?: readonly string[];
}

const rows: readonly Row[] = [
  // Rules 2 and 3 swapped.
  {
    name: 'ADVICE.md: "could you send me a few times that work?" before any interview is set → reply (rule 2)',
    messages: [
      emp('2026-11-03T09:00:00-05:00', 'Thanks for applying! Could you send me a few times that work?'),
    ],
    findings: findings({}),
    at: [['2026-11-04T09:00:00-05:00', 'reply', '2026-11-04', 2]],
    reasons: ["'Could you send me a few times that work?'"],
  },
  {
    name: 'no interview and nothing asked → set the interview date (rule 3)',
    messages: [
      emp('2026-11-03T09:00:00-05:00', 'Thanks for applying. We will be in touch about next steps.'),
    ],
    findings: findings({}),
    at: [['2026-11-04T09:00:00-05:00', 'set-interview-date', '2026-11-04', 3]],
  },
  {
    name: 'an interview ahead and the employer asks to confirm it → reply before waiting (rule 2 before rule 4)',
    messages: [emp('2026-11-03T09:00:00-05:00', `${CONFIRM.text} Please confirm you can attend.`)],
    findings: findings({ interviews: [I] }),
    at: [['2026-11-05T09:00:00-05:00', 'reply', '2026-11-05', 2]],
  },
  {
    name: 'the candidate confirmed: the interview ahead is waited for (rule 4)',
    messages: [
      emp('2026-11-03T09:00:00-05:00', `${CONFIRM.text} Please confirm you can attend.`),
      cand('2026-11-03T10:00:00-05:00', 'Confirmed, see you then.'),
    ],
    findings: findings({ interviews: [I] }),
    at: [['2026-11-05T09:00:00-05:00', 'wait', '2026-11-10', 4]],
  },
  {
    name: 'a question the interview has since overtaken ("bring your ID?") asks nothing more → thank-you',
    messages: [emp('2026-11-03T09:00:00-05:00', `${CONFIRM.text} Could you bring a copy of your ID?`)],
    findings: findings({ interviews: [I] }),
    at: [['2026-11-10T18:00:00-05:00', 'send-thank-you', '2026-11-11', 5]],
  },
  // One date per situation.
  {
    name: 'issue 10: told "follow up on Tuesday 1 December" while waiting, told the same on that Tuesday',
    messages: [
      CONFIRM,
      THANKS,
      emp('2026-11-27T10:00:00-05:00', "Thanks for your patience, we'll have an answer for you by Monday."),
    ],
    findings: findings({ interviews: [I], timelines: [timeline(2, '2026-11-30', 'by Monday')] }),
    at: [
      ['2026-11-28T09:00:00-05:00', 'wait', '2026-12-01', 6],
      ['2026-11-30T09:00:00-05:00', 'wait', '2026-12-01', 6],
      ['2026-12-01T09:00:00-05:00', 'follow-up', '2026-12-01', 9],
      ['2026-12-04T09:00:00-05:00', 'follow-up', '2026-12-01', 9],
    ],
    reasons: ['follow up on Tuesday, December 1, the next business day'],
  },
  {
    name: 'rule 6 shows the week after the interview where that is later than the window',
    messages: [CONFIRM, THANKS, emp('2026-11-11T10:00:00-05:00', "We'll circle back by Thursday.")],
    findings: findings({ interviews: [I], timelines: [timeline(2, '2026-11-12', 'by Thursday')] }),
    at: [
      ['2026-11-12T09:00:00-05:00', 'wait', '2026-11-17', 6],
      ['2026-11-16T09:00:00-05:00', 'wait', '2026-11-17', 9],
      ['2026-11-17T09:00:00-05:00', 'follow-up', '2026-11-17', 9],
    ],
    reasons: ['follow up on Tuesday, November 17: a week after the interview'],
  },
  {
    name: 'ADVICE.md: a later message that states none ("still working on it") restarts the 7 days',
    messages: [
      CONFIRM,
      THANKS,
      emp('2026-11-11T10:00:00-05:00', "We'll be in touch within two weeks."),
      emp('2026-11-27T10:00:00-05:00', 'Still working on it, thanks for your patience.'),
    ],
    findings: findings({ interviews: [I], timelines: [timeline(2, '2026-11-25', 'within two weeks')] }),
    at: [
      ['2026-11-28T09:00:00-05:00', 'wait', '2026-12-04', 9],
      ['2026-12-04T09:00:00-05:00', 'follow-up', '2026-12-04', 9],
    ],
    reasons: ["a week after Ada's last message of November 27"],
  },
  {
    name: "a window running with one follow-up unanswered: rule 6 shows the second follow-up's day (rule 8)",
    messages: [
      CONFIRM,
      THANKS,
      cand('2026-11-18T09:00:00-05:00', FOLLOW_UP),
      emp('2026-11-18T10:00:00-05:00', "We'll have news by Friday."),
      cand('2026-11-23T09:00:00-05:00', FOLLOW_UP),
    ],
    findings: findings({ interviews: [I], timelines: [timeline(3, '2026-11-20', 'by Friday')] }),
    at: [
      ['2026-11-20T09:00:00-05:00', 'wait', '2026-11-30', 6],
      ['2026-11-24T09:00:00-05:00', 'wait', '2026-11-30', 8],
      ['2026-11-30T09:00:00-05:00', 'follow-up', '2026-11-30', 8],
    ],
    reasons: [
      'send a second, polite follow-up on Monday, November 30: a week after your follow-up of November 23',
    ],
  },
  {
    name: 'one unanswered follow-up while a window runs: rule 6 waits for the day of rule 8',
    messages: [
      CONFIRM,
      THANKS,
      emp('2026-11-11T10:00:00-05:00', "We'll decide by the end of next week."),
      cand('2026-11-12T09:00:00-05:00', FOLLOW_UP),
    ],
    findings: findings({
      interviews: [I],
      timelines: [timeline(2, '2026-11-20', 'by the end of next week')],
    }),
    at: [
      ['2026-11-19T09:00:00-05:00', 'wait', '2026-11-24', 6],
      ['2026-11-24T09:00:00-05:00', 'follow-up', '2026-11-24', 8],
    ],
  },
  {
    name: 'a message that says when contact is welcome counts through that day, not also a week after it',
    messages: [
      CONFIRM,
      THANKS,
      emp('2026-11-13T10:00:00-05:00', "Please don't reach out for an update before Monday, November 23."),
    ],
    findings: findings({
      interviews: [I],
      noContactBefore: [noContact(2, '2026-11-23', 'before Monday, November 23')],
    }),
    at: [
      ['2026-11-18T09:00:00-05:00', 'wait', '2026-11-23', 9],
      ['2026-11-23T09:00:00-05:00', 'follow-up', '2026-11-23', 9],
    ],
  },
  {
    name: 'a forward of a dated window ("see Mark\'s note below") restarts no week of its own',
    messages: [
      CONFIRM,
      THANKS,
      { ...emp('2026-11-19T16:40:00-05:00', 'We will have a decision within one week.'), subject: 'Owen' },
      emp('2026-11-24T10:00:00-05:00', "Good news, see Mark's note below."),
    ],
    findings: findings({ interviews: [I], timelines: [timeline(2, '2026-11-26', 'within one week')] }),
    at: [
      ['2026-11-25T09:00:00-05:00', 'wait', '2026-11-27', 6],
      ['2026-11-27T09:00:00-05:00', 'follow-up', '2026-11-27', 9],
    ],
  },
];

describe('decide, second edition: tables of cases', () => {
  for (const row of rows) {
    it(row.name, () => {
      // The forward row: the recovered message is quoted, the forward is the open item.
      const t = deepFreeze(thread(row.messages));
      const f = deepFreeze(row.findings);
      for (const [i, [now, action, on, rule]] of row.at.entries()) {
        const r = decide(t, f, { now, tz: TZ }).recommendation;
        assert.deepEqual(
          { now, action: r.action, on: r.on, rule: r.rule },
          { now, action, on, rule },
          r.reasons.join('\n'),
        );
        if (i === 0)
          for (const part of row.reasons ?? [])
            assert.ok(
              r.reasons.some((x) => x.includes(part)),
              `no reason has "${part}":\n${r.reasons.join('\n')}`,
            );
      }
    });
  }
});

const OFFER_TEXT =
  'We are pleased to offer you the position. Everyone you met was impressed, and we would love to have you on the team. Please let us know by Wednesday, November 25 whether you accept.';
const OFFER_MESSAGES = [CONFIRM, THANKS, emp('2026-11-20T10:00:00-05:00', OFFER_TEXT)];
const offerWith = (phrase: string, respondBy?: string): OutcomeFinding => ({
  ...outcome(2, 'offer', phrase),
  ...(respondBy === undefined
    ? {}
    : {
        respondBy: {
          by: respondBy,
          phrase: 'Please let us know by Wednesday, November 25 whether you accept',
        },
      }),
});

describe('decide, second edition: offers that await an answer', () => {
  const rows = [
    {
      name: 'an offer with a deadline carries respondBy; the reason says to reply by that day',
      outcomes: [offerWith('pleased to offer you'), offerWith('love to have you on the team', '2026-11-25')],
      respondBy: '2026-11-25',
      reason: 'Reply to the offer by Wednesday, November 25',
      reminder: '2026-11-24T09:00:00-05:00',
    },
    {
      name: 'an offer without one carries none and proposes no reminder',
      outcomes: [offerWith('pleased to offer you')],
      respondBy: undefined,
      reason: 'Reply to the offer itself',
      reminder: null,
    },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const t = thread(OFFER_MESSAGES);
      const d = decide(t, findings({ interviews: [I], outcomes: row.outcomes }), {
        now: '2026-11-20T12:00:00-05:00',
        tz: TZ,
      });
      const r = d.recommendation;
      assert.equal(r.action, 'closed');
      assert.equal(r.action === 'closed' ? r.respondBy : 'not closed', row.respondBy);
      assert.ok(
        r.reasons.some((x) => x.includes(row.reason)),
        r.reasons.join('\n'),
      );
      // The evidence is the offer sentence, not the compliment beside it.
      assert.equal(r.evidence[0]?.text, 'pleased to offer you');
      const reminder = proposeReminder(r, 'Data Analyst', TZ);
      assert.equal(reminder?.start ?? null, row.reminder);
    });
  }
});

describe('decide, second edition: no-calls for the whole thread, until the employer invites a call', () => {
  const base = [
    emp('2026-10-20T09:00:00-04:00', 'We have received your application. Please do not call the office.'),
    CONFIRM,
    THANKS,
  ];
  const rows: readonly { name: string; messages: readonly MessageSpec[]; noCalls: boolean }[] = [
    {
      name: 'an acknowledgement weeks earlier still holds after later messages',
      messages: [...base, emp('2026-11-11T10:00:00-05:00', 'Thanks Grace, we will be in touch.')],
      noCalls: true,
    },
    {
      name: 'a later "feel free to call me" lifts it',
      messages: [
        ...base,
        emp('2026-11-11T10:00:00-05:00', 'Thanks Grace. Feel free to call me if anything comes up.'),
      ],
      noCalls: false,
    },
    {
      name: 'an invitation before the request does not lift it',
      messages: [
        emp('2026-10-19T09:00:00-04:00', 'Give me a call on 555 0100 if you have questions.'),
        ...base,
      ],
      noCalls: true,
    },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const t = thread(row.messages);
      const request = row.messages.findIndex((m) => m.text.includes('Please do not call'));
      const interviewAt = row.messages.indexOf(CONFIRM);
      const d = decide(
        t,
        findings({
          interviews: [{ ...I, evidence: { ...I.evidence, message: interviewAt } }],
          noCalls: [noCalls(request, 'Please do not call the office.')],
        }),
        { now: '2026-11-18T12:00:00-05:00', tz: TZ },
      );
      assert.equal(d.noCalls, row.noCalls);
      const r = d.recommendation;
      assert.equal(r.action, 'follow-up', r.reasons.join('\n'));
      assert.deepEqual(r.alternatives, row.noCalls ? ['linkedin'] : ['phone', 'linkedin']);
      const set = draftsFor(r, draftFacts(t, { interview: d.interview, tz: TZ }), { noCalls: d.noCalls });
      assert.equal(
        set.alternatives.some((a) => a.kind === 'phone-script'),
        !row.noCalls,
      );
    });
  }
});

describe('decide, second edition: the thank-you is an email or a note, never a call; a late one asks about next steps', () => {
  const rows = [
    {
      name: 'on time, no window passed: no next-steps question',
      messages: [CONFIRM],
      timelines: [],
      now: '2026-11-10T18:00:00-05:00',
      askNextSteps: false,
    },
    {
      name: "late, after the employer's own window has passed: it asks about next steps",
      messages: [
        CONFIRM,
        emp('2026-11-10T16:00:00-05:00', "Thanks for coming in! We'll decide by Thursday."),
      ],
      timelines: [timeline(1, '2026-11-12', 'by Thursday')],
      now: '2026-11-13T09:00:00-05:00',
      askNextSteps: true,
    },
    {
      name: 'late, but the window still runs: no next-steps question',
      messages: [
        CONFIRM,
        emp('2026-11-10T16:00:00-05:00', "Thanks for coming in! We'll decide within two weeks."),
      ],
      timelines: [timeline(1, '2026-11-24', 'within two weeks')],
      now: '2026-11-13T09:00:00-05:00',
      askNextSteps: false,
    },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const t = thread(row.messages);
      const d = decide(t, findings({ interviews: [I], timelines: row.timelines }), { now: row.now, tz: TZ });
      const r = d.recommendation;
      assert.equal(r.action, 'send-thank-you', r.reasons.join('\n'));
      assert.equal(r.action === 'send-thank-you' && r.askNextSteps === true, row.askNextSteps);
      assert.deepEqual(r.alternatives, ['linkedin', 'handwritten']);
      const set = draftsFor(r, draftFacts(t, { interview: d.interview, tz: TZ }), { noCalls: false });
      assert.deepEqual(
        set.alternatives.map((a) => a.kind),
        ['linkedin', 'handwritten'],
      );
      assert.equal(
        (set.draft?.text ?? '').includes('I would be grateful for any update on the next steps'),
        row.askNextSteps,
      );
    });
  }

  it('the evening of the interview, the handwritten note does not say "today"; the email may', () => {
    const t = thread([CONFIRM]);
    const d = decide(t, findings({ interviews: [I] }), { now: '2026-11-10T09:00:00-05:00', tz: TZ });
    assert.equal(d.recommendation.rule, 4);
    const set = draftsFor(d.recommendation, draftFacts(t, { interview: d.interview, tz: TZ }), {
      noCalls: false,
    });
    const note = set.alternatives.find((a) => a.kind === 'handwritten');
    assert.ok(note !== undefined);
    assert.doesNotMatch(note.text, /\btoday\b/i);
    assert.ok(!set.alternatives.some((a) => a.kind === 'phone-script'));
  });

  it('rule 6 (a window still running) offers no phone script: phone scripts come only with rules 8 and 9', () => {
    const t = thread([
      CONFIRM,
      THANKS,
      emp('2026-11-11T10:00:00-05:00', "We'll be in touch within two weeks."),
    ]);
    const d = decide(
      t,
      findings({ interviews: [I], timelines: [timeline(2, '2026-11-25', 'within two weeks')] }),
      {
        now: '2026-11-19T09:00:00-05:00',
        tz: TZ,
      },
    );
    assert.equal(d.recommendation.rule, 6);
    const set = draftsFor(d.recommendation, draftFacts(t, { interview: d.interview, tz: TZ }), {
      noCalls: false,
    });
    assert.ok(!set.alternatives.some((a) => a.kind === 'phone-script'));
  });
});
