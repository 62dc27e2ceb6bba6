import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, describe, expect, it } from 'vitest';
import { ACCESS_TOKEN, makeStaticDir } from './access-test-harness';
import { liveHarness } from './app-test-harness';

/** Headers only a socket adds (Node writes them per response or per connection). */
const TRANSPORT = new Set([
  'date',
  'connection',
  'keep-alive',
  'content-length',
  'transfer-encoding',
]);

const dist = makeStaticDir();
const REFUND = '/api/threads/cthr_demo_refund_duplicate';
const bearer = { Authorization: `Bearer ${ACCESS_TOKEN}` };

interface Case {
  path: string;
  init?: RequestInit;
}

// Each case gets a fresh app per side, so caches and rate-limit windows start alike.
const harness = (gated: boolean) =>
  liveHarness({
    staticDir: dist.dir,
    rateLimitPerMinute: 2,
    clientAddress: () => '192.0.2.1',
    access: gated ? { accessToken: ACCESS_TOKEN } : undefined,
  });

async function throughNode(app: ReturnType<typeof harness>['app'], requests: Case[]) {
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const listening = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () =>
      resolve(listening),
    );
  });
  try {
    const { port } = server.address() as AddressInfo;
    const out: Response[] = [];
    for (const { path, init } of requests)
      out.push(await fetch(`http://127.0.0.1:${port}${path}`, init));
    return out;
  } finally {
    server.close();
  }
}

async function comparable(response: Response) {
  const headers = [...response.headers]
    .filter(([name]) => !TRANSPORT.has(name))
    .map(([name, value]) => [name, name === 'x-request-id' ? 'id' : value]);
  const body = (await response.text()).replace(/"requestId":"[^"]+"/, '"requestId":"id"');
  return { status: response.status, headers, body };
}

async function expectSameBothWays(gated: boolean, requests: Case[]) {
  const viaNode = await throughNode(harness(gated).app, requests);
  const direct = harness(gated).app;
  for (const [i, { path, init }] of requests.entries()) {
    const node = await comparable(viaNode[i] as Response);
    const inProcess = await comparable(await direct.request(path, init));
    const label = `${init?.method ?? 'GET'} ${path} (#${i})`;
    expect(node, label).toEqual(inProcess);
    // Equal is not enough: both could have lost a header. These go on every answer.
    const names = new Map(node.headers.map(([name, value]) => [name, value]));
    expect(names.get('x-request-id'), label).toBe('id');
    expect(names.has('content-security-policy'), label).toBe(true);
    if (path.startsWith('/api/')) expect(names.get('cache-control'), label).toBe('no-store');
    if (path.startsWith('/api/threads') && [200, 429].includes(node.status)) {
      expect(names.get('ratelimit-limit'), label).toBe('2');
    }
  }
}

afterAll(() => dist.remove());

describe('served by Node or called in process, the app answers the same', () => {
  it('cached and uncached thread views, then the rate limit', async () => {
    await expectSameBothWays(false, [{ path: REFUND }, { path: REFUND }, { path: REFUND }]);
  });

  it('API errors, refusals and other routes', async () => {
    await expectSameBothWays(false, [
      { path: '/api/threads/cthr_missing01' },
      { path: '/api/threads/nope' },
      { path: REFUND, init: { method: 'DELETE' } },
    ]);
    await expectSameBothWays(false, [
      { path: REFUND, init: { headers: { 'Sec-Fetch-Site': 'cross-site' } } },
      { path: '/api/health' },
      { path: `${REFUND}/items?order=asc` },
    ]);
    await expectSameBothWays(false, [
      { path: '/api/nope' },
      { path: '/threads/cthr_x' },
      { path: '/assets/app.js' },
    ]);
  });

  it('behind a token: refused, then let in by Bearer', async () => {
    await expectSameBothWays(true, [
      { path: REFUND },
      { path: REFUND, init: { headers: bearer } },
      { path: '/threads/cthr_x', init: { redirect: 'manual' } },
    ]);
  });

  it('keeps a usable caller request ID, as hono/request-id did', async () => {
    const { app } = harness(false);
    const given = await app.request('/api/health', { headers: { 'X-Request-Id': 'abc-123=' } });
    expect(given.headers.get('x-request-id')).toBe('abc-123=');
    const unsafe = await app.request('/api/health', { headers: { 'X-Request-Id': 'a b' } });
    expect(unsafe.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
