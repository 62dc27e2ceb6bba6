import { get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, describe, expect, it } from 'vitest';
import { liveHarness, read, TEST_TIMEOUT_MS } from './app-test-harness';
import { SERVER_OPTIONS } from './http/server-options';
import { overallDeadlineMs } from './threads/threads-service';

const REFUND = 'cthr_demo_refund_duplicate';
const CONNECTIONS = 100;

const servers: ServerType[] = [];
afterAll(() => {
  for (const server of servers) server.close();
});

/** The harness app on a real loopback port, with the production server options. */
function listen(app: ReturnType<typeof liveHarness>['app']) {
  return new Promise<string>((resolve) => {
    const options = {
      fetch: app.fetch,
      hostname: '127.0.0.1',
      port: 0,
      serverOptions: SERVER_OPTIONS,
    };
    const server = serve(options, (info: AddressInfo) => resolve(`http://127.0.0.1:${info.port}`));
    servers.push(server);
  });
}

/** GET over a fresh connection (no agent pooling): status and our error code, if any. */
function getOnOwnConnection(url: string) {
  return new Promise<string>((resolve, reject) => {
    get(url, { agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => {
        const parsed = JSON.parse(body) as { error?: { code?: string } };
        resolve(`${res.statusCode ?? 0} ${parsed.error?.code ?? ''}`);
      });
    }).on('error', reject);
  });
}

describe('under load', () => {
  it(`${CONNECTIONS} concurrent requests for one thread cause exactly one upstream call`, async () => {
    const { app, upstream } = liveHarness();
    const responses = await Promise.all(
      Array.from({ length: CONNECTIONS }, async () =>
        read(await app.request(`/api/threads/${REFUND}`)),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array<number>(CONNECTIONS).fill(200));
    expect(new Set(responses.map((r) => r.text)).size).toBe(1);
    expect(upstream).toHaveLength(1);
  });

  it('a burst after the first answer is served from the cache', async () => {
    const { app, upstream } = liveHarness();
    expect((await app.request(`/api/threads/${REFUND}/items?order=asc&limit=100`)).status).toBe(
      200,
    );
    const burst = await Promise.all(
      Array.from({ length: 50 }, async () =>
        app.request(`/api/threads/${REFUND}/items?order=asc&limit=100`),
      ),
    );
    expect(burst.every((r) => r.status === 200)).toBe(true);
    expect(upstream).toHaveLength(1);
  });

  it(`${CONNECTIONS} connections against a hanging upstream all get 504 at the deadline`, async () => {
    const { app, upstream } = liveHarness();
    const url = await listen(app);
    const started = performance.now();
    // One connection each, so the server really holds 100 sockets at once; distinct limits
    // make 100 separate upstream calls, none coalesced.
    const statuses = await Promise.all(
      Array.from({ length: CONNECTIONS }, (_, i) =>
        getOnOwnConnection(`${url}/api/threads/cthr_fault_hang/items?limit=${i + 1}`),
      ),
    );
    const elapsed = performance.now() - started;
    expect(new Set(statuses)).toEqual(new Set(['504 upstream_timeout']));
    expect(upstream.length).toBeGreaterThanOrEqual(CONNECTIONS);
    expect(elapsed).toBeLessThan(overallDeadlineMs(TEST_TIMEOUT_MS) + 1500);
  });
});
