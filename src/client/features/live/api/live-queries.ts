import { queryOptions } from '@tanstack/react-query';
import { LIVE_POLL_MS, threadQueries } from '@/client/entities/thread/api/thread-queries';
import { pollTail, type TailPoll } from './live-tail';

export const liveQueries = {
  /**
   * New items of an active thread, merged into the thread's `items`. Seeded so that it never
   * fetches on mount (the pages were just loaded): only the interval, enabled at the call site,
   * runs it. Under the thread's detail key, so invalidating the thread covers it.
   */
  tail: (threadId: string) =>
    queryOptions({
      queryKey: [...threadQueries.detail(threadId).queryKey, 'tail'],
      queryFn: ({ client, signal }): Promise<TailPoll> =>
        pollTail(client, threadId, threadQueries.items(threadId).queryKey, signal),
      initialData: { added: 0, at: 0 },
      staleTime: Infinity,
      refetchInterval: LIVE_POLL_MS,
      refetchIntervalInBackground: false,
    }),
};
