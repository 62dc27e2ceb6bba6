import type { RateLimitInfo } from 'hono-rate-limiter';
import type { RequestIdVariables } from 'hono/request-id';
import type { ApiErrorCode } from '@/shared/api-contract';
import type { UpstreamProbe } from '@/server/threads/threads-service';
import type { ErrorContext } from './api-errors';

/** Per-request values that middleware sets and later handlers (audit log, rate limit) read. */
export interface AppVariables extends RequestIdVariables {
  /**
   * Who is looking, when known: the trusted SSO header's value, or undefined. Set by the
   * access middleware; read by the audit log and the rate limiter.
   */
  agent: string | undefined;
  /** Cache status and upstream latency of the route's call; set by the threads routes. */
  upstream: UpstreamProbe | undefined;
  /** What a route group knows for error messages (the thread ID); read by app.onError. */
  errorContext: ErrorContext | undefined;
  /** Our error code when the request failed; set by app.onError, read by the audit log. */
  errorCode: ApiErrorCode | undefined;
  /** Set by hono-rate-limiter; read for the 429's Retry-After. */
  rateLimit: RateLimitInfo | undefined;
}

export interface AppEnv {
  Variables: AppVariables;
}
