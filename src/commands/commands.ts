// The commands bundle's entry (commands.html): registers the ribbon's function commands with
// Office.actions.associate once Office is ready. No React here, and no reader: the core work (analyze, the
// drafts' reminder rule, the board's recording) is a chunk of its own, loaded on the first click and kept for the
// next (commandCore.ts), so commands.js stays within its 80 KB gzip budget (issue 13).
import { createCommandHost, registerCommands } from '../office';
import { createCommandHandlers, loadOnce } from './handlers';

const host = createCommandHost();
const core = loadOnce(() =>
  import(/* webpackChunkName: "commands-core" */ './commandCore').then((m) => m.commandCore(host.now)),
);

/** Registration, exported so the playground and tests can await it. */
export const registered = registerCommands(createCommandHandlers({ host, core }));
