import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createDemoClient, fetchVia, withoutRateLimitRetry, type Fetch } from './chatkit-client';

describe('fetchVia', () => {
  it('answers from the in-process app', async () => {
    const app = new Hono().get('/v1/ping', (c) => c.json({ pong: true }));
    const res = await fetchVia(app)('http://x.invalid/v1/ping', { method: 'GET' });
    expect(await res.json()).toEqual({ pong: true });
  });

  it('rejects when the signal aborts even if the app never answers', async () => {
    const never = { fetch: () => new Promise<Response>(() => undefined) };
    const controller = new AbortController();
    const pending = fetchVia(never)('http://x.invalid/', { signal: controller.signal });
    controller.abort(new DOMException('stop', 'AbortError'));
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('withoutRateLimitRetry', () => {
  const answer =
    (status: number): Fetch =>
    () =>
      Promise.resolve(new Response('{}', { status, headers: { 'retry-after': '30' } }));

  it('marks a 429 as not retryable and keeps its headers', async () => {
    const res = await withoutRateLimitRetry(answer(429))('http://x.invalid/', {});
    expect(res.status).toBe(429);
    expect(res.headers.get('x-should-retry')).toBe('false');
    expect(res.headers.get('retry-after')).toBe('30');
  });

  it('leaves other responses alone', async () => {
    const res = await withoutRateLimitRetry(answer(500))('http://x.invalid/', {});
    expect(res.headers.get('x-should-retry')).toBeNull();
  });
});

describe('createDemoClient', () => {
  it('reads the sample threads through the real SDK without a key or network', async () => {
    const client = createDemoClient(1000);
    const thread = await client.beta.chatkit.threads.retrieve('cthr_demo_refund_duplicate');
    expect(thread.status).toEqual({ type: 'locked', reason: 'Escalated to billing' });
  });
});
