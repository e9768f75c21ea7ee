/**
 * Budgets for hostile input (STYLE.md practice 18). Each names the attack it stops; past a budget the
 * parser keeps what it has, cuts the rest and says so in Thread.warnings.
 */

/** A body bigger than this is cut: a 50 MB log pasted into a reply would stall the task pane. */
export const MAX_BODY_CHARS = 8_000_000;

/** Quoted history nested deeper than this is kept as text: 100,000 `>` levels would recurse 100,000 times. */
export const MAX_QUOTE_DEPTH = 40;

/** At most this many messages per thread: an mbox of a whole mailbox, or a forged thread of 100,000 headers. */
export const MAX_MESSAGES = 500;

/** Raw MIME bigger than this is not handed to the MIME parser whole (a 100 MB attachment bomb). */
export const MAX_MIME_BYTES = 25_000_000;

/** Attribution blocks ("On … wrote:") longer than this are prose, and keep the header regexes short. */
export const MAX_ATTRIBUTION_CHARS = 400;

/** Lines considered when reading one date: a 5 MB "Sent:" line must not be tokenized whole. */
export const MAX_DATE_CHARS = 200;

/** A single line longer than this is never a header: one 5 MB line with no newline is only text. */
export const MAX_HEADER_LINE_CHARS = 1_000;

/** Lines scanned below a `From:` for the rest of its header block (Outlook puts 3-6 fields there). */
export const HEADER_BLOCK_LINES = 8;

/** Calendar parts bigger than this are skipped: an .ics with a million events. */
export const MAX_CALENDAR_CHARS = 500_000;
