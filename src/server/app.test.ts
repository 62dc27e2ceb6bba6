import { afterAll, describe, expect, it } from 'vitest';
import type { ItemsPage, ThreadDetail, ThreadsPage } from '@/shared/api-contract';
import { HEALTH_PATH, threadItemsPath, threadPath, threadsPath } from '@/shared/api-paths';
import { capturedLogs, expectNoKeyFragments, liveHarness, read } from './app-test-harness';

const REFUND = 'cthr_demo_refund_duplicate';

afterAll(() => {
  expect(capturedLogs.lines.length).toBeGreaterThan(0);
  expectNoKeyFragments(capturedLogs.lines.join('\n'));
});

describe('GET /api/health', () => {
  it('reports the mode', async () => {
    const { app } = liveHarness();
    const res = await read(await app.request(HEALTH_PATH));
    expect(res.status).toBe(200);
    expect(res.json).toEqual({
      status: 'ok',
      mode: 'live',
      auth: 'none',
      previewHosts: [],
      index: 'off',
    });
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('answers HEAD without a body', async () => {
    const { app } = liveHarness();
    const res = await app.request(HEALTH_PATH, { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
  });
});

describe('GET /api/threads/:threadId', () => {
  it('serves the thread as a summary, with the body as upstream sent it', async () => {
    const { app, upstream } = liveHarness();
    const res = await read(await app.request(threadPath(REFUND)));
    expect(res.status).toBe(200);
    const detail = res.json as ThreadDetail;
    expect(detail.thread).toEqual({
      id: REFUND,
      title: 'Refund for duplicate charge on order A-1023',
      created_at: 1795529100,
      status: { type: 'locked', reason: 'Escalated to billing' },
      user: 'maria.gomez@example.com',
    });
    expect(detail.inline_items).toBeNull();
    expect(detail.raw).toMatchObject({ id: REFUND, object: 'chatkit.thread' });
    expect(upstream).toEqual([{ method: 'GET', path: `/v1/chatkit/threads/${REFUND}`, query: {} }]);
  });

  it('serves the doc-example shape: unknown fields as null, inline items as entries', async () => {
    const { app } = liveHarness();
    const res = await read(await app.request(threadPath('cthr_demo_doc_example')));
    expect(res.status).toBe(200);
    const detail = res.json as ThreadDetail;
    expect(detail.thread).toMatchObject({
      created_at: null,
      status: { type: 'unknown', sent_type: null, reason: null },
      user: null,
    });
    expect(detail.inline_items).toMatchObject([
      { kind: 'item', item: { id: 'cthi_doc_01', type: 'chatkit.user_message' } },
      { kind: 'item', item: { id: 'cthi_doc_02', type: 'chatkit.assistant_message' } },
    ]);
    expect(detail.raw).toMatchObject({ items: { data: expect.any(Array) as unknown } });
    expect(detail.raw).not.toHaveProperty('created_at');
  });

  it('answers 404 thread_not_found for an unknown thread', async () => {
    const { app } = liveHarness();
    const res = await read(await app.request(threadPath('cthr_missing01')));
    expect(res.status).toBe(404);
    expect(res.json).toMatchObject({
      error: {
        code: 'thread_not_found',
        message: 'No thread with ID cthr_missing01 was found. Check the ID and try again.',
        requestId: res.headers.get('x-request-id'),
      },
    });
  });
});

describe('GET /api/threads/:threadId/items', () => {
  it('returns one page in the list envelope', async () => {
    const { app } = liveHarness();
    const path = threadItemsPath(REFUND, { order: 'asc', limit: 2 });
    const res = await read(await app.request(path));
    expect(res.status).toBe(200);
    const page = res.json as ItemsPage;
    expect(page).toMatchObject({ object: 'list', has_more: true });
    const ids = page.data.map((entry) => (entry.kind === 'item' ? entry.item.id : entry.id));
    expect(ids).toHaveLength(2);
    expect(page.first_id).toBe(ids[0]);
    expect(page.last_id).toBe(ids[1]);
  });

  it('serves items outside the SDK union as unknown entries, beside the known ones', async () => {
    const { app } = liveHarness();
    const path = threadItemsPath('cthr_demo_hostile', { order: 'asc', limit: 100 });
    const page = (await read(await app.request(path))).json as ItemsPage;
    const unknown = page.data.filter((entry) => entry.kind === 'unknown');
    expect(unknown).toMatchObject([
      { id: 'cthi_hostile_07', type: 'chatkit.generated_image', raw: { image: {} } },
      { id: 'cthi_hostile_08', type: 'chatkit.end_of_turn' },
    ]);
    expect(page.data.length).toBeGreaterThan(unknown.length);
  });

  it('pages through a 640-item thread by following last_id, without duplicates', async () => {
    const { app } = liveHarness();
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page += 1) {
      const query = { order: 'asc', limit: 100, after: after ?? undefined } as const;
      const res = await read(await app.request(threadItemsPath('cthr_demo_long_history', query)));
      expect(res.status).toBe(200);
      const body = res.json as ItemsPage;
      seen.push(...body.data.map((entry) => (entry.kind === 'item' ? entry.item.id : '')));
      if (!body.has_more) break;
      after = body.last_id;
    }
    expect(seen.length).toBeGreaterThanOrEqual(640);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('forwards only known parameters', async () => {
    const { app, upstream } = liveHarness();
    const path = `/api/threads/${REFUND}/items?limit=5&order=desc&foo=bar&user=x&api_key=k`;
    expect((await app.request(path)).status).toBe(200);
    expect(upstream.map((r) => r.query)).toEqual([{ limit: '5', order: 'desc' }]);
  });
});

describe('GET /api/threads', () => {
  it('lists threads as summaries, forwarding only known parameters', async () => {
    const { app, upstream } = liveHarness();
    const res = await read(
      await app.request(`${threadsPath({ limit: 2, order: 'desc' })}&extra=1`),
    );
    expect(res.status).toBe(200);
    const page = res.json as ThreadsPage;
    expect(page).toMatchObject({ object: 'list', has_more: true });
    expect(page.data).toHaveLength(2);
    for (const thread of page.data) {
      expect(Object.keys(thread).sort()).toEqual(['created_at', 'id', 'status', 'title', 'user']);
    }
    expect(upstream[0]).toMatchObject({
      path: '/v1/chatkit/threads',
      query: { limit: '2', order: 'desc' },
    });
  });

  it('filters by user', async () => {
    const { app, upstream } = liveHarness();
    const res = await read(await app.request(threadsPath({ user: 'anon_5c2e91' })));
    expect((res.json as ThreadsPage).data.map((thread) => thread.id)).toEqual([
      'cthr_demo_future_status',
    ]);
    expect(upstream[0]?.query).toEqual({ user: 'anon_5c2e91' });
  });
});
