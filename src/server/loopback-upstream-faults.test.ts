import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from './app';
import {
  capturedLogs,
  expectNoKeyFragments,
  read,
  serveOnLoopback,
  TEST_KEY,
} from './app-test-harness';
import { gzipBombBytes } from './demo/stand-in-faults';
import { createCachedThreadsService } from './threads/cached-threads-service';
import { createLiveClient } from './threads/chatkit-client';
import { createThreadsService, overallDeadlineMs } from './threads/threads-service';

const THREAD_ID = 'cthr_demo_refund_duplicate';
const THREAD = JSON.stringify({ id: THREAD_ID, object: 'chatkit.thread', title: 'Refund' });
const MiB = 1024 * 1024;

type Handler = (req: IncomingMessage, res: ServerResponse, attempt: number) => void;

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

/** A real upstream on a loopback port, misbehaving as told; records every request it sees. */
async function upstream(handler: Handler) {
  const paths: string[] = [];
  const requests: IncomingMessage[] = [];
  const server = createServer((req, res) => {
    paths.push(req.url ?? '');
    requests.push(req);
    handler(req, res, paths.length);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  const { port } = server.address() as AddressInfo;
  return { baseURL: `http://127.0.0.1:${port}/v1`, paths, requests };
}

/** Live mode as index.ts wires it: undici, the default 8 MiB cap, and the answer cache. */
function appFor(baseURL: string, timeoutMs = 2000) {
  const client = createLiveClient({ apiKey: TEST_KEY, baseURL, timeoutMs });
  const threads = createCachedThreadsService(createThreadsService({ client, timeoutMs }), {
    ttlMs: 3000,
  });
  return createApp({ threads, mode: 'live', logger: capturedLogs.logger });
}

const answerThread = (res: ServerResponse) =>
  res.writeHead(200, { 'content-type': 'application/json' }).end(THREAD);

/** Writes `total` bytes of a JSON-looking body in 64 KiB chunks, as fast as the reader takes them. */
function stream(res: ServerResponse, total: number) {
  const chunk = Buffer.alloc(64 * 1024, ' ');
  let sent = 0;
  const pump = () => {
    while (sent < total && !res.destroyed) {
      sent += chunk.length;
      if (!res.write(chunk)) {
        res.once('drain', pump);
        return;
      }
    }
    res.end();
  };
  res.write('{"object":"list","data":[],"has_more":false}');
  pump();
}

/** The log lines of one request, by the request ID our error body carries. */
function linesOf(res: { json: unknown }) {
  const { requestId } = (res.json as { error: { requestId: string } }).error;
  return capturedLogs.lines
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((line) => line['reqId'] === requestId);
}

describe('upstream transport faults over real loopback HTTP', () => {
  it('a connection reset is retried once → 200', async () => {
    const up = await upstream((req, res, attempt) => {
      if (attempt === 1) req.socket.destroy();
      else answerThread(res);
    });
    const res = await read(await appFor(up.baseURL).request(`/api/threads/${THREAD_ID}`));
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ thread: { id: THREAD_ID } });
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

describe('compressed answers', () => {
  it.each([
    ['gzip', gzipSync],
    ['deflate', deflateSync],
    ['br', brotliCompressSync],
  ])('asks for gzip and decodes a %s answer', async (encoding, encode) => {
    const up = await upstream((_req, res) =>
      res
        .writeHead(200, { 'content-type': 'application/json', 'content-encoding': encoding })
        .end(encode(THREAD)),
    );
    const res = await read(await appFor(up.baseURL).request(`/api/threads/${THREAD_ID}`));
    expect(up.requests[0]?.headers['accept-encoding']).toMatch(/\bgzip\b/);
    expect(res.status).toBe(200);
    expect(res.json).toHaveProperty('raw', JSON.parse(THREAD));
  });
});

describe('upstream bodies are bounded in bytes and time', () => {
  it('a 50 MB items page → 502 upstream_bad_response within the deadline, and is not cached', async () => {
    const up = await upstream((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      stream(res, 50 * MiB);
    });
    const timeoutMs = 5000; // generous: the machine running the tests may be busy
    const app = appFor(up.baseURL, timeoutMs);
    for (const round of [1, 2]) {
      const started = performance.now();
      const res = await read(await app.request(`/api/threads/${THREAD_ID}/items`));
      expect(res.status).toBe(502);
      expect(res.json).toMatchObject({ error: { code: 'upstream_bad_response' } });
      expect(performance.now() - started).toBeLessThan(overallDeadlineMs(timeoutMs));
      // Not retried, and not kept: the second request goes upstream again.
      expect(up.paths).toHaveLength(round);
    }
  });

  it('a declared Content-Length over the cap is refused before its body is read', async () => {
    const up = await upstream((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': 50 * MiB });
      res.write('{"object":"list",'); // and never the rest
    });
    const res = await read(await appFor(up.baseURL).request(`/api/threads/${THREAD_ID}/items`));
    expect(res.status).toBe(502);
    expect(res.json).toMatchObject({ error: { code: 'upstream_bad_response' } });
    expect(up.paths).toHaveLength(1);
  });

  it('a gzip bomb → 502 within the deadline, little memory, and /api/health stays fast', async () => {
    const bomb = await gzipBombBytes(); // ~300 KiB inflating to 300 MiB, built before measuring
    const up = await upstream((req, res) => {
      const body = req.url?.endsWith('cthr_fault_gzip_bomb') ? bomb : gzipSync(THREAD);
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      res.end(body);
    });
    const timeoutMs = 5000;
    const proxy = await serveOnLoopback(appFor(up.baseURL, timeoutMs).fetch);
    closers.push(proxy.close);
    const health = async () => {
      const started = performance.now();
      await (await fetch(`${proxy.url}/api/health`)).text();
      return performance.now() - started;
    };
    setFlagsFromString('--expose-gc');
    (runInNewContext('gc') as () => void)();
    // Steady state first, as in production: undici compiles its HTTP parser on first use and
    // zlib sets up on the first compressed answer; two connections open, as the bomb takes one.
    await Promise.all([health(), health()]);
    expect((await fetch(`${proxy.url}/api/threads/${THREAD_ID}`)).status).toBe(200);
    const rssBefore = process.memoryUsage.rss();

    const started = performance.now();
    const bombed = { settled: false };
    const answer = fetch(`${proxy.url}/api/threads/cthr_fault_gzip_bomb`)
      .then(read)
      .finally(() => (bombed.settled = true));
    const healthMs: number[] = [];
    let rssPeak = rssBefore;
    while (!bombed.settled) {
      healthMs.push(await health());
      rssPeak = Math.max(rssPeak, process.memoryUsage.rss());
      await sleep(10); // a check every 10 ms, like a load balancer's, not a flood of our own
    }
    const res = await answer;
    const elapsed = performance.now() - started;
    rssPeak = Math.max(rssPeak, process.memoryUsage.rss());

    expect(res.status).toBe(502);
    expect(res.json).toMatchObject({ error: { code: 'upstream_bad_response' } });
    expect(elapsed).toBeLessThan(overallDeadlineMs(timeoutMs));
    expect(up.paths).toHaveLength(2); // the warm-up and the bomb: no retry
    expect((rssPeak - rssBefore) / MiB).toBeLessThan(64);
    // bench/proxy-hostile.ts holds the 100 ms budget for every check, on the built server in
    // its own process. Here the test's client, the proxy and the upstream share one process on
    // a shared machine, so only most checks are held to it; the worst still rules out a stall
    // (this bomb held /api/health for 9.5 s before the cap).
    const sorted = healthMs.toSorted((a, b) => a - b);
    expect(sorted.length).toBeGreaterThan(0);
    expect(sorted[Math.floor(sorted.length * 0.9)]).toBeLessThan(100);
    expect(sorted.at(-1)).toBeLessThan(500);
  });

  it('a body that dies mid-way → two attempts, then 502 upstream_unavailable, logged at warn', async () => {
    const up = await upstream((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': 1000 });
      res.write(THREAD.slice(0, 20), () => req.socket.destroy());
    });
    const res = await read(await appFor(up.baseURL).request(`/api/threads/${THREAD_ID}`));
    expect(res.status).toBe(502);
    expect(res.json).toMatchObject({ error: { code: 'upstream_unavailable' } });
    expect(up.paths).toHaveLength(2);
    const lines = linesOf(res);
    expect(lines).toContainEqual(
      expect.objectContaining({ level: 40, code: 'upstream_unavailable', status: 502 }),
    );
    expect(lines.filter((line) => Number(line['level']) >= 50)).toEqual([]);
  });

  it('a body that does not decode → 502 upstream_bad_response, not retried, logged at warn', async () => {
    const up = await upstream((_req, res) =>
      res
        .writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' })
        .end(`${THREAD} is not gzip`),
    );
    const res = await read(await appFor(up.baseURL).request(`/api/threads/${THREAD_ID}`));
    expect(res.status).toBe(502);
    expect(res.json).toMatchObject({ error: { code: 'upstream_bad_response' } });
    expect(up.paths).toHaveLength(1);
    expect(linesOf(res)).toContainEqual(
      expect.objectContaining({ level: 40, code: 'upstream_bad_response' }),
    );
    expectNoKeyFragments(capturedLogs.lines.join('\n'));
  });
});
