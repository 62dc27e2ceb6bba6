import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSignInThrottle, waitWords } from './sign-in-throttle';

const NOW = 1_000_000;
const MINUTE = 60_000;

afterEach(() => vi.useRealTimers());

/** The Retry-After of each of `count` wrong tokens from `key`, one second apart. */
function failures(throttle: ReturnType<typeof createSignInThrottle>, key: string, count: number) {
  return Array.from({ length: count }, (_, i) => throttle.recordFailure(key, NOW + i * 1000));
}

describe('createSignInThrottle', () => {
  it('lets five wrong tokens pass, then doubles the wait from 1 s up to 10 minutes', () => {
    const throttle = createSignInThrottle();
    expect(failures(throttle, 'a', 18)).toEqual([
      0, 0, 0, 0, 0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 600, 600, 600,
    ]);
  });

  it('counts each client separately', () => {
    const throttle = createSignInThrottle({ freeFailures: 1 });
    expect(failures(throttle, 'a', 3)).toEqual([0, 1, 2]);
    expect(failures(throttle, 'b', 2)).toEqual([0, 1]);
  });

  it('keeps counting while a client keeps guessing, and forgets it 10 minutes after its last', () => {
    const throttle = createSignInThrottle({ freeFailures: 1 });
    throttle.recordFailure('a', NOW);
    expect(throttle.recordFailure('a', NOW + 9 * MINUTE)).toBe(1);
    expect(throttle.recordFailure('a', NOW + 18 * MINUTE)).toBe(2);
    expect(throttle.recordFailure('a', NOW + 28 * MINUTE)).toBe(0);
  });

  it('stays bounded, forgetting the client whose last wrong token is oldest', () => {
    const throttle = createSignInThrottle({ freeFailures: 0, maxEntries: 3 });
    for (const key of ['a', 'b', 'c']) throttle.recordFailure(key, NOW);
    throttle.recordFailure('a', NOW + 1);
    throttle.recordFailure('d', NOW + 2);
    expect(['a', 'c', 'd', 'b'].map((key) => throttle.recordFailure(key, NOW + 3))).toEqual([
      4, 2, 2, 1,
    ]);
  });

  it('holds an answer for the wait, at most maxHoldMs, and only maxHeld answers at once', async () => {
    vi.useFakeTimers();
    const throttle = createSignInThrottle({ maxHoldMs: 5000, maxHeld: 2 });
    const released: number[] = [];
    const hold = (seconds: number) => throttle.hold(seconds).then(() => released.push(seconds));
    const all = Promise.all([hold(2), hold(600), hold(1)]);
    await vi.advanceTimersByTimeAsync(0);
    expect(released).toEqual([1]);
    await vi.advanceTimersByTimeAsync(2000);
    expect(released).toEqual([1, 2]);
    await vi.advanceTimersByTimeAsync(3000);
    await all;
    expect(released).toEqual([1, 2, 600]);
  });
});

describe('waitWords', () => {
  it.each([
    [1, '1 second'],
    [16, '16 seconds'],
    [60, '1 minute'],
    [64, '2 minutes'],
    [600, '10 minutes'],
  ])('%d → %s', (seconds, words) => {
    expect(waitWords(seconds)).toBe(words);
  });
});
