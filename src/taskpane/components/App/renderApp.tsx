import { Button, Link, Spinner, Text } from '@fluentui/react-components';
import { Fragment } from 'react';
import type { Warning } from '../../../core/types';
import { DraftEditor } from '../DraftEditor/DraftEditor';
import { EmployerTimeline } from '../EmployerTimeline';
import { InterviewEditor } from '../InterviewEditor/InterviewEditor';
import { NoticeBar } from '../NoticeBar';
import { OverridesCard } from '../OverridesCard';
import { RecommendationCard } from '../RecommendationCard';
import { ReminderCard, reminderFor } from '../ReminderCard';
import { SendCheckReview } from '../SendCheckSetting/SendCheckReview';
import { SendCheckSetting } from '../SendCheckSetting/SendCheckSetting';
import { ThreadPicture } from '../ThreadPicture';
import type { AppState, AppViewModel, Notice } from './App.types';
import type { useAppStyles } from './useAppStyles.styles';

function renderOffer(offer: Notice['offer'], vm: AppViewModel) {
  if (!offer) return undefined;
  if (offer.kind === 'copy')
    return (
      <Button size="small" onClick={() => void vm.actions.copy(offer.text)}>
        Copy the draft
      </Button>
    );
  return (
    <Link href={offer.href} download={offer.filename}>
      Download reminder (.ics)
    </Link>
  );
}

function itemKey(state: Extract<AppState, { status: 'ready' }>): string {
  return `${state.item.conversationId ?? ''}|${state.item.itemId ?? ''}`;
}

/**
 * The analysis warnings worth the user's attention. In compose mode the one item read is the message being
 * written, which has not been sent and so has no date by nature: "has no date" about it is no problem with
 * the thread, and a "Check this" bar over every reply would only alarm (issue 5, compose surface).
 */
export function shownWarnings(state: Extract<AppState, { status: 'ready' }>): readonly Warning[] {
  const { warnings } = state.analysis;
  return state.item.mode === 'compose' ? warnings.filter((w) => w.code !== 'missing-date') : warnings;
}

export function renderApp(
  vm: AppViewModel,
  styles: ReturnType<typeof useAppStyles>,
  liveRef?: (element: HTMLElement | null) => void,
) {
  const { state, notice, busy, actions } = vm;
  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Text as="h1" size={500} weight="semibold">
          Follow-up Coach
        </Text>
        {state.status === 'ready' && state.item.subject !== '' ? (
          <Text size={200} className={styles.subject}>
            {state.item.subject}
          </Text>
        ) : null}
      </header>
      {/* One live region for every result, so a screen reader hears what an action did; sticky, so it is also
          in sight when the action was pressed far down the pane ("Remind me", "Copy"). */}
      <div role="status" aria-live="polite" className={styles.live} ref={liveRef}>
        {notice ? (
          <NoticeBar
            intent={notice.intent}
            title={notice.title}
            message={notice.message}
            actions={renderOffer(notice.offer, vm)}
            onDismiss={actions.dismissNotice}
          />
        ) : null}
      </div>
      {state.status === 'loading' ? (
        <Spinner className={styles.loading} label="Reading this message…" />
      ) : null}
      {state.status === 'problem' ? (
        <NoticeBar
          intent="error"
          title={state.problem.title}
          message={state.problem.message}
          actions={
            <Button size="small" onClick={actions.retry}>
              Try again
            </Button>
          }
        />
      ) : null}
      {state.status === 'ready' ? (
        // Keyed by the item: what the user typed or picked belongs to one item and starts afresh on another.
        <Fragment key={itemKey(state)}>
          {shownWarnings(state).map((w, i) => (
            <NoticeBar
              key={`${w.code}-${i}`}
              intent="warning"
              title="Check this"
              message={`${w.message} If the advice looks wrong, set the interview date below.`}
            />
          ))}
          {state.item.mode === 'compose' ? (
            <SendCheckReview item={state.item} overrides={state.overrides} />
          ) : null}
          <RecommendationCard analysis={state.analysis} />
          <InterviewEditor
            analysis={state.analysis}
            overrides={state.overrides}
            today={state.today}
            busy={busy}
            onSave={actions.saveOverrides}
          />
          <EmployerTimeline
            analysis={state.analysis}
            overrides={state.overrides}
            busy={busy}
            onSave={actions.saveOverrides}
          />
          <ThreadPicture analysis={state.analysis} today={state.today} />
          <DraftEditor
            analysis={state.analysis}
            subject={state.item.subject}
            mode={state.item.mode}
            myName={state.item.myName}
            busy={busy}
            onInsert={actions.insert}
            onCopy={actions.copy}
          />
          <ReminderCard
            timing={reminderFor(state.analysis, state.now)}
            tz={state.analysis.tz}
            busy={busy}
            onRemind={actions.remind}
          />
          <OverridesCard
            overrides={state.overrides}
            tz={state.analysis.tz}
            now={state.now}
            today={state.today}
            busy={busy}
            onSave={actions.saveOverrides}
          />
          <SendCheckSetting />
        </Fragment>
      ) : null}
    </main>
  );
}
