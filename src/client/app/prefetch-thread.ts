import type { QueryClient } from '@tanstack/react-query';
import { threadQueries } from '@/client/entities/thread/api/thread-queries';
import { itemIdFromHash } from '@/client/entities/thread/model/item-link';
import { preloadVirtualList } from '@/client/features/transcript/components/transcript';
import { isThreadId } from '@/shared/thread-id';

/**
 * A cold deep link to a thread starts its requests before React renders (the first render
 * waits up to FIRST_RENDER_WAIT_MS for the server's mode): the thread, its newest page (every opening
 * needs it) and, for an item link, the window around the item. Against the real API's
 * 200–400 ms a call, that is time the agent does not wait. The page's own queries find them
 * under the same keys. Settles when they have (never rejects), for a first render that
 * can wait a moment for them.
 */
export function prefetchThreadAt(queryClient: QueryClient, location: Location): Promise<unknown> {
  const match = /^\/threads\/([^/]+)$/.exec(location.pathname);
  if (!match?.[1]) return Promise.resolve();
  let threadId: string;
  try {
    threadId = decodeURIComponent(match[1]);
  } catch {
    return Promise.resolve();
  }
  if (!isThreadId(threadId)) return Promise.resolve();
  // Failures are the page's to show: its own queries see them and retry.
  const ignore = () => undefined;
  const itemId = itemIdFromHash(location.hash);
  const requests: Promise<unknown>[] = [
    queryClient.query(threadQueries.detail(threadId)).catch(ignore),
    queryClient
      .query(threadQueries.newest(threadId))
      // More than one page: the transcript will be the virtual list, whatever the opening.
      .then((newest) => (newest.has_more && itemId === null ? preloadVirtualList() : undefined))
      .catch(ignore),
  ];
  if (itemId !== null) {
    // A window around an item is a partial transcript: it is always shown in the virtual list.
    requests.push(preloadVirtualList());
    requests.push(
      queryClient
        .infiniteQuery(threadQueries.window(threadId, { kind: 'item', itemId }))
        .catch(ignore),
    );
  }
  return Promise.all(requests);
}
