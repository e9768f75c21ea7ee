// ADVICE.md fine print: a no-calls request holds for the rest of the thread, whichever message said it, until
// the employer invites a call. This is the test of "invites a call", on the employer's own text.
import type { Message } from '../types';

// Each pattern with a line it matches.
const INVITES: readonly RegExp[] = [
  // "Feel free to call me", "you're welcome to give me a ring", "please don't hesitate to call"
  /\b(?:feel\s+free|(?:you're|you\s+are)\s+(?:welcome|free)|(?:do\s+not|don't)\s+hesitate)\s+to\s+(?:give\s+(?:me|us)\s+a\s+)?(?:call|ring|phone)\b/i,
  // "Give me a call on 020 7946 0000", "please call me directly"
  /\b(?:please\s+)?(?:give\s+(?:me|us)\s+a\s+(?:call|ring)|call\s+me\s+(?:directly|any\s*time|on|at|tomorrow|today|whenever))\b/i,
  // "I'm happy to set up a call", "happy to jump on a quick call", "let's have a call"
  /\b(?:happy|glad)\s+to\s+(?:set\s+up|jump\s+on|hop\s+on|have|arrange|schedule)\s+a\s+(?:quick\s+|short\s+|phone\s+)?call\b|\blet's\s+(?:have|set\s+up|schedule|jump\s+on)\s+a\s+(?:quick\s+|short\s+|phone\s+)?call\b/i,
];

/** Whether an employer message invites the candidate to call. @example invitesCall(msg('Feel free to call me.')) */
export function invitesCall(message: Message): boolean {
  if (message.role !== 'employer' || message.automatic) return false;
  const text = message.text.slice(0, 20_000);
  return INVITES.some((re) => re.test(text));
}
