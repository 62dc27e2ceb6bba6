import type { Context, MiddlewareHandler } from 'hono';
import { MemoryStore, rateLimiter } from 'hono-rate-limiter';
import type { AppEnv } from './app-env';
import { ApiProblem } from './api-errors';
import type { ClientAddressResolver } from './client-address';
import { setResponseHeader } from './response-headers';

const WINDOW_MS = 60_000;
const EXEMPT_PATHS = new Set(['/api/health']);

export interface RateLimitOptions {
  /** Requests per minute per client (THREADLINE_RATE_LIMIT). */
  perMinute: number;
  clientAddress: ClientAddressResolver;
}

function secondsUntil(resetTime: Date | undefined): number {
  if (resetTime === undefined) return WINDOW_MS / 1000;
  return Math.min(
    WINDOW_MS / 1000,
    Math.max(1, Math.ceil((resetTime.getTime() - Date.now()) / 1000)),
  );
}

function message(seconds: number): string {
  const unit = seconds === 1 ? 'second' : 'seconds';
  return `You're opening threads faster than this server allows. Try again in ${seconds} ${unit}.`;
}

/**
 * One agent (or one address, when nobody is signed in by SSO) cannot spend the whole
 * organisation's OpenAI quota or starve other agents: past the limit, 429 with Retry-After.
 * Fixed one-minute windows in memory: a single server needs nothing shared.
 */
export function rateLimit({
  perMinute,
  clientAddress,
}: RateLimitOptions): MiddlewareHandler<AppEnv> {
  const store = new MemoryStore<AppEnv>();
  const keyOf = (c: Context<AppEnv>) => {
    const agent = c.get('agent');
    return agent === undefined ? `address:${clientAddress(c)}` : `agent:${agent}`;
  };
  // The draft-6 headers hono-rate-limiter would set, but through setResponseHeader(): its
  // c.header() calls would not reach a route's prebuilt Response.
  const announce = (c: Context<AppEnv>) => {
    const hits = store.get(keyOf(c));
    setResponseHeader(c, 'RateLimit-Policy', `${perMinute};w=${WINDOW_MS / 1000}`);
    setResponseHeader(c, 'RateLimit-Limit', String(perMinute));
    setResponseHeader(
      c,
      'RateLimit-Remaining',
      String(Math.max(perMinute - (hits?.totalHits ?? 0), 0)),
    );
    const resetAt = hits?.resetTime?.getTime();
    const reset = resetAt === undefined ? 0 : Math.ceil((resetAt - Date.now()) / 1000);
    if (reset > 0) setResponseHeader(c, 'RateLimit-Reset', String(reset));
  };
  const limiter = rateLimiter<AppEnv>({
    windowMs: WINDOW_MS,
    limit: perMinute,
    standardHeaders: false,
    store,
    keyGenerator: keyOf,
    skip: (c) => EXEMPT_PATHS.has(c.req.path),
    handler: (c) => {
      announce(c);
      const seconds = secondsUntil(store.get(keyOf(c))?.resetTime);
      throw new ApiProblem(429, 'rate_limited', message(seconds), {
        'Retry-After': String(seconds),
      });
    },
  });
  return (c, next) =>
    limiter(c, async () => {
      announce(c);
      await next();
    });
}
