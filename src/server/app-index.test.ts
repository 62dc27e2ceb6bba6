import { afterEach, describe, expect, it, vi } from 'vitest';
import type { IndexOverviewBody, IndexThreadsPage } from '@/shared/api-contract';
import { createApp } from './app';
import { read, standInThreads } from './app-test-harness';
import { sqliteTestDatabase, type TestDatabase } from './db/test-databases';
import { withIndexWriteThrough } from './indexer/index-write-through';
import { startThreadIndex, type ThreadIndex } from './indexer/thread-index';
import { startReviews } from './reviews/reviews';
import { createLogger } from './logger';

const logger = createLogger('silent');
const opened: { index: ThreadIndex; test: TestDatabase }[] = [];

afterEach(async () => {
  for (const { index, test } of opened.splice(0)) {
    await index.close().catch(() => undefined);
    await test.drop().catch(() => undefined);
  }
});

/** A live-mode app over the in-process stand-in, with an index on a real SQLite file. */
async function indexedApp() {
  const upstreamPaths: string[] = [];
  const upstream = standInThreads(({ path }) => upstreamPaths.push(path));
  const test = sqliteTestDatabase();
  const { index, ready } = startThreadIndex({
    database: test.database,
    listThreads: (query) => upstream.listThreads(query),
    // The demo threads are dated 2025: a window that reaches them.
    config: { headIntervalMs: 60_000, windowIntervalMs: 600_000, windowDays: 3650, maxRps: 100 },
    holder: 'test',
    logger,
    tickMs: 20,
  });
  opened.push({ index, test });
  await ready;
  const started = startReviews({ database: test.database, logger });
  await started.ready;
  const app = createApp({
    threads: withIndexWriteThrough(upstream, index),
    mode: 'live',
    logger,
    index,
    indexDays: 30,
    reviews: started.reviews,
  });
  const get = async (path: string) => read(await app.request(path));
  await expect
    .poll(async () => ((await get('/api/index/threads')).json as IndexThreadsPage).index.state)
    .toBe('ready');
  return { app, get, index, test, reviews: started.reviews, upstreamPaths };
}

describe('GET /api/index/threads', () => {
  it('lists what the indexer read, newest first, with counts per status', async () => {
    const { get } = await indexedApp();
    const res = await get('/api/index/threads?limit=5');
    expect(res.status).toBe(200);
    const page = res.json as IndexThreadsPage;
    expect(page.data).toHaveLength(5);
    const times = page.data.map((thread) => thread.created_at ?? 0);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(page.next).toMatch(/^\d+\.cthr_/);
    const total = Object.values(page.counts).reduce((sum, n) => sum + n, 0);
    expect(page.index).toMatchObject({ state: 'ready', threads: total });
    expect(page.counts.locked).toBeGreaterThan(0);
    expect((await get('/api/health')).json).toMatchObject({ index: 'ready' });

    // The next page continues where this one ended.
    const next = (await get(`/api/index/threads?limit=5&after=${page.next ?? ''}`))
      .json as IndexThreadsPage;
    expect(next.data[0]?.created_at ?? 0).toBeLessThanOrEqual(times.at(-1) ?? 0);
    expect(next.data.map((t) => t.id)).not.toContain(page.data[0]?.id);
  });

  it('filters by status and by words of the title, in the statuses the API uses', async () => {
    const { get } = await indexedApp();
    const locked = (await get('/api/index/threads?status=locked&limit=100'))
      .json as IndexThreadsPage;
    expect(locked.data.length).toBe(locked.counts.locked);
    for (const thread of locked.data) expect(thread.status.type).toBe('locked');
    const refunds = (await get('/api/index/threads?q=refund&limit=100')).json as IndexThreadsPage;
    expect(refunds.data.length).toBeGreaterThan(0);
    for (const thread of refunds.data) expect(thread.title?.toLowerCase()).toContain('refund');
  });

  it('gives each row its review in brief, and filters by review state and claim', async () => {
    const { get, reviews } = await indexedApp();
    const store = reviews.store();
    if (!store) throw new Error('no review store');
    const first = ((await get('/api/index/threads?status=locked&limit=3')).json as IndexThreadsPage)
      .data;
    const [claimed, done] = first;
    if (!claimed || !done) throw new Error('too few locked threads');
    const fields = (
      state: 'in_review' | 'done',
      claimedBy: string | null,
      outcome: string | null,
    ) => ({ state, claimedBy, outcome, note: '' });
    await store.save(claimed.id, fields('in_review', 'ana', null), 0, 'ana', 1);
    await store.save(done.id, fields('done', null, 'bot error'), 0, 'ben', 1);
    const page = (await get('/api/index/threads?status=locked&limit=3')).json as IndexThreadsPage;
    expect(page.data.slice(0, 2).map((row) => row.review ?? null)).toEqual([
      { state: 'in_review', claimed_by: 'ana', outcome: null },
      { state: 'done', claimed_by: null, outcome: 'bot error' },
    ]);
    const everyLocked = (await get('/api/index/threads?status=locked&limit=100'))
      .json as IndexThreadsPage;
    expect(
      everyLocked.data
        .filter((row) => row.review)
        .map((row) => row.id)
        .sort(),
    ).toEqual([claimed.id, done.id].sort());
    const mine = (await get('/api/index/threads?review=in_review&claimed_by=ana'))
      .json as IndexThreadsPage;
    expect(mine.data.map((row) => row.id)).toEqual([claimed.id]);
    const open = (await get('/api/index/threads?status=locked&review=unreviewed&limit=100'))
      .json as IndexThreadsPage;
    expect(open.data.map((row) => row.id)).not.toContain(done.id);
    expect(open.counts.locked).toBe(page.counts.locked - 2);
    expect((await get('/api/index/threads?review=maybe')).status).toBe(400);
  });

  it.each([
    ['status=bogus', /status must list one or more of active, locked, closed, unknown/],
    ['from=2026-02-31', /from must be a date written YYYY-MM-DD/],
    ['from=2026-03-02&to=2026-03-01', /from must not be after to/],
    ['limit=0', /limit must be a whole number from 1 to 100/],
    ['sort=random', /sort must be newest or oldest/],
    ['after=%27%20OR%201%3D1', /after must be the `next` value of a previous page/],
    ['id=cthr_%25', /id must be the start of a thread ID/],
    [`q=${'x'.repeat(10_000)}`, /Search text \(q\) is at most 200 characters/],
  ])('refuses %s with a 400 that says what is wrong', async (query, message) => {
    const { get } = await indexedApp();
    const res = await get(`/api/index/threads?${query}`);
    expect(res.status).toBe(400);
    expect(res.json).toMatchObject({ error: { code: 'invalid_request', message } });
  });

  it('counts the index once for answers close together, not once per answer', async () => {
    const { get, index } = await indexedApp();
    const store = index.store();
    if (!store) throw new Error('no store');
    const count = vi.spyOn(store, 'count');
    const answers = await Promise.all([1, 2, 3].map(() => get('/api/index/threads?limit=1')));
    await get('/api/index/status');
    expect(answers.map((res) => res.status)).toEqual([200, 200, 200]);
    expect(count.mock.calls.length).toBeLessThanOrEqual(1);
  });

  it('answers 503 index_unavailable, not 500, when its database fails', async () => {
    const { get, test } = await indexedApp();
    await test.database.close();
    const res = await get('/api/index/threads');
    expect(res.status).toBe(503);
    expect(res.json).toMatchObject({ error: { code: 'index_unavailable' } });
    expect(res.headers.get('retry-after')).toBe('30');
  });

  it('answers 503 index_off when the index is turned off, and health says so', async () => {
    const app = createApp({ threads: standInThreads(), mode: 'live', logger });
    const res = await read(await app.request('/api/index/threads'));
    expect(res.status).toBe(503);
    expect(res.json).toMatchObject({ error: { code: 'index_off' } });
    expect((await read(await app.request('/api/health'))).json).toMatchObject({ index: 'off' });
  });
});

describe('write-through', () => {
  it('an opened thread writes its fresh status into the index within a second (in a batch)', async () => {
    const { get, index } = await indexedApp();
    const store = index.store();
    const first = ((await get('/api/index/threads?status=locked&limit=1')).json as IndexThreadsPage)
      .data[0];
    if (!store || !first) throw new Error('no locked thread indexed');
    // A stale row, as if the thread had changed since the last pass.
    await store.record(
      [
        {
          id: first.id,
          createdAt: first.created_at ?? 0,
          status: 'active',
          reason: null,
          title: first.title,
          user: first.user,
        },
      ],
      Math.floor(Date.now() / 1000),
    );
    expect((await store.get(first.id))?.status).toBe('active');
    expect((await get(`/api/threads/${first.id}`)).status).toBe(200);
    await expect.poll(async () => (await store.get(first.id))?.status).toBe('locked');
  });
});

describe('review writes', () => {
  it('save without asking OpenAI whether a thread the index holds exists', async () => {
    const { app, get, upstreamPaths } = await indexedApp();
    const thread = (
      (await get('/api/index/threads?status=locked&limit=1')).json as IndexThreadsPage
    ).data[0];
    if (!thread) throw new Error('no locked thread indexed');
    const write = { 'X-Threadline-Write': '1', 'Content-Type': 'application/json' };
    const named = await app.request('/api/me', {
      method: 'PUT',
      headers: write,
      body: JSON.stringify({ name: 'ana' }),
    });
    const cookie = named.headers.getSetCookie()[0]?.split(';')[0] ?? '';
    const review = `/api/threads/${thread.id}/review`;
    const save = (path: string) =>
      app.request(path, {
        method: 'PUT',
        headers: { ...write, Cookie: cookie, 'If-Match': '"0"' },
        body: JSON.stringify({ state: 'in_review', claimed_by: 'ana', outcome: null, note: '' }),
      });
    const flag = await app.request(`${review}/flags`, {
      method: 'POST',
      headers: { ...write, Cookie: cookie },
      body: JSON.stringify({ item_id: 'cthi_1', kind: 'good', comment: '' }),
    });
    expect(flag.status).toBe(201);
    expect((await save(review)).status).toBe(409);
    expect(upstreamPaths.filter((path) => path.includes(thread.id))).toEqual([]);
    // A thread the index has not seen is asked for, and one that does not exist is refused.
    expect((await save('/api/threads/cthr_not_indexed/review')).status).toBe(404);
    expect(upstreamPaths.filter((path) => path.includes('cthr_not_indexed'))).toHaveLength(1);
  });
});

describe('GET /api/index/overview', () => {
  it('sums the window per day by status and locked threads by reason', async () => {
    const { get } = await indexedApp();
    const res = await get('/api/index/overview');
    expect(res.status).toBe(200);
    const overview = res.json as IndexOverviewBody;
    expect(overview.days).toHaveLength(30);
    expect(overview.days.at(-1)?.day).toBe(new Date().toISOString().slice(0, 10));
    expect(overview.locked).toBeGreaterThan(0);
    const byReason = overview.locked_by_reason.reduce((sum, row) => sum + row.count, 0);
    expect(byReason).toBe(overview.locked);
    expect(overview.oldest_locked?.status.type).toBe('locked');
  });
});
