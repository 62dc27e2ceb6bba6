import { apiGet } from '@/client/lib/api-client';
import type { ThreadItemsPage, ThreadResource, ThreadsPage } from '@/shared/api-contract';

/** Items are read in pages of the API's maximum size, oldest first (reading order). */
export const ITEMS_PAGE_SIZE = 100;

export function fetchThread(threadId: string, signal?: AbortSignal): Promise<ThreadResource> {
  return apiGet<ThreadResource>(`/api/threads/${encodeURIComponent(threadId)}`, signal);
}

export function fetchThreadItems(
  threadId: string,
  after: string | undefined,
  signal?: AbortSignal,
): Promise<ThreadItemsPage> {
  const query = new URLSearchParams({ order: 'asc', limit: String(ITEMS_PAGE_SIZE) });
  if (after) query.set('after', after);
  return apiGet<ThreadItemsPage>(
    `/api/threads/${encodeURIComponent(threadId)}/items?${query.toString()}`,
    signal,
  );
}

/** The newest page, newest first: what "Jump to latest" shows while reading order still loads. */
export function fetchNewestItems(threadId: string, signal?: AbortSignal): Promise<ThreadItemsPage> {
  const query = new URLSearchParams({ order: 'desc', limit: String(ITEMS_PAGE_SIZE) });
  return apiGet<ThreadItemsPage>(
    `/api/threads/${encodeURIComponent(threadId)}/items?${query.toString()}`,
    signal,
  );
}

export interface ThreadListFilter {
  user?: string;
  limit?: number;
}

export function fetchThreads(
  filter: ThreadListFilter,
  after: string | undefined,
  signal?: AbortSignal,
): Promise<ThreadsPage> {
  const query = new URLSearchParams({ order: 'desc', limit: String(filter.limit ?? 20) });
  if (filter.user) query.set('user', filter.user);
  if (after) query.set('after', after);
  return apiGet<ThreadsPage>(`/api/threads?${query.toString()}`, signal);
}
