// The key notifications are stored under: the item id, or for an unsaved compose item (which has none
// in Outlook) its conversation. Shared by the fake and the playground's info bars.
import type { FakeItemData } from './hostTypes';

export function itemKey(item: Pick<FakeItemData, 'itemId' | 'conversationId'>): string {
  return item.itemId ?? `compose:${item.conversationId ?? ''}`;
}
