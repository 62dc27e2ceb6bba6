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
  /** What a review write changed; set by the review routes, read by the audit log. */
  reviewChange: ReviewChange | undefined;
  /** Set by hono-rate-limiter; read for the 429's Retry-After. */
  rateLimit: RateLimitInfo | undefined;
}

export interface ReviewChange {
  /** Who the change is recorded as (the SSO identity or the name the agent gave). */
  reviewer: string | null;
  /** The review's version after the change (or the current one, on a conflict). */
  version?: number;
  /** The fields that changed: state, claimed_by, outcome, note, flag, name. */
  fields?: string[];
}

export interface AppEnv {
  Variables: AppVariables;
}
