import { describe, expect, it } from 'vitest';
import { indexFreshness } from './index-freshness';

const clock = (seconds: number) => new Date(seconds * 1000).toISOString().slice(11, 19);

describe('indexFreshness', () => {
  it('says how many threads are indexed and when the index was last updated', () => {
    expect(
      indexFreshness({ state: 'ready', threads: 12_431, updated_at: 1_795_529_100 }, clock),
    ).toBe('12,431 threads indexed · updated 14:05:00');
  });

  it('says the first pass is still running, with what it has so far', () => {
    expect(indexFreshness({ state: 'indexing', threads: 4200, updated_at: null }, clock)).toBe(
      'Indexing… 4,200 threads so far',
    );
    expect(indexFreshness({ state: 'indexing', threads: 1, updated_at: null }, clock)).toBe(
      'Indexing… 1 thread so far',
    );
  });
});
