import type { QueryClient } from '@tanstack/react-query';
import { indexQueries } from '@/client/entities/thread-index/api/index-queries';
import { indexListQuery, readListParams } from '@/shared/list-params';

/**
 * A cold visit to the thread list or the escalation queue asks for the index's first page before
 * React renders (main.tsx waits up to FIRST_RENDER_WAIT_MS for it and the page's code), so the
 * first paint is the list itself: one render and one layout instead of a skeleton, then the page,
 * then its rows, each a long task on a phone. The page's own query finds the page under the same
 * key. Settles when it has (never rejects: failures are the page's to show).
 */
export function prefetchListAt(queryClient: QueryClient, location: Location): Promise<unknown> {
  if (location.pathname !== '/threads') return Promise.resolve();
  // "Mine" needs the agent's name first: asking /api/me here would delay the first paint.
  const query = indexListQuery(readListParams(new URLSearchParams(location.search)));
  if (query === null) return Promise.resolve();
  // An index that is off or down answers 503 at once; the page then falls back to its scan.
  return queryClient.infiniteQuery(indexQueries.threads(query)).catch(() => undefined);
}
