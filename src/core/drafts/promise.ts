// The employer's request to send something, turned into the candidate's promise to send it: "Could you send over
// two references by Thursday?" → "I will send over two references by Thursday." A reply that quotes the request
// back ("On your question, “Could you …”, I will come back to you") reads as a form letter to the person who asked.
// Only a request to send, share or complete a thing is turned; any other question is left to the quoting wording.

const ASK =
  /^(?:(?:hi|hello|also|and|so)[,\s]+)?(?:(?:could|can|would|will)\s+you\s+(?:please\s+|kindly\s+)?|please\s+(?:could\s+you\s+)?|kindly\s+)(send|share|provide|forward|e-?mail|complete|fill\s+(?:in|out)|return|submit|upload)\s+(.{3,160}?)\s*[?.!]*$/iu;

// Whose thing it is, from the other side: "your references" are "my references", "send us" is "send you".
const SWAP: Readonly<Record<string, string>> = {
  your: 'my',
  yours: 'mine',
  yourself: 'myself',
  us: 'you',
  me: 'you',
  our: 'your',
};

// Words that cannot be swapped without reading the sentence ("what you have", "we discussed", "I mentioned").
const UNSWAPPABLE = /(?<![\p{L}'’])(?:you|we|i|mine|ours|they|them|their|if|whether|when)(?![\p{L}'’])/iu;

// A time to pick through the employer's scheduler or portal: "Please log in to the candidate portal and select an
// interview time that works for you", "Please use the link below to choose a time" (r60's draft quoted it back).
const PICK_A_TIME =
  /\b(?:link|portal|button|scheduler|calendar|Calendly)\b[^.?!\n]{0,80}?\b(?:choose|pick|select|book|schedule|reserve)\b|\b(?:choose|pick|select|book|schedule|reserve)\s+(?:an?\s+|your\s+|the\s+)?(?:[\w-]+\s+)?(?:time|slot)\b[^.?!\n]{0,60}?\b(?:link|portal|button|below)\b/iu;

/** "I will send over two references by Thursday.", or null where the request is not one to send something. */
export function promiseOf(asked: string): string | null {
  if (PICK_A_TIME.test(asked))
    return 'I will choose a time as you asked today, and I look forward to the conversation.';
  const m = ASK.exec(asked.replace(/\s+/gu, ' ').trim());
  if (m === null) return null;
  const verb = (m[1] ?? '').toLowerCase();
  // "times that work for you" are times that work for me: set aside before the pronouns turn, put back after.
  const object = (m[2] ?? '').replace(/(?<![\p{L}'’])(for|suit|suits)\s+you(?![\p{L}'’])/giu, '$1\u0001');
  if (UNSWAPPABLE.test(object) || /[?;:]/u.test(object)) return null;
  const swapped = object
    .replace(
      /(?<![\p{L}'’])(your|yours|yourself|us|me|our)(?![\p{L}'’])/giu,
      (w) => SWAP[w.toLowerCase()] ?? w,
    )
    .replace(/\u0001/gu, ' me');
  return `I will ${verb} ${swapped}.`;
}
