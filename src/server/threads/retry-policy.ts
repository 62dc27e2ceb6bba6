import type { ClientOptions } from 'openai';
import { retryAfterMs } from '@/server/http/retry-after';

type Fetch = NonNullable<ClientOptions['fetch']>;

/** Longest wait before the one retry: an agent is watching a spinner. */
export const MAX_RETRY_WAIT_MS = 2000;
/** The SDK's first backoff (0.5 s less up to 25 % jitter) when a response names no wait. */
const SDK_FIRST_BACKOFF_MS = 500;

/**
 * Carries a call's overall deadline (epoch ms) from threads-service to the retry policy below,
 * which sits in the SDK's fetch and sees nothing else of the call. Removed before the request
 * leaves this process.
 */
export const DEADLINE_HEADER = 'x-threadline-deadline';

function remainingMs(headers: Headers): number {
  const deadlineAt = Number(headers.get(DEADLINE_HEADER));
  return deadlineAt > 0 ? deadlineAt - Date.now() : Infinity;
}

/**
 * Whether a failed upstream response earns the SDK's one retry, and the wait before it.
 * Transient answers only: 500–503, and a 429 that names a short wait (≤ 2 s). Either way the
 * wait must fit in what is left of the deadline; a longer 429 goes to the agent as ours, with
 * its Retry-After, and the UI counts down instead of this server sleeping on a socket.
 */
export function retryDecision(
  status: number,
  headers: Headers,
  remaining: number,
  now = Date.now(),
): { retry: boolean; waitMs?: number } {
  const asked = retryAfterMs(headers, now);
  let waitMs: number | undefined;
  if (status === 429) waitMs = asked;
  else if (status >= 500 && status <= 503) waitMs = asked ?? SDK_FIRST_BACKOFF_MS;
  if (waitMs === undefined) return { retry: false };
  waitMs = Math.max(0, Math.ceil(waitMs));
  if (waitMs > MAX_RETRY_WAIT_MS || waitMs >= remaining) return { retry: false };
  return { retry: true, waitMs: asked === undefined ? undefined : waitMs };
}

/**
 * Puts our retry policy in front of the SDK's: every failed response gets an explicit
 * `x-should-retry` (which the SDK obeys over its own rules) and, when retried, a
 * `retry-after-ms` the SDK will sleep for. Redirects are never followed: a 3xx could point
 * the key at a path other than the three this server may read.
 */
export function withRetryPolicy(fetch: Fetch): Fetch {
  return async (url, init) => {
    const sent = new Headers(init?.headers);
    const remaining = remainingMs(sent);
    sent.delete(DEADLINE_HEADER);
    const response = await fetch(url, { ...init, headers: sent, redirect: 'manual' });
    if (response.ok) return response;
    const decision = retryDecision(response.status, response.headers, remaining);
    const headers = new Headers(response.headers);
    headers.set('x-should-retry', String(decision.retry));
    if (decision.waitMs !== undefined) headers.set('retry-after-ms', String(decision.waitMs));
    const { status, statusText } = response;
    return new Response(response.body, { status, statusText, headers });
  };
}
