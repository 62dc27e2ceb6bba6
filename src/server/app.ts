import { randomBytes } from 'node:crypto';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { requestId } from 'hono/request-id';
import type { ApiErrorBody, AppMode } from '@/shared/api-contract';
import { accessMiddleware } from './auth/access-middleware';
import { createAccess, type AccessOptions } from './auth/access';
import type { AppEnv } from './http/app-env';
import { ApiProblem, errorLogFields, toApiError } from './http/api-errors';
import { isApiPath } from './http/api-path';
import { compression } from './http/compression';
import { socketAddress, type ClientAddressResolver } from './http/client-address';
import { routablePath } from './http/request-path';
import { sameOriginOnly } from './http/same-origin';
import { securityHeaders } from './http/security-headers';
import type { Logger } from './logger';
import { metaRoutes } from './routes/meta-routes';
import { signInRoutes } from './routes/sign-in-routes';
import { INDEX_PATH, indexRoutes } from './routes/index-routes';
import { reviewRoutes } from './routes/review-routes';
import type { Reviews } from './reviews/reviews';
import { DEFAULT_REVIEW_OUTCOMES } from './env';
import { THREADS_PATH, threadsRoutes } from './routes/threads-routes';
import type { ThreadIndex } from './indexer/thread-index';
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
  /** Requests per minute per client on the thread API (THREADLINE_RATE_LIMIT); 0 or omitted: no limit. */
  rateLimitPerMinute?: number;
  /**
   * Who the client is, for the sign-in throttle, the rate limit and the audit log; omitted, the
   * socket's address. index.ts passes clientAddressResolver(THREADLINE_TRUSTED_PROXIES); tests
   * stand in for the socket, which app.request() does not have.
   */
  clientAddress?: ClientAddressResolver;
  /** THREADLINE_PREVIEW_HOSTS: the only hosts besides our own that images may come from. */
  previewHosts?: readonly string[];
  /** The shared thread index; omitted when THREADLINE_INDEX=off (and in most tests). */
  index?: ThreadIndex | undefined;
  /** THREADLINE_INDEX_DAYS: the dashboard's window. */
  indexDays?: number;
  /** Reviews in our database; omitted in tests that do not use them (answers 503). */
  reviews?: Reviews | undefined;
  /** THREADLINE_REVIEW_OUTCOMES; the default list when omitted. */
  reviewOutcomes?: readonly string[];
  /** THREADLINE_WRITE_RATE_LIMIT: review writes per minute per agent; 0 or omitted: no limit. */
  writeRateLimitPerMinute?: number;
  /** Signs the name cookie of a server without a gate (loadNameKey); random when omitted. */
  nameKey?: Buffer;
}

/** Stack frames only: an error's message may quote an upstream body or the key. */
function framesOf(err: unknown): string | undefined {
  if (!(err instanceof Error) || err.stack === undefined) return undefined;
  return err.stack
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .join('\n');
}

/** The one way an error leaves: our code and message, in the shape of api-errors.ts. */
function sendError(c: Context<AppEnv>, err: unknown, logger: Logger) {
  // What the route group knows (a thread ID, say): this handler never parses paths itself.
  const context = c.get('errorContext') ?? {};
  const mapped = toApiError(err, context);
  c.set('errorCode', mapped.body.error.code);
  // The path without the query, which may carry an end-user identifier (user=).
  const request = { reqId: c.get('requestId'), path: c.req.path, ...context };
  const fields = { ...request, ...errorLogFields(err, mapped) };
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
  return c.json(body, mapped.status, { 'Cache-Control': 'no-store', ...mapped.headers });
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

/** API answers are per agent and may quote customers: never from a shared or disk cache. */
const noStore: MiddlewareHandler = async (c, next) => {
  c.header('Cache-Control', 'no-store');
  await next();
};

/**
 * Composes the server. Never listens: index.ts does, and tests call app.request(). What every
 * answer gets (request ID, security headers, compression, the access gate; for /api, no-store
 * and the same-origin check) comes first; each route group then brings its own rules.
 */
export function createApp(deps: AppDeps): Hono<AppEnv> {
  const { threads, mode, logger, staticDir, access } = deps;
  const { rateLimitPerMinute = 0, clientAddress = socketAddress, previewHosts = [] } = deps;
  const { index, indexDays = 30, reviews, writeRateLimitPerMinute = 0 } = deps;
  const { reviewOutcomes = DEFAULT_REVIEW_OUTCOMES, nameKey = randomBytes(32) } = deps;
  const app = new Hono<AppEnv>({ getPath: routablePath });
  const gate = createAccess(access, clientAddress);

  app.use(requestId(), securityHeaders(previewHosts), compression());
  // A line per request at debug only: at info, thread views have their audit line and every
  // failure its own (sendError).
  if (logger.isLevelEnabled('debug')) app.use(requestLog(logger));
  // After the request log, so refusals are logged; before everything that reads `agent`.
  app.use(accessMiddleware(gate));
  app.use('/api/*', noStore, sameOriginOnly());

  app.route('/', signInRoutes(gate));
  app.route(
    '/api',
    metaRoutes(mode, gate.kind, previewHosts, () => index?.state() ?? 'off'),
  );
  // Before the thread routes, whose group refuses every method but GET and HEAD.
  app.route(
    '/api',
    reviewRoutes({
      reviews,
      threads,
      index,
      access: gate,
      nameKey,
      outcomes: reviewOutcomes,
      logger,
      clientAddress,
      writeRateLimitPerMinute,
    }),
  );
  app.route(THREADS_PATH, threadsRoutes({ threads, logger, clientAddress, rateLimitPerMinute }));
  app.route(INDEX_PATH, indexRoutes({ index, windowDays: indexDays, logger, reviews }));
  if (staticDir !== undefined) mountStatic(app, staticDir, { indexOn: index !== undefined });

  app.notFound((c) => {
    if (!isApiPath(c.req.path)) return c.text('Not found', 404);
    return sendError(
      c,
      new ApiProblem(404, 'not_found', 'There is no API endpoint at this path.'),
      logger,
    );
  });
  app.onError((err, c) => sendError(c, err, logger));
  return app;
}
