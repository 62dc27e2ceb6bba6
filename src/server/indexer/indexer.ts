import { APIError } from 'openai';
import type { ThreadListParams } from 'openai/resources/beta/chatkit/threads';
import type { ThreadsPage } from '@/shared/api-contract';
import type { ThreadIndexStore } from '@/server/db/thread-index-store';
import { retryAfterMs } from '@/server/http/retry-after';
import type { Logger } from '@/server/logger';
import { snapshotOf } from './thread-snapshot';

export interface IndexerConfig {
  /** How often new threads are picked up (THREADLINE_INDEX_HEAD_INTERVAL_MS). */
  headIntervalMs: number;
  /** How often every thread in the window is re-read (THREADLINE_INDEX_WINDOW_INTERVAL_MS). */
  windowIntervalMs: number;
  /** Threads created in the last this many days are indexed (THREADLINE_INDEX_DAYS). */
  windowDays: number;
  /** Upstream list calls per second at most (THREADLINE_INDEX_MAX_RPS). */
  maxRps: number;
}

export interface IndexerDeps {
  store: ThreadIndexStore;
  /** The upstream list call, uncached. */
  listThreads: (query: ThreadListParams) => Promise<ThreadsPage>;
  config: IndexerConfig;
  /** This replica's name in the lease. */
  holder: string;
  logger: Logger;
  now?: () => number;
  /** Told after each finished pass. */
  onPass?: (kind: 'head' | 'window') => void;
  /** Lease length and how often replicas ask for it; tests shorten them. */
  leaseTtlMs?: number;
  tickMs?: number;
}

export interface Indexer {
  start(): void;
  /** Ends the current call's wait, lets the lease go. */
  stop(): Promise<void>;
}

/** The lease's name, and how long it holds unless renewed: a dead leader's is taken in time. */
export const LEASE_NAME = 'indexer';
export const LEASE_TTL_MS = 15_000;
/** How often every replica asks for the lease, and the leader looks for a due pass. */
export const TICK_MS = 5_000;
const PAGE_LIMIT = 100;
const BACKOFF_START_MS = 1_000;
const BACKOFF_MAX_MS = 60_000;

/** Keys of index_meta: ms times of the last finished passes, and the head pass's high mark. */
export const META = {
  headPassAt: 'head_pass_at',
  windowPassAt: 'window_pass_at',
  /** created_at of the newest thread the last head pass saw: the next one stops there. */
  headNewest: 'head_newest_created_at',
} as const;

class LeaseLost extends Error {}

/**
 * Keeps the thread index fresh for the whole team. Every replica runs one; the one holding the
 * lease works: a head pass every headIntervalMs (newest first, until the threads the previous
 * one saw) and a window pass every windowIntervalMs (every thread created within windowDays,
 * then older rows dropped); the first pass is a window pass. Calls go one at a time, at most
 * maxRps a second; a 429 waits what its Retry-After says. Pass times live in the database, so
 * a replica taking over knows what is due.
 */
export function createIndexer(deps: IndexerDeps): Indexer {
  const { store, listThreads, config, holder, logger } = deps;
  const now = deps.now ?? Date.now;
  const leaseTtlMs = deps.leaseTtlMs ?? LEASE_TTL_MS;
  const tickMs = deps.tickMs ?? TICK_MS;
  const controller = new AbortController();
  let running: Promise<void> | undefined;
  let lastCallAt = 0;
  let failures = 0;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      if (controller.signal.aborted) return resolve();
      const timer = setTimeout(done, Math.max(0, ms));
      function done() {
        clearTimeout(timer);
        controller.signal.removeEventListener('abort', done);
        resolve();
      }
      controller.signal.addEventListener('abort', done, { once: true });
    });

  /** One list call at the allowed rate; a 429 is waited out and asked again. */
  async function list(after: string | undefined): Promise<ThreadsPage> {
    for (let backoff = BACKOFF_START_MS; ; backoff = Math.min(backoff * 2, BACKOFF_MAX_MS)) {
      await sleep(lastCallAt + 1000 / config.maxRps - now());
      if (controller.signal.aborted) throw new LeaseLost('stopping');
      lastCallAt = now();
      try {
        return await listThreads({ order: 'desc', limit: PAGE_LIMIT, ...(after && { after }) });
      } catch (error) {
        if (!(error instanceof APIError) || error.status !== 429) throw error;
        const headers = error.headers as Headers | undefined;
        const asked = headers ? retryAfterMs(headers, now()) : undefined;
        const wait = asked !== undefined && Number.isFinite(asked) ? asked : backoff;
        logger.warn(
          { event: 'index_rate_limited', waitMs: wait },
          'upstream asked the indexer to wait',
        );
        await sleep(Math.min(Math.max(wait, 0), BACKOFF_MAX_MS));
      }
    }
  }

  async function keepLease(): Promise<void> {
    if (!(await store.acquireLease(LEASE_NAME, holder, now(), leaseTtlMs)))
      throw new LeaseLost('another replica holds the lease');
  }

  /** Newest first until the window's start, or for a head pass until the last one's mark. */
  async function pass(kind: 'head' | 'window'): Promise<void> {
    const windowStart = Math.floor(now() / 1000) - config.windowDays * 86_400;
    const mark = kind === 'head' ? Number((await store.getMeta(META.headNewest)) ?? 0) : 0;
    let after: string | undefined;
    let newest = mark;
    let seen = 0;
    const started = now();
    for (;;) {
      await keepLease();
      const page = await list(after);
      const inWindow = page.data.filter((thread) => (thread.created_at ?? 0) >= windowStart);
      await store.record(inWindow.map(snapshotOf), Math.floor(now() / 1000));
      seen += inWindow.length;
      const times = page.data.map((thread) => thread.created_at ?? 0);
      newest = Math.max(newest, ...times);
      const oldest = Math.min(...times);
      const next = page.has_more && page.data.length > 0 ? page.last_id : null;
      if (next === null || oldest < windowStart || (kind === 'head' && oldest <= mark)) break;
      after = next;
    }
    if (kind === 'window') await store.dropCreatedBefore(windowStart);
    await store.setMeta(META.headNewest, String(newest));
    if (kind === 'window') await store.setMeta(META.windowPassAt, String(now()));
    await store.setMeta(META.headPassAt, String(now()));
    deps.onPass?.(kind);
    logger.info(
      { event: 'index_pass', kind, threads: seen, ms: now() - started },
      `index ${kind} pass done`,
    );
  }

  async function due(): Promise<'head' | 'window' | null> {
    const windowAt = Number((await store.getMeta(META.windowPassAt)) ?? 0);
    if (windowAt === 0 || now() - windowAt >= config.windowIntervalMs) return 'window';
    const headAt = Number((await store.getMeta(META.headPassAt)) ?? 0);
    return now() - headAt >= config.headIntervalMs ? 'head' : null;
  }

  async function tick(): Promise<void> {
    if (!(await store.acquireLease(LEASE_NAME, holder, now(), leaseTtlMs))) return;
    const kind = await due();
    if (kind !== null) await pass(kind);
  }

  async function loop(): Promise<void> {
    while (!controller.signal.aborted) {
      try {
        await tick();
        failures = 0;
        await sleep(tickMs);
      } catch (error) {
        if (error instanceof LeaseLost) {
          await sleep(tickMs);
          continue;
        }
        failures++;
        const wait = Math.min(BACKOFF_START_MS * 2 ** failures, BACKOFF_MAX_MS);
        logger.warn(
          { event: 'index_failed', err: error, retryInMs: wait },
          'index pass failed; trying again',
        );
        await sleep(Math.max(wait, tickMs));
      }
    }
  }

  return {
    start() {
      running ??= loop();
    },
    async stop() {
      controller.abort();
      await running;
      await store.releaseLease(LEASE_NAME, holder).catch(() => undefined);
    },
  };
}
