import type { ThreadListParams } from 'openai/resources/beta/chatkit/threads';
import type {
  IndexState,
  IndexStatusBody,
  ThreadSummary,
  ThreadsPage,
} from '@/shared/api-contract';
import { connectWithRetry } from '@/server/db/connect-with-retry';
import { migrateToLatest, type Database } from '@/server/db/database';
import { createThreadIndexStore, type ThreadIndexStore } from '@/server/db/thread-index-store';
import type { Logger } from '@/server/logger';
import { createIndexer, META, type Indexer, type IndexerConfig } from './indexer';
import { createSeenBatcher } from './seen-batcher';
import { snapshotOf } from './thread-snapshot';

/** The shared thread index as the rest of the server sees it. */
export interface ThreadIndex {
  state(): Exclude<IndexState, 'off'>;
  /** The store, or undefined while its database cannot be reached. */
  store(): ThreadIndexStore | undefined;
  status(): Promise<IndexStatusBody>;
  /**
   * Write-through: what an agent's request just read upstream, written within a quarter of a
   * second with whatever else was read meanwhile. Never waits, never throws.
   */
  recordSeen(threads: readonly ThreadSummary[]): void;
  close(): Promise<void>;
}

export interface ThreadIndexDeps {
  database: Database;
  listThreads: (query: ThreadListParams) => Promise<ThreadsPage>;
  config: IndexerConfig;
  holder: string;
  logger: Logger;
  /** Between attempts to reach a database that is down (PostgreSQL); tests shorten it. */
  retryMinMs?: number;
  /** The indexer's lease length and tick; tests shorten them. */
  leaseTtlMs?: number;
  tickMs?: number;
}

/** How long one count of the index serves /api/index answers. */
const STATUS_TTL_MS = 2000;

/**
 * Migrates the database, then runs the indexer. SQLite's failures stop start-up (the caller
 * awaits `ready`); a PostgreSQL server that cannot be reached is tried again with backoff while
 * the app serves threads without an index (lists fall back to the upstream scan).
 */
export function startThreadIndex(deps: ThreadIndexDeps): {
  index: ThreadIndex;
  /** Settles once migrated; rejects only for SQLite (start-up cannot go on). */
  ready: Promise<void>;
} {
  const { database, logger } = deps;
  let store: ThreadIndexStore | undefined;
  let indexer: Indexer | undefined;
  let firstPassDone = false;
  let statusCache: { at: number; value: Promise<IndexStatusBody> } | undefined;
  const abort = new AbortController();
  const seen = createSeenBatcher({
    write: (snapshots, seenAt) => store?.record(snapshots, seenAt) ?? Promise.resolve(),
    onError: (error) =>
      logger.warn({ event: 'index_write_failed', err: error }, 'thread index write failed'),
  });

  async function connect(): Promise<void> {
    await connectWithRetry(
      database,
      async () => {
        await migrateToLatest(database);
        store = createThreadIndexStore(database);
        firstPassDone = (await store.getMeta(META.windowPassAt)) !== null;
        indexer = createIndexer({
          ...deps,
          store,
          onPass: (kind) => {
            if (kind === 'window') firstPassDone = true;
            // A pass changes the count and the time: the next answer says so at once.
            statusCache = undefined;
          },
        });
        indexer.start();
        logger.info({ event: 'index_ready', database: database.where }, 'thread index ready');
      },
      {
        retryMinMs: deps.retryMinMs,
        signal: abort.signal,
        onRetry: (error, retryInMs) =>
          logger.warn(
            { event: 'index_unavailable', database: database.where, retryInMs, err: error },
            'thread index database unreachable; lists use the API meanwhile',
          ),
      },
    );
  }

  async function readStatus(from: ThreadIndexStore): Promise<IndexStatusBody> {
    const [threads, headAt, windowAt] = await Promise.all([
      from.count(),
      from.getMeta(META.headPassAt),
      from.getMeta(META.windowPassAt),
    ]);
    firstPassDone = windowAt !== null;
    return {
      state: firstPassDone ? 'ready' : 'indexing',
      threads,
      updated_at: headAt === null ? null : Math.floor(Number(headAt) / 1000),
    };
  }

  const index: ThreadIndex = {
    state() {
      if (store === undefined) return 'unavailable';
      return firstPassDone ? 'ready' : 'indexing';
    },
    store: () => store,
    status() {
      if (store === undefined)
        return Promise.resolve({ state: 'unavailable', threads: 0, updated_at: null });
      // Counting every row costs milliseconds at 100,000 threads (tens on PostgreSQL) and every
      // list answer carries it: answers within STATUS_TTL_MS share one count.
      const at = Date.now();
      if (statusCache === undefined || at - statusCache.at >= STATUS_TTL_MS) {
        const value = readStatus(store);
        statusCache = { at, value };
        value.catch(() => {
          if (statusCache?.value === value) statusCache = undefined;
        });
      }
      return statusCache.value;
    },
    recordSeen(threads) {
      if (store === undefined || threads.length === 0) return;
      seen.add(threads.map(snapshotOf), Math.floor(Date.now() / 1000));
    },
    async close() {
      abort.abort();
      await seen.flush();
      await indexer?.stop();
    },
  };
  return { index, ready: connect() };
}
