import { Hono, type Context } from 'hono';
import { THREAD_ITEMS_ROUTE, THREAD_ROUTE, THREADS_PATH } from '@/shared/api-paths';
import { isThreadId } from '@/shared/thread-id';
import { ApiProblem, MESSAGES } from '@/server/http/api-errors';
import { jsonText } from '@/server/http/json-text';
import { parseItemsQuery, parseThreadsQuery } from '@/server/http/list-query';
import type { AppEnv } from '@/server/http/app-env';
import type { CallOptions, ThreadsService, UpstreamProbe } from '@/server/threads/threads-service';

// Re-exported for app.ts, which mounts the group and its audit at this path.
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

/** The validated thread ID in a request URL, for error messages and log lines. */
export function validThreadIdIn(url: string): string | undefined {
  const segment = threadIdSegment(url);
  return segment !== undefined && isThreadId(segment) ? segment : undefined;
}

function requireThreadId(c: Context): string {
  const threadId = c.req.param('threadId');
  if (threadId === undefined || !isThreadId(threadId)) {
    throw new ApiProblem(400, 'invalid_thread_id', MESSAGES.invalidThreadId);
  }
  return threadId;
}

/**
 * The agent's request signal, read only when a call has to wait (a cache hit never does: the
 * signal costs an AbortController per request), plus a probe the audit log reads afterwards.
 * A class, not an object literal with a getter: V8 builds such a literal on a slow path that
 * cost about 25 µs a request, a third of a cached thread view.
 */
class RequestCall implements CallOptions {
  readonly probe: UpstreamProbe = {};

  constructor(private readonly request: Request) {}

  get signal(): AbortSignal {
    return this.request.signal;
  }
}

function callOptions(c: Context<AppEnv>): CallOptions {
  const call = new RequestCall(c.req.raw);
  c.set('upstream', call.probe);
  return call;
}

const JSON_HEADERS = Object.freeze({ 'Content-Type': 'application/json' });

/**
 * c.json() without serialising again an answer the cache has already serialised, and with a
 * plain headers object that Node writes as is; the request's other headers (request ID,
 * security, no-store, rate limit) come from setResponseHeader(), never from c.header().
 */
function sendJson(value: object): Response {
  return new Response(jsonText(value), { status: 200, headers: JSON_HEADERS });
}

export function threadsRoutes(threads: ThreadsService) {
  const query = (c: Context) => (name: string) => c.req.query(name);

  return new Hono<AppEnv>()
    .use('*', async (c, next) => {
      const segment = threadIdSegment(c.req.url);
      if (segment !== undefined && !isThreadId(segment)) {
        throw new ApiProblem(400, 'invalid_thread_id', MESSAGES.invalidThreadId);
      }
      await next();
    })
    .get('/', async (c) => {
      const params = parseThreadsQuery(query(c));
      return sendJson(await threads.listThreads(params, callOptions(c)));
    })
    .get(THREAD_ROUTE, async (c) => {
      const threadId = requireThreadId(c);
      return sendJson(await threads.getThread(threadId, callOptions(c)));
    })
    .get(THREAD_ITEMS_ROUTE, async (c) => {
      const threadId = requireThreadId(c);
      const params = parseItemsQuery(query(c));
      return sendJson(await threads.listItems(threadId, params, callOptions(c)));
    });
}
