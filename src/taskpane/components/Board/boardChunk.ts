// The board's code in one chunk (issue 12, speed): its view, its model, the Office-backed store and the recording
// of analysed threads. It carries the core's decision rules (the board re-decides each row for today), which the
// pane otherwise runs only in its worker, so it loads after the thread's first screen has painted, or as soon
// as the user opens the Applications tab.
import type { BoardHost } from '../../../office/board';
import { afterPaint } from '../../lib/afterPaint';

export type BoardChunk = typeof import('./boardChunkEntry');

let loading: Promise<BoardChunk> | null = null;
let loaded: BoardChunk | null = null;
let announce: (chunk: BoardChunk) => void = () => undefined;
const announced = new Promise<BoardChunk>((resolve) => {
  announce = resolve;
});

/** Loads the chunk (once). */
export function loadBoardChunk(): Promise<BoardChunk> {
  loading ??= import(/* webpackChunkName: "board" */ './boardChunkEntry').then((chunk) => {
    loaded = chunk;
    announce(chunk);
    return chunk;
  });
  return loading;
}

/** Loads the chunk once what is on screen has painted. */
export function loadBoardChunkSoon(): void {
  afterPaint(() => void loadBoardChunk().catch(() => undefined));
}

/** Resolves when the chunk has loaded, whoever asked for it. */
export function boardChunkLoaded(): Promise<BoardChunk> {
  return announced;
}

/** The Office-backed board, its code loaded on first use. */
export function lazyOfficeBoard(now: () => string): BoardHost {
  const board = () => loadBoardChunk().then((chunk) => chunk.createOfficeBoard(now));
  return {
    load: () => board().then((b) => b.load()),
    record: (analysis, item) => board().then((b) => b.record(analysis, item)),
    change: (key, change, tz) => board().then((b) => b.change(key, change, tz)),
    openThread: (itemId) => board().then((b) => b.openThread(itemId)),
    // Asked only by the board's model, which is in the chunk: loaded by then.
    zone: () => loaded?.createOfficeBoard(now).zone() ?? 'UTC',
  };
}
