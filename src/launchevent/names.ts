// The OnMessageSend handler's name: the manifest's LaunchEvent FunctionName, registered by launchevent.ts with
// Office.actions.associate (test/manifest and `npm run validate` check the two agree).
export const SEND_HANDLER_NAME = 'onMessageSendHandler';

/** The compose surface's "Open coach" control: the Smart Alerts dialog's action button opens it (Mailbox 1.14). */
export const OPEN_PANE_COMMAND = 'fc.compose.openCoach';

/** What that button is labelled (Outlook: 20 characters at most). */
export const OPEN_PANE_LABEL = 'Open the coach';
