import { useQuery, type QueryKey } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { liveQueries } from '../api/live-queries';

export interface LiveState {
  /** The thread is active and being re-read every LIVE_POLL_MS while the tab is visible. */
  polling: boolean;
  /** "2 new items" after a poll that found some, for a polite live region; otherwise empty. */
  announcement: string;
}

/**
 * Polls the tail of an active thread while the loaded window (`itemsKey`) reaches its newest
 * item. When the thread stops being active (the detail poll saw it locked or closed), one last
 * read picks up the closing items.
 */
export function useLiveTail(
  threadId: string,
  itemsKey: QueryKey,
  active: boolean,
  loaded: boolean,
): LiveState {
  const tail = useQuery({ ...liveQueries.tail(threadId, itemsKey), enabled: active && loaded });
  const [mountedAt] = useState(Date.now);
  const { refetch } = tail;
  const wasActive = useRef(active);

  useEffect(() => {
    if (wasActive.current && !active && loaded) void refetch();
    wasActive.current = active;
  }, [active, loaded, refetch]);

  const { added, at } = tail.data;
  const announcement =
    added > 0 && at >= mountedAt ? `${String(added)} new ${added === 1 ? 'item' : 'items'}` : '';
  return { polling: active, announcement };
}
