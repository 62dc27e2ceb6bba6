import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { ItemsPage } from '@/shared/api-contract';
import {
  fetchLatestItems,
  fetchNewestItems,
  fetchThread,
  fetchThreadItems,
  fetchThreads,
  type ThreadListFilter,
} from './threads-api';

/** Guards against an upstream that keeps returning the same cursor, and against unbounded loads. */
export const MAX_ITEM_PAGES = 500;

/** Items in a list row's newest page: enough to find the customer's last message in most threads. */
export const LATEST_ITEMS_LIMIT = 20;

/** An active thread is re-read this often while its tab is visible. */
export const LIVE_POLL_MS = 15_000;

export function nextItemsCursor(
  lastPage: ItemsPage,
  allPages: readonly ItemsPage[],
  _lastCursor: string | undefined,
  allCursors: readonly (string | undefined)[],
): string | undefined {
  if (!lastPage.has_more || !lastPage.last_id) return undefined;
  if (allPages.length >= MAX_ITEM_PAGES) return undefined;
  if (allCursors.includes(lastPage.last_id)) return undefined;
  return lastPage.last_id;
}

export const threadQueries = {
  all: () => ['threads'] as const,
  detail: (threadId: string) =>
    queryOptions({
      queryKey: [...threadQueries.all(), 'detail', threadId],
      queryFn: ({ signal }) => fetchThread(threadId, signal),
    }),
  items: (threadId: string) =>
    infiniteQueryOptions({
      queryKey: [...threadQueries.all(), 'detail', threadId, 'items'],
      queryFn: ({ pageParam, signal }) => fetchThreadItems(threadId, pageParam, signal),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: nextItemsCursor,
      // Items are only ever appended, and the tail poll of an active thread brings new ones in.
      // Refetching would re-read every page (100 requests for a 10,000-item thread) on each
      // revisit or window focus, for nothing: a revisit renders from cache and stays there.
      staleTime: Infinity,
    }),
  /**
   * The newest page of items (`order=desc`), read once when the agent jumps to the end before
   * the pages in reading order have got there; those pages stay the source of truth.
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
