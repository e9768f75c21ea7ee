// Entry of dist/fake-office.js, loaded by the playground's copies of taskpane.html and commands.html in
// place of the CDN's office.js (webpack.config.js). It finds the simulated Outlook in the parent page,
// makes the frame's clock the playground's, and defines the `Office` global.
import { findHost } from '../host/bridge';
import { PlaygroundHost } from '../host/playgroundHost';
import { installClock } from './clock';
import { createFakeOffice } from './createFakeOffice';
import type { FakeEventName, FakeHost } from './hostTypes';

/** The same host, with every subscription this frame makes dropped when the frame goes away. */
function frameScoped(host: FakeHost, target: Window): FakeHost {
  const subscriptions = new Set<() => void>();
  target.addEventListener('pagehide', () => {
    for (const unsubscribe of subscriptions) unsubscribe();
    subscriptions.clear();
  });
  return {
    now: () => host.now(),
    profile: () => host.profile(),
    item: () => host.item(),
    openForm: (form) => host.openForm(form),
    openItem: (itemId) => host.openItem(itemId),
    insertAtCursor: (data, coercion) => host.insertAtCursor(data, coercion),
    notifications: (key) => host.notifications(key),
    setNotifications: (key, list) => host.setNotifications(key, list),
    roamingSettings: () => host.roamingSettings(),
    saveRoamingSettings: (json) => host.saveRoamingSettings(json),
    associate: (name, fn) => host.associate(name, fn),
    deliveryTime: () => host.deliveryTime?.() ?? null,
    setDeliveryTime: (iso) => host.setDeliveryTime?.(iso) ?? false,
    subscribe(event: FakeEventName, listener: () => void) {
      const unsubscribe = host.subscribe(event, listener);
      subscriptions.add(unsubscribe);
      return () => {
        subscriptions.delete(unsubscribe);
        unsubscribe();
      };
    },
  };
}

// Opened on its own (not inside the playground), the page still runs: an Outlook with no item selected.
const realNow = Date.now.bind(Date);
const host = findHost(window) ?? new PlaygroundHost({ realNow });
installClock(window, () => host.now());
// "office.js fails to load": no `Office` at all, as when a proxy or a blocker kept Microsoft's script out.
if (host.profile().failure !== 'no-office-js') {
  const office = createFakeOffice(frameScoped(host, window));
  (window as unknown as { Office: unknown }).Office = office;
  // Office.js initialises by itself and then calls Office.initialize if the page set it.
  void office.onReady();
}
