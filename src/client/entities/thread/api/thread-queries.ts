import { infiniteQueryOptions, queryOptions, type QueryClient } from '@tanstack/react-query';
import { ApiClientError } from '@/client/lib/api-client';
import {
  anchorKey,
  aroundPage,
  fromAscPage,
  fromDescPage,
  newerParam,
  newestAsAround,
  olderParam,
  type WindowAnchor,
  type WindowPage,
  firstParam,
  type WindowParam,
} from '@/client/entities/thread/model/transcript-window';
import { entryId } from '@/client/entities/thread/model/transcript-item';
import {
  AROUND_PAGE_SIZE,
  fetchItemsPage,
  fetchLatestItems,
  fetchNewestItems,
  fetchThread,
  fetchThreads,
  type ThreadListFilter,
} from './threads-api';

/** Items in a list row's newest page: enough to find the customer's last message in most threads. */
export const LATEST_ITEMS_LIMIT = 20;

/** An active thread is re-read this often while its tab is visible. */
export const LIVE_POLL_MS = 15_000;

/**
 * Item `X` with its neighbours in two calls whatever its position (chatkit-api.md §1): the items
 * just newer than `X`, then, from `X`'s successor, `X` and the items just older. When nothing
 * is newer, `X` is the newest item and the newest page (shared with the rest of the page) holds
 * it. A cursor the API does not know (400) means the item is not in this thread.
 */
async function fetchAround(
  client: QueryClient,
  threadId: string,
  itemId: string,
  signal: AbortSignal,
): Promise<WindowPage> {
  const newestPage = () => client.query(threadQueries.newest(threadId));
  let newer;
  try {
    newer = await fetchItemsPage(
      threadId,
      { order: 'asc', after: itemId, limit: AROUND_PAGE_SIZE },
      signal,
    );
  } catch (error) {
    if (error instanceof ApiClientError && error.status === 400) {
      return { ...fromDescPage(await newestPage(), false), target: 'missing' };
    }
    throw error;
  }
  const successor = newer.data.map(entryId).find((id) => id !== undefined);
  if (successor === undefined) return newestAsAround(itemId, await newestPage());
  const older = await fetchItemsPage(
    threadId,
    { order: 'desc', after: successor, limit: AROUND_PAGE_SIZE },
    signal,
  );
  return aroundPage(itemId, newer, older);
}

async function fetchWindowPage(
  client: QueryClient,
  threadId: string,
  param: WindowParam,
  signal: AbortSignal,
): Promise<WindowPage> {
  switch (param.kind) {
    case 'start':
      return fromAscPage(await fetchItemsPage(threadId, { order: 'asc' }, signal), false);
    case 'newest':
      // The same request as the page's newest query: one call serves both.
      return fromDescPage(await client.query(threadQueries.newest(threadId)), false);
    case 'item':
      return fetchAround(client, threadId, param.itemId, signal);
    case 'older':
      return fromDescPage(
        await fetchItemsPage(threadId, { order: 'desc', after: param.cursor }, signal),
        true,
      );
    case 'newer':
      return fromAscPage(
        await fetchItemsPage(threadId, { order: 'asc', after: param.cursor }, signal),
        true,
      );
  }
}

export const threadQueries = {
  all: () => ['threads'] as const,
  detail: (threadId: string) =>
    queryOptions({
      queryKey: [...threadQueries.all(), 'detail', threadId],
      queryFn: ({ signal }) => fetchThread(threadId, signal),
    }),
  /**
   * The transcript as one window of pages grown outwards from `anchor`: older pages are
   * prepended (`fetchPreviousPage`), newer ones appended (`fetchNextPage`), each on demand.
   */
  window: (threadId: string, anchor: WindowAnchor) =>
    infiniteQueryOptions({
      queryKey: [...threadQueries.all(), 'detail', threadId, 'items', anchorKey(anchor)],
      queryFn: ({ client, pageParam, signal }) =>
        fetchWindowPage(client, threadId, pageParam, signal),
      initialPageParam: firstParam(anchor),
      getNextPageParam: (last, all, _param, params) => newerParam(last, all, params),
      getPreviousPageParam: (first, all, _param, params) => olderParam(first, all, params),
      // Items are only ever appended, and the tail poll of an active thread brings new ones in.
      // Refetching would re-read every page (100 requests for a 10,000-item thread) on each
      // revisit or window focus, for nothing: a revisit renders from cache and stays there.
      staleTime: Infinity,
    }),
  /**
   * The newest page of items (`order=desc`): the facts rail's last activity, the handoff
   * summary, "Jump to latest" and a newest-first opening all need only this page.
   */
  newest: (threadId: string) =>
    queryOptions({
      queryKey: [...threadQueries.all(), 'detail', threadId, 'newest'],
      queryFn: ({ signal }) => fetchNewestItems(threadId, signal),
      staleTime: Infinity,
    }),
  /**
   * A short newest-first page for a list row (last activity, last customer message). Read once
   * per row as it scrolls into view, and kept: a queue revisited within the session refetches
   * nothing. Not aborted when the agent leaves the list: the small answer is kept for the return.
   */
  latest: (threadId: string) =>
    queryOptions({
      queryKey: [...threadQueries.all(), 'detail', threadId, 'latest'],
      queryFn: () => fetchLatestItems(threadId, LATEST_ITEMS_LIMIT),
      staleTime: 10 * 60_000,
      gcTime: 30 * 60_000,
    }),
  list: (filter: ThreadListFilter) =>
    infiniteQueryOptions({
      queryKey: [...threadQueries.all(), 'list', filter],
      queryFn: ({ pageParam, signal }) => fetchThreads(filter, pageParam, signal),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (page) => (page.has_more ? (page.last_id ?? undefined) : undefined),
    }),
};
