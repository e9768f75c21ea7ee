// The event-based bundle's entry (launchevent.html in Outlook on the web, new Outlook and Mac; launchevent.js
// alone in classic Outlook on Windows, whose JavaScript-only runtime has no DOM and no `window`). It registers
// the OnMessageSend handler at load, as event-based activation requires: no React, no Fluent, no page.
import { checkSend } from '../core/sendCheck';
import { loadOverrides } from '../office/overrides';
import { readCurrentItem } from '../office/readItem';
import { supportsMailbox } from '../office/officeGlobal';
import { sendCheckEnabled } from '../office/sendCheckSetting';
import { SEND_HANDLER_NAME } from './names';
import { createSendHandler } from './sendHandler';

const handler = createSendHandler({
  supports: supportsMailbox,
  enabled: sendCheckEnabled,
  readItem: readCurrentItem,
  loadOverrides,
  check: checkSend,
  now: () => new Date().toISOString(),
  ...(typeof Office !== 'undefined' && Office.MailboxEnums?.SendModeOverride
    ? { promptUser: Office.MailboxEnums.SendModeOverride.PromptUser }
    : {}),
});

if (typeof Office !== 'undefined' && typeof Office.actions?.associate === 'function')
  Office.actions.associate(SEND_HANDLER_NAME, handler);
