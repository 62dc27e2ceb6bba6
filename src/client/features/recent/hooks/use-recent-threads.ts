import { useMemo, useSyncExternalStore } from 'react';
import { parseRecent, readRecentRaw } from '../lib/recent-store';
import { subscribeRecent } from '../lib/recent-subscribe';

/** The stored list, kept current across this tab's writes and other tabs. */
export function useRecentThreads() {
  // The raw string is the snapshot: stable between writes, so renders stay cheap.
  const raw = useSyncExternalStore(subscribeRecent, readRecentRaw, () => null);
  return useMemo(() => parseRecent(raw), [raw]);
}
