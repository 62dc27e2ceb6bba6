import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { reviewQueries } from '@/client/entities/review/api/review-queries';
import { indexQueries } from '@/client/entities/thread-index/api/index-queries';
import { ApiClientError } from '@/client/lib/api-client';
import type { IndexState } from '@/shared/api-contract';
import { indexListQuery, type ListParams } from '@/shared/list-params';

export type IndexFallback = 'off' | 'unavailable';

/** Why the list cannot read the index (the server says so, or its answer did), or null. */
export function fallbackOf(state: IndexState, error: Error | null): IndexFallback | null {
  if (state === 'off' || state === 'unavailable') return state;
  if (error instanceof ApiClientError) {
    if (error.code === 'index_off') return 'off';
    if (error.code === 'index_unavailable') return 'unavailable';
  }
  return null;
}

/**
 * The thread list from the shared index: filters, search and sort are the server's, each page
 * one query; counts per status come with every page for the status control. The agent's name
 * is asked for beside the first page, never before it: "mine" waits for it, and rows use it to
 * say "you".
 */
export function useIndexedList(params: ListParams, state: IndexState) {
  const enabled = state === 'ready' || state === 'indexing';
  const me = useQuery({ ...reviewQueries.me(), select: (agent) => agent.name, enabled });
  const filter = indexListQuery(params, me.data ?? null);
  const query = useInfiniteQuery({ ...indexQueries.threads(filter), enabled });
  // Nothing asked, nothing shown: not the last list's rows and counts kept as a placeholder.
  const pages = filter === null ? undefined : query.data?.pages;
  const first = pages?.[0];
  const latest = pages?.at(-1);
  return {
    query,
    /** The agent's name: `data` is null without one, undefined until known. */
    me,
    rows: pages?.flatMap((page) => page.data),
    counts: first?.counts,
    status: latest?.index,
    fallback: fallbackOf(state, query.error),
    /** The answer on screen is for other filters while the new one loads. */
    stale: query.isPlaceholderData,
  };
}
