import type { QueryClient } from '@tanstack/react-query';
import { threadQueries } from '@/client/entities/thread/api/thread-queries';
import { itemIdFromHash } from '@/client/entities/thread/model/item-link';
import { preloadVirtualList } from '@/client/features/transcript/components/transcript';
import { isThreadId } from '@/shared/thread-id';

/**
 * A cold deep link to a thread starts its requests before React renders (the first render
 * waits up to MODE_WAIT_MS for the server's mode): the thread, its newest page (every opening
 * needs it) and, for an item link, the window around the item. Against the real API's
 * 200–400 ms a call, that is time the agent does not wait. The page's own queries find them
 * under the same keys.
 */
export function prefetchThreadAt(queryClient: QueryClient, location: Location): void {
  const match = /^\/threads\/([^/]+)$/.exec(location.pathname);
  if (!match?.[1]) return;
  let threadId: string;
  try {
    threadId = decodeURIComponent(match[1]);
  } catch {
    return;
  }
  if (!isThreadId(threadId)) return;
  // Failures are the page's to show: its own queries see them and retry.
  const ignore = () => undefined;
  queryClient.query(threadQueries.detail(threadId)).catch(ignore);
  queryClient.query(threadQueries.newest(threadId)).catch(ignore);
  const itemId = itemIdFromHash(location.hash);
  if (itemId !== null) {
    // A window around an item is a partial transcript: it is always shown in the virtual list.
    preloadVirtualList();
    queryClient
      .infiniteQuery(threadQueries.window(threadId, { kind: 'item', itemId }))
      .catch(ignore);
  }
}
