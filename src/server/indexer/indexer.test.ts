import { RateLimitError } from 'openai';
import type { ThreadListParams } from 'openai/resources/beta/chatkit/threads';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ThreadSummary, ThreadsPage } from '@/shared/api-contract';
import { migrateToLatest } from '@/server/db/database';
import { sqliteTestDatabase, type TestDatabase } from '@/server/db/test-databases';
import { createThreadIndexStore, type ThreadIndexStore } from '@/server/db/thread-index-store';
import { createLogger } from '@/server/logger';
import { createIndexer, type Indexer, type IndexerConfig } from './indexer';

const DAY = 86_400;
const logger = createLogger('silent');

/**
 * An upstream list of threads, newest first, paged by `after` as the API does; it counts calls,
 * notes any overlap between them, and can answer 429 first.
 */
function fakeUpstream(threads: ThreadSummary[]) {
  const state = { calls: [] as ThreadListParams[], inFlight: 0, overlapped: false, rateLimits: 0 };
  async function listThreads(query: ThreadListParams): Promise<ThreadsPage> {
    state.calls.push(query);
    state.inFlight++;
    if (state.inFlight > 1) state.overlapped = true;
    try {
      await new Promise((resolve) => setTimeout(resolve, 2));
      if (state.rateLimits > 0) {
        state.rateLimits--;
        throw new RateLimitError(
          429,
          undefined,
          'slow down',
          new Headers({ 'retry-after-ms': '300' }),
        );
      }
      const sorted = [...threads].sort((a, b) => (b.created_at ?? 0) - (a.created_at ?? 0));
      const start = query.after ? sorted.findIndex((t) => t.id === query.after) + 1 : 0;
      const data = sorted.slice(start, start + (query.limit ?? 20));
      return {
        object: 'list',
        data,
        first_id: data[0]?.id ?? null,
        last_id: data.at(-1)?.id ?? null,
        has_more: start + data.length < sorted.length,
      };
    } finally {
      state.inFlight--;
    }
  }
  return { state, listThreads };
}

function thread(
  id: string,
  createdAt: number,
  status: 'active' | 'locked' = 'active',
): ThreadSummary {
  return {
    id,
    title: `Thread ${id}`,
    created_at: createdAt,
    status: status === 'active' ? { type: 'active' } : { type: 'locked', reason: 'Escalated' },
    user: 'user@example.com',
  };
}

const nowSeconds = () => Math.floor(Date.now() / 1000);
const config: IndexerConfig = {
  headIntervalMs: 200,
  windowIntervalMs: 60_000,
  windowDays: 30,
  maxRps: 50,
};

async function until(check: () => Promise<boolean> | boolean, timeoutMs = 5000) {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('the indexer', () => {
  let test: TestDatabase;
  let store: ThreadIndexStore;
  const running: Indexer[] = [];

  beforeEach(async () => {
    test = sqliteTestDatabase();
    await migrateToLatest(test.database);
    store = createThreadIndexStore(test.database);
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map((indexer) => indexer.stop()));
    await test.drop();
  });

  function start(listThreads: (query: ThreadListParams) => Promise<ThreadsPage>, holder = 'a') {
    const indexer = createIndexer({
      store,
      listThreads,
      config,
      holder,
      logger,
      tickMs: 20,
      leaseTtlMs: 300,
    });
    running.push(indexer);
    indexer.start();
    return indexer;
  }

  it('indexes every thread of the window, newest first, one call at a time, within the rate', async () => {
    const now = nowSeconds();
    const threads = [
      ...Array.from({ length: 250 }, (_, n) => thread(`cthr_${String(n)}`, now - n * 60)),
      thread('cthr_too_old', now - 40 * DAY),
    ];
    const upstream = fakeUpstream(threads);
    start(upstream.listThreads);
    await until(async () => (await store.count()) === 250);
    expect(await store.get('cthr_too_old')).toBeNull();
    expect(upstream.state.calls.slice(0, 3)).toEqual([
      { order: 'desc', limit: 100 },
      { order: 'desc', limit: 100, after: 'cthr_99' },
      { order: 'desc', limit: 100, after: 'cthr_199' },
    ]);
    expect(upstream.state.overlapped).toBe(false);
  });

  it('keeps to THREADLINE_INDEX_MAX_RPS', async () => {
    const now = nowSeconds();
    const threads = Array.from({ length: 500 }, (_, n) => thread(`cthr_${String(n)}`, now - n));
    const upstream = fakeUpstream(threads);
    const started = Date.now();
    start(upstream.listThreads);
    await until(async () => (await store.count()) === 500);
    // Five calls at 50 a second: the last starts at least 80 ms after the first.
    expect(Date.now() - started).toBeGreaterThanOrEqual(80);
  });

  it('picks up new threads with a head pass that stops where the last pass began', async () => {
    const now = nowSeconds();
    const threads = Array.from({ length: 300 }, (_, n) =>
      thread(`cthr_${String(n)}`, now - 100 - n),
    );
    const upstream = fakeUpstream(threads);
    start(upstream.listThreads);
    await until(async () => (await store.count()) === 300);
    const callsAfterFirstPass = upstream.state.calls.length;
    threads.push(thread('cthr_new', now), thread('cthr_newer', now + 1, 'locked'));
    await until(async () => (await store.get('cthr_newer')) !== null);
    expect(await store.get('cthr_newer')).toMatchObject({ status: 'locked', reason: 'Escalated' });
    // The head pass read one page: the new threads and the mark are on it.
    expect(upstream.state.calls.length - callsAfterFirstPass).toBeLessThanOrEqual(2);
  });

  it('waits out a 429 for as long as it asks, then goes on', async () => {
    const now = nowSeconds();
    const upstream = fakeUpstream([thread('cthr_a', now), thread('cthr_b', now - 1)]);
    upstream.state.rateLimits = 1;
    const started = Date.now();
    start(upstream.listThreads);
    await until(async () => (await store.count()) === 2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
  });

  it('runs on one replica at a time; another takes over when it stops', async () => {
    const now = nowSeconds();
    const threads = Array.from({ length: 50 }, (_, n) => thread(`cthr_${String(n)}`, now - n));
    const a = fakeUpstream(threads);
    const b = fakeUpstream(threads);
    const leader = start(a.listThreads, 'replica-a');
    await until(() => a.state.calls.length > 0);
    start(b.listThreads, 'replica-b');
    // Several head intervals pass: only the leader calls upstream.
    await until(() => a.state.calls.length >= 4);
    expect(b.state.calls).toHaveLength(0);
    await leader.stop();
    threads.push(thread('cthr_after_takeover', now + 5));
    await until(async () => (await store.get('cthr_after_takeover')) !== null);
    expect(b.state.calls.length).toBeGreaterThan(0);
  });
});
