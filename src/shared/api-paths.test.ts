import { describe, expect, it } from 'vitest';
import {
  indexThreadsPath,
  threadItemsPath,
  threadPath,
  threadsPath,
  type ThreadsQuery,
} from './api-paths';

describe('API path builders', () => {
  it('build the three thread paths', () => {
    expect(threadsPath()).toBe('/api/threads');
    expect(threadPath('cthr_1')).toBe('/api/threads/cthr_1');
    expect(threadItemsPath('cthr_1')).toBe('/api/threads/cthr_1/items');
  });

  it('keep an ID inside its own path segment', () => {
    expect(threadPath('cthr_a/../x?y#z')).toBe('/api/threads/cthr_a%2F..%2Fx%3Fy%23z');
    expect(threadItemsPath('../items')).toBe('/api/threads/..%2Fitems/items');
  });

  it('send only the parameters given, encoded, in a fixed order', () => {
    expect(threadItemsPath('cthr_1', { order: 'asc', limit: 100, after: undefined })).toBe(
      '/api/threads/cthr_1/items?limit=100&order=asc',
    );
    const all: ThreadsQuery = {
      user: 'a&b=c d',
      order: 'desc',
      limit: 5,
      before: 'cthr_3',
      after: 'cthr_2',
    };
    expect(threadsPath(all)).toBe(
      '/api/threads?after=cthr_2&before=cthr_3&limit=5&order=desc&user=a%26b%3Dc+d',
    );
  });

  it('never send a parameter the API does not define', () => {
    const query = { limit: 1, api_key: 'x' };
    expect(threadsPath(query)).toBe('/api/threads?limit=1');
  });

  it('build the index list path with only the filters set, search text encoded', () => {
    expect(indexThreadsPath()).toBe('/api/index/threads');
    expect(
      indexThreadsPath({ q: 'a&b=c "d"', status: 'locked', user: '', sort: 'oldest', limit: 50 }),
    ).toBe('/api/index/threads?status=locked&q=a%26b%3Dc+%22d%22&sort=oldest&limit=50');
  });
});
