import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import {
  ACCESS_TOKEN,
  cookiePair,
  fromAddress,
  gatedHarness,
  makeStaticDir,
  signIn,
} from './access-test-harness';
import { read } from './app-test-harness';

const dist = makeStaticDir();
afterAll(() => dist.remove());
afterEach(() => vi.useRealTimers());

const hiddenNext = (html: string) => /name="next" value="([^"]*)"/.exec(html)?.[1];

describe('GET /sign-in', () => {
  it('renders an accessible form without inline script or style', async () => {
    const { app } = gatedHarness(dist.dir);
    const res = await read(await app.request('/sign-in?next=%2Fthreads%2Fcthr_x'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.text).toContain('<html lang="en">');
    expect(res.text).toMatch(/<main>[\s\S]*<h1>Sign in<\/h1>[\s\S]*<\/main>/);
    expect(res.text).toContain('<label for="token">Access token</label>');
    expect(res.text).toMatch(/<input id="token" name="token" type="password"[^>]* autofocus/);
    expect(res.text).toContain('<link rel="stylesheet" href="/sign-in.css" />');
    expect(res.text).not.toMatch(/<script|<style|\sstyle=|\son[a-z]+=/i);
    expect(res.text).not.toContain('role="alert"');
    expect(hiddenNext(res.text)).toBe('/threads/cthr_x');
  });

  it('escapes what it echoes from the URL', async () => {
    const { app } = gatedHarness(dist.dir);
    const next = encodeURIComponent('/x"><script>alert(1)</script>');
    const res = await read(await app.request(`/sign-in?next=${next}`));
    expect(res.text).not.toContain('<script>');
    expect(hiddenNext(res.text)).toBe('/x&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it.each(['//evil.com', 'https://evil.com', '/\\evil.com', '/..//evil.com'])(
    'replaces the unsafe next %s with /',
    async (next) => {
      const { app } = gatedHarness(dist.dir);
      const res = await read(await app.request(`/sign-in?next=${encodeURIComponent(next)}`));
      expect(hiddenNext(res.text)).toBe('/');
    },
  );
});

describe('POST /sign-in', () => {
  it('sets an HttpOnly, SameSite=Strict session cookie and goes to next', async () => {
    const { app } = gatedHarness(dist.dir);
    const res = await signIn(app, { next: '/threads/cthr_x?tab=items' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/threads/cthr_x?tab=items');
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^threadline_session=v1\.\d+\.[A-Za-z0-9_-]{43}; /);
    expect(cookie).toContain('Max-Age=43200');
    expect(cookie).toContain('Path=/');
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).not.toContain('Secure');
    expect(cookie).not.toContain(ACCESS_TOKEN);
  });

  it('marks the cookie Secure over https, directly or behind a TLS proxy', async () => {
    const { app } = gatedHarness(dist.dir);
    const direct = await signIn(app, { url: 'https://threadline.example/sign-in' });
    const proxied = await signIn(app, { headers: { 'X-Forwarded-Proto': 'https' } });
    expect(direct.headers.get('set-cookie')).toContain('Secure');
    expect(proxied.headers.get('set-cookie')).toContain('Secure');
  });

  it('accepts the token with stray whitespace around it', async () => {
    const { app } = gatedHarness(dist.dir);
    expect((await signIn(app, { token: ` ${ACCESS_TOKEN}\n` })).status).toBe(303);
  });

  it.each(['//evil.com', 'https://evil.com', '/\\evil.com', '/..//evil.com', '/sign-in'])(
    'refuses to redirect to %s and goes to / instead',
    async (next) => {
      const { app } = gatedHarness(dist.dir);
      const res = await signIn(app, { next });
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe('/');
    },
  );

  it('answers a wrong token with 401, the page and an alert, and no cookie', async () => {
    const { app } = gatedHarness(dist.dir);
    const res = await read(await signIn(app, { token: 'not-the-token', next: '/threads/x' }));
    expect(res.status).toBe(401);
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(res.text).toContain('role="alert"');
    expect(res.text).toContain('That access token is not right.');
    expect(res.text).toContain('aria-invalid="true"');
    expect(hiddenNext(res.text)).toBe('/threads/x');
  });

  it.each([
    ['another Origin', { Origin: 'https://evil.example' }],
    ['Sec-Fetch-Site: cross-site', { 'Sec-Fetch-Site': 'cross-site' }],
    ['Sec-Fetch-Site: same-site (a sibling host or port)', { 'Sec-Fetch-Site': 'same-site' }],
    ['Origin: null without Sec-Fetch-Site', { Origin: 'null', 'Sec-Fetch-Site': '' }],
  ])('refuses a post from %s with 403 and no cookie', async (_label, headers) => {
    const { app } = gatedHarness(dist.dir);
    const res = await read(await signIn(app, { headers }));
    expect(res.status).toBe(403);
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(res.text).toContain('sent from another site');
  });

  it.each([
    ['our own Origin', { Origin: 'http://localhost' }],
    [
      'our https Origin behind a TLS proxy',
      { Origin: 'https://localhost', 'X-Forwarded-Proto': 'https' },
    ],
    ['Origin: null vouched for by Sec-Fetch-Site', { Origin: 'null' }],
    ['no browser headers at all (a script)', { 'Sec-Fetch-Site': '' }],
  ])('accepts a post with %s', async (_label, headers) => {
    const { app } = gatedHarness(dist.dir);
    expect((await signIn(app, { headers })).status).toBe(303);
  });
});

describe('throttling wrong tokens', () => {
  const wrong = { token: 'tl-wrong-token-0123456789' };

  it('answers 429 after 5 failures from one address, even to the right token', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { app } = gatedHarness(dist.dir);
    for (let i = 0; i < 5; i += 1) expect((await signIn(app, wrong)).status).toBe(401);
    const locked = await read(await signIn(app));
    expect(locked.status).toBe(429);
    expect(locked.headers.get('retry-after')).toBe('600');
    expect(locked.headers.get('set-cookie')).toBeNull();
    expect(locked.text).toContain('Too many wrong access tokens. Try again in 10 minutes.');

    // Another address is not affected; this one may try again when the window ends.
    expect((await signIn(app, { address: '198.51.100.8' })).status).toBe(303);
    vi.setSystemTime(Date.now() + 10 * 60_000);
    expect((await signIn(app)).status).toBe(303);
  });

  it('counts wrong Bearer tokens too, and then refuses Bearer with 429 JSON', async () => {
    const { app } = gatedHarness(dist.dir);
    const api = (token: string) =>
      app.request(
        '/api/threads/cthr_demo_refund_duplicate',
        { headers: { Authorization: `Bearer ${token}` } },
        fromAddress('198.51.100.7'),
      );
    for (let i = 0; i < 5; i += 1) expect((await api(wrong.token)).status).toBe(401);
    const res = await read(await api(ACCESS_TOKEN));
    expect(res.status).toBe(429);
    expect(res.json).toMatchObject({ error: { code: 'too_many_attempts' } });
    expect((await signIn(app)).status).toBe(429);
  });

  it('groups IPv6 clients by /64', async () => {
    const { app } = gatedHarness(dist.dir);
    for (let i = 1; i <= 5; i += 1) {
      await signIn(app, { ...wrong, address: `2001:db8:1:2::${i}` });
    }
    expect((await signIn(app, { address: '2001:db8:1:2:ffff::9' })).status).toBe(429);
    expect((await signIn(app, { address: '2001:db8:1:3::1' })).status).toBe(303);
  });
});

describe('POST /sign-out', () => {
  it('clears the cookie and returns to the sign-in page', async () => {
    const { app } = gatedHarness(dist.dir);
    const cookie = cookiePair(await signIn(app));
    const res = await app.request('/sign-out', {
      method: 'POST',
      headers: { Cookie: cookie, 'Sec-Fetch-Site': 'same-origin' },
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/sign-in');
    const cleared = res.headers.get('set-cookie') ?? '';
    expect(cleared).toMatch(/^threadline_session=; /);
    expect(cleared).toContain('Max-Age=0');
    expect(cleared).toContain('Path=/');
  });

  it('refuses a cross-site sign-out', async () => {
    const { app } = gatedHarness(dist.dir);
    const res = await app.request('/sign-out', {
      method: 'POST',
      headers: { 'Sec-Fetch-Site': 'cross-site' },
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('set-cookie')).toBeNull();
  });
});
