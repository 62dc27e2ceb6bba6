import { afterAll, describe, expect, it } from 'vitest';
import {
  ACCESS_TOKEN,
  cookiePair,
  gatedHarness,
  INDEX_HTML,
  makeStaticDir,
  signIn,
} from './access-test-harness';
import { capturedLogs, expectNoKeyFragments, liveHarness, read } from './app-test-harness';
import { issueSession, SESSION_LIFETIME_SECONDS, sessionKey } from './auth/session';

const REFUND = 'cthr_demo_refund_duplicate';
const dist = makeStaticDir();

afterAll(() => {
  dist.remove();
  expectNoKeyFragments(capturedLogs.lines.join('\n'));
  expect(capturedLogs.lines.join('\n')).not.toContain(ACCESS_TOKEN);
});

const withCookie = (cookie: string) => ({ headers: { Cookie: cookie } });
const bearer = (token: string) => ({ headers: { Authorization: `Bearer ${token}` } });

describe('with THREADLINE_ACCESS_TOKEN set, pages need a session', () => {
  it.each([
    ['/threads/cthr_x?tab=items', '/sign-in?next=%2Fthreads%2Fcthr_x%3Ftab%3Ditems'],
    ['/', '/sign-in'],
    ['/assets/app.js', '/sign-in?next=%2Fassets%2Fapp.js'],
  ])('GET %s → 303 to %s', async (path, location) => {
    const { app } = gatedHarness(dist.dir);
    const res = await app.request(path);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(location);
  });

  it('redirects HEAD too, and answers other methods with a plain 401', async () => {
    const { app } = gatedHarness(dist.dir);
    expect((await app.request('/threads/cthr_x', { method: 'HEAD' })).status).toBe(303);
    const post = await app.request('/threads/cthr_x', { method: 'POST' });
    expect(post.status).toBe(401);
    expect(await post.text()).toBe('Sign in to Threadline first.');
  });

  it.each(['/favicon.svg', '/sign-in.css'])('serves %s without a session', async (path) => {
    const { app } = gatedHarness(dist.dir);
    expect((await app.request(path)).status).toBe(200);
  });

  it('serves the app to a signed-in browser', async () => {
    const { app } = gatedHarness(dist.dir);
    const cookie = cookiePair(await signIn(app));
    const res = await read(await app.request('/threads/cthr_x', withCookie(cookie)));
    expect(res.status).toBe(200);
    expect(res.text).toBe(INDEX_HTML);
  });
});

describe('with THREADLINE_ACCESS_TOKEN set, the API needs a session or a Bearer token', () => {
  it('answers 401 JSON with WWW-Authenticate and calls nothing upstream', async () => {
    const { app, upstream } = gatedHarness();
    const res = await read(await app.request(`/api/threads/${REFUND}`));
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer');
    expect(res.json).toEqual({
      error: {
        code: 'unauthorized',
        message: 'Sign in to Threadline first.',
        requestId: expect.any(String) as unknown,
      },
    });
    expect(upstream).toEqual([]);
  });

  it('keeps /api/health open for load balancers, reporting token sign-in', async () => {
    const { app } = gatedHarness();
    const res = await read(await app.request('/api/health'));
    expect(res.status).toBe(200);
    expect(res.json).toEqual({
      status: 'ok',
      mode: 'live',
      auth: 'token',
      previewHosts: [],
      index: 'off',
    });
  });

  it('accepts Authorization: Bearer <token>, whatever the case of the scheme', async () => {
    const { app } = gatedHarness();
    expect((await app.request(`/api/threads/${REFUND}`, bearer(ACCESS_TOKEN))).status).toBe(200);
    const lower = { headers: { authorization: `bearer ${ACCESS_TOKEN}` } };
    expect((await app.request(`/api/threads/${REFUND}`, lower)).status).toBe(200);
  });

  it.each([
    ['a wrong token', `Bearer ${ACCESS_TOKEN}x`],
    ['a prefix of the token', `Bearer ${ACCESS_TOKEN.slice(0, -1)}`],
    ['Basic credentials', `Basic ${Buffer.from(`x:${ACCESS_TOKEN}`).toString('base64')}`],
    ['an empty Bearer', 'Bearer '],
  ])('refuses %s with 401', async (_label, authorization) => {
    const { app, upstream } = gatedHarness();
    const res = await read(
      await app.request(`/api/threads/${REFUND}`, { headers: { Authorization: authorization } }),
    );
    expect(res.status).toBe(401);
    expect(res.json).toMatchObject({ error: { code: 'unauthorized' } });
    expect(upstream).toEqual([]);
  });

  it('accepts the session cookie', async () => {
    const { app } = gatedHarness();
    const cookie = cookiePair(await signIn(app));
    expect((await app.request(`/api/threads/${REFUND}`, withCookie(cookie))).status).toBe(200);
  });
});

describe('session cookies that must not work', () => {
  const key = sessionKey(ACCESS_TOKEN);
  const api = `/api/threads/${REFUND}`;

  it('refuses a tampered cookie', async () => {
    const { app } = gatedHarness();
    const [, value = ''] = cookiePair(await signIn(app)).split('=');
    const [version, expires, mac] = value.split('.') as [string, string, string];
    const later = `threadline_session=${version}.${Number(expires) + 3600}.${mac}`;
    const forged = `threadline_session=${version}.${expires}.${'A'.repeat(43)}`;
    expect((await app.request(api, withCookie(later))).status).toBe(401);
    expect((await app.request(api, withCookie(forged))).status).toBe(401);
  });

  it('refuses an expired cookie', async () => {
    const { app } = gatedHarness();
    const issued = Date.now() - (SESSION_LIFETIME_SECONDS + 60) * 1000;
    const cookie = `threadline_session=${issueSession(key, issued)}`;
    expect((await app.request(api, withCookie(cookie))).status).toBe(401);
  });

  it('refuses a cookie issued under another token (rotating the token ends sessions)', async () => {
    const before = liveHarness({ access: { accessToken: 'tl-previous-token-abcdefghijkl' } });
    const cookie = cookiePair(
      await signIn(before.app, { token: 'tl-previous-token-abcdefghijkl' }),
    );
    expect((await before.app.request(api, withCookie(cookie))).status).toBe(200);
    const { app } = gatedHarness();
    expect((await app.request(api, withCookie(cookie))).status).toBe(401);
  });
});

describe('without any access setting', () => {
  it('lets everyone in and reports auth none', async () => {
    const { app } = liveHarness({ staticDir: dist.dir });
    expect((await app.request('/threads/cthr_x')).status).toBe(200);
    expect((await app.request(`/api/threads/${REFUND}`)).status).toBe(200);
    const res = await read(await app.request('/api/health'));
    expect(res.json).toMatchObject({ auth: 'none' });
  });

  it('sends /sign-in back home: there is nothing to sign in to', async () => {
    const { app } = liveHarness({ staticDir: dist.dir });
    const res = await app.request('/sign-in');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/');
  });
});
