/**
 * The API's paths and list parameters, written once for the routes that serve them and the
 * fetchers that call them, so neither side can drift from the other.
 */
import type { ThreadListParams } from 'openai/resources/beta/chatkit/threads';

export const HEALTH_PATH = '/api/health';
export const THREADS_PATH = '/api/threads';

/** Hono route patterns under THREADS_PATH, matching what threadPath() and threadItemsPath() build. */
export const THREAD_ROUTE = '/:threadId';
export const THREAD_ITEMS_ROUTE = '/:threadId/items';

/** Query of GET /api/threads/:id/items: the upstream parameters under their upstream names. */
export type ItemsQuery = Pick<ThreadListParams, 'after' | 'before' | 'limit' | 'order'>;
/** Query of GET /api/threads: the items parameters plus the end-user filter. */
export type ThreadsQuery = ItemsQuery & Pick<ThreadListParams, 'user'>;
export type ListQueryName = keyof ThreadsQuery;

/** The upstream's bounds on `user` (chatkit-api.md §2.2). */
export const USER_MAX_LENGTH = 512;

/** Every list parameter, in the order paths carry them; nothing else is ever sent. */
const LIST_QUERY_NAMES = [
  'after',
  'before',
  'limit',
  'order',
  'user',
] as const satisfies readonly ListQueryName[];

function withQuery(path: string, query: ThreadsQuery): string {
  const search = new URLSearchParams();
  for (const name of LIST_QUERY_NAMES) {
    const value = query[name];
    if (value !== undefined) search.set(name, String(value));
  }
  const text = search.toString();
  return text === '' ? path : `${path}?${text}`;
}

export function threadPath(threadId: string): string {
  return `${THREADS_PATH}/${encodeURIComponent(threadId)}`;
}

export function threadItemsPath(threadId: string, query: ItemsQuery = {}): string {
  return withQuery(`${threadPath(threadId)}/items`, query);
}

/** Items are read in pages of the API's maximum size. */
export const ITEMS_PAGE_SIZE = 100;

/** The newest page, newest first: every opening of a thread page asks for it. */
export function newestItemsPath(threadId: string): string {
  return threadItemsPath(threadId, { order: 'desc', limit: ITEMS_PAGE_SIZE });
}

export function threadsPath(query: ThreadsQuery = {}): string {
  return withQuery(THREADS_PATH, query);
}

/** The shared thread index (GET only): /status, /threads and /overview. */
export const INDEX_PATH = '/api/index';
export const INDEX_STATUS_PATH = `${INDEX_PATH}/status`;
export const INDEX_OVERVIEW_PATH = `${INDEX_PATH}/overview`;

/** Query of GET /api/index/threads: every filter is optional; `after` is a page's `next`. */
export interface IndexThreadsQuery {
  /** One or more of active, locked, closed, unknown, comma-separated. */
  status?: string | undefined;
  /** Words to find in titles and users. */
  q?: string | undefined;
  user?: string | undefined;
  reason?: string | undefined;
  /** The start of a thread ID. */
  id?: string | undefined;
  /** Created on or after / on or before these UTC days (YYYY-MM-DD). */
  from?: string | undefined;
  to?: string | undefined;
  sort?: 'newest' | 'oldest' | undefined;
  /** A review state: unreviewed (also never reviewed), in_review or done. */
  review?: string | undefined;
  /** Whose claim the review is under. */
  claimed_by?: string | undefined;
  limit?: number | undefined;
  after?: string | undefined;
}

const INDEX_QUERY_NAMES = [
  'status',
  'q',
  'user',
  'reason',
  'id',
  'from',
  'to',
  'sort',
  'review',
  'claimed_by',
  'limit',
  'after',
] as const satisfies readonly (keyof IndexThreadsQuery)[];

export function indexThreadsPath(query: IndexThreadsQuery = {}): string {
  const search = new URLSearchParams();
  for (const name of INDEX_QUERY_NAMES) {
    const value = query[name];
    if (value !== undefined && value !== '') search.set(name, String(value));
  }
  const text = search.toString();
  return text === '' ? `${INDEX_PATH}/threads` : `${INDEX_PATH}/threads?${text}`;
}

/** Who the server records as making review changes, and the outcomes offered (GET/PUT). */
export const ME_PATH = '/api/me';
export const REVIEWS_PATH = '/api/reviews';
export const REVIEWS_OVERVIEW_PATH = `${REVIEWS_PATH}/overview`;

/** A thread's review: GET, and PUT with If-Match. */
export function reviewPath(threadId: string): string {
  return `${threadPath(threadId)}/review`;
}

export function reviewFlagsPath(threadId: string): string {
  return `${reviewPath(threadId)}/flags`;
}

export function reviewFlagPath(threadId: string, flagId: string): string {
  return `${reviewFlagsPath(threadId)}/${encodeURIComponent(flagId)}`;
}

/** Every review matching the filters, as a file: CSV or JSON. */
export function reviewsExportPath(
  format: 'csv' | 'json',
  filter: Partial<Record<'state' | 'outcome' | 'agent' | 'from' | 'to', string | undefined>> = {},
): string {
  const search = new URLSearchParams({ format });
  for (const [name, value] of Object.entries(filter)) if (value) search.set(name, value);
  return `${REVIEWS_PATH}/export?${search.toString()}`;
}
