import { afterAll, describe, expect, it } from 'vitest';
import {
  capturedLogs,
  expectNoKeyFragments,
  liveHarness,
  read,
  TEST_TIMEOUT_MS,
} from './app-test-harness';
import { overallDeadlineMs } from './threads/threads-service';

afterAll(() => {
  const logs = capturedLogs.lines.join('\n');
  expect(logs).toContain('upstream_auth_failed');
  expectNoKeyFragments(logs);
  expect(logs).not.toContain('Incorrect API key');
});

async function get(path: string, harness = liveHarness()) {
  const res = await read(await harness.app.request(path));
  expectNoKeyFragments(res.text);
  expectNoKeyFragments(res.headerText);
  return { ...res, upstream: harness.upstream };
}

describe('upstream failures map to our errors, never upstream text', () => {
  it.each([
    ['cthr_fault_401', 502, 'upstream_auth_failed'],
    ['cthr_fault_403', 502, 'upstream_auth_failed'],
    ['cthr_fault_500', 502, 'upstream_unavailable'],
    ['cthr_fault_503', 502, 'upstream_unavailable'],
    ['cthr_fault_malformed', 502, 'upstream_bad_response'],
    ['cthr_fault_notjson', 502, 'upstream_bad_response'],
    ['cthr_fault_badshape', 502, 'upstream_bad_response'],
    // In-process, as in demo mode: the decoded cap still holds; nothing decodes, so bad gzip
    // is just not JSON. The gzip bomb needs a decoding fetch: see loopback*.test.ts.
    ['cthr_fault_huge/items', 502, 'upstream_bad_response'],
    ['cthr_fault_bad_gzip', 502, 'upstream_bad_response'],
    ['cthr_fault_reset', 502, 'upstream_unavailable'],
  ])('%s → %i %s', async (path, status, code) => {
    const res = await get(`/api/threads/${path}`);
    expect(res.status).toBe(status);
    expect(res.json).toMatchObject({ error: { code } });
    expect(res.text).not.toMatch(/Incorrect|insufficient permissions|overloaded|Bad gateway/);
  });

  it('a wrong key → 502 upstream_auth_failed without the key or its fragments', async () => {
    const res = await get(
      '/api/threads/cthr_demo_refund_duplicate',
      liveHarness({ upstreamKey: 'sk-right' }),
    );
    expect(res.status).toBe(502);
    expect(res.json).toMatchObject({
      error: {
        code: 'upstream_auth_failed',
        message:
          "OpenAI rejected this server's API key. Ask an administrator to check OPENAI_API_KEY.",
      },
    });
  });

  it('429 → 429 with Retry-After, without retrying upstream', async () => {
    const res = await get('/api/threads/cthr_fault_429');
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('3');
    expect(res.json).toMatchObject({
      error: { code: 'upstream_rate_limited', retryAfterSeconds: 3 },
    });
    expect(res.upstream).toHaveLength(1);
  });

  it('a 500 is retried once: flaky → 200', async () => {
    const res = await get('/api/threads/cthr_fault_flaky');
    expect(res.status).toBe(200);
    expect(res.upstream).toHaveLength(2);
  });

  it('items 500 while the thread loads → 502 for items only', async () => {
    const harness = liveHarness();
    expect((await get('/api/threads/cthr_fault_items_500', harness)).status).toBe(200);
    const items = await get('/api/threads/cthr_fault_items_500/items', harness);
    expect(items.status).toBe(502);
    expect(items.json).toMatchObject({ error: { code: 'upstream_unavailable' } });
  });

  it('slow but within the timeout → 200', async () => {
    const res = await get(
      '/api/threads/cthr_fault_slow/items',
      liveHarness({ slowMs: TEST_TIMEOUT_MS / 3 }),
    );
    expect(res.status).toBe(200);
  });

  it('a hanging upstream → 504 after the per-attempt timeout, within the deadline', async () => {
    const started = Date.now();
    const res = await get('/api/threads/cthr_fault_hang');
    const elapsed = Date.now() - started;
    expect(res.status).toBe(504);
    expect(res.json).toMatchObject({ error: { code: 'upstream_timeout' } });
    // No retry fits in the 200 ms left after the first attempt, so the agent hears at once.
    expect(res.upstream).toHaveLength(1);
    expect(elapsed).toBeGreaterThanOrEqual(TEST_TIMEOUT_MS - 20);
    expect(elapsed).toBeLessThan(overallDeadlineMs(TEST_TIMEOUT_MS) + 300);
  });

  it('one short 429 (retry-after: 1) is waited out → 200 after two upstream calls', async () => {
    const started = Date.now();
    const res = await get('/api/threads/cthr_fault_429_once', liveHarness({ timeoutMs: 2000 }));
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ thread: { id: 'cthr_fault_429_once' } });
    expect(res.upstream).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(990);
  });

  it('a short 429 that would outlast the deadline → our 429 with its Retry-After', async () => {
    const res = await get('/api/threads/cthr_fault_429_once');
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('1');
    expect(res.json).toMatchObject({
      error: { code: 'upstream_rate_limited', retryAfterSeconds: 1 },
    });
    expect(res.text).not.toContain('RPM');
    expect(res.upstream).toHaveLength(1);
  });

  it('slower than the per-attempt timeout on every attempt → 504', async () => {
    const res = await get('/api/threads/cthr_fault_slow', liveHarness({ slowMs: 5000 }));
    expect(res.status).toBe(504);
  });

  it.each([
    ['fault_401', 502, 'upstream_auth_failed'],
    ['fault_429', 429, 'upstream_rate_limited'],
    ['fault_500', 502, 'upstream_unavailable'],
    ['fault_badshape', 502, 'upstream_bad_response'],
    ['fault_notjson', 502, 'upstream_bad_response'],
  ])('listing threads for user=%s → %i %s', async (user, status, code) => {
    const res = await get(`/api/threads?user=${user}`);
    expect(res.status).toBe(status);
    expect(res.json).toMatchObject({ error: { code } });
  });

  it('logs the failure with our code, upstream status and request id', async () => {
    await get('/api/threads/cthr_fault_403');
    const line = capturedLogs.lines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .find((l) => l['threadId'] === 'cthr_fault_403' && l['upstreamStatus'] === 403);
    expect(line).toMatchObject({ code: 'upstream_auth_failed', upstreamRequestId: 'req_1' });
  });
});
