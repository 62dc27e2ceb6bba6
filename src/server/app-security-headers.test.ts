import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, describe, expect, it } from 'vitest';
import { ACCESS_TOKEN, gatedHarness, INDEX_HTML, makeStaticDir } from './access-test-harness';
import { liveHarness } from './app-test-harness';

const dist = makeStaticDir();
afterAll(() => dist.remove());

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; " +
  "frame-ancestors 'none'";

/** Every security header and its exact value (hono/secure-headers with our options). */
const SECURITY_HEADERS = {
  'content-security-policy': CSP,
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'permissions-policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), ' +
    'midi=(), display-capture=(), publickey-credentials-get=()',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
};

function expectSecurityHeaders(res: Response) {
  expect(res.headers.get('content-security-policy')).toBe(CSP);
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
  expect(res.headers.get('x-frame-options')).toBe('DENY');
  const permissions = res.headers.get('permissions-policy') ?? '';
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) {
    expect(permissions).toContain(`${feature}=()`);
  }
  // The whole set, each with its value.
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    expect(res.headers.get(name), name).toBe(value);
  }
  expect(res.headers.has('strict-transport-security')).toBe(false);
}

const bearer = { headers: { Authorization: `Bearer ${ACCESS_TOKEN}` } };

describe('security headers on every response', () => {
  it.each([
    ['the SPA', '/threads/cthr_x', 200],
    ['a hashed asset', '/assets/app.js', 200],
    ['a public file', '/favicon.svg', 200],
    ['the API', '/api/threads/cthr_demo_refund_duplicate', 200],
    ['an API error', '/api/threads/nope', 400],
    ['an unknown API path', '/api/nope', 404],
  ])('%s (%s)', async (_label, path, status) => {
    const { app } = liveHarness({ staticDir: dist.dir });
    const res = await app.request(path);
    expect(res.status).toBe(status);
    expectSecurityHeaders(res);
  });

  it.each([
    ['the sign-in page', '/sign-in', {}, 200],
    ['its stylesheet', '/sign-in.css', {}, 200],
    ['the redirect to sign in', '/threads/cthr_x', {}, 303],
    ['a refused API call', '/api/threads/cthr_demo_refund_duplicate', {}, 401],
    ['an API call with Bearer', '/api/threads/cthr_demo_refund_duplicate', bearer, 200],
  ])('behind a token: %s (%s)', async (_label, path, init, status) => {
    const { app } = gatedHarness(dist.dir);
    const res = await app.request(path, init);
    expect(res.status).toBe(status);
    expectSecurityHeaders(res);
  });
});

describe('images, by default from Threadline only', () => {
  it('lets an approved preview host into img-src, and tells the browser which hosts those are', async () => {
    const previewHosts = ['files.example.com', '*.cdn.example.net'];
    const { app } = liveHarness({ staticDir: dist.dir, previewHosts });
    const page = await app.request('/threads/cthr_x');
    expect(page.headers.get('content-security-policy')).toContain(
      "img-src 'self' https://files.example.com https://*.cdn.example.net;",
    );
    const health = await app.request('/api/health');
    expect(await health.json()).toMatchObject({ previewHosts });
  });

  it('names no host at all without THREADLINE_PREVIEW_HOSTS', async () => {
    const { app } = liveHarness({ staticDir: dist.dir });
    const res = await app.request('/api/health');
    expect(res.headers.get('content-security-policy')).toMatch(/img-src 'self';/);
    expect(await res.json()).toMatchObject({ previewHosts: [] });
  });
});

describe('paths with decoded line terminators (honojs/hono#5345)', () => {
  const PATHS = ['/%0a', '/threads/x%0d', '/%E2%80%A8', '/api%0a/threads/x', '/x%E2%80%A9'];

  it.each(PATHS)('%s reaches the SPA with every header', async (path) => {
    const { app } = liveHarness({ staticDir: dist.dir });
    const res = await app.request(path);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(INDEX_HTML);
    expectSecurityHeaders(res);
  });

  it.each(PATHS)('%s goes through the access gate', async (path) => {
    const { app } = gatedHarness(dist.dir);
    const res = await app.request(path);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toMatch(/^\/sign-in\?next=/);
    expectSecurityHeaders(res);
  });

  it.each(['/api/threads/x%0a', '/api/nope%E2%80%A8', '/api/health%0d'])(
    '%s is refused as an API request',
    async (path) => {
      const gated = await gatedHarness().app.request(path);
      expect(gated.status).toBe(401);
      expectSecurityHeaders(gated);
      const open = await liveHarness().app.request(path);
      expect([400, 404]).toContain(open.status);
      expect(open.headers.get('cache-control')).toBe('no-store');
      expectSecurityHeaders(open);
    },
  );

  it('answers without a built SPA with a plain 404 that has every header', async () => {
    const res = await liveHarness().app.request('/%0a');
    expect(res.status).toBe(404);
    expectSecurityHeaders(res);
  });
});

describe('security headers over a real socket', () => {
  it.each([
    ['the SPA', '/threads/cthr_x', 200],
    ['the API', '/api/threads/cthr_demo_refund_duplicate', 200],
    ['an API error', '/api/threads/nope', 400],
    ['an unknown API path', '/api/nope', 404],
    ['a path with a line break', '/%0a', 200],
  ])('%s (%s)', async (_label, path, status) => {
    const { app } = liveHarness({ staticDir: dist.dir });
    const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
      const listening = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () =>
        resolve(listening),
      );
    });
    try {
      const { port } = server.address() as AddressInfo;
      const res = await fetch(`http://127.0.0.1:${port}${path}`);
      expect(res.status).toBe(status);
      expectSecurityHeaders(res);
    } finally {
      server.close();
    }
  });
});
