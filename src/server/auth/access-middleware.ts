import type { Context, MiddlewareHandler } from 'hono';
import { HEALTH_PATH } from '@/shared/api-paths';
import { ApiProblem } from '@/server/http/api-errors';
import { isApiPath } from '@/server/http/api-path';
import type { AppEnv } from '@/server/http/app-env';
import type { Access } from './access';
import { safeNext } from './safe-next';
import { hasValidSession } from './session-cookie';
import { unidentifiedPage } from './sign-in-page';
import { waitWords } from './sign-in-throttle';
import { throttleKey } from './throttle-key';
import { tokensMatch } from './token-compare';
import { readAgent } from './trusted-user';

/**
 * Reachable without signing in: the sign-in pages and their look, and the health check, which
 * load balancers probe and which reveals only the mode and how to sign in.
 */
const OPEN_PATHS = new Set(['/sign-in', '/sign-out', '/sign-in.css', '/favicon.svg', HEALTH_PATH]);

const BEARER = /^Bearer +(\S+) *$/i;

const UNAUTHORIZED_MESSAGE = 'Sign in to Threadline first.';
const UNIDENTIFIED_MESSAGE =
  'Your single sign-on proxy did not identify you. Open Threadline through it.';

/** A wrong token is its Retry-After: 0 while the client is within its free attempts. */
type Verdict = 'allowed' | 'absent' | number;

function checkToken(c: Context, token: NonNullable<Access['token']>, access: Access): Verdict {
  if (hasValidSession(c, token.sessionKey)) return 'allowed';
  const bearer = BEARER.exec(c.req.header('authorization') ?? '')?.[1];
  if (bearer === undefined) return 'absent';
  if (tokensMatch(bearer, token.value)) return 'allowed';
  // Bearer guesses spend the same budget as the sign-in form, or the form's limit means nothing.
  return access.throttle.recordFailure(throttleKey(access.clientAddress(c)));
}

function refuse(c: Context<AppEnv>, access: Access, verdict: Verdict): Response {
  if (isApiPath(c.req.path)) {
    if (typeof verdict === 'number' && verdict > 0) {
      const message = `Too many wrong access tokens. Check the token, then try again in ${waitWords(verdict)}.`;
      throw new ApiProblem(429, 'too_many_attempts', message, { 'Retry-After': String(verdict) });
    }
    const message = access.token ? UNAUTHORIZED_MESSAGE : UNIDENTIFIED_MESSAGE;
    throw new ApiProblem(401, 'unauthorized', message, { 'WWW-Authenticate': 'Bearer' });
  }
  // Like every other page: a cached copy would still show once the agent comes through the proxy.
  if (!access.token) return c.html(unidentifiedPage(), 401, { 'Cache-Control': 'no-store' });
  const url = new URL(c.req.url);
  if (c.req.method === 'GET' || c.req.method === 'HEAD') {
    const next = safeNext(url.pathname + url.search);
    const query = next === '/' ? '' : `?next=${encodeURIComponent(next)}`;
    return c.redirect(`/sign-in${query}`, 303);
  }
  return c.text(UNAUTHORIZED_MESSAGE, 401, { 'WWW-Authenticate': 'Bearer' });
}

/**
 * Decides who may look. Always sets `agent` (the SSO header's value, else undefined) for the
 * audit log and the rate limiter. With neither a token nor an SSO header configured, everyone
 * may (env.ts allows that only on loopback or in demo mode). Otherwise a request needs the SSO
 * header, a valid session cookie or `Authorization: Bearer <token>`.
 */
export function accessMiddleware(access: Access): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const agent =
      access.trustedUserHeader === undefined
        ? undefined
        : readAgent(c.req.header(access.trustedUserHeader));
    c.set('agent', agent);
    if (access.kind === 'none' || agent !== undefined || OPEN_PATHS.has(c.req.path)) {
      return next();
    }
    const verdict = access.token ? checkToken(c, access.token, access) : 'absent';
    if (verdict === 'allowed') return next();
    if (typeof verdict === 'number' && verdict > 0) await access.throttle.hold(verdict);
    return refuse(c, access, verdict);
  };
}
