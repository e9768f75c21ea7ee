// The sample .eml sources, bundled as text (asset/source), keyed by file name.
import employerAsked from './employer-asked.eml';
import firstFollowUpDue from './first-follow-up-due.eml';
import interviewAhead from './interview-ahead.eml';
import moveOn from './move-on.eml';
import noCalls from './no-calls.eml';
import noInterviewDate from './no-interview-date.eml';
import offer from './offer.eml';
import rejection from './rejection.eml';
import secondFollowUpDue from './second-follow-up-due.eml';
import thankYouDue from './thank-you-due.eml';
import waitingOnTimeline from './waiting-on-timeline.eml';

export const SAMPLE_SOURCES: Readonly<Record<string, string>> = {
  'interview-ahead.eml': interviewAhead,
  'thank-you-due.eml': thankYouDue,
  'employer-asked.eml': employerAsked,
  'waiting-on-timeline.eml': waitingOnTimeline,
  'first-follow-up-due.eml': firstFollowUpDue,
  'second-follow-up-due.eml': secondFollowUpDue,
  'move-on.eml': moveOn,
  'rejection.eml': rejection,
  'offer.eml': offer,
  'no-interview-date.eml': noInterviewDate,
  'no-calls.eml': noCalls,
};
