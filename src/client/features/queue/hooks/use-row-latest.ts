import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { threadQueries } from '@/client/entities/thread/api/thread-queries';
import { readLatestActivity } from '../lib/row-format';
import { useSeen } from './use-seen';

/**
 * A row's last activity and the customer's last message, from the thread's newest page, read
 * only once the row (the returned anchor) comes into view, then kept in the cache.
 */
export function useRowLatest<T extends Element>(threadId: string) {
  const anchor = useRef<T>(null);
  const seen = useSeen(anchor);
  const latest = useQuery({
    ...threadQueries.latest(threadId),
    select: readLatestActivity,
    enabled: seen,
  });
  return { anchor, latest: latest.data, failed: latest.isError && !latest.data };
}
