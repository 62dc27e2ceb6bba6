import { describe, expect, it } from 'vitest';
import { readListParams, toListSearch } from './list-params';

describe('readListParams', () => {
  it('reads user and status', () => {
    expect(readListParams(new URLSearchParams('user=maria%40example.com&status=locked'))).toEqual({
      user: 'maria@example.com',
      status: 'locked',
    });
  });

  it('treats an unknown status and a blank user as no filter', () => {
    expect(readListParams(new URLSearchParams('status=archived&user=%20'))).toEqual({
      user: null,
      status: null,
    });
    expect(readListParams(new URLSearchParams('status=LOCKED'))).toEqual({
      user: null,
      status: null,
    });
  });

  it('round-trips through the URL', () => {
    const params = { user: 'a b', status: 'closed' } as const;
    expect(readListParams(toListSearch(params))).toEqual(params);
    expect(toListSearch({ user: null, status: null }).toString()).toBe('');
  });
});
