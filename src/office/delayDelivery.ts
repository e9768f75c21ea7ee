// Deliver a message later (issue 16): item.delayDeliveryTime.setAsync (Mailbox 1.13, compose), so a follow-up
// written too early goes on the day the advice gives instead of now.
import { callAsync } from './asyncResult';
import { currentMessage, isComposeItem, requireMailbox } from './officeGlobal';
import { unsupported } from './problems';
import type { Result } from './types';

/** Whether this Outlook can schedule the open message's delivery. */
export function canDelayDelivery(): boolean {
  const needed = requireMailbox('1.13', 'deliver this message later');
  if (!needed.ok) return false;
  const item = currentMessage();
  return item.ok && isComposeItem(item.value);
}

/** Schedules the open message (compose) to be delivered at `at` (an ISO instant) once the user sends it. */
export async function delayDelivery(at: string): Promise<Result<void>> {
  const needed = requireMailbox('1.13', 'deliver this message later');
  if (!needed.ok) return needed;
  const item = currentMessage();
  if (!item.ok) return item;
  const compose = item.value as Office.MessageCompose;
  if (!isComposeItem(item.value) || typeof compose.delayDeliveryTime?.setAsync !== 'function')
    return { ok: false, error: unsupported('Mailbox 1.13', 'deliver this message later') };
  return callAsync<void>('delayDeliveryTime.setAsync', (cb) =>
    compose.delayDeliveryTime.setAsync(new Date(at), cb),
  );
}
