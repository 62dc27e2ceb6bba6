import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from './app';
import { capturedLogs, expectNoKeyFragments, read, TEST_KEY } from './app-test-harness';
import { createLiveClient } from './threads/chatkit-client';
import { createThreadsService } from './threads/threads-service';

const THREAD_ID = 'cthr_demo_refund_duplicate';
const THREAD = JSON.stringify({ id: THREAD_ID, object: 'chatkit.thread', title: 'Refund' });

type Handler = (req: IncomingMessage, res: ServerResponse, attempt: number) => void;

const servers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((close) => close()));
});

/** A real upstream on a loopback port, misbehaving as told; records every path it sees. */
async function upstream(handler: Handler) {
  const paths: string[] = [];
  const server = createServer((req, res) => {
    paths.push(req.url ?? '');
    handler(req, res, paths.length);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  const { port } = server.address() as AddressInfo;
  return { baseURL: `http://127.0.0.1:${port}/v1`, paths };
}

function appFor(baseURL: string) {
  const timeoutMs = 2000;
  const client = createLiveClient({ apiKey: TEST_KEY, baseURL, timeoutMs });
  const threads = createThreadsService({ client, timeoutMs });
  return createApp({ threads, mode: 'live', logger: capturedLogs.logger });
}

const answerThread = (res: ServerResponse) =>
  res.writeHead(200, { 'content-type': 'application/json' }).end(THREAD);

describe('upstream transport faults over real loopback HTTP', () => {
  it('a connection reset is retried once → 200', async () => {
    const up = await upstream((req, res, attempt) => {
      if (attempt === 1) req.socket.destroy();
      else answerThread(res);
    });
    const res = await read(await appFor(up.baseURL).request(`/api/threads/${THREAD_ID}`));
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ id: THREAD_ID });
    expect(up.paths).toEqual([
      `/v1/chatkit/threads/${THREAD_ID}`,
      `/v1/chatkit/threads/${THREAD_ID}`,
    ]);
  });

  it('resets on every attempt → 502 upstream_unavailable after exactly two attempts', async () => {
    const up = await upstream((req) => req.socket.destroy());
    const res = await read(await appFor(up.baseURL).request(`/api/threads/${THREAD_ID}`));
    expect(res.status).toBe(502);
    expect(res.json).toMatchObject({ error: { code: 'upstream_unavailable' } });
    expect(up.paths).toHaveLength(2);
  });

  it('a redirect is never followed: the key goes nowhere but the three thread paths', async () => {
    const up = await upstream((_req, res) =>
      res.writeHead(302, { location: '/v1/organization/admin_api_keys' }).end(),
    );
    const res = await read(await appFor(up.baseURL).request(`/api/threads/${THREAD_ID}`));
    expect(res.status).toBe(502);
    expect(res.json).toMatchObject({ error: { code: 'upstream_unavailable' } });
    expect(up.paths).toEqual([`/v1/chatkit/threads/${THREAD_ID}`]);
    expectNoKeyFragments(res.text);
  });

  it('a 503 with a short retry-after is retried once after that wait', async () => {
    const up = await upstream((_req, res, attempt) => {
      if (attempt === 1) {
        res.writeHead(503, { 'content-type': 'application/json', 'retry-after-ms': '200' });
        res.end(JSON.stringify({ error: { message: 'overloaded', type: 'server_error' } }));
      } else answerThread(res);
    });
    const started = performance.now();
    const res = await read(await appFor(up.baseURL).request(`/api/threads/${THREAD_ID}`));
    expect(res.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(195);
    expect(up.paths).toHaveLength(2);
  });
});
