import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  InternalServerError,
  RateLimitError,
} from 'openai';
import { describe, expect, it } from 'vitest';
import { UpstreamBadResponseError, UpstreamTooLargeError } from '@/server/http/api-errors';
import { createLiveClient, type Fetch } from './chatkit-client';
import { createThreadsService, overallDeadlineMs, type UpstreamProbe } from './threads-service';

const TIMEOUT_MS = 100;

function service(fetch: Fetch, timeoutMs = TIMEOUT_MS, maxBytes?: number) {
  const client = createLiveClient({
    apiKey: 'sk-test',
    baseURL: 'http://upstream.invalid/v1',
    timeoutMs,
    maxBytes,
    fetch,
  });
  return createThreadsService({ client, timeoutMs });
}

const THREAD = { id: 'cthr_1', object: 'chatkit.thread' };

/** Answers each request with the next status in line (the last one repeats); counts calls. */
function sequence(...answers: [number, Record<string, string>?][]) {
  const calls: number[] = [];
  const fetch: Fetch = () => {
    calls.push(performance.now());
    const [status, headers = {}] = answers[Math.min(calls.length, answers.length) - 1] ?? [200];
    const body = status === 200 ? THREAD : { error: { message: 'upstream says no', type: 'x' } };
    return Promise.resolve(
      new Response(JSON.stringify(body), {
        status,
        headers: { 'content-type': 'application/json', ...headers },
      }),
    );
  };
  return { fetch, calls };
}

const json =
  (body: unknown): Fetch =>
  () =>
    Promise.resolve(
      new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }),
    );

describe('createThreadsService', () => {
  it('rejects a list body the SDK would have turned into an empty page', async () => {
    const threads = service(json({ unexpected: true }));
    await expect(threads.listItems('cthr_1', {})).rejects.toBeInstanceOf(UpstreamBadResponseError);
    await expect(threads.listThreads({})).rejects.toBeInstanceOf(UpstreamBadResponseError);
  });

  it('keeps first_id and last_id from the raw body', async () => {
    const body = {
      object: 'list',
      data: [{ id: 'cthi_2', type: 'chatkit.task' }],
      first_id: 'cthi_1',
      last_id: 'cthi_2',
      has_more: true,
    };
    expect(await service(json(body)).listItems('cthr_1', { limit: 1 })).toMatchObject({
      first_id: 'cthi_1',
      last_id: 'cthi_2',
      has_more: true,
    });
  });

  it('sends the query and the beta header through the SDK', async () => {
    const seen: Request[] = [];
    const record: Fetch = (url, init) => {
      seen.push(new Request(url, init));
      return json({ object: 'list', data: [], first_id: null, last_id: null, has_more: false })(
        url,
        init,
      );
    };
    await service(record).listThreads({ user: 'cust 1', limit: 5, order: 'asc' });
    expect(seen[0]?.url).toBe(
      'http://upstream.invalid/v1/chatkit/threads?user=cust%201&limit=5&order=asc',
    );
    expect(seen[0]?.headers.get('openai-beta')).toBe('chatkit_beta=v1');
    // Nothing of ours rides along: the deadline lives in the call's signal, not in a header.
    expect(
      [...(seen[0]?.headers.keys() ?? [])].filter((name) => name.includes('threadline')),
    ).toEqual([]);
  });

  it('sets the overall deadline to 1.5 × the per-attempt timeout: 15 s by default', () => {
    expect(overallDeadlineMs(10_000)).toBe(15_000);
    expect(overallDeadlineMs(TIMEOUT_MS)).toBe(150);
  });

  it('gives up at the overall deadline when a body never finishes', async () => {
    const stalled: Fetch = () =>
      Promise.resolve(
        new Response(new ReadableStream({ start: () => undefined }), {
          headers: { 'content-type': 'application/json' },
        }),
      );
    const started = Date.now();
    await expect(service(stalled).getThread('cthr_1')).rejects.toBeInstanceOf(
      APIConnectionTimeoutError,
    );
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(overallDeadlineMs(TIMEOUT_MS) - 20);
    expect(elapsed).toBeLessThan(overallDeadlineMs(TIMEOUT_MS) + 400);
  });

  it('refuses a body over the cap as it arrives, without retrying', async () => {
    let calls = 0;
    const big: Fetch = () => {
      calls += 1;
      const page = JSON.stringify({
        data: [{ type: 'x', text: 'a'.repeat(4000) }],
        has_more: false,
      });
      return Promise.resolve(
        new Response(page, { headers: { 'content-type': 'application/json' } }),
      );
    };
    await expect(service(big, 1000, 2000).listItems('cthr_1', {})).rejects.toBeInstanceOf(
      UpstreamTooLargeError,
    );
    expect(calls).toBe(1);
  });

  it('takes a body that dies mid-way for a failed connection: retried once', async () => {
    let calls = 0;
    const dying: Fetch = () => {
      calls += 1;
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"id":"cthr_1",'));
          controller.error(new TypeError('terminated'));
        },
      });
      return Promise.resolve(
        new Response(body, { headers: { 'content-type': 'application/json' } }),
      );
    };
    await expect(service(dying, 1000).getThread('cthr_1')).rejects.toBeInstanceOf(
      APIConnectionError,
    );
    expect(calls).toBe(2);
  });

  it('stops when the caller goes away', async () => {
    const hang: Fetch = (_url, init) =>
      new Promise((_, reject) => {
        init?.signal?.addEventListener('abort', () =>
          reject(new DOMException('gone', 'AbortError')),
        );
      });
    const caller = new AbortController();
    const pending = service(hang).getThread('cthr_1', { signal: caller.signal });
    caller.abort();
    await expect(pending).rejects.toBeInstanceOf(APIUserAbortError);
  });
});

describe('retries', () => {
  it('retries one 500–503 and answers with the second attempt', async () => {
    for (const status of [500, 502, 503]) {
      const upstream = sequence([status], [200]);
      await expect(service(upstream.fetch, 1000).getThread('cthr_1')).resolves.toMatchObject({
        raw: THREAD,
      });
      expect(upstream.calls).toHaveLength(2);
    }
  });

  it('does not retry a 500 when the backoff would outlast the deadline', async () => {
    const upstream = sequence([500], [200]);
    await expect(service(upstream.fetch, 100).getThread('cthr_1')).rejects.toBeInstanceOf(
      InternalServerError,
    );
    expect(upstream.calls).toHaveLength(1);
  });

  it('retries only once, and not at all on 504 or 4xx', async () => {
    const twice = sequence([500]);
    await expect(service(twice.fetch, 1000).getThread('cthr_1')).rejects.toBeInstanceOf(
      InternalServerError,
    );
    expect(twice.calls).toHaveLength(2);
    for (const status of [504, 400, 404, 409]) {
      const once = sequence([status]);
      await expect(service(once.fetch, 1000).getThread('cthr_1')).rejects.toMatchObject({
        status,
      });
      expect(once.calls).toHaveLength(1);
    }
  });

  it('waits out one 429 whose retry-after is short and fits the deadline', async () => {
    const upstream = sequence([429, { 'retry-after': '1' }], [200]);
    await expect(service(upstream.fetch, 1000).getThread('cthr_1')).resolves.toMatchObject({
      raw: THREAD,
    });
    const [first = 0, second = 0] = upstream.calls;
    expect(upstream.calls).toHaveLength(2);
    expect(second - first).toBeGreaterThanOrEqual(990);
  });

  it('honours retry-after-ms', async () => {
    const upstream = sequence([429, { 'retry-after-ms': '120' }], [200]);
    await expect(service(upstream.fetch, 1000).getThread('cthr_1')).resolves.toMatchObject({
      raw: THREAD,
    });
    const [first = 0, second = 0] = upstream.calls;
    expect(second - first).toBeGreaterThanOrEqual(115);
    expect(second - first).toBeLessThan(600);
  });

  it('passes a 429 straight through when its wait is long or would outlast the deadline', async () => {
    const long = sequence([429, { 'retry-after': '3' }], [200]);
    await expect(service(long.fetch, 10_000).getThread('cthr_1')).rejects.toBeInstanceOf(
      RateLimitError,
    );
    expect(long.calls).toHaveLength(1);
    // 1 s fits the 2 s rule but not a 450 ms deadline (300 ms per attempt).
    const late = sequence([429, { 'retry-after': '1' }], [200]);
    await expect(service(late.fetch, 300).getThread('cthr_1')).rejects.toBeInstanceOf(
      RateLimitError,
    );
    expect(late.calls).toHaveLength(1);
  });

  it('does not retry a second 429', async () => {
    const upstream = sequence([429, { 'retry-after-ms': '10' }]);
    const err: unknown = await service(upstream.fetch, 1000)
      .getThread('cthr_1')
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RateLimitError);
    expect(upstream.calls).toHaveLength(2);
  });

  it('reports how long the call spent upstream, on success and on failure', async () => {
    const probe: UpstreamProbe = {};
    await service(sequence([200]).fetch).getThread('cthr_1', { probe });
    expect(probe.upstreamMs).toBeGreaterThanOrEqual(0);
    const failed: UpstreamProbe = {};
    await service(sequence([404]).fetch)
      .getThread('cthr_1', { probe: failed })
      .catch(() => undefined);
    expect(failed.upstreamMs).toBeGreaterThanOrEqual(0);
    expect(failed.cache).toBeUndefined();
  });
});
