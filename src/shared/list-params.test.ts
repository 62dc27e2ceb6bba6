import { describe, expect, it } from 'vitest';
import {
  INDEX_LIST_PAGE_SIZE,
  indexListQuery,
  readListParams,
  SEARCH_MAX_LENGTH,
  toListSearch,
} from './list-params';

describe('readListParams', () => {
  it('reads user, status, search and sort', () => {
    expect(
      readListParams(
        new URLSearchParams('user=maria%40example.com&status=locked&q=refund&sort=oldest'),
      ),
    ).toEqual({ user: 'maria@example.com', status: 'locked', q: 'refund', sort: 'oldest' });
  });

  it('treats unknown or unusable values as no filter, newest first', () => {
    expect(
      readListParams(
        new URLSearchParams(
          `status=archived&user=%20&q=${'x'.repeat(SEARCH_MAX_LENGTH + 1)}&sort=random`,
        ),
      ),
    ).toEqual({ user: null, status: null, q: null, sort: 'newest' });
    expect(readListParams(new URLSearchParams('status=LOCKED'))).toEqual({
      user: null,
      status: null,
      q: null,
      sort: 'newest',
    });
  });

  it('round-trips through the URL, leaving defaults out', () => {
    const params = { user: 'a b', status: 'closed', q: 'double charge', sort: 'oldest' } as const;
    expect(readListParams(toListSearch(params))).toEqual(params);
    expect(toListSearch({ user: null, status: null, q: null, sort: 'newest' }).toString()).toBe('');
  });
});

describe('indexListQuery', () => {
  it('sends only the filters the agent set', () => {
    expect(indexListQuery({ user: null, status: 'locked', q: null, sort: 'newest' })).toEqual({
      user: undefined,
      status: 'locked',
      q: undefined,
      sort: 'newest',
      limit: INDEX_LIST_PAGE_SIZE,
    });
  });
});
