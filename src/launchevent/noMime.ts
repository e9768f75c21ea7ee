// What launchevent.js has in place of the core's MIME reader (src/core/mail/mimeItems.ts, swapped in by
// webpack.config.js for that bundle only). The send check reads the message being sent as Outlook hands it,
// header fields and a body (sendHandler.ts lets any other kind go), never a .eml or an mbox: inlined, the MIME
// reader and postal-mime would be 27 KB gzip of launchevent.js that cannot run. Should a MIME source ever reach
// it, there is nothing to read and the check lets the mail go, as on any other failure.
import type { Item } from '../core/mail/items';

/** Same signature as mimeItems.ts's: no items. */
export function mimeItems(data: string | Uint8Array): Promise<Item[]> {
  void data;
  return Promise.resolve([]);
}

/** Same signature as mimeItems.ts's: no items. */
export function mboxItems(data: string | Uint8Array): Promise<Item[]> {
  void data;
  return Promise.resolve([]);
}
