import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { ACCESS_TOKEN } from './access-test-harness';
import { liveHarness, read, type HarnessOptions } from './app-test-harness';
import { ApiProblem } from './http/api-errors';
import type { AppEnv } from './http/app-env';

/**
 * A throwaway group that writes, as a reviews group would: mounted onto the app createApp()
 * returns, with no change to app.ts or any other group.
 */
function reviewsGroup() {
  return new Hono<AppEnv>().post('/', async (c) => {
    const review = (await c.req.json().catch(() => undefined)) as { note?: unknown } | undefined;
    if (typeof review?.note !== 'string') {
      throw new ApiProblem(400, 'invalid_request', 'A review needs a note.');
    }
    if (review.note === 'crash') throw new Error('a bug in the reviews group');
    return c.json({ saved: review.note }, 201);
  });
}

function withReviews(options: HarnessOptions = {}) {
  const harness = liveHarness(options);
  harness.app.route('/api/reviews', reviewsGroup());
  return harness;
}

const post = (note: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  body: JSON.stringify({ note }),
  headers: { 'Content-Type': 'application/json', 'Sec-Fetch-Site': 'same-origin', ...headers },
});

describe('a new route group, added without touching app.ts', () => {
  it('answers its own POST, with the security headers, a request ID and no-store', async () => {
    const { app } = withReviews();
    const res = await read(await app.request('/api/reviews', post('looks fine')));
    expect(res.status).toBe(201);
    expect(res.json).toEqual({ saved: 'looks fine' });
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('is behind the access gate', async () => {
    const { app } = withReviews({ access: { accessToken: ACCESS_TOKEN } });
    const refused = await read(await app.request('/api/reviews', post('sneaky')));
    expect(refused.status).toBe(401);
    expect(refused.json).toMatchObject({ error: { code: 'unauthorized' } });
    const bearer = { Authorization: `Bearer ${ACCESS_TOKEN}` };
    expect((await app.request('/api/reviews', post('signed in', bearer))).status).toBe(201);
  });

  it('refuses a POST from another site', async () => {
    const { app } = withReviews();
    const res = await read(
      await app.request('/api/reviews', post('forged', { 'Sec-Fetch-Site': 'cross-site' })),
    );
    expect(res.status).toBe(403);
    expect(res.json).toMatchObject({ error: { code: 'forbidden_origin' } });
  });

  it('answers its failures through the one error table', async () => {
    const { app } = withReviews();
    const invalid = await read(await app.request('/api/reviews', post(42)));
    expect(invalid.status).toBe(400);
    expect(invalid.json).toEqual({
      error: {
        code: 'invalid_request',
        message: 'A review needs a note.',
        requestId: invalid.headers.get('x-request-id'),
      },
    });
    const bug = await read(await app.request('/api/reviews', post('crash')));
    expect(bug.status).toBe(500);
    expect(bug.json).toMatchObject({ error: { code: 'internal_error' } });
    expect(bug.text).not.toContain('a bug in the reviews group');
    expect(bug.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('leaves the thread routes read-only: POST there is still 405 with Allow', async () => {
    const { app, upstream } = withReviews();
    const res = await read(
      await app.request('/api/threads/cthr_demo_refund_duplicate', post('not here')),
    );
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
    expect(res.json).toMatchObject({ error: { code: 'method_not_allowed' } });
    expect(upstream).toEqual([]);
  });
});
