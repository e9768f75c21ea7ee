// The drafts area's public surface (STYLE.md practice 2).
export {
  draftFacts,
  namedInterviewers,
  stripSubjectPrefixes,
  type DraftFacts,
  type Person,
  interviewersIn,
  type NamedInterviewer,
} from './threadFacts';
export {
  renderDraft,
  toDraft,
  toHtml,
  toText,
  whenPhrase,
  wordCount,
  DRAFT_LIMITS,
  type RenderedDraft,
  type RenderOptions,
} from './renderDraft';
export { WORDINGS, type Slots, type Wording } from './wordings';
export { checkTone, toneContextFor, type ToneContext, type ToneFinding, type ToneIssue } from './tone';
export {
  addressAs,
  greeting,
  readPersonName,
  reconcile,
  registerOf,
  signedName,
  type PersonName,
  type Register,
} from './names';
export { companyOf, employerLabel } from './company';
export { cleanSubject, roleAndCompanyFromSubject } from './role';
export {
  proposeReminder,
  reminderAhead,
  reminderToIcs,
  remindersToIcs,
  REMINDER_TIME,
  type ReminderTiming,
  REMINDER_MINUTES,
  THANK_YOU_EVENING_TIME,
} from './reminder';
export { draftsFor, mainDraftKind, type DraftSet } from './draftsFor';
export { escapeHtml } from './_lib/escapeHtml';
export { outputLine, outputText } from './_lib/outputText';
