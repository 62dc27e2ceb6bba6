import type { MiddlewareHandler } from 'hono';
import { symbols, type DestinationStream } from 'pino';
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

type AuditWrite = (event: ThreadViewedEvent) => void;

/**
 * The audit trail: info even when LOG_LEVEL is warn or error (only silent drops it), and no
 * redaction. Its lines are ThreadViewedEvents, flat identifiers and numbers, so no redaction
 * path can match one. Each line is pino's own format (level, time, the logger's bindings, the
 * event, msg) written straight to the logger's destination, as promptly as pino writes: going
 * through pino's serialiser cost a few µs more per cached thread view.
 */
export function auditWriter(logger: Logger): AuditWrite | undefined {
  if (logger.level === 'silent') return undefined;
  // pino's documented symbols: its destination and its bindings as a JSON fragment.
  const sink = logger as unknown as Record<symbol, unknown>;
  const streamKey: symbol = symbols.streamSym;
  const bindingsKey: symbol = symbols.chindingsSym;
  const stream = sink[streamKey] as DestinationStream;
  const bindings = sink[bindingsKey] as string;
  const head = `{"level":${logger.levels.values['info'] ?? 30},"time":`;
  return (event) => {
    const fields = JSON.stringify(event).slice(1, -1);
    stream.write(`${head}${Date.now()}${bindings},${fields},"msg":"thread viewed"}\n`);
  };
}

/**
 * Writes one `thread_viewed` line per request for a thread (mount it on the single-thread
 * route), refused and failed ones included. Identifiers and numbers only: never a title,
 * message content, a header or the key.
 */
export function auditThreadViews(
  logger: Logger,
  clientAddress: ClientAddressResolver,
): MiddlewareHandler<AppEnv> {
  const write = auditWriter(logger);
  return async (c, next) => {
    if (!write) return next();
    // Read before next(): afterwards Hono answers for the route that ran last.
    const threadId = c.req.param('threadId');
    await next();
    // Only a well-formed ID names a thread; anything else is rejected before any lookup.
    if (threadId === undefined || !isThreadId(threadId)) return;
    const probe = c.get('upstream');
    const line: ThreadViewedEvent = {
      event: 'thread_viewed',
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
    write(line);
  };
}
