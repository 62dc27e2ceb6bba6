export interface SignInThrottle {
  /** Seconds until `key` may try a token again; 0 when it may now. */
  lockedFor(key: string, nowMs?: number): number;
  recordFailure(key: string, nowMs?: number): void;
  recordSuccess(key: string): void;
}

export interface ThrottleOptions {
  maxFailures?: number;
  windowMs?: number;
  /** Bounds memory however many addresses guess. */
  maxEntries?: number;
}

interface Entry {
  failures: number;
  windowEnds: number;
}

/**
 * Counts wrong tokens per client in a fixed window from the first failure: after `maxFailures`
 * the client is refused (without comparing anything) until the window ends. In memory: a
 * restart forgets, which is fine for slowing down guessing by hand or by script.
 */
export function createSignInThrottle({
  maxFailures = 5,
  windowMs = 10 * 60_000,
  maxEntries = 10_000,
}: ThrottleOptions = {}): SignInThrottle {
  const entries = new Map<string, Entry>();

  const current = (key: string, now: number) => {
    const entry = entries.get(key);
    if (entry && entry.windowEnds <= now) entries.delete(key);
    return entry && entry.windowEnds > now ? entry : undefined;
  };

  const makeRoom = (now: number) => {
    for (const [key, entry] of entries) if (entry.windowEnds <= now) entries.delete(key);
    // Still full: forget the oldest windows first (Map keeps insertion order).
    for (const key of entries.keys()) {
      if (entries.size < maxEntries) break;
      entries.delete(key);
    }
  };

  return {
    lockedFor(key, nowMs = Date.now()) {
      const entry = current(key, nowMs);
      if (!entry || entry.failures < maxFailures) return 0;
      return Math.ceil((entry.windowEnds - nowMs) / 1000);
    },
    recordFailure(key, nowMs = Date.now()) {
      const entry = current(key, nowMs);
      if (entry) {
        entry.failures += 1;
        return;
      }
      if (entries.size >= maxEntries) makeRoom(nowMs);
      entries.set(key, { failures: 1, windowEnds: nowMs + windowMs });
    },
    recordSuccess(key) {
      entries.delete(key);
    },
  };
}
