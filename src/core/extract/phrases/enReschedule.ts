/**
 * The English words that say a slot moved, on their own so that a module outside the reader can ask without the
 * tables: the drafts' threadFacts.ts reads them ("The new time works for me"), and the task pane's bundle carries
 * the drafts but not the English reader. Imported from en.ts, the whole of en.ts came with them: taskpane.js grew
 * from 174.9 to 194.4 KB gzip at 3032c52 (issue 13, bundle sizes). en.ts re-exports it beside CANCEL_CUE.
 */
// "We need to reschedule your interview", "the call has been moved to Thursday", "could we bring it forward?"
// ("shift" as a verb only: "a trial shift this Saturday from 10am to 2pm" moves nothing, round 320; "move you to the
// final stage on Friday" moves the candidate, not a slot, round 330)
export const RESCHEDULE_CUE =
  /\b(?:resched\w*|prepone\w*|re-?arrang\w*|move(?:d)?(?!\s+you\s+(?:forward\s+)?(?:on\s+)?to\s+(?:the\s+)?(?:next|final|second|third|last)\s+(?:stage|round|step))|moving|push(?:ed)?|bump(?:ed)?|postpone(?:d)?|shifted|shifting|shift\s+(?:it|the|your|our|things|everything)\b|change(?:d)?|(?:bring|brought|pull(?:ed)?)\s+(?:[\w'-]+\s+){0,4}?forward|(?:is|are|will\s+be)\s+now\s+(?:on|at|(?:set|booked|scheduled|planned)\s+for))\b/i;
