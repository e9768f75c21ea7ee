// Messages for the extract tests: an employer's or a candidate's text at a sent time, nothing else set.
import type { Message } from '../../../src/core/types';

export function message(
  index: number,
  role: Message['role'],
  sentAt: string | null,
  text: string,
  extra: Partial<Message> = {},
): Message {
  return {
    index,
    from: null,
    to: [],
    cc: [],
    sentAt,
    sentAtZoneStated: sentAt !== null,
    subject: 'Interview',
    text,
    signature: null,
    quoted: false,
    role,
    automatic: false,
    calendar: [],
    ...extra,
  };
}
