import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import {
  ACCESS_TOKEN,
  cookiePair,
  fromAddress,
  gatedHarness,
  makeStaticDir,
  signIn,
} from './access-test-harness';
import { capturedLogs, read } from './app-test-harness';

const dist = makeStaticDir();
afterAll(() => dist.remove());
afterEach(() => vi.useRealTimers());

type App = ReturnType<typeof gatedHarness>['app'];

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

describe('POST /sign-in bodies it cannot use', () => {
  const levels = () =>
    capturedLogs.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  const bigForm = `token=${'a'.repeat(9 * 1024)}`;
  const formHeaders = {
    'Content-Type': 'application/x-www-form-urlencoded',
    'Sec-Fetch-Site': 'same-origin',
  };

  it.each([
    ['with a Content-Length', { 'Content-Length': String(bigForm.length) }],
    ['streamed without one', {}],
  ])(
    'answers a 9 KB form %s with 413 payload_too_large, logged at warn',
    async (_label, headers) => {
      capturedLogs.lines.length = 0;
      const { app } = gatedHarness(dist.dir);
      const res = await read(
        await app.request('/sign-in', {
          method: 'POST',
          body: bigForm,
          headers: { ...formHeaders, ...headers },
        }),
      );
      expect(res.status).toBe(413);
      expect(res.json).toMatchObject({ error: { code: 'payload_too_large' } });
      expect(res.headers.get('set-cookie')).toBeNull();
      expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(levels().filter((line) => Number(line['level']) >= 50)).toEqual([]);
      expect(levels()).toContainEqual(
        expect.objectContaining({ level: 40, code: 'payload_too_large', status: 413 }),
      );
    },
  );

  it('answers a form it cannot parse with 400 and the page, not a server bug', async () => {
    capturedLogs.lines.length = 0;
    const { app } = gatedHarness(dist.dir);
    const res = await read(
      await app.request('/sign-in', {
        method: 'POST',
        body: '--x\r\ngarbage',
        headers: { 'Content-Type': 'multipart/form-data; boundary=zzz' },
      }),
    );
    expect(res.status).toBe(400);
    expect(res.text).toContain('Threadline could not read that sign-in form.');
    expect(levels().filter((line) => Number(line['level']) >= 50)).toEqual([]);
  });
});

describe('throttling wrong tokens', () => {
  const wrong = { token: 'tl-wrong-token-0123456789' };
  const api = (app: App, token: string, address = '198.51.100.7') =>
    app.request(
      '/api/threads/cthr_demo_refund_duplicate',
      { headers: { Authorization: `Bearer ${token}` } },
      fromAddress(address),
    );

  /** The answer, and how long (in fake time) the app held it. */
  async function timed(pending: Response | Promise<Response>) {
    const startedAt = Date.now();
    let answeredAt: number | undefined;
    const done = Promise.resolve(pending).then((res) => {
      answeredAt = Date.now();
      return res;
    });
    while (answeredAt === undefined) await vi.advanceTimersByTimeAsync(250);
    return { res: await read(await done), heldMs: answeredAt - startedAt };
  }

  it('accepts the right token on the form after five wrong ones from the same address', async () => {
    const { app } = gatedHarness(dist.dir);
    for (let i = 0; i < 5; i += 1) expect((await signIn(app, wrong)).status).toBe(401);
    const res = await signIn(app);
    expect(res.status).toBe(303);
    expect(cookiePair(res)).toMatch(/^threadline_session=v1\./);
  });

  it('accepts the right Bearer token after five wrong ones, and the form after them', async () => {
    const { app } = gatedHarness(dist.dir);
    for (let i = 0; i < 5; i += 1) expect((await api(app, wrong.token)).status).toBe(401);
    expect((await api(app, ACCESS_TOKEN)).status).toBe(200);
    expect((await signIn(app)).status).toBe(303);
  });

  it('keeps a session working and the right token accepted however many wrong ones came', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { app } = gatedHarness(dist.dir);
    const cookie = cookiePair(await signIn(app));
    for (let i = 0; i < 12; i += 1) await timed(signIn(app, wrong));
    const withSession = await app.request('/threads/cthr_x', { headers: { Cookie: cookie } });
    expect(withSession.status).toBe(200);
    expect((await timed(signIn(app))).res.status).toBe(303);
    expect((await timed(api(app, ACCESS_TOKEN))).res.status).toBe(200);
  });

  it('answers wrong tokens past the fifth with 429, a doubling Retry-After, and later', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { app } = gatedHarness(dist.dir);
    for (let i = 0; i < 5; i += 1) expect((await timed(signIn(app, wrong))).heldMs).toBe(0);
    const answers = [];
    for (let i = 0; i < 5; i += 1) answers.push(await timed(signIn(app, wrong)));
    expect(answers.map(({ res }) => res.status)).toEqual([429, 429, 429, 429, 429]);
    expect(answers.map(({ res }) => res.headers.get('retry-after'))).toEqual([
      '1',
      '2',
      '4',
      '8',
      '16',
    ]);
    // Held as long as the wait, but never more than 5 s.
    expect(answers.map(({ heldMs }) => heldMs)).toEqual([1000, 2000, 4000, 5000, 5000]);
    expect(answers[0]?.res.headers.get('set-cookie')).toBeNull();
    expect(answers[0]?.res.text).toContain('Check it, then try again in 1 second.');
    expect(answers[4]?.res.text).toContain('Check it, then try again in 16 seconds.');
  });

  it('answers wrong Bearer tokens past the fifth with 429 too_many_attempts JSON', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { app } = gatedHarness(dist.dir);
    for (let i = 0; i < 4; i += 1) await signIn(app, wrong);
    expect((await api(app, wrong.token)).status).toBe(401);
    const { res, heldMs } = await timed(api(app, wrong.token));
    expect(res.status).toBe(429);
    expect(heldMs).toBe(1000);
    expect(res.headers.get('retry-after')).toBe('1');
    expect(res.json).toMatchObject({
      error: { code: 'too_many_attempts', retryAfterSeconds: 1 },
    });
  });

  it('slows only the client that guessed, grouping IPv6 clients by /64', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { app } = gatedHarness(dist.dir);
    for (let i = 1; i <= 5; i += 1) {
      await signIn(app, { ...wrong, address: `2001:db8:1:2::${i}` });
    }
    const sameNetwork = await timed(signIn(app, { ...wrong, address: '2001:db8:1:2:ffff::9' }));
    expect(sameNetwork.res.status).toBe(429);
    expect((await signIn(app, { ...wrong, address: '2001:db8:1:3::1' })).status).toBe(401);
    expect((await signIn(app, { ...wrong, address: '198.51.100.8' })).status).toBe(401);
  });

  it('forgets a client 10 minutes after its last wrong token', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { app } = gatedHarness(dist.dir);
    for (let i = 0; i < 6; i += 1) await timed(signIn(app, wrong));
    vi.setSystemTime(Date.now() + 10 * 60_000);
    expect((await signIn(app, wrong)).status).toBe(401);
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
