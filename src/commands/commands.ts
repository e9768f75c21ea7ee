// The commands bundle's entry (commands.html): registers the ribbon's function commands with
// Office.actions.associate once Office is ready. No React here (bundle budget: 80 KB gzip, issue 13).
import { analyze } from '../core/analyze';
import { createCommandHost, registerCommands } from '../office';
import { createBoardRecorder, withBoardRecording } from '../office/board';
import { createCommandHandlers } from './handlers';

const host = createCommandHost();
// Every thread a command analyses is recorded on the applications board (issue 15); the command waits for the
// save, since Outlook may end its runtime once the event completes.
const recording = withBoardRecording(analyze, createBoardRecorder(host.now), { wait: true });

/** Registration, exported so the playground and tests can await it. */
export const registered = registerCommands(createCommandHandlers({ host, analyze: recording }));
