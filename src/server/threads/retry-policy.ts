import { setTimeout as sleep } from 'node:timers/promises';
import { APIConnectionError, APIError } from 'openai';
import { retryAfterMs } from '@/server/http/retry-after';

/** Longest wait before the one retry: an agent is watching a spinner. */
export const MAX_RETRY_WAIT_MS = 2000;
/** Wait before retrying a failure that names none (the SDK's own first backoff). */
export const BACKOFF_MS = 500;

export type RetryDecision = { retry: false } | { retry: true; waitMs: number };

/**
 * Whether a failed attempt earns the call's one retry, and the wait before it. Transient
 * failures only: a connection that failed or timed out (before or during the body), 500–503,
 * and a 429 that names a short wait (≤ 2 s). Either way the wait must fit in what is left of
 * the deadline; a longer 429 goes to the agent as ours, with its Retry-After, and the UI
 * counts down instead of this server sleeping on a socket. Upstream's x-should-retry is
 * ignored: it cannot force retries we do not want.
 */
export function retryDecision(err: unknown, remainingMs: number, now = Date.now()): RetryDecision {
  let waitMs: number | undefined;
  if (err instanceof APIConnectionError) {
    waitMs = BACKOFF_MS;
  } else if (err instanceof APIError && err.status !== undefined) {
    // `instanceof APIError` loses the headers' type; a status error carries its response's.
    const headers = err.headers as Headers | undefined;
    const asked = headers && retryAfterMs(headers, now);
    if (err.status === 429) waitMs = asked;
    else if (err.status >= 500 && err.status <= 503) waitMs = asked ?? BACKOFF_MS;
  }
  if (waitMs === undefined) return { retry: false };
  waitMs = Math.max(0, Math.ceil(waitMs));
  if (waitMs > MAX_RETRY_WAIT_MS || waitMs >= remainingMs) return { retry: false };
  return { retry: true, waitMs };
}

/**
 * Runs one upstream attempt and, when retryDecision allows, one more after its wait. `signal`
 * (the call's deadline and the agent's request) cuts the wait short.
 */
export async function withOneRetry<T>(
  attempt: () => Promise<T>,
  deadlineAt: number,
  signal: AbortSignal,
): Promise<T> {
  try {
    return await attempt();
  } catch (err) {
    const decision = retryDecision(err, deadlineAt - Date.now());
    if (!decision.retry || signal.aborted) throw err;
    await sleep(decision.waitMs, undefined, { signal });
    return await attempt();
  }
}
