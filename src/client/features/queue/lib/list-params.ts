import { USER_MAX_LENGTH } from '@/shared/api-paths';

export const STATUS_FILTERS = ['active', 'locked', 'closed'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export interface ListParams {
  /** The API's `user` filter; null lists everyone's threads. */
  user: string | null;
  /** Applied in the browser (the API has no status filter); null shows every status. */
  status: StatusFilter | null;
}

function isStatusFilter(value: string | null): value is StatusFilter {
  return (STATUS_FILTERS as readonly (string | null)[]).includes(value);
}

/** Reads `?user=&status=`; an unknown status or an unusable user counts as no filter. */
export function readListParams(search: URLSearchParams): ListParams {
  const user = search.get('user')?.trim() ?? '';
  const status = search.get('status');
  return {
    user: user !== '' && user.length <= USER_MAX_LENGTH ? user : null,
    status: isStatusFilter(status) ? status : null,
  };
}

export function toListSearch({ user, status }: ListParams): URLSearchParams {
  const search = new URLSearchParams();
  if (user) search.set('user', user);
  if (status) search.set('status', status);
  return search;
}

/** The list's name, as its heading and the thread page's "in queue" control say it. */
export function listTitle({ status }: ListParams): string {
  if (status === 'locked') return 'Escalation queue';
  if (status === 'active') return 'Active threads';
  if (status === 'closed') return 'Closed threads';
  return 'All threads';
}
