import { queryOptions, type QueryKey } from '@tanstack/react-query';
import { LIVE_POLL_MS, threadQueries } from '@/client/entities/thread/api/thread-queries';
import { pollTail, type TailPoll } from './live-tail';

export const liveQueries = {
  /**
   * New items of an active thread, appended to the loaded window `itemsKey` (when it reaches
   * the newest item). Seeded so that it never fetches on mount (the pages were just loaded):
   * only the interval, enabled at the call site, runs it. Under the thread's detail key, so
   * invalidating the thread covers it.
   */
  tail: (threadId: string, itemsKey: QueryKey) =>
    queryOptions({
      queryKey: [...threadQueries.detail(threadId).queryKey, 'tail', ...itemsKey.slice(-1)],
      queryFn: ({ client, signal }): Promise<TailPoll> =>
        pollTail(client, threadId, itemsKey, signal),
      initialData: { added: 0, at: 0 },
      staleTime: Infinity,
      refetchInterval: LIVE_POLL_MS,
      refetchIntervalInBackground: false,
    }),
};
