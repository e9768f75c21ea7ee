// AddinHost over Office.js (src/office/types.ts): what the taskpane and the commands ask of Outlook.
import { createItemChangedHub, createThemeChangedHub } from './events';
import { insertDraft } from './insertDraft';
import { showNotification } from './notify';
import { openReminder } from './openReminder';
import { loadOverrides, saveOverrides } from './overrides';
import { readCurrentItem } from './readItem';
import { isMobileHost } from './officeGlobal';
import { currentTheme } from './theme';
import { canDelayDelivery, delayDelivery } from './delayDelivery';
import { supportsMailbox } from './officeGlobal';
import { sendCheckEnabled, setSendCheckEnabled } from './sendCheckSetting';
import type { AddinHost, CommandHost } from './types';

/** The clock enters here, at the host (@pure false). */
export const clockNow = (): string => new Date().toISOString();

/**
 * The host, with the first readItem already asked (issue 12: the pane paints its shell while Outlook answers,
 * instead of asking only once React has rendered). The first call gets that answer; later calls ask afresh.
 */
export function withFirstReadStarted(host: AddinHost): AddinHost {
  let first: ReturnType<AddinHost['readItem']> | null = host.readItem();
  return {
    ...host,
    readItem: () => {
      const answer = first ?? host.readItem();
      first = null;
      return answer;
    },
  };
}

/**
 * The part of the host a function command uses (src/commands): no events, theme or send-check setting, whose code
 * commands.js then leaves out (issue 13). Call after Office.onReady.
 */
export function createCommandHost(now: () => string = clockNow): CommandHost {
  return {
    readItem: readCurrentItem,
    insertDraft,
    openReminder,
    loadOverrides,
    notify: (message, type) => showNotification(message, type),
    now,
  };
}

/**
 * Creates the Office-backed host. Call after Office.onReady. Event registrations happen once per host, on
 * the first subscription.
 */
export function createOfficeHost(now: () => string = clockNow): AddinHost {
  const itemChanged = createItemChangedHub();
  const themeChanged = createThemeChangedHub();
  return {
    readItem: readCurrentItem,
    onItemChanged: (listener) => itemChanged.subscribe(() => listener()),
    insertDraft,
    openReminder,
    loadOverrides,
    saveOverrides: (conversationId, overrides) => saveOverrides(conversationId, overrides, now()),
    notify: (message, type) => showNotification(message, type),
    theme: currentTheme,
    onThemeChanged: (listener) => themeChanged.subscribe(listener),
    now,
    sendCheck: {
      supported: () => supportsMailbox('1.12'),
      enabled: sendCheckEnabled,
      setEnabled: setSendCheckEnabled,
      canDelay: canDelayDelivery,
      delayDelivery,
    },
    capabilities: () => ({ forms: !isMobileHost() }),
  };
}
