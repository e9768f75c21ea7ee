// The pane's two views (issue 15): "This thread" (the App, unchanged) and "Applications · N due" (the board).
// Both stay mounted, so switching tabs keeps what the user typed in the thread view. The board's code loads
// after the thread's first screen (boardChunk.ts): until then the tab reads "Applications", and choosing it
// loads the board at once.
import { Spinner, Tab, TabList } from '@fluentui/react-components';
import { useEffect, useState, type ReactNode } from 'react';
import type { BoardHost } from '../../../office/board';
import { NoticeBar } from '../NoticeBar';
import { boardChunkLoaded, loadBoardChunk, type BoardChunk } from './boardChunk';
import type { RecordFeed } from './recordFeed';
import type { BoardViewModel } from './useBoard';
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
  const [tab, setTab] = useState<'thread' | 'board'>('thread');
  const [chunk, setChunk] = useState<BoardChunk | null>(null);
  const [vm, setVm] = useState<BoardViewModel | null>(null);
  useEffect(() => {
    let live = true;
    void boardChunkLoaded().then((loaded) => {
      if (live) setChunk(loaded);
    });
    return () => {
      live = false;
    };
  }, []);
  const Model = chunk?.BoardModel;
  const View = chunk?.BoardView;
  return (
    <>
      {Model ? <Model board={board} feed={feed} onModel={setVm} /> : null}
      {/* A landmark around the tabs: everything in the pane sits in one (axe "region"). */}
      <nav aria-label="Coach views">
        <TabList
          className={styles.tabs}
          selectedValue={tab}
          onTabSelect={(_, data) => {
            const next = data.value === 'board' ? 'board' : 'thread';
            if (next === 'board') void loadBoardChunk().catch(() => undefined);
            setTab(next);
          }}
          aria-label="Views"
        >
          <Tab value="thread">This thread</Tab>
          <Tab value="board">{applicationsLabel(vm?.due ?? 0)}</Tab>
        </TabList>
      </nav>
      {vm?.capacity ? (
        <NoticeBar
          intent={vm.capacity.intent}
          title={vm.capacity.title}
          message={vm.capacity.message}
          onDismiss={vm.actions.dismissCapacity}
        />
      ) : null}
      <div hidden={tab !== 'thread'}>{children}</div>
      {tab === 'board' ? (
        View && vm ? (
          <View vm={vm} />
        ) : (
          <Spinner className={styles.root} label="Reading your applications…" />
        )
      ) : null}
    </>
  );
}

export function BoardTabs(props: BoardTabsProps) {
  const { board } = props;
  if (board === undefined) return <>{props.children}</>;
  return <Tabs {...props} board={board} />;
}
