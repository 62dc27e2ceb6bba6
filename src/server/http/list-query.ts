import { LIST_LIMIT_MAX } from '@/shared/api-contract';
import {
  USER_MAX_LENGTH,
  type ItemsQuery,
  type ListQueryName,
  type ThreadsQuery,
} from '@/shared/api-paths';
import { CURSOR_PATTERN } from '@/shared/thread-id';
import { ApiProblem } from './api-errors';

/** Reads one query parameter (Hono's `c.req.query`). */
export type QueryReader = (name: ListQueryName) => string | undefined;

function invalid(message: string): ApiProblem {
  return new ApiProblem(400, 'invalid_request', message);
}

function cursor(read: QueryReader, name: 'after' | 'before'): string | undefined {
  const value = read(name);
  if (value === undefined) return undefined;
  if (!CURSOR_PATTERN.test(value)) {
    throw invalid(`${name} must be an item or thread ID: 1–128 letters, digits, _ or -.`);
  }
  return value;
}

function limit(read: QueryReader): number | undefined {
  const value = read('limit');
  if (value === undefined) return undefined;
  const parsed = /^\d{1,3}$/.test(value) ? Number(value) : NaN;
  if (!(parsed >= 1 && parsed <= LIST_LIMIT_MAX)) {
    throw invalid(`limit must be a whole number from 1 to ${LIST_LIMIT_MAX}.`);
  }
  return parsed;
}

function order(read: QueryReader): 'asc' | 'desc' | undefined {
  const value = read('order');
  if (value === undefined || value === 'asc' || value === 'desc') return value;
  throw invalid('order must be asc or desc.');
}

function withoutUndefined<T extends object>(params: T): T {
  return Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined)) as T;
}

/**
 * Query for one page of a thread's items. Only known parameters survive: anything else in the
 * agent's URL is dropped so it can never reach the upstream request.
 */
export function parseItemsQuery(read: QueryReader): ItemsQuery {
  return withoutUndefined({
    after: cursor(read, 'after'),
    before: cursor(read, 'before'),
    limit: limit(read),
    order: order(read),
  });
}

/** Query for one page of threads: the item parameters plus an optional `user` filter. */
export function parseThreadsQuery(read: QueryReader): ThreadsQuery {
  const user = read('user');
  if (user !== undefined && (user.length < 1 || user.length > USER_MAX_LENGTH)) {
    throw invalid(`user must be 1–${USER_MAX_LENGTH} characters.`);
  }
  return withoutUndefined({ ...parseItemsQuery(read), user });
}
