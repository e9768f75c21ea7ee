// One message of a mailbox as the board groups and sorts it: ids, people, subject, time, a bounded plain text
// and whether it was sent to a list. Made once per message; the mail itself can then be let go.
import type { Address, IsoDateTime, RawMessage } from '../types';
import { htmlToText } from '../mail';

type FieldsMessage = Extract<RawMessage, { kind: 'fields' }>;

/** Text kept per message for grouping and sorting out (the analysis reads the full message again). */
export const SUMMARY_TEXT_CHARS = 6000;

export interface MailSummary {
  readonly messageId: string | null;
  /** In-Reply-To and References, oldest first. */
  readonly refs: readonly string[];
  readonly subject: string;
  readonly from: Address | null;
  readonly to: readonly Address[];
  readonly cc: readonly Address[];
  readonly sentAt: IsoDateTime | null;
  /** Plain text of the body (quoted history included), cut at SUMMARY_TEXT_CHARS. */
  readonly text: string;
  /** Sent to a list or in bulk: List-Id, List-Unsubscribe, Precedence: bulk/list/junk. */
  readonly bulk: boolean;
}

const ID = /<([^<>\s]{1,400})>/g;

/** Message ids in a header value (`<a@b> <c@d>`), lower-cased. */
export function messageIds(value: string | undefined): string[] {
  if (value === undefined) return [];
  const out: string[] = [];
  for (const m of value.slice(0, 20_000).matchAll(ID)) out.push((m[1] ?? '').toLowerCase());
  return out;
}

/** A message as fields (parseMessage's output) -> its summary. Never throws. */
export function summarize(m: FieldsMessage): MailSummary {
  const h = m.headers ?? {};
  const text = m.bodyType === 'html' ? htmlToText(m.body.slice(0, SUMMARY_TEXT_CHARS * 4)) : m.body;
  const precedence = (h['precedence'] ?? '').toLowerCase();
  return {
    messageId: messageIds(h['message-id'])[0] ?? null,
    refs: [...messageIds(h['references']), ...messageIds(h['in-reply-to'])],
    subject: m.subject,
    from: m.from,
    to: m.to,
    cc: m.cc,
    sentAt: m.sentAt,
    text: text.slice(0, SUMMARY_TEXT_CHARS),
    bulk:
      h['list-id'] !== undefined ||
      h['list-unsubscribe'] !== undefined ||
      /^(?:bulk|list|junk)$/.test(precedence.trim()),
  };
}
