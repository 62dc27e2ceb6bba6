export interface SignInThrottle {
  /**
   * Counts a wrong token from `key`: 0 while the client is within its free attempts, else the
   * seconds it should wait before trying again (Retry-After).
   */
  recordFailure(key: string, nowMs?: number): number;
  /** Holds the answer to a wrong token that recordFailure gave `retryAfterSeconds`. */
  hold(retryAfterSeconds: number): Promise<void>;
}

export interface ThrottleOptions {
  /** Wrong tokens a client may send before it is slowed down. */
  freeFailures?: number;
  /** The longest Retry-After; a client's failures are forgotten this long after its last. */
  maxWaitSeconds?: number;
  /** The longest a wrong answer is held. */
  maxHoldMs?: number;
  /** Answers held at once across all clients, so a flood of guesses cannot pin sockets. */
  maxHeld?: number;
  /** Bounds memory however many addresses guess. */
  maxEntries?: number;
}

interface Entry {
  failures: number;
  forgetAt: number;
}

/**
 * Slows down wrong tokens per client and never refuses the right one: the caller compares
 * every token, so nobody can lock others out by guessing from their address (or their
 * proxy's). Past `freeFailures`, each wrong token gets a Retry-After that doubles from 1 s up
 * to `maxWaitSeconds`, and its answer is held for as long, up to `maxHoldMs`: that is what
 * slows a guesser who waits for each answer. In memory: a restart forgets.
 */
export function createSignInThrottle({
  freeFailures = 5,
  maxWaitSeconds = 600,
  maxHoldMs = 5_000,
  maxHeld = 100,
  maxEntries = 10_000,
}: ThrottleOptions = {}): SignInThrottle {
  // In order of last failure (each failure re-inserts its key), so the front is forgotten first.
  const entries = new Map<string, Entry>();
  let held = 0;

  const makeRoom = (now: number) => {
    for (const [key, entry] of entries) {
      if (entry.forgetAt > now && entries.size < maxEntries) break;
      entries.delete(key);
    }
  };

  return {
    recordFailure(key, nowMs = Date.now()) {
      const entry = entries.get(key);
      const failures = entry && entry.forgetAt > nowMs ? entry.failures + 1 : 1;
      entries.delete(key);
      if (entries.size >= maxEntries) makeRoom(nowMs);
      entries.set(key, { failures, forgetAt: nowMs + maxWaitSeconds * 1000 });
      if (failures <= freeFailures) return 0;
      return Math.min(2 ** Math.min(failures - freeFailures - 1, 30), maxWaitSeconds);
    },
    async hold(retryAfterSeconds) {
      if (held >= maxHeld) return;
      held += 1;
      try {
        const ms = Math.min(retryAfterSeconds * 1000, maxHoldMs);
        await new Promise((resolve) => setTimeout(resolve, ms));
      } finally {
        held -= 1;
      }
    },
  };
}

/** A Retry-After in words for the messages: "1 second", "40 seconds", "3 minutes". */
export function waitWords(seconds: number): string {
  const count = seconds < 60 ? seconds : Math.ceil(seconds / 60);
  const unit = seconds < 60 ? 'second' : 'minute';
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}
