import type { QueryClient } from '@tanstack/react-query';
import { threadQueries } from '@/client/entities/thread/api/thread-queries';
import { itemIdFromHash } from '@/client/entities/thread/model/item-link';
import { preloadVirtualList } from '@/client/features/transcript/components/transcript';
import { isThreadId } from '@/shared/thread-id';
import { readStatus } from '@/client/entities/thread/model/read-status';
import { readOpenAt } from '@/client/features/transcript/lib/open-at';
import { chooseOpening } from './thread-page/use-thread-transcript';

/**
 * A cold deep link to a thread starts its requests before React renders (the first render
 * waits up to FIRST_RENDER_WAIT_MS for them): the thread, its newest page (every opening needs
 * it) and the window of items it opens at (around the item of an item link; otherwise at the
 * newest page or the start, as the status and the agent's preference say). Against the real API's
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
  const detail = queryClient.query(threadQueries.detail(threadId));
  const newest = queryClient.query(threadQueries.newest(threadId));
  const requests: Promise<unknown>[] = [detail.catch(ignore), newest.catch(ignore)];
  if (itemId !== null) {
    // A window around an item is a partial transcript: it is always shown in the virtual list.
    requests.push(preloadVirtualList());
    requests.push(
      queryClient
        .infiniteQuery(threadQueries.window(threadId, { kind: 'item', itemId }))
        .catch(ignore),
    );
  } else {
    // Otherwise where the transcript opens depends on the status and the newest page: its
    // window (often the newest page itself, no request) is ready for the first render too.
    requests.push(
      Promise.all([detail, newest])
        .then(([thread, page]) => {
          const status = readStatus(thread.thread.status).kind;
          const opening = chooseOpening(null, readOpenAt(), status, page, false);
          if (!opening) return undefined;
          // More than one page: the transcript will be the virtual list, whatever the opening.
          return Promise.all([
            page.has_more ? preloadVirtualList() : undefined,
            queryClient.infiniteQuery(threadQueries.window(threadId, opening.anchor)),
          ]);
        })
        .catch(ignore),
    );
  }
  return Promise.all(requests);
}
