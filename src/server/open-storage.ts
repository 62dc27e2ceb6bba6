import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { DatabaseStartError, openPostgres, openSqlite } from '@/server/db/database';
import type { ServerEnv } from '@/server/env';
import type { Logger } from '@/server/logger';
import type { ThreadsService } from '@/server/threads/threads-service';
import { withIndexWriteThrough } from './indexer/index-write-through';
import { startThreadIndex, type ThreadIndex } from './indexer/thread-index';
import { startReviews, type Reviews } from './reviews/reviews';

export interface OpenedStorage {
  /** Undefined when THREADLINE_INDEX=off. */
  index: ThreadIndex | undefined;
  reviews: Reviews;
  /** The agent-facing service, writing through to the index when there is one. */
  wrap(threads: ThreadsService): ThreadsService;
  close(): Promise<void>;
}

/**
 * Opens our database (PostgreSQL at DATABASE_URL, else SQLite under THREADLINE_DATA_DIR) for
 * the reviews, and the thread index unless THREADLINE_INDEX=off. A SQLite folder or file that
 * cannot be used stops start-up with a message naming it; a PostgreSQL server that cannot be
 * reached does not (both retry in the background).
 */
export async function openStorage(
  env: ServerEnv,
  upstream: ThreadsService,
  logger: Logger,
): Promise<OpenedStorage> {
  let database;
  try {
    database =
      env.databaseUrl === undefined ? openSqlite(env.dataDir) : openPostgres(env.databaseUrl);
  } catch (error) {
    exitWith(error);
  }
  const started = startReviews({ database, logger });
  let index: ThreadIndex | undefined;
  let indexReady: Promise<void> = Promise.resolve();
  if (env.indexEnabled) {
    const opened = startThreadIndex({
      database,
      listThreads: (query) => upstream.listThreads(query),
      config: {
        headIntervalMs: env.indexHeadIntervalMs,
        windowIntervalMs: env.indexWindowIntervalMs,
        windowDays: env.indexDays,
        maxRps: env.indexMaxRps,
      },
      holder: `${hostname()}:${String(process.pid)}:${randomUUID().slice(0, 8)}`,
      logger,
    });
    index = opened.index;
    indexReady = opened.ready;
  } else {
    logger.info({ event: 'index_off' }, 'thread index off (THREADLINE_INDEX=off)');
  }
  // SQLite is ready at once or never; PostgreSQL may come later, and the app does not wait.
  if (database.kind === 'sqlite') await Promise.all([started.ready, indexReady]).catch(exitWith);
  return {
    index,
    reviews: started.reviews,
    wrap: (threads) => (index === undefined ? threads : withIndexWriteThrough(threads, index)),
    async close() {
      started.reviews.close();
      await index?.close();
      await database.close();
    },
  };
}

function exitWith(error: unknown): never {
  if (error instanceof DatabaseStartError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
