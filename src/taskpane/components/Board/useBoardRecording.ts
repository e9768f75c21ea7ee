// The pane's wiring of the board (issue 15): the analyze every view uses, wrapped so that each analysed thread
// is recorded, and the feed that tells the board. Without a board (tests, a host with none) nothing changes.
// The recording needs the board's code (boardChunk.ts), loaded once the analysis is on screen: the pane never
// waits for the save, and hears of it through the feed (withBoardRecording's `wait: false`).
import { useMemo } from 'react';
import type { BoardHost } from '../../../office/board';
import { analyzeOffThread } from '../../analyzer/client';
import { afterPaint } from '../../lib/afterPaint';
import type { TaskpaneServices } from '../../services';
import { loadBoardChunk } from './boardChunk';
import { createRecordFeed, type RecordFeed } from './recordFeed';

export function useBoardRecording(
  board: BoardHost | undefined,
  analyze: TaskpaneServices['analyze'] | undefined,
): { readonly analyze: TaskpaneServices['analyze'] | undefined; readonly feed: RecordFeed } {
  const feed = useMemo(() => createRecordFeed(), []);
  const wrapped = useMemo<TaskpaneServices['analyze'] | undefined>(
    () =>
      board === undefined
        ? analyze
        : async (input, options) => {
            const analysis = await (analyze ?? analyzeOffThread)(input, options);
            afterPaint(() => {
              void loadBoardChunk()
                .then((chunk) =>
                  chunk.withBoardRecording(async () => analysis, board, {
                    wait: false,
                    onRecorded: feed.emit,
                  })(input, options),
                )
                // The board's code did not load: this thread is missing from the board, the pane is unaffected.
                .catch(() => undefined);
            });
            return analysis;
          },
    [board, analyze, feed],
  );
  return { analyze: wrapped, feed };
}
