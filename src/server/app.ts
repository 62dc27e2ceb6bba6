import { Hono, type Context, type MiddlewareHandler } from 'hono';
import type { ApiErrorBody, AppMode } from '@/shared/api-contract';
import { accessMiddleware } from './auth/access-middleware';
import { createAccess, type AccessOptions } from './auth/access';
import type { AppEnv } from './http/app-env';
import { ApiProblem, errorLogFields, toApiError } from './http/api-errors';
import { isApiPath } from './http/api-path';
import { auditThreadViews } from './http/audit-log';
import { socketAddress, type ClientAddressResolver } from './http/client-address';
import { rateLimit } from './http/rate-limit';
import { routablePath } from './http/request-path';
import { sameOriginOnly } from './http/same-origin';
import { baseHeaders, setResponseHeader } from './http/response-headers';
import { securityHeaders } from './http/security-headers';
import type { Logger } from './logger';
import { metaRoutes } from './routes/meta-routes';
import { signInRoutes } from './routes/sign-in-routes';
import { THREADS_PATH, threadsRoutes, validThreadIdIn } from './routes/threads-routes';
import { mountStatic } from './static';
import type { ThreadsService } from './threads/threads-service';

export interface AppDeps {
  threads: ThreadsService;
  mode: AppMode;
  logger: Logger;
  /** The built SPA (dist/). Omitted in API-only tests. */
  staticDir?: string | undefined;
  /** Who may look; omitted means everyone (env.ts allows that only on loopback or in demo). */
  access?: AccessOptions;
  /** Requests per minute per client on /api/* (THREADLINE_RATE_LIMIT); 0 or omitted: no limit. */
  rateLimitPerMinute?: number;
  /**
   * Who the client is, for the sign-in throttle, the rate limit and the audit log; omitted, the
   * socket's address. index.ts passes clientAddressResolver(THREADLINE_TRUSTED_PROXIES); tests
   * stand in for the socket, which app.request() does not have.
   */
  clientAddress?: ClientAddressResolver;
  /** THREADLINE_PREVIEW_HOSTS: the only hosts besides our own that images may come from. */
  previewHosts?: readonly string[];
}

const READ_ONLY_METHODS = new Set(['GET', 'HEAD']);

/** Stack frames only: an error's message may quote an upstream body or the key. */
function framesOf(err: unknown): string | undefined {
  if (!(err instanceof Error) || err.stack === undefined) return undefined;
  return err.stack
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .join('\n');
}

function sendError(
  c: Context<AppEnv>,
  err: unknown,
  logger: Logger,
  security: Readonly<Record<string, string>>,
) {
  const threadId = validThreadIdIn(c.req.url);
  const mapped = toApiError(err, { threadId });
  c.set('errorCode', mapped.body.error.code);
  const fields = { reqId: c.get('requestId'), threadId, ...errorLogFields(err, mapped) };
  if (mapped.body.error.code === 'internal_error') {
    logger.error({ ...fields, stack: framesOf(err) }, 'request failed: server bug');
  } else if (mapped.status >= 500) {
    logger.warn(fields, 'request failed upstream');
  } else if (mapped.status === 413) {
    // No bug, but worth seeing: someone sent far more than any of our forms holds.
    logger.warn(fields, 'request rejected: body too large');
  } else {
    logger.info(fields, 'request rejected');
  }
  const body: ApiErrorBody = { error: { ...mapped.body.error, requestId: c.get('requestId') } };
  // Not only from baseHeaders() and the /api guard: an error answer carries its own, whatever
  // middleware its path did or did not go through.
  const headers = { ...security, 'Cache-Control': 'no-store', ...mapped.headers };
  return c.json(body, mapped.status, headers);
}

function requestLog(logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    // The path only: the query may carry an end-user identifier (user=).
    const line = { reqId: c.get('requestId'), method: c.req.method, path: c.req.path };
    logger.debug(
      { ...line, status: c.res.status, ms: Math.round(performance.now() - started) },
      'request',
    );
  };
}

/** Composes the server. Never listens: index.ts does, and tests call app.request(). */
export function createApp(deps: AppDeps): Hono<AppEnv> {
  const { threads, mode, logger, staticDir, access } = deps;
  const { rateLimitPerMinute = 0, clientAddress = socketAddress, previewHosts = [] } = deps;
  const app = new Hono<AppEnv>({ getPath: routablePath });
  const gate = createAccess(access, clientAddress);

  const security = securityHeaders(previewHosts);
  app.use(baseHeaders(security));
  // A line per request at debug only. At info, thread views have their audit line and every
  // failure its own (sendError); a line per success cost about 15 µs, 12% of a cached view.
  if (logger.isLevelEnabled('debug')) app.use(requestLog(logger));

  // After the request log, so refusals are logged; before everything that reads `agent`.
  app.use(accessMiddleware(gate));

  app.use('/api/*', async (c, next) => {
    // Transcripts are customer conversations: keep them out of shared caches and disk caches.
    // Set before the response exists: changing a finished response makes Hono rebuild it as a
    // stream, which cost the cached-thread path about a quarter of its throughput.
    setResponseHeader(c, 'Cache-Control', 'no-store');
    if (!READ_ONLY_METHODS.has(c.req.method)) {
      const message = 'This API is read-only: use GET or HEAD.';
      throw new ApiProblem(405, 'method_not_allowed', message, { Allow: 'GET, HEAD' });
    }
    await next();
  });
  // Outside the checks below, so refused views are audited too.
  app.use(`${THREADS_PATH}/:threadId`, auditThreadViews(logger, clientAddress));
  app.use('/api/*', sameOriginOnly());
  if (rateLimitPerMinute > 0) {
    app.use('/api/*', rateLimit({ perMinute: rateLimitPerMinute, clientAddress }));
  }

  app.route('/', signInRoutes(gate));
  app.route('/api', metaRoutes(mode, gate.kind, previewHosts));
  app.route(THREADS_PATH, threadsRoutes(threads));
  if (staticDir !== undefined) mountStatic(app, staticDir);

  app.notFound((c) => {
    if (!isApiPath(c.req.path)) return c.text('Not found', 404, security);
    return sendError(
      c,
      new ApiProblem(404, 'not_found', 'There is no API endpoint at this path.'),
      logger,
      security,
    );
  });
  app.onError((err, c) => sendError(c, err, logger, security));
  return app;
}
