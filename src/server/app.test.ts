import { afterAll, describe, expect, it } from 'vitest';
import { capturedLogs, expectNoKeyFragments, liveHarness, read } from './app-test-harness';

const REFUND = 'cthr_demo_refund_duplicate';

afterAll(() => {
  expect(capturedLogs.lines.length).toBeGreaterThan(0);
  expectNoKeyFragments(capturedLogs.lines.join('\n'));
});

describe('GET /api/health', () => {
  it('reports the mode', async () => {
    const { app } = liveHarness();
    const res = await read(await app.request('/api/health'));
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ status: 'ok', mode: 'live', auth: 'none', previewHosts: [] });
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('answers HEAD without a body', async () => {
    const { app } = liveHarness();
    const res = await app.request('/api/health', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
  });
});

describe('GET /api/threads/:threadId', () => {
  it('returns the thread as the API sent it', async () => {
    const { app, upstream } = liveHarness();
    const res = await read(await app.request(`/api/threads/${REFUND}`));
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      id: REFUND,
      object: 'chatkit.thread',
      status: { type: 'locked', reason: 'Escalated to billing' },
    });
    expect(upstream).toEqual([{ method: 'GET', path: `/v1/chatkit/threads/${REFUND}`, query: {} }]);
  });

  it('passes the doc-example shape through, inline items and missing fields included', async () => {
    const { app } = liveHarness();
    const res = await read(await app.request('/api/threads/cthr_demo_doc_example'));
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      id: 'cthr_demo_doc_example',
      items: { data: expect.any(Array) as unknown, has_more: false },
    });
    expect(res.json).not.toHaveProperty('created_at');
  });

  it('answers 404 thread_not_found for an unknown thread', async () => {
    const { app } = liveHarness();
    const res = await read(await app.request('/api/threads/cthr_missing01'));
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
    const res = await read(await app.request(`/api/threads/${REFUND}/items?order=asc&limit=2`));
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ object: 'list', has_more: true });
    const page = res.json as { data: { id: string }[]; first_id: string; last_id: string };
    expect(page.data).toHaveLength(2);
    expect(page.first_id).toBe(page.data[0]?.id);
    expect(page.last_id).toBe(page.data[1]?.id);
  });

  it('pages through a 640-item thread by following last_id, without duplicates', async () => {
    const { app } = liveHarness();
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page += 1) {
      const query = `order=asc&limit=100${after ? `&after=${after}` : ''}`;
      const res = await read(
        await app.request(`/api/threads/cthr_demo_long_history/items?${query}`),
      );
      expect(res.status).toBe(200);
      const body = res.json as {
        data: { id: string }[];
        last_id: string | null;
        has_more: boolean;
      };
      seen.push(...body.data.map((item) => item.id));
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
  it('lists threads with a user filter and pagination', async () => {
    const { app, upstream } = liveHarness();
    const res = await read(await app.request('/api/threads?limit=2&order=desc&extra=1'));
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ object: 'list', has_more: true });
    expect(upstream[0]).toMatchObject({
      path: '/v1/chatkit/threads',
      query: { limit: '2', order: 'desc' },
    });
  });
});
