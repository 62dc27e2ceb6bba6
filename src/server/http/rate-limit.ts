import type { Context, MiddlewareHandler } from 'hono';
import { rateLimiter } from 'hono-rate-limiter';
import type { AppEnv } from './app-env';
import { ApiProblem } from './api-errors';
import type { ClientAddressResolver } from './client-address';

const WINDOW_MS = 60_000;

export interface RateLimitOptions {
  /** Requests per minute per client (THREADLINE_RATE_LIMIT). */
  perMinute: number;
  clientAddress: ClientAddressResolver;
  /** What the 429 says, given the seconds to wait; the thread API's words by default. */
  message?: (seconds: number) => string;
}

function secondsUntil(resetTime: Date | undefined): number {
  if (resetTime === undefined) return WINDOW_MS / 1000;
  return Math.min(
    WINDOW_MS / 1000,
    Math.max(1, Math.ceil((resetTime.getTime() - Date.now()) / 1000)),
  );
}

function threadsMessage(seconds: number): string {
  const unit = seconds === 1 ? 'second' : 'seconds';
  return `You're opening threads faster than this server allows. Try again in ${seconds} ${unit}.`;
}

/**
 * One agent (or one address, when nobody is signed in by SSO) cannot spend the whole
 * organisation's OpenAI quota or starve other agents: past the limit, 429 with Retry-After.
 * Fixed one-minute windows in memory (a single server needs nothing shared), announced in the
 * library's draft-6 RateLimit-* headers.
 */
export function rateLimit({
  perMinute,
  clientAddress,
  message = threadsMessage,
}: RateLimitOptions): MiddlewareHandler<AppEnv> {
  return rateLimiter<AppEnv>({
    windowMs: WINDOW_MS,
    limit: perMinute,
    standardHeaders: 'draft-6',
    keyGenerator: (c: Context<AppEnv>) => {
      const agent = c.get('agent');
      return agent === undefined ? `address:${clientAddress(c)}` : `agent:${agent}`;
    },
    handler: (c) => {
      const seconds = secondsUntil(c.get('rateLimit')?.resetTime);
      throw new ApiProblem(429, 'rate_limited', message(seconds), {
        'Retry-After': String(seconds),
      });
    },
  });
}
