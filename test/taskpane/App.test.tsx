// The taskpane as a user meets it, driven by role and accessible name (no snapshots), against a fake host.
import { useDom } from './dom';
import assert from 'node:assert/strict';
import { act, cleanup, fireEvent, render, waitFor, within } from '@testing-library/react';
import type { Analysis, AnalyzeOptions, ThreadInput } from '../../src/core/types';
import { Root } from '../../src/taskpane/Root';
import { analysis, fakeAnalyze, recommendation } from './analyses';
import { FakeHost, Gate, failure, item } from './fakeHost';

function ui() {
  return within(document.body);
}

function mount(
  host: FakeHost,
  respond: (o: AnalyzeOptions, input: ThreadInput) => Analysis = () => analysis(),
  copied: string[] = [],
  gate: Gate = new Gate(),
) {
  const analyze = fakeAnalyze(respond, gate);
  const copyText = async (text: string) => {
    copied.push(text);
    return true;
  };
  render(<Root host={host} analyze={analyze} copyText={copyText} />);
  return { analyze, copied };
}

/**
 * Lets React finish what the last answer started: the render is on screen before its effects have run, and
 * a wait that returns at first sight of the text would let the test act on a pane that is not settled.
 */
async function settle() {
  await act(async () => undefined);
}

/** The analysis is on screen and the pane has settled. */
async function ready() {
  const rec = await ui().findByTestId('recommendation');
  await settle();
  return rec;
}

function status() {
  return ui().getByRole('status');
}

/**
 * Waits for a control in the live region, looking the region up afresh on every try: a region found once and
 * kept would go on being searched after a re-render replaced it, and the wait could never succeed.
 */
function inStatus(role: 'button' | 'link', name: string) {
  return waitFor(() => within(status()).getByRole(role, { name }));
}

function draftBox() {
  return ui().getByRole('textbox', { name: 'Draft text' }) as HTMLTextAreaElement;
}

/** Opens the draft's editing options (kind, "Make it yours"), where they are not open yet. */
function openEditor() {
  const toggle = ui().getByRole('button', { name: /Edit and other kinds|Fewer options/ });
  if (toggle.getAttribute('aria-expanded') !== 'true') fireEvent.click(toggle);
}

function kindBox() {
  openEditor();
  return ui().getByRole('combobox', { name: 'Draft kind' }) as HTMLSelectElement;
}

/** Opens a part of Details (a Fluent Accordion, loaded on demand) and waits for its content. */
async function openDetails(title: string) {
  const header = await ui().findByRole('button', { name: title });
  if (header.getAttribute('aria-expanded') !== 'true') fireEvent.click(header);
  await settle();
}

/** The Remind me button in Details' reminder part. */
async function remindButton() {
  await openDetails('Reminder');
  return ui().getByRole('button', { name: 'Remind me' });
}

describe('taskpane', () => {
  useDom();
  afterEach(cleanup);

  describe('shows the recommendation from a given Analysis', () => {
    const rows: readonly { name: string; analysis: Analysis; action: string; words: RegExp }[] = [
      {
        name: 'waiting out the employer timeline',
        analysis: analysis(),
        action: 'wait',
        words: /Wait until Wed, Nov 25/,
      },
      {
        name: 'a thank-you that is overdue',
        analysis: analysis({
          recommendation: recommendation({ action: 'send-thank-you', on: '2026-11-11', overdue: true }),
        }),
        action: 'send-thank-you',
        words: /Send your thank-you today/,
      },
      {
        name: 'a second follow-up',
        analysis: analysis({
          recommendation: recommendation({ action: 'follow-up', step: 2, on: '2026-11-27' }),
        }),
        action: 'follow-up',
        words: /Send a second, last follow-up on Fri, Nov 27/,
      },
      {
        name: 'moving on after two unanswered follow-ups',
        analysis: analysis({ recommendation: recommendation({ action: 'move-on' }) }),
        action: 'move-on',
        words: /Time to move on/,
      },
      {
        name: 'a rejection closes the process',
        analysis: analysis({
          recommendation: recommendation({ action: 'closed', outcome: 'rejected' }),
          outcome: 'rejected',
        }),
        action: 'closed',
        words: /this process is closed/,
      },
      {
        name: 'no interview date known',
        analysis: analysis({
          interview: null,
          recommendation: recommendation({ action: 'set-interview-date' }),
        }),
        action: 'set-interview-date',
        words: /When was your interview\?/,
      },
    ];
    for (const row of rows) {
      it(row.name, async () => {
        mount(new FakeHost(), () => row.analysis);
        const rec = await ready();
        assert.equal(rec.getAttribute('data-action'), row.action);
        assert.match(rec.textContent ?? '', row.words);
        // The headline names the answer's region, and it is the page's one h1.
        const heading = ui().getByRole('heading', { level: 1 });
        assert.equal(ui().getByRole('region', { name: heading.textContent ?? '' }), rec);
      });
    }
  });

  it('has the heading, the reasons, the interview, days elapsed and the sentence the timeline came from', async () => {
    mount(new FakeHost());
    await ready();
    // The add-in's name is Outlook's title for the pane: the pane shows the subject instead.
    assert.equal(ui().queryByText('Follow-up Coach'), null);
    assert.equal(ui().getByTestId('subject').textContent, 'Interview: Data Analyst');
    await openDetails('Why this advice');
    assert.ok(within(ui().getByTestId('reasons')).getByText(/within two weeks” on 10 Nov 2026/));
    await openDetails('Interview date');
    await openDetails("The employer's timeline");
    assert.ok(ui().getByText('10 days since the interview.'));
    assert.ok(ui().getByText('We will be in touch within two weeks.'));
    assert.equal((ui().getByLabelText('Interview date') as HTMLInputElement).value, '2026-11-10');
    assert.equal((ui().getByLabelText('Interview time') as HTMLInputElement).value, '14:00');
  });

  it('passes the host clock, zone, address and stored overrides to analyze', async () => {
    const host = new FakeHost();
    host.stored.set('conv-1', { ignoreTimeline: true });
    const { analyze } = mount(host);
    await ready();
    assert.deepEqual(analyze.calls[0], {
      now: '2026-11-20T15:00:00Z',
      tz: 'Eastern Standard Time',
      me: 'sam@mail.example',
      myName: 'Sam Doe',
      overrides: { ignoreTimeline: true },
    });
  });

  it('editing the interview date saves an override for the conversation and re-renders the advice', async () => {
    const host = new FakeHost();
    const { analyze } = mount(host, (o) =>
      o.overrides?.interviewStart
        ? analysis({ recommendation: recommendation({ action: 'send-thank-you', on: '2026-11-19' }) })
        : analysis(),
    );
    await ready();
    await openDetails('Interview date');
    fireEvent.change(ui().getByLabelText('Interview date'), { target: { value: '2026-11-18' } });
    fireEvent.change(ui().getByLabelText('Interview time'), { target: { value: '10:30' } });
    fireEvent.click(ui().getByRole('button', { name: 'Save interview date' }));
    await waitFor(() =>
      assert.equal(ui().getByTestId('recommendation').getAttribute('data-action'), 'send-thank-you'),
    );
    assert.deepEqual(host.last('saveOverrides'), {
      name: 'saveOverrides',
      key: 'conv-1',
      overrides: { interviewStart: '2026-11-18T10:30:00-05:00' },
    });
    assert.deepEqual(analyze.calls.at(-1)?.overrides, { interviewStart: '2026-11-18T10:30:00-05:00' });
    assert.match(status().textContent ?? '', /Interview date set/);
  });

  it('"Ignore this timeline" saves the override', async () => {
    const host = new FakeHost();
    mount(host);
    await ready();
    await openDetails("The employer's timeline");
    fireEvent.click(ui().getByRole('checkbox', { name: 'Ignore this timeline' }));
    await waitFor(() => assert.deepEqual(host.last('saveOverrides')?.overrides, { ignoreTimeline: true }));
  });

  it('"I called already" records a follow-up made elsewhere at the host\'s now', async () => {
    const host = new FakeHost();
    mount(host);
    await ready();
    await openDetails('Already in touch? Snooze');
    fireEvent.click(ui().getByRole('button', { name: 'I called already' }));
    await waitFor(() =>
      assert.deepEqual(host.last('saveOverrides')?.overrides, {
        followUpsElsewhere: ['2026-11-20T15:00:00Z'],
      }),
    );
  });

  it('snoozing saves the chosen date', async () => {
    const host = new FakeHost();
    mount(host);
    await ready();
    await openDetails('Already in touch? Snooze');
    fireEvent.change(ui().getByLabelText('Snooze until'), { target: { value: '2026-12-01' } });
    fireEvent.click(ui().getByRole('button', { name: 'Snooze' }));
    await waitFor(() =>
      assert.deepEqual(host.last('saveOverrides')?.overrides, { snoozeUntil: '2026-12-01' }),
    );
  });

  it('a failed save says so and keeps the change for this session', async () => {
    const host = new FakeHost();
    host.saveResult = failure('call-failed', 'Outlook could not save your settings (9019).');
    mount(host);
    await ready();
    await openDetails('Already in touch? Snooze');
    fireEvent.click(ui().getByRole('button', { name: 'I called already' }));
    await waitFor(() => assert.match(status().textContent ?? '', /Not saved/));
    // In words first; the code only in the details line.
    assert.match(status().textContent ?? '', /Outlook could not complete test\. .*Details: test: error 9002/);
  });

  it('"Insert as reply" hands the edited draft to the host and reports the result', async () => {
    const host = new FakeHost();
    mount(host);
    await ready();
    const box = draftBox();
    assert.equal(box.getAttribute('data-testid'), 'draft-text');
    fireEvent.change(box, { target: { value: 'Dear Ada,\n\nAny news on the role? <b>Thanks</b>' } });
    fireEvent.click(ui().getByRole('button', { name: 'Insert as reply' }));
    await waitFor(() => assert.match(status().textContent ?? '', /A reply with your draft is open/));
    const sent = host.last('insertDraft')?.draft;
    assert.equal(sent?.text, 'Dear Ada,\n\nAny news on the role? <b>Thanks</b>');
    assert.equal(sent?.html, '<p>Dear Ada,</p><p>Any news on the role? &lt;b&gt;Thanks&lt;/b&gt;</p>');
    assert.equal(sent?.subject, 'Re: Interview: Data Analyst');
  });

  describe('tells what the insert did', () => {
    const rows = [
      { outcome: 'reply-form', words: /A reply with your draft is open/ },
      { outcome: 'new-message-form', words: /A new message to the employer is open/ },
      { outcome: 'inserted-at-cursor', words: /in the message at the cursor/ },
    ] as const;
    for (const row of rows) {
      it(row.outcome, async () => {
        const host = new FakeHost();
        host.insertResult = { ok: true, value: row.outcome };
        mount(host);
        await ready();
        fireEvent.click(ui().getByRole('button', { name: 'Insert as reply' }));
        await waitFor(() => assert.match(status().textContent ?? '', row.words));
      });
    }
  });

  it('a draft inserted while the advice is to wait says to keep it until the day to act, not to send it', async () => {
    mount(new FakeHost());
    await ready();
    fireEvent.click(ui().getByRole('button', { name: 'Insert as reply' }));
    await waitFor(() =>
      assert.match(
        status().textContent ?? '',
        /Keep it as a draft until Wed, Nov 25, 2026: the advice is to wait/,
      ),
    );
    assert.doesNotMatch(status().textContent ?? '', /press Send/);
  });

  it('a draft inserted when the follow-up is due says to review it and send it', async () => {
    mount(new FakeHost(), () =>
      analysis({ recommendation: recommendation({ action: 'follow-up', step: 1, on: '2026-11-25' }) }),
    );
    await ready();
    fireEvent.click(ui().getByRole('button', { name: 'Insert as reply' }));
    await waitFor(() => assert.match(status().textContent ?? '', /review it and press Send/));
    assert.doesNotMatch(status().textContent ?? '', /Keep it/);
  });

  describe('in a message being written (compose)', () => {
    const undated = {
      code: 'missing-date',
      message: 'A message ("Re: Interview: Data Analyst") has no date.',
    } as const;

    it('offers "Insert at cursor" rather than "Insert as reply"', async () => {
      const host = new FakeHost();
      host.readResult = { ok: true, value: item({ mode: 'compose', itemId: null }) };
      mount(host);
      await ready();
      assert.ok(ui().getByRole('button', { name: 'Insert at cursor' }));
      assert.equal(ui().queryByRole('button', { name: 'Insert as reply' }), null);
    });

    it('does not warn that the unsent message has no date, and still shows other warnings', async () => {
      const host = new FakeHost();
      host.readResult = { ok: true, value: item({ mode: 'compose', itemId: null }) };
      const zone = {
        code: 'unknown-time-zone',
        message: 'Unknown time zone "Mars": dates are in UTC.',
      } as const;
      mount(host, () => analysis({ warnings: [undated, zone] }));
      await ready();
      assert.equal(ui().queryByText(/has no date/), null);
      assert.ok(ui().getByText(/Unknown time zone "Mars"/));
    });

    it('a read message with no date is still flagged', async () => {
      mount(new FakeHost(), () => analysis({ warnings: [undated] }));
      await ready();
      assert.ok(ui().getByText(/has no date/));
    });
  });

  it('a failed insert shows an error MessageBar offering to copy the draft instead', async () => {
    const host = new FakeHost();
    host.insertResult = failure('call-failed', 'Outlook could not open a reply (ErrorNonExistentMailbox).');
    const { copied } = mount(host);
    await ready();
    fireEvent.click(ui().getByRole('button', { name: 'Insert as reply' }));
    const offer = await inStatus('button', 'Copy the draft');
    // What failed in words with the way forward; the code apart, in the details line.
    assert.match(
      status().textContent ?? '',
      /Outlook could not complete test\. You can copy the draft and paste it into a reply\.Details: test: error 9002/,
    );
    fireEvent.click(offer);
    await waitFor(() => assert.equal(copied.length, 1));
  });

  it('"Copy" puts the draft text on the clipboard', async () => {
    const copied: string[] = [];
    mount(new FakeHost(), () => analysis(), copied);
    await ready();
    fireEvent.click(ui().getByRole('button', { name: 'Copy' }));
    await waitFor(() => assert.match(status().textContent ?? '', /Copied/));
    assert.match(copied[0] ?? '', /any news on the Data Analyst role/);
  });

  it('"Remind me" opens the proposed reminder through the host', async () => {
    const host = new FakeHost();
    mount(host);
    await ready();
    fireEvent.click(await remindButton());
    await waitFor(() => assert.match(status().textContent ?? '', /Reminder opened/));
    assert.equal(host.last('openReminder')?.reminder.start, '2026-11-25T09:00:00-05:00');
  });

  it('where the appointment form is unsupported, "Remind me" offers an .ics download', async () => {
    const host = new FakeHost();
    host.reminderResult = failure('unsupported', 'This Outlook cannot open an appointment form.');
    mount(host);
    await ready();
    fireEvent.click(await remindButton());
    const link = await inStatus('link', 'Download reminder (.ics)');
    assert.equal(link.getAttribute('download'), 'follow-up-reminder.ics');
    const ics = decodeURIComponent(
      (link.getAttribute('href') ?? '').replace(/^data:text\/calendar;charset=utf-8,/, ''),
    );
    assert.match(ics, /DTSTART:20261125T140000Z/);
  });

  it('where the host offers an .ics instead of a form, the download is offered', async () => {
    const host = new FakeHost();
    host.reminderResult = { ok: true, value: 'ics-offered' };
    mount(host);
    await ready();
    fireEvent.click(await remindButton());
    assert.ok(await inStatus('link', 'Download reminder (.ics)'));
  });

  it('mail text is shown as text, never as markup', async () => {
    const hostile = '<img src=x onerror="alert(1)"> We will decide <b>soon</b>.';
    const base = analysis();
    mount(new FakeHost(), () =>
      analysis({
        timeline: { ...base.timeline!, evidence: { ...base.timeline!.evidence, text: hostile } },
        recommendation: recommendation({ action: 'wait', reasons: [hostile] }),
      }),
    );
    await ready();
    await openDetails('Why this advice');
    await openDetails("The employer's timeline");
    // The why line, the reasons and the employer's sentence.
    assert.equal(ui().getAllByText(hostile).length, 3);
    assert.equal(document.querySelector('img'), null);
  });

  it('"Undo my edits" restores the draft', async () => {
    mount(new FakeHost());
    await ready();
    const box = draftBox;
    const original = box().value;
    fireEvent.change(box(), { target: { value: 'Something else' } });
    fireEvent.click(ui().getByRole('button', { name: 'Undo my edits' }));
    assert.equal(box().value, original);
    assert.equal(ui().queryByRole('button', { name: 'Undo my edits' }), null);
  });

  it('a readItem failure shows a MessageBar with a way to try again', async () => {
    const host = new FakeHost();
    host.readResult = {
      ok: false,
      error: { kind: 'no-item', message: 'Select a message to get advice on it.' },
    };
    mount(host);
    assert.ok(await ui().findByText('Select a message to get advice on it.'));
    assert.ok(ui().getByText('No message selected'));
    host.readResult = { ok: true, value: item() };
    fireEvent.click(ui().getByRole('button', { name: 'Try again' }));
    await ready();
    assert.equal(host.count('readItem'), 2);
  });

  it('an Outlook that never hands the item over is said in words, with a way to try again', async () => {
    const host = new FakeHost();
    host.gates.readItem.close();
    render(<Root host={host} analyze={fakeAnalyze(() => analysis(), new Gate())} waitLimitMs={50} />);
    assert.ok(await ui().findByText('Outlook did not hand over the message'));
    assert.ok(ui().getByText(/No answer came in .* Try again/));
    host.gates.readItem.release(0);
    fireEvent.click(ui().getByRole('button', { name: 'Try again' }));
    host.gates.readItem.release(1);
    await ready();
    assert.equal(host.count('readItem'), 2);
  });

  it('an analysis that never answers is said in words, not a spinner for ever', async () => {
    const gate = new Gate();
    gate.close();
    render(<Root host={new FakeHost()} analyze={fakeAnalyze(() => analysis(), gate)} waitLimitMs={50} />);
    assert.ok(await ui().findByText('This thread is taking too long to analyse'));
    assert.ok(ui().getByRole('button', { name: 'Try again' }));
  });

  it('an analyze that throws is shown as a readable error, not a blank pane', async () => {
    mount(new FakeHost(), () => {
      throw new Error('parser exploded');
    });
    assert.ok(await ui().findByText(/parser exploded\. Try again/));
    assert.ok(ui().getByRole('button', { name: 'Try again' }));
  });

  it('analysis warnings are shown as MessageBars', async () => {
    mount(new FakeHost(), () =>
      analysis({
        warnings: [
          { code: 'unknown-time-zone', message: 'Unknown time zone "Mars": dates are shown in UTC.' },
        ],
      }),
    );
    await ready();
    assert.ok(ui().getByText(/Unknown time zone "Mars"/));
  });

  it('unreadable stored overrides warn and still show the advice', async () => {
    const host = new FakeHost();
    host.loadFailure = failure('call-failed', 'Settings could not be read.');
    mount(host);
    await ready();
    assert.match(status().textContent ?? '', /Your saved settings could not be read/);
  });

  it('tone findings appear live when the draft is made pushy', async () => {
    mount(new FakeHost());
    await ready();
    const tone = ui().getByTestId('tone');
    assert.doesNotMatch(tone.textContent ?? '', /pushy/i);
    fireEvent.change(draftBox(), {
      target: { value: 'I need an answer ASAP!!' },
    });
    await waitFor(() => assert.match(tone.textContent ?? '', /pushy/i));
    assert.equal(tone.getAttribute('aria-live'), 'polite');
  });

  it('the alternatives are in the one kind list, before "More", and a LinkedIn message cannot be inserted as a reply', async () => {
    mount(new FakeHost());
    await ready();
    const fitting = [...kindBox().querySelectorAll(':scope > option')].map((o) => o.getAttribute('value'));
    const more = [...kindBox().querySelectorAll('optgroup[label="More"] > option')].map((o) =>
      o.getAttribute('value'),
    );
    assert.deepEqual(fitting, ['follow-up', 'phone-script', 'linkedin']);
    assert.ok(more.includes('thank-you') && !more.includes('linkedin'), more.join());
    fireEvent.change(kindBox(), { target: { value: 'linkedin' } });
    await waitFor(() => assert.equal(kindBox().value, 'linkedin'));
    assert.equal(ui().getByRole('button', { name: 'Insert as reply' }).hasAttribute('disabled'), true);
  });

  it('choosing a kind in "Draft kind" replaces the draft with one of that kind', async () => {
    const note = {
      ...analysis().draft!,
      kind: 'handwritten' as const,
      text: 'Dear Ada, thank you for your time.',
    };
    mount(new FakeHost(), () => analysis({ drafts: [note] }));
    await ready();
    fireEvent.change(kindBox(), {
      target: { value: 'handwritten' },
    });
    await waitFor(() => assert.equal(draftBox().value, note.text));
  });

  it("where the employer asked something, the draft starts as the user's own message, empty, and can be sent", async () => {
    const host = new FakeHost();
    mount(host, () => analysis({ draft: null, recommendation: recommendation({ action: 'reply' }) }));
    await ready();
    assert.equal(kindBox().value, 'own');
    assert.equal(kindBox().selectedOptions[0]?.textContent, 'Your own message');
    assert.equal(draftBox().value, '');
    assert.ok(ui().getByText('Write your message here, in your own words.'));
    assert.equal(ui().getByRole('button', { name: 'Insert as reply' }).hasAttribute('disabled'), true);
    // The first screen's action is the reply itself, open for the user to write in.
    assert.equal(ui().getByTestId('primary-action').textContent, 'Reply to the employer');
    fireEvent.change(draftBox(), { target: { value: 'Dear Ada,\n\nMy references are attached.' } });
    fireEvent.click(ui().getByRole('button', { name: 'Insert as reply' }));
    await waitFor(() =>
      assert.equal(host.last('insertDraft')?.draft.text, 'Dear Ada,\n\nMy references are attached.'),
    );
    assert.equal(host.last('insertDraft')?.draft.subject, 'Re: Interview: Data Analyst');
  });

  it('no phone script is offered where the employer asked not to be called', async () => {
    mount(new FakeHost(), () => analysis({ noCalls: true }));
    await ready();
    assert.equal(
      [...kindBox().options].some((o) => o.value === 'phone-script'),
      false,
      'no phone script among the kinds',
    );
    assert.ok(ui().getByText(/the employer asked candidates not to call/));
  });

  it('where a reason already cites the no-calls request, "no phone call" is said once', async () => {
    const evidence = {
      message: 1,
      text: 'Please do not call the office.',
      index: 40,
      detector: 'no-calls',
    } as const;
    const cited = "No phone call: Ada wrote on 10 November: 'Please do not call the office'.";
    mount(new FakeHost(), () =>
      analysis({
        noCalls: true,
        findings: {
          ...analysis().findings,
          noCalls: [{ kind: 'no-calls', phrase: 'do not call', evidence }],
        },
        recommendation: recommendation({
          action: 'follow-up',
          step: 1,
          reasons: ['Follow up on Wednesday 25 November.', cited],
          evidence: [evidence],
        }),
      }),
    );
    await ready();
    await openDetails('Why this advice');
    assert.equal(ui().getAllByText(/^No phone call/).length, 1);
    assert.ok(ui().getByText(cited));
  });

  it('the thread picture has a key: each legend entry starts with the mark it explains', async () => {
    mount(new FakeHost());
    await ready();
    await openDetails('The thread at a glance');
    const picture = ui().getByRole('img');
    const marks = [...picture.querySelectorAll('[data-kind]')].map((m) => m.getAttribute('data-kind'));
    const legend = picture.parentElement?.querySelector('ul');
    const entries = [...(legend?.querySelectorAll('li') ?? [])];
    const keys = entries.map((li) => li.firstElementChild?.getAttribute('data-kind') ?? null);
    assert.deepEqual(keys, [...marks, 'window']);
    assert.ok(marks.includes('next') && marks.includes('today'), 'both ticks are in the picture');
  });

  it("the employer's timeline reads as a sentence: who promised what, by when, in their words", async () => {
    mount(new FakeHost());
    await ready();
    await openDetails("The employer's timeline");
    const section = ui().getByTestId('details');
    assert.match(
      section.textContent ?? '',
      /The employer promised an answer by Tue, Nov 24, 2026 \(“within two weeks”\)\./,
    );
  });

  it('selecting another message re-reads the item and shows its advice', async () => {
    const host = new FakeHost();
    mount(host, (o) =>
      o.overrides?.snoozeUntil
        ? analysis({ recommendation: recommendation({ action: 'move-on' }) })
        : analysis(),
    );
    await ready();
    host.stored.set('conv-2', { snoozeUntil: '2026-12-24' });
    act(() => host.selectItem(item({ conversationId: 'conv-2', subject: 'Offer call' })));
    await waitFor(() =>
      assert.equal(ui().getByTestId('recommendation').getAttribute('data-action'), 'move-on'),
    );
    assert.equal(host.count('readItem'), 2);
    assert.equal(host.last('loadOverrides')?.key, 'conv-2');
    assert.ok(ui().getByText('Offer call'));
  });

  it('starts in the dark theme when Outlook is dark', async () => {
    const host = new FakeHost();
    host.themeValue = { dark: true };
    mount(host);
    await ready();
    assert.equal(document.querySelector('[data-theme]')?.getAttribute('data-theme'), 'dark');
  });

  it('follows the Office theme, dark included', async () => {
    const host = new FakeHost();
    mount(host);
    await ready();
    const provider = () => document.querySelector('[data-theme]');
    assert.equal(provider()?.getAttribute('data-theme'), 'light');
    act(() => host.changeTheme({ dark: true }));
    assert.equal(provider()?.getAttribute('data-theme'), 'dark');
  });

  it('a theme change keeps the pane as it is: no second read, the draft kind and edits kept', async () => {
    const host = new FakeHost();
    const { analyze } = mount(host);
    await ready();
    fireEvent.change(kindBox(), { target: { value: 'linkedin' } });
    fireEvent.change(draftBox(), { target: { value: 'Hi Ada, my own words.' } });
    act(() => host.changeTheme({ dark: true }));
    await ready();
    assert.equal(kindBox().value, 'linkedin');
    assert.equal(draftBox().value, 'Hi Ada, my own words.');
    assert.equal(host.count('readItem'), 1);
    assert.equal(analyze.calls.length, 1);
  });

  describe('under load: answers that come late, and in any order (issue 5)', () => {
    const note = {
      ...analysis().draft!,
      kind: 'handwritten' as const,
      text: 'Dear Ada, thank you for your time.',
    };
    const secondItem = item({ conversationId: 'conv-2', itemId: 'item-2', subject: 'Offer call' });
    /** Item A advises waiting; item B (conversation 2) advises moving on. */
    const byItem = (o: AnalyzeOptions, input: ThreadInput) =>
      input === secondItem.input || o.overrides?.snoozeUntil
        ? analysis({ recommendation: recommendation({ action: 'move-on' }), draft: null })
        : analysis();

    it('the kind picked and the words typed survive a saved change that changes the advice', async () => {
      const host = new FakeHost();
      mount(host, (o) =>
        o.overrides?.ignoreTimeline
          ? analysis({
              drafts: [note],
              draft: null,
              recommendation: recommendation({ action: 'wait', waitingFor: 'second-follow-up' }),
            })
          : analysis({ drafts: [note] }),
      );
      await ready();
      fireEvent.change(kindBox(), { target: { value: 'handwritten' } });
      fireEvent.change(draftBox(), { target: { value: 'Dear Ada, my own note.' } });
      await openDetails("The employer's timeline");
      fireEvent.click(ui().getByRole('checkbox', { name: 'Ignore this timeline' }));
      await waitFor(() => assert.match(status().textContent ?? '', /Timeline ignored/));
      await settle();
      assert.equal(kindBox().value, 'handwritten');
      assert.equal(draftBox().value, 'Dear Ada, my own note.');
    });

    it("edits to the recommended draft survive a saved change that rewrites the core's draft", async () => {
      const host = new FakeHost();
      const rewritten = { ...analysis().draft!, text: 'Dear Ada, following up after my call.' };
      mount(host, (o) => (o.overrides?.followUpsElsewhere ? analysis({ draft: rewritten }) : analysis()));
      await ready();
      fireEvent.change(draftBox(), { target: { value: 'Dear Ada, my own words.' } });
      await openDetails('Already in touch? Snooze');
      fireEvent.click(ui().getByRole('button', { name: 'I called already' }));
      await waitFor(() => assert.match(status().textContent ?? '', /Noted: you called/));
      await settle();
      assert.equal(draftBox().value, 'Dear Ada, my own words.');
      fireEvent.click(ui().getByRole('button', { name: 'Undo my edits' }));
      assert.equal(draftBox().value, rewritten.text);
    });

    it('a kind the new analysis no longer offers yields to the advice', async () => {
      const host = new FakeHost();
      mount(host, (o) => analysis({ noCalls: o.overrides?.ignoreTimeline === true }));
      await ready();
      fireEvent.change(kindBox(), { target: { value: 'phone-script' } });
      await openDetails("The employer's timeline");
      fireEvent.click(ui().getByRole('checkbox', { name: 'Ignore this timeline' }));
      await waitFor(() => assert.match(status().textContent ?? '', /Timeline ignored/));
      await settle();
      assert.equal(kindBox().value, 'follow-up');
    });

    it('typing in the interview fields survives a saved change that leaves the interview as it was', async () => {
      const host = new FakeHost();
      mount(host);
      await ready();
      await openDetails('Interview date');
      fireEvent.change(ui().getByLabelText('Interview time'), { target: { value: '16:45' } });
      await openDetails('Already in touch? Snooze');
      fireEvent.click(ui().getByRole('button', { name: 'I called already' }));
      await waitFor(() => assert.match(status().textContent ?? '', /Noted: you called/));
      await settle();
      assert.equal((ui().getByLabelText('Interview time') as HTMLInputElement).value, '16:45');
      assert.equal((ui().getByLabelText('Interview date') as HTMLInputElement).value, '2026-11-10');
    });

    // The user selects item B while item A is still being read; the held calls answer in the given order.
    const orders: readonly { call: 'analyze' | 'loadOverrides'; order: readonly [number, number] }[] = [
      { call: 'analyze', order: [1, 0] },
      { call: 'analyze', order: [0, 1] },
      { call: 'loadOverrides', order: [1, 0] },
      { call: 'loadOverrides', order: [0, 1] },
    ];
    for (const { call, order } of orders) {
      it(`selecting another item while ${call} is slow: answers ${order.join(' then ')} end on the new item`, async () => {
        const host = new FakeHost();
        const analyzeGate = new Gate();
        const gate = call === 'analyze' ? analyzeGate : host.gates.loadOverrides;
        gate.close();
        const { analyze } = mount(host, byItem, [], analyzeGate);
        await waitFor(() => assert.deepEqual(gate.held(), [0]));
        act(() => host.selectItem(secondItem));
        await waitFor(() => assert.deepEqual(gate.held(), [0, 1]));
        for (const n of order) await act(async () => gate.release(n));
        await ready();
        assert.equal(ui().getByTestId('recommendation').getAttribute('data-action'), 'move-on');
        assert.ok(ui().getByText('Offer call'));
        // A's late answer was dropped, not shown in place of B's.
        assert.equal(ui().queryByText('Interview: Data Analyst'), null);
        assert.ok(analyze.calls.length <= 2);
      });
    }

    it('a save answered after the user moved on does not bring the previous item back', async () => {
      const host = new FakeHost();
      host.gates.saveOverrides.close();
      mount(host, byItem);
      await ready();
      await openDetails('Already in touch? Snooze');
      fireEvent.click(ui().getByRole('button', { name: 'I called already' }));
      await waitFor(() => assert.deepEqual(host.gates.saveOverrides.held(), [0]));
      act(() => host.selectItem(secondItem));
      await waitFor(() => ui().getByText('Offer call'));
      await act(async () => host.gates.saveOverrides.release(0));
      await ready();
      assert.equal(ui().getByTestId('recommendation').getAttribute('data-action'), 'move-on');
      assert.ok(ui().getByText('Offer call'));
      assert.doesNotMatch(status().textContent ?? '', /Noted/);
    });

    const lateActions = [
      {
        name: 'a reminder the appointment form could not open',
        gate: 'openReminder',
        button: 'Remind me',
        set: (h: FakeHost) => {
          h.reminderResult = failure('unsupported', 'This Outlook cannot open an appointment form.');
        },
      },
      {
        name: 'a reply that could not be opened',
        gate: 'insertDraft',
        button: 'Insert as reply',
        set: (h: FakeHost) => {
          h.insertResult = failure('call-failed', 'Outlook could not open a reply.');
        },
      },
    ] as const;
    for (const row of lateActions) {
      it(`${row.name}, answered after the user moved on, offers nothing on the new item`, async () => {
        const host = new FakeHost();
        row.set(host);
        host.gates[row.gate].close();
        mount(host, byItem);
        await ready();
        if (row.button === 'Remind me') await openDetails('Reminder');
        fireEvent.click(ui().getByRole('button', { name: row.button }));
        await waitFor(() => assert.deepEqual(host.gates[row.gate].held(), [0]));
        act(() => host.selectItem(secondItem));
        await waitFor(() => ui().getByText('Offer call'));
        await act(async () => host.gates[row.gate].release(0));
        // Settled: the action is over (the pane is no longer busy), and it said nothing about item A here.
        await waitFor(() =>
          assert.equal(ui().getByRole('button', { name: 'Copy' }).hasAttribute('disabled'), false),
        );
        assert.equal(status().textContent, '');
      });
    }

    it('while the reminder is being opened, its answer is awaited, not lost: the .ics offer appears', async () => {
      const host = new FakeHost();
      host.reminderResult = failure('unsupported', 'This Outlook cannot open an appointment form.');
      host.gates.openReminder.close();
      mount(host);
      await ready();
      fireEvent.click(await remindButton());
      await waitFor(() => assert.deepEqual(host.gates.openReminder.held(), [0]));
      assert.equal(ui().getByRole('button', { name: 'Remind me' }).hasAttribute('disabled'), true);
      assert.equal(ui().getByTestId('primary-action').hasAttribute('disabled'), true);
      await act(async () => host.gates.openReminder.release(0));
      assert.ok(await inStatus('link', 'Download reminder (.ics)'));
    });
  });

  describe('never a reminder in the past', () => {
    it('where the proposed time has passed, the pane offers the next morning and opens that', async () => {
      const host = new FakeHost();
      host.nowValue = '2026-11-25T15:30:00Z';
      mount(host);
      await ready();
      await openDetails('Reminder');
      const card = ui().getByTestId('details');
      assert.match(card.textContent ?? '', /Thu, Nov 26, 9:00 AM/);
      assert.match(card.textContent ?? '', /has passed/);
      fireEvent.click(await remindButton());
      await waitFor(() => assert.match(status().textContent ?? '', /Reminder opened/));
      assert.equal(host.last('openReminder')?.reminder.start, '2026-11-26T09:00:00-05:00');
      assert.equal(host.last('openReminder')?.reminder.end, '2026-11-26T09:15:00-05:00');
    });

    it('a proposal still ahead is offered as the core made it, with no note', async () => {
      mount(new FakeHost());
      await ready();
      await openDetails('Reminder');
      const card = ui().getByTestId('details');
      assert.match(card.textContent ?? '', /Wed, Nov 25, 9:00 AM/);
      assert.doesNotMatch(card.textContent ?? '', /has passed/);
    });

    it('says when, then what: the time and the appointment title are not run together', async () => {
      mount(new FakeHost());
      await ready();
      await openDetails('Reminder');
      const card = ui().getByTestId('details');
      assert.match(
        card.textContent ?? '',
        /A calendar reminder on Wed, Nov 25, 9:00 AM EST: “Follow up: Data Analyst”\./,
      );
    });

    it('a pane left open past the time checks the clock again when "Remind me" is pressed', async () => {
      const host = new FakeHost();
      mount(host);
      await ready();
      host.nowValue = '2026-11-25T15:30:00Z';
      fireEvent.click(await remindButton());
      await waitFor(() => assert.match(status().textContent ?? '', /Reminder opened/));
      assert.equal(host.last('openReminder')?.reminder.start, '2026-11-26T09:00:00-05:00');
    });

    it('the .ics offered where the form is missing is the moved reminder too', async () => {
      const host = new FakeHost();
      host.nowValue = '2026-11-25T15:30:00Z';
      host.reminderResult = { ok: true, value: 'ics-offered' };
      mount(host);
      await ready();
      fireEvent.click(await remindButton());
      const link = await inStatus('link', 'Download reminder (.ics)');
      assert.match(decodeURIComponent(link.getAttribute('href') ?? ''), /DTSTART:20261126T140000Z/);
    });
  });

  describe("with the core's own analyze", () => {
    it('asks for the interview date, then advises from the one the user sets', async () => {
      const host = new FakeHost();
      render(<Root host={host} copyText={async () => true} />);
      const rec = await ready();
      assert.equal(rec.getAttribute('data-action'), 'set-interview-date');
      // The date field is the first screen's action: it is in the answer itself.
      assert.ok(within(rec).getByLabelText('Interview date'));
      fireEvent.change(ui().getByLabelText('Interview date'), { target: { value: '2026-11-09' } });
      fireEvent.change(ui().getByLabelText('Interview time'), { target: { value: '14:00' } });
      fireEvent.click(ui().getByRole('button', { name: 'Save interview date' }));
      await waitFor(() =>
        assert.notEqual(ui().getByTestId('recommendation').getAttribute('data-action'), 'set-interview-date'),
      );
      assert.equal(host.last('saveOverrides')?.overrides.interviewStart, '2026-11-09T14:00:00-05:00');
      await openDetails("The employer's timeline");
      assert.ok(ui().getByText('We will be in touch within two weeks.', { selector: 'blockquote *' }));
      assert.match(draftBox().value, /Ada/);
    });
  });
});
