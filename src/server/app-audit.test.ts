import type { Context } from 'hono';
import { beforeEach, describe, expect, it } from 'vitest';
import { createApp } from './app';
import { capturedLogs, expectNoKeyFragments, liveHarness, logCapture } from './app-test-harness';
import { sampleThreads } from './demo/sample-threads';
import { createLiveClient } from './threads/chatkit-client';
import { createThreadsService } from './threads/threads-service';

const REFUND = 'cthr_demo_refund_duplicate';

type Line = Record<string, unknown>;

function auditLines(): Line[] {
  return capturedLogs.lines
    .map((line) => JSON.parse(line) as Line)
    .filter((line) => line['event'] === 'thread_viewed');
}

beforeEach(() => {
  capturedLogs.lines.length = 0;
});

/** Every string in a sample thread that is content: titles, message text, tool payloads. */
function contentStrings(): string[] {
  const strings: string[] = [];
  const walk = (value: unknown, key = ''): void => {
    if (typeof value === 'string') {
      const isIdentifier = /^(id|thread_id|type|object|user|status|mime_type|call_id)$/.test(key);
      if (!isIdentifier && value.length >= 12) strings.push(value);
    } else if (Array.isArray(value)) value.forEach((entry) => walk(entry, key));
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, k);
    }
  };
  for (const sample of sampleThreads) walk(sample);
  return strings;
}

describe('audit log: one thread_viewed line per thread looked at', () => {
  it('writes exactly one line per GET /api/threads/:threadId with who, what and how', async () => {
    const { app } = liveHarness();
    const res = await app.request(`/api/threads/${REFUND}`);
    expect(res.status).toBe(200);
    const lines = auditLines();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toEqual({
      level: 30,
      time: expect.any(Number) as unknown,
      app: 'threadline',
      msg: 'thread viewed',
      event: 'thread_viewed',
      requestId: res.headers.get('x-request-id'),
      method: 'GET',
      agent: null,
      clientAddress: 'unknown',
      threadId: REFUND,
      outcome: 'ok',
      status: 200,
      upstreamMs: expect.any(Number) as unknown,
      cache: 'miss',
    });
  });

  it('records a cache hit with no upstream latency, and coalesced views', async () => {
    const { app } = liveHarness();
    await Promise.all([1, 2, 3].map(async () => app.request(`/api/threads/${REFUND}`)));
    await app.request(`/api/threads/${REFUND}`);
    const lines = auditLines();
    expect(lines.map((l) => l['cache'])).toEqual(['miss', 'coalesced', 'coalesced', 'hit']);
    expect(lines[3]).toMatchObject({ upstreamMs: null, outcome: 'ok' });
  });

  it('names the agent the SSO proxy identified, and the client address', async () => {
    const { app } = liveHarness({
      access: { trustedUserHeader: 'X-Forwarded-Email' },
      clientAddress: (c: Context) => (c.req.header('x-test-address') ? '10.1.2.3' : 'unknown'),
    });
    await app.request(`/api/threads/${REFUND}`, {
      headers: { 'X-Forwarded-Email': 'ana@example.com', 'x-test-address': '1' },
    });
    expect(auditLines()).toEqual([
      expect.objectContaining({ agent: 'ana@example.com', clientAddress: '10.1.2.3' }),
    ]);
  });

  it.each([
    ['/api/threads/cthr_missing01', 'thread_not_found', 404, 'miss'],
    ['/api/threads/cthr_fault_401', 'upstream_auth_failed', 502, 'miss'],
    ['/api/threads/cthr_fault_hang', 'upstream_timeout', 504, 'miss'],
  ])('records a failed view of %s as %s', async (path, outcome, status, cache) => {
    const { app } = liveHarness();
    await app.request(path);
    expect(auditLines()).toEqual([expect.objectContaining({ outcome, status, cache })]);
    expect(auditLines()[0]?.['upstreamMs']).toEqual(expect.any(Number));
  });

  it('records refused views: rate-limited, with no upstream call', async () => {
    const { app } = liveHarness({ rateLimitPerMinute: 1 });
    await app.request(`/api/threads/${REFUND}`);
    await app.request(`/api/threads/${REFUND}`);
    expect(auditLines().map((l) => [l['outcome'], l['status'], l['cache']])).toEqual([
      ['ok', 200, 'miss'],
      ['rate_limited', 429, null],
    ]);
  });

  it('logs a cross-site request as refused, before any thread route sees it', async () => {
    const { app, upstream } = liveHarness();
    const res = await app.request(`/api/threads/${REFUND}`, {
      headers: { 'Sec-Fetch-Site': 'cross-site' },
    });
    expect(res.status).toBe(403);
    expect(auditLines()).toEqual([]);
    const refused = capturedLogs.lines.map((line) => JSON.parse(line) as Line);
    expect(refused).toContainEqual(
      expect.objectContaining({
        msg: 'request rejected',
        code: 'forbidden_origin',
        path: `/api/threads/${REFUND}`,
        reqId: res.headers.get('x-request-id'),
      }),
    );
    expect(upstream).toEqual([]);
  });

  it('writes none for transcript pages, lists, bad IDs or other methods', async () => {
    const { app } = liveHarness();
    await app.request(`/api/threads/${REFUND}/items?order=asc`);
    await app.request('/api/threads?limit=2');
    await app.request('/api/threads/not-an-id');
    await app.request(`/api/threads/${REFUND}`, { method: 'DELETE' });
    expect(auditLines()).toEqual([]);
  });

  it('never logs the key, titles or message content, whatever was viewed', async () => {
    const { app } = liveHarness();
    for (const { thread } of sampleThreads) {
      await app.request(`/api/threads/${String(thread['id'])}`);
      await app.request(`/api/threads/${String(thread['id'])}/items?order=asc&limit=100`);
    }
    await app.request('/api/threads/cthr_fault_401');
    await app.request('/api/threads?limit=100');
    const logs = capturedLogs.lines.join('\n');
    expect(auditLines().length).toBe(sampleThreads.length + 1);
    expectNoKeyFragments(logs);
    const leaked = contentStrings().filter((text) => logs.includes(text));
    expect(leaked).toEqual([]);
  });

  it('keeps audit lines when LOG_LEVEL is above info; only silent drops them', async () => {
    const unreachable = () => Promise.reject(new TypeError('fetch failed'));
    const client = createLiveClient({
      apiKey: 'k',
      baseURL: 'http://x.invalid/v1',
      timeoutMs: 100,
      fetch: unreachable,
    });
    const threads = createThreadsService({ client, timeoutMs: 100 });
    for (const [level, expected] of [
      ['warn', 1],
      ['error', 1],
      ['silent', 0],
    ] as const) {
      const capture = logCapture();
      const logger = capture.logger.child({}, { level });
      await createApp({ threads, mode: 'live', logger }).request('/api/threads/cthr_anything');
      const lines = capture.lines.map((line) => JSON.parse(line) as Line);
      expect(lines.filter((l) => l['event'] === 'thread_viewed')).toHaveLength(expected);
      expect(lines.filter((l) => l['msg'] === 'request')).toEqual([]);
    }
  });
});
