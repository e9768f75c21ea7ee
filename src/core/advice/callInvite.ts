// ADVICE.md fine print: a no-calls request holds for the rest of the thread, whichever message said it, until
// the employer invites a call. This is the test of "invites a call", on the employer's own text.
import type { Message } from '../types';

const INVITES: readonly RegExp[] = [
  // "Feel free to call me", "feel free to give me a ring"
  /\bfeel\s+free\s+to\s+(?:call|ring|phone|give\s+(?:me|us)\s+a\s+(?:call|ring))\b/i,
  // "You're welcome to call", "you are free to phone us"
  /\b(?:you're|you\s+are)\s+(?:welcome|free)\s+to\s+(?:call|ring|phone)\b/i,
  // "Please don't hesitate to call"
  /\b(?:do\s+not|don't)\s+hesitate\s+to\s+(?:call|ring|phone)\b/i,
  // "Give me a call on 020 7946 0000", "give us a ring"
  /\bgive\s+(?:me|us)\s+a\s+(?:call|ring)\b/i,
  // "please call me directly", "call me any time"
  /\bcall\s+me\s+(?:directly|any\s*time|on|at|tomorrow|today|whenever)\b/i,
  // "I'm happy to set up a call", "happy to jump on a quick call"
  /\b(?:happy|glad)\s+to\s+(?:set\s+up|jump\s+on|hop\s+on|have|arrange|schedule)\s+a\s+(?:quick\s+|short\s+|phone\s+)?call\b/i,
  // "let's have a call"
  /\blet's\s+(?:have|set\s+up|schedule|jump\s+on)\s+a\s+(?:quick\s+|short\s+|phone\s+)?call\b/i,
];

/** Whether an employer message invites the candidate to call. @example invitesCall(msg('Feel free to call me.')) */
export function invitesCall(message: Message): boolean {
  if (message.role !== 'employer' || message.automatic) return false;
  const text = message.text.slice(0, 20_000);
  return INVITES.some((re) => re.test(text));
}
