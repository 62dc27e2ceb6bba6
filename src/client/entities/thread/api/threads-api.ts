import { apiGet } from '@/client/lib/api-client';
import type { ItemsPage, ThreadDetail, ThreadsPage } from '@/shared/api-contract';
import {
  ITEMS_PAGE_SIZE,
  newestItemsPath,
  threadItemsPath,
  threadPath,
  threadsPath,
} from '@/shared/api-paths';

export { ITEMS_PAGE_SIZE };
/** Each side of an item link's first page: the item sits mid-page, with context both ways. */
export const AROUND_PAGE_SIZE = 50;

export function fetchThread(threadId: string, signal?: AbortSignal): Promise<ThreadDetail> {
  return apiGet<ThreadDetail>(threadPath(threadId), signal);
}

export interface ItemsPageQuery {
  order: 'asc' | 'desc';
  after?: string | undefined;
  limit?: number;
}

/** One page of items in either order, continuing past `after` in that order. */
export function fetchItemsPage(
  threadId: string,
  { order, after, limit = ITEMS_PAGE_SIZE }: ItemsPageQuery,
  signal?: AbortSignal,
): Promise<ItemsPage> {
  return apiGet<ItemsPage>(threadItemsPath(threadId, { order, limit, after }), signal);
}

/** The items after `after` in reading order (the live tail reads new items this way). */
export function fetchThreadItems(
  threadId: string,
  after: string | undefined,
  signal?: AbortSignal,
): Promise<ItemsPage> {
  return fetchItemsPage(threadId, { order: 'asc', after }, signal);
}

/** The newest page, newest first: what "Jump to latest" shows while reading order still loads. */
export function fetchNewestItems(threadId: string, signal?: AbortSignal): Promise<ItemsPage> {
  return apiGet<ItemsPage>(newestItemsPath(threadId), signal);
}

/** The newest `limit` items, newest first: what a queue row shows (last activity, last message). */
export function fetchLatestItems(
  threadId: string,
  limit: number,
  signal?: AbortSignal,
): Promise<ItemsPage> {
  return apiGet<ItemsPage>(threadItemsPath(threadId, { order: 'desc', limit }), signal);
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
  const query = {
    order: 'desc',
    limit: filter.limit ?? 20,
    user: filter.user || undefined,
    after,
  } as const;
  return apiGet<ThreadsPage>(threadsPath(query), signal);
}
