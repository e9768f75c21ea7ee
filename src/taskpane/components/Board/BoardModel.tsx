// The board's state (useBoard) for the tabs around the pane, which load before the board's code: it renders
// nothing and hands each new model to the tabs (BoardTabs.tsx), which show the count of what is due and the view.
import { memo, useEffect } from 'react';
import type { BoardHost } from '../../../office/board';
import type { RecordFeed } from './recordFeed';
import { useBoard, type BoardViewModel } from './useBoard';

export interface BoardModelProps {
  readonly board: BoardHost;
  readonly feed: RecordFeed;
  readonly onModel: (vm: BoardViewModel) => void;
}

// Memo: the tabs re-render on each model they are handed; the model re-renders on its own changes only.
export const BoardModel = memo(function BoardModel({ board, feed, onModel }: BoardModelProps) {
  const vm = useBoard(board, feed);
  useEffect(() => onModel(vm), [vm, onModel]);
  return null;
});
