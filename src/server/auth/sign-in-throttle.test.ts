import { describe, expect, it } from 'vitest';
import { createSignInThrottle } from './sign-in-throttle';

const NOW = 1_000_000;
const MINUTE = 60_000;

describe('createSignInThrottle', () => {
  it('locks a client after 5 failures for the rest of the 10-minute window', () => {
    const throttle = createSignInThrottle();
    for (let i = 0; i < 4; i += 1) throttle.recordFailure('a', NOW + i * MINUTE);
    expect(throttle.lockedFor('a', NOW + 4 * MINUTE)).toBe(0);
    throttle.recordFailure('a', NOW + 4 * MINUTE);
    expect(throttle.lockedFor('a', NOW + 4 * MINUTE)).toBe(360);
    expect(throttle.lockedFor('b', NOW + 4 * MINUTE)).toBe(0);
    expect(throttle.lockedFor('a', NOW + 10 * MINUTE - 1)).toBe(1);
    expect(throttle.lockedFor('a', NOW + 10 * MINUTE)).toBe(0);
  });

  it('starts a fresh window once the old one ends', () => {
    const throttle = createSignInThrottle({ maxFailures: 2 });
    throttle.recordFailure('a', NOW);
    throttle.recordFailure('a', NOW + 11 * MINUTE);
    expect(throttle.lockedFor('a', NOW + 11 * MINUTE)).toBe(0);
  });

  it('forgets a client that signs in', () => {
    const throttle = createSignInThrottle({ maxFailures: 2 });
    throttle.recordFailure('a', NOW);
    throttle.recordSuccess('a');
    throttle.recordFailure('a', NOW);
    expect(throttle.lockedFor('a', NOW)).toBe(0);
  });

  it('stays bounded, dropping the oldest client first', () => {
    const throttle = createSignInThrottle({ maxFailures: 1, maxEntries: 3 });
    for (const key of ['a', 'b', 'c', 'd']) throttle.recordFailure(key, NOW);
    expect(throttle.lockedFor('a', NOW)).toBe(0);
    expect(['b', 'c', 'd'].map((key) => throttle.lockedFor(key, NOW))).toEqual([600, 600, 600]);
  });
});
