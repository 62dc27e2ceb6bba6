import type { Context } from 'hono';
import { describe, expect, it } from 'vitest';
import { liveHarness, read } from './app-test-harness';

const REFUND = `/api/threads/cthr_demo_refund_duplicate`;

/** Client address from a test header, standing in for the socket app.request() lacks. */
const addressFromTestHeader = (c: Context) => c.req.header('x-test-address') ?? 'unknown';

function limited(perMinute: number, behindSso = false) {
  return liveHarness({
    rateLimitPerMinute: perMinute,
    clientAddress: addressFromTestHeader,
    access: behindSso ? { trustedUserHeader: 'X-Forwarded-Email' } : undefined,
  });
}

async function burst(app: ReturnType<typeof limited>['app'], count: number, headers = {}) {
  const statuses: number[] = [];
  for (let i = 0; i < count; i += 1) {
    statuses.push((await app.request(REFUND, { headers })).status);
  }
  return statuses;
}

describe('per-client rate limit (THREADLINE_RATE_LIMIT)', () => {
  it('answers 429 rate_limited with Retry-After past the limit, without calling upstream', async () => {
    const { app, upstream } = limited(5);
    expect(await burst(app, 5)).toEqual([200, 200, 200, 200, 200]);
    const callsBefore = upstream.length;
    const res = await read(await app.request(`${REFUND}/items`));
    expect(res.status).toBe(429);
    const seconds = Number(res.headers.get('retry-after'));
    expect(seconds).toBeGreaterThanOrEqual(1);
    expect(seconds).toBeLessThanOrEqual(60);
    expect(res.json).toMatchObject({
      error: {
        code: 'rate_limited',
        retryAfterSeconds: seconds,
        message: expect.stringMatching(
          /^You're opening threads faster than this server allows/,
        ) as unknown,
      },
    });
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(upstream).toHaveLength(callsBefore);
  });

  it("announces the limit in the library's draft-6 RateLimit-* headers", async () => {
    const { app } = limited(2);
    const first = await app.request(REFUND);
    expect(first.headers.get('ratelimit-policy')).toBe('2;w=60');
    expect(first.headers.get('ratelimit-limit')).toBe('2');
    expect(first.headers.get('ratelimit-remaining')).toBe('1');
    expect(Number(first.headers.get('ratelimit-reset'))).toBeGreaterThan(0);
    await app.request(REFUND);
    const refused = await app.request(REFUND);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('ratelimit-remaining')).toBe('0');
  });

  it('counts each client address separately', async () => {
    const { app } = limited(2);
    expect(await burst(app, 3, { 'x-test-address': '10.0.0.1' })).toEqual([200, 200, 429]);
    expect(await burst(app, 2, { 'x-test-address': '10.0.0.2' })).toEqual([200, 200]);
  });

  it('counts each signed-in agent separately, even behind one proxy address', async () => {
    const { app } = limited(2, true);
    const proxy = { 'x-test-address': '10.0.0.9' };
    const ana = { ...proxy, 'X-Forwarded-Email': 'ana@example.com' };
    const bo = { ...proxy, 'X-Forwarded-Email': 'bo@example.com' };
    expect(await burst(app, 3, ana)).toEqual([200, 200, 429]);
    expect(await burst(app, 2, bo)).toEqual([200, 200]);
  });

  it('never limits /api/health', async () => {
    const { app } = limited(1);
    for (let i = 0; i < 5; i += 1) expect((await app.request('/api/health')).status).toBe(200);
    expect(await burst(app, 2)).toEqual([200, 429]);
  });

  it('is off with a limit of 0', async () => {
    const { app } = limited(0);
    expect(new Set(await burst(app, 30))).toEqual(new Set([200]));
  });
});
