// Reading the list live and clearing it are for the home page, which loads on demand; the
// thread page only records a view (recent-store.ts).
import { RECENT_KEY, recentListeners, writeRecent } from './recent-store';

/** For useSyncExternalStore: this tab's writes and other tabs' `storage` events. */
export function subscribeRecent(listener: () => void): () => void {
  recentListeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === RECENT_KEY || event.key === null) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    recentListeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function clearRecent(): void {
  writeRecent(null);
}
