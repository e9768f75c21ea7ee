// The send check's public surface (issue 16): a second look at a message as the user clicks Send.
export { checkSend, asksStatus } from './checkSend';
export { alertText, ALERT_MAX_CHARS } from './alert';
export { greetingMismatch, type GreetingMismatch } from './greeting';
export { placeholders } from './placeholders';
export type { SendCheck, SendCheckInput, SendCheckOptions, SendFinding, SendIssue, SentKind } from './types';
