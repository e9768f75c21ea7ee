// src/office's public surface: the only code that touches Office.js (ARCHITECTURE.md).
export { createCommandHost, createOfficeHost, clockNow, withFirstReadStarted } from './host';
export {
  whenOfficeReady,
  registerCommands,
  READY_TIMEOUT_MS,
  type CommandHandler,
  type ReadyInfo,
} from './ready';
export { readCurrentItem } from './readItem';
export { insertDraft } from './insertDraft';
export { openReminder } from './openReminder';
export { showNotification, clearNotification } from './notify';
export { loadOverrides, saveOverrides } from './overrides';
export { currentTheme, themeFromColours } from './theme';
export type * from './types';
