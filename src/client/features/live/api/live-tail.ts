import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { mergeTail, tailCursor, type ItemsData } from '../lib/merge-tail';
import { fetchThreadItems } from '@/client/entities/thread/api/threads-api';

/** What one poll found; `at` makes two polls with the same count distinct (and re-announced). */
export interface TailPoll {
  added: number;
  at: number;
}

/**
 * Reads only what came after the newest loaded item and appends it to the cached pages, instead
 * of refetching every page of a long thread. Skips while the pages themselves are loading.
 */
export async function pollTail(
  client: QueryClient,
  threadId: string,
  itemsKey: QueryKey,
  signal: AbortSignal,
): Promise<TailPoll> {
  const current = client.getQueryData<ItemsData>(itemsKey);
  if (!current || client.isFetching({ queryKey: itemsKey, exact: true }) > 0) {
    return { added: 0, at: Date.now() };
  }
  const tail = await fetchThreadItems(threadId, tailCursor(current), signal);
  let added = 0;
  client.setQueryData<ItemsData>(itemsKey, (data) => {
    if (!data) return data;
    const merged = mergeTail(data, tail);
    added = merged.added;
    return merged.data;
  });
  return { added, at: Date.now() };
}
