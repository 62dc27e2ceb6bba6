import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { THREAD_ITEMS_ROUTE, THREAD_ROUTE, THREADS_PATH } from '@/shared/api-paths';
import { isThreadId } from '@/shared/thread-id';
import { ApiProblem, MESSAGES } from '@/server/http/api-errors';
import type { AppEnv } from '@/server/http/app-env';
import { auditThreadViews } from '@/server/http/audit-log';
import type { ClientAddressResolver } from '@/server/http/client-address';
import { parseItemsQuery, parseThreadsQuery } from '@/server/http/list-query';
import { rateLimit } from '@/server/http/rate-limit';
import type { Logger } from '@/server/logger';
import type { CallOptions, ThreadsService, UpstreamProbe } from '@/server/threads/threads-service';

// Re-exported for app.ts, which mounts the group at this path.
export { THREADS_PATH };

/**
 * The raw first path segment after /api/threads/, percent-decoded, or undefined for the list
 * route itself. Read from the URL rather than the router so that shapes no route matches
 * (`cthr_../x`, an empty ID) are still rejected as IDs instead of reaching anything else.
 */
export function threadIdSegment(url: string): string | undefined {
  const { pathname } = new URL(url);
  if (!pathname.startsWith(`${THREADS_PATH}/`)) return undefined;
  const raw = pathname.slice(THREADS_PATH.length + 1).split('/')[0] ?? '';
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw; // malformed escapes fail the pattern below
  }
}

function requireThreadId(c: Context): string {
  const threadId = c.req.param('threadId');
  if (threadId === undefined || !isThreadId(threadId)) {
    throw new ApiProblem(400, 'invalid_thread_id', MESSAGES.invalidThreadId);
  }
  return threadId;
}

/**
 * The agent's request signal, plus a probe the audit log reads afterwards. The signal is read
 * only when a call waits on upstream (see cached-threads-service.ts): @hono/node-server creates
 * the request's AbortController the first time it is asked for, which a cache hit never needs.
 */
function callOptions(c: Context<AppEnv>): CallOptions {
  const probe: UpstreamProbe = {};
  c.set('upstream', probe);
  return {
    get signal() {
      return c.req.raw.signal;
    },
    probe,
  };
}

const READ_ONLY_METHODS = new Set(['GET', 'HEAD']);

/** This group only reads: anything but GET and HEAD is refused before it reaches a route. */
const readOnly: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!READ_ONLY_METHODS.has(c.req.method)) {
    const message = 'This API is read-only: use GET or HEAD.';
    throw new ApiProblem(405, 'method_not_allowed', message, { Allow: 'GET, HEAD' });
  }
  await next();
};

/**
 * Rejects a malformed ID before any upstream call, and names a well-formed one for the error
 * handler ("No thread with ID cthr_… was found").
 */
const threadIdContext: MiddlewareHandler<AppEnv> = async (c, next) => {
  const segment = threadIdSegment(c.req.url);
  if (segment !== undefined && !isThreadId(segment)) {
    throw new ApiProblem(400, 'invalid_thread_id', MESSAGES.invalidThreadId);
  }
  c.set('errorContext', { threadId: segment });
  await next();
};

export interface ThreadsRoutesDeps {
  threads: ThreadsService;
  logger: Logger;
  clientAddress: ClientAddressResolver;
  /** Requests per minute per client (THREADLINE_RATE_LIMIT); 0: no limit. */
  rateLimitPerMinute: number;
}

/**
 * GET /api/threads, /api/threads/:threadId and /api/threads/:threadId/items: read-only, each
 * view of a thread audited, and rate limited per client, since every miss spends the
 * organisation's OpenAI quota.
 */
export function threadsRoutes(deps: ThreadsRoutesDeps) {
  const { threads, logger, clientAddress, rateLimitPerMinute } = deps;
  const query = (c: Context) => (name: string) => c.req.query(name);

  const app = new Hono<AppEnv>().use(readOnly);
  // After the method check, before the others: refused views (429, bad ID) are audited too.
  app.use(THREAD_ROUTE, auditThreadViews(logger, clientAddress));
  if (rateLimitPerMinute > 0) app.use(rateLimit({ perMinute: rateLimitPerMinute, clientAddress }));
  return app
    .use(threadIdContext)
    .get('/', async (c) => {
      const params = parseThreadsQuery(query(c));
      return c.json(await threads.listThreads(params, callOptions(c)));
    })
    .get(THREAD_ROUTE, async (c) => {
      const threadId = requireThreadId(c);
      return c.json(await threads.getThread(threadId, callOptions(c)));
    })
    .get(THREAD_ITEMS_ROUTE, async (c) => {
      const threadId = requireThreadId(c);
      const params = parseItemsQuery(query(c));
      return c.json(await threads.listItems(threadId, params, callOptions(c)));
    });
}
