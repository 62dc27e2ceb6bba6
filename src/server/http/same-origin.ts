import type { Context, MiddlewareHandler } from 'hono';
import { ownOrigin } from '@/server/auth/request-origin';
import type { AppEnv } from './app-env';
import { ApiProblem } from './api-errors';

const MESSAGE = 'This API answers only pages served by Threadline itself.';

/**
 * True for a request another site's page made. Browsers send Sec-Fetch-Site on every request
 * (same-site counts too: a sibling subdomain is another app). Older browsers send Origin on
 * cross-origin requests. Requests with neither (curl, scripts) carry no victim's cookies.
 */
export function isCrossSite(c: Context): boolean {
  const site = c.req.header('sec-fetch-site');
  if (site === 'cross-site' || site === 'same-site') return true;
  const origin = c.req.header('origin');
  return origin !== undefined && origin !== ownOrigin(c);
}

/**
 * No CORS: transcripts are customer conversations, and a page on another origin that an
 * agent happens to visit must not read them with the agent's session or network position.
 * No Access-Control-* header is ever sent, so browsers would not expose an answer anyway.
 */
export function sameOriginOnly(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (isCrossSite(c)) throw new ApiProblem(403, 'forbidden_origin', MESSAGE);
    await next();
  };
}
