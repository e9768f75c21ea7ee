import { Button, Link, Spinner, Text } from '@fluentui/react-components';
import { NoticeBar } from '../NoticeBar';
import type { AppState, AppViewModel, Notice } from './App.types';
import { ReadyView } from './ReadyView';
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

export function renderApp(
  vm: AppViewModel,
  styles: ReturnType<typeof useAppStyles>,
  liveRef?: (element: HTMLElement | null) => void,
) {
  const { state, notice, actions } = vm;
  return (
    <main className={styles.root}>
      {/* Outlook titles the pane with the add-in's name: the pane shows the thread's subject instead. */}
      {state.status === 'ready' && state.item.subject !== '' ? (
        <Text size={200} className={styles.subject} data-testid="subject">
          {state.item.subject}
        </Text>
      ) : null}
      {/* One live region for every result, so a screen reader hears what an action did; sticky, so it is also
          in sight when the action was pressed far down the pane ("Remind me", "Copy"). */}
      <div role="status" aria-live="polite" className={styles.live} ref={liveRef}>
        {notice ? (
          <NoticeBar
            intent={notice.intent}
            title={notice.title}
            message={notice.message}
            details={notice.details}
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
          details={state.problem.details}
          actions={
            <Button size="small" onClick={actions.retry}>
              Try again
            </Button>
          }
        />
      ) : null}
      {state.status === 'ready' ? (
        // Keyed by the item: what the user typed or picked belongs to one item and starts afresh on another.
        <ReadyView key={itemKey(state)} state={state} vm={vm} />
      ) : null}
    </main>
  );
}
