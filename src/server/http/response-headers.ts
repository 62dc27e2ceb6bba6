import type { HttpBindings } from '@hono/node-server';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env';
import { SECURITY_HEADERS } from './security-headers';

const REQUEST_ID_HEADER = 'X-Request-Id';
/** hono/request-id's rule: a caller's ID is kept only if short and plain. */
const MAX_REQUEST_ID_LENGTH = 255;
const UNSAFE_REQUEST_ID = /[^\w\-=]/;

function nodeResponseOf(c: Pick<Context, 'env'>): HttpBindings['outgoing'] | undefined {
  return (c.env as Partial<HttpBindings> | undefined)?.outgoing;
}

/** The parts of a context this needs, so any route's context will do. */
type HeaderContext = Pick<Context<AppEnv>, 'env' | 'get' | 'set'>;

/**
 * Puts a header on whatever answers this request, unless the answer sets its own (as with
 * c.header()). Served by Node, it goes straight onto Node's response, which merges it into
 * the app's answer, or the adapter's own error answer. Routes may then answer a prebuilt
 * Response with a plain headers object, which the adapter writes as is: c.header() makes
 * Hono build and copy a Headers object per response instead, about 5 µs of a cached thread
 * view. Without Node (app.request() in tests) the header is kept for baseHeaders() to add.
 */
export function setResponseHeader(c: HeaderContext, name: string, value: string): void {
  const outgoing = nodeResponseOf(c);
  if (outgoing) {
    outgoing.setHeader(name, value);
    return;
  }
  const pending = c.get('pendingHeaders');
  if (pending) pending.set(name, value);
  else c.set('pendingHeaders', new Map([[name, value]]));
}

function requestIdOf(c: Context): string {
  const given = c.req.header(REQUEST_ID_HEADER);
  const usable =
    given !== undefined &&
    given !== '' &&
    given.length <= MAX_REQUEST_ID_LENGTH &&
    !UNSAFE_REQUEST_ID.test(given);
  return usable ? given : crypto.randomUUID();
}

/**
 * Every response's request ID (the caller's X-Request-Id when usable, as hono/request-id does)
 * and SECURITY_HEADERS; routes never set these themselves. Mount it first: without Node it
 * adds every header set through setResponseHeader() that the answer does not set itself.
 */
export function baseHeaders(
  security: Readonly<Record<string, string>> = SECURITY_HEADERS,
): MiddlewareHandler<AppEnv> {
  const securityEntries = Object.entries(security);
  return async (c, next) => {
    const requestId = requestIdOf(c);
    c.set('requestId', requestId);
    const outgoing = nodeResponseOf(c);
    if (outgoing) {
      outgoing.setHeader(REQUEST_ID_HEADER, requestId);
      for (const [name, value] of securityEntries) outgoing.setHeader(name, value);
      return next();
    }
    const pending = new Map<string, string>([[REQUEST_ID_HEADER, requestId], ...securityEntries]);
    c.set('pendingHeaders', pending);
    await next();
    const { headers } = c.res;
    for (const [name, value] of pending) if (!headers.has(name)) headers.set(name, value);
  };
}
