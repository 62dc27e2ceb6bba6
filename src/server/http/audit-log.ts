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
