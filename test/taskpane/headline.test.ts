// The first screen in words (issue 12): the headline, its one line of why, and the one action pushed, for
// every kind of advice, on a desktop, in compose, and on a phone; and which mail is no job thread at all.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/core';
import type { Analysis, Message } from '../../src/core/types';
import { formatDay } from '../../src/taskpane/lib/format';
import { headlineFor, primaryFor, type PaneCapabilities } from '../../src/taskpane/lib/headline';
import { looksLikeJobThread } from '../../src/taskpane/lib/jobThread';
import { analysis, recommendation } from './analyses';

const TODAY = '2026-11-20';
const desk: PaneCapabilities = { insert: true, remind: true };
const phone: PaneCapabilities = { insert: false, remind: false };

describe('headlineFor and primaryFor', () => {
  const rows: readonly {
    name: string;
    analysis: Analysis;
    title: string;
    primary: string;
    phonePrimary: string;
  }[] = [
    {
      name: 'a follow-up due today',
      analysis: analysis({ recommendation: recommendation({ action: 'follow-up', step: 1, on: TODAY }) }),
      title: 'Follow up today',
      primary: 'insert: Reply with your follow-up',
      phonePrimary: 'copy: Copy the draft',
    },
    {
      name: 'an overdue follow-up is still "today"',
      analysis: analysis({
        recommendation: recommendation({ action: 'follow-up', step: 1, on: '2026-11-17', overdue: true }),
      }),
      title: 'Follow up today',
      primary: 'insert: Reply with your follow-up',
      phonePrimary: 'copy: Copy the draft',
    },
    {
      name: 'a second follow-up ahead',
      analysis: analysis({
        recommendation: recommendation({ action: 'follow-up', step: 2, on: '2026-11-24' }),
      }),
      title: 'Send a second, last follow-up on Tue, Nov 24',
      primary: 'insert: Reply with your follow-up',
      phonePrimary: 'copy: Copy the draft',
    },
    {
      name: 'waiting on the employer: a reminder on the day',
      analysis: analysis(),
      title: 'Wait until Wed, Nov 25',
      primary: 'remind: Remind me on Wed, Nov 25',
      phonePrimary: 'none',
    },
    {
      name: 'the interview is ahead',
      analysis: analysis({
        recommendation: recommendation({ action: 'wait', waitingFor: 'interview', on: '2026-12-01' }),
      }),
      title: 'Your interview is on Tue, Dec 1',
      primary: 'remind: Remind me on Wed, Nov 25',
      phonePrimary: 'none',
    },
    {
      name: 'a thank-you due',
      analysis: analysis({ recommendation: recommendation({ action: 'send-thank-you', on: TODAY }) }),
      title: 'Send your thank-you today',
      primary: 'insert: Reply with your thank-you',
      phonePrimary: 'copy: Copy the draft',
    },
    {
      name: 'the employer asked something',
      analysis: analysis({ recommendation: recommendation({ action: 'reply', on: TODAY }) }),
      title: 'Reply: the employer asked you something',
      primary: 'insert: Reply to the employer',
      phonePrimary: 'copy: Copy the draft',
    },
    {
      name: 'no interview date',
      analysis: analysis({ recommendation: recommendation({ action: 'set-interview-date' }) }),
      title: 'When was your interview?',
      primary: 'set-date',
      phonePrimary: 'set-date',
    },
    {
      name: 'an offer',
      analysis: analysis({ recommendation: recommendation({ action: 'closed', outcome: 'offer' }) }),
      title: 'You have an offer: reply to it',
      primary: 'insert: Reply to the offer',
      phonePrimary: 'copy: Copy the draft',
    },
    {
      name: 'an offer with a day to answer by',
      // ADVICE.md second edition gives offers a `respondBy` (issue 10); the pane reads it where present.
      analysis: analysis({
        recommendation: Object.assign(recommendation({ action: 'closed', outcome: 'offer' }), {
          respondBy: '2026-11-27',
        }),
      }),
      title: 'Reply to the offer by Fri, Nov 27',
      primary: 'insert: Reply to the offer',
      phonePrimary: 'copy: Copy the draft',
    },
    {
      name: 'a rejection pushes nothing',
      analysis: analysis({ recommendation: recommendation({ action: 'closed', outcome: 'rejected' }) }),
      title: 'The employer has decided: this process is closed',
      primary: 'none',
      phonePrimary: 'none',
    },
    {
      name: 'moving on: the closing note, optional',
      analysis: analysis({ recommendation: recommendation({ action: 'move-on' }) }),
      title: 'Time to move on',
      primary: 'insert: Send a closing note (optional)',
      phonePrimary: 'copy: Copy the draft',
    },
  ];
  const shown = (p: ReturnType<typeof primaryFor>) => ('label' in p ? `${p.kind}: ${p.label}` : p.kind);
  for (const row of rows) {
    it(row.name, () => {
      const h = headlineFor(row.analysis, TODAY, 'en-US');
      assert.equal(h.title, row.title);
      assert.equal(h.why, row.analysis.recommendation.reasons[0]?.trim() ?? null);
      const options = { today: TODAY, mode: 'read' as const, reminderOn: '2026-11-25', locale: 'en-US' };
      assert.equal(shown(primaryFor(row.analysis, { ...options, can: desk })), row.primary);
      assert.equal(shown(primaryFor(row.analysis, { ...options, can: phone })), row.phonePrimary);
    });
  }

  it('in compose, the draft goes in at the cursor, and no reminder is pushed', () => {
    const options = { today: TODAY, mode: 'compose' as const, can: desk, reminderOn: '2026-11-25' };
    const due = analysis({ recommendation: recommendation({ action: 'follow-up', step: 1, on: TODAY }) });
    assert.deepEqual(primaryFor(due, options), { kind: 'insert', label: 'Insert the draft at the cursor' });
    assert.deepEqual(primaryFor(analysis(), options), { kind: 'none' });
  });

  it('waiting with nothing to be reminded of pushes nothing', () => {
    const options = { today: TODAY, mode: 'read' as const, can: desk, reminderOn: null };
    assert.deepEqual(primaryFor(analysis(), options), { kind: 'none' });
  });
});

describe('the line of why: the reason that explains the advice', () => {
  // The playground's samples through the core: the why a user reads under each headline.
  const sample = (file: string) =>
    new Uint8Array(readFileSync(new URL(`../../src/playground/samples/${file}`, import.meta.url)));
  const whyOf = async (file: string, now: string) => {
    const a = await analyze(
      { messages: [{ kind: 'mime', data: sample(file) }] },
      { now, tz: 'America/New_York' },
    );
    return { action: a.recommendation.action, why: headlineFor(a, now.slice(0, 10), 'en-US').why };
  };
  const rows: readonly { file: string; now: string; action: string; why: RegExp }[] = [
    // Follow-ups and thank-yous timed by the coach: the reason naming the day, not the interview's date.
    {
      file: 'first-follow-up-due.eml',
      now: '2026-11-16T09:00:00-05:00',
      action: 'follow-up',
      why: /^Follow up on Wednesday, November 11: a week after Emma's last message/,
    },
    {
      file: 'second-follow-up-due.eml',
      now: '2026-11-16T09:00:00-05:00',
      action: 'follow-up',
      why: /^A second, polite follow-up is due on Friday, November 6: a week after your follow-up/,
    },
    {
      file: 'waiting-on-timeline.eml',
      now: '2026-11-30T09:00:00-05:00',
      action: 'follow-up',
      why: /^Follow up on Friday, November 27: the business day after the employer's window/,
    },
    {
      file: 'thank-you-due.eml',
      now: '2026-11-25T09:00:00-05:00',
      action: 'send-thank-you',
      why: /^Send a thank-you note within 24 hours of the interview, by November 25/,
    },
    {
      file: 'first-follow-up-due.eml',
      now: '2026-11-10T09:00:00-05:00',
      action: 'wait',
      why: /^Follow up on Wednesday, November 11/,
    },
    // Days someone else set: the first reason, which cites them.
    {
      file: 'waiting-on-timeline.eml',
      now: '2026-11-23T09:00:00-05:00',
      action: 'wait',
      why: /^Sam wrote on November 12: .*that window ends on Thursday, November 26\.$/,
    },
    {
      file: 'interview-ahead.eml',
      now: '2026-11-26T10:00:00-05:00',
      action: 'wait',
      why: /^Your interview is on Tuesday, December 1/,
    },
    {
      file: 'employer-asked.eml',
      now: '2026-11-24T10:00:00-05:00',
      action: 'reply',
      why: /^Jordan wrote on November 23: 'Could you send us two professional references/,
    },
  ];
  for (const row of rows)
    it(`${row.file} at ${row.now.slice(0, 10)}: ${row.action}`, async () => {
      const { action, why } = await whyOf(row.file, row.now);
      assert.equal(action, row.action);
      assert.match(why ?? '', row.why);
    });

  it('"4 November" is not read inside "24 November", nor "November 2" inside "November 24"', () => {
    const reasons = ['Your interview was on Tuesday 24 November.', 'Follow up on Wednesday 4 November.'];
    const a = analysis({
      recommendation: recommendation({ action: 'follow-up', step: 1, on: '2026-11-04', reasons }),
    });
    assert.equal(headlineFor(a, TODAY, 'en-US').why, reasons[1]);
    const us = ['Your interview was on Tuesday, November 24.', 'Follow up on Monday, November 2.'];
    const b = analysis({
      recommendation: recommendation({ action: 'follow-up', step: 1, on: '2026-11-02', reasons: us }),
    });
    assert.equal(headlineFor(b, TODAY, 'en-US').why, us[1]);
  });
});

describe('formatDay: one date style for the region', () => {
  it('writes the day as the region does, with the year only where it is not this one', () => {
    assert.equal(formatDay('2026-11-24', 'en-US', TODAY), 'Tue, Nov 24');
    assert.equal(formatDay('2026-11-24', 'en-GB', TODAY), 'Tue 24 Nov');
    assert.equal(formatDay('2027-01-05', 'en-US', TODAY), 'Tue, Jan 5, 2027');
    assert.equal(formatDay('2026-11-24', 'en-US'), 'Tue, Nov 24, 2026');
    assert.equal(formatDay('not a date', 'en-US', TODAY), 'not a date');
  });
});

describe('looksLikeJobThread', () => {
  const undated = (subject: string, text: string): Analysis => {
    const base = analysis();
    const message: Message = { ...base.messages[0]!, subject, text };
    return analysis({
      messages: [message],
      interview: null,
      timeline: null,
      noContactBefore: null,
      noCalls: false,
      outcome: null,
      recommendation: recommendation({ action: 'set-interview-date' }),
    });
  };
  const rows: readonly { subject: string; text: string; job: boolean }[] = [
    {
      subject: 'Your order #4471 has shipped',
      text: 'Track your parcel. Thanks for shopping with us.',
      job: false,
    },
    { subject: 'Weekly digest: 5 recipes for autumn', text: 'Unsubscribe at any time.', job: false },
    { subject: 'Receipt for your payment', text: 'Amount paid: $12.00. Visa ending 4242.', job: false },
    { subject: 'Lunch on Friday?', text: 'Are you free at noon? Tom', job: false },
    { subject: 'Your application to Contoso', text: 'Thank you for applying.', job: true },
    { subject: 'Next steps', text: 'We would like to invite you to an interview.', job: true },
    { subject: 'Ihre Bewerbung als Entwicklerin', text: 'Vielen Dank für Ihre Bewerbung.', job: true },
    { subject: 'Votre candidature', text: 'Nous souhaitons vous proposer un entretien.', job: true },
    { subject: 'Proceso de selección', text: 'Nos gustaría concertar una entrevista.', job: true },
    { subject: 'Quick chat', text: 'I am a recruiter at Fabrikam and saw your CV.', job: true },
  ];
  for (const row of rows) {
    it(`${row.job ? 'a job thread' : 'not a job thread'}: "${row.subject}"`, () => {
      assert.equal(looksLikeJobThread(undated(row.subject, row.text)), row.job);
    });
  }

  it('any finding or advice beyond "set the date" makes it a job thread, whatever its words', () => {
    const receipt = undated('Receipt', 'Amount paid.');
    assert.equal(looksLikeJobThread({ ...receipt, noCalls: true }), true);
    assert.equal(
      looksLikeJobThread({
        ...receipt,
        recommendation: recommendation({ action: 'wait', waitingFor: 'snooze' }),
      }),
      true,
    );
  });
});
