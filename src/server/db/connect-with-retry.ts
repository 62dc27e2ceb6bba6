import type { Database } from './database';

const RETRY_MAX_MS = 60_000;

export interface ConnectOptions {
  /** The first wait between attempts; it doubles up to a minute. Tests shorten it. */
  retryMinMs?: number;
  /** Stops the attempts (the server is shutting down). */
  signal: AbortSignal;
  /** Told of each failed attempt on PostgreSQL, with the wait before the next. */
  onRetry: (error: unknown, retryInMs: number) => void;
}

/**
 * Runs `attempt` (migrate, then set up) until it succeeds. On SQLite a failure is final (the
 * file is local: trying again changes nothing, and start-up must say why); a PostgreSQL server
 * that cannot be reached is tried again with backoff while the app serves what it can.
 * Resolves false when stopped first.
 */
export async function connectWithRetry(
  database: Database,
  attempt: () => Promise<void>,
  { retryMinMs = 1000, signal, onRetry }: ConnectOptions,
): Promise<boolean> {
  for (let wait = retryMinMs; !signal.aborted; wait = Math.min(wait * 2, RETRY_MAX_MS)) {
    try {
      await attempt();
      return true;
    } catch (error) {
      if (database.kind === 'sqlite') throw error;
      onRetry(error, wait);
      await new Promise((resolve) => {
        const timer = setTimeout(resolve, wait);
        signal.addEventListener('abort', () => {
          clearTimeout(timer);
          resolve(undefined);
        });
      });
    }
  }
  return false;
}
