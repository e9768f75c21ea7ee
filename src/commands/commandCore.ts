// What a click needs beyond the entry's registration (issue 13): the reader (analyze, with the English tables,
// the mail parser and chrono), the drafts' reminder rule and the board's recording. Its own chunk, loaded by
// import() on the first click (commands.ts) and kept for the next, so commands.js stays within its 80 KB gzip
// budget; the de/fr/es tables stay chunks of their own below it, fetched the first time a message needs one.
import { analyze } from '../core/analyze';
import { reminderAhead } from '../core/drafts';
import { createBoardRecorder, withBoardRecording } from '../office/board';
import type { CommandCore } from './handlers';

/** The core as the commands use it, with `now` the host's clock (the board's timestamps). */
export function commandCore(now: () => string): CommandCore {
  return {
    // Every thread a command analyses is recorded on the applications board (issue 15); the command waits for
    // the save, since Outlook may end its runtime once the event completes.
    analyze: withBoardRecording(analyze, createBoardRecorder(now), { wait: true }),
    reminderAhead,
  };
}
