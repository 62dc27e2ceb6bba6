import {
  INDEX_STATUSES,
  REVIEW_STATES,
  type IndexStatusName,
  type ReviewState,
} from '@/shared/api-contract';
import { USER_MAX_LENGTH } from '@/shared/api-paths';
import type { IndexCursor, IndexQuery } from '@/server/db/thread-index-store';
import { SEARCH_MAX_CHARS } from '@/server/db/search-words';
import { ApiProblem } from './api-errors';

export const INDEX_PAGE_DEFAULT = 50;
export const INDEX_PAGE_MAX = 100;
const REASON_MAX_LENGTH = 512;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ID_PREFIX = /^[A-Za-z0-9_-]{1,128}$/;
const CURSOR = /^(\d{1,12})\.([A-Za-z0-9_-]{1,128})$/;

function invalid(message: string): ApiProblem {
  return new ApiProblem(400, 'invalid_request', message);
}

/** A UTC calendar day as Unix seconds at its start; undefined when absent. */
export function readDay(
  read: (name: string) => string | undefined,
  name: 'from' | 'to',
): number | undefined {
  const value = read(name);
  if (value === undefined || value === '') return undefined;
  const [, year, month, date] = DATE.exec(value) ?? [];
  const seconds =
    year && month && date ? Date.UTC(Number(year), Number(month) - 1, Number(date)) / 1000 : NaN;
  // Date.UTC rolls 2026-02-31 over to March: only a date that reads back the same is one.
  if (!Number.isFinite(seconds) || new Date(seconds * 1000).toISOString().slice(0, 10) !== value)
    throw invalid(`${name} must be a date written YYYY-MM-DD, e.g. 2026-11-29.`);
  return seconds;
}

function text(
  read: (name: string) => string | undefined,
  name: string,
  max: number,
  what: string,
): string | undefined {
  const value = read(name);
  if (value === undefined || value === '') return undefined;
  if (value.length > max) throw invalid(`${what} is at most ${String(max)} characters.`);
  return value;
}

export function encodeCursor(cursor: IndexCursor): string {
  return `${String(cursor.createdAt)}.${cursor.id}`;
}

/**
 * GET /api/index/threads's query: every filter checked, each refusal naming the parameter and
 * what it takes. Unknown parameters are ignored; search text is handed on as data, never SQL.
 */
export function parseIndexQuery(read: (name: string) => string | undefined): IndexQuery {
  const statusParam = read('status');
  let statuses: IndexStatusName[] | undefined;
  if (statusParam !== undefined && statusParam !== '') {
    const names = statusParam.split(',').map((name) => name.trim());
    if (!names.every((name) => (INDEX_STATUSES as readonly string[]).includes(name)))
      throw invalid(
        `status must list one or more of ${INDEX_STATUSES.join(', ')}, comma-separated.`,
      );
    statuses = [...new Set(names as IndexStatusName[])];
  }

  const sort = read('sort') ?? 'newest';
  if (sort !== 'newest' && sort !== 'oldest') throw invalid('sort must be newest or oldest.');

  const limitParam = read('limit');
  const limit = limitParam === undefined ? INDEX_PAGE_DEFAULT : Number(limitParam);
  if (!/^\d{1,3}$/.test(limitParam ?? '50') || limit < 1 || limit > INDEX_PAGE_MAX)
    throw invalid(`limit must be a whole number from 1 to ${String(INDEX_PAGE_MAX)}.`);

  const idPrefix = read('id');
  if (idPrefix !== undefined && idPrefix !== '' && !ID_PREFIX.test(idPrefix))
    throw invalid('id must be the start of a thread ID: letters, digits, _ or -.');

  const afterParam = read('after');
  let after: IndexCursor | undefined;
  if (afterParam !== undefined && afterParam !== '') {
    const [, createdAt, id] = CURSOR.exec(afterParam) ?? [];
    if (createdAt === undefined || id === undefined)
      throw invalid('after must be the `next` value of a previous page.');
    after = { createdAt: Number(createdAt), id };
  }

  const createdFrom = readDay(read, 'from');
  const to = readDay(read, 'to');
  // `to` is a whole day: up to its last second.
  const createdTo = to === undefined ? undefined : to + 86_399;
  if (createdFrom !== undefined && createdTo !== undefined && createdFrom > createdTo)
    throw invalid('from must not be after to.');

  const review = read('review');
  if (
    review !== undefined &&
    review !== '' &&
    !(REVIEW_STATES as readonly string[]).includes(review)
  )
    throw invalid(`review must be one of ${REVIEW_STATES.join(', ')}.`);

  return {
    statuses,
    reviewState: review === undefined || review === '' ? undefined : (review as ReviewState),
    claimedBy: text(read, 'claimed_by', 256, 'claimed_by'),
    reason: text(read, 'reason', REASON_MAX_LENGTH, 'reason'),
    user: text(read, 'user', USER_MAX_LENGTH, 'user'),
    text: text(read, 'q', SEARCH_MAX_CHARS, 'Search text (q)'),
    createdFrom,
    createdTo,
    idPrefix: idPrefix === '' ? undefined : idPrefix,
    sort,
    limit,
    after,
  };
}
