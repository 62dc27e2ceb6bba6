import type { MiddlewareHandler } from 'hono';
import type { ApiErrorCode } from '@/shared/api-contract';
import { isThreadId } from '@/shared/thread-id';
import type { Logger } from '@/server/logger';
import type { CacheStatus } from '@/server/threads/threads-service';
import type { AppEnv } from './app-env';
import type { ClientAddressResolver } from './client-address';

/** One audit line: who looked at which customer conversation, and what they got. */
export interface ThreadViewedEvent {
  event: 'thread_viewed';
  requestId: string;
  method: string;
  agent: string | null;
  clientAddress: string;
  threadId: string;
  outcome: 'ok' | ApiErrorCode;
  status: number;
  /** null on a cache hit, or when the request never reached the threads service. */
  upstreamMs: number | null;
  cache: CacheStatus | null;
}

/**
 * The audit trail's logger: info even when LOG_LEVEL is warn or error (only silent drops it),
 * with the parent's bindings and redaction. Its lines are ThreadViewedEvents, flat identifiers
 * and numbers, so no redaction path matches one.
 */
function auditLogger(logger: Logger): Logger | undefined {
  if (logger.level === 'silent') return undefined;
  return logger.child({ event: 'thread_viewed' }, { level: 'info' });
}

/**
 * Writes one `thread_viewed` line per request for a thread (mount it on the single-thread
 * route), failed ones and those the thread routes refuse (rate limit) included. Identifiers and numbers only: never a title,
 * message content, a header or the key.
 */
export function auditThreadViews(
  logger: Logger,
  clientAddress: ClientAddressResolver,
): MiddlewareHandler<AppEnv> {
  const audit = auditLogger(logger);
  return async (c, next) => {
    if (!audit) return next();
    // Read before next(): afterwards Hono answers for the route that ran last.
    const threadId = c.req.param('threadId');
    await next();
    // Only a well-formed ID names a thread; anything else is rejected before any lookup.
    if (threadId === undefined || !isThreadId(threadId)) return;
    const probe = c.get('upstream');
    const line: Omit<ThreadViewedEvent, 'event'> = {
      requestId: c.get('requestId'),
      method: c.req.method,
      agent: c.get('agent') ?? null,
      clientAddress: clientAddress(c),
      threadId,
      outcome: c.res.ok ? 'ok' : (c.get('errorCode') ?? 'internal_error'),
      status: c.res.status,
      upstreamMs: probe?.cache === 'hit' ? null : (probe?.upstreamMs ?? null),
      cache: probe?.cache ?? null,
    };
    audit.info(line, 'thread viewed');
  };
}

/** One audit line per review write: who changed which thread's review, and what came of it. */
export interface ReviewChangedEvent {
  event: 'review_changed';
  requestId: string;
  method: string;
  /** The reviewer recorded (SSO identity or given name); null when none was known. */
  agent: string | null;
  clientAddress: string;
  /** null for a change of name (PUT /api/me). */
  threadId: string | null;
  /** review, flag or name. */
  target: 'review' | 'flag' | 'name';
  outcome: 'ok' | ApiErrorCode;
  status: number;
  version: number | null;
  /** Names of the fields changed; never their values (a note may quote a customer). */
  fields: string[];
}

/**
 * Writes one `review_changed` line per write request, refused ones included (no name, stale
 * version, too large, rate limited). Identifiers, field names and numbers only.
 */
export function auditReviewChanges(
  logger: Logger,
  clientAddress: ClientAddressResolver,
  target: ReviewChangedEvent['target'],
): MiddlewareHandler<AppEnv> {
  const audit = logger.level === 'silent' ? undefined : logger.child({}, { level: 'info' });
  return async (c, next) => {
    if (!audit || c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const threadId = c.req.param('threadId');
    await next();
    const change = c.get('reviewChange');
    const line: ReviewChangedEvent = {
      event: 'review_changed',
      requestId: c.get('requestId'),
      method: c.req.method,
      agent: change?.reviewer ?? c.get('agent') ?? null,
      clientAddress: clientAddress(c),
      threadId: threadId !== undefined && isThreadId(threadId) ? threadId : null,
      target,
      outcome: c.res.ok ? 'ok' : (c.get('errorCode') ?? 'internal_error'),
      status: c.res.status,
      version: change?.version ?? null,
      fields: change?.fields ?? [],
    };
    audit.info(line, 'review changed');
  };
}
