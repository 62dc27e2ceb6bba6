/** The thread list's address (`/threads?user=&status=&q=&sort=&review=`), read the same by the browser and the server. */
import { USER_MAX_LENGTH, type IndexThreadsQuery } from './api-paths';

export const STATUS_FILTERS = ['active', 'locked', 'closed'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];
export const LIST_SORTS = ['newest', 'oldest'] as const;
export type ListSort = (typeof LIST_SORTS)[number];
/** A review state, or `mine`: in review under this agent's name. */
export const REVIEW_FILTERS = ['unreviewed', 'in_review', 'done', 'mine'] as const;
export type ReviewFilter = (typeof REVIEW_FILTERS)[number];

/** The index's limit on search text: the box's maxLength, and where the server stops reading. */
export const SEARCH_MAX_LENGTH = 200;
/** Rows per page of the index: a couple of screens, so a phone renders little before it paints. */
export const INDEX_LIST_PAGE_SIZE = 20;

export interface ListParams {
  /** The API's `user` filter; null lists everyone's threads. */
  user: string | null;
  /** Filtered by the index, or in the browser when it is off; null shows every status. */
  status: StatusFilter | null;
  /** Words to find in titles and users (the index only); null searches nothing. */
  q: string | null;
  /** Newest or oldest first (oldest needs the index). */
  sort: ListSort;
  /**
   * Filtered by the index (reviews live beside it); absent shows every review state. Optional so
   * that the lists that know nothing of reviews need not say so.
   */
  review?: ReviewFilter | undefined;
}

function isStatusFilter(value: string | null): value is StatusFilter {
  return (STATUS_FILTERS as readonly (string | null)[]).includes(value);
}

function isReviewFilter(value: string | null): value is ReviewFilter {
  return (REVIEW_FILTERS as readonly (string | null)[]).includes(value);
}

function bounded(value: string | null, max: number): string | null {
  const text = value?.trim() ?? '';
  return text !== '' && text.length <= max ? text : null;
}

/** Reads `?user=&status=&q=&sort=&review=`; an unknown or unusable value counts as no filter. */
export function readListParams(search: URLSearchParams): ListParams {
  const status = search.get('status');
  const review = search.get('review');
  return {
    user: bounded(search.get('user'), USER_MAX_LENGTH),
    status: isStatusFilter(status) ? status : null,
    q: bounded(search.get('q'), SEARCH_MAX_LENGTH),
    sort: search.get('sort') === 'oldest' ? 'oldest' : 'newest',
    review: isReviewFilter(review) ? review : undefined,
  };
}

export function toListSearch({ user, status, q, sort, review }: ListParams): URLSearchParams {
  const search = new URLSearchParams();
  if (user) search.set('user', user);
  if (status) search.set('status', status);
  if (q) search.set('q', q);
  if (sort !== 'newest') search.set('sort', sort);
  if (review) search.set('review', review);
  return search;
}

/**
 * The thread list's first query to the index for these params: the browser's list asks for it,
 * and the server writes a preload of the same URL into a cold visit's page. Null when it cannot
 * be asked yet: `mine` needs the agent's name, which only GET /api/me knows (so the server, which
 * reads no session for a preload, never preloads it).
 */
export function indexListQuery(
  { user, status, q, sort, review }: ListParams,
  agentName: string | null = null,
): IndexThreadsQuery | null {
  if (review === 'mine' && agentName === null) return null;
  return {
    user: user ?? undefined,
    status: status ?? undefined,
    q: q ?? undefined,
    sort,
    review: review === 'mine' ? 'in_review' : review,
    claimed_by: review === 'mine' ? (agentName ?? undefined) : undefined,
    limit: INDEX_LIST_PAGE_SIZE,
  };
}

/** The list's name, as its heading and the thread page's "in queue" control say it. */
export function listTitle({ status }: Pick<ListParams, 'status'>): string {
  if (status === 'locked') return 'Escalation queue';
  if (status === 'active') return 'Active threads';
  if (status === 'closed') return 'Closed threads';
  return 'All threads';
}
