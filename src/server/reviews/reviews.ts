import { connectWithRetry } from '@/server/db/connect-with-retry';
import { migrateToLatest, type Database } from '@/server/db/database';
import { createReviewStore, type ReviewStore } from '@/server/db/review-store';
import type { Logger } from '@/server/logger';

/** The reviews, once their database is there; routes answer 503 reviews_unavailable before. */
export interface Reviews {
  store(): ReviewStore | undefined;
  close(): void;
}

export interface ReviewsDeps {
  database: Database;
  logger: Logger;
  /** Between attempts to reach a database that is down (PostgreSQL); tests shorten it. */
  retryMinMs?: number;
}

/**
 * Migrates the database (once for all: Kysely's migrator locks, and the index may be doing the
 * same) and then serves reviews from it. Like the index: SQLite's failures stop start-up (the
 * caller awaits `ready`); an unreachable PostgreSQL server is tried again in the background.
 */
export function startReviews({ database, logger, retryMinMs }: ReviewsDeps): {
  reviews: Reviews;
  ready: Promise<void>;
} {
  let store: ReviewStore | undefined;
  const abort = new AbortController();
  const ready = connectWithRetry(
    database,
    async () => {
      await migrateToLatest(database);
      store = createReviewStore(database);
    },
    {
      retryMinMs,
      signal: abort.signal,
      onRetry: (error, retryInMs) =>
        logger.warn(
          { event: 'reviews_unavailable', database: database.where, retryInMs, err: error },
          'review database unreachable; reviews are unavailable meanwhile',
        ),
    },
  ).then(() => undefined);
  return {
    reviews: { store: () => store, close: () => abort.abort() },
    ready,
  };
}
