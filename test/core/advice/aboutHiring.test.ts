// Mail that is no employer's word on an application (r42): a newsletter's question, payroll's request, a delivery
// note's "don't call the shop" ask nothing of an applicant and forbid no calls; the same words in a recruiter's
// mail still do.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core';
import type { RawMessage } from '../../../src/core/types';

const ME = { name: 'Sam Rivera', address: 'sam.rivera@example.com' };

function from(sender: { name: string; address: string }, subject: string, body: string): RawMessage {
  return {
    kind: 'fields',
    subject,
    from: sender,
    to: [ME],
    cc: [],
    sentAt: '2026-12-07T10:00:00+00:00',
    body,
    bodyType: 'text',
  };
}

const PAYROLL = { name: 'Payroll', address: 'payroll@corrib.example' };
const NEWS = { name: 'Brightside Insights', address: 'news@brightside.example' };
const SHOP = { name: 'Parcel Express', address: 'notify@parcels.example' };
const RECRUITER = { name: 'Jo Park', address: 'jo.park@fabrikam.example' };

// [what the row shows, the one message, the action, whether calls are off]
const ROWS: readonly (readonly [string, RawMessage, string, boolean])[] = [
  [
    'payroll asks for expense claims: no word of hiring',
    from(
      PAYROLL,
      'December pay dates',
      'Hi all,\n\nPlease submit any expense claims by Monday 14 December at 5pm.\n\nPayroll',
    ),
    'set-interview-date',
    false,
  ],
  [
    'a newsletter asks a question under its unsubscribe line',
    from(
      NEWS,
      'Salary guide + interview tips',
      'Should you follow up after an interview? Read our guide.\n\nJoin our briefing on Thursday at 12:30.\n\nUnsubscribe | Manage preferences',
    ),
    'set-interview-date',
    false,
  ],
  [
    'a delivery note in Spanish asks not to call the shop',
    from(
      SHOP,
      'Tu pedido está en camino',
      'Tu pedido llegará el jueves.\n\nPor favor, no llames a la tienda.',
    ),
    'set-interview-date',
    false,
  ],
  // The same asks in a recruiter's mail about the application still count.
  [
    "a recruiter's request",
    from(
      RECRUITER,
      'Your application – Analyst',
      'Hi Sam,\n\nCould you send two references by Friday?\n\nJo',
    ),
    'reply',
    false,
  ],
  [
    "a recruiter's no-calls",
    from(
      RECRUITER,
      'Your application – Analyst',
      'Hi Sam,\n\nThanks for applying. Please do not call the office about your application.\n\nJo',
    ),
    'set-interview-date',
    true,
  ],
  [
    'an application receipt with an unsubscribe footer still asks',
    from(
      RECRUITER,
      'Your application – Analyst',
      'Thank you for your application. Please confirm your notice period by replying to this email.\n\nUnsubscribe',
    ),
    'reply',
    false,
  ],
];

describe('advice: mail that is no employer word on an application asks nothing and forbids no calls', () => {
  for (const [name, message, action, noCalls] of ROWS)
    it(`${name} → ${action}${noCalls ? ', no calls' : ''}`, async () => {
      const a = await analyze(
        { messages: [message] },
        { now: '2026-12-08T09:00:00+00:00', tz: 'Europe/London', me: ME.address },
      );
      assert.equal(a.recommendation.action, action, a.recommendation.reasons.join('\n'));
      assert.equal(a.noCalls, noCalls);
    });
});
