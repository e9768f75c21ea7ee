// The commands bundle's entry (commands.html): registers the ribbon's function commands with
// Office.actions.associate once Office is ready. No React here (bundle budget: 60 KB gzip).
import { analyze } from '../core/analyze';
import { createOfficeHost, registerCommands } from '../office';
import { createCommandHandlers } from './handlers';

/** Registration, exported so the playground and tests can await it. */
export const registered = registerCommands(createCommandHandlers({ host: createOfficeHost(), analyze }));
