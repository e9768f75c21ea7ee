// The board's public surface (issue 15): a mailbox grouped into applications, records compact enough to
// store, and their stage on any day by the advice's own rules.
export { summarize, messageIds, type MailSummary } from './summary';
export { groupConversations, mailboxOwner, companyKey, subjectKey, type GroupOptions } from './conversations';
export {
  mayBeApplication,
  verdict,
  worthRecording,
  isDigest,
  type Exclusion,
  type Verdict,
} from './applications';
export {
  toRecord,
  stageOf,
  recordThread,
  recordFindings,
  respondByOf,
  threadKey,
  RECORD_VERSION,
  MAX_RECORD_MESSAGES,
  type ApplicationRecord,
  type RecordMeta,
  type RowStatus,
  type StageOptions,
  type StoredMessage,
  type StoredInterview,
  type StoredDated,
} from './record';
export { rowOf, boardRows, byUrgency, dueCount, shortDate, type BoardRow, type RowOptions } from './rows';
export { boardCsv, boardIcs, BOARD_COLUMNS } from './exports';
