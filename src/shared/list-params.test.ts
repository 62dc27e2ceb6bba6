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

  it('reads and writes the review filter, ignoring values it does not know', () => {
    const mine = readListParams(new URLSearchParams('status=locked&review=mine'));
    expect(mine.review).toBe('mine');
    expect(toListSearch(mine).toString()).toBe('status=locked&review=mine');
    expect(readListParams(new URLSearchParams('review=claimed')).review).toBeUndefined();
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

  it('asks for a review state as the index names it', () => {
    const params = { user: null, status: null, q: null, sort: 'newest', review: 'done' } as const;
    expect(indexListQuery(params)).toMatchObject({ review: 'done', claimed_by: undefined });
  });

  it('asks for "mine" as in review under the agent’s name, and not at all without one', () => {
    const params = { user: null, status: null, q: null, sort: 'newest', review: 'mine' } as const;
    expect(indexListQuery(params, 'Ana')).toMatchObject({
      review: 'in_review',
      claimed_by: 'Ana',
    });
    expect(indexListQuery(params)).toBeNull();
  });
});
