import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createDemoClient, fetchVia } from './chatkit-client';

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

  it('still rejects on abort after garbage collection (a Request holds its signal weakly)', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    // Like the stand-in's hang fault: waits for the request's own signal, holds nothing else.
    const hang = {
      fetch: (request: Request) =>
        new Promise<Response>((resolve) => {
          request.signal.addEventListener('abort', () => resolve(new Response('late')));
        }),
    };
    const controller = new AbortController();
    const pending = fetchVia(hang)('http://x.invalid/', { signal: controller.signal });
    const outcome = pending.then(
      () => 'resolved',
      () => 'rejected',
    );
    for (let i = 0; i < 5; i += 1) {
      gc();
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    controller.abort();
    const timeout = new Promise((resolve) => setTimeout(() => resolve('still pending'), 200));
    expect(await Promise.race([outcome, timeout])).toBe('rejected');
  });
});

describe('createDemoClient', () => {
  it('reads the sample threads through the real SDK without a key or network', async () => {
    const client = createDemoClient(1000);
    const thread = await client.beta.chatkit.threads.retrieve('cthr_demo_refund_duplicate');
    expect(thread.status).toEqual({ type: 'locked', reason: 'Escalated to billing' });
  });

  it('answers after the given latency (THREADLINE_DEMO_LATENCY_MS), calls side by side', async () => {
    const threads = createDemoClient(1000, undefined, 150).beta.chatkit.threads;
    const started = performance.now();
    await Promise.all([
      threads.retrieve('cthr_demo_refund_duplicate'),
      threads.listItems('cthr_demo_refund_duplicate'),
      threads.list(),
    ]);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(145);
    // One after another, the three would take 450 ms.
    expect(elapsed).toBeLessThan(400);
  });
});
