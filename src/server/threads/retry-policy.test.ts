import { describe, expect, it } from 'vitest';
import type { Fetch } from './chatkit-client';
import { DEADLINE_HEADER, MAX_RETRY_WAIT_MS, retryDecision, withRetryPolicy } from './retry-policy';

const decide = (status: number, headers: Record<string, string> = {}, remaining = 15_000) =>
  retryDecision(status, new Headers(headers), remaining);

describe('retryDecision', () => {
  it('retries a 429 that asks for a short wait, and waits exactly that long', () => {
    expect(decide(429, { 'retry-after': '1' })).toEqual({ retry: true, waitMs: 1000 });
    expect(decide(429, { 'retry-after-ms': '250', 'retry-after': '30' })).toEqual({
      retry: true,
      waitMs: 250,
    });
    expect(decide(429, { 'retry-after': '2' })).toEqual({ retry: true, waitMs: MAX_RETRY_WAIT_MS });
  });

  it('hands a long or unstated 429 wait to the agent instead of sleeping on it', () => {
    expect(decide(429, { 'retry-after': '3' })).toEqual({ retry: false });
    expect(decide(429, { 'retry-after-ms': '2001' })).toEqual({ retry: false });
    expect(decide(429)).toEqual({ retry: false });
    expect(decide(429, { 'retry-after': 'soon' })).toEqual({ retry: false });
  });

  it('never waits past the deadline', () => {
    expect(decide(429, { 'retry-after': '1' }, 1000)).toEqual({ retry: false });
    expect(decide(429, { 'retry-after': '1' }, 1001)).toMatchObject({ retry: true });
    expect(decide(500, {}, 400)).toEqual({ retry: false });
  });

  it('retries 500–503 after the SDK backoff, or their own short retry-after', () => {
    for (const status of [500, 501, 502, 503]) {
      expect(decide(status)).toEqual({ retry: true, waitMs: undefined });
    }
    expect(decide(503, { 'retry-after': '1' })).toEqual({ retry: true, waitMs: 1000 });
    expect(decide(503, { 'retry-after': '30' })).toEqual({ retry: false });
  });

  it('does not retry answers that would not change: 4xx, 504 and above, redirects', () => {
    for (const status of [301, 302, 400, 401, 403, 404, 408, 409, 422, 504, 520]) {
      expect(decide(status, { 'retry-after': '1' })).toEqual({ retry: false });
    }
  });
});

describe('withRetryPolicy', () => {
  const answer =
    (status: number, headers: Record<string, string> = {}, seen: RequestInit[] = []): Fetch =>
    (_url, init) => {
      seen.push(init ?? {});
      return Promise.resolve(new Response('{}', { status, headers }));
    };

  it('tells the SDK explicitly whether to retry, keeping the original headers', async () => {
    const limited = await withRetryPolicy(answer(429, { 'retry-after': '30' }))('http://x/', {});
    expect(limited.headers.get('x-should-retry')).toBe('false');
    expect(limited.headers.get('retry-after')).toBe('30');
    const short = await withRetryPolicy(answer(429, { 'retry-after': '1' }))('http://x/', {});
    expect(short.headers.get('x-should-retry')).toBe('true');
    expect(short.headers.get('retry-after-ms')).toBe('1000');
    // The upstream cannot force retries we do not want.
    const forced = await withRetryPolicy(answer(400, { 'x-should-retry': 'true' }))('http://x/');
    expect(forced.headers.get('x-should-retry')).toBe('false');
  });

  it('leaves successes untouched and never follows redirects', async () => {
    const seen: RequestInit[] = [];
    const ok = await withRetryPolicy(answer(200, {}, seen))('http://x/', { method: 'GET' });
    expect(ok.headers.get('x-should-retry')).toBeNull();
    expect(seen[0]).toMatchObject({ method: 'GET', redirect: 'manual' });
  });

  it('reads the remaining time from the deadline header, which never leaves the process', async () => {
    const seen: RequestInit[] = [];
    const fetch = withRetryPolicy(answer(429, { 'retry-after': '1' }, seen));
    const within = (ms: number) => ({ headers: { [DEADLINE_HEADER]: String(Date.now() + ms) } });
    expect((await fetch('http://x/', within(500))).headers.get('x-should-retry')).toBe('false');
    expect((await fetch('http://x/', within(5000))).headers.get('x-should-retry')).toBe('true');
    for (const init of seen) expect(new Headers(init.headers).has(DEADLINE_HEADER)).toBe(false);
  });
});
