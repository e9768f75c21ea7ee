// The pane's pure helpers: dates in the user's zone, the recommendation in words, which drafts to offer,
// the points of the thread picture and the fallback reminder.
// First: react-dom must load inside a DOM (see dom.ts), and this file imports components that import it.
import './dom';
import assert from 'node:assert/strict';
import type { Analysis } from '../../src/core/types';
import {
  alternativeKinds,
  defaultKind,
  offeredKinds,
} from '../../src/taskpane/components/DraftEditor/draftKinds';
import { reminderFor } from '../../src/taskpane/components/ReminderCard';
import { pictureMarks } from '../../src/taskpane/components/ThreadPicture';
import { describeRecommendation, formatDate } from '../../src/taskpane/lib/format';
import { dateInZone, daysFrom, timeInZone, zonedToIso } from '../../src/taskpane/lib/zonedTime';
import { draftFor, textToHtml, toneNotes } from '../../src/taskpane/lib/drafts';
import { analysis, recommendation } from './analyses';

describe('zonedToIso', () => {
  const rows: readonly { name: string; date: string; time: string; tz: string; iso: string | null }[] = [
    {
      name: 'a winter afternoon in New York',
      date: '2026-11-10',
      time: '14:00',
      tz: 'America/New_York',
      iso: '2026-11-10T14:00:00-05:00',
    },
    {
      name: 'a summer morning in Berlin',
      date: '2026-07-01',
      time: '09:30',
      tz: 'Europe/Berlin',
      iso: '2026-07-01T09:30:00+02:00',
    },
    {
      name: 'no time means 09:00',
      date: '2026-11-10',
      time: '',
      tz: 'UTC',
      iso: '2026-11-10T09:00:00+00:00',
    },
    {
      name: 'a time in the spring-forward gap moves later',
      date: '2026-03-08',
      time: '02:30',
      tz: 'America/New_York',
      iso: '2026-03-08T03:30:00-04:00',
    },
    {
      name: 'the repeated hour in autumn takes the first',
      date: '2026-11-01',
      time: '01:30',
      tz: 'America/New_York',
      iso: '2026-11-01T01:30:00-04:00',
    },
    { name: 'an empty date is no instant', date: '', time: '10:00', tz: 'UTC', iso: null },
    { name: 'an impossible date is no instant', date: '2027-02-29', time: '10:00', tz: 'UTC', iso: null },
    {
      name: 'an unknown zone is no instant',
      date: '2026-11-10',
      time: '10:00',
      tz: 'Mars/Olympus',
      iso: null,
    },
  ];
  for (const r of rows) it(r.name, () => assert.equal(zonedToIso(r.date, r.time, r.tz), r.iso));
});

describe('dateInZone and timeInZone', () => {
  const rows: readonly {
    name: string;
    instant: string;
    tz: string;
    date: string | null;
    time: string | null;
  }[] = [
    {
      name: 'late evening in Los Angeles is already tomorrow in UTC',
      instant: '2026-11-11T05:30:00Z',
      tz: 'America/Los_Angeles',
      date: '2026-11-10',
      time: '21:30',
    },
    {
      name: 'an offset instant read in Tokyo',
      instant: '2026-11-10T14:00:00-05:00',
      tz: 'Asia/Tokyo',
      date: '2026-11-11',
      time: '04:00',
    },
    { name: 'a malformed instant is null', instant: 'yesterday', tz: 'UTC', date: null, time: null },
  ];
  for (const r of rows)
    it(r.name, () => {
      assert.equal(dateInZone(r.instant, r.tz), r.date);
      assert.equal(timeInZone(r.instant, r.tz), r.time);
    });
});

describe('daysFrom', () => {
  const rows = [
    { name: 'a week across a month end', a: '2026-11-27', b: '2026-12-04', days: 7 },
    { name: 'negative while the interview is ahead', a: '2026-12-04', b: '2026-12-01', days: -3 },
    { name: 'across a leap day', a: '2028-02-28', b: '2028-03-01', days: 2 },
    { name: 'an unreadable date is null', a: 'soon', b: '2028-03-01', days: null },
  ] as const;
  for (const r of rows) it(r.name, () => assert.equal(daysFrom(r.a, r.b), r.days));
});

describe('formatDate', () => {
  it('reads a calendar date without shifting it by the runtime zone', () =>
    assert.equal(formatDate('2026-11-01', 'en-US'), 'Sun, Nov 1, 2026'));
  it('follows the locale (day before month in en-GB)', () =>
    assert.match(formatDate('2026-11-01', 'en-GB'), /^Sun,? 1 Nov 2026$/));
  it('keeps text that is not a date', () => assert.equal(formatDate('next week', 'en-US'), 'next week'));
});

describe('describeRecommendation', () => {
  const rows: readonly { name: string; analysis: Analysis; words: string }[] = [
    {
      name: 'waiting for the interview',
      analysis: analysis({
        recommendation: recommendation({ action: 'wait', waitingFor: 'interview', on: '2026-12-01' }),
      }),
      words: 'Wait for the interview on Tue, Dec 1, 2026.',
    },
    {
      name: 'snoozed',
      analysis: analysis({
        recommendation: recommendation({ action: 'wait', waitingFor: 'snooze', on: '2026-12-01' }),
      }),
      words: 'Snoozed: nothing to do before Tue, Dec 1, 2026.',
    },
    {
      name: 'a first follow-up due today',
      analysis: analysis({
        recommendation: recommendation({ action: 'follow-up', step: 1, on: '2026-12-01' }),
      }),
      words: 'Send a follow-up email on Tue, Dec 1, 2026.',
    },
    {
      name: 'a first follow-up overdue',
      analysis: analysis({
        recommendation: recommendation({ action: 'follow-up', step: 1, on: '2026-12-01', overdue: true }),
      }),
      words: 'Send a follow-up email now (it was due Tue, Dec 1, 2026).',
    },
    {
      name: 'an offer',
      analysis: analysis({ recommendation: recommendation({ action: 'closed', outcome: 'offer' }) }),
      words: 'You have an offer: this process is closed.',
    },
    {
      name: 'a question to answer',
      analysis: analysis({ recommendation: recommendation({ action: 'reply' }) }),
      words: 'Reply to the employer: they asked you something.',
    },
  ];
  for (const r of rows)
    it(r.name, () => assert.equal(describeRecommendation(r.analysis.recommendation, 'en-US'), r.words));
});

describe('draft kinds', () => {
  const rows: readonly { name: string; analysis: Analysis; kind: string }[] = [
    { name: "the core's own draft decides", analysis: analysis(), kind: 'follow-up' },
    {
      name: 'a second follow-up without a core draft',
      analysis: analysis({ draft: null, recommendation: recommendation({ action: 'follow-up', step: 2 }) }),
      kind: 'second-follow-up',
    },
    {
      name: 'a rejection gets a gracious reply',
      analysis: analysis({
        draft: null,
        recommendation: recommendation({ action: 'closed', outcome: 'rejected' }),
      }),
      kind: 'rejection-reply',
    },
    {
      name: 'moving on closes the loop',
      analysis: analysis({ draft: null, recommendation: recommendation({ action: 'move-on' }) }),
      kind: 'close-the-loop',
    },
    {
      name: 'waiting for the interview prepares the thank-you',
      analysis: analysis({
        draft: null,
        recommendation: recommendation({ action: 'wait', waitingFor: 'interview' }),
      }),
      kind: 'thank-you',
    },
    {
      name: 'a thank-you due without a core draft',
      analysis: analysis({ draft: null, recommendation: recommendation({ action: 'send-thank-you' }) }),
      kind: 'thank-you',
    },
    {
      name: "the employer's question is answered in the user's own words, not with a second thank-you",
      analysis: analysis({ draft: null, recommendation: recommendation({ action: 'reply' }) }),
      kind: 'own',
    },
    {
      name: "an offer is answered in the user's own words, not with a post-interview thank-you",
      analysis: analysis({
        draft: null,
        recommendation: recommendation({ action: 'closed', outcome: 'offer' }),
      }),
      kind: 'own',
    },
    {
      name: 'no interview date yet: no thank-you for an interview not held',
      analysis: analysis({ draft: null, recommendation: recommendation({ action: 'set-interview-date' }) }),
      kind: 'own',
    },
  ];
  for (const r of rows) it(r.name, () => assert.equal(defaultKind(r.analysis), r.kind));
  it('offers no phone script under a no-calls policy', () => {
    assert.equal(offeredKinds(analysis({ noCalls: true })).includes('phone-script'), false);
    assert.equal(alternativeKinds(analysis({ noCalls: true })).includes('phone-script'), false);
  });
  it("offers the core's alternatives as draft kinds", () =>
    assert.deepEqual(alternativeKinds(analysis()), ['phone-script', 'linkedin']));
  it("prefers the kinds of the core's alternative drafts", () => {
    const linkedin = { ...analysis().draft!, kind: 'linkedin' as const, text: 'Hi Ada, thanks again.' };
    assert.deepEqual(alternativeKinds(analysis({ drafts: [linkedin] })), ['linkedin']);
  });
  it('offers no alternatives once the process is closed', () =>
    assert.deepEqual(
      alternativeKinds(analysis({ recommendation: recommendation({ action: 'closed', outcome: 'offer' }) })),
      [],
    ));
});

describe('pictureMarks', () => {
  it('puts messages, the interview, today and the next step in date order', () => {
    const marks = pictureMarks(analysis(), '2026-11-20');
    assert.deepEqual(
      marks.map((m) => [m.kind, m.date]),
      [
        ['employer', '2026-11-03'],
        // Same day: the 14:00 interview before the 16:30 message that followed it.
        ['interview', '2026-11-10'],
        ['employer', '2026-11-10'],
        ['today', '2026-11-20'],
        ['next', '2026-11-25'],
      ],
    );
  });
  it('on one day, lists what happened by its time, then today, then the next step', () => {
    const base = analysis();
    const thanks = {
      ...base.messages[1]!,
      index: 2,
      role: 'candidate' as const,
      from: { name: 'Sam Doe', address: 'sam@mail.example' },
      sentAt: '2026-11-10T18:05:00-05:00',
    };
    const marks = pictureMarks(
      analysis({
        messages: [{ ...thanks, index: 0 }, ...base.messages.slice(0, 1)],
        recommendation: { ...base.recommendation, on: '2026-11-10' } as typeof base.recommendation,
      }),
      '2026-11-10',
    );
    assert.deepEqual(
      marks.map((m) => m.kind),
      ['employer', 'interview', 'candidate', 'today', 'next'],
    );
  });
  it('shows no next step once the process is closed', () => {
    const marks = pictureMarks(
      analysis({ recommendation: recommendation({ action: 'closed', outcome: 'rejected' }) }),
      '2026-11-20',
    );
    assert.equal(
      marks.some((m) => m.kind === 'next'),
      false,
    );
  });
});

describe('reminderFor', () => {
  it("uses the core's proposal where there is one", () =>
    assert.deepEqual(reminderFor(analysis(), '2026-11-20T15:00:00Z'), {
      kind: 'as-proposed',
      reminder: analysis().reminder,
    }));
  it('invents none where the core proposes none, so the pane agrees with the ribbon', () =>
    assert.equal(reminderFor(analysis({ reminder: null }), '2026-11-20T15:00:00Z'), null));
  it("moves a proposal whose time has passed to the next morning, in the analysis's zone", () => {
    const t = reminderFor(analysis(), '2026-11-25T15:30:00Z');
    assert.equal(t?.kind, 'moved');
    assert.equal(t?.reminder.start, '2026-11-26T09:00:00-05:00');
  });
});

describe('the drafts bridge', () => {
  it("takes the core's alternative draft of the chosen kind", () => {
    const note = { ...analysis().draft!, kind: 'handwritten' as const, text: 'Dear Ada, thank you.' };
    assert.equal(
      draftFor('handwritten', analysis({ drafts: [note] }), 'Sam Doe')?.text,
      'Dear Ada, thank you.',
    );
  });
  it('renders a kind the core did not offer from the thread, signed with the user name', () => {
    const d = draftFor('linkedin', analysis(), 'Sam Doe');
    assert.equal(d?.kind, 'linkedin');
    assert.ok((d?.text.length ?? 0) > 0 && (d?.text.length ?? 0) <= 300);
  });
  it('escapes the edited text into paragraphs of HTML', () =>
    assert.equal(
      textToHtml('Hi <Ada>,\n\nThanks & regards,\nSam'),
      '<p>Hi &lt;Ada&gt;,</p><p>Thanks &amp; regards,<br>Sam</p>',
    ));
  it('flags pushy wording', () =>
    assert.ok(toneNotes('Please reply ASAP.', 'follow-up').some((n) => n.issue === 'pushy')));
  it('finds nothing in a polite note', () =>
    assert.deepEqual(toneNotes('Thank you for your time yesterday.', 'thank-you'), []));
});
