// The pane for one analysed item (issue 12): the answer first, the draft right after, everything else in
// Details. Mail that is no interview thread gets "This doesn't look like a job interview thread" instead.
import { lazy, Suspense, useEffect, useState } from 'react';
import type { Warning } from '../../../core/types';
import { dateInZone } from '../../lib/zonedTime';
import { headlineFor, primaryFor, type PaneCapabilities } from '../../lib/headline';
import { looksLikeJobThread } from '../../lib/jobThread';
import { useServices } from '../../services';
import { Details } from '../Details/Details';
import { DraftEditor } from '../DraftEditor/DraftEditor';
import { DRAFT_ID } from '../DraftEditor/renderDraftEditor';
import { useDraftEditor } from '../DraftEditor/useDraftEditor';
import { InterviewEditor } from '../InterviewEditor/InterviewEditor';
import { NoticeBar } from '../NoticeBar';
import { RecommendationCard } from '../RecommendationCard';
import { InDisclosure } from '../Section';
import { reminderFor } from '../ReminderCard';
import type { AppState, AppViewModel } from './App.types';

type Ready = Extract<AppState, { status: 'ready' }>;

// Below the answer and the draft, loaded after them (issue 12: the first screen does not wait for them): the
// review of a message being written, and the send check's switch at the pane's end.
const SendCheckReview = lazy(() =>
  import(/* webpackChunkName: "sendcheck" */ '../SendCheckSetting/SendCheckReview').then((m) => ({
    default: m.SendCheckReview,
  })),
);
const SendCheckSetting = lazy(() =>
  import(/* webpackChunkName: "sendcheck-setting" */ '../SendCheckSetting/SendCheckSetting').then((m) => ({
    default: m.SendCheckSetting,
  })),
);

/**
 * The analysis warnings worth the user's attention. In compose mode the one item read is the message being
 * written, which has not been sent and so has no date by nature: "has no date" about it is no problem with
 * the thread, and a "Check this" bar over every reply would only alarm (issue 5, compose surface).
 */
export function shownWarnings(state: Extract<AppState, { status: 'ready' }>): readonly Warning[] {
  const { warnings } = state.analysis;
  return state.item.mode === 'compose' ? warnings.filter((w) => w.code !== 'missing-date') : warnings;
}

function focusDraft() {
  const draft = document.getElementById(DRAFT_ID);
  draft?.scrollIntoView({ block: 'start' });
  draft?.focus();
}

export function ReadyView({ state, vm }: { readonly state: Ready; readonly vm: AppViewModel }) {
  const { host } = useServices();
  const { analysis, item, today, now } = state;
  const { busy, actions } = vm;
  const forms = host.capabilities?.().forms ?? true;
  const can: PaneCapabilities = { insert: forms || item.mode === 'compose', remind: forms };
  const editor = useDraftEditor({
    analysis,
    subject: item.subject,
    mode: item.mode,
    myName: item.myName,
    busy,
    canInsertHere: can.insert,
    onInsert: actions.insert,
    onCopy: actions.copy,
  });
  const [saidJob, setSaidJob] = useState(false);
  // The answer paints on its own first; the draft and Details follow in the next render (issue 12: people
  // decide in the first screen, and the headline should not wait for the editor's and the tabs' first render).
  const [rest, setRest] = useState(false);
  useEffect(() => setRest(true), []);
  const timing = reminderFor(analysis, now);
  const r = analysis.recommendation;

  if (!saidJob && !looksLikeJobThread(analysis))
    return (
      <RecommendationCard
        analysis={analysis}
        state="not-job"
        headline={{
          title: "This doesn't look like a job interview thread",
          why: 'The coach found no interview, application or hiring step in this mail, so it has no advice for it.',
        }}
        primary={{ kind: 'insert', label: 'It is about a job interview' }}
        busy={false}
        onPrimary={() => setSaidJob(true)}
      />
    );

  const primary = primaryFor(analysis, {
    today,
    mode: item.mode,
    can,
    reminderOn: timing ? dateInZone(timing.reminder.start, analysis.tz) : null,
  });
  const nothingToCopy = primary.kind === 'copy' && editor.text.trim() === '';
  const onPrimary = () => {
    if (primary.kind === 'insert') editor.insert();
    else if (primary.kind === 'copy') editor.copy();
    else if (primary.kind === 'remind' && timing) void actions.remind(timing.reminder);
  };
  const secondary = r.action === 'wait' ? { label: 'Prepare the draft now', onClick: focusDraft } : undefined;
  const asks = {
    topic: ['thank-you', 'follow-up', 'second-follow-up', 'linkedin', 'handwritten'].includes(editor.kind),
    answer: r.action === 'reply',
  };
  return (
    <>
      {shownWarnings(state).map((w, i) => (
        <NoticeBar
          key={`${w.code}-${i}`}
          intent="warning"
          title="Check this"
          message={`${w.message} If the advice looks wrong, set the interview date under Details.`}
        />
      ))}
      <RecommendationCard
        analysis={analysis}
        headline={headlineFor(analysis, today)}
        primary={nothingToCopy ? { kind: 'none' } : primary}
        busy={busy}
        onPrimary={onPrimary}
        secondary={secondary}
        draftId={primary.kind === 'set-date' ? undefined : DRAFT_ID}
      >
        {primary.kind === 'set-date' ? (
          // The headline asks for the date: the editor needs no heading of its own here.
          <InDisclosure.Provider value>
            <InterviewEditor
              analysis={analysis}
              overrides={state.overrides}
              today={today}
              busy={busy}
              onSave={actions.saveOverrides}
              inAnswer
            />
          </InDisclosure.Provider>
        ) : null}
      </RecommendationCard>
      {!rest ? null : primary.kind === 'set-date' ? null : (
        <DraftEditor
          editor={editor}
          personal={state.personal}
          onPersonal={actions.setPersonal}
          asks={asks}
          startOpen={editor.kind === 'own' && editor.text === ''}
        />
      )}
      {rest && item.mode === 'compose' ? (
        <Suspense fallback={null}>
          <SendCheckReview item={item} overrides={state.overrides} />
        </Suspense>
      ) : null}
      {rest ? (
        <>
          <Details
            analysis={analysis}
            overrides={state.overrides}
            today={today}
            now={now}
            busy={busy}
            interviewAbove={primary.kind === 'set-date'}
            timing={timing}
            canRemind={can.remind && item.mode === 'read'}
            onSave={actions.saveOverrides}
            onRemind={actions.remind}
          />
          <Suspense fallback={null}>
            <SendCheckSetting />
          </Suspense>
        </>
      ) : null}
    </>
  );
}
