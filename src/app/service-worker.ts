import { registerSW } from 'virtual:pwa-register';
import type { Store } from '../state/store';
import type { AppStatus } from '../state/tools';

/**
 * Registers the service worker that saves the app for offline use, and keeps `appStatus` (offline,
 * just saved, a new version waiting) for the status notices in the header; "Reload" activates the
 * waiting version and reloads the page.
 */
export function installServiceWorker(store: Store): void {
  const set = (change: Partial<AppStatus>) => store.update({ appStatus: { ...store.get().appStatus, ...change } });
  const updateSW = registerSW({
    onNeedRefresh: () => set({ updateReady: true }),
    onOfflineReady: () => {
      set({ savedForOffline: true });
      // Good news needs no answer: it goes away by itself.
      setTimeout(() => set({ savedForOffline: false }), 8000);
    },
  });
  set({ offline: !navigator.onLine });
  window.addEventListener('online', () => set({ offline: false }));
  window.addEventListener('offline', () => set({ offline: true }));
  store.select(
    (s) => s.appStatus.reload,
    (reload) => {
      if (reload) void updateSW(true);
    },
  );
}
