// The pane's two views (issue 15): "This thread" (the App, unchanged) and "Applications · N due" (the board).
// Both stay mounted, so switching tabs keeps what the user typed in the thread view.
import { Tab, TabList } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import type { BoardHost } from '../../../office/board';
import { NoticeBar } from '../NoticeBar';
import { BoardView } from './BoardView';
import type { RecordFeed } from './recordFeed';
import { useBoard } from './useBoard';
import { useBoardStyles } from './useBoardStyles.styles';

export interface BoardTabsProps {
  readonly board: BoardHost | undefined;
  readonly feed: RecordFeed;
  /** The single-thread view. */
  readonly children: ReactNode;
}

/** "Applications", "Applications · 2 due". */
export const applicationsLabel = (due: number): string =>
  due > 0 ? `Applications · ${due} due` : 'Applications';

function Tabs({ board, feed, children }: BoardTabsProps & { readonly board: BoardHost }) {
  const styles = useBoardStyles();
  const vm = useBoard(board, feed);
  const [tab, setTab] = useState<'thread' | 'board'>('thread');
  return (
    <>
      {/* A landmark around the tabs: everything in the pane sits in one (axe "region"). */}
      <nav aria-label="Coach views">
        <TabList
          className={styles.tabs}
          selectedValue={tab}
          onTabSelect={(_, data) => setTab(data.value === 'board' ? 'board' : 'thread')}
          aria-label="Views"
        >
          <Tab value="thread">This thread</Tab>
          <Tab value="board">{applicationsLabel(vm.due)}</Tab>
        </TabList>
      </nav>
      {vm.capacity ? (
        <NoticeBar
          intent={vm.capacity.intent}
          title={vm.capacity.title}
          message={vm.capacity.message}
          onDismiss={vm.actions.dismissCapacity}
        />
      ) : null}
      <div hidden={tab !== 'thread'}>{children}</div>
      {tab === 'board' ? <BoardView vm={vm} /> : null}
    </>
  );
}

export function BoardTabs(props: BoardTabsProps) {
  const { board } = props;
  if (board === undefined) return <>{props.children}</>;
  return <Tabs {...props} board={board} />;
}
