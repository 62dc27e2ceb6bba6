import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { ACCESS_TOKEN } from '@/server/access-test-harness';
import { liveHarness, read } from '@/server/app-test-harness';
import type { AppEnv } from '@/server/http/app-env';
import { createAccess, type AccessOptions } from './access';
import { accessMiddleware } from './access-middleware';

const HEADER = 'X-Forwarded-Email';

/** Just the middleware, with a route that reports the agent it set. */
function probe(options: AccessOptions) {
  const app = new Hono<AppEnv>();
  app.use(accessMiddleware(createAccess(options)));
  app.get('/api/whoami', (c) => c.json({ agent: c.get('agent') ?? null }));
  return app;
}

describe('the agent variable', () => {
  it('is the trusted header value, cleaned', async () => {
    const app = probe({ trustedUserHeader: HEADER });
    const res = await app.request('/api/whoami', { headers: { [HEADER]: ' ann@example.com ' } });
    expect(await res.json()).toEqual({ agent: 'ann@example.com' });
  });

  it('is undefined when no header is configured, even if a client sends one', async () => {
    const app = probe({});
    const res = await app.request('/api/whoami', { headers: { [HEADER]: 'mallory@example.com' } });
    expect(await res.json()).toEqual({ agent: null });
  });

  it('is undefined for a token-authenticated request', async () => {
    const app = probe({ accessToken: ACCESS_TOKEN, trustedUserHeader: HEADER });
    const headers = { Authorization: `Bearer ${ACCESS_TOKEN}` };
    expect(await (await app.request('/api/whoami', { headers })).json()).toEqual({ agent: null });
  });
});

describe('behind an SSO proxy (THREADLINE_TRUSTED_USER_HEADER only)', () => {
  const sso = () => liveHarness({ access: { trustedUserHeader: HEADER } });

  it('lets an identified agent in and reports auth sso', async () => {
    const { app } = sso();
    const headers = { [HEADER]: 'ann@example.com' };
    expect((await app.request('/api/threads/cthr_demo_refund_duplicate', { headers })).status).toBe(
      200,
    );
    expect((await read(await app.request('/api/health'))).json).toMatchObject({ auth: 'sso' });
  });

  it.each([
    ['missing', {}],
    ['empty', { [HEADER]: '   ' }],
  ])('answers an API request with the header %s with 401 JSON', async (_label, headers) => {
    const { app, upstream } = sso();
    const res = await read(
      await app.request('/api/threads/cthr_demo_refund_duplicate', { headers }),
    );
    expect(res.status).toBe(401);
    expect(res.json).toMatchObject({ error: { code: 'unauthorized' } });
    expect(upstream).toEqual([]);
  });

  it('answers a page request without the header with a plain 401 page', async () => {
    const { app } = sso();
    const res = await read(await app.request('/threads/cthr_x'));
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.text).toContain('single sign-on proxy did not identify you');
    expect(res.text).not.toMatch(/<script|\sstyle=/);
  });

  it('also accepts a token when one is configured', async () => {
    const { app } = liveHarness({
      access: { trustedUserHeader: HEADER, accessToken: ACCESS_TOKEN },
    });
    const headers = { Authorization: `Bearer ${ACCESS_TOKEN}` };
    expect((await app.request('/api/threads/cthr_demo_refund_duplicate', { headers })).status).toBe(
      200,
    );
    expect((await app.request('/api/threads/cthr_demo_refund_duplicate')).status).toBe(401);
    // With a token configured, a page can offer the sign-in form instead of a dead end.
    expect((await app.request('/threads/cthr_x')).status).toBe(303);
  });
});
