import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { describe, expect, it } from 'vitest';
import { UpstreamBadResponseError, UpstreamTooLargeError } from '@/server/http/api-errors';
import { BACKOFF_MS, MAX_RETRY_WAIT_MS, retryDecision, withOneRetry } from './retry-policy';

const status = (code: number, headers: Record<string, string> = {}) =>
  APIError.generate(code, undefined, undefined, new Headers(headers));

const decide = (err: unknown, remaining = 15_000) => retryDecision(err, remaining);

describe('retryDecision', () => {
  it('retries a 429 that asks for a short wait, and waits exactly that long', () => {
    expect(decide(status(429, { 'retry-after': '1' }))).toEqual({ retry: true, waitMs: 1000 });
    expect(decide(status(429, { 'retry-after-ms': '250', 'retry-after': '30' }))).toEqual({
      retry: true,
      waitMs: 250,
    });
    expect(decide(status(429, { 'retry-after': '2' }))).toEqual({
      retry: true,
      waitMs: MAX_RETRY_WAIT_MS,
    });
  });

  it('hands a long or unstated 429 wait to the agent instead of sleeping on it', () => {
    expect(decide(status(429, { 'retry-after': '3' }))).toEqual({ retry: false });
    expect(decide(status(429, { 'retry-after-ms': '2001' }))).toEqual({ retry: false });
    expect(decide(status(429))).toEqual({ retry: false });
    expect(decide(status(429, { 'retry-after': 'soon' }))).toEqual({ retry: false });
  });

  it('never waits past the deadline', () => {
    expect(decide(status(429, { 'retry-after': '1' }), 1000)).toEqual({ retry: false });
    expect(decide(status(429, { 'retry-after': '1' }), 1001)).toMatchObject({ retry: true });
    expect(decide(status(500), BACKOFF_MS)).toEqual({ retry: false });
    expect(decide(new APIConnectionError({}), BACKOFF_MS)).toEqual({ retry: false });
  });

  it('retries 500–503 after the backoff, or their own short retry-after', () => {
    for (const code of [500, 501, 502, 503]) {
      expect(decide(status(code))).toEqual({ retry: true, waitMs: BACKOFF_MS });
    }
    expect(decide(status(503, { 'retry-after': '1' }))).toEqual({ retry: true, waitMs: 1000 });
    expect(decide(status(503, { 'retry-after': '30' }))).toEqual({ retry: false });
  });

  it('retries a connection that failed or timed out, before or during the body', () => {
    const reset = new APIConnectionError({ cause: new TypeError('terminated') });
    expect(decide(reset)).toEqual({ retry: true, waitMs: BACKOFF_MS });
    expect(decide(new APIConnectionTimeoutError())).toEqual({ retry: true, waitMs: BACKOFF_MS });
  });

  it('does not retry answers that would not change, or a call that was given up', () => {
    for (const code of [301, 302, 400, 401, 403, 404, 408, 409, 422, 504, 520]) {
      expect(decide(status(code, { 'retry-after': '1' }))).toEqual({ retry: false });
    }
    // The upstream cannot force retries we do not want.
    expect(decide(status(400, { 'x-should-retry': 'true' }))).toEqual({ retry: false });
    expect(decide(new UpstreamBadResponseError('bad gzip'))).toEqual({ retry: false });
    expect(decide(new UpstreamTooLargeError('50 MB'))).toEqual({ retry: false });
    expect(decide(new APIUserAbortError())).toEqual({ retry: false });
    expect(decide(new TypeError('a bug'))).toEqual({ retry: false });
  });
});

describe('withOneRetry', () => {
  function attempts(...outcomes: unknown[]) {
    let count = 0;
    const run = () => {
      const outcome = outcomes[Math.min(count, outcomes.length - 1)];
      count += 1;
      return outcome instanceof Error ? Promise.reject(outcome) : Promise.resolve(outcome);
    };
    return { run, count: () => count };
  }
  const far = () => Date.now() + 15_000;

  it('answers with the second attempt after a transient failure and its wait', async () => {
    const upstream = attempts(status(503, { 'retry-after-ms': '30' }), 'thread');
    const started = performance.now();
    await expect(withOneRetry(upstream.run, far(), new AbortController().signal)).resolves.toBe(
      'thread',
    );
    expect(upstream.count()).toBe(2);
    expect(performance.now() - started).toBeGreaterThanOrEqual(29);
  });

  it('makes two attempts at most', async () => {
    const upstream = attempts(status(429, { 'retry-after-ms': '1' }));
    await expect(withOneRetry(upstream.run, far(), new AbortController().signal)).rejects.toThrow(
      APIError,
    );
    expect(upstream.count()).toBe(2);
  });

  it('stops waiting when the signal aborts, without a second attempt', async () => {
    const upstream = attempts(status(500), 'thread');
    const caller = new AbortController();
    const pending = withOneRetry(upstream.run, far(), caller.signal);
    setTimeout(() => caller.abort(), 10);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(upstream.count()).toBe(1);
  });
});
