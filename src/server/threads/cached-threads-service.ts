import { LRUCache } from 'lru-cache';
import { APIUserAbortError } from 'openai';
import type { CacheStatus, CallOptions, ThreadsService } from './threads-service';

export interface CacheOptions {
  /** How long a successful answer is reused (THREADLINE_CACHE_TTL_MS); 0 keeps none. */
  ttlMs: number;
  /** Defaults suit a single server: 1,000 answers and 32 MiB of JSON at most. */
  maxEntries?: number;
  maxBytes?: number;
}

type Load = () => Promise<object>;
type Status = LRUCache.Status<string, object, Load>;

const MAX_ENTRIES = 1000;
const MAX_BYTES = 32 * 1024 * 1024;

/** JSON length in UTF-16 units: close enough to bytes to bound memory. Once per stored answer. */
function approximateBytes(value: object): number {
  return Math.max(1, JSON.stringify(value).length);
}

function cacheStatus(status: Status): CacheStatus {
  if (status.fetch === 'hit') return 'hit';
  return status.fetch === 'inflight' ? 'coalesced' : 'miss';
}

/**
 * Every parameter that goes upstream is part of the key, in a fixed order, as JSON so that no
 * separator inside a value can make two different requests collide.
 */
function cacheKey(method: string, threadId: string, query: object = {}): string {
  const params = Object.entries(query)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify([method, threadId, params]);
}

/** A promise that rejects when `signal` aborts, and a function to stop listening. */
function rejectOnAbort(signal: AbortSignal) {
  const listener = { onAbort: () => undefined as unknown };
  const promise = new Promise<never>((_, reject) => {
    listener.onAbort = () => {
      reject(signal.reason as Error);
    };
    if (signal.aborted) listener.onAbort();
    signal.addEventListener('abort', listener.onAbort, { once: true });
  });
  promise.catch(() => undefined); // observed only through waitFor's race
  return { promise, release: () => signal.removeEventListener('abort', listener.onAbort) };
}

/** Waits for a shared call on behalf of one request; that request leaving stops only its wait. */
async function waitFor<T>(shared: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return shared;
  const aborted = rejectOnAbort(signal);
  try {
    return await Promise.race([shared, aborted.promise]);
  } catch (err) {
    // Same error the SDK gives an aborted call, so the mapping and the audit line agree.
    if (signal.aborted) throw new APIUserAbortError();
    throw err;
  } finally {
    aborted.release();
  }
}

/**
 * Absorbs bursts (many agents opening the same escalation): identical concurrent calls share
 * one upstream request, and successes are reused for a few seconds. Failures are never kept.
 */
export function createCachedThreadsService(
  inner: ThreadsService,
  { ttlMs, maxEntries = MAX_ENTRIES, maxBytes = MAX_BYTES }: CacheOptions,
): ThreadsService {
  const storing = ttlMs > 0;
  const cache = new LRUCache<string, object, Load>({
    max: maxEntries,
    maxSize: maxBytes,
    // With caching off, every answer counts as too big to keep: lru-cache still shares the
    // in-flight call between identical requests but stores nothing afterwards.
    maxEntrySize: storing ? maxBytes : 1,
    sizeCalculation: storing ? approximateBytes : () => 2,
    ttl: ttlMs,
    // The shared call outlives any one request. Eviction or expiry while it runs must not
    // abort it for the others, who get its answer either way.
    ignoreFetchAbort: true,
    fetchMethod: (_key, _stale, { context }) => context(),
  });

  async function read<T extends object>(
    key: string,
    load: () => Promise<T>,
    options: CallOptions = {},
  ): Promise<T> {
    const { probe } = options;
    const status: Status = {};
    const started = performance.now();
    try {
      // No signal here: one agent closing the tab must not cancel the call others wait on.
      const shared = cache.fetch(key, { context: load, status });
      // A hit has nothing to wait for, so it leaves the agent's signal (an AbortController
      // per request) uncreated.
      const value = await (status.fetch === 'hit' ? shared : waitFor(shared, options.signal));
      if (value === undefined) throw new Error('the cache answered without a value');
      // The key's prefix names the method, so the value has that method's type.
      return value as T;
    } finally {
      if (probe) {
        probe.cache = cacheStatus(status);
        if (probe.cache !== 'hit') probe.upstreamMs = Math.round(performance.now() - started);
      }
    }
  }

  return {
    getThread: (threadId, options) =>
      read(cacheKey('thread', threadId), () => inner.getThread(threadId), options),
    listItems: (threadId, query, options) =>
      read(cacheKey('items', threadId, query), () => inner.listItems(threadId, query), options),
    listThreads: (query, options) =>
      read(cacheKey('threads', '', query), () => inner.listThreads(query), options),
  };
}
