import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStandInApi } from '@/server/demo/stand-in-api';
import { createApp } from './app';
import { capturedLogs, expectNoKeyFragments, read, TEST_KEY } from './app-test-harness';
import { createLiveClient } from './threads/chatkit-client';
import { createThreadsService } from './threads/threads-service';

function listen(fetch: (request: Request) => Response | Promise<Response>) {
  return new Promise<{ server: ServerType; url: string }>((resolve) => {
    const server = serve({ fetch, hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) => {
      resolve({ server, url: `http://127.0.0.1:${info.port}` });
    });
  });
}

function close(server: ServerType) {
  return new Promise<void>((resolve) => server.close(() => resolve()));
}

let upstream: Awaited<ReturnType<typeof listen>>;
let proxy: Awaited<ReturnType<typeof listen>>;

beforeAll(async () => {
  upstream = await listen(createStandInApi({ apiKey: TEST_KEY, faults: true }).fetch);
  const timeoutMs = 2000;
  const client = createLiveClient({ apiKey: TEST_KEY, baseURL: `${upstream.url}/v1`, timeoutMs });
  const threads = createThreadsService({ client, timeoutMs });
  const app = createApp({ threads, mode: 'live', logger: capturedLogs.logger });
  proxy = await listen(app.fetch);
});

afterAll(async () => {
  await Promise.all([close(proxy.server), close(upstream.server)]);
  expectNoKeyFragments(capturedLogs.lines.join('\n'));
});

describe('over real loopback HTTP (browser → proxy → stand-in)', () => {
  it('serves a thread', async () => {
    const res = await read(await fetch(`${proxy.url}/api/threads/cthr_demo_refund_duplicate`));
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ id: 'cthr_demo_refund_duplicate' });
  });

  it('turns the upstream 401 into 502 upstream_auth_failed without the key', async () => {
    const res = await read(await fetch(`${proxy.url}/api/threads/cthr_fault_401/items`));
    expect(res.status).toBe(502);
    expect(res.json).toMatchObject({ error: { code: 'upstream_auth_failed' } });
    expectNoKeyFragments(res.text);
    expectNoKeyFragments(res.headerText);
  });
});
