// The commands bundle's entry (commands.html): registers the ribbon's function commands with
// Office.actions.associate once Office is ready. No React here (bundle budget: 60 KB gzip).
import { analyze } from '../core/analyze';
import { createCommandHost, registerCommands } from '../office';
import { createOfficeBoard, withBoardRecording } from '../office/board';
import { createCommandHandlers } from './handlers';

const host = createCommandHost();
// Every thread a command analyses is recorded on the applications board (issue 15); the command waits for the
// save, since Outlook may end its runtime once the event completes.
const recording = withBoardRecording(analyze, createOfficeBoard(host.now), { wait: true });

/** Registration, exported so the playground and tests can await it. */
export const registered = registerCommands(createCommandHandlers({ host, analyze: recording }));
