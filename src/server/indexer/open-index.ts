import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { DatabaseStartError, openPostgres, openSqlite } from '@/server/db/database';
import type { ServerEnv } from '@/server/env';
import type { Logger } from '@/server/logger';
import type { ThreadsService } from '@/server/threads/threads-service';
import { withIndexWriteThrough } from './index-write-through';
import { startThreadIndex, type ThreadIndex } from './thread-index';

export interface OpenedIndex {
  /** Undefined when THREADLINE_INDEX=off. */
  index: ThreadIndex | undefined;
  /** The agent-facing service, writing through to the index when there is one. */
  wrap(threads: ThreadsService): ThreadsService;
  close(): Promise<void>;
}

/**
 * Opens our database (PostgreSQL at DATABASE_URL, else SQLite under THREADLINE_DATA_DIR) and
 * starts the index on it. A SQLite folder or file that cannot be used stops start-up with a
 * message naming it; a PostgreSQL server that cannot be reached does not (the index retries).
 */
export async function openIndex(
  env: ServerEnv,
  upstream: ThreadsService,
  logger: Logger,
): Promise<OpenedIndex> {
  if (!env.indexEnabled) {
    logger.info({ event: 'index_off' }, 'thread index off (THREADLINE_INDEX=off)');
    return { index: undefined, wrap: (threads) => threads, close: () => Promise.resolve() };
  }
  let database;
  try {
    database =
      env.databaseUrl === undefined ? openSqlite(env.dataDir) : openPostgres(env.databaseUrl);
  } catch (error) {
    exitWith(error);
  }
  const { index, ready } = startThreadIndex({
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
  // SQLite is ready at once or never; PostgreSQL may come later, and the app does not wait.
  if (database.kind === 'sqlite') await ready.catch(exitWith);
  else void ready;
  return {
    index,
    wrap: (threads) => withIndexWriteThrough(threads, index),
    close: () => index.close(),
  };
}

function exitWith(error: unknown): never {
  if (error instanceof DatabaseStartError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
