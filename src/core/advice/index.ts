// The advice area's public surface (STYLE.md practice 2).
export {
  decide,
  FIRST_FOLLOW_UP_DAYS,
  SECOND_FOLLOW_UP_DAYS,
  BETWEEN_FOLLOW_UPS_DAYS,
  MOVE_ON_AFTER_UNANSWERED,
  type DecideOptions,
  type Decision,
} from './decide';
export { subjectInterview, DEFAULT_INTERVIEW_MINUTES, OVERRIDE_DETECTOR } from './subjectInterview';
export {
  candidateActivity,
  isAcknowledgement,
  THANK_YOU_WINDOW_DAYS,
  type CandidateActivity,
  type Contact,
} from './followUps';
export { askedSentence } from './employerAsks';
export { clockWords, dayMonth, weekdayDayMonth } from './_lib/phrasing';
// The reasons' citation ("Ada wrote on 12 November: '…'"), for the send check's findings (issue 16).
export { cite } from './_lib/phrasing';
