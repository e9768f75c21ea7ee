// The pane's wiring of the board (issue 15): the analyze every view uses, wrapped so that each analysed thread
// is recorded, and the feed that tells the board. Without a board (tests, a host with none) nothing changes.
import { useMemo } from 'react';
import { analyze as coreAnalyze } from '../../../core/analyze';
import { withBoardRecording, type BoardHost } from '../../../office/board';
import type { TaskpaneServices } from '../../services';
import { createRecordFeed, type RecordFeed } from './recordFeed';

export function useBoardRecording(
  board: BoardHost | undefined,
  analyze: TaskpaneServices['analyze'] | undefined,
): { readonly analyze: TaskpaneServices['analyze'] | undefined; readonly feed: RecordFeed } {
  const feed = useMemo(() => createRecordFeed(), []);
  const wrapped = useMemo(
    () =>
      board === undefined
        ? analyze
        : withBoardRecording(analyze ?? coreAnalyze, board, { wait: false, onRecorded: feed.emit }),
    [board, analyze, feed],
  );
  return { analyze: wrapped, feed };
}
