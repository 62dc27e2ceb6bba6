import { infiniteQueryOptions, queryOptions, skipToken } from '@tanstack/react-query';
import { apiGet } from '@/client/lib/api-client';
import type { IndexOverviewBody, IndexThreadsPage } from '@/shared/api-contract';
import { INDEX_OVERVIEW_PATH, indexThreadsPath, type IndexThreadsQuery } from '@/shared/api-paths';

/** The index refreshes itself every head pass (30 s by default); lists follow at that pace. */
const INDEX_STALE_MS = 30_000;

/** How often a list re-reads the index while its first pass is still under way. */
const INDEXING_POLL_MS = 2000;

export type IndexListFilter = Omit<IndexThreadsQuery, 'after'>;

/**
 * The shared thread index: one server-side query per page, whatever the filter, instead of
 * scanning the API's pages in the browser.
 */
export const indexQueries = {
  all: () => ['thread-index'] as const,
  /** `null`: a list that cannot be asked for yet ("mine" before the agent's name is known). */
  threads: (filter: IndexListFilter | null) =>
    infiniteQueryOptions({
      queryKey: [...indexQueries.all(), 'threads', filter],
      queryFn:
        filter === null
          ? skipToken
          : ({ pageParam, signal }) =>
              apiGet<IndexThreadsPage>(indexThreadsPath({ ...filter, after: pageParam }), signal),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (page) => page.next ?? undefined,
      staleTime: INDEX_STALE_MS,
      // While the first pass runs the list grows by the second: follow it ("Indexing… 4,200").
      refetchInterval: (query) =>
        query.state.data?.pages[0]?.index.state === 'indexing' ? INDEXING_POLL_MS : false,
      // A filter change shows the last answer until the new one lands: the list never blanks.
      placeholderData: (previous) => previous,
    }),
  overview: () =>
    queryOptions({
      queryKey: [...indexQueries.all(), 'overview'],
      queryFn: ({ signal }) => apiGet<IndexOverviewBody>(INDEX_OVERVIEW_PATH, signal),
      staleTime: INDEX_STALE_MS,
      refetchInterval: INDEX_STALE_MS,
    }),
};
