import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { ThreadItemsPage } from '@/shared/api-contract';
import { fetchThread, fetchThreadItems, fetchThreads, type ThreadListFilter } from './threads-api';

/** Guards against an upstream that keeps returning the same cursor, and against unbounded loads. */
export const MAX_ITEM_PAGES = 500;

export function nextItemsCursor(
  lastPage: ThreadItemsPage,
  allPages: readonly ThreadItemsPage[],
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
    }),
  list: (filter: ThreadListFilter) =>
    infiniteQueryOptions({
      queryKey: [...threadQueries.all(), 'list', filter],
      queryFn: ({ pageParam, signal }) => fetchThreads(filter, pageParam, signal),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (page) => (page.has_more ? (page.last_id ?? undefined) : undefined),
    }),
};
